"""Blind rounds HA-HF, documentation that is the team's own: a login's pair with its user written plain and only the
password in a span (`Fuel portal login: office@… / `…``), a label's note in brackets among its words (`- Shop firewall
(pfSense) admin: `admin` / `…``), a login's word with no colon before its pair (`…, login `service` / `…`, then …`); a
short drawn device password beside the machine's remote-support ID (`TeamViewer ID: 1 482 …`) or in a key/value table
whose device's own row gives its address (`| PLC | …, IP 10.… |` then `| PLC project password | `…` |`).
Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine
from secretfence.kinds._config_forms import drawn_device_password

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed


def _chosen(seed: int) -> str:
    """A password a person chose with care (two words, a symbol, four digits)."""
    generator = random.Random(seed)
    words = ("Gimlet", "Tenon", "Mortise", "Dowel", "Chisel", "Bevel", "Rebate", "Spline")
    return generator.choice(words) + generator.choice("#%!*$@") + generator.choice(words) + str(generator.randint(1000, 9999))


def _device_drawn(seed: int) -> str:
    """A short password drawn for a device (ten characters of both cases and digits)."""
    return next(value for value in (drawn_mixed(seed + step, 10) for step in range(200)) if drawn_device_password(value))


_CHOSEN = [_chosen(2870000 + step) for step in range(4)]
_DEVICE = [_device_drawn(2870100 + step * 500) for step in range(3)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a login's pair in a handover note: the user plain, a note among the label's words, no colon after `login` --------

@pytest.mark.parametrize("item", [
    "- Fuel card is in the glovebox. Fuel portal login: office@upholder.co.uk / `{pw}`",
    "- Portal login: office@upholder.co.uk / `{pw}`",
    "- Shop firewall (pfSense) admin: `admin` / `{pw}`",
    "- Backup NAS (Synology DS920+) login: `nasadmin` / `{pw}`",
    "3. If the indicator locks up: browse to http://10.40.2.30, login `service` / `{pw}`,",
    "- Till PC: login `till` / `{pw}` (local account).",
])
def test_a_handover_notes_login_pair_blocks(engine: Engine, item: str) -> None:
    text = "# Handover notes\n\n" + item.replace("{pw}", _CHOSEN[0]) + "\n"
    assert _secrets(engine, "docs/yard/handover.md", text) == [(3, _CHOSEN[0])]


@pytest.mark.parametrize("item", [
    "- Releases are cut from main. Branches: main / `release-{pw}`",  # (no login's or account's label)
    "- Shop firewall (pfSense) admin: `admin` / `admin`",  # (the stock pair)
    "- For example, the portal login: office@example.com / `{pw}`",  # (an example's)
    "- Portal login: office@upholder.co.uk / `<portal password>`",  # (a stand-in)
    "- Sync regions (AWS): `eu-west-1` / `us-east-1`",
])
def test_a_handover_notes_pair_of_no_login_or_of_a_stand_in_passes(engine: Engine, item: str) -> None:
    text = "# Handover notes\n\n" + item.replace("{pw}", _CHOSEN[1]) + "\n"
    assert _secrets(engine, "docs/yard/handover.md", text) == []


def test_a_plain_users_pair_in_a_tutorial_warns_only(engine: Engine) -> None:
    # (documentation that is no team's record: a login's word before a plain user is read, at documentation's bar)
    text = "# Getting started\n\nLog in with the demo account. Demo login: demo / `demo`\n"
    assert _secrets(engine, "docs/getting-started.md", text) == []


# --- a short drawn device password beside the machine's remote-support ID, or its device's row in the table -----------

@pytest.mark.parametrize("id_line", [
    "- TeamViewer ID: 1 482 913 550",
    "- AnyDesk address: 482 913 550",
    "- RustDesk ID: 482913550",
])
def test_a_device_password_beside_its_remote_support_id_blocks(engine: Engine, id_line: str) -> None:
    text = ("# Remote support for the office PC\n\nThe IT contractor connects remotely.\n\n" + id_line
            + "\n- Unattended access password: " + _DEVICE[0] + "\n")
    assert _secrets(engine, "docs/it/remote-support.md", text) == [(6, _DEVICE[0])]


@pytest.mark.parametrize("id_line", [
    "- TeamViewer version: 15.48",  # (no ID)
    "- Support line: 0113 496 0000",  # (a phone number, no tool's ID)
])
def test_a_device_password_beside_no_remote_support_id_warns_only(engine: Engine, id_line: str) -> None:
    text = "# Remote support\n\n" + id_line + "\n- Unattended access password: " + _DEVICE[0] + "\n"
    assert _secrets(engine, "docs/it/remote-support.md", text) == []


def test_a_device_password_row_beside_its_devices_address_row_blocks(engine: Engine) -> None:
    text = ("# Well house 2 - commissioning\n\n| Item | Value |\n|---|---|\n| PLC | CLICK C2-03CPU, IP 10.70.2.10 |\n"
            "| PLC project password | `" + _DEVICE[1] + "` |\n| HMI | C-more EA9, IP 10.70.2.11 |\n")
    assert _secrets(engine, "docs/commissioning/wellhouse-2.md", text) == [(6, _DEVICE[1])]


@pytest.mark.parametrize("rows", [
    # (another device's row gives the address: the password's device has none)
    "| PLC | CLICK C2-03CPU, IP 10.70.2.10 |\n| HMI password | `{pw}` |\n",
    # (the device's row names a public address, no team's network)
    "| PLC | CLICK C2-03CPU, IP 203.0.113.10 |\n| PLC project password | `{pw}` |\n",
    # (a table ended by a blank line: another table's device)
    "| PLC | CLICK C2-03CPU, IP 10.70.2.10 |\n\n| PLC project password | `{pw}` |\n",
])
def test_a_device_password_row_without_its_devices_address_warns_only(engine: Engine, rows: str) -> None:
    text = "# Well house 2\n\n| Item | Value |\n|---|---|\n" + rows.replace("{pw}", _DEVICE[2])
    assert _secrets(engine, "docs/commissioning/wellhouse-2.md", text) == []
