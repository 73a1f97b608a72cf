"""Blind rounds GC-GH, documentation and exports: a handover note's accounts table whose column gives a password or
where it is kept (`| Password / where |`), and a cell's value in a code span with a note after it (`` `…` (not in the
vault yet!) ``); a sign-in sentence's pair said in words (`Log in as `ops` with `…``, `using the password `…``, `and
password `…``) or wrapped before its `as` (`log in to the portal at …` and below it `as `ops` / `…``); a device's own
short password drawn for it (a VNC server's eight characters, a printer's Web Config password) beside the device's
address on the team's network (its table row, its section's lines above); and a device inventory's export (a column
naming each row's device, a password column), whose chosen passwords block. Through the engine."""
from __future__ import annotations

import hashlib
import random
import string

import pytest
from secretfence.compat.detect_secrets.credential_keys import drawn_short_password
from secretfence.engine import Engine
from secretfence.kinds._config_forms import beside_a_device_address, drawn_device_password

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

_WORDS = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper", "Basalt",
          "Juniper", "Thistle", "Granite")
_CONSONANTS = "bcdfghjklmnpqrstvwxz"


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Cedar%Lantern4471`)."""
    generator = random.Random(seed)
    return generator.choice(_WORDS) + generator.choice("#%!*") + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _short_chosen(seed: int) -> str:
    """A password a person chose with care, under the sixteen characters that read as generated: a five-letter word, a
    symbol, a four-letter word, four digits (`Cedar#Lynx4471`)."""
    generator = random.Random(seed)
    return (generator.choice(("Cedar", "Maple", "Amber", "Heron", "Flint")) + generator.choice("#%!*")
            + generator.choice(("Lynx", "Fern", "Moss", "Wren", "Pike")) + str(generator.randint(1000, 9999)))


def _random_case(seed: int) -> str:
    """Eight letters and a digit in random case, as a service technician's tool draws a VNC password (`RtYu4nMk`):
    two capitals, a small letter, a capital, a small one, a digit, two small ones."""
    generator = random.Random(seed)
    upper, lower = string.ascii_uppercase, string.ascii_lowercase
    shape = (upper, upper, lower, upper, lower, "23456789", lower, lower)
    return "".join(generator.choice(alphabet) for alphabet in shape)


def _consonant_run(seed: int) -> str:
    """Letters no word holds around a digit (`Qowlkrtz7p`): a capital, a vowel, then consonants, five together, a
    digit inside."""
    generator = random.Random(seed)
    return (generator.choice("BCDFGHJKLMNPQRSTVWXZ") + generator.choice("aeiou") + generator.choice(_CONSONANTS)
            + "".join(generator.sample(_CONSONANTS, 5)) + generator.choice("23456789") + generator.choice(_CONSONANTS))


_CHOSEN = [_chosen(2270000 + step) for step in range(6)]
_SHORT_CHOSEN = [_short_chosen(2270050 + step) for step in range(4)]
_GENERATED = [drawn_mixed(2270100 + step, 20) for step in range(4)]
_RANDOM_CASE = [_random_case(2270200 + step) for step in range(4)]
_CONSONANT_RUN = [_consonant_run(2270300 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def _found(engine: Engine, filename: str, text: str) -> list:
    return [finding.secret for finding in engine.scan_text(filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(drawn_short_password(value) for value in _RANDOM_CASE)
    assert all(len(value) == 10 and not drawn_short_password(value) for value in _CONSONANT_RUN)
    assert all(drawn_device_password(value) for value in _RANDOM_CASE + _CONSONANT_RUN)
    assert all(12 <= len(value) < 16 for value in _SHORT_CHOSEN)


# --- a handover note's accounts table: `| Password / where |`, a cell's note ---------------------------------------------

@pytest.mark.parametrize("header", ["Password / where", "Password or location", "Where / password",
                                    "Admin password / vault item", "**Password / where stored**", "PW / ref"])
def test_a_password_or_where_column_blocks_its_password(engine: Engine, header: str) -> None:
    for password in (_CHOSEN[0], _GENERATED[0]):
        text = (f"# IT handover\n\n## Accounts\n\n| System | Login | {header} | Notes |\n|---|---|---|---|\n"
                f"| Workspace super admin | admin@salon.co | `{password}` | break-glass account |\n"
                "| Square (owner) | owner@salon.co | owner's own | 2FA on the owner's phone |\n"
                "| Domain registrar | 1Password | 1Password | renews in March |\n")
        assert _secrets(engine, "docs/IT-handover.md", text) == [(7, password)]
        assert _found(engine, "docs/IT-handover.md", text) == [password]  # (where it is kept: no value)


@pytest.mark.parametrize("header", ["Password policy", "Password manager / where", "Where", "Password reset / link"])
def test_a_column_naming_no_password_is_not_read(engine: Engine, header: str) -> None:
    text = f"| System | {header} |\n|---|---|\n| Workspace | `{_CHOSEN[1]}` |\n"
    assert _blocked(engine, "docs/IT-handover.md", text) == []


def test_a_tutorials_password_in_a_password_or_where_column_warns(engine: Engine) -> None:
    text = "| System | Login | Password / where |\n|---|---|---|\n| Demo site | demo | `Welcome1!` |\n"
    assert _blocked(engine, "docs/demo.md", text) == []


@pytest.mark.parametrize("cell", ["`{pw}` (not in 1Password yet!)", "**{pw}** (set by the installer)",
                                  "`{pw}`  (rotate after the audit)"])
def test_a_password_cell_with_a_note_after_its_span_blocks(engine: Engine, cell: str) -> None:
    password = _CHOSEN[2]
    text = ("| System | Where | Login | Password |\n|--------|-------|-------|----------|\n"
            "| Microsoft 365 admin | admin.microsoft.com | derek@estate.co.uk | 1Password + MFA |\n"
            f"| Camera NVR (comms cupboard) | http://10.40.0.20 | admin | {cell.replace('{pw}', password)} |\n")
    assert _secrets(engine, "bellamy-it/docs/handover-2024.md", text) == [(4, password)]


@pytest.mark.parametrize("cell", ["`<password>` (ask IT)", "1Password (vault Venue Ops)", "`see vault` (entry NVR)"])
def test_a_noted_cell_holding_no_password_is_not_reported(engine: Engine, cell: str) -> None:
    text = f"| System | Login | Password |\n|---|---|---|\n| Camera NVR | admin | {cell} |\n"
    assert _found(engine, "docs/handover.md", text) == []


# --- a sign-in sentence's pair said in words, or wrapped before its `as` -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2. Log in as `salonadmin` with `{pw}`",
    "3. Sign in as `operator` using `{pw}`.",
    "Log in to DSM as `backup-op` with the password `{pw}` and open Snapshot Replication.",
    "Sign in as `ops`, and password `{pw}`, then pick the share.",
    "Connect as `svc_restore` using password: `{pw}`",
])
@pytest.mark.parametrize("filename", ["docs/runbooks/nas-restore.md", "docs/it/nas.md", "RUNBOOK.md"])
def test_a_sign_in_sentences_pair_in_words_blocks(engine: Engine, sentence: str, filename: str) -> None:
    password = _CHOSEN[3]
    text = f"# Restore a file\n\n1. Open http://nas.salon.lan:5000\n{sentence.replace('{pw}', password)}\n"
    assert _secrets(engine, filename, text) == [(4, password)]


@pytest.mark.parametrize("sentence", [
    "Connect as `readonly` using `pgAdmin4`.",
    "Authenticate as `svc-ci` using `oauth2-proxy`.",
    "Log in as `admin` with `Ctrl+Alt+Del` held.",
    "Sign in as `ops` and open `Harbor%Cedar4471`.",
    "Log in as `root` with `sudo`.",
])
@pytest.mark.parametrize("filename", ["docs/runbooks/db.md", "docs/guide.md"])
def test_a_sign_in_with_a_tool_or_a_step_is_no_pair(engine: Engine, sentence: str, filename: str) -> None:
    assert _blocked(engine, filename, f"# Connecting\n\n{sentence}\n") == []


@pytest.mark.parametrize("lines", [
    ("## Reporting", "Connect as `ro` using `pgAdmin4`, then sign in to the portal as `admin` / `{pw}`."),
    ("## CI", "Authenticate as `svc-ci` using `oauth2-proxy`; for the dashboard log in as `ops` / `{pw}`."),
])
def test_a_sign_in_with_a_tool_hides_no_pair_after_it(engine: Engine, lines: tuple) -> None:
    # (review rev1: the first sentence, naming a tool, was read alone and passed over; the pair after it went unread)
    password = drawn_mixed(2400110, 16)
    text = f"# Warehouse\n\n{lines[0]}\n{lines[1].replace('{pw}', password)}\n"
    assert _secrets(engine, "docs/runbooks/reports.md", text) == [(4, password)]


def test_a_tutorials_sign_in_in_words_warns(engine: Engine) -> None:
    text = "# Quick start\n\nLog in as `admin` with `P@ssw0rd123!` and change it.\n"
    assert _blocked(engine, "docs/quick-start.md", text) == []


@pytest.mark.parametrize("lines", [
    ("2. Faire orders: log in to the brand portal at faire.com/brand-portal", "   as `wholesale@roastery.co` / `{pw}` and accept"),
    ("Sign in to the supplier console", "with `orders` / `{pw}`."),
    ("- Accounting: log into Xero at go.xero.com", "  as `books@roastery.co` with the password `{pw}`"),
])
@pytest.mark.parametrize("filename", ["docs/wholesale/onboarding-new-cafes.md", "docs/runbooks/orders.md"])
def test_a_sign_in_sentence_wrapped_before_its_pair_blocks(engine: Engine, lines: tuple, filename: str) -> None:
    password = _CHOSEN[4]
    text = f"# Onboarding\n\n1. Check the account.\n{lines[0]}\n{lines[1].replace('{pw}', password)}\n3. Book the visit.\n"
    assert _secrets(engine, filename, text) == [(5, password)]


@pytest.mark.parametrize("above", ["Open the price list.", "## Accounts", "", "| Portal | Login |", "Set the page size to 50"])
def test_a_pair_under_no_sign_in_sentence_is_not_read(engine: Engine, above: str) -> None:
    text = f"# Notes\n\n{above}\nas `ops` / `{_CHOSEN[5]}` below\n"
    assert _blocked(engine, "docs/notes.md", text) == []


# --- a device's own short drawn password beside its address on the team's network ---------------------------------------

@pytest.mark.parametrize("row", [
    "| Probat HMI (Siemens TP700) | 10.20.0.11 | VNC :5900 | password `{pw}` (set by the service tech, 2022) |",
    "| Probat HMI | 10.20.0.11 | VNC :5900 | VNC password: `{pw}` |",
])
def test_a_devices_short_drawn_password_in_its_row_blocks(engine: Engine, row: str) -> None:
    for password in (_RANDOM_CASE[0], _CONSONANT_RUN[0]):
        text = ("# Roastery floor network\n\n| Device | IP | Access | Notes |\n|---|---|---|---|\n"
                f"{row.replace('{pw}', password)}\n| Edge Pi | 10.20.0.5 | ssh with key | see `it/ssh` |\n")
        assert _secrets(engine, "docs/roastery-floor-network.md", text) == [(5, password)]


def test_a_devices_short_drawn_password_in_a_password_column_blocks(engine: Engine) -> None:
    password = _RANDOM_CASE[1]
    text = f"| Device | IP | User | Password |\n|---|---|---|---|\n| NVR | 192.168.20.5 | admin | `{password}` |\n"
    assert _secrets(engine, "docs/it/cameras.md", text) == [(3, password)]


@pytest.mark.parametrize("listing", [
    "## Web Config\nBrowse to `https://192.168.10.31/` (accept the self-signed cert).\n\n- user: `epson`\n- password: `{pw}`\n",
    "## Web Config (172.16.4.20)\n\n- User: `epson`\n- Password: {pw}\n",
    "Printer: 10.1.7.31\n\nLog in as `epson` with password `{pw}`.\n",
])
def test_a_devices_short_drawn_password_under_its_address_blocks(engine: Engine, listing: str) -> None:
    for password in (_RANDOM_CASE[2], _CONSONANT_RUN[1]):
        text = "# Receipt printers\n\nBoth tills use Epson TM-m30II.\n\n" + listing.replace("{pw}", password)
        number = next(at for at, line in enumerate(text.splitlines(), 1) if password in line)
        assert _secrets(engine, "docs/it/receipt-printers.md", text) == [(number, password)]


@pytest.mark.parametrize("listing", [
    "## Web Config\nBrowse to `https://printer.example.com/`.\n\n- user: `epson`\n- password: `{pw}`\n",
    "Printer: 192.168.10.31\n\n## Web Config\n\n- user: `epson`\n- password: `{pw}`\n",
    "| Device | IP | Notes |\n|---|---|---|\n| Printer | 192.168.10.31 | |\n| HMI | vnc.roastery.co | password `{pw}` |\n",
    "Browse to `https://8.8.4.4/`.\n\n- user: `epson`\n- password: `{pw}`\n",
])
def test_a_short_drawn_password_without_its_devices_address_warns(engine: Engine, listing: str) -> None:
    password = _RANDOM_CASE[3]
    text = "# Receipt printers\n\n" + listing.replace("{pw}", password)
    assert _blocked(engine, "docs/it/receipt-printers.md", text) == []
    assert password in _found(engine, "docs/it/receipt-printers.md", text)  # (documentation's value: a warning)


@pytest.mark.parametrize("value", ["epson123", "Welcome1", "admin2024", "Password1", "P4ssw0rd", "abcdefg1", "Roastery2022"])
def test_a_stock_or_worded_password_beside_a_devices_address_warns(engine: Engine, value: str) -> None:
    text = f"# Printers\n\nBrowse to `https://192.168.10.31/`.\n\n- user: `epson`\n- password: `{value}`\n"
    assert _blocked(engine, "docs/it/printers.md", text) == []
    assert not drawn_device_password(value)


def test_a_devices_address_is_read_in_its_row_or_its_section() -> None:
    lines = ["## NAS", "Browse to http://192.168.1.20:5000", "", "- user: `admin`", "- password: `x`", "## Other", "- password: `y`"]
    assert beside_a_device_address(lines, 4)
    assert not beside_a_device_address(lines, 6)  # (a heading between: another section)
    rows = ["| Device | IP | Notes |", "|---|---|---|", "| NAS | 10.0.0.4 | |", "| HMI | hmi.lan | password `x` |"]
    assert not beside_a_device_address(rows, 3)  # (another row's address is another device's)
    assert not beside_a_device_address(["Version 10.0.0.4.1 and 1.10.0.0.4", "- password: `x`"], 1)  # (no address)


# --- a device inventory's export -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("header,row", [
    ("site,device,model,serial,os,mdm_group,kiosk_app,admin_password,installed",
     "Quay St,order-kiosk-1,iPad 10th gen,HF1C4WQX,iPadOS 17.5,Kiosks,Square Kiosk,{pw},2024-03-02"),
    ("hostname,ip,model,local_admin_password", "till-2,10.0.4.12,TM-m30II,{pw}"),
    ("asset_tag,mac_address,location,admin_pass", "A-0042,3C:22:FB:10:AA:01,cafe bar,{pw}"),
])
def test_a_device_inventorys_password_column_blocks(engine: Engine, header: str, row: str) -> None:
    password = _SHORT_CHOSEN[0]
    text = f"{header}\n{row.replace('{pw}', password)}\n"
    assert _secrets(engine, "loyalty/exports/kiosk_devices.csv", text) == [(2, password)]


@pytest.mark.parametrize("value", ["changeme", "********", "see 1Password", "", "$2b$12$R9h/cIPz0gi.URNNX3kh2O",
                                   hashlib.md5(b"kiosk").hexdigest(), "admin", "1234", "P@ssw0rd", "MDM-managed"])
def test_a_device_inventorys_stock_masked_or_hashed_cell_does_not_block(engine: Engine, value: str) -> None:
    text = f"hostname,serial,admin_password\nkiosk-1,HF1C4WQX,{value}\n"
    assert _blocked(engine, "exports/devices.csv", text) == []


def test_a_table_naming_no_device_keeps_its_strict_judgement(engine: Engine) -> None:
    text = f"team,notes,admin_password\nops,rota,{_SHORT_CHOSEN[1]}\n"
    assert _blocked(engine, "exports/teams.csv", text) == []
