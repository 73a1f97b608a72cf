"""Hostile inputs, second round (outside review): bytes that ship but were never looked at, a
`.pyc` that is text, compressions that were not opened, archives committed to a repository, and
files sent beside the distributions by `upload`.

Every archive is built here with zipfile, tarfile, gzip, bz2, lzma and zlib, plus byte surgery
where the stdlib will not write the hostile form; nothing binary is committed. The planted
secret is the generated Telegram-shaped token of archives_cases, which the detectors find.
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import py_compile
import struct
import subprocess
import tarfile
import zipfile
import zlib
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Sequence

from tests.hostile.archives_cases import (
    SDIST,
    SECRET_LINE,
    TOKEN,
    WHEEL,
    _encrypted,
    directory_entries,
    put,
    small_sdist,
    small_wheel,
    tar_bytes,
    zip_bytes,
)
from tests.hostile.case import HostileCase

AWS_KEY_ID = "AKIA4NACSIJMDDNSEDTE"  # generated, the shape of an AWS access key id: fits a 32-byte field
BLOCK = 512
# Nothing listens on the discard port of the loopback: were the gate to let anything through,
# twine would fail to connect, and say so; the gate says "nothing was sent".
NO_INDEX = "http://127.0.0.1:9/"
BLOCKED = "upload blocked: nothing was sent to the index"

# --- zip extra fields ----------------------------------------------------------------------------


def _extra_record(payload: bytes, header_id: int = 0xCAFE) -> bytes:
    return struct.pack("<HH", header_id, len(payload)) + payload


def _zip_with_extra(local: bytes, central: bytes) -> bytes:
    """One entry whose local header and central directory entry carry these extra fields (of
    one length: zipfile writes the same field in both, the surgery swaps one of them)."""
    assert len(local) == len(central)
    info = zipfile.ZipInfo("pkg/a.py")
    info.extra = local
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(info, b"x = 1\n")
    raw = bytearray(buffer.getvalue())
    ((position, fields),) = directory_entries(bytes(raw))
    extra_at = position + 46 + fields[10]
    raw[extra_at: extra_at + len(central)] = central
    return bytes(raw)


_TOKEN_RECORD = _extra_record(SECRET_LINE)
_PLAIN_RECORD = _extra_record(bytes(len(SECRET_LINE)))

# --- tar surgery ---------------------------------------------------------------------------------


def _checksummed(raw: bytearray, at: int) -> None:
    """Recompute the header checksum of the block at `at` (as tar writers do)."""
    raw[at + 148: at + 156] = b" " * 8
    raw[at + 148: at + 156] = b"%06o\0 " % sum(raw[at: at + BLOCK])


def _ustar(members: Mapping[str, bytes]) -> bytearray:
    return bytearray(tar_bytes(members, mode="w", format=tarfile.USTAR_FORMAT))


def _header_surgery(changes: Dict[int, bytes]) -> Callable[[], bytes]:
    """A one-member sdist whose header has these bytes written at these offsets."""
    def make() -> bytes:
        raw = _ustar({"pkg-1.0/setup.py": b"x = 1\n"})
        for offset, value in changes.items():
            raw[offset: offset + len(value)] = value
        _checksummed(raw, 0)
        return gzip.compress(bytes(raw))
    return make


def _tar_padding() -> bytes:
    raw = _ustar({"pkg-1.0/setup.py": b"x = 1\n", "pkg-1.0/README": b"readme\n"})
    raw[BLOCK + 6 + 20: BLOCK + 6 + 20 + len(SECRET_LINE)] = SECRET_LINE  # after setup.py's 6 bytes
    return gzip.compress(bytes(raw))


def _regular_file_with(**fields: str) -> Callable[[], bytes]:
    def make() -> bytes:
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.USTAR_FORMAT) as archive:
            info = tarfile.TarInfo("pkg-1.0/setup.py")
            info.size = 6
            for key, value in fields.items():
                setattr(info, key, value)
            archive.addfile(info, io.BytesIO(b"x = 1\n"))
        return buffer.getvalue()
    return make


def pax_record(keyword: str, value: str) -> bytes:
    """One pax record, its length counting itself (as tarfile writes it)."""
    body = f" {keyword}={value}\n".encode()
    length = len(body) + 1
    while len(str(length)) + len(body) != length:
        length += 1
    return str(length).encode() + body


def _with_pax(records: bytes, header_name: str = "././@PaxHeader", kind: bytes = tarfile.XHDTYPE) -> bytes:
    """A member preceded by an extended header holding exactly these bytes."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.USTAR_FORMAT) as archive:
        header = tarfile.TarInfo(header_name)
        header.type = kind
        header.size = len(records)
        archive.addfile(header, io.BytesIO(records))
        info = tarfile.TarInfo("pkg-1.0/setup.py")
        info.size = 6
        archive.addfile(info, io.BytesIO(b"x = 1\n"))
    return buffer.getvalue()


def _gnu_long(kind: bytes, data: bytes) -> bytes:
    """A GNU long name ('L') or long link ('K') header with this data, then a regular member."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.GNU_FORMAT) as archive:
        header = tarfile.TarInfo("././@LongLink")
        header.type = kind
        header.size = len(data)
        archive.addfile(header, io.BytesIO(data))
        info = tarfile.TarInfo("pkg-1.0/short.py")
        info.size = 6
        archive.addfile(info, io.BytesIO(b"x = 1\n"))
    return buffer.getvalue()


LONG_NAME = "pkg-1.0/" + "d" * 120 + "/module.py"

# --- compiled files ------------------------------------------------------------------------------


def compiled(source: str, directory: Path) -> bytes:
    path = directory / "_module.py"
    path.write_text(source)
    target = directory / "_module.pyc"
    py_compile.compile(str(path), cfile=str(target), doraise=True)
    data = target.read_bytes()
    path.unlink()
    target.unlink()
    return data


def _wheel_with_compiled(source: str, appended: bytes = b"") -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        put(directory, WHEEL, zip_bytes({"pkg/__init__.py": b"", "pkg/cached.pyc": compiled(source, directory) + appended}))
        return ["check-dist", "dist"]
    return build


# --- compressions --------------------------------------------------------------------------------


def _loose_object(content: bytes) -> bytes:
    """A git loose object: `blob <size>\\0<content>`, zlib-compressed."""
    return zlib.compress(b"blob %d\0" % len(content) + content)


# --- committed archives (scan, scan --staged) ----------------------------------------------------


def _git(directory: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Hostile", "-c", "user.email=hostile@example.invalid",
                    "-c", "init.defaultBranch=main", *args], cwd=directory, check=True, capture_output=True)


def _scan_file(relative: str, make: Callable[[], bytes], *argv: str) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        put(directory, relative, make())
        return ["scan", "--no-baseline", *argv, relative]
    return build


def _staged(relative: str, make: Callable[[], bytes]) -> Callable[[Path], Sequence[str]]:
    """The file staged in a fresh repository, then deleted from the work tree: only the blob in
    the index holds it."""
    def build(directory: Path) -> Sequence[str]:
        _git(directory, "init", "-q")
        path = put(directory, relative, make())
        _git(directory, "add", relative)
        path.unlink()
        return ["scan", "--staged", "--no-baseline"]
    return build


def _in_directory(relative: str, make: Callable[[], bytes]) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        put(directory, "project/ok.py", b"x = 1\n")
        put(directory, f"project/{relative}", make())
        return ["scan", "--no-baseline", "project"]
    return build


def _fixture_zip() -> bytes:
    return zip_bytes({"fixtures/readme.txt": b"test data\n", "fixtures/creds.txt": SECRET_LINE})


def _fixture_tar(mode: str) -> Callable[[], bytes]:
    return lambda: tar_bytes({"fixture/readme.txt": b"test data\n", "fixture/creds.txt": SECRET_LINE}, mode=mode)


def _zip_bomb() -> bytes:
    return zip_bytes({"zeros.txt": bytes(200 * 1024 * 1024)})


def _truncated_tar() -> bytes:
    whole = tar_bytes({"fixture/creds.txt": SECRET_LINE, "fixture/big.bin": bytes(range(256)) * 40}, mode="w")
    return gzip.compress(whole[:2048])


# --- upload ------------------------------------------------------------------------------------------


def _upload_with(attachment: str, data: bytes, *options: str) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        put(directory, WHEEL, small_wheel())
        put(directory, attachment, data)
        (directory / "pypirc").write_text("[distutils]\nindex-servers = local\n")
        (directory / "pypirc").chmod(0o600)
        return ["upload", "--config-file", "pypirc", "--repository-url", NO_INDEX, "-u", "someone", "-p", "unused",
                "--non-interactive", *options, WHEEL, attachment]
    return build


SIGNATURE = b"-----BEGIN PGP SIGNATURE-----\n" + SECRET_LINE + b"-----END PGP SIGNATURE-----\n"
ATTESTATION = b'{"version": 1, "verification_material": {"certificate": "' + TOKEN.encode() + b'"}}\n'


def _found(name: str, build: Callable[[Path], Sequence[str]], reason: str,
           secrets: Sequence[str] = (TOKEN,)) -> HostileCase:
    """The planted secret is found where it hides (the reason names that place), never printed whole."""
    return HostileCase(name, build, 1, reason, secrets=tuple(secrets))


def _dist(relative: str, make: Callable[[], bytes]) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        put(directory, relative, make())
        return ["check-dist", "dist"]
    return build


CASES: List[HostileCase] = [
    # (11) Zip extra fields, in the local header and the central directory.
    _found("zip-extra-field-central", _dist(WHEEL, lambda: _zip_with_extra(_PLAIN_RECORD, _TOKEN_RECORD)),
           "!<extra field of pkg/a.py>"),
    _found("zip-extra-field-local", _dist(WHEEL, lambda: _zip_with_extra(_TOKEN_RECORD, _PLAIN_RECORD)),
           "!<local extra field of pkg/a.py>"),
    _found("zip-extra-field-gzip-record", _dist(WHEEL, lambda: _zip_with_extra(
        _extra_record(gzip.compress(SECRET_LINE, mtime=0)), _extra_record(gzip.compress(SECRET_LINE, mtime=0)))),
           "!<extra field of pkg/a.py>!"),
    # (11) Tar: padding, header fields tarfile reads but nobody scanned, and bytes after their NULs.
    _found("tar-padding-after-member", _dist(SDIST, _tar_padding), "!<padding after pkg-1.0/setup.py>"),
    _found("tar-linkname-of-regular-file", _dist(SDIST, _regular_file_with(linkname=TOKEN)),
           "!<tar header of pkg-1.0/setup.py>"),
    _found("tar-uname", _dist(SDIST, _regular_file_with(uname=AWS_KEY_ID)), "!<tar header of pkg-1.0/setup.py>",
           secrets=(AWS_KEY_ID,)),
    _found("tar-gname", _dist(SDIST, _regular_file_with(gname=AWS_KEY_ID)), "!<tar header of pkg-1.0/setup.py>",
           secrets=(AWS_KEY_ID,)),
    _found("tar-uname-gname-linkname", _dist(SDIST, _regular_file_with(
        uname="bot", gname="tokens", linkname=f"BOT_TOKEN={TOKEN}")), "!<tar header of pkg-1.0/setup.py>"),
    _found("tar-bytes-after-name-nul", _dist(SDIST, _header_surgery({16: b"\0" + SECRET_LINE[:80]})),
           "!<tar header of pkg-1.0/setup.py>"),
    _found("tar-bytes-after-prefix-nul", _dist(SDIST, _header_surgery({345: b"\0" + SECRET_LINE})),
           "!<tar header of pkg-1.0/setup.py>"),
    _found("tar-unknown-magic-runs-into-uname", _dist(SDIST, _header_surgery(
        {257: AWS_KEY_ID.encode()[:8], 265: AWS_KEY_ID.encode()[8:] + b"\0"})), "!<tar header of pkg-1.0/setup.py>",
        secrets=(AWS_KEY_ID,)),
    _found("pax-charset-record", _dist(SDIST, lambda: _with_pax(pax_record("charset", TOKEN))),
           "!<pax header of pkg-1.0/setup.py>"),
    _found("pax-mtime-record-not-a-number", _dist(SDIST, lambda: _with_pax(pax_record("mtime", TOKEN))),
           "!<pax header of pkg-1.0/setup.py>"),
    _found("pax-vendor-record", _dist(SDIST, lambda: _with_pax(pax_record("SCHILY.xattr.user.token", TOKEN))),
           "!<pax header of pkg-1.0/setup.py>"),
    _found("pax-record-overwritten-by-a-later-one", _dist(SDIST, lambda: _with_pax(
        pax_record("comment", TOKEN) + pax_record("comment", "nothing to see"))), "!<pax header of pkg-1.0/setup.py>"),
    _found("pax-data-after-last-record", _dist(SDIST, lambda: _with_pax(pax_record("mtime", "1") + SECRET_LINE)),
           "!<tar header of pkg-1.0/setup.py>"),
    _found("pax-global-record", _dist(SDIST, lambda: _with_pax(pax_record("comment", TOKEN), "pax_global_header",
                                                                tarfile.XGLTYPE)), "!<pax global header>"),
    _found("pax-header-name", _dist(SDIST, lambda: _with_pax(pax_record("mtime", "1"), f"BOT={TOKEN}")),
           "!<tar header of pkg-1.0/setup.py>"),
    _found("gnu-longname-after-nul", _dist(SDIST, lambda: _gnu_long(tarfile.GNUTYPE_LONGNAME,
                                                                     LONG_NAME.encode() + b"\0" + SECRET_LINE)),
           f"!<tar header of {LONG_NAME}>"),
    _found("gnu-longlink-of-regular-file", _dist(SDIST, lambda: _gnu_long(tarfile.GNUTYPE_LONGLINK,
                                                                           f"BOT={TOKEN}".encode() + b"\0")),
           "!<tar header of pkg-1.0/short.py>"),
    # (12) A member named .pyc that is text, and a real one with text after its marshal data.
    _found("pyc-member-holding-text", _dist(WHEEL, lambda: zip_bytes({"pkg/conf.pyc": SECRET_LINE})), "!pkg/conf.pyc"),
    _found("pyc-member-in-sdist-holding-text", _dist(SDIST, lambda: tar_bytes({"pkg-1.0/conf.pyc": SECRET_LINE})),
           "!pkg-1.0/conf.pyc"),
    _found("pyc-with-text-appended", _wheel_with_compiled("VALUE = 1\n", appended=b"\n" + SECRET_LINE),
           "!pkg/cached.pyc"),
    # (26) Compressions inside artifacts: lzma-alone, raw zlib (a git loose object), and a text
    # that only starts like zlib.
    _found("lzma-alone-member", _dist(WHEEL, lambda: zip_bytes(
        {"pkg/data.lzma": lzma.compress(SECRET_LINE, format=lzma.FORMAT_ALONE)})), "!pkg/data.lzma!data"),
    _found("zlib-member-git-object", _dist(WHEEL, lambda: zip_bytes(
        {"pkg/objects/3f/a1c2": _loose_object(SECRET_LINE)})), "!pkg/objects/3f/a1c2!a1c2.data"),
    _found("zlib-member-level-1", _dist(WHEEL, lambda: zip_bytes({"pkg/blob": zlib.compress(SECRET_LINE, 1)})),
           "!pkg/blob!blob.data"),
    _found("text-starting-like-zlib", _dist(WHEEL, lambda: zip_bytes({"pkg/notes.txt": b"x^2 + 1\n" + SECRET_LINE})),
           "!pkg/notes.txt"),
    _found("lzma-alone-sdist-member", _dist(SDIST, lambda: tar_bytes(
        {"pkg-1.0/data.tar.lzma": lzma.compress(tar_bytes({"inner/creds.txt": SECRET_LINE}, mode="w"),
                                                 format=lzma.FORMAT_ALONE)})), "!pkg-1.0/data.tar.lzma!inner/creds.txt"),
    # (26) Archives committed to a repository: scan opens them, on disk and in the index.
    _found("scan-zip", _scan_file("tests/fixtures/data.zip", _fixture_zip), "tests/fixtures/data.zip!fixtures/creds.txt"),
    _found("scan-wheel", _scan_file("vendor/pkg-1.0-py3-none-any.whl", lambda: zip_bytes({"pkg/creds.py": SECRET_LINE})),
           "vendor/pkg-1.0-py3-none-any.whl!pkg/creds.py"),
    _found("scan-tar", _scan_file("fixture.tar", _fixture_tar("w")), "fixture.tar!fixture/creds.txt"),
    _found("scan-tar-gz", _scan_file("fixture.tar.gz", _fixture_tar("w:gz")), "fixture.tar.gz!fixture/creds.txt"),
    _found("scan-tar-bz2", _scan_file("fixture.tar.bz2", _fixture_tar("w:bz2")), "fixture.tar.bz2!fixture/creds.txt"),
    _found("scan-tar-xz", _scan_file("fixture.tar.xz", _fixture_tar("w:xz")), "fixture.tar.xz!fixture/creds.txt"),
    _found("scan-gz", _scan_file("settings.env.gz", lambda: gzip.compress(SECRET_LINE)), "settings.env.gz!settings.env"),
    _found("scan-bz2", _scan_file("settings.env.bz2", lambda: bz2.compress(SECRET_LINE)), "settings.env.bz2!settings.env"),
    _found("scan-xz", _scan_file("settings.env.xz", lambda: lzma.compress(SECRET_LINE)), "settings.env.xz!settings.env"),
    _found("scan-lzma", _scan_file("settings.env.lzma", lambda: lzma.compress(SECRET_LINE, format=lzma.FORMAT_ALONE)),
           "settings.env.lzma!settings.env"),
    _found("scan-directory-with-zip", _in_directory("fixtures/data.zip", _fixture_zip),
           "project/fixtures/data.zip!fixtures/creds.txt"),
    _found("scan-staged-zip", _staged("fixtures/data.zip", _fixture_zip), "fixtures/data.zip!fixtures/creds.txt"),
    _found("scan-staged-tar-gz", _staged("fixture.tar.gz", _fixture_tar("w:gz")), "fixture.tar.gz!fixture/creds.txt"),
    _found("scan-staged-gz", _staged("dump.sql.gz", lambda: gzip.compress(SECRET_LINE)), "dump.sql.gz!dump.sql"),
    _found("scan-staged-nested", _staged("data/outer.zip", lambda: zip_bytes(
        {"inner.tar.gz": tar_bytes({"deep/creds.txt": SECRET_LINE})})), "data/outer.zip!inner.tar.gz!deep/creds.txt"),
    # A committed archive's damage is a warning (its readable part is scanned); a refusal (a
    # limit, encryption) is an error, as it is inside an artifact.
    _found("scan-truncated-tar-gz", _scan_file("fixture.tar.gz", _truncated_tar), "Unreadable Nested Archive"),
    HostileCase("scan-malformed-tar-gz-fixture", _scan_file("tests/fixtures/malformed.tar.gz",
                                                            lambda: gzip.compress(b"this is not a tar file\n" * 4)[:-12]),
                0, "warning (not blocking): tests/fixtures/malformed.tar.gz: Unreadable Nested Archive"),
    HostileCase("scan-encrypted-zip", _scan_file("secret.zip", lambda: _encrypted(_fixture_zip())), 2,
                "error: secret.zip: member 'fixtures/readme.txt' is encrypted and cannot be scanned", secrets=(TOKEN,)),
    HostileCase("scan-zip-bomb", _scan_file("bomb.zip", _zip_bomb), 2, "error: bomb.zip: member 'zeros.txt' expands"),
    HostileCase("scan-staged-zip-bomb", _staged("bomb.zip", _zip_bomb), 2, "error: bomb.zip: member 'zeros.txt' expands"),
    HostileCase("scan-clean-archives", _in_directory("dist/pkg-1.0.tar.gz", small_sdist), 0,
                "secretfence scan: no new secrets, 4 files scanned — ok (exit 0)"),
    # (10, 22) upload scans the signatures and attestations twine sends with the distributions.
    _found("upload-signature", _upload_with(WHEEL + ".asc", SIGNATURE), BLOCKED),
    _found("upload-signature-is-a-zip", _upload_with(WHEEL + ".asc", zip_bytes({"sig": SECRET_LINE})),
           f"{WHEEL}.asc!sig"),
    _found("upload-attestation", _upload_with(WHEEL + ".publish.attestation", ATTESTATION, "--attestations"),
           f"{WHEEL}.publish.attestation"),
    HostileCase("upload-signature-fifo", lambda d: _fifo_signature(d), 2,
                f"{WHEEL}.asc: is a named pipe (FIFO), not a regular file"),
]


def _fifo_signature(directory: Path) -> Sequence[str]:
    import os

    argv = _upload_with(WHEEL + ".asc", b"")(directory)
    os.unlink(directory / (WHEEL + ".asc"))
    os.mkfifo(directory / (WHEEL + ".asc"))
    return argv
