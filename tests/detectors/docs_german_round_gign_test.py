"""Blind rounds GI-GN, German documentation and exports: a German team's handover note, network page and onboarding page
give a password in German's words and order (`- Passwort DiagnosticTool: `…``, `Kennwort für den Router: …`, `Netz
`Team`, Schlüssel `…``, `Anmeldung als `ops` mit `…``, `- Zugangsdaten: `ops` / `…``), in a table's `Zugang` (access)
column after words saying whose (`lokaler Admin `ubnt` / `…``) or under German headers (`Passwort`, `Admin-Kennwort`,
`Wert`); a device inventory names its columns in German (`geraet`, `Seriennummer`, `admin_passwort`); and a password's
label with an aside set off by a dash, saying the password is the one on every device (`Change the admin password --
**we use the same one on every truck**: `…``), blocks where a person chose it. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine
from secretfence.kinds._helpers import looks_generated

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Birke", "Kiefer", "Ahorn", "Linde", "Falke", "Marder", "Kranich", "Quelle", "Anker", "Granit", "Lerche", "Otter")
_PHRASE_WORDS = ("hub", "gear", "chain", "spoke", "saddle", "valve", "crank", "pedal", "rim", "brake", "lever", "fork")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Birke&Falke4729`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _short_chosen(seed: int) -> str:
    """A person's password under the twelve characters that read as chosen with care: a word, a symbol, four digits, a
    symbol (`Falke#2817?`)."""
    generator = random.Random(seed)
    return (generator.choice(("Falke", "Linde", "Anker", "Otter")) + generator.choice("#%!&") + str(generator.randint(1000, 9999))
            + generator.choice("?!+"))


def _phrase(seed: int) -> str:
    """A Wi-Fi passphrase of four words joined by `-` and two digits (`chain-valve-rim-lever47`)."""
    generator = random.Random(seed)
    return "-".join(generator.sample(_PHRASE_WORDS, 4)) + str(generator.randint(10, 99))


_CHOSEN = [_chosen(2370000 + step) for step in range(6)]
_SHORT = [_short_chosen(2370100 + step) for step in range(4)]
_PHRASE = [_phrase(2370200 + step) for step in range(2)]
_GENERATED = [drawn_mixed(2370300 + step, 14) for step in range(2)]


def _inventory_chosen(seed: int) -> str:
    """A device's password a person chose, too short and worded to look generated: two short words, a symbol between,
    three digits (`Nabe#Pedal512`): a device inventory's cell blocks it only as the devices' own."""
    generator = random.Random(seed)
    words = ("Kette", "Nabe", "Felge", "Pedal")
    return generator.choice(words) + generator.choice("#!&") + generator.choice(words) + str(generator.randint(100, 999))


_INVENTORY = [_inventory_chosen(2370400 + step) for step in range(2)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _found(engine: Engine, filename: str, text: str) -> list:
    return [finding.secret for finding in engine.scan_text(filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) == 11 for value in _SHORT)
    assert all(len(value) >= 12 for value in _CHOSEN)
    assert not any(looks_generated(value) for value in _INVENTORY)





# --- a German table: `Zugang`, `Zugangsdaten`, `Passwort`, `Wert` --------------------------------------------------------

@pytest.mark.parametrize("header,cell", [
    ("Zugang", "lokaler Admin `ubnt-local` / `{pw}`"),
    ("Access", "local admin `ubnt-local` / `{pw}`"),
    ("Zugang", "`admin` / `{pw}`"),
    ("Zugangsdaten", "admin / {pw}"),
    ("Login", "Controller `ubnt-local` / `{pw}`"),
])
def test_a_tables_login_pair_in_an_access_or_login_column_blocks(engine: Engine, header: str, cell: str) -> None:
    password = _CHOSEN[3]
    text = (f"# Netzwerk\n\n| Gerät | IP | {header} |\n|-------|----|--------|\n"
            f"| FRITZ!Box 7590 | 192.168.20.1 | KeePass \"FritzBox\" |\n"
            f"| UniFi Cloud Key | 192.168.20.2 | {cell.replace('{pw}', password)} |\n"
            f"| AP Laden | 192.168.20.11 | über Cloud Key |\n")
    assert _secrets(engine, "docs/it/netzwerk.md", text) == [(6, password)]
    assert _found(engine, "docs/it/netzwerk.md", text) == [password]  # (the cells saying how, in words: no value)


@pytest.mark.parametrize("cell", ["`read` / `write`", "read / write", "über VPN / Jumphost", "`ro` / `rw`"])
def test_an_access_columns_cell_in_words_is_not_read(engine: Engine, cell: str) -> None:
    text = f"| Rolle | Access |\n|---|---|\n| Ops | {cell} |\n"
    assert _found(engine, "docs/it/rollen.md", text) == []


@pytest.mark.parametrize("header", ["Passwort", "Admin-Kennwort", "Kennwort (lokal)", "Rootpasswort"])
def test_a_german_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[4]
    text = f"| Gerät | Benutzer | {header} |\n|---|---|---|\n| NAS | admin | `{password}` |\n| Drucker | admin | siehe KeePass |\n"
    assert _secrets(engine, "docs/it/geraete.md", text) == [(3, password)]


@pytest.mark.parametrize("header", ["Passwortrichtlinie", "Passwort geändert", "Passwort-Manager"])
def test_a_german_column_naming_no_password_is_not_read(engine: Engine, header: str) -> None:
    text = f"| Gerät | {header} |\n|---|---|\n| NAS | `{_CHOSEN[4]}` |\n"
    assert _blocked(engine, "docs/it/geraete.md", text) == []


# --- a German device inventory -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("header,row", [
    ("geraet;standort;ip;seriennummer;admin_user;admin_passwort;notiz", "WS-DIAG-02 Lenovo;Werkstatt;DHCP;PF3KX9ZA;.\\admin;{pw};"),
    ("Gerätename,Seriennummer,Passwort", "Kasse 1,HF1C4WQX,{pw}"),
    ("Inventar-Nr,Standort,Kennwort", "INV-0042,Büro,{pw}"),
    ("Dienst,SMTP Benutzer,SMTP Kennwort", "Scanner,scan-relay,{pw}"),
])
def test_a_german_device_inventorys_password_column_blocks(engine: Engine, header: str, row: str) -> None:
    password = _INVENTORY[0]
    text = f"{header}\n{row.replace('{pw}', password)}\n"
    assert _secrets(engine, "it/inventory/geraete.csv", text) == [(2, password)]


@pytest.mark.parametrize("value", ["siehe KeePass", "changeme", "********", "Werkseinstellung geändert, KeePass", ""])
def test_a_german_inventorys_reference_or_stock_cell_does_not_block(engine: Engine, value: str) -> None:
    text = f"geraet;seriennummer;admin_user;admin_passwort\nNAS01;2140QJR7B8X12;admin;{value}\n"
    assert _blocked(engine, "it/inventory/geraete.csv", text) == []
