"""Blind rounds GW-GZ, documentation and exports that are the team's own: a list item's login pair after a later
clause's label (`- Door controller at 192.168.… (warehouse). Local admin: `ops` / `…``); a ticket export's note giving
an account's address and password after a sentence naming the account (`owner left their Apple ID so we can unlock it …: j.doe@… / …`); a Google
app password alone in the block below the sentence naming an app password; a handover note's accounts table holding a
password of three classes (no lower case); an incident's write-up read as a handover note is (`Previous token (…): `<hex>``);
a handover note's settings row whose name carries a note in brackets (`| Server API token (Orders) | `<uuid>` |`).
Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine
from secretfence.kinds._config_forms import names_a_resource, persons_password
from secretfence.kinds._helpers import is_incident_record, is_teams_own_record, looks_chosen

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, uuid4


def _chosen(seed: int) -> str:
    """A password a person chose with care (two words, a symbol, four digits)."""
    generator = random.Random(seed)
    words = ("Gasket", "Pylon", "Bracket", "Solder", "Ferrite", "Hinge", "Spindle", "Trellis")
    return generator.choice(words) + generator.choice("#%!*$") + generator.choice(words) + str(generator.randint(1000, 9999))


def _app_password(seed: int) -> str:
    """A Google app password as Google shows it: four groups of four letters drawn at random."""
    generator = random.Random(seed)
    return " ".join("".join(generator.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def _upper_drawn(seed: int) -> str:
    """A generator's password of upper case, digits and symbols, no lower case (a NAS's or a vault's setting)."""
    return next(value for value in (drawn(seed + step, 14, string.ascii_uppercase + string.digits + "+-#_")
                                    for step in range(50)) if persons_password(value) and not looks_chosen(value))


_CHOSEN = [_chosen(2670000 + step) for step in range(4)]
_APP_PASSWORDS = [_app_password(2670100 + step) for step in range(3)]
_UPPER = _upper_drawn(2670200)
_HEX = drawn(2670300, 32, "0123456789abcdef")
_UUID = uuid4(2670400)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a list item's login pair after a later clause's label -----------------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Door controller at 192.168.40.7 (warehouse). Local admin: `dooradmin` / `{pw}`",
    "- FS02 (QNAP TS-464), admin login: `fsadmin` / `{pw}`",
    "- Label printer at 10.0.0.60 -- web UI: `admin` / `{pw}`",
    "- Back-office Mac mini; Apple ID: `it@voltfix.co.uk` / `{pw}`",
    "* Till PC is the Dell by the door. **Console login:** `till` / `{pw}`",
])
@pytest.mark.parametrize("filename", ["docs/handover-2025-01.md", "docs/it/network.md"])
def test_a_later_clauses_login_pair_blocks(engine: Engine, item: str, filename: str) -> None:
    text = "# IT notes\n\n## Network\n" + item.replace("{pw}", _CHOSEN[0]) + "\n"
    assert _secrets(engine, filename, text) == [(4, _CHOSEN[0])]


@pytest.mark.parametrize("item", [
    "- Releases are cut from main. Branches: `main` / `release-{pw}`",  # (no account's label: a list's pair)
    "- Label printer at 10.0.0.60. Web UI: `admin` / `admin`",  # (the stock pair)
    "- For example, the admin login: `admin` / `{pw}`",  # (an example's)
    "- Label printer at 10.0.0.60. Web UI: `admin` / `<printer password>`",
    "- Sync runs nightly, regions: `eu-west-1` / `us-east-1`",
])
def test_a_later_clauses_pair_of_no_login_or_of_a_stand_in_passes(engine: Engine, item: str) -> None:
    text = "# IT notes\n\n## Network\n" + item.replace("{pw}", _CHOSEN[1]) + "\n"
    assert _secrets(engine, "docs/it/network.md", text) == []


# --- a ticket export's note: an account's address and password after a sentence naming the account -------------------

def _tickets(note: str) -> str:
    return ("ticket,created,author,visibility,note\n"
            'T-2201,2024-06-18 09:12,frontdesk,internal,"Screen cracked, touch OK."\n'
            f'T-2202,2024-06-18 11:22,frontdesk,internal,"{note}"\n')


@pytest.mark.parametrize("note", [
    "Find My still on - owner left their Apple ID so we can unlock it once fixed: j.doe@example.co.uk / {pw} (wipe this after)",
    "Apple ID: j.doe@example.co.uk / {pw}",
    "iCloud for the activation lock: j.doe@mail.example.org / {pw}",
    "Customer's Google account, to restore the backup: jdoe1987@gmail.com / {pw}",
    "FRP lock - customer's login for the Samsung account: j.doe@example.co.uk / {pw} - remove after",
])
def test_a_notes_account_address_and_password_blocks(engine: Engine, note: str) -> None:
    text = _tickets(note.replace("{pw}", _CHOSEN[2]))
    assert _secrets(engine, "exports/repair_notes_2025-01-09.csv", text) == [(3, _CHOSEN[2])]


@pytest.mark.parametrize("note", [
    "Apple ID: j.doe@example.co.uk / see 1Password",  # (a reference)
    "Apple ID: j.doe@example.co.uk / ********",  # (a mask)
    "Invoice sent to: j.doe@example.co.uk / {pw}",  # (no account, login or password named)
    "Customer contact: j.doe@example.co.uk / 07700 900123",
    "Account holder asked us to reset it: j.doe@example.co.uk / changeme",  # (a stock word)
])
def test_a_notes_address_pair_of_no_account_or_of_a_stand_in_passes(engine: Engine, note: str) -> None:
    text = _tickets(note.replace("{pw}", _CHOSEN[3]))
    assert _secrets(engine, "exports/repair_notes_2025-01-09.csv", text) == []


# --- a Google app password alone below the sentence naming an app password --------------------------------------------

def _howto(named: str, block: str) -> str:
    return ("# Booking mails\n\n## When Gmail refuses the login\n"
            f"The mailer signs in to Gmail as `news@harbourmarket.org` using {named} (the\n"
            "account has 2-step verification). Today's is:\n\n" + block + "\n\nPut it in the env file.\n")


@pytest.mark.parametrize("named", ["an **app password**", "an app-specific password", "an application password",
                                   "the Gmail app pw"])
@pytest.mark.parametrize("block", ["    {app}", "```\n{app}\n```", "`{app}`", "> {app}"])
def test_an_app_password_alone_below_its_sentence_blocks(engine: Engine, named: str, block: str) -> None:
    text = _howto(named, block.replace("{app}", _APP_PASSWORDS[0]))
    found = _secrets(engine, "docs/mailer-howto.md", text)
    assert [secret for _, secret in found] == [_APP_PASSWORDS[0]]


@pytest.mark.parametrize("text", [
    # (the shape shown, or an example)
    "An **app password** is sixteen letters and looks like this:\n\n    {app}\n",
    "Create an app password (for example:\n\n    {app}\n\n) and paste it in.\n",
    # (a heading between: another part's block)
    "Use an app password for the printer.\n\n## Backup codes\n\n    {app}\n",
    # (no app password named above it)
    "The guest Wi-Fi for the stalls is below. Today's is:\n\n    {app}\n",
    # (a shape no draw gives: a few letters, an alphabet's run)
    "Our app password is:\n\n    abcd efgh ijkl mnop\n",
    "Our app password is:\n\n    xxxx xxxx xxxx xxxx\n",
])
def test_an_app_passwords_shape_shown_or_unnamed_passes(engine: Engine, text: str) -> None:
    page = "# Mail\n\n" + text.replace("{app}", _APP_PASSWORDS[1])
    assert _secrets(engine, "docs/mailer-howto.md", page) == []


# --- a handover note's accounts table: a password of three classes ---------------------------------------------------

def _accounts(password: str) -> str:
    return ("# IT handover\n\n| System | Where | Login | Password | Notes |\n|--------|-------|-------|----------|-------|\n"
            "| Shop router | https://10.8.0.1 | sam | in Bitwarden | |\n"
            f"| File server | https://10.8.0.12:5001 | fsadmin | `{password}` | nightly backups |\n")


def test_a_handover_tables_password_of_three_classes_blocks(engine: Engine) -> None:
    assert _secrets(engine, "office/HANDOVER.md", _accounts(_UPPER)) == [(6, _UPPER)]
    assert _secrets(engine, "docs/incidents/2024-05-07-file-server.md", _accounts(_UPPER)) == [(6, _UPPER)]
    # (no team's record: documentation's bar; stop 56: a table whose other rows say theirs are kept in a store, the
    # router's `in Bitwarden`, is the team's own record wherever it stands, docs_asia_round_56_test)
    alone = _accounts(_UPPER).replace("| Shop router | https://10.8.0.1 | sam | in Bitwarden | |\n", "")
    assert _secrets(engine, "docs/it/accounts.md", alone) == []
    assert _secrets(engine, "docs/it/accounts.md", _accounts(_UPPER)) == [(6, _UPPER)]


@pytest.mark.parametrize("value", ["Welcome2024!", "P@ssw0rd123", "changeme", "<ask Sam>", "********", "Qwerty123!"])
def test_a_handover_tables_stock_or_stand_in_password_does_not_block(engine: Engine, value: str) -> None:
    assert _secrets(engine, "office/HANDOVER.md", _accounts(value)) == []


# --- an incident's write-up: the team's own record --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["docs/incidents/2024-05-02-booking-mail.md", "postmortems/INC-2291.md",
                                  "docs/2023-11-08-postmortem.md", "ops/post-mortems/2024-01-db-failover.md",
                                  "docs/incident-report-db-failover.md", "incidents/20240312_outage.md"])
def test_an_incident_write_up_is_known_by_its_name(name: str) -> None:
    assert is_incident_record(name.lower()) and is_teams_own_record(name.lower())


@pytest.mark.parametrize("name", ["docs/incidents/create.md", "docs/incidents/index.md", "docs/incident-management.md",
                                  "docs/features/incidents.md", "incidents/2024-q1.md", "docs/guide.md"])
def test_a_page_about_incidents_is_no_write_up(name: str) -> None:
    assert not is_incident_record(name.lower())


def _write_up(item: str) -> str:
    return ("# 2024-05-02: booking confirmations not sent\n\n## Cause\n"
            "Someone regenerated the auth token on 05-01 and the mailer kept using the previous one.\n"
            + item + "\n\n## Fix\n- Put the new token in the mailer's secret and restarted it.\n")


@pytest.mark.parametrize("item", ["Previous token (kept as secondary until removed): `{key}`", "- Leaked API key: `{key}`",
                                  "**Old auth token**: `{key}`"])
def test_an_incident_write_ups_token_blocks(engine: Engine, item: str) -> None:
    text = _write_up(item.replace("{key}", _HEX))
    assert _secrets(engine, "docs/incidents/2024-05-02-booking-mail.md", text) == [(5, _HEX)]
    assert _secrets(engine, "docs/sms/reminders.md", text) == []  # (documentation's token: the docs' example)
    assert _secrets(engine, "docs/incidents/rotating-tokens.md", text) == []  # (a page about incidents, undated)


@pytest.mark.parametrize("item", ["- 14:05 token `pump-reader-2022` deleted in the console (id `7d1a30c2`)",
                                  "- 14:30 new token `pump-reader-2023q4` created, rolled out to the gateways",
                                  "- The key `orders_api_key_2024` was rotated."])
def test_an_incident_write_ups_token_named_by_its_resource_name_passes(engine: Engine, item: str) -> None:
    assert names_a_resource(item.split("`")[1])
    assert _secrets(engine, "docs/incidents/2024-05-09-token-rollover.md", _write_up(item)) == []


@pytest.mark.parametrize(("item", "value"), [
    ("- Deploy token: `{value}`", "marble-osprey-canyon-57"),  # (a generator's words and a number)
    ("- Webhook secret: `{value}`", "quartz-heron-willow-basket-3"),
    ("shared token: `{value}`", "marble-osprey-canyon-57"),
])
def test_a_handover_note_s_passphrase_token_is_no_resource_name(engine: Engine, item: str, value: str) -> None:
    assert not names_a_resource(value)
    text = "# IT handover\n\n## Accounts\n\n" + item.replace("{value}", value) + "\n"
    assert _secrets(engine, "docs/it-handover.md", text) == [(5, value)]


@pytest.mark.parametrize("value", [_HEX, _UUID, _UPPER, "Xk2-Pq9-Lm4-Rt7"])
def test_an_issued_value_is_no_resource_name(value: str) -> None:
    assert not names_a_resource(value)


@pytest.mark.parametrize("value", ["<old token>", "${TWILIO_AUTH_TOKEN}", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                                   string.hexdigits[:16] * 2])  # (an alphabet's run, built at run time)
def test_an_incident_write_ups_stand_in_does_not_block(engine: Engine, value: str) -> None:
    text = _write_up("Previous token (kept as secondary until removed): `" + value + "`")
    assert _secrets(engine, "docs/incidents/2024-05-02-booking-mail.md", text) == []


# --- a handover note's settings row named with a note in brackets -----------------------------------------------------

@pytest.mark.parametrize("row", ["| Server API token (Catering Orders) | `{key}` |", "| Webhook secret (prod) | `{key}` |",
                                 "| API key (orders server) | {key} |", "| Server API token (Orders)   |   `{key}`   |"])
def test_a_handover_notes_row_named_with_a_note_blocks(engine: Engine, row: str) -> None:
    text = ("# Handover: customer e-mail\n\n## Credentials\n| what | value |\n|---|---|\n"
            "| Account login | it@deli.example.com (in the shared vault) |\n" + row.replace("{key}", _UUID) + "\n")
    assert _secrets(engine, "docs/handover-mail-setup.md", text) == [(7, _UUID)]
    assert _secrets(engine, "docs/email.md", text) == []  # (documentation's settings table: the docs' example)
