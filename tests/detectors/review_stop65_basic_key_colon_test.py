"""Review 65: stop 64's merge taught the raw Basic key reader (OneSignal's REST API key sent after `Basic` as it is) that a
value before a colon is a written-out pair's user (the carriers' decoded `Basic <user>:<password>`), and skipped it
whatever followed the colon: a key written as the user with the password left empty, `Basic <key>:` (as `curl -u
<key>:` sends it, copied into a header), passed. The value is a pair's user only where a password follows its colon.
Generated fakes only: seeds 7700300-7700399."""
from __future__ import annotations

import base64
import random

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _key(seed: int) -> str:
    generator = random.Random(7700300 + seed)
    return "".join(generator.choice(_ALPHABET) for _ in range(48))


def _hex(seed: int, length: int) -> str:
    generator = random.Random(7700300 + seed)
    return "".join(generator.choice("0123456789abcdef") for _ in range(length))


@pytest.mark.parametrize("name,template", [
    ("Scripts/push_test.swift", 'req.setValue("Basic {key}:", forHTTPHeaderField: "Authorization")\n'),
    ("scripts/push.py", 'headers = {{"Authorization": "Basic {key}:"}}\n'),
    ("scripts/push.sh", 'curl -H "Authorization: Basic {key}:" https://onesignal.com/api/v1/notifications\n'),
    ("scripts/push.sh", "curl -H 'Authorization: Basic {key}:' https://onesignal.com/api/v1/notifications\n"),
])
def test_a_raw_key_as_the_user_with_an_empty_password_blocks(engine: Engine, name: str, template: str) -> None:
    key = _key(1)
    assert key in [finding.secret for finding in blocking(engine.scan_text(name, template.format(key=key)))]


def test_a_decoded_pairs_user_still_is_no_key(engine: Engine) -> None:
    sid, token = "AC" + _hex(2, 32), _hex(3, 32)
    header = base64.b64encode(f"{sid}:{token}".encode()).decode()
    text = f'{{\n  "headers": {{\n    "Authorization": ["Basic {header}"]\n  }}\n}}\n'
    findings = blocking(engine.scan_text("tests/cassettes/send.json", text))
    assert any(finding.secret == token for finding in findings)
    assert not any(finding.secret == sid for finding in findings)
