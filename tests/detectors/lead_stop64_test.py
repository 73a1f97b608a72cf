"""Stop 64 (the lead's own checks of stop 63's "noticed and left"): a note's login pair said after its words with no
colon (`user deploy, pass … (rotate monthly)`) was read by spoken_user_pass_pair since stop 63, but its line reached the
reader only where another line of the file named a password (its test's chat did): the prefilter had no form of it, and
`pass` alone is no keyword. The pair's own form is now a prefilter hint (_FOLDED_SPOKEN_USER_PASS), so a one-line note
blocks. Through the engine, prefilter included. Generated fakes only: seeds 7290000-7290999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Tamarind", "Gecko", "Kestrel", "Juniper", "Basalt", "Lagoon", "Marram", "Quokka")


def _chosen(seed: int) -> str:
    """A password a person chose: two words, a hyphen between, two digits (`Basalt-Quokka-42`)."""
    generator = random.Random(seed)
    return f"{generator.choice(_WORDS)}-{generator.choice(_WORDS)}-{generator.randint(10, 99)}"


def _drawn(seed: int) -> str:
    """A drawn password (both cases, digits, a symbol), as a generator gives one."""
    generator = random.Random(seed)
    body = "".join(generator.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(14))
    return body[:7] + generator.choice("!#%*") + body[7:]


_CHOSEN = _chosen(7290000)
_DRAWN = _drawn(7290001)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert _CHOSEN.count("-") == 2 and _CHOSEN[-2:].isdigit()
    assert len(_DRAWN) == 15 and any(c.isupper() for c in _DRAWN) and any(c.isdigit() for c in _DRAWN)


@pytest.mark.parametrize("line", [
    "user deploy, pass {pw} (rotate monthly)",
    "user deploy, pass {pw}",
    "username deploy; password {pw}",
    "usr deploy / pass {pw}",
    "Login deploy, Pass {pw}",
    "staging db: user deploy, pwd {pw} - ask Ana before rotating",
])
@pytest.mark.parametrize("password", [_CHOSEN, _DRAWN])
def test_a_notes_one_spoken_pair_blocks_with_no_other_credential_word_in_the_file(engine: Engine, line: str,
                                                                                  password: str) -> None:
    text = f"Staging DB\n{line.format(pw=password)}\n"
    assert _secrets(engine, "ops/notes.txt", text) == [(2, password)]


@pytest.mark.parametrize("line", [
    "user admin, pass the word on to Lisa",  # (a verb: prose)
    "user deploy, pass Bitwarden",  # (where it is kept)
    "user deploy, pass changeme123",
    "user deploy, pass <password>",
    "the user count went up, pass rate 97% this week",
])
def test_near_misses_of_a_notes_spoken_pair_stay_none(engine: Engine, line: str) -> None:
    assert _secrets(engine, "ops/notes.txt", f"Staging DB\n{line}\n") == []
