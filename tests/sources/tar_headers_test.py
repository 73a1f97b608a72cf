"""What tar header blocks hold besides what tarfile reads: found, and nothing else."""
from __future__ import annotations

import io
import tarfile
from typing import Dict, Optional

import pytest

from secretfence.sources.tar_headers import read_headers
from tests.hostile.archives2_cases import pax_record


def _region(info: tarfile.TarInfo, fmt: int = tarfile.USTAR_FORMAT, data: bytes = b"x = 1\n") -> bytes:
    """The header blocks tarfile writes for one member (everything before its data)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt) as archive:
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    raw = buffer.getvalue()
    with tarfile.open(fileobj=io.BytesIO(raw)) as archive:
        (member,) = archive.getmembers()
    return raw[: member.offset_data]


def _surgery(changes: Dict[int, bytes]) -> bytes:
    block = bytearray(_region(tarfile.TarInfo("pkg/a.py")))
    for offset, value in changes.items():
        block[offset: offset + len(value)] = value
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    tarfile.TarInfo.frombuf(bytes(block), "utf-8", "surrogateescape")  # tarfile still reads it
    return bytes(block)


@pytest.mark.parametrize("fmt", [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT],
                         ids=["ustar", "gnu", "pax"])
def test_a_plain_header_leaves_nothing_but_its_user_and_group_names(fmt: int) -> None:
    info = tarfile.TarInfo("pkg/" + "long-directory-name/" * 8 + "module.py")
    info.mtime, info.mode, info.uid, info.gid, info.uname, info.gname = 1_700_000_000.5, 0o644, 1000, 100, "dev", "staff"
    headers = read_headers(_region(info, fmt), info.name)
    assert (headers.text, headers.pax, headers.global_pax) == (b"dev\nstaff\n", b"", b"")


def test_numbers_in_pax_records_say_nothing_other_records_do() -> None:
    info = tarfile.TarInfo("pkg/a.py")
    info.pax_headers = {"mtime": "1700000000.25", "atime": "1700000000", "comment": "hello", "charset": "BINARY",
                        "SCHILY.xattr.user.note": "hi"}
    headers = read_headers(_region(info, tarfile.PAX_FORMAT), info.name)
    assert headers.pax.splitlines() == [b"comment=hello", b"charset=BINARY", b"SCHILY.xattr.user.note=hi"]


@pytest.mark.parametrize("offset, garbage, text", [
    (9, b"after-the-name", b"after-the-name"),       # after the name's NUL
    (None, b"", b""),                                  # nothing: fields are numbers then NULs
    # devmajor "0", NUL, then text to the field's end: the text runs on into devminor's number,
    # which stays with it (a run is text up to its NUL).
    (331, b"DEVMAJ", b"DEVMAJ0"),
    (339, b"DEVMIN", b"DEVMIN"),                       # devminor likewise (an empty prefix follows)
    (346, b"after-the-prefix", b"after-the-prefix"),  # the prefix is empty, text after its NUL
    (500, b"twelve-bytes", b"twelve-bytes"),           # the 12 bytes after the prefix
])
def test_bytes_after_a_fields_nul_are_text(offset: Optional[int], garbage: bytes, text: bytes) -> None:
    changes = {329: b"0\0", 337: b"0\0"}
    if offset is not None:
        changes[offset] = garbage
    assert read_headers(_surgery(changes), "pkg/a.py").text == (text + b"\n" if text else b"")


def test_a_base256_number_is_a_number() -> None:
    block = _surgery({124: b"\x80" + bytes(10) + b"\x06"})  # size 6, in base-256 (as for files over 8 GiB)
    assert read_headers(block, "pkg/a.py").text == b""


def test_an_unknown_magic_is_text_and_runs_into_the_user_name() -> None:
    block = _surgery({257: b"AKIA4NAC", 265: b"SIJMDDNSEDTE\0"})
    assert read_headers(block, "pkg/a.py").text == b"AKIA4NACSIJMDDNSEDTE\n"


def test_extended_headers_named_as_tar_writers_name_them_hold_nothing() -> None:
    for name in ("././@PaxHeader", "pkg/PaxHeaders.1234/a.py", "pkg/PaxHeader/a.py", "./PaxHeaders/a.py"):
        region = _pax_region(pax_record("mtime", "1"), name)
        assert read_headers(region, "pkg/a.py").text == b"", name


def test_an_extended_header_with_a_name_of_its_own_is_text() -> None:
    region = _pax_region(pax_record("mtime", "1"), "ghp_Zx8Kq2Lm9Np4Rt7Vw1Yb3Cd6Ef0Gh5Jk2Ls8")
    assert read_headers(region, "pkg/a.py").text == b"ghp_Zx8Kq2Lm9Np4Rt7Vw1Yb3Cd6Ef0Gh5Jk2Ls8\n"


def test_every_pax_record_is_read_duplicates_and_data_after_the_last_one_included() -> None:
    region = _pax_region(pax_record("comment", "first") + pax_record("comment", "second") + b"trailing text", "././@PaxHeader")
    headers = read_headers(region, "pkg/a.py")
    assert headers.pax == b"comment=first\ncomment=second\n"
    assert headers.text == b"trailing text\n"


def test_global_records_are_told_apart() -> None:
    region = _pax_region(pax_record("comment", "release 1.0"), "pax_global_header", tarfile.XGLTYPE)
    headers = read_headers(region, "pkg/a.py")
    assert (headers.global_pax, headers.pax, headers.text) == (b"comment=release 1.0\n", b"", b"")


@pytest.mark.parametrize("fmt", [tarfile.PAX_FORMAT, tarfile.GNU_FORMAT], ids=["pax path", "gnu long name"])
def test_a_header_name_that_a_longer_name_replaces_is_text(fmt: int) -> None:
    # The header's name field says one thing; a pax `path` record (or a GNU long name) says
    # another, and tarfile shows only that one: the field's text ships, unread by anyone else.
    real = "pkg/" + "d/" * 60 + "a.py"
    hidden = "pkg/7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
    region = bytearray(_region(tarfile.TarInfo(real), fmt))
    own = len(region) - 512
    region[own: own + 100] = hidden.encode().ljust(100, b"\0")
    region[own + 148: own + 156] = b" " * 8
    region[own + 148: own + 156] = b"%06o\0 " % sum(region[own:])
    with tarfile.open(fileobj=io.BytesIO(bytes(region) + b"x = 1\n".ljust(512, b"\0") + bytes(1024))) as archive:
        assert archive.getnames() == [real]
    assert hidden.encode() in read_headers(bytes(region), real).text
    # The usual header (the start of the long name there) still says nothing.
    assert read_headers(_region(tarfile.TarInfo(real), fmt), real).text == b""


def _pax_region(records: bytes, name: str, kind: bytes = tarfile.XHDTYPE) -> bytes:
    header = tarfile.TarInfo(name)
    header.type = kind
    header.size = len(records)
    block = header.tobuf(tarfile.USTAR_FORMAT)
    padded = records + bytes(-len(records) % 512)
    return block + padded + tarfile.TarInfo("pkg/a.py").tobuf(tarfile.USTAR_FORMAT)
