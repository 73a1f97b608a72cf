"""sources/sniff.py: the scan's fast path for bytes that are no archive. Whatever `is_plain`
lets through must be exactly what archives.iter_contents would have yielded (the bytes, as they
are, under their own name); every container archives opens must be sent to it."""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import py_compile
import random
import sqlite3
import tarfile
import zipfile
import zlib
from pathlib import Path
from typing import Dict, List

import pytest

from secretfence.sources.archives import Member, iter_contents
from secretfence.sources.sniff import is_plain

TEXT = b'"""A module."""\nimport os\n\nVALUE = 1\nURL = "https://example.com/1"\n' * 20


def containers(tmp_path: Path) -> Dict[str, bytes]:
    """One of each thing archives opens, built here."""
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("a.py", TEXT)
    tarred = io.BytesIO()
    with tarfile.open(fileobj=tarred, mode="w", format=tarfile.GNU_FORMAT) as archive:
        info = tarfile.TarInfo("a.py")
        info.size = len(TEXT)
        archive.addfile(info, io.BytesIO(TEXT))
    database = tmp_path / "cache.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE t (v TEXT)")
    source = tmp_path / "m.py"
    source.write_bytes(TEXT)
    compiled = tmp_path / "m.pyc"
    py_compile.compile(str(source), cfile=str(compiled), doraise=True)
    return {
        "a.zip": zipped.getvalue(),
        "a.tar": tarred.getvalue(),
        "a.gz": gzip.compress(TEXT),
        "a.bz2": bz2.compress(TEXT),
        "a.xz": lzma.compress(TEXT),
        "a.lzma": lzma.compress(TEXT, format=lzma.FORMAT_ALONE),
        "a.zlib": zlib.compress(TEXT),
        "a.pack": b"PACK\0\0\0\x02\0\0\0\0",
        "cache.sqlite3": database.read_bytes(),
        "m.pyc": compiled.read_bytes(),
        "text.pyc": TEXT,  # a .pyc that is none: archives decides that
    }


def test_every_container_goes_to_the_readers(tmp_path: Path) -> None:
    for name, data in containers(tmp_path).items():
        assert not is_plain(name, data), name


def plain_candidates(tmp_path: Path) -> List[bytes]:
    """Text, near misses of every magic (each container's head with one byte changed or cut),
    and random bytes."""
    shaken = random.Random(17)
    found = [b"", b"x", TEXT, b"x^ starts like a zlib header\n" + TEXT, b"PK\x03", b"\x1f\x8b", b"BZh9",
             b"a" * 148 + b"00012345" + b"a" * 400]  # digits where a tar checksum would be
    for data in containers(tmp_path).values():
        for cut in (1, 2, 5, 12, 300):
            found.append(data[:cut])
        for _ in range(40):
            changed = bytearray(data[:600])
            changed[shaken.randrange(len(changed))] = shaken.randrange(256)
            found.append(bytes(changed))
    found += [bytes(shaken.randrange(256) for _ in range(shaken.randrange(1, 700))) for _ in range(400)]
    return found


def test_what_passes_as_plain_is_what_the_readers_yield_as_it_is(tmp_path: Path) -> None:
    passed = 0
    for data in plain_candidates(tmp_path):
        if is_plain("f.txt", data):
            passed += 1
            assert list(iter_contents("f.txt", data)) == [Member("f.txt", data)], data[:40]
    assert passed > 400  # most candidates are plain: the property was checked on them


@pytest.mark.parametrize("name", ["pkg/__pycache__/m.cpython-311.pyc", "m.pyc"])
def test_a_pyc_name_is_left_to_the_readers_whatever_it_holds(name: str) -> None:
    assert not is_plain(name, TEXT)
