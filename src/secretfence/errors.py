"""Exit codes and the exceptions that map onto them, decided in one place."""
from __future__ import annotations

import os
import sys
from typing import Callable, Optional

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
    return f"{archive}: {_member_problem(member, reason)}"


def describe_within(shown: str, archive: str, member: Optional[str], reason: str) -> str:
    """The same line, under a name already shown (an artifact's, a file's): without repeating it."""
    return _member_problem(member, reason) if archive == shown else describe_archive_problem(archive, member, reason)


def _member_problem(member: Optional[str], reason: str) -> str:
    return reason if member is None else f"member {member!r} {reason}"


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


def handled(run: Callable[[], int]) -> int:
    """Run a command; every failure becomes one line on stderr and an exit code, never a traceback.

    A SecretfenceError: its message, scrubbed (secretfence.names.scrub: a name in it may hold a
    secret, a control character is escaped), and its exit code. argparse's
    exit (--help, a usage error it has printed): its code. Ctrl-C: 130. An OSError nothing
    handled (a full disk under the report): the system's reason, exit 2. Anything else is a bug:
    its type only (its text may quote a secret), exit 2; SECRETFENCE_DEBUG=1 lets it through.
    """
    try:
        return run()
    except SystemExit as exit_request:
        return exit_request.code if isinstance(exit_request.code, int) else EXIT_ERROR
    except SecretfenceError as error:
        from secretfence.names import scrub

        # Messages name files, members and settings; a name can hold a secret (secretfence.names).
        print(scrub(f"secretfence: error: {error}"), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("secretfence: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_ERROR
    except OSError as error:
        if os.environ.get("SECRETFENCE_DEBUG"):
            raise
        # A full disk or a failing device, most often under the report (stdout redirected to a
        # full file system): not a bug, and "nothing was written" would be false when a store was
        # already rewritten. The system's reason only (the exception's text names a file, which
        # may hold a secret); what secretfence rewrites is replaced whole or left as it was.
        reason = os.strerror(error.errno) if error.errno else type(error).__name__
        print(
            f"secretfence: error: {reason}; the run stopped there (a file secretfence rewrites "
            "is replaced whole or left as it was)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as error:  # never a traceback, never exception text that may hold a secret
        if os.environ.get("SECRETFENCE_DEBUG"):
            raise
        print(
            f"secretfence: internal error ({type(error).__name__}); nothing was uploaded or written. "
            "Re-run with SECRETFENCE_DEBUG=1 for details and report it.",
            file=sys.stderr,
        )
        return EXIT_ERROR
