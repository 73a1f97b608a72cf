"""Hostile backups and keyrings for `pypirc --fix`'s backup and `pypirc --restore`.

A backup is read back into a file that holds passwords, so --restore treats it as data from
anywhere: planted links and FIFOs, edits that would send a keyring password to another server,
bytes that are not a .pypirc, a keyring that lost or changed an entry. Each case runs with a
private HOME and keyring (as in credentials_cases.py); `after` asserts the files on disk:
after a refusal the .pypirc and its backup are byte for byte what they were.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from tests.hostile.case import HostileCase
from tests.hostile.credentials_cases import BACKUP, CONFIG, KEYRING, LOCAL, OTHER_TOKEN, PYPI, ROOT, SPECIAL, TOKEN, CredentialCase

ORIGINAL = (f"# uploads\n[distutils]\nindex-servers = pypi local\n\n[pypi]\npassword = {TOKEN[:40]}\n    {TOKEN[40:]}\n\n"
            f"[local]\r\nrepository = {LOCAL}\r\nusername = alice\r\npassword = {SPECIAL}\r\n").encode()
PYPI_MARKER = f"<in keyring: service {PYPI}, user __token__>"
LOCAL_MARKER = f"<in keyring: service {LOCAL}, user alice>"
MASKED = (f"# uploads\n[distutils]\nindex-servers = pypi local\n\n[pypi]\npassword = {PYPI_MARKER}\n"
          f"    <continued in the keyring>\n\n[local]\r\nrepository = {LOCAL}\r\nusername = alice\r\n"
          f"password = {LOCAL_MARKER}\r\n").encode()
FIXED = f"# uploads\n[distutils]\nindex-servers = pypi local\n\n[pypi]\n\n[local]\r\nrepository = {LOCAL}\r\nusername = alice\r\n".encode()
SECRETS = (TOKEN, TOKEN[:40], TOKEN[40:], OTHER_TOKEN, SPECIAL)


def _run(directory: Path, *argv: str, env: Optional[Dict[str, str]] = None) -> None:
    subprocess.run([sys.executable, *argv], cwd=directory, env={**os.environ, **KEYRING, **(env or {})},
                   check=True, capture_output=True)


def _keyring(directory: Path, code: str) -> None:
    _run(directory, "-c", f"import keyring\n{code}")


def fixed(*argv: str, then: Optional[Callable[[Path], None]] = None) -> Callable[[Path], Sequence[str]]:
    """ORIGINAL fixed by a real `pypirc --fix` (0640 before: 0600 after), then changed by `then`."""
    def build(directory: Path) -> Sequence[str]:
        (directory / "home").mkdir()
        path = directory / CONFIG
        path.write_bytes(ORIGINAL)
        path.chmod(0o640)
        _run(directory, "-m", "secretfence", "pypirc", "--fix", "--config-file", CONFIG)
        if then is not None:
            then(directory)
        return ["pypirc", *argv]

    return build


def unfixed(directory: Path) -> Sequence[str]:
    (directory / "home").mkdir()
    path = directory / CONFIG
    path.write_bytes(ORIGINAL)
    path.chmod(0o640)
    return ["pypirc", "--fix", "--config-file", CONFIG]


def files(config: Optional[bytes], backup: Optional[bytes]) -> Callable[[Path], None]:
    """The .pypirc and its backup hold exactly these bytes (None: absent)."""
    def check(directory: Path) -> None:
        for name, content in ((CONFIG, config), (BACKUP, backup)):
            path = directory / name
            if content is None:
                assert not os.path.lexists(path), name
            else:
                assert path.read_bytes() == content, name
        if config is not None:
            assert (directory / CONFIG).stat().st_mode & 0o777 == 0o600

    return check


def untouched(directory: Path) -> None:
    files(FIXED, MASKED)(directory)


def file_untouched(directory: Path) -> None:
    """The fixed file as --fix left it, and the (edited) backup still there."""
    assert (directory / CONFIG).read_bytes() == FIXED and (directory / BACKUP).is_file()


def replace_backup(old: str, new: str) -> Callable[[Path], None]:
    def change(directory: Path) -> None:
        backup = directory / BACKUP
        content = backup.read_bytes()
        assert old.encode() in content
        backup.write_bytes(content.replace(old.encode(), new.encode()))

    return change


def write_backup(content: bytes) -> Callable[[Path], None]:
    def change(directory: Path) -> None:
        (directory / BACKUP).write_bytes(content)

    return change


def backup_elsewhere_linked(directory: Path) -> None:
    (directory / BACKUP).rename(directory / "elsewhere")
    (directory / BACKUP).symlink_to(directory / "elsewhere")


def backup_fifo(directory: Path) -> None:
    (directory / BACKUP).unlink()
    os.mkfifo(directory / BACKUP)


def backup_directory(directory: Path) -> None:
    (directory / BACKUP).unlink()
    (directory / BACKUP).mkdir()


def no_backup(directory: Path) -> None:
    (directory / BACKUP).unlink()


def edited(directory: Path) -> None:
    with open(directory / CONFIG, "ab") as handle:
        handle.write(b"ca_cert = /etc/ssl/local.pem\r\n")


def dangling_config(directory: Path) -> None:
    (directory / CONFIG).unlink()
    (directory / CONFIG).symlink_to(directory / "dotfiles" / "pypirc")


def entry_deleted(directory: Path) -> None:
    _keyring(directory, f"keyring.delete_password({LOCAL!r}, 'alice')")


def entry_with_a_line_break(directory: Path) -> None:
    """[local]'s password stood on one line: a value of two lines cannot go back there."""
    _keyring(directory, f"keyring.set_password({LOCAL!r}, 'alice', {OTHER_TOKEN[:30] + chr(10) + OTHER_TOKEN[30:]!r})")


def marker_names_a_planted_entry(directory: Path) -> None:
    """The backup sends [local] another entry's password, one that fits on its line."""
    _keyring(directory, f"keyring.set_password('https://collector.invalid/', 'x', {OTHER_TOKEN!r})")
    replace_backup(LOCAL_MARKER, "<in keyring: service https://collector.invalid/, user x>")(directory)


def legacy_plaintext_backup(directory: Path) -> None:
    """What secretfence wrote before backups held markers: a byte copy of the old file."""
    (directory / BACKUP).write_bytes(ORIGINAL)


def link_kept_elsewhere(directory: Path) -> None:
    assert (directory / BACKUP).is_symlink() and (directory / "elsewhere").read_bytes() == MASKED
    assert (directory / CONFIG).read_bytes() == FIXED


def still(kind: str) -> Callable[[Path], None]:
    def check(directory: Path) -> None:
        path = directory / BACKUP
        assert {"fifo": path.is_fifo(), "dir": path.is_dir()}[kind]
        assert (directory / CONFIG).read_bytes() == FIXED

    return check


def dangling_kept(directory: Path) -> None:
    assert (directory / CONFIG).is_symlink() and not (directory / "dotfiles").exists()
    assert (directory / BACKUP).read_bytes() == MASKED


def case(name: str, build: Callable[[Path], Sequence[str]], exit_code: int, reason: str,
         after: Optional[Callable[[Path], None]] = None, env: Optional[Dict[str, str]] = None) -> CredentialCase:
    return CredentialCase(name=name, build=build, exit_code=exit_code, reason=reason, secrets=SECRETS,
                          env={**KEYRING, **(env or {})}, after=after)


RESTORE = ("--restore", CONFIG)
BROKEN_BACKUP = MASKED.replace(b"[local]", b"[local")

CASES: List[HostileCase] = [
    # The backup --fix leaves: markers, no password, the layout kept (continuation line, CRLF).
    case("pypirc-fix-backup-holds-no-password", unfixed, 0, "each password replaced by its keyring entry",
         files(FIXED, MASKED)),
    case("pypirc-restore-round-trip", fixed(*RESTORE), 0, "restored from the backup and the keyring (mode 0600)",
         files(ORIGINAL, None)),
    case("pypirc-restore-by-backup-name", fixed("--restore", BACKUP), 0, "restored from the backup and the keyring",
         files(ORIGINAL, None)),
    case("pypirc-restore-after-an-interrupted-restore", fixed(*RESTORE, then=write_backup(MASKED)), 0,
         "restored from the backup and the keyring", files(ORIGINAL, None)),
    case("pypirc-restore-older-plaintext-backup", fixed(*RESTORE, then=legacy_plaintext_backup), 0,
         "restored from the backup and the keyring", files(ORIGINAL, None)),
    # Refusals: nothing changes.
    case("pypirc-restore-no-backup", fixed(*RESTORE, then=no_backup), 2, "nothing to restore (--fix writes it)",
         files(FIXED, None)),
    case("pypirc-restore-backup-is-a-link", fixed(*RESTORE, then=backup_elsewhere_linked), 2,
         "is a symbolic link, and --fix never writes one: not followed", link_kept_elsewhere),
    case("pypirc-restore-backup-is-a-fifo", fixed(*RESTORE, then=backup_fifo), 2,
         "is not a regular file, and --fix writes only those: not read", still("fifo")),
    case("pypirc-restore-backup-is-a-directory", fixed(*RESTORE, then=backup_directory), 2,
         "is not a regular file, and --fix writes only those: not read", still("dir")),
    case("pypirc-restore-backup-not-utf8", fixed(*RESTORE, then=write_backup(MASKED + b"# \xff\n")), 2,
         "is not valid UTF-8, so --fix did not write it", files(FIXED, MASKED + b"# \xff\n")),
    case("pypirc-restore-backup-malformed", fixed(*RESTORE, then=write_backup(BROKEN_BACKUP)), 2,
         "malformed .pypirc (line 12): an option appears twice in one section", files(FIXED, BROKEN_BACKUP)),
    case("pypirc-restore-backup-over-1-mib", fixed(*RESTORE, then=write_backup(MASKED + b"# padding\n" * 120_000)), 2,
         "too large for a .pypirc", files(FIXED, MASKED + b"# padding\n" * 120_000)),
    case("pypirc-restore-backup-redirects-a-password",
         fixed(*RESTORE, then=replace_backup(f"repository = {LOCAL}", "repository = https://collector.invalid/")), 2,
         "is not what --fix writes for the file it would restore", file_untouched),
    case("pypirc-restore-backup-names-a-planted-entry", fixed(*RESTORE, then=marker_names_a_planted_entry), 2,
         "is not what --fix writes for the file it would restore", file_untouched),
    case("pypirc-restore-backup-swaps-entries", fixed(*RESTORE, then=replace_backup(PYPI_MARKER, LOCAL_MARKER)), 2,
         "a password in the keyring does not fit where the backup holds its marker", file_untouched),
    case("pypirc-restore-backup-marker-in-an-unsent-section",
         fixed(*RESTORE, then=replace_backup("# uploads\n", f"[unlisted]\npassword = {PYPI_MARKER}\n")), 2,
         "is not the file --fix wrote beside this backup", file_untouched),
    case("pypirc-restore-backup-marker-naming-nothing",
         fixed(*RESTORE, then=replace_backup(LOCAL_MARKER, "<in keyring: service %zz, user %7A>")), 2,
         "the keyring holds no password for %zz (user z), which", file_untouched),
    case("pypirc-restore-backup-marker-not-utf8",
         fixed(*RESTORE, then=replace_backup(LOCAL_MARKER, "<in keyring: service %ff, user x>")), 2,
         "is not what --fix writes for the file it would restore", file_untouched),
    case("pypirc-restore-file-edited-since-the-fix", fixed(*RESTORE, then=edited), 2,
         "is not the file --fix wrote beside this backup (edited since?), and --restore never overwrites changes",
         files(FIXED + b"ca_cert = /etc/ssl/local.pem\r\n", MASKED)),
    case("pypirc-restore-dangling-link-in-place-of-the-file", fixed(*RESTORE, then=dangling_config), 2,
         "a symbolic link to a file that does not exist: --restore will not write through it", dangling_kept),
    case("pypirc-restore-keyring-entry-missing", fixed(*RESTORE, then=entry_deleted), 2,
         f"the keyring holds no password for {LOCAL} (user alice), which ", untouched),
    case("pypirc-restore-keyring-entry-with-a-line-break", fixed(*RESTORE, then=entry_with_a_line_break), 2,
         "a password in the keyring does not fit where the backup holds its marker", untouched),
    case("pypirc-restore-keyring-forgets", fixed(*RESTORE), 2,
         f"the keyring holds no password for {PYPI} (user __token__)", untouched,
         env={"PYTHON_KEYRING_BACKEND": "tests.commands.keyrings.ForgetfulKeyring", "PYTHONPATH": str(ROOT)}),
    case("pypirc-restore-no-keyring-backend", fixed(*RESTORE), 2, "no keyring backend is available", untouched,
         env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}),
    case("pypirc-restore-with-fix", fixed("--fix", "--restore"), 2, "argument --restore: not allowed with argument --fix",
         untouched),
]
