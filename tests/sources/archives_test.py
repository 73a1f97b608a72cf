"""Artifacts are read in memory, member by member; hostile ones fail closed with one-line reasons."""
from __future__ import annotations

import io
import tarfile
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from secretfence.errors import ArchiveError
from secretfence.sources.archives import Limits, iter_artifact

TOKEN = "5174039793:AAOYElGOH3iVvM4K6YKbtgsGmd8sFcGGkmz"


def make_zip(path: Path, members: dict) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def make_tar(path: Path, members: dict, mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_members_and_nested_archives_are_named_with_bang(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("config/settings.ini", "token = x\n")
    wheel = make_zip(tmp_path / "pkg-1.0-py3-none-any.whl", {"pkg/__init__.py": b"", "pkg/data.zip": inner.getvalue()})
    sdist = make_tar(tmp_path / "pkg-1.0.tar.gz", {"pkg-1.0/.env": b"A=1\n", "pkg-1.0/inner.tar.gz": make_tar(tmp_path / "i.tgz", {"x.txt": b"x"}).read_bytes()})
    assert [name for name, _ in iter_artifact(str(wheel), "w.whl")] == ["w.whl!pkg/__init__.py", "w.whl!pkg/data.zip!config/settings.ini"]
    assert [name for name, _ in iter_artifact(str(sdist), "s.tar.gz")] == ["s.tar.gz!pkg-1.0/.env", "s.tar.gz!pkg-1.0/inner.tar.gz!x.txt"]


def test_pyc_members_become_their_string_constants(tmp_path: Path) -> None:
    import marshal

    code = compile(f"TOKEN = {TOKEN!r}\n", "m.py", "exec")
    pyc = b"\x00" * 16 + marshal.dumps(code)
    wheel = make_zip(tmp_path / "p.whl", {"p/m.pyc": pyc})
    ((name, data),) = list(iter_artifact(str(wheel)))
    assert name.endswith("!p/m.pyc")
    assert TOKEN.encode() in data.split(b"\n")


@pytest.mark.parametrize("name", ["../evil.py", "/etc/passwd", "a/../../b.py", "C:\\windows\\x.py"])
def test_unsafe_member_paths_block(tmp_path: Path, name: str) -> None:
    archive = make_zip(tmp_path / "p.whl", {name: b"x"})
    with pytest.raises(ArchiveError, match="unsafe member path"):
        list(iter_artifact(str(archive)))


def test_tar_symlink_member_blocks(tmp_path: Path) -> None:
    path = tmp_path / "p-1.0.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        link = tarfile.TarInfo("p-1.0/passwd")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        archive.addfile(link)
    with pytest.raises(ArchiveError, match="is a symbolic link"):
        list(iter_artifact(str(path)))


def test_zip_symlink_member_blocks(tmp_path: Path) -> None:
    path = tmp_path / "p.whl"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("p/link")
        info.external_attr = (0o120777 << 16)
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(ArchiveError, match="is a symbolic link"):
        list(iter_artifact(str(path)))


def test_zip_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("p/zeros.txt", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(200):
                member.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ArchiveError, match="zip bomb"):
            list(iter_artifact(str(path)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024  # the 200 MiB member was never inflated


@pytest.mark.parametrize("suffix", ["whl", "tar.gz"])
def test_truncated_archives_block(tmp_path: Path, suffix: str) -> None:
    members = {f"p/m{i}.py": (f"x = {i}\n" * 400).encode() + bytes(range(256)) * 40 for i in range(5)}
    whole = (make_zip if suffix == "whl" else make_tar)(tmp_path / f"whole.{suffix}", members)
    cut = tmp_path / f"cut.{suffix}"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ArchiveError, match="corrupt or truncated"):
        list(iter_artifact(str(cut)))


def test_unsupported_type_blocks(tmp_path: Path) -> None:
    path = tmp_path / "pkg.whl"
    path.write_text("not an archive at all")
    with pytest.raises(ArchiveError, match="not a zip or tar archive"):
        list(iter_artifact(str(path)))


def test_ten_thousand_tiny_members_stream_in_bounded_memory(tmp_path: Path) -> None:
    members = {f"p/data/f{i:05}.txt": b"ok\n" for i in range(10_000)}
    members["p/data/zz-last.txt"] = f"token {TOKEN}\n".encode()
    path = make_zip(tmp_path / "many.whl", members)
    tracemalloc.start()
    try:
        names = [name for name, _ in iter_artifact(str(path))]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(names) == 10_001 and names[-1].endswith("zz-last.txt")
    assert peak < 64 * 1024 * 1024
    with pytest.raises(ArchiveError, match="more than 5000"):
        list(iter_artifact(str(path), limits=Limits(max_members=5000)))


def test_nesting_depth_is_bounded(tmp_path: Path) -> None:
    data = b"x"
    for level in range(6):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(f"level{level}.zip" if level else "leaf.txt", data)
        data = buffer.getvalue()
    path = tmp_path / "deep.whl"
    path.write_bytes(data)
    with pytest.raises(ArchiveError, match="nested more than 4 deep"):
        list(iter_artifact(str(path)))


def test_hostile_names_inside_a_nested_fixture_warn_instead_of_blocking(tmp_path: Path) -> None:
    from secretfence.sources.archives import UNREADABLE_MARK

    inner = make_tar(tmp_path / "traversal.tar", {"foo/../escape.txt": b"x", "ok.txt": f"t {TOKEN}\n".encode()}, mode="w")
    sdist = make_tar(tmp_path / "p-1.0.tar.gz", {"p-1.0/tests/traversal.tar": inner.read_bytes()})
    members = list(iter_artifact(str(sdist), "s.tar.gz"))
    assert [name for name, _ in members] == ["s.tar.gz!p-1.0/tests/traversal.tar!foo/../escape.txt",
                                             "s.tar.gz!p-1.0/tests/traversal.tar!ok.txt"]
    assert members[0][1].startswith(UNREADABLE_MARK) and b"unsafe member path" in members[0][1]
    assert TOKEN.encode() in members[1][1]  # the rest of the nested archive is still scanned


def test_single_gzip_file_is_decompressed_and_scanned(tmp_path: Path) -> None:
    import gzip

    wheel = make_zip(tmp_path / "p.whl", {"p/data.json.gz": gzip.compress(f'{{"t": "{TOKEN}"}}'.encode())})
    assert list(iter_artifact(str(wheel), "w.whl")) == [("w.whl!p/data.json.gz!data.json", f'{{"t": "{TOKEN}"}}'.encode())]
