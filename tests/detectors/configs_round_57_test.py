"""Blind round 57 (the share of configurations, logs, CSV and numeric passwords): Malay's password word `kata laluan`
naming a setting (`kata_laluan = …` in an INI section, `KATA_LALUAN=` in an .env, a YAML key); a device console's
session saved as a log, each command after its prompt (`shop-udm# set system login user U authentication
plaintext-password '…'`, `core-sw(config)# username U secret 0 …`). Decoys: the same forms holding a hash, a blank, a
placeholder, and a documentation page's prompted example. Through the engine. Generated fakes only (seeds
4230000-4239999)."""
from __future__ import annotations

import random
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking

_SHORT_WORDS = ("rimba", "pantai", "bukit", "sungai", "tasik", "lembah", "teluk", "padang", "dune", "opal", "sage", "kelp")


def _password(seed: int) -> str:
    """A chosen password: a capitalised word, a symbol, another word and digits."""
    generator = random.Random(seed)
    first, second = generator.sample(_SHORT_WORDS, 2)
    return f"{first.title()}{generator.choice('%#!*')}{second.title()}{generator.randint(1000, 9999)}"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- Malay's `kata laluan` naming a password setting ----------------------------------------------------------------------

_MALAY_PASSWORD = _password(4230000)


@pytest.mark.parametrize("filename, text", [
    ("config/kaunter.ini", f"[emel]\nhost = smtp.office365.com\nport = 587\npengguna = kaunter@kedai.example.my\n"
                           f"kata_laluan = {_MALAY_PASSWORD}\n"),
    ("config/kaunter.ini", f"[pangkalan_data]\nkata_laluan_db = {_MALAY_PASSWORD}\n"),
    (".env", f"SMTP_KATA_LALUAN={_MALAY_PASSWORD}\n"),
    ("config/app.yaml", f"emel:\n  kata_laluan: {_MALAY_PASSWORD}\n"),
])
def test_a_password_named_in_malay_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text)] == [_MALAY_PASSWORD]


@pytest.mark.parametrize("text", [
    "[emel]\nkata_laluan = ${SMTP_KATA_LALUAN}\n",
    "[emel]\nkata_laluan =\n",
    "[emel]\nkata_laluan = <kata laluan anda>\n",
    "[emel]\nkata_laluan = changeme\n",
])
def test_a_malay_password_setting_without_its_password_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "config/kaunter.ini", text) == []


@pytest.mark.parametrize("text", [
    # (review 57: a message's or a form's name, wrong and forgotten, as English's `wrong_password`)
    'KATA_LALUAN_SALAH = "KataLaluanSalahCubaLagi"\n',
    'KATA_LALUAN_LUPA = "LupaKataLaluanAnda"\n',
    'KATA_SANDI_SALAH = "KataSandiSalahCobaLagi"\n',
])
def test_a_malay_or_indonesian_messages_name_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "app/mesej.py", text) == []


# --- a device console's session saved as a log: each command after its prompt --------------------------------------------

_CONSOLE_PASSWORD = _password(4230010)


@pytest.mark.parametrize("filename, text", [
    ("ops/logs/vpn-setup-2025-05-02.txt",
     "shop-udm# configure\nshop-udm# set vpn wireguard wg0 listen-port 51820\n"
     f"shop-udm# set system login user support authentication plaintext-password '{_CONSOLE_PASSWORD}'\n"
     "shop-udm# commit ; save\nSaving configuration to '/config/config.boot'...\nDone\n"),
    ("ops/logs/er-x.log", f"admin@er-x# set system login user ops authentication plaintext-password {_CONSOLE_PASSWORD}\n"),
    ("ops/logs/vyos-session.txt",
     f"vyos@edge1# set system host-name edge1\nvyos@edge1# set service snmp community {_CONSOLE_PASSWORD} authorization ro\n"),
    ("ops/logs/core-sw.txt",
     f"core-sw# conf t\ncore-sw(config)# username ops privilege 15 secret 0 {_CONSOLE_PASSWORD}\ncore-sw(config)# end\n"),
    # (review 57: Cisco's prompt as the console shows it, the command typed right after its `#`; IOS XR's prompt)
    ("ops/logs/core-sw.txt",
     f"core-sw#conf t\ncore-sw(config)#username ops privilege 15 secret 0 {_CONSOLE_PASSWORD}\ncore-sw(config)#end\n"),
    ("ops/logs/asr9k.txt",
     f"RP/0/RSP0/CPU0:asr9k#configure\nRP/0/RSP0/CPU0:asr9k(config)# username ops secret 0 {_CONSOLE_PASSWORD}\n"),
])
def test_a_console_sessions_command_after_its_prompt_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text)] == [_CONSOLE_PASSWORD]


@pytest.mark.parametrize("filename, text", [
    # (stored hashed, blank, a placeholder)
    ("ops/logs/setup.txt", "shop-udm# configure\n"
                           "shop-udm# set system login user ops authentication encrypted-password '$6$Qm3xV8$Lk2Tz9Rw4Hp7Nc'\n"),
    ("ops/logs/setup.txt", "shop-udm# configure\nshop-udm# set system login user ops authentication plaintext-password ''\n"),
    ("ops/logs/setup.txt", "shop-udm# configure\n"
                           "shop-udm# set system login user ops authentication plaintext-password '<password>'\n"),
    ("ops/logs/core-sw.txt", "core-sw# conf t\ncore-sw(config)# username ops privilege 15 secret 9 $9$Qm3xV8Lk2Tz9Rw4Hp7Nc\n"),
    # (a documentation page's prompted example)
    ("docs/edgeos.md", f"```\nvyos@vyos# set system login user ops authentication plaintext-password '{_CONSOLE_PASSWORD}'\n```\n"),
    # (a prompt's likeness in prose)
    ("notes.txt", "Remember: root# is the prompt.\nuser> set the clock before you start\n"),
])
def test_a_console_session_without_a_clear_password_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a vendor's login of digits: an account number beside a password of digits (a courier's API) -----------------------

def _digits(seed: int, length: int = 7) -> str:
    """Digits a vendor drew, none counting or repeated."""
    generator = random.Random(seed)
    return "".join(generator.choice("0123456789") for _ in range(length))


_ACCOUNT = "99" + _digits(4230020, 5)
_DIGITS_PASSWORD = _digits(4230021)


@pytest.mark.parametrize("filename, text", [
    ("couriers/client.py", f'AUTH = {{"userName": "{_ACCOUNT}", "password": "{_DIGITS_PASSWORD}", "language": "BG"}}\n'),
    ("services/couriers/Dockerfile", f"FROM python:3.12-alpine\nENV COURIER_USER={_ACCOUNT} \\\n    COURIER_PASSWORD={_DIGITS_PASSWORD} \\\n"
                                     "    COURIER_LANG=BG\n"),
    ("internal/couriers/auth.go", f'var auth = map[string]string{{"userName": "{_ACCOUNT}", "password": "{_DIGITS_PASSWORD}"}}\n'),
    ("config/courier.json", f'{{\n  "clientNumber": "{_ACCOUNT}",\n  "password": "{_DIGITS_PASSWORD}"\n}}\n'),
    ("config/courier.yaml", f"courier:\n  username: '{_ACCOUNT}'\n  password: '{_DIGITS_PASSWORD}'\n"),
    (".env", f"COURIER_ACCOUNT_ID={_ACCOUNT}\nCOURIER_PASSWORD={_DIGITS_PASSWORD}\n"),
])
def test_a_password_of_digits_beside_its_accounts_user_of_digits_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text)] == [_DIGITS_PASSWORD]


@pytest.mark.parametrize("text", [
    # (a user of letters: a test's PIN, an example's; left to the kind's judgement)
    f'AUTH = {{"userName": "courier-api", "password": "{_DIGITS_PASSWORD}"}}\n',
    # (no user beside it)
    f'AUTH = {{"password": "{_DIGITS_PASSWORD}"}}\n',
    # (counting, repeated, a date, the user's own digits)
    f'AUTH = {{"userName": "{_ACCOUNT}", "password": "1234567"}}\n',
    f'AUTH = {{"userName": "{_ACCOUNT}", "password": "7654321"}}\n',
    f'AUTH = {{"userName": "{_ACCOUNT}", "password": "5555555"}}\n',
    f'AUTH = {{"userName": "{_ACCOUNT}", "password": "121212"}}\n',
    f'AUTH = {{"userName": "{_ACCOUNT}", "password": "20240115"}}\n',
    f'AUTH = {{"userName": "{_ACCOUNT}", "password": "{_ACCOUNT}"}}\n',
    # (a setting about passwords, not one: its number a timeout)
    f'USER_ID = "{_ACCOUNT}"\nPASSWORD_RESET_TIMEOUT = 259200\n',
    # (a port beside a user of digits)
    f'DB_USER = "{_ACCOUNT}"\nDB_PORT = "{_DIGITS_PASSWORD[:5]}"\n',
    # (review 57: a one-time password beside its user's id, a code shown once: a test's fixture)
    f'OTP_FIXTURE = {{\n    "user_id": "{_ACCOUNT}",\n    "one_time_password": "482913",\n}}\n',
    f'VERIFY = {{"customer_id": "{_ACCOUNT}", "totp_password": "839147"}}\n',
])
def test_a_password_of_digits_without_its_accounts_user_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "couriers/client.py", text) == []


# --- a directory's bulk import of accounts: the person's columns in the team's language, or its initial password -------

_INITIAL_PASSWORDS = [_password(4230030 + number) for number in range(4)]


@pytest.mark.parametrize("header", [
    "osobne_cislo;meno;priezvisko;usek;login;docasne_heslo;email",  # (Slovak)
    "osobni_cislo;jmeno;prijmeni;oddeleni;login;heslo;email",  # (Czech, accents dropped)
    "numer;imię;nazwisko;dział;login;hasło;email",  # (Polish)
    "broj;ime;prezime;odjel;korisnik;lozinka;email",  # (Croatian)
    "id;usek;login;docasne_heslo;email",  # (an initial password's column alone says it)
    "id;department;username;temp_password;email",
])
def test_an_account_imports_initial_passwords_block(engine: Engine, header: str) -> None:
    rows = "".join(f"{1184 + number};Jana;Hruskova;Wellness;user{number};{secret};user{number}@spa.example.sk\n"
                   for number, secret in enumerate(_INITIAL_PASSWORDS))
    if header.count(";") == 4:
        rows = "".join(f"{1184 + number};Wellness;user{number};{secret};user{number}@spa.example.sk\n"
                       for number, secret in enumerate(_INITIAL_PASSWORDS))
    blocked = [secret for _, secret in _blocked(engine, "hr/import/accounts.csv", f"{header}\n{rows}")]
    assert blocked == _INITIAL_PASSWORDS


@pytest.mark.parametrize("text", [
    # (the passwords kept elsewhere, masked, blank)
    "osobne_cislo;meno;priezvisko;login;docasne_heslo\n1184;Jana;Hruskova;jhruskova;(KeePass)\n"
    "1185;Tomas;Balaz;tbalaz;********\n1186;Zuzana;Mikulova;zmikulova;\n",
    # (a digest column, named so)
    "id;meno;login;password_hash\n1184;Jana;jhruskova;5f4dcc3b5aa765d61d8327deb882cf99\n",
])
def test_an_account_import_without_its_passwords_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "hr/import/accounts.csv", text) == []


# --- a device inventory's password of letters alone, drawn ---------------------------------------------------------------

def _drawn_letters(seed: int, capitals: int = 1) -> str:
    """Ten lower-case letters a setup drew, capitals put inside."""
    generator = random.Random(seed)
    letters = [generator.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(10)]
    for at in generator.sample(range(1, 10), capitals):
        letters[at] = letters[at].upper()
    return "".join(letters)


_DEVICE_LETTERS = [_drawn_letters(4230040), _drawn_letters(4230041, 3)]
_INVENTORY_HEAD = "branch,device,ip,username,password,notes\nRUH-01,router,10.31.0.1,admin,,see vault\n"


@pytest.mark.parametrize("secret", _DEVICE_LETTERS)
def test_a_device_inventorys_password_of_drawn_letters_blocks(engine: Engine, secret: str) -> None:
    text = f"{_INVENTORY_HEAD}DXB-MALL,pos-printer,10.41.3.20,admin,{secret},web config\nDOH-01,nvr,10.51.1.5,admin,,\n"
    assert _blocked(engine, "ops/inventory/branch_devices.csv", text) == [(3, secret)]


@pytest.mark.parametrize("value", [
    # (a note run into one word, a capitalised word, a manager's name, letters of one case)
    "seeVault", "onSticker", "factoryDefault", "viaOkta", "Bitwarden", "KeePass", "CyberArk", "SharePoint",
    "printedLabel", "askTheOwner", "NotSet", _DEVICE_LETTERS[0].lower(),
])
def test_a_device_inventorys_note_in_its_password_cell_does_not_block(engine: Engine, value: str) -> None:
    text = f"{_INVENTORY_HEAD}DXB-MALL,pos-printer,10.41.3.20,admin,{value},web config\n"
    assert _blocked(engine, "ops/inventory/branch_devices.csv", text) == []


def test_drawn_letters_outside_a_device_inventory_do_not_block(engine: Engine) -> None:
    # (a sheet naming no device: its password column judged as before)
    text = f"team,owner,password\nops,kai,{_DEVICE_LETTERS[0]}\n"
    assert _blocked(engine, "ops/teams.csv", text) == []
