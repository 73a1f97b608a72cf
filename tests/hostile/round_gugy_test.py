"""The forms of blind rounds GU-GY on hostile text: every case ends as declared (tests/hostile/round_gugy_cases.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.round_gugy_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_round_gugy_text(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
