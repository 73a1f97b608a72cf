"""The objects of a git packfile (`.git/objects/pack/pack-*.pack`, shipped in an sdist that
packed its `.git/`), inflated so their text can be scanned.

A pack is `PACK`, a version, an object count, then each object: a variable-length header (type,
size), for a delta the base it applies to, then its zlib stream. Whole objects (blobs, commits,
trees, tags) inflate to their contents; a delta inflates to copy and insert instructions whose
inserted bytes are the text the delta adds (a secret added in a later commit is there, in one
piece unless it straddles an instruction boundary). Deltas are not applied: that would need the
base objects in memory; the inserted text is what is new in them.

Loose objects (`.git/objects/xx/…`) are plain zlib streams: the archive reader inflates those
already (sources/archives.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from secretfence._lazy import lazy_modules

if TYPE_CHECKING:
    import zlib
else:
    # Only a pack (an archive member, never a plain source file) is inflated: the commit hook
    # imports this module to recognise one by its first bytes.
    lazy_modules(globals(), "zlib")

_SIGNATURE = b"PACK"
_OFS_DELTA, _REF_DELTA = 6, 7
_FIRST_CHUNK = 4096


class PackError(ValueError):
    """The pack stops making sense here (what came before it is kept)."""


class PackBomb(PackError):
    """The objects inflate past the limit: the pack is refused, not read in part."""


def looks_like_pack(head: bytes) -> bool:
    return len(head) >= 12 and head[:4] == _SIGNATURE and head[4:8] in (b"\0\0\0\x02", b"\0\0\0\x03")


def pack_text(data: bytes, limit: int) -> Optional[bytes]:
    """The inflated objects of the pack, one after another with a line break between them, at
    most `limit` bytes (more raises PackError: a bomb); None when `data` is no pack. Damage ends
    the reading: what was inflated before it is returned."""
    if not looks_like_pack(data[:12]):
        return None
    count = int.from_bytes(data[8:12], "big")
    view = memoryview(data)
    position = 12
    pieces: List[bytes] = []
    total = 0
    for _ in range(count):
        try:
            position, kind = _skip_header(data, position)
            inflated, position = _inflate_at(view, position, limit - total)
        except PackBomb:
            raise
        except PackError:
            break
        total += len(inflated) + 1
        if total > limit:
            raise PackBomb("expand past the scan limit")
        if kind in (_OFS_DELTA, _REF_DELTA):
            inflated = _delta_inserts(inflated)
        pieces.append(inflated)
    return b"\n".join(pieces)


def _skip_header(data: bytes, position: int) -> "tuple[int, int]":
    """(where the object's zlib data starts, its type)."""
    if position >= len(data):
        raise PackError("truncated")
    byte = data[position]
    kind = (byte >> 4) & 7
    position += 1
    while byte & 0x80:
        if position >= len(data):
            raise PackError("truncated header")
        byte = data[position]
        position += 1
    if kind == _OFS_DELTA:
        while True:
            if position >= len(data):
                raise PackError("truncated delta offset")
            byte = data[position]
            position += 1
            if not byte & 0x80:
                break
    elif kind == _REF_DELTA:
        position += 20
    elif kind not in (1, 2, 3, 4):
        raise PackError("unknown object type")
    return position, kind


def _inflate_at(view: memoryview, position: int, room: int) -> "tuple[bytes, int]":
    """(the inflated object at `position`, where the next one starts): fed in growing chunks, so
    a pack of many objects is not copied once per object."""
    inflater = zlib.decompressobj()
    out: List[bytes] = []
    produced = 0
    chunk = _FIRST_CHUNK
    start = position
    while not inflater.eof:
        if position >= len(view):
            raise PackError("truncated object")
        piece = view[position:position + chunk]
        position += len(piece)
        try:
            data = inflater.decompress(piece, max(room - produced, 0) + 1)
        except zlib.error:
            raise PackError("corrupt object") from None
        produced += len(data)
        out.append(data)
        if produced > room or inflater.unconsumed_tail:
            raise PackBomb("expand past the scan limit")
        chunk = min(chunk * 2, 1 << 22)
    consumed = position - len(inflater.unused_data)
    if consumed <= start:
        raise PackError("empty object")
    return b"".join(out), consumed


def _delta_inserts(delta: bytes) -> bytes:
    """The bytes a delta inserts (its literal text): consecutive inserts joined (git splits a
    long insert into pieces of at most 127 bytes), a line break where base bytes are copied."""
    position = 0
    for _ in range(2):  # base size, result size: varints
        while position < len(delta) and delta[position] & 0x80:
            position += 1
        position += 1
    inserts: List[bytes] = []
    while position < len(delta):
        opcode = delta[position]
        position += 1
        if opcode & 0x80:
            position += bin(opcode & 0x7F).count("1")  # offset and size bytes of a copy
            if inserts and inserts[-1] != b"\n":
                inserts.append(b"\n")
        elif opcode:
            inserts.append(delta[position:position + opcode])
            position += opcode
        else:
            break  # opcode 0 is reserved: the delta is damaged
    return b"".join(inserts)
