"""Blind rounds FQ-FV, documentation and data files: a page's list of an account's details (`- host: …`, `- user: …`,
`- password: `…``), the login a provider issued the team, whose short generated password blocks (a tutorial's host,
`localhost` or a reserved name, and its stock passwords stay warnings); a Windows domain account's login, `DOMAIN\\user`
and its password split by `/` (a table's login cell in code spans, plain or bold, a list item's, a sentence's), whose
person-chosen password blocks (not under an example's domain, `CONTOSO\\…`, nor a tutorial's `P@ssw0rd1!`); a device's
exported address book as CSV (a folder's path, its user's name and its password; a user and a password column named
for the same thing, `"SMTP User Name"` / `"SMTP Password"`), whose password cells block (blank and masked ones do not);
and a test suite's fixture whose value says it is a test's (`e2e-only-local-seed`), which does not. Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine
from secretfence.kinds._config_forms import domain_login_password, in_account_list
from secretfence.kinds._test_tooling import declared_test_value

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper", "Basalt",
          "Juniper", "Thistle", "Granite")


def _short_generated(seed: int, length: int = 14) -> str:
    """A provider's short generated password: letters of both cases with single digits among them (`g4eiSbAM9zLQ0o`)."""
    generator = random.Random(seed)
    letters = [generator.choice(string.ascii_letters) for _ in range(length)]
    for at in (1, 5, 8, length - 2):
        letters[at] = generator.choice("23456789")
    letters[2], letters[3] = generator.choice(string.ascii_lowercase), generator.choice(string.ascii_uppercase)
    return "".join(letters)


def _person(seed: int) -> str:
    """A password a person chose: a word, two digits, a symbol (`Harbor07!`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + str(generator.randint(10, 99)) + generator.choice("!#%*")


_GENERATED = [_short_generated(2080000 + step) for step in range(6)]
_PERSON = [_person(2080100 + step) for step in range(6)]
_DRAWN = drawn_mixed(2080200, 24)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _warned(engine: Engine, filename: str, text: str) -> list:
    return [finding.secret for finding in engine.scan_text(filename, text)]


# --- a page's list of an account's details: host, user, password -------------------------------------------------------

@pytest.mark.parametrize("template", [
    "## SFTP account\n\nThe bank issued one account per branch:\n\n- host: `{host}` port 22\n- user: `br2207`\n"
    "- password: `{pw}`\n- folder: `/inbound/2207`\n",
    "## Upload\n\n- **Host:** {host}\n- **Username:** ops-upload\n- **Password:** {pw}\n",
    "## Partner FTP\n\n1. Server: `{host}`\n2. Login: `acct-77120`\n3. Password: `{pw}`\n",
    "## Account\n\n* Password: `{pw}`\n* Hostname: {host}\n* User name: `lic-3391`\n",
])
@pytest.mark.parametrize("host", ["sftp.claims.statebank.gov", "files.partner-logistics.io", "203.0.113.40"])
def test_an_account_lists_generated_password_blocks(engine: Engine, template: str, host: str) -> None:
    password = _GENERATED[0]
    text = template.replace("{host}", host).replace("{pw}", password)
    line = text.splitlines().index(next(row for row in text.splitlines() if password in row)) + 1
    assert _secrets(engine, "docs/partners/upload.md", text) == [(line, password)]


@pytest.mark.parametrize("host", ["localhost", "`127.0.0.1`", "sftp.example.com", "https://localhost:8443/",
                                  "`<your-sftp-host>`", "files.test"])
def test_a_tutorials_account_list_stays_a_warning(engine: Engine, host: str) -> None:
    password = _GENERATED[1]
    text = f"## Try it\n\n- host: {host}\n- user: `demo`\n- password: `{password}`\n"
    assert _blocked(engine, "README.md", text) == []
    assert password in _warned(engine, "README.md", text)  # (documentation's value: still a warning)


@pytest.mark.parametrize("value", ["changeme", "admin", "P@ssw0rd123!", "<password>", "${SFTP_PASSWORD}", "********"])
def test_an_account_lists_stand_in_does_not_block(engine: Engine, value: str) -> None:
    text = f"## SFTP account\n\n- host: `sftp.claims.statebank.gov`\n- user: `br2207`\n- password: `{value}`\n"
    assert _blocked(engine, "README.md", text) == []


def test_a_generated_password_without_its_host_and_user_stays_a_warning(engine: Engine) -> None:
    password = _GENERATED[2]
    text = f"## Settings\n\n- timeout: 30\n- password: `{password}`\n- retries: 3\n"
    assert _blocked(engine, "README.md", text) == []
    text = f"## Settings\n\n- host: `sftp.claims.statebank.gov`\n- password: `{password}`\n"  # (no user)
    assert _blocked(engine, "README.md", text) == []


def test_a_list_item_away_from_the_list_is_not_its_account() -> None:
    lines = ["- host: `sftp.claims.statebank.gov`", "- user: `br2207`", "", "Later:", "", "- password: `x`"]
    assert not in_account_list(lines, 5)
    assert in_account_list(lines[:2] + ["- password: `x`"], 2)


# --- a Windows domain's account and its password -----------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["`SHOP\\rentallead` / `{pw}`", "SHOP\\rentallead / {pw}", "`SHOP\\rentallead / {pw}`",
                                  "**FRONTDESK\\kiosk01** / **{pw}**"])
def test_a_domain_accounts_login_cell_blocks(engine: Engine, cell: str) -> None:
    password = _PERSON[0]
    text = ("# First week\n\n| What | Where | Login |\n|------|-------|-------|\n"
            "| Rental POS | https://pos.vendor.io | your own invite |\n"
            f"| Shop PC | front desk | {cell.replace('{pw}', password)} |\n| Handhelds | back room | no login |\n")
    assert _secrets(engine, "docs/onboarding/leads.md", text) == [(6, password)]


@pytest.mark.parametrize("template", [
    "- Shop PC login: `SHOP\\rentallead` / `{pw}`\n",
    "3. Sign in as `BRANCH-07\\scan.svc` / `{pw}`.\n",
    "Log in with **SHOP\\frontdesk / {pw}** at the till.\n",
])
def test_a_domain_accounts_pair_in_a_list_or_a_sentence_blocks(engine: Engine, template: str) -> None:
    password = _PERSON[1]
    assert _secrets(engine, "docs/it/front.md", "## Access\n\n" + template.replace("{pw}", password)) == [(3, password)]


@pytest.mark.parametrize("cell", ["`CONTOSO\\administrator` / `{pw}`", "`DOMAIN\\user` / `{pw}`", "`SHOP\\lead` / `P@ssw0rd1!`",
                                  "`SHOP\\lead` / `Welcome1!`", "`SHOP\\lead` / `<password>`", "`SHOP\\lead` / `harbor07`",
                                  "`rentallead` / `{pw}`", "`SHOP\\lead` / `********`"])
def test_a_domain_logins_stand_in_does_not_block(engine: Engine, cell: str) -> None:
    text = ("| What | Where | Login |\n|---|---|---|\n"
            f"| Shop PC | front desk | {cell.replace('{pw}', _PERSON[2])} |\n")
    assert _blocked(engine, "docs/onboarding/leads.md", text) == []


def test_a_domain_login_is_read_beside_its_own_password_only() -> None:
    password = _PERSON[3]
    assert domain_login_password(f"`SHOP\\lead` / `{password}`", password)
    assert not domain_login_password(f"`SHOP\\lead` / `other` and `{password}`", password)
    assert not domain_login_password(f"`C:\\Users\\lead` / `{password}`", password)  # (a path's segments, no domain)


# --- a device's exported address book ------------------------------------------------------------------------------------

@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_an_address_books_folder_password_blocks(engine: Engine, delimiter: str) -> None:
    password = _GENERATED[3]
    header = ["Index", "Name", "Folder Protocol", "Folder Path", "Folder User Name", "Folder Password", "E-mail Address"]
    rows = [["[00001]", "Studio", "SMB", "\\\\fs01\\studio\\scans", "PRINT\\scan-studio", password, ""],
            ["[00002]", "Accounts", "SMB", "\\\\fs01\\accounts", "", "", ""],
            ["[00003]", "Desk", "SMB", "\\\\fs01\\desk", "PRINT\\desk", "********", ""],
            ["[00004]", "Jo", "", "", "", "", "jo@copyshop.io"]]

    def quoted(cells: list) -> str:
        return delimiter.join(f'"{cell}"' for cell in cells)

    text = "# Format Version: 5.1.1.0\n# Function Name: Data Administration\n" + "\n".join(map(quoted, [header] + rows)) + "\n"
    assert _secrets(engine, "devices/mfp/addressbook.csv", text) == [(4, password)]


@pytest.mark.parametrize("header, row", [
    ("Name,E-mail Address,SMTP User Name,SMTP Password,Notes", "Scanner,scan@shop.io,scan-relay,{pw},"),
    ("Name,SMB Host,SMB Path,SMB User,SMB Password", "Studio,fs01,/scans/studio,scan,{pw}"),
    ("cn,mailaddress,protocol,path,username,pwd", "Studio,,smb,\\\\fs01\\scans,scan.svc,{pw}"),
    ("name;ftp_server;ftp_user;ftp_password", "Plans;ftp.plotter-shop.io;plotter;{pw}"),
])
def test_an_address_books_login_columns_block(engine: Engine, header: str, row: str) -> None:
    password = _GENERATED[4]
    text = f"{header}\n{row.replace('{pw}', password)}\n"
    assert _secrets(engine, "exports/address_book.csv", text) == [(2, password)]


@pytest.mark.parametrize("header, row", [
    ("Name,SMTP User Name,SMTP Password", "Scanner,scan-relay,"),
    ("Name,SMTP User Name,SMTP Password", "Scanner,scan-relay,****"),
    ("Name,SMTP User Name,SMTP Password", "Scanner,scan-relay,changeme"),
    ("Name,Folder Password", "Studio,{pw}"),  # (no user column: a short value in a lone password column stays out)
    ("Name,Login User Name,Folder Password", "Studio,scan,{pw}"),  # (a user and a password for different things)
])
def test_an_address_books_blank_masked_or_unpaired_cell_does_not_block(engine: Engine, header: str, row: str) -> None:
    text = f"{header}\n{row.replace('{pw}', _GENERATED[5])}\n"
    assert _blocked(engine, "exports/address_book.csv", text) == []


# --- a test suite's fixture declaring its value a test's -----------------------------------------------------------------

@pytest.mark.parametrize("filename", ["e2e/cypress/fixtures/users.json", "cypress/fixtures/accounts.json",
                                      "tests/fixtures/members.json", "playwright/e2e/seed-users.json"])
@pytest.mark.parametrize("value", ["e2e-only-local-seed", "ci_fixture_login", "local.test.seed", "dev-only-seed-account"])
def test_a_fixtures_declared_test_password_does_not_block(engine: Engine, filename: str, value: str) -> None:
    text = ('{\n  "member": {\n    "email": "e2e-member@shop.io",\n    "password": "' + value + '",\n'
            '    "tier": "unlimited"\n  }\n}\n')
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("value", [_DRAWN, "Harbor#Cedar2291", "harbor-falcon-7712"])
def test_a_fixtures_real_looking_password_still_blocks(engine: Engine, value: str) -> None:
    text = '{\n  "member": {\n    "email": "m@shop.io",\n    "password": "' + value + '"\n  }\n}\n'
    assert _secrets(engine, "e2e/cypress/fixtures/users.json", text) == [(4, value)]


def test_a_test_words_value_outside_a_test_suite_is_read() -> None:
    assert declared_test_value("e2e-only-local-seed", "e2e/cypress/fixtures/users.json")
    assert not declared_test_value("e2e-only-local-seed", "config/users.json")
    assert not declared_test_value("harbor-local-7712", "tests/fixtures/users.json")  # (one word says test: no)
    assert not declared_test_value("Local-Test-Seed", "tests/fixtures/users.json")  # (capitals: a chosen phrase)
