"""Text is recovered from every file that holds some; only data with no text run is binary."""
from __future__ import annotations

import os
import random

import pytest

from secretfence.engine import BINARY, Engine
from secretfence.sources.decode import ENCODING_STRINGS, decode

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
TEXT = f"caf\u00e9 = 1\nTOKEN = '{TELEGRAM}'\n"


def _utf16_with_lone_surrogate() -> bytes:
    data = TEXT.encode("utf-16-le")
    return data[:8] + b"\x00\xd8" + data[8:]  # a high surrogate with no low one, on line 1


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(b"\x00" + TEXT.encode(), "utf-8", id="NUL-before-the-secret"),
        pytest.param(b"#\x7f " + TEXT.encode(), "utf-8", id="DEL-before-the-secret"),
        pytest.param(b"\x01\x02\x1b[0m " + TEXT.encode(), "utf-8", id="control-bytes-before-the-secret"),
        pytest.param(TEXT.encode("utf-32-le"), "utf-32-le", id="utf-32-le-without-BOM"),
        pytest.param(TEXT.encode("utf-32-be"), "utf-32-be", id="utf-32-be-without-BOM"),
        pytest.param(TEXT.encode("utf-16-le") + b"A", "utf-16-le", id="utf-16-odd-trailing-byte"),
        pytest.param(TEXT.encode("utf-16") + b"A", "utf-16", id="utf-16-BOM-odd-trailing-byte"),
        pytest.param(TEXT.encode("utf-32") + b"AB", "utf-32", id="utf-32-BOM-truncated"),
        pytest.param(_utf16_with_lone_surrogate(), "utf-16-le", id="utf-16-lone-surrogate"),
        pytest.param(b"\xc3\x28 " + TEXT.encode() + b"\xff", "latin-1", id="invalid-utf-8"),
        pytest.param(b"\xc3\x28\x00 " + TEXT.encode() + b"\xff\x00", ENCODING_STRINGS, id="invalid-utf-8-and-NUL"),
    ],
)
def test_text_is_recovered_and_the_secret_found_on_its_line(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded is not None and decoded.encoding == encoding
    result = Engine().scan_bytes("notes.txt", data)
    assert (result.skipped, result.error, result.encoding) == ("", "", encoding)
    assert [(f.type, f.line_number) for f in result.findings] == [("Telegram Bot API Token", 2)]


def test_binary_data_is_scanned_for_its_text_runs_with_lines_in_place() -> None:
    """As `strings` reads it: a secret inside a binary is found, on the line its newlines say."""
    blob = os.urandom(4096).replace(b"\n", b"\x00").replace(b"\r", b"\x00") + b"\n\x89\x00" + f"token={TELEGRAM}".encode() + b"\x00\xff\n"
    result = Engine().scan_bytes("libthing.so", blob)
    assert result.encoding == ENCODING_STRINGS
    assert [(f.type, f.line_number) for f in result.findings] == [("Telegram Bot API Token", 2)]


def test_a_png_header_is_text_runs_not_binary() -> None:
    decoded = decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert decoded is not None and decoded.encoding == ENCODING_STRINGS
    assert "PNG" in decoded.text and "IHDR" in decoded.text


def test_only_data_without_any_text_run_is_binary() -> None:
    result = Engine().scan_bytes("noise.bin", b"\x89\x01\xff\x02\x00abc\x00" * 200)  # runs of 3 at most
    assert (result.skipped, result.findings) == (BINARY, [])


def test_an_array_of_small_integers_is_not_taken_for_utf_32() -> None:
    """Its high bytes are zero like UTF-32's, but its low bytes are not text: the ASCII secret
    stored after it is found (decoded as UTF-32 it would be lost in damage)."""
    data = b"".join(value.to_bytes(4, "little") for value in range(14, 32)) * 64 + f"\nkey={TELEGRAM}\n".encode()
    result = Engine().scan_bytes("table.bin", data)
    assert result.encoding == "utf-8"
    assert [(f.type, f.line_number) for f in result.findings] == [("Telegram Bot API Token", 2)]


def test_newlines_stay_where_they_are_in_text_runs() -> None:
    decoded = decode(b"\x00\x01a\r\nb\x02\rc\n\x00" + b"\xfe" * 4 + b"word\n")
    assert decoded is not None and decoded.text.split("\n") == ["  a", "b ", "c", "     word", ""]


def test_a_few_bytes_are_not_guessed_to_be_utf_16() -> None:
    decoded = decode(b"\x00abc")
    assert decoded is not None and (decoded.encoding, decoded.text) == ("utf-8", "\x00abc")


_NOISE = bytes(byte for byte in range(256) if byte not in (0x0A, 0x0D))  # anything but a line break
_WORDS = ["import os", "x = 1", "caf\u00e9 = 'cr\u00e8me'", "# \u65e5\u672c\u8a9e", "return value", "pass"]


def _fuzzed_file(seed: int) -> "tuple[bytes, int]":
    """Lines of text, some with binary noise, one holding the secret between spaces; returns the
    bytes (in one of the layouts a file may come in) and the secret's 1-based line."""
    rng = random.Random(seed)
    lines = []
    for _ in range(rng.randint(1, 30)):
        parts = [rng.choice(_WORDS) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.4:
            parts.insert(rng.randint(0, len(parts)), "NOISE")
        lines.append(" ".join(parts))
    target = rng.randrange(len(lines) + 1)
    lines.insert(target, f"{rng.choice(['NOISE', 'x ='])} {TELEGRAM} {rng.choice(['NOISE', '#'])}")
    newline = rng.choice(["\n", "\r\n", "\r"])
    layout = rng.choice(["utf-8", "utf-16-le", "utf-16", "utf-32-le", "latin-1"])
    if layout in ("utf-8", "latin-1"):
        text = newline.join(lines) + newline
        data = text.encode(layout, "replace")
        while b"NOISE" in data:
            data = data.replace(b"NOISE", rng.randbytes(rng.randint(1, 40)).translate(None, b"\n\r"), 1)
    else:
        text = newline.join(line.replace("NOISE", "\u2603") for line in lines) + newline
        data = text.encode(layout)
        if rng.random() < 0.5:
            data += b"\x00"[: len(data) % 2 or 1]  # an odd or otherwise truncated tail
    return data, target + 1


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("seed", range(200))
def test_fuzz_the_secret_is_found_on_its_line_whatever_surrounds_it(engine: Engine, seed: int) -> None:
    data, line = _fuzzed_file(seed)
    result = engine.scan_bytes("notes.txt", data)
    assert (result.skipped, result.error) == ("", "")
    assert ("Telegram Bot API Token", line) in [(f.type, f.line_number) for f in result.findings]


@pytest.mark.parametrize("seed", range(200))
def test_fuzz_decode_never_raises_and_keeps_line_count_for_byte_encodings(seed: int) -> None:
    rng = random.Random(seed)
    data = rng.randbytes(rng.randint(0, 3000))
    decoded = decode(data)
    if decoded is not None and not decoded.encoding.startswith(("utf-16", "utf-32")):
        normalised = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        assert decoded.text.count("\n") == normalised.count(b"\n")
