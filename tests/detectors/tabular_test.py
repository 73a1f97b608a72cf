"""The tabular kind on a committed CSV fixture, through the command line."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_the_committed_csv_fixture_is_reported_by_scan() -> None:
    """tests/data/tabular/service_keys.csv: its api_key column's generated value is reported, its
    `see-vault` reference is not (and the fixture puts this kind in the project's baseline, which
    tests/e2e/detect_secrets_routes_test.py expects)."""
    root = Path(__file__).resolve().parent.parent.parent
    result = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--no-baseline", "--json",
                             "tests/data/tabular/service_keys.csv"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    found = [(f["filename"], f["line_number"], f["type"], f["confidence"])
             for entries in json.loads(result.stdout)["results"].values() for f in entries]
    assert found == [("tests/data/tabular/service_keys.csv", 3, "Tabular Data Credential", "medium")]
    assert "Qz8Lm2Vw9Xr4Tn7Bk1Pd5Hs3" not in result.stdout
