from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads the developer's ~/.pypirc, keyring or git config."""
    # mkdtemp, not tmp_path_factory.mktemp: mktemp numbers its directories by listing every one made
    # before it, so each of a worker's 11,000 tests listed all the earlier homes (quadratic: 0.6 ms a
    # test at 8,000 trivial tests, growing with the suite).
    home = Path(tempfile.mkdtemp(prefix="home-", dir=tmp_path_factory.getbasetemp()))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Test")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "test@example.invalid")
    monkeypatch.setenv("GIT_COMMITTER_NAME", "Test")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", "test@example.invalid")
    monkeypatch.delenv("SECRETFENCE_DEBUG", raising=False)
    # Nor the developer's ~/.config/secretfence, uv's credentials.toml or verification settings.
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "UV_CREDENTIALS_DIR", "SECRETFENCE_VERIFY", "SECRETFENCE_VERIFY_ALLOW_INTERNAL",
                     "SECRETFENCE_TELEGRAM_API_URL", "SECRETFENCE_AWS_STS_URL", "SECRETFENCE_PYPI_UPLOAD_URL",
                     "SECRETFENCE_TESTPYPI_UPLOAD_URL"):
        monkeypatch.delenv(variable, raising=False)
    return home


@pytest.fixture
def temp_git_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh `git init` repository, and the current directory while the test runs."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    monkeypatch.chdir(repo)
    yield repo


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run secretfence in-process; returns (exit code, stdout, stderr)."""
    from secretfence.cli import main

    def run(*argv: str) -> "tuple[int, str, str]":
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def assert_no_plaintext(output: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in output, "a whole secret reached the output"


# Tests that share an expensive session fixture run in one pytest-xdist worker (`--dist loadgroup`
# in scripts/test.sh), so it is built once: the end-to-end wheel, its virtual environments and the
# hook environment; the database servers. Every other test goes wherever a worker is free.
_SHARED_FIXTURES = {
    "built": "e2e-build", "hook_repo": "e2e-build", "pre_commit_home": "e2e-build",
    "secretfence_venv": "e2e-build", "detect_secrets_venv": "e2e-build", "offline_pip_env": "e2e-build",
    "postgres": "servers", "mariadb": "servers",
}
# xdist's own channel for groups (a `@group` suffix its worker appends to the test's id) does nothing on
# pytest 9.2, whose ids no longer read that field (pytest-xdist issue #1386): every group was spread over
# both workers, each building its own wheel and environments. The workers write each test's group to this
# file instead, and the scheduler (tests/xdist_scheduling.py) reads it.
GROUPS_FILE_VARIABLE = "SECRETFENCE_TESTS_XDIST_GROUPS"


# The suite's longest checks (a minute or more each on CI's two cores: `--durations`), started first, so that no
# worker is left running one alone at the end while the other idles; the order within each file is kept.
_LONGEST_FIRST = ("tests/prefilter/scanner_parity_test.py", "tests/self_scan_test.py", "tests/kill_test.py",
                  "tests/prefilter/search_test.py", "tests/prefilter/heads_test.py", "tests/prefilter/follow_test.py")


def _group_of(item: pytest.Item) -> str:
    return "+".join(sorted({_SHARED_FIXTURES[name] for name in getattr(item, "fixturenames", ()) if name in _SHARED_FIXTURES}))


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("dist", default="no") == "loadgroup" and not os.environ.get("PYTEST_XDIST_WORKER"):
        directory = tempfile.mkdtemp(prefix="secretfence-xdist-")  # the controller's; the workers inherit the variable
        os.environ[GROUPS_FILE_VARIABLE] = os.path.join(directory, "groups.json")
        config.add_cleanup(lambda: shutil.rmtree(directory, ignore_errors=True))


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """scripts/test.sh's `--dist loadgroup`: its groups kept, scheduled in linear time (tests/xdist_scheduling.py)."""
    if config.getoption("dist") != "loadgroup":
        return None
    from tests.xdist_scheduling import GroupScheduling

    return GroupScheduling(config, log)  # type: ignore[arg-type]


def pytest_collection_modifyitems(config: pytest.Config, items: "list[pytest.Item]") -> None:
    def rank(item: pytest.Item) -> int:
        # A group is one unit of work for one worker, minutes long: started first. Not the database
        # servers' (seconds long): scripts/test.sh may still be installing them when the tests start
        # (tests/system_packages.py), so they come after the longest checks, a minute or more in.
        group = _group_of(item)
        if group == "servers":
            return len(_LONGEST_FIRST)
        if group:
            return -1
        path = item.nodeid.split("::", 1)[0]
        return _LONGEST_FIRST.index(path) if path in _LONGEST_FIRST else len(_LONGEST_FIRST) + 1

    items.sort(key=rank)  # (stable: everything else in collection order)


def pytest_collection_finish(session: pytest.Session) -> None:
    target, worker = os.environ.get(GROUPS_FILE_VARIABLE), os.environ.get("PYTEST_XDIST_WORKER")
    if target and worker:  # every worker collects the same tests: each writes the same, whole, file
        groups = {item.nodeid: group for item in session.items if (group := _group_of(item))}
        partial = f"{target}.{worker}"
        Path(partial).write_text(json.dumps(groups), encoding="utf-8")
        os.replace(partial, target)
