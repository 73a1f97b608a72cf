"""git waits without end on a FIFO where it expects one of its repository's files, so a checkout or
an unpacked archive holding one would hang the commit hook (and every scan of that tree) for good.
Each of git's answers is awaited SECRETFENCE_GIT_TIMEOUT seconds at most: then the run stops
with one line saying why and a non-zero exit, never 0 (it read nothing)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
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


def _run(argv: List[str], cwd: Path, seconds: str = "1") -> "subprocess.CompletedProcess[str]":
    environment: Dict[str, str] = dict(os.environ, SECRETFENCE_GIT_TIMEOUT=seconds, GIT_CONFIG_NOSYSTEM="1")
    environment.pop("SECRETFENCE_DEBUG", None)
    # The bound on this run is the test's own: were git's wait not cut short, it fails instead of hanging.
    return subprocess.run([sys.executable, "-m", "secretfence", *argv], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=60)


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
