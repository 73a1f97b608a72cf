"""Blind round 54 (sets HS-HX), the team's own credential stated in a runbook, a handover or an inventory: a password's
word, what it is for, then a note in brackets before its colon (`password for `app_admin` on staging **and prod** (same,
yes, I know): `…``); a list's key for the account a sibling item names (`- Integration user: `…`` then `- API key for
that user: `…``); a list's keys under a lead-in saying they were written into the live configuration (`We put these
values into the `.env` on `orders-api`:`, a Turkish team's `… `.env`'ye yazdık:`); a CSV list of Wi-Fi networks, its
SSID column and its `psk` column. Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed


def _chosen(seed: int) -> str:
    """A password a person chose with care (two words joined by a dot, four digits)."""
    generator = random.Random(seed)
    words = ("Kestrel", "Tarla", "Bulut", "Meltem", "Pinar", "Orman", "Deniz", "Yildiz")
    return generator.choice(words) + "." + generator.choice(words) + str(generator.randint(1000, 9999))


def _passphrase(seed: int) -> str:
    """A passphrase of words a generator drew, a number on the last."""
    generator = random.Random(seed)
    words = ("harbor", "pebble", "juniper", "basalt", "lantern", "meadow", "copper", "thistle", "walnut", "glacier")
    return "-".join(generator.sample(words, 4)) + str(generator.randint(10, 99))


_CHOSEN = [_chosen(3180000 + step) for step in range(3)]
_KEY = "o2v_" + drawn_mixed(3180100, 32)
_API_KEY = drawn_mixed(3180200, 32)
_SECRET_KEY = drawn_mixed(3180300, 32)
_PASSPHRASE = _passphrase(3180400)
_DRAWN_PSK = drawn_mixed(3180500, 20)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a password's word, what it is for, a note in brackets, then its colon or `is` ----------------------------------

@pytest.mark.parametrize("sentence", [
    "   password for `app_admin` on staging **and prod** (same, yes, I know): `{pw}`",
    "   password for `app_admin` (same on prod): `{pw}`",
    "The admin password for the NAS (set by the installer) is `{pw}`",
])
def test_a_qualified_passwords_note_before_its_colon_blocks(engine: Engine, sentence: str) -> None:
    text = ("# Restoring the booking database\n\n```\npg_restore -h pg-staging.corp.internal -U app_admin -d booking b.dump\n"
            "```\n\n" + sentence.replace("{pw}", _CHOSEN[0]) + "\n")
    assert _secrets(engine, "docs/runbooks/restore-db.md", text) == [(7, _CHOSEN[0])]


@pytest.mark.parametrize("sentence", [
    "   password for `app_admin` (ask the DBA): `<from-1password>`",
    "   For example, the password for `app_admin` (a sample): `{pw}`",
    "   password for `app_admin` (default): `changeme`",
])
def test_a_qualified_passwords_note_over_a_stand_in_or_an_example_passes(engine: Engine, sentence: str) -> None:
    text = "# Restoring the database\n\n" + sentence.replace("{pw}", _CHOSEN[1]) + "\n"
    assert _secrets(engine, "docs/database/restore.md", text) == []


# --- a list's key for the account a sibling item names ---------------------------------------------------------------

@pytest.mark.parametrize("user, label", [
    ("- Integration user for our historian: `plant-historian`", "- API key for that user: `{key}`"),
    ("- Service account: `svc-export`", "- Token for this account: `{key}`"),
    ("- **API user:** `ops-sync`", "- API key of the API user: `{key}`"),
])
def test_a_key_for_the_account_its_list_names_blocks(engine: Engine, user: str, label: str) -> None:
    text = ("# Dosing controllers: vendor access\n\n- Portal: https://portal.dosing-vendor.example\n" + user + "\n"
            + label.replace("{key}", _KEY) + "\n- Support: +47 40 00 12 34\n")
    assert _secrets(engine, "docs/vendors/dosing.md", text) == [(5, _KEY)]


@pytest.mark.parametrize("text", [
    # (no item names the account's user)
    "# Vendor access\n\n- Portal: https://portal.dosing-vendor.example\n- API key for that user: `{key}`\n",
    # (the reader's own account, a stand-in)
    "# Vendor access\n\n- Username: `your-username`\n- API key for that user: `<your-api-key>`\n",
    # (an id of the key, no key)
    "# Vendor access\n\n- Service account: `svc-export`\n- Key for this account: `svc-export-key-2024`\n",
])
def test_a_key_for_an_account_no_sibling_names_or_a_stand_in_passes(engine: Engine, text: str) -> None:
    assert _secrets(engine, "docs/vendors/dosing.md", text.replace("{key}", _KEY)) == []


# --- a list's keys under a lead-in saying they were written into the live configuration ------------------------------

@pytest.mark.parametrize("lead_in", [
    "We put these values into the `.env` on `orders-api`:",
    "Moving from sandbox to live, the following were added to the production server's .env:",
    "Sandbox'tan canlıya geçerken aşağıdaki değerleri `orders-api` sunucusundaki `.env`'ye yazdık:",
])
def test_keys_under_a_lead_in_saying_they_went_live_block(engine: Engine, lead_in: str) -> None:
    text = (f"# Payment provider go-live\n\n{lead_in}\n\n- API Key: `{_API_KEY}`\n- Secret Key: `{_SECRET_KEY}`\n"
            "- Base URL: `https://api.payments-vendor.com`\n")
    assert _secrets(engine, "docs/payments/go-live.md", text) == [(5, _API_KEY), (6, _SECRET_KEY)]


@pytest.mark.parametrize("lead_in", [
    "Add the following to your `.env`:",  # (a tutorial's instruction to its reader)
    "We put the sandbox values into the test server's .env:",  # (a sandbox's, no live word)
    "We wrote a summary of the vendor's options:",  # (no deployed place)
])
def test_keys_under_a_tutorials_or_a_sandboxs_lead_in_pass(engine: Engine, lead_in: str) -> None:
    text = (f"# Payment provider\n\n{lead_in}\n\n- API Key: `{_API_KEY}`\n- Secret Key: `{_SECRET_KEY}`\n"
            "- Base URL: `https://sandbox-api.payments-vendor.com`\n")
    assert _secrets(engine, "docs/payments/setup.md", text) == []


# --- a CSV list of Wi-Fi networks: its SSID column and its key column ---------------------------------------------------

@pytest.mark.parametrize("header, row, value", [
    ("site,ssid,vlan,security,psk,owner", "Meadowbank,LC-Tills,30,WPA2-PSK,{v},IT", _PASSPHRASE),
    ("site,ssid,vlan,security,psk,owner", "Meadowbank,LC-Tills,30,WPA2-PSK,{v},IT", _DRAWN_PSK),
    ("SSID;WPA Key;Band", "Office;{v};5 GHz", _DRAWN_PSK),
    ("wifi_name,passphrase", "Kitchen,{v}", _PASSPHRASE.replace("-", " ")),
    ("ssid,password,notes", "Staff,{v},rotated yearly", _CHOSEN[2]),
])
def test_a_network_lists_key_column_blocks(engine: Engine, header: str, row: str, value: str) -> None:
    text = f"{header}\nMeadowbank,LC-Staff,20,WPA2-Enterprise,n/a (RADIUS),IT\n{row.replace('{v}', value)}\n"
    if not header.startswith("site"):
        text = f"{header}\n{row.replace('{v}', value)}\n"
    assert _secrets(engine, "it/handover/network_inventory.csv", text) == [(3 if header.startswith("site") else 2, value)]


@pytest.mark.parametrize("header", ["site,ssid,psk", "site,ssid,wpa_psk", "site,ssid,pre_shared_key"])
def test_a_network_lists_raw_psk_blocks(engine: Engine, header: str) -> None:
    # (WPA's raw key, the 64 hex digits wpa_passphrase derives, as wpa_supplicant.conf's psk= takes it)
    raw = drawn(3190230, 64, "0123456789abcdef")
    text = f"{header}\nHQ,Staff,{raw}\n"
    assert _secrets(engine, "it/handover/network_inventory.csv", text) == [(2, raw)]


@pytest.mark.parametrize("text", [
    # (a password column's 64 hex digits are a digest as often; a zeroed key is a stand-in)
    "site,ssid,password\nHQ,Staff," + drawn(3190231, 64, "0123456789abcdef") + "\n",
    "site,ssid,psk\nHQ,Staff," + "0" * 64 + "\n",
    "site,ssid,security,psk\nHQ,Staff,WPA2-Enterprise,n/a (RADIUS)\nHQ,Guest,open,n/a\nHQ,Lab,WPA2-PSK,\n",
    "ssid,psk\nStaff,see vault\nGuest,changeme\n",
    # (no SSID column: a `network,key` table is any network's)
    "network,key\nmainnet,harbor-pebble-juniper-basalt42\n",
])
def test_a_network_lists_blank_noted_or_unnamed_keys_pass(engine: Engine, text: str) -> None:
    assert _secrets(engine, "it/network.csv", text) == []
