"""`secretfence baseline create|update|merge|install-merge-driver`."""
from __future__ import annotations

import argparse
import os
import sys
from itertools import chain
from typing import Iterator, List, Optional, Sequence, Tuple

from secretfence.atomic import atomic_write, refuse_link_outside
from secretfence.baseline import Baseline
from secretfence.baseline import merge as merge_baselines
from secretfence.commands._common import Setup, prepare
from secretfence.commands._options import Formatter, OneLineErrorParser, command_parser, parse_with_paths
from secretfence.config import UnreadableSettings, load_config, read_settings_file
from secretfence.engine import FileResult, scan_paths
from secretfence.errors import EXIT_CLEAN, BaselineError, UsageError, handled
from secretfence.findings import Finding
from secretfence.names import listed, say
from secretfence.progress import Progress
from secretfence.sources import files, git
from secretfence.sources.git_history import ALL_REFS
from secretfence.sources.paths import relative_name

DRIVER_NAME = "secretfence"
SUMMARY = "create, update and merge the team baseline"


def build_parser() -> argparse.ArgumentParser:
    parser = command_parser("baseline")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=OneLineErrorParser)
    actions.required = True
    create_parser = actions.add_parser(
        "create", help="scan and write a new baseline",
        epilog="example:\n  secretfence baseline create\n", formatter_class=Formatter,
    )
    create_parser.add_argument("paths", nargs="*", metavar="PATH")
    create_parser.add_argument("--baseline", metavar="FILE",
                               help="where to write (default: from config, else baseline/secrets.baseline)")
    create_parser.add_argument("--force", action="store_true", help="overwrite an existing baseline")
    create_parser.add_argument(
        "--history", nargs="?", const=ALL_REFS, default=None, metavar="RANGE",
        help="record every secret ever committed in RANGE (default: every ref), to onboard a repository in one "
        "step: one still in HEAD at each of its paths in HEAD, one deleted at the path it was committed at")
    create_parser.add_argument("--allow-shallow", action="store_true",
                               help="with --history in a shallow clone: record the history that is here instead of "
                               "refusing (exit 2); `git fetch --unshallow` gets the rest")
    update_parser = actions.add_parser(
        "update", help="re-scan: keep audit labels, add new findings, drop fixed ones",
        epilog="example:\n  secretfence baseline update\n", formatter_class=Formatter,
    )
    update_parser.add_argument("paths", nargs="*", metavar="PATH")
    update_parser.add_argument("--baseline", metavar="FILE")
    merge_parser = actions.add_parser(
        "merge", help="three-way merge of baselines (a git merge driver)",
        epilog="example (.git/config):\n  [merge \"secretfence\"]\n    driver = secretfence baseline merge %O %A %B\n",
        formatter_class=Formatter,
    )
    merge_parser.add_argument("base")
    merge_parser.add_argument("ours", help="also where the result is written")
    merge_parser.add_argument("theirs")
    install_parser = actions.add_parser(
        "install-merge-driver", help="register the merge driver in .git/config and .gitattributes",
        epilog="example:\n  secretfence baseline install-merge-driver\n", formatter_class=Formatter,
    )
    install_parser.add_argument("--baseline", metavar="FILE")
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] in (["create"], ["update"]):  # their arguments are paths: what follows `--` is too
        args = parse_with_paths(build_parser(), arguments)
    else:
        args = build_parser().parse_args(arguments)
    if args.action == "create":
        if args.history is not None and args.paths:
            raise UsageError("--history records the repository's history: it takes no PATH")
        if args.allow_shallow and args.history is None:
            raise UsageError("--allow-shallow goes with --history")
        return create(args.paths, baseline_path=args.baseline, force=args.force, history=args.history,
                      allow_shallow=args.allow_shallow)
    if args.action == "update":
        return update(args.paths, baseline_path=args.baseline)
    if args.action == "merge":
        return merge(args.base, args.ours, args.theirs)
    return install_merge_driver(baseline_path=args.baseline)



def _target_path(baseline_path: Optional[str]) -> str:
    """The baseline path from the argument or [tool.secretfence]."""
    return baseline_path if baseline_path is not None else load_config().baseline_target()


def _scan_for_baseline(setup: Setup, paths: Sequence[str], baseline_path: str) -> Tuple[List[Finding], List[str]]:
    """The findings to record, and the names of the files scanned (names masked as the baseline
    stores them: secretfence.names)."""
    listing = files.expand_paths(paths, setup.root) if paths else files.tracked_files(setup.root)
    baseline_name = relative_name(baseline_path, setup.root)
    refs = [ref for ref in listing.files if ref[1] != baseline_name]
    findings: List[Finding] = []
    errors: List[str] = []
    progress = Progress(total=len(refs), what="files")

    def scanned() -> Iterator[FileResult]:
        for scanned_result in scan_paths(setup.engine, refs):
            progress.advance()
            yield scanned_result

    result: FileResult
    for result in setup.names.results(chain(listed(dict(sorted(listing.errors.items())), {}, [name for _, name in refs]), scanned())):
        if result.error:
            errors.append(f"{result.filename}: {result.error}")
        findings.extend(result.findings)
    progress.finish()
    if errors:
        raise BaselineError(f"could not scan {len(errors)} file(s), baseline not written: {errors[0]}")
    return findings, [setup.names.mask(name) for _, name in refs]


def _history_for_baseline(setup: Setup, revision_range: str, baseline_path: str,
                          allow_shallow: bool = False) -> List[Finding]:
    """`create --history`: every secret of the range (see commands/_history.baseline_results)."""
    from secretfence.commands._history import baseline_results, scan_history

    found = scan_history(setup, revision_range, leave_out=relative_name(baseline_path, setup.root),
                         allow_shallow=allow_shallow)
    findings: List[Finding] = []
    errors: List[str] = []
    for result in setup.names.results(baseline_results(found)):
        if result.error:
            errors.append(f"{result.filename}: {result.error}")
        findings.extend(result.findings)
    if errors:
        raise BaselineError(f"could not scan {len(errors)} blob(s), baseline not written: {errors[0]}")
    return findings


def create(paths: Sequence[str], *, baseline_path: Optional[str] = None, force: bool = False,
           history: Optional[str] = None, allow_shallow: bool = False) -> int:
    path = _target_path(baseline_path)
    if os.path.lexists(path) and not force:
        raise UsageError(f"{load_config().baseline_shown(path)} exists: use `secretfence baseline update` "
                         "(or --force to start over)")
    setup = prepare(None, use_baseline=False)
    refuse_link_outside(path, setup.root)  # before the scan, which can take a while
    if history is not None:
        findings = _history_for_baseline(setup, history, path, allow_shallow)
    else:
        findings, _ = _scan_for_baseline(setup, paths, path)
    baseline = Baseline.fresh(path, setup.engine, setup.root).updated_with(findings)
    baseline.save(confined_to=setup.root)
    files_with = len({f.filename for f in findings})
    say(f"secretfence: wrote {os.path.relpath(path)}: {len(baseline.results)} finding(s) in {files_with} file(s); "
          "review them with `secretfence audit`")
    return EXIT_CLEAN


def update(paths: Sequence[str], *, baseline_path: Optional[str] = None) -> int:
    path = _target_path(baseline_path)
    setup = prepare(path)
    assert setup.baseline is not None
    refuse_link_outside(path, setup.root)
    old = setup.baseline
    findings, scanned = _scan_for_baseline(setup, paths, path)
    new = old.updated_with(findings, scanned=scanned if paths else None)
    added = set(new.results) - set(old.results)
    removed = set(old.results) - set(new.results)
    # Up to date only if the file is what secretfence writes: detect-secrets' own tools leave a
    # `generated_at` and, for `--plugin FILE`, a machine-specific `path` that update takes out.
    if new.to_document() == old.to_document() and _holds(path, new.render()):
        say(f"secretfence: {os.path.relpath(path)} is up to date ({len(new.results)} finding(s))")
        return EXIT_CLEAN
    new.save(confined_to=setup.root)
    labelled = sum(1 for entry in new.results.values() if "is_secret" in entry)
    say(f"secretfence: updated {os.path.relpath(path)}: {len(added)} added, {len(removed)} fixed and dropped, "
          f"{len(new.results)} in all ({labelled} audited)")
    return EXIT_CLEAN


def _holds(path: str, text: str) -> bool:
    try:
        return read_settings_file(path) == text.encode("utf-8")
    except UnreadableSettings:
        return False


def _load_side(path: str) -> Baseline:
    """git passes an empty file as the base when both branches added the baseline."""
    try:
        empty = read_settings_file(path) == b""
    except UnreadableSettings:
        empty = False  # Baseline.load says what is wrong with it
    return Baseline(path=path) if empty else Baseline.load(path)


def merge(base: str, ours: str, theirs: str) -> int:
    """git merge driver: `secretfence baseline merge %O %A %B` writes the result into %A."""
    result = merge_baselines(_load_side(base), _load_side(ours), _load_side(theirs))
    result.baseline.path = ours
    # git runs the driver at the work tree's top, on files it wrote there itself.
    result.baseline.save(confined_to=git.toplevel() or os.getcwd())
    for note in result.notes:
        say(f"secretfence: merge: {note}", file=sys.stderr)
    return EXIT_CLEAN


def install_merge_driver(*, baseline_path: Optional[str] = None) -> int:
    top = git.toplevel()
    if top is None:
        raise UsageError("not inside a git repository")
    path = _target_path(baseline_path)
    relative = relative_name(path, os.path.realpath(top))
    attributes = os.path.join(top, ".gitattributes")
    line = f"{relative} merge={DRIVER_NAME}"
    refuse_link_outside(attributes, top)  # a committed link must not make us append elsewhere
    try:
        current = read_settings_file(attributes).decode("utf-8")
    except UnreadableSettings as error:
        if not error.missing:
            raise UsageError(f"{attributes}: cannot read: {error.reason}") from None
        current = ""
    except UnicodeDecodeError as error:
        raise UsageError(f"{attributes}: not UTF-8 (byte {error.start}); left unchanged") from None
    git.run_git(["config", f"merge.{DRIVER_NAME}.name", "secretfence baseline merge driver"], cwd=top)
    git.run_git(["config", f"merge.{DRIVER_NAME}.driver", "secretfence baseline merge %O %A %B"], cwd=top)
    if line not in current.splitlines():
        atomic_write(attributes, current + ("" if current.endswith("\n") or not current else "\n") + line + "\n",
                     confined_to=top)
    say(f"secretfence: merge driver installed for {relative} (.git/config and .gitattributes)")
    return EXIT_CLEAN



if __name__ == "__main__":
    raise SystemExit(handled(main))
