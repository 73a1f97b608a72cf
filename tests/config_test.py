from __future__ import annotations

from pathlib import Path

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
