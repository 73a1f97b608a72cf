"""Artifacts read member by member, in memory, never extracted: wheels, sdists, nested archives.

Member names come back as `artifact!member` (`dist/pkg-1.0.tar.gz!pkg-1.0/.env`, nested:
`dist/pkg.whl!pkg/data.zip!secrets.txt`). Anything the reader cannot vouch for fails closed with
an ArchiveError whose message is one line: corrupt or truncated data, encrypted members, links,
unsafe paths, zip bombs, too many members, members or totals over the limits, unknown formats.
"""
from __future__ import annotations

import gzip
import io
import os
import stat
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from typing import IO, Iterator, List, Optional, Tuple

from secretfence.errors import ArchiveError
from secretfence.sources.compiled import pyc_strings

SEPARATOR = "!"
# A nested archive that cannot be read by anyone is data, not a hiding place: it is reported
# as a warning (the outer artifact is readable); encrypted, linked or oversized ones still block.
UNREADABLE_MARK = b"\x00secretfence-unreadable-archive\x00"
ARTIFACT_SUFFIXES = (".whl", ".zip", ".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".egg")
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_GZIP_MAGIC = b"\x1f\x8b"
_BZIP2_MAGIC = b"BZh"
_XZ_MAGIC = b"\xfd7zXZ\x00"


@dataclass(frozen=True)
class Limits:
    """Bounds on what one artifact may make secretfence read (memory holds one member at a time)."""

    max_members: int = 100_000
    max_member_bytes: int = 256 * 1024 * 1024
    max_total_bytes: int = 4 * 1024 * 1024 * 1024
    max_ratio: int = 200  # uncompressed:compressed for a zip member above 1 MiB
    max_depth: int = 4


@dataclass
class _Budget:
    limits: Limits
    artifact: str
    members: int = 0
    total: int = 0

    def charge(self, name: str, size: int) -> None:
        self.members += 1
        self.total += size
        if self.members > self.limits.max_members:
            raise ArchiveError(f"{self.artifact}: more than {self.limits.max_members} members: refusing to scan")
        if self.total > self.limits.max_total_bytes:
            raise ArchiveError(
                f"{self.artifact}: more than {self.limits.max_total_bytes} bytes uncompressed (at {name}): zip bomb?"
            )


def is_artifact_name(name: str) -> bool:
    return name.lower().endswith(ARTIFACT_SUFFIXES)


def looks_like_archive(name: str, head: bytes) -> bool:
    return is_artifact_name(name) or head.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)) or (
        head.startswith(_GZIP_MAGIC) and name.lower().endswith((".gz", ".tgz"))
    )


def iter_artifact(path: str, display: Optional[str] = None, limits: Limits = Limits()) -> Iterator[Tuple[str, bytes]]:
    """(display name, bytes) for every regular member of the artifact, nested ones included."""
    name = display or path
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise ArchiveError(f"{name}: cannot read: {error.strerror}") from None
    with handle:
        yield from _iter_archive(handle, name, _Budget(limits, name), depth=0)


def _iter_archive(handle: IO[bytes], name: str, budget: _Budget, depth: int) -> Iterator[Tuple[str, bytes]]:
    head = handle.read(512)
    handle.seek(0)
    try:
        if head.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
            yield from _iter_zip(handle, name, budget, depth)
        elif head.startswith(_GZIP_MAGIC) and not _gzip_holds_tar(handle):
            yield from _iter_gzip_file(handle, name, budget, depth)
        elif head.startswith((_GZIP_MAGIC, _BZIP2_MAGIC, _XZ_MAGIC)) or head[257:262] == b"ustar":
            yield from _iter_tar(handle, name, budget, depth)
        else:
            raise ArchiveError(f"{name}: not a zip or tar archive (unsupported artifact type)")
    except ArchiveError:
        raise
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, zlib.error, OSError, ValueError, NotImplementedError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ArchiveError(f"{name}: corrupt or truncated archive ({reason})") from None


def _gzip_holds_tar(handle: IO[bytes]) -> bool:
    """A .gz member may be a tarball or one compressed file (data.json.gz)."""
    try:
        with gzip.GzipFile(fileobj=handle, mode="rb") as unzipped:
            head = unzipped.read(512)
    finally:
        handle.seek(0)
    return head[257:262] == b"ustar"


def _iter_gzip_file(handle: IO[bytes], name: str, budget: _Budget, depth: int) -> Iterator[Tuple[str, bytes]]:
    with gzip.GzipFile(fileobj=handle, mode="rb") as unzipped:
        data = unzipped.read(budget.limits.max_member_bytes + 1)
    if len(data) > budget.limits.max_member_bytes:
        raise ArchiveError(f"{name}: expands past the scan limit: gzip bomb?")
    inner = os.path.basename(name.rsplit(SEPARATOR, 1)[-1])
    inner = inner[:-3] if inner.endswith(".gz") else inner + ".data"
    budget.charge(inner, len(data))
    yield from _member(f"{name}{SEPARATOR}{inner}", data, budget, depth)


def _unsafe_name(artifact: str, member: str) -> Optional[str]:
    normalized = member.replace("\\", "/")
    parts = normalized.split("/")
    if normalized.startswith("/") or (len(member) > 1 and member[1] == ":") or ".." in parts:
        return f"{artifact}: unsafe member path {member!r} (absolute or '..'): refusing to publish it"
    return None


def _refuse(display: str, reason: str, depth: int) -> Iterator[Tuple[str, bytes]]:
    """Links and unsafe paths block in the artifact itself (installers unpack it); inside a
    nested archive they are data (a test fixture), reported as a warning."""
    if depth == 0:
        raise ArchiveError(reason)
    yield display, UNREADABLE_MARK + reason.encode("utf-8", "replace")


def _iter_zip(handle: IO[bytes], name: str, budget: _Budget, depth: int) -> Iterator[Tuple[str, bytes]]:
    with zipfile.ZipFile(handle) as archive:
        infos = archive.infolist()
        if len(infos) > budget.limits.max_members:
            raise ArchiveError(f"{name}: {len(infos)} members, more than {budget.limits.max_members}: refusing to scan")
        declared = sum(info.file_size for info in infos)
        if declared > budget.limits.max_total_bytes:
            raise ArchiveError(f"{name}: declares {declared} bytes uncompressed: zip bomb?")
        for info in infos:
            unsafe = _unsafe_name(name, info.filename)
            if unsafe is None and not info.is_dir() and stat.S_ISLNK(info.external_attr >> 16):
                unsafe = f"{name}: member {info.filename!r} is a symbolic link: refusing to publish it"
            if unsafe is not None:
                yield from _refuse(f"{name}{SEPARATOR}{info.filename}", unsafe, depth)
                continue
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise ArchiveError(f"{name}: member {info.filename!r} is encrypted and cannot be scanned")
            if info.file_size > budget.limits.max_member_bytes:
                raise ArchiveError(f"{name}: member {info.filename!r} is {info.file_size} bytes, over the scan limit")
            if info.file_size > 1024 * 1024 and info.file_size > budget.limits.max_ratio * max(info.compress_size, 1):
                raise ArchiveError(
                    f"{name}: member {info.filename!r} expands {info.file_size // max(info.compress_size, 1)}:1: zip bomb?"
                )
            with archive.open(info) as member:
                # Declared sizes can lie: never read more than the limit allows.
                data = member.read(budget.limits.max_member_bytes + 1)
            if len(data) > budget.limits.max_member_bytes:
                raise ArchiveError(f"{name}: member {info.filename!r} is larger than it declares: zip bomb?")
            budget.charge(info.filename, len(data))
            yield from _member(f"{name}{SEPARATOR}{info.filename}", data, budget, depth)


def _iter_tar(handle: IO[bytes], name: str, budget: _Budget, depth: int) -> Iterator[Tuple[str, bytes]]:
    # Stream mode: members are read in order, never the whole decompressed tar at once.
    with tarfile.open(fileobj=handle, mode="r|*") as archive:
        for member in archive:
            unsafe = _unsafe_name(name, member.name)
            if unsafe is None and (member.issym() or member.islnk()):
                kind = "symbolic" if member.issym() else "hard"
                unsafe = f"{name}: member {member.name!r} is a {kind} link: refusing to publish it"
            if unsafe is not None:
                yield from _refuse(f"{name}{SEPARATOR}{member.name}", unsafe, depth)
                continue
            if member.isdir():
                continue
            if not member.isfile():
                raise ArchiveError(f"{name}: member {member.name!r} is a device, fifo or other special file")
            if member.size > budget.limits.max_member_bytes:
                raise ArchiveError(f"{name}: member {member.name!r} is {member.size} bytes, over the scan limit")
            extracted = archive.extractfile(member)
            data = extracted.read() if extracted is not None else b""
            if len(data) != member.size:
                raise ArchiveError(f"{name}: member {member.name!r} is truncated")
            budget.charge(member.name, len(data))
            yield from _member(f"{name}{SEPARATOR}{member.name}", data, budget, depth)


def _member(display: str, data: bytes, budget: _Budget, depth: int) -> Iterator[Tuple[str, bytes]]:
    member_name = display.rsplit(SEPARATOR, 1)[-1]
    if looks_like_archive(member_name, data[:512]):
        if depth + 1 > budget.limits.max_depth:
            raise ArchiveError(f"{display}: archives nested more than {budget.limits.max_depth} deep")
        try:
            # Materialise the nested members so corruption is known before any is handed out.
            members = list(_iter_archive(io.BytesIO(data), display, budget, depth + 1))
        except ArchiveError as error:
            if "corrupt or truncated" in str(error) or "not a zip or tar archive" in str(error):
                # Nobody can read it either: data (a fixture such as twine's malformed.tar.gz).
                yield display, UNREADABLE_MARK + str(error).encode("utf-8", "replace")
                return
            raise
        yield from members
        return
    if member_name.endswith(".pyc"):
        data = pyc_strings(data)
    yield display, data


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
            raise ArchiveError(f"{path}: no such file or directory")
    return tuple(found)
