"""`scan --history` and `baseline create --history` on a real repository whose secrets are added,
moved, deleted and re-added across branches and merges: exactly what is reported for each."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Dict, Iterator, Tuple

import jsonschema
import pytest

from tests import fakes
from tests.conftest import assert_no_plaintext, write

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json").read_text())

TELEGRAM = fakes.telegram_token(1601)  # app.py, then moved to src/app.py: in HEAD
GITHUB = fakes.github_token(1602)  # config.py, deleted, then re-added (same bytes) as settings/local.py
PYPI = fakes.pypi_token(1603)  # feature branch: deploy.cfg, deleted there, then merged: deleted
MERGED = fakes.telegram_token(1604)  # made in the merge commit itself (merge.py): in HEAD
STALE = fakes.github_token(1605)  # on a branch never merged: in history, not in HEAD
SECRETS = (TELEGRAM, GITHUB, PYPI, MERGED, STALE)


def _git(repo: Path, *args: str, author: str = "Test", day: int = 1) -> str:
    date = f"2024-01-{day:02d}T12:00:00+00:00"
    env = {**os.environ, "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout.strip()


def _commit(repo: Path, message: str, author: str, day: int) -> str:
    _git(repo, "add", "-A", author=author, day=day)
    _git(repo, "commit", "-q", "-m", message, author=author, day=day)
    return _git(repo, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def history_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[Path, Dict[str, str]]]:
    """The repository, and the commit of each step by name."""
    repo = tmp_path_factory.mktemp("history") / "repo"
    repo.mkdir()
    saved = {key: os.environ.get(key) for key in ("GIT_CONFIG_NOSYSTEM", "HOME")}
    os.environ["GIT_CONFIG_NOSYSTEM"] = "1"
    os.environ["HOME"] = str(repo.parent)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "Test")
    commits: Dict[str, str] = {}
    write(repo / "README.md", "# demo\n")
    write(repo / "app.py", f"import os\nTOKEN = '{TELEGRAM}'\n")
    commits["add"] = _commit(repo, "add app", "Alice", 1)
    (repo / "src").mkdir()
    _git(repo, "mv", "app.py", "src/app.py")
    commits["move"] = _commit(repo, "move app", "Bob", 2)
    write(repo / "config.py", f"GITHUB = '{GITHUB}'\n")
    commits["github"] = _commit(repo, "config", "Carol", 3)
    (repo / "config.py").unlink()
    commits["delete"] = _commit(repo, "drop config", "Carol", 4)
    _git(repo, "checkout", "-q", "-b", "feature")
    write(repo / "deploy.cfg", f"[pypi]\npassword = {PYPI}\n")
    commits["pypi"] = _commit(repo, "deploy", "Dave", 5)
    (repo / "deploy.cfg").unlink()
    commits["pypi-gone"] = _commit(repo, "undeploy", "Dave", 6)
    _git(repo, "checkout", "-q", "main")
    write(repo / "settings" / "local.py", f"GITHUB = '{GITHUB}'\n")  # the very bytes of config.py again
    commits["readd"] = _commit(repo, "local settings", "Erin", 7)
    _git(repo, "merge", "-q", "--no-ff", "--no-commit", "feature", day=8)
    write(repo / "merge.py", f"BOT = '{MERGED}'\n")
    commits["merge"] = _commit(repo, "merge feature", "Frank", 8)
    _git(repo, "checkout", "-q", "-b", "stale", commits["delete"])
    write(repo / "leak.env", f"GH={STALE}\n")
    commits["stale"] = _commit(repo, "stale", "Grace", 9)
    _git(repo, "checkout", "-q", "main")
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    yield repo, commits


def _history(document: dict) -> Dict[str, dict]:
    """{path it entered at: history details} of a JSON report."""
    return {path: entry["details"]["history"] for path, entries in document["results"].items() for entry in entries}


def test_every_secret_is_reported_once_with_its_first_commit_and_head_status(history_repo, monkeypatch, run_cli) -> None:
    repo, commits = history_repo
    monkeypatch.chdir(repo)
    code, out, err = run_cli("scan", "--history", "--json", "--no-baseline")
    assert code == 1, err
    document = json.loads(out)
    found = {path: (h["commit"], h["author"], h["date"][:10], h["in_head"], h["head_paths"], h["status"])
             for path, h in _history(document).items()}
    assert found == {
        # moved: the blob entered as app.py, HEAD holds it at src/app.py
        "app.py": (commits["add"], "Alice", "2024-01-01", True, ["src/app.py"], "in HEAD"),
        # deleted, then re-added as the same bytes elsewhere: first commit stays, HEAD holds it again
        "config.py": (commits["github"], "Carol", "2024-01-03", True, ["settings/local.py"], "in HEAD"),
        # added and deleted on a branch, then merged: gone from HEAD, in history for good
        "deploy.cfg": (commits["pypi"], "Dave", "2024-01-05", False, [], "deleted (in history only)"),
        # made while merging: the merge commit introduced it
        "merge.py": (commits["merge"], "Frank", "2024-01-08", True, ["merge.py"], "in HEAD"),
        # on a branch never merged: reachable from a ref, not in HEAD
        "leak.env": (commits["stale"], "Grace", "2024-01-09", False, [], "deleted (in history only)"),
    }
    types = {path: [entry["type"] for entry in entries] for path, entries in document["results"].items()}
    # The GitHub token, quoted, is a high-entropy string too: two findings, one history.
    assert types == {"app.py": ["Telegram Bot API Token"], "config.py": ["Base64 High Entropy String", "GitHub Token"],
                     "deploy.cfg": ["PyPI API Token"], "merge.py": ["Telegram Bot API Token"],
                     "leak.env": ["GitHub Token"]}
    assert document["results"]["app.py"][0]["line_number"] == 2
    assert "revoke the credential" in document["results"]["deploy.cfg"][0]["remediation"]
    assert document["history"] == {"range": "all refs", "commits": 9, "blobs": 6, "blobs_scanned": 6,
                                   "bytes": document["history"]["bytes"], "secrets": 6, "in_head": 4}
    assert document["summary"]["files_scanned"] == 6
    assert_no_plaintext(out + err, *SECRETS)


def test_a_range_limits_the_commits_and_the_first_commit_within_it(history_repo, monkeypatch, run_cli) -> None:
    repo, commits = history_repo
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("scan", "--history", "main", "--json", "--no-baseline")
    assert code == 1
    assert sorted(_history(json.loads(out))) == ["app.py", "config.py", "deploy.cfg", "merge.py"]  # no stale branch
    code, out, _ = run_cli("scan", "--history", f"{commits['delete']}..main", "--json", "--no-baseline")
    assert code == 1
    found = {path: (h["commit"], h["in_head"]) for path, h in _history(json.loads(out)).items()}
    # Within the range, the GitHub token's blob first appears when it is re-added.
    assert found == {"settings/local.py": (commits["readd"], True), "deploy.cfg": (commits["pypi"], False),
                     "merge.py": (commits["merge"], True)}


def test_text_report_says_deleted_and_what_to_do(history_repo, monkeypatch, run_cli) -> None:
    repo, commits = history_repo
    monkeypatch.chdir(repo)
    code, out, err = run_cli("scan", "--history", f"{commits['delete']}..feature", "--no-baseline")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "deploy.cfg"
    assert lines[1].startswith("  line 2: PyPI API Token  pypi-")
    assert (f"    history: first committed in {commits['pypi'][:12]} by Dave on 2024-01-05T12:00:00+00:00 as "
            "deploy.cfg; deleted from HEAD, still in the history") in lines
    assert any(line.startswith("    do: ") and line.endswith("does not un-leak it (clones, forks, caches and CI logs "
                                                          "keep it); revoke the credential.") for line in lines)
    assert lines[-1] == ("secretfence scan: 1 new secret in 1 file, 1 blob of 2 commits scanned "
                         f"({commits['delete']}..feature) — blocked (exit 1)")
    assert_no_plaintext(out + err, *SECRETS)


def test_sarif_carries_history_properties_and_validates(history_repo, monkeypatch, run_cli) -> None:
    repo, commits = history_repo
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("scan", "--history", "main", "--format", "sarif", "--no-baseline")
    assert code == 1
    document = json.loads(out)
    jsonschema.validate(document, SCHEMA)
    properties = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: result["properties"]
                  for result in document["runs"][0]["results"]}
    assert properties["deploy.cfg"]["historyCommit"] == commits["pypi"]
    assert properties["deploy.cfg"]["historyInHead"] is False
    assert properties["app.py"]["historyHeadPaths"] == ["src/app.py"]
    assert document["runs"][0]["properties"]["history"]["commits"] == 8
    assert_no_plaintext(out, *SECRETS)


def test_baseline_create_history_onboards_in_one_step(history_repo, tmp_path: Path, monkeypatch, run_cli) -> None:
    repo, _ = history_repo
    monkeypatch.chdir(repo)
    baseline = tmp_path / "secrets.baseline"
    code, out, _ = run_cli("baseline", "create", "--history", "--baseline", str(baseline))
    assert code == 0, out
    entries = json.loads(baseline.read_text())["results"]
    # In HEAD: where HEAD holds it; deleted: where it entered.
    assert {path: [entry["type"] for entry in listed] for path, listed in entries.items()} == {
        "src/app.py": ["Telegram Bot API Token"], "settings/local.py": ["Base64 High Entropy String", "GitHub Token"],
        "deploy.cfg": ["PyPI API Token"], "merge.py": ["Telegram Bot API Token"], "leak.env": ["GitHub Token"]}
    assert_no_plaintext(baseline.read_text() + out, *SECRETS)
    code, out, _ = run_cli("scan", "--history", "--baseline", str(baseline))
    assert (code, out.splitlines()[-1]) == (0, "secretfence scan: no new secrets, 6 accounted for by the baseline, "
                                               "6 blobs of 9 commits scanned (all refs) — ok (exit 0)")
    code, out, _ = run_cli("scan", "--baseline", str(baseline))  # the tree as it is now, by path
    assert (code, out.splitlines()[-1]) == (0, "secretfence scan: no new secrets, 4 accounted for by the baseline, "
                                               "4 files scanned — ok (exit 0)")


def test_a_replaced_blob_does_not_hide_its_secret_from_the_history(tmp_path: Path, monkeypatch, run_cli) -> None:
    # `git replace` of a blob holding a secret by a harmless one changes what `git log -p` and `cat-file` show, not
    # what a push carries: the history scan must read the recorded blob.
    repo = tmp_path / "replaced"
    repo.mkdir()
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "Test")
    token = fakes.github_token(1606)
    write(repo / "settings.py", f"TOKEN = '{token}'\n")
    _commit(repo, "settings", "Dana", 1)
    secret_blob = _git(repo, "rev-parse", "HEAD:settings.py")
    write(repo / "harmless.txt", "nothing here\n")
    harmless_blob = _git(repo, "hash-object", "-w", "harmless.txt")
    (repo / "harmless.txt").unlink()
    _git(repo, "replace", secret_blob, harmless_blob)
    monkeypatch.chdir(repo)
    code, out, err = run_cli("scan", "--history", "--json", "--no-baseline")
    assert code == 1, err
    assert "settings.py" in _history(json.loads(out))
    assert_no_plaintext(out + err, token)


def test_bad_range_is_one_line_error(history_repo, monkeypatch, run_cli) -> None:
    repo, _ = history_repo
    monkeypatch.chdir(repo)
    code, out, err = run_cli("scan", "--history", "no-such-branch..main")
    assert (code, out) == (2, "")
    assert err.splitlines() == ["secretfence: error: bad revision range 'no-such-branch..main': "
                                "bad revision 'no-such-branch..main'"]


def test_history_outside_a_repository_is_one_line_error(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli("scan", "--history")
    assert (code, out) == (2, "")
    assert err == "secretfence: error: --history reads the git history, but this is not inside a git repository\n"


def test_empty_repository_has_nothing_to_scan(temp_git_dir: Path, run_cli) -> None:
    code, out, _ = run_cli("scan", "--history")
    assert (code, out.splitlines()[-1]) == (0, "secretfence scan: no new secrets, 0 blobs of 0 commits scanned "
                                               "(all refs) — ok (exit 0)")


def test_blob_over_the_limit_is_an_error_not_a_pass(temp_git_dir: Path) -> None:
    from secretfence.commands._common import prepare
    from secretfence.commands._history import scan_history

    big = write(temp_git_dir / "big.txt", "x" * 5000 + f"\nTOKEN = '{TELEGRAM}'\n")
    write(temp_git_dir / "small.py", f"TOKEN = '{MERGED}'\n")
    _commit(temp_git_dir, "both", "Alice", 1)
    found = scan_history(prepare(None, use_baseline=False), None, max_blob_bytes=4096)
    (problem,) = found.problems
    assert problem.filename.startswith("big.txt (commit ") and problem.error == (
        f"is {big.stat().st_size} bytes, over the scan limit (4096 bytes)")
    assert [sighting.finding.filename for sighting in found.sightings.values()] == ["small.py"]


def test_progress_goes_to_a_terminal_only(history_repo) -> None:
    import pty
    import sys

    repo, _ = history_repo
    command = [sys.executable, "-m", "secretfence", "scan", "--history", "--no-baseline", "--format", "json"]
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(command, cwd=repo, stdout=subprocess.PIPE, stderr=follower, timeout=120)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is closed once everything is read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert done.returncode == 1
    assert b"\rsecretfence: 6/6 blobs (" in shown
    piped = subprocess.run(command, cwd=repo, capture_output=True, timeout=120)
    assert (piped.returncode, piped.stderr) == (1, b"")


def test_a_token_named_path_whose_blob_was_seen_elsewhere_is_found(temp_git_dir: Path, tmp_path: Path, run_cli) -> None:
    # An empty __init__.py is one blob wherever it is: its second path is a name never read as a
    # blob's first path, yet the name ships in the history as much as any content.
    token = fakes.github_token(1606)
    write(temp_git_dir / "pkg" / "__init__.py", "")
    _commit(temp_git_dir, "package", "Alice", 1)
    write(temp_git_dir / "conf" / token / "__init__.py", "")
    named = _commit(temp_git_dir, "conf", "Bob", 2)
    write(temp_git_dir / "pkg" / "__init__.py", "# later\n")
    _commit(temp_git_dir, "touch", "Carol", 3)
    code, out, err = run_cli("scan", "--history", "--json", "--no-baseline")
    assert code == 1, err
    document = json.loads(out)
    from secretfence.redact import mask

    ((holder, entries),) = document["results"].items()
    assert holder == f"conf/{mask(token)}"
    (entry,) = entries
    assert (entry["type"], entry["details"]["found_in"]) == ("GitHub Token", "name")
    history = entry["details"]["history"]
    assert (history["commit"], history["author"], history["in_head"]) == (named, "Bob", True)
    assert_no_plaintext(out + err, token)
    baseline = tmp_path / "secrets.baseline"
    code, out, _ = run_cli("baseline", "create", "--history", "--baseline", str(baseline))
    assert code == 0, out
    assert {path: [entry["type"] for entry in listed] for path, listed in
            json.loads(baseline.read_text())["results"].items()} == {holder: ["GitHub Token"]}
    assert_no_plaintext(baseline.read_text(), token)


@pytest.fixture
def shallow_clone(temp_git_dir: Path, tmp_path: Path) -> Tuple[Path, Dict[str, str]]:
    """A clone of three commits cut to the last two: the secret entered in the first (outside it)
    and is still in HEAD, so the clone's oldest commit holds it too."""
    commits: Dict[str, str] = {}
    write(temp_git_dir / "settings.py", f"TOKEN = '{TELEGRAM}'\n")
    commits["secret"] = _commit(temp_git_dir, "secret", "Alice", 1)
    write(temp_git_dir / "a.txt", "a\n")
    commits["cut"] = _commit(temp_git_dir, "a", "Bob", 2)
    write(temp_git_dir / "b.txt", "b\n")
    commits["tip"] = _commit(temp_git_dir, "b", "Carol", 3)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "2", f"file://{temp_git_dir}", str(clone)], check=True,
                   capture_output=True)
    os.chdir(clone)
    return clone, commits


def test_a_shallow_clone_is_refused_unless_allowed(shallow_clone, tmp_path: Path, run_cli) -> None:
    clone, commits = shallow_clone
    note = (f"shallow clone: history before {commits['cut'][:12]} is not available; run `git fetch --unshallow` "
            "(GitHub Actions: actions/checkout with fetch-depth: 0)")
    # Fails closed: the history before the cut cannot be read, so a run never passes on it.
    code, out, err = run_cli("scan", "--history", "--no-baseline")
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"secretfence: error: {note}, or pass --allow-shallow to scan only what is here"]
    code, out, err = run_cli("baseline", "create", "--history", "--baseline", str(tmp_path / "b.json"))
    assert (code, err.splitlines()) == (2, [f"secretfence: error: {note}, or pass --allow-shallow to scan only what "
                                            "is here"])
    assert not (tmp_path / "b.json").exists()

    # Accepted: said in every format, and the secret is placed at the cut, not as introduced there.
    code, out, err = run_cli("scan", "--history", "--allow-shallow", "--no-baseline", "--json")
    assert code == 1, err
    document = json.loads(out)
    assert document["history"]["shallow"] == {"cuts": [commits["cut"]], "note": note}
    history = document["results"]["settings.py"][0]["details"]["history"]
    assert (history["commit"], history["shallow_cut"], history["in_head"]) == (commits["cut"], True, True)
    code, out, _ = run_cli("scan", "--history", "--allow-shallow", "--no-baseline")
    lines = out.splitlines()
    assert f"note: {note}" in lines
    assert (f"    history: first seen in {commits['cut'][:12]}, where this shallow clone is cut (it may have entered "
            "earlier), as settings.py; still in HEAD at settings.py") in lines
    code, out, _ = run_cli("scan", "--history", "--allow-shallow", "--no-baseline", "--format", "sarif")
    document = json.loads(out)
    jsonschema.validate(document, SCHEMA)
    assert {"level": "warning", "message": {"text": note}} in \
        document["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert_no_plaintext(out, TELEGRAM)


def test_a_range_that_stops_before_the_cut_is_whole(shallow_clone, run_cli) -> None:
    _, commits = shallow_clone
    code, out, err = run_cli("scan", "--history", f"{commits['cut']}..HEAD", "--no-baseline", "--json")
    assert code == 0, err
    assert "shallow" not in json.loads(out)["history"]


def test_allow_shallow_without_history_is_a_usage_error(temp_git_dir: Path, run_cli) -> None:
    code, out, err = run_cli("scan", "--allow-shallow")
    assert (code, err) == (2, "secretfence: error: --allow-shallow goes with --history\n")
