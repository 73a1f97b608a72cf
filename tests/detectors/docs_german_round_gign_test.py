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
from secretfence.kinds._config_forms import persons_password, stated_in_use
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


# --- a German label, its words in German's order -------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Passwort DiagnosticTool: `{pw}`",
    "- Kennwort für den Router: `{pw}`",
    "- **Admin-Passwort**: `{pw}`",
    "- Passwort DiagnosticTool: {pw}",
    "- WLAN-Kennwort für die Werkstatt: {pw}",
    "- Kennwort: `{pw}`",
])
def test_a_german_labels_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Übergabe Werkstatt\n\n## Diagnose-Laptop\n- Windows-Login: `werkstatt` / PIN auf dem Zettel\n"
            f"{item.replace('{pw}', password)}\n- Updates nur nach Feierabend\n")
    assert _secrets(engine, "docs/handover/werkstatt.md", text) == [(5, password)]


@pytest.mark.parametrize("item", [
    "- Passwort: siehe KeePass",
    "- Passwort DiagnosticTool: `<dein Passwort>`",
    "- Passwort: `changeme`",
    "- Passwortmanager: `Bitwarden`",
    "- Passwort ändern: `Einstellungen > Konto`",
])
def test_a_german_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/handover/werkstatt.md", f"## Diagnose-Laptop\n{item}\n") == []


# --- a German sentence's span: `Schlüssel `…``, `Kennwort `…``, `lautet `…`` ---------------------------------------------

@pytest.mark.parametrize("line,value", [
    ("3. **WLAN Mitarbeitende**: Netz `Werkstatt-Team`, Schlüssel `{v}`", _PHRASE[0]),
    ("- WLAN Gäste (WPA2): Netzwerkschlüssel `{v}`", _GENERATED[0]),
    ("Im WLAN `Laden` lautet das Passwort `{v}`.", _PHRASE[1]),
    ("Benutzer `admin`, Kennwort `{v}`", _CHOSEN[1]),
])
def test_a_german_sentences_password_span_blocks(engine: Engine, line: str, value: str) -> None:
    text = f"# Erster Arbeitstag\n\n{line.replace('{v}', value)}\n"
    assert _secrets(engine, "docs/onboarding/erster-tag.md", text) == [(3, value)]


@pytest.mark.parametrize("line", [
    "1. **Schlüssel**: Schlüssel `Werkstatt-3` bekommst du von Anja.",
    "- WLAN (WPA2), Schlüsselverwaltung `PSK`",
    "Der Passwortmanager `Bitwarden` liegt im Ordner `IT`.",
])
def test_a_german_sentence_naming_no_password_is_not_read(engine: Engine, line: str) -> None:
    assert _found(engine, "docs/onboarding/erster-tag.md", f"# Start\n\n{line}\n") == []


# --- a German sign-in sentence and login label ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "2. Anmeldung als `admin` mit `{pw}`",
    "Melde dich am Cloud Key als `ubnt-local` mit dem Passwort `{pw}` an.",
    "Einloggen mit `backup-op` / `{pw}` und Snapshot öffnen.",
    "- Zugangsdaten: `admin` / `{pw}`",
    "- Benutzer/Passwort: `admin` / `{pw}`",
    "- NAS: Zugang admin / {pw}",
])
def test_a_german_sign_in_pair_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[2]
    assert _secrets(engine, "docs/it/nas.md", f"# NAS\n\n{line.replace('{pw}', password)}\n") == [(3, password)]


@pytest.mark.parametrize("line", [
    "Anmeldung als `ro` mit `pgAdmin4`",
    "- Zugangsdaten: `admin` / `<Passwort>`",
    "Einloggen mit `admin` / `admin`",
])
def test_a_german_sign_in_with_a_tool_or_a_stock_password_does_not_block(engine: Engine, line: str) -> None:
    assert _blocked(engine, "docs/it/nas.md", f"# NAS\n\n{line}\n") == []


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


def test_a_german_settings_tables_password_row_blocks(engine: Engine) -> None:
    password = _CHOSEN[5]
    text = f"| Einstellung | Wert |\n|---|---|\n| Server | `nas01.intern` |\n| Kennwort | `{password}` |\n"
    assert _secrets(engine, "docs/it/backup.md", text) == [(4, password)]


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


# --- a password's label with an aside saying it is the one on every device -----------------------------------------------

@pytest.mark.parametrize("line", [
    "4. Change the admin password -- **we use the same one on every truck**: `{pw}`",
    "- Admin password (same for all tills): `{pw}`",
    "- NVR password — shared by all sites: `{pw}`",
    "- Admin-Passwort – überall gleich: `{pw}`",
    "- Kennwort (gleiches auf allen Kameras): `{pw}`",
])
def test_a_persons_password_stated_in_use_on_every_device_blocks(engine: Engine, line: str) -> None:
    password = _SHORT[0]
    text = (f"# Dashcam install checklist\n\n3. Connect to the unit's hotspot, open http://192.168.1.1\n"
            f"{line.replace('{pw}', password)}\n5. Set the time zone.\n")
    assert _secrets(engine, "docs/fleet/dashcam-install.md", text) == [(4, password)]


@pytest.mark.parametrize("line,value", [
    ("4. Change the admin password -- rotate it after the install: `{pw}`", _SHORT[1]),  # (no statement: a warning)
    ("4. Change the admin password -- **we use the same one on every truck**: `{pw}`", "Welcome1!"),
    ("4. Change the admin password -- **we use the same one on every truck**: `{pw}`", "hikvision"),
])
def test_an_aside_saying_nothing_so_or_a_stock_password_warns(engine: Engine, line: str, value: str) -> None:
    text = f"# Dashcam install checklist\n\n{line.replace('{pw}', value)}\n"
    assert _blocked(engine, "docs/fleet/dashcam-install.md", text) == []


def test_a_statement_of_use_and_a_persons_password_are_read_as_said() -> None:
    assert stated_in_use("Change the admin password -- **we use the same one on every truck**:")
    assert stated_in_use("- Kennwort (dasselbe auf allen Kassen):")
    assert not stated_in_use("- Admin password (rotate quarterly):")
    assert not stated_in_use("Use the same shell for every command:")  # (the same thing, not the password)
    assert all(persons_password(value) for value in _SHORT)
    assert not persons_password("Welcome1!") and not persons_password("abcdefgh")
