"""Every hostile baseline case of tests/hostile/baseline_cases.py ends as declared: exit code,
one-line reason (or the finding the baseline tried to hide), no traceback, no planted secret."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.baseline_cases import CASES
from tests.hostile.case import HostileCase, check_case


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_baseline(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
