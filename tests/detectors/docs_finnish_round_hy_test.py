"""Blind round HY: a Finnish team's wiki pages and exports give a password in Finnish (`salasana`), read by the readers
German's, Dutch's and the Nordic languages' words go through (not copies): a table's `| Salasana |` column (`|
Admin-salasana |`, `| WLAN-salasana |`), a sentence's `WPA2-PSK, salasana `…`` or `salasana on `…``, and a sheet whose
columns are named in Finnish, Danish or Swedish (`laite`, `käyttäjä`, `salasana`; `Enhed`, `Brugernavn`; `Användare`):
a device inventory or a login list, as its English columns make it. A reference where the password would be (`ks.
1Password`), a masked cell and a tool's name after a longer word (`Salasananhallinta `Bitwarden``) stay none. Through
the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Kuusi", "Koivu", "Laituri", "Revontuli", "Sauna", "Lumi", "Kallio", "Tuuli", "Ranta", "Karhu", "Vaahtera", "Kivi")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Koivu#Lumi4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _drawn(seed: int, length: int = 12) -> str:
    """A device's generated admin password: letters of both cases and digits (`tQ4x…`)."""
    generator = random.Random(seed)
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_CHOSEN = [_chosen(3500000 + step) for step in range(6)]
_DRAWN = [_drawn(3500100 + step) for step in range(6)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN + _DRAWN)


# --- a Markdown table's password column -------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Salasana", "Admin-salasana", "WLAN-salasana", "Salasanat"])
def test_a_finnish_password_column_blocks(engine: Engine, header: str) -> None:
    password = _DRAWN[0]
    text = (f"# Showroom – laitteet\n\n| Laite | Osoite | Tunnus | {header} |\n|---|---|---|---|\n"
            f"| Silta | 192.168.40.21 | admin | {password} |\n| Kytkin | 192.168.40.2 | ui-admin | ks. 1Password |\n")
    assert _secrets(engine, "docs/wiki/showroom.md", text) == [(5, password)]


def test_a_finnish_password_columns_reference_does_not_block(engine: Engine) -> None:
    text = ("| Laite | Osoite | Tunnus | Salasana |\n|---|---|---|---|\n| Silta | 192.168.40.21 | admin | ks. 1Password |\n"
            "| Kytkin | 192.168.40.2 | ui-admin | 1Password |\n")
    assert _secrets(engine, "docs/wiki/showroom.md", text) == []


# --- a sentence's or a list item's password in a code span ------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- **Asentajat** (tabletit): WPA2-PSK, salasana `{pw}`",
    "- Vierasverkon salasana on `{pw}`",
    "- Salasana: `{pw}`",
    "- WLAN-salasana `{pw}`",
])
def test_a_finnish_sentences_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[0]
    text = f"# Toimiston verkko\n\n- URL: https://unifi.ui.com/\n{item.replace('{pw}', password)}\nSoita tukeen.\n"
    assert _secrets(engine, "docs/wiki/verkko.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Salasananhallinta `Bitwarden` (kaikilla tunnukset)",
    "- Salasana: ks. 1Password",
    "- Salasana on `<oma salasana>`",
])
def test_a_finnish_sentences_reference_or_tool_does_not_block(engine: Engine, item: str) -> None:
    text = f"# Toimiston verkko\n\n{item}\n"
    assert _secrets(engine, "docs/wiki/verkko.md", text) == []


# --- a Danish or Norwegian login's pair, its password called `kode` (blind round ID) -----------------------------------

@pytest.mark.parametrize("item", [
    "- Router (bag kontoret): http://192.168.20.1 - bruger `admin`, kode `{pw}`",
    "- Brugernavn: `drift`; koden er `{pw}`",
    "- NAS: bruker `admin` og kode `{pw}`",
    "- Switch: bruger `admin`, kodeord `{pw}`",
])
def test_a_danish_login_pairs_kode_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# Overdragelse\n\nHej! Her er det vigtigste.\n{item.replace('{pw}', password)}\nGod sæson!\n"
    assert _secrets(engine, "docs/isbarer/overdragelse.md", text) == [(4, password)]
    # (a runbook's too, which the config-form reader reads: its triggers hold `bruger`/`bruker`, so that the compiled
    # scanner hands it the line the pure-Python path does)
    assert _secrets(engine, "docs/plant/tunnel-runbook.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Rabatkode `{pw}` gælder hele juli",
    "- Se kildekode `{pw}` i repoet",
    "- Nøgle til kælderen: kode `{pw}` får du af Anders",
])
def test_a_danish_kode_without_its_users_span_does_not_block(engine: Engine, item: str) -> None:
    text = f"# Overdragelse\n\n{item.replace('{pw}', _CHOSEN[2])}\n"
    assert _secrets(engine, "docs/isbarer/overdragelse.md", text) == []


# --- a sheet's columns named in Finnish, Danish or Swedish ------------------------------------------------------------

@pytest.mark.parametrize("header,row", [
    ("kohde;osoite;laite;ip;kayttaja;salasana;asennettu", "As Oy Kuusi;Kuusitie 4;Silta;10.0.0.40;admin;{pw};2024-01-22"),
    ("Laite,IP,Käyttäjä,Salasana", "Silta,10.0.0.40,admin,{pw}"),
    ("Enhed;IP;Brugernavn;Adgangskode", "Router;192.168.1.1;admin;{pw}"),
    ("Sivusto;URL;Käyttäjätunnus;Salasana", "Pankki;https://bank.example.fi/;kirjanpito;{pw}"),
    ("Tjänst;URL;Användare;Lösenord", "Portal;https://portal.example.se/;drift;{pw}"),
])
def test_a_nordic_sheets_password_column_blocks(engine: Engine, header: str, row: str) -> None:
    password = _DRAWN[1]
    text = f"{header}\n{row.replace('{pw}', password)}\n"
    assert _secrets(engine, "exports/laitteet.csv", text) == [(2, password)]


@pytest.mark.parametrize("value", ["1Password", "********", "sovellus"])
def test_a_nordic_sheets_reference_or_masked_cell_does_not_block(engine: Engine, value: str) -> None:
    text = f"kohde;osoite;laite;ip;kayttaja;salasana\nAs Oy Kuusi;Kuusitie 4;Silta;10.0.0.40;admin;{value}\n"
    assert _secrets(engine, "exports/laitteet.csv", text) == []
