"""Turn bytes into text without skipping anything that could hold a secret.

detect-secrets opens files as UTF-8 and silently skips those that fail; secretfence decodes
UTF-8, then UTF-16/32 (with a BOM, or recognisably BOM-less UTF-16), then falls back to Latin-1,
which maps every byte to one character so ASCII secrets survive intact in any 8-bit encoding.
"""
from __future__ import annotations

import codecs
from typing import NamedTuple, Optional

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# identify's definition of text bytes (identify.identify.is_text).
_TEXT_BYTES = bytes({7, 8, 9, 10, 11, 12, 13, 27} | set(range(0x20, 0x100)) - {0x7F})
_SNIFF = 8192


class Decoded(NamedTuple):
    text: str
    encoding: str
    # The input itself when it is exactly `text` in UTF-8 (no newline rewritten): the engine's
    # byte-level passes use it instead of encoding the text again.
    utf8: Optional[bytes] = None


def _utf16_without_bom(head: bytes) -> Optional[str]:
    """ASCII-heavy UTF-16 has a NUL in every other byte."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes) -> Optional[Decoded]:
    """Text with universal newlines, or None for binary data."""
    head = data[:_SNIFF]
    encoding: Optional[str] = None
    for bom, name in _BOMS:
        if head.startswith(bom):
            encoding = name
            break
    if encoding is None and b"\x00" in head:
        encoding = _utf16_without_bom(head)
        if encoding is None:
            return None
    if encoding is None and head.translate(None, _TEXT_BYTES):
        return None
    text: Optional[str] = None
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = None
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
    if "\r" in text:
        return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding or "utf-8")
    return Decoded(text, encoding or "utf-8", data if encoding == "utf-8" else None)
