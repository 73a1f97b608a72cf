"""`secretfence credentials [--fix]`: plaintext publishing credentials in every store a publisher
reads (`.pypirc`, `~/.netrc`, pip.conf, uv's config files and its `uv auth login` store,
Poetry's, Hatch's and PDM's config files, the environment), and loose permissions on them.

Every store is read and parsed before anything is reported or changed: one that cannot be parsed
is a one-line error naming it (exit 2) and nothing is rewritten. `--fix` moves each credential
into the keyring entry its own tool reads, one file at a time and all or nothing for that file,
with `.pypirc`'s guarantees: the keyring is checked first (an entry holding another value is
never replaced), the backup (the old file with each moved value replaced by a marker naming its
keyring entry: no secret) is created exclusively and never overwritten, each value is stored and
read back, and only then is the file rewritten atomically, its mode kept. Where a tool cannot
read the keyring, or not for this credential, it says what to use instead and changes nothing.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, Tuple

from secretfence._dataclass import dataclass, field
from secretfence.atomic import atomic_write, create_exclusive
from secretfence.commands._common import emit
from secretfence.commands._options import EXIT_CODES, add_format, command_parser
from secretfence.errors import EXIT_CLEAN, EXIT_FINDINGS, KeyringError, SecretfenceError, handled
from secretfence.findings import HIGH, LOW, Finding
from secretfence.kinds.stored_credential import KIND
from secretfence.names import say
from secretfence.redact import Redactor, mask
from secretfence.report import ScanReport
from secretfence.stores import Credential, StoreFile, Where, environment, uv, uv_auth
from secretfence.stores._toml import still_held, with_values_replaced, without_key
from secretfence.stores.registry import read_all

if TYPE_CHECKING:
    from secretfence.keyring_store import KeyringStore

SUMMARY = "report (and --fix) plaintext publishing credentials in .pypirc, .netrc, pip, uv, Poetry, Hatch and PDM config"
BACKUP_SUFFIX = ".secretfence-backup"


def build_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "credentials",
        description="Report plaintext publishing credentials in every store a Python publisher reads: "
        "~/.pypirc (or --config-file), ~/.netrc (NETRC), pip.conf (PIP_CONFIG_FILE), uv.toml and [tool.uv] "
        "(UV_CONFIG_FILE), uv's credentials.toml written by `uv auth login` (UV_CREDENTIALS_DIR), "
        "Poetry's auth.toml/config.toml (POETRY_CONFIG_DIR), Hatch's config.toml (HATCH_CONFIG), "
        "PDM's config.toml (PDM_CONFIG_FILE) and pdm.toml, and publishing variables in the environment.",
        epilog="examples:\n  secretfence credentials\n  secretfence credentials --fix\n\n" + EXIT_CODES)
    parser.add_argument("--config-file", default=None, help="the .pypirc to check (default: ~/.pypirc)")
    parser.add_argument("--fix", action="store_true",
                        help="move each credential into the keyring entry its tool reads (a backup holding no "
                        "secret is kept beside each file rewritten); say what to use instead where a tool cannot")
    add_format(parser)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    return credentials(Where(env=dict(os.environ), project=os.getcwd()), config_file=args.config_file,
                       fix=args.fix, output_format=args.format)


def credentials(where: Where, *, config_file: Optional[str] = None, fix: bool = False, output_format: str = "text") -> int:
    from secretfence.sources.pypirc import read_pypirc

    # Everything is parsed before anything is reported or changed.
    pypirc = read_pypirc(config_file, required=config_file is not None)
    stores = read_all(where)
    in_environment = environment.credentials(where)
    if fix:
        return _fix_all(pypirc, config_file, stores, in_environment)
    report = ScanReport(command="credentials")
    report.files_scanned = len(stores) + (pypirc is not None)
    if pypirc is not None:
        from secretfence.commands._dist import permissions_note, pypirc_content_findings, pypirc_findings

        content = pypirc_content_findings(pypirc)
        report.findings.extend(pypirc_findings(pypirc, content=content))
        report.findings.extend(content)
        if pypirc.loosely_readable:
            report.notes.append(permissions_note(pypirc))
    for store in stores:
        report.findings.extend(store_findings(store))
        if store.loosely_readable and store.credentials:
            report.notes.append(permissions_text(store))
    report.warnings.extend(environment_finding(credential) for credential in in_environment)
    return emit(report, output_format)


def store_findings(store: StoreFile) -> List[Finding]:
    """One finding per plaintext credential in the store, and whatever else the detectors find in
    its text (a token in a comment): a file of credentials is no place for any secret."""
    from secretfence.engine import Engine

    redactor = Redactor(credential.secret for credential in store.credentials)
    findings = [credential_finding(credential).redacted(redactor) for credential in store.credentials]
    secrets = {credential.secret for credential in store.credentials}
    for finding in Engine().scan_bytes(store.path, store.raw).findings:
        if finding.secret not in secrets and not any(finding.secret and finding.secret in s for s in secrets):
            findings.append(finding.redacted(redactor))
    return findings


def credential_finding(credential: Credential, confidence: str = HIGH) -> Finding:
    user = f", user {credential.username}" if credential.username else ""
    if credential.keyring is not None:
        service, username = credential.keyring
        remedy = f"`secretfence credentials --fix` moves it to the keyring (service {service}, user {username})"
        if credential.keyring_note:
            remedy += f"; {credential.keyring_note}"
    else:
        remedy = credential.instead
    return Finding.create(
        type=KIND.secret_type, filename=credential.path, line_number=credential.line_number, secret=credential.secret,
        detector=KIND.rule_id, confidence=confidence,  # type: ignore[arg-type]
        description=f"plaintext {credential.tool} credential: {credential.where}{user}",
        remediation=remedy, details={"tool": credential.tool, "where": credential.where},
    )


def environment_finding(credential: Credential) -> Finding:
    """A credential in the environment: where CI keeps its secrets, so a warning, never a block."""
    return Finding.create(
        type=KIND.secret_type, filename="environment", line_number=0, secret=credential.secret, detector=KIND.rule_id,
        confidence=LOW, description=f"{credential.where} holds a {credential.tool} credential",
        remediation=credential.instead, details={"tool": credential.tool, "where": credential.where})


def environment_note(credential: Credential) -> str:
    return (f"environment: {credential.where} holds a {credential.tool} credential ({mask(credential.secret)}): "
            f"{credential.instead}")


def permissions_text(store: StoreFile) -> str:
    return f"{store.path} is readable by group/others (mode {store.mode:04o}): run `chmod 600 {store.path}`"


# --- --fix ---------------------------------------------------------------------------------------


@dataclass
class FilePlan:
    store: StoreFile
    moved: List[Credential] = field(default_factory=list)
    left: List[Tuple[Credential, str]] = field(default_factory=list)  # (credential, why it stays)
    new_text: str = field(default="", repr=False)
    backup_text: str = field(default="", repr=False)


def plan_file(store: StoreFile) -> FilePlan:
    """Which credentials of the file can be moved, and the file without them: each removal is
    checked by parsing the result (the file must read as before, without that value)."""
    plan = FilePlan(store, new_text=store.text, backup_text=store.text)
    try:
        links = os.stat(store.real).st_nlink
    except OSError:
        links = 1
    if links > 1:
        # The rewrite replaces this name only: the file's other name (a hard link) would keep every
        # value in plaintext while the output says it moved.
        plan.left = [(credential, credential.instead or f"the file has {links - 1} other name(s) (hard links) that "
                      "a rewrite would leave holding it: move it by hand, or replace the links with one file")
                     for credential in store.credentials]
        return plan
    current = StoreFile(store.tool, store.path, store.real, store.raw, store.text, store.mode, store.fmt,
                        store.credentials, store.data)
    for credential in store.credentials:
        if credential.keyring is None:
            plan.left.append((credential, credential.instead))
            continue
        if store.tool == uv.TOOL:
            new_text = uv.without_password(current, credential)
        elif store.tool == uv_auth.TOOL:
            new_text = uv_auth.without_entry(store, current, credential)
        else:
            new_text = without_key(current.text, current.data, [str(part) for part in credential.key], store.path)
        if new_text is None:
            plan.left.append((credential, "its line cannot be removed without changing anything else "
                              "(an inline table, a multi-line string, a repeated value): move it by hand"))
            continue
        from secretfence.stores._toml import load

        current.text, current.data = new_text, load(new_text, store.path)
        plan.moved.append(credential)
    plan.new_text = current.text
    # The rewrite must hold none of the values moved, anywhere (a second key, a comment): else the
    # file is left whole, each credential reported to move by hand (never "moved" while plaintext stays).
    remaining = {credential.secret for credential in plan.moved if credential.secret in plan.new_text}
    if remaining:
        for credential in plan.moved:
            plan.left.append((credential, "its value is in the file a second time (another key or a comment): move it "
                              "by hand" if credential.secret in remaining else "the file holds another value moved a "
                              "second time (another key or a comment), so it is left unchanged: move it by hand"))
        plan.moved = []
        plan.new_text = store.text
    service_marks = {credential.secret: marker(credential) for credential in plan.moved}
    backup = store.text
    if store.fmt == "toml":
        # A value written with escapes (`uv auth login` writes a tab as `\t`) or over several lines
        # is not found as it reads: each `key = value` holding one is replaced whole.
        backup = with_values_replaced(backup, service_marks)
    for secret, mark in sorted(service_marks.items(), key=lambda item: -len(item[0])):
        backup = backup.replace(secret, mark)
    if store.fmt == "toml" and plan.moved:
        # Neither the rewrite nor the backup may still yield a moved value once parsed (an
        # escaped spelling the text search misses): else nothing moves from this file.
        moved = [credential.secret for credential in plan.moved]
        in_backup, in_rewrite = still_held(backup, moved), still_held(plan.new_text, moved)
        if in_backup is None or in_backup or in_rewrite is None or in_rewrite:
            for credential in plan.moved:
                plan.left.append((credential, "the file spells a value moved in a form secretfence cannot take out "
                                  "whole (escapes, another key): move it by hand"))
            plan.moved, plan.new_text, plan.backup_text = [], store.text, store.text
            return plan
    plan.backup_text = _masked_rest(store, backup, set(service_marks))
    return plan


def _masked_rest(store: StoreFile, backup: str, moved: set) -> str:
    """The backup with every other secret of the file masked too (a credential left in place,
    a token in a comment, a user name or a service URL the detectors recognise): they are in
    the file itself, or were removed with an entry; a backup holds none whole."""
    from secretfence.engine import Engine

    others = {credential.secret for credential in store.credentials} - moved
    others |= {finding.secret for finding in Engine().scan_bytes(store.path, store.raw).findings if finding.secret}
    for secret in sorted(others - moved, key=len, reverse=True):
        if len(secret) >= 4:
            backup = backup.replace(secret, mask(secret))
    return backup


def marker(credential: Credential) -> str:
    assert credential.keyring is not None
    service, username = credential.keyring
    return f"<in keyring: service {service}, user {username}>"


def _fix_all(pypirc: object, config_file: Optional[str], stores: List[StoreFile], in_environment: List[Credential]) -> int:
    from secretfence.keyring_store import KeyringStore

    remaining = 0
    plans = [plan_file(store) for store in stores if store.credentials]
    fixing = [plan for plan in plans if plan.moved]
    pypirc_credentials = pypirc is not None and bool(getattr(pypirc, "credentials", None))
    if fixing or pypirc_credentials:
        keyring = KeyringStore(untouched="every store")
        if not pypirc_credentials:  # the .pypirc fix says it (once) itself
            _warn_plaintext_keyring(keyring)
        _preflight(keyring, fixing, pypirc if pypirc_credentials else None)
    if pypirc_credentials:
        from secretfence.commands.pypirc import pypirc as fix_pypirc

        fix_pypirc(config_file=config_file, fix=True)
    for plan in fixing:
        _fix_file(plan)
    for plan in plans:
        for credential, why in plan.left:
            remaining += 1
            say(f"secretfence: {credential.path}: {credential.tool} {credential.where} "
                f"({mask(credential.secret)}) left in place: {why}")
        if plan.left and plan.store.loosely_readable:
            os.chmod(plan.store.real, plan.store.mode & 0o700)
            say(f"secretfence: {plan.store.path}: permissions set to {plan.store.mode & 0o700:04o}")
    for credential in in_environment:
        say(f"secretfence: {environment_note(credential)}")
    if not plans and not in_environment and not pypirc_credentials:
        say("secretfence: no plaintext publishing credentials found: nothing to fix")
    return EXIT_FINDINGS if remaining else EXIT_CLEAN


def _preflight(keyring: "KeyringStore", plans: List[FilePlan], pypirc: object = None) -> None:
    """Everything that would stop a file's fix, checked for every file (the .pypirc's plan
    included) before any changes: an entry the keyring (or another store) holds with another
    value, a backup already there."""
    wanted: Dict[Tuple[str, str], Tuple[str, str]] = {}  # entry -> (value, the file wanting it)
    if pypirc is not None:
        from secretfence.commands.pypirc import BACKUP_SUFFIX as PYPIRC_BACKUP_SUFFIX
        from secretfence.commands.pypirc import _check_backup, _check_keyring, plan_fix

        pypirc_plan = plan_fix(pypirc)  # type: ignore[arg-type]
        path = getattr(pypirc, "path")
        _check_keyring(keyring, pypirc_plan, path)
        _check_backup(getattr(pypirc, "named") + PYPIRC_BACKUP_SUFFIX, pypirc_plan.backup_text.encode("utf-8"),
                      pypirc)  # type: ignore[arg-type]
        for entry in pypirc_plan.entries:
            wanted.setdefault((entry.service, entry.username), (entry.password, path))
    for plan in plans:
        for credential in plan.moved:
            assert credential.keyring is not None
            service, username = credential.keyring
            earlier = wanted.setdefault(credential.keyring, (credential.secret, plan.store.path))
            if earlier[0] != credential.secret:
                raise KeyringError(f"{earlier[1]} and {plan.store.path} hold different values for the same keyring "
                                   f"entry ({service}, user {username}): move one by hand; nothing changed")
            current = keyring.get(service, username)
            if current is not None and current != credential.secret:
                raise KeyringError(f"the keyring already holds a different value for {service} (user {username}): "
                                   f"secretfence never replaces one; compare them by hand; nothing changed")
        backup = _backup_path(plan.store)
        if os.path.lexists(backup):
            raise SecretfenceError(f"{backup} already exists: secretfence never overwrites a backup; move it away "
                                   "first; nothing changed")


def _backup_path(store: StoreFile) -> str:
    return os.path.abspath(os.path.expanduser(store.path)) + BACKUP_SUFFIX


def _warn_plaintext_keyring(keyring: object) -> None:
    from secretfence.keyring_store import readable_by_others

    plaintext = keyring.plaintext_storage()  # type: ignore[attr-defined]
    if plaintext is None:
        return
    where = plaintext.path or "a file"
    if plaintext.path and readable_by_others(plaintext.path):
        raise KeyringError(f"the keyring ({plaintext.backend}) stores passwords in plaintext at {where}, which group "
                           "or others can read: chmod 600 it or choose another backend; nothing changed")
    say(f"secretfence: warning: the keyring ({plaintext.backend}) stores passwords in plaintext at {where}",
        file=sys.stderr)


def _fix_file(plan: FilePlan) -> None:
    """All or nothing for one file: keyring checked, backup created exclusively, each value
    stored and read back, then the atomic rewrite; on failure the entries created and the
    backup are removed again. uv's credential store is rewritten under uv's own lock, once
    checked unchanged since it was read."""
    if plan.store.tool == uv_auth.TOOL:
        with uv_auth.locked(plan.store):
            _fix_file_now(plan)
    else:
        _fix_file_now(plan)


def _content_of(path: str, limit: int) -> Optional[bytes]:
    """Up to `limit` bytes of a file, or None when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(limit)
    except OSError:
        return None


def _fix_file_now(plan: FilePlan) -> None:
    from secretfence.keyring_store import KeyringStore

    store = plan.store
    keyring = KeyringStore(untouched=store.path)
    already: Dict[Tuple[str, str], bool] = {}
    for credential in plan.moved:
        assert credential.keyring is not None
        current = keyring.get(*credential.keyring)
        if current is not None and current != credential.secret:
            service, username = credential.keyring
            raise KeyringError(f"the keyring already holds a different value for {service} (user {username}): "
                               f"secretfence never replaces one; compare them by hand; {store.path} left unchanged")
        already[credential.keyring] = current is not None
    backup = _backup_path(store)
    # A byte order mark the file starts with is kept in both (read_store drops it from the text).
    bom = b"\xef\xbb\xbf" if store.raw.startswith(b"\xef\xbb\xbf") else b""
    try:
        create_exclusive(backup, bom + plan.backup_text.encode("utf-8"))
    except FileExistsError:
        raise SecretfenceError(f"{backup} already exists: secretfence never overwrites a backup; "
                               f"move it away first; {store.path} left unchanged") from None
    except OSError as error:
        raise SecretfenceError(f"{backup}: cannot create the backup ({error.strerror}); {store.path} left unchanged") from None
    new_content = bom + plan.new_text.encode("utf-8")
    try:
        for credential in plan.moved:
            assert credential.keyring is not None
            if not already[credential.keyring]:
                keyring.store(credential.keyring[0], credential.keyring[1], credential.secret)
        # The owner's permissions are kept; group and others lose theirs on a file of credentials.
        atomic_write(store.real, new_content, private=store.loosely_readable)
    except BaseException:
        if _content_of(store.real, len(new_content) + 1) == new_content:
            # Interrupted (Ctrl-C) after the rename: the file no longer holds the values, the
            # keyring is the only place left that does. Keep the entries and the backup.
            raise
        keyring.undo()
        try:
            os.unlink(backup)
        except OSError:
            pass
        raise
    for credential in plan.moved:
        assert credential.keyring is not None
        service, username = credential.keyring
        state = "already in the keyring" if already[credential.keyring] else "moved to the keyring"
        note = f"; {credential.keyring_note}" if credential.keyring_note else ""
        say(f"secretfence: {store.path}: {credential.tool} {credential.where} {state} "
            f"(service {service}, user {username}){note}")
    say(f"secretfence: {store.path} rewritten without them (mode {os.stat(store.real).st_mode & 0o777:04o}); "
        f"the old file is kept at "
        f"{backup} (mode 0600), each value replaced by its keyring entry")


if __name__ == "__main__":
    raise SystemExit(handled(main))
