"""Blind round 65 (Markdown runbooks and notes pages, part 2): a Tajik or an Indian team's pages give a password in
forms no reader took. Tajik's `рамз` (a code, the password as Persian's `رمز` says it, in Cyrillic letters) as a
settings table's row (`| Рамз | `…` |`) and as a handover note's label after a login (`логин `…`, рамз: …`); a
settings table whose value column is headed in Tajik (`| Чиз | Қимат |`) or in an Indian script (Kannada's `| ಐಟಂ |
ಮೌಲ್ಯ |`). Placeholders, stock values, other columns and other words stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Vakhsh", "Khorog", "Murghab", "Hisor", "Kodagu", "Mallige", "Hampi", "Udupi", "Panj", "Rushan")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Panj%Hampi4158`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*+-.$") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


_CHOSEN = [_chosen(7610000 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(set(_CHOSEN)) == len(_CHOSEN)


def test_tajiks_word_names_a_password() -> None:
    assert names_a_password("рамз") and names_a_password("Рамз") and names_a_password("рамзи")
    assert not names_a_password("рамка") and not names_a_password("корбар")


# --- Tajik's `рамз` -----------------------------------------------------------------------------------------------------

_TAJIK_TABLE = """# Runbook: депо

Сервери хурд дар депо GPS-ро ҷамъ мекунад.

| Чиз | {value_column} |
|-----|-------|
| Хост | 192.168.8.20 |
| Корбар | pi |
| {row} | {value} |
| Порт | 22 |
"""


@pytest.mark.parametrize("value_column, row, quoted", [
    ("Қимат", "Рамз", True),  # (Tajik's value column, its password row)
    ("Арзиш", "Рамз", False),  # (Tajik's other word for value, the value bare)
    ("Қиймат", "Парол", True),  # (Uzbek's Cyrillic value, Tajik's `парол`)
    ("Value", "Рамзи SSH", True),  # (English's column, the izafet: the SSH's password)
])
def test_a_tajik_settings_tables_password_row_blocks(engine: Engine, value_column: str, row: str, quoted: bool) -> None:
    password = _CHOSEN[0]
    value = f"`{password}`" if quoted else password
    text = _TAJIK_TABLE.format(value_column=value_column, row=row, value=value)
    assert _secrets(engine, "docs/runbook-depot.md", text) == [(9, password)]


@pytest.mark.parametrize("value_column, row, value", [
    ("Қимат", "Рамз", "`<рамз>`"),  # (a placeholder)
    ("Қимат", "Рамз", "`changeme`"),  # (a stock one)
    ("Қимат", "Рамз", "`${DEPOT_SSH_PASSWORD}`"),  # (a reference)
    ("Қимат", "Корбар", "`{pw}`"),  # (a user's row, no password's)
    ("Тавсиф", "Рамз", "`{pw}`"),  # (a description column, no value's)
])
def test_a_tajik_tables_row_holding_no_password_is_not_blocked(engine: Engine, value_column: str, row: str, value: str) -> None:
    text = _TAJIK_TABLE.format(value_column=value_column, row=row, value=value.replace("{pw}", _CHOSEN[1]))
    assert _blocked(engine, "docs/runbook-depot.md", text) == []


@pytest.mark.parametrize("line", [
    "  логин `pamirfreight`, рамз: {pw} (ҳар 90 рӯз иваз мешавад)",  # (a handover's login, its password bare after it)
    "- рамз: {pw}",  # (the label alone)
    "- Рамз: `{pw}`",  # (in a code span)
    "Корбар `admin`, рамз `{pw}`",  # (a sentence's user, its password's span after the word)
])
def test_tajiks_password_word_in_a_note_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[2]
    text = f"# Супоридани кор\n\n- Портали брокер: https://portal.example.tj\n{line.replace('{pw}', password)}\n- Ағба баста.\n"
    assert _secrets(engine, "notes/handover-2024-11.md", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "  логин `pamirfreight`, рамз: <рамз>",  # (a placeholder)
    "- рамз: дар Vault",  # (where it is kept: `in Vault`)
    "- рамз: ${BROKER_PASSWORD}",  # (a reference)
    "- рамка: {pw}",  # (a frame, no password's word)
])
def test_tajiks_word_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"# Супоридани кор\n\n{line.replace('{pw}', _CHOSEN[3])}\n"
    assert _blocked(engine, "notes/handover-2024-11.md", text) == []


# --- a value column headed in an Indian script -------------------------------------------------------------------------

@pytest.mark.parametrize("value_column", ["ಮೌಲ್ಯ", "విలువ", "மதிப்பு", "മൂല്യം", "મૂલ્ય", "মান", "ਮੁੱਲ", "ମୂଲ୍ୟ"])
def test_a_settings_tables_value_column_in_an_indian_script_blocks(engine: Engine, value_column: str) -> None:
    password = _CHOSEN[1]
    text = (f"# DB failover runbook\n\nPromote the replica:\n\n| ಐಟಂ | {value_column} |\n|---|---|\n"
            f"| replica host | pg-replica.internal |\n| admin user | loom_admin |\n| admin password | `{password}` |\n")
    assert _secrets(engine, "docs/runbooks/db-failover.md", text) == [(9, password)]


@pytest.mark.parametrize("value_column", ["ವಿವರಣೆ", "ಪ್ರಕಾರ"])  # (Kannada's description, its type: no values below)
def test_a_tables_other_column_in_an_indian_script_is_not_blocked(engine: Engine, value_column: str) -> None:
    text = (f"# DB failover runbook\n\n| ಐಟಂ | {value_column} |\n|---|---|\n| admin user | loom_admin |\n"
            f"| admin password | `{_CHOSEN[2]}` |\n")
    assert _blocked(engine, "docs/runbooks/db-failover.md", text) == []


@pytest.mark.parametrize("row, value_column", [
    ("पासवर्ड", "मान"),  # (Hindi's row, its marks (a vowel sign, a virama) no word characters, under Hindi's value)
    ("Admin पासवर्ड", "Value"),  # (what it is for before it)
    ("கடவுச்சொல்", "மதிப்பு"),  # (Tamil's, ending in its virama)
    ("මුරපදය", "Value"),  # (Sinhala's)
])
def test_a_password_row_named_in_an_indian_script_blocks(engine: Engine, row: str, value_column: str) -> None:
    password = _CHOSEN[3]
    text = (f"# Router runbook\n\n| Item | {value_column} |\n|---|---|\n| host | 10.0.0.1 |\n| {row} | `{password}` |\n"
            f"| port | 22 |\n")
    assert _secrets(engine, "docs/runbooks/router.md", text) == [(6, password)]


@pytest.mark.parametrize("row, value", [
    ("पासवर्ड", "`<पासवर्ड>`"),  # (a placeholder)
    ("पासवर्ड", "`changeme`"),  # (a stock one)
    ("उपयोगकर्ता", "`{pw}`"),  # (Hindi's user, no password's word)
    ("ಹೋಸ್ಟ್", "`{pw}`"),  # (Kannada's host)
])
def test_a_row_named_in_an_indian_script_over_no_password_is_not_blocked(engine: Engine, row: str, value: str) -> None:
    text = f"# Router runbook\n\n| Item | Value |\n|---|---|\n| {row} | {value.replace('{pw}', _CHOSEN[0])} |\n"
    assert _blocked(engine, "docs/runbooks/router.md", text) == []
