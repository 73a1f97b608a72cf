"""Every hostile `secretfence detect-secrets` case: one clear line, or detect-secrets' own result
with no code a baseline names run and no secret printed."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.detect_secrets_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_detect_secrets_case(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
    assert not (tmp_path / "IMPORTED").exists(), "a plugin file a baseline names was imported"
