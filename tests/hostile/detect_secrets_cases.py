"""Hostile input to `secretfence detect-secrets`: no command, stray arguments, detect-secrets
failing on a baseline, and a baseline whose secretfence plugin `path` names code. Each ends in
one line naming the problem (exit 2), or in detect-secrets' own result with the code not run."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any, Callable, Dict, List, Sequence

from tests.hostile.case import HostileCase

# Generated fakes with the right shape; neither was ever a live credential.
TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
TELEGRAM_SHA1 = "6559f48846812ad35d95fcb414177c66da368a60"
# What a plugin file named by a baseline would print if it were imported.
TRAP_OUTPUT = "trap-imported-Zq8Xv2Lm"
TRAP = f"print({TRAP_OUTPUT!r})\nopen('IMPORTED', 'w').close()\n"
BASELINE = "baseline/secrets.baseline"


def _write(path: Path, data: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data)
    return path


def _baseline(plugins: List[Dict[str, Any]]) -> str:
    entry = {"type": "Telegram Bot API Token", "filename": "bot.txt", "hashed_secret": TELEGRAM_SHA1,
             "is_verified": False, "line_number": 1}
    return json.dumps({"version": "1.5.0", "plugins_used": plugins, "filters_used": [],
                       "results": {"bot.txt": [entry]}}, indent=2)


def _with_baseline(plugins: Callable[[Path], List[Dict[str, Any]]], argv: Sequence[str]) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        subprocess.run(["git", "init", "-q"], cwd=directory, check=True)
        _write(directory / "bot.txt", f"token {TELEGRAM}\n")
        _write(directory / BASELINE, _baseline(plugins(directory)))
        return list(argv)

    return build


def _trap_path(directory: Path) -> List[Dict[str, Any]]:
    trap = _write(directory / "trap.py", TRAP)
    return [{"name": "SecretfenceTelegramDetector", "path": f"file://{trap}"}]


CASES: List[HostileCase] = [
    HostileCase("detect-secrets: no command", lambda d: ["detect-secrets"], 2,
                "secretfence: error: detect-secrets: name a command: scan, audit, hook (detect-secrets-hook), "
                "--plugin-args or --plugin-paths"),
    HostileCase("detect-secrets: --plugin-args with an argument", lambda d: ["detect-secrets", "--plugin-args", "x.py"],
                2, "secretfence: error: detect-secrets: --plugin-args takes no arguments"),
    HostileCase("detect-secrets: audit of a missing baseline",
                lambda d: ["detect-secrets", "audit", "--stats", "missing.baseline"], 2,
                "secretfence: error: detect-secrets stopped with UnableToReadBaselineError"),
    HostileCase("detect-secrets: hook with a baseline naming an unknown plugin",
                _with_baseline(lambda d: [{"name": "MadeUpDetector"}],
                               ["detect-secrets", "hook", "--no-verify", "--baseline", BASELINE, "bot.txt"]),
                2, "secretfence: error: detect-secrets-hook stopped with TypeError", secrets=(TELEGRAM,)),
    HostileCase("detect-secrets: audit, a secretfence plugin's path names code",
                _with_baseline(_trap_path, ["detect-secrets", "audit", "--stats", BASELINE]),
                0, "Plugin: SecretfenceTelegramDetector", secrets=(TELEGRAM, TRAP_OUTPUT)),
    HostileCase("detect-secrets: hook, a secretfence plugin's path names code",
                _with_baseline(_trap_path, ["detect-secrets", "hook", "--no-verify", "--baseline", BASELINE, "bot.txt"]),
                0, "", secrets=(TELEGRAM, TRAP_OUTPUT)),
]
