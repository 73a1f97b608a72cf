"""Hostile artifacts for `secretfence check-dist`: bombs, lies, damage, links, hiding places and
things that are not files at all. Every archive is built here with zipfile, tarfile, gzip, bz2
and lzma, plus byte surgery where the stdlib will not write the hostile form; nothing binary is
committed. The planted secret is a generated Telegram-shaped token the detectors find.

`CASES` run in the test suite (tests/hostile/archives_test.py) and in benchmarks/hostile.py;
`BENCHMARK_ONLY_CASES` are the full-size versions of cases the suite runs smaller (too slow to
run on every test run; the benchmark still checks their exit code).
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import random
import socket
import struct
import tarfile
import zipfile
from pathlib import Path
from typing import List, Mapping, Sequence, Tuple

from tests.hostile.case import HostileCase

TOKEN = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"  # generated, Telegram-shaped: not a real bot
SECRET_LINE = f"BOT_TOKEN = '{TOKEN}'\n".encode()
MiB = 1024 * 1024
WHEEL = "dist/pkg-1.0-py3-none-any.whl"
SDIST = "dist/pkg-1.0.tar.gz"
CHECK_DIST = ("check-dist", "dist")

# --- builders ------------------------------------------------------------------------------------


def zip_bytes(members: Mapping[str, bytes], compression: int = zipfile.ZIP_DEFLATED, comment: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.comment = comment
    return buffer.getvalue()


def tar_bytes(members: Mapping[str, bytes], mode: str = "w:gz", format: int = tarfile.PAX_FORMAT) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode, format=format) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1_700_000_000
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def small_wheel() -> bytes:
    return zip_bytes({
        "pkg/__init__.py": b"",
        "pkg/settings.py": b"DEBUG = False\nNAME = 'pkg'\n",
        "pkg-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n",
    })


def small_sdist() -> bytes:
    return tar_bytes({
        "pkg-1.0/PKG-INFO": b"Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n",
        "pkg-1.0/pkg/__init__.py": b"",
        "pkg-1.0/pkg/settings.py": b"DEBUG = False\nNAME = 'pkg'\n",
    })


def put(directory: Path, relative: str, data: bytes) -> Path:
    path = directory / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


_DIRECTORY_ENTRY = struct.Struct("<4s6H3L5H2L")  # central-directory file header (46 bytes)
_END = struct.Struct("<4s4H2LH")


def directory_entries(raw: bytes) -> List[Tuple[int, tuple]]:
    """(offset, fields) of every central-directory entry of a zip."""
    end = raw.rfind(b"PK\x05\x06")
    _, _, _, _, count, _, start, _ = _END.unpack_from(raw, end)
    entries = []
    position = start
    for _ in range(count):
        fields = _DIRECTORY_ENTRY.unpack_from(raw, position)
        entries.append((position, fields))
        position += _DIRECTORY_ENTRY.size + fields[10] + fields[11] + fields[12]
    return entries


def rebuild_directory(raw: bytes, keep: Sequence[int], repeat: int = 1) -> bytes:
    """The zip with only the central-directory entries at the given indexes (each `repeat` times)."""
    end = raw.rfind(b"PK\x05\x06")
    _, disk, disk_start, _, _, _, start, comment_length = _END.unpack_from(raw, end)
    entries = directory_entries(raw)
    blobs = []
    for index in keep:
        position, fields = entries[index]
        length = _DIRECTORY_ENTRY.size + fields[10] + fields[11] + fields[12]
        blobs.append(raw[position: position + length])
    directory = b"".join(blobs) * repeat
    count = len(keep) * repeat
    record = _END.pack(b"PK\x05\x06", disk, disk_start, count, count, len(directory), start, comment_length)
    return raw[:start] + directory + record + raw[end + _END.size:]


def patch_entry(raw: bytes, index: int, **changes: int) -> bytes:
    """Change fields (flags, crc, usize) of one entry, in its local header and directory entry alike."""
    data = bytearray(raw)
    position, fields = directory_entries(raw)[index]
    local = fields[16]
    for field, value in changes.items():
        directory_at, local_at, fmt = {"flags": (8, 6, "<H"), "crc": (16, 14, "<L"), "usize": (24, 22, "<L")}[field]
        struct.pack_into(fmt, data, position + directory_at, value)
        struct.pack_into(fmt, data, local + local_at, value)
    return bytes(data)


def declare_zip64_size(raw: bytes, size: int) -> bytes:
    """A zip whose single member declares `size` bytes uncompressed (in a zip64 extra field)."""
    ((position, fields),) = directory_entries(raw)
    data = bytearray(raw)
    struct.pack_into("<L", data, position + 24, 0xFFFFFFFF)  # "see the zip64 field"
    zip64 = struct.pack("<HHQ", 0x0001, 8, size)
    extra_at = position + _DIRECTORY_ENTRY.size + fields[10]
    data[extra_at:extra_at] = zip64
    struct.pack_into("<H", data, position + 30, fields[11] + len(zip64))
    end = data.rfind(b"PK\x05\x06")
    directory_size = struct.unpack_from("<L", data, end + 12)[0]
    struct.pack_into("<L", data, end + 12, directory_size + len(zip64))
    return bytes(data)


def compressible(size: int, seed: int = 7) -> bytes:
    """Text that deflates up to about 150:1 (level 9): under the ratio limit, so only memory bounds it."""
    rnd = random.Random(seed)
    words = [b"alpha", b"beta", b"gamma", b"delta", b"omega", b"sigma", b"kappa", b"theta"]
    block = b" ".join(rnd.choice(words) for _ in range(2600)) + b"\n"  # ~16 KiB, repeated inside deflate's window
    block = (block * (MiB // len(block) + 1))[:MiB]
    return (block * (size // MiB + 1))[:size]


def sparse_tar_bomb(real_size: int) -> bytes:
    """A PAX 1.0 sparse member: 512 stored bytes that a reader expands to `real_size`."""
    sparse_map = b"1\n0\n512\n".ljust(512, b"\0")
    payload = sparse_map + b"x" * 512
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("pkg-1.0/GNUSparseFile.0/big")
        info.size = len(payload)
        info.pax_headers = {"GNU.sparse.major": "1", "GNU.sparse.minor": "0",
                            "GNU.sparse.name": "pkg-1.0/big", "GNU.sparse.realsize": str(real_size)}
        archive.addfile(info, io.BytesIO(payload))
    return buffer.getvalue()


def nested_zip_of(size: int, member_size: int = 64 * MiB) -> bytes:
    """A wheel holding a zip whose members expand to `size` bytes in total."""
    buffer = io.BytesIO()
    chunk = compressible(member_size)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as inner:  # about 146:1
        for index in range(size // member_size):
            inner.writestr(f"data/part{index:03}.txt", chunk)
    return zip_bytes({"pkg/__init__.py": b"", "pkg/data.zip": buffer.getvalue()}, zipfile.ZIP_STORED)


def _tar_with_truncated_member_header() -> bytes:
    whole = tar_bytes({"pkg-1.0/a.py": b"x = 1\n", "pkg-1.0/b.py": SECRET_LINE}, mode="w")
    return gzip.compress(whole[: 1024 + 200])  # the gzip layer is whole; the tar stops inside b.py's header


def _tar_with_data_after_end() -> bytes:
    whole = tar_bytes({"pkg-1.0/a.py": b"x = 1\n"}, mode="w")
    return gzip.compress(whole + SECRET_LINE)


def _tar_with_damaged_header() -> bytes:
    raw = bytearray(tar_bytes({"pkg-1.0/a.py": b"x = 1\n", "pkg-1.0/b.py": b"y = 2\n",
                               "pkg-1.0/c.py": SECRET_LINE}, mode="w"))
    raw[1024 + 148: 1024 + 156] = b"9999999\0"  # b.py's header checksum no longer adds up
    return gzip.compress(bytes(raw))


def _zip_with_unlisted_entry() -> bytes:
    raw = zip_bytes({"pkg/__init__.py": b"", "pkg/_secret.py": SECRET_LINE})
    return rebuild_directory(raw, keep=[0])  # the directory forgets pkg/_secret.py; its bytes stay


def _zip_with_bad_crc(members: Mapping[str, bytes], index: int) -> bytes:
    raw = zip_bytes(members)
    (_, fields) = directory_entries(raw)[index]
    return patch_entry(raw, index, crc=fields[7] ^ 0xFFFF)


def _zip_with_lying_size() -> bytes:
    raw = zip_bytes({"pkg/notes.txt": b"x" * 40 + SECRET_LINE}, zipfile.ZIP_STORED)
    return patch_entry(raw, 0, usize=10)


def _encrypted(raw: bytes) -> bytes:
    (_, fields) = directory_entries(raw)[0]
    return patch_entry(raw, 0, flags=fields[3] | 0x1)


def _nested(depth: int) -> bytes:
    data = SECRET_LINE
    for level in range(depth):
        data = zip_bytes({f"level{level}.zip" if level else "leaf.txt": data})
    return data


def _tar_with_link(kind: bytes) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        link = tarfile.TarInfo("pkg-1.0/passwd")
        link.type = kind
        link.linkname = "/etc/passwd"
        archive.addfile(link)
    return buffer.getvalue()


def _zip_symlink() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("pkg/link")
        info.external_attr = 0o120777 << 16
        archive.writestr(info, "/etc/passwd")
    return buffer.getvalue()


def _pax_comment() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("pkg-1.0/a.py")
        info.size = 6
        info.pax_headers = {"comment": SECRET_LINE.decode().strip()}
        archive.addfile(info, io.BytesIO(b"x = 1\n"))
    return buffer.getvalue()


def _many_members(count: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for index in range(count):
            archive.writestr(f"pkg/data/f{index:06}.txt", b"ok\n")
    return buffer.getvalue()


def _unix_socket(directory: Path) -> None:
    (directory / "dist").mkdir()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    # Bound by a short relative path: socket paths are limited to about 100 bytes.
    cwd = os.getcwd()
    os.chdir(directory)
    try:
        listener.bind(WHEEL)
    finally:
        os.chdir(cwd)
        listener.close()  # the socket file stays behind


def _fifo(directory: Path) -> None:
    (directory / "dist").mkdir()
    os.mkfifo(directory / WHEEL)


def _with_entry_comment(comment: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("pkg/a.py")
        info.comment = comment
        archive.writestr(info, b"x = 1\n")
    return buffer.getvalue()


def _sdist_with_bad_gzip_crc() -> bytes:
    raw = bytearray(small_sdist())
    raw[-8:-4] = bytes(4)  # the gzip trailer's CRC-32
    return bytes(raw)


# --- cases -----------------------------------------------------------------------------------------


def _artifact(relative: str, make, argv: Sequence[str] = CHECK_DIST):  # type: ignore[no-untyped-def]
    def build(directory: Path) -> Sequence[str]:
        put(directory, relative, make())
        return list(argv)
    return build


def _special(make_path, argv: Sequence[str]):  # type: ignore[no-untyped-def]
    def build(directory: Path) -> Sequence[str]:
        make_path(directory)
        return list(argv)
    return build


def _secret_case(name: str, relative: str, make, reason: str) -> HostileCase:  # type: ignore[no-untyped-def]
    """The planted token must be found (exit 1) where it hides, and never printed whole."""
    return HostileCase(name, _artifact(relative, make), 1, reason, secrets=(TOKEN,))


CASES: List[HostileCase] = [
    # Bombs and limits: every limit hit is a refusal with its reason, never a pass.
    HostileCase("zip-bomb", _artifact(WHEEL, lambda: zip_bytes({"pkg/zeros.txt": bytes(200 * MiB)})), 2, "zip bomb?"),
    HostileCase("nested-zip-bomb", _artifact(WHEEL, lambda: zip_bytes(
        {"pkg/fixtures.zip": zip_bytes({"zeros.txt": bytes(200 * MiB)})}, zipfile.ZIP_STORED)), 2, "zip bomb?"),
    HostileCase("zip-overlapping-entries", _artifact(WHEEL, lambda: rebuild_directory(
        zip_bytes({"pkg/a.py": compressible(MiB)}), keep=[0], repeat=50)), 2, "overlap each other"),
    HostileCase("zip-declares-10-gb", _artifact(WHEEL, lambda: declare_zip64_size(
        zip_bytes({"pkg/a.py": b"x = 1\n"}), 10 * 1024 * MiB)), 2, "declares 10737418240 bytes"),
    HostileCase("sparse-tar-bomb", _artifact(SDIST, lambda: sparse_tar_bomb(10 * 1024 * MiB)), 2,
                "is 10737418240 bytes, over the scan limit"),
    HostileCase("zip-100001-members", _artifact(WHEEL, lambda: _many_members(100_001)), 2, "more than 100000"),
    HostileCase("zip-100000-members", _artifact(WHEEL, lambda: _many_members(100_000)), 0,
                "100000 files scanned — ok"),
    HostileCase("nested-depth-5", _artifact(WHEEL, lambda: _nested(6)), 2, "archives nested more than 4 deep"),
    HostileCase("nested-zip-384-mb", _artifact(WHEEL, lambda: nested_zip_of(384 * MiB)), 0, "7 files scanned — ok"),
    # Lies and damage in the artifact itself: unreadable, exit 2.
    HostileCase("targz-truncated-in-member-header", _artifact(SDIST, _tar_with_truncated_member_header), 2,
                "truncated: the tar stream ends before its end-of-archive marker"),
    HostileCase("targz-truncated-gzip", _artifact(SDIST, lambda: small_sdist()[:-30]), 2,
                "truncated: the compressed data ends before its end-of-stream marker"),
    HostileCase("targz-bad-gzip-crc", _artifact(SDIST, _sdist_with_bad_gzip_crc), 2, "corrupt compressed data"),
    HostileCase("tar-damaged-header", _artifact(SDIST, _tar_with_damaged_header), 2,
                "damaged: a corrupt tar header", secrets=(TOKEN,)),
    HostileCase("zip-truncated", _artifact(WHEEL, lambda: small_wheel()[:-40]), 2,
                "has no readable central directory"),
    HostileCase("zip-bad-crc", _artifact(WHEEL, lambda: _zip_with_bad_crc({"pkg/a.py": b"x = 1\n"}, 0)), 2,
                "member 'pkg/a.py' has a bad CRC-32"),
    HostileCase("zip-lying-size", _artifact(WHEEL, _zip_with_lying_size), 2, "not the 10 it declares",
                secrets=(TOKEN,)),
    HostileCase("zip-encrypted-member", _artifact(WHEEL, lambda: _encrypted(small_wheel())), 2,
                "is encrypted and cannot be scanned"),
    HostileCase("nested-encrypted-member", _artifact(WHEEL, lambda: zip_bytes(
        {"pkg/fixtures.zip": _encrypted(zip_bytes({"a.txt": SECRET_LINE}))})), 2, "is encrypted and cannot be scanned",
        secrets=(TOKEN,)),
    HostileCase("zip-path-traversal", _artifact(WHEEL, lambda: zip_bytes({"../evil.py": b"x"})), 2, "unsafe path"),
    HostileCase("tar-path-traversal", _artifact(SDIST, lambda: tar_bytes({"pkg-1.0/../../evil.py": b"x"})), 2,
                "unsafe path"),
    HostileCase("zip-symlink", _artifact(WHEEL, _zip_symlink), 2, "is a symbolic link"),
    HostileCase("tar-symlink", _artifact(SDIST, lambda: _tar_with_link(tarfile.SYMTYPE)), 2, "is a symbolic link"),
    HostileCase("tar-hardlink", _artifact(SDIST, lambda: _tar_with_link(tarfile.LNKTYPE)), 2, "is a hard link"),
    HostileCase("not-an-archive", _artifact(WHEEL, lambda: b"just text\n"), 2, "not a zip or tar archive"),
    # Not regular files: refused before they are opened for reading (a FIFO would block forever).
    HostileCase("fifo-named-whl", _special(_fifo, ["check-dist", WHEEL]), 2, "is a named pipe (FIFO), not a regular file"),
    HostileCase("dev-null-as-artifact", _special(lambda d: None, ["check-dist", "/dev/null"]), 2,
                "is a character device, not a regular file"),
    HostileCase("directory-named-whl", _special(lambda d: (d / WHEEL).mkdir(parents=True), CHECK_DIST), 2,
                "is a directory, not a regular file"),
    HostileCase("socket-named-whl", _special(_unix_socket, CHECK_DIST), 2,
                "is a socket, not a regular file"),
    # Hiding places: every byte that ships is scanned, and the secret is found there.
    _secret_case("secret-in-zip-comment", WHEEL, lambda: zip_bytes({"pkg/__init__.py": b""}, comment=SECRET_LINE),
                 "!<zip comment>"),
    _secret_case("secret-in-zip-entry-comment", WHEEL, lambda: _with_entry_comment(SECRET_LINE), "!<comment of pkg/a.py>"),
    _secret_case("secret-after-tar-end-marker", SDIST, _tar_with_data_after_end, "!<data after end of archive>"),
    _secret_case("secret-after-gzip-stream", SDIST, lambda: small_sdist() + SECRET_LINE,
                 "!<data after the compressed stream>"),
    _secret_case("secret-in-unlisted-zip-entry", WHEEL, _zip_with_unlisted_entry, "!<unlisted entry pkg/_secret.py>"),
    _secret_case("secret-before-first-zip-entry", WHEEL, lambda: SECRET_LINE + small_wheel(),
                 "!<bytes outside the zip entries at 0>"),
    _secret_case("secret-in-pax-comment", SDIST, _pax_comment, "!<pax header of pkg-1.0/a.py>"),
    _secret_case("secret-in-directory-entry", WHEEL, lambda: zip_bytes({"pkg/": SECRET_LINE}), "!pkg/"),
    _secret_case("secret-behind-bad-crc-in-nested-zip", WHEEL, lambda: zip_bytes({"pkg/fixtures.zip": _zip_with_bad_crc(
        {"ok.txt": b"fine\n", "creds.txt": SECRET_LINE}, 1)}), "Unreadable Nested Archive"),
    _secret_case("secret-in-truncated-nested-tar", WHEEL, lambda: zip_bytes({"pkg/fixtures.tar": tar_bytes(
        {"a.txt": SECRET_LINE, "b.txt": b"y" * 4000}, mode="w")[:2048]}), "truncated"),
    _secret_case("secret-in-nested-zip-without-directory", WHEEL, lambda: zip_bytes({"pkg/fixtures.zip": zip_bytes(
        {"a.txt": b"x\n", "creds.txt": SECRET_LINE})[:-60]}), "!<unlisted entry creds.txt>"),
    _secret_case("secret-in-gzip-member-without-gz", WHEEL, lambda: zip_bytes({"pkg/data.bin": gzip.compress(SECRET_LINE)}),
                 "!pkg/data.bin!data.bin.data"),
    _secret_case("secret-in-bzip2-member", WHEEL, lambda: zip_bytes({"pkg/blob": bz2.compress(SECRET_LINE)}),
                 "!pkg/blob!blob.data"),
    _secret_case("secret-in-xz-member", WHEEL, lambda: zip_bytes({"pkg/blob": lzma.compress(SECRET_LINE)}),
                 "!pkg/blob!blob.data"),
]


BENCHMARK_ONLY_CASES: List[HostileCase] = [
    # The case: 3.75 GB expanded from one nested zip; peak memory must stay bounded.
    HostileCase("nested-zip-3840-mb", _artifact(WHEEL, lambda: nested_zip_of(3840 * MiB)), 0, "61 files scanned — ok"),
]

