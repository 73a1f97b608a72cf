from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

from tests.conftest import assert_no_plaintext, git, write

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
REDIS_PASSWORD = "Hq7pLr2Vx9qz"


def test_text_report_names_the_finding_and_what_to_do(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "bot.py", f"import os\nTOKEN = '{TELEGRAM}'\n")
    code, out, err = run_cli("scan", "bot.py")
    assert code == 1
    assert out.splitlines() == [
        "bot.py",
        "  line 2: Telegram Bot API Token  721…NjM",
        "    what: Telegram bot token for bot id 7213808860: controls the bot (read its messages, post as it)",
        "    do: Revoke the token: send /revoke to @BotFather and pick the bot, then deploy the new token from "
        "the environment or a secret store.",
        "",
        "secretfence scan: 1 new secret in 1 file, 1 file scanned — blocked (exit 1)",
    ]
    assert err == ""
    assert_no_plaintext(out + err, TELEGRAM, TELEGRAM.split(":")[1])


def test_json_report_has_detect_secrets_shape_and_no_plaintext(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "settings.py", f'BROKER = "redis://:{REDIS_PASSWORD}@cache:6379/0"\n')
    code, out, _ = run_cli("scan", "--json", "settings.py")
    assert code == 1
    document = json.loads(out)
    (entry,) = document["results"]["settings.py"]
    assert entry["type"] == "Redis Credentials"
    assert entry["line_number"] == 1
    assert entry["is_verified"] is False
    assert len(entry["hashed_secret"]) == 40
    assert entry["secret_masked"] == "Hq…z"
    assert document["summary"]["new"] == 1
    assert_no_plaintext(out, REDIS_PASSWORD)


def test_clean_files_exit_zero(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "ok.py", "print('hello')\n")
    code, out, _ = run_cli("scan", "ok.py")
    assert (code, out.strip()) == (0, "secretfence scan: no new secrets, 1 file scanned — ok (exit 0)")


def test_directory_scan_honours_gitignore(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / ".gitignore", "ignored.env\n")
    write(temp_git_dir / "ignored.env", f"TOKEN={TELEGRAM}\n")
    write(temp_git_dir / "src" / "app.py", f"TOKEN = '{TELEGRAM}'\n")
    code, out, _ = run_cli("scan", "--json", ".")
    assert code == 1
    assert list(json.loads(out)["results"]) == ["src/app.py"]


def test_no_path_scans_tracked_files_of_the_repo(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "tracked.py", f"TOKEN = '{TELEGRAM}'\n")
    write(temp_git_dir / "untracked.py", f"TOKEN = '{TELEGRAM}'\n")
    git(temp_git_dir, "add", "tracked.py")
    code, out, _ = run_cli("scan", "--json")
    assert code == 1
    assert list(json.loads(out)["results"]) == ["tracked.py"]


def test_staged_reads_the_index_not_the_working_tree(temp_git_dir: Path, run_cli) -> None:
    path = write(temp_git_dir / "app.py", f"TOKEN = '{TELEGRAM}'\n")
    git(temp_git_dir, "add", "app.py")
    path.write_text("TOKEN = os.environ['TOKEN']\n")  # fixed on disk, but not staged
    code, out, _ = run_cli("scan", "--staged", "--json", "app.py")
    assert code == 1
    assert json.loads(out)["results"]["app.py"][0]["type"] == "Telegram Bot API Token"


def test_baseline_suppresses_known_findings(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    assert run_cli("baseline", "create", "bot.py", "--baseline", "b.json")[0] == 0
    write(tmp_path / "bot.py", f"# a new first line\nTOKEN = '{TELEGRAM}'\n")  # lines moved
    code, out, _ = run_cli("scan", "--baseline", "b.json", "bot.py")
    assert code == 0
    assert "1 accounted for by the baseline" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("scan", "--baseline", "nope.json", "x.py"), "secretfence: error: nope.json: baseline not found"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, monkeypatch, run_cli, argv, message) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "x.py", "x = 1\n")
    code, out, err = run_cli(*argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith(message)


def test_malformed_baseline_is_an_error(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "x.py", "x = 1\n")
    write(tmp_path / "b.json", "{not json")
    code, _, err = run_cli("scan", "--baseline", "b.json", "x.py")
    assert code == 2
    assert err.startswith("secretfence: error: b.json: not a valid JSON baseline")


def test_unreadable_file_fails_closed() -> None:
    """A file that cannot be read is an error (exit 2) in the report, never a silent skip."""
    import tempfile

    from secretfence.commands._common import collect
    from secretfence.engine import Engine
    from secretfence.report import ScanReport

    with tempfile.TemporaryDirectory() as directory:
        result = Engine().scan_path(directory, "looks-like-a-file.py")  # a directory cannot be read
    assert result.error == "not a regular file (a directory)"
    report = ScanReport(command="scan")
    collect(report, [result], None)
    assert (report.exit_code, list(report.errors)) == (2, ["looks-like-a-file.py"])


def test_version_names_the_scanner(run_cli) -> None:
    """The other cases (forced, not installed, failing to load): tests/scanner_build_test.py."""
    from secretfence import __version__
    from secretfence.prefilter.search import SCANNER

    code, out, _ = run_cli("--version")
    if SCANNER is not None:
        scanner = "compiled scanner: abi3, CPython 3.9+"
    elif os.environ.get("SECRETFENCE_PURE_PYTHON"):
        scanner = "pure-Python scanner: SECRETFENCE_PURE_PYTHON is set"
    else:
        scanner = "pure-Python scanner: the compiled one is not installed (pure-Python wheel, or no C compiler)"
    assert (code, out) == (0, f"secretfence {__version__} ({scanner})\n")


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (("scan", "--bogus"), "secretfence: error: unrecognized arguments: --bogus (see `secretfence --help`)"),
        ((), "secretfence: error: the following arguments are required: COMMAND (see `secretfence --help`)"),
        (("upload",), "secretfence: error: the following arguments are required: dist (see `secretfence upload --help`)"),
        (("baseline", "frobnicate"), "secretfence: error: argument ACTION: invalid choice: 'frobnicate'"),
    ],
)
def test_usage_errors_are_one_line(run_cli, argv, line) -> None:
    code, out, err = run_cli(*argv)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and err.startswith(line)


def test_deferred_detect_secrets_init_survives_its_own_circular_imports(tmp_path: Path) -> None:
    """The CLI defers detect_secrets/__init__; loading the filters (on a finding) must still work
    whatever order detect-secrets' submodules are first imported in (it used to fail at random)."""
    import subprocess
    import sys

    write(tmp_path / "a.py", f"T = '{TELEGRAM}'\npassword = 'hunter2hunter2'\nurl = 'https://u:p4ssw0rd@h.example'\n")
    code = (
        "import sys\nfrom secretfence.compat.detect_secrets.imports import defer_package_init\n"
        "defer_package_init('detect_secrets'); defer_package_init('detect_secrets.filters')\n"
        "import detect_secrets.core.plugins.util\n"
        "from secretfence.cli import main\nsys.exit(main(['scan', '--no-baseline', 'a.py']))\n"
    )
    for seed in ("0", "1", "2", "3"):
        result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                                env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 1, result.stderr
        assert "internal error" not in result.stderr


# --- explicit inputs: scanned, or an error with its reason; never a silent skip ---------------


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: os.symlink("nowhere.py", d / "input"), "dangling symbolic link (its target does not exist)"),
        (lambda d: (os.symlink("input", d / "other"), os.symlink("other", d / "input")), "symbolic link loop"),
        (lambda d: _fifo(d / "input"), "not a regular file (a FIFO)"),
        (lambda d: None, "no such file or directory"),
    ],
    ids=["dangling-link", "link-loop", "fifo", "missing"],
)
def test_an_explicit_input_that_cannot_be_scanned_is_an_error_with_its_reason(tmp_path: Path, monkeypatch, run_cli, make, reason) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    make(tmp_path)
    code, out, err = run_cli("scan", "bot.py", "input")
    assert (code, err) == (2, "")
    assert f"error: input: {reason}" in out.splitlines()
    assert out.splitlines()[-1] == (
        "secretfence scan: 1 new secret in 1 file, 1 file scanned, 1 unreadable — blocked: could not scan everything (exit 2)"
    )
    assert_no_plaintext(out, TELEGRAM)


def test_dev_null_is_not_a_file_to_scan(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("scan", "--json", "/dev/null")
    document = json.loads(out)
    assert (code, document["errors"]) == (2, {"/dev/null": "not a regular file (a character device)"})


def test_a_named_git_ignored_directory_is_scanned_anyway(temp_git_dir: Path, run_cli) -> None:
    """The user named it: an explicit path wins over .gitignore (a 0-file pass would hide it)."""
    write(temp_git_dir / ".gitignore", "build/\n")
    write(temp_git_dir / "build" / "lib" / "settings.py", f"TOKEN = '{TELEGRAM}'\n")
    code, out, _ = run_cli("scan", "--json", "build")
    assert code == 1
    assert list(json.loads(out)["results"]) == ["build/lib/settings.py"]
    code, out, _ = run_cli("scan", "--json", ".")  # not named: .gitignore still rules
    assert (code, json.loads(out)["results"]) == (0, {})


def _without_root_powers() -> List[str]:
    """A prefix that runs a command without root's power to read any directory (chmod 000 is
    no obstacle to root): setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: chmod 000 cannot make a directory unreadable")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


@pytest.mark.parametrize("in_git", [True, False], ids=["git-repository", "plain-directory"])
def test_an_unreadable_subdirectory_is_an_error_not_a_skip(tmp_path: Path, in_git: bool) -> None:
    project = tmp_path / "project"
    write(project / "ok.py", "x = 1\n")
    write(project / "locked" / "inner" / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    if in_git:
        git(project.parent, "init", "-q", str(project))
    (project / "locked").chmod(0)
    try:
        completed = subprocess.run(
            [*_without_root_powers(), sys.executable, "-m", "secretfence", "scan", "--json", "."],
            cwd=project, capture_output=True, text=True, timeout=120,
        )
    finally:
        (project / "locked").chmod(0o755)
    document = json.loads(completed.stdout)
    assert (completed.returncode, document["errors"]) == (2, {"locked": "cannot list directory: Permission denied"})
    assert document["summary"]["files_scanned"] == 1


# --- scan --staged: what the commit will record -----------------------------------------------


def test_staged_without_paths_scans_every_staged_change(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "old.py", f"TOKEN = '{TELEGRAM}'\n")  # committed before: not a change now
    write(temp_git_dir / "edited.py", "x = 1\n")
    write(temp_git_dir / "gone.py", "y = 2\n")
    git(temp_git_dir, "add", "-A")
    git(temp_git_dir, "commit", "-qm", "start")
    write(temp_git_dir / "edited.py", f"x = 1\nTOKEN = '{TELEGRAM}'\n")
    write(temp_git_dir / "sub" / "new.py", f'BROKER = "redis://:{REDIS_PASSWORD}@cache:6379/0"\n')
    git(temp_git_dir, "add", "edited.py", "sub/new.py")
    git(temp_git_dir, "rm", "-q", "gone.py")
    write(temp_git_dir / "unstaged.py", f"TOKEN = '{TELEGRAM}'\n")  # not staged: not committed
    code, out, _ = run_cli("scan", "--staged", "--json")
    document = json.loads(out)
    assert code == 1
    assert {name: [f["type"] for f in found] for name, found in document["results"].items()} == {
        "edited.py": ["Telegram Bot API Token"], "sub/new.py": ["Redis Credentials"],
    }
    assert (document["summary"]["files_scanned"], document["errors"]) == (2, {})


def test_staged_without_paths_before_the_first_commit_scans_the_whole_index(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "a" / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    write(temp_git_dir / "b.py", "x = 1\n")
    git(temp_git_dir, "add", "-A")
    code, out, _ = run_cli("scan", "--staged", "--json")
    document = json.loads(out)
    assert (code, list(document["results"]), document["summary"]["files_scanned"]) == (1, ["a/bot.py"], 2)


@pytest.mark.parametrize(
    "dashed",
    [["--help"], ["-h"], ["--version"], ["--no-baseline", "--format=json"], ["--staged"], ["--"], ["--", "--help"]],
)
def test_staged_file_names_are_paths_however_they_look(temp_git_dir: Path, run_cli, dashed: List[str]) -> None:
    """pre-commit appends the staged files' names to `scan --staged`: a file named `--help`
    must be scanned, not obeyed (review 1, 5). Each dash-named file here holds a token too."""
    write(temp_git_dir / "leak.py", f"TOKEN = '{TELEGRAM}'\n")
    for name in dashed:
        write(temp_git_dir / name, f"T = '{TELEGRAM}'\n")
    git(temp_git_dir, "add", "--", "leak.py", *dashed)
    code, out, err = run_cli("scan", "--staged", "--json", "leak.py", *dashed)
    assert (code, err) == (1, "")
    document = json.loads(out)
    assert sorted(document["results"]) == sorted({"leak.py", *dashed})
    assert all(found[0]["type"] == "Telegram Bot API Token" for found in document["results"].values())


def test_a_dashed_name_that_is_no_file_stays_an_option(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "leak.py", f"TOKEN = '{TELEGRAM}'\n")
    git(temp_git_dir, "add", "leak.py")
    code, out, _ = run_cli("scan", "--staged", "--format=json", "leak.py")
    assert code == 1 and list(json.loads(out)["results"]) == ["leak.py"]
    # A name held by the index alone (deleted from disk since) is a path too.
    write(temp_git_dir / "--version", f"T = '{TELEGRAM}'\n")
    git(temp_git_dir, "add", "--", "--version")
    (temp_git_dir / "--version").unlink()
    code, out, _ = run_cli("scan", "--staged", "--json", "--version")
    assert code == 1 and list(json.loads(out)["results"]) == ["--version"]


@pytest.mark.parametrize(
    "argv", [("scan", "a.py", "--", "--help"), ("scan", "--", "a.py", "--help"), ("scan", "--no-baseline", "a.py", "--", "-b")]
)
def test_after_a_double_dash_every_argument_is_a_path(tmp_path: Path, monkeypatch, run_cli, argv) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a.py", "x = 1\n")
    write(tmp_path / argv[-1], f"T = '{TELEGRAM}'\n")
    code, out, _ = run_cli(*argv)
    assert code == 1
    assert f"{argv[-1]}\n  line 1: Telegram Bot API Token  721…NjM" in out


@pytest.mark.parametrize("argv", [("scan", "--staged"), ("scan", "--staged", "app.py")])
def test_staged_outside_a_repository_is_an_error(tmp_path: Path, monkeypatch, run_cli, argv) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "app.py", f"TOKEN = '{TELEGRAM}'\n")
    code, out, err = run_cli(*argv)
    assert (code, out) == (2, "")
    assert err == "secretfence: error: --staged reads the git index, but this is not inside a git repository\n"


def test_staged_fifo_that_is_not_in_the_index_is_an_error_not_a_hang(temp_git_dir: Path) -> None:
    _fifo(temp_git_dir / "pipe.py")
    completed = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--staged", "--json", "pipe.py"],
                               cwd=temp_git_dir, capture_output=True, text=True, timeout=120)
    document = json.loads(completed.stdout)
    assert (completed.returncode, document["errors"]) == (
        2, {"pipe.py": "not in the git index, and on disk: not a regular file (a FIFO)"}
    )


def test_staged_dev_null_is_an_error(temp_git_dir: Path, run_cli) -> None:
    code, out, _ = run_cli("scan", "--staged", "--json", "/dev/null")
    assert (code, json.loads(out)["errors"]) == (
        2, {"/dev/null": "not in the git index, and on disk: not a regular file (a character device)"}
    )


def test_staged_directory_means_the_staged_files_in_it(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "pkg" / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    write(temp_git_dir / "pkg" / "deep" / "ok.py", "x = 1\n")
    write(temp_git_dir / "pkg" / "untracked.py", f"TOKEN = '{TELEGRAM}'\n")
    write(temp_git_dir / "scratch" / "notes.py", f"TOKEN = '{TELEGRAM}'\n")
    git(temp_git_dir, "add", "pkg/bot.py", "pkg/deep/ok.py")
    code, out, _ = run_cli("scan", "--staged", "--json", "pkg", "scratch")
    document = json.loads(out)
    assert (code, list(document["results"]), document["summary"]["files_scanned"]) == (2, ["pkg/bot.py"], 2)
    assert document["errors"] == {"scratch": "directory with nothing staged in it"}


def test_staged_deletion_is_nothing_to_scan_but_an_unknown_path_is_an_error(temp_git_dir: Path, run_cli) -> None:
    write(temp_git_dir / "old.py", "x = 1\n")
    git(temp_git_dir, "add", "-A")
    git(temp_git_dir, "commit", "-qm", "start")
    git(temp_git_dir, "rm", "-q", "old.py")
    assert run_cli("scan", "--staged", "old.py")[0] == 0
    code, out, _ = run_cli("scan", "--staged", "--json", "typo.py")
    assert (code, json.loads(out)["errors"]) == (2, {"typo.py": "not in the git index, and on disk: no such file or directory"})


# --- names: relative to the repository root, however the path was spelled ---------------------


@pytest.fixture
def baselined_repo(temp_git_dir: Path, run_cli) -> Path:
    write(temp_git_dir / "pyproject.toml", '[tool.secretfence]\nbaseline = "baseline/secrets.baseline"\nexclude = ["^fixtures/"]\n')
    write(temp_git_dir / "config.py", f"TOKEN = '{TELEGRAM}'\n")
    write(temp_git_dir / "fixtures" / "fake.py", f"TOKEN = '{TELEGRAM}'\n")
    (temp_git_dir / "sub").mkdir()
    git(temp_git_dir, "add", "-A")
    assert run_cli("baseline", "create")[0] == 0
    assert list(json.loads((temp_git_dir / "baseline" / "secrets.baseline").read_text())["results"]) == ["config.py"]
    return temp_git_dir


@pytest.mark.parametrize("staged", [False, True], ids=["scan", "scan-staged"])
@pytest.mark.parametrize("spelling", ["absolute", "from-a-subdirectory", "through-a-symlinked-directory"])
def test_the_baseline_matches_however_the_path_is_spelled(baselined_repo: Path, monkeypatch, run_cli, spelling, staged) -> None:
    if spelling == "absolute":
        argument = str(baselined_repo / "config.py")
    elif spelling == "from-a-subdirectory":
        monkeypatch.chdir(baselined_repo / "sub")
        argument = "../config.py"
    else:
        link = baselined_repo.parent / "link-to-repo"
        link.symlink_to(baselined_repo)
        argument = str(link / "config.py")
    code, out, _ = run_cli("scan", *(["--staged"] if staged else []), argument)
    assert (code, out.splitlines()[-1]) == (
        0, "secretfence scan: no new secrets, 1 accounted for by the baseline, 1 file scanned — ok (exit 0)"
    )


def test_exclude_matches_names_relative_to_the_root_from_anywhere(baselined_repo: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(baselined_repo / "sub")
    code, out, _ = run_cli("scan", "--json", "../fixtures")
    document = json.loads(out)
    assert (code, document["results"], document["skipped"]) == (0, {}, {"fixtures/fake.py": "excluded by configuration"})


def test_findings_are_named_from_the_root_and_files_outside_it_absolutely(temp_git_dir: Path, tmp_path: Path, monkeypatch, run_cli) -> None:
    write(temp_git_dir / "sub" / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    outside = write(tmp_path / "elsewhere" / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    monkeypatch.chdir(temp_git_dir / "sub")
    code, out, _ = run_cli("scan", "--json", "bot.py", "../../elsewhere/bot.py")
    assert code == 1
    assert sorted(json.loads(out)["results"]) == sorted(["sub/bot.py", os.path.realpath(outside)])


def test_baseline_written_from_a_subdirectory_names_files_from_the_root(baselined_repo: Path, monkeypatch, run_cli) -> None:
    write(baselined_repo / "sub" / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    monkeypatch.chdir(baselined_repo / "sub")
    assert run_cli("baseline", "update", "bot.py")[0] == 0
    results = json.loads((baselined_repo / "baseline" / "secrets.baseline").read_text())["results"]
    assert sorted(results) == ["config.py", "sub/bot.py"]


def test_audit_from_a_subdirectory_shows_the_context_of_root_relative_names(baselined_repo: Path, monkeypatch) -> None:
    import io

    from secretfence.commands.audit import audit

    monkeypatch.chdir(baselined_repo / "sub")
    shown = io.StringIO()
    assert audit(stdin=io.StringIO("s\n"), stdout=shown) == 0
    assert ">    1 | TOKEN = '721…NjM'" in shown.getvalue()


# --- files set aside are named --------------------------------------------------------------


def test_a_file_with_no_text_is_named_as_skipped_in_text_output(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "noise.bin").write_bytes(b"\x89\x01\xff\x02\x00abc\x00" * 50)
    write(tmp_path / "ok.py", "x = 1\n")
    code, out, _ = run_cli("scan", "noise.bin", "ok.py")
    assert (code, out.splitlines()) == (0, [
        "skipped: noise.bin: binary: no text in it",
        "",
        "secretfence scan: no new secrets, 1 file scanned, 1 skipped — ok (exit 0)",
    ])


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_no_format_quotes_a_secret_around_another_finding(tmp_path: Path, monkeypatch, run_cli, output_format) -> None:
    """Review defect 15: the Redis finding's description quoted the PyPI token used as its user
    and the AWS key id used as its host, whole (text once, JSON twice, SARIF once)."""
    from secretfence.redact import mask
    from tests.fakes import aws_key_id, pypi_token

    monkeypatch.chdir(tmp_path)
    token, key_id = pypi_token(2), aws_key_id(2)
    write(tmp_path / "r.env", f"R=redis://{token}:Hq7pLr2Vx9qz@{key_id}.example.com:6379/0\n")
    code, out, err = run_cli("scan", "--no-baseline", "--format", output_format, "r.env")
    assert (code, err) == (1, "")
    assert f"Redis password for user '{mask(token)}' in a redis:// URI to {mask(key_id)}.example.com" in out
    assert_no_plaintext(out, token, key_id, "Hq7pLr2Vx9qz")


def test_a_bug_met_in_one_file_names_it_and_fails_closed_while_the_others_are_reported(
        tmp_path: Path, monkeypatch, run_cli) -> None:
    """An internal error in a detector used to end the run with `internal error (IndexError)` and
    nothing else: no file named, no other finding reported. Now that one file is an error (exit 2,
    named, the exception's text not shown) and the others are scanned as usual."""
    from secretfence.engine.scan import Engine

    scan_text = Engine.scan_text

    def breaks_on_marker(self, filename, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "BREAKS_HERE" in text:
            raise IndexError(f"no such group in {REDIS_PASSWORD}")  # a text that may quote a secret
        return scan_text(self, filename, text, *args, **kwargs)

    monkeypatch.setattr(Engine, "scan_text", breaks_on_marker)
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    write(tmp_path / "odd.js", "const k = Buffer.from(\n// BREAKS_HERE\n")
    code, out, err = run_cli("scan", "--no-baseline", "--jobs", "1", "bot.py", "odd.js")
    assert code == 2
    assert "bot.py" in out and "Telegram Bot API Token" in out
    assert "odd.js" in out + err and "internal error (IndexError) while scanning it" in out + err
    assert_no_plaintext(out + err, REDIS_PASSWORD, TELEGRAM)
    monkeypatch.setenv("SECRETFENCE_DEBUG", "1")
    with pytest.raises(IndexError):
        run_cli("scan", "--no-baseline", "--jobs", "1", "odd.js")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_report_that_cannot_be_written_says_why_and_fails(tmp_path: Path) -> None:
    """stdout on a full device: the system's reason on one line and exit 2 (fail closed), not
    "internal error ... nothing was written", which is false after a store was rewritten."""
    write(tmp_path / "bot.py", f"TOKEN = '{TELEGRAM}'\n")
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "secretfence", "scan", "--no-baseline", "bot.py"],
                                cwd=tmp_path, stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "secretfence: error: No space left on device; the run stopped there (a file secretfence "
        "rewrites is replaced whole or left as it was)"]
