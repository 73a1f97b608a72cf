"""`secretfence pypirc [--fix | --restore]`: plaintext passwords and loose permissions in a .pypirc.

`--fix` is all or nothing. Everything that could stop it is checked before anything changes:
passwords it cannot place where twine would look for them, a layout it cannot rewrite exactly, a
keyring entry that already holds another value, a backup that is already there. Then it writes
the backup (0600, exclusively), stores and reads back each password in the keyring, and
rewrites the file atomically; if a step fails, the keyring entries it created are deleted again.

The backup is the old file with each password moved replaced by a marker naming its keyring
entry: it holds no password, so the fix leaves none on disk. `--restore` rebuilds the old file
from the backup and the keyring, byte for byte, and checks the result the only way that cannot
be fooled by an edited or planted backup: fixing it again must give the current file and the
same backup, and every password it holds must be the keyring's for the entry twine would use.
"""
from __future__ import annotations

import argparse
import os
import re
import shlex
import stat
import sys
from typing import Callable, Dict, List, Optional, Sequence, Tuple
from urllib.parse import quote, unquote

from secretfence._dataclass import dataclass, field
from secretfence.atomic import atomic_write, create_exclusive, fsync_directory
from secretfence.commands._common import emit
from secretfence.commands._dist import permissions_note, pypirc_content_findings, pypirc_findings
from secretfence.commands._options import EXIT_CODES, add_format, command_parser
from secretfence.errors import EXIT_CLEAN, KeyringError, SecretfenceError, UsageError, WriteError, handled
from secretfence.names import say
from secretfence.keyring_store import KeyringStore, prepare_plaintext_file, readable_by_others, remove_if_empty
from secretfence.report import ScanReport
from secretfence.sources.pypirc import (
    DEFAULT_PATH,
    Credential,
    Pypirc,
    parse_pypirc,
    password_value_parts,
    read_pypirc,
    read_regular_file,
    replace_password_values,
    without_passwords,
)

BACKUP_SUFFIX = ".secretfence-backup"
SENT = ("password", "default", "server-login")  # origins of passwords twine sends
# In the backup, in place of a password moved to the keyring. Angle brackets and spaces: no
# token looks like it, and it names the entry as twine looks it up (service = repository URL).
MARKER_START, MARKER_END = "<in keyring: ", ">"
CONTINUED = "<continued in the keyring>"  # in place of each continuation line of such a password
_ENTRY = re.compile(r"service ([^,;<>]*), user ([^,;<>]*)\Z")
_ESCAPED = "%,;<>"  # escaped in a marker's names (with anything not printable), so it reads back unambiguously

SUMMARY = "report (and --fix) plaintext passwords and loose permissions in a .pypirc"


def build_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "pypirc", epilog="examples:\n  secretfence pypirc --fix\n  secretfence pypirc --restore\n\n" + EXIT_CODES)
    parser.add_argument("--config-file", default=None, help="the .pypirc to check (default: ~/.pypirc)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--fix", action="store_true",
                        help="move every password twine would send into the system keyring, keep a 0600 backup "
                        "(FILE.secretfence-backup) that holds no password, only where each one went, and chmod 600; "
                        "all or nothing, never replacing a keyring entry or a backup")
    action.add_argument("--restore", nargs="?", const="", default=None, metavar="PATH",
                        help="undo --fix: rebuild the file (PATH, or its backup's path; default: --config-file or "
                        "~/.pypirc) from its backup and the passwords in the keyring, then remove the backup; "
                        "refuses if a password is missing or the file was changed since --fix")
    add_format(parser)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    restore = args.restore is not None
    config_file = restore_target(args.restore or None, args.config_file) if restore else args.config_file
    return pypirc(config_file=config_file, fix=args.fix, restore=restore, output_format=args.format)


def pypirc(*, config_file: Optional[str] = None, fix: bool = False, restore: bool = False,
           output_format: str = "text") -> int:
    if restore:
        return restore_pypirc(config_file)
    parsed = read_pypirc(config_file, required=True)
    assert parsed is not None
    if fix:
        return _fix(parsed, config_file)
    report = ScanReport(command="pypirc")
    report.files_scanned = 1
    content = pypirc_content_findings(parsed)
    report.findings.extend(pypirc_findings(parsed, content=content))
    report.findings.extend(content)
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
    # The old file, each password moved replaced by its marker: holds none of them.
    backup_text: str = field(repr=False, default="")
    # 1-based line of each password option moved -> the keyring entries holding its value.
    markers: Dict[int, List[Tuple[str, str]]] = field(default_factory=dict)


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
    holders = {entry.password: key for key, entry in entries.items()}  # the first entry holding each value
    markers: Dict[int, List[Tuple[str, str]]] = {}
    for credential in parsed.credentials:
        if credential.origin in SENT:
            keys = markers.setdefault(credential.line_number, [])
            key = (credential.repository, credential.username or "")
            if key not in keys:
                keys.append(key)
    for credential in parsed.credentials:
        if credential.origin != "unused":
            continue
        if credential.password not in holders:
            raise UsageError(
                f"{path}: the [{credential.section}] password (line {credential.line_number}) is sent to no index server "
                f"(each sets its own), so twine would never read it from the keyring: remove it or give it its own "
                f"section by hand; {path} left unchanged")
        markers.setdefault(credential.line_number, [holders[credential.password]])
    try:
        new_text = without_passwords(parsed)
        backup_text = _backup_text(parsed, markers, {key: entry.password for key, entry in entries.items()})
    except SecretfenceError as error:
        raise UsageError(f"{error}; {path} left unchanged") from None
    # The rewrite holds none of the passwords moved (one under another option, or in a comment,
    # would stay in plaintext while reported as moved).
    if any(credential.password and credential.password in new_text for credential in parsed.credentials):
        raise UsageError(f"{path}: a password to move is in the file a second time (another option or a comment): "
                         f"remove it by hand; {path} left unchanged")
    return FixPlan(list(entries.values()), new_text, backup_text, markers)


def _backup_text(parsed: Pypirc, markers: Dict[int, List[Tuple[str, str]]], passwords: Dict[Tuple[str, str], str]) -> str:
    """The old file with a marker in place of each password moved, checked to give the old file
    back, byte for byte, when each marker is replaced by its keyring entry's password."""
    parts = password_value_parts(parsed)
    masked = {line: [marker_text(keys)] + [CONTINUED if part else "" for part in parts[line][1:]]
              for line, keys in markers.items()}
    backup_text = replace_password_values(parsed, masked)
    backup = parse_pypirc(backup_text.encode("utf-8"), parsed.path, path=parsed.path)
    restored = replace_password_values(backup, {line: passwords[keys[0]].split("\n") for line, keys in markers.items()})
    if restored != parsed.text:
        raise UsageError(f"{parsed.path}: its layout is not one secretfence can rewrite safely; remove the password lines by hand")
    return backup_text


def marker_text(keys: List[Tuple[str, str]]) -> str:
    """`<in keyring: service URL, user NAME>` (one `; `-separated pair per entry holding it)."""
    return MARKER_START + "; ".join(f"service {_escape(service)}, user {_escape(user)}" for service, user in keys) + MARKER_END


def parse_marker(value: str) -> Optional[List[Tuple[str, str]]]:
    """The keyring entries a marker names; None when `value` is not a marker."""
    if not (value.startswith(MARKER_START) and value.endswith(MARKER_END)):
        return None
    keys = []
    for pair in value[len(MARKER_START):-len(MARKER_END)].split("; "):
        match = _ENTRY.match(pair)
        if match is None:
            return None
        try:
            keys.append((unquote(match.group(1), errors="strict"), unquote(match.group(2), errors="strict")))
        except UnicodeDecodeError:
            return None
    return keys


def _escape(name: str) -> str:
    return "".join(quote(character, safe="") if character in _ESCAPED or not character.isprintable() else character
                   for character in name)


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


def _fix(parsed: Pypirc, config_file: Optional[str]) -> int:
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
    backup_content = plan.backup_text.encode("utf-8")
    reused_backup = _check_backup(backup, backup_content, parsed)
    created_backup = False
    prepared: List[str] = []
    new_content = plan.new_text.encode("utf-8")
    try:
        if not reused_backup:
            _create_backup(backup, backup_content, path)
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
    kept = "the same backup from an interrupted run is kept" if reused_backup else "the old file is kept"
    restore = "secretfence pypirc --restore" + (f" {shlex.quote(parsed.named)}" if config_file else "")
    say(f"secretfence: {path} rewritten without passwords (mode {mode:04o}); {kept} at {backup} (mode 0600), "
          f"each password replaced by its keyring entry: `{restore}` puts it back")
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


def _check_backup(backup: str, content: bytes, parsed: Pypirc) -> bool:
    """True when the backup this run would write (private) is already there: an interrupted run's.
    Markers stand for the passwords, so "the same" means the same file with the same entries."""
    try:
        status = os.lstat(backup)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise UsageError(f"{backup}: cannot check it ({error.strerror}); {parsed.path} left unchanged") from None
    if stat.S_ISREG(status.st_mode) and not status.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        if _content_of(backup, limit=len(content) + 1, follow=False) == content:
            return True
    if stat.S_ISLNK(status.st_mode):
        what = "is a symbolic link"
    elif not stat.S_ISREG(status.st_mode):
        what = "exists and is not a regular file"
    else:
        what = "already exists and is not the backup of the current file"
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


def _content_of(path: str, limit: int = -1, follow: bool = True) -> Optional[bytes]:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        with os.fdopen(descriptor, "rb") as handle:
            descriptor = -1
            return handle.read(limit)
    except OSError:
        return None
    finally:
        if descriptor >= 0:
            os.close(descriptor)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass  # the error being reported matters more; a 0600 copy of the unchanged file stays


# --- --restore -----------------------------------------------------------------------------------


def restore_target(path: Optional[str], config_file: Optional[str]) -> Optional[str]:
    """The .pypirc `--restore [PATH]` is about: PATH (the file, or its backup), else --config-file."""
    if path is not None and path.endswith(BACKUP_SUFFIX) and len(path) > len(BACKUP_SUFFIX):
        path = path[:-len(BACKUP_SUFFIX)]
    if path is not None and config_file is not None and _named(path) != _named(config_file):
        raise UsageError(f"--restore {path} and --config-file {config_file} name different files: give one of them")
    return path if path is not None else config_file


def restore_pypirc(config_file: Optional[str]) -> int:
    """Put back the file `--fix` rewrote: the backup, each marker replaced by the keyring's
    password, written atomically (the current file's mode, private); then remove the backup.

    Refuses, changing nothing, when a password is not in the keyring, when the backup is missing,
    not a regular file or not one --fix wrote for this file, and when the file was changed since
    --fix wrote it (move it away first: a missing file is restored in its place).
    """
    shown = config_file or DEFAULT_PATH
    named = _named(shown)
    backup = named + BACKUP_SUFFIX
    untouched = f"{named} left unchanged"
    backup_raw = _read_backup(backup, untouched)
    current = _current_content(shown, named)
    try:
        saved = parse_pypirc(backup_raw, backup, path=backup)
    except SecretfenceError as error:
        raise UsageError(f"{error}; {untouched}") from None
    if not saved.utf8:
        raise UsageError(f"{backup} is not valid UTF-8, so --fix did not write it; {untouched}")
    store = KeyringStore(untouched=named)
    original, plan = rebuild_from_backup(saved, store.get, untouched=untouched)
    content = original.text.encode("utf-8")
    if current is not None and current != content and current != plan.new_text.encode("utf-8"):
        raise UsageError(f"{named} is not the file --fix wrote beside this backup (edited since?), and --restore never "
                         f"overwrites changes: move it away (--restore then writes the old file in its place) or copy "
                         f"what you need from {backup}; {untouched}")
    if current != content:
        if _content_of(named, limit=-1) != current:
            raise UsageError(f"{named} changed while secretfence ran; it was left as it is now")
        atomic_write(named, content, private=True)
        for entry in plan.entries:
            sections = ", ".join(f"[{section}]" for section in entry.sections)
            say(f"secretfence: {sections} password read back from the keyring (service {entry.service}, user {entry.username})")
        done = "restored from the backup and the keyring"
    else:
        done = "already restored (an interrupted --restore)"
    mode = stat.S_IMODE(os.stat(named).st_mode)
    try:
        os.unlink(backup)  # only now: until the file is back, the backup is the only way to rebuild it
    except OSError as error:
        say(f"secretfence: {named} {done} (mode {mode:04o}); the keyring entries are kept")
        say(f"secretfence: warning: {backup} could not be removed ({error.strerror}); it holds no password",
            file=sys.stderr)
        return EXIT_CLEAN
    fsync_directory(os.path.dirname(backup))
    say(f"secretfence: {named} {done} (mode {mode:04o}); {backup} removed, the keyring entries are kept")
    return EXIT_CLEAN


def rebuild_from_backup(saved: Pypirc, lookup: Callable[[str, str], Optional[str]], *,
                        untouched: str) -> Tuple[Pypirc, FixPlan]:
    """The file --fix turned into the backup `saved`, each marker replaced by the password
    `lookup(service, username)` (the keyring's) returns, and --fix's plan for that file.

    Accepted only when fixing the result again would write exactly this backup (so an edited or
    planted backup cannot redirect a password: each one goes back only where twine would look it
    up under the keyring entry it came from) and the keyring holds every password it would send.
    A backup without markers is an older secretfence's plaintext copy, restored as it is.
    """
    backup = saved.path
    try:
        parts = password_value_parts(saved)
    except SecretfenceError:
        raise UsageError(f"{backup}: its layout is not one --fix writes; {untouched}") from None
    values: Dict[int, List[str]] = {}
    for line, value_parts in parts.items():
        keys = parse_marker(value_parts[0])
        if keys is None:
            continue  # nothing was moved from this line (an empty password), or an older secretfence's plaintext copy
        values[line] = _keyring_password(lookup, keys, backup, line, untouched).split("\n")
    original = _rebuild(saved, values, backup, untouched)
    plan = _plan_of_original(original, backup, untouched)
    if values and plan.backup_text != saved.text:
        raise UsageError(f"{backup} is not what --fix writes for the file it would restore (edited, or not secretfence's): "
                         f"restore it by hand; {untouched}")
    for entry in plan.entries:
        held = lookup(entry.service, entry.username)
        if held != entry.password:
            state = "no password" if not held else "a different password than the file would send"
            raise KeyringError(f"the keyring holds {state} for {entry.service} (user {entry.username}), which the restored "
                               f"file sends: nothing restored; {untouched}")
    return original, plan


def _named(path: str) -> str:
    return os.path.abspath(os.path.expanduser(path))


def _read_backup(backup: str, untouched: str) -> bytes:
    try:
        status = os.lstat(backup)
    except FileNotFoundError:
        raise UsageError(f"no backup at {backup}: nothing to restore (--fix writes it); {untouched}") from None
    except OSError as error:
        raise UsageError(f"{backup}: cannot check it ({error.strerror}); {untouched}") from None
    if stat.S_ISLNK(status.st_mode):
        raise UsageError(f"{backup} is a symbolic link, and --fix never writes one: not followed; {untouched}")
    if not stat.S_ISREG(status.st_mode):
        raise UsageError(f"{backup} is not a regular file, and --fix writes only those: not read; {untouched}")
    try:
        raw, _ = read_regular_file(backup, backup, True, follow_links=False)
    except SecretfenceError as error:
        raise UsageError(f"{error}; {untouched}") from None
    assert raw is not None
    return raw


def _current_content(shown: str, named: str) -> Optional[bytes]:
    """The file as it is now; None when there is none (a dangling link is refused, not written through)."""
    if os.path.islink(named) and not os.path.exists(named):
        raise UsageError(f"{shown}: a symbolic link to a file that does not exist: --restore will not write through it; "
                         f"{named} left unchanged")
    raw, _ = read_regular_file(shown, os.path.realpath(named), False)
    return raw


def _keyring_password(lookup: Callable[[str, str], Optional[str]], keys: List[Tuple[str, str]], backup: str, line: int,
                      untouched: str) -> str:
    """The password every entry a marker names holds (they must agree: the file held one value)."""
    found = None
    for service, username in keys:
        password = lookup(service, username)
        if not password:
            raise KeyringError(f"the keyring holds no password for {service} (user {username}), which {backup} "
                               f"line {line} names: nothing restored; {untouched}")
        if found is not None and password != found:
            raise KeyringError(f"the keyring holds different passwords for the entries {backup} line {line} names, "
                               f"which the file held once: restore it by hand; {untouched}")
        found = password
    assert found is not None
    return found


def _rebuild(saved: Pypirc, values: Dict[int, List[str]], backup: str, untouched: str) -> Pypirc:
    try:
        text = replace_password_values(saved, values)
    except SecretfenceError:
        raise UsageError(f"{backup}: a password in the keyring does not fit where the backup holds its marker "
                         f"(a line break more or less, or spaces around it): restore it by hand; {untouched}") from None
    try:
        return parse_pypirc(text.encode("utf-8"), backup, path=backup)
    except SecretfenceError as error:
        raise UsageError(f"{error}; {untouched}") from None


def _plan_of_original(original: Pypirc, backup: str, untouched: str) -> FixPlan:
    """--fix's plan for the rebuilt file: what it would have written, and where its passwords go."""
    if not original.credentials:
        raise UsageError(f"{backup} holds no password moved to the keyring, so --fix did not write it; {untouched}")
    try:
        return plan_fix(original)
    except SecretfenceError:
        raise UsageError(f"{backup} is not a file --fix could have written (it would refuse to fix it): "
                         f"restore it by hand; {untouched}") from None


if __name__ == "__main__":
    raise SystemExit(handled(main))
