"""String constants of compiled Python (.pyc), without unmarshalling untrusted data.

`marshal` is documented as unsafe on hostile input and its format is version-specific, so the
bytes are walked instead: marshal writes each str constant as a type code (`z`/`Z` with a 1-byte
length, `a`/`A`/`u`/`t`/`s` with a 4-byte length, possibly OR-ed with the 0x80 reference flag)
followed by its raw bytes. Every such payload becomes one line to scan, so line N of the result
is the Nth constant; control characters and bytes that are not UTF-8 in it become separators
(as `strings` would have them), so a constant holding some is scanned, not dropped. Nothing is
ever executed or unmarshalled.
"""
from __future__ import annotations

import re
from typing import List, Tuple

PYC_HEADER = 16  # magic, flags, and mtime+size or hash (PEP 552)
_SHORT = {ord("z"), ord("Z")}
_LONG = {ord("a"), ord("A"), ord("u"), ord("t"), ord("s")}
_MIN_LENGTH = 4
# Control characters (and undecodable bytes) become separators, as `strings` would have it: a
# constant that holds some is still scanned, its text runs intact. Newlines split it into lines.
_SEPARATORS = {code: " " for code in [*range(0x20), 0x7F, 0xFFFD] if code not in (0x09, 0x0A)}
_CONTROLS = dict.fromkeys(_SEPARATORS)  # the same characters, deleted: to count them
_TEXT_RUN = re.compile(r"[^\s]{4}")


def _text(payload: bytes) -> Tuple[str, bool]:
    """(the payload as text, separators in place of what is not text; whether it is surely a
    constant: valid UTF-8 and mostly printable, so the walk may skip past it)."""
    try:
        raw = payload.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        raw = payload.decode("utf-8", "replace")
        valid = False
    text = raw.translate(_SEPARATORS)
    if not valid:
        return text, False
    controls = len(raw) - len(raw.translate(_CONTROLS)) if text != raw else 0
    return text, controls <= 0.1 * len(raw)


def pyc_strings(data: bytes) -> bytes:
    """The text constants of a .pyc body, one per line."""
    body = data[PYC_HEADER:] if len(data) > PYC_HEADER else data
    found: List[str] = []
    emitted_until = 0  # end of the payloads kept: a doubtful one inside them adds nothing new
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
            text, surely_a_constant = _text(body[start : start + length])
            if (surely_a_constant or start + length > emitted_until) and _TEXT_RUN.search(text):
                found.extend(line for line in text.split("\n") if line.strip())
                emitted_until = max(emitted_until, start + length)
            if surely_a_constant:
                position = start + length
                continue
            # Maybe a constant holding control characters or raw bytes, maybe a type code that
            # is not one: its text is kept either way, and the walk goes on inside it, so a
            # misread length never hides the constants it would have jumped over.
        position += 1
    return ("\n".join(found) + "\n").encode("utf-8")
