"""Blind round 61 (Markdown, wiki and reStructuredText pages in Pashto, Breton, Kinyarwanda and Somali): a team's runbooks,
wiki pages, onboarding notes and Confluence exports give a password in their own words. Pashto calls it `پټنوم` (or
borrows `پاسورډ`); Breton `ger-tremen` (a passing word, `ker-tremen` after `ho`), its value column `Talvoud`; Kinyarwanda
`ijambo ry'ibanga` (a word of the secret, `ijambobanga` in one word), what it is for after it as a possessive's phrase
(`Ijambo ry'ibanga rya admin kuri firmware ya Avery`), its value column `Agaciro`; Somali `erayga sirta`, its value
column `Qiimaha`. Read by the readers the other languages' words go through (a runbook's label and code span, a list
item's code span, a table's password column), and one for the words with what they are for after them. And forms in
any language: a settings table's row giving a login's pair in code spans under an account's name (`| Router admin |
`admin` / `…` |`), a page in Confluence's wiki markup (`h1.`, `{{…}}`) read as the Markdown page it renders to.
Placeholders, stores named and prose stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Kandahar", "Badam", "Pista", "Menez", "Kastell", "Rusizi", "Kivu", "Nyungwe", "Hargeisa", "Berbera", "Lann")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Menez*Kivu4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


_CHOSEN = [_chosen(6210000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(set(_CHOSEN)) == len(_CHOSEN)


@pytest.mark.parametrize("key", ["پټنوم", "پاسورډ", "Ger-tremen", "ger_tremen", "GER_TREMEN_ROUTER", "ker-tremen",
                                 "Ijambo ry'ibanga", "ijambo_ry_ibanga", "ijambobanga", "Ijambo ry’ibanga rya admin",
                                 "Erayga sirta", "ereyga_sirta"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["ger", "tremen", "ijambo", "ibanga", "sirta", "erayga"])
def test_a_word_of_the_phrases_alone_names_none(key: str) -> None:
    assert not names_a_password(key)


# --- a runbook's label and its code span; a list item's --------------------------------------------------------------

@pytest.mark.parametrize("label", ["پټنوم", "پاسورډ", "Ger-tremen", "Ijambo ry'ibanga", "Erayga sirta"])
def test_a_runbooks_password_after_these_words_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[0]
    text = (f"# godam-db\n\n```\npsql -h godam-db.internal -U godam_admin godam\n```\n\n{label}: `{password}`\n\n"
            "> یادونه: هره میاشت بدلیږي.\n")
    assert _secrets(engine, "docs/runbooks/godam-db.md", text) == [(7, password)]


@pytest.mark.parametrize("item", [
    "  - ger-tremen: `{pw}`",  # (Breton's, under its account's item)
    "  - Ger-tremen WordPress: `{pw}`",  # (what it is for after the word)
    "2. Ijambo ry'ibanga rya admin kuri firmware ya Avery: `{pw}`",  # (Kinyarwanda's, a possessive's phrase after it)
    "2. Ijambo ry’ibanga rya admin ni `{pw}`",  # (its `is`, a typographic apostrophe)
    "- Erayga sirta maamulaha: `{pw}`",  # (Somali's)
    "- پټنوم د سرور: `{pw}`",  # (Pashto's, what it is for after it)
])
def test_a_list_items_password_after_these_words_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = (f"# Degemer mat\n\n- Lec'hienn WordPress: https://istr.example.bzh/wp-admin\n  - implijer: `skipailh`\n"
            f"{item.replace('{pw}', password)}\n\nKenavo!\n")
    assert _secrets(engine, "docs/degemer-mat.md", text) == [(5, password)]


@pytest.mark.parametrize("item", [
    "  - ger-tremen: `changeme`",  # (a stock one)
    "  - ger-tremen: `<ger-tremen>`",  # (a placeholder)
    "  - ger-tremen: `Bitwarden`",  # (where it is kept)
    "- Wi-Fi: `Krampouezh-Kliant` (ger-tremen skrivet war ar c'hontouer)",  # (prose after the word)
    "2. Ijambo ry'ibanga rigomba kuba rirerire, urugero `Password1`",  # (the rule's example, a stand-in)
])
def test_these_words_over_no_password_are_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/degemer-mat.md", f"# Degemer mat\n\n{item}\n") == []


# --- a table's password column; a settings table's row ----------------------------------------------------------------

@pytest.mark.parametrize("header", ["پټنوم", "Ger-tremen", "Ijambo ry'ibanga", "Erayga sirta"])
def test_a_tables_password_column_in_these_languages_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[2]
    text = (f"# حسابونه\n\n| خدمت | کاروونکی | {header} |\n|------|-----------|--------|\n"
            "| د ترازو پینل | admin | د ګودام مدیر څخه وپوښتئ |\n"
            f"| د فرمایشونو پورټال | workshop_kdh | {password} |\n| پرنټر | - | نشته |\n")
    assert _secrets(engine, "docs/wiki/accounts.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["د ګودام مدیر څخه وپوښتئ", "`<پټنوم>`", "Bitwarden", "changeme"])
def test_a_pashto_password_column_holding_no_password_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# حسابونه\n\n| خدمت | کاروونکی | پټنوم |\n|---|---|---|\n| پورټال | workshop_kdh | {cell} |\n"
    assert _blocked(engine, "docs/wiki/accounts.md", text) == []


@pytest.mark.parametrize("header, label", [
    ("| Ikintu | Agaciro |", "Ijambo ry'ibanga"),  # (Kinyarwanda's value column and word)
    ("| Tra | Talvoud |", "Ger-tremen"),  # (Breton's)
    ("| Shay | Qiimaha |", "Erayga sirta"),  # (Somali's)
    ("| څه | ارزښت |", "پټنوم"),  # (Pashto's)
    ("| Ikintu | Agaciro |", "Router password"),  # (English's word under Kinyarwanda's value column)
])
def test_a_settings_tables_password_row_under_these_value_columns_blocks(engine: Engine, header: str, label: str) -> None:
    password = _CHOSEN[5]
    text = (f"# Sitasiyo\n\n{header}\n|---|---|\n| URL | https://portal.example.rw |\n| {label} | `{password}` |\n"
            "| Tablet PIN | reba ku muyobozi |\n")
    assert _secrets(engine, "wiki/Sitasiyo.md", text) == [(6, password)]


@pytest.mark.parametrize("header, label", [
    ("| Ikintu | Agaciro |", "Router admin"),  # (Kinyarwanda's value column, an account's name)
    ("| Item | Value |", "Router admin"),
    ("| Item | Value |", "NVR"),  # (any name: the pair's user is an administrator's account)
    ("| Tra | Talvoud |", "WordPress admin"),  # (Breton's value column)
    ("| Shay | Qiimaha |", "Portal login"),  # (Somali's)
])
def test_a_settings_rows_login_pair_in_code_spans_blocks(engine: Engine, header: str, label: str) -> None:
    password = _CHOSEN[3]
    user = "admin" if label in ("Router admin", "NVR") else "skipailh"
    text = (f"# Sitasiyo ya Karongi\n\n{header}\n|---|---|\n| Umuyobozi | Nshimiyimana Claude |\n"
            f"| {label} | `{user}` / `{password}` |\n| Tablet PIN | reba ku muyobozi |\n")
    assert _secrets(engine, "wiki/Sitasiyo-Karongi.md", text) == [(6, password)]


@pytest.mark.parametrize("label, cell", [
    ("Generator", "`Perkins` / `20kVA`"),  # (no account named, no administrator's user: a product's pair)
    ("Router admin", "admin / {pw}"),  # (plain: read only under a login's name)
    ("Router admin", "`admin` / `changeme`"),  # (a stock password)
    ("Split", "`3` / `4`"),
])
def test_a_settings_rows_pair_that_is_no_login_is_not_blocked(engine: Engine, label: str, cell: str) -> None:
    text = (f"# Sitasiyo\n\n| Ikintu | Agaciro |\n|---|---|\n| {label} | {cell.replace('{pw}', _CHOSEN[3])} |\n")
    assert _blocked(engine, "wiki/Sitasiyo.md", text) == []
