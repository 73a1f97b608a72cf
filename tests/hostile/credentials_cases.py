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

from tests.fakes import pypi_token
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


# --- `secretfence credentials [--fix]`: every store a publisher reads ---------------------------
# Each case gets a private HOME and XDG_CONFIG_HOME (relative to its directory) and no system
# pip.conf (PIP_CONFIG_FILE=/dev/null, as pip itself reads it), so only the planted store is read.

STORES = {**KEYRING, "XDG_CONFIG_HOME": "config", "PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1"}
STORE_PASSWORD = "St0re-Pass#%(x)s;9q"  # '#', ';' and '%' belong to the value in every format
POETRY_AUTH = "config/pypoetry/auth.toml"


def store(relative: str, content: bytes, *argv: str, mode: int = 0o600,
          extra: Optional[Callable[[Path], None]] = None) -> Callable[[Path], Sequence[str]]:
    def build(directory: Path) -> Sequence[str]:
        (directory / "home").mkdir(exist_ok=True)
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        path.chmod(mode)
        if extra is not None:
            extra(directory)
        return ["credentials", *argv]

    return build


def store_unchanged(relative: str, content: bytes) -> Callable[[Path], None]:
    def check(directory: Path) -> None:
        assert (directory / relative).read_bytes() == content
        assert not os.path.lexists(directory / (relative + ".secretfence-backup"))

    return check


def netrc_fifo(directory: Path) -> Sequence[str]:
    (directory / "home").mkdir()
    os.mkfifo(directory / "home" / ".netrc")
    return ["credentials"]


def netrc_link(directory: Path) -> Sequence[str]:
    (directory / "home").mkdir()
    (directory / "dotfiles").mkdir()
    (directory / "dotfiles" / "netrc").write_text(f"machine host.invalid\nlogin alice\npassword {STORE_PASSWORD}\n")
    (directory / "dotfiles" / "netrc").chmod(0o600)
    (directory / "home" / ".netrc").symlink_to(directory / "dotfiles" / "netrc")
    return ["credentials"]


def netrc_dangling(directory: Path) -> Sequence[str]:
    (directory / "home").mkdir()
    (directory / "home" / ".netrc").symlink_to(directory / "gone")
    return ["credentials", "--fix"]


def uv_fixed(directory: Path) -> None:
    text = (directory / "config/uv/uv.toml").read_text()
    assert text == 'publish-url = "https://alice@upload.example.invalid/legacy/"\n', text
    assert (directory / "config/uv/uv.toml.secretfence-backup").stat().st_mode & 0o777 == 0o600


def store_case(name: str, build: Callable[[Path], Sequence[str]], exit_code: int, reason: str,
               after: Optional[Callable[[Path], None]] = None, env: Optional[Dict[str, str]] = None) -> CredentialCase:
    return CredentialCase(name=name, build=build, exit_code=exit_code, reason=reason,
                          secrets=(STORE_PASSWORD, TOKEN, COMMENT_TOKEN), env={**STORES, **(env or {})}, after=after)


BROKEN_TOML = f'[http-basic.local]\nusername = "alice"\npassword = "{STORE_PASSWORD}\n'.encode()
INLINE_TABLE = f'[http-basic]\nlocal = {{ username = "alice", password = "{STORE_PASSWORD}" }}\n'.encode()
HTTP_BASIC = f'[http-basic.local]\nusername = "alice"\npassword = "{STORE_PASSWORD}"\n'.encode()
COMMENT_TOKEN = pypi_token(15)
HATCH_COMMENT = f'[publish.index]\nuser = "__token__"\n# the old one: {COMMENT_TOKEN}\n'.encode()
PIP_PERCENT = f"[global]\nindex-url = https://alice:{STORE_PASSWORD}@pypi.example.invalid/simple\n".encode()
UV_URL = f'publish-url = "https://alice:{STORE_PASSWORD}@upload.example.invalid/legacy/"\n'.encode()
HUGE_TOML = b"# padding\n" * 120_000

CASES += [
    store_case("credentials-broken-toml", store(POETRY_AUTH, BROKEN_TOML, "--fix"), 2,
               "auth.toml: not valid TOML (at line 3", store_unchanged(POETRY_AUTH, BROKEN_TOML)),
    store_case("credentials-inline-table-is-left-in-place", store(POETRY_AUTH, INLINE_TABLE, "--fix"), 1,
               "http-basic.local.password", store_unchanged(POETRY_AUTH, INLINE_TABLE)),
    store_case("credentials-backup-already-there", store(POETRY_AUTH, HTTP_BASIC, "--fix", extra=lambda d: (
        d / (POETRY_AUTH + ".secretfence-backup")).write_text("mine\n")), 2,
               "auth.toml.secretfence-backup already exists: secretfence never overwrites a backup"),
    store_case("credentials-netrc-fifo", netrc_fifo, 2, "home/.netrc: not a regular file (a FIFO, socket or device)"),
    store_case("credentials-netrc-symlink-is-followed", netrc_link, 1,
               "plaintext netrc credential: password for machine host.invalid, user alice"),
    store_case("credentials-netrc-dangling-symlink", netrc_dangling, 2, "a symbolic link to a file that does not exist"),
    store_case("credentials-bad-netrc", store("home/.netrc", b"login alice password x\nmachine\n"), 2,
               "home/.netrc: not a valid .netrc (line"),
    store_case("credentials-huge-store", store(POETRY_AUTH, HUGE_TOML), 2, "too large for a Poetry config file"),
    store_case("credentials-token-in-a-comment", store("config/hatch/config.toml", HATCH_COMMENT), 1, "PyPI API Token"),
    store_case("credentials-pip-conf-percent", store("config/pip/pip.conf", PIP_PERCENT), 1,
               "plaintext pip credential: index-url in [global], user alice", env={"PIP_CONFIG_FILE": ""}),
    store_case("credentials-broken-pip-conf", store("config/pip/pip.conf", b"index-url = x\n"), 2,
               "pip.conf: not a valid INI file (MissingSectionHeaderError", env={"PIP_CONFIG_FILE": ""}),
    store_case("credentials-utf16-store", store(POETRY_AUTH, HTTP_BASIC.decode().encode("utf-16")), 2,
               "auth.toml: not valid UTF-8 (byte 0)"),
    store_case("credentials-utf8-bom-store", store(POETRY_AUTH, b"\xef\xbb\xbf" + HTTP_BASIC), 1,
               "plaintext poetry credential: http-basic.local.password, user alice"),
    store_case("credentials-fix-uv-url-password", store("config/uv/uv.toml", UV_URL, "--fix"), 0,
               "uv publish-url moved to the keyring (service https://upload.example.invalid/legacy/, user alice)",
               uv_fixed, env={"UV_NO_CONFIG": ""}),
]

# A moved value also under a key the tool does not read, or in a comment: the rewrite would keep it.
POETRY_SECOND_KEY = (f'[http-basic.local]\nusername = "alice"\npassword = "{STORE_PASSWORD}"\n'
                     f'password-old = "{STORE_PASSWORD}"\n').encode()
PYPIRC_COMMENTED = (f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n# was: {TOKEN}\n"
                    f"password = {TOKEN}\n").encode()

CASES += [
    store_case("credentials-fix-value-under-a-second-key", store(POETRY_AUTH, POETRY_SECOND_KEY, "--fix"), 1,
               "http-basic.local.password", store_unchanged(POETRY_AUTH, POETRY_SECOND_KEY)),
    case("pypirc-fix-password-also-in-a-comment", pypirc(PYPIRC_COMMENTED, "--fix"), 2,
         "a password to move is in the file a second time (another option or a comment): remove it by hand",
         unchanged(PYPIRC_COMMENTED)),
]

# --- uv's plaintext credential store (`uv auth login`) --------------------------------------------
# XDG_DATA_HOME is relative here ("xdg"): uv ignores it, as the XDG specification says, and so
# the store is HOME's ~/.local/share/uv/credentials/credentials.toml.

UV_AUTH = "home/.local/share/uv/credentials/credentials.toml"
UV_ENTRY = (f'[[credential]]\nservice = "https://idx.example.invalid/"\nusername = "alice"\nscheme = "basic"\n'
            f'password = "{STORE_PASSWORD}"\n')
UV_BEARER = '[[credential]]\nservice = "https://idx.example.invalid/"\nscheme = "bearer"\n'
UV_AUTH_MOVED = "uv auth [[credential]] https://idx.example.invalid/ moved to the keyring (service idx.example.invalid, user alice)"


def uv_auth_fifo(directory: Path) -> Sequence[str]:
    (directory / UV_AUTH).parent.mkdir(parents=True)
    os.mkfifo(directory / UV_AUTH)
    return ["credentials", "--fix"]


def uv_auth_dangling(directory: Path) -> Sequence[str]:
    (directory / UV_AUTH).parent.mkdir(parents=True)
    (directory / UV_AUTH).symlink_to(directory / "gone")
    return ["credentials", "--fix"]


def uv_auth_directory(directory: Path) -> Sequence[str]:
    (directory / UV_AUTH).mkdir(parents=True)
    return ["credentials"]


def uv_auth_link(directory: Path) -> Sequence[str]:
    (directory / "dotfiles").mkdir()
    (directory / "dotfiles" / "credentials.toml").write_text(UV_ENTRY)
    (directory / "dotfiles" / "credentials.toml").chmod(0o600)
    (directory / UV_AUTH).parent.mkdir(parents=True)
    (directory / UV_AUTH).symlink_to(directory / "dotfiles" / "credentials.toml")
    return ["credentials", "--fix"]


def uv_auth_link_fixed(directory: Path) -> None:
    # The link is kept and its target rewritten, as uv itself writes through it.
    assert (directory / UV_AUTH).is_symlink()
    assert (directory / "dotfiles" / "credentials.toml").read_text() == ""
    backup = (directory / (UV_AUTH + ".secretfence-backup")).read_text()
    assert STORE_PASSWORD not in backup and "<in keyring: service idx.example.invalid, user alice>" in backup


def uv_auth_bytes(expected: bytes) -> Callable[[Path], None]:
    def check(directory: Path) -> None:
        assert (directory / UV_AUTH).read_bytes() == expected
        assert (directory / (UV_AUTH + ".secretfence-backup")).stat().st_mode & 0o777 == 0o600

    return check


UV_KEEP = '[[credential]]\nservice = "https://keep.example.invalid/"\nscheme = "bearer"\ntoken = "kept"\n'
UV_CRLF = (UV_ENTRY + "\n" + UV_KEEP).replace("\n", "\r\n").encode()

CASES += [
    store_case("uv-auth-broken-toml", store(UV_AUTH, UV_ENTRY.encode()[:-2] + b"\n", "--fix"), 2,
               "credentials.toml: not valid TOML (at line 5", store_unchanged(UV_AUTH, UV_ENTRY.encode()[:-2] + b"\n")),
    store_case("uv-auth-fifo", uv_auth_fifo, 2, "credentials.toml: not a regular file (a FIFO, socket or device), not read"),
    store_case("uv-auth-dangling-symlink", uv_auth_dangling, 2,
               "credentials.toml: a symbolic link to a file that does not exist"),
    store_case("uv-auth-directory", uv_auth_directory, 2, "credentials.toml: is a directory, not uv's credential store"),
    store_case("uv-auth-over-1-mib", store(UV_AUTH, UV_ENTRY.encode() + HUGE_TOML, "--fix"), 2,
               "too large for uv's credential store", store_unchanged(UV_AUTH, UV_ENTRY.encode() + HUGE_TOML)),
    store_case("uv-auth-utf16", store(UV_AUTH, UV_ENTRY.encode("utf-16")), 2, "credentials.toml: not valid UTF-8 (byte 0)"),
    store_case("uv-auth-latin1", store(UV_AUTH, UV_ENTRY.replace("alice", "alicé").encode("latin-1"), "--fix"), 2,
               "credentials.toml: not valid UTF-8 (byte 72)",
               store_unchanged(UV_AUTH, UV_ENTRY.replace("alice", "alicé").encode("latin-1"))),
    store_case("uv-auth-nul-byte", store(UV_AUTH, UV_ENTRY.encode().replace(b"basic", b"ba\0sic")), 2,
               "credentials.toml: not valid TOML (at line 4"),
    store_case("uv-auth-symlink-target-rewritten", uv_auth_link, 0, UV_AUTH_MOVED, uv_auth_link_fixed),
    store_case("uv-auth-utf8-bom-kept", store(UV_AUTH, b"\xef\xbb\xbf" + UV_ENTRY.encode(), "--fix"), 0, UV_AUTH_MOVED,
               uv_auth_bytes(b"\xef\xbb\xbf")),
    store_case("uv-auth-crlf-kept", store(UV_AUTH, UV_CRLF, "--fix"), 1, UV_AUTH_MOVED,
               uv_auth_bytes(UV_KEEP.replace("\n", "\r\n").encode())),
    store_case("uv-auth-loose-permissions", store(UV_AUTH, UV_ENTRY.encode(), mode=0o644), 1,
               "credentials.toml is readable by group/others (mode 0644)"),
    store_case("uv-auth-fix-inline-array-left", store(UV_AUTH, (
        f'credential = [{{ service = "https://idx.example.invalid/", username = "alice", password = "{STORE_PASSWORD}" }}]\n'
    ).encode(), "--fix"), 1, "(an inline table, a multi-line string, a repeated value): move it by hand",
        store_unchanged(UV_AUTH, (f'credential = [{{ service = "https://idx.example.invalid/", username = "alice", '
                                  f'password = "{STORE_PASSWORD}" }}]\n').encode())),
    store_case("uv-auth-fix-value-also-in-a-comment", store(UV_AUTH, f"# old: {STORE_PASSWORD}\n{UV_ENTRY}".encode(), "--fix"),
               1, "its value is in the file a second time (another key or a comment): move it by hand",
               store_unchanged(UV_AUTH, f"# old: {STORE_PASSWORD}\n{UV_ENTRY}".encode())),
    store_case("uv-auth-fix-bearer-token-left", store(UV_AUTH, f'{UV_BEARER}token = "{STORE_PASSWORD}"\n'.encode(), "--fix"),
               1, "left in place: uv reads a bearer token from this file only",
               store_unchanged(UV_AUTH, f'{UV_BEARER}token = "{STORE_PASSWORD}"\n'.encode())),
    store_case("uv-auth-fix-backup-already-there", store(UV_AUTH, UV_ENTRY.encode(), "--fix", extra=lambda d: (
        d / (UV_AUTH + ".secretfence-backup")).write_text("mine\n")), 2,
               "credentials.toml.secretfence-backup already exists: secretfence never overwrites a backup"),
    store_case("uv-auth-fix-keyring-holds-another-password", store(UV_AUTH, UV_ENTRY.encode(), "--fix",
                                                                   extra=keyring_entry("idx.example.invalid", "alice", "other")),
               2, "the keyring already holds a different value for idx.example.invalid (user alice)",
               store_unchanged(UV_AUTH, UV_ENTRY.encode())),
]
