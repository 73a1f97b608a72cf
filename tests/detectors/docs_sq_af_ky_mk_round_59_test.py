"""Blind round 59: an Albanian, Afrikaans, Kyrgyz, Macedonian, Nepali or Tamil team's handover notes, device tables and
runbooks give a password in their own words. Albanian calls it `fjalëkalim` (`fjalëkalimi` definite; its `ë` spelled `e`
too), Afrikaans `wagwoord` (Dutch's word as Afrikaans spells it, compounded as Dutch's: `Onbewaakte toegang wagwoord`),
Kyrgyz `сырсөз` (a secret word, as Kazakh's `құпиясөз`; `сырсөзү` its possessive), Macedonian `лозинка` (Serbian's
Cyrillic word), Nepali and Hindi `पासवर्ड`, Tamil `கடவுச்சொல்`: read by the readers the other languages' words go through
(not copies), as a list item's or a sentence's code span after the word, a Markdown table's password column, and a
settings table's row under its value column (Macedonian's `| Што | Вредност |`). A cell or a sentence saying where the
password is and a placeholder stay none. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_password
from secretfence.engine import Engine
from secretfence.kinds._helpers import generated_password

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Tomorr", "Drini", "Karoo", "Swartberg", "Issyk", "Naryn", "Ohrid", "Vardar", "Kaveri", "Madurai", "Pokhara")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Naryn!Ohrid4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


_CHOSEN = [_chosen(5200000 + step) for step in range(8)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)


@pytest.mark.parametrize("key", ["fjalëkalimi", "Fjalekalim", "ROUTER_FJALEKALIMI", "wagwoord", "admin_wagwoord",
                                 "beheerderwagwoord", "сырсөз", "Сырсөзү", "पासवर्ड", "கடவுச்சொல்"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


# --- a list item's or a sentence's password after its word ------------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Fjalëkalimi: `{pw}`",  # (Albanian's, definite)
    "- Tableti lidhet me WiFi `Staf`, fjalëkalimi `{pw}`",
    "- fjalekalimi i routerit: `{pw}`",  # (its `ë` spelled `e`, what it is for after it)
    "- wagwoord: `{pw}`",  # (Afrikaans's)
    "  wagwoord `{pw}` (verander elke 90 dae)",
    "- Onbewaakte toegang wagwoord: {pw}",  # (compounded before a bare value, as Dutch's `… wachtwoord: …`)
    "- Admin-wagwoord: `{pw}`",
    "  - сырсөз: `{pw}`",  # (Kyrgyz's)
    "- Сырсөз: `{pw}`",
    "- पासवर्ड: `{pw}`",  # (Nepali's and Hindi's)
    "- கடவுச்சொல்: `{pw}`",  # (Tamil's)
])
def test_a_password_after_its_word_in_these_languages_blocks(engine: Engine, item: str) -> None:
    password = _CHOSEN[1]
    text = f"# IT\n\n1. Hyrja.\n{item.replace('{pw}', password)}\n- Kontakt: IT, 212.\n"
    assert _secrets(engine, "docs/handover/dorezimi.md", text) == [(4, password)]


@pytest.mark.parametrize("item", [
    "- Fjalëkalimi: shiko Bitwarden",
    "- Fjalëkalimi: `<fjalëkalimi>`",
    "- fjalëkalimi `${ROUTER_PASSWORD}`",
    "- Wagwoord: sien kluis",
    "- wagwoord: `changeme`",
    "- Wagwoord vergeet? Bel Riaan.",
    "- Сырсөз: Vaultwarden'де сакталат",
    "- сырсөз `<сырсөз>`",
    "- पासवर्ड: Bitwarden मा छ",
])
def test_a_label_in_these_languages_over_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/handover/dorezimi.md", f"# IT\n\n{item}\n") == []


# --- a Markdown table's password column -------------------------------------------------------------------------------

@pytest.mark.parametrize("user, header", [("Përdoruesi", "Fjalëkalimi"), ("Gebruiker", "Wagwoord"), ("Логин", "Сырсөз"),
                                          ("प्रयोगकर्ता", "पासवर्ड"), ("பயனர்", "கடவுச்சொல்")])
def test_a_password_column_in_these_languages_blocks(engine: Engine, user: str, header: str) -> None:
    password = _CHOSEN[0]
    text = (f"# Pajisjet\n\n| Pajisja | IP | {user} | {header} |\n|---|---|---|---|\n"
            f"| NVR | 10.9.1.10 | admin | `{password}` |\n| Switch | 10.9.0.2 | admin | sien kluis |\n"
            f"| UPS | 10.9.0.5 | apc | (default, ndryshoje!) |\n")
    assert _secrets(engine, "docs/net/pajisjet.md", text) == [(5, password)]


# --- a settings table's row under its value column ---------------------------------------------------------------------

@pytest.mark.parametrize("what, value, user, word", [
    ("Што", "Вредност", "Корисник", "Лозинка"),  # (Macedonian's)
    ("Stavka", "Vrednost", "Korisnik", "Lozinka"),  # (Serbian's Latin)
    ("Çfarë", "Vlera", "Përdoruesi", "Fjalëkalimi"),  # (Albanian's)
    ("Wat", "Waarde", "Gebruiker", "Wagwoord"),  # (Afrikaans's)
])
def test_a_password_row_under_a_value_column_blocks(engine: Engine, what: str, value: str, user: str, word: str) -> None:
    password = _CHOSEN[2]
    text = (f"# E-mail\n\n| {what} | {value} |\n|-----|----------|\n| Server | smtp.zoho.eu : 465 (SSL) |\n"
            f"| {user} | prodazba@example.mk |\n| {word} | `{password}` |\n| IMAP | imap.zoho.eu : 993 |\n")
    assert _secrets(engine, "docs/handover-mail.md", text) == [(7, password)]


def _panel_drawn(seed: int) -> str:
    """A password a hosting panel drew (14 letters and digits, digits among the letters: `Co3dkoXswT4Fjb`'s shape)."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(14))
        if generated_password(value):
            return value


# --- a server's list: its shell's sign-in command gives the account, a label in any alphabet -------------------------

@pytest.mark.parametrize("login, word", [
    ("- Кирүү: `ssh root@185.22.64.18`", "- root сырсөзү (панелден берилген, алмаштырылган жок): {pw}"),  # (Kyrgyz's)
    ("- Login: `ssh -p 2222 root@vps1.bozuy.kg`", "- root password (from the panel): {pw}"),
    ("- Hyrja: `ssh root@10.8.0.20`", "- Fjalëkalimi i root: {pw}"),  # (Albanian's)
])
def test_a_panel_drawn_password_under_a_servers_ssh_login_blocks(engine: Engine, login: str, word: str) -> None:
    password = _panel_drawn(5200020)
    text = (f"# Серверлер\n\n## vps1\n- Провайдер: PS.kg, тариф VPS-2\n- IP: 185.22.64.18\n{login}\n"
            f"{word.replace('{pw}', password)}\n- Деплой: `deploy` колдонуучусу, ачкыч менен\n")
    assert _secrets(engine, "docs/servers.md", text) == [(7, password)]


@pytest.mark.parametrize("login", ["- Login: `ssh root@your-server.example.com`", "- Login: `ssh root@localhost`",
                                   "- Кирүү: SSH ачкыч менен"])
def test_a_drawn_value_without_the_teams_own_login_is_not_blocked(engine: Engine, login: str) -> None:
    text = f"# Connect\n\n## Server\n- Port: 22\n{login}\n- root password: {_panel_drawn(5200021)}\n"
    assert _blocked(engine, "docs/tutorial.md", text) == []


def test_a_value_column_of_settings_naming_no_password_is_not_blocked(engine: Engine) -> None:
    text = ("# E-mail\n\n| Што | Вредност |\n|-----|----------|\n| Сервер | smtp.zoho.eu |\n"
            "| Порта | 465 |\n| Лозинка | во Bitwarden |\n")
    assert _blocked(engine, "docs/handover-mail.md", text) == []


# --- a device's administrator account and its password, bare after any label ----------------------------------------

@pytest.mark.parametrize("name, item", [
    ("network/mikrotik/README.txt", "Winbox:    admin / {pw}"),  # (a router's tool as the label, in a plain text note)
    ("docs/network.md", "- Router: admin / {pw}"),
    ("docs/network.md", "- NVR: root / {pw} (смени го по инсталацијата!)"),
    ("docs/network.md", "- Рутер:\tadmin / {pw}"),
])
def test_an_administrators_pair_after_any_label_blocks(engine: Engine, name: str, item: str) -> None:
    password = _CHOSEN[3]
    text = (f"MikroTik hAP ax2 - пристаниште Galeb\n=====\nIP:        10.20.0.1\n{item.replace('{pw}', password)}\n"
            "WiFi гости: Galeb-Guest (без лозинка, captive portal)\n")
    assert _secrets(engine, name, text) == [(4, password)]


@pytest.mark.parametrize("item", ["- Roles: admin / viewer", "- Router: admin / see Bitwarden", "- Router: admin / admin",
                                  "- Router: admin / <password>", "- Permissions: root / wheel", "- Users: admin / guest / operator",
                                  "- Path: admin / settings", "- Router: admin / 1234"])
def test_an_administrators_pair_naming_no_password_is_not_blocked(engine: Engine, item: str) -> None:
    assert _blocked(engine, "docs/network.md", f"# Network\n\n{item}\n") == []


@pytest.mark.parametrize("name", ["docs/network.md", "network/mikrotik/README.txt"])
@pytest.mark.parametrize("item", ["- Router: admin / admin (WPA2 key: `{pw}`)", "- Router: admin / default (wifi key `{pw}`)",
                                  "- Login: admin / admin (WPA2 key: `{pw}`)"])
def test_a_key_in_the_note_after_a_stock_administrators_pair_blocks(engine: Engine, name: str, item: str) -> None:
    # (the pair's stock password is none; the note after it is the line's other readers' to read, as before the pair
    # was read after any label: the pair's reader no longer ends the line's reading there)
    password = _CHOSEN[5]
    text = f"# Network\n\nIP: 10.20.0.1\n{item.replace('{pw}', password)}\n"
    assert _secrets(engine, name, text) == [(4, password)]


# --- a note named for the passwords it keeps: each line's value after its label ---------------------------------------

@pytest.mark.parametrize("name", ["docs/notes/office-passwords.txt", "notes/office-passwords.txt", "office-passwords.txt",
                                  "it/creds.md"])
def test_a_value_listed_in_a_passwords_note_blocks(engine: Engine, name: str) -> None:
    chosen, drawn = _CHOSEN[4], _panel_drawn(5200030)
    text = ("office stuff - do not share\n===========================\n"
            f"wifi PATTU-OFFICE        : {chosen}\nNAS (192.168.1.10) admin : {drawn}\n"
            "printer admin page       : no password\ntally pc windows login   : accounts / ask Senthil\n")
    assert _secrets(engine, name, text) == [(3, chosen), (4, drawn)]


def test_a_passwords_notes_entries_under_a_heading_report_each_password_once_as_written(engine: Engine) -> None:
    # (the configuration reading joins a heading's line and the entry below it, `NAS = "admin : …"`: no line of the
    # note's; read as one it gave the password again with the closing quote in it, `…"`)
    chosen, drawn = _CHOSEN[6], _panel_drawn(5310001)
    text = f"NAS:\n  admin : {chosen}\nRouter:\n  wifi : {drawn}\n"
    assert _secrets(engine, "notes/office-passwords.txt", text) == [(2, chosen), (4, drawn)]


@pytest.mark.parametrize("name", ["docs/topics/auth/passwords.txt", "docs/security/passwords.md", "notes/meeting.txt"])
def test_a_documentation_trees_passwords_page_or_another_note_is_not_read_so(engine: Engine, name: str) -> None:
    text = f"Passwords\n=========\nNAS (192.168.1.10) admin : {_panel_drawn(5200031)}\nHasher : Argon2id\n"
    assert _blocked(engine, name, text) == []


@pytest.mark.parametrize("line", ["Policy : at least twelve characters", "Hasher : PBKDF2SHA256", "Rotation : 90-days",
                                  "Vault : https://vault.example.com", "Owner : ops@example.com", "Version : 2.4.1-rc3"])
def test_a_passwords_notes_other_lines_are_not_blocked(engine: Engine, line: str) -> None:
    assert _blocked(engine, "notes/office-passwords.txt", f"office\n======\n{line}\n") == []
