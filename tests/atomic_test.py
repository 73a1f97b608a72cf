"""Every file secretfence rewrites goes through one atomic_write: mode kept, links kept, nothing
left behind when a write fails (failures injected into the real system calls with strace)."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Dict

import pytest

from secretfence.atomic import atomic_write, create_exclusive
from secretfence.errors import WriteError
from tests.conftest import git, write
from tests.strace import one_error, strace_or_skip

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run(argv, cwd: Path, env: Dict[str, str], umask: int = 0o022, strace: str = "", inject: str = ""):
    # Without -f: only secretfence's own process gets the fault, not the git it runs.
    prefix = [strace, "-o", os.devnull, "-e", f"inject={inject}"] if strace else []
    return subprocess.run([*prefix, sys.executable, "-m", "secretfence", *argv], cwd=cwd, env=env,
                          capture_output=True, text=True, preexec_fn=lambda: os.umask(umask))


@pytest.fixture
def env(tmp_path: Path) -> Dict[str, str]:
    return {**os.environ, "HOME": str(tmp_path / "home"), "PYTHONDONTWRITEBYTECODE": "1"}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    write(repo / "app.py", "x = 1\n")
    git(repo, "add", "-A")
    return repo


def test_new_files_get_the_umask_mode(repo: Path, env) -> None:
    """A baseline and a .gitattributes are shared project files: the umask decides, as for any editor."""
    assert run(["baseline", "create"], repo, env, umask=0o027).returncode == 0
    assert run(["baseline", "install-merge-driver"], repo, env, umask=0o027).returncode == 0
    assert oct(mode_of(repo / "baseline" / "secrets.baseline")) == "0o640"
    assert oct(mode_of(repo / ".gitattributes")) == "0o640"


def test_an_existing_file_keeps_its_mode_and_a_link_stays_a_link(repo: Path, env) -> None:
    # The link leads inside the repository: one leading outside it is refused (review 1, 24).
    (repo / "shared").mkdir()
    shared = repo / "shared" / "team.baseline"
    assert run(["baseline", "create", "--baseline", str(shared)], repo, env).returncode == 0
    shared.chmod(0o664)
    (repo / "team.baseline").symlink_to(Path("shared") / "team.baseline")
    write(repo / "bot.py", f"T = '{TELEGRAM}'\n")
    git(repo, "add", "bot.py")
    result = run(["baseline", "update", "--baseline", "team.baseline"], repo, env)
    assert result.returncode == 0, result.stderr
    assert (repo / "team.baseline").is_symlink()
    assert "bot.py" in shared.read_text() and oct(mode_of(shared)) == "0o664"


def test_a_private_write_drops_group_and_other_bits(tmp_path: Path) -> None:
    target = tmp_path / "credentials"
    atomic_write(str(target), "new\n", private=True)
    assert oct(mode_of(target)) == "0o600"
    target.chmod(0o644)
    atomic_write(str(target), b"newer\n", private=True)
    assert target.read_bytes() == b"newer\n" and oct(mode_of(target)) == "0o600"
    assert os.listdir(tmp_path) == ["credentials"]


def test_a_directory_or_fifo_in_the_way_is_an_error_not_a_replacement(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    os.mkfifo(tmp_path / "fifo")
    for name in ("dir", "fifo"):
        with pytest.raises(WriteError) as error:
            atomic_write(str(tmp_path / name), "x")
        assert str(error.value) == f"{tmp_path / name}: not a regular file; left unchanged"
    assert sorted(os.listdir(tmp_path)) == ["dir", "fifo"]


def test_create_exclusive_never_replaces_anything(tmp_path: Path) -> None:
    dangling = tmp_path / "backup"
    dangling.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(FileExistsError):
        create_exclusive(str(dangling), b"secret")
    assert not (tmp_path / "elsewhere").exists()
    assert sorted(os.listdir(tmp_path)) == ["backup"]
    create_exclusive(str(tmp_path / "fresh"), b"secret")
    assert (tmp_path / "fresh").read_bytes() == b"secret" and oct(mode_of(tmp_path / "fresh")) == "0o600"


@pytest.mark.parametrize("inject", ["rename,renameat,renameat2:error=EIO", "fsync:error=EIO", "write:error=ENOSPC:when=1"])
def test_a_failing_baseline_write_leaves_the_old_file_and_no_temporary(repo: Path, env, inject: str) -> None:
    strace = strace_or_skip()
    assert run(["baseline", "create"], repo, env).returncode == 0
    baseline = repo / "baseline" / "secrets.baseline"
    baseline.chmod(0o640)
    before = baseline.read_bytes()
    write(repo / "bot.py", f"T = '{TELEGRAM}'\n")
    git(repo, "add", "bot.py")
    result = run(["baseline", "update"], repo, env, strace=strace, inject=inject)
    assert result.returncode == 2, result.stdout + result.stderr
    reason = {"rename": "Input/output error", "fsync": "Input/output error", "write": "No space left on device"}
    assert one_error(result) == f"{baseline}: cannot write ({reason[inject.split(',')[0].split(':')[0]]}); left unchanged"
    assert baseline.read_bytes() == before and oct(mode_of(baseline)) == "0o640"
    assert os.listdir(baseline.parent) == ["secrets.baseline"]
