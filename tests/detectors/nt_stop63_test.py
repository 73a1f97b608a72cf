"""Blind round of stop 63 (notes and chat exports, sets LW-MB): a team's notes give a password under their own
language's word. Bashkir calls a password `серһүҙ` (a secret word, Tatar's `серсүз` with Bashkir's own `һ` and `ҙ`), its
possessive `серһүҙе`; Sakha says `кистэлэҥ тыл` (a hidden word), its possessive `кистэлэҥ тыла`. Read by the readers the
other languages' words go through: a note's `label: value` (`root серһүҙе: …`), a label ending in Sakha's phrase with what
it is for before it and the writer's note in brackets after the value (`Весы панелин саҥа кистэлэҥ тыла: … (эргэтэ
үлэлээбэт).`). A stand-in, a note saying where the password is, and a word of the phrase alone stay none. Through the
engine. Generated fakes only: seeds 7080000-7080999."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_credential, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Iremel", "Agidel", "Yamantau", "Ural", "Lena", "Vilyuy", "Olenek", "Kurai", "Tuimaada", "Sylgy")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Agidel!Lena1658`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("~#%!&*@$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(7080000 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and value[-4:].isdigit() for value in _CHOSEN)


@pytest.mark.parametrize("key", ["серһүҙ", "серһүҙе", "Серһүҙ", "root серһүҙе", "кистэлэҥ тыл", "кистэлэҥ тыла",
                                 "Весы панелин саҥа кистэлэҥ тыла"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["кистэлэҥ", "тыл", "тыла"])
def test_words_naming_no_password(key: str) -> None:
    assert not names_a_credential(key)


@pytest.mark.parametrize("line", [
    "- Руслан яңы VPS алды (hetzner), root серһүҙе: {pw}",  # (Bashkir: Ruslan bought a new VPS, its root password)
    "  серһүҙ: {pw}",
    "Серһүҙ: {pw}",
    "- кистэлэҥ тыла: {pw}",  # (Sakha: its password)
    "- Весы панелин саҥа кистэлэҥ тыла: {pw} (эргэтэ үлэлээбэт).",  # (the scales panel's new password (the old one is off))
    "Кистэлэҥ тыл: {pw}",
])
def test_a_notes_label_in_bashkir_or_sakha_before_its_password_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[1]
    text = f"Осрашыу, 2024-05-14\n\n- Шифахана: бронь 90% тулы.\n{line.format(pw=password)}\n- Киләһе осрашыу: 28 май.\n"
    assert _secrets(engine, "notes/osrashyu.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "- root серһүҙе: Bitwarden",  # (it is in Bitwarden)
    "- root серһүҙе: <пароль>",
    "- root серһүҙе: ********",
    "- Весы панелин саҥа кистэлэҥ тыла: Bitwarden (эргэтэ үлэлээбэт).",
    "- Весы панелин саҥа кистэлэҥ тыла: changeme",
    "- Панель кистэлэҥ: {pw}",  # (a word of the phrase alone: any secret, no password's label)
    "- Саҥа тыла: {pw}",  # (`тыл` alone is any word, a language)
])
def test_stand_ins_stores_and_a_word_alone_stay_none(engine: Engine, line: str) -> None:
    text = f"Смена кэпсээнэ, 05.12.2026\n\n{line.format(pw=_CHOSEN[2])}\n- Паром кыстыкка турда.\n"
    assert _secrets(engine, "ops/notes/smena.txt", text) == []
