"""secretfence as pip installs it from PyPI: the sdist builds, a wheel builds from that sdist,
and the wheel installs into a fresh virtual environment where the tool runs. Offline: the
build uses this environment's setuptools (--no-isolation), the install uses the wheelhouse."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Dict, Tuple

import pytest

from secretfence import __version__
from secretfence.kinds.pypi_token import encode_token
from tests.conftest import write

pytestmark = pytest.mark.e2e

LEAK = encode_token("pypi.org", "0b6c7a52-4a8e-4a6b-9d0e-2f1c3e4d5a6b", [[3, "0b6c7a52-4a8e-4a6b-9d0e-2f1c3e4d5a6b"]])


def build(args: Tuple[str, ...], source: Path, output: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", *args, "--outdir", str(output), str(source)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [built] = [path for path in output.iterdir() if path.name.endswith(".tar.gz" if "--sdist" in args else ".whl")]
    return built


def test_sdist_builds_a_wheel_that_installs_and_runs(hook_repo: Tuple[Path, str], tmp_path: Path,
                                                     offline_pip_env: Dict[str, str]) -> None:
    snapshot, _ = hook_repo  # this checkout's files, as committed and about to be
    source = tmp_path / "source"
    shutil.copytree(snapshot, source, ignore=shutil.ignore_patterns(".git"))
    sdist = build(("--sdist",), source, tmp_path / "sdist")
    assert sdist.name == f"secretfence-{__version__}.tar.gz"

    unpacked = tmp_path / "unpacked"
    safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python >= 3.9.17 / 3.11.4
    with tarfile.open(sdist) as archive:
        archive.extractall(unpacked, **safe)  # type: ignore[arg-type]
    wheel = build(("--wheel",), unpacked / f"secretfence-{__version__}", tmp_path / "wheel")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"secretfence/cli.py", "secretfence/py.typed", f"secretfence-{__version__}.dist-info/entry_points.txt"} <= names

    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    env = {**os.environ, **offline_pip_env}
    env.pop("PYTHONPATH", None)
    installed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                               env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]

    tool = str(venv / "bin" / "secretfence")
    version = subprocess.run([tool, "--version"], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout in (f"secretfence {__version__} (compiled scanner)\n", f"secretfence {__version__} (pure-Python scanner)\n")

    project = tmp_path / "project"
    write(project / "publish.py", f'TOKEN = "{LEAK}"\n')
    write(project / "clean.py", "VALUE = 1\n")
    scan = subprocess.run([tool, "scan", "--no-baseline", "--format", "json", "publish.py", "clean.py"], env=env,
                          capture_output=True, text=True, cwd=project)
    assert scan.returncode == 1, scan.stdout + scan.stderr
    assert '"type": "PyPI API Token"' in scan.stdout and LEAK not in scan.stdout + scan.stderr
    clean = subprocess.run([tool, "scan", "--no-baseline", "clean.py"], env=env, capture_output=True, text=True, cwd=project)
    assert clean.returncode == 0, clean.stdout + clean.stderr
