"""Hostile inputs, declared once: the tests check each one's outcome, benchmarks/hostile.py
measures its time and peak memory.

Each area keeps its cases in `tests/hostile/<area>_cases.py` as a module-level `CASES` list and
runs them from `tests/hostile/<area>_test.py` with `check_case`. A case builds its inputs in an
empty directory and says how secretfence must end on them: the exit code, and a fragment of the
one-line reason it must print. Secrets planted in a case must never appear in any output.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Optional, Sequence, Tuple

# A hang (a FIFO read forever, a bomb inflating) must fail the test rather than stall the suite.
# This is a safety net, not a speed check: the benchmark measures how long each case takes.
HANG_SECONDS = 300.0

# The suite checks each case's outcome; benchmarks/hostile.py measures time and peak memory, at the
# full sizes. The floods most cases share (a line of fragments, thousands of lines) run an eighth to
# a third of that in the suite: still past every per-line and per-block limit of the readers, and
# the planted token after them must still be found. Set this to run the suite at full size.
FULL_SIZE_VARIABLE = "SECRETFENCE_HOSTILE_FULL_SIZE"


def sized(full: int, suite: int) -> int:
    """`full` where full sizes are asked for (the benchmark sets FULL_SIZE_VARIABLE), else `suite`."""
    return full if os.environ.get(FULL_SIZE_VARIABLE) else suite


@dataclass(frozen=True)
class HostileCase:
    name: str
    # Creates the inputs under the given (empty, current) directory; returns secretfence's argv.
    build: Callable[[Path], Sequence[str]]
    exit_code: int
    reason: str  # must appear in stdout or stderr (the one-line reason, or the finding's type)
    secrets: Tuple[str, ...] = ()  # planted whole secrets: none may appear in any output
    env: Optional[Dict[str, str]] = None  # extra environment variables
    stdin: Optional[bytes] = None
    # Runs as a real subprocess even in the suite: the case shadows a module that the hostile
    # cases' fork server has imported already (tests/hostile/forkserver.py).
    fresh_process: bool = False


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


def command(argv: Sequence[str]) -> list:
    return [sys.executable, "-m", "secretfence", *argv]


def environment(case: HostileCase) -> Dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "SECRETFENCE_DEBUG"}
    env.update(case.env or {})
    return env


def run_case(case: HostileCase, directory: Path) -> Outcome:
    argv = case.build(directory)
    completed = subprocess.run(
        command(argv), cwd=directory, env=environment(case), input=case.stdin if case.stdin is not None else b"",
        capture_output=True, timeout=HANG_SECONDS,
    )
    return Outcome(completed.returncode, completed.stdout.decode("utf-8", "replace"),
                   completed.stderr.decode("utf-8", "replace"))


# Set to run every case as a real subprocess, as benchmarks/hostile.py does (tests/hostile/forkserver.py).
SUBPROCESS_VARIABLE = "SECRETFENCE_HOSTILE_SUBPROCESS"


def run_case_forked(case: HostileCase, directory: Path) -> Outcome:
    """run_case's outcome, the run forked from a server that has imported secretfence already; a
    case with its own environment or standard input, or asking for a fresh process, runs as a
    subprocess."""
    if (case.env is not None or case.stdin is not None or case.fresh_process
            or os.environ.get(SUBPROCESS_VARIABLE)):
        return run_case(case, directory)
    from tests.hostile.forkserver import run_forked

    argv = case.build(directory)
    code, stdout, stderr = run_forked(argv, directory, environment(case), HANG_SECONDS)
    return Outcome(code, stdout, stderr)


def check_case(case: HostileCase, directory: Path) -> Outcome:
    """Run the case and assert what every hostile input owes the user."""
    outcome = run_case_forked(case, directory)
    output = outcome.stdout + outcome.stderr
    assert outcome.exit_code == case.exit_code, (case.name, outcome.exit_code, output[-2000:])
    assert case.reason in output, (case.name, case.reason, output[-2000:])
    assert "Traceback" not in output and "internal error" not in output, (case.name, output[-2000:])
    error_lines = [line for line in outcome.stderr.splitlines() if line.startswith("secretfence: error:")]
    assert len(error_lines) <= 1, (case.name, error_lines)
    for secret in case.secrets:
        assert secret not in output, f"{case.name}: a whole secret reached the output"
    return outcome


def scan_of(relative: str, make: Callable[[], bytes]) -> Callable[[Path], Sequence[str]]:
    """A case's build: the file `relative` (its directories made) holding `make()`, scanned."""
    def build(directory: Path) -> Sequence[str]:
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(make())
        return ["scan", "--no-baseline", relative]
    return build
