"""`secretfence COMMAND ARGS`: dispatch only. Each command module parses its own arguments.

`COMMANDS` names each command's module; its `main(argv) -> int` gets everything after the
command's name, and its `SUMMARY` is the line `secretfence --help` shows for it. Every run goes
through errors.handled(): one line and an exit code for any failure, never a traceback.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import sys
from typing import Any, List, NoReturn, Optional, Sequence

from secretfence import __version__
from secretfence._collector import freeze_after_set_up, setting_up
from secretfence.commands._options import EXIT_CODES, Formatter, OneLineErrorParser
from secretfence.errors import handled

COMMANDS = {
    "scan": "secretfence.commands.scan",
    "check-dist": "secretfence.commands.check_dist",
    "check-released": "secretfence.commands.check_released",
    "upload": "secretfence.commands.upload",
    "publish": "secretfence.commands.publish",
    "detect-secrets": "secretfence.commands.detect_secrets",
    "credentials": "secretfence.commands.credentials",
    "pypirc": "secretfence.commands.pypirc",
    "baseline": "secretfence.commands.baseline",
    "audit": "secretfence.commands.audit",
}
# detect-secrets' own command line imports all of detect-secrets anyway: nothing to defer.
_IMPORTS_EVERYTHING = frozenset({"detect-secrets"})


class _VersionAction(argparse.Action):
    """--version, naming the scanner too and why it is the one: the compiled one is built only
    where the install found a C compiler (and not into a pure-Python wheel), and its absence
    explains a slow scan of a large artifact."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: Optional[str] = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> NoReturn:
        from secretfence.prefilter.search import SCANNER_DESCRIPTION

        sys.stdout.write(f"secretfence {__version__} ({SCANNER_DESCRIPTION})\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """`secretfence` itself: --help (the commands and their summaries), --version, and the usage
    error for a missing or unknown command. A command's arguments are its own parser's."""
    parser = OneLineErrorParser(
        prog="secretfence",
        description="Stop credentials leaving a Python project through commits and package uploads.",
        epilog=EXIT_CODES,
        formatter_class=Formatter,
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and which scanner runs, and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineErrorParser)
    commands.required = True
    for name, module in COMMANDS.items():
        listed = commands.add_parser(name, help=importlib.import_module(module).SUMMARY, add_help=False)
        listed.add_argument("arguments", nargs=argparse.REMAINDER)
    return parser


def run(command: str, arguments: List[str]) -> int:
    """`secretfence COMMAND ARGUMENTS`, without the error handling of main()."""
    return int(_imported(COMMANDS[command]).main(arguments))


def _imported(name: str) -> Any:
    """Import a command's module without the cyclic garbage collector (secretfence._collector: the
    hook's imports make about 16,000 objects and no garbage worth a collection)."""
    with setting_up():
        return importlib.import_module(name)


def main(argv: Optional[Sequence[str]] = None) -> int:
    arguments: List[str] = list(sys.argv[1:] if argv is None else argv)
    command = arguments[0] if arguments else ""
    if command not in _IMPORTS_EVERYTHING:
        from secretfence.compat.detect_secrets.imports import defer_startup_imports

        defer_startup_imports()
    if command in COMMANDS:
        return handled(lambda: run(command, arguments[1:]))
    return handled(lambda: _from_parser(arguments))


def program() -> int:
    """The `secretfence` program (its console script, `python -m secretfence`): main(), then
    every object left is frozen, so that the collections the interpreter runs as it exits do
    not walk them (about 6 ms of every commit hook's run). Not for callers in a process that
    goes on: frozen objects are never collected."""
    freeze_after_set_up()
    code = main()
    gc.freeze()
    return code


def _from_parser(arguments: List[str]) -> int:
    """No command first: --help, --version or a usage error (argparse exits); a command it finds
    after all (`-- scan` on some Pythons) runs with the arguments after it."""
    parsed = build_parser().parse_args(arguments)
    return run(parsed.command, parsed.arguments)


if __name__ == "__main__":
    raise SystemExit(program())
