"""`secretfence detect-secrets`: detect-secrets' own tools with secretfence's plugins, by an explicit
route, while plain detect-secrets stays as it is (this environment has both installed)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional, Set

from secretfence.compat.detect_secrets.registration import plugin_files
from secretfence.kinds import REGISTRY
from tests.conftest import git, write

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
OTHER_TELEGRAM = "6120947731:AAF3kQpZr8TnW2yLm5Xv7Bc4Hd9Js6Kt0Qe"
REDIS_LINE = "requirepass 9f2Kq7LmX4vB\n"
OURS = {cls.__name__ for cls in REGISTRY.detectors()}


def detect_secrets(*args: str, cwd: Path, program: str = "detect-secrets") -> "subprocess.CompletedProcess[str]":
    """Plain detect-secrets, as installed beside secretfence in this environment."""
    executable = Path(sys.executable).parent / program
    return subprocess.run([str(executable), *args], cwd=cwd, capture_output=True, text=True)


def secretfence(*args: str, cwd: Path, env: Optional[Dict[str, str]] = None) -> "subprocess.CompletedProcess[str]":
    return subprocess.run([sys.executable, "-m", "secretfence", *args], cwd=cwd, capture_output=True, text=True,
                          env=env)


def _types(output: str, filename: str) -> List[str]:
    return sorted(entry["type"] for entry in json.loads(output)["results"].get(filename, []))


def _plugin_names(output: str) -> Set[str]:
    return {plugin["name"] for plugin in json.loads(output)["plugins_used"]}


def test_plain_detect_secrets_knows_nothing_of_secretfence(tmp_path: Path) -> None:
    """Installed secretfence adds nothing to plain `detect-secrets scan`; the explicit route does."""
    write(tmp_path / "bot.txt", f"token {TELEGRAM}\n")
    plain = detect_secrets("scan", "bot.txt", cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert _types(plain.stdout, "bot.txt") == ["Telegram Bot Token"]
    assert not _plugin_names(plain.stdout) & OURS

    routed = secretfence("detect-secrets", "scan", "bot.txt", cwd=tmp_path)
    assert routed.returncode == 0, routed.stderr
    assert _types(routed.stdout, "bot.txt") == ["Telegram Bot API Token", "Telegram Bot Token"]
    assert OURS <= _plugin_names(routed.stdout)
    assert not any("path" in plugin for plugin in json.loads(routed.stdout)["plugins_used"])


def test_plugin_args_load_every_detector_into_plain_detect_secrets(tmp_path: Path) -> None:
    listed = secretfence("detect-secrets", "--plugin-paths", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    paths = listed.stdout.splitlines()
    assert paths == plugin_files() and len(paths) == 1
    assert all(os.path.isfile(path) for path in paths)
    options = secretfence("detect-secrets", "--plugin-args", cwd=tmp_path)
    assert options.returncode == 0, options.stderr
    assert options.stdout.splitlines() == [f"--plugin {path}" for path in paths]

    write(tmp_path / "cache.conf", REDIS_LINE)
    write(tmp_path / "bot.txt", f"token {TELEGRAM}\n")
    result = detect_secrets("scan", *options.stdout.split(), "cache.conf", "bot.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _types(result.stdout, "cache.conf") == ["Redis Credentials"]
    assert "Telegram Bot API Token" in _types(result.stdout, "bot.txt")
    recorded = {plugin["name"]: plugin.get("path") for plugin in json.loads(result.stdout)["plugins_used"]}
    # detect-secrets 1.5 records a --plugin file as a `path` beside the plugin's name.
    assert {name: recorded[name] for name in OURS} == {name: f"file://{paths[0]}" for name in OURS}


def test_baseline_from_secretfence_works_with_detect_secrets_audit_and_hook(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "bot.txt", f"token {TELEGRAM}\n")
    write(temp_git_dir / "cache.conf", REDIS_LINE)
    assert run_cli("baseline", "create", "bot.txt", "cache.conf")[0] == 0
    document = json.loads((temp_git_dir / "baseline" / "secrets.baseline").read_text())
    assert "generated_at" not in document
    assert not any("path" in plugin for plugin in document["plugins_used"]), "no machine-specific paths"
    assert str(temp_git_dir) not in json.dumps(document)

    stats = secretfence("detect-secrets", "audit", "--stats", "baseline/secrets.baseline", cwd=temp_git_dir)
    assert stats.returncode == 0, stats.stderr
    assert "Plugin: SecretfenceTelegramDetector" in stats.stdout
    assert "Plugin: SecretfenceRedisDetector" in stats.stdout

    before = (temp_git_dir / "baseline" / "secrets.baseline").read_text()
    write(temp_git_dir / "bot.txt", f"\n\ntoken {TELEGRAM}\n")  # the hook re-writes moved line numbers
    as_json = secretfence("detect-secrets", "audit", "--stats", "--json", "baseline/secrets.baseline", cwd=temp_git_dir)
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["SecretfenceTelegramDetector"]["stats"]["raw"]["unknown"] == 1
    ran = secretfence("detect-secrets", "hook", "--no-verify", "--baseline", "baseline/secrets.baseline",
                      "bot.txt", "cache.conf", cwd=temp_git_dir)
    assert ran.returncode == 3, ran.stdout + ran.stderr  # 3 = nothing new; it re-wrote the baseline
    assert "Traceback" not in ran.stderr
    rewritten = json.loads((temp_git_dir / "baseline" / "secrets.baseline").read_text())
    # detect-secrets itself saw our findings: it re-found them where they moved.
    assert [(e["type"], e["line_number"]) for e in rewritten["results"]["bot.txt"]] == [("Telegram Bot API Token", 3)]
    assert {e["type"] for e in rewritten["results"]["cache.conf"]} == {"Redis Credentials"}
    assert json.loads(before)["results"]["bot.txt"][0]["hashed_secret"] == rewritten["results"]["bot.txt"][0]["hashed_secret"]

    # A new secret: detect-secrets' hook blocks it, under our type.
    write(temp_git_dir / "new.txt", f"token {OTHER_TELEGRAM}\n")
    blocked = secretfence("detect-secrets", "hook", "--no-verify", "--baseline", "baseline/secrets.baseline",
                          "bot.txt", "new.txt", cwd=temp_git_dir)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "Secret Type: Telegram Bot API Token" in blocked.stdout
    assert "Location:    new.txt:1" in blocked.stdout


def test_plain_detect_secrets_reads_a_secretfence_baseline_with_plugin_args(temp_git_dir: Path, run_cli) -> None:
    """The --plugin route with a secretfence baseline; secretfence then ignores and drops the
    `path`s detect-secrets recorded."""
    write(temp_git_dir / "bot.txt", f"token {TELEGRAM}\n")
    write(temp_git_dir / "cache.conf", REDIS_LINE)
    git(temp_git_dir, "add", "bot.txt", "cache.conf")
    assert run_cli("baseline", "create")[0] == 0
    options = secretfence("detect-secrets", "--plugin-args", cwd=temp_git_dir).stdout.split()

    accounted = detect_secrets("--no-verify", "--baseline", "baseline/secrets.baseline", *options, "bot.txt",
                               "cache.conf", cwd=temp_git_dir, program="detect-secrets-hook")
    assert accounted.returncode == 0, accounted.stdout + accounted.stderr
    write(temp_git_dir / "new.txt", f"token {OTHER_TELEGRAM}\n")
    blocked = detect_secrets("--no-verify", "--baseline", "baseline/secrets.baseline", *options, "new.txt",
                             cwd=temp_git_dir, program="detect-secrets-hook")
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "Secret Type: Telegram Bot API Token" in blocked.stdout

    rescanned = detect_secrets("scan", "--baseline", "baseline/secrets.baseline", *options, cwd=temp_git_dir)
    assert rescanned.returncode == 0, rescanned.stdout + rescanned.stderr
    document = json.loads((temp_git_dir / "baseline" / "secrets.baseline").read_text())
    assert {e["type"] for e in document["results"]["bot.txt"]} == {"Telegram Bot API Token"}
    assert {plugin["name"] for plugin in document["plugins_used"] if "path" in plugin} == OURS

    # secretfence reads that baseline as data: the paths are ignored, the findings accounted for...
    code, out, err = run_cli("scan", "bot.txt", "cache.conf")
    assert code == 0, out + err
    # ...and its next write leaves them out.
    assert run_cli("baseline", "update")[0] == 0
    updated = json.loads((temp_git_dir / "baseline" / "secrets.baseline").read_text())
    assert not any("path" in plugin for plugin in updated["plugins_used"])
    assert OURS <= {plugin["name"] for plugin in updated["plugins_used"]}


def test_help_and_detect_secrets_own_help(tmp_path: Path, run_cli) -> None:
    code, out, err = run_cli("detect-secrets", "--help")
    assert (code, err) == (0, "")
    assert out.startswith("usage: secretfence detect-secrets scan|audit [ARGS...]\n")
    code, out, err = run_cli("--help")
    assert code == 0 and "    detect-secrets" in out
    own = secretfence("detect-secrets", "scan", "--help", cwd=tmp_path)
    assert own.returncode == 0, own.stderr
    assert own.stdout.startswith("usage: detect-secrets scan [-h]")
    hook = secretfence("detect-secrets", "hook", "--help", cwd=tmp_path)
    assert hook.returncode == 0, hook.stderr
    assert hook.stdout.startswith("usage: detect-secrets-hook [-h]")


def test_exit_codes_are_detect_secrets_own(tmp_path: Path) -> None:
    write(tmp_path / "bot.txt", f"token {TELEGRAM}\n")
    found = secretfence("detect-secrets", "hook", "--no-verify", "bot.txt", cwd=tmp_path)
    assert found.returncode == 1, found.stdout + found.stderr
    assert "Secret Type: Telegram Bot API Token" in found.stdout
    write(tmp_path / "clean.txt", "nothing here\n")
    clean = secretfence("detect-secrets", "hook", "--no-verify", "clean.txt", cwd=tmp_path)
    assert (clean.returncode, clean.stdout, clean.stderr) == (0, "", "")
    unknown = secretfence("detect-secrets", "scan", "--no-such-option", cwd=tmp_path)
    assert unknown.returncode == 2
    assert unknown.stderr.splitlines()[-1] == "detect-secrets: error: unrecognized arguments: --no-such-option"
