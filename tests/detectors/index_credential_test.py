"""Package-index credentials shipped inside an artifact block the upload gate (issue 14's
"publishing credentials anywhere"): a .netrc password, and user:password@ in pip.conf and
requirements URLs. The same URL in any other member stays the basic-auth heuristic's warning."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from secretfence.engine import Engine

NETRC_PASSWORD = "Nq4Rt8Lp2Xz6"
PIP_PASSWORD = "Pc7Vb3Mn9Kq1"
REQUIREMENTS_PASSWORD = "Rq5Wt9Yu3Io7"


def _check_dist(tmp_path: Path, members: dict) -> "tuple[int, dict]":
    wheel = tmp_path / "dist" / "pkg-1.0-py3-none-any.whl"
    wheel.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    result = subprocess.run([sys.executable, "-m", "secretfence", "check-dist", "--no-baseline", "--json", "dist"],
                            cwd=tmp_path, capture_output=True, text=True)
    for secret in (NETRC_PASSWORD, PIP_PASSWORD, REQUIREMENTS_PASSWORD):
        assert secret not in result.stdout + result.stderr
    return result.returncode, json.loads(result.stdout)


def test_netrc_pip_conf_and_requirements_credentials_in_an_artifact_block(tmp_path: Path) -> None:
    code, report = _check_dist(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/data/.netrc": f"machine pypi.corp.example\n  login ci\n  password {NETRC_PASSWORD}\n",
        "pkg/data/pip.conf": f"[global]\nindex-url = https://ci:{PIP_PASSWORD}@pypi.corp.example/simple\n",
        "pkg/requirements.txt": f"--extra-index-url https://ci:{REQUIREMENTS_PASSWORD}@pypi.corp.example/simple\nrequests\n",
    })
    assert code == 1
    blocking = sorted((f["filename"], f["line_number"], f["type"]) for found in report["results"].values() for f in found)
    assert blocking == [
        ("dist/pkg-1.0-py3-none-any.whl!pkg/data/.netrc", 3, "Package Index Credential"),
        ("dist/pkg-1.0-py3-none-any.whl!pkg/data/pip.conf", 2, "Package Index Credential"),
        ("dist/pkg-1.0-py3-none-any.whl!pkg/requirements.txt", 1, "Package Index Credential"),
    ]


def test_the_same_url_elsewhere_only_warns(tmp_path: Path) -> None:
    code, report = _check_dist(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/NOTES.md": f"use https://ci:{PIP_PASSWORD}@pypi.corp.example/simple\n",
    })
    assert code == 0 and report["results"] == {}
    assert [(w["filename"], w["type"]) for found in report["warnings"].values() for w in found] == [
        ("dist/pkg-1.0-py3-none-any.whl!pkg/NOTES.md", "Basic Auth Credentials")]


def test_the_committed_pip_conf_fixture_is_reported_by_scan() -> None:
    """tests/data/index_credentials/pip.conf is scanned as pip.conf wherever it is (and puts this
    kind in the project's baseline, which tests/e2e/detect_secrets_routes_test.py expects)."""
    root = Path(__file__).resolve().parent.parent.parent
    result = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--no-baseline", "--json",
                             "tests/data/index_credentials/pip.conf"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    found = [(f["filename"], f["line_number"], f["type"]) for entries in json.loads(result.stdout)["results"].values()
             for f in entries if f["detector"] == "SecretfenceIndexCredentialDetector"]
    assert found == [("tests/data/index_credentials/pip.conf", 3, "Package Index Credential")]
    assert "Fk6Tn2Wq8Zr4" not in result.stdout


@pytest.mark.parametrize(
    ("filename", "line", "found"),
    [
        ("requirements/prod.txt", "--extra-index-url https://ci:Mast$Harbor4417@nexus.corp-build.net/simple\n", True),
        ("requirements/base.in", "-i https://ci:Wq2Lm9Xt4Kp7@nexus.corp-build.net/simple\n", True),
        ("requirements.txt", "--extra-index-url https://ci:${NEXUS_TOKEN}@nexus.corp-build.net/simple\n", False),
        ("Pipfile", '[[source]]\nurl = "https://ci:$NEXUS_TOKEN@nexus.corp-build.net/simple"\n', False),
    ],
)
def test_only_pips_own_variable_syntax_hides_a_requirements_password(filename: str, line: str, found: bool) -> None:
    """pip expands `${NAME}` in a requirements file, nothing else: a bare `$` is the password's."""
    findings = [f for f in Engine().scan_text(filename, line) if f.type == "Package Index Credential"]
    assert bool(findings) is found


def test_a_requirements_directory_password_with_a_dollar_blocks_at_the_gate(tmp_path: Path) -> None:
    """`requirements/prod.txt` is a requirements file, and pip reads `Rq$…` as it stands."""
    password = "Rq5$Wt9Yu3Io7"
    wheel = tmp_path / "dist" / "pkg-1.0-py3-none-any.whl"
    wheel.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("pkg/__init__.py", "")
        archive.writestr("pkg/requirements/prod.txt",
                         f"--extra-index-url https://ci:{password}@nexus.corp-build.net/simple\nrequests\n")
    result = subprocess.run([sys.executable, "-m", "secretfence", "check-dist", "--no-baseline", "--json", "dist"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert password not in result.stdout + result.stderr
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [(f["filename"], f["type"]) for found in report["results"].values() for f in found] == [
        ("dist/pkg-1.0-py3-none-any.whl!pkg/requirements/prod.txt", "Package Index Credential")]
