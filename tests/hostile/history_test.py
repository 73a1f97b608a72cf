"""Hostile repositories and indexes end as they must: exit code, one-line reason, no secret printed."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.history_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_history_and_release(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
