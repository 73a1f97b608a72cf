"""Blind round 61 (a Pashto team's README, a Somali team's reStructuredText page): documentation's code block giving a
credential (`--api-key <value>` in a shell block, `client_secret="…"` in a literal block) blocks where the note right
after the block, or the lead-in right before it, says the value is the team's own: its own account's (`this is our
account's key`, Pashto's `دا زموږ د حساب کیلي ده`), one not to share (`do not share it with others`, Pashto's `د نورو
سره یې مه شریکوئ`, Kinyarwanda's `ntimurusangize abandi`, Somali's `ha la wadaagin`), or, naming the key, the production
one (``client_secret`` is the production one, Somali's ``client_secret`` waa midka production-ka). A tutorial's block
stays documentation's example: a note addressing the reader (`your key`, `never share your token`), naming a test, a
sandbox or an example, or saying nothing of the kind, and a value that looks made up. Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _drawn(seed: int, count: int = 32) -> str:
    """A key a service drew: letters of both cases and digits (`ZlMwAcpuGsurQPmRn8rF…`)."""
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice(string.ascii_letters + string.digits) for _ in range(count))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_KEYS = [_drawn(6210400 + step) for step in range(4)]


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(key) == 32 for key in _KEYS) and len(set(_KEYS)) == len(_KEYS)


def _readme(note: str, key: str) -> str:
    return ("# exporter-cli\n\nد بار وړلو د لیبلونو جوړولو وسیله.\n\n## کارول\n\n```bash\n"
            f"exporter-cli label --carrier dhl --api-key {key} --shipment 2291\n```\n\n{note}\n")


@pytest.mark.parametrize("note", [
    "(دا زموږ د حساب کیلي ده، د نورو سره یې مه شریکوئ)",  # (Pashto's: our account's key, do not share it)
    "(this is our account's key, do not share it with others)",
    "This key is ours: keep it in the team.",
    "Urufunguzo rwa konti yacu — ntimurusangize abandi.",  # (Kinyarwanda's: our account's key, do not share it)
    "Furaha akoonka keenna ha la wadaagin.",  # (Somali's)
])
def test_a_readme_blocks_key_its_note_says_is_the_teams_own_blocks(engine: Engine, note: str) -> None:
    key = _KEYS[0]
    assert _secrets(engine, "tools/exporter-cli/README.md", _readme(note, key)) == [(8, key)]


@pytest.mark.parametrize("note, key", [
    ("Replace the key with your own; never share your API key.", _KEYS[0]),  # (addresses the reader)
    ("(our sandbox account's key: do not share it)", _KEYS[0]),  # (a sandbox's)
    ("The exporter prints the label's PDF path.", _KEYS[0]),  # (no note of the kind)
    # (the possessive owns something else, the key words far from it: the carrier's token)
    ("Our exporter signs each label with the carrier's secret token before upload.", _KEYS[0]),
    ("(this is our account's key, do not share it with others)", "YOUR_API_KEY_GOES_HERE_1234567890"),  # (made up)
])
def test_a_readme_blocks_key_without_such_a_note_is_not_blocked(engine: Engine, note: str, key: str) -> None:
    assert _blocked(engine, "tools/exporter-cli/README.md", _readme(note, key)) == []


def _rst_page(lead_in: str, note: str, key: str) -> str:
    return ("ERP macmiilka (client)\n=====================\n\n" + lead_in + "::\n\n    from dayr_client import Client\n"
            '    c = Client(base="https://erp.dayr-dairy.so", client_id="batch",\n'
            f'               client_secret="{key}")\n    c.orders(date="2024-05-01")\n\n{note}\n')


@pytest.mark.parametrize("lead_in, note", [
    ("Tusaale dhab ah oo laga isticmaalo server-ka batch-ka", "Fiiro: ``client_secret`` waa midka production-ka."),
    ("On the batch server", "Note: ``client_secret`` is the production one."),
    ("With our ERP account's credentials", "The batch runs at night."),  # (the lead-in says whose)
])
def test_an_rst_literal_blocks_key_its_note_says_is_the_teams_own_blocks(engine: Engine, lead_in: str, note: str) -> None:
    key = _KEYS[1]
    assert _secrets(engine, "docs/api/erp_client.rst", _rst_page(lead_in, note, key)) == [(8, key)]


@pytest.mark.parametrize("lead_in, note", [
    ("Example", "Note: ``client_secret`` is the sandbox one."),  # (a sandbox's)
    ("Example", "Use your production ``client_secret`` here."),  # (addresses the reader)
    ("Example", "The production server runs at night."),  # (production named, the key not)
    ("Example", "Note: the call returns a list."),
])
def test_an_rst_literal_blocks_key_without_such_a_note_is_not_blocked(engine: Engine, lead_in: str, note: str) -> None:
    assert _blocked(engine, "docs/api/erp_client.rst", _rst_page(lead_in, note, _KEYS[1])) == []
