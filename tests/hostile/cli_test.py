"""Every hostile command line of tests/hostile/cli_cases.py ends as declared: exit 2, its one-line
reason, no traceback, no planted secret in the output."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import HostileCase, check_case
from tests.hostile.cli_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_command_line(case: HostileCase, tmp_path: Path) -> None:
    check_case(case, tmp_path)
