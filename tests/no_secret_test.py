"""No output of secretfence carries a whole secret (issue 12's no-secret test; issue 18).

Every command and output format runs, as `python -m secretfence` in a subprocess, over a project
that holds generated secrets of every kind (PyPI token, AWS key id and secret key, Redis URI
password, Telegram bot token, GitHub token, private key): in Python, JSON, YAML, INI and UTF-16
files, in file and directory names, and in archive member names (zip and tar members, nested).
Each run's stdout and stderr, and every file it writes (baselines, the .pypirc it rewrites and
its backup), must hold none of them whole. Warnings and errors are provoked on purpose (damaged
archives, unreadable inputs, bad configuration, a plaintext keyring), named after secrets too.
"""
from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
import tarfile
import termios
import zipfile
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Dict, Mapping, Optional

import pytest

from secretfence.findings import hash_secret
from secretfence.redact import mask
from tests.conftest import git, write
from tests.fakes import (
    aws_key_id,
    aws_secret_key,
    fake_pem,
    github_token,
    password,
    pypi_token,
    telegram_token,
)
from tests.e2e.upload_test import PASSWORD, USER, build, index, listed_files  # noqa: F401 (index: a fixture)
from tests.hostile.archives_cases import directory_entries, patch_entry

KINDS = {"PyPI API Token", "GitHub Token", "Telegram Bot API Token", "AWS Credentials", "Redis Credentials",
         "Private Key"}


@dataclass(frozen=True)
class Planted:
    """One secret of every kind."""

    pypi: str
    github: str
    telegram: str
    key_id: str
    secret_key: str
    redis_password: str
    private_key: str

    @classmethod
    def generate(cls, seed: int) -> "Planted":
        return cls(pypi_token(seed), github_token(seed), telegram_token(seed), aws_key_id(seed),
                   aws_secret_key(seed), password(seed), fake_pem(seed))

    def whole(self) -> Dict[str, str]:
        """kind -> secret; a private key is looked for line by line as well as whole."""
        found = {item.name: getattr(self, item.name) for item in fields(self)}
        for number, line in enumerate(self.private_key.splitlines()[1:-1], start=1):
            found[f"private key line {number}"] = line
        return found


IN_PYTHON, IN_JSON, IN_YAML, IN_INI, IN_UTF16 = (Planted.generate(seed) for seed in (101, 102, 103, 104, 105))
IN_NAMES, IN_MEMBERS, IN_MEMBER_NAMES = (Planted.generate(seed) for seed in (106, 107, 108))
IN_PROBLEMS, IN_PYPIRC = Planted.generate(109), Planted.generate(110)
# Beside a pragma (`allowlist secret`): no finding, but audit shows the line as context.
IN_ALLOWLISTED = Planted.generate(111)
EVERY = [IN_PYTHON, IN_JSON, IN_YAML, IN_INI, IN_UTF16, IN_NAMES, IN_MEMBERS, IN_MEMBER_NAMES, IN_PROBLEMS, IN_PYPIRC,
         IN_ALLOWLISTED]
WHEEL = "dist/leaky-1.0-py3-none-any.whl"
SDIST = "dist/leaky-1.0.tar.gz"


def assert_no_secret(what: str, *texts: str) -> None:
    """Not one planted secret, whole, in any of the texts (the message names the kind only)."""
    for planted in EVERY:
        for kind, secret in planted.whole().items():
            for text in texts:
                assert secret not in text, f"{what}: a whole {kind} was shown or stored"


# --- the project ---------------------------------------------------------------------------------


def python_text(s: Planted) -> str:
    return (f'PYPI_TOKEN = "{s.pypi}"\nGITHUB_TOKEN = "{s.github}"\nBOT_TOKEN = "{s.telegram}"\n'
            f'AWS_ACCESS_KEY_ID = "{s.key_id}"\nAWS_SECRET_ACCESS_KEY = "{s.secret_key}"\n'
            f'REDIS_URL = "redis://:{s.redis_password}@cache.example.com:6379/0"\n'
            f'PRIVATE_KEY = """{s.private_key}"""\n')


def json_text(s: Planted) -> str:
    return json.dumps({
        "pypi": {"token": s.pypi}, "github_token": s.github, "telegram": {"bot_token": s.telegram},
        "aws": {"aws_access_key_id": s.key_id, "aws_secret_access_key": s.secret_key},
        "redis_url": f"redis://:{s.redis_password}@cache.example.com:6379/0", "private_key": s.private_key,
    }, indent=2) + "\n"


def yaml_text(s: Planted) -> str:
    key = "\n".join(f"    {line}" for line in s.private_key.splitlines())
    return (f"pypi:\n  token: {s.pypi}\ngithub_token: {s.github}\ntelegram:\n  bot_token: \"{s.telegram}\"\n"
            f"aws:\n  aws_access_key_id: {s.key_id}\n  aws_secret_access_key: {s.secret_key}\n"
            f"redis_url: redis://:{s.redis_password}@cache.example.com:6379/0\ntls:\n  key: |\n{key}\n")


def ini_text(s: Planted) -> str:
    key = "\n".join(f"  {line}" for line in s.private_key.splitlines())
    return (f"[pypi]\ntoken = {s.pypi}\n\n[github]\ntoken = {s.github}\n\n[telegram]\nbot_token = {s.telegram}\n\n"
            f"[default]\naws_access_key_id = {s.key_id}\naws_secret_access_key = {s.secret_key}\n\n"
            f"[redis]\nurl = redis://:{s.redis_password}@cache.example.com:6379/0\n\n[tls]\nkey =\n{key}\n")


def zip_of(members: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tar_of(members: Mapping[str, bytes], mode: str = "w:gz") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode, format=tarfile.PAX_FORMAT) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1_700_000_000
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def leaky_wheel() -> bytes:
    """Secrets in member contents and in member names, at the top and inside a nested zip."""
    m, n = IN_MEMBERS, IN_MEMBER_NAMES
    nested = zip_of({f"{n.telegram}.txt": b"hello\n", "config/settings.ini": ini_text(m).encode()})
    return zip_of({
        "leaky/__init__.py": b"",
        "leaky/settings.py": python_text(m).encode(),
        f"leaky/{n.key_id}.py": b"x = 1\n",
        f"leaky/data_{n.github}.zip": nested,
        "leaky-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\nName: leaky\nVersion: 1.0\n",
    })


def leaky_sdist() -> bytes:
    m, n = IN_MEMBERS, IN_MEMBER_NAMES
    inner = tar_of({f"fixtures/{n.pypi}/app.yaml": yaml_text(m).encode()}, mode="w")
    return tar_of({
        "leaky-1.0/PKG-INFO": b"Metadata-Version: 2.1\nName: leaky\nVersion: 1.0\n",
        f"leaky-1.0/{n.pypi}.cfg": b"[x]\ny = 1\n",
        "leaky-1.0/tests/fixtures.tar": inner,
        "leaky-1.0/config.json": json_text(m).encode(),
    })


@pytest.fixture
def project(temp_git_dir: Path) -> Path:
    """A repository holding every kind of secret, in contents and in names, and its built artifacts."""
    repo = temp_git_dir
    write(repo / "settings.py", python_text(IN_PYTHON))
    write(repo / "allowed.py", f'A = "{IN_ALLOWLISTED.github}"  # pragma: allowlist secret\n'
                               f'B = "{IN_ALLOWLISTED.telegram}"\n')
    write(repo / "config" / "app.json", json_text(IN_JSON))
    write(repo / "config" / "app.yaml", yaml_text(IN_YAML))
    write(repo / "config" / "app.ini", ini_text(IN_INI))
    (repo / "notes.txt").write_bytes(f'bot = "{IN_UTF16.telegram}"\ngithub = "{IN_UTF16.github}"\n'.encode("utf-16"))
    names = IN_NAMES
    write(repo / f"{names.pypi}.py", "x = 1\n")
    write(repo / f"dir_{names.github}" / "notes.md", "# notes\n")
    write(repo / f"key_{names.telegram}.env", "DEBUG=1\n")
    write(repo / "aws" / names.key_id / "README", "keys go here\n")
    (repo / "dist").mkdir()
    (repo / WHEEL).write_bytes(leaky_wheel())
    (repo / SDIST).write_bytes(leaky_sdist())
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "leaky", "--no-verify")
    return repo


@dataclass
class Run:
    code: int
    out: str
    err: str


def secretfence(*argv: str, cwd: Path, env: Optional[Mapping[str, str]] = None) -> Run:
    completed = subprocess.run([sys.executable, "-m", "secretfence", *argv], cwd=cwd, capture_output=True,
                               env={**os.environ, **(env or {})}, timeout=300)
    return Run(completed.returncode, completed.stdout.decode("utf-8", "replace"),
               completed.stderr.decode("utf-8", "replace"))


def checked(*argv: str, cwd: Path, code: int, env: Optional[Mapping[str, str]] = None) -> Run:
    """Run a command; its exit code must be `code`, and nothing it prints may hold a secret."""
    run = secretfence(*argv, cwd=cwd, env=env)
    label = " ".join(argv)[:120]
    assert run.code == code, (label, run.code, run.out[-3000:], run.err[-3000:])
    assert "Traceback" not in run.err and "internal error" not in run.err, (label, run.err[-3000:])
    assert_no_secret(label, run.out, run.err)
    return run


def types_by_file(document: Dict, section: str = "results") -> Dict[str, set]:
    return {name: {entry["type"] for entry in entries} for name, entries in document[section].items()}


# --- scan, the hook, baselines, audit ------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_scan_in_every_format(project: Path, output_format: str) -> None:
    run = checked("scan", "--no-baseline", "--format", output_format, cwd=project, code=1)
    if output_format == "json":
        found = types_by_file(json.loads(run.out))
        for name in ("settings.py", "config/app.json", "config/app.yaml", "config/app.ini",
                     f"{WHEEL}!leaky/settings.py"):
            assert found[name] >= KINDS, (name, found[name])
        assert found["notes.txt"] >= {"Telegram Bot API Token", "GitHub Token"}
        names = IN_NAMES
        in_names = {
            f"{mask(names.pypi)}.py": {"PyPI API Token"},
            f"dir_{mask(names.github)}": {"GitHub Token"},
            f"key_{mask(names.telegram)}.env": {"Telegram Bot API Token"},
            f"aws/{mask(names.key_id)}": {"AWS Credentials"},
        }
        assert {name: found.get(name) for name in in_names} == in_names
        n = IN_MEMBER_NAMES
        assert found[f"{WHEEL}!leaky/data_{mask(n.github)}.zip"] == {"GitHub Token"}
        assert found[f"{WHEEL}!leaky/data_{mask(n.github)}.zip!{mask(n.telegram)}.txt"] == {"Telegram Bot API Token"}
        assert found[f"{SDIST}!leaky-1.0/{mask(n.pypi)}.cfg"] == {"PyPI API Token"}
    elif output_format == "sarif":
        assert json.loads(run.out)["runs"][0]["results"]


def test_the_hook_scan_of_staged_files(project: Path) -> None:
    write(project / f"new_{IN_PROBLEMS.github}.py", f'T = "{IN_PROBLEMS.telegram}"\n')
    git(project, "add", "-A")
    run = checked("scan", "--staged", cwd=project, code=1)
    assert f"new_{mask(IN_PROBLEMS.github)}.py" in run.out.splitlines()
    checked("scan", "--staged", "--format", "json", cwd=project, code=1)
    checked("scan", "--staged", "--format", "sarif", "--no-baseline", ".", cwd=project, code=1)


def audit_over_a_terminal(cwd: Path, answers: str) -> Run:
    """`secretfence audit` with a terminal as stdin (it refuses a pipe), answered in advance."""
    controller, terminal = pty.openpty()
    attributes = termios.tcgetattr(terminal)
    attributes[3] &= ~termios.ECHO  # the answers are not echoed into the terminal's buffer
    termios.tcsetattr(terminal, termios.TCSANOW, attributes)
    os.write(controller, answers.encode())
    try:
        completed = subprocess.run([sys.executable, "-m", "secretfence", "audit"], cwd=cwd, stdin=terminal,
                                   capture_output=True, timeout=300)
    finally:
        os.close(terminal)
        os.close(controller)
    return Run(completed.returncode, completed.stdout.decode("utf-8", "replace"),
               completed.stderr.decode("utf-8", "replace"))


def test_baselines_and_audit(project: Path) -> None:
    baseline = project / "baseline" / "secrets.baseline"
    checked("baseline", "create", cwd=project, code=0)
    assert_no_secret("baseline create: the baseline", baseline.read_text())
    # Stored names are masked, and match on the next run: nothing new, nothing unreadable.
    run = checked("scan", cwd=project, code=0)
    assert "no new secrets" in run.out
    write(project / f"more_{IN_PROBLEMS.pypi}.txt", f"token {IN_PROBLEMS.github}\n")
    git(project, "add", "-A")
    checked("scan", "--staged", cwd=project, code=1)
    checked("baseline", "update", cwd=project, code=0)
    assert_no_secret("baseline update: the baseline", baseline.read_text())
    checked("scan", "--staged", cwd=project, code=0)
    pending = sum(len(entries) for entries in json.loads(baseline.read_text())["results"].values())
    run = audit_over_a_terminal(project, "n\ny\n" + "s\n" * pending)
    assert run.code == 0, run.err
    assert_no_secret("audit", run.out, run.err)
    assert "secretfence: 2 finding(s) labelled" in run.out
    assert f'bot = "{mask(IN_UTF16.telegram)}"' in run.out  # UTF-16, decoded and masked
    assert_no_secret("audit: the labelled baseline", baseline.read_text())
    checked("audit", "--stats", cwd=project, code=0)
    checked("audit", "--stats", "--json", cwd=project, code=0)


# --- the upload gate ------------------------------------------------------------------------------


def pypirc_text(s: Planted, with_url_password: bool = True) -> str:
    url = f"https://alice:{s.redis_password}@pkgs.example.com/" if with_url_password else "https://pkgs.example.com/"
    return ("[distutils]\nindex-servers =\n    pypi\n    priv\n\n"
            f"[pypi]\nusername = __token__\npassword = {s.pypi}\n\n"
            f"[priv]\nrepository = {url}\nusername = alice\npassword = {s.secret_key}\n")


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_check_dist_and_an_upload_refused_before_anything_is_sent(project: Path, output_format: str) -> None:
    run = checked("check-dist", "--format", output_format, cwd=project, code=1)
    if output_format == "json":
        found = types_by_file(json.loads(run.out))
        assert found[f"{WHEEL}!leaky/settings.py"] >= KINDS
        assert found[f"{WHEEL}!leaky/{mask(IN_MEMBER_NAMES.key_id)}.py"] == {"AWS Credentials"}
    config = project.parent / f"home_{IN_PYPIRC.github}" / ".pypirc"
    write(config, pypirc_text(IN_PYPIRC))
    config.chmod(0o600)
    run = checked("upload", "--non-interactive", "--config-file", str(config), "-r", "priv",
                  "--secretfence-format", output_format, WHEEL, SDIST, cwd=project, code=1)
    assert "upload blocked: nothing was sent to the index" in run.err


# --- .pypirc --------------------------------------------------------------------------------------


@pytest.fixture
def keyring_env(tmp_path: Path) -> Dict[str, str]:
    """keyrings.alt's plaintext file keyring (as the pypirc tests use), in a directory named after a
    token: secretfence warns about a plaintext keyring and names its path."""
    return {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(tmp_path / f"xdg_{IN_PROBLEMS.telegram}")}


def pypirc_file(tmp_path: Path, text: str) -> Path:
    config = tmp_path / f"home_{IN_PYPIRC.github}" / ".pypirc"
    write(config, text)
    config.chmod(0o600)
    return config


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_pypirc_report(tmp_path: Path, output_format: str) -> None:
    config = pypirc_file(tmp_path, pypirc_text(IN_PYPIRC))
    run = checked("pypirc", "--config-file", str(config), "--format", output_format, cwd=tmp_path, code=1)
    if output_format == "text":
        assert "plaintext password inside [priv] repository URL: password for alice at https://pkgs.example.com/" in run.out
    config.chmod(0o644)
    checked("pypirc", "--config-file", str(config), "--format", output_format, cwd=tmp_path, code=1)
    checked("pypirc", "--fix", "--config-file", str(config), cwd=tmp_path, code=2)  # a URL password: by hand


def test_pypirc_fix(tmp_path: Path, keyring_env: Dict[str, str]) -> None:
    config = pypirc_file(tmp_path, pypirc_text(IN_PYPIRC, with_url_password=False))
    run = checked("pypirc", "--fix", "--config-file", str(config), cwd=tmp_path, code=0, env=keyring_env)
    assert "secretfence: warning: the keyring (PlaintextKeyring) stores passwords in plaintext at" in run.err
    assert_no_secret("pypirc --fix: the rewritten .pypirc", config.read_text())
    checked("pypirc", "--config-file", str(config), cwd=tmp_path, code=0, env=keyring_env)
    checked("pypirc", "--fix", "--config-file", str(config), cwd=tmp_path, code=0, env=keyring_env)


def test_pypirc_fix_backup(tmp_path: Path, keyring_env: Dict[str, str]) -> None:
    config = pypirc_file(tmp_path, pypirc_text(IN_PYPIRC, with_url_password=False))
    checked("pypirc", "--fix", "--config-file", str(config), cwd=tmp_path, code=0, env=keyring_env)
    backups = [path for path in config.parent.iterdir() if path.name != ".pypirc"]
    assert backups
    for backup in backups:
        assert_no_secret("pypirc --fix: the backup", backup.read_text())
    # --restore writes the user's own file back, and says so without quoting a password.
    checked("pypirc", "--restore", "--config-file", str(config), cwd=tmp_path, code=0, env=keyring_env)


# --- warnings and errors --------------------------------------------------------------------------


def bad_crc_zip(member: str) -> bytes:
    raw = zip_of({"ok.txt": b"fine\n", member: b"x = 1\n"})
    (_, entry) = directory_entries(raw)[1]
    return patch_entry(raw, 1, crc=entry[7] ^ 0xFFFF)


def encrypted_zip(member: str) -> bytes:
    raw = zip_of({member: b"x = 1\n"})
    (_, entry) = directory_entries(raw)[0]
    return patch_entry(raw, 0, flags=entry[3] | 0x1)


def test_warnings(project: Path) -> None:
    p = IN_PROBLEMS
    # Damage inside a nested archive: a warning naming the damaged member.
    (project / "dist" / "fixtures-1.0-py3-none-any.whl").write_bytes(
        zip_of({"fixtures/__init__.py": b"", "fixtures/broken.zip": bad_crc_zip(f"t/{p.telegram}.txt")}))
    run = checked("check-dist", "dist/fixtures-1.0-py3-none-any.whl", cwd=project, code=1)
    assert "warning (not blocking)" in run.out and "has a bad CRC-32" in run.out
    checked("check-dist", "--format", "json", "dist/fixtures-1.0-py3-none-any.whl", cwd=project, code=1)
    # A damaged archive committed as a file: a warning at the commit door.
    write(project / "fixtures" / f"old_{p.key_id}.zip", "")
    (project / "fixtures" / f"old_{p.key_id}.zip").write_bytes(bad_crc_zip(f"m/{p.github}.txt"))
    run = checked("scan", "--no-baseline", "fixtures", cwd=project, code=1)
    assert "warning (not blocking)" in run.out
    # A baseline whose GitHub entry holds a prefix's hash: the warning on stderr names its path.
    fragment = project / f"old_{p.pypi}.baseline"
    fragment.write_text(json.dumps({"version": "1.5.0", "results": {"settings.py": [
        {"type": "GitHub Token", "filename": "settings.py", "hashed_secret": hash_secret("ghp"), "line_number": 2}]}}))
    run = checked("scan", "--baseline", fragment.name, "settings.py", cwd=project, code=1)
    assert "secretfence: warning:" in run.err and "hash of a token prefix" in run.err


def test_errors(project: Path) -> None:
    p = IN_PROBLEMS
    os.symlink("nowhere", project / f"link_{p.github}")
    run = checked("scan", f"link_{p.github}", f"missing_{p.telegram}.py", cwd=project, code=2)
    assert "dangling symbolic link" in run.out and "no such file or directory" in run.out
    checked("scan", "--format", "json", f"link_{p.github}", cwd=project, code=2)
    checked("baseline", "create", "--force", f"link_{p.github}", cwd=project, code=2)
    # Broken artifacts: a bad CRC and an encrypted member, each named after a token.
    (project / "dist" / f"bad-1.0-py3-none-any.whl").write_bytes(bad_crc_zip(f"bad/{p.pypi}.py"))
    (project / "dist" / "enc-1.0-py3-none-any.whl").write_bytes(encrypted_zip(f"enc/{p.github}.py"))
    for output_format in ("text", "json", "sarif"):
        checked("check-dist", "--format", output_format, "dist/bad-1.0-py3-none-any.whl",
                "dist/enc-1.0-py3-none-any.whl", cwd=project, code=2)
    checked("check-dist", f"dist/{p.pypi}.whl", cwd=project, code=2)
    checked("upload", "--non-interactive", "--repository-url", "http://127.0.0.1:9/", "-u", "x", "-p", "y",
            "dist/enc-1.0-py3-none-any.whl", cwd=project, code=2)
    checked("scan", "--format", p.telegram, "settings.py", cwd=project, code=2)
    # Bad configuration quoting secrets.
    for setting in (f'disable = ["{p.github}"]', f'"{p.telegram}" = 1', f'exclude = ["({p.github}"]',
                    f'baseline = "b_{p.pypi}.baseline"'):
        write(project / "pyproject.toml", f"[tool.secretfence]\n{setting}\n")
        run = checked("scan", "settings.py", cwd=project, code=2)
        assert run.err.startswith("secretfence: error: ") and len(run.err.splitlines()) == 1, run.err
    (project / "pyproject.toml").unlink()
    checked("scan", "--baseline", f"b_{p.key_id}.baseline", "settings.py", cwd=project, code=2)


# --- a real upload that warns ----------------------------------------------------------------------


@pytest.mark.e2e
def test_an_upload_that_warns_shows_no_secret(tmp_path: Path, index: str) -> None:
    """The gate lets a low-confidence hit through with a warning (on stderr), then twine uploads
    to the local index of the upload tests: the warning shows the hit masked."""
    keyword = f"Kw-{IN_PROBLEMS.redis_password}"
    project = tmp_path / "tinypkg"
    # A keyword hit on a key that names no credential (a literal `password = …` would block).
    write(project / "src" / "tinypkg" / "settings.py", f'password_hint = "{keyword}"\n')
    dists = [str(path) for path in build(project)]
    run = checked("upload", "--non-interactive", "--repository-url", index, "-u", USER, "-p", PASSWORD, *dists,
                  cwd=project, code=0)
    assert listed_files(index) == ["tinypkg-1.0-py3-none-any.whl", "tinypkg-1.0.tar.gz"]
    assert "warning (not blocking)" in run.err and "Secret Keyword" in run.err
    assert keyword not in run.out + run.err
