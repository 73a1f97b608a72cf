"""`secretfence pypirc --fix` with real keyrings (keyrings.alt's file backend) and twine's own
resolver as the judge of what twine would send: never a credential lost, overwritten or exposed."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional

import pytest

from tests.conftest import ROOT
from tests.strace import ctrl_c_as_at_a_terminal, one_error, strace_or_skip

PYPI = "https://upload.pypi.org/legacy/"
LOCAL = "http://127.0.0.1:8080/"
PYPI_TOKEN = "pypi-AgEIcHlwaS5vcmcCJGFhYWFhYWFhLWJiYmItY2NjYy1kZGRkLWVlZWVlZWVlZWVlZQ"
OTHER_TOKEN = "pypi-AgEIcHlwaS5vcmcCJGZmZmZmZmZmLTExMTEtMjIyMi0zMzMzLTQ0NDQ0NDQ0NDQ0NA"
SERVER_LOGIN_PASSWORD = "Serv3r-L0gin-Pw-xQ7"
LOCAL_PASSWORD = "L0cal#pw;x%y-Zr2"
PYPI_MARKER = f"<in keyring: service {PYPI}, user __token__>"
LOCAL_MARKER = f"<in keyring: service {LOCAL}, user alice>"

# What twine would send for each index server, computed by twine: the file's password, else
# the keyring's under (repository, username) as twine's resolver looks it up.
TWINE_SENDS = r"""
import json, sys
from twine import auth, utils
result = {}
for section, config in utils.get_config(sys.argv[1]).items():
    if "repository" not in config:
        continue
    config = dict(config, repository=utils.normalize_repository_url(config["repository"]))
    resolver = auth.Private(config, auth.CredentialInput())
    try:
        username = resolver.username
    except Exception:
        username = None
    in_file = config.get("password") is not None
    password = config["password"] if in_file else (resolver.get_password_from_keyring() if username else None)
    result[section] = {"username": username, "password": password, "from_file": in_file}
print(json.dumps(result))
"""


@pytest.fixture
def env(tmp_path: Path) -> Dict[str, str]:
    return {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg"),
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring", "PYTHONPATH": str(ROOT)}


def keyring_file(env: Dict[str, str]) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "python_keyring" / "keyring_pass.cfg"


def secretfence(*args: str, env: Dict[str, str], cwd: Optional[Path] = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "secretfence", *args], env=env, cwd=cwd, capture_output=True, text=True)


def twine_sends(config: Path, env: Dict[str, str]) -> Dict[str, dict]:
    done = subprocess.run([sys.executable, "-c", TWINE_SENDS, str(config)], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def keyring_get(service: str, username: str, env: Dict[str, str]) -> Optional[str]:
    code = f"import json, keyring; print(json.dumps(keyring.get_password({service!r}, {username!r})))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def keyring_set(service: str, username: str, password: str, env: Dict[str, str]) -> None:
    code = f"import keyring; keyring.set_password({service!r}, {username!r}, {password!r})"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def pypirc(path: Path, text: str) -> Path:
    path.write_text(text)
    path.chmod(0o600)
    return path


def assert_no_secret(result: subprocess.CompletedProcess, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in result.stdout + result.stderr


def plaintext_warning(env: Dict[str, str]) -> str:
    return f"secretfence: warning: the keyring (PlaintextKeyring) stores passwords in plaintext at {keyring_file(env)}"


# --- [server-login]: twine's view, exactly ------------------------------------------------------


def test_fix_moves_the_server_login_password_twine_sends_to_pypi(tmp_path: Path, env) -> None:
    """index-servers does not list pypi, yet twine uploads to PyPI with [server-login]'s password."""
    config = pypirc(tmp_path / "pypirc", f"""[distutils]
index-servers = local

[server-login]
username = bob
password = {SERVER_LOGIN_PASSWORD}

[local]
repository = {LOCAL}
username = alice
password = {LOCAL_PASSWORD}
""")
    before = twine_sends(config, env)
    assert before == {
        "pypi": {"username": "__token__", "password": SERVER_LOGIN_PASSWORD, "from_file": True},
        "local": {"username": "alice", "password": LOCAL_PASSWORD, "from_file": True},
    }
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 0, result.stderr
    # twine now reads both passwords from the keyring, none from the file.
    assert twine_sends(config, env) == {section: {**sent, "from_file": False} for section, sent in before.items()}
    assert result.stdout.splitlines()[:2] == [
        f"secretfence: [pypi] password moved to the keyring (service {PYPI}, user __token__)",
        f"secretfence: [local] password moved to the keyring (service {LOCAL}, user alice)",
    ]
    assert_no_secret(result, SERVER_LOGIN_PASSWORD, LOCAL_PASSWORD)
    assert config.read_text() == f"""[distutils]
index-servers = local

[server-login]
username = bob

[local]
repository = {LOCAL}
username = alice
"""


def test_fix_stores_the_inherited_password_of_every_section_that_sends_it(tmp_path: Path, env) -> None:
    """[local] has no password of its own: twine sends [server-login]'s, under local's URL and user."""
    config = pypirc(tmp_path / "pypirc", f"""[distutils]
index-servers = pypi local

[server-login]
password = {SERVER_LOGIN_PASSWORD}

[pypi]
password = {PYPI_TOKEN}

[local]
repository = {LOCAL}
username = alice
""")
    before = twine_sends(config, env)
    assert before["local"]["password"] == SERVER_LOGIN_PASSWORD and before["pypi"]["password"] == PYPI_TOKEN
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 0, result.stderr
    assert twine_sends(config, env) == {section: {**sent, "from_file": False} for section, sent in before.items()}


def test_a_section_password_hiding_a_different_server_login_one_is_refused(tmp_path: Path, env) -> None:
    """Removing [pypi]'s line alone would make twine send [server-login]'s password to PyPI."""
    config = pypirc(tmp_path / "pypirc", f"""[distutils]
index-servers = pypi

[server-login]
password = {SERVER_LOGIN_PASSWORD}

[pypi]
password = {PYPI_TOKEN}
""")
    original = config.read_bytes()
    before = twine_sends(config, env)
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 2
    assert one_error(result) == (
        f"{config}: the [server-login] password (line 5) is sent to no index server (each sets its own), so twine "
        f"would never read it from the keyring: remove it or give it its own section by hand; {config} left unchanged")
    assert config.read_bytes() == original
    assert twine_sends(config, env) == before
    assert not Path(f"{config}.secretfence-backup").exists() and not keyring_file(env).exists()


def test_a_server_login_password_equal_to_the_section_one_is_removed_too(tmp_path: Path, env) -> None:
    config = pypirc(tmp_path / "pypirc", f"""[distutils]
index-servers = pypi

[server-login]
password = {PYPI_TOKEN}

[pypi]
password = {PYPI_TOKEN}
""")
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 0, result.stderr
    assert twine_sends(config, env) == {"pypi": {"username": "__token__", "password": PYPI_TOKEN, "from_file": False}}
    assert "password" not in config.read_text()


# --- never overwrite: keyring entries, backups; all or nothing ----------------------------------


def test_a_second_fix_never_replaces_the_keyring_entry_or_the_backup(tmp_path: Path, env) -> None:
    config = pypirc(tmp_path / "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    first = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert first.returncode == 0, first.stderr
    backup = Path(f"{config}.secretfence-backup")
    first_backup = backup.read_bytes()
    assert first_backup == f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_MARKER}\n".encode()
    # Someone pastes a new token into the file and runs --fix again.
    pypirc(config, f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {OTHER_TOKEN}\n")
    second_file = config.read_bytes()
    second = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert second.returncode == 2
    assert one_error(second) == (
        f"the keyring already holds a different password for {PYPI} (user __token__): secretfence never replaces one; "
        f"compare them by hand; {config} left unchanged")
    assert_no_secret(second, PYPI_TOKEN, OTHER_TOKEN)
    assert keyring_get(PYPI, "__token__", env) == PYPI_TOKEN
    assert backup.read_bytes() == first_backup
    assert config.read_bytes() == second_file


def test_an_existing_backup_is_never_overwritten(tmp_path: Path, env) -> None:
    config = pypirc(tmp_path / "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    backup = Path(f"{config}.secretfence-backup")
    backup.write_text(f"[pypi]\npassword = {OTHER_TOKEN}\n")
    backup.chmod(0o600)
    original, old_backup = config.read_bytes(), backup.read_bytes()
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 2
    assert one_error(result) == (
        f"{backup} already exists and is not the backup of the current file; secretfence never overwrites a "
        f"backup: move it away first; {config} left unchanged")
    assert config.read_bytes() == original and backup.read_bytes() == old_backup
    assert keyring_get(PYPI, "__token__", env) is None


def test_an_interrupted_fix_completes_on_the_next_run(tmp_path: Path, env) -> None:
    """What a kill after the backup and the keyring, before the rewrite, leaves: the backup this
    run would write (private) and the same keyring entry. Neither is a reason to refuse."""
    config = pypirc(tmp_path / "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    backup = Path(f"{config}.secretfence-backup")
    backup.write_text(f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_MARKER}\n")
    backup.chmod(0o600)
    keyring_set(PYPI, "__token__", PYPI_TOKEN, env)
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"secretfence: [pypi] password already in the keyring (service {PYPI}, user __token__)",
        f"secretfence: {config} rewritten without passwords (mode 0600); the same backup from an interrupted run "
        f"is kept at {backup} (mode 0600), each password replaced by its keyring entry: "
        f"`secretfence pypirc --restore {config}` puts it back",
    ]
    assert "password" not in config.read_text()


def test_a_plaintext_copy_at_the_backup_path_is_not_taken_for_the_backup(tmp_path: Path, env) -> None:
    """A byte copy of the file (what secretfence wrote before backups held markers) is not the
    backup this run would write: refused, not kept as if it were."""
    config = pypirc(tmp_path / "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    backup = Path(f"{config}.secretfence-backup")
    shutil.copyfile(config, backup)
    backup.chmod(0o600)
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 2
    assert one_error(result) == (
        f"{backup} already exists and is not the backup of the current file; secretfence never overwrites a "
        f"backup: move it away first; {config} left unchanged")
    assert backup.read_bytes() == config.read_bytes() and keyring_get(PYPI, "__token__", env) is None


def test_a_keyring_failing_half_way_leaves_nothing_behind(tmp_path: Path, env) -> None:
    """All or nothing: the entry stored before the failure is deleted again, no backup stays."""
    config = pypirc(tmp_path / "pypirc", f"""[distutils]
index-servers = pypi refused

[pypi]
password = {PYPI_TOKEN}

[refused]
repository = https://refused.invalid/legacy/
username = alice
password = {LOCAL_PASSWORD}
""")
    original = config.read_bytes()
    env = {**env, "PYTHON_KEYRING_BACKEND": "tests.commands.keyrings.RefusingKeyring"}
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 2
    assert one_error(result) == (
        f"the keyring refused the password for https://refused.invalid/legacy/ (user alice) (PasswordSetError); "
        f"{config} left unchanged")
    assert config.read_bytes() == original
    assert keyring_get(PYPI, "__token__", env) is None
    assert sorted(os.listdir(tmp_path)) == ["pypirc", "xdg"]  # no backup, no temporary file


def test_a_keyring_that_loses_what_it_stored_is_refused(tmp_path: Path, env) -> None:
    config = pypirc(tmp_path / "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    original = config.read_bytes()
    env = {**env, "PYTHON_KEYRING_BACKEND": "tests.commands.keyrings.ForgetfulKeyring"}
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 2
    assert one_error(result) == (
        f"the keyring did not return the password stored for {PYPI} (user __token__); {config} left unchanged")
    assert config.read_bytes() == original and not Path(f"{config}.secretfence-backup").exists()


# --- plaintext keyrings -------------------------------------------------------------------------


def test_a_plaintext_keyring_is_named_on_stderr(tmp_path: Path, env) -> None:
    config = pypirc(tmp_path / "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [plaintext_warning(env)]
    assert oct(keyring_file(env).stat().st_mode & 0o777) == "0o600"


def test_a_plaintext_keyring_others_can_read_is_refused(tmp_path: Path, env) -> None:
    keyring_set("https://example.invalid/", "someone", "unrelated", env)
    keyring_file(env).chmod(0o644)
    config = pypirc(tmp_path / "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    original = config.read_bytes()
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 2
    assert one_error(result) == (
        f"the keyring (PlaintextKeyring) stores passwords in plaintext at {keyring_file(env)}, which group or others "
        f"can read: chmod 600 it or choose another backend; {config} left unchanged")
    assert config.read_bytes() == original and keyring_get(PYPI, "__token__", env) is None


# --- the backup: 0600 from its creation, never through a link -----------------------------------


@pytest.mark.parametrize("target_exists", [False, True])
def test_a_symlink_planted_at_the_backup_path_is_refused(tmp_path: Path, env, target_exists: bool) -> None:
    config = pypirc(tmp_path / "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    elsewhere = tmp_path / "attacker" / "collected"
    elsewhere.parent.mkdir()
    if target_exists:
        elsewhere.write_text("old\n")
        elsewhere.chmod(0o644)
    backup = Path(f"{config}.secretfence-backup")
    backup.symlink_to(elsewhere)
    original = config.read_bytes()
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 2
    assert one_error(result) == (f"{backup} is a symbolic link; secretfence never overwrites a backup: "
                                 f"move it away first; {config} left unchanged")
    assert config.read_bytes() == original
    assert backup.is_symlink() and os.readlink(backup) == str(elsewhere)
    assert (elsewhere.read_text() == "old\n") if target_exists else not elsewhere.exists()
    assert keyring_get(PYPI, "__token__", env) is None


_CREATING_OPEN = re.compile(r'open(?:at)?\((?:[^,]*, )?"(?P<path>[^"]+)", (?P<flags>[A-Z_|]+), (?P<mode>0\d+)\)')
_MODE_CHANGE = re.compile(r'(?P<call>f?chmod(?:at)?)\((?:AT_FDCWD<[^>]*>, )?(?:\d+<(?P<fd>[^>]+)>|"(?P<path>[^"]+)"), (?P<mode>0\d+)')
_NEW_NAME = re.compile(r'(?P<call>link(?:at)?|rename(?:at2?)?)\(.*"(?P<source>[^"]+)",.*"(?P<target>[^"]+)"')


@pytest.mark.parametrize("action", ["--fix", "--restore"])
def test_no_file_near_the_pypirc_is_ever_wider_than_0600(tmp_path: Path, env, action: str) -> None:
    """strace shows every file created, chmod-ed or named beside the .pypirc during --fix (and
    --restore): each is created 0600 and exclusively, and never given a wider mode, the backup and
    the restored file included."""
    strace = strace_or_skip()
    home = tmp_path / "dotfiles"  # the .pypirc's own directory: the keyring's files live elsewhere
    home.mkdir()
    config = pypirc(home / ".pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    if action == "--restore":
        assert secretfence("pypirc", "--fix", "--config-file", str(config), env=env).returncode == 0
    trace = tmp_path / "trace.txt"
    result = subprocess.run(
        [strace, "-f", "-y", "-s", "256", "-o", str(trace), "-e",
         "trace=open,openat,creat,chmod,fchmod,fchmodat,link,linkat,rename,renameat,renameat2",
         sys.executable, "-m", "secretfence", "pypirc", action, "--config-file", str(config)],
        env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    directory = str(home) + "/"
    creations: List[str] = []
    for line in trace.read_text().splitlines():
        opened = _CREATING_OPEN.search(line)
        if opened and "O_CREAT" in opened["flags"] and opened["path"].startswith(directory):
            creations.append(opened["path"])
            assert opened["mode"] == "0600" and "O_EXCL" in opened["flags"] and "O_NOFOLLOW" in opened["flags"], line
        changed = _MODE_CHANGE.search(line)
        if changed and (changed["fd"] or changed["path"] or "").startswith(directory):
            assert int(changed["mode"], 8) & 0o077 == 0, line
        named = _NEW_NAME.search(line)
        if named and named["target"].startswith(directory):
            assert named["source"] in creations, line  # only files created 0600 above get a name here
    backup = f"{config}.secretfence-backup"
    if action == "--fix":
        assert any(f'"{backup}"' in line and "link" in line for line in trace.read_text().splitlines())
        assert oct(Path(backup).stat().st_mode & 0o777) == "0o600"
    else:
        assert any(f'"{config}"' in line and "rename" in line for line in trace.read_text().splitlines())
        assert os.listdir(home) == [".pypirc"] and PYPI_TOKEN in config.read_text()
        assert oct(config.stat().st_mode & 0o777) == "0o600"


def test_a_failing_pypirc_rewrite_undoes_the_keyring_and_the_backup(tmp_path: Path, env) -> None:
    strace = strace_or_skip()
    home = tmp_path / "dotfiles"
    home.mkdir()
    config = pypirc(home / ".pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    original = config.read_bytes()
    # Without -f: only secretfence's own process gets the fault.
    result = subprocess.run([strace, "-o", os.devnull, "-e", "inject=rename,renameat,renameat2:error=EIO",
                             sys.executable, "-m", "secretfence", "pypirc", "--fix", "--config-file", str(config)],
                            env=env, capture_output=True, text=True)
    assert result.returncode == 2
    assert one_error(result) == f"{config}: cannot write (Input/output error); left unchanged"
    assert config.read_bytes() == original and oct(config.stat().st_mode & 0o777) == "0o600"
    assert os.listdir(home) == [".pypirc"]
    assert keyring_get(PYPI, "__token__", env) is None


def test_a_linked_pypirc_is_rewritten_through_the_link_and_backed_up_beside_it(tmp_path: Path, env) -> None:
    """A ~/.pypirc linked into a dotfiles repository: the backup (passwords and all) must not
    land in that repository."""
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = pypirc(dotfiles / "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    home = tmp_path / "home"
    home.mkdir()
    (home / ".pypirc").symlink_to(real)
    result = secretfence("pypirc", "--fix", env=env)
    assert result.returncode == 0, result.stderr
    assert (home / ".pypirc").is_symlink() and "password" not in real.read_text()
    assert (home / ".pypirc.secretfence-backup").read_text().endswith(f"password = {PYPI_MARKER}\n")
    assert os.listdir(dotfiles) == ["pypirc"]
    restored = secretfence("pypirc", "--restore", env=env)
    assert restored.returncode == 0, restored.stderr
    assert (home / ".pypirc").is_symlink() and real.read_text().endswith(f"password = {PYPI_TOKEN}\n")
    assert sorted(os.listdir(home)) == [".pypirc"] and os.listdir(dotfiles) == ["pypirc"]


def test_an_interrupt_after_the_rename_keeps_the_keyring_entries_and_the_backup(tmp_path: Path, env) -> None:
    """Ctrl-C right after the rewrite's rename: undoing the keyring now would lose the passwords, which the file no
    longer holds."""
    strace = strace_or_skip()
    text = f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n"
    (tmp_path / "run").mkdir()
    config = pypirc(tmp_path / "run" / ".pypirc", text)
    # The signal is injected on the process's one rename, the rewrite's over the file (the backup and the plaintext
    # keyring's file are made by link(2)): the rename completes and Python raises KeyboardInterrupt as it returns; had
    # another rename come first, the file would still hold its password (asserted below). (Stop 48's version counted
    # the directory's fsyncs in a first run and interrupted that many in a second: a count that, under load, once came
    # out one more than the second run made, which then ran to its end unsignalled.)
    result = subprocess.run([strace, "-o", os.devnull, "-e", "trace=rename,renameat,renameat2",
                             "-e", "inject=rename,renameat,renameat2:signal=INT:when=1",
                             sys.executable, "-m", "secretfence", "pypirc", "--fix", "--config-file", str(config)],
                            env=env, capture_output=True, text=True, preexec_fn=ctrl_c_as_at_a_terminal)
    assert result.returncode == 130, result.stderr
    assert result.stderr.splitlines()[-1] == "secretfence: interrupted"
    assert "password" not in config.read_text()
    assert keyring_get(PYPI, "__token__", env) == PYPI_TOKEN
    assert Path(f"{config}.secretfence-backup").read_text().endswith(f"password = {PYPI_MARKER}\n")


# --- credentials in repository URLs ------------------------------------------------------------


def test_a_url_password_with_a_hash_is_reported_and_fix_refuses(tmp_path: Path, env) -> None:
    config = pypirc(tmp_path / "pypirc", "[distutils]\nindex-servers = local\n\n[local]\n"
                                         f"repository = https://alice:{LOCAL_PASSWORD}@host.invalid/legacy/\n")
    original = config.read_bytes()
    report = secretfence("pypirc", "--config-file", str(config), "--format", "json", env=env)
    assert report.returncode == 1, report.stderr
    [finding] = json.loads(report.stdout)["results"][str(config)]
    assert (finding["type"], finding["line_number"]) == (".pypirc Plaintext Password", 5)
    assert finding["description"] == "plaintext password inside [local] repository URL: password for alice at https://host.invalid/legacy/"
    assert_no_secret(report, LOCAL_PASSWORD)
    fixed = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert fixed.returncode == 2
    assert one_error(fixed) == (f"{config}: the [local] repository URL holds user:password@ (line 5): move the password "
                                f"out of the URL by hand; {config} left unchanged")
    assert config.read_bytes() == original


def test_password_values_keep_hash_semicolon_and_percent(tmp_path: Path, env) -> None:
    """RawConfigParser (twine's) has no inline comments and no interpolation: all of it is the password."""
    config = pypirc(tmp_path / "pypirc", f"[distutils]\nindex-servers = local\n\n[local]\nrepository = {LOCAL}\n"
                                         f"username = alice\npassword = {LOCAL_PASSWORD} ; not a comment\n")
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 0, result.stderr
    assert keyring_get(LOCAL, "alice", env) == f"{LOCAL_PASSWORD} ; not a comment"


# --- the backup holds no password; --restore puts the old file back ------------------------------

# Every layout --fix accepts: [server-login]'s password sent to two entries, a [DEFAULT] one, an
# unsent one equal to a sent one, continuation lines, comments, CRLF and spaces around values.
ORIGINALS = {
    "two-entries": f"""# my uploads
[distutils]
index-servers =
    pypi
    local

[server-login]
username = bob
password = {SERVER_LOGIN_PASSWORD}

[local]
repository = {LOCAL}
username = alice
""",
    "crlf-continued": f"[distutils]\r\nindex-servers = pypi local\r\n\r\n[pypi]\r\nPassWord :   {PYPI_TOKEN[:30]}  \r\n"
                      f"\r\n    {PYPI_TOKEN[30:]}\r\n; the token's end\r\n  end\r\n[local]\r\nrepository = {LOCAL}\r\n"
                      f"username = alice\r\npassword={LOCAL_PASSWORD}\r\n",
    "default-and-unsent": f"""[DEFAULT]
password = {PYPI_TOKEN}

[distutils]
index-servers = pypi

[server-login]
password = {PYPI_TOKEN}

[pypi]
username = __token__
""",
    "empty-password-kept": f"""[distutils]
index-servers = pypi local

[pypi]
password = {PYPI_TOKEN}

[local]
repository = {LOCAL}
username = alice
password =
""",
}


def passwords_of(config: Path) -> List[str]:
    from secretfence.sources.pypirc import read_pypirc

    parsed = read_pypirc(str(config), required=True)
    assert parsed is not None
    return [credential.password for credential in parsed.credentials]


def fixed(tmp_path: Path, env: Dict[str, str], text: str = "", mode: int = 0o600) -> Path:
    config = pypirc(tmp_path / "pypirc", text or ORIGINALS["two-entries"])
    config.chmod(mode)
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 0, result.stderr
    return config


@pytest.mark.parametrize("name", list(ORIGINALS))
def test_the_backup_holds_no_password_and_restore_gives_the_file_back(tmp_path: Path, env, name: str) -> None:
    original = ORIGINALS[name].encode()
    config = pypirc(tmp_path / "pypirc", ORIGINALS[name])
    config.chmod(0o640)
    passwords = passwords_of(config)
    before = twine_sends(config, env)
    result = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert result.returncode == 0, result.stderr
    backup = Path(f"{config}.secretfence-backup")
    content = backup.read_bytes()
    assert passwords and all(password.encode() not in content for password in passwords)
    # Nor any line of a password written over several lines (the short "end" is also in a comment).
    assert all(part.encode() not in content for password in passwords for part in password.split("\n") if len(part) > 3)
    assert content.count(b"<in keyring: ") == sum(1 for line in original.splitlines() if b"password" in line.lower()
                                                  and line.split(b"=", 1)[-1].split(b":", 1)[-1].strip())
    fixed_content = config.read_bytes()
    restored = secretfence("pypirc", "--restore", str(config), env=env)
    assert restored.returncode == 0, restored.stderr
    assert config.read_bytes() == original
    assert oct(config.stat().st_mode & 0o777) == "0o600"  # the fixed file's mode (--fix made it private)
    assert twine_sends(config, env) == before
    assert not backup.exists() and sorted(os.listdir(tmp_path)) == ["pypirc", "xdg"]
    assert_no_secret(restored, *passwords)
    assert restored.stdout.splitlines()[-1] == (
        f"secretfence: {config} restored from the backup and the keyring (mode 0600); {backup} removed, "
        "the keyring entries are kept")
    # The keyring still holds every password, and fixing again gives the same files.
    again = secretfence("pypirc", "--fix", "--config-file", str(config), env=env)
    assert again.returncode == 0, again.stderr
    assert (config.read_bytes(), backup.read_bytes()) == (fixed_content, content)


def test_the_backup_names_each_keyring_entry_as_twine_looks_it_up(tmp_path: Path, env) -> None:
    config = fixed(tmp_path, env)
    assert Path(f"{config}.secretfence-backup").read_text() == ORIGINALS["two-entries"].replace(
        f"password = {SERVER_LOGIN_PASSWORD}", f"password = <in keyring: service {PYPI}, user __token__; "
        f"service {LOCAL}, user alice>")


def test_restore_by_the_backup_name_and_the_default_file(tmp_path: Path, env) -> None:
    home = Path(env["HOME"])
    home.mkdir()
    config = pypirc(home / ".pypirc", ORIGINALS["empty-password-kept"])
    assert secretfence("pypirc", "--fix", env=env).returncode == 0
    result = secretfence("pypirc", "--restore", str(home / ".pypirc.secretfence-backup"), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        f"secretfence: [pypi] password read back from the keyring (service {PYPI}, user __token__)",
        f"secretfence: {config} restored from the backup and the keyring (mode 0600); {config}.secretfence-backup "
        "removed, the keyring entries are kept",
    ]
    assert config.read_text() == ORIGINALS["empty-password-kept"]


def test_restore_uses_the_keyrings_current_password(tmp_path: Path, env) -> None:
    """A token replaced in the keyring since the fix: the restored file holds the keyring's."""
    config = fixed(tmp_path, env, f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {PYPI_TOKEN}\n")
    keyring_set(PYPI, "__token__", OTHER_TOKEN, env)
    result = secretfence("pypirc", "--restore", "--config-file", str(config), env=env)
    assert result.returncode == 0, result.stderr
    assert config.read_text() == f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {OTHER_TOKEN}\n"


def test_an_interrupted_restore_completes_on_the_next_run(tmp_path: Path, env) -> None:
    """A kill after the file was written, before the backup was removed."""
    config = fixed(tmp_path, env)
    backup = Path(f"{config}.secretfence-backup")
    config.write_text(ORIGINALS["two-entries"])
    result = secretfence("pypirc", "--restore", str(config), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"secretfence: {config} already restored (an interrupted --restore) (mode 0600); {backup} removed, "
        "the keyring entries are kept"]
    assert config.read_text() == ORIGINALS["two-entries"] and not backup.exists()


def restore_refused(tmp_path: Path, config: Path, env: Dict[str, str], reason: str, *argv: str) -> None:
    """--restore exits 2 with `reason`, and nothing changed: the file, the backup, the keyring."""
    backup = Path(f"{config}.secretfence-backup")
    listing = sorted(os.listdir(tmp_path))
    state = (config.read_bytes() if config.exists() else None, backup.read_bytes() if backup.is_file() else None)
    keyring = keyring_file(env).read_bytes() if keyring_file(env).exists() else None
    result = secretfence("pypirc", "--restore", *argv, "--config-file", str(config), env=env)
    assert result.returncode == 2
    assert one_error(result) == reason
    assert sorted(os.listdir(tmp_path)) == listing
    assert (config.read_bytes() if config.exists() else None, backup.read_bytes() if backup.is_file() else None) == state
    assert (keyring_file(env).read_bytes() if keyring_file(env).exists() else None) == keyring
    assert_no_secret(result, SERVER_LOGIN_PASSWORD, LOCAL_PASSWORD, PYPI_TOKEN, OTHER_TOKEN)


def keyring_delete(service: str, username: str, env: Dict[str, str]) -> None:
    code = f"import keyring; keyring.delete_password({service!r}, {username!r})"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def test_restore_refuses_when_a_password_is_missing_from_the_keyring(tmp_path: Path, env) -> None:
    config = fixed(tmp_path, env)
    keyring_delete(LOCAL, "alice", env)
    backup = f"{config}.secretfence-backup"
    restore_refused(tmp_path, config, env, f"the keyring holds no password for {LOCAL} (user alice), which {backup} "
                                           f"line 9 names: nothing restored; {config} left unchanged")


def test_restore_refuses_without_a_keyring(tmp_path: Path, env) -> None:
    config = fixed(tmp_path, env)
    restore_refused(tmp_path, config, {**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
                    f"no keyring backend is available (see `keyring --list-backends`); {config} left unchanged")


def test_restore_refuses_without_a_backup(tmp_path: Path, env) -> None:
    config = pypirc(tmp_path / "pypirc", "[distutils]\nindex-servers = pypi\n")
    restore_refused(tmp_path, config, env, f"no backup at {config}.secretfence-backup: nothing to restore (--fix writes "
                                           f"it); {config} left unchanged")


def test_restore_never_reads_a_backup_through_a_link(tmp_path: Path, env) -> None:
    config = fixed(tmp_path, env)
    backup = Path(f"{config}.secretfence-backup")
    moved = tmp_path / "elsewhere"
    backup.rename(moved)
    backup.symlink_to(moved)
    restore_refused(tmp_path, config, env, f"{backup} is a symbolic link, and --fix never writes one: not followed; "
                                           f"{config} left unchanged")


def test_restore_never_blocks_on_a_fifo_backup(tmp_path: Path, env) -> None:
    config = fixed(tmp_path, env)
    backup = Path(f"{config}.secretfence-backup")
    backup.unlink()
    os.mkfifo(backup)
    restore_refused(tmp_path, config, env, f"{backup} is not a regular file, and --fix writes only those: not read; "
                                           f"{config} left unchanged")


def test_restore_never_overwrites_a_file_edited_since_the_fix(tmp_path: Path, env) -> None:
    config = fixed(tmp_path, env)
    with config.open("a") as handle:
        handle.write("\n[testpypi]\nusername = __token__\n")
    backup = f"{config}.secretfence-backup"
    restore_refused(tmp_path, config, env, f"{config} is not the file --fix wrote beside this backup (edited since?), "
                                           f"and --restore never overwrites changes: move it away (--restore then writes "
                                           f"the old file in its place) or copy what you need from {backup}; "
                                           f"{config} left unchanged")
    # Moved away, the edited file is safe, and the old one comes back in its place.
    config.rename(tmp_path / "edited")
    result = secretfence("pypirc", "--restore", str(config), env=env)
    assert result.returncode == 0, result.stderr
    assert config.read_text() == ORIGINALS["two-entries"] and oct(config.stat().st_mode & 0o777) == "0o600"
    assert (tmp_path / "edited").read_text().endswith("[testpypi]\nusername = __token__\n")


def test_restore_refuses_an_edited_backup(tmp_path: Path, env) -> None:
    """A backup edited to send a keyring password to another server is not --fix's."""
    config = fixed(tmp_path, env)
    backup = Path(f"{config}.secretfence-backup")
    backup.write_text(backup.read_text().replace(f"repository = {LOCAL}", "repository = https://collector.invalid/"))
    restore_refused(tmp_path, config, env, f"{backup} is not what --fix writes for the file it would restore (edited, or "
                                           f"not secretfence's): restore it by hand; {config} left unchanged")


def test_restore_refuses_a_dangling_link_in_place_of_the_file(tmp_path: Path, env) -> None:
    config = fixed(tmp_path, env)
    config.unlink()
    config.symlink_to(tmp_path / "dotfiles" / "pypirc")
    restore_refused(tmp_path, config, env, f"{config}: a symbolic link to a file that does not exist: --restore will not "
                                           f"write through it; {config} left unchanged")


@pytest.mark.parametrize("argv, reason", [
    (["--fix", "--restore"], "argument --restore: not allowed with argument --fix (see `secretfence pypirc --help`)"),
    (["--restore", "a", "--config-file", "b"], "--restore a and --config-file b name different files: give one of them"),
])
def test_restore_arguments_that_contradict_each_other(tmp_path: Path, env, argv: List[str], reason: str) -> None:
    result = secretfence("pypirc", *argv, env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert one_error(result) == reason


def test_a_failing_restore_rewrite_keeps_the_backup(tmp_path: Path, env) -> None:
    strace = strace_or_skip()
    config = fixed(tmp_path, env)
    backup = Path(f"{config}.secretfence-backup")
    state = (config.read_bytes(), backup.read_bytes())
    result = subprocess.run([strace, "-o", os.devnull, "-e", "inject=rename,renameat,renameat2:error=EIO",
                             sys.executable, "-m", "secretfence", "pypirc", "--restore", str(config)],
                            env=env, capture_output=True, text=True)
    assert result.returncode == 2
    assert one_error(result) == f"{config}: cannot write (Input/output error); left unchanged"
    assert (config.read_bytes(), backup.read_bytes()) == state
    assert sorted(os.listdir(tmp_path)) == ["pypirc", "pypirc.secretfence-backup", "xdg"]


# --- what the report shows -------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_a_password_in_a_repository_url_is_never_printed(tmp_path: Path, env, output_format: str) -> None:
    """Review defect 16: the [priv] password finding's description quoted the repository URL with
    its user:password@ whole (and `upload` reports through the same code)."""
    url_password, section_password = "Urlpw9Xk2Lq7", "Zq8mX3vT1pLk"
    config = tmp_path / ".pypirc"
    config.write_text("[distutils]\nindex-servers = priv\n[priv]\n"
                      f"repository = https://alice:{url_password}@pkgs.example.com/\nusername = alice\n"
                      f"password = {section_password}\n")
    config.chmod(0o600)
    result = secretfence("pypirc", "--config-file", str(config), "--format", output_format, env=env)
    assert (result.returncode, result.stderr) == (1, "")
    output = result.stdout
    assert url_password not in output and section_password not in output
    if output_format == "text":
        assert "    what: plaintext [priv] password: password for alice at https://pkgs.example.com/" in output.splitlines()
        assert ("    what: plaintext password inside [priv] repository URL: password for alice at "
                "https://pkgs.example.com/") in output.splitlines()
    elif output_format == "json":
        entries = json.loads(output)["results"][str(config)]
        assert [entry["details"]["repository"] for entry in entries] == ["https://pkgs.example.com/"] * 2
