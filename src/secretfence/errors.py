"""Exit codes and the exceptions that map onto them, decided in one place."""
from __future__ import annotations

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


class ArchiveError(UnreadableInputError):
    """An artifact is corrupt, hostile, unsupported or over the size limits."""


class KeyringError(SecretfenceError):
    """No usable keyring backend, or it did not return what was stored."""


class WriteError(SecretfenceError):
    """A file secretfence rewrites could not be written; it is left as it was."""
