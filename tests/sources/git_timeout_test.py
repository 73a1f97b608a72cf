"""git waits without end on a FIFO where it expects one of its repository's files, so a checkout or
an unpacked archive holding one would hang the commit hook (and every scan of that tree) for good.
Each of git's answers is awaited SECRETFENCE_GIT_TIMEOUT seconds at most: then the run stops
with one line saying why and a non-zero exit, never 0 (it read nothing)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
import time
from typing import Dict, List

import pytest

from secretfence.errors import UnreadableInputError, UsageError
from secretfence.sources import git
from tests.fakes import aws_key_id, aws_secret_key

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")

# A fake AWS key pair staged in the repository: had the hook read nothing and passed, the commit
# would have carried it.
_KEY_ID, _SECRET_KEY = aws_key_id(3_990_001), aws_secret_key(3_990_002)
_STAGED = f'aws_access_key_id = "{_KEY_ID}"\naws_secret_access_key = "{_SECRET_KEY}"\n'


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _repository(tmp_path: Path) -> Path:
    top = tmp_path / "project"
    top.mkdir()
    _git("init", "-q", str(top), cwd=tmp_path)
    (top / "settings.py").write_text("DEBUG = False\n")
    _git("add", ".", cwd=top)
    _git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "one", cwd=top)
    (top / "deploy.cfg").write_text(_STAGED)
    _git("add", "deploy.cfg", cwd=top)
    return top


def _run(argv: List[str], cwd: Path, seconds: str = "1", bound: float = 60) -> "subprocess.CompletedProcess[str]":
    environment: Dict[str, str] = dict(os.environ, SECRETFENCE_GIT_TIMEOUT=seconds, GIT_CONFIG_NOSYSTEM="1")
    environment.pop("SECRETFENCE_DEBUG", None)
    # The bound on this run is the test's own: were git's wait not cut short, it fails instead of hanging.
    return subprocess.run([sys.executable, "-m", "secretfence", *argv], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=bound)


@pytest.mark.parametrize("fifo", ["HEAD", "config", "index", "info/exclude"])
@pytest.mark.parametrize("argv", [["scan", "--staged"], ["scan", "."]], ids=["hook", "tree"])
def test_a_fifo_where_git_reads_stops_the_run_with_one_line(tmp_path: Path, fifo: str, argv: List[str]) -> None:
    top = _repository(tmp_path)
    target = top / ".git" / fifo
    target.parent.mkdir(exist_ok=True)
    if target.exists():
        target.unlink()
    os.mkfifo(target)
    completed = _run(argv, top)
    assert completed.returncode == 2, (completed.stdout, completed.stderr)
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1 and "did not answer within 1 s" in lines[0] and "SECRETFENCE_GIT_TIMEOUT" in lines[0], lines
    assert "Traceback" not in completed.stderr and _SECRET_KEY not in completed.stdout + completed.stderr


def test_without_a_fifo_the_same_runs_find_the_staged_key(tmp_path: Path) -> None:
    top = _repository(tmp_path)
    for argv in (["scan", "--staged"], ["scan", "."]):
        completed = _run(argv, top)
        assert completed.returncode == 1 and "deploy.cfg" in completed.stdout, (argv, completed.stdout, completed.stderr)


@pytest.mark.parametrize("value", ["soon", "0", "-5", "nan", "inf"])
def test_a_timeout_that_is_no_number_of_seconds_is_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SECRETFENCE_GIT_TIMEOUT", value)
    with pytest.raises(UsageError, match="SECRETFENCE_GIT_TIMEOUT"):
        git.answer_seconds()


def test_the_default_wait_and_a_chosen_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECRETFENCE_GIT_TIMEOUT", raising=False)
    assert git.answer_seconds() == 120.0
    monkeypatch.setenv("SECRETFENCE_GIT_TIMEOUT", " 2.5 ")
    assert git.answer_seconds() == 2.5


def test_each_question_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = _repository(tmp_path)
    (top / ".git" / "HEAD").unlink()
    os.mkfifo(top / ".git" / "HEAD")
    monkeypatch.setenv("SECRETFENCE_GIT_TIMEOUT", "0.5")
    for question in (lambda: git.toplevel(str(top)), lambda: git.has_head(str(top)),
                     lambda: git.is_ignored(str(top / "settings.py")), lambda: git.run_git(["ls-files", "-z"], str(top))):
        with pytest.raises(UnreadableInputError, match="did not answer within 0.5 s"):
            question()


# --- git's long answers: the blobs cat-file streams, the history's log (git.Watchdog) -----------------------------------

def _commit(top: Path, message: str) -> None:
    _git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message, cwd=top)


def _fifo_at_object(git_dir: Path, sha: str) -> None:
    path = git_dir / "objects" / sha[:2] / sha[2:]
    path.unlink()
    os.mkfifo(path)


def _staged_sha(top: Path, name: str) -> str:
    listed = subprocess.run(["git", "ls-files", "-s", name], cwd=top, check=True, capture_output=True, text=True).stdout
    return listed.split()[1]


def _stopped_with_one_line(completed: "subprocess.CompletedProcess[str]", reason: str) -> None:
    assert completed.returncode == 2, (completed.stdout, completed.stderr)
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0], lines
    assert "Traceback" not in completed.stderr and _SECRET_KEY not in completed.stdout + completed.stderr


def test_a_fifo_at_the_main_repository_s_object_stops_a_linked_work_tree_s_hook_at_once(tmp_path: Path) -> None:
    """The review's hang: the staged blob's object path in the main repository made a FIFO, the commit made from a
    linked work tree. Its loose object is found where git would read it, and refused, without waiting."""
    top = _repository(tmp_path)
    linked = tmp_path / "linked"
    _git("worktree", "add", "-q", str(linked), cwd=top)
    (linked / "deploy.cfg").write_text(_STAGED + "# linked\n")
    _git("add", "deploy.cfg", cwd=linked)
    _fifo_at_object(top / ".git", _staged_sha(linked, "deploy.cfg"))
    started = time.monotonic()
    completed = _run(["scan", "--staged"], linked, seconds="30", bound=20)
    _stopped_with_one_line(completed, "not a regular file (a FIFO)")
    assert time.monotonic() - started < 15  # (not the 30 s bound on git: no wait at all)


def test_a_fifo_at_the_main_repository_s_object_stops_a_linked_work_tree_s_real_commit_at_once(tmp_path: Path) -> None:
    """As above, through `git commit` itself: git runs a linked work tree's hook with GIT_DIR set (its repository
    directory), and the loose object is still read where git reads it, not left to cat-file's bound."""
    top = _repository(tmp_path)
    linked = tmp_path / "linked"
    _git("worktree", "add", "-q", str(linked), cwd=top)
    hook = top / ".git" / "hooks" / "pre-commit"
    hook.write_text(f"#!/bin/sh\nexec '{sys.executable}' -m secretfence scan --staged\n")
    hook.chmod(0o755)
    (linked / "deploy.cfg").write_text(_STAGED + "# linked\n")
    _git("add", "deploy.cfg", cwd=linked)
    _fifo_at_object(top / ".git", _staged_sha(linked, "deploy.cfg"))
    environment = dict(os.environ, SECRETFENCE_GIT_TIMEOUT="30", GIT_CONFIG_NOSYSTEM="1")
    environment.pop("SECRETFENCE_DEBUG", None)
    started = time.monotonic()
    completed = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "two"],
                               cwd=linked, env=environment, capture_output=True, text=True, timeout=60)
    assert completed.returncode != 0 and "not a regular file (a FIFO)" in completed.stderr, completed.stderr
    assert "Traceback" not in completed.stderr and _SECRET_KEY not in completed.stdout + completed.stderr
    assert time.monotonic() - started < 15  # (not the 30 s bound on cat-file: no wait at all)


def test_a_fifo_at_an_alternate_s_object_stops_the_hook_after_the_bound(tmp_path: Path) -> None:
    """A clone made with --shared reads objects from its origin's (objects/info/alternates): a blob staged there that
    the origin holds is not written again, and cat-file reads it from the origin, waiting on a FIFO there without
    end. Its answer stalls, and after SECRETFENCE_GIT_TIMEOUT the run stops with one line."""
    origin = _repository(tmp_path)
    _commit(origin, "two")
    clone = tmp_path / "clone"
    _git("clone", "-q", "--shared", str(origin), str(clone), cwd=tmp_path)
    (clone / "copy.cfg").write_text(_STAGED)
    _git("add", "copy.cfg", cwd=clone)
    sha = _staged_sha(clone, "copy.cfg")
    assert not (clone / ".git" / "objects" / sha[:2] / sha[2:]).exists()
    _fifo_at_object(origin / ".git", sha)
    completed = _run(["scan", "--staged"], clone, bound=20)
    _stopped_with_one_line(completed, "git cat-file did not answer within 1 s")


@pytest.mark.parametrize("fifo", ["blob", "commit"])
def test_a_fifo_at_a_history_object_stops_the_history_scan_after_the_bound(tmp_path: Path, fifo: str) -> None:
    """`scan --history` reads the log (git walks the commits and their trees) and then the blobs through cat-file: a
    FIFO at a commit's object stalls the log, one at a blob's stalls cat-file. Either stops the run with one line."""
    top = _repository(tmp_path)
    _commit(top, "two")
    revision = "HEAD:deploy.cfg" if fifo == "blob" else "HEAD"
    sha = subprocess.run(["git", "rev-parse", revision], cwd=top, check=True, capture_output=True, text=True).stdout.strip()
    _fifo_at_object(top / ".git", sha)
    completed = _run(["scan", "--history"], top, bound=20)
    _stopped_with_one_line(completed, f"git {'cat-file' if fifo == 'blob' else 'log'} did not answer within 1 s")


def test_without_a_fifo_the_history_scan_finds_the_key(tmp_path: Path) -> None:
    top = _repository(tmp_path)
    _commit(top, "two")
    completed = _run(["scan", "--history"], top)
    assert completed.returncode == 1 and "deploy.cfg" in completed.stdout, (completed.stdout, completed.stderr)


# A git stand-in writing its answer a piece at a time, PAUSE seconds apart (then stopping, if told to stall).
_SLOW_WRITER = """
import sys, time
pieces, pause, stall = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3] == "stall"
for _ in range(pieces):
    sys.stdout.buffer.write(b"x" * 1000)
    sys.stdout.buffer.flush()
    time.sleep(pause)
if stall:
    time.sleep(60)
"""


def _slow_answer(monkeypatch: pytest.MonkeyPatch, pieces: int, pause: float, stall: bool) -> "tuple[bytes, bool, float]":
    monkeypatch.setenv("SECRETFENCE_GIT_TIMEOUT", "1")
    process = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(pieces), str(pause), "stall" if stall else "end"],
                               stdout=subprocess.PIPE)
    watchdog = git.Watchdog(process)
    started = time.monotonic()
    try:
        watchdog.awaiting()
        assert process.stdout is not None
        data = git.read_answer(process.stdout, 1000 * pieces + 1, watchdog)
    finally:
        watchdog.stop()
        process.kill()
        process.wait()
        process.stdout.close()  # type: ignore[union-attr]
    return data, watchdog.stalled, time.monotonic() - started


def test_an_answer_that_keeps_coming_is_not_cut_short(monkeypatch: pytest.MonkeyPatch) -> None:
    """A large blob streaming for longer than the bound, no pause in it as long: read to its end."""
    data, stalled, seconds = _slow_answer(monkeypatch, pieces=6, pause=0.4, stall=False)
    assert (len(data), stalled) == (6000, False) and seconds > 2


_SILENT_WORKER = """
import sys, time
end = time.monotonic() + float(sys.argv[1])
while time.monotonic() < end:
    pass
sys.stdout.buffer.write(b"x" * 1000)
sys.stdout.buffer.flush()
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="no /proc to read a process's CPU time")
def test_an_answer_git_works_towards_without_writing_is_not_cut_short(monkeypatch: pytest.MonkeyPatch) -> None:
    """`git log --reverse` writes nothing until it has walked the whole history (seconds on a large one): git busy
    for longer than the bound before its first byte is no stall. (Before: `scan --history` of 300,000 commits failed
    with SECRETFENCE_GIT_TIMEOUT=2, the walk taking 3 s.)"""
    monkeypatch.setenv("SECRETFENCE_GIT_TIMEOUT", "1")
    process = subprocess.Popen([sys.executable, "-c", _SILENT_WORKER, "3"], stdout=subprocess.PIPE)
    watchdog = git.Watchdog(process)
    try:
        watchdog.awaiting()
        assert process.stdout is not None
        data = git.read_answer(process.stdout, None, watchdog)
    finally:
        watchdog.stop()
        process.kill()
        process.wait()
        process.stdout.close()  # type: ignore[union-attr]
    assert (len(data), watchdog.stalled) == (1000, False)


def test_an_answer_that_stops_coming_is_cut_short(monkeypatch: pytest.MonkeyPatch) -> None:
    data, stalled, seconds = _slow_answer(monkeypatch, pieces=2, pause=0.1, stall=True)
    assert (len(data), stalled) == (2000, True) and seconds < 10
