"""secretfence's plugins inside detect-secrets: the plugin files, and a registration that lasts one
run of detect-secrets' CLI, in its workers too, and is undone after it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from copy import deepcopy
from pathlib import Path

import detect_secrets.plugins
from detect_secrets import settings
from detect_secrets.core import secrets_collection
from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class, get_plugins_from_file

from secretfence.compat.detect_secrets import registration
from secretfence.kinds import REGISTRY
from tests.conftest import write

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
REDIS_LINE = "requirepass 9f2Kq7LmX4vB\n"
OURS = {cls.__name__ for cls in REGISTRY.detectors()}


def test_the_plugin_file_holds_every_registered_detector_and_nothing_else() -> None:
    [path] = registration.plugin_files()
    plugins = list(get_plugins_from_file(path))  # as `--plugin FILE` loads it
    assert sorted((p.__name__, p.secret_type) for p in plugins) == sorted(
        (cls.__name__, cls.secret_type) for cls in REGISTRY.detectors())
    files = sorted(name for name in os.listdir(registration.PLUGINS_DIR) if name.endswith(".py"))
    assert files == sorted(["__init__.py", *(os.path.basename(path) for path in registration.plugin_files())])


def test_without_our_paths_keeps_other_plugins_as_they_are() -> None:
    config = [
        {"name": "SecretfenceRedisDetector", "path": "file:///elsewhere/secretfence_redis.py"},
        {"name": "Base64HighEntropyString", "limit": 4.5},
        {"name": "TheirDetector", "path": "file:///theirs.py"},
    ]
    assert registration.without_our_paths(config) == [
        {"name": "SecretfenceRedisDetector"},
        {"name": "Base64HighEntropyString", "limit": 4.5},
        {"name": "TheirDetector", "path": "file:///theirs.py"},
    ]


def _detect_secrets_state() -> tuple:
    return (
        list(detect_secrets.plugins.__path__),
        sorted(name for name in sys.modules if name.startswith("detect_secrets.plugins.secretfence")),
        sorted(cls.__name__ for cls in get_mapping_from_secret_type_to_class().values()),
        deepcopy(settings.get_settings().plugins),
        deepcopy(settings.get_settings().filters),
        secrets_collection.configure_settings_from_baseline,
        settings.Settings.configure_plugins,
    )


def test_registration_is_undone_after_the_run(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "bot.txt", f"token {TELEGRAM}\n")
    before = _detect_secrets_state()
    assert not OURS & set(before[2])

    code, out, err = run_cli("detect-secrets", "scan", "bot.txt")
    assert code == 0, err
    assert OURS <= {plugin["name"] for plugin in json.loads(out)["plugins_used"]}
    assert _detect_secrets_state() == before
    assert not hasattr(detect_secrets.plugins, "secretfence_plugins")

    # Undone as well when detect-secrets stops on an error.
    code, out, err = run_cli("detect-secrets", "audit", "--stats", "missing.baseline")
    assert code == 2
    assert _detect_secrets_state() == before

    # secretfence's own scan in the same process is what it was.
    code, out, err = run_cli("scan", "--no-baseline", "--format", "json", "bot.txt")
    assert code == 1, err
    assert [finding["type"] for finding in json.loads(out)["results"]["bot.txt"]] == ["Telegram Bot API Token"]


def test_spawned_workers_know_secretfence_plugins(tmp_path: Path) -> None:
    """detect-secrets scans many files in a process pool; a spawned worker (macOS, Windows,
    forkserver on Python 3.14) does not inherit the registration and must make its own."""
    for index in range(3):
        write(tmp_path / f"cache{index}.conf", REDIS_LINE)
        write(tmp_path / f"bot{index}.txt", f"token {TELEGRAM}\n")
    names = sorted(path.name for path in tmp_path.iterdir())
    program = textwrap.dedent("""
        import multiprocessing, sys
        from secretfence.cli import main
        if __name__ == "__main__":
            multiprocessing.set_start_method("spawn")
            raise SystemExit(main(sys.argv[1:]))
    """)
    (tmp_path / "run.py").write_text(program)
    done = subprocess.run([sys.executable, "run.py", "detect-secrets", "--cores", "2", "scan", *names],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout)["results"]
    for index in range(3):
        assert [e["type"] for e in results[f"cache{index}.conf"]] == ["Redis Credentials"]
        assert sorted(e["type"] for e in results[f"bot{index}.txt"]) == ["Telegram Bot API Token", "Telegram Bot Token"]


def test_a_path_recorded_on_another_machine_is_neither_loaded_nor_kept(temp_git_dir: Path, run_cli) -> None:
    """`detect-secrets scan --plugin FILE` records FILE's absolute path. In `secretfence
    detect-secrets` the plugin is known by name: the path is dropped, never imported."""
    write(temp_git_dir / "bot.txt", f"token {TELEGRAM}\n")
    assert run_cli("baseline", "create", "bot.txt")[0] == 0
    path = temp_git_dir / "baseline" / "secrets.baseline"
    document = json.loads(path.read_text())
    trap = write(temp_git_dir / "trap.py", f"open({str(temp_git_dir / 'imported')!r}, 'w').close()\n")
    for plugin in document["plugins_used"]:
        if plugin["name"] == "SecretfenceTelegramDetector":
            plugin["path"] = f"file://{trap}"
        elif plugin["name"] in OURS:
            plugin["path"] = "file:///home/someone-else/venv/secretfence_x.py"
    path.write_text(json.dumps(document, indent=2))

    code, out, err = run_cli("detect-secrets", "audit", "--stats", "--json", "baseline/secrets.baseline")
    assert code == 0, err
    assert json.loads(out)["SecretfenceTelegramDetector"]["stats"]["raw"]["unknown"] == 1
    write(temp_git_dir / "bot.txt", f"\ntoken {TELEGRAM}\n")  # the hook re-writes the moved line number
    code, out, err = run_cli("detect-secrets", "hook", "--no-verify", "--baseline", "baseline/secrets.baseline", "bot.txt")
    assert code == 3, out + err
    rewritten = json.loads(path.read_text())
    assert [e["line_number"] for e in rewritten["results"]["bot.txt"]] == [2]
    assert not any("path" in plugin for plugin in rewritten["plugins_used"])
    assert not (temp_git_dir / "imported").exists()
