"""Hostile backups and keyrings for `pypirc --fix`'s backup and `pypirc --restore`: exit code,
one-line reason, no secret in any output, and the files on disk as they must be."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.case import check_case
from tests.hostile.credentials_cases import CredentialCase
from tests.hostile.pypirc_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_pypirc_backup(case: CredentialCase, tmp_path: Path) -> None:
    outcome = check_case(case, tmp_path)
    if outcome.exit_code == 2:
        errors = [line for line in outcome.stderr.splitlines() if line.startswith("secretfence: error:")]
        assert len(errors) == 1 and case.reason in errors[0], outcome.stderr
    if case.after is not None:
        case.after(tmp_path)
