"""secretfence passes its own scan: every (fake) credential in this repository's tracked files is
in its committed baseline, as detect-secrets checks its own repository against its baseline."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HOW_TO_FIX = (
    "secretfence's own scan finds secrets its committed baseline does not hold. If they are test "
    "fixtures (generated fakes), record and audit them:\n"
    "    .venv/bin/secretfence baseline update\n"
    "    .venv/bin/secretfence audit        # answer n (false positive) for each fixture\n"
    "and commit baseline/secrets.baseline. A real-looking credential that is no fixture must be removed "
    "instead.\nNew findings:\n"
)


def test_the_project_passes_its_own_scan() -> None:
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True)
    if tracked.returncode != 0 or not tracked.stdout:
        pytest.skip("not a git checkout: there are no tracked files to scan")
    scan = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--format", "json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    report = json.loads(scan.stdout) if scan.stdout.startswith("{") else {}
    new = [f"  {entry['filename']}:{entry['line_number']}: {entry['type']}  {entry['secret_masked']}"
           for entries in report.get("results", {}).values() for entry in entries]
    unreadable = [f"  {name}: {reason}" for name, reason in report.get("errors", {}).items()]
    assert scan.returncode == 0, HOW_TO_FIX + "\n".join(new + unreadable) + scan.stderr
    assert report["summary"]["known"] > 0  # the committed baseline was used
