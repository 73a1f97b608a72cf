"""Properties of the archive reader, over every truncation of small artifacts and over inputs
hypothesis makes up: a clean archive yields exactly its members; anything else yields events or
raises the reader's own ArchiveError (no other exception escapes); a cut artifact never reads as
clean; and check-dist never passes (exit 0) what the reader could not read whole."""
from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import lzma
import os
import tarfile
import tempfile
import zipfile
from pathlib import Path
from typing import Callable, Dict, List

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretfence.errors import ArchiveError
from secretfence.sources.archives import Limits, Member, Unreadable, iter_artifact_bytes
from tests.fuzz import examples
from tests.hostile.archives_cases import small_sdist, small_wheel, tar_bytes, zip_bytes

# Small limits keep hypothesis' bombs cheap; the properties do not depend on the figures.
LIMITS = Limits(max_members=2000, max_member_bytes=4 * 1024 * 1024, max_total_bytes=16 * 1024 * 1024)


def read(data: bytes, name: str) -> List[object]:
    return list(iter_artifact_bytes(io.BytesIO(data), name, LIMITS))


def outcome(data: bytes, name: str) -> str:
    """"clean", "damaged" (an Unreadable in the artifact itself) or "refused" (ArchiveError);
    any other exception fails the test that calls it."""
    try:
        events = read(data, name)
    except ArchiveError as error:
        assert "\n" not in str(error) and error.reason and error.archive
        return "refused"
    for event in events:
        assert isinstance(event, (Member, Unreadable)), event
        if isinstance(event, Member):
            assert isinstance(event.data, bytes) and "\n" not in event.name
        else:
            assert event.reason and "\n" not in event.message()
    return "damaged" if any(isinstance(event, Unreadable) and event.blocking for event in events) else "clean"


def _wheel_with_comment() -> bytes:
    return zip_bytes({"pkg/__init__.py": b"x = 1\n"}, comment=b"built by hand")


def _nested_sdist() -> bytes:
    return tar_bytes({"pkg-1.0/tests/data.zip": zip_bytes({"a.txt": b"fixture\n"}), "pkg-1.0/setup.py": b"x = 1\n"})


SMALL_ARTIFACTS: Dict[str, Callable[[], bytes]] = {
    "wheel": small_wheel,
    "wheel-with-comment": _wheel_with_comment,
    "sdist": small_sdist,
    "sdist-nested-zip": _nested_sdist,
    "sdist-bzip2": lambda: bz2.compress(tar_bytes({"pkg-1.0/a.py": b"x = 1\n"}, mode="w")),
    "sdist-xz": lambda: lzma.compress(tar_bytes({"pkg-1.0/a.py": b"x = 1\n"}, mode="w")),
}


@pytest.mark.parametrize("kind", sorted(SMALL_ARTIFACTS))
def test_every_truncation_of_a_small_artifact_is_unreadable(kind: str) -> None:
    whole = SMALL_ARTIFACTS[kind]()
    assert outcome(whole, "a") == "clean"
    passed = [cut for cut in range(len(whole)) if outcome(whole[:cut], "a") == "clean"]
    assert passed == [], f"{kind}: these truncations read as a clean artifact: {passed[:20]}"


def test_a_plain_tar_is_whole_once_its_end_marker_is() -> None:
    """The record padding after the two zero blocks is optional; everything before them is not."""
    whole = tar_bytes({"pkg-1.0/a.py": b"x = 1\n"}, mode="w")
    end_marker = 512 + 512 + 1024  # header, data block, two zero blocks
    assert [cut for cut in range(end_marker) if outcome(whole[:cut], "a") == "clean"] == []
    assert {outcome(whole[:cut], "a") for cut in range(end_marker, len(whole) + 1)} == {"clean"}


# --- hypothesis -------------------------------------------------------------------------------------

NAMES = st.from_regex(r"[a-z][a-z0-9_]{0,7}(/[a-z][a-z0-9_]{0,7}){0,2}\.(py|txt|cfg)", fullmatch=True)
# A leading "#" keeps a member from starting with an archive's magic bytes (those are opened).
CONTENTS = st.binary(max_size=3000).map(lambda data: b"#" + data)
MEMBERS = st.dictionaries(NAMES, CONTENTS, max_size=6)
KINDS = ["zip-stored", "zip-deflated", "zip-bzip2", "zip-lzma", "tar", "tar.gz", "tar.bz2", "tar.xz"]


def build(kind: str, members: Dict[str, bytes]) -> bytes:
    if kind.startswith("zip"):
        method = {"zip-stored": zipfile.ZIP_STORED, "zip-deflated": zipfile.ZIP_DEFLATED,
                  "zip-bzip2": zipfile.ZIP_BZIP2, "zip-lzma": zipfile.ZIP_LZMA}[kind]
        return zip_bytes(members, method)
    return tar_bytes(members, mode={"tar": "w", "tar.gz": "w:gz", "tar.bz2": "w:bz2", "tar.xz": "w:xz"}[kind],
                     format=tarfile.GNU_FORMAT)


@given(members=MEMBERS, kind=st.sampled_from(KINDS))
@settings(max_examples=examples(150), deadline=None)
def test_a_valid_archive_yields_exactly_its_members(members: Dict[str, bytes], kind: str) -> None:
    events = read(build(kind, members), "a")
    assert events == [Member(f"a!{name}", data) for name, data in members.items()]


PREFIXES = [b"", b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b\x08", b"BZh91AY&SY", b"\xfd7zXZ\x00", b"\x1f\x8b\x08\x00" + bytes(6)]


@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=4096), ustar=st.booleans())
@settings(max_examples=examples(300), deadline=None)
def test_any_bytes_yield_events_or_the_readers_own_error(prefix: bytes, body: bytes, ustar: bool) -> None:
    data = bytearray(prefix + body)
    if ustar and len(data) >= 262:
        data[257:262] = b"ustar"
    outcome(bytes(data), "a")  # asserts that nothing but ArchiveError escapes


@given(data=st.data())
@settings(max_examples=examples(300), deadline=None)
def test_a_mutated_archive_yields_events_or_the_readers_own_error(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(KINDS), label="kind")
    blob = bytearray(build(kind, data.draw(MEMBERS, label="members")))
    for _ in range(data.draw(st.integers(0, 4), label="changes")):
        at = data.draw(st.integers(0, len(blob) - 1), label="at")
        change = data.draw(st.sampled_from(["set", "insert", "delete"]), label="change")
        if change == "set":
            blob[at] = data.draw(st.integers(0, 255))
        elif change == "insert":
            blob[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        else:
            del blob[at: at + data.draw(st.integers(1, 64))]
        if not blob:
            blob = bytearray(b"\0")
    cut = data.draw(st.integers(1, len(blob)), label="cut")
    outcome(bytes(blob[:cut]), "a")


# What a damaged byte inside a nested archive may still trip: a limit or an unscannable member
# (a size or flag it now declares), which is refused, never passed.
REFUSALS = ("zip bomb?", "compression bomb?", "over the scan limit", "more than", "is encrypted", "compression method")


@given(data=st.data())
@settings(max_examples=examples(200), deadline=None)
def test_damage_inside_a_nested_archive_is_never_damage_of_the_artifact(data: st.DataObject) -> None:
    inner = bytearray(build(data.draw(st.sampled_from(KINDS)), data.draw(MEMBERS)))
    at = data.draw(st.integers(0, len(inner) - 1))
    inner[at] ^= data.draw(st.integers(1, 255))
    outer = zip_bytes({"pkg/fixture": bytes(inner), "pkg/ok.py": b"x = 1\n"})
    try:
        events = read(outer, "a")
    except ArchiveError as error:
        assert any(refusal in error.reason for refusal in REFUSALS), str(error)
        return
    assert not [event for event in events if isinstance(event, Unreadable) and event.blocking]
    assert Member("a!pkg/ok.py", b"x = 1\n") in events


@given(data=st.data())
@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_check_dist_never_passes_what_the_reader_could_not_read(data: st.DataObject) -> None:
    """Through the whole command: exit 0 only when the reader read the artifact whole, and never
    an internal error (an exception swallowed into a pass, or a traceback)."""
    from secretfence.cli import main

    kind = data.draw(st.sampled_from(["zip-deflated", "tar.gz"]))
    blob = bytearray(build(kind, data.draw(MEMBERS)))
    for _ in range(data.draw(st.integers(0, 3))):
        blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    blob = blob[: data.draw(st.integers(1, len(blob)))]
    name = "pkg-1.0-py3-none-any.whl" if kind.startswith("zip") else "pkg-1.0.tar.gz"
    expected = outcome(bytes(blob), name)
    with tempfile.TemporaryDirectory() as directory, _inside(directory):
        Path("dist").mkdir()
        Path("dist", name).write_bytes(bytes(blob))
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["check-dist", "dist"])
    assert "internal error" not in err.getvalue() and "Traceback" not in err.getvalue()
    assert code in (0, 1, 2)
    if expected != "clean":
        assert code == 2, (expected, out.getvalue())


@contextlib.contextmanager
def _inside(directory: str):  # type: ignore[no-untyped-def]
    previous = os.getcwd()
    os.chdir(directory)
    try:
        yield
    finally:
        os.chdir(previous)


def test_gzip_member_boundaries_are_not_mistaken_for_the_end() -> None:
    """A gzip file of several members (as `cat a.gz b.gz` makes) is one stream of data."""
    whole = tar_bytes({"pkg-1.0/a.py": b"x = 1\n", "pkg-1.0/b.py": b"y = 2\n"}, mode="w")
    for split in range(0, len(whole), 97):
        joined = gzip.compress(whole[:split]) + gzip.compress(whole[split:])
        assert outcome(joined, "a") == "clean", split
