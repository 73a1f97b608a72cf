"""Stop 64 (the lead's, at the merge): round 2's reader of a key sent after `Basic` as it is (OneSignal's REST API key)
also read the carriers' decoded view of a Basic credential, `Basic <user>:<password>` written back onto its line, and
reported the pair's user (a Twilio account's SID) as a key. A value before a colon is a pair's user: only the password is
the credential. Generated fakes only: seeds 7292000-7292999."""
from __future__ import annotations

import base64
import random

from secretfence.engine import Engine

from tests.accuracy.labelled import blocking


def _hex(seed: int, length: int) -> str:
    generator = random.Random(seed)
    return "".join(generator.choice("0123456789abcdef") for _ in range(length))


_SID = "AC" + _hex(7292000, 32)
_TOKEN = _hex(7292001, 32)


def test_a_basic_pair_reports_its_password_and_never_its_user_as_a_key(engine: Engine) -> None:
    header = base64.b64encode(f"{_SID}:{_TOKEN}".encode()).decode()
    text = f'{{\n  "headers": {{\n    "Authorization": ["Basic {header}"]\n  }}\n}}\n'
    findings = blocking(engine.scan_text("tests/cassettes/send.json", text))
    assert any(finding.secret == _TOKEN for finding in findings)
    # (detect-secrets' Twilio plugin still warns on the SID's shape, as it does everywhere: no blocking finding)
    assert not any(finding.secret == _SID for finding in findings)


def test_a_key_sent_as_it_is_after_basic_still_blocks(engine: Engine) -> None:
    generator = random.Random(7292002)
    key = "".join(generator.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(48))
    text = f'req.setValue("Basic {key}", forHTTPHeaderField: "Authorization")\n'
    findings = blocking(engine.scan_text("Scripts/push_test.swift", text))
    assert any(finding.secret == key for finding in findings)
