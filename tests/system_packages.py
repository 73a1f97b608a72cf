"""The database servers' Debian packages, which scripts/test.sh installs while the tests already run.

On a fresh machine (CI's) installing PostgreSQL and MariaDB is the longest step of the set-up; the
tests that start them are a few dozen of some 24,000. So scripts/test.sh installs those two in the
background, names a file in READY_VARIABLE, and writes apt-get's exit status there once it is done;
a test that needs either server waits for that file first. Where the variable is not set (pytest run
directly, packages installed already) nothing waits.
"""
from __future__ import annotations

import os
import time

import pytest

READY_VARIABLE = "SECRETFENCE_TESTS_PACKAGES_READY"
# apt-get on a slow mirror; past this the test fails (a hung install must not hang the suite).
WAIT_SECONDS = 900.0


def wait_for_background_packages() -> None:
    """Return once scripts/test.sh's background install has ended (at once where there is none)."""
    ready = os.environ.get(READY_VARIABLE)
    if not ready:
        return
    deadline = time.monotonic() + WAIT_SECONDS
    while not os.path.exists(ready):
        if time.monotonic() > deadline:
            pytest.fail(f"scripts/test.sh's background install of the database servers did not end in {WAIT_SECONDS:.0f} s")
        time.sleep(0.5)
