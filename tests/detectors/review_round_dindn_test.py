"""Second reading of blind rounds DI-DN: a chosen passphrase holding an article or a preposition after an imperative
verb (`Enter-The-…-96`) is no instruction for making the secret, which names a generator or its reader (`your`,
`openssl`, `random`); AutoHotkey's SendText hint spells no blank run twice (a hostile line of blanks after
`SendText` tried every split of them); Tremendous' key pattern reads the lengths issued (55 and 64 characters), as its
comment now says. Generated values only (seeds 18100-18199)."""
from __future__ import annotations

import re
import string
from typing import List, Tuple

import pytest

from secretfence.compat.detect_secrets.credential_keys import _an_instruction
from secretfence.engine import Engine
from secretfence.kinds._code_calls import _FOLDED_SEND
from secretfence.kinds._vendor_keys import _TREMENDOUS_KEY
from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn, drawn_mixed

_WORD = drawn(18100, 6, string.ascii_lowercase).capitalize()
_DIGITS = drawn(18101, 2, string.digits)
_PASSPHRASES = [f"Enter-The-{_WORD}-{_DIGITS}", f"Make-A-{_WORD}-{_DIGITS}", f"Run-In-The-{_WORD}-{_DIGITS}"]
_UPPER_ALNUM = string.ascii_uppercase + string.digits


def _found(name: str, text: str) -> List[Tuple[int, str]]:
    return [(line, secret) for line, _, secret in blocked_lines(Engine(), name, text)]


@pytest.mark.parametrize("value", _PASSPHRASES)
@pytest.mark.parametrize("name, template", [(".env", "SESSION_SECRET={}\n"), ("settings.yml", "smtp:\n  password: {}\n"),
                                            ("app.ini", "[app]\nsecret_key = {}\n")])
def test_a_passphrase_of_a_verb_and_an_article_blocks(value: str, name: str, template: str) -> None:
    text = template.format(value)
    assert (text.count("\n"), value) in _found(name, text)


@pytest.mark.parametrize("value", _PASSPHRASES)
def test_an_article_alone_makes_no_instruction(value: str) -> None:
    assert not _an_instruction(value)


@pytest.mark.parametrize("value", ["generate-with-openssl-rand-hex-32", "run_openssl_rand_base64_32",
                                   "use-a-long-random-string", "paste-your-key-here"])
def test_an_instruction_naming_a_generator_or_its_reader_stays_one(value: str) -> None:
    assert _an_instruction(value)


def test_the_sendtext_hint_reads_a_literal_alone_and_no_blank_run_twice() -> None:
    pattern = re.compile(_FOLDED_SEND, re.IGNORECASE)
    literal = drawn_mixed(18102, 14).encode()
    assert pattern.search(b'SendText "' + literal + b'"\n') is not None
    assert pattern.search(b'SendText("' + literal + b'")  ; the password\n') is not None
    assert pattern.search(b'SendText "' + literal + b'{Tab}"\n') is None
    assert re.search(rb"\[ \\t\]\*\\[()]\?\[ \\t\]\*", _FOLDED_SEND) is None


def test_a_tremendous_key_of_the_lengths_issued_reads() -> None:
    for seed, length in ((18103, 64), (18104, 55)):
        issued = "PROD_" + drawn(seed, length, _UPPER_ALNUM)
        assert _TREMENDOUS_KEY.search(f'TREMENDOUS_API_KEY="{issued}"').group("token") == issued
    assert _TREMENDOUS_KEY.search(f'"TEST_{drawn(18105, 32, _UPPER_ALNUM)}"') is None
