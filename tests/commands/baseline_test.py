"""The team baseline workflow, in real git repositories."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from secretfence.baseline import Baseline, merge
from tests.conftest import git, write

TELEGRAM_A = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
TELEGRAM_B = "5174039793:AAOYElGOH3iVvM4K6YKbtgsGmd8sFcGGkmz"
BASELINE = "baseline/secrets.baseline"


@pytest.fixture
def team_repo(temp_git_dir: Path, run_cli) -> Path:
    write(temp_git_dir / "pyproject.toml", f'[tool.secretfence]\nbaseline = "{BASELINE}"\n')
    write(temp_git_dir / "app.py", "x = 1\n")
    git(temp_git_dir, "add", "-A")
    assert run_cli("baseline", "create")[0] == 0
    git(temp_git_dir, "add", "-A")
    git(temp_git_dir, "commit", "-qm", "start")
    return temp_git_dir


def _results(repo: Path) -> dict:
    return json.loads((repo / BASELINE).read_text())["results"]


def test_create_is_deterministic_and_portable(team_repo: Path, run_cli) -> None:
    write(team_repo / "bot.py", f"T = '{TELEGRAM_A}'\n")
    git(team_repo, "add", "bot.py")
    assert run_cli("baseline", "create", "--force")[0] == 0
    first = (team_repo / BASELINE).read_bytes()
    assert run_cli("baseline", "create", "--force")[0] == 0
    assert (team_repo / BASELINE).read_bytes() == first
    document = json.loads(first)
    assert "generated_at" not in document and str(team_repo) not in first.decode()
    assert list(document) == ["version", "plugins_used", "filters_used", "results"]
    assert [p["name"] for p in document["plugins_used"]] == sorted((p["name"] for p in document["plugins_used"]), key=str.lower)
    assert [e["type"] for e in document["results"]["bot.py"]] == ["Telegram Bot API Token"]
    assert sorted(os.listdir(team_repo / "baseline")) == ["secrets.baseline"]  # no temp files left


def test_create_refuses_to_overwrite(team_repo: Path, run_cli) -> None:
    code, _, err = run_cli("baseline", "create")
    assert code == 2 and "exists: use `secretfence baseline update`" in err


def test_update_keeps_labels_adds_new_and_drops_fixed(team_repo: Path, run_cli) -> None:
    write(team_repo / "a.py", f"T = '{TELEGRAM_A}'\n")
    write(team_repo / "b.py", f"T = '{TELEGRAM_B}'\n")
    git(team_repo, "add", "-A")
    assert run_cli("baseline", "update")[0] == 0
    baseline = Baseline.load(str(team_repo / BASELINE))
    for entry in baseline.results.values():
        if entry["filename"] == "a.py":
            entry["is_secret"] = False
    baseline.save(str(team_repo))
    write(team_repo / "a.py", f"# moved\nT = '{TELEGRAM_A}'\n")
    (team_repo / "b.py").write_text("T = os.environ['T']\n")  # fixed
    write(team_repo / "c.py", f"T = '{TELEGRAM_B}'\n")  # new
    git(team_repo, "add", "-A")
    code, out, _ = run_cli("baseline", "update")
    assert code == 0 and "1 added, 1 fixed and dropped" in out
    results = _results(team_repo)
    assert sorted(results) == ["a.py", "c.py"]
    assert results["a.py"][0]["is_secret"] is False and results["a.py"][0]["line_number"] == 2
    assert "is_secret" not in results["c.py"][0]
    assert run_cli("scan")[0] == 0  # the audited false positive stays suppressed


def test_two_branches_merge_through_the_driver_without_conflict(team_repo: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run([sys.executable, "-m", "secretfence", "baseline", "install-merge-driver"], cwd=team_repo, env=env, check=True,
                   capture_output=True)
    assert f"{BASELINE} merge=secretfence" in (team_repo / ".gitattributes").read_text()
    git(team_repo, "add", ".gitattributes")
    git(team_repo, "commit", "-qm", "merge driver")
    for branch, name, token in (("left", "left.py", TELEGRAM_A), ("right", "right.py", TELEGRAM_B)):
        git(team_repo, "checkout", "-qb", branch, "main")
        write(team_repo / name, f"T = '{token}'\n")
        git(team_repo, "add", name)
        subprocess.run([sys.executable, "-m", "secretfence", "baseline", "update"], cwd=team_repo, env=env, check=True, capture_output=True)
        git(team_repo, "add", "-A")
        git(team_repo, "commit", "-qm", f"{branch} finding")
    git(team_repo, "checkout", "-q", "left")
    merged = subprocess.run(["git", "merge", "--no-edit", "right"], cwd=team_repo, env=env, capture_output=True, text=True)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert sorted(_results(team_repo)) == ["left.py", "right.py"]
    assert "<<<<<<<" not in (team_repo / BASELINE).read_text()


def _baseline(results: dict) -> Baseline:
    return Baseline.from_document({"version": "1.5.0", "results": results})


def test_conflicting_audit_labels_resolve_to_real_and_say_so() -> None:
    entry = {"type": "Secret Keyword", "filename": "x.py", "hashed_secret": "a" * 40, "line_number": 3}
    base = _baseline({"x.py": [entry]})
    ours = _baseline({"x.py": [{**entry, "is_secret": False}]})
    theirs = _baseline({"x.py": [{**entry, "is_secret": True, "line_number": 9}]})
    result = merge(base, ours, theirs)
    (merged,) = result.baseline.results.values()
    assert merged["is_secret"] is True and merged["line_number"] == 9
    assert result.notes == [f"x.py: Secret Keyword {'a' * 8}… audited differently on both branches; kept as a real secret"]


def test_one_sided_label_and_removal_merge_cleanly() -> None:
    a = {"type": "T", "filename": "a.py", "hashed_secret": "1" * 40}
    b = {"type": "T", "filename": "b.py", "hashed_secret": "2" * 40}
    base = _baseline({"a.py": [a], "b.py": [b]})
    ours = _baseline({"a.py": [{**a, "is_secret": False}], "b.py": [b]})
    theirs = _baseline({"a.py": [a]})  # b.py fixed on their side
    result = merge(base, ours, theirs)
    assert [(e["filename"], e.get("is_secret")) for e in result.baseline.results.values()] == [("a.py", False)]
    assert result.notes == []


def test_hook_fails_loudly_on_a_plugin_it_cannot_load(team_repo: Path, run_cli) -> None:
    document = json.loads((team_repo / BASELINE).read_text())
    document["plugins_used"].append({"name": "CorpInternalTokenDetector", "path": "file:///home/alice/plugins/corp.py"})
    (team_repo / BASELINE).write_text(json.dumps(document))
    code, out, err = run_cli("scan", "--staged", "app.py")
    assert code == 2 and out == ""
    assert err.strip() == (
        f"secretfence: error: {team_repo / BASELINE}: names plugin 'CorpInternalTokenDetector', which secretfence "
        "cannot load (not in detect-secrets 1.5 nor secretfence); the scan would miss its findings"
    )


def test_baseline_from_older_detect_secrets_is_read_not_rewritten(team_repo: Path, run_cli) -> None:
    from secretfence.findings import hash_secret

    old = {
        "version": "1.0.3",
        "plugins_used": [{"name": "KeywordDetector"}, {"name": "TelegramBotTokenDetector"}],
        "filters_used": [{"path": "detect_secrets.filters.allowlist.is_line_allowlisted"}],
        "results": {"bot.py": [{"type": "Telegram Bot Token", "filename": "bot.py", "hashed_secret": hash_secret(TELEGRAM_A),
                                "is_verified": False, "line_number": 1}]},
        "generated_at": "2021-01-01T00:00:00Z",
    }
    (team_repo / BASELINE).write_text(json.dumps(old))
    before = (team_repo / BASELINE).read_bytes()
    write(team_repo / "bot.py", f"T = '{TELEGRAM_A}'\n")
    git(team_repo, "add", "bot.py")
    code, out, _ = run_cli("scan", "--staged", "bot.py")
    assert code == 0, out  # detect-secrets' own Telegram entry accounts for our detector's finding
    assert (team_repo / BASELINE).read_bytes() == before


def test_audit_labels_interactively_and_stats_count_them(team_repo: Path, run_cli) -> None:
    from secretfence.commands.audit import audit

    write(team_repo / "a.py", f"T = '{TELEGRAM_A}'\n")
    write(team_repo / "b.py", f"T = '{TELEGRAM_B}'\n")
    git(team_repo, "add", "-A")
    run_cli("baseline", "update")
    answers, shown = io.StringIO("n\ny\n"), io.StringIO()
    assert audit(stdin=answers, stdout=shown) == 0
    transcript = shown.getvalue()
    assert ">    1 | T = '721…NjM'" in transcript and TELEGRAM_A not in transcript
    assert "secretfence: 2 finding(s) labelled" in transcript
    labels = {name: entries[0]["is_secret"] for name, entries in _results(team_repo).items()}
    assert labels == {"a.py": False, "b.py": True}
    code, out, _ = run_cli("audit", "--stats")
    assert code == 0 and "2 finding(s) in 2 file(s): 1 real, 1 false positive(s), 0 unlabelled" in out


def test_audit_needs_a_terminal(team_repo: Path, run_cli, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run_cli("audit")
    assert code == 2 and "needs a terminal; use --stats" in err
