"""Installing secretfence changes nothing in plain detect-secrets; two explicit routes bring its
plugins in. Real virtual environments: one with the wheel built from this checkout, one with
the same detect-secrets alone, both installed offline from the wheelhouse."""
from __future__ import annotations

import json
import re
import subprocess
import sysconfig
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

from secretfence.kinds import REGISTRY
from secretfence.kinds.pypi_token import encode_token
from tests.conftest import git, write
from tests.e2e.conftest import Venv

pytestmark = pytest.mark.e2e

LEAK = encode_token("pypi.org", "3c1d9e7a-5b2f-4c8d-a6e0-7f4b2d9c1e3a", [[3, "3c1d9e7a-5b2f-4c8d-a6e0-7f4b2d9c1e3a"]])
TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
AWS_ID, AWS_SECRET = "AKIAZ7QW3RT5XK2LMN4P", "Xk4pT9vQ2mL7wR3zN8bF5hJ1cY6dG0sA4eU7iO2q"
OURS = {cls.__name__: cls.secret_type for cls in REGISTRY.detectors()}
TIMESTAMP = re.compile(r'^  "generated_at": "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"$', re.M)


def _unrelated_project(path: Path) -> List[str]:
    """A project that never chose secretfence, with a secret of each kind secretfence knows."""
    files = {
        "deploy/publish.py": f'TOKEN = "{LEAK}"\n',
        "bot.py": f'BOT = "{TELEGRAM}"\n',
        "settings.py": f'AWS_ACCESS_KEY_ID = "{AWS_ID}"\nAWS_SECRET_ACCESS_KEY = "{AWS_SECRET}"\n',
        "cache.conf": "requirepass 9f2Kq7LmX4vB\n",
        "app.py": 'password = "hunter2-but-longer"\n',
    }
    for name, text in files.items():
        write(path / name, text)
    git(path, "init", "-q", "-b", "main")
    git(path, "add", "-A")
    return sorted(files)


def _detect_secrets_outputs(venv: Venv, project: Path, files: List[str]) -> Tuple[str, ...]:
    scan = venv.run("detect-secrets", "scan", cwd=project)
    assert scan.returncode == 0, scan.stderr
    listed = venv.run("detect-secrets", "scan", "--list-all-plugins", cwd=project)
    assert listed.returncode == 0, listed.stderr
    hook = venv.run("detect-secrets-hook", "--no-verify", *files, cwd=project)
    assert hook.returncode == 1, hook.stdout + hook.stderr
    # The only difference between two runs is the time detect-secrets writes in the scan.
    stamped, count = TIMESTAMP.subn('  "generated_at": "<time>"', scan.stdout)
    assert count == 1, scan.stdout
    return (stamped, scan.stderr, listed.stdout, listed.stderr, hook.stdout, hook.stderr)


def test_installing_secretfence_leaves_plain_detect_secrets_byte_identical(
        secretfence_venv: Venv, detect_secrets_venv: Venv, tmp_path: Path) -> None:
    project = tmp_path / "unrelated"
    files = _unrelated_project(project)
    installed = secretfence_venv.run("python", "-c", "import secretfence, detect_secrets.__version__ as v; print(v.VERSION)", cwd=project)
    plain = detect_secrets_venv.run("python", "-c", "import detect_secrets.__version__ as v; print(v.VERSION)", cwd=project)
    assert installed.returncode == 0 and installed.stdout == plain.stdout, installed.stderr + plain.stderr

    with_secretfence = _detect_secrets_outputs(secretfence_venv, project, files)
    without = _detect_secrets_outputs(detect_secrets_venv, project, files)
    assert with_secretfence == without
    # Not a comparison of two empty runs: detect-secrets found its own kinds of each secret but
    # the Redis password, for which it has no plugin (secretfence has).
    document = json.loads(with_secretfence[0])
    assert sorted(document["results"]) == [name for name in files if name != "cache.conf"]
    assert not {plugin["name"] for plugin in document["plugins_used"]} & set(OURS)


def test_nothing_of_secretfence_runs_at_interpreter_start_up(secretfence_venv: Venv, tmp_path: Path) -> None:
    started = secretfence_venv.run("python", "-c", "import sys; print(sorted(m for m in sys.modules if 'secretfence' in m))",
                                   cwd=tmp_path)
    assert (started.returncode, started.stdout) == (0, "[]\n"), started.stderr
    site_packages = secretfence_venv.run("python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path)
    start_up_files = {path.name: path.read_text() for path in Path(site_packages.stdout.strip()).glob("*.pth")}
    assert not [name for name, text in start_up_files.items() if "secretfence" in name + text], start_up_files


def test_detect_secrets_audit_reads_this_projects_baseline_through_secretfence(
        secretfence_venv: Venv, hook_repo: Tuple[Path, str]) -> None:
    """`secretfence detect-secrets audit --stats` counts every finding of secretfence's detectors
    in baseline/secrets.baseline, by label, as the baseline holds them."""
    snapshot, _ = hook_repo
    document = json.loads((snapshot / "baseline" / "secrets.baseline").read_text())
    expected: Dict[str, Counter] = {name: Counter() for name in OURS}
    labels = {True: "true-positives", False: "false-positives", None: "unknown"}
    by_type = {secret_type: name for name, secret_type in OURS.items()}
    for entries in document["results"].values():
        for entry in entries:
            if entry["type"] in by_type:
                expected[by_type[entry["type"]]][labels[entry.get("is_secret")]] += 1
    assert all(sum(counts.values()) for counts in expected.values()), "the baseline holds findings of every detector"

    stats = secretfence_venv.run("secretfence", "detect-secrets", "audit", "--stats", "--json", "baseline/secrets.baseline",
                                 cwd=snapshot)
    assert stats.returncode == 0, stats.stderr
    counted = json.loads(stats.stdout)
    for name, counts in expected.items():
        raw = counted[name]["stats"]["raw"]
        assert {label: raw[label] for label in labels.values()} == {label: counts[label] for label in labels.values()}

    # Plain detect-secrets in the same environment cannot read it: secretfence added nothing to it.
    plain = secretfence_venv.run("detect-secrets", "audit", "--stats", "--json", "baseline/secrets.baseline", cwd=snapshot)
    assert plain.returncode != 0
    assert "KeyError" in plain.stderr


def test_detect_secrets_audit_report_shows_secretfence_findings(secretfence_venv: Venv, tmp_path: Path) -> None:
    project = tmp_path / "project"
    files = _unrelated_project(project)
    assert secretfence_venv.run("secretfence", "baseline", "create", cwd=project).returncode == 0
    report = secretfence_venv.run("secretfence", "detect-secrets", "audit", "--report", "baseline/secrets.baseline",
                                  cwd=project)
    assert report.returncode == 0, report.stderr
    found = {(item["filename"], secret_type) for item in json.loads(report.stdout)["results"] for secret_type in item["types"]}
    assert {entry for entry in found if entry[1] in OURS.values()} == {
        ("bot.py", "Telegram Bot API Token"), ("cache.conf", "Redis Credentials"),
        ("deploy/publish.py", "PyPI API Token"), ("settings.py", "AWS Credentials"),
    }
    assert {name for name, _ in found} <= set(files)


def test_plugin_route_finds_a_pypi_token_with_plain_detect_secrets(secretfence_venv: Venv, tmp_path: Path) -> None:
    """The README's `detect-secrets scan $(secretfence detect-secrets --plugin-args) …`, in a shell."""
    project = tmp_path / "project"
    write(project / "publish.py", f'TOKEN = "{LEAK}"\n')
    env = {**secretfence_venv.env, "PATH": f"{secretfence_venv.path / 'bin'}:{secretfence_venv.env['PATH']}"}
    scan = subprocess.run(["bash", "-c", "detect-secrets scan $(secretfence detect-secrets --plugin-args) publish.py"],
                          cwd=project, env=env, capture_output=True, text=True)
    assert scan.returncode == 0, scan.stderr
    document = json.loads(scan.stdout)
    assert "PyPI API Token" in [entry["type"] for entry in document["results"]["publish.py"]]
    purelib = sysconfig.get_paths(vars={"base": str(secretfence_venv.path), "platbase": str(secretfence_venv.path)})["purelib"]
    plugin = next(p for p in document["plugins_used"] if p["name"] == "SecretfencePypiTokenDetector")
    assert plugin["path"] == f"file://{purelib}/secretfence/compat/detect_secrets/plugins_dir/secretfence_plugins.py"
