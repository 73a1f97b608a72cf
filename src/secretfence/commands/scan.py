"""`secretfence scan`: files, directories, the repo's tracked files, or staged blobs (the hook)."""
from __future__ import annotations

import argparse
from typing import Iterable, Iterator, List, Optional, Sequence

from secretfence.commands._common import (
    Setup,
    VerifyRequest,
    apply_verification,
    collect,
    emit,
    prepare,
)
from secretfence.commands._options import (
    EXIT_CODES,
    add_baseline,
    add_format,
    add_jobs,
    add_verify,
    command_parser,
    parse_with_paths,
    verify_request,
)
from secretfence.engine import FileResult, MemberScanner, scan_paths
from secretfence.findings import Finding
from secretfence.errors import ArchiveError, UsageError, describe_within, handled
from secretfence.names import listed
from secretfence.progress import Progress
from secretfence.report import ScanReport
from secretfence.sources import files, git_staged, sniff
from secretfence.sources.git import ALL_REFS

SUMMARY = "scan files for secrets"


def build_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "scan",
        description="Scan files (directories recursively, honouring .gitignore inside them; no path: the repo's "
        "tracked files) with detect-secrets' detectors and secretfence's own. A named path that cannot be "
        "scanned is an error.",
        epilog="example:\n  secretfence scan src/ settings.py\n  secretfence scan --format sarif > results.sarif\n\n" + EXIT_CODES,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument("--staged", action="store_true",
                        help="scan what the commit will record, from the git index (the hook); no path: every staged change")
    parser.add_argument("--history", nargs="?", const=ALL_REFS, default=None, metavar="RANGE",
                        help="scan every blob ever committed in RANGE (as git rev-list takes it: main, v1.0..HEAD; "
                        "default: every ref), each once; each secret is reported with the commit that introduced it "
                        "and whether HEAD still holds it")
    parser.add_argument("--allow-shallow", action="store_true",
                        help="with --history in a shallow clone: scan the history that is here, said in the report, "
                        "instead of refusing (exit 2); `git fetch --unshallow` gets the rest")
    add_jobs(parser)
    add_baseline(parser)
    add_format(parser)
    add_verify(parser)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_with_paths(build_parser(), argv, staged_hook=True)
    if args.history is not None and (args.staged or args.paths):
        raise UsageError("--history scans the repository's history: it takes no PATH and no --staged")
    if args.allow_shallow and args.history is None:
        raise UsageError("--allow-shallow goes with --history")
    return scan(args.paths, staged=args.staged, baseline_path=args.baseline, use_baseline=not args.no_baseline,
                output_format=args.format, jobs=args.jobs, verify=verify_request(args), history=args.history,
                allow_shallow=args.allow_shallow)


def scan(
    paths: Sequence[str],
    *,
    staged: bool = False,
    baseline_path: Optional[str] = None,
    use_baseline: bool = True,
    output_format: str = "text",
    jobs: Optional[int] = None,
    verify: Optional[VerifyRequest] = None,
    history: Optional[str] = None,
    allow_shallow: bool = False,
) -> int:
    """`history`: a revision range (ALL_REFS for every ref) whose blobs are scanned instead of files."""
    setup = prepare(baseline_path, use_baseline)
    report = ScanReport(command="scan")
    if history is not None:
        return _scan_history(setup, report, history, output_format, jobs, verify, allow_shallow)
    results: Iterable[FileResult]
    if staged:
        results = _scan_staged(setup, paths, jobs)
    else:
        listing = files.expand_paths(paths, setup.root) if paths else files.tracked_files(setup.root)
        results = _scan_listing(setup, listing, jobs)
    collect(report, setup.names.results(results), setup.baseline)
    apply_verification(report, setup, verify or VerifyRequest())
    return emit(report, output_format, names=setup.names)


def _scan_history(setup: Setup, report: ScanReport, revision_range: str, output_format: str,
                  jobs: Optional[int], verify: Optional[VerifyRequest], allow_shallow: bool = False) -> int:
    from secretfence.commands._history import attributed_name, report_results, scan_history

    found = scan_history(setup, revision_range, jobs, allow_shallow=allow_shallow)
    baseline = setup.baseline

    def place(into: ScanReport, finding: Finding) -> None:
        finding = attributed_name(found, finding, setup.names.mask)
        # A secret the baseline holds is known wherever it was: it may have moved since it entered.
        if baseline is not None and baseline.knows_secret(finding):
            into.known += 1
        else:
            into.findings.append(finding)

    collect(report, setup.names.results(report_results(found)), baseline, place)
    report.files_scanned = found.blobs_scanned
    report.history = found.summary()
    apply_verification(report, setup, verify or VerifyRequest())
    return emit(report, output_format, names=setup.names)


def _scan_listing(setup: Setup, listing: files.Listing, jobs: Optional[int]) -> Iterator[FileResult]:
    """The listing's results as the workers return them: this process masks names and sorts
    findings of the first files while the workers scan the next ones."""
    refs = [ref for ref in listing.files if setup.scannable(ref[1])]
    scanned = scan_paths(setup.engine, refs, jobs=jobs)  # a pool's workers start now
    yield from listed(listing.errors, listing.skipped, [name for _, name in refs])
    progress = Progress(total=len(refs), what="files")
    for result in scanned:
        yield result
        progress.advance()
    progress.finish()


def _scan_staged(setup: Setup, paths: Sequence[str], jobs: Optional[int]) -> List[FileResult]:
    """What the commit will record: each path's index entry, or every staged change."""
    if setup.git_top is None:
        raise UsageError("--staged reads the git index, but this is not inside a git repository")
    plan = git_staged.staged(paths, setup.root)
    entries = [entry for entry in plan.entries if setup.scannable(entry.name)]
    results = listed(plan.errors, plan.skipped, [entry.name for entry in entries])
    progress = Progress(total=len(entries), what="files")
    # Blobs stream from git one at a time; a large first commit is spread over processes.
    with MemberScanner(setup.engine, jobs) as scanner:
        for entry, data, error in git_staged.read(entries, setup.git_top):
            if error:
                results.append(FileResult(entry.name, error=error))
            elif not setup.engine.skip_reason(entry.name):
                results.extend(_add_contents(scanner, entry.name, data))
            else:
                scanner.add(entry.name, data)  # the engine reports why it is skipped
            progress.advance()
        results.extend(scanner.results())
    progress.finish()
    return results


def _add_contents(scanner: MemberScanner, name: str, data: bytes) -> List[FileResult]:
    """A staged blob, opened when it is an archive or a compressed stream, as a file on disk is
    (engine.scan_file): its members are scanned, its damage is a warning, a refusal an error
    (returned, as results)."""
    if sniff.is_plain(name, data):
        scanner.add(name, data)  # what iter_contents would yield, without importing the readers
        return []
    from secretfence.sources import archives

    problems: List[FileResult] = []
    try:
        for event in archives.iter_contents(name, data):
            if isinstance(event, archives.Member):
                scanner.add(event.name, event.data, event.overlapping)
            else:
                problems.append(FileResult(event.archive, damage=event))
            del event
    except ArchiveError as error:
        problems.append(FileResult(name, error=describe_within(name, error.archive, error.member, error.reason)))
    return problems


if __name__ == "__main__":
    raise SystemExit(handled(main))
