"""Blank runs around an absent separator or value on hostile text: every case ends as declared (tests/hostile/blank_runs_cases.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.blank_runs_cases import CASES
from tests.hostile.case import HostileCase, check_case


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_blank_runs(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
