"""Review 66: stop 65's README call reader (`_readme_call_keys`) passed a fenced block whenever its lead-in or note held
`example`, `sample`, `fake` or `public` anywhere (block_says_made_up_or_public, made for a lesson's live-mode key). A
README leads its own run instructions with `Example usage:`, `## Example` or `Sample code:` as often as with `Install
and run:`: the words call the code an example, not the drawn key in it, which blocked under the one lead-in and passed
under the other. In a README the note must call the key so (`the example key below`, `this token is fake`).
Generated fakes only: seeds 7990800-7990899."""
from __future__ import annotations

import random

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _drawn(seed: int, length: int = 32) -> str:
    generator = random.Random(7990800 + seed)
    while True:
        value = "".join(generator.choice(_ALPHABET) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def _readme(lead: str, key: str, note: str = "") -> str:
    return ("# Kyo client\n\n" + lead + "\n\n```python\nfrom kyo import Client\n"
            f'client = Client(api_key="{key}")\nprint(client.ping())\n```\n' + (f"\n{note}\n" if note else ""))


def _secrets(engine: Engine, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text("README.md", text))]


@pytest.mark.parametrize("lead", ["Example usage:", "## Example", "Here is a simple example:", "Sample code:",
                                  "Usage (see the examples folder for more):"])
def test_a_readme_blocks_drawn_key_under_an_example_lead_in_blocks(engine: Engine, lead: str) -> None:
    key = "kyo_" + _drawn(1)
    assert key in _secrets(engine, _readme(lead, key))


@pytest.mark.parametrize("lead,note", [
    ("Run it with the example key below:", ""),
    ("Usage:", "The API key above is a fake one; use your own."),
    ("Usage:", "This token is a sample, it works against the sandbox only."),
    ("Usage:", "The public key is safe to share."),
])
def test_a_readme_note_calling_the_key_made_up_or_public_passes(engine: Engine, lead: str, note: str) -> None:
    assert _secrets(engine, _readme(lead, "kyo_" + _drawn(2), note)) == []


def test_a_note_denying_the_key_is_an_example_blocks(engine: Engine) -> None:
    key = "kyo_" + _drawn(3)
    assert key in _secrets(engine, _readme("Usage:", key, "This is not an example key: it is the team's staging key."))
