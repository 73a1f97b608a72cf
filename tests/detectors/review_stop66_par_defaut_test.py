"""Review 66: stop 65 took Friulian's `par` (for) among the words that say what a password is for (`password gnove par
"ispetor": …`), and French's `par défaut` (by default) was kept the label's in one reader only (_unqualified). The
head-first label's order reader (_head_last) took every such word for a preposition and left `mot de passe par défaut`
unordered, its key then read as a label about passwords: an operator's note's `mot de passe par défaut : <drawn>` (the
device's default password as set, as English's `default password: …` still blocked) passed, where it blocked before.
A stock default after it stays none. Generated fakes only: seeds 7990400-7990499."""
from __future__ import annotations

import random

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _drawn(seed: int, length: int = 16) -> str:
    generator = random.Random(7990400 + seed)
    while True:
        value = "".join(generator.choice(_ALPHABET) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def _secrets(engine: Engine, name: str, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("line", [
    "mot de passe par défaut: {v}",
    "Mot de passe par défaut : {v}",
    "mot de passe par defaut: {v}",
    "password par défaut: {v}",
])
def test_a_default_password_labelled_par_defaut_in_a_note_blocks(engine: Engine, line: str) -> None:
    value = _drawn(1)
    assert value in _secrets(engine, "notes/routeur.txt", "Routeur de la boutique\n" + line.format(v=value) + "\n")


@pytest.mark.parametrize("line", ["mot de passe par défaut: admin", "Mot de passe par défaut : motdepasse"])
def test_a_stock_default_after_par_defaut_stays_none(engine: Engine, line: str) -> None:
    assert _secrets(engine, "notes/routeur.txt", "Routeur de la boutique\n" + line + "\n") == []


def test_friulian_par_still_names_whose_password_it_is(engine: Engine) -> None:
    value = _drawn(2)
    text = f'Pal panel o ai metût une password gnove par "ispetor": {value}\n'
    assert value in _secrets(engine, "docs/notes/handover.md", text)
