"""Blind round 61 (a Kinyarwanda team's wiki page): an Africa's Talking API key as its panel issues it now, `atsk_` and 96
hex (`Urufunguzo rwa API ni atsk_… — ntimurusangize abandi`, the API key is …, do not share it): the reader knew 64 to
80 hex only. A head before no key (a run of `x`, too short, not hex) stays none. Through the engine."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _hex(seed: int, count: int) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice("0123456789abcdef") for _ in range(count))


def _drawn(seed: int, count: int) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice(string.ascii_letters + string.digits) for _ in range(count))


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert len(_hex(6210100, 96)) == 96 and len(set(_hex(6210100, 96))) > 10
    assert any(character.isupper() for character in _drawn(6210301, 96))


# --- an Africa's Talking key of 96 hex --------------------------------------------------------------------------------

@pytest.mark.parametrize("count", [64, 96, 128])
def test_an_africas_talking_key_blocks_whatever_its_issued_length(engine: Engine, count: int) -> None:
    key = "atsk_" + _hex(6210100 + count, count)
    text = (f"# SMS ku bahinzi\n\nDukoresha Africa's Talking. Konti: `kivucoffee`.\nUrufunguzo rwa API ni {key} — "
            "ntimurusangize abandi.\n")
    assert _secrets(engine, "wiki/SMS-ku-bahinzi.md", text) == [(4, key)]


@pytest.mark.parametrize("body", ["x" * 96, _hex(6210300, 48), _drawn(6210301, 96)])
def test_an_atsk_head_before_no_key_is_not_blocked(engine: Engine, body: str) -> None:
    text = f"# SMS\n\nUrufunguzo: atsk_{body}\n"
    assert not any(secret.startswith("atsk_") for _, secret in _secrets(engine, "wiki/SMS.md", text))
