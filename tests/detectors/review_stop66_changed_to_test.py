"""Review 66: stop 65 read a page's password said with an adverb after its copula (`… admin password is now …`, `is
still`, `is currently`), a handover's word that it changed. The same change said as done passed: `is now set to …`,
`has been changed to …`, `was reset to `…``, bare or in a code span. Read so, the value judged as documentation's
(drawn or chosen with care): prose after `to` (`changed to comply with the policy`, `reset to the factory default`),
stock and placeholder values stay none. Generated fakes only: seeds 7990500-7990599."""
from __future__ import annotations

import random

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _chosen(seed: int) -> str:
    generator = random.Random(7990500 + seed)
    first, second = generator.sample(_WORDS, 2)
    return first + generator.choice("#*@!") + second + str(generator.randint(1000, 9999))


def _secrets(engine: Engine, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text("docs/runbooks/kiosk.md", "# Dock kiosk\n\n" + text + "\n"))]


@pytest.mark.parametrize("sentence", [
    "The dock kiosk admin password is now set to {v} (changed after the audit).",
    "The dock kiosk admin password has been changed to {v}.",
    "The dock kiosk admin password was reset to `{v}` by the vendor.",
    "The dock kiosk admin password has been changed to `{v}`.",
    "The dock kiosk admin password was updated to {v}, tell the night shift.",
])
def test_a_password_said_changed_to_a_value_blocks(engine: Engine, sentence: str) -> None:
    value = _chosen(1)
    assert value in _secrets(engine, sentence.format(v=value))


@pytest.mark.parametrize("sentence", [
    "The dock kiosk admin password has been changed to comply with the policy.",
    "The admin password was reset to the factory default.",
    "The admin password was reset to `admin`.",
    "The admin password has been changed to `<new-password>`.",
    "The admin password was set to expire after 90 days.",
    "The admin password is now stored in Vault under kiosk/admin.",
])
def test_prose_or_a_stand_in_after_changed_to_stays_none(engine: Engine, sentence: str) -> None:
    assert _secrets(engine, sentence) == []
