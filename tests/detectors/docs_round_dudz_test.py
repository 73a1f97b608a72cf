"""Blind rounds DU-DZ: documentation's own passwords in more of a runbook's forms. A login's user and password in
code spans after any label or a sign-in's `as` (`Sign in as `ops` / `…``), a password's word then `use:`, `enter`,
`to use is` before its span, its abbreviations in a table's cell (`pw `…``), a Wi-Fi network's pre-shared key, a code
block's or a note's whole assignment (`password = …` in an INI block, `export RESTIC_PASSWORD='…'`), a sentence's
bold or bare value after `password`, another language's list item (`- 密码：…`): each blocks where the value looks
generated or chosen with care and spells no stock example, as stop 42's forms do. A Google app password in a page
that names Gmail, and a storage account's SAS URL whose signature is an HMAC as Azure signs one, block too. A
tutorial's stock password, a line or a block introduced as an example, placeholders stay quiet. Through the engine."""
from __future__ import annotations

import base64
import random
from urllib.parse import quote

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_WORDS = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper", "Meadow",
          "Summit", "Basalt", "Juniper", "Heron", "Garnet")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol, four digits (`Tundra%Cedar8884`)."""
    generator = random.Random(seed)
    return (generator.choice(_WORDS) + generator.choice("#*!%&@$") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


_CHOSEN = _chosen(1300000)
_CHOSEN_2 = _chosen(1300001)
_GENERATED = drawn_mixed(1300002, 18)
_GENERATED_WITH_SYMBOLS = drawn_mixed(1300004, 14) + "#!" + drawn(1300005, 4, "0123456789")
_USER = "svc_" + drawn(1300003, 6, "abcdefghijklmnopqrstuvwxyz")
_TUTORIAL = ["P@ssw0rd123!", "YourStrong!Passw0rd", "Admin@12345678", "changeme", "Welcome1", "<password>"]


def _lines(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a login's spans: after any label, or after a sign-in's `as` ------------------------------------------------

_LOGIN_FORMS = [
    ("docs/setup/nvr.md", "## Access\n\n1. Open https://10.0.4.2/\n2. Log in as `{user}` / `{pw}`.\n", 4),
    ("docs/it/console.md", "Then sign in to the web console as `{user}` / `{pw}` and open *Settings*.\n", 1),
    ("docs/sites/plant.md", "- Web UI / RTSP admin: `{user}` / `{pw}`\n", 1),
    ("docs/vendors/hvac.md", "* **BMS front end (local):** `{user}`/`{pw}` (same on both controllers)\n", 1),
    ("docs/ops/sql.md", "3. Connect as `{user}`, password `{pw}`, to the `reports` database.\n", 1),
]


@pytest.mark.parametrize("password", [_CHOSEN, _GENERATED])
@pytest.mark.parametrize(("filename", "template", "line"), _LOGIN_FORMS, ids=[row[0] for row in _LOGIN_FORMS])
def test_a_logins_spans_block_their_password(engine: Engine, filename: str, template: str, line: int, password: str) -> None:
    assert _lines(engine, filename, template.format(user=_USER, pw=password)) == [(line, password)]


@pytest.mark.parametrize("password", _TUTORIAL)
@pytest.mark.parametrize(("filename", "template", "line"), _LOGIN_FORMS, ids=[row[0] for row in _LOGIN_FORMS])
def test_a_logins_spans_with_a_tutorials_password_do_not_block(engine: Engine, filename: str, template: str, line: int,
                                                               password: str) -> None:
    assert _blocked(engine, filename, template.format(user="admin", pw=password)) == []


def test_spans_split_by_a_slash_that_are_no_login_do_not_block(engine: Engine) -> None:
    text = ("- Branches: `main` / `release/2024.10-rc1`\n- Formats: `YYYY-MM-DD` / `HH:MM:SS`\n"
            "- Log in as `admin` / `<your password>`\n- For example, sign in as `demo` / `" + _CHOSEN + "`\n")
    assert _blocked(engine, "docs/guide.md", text) == []


# --- a password's word, then a verb, before its span; its abbreviations; a Wi-Fi network's key ----------------------

_SPOKEN_FORMS = [
    ("docs/setup/sql-restore.md", "3. When the installer asks for the `sa` password use: `{pw}`\n", 1),
    ("docs/db/rebuild.md", "For the replication password enter `{pw}` (both nodes).\n", 1),
    ("docs/backup.md", "The vault passphrase to use is `{pw}`.\n", 1),
    ("docs/desk/portals.md", "| Portal | Login | Notes |\n|---|---|---|\n| County court | desk-02 | shared login, pw `{pw}` |\n", 3),
    ("docs/desk/portals.md", "| Portal | Notes |\n|---|---|\n| Land registry | pwd: `{pw}`, renew yearly |\n", 3),
    ("docs/it/wifi.md", "## Wi-Fi\n- **Staff** (VLAN 10), WPA2-PSK: `{pw}`\n", 2),
    ("docs/it/wifi.md", "- Guest pre-shared key: `{pw}` (changes monthly)\n", 1),
]


@pytest.mark.parametrize("password", [_CHOSEN, _GENERATED])
@pytest.mark.parametrize(("filename", "template", "line"), _SPOKEN_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_SPOKEN_FORMS)])
def test_a_spoken_password_blocks(engine: Engine, filename: str, template: str, line: int, password: str) -> None:
    assert _lines(engine, filename, template.format(pw=password)) == [(line, password)]


@pytest.mark.parametrize("password", _TUTORIAL)
@pytest.mark.parametrize(("filename", "template", "line"), _SPOKEN_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_SPOKEN_FORMS)])
def test_a_spoken_tutorial_password_does_not_block(engine: Engine, filename: str, template: str, line: int,
                                                   password: str) -> None:
    assert _blocked(engine, filename, template.format(pw=password)) == []


def test_pass_as_a_verb_before_a_span_does_not_block(engine: Engine) -> None:
    text = f"Pass `{_CHOSEN}` to the hashing helper and compare the digests.\n| Flag | Notes |\n|---|---|\n| `-k` | pass `{_CHOSEN_2}` |\n"
    assert _blocked(engine, "docs/hashing.md", text) == []


# --- a code block's or a note's whole assignment ------------------------------------------------------------------

_ASSIGNED_FORMS = [
    ("docs/source/howto/staging.rst", "Put this in ``~/.acme.ini``::\n\n    [staging]\n    user = app_rw\n    password = {pw}\n", 5),
    ("docs/dr/restore-test.md", "```bash\nexport RESTIC_REPOSITORY=s3:s3.amazonaws.com/dr/pg\nexport RESTIC_PASSWORD='{pw}'\n```\n", 3),
    ("docs/source/connect.rst", ".. code-block:: python\n\n   wh = client.connect(\n       user=\"REPORTS\",\n       password=\"{pw}\",\n   )\n", 5),
    ("docs/onboarding/uat.md", "```\nUser     : {user}\nPassword : {pw}\n```\n", 3),
    ("docs/vendor/interface-notes.txt", "Interface server : IFACE01\nService account  : CORP\\{user}\nService password : {pw}\n", 3),
    ("docs/api.md", "```json\n{{\n  \"user\": \"{user}\",\n  \"password\": \"{pw}\",\n}}\n```\n", 4),
]


@pytest.mark.parametrize("password", [_CHOSEN, _GENERATED_WITH_SYMBOLS])
@pytest.mark.parametrize(("filename", "template", "line"), _ASSIGNED_FORMS, ids=[row[0] for row in _ASSIGNED_FORMS])
def test_a_code_blocks_assigned_password_blocks(engine: Engine, filename: str, template: str, line: int, password: str) -> None:
    assert (line, password) in _lines(engine, filename, template.format(user=_USER, pw=password))


# (an example's configuration shows a value drawn of letters and digits: a warning)
@pytest.mark.parametrize("password", _TUTORIAL + ["${DB_PASSWORD}", "{{ vault_db_password }}", _GENERATED])
@pytest.mark.parametrize(("filename", "template", "line"), _ASSIGNED_FORMS, ids=[row[0] for row in _ASSIGNED_FORMS])
def test_a_code_blocks_tutorial_password_does_not_block(engine: Engine, filename: str, template: str, line: int,
                                                        password: str) -> None:
    assert _blocked(engine, filename, template.format(user=_USER, pw=password)) == []


def test_a_block_introduced_as_an_example_does_not_block(engine: Engine) -> None:
    for text in (f"For example:\n\n```ini\n[db]\npassword = {_CHOSEN}\n```\n",
                 f"An example configuration::\n\n    [db]\n    password = {_CHOSEN}\n"):
        assert _blocked(engine, "docs/configuration.md" if "```" in text else "docs/configuration.rst", text) == []


# --- a sentence's bold or bare password; another language's list item ---------------------------------------------

_SENTENCE_FORMS = [
    ("docs/onboarding/accounts.md", "New accounts start with the password **{pw}** and must change it at first sign-in.\n", 1),
    ("docs/handover/night-notes.txt", "- Fallback terminal: log in as \"night\", password {pw}\n  (tell day shift).\n", 1),
    ("docs/服务器.md", "## 数据库\n- 用户名：dev_admin\n- 密码：{pw}\n", 3),
    ("docs/zugang.md", "- Benutzer: dev\n- Passwort: {pw}\n", 2),
]


@pytest.mark.parametrize("password", [_CHOSEN, _GENERATED])
@pytest.mark.parametrize(("filename", "template", "line"), _SENTENCE_FORMS, ids=[row[0] for row in _SENTENCE_FORMS])
def test_a_sentences_password_blocks(engine: Engine, filename: str, template: str, line: int, password: str) -> None:
    assert _lines(engine, filename, template.format(pw=password)) == [(line, password)]


@pytest.mark.parametrize("password", _TUTORIAL)
@pytest.mark.parametrize(("filename", "template", "line"), _SENTENCE_FORMS, ids=[row[0] for row in _SENTENCE_FORMS])
def test_a_sentences_tutorial_password_does_not_block(engine: Engine, filename: str, template: str, line: int,
                                                      password: str) -> None:
    assert _blocked(engine, filename, template.format(pw=password)) == []


def test_prose_after_the_word_password_does_not_block(engine: Engine) -> None:
    text = ("Password authentication is disabled; use keys.\nThe password **must** be rotated every 90 days.\n"
            "Reset the password with `passwd` and log in again.\n")
    assert _blocked(engine, "docs/ssh.md", text) == []


# --- a Google app password beside Gmail's host --------------------------------------------------------------------

_APP_PASSWORD = " ".join(drawn(1300010 + group, 4, "abcdefghijklmnopqrstuvwxyz") for group in range(4))
_APP_PASSWORD_2 = " ".join(drawn(1300020 + group, 4, "abcdefghijklmnopqrstuvwxyz") for group in range(4))


@pytest.mark.parametrize("password", [_APP_PASSWORD, _APP_PASSWORD_2])
def test_a_google_app_password_beside_gmail_blocks(engine: Engine, password: str) -> None:
    table = ("| Setting | Value |\n|---|---|\n| SMTP server | smtp.gmail.com |\n| Port | 587 |\n"
             f"| Password | `{password}` |\n")
    assert _lines(engine, "docs/it/scan-to-email.md", table) == [(5, password)]
    listed = f"The copier sends through our Gmail account.\n\n- User name: scans@corp.example\n- Password: `{password}`\n"
    assert _lines(engine, "docs/it/copier.md", listed) == [(4, password)]


def test_an_app_passwords_shape_without_gmail_or_drawn_as_a_placeholder_does_not_block(engine: Engine) -> None:
    assert _blocked(engine, "docs/it/copier.md", f"- User name: scans\n- Password: `{_APP_PASSWORD}`\n") == []
    for placeholder in ("abcd efgh ijkl mnop", "xxxx xxxx xxxx xxxx", "aaaa bbbb cccc dddd"):
        text = f"| Setting | Value |\n|---|---|\n| SMTP server | smtp.gmail.com |\n| Password | `{placeholder}` |\n"
        assert _blocked(engine, "docs/it/scan-to-email.md", text) == []


# --- a storage account's SAS URL in a page -------------------------------------------------------------------------

def _signature(seed: int) -> str:
    return quote(base64.b64encode(random.Random(seed).randbytes(32)).decode(), safe="")


_SIGNATURE = _signature(1300030)
_ACCOUNT = "geo" + drawn(1300031, 8, "abcdefghijklmnopqrstuvwxyz")
_QUERY = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig="


@pytest.mark.parametrize("template", [
    "```powershell\nazcopy copy \"https://{account}.blob.core.windows.net/tiles?{query}{sig}\" \"D:\\tiles\" --recursive\n```\n",
    "```bash\ncurl -o mosaic.vrt 'https://{account}.blob.core.windows.net/out/mosaic.vrt?{query}{sig}'\n```\n",
    "The delivery is at https://{account}.file.core.windows.net/share?{query}{sig} until December.\n",
])
def test_a_storage_sas_url_in_a_page_blocks(engine: Engine, template: str) -> None:
    text = "# Delivery\n\n" + template.format(account=_ACCOUNT, query=_QUERY, sig=_SIGNATURE)
    assert [secret for _, secret in _lines(engine, "docs/clients/delivery.md", text)] == [_SIGNATURE]


@pytest.mark.parametrize(("account", "sig"), [
    ("myaccount", _SIGNATURE), ("mystorageaccount", _SIGNATURE), ("contoso", _SIGNATURE),
    (_ACCOUNT, "<signature>"), (_ACCOUNT, "X" * 44), (_ACCOUNT, quote(base64.b64encode(bytes(range(20))).decode(), safe="")),
    (_ACCOUNT, drawn_mixed(1300032, 52)),
])
def test_a_tutorials_or_a_placeholders_sas_url_does_not_block(engine: Engine, account: str, sig: str) -> None:
    text = f"```bash\nazcopy copy \"https://{account}.blob.core.windows.net/c?{_QUERY}{sig}\" ./out\n```\n"
    assert _blocked(engine, "docs/guide/azcopy.md", text) == []
