"""Every hostile configuration case: one clear line (or a refused check), no secret printed."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.config_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_config_case(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
