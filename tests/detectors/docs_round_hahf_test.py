"""Blind rounds HA-HF, documentation that is the team's own: a login's pair with its user written plain and only the
password in a span (`Fuel portal login: office@… / `…``), a label's note in brackets among its words (`- Shop firewall
(pfSense) admin: `admin` / `…``), a login's word with no colon before its pair (`…, login `service` / `…`, then …`); a
short drawn device password beside the machine's remote-support ID (`TeamViewer ID: 1 482 …`) or in a key/value table
whose device's own row gives its address (`| PLC | …, IP 10.… |` then `| PLC project password | `…` |`); a key or a
token the page states is the team's own (`the API key for our installer account is`, `Their token (issued 2024-08-02,
…):`), and a list's keys under a lead-in naming the team's own app (`Our developer app on the … portal:`).
Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine
from secretfence.kinds._config_forms import drawn_device_password

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed


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
_UPPER_KEY = drawn(2872000, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_TOKEN = "hq_live_" + drawn_mixed(2872100, 32)
_LOWER_SECRET = drawn(2872200, 32, "abcdefghijklmnopqrstuvwxyz0123456789")


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


# --- a key or a token the page states is the team's own ---------------------------------------------------------------

@pytest.mark.parametrize("statement, below", [
    ("New service techs: the SolarEdge account-level API key for our installer account is", True),
    ("The access token of our monitoring account was", True),
    ("Our Mapbox token is: `{key}`", False),
    ("- Their token (issued 2024-08-02, scope `jobs:read`):", True),
    ("- API key (created 2025-01-14 by Sam): `{key}`", False),
])
@pytest.mark.parametrize("key", [_UPPER_KEY, _TOKEN])
def test_a_key_stated_as_the_teams_own_blocks(engine: Engine, statement: str, below: bool, key: str) -> None:
    text = "# Monitoring onboarding\n\n" + statement.replace("{key}", key) + "\n" + ("\n    " + key + "\n" if below else "")
    assert _secrets(engine, "docs/onboarding/monitoring.md", text) == [(5 if below else 3, key)]


@pytest.mark.parametrize("statement", [
    "The API key for our sandbox account is",  # (a test account's)
    "For example, the API key for our account is",  # (an example)
    "Your API key is",  # (the reader's own, no team's)
    "- Their token (issued on request, scope `jobs:read`):",  # (no day it was issued)
])
def test_a_key_not_stated_as_the_teams_own_passes(engine: Engine, statement: str) -> None:
    text = "# Monitoring onboarding\n\n" + statement + "\n\n    " + _UPPER_KEY + "\n"
    assert _secrets(engine, "docs/onboarding/monitoring.md", text) == []


def test_a_stand_in_stated_as_the_teams_own_passes(engine: Engine) -> None:
    text = "# Onboarding\n\nThe API key for our installer account is\n\n    YOUR_API_KEY\n\nOur token is: `<token>`\n"
    assert _secrets(engine, "docs/onboarding/monitoring.md", text) == []


# --- a list's keys under a lead-in naming the team's own app ---------------------------------------------------------

@pytest.mark.parametrize("lead_in", [
    "Our developer app on the iSolarCloud developer portal:",
    "Details of our courier API account:",
])
def test_a_key_under_a_lead_in_naming_the_teams_own_app_blocks(engine: Engine, lead_in: str) -> None:
    text = ("# Integration\n\n" + lead_in + "\n\n- login account: `fleet@brightroof.example.org`\n"
            "- secret key (x-access-key header): `" + _LOWER_SECRET + "`\n")
    assert _secrets(engine, "docs/integrations/fleet.md", text) == [(6, _LOWER_SECRET)]


@pytest.mark.parametrize("lead_in", [
    "Use our sandbox app's credentials:",  # (a vendor's public sandbox)
    "Create an app on the developer portal and note:",  # (no team's own)
    "Our API takes these parameters:",  # (the vendor's API, no account or app of the team's)
])
def test_a_key_under_a_lead_in_naming_no_own_app_passes(engine: Engine, lead_in: str) -> None:
    text = "# Integration\n\n" + lead_in + "\n\n- secret key: `" + _LOWER_SECRET + "`\n"
    assert _secrets(engine, "docs/integrations/fleet.md", text) == []


# --- a Rails key file's content below its path in documentation --------------------------------------------------------

_RAILS_KEY = drawn(2873000, 32, "0123456789abcdef")


@pytest.mark.parametrize("path, block", [
    ("`config/master.key`", "```\n{key}\n```"),
    ("`config/master.key`", "    {key}"),
    ("`config/credentials/production.key`", "```text\n{key}\n```"),
    ("`config/master.key`", "`{key}`"),
])
def test_a_rails_key_below_its_files_path_blocks(engine: Engine, path: str, block: str) -> None:
    text = ("# New laptop\n\n3. Create " + path + " with this line (it decrypts credentials.yml.enc):\n\n"
            + block.replace("{key}", _RAILS_KEY) + "\n\n4. `bin/rails db:setup`\n")
    found = _secrets(engine, "docs/setup/new-laptop.md", text)
    assert [secret for _, secret in found] == [_RAILS_KEY]


@pytest.mark.parametrize("text", [
    # (an example's)
    "Create `config/master.key`; its content looks like:\n\n```\n{key}\n```\n",
    # (a sequence, no key)
    "Create `config/master.key` with:\n\n```\n0123456789abcdef0123456789abcdef\n```\n",
    # (a command below, no key)
    "Never commit `config/master.key`:\n\n```\necho config/master.key >> .gitignore\n```\n",
    # (another file's path)
    "Create `config/storage.key` with:\n\n```\n{key}\n```\n",
])
def test_no_rails_key_below_its_files_path_passes(engine: Engine, text: str) -> None:
    assert _secrets(engine, "docs/setup/new-laptop.md", "# Setup\n\n" + text.replace("{key}", _RAILS_KEY)) == []
