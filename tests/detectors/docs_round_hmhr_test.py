"""Blind rounds HM-HR, documentation's logins and keys written as a team's notes write them: a login's user and password
each after its own label on one line (`Booking system: https://…  user: office  pass: …`); a login's pair after a label
saying who the login is for (`- Portal login for base techs: ops@… / …`) or with a note in brackets after it (`… / …
(change this after you log in!)`); a Wi-Fi network named with its SSID in a code span before its key's label (`- Staff
wifi `…` password: …`); an inventory row's login beside the device's private address (`| Gateway | 10.… | admin / … |`);
an app password's sixteen letters run together under its label; and a header in a code block below a lead-in saying the
key is the team's own (`Our integration fetches them with the organization key:`, Swedish's `Vår integration …`).
Through the engine."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed


def _chosen(seed: int) -> str:
    """A password a person chose (a word, a symbol, a word and three or four digits)."""
    generator = random.Random(seed)
    words = ("Chimney", "Flue", "Cowl", "Damper", "Hearth", "Grate", "Soot", "Baffle")
    return generator.choice(words) + generator.choice("#%!*$@") + generator.choice(words) + str(generator.randint(100, 9999))


def _repeated(seed: int) -> str:
    """A person's password of one word twice, a symbol between, and three digits (eight distinct characters)."""
    generator = random.Random(seed)
    word = generator.choice(("Soot", "Flue", "Cowl", "Vent"))
    return f"{word}{generator.choice('!#%*')}{word}{generator.randint(100, 999)}"


def _passphrase(seed: int) -> str:
    """Four words and a number, as a generator draws a passphrase."""
    generator = random.Random(seed)
    words = ("gravel", "lantern", "quiver", "marble", "tundra", "pewter", "saddle", "orchid", "falcon", "ember")
    return "-".join(generator.sample(words, 4)) + str(generator.randint(10, 99))


def _app_password(seed: int) -> str:
    """Sixteen lower-case letters drawn, as Google draws an app password."""
    return drawn(seed, 16, "abcdefghijklmnopqrstuvwxyz")


_CHOSEN = [_chosen(3130000 + step) for step in range(4)]
_REPEATED = _repeated(3130100)
_PHRASE = _passphrase(3130200)
_APP = _app_password(3130300)
_TOKEN = drawn_mixed(3130400, 48)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a login's user and password after labels of their own on one line ------------------------------------------------

@pytest.mark.parametrize("line", [
    "Booking system: https://book.sweepco.co.uk/admin  user: office  pass: {pw}",
    "Booking system: user: office, password: {pw}",
    "- Scheduler: username=office / pwd={pw} (reset yearly)",
    "Van tracker portal user: fleet pass: {pw}.",
])
def test_a_notes_user_and_pass_labels_block(engine: Engine, line: str) -> None:
    text = "HANDOVER - office cover\n\n" + line.replace("{pw}", _CHOSEN[0]) + "\n"
    assert _secrets(engine, "docs/handover-2026-11.txt", text) == [(3, _CHOSEN[0])]


@pytest.mark.parametrize("line", [
    "Booking system: https://book.sweepco.co.uk/admin  user: office  pass: ask Sarah",
    "Booking system: https://book.sweepco.co.uk/admin  user: office  pass: (in 1Password)",
    "Booking system: https://book.sweepco.co.uk/admin  user: office  pass: <booking password>",
    "Booking system: https://book.sweepco.co.uk/admin  user: admin  pass: admin",
    "If you pass: {pw} is what the form says",  # (no user's label: a verb)
])
def test_a_notes_user_and_pass_of_a_reference_or_a_stand_in_passes(engine: Engine, line: str) -> None:
    text = "HANDOVER - office cover\n\n" + line.replace("{pw}", _CHOSEN[1]) + "\n"
    assert _secrets(engine, "docs/handover-2026-11.txt", text) == []


@pytest.mark.parametrize("line", [
    "- Portal user: office, pass: n/a; admin password: {pw}",
    "- Portal user: office, pass: TBD; root password: {pw}",
])
def test_a_stand_in_pairs_line_still_reads_its_other_password(engine: Engine, line: str) -> None:
    # (the pair's password a stand-in, the line's other label the real one: read on past the pair, as before the pair
    # was read at all)
    password = _chosen(3190210)
    text = "HANDOVER - office cover\n\n" + line.replace("{pw}", password) + "\n"
    assert _secrets(engine, "docs/handover-2026-11.txt", text) == [(3, password)]


# --- a login's pair after a label saying who it is for, or with a note after it --------------------------------------

@pytest.mark.parametrize("item", [
    "- Battery monitor login for base techs: techs@harbour-charters.gr / {pw}",
    "- Portal login for the night shift: `nights` / `{pw}`",
    "- Charter agency login: `harbour.office` / {pw} (change this after you log in!)",
    "- Charter agency login: harbour.office / {pw} (shared)",
])
def test_a_login_pair_for_whom_or_with_a_note_blocks(engine: Engine, item: str) -> None:
    text = "# Boat notes\n\n" + item.replace("{pw}", _CHOSEN[2]) + "\n"
    assert _secrets(engine, "docs/boats/lagoon.md", text) == [(3, _CHOSEN[2])]


@pytest.mark.parametrize("item", [
    "- Battery monitor login for base techs: see the red book",
    "- Battery monitor login for base techs: techs@harbour-charters.gr / (in 1Password)",
    "- Portal login for the night shift: `nights` / `<portal password>`",
    "- Charter agency login: `harbour.office` / admin (change this after you log in!)",
])
def test_a_login_pair_for_whom_of_a_reference_or_a_stand_in_passes(engine: Engine, item: str) -> None:
    assert _secrets(engine, "docs/boats/lagoon.md", "# Boat notes\n\n" + item + "\n") == []


# --- a Wi-Fi network named with its SSID in a code span, then its key ------------------------------------------------

@pytest.mark.parametrize("item", [
    "- Staff wifi `Studio-Staff` password: {key}",
    "- Office Wi-Fi network `HQ-Office` passphrase: `{key}`",
    "- Crew WLAN `Crew5G` key: {key} (WPA2)",
])
def test_a_listed_networks_key_after_its_ssids_span_blocks(engine: Engine, item: str) -> None:
    text = "# Handover\n\n" + item.replace("{key}", _PHRASE) + "\n"
    assert _secrets(engine, "docs/handover-2024-09.md", text) == [(3, _PHRASE)]


@pytest.mark.parametrize("item", [
    "- Guest wifi `Studio-Guest` password: {key}",  # (posted for guests)
    "- Staff wifi `Customers-Free` password: {key}",
    "- Staff wifi `Studio-Staff` password: on the fridge",
    "- Staff wifi `Studio-Staff` password: `<wifi password>`",
    "- Staff wifi `Studio-Staff` password: studio2024",  # (no drawn key: a stand-in's)
])
def test_a_guests_network_or_a_reference_passes(engine: Engine, item: str) -> None:
    text = "# Handover\n\n" + item.replace("{key}", _PHRASE) + "\n"
    assert _secrets(engine, "docs/handover-2024-09.md", text) == []


# --- an inventory's row: the device, its private address and its login ----------------------------------------------

@pytest.mark.parametrize("row", [
    "| Dream Machine | 10.20.0.1 | admin / {pw} | firmware 3.2 |",
    "| Dream Machine | 192.168.8.1 | `admin` / `{pw}` | firmware 3.2 |",
])
def test_an_inventory_rows_login_beside_the_devices_address_blocks(engine: Engine, row: str) -> None:
    text = "# Warehouse network\n\n| Device | IP | Login | Notes |\n|---|---|---|---|\n" + row.replace("{pw}", _REPEATED) + "\n"
    assert _secrets(engine, "docs/office-network.md", text) == [(5, _REPEATED)]


@pytest.mark.parametrize("row", [
    "| Booking site | book.sweepco.co.uk | admin / {pw} | |",  # (no device's address: documentation's bar)
    "| Dream Machine | 10.20.0.1 | admin / Admin!2024 | firmware 3.2 |",  # (a stock word)
    "| Dream Machine | 10.20.0.1 | admin / (1Password) | firmware 3.2 |",
])
def test_an_inventory_row_of_no_device_address_or_of_a_stock_password_passes(engine: Engine, row: str) -> None:
    text = "# Warehouse network\n\n| Device | IP | Login | Notes |\n|---|---|---|---|\n" + row.replace("{pw}", _REPEATED) + "\n"
    assert _secrets(engine, "docs/office-network.md", text) == []


# --- an app password's sixteen letters run together under its label -------------------------------------------------

_MAILER = ("# Office IT\n\n- Scanner-to-email on the copier uses smtp-relay.gmail.com:587\n"
           "  - user: scanner@sweepco.co.uk\n")


@pytest.mark.parametrize("value", [f"`{_APP}`", _APP])
def test_an_app_passwords_letters_run_together_block(engine: Engine, value: str) -> None:
    assert _secrets(engine, "docs/office-it.md", _MAILER + f"  - app password: {value}\n") == [(5, _APP)]


@pytest.mark.parametrize("line", [
    "  - app password: `yourpasswordhere`",
    "  - app password: `abcdefghijklmnop`",
    f"  - password: `{_APP}`",  # (no app password named: sixteen letters are any word's)
])
def test_sixteen_letters_of_an_example_or_under_no_app_password_pass(engine: Engine, line: str) -> None:
    assert _secrets(engine, "docs/office-it.md", _MAILER + line + "\n") == []


# --- a header in a code block under a lead-in saying the key is the team's own ---------------------------------------

@pytest.mark.parametrize("lead_in, block", [
    ("Photos upload to the fleet hub. Our integration fetches them with the organization key:", "    X-User-Token: {t}"),
    ("Photos upload to the fleet hub. Our integration fetches them with the organization key:", "```\nX-User-Token: {t}\n```"),
    ("Bilderna laddas upp till flottans nav. Vår integration hämtar dem med\norganisationsnyckeln:", "    X-User-Token: {t}"),
])
def test_a_header_below_the_teams_own_lead_in_blocks(engine: Engine, lead_in: str, block: str) -> None:
    text = "# Drone inspection\n\n" + lead_in + "\n\n" + block.replace("{t}", _TOKEN) + "\n"
    found = _secrets(engine, "docs/inspection/drone.md", text)
    assert [secret for _, secret in found] == [_TOKEN]


@pytest.mark.parametrize("lead_in", [
    "Send your organization key in a header:",  # (a vendor's, to its reader)
    "Our client sends your organization key in a header:",
    "Our sandbox integration uses the test key:",
    "The integration fetches them with the organization key:",  # (no team's word)
])
def test_a_header_below_no_teams_own_lead_in_passes(engine: Engine, lead_in: str) -> None:
    text = "# Drone inspection\n\n" + lead_in + "\n\n    X-User-Token: " + _TOKEN + "\n"
    assert _secrets(engine, "docs/inspection/drone.md", text) == []


def test_a_json_payload_below_the_teams_own_lead_in_passes(engine: Engine) -> None:
    # (the lead-in is the team's, the block a payload its handler answers with: quoted members are an example's)
    text = ("# Webhook validation\n\nOur handler answers with the digest (keyed with the app's secret token,\n"
            "read from the environment):\n\n```json\n{\n  \"plainToken\": \"" + drawn_mixed(3130500, 22) + "\"\n}\n```\n")
    assert _secrets(engine, "docs/webhook-validation.md", text) == []
