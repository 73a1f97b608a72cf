"""Artifacts read member by member, in memory, never extracted: wheels, sdists, nested archives,
and the archives a scan meets in a repository.

The reader yields typed events, and nothing else travels with the data:

- `Member(name, data, overlapping)`: bytes to scan. Names are `artifact!member`
  (`dist/pkg-1.0.tar.gz!pkg-1.0/.env`, nested: `dist/pkg.whl!pkg/data.zip!secrets.txt`).
  `overlapping`: the text holds the same bytes twice (a compiled file): report each secret once.
- `Unreadable(archive, member, reason, blocking)`: damage. `blocking` is true when the damage is
  in the artifact itself (an installer reads it: the artifact is unreadable, exit 2) and false
  inside a nested archive (data no installer unpacks, such as twine's `malformed.tar.gz`: a
  warning). Either way every byte that can still be read has been, or will be, yielded.

It raises ArchiveError when it refuses the artifact: not a regular file, not a zip or tar, an
encrypted member, a compression it cannot read, a link or an absolute or `..` path in the
artifact itself, overlapping zip entries, nesting too deep, or any limit (members, bytes, ratio).

`iter_contents` reads a file's bytes as `scan` sees them (on disk, or a staged blob): the file
itself, or when it is an archive or a compressed stream, its members, read as a nested archive
is (its damage never blocks, links and `..` paths in it are data; limits and encryption refuse).

Bytes that no member holds are scanned too, as pseudo-members named in angle brackets:

    a.whl!<zip comment>                          the archive comment
    a.whl!<comment of pkg/x.py>                  an entry's comment
    a.whl!<extra field of pkg/x.py>              an entry's extra field holding text (central directory;
    a.whl!<local extra field of pkg/x.py>          and its local header's, when it differs)
    a.whl!<unlisted entry pkg/x.py>              a local entry no central-directory entry points to
    a.whl!<local name of pkg/x.py>               the name in an entry's local header, when it differs
    a.whl!<bytes outside the zip entries at N>   other bytes no entry or directory accounts for
    a.tar.gz!<tar header of pkg/x.py>            header bytes tarfile does not read (tar_headers), once
                                                   per archive for the same text (user, group names)
    a.tar.gz!<padding after pkg/x.py>            bytes between a member's data and the next block
    a.tar.gz!<pax header of pkg/x.py>            pax records (also <pax global header>), raw, duplicates
                                                   included, but the path and well-formed numbers
    a.tar.gz!<data after end of archive>         bytes after the tar end-of-archive marker
    a.tar.gz!<rest of the damaged archive at N>  the tar stream from where it stopped making sense
    a.tar.gz!<data after the compressed stream>  bytes after the gzip, bzip2, xz, lzma or zlib data
    a.tar.gz!pkg/.git/objects/pack/p.pack!<git objects>   a git packfile's objects, inflated
                                                   (sources/git_pack.py)
    a.whl!pkg/cache.sqlite3!<SQLite rows>        a SQLite database's values, one row a line
                                                   (sources/sqlite.py)

Compressed members (gzip, bzip2, xz, lzma-alone, and raw zlib when it inflates whole) and nested
archives are recognised by their first bytes, whatever their names. Memory holds the nested
archives being read and one member at a time.
"""
from __future__ import annotations

import io
import os
import re
import stat
import struct
import zlib
from collections import deque
from typing import IO, TYPE_CHECKING, Any, Deque, Generator, Iterator, List, Optional, Sequence, Set, Tuple, Type, Union

from secretfence._dataclass import dataclass, field
from secretfence._lazy import lazy_modules
from secretfence.errors import ArchiveError, describe_archive_problem
from secretfence.sources.compiled import is_compiled, pyc_text
from secretfence.sources.git_pack import PackBomb, looks_like_pack, pack_text
from secretfence.sources.sniff import (  # first-bytes tests, shared with the scan's fast path
    BZIP2 as _BZIP2, GZIP as _GZIP, LZMA_ALONE as _LZMA_ALONE, SEPARATOR, TAR as _TAR, XZ as _XZ, ZIP as _ZIP,
    ZIP_MAGIC as _ZIP_MAGIC, compression as _compression, may_be_tar, may_be_zlib as _may_be_zlib,
)
from secretfence.sources.sqlite import looks_like_sqlite, sqlite_text
from secretfence.sources.tar_headers import read_headers

if TYPE_CHECKING:
    import bz2
    import lzma
    import tarfile
    import zipfile
else:
    # Imported when an archive or a compressed stream is met: every scan (the commit hook's on a
    # few text files too) passes its files through here, and these bring pathlib, shutil and
    # liblzma into start-up.
    lazy_modules(globals(), "bz2", "lzma", "tarfile", "zipfile")

ARTIFACT_SUFFIXES = (".whl", ".zip", ".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".egg")
_COMPRESSED_SUFFIXES = {".gz": "", ".tgz": ".tar", ".bz2": "", ".tbz2": ".tar", ".xz": "", ".txz": ".tar",
                        ".lzma": "", ".tlz": ".tar"}
# liblzma allocates the dictionary a stream's header asks for (up to 4 GiB): more is refused as damage.
_LZMA_MEMORY_LIMIT = 512 * 1024 * 1024
_CHUNK = 1024 * 1024
_RATIO_FLOOR = 1024 * 1024  # the ratio limit applies to members above this size
_TAR_READ = 256 * 1024  # how much tarfile asks for at a time (its own default, 10 KiB, costs many calls)
_TEXT_RUN = re.compile(rb"[!-~]{4}")  # what `strings` looks for (sources/decode.py)


def _format_errors() -> Tuple[Type[BaseException], ...]:
    """Errors the parsers (and the decompressors under them) raise on hostile bytes: damage, not
    bugs. A function (an except clause evaluates it only when something was raised), so that
    naming them does not import the readers."""
    return (
        zipfile.BadZipFile, zipfile.LargeZipFile, tarfile.TarError, EOFError, zlib.error, lzma.LZMAError,
        ValueError, struct.error, OverflowError, UnicodeError, IndexError, KeyError, NotImplementedError,
    )


def _parse_errors() -> Tuple[Type[BaseException], ...]:
    return _format_errors() + (OSError,)  # bz2 reports bad data as OSError


@dataclass(frozen=True)
class Limits:
    """Bounds on what one artifact may make secretfence read (memory holds one member at a time)."""

    max_members: int = 100_000
    max_member_bytes: int = 256 * 1024 * 1024
    max_total_bytes: int = 4 * 1024 * 1024 * 1024
    max_ratio: int = 200  # uncompressed:compressed for a zip member above 1 MiB
    max_depth: int = 4


@dataclass(frozen=True)
class Member:
    """Bytes to scan, under their display name."""

    name: str
    data: bytes = field(repr=False)
    # The text holds the same bytes twice (a compiled file's constants, then the runs of text
    # around them): a secret found twice in it is reported once.
    overlapping: bool = False


@dataclass(frozen=True)
class Unreadable:
    """A part that could not be read whole. Names and reason are separate fields (a name may
    carry a secret); `message()` renders them as one line."""

    archive: str  # display name of the archive the damage is in
    member: Optional[str]  # the member concerned inside it, or None: the archive itself
    reason: str  # why, with no name in it
    blocking: bool  # in the artifact itself (exit 2), not inside a nested archive (a warning)

    @property
    def name(self) -> str:
        return self.archive if self.member is None else f"{self.archive}{SEPARATOR}{self.member}"

    def message(self) -> str:
        return describe_archive_problem(self.archive, self.member, self.reason)


Event = Union[Member, Unreadable]


class _Damaged(Exception):
    """Internal: the bytes stop making sense here (becomes an Unreadable event)."""

    def __init__(self, reason: str, member: Optional[str] = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.member = member
        self.resume_at: Optional[int] = None  # stream offset of the first byte not yet handed out


@dataclass
class _Budget:
    limits: Limits
    artifact: str
    # Reading an artifact (what installers unpack: its own damage blocks, links and unsafe paths in
    # it are refused), or a file's contents (scan: archives in it are data, like nested ones).
    is_artifact: bool = True
    members: int = 0
    total: int = 0

    def top(self, depth: int) -> bool:
        """Is an archive at this depth the artifact itself?"""
        return self.is_artifact and depth == 0

    def charge(self, size: int) -> None:
        self.members += 1
        self.total += size
        if self.members > self.limits.max_members:
            raise ArchiveError(self.artifact, f"more than {self.limits.max_members} members: refusing to scan")
        if self.total > self.limits.max_total_bytes:
            raise ArchiveError(self.artifact, f"more than {self.limits.max_total_bytes} bytes uncompressed: zip bomb?")

    def member_limit(self) -> int:
        """The most bytes the next member may hold."""
        return max(0, min(self.limits.max_member_bytes, self.limits.max_total_bytes - self.total))


def is_artifact_name(name: str) -> bool:
    return name.lower().endswith(ARTIFACT_SUFFIXES)


def iter_artifact(path: str, display: Optional[str] = None, limits: Limits = Limits()) -> Iterator[Event]:
    """Every member of the artifact at `path` (nested ones included), and any damage, as events."""
    name = display or path
    handle = _open_regular_file(path, name)
    with handle:
        try:
            yield from iter_artifact_bytes(handle, name, limits)
        except OSError as error:
            raise ArchiveError(name, f"cannot read: {error.strerror or error}") from None


def iter_artifact_bytes(handle: IO[bytes], name: str, limits: Limits = Limits()) -> Iterator[Event]:
    """The same, for an artifact already open (seekable): what `iter_artifact` reads once opened."""
    size = handle.seek(0, os.SEEK_END)
    handle.seek(0)
    head = handle.read(2 * tarfile.BLOCKSIZE)
    handle.seek(0)
    kind = _TAR if _empty_tar(head) else _container_kind(head)
    if kind is None and zipfile.is_zipfile(handle):
        kind = _ZIP  # data before the first entry (as in self-extracting zips): installers still read it
    handle.seek(0)
    if kind is None:
        raise ArchiveError(name, "not a zip or tar archive (unsupported artifact type)")
    try:
        yield from _read_container(handle, size, name, kind, _Budget(limits, name), depth=0)
    except _format_errors() as error:
        # The readers turn damage into events where it happens; this only keeps a parser's
        # unforeseen complaint from escaping as anything but "unreadable" (OSError: see iter_artifact).
        yield Unreadable(name, None, f"corrupt or truncated archive ({_first_line(error)})", blocking=True)


def iter_contents(name: str, data: bytes, limits: Limits = Limits()) -> Iterator[Event]:
    """The bytes of a file (on disk, or a staged blob) as scan sees them: the file itself when it
    is not an archive or a compressed stream (decided by its first bytes, nothing else is read),
    otherwise what it holds, as `name!member`. Archives in a file are data, as nested ones are in an
    artifact: their damage is non-blocking Unreadable events (what could be read is yielded, and
    their bytes as they are when nothing could); a refusal (limits, encryption) raises ArchiveError."""
    # depth -1: the file is in no archive; an archive it is, is read at depth 0 with the same
    # nesting limit as an artifact.
    yield from _member(name, data, _Budget(limits, name, is_artifact=False), depth=-1)


def iter_file(path: str, display: Optional[str] = None, limits: Limits = Limits()) -> Iterator[Event]:
    """`iter_contents` of a file on disk that is not an artifact (a signature or attestation sent
    with one): a regular file, at most `limits.max_member_bytes` long."""
    name = display or path
    with _open_regular_file(path, name) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > limits.max_member_bytes:
                raise ArchiveError(name, f"is {size} bytes, over the scan limit")
            data = handle.read(limits.max_member_bytes + 1)
        except OSError as error:
            raise ArchiveError(name, f"cannot read: {error.strerror or error}") from None
    if len(data) > limits.max_member_bytes:
        raise ArchiveError(name, f"is more than {limits.max_member_bytes} bytes, over the scan limit")
    yield from iter_contents(name, data, limits)


def expand_artifacts(paths: Tuple[str, ...]) -> Tuple[str, ...]:
    """Artifacts named, and the artifacts directly inside directories named (like dist/)."""
    found: List[str] = []
    for path in paths:
        if os.path.isdir(path):
            entries = sorted(os.listdir(path))
            found.extend(os.path.join(path, entry) for entry in entries if is_artifact_name(entry))
        elif os.path.exists(path):
            found.append(path)
        else:
            raise ArchiveError(path, "no such file or directory")
    return tuple(found)


# --- opening -------------------------------------------------------------------------------------


def _open_regular_file(path: str, name: str) -> IO[bytes]:
    """Only a regular file is an artifact: a FIFO would block the read forever, a device never ends."""
    try:
        kind = _not_regular(os.stat(path).st_mode)
        if kind is not None:
            raise ArchiveError(name, f"is {kind}, not a regular file: not an artifact")
        # O_NONBLOCK: if the path was swapped for a FIFO since the stat, open() must not wait for a writer.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
    except OSError as error:
        raise ArchiveError(name, f"cannot read: {error.strerror or error}") from None
    kind = _not_regular(os.fstat(descriptor).st_mode)
    if kind is not None:
        os.close(descriptor)
        raise ArchiveError(name, f"is {kind}, not a regular file: not an artifact")
    return os.fdopen(descriptor, "rb")


def _not_regular(mode: int) -> Optional[str]:
    if stat.S_ISREG(mode):
        return None
    for test, kind in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return kind
    return "a special file"


# --- what a member is ----------------------------------------------------------------------------


def _container_kind(head: bytes) -> Optional[str]:
    """zip, tar, or a compression, by magic bytes (names lie: a gzip member need not end in .gz)."""
    if head.startswith(_ZIP_MAGIC):
        return _ZIP
    if _starts_with_tar_header(head):
        return _TAR
    return _compression(head)


def _starts_with_tar_header(head: bytes) -> bool:
    """A tar header first: the ustar magic, or (old formats have none, and tarfile reads them
    all the same) a header whose checksum adds up."""
    if head[257:262] == b"ustar":
        return True
    if not may_be_tar(head):
        return False  # no checksum there: text, mostly (the one check a hook pays on every file)
    try:
        tarfile.TarInfo.frombuf(head[:tarfile.BLOCKSIZE], "utf-8", "surrogateescape")
    except _format_errors():
        return False
    return True


def _empty_tar(head: bytes) -> bool:
    """Nothing but the end-of-archive marker: a tar with no members (an artifact or a tarball)."""
    return len(head) == 2 * tarfile.BLOCKSIZE and not head.strip(b"\0")


def _printable(name: str) -> str:
    """A member name as shown: control characters and undecodable bytes escaped (outputs stay one line)."""
    if name.isprintable():
        return name
    return "".join(character if character.isprintable() else _escape(character) for character in name)


def _escape(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that did not decode (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _join(archive: str, member: str) -> str:
    return f"{archive}{SEPARATOR}{_printable(member)}"


def _pseudo(archive: str, what: str) -> str:
    return f"{archive}{SEPARATOR}<{what}>"


def _unsafe_path(member: str) -> bool:
    normalized = member.replace("\\", "/")
    return normalized.startswith("/") or (len(member) > 1 and member[1] == ":") or ".." in normalized.split("/")


def _member(display: str, data: bytes, budget: _Budget, depth: int) -> Iterator[Event]:
    """Every byte to scan passes here: charged to the budget, opened when it is an archive or a
    compressed stream, otherwise handed out."""
    budget.charge(len(data))
    head = data[:512]
    kind = _container_kind(head)
    if kind is None and _may_be_zlib(head):
        inflated = _zlib_stream(data, display, budget)
        if inflated is not None:
            _check_depth(display, budget, depth)
            yield from _member(_join(display, _decompressed_name(display)), inflated[0], budget, depth + 1)
            yield from _leftover(display, "data after the compressed stream", inflated[1], budget, depth + 1)
            return
        if _LOOSE_OBJECT.search(display):
            # A git loose object is zlib by its path, not only by two bytes: a damaged one gives
            # what inflated before the damage (and its bytes are scanned as they are, below).
            partial = _zlib_prefix(data, display, budget)
            if partial:
                _check_depth(display, budget, depth)
                budget.charge(len(partial))
                yield Member(_join(display, _decompressed_name(display)), partial)
                yield Unreadable(display, None, "corrupt or truncated zlib stream (what inflated before the damage was scanned)",
                                 blocking=False)
    if kind is None and looks_like_pack(head):
        yield from _git_pack(display, data, budget, depth)
        return
    if kind is None and looks_like_sqlite(head):
        yield Member(display, data)
        rows = sqlite_text(data, budget.member_limit())
        if rows:
            budget.charge(len(rows))
            yield Member(_pseudo(display, "SQLite rows"), rows)
        return
    if kind is None:
        if is_compiled(display, data):
            yield Member(display, pyc_text(data), overlapping=True)
        else:
            yield Member(display, data)  # a .pyc that is not one is what it is: text, most likely
        return
    _check_depth(display, budget, depth)
    produced = damaged = False
    try:
        for event in _read_container(io.BytesIO(data), len(data), display, kind, budget, depth + 1):
            produced = produced or isinstance(event, Member)
            damaged = damaged or isinstance(event, Unreadable)
            yield event
    except _parse_errors() as error:
        # A parser gave up in a way the readers did not foresee: damage inside this nested archive,
        # never a reason to call the artifact around it unreadable.
        damaged = True
        yield Unreadable(display, None, f"corrupt or truncated archive ({_first_line(error)})", blocking=False)
    if damaged and not produced:
        # Nothing inside could be read (or it only looks like an archive): its bytes are scanned as they are.
        yield Member(display, data)


def _git_pack(display: str, data: bytes, budget: _Budget, depth: int) -> Iterator[Event]:
    """A git packfile (a `.git/` shipped in an sdist): its bytes as they are, then its objects
    inflated (sources/git_pack.py), bounded like any compressed member."""
    yield Member(display, data)
    # Bounded as a compressed member is: the scan limit, and the ratio limit past 1 MiB.
    limit = min(budget.member_limit(), max(_RATIO_FLOOR, budget.limits.max_ratio * len(data)))
    try:
        text = pack_text(data, limit)
    except PackBomb as error:
        raise ArchiveError(display, f"git objects {error}: compression bomb?") from None
    if text:
        _check_depth(display, budget, depth)
        budget.charge(len(text))
        yield Member(_pseudo(display, "git objects"), text)


def _check_depth(display: str, budget: _Budget, depth: int) -> None:
    if depth + 1 > budget.limits.max_depth:
        raise ArchiveError(display, f"archives nested more than {budget.limits.max_depth} deep")


def _zlib_stream(data: bytes, display: str, budget: _Budget) -> Optional[Tuple[bytes, bytes]]:
    """(inflated bytes, bytes after the stream) when `data` starts with a zlib stream that
    inflates whole, its checksum right; None when it does not (then it is no zlib stream)."""
    limit = budget.member_limit()
    inflater = zlib.decompressobj()
    try:
        inflated = inflater.decompress(data, limit + 1)
    except zlib.error:
        return None
    if len(inflated) > limit:
        raise ArchiveError(display, "expands past the scan limit: compression bomb?")
    if not inflater.eof:
        return None
    return inflated, inflater.unused_data


_LOOSE_OBJECT = re.compile(r"(?:^|[/!])\.git/objects/[0-9a-f]{2}/[0-9a-f]{38,62}$")


def _zlib_prefix(data: bytes, display: str, budget: _Budget) -> bytes:
    """What a damaged zlib stream inflates to before its damage (fed in chunks: zlib gives no
    output for the call that fails)."""
    limit = budget.member_limit()
    # Raw deflate after the two-byte header: a bad checksum then costs nothing of the text, and
    # small chunks lose at most one chunk's output to damage in the data itself.
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    out: List[bytes] = []
    produced = 0
    for start in range(2, len(data), 64):
        try:
            piece = inflater.decompress(data[start:start + 64], limit - produced + 1)
        except zlib.error:
            break
        produced += len(piece)
        if produced > limit or inflater.unconsumed_tail:
            raise ArchiveError(display, "expands past the scan limit: compression bomb?")
        out.append(piece)
        if inflater.eof:
            break
    return b"".join(out)


def _leftover(archive: str, what: str, data: bytes, budget: _Budget, depth: int, raw: bool = False) -> Iterator[Event]:
    """Bytes outside every member (comments, trailing data…): scanned, without the zero padding
    before them; `raw`: as they are, never opened as an archive (the rest of a damaged one)."""
    data = data.lstrip(b"\0")
    if not data:
        return
    if raw:
        budget.charge(len(data))
        yield Member(_pseudo(archive, what), data)
    else:
        yield from _member(_pseudo(archive, what), data, budget, depth)


def _read_container(handle: IO[bytes], size: int, name: str, kind: str, budget: _Budget, depth: int) -> Iterator[Event]:
    if kind == _ZIP:
        yield from _read_zip(handle, size, name, budget, depth)
    elif kind == _TAR:
        yield from _read_tar(handle, name, budget, depth)
    else:
        yield from _read_compressed(handle, name, kind, budget, depth)


# --- compressed streams ------------------------------------------------------------------------------


class _Inflater:
    """One decompressor (zlib, bz2 or lzma), fed in chunks, its output bounded per call."""

    def __init__(self, decompressor: Any) -> None:
        self._decompressor = decompressor
        self._tail = b""  # zlib: input held back by the output bound

    @classmethod
    def for_stream(cls, kind: str) -> "_Inflater":
        if kind == _GZIP:
            return cls(zlib.decompressobj(16 + zlib.MAX_WBITS))  # checks the CRC and length trailer too
        if kind == _BZIP2:
            return cls(bz2.BZ2Decompressor())
        if kind == _LZMA_ALONE:
            return cls(lzma.LZMADecompressor(format=lzma.FORMAT_ALONE, memlimit=_LZMA_MEMORY_LIMIT))
        return cls(lzma.LZMADecompressor(format=lzma.FORMAT_XZ, memlimit=_LZMA_MEMORY_LIMIT))

    @property
    def eof(self) -> bool:
        return bool(self._decompressor.eof)

    @property
    def unused(self) -> bytes:
        return bytes(self._decompressor.unused_data)

    def needs_input(self) -> bool:
        if isinstance(self._decompressor, (bz2.BZ2Decompressor, lzma.LZMADecompressor)):
            return bool(self._decompressor.needs_input)
        return not self._tail

    def feed(self, data: bytes, max_out: int) -> bytes:
        if isinstance(self._decompressor, (bz2.BZ2Decompressor, lzma.LZMADecompressor)):
            return self._decompressor.decompress(data, max_out)
        out = self._decompressor.decompress(self._tail + data, max_out)
        self._tail = self._decompressor.unconsumed_tail
        return bytes(out)

    def held_back(self) -> int:
        return len(self._tail)


class _Decompressed:
    """The decompressed bytes of a gzip, bzip2 or xz stream (concatenated streams included), in order.

    Data cut short or corrupt raises _Damaged, after everything decompressed before it was handed
    out. Bytes after the last stream are kept in `trailing` to be scanned, not ignored.
    """

    def __init__(self, raw: IO[bytes], kind: str, name: str, limits: Limits) -> None:
        self._raw, self._kind, self._name, self._limits = raw, kind, name, limits
        self._inflater = _Inflater.for_stream(kind)
        self._input = b""  # raw bytes read ahead (the start of a following stream)
        # Output is made in blocks and handed out from here: tarfile reads 10 KiB at a time, and
        # small output-bounded calls would copy zlib's unconsumed input over and over.
        self._buffer = b""
        self._position = 0
        self._failure: Optional[str] = None
        self._finished = False
        self.delivered = 0
        self.trailing = b""
        # A gzip member's optional header fields (extra field, file name, comment): bytes that ship
        # and that no reader shows, scanned as text (one entry per field, every member's).
        self.header_fields: List[bytes] = []
        if kind == _GZIP:
            self._gzip_header()

    def _gzip_header(self) -> None:
        """Read ahead (into the input the inflater is fed) as far as the gzip header's optional
        fields go, and keep them. RFC 1952: ten bytes, then FEXTRA (a length, then that many bytes),
        FNAME and FCOMMENT (each up to a NUL), FHCRC. Damage here is the inflater's to find."""
        data = self._input
        limit = self._limits.max_member_bytes

        def upto(size: int) -> bool:
            nonlocal data
            while len(data) < size:
                more = self._raw.read(max(64 * 1024, size - len(data)))
                if not more:
                    return False
                data += more
            return True

        def nul_from(start: int) -> Optional[int]:
            nonlocal data
            while True:
                end = data.find(b"\0", start)
                if end >= 0:
                    return end
                if len(data) > limit:
                    raise ArchiveError(self._name, f"has a gzip header over {limit} bytes: refusing to scan")
                more = self._raw.read(64 * 1024)
                if not more:
                    return None
                data += more

        try:
            if not upto(10):
                return
            flags, at = data[3], 10
            if flags & 0xE0:
                return  # reserved flags: zlib refuses the stream (damage, not a header to read)
            if flags & 0x04:
                if not upto(at + 2):
                    return
                length = int.from_bytes(data[at: at + 2], "little")
                if not upto(at + 2 + length):
                    self.header_fields.append(data[at + 2:])
                    return
                self.header_fields.append(data[at + 2: at + 2 + length])
                at += 2 + length
            for flag in (0x08, 0x10):
                if flags & flag:
                    end = nul_from(at)
                    self.header_fields.append(data[at: len(data) if end is None else end])
                    if end is None:
                        return
                    at = end + 1
        finally:
            self._input = data

    def peek(self, size: int) -> bytes:
        self._fill(size)
        if self._position == len(self._buffer) and self._failure:
            raise _Damaged(self._failure)
        return self._buffer[self._position: self._position + size]

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = self._limits.max_member_bytes
        self._fill(size)
        data = self._buffer[self._position: self._position + size]
        self._position += len(data)
        if not data and self._failure:
            raise _Damaged(self._failure)
        self.delivered += len(data)
        if self.delivered > self._limits.max_total_bytes:
            raise ArchiveError(self._name, f"expands past {self._limits.max_total_bytes} bytes: compression bomb?")
        return data

    def _fill(self, size: int) -> None:
        """At least `size` bytes ready to hand out, if the stream has them."""
        available = len(self._buffer) - self._position
        if available < size:
            more = self._inflate(max(size - available, 256 * 1024))
            self._buffer = self._buffer[self._position:] + more
            self._position = 0

    def _next_input(self) -> bytes:
        if self._input:
            data, self._input = self._input, b""
            return data
        return self._raw.read(64 * 1024)  # small: zlib copies what it has not consumed on every call

    def _inflate(self, wanted: int) -> bytes:
        out: List[bytes] = []
        got = stalled = 0
        while got < wanted and not self._finished and self._failure is None:
            if self._inflater.eof:
                self._next_stream()
                continue
            data = b""
            if self._inflater.needs_input():
                data = self._next_input()
                if not data:
                    self._failure = "truncated: the compressed data ends before its end-of-stream marker"
                    break
            try:
                chunk = self._inflater.feed(data, wanted - got)
            except _parse_errors() as error:
                self._failure = f"corrupt compressed data ({_first_line(error)})"
                break
            stalled = stalled + 1 if not chunk and not data else 0  # a decompressor that takes and gives nothing
            if stalled > 2:
                self._failure = "corrupt compressed data (no progress)"
                break
            out.append(chunk)
            got += len(chunk)
        return b"".join(out)

    def _next_stream(self) -> None:
        """After one stream: another one (concatenated), padding, or trailing data to scan."""
        rest = self._inflater.unused + self._input
        self._input = b""
        while True:
            rest = rest.lstrip(b"\0")  # zero padding between or after streams (gzip and xz allow it)
            if len(rest) >= 10:
                break
            more = self._raw.read(_CHUNK)
            if not more:
                break
            rest += more
        if not rest:
            self._finished = True
        elif _compression(rest) == self._kind:
            self._inflater = _Inflater.for_stream(self._kind)
            self._input = rest
            if self._kind == _GZIP:
                self._gzip_header()
        else:
            limit = self._limits.max_member_bytes
            trailing = rest + self._raw.read(limit + 1 - len(rest)) if len(rest) <= limit else rest
            if len(trailing) > limit:
                raise ArchiveError(self._name,
                                   f"has more than {limit} bytes after its compressed data: refusing to scan")
            self.trailing = trailing
            self._finished = True


def _read_compressed(raw: IO[bytes], name: str, kind: str, budget: _Budget, depth: int) -> Iterator[Event]:
    """A gzip, bzip2 or xz stream: a tarball, or one compressed file (data.json.gz)."""
    stream = _Decompressed(raw, kind, name, budget.limits)
    try:
        head = stream.peek(2 * tarfile.BLOCKSIZE)
    except _Damaged as unreadable:
        # Nothing inflated: inside an archive, its bytes are then scanned as they are (_member).
        yield Unreadable(name, None, unreadable.reason, blocking=budget.top(depth))
        return
    yield from _gzip_header_fields(name, stream, budget, depth)
    if _starts_with_tar_header(head) or _empty_tar(head):
        yield from _read_tar(stream, name, budget, depth)
        # The headers of gzip members met while the tar was read (concatenated streams).
        yield from _gzip_header_fields(name, stream, budget, depth)
    else:
        limit = budget.member_limit()
        parts: List[bytes] = []
        got = 0
        damage: Optional[_Damaged] = None
        try:
            while got <= limit:
                chunk = stream.read(min(_CHUNK, limit + 1 - got))
                if not chunk:
                    break
                parts.append(chunk)
                got += len(chunk)
        except _Damaged as error:
            damage = _Damaged(error.reason)
        if got > limit:
            raise ArchiveError(name, "expands past the scan limit: compression bomb?")
        yield from _member(_join(name, _decompressed_name(name)), b"".join(parts), budget, depth)
        yield from _gzip_header_fields(name, stream, budget, depth)
        if damage is not None:
            yield Unreadable(name, None, damage.reason, blocking=budget.top(depth))
            return
    yield from _leftover(name, "data after the compressed stream", stream.trailing, budget, depth)


def _gzip_header_fields(name: str, stream: _Decompressed, budget: _Budget, depth: int) -> Iterator[Event]:
    """The gzip header fields read since the last call (a file name, a comment, an extra field:
    no reader shows them, they ship all the same), as text, one a line."""
    fields, stream.header_fields = stream.header_fields, []
    # gzip (and tarfile, and setuptools through it) records the file's own name, the archive's
    # without `.gz`: that says nothing.
    own = _decompressed_name(name).encode("utf-8", "surrogateescape")
    fields = [field for field in fields if field and field != own]
    yield from _leftover(name, "gzip header", b"\n".join(fields), budget, depth, raw=True)


def _decompressed_name(name: str) -> str:
    base = os.path.basename(name.rsplit(SEPARATOR, 1)[-1]) or "data"
    for suffix, replacement in _COMPRESSED_SUFFIXES.items():
        if base.lower().endswith(suffix) and len(base) > len(suffix):
            return base[: -len(suffix)] + replacement
    return base + ".data"


# --- tar ---------------------------------------------------------------------------------------------


class _Window:
    """The tar stream as tarfile reads it, remembering the last bytes handed out: tarfile takes a
    short or damaged header for the end of the archive, so where it stopped is checked here."""

    KEEP = 4 * _TAR_READ  # far more than tarfile reads ahead (one read, or one member chunk)

    def __init__(self, source: Union[IO[bytes], _Decompressed], name: str = "", limit: int = 0) -> None:
        self._source = source
        self._chunks: Deque[bytes] = deque()
        self._kept = 0
        self.delivered = 0
        # Bytes from this offset on are kept: a member's padding and the header blocks after it,
        # until they are scanned (None while a member's data streams through). At most `limit`
        # of them: tarfile reads a pax header or a GNU long name whole, whatever size it declares.
        self.pin: Optional[int] = 0
        self._name, self._limit = name, limit

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        if data:
            self.delivered += len(data)
            self._chunks.append(data)
            self._kept += len(data)
            while self._kept - len(self._chunks[0]) >= self.KEEP and not self._pinned(self._chunks[0]):
                self._kept -= len(self._chunks.popleft())
            if self._limit and self.pin is not None and self.delivered - self.pin > self._limit:
                raise ArchiveError(self._name, f"has more than {self._limit} bytes of tar headers before a member's "
                                               "data: refusing to scan")
        return data

    def _pinned(self, oldest: bytes) -> bool:
        return self.pin is not None and self.delivered - self._kept + len(oldest) > self.pin

    def span(self, start: int, end: int) -> bytes:
        """The bytes handed out from `start` to `end`, as far as they are kept."""
        parts: List[bytes] = []
        chunk_end = self.delivered
        for chunk in reversed(self._chunks):
            chunk_start = chunk_end - len(chunk)
            if chunk_start < end and chunk_end > start:
                parts.append(chunk[max(0, start - chunk_start): min(len(chunk), end - chunk_start)])
            if chunk_start <= start:
                break
            chunk_end = chunk_start
        return b"".join(reversed(parts))

    def since(self, offset: int) -> bytes:
        """What was handed out from `offset` on (from the oldest byte kept, if that is later)."""
        kept = b"".join(self._chunks)
        return kept[max(0, offset - (self.delivered - self._kept)):]

    def drain(self, limit: int, name: str) -> bytes:
        """The rest of the stream, at most `limit` bytes (more is refused)."""
        parts: List[bytes] = []
        got = 0
        while True:
            chunk = self.read(_CHUNK)
            if not chunk:
                return b"".join(parts)
            got += len(chunk)
            if got > limit:
                raise ArchiveError(name, f"has more than {limit} bytes after its last member: refusing to scan")
            parts.append(chunk)


def _read_tar(source: Union[IO[bytes], _Decompressed], name: str, budget: _Budget, depth: int) -> Iterator[Event]:
    """A tar stream. Past damage, reading resumes at the next valid header (as GNU tar does); the
    bytes in between are scanned as they are."""
    rest, at = yield from _tar_stream(source, name, budget, depth)
    while rest:
        resume = _next_tar_header(rest)
        skipped = rest if resume is None else rest[:resume]
        yield from _leftover(name, f"rest of the damaged archive at {at}", skipped, budget, depth, raw=True)
        if resume is None:
            return
        rest, offset = yield from _tar_stream(io.BytesIO(rest[resume:]), name, budget, depth)
        at += resume + offset


def _next_tar_header(data: bytes) -> Optional[int]:
    """Offset of the first valid tar header after the damaged block at the start of `data`."""
    for offset in range(tarfile.BLOCKSIZE, len(data) - tarfile.BLOCKSIZE + 1, tarfile.BLOCKSIZE):
        block = data[offset: offset + tarfile.BLOCKSIZE]
        if block[257:262] == b"ustar":
            try:
                tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
            except _parse_errors():
                continue
            return offset
    return None


def _tar_stream(source: Union[IO[bytes], _Decompressed], name: str, budget: _Budget,
                depth: int) -> Generator[Event, None, Tuple[bytes, int]]:
    """Members of one tar stream, then its end: two zero blocks, padding and nothing else. A
    premature end or a damaged header is damage, never the end of the archive. Returns the
    stream's bytes from where it stopped making sense (empty if it did not) and their offset."""
    limit = budget.limits.max_member_bytes
    window = _Window(source, name, limit)
    blocking = budget.top(depth)
    resume = 0  # where the unread part starts, if the stream turns out damaged
    headers_at = 0  # where the next member's header blocks start (tarfile has read the first one)
    padding: Optional[Tuple[int, int, str]] = None  # the last member's padding: its span, its name
    seen: Set[Tuple[str, int]] = set()  # header text handed out (user names repeat on every member)
    try:
        archive = tarfile.open(fileobj=window, mode="r|", bufsize=_TAR_READ)  # type: ignore[call-overload]
        while True:
            resume = archive.offset
            member = archive.next()
            if member is None:
                break
            archive.members.clear()  # stream mode: TarInfo objects must not pile up
            yield from _tar_padding(name, padding, window, budget, depth)
            yield from _tar_headers(name, member, window.span(headers_at, member.offset_data), seen, budget, depth)
            headers_at = archive.offset  # tarfile has placed it after this member's data and padding
            padding = _padding_of(member, headers_at)
            window.pin = None
            resume = member.offset_data
            yield from _tar_member(archive, member, window, name, budget, depth)
            window.pin = padding[0] if padding is not None else headers_at
            resume = window.delivered
        yield from _tar_padding(name, padding, window, budget, depth)
        window.pin = None
        resume = archive.offset
        rest = window.since(resume) + window.drain(limit, name)
    except _Damaged as damage:
        yield Unreadable(name, damage.member, damage.reason, blocking)
        resume = damage.resume_at if damage.resume_at is not None else resume
        return window.since(resume), resume
    except _parse_errors() as error:
        yield Unreadable(name, None, f"corrupt or truncated tar data ({_first_line(error)})", blocking)
        rest = window.since(resume)
        try:
            rest += window.drain(limit, name)
        except _Damaged:
            pass
        return rest, resume
    marker = rest[: 2 * tarfile.BLOCKSIZE]
    if len(marker) == 2 * tarfile.BLOCKSIZE and not marker.strip(b"\0"):
        yield from _leftover(name, "data after end of archive", rest[len(marker):], budget, depth)
        return b"", resume
    if len(rest) < tarfile.BLOCKSIZE or (len(rest) < 2 * tarfile.BLOCKSIZE and not rest.strip(b"\0")):
        reason = "truncated: the tar stream ends before its end-of-archive marker"
    else:
        reason = "damaged: a corrupt tar header where a member or the end of the archive should be"
    yield Unreadable(name, None, reason, blocking)
    return rest, resume


def _tar_member(archive: tarfile.TarFile, member: tarfile.TarInfo, window: _Window, name: str,
                budget: _Budget, depth: int) -> Iterator[Event]:
    shown = _printable(member.name)
    if budget.top(depth):
        # Installers unpack the artifact itself: what it would write outside its directory is refused.
        if _unsafe_path(member.name):
            raise ArchiveError(name, "has an unsafe path (absolute or '..'): refusing to publish it", shown)
        if member.issym() or member.islnk():
            kind = "symbolic" if member.issym() else "hard"
            raise ArchiveError(name, f"is a {kind} link: refusing to publish it", shown)
    if member.issym() or member.islnk() or member.isdir():
        return  # no data of their own (inside a nested archive, nothing is unpacked)
    if not (member.isreg() or member.type not in tarfile.SUPPORTED_TYPES):  # tarfile reads unknown types as files
        if budget.top(depth):
            raise ArchiveError(name, "is a device, fifo or other special file", shown)
        return
    if member.size > budget.member_limit():
        raise ArchiveError(name, f"is {member.size} bytes, over the scan limit", shown)
    if member.sparse is not None:
        yield from _sparse_member(archive, member, window, name, budget, depth)
        return
    extracted = archive.extractfile(member)
    parts: List[bytes] = []
    got = 0
    damage: Optional[_Damaged] = None
    try:
        while extracted is not None and got < member.size:
            chunk = extracted.read(min(64 * 1024, member.size - got))
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
    except (tarfile.ReadError, _Damaged) as error:
        damage = error if isinstance(error, _Damaged) else None
    if got < member.size:
        if member.sparse is None:
            # The stream ended inside this member: what tarfile had already read of it is scanned too.
            parts.append(window.since(member.offset_data + got)[: member.size - got])
        if damage is None:
            damage = _Damaged("is truncated", shown)
    yield from _member(_join(name, member.name), b"".join(parts), budget, depth)
    if damage is not None:
        # What there was of this member has just been handed out: the rest of the stream starts after it.
        end_of_member = member.offset_data + member.size
        damage.resume_at = window.delivered if member.sparse else min(window.delivered, end_of_member)
        raise damage


def _sparse_member(archive: tarfile.TarFile, member: tarfile.TarInfo, window: _Window, name: str,
                   budget: _Budget, depth: int) -> Iterator[Event]:
    """A sparse member: every byte it stores, as stored (the holes a reader would fill are zeros).
    Its map decides what a reader shows, and a map can leave stored bytes out (segments that
    overlap, a real size shorter than they are, data after the last one): they ship all the same."""
    shown = _printable(member.name)
    stored_end = archive.offset  # tarfile's next header: the end of this member's stored blocks
    stored = stored_end - member.offset_data
    if stored < 0:
        raise _Damaged("has a sparse map that ends before its data starts", shown)
    if stored > budget.member_limit():
        raise ArchiveError(name, f"stores {stored} bytes, over the scan limit", shown)
    window.pin = member.offset_data  # kept until scanned: tarfile reads them only to skip them
    damage: Optional[_Damaged] = None
    try:
        archive.fileobj.seek(stored_end)
    except (tarfile.ReadError, _Damaged) as error:
        damage = error if isinstance(error, _Damaged) else None
    data = window.span(member.offset_data, min(stored_end, window.delivered))
    if len(data) < stored and damage is None:
        damage = _Damaged("is truncated", shown)
    yield from _member(_join(name, member.name), data, budget, depth)
    if damage is not None:
        damage.member = damage.member or shown
        damage.resume_at = window.delivered
        raise damage


def _padding_of(member: tarfile.TarInfo, data_end: int) -> Optional[Tuple[int, int, str]]:
    """Where a member's padding is (from the end of its data to the next 512-byte block)."""
    if member.sparse is not None or not (member.isreg() or member.type not in tarfile.SUPPORTED_TYPES):
        return None  # no data of its own, or stored in pieces whose extent tarfile keeps to itself
    start = member.offset_data + member.size
    return (start, data_end, _printable(member.name)) if data_end > start else None


def _tar_padding(name: str, padding: Optional[Tuple[int, int, str]], window: _Window, budget: _Budget,
                 depth: int) -> Iterator[Event]:
    """A member's padding: zeros, or bytes no reader looks at."""
    if padding is not None:
        start, end, shown = padding
        yield from _leftover(name, f"padding after {shown}", window.span(start, end), budget, depth)


def _tar_headers(name: str, member: tarfile.TarInfo, region: bytes, seen: Set[Tuple[str, int]],
                 budget: _Budget, depth: int) -> Iterator[Event]:
    """What a member's header blocks hold that tarfile does not read (tar_headers), and its pax
    records: each text once per archive (the same user and group names head every member)."""
    headers = read_headers(region, member.name)
    shown = _printable(member.name)
    for what, text in ((f"tar header of {shown}", headers.text), (f"pax header of {shown}", headers.pax),
                       ("pax global header", headers.global_pax)):
        key = (what.split(" of ")[0], hash(text))
        if text and key not in seen:
            seen.add(key)
            yield from _leftover(name, what, text, budget, depth, raw=True)


# --- zip ---------------------------------------------------------------------------------------------

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_END_RECORD = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_LOCAL_SIGNATURE = b"PK\x03\x04"
_DESCRIPTOR_SIGNATURE = b"PK\x07\x08"
_STORED, _DEFLATED, _BZIP2ED, _LZMAED = 0, 8, 12, 14
_ENCRYPTED, _HAS_DESCRIPTOR, _LZMA_END_MARKER, _UTF8_NAME = 0x1, 0x8, 0x2, 0x800


@dataclass
class _Located:
    info: zipfile.ZipInfo
    header: int  # offset of the local header
    data: int  # offset of the compressed data
    local_name: bytes
    descriptor: int  # length of the data descriptor after the data
    extra_length: int = 0  # of the local header's extra field (read when the entry is)
    overlaps: bool = False  # shares bytes with an entry before it (inside a nested archive)


def _read_zip(handle: IO[bytes], size: int, name: str, budget: _Budget, depth: int) -> Iterator[Event]:
    """A zip: its listed entries, their comments and the archive comment, then every byte no
    entry or directory accounts for (where local entries with no directory entry are found)."""
    blocking = budget.top(depth)
    try:
        archive = zipfile.ZipFile(handle)
        infos = archive.infolist()
        comment = archive.comment
        directory = max(0, min(archive.start_dir, size))
    except _parse_errors():
        yield Unreadable(name, None, "has no readable central directory: truncated or damaged", blocking)
        yield from _unlisted(handle, [(0, size)], name, budget, depth)
        return
    directory_end = _directory_end(handle, size)
    located = _locate_entries(handle, size, infos, name, budget, depth, directory)
    spans = [(directory, min(directory_end, size))]
    for entry in located:
        if isinstance(entry, Unreadable):
            yield entry
        else:
            spans.append((yield from _zip_entry(handle, entry, name, budget, depth)))
    yield from _leftover(name, "zip comment", comment, budget, depth)
    if directory_end > size:
        yield Unreadable(name, None, "is truncated: its comment is cut short", blocking)
    yield from _unlisted(handle, _gaps(spans, size), name, budget, depth)


def _zip_entry(handle: IO[bytes], entry: _Located, name: str, budget: _Budget,
               depth: int) -> Generator[Event, None, Tuple[int, int]]:
    """One listed entry, inflated and checked; returns the bytes it turned out to span. (A function
    of its own so that its data is let go before the next entry is inflated.)"""
    info = entry.info
    shown = _printable(info.filename)
    blocking = budget.top(depth)
    if entry.overlaps:
        yield Unreadable(name, shown, "overlaps another entry: not inflated again (zip bomb?)", blocking)
        return entry.header, entry.header
    handle.seek(entry.data - entry.extra_length)
    local_extra = handle.read(entry.extra_length)
    yield from _extra_field(name, f"extra field of {shown}", info.extra, budget, depth)
    if local_extra != info.extra:
        yield from _extra_field(name, f"local extra field of {shown}", local_extra, budget, depth)
    del local_extra
    if info.is_dir() and info.compress_size == 0 and info.file_size == 0:
        return entry.header, entry.data + entry.descriptor
    handle.seek(entry.data)
    raw = handle.read(info.compress_size)
    data, used, ended = _inflate(info.compress_type, raw, budget.member_limit() + 1, info.flag_bits)
    _check_expansion(data, used, budget, name, shown)
    problems = []
    if len(raw) < info.compress_size:
        problems.append("is truncated")
    elif not ended:
        problems.append("has corrupt compressed data")
    elif zlib.crc32(data) != info.CRC:
        problems.append("has a bad CRC-32")
    elif len(data) != info.file_size:
        problems.append(f"holds {len(data)} bytes, not the {info.file_size} it declares")
    if entry.local_name != _raw_name(info):
        problems.append("has another name in its local header")
    # Bytes that do not decompress as the entry's method says ship all the same, and a method
    # field can lie (stored text marked bzip2): they are scanned as they are.
    undecoded = raw[:info.compress_size] if not ended and info.compress_type != _STORED else b""
    del raw
    # A directory entry with data is still data: it ships.
    yield from _member(_join(name, info.filename), data, budget, depth)
    del data
    if undecoded:
        yield from _leftover(name, f"undecoded data of {shown}", undecoded, budget, depth, raw=True)
    del undecoded
    for problem in problems:
        yield Unreadable(name, shown, problem, blocking)
    if entry.local_name != _raw_name(info):
        # The name in the local header ships too (an unzip tool may use it): scanned as text.
        yield from _leftover(name, f"local name of {shown}", entry.local_name, budget, depth, raw=True)
    if info.comment:
        yield from _leftover(name, f"comment of {shown}", info.comment, budget, depth)
    whole = used == info.compress_size
    return entry.header, entry.data + used + (entry.descriptor if whole else 0)


def _locate_entries(handle: IO[bytes], size: int, infos: Sequence[zipfile.ZipInfo], name: str,
                    budget: _Budget, depth: int, directory: int) -> List[Union[_Located, Unreadable]]:
    """Every listed entry's local header, checked against the limits before anything is inflated."""
    limits = budget.limits
    if budget.members + len(infos) > limits.max_members:
        raise ArchiveError(name, f"{len(infos)} members, more than {limits.max_members}: refusing to scan")
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_total_bytes - budget.total:
        raise ArchiveError(name, f"declares {declared} bytes uncompressed: zip bomb?")
    found: List[Union[_Located, Unreadable]] = []
    for info in infos:
        shown = _printable(info.filename)
        if budget.top(depth):
            if _unsafe_path(info.filename):
                raise ArchiveError(name, "has an unsafe path (absolute or '..'): refusing to publish it", shown)
            if stat.S_ISLNK(info.external_attr >> 16) and not info.is_dir():
                raise ArchiveError(name, "is a symbolic link: refusing to publish it", shown)
        if info.flag_bits & _ENCRYPTED:
            raise ArchiveError(name, "is encrypted and cannot be scanned", shown)
        if info.compress_type not in (_STORED, _DEFLATED, _BZIP2ED, _LZMAED):
            raise ArchiveError(name, f"uses compression method {info.compress_type}, which cannot be scanned", shown)
        if info.file_size > limits.max_member_bytes:
            raise ArchiveError(name, f"is {info.file_size} bytes, over the scan limit", shown)
        if info.compress_size > limits.max_member_bytes + limits.max_member_bytes // 64 + 1024:
            raise ArchiveError(name, f"has {info.compress_size} compressed bytes, over the scan limit", shown)
        if info.file_size > _RATIO_FLOOR and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise ArchiveError(name, f"expands {info.file_size // max(info.compress_size, 1)}:1: zip bomb?", shown)
        header = b""
        if 0 <= info.header_offset < size:
            handle.seek(info.header_offset)
            header = handle.read(_LOCAL_HEADER.size)
        if len(header) < _LOCAL_HEADER.size or not header.startswith(_LOCAL_SIGNATURE):
            found.append(Unreadable(name, shown, "has no local header where the directory points", budget.top(depth)))
            continue
        name_length, extra_length = _LOCAL_HEADER.unpack(header)[-2:]
        local_name = handle.read(name_length)
        data = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length
        descriptor = _descriptor_length(handle, data + info.compress_size, info)
        found.append(_Located(info, info.header_offset, data, local_name, descriptor, extra_length))
    # Entries sharing bytes make a small file expand many times over (the overlapping zip bomb).
    # In the artifact that is refused; in a nested archive it may as well be damage, so each byte
    # is inflated once: an entry overlapping an earlier one is not (and reported).
    reached = -1
    for entry in sorted((entry for entry in found if isinstance(entry, _Located)), key=lambda entry: entry.header):
        end = entry.data + entry.info.compress_size + entry.descriptor
        if entry.header < reached or end > directory:
            if budget.top(depth):
                raise ArchiveError(name, "has entries that overlap each other or the central directory: zip bomb?")
            entry.overlaps = entry.header < reached
        if not entry.overlaps:
            reached = max(reached, end)
    return found


def _raw_name(info: zipfile.ZipInfo) -> bytes:
    encoding = "utf-8" if info.flag_bits & _UTF8_NAME else "cp437"
    try:
        return info.orig_filename.encode(encoding)
    except UnicodeError:
        return info.orig_filename.encode("utf-8", "surrogateescape")


def _descriptor_length(handle: IO[bytes], at: int, info: zipfile.ZipInfo) -> int:
    """The data descriptor after an entry's data (flag bit 3), in whichever of its four forms it is."""
    if not info.flag_bits & _HAS_DESCRIPTOR:
        return 0
    handle.seek(at)
    after = handle.read(24)
    expected = (info.CRC, info.compress_size, info.file_size)
    for signed in (True, False):
        body = after[4:] if signed and after.startswith(_DESCRIPTOR_SIGNATURE) else after if not signed else b""
        for layout in ("<LLL", "<LQQ"):
            width = struct.calcsize(layout)
            if len(body) >= width and struct.unpack(layout, body[:width]) == expected:
                return width + (4 if signed else 0)
    return 0


def _directory_end(handle: IO[bytes], size: int) -> int:
    """Where the end-of-central-directory record and its comment end (as declared), found the way
    zipfile finds the record: at the very end, else the last signature in the last 64 KiB."""
    start = max(0, size - (1 << 16) - _END_RECORD.size)
    handle.seek(start)
    tail = handle.read()
    if len(tail) >= _END_RECORD.size and tail[-_END_RECORD.size:].startswith(_END_SIGNATURE) and tail[-2:] == b"\0\0":
        return size
    at = tail.rfind(_END_SIGNATURE)
    if at < 0 or len(tail) - at < _END_RECORD.size:
        return size
    comment_length = _END_RECORD.unpack_from(tail, at)[-1]
    return start + at + _END_RECORD.size + comment_length


def _gaps(spans: List[Tuple[int, int]], size: int) -> List[Tuple[int, int]]:
    gaps: List[Tuple[int, int]] = []
    position = 0
    for start, end in sorted(spans):
        if start > position:
            gaps.append((position, min(start, size)))
        position = max(position, end)
    if position < size:
        gaps.append((position, size))
    return [(start, end) for start, end in gaps if end > start]


def _inflate(method: int, raw: bytes, max_out: int, flags: int) -> Tuple[bytes, int, bool]:
    """(data, compressed bytes used, whether the data ended as it should) of one zip entry. At most
    `max_out` bytes come out (a bomb stops there); corrupt data still gives what came before it."""
    if method == _STORED:
        return raw[:max_out], min(len(raw), max_out), True
    position = 0
    try:
        if method == _DEFLATED:
            inflater = _Inflater(zlib.decompressobj(-zlib.MAX_WBITS))
        elif method == _BZIP2ED:
            inflater = _Inflater(bz2.BZ2Decompressor())
        else:
            position, lzma_filter = _lzma_filter(raw)
            inflater = _Inflater(lzma.LZMADecompressor(format=lzma.FORMAT_RAW, filters=[lzma_filter]))
    except _parse_errors():
        return b"", len(raw), False
    parts: List[bytes] = []
    produced = stalled = 0
    try:
        while produced < max_out and not inflater.eof:
            chunk = b""
            if inflater.needs_input():
                if position >= len(raw):
                    break
                chunk = raw[position: position + _CHUNK]
                position += len(chunk)
            piece = inflater.feed(chunk, max_out - produced)
            stalled = stalled + 1 if not piece and not chunk else 0
            if stalled > 2:
                break
            parts.append(piece)
            produced += len(piece)
    except _parse_errors():
        return b"".join(parts), len(raw), False
    used = position - len(inflater.unused) - inflater.held_back()
    # LZMA without an end marker (flag bit 1 clear) ends where its bytes do.
    ended = inflater.eof or (method == _LZMAED and not flags & _LZMA_END_MARKER and used == len(raw))
    return b"".join(parts), used, ended


def _lzma_filter(raw: bytes) -> Tuple[int, "dict[str, int]"]:
    """APPNOTE 5.8.8: a version, the size of the properties, the LZMA properties, then LZMA1 data."""
    end = 4 + int.from_bytes(raw[2:4], "little")
    properties = raw[4:end]
    if len(raw) < 4 or len(properties) < 5:
        raise ValueError("no LZMA properties")
    return end, {"id": lzma.FILTER_LZMA1, "dict_size": int.from_bytes(properties[1:5], "little"),
                 "lc": properties[0] % 9, "lp": properties[0] // 9 % 5, "pb": properties[0] // 45}


def _check_expansion(data: bytes, used: int, budget: _Budget, name: str, shown: str) -> None:
    limits = budget.limits
    if len(data) > budget.member_limit():
        raise ArchiveError(name, "expands past the scan limit: zip bomb?", shown)
    if len(data) > _RATIO_FLOOR and len(data) > limits.max_ratio * max(used, 1):
        raise ArchiveError(name, f"expands {len(data) // max(used, 1)}:1: zip bomb?", shown)


def _unlisted(handle: IO[bytes], gaps: List[Tuple[int, int]], name: str, budget: _Budget,
              depth: int) -> Iterator[Event]:
    """Bytes of a zip no directory entry accounts for: local entries found there are inflated and
    scanned (an installer would not unpack them, but they ship); other bytes are scanned as they
    are (never reopened as a zip: they are the part that did not read as one)."""
    for start, end in gaps:
        if end - start > budget.limits.max_member_bytes:
            raise ArchiveError(name, f"has {end - start} bytes outside its listed entries, over the scan limit")
        handle.seek(start)
        blob = handle.read(end - start)
        position = raw_from = 0
        while True:
            found = blob.find(_LOCAL_SIGNATURE, position)
            if found < 0:
                break
            entry = _local_entry(blob, found, name, budget)
            if entry is None:
                position = found + 1
                continue
            local_name, extra, data, entry_end = entry
            del entry
            yield from _leftover(name, f"bytes outside the zip entries at {start + raw_from}", blob[raw_from:found],
                                 budget, depth, raw=True)
            shown = _printable(local_name)
            yield from _extra_field(name, f"local extra field of unlisted entry {shown}", extra, budget, depth)
            yield from _member(_pseudo(name, f"unlisted entry {shown}"), data, budget, depth)
            del data  # before the next entry is inflated
            position = raw_from = entry_end
        yield from _leftover(name, f"bytes outside the zip entries at {start + raw_from}", blob[raw_from:],
                             budget, depth, raw=True)


def _local_entry(blob: bytes, at: int, name: str, budget: _Budget) -> Optional[Tuple[str, bytes, bytes, int]]:
    """(name, extra field, data, end) of a local entry at `at`, or None if there is none to read there."""
    if at + _LOCAL_HEADER.size > len(blob):
        return None
    _, version, flags, method, _, _, _, compressed, _, name_length, extra_length = _LOCAL_HEADER.unpack_from(blob, at)
    data_start = at + _LOCAL_HEADER.size + name_length + extra_length
    if method not in (_STORED, _DEFLATED, _BZIP2ED, _LZMAED) or version > 100 or data_start > len(blob):
        return None
    raw_name = blob[at + _LOCAL_HEADER.size: at + _LOCAL_HEADER.size + name_length]
    local_name = raw_name.decode("utf-8" if flags & _UTF8_NAME else "cp437", "replace")
    if flags & _ENCRYPTED:
        # Ciphertext no installer unpacks, but it ships: refused, as an encrypted listed member is.
        raise ArchiveError(name, "is encrypted and cannot be scanned", _printable(f"<unlisted entry {local_name}>"))
    if flags & _HAS_DESCRIPTOR and compressed == 0:
        if method == _STORED:
            return None  # its length is only in the descriptor: its bytes are scanned as they are
        raw = blob[data_start:]
    else:
        raw = blob[data_start: data_start + compressed]
    data, used, ended = _inflate(method, raw, budget.member_limit() + 1, flags)
    if not data and not ended:
        return None  # not inflatable: its bytes are scanned as they are
    _check_expansion(data, used, budget, name, _printable(f"<unlisted entry {local_name}>"))
    end = data_start + used
    descriptor = blob[end: end + 4]
    if flags & _HAS_DESCRIPTOR:
        end += 16 if descriptor == _DESCRIPTOR_SIGNATURE else 12
    extra = blob[at + _LOCAL_HEADER.size + name_length: data_start]
    return local_name, extra, data, min(end, len(blob))


def _extra_field(archive: str, what: str, extra: bytes, budget: _Budget, depth: int) -> Iterator[Event]:
    """An entry's extra field (zip64 sizes, timestamps, unix ids… or whatever a packer put there):
    scanned as it is when it holds text; a compressed stream or archive in a record is opened.
    Numbers alone (the usual records) hold no text and are not worth a member."""
    if not extra:
        return
    if _holds_text(extra):
        yield from _leftover(archive, what, extra, budget, depth, raw=True)
    position = 0
    while position + 4 <= len(extra):
        size = int.from_bytes(extra[position + 2: position + 4], "little")
        record = extra[position + 4: position + 4 + size]
        if _container_kind(record[:512]) is not None:
            yield from _member(_pseudo(archive, what), record, budget, depth)
        position += 4 + size


def _holds_text(data: bytes) -> bool:
    """A run of text (as `strings` finds them), in one or two bytes per character."""
    return _TEXT_RUN.search(data) is not None or (b"\0" in data and _TEXT_RUN.search(data.replace(b"\0", b"")) is not None)


def _first_line(error: BaseException) -> str:
    text = str(error)
    return text.splitlines()[0] if text.strip() else type(error).__name__
