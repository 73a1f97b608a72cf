"""Blind rounds HH and HL: a Polish team's service pages, runbooks and meeting notes give a password in Polish's words,
ordered as the Romance languages order theirs (`- Hasło do routera: …`, `- Hasło serwisowe: `…``, `hasło to `…``), under a
table's Polish headers (`| Login | Hasło |`, `| Użytkownik / hasło |`, a settings table's `| Parametr | Wartość |`); a list
of an account's details names its user in the team's language (`- użytkownik: `…``); a meeting's dated minutes are the
team's own record; a handover note's login at the team's reserved domain (`ops@shop.example`) is no sentence saying
example; and a page's Tasmota console commands (`Backlog …; MqttPassword …`) give the plugs' broker password. Through the
engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_WORDS = ("Wisla", "Tatry", "Bursztyn", "Sosna", "Jodla", "Kamien", "Potok", "Zamek", "Brzoza", "Kruk", "Rynek", "Most")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Sosna#Kruk4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _short(seed: int) -> str:
    """A shorter password a person chose: a word, a symbol, four digits (`Tatry#4471`): below documentation's bar, a
    password on the team's own record."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$") + str(generator.randint(1000, 9999))


_CHOSEN = [_chosen(2910000 + step) for step in range(8)]
_SHORT = [_short(2910300 + step) for step in range(2)]
_GENERATED = [drawn_mixed(2910100 + step, 14) for step in range(3)]
_BROKER = [drawn(2910200 + step, 16) for step in range(2)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert all(len(value) == 14 for value in _GENERATED)


# --- a Polish label and sentence -------------------------------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Hasło do routera: `{pw}`",
    "- Hasło do routera: {pw}",
    "- Hasło serwisowe: `{pw}`",
    "- Hasło administratora: {pw}",
    "Hasło to `{pw}`.",
    "Użytkownik `admin`, hasło `{pw}`",
    "- Haslo dla serwisu: `{pw}`",
])
def test_a_polish_labels_or_sentences_password_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[0]
    text = f"# Kasy na parkingu\n\n- Zarządzanie przez Intune.\n{item.replace('{pw}', password)}\nPo użyciu zgłosić.\n"
    assert _secrets(engine, "docs/serwis/kasy.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Hasło: zobacz 1Password",
    "- Hasło: `<twoje hasło>`",
    "- Hasło: `changeme`",
    "- Hasło zapomniane: `Ustawienia > Konto`",
])
def test_a_polish_label_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/serwis/nas.md", f"# NAS\n\n{item.replace('{pw}', _CHOSEN[1])}\n") == []


# --- a Polish table --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Hasło", "Hasło administratora", "Haslo (lokalne)"])
def test_a_polish_password_column_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[2]
    text = (f"| Obiekt | Login | {header} |\n|---|---|---|\n| KRK-1 | serwis | `{password}` |\n"
            f"| KAT-2 | admin | w sejfie |\n")
    assert _secrets(engine, "docs/serwis/szlabany.md", text) == [(3, password)]


@pytest.mark.parametrize("header", ["Dane logowania", "Użytkownik / hasło"])
def test_a_polish_login_columns_pair_blocks(engine: Engine, header: str) -> None:
    password = _CHOSEN[3]
    text = f"| Urządzenie | {header} |\n|---|---|\n| NAS | admin / {password} |\n| Drukarka | przez portal |\n"
    assert _secrets(engine, "docs/it/urzadzenia.md", text) == [(3, password)]


def test_a_polish_settings_tables_password_row_blocks(engine: Engine) -> None:
    password = _CHOSEN[4]
    text = (f"| Parametr | Wartość |\n|---|---|\n| Serwer | `smtp.example.pl:465` |\n"
            f"| Login | `paragony@example.pl` |\n| Hasło | `{password}` |\n")
    assert _secrets(engine, "docs/it/poczta.md", text) == [(5, password)]


# --- an account's details listed, its user in the team's language ----------------------------------------------------

@pytest.mark.parametrize("user,password", [("użytkownik", "hasło"), ("Benutzer", "Passwort"), ("usuario", "contraseña"),
                                           ("user", "password")])
def test_an_account_lists_generated_password_blocks(engine: Engine, user: str, password: str) -> None:
    value = _GENERATED[0]
    text = (f"# Eksport\n\nDane FTP:\n- host: `ftp.partner.pl`, port 21\n- {user}: `parkplus`\n- {password}: `{value}`\n\n"
            f"Uwaga: limit logowań.\n")
    assert _secrets(engine, "docs/windykacja/eksport.md", text) == [(6, value)]


def test_an_account_list_with_a_tutorials_host_is_not_blocked(engine: Engine) -> None:
    text = f"# FTP\n\n- host: `localhost`, port 21\n- użytkownik: `demo`\n- hasło: `{_GENERATED[1]}`\n"
    assert _blocked(engine, "docs/ftp.md", text) == []


# --- a meeting's dated minutes: the team's own record ----------------------------------------------------------------

@pytest.mark.parametrize("path", ["docs/spotkania/2026-11-18-serwis.md", "docs/meetings/2026-03-02-vendor.md",
                                  "notes/minutes/20260302_it.md", "docs/besprechungen/2026-01-09-wartung.md"])
def test_a_meetings_minutes_chosen_password_blocks(engine: Engine, path: str) -> None:
    password = _SHORT[0]
    text = (f"# Spotkanie\n\n## Ustalenia\n1. Konto VPN dla serwisu (`vpn.example.pl:10443`):\n   - login: `serwis`\n"
            f"   - hasło: `{password}`\n   - ważne do końca roku.\n")
    assert _secrets(engine, path, text) == [(6, password)]


@pytest.mark.parametrize("path", ["docs/meetings/scheduling.md", "docs/spotkania/jak-zalozyc.md", "docs/serwis/vpn.md"])
def test_a_page_no_dated_minutes_stays_documentation(engine: Engine, path: str) -> None:
    text = f"# VPN\n\n- login: `serwis`\n- hasło: `{_SHORT[0]}`\n"
    assert _blocked(engine, path, text) == []


# --- a handover note's login at the team's reserved domain ---------------------------------------------------------

def test_a_handover_notes_login_at_a_reserved_domain_blocks(engine: Engine) -> None:
    password = _CHOSEN[6]
    text = (f"# Front desk handover\n\n- Booking admin: log in as `desk@rooms.example`, password `{password}` (change it)\n"
            f"- Terminal: already paired\n")
    assert _secrets(engine, "docs/handover/2026-11-desk.md", text) == [(3, password)]


@pytest.mark.parametrize("line", ["- Booking admin: log in as `desk@rooms.example`, password `{pw}`",
                                  "- For example: log in as `desk@shop.com`, password `{pw}`"])
def test_a_tutorials_login_at_a_reserved_domain_is_not_blocked(engine: Engine, line: str) -> None:
    path = "docs/setup/desk.md" if "example`" in line else "docs/handover/desk.md"
    assert _blocked(engine, path, f"# Desk\n\n{line.replace('{pw}', _CHOSEN[7])}\n") == []


# --- a token recorded with the day it was issued, in the team's language ----------------------------------------------

@pytest.mark.parametrize("lead_in", [
    "- Token autoryzacyjny (wygenerowany w aplikacji podatnika 2026-10-01, uprawnienia: faktury):",
    "- API-Token (erstellt am 2026-10-01 im Portal):",
    "- Token de acceso (generado el 2026-10-01, permisos: facturas):",
    "- Their token (issued 2026-10-01, scope `invoices`):",
])
def test_a_token_recorded_with_its_issued_day_blocks(engine: Engine, lead_in: str) -> None:
    token = drawn(2910400, 64, "0123456789ABCDEF")
    text = f"# Faktury\n\n{lead_in}\n\n`{token}`\n\nSerwis czyta token z `KSEF_TOKEN`.\n"
    assert _secrets(engine, "docs/finanse/ksef.md", text) == [(5, token)]


@pytest.mark.parametrize("lead_in", [
    "- Token testowy (wygenerowany w środowisku demo 2026-10-01):",
    "- Token autoryzacyjny (wygenerowany w aplikacji podatnika):",
    "- Token autoryzacyjny, na przykład:",
])
def test_a_token_with_no_issued_day_or_a_test_ones_is_not_blocked(engine: Engine, lead_in: str) -> None:
    text = f"# Faktury\n\n{lead_in}\n\n`{drawn(2910401, 64, '0123456789ABCDEF')}`\n"
    assert _blocked(engine, "docs/finanse/ksef.md", text) == []


# --- a page's Tasmota console commands --------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["Backlog MqttHost 10.0.20.5; MqttUser plug; MqttPassword {pw}; Topic fog_%06X",
                                     "Backlog MqttHost 192.168.4.2; SSID1 Props; Password1 {pw}; WifiConfig 4",
                                     'curl -s "http://10.0.20.31/cm" --data-urlencode "cmnd=Backlog WebPassword {pw}"'])
def test_a_pages_tasmota_commands_password_blocks(engine: Engine, command: str) -> None:
    password = _BROKER[0]
    text = f"# Plugs\n\nPaste this in each plug's console:\n\n```\n{command.replace('{pw}', password)}\n```\n"
    assert _secrets(engine, "docs/props/tasmota.md", text) == [(6, password)]


@pytest.mark.parametrize("value", ["mypassword", "<password>", "YOUR_PASSWORD", "changeme"])
def test_a_tutorials_tasmota_command_is_not_blocked(engine: Engine, value: str) -> None:
    text = f"# MQTT\n\n```\nBacklog MqttHost broker.local; MqttUser user; MqttPassword {value}\n```\n"
    assert _blocked(engine, "docs/mqtt.md", text) == []


def test_a_tasmota_command_naming_no_private_address_is_not_blocked(engine: Engine) -> None:
    text = f"# Plugs\n\n```\nBacklog MqttHost broker.local; MqttUser plug; MqttPassword {_BROKER[1]}; Topic fog\n```\n"
    assert _blocked(engine, "docs/props/tasmota.md", text) == []
