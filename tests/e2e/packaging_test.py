"""secretfence as pip installs it from PyPI: the sdist builds, a wheel builds from that sdist,
and the wheel installs into a fresh virtual environment where the tool runs. Offline: the
build uses this environment's setuptools (--no-isolation), the install uses the wheelhouse
(fixtures `built` and `secretfence_venv` in conftest.py, shared with the other e2e tests)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from secretfence import __version__
from secretfence.kinds.pypi_token import encode_token
from tests.conftest import write
from tests.e2e.conftest import Built, Venv

pytestmark = pytest.mark.e2e

LEAK = encode_token("pypi.org", "0b6c7a52-4a8e-4a6b-9d0e-2f1c3e4d5a6b", [[3, "0b6c7a52-4a8e-4a6b-9d0e-2f1c3e4d5a6b"]])


def test_sdist_builds_a_wheel_that_installs_and_runs(built: Built, secretfence_venv: Venv, tmp_path: Path) -> None:
    assert built.sdist.name == f"secretfence-{__version__}.tar.gz"
    with zipfile.ZipFile(built.wheel) as archive:
        names = set(archive.namelist())
    assert {"secretfence/cli.py", "secretfence/py.typed", f"secretfence-{__version__}.dist-info/entry_points.txt"} <= names
    # The file `detect-secrets scan --plugin` loads ships in the package...
    assert "secretfence/compat/detect_secrets/plugins_dir/secretfence_plugins.py" in names
    # ...and nothing is installed that Python runs at start-up.
    assert not [name for name in names if name.endswith(".pth")]

    version = secretfence_venv.run("secretfence", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout in (f"secretfence {__version__} (compiled scanner)\n", f"secretfence {__version__} (pure-Python scanner)\n")

    project = tmp_path / "project"
    write(project / "publish.py", f'TOKEN = "{LEAK}"\n')
    write(project / "clean.py", "VALUE = 1\n")
    scan = secretfence_venv.run("secretfence", "scan", "--no-baseline", "--format", "json", "publish.py", "clean.py", cwd=project)
    assert scan.returncode == 1, scan.stdout + scan.stderr
    assert '"type": "PyPI API Token"' in scan.stdout and LEAK not in scan.stdout + scan.stderr
    clean = secretfence_venv.run("secretfence", "scan", "--no-baseline", "clean.py", cwd=project)
    assert clean.returncode == 0, clean.stdout + clean.stderr
