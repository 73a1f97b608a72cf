"""kill -9 `pypirc --fix`, `pypirc --restore` and `baseline update` anywhere: the file is always
the old or the new complete version with its mode, no leftover is wider than 0600, and the next
run completes (or, after a --restore killed once its work was done, says there is nothing left).

Kill points are deterministic where it matters: strace kills secretfence at the Nth call of
each system call that changes a file (write, fsync, link, rename, unlink, chmod), for every N
the command reaches. Seeded random instants over the whole run (imports, parsing) come on top.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

import pytest
from keyrings.alt.file import PlaintextKeyring

from tests.commands.pypirc_test import LOCAL, LOCAL_MARKER, LOCAL_PASSWORD, PYPI, PYPI_MARKER, PYPI_TOKEN, keyring_get
from tests.conftest import ROOT, git, write
from tests.strace import one_error, strace_or_skip

FAMILIES = ["write", "fsync,fdatasync", "link,linkat", "rename,renameat,renameat2", "unlink,unlinkat",
            "fchmod", "chmod,fchmodat"]
RUNS = 30  # kills per command: every deterministic point, then random instants (at least RANDOM_INSTANTS)
RANDOM_INSTANTS = 6
KILLED = (-signal.SIGKILL, 128 + signal.SIGKILL)  # strace dies of its tracee's signal (or exits 137)
MAX_POINTS = 60  # per system call: a guard against a loop that never ends


@dataclass
class Scenario:
    build: Callable[[Path], None]  # lays the inputs out in an empty directory
    argv: Callable[[Path], List[str]]
    check: Callable[[Path, "Scenario"], str]  # asserts the invariants; returns "old" or "new"
    old: bytes = b""
    new: bytes = b""
    # The one-line error a second run must give after a kill that came once the work was done
    # (None: a second run always completes with exit 0).
    refusal_when_done: Optional[Callable[[Path], Optional[str]]] = None


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def secretfence(argv: Sequence[str], cwd: Path, env: Dict[str, str], prefix: Sequence[str] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "-m", "secretfence", *argv], cwd=cwd, env=env,
                          capture_output=True, text=True)


def check_leftovers(directory: Path, keep: Sequence[str], versions: Sequence[bytes], widest: int) -> None:
    """Only temporary files may be left beside the target, none more readable than the target
    (`widest`), each a prefix of the old or the new version."""
    for name in os.listdir(directory):
        if name in keep:
            continue
        assert name.startswith("."), name  # a temporary file, hidden
        leftover = directory / name
        assert mode_of(leftover) & ~widest == 0, (name, oct(mode_of(leftover)))
        content = leftover.read_bytes()
        assert any(version.startswith(content) for version in versions), name


# --- pypirc --fix ------------------------------------------------------------------------------

PYPIRC = f"""[distutils]
index-servers = pypi local

[pypi]
password = {PYPI_TOKEN}

[local]
repository = {LOCAL}
username = alice
password = {LOCAL_PASSWORD}
""".encode()


# What the backup holds: the old file, a marker in place of each password.
BACKUP = PYPIRC.replace(f"password = {PYPI_TOKEN}".encode(), f"password = {PYPI_MARKER}".encode()).replace(
    f"password = {LOCAL_PASSWORD}".encode(), f"password = {LOCAL_MARKER}".encode())


def build_pypirc(directory: Path) -> None:
    (directory / "dotfiles").mkdir()
    config = directory / "dotfiles" / ".pypirc"
    config.write_bytes(PYPIRC)
    config.chmod(0o640)


def pypirc_argv(directory: Path) -> List[str]:
    return ["pypirc", "--fix", "--config-file", str(directory / "dotfiles" / ".pypirc")]


def check_pypirc(directory: Path, scenario: Scenario) -> str:
    dotfiles = directory / "dotfiles"
    config, backup = dotfiles / ".pypirc", dotfiles / ".pypirc.secretfence-backup"
    content = config.read_bytes()
    assert content in (scenario.old, scenario.new)
    state = "old" if content == scenario.old else "new"
    assert mode_of(config) == (0o640 if state == "old" else 0o600)
    if backup.exists():
        assert backup.read_bytes() == BACKUP and mode_of(backup) == 0o600
    if state == "new":
        check_keyring(directory)
    check_leftovers(dotfiles, [".pypirc", ".pypirc.secretfence-backup"], [scenario.old, scenario.new, BACKUP], 0o600)
    return state


def check_keyring(directory: Path) -> None:
    """Both passwords are in the run's keyring file. Read in this process with the backend the
    runs use (keyrings.alt's PlaintextKeyring, pointed at the run's file): this check follows every
    kill, and an interpreter per look-up cost more than the run itself. The test checks once, on
    the reference run, that keyring in a child process finds the same passwords there."""
    store = PlaintextKeyring()
    store.file_path = str(keyring_file(directory))  # the run's XDG_DATA_HOME, as the child resolves it
    assert store.get_password(PYPI, "__token__") == PYPI_TOKEN
    assert store.get_password(LOCAL, "alice") == LOCAL_PASSWORD


def keyring_file(directory: Path) -> Path:
    return directory / "xdg" / "python_keyring" / "keyring_pass.cfg"


# --- pypirc --restore --------------------------------------------------------------------------


def build_fixed_pypirc(directory: Path) -> None:
    build_pypirc(directory)
    done = secretfence(pypirc_argv(directory), directory, environment(directory))
    assert done.returncode == 0, done.stderr


def restore_argv(directory: Path) -> List[str]:
    return ["pypirc", "--restore", str(directory / "dotfiles" / ".pypirc")]


def check_restore(directory: Path, scenario: Scenario) -> str:
    """The fixed file with its backup, or the old file back (its backup present or removed);
    the keyring keeps every password throughout."""
    dotfiles = directory / "dotfiles"
    config, backup = dotfiles / ".pypirc", dotfiles / ".pypirc.secretfence-backup"
    content = config.read_bytes()
    assert content in (scenario.old, scenario.new)
    state = "old" if content == scenario.old else "new"
    assert mode_of(config) == 0o600
    if state == "old":
        assert backup.exists()  # until the file is back, the backup is what rebuilds it
    if backup.exists():
        assert backup.read_bytes() == BACKUP and mode_of(backup) == 0o600
    check_keyring(directory)
    check_leftovers(dotfiles, [".pypirc", ".pypirc.secretfence-backup"], [scenario.old, scenario.new], 0o600)
    return state


def restore_refusal_when_done(directory: Path) -> Optional[str]:
    config = directory / "dotfiles" / ".pypirc"
    if os.path.lexists(f"{config}.secretfence-backup"):
        return None
    return f"no backup at {config}.secretfence-backup: nothing to restore (--fix writes it); {config} left unchanged"


# --- baseline update ---------------------------------------------------------------------------

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"


def build_repo(directory: Path) -> None:
    repo = directory / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    write(repo / "app.py", "x = 1\n")
    git(repo, "add", "-A")
    created = secretfence(["baseline", "create"], repo, environment(directory))
    assert created.returncode == 0, created.stderr
    (repo / "baseline" / "secrets.baseline").chmod(0o640)
    write(repo / "bot.py", f"T = '{TELEGRAM}'\n")
    git(repo, "add", "bot.py")


def baseline_argv(directory: Path) -> List[str]:
    return ["baseline", "update"]


def check_baseline(directory: Path, scenario: Scenario) -> str:
    baseline = directory / "repo" / "baseline" / "secrets.baseline"
    content = baseline.read_bytes()
    assert content in (scenario.old, scenario.new)
    assert mode_of(baseline) == 0o640
    check_leftovers(baseline.parent, ["secrets.baseline"], [scenario.old, scenario.new], 0o640)
    return "old" if content == scenario.old else "new"


# --- the loop ----------------------------------------------------------------------------------


def environment(directory: Path) -> Dict[str, str]:
    return {**os.environ, "HOME": str(directory / "home"), "XDG_DATA_HOME": str(directory / "xdg"),
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring", "PYTHONPATH": str(ROOT),
            "PYTHONDONTWRITEBYTECODE": "1"}


def cwd_of(directory: Path) -> Path:
    return directory / "repo" if (directory / "repo").exists() else directory


SCENARIOS = {
    "pypirc --fix": Scenario(build_pypirc, pypirc_argv, check_pypirc),
    "pypirc --restore": Scenario(build_fixed_pypirc, restore_argv, check_restore,
                                 refusal_when_done=restore_refusal_when_done),
    "baseline update": Scenario(build_repo, baseline_argv, check_baseline),
}
TARGETS = {"pypirc --fix": Path("dotfiles/.pypirc"), "pypirc --restore": Path("dotfiles/.pypirc"),
           "baseline update": Path("repo/baseline/secrets.baseline")}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_kill_9_at_every_file_change_and_at_random_instants(tmp_path: Path, name: str) -> None:
    strace = strace_or_skip()
    scenario = SCENARIOS[name]
    template = tmp_path / "template"
    template.mkdir()
    scenario.build(template)
    scenario.old = (template / TARGETS[name]).read_bytes()
    # The complete run, once: the new version, and how long a run takes.
    reference = tmp_path / "reference"
    shutil.copytree(template, reference, symlinks=True)
    started = time.monotonic()
    done = secretfence(scenario.argv(reference), cwd_of(reference), environment(reference))
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    scenario.new = (reference / TARGETS[name]).read_bytes()
    assert scenario.new != scenario.old
    if keyring_file(reference).exists():  # the in-process check_keyring reads the file keyring itself reads
        env = environment(reference)
        assert (keyring_get(PYPI, "__token__", env), keyring_get(LOCAL, "alice", env)) == (PYPI_TOKEN, LOCAL_PASSWORD)
        check_keyring(reference)

    runs = 0
    seen = {"old": 0, "new": 0}

    def fresh() -> Path:
        nonlocal runs
        runs += 1
        directory = tmp_path / f"run-{runs}"
        shutil.copytree(template, directory, symlinks=True)
        return directory

    for family in FAMILIES:
        for point in range(1, MAX_POINTS + 1):
            directory = fresh()
            killed = secretfence(scenario.argv(directory), cwd_of(directory), environment(directory),
                                 prefix=[strace, "-o", os.devnull, "-e", f"inject={family}:signal=KILL:when={point}"])
            state = scenario.check(directory, scenario)
            if killed.returncode not in KILLED:
                assert killed.returncode == 0 and state == "new", (family, point, killed.stderr)
                break
            seen[state] += 1
            # Whatever the kill left, running the command again finishes the job.
            refusal = scenario.refusal_when_done(directory) if scenario.refusal_when_done else None
            again = secretfence(scenario.argv(directory), cwd_of(directory), environment(directory))
            if refusal is None:
                assert again.returncode == 0, (family, point, again.stderr)
            else:
                assert again.returncode == 2 and one_error(again) == refusal, (family, point, again.stderr)
            assert scenario.check(directory, scenario) == "new", (family, point)
            shutil.rmtree(directory)
        else:
            pytest.fail(f"{family}: still killed after {MAX_POINTS} calls")

    chance = random.Random(f"secretfence kill {name}")
    for _ in range(max(RANDOM_INSTANTS, RUNS - runs)):
        directory = fresh()
        process = subprocess.Popen([sys.executable, "-m", "secretfence", *scenario.argv(directory)], cwd=cwd_of(directory),
                                   env=environment(directory), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(chance.uniform(0, duration * 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        seen[scenario.check(directory, scenario)] += 1
        shutil.rmtree(directory)
    # The deterministic points landed both before and after the file changed.
    assert seen["old"] > 0 and seen["new"] > 0, seen
    assert runs >= RUNS, runs
