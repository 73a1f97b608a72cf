"""tests/system_packages.py: a test that needs the database servers waits for scripts/test.sh's
background install to end, and nothing waits where there is none."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests.system_packages import READY_VARIABLE, wait_for_background_packages


def test_nothing_waits_where_no_background_install_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(READY_VARIABLE, raising=False)
    wait_for_background_packages()  # returns: the variable is unset


def test_the_wait_ends_when_the_install_writes_its_status(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ready = tmp_path / "ready"
    monkeypatch.setenv(READY_VARIABLE, str(ready))
    written = []

    def finish_install() -> None:
        time.sleep(0.3)
        ready.write_text("0\n")
        written.append(time.monotonic())

    installer = threading.Thread(target=finish_install)
    installer.start()
    wait_for_background_packages()
    returned = time.monotonic()
    installer.join()
    assert ready.exists() and written and written[0] <= returned  # (it returned only once the file was there)
