"""Command line: argparse and dispatch only, inside one error handler."""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import math
import os
import sys
import types
from typing import Callable, Dict, List, NoReturn, Optional, Sequence, Tuple

from secretfence import __version__
from secretfence.errors import EXIT_ERROR, EXIT_INTERRUPTED, SecretfenceError

EXIT_CODES = "exit codes: 0 nothing new found, 1 secrets found (blocked), 2 usage error or unreadable input"


class _DeferredModule(types.ModuleType):
    """Stands in for a module until one of its attributes is used, then imports the real one.

    detect-secrets imports `requests` in every plugin module, but only its own verification uses
    it, and secretfence never runs that. importlib's LazyLoader does not help here: on Python
    3.11 the next `import requests` statement reads `__spec__` and loads it anyway.
    """

    def __init__(self, name: str, **annotation_only: object) -> None:
        super().__init__(name)
        # Names other modules only mention in annotations evaluated at import time.
        self.__dict__.update(annotation_only)

    def __getattr__(self, attribute: str) -> object:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        return getattr(real, attribute)


def _defer_import(name: str, **annotation_only: object) -> None:
    """Keep `name` out of start-up (the hook runs on every commit). Saves ~70 ms for requests."""
    if name not in sys.modules and importlib.util.find_spec(name) is not None:
        sys.modules[name] = _DeferredModule(name, **annotation_only)


class _DeferredPackageInit(types.ModuleType):
    """A package whose `__init__` runs on first attribute access, not on import.

    detect-secrets' `__init__` imports SecretsCollection (and with it multiprocessing and the
    whole scanner), and `detect_secrets.filters` imports every filter; the engine only needs a
    few submodules, which import normally because `__path__` and `__spec__` are already set.
    """

    def __getattr__(self, attribute: str) -> object:
        # `from detect_secrets import plugins` (inside detect-secrets) asks for a submodule: import
        # just that. Running the package's __init__ then would re-enter a half-imported module.
        if not attribute.startswith("__"):
            submodule = f"{self.__name__}.{attribute}"
            if submodule in sys.modules or importlib.util.find_spec(submodule) is not None:
                return importlib.import_module(submodule)
        self.__class__ = types.ModuleType  # type: ignore[assignment]  # a plain module from here: no recursion
        self.__spec__.loader.exec_module(self)  # type: ignore[union-attr]
        return getattr(self, attribute)


def _defer_package_init(name: str) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _DeferredPackageInit
    sys.modules[name] = module


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


class OneLineErrorParser(argparse.ArgumentParser):
    """Usage errors as one line (`secretfence: error: …`), exit 2, like every other error."""

    def error(self, message: str) -> "NoReturn":
        from secretfence.names import scrub

        # argparse quotes the value it rejects (`invalid choice: '…'`): it may be a secret pasted there.
        self.exit(EXIT_ERROR, scrub(f"secretfence: error: {message} (see `{self.prog} --help`)") + "\n")


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "json", "sarif"), default="text", help="output format (default: text)")
    parser.add_argument("--json", dest="format", action="store_const", const="json", help="same as --format json")


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


def positive_seconds(text: str) -> float:
    """argparse type: a finite number of seconds above zero."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


def positive_count(text: str) -> int:
    """argparse type: a whole number above zero."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a whole number above zero")
    return value


def _add_verify(parser: argparse.ArgumentParser) -> None:
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


def _verify_request(args: argparse.Namespace) -> "object":
    from secretfence.commands._common import VerifyRequest, refuse_repository_arguments

    refuse_repository_arguments(verify=args.verify is True, allow_internal=bool(args.verify_allow_internal),
                                redis_host=args.redis_host is not None)
    return VerifyRequest(enabled=args.verify, timeout=args.verify_timeout, deadline=args.verify_deadline,
                         redis_host=args.redis_host, allow_internal=args.verify_allow_internal)


def _add_baseline(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--baseline", metavar="FILE", help="suppress findings already in this baseline "
                       "(default: [tool.secretfence] baseline, else baseline/secrets.baseline if present)")
    group.add_argument("--no-baseline", action="store_true", help="report every finding")


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
    parser = OneLineErrorParser(
        prog="secretfence",
        description="Stop credentials leaving a Python project through commits and package uploads.",
        epilog=EXIT_CODES,
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and which scanner runs, and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineErrorParser)
    commands.required = True

    scan = commands.add_parser(
        "scan",
        help="scan files for secrets",
        description="Scan files (directories recursively, honouring .gitignore inside them; no path: the repo's "
        "tracked files) with detect-secrets' detectors and secretfence's own. A named path that cannot be "
        "scanned is an error.",
        epilog="example:\n  secretfence scan src/ settings.py\n  secretfence scan --format sarif > results.sarif\n\n" + EXIT_CODES,
        formatter_class=_Formatter,
    )
    scan.add_argument("paths", nargs="*", metavar="PATH")
    scan.add_argument("--staged", action="store_true",
                      help="scan what the commit will record, from the git index (the hook); no path: every staged change")
    scan.add_argument("--jobs", type=positive_count, default=None, metavar="N", help="processes for large scans (default: CPU count)")
    _add_baseline(scan)
    _add_format(scan)
    _add_verify(scan)

    check = commands.add_parser(
        "check-dist",
        help="scan built artifacts (wheels, sdists) without uploading",
        description="Scan every member of wheels and sdists in memory, archives inside them included.",
        epilog="example:\n  python -m build && secretfence check-dist dist/*\n\n" + EXIT_CODES,
        formatter_class=_Formatter,
    )
    check.add_argument("paths", nargs="*", metavar="PATH", help="artifacts or directories (default: dist)")
    check.add_argument("--if-present", action="store_true",
                       help="exit 0 when there is nothing built to check (for the pre-push hook)")
    _add_baseline(check)
    _add_format(check)
    _add_verify(check)

    upload = commands.add_parser(
        "upload",
        help="scan what twine would publish and the .pypirc, then run twine upload",
        description="Takes exactly `twine upload`'s arguments. Scans the distributions and the .pypirc "
        "twine would use; refuses to upload while credentials are present, else runs twine's upload.",
        epilog="example:\n  secretfence upload -r testpypi dist/*\n\n" + EXIT_CODES,
        formatter_class=_Formatter,
        add_help=False,
    )
    # Listed for `secretfence --help` only: main() hands everything after `upload` to twine's parser.
    upload.add_argument("twine_args", nargs=argparse.REMAINDER)

    detect_secrets = commands.add_parser(
        "detect-secrets",
        help="run detect-secrets' own scan, audit or hook with secretfence's detectors among its plugins",
        description="detect-secrets' command line (scan, audit; hook: detect-secrets-hook) with secretfence's "
        "detectors registered for this run only, so it reads secretfence baselines. --plugin-args prints "
        "`--plugin FILE` options for plain detect-secrets. Installing secretfence changes nothing in plain "
        "detect-secrets.",
        epilog="example:\n  secretfence detect-secrets audit --stats baseline/secrets.baseline\n"
        "  detect-secrets scan $(secretfence detect-secrets --plugin-args) src/\n",
        formatter_class=_Formatter,
        add_help=False,
    )
    # Listed for `secretfence --help` only: main() hands everything after `detect-secrets` over.
    detect_secrets.add_argument("detect_secrets_args", nargs=argparse.REMAINDER)

    pypirc = commands.add_parser(
        "pypirc",
        help="report (and --fix) plaintext passwords and loose permissions in a .pypirc",
        epilog="examples:\n  secretfence pypirc --fix\n  secretfence pypirc --restore\n\n" + EXIT_CODES,
        formatter_class=_Formatter,
    )
    pypirc.add_argument("--config-file", default=None, help="the .pypirc to check (default: ~/.pypirc)")
    action = pypirc.add_mutually_exclusive_group()
    action.add_argument("--fix", action="store_true",
                        help="move every password twine would send into the system keyring, keep a 0600 backup "
                        "(FILE.secretfence-backup) that holds no password, only where each one went, and chmod 600; "
                        "all or nothing, never replacing a keyring entry or a backup")
    action.add_argument("--restore", nargs="?", const="", default=None, metavar="PATH",
                        help="undo --fix: rebuild the file (PATH, or its backup's path; default: --config-file or "
                        "~/.pypirc) from its backup and the passwords in the keyring, then remove the backup; "
                        "refuses if a password is missing or the file was changed since --fix")
    _add_format(pypirc)

    baseline = commands.add_parser("baseline", help="create, update and merge the team baseline")
    actions = baseline.add_subparsers(dest="action", metavar="ACTION", parser_class=OneLineErrorParser)
    actions.required = True
    create = actions.add_parser(
        "create", help="scan and write a new baseline",
        epilog="example:\n  secretfence baseline create\n", formatter_class=_Formatter,
    )
    create.add_argument("paths", nargs="*", metavar="PATH")
    create.add_argument("--baseline", metavar="FILE", help="where to write (default: from config, else baseline/secrets.baseline)")
    create.add_argument("--force", action="store_true", help="overwrite an existing baseline")
    update = actions.add_parser(
        "update", help="re-scan: keep audit labels, add new findings, drop fixed ones",
        epilog="example:\n  secretfence baseline update\n", formatter_class=_Formatter,
    )
    update.add_argument("paths", nargs="*", metavar="PATH")
    update.add_argument("--baseline", metavar="FILE")
    merge = actions.add_parser(
        "merge", help="three-way merge of baselines (a git merge driver)",
        epilog="example (.git/config):\n  [merge \"secretfence\"]\n    driver = secretfence baseline merge %O %A %B\n",
        formatter_class=_Formatter,
    )
    merge.add_argument("base")
    merge.add_argument("ours", help="also where the result is written")
    merge.add_argument("theirs")
    install = actions.add_parser(
        "install-merge-driver", help="register the merge driver in .git/config and .gitattributes",
        epilog="example:\n  secretfence baseline install-merge-driver\n", formatter_class=_Formatter,
    )
    install.add_argument("--baseline", metavar="FILE")

    audit = commands.add_parser(
        "audit", help="label baseline findings as real or false positive",
        epilog="example:\n  secretfence audit\n  secretfence audit --stats\n", formatter_class=_Formatter,
    )
    audit.add_argument("--baseline", metavar="FILE")
    audit.add_argument("--stats", action="store_true", help="print counts instead of labelling")
    audit.add_argument("--json", action="store_true", help="with --stats: JSON output")
    return parser


def _dispatch(args: argparse.Namespace) -> int:
    handlers: Dict[str, Callable[[argparse.Namespace], int]] = {
        "scan": _run_scan,
        "check-dist": _run_check_dist,
        "pypirc": _run_pypirc,
        "baseline": _run_baseline,
        "audit": _run_audit,
    }
    return handlers[args.command](args)


def _run_scan(args: argparse.Namespace) -> int:
    from secretfence.commands.scan import scan

    return scan(args.paths, staged=args.staged, baseline_path=args.baseline, use_baseline=not args.no_baseline,
                output_format=args.format, jobs=args.jobs, verify=_verify_request(args))  # type: ignore[arg-type]


def _run_check_dist(args: argparse.Namespace) -> int:
    from secretfence.commands.check_dist import check_dist

    return check_dist(args.paths or ["dist"], baseline_path=args.baseline, use_baseline=not args.no_baseline,
                      output_format=args.format, verify=_verify_request(args),  # type: ignore[arg-type]
                      if_present=args.if_present)


def _run_pypirc(args: argparse.Namespace) -> int:
    from secretfence.commands.pypirc import pypirc, restore_target

    restore = args.restore is not None
    config_file = restore_target(args.restore or None, args.config_file) if restore else args.config_file
    return pypirc(config_file=config_file, fix=args.fix, restore=restore, output_format=args.format)


def _run_baseline(args: argparse.Namespace) -> int:
    from secretfence.commands import baseline as commands

    if args.action == "create":
        return commands.create(args.paths, baseline_path=args.baseline, force=args.force)
    if args.action == "update":
        return commands.update(args.paths, baseline_path=args.baseline)
    if args.action == "merge":
        return commands.merge(args.base, args.ours, args.theirs)
    return commands.install_merge_driver(baseline_path=args.baseline)


def _run_audit(args: argparse.Namespace) -> int:
    from secretfence.commands.audit import audit

    return audit(baseline_path=args.baseline, stats=args.stats, as_json=args.json)


# Commands whose positional arguments are paths: what follows `--` is paths, whatever it looks like.
_PATH_COMMANDS = (["scan"], ["check-dist"], ["baseline", "create"], ["baseline", "update"])


def split_paths(arguments: List[str]) -> Tuple[List[str], List[str]]:
    """(the arguments for argparse, paths it must not read as options).

    After `--` every argument is a path (argparse alone rejects `scan a -- b`). Under
    `scan --staged` (the hook: pre-commit appends the staged files' names to the entry), an
    argument that names a file on disk or in the git index is a path even where it looks like
    an option: a staged file named `--help` or `--no-baseline` is scanned, not obeyed. The
    first `--staged` is the entry's own flag.
    """
    if not any(arguments[: len(command)] == command for command in _PATH_COMMANDS):
        return arguments, []
    cut = arguments.index("--") if "--" in arguments else len(arguments)
    head, paths = arguments[:cut], arguments[cut + 1 :]
    if arguments[:1] != ["scan"] or "--staged" not in head:
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


def main(argv: Optional[Sequence[str]] = None) -> int:
    arguments: List[str] = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] != ["detect-secrets"]:  # detect-secrets' own CLI imports all of it anyway
        # detect-secrets' IBM plugins annotate `-> requests.Response` at import time.
        _defer_import("requests", Response=type("Response", (), {}))
        _defer_package_init("detect_secrets")
        _defer_package_init("detect_secrets.filters")
    parser = build_parser()
    try:
        if arguments[:1] == ["upload"]:
            # Everything after `upload` is twine's (argparse would try to read its options).
            from secretfence.commands.upload import upload

            return upload(arguments[1:])
        if arguments[:1] == ["detect-secrets"]:
            # Everything after it is detect-secrets' (or ours: --plugin-args, --plugin-paths).
            from secretfence.commands import detect_secrets

            return detect_secrets.main(arguments[1:])
        options, paths = split_paths(arguments)
        try:
            args = parser.parse_args(options)
        except SystemExit as exit_request:  # --help, --version, or a usage error already printed
            return exit_request.code if isinstance(exit_request.code, int) else EXIT_ERROR
        if paths:
            args.paths = [*(args.paths or []), *paths]
        return _dispatch(args)
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
    except Exception as error:  # never a traceback, never exception text that may hold a secret
        if os.environ.get("SECRETFENCE_DEBUG"):
            raise
        print(
            f"secretfence: internal error ({type(error).__name__}); nothing was uploaded or written. "
            "Re-run with SECRETFENCE_DEBUG=1 for details and report it.",
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
