"""What a tar member's header blocks hold besides what tarfile makes of them.

tarfile reads a name, numbers, a type, a link name, a user and group name out of each 512-byte
header, and pax records or a GNU long name out of the extended headers before it. Everything else
in those bytes ships unread: a field's bytes after its NUL terminator, a link name on a regular
file, the user and group names, the 12 bytes after the prefix, an unknown magic, the name and
fields of the extended headers themselves, a long name's bytes after its NUL, the pax data after
its last record, the padding of every extended header's data. `read_headers` returns all of it
as text to scan, and the pax records as lines, leaving out only what tarfile reads as the
member's name (the name is shown, and judged, as the member's) and the numbers it reads.

Layout: POSIX.1-1988 ustar and its GNU and pax extensions, as tarfile's `frombuf` reads them.
"""
from __future__ import annotations

import re
from typing import Dict, List, Tuple

from secretfence._dataclass import dataclass

BLOCK = 512
# Numeric fields (octal text up to a NUL, or base-256 when the first byte is 0x80 or 0xFF):
# mode, uid, gid, size, mtime, checksum, devmajor, devminor.
_NUMBERS = ((100, 108), (108, 116), (116, 124), (124, 136), (136, 148), (148, 156), (329, 337), (337, 345))
# Old GNU sparse headers keep numbers where the prefix would be: atime, ctime, offset, four
# (offset, size) pairs, and the real size.
_SPARSE_NUMBERS = ((345, 357), (357, 369), (369, 381), *((386 + 12 * i, 398 + 12 * i) for i in range(8)), (483, 495))
# An old GNU sparse extension block: 21 (offset, size) pairs, then "another block follows".
_EXTENSION_NUMBERS = tuple((start, start + 12) for start in range(0, 21 * 24, 12))
_EXTENSION_FIELDS = {**dict(_EXTENSION_NUMBERS), 504: 505}
_MAGICS = (b"ustar\x0000", b"ustar  \x00", bytes(8))
_GNU_TYPES = (b"L", b"K", b"S")
_PAX_TYPES = (b"x", b"X", b"g")
_EXTENDED_TYPES = _PAX_TYPES + (b"L", b"K")
_PAX_RECORD = re.compile(rb"(\d+) ([^=]+)=")  # tarfile's own pattern (TarInfo._proc_pax)
# Records that hold the member's name (shown as the member's), and numbers tarfile reads: a
# well-formed number there holds no text; anything else in them does.
_NAME_RECORDS = (b"path", b"GNU.sparse.name")
_NUMBER_RECORDS = (b"atime", b"ctime", b"mtime", b"uid", b"gid", b"size")
_NUMBER = re.compile(rb"[-+]?\d+(?:[.,]\d+)*")
_NOT_NUL = re.compile(rb"[^\0]+")
# One bit per byte (the lowest of each), set where the byte is not NUL; and where a byte and the
# next are in the same field of a ustar header (the checksum's trailing blank counts as its own).
_NOT_NUL_BITS = bytes([0] + [1] * 255)
_FIELD_STARTS = {100, 108, 116, 124, 136, 148, 155, 156, 157, 257, 263, 265, 297, 329, 337, 345, 500, 512}
_INSIDE_FIELDS = int.from_bytes(bytes(0 if position + 1 in _FIELD_STARTS else 1 for position in range(BLOCK)), "little")
_TWELVE_NULS = bytes(12)
_STANDARD_HDRCHARSET = (b"ISO-IR 10646 2000 UTF-8", b"BINARY")
# The names tar writers give extended headers, around the member's own directory and base name.
_EXTENDED_NAME_MARKERS = re.compile(r"GlobalHead\.\d+\.\d+|PaxHeaders?(?:\.\d+)?|@PaxHeader|@LongLink|@LongName|"
                                    r"pax_global_header")


@dataclass
class Headers:
    """What the header blocks of one member hold that nothing else reads."""

    text: bytes = b""  # unread fields, lines of text (empty when there is none)
    pax: bytes = b""  # the member's own pax records, one `key=value` line each (see _pax_lines)
    global_pax: bytes = b""  # the records of global pax headers among them


def read_headers(region: bytes, member_name: str) -> Headers:
    """The header blocks of one member (`region`: from the end of the previous member's data to
    the start of this one's, global pax headers included), and what nobody reads in them."""
    parts: List[bytes] = []
    own_pax: List[bytes] = []
    global_pax: List[bytes] = []
    position = 0
    while position + BLOCK <= len(region):
        block = region[position: position + BLOCK]
        kind = block[156:157]
        following = position + BLOCK
        if kind in _EXTENDED_TYPES and following < len(region):
            size = _number(block[124:136])
            data = region[following: following + _round(size)]
            known_name = _extended_name_is_conventional(_header_name(block), member_name)
            parts.append(_unread_fields(block, name_read=known_name, prefix_is_name=known_name))
            if kind in _PAX_TYPES:
                records, rest = _pax_lines(data)
                (global_pax if kind == b"g" else own_pax).extend(records)
                parts.append(rest)
            else:
                stored = data[:size]
                cut = stored.find(b"\0")
                used = stored if cut < 0 else stored[:cut]
                if kind == b"K":
                    parts.append(used)  # a link target, which only a link uses
                parts.append(stored[len(used):] + data[size:])
            position = following + _round(size)
            continue
        # The member's own header, then (old GNU sparse) its extension blocks: numbers alone.
        # Its name and prefix fields are the member's name only when tarfile took the name from
        # them (or writers put the start of a longer one there): a pax `path` record or a GNU long
        # name replaces them, and then they are text nobody reads.
        named = _names_the_member(block, member_name)
        parts.append(_unread_fields(block, name_read=named, prefix_is_name=named and kind not in _GNU_TYPES))
        position = following
        while position + BLOCK <= len(region):
            after = region[position: position + BLOCK]
            # Only an old GNU sparse header has extension blocks (numbers alone). What else tarfile
            # reads between a header and the data (a pax 1.0 sparse map: its numbers, a line each,
            # then whatever fills its last block) ships stored in the member: scanned as it is.
            parts.append(_leftover_runs(after, _EXTENSION_FIELDS, _EXTENSION_NUMBERS) if kind == b"S" else after)
            position += BLOCK
    parts.append(region[position:])
    return Headers(_lines(parts), b"".join(own_pax), b"".join(global_pax))


def _unread_fields(block: bytes, name_read: bool, prefix_is_name: bool) -> bytes:
    """The block without what tarfile reads (and the member's name, shown as the member's): what
    is left is the text fields nobody scans (link name, user and group names) and whatever hides
    around them (bytes after a field's NUL, an unknown magic, the 12 bytes after the prefix),
    NUL-separated."""
    kind = block[156:157]
    if kind != b"S" and _tidy(block):
        # The usual header, each field its used part then NULs: only its text fields are left.
        pieces = [block[157:257], block[265:297], block[297:329]]
        if not name_read:
            pieces.append(block[0:100])
        if not prefix_is_name:
            pieces.append(block[345:500])
        return b"\0".join(piece.split(b"\0", 1)[0] for piece in pieces)
    fields = _FIELDS[(name_read, prefix_is_name and kind != b"S", kind == b"S")]
    if block[257:265] not in _MAGICS:
        fields = {start: end for start, end in fields.items() if not 257 <= start < 265}  # not ustar's: text
    return _leftover_runs(block, fields, _SPARSE_NUMBERS + _NUMBERS if kind == b"S" else _NUMBERS)


def _tidy(block: bytes) -> bool:
    """Every field is its used part then NULs only (no NUL followed by more in any field), the
    magic is ustar's, the checksum ends as tar writers end it and the 12 bytes after the prefix
    are NULs. Checked on all 512 bytes at once: one bit per byte, "NUL, then not" inside a field."""
    if block[257:265] not in _MAGICS or block[155] not in (0, 0x20) or block[500:512] != _TWELVE_NULS:
        return False
    used = int.from_bytes(block.translate(_NOT_NUL_BITS), "little")
    return (used >> 8) & ~used & _INSIDE_FIELDS == 0


def _leftover_runs(block: bytes, fields: Dict[int, int], numbers: Tuple[Tuple[int, int], ...]) -> bytes:
    """The runs of non-NUL bytes of `block` that are no field's used part, NUL-separated. A run
    that starts where a field starts (after the blanks that end the field before it) is its used
    part, up to its NUL, or on through the next field when it has none; the rest of the run is
    left over. A base-256 number is used whole."""
    kept: List[bytes] = []
    for run in _NOT_NUL.finditer(block):
        start, end = run.span()
        text = run.group()
        start += len(text) - len(text.lstrip(b" "))
        while start < end and start in fields:
            start = min(end, fields[start])
        if start < end:
            kept.append(block[start:end])
    if kept and any(block[start] in (0x80, 0xFF) for start, _ in numbers):
        return _leftover_runs(_without_base256(block, numbers), fields, ())
    return b"\0".join(kept)


def _without_base256(block: bytes, numbers: Tuple[Tuple[int, int], ...]) -> bytes:
    out = bytearray(block)
    for start, end in numbers:
        if out[start] in (0x80, 0xFF):
            out[start:end] = bytes(end - start)
    return bytes(out)


def _field_ends(name_read: bool, prefix_is_name: bool, sparse: bool) -> Dict[int, int]:
    """{start: end} of the fields tarfile reads (numbers, type, magic and version, and as asked
    the name, the prefix, an old GNU sparse header's numbers)."""
    fields = dict(_NUMBERS)
    fields.update({156: 157, 257: 263, 263: 265})
    if name_read:
        fields[0] = 100
    if prefix_is_name:
        fields[345] = 500
    if sparse:
        fields.update(dict(_SPARSE_NUMBERS))
        fields[482] = 483  # "extension blocks follow"
    return fields


_FIELDS = {(name, prefix, sparse): _field_ends(name, prefix, sparse)
           for name in (False, True) for prefix in (False, True) for sparse in (False, True)}


def _number(field_bytes: bytes) -> int:
    """A numeric field as tarfile reads it (0 if it is not one: tarfile has refused it then)."""
    if field_bytes[:1] in (b"\x80", b"\xff"):
        value = int.from_bytes(field_bytes[1:], "big")
        return -value if field_bytes[:1] == b"\xff" else value
    text = field_bytes.split(b"\0", 1)[0].strip()
    try:
        return max(0, int(text or b"0", 8))
    except ValueError:
        return 0


def _round(size: int) -> int:
    return -(-size // BLOCK) * BLOCK


def _header_name(block: bytes) -> str:
    name = block[0:100].split(b"\0", 1)[0]
    prefix = block[345:500].split(b"\0", 1)[0]
    whole = prefix + b"/" + name if prefix else name
    return whole.decode("utf-8", "surrogateescape")


def _names_the_member(block: bytes, member_name: str) -> bool:
    """The member's own header holds its name (prefix/name), or a part of the name a pax record
    or a GNU long name gives in full (writers put its first 100 bytes there): nothing else."""
    name = block[0:100].split(b"\0", 1)[0]
    prefix = b"" if block[156:157] in _GNU_TYPES else block[345:500].split(b"\0", 1)[0]
    whole = (prefix + b"/" + name if prefix else name).decode("utf-8", "surrogateescape").rstrip("/")
    return whole in member_name


def _extended_name_is_conventional(name: str, member_name: str) -> bool:
    """An extended header's name, which tarfile ignores: one of the names tar writers give them
    (`././@PaxHeader`, `././@LongLink`, GNU's `dir/PaxHeaders.N/base`, bsdtar's `dir/PaxHeader/base`,
    `pax_global_header`…), made of the member's own directory and base name? Then it holds
    nothing of its own; any other name is text to scan."""
    directory, _, base = member_name.rpartition("/")
    rest = _EXTENDED_NAME_MARKERS.sub("/", name)
    if directory:
        rest = rest.replace(directory, "/")
    parts = [part for part in rest.split("/") if part not in ("", ".")]
    return all(base.startswith(part) for part in parts)


def _pax_lines(data: bytes) -> Tuple[List[bytes], bytes]:
    """(records to scan, one `key=value` line each; the bytes after the last record tarfile
    parses), read as tarfile reads them: every record, duplicates included (tarfile keeps only
    the last of a key). The name records and well-formed numbers are left out."""
    lines: List[bytes] = []
    position = 0
    while True:
        match = _PAX_RECORD.match(data, position)
        if match is None:
            break
        length = int(match.group(1))
        if length <= 0:
            break
        keyword = match.group(2)
        value = data[match.end(2) + 1: match.start(1) + length - 1]
        if not _says_nothing(keyword, value):
            lines.append(keyword + b"=" + value + b"\n")
        position += length
    return lines, data[position:]


def _says_nothing(keyword: bytes, value: bytes) -> bool:
    if keyword in _NAME_RECORDS:
        return True
    if keyword in _NUMBER_RECORDS or keyword.startswith(b"GNU.sparse."):
        return _NUMBER.fullmatch(value) is not None
    return keyword == b"hdrcharset" and value in _STANDARD_HDRCHARSET


def _lines(parts: List[bytes]) -> bytes:
    """The parts' text, NUL-separated pieces one per line (what is left of a field is text)."""
    pieces: List[bytes] = []
    for part in parts:
        if b"\0" in part:
            if part.strip(b"\0"):
                pieces.extend(piece.strip() for piece in _NOT_NUL.findall(part))
        else:
            pieces.append(part.strip())
    text = b"\n".join(piece for piece in pieces if piece)
    return text + b"\n" if text else b""
