"""Blind round 60 (Markdown and reStructuredText pages, round two): a Scottish Gaelic, Hausa, Amharic or Bengali team's
runbooks, wiki pages and handover notes give a password in their own words. Scottish Gaelic calls it `facal-faire` (a
watch word, lenited `fhacal-faire`), its value column `Luach`; Hausa `kalmar sirri` (a secret's word) or `kalmar wucewa`,
its value column `Kima`; Amharic `የይለፍ ቃል`. Read by the readers the other languages' words go through (not copies): a
two-column settings table's row, a Markdown table's password column, a list item's head-first label before a bare value.
And two forms in any language: a reStructuredText list table's password column (`.. list-table::`, read as the Markdown
table it renders to), and a sentence's bare password after its word set off by a dash (`the portal password … — change
it quarterly`; after a word of another script, `পাসওয়ার্ড … —`, where an ASCII run is no word of the sentence's prose).
Placeholders, stores named and prose stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Harris", "Lewis", "Uist", "Kano", "Zaria", "Gondar", "Axum", "Sylhet", "Khulna", "Tarbert", "Jos")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Harris%Kano4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


_CHOSEN = [_chosen(5710000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert len(set(_CHOSEN)) == len(_CHOSEN)


@pytest.mark.parametrize("key", ["Facal-faire", "facal_faire", "FACAL_FAIRE_ROUTER", "fhacal-faire", "Kalmar sirri",
                                 "kalmar_sirri", "kalmar_wucewa", "የይለፍ ቃል", "የይለፍ_ቃል"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["facal", "faire", "kalmar", "sirri", "ቃል"])
def test_a_word_of_the_phrases_alone_names_none(key: str) -> None:
    assert not names_a_password(key)


# --- a settings table's row, a table's password column ------------------------------------------------------------------

@pytest.mark.parametrize("header, label", [
    ("| Dè | Luach |", "Facal-faire"),  # (Scottish Gaelic's value column and word)
    ("| Abu | Kima |", "Password"),  # (Hausa's value column, English's word)
    ("| Abu | Kima |", "Kalmar sirri"),
])
def test_a_settings_tables_password_row_under_these_value_columns_blocks(engine: Engine, header: str, label: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Portal\n\n{header}\n|---|---|\n| URL | https://agents.portal.example.scot |\n| User | busbeag |\n"
            f"| {label} | `{password}` |\n| Fòn | 01859 502 000 |\n")
    assert _secrets(engine, "docs/runbooks/portal.md", text) == [(7, password)]


@pytest.mark.parametrize("header", ["Facal-faire", "Kalmar sirri", "የይለፍ ቃል"])
def test_a_tables_password_column_in_these_languages_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[1]
    text = (f"# Sabobi\n\n| Suna | Adireshi | Mai amfani | {header} |\n|---|---|---|---|\n"
            "| Bastion | 102.89.34.20 | ops | (mabudi kawai) |\n"
            f"| Historian | 10.30.1.20 | historian | {password} |\n")
    assert _secrets(engine, "wiki/Servers.md", text) == [(6, password)]


@pytest.mark.parametrize("cell", ["(tambayi Sani)", "`<facal-faire>`", "Bitwarden", "changeme"])
def test_a_tables_password_column_holding_no_password_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"# Sabobi\n\n| Suna | Mai amfani | Kalmar sirri |\n|---|---|---|\n| Historian | historian | {cell} |\n"
    assert _blocked(engine, "wiki/Servers.md", text) == []


# --- a list item's head-first label before a bare value ----------------------------------------------------------------

@pytest.mark.parametrize("label", ["Facal-faire an router", "Facal-faire", "Kalmar sirri ta router"])
def test_a_head_first_label_in_these_languages_before_its_bare_password_blocks(engine: Engine, label: str) -> None:
    password = _CHOSEN[2]
    text = (f"## Oifis - IT\n\n* Lìonra: `BusBeag-Oifis`\n* Router admin: http://192.168.1.1  (cleachdaiche `admin`)\n"
            f"* {label}: {password}\n* Clò-bhualadair: 192.168.1.40\n")
    assert _secrets(engine, "wiki/Oifis.md", text) == [(5, password)]


@pytest.mark.parametrize("item", [
    "* Facal-faire an router: faic Bitwarden",
    "* Facal-faire an router: `<facal-faire>`",
    "* Facal-faire dìochuimhnichte: cuir fòn gu Uig",
])
def test_a_gaelic_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "wiki/Oifis.md", f"## IT\n\n{item}\n") == []


# --- a reStructuredText list table's password column -------------------------------------------------------------------

def _list_table(header: str, cell: str, header_rows: int = 1) -> str:
    return ("Gateway\n=======\n\n.. list-table::\n" + (f"   :header-rows: {header_rows}\n" if header_rows else "")
            + f"   :widths: 10 30 10 20\n\n   * - Env\n     - URL\n     - Agent\n     - {header}\n"
            "   * - Test\n     - https://test.gateway.example.com/booking.asmx\n     - TST001\n     - (see Vault)\n"
            f"   * - Live\n     - https://soap.gateway.example.com/booking.asmx\n     - HEB014\n     - {cell}\n\n"
            "After the table.\n")


@pytest.mark.parametrize("header", ["Password", "Facal-faire", "Kalmar sirri", "Admin password"])
def test_a_list_tables_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[6]
    assert _secrets(engine, "docs/ops/gateway.rst", _list_table(header, f"``{password}``")) == [(19, password)]
    assert _secrets(engine, "docs/ops/gateway.rst", _list_table(header, password)) == [(19, password)]


@pytest.mark.parametrize("header, cell, header_rows", [
    ("Password", "``changeme``", 1),  # (a stock password: a tutorial's)
    ("Password", "``<password>``", 1),
    ("Password", "Vault: ``secret/gateway``", 1),
    ("Notes", "``{pw}``", 1),  # (no password's column)
    ("Password", "``{pw}``", 0),  # (no header row: no column named)
])
def test_a_list_table_giving_no_password_is_not_blocked(engine: Engine, header: str, cell: str, header_rows: int) -> None:
    text = _list_table(header, cell.replace("{pw}", _CHOSEN[6]), header_rows)
    assert _blocked(engine, "docs/ops/gateway.rst", text) == []


# --- a sentence's bare password after its word, set off by a dash ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "পোর্টালের পাসওয়ার্ড {pw} — প্রতি তিন মাসে বদলাতে হবে।",  # (Bengali's, a dash after it)
    "পোর্টালের পাসওয়ার্ড {pw} দিয়ে লগইন করুন।",  # (the sentence going on in its script)
    "The portal password {pw} — change it every three months.",  # (English's, a dash after it)
    "The portal password {pw} - change it every three months.",
    "ፖርታሉ የይለፍ ቃል {pw} ነው።",  # (Amharic's)
])
def test_a_bare_password_in_a_sentence_blocks(engine: Engine, sentence: str) -> None:
    password = _CHOSEN[4]
    text = f"# বিকাশ\n\n**পোর্টাল:** https://merchant.example.com.bd\n\n{sentence.replace('{pw}', password)}\n"
    assert _secrets(engine, "wiki/Payments/Live.md", text) == [(5, password)]


@pytest.mark.parametrize("sentence", [
    "পোর্টালের পাসওয়ার্ড Bitwarden-এ আছে — নাদিয়া আপা জানেন।",  # (where it is kept)
    "পোর্টালের পাসওয়ার্ড changeme123 — প্রথম দিনেই বদলান।",  # (a stock one)
    "The password reset-procedure — see the wiki.",  # (prose)
    "Rotate the password quarterly — see the policy page.",
])
def test_a_sentence_giving_no_password_is_not_blocked(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "wiki/Payments/Live.md", f"# P\n\n{sentence}\n") == []
