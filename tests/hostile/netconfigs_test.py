"""Network devices' configurations on hostile text (tests/hostile/netconfigs_cases.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.netconfigs_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_form(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
