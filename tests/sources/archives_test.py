"""Artifacts are read in memory, member by member, as typed events: every byte that can be read is
yielded (comments, trailing data, unlisted entries, the readable part of damaged archives);
damage is an `Unreadable` event; refusals are ArchiveError with the name and reason apart."""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import struct
import tarfile
import tracemalloc
import zipfile
import zlib
from pathlib import Path
from typing import List, Tuple

import pytest

from secretfence.errors import ArchiveError
from secretfence.sources import archives
from secretfence.sources.archives import Limits, Member, Unreadable, iter_artifact, iter_artifact_bytes
from tests.hostile.archives_cases import (
    SECRET_LINE,
    TOKEN,
    compressible,
    declare_zip64_size,
    directory_entries,
    patch_entry,
    rebuild_directory,
    small_sdist,
    small_wheel,
    sparse_tar_bomb,
    tar_bytes,
    zip_bytes,
)

MiB = 1024 * 1024


def make_zip(path: Path, members: dict) -> Path:
    path.write_bytes(zip_bytes(members))
    return path


def make_tar(path: Path, members: dict, mode: str = "w:gz") -> Path:
    path.write_bytes(tar_bytes(members, mode))
    return path


def read(data: bytes, name: str = "a.whl", limits: Limits = Limits()) -> List[object]:
    return list(iter_artifact_bytes(io.BytesIO(data), name, limits))


def members(events: List[object]) -> List[Tuple[str, bytes]]:
    return [(event.name, event.data) for event in events if isinstance(event, Member)]


def damage(events: List[object]) -> List[Tuple[str, str, bool]]:
    return [(event.name, event.reason, event.blocking) for event in events if isinstance(event, Unreadable)]


def test_members_and_nested_archives_are_named_with_bang(tmp_path: Path) -> None:
    inner = zip_bytes({"config/settings.ini": b"token = x\n"})
    wheel = make_zip(tmp_path / "pkg-1.0-py3-none-any.whl", {"pkg/__init__.py": b"", "pkg/data.zip": inner})
    sdist = make_tar(tmp_path / "pkg-1.0.tar.gz", {"pkg-1.0/.env": b"A=1\n", "pkg-1.0/inner.tar.gz": tar_bytes({"x.txt": b"x"})})
    assert [e.name for e in iter_artifact(str(wheel), "w.whl")] == ["w.whl!pkg/__init__.py", "w.whl!pkg/data.zip!config/settings.ini"]
    assert [e.name for e in iter_artifact(str(sdist), "s.tar.gz")] == ["s.tar.gz!pkg-1.0/.env", "s.tar.gz!pkg-1.0/inner.tar.gz!x.txt"]


def test_a_clean_artifact_yields_exactly_its_members() -> None:
    assert members(read(small_wheel())) == [("a.whl!pkg/__init__.py", b""),
                                           ("a.whl!pkg/settings.py", b"DEBUG = False\nNAME = 'pkg'\n"),
                                           ("a.whl!pkg-1.0.dist-info/METADATA", b"Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n")]
    events = read(small_sdist(), "s.tar.gz")
    assert all(isinstance(event, Member) for event in events)
    assert [name for name, _ in members(events)] == ["s.tar.gz!pkg-1.0/PKG-INFO", "s.tar.gz!pkg-1.0/pkg/__init__.py",
                                                     "s.tar.gz!pkg-1.0/pkg/settings.py"]


def test_pyc_members_become_their_string_constants(tmp_path: Path) -> None:
    import marshal

    from importlib.util import MAGIC_NUMBER

    code = compile(f"TOKEN = {TOKEN!r}\n", "m.py", "exec")
    pyc = MAGIC_NUMBER + b"\x00" * 12 + marshal.dumps(code)
    wheel = make_zip(tmp_path / "p.whl", {"p/m.pyc": pyc})
    (event,) = list(iter_artifact(str(wheel)))
    assert isinstance(event, Member) and event.name.endswith("!p/m.pyc") and event.overlapping
    assert TOKEN.encode() in event.data.split(b"\n")


def test_a_pyc_member_without_a_pyc_header_is_its_bytes(tmp_path: Path) -> None:
    text = b"# not compiled at all\n" + SECRET_LINE
    wheel = make_zip(tmp_path / "p.whl", {"p/conf.pyc": text})
    assert list(iter_artifact(str(wheel))) == [Member(f"{wheel}!p/conf.pyc", text)]


def test_no_signal_travels_in_data_a_member_is_yielded_whatever_its_bytes() -> None:
    # secretfence once marked unreadable nested archives with these bytes inside the data stream.
    data = b"\x00secretfence-unreadable-archive\x00\n" + SECRET_LINE
    assert read(zip_bytes({"p/data.bin": data})) == [Member("a.whl!p/data.bin", data)]
    assert not hasattr(archives, "UNREADABLE_MARK")


@pytest.mark.parametrize("name", ["../evil.py", "/etc/passwd", "a/../../b.py", "C:\\windows\\x.py"])
def test_unsafe_member_paths_block(name: str) -> None:
    with pytest.raises(ArchiveError, match="has an unsafe path") as raised:
        read(zip_bytes({name: b"x"}))
    assert (raised.value.archive, raised.value.member) == ("a.whl", name)
    assert name not in raised.value.reason  # the name is a field of its own, never part of the reason


def test_tar_symlink_member_blocks() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        link = tarfile.TarInfo("p-1.0/passwd")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        archive.addfile(link)
    with pytest.raises(ArchiveError, match="is a symbolic link") as raised:
        read(buffer.getvalue(), "p.tar.gz")
    assert str(raised.value) == "p.tar.gz: member 'p-1.0/passwd' is a symbolic link: refusing to publish it"


def test_zip_symlink_member_blocks() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("p/link")
        info.external_attr = 0o120777 << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(ArchiveError, match="is a symbolic link"):
        read(buffer.getvalue())


def test_links_and_unsafe_paths_inside_a_nested_archive_are_data_and_scanned() -> None:
    """A nested archive is never unpacked by an installer: its traversal member is a test
    fixture; its bytes are scanned like any other member's, and nothing blocks or warns."""
    inner = tar_bytes({"foo/../escape.txt": SECRET_LINE, "ok.txt": b"fine\n"}, mode="w")
    events = read(tar_bytes({"p-1.0/tests/traversal.tar": inner}), "s.tar.gz")
    assert events == [Member("s.tar.gz!p-1.0/tests/traversal.tar!foo/../escape.txt", SECRET_LINE),
                      Member("s.tar.gz!p-1.0/tests/traversal.tar!ok.txt", b"fine\n")]


def test_zip_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("p/zeros.txt", "w") as member:
            chunk = b"\0" * MiB
            for _ in range(200):
                member.write(chunk)
    assert path.stat().st_size < MiB
    tracemalloc.start()
    try:
        with pytest.raises(ArchiveError, match="zip bomb"):
            list(iter_artifact(str(path)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * MiB  # the 200 MiB member was never inflated


def test_a_lying_declared_size_cannot_inflate_past_the_limits() -> None:
    raw = zip_bytes({"p/zeros.txt": bytes(8 * MiB)})
    lying = patch_entry(raw, 0, usize=100)  # declares 100 bytes: passes the declared-ratio check
    with pytest.raises(ArchiveError, match="expands .*:1: zip bomb"):
        read(lying)
    with pytest.raises(ArchiveError, match="expands past the scan limit"):
        read(patch_entry(zip_bytes({"p/x.txt": compressible(3 * MiB)}), 0, usize=100),
             limits=Limits(max_member_bytes=2 * MiB))


def test_overlapping_zip_entries_are_refused() -> None:
    raw = rebuild_directory(zip_bytes({"p/a.py": compressible(MiB)}), keep=[0], repeat=3)
    with pytest.raises(ArchiveError, match="overlap each other or the central directory: zip bomb"):
        read(raw)


def test_declared_sizes_over_the_limits_are_refused_before_reading() -> None:
    with pytest.raises(ArchiveError, match="declares 10737418240 bytes uncompressed: zip bomb"):
        read(declare_zip64_size(zip_bytes({"p/a.py": b"x = 1\n"}), 10 * 1024 * MiB))
    with pytest.raises(ArchiveError, match="is 10737418240 bytes, over the scan limit"):
        read(sparse_tar_bomb(10 * 1024 * MiB), "s.tar.gz")


@pytest.mark.parametrize("suffix", ["whl", "tar.gz"])
def test_truncated_artifacts_are_unreadable_but_their_readable_part_is_scanned(suffix: str) -> None:
    contents = {f"p/m{i}.py": (f"x = {i}\n" * 400).encode() + bytes(range(256)) * 40 for i in range(5)}
    whole = zip_bytes(contents) if suffix == "whl" else tar_bytes(contents, mode="w")
    events = read(whole[: len(whole) // 2] if suffix == "whl" else gzip.compress(whole[: len(whole) // 2]), f"a.{suffix}")
    problems = damage(events)
    assert problems and all(blocking for _, _, blocking in problems)
    found = dict(members(events))
    # The first members are whole and readable: they were still scanned.
    assert found[f"a.{suffix}!p/m0.py" if suffix == "tar.gz" else "a.whl!<unlisted entry p/m0.py>"] == contents["p/m0.py"]


def test_a_tar_cut_inside_a_member_header_is_not_the_end_of_the_archive() -> None:
    whole = tar_bytes({"p/a.py": b"x = 1\n", "p/b.py": SECRET_LINE}, mode="w")
    events = read(gzip.compress(whole[: 1024 + 200]), "s.tar.gz")
    assert members(events)[0] == ("s.tar.gz!p/a.py", b"x = 1\n")
    assert damage(events) == [("s.tar.gz", "truncated: the tar stream ends before its end-of-archive marker", True)]


def test_a_tar_missing_its_end_marker_or_its_gzip_trailer_is_unreadable() -> None:
    whole = tar_bytes({"p/a.py": b"x = 1\n"}, mode="w")
    assert damage(read(gzip.compress(whole[:1024]), "s.tar.gz")) == [
        ("s.tar.gz", "truncated: the tar stream ends before its end-of-archive marker", True)]
    compressed = gzip.compress(whole)
    for cut in (compressed[:-1], compressed[:-8]):
        assert damage(read(cut, "s.tar.gz")) == [
            ("s.tar.gz", "truncated: the compressed data ends before its end-of-stream marker", True)]
    bad_trailer = compressed[:-8] + bytes(4) + compressed[-4:]
    ((_, reason, blocking),) = damage(read(bad_trailer, "s.tar.gz"))
    assert reason.startswith("corrupt compressed data (") and blocking


def test_a_damaged_tar_header_is_unreadable_and_reading_resumes_at_the_next_header() -> None:
    raw = bytearray(tar_bytes({"p/a.py": b"x = 1\n", "p/b.py": b"y = 2\n", "p/c.py": SECRET_LINE}, mode="w"))
    raw[1024 + 148: 1024 + 156] = b"9999999\0"  # b.py's header checksum
    events = read(gzip.compress(bytes(raw)), "s.tar.gz")
    assert damage(events) == [("s.tar.gz", "damaged: a corrupt tar header where a member or the end of the archive should be", True)]
    found = members(events)
    assert found[0] == ("s.tar.gz!p/a.py", b"x = 1\n")
    assert found[1][0] == "s.tar.gz!<rest of the damaged archive at 1024>" and b"y = 2" in found[1][1]
    assert found[2] == ("s.tar.gz!p/c.py", SECRET_LINE)


def test_bytes_after_the_tar_end_and_after_the_compressed_stream_are_scanned() -> None:
    whole = tar_bytes({"p/a.py": b"x = 1\n"}, mode="w")
    after_end = members(read(gzip.compress(whole + SECRET_LINE), "s.tar.gz"))
    assert after_end[-1] == ("s.tar.gz!<data after end of archive>", SECRET_LINE)
    after_stream = members(read(gzip.compress(whole) + SECRET_LINE, "s.tar.gz"))
    assert after_stream[-1] == ("s.tar.gz!<data after the compressed stream>", SECRET_LINE)
    # Zero padding is not data: a clean artifact has no pseudo-members.
    assert [name for name, _ in members(read(gzip.compress(whole) + bytes(512), "s.tar.gz"))] == ["s.tar.gz!p/a.py"]


def test_concatenated_gzip_streams_are_one_tarball() -> None:
    whole = tar_bytes({"p/a.py": b"x = 1\n", "p/b.py": SECRET_LINE}, mode="w")
    events = read(gzip.compress(whole[:700]) + gzip.compress(whole[700:]), "s.tar.gz")
    assert members(events) == [("s.tar.gz!p/a.py", b"x = 1\n"), ("s.tar.gz!p/b.py", SECRET_LINE)]


def test_zip_comments_are_scanned() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("p/a.py")
        info.comment = b"entry: " + SECRET_LINE
        archive.writestr(info, b"x = 1\n")
        archive.comment = b"archive: " + SECRET_LINE
    assert members(read(buffer.getvalue())) == [("a.whl!p/a.py", b"x = 1\n"),
                                               ("a.whl!<comment of p/a.py>", b"entry: " + SECRET_LINE),
                                               ("a.whl!<zip comment>", b"archive: " + SECRET_LINE)]


def test_zip_entries_no_directory_points_to_are_scanned() -> None:
    raw = rebuild_directory(zip_bytes({"p/__init__.py": b"", "p/_secret.py": SECRET_LINE}), keep=[0])
    assert members(read(raw)) == [("a.whl!p/__init__.py", b""), ("a.whl!<unlisted entry p/_secret.py>", SECRET_LINE)]


def test_an_encrypted_entry_is_refused_listed_or_not() -> None:
    raw = zip_bytes({"p/__init__.py": b"", "p/_secret.py": SECRET_LINE})
    encrypted = patch_entry(raw, 1, flags=directory_entries(raw)[1][1][3] | 0x1)
    with pytest.raises(ArchiveError) as listed:
        read(encrypted)
    assert str(listed.value) == "a.whl: member 'p/_secret.py' is encrypted and cannot be scanned"
    with pytest.raises(ArchiveError) as unlisted:
        read(rebuild_directory(encrypted, keep=[0]))
    assert str(unlisted.value) == "a.whl: member '<unlisted entry p/_secret.py>' is encrypted and cannot be scanned"


def test_bytes_no_zip_structure_accounts_for_are_scanned() -> None:
    wheel = small_wheel()
    assert ("a.whl!<bytes outside the zip entries at 0>", SECRET_LINE) in members(read(SECRET_LINE + wheel))
    end = wheel.rfind(b"PK\x05\x06")
    directory = directory_entries(wheel)[0][0]
    hidden = wheel[:directory] + SECRET_LINE + wheel[directory:]  # between the last entry and the directory
    found = members(iter_artifact_bytes(io.BytesIO(_shift_directory(hidden, end, len(SECRET_LINE))), "a.whl"))
    assert (f"a.whl!<bytes outside the zip entries at {directory}>", SECRET_LINE) in found


def _shift_directory(raw: bytes, old_end: int, shift: int) -> bytes:
    import struct

    data = bytearray(raw)
    end = old_end + shift
    offset = struct.unpack_from("<L", data, end + 16)[0]
    struct.pack_into("<L", data, end + 16, offset + shift)
    return bytes(data)


def test_a_zip_directory_entry_with_data_is_scanned() -> None:
    assert members(read(zip_bytes({"p/": SECRET_LINE}))) == [("a.whl!p/", SECRET_LINE)]


def test_a_bad_crc_is_damage_but_every_member_is_still_scanned() -> None:
    raw = zip_bytes({"ok.txt": b"fine\n", "creds.txt": SECRET_LINE})
    bad = patch_entry(raw, 1, crc=directory_entries(raw)[1][1][7] ^ 1)
    events = read(bad)
    assert members(events) == [("a.whl!ok.txt", b"fine\n"), ("a.whl!creds.txt", SECRET_LINE)]
    assert damage(events) == [("a.whl!creds.txt", "has a bad CRC-32", True)]
    (problem,) = [event for event in events if isinstance(event, Unreadable)]
    assert problem.message() == "a.whl: member 'creds.txt' has a bad CRC-32"
    nested = read(zip_bytes({"p/fixtures.zip": bad}))
    assert damage(nested) == [("a.whl!p/fixtures.zip!creds.txt", "has a bad CRC-32", False)]  # a warning inside
    assert ("a.whl!p/fixtures.zip!creds.txt", SECRET_LINE) in members(nested)


def test_a_damaged_nested_archive_is_a_warning_and_its_readable_part_is_scanned() -> None:
    truncated_tar = tar_bytes({"a.txt": SECRET_LINE, "b.txt": b"y" * 4000}, mode="w")[:2048]
    events = read(zip_bytes({"p/fixtures.tar": truncated_tar}))
    assert members(events) == [("a.whl!p/fixtures.tar!a.txt", SECRET_LINE),
                               ("a.whl!p/fixtures.tar!b.txt", b"y" * 512)]  # the part of b.txt that is there, once
    assert damage(events) == [("a.whl!p/fixtures.tar!b.txt", "is truncated", False)]
    no_directory = zip_bytes({"a.txt": b"x\n", "creds.txt": SECRET_LINE})[:-60]
    events = read(zip_bytes({"p/fixtures.zip": no_directory}))
    found = members(events)
    assert found[:2] == [("a.whl!p/fixtures.zip!<unlisted entry a.txt>", b"x\n"),
                         ("a.whl!p/fixtures.zip!<unlisted entry creds.txt>", SECRET_LINE)]
    # What is left of the central directory holds names and comments: scanned as it is.
    assert found[2][0].startswith("a.whl!p/fixtures.zip!<bytes outside the zip entries at ")
    assert found[2][1].startswith(b"PK\x01\x02") and len(found) == 3
    assert damage(events) == [("a.whl!p/fixtures.zip", "has no readable central directory: truncated or damaged", False)]


def test_a_nested_member_that_only_looks_like_an_archive_is_scanned_as_it_is() -> None:
    fake = b"\x1f\x8b\x08 not really gzip " + SECRET_LINE
    events = read(zip_bytes({"p/fixture.gz": fake}))
    assert members(events) == [("a.whl!p/fixture.gz", fake)]
    assert damage(events)[0][0] == "a.whl!p/fixture.gz" and not damage(events)[0][2]
    assert members(read(zip_bytes({"p/not-a-wheel.whl": SECRET_LINE}))) == [("a.whl!p/not-a-wheel.whl", SECRET_LINE)]


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress], ids=["gzip", "bzip2", "xz"])
def test_compressed_members_are_found_by_their_magic_bytes_not_their_names(compress) -> None:  # type: ignore[no-untyped-def]
    assert members(read(zip_bytes({"p/blob.bin": compress(SECRET_LINE)}))) == [("a.whl!p/blob.bin!blob.bin.data", SECRET_LINE)]


def test_single_gzip_file_is_decompressed_and_scanned() -> None:
    data = f'{{"t": "{TOKEN}"}}'.encode()
    assert members(read(zip_bytes({"p/data.json.gz": gzip.compress(data)}))) == [("a.whl!p/data.json.gz!data.json", data)]


def test_free_form_pax_records_are_scanned() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("p/a.py")
        info.size = 6
        info.pax_headers = {"comment": TOKEN}
        archive.addfile(info, io.BytesIO(b"x = 1\n"))
    assert members(read(buffer.getvalue(), "s.tar.gz")) == [("s.tar.gz!<pax header of p/a.py>", f"comment={TOKEN}\n".encode()),
                                                           ("s.tar.gz!p/a.py", b"x = 1\n")]


def test_unsupported_type_blocks(tmp_path: Path) -> None:
    path = tmp_path / "pkg.whl"
    path.write_text("not an archive at all")
    with pytest.raises(ArchiveError, match="not a zip or tar archive"):
        list(iter_artifact(str(path)))


@pytest.mark.parametrize("kind", ["fifo", "directory", "device"])
def test_only_regular_files_are_opened(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "p.whl"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    else:
        path = Path("/dev/null")
    expected = {"fifo": "a named pipe (FIFO)", "directory": "a directory", "device": "a character device"}[kind]
    with pytest.raises(ArchiveError) as raised:
        list(iter_artifact(str(path), "p.whl"))  # a FIFO would block here forever if it were opened
    assert str(raised.value) == f"p.whl: is {expected}, not a regular file: not an artifact"


def test_member_names_are_shown_on_one_line() -> None:
    events = read(tar_bytes({"p/evil\nname\x1b.txt": b"x"}), "s.tar.gz")
    assert members(events) == [("s.tar.gz!p/evil\\x0aname\\x1b.txt", b"x")]


def test_ten_thousand_tiny_members_stream_in_bounded_memory(tmp_path: Path) -> None:
    contents = {f"p/data/f{i:05}.txt": b"ok\n" for i in range(10_000)}
    contents["p/data/zz-last.txt"] = SECRET_LINE
    path = make_zip(tmp_path / "many.whl", contents)
    tracemalloc.start()
    try:
        names = [event.name for event in iter_artifact(str(path))]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(names) == 10_001 and names[-1].endswith("zz-last.txt")
    assert peak < 64 * MiB
    with pytest.raises(ArchiveError, match="more than 5000"):
        list(iter_artifact(str(path), limits=Limits(max_members=5000)))


def test_nested_members_stream_one_at_a_time() -> None:
    """A nested archive's own bytes are held while it is read, its members never all at once."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(8):
            archive.writestr(f"part{index}.txt", compressible(8 * MiB, seed=index))
    outer = zip_bytes({"p/data.zip": inner.getvalue()}, zipfile.ZIP_STORED)
    tracemalloc.start()
    try:
        peak_between = 0
        count = 0
        for event in iter_artifact_bytes(io.BytesIO(outer), "a.whl"):
            count += 1
            del event
            peak_between = max(peak_between, tracemalloc.get_traced_memory()[1])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 8
    assert peak < 40 * MiB  # 64 MiB of members in all; one (8 MiB, plus its inflation) at a time


def test_nesting_depth_is_bounded() -> None:
    data = b"x"
    for level in range(6):
        data = zip_bytes({f"level{level}.zip" if level else "leaf.txt": data})
    with pytest.raises(ArchiveError, match="nested more than 4 deep"):
        read(data)


# --- second review: contents of files, compressions, header bytes ---------------------------------


def test_a_file_that_is_no_archive_is_itself() -> None:
    data = b"TOKEN = 'x'\n"
    assert list(archives.iter_contents("src/settings.py", data)) == [Member("src/settings.py", data)]


def test_an_archive_file_is_its_members_and_its_damage_never_blocks() -> None:
    whole = tar_bytes({"a.txt": SECRET_LINE, "b.txt": b"y" * 4000}, mode="w")
    events = list(archives.iter_contents("fixtures/t.tar", whole[:2048]))
    assert members(events) == [("fixtures/t.tar!a.txt", SECRET_LINE), ("fixtures/t.tar!b.txt", b"y" * 512)]
    assert damage(events) == [("fixtures/t.tar!b.txt", "is truncated", False)]


def test_an_archive_file_nothing_of_which_reads_is_scanned_as_its_bytes() -> None:
    data = b"\x1f\x8b\x08" + b"\xff" * 20  # a gzip magic, then nothing that inflates
    events = list(archives.iter_contents("fixtures/bad.gz", data))
    assert members(events) == [("fixtures/bad.gz", data)]
    assert [blocking for _, _, blocking in damage(events)] == [False]


def test_an_archive_file_is_refused_as_an_artifact_would_be() -> None:
    with pytest.raises(ArchiveError, match="archives nested more than 4 deep"):
        data = SECRET_LINE
        for level in range(6):
            data = zip_bytes({f"level{level}": data})
        list(archives.iter_contents("deep.zip", data))


def test_links_and_odd_paths_in_an_archive_file_are_data() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        link = tarfile.TarInfo("../escape")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        archive.addfile(link)
    events = list(archives.iter_contents("fixtures/links.tar", buffer.getvalue()))
    assert members(events) == [("fixtures/links.tar!<tar header of ../escape>", b"/etc/passwd\n")]


def test_zlib_stream_is_opened_only_when_it_inflates_whole() -> None:
    assert members(read(zip_bytes({"p/obj": zlib.compress(SECRET_LINE)}))) == [("a.whl!p/obj!obj.data", SECRET_LINE)]
    cut = zlib.compress(SECRET_LINE * 20)[:-6]
    assert members(read(zip_bytes({"p/obj": cut}))) == [("a.whl!p/obj", cut)]
    text = b"x^2 = y\n" + SECRET_LINE
    assert read(zip_bytes({"p/notes.txt": text})) == [Member("a.whl!p/notes.txt", text)]


def test_lzma_alone_is_opened_and_bounded() -> None:
    data = lzma.compress(SECRET_LINE, format=lzma.FORMAT_ALONE)
    assert members(read(zip_bytes({"p/x.lzma": data}))) == [("a.whl!p/x.lzma!x", SECRET_LINE)]
    huge = bytearray(data)
    huge[1:5] = (0xFFFFFFFF).to_bytes(4, "little")  # a 4 GiB dictionary: more memory than allowed
    huge[1:3] = b"\0\0"
    events = read(zip_bytes({"p/x.lzma": bytes(huge)}))
    assert [reason for _, reason, _ in damage(events)] == ["corrupt compressed data (Memory usage limit exceeded)"]


def test_user_and_group_names_are_scanned_once_per_archive() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name in ("p/a.py", "p/b.py", "p/c.py"):
            info = tarfile.TarInfo(name)
            info.uname, info.gname, info.size = "builder", "staff", 2
            archive.addfile(info, io.BytesIO(b"x\n"))
    names = [name for name, _ in members(read(buffer.getvalue(), "s.tar.gz"))]
    assert names == ["s.tar.gz!<tar header of p/a.py>", "s.tar.gz!p/a.py", "s.tar.gz!p/b.py", "s.tar.gz!p/c.py"]


def test_padding_after_a_member_is_scanned_and_zeros_are_not() -> None:
    raw = bytearray(tar_bytes({"p/a.py": b"x = 1\n", "p/b.py": b"y = 2\n"}, mode="w"))
    assert [name for name, _ in members(read(bytes(raw), "s.tar"))] == ["s.tar!p/a.py", "s.tar!p/b.py"]
    raw[512 + 6: 512 + 6 + len(SECRET_LINE)] = SECRET_LINE
    padding = (512 - 6 - len(SECRET_LINE)) * b"\0"
    assert members(read(bytes(raw), "s.tar")) == [("s.tar!p/a.py", b"x = 1\n"),
                                                  ("s.tar!<padding after p/a.py>", SECRET_LINE + padding),
                                                  ("s.tar!p/b.py", b"y = 2\n")]


def test_zip_extra_fields_holding_numbers_add_no_member() -> None:
    info = zipfile.ZipInfo("p/a.py")
    info.extra = struct.pack("<HHBl", 0x5455, 5, 1, 1_700_000_000)  # an extended timestamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(info, b"x = 1\n")
    assert members(read(buffer.getvalue())) == [("a.whl!p/a.py", b"x = 1\n")]


def test_tar_headers_are_bounded_like_members() -> None:
    """tarfile reads a pax header whole, whatever size it declares: over the member limit, refused."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("p/a.py")
        info.pax_headers = {"comment": "x" * 20_000}
        info.size = 6
        archive.addfile(info, io.BytesIO(b"x = 1\n"))
    assert members(read(buffer.getvalue(), "s.tar"))[0] == ("s.tar!<pax header of p/a.py>", b"comment=" + b"x" * 20_000 + b"\n")
    with pytest.raises(ArchiveError, match="has more than 16384 bytes of tar headers before a member's data"):
        read(buffer.getvalue(), "s.tar", Limits(max_member_bytes=16384))


def _sparse_sdist(sparse_map: bytes, stored: bytes, real_size: int) -> bytes:
    """A PAX 1.0 sparse member: `sparse_map` (its first block) then `stored`, shown as `real_size` bytes."""
    payload = sparse_map.ljust(512, b"\0") + stored
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("pkg-1.0/GNUSparseFile.0/data.txt")
        info.size = len(payload)
        info.pax_headers = {"GNU.sparse.major": "1", "GNU.sparse.minor": "0",
                            "GNU.sparse.name": "pkg-1.0/data.txt", "GNU.sparse.realsize": str(real_size)}
        archive.addfile(info, io.BytesIO(payload))
    return buffer.getvalue()


@pytest.mark.parametrize("sparse_map, real_size", [
    (b"1\n0\n6\n", 6),  # the map shows 6 of the stored bytes: the rest is data no reader shows
    (b"2\n0\n6\n0\n6\n", 6),  # two segments at one offset: the second one's bytes are never shown
    (b"1\n0\n200\n", 6),  # a real size shorter than the segment
])
def test_a_sparse_member_is_scanned_as_stored_not_as_its_map_shows_it(sparse_map: bytes, real_size: int) -> None:
    events = read(_sparse_sdist(sparse_map, b"hello\n" + SECRET_LINE, real_size), "s.tar.gz")
    assert not damage(events)
    assert any(SECRET_LINE in data for _, data in members(events))


@pytest.mark.parametrize("sparse_map", [
    b"1\n0\n6\n",  # the map's numbers, then a line in what fills its block
    b"1\n0\n6\n\0\0",  # after NULs
])
def test_a_pax_sparse_maps_block_is_scanned_as_stored(sparse_map: bytes) -> None:
    # A pax 1.0 sparse map is stored at the start of the member's data: tarfile reads it and starts
    # the data after its last block, so the rest of that block is neither the map nor the data.
    events = read(_sparse_sdist(sparse_map + SECRET_LINE, b"hello\n", 6), "s.tar.gz")
    assert not damage(events)
    assert any(SECRET_LINE.strip() in data for _, data in members(events))


def _gzip_with_header(data: bytes, flags: int, fields: bytes) -> bytes:
    """A gzip member whose header carries `fields` (RFC 1952's FEXTRA, FNAME, FCOMMENT, as `flags` says)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = compressor.compress(data) + compressor.flush()
    return (b"\x1f\x8b\x08" + bytes([flags]) + bytes(4) + b"\x00\xff" + fields + body
            + struct.pack("<II", zlib.crc32(data), len(data)))


@pytest.mark.parametrize("flags, fields", [
    (0x08, TOKEN.encode() + b"\0"),  # the file name
    (0x10, SECRET_LINE + b"\0"),  # the comment
    (0x04, struct.pack("<H", len(SECRET_LINE) + 4) + b"SF" + struct.pack("<H", len(SECRET_LINE)) + SECRET_LINE),
    (0x18, b"pkg-1.0.tar\0" + SECRET_LINE + b"\0"),  # the usual name, then a comment
])
def test_the_fields_of_a_gzip_header_are_scanned(flags: int, fields: bytes) -> None:
    # They ship in the sdist (and in every member of a multi-member gzip); no reader shows them.
    tar = tar_bytes({"pkg-1.0/PKG-INFO": b"Name: pkg\n"}, mode="w")
    for raw in (_gzip_with_header(tar, flags, fields), gzip.compress(tar) + _gzip_with_header(b"", flags, fields)):
        events = read(raw, "pkg-1.0.tar.gz")
        assert not damage(events)
        found = dict(members(events))
        assert TOKEN.encode() in found["pkg-1.0.tar.gz!<gzip header>"]
        assert b"pkg-1.0.tar" not in found["pkg-1.0.tar.gz!<gzip header>"]  # its own name says nothing
    # A gzip that names the file it holds, as gzip and tarfile write it, adds nothing.
    assert [name for name, _ in members(read(_gzip_with_header(tar, 0x08, b"pkg-1.0.tar\0"), "pkg-1.0.tar.gz"))] == [
        "pkg-1.0.tar.gz!pkg-1.0/PKG-INFO"]


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_zip_data_that_does_not_decompress_is_scanned_as_it_is(method: int) -> None:
    # A nested zip whose entry is stored text, its method field saying otherwise: the damage is a
    # warning (nested), and the bytes that did not decompress are scanned as they are.
    inner = bytearray(zip_bytes({"p/s.py": SECRET_LINE}, zipfile.ZIP_STORED))
    for signature, at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        struct.pack_into("<H", inner, inner.find(signature) + at, method)
    events = read(zip_bytes({"pkg/__init__.py": b"", "pkg/data.zip": bytes(inner)}))
    assert [(name, blocking) for name, _, blocking in damage(events)] == [("a.whl!pkg/data.zip!p/s.py", False)]
    assert dict(members(events))["a.whl!pkg/data.zip!<undecoded data of p/s.py>"] == SECRET_LINE
