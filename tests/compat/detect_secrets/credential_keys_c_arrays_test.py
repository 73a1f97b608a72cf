"""A keyword hit on a C array's initializer is judged under the array's name (issue 14, stop 45):
`const char api_key[] = "…"`, `char pass[33] = "…"` and Arduino's `PROGMEM` arrays block at the gate as the
same assignment does in Python. Before, the declarator hid the key, the keyword hit stayed low, and the literal
kind's finding of the same value gave way to it (engine.evaluate.without_fallback_twins): a warning only."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking, reports

SEED = 1_489_900  # this test's seeds: 1,489,900-1,489,909
HEX_KEY = fakes.drawn(SEED, 32, "0123456789abcdef")
PASSWORD = fakes.password(SEED + 1)
TOKEN = fakes.drawn_mixed(SEED + 2, 40)
SECRET = fakes.drawn_mixed(SEED + 3, 24)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


# (file, text, the secret that must block, its line)
BLOCKING: List[Tuple[str, str, str, int]] = [
    ("src/cloud.c", f'#include "cloud.h"\n\nconst char api_key[] = "{HEX_KEY}";\n', HEX_KEY, 3),
    ("include/secrets.h", f"#pragma once\nstatic const char MQTT_PASSWORD[33] = \"{PASSWORD}\";\n", PASSWORD, 2),
    ("sketch/sketch.ino", f'#include <WiFi.h>\nconst char wifi_password[] PROGMEM = "{PASSWORD}";\nvoid setup() {{}}\n',
     PASSWORD, 2),
    ("src/client.cpp", f'namespace net {{\nchar auth_token[64] = "{TOKEN}";\n}}\n', TOKEN, 2),
    ("firmware/keys.c", f'/* pairing */\nconst unsigned char client_secret[] = "{SECRET}";\n', SECRET, 2),
]

PASSING: List[Tuple[str, str]] = [
    ("src/ui.c", 'const char PASSWORD_PROMPT[] = "Enter the password: ";\n'),
    ("src/buffers.c", "char token[TOKEN_LEN] = {0};\nchar password[65] = \"\";\n"),
    ("src/ids.c", f'const char DEVICE_ID[] = "{HEX_KEY}";\nconst char header_name[] = "X-Api-Key";\n'),
    ("src/fixture_test.c", 'static const char api_key[] = "your-api-key-here";\n'),
]


@pytest.mark.parametrize("filename, text, secret, line", BLOCKING, ids=[case[0] for case in BLOCKING])
def test_a_c_arrays_credential_blocks(engine: Engine, filename: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(engine.scan_text(filename, text)) if reports(finding, secret)]
    assert {finding.line_number for finding in found} == {line}


@pytest.mark.parametrize("filename, text", PASSING, ids=[name for name, _ in PASSING])
def test_a_c_arrays_prose_name_or_placeholder_passes(engine: Engine, filename: str, text: str) -> None:
    assert blocking(engine.scan_text(filename, text)) == []
