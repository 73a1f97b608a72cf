"""The composite GitHub Action in .github/actions/check-dist: its steps are parsed from the YAML
and run as GitHub runs them (bash, with the inputs' defaults in the step's environment), on a
clean and a leaky dist; the install step installs this very checkout."""
from __future__ import annotations

import json
import os
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Dict, List

import yaml

from tests.conftest import ROOT
from tests.fakes import pypi_token

ACTION = ROOT / ".github" / "actions" / "check-dist" / "action.yml"
LEAK = pypi_token(31)
VENV_BIN = str(Path(os.sys.executable).parent)


def _action() -> Dict:
    return yaml.safe_load(ACTION.read_text())  # type: ignore[no-any-return]


def _environment(step: Dict, inputs: Dict[str, str]) -> Dict[str, str]:
    """The step's `env:` with `${{ inputs.x }}` replaced by the input's value, as GitHub does."""
    return {name: re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], str(value))
            for name, value in (step.get("env") or {}).items()}


def _wheel(path: Path, member_text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("tinypkg/__init__.py", member_text)
        archive.writestr("tinypkg-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: tinypkg\nVersion: 1.0\n")
    return path


def _run_scan(workspace: Path) -> "subprocess.CompletedProcess[str]":
    action = _action()
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    [scan] = [step for step in action["runs"]["steps"] if "check-dist" in step["run"]]
    assert scan["shell"] == "bash"
    env = {**os.environ, **_environment(scan, inputs), "PATH": VENV_BIN + os.pathsep + os.environ["PATH"]}
    # GitHub runs a bash step as `bash --noprofile --norc -eo pipefail {0}`.
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", scan["run"]], cwd=workspace,
                          env=env, capture_output=True, text=True)


def test_the_action_is_composite_with_the_documented_inputs() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    assert {name: spec.get("default") for name, spec in action["inputs"].items()} == {
        "dist": "dist/", "sarif": "secretfence.sarif", "requirement": ""}
    runs: List[str] = [step["run"] for step in action["runs"]["steps"]]
    assert runs[1] == 'secretfence check-dist "$DIST" --format sarif > "$SARIF"'
    # The install step installs the action's own repository: this checkout, by its path.
    assert '"${REQUIREMENT:-$GITHUB_ACTION_PATH/../../..}"' in runs[0] and "pip install" in runs[0]
    assert (ACTION.parent / "../../..").resolve() == ROOT and (ROOT / "pyproject.toml").is_file()


def test_a_clean_dist_passes_with_an_empty_sarif_report(tmp_path: Path) -> None:
    _wheel(tmp_path / "dist" / "tinypkg-1.0-py3-none-any.whl", "VALUE = 1\n")
    result = _run_scan(tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads((tmp_path / "secretfence.sarif").read_text())
    assert report["version"] == "2.1.0" and report["runs"][0]["results"] == []


def test_a_leaky_dist_fails_the_job_and_the_sarif_names_the_member(tmp_path: Path) -> None:
    _wheel(tmp_path / "dist" / "tinypkg-1.0-py3-none-any.whl", f'TOKEN = "{LEAK}"\n')
    result = _run_scan(tmp_path)
    assert result.returncode == 1, result.stderr
    text = (tmp_path / "secretfence.sarif").read_text()
    assert LEAK not in text + result.stdout + result.stderr
    [found] = json.loads(text)["runs"][0]["results"]
    location = found["locations"][0]["physicalLocation"]
    # SARIF names the member by its source path, so code scanning can place it in the repository.
    assert location["artifactLocation"]["uri"] == "tinypkg/__init__.py"
    assert location["region"]["startLine"] == 1
    assert found["ruleId"] == "SecretfencePypiTokenDetector" and found["level"] == "error"
