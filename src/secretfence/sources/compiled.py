"""String constants of compiled Python (.pyc), without unmarshalling untrusted data.

`marshal` is documented as unsafe on hostile input and its format is version-specific, so the
bytes are walked instead: marshal writes each str constant as a type code (`z`/`Z` with a 1-byte
length, `a`/`A`/`u`/`t`/`s` with a 4-byte length, possibly OR-ed with the 0x80 reference flag)
followed by its raw bytes. Every such payload that decodes as text becomes one line to scan, so
line N of the result is the Nth constant. Nothing is ever executed or unmarshalled.
"""
from __future__ import annotations

from typing import List

PYC_HEADER = 16  # magic, flags, and mtime+size or hash (PEP 552)
_SHORT = {ord("z"), ord("Z")}
_LONG = {ord("a"), ord("A"), ord("u"), ord("t"), ord("s")}
_MIN_LENGTH = 4


def _text(payload: bytes) -> str:
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    printable = sum(ch.isprintable() or ch in "\t\n" for ch in text)
    return text if printable >= 0.9 * len(text) else ""


def pyc_strings(data: bytes) -> bytes:
    """The text constants of a .pyc body, one per line."""
    body = data[PYC_HEADER:] if len(data) > PYC_HEADER else data
    found: List[str] = []
    position, end = 0, len(body)
    while position < end:
        code = body[position] & 0x7F
        if code in _SHORT and position + 1 < end:
            length = body[position + 1]
            start = position + 2
        elif code in _LONG and position + 4 < end:
            length = int.from_bytes(body[position + 1 : position + 5], "little")
            start = position + 5
        else:
            position += 1
            continue
        if _MIN_LENGTH <= length <= end - start:
            text = _text(body[start : start + length])
            if text:
                found.extend(line for line in text.split("\n") if line)
                position = start + length
                continue
        position += 1
    return ("\n".join(found) + "\n").encode("utf-8")
