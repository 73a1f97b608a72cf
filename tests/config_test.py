from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Dict

import pytest

from tests.conftest import write

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[tool.secretfence]\nbaselin = "x"\n', "has unknown key(s): baselin"),
        ('[tool.secretfence]\nexclude = "tests/"\n', "exclude must be a list of strings"),
        ('[tool.secretfence]\nexclude = ["("]\n', "is not a valid regex"),
        ('[tool.secretfence.upload]\nblock = "sometimes"\n', "block must be one of high, medium, low"),
        ("[tool.secretfence\n", "invalid TOML"),
    ],
)
def test_bad_configuration_is_one_line_exit_2(tmp_path: Path, monkeypatch, run_cli, table: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", table)
    write(tmp_path / "x.py", "x = 1\n")
    code, _, err = run_cli("scan", "x.py")
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_exclude_and_disable(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "fixtures" / "bot.py", f"T = '{TELEGRAM}'\n")
    write(tmp_path / "app.py", f"T = '{TELEGRAM}'\npassword = 'hunter2hunter2'\n")
    assert run_cli("scan", "--json", "app.py")[0] == 1
    write(tmp_path / "pyproject.toml", '[tool.secretfence]\nexclude = ["^fixtures/"]\ndisable = ["telegram", "KeywordDetector"]\n')
    code, out, _ = run_cli("scan", "fixtures/bot.py", "app.py")
    assert code == 0, out
    assert "1 file scanned" in out


# --- a broken detect-secrets installation -----------------------------------------------------


def _site_packages() -> Path:
    return Path(sysconfig.get_paths()["purelib"])


@pytest.mark.parametrize(("module", "plugin"), [("stripe", "StripeDetector"), ("keyword", "KeywordDetector"),
                                                ("high_entropy_strings", "Base64HighEntropyString")])
def test_missing_detect_secrets_plugin_module(tmp_path: Path, module: str, plugin: str) -> None:
    """detect-secrets installed without one of its plugin modules: a real copy of the installed
    package, minus that module, ahead of the real one on the path."""
    site = tmp_path / "site"
    shutil.copytree(_site_packages() / "detect_secrets", site / "detect_secrets",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (site / "detect_secrets" / "plugins" / f"{module}.py").unlink()
    work = tmp_path / "work"
    write(work / "x.py", "x = 1\n")
    env: Dict[str, str] = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("SECRETFENCE_DEBUG", None)
    ran = subprocess.run([sys.executable, "-m", "secretfence", "scan", "x.py"], cwd=work, env=env,
                         capture_output=True, text=True, timeout=120)
    assert (ran.returncode, ran.stdout) == (2, "")
    assert ran.stderr.splitlines() == [
        f"secretfence: error: plugin {plugin} cannot be loaded: module detect_secrets.plugins.{module} is missing "
        "from this installation; reinstall detect-secrets (pip install --force-reinstall detect-secrets)"
    ]
