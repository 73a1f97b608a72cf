"""String constants of compiled Python (.pyc), without unmarshalling untrusted data.

`marshal` is documented as unsafe on hostile input and its format is version-specific, so the
bytes are walked instead: marshal writes each str constant as a type code (`z`/`Z` with a 1-byte
length, `a`/`A`/`u`/`t`/`s` with a 4-byte length, possibly OR-ed with the 0x80 reference flag)
followed by its raw bytes. Every such payload becomes one line to scan, so line N of the result
is the Nth constant; control characters and bytes that are not UTF-8 in it become separators
(as `strings` would have them), so a constant holding some is scanned, not dropped. Nothing is
ever executed or unmarshalled.

A file named `.pyc` is read this way only when it starts like one (`looks_compiled`); anything
else under that name is scanned as the bytes it is. And the walk is not all that is read: every
run of text in the file that the constants do not account for (text appended after the marshal
data, or where the walk sees no constant) is scanned as well, whole (`pyc_text`). Such a run may
hold a constant too; the reader marks the text `overlapping` and each secret is reported once,
on the first line it is on, the constant's. (Cutting the constants out of the runs instead would
cut a token in two wherever the walk misreads text as a constant.)
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
# A run of text in the raw bytes, as `strings` finds it (printable ASCII, tabs, line ends).
_RAW_RUN = re.compile(rb"[\t\n\r\x20-\x7e]{4,}")
_RAW_TEXT = re.compile(rb"[!-~]{4}")
# What marshal writes around a constant: its type code and a length of one or four bytes. A run
# of text broken only by such framing between constants is the constants themselves.
_FRAMING = 5
# The code object marshal writes first: after the 16-byte header of Python 3.7+, the 12-byte one
# of 3.3-3.6, or the 8-byte one before.
_CODE_OFFSETS = (16, 12, 8)


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


def looks_compiled(data: bytes) -> bool:
    """A .pyc header: a magic number ending in CR LF, then marshal's code object."""
    return data[2:4] == b"\r\n" and any(len(data) > offset and data[offset] & 0x7F == ord("c")
                                         for offset in _CODE_OFFSETS)


def is_compiled(name: str, data: bytes) -> bool:
    """Read as compiled Python: named so (`.pyc`, Python 2's `.pyo`) or, whatever the name, starting
    with a CPython magic number (3000-3999: Python 3; 50000-63000: Python 2), and looking like one.
    The strings of marshal data are framed by printable bytes (a token then `N)`), which the text
    of a binary would run into the token: its constants must be read as constants."""
    if name.endswith((".pyc", ".pyo")):
        return looks_compiled(data)
    magic = int.from_bytes(data[:2], "little")
    return (3000 <= magic < 4000 or 50000 <= magic <= 63000) and looks_compiled(data)


def pyc_strings(data: bytes) -> bytes:
    """The text constants of a .pyc body, one per line."""
    found = [line for _, _, lines in _constants(data) for line in lines]
    return ("\n".join(found) + "\n").encode("utf-8")


def pyc_text(data: bytes) -> bytes:
    """What to scan of a compiled file: its text constants, one per line, then each run of text in
    its bytes that they do not account for, whole (never cut where a constant seems to start: in
    text that is not marshal data, a "constant" is a misreading). A run holding nothing but
    constants and marshal's framing between them adds nothing and is left out. Other runs repeat
    the constants inside them: the same secret found twice in this text is one finding (the
    archive reader marks the member `distinct`)."""
    constants = _constants(data)
    covered = _union([(start, end) for start, end, _ in constants])
    found = [line for _, _, lines in constants for line in lines]
    cursor = 0
    for run in _RAW_RUN.finditer(data):
        start, end = run.span()
        if _RAW_TEXT.search(run.group()) is None:
            continue
        while cursor < len(covered) and covered[cursor][1] <= start:
            cursor += 1
        if not _explained(start, end, covered, cursor):
            found.extend(line for line in run.group().decode("ascii").replace("\r", "\n").split("\n") if line.strip())
    return ("\n".join(found) + "\n").encode("utf-8")


def _union(spans: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    merged: List[Tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _explained(start: int, end: int, covered: List[Tuple[int, int]], cursor: int) -> bool:
    """Is the run [start, end) constants (disjoint spans, from `cursor` on) and framing alone?"""
    reached = start
    while cursor < len(covered) and covered[cursor][0] < end:
        if covered[cursor][0] - reached > _FRAMING:
            return False
        reached = max(reached, covered[cursor][1])
        cursor += 1
    return end - reached <= _FRAMING


def _constants(data: bytes) -> List[Tuple[int, int, List[str]]]:
    """(start, end, lines) of each text constant the walk finds, by offset in `data`."""
    header = PYC_HEADER if len(data) > PYC_HEADER else 0
    body = data[header:]
    found: List[Tuple[int, int, List[str]]] = []
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
                found.append((header + start, header + start + length,
                              [line for line in text.split("\n") if line.strip()]))
                emitted_until = max(emitted_until, start + length)
            if surely_a_constant:
                position = start + length
                continue
            # Maybe a constant holding control characters or raw bytes, maybe a type code that
            # is not one: its text is kept either way, and the walk goes on inside it, so a
            # misread length never hides the constants it would have jumped over.
        position += 1
    return found
