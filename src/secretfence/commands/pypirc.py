"""`secretfence pypirc [--fix]`: plaintext passwords and loose permissions in a .pypirc.

`--fix` is all or nothing. Everything that could stop it is checked before anything changes:
passwords it cannot place where twine would look for them, a layout it cannot rewrite exactly, a
keyring entry that already holds another value, a backup that is already there. Then it writes
the backup (0600, exclusively), stores and reads back each password in the keyring, and
rewrites the file atomically; if a step fails, the keyring entries it created are deleted again.
"""
from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from secretfence.atomic import atomic_write, create_exclusive
from secretfence.commands._common import emit
from secretfence.commands._dist import permissions_note, pypirc_findings
from secretfence.errors import EXIT_CLEAN, KeyringError, SecretfenceError, UsageError, WriteError
from secretfence.names import say
from secretfence.keyring_store import KeyringStore, prepare_plaintext_file, readable_by_others, remove_if_empty
from secretfence.report import ScanReport
from secretfence.sources.pypirc import Credential, Pypirc, read_pypirc, without_passwords

BACKUP_SUFFIX = ".secretfence-backup"
SENT = ("password", "default", "server-login")  # origins of passwords twine sends


def pypirc(*, config_file: Optional[str] = None, fix: bool = False, output_format: str = "text") -> int:
    parsed = read_pypirc(config_file, required=True)
    assert parsed is not None
    if fix:
        return _fix(parsed)
    report = ScanReport(command="pypirc")
    report.files_scanned = 1
    report.findings.extend(pypirc_findings(parsed))
    if parsed.loosely_readable:
        report.notes.append(permissions_note(parsed))
    if not parsed.utf8:
        report.notes.append(f"{parsed.path} is not valid UTF-8: twine cannot read it in a UTF-8 locale")
    return emit(report, output_format)


@dataclass
class KeyringEntry:
    """One keyring entry twine will read: (service, username) -> password."""

    service: str
    username: str
    password: str = field(repr=False)
    sections: List[str] = field(default_factory=list)


@dataclass
class FixPlan:
    entries: List[KeyringEntry]
    new_text: str = field(repr=False)


def plan_fix(parsed: Pypirc) -> FixPlan:
    """What --fix will do, or UsageError naming the first thing that makes it unsafe."""
    path = parsed.path
    if not parsed.utf8:
        raise UsageError(f"{path} is not valid UTF-8: --fix would store garbled passwords; "
                         f"convert it to UTF-8 first; {path} left unchanged")
    for credential in parsed.credentials:
        if credential.origin == "repository-url":
            raise UsageError(f"{path}: the [{credential.section}] repository URL holds user:password@ "
                             f"(line {credential.line_number}): move the password out of the URL by hand; {path} left unchanged")
    entries: Dict[Tuple[str, str], KeyringEntry] = {}
    for credential in parsed.credentials:
        if credential.origin in SENT:
            _add_entry(entries, credential, path)
    sent_passwords = {entry.password for entry in entries.values()}
    for credential in parsed.credentials:
        if credential.origin == "unused" and credential.password not in sent_passwords:
            raise UsageError(
                f"{path}: the [{credential.section}] password (line {credential.line_number}) is sent to no index server "
                f"(each sets its own), so twine would never read it from the keyring: remove it or give it its own "
                f"section by hand; {path} left unchanged")
    try:
        new_text = without_passwords(parsed)
    except SecretfenceError as error:
        raise UsageError(f"{error}; {path} left unchanged") from None
    return FixPlan(list(entries.values()), new_text)


def _add_entry(entries: Dict[Tuple[str, str], KeyringEntry], credential: Credential, path: str) -> None:
    where = f"[{credential.section}]"
    if not credential.repository:
        raise UsageError(f"{path}: {where} has no repository URL, so twine cannot use its password "
                         f"(line {credential.line_number}): add `repository = …`; {path} left unchanged")
    if not credential.username:
        raise UsageError(f"{path}: {where} has no username for twine to look the password up under in the keyring: "
                         f"add `username = …` to {where}; {path} left unchanged")
    key = (credential.repository, credential.username)
    entry = entries.setdefault(key, KeyringEntry(credential.repository, credential.username, credential.password))
    if entry.password != credential.password:
        raise UsageError(f"{path}: [{entry.sections[0]}] and {where} send different passwords to {key[0]} as {key[1]}, "
                         f"and the keyring holds one per repository and user: fix that by hand; {path} left unchanged")
    entry.sections.append(credential.section)


def _fix(parsed: Pypirc) -> int:
    path = parsed.path
    if not parsed.credentials:
        return _nothing_to_fix(parsed)
    plan = plan_fix(parsed)
    store = KeyringStore(untouched=path)
    _check_plaintext_keyring(store, path)
    already = _check_keyring(store, plan, path)
    # Beside the file as the user named it: a ~/.pypirc linked into a dotfiles repository keeps
    # its backup in the home directory, not in the repository.
    backup = parsed.named + BACKUP_SUFFIX
    reused_backup = _check_backup(backup, parsed)
    created_backup = False
    prepared: List[str] = []
    new_content = plan.new_text.encode("utf-8")
    try:
        if not reused_backup:
            _create_backup(backup, parsed.raw, path)
            created_backup = True
        plaintext = store.plaintext_storage()
        if plaintext is not None and plaintext.path:
            prepared = prepare_plaintext_file(plaintext.path)
        for entry in plan.entries:
            if (entry.service, entry.username) not in already:
                store.store(entry.service, entry.username, entry.password)
        _check_unchanged(parsed)
        atomic_write(path, new_content, private=True)
    except BaseException as error:
        if _content_of(path, limit=len(new_content) + 1) == new_content:
            raise  # interrupted after the rename: the passwords live in the keyring now, keep them
        left = store.undo()
        remove_if_empty(prepared)
        if created_backup:
            _remove(backup)
        if left and isinstance(error, SecretfenceError):
            names = ", ".join(f"{service} (user {user})" for service, user in left)
            raise type(error)(f"{error}; the keyring entries it created could not be removed: {names}") from None
        raise
    for entry in plan.entries:
        sections = ", ".join(f"[{section}]" for section in entry.sections)
        state = "already in the keyring" if (entry.service, entry.username) in already else "moved to the keyring"
        say(f"secretfence: {sections} password {state} (service {entry.service}, user {entry.username})")
    mode = parsed.mode & 0o700
    kept = "an identical copy from an interrupted run is kept" if reused_backup else "the old file is kept"
    say(f"secretfence: {path} rewritten without passwords (mode {mode:04o}); {kept} at {backup} (mode 0600): "
          "delete it once an upload works")
    return EXIT_CLEAN


def _nothing_to_fix(parsed: Pypirc) -> int:
    if parsed.loosely_readable:
        mode = parsed.mode & 0o700
        os.chmod(parsed.path, mode)
        say(f"secretfence: {parsed.path}: no plaintext passwords; permissions set to {mode:04o}")
    else:
        say(f"secretfence: {parsed.path}: nothing to fix")
    return EXIT_CLEAN


def _check_plaintext_keyring(store: KeyringStore, path: str) -> None:
    """Moving passwords into a plaintext keyring file protects them no better than the .pypirc:
    say so (the move still takes them out of the file that gets copied, shared and committed).
    Into one that others can read, it would expose them: refuse."""
    plaintext = store.plaintext_storage()
    if plaintext is None:
        return
    where = plaintext.path or "a file"
    if plaintext.path and readable_by_others(plaintext.path):
        raise KeyringError(f"the keyring ({plaintext.backend}) stores passwords in plaintext at {where}, "
                           f"which group or others can read: chmod 600 it or choose another backend; {path} left unchanged")
    say(f"secretfence: warning: the keyring ({plaintext.backend}) stores passwords in plaintext at {where}",
          file=sys.stderr)


def _check_keyring(store: KeyringStore, plan: FixPlan, path: str) -> List[Tuple[str, str]]:
    """The entries already holding the same password; refuses on one holding another value."""
    already = []
    for entry in plan.entries:
        current = store.get(entry.service, entry.username)
        if current is None:
            continue
        if current != entry.password:
            raise KeyringError(f"the keyring already holds a different password for {entry.service} (user {entry.username}): "
                               f"secretfence never replaces one; compare them by hand; {path} left unchanged")
        already.append((entry.service, entry.username))
    return already


def _check_backup(backup: str, parsed: Pypirc) -> bool:
    """True when an identical private backup (from an interrupted run) is already there."""
    try:
        status = os.lstat(backup)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise UsageError(f"{backup}: cannot check it ({error.strerror}); {parsed.path} left unchanged") from None
    if stat.S_ISREG(status.st_mode) and not status.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        try:
            with open(backup, "rb") as handle:
                if handle.read(len(parsed.raw) + 1) == parsed.raw:
                    return True
        except OSError:
            pass
    if stat.S_ISLNK(status.st_mode):
        what = "is a symbolic link"
    elif not stat.S_ISREG(status.st_mode):
        what = "exists and is not a regular file"
    else:
        what = "already exists and is not a private copy of the current file"
    raise UsageError(f"{backup} {what}; secretfence never overwrites a backup: move it away first; "
                     f"{parsed.path} left unchanged")


def _create_backup(backup: str, raw: bytes, path: str) -> None:
    try:
        create_exclusive(backup, raw)
    except FileExistsError:
        raise UsageError(f"{backup} appeared while secretfence ran; {path} left unchanged") from None
    except OSError as error:
        raise WriteError(f"{backup}: cannot write the backup ({error.strerror}); {path} left unchanged") from None


def _check_unchanged(parsed: Pypirc) -> None:
    """Someone edited the file while secretfence ran: their edit wins, this run stops."""
    if _content_of(parsed.path, limit=len(parsed.raw) + 1) != parsed.raw:
        raise UsageError(f"{parsed.path} changed while secretfence ran; it was left as it is now")


def _content_of(path: str, limit: int = -1) -> Optional[bytes]:
    try:
        with open(path, "rb") as handle:
            return handle.read(limit)
    except OSError:
        return None


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass  # the error being reported matters more; a 0600 copy of the unchanged file stays
