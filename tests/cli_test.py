"""cli.py only dispatches: each command is a module with its own parser and `main(argv) -> int`."""
from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from secretfence.cli import COMMANDS
from tests.conftest import write

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"  # pragma: allowlist secret


@pytest.mark.parametrize("command", list(COMMANDS))
def test_each_command_is_dispatched_to_its_own_module(run_cli, command: str) -> None:
    module = importlib.import_module(COMMANDS[command])
    assert callable(module.main) and isinstance(module.SUMMARY, str) and module.SUMMARY
    code, out, err = run_cli(command, "--help")
    assert (code, err) == (0, "")
    assert out.startswith(f"usage: secretfence {command} ")


def test_top_level_help_lists_every_command_with_its_modules_summary(run_cli) -> None:
    code, out, err = run_cli("--help")
    assert (code, err) == (0, "")
    listed = " ".join(out.split())  # argparse wraps the long summaries
    for command, module in COMMANDS.items():
        assert f"{command} {importlib.import_module(module).SUMMARY}" in listed, command
    names = re.findall(r"^    (\S+)", out, re.MULTILINE)
    assert names == list(COMMANDS)


def test_a_command_module_runs_on_its_own(tmp_path: Path) -> None:
    """`python -m secretfence.commands.scan ARGS` is `secretfence scan ARGS`, error handling included."""
    write(tmp_path / "app.py", f"TOKEN = '{TELEGRAM}'\n")
    by_module = subprocess.run([sys.executable, "-m", "secretfence.commands.scan", "--no-baseline", "--json", "app.py"],
                               cwd=tmp_path, capture_output=True, text=True)
    by_cli = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--no-baseline", "--json", "app.py"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert (by_module.returncode, by_module.stdout, by_module.stderr) == (by_cli.returncode, by_cli.stdout, by_cli.stderr)
    assert by_module.returncode == 1 and '"type": "Telegram Bot API Token"' in by_module.stdout
    missing = subprocess.run([sys.executable, "-m", "secretfence.commands.audit", "--stats", "--baseline", "nope.json"],
                             cwd=tmp_path, capture_output=True, text=True)
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == ("secretfence: error: nope.json: baseline not found "
                              "(create one with `secretfence baseline create`)\n")


def test_no_command_module_imports_the_cli() -> None:
    """The old cli <-> commands.upload cycle: commands share commands/_options, never cli."""
    modules = ", ".join(repr(module) for module in COMMANDS.values())
    code = f"import importlib, sys\nfor m in ({modules},): importlib.import_module(m)\nprint('secretfence.cli' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout == "False\n"
