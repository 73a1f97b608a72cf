"""Hostile inputs for the references of blind rounds Y, Z and AA: each ends as it must, no planted secret printed."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.references_cases import CASES
from tests.hostile.case import HostileCase, check_case


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
