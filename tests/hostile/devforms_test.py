"""Every hostile case of the literal kind's round Q-S forms: its finding, masked, in bounded time."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.devforms_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_devforms_case(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
