"""Masking and the Redactor: no held secret survives redaction, whatever the text around it."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from secretfence.redact import Redactor, mask
from tests.fakes import ALNUM, fake, fake_pem, github_token, pypi_token, telegram_token
from tests.fuzz import examples


def test_each_occurrence_becomes_its_mask() -> None:
    token, other = github_token(1), telegram_token(2)
    redactor = Redactor([token, other])
    text = f"user {token} at {other}.example.com, again {token}"
    assert redactor.redact(text) == f"user {mask(token)} at {mask(other)}.example.com, again {mask(token)}"


def test_the_longest_secret_at_a_position_wins() -> None:
    token = pypi_token(3)
    prefix_of_it = token[:30]
    assert Redactor([prefix_of_it, token]).redact(f"[{token}]") == f"[{mask(token)}]"


def test_a_secret_left_whole_by_an_overlapping_mask_is_masked_too() -> None:
    # Masking `first` reveals its last characters, which with what follows spell `second` whole.
    first, tail = "Qm3xTr8LvZp2Wk7Nd4", "Hy6Bj9Fc"
    second = mask(first)[-2:] + tail
    redacted = Redactor([first, second]).redact(first + tail)
    assert first not in redacted and second not in redacted


def test_a_multi_line_secret_is_masked_line_by_line_too() -> None:
    key = fake_pem(4)
    body_line = key.splitlines()[2]
    redactor = Redactor([key])
    assert redactor.redact(f"    {body_line}  # line 3 of the key") == f"    {mask(body_line)}  # line 3 of the key"
    # The armour names the kind of key and stays readable; so does a short last line.
    assert redactor.redact("-----BEGIN RSA PRIVATE KEY-----") == "-----BEGIN RSA PRIVATE KEY-----"
    assert redactor.redact(key) == mask(key)


def test_values_are_redacted_recursively_keys_included() -> None:
    token = github_token(5)
    redactor = Redactor([token])
    value = {"host": f"{token}.example", token: [f"x{token}", ("a", token)], "port": 6379}
    assert redactor.redact_value(value) == {
        "host": f"{mask(token)}.example", mask(token): [f"x{mask(token)}", ("a", mask(token))], "port": 6379,
    }


def test_an_empty_redactor_returns_the_text_itself() -> None:
    text = "nothing to hide"
    assert Redactor().redact(text) is text and not Redactor([""])


def test_thousands_of_secrets_are_all_masked() -> None:
    secrets = [fake("", 24, seed) for seed in range(5000)]
    redactor = Redactor(secrets)
    text = " | ".join(secrets[::7])
    redacted = redactor.redact(text)
    assert not any(secret in redacted for secret in secrets)
    assert redacted == " | ".join(mask(secret) for secret in secrets[::7])


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.text(alphabet="abcAB12-", min_size=1, max_size=12), min_size=1, max_size=6),
       st.text(alphabet="abcAB12-. ", max_size=80), st.integers(min_value=0, max_value=80))
def test_no_held_secret_survives_and_both_search_strategies_agree(secrets, text, many) -> None:
    """Few distinct heads are found with str.find, many with a look-up per position: the same
    output either way, and never a held secret in it."""
    padding = [fake("", 12, seed) for seed in range(many)]  # more heads: the other strategy
    few, lots = Redactor(secrets), Redactor(secrets + padding)
    redacted = few.redact(text)
    assert not any(secret in redacted for secret in secrets)
    if not any(pad in text for pad in padding):
        assert lots.redact(text) == redacted


def test_random_texts_around_real_shaped_tokens() -> None:
    rng = random.Random(6)
    tokens = [github_token(seed) for seed in range(40)] + [telegram_token(seed) for seed in range(40)]
    redactor = Redactor(tokens)
    for _ in range(500):
        pieces = [rng.choice(tokens) if rng.random() < 0.3 else "".join(rng.choice(ALNUM + " :/@")
                  for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(1, 8))]
        redacted = redactor.redact("".join(pieces))
        assert not any(token in redacted for token in tokens)


def test_the_base64_of_a_secret_is_masked_at_every_alignment_inside_a_longer_encoding() -> None:
    # A secret found by decoding (a Kubernetes Secret's `data:`, a base64 .pypirc) stands encoded
    # in the file: an output quoting that line must not carry its encoded form either.
    import base64

    secret = pypi_token(31)
    redactor = Redactor([secret])
    for before in ("", "p", "pw", "password = "):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            encoded = encode(f"{before}{secret}\n".encode()).decode()
            shown = redactor.redact(f"data: {encoded}")
            assert encoded not in shown and secret not in shown
            # No 12 characters of the secret's own encoding are left, at any of its three byte
            # alignments (the first and last group of each mix in unknown bytes: left out).
            for lead in range(3):
                core = encode(b"\0" * lead + secret.encode()).decode()[4:-4]
                assert all(core[start:start + 12] not in shown for start in range(len(core) - 12)), (before, lead)
