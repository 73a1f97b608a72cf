"""Blind round HB, Dutch documentation and exports: a Dutch-Belgian team's IT pages and handover notes give a password in
Dutch's words, built as German builds them (`Kiosk-beheerderswachtwoord: `…``, `- Wachtwoord voor de NAS: …`, `het
wachtwoord is `…``, `Gebruiker `admin`, wachtwoord `…``, a Wi-Fi network's `sleutel`), under a table's Dutch headers
(`Gebruiker | Wachtwoord`, `Inloggegevens`, a settings table's `Instelling | Waarde`); a table of Wi-Fi networks gives each
network's key in its key column beside the SSID's (`| SSID | VLAN | Doel | Sleutel |`, English's `Key`, `Passphrase`); and
a tunnel's pre-shared key is listed bare (`- Pre-shared key: …`). Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_credential, names_a_password
from secretfence.engine import Engine
from secretfence.kinds._helpers import looks_generated

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn

_WORDS = ("Raam", "Kozijn", "Gevel", "Dakgoot", "Spiegel", "Tulp", "Molen", "Kade", "Hoeve", "Duin", "Schelde", "Reiger")
_PHRASE_WORDS = ("glas", "kit", "lat", "sponning", "roede", "beglazing", "profiel", "dorpel", "stijl", "regel")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Kozijn#Reiger4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*@") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _phrase(seed: int) -> str:
    """A Wi-Fi passphrase of four words joined by `-` and two digits (`kit-lat-roede-stijl47`)."""
    generator = random.Random(seed)
    return "-".join(generator.sample(_PHRASE_WORDS, 4)) + str(generator.randint(10, 99))


_CHOSEN = [_chosen(2860000 + step) for step in range(6)]
_PHRASE = [_phrase(2860100 + step) for step in range(2)]
_PRE_SHARED = [drawn(2860200 + step, 32) for step in range(2)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _found(engine: Engine, filename: str, text: str) -> list:
    return [finding.secret for finding in engine.scan_text(filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert all(len(value) == 32 and looks_generated(value) for value in _PRE_SHARED)


# --- a password's word compounded, as German and Dutch write it -------------------------------------------------------

@pytest.mark.parametrize("key", ["beheerderswachtwoord", "Kiosk-beheerderswachtwoord", "wifiwachtwoord", "Adminpasswort",
                                 "DB_ROOTKENNWORT", "tijdelijk_wachtwoord"])
def test_a_compounded_password_word_names_a_password(key: str) -> None:
    assert names_a_password(key) and names_a_credential(key)


@pytest.mark.parametrize("key", ["wachtwoordbeleid", "wachtwoord_lengte", "passwortfeld", "wachtwoordbeheerder", "sleutel"])
def test_a_compound_about_passwords_or_a_bare_key_names_none(key: str) -> None:
    assert not names_a_password(key)


# --- a Dutch label and sentence --------------------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "Guided Access / kiosk-beheerderswachtwoord: `{pw}`",
    "- **Beheerderswachtwoord**: `{pw}`",
    "- Wachtwoord voor de NAS: `{pw}`",
    "- Wachtwoord voor de NAS: {pw}",
    "Het wachtwoord is `{pw}`.",
    "Gebruiker `admin`, wachtwoord `{pw}`",
    "- Kiosk-Adminpasswort: `{pw}`",
])
def test_a_dutch_labels_or_sentences_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[0]
    text = f"# iPads van de plaatsers\n\n- Beheer via Intune.\n{item.replace('{pw}', password)}\nNa gebruik melden.\n"
    assert _secrets(engine, "docs/it/tablets.md", text) == [(4, password)]


def test_a_wifi_networks_dutch_key_blocks(engine: Engine) -> None:
    phrase = _PHRASE[0]
    text = f"# Wifi\n\n- Wifi `Verkoop` (WPA2), sleutel `{phrase}`\n"
    assert _secrets(engine, "docs/it/wifi.md", text) == [(3, phrase)]


@pytest.mark.parametrize("item", [
    "- Wachtwoord: zie 1Password",
    "- Wachtwoord: `<jouw wachtwoord>`",
    "- Wachtwoord: `changeme`",
    "- Wachtwoordbeheerder: `Bitwarden`",
    "- Wachtwoord vergeten: `Instellingen > Account`",
    "De sleutel `Magazijn-3` ligt bij de chef.",
])
def test_a_dutch_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/it/nas.md", f"# NAS\n\n{item}\n") == []


# --- a Dutch table -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Wachtwoord", "Beheerderswachtwoord", "Wachtwoord (lokaal)", "Wifi-wachtwoord"])
def test_a_dutch_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[1]
    text = (f"| Host | Gebruiker | {header} |\n|---|---|---|\n| ftp.example.be | webbureau | {password} |\n"
            f"| nas01 | admin | zie 1Password |\n")
    assert _secrets(engine, "docs/website/hosting.md", text) == [(3, password)]


@pytest.mark.parametrize("header", ["Wachtwoordbeleid", "Wachtwoord gewijzigd"])
def test_a_dutch_column_naming_no_password_is_not_read(engine: Engine, header: str) -> None:
    text = f"| Apparaat | {header} |\n|---|---|\n| NAS | `{_CHOSEN[1]}` |\n"
    assert _blocked(engine, "docs/it/apparaten.md", text) == []


@pytest.mark.parametrize("header", ["Inloggegevens", "Gebruiker / wachtwoord"])
def test_a_dutch_login_columns_pair_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[2]
    text = f"| Apparaat | {header} |\n|---|---|\n| NAS | admin / {password} |\n| Printer | via het webportaal |\n"
    assert _secrets(engine, "docs/it/apparaten.md", text) == [(3, password)]


def test_a_dutch_settings_tables_password_row_blocks(engine: Engine) -> None:
    password = _CHOSEN[3]
    text = (f"| Instelling   | Waarde |\n|---|---|\n| SMTP-server | smtp.office365.com : 587 |\n"
            f"| Gebruiker | scan@example.be |\n| Wachtwoord | {password} |\n")
    assert _secrets(engine, "docs/it/printers.md", text) == [(5, password)]


# --- a table of Wi-Fi networks: the SSID's column and a key's ----------------------------------------------------------

@pytest.mark.parametrize("header,key", [
    ("| SSID | VLAN | Doel | Sleutel |", "Sleutel"),
    ("| SSID | VLAN | Purpose | Key |", "Key"),
    ("| Netzwerkname | VLAN | Zweck | Schlüssel |", "Schlüssel"),
    ("| Network name | VLAN | Purpose | WPA2 passphrase |", "Passphrase"),
])
def test_a_wifi_tables_key_column_blocks(engine: Engine, header: str, key: str) -> None:
    phrase, password = _PHRASE[1], _CHOSEN[4]
    text = (f"# Netwerk\n\n{header}\n|---|---|---|---|\n| Gast | 30 | klanten | wordt dagelijks gewijzigd |\n"
            f"| Intern | 10 | laptops | `{password}` |\n| Lab | 20 | tests | {phrase} |\n"
            f"| IoT | 40 | demo | certificaat (EAP-TLS) |\n| Oud | 50 | - | `WPA2-PSK` |\n")
    assert _secrets(engine, "docs/it/netwerk.md", text) == [(6, password), (7, phrase)]


@pytest.mark.parametrize("header", ["| Naam | Sleutel |", "| Table | Key |", "| Sleutelkast | Sleutel |"])
def test_a_key_column_with_no_ssid_beside_it_is_not_read(engine: Engine, header: str) -> None:
    text = f"{header}\n|---|---|\n| Magazijn | `{_CHOSEN[5]}` |\n"
    assert _blocked(engine, "docs/it/sleutels.md", text) == []


# --- a tunnel's pre-shared key listed bare ---------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Pre-shared key", "Clave precompartida", "Chave pré-compartilhada"])
def test_a_listed_pre_shared_key_blocks(engine: Engine, label: str) -> None:
    key = _PRE_SHARED[0]
    text = f"# VPN\n\n- FortiGate 60F, IKEv2.\n- {label}: {key}\n\nBij storing eerst de tunnel controleren.\n"
    assert _secrets(engine, "docs/it/vpn.md", text) == [(4, key)]


@pytest.mark.parametrize("item", ["- Pre-shared key: `<psk>`", "- Pre-shared key: ${VPN_PSK}", "- Pre-shared key: changeme",
                                  "- Pre-shared key: <your-pre-shared-key>", "- Pre-shared key: zie 1Password",
                                  "- Authentication method: Pre-shared key"])
def test_a_listed_pre_shared_keys_stand_in_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/it/vpn.md", f"# VPN\n\n{item}\n") == []
