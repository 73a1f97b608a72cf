"""Turn bytes into text without skipping anything that could hold a secret.

detect-secrets opens files as UTF-8 and silently skips those that fail. secretfence decodes, in
order: UTF-8/16/32 with a BOM; BOM-less UTF-32 and UTF-16 (recognised by where their NULs fall);
UTF-8; 8-bit text (Latin-1, which maps every byte to one character, so ASCII secrets survive in
any 8-bit encoding). A wide encoding that is damaged (an odd trailing byte, a lone surrogate)
is decoded with the damage replaced, never abandoned for another encoding.

A wide decode (UTF-16/32) reads every two or four bytes as one character: ASCII appended to such
a file (`echo TOKEN=… >> file` on a UTF-16 file) decodes as CJK. The engine therefore also scans
a wide file's bytes as `strings` reads them (`wide_file_strings`), where that ASCII stands as it is.

What is none of these (a binary, or text with a stray control byte that is not valid UTF-8) is
read as `strings` reads it: every byte that is not printable ASCII becomes a space, newlines
stay where they are (line numbers stay right), and the text runs left are scanned. Only data
with no text run at all is binary, and skipped. Every step is a C-level pass over the bytes
(decode, translate, one regex search): a large image costs a few copies, never a Python loop.
"""
from __future__ import annotations

import codecs
import re
from typing import Optional

from secretfence.prefilter.spec import lazy_regex

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# identify's definition of text bytes (identify.identify.is_text): 8-bit text holds only these.
_TEXT_BYTES = bytes({7, 8, 9, 10, 11, 12, 13, 27} | set(range(0x20, 0x100)) - {0x7F})
_NOT_TEXT_BYTE = lazy_regex(b"[^" + re.escape(_TEXT_BYTES) + b"]")  # (compiled on first use: only for what is not UTF-8)
_SNIFF = 8192
# Fewer bytes than this say too little to guess a BOM-less wide encoding (b"\x00abc" is not
# UTF-16), and hold no secret in one anyway.
_MIN_WIDE = 16
SEPARATOR = " "
# What `strings` keeps: printable ASCII, tabs and line ends. Everything else becomes a space.
_STRINGS_TABLE = bytes(
    byte if byte in (9, 10, 13) or 0x20 <= byte <= 0x7E else ord(SEPARATOR) for byte in range(256)
)
_CR_TO_LF = bytes.maketrans(b"\r", b"\n")
# In wide text a CRLF is `\r\0\n\0`: not one line break as bytes. Only LF bytes break lines
# there (one per wide line break, so the lines stay where the wide text has them).
_WIDE_STRINGS_TABLE = _STRINGS_TABLE.translate(bytes.maketrans(b"\r", SEPARATOR.encode()))
WIDE_ENCODINGS = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
# The shortest run `strings` reports (its default -n 4); data without one holds no text at all.
_TEXT_RUN = lazy_regex(rb"[!-~]{4}")  # (compiled on first use: only for a binary)
# A decode with more damage than this is not that encoding (a binary with NULs in its head, or
# one that starts with BOM-like bytes); a few damaged units (a truncated end) are still text.
_MAX_DAMAGE = 0.01
_MAX_DAMAGE_UNITS = 2

ENCODING_STRINGS = "binary (text runs)"


class Decoded:
    """A text and the encoding it was decoded from. (A plain class: a NamedTuple's field types,
    strings under `from __future__ import annotations`, are compiled at import; kinds._spec.Check
    says why that costs.)"""

    __slots__ = ("text", "encoding", "utf8")

    def __init__(self, text: str, encoding: str, utf8: Optional[bytes] = None) -> None:
        self.text = text
        self.encoding = encoding
        # The input itself when it is exactly `text` in UTF-8 (no newline rewritten): the engine's
        # byte-level passes use it instead of encoding the text again.
        self.utf8 = utf8


def _mostly_text(low_bytes: bytes) -> bool:
    """The low byte of each unit of wide text is mostly a text byte (arrays of small integers,
    which also have zero high bytes, are not)."""
    return len(low_bytes.translate(None, _TEXT_BYTES)) < 0.05 * len(low_bytes)


def _utf32_without_bom(head: bytes) -> Optional[str]:
    """Text in UTF-32 has a zero top byte in every unit, and (below U+10000) a zero third byte."""
    units = len(head) // 4
    if len(head) < _MIN_WIDE:
        return None
    lanes = [head[lane : units * 4 : 4] for lane in range(4)]
    if lanes[3].count(0) == units and lanes[2].count(0) >= 0.9 * units and _mostly_text(lanes[0]):
        return "utf-32-le"
    if lanes[0].count(0) == units and lanes[1].count(0) >= 0.9 * units and _mostly_text(lanes[3]):
        return "utf-32-be"
    return None


def _utf16_without_bom(head: bytes) -> Optional[str]:
    """ASCII-heavy UTF-16 has a NUL in every other byte."""
    if len(head) < _MIN_WIDE:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even) and _mostly_text(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd) and _mostly_text(odd):
        return "utf-16-be"
    return None


def _lenient(data: bytes, encoding: str) -> Optional[str]:
    """Decode keeping everything that decodes: damage (an odd trailing byte, a lone surrogate,
    a bad sequence) becomes a separator. None when the guess (a BOM-less head, or two bytes
    that look like a BOM) turns out to be mostly damage: then it was not this encoding."""
    text = data.decode(encoding, "replace")
    damage = text.count("\ufffd")
    if not damage:
        return text
    if damage > _MAX_DAMAGE_UNITS + _MAX_DAMAGE * len(text):
        return None
    return text.replace("\ufffd", SEPARATOR)


def _unix_newlines(data: bytes) -> bytes:
    """CRLF and lone CR as LF, on the bytes (only for encodings where a CR byte is a CR), so
    the text is decoded once and its UTF-8 bytes stay at hand for the engine."""
    if b"\r" not in data:
        return data
    return data.replace(b"\r\n", b"\n").translate(_CR_TO_LF)


def _may_be_utf8(data: bytes) -> bool:
    """False when the head already is not UTF-8: a binary is then spared a full decode attempt
    (which allocates the whole output before it fails)."""
    try:
        data[:_SNIFF].decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= _SNIFF - 3  # only a character cut in two by the sniff
    return True


def wide_file_strings(data: bytes) -> Optional[Decoded]:
    """The bytes of a file decoded as UTF-16/32, read as `strings` reads them: ASCII stored as
    bytes (appended, or a mislabelled file) is found there. None when the bytes hold no run of
    printable characters (wide ASCII text is one byte in two or four, so none; one translate
    and one search tell)."""
    data = data.translate(_WIDE_STRINGS_TABLE)
    if _TEXT_RUN.search(data) is None:
        return None
    return Decoded(data.decode("ascii"), ENCODING_STRINGS, data)


# Text stored as UTF-16LE inside a binary (Windows resources, .pyd and .NET string tables): at
# least this many printable ASCII characters, each followed by a NUL byte.
MIN_WIDE_RUN = 8
# Searched from the NUL after each character (a pattern that starts with a literal byte is
# searched at memchr speed; one that starts with a class, ten times slower): the character
# before the first NUL is added back.
_UTF16LE_TAIL = lazy_regex(rb"\x00[\t\n\r\x20-\x7e]" * (MIN_WIDE_RUN - 1) + rb"(?:\x00[\t\n\r\x20-\x7e])*\x00")
_PRINTABLE_BYTES = frozenset(b"\t\n\r" + bytes(range(0x20, 0x7F)))
ENCODING_WIDE_STRINGS = "binary (UTF-16LE text runs)"


def utf16le_strings(data: bytes) -> Optional[Decoded]:
    """The UTF-16LE runs of a binary (`strings -e l`), one a line, or None when it has none.
    Only data with NUL bytes can hold one: one search over the bytes at C speed."""
    if b"\x00" not in data:
        return None
    runs = []
    for found in _UTF16LE_TAIL.finditer(data):
        start = found.start() - 1
        if start < 0 or data[start] not in _PRINTABLE_BYTES:
            start = found.start() + 1  # no character before the first NUL: the run starts after it
        runs.append(data[start:found.end()].decode("utf-16-le", "replace").replace("\r", "\n"))
    if not runs:
        return None
    return Decoded("\n".join(runs), ENCODING_WIDE_STRINGS)


def decode(data: bytes) -> Optional[Decoded]:
    """Text with universal newlines, or None for data that holds no text at all."""
    head = data[:_SNIFF]
    text: Optional[str] = None  # decoded by a BOM or a wide-encoding guess
    encoding = ""
    for bom, name in _BOMS:
        if head.startswith(bom):
            encoding = name
            text = _lenient(data, name)
            break
    if text is None and b"\x00" in head:
        wide = _utf32_without_bom(head) or _utf16_without_bom(head)
        if wide is not None:
            encoding, text = wide, _lenient(data, wide)
    if text is not None:
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return Decoded(text, encoding)
    # From here on each step rebinds `data`, so the caller's bytes and at most two copies are
    # alive at once (a large binary costs three times its size, not five).
    data = _unix_newlines(data)
    if _may_be_utf8(data):
        try:
            return Decoded(data.decode("utf-8"), "utf-8", data)
        except UnicodeDecodeError:
            pass
    if _NOT_TEXT_BYTE.search(data) is None:
        return Decoded(data.decode("latin-1"), "latin-1")
    # Control bytes and not UTF-8: not text as a whole. `strings`, line ends in place.
    data = data.translate(_STRINGS_TABLE)
    if _TEXT_RUN.search(data) is None:
        return None
    return Decoded(data.decode("ascii"), ENCODING_STRINGS, data)

