"""Blind round of stop 64 (notes, chat exports, support tickets and sheets): a team's notes give a login's pair after a
label saying whom the login is for in their own language (`WaWi Login fir d'Keess: kees_rem / …`, Luxembourgish's `fir`,
German's `für`, Dutch's `voor`, French's `pour`, Spanish's and Portuguese's `para`, Italian's `per`), as English's `for`
was read. A stock pair, a choice of ways and a stand-in stay none. Through the engine.
Generated fakes only: seeds 7230000-7230999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _drawn(seed: int, length: int = 19, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-") -> str:
    """A password a generator drew (`TO8f6ofLvY2R-5DeHIf`), both cases and a digit."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value) \
                and value[0].isalnum() and value[-1].isalnum():
            return value


_DRAWN = [_drawn(7230000 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) == 19 and any(c.isdigit() for c in value) for value in _DRAWN)


# --- a login's pair after a label saying whom it is for, in other languages -----------------------------------------

@pytest.mark.parametrize("label", [
    "WaWi Login fir d'Keess",  # (Luxembourgish: the stock system's login for the till)
    "Login für die Kasse",  # (German)
    "Login fuer die Kasse",
    "Login voor de kassa",  # (Dutch)
    "Login pour la caisse",  # (French)
    "Login para o painel",  # (Portuguese)
    "Login per il gestionale",  # (Italian)
    "Login for the till",  # (English, as before)
])
def test_a_login_for_whom_in_another_language_blocks(engine: Engine, label: str) -> None:
    password = _DRAWN[0]
    text = (f"Keess Remich -- Installatioun\n\n- PC: KEES-REM01, Windows 11\n- {label}: kees_rem / {password}\n"
            "- TeamViewer: lafen net méi\n")
    assert _secrets(engine, "notes/kees-setup.txt", text) == [(4, password)]


def test_a_docs_trees_notes_folder_reads_the_same_login(engine: Engine) -> None:
    password = _DRAWN[1]
    text = f"Installatioun 04.11.2026\n\n- WaWi Login fir d'Keess: kees_rem / {password}\n"
    assert _secrets(engine, "docs/notes/kees-setup.txt", text) == [(3, password)]


@pytest.mark.parametrize("pair", [
    "kees_rem / kees_rem",  # (the user again)
    "admin / admin",  # (a stock pair)
    "par e-mail / SMS",  # (a choice of ways)
    "kees_rem / <passwuert>",  # (a stand-in)
])
def test_no_password_after_a_login_for_whom_stays_none(engine: Engine, pair: str) -> None:
    text = f"Keess Remich -- Installatioun\n\n- Login fir d'Keess: {pair}\n"
    assert _secrets(engine, "notes/kees-setup.txt", text) == []


def test_a_word_that_says_no_whom_stays_none(engine: Engine) -> None:
    # (a login word, then words that are no preposition of whom, then a colon: a sentence's clause, no label)
    password = _DRAWN[2]
    text = f"- Der Login klappt nicht immer wenn man tippt: kees_rem / {password}\n"
    assert _secrets(engine, "notes/kees-setup.txt", text) == []
