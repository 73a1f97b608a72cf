from __future__ import annotations

import json
from pathlib import Path

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
        (("scan", "missing.py"), "secretfence: error: missing.py: no such file or directory"),
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
    assert result.error.startswith("cannot read")
    report = ScanReport(command="scan")
    collect(report, [result], None)
    assert (report.exit_code, list(report.errors)) == (2, ["looks-like-a-file.py"])


def test_version_names_the_scanner(run_cli) -> None:
    from secretfence import __version__
    from secretfence.candidates import SCANNER

    code, out, _ = run_cli("--version")
    scanner = "compiled" if SCANNER is not None else "pure-Python"
    assert (code, out) == (0, f"secretfence {__version__} ({scanner} scanner)\n")


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
        "import sys\nfrom secretfence.cli import _defer_package_init\n"
        "_defer_package_init('detect_secrets'); _defer_package_init('detect_secrets.filters')\n"
        "import detect_secrets.core.plugins.util\n"
        "from secretfence.cli import main\nsys.exit(main(['scan', '--no-baseline', 'a.py']))\n"
    )
    for seed in ("0", "1", "2", "3"):
        result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                                env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 1, result.stderr
        assert "internal error" not in result.stderr
