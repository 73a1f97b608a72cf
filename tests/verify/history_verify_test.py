"""`scan --history --verify`: a secret deleted long ago is checked like any other, and a live one
is said to be live (the fake Telegram API on 127.0.0.1 of tests/verify/conftest.py)."""
from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import assert_no_plaintext, git, write
from tests.verify.conftest import BAD_TELEGRAM, GOOD_TELEGRAM


def test_history_findings_are_verified(temp_git_dir: Path, monkeypatch, run_cli, telegram_api) -> None:
    url, recorder = telegram_api
    monkeypatch.setenv("SECRETFENCE_TELEGRAM_API_URL", url)
    write(temp_git_dir / "bot.py", f"TOKEN = '{GOOD_TELEGRAM}'\n")
    write(temp_git_dir / "old.py", f"TOKEN = '{BAD_TELEGRAM}'\n")
    git(temp_git_dir, "add", "-A")
    git(temp_git_dir, "commit", "-q", "-m", "bots")
    git(temp_git_dir, "rm", "-q", "bot.py")
    git(temp_git_dir, "commit", "-q", "-m", "drop the bot")
    code, out, _ = run_cli("scan", "--history", "--no-baseline", "--json")
    assert code == 1 and recorder.requests == []  # nothing is sent without --verify
    code, out, _ = run_cli("scan", "--history", "--no-baseline", "--verify", "--json")
    assert code == 1
    document = json.loads(out)
    found = {path: (entries[0]["verification"], entries[0]["details"]["history"]["status"])
             for path, entries in document["results"].items()}
    assert found == {"bot.py": ("live", "deleted (in history only)"), "old.py": ("dead", "in HEAD")}
    code, out, _ = run_cli("scan", "--history", "--no-baseline", "--verify")
    lines = out.splitlines()
    assert lines[:2] == ["bot.py", "  line 1: Telegram Bot API Token  721…NjM LIVE CREDENTIAL"]
    assert any(line.startswith("    history: first committed in ") and line.endswith(
        "as bot.py; deleted from HEAD, still in the history") for line in lines)
    assert_no_plaintext(out, GOOD_TELEGRAM, BAD_TELEGRAM)
