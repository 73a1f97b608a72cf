"""Stop 64 (the lead's, from the round's code fixer's note): Swift's and Objective-C's URLRequest take an HTTP header's
value before its name (`req.setValue("Bearer …", forHTTPHeaderField: "Authorization")`), so the Authorization reader,
which reads the name first, passed a literal Bearer token set on a request there. Read as `Authorization: Bearer …` now
(_literal_reading._VALUE_FIRST_AUTHORIZATION). An interpolated token, a stand-in and another header stay none. Through the
engine. Generated fakes only: seeds 7293000-7293999."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _token(seed: int, length: int = 36) -> str:
    generator = random.Random(seed)
    while True:
        value = "".join(generator.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


_TOKEN = _token(7293000)


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


@pytest.mark.parametrize("filename, line", [
    ("App/API/Client.swift", 'request.setValue("Bearer {t}", forHTTPHeaderField: "Authorization")'),
    ("App/API/Client.swift", 'request.addValue("Bearer {t}", forHTTPHeaderField: "authorization")'),
    ("App/API/Client.m", '[request setValue:@"Bearer {t}" forHTTPHeaderField:@"Authorization"];'),
    ("App/API/Client.swift", 'request.setValue("Token {t}", forHTTPHeaderField: "Authorization")'),
])
def test_a_bearer_token_set_on_a_request_value_first_blocks(engine: Engine, filename: str, line: str) -> None:
    text = f"import Foundation\n\n{line.format(t=_TOKEN)}\n"
    assert _secrets(engine, filename, text) == [(3, _TOKEN)]


@pytest.mark.parametrize("line", [
    'request.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")',  # (interpolated)
    'request.setValue("Bearer YOUR_ACCESS_TOKEN_HERE", forHTTPHeaderField: "Authorization")',
    'request.setValue("Bearer {t}", forHTTPHeaderField: "X-Request-Trace")',  # (no credential's header)
])
def test_near_misses_of_a_value_first_header_stay_none(engine: Engine, line: str) -> None:
    text = f"import Foundation\n\n{line.format(t=_TOKEN)}\n"
    assert _secrets(engine, "App/API/Client.swift", text) == []
