"""Blind round of stop 61 (an integrations sheet): Africa's Talking's API keys as its dashboard issues them since 2024 run
to 96 hex after `atsk_` (the older ones 64 to 72; clients widened their fields for them, RapidPro's `api_key` from 64
characters to 128). Read wherever the key stands, a sheet's cell too; a run past 96 hex is no key of its. Generated fakes
only: seeds 6221000-6221999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _hex(seed: int, length: int) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice("0123456789abcdef") for _ in range(length))


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


@pytest.mark.parametrize("length", [64, 80, 96])
def test_africas_talking_keys_as_issued_now_block(engine: Engine, length: int) -> None:
    key = "atsk_" + _hex(6221000 + length, length)
    text = f"integration,owner,created,key,status\nsms-africastalking,mugisha,2024-02-03,{key},active\n"
    assert _secrets(engine, "ops/exports/integrations.csv", text) == [(2, key)]


def test_a_longer_key_in_a_note_blocks(engine: Engine) -> None:
    key = "atsk_" + _hex(6221100, 96)
    assert _secrets(engine, "notes/sms.txt", f"SMS gateway\nkey {key}\n") == [(2, key)]


def test_africas_talking_head_over_a_longer_run_is_not_its_key(engine: Engine) -> None:
    text = f"integration,owner,created,key,status\nsms,mugisha,2024-02-03,atsk_{_hex(6221200, 130)},active\n"
    assert _blocked(engine, "ops/exports/integrations.csv", text) == []
