"""`secretfence check-dist`: the upload gate's artifact scan, without uploading."""
from __future__ import annotations

import argparse
import os
from typing import Optional, Sequence

from secretfence.commands._common import VerifyRequest, apply_verification, emit, prepare
from secretfence.commands._dist import rejudge_after_verification, scan_artifacts
from secretfence.commands._options import (
    EXIT_CODES,
    add_baseline,
    add_format,
    add_verify,
    command_parser,
    parse_with_paths,
    verify_request,
)
from secretfence.errors import EXIT_CLEAN, UnreadableInputError, handled
from secretfence.report import ScanReport
from secretfence.sources import archives

SUMMARY = "scan built artifacts (wheels, sdists) without uploading"


def build_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "check-dist",
        description="Scan every member of wheels and sdists in memory, archives inside them included.",
        epilog="example:\n  python -m build && secretfence check-dist dist/*\n\n" + EXIT_CODES,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="artifacts or directories (default: dist)")
    parser.add_argument("--if-present", action="store_true",
                        help="exit 0 when there is nothing built to check (for the pre-push hook)")
    add_baseline(parser)
    add_format(parser)
    add_verify(parser)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_with_paths(build_parser(), argv)
    return check_dist(args.paths or ["dist"], baseline_path=args.baseline, use_baseline=not args.no_baseline,
                      output_format=args.format, verify=verify_request(args), if_present=args.if_present)


def check_dist(
    paths: Sequence[str],
    *,
    baseline_path: Optional[str] = None,
    use_baseline: bool = True,
    output_format: str = "text",
    verify: Optional[VerifyRequest] = None,
    if_present: bool = False,
) -> int:
    setup = prepare(baseline_path, use_baseline, gate=True)
    if if_present:
        paths = [path for path in paths if os.path.lexists(path)]  # a dangling link is there: refused
    artifacts = archives.expand_artifacts(tuple(paths))  # an ArchiveError is an UnreadableInputError
    if not artifacts:
        if if_present:
            print("secretfence check-dist: nothing built to check — ok (exit 0)")
            return EXIT_CLEAN
        raise UnreadableInputError(f"no wheels or sdists found in {', '.join(paths)}")
    report = ScanReport(command="check-dist")
    scan_artifacts(setup, artifacts, report)
    if apply_verification(report, setup, verify or VerifyRequest()):
        rejudge_after_verification(report)
    return emit(report, output_format, names=setup.names)


if __name__ == "__main__":
    raise SystemExit(handled(main))
