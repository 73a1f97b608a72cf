"""Adversarial review of blind rounds ES-EX (issue 14). Variations of the round's new forms a real file takes:

- a script's variable sent as an authentication header's value with the quotes broken for the expansion
  (`-H 'X-Api-Key: '"$KEY"`, `-H "X-Api-Key: "$KEY`), a shell idiom, blocks as `-H "X-Api-Key: $KEY"` does (before,
  nothing did); the variable's last assignment above is the one read, within 200 lines (read once a file now: a line
  of sixty-four such headers read every line above it once a header, tests/hostile/round_esex_adv_cases.py);
- documentation's `password for <what> is `…``, what it is for emphasised, quoted or an address (`for **admin**`,
  `for "svc"`, `for ops@nvr.local`), blocks as `password for the NVRs is `…`` does (before, nothing did);
- the per-name guards found in one pass of the compiled scanner (prefilter/search.py `_guards_held`) agree with
  `may_match` on names of every case, with newlines, NULs and non-ASCII letters.

Through the engine. Every value here is generated (seeds 1,670,000-1,670,999)."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine
from secretfence.prefilter.name_guards import may_match

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


_KEY = drawn_mixed(1670000, 32)
_OTHER = drawn_mixed(1670001, 32)

# (file, text): the literal on the first line, sent from a variable by a header whose quotes the expansion breaks
_QUOTE_BROKEN = [
    ("ops/probe.sh", f'ACCT="{_KEY}"\ncurl -H \'X-Acme-Api-Key: \'"$ACCT" https://api.example.net/v1/items\n'),
    ("ops/probe2.sh", f'ACCT="{_KEY}"\ncurl -H \'X-Acme-Api-Key: \'"${{ACCT}}" https://api.example.net/v1/items\n'),
    ("ops/probe3.sh", f"export ACCT={_KEY}\ncurl -H \"X-Acme-Api-Key: \"$ACCT https://api.example.net/v1/items\n"),
    ("ops/probe4.sh", f"ACCT='{_KEY}'  # prod\ncurl -H 'x-acme-api-key: '\"$ACCT\" https://api.example.net/v1/items\n"),
]


@pytest.mark.parametrize("filename, text", _QUOTE_BROKEN, ids=[name for name, _ in _QUOTE_BROKEN])
def test_a_header_variable_with_its_quotes_broken_blocks(engine: Engine, filename: str, text: str) -> None:
    assert (1, "Service API Token", _KEY) in _blocked(engine, filename, text)


def test_the_variables_last_assignment_above_is_read(engine: Engine) -> None:
    text = (f'ACCT="{_OTHER}"\n' + "echo step\n" * 5 + f'ACCT="{_KEY}"\n' + 'curl -H "X-Acme-Api-Key: $ACCT" https://x.example.net/\n'
            + 'ACCT="$(cat /run/secrets/acct)"\n' + 'curl -H "X-Acme-Api-Key: $ACCT" https://x.example.net/\n')
    found = [(line, secret) for line, kind, secret in _blocked(engine, "ops/probe5.sh", text) if kind == "Service API Token"]
    assert found == [(7, _KEY)]


def test_an_assignment_out_of_reach_is_not_read(engine: Engine) -> None:
    text = f'ACCT="{_KEY}"\n' + "echo step\n" * 200 + 'curl -H "X-Acme-Api-Key: $ACCT" https://x.example.net/\n'
    assert [kind for _, kind, _ in _blocked(engine, "ops/probe6.sh", text) if kind == "Service API Token"] == []
    near = f'ACCT="{_KEY}"\n' + "echo step\n" * 199 + 'curl -H "X-Acme-Api-Key: $ACCT" https://x.example.net/\n'
    assert (1, "Service API Token", _KEY) in _blocked(engine, "ops/probe7.sh", near)


_QUIET_HEADERS = [
    ("ops/q1.sh", 'ACCT="$(vault kv get -field=key secret/acct)"\ncurl -H \'X-Acme-Api-Key: \'"$ACCT" https://x.example.net/\n'),
    ("ops/q2.sh", 'ACCT="YOUR_API_KEY_HERE_12345"\ncurl -H \'X-Acme-Api-Key: \'"$ACCT" https://x.example.net/\n'),
    ("ops/q3.sh", 'ACCT="${ACME_KEY}"\ncurl -H "X-Acme-Api-Key: "$ACCT https://x.example.net/\n'),
]


@pytest.mark.parametrize("filename, text", _QUIET_HEADERS, ids=[name for name, _ in _QUIET_HEADERS])
def test_a_header_variable_from_a_reference_or_a_placeholder_stays_quiet(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


_PASSWORD = drawn_mixed(1670010, 12)

_QUALIFIED = [
    f"The password for **admin** is `{_PASSWORD}`.",
    f'The password for "svc-backup" is `{_PASSWORD}`.',
    f"The password for *admin* on the NVRs is `{_PASSWORD}`.",
    f"The password for ops@nvr.local is `{_PASSWORD}`.",
    f"The password for the **NVRs** is: `{_PASSWORD}`.",
]


@pytest.mark.parametrize("sentence", _QUALIFIED)
def test_a_documented_password_for_an_emphasised_or_quoted_account_blocks(engine: Engine, sentence: str) -> None:
    assert (3, "Literal Credential", _PASSWORD) in _blocked(engine, "docs/runbook.md", f"# Runbook\n\n{sentence}\n")


_QUALIFIED_EXAMPLES = [
    "The password for **admin** is `changeme`.",
    "The password for **admin** is `<your-password>`.",
    'The key for "prod" is `YOUR_KEY_HERE`.',
    "The token for **CI** is `${{ secrets.CI_TOKEN }}`.",
]


@pytest.mark.parametrize("sentence", _QUALIFIED_EXAMPLES)
def test_a_documented_example_for_an_emphasised_account_stays_quiet(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "docs/runbook.md", f"# Runbook\n\n{sentence}\n") == []


def test_the_compiled_guards_agree_with_may_match(engine: Engine) -> None:
    from secretfence.prefilter._name_guards import GUARDS

    prefilters = engine._prefilters
    literals = sorted({literal for guard in GUARDS.values() if guard for literal in guard})
    generator = random.Random(1670020)
    for _ in range(3000):
        parts = []
        for _ in range(generator.randint(0, 4)):
            literal = generator.choice(literals)
            literal = "".join(c.upper() if generator.random() < 0.5 else c for c in literal)
            if generator.random() < 0.2 and len(literal) > 2:
                cut = generator.randrange(1, len(literal))
                literal = literal[:cut] + generator.choice("\n\x00 ") + literal[cut:]
            parts.append(literal + "".join(generator.choice("aXZ./_-\n\r é\u212a") for _ in range(generator.randint(0, 3))))
        name = "".join(parts)
        held = prefilters._guards_held(name)
        for position, (_, _, guard) in enumerate(prefilters.whole_files):
            passed = guard is None or (position in held if held is not None else may_match(guard, name))
            assert passed == may_match(guard, name), (name, guard)
