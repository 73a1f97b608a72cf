"""Hostile .pypirc files, backups and keyrings for `secretfence pypirc [--fix]`.

Every case runs with a private HOME and keyring (keyrings.alt's plaintext file backend under
XDG_DATA_HOME), both relative to the case's directory. `after` asserts what must hold on disk
once secretfence has finished: after a refusal, the .pypirc is byte for byte what it was.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from tests.hostile.case import HostileCase

ROOT = Path(__file__).resolve().parent.parent.parent
PYPI = "https://upload.pypi.org/legacy/"
TOKEN = "pypi-AgEIcHlwaS5vcmcCJDkxOGQzYjJhLTVjNmQtNDdlOC1hOWYwLTFiMmMzZDRlNWY2YQ"
OTHER_TOKEN = "pypi-AgEIcHlwaS5vcmcCJDA3YTZiNWM0LWQzZTItNGYxMC05YThiLTdjNmQ1ZTRmM2EyYg"
SPECIAL = "Hx7#q;Lr%(user)s%z-9fKw2"  # '#', ';' and '%' are all part of the value (RawConfigParser)
LOCAL = "http://127.0.0.1:8080/"
KEYRING = {"HOME": "home", "XDG_DATA_HOME": "xdg", "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
CONFIG = ".pypirc"
BACKUP = ".pypirc.secretfence-backup"

PYPI_ONLY = f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {TOKEN}\n".encode()


@dataclass(frozen=True)
class CredentialCase(HostileCase):
    after: Optional[Callable[[Path], None]] = None  # asserts the state on disk after the run


def pypirc(content: bytes, *argv: str, mode: int = 0o600, extra: Optional[Callable[[Path], None]] = None) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        (directory / "home").mkdir(exist_ok=True)
        path = directory / CONFIG
        path.write_bytes(content)
        path.chmod(mode)
        if extra is not None:
            extra(directory)
        return ["pypirc", *argv, "--config-file", CONFIG]

    return build


def unchanged(content: bytes, *also: str) -> Callable[[Path], None]:
    """The .pypirc is what it was, and no backup (or other named file) appeared."""
    def check(directory: Path) -> None:
        assert (directory / CONFIG).read_bytes() == content
        for name in (BACKUP, *also):
            assert not os.path.lexists(directory / name), name

    return check


def without_passwords(directory: Path) -> None:
    text = (directory / CONFIG).read_text()
    assert "password" not in text and TOKEN not in text and SPECIAL not in text
    assert (directory / BACKUP).stat().st_mode & 0o777 == 0o600


def keyring_entry(service: str, username: str, password: str) -> Callable[[Path], None]:
    def seed(directory: Path) -> None:
        code = f"import keyring; keyring.set_password({service!r}, {username!r}, {password!r})"
        subprocess.run([sys.executable, "-c", code], cwd=directory, env={**os.environ, **KEYRING}, check=True)

    return seed


def other_backup(directory: Path) -> None:
    backup = directory / BACKUP
    backup.write_text(f"[pypi]\npassword = {OTHER_TOKEN}\n")
    backup.chmod(0o600)


def backup_link(directory: Path) -> None:
    (directory / "elsewhere").mkdir()
    (directory / BACKUP).symlink_to(directory / "elsewhere" / "collected")


def backup_link_untouched(directory: Path) -> None:
    assert (directory / CONFIG).read_bytes() == PYPI_ONLY
    assert (directory / BACKUP).is_symlink() and not (directory / "elsewhere" / "collected").exists()


def other_backup_untouched(directory: Path) -> None:
    assert (directory / CONFIG).read_bytes() == PYPI_ONLY
    assert (directory / BACKUP).read_text() == f"[pypi]\npassword = {OTHER_TOKEN}\n"


def fifo(directory: Path) -> Sequence[str]:
    os.mkfifo(directory / CONFIG)
    return ["pypirc", "--fix", "--config-file", CONFIG]


def directory_in_the_way(directory: Path) -> Sequence[str]:
    (directory / CONFIG).mkdir()
    return ["pypirc", "--config-file", CONFIG]


def dangling(directory: Path) -> Sequence[str]:
    (directory / CONFIG).symlink_to(directory / "gone")
    return ["pypirc", "--fix", "--config-file", CONFIG]


def still_a(kind: str) -> Callable[[Path], None]:
    def check(directory: Path) -> None:
        path = directory / CONFIG
        assert {"fifo": path.is_fifo(), "dir": path.is_dir(), "link": path.is_symlink() and not path.exists()}[kind]
        assert not os.path.lexists(directory / BACKUP)

    return check


def case(name: str, build: Callable[[Path], Sequence[str]], exit_code: int, reason: str,
         after: Optional[Callable[[Path], None]] = None, env: Optional[Dict[str, str]] = None,
         secrets: Sequence[str] = (TOKEN, OTHER_TOKEN, SPECIAL)) -> CredentialCase:
    return CredentialCase(name=name, build=build, exit_code=exit_code, reason=reason, secrets=tuple(secrets),
                          env={**KEYRING, **(env or {})}, after=after)


NOT_INI = f"password = {TOKEN}\n".encode()
NOT_UTF8 = f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {TOKEN}\xe9\n".encode("latin-1")
HEADER_ONLY = b"[pypi]"
SPECIALS = f"[distutils]\nindex-servers = local\n\n[local]\nrepository = {LOCAL}\nusername = alice\npassword = {SPECIAL}\n".encode()
URL_HASH = f"[distutils]\nindex-servers = local\n\n[local]\nrepository = https://alice:{SPECIAL}@host.invalid/legacy/\n".encode()
HIDDEN_SERVER_LOGIN = f"[distutils]\nindex-servers = pypi\n\n[server-login]\npassword = {SPECIAL}\n\n[pypi]\npassword = {TOKEN}\n".encode()
NO_USERNAME = f"[distutils]\nindex-servers = local\n\n[local]\nrepository = {LOCAL}\npassword = {SPECIAL}\n".encode()
DUPLICATE = f"[pypi]\npassword = {TOKEN}\n[pypi]\npassword = {TOKEN}\n".encode()
NUL = f"[pypi]\npassword = {TOKEN}\n\0\n".encode()
CONTINUED = f"[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = {TOKEN[:30]}\n  {TOKEN[30:]}\nusername = __token__\n".encode()
DEFAULTS = f"[DEFAULT]\npassword = {TOKEN}\n\n[distutils]\nindex-servers = pypi\n\n[pypi]\n".encode()
HUGE = b"[pypi]\n" + b"# padding\n" * 120_000

CASES: List[HostileCase] = [
    case("pypirc-not-ini", pypirc(NOT_INI), 2, "malformed .pypirc (line 1): text before the first [section]"),
    case("pypirc-fix-not-ini", pypirc(NOT_INI, "--fix"), 2, "malformed .pypirc (line 1): text before the first [section]",
         unchanged(NOT_INI)),
    case("pypirc-not-utf8", pypirc(NOT_UTF8), 1, ".pypirc Plaintext Password"),
    case("pypirc-fix-not-utf8", pypirc(NOT_UTF8, "--fix"), 2, "is not valid UTF-8: --fix would store garbled passwords",
         unchanged(NOT_UTF8)),
    case("pypirc-section-header-only", pypirc(HEADER_ONLY, "--fix"), 0, "nothing to fix", unchanged(HEADER_ONLY)),
    case("pypirc-empty", pypirc(b"", "--fix"), 0, "nothing to fix", unchanged(b"")),
    case("pypirc-nul-byte", pypirc(NUL, "--fix"), 2,
         "malformed .pypirc (line 3): a line that is neither a [section], an option nor a comment", unchanged(NUL)),
    case("pypirc-duplicate-section", pypirc(DUPLICATE), 2, "malformed .pypirc (line 3): a section appears twice"),
    case("pypirc-over-1-mib", pypirc(HUGE, "--fix"), 2, "too large for a .pypirc", unchanged(HUGE)),
    case("pypirc-password-hash-semicolon-percent", pypirc(SPECIALS), 1, "plaintext [local] password: password for alice"),
    case("pypirc-fix-password-hash-semicolon-percent", pypirc(SPECIALS, "--fix"), 0,
         f"[local] password moved to the keyring (service {LOCAL}, user alice)", without_passwords),
    case("pypirc-fix-continued-password", pypirc(CONTINUED, "--fix"), 0,
         f"[pypi] password moved to the keyring (service {PYPI}, user __token__)", without_passwords),
    case("pypirc-fix-default-section-password", pypirc(DEFAULTS, "--fix"), 0,
         f"[pypi] password moved to the keyring (service {PYPI}, user __token__)", without_passwords),
    case("pypirc-url-password-with-hash", pypirc(URL_HASH), 1, "plaintext password inside [local] repository URL"),
    case("pypirc-fix-url-password-with-hash", pypirc(URL_HASH, "--fix"), 2,
         "the [local] repository URL holds user:password@ (line 5)", unchanged(URL_HASH)),
    case("pypirc-fix-hidden-server-login", pypirc(HIDDEN_SERVER_LOGIN, "--fix"), 2,
         "the [server-login] password (line 5) is sent to no index server", unchanged(HIDDEN_SERVER_LOGIN)),
    case("pypirc-fix-no-username", pypirc(NO_USERNAME, "--fix"), 2, "[local] has no username for twine",
         unchanged(NO_USERNAME)),
    case("pypirc-fifo", fifo, 2, "not a regular file (a FIFO, socket or device), not read", still_a("fifo")),
    case("pypirc-directory", directory_in_the_way, 2, "is a directory, not a .pypirc", still_a("dir")),
    case("pypirc-dangling-link", dangling, 2, "a symbolic link to a file that does not exist", still_a("link")),
    case("pypirc-fix-backup-is-a-planted-link", pypirc(PYPI_ONLY, "--fix", extra=backup_link), 2,
         "is a symbolic link; secretfence never overwrites a backup", backup_link_untouched),
    case("pypirc-fix-backup-exists", pypirc(PYPI_ONLY, "--fix", extra=other_backup), 2,
         "already exists and is not the backup of the current file", other_backup_untouched),
    case("pypirc-fix-keyring-holds-another-password", pypirc(PYPI_ONLY, "--fix", extra=keyring_entry(PYPI, "__token__", OTHER_TOKEN)), 2,
         f"the keyring already holds a different password for {PYPI} (user __token__)", unchanged(PYPI_ONLY)),
    case("pypirc-fix-no-keyring-backend", pypirc(PYPI_ONLY, "--fix"), 2, "no keyring backend is available",
         unchanged(PYPI_ONLY), env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}),
    case("pypirc-fix-keyring-backend-missing", pypirc(PYPI_ONLY, "--fix"), 2, "no usable keyring backend",
         unchanged(PYPI_ONLY), env={"PYTHON_KEYRING_BACKEND": "no_such_module.Keyring"}),
    case("pypirc-fix-keyring-refuses", pypirc(PYPI_ONLY, "--fix"), 2, "the keyring refused the password for",
         unchanged(PYPI_ONLY), env={"PYTHON_KEYRING_BACKEND": "tests.commands.keyrings.RefusingKeyring",
                                    "PYTHONPATH": str(ROOT), "REFUSED_SERVICE": "upload.pypi.org"}),
]
