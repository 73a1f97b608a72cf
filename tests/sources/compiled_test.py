"""String constants of .pyc files: every one is scanned, control characters and all."""
from __future__ import annotations

import marshal

from secretfence.engine import Engine
from secretfence.sources.compiled import pyc_strings

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"


def _pyc(source: str) -> bytes:
    return b"\x00" * 16 + marshal.dumps(compile(source, "m.py", "exec"))


def test_a_constant_full_of_control_characters_is_scanned_not_dropped() -> None:
    """Mostly control characters (an ANSI-coloured banner, a binary header): its text runs stay."""
    constant = "\x1b[1m\x1b[31m\x01\x02\x03\x04\x05 token " + TELEGRAM + "\x1b[0m\x00\x00\x00"
    lines = pyc_strings(_pyc(f"BANNER = {constant!r}\nNAME = 'plain constant'\n")).decode().split("\n")
    assert f" [1m [31m      token {TELEGRAM} [0m   " in lines
    assert "plain constant" in lines  # clean constants stay one line each, as before


def test_a_bytes_constant_that_is_not_utf8_is_scanned() -> None:
    constant = bytes([0xFF, 0xFE, 0x00]) * 8 + b"key=" + TELEGRAM.encode()
    data = pyc_strings(_pyc(f"BLOB = {constant!r}\n"))
    result = Engine().scan_bytes("pkg/m.pyc", data)
    assert {f.type for f in result.findings} == {"Telegram Bot API Token"}
