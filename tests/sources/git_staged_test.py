"""Staged blobs (secretfence.sources.git_staged.read): a blob `git add` wrote as a loose object is
read from its file, without a `git cat-file` process; in every other case, and wherever git could
answer otherwise (a replacement ref), cat-file reads it. Either way the bytes are git's own."""
from __future__ import annotations

import os
import subprocess
import tracemalloc
import zlib
from pathlib import Path
from typing import List

import pytest

from secretfence.errors import UnreadableInputError
from secretfence.sources import git, git_staged
from tests.conftest import git as run_git
from tests.conftest import write

_CONTENT = 'API_URL = "https://example.com"\nVALUE = 1\n'


def _read(repo: Path, *names: str) -> List[bytes]:
    plan = git_staged.staged(list(names), str(repo))
    assert plan.errors == {}
    return [data for _, data, error in git_staged.read(plan.entries, str(repo)) if not error]


def _cat_file_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(top: str) -> None:
        raise AssertionError("git cat-file started")

    monkeypatch.setattr(git_staged, "_cat_file", refused)


def _cat_file(repo: Path, sha: str) -> bytes:
    return subprocess.run(["git", "cat-file", "blob", sha], cwd=repo, check=True, capture_output=True).stdout


def _sha(repo: Path, name: str) -> str:
    return run_git(repo, "ls-files", "-s", name).split()[1]


def test_a_loose_blob_is_read_from_its_file(temp_git_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(temp_git_dir / "settings.py", _CONTENT)
    (temp_git_dir / "empty.txt").write_bytes(b"")
    (temp_git_dir / "image.bin").write_bytes(bytes(range(256)) * 64)
    run_git(temp_git_dir, "add", ".")
    _cat_file_refused(monkeypatch)
    names = ["settings.py", "empty.txt", "image.bin"]
    assert _read(temp_git_dir, *names) == [_cat_file(temp_git_dir, _sha(temp_git_dir, name)) for name in names]


def test_a_packed_blob_is_read_by_cat_file(temp_git_dir: Path) -> None:
    write(temp_git_dir / "settings.py", _CONTENT)
    run_git(temp_git_dir, "add", ".")
    run_git(temp_git_dir, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one")
    run_git(temp_git_dir, "gc", "-q", "--prune=now")
    objects = git.loose_object_directory(str(temp_git_dir))
    assert objects is not None
    sha = _sha(temp_git_dir, "settings.py")
    assert not (Path(objects) / sha[:2] / sha[2:]).exists()
    assert _read(temp_git_dir, "settings.py") == [_CONTENT.encode()]


def _commit(repo: Path, message: str) -> None:
    run_git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", message)


@pytest.mark.parametrize("packed", [False, True])
def test_a_replaced_blob_is_read_as_the_commit_records_it(temp_git_dir: Path, packed: bool) -> None:
    """A replacement ref (`git replace`) makes `git cat-file` answer another blob for a staged one,
    but the commit records the staged blob and a push carries it (pack-objects ignores
    replacements): the staged blob is what is read, from its loose object or from a pack."""
    write(temp_git_dir / "settings.py", _CONTENT)
    write(temp_git_dir / "other.py", "OTHER = 2\n")
    run_git(temp_git_dir, "add", ".")
    if packed:
        _commit(temp_git_dir, "one")
        run_git(temp_git_dir, "gc", "-q", "--prune=now")
    run_git(temp_git_dir, "replace", _sha(temp_git_dir, "settings.py"), _sha(temp_git_dir, "other.py"))
    assert _cat_file(temp_git_dir, _sha(temp_git_dir, "settings.py")) == b"OTHER = 2\n"  # (git's answer)
    assert _read(temp_git_dir, "settings.py") == [_CONTENT.encode()]
    run_git(temp_git_dir, "pack-refs", "--all")  # the replacement ref in packed-refs only
    assert _read(temp_git_dir, "settings.py") == [_CONTENT.encode()]


def test_a_replaced_head_does_not_hide_a_staged_file(temp_git_dir: Path) -> None:
    """HEAD's commit replaced by one whose tree already holds the staged file: `git diff-index
    --cached HEAD` would compare the index with that tree and list nothing, while the commit adds
    the file to the real HEAD's tree. Every staged change is listed against the real HEAD."""
    write(temp_git_dir / "benign.py", "VALUE = 1\n")
    run_git(temp_git_dir, "add", ".")
    _commit(temp_git_dir, "base")
    base = run_git(temp_git_dir, "rev-parse", "HEAD").strip()
    write(temp_git_dir / "settings.py", _CONTENT)
    run_git(temp_git_dir, "add", "settings.py")
    tree = run_git(temp_git_dir, "write-tree").strip()
    fake = run_git(temp_git_dir, "-c", "user.name=t", "-c", "user.email=t@t", "commit-tree", tree, "-p", base, "-m", "fake").strip()
    run_git(temp_git_dir, "replace", base, fake)
    write(temp_git_dir / "benign.py", "VALUE = 2\n")
    run_git(temp_git_dir, "add", "benign.py")
    plan = git_staged.staged([], str(temp_git_dir))
    assert [entry.name for entry in plan.entries] == ["benign.py", "settings.py"]
    assert [data for _, data, _ in git_staged.read(plan.entries, str(temp_git_dir))][1] == _CONTENT.encode()


def test_a_damaged_loose_object_is_left_to_cat_file(temp_git_dir: Path) -> None:
    write(temp_git_dir / "settings.py", _CONTENT)
    run_git(temp_git_dir, "add", ".")
    sha = _sha(temp_git_dir, "settings.py")
    path = temp_git_dir / ".git" / "objects" / sha[:2] / sha[2:]
    path.chmod(0o644)
    objects = str(temp_git_dir / ".git" / "objects")
    for damaged in (b"not deflated", zlib.compress(b"tree 4\0abcd"), zlib.compress(b"blob 9999\0" + _CONTENT.encode()),
                    zlib.compress(b"blob 3\0" + _CONTENT.encode()), zlib.compress(b"blob\0")):
        path.write_bytes(damaged)
        assert git_staged._loose_blob(objects, sha) is None
    # (cat-file's own answer, for the two it refuses outright; one that declares more than it
    # holds, cat-file announces and never sends)
    for damaged in (b"not deflated", zlib.compress(b"tree 4\0abcd")):
        path.write_bytes(damaged)
        with pytest.raises(UnreadableInputError):
            _read(temp_git_dir, "settings.py")


def test_a_header_git_refuses_is_left_to_cat_file(temp_git_dir: Path) -> None:
    """git reads a loose object's size only in its canonical form (no leading zero): the content
    behind `blob 0<size>` is no blob to git, which refuses it; so does the hook."""
    write(temp_git_dir / "settings.py", _CONTENT)
    run_git(temp_git_dir, "add", ".")
    sha = _sha(temp_git_dir, "settings.py")
    path = temp_git_dir / ".git" / "objects" / sha[:2] / sha[2:]
    path.chmod(0o644)
    path.write_bytes(zlib.compress(b"blob 0%d\0" % len(_CONTENT) + _CONTENT.encode()))
    assert git_staged._loose_blob(str(temp_git_dir / ".git" / "objects"), sha) is None
    with pytest.raises(UnreadableInputError):
        _read(temp_git_dir, "settings.py")


def test_a_size_beyond_a_machine_word_is_left_to_cat_file(temp_git_dir: Path) -> None:
    """A header's size too large for zlib's output limit: no internal error (OverflowError), but
    cat-file's answer (git refuses it: size_t overflow), a run that fails with a line saying so."""
    write(temp_git_dir / "settings.py", _CONTENT)
    run_git(temp_git_dir, "add", ".")
    sha = _sha(temp_git_dir, "settings.py")
    path = temp_git_dir / ".git" / "objects" / sha[:2] / sha[2:]
    path.chmod(0o644)
    path.write_bytes(zlib.compress(b"blob 99999999999999999999\0" + _CONTENT.encode()))
    assert git_staged._loose_blob(str(temp_git_dir / ".git" / "objects"), sha) is None
    with pytest.raises(UnreadableInputError):
        _read(temp_git_dir, "settings.py")


def test_a_loose_object_is_read_no_further_than_its_stream(temp_git_dir: Path) -> None:
    """What follows a loose object's deflated stream git reads past (cat-file answers the blob):
    the file is read as it inflates, so a long tail (here 64 MiB, sparse) is not read into memory."""
    write(temp_git_dir / "settings.py", _CONTENT)
    run_git(temp_git_dir, "add", ".")
    sha = _sha(temp_git_dir, "settings.py")
    path = temp_git_dir / ".git" / "objects" / sha[:2] / sha[2:]
    path.chmod(0o644)
    with path.open("r+b") as handle:
        handle.truncate(64 << 20)
    assert _cat_file(temp_git_dir, sha) == _CONTENT.encode()
    tracemalloc.start()
    try:
        assert git_staged._loose_blob(str(temp_git_dir / ".git" / "objects"), sha) == _CONTENT.encode()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_for_a_loose_object_fails_the_run_without_waiting(temp_git_dir: Path) -> None:
    """A FIFO where a staged blob's loose object should be (a hostile checkout, an unpacked
    archive): `git cat-file` would open it and wait for a writer without end, hanging the commit.
    The run fails at once, with a line saying so, as for a directory there."""
    write(temp_git_dir / "settings.py", _CONTENT)
    run_git(temp_git_dir, "add", ".")
    sha = _sha(temp_git_dir, "settings.py")
    path = temp_git_dir / ".git" / "objects" / sha[:2] / sha[2:]
    objects = str(temp_git_dir / ".git" / "objects")
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(UnreadableInputError, match="not a regular file"):
        git_staged._loose_blob(objects, sha)  # (first: were it None, cat-file would wait)
    with pytest.raises(UnreadableInputError, match="not a regular file"):
        _read(temp_git_dir, "settings.py")
    path.unlink()
    path.mkdir()
    with pytest.raises(UnreadableInputError, match="not a regular file"):
        _read(temp_git_dir, "settings.py")


def test_a_loose_object_holding_another_blob_is_not_read(temp_git_dir: Path) -> None:
    """A loose object's file whose content is not its id's (written there, or damaged into
    another valid stream): git reads the id from a pack first, and the commit records the id, so
    those bytes are not what is committed. With the staged blob in a pack too, the hook read the
    loose file's harmless bytes and passed the secret the commit carries."""
    secret = _CONTENT.encode()
    other = b"nothing to see here\n"
    (temp_git_dir / "settings.py").write_bytes(secret)
    sha = run_git(temp_git_dir, "hash-object", "-w", "settings.py").strip()
    subprocess.run(["git", "pack-objects", "-q", ".git/objects/pack/pack"], cwd=temp_git_dir,
                   input=sha.encode() + b"\n", check=True, capture_output=True)  # (as a fetch leaves it)
    path = temp_git_dir / ".git" / "objects" / sha[:2] / sha[2:]
    path.chmod(0o644)
    path.write_bytes(zlib.compress(b"blob %d\0" % len(other) + other))
    run_git(temp_git_dir, "add", "settings.py")
    assert _sha(temp_git_dir, "settings.py") == sha
    assert _cat_file(temp_git_dir, sha) == secret  # (git's answer: the pack's)
    assert git_staged._loose_blob(str(temp_git_dir / ".git" / "objects"), sha) is None
    assert _read(temp_git_dir, "settings.py") == [secret]


def _linked_work_tree(main: Path, linked: Path) -> None:
    write(main / "settings.py", _CONTENT)
    run_git(main, "add", ".")
    run_git(main, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one")
    run_git(main, "worktree", "add", "-q", str(linked))


def test_a_linked_work_tree_reads_its_loose_objects_where_git_does(temp_git_dir: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A linked work tree's `.git` is a `gitdir:` file naming its repository directory, whose `commondir` names the
    main repository's: `git add` there writes the blob under the main repository's objects, where it is read."""
    linked = tmp_path / "linked"
    _linked_work_tree(temp_git_dir, linked)
    write(linked / "more.py", "MORE = 3\n")
    run_git(linked, "add", "more.py")
    monkeypatch.chdir(linked)
    assert git.loose_object_directory(str(linked)) == os.path.realpath(temp_git_dir / ".git" / "objects")
    _cat_file_refused(monkeypatch)
    assert _read(linked, "more.py") == [b"MORE = 3\n"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_for_a_linked_work_tree_s_loose_object_fails_the_run_without_waiting(
        temp_git_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The review's hang: a FIFO at the staged blob's object path in the main repository, the commit made from a
    linked work tree. `git cat-file` would wait on it without end; the run fails at once, cat-file never started."""
    linked = tmp_path / "linked"
    _linked_work_tree(temp_git_dir, linked)
    write(linked / "more.py", "MORE = 3\n")
    run_git(linked, "add", "more.py")
    sha = _sha(linked, "more.py")
    path = temp_git_dir / ".git" / "objects" / sha[:2] / sha[2:]
    path.unlink()
    os.mkfifo(path)
    monkeypatch.chdir(linked)
    _cat_file_refused(monkeypatch)
    with pytest.raises(UnreadableInputError, match="not a regular file"):
        _read(linked, "more.py")


@pytest.mark.parametrize("git_dir", ["its own", "its own, relative", "another"])
def test_a_linked_work_tree_s_hook_reads_its_loose_objects_with_the_git_dir_git_sets(
        temp_git_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, git_dir: str) -> None:
    """git runs a linked work tree's hooks with GIT_DIR set to its repository directory (.git/worktrees/<name>): the
    loose objects are still read where git reads them (a FIFO there fails the hook at once, not after cat-file's
    bound); a GIT_DIR naming another repository leaves every blob to cat-file."""
    linked = tmp_path / "linked"
    _linked_work_tree(temp_git_dir, linked)
    write(linked / "more.py", "MORE = 3\n")
    run_git(linked, "add", "more.py")
    own = temp_git_dir / ".git" / "worktrees" / "linked"
    assert own.is_dir()
    monkeypatch.chdir(linked)
    named = {"its own": str(own), "its own, relative": os.path.relpath(own, linked),
             "another": str(temp_git_dir / ".git")}[git_dir]
    monkeypatch.setenv("GIT_DIR", named)
    monkeypatch.setenv("GIT_INDEX_FILE", str(own / "index"))
    objects = git.loose_object_directory(str(linked))
    if git_dir == "another":
        assert objects is None
        return
    assert objects == os.path.realpath(temp_git_dir / ".git" / "objects")
    _cat_file_refused(monkeypatch)
    assert _read(linked, "more.py") == [b"MORE = 3\n"]


@pytest.mark.parametrize("where", ["commondir", "gitdir"])
def test_a_nul_in_a_linked_work_tree_s_commondir_or_gitdir_is_left_to_git(
        temp_git_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """git reads the path in `commondir` or in the `.git` file up to a NUL; Python's calls refuse a path holding one
    (ValueError, the run's internal error): git is asked instead, and reads the blob."""
    linked = tmp_path / "linked"
    _linked_work_tree(temp_git_dir, linked)
    write(linked / "more.py", "MORE = 3\n")
    run_git(linked, "add", "more.py")
    own = temp_git_dir / ".git" / "worktrees" / "linked"
    if where == "commondir":
        (own / "commondir").write_bytes(b"../..\0junk\n")
    else:
        (linked / ".git").write_bytes(b"gitdir: " + os.fsencode(own) + b"\0junk\n")
    monkeypatch.chdir(linked)
    assert git.toplevel(str(linked)) == os.path.realpath(linked)
    assert git.loose_object_directory(str(linked)) is None
    assert _read(linked, "more.py") == [b"MORE = 3\n"]

