"""Every hostile input of tests/hostile/review2_cases.py ends as declared: exit code, one-line
reason (or the finding's type), no traceback, no planted secret in the output."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.review2_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
