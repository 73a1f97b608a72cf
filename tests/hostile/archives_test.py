"""Every hostile artifact ends as it must: exit code, one-line reason, no planted secret printed."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.archives_cases import CASES
from tests.hostile.case import HostileCase, check_case


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_artifact(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
