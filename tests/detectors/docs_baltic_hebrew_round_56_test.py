"""Blind round 56: a Latvian, Lithuanian, Estonian or Hebrew team's runbooks, handover notes and branch pages give a
password in their own words. Latvian calls it `parole`, Estonian `parool`, Lithuanian `slaptažodis` (`slaptazodis`
unaccented, `slaptažodį` its object), Hebrew `סיסמה` (`סיסמא`, its construct `סיסמת`, `הסיסמה` with its article): read
by the readers the Romance, Slavic and Greek words go through (not copies), as a list item's or a sentence's code span
after the word and a table's password column. A cell or a sentence saying where the password is (`vaata KeePassist`,
`בכספת IT`) and a placeholder stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Daugava", "Gauja", "Saaremaa", "Peipsi", "Nemunas", "Neris", "Kinneret", "Arbel", "Tabor", "Venta", "Emajogi", "Rusne")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Gauja#Neris4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(3840000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)


# --- a list item's or a sentence's password after its word ------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Lietotājs: `admin`, parole: `{pw}`",  # (Latvian's)
    "2. Ielogoties https://192.168.20.1 - lietotājs `noma-it`, parole `{pw}`.",
    "- Parole: `{pw}`",
    "Parole ir `{pw}`.",
    "- Parool: `{pw}`",  # (Estonian's)
    "- Kasutaja `kalamaja_ee`, parool `{pw}`",
    "Parool on `{pw}`.",
    "- Rivile SQL (`RIVILE-SQL\\GAMA`): vartotojas `sa`, slaptažodis `{pw}`",  # (Lithuanian's)
    "- Slaptažodis: `{pw}`",
    "- Slaptazodis: `{pw}`",
    "Slaptažodis yra `{pw}`.",
    "- כניסה: משתמש `admin`, סיסמה `{pw}`",  # (Hebrew's)
    "- סיסמת API למסוף הטוקנים: `{pw}`",
    "- סיסמא: `{pw}`",
    "הסיסמה היא `{pw}`.",
])
def test_a_baltic_or_hebrew_sentences_or_labels_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# IT\n\n1. Pārbaudīt tīklu.\n{item.replace('{pw}', password)}\n- Eskalācija: IT, 212.\n"
    assert _secrets(engine, "docs/runbooks/tikls.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Parole: žr. Bitwarden",
    "- Parool: vaata KeePassist",
    "- Slaptažodis: `<slaptažodis>`",
    "- Parole: `${ROUTER_PASSWORD}`",
    "- סיסמה: בכספת IT",
    "- סיסמה: `<הסיסמה שלך>`",
    "Paroles glabājam Bitwarden, ne šeit.",
    "Parole la vedere: `Gauja`",  # (a French or Italian page's `parole`, words, over no password)
])
def test_a_baltic_or_hebrew_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/runbooks/tikls.md", f"# IT\n\n{item}\n") == []


# --- a Markdown table's password column -------------------------------------------------------------------------------

@pytest.mark.parametrize("user, header", [("Kasutaja", "Parool"), ("Lietotājs", "Parole"), ("Admin vartotojas", "Slaptažodis"),
                                          ("Vartotojas", "Slaptazodis"), ("משתמש", "סיסמה"), ("משתמש", "סיסמא")])
def test_a_baltic_or_hebrew_password_column_blocks(engine: Engine, user: str, header: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Seadmed\n\n| Seade | Aadress | {user} | {header} |\n|---|---|---|---|\n"
            f"| Ruuter | http://10.31.0.1 | admin | vaata KeePassist |\n| Apex | http://10.31.0.20 | admin | {password} |\n"
            f"| Kaamerad | 10.31.0.60 | admin | בכספת IT |\n")
    assert _secrets(engine, "docs/runbooks/seadmed.md", text) == [(6, password)]


# --- a settings table's password row under its value column ---------------------------------------------------------

@pytest.mark.parametrize("header, row", [("| Seadistus | Väärtus |", "Parool"), ("| Iestatījums | Vērtība |", "Parole"),
                                         ("| Nustatymas | Reikšmė |", "Slaptažodis"), ("| הגדרה | ערך |", "סיסמה")])
def test_a_baltic_or_hebrew_settings_tables_password_row_blocks(engine: Engine, header: str, row: str) -> None:
    password = _CHOSEN[3]
    text = f"{header}\n|---|---|\n| Host | `10.31.0.20` |\n| {row} | `{password}` |\n"
    assert _secrets(engine, "docs/runbooks/apex.md", text) == [(4, password)]


def test_a_baltic_settings_tables_reference_is_not_blocked(engine: Engine) -> None:
    text = "| Seadistus | Väärtus |\n|---|---|\n| Parool | vaata KeePassist |\n| Parool | `<parool>` |\n"
    assert _blocked(engine, "docs/runbooks/apex.md", text) == []


def test_a_baltic_password_columns_references_are_not_blocked(engine: Engine) -> None:
    text = ("| Seade | Kasutaja | Parool |\n|---|---|---|\n| Ruuter | admin | vaata KeePassist |\n"
            "| NAS | admin | `<parool>` |\n| Kaamerad | - | seifis |\n")
    assert _blocked(engine, "docs/runbooks/seadmed.md", text) == []
