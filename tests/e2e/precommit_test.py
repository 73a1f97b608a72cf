"""A real commit in a real repository, through the real pre-commit framework."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, Tuple

import pytest

from tests.conftest import git, write

pytestmark = pytest.mark.e2e

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"


def _pre_commit(repo: Path) -> str:
    executable = shutil.which("pre-commit", path=os.path.dirname(sys.executable)) or shutil.which("pre-commit")
    assert executable, "pre-commit is not installed"
    return executable


def _commit(repo: Path, env: Dict[str, str], message: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "commit", "-m", message], cwd=repo, env=env, capture_output=True, text=True)


@pytest.fixture
def hooked_repo(temp_git_dir: Path, hook_repo: Tuple[Path, str], pre_commit_home: Path, offline_pip_env) -> Tuple[Path, Dict[str, str]]:
    path, sha = hook_repo
    write(
        temp_git_dir / ".pre-commit-config.yaml",
        f"repos:\n-   repo: {path}\n    rev: {sha}\n    hooks:\n    -   id: secretfence\n",
    )
    env = {**os.environ, **offline_pip_env, "PRE_COMMIT_HOME": str(pre_commit_home)}
    subprocess.run([_pre_commit(temp_git_dir), "install"], cwd=temp_git_dir, env=env, check=True, capture_output=True)
    git(temp_git_dir, "add", ".pre-commit-config.yaml")
    first = _commit(temp_git_dir, env, "add pre-commit config")
    assert first.returncode == 0, first.stdout + first.stderr
    return temp_git_dir, env


def test_commit_with_a_secret_is_refused_and_a_clean_one_passes(hooked_repo) -> None:
    repo, env = hooked_repo
    write(repo / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    git(repo, "add", "bot.py")
    refused = _commit(repo, env, "add bot")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0
    assert "bot.py" in output and "line 1: Telegram Bot API Token  721…NjM" in output
    assert TELEGRAM not in output
    assert git(repo, "log", "--format=%s").splitlines() == ["add pre-commit config"]

    write(repo / "bot.py", "import os\nTOKEN = os.environ['TELEGRAM_TOKEN']\n")
    git(repo, "add", "bot.py")
    accepted = _commit(repo, env, "add bot, token from the environment")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert git(repo, "log", "--format=%s").splitlines()[0] == "add bot, token from the environment"


def test_baselined_secret_commits_and_moving_lines_leaves_the_baseline_untouched(hooked_repo, run_cli) -> None:
    repo, env = hooked_repo
    write(repo / "pyproject.toml", '[tool.secretfence]\nbaseline = "baseline/secrets.baseline"\n')
    write(repo / "fixture.py", f"FAKE = '{TELEGRAM}'\n")
    git(repo, "add", "fixture.py", "pyproject.toml")
    assert run_cli("baseline", "create")[0] == 0
    git(repo, "add", "baseline")
    before = (repo / "baseline" / "secrets.baseline").read_bytes()
    assert _commit(repo, env, "fixture with a known fake").returncode == 0

    write(repo / "fixture.py", f'"""Fixtures."""\nimport os\n\nFAKE = \'{TELEGRAM}\'\n')
    git(repo, "add", "fixture.py")
    moved = _commit(repo, env, "lines moved above the known fake")
    assert moved.returncode == 0, moved.stdout + moved.stderr
    assert (repo / "baseline" / "secrets.baseline").read_bytes() == before
    assert git(repo, "status", "--porcelain") == ""


def test_utf16_file_with_a_secret_is_scanned_not_skipped(hooked_repo) -> None:
    repo, env = hooked_repo
    (repo / "notes.txt").write_bytes(f"token: {TELEGRAM}\n".encode("utf-16"))
    git(repo, "add", "notes.txt")
    refused = _commit(repo, env, "utf-16 notes")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0
    assert "notes.txt\n  line 1: Telegram Bot API Token  721…NjM" in output


def test_a_staged_file_named_like_an_option_does_not_switch_the_hook_off(hooked_repo) -> None:
    """pre-commit runs `secretfence scan --staged leak.py --help`: `--help` is a staged file,
    scanned like any other, and the hook still blocks (review 1, 5)."""
    repo, env = hooked_repo
    write(repo / "leak.py", f"TOKEN = '{TELEGRAM}'\n")
    write(repo / "--help", "x\n")
    write(repo / "--version", f"T = '{TELEGRAM}'\n")
    git(repo, "add", "--", "leak.py", "--help", "--version")
    refused = _commit(repo, env, "add leak")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "leak.py\n  line 1: Telegram Bot API Token  721…NjM" in output
    assert "--version\n  line 1: Telegram Bot API Token  721…NjM" in output
    assert "usage:" not in output and TELEGRAM not in output
    assert git(repo, "log", "--format=%s").splitlines() == ["add pre-commit config"]


def test_repository_hook_arguments_cannot_send_secrets_anywhere(
    temp_git_dir: Path, hook_repo: Tuple[Path, str], pre_commit_home: Path, offline_pip_env
) -> None:
    """A pull request that adds `args: [--verify, --verify-allow-internal]` to the hook must not make
    the hook send the secrets it finds to a host the repository names."""
    from tests.verify.conftest import Listener, silent

    listener = Listener(silent)
    try:
        path, sha = hook_repo
        write(temp_git_dir / ".pre-commit-config.yaml",
              f"repos:\n-   repo: {path}\n    rev: {sha}\n    hooks:\n    -   id: secretfence\n"
              "        args: [--verify, --verify-allow-internal]\n")
        env = {**os.environ, **offline_pip_env, "PRE_COMMIT_HOME": str(pre_commit_home)}
        subprocess.run([_pre_commit(temp_git_dir), "install"], cwd=temp_git_dir, env=env, check=True, capture_output=True)
        write(temp_git_dir / "cache.py", f"URL = 'redis://:Rp9xLq2Vt7Kz@{listener.address}/0'\n")
        git(temp_git_dir, "add", ".pre-commit-config.yaml", "cache.py")
        refused = _commit(temp_git_dir, env, "add cache")
        output = refused.stdout + refused.stderr
        assert refused.returncode != 0
        assert "secretfence: error: --verify is refused in a pre-commit hook's arguments" in output
        assert listener.connections == 0
        assert "Rp9xLq2Vt7Kz" not in output
    finally:
        listener.close()


def test_committed_archives_are_opened_by_the_hook(hooked_repo) -> None:
    """A deflated zip and a gzip holding a token: their bytes show nothing, their members do."""
    import gzip
    import zipfile

    repo, env = hooked_repo
    (repo / "fixtures").mkdir()
    with zipfile.ZipFile(repo / "fixtures" / "data.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("config/bot.ini", f"[bot]\ntoken = {TELEGRAM}\n")
    (repo / "dump.sql.gz").write_bytes(gzip.compress(f"INSERT INTO bots VALUES ('{TELEGRAM}');\n".encode()))
    git(repo, "add", "fixtures/data.zip", "dump.sql.gz")
    refused = _commit(repo, env, "add fixtures")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0
    assert "fixtures/data.zip!config/bot.ini\n  line 2: Telegram Bot API Token  721…NjM" in output
    assert "dump.sql.gz!dump.sql\n  line 1: Telegram Bot API Token  721…NjM" in output
    assert TELEGRAM not in output
    assert git(repo, "log", "--format=%s").splitlines() == ["add pre-commit config"]
