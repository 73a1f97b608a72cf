"""Exit codes and the exceptions that map onto them, decided in one place."""
from __future__ import annotations

from typing import Optional

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


class SecretfenceError(Exception):
    """An expected, user-facing failure: reported as one line, exit code 2.

    Messages must never contain a secret; callers pass redacted values only.
    """

    exit_code = EXIT_ERROR


class UsageError(SecretfenceError):
    """The command line or configuration asks for something impossible."""


class ConfigError(SecretfenceError):
    """`[tool.secretfence]` in pyproject.toml is malformed."""


class UnreadableInputError(SecretfenceError):
    """A file, blob or archive that was asked for cannot be read or decoded.

    The scan fails closed: scanning less than asked and passing would hide secrets.
    """


class BaselineError(SecretfenceError):
    """The baseline file is missing, malformed, or names plugins that cannot be loaded."""


def describe_archive_problem(archive: str, member: Optional[str], reason: str) -> str:
    """One line about an archive or one of its members: `archive: reason`, or
    `archive: member 'name' reason`. Names are separate fields, never part of a reason: a member
    name can carry a secret, so every output renders them here, from the fields."""
    if member is None:
        return f"{archive}: {reason}"
    return f"{archive}: member {member!r} {reason}"


def describe_within(shown: str, archive: str, member: Optional[str], reason: str) -> str:
    """The same line, under a name already shown (an artifact's, a file's): without repeating it."""
    text = describe_archive_problem(archive, member, reason)
    return text[len(shown) + 2:] if archive == shown else text


class ArchiveError(UnreadableInputError):
    """An artifact is refused: hostile, unsupported, not a regular file or over the size limits.

    `archive` is the display name of the archive (`dist/p.whl`, nested `dist/p.whl!p/data.zip`),
    `member` the name of the member concerned inside it (or None), `reason` why, with no name in it.
    """

    def __init__(self, archive: str, reason: str, member: Optional[str] = None) -> None:
        self.archive = archive
        self.member = member
        self.reason = reason
        super().__init__(describe_archive_problem(archive, member, reason))


class KeyringError(SecretfenceError):
    """No usable keyring backend, or it did not return what was stored."""


class WriteError(SecretfenceError):
    """A file secretfence rewrites could not be written; it is left as it was."""


class PluginLoadError(SecretfenceError):
    """A configured plugin or filter cannot be loaded: one clear error, wherever it is noticed."""
