"""Every hostile case of the literal-credential kind: its finding, masked, in bounded time."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.literal_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_literal_case(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
