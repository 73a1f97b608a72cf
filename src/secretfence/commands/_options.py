"""What the commands' parsers share: the one-line error parser, option groups and argparse types.

Light on purpose: `secretfence --help` and every command import it before anything is scanned.
"""
from __future__ import annotations

import argparse
import math
import os
import re
import sys
from typing import TYPE_CHECKING, List, NoReturn, Optional, Sequence, Tuple

from secretfence.errors import EXIT_ERROR

if TYPE_CHECKING:
    from secretfence.commands._common import VerifyRequest

EXIT_CODES = "exit codes: 0 nothing new found, 1 secrets found (blocked), 2 usage error or unreadable input"
FORMATS = ("text", "json", "sarif")


class Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, without `shutil` (and its bz2 and lzma): every parser builds one per
    `add_argument`, so every run of the hook imported them for the terminal's width."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: Optional[int] = None) -> None:
        if width is None:
            width = terminal_columns() - 2  # as argparse: the width less 2
        super().__init__(prog, indent_increment, max_help_position, width)


def terminal_columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns


class OneLineErrorParser(argparse.ArgumentParser):
    """Usage errors as one line (`secretfence: error: …`), exit 2, like every other error.

    `leftovers_help`: the program whose --help an unrecognized argument points to (default: this
    parser's own). The commands were once subparsers of `secretfence`, whose parser reported
    their leftover arguments against `secretfence --help`; they still do.
    """

    leftovers_help: Optional[str] = None

    def error(self, message: str) -> NoReturn:
        self._fail(message, self.prog)

    def parse_args(self, args: Optional[Sequence[str]] = None,  # type: ignore[override]
                   namespace: Optional[argparse.Namespace] = None) -> argparse.Namespace:
        parsed, leftovers = self.parse_known_args(args, namespace)
        if leftovers:
            self._fail(f"unrecognized arguments: {' '.join(leftovers)}", self.leftovers_help or self.prog)
        return parsed

    def _fail(self, message: str, program: str) -> NoReturn:
        from secretfence.names import scrub

        # argparse quotes the value it rejects (`invalid choice: '…'`): it may be a secret pasted there.
        self.exit(EXIT_ERROR, scrub(f"secretfence: error: {message} (see `{program} --help`)") + "\n")


def command_parser(name: str, *, description: Optional[str] = None, epilog: Optional[str] = None) -> OneLineErrorParser:
    """The parser of `secretfence NAME`."""
    parser = OneLineErrorParser(prog=f"secretfence {name}", description=description, epilog=epilog,
                                formatter_class=Formatter)
    parser.leftovers_help = "secretfence"
    return parser


def split_paths(arguments: Sequence[str], *, staged_hook: bool = False) -> Tuple[List[str], List[str]]:
    """(a path-taking command's arguments for argparse, paths it must not read as options).

    After `--` every argument is a path (argparse alone rejects `scan a -- b`). With
    `staged_hook` (scan) and `--staged` given (the hook: pre-commit appends the staged files'
    names to the entry), an argument that names a file on disk or in the git index is a path
    even where it looks like an option: a staged file named `--help` or `--no-baseline` is
    scanned, not obeyed. The first `--staged` is the entry's own flag.
    """
    arguments = list(arguments)
    cut = arguments.index("--") if "--" in arguments else len(arguments)
    head, paths = arguments[:cut], arguments[cut + 1 :]
    if not staged_hook or "--staged" not in head:
        return head, paths
    flag = head.index("--staged")
    # `--` itself may be a staged file's name too: then it is scanned as well.
    dashed = [a for position, a in enumerate(arguments[: cut + 1]) if a.startswith("-") and position != flag]
    named = {a for a in dashed if os.path.lexists(a)}
    if len(named) < len(dashed):
        from secretfence.sources.git_staged import in_index

        named |= in_index([a for a in dashed if a not in named])
    moved = {position for position, a in enumerate(head) if position != flag and a in named}
    kept = [a for position, a in enumerate(head) if position not in moved]
    named_paths = [head[position] for position in sorted(moved)]
    return kept, named_paths + (["--"] if cut < len(arguments) and "--" in named else []) + paths


def parse_with_paths(parser: argparse.ArgumentParser, argv: Optional[Sequence[str]], *,
                     staged_hook: bool = False) -> argparse.Namespace:
    """`parser`'s arguments (argv, default sys.argv[1:]), with split_paths()' paths added to
    `paths` after those argparse found."""
    options, paths = split_paths(sys.argv[1:] if argv is None else argv, staged_hook=staged_hook)
    args = parser.parse_args(options)
    if paths:
        args.paths = [*(args.paths or []), *paths]
    return args


def positive_seconds(text: str) -> float:
    """argparse type: a finite number of seconds above zero."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


_SIZE_UNITS = {"": 1, "B": 1, "K": 1 << 10, "KB": 1000, "KIB": 1 << 10, "M": 1 << 20, "MB": 1000 ** 2,
               "MIB": 1 << 20, "G": 1 << 30, "GB": 1000 ** 3, "GIB": 1 << 30}


def byte_size(text: str) -> int:
    """argparse type: a size above zero, in bytes or with a unit (500M, 2GiB, 100MB)."""
    match = re.fullmatch(r"\s*([0-9]+)\s*([A-Za-z]*)\s*", text)
    scale = _SIZE_UNITS.get(match.group(2).upper()) if match else None
    if match is None or scale is None or int(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError("must be a size above zero, in bytes or with a unit: 500M, 2G, 100MB")
    return int(match.group(1)) * scale


def positive_count(text: str) -> int:
    """argparse type: a whole number above zero."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a whole number above zero")
    return value


def add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--json", dest="format", action="store_const", const="json", help="same as --format json")


def add_baseline(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--baseline", metavar="FILE", help="suppress findings already in this baseline "
                       "(default: [tool.secretfence] baseline, else baseline/secrets.baseline if present)")
    group.add_argument("--no-baseline", action="store_true", help="report every finding")


def add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=positive_count, default=None, metavar="N",
                        help="processes for large scans (default: CPU count)")


def verify_help() -> str:
    from secretfence.kinds import REGISTRY

    variables = ", ".join(REGISTRY.endpoint_variables().values())
    return (
        "Nothing is sent anywhere unless you ask: --verify, SECRETFENCE_VERIFY=1, or verify = true in your "
        "user config ($XDG_CONFIG_HOME/secretfence/config.toml, default ~/.config/secretfence/config.toml). "
        "The scanned project cannot turn verification on nor choose where secrets go: its pyproject.toml "
        f"may not set verify or endpoints. Service URLs: {variables}, or [endpoints] in the user config. "
        "Each secret goes only to its own service."
    )


def _verifiable_kinds() -> str:
    from secretfence.kinds import REGISTRY

    names = [kind.secret_type for kind in REGISTRY if kind.verifier is not None]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def add_verify(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("live verification (opt-in; sends each secret only to its own service)",
                                      verify_help())
    group.add_argument("--verify", action="store_true", default=None,
                       help=f"check {_verifiable_kinds()} against their services")
    group.add_argument("--no-verify", dest="verify", action="store_false",
                       help="never verify, whatever the environment or your user config says")
    group.add_argument("--verify-timeout", type=positive_seconds, default=None, metavar="SECONDS",
                       help="total time for one check, connection and answer included (default: 5)")
    group.add_argument("--verify-deadline", type=positive_seconds, default=None, metavar="SECONDS",
                       help="total time for all checks; those not done by then are unknown (default: 30)")
    group.add_argument("--verify-allow-internal", action="store_true", default=None,
                       help="let hosts named in scanned files (Redis and database URIs) be loopback, private or other "
                       "internal addresses (refused by default; also SECRETFENCE_VERIFY_ALLOW_INTERNAL=1)")
    group.add_argument("--redis-host", metavar="HOST[:PORT]", help="where to check Redis passwords that name no host")


def verify_request(args: argparse.Namespace) -> "VerifyRequest":
    """The add_verify() options as a VerifyRequest; refused when a pre-commit hook's arguments
    (the repository's words) turn verification on."""
    from secretfence.commands._common import VerifyRequest, refuse_repository_arguments

    refuse_repository_arguments(verify=args.verify is True, allow_internal=bool(args.verify_allow_internal),
                                redis_host=args.redis_host is not None)
    return VerifyRequest(enabled=args.verify, timeout=args.verify_timeout, deadline=args.verify_deadline,
                         redis_host=args.redis_host, allow_internal=args.verify_allow_internal)
