"""The suite's scheduler (tests/xdist_scheduling.py) keeps a group of tests on one worker and runs
every test once, on a small suite of its own run by the real pytest-xdist with this conftest's hooks."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, write

CONFTEST = '''
import os
import pytest
from tests.conftest import (pytest_collection_finish, pytest_collection_modifyitems, pytest_configure,
                            pytest_xdist_make_scheduler)

@pytest.fixture(scope="session")
def postgres():
    return os.environ["PYTEST_XDIST_WORKER"]
'''
TESTS = '''
import os
from pathlib import Path

def record(name):
    with open(Path(__file__).parent / "ran.txt", "a") as ran:
        ran.write(f"{name} {os.environ['PYTEST_XDIST_WORKER']}\\n")
''' + "".join(f'''
def test_shared_{number}(postgres):
    record("shared_{number}")

def test_alone_{number}():
    record("alone_{number}")
''' for number in range(12))


def test_a_group_runs_on_one_worker_and_every_test_runs_once(tmp_path: Path) -> None:
    write(tmp_path / "conftest.py", CONFTEST)
    write(tmp_path / "sample_test.py", TESTS)
    # (run from the suite's own xdist worker: none of its variables may make the run below think itself a worker)
    environment = {name: value for name, value in os.environ.items()
                   if not name.startswith("PYTEST_") and name != "SECRETFENCE_TESTS_XDIST_GROUPS"}
    environment["PYTHONPATH"] = str(ROOT)
    # (its own --basetemp: xdist makes the workers' temporary directories at start-up, and a numbered base of pytest's own
    # would remove the oldest of /tmp/pytest-of-<user>/pytest-N, other runs' directories: an earlier suite's, thousands of
    # homes, some 18 s to delete)
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup",
                           "--basetemp", str(tmp_path / "basetemp"), "-o", "python_files=*_test.py", "sample_test.py"],
                          cwd=tmp_path, env=environment,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    ran = dict(line.split() for line in (tmp_path / "ran.txt").read_text().splitlines())
    assert len((tmp_path / "ran.txt").read_text().splitlines()) == len(ran) == 24  # each test once
    assert len({ran[f"shared_{number}"] for number in range(12)}) == 1
    assert set(ran.values()) == {"gw0", "gw1"}  # (the others were spread: both workers ran)
