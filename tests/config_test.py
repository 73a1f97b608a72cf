from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Dict

import pytest

from tests.conftest import write

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[tool.secretfence]\nbaselin = "x"\n', "[tool.secretfence] has unknown key(s): baselin (did you mean baseline?)"),
        ('[tool.secretfence]\nExclude = ["x"]\n', "[tool.secretfence] has unknown key(s): Exclude (did you mean exclude?)"),
        ('[tool.secretfence]\nnonsense = 1\nother = 2\n', "[tool.secretfence] has unknown key(s): nonsense, other"),
        ('[tool.secretfence.upload]\nblok = "low"\n', "[tool.secretfence.upload] has unknown key(s): blok (did you mean block?)"),
        ('[tool.secretfence]\nexclude = "tests/"\n', "[tool.secretfence] exclude must be a list of strings"),
        ('[tool.secretfence]\nexclude = ["("]\n',
         "[tool.secretfence] exclude[0]: '*' is not a valid regular expression (missing ), unterminated subpattern at "
         "position 0)"),
        ('[tool.secretfence]\nexclude = ["^docs/", ".*"]\n',
         "[tool.secretfence] exclude[1]: '**' matches the empty string, so it matches every path"),
        ('[tool.secretfence]\nexclude = [""]\n', "[tool.secretfence] exclude[0]: '' matches the empty string"),
        ('[tool.secretfence.upload]\nblock = "sometimes"\n', "block must be one of high, medium, low, not 's…s'"),
        ('[tool.secretfence.upload]\nblock = 3\n', "block must be one of high, medium, low, not a number"),
        ('[tool.secretfence]\ndisable = ["KeywordDetecter"]\n',
         "[tool.secretfence] disable: unknown detector or kind 'Ke…r' (did you mean KeywordDetector?)"),
        ('[tool.secretfence]\ndisable = ["telegarm"]\n',
         "[tool.secretfence] disable: unknown detector or kind 't…m' (did you mean telegram?)"),
        ('[tool.secretfence]\ndisable = ["awskeydetector"]\n',
         "[tool.secretfence] disable: unknown detector or kind 'aw…r' (did you mean AWSKeyDetector?)"),
        ('[tool.secretfence]\ndisable = ["zzzz"]\n', "[tool.secretfence] disable: unknown detector or kind '****'"),
        ('[tool.secretfence]\nbaseline = "../shared/secrets.baseline"\n',
         "[tool.secretfence] baseline '../…ine' must be a path inside the repository"),
        ('[tool.secretfence]\nbaseline = "/etc/secrets.baseline"\n',
         "[tool.secretfence] baseline '/et…ne' must be a path inside the repository"),
        ('[tool.secretfence]\nbaseline = "a\\u0000b"\n', "[tool.secretfence] baseline must not contain a NUL character"),
        ("tool = 1\n", "[tool] must be a table, not a number"),
        ('tool = ["secretfence"]\n', "[tool] must be a table, not an array"),
        ('[tool]\nsecretfence = "on"\n', "[tool.secretfence] must be a table, not a string"),
        ('[tool.secretfence]\nupload = "strict"\n', "[tool.secretfence] upload must be a table, not a string"),
        ("[tool.secretfence\n", "invalid TOML"),
    ],
)
def test_bad_configuration_is_one_line_exit_2(tmp_path: Path, monkeypatch, run_cli, table: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", table)
    write(tmp_path / "x.py", "x = 1\n")
    code, out, err = run_cli("scan", "x.py")
    assert (code, out) == (2, "")
    (line,) = err.splitlines()
    assert line.startswith(f"secretfence: error: {tmp_path / 'pyproject.toml'}: ") and message in line, line


def test_every_known_disable_name_is_accepted(tmp_path: Path, monkeypatch, run_cli) -> None:
    from secretfence.config import known_detector_names

    names = known_detector_names()
    assert {"KeywordDetector", "AWSKeyDetector", "SecretfenceRedisDetector", "pypi", "aws", "redis", "telegram"} <= set(names)
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[tool.secretfence]\ndisable = [%s]\n" % ", ".join(f'"{n}"' for n in names))
    write(tmp_path / "app.py", f"T = '{TELEGRAM}'\npassword = 'hunter2hunter2'\n")
    code, out, err = run_cli("scan", "app.py")
    assert (code, err) == (0, "") and "1 file scanned" in out


def test_pyproject_that_is_not_utf8(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_bytes(b'[tool.secretfence]\nbaseline = "caf\xe9.baseline"\n')
    write(tmp_path / "x.py", "x = 1\n")
    code, out, err = run_cli("scan", "x.py")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"secretfence: error: {tmp_path / 'pyproject.toml'}: not UTF-8 (byte 34); TOML files must be UTF-8"
    ]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda path: path.mkdir(), "cannot read: not a regular file (a directory)"),
        (lambda path: os.mkfifo(path), "cannot read: not a regular file (a FIFO)"),
        (lambda path: path.symlink_to(path.parent / "missing.toml"), "cannot read: No such file or directory"),
        (lambda path: path.symlink_to(path), "cannot read: Too many levels of symbolic links"),
    ],
    ids=["directory", "fifo", "dangling-link", "link-loop"],
)
def test_unreadable_pyproject_is_an_error_not_skipped(tmp_path: Path, monkeypatch, run_cli, make, reason: str) -> None:
    """Whatever sits at pyproject.toml is the team's configuration: a FIFO must not hang the hook,
    a directory must not send the search to a pyproject further up."""
    write(tmp_path / "pyproject.toml", "[tool.secretfence]\n")  # the one further up
    project = tmp_path / "project"
    project.mkdir()
    make(project / "pyproject.toml")
    write(project / "x.py", "x = 1\n")
    monkeypatch.chdir(project)
    code, out, err = run_cli("scan", "x.py")
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"secretfence: error: {project / 'pyproject.toml'}: {reason}"]


# Root reads any file (CAP_DAC_OVERRIDE): as root, the check runs without that capability.
WITHOUT_DAC_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                        "--bounding-set=-dac_override,-dac_read_search"]


def test_pyproject_without_read_permission(tmp_path: Path) -> None:
    write(tmp_path / "x.py", "x = 1\n")
    write(tmp_path / "pyproject.toml", "[tool.secretfence]\n").chmod(0o000)
    env = {key: value for key, value in os.environ.items() if key != "SECRETFENCE_DEBUG"}
    prefix = WITHOUT_DAC_OVERRIDE if os.geteuid() == 0 else []
    ran = subprocess.run([*prefix, sys.executable, "-m", "secretfence", "scan", "x.py"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert (ran.returncode, ran.stdout) == (2, ""), ran.stderr
    assert ran.stderr.splitlines() == [f"secretfence: error: {tmp_path / 'pyproject.toml'}: cannot read: Permission denied"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--verify-timeout", "0"], "argument --verify-timeout: must be a positive number of seconds"),
        (["--verify-timeout", "-1"], "argument --verify-timeout: must be a positive number of seconds"),
        (["--verify-timeout", "nan"], "argument --verify-timeout: must be a positive number of seconds"),
        (["--verify-timeout", "inf"], "argument --verify-timeout: must be a positive number of seconds"),
        (["--verify-timeout", "soon"], "argument --verify-timeout: must be a positive number of seconds"),
        (["--verify-deadline", "0"], "argument --verify-deadline: must be a positive number of seconds"),
        (["--verify-deadline", "-5"], "argument --verify-deadline: must be a positive number of seconds"),
        (["--jobs", "0"], "argument --jobs: must be a whole number above zero"),
        (["--jobs", "-2"], "argument --jobs: must be a whole number above zero"),
        (["--jobs", "many"], "argument --jobs: must be a whole number above zero"),
    ],
)
def test_non_positive_numbers_are_one_line_errors(tmp_path: Path, monkeypatch, run_cli, argv, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "x.py", "x = 1\n")
    code, out, err = run_cli("scan", *argv, "x.py")
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"secretfence: error: {message} (see `secretfence scan --help`)"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--secretfence-verify-timeout", "0"], "--secretfence-verify-timeout: must be a positive number of seconds"),
        (["--secretfence-verify-deadline=-1"], "--secretfence-verify-deadline: must be a positive number of seconds"),
        (["--secretfence-verify", "--secretfence-no-verify"],
         "--secretfence-verify and --secretfence-no-verify contradict each other"),
    ],
)
def test_bad_upload_verification_options(tmp_path: Path, monkeypatch, run_cli, argv, message: str) -> None:
    import zipfile

    monkeypatch.chdir(tmp_path)
    (tmp_path / "dist").mkdir()
    with zipfile.ZipFile(tmp_path / "dist" / "p-1.0-py3-none-any.whl", "w") as archive:
        archive.writestr("p/__init__.py", "")
    code, out, err = run_cli("upload", *argv, "dist/p-1.0-py3-none-any.whl")
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"secretfence: error: {message}"]


# --- the runner's own settings: user config and environment --------------------------------


def user_config(tmp_path: Path, monkeypatch, text: str) -> Path:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return write(home / "secretfence" / "config.toml", text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("verfy = true\n", "has unknown key(s): verfy (did you mean verify?)"),
        ('verify = "yes"\n', ": verify must be true or false"),
        ("verify_timeout = 0\n", ": verify_timeout must be a positive number of seconds"),
        ("verify_deadline = -3\n", ": verify_deadline must be a positive number of seconds"),
        ("verify_deadline = 1" + "0" * 400 + "\n", ": verify_deadline must be a positive number of seconds"),
        ("verify_timeout = nan\n", ": verify_timeout must be a positive number of seconds"),
        ("verify_timeout = inf\n", ": verify_timeout must be a positive number of seconds"),
        ('verify_deadline = "30s"\n', ": verify_deadline must be a positive number of seconds"),
        ("verify_allow_internal = 1\n", ": verify_allow_internal must be true or false"),
        ('[endpoints]\ntelegram = "file:///etc/passwd"\n', ": [endpoints] telegram must be an http:// or https:// URL with a host"),
        ('[endpoints]\npypi = "upload.pypi.org/legacy/"\n', ": [endpoints] pypi must be an http:// or https:// URL with a host"),
        ('[endpoints]\naws_sts = "https://sts:99999"\n', ": [endpoints] aws_sts must be an http:// or https:// URL (it does not parse)"),
        ('[endpoints]\ntelegam = "https://x"\n', ": [endpoints] has unknown key(s): telegam (did you mean telegram?)"),
        ('endpoints = "https://x"\n', ": endpoints must be a table, not a string"),
        ("[upload]\nverfy = true\n", ": [upload] has unknown key(s): verfy (did you mean verify?)"),
        ("[upload]\nverify = 1\n", ": [upload] verify must be true or false"),
        (b"verify = true # \xff\n", ": not UTF-8 (byte 16); TOML files must be UTF-8"),
    ],
)
def test_bad_user_config_is_one_line_exit_2(tmp_path: Path, monkeypatch, run_cli, text, message: str) -> None:
    path = user_config(tmp_path, monkeypatch, "")
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    work = tmp_path / "work"
    write(work / "x.py", "x = 1\n")
    monkeypatch.chdir(work)
    code, out, err = run_cli("scan", "x.py")
    assert (code, out) == (2, "")
    (line,) = err.splitlines()
    assert line.startswith(f"secretfence: error: {path}") and line.endswith(message), line


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SECRETFENCE_VERIFY", "maybe", "SECRETFENCE_VERIFY must be 1 or 0 (true/false, yes/no, on/off)"),
        ("SECRETFENCE_VERIFY_ALLOW_INTERNAL", "2", "SECRETFENCE_VERIFY_ALLOW_INTERNAL must be 1 or 0 (true/false, yes/no, on/off)"),
        ("SECRETFENCE_TELEGRAM_API_URL", "ftp://api.telegram.org", "SECRETFENCE_TELEGRAM_API_URL must be an http:// or https:// URL with a host"),
        ("SECRETFENCE_AWS_STS_URL", "sts.amazonaws.com", "SECRETFENCE_AWS_STS_URL must be an http:// or https:// URL with a host"),
        ("SECRETFENCE_PYPI_UPLOAD_URL", "https://", "SECRETFENCE_PYPI_UPLOAD_URL must be an http:// or https:// URL with a host"),
        ("SECRETFENCE_TESTPYPI_UPLOAD_URL", "javascript:alert(1)", "SECRETFENCE_TESTPYPI_UPLOAD_URL must be an http:// or https:// URL with a host"),
    ],
)
def test_bad_environment_is_one_line_exit_2(tmp_path: Path, monkeypatch, run_cli, variable: str, value: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(variable, value)
    write(tmp_path / "x.py", "x = 1\n")
    code, out, err = run_cli("scan", "x.py")
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"secretfence: error: {message}"]


def test_endpoint_url_with_credentials_is_not_echoed(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECRETFENCE_PYPI_UPLOAD_URL", "ftp://user:S3cr3tPassw0rdQ@example.org/")
    write(tmp_path / "x.py", "x = 1\n")
    code, _, err = run_cli("scan", "x.py")
    assert code == 2 and "S3cr3tPassw0rdQ" not in err


# --- a broken detect-secrets installation -----------------------------------------------------


def _site_packages() -> Path:
    return Path(sysconfig.get_paths()["purelib"])


@pytest.mark.parametrize(("module", "plugin"), [("stripe", "StripeDetector"), ("keyword", "KeywordDetector"),
                                                ("high_entropy_strings", "Base64HighEntropyString")])
def test_missing_detect_secrets_plugin_module(tmp_path: Path, module: str, plugin: str) -> None:
    """detect-secrets installed without one of its plugin modules: a real copy of the installed
    package, minus that module, ahead of the real one on the path."""
    site = tmp_path / "site"
    shutil.copytree(_site_packages() / "detect_secrets", site / "detect_secrets",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (site / "detect_secrets" / "plugins" / f"{module}.py").unlink()
    work = tmp_path / "work"
    write(work / "x.py", "x = 1\n")
    env: Dict[str, str] = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("SECRETFENCE_DEBUG", None)
    ran = subprocess.run([sys.executable, "-m", "secretfence", "scan", "x.py"], cwd=work, env=env,
                         capture_output=True, text=True, timeout=120)
    assert (ran.returncode, ran.stdout) == (2, "")
    assert ran.stderr.splitlines() == [
        f"secretfence: error: plugin {plugin} cannot be loaded: module detect_secrets.plugins.{module} is missing "
        "from this installation; reinstall detect-secrets (pip install --force-reinstall detect-secrets)"
    ]


def test_exclude_and_disable(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "fixtures" / "bot.py", f"T = '{TELEGRAM}'\n")
    write(tmp_path / "app.py", f"T = '{TELEGRAM}'\npassword = 'hunter2hunter2'\n")
    assert run_cli("scan", "--json", "app.py")[0] == 1
    # (the literal-credential kind, the keyword rule's complement, is a kind of its own to disable)
    write(tmp_path / "pyproject.toml",
          '[tool.secretfence]\nexclude = ["^fixtures/"]\ndisable = ["telegram", "KeywordDetector", "literal"]\n')
    code, out, _ = run_cli("scan", "fixtures/bot.py", "app.py")
    assert code == 0, out
    assert "1 file scanned" in out
