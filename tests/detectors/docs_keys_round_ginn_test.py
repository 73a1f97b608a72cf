"""Blind rounds GI-GN, keys and tokens in documentation that is the team's own record: a handover note's key, token or
secret (a settings table's `| Provider key | … |` row, padded as an aligned table pads it; a list item's `- Production
access token (…): `…``), and a settings table's secret row where the table records its credential's provenance (`| Owner
| it@… |`, `| Created | 2024-03-11 by … |`), read as documentation's passwords are (a block where the value looks
generated). A key on any other page stays the docs' example. A label's note in brackets before its colon, and a Google
app password under a label naming it. A command's URL login in documentation (`wget "ftp://user:…@ftp.supplier…/…"`)
judged as curl's `-u user:password` there, and a short draw whose letters read as leetspeak by chance, in random case,
still a draw. Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.compat.detect_secrets.credential_keys import _leetspeak_word, drawn_short_password
from secretfence.engine import Engine
from secretfence.kinds._config_forms import records_its_credential
from secretfence.kinds._helpers import is_handover_note

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed


def _app_password(seed: int) -> str:
    """A Google app password as Google shows it: four groups of four letters drawn at random."""
    generator = random.Random(seed)
    return " ".join("".join(generator.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(4)) for _ in range(4))


def _chosen(seed: int) -> str:
    """A password a person chose with care (`Cedar%Lantern4471`)."""
    generator = random.Random(seed)
    words = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Willow")
    return generator.choice(words) + generator.choice("#%!*") + generator.choice(words) + str(generator.randint(1000, 9999))


def _hex(seed: int, length: int) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice("0123456789abcdef") for _ in range(length))


_KEYS = [drawn_mixed(2375100 + step, 32) for step in range(4)]
_HEX_KEYS = [_hex(2375120 + step, 32) for step in range(2)]
_APP_PASSWORDS = [_app_password(2375300 + step) for step in range(3)]
_CHOSEN = [_chosen(2375320 + step) for step in range(3)]
_TOKEN = "EAAA" + drawn_mixed(2375130, 60, string.ascii_letters + string.digits + "_-")


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _found(engine: Engine, filename: str, text: str) -> list:
    return [finding.secret for finding in engine.scan_text(filename, text)]


@pytest.mark.parametrize("name", ["docs/handover/sales-systems.md", "gallery/HANDOVER.md", "docs/IT-handover.md",
                                  "docs/finance/handover-reception-2024.md", "ops/hand-over/notes.txt",
                                  "it/handovers/2024-06.md", "docs/runbooks/route-optimizer-handover.md"])
def test_a_handover_note_is_known_by_a_word_of_its_path(name: str) -> None:
    assert is_handover_note(name.lower())


@pytest.mark.parametrize("name", ["docs/handoff.md", "docs/handlers/over.md", "README.md", "docs/handsover.md",
                                  "docs/shandover.md", "docs/secondhandoverview.md"])
def test_no_handover_word_is_no_handover_note(name: str) -> None:
    assert not is_handover_note(name.lower())


# --- a handover note's keys and tokens ---------------------------------------------------------------------------------

@pytest.mark.parametrize("row", ["| Provider key       | `{key}`   |", "| API key | {key} |", "| **Webhook secret** | `{key}` |",
                                 "| Access token | **{key}** |"])
def test_a_handover_notes_settings_table_key_blocks(engine: Engine, row: str) -> None:
    for key in (_KEYS[0], _HEX_KEYS[0]):
        text = ("# Sales systems handover\n\n## SmartMoving\n\n| Setting            | Value                                |\n"
                "|--------------------|--------------------------------------|\n" + row.replace("{key}", key) + "\n"
                "| Branch             | Northgate -- Leeds                   |\n")
        assert _secrets(engine, "docs/handover/sales-systems.md", text) == [(7, key)]


@pytest.mark.parametrize("item", ['- Production access token (app "Reception till"): `{key}`', "- API key: `{key}`",
                                  "**Client secret**: `{key}`"])
def test_a_handover_notes_labelled_span_key_blocks(engine: Engine, item: str) -> None:
    for key in (_KEYS[1], _TOKEN):
        text = f"# Reception till - handover\n\n- Location: `L8M0TQ2XJ7Z4N`\n{item.replace('{key}', key)}\n"
        assert _secrets(engine, "docs/finance/handover-reception-2024.md", text) == [(4, key)]


@pytest.mark.parametrize("filename", ["docs/integrations/sales-systems.md", "docs/smartmoving.md", "README.md"])
def test_the_same_key_on_another_page_stays_an_example(engine: Engine, filename: str) -> None:
    text = (f"| Setting | Value |\n|---|---|\n| Provider key | `{_KEYS[2]}` |\n\n"
            f"- Production access token: `{_TOKEN}`\n")
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("value", ["`<provider key>`", "`********************************`", "in 1Password (Sales vault)",
                                   "`YOUR_PROVIDER_KEY`", "`0123456789abcdef0123456789abcdef`", "`sk_test_xxxxxxxxxxxx`"])
def test_a_handover_notes_masked_or_kept_elsewhere_key_is_not_reported(engine: Engine, value: str) -> None:
    text = f"# Handover\n\n| Setting | Value |\n|---|---|\n| Provider key | {value} |\n- API token: {value}\n"
    assert _blocked(engine, "docs/handover/sales-systems.md", text) == []


def test_a_handover_notes_key_said_to_be_an_example_is_not_read(engine: Engine) -> None:
    text = f"# Handover\n\nFor example, the API key `{_KEYS[3]}` goes in the header.\n"
    assert _blocked(engine, "HANDOVER.md", text) == []


# --- a settings table recording its credential's provenance ------------------------------------------------------------

_ZOOM_TABLE = ("# Zoom Meeting SDK in the student app\n\n| Setting | Value |\n|---|---|\n| App type | Meeting SDK |\n"
               "| Client ID (SDK key) | `0_kaVGAGe4FDiV77` |\n| Client Secret | `{key}` |\n{provenance}\n\nSignature endpoint.\n")


@pytest.mark.parametrize("provenance", ["| Owner | it@lingua-school.com |", "| Created | 2024-03-11 by Marek |",
                                        "| Last rotated | 11 Mar 2024 |", "| Expires | March 11, 2025 |",
                                        "| **Created by** | ops@studio.co.uk |", "| Issued on | 11/03/2024 |"])
def test_a_secret_in_a_table_recording_its_provenance_blocks(engine: Engine, provenance: str) -> None:
    text = _ZOOM_TABLE.replace("{key}", _KEYS[3]).replace("{provenance}", provenance)
    assert _secrets(engine, "docs/classrooms/zoom-meeting-sdk.md", text) == [(7, _KEYS[3])]


@pytest.mark.parametrize("provenance", ["| Owner | you@example.com |", "| Created | when you add the app |"])
def test_a_secret_in_a_table_without_its_provenance_stays_an_example(engine: Engine, provenance: str) -> None:
    text = _ZOOM_TABLE.replace("{key}", _KEYS[3]).replace("{provenance}", provenance)
    assert _blocked(engine, "docs/classrooms/zoom-meeting-sdk.md", text) == []


@pytest.mark.parametrize("provenance", ["| Owner | the account owner |", "| Expires | never |", "| Version | 2024-03-11 |",
                                        "| Scopes | meeting:write |"])
def test_a_drawn_client_id_beside_its_secret_blocks_without_provenance(engine: Engine, provenance: str) -> None:
    """(stop 56: a client ID and its secret side by side, both drawn, is the pair a team pasted from its vendor's console,
    provenance or not: nine blind sets' pages held such pairs, all secrets, and three public documentation corpora none;
    a table that writes to its reader, `you@example.com`, stays the example above)"""
    text = _ZOOM_TABLE.replace("{key}", _KEYS[3]).replace("{provenance}", provenance)
    assert _blocked(engine, "docs/classrooms/zoom-meeting-sdk.md", text) == [(7, "Literal Credential", _KEYS[3])]


def test_provenance_in_another_table_says_nothing_of_this_one(engine: Engine) -> None:
    text = (f"| Setting | Value |\n|---|---|\n| Client Secret | `{_KEYS[3]}` |\n\nNotes.\n\n"
            "| Event | When |\n|---|---|\n| Created | 2024-03-11 |\n")
    assert _blocked(engine, "docs/zoom.md", text) == []
    assert not records_its_credential(text.splitlines(), 2)
    assert records_its_credential(text.splitlines(), 8)


def test_a_tutorials_placeholder_in_a_table_recording_its_provenance_is_not_reported(engine: Engine) -> None:
    text = _ZOOM_TABLE.replace("{key}", "<your client secret>").replace("{provenance}", "| Owner | it@school.edu |")
    assert _found(engine, "docs/zoom.md", text) == []


# --- a label's note in brackets before its colon; a Google app password under a label naming it -----------------------

@pytest.mark.parametrize("line", ["    app password (printer + scanner):  {pw}", "- app password (scanner): {pw}",
                                  "- **App password** (printer): {pw}", "Gmail app password (front desk) = {pw}",
                                  "- App-specific password: {pw}", "    app password:  {pw}"])
@pytest.mark.parametrize("filename", ["gallery/HANDOVER.md", "docs/email.md", "docs/runbooks/mail.md", "notes/mail.md"])
def test_an_app_password_under_its_label_blocks(engine: Engine, line: str, filename: str) -> None:
    password = _APP_PASSWORDS[0]
    text = ("# Email\n\nThe label printer sends mail through the inbox with an app password:\n\n"
            f"{line.replace('{pw}', password)}\n\nRe-enter it on the printer's web page.\n")
    assert _secrets(engine, filename, text) == [(5, password)]


@pytest.mark.parametrize("value", ["abcd efgh ijkl mnop", "xxxx xxxx xxxx xxxx", "aaaa bbbb aaaa bbbb"])
@pytest.mark.parametrize("filename", ["docs/email.md", "docs/runbooks/mail.md", "notes/mail.md"])
def test_an_app_passwords_placeholder_is_not_blocked(engine: Engine, value: str, filename: str) -> None:
    text = f"# Email\n\nSome prose.\n\n    app password (printer + scanner):  {value}\n- App password: {value}\n"
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("line", ["    Password (hint): same with last year", "- Password: same with last year",
                                  "Note (desk): when your bags come", "- App password (printer): same with last year"])
@pytest.mark.parametrize("filename", ["docs/runbooks/mail.md", "notes/mail.md", "docs/gmail.md", "gallery/HANDOVER.md"])
def test_four_words_of_four_letters_are_no_app_password(engine: Engine, line: str, filename: str) -> None:
    text = f"# Email\n\nThe inbox is on Gmail (smtp.gmail.com).\n\n{line}\n"
    assert _blocked(engine, filename, text) == []


def test_four_groups_of_letters_under_another_label_stay_documentations(engine: Engine) -> None:
    text = f"# Setup\n\n    passphrase (demo):  {_APP_PASSWORDS[1]}\n- Recovery words (sample): {_APP_PASSWORDS[2]}\n"
    assert _blocked(engine, "docs/setup.md", text) == []


@pytest.mark.parametrize("line", ["- DB password (prod): {pw}", "admin password (NVR, set 2022):  {pw}",
                                  "   - **Admin password** (rotate yearly): {pw}"])
@pytest.mark.parametrize("filename", ["docs/runbooks/db.md", "notes/db.md", "docs/it/db.md", "docs/handover/db.md"])
def test_a_password_after_a_noted_label_blocks(engine: Engine, line: str, filename: str) -> None:
    password = _CHOSEN[0]
    text = f"# Database\n\n{line.replace('{pw}', password)}\n"
    assert _secrets(engine, filename, text) == [(3, password)]


@pytest.mark.parametrize("line", ["- API key (public, safe for browsers): {pw}", "- DB password (prod): <ask the DBA>",
                                  "- DB password (prod): see 1Password", "- Password (example): {pw}",
                                  "- DB password (prod): changeme"])
@pytest.mark.parametrize("filename", ["docs/runbooks/db.md", "docs/it/db.md"])
def test_a_noted_labels_stand_in_or_public_key_is_not_blocked(engine: Engine, line: str, filename: str) -> None:
    text = f"# Database\n\n{line.replace('{pw}', _CHOSEN[1])}\n"
    assert _blocked(engine, filename, text) == []


# --- a short draw whose letters read as a word in leetspeak by chance ---------------------------------------------------

# (twelve letters and digits drawn at random, whose letters with the digits read as letters look like a word: `…1E` as `…iE`)
_LEET_READ_DRAWS = [drawn_mixed(seed, 12) for seed in (2375435, 2375487, 2375564, 2375587)]


def test_a_draw_in_random_case_reading_as_leetspeak_is_still_drawn() -> None:
    for value in _LEET_READ_DRAWS:
        assert _leetspeak_word(value.lower()) and drawn_short_password(value), value


@pytest.mark.parametrize("value", ["H4ck3rMan", "P4ssW0rd", "Tr0ub4dor", "azur4c457", "MyP4ssW0rd9", "h4ck3r99", "PASSW0RD1",
                                   "Sup3rN0va7"])
def test_a_word_in_leetspeak_in_a_words_case_is_no_draw(value: str) -> None:
    assert not drawn_short_password(value)


# --- a command's URL login in documentation ------------------------------------------------------------------------------

_URL_PASSWORDS = [_LEET_READ_DRAWS[0], drawn_mixed(2375500, 20), _CHOSEN[2], drawn_mixed(2375501, 14)]


@pytest.mark.parametrize("command", ['wget -N "ftp://mudroom0883:{pw}@ftp.sheffield-pottery.com/pricelists/wholesale.csv"',
                                     "curl -O ftp://orders:{pw}@ftp.supplier.co.uk/out/prices.csv",
                                     "lftp ftp://orders:{pw}@files.supplier.de -e 'mirror /out .; quit'",
                                     "curl -s https://ops:{pw}@status.pottery.studio/api/summary | jq ."])
@pytest.mark.parametrize("filename", ["supply/README.md", "docs/suppliers.md", "docs/suppliers.rst"])
def test_a_commands_url_login_at_a_real_host_blocks(engine: Engine, command: str, filename: str) -> None:
    for password in _URL_PASSWORDS:
        text = f"# Price lists\n\nFetch it with:\n\n```\n{command.replace('{pw}', password)}\n```\n"
        assert (6, password) in _secrets(engine, filename, text)


@pytest.mark.parametrize("command", ['wget "ftp://user:{pw}@ftp.example.com/file.csv"', "curl ftp://ops:{pw}@localhost/out/",
                                     "curl https://ops:{pw}@files.test/out/", "wget ftp://ops:{pw}@192.0.2.10/x",
                                     "wget ftp://ops:{pw}@your-ftp-server.com/x", "wget ftp://ops:{pw}@<host>/x"])
def test_a_commands_url_login_at_an_examples_host_warns(engine: Engine, command: str) -> None:
    text = f"```\n{command.replace('{pw}', _URL_PASSWORDS[1])}\n```\n"
    assert _blocked(engine, "docs/suppliers.md", text) == []


@pytest.mark.parametrize("password", ["password", "PASSWORD", "secret123", "<password>", "$FTP_PASS", "${FTP_PASS}", "changeme",
                                      "anonymous", "P@ssw0rd123!", "xxxxxxxxxxxx"])
def test_a_commands_url_login_that_is_a_stand_in_warns(engine: Engine, password: str) -> None:
    text = f'```\nwget -N "ftp://orders:{password}@ftp.supplier.co.uk/pricelists/wholesale.csv"\n```\n'
    assert _blocked(engine, "docs/suppliers.md", text) == []


_BASE64URL = string.ascii_letters + string.digits + "_-"
_SQUARE_TOKENS = ["EAAA" + drawn_mixed(2375600 + step, 60, _BASE64URL) for step in range(2)]
_SQUARE_LEGACY = "sq0atp-" + drawn_mixed(2375610, 22, _BASE64URL)


@pytest.mark.parametrize(("filename", "text"), [
    ("docs/integrations/square.md", "# Square\n\nThe till creates Terminal checkouts.\n\n- Access token: `{tok}`\n"),
    ("docs/pos.md", "Square Dashboard > Developer > Credentials.\n\n```\nexport TILL_TOKEN={tok}\n```\n"),
    ("config/till.yaml", "provider: squareup\nenvironment: production\nbearer: {tok}\n"),
    ("pos/sync.py", 'from square.client import Client\nclient = Client(access_token="{tok}", environment="production")\n'),
])
def test_a_square_token_blocks_where_the_text_says_square(engine: Engine, filename: str, text: str) -> None:
    for token in (_SQUARE_TOKENS[0], _SQUARE_LEGACY):
        assert token in [secret for _, secret in _secrets(engine, filename, text.replace("{tok}", token))]


@pytest.mark.parametrize("text", ["square\nblob: MIIB+{tok}+AQAB\n", "square\nblob: {tok}AAAA\n", "square\n/{tok}=\n",
                                  "icon: {tok}\n"])
def test_a_square_tokens_shape_inside_base64_or_nowhere_said_is_not_one(engine: Engine, text: str) -> None:
    findings = engine.scan_text("assets/theme.txt", text.replace("{tok}", _SQUARE_TOKENS[1]))
    assert [finding for finding in findings if "Square" in finding.description] == []


def test_a_url_login_in_prose_is_no_command(engine: Engine) -> None:
    text = f"The supplier's server is ftp://orders:{_URL_PASSWORDS[3]}@ftp.supplier.co.uk/ (ask Sam).\n"
    assert _blocked(engine, "docs/suppliers.md", text) == []
