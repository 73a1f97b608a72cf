"""What a file's first bytes say it is, without importing the archive readers.

`sources.archives` opens zip and tar archives, compressed streams, git packs, SQLite databases and
compiled Python files. Most files a scan meets (a commit's few source files above all) are none of
these: `is_plain` tells them apart by the same first-bytes tests archives decides with, so that the
scan can take their bytes as they are and the readers (and their imports) are never loaded.
"""
from __future__ import annotations

from secretfence.sources.git_pack import looks_like_pack
from secretfence.sources.sqlite import looks_like_sqlite

SEPARATOR = "!"  # between an archive's name and a member's: a.whl!pkg/x.py

ZIP, TAR, GZIP, BZIP2, XZ, LZMA_ALONE = "zip", "tar", "gzip", "bzip2", "xz", "lzma"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
TAR_BLOCK = 512  # tarfile.BLOCKSIZE
HEAD = 512  # how many first bytes decide
# Larger bytes are left to archives, whose limits (sources.archives.Limits) may refuse them.
_PLAIN_MAX_BYTES = 256 * 1024 * 1024


def may_be_tar(head: bytes) -> bool:
    """The ustar magic, or digits where a header's checksum is (archives checks the header itself)."""
    return head[257:262] == b"ustar" or (len(head) >= TAR_BLOCK and head[148:156].strip(b" \0").isdigit())


def compression(head: bytes) -> "str | None":
    if head[:3] == b"\x1f\x8b\x08":
        return GZIP
    # "BZh", the block size, then the magic of a first block (pi) or of an empty stream (sqrt(pi)).
    if len(head) >= 10 and head[:3] == b"BZh" and head[3] in b"123456789" and (
        head[4:10] in (b"1AY&SY", b"\x17rE8P\x90")
    ):
        return BZIP2
    if head[:6] == b"\xfd7zXZ\x00":
        return XZ
    # lzma-alone (.lzma): properties 0x5D (lc=3 lp=0 pb=2, what every encoder writes), a dictionary
    # size that is a multiple of 64 KiB, and an uncompressed size that is unknown (-1) or sane.
    if len(head) >= 13 and head[:3] == b"\x5d\x00\x00" and (head[5:13] == b"\xff" * 8 or head[11:13] == b"\0\0"):
        return LZMA_ALONE
    return None


def may_be_zlib(head: bytes) -> bool:
    """A raw zlib stream's two-byte header (deflate, 32 KiB window, no preset dictionary: 78 01,
    78 5E, 78 9C or 78 DA; git's loose objects among them). Two bytes say little (text can start
    with `x^`): such data is taken for zlib only if it inflates whole (see archives._member)."""
    return len(head) >= 2 and head[0] == 0x78 and head[1] in (0x01, 0x5E, 0x9C, 0xDA)


def may_be_compiled(head: bytes) -> bool:
    """A CPython magic number (Python 3: 3000-3999, Python 2: 50000-63000) then CR LF: compiled
    Python under any name (archives checks the rest, compiled.is_compiled)."""
    magic = int.from_bytes(head[:2], "little")
    return head[2:4] == b"\r\n" and (3000 <= magic < 4000 or 50000 <= magic <= 63000)


def is_plain(name: str, data: bytes) -> bool:
    """True: `archives.iter_contents(name, data)` would yield these bytes as they are and nothing
    else (no archive, compressed stream, git pack, SQLite database or compiled file can start so).
    False: ask archives."""
    head = data[:HEAD]
    return not (
        len(data) > _PLAIN_MAX_BYTES
        or head.startswith(ZIP_MAGIC)
        or may_be_tar(head)
        or compression(head) is not None
        or may_be_zlib(head)
        or looks_like_pack(head)
        or looks_like_sqlite(head)
        or name.endswith((".pyc", ".pyo"))
        or may_be_compiled(head)
    )
