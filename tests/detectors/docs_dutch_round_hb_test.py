"""Blind round HB, Dutch documentation and exports: a Dutch-Belgian team's IT pages and handover notes give a password in
Dutch's words, built as German builds them (`Kiosk-beheerderswachtwoord: `…``, `- Wachtwoord voor de NAS: …`, `het
wachtwoord is `…``, `Gebruiker `admin`, wachtwoord `…``, a Wi-Fi network's `sleutel`), under a table's Dutch headers
(`Gebruiker | Wachtwoord`, `Inloggegevens`, a settings table's `Instelling | Waarde`). Through the engine."""
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
