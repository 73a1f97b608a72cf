"""`secretfence detect-secrets …`: detect-secrets' own command line, with secretfence's detectors.

Installing secretfence changes nothing in detect-secrets: plain `detect-secrets` never sees
secretfence's plugins. Two explicit routes bring them in when a project wants them:

- `secretfence detect-secrets scan|audit ARGS` runs detect-secrets' `detect-secrets` command and
  `secretfence detect-secrets hook ARGS` its `detect-secrets-hook`, in this process, with
  secretfence's plugins registered for this run only. They read a secretfence baseline, whose
  `plugins_used` names `Secretfence…` plugins by class name.
- `detect-secrets scan $(secretfence detect-secrets --plugin-args) …` loads them into plain
  detect-secrets through its documented `--plugin FILE` option; `--plugin-paths` lists the files.

Arguments after `detect-secrets` (or `hook`) are detect-secrets', unchanged, and so are its
output and exit codes.
"""
from __future__ import annotations

import os
import sys
from typing import Callable, List, Optional, Sequence

from secretfence.errors import EXIT_CLEAN, SecretfenceError, UsageError, handled

SUMMARY = "run detect-secrets' own scan, audit or hook with secretfence's detectors among its plugins"
HOOK = "hook"

HELP = """\
usage: secretfence detect-secrets scan|audit [ARGS...]
       secretfence detect-secrets hook [ARGS...]
       secretfence detect-secrets --plugin-args | --plugin-paths

Run detect-secrets' own command line with secretfence's detectors (SecretfencePypiTokenDetector,
SecretfenceAwsDetector, SecretfenceRedisDetector, SecretfenceTelegramDetector) among its plugins,
for this run only. Installing secretfence changes nothing in plain `detect-secrets`.

  scan, audit       detect-secrets' `detect-secrets scan` / `detect-secrets audit`, with its options
  hook              detect-secrets' pre-commit hook, `detect-secrets-hook`, with its options
  --plugin-args     print `--plugin FILE` for each detector's plugin file, for plain detect-secrets:
                      detect-secrets scan $(secretfence detect-secrets --plugin-args) ...
  --plugin-paths    print the plugin files' paths, one per line

examples:
  secretfence detect-secrets audit --stats baseline/secrets.baseline
  secretfence detect-secrets hook --no-verify --baseline baseline/secrets.baseline app.py
  secretfence detect-secrets scan --baseline baseline/secrets.baseline

Output and exit codes are detect-secrets'. Give detect-secrets' hook --no-verify: without it,
detect-secrets sends secrets to their services to verify them.
"""


def main(argv: Optional[Sequence[str]] = None) -> int:
    arguments: List[str] = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        raise UsageError("detect-secrets: name a command: scan, audit, hook (detect-secrets-hook), "
                         "--plugin-args or --plugin-paths (see `secretfence detect-secrets --help`)")
    first = arguments[0]
    if first in ("-h", "--help"):
        sys.stdout.write(HELP)
        return EXIT_CLEAN
    if first in ("--plugin-args", "--plugin-paths"):
        if len(arguments) > 1:
            raise UsageError(f"detect-secrets: {first} takes no arguments")
        print_plugin_files(as_options=first == "--plugin-args")
        return EXIT_CLEAN
    if first == HOOK:
        return run_detect_secrets("detect-secrets-hook", arguments[1:])
    return run_detect_secrets("detect-secrets", arguments)


def print_plugin_files(*, as_options: bool) -> None:
    from secretfence.compat.detect_secrets.registration import plugin_files

    for path in plugin_files():
        sys.stdout.write(f"--plugin {path}\n" if as_options else f"{path}\n")


def run_detect_secrets(program: str, arguments: List[str]) -> int:
    """detect-secrets' `detect-secrets` or `detect-secrets-hook` main, with our plugins registered."""
    from secretfence.compat.detect_secrets.registration import registered

    entry: Callable[[List[str]], int]
    if program == "detect-secrets-hook":
        from detect_secrets.pre_commit_hook import main as entry
    else:
        from detect_secrets.main import main as entry
    saved_program = sys.argv[0] if sys.argv else None
    try:
        with registered():
            if saved_program is not None:
                sys.argv[0] = program  # argparse's usage lines name the command the user knows
            return entry(arguments)
    except SystemExit as exit_request:  # argparse: --help, --version, a usage error already printed
        return _exit_code(exit_request.code)
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as error:  # detect-secrets' own failure; it has logged its reason, if any
        if os.environ.get("SECRETFENCE_DEBUG"):
            raise
        raise SecretfenceError(
            f"{program} stopped with {type(error).__name__} (its own messages, if any, are above; "
            "SECRETFENCE_DEBUG=1 shows the traceback)"
        ) from None
    finally:
        if saved_program is not None:
            sys.argv[0] = saved_program


def _exit_code(code: object) -> int:
    if code is None:
        return EXIT_CLEAN
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")  # what the interpreter does with SystemExit("text")
    return 1


if __name__ == "__main__":
    raise SystemExit(handled(main))
