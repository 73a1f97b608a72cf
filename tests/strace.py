"""strace, for tests that kill secretfence or make a system call fail at an exact point."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess

import pytest


def strace_or_skip() -> str:
    """The strace executable; skips the test where there is none (fails under CI, where
    scripts/test.sh installs it) or where ptrace is not permitted."""
    executable = shutil.which("strace")
    message = "strace is not installed (scripts/test.sh installs it as root)"
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    if subprocess.run([executable, "-o", os.devnull, "true"], capture_output=True).returncode != 0:
        pytest.skip("strace cannot trace here (ptrace is not permitted)")
    return executable


def ctrl_c_as_at_a_terminal() -> None:
    """In the child, before it executes (a `preexec_fn`): SIGINT's default action, whatever the suite inherited (a shell
    starts a command in the background with SIGINT ignored, and Python then never raises KeyboardInterrupt: an injected
    `signal=INT` would go unheard)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def one_error(result: "subprocess.CompletedProcess[str]") -> str:
    """The single `secretfence: error:` line of a run (warnings aside), without its prefix."""
    lines = [line for line in result.stderr.splitlines() if not line.startswith("secretfence: warning:")]
    assert len(lines) == 1 and lines[0].startswith("secretfence: error: "), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    return lines[0][len("secretfence: error: "):]
