"""secretfence's detectors inside plain detect-secrets 1.5, and its baselines read by it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import List


import secretfence.ds_plugins.secretfence_redis as redis_plugin_module
from tests.conftest import write

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"


def detect_secrets(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    executable = Path(sys.executable).parent / "detect-secrets"
    return subprocess.run([str(executable), *args], cwd=cwd, capture_output=True, text=True)


def _types(output: str, filename: str) -> List[str]:
    return sorted(entry["type"] for entry in json.loads(output)["results"].get(filename, []))


def test_plugin_flag_loads_a_detector_module(tmp_path: Path) -> None:
    write(tmp_path / "cache.conf", "requirepass 9f2Kq7LmX4vB\n")
    result = detect_secrets("scan", "--plugin", redis_plugin_module.__file__, "cache.conf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _types(result.stdout, "cache.conf") == ["Redis Credentials"]


def test_installed_secretfence_makes_its_detectors_native(tmp_path: Path) -> None:
    """With the bridge .pth installed, plain `detect-secrets scan` runs our detectors too."""
    write(tmp_path / "bot.txt", f"token {TELEGRAM}\n")
    result = detect_secrets("scan", "bot.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Telegram Bot API Token" in _types(result.stdout, "bot.txt")
    names = {plugin["name"] for plugin in json.loads(result.stdout)["plugins_used"]}
    assert {"SecretfenceAwsDetector", "SecretfencePypiTokenDetector", "SecretfenceRedisDetector",
            "SecretfenceTelegramDetector"} <= names


def test_baseline_from_secretfence_works_with_detect_secrets_audit_and_hook(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "bot.txt", f"token {TELEGRAM}\n")
    write(temp_git_dir / "cache.conf", "requirepass 9f2Kq7LmX4vB\n")
    assert run_cli("baseline", "create", "bot.txt", "cache.conf")[0] == 0
    document = json.loads((temp_git_dir / "baseline" / "secrets.baseline").read_text())
    assert "generated_at" not in document
    assert not any("path" in plugin for plugin in document["plugins_used"]), "no machine-specific paths"
    assert str(temp_git_dir) not in json.dumps(document)

    stats = detect_secrets("audit", "--stats", "baseline/secrets.baseline", cwd=temp_git_dir)
    assert stats.returncode == 0, stats.stderr
    assert "Plugin: SecretfenceTelegramDetector" in stats.stdout
    assert "Plugin: SecretfenceRedisDetector" in stats.stdout

    before = (temp_git_dir / "baseline" / "secrets.baseline").read_text()
    as_json = detect_secrets("audit", "--stats", "--json", "baseline/secrets.baseline", cwd=temp_git_dir)
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["SecretfenceTelegramDetector"]["stats"]["raw"]["unknown"] == 1
    hook_exe = Path(sys.executable).parent / "detect-secrets-hook"
    ran = subprocess.run([str(hook_exe), "--no-verify", "--baseline", "baseline/secrets.baseline", "bot.txt", "cache.conf"],
                         cwd=temp_git_dir, capture_output=True, text=True)
    assert ran.returncode in (0, 3), ran.stdout + ran.stderr  # 3 = it only rewrote line numbers/timestamp
    assert "Traceback" not in ran.stderr
    rewritten = json.loads((temp_git_dir / "baseline" / "secrets.baseline").read_text())
    # detect-secrets itself saw our findings: it kept them when it re-wrote the file.
    assert {e["type"] for e in rewritten["results"]["bot.txt"]} == {"Telegram Bot API Token"}
    assert {e["type"] for e in rewritten["results"]["cache.conf"]} == {"Redis Credentials"}
    assert json.loads(before)["results"]["bot.txt"][0]["hashed_secret"] == rewritten["results"]["bot.txt"][0]["hashed_secret"]
