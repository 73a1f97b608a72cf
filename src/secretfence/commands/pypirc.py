"""`secretfence pypirc [--fix]`: plaintext passwords and loose permissions in a .pypirc."""
from __future__ import annotations

import os
import shutil
from typing import List, Optional

from secretfence.baseline import atomic_write
from secretfence.commands._common import emit
from secretfence.commands._dist import permissions_note, pypirc_findings
from secretfence.errors import EXIT_CLEAN, KeyringError, UsageError
from secretfence.report import ScanReport
from secretfence.sources.pypirc import TOKEN_USERNAME, Credential, Pypirc, read_pypirc, without_passwords

BACKUP_SUFFIX = ".secretfence-backup"


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
    return emit(report, output_format)


def _fix(parsed: Pypirc) -> int:
    plain: List[Credential] = [c for c in parsed.credentials if c.origin in ("password", "server-login")]
    if any(c.origin == "repository-url" for c in parsed.credentials):
        raise UsageError(f"{parsed.path}: a repository URL holds user:password@; remove it by hand first")
    if not plain:
        if parsed.loosely_readable:
            os.chmod(parsed.path, 0o600)
            print(f"secretfence: {parsed.path}: no plaintext passwords; permissions set to 0600")
        else:
            print(f"secretfence: {parsed.path}: nothing to fix")
        return EXIT_CLEAN
    keyring = _keyring()
    stored = []
    for credential in plain:
        username = credential.username or (TOKEN_USERNAME if credential.password.startswith("pypi-") else None)
        if not username:
            raise UsageError(f"[{credential.section}] has no username to store its password under in the keyring; add one")
        try:
            keyring.set_password(credential.repository, username, credential.password)
            ok = keyring.get_password(credential.repository, username) == credential.password
        except Exception as error:  # keyring backends raise their own types
            raise KeyringError(f"keyring could not store the password ({type(error).__name__}); {parsed.path} left untouched") from None
        if not ok:
            raise KeyringError(f"keyring did not return the stored password; {parsed.path} left untouched")
        stored.append((credential.section, username, credential.repository))
    sections = sorted({c.section for c in plain} | ({"server-login"} if any(c.origin == "server-login" for c in plain) else set()))
    backup = parsed.path + BACKUP_SUFFIX
    shutil.copy2(parsed.path, backup)
    os.chmod(backup, 0o600)
    atomic_write(parsed.path, without_passwords(parsed.text, sections))
    os.chmod(parsed.path, 0o600)
    for section, username, repository in stored:
        print(f"secretfence: [{section}] password moved to the keyring (service {repository}, user {username})")
    print(f"secretfence: {parsed.path} rewritten without passwords (mode 0600); the old file is at {backup} "
          "(mode 0600): delete it once an upload works")
    return EXIT_CLEAN


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        raise KeyringError("the keyring package is not installed: pip install 'secretfence[upload]'") from None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringError("no keyring backend is available (see `keyring --list-backends`); .pypirc left untouched")
    return keyring



