"""Blind round of stop 60 (notes and sheets, round one): a team's plain-text notes, org files and CSV sheets give a
password in their own words. Luxembourgish calls it `Passwuert` (compounded as German's, `Admin-Passwuert`), Tajik
`парол` (its izafet `пароли`, the thing's password), Faroese `loyniorð` (`loyniord` in ASCII), Lao `ລະຫັດຜ່ານ` (its vowel
signs and tone marks no word characters: the key is read with them), Turkmen's key `açar` (`API açary`). Read by the
readers the other languages' words go through: a note's `label: value`, a sheet's password column. A note saying where
the password is, a stand-in, and a word that names no password (Lao's `ລະຫັດ` alone, a code) stay none. Through the
engine. Generated fakes only: seeds 5720000-5720999."""
from __future__ import annotations

import random

import pytest
from secretfence.compat.detect_secrets.credential_keys import names_a_credential, names_a_password
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_WORDS = ("Mirabelle", "Wiltz", "Pamir", "Isfara", "Kolbeinur", "Vestmanna", "Mekong", "Vientiane", "Merw", "Sandoy")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, three or four digits (`Pamir$Wiltz4815`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!&*$@") + generator.choice(_WORDS) + str(generator.randint(100, 9999))


def _drawn(seed: int, length: int = 20) -> str:
    """A password or key a generator drew: letters of both cases and digits (`khDQHhomF6PUyoTZ70HT`)."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if sum(character.isdigit() for character in value) >= 2 and any(character.isupper() for character in value[1:]) \
                and any(character.islower() for character in value):
            return value


_CHOSEN = [_chosen(5720000 + step) for step in range(8)]
_DRAWN = [_drawn(5720100 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 10 and any(character.isdigit() for character in value) for value in _CHOSEN)
    assert all(len(value) == 20 and value.isalnum() for value in _DRAWN)


@pytest.mark.parametrize("key", ["Passwuert", "passwuert", "Admin-Passwuert", "Routerpasswuert", "парол", "Парол",
                                 "пароли", "loyniorð", "Nýtt loyniorð", "loyniord", "LOYNIORD_SMTP", "ລະຫັດຜ່ານ"])
def test_the_words_name_a_password(key: str) -> None:
    assert names_a_password(key)


@pytest.mark.parametrize("key", ["API açary", "api_acary", "API-açar"])
def test_turkmen_s_api_key_names_a_credential(key: str) -> None:
    assert names_a_credential(key)


@pytest.mark.parametrize("key", ["ລະຫັດ", "açar", "Köne açar", "açary", "passwuert_laenge"])
def test_words_naming_no_credential(key: str) -> None:
    assert not names_a_credential(key)


# --- a note's label before its bare value -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- De Router am Lager huet en neit Admin-Passwuert: {pw}",  # (Luxembourgish)
    "Passwuert: {pw}",
    "парол: {pw}",  # (Tajik)
    "root пароли: {pw}",
    "- Grafana admin broytt. Nýtt loyniorð: {pw}",  # (Faroese)
    "loyniord = {pw}",
    "ລະຫັດຜ່ານ: {pw}",  # (Lao)
    "ពាក្យសម្ងាត់: {pw}",  # (Khmer's, in a note outside documentation too)
])
def test_a_notes_label_in_these_languages_before_its_password_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[1]
    text = f"Notiz\n\n- Backup all Sonndeg.\n{line.format(pw=password)}\n- Marie uruffen.\n"
    assert _secrets(engine, "notes/handover.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "Passwuert: (am Bitwarden)",
    "Admin-Passwuert: changeme",
    "Nýtt loyniorð: 1234",
    "ລະຫັດ: {drawn}",  # (Lao's code alone: a product's or a postcode's)
    "ລະຫັດຜ່ານ: ຖາມ Noy",
    "парол: ********",
])
def test_a_notes_label_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    text = f"Notiz\n\n{line.format(drawn=_CHOSEN[2])}\n"
    assert _blocked(engine, "notes/handover.txt", text) == []


# --- a sheet's password column ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("header, delimiter", [
    ("lieferant;portal;benotzer;passwuert;notiz", ";"),  # (Luxembourgish)
    ("filial;pc;windows_benotzer;Passwuert;bemierkung", ";"),
    ("деҳа,ному насаб,телефон,логин,парол", ","),  # (Tajik)
    ("site,user,loyniorð,note", ","),  # (Faroese)
])
def test_a_sheets_password_column_in_these_languages_blocks(engine: Engine, header: str, delimiter: str) -> None:
    columns = header.split(delimiter)
    word = next(number for number, name in enumerate(columns) if name.lower() in ("passwuert", "парол", "loyniorð"))
    row = ["cell"] * len(columns)
    row[word] = _DRAWN[0]
    empty = [""] * len(columns)
    text = f"{header}\n{delimiter.join(row)}\n{delimiter.join(empty)}\n"
    assert _secrets(engine, "export/zougang.csv", text) == [(2, _DRAWN[0])]


def test_a_sheets_password_column_saying_where_it_is_kept_is_not_blocked(engine: Engine) -> None:
    text = "filial;pc;benotzer;passwuert;bemierkung\nWolz;POS-WOL-01;kasse;(am Bitwarden);\nMamer;POS-MAM-01;kasse;;\n"
    assert _blocked(engine, "export/kassen.csv", text) == []


# --- a head-first label in Cyrillic, an account's name before it, in a notes file or an org-mode outline ---------------

@pytest.mark.parametrize("filename, line", [
    ("notes/servers.org", "   - root пароли консол: {pw}"),  # (Tajik's izafet: the console's password; org-mode's item)
    ("notes/servers.org", "   + пароль консоли: {pw}"),  # (org-mode's other bullet)
    ("notes/servers.txt", "- пароль консоли: {pw}"),  # (Russian's genitive)
    ("notes/servers.txt", "Парола за админ: {pw}"),  # (Bulgarian's)
    ("notes/servers.txt", "- admin Passwort SIP: {pw}"),  # (German's, its account first)
])
def test_a_head_first_cyrillic_label_in_notes_blocks(engine: Engine, filename: str, line: str) -> None:
    password = _CHOSEN[4]
    text = f"* Серверҳо\n** shop-1 (Hetzner fsn1)\n   - ip: 91.218.160.14\n{line.format(pw=password)}\n"
    assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("filename, line", [
    ("notes/servers.org", "   - root пароли консол: changeme"),
    ("notes/servers.org", "   - Пароль менеджер: {pw}"),  # (a password manager, no password's label)
    ("notes/servers.txt", "- Политика паролей: {pw}"),
    ("notes/servers.org", "   - танҳо калиди SSH"),
    ("docs/guide.org", "   - root пароли консол: {pw}"),  # (an org page outside an operator's notes: documentation's)
])
def test_a_head_first_label_over_no_password_is_not_blocked(engine: Engine, filename: str, line: str) -> None:
    text = f"* Серверҳо\n** shop-1\n{line.format(pw=_CHOSEN[5])}\n"
    assert _blocked(engine, filename, text) == []


# --- a login's pair after a label and the word naming its user ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- OnePay merchant portal: user khaen.accounts / {pw}",
    "- Supplier portal: username ops@shop.la / {pw}",
    "Feeder web UI: User admin / {pw}",
])
def test_a_pair_after_its_user_word_blocks(engine: Engine, line: str) -> None:
    password = _CHOSEN[6]
    text = f"Handover - October\n\n- Feeder schedule moved to 06:00.\n{line.format(pw=password)}\n"
    assert _secrets(engine, "notes/handover.txt", text) == [(4, password)]


@pytest.mark.parametrize("line", [
    "- Docs: user guides / admin guides",  # (a menu's or a tree's path)
    "- Menu: user settings / profile",
    "- Portal: user ops / changeme",  # (a stock password)
    "- OnePay portal: user khaen.accounts / (ask Noy)",
])
def test_a_pair_after_its_user_word_over_no_password_is_not_blocked(engine: Engine, line: str) -> None:
    assert _blocked(engine, "notes/handover.txt", f"Handover\n\n{line}\n") == []


# --- Turkmen's key with a note before its colon ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["API açary (täze, 2024-07-10): {key}", "API AÇARY (SMS): {key}", "API_açary: {key}"])
def test_turkmen_s_api_key_in_a_note_blocks(engine: Engine, line: str) -> None:
    key = _DRAWN[1] + _DRAWN[2][:12]
    text = f"SMS şlýuz barada\n--------\nHasap: merw_bakja\n{line.format(key=key)}\nKöne açar ýatyryldy.\n"
    assert _secrets(engine, "notes/sms.txt", text) == [(4, key)]


@pytest.mark.parametrize("line", ["API açary (täze): ýatyryldy", "Köne açar ýatyryldy.", "API açary (täze): {{SMS_KEY}}"])
def test_turkmen_s_api_key_over_no_value_is_not_blocked(engine: Engine, line: str) -> None:
    assert _blocked(engine, "notes/sms.txt", f"SMS şlýuz barada\n{line}\n") == []


# --- a sheet's notes cell giving an administrator's pair after the interface it opens, no colon ----------------------------

@pytest.mark.parametrize("cell", ["rtsp admin / {pw}", "web UI root / {pw}", "ssh Admin / {pw}"])
def test_an_admin_pair_after_its_interface_in_a_notes_cell_blocks(engine: Engine, cell: str) -> None:
    password = _CHOSEN[7]
    text = f"device,site,ip,note\nfeeder-1,Vestmanna,10.20.1.2,Modbus gateway\ncam-1,Vestmanna,10.20.1.14,{cell.format(pw=password)}\n"
    assert _secrets(engine, "data/devices.csv", text) == [(3, password)]


@pytest.mark.parametrize("cell", ["HR admin / Finance", "web admin / admin", "rtsp admin / (sí Vault)", "rtsp admin / ******",
                                  "see docs/admin / guide", "RTSP admin / same as cam-1"])
def test_an_admin_pair_in_a_notes_cell_over_no_password_is_not_blocked(engine: Engine, cell: str) -> None:
    text = f"device,site,ip,note\ncam-1,Vestmanna,10.20.1.14,{cell}\n"
    assert _blocked(engine, "data/devices.csv", text) == []
