"""End-to-end fixtures: a snapshot of this checkout as a hook repository, offline pip."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, Tuple

import pytest

from tests.conftest import ROOT, git

WHEELHOUSE = ROOT / ".cache" / "wheelhouse"


@pytest.fixture(scope="session")
def offline_pip_env() -> Dict[str, str]:
    """pip settings that install only from the wheelhouse scripts/test.sh prepared."""
    if not any(WHEELHOUSE.glob("detect_secrets-*.whl")):
        pytest.fail(f"{WHEELHOUSE} is missing: run scripts/test.sh, which prepares it")
    return {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(WHEELHOUSE), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Tuple[Path, str]:
    """This checkout's files, committed as they are now (what `pre-commit try-repo` does)."""
    snapshot = tmp_path_factory.mktemp("hook-repo")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT, check=True, capture_output=True
    ).stdout.split(b"\0")
    for raw in listed:
        if not raw:
            continue
        name = os.fsdecode(raw)
        source = ROOT / name
        if source.is_file():
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "--no-verify", "-m", "snapshot"]):
        subprocess.run(["git", *args], cwd=snapshot, check=True, env=env, capture_output=True)
    sha = git(snapshot, "rev-parse", "HEAD").strip()
    return snapshot, sha


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One hook environment for the whole session: pre-commit builds it once."""
    return tmp_path_factory.mktemp("pre-commit-home")
