"""One-line floods that made a reader superlinear (tests/hostile/long_lines_cases.py): each ends as declared,
the credential after the junk still reported."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.long_lines_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_long_line(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
