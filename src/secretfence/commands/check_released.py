"""`secretfence check-released PROJECT`: which published versions carry which secret.

Every file of every release is listed through the index's simple API (sources/releases.py),
downloaded into a cache keyed by sha256 (a few at a time), and scanned by the upload gate's
artifact scan (commands/_dist.py), judged by the same policy. The report is per secret: the
first and last version carrying it, whether the latest release still does, the versions to
yank; and per version, which artifacts carry what. `check_artifact` is the unit of work: one
file in, its outcome out, nothing shared but the cache.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Dict, List, Optional, Sequence, TextIO, Tuple

from secretfence import __version__
from secretfence._dataclass import dataclass, field, replace
from secretfence.commands._common import Setup, VerifyRequest, emit, prepare, verification_options
from secretfence.commands._dist import scan_artifact_events
from secretfence.commands._options import (
    EXIT_CODES,
    FORMATS,
    add_baseline,
    add_format,
    add_verify,
    byte_size,
    command_parser,
    positive_count,
    positive_seconds,
    verify_request,
)
from secretfence.engine import MemberScanner
from secretfence.errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, UnreadableInputError, UsageError, handled
from secretfence.findings import Finding, Verification
from secretfence.progress import Progress
from secretfence.redact import printable
from secretfence.report import ScanReport
from secretfence.sources import archives, releases
from secretfence.sources.releases import DownloadError, ReleaseFile

SUMMARY = "check every published release of a project for secrets (what to revoke, what to yank)"
DEFAULT_JOBS = 4
NOT_AN_ARTIFACT = "not a wheel or sdist by its name: not checked"


def build_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "check-released",
        description="List every file of every release of PROJECT on a package index (PEP 691 JSON, or PEP 503 "
        "HTML), download each into a cache keyed by its sha256 (resumed if interrupted; its hash checked) and scan "
        "it as check-dist does. Reports, per secret, the first and last version carrying it, whether the latest "
        "release still does and the versions to yank; per version, which artifacts.",
        epilog="example:\n  secretfence check-released mypackage\n  secretfence check-released mypackage "
        "--versions '>=2.0' --index-url https://test.pypi.org/simple/\n\n"
        "exit codes: 0 no release carries a secret, 1 some release carries one (blocked), 2 usage error, index "
        "unreachable, or a file that could not be read (the others are still reported)",
    )
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--index-url", default=releases.DEFAULT_INDEX, metavar="URL",
                        help=f"the index's simple API (default: {releases.DEFAULT_INDEX})")
    parser.add_argument("--versions", default=None, metavar="SPEC",
                        help="only versions matching this PEP 440 specifier, e.g. '>=1.2,<2' (default: all)")
    parser.add_argument("--cache-dir", default=None, metavar="DIR",
                        help="where downloads are kept, by sha256 (default: $XDG_CACHE_HOME/secretfence/releases, "
                        "else ~/.cache/secretfence/releases)")
    parser.add_argument("--jobs", type=positive_count, default=DEFAULT_JOBS, metavar="N",
                        help=f"downloads at a time (default: {DEFAULT_JOBS})")
    parser.add_argument("--timeout", type=positive_seconds, default=releases.DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"for each request to the index, without an answer (default: {releases.DEFAULT_TIMEOUT:g})")
    parser.add_argument("--max-size", type=byte_size, default=releases.DEFAULT_MAX_DOWNLOAD_BYTES, metavar="SIZE",
                        help="a released file larger than this (announced or as it arrives) is an error for that "
                        f"file, its partial download deleted (default: {releases.shown_size(releases.DEFAULT_MAX_DOWNLOAD_BYTES)}"
                        "; units K, M, G = KiB, MiB, GiB)")
    parser.add_argument("--download-deadline", type=positive_seconds, default=releases.DEFAULT_DOWNLOAD_DEADLINE,
                        metavar="SECONDS", help="for the whole of one download; a download still running is cut, an "
                        f"error for that file (default: {releases.DEFAULT_DOWNLOAD_DEADLINE:g})")
    add_baseline(parser)
    add_format(parser)
    add_verify(parser)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    return check_released(args.project, index_url=args.index_url, versions=args.versions, cache_dir=args.cache_dir,
                          jobs=args.jobs, timeout=args.timeout, max_size=args.max_size,
                          download_deadline=args.download_deadline, baseline_path=args.baseline,
                          use_baseline=not args.no_baseline, output_format=args.format, verify=verify_request(args))


@dataclass
class ArtifactOutcome:
    """What one released file holds: the unit of work of a check."""

    release: ReleaseFile
    findings: List[Finding] = field(default_factory=list)  # blocking, by the upload policy
    warnings: List[Finding] = field(default_factory=list)
    known: int = 0  # audited false positives of the baseline
    errors: Dict[str, str] = field(default_factory=dict)  # could not be read: name → why
    skipped: Dict[str, str] = field(default_factory=dict)
    members_scanned: int = 0


def check_artifact(setup: Setup, release: ReleaseFile, path: str, scanner: MemberScanner) -> ArtifactOutcome:
    """One downloaded release file, scanned and judged as check-dist does (members in memory)."""
    report = ScanReport(command="check-released")
    scan_artifact_events(setup, release.filename, archives.iter_artifact(path, release.filename), report, scanner)
    return ArtifactOutcome(release=release, findings=report.findings, warnings=report.warnings, known=report.known,
                           errors=dict(report.errors), skipped=dict(report.skipped),
                           members_scanned=report.files_scanned)


@dataclass
class SecretSpan:
    """One secret (type, hash) across releases."""

    finding: Finding  # where it was first met (lowest version), as found
    versions: List[str] = field(default_factory=list)  # sorted, each once
    artifacts: List[Tuple[str, str]] = field(default_factory=list)  # (version, file name)
    blocking: bool = False


def _sort_versions(versions: Sequence[str]) -> List[str]:
    from packaging.version import InvalidVersion, Version

    def key(text: str) -> Tuple[int, Any]:
        try:
            return (1, Version(text))
        except InvalidVersion:
            return (0, text)

    return sorted(set(versions), key=key)


def _latest(files: Sequence[ReleaseFile]) -> str:
    """The release installers pick: the highest final version not yanked (else the highest)."""
    from packaging.version import InvalidVersion, Version

    candidates = []
    for release in files:
        try:
            candidates.append((not release.yanked, not Version(release.version).is_prerelease, Version(release.version),
                               release.version))
        except InvalidVersion:
            continue
    return max(candidates)[3] if candidates else ""


def _select(files: Sequence[ReleaseFile], spec: Optional[str]) -> Tuple[List[ReleaseFile], Dict[str, str]]:
    """(files to check, {file name: why not}) for the --versions specifier."""
    from packaging.specifiers import InvalidSpecifier, SpecifierSet
    from packaging.version import InvalidVersion

    wanted = None
    if spec is not None:
        try:
            wanted = SpecifierSet(spec, prereleases=True)
        except InvalidSpecifier:
            raise UsageError(f"--versions {spec!r} is not a PEP 440 version specifier (e.g. '>=1.2,<2')") from None
    chosen: List[ReleaseFile] = []
    skipped: Dict[str, str] = {}
    for release in files:
        if not release.version:
            skipped[release.filename] = NOT_AN_ARTIFACT
            continue
        try:
            if wanted is not None and not wanted.contains(release.version):
                continue
        except InvalidVersion:
            skipped[release.filename] = "its version is not PEP 440: not checked"
            continue
        chosen.append(release)
    return chosen, skipped


def check_released(
    project: str,
    *,
    index_url: str = releases.DEFAULT_INDEX,
    versions: Optional[str] = None,
    cache_dir: Optional[str] = None,
    jobs: int = DEFAULT_JOBS,
    timeout: float = releases.DEFAULT_TIMEOUT,
    max_size: int = releases.DEFAULT_MAX_DOWNLOAD_BYTES,
    download_deadline: float = releases.DEFAULT_DOWNLOAD_DEADLINE,
    baseline_path: Optional[str] = None,
    use_baseline: bool = True,
    output_format: str = "text",
    verify: Optional[VerifyRequest] = None,
    out: Optional[TextIO] = None,
) -> int:
    if output_format not in FORMATS:
        raise UsageError(f"unknown format {output_format!r} (choose from {', '.join(FORMATS)})")
    setup = prepare(baseline_path, use_baseline, gate=True)
    cache = releases.check_cache_dir(cache_dir if cache_dir is not None else releases.cache_root())
    listing = releases.list_files(project, index_url, timeout)
    if not listing.files:
        raise UnreadableInputError(f"{project}: {listing.index} lists no released files for it")
    chosen, skipped = _select(listing.files, versions)
    if not chosen:
        raise UsageError(f"{project}: no released wheel or sdist matches --versions {versions}")
    outcomes: List[ArtifactOutcome] = []
    progress = Progress(total=len(chosen), what="release files")
    downloads = ThreadPoolExecutor(max_workers=jobs)
    try:
        with MemberScanner(setup.engine) as scanner:
            pending: List[Tuple[ReleaseFile, "Future[str]"]] = [
                (release, downloads.submit(releases.fetch, release, cache, timeout, max_size,
                                                     download_deadline)) for release in chosen]
            # Scanned in listing order as each arrives; the downloads after it go on meanwhile.
            for release, download in pending:
                try:
                    path = download.result()
                except DownloadError as error:
                    outcomes.append(ArtifactOutcome(release=release, errors={release.filename: str(error)}))
                else:
                    outcomes.append(check_artifact(setup, release, path, scanner))
                progress.advance()
    finally:
        # Ctrl-C or an error: the downloads not started are dropped, not waited for.
        downloads.shutdown(wait=False, cancel_futures=True)
    progress.finish()
    result = CheckResult(project=project, index=listing.index, latest=_latest(listing.files), outcomes=outcomes,
                         skipped=skipped, checked_versions=_sort_versions([r.version for r in chosen]))
    _verify(result, setup, verify or VerifyRequest())
    result.build()
    return _emit(result, setup, output_format, out if out is not None else sys.stdout)


def _verify(result: "CheckResult", setup: Setup, request: VerifyRequest) -> None:
    """Live-check every finding once asked; a live credential always blocks, a dead one warns."""
    options = verification_options(setup.runner, request)
    if options is None:
        return
    from secretfence.verify import verify

    everything = [(outcome, finding, True) for outcome in result.outcomes for finding in outcome.findings]
    everything += [(outcome, finding, False) for outcome in result.outcomes for finding in outcome.warnings]
    checked = verify([finding for _, finding, _ in everything], options)
    for outcome in result.outcomes:
        outcome.findings, outcome.warnings = [], []
    for (outcome, _, blocking), finding in zip(everything, checked):
        live = finding.verification is Verification.LIVE
        dead = finding.verification is Verification.DEAD
        (outcome.findings if live or (blocking and not dead) else outcome.warnings).append(finding)


@dataclass
class CheckResult:
    project: str
    index: str
    latest: str
    outcomes: List[ArtifactOutcome]
    skipped: Dict[str, str]
    checked_versions: List[str]
    spans: Dict[Tuple[str, str], SecretSpan] = field(default_factory=dict)

    def build(self) -> None:
        by_version = {version: index for index, version in enumerate(self.checked_versions)}
        ordered = sorted(self.outcomes, key=lambda o: (by_version.get(o.release.version, -1), o.release.filename))
        self.outcomes = ordered
        for outcome in ordered:
            for finding, blocking in [*((f, True) for f in outcome.findings), *((f, False) for f in outcome.warnings)]:
                key = (finding.type, finding.hashed_secret)
                span = self.spans.setdefault(key, SecretSpan(finding=finding))
                span.blocking = span.blocking or blocking
                if outcome.release.version not in span.versions:
                    span.versions.append(outcome.release.version)
                if (outcome.release.version, outcome.release.filename) not in span.artifacts:
                    span.artifacts.append((outcome.release.version, outcome.release.filename))

    @property
    def errors(self) -> Dict[str, str]:
        return {name: reason for outcome in self.outcomes for name, reason in outcome.errors.items()}

    @property
    def blocking(self) -> List[SecretSpan]:
        return [span for span in self.spans.values() if span.blocking]

    @property
    def to_yank(self) -> List[str]:
        return _sort_versions([version for span in self.blocking for version in span.versions])

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.blocking else EXIT_CLEAN

    def in_latest(self, span: SecretSpan) -> Optional[bool]:
        """Does the latest release carry it? None when the latest was not checked (--versions)."""
        if self.latest not in self.checked_versions:
            return None
        return self.latest in span.versions


def _report(result: CheckResult, setup: Setup) -> ScanReport:
    """The run as a ScanReport (for SARIF, and for masking every name through the run's guard):
    one finding per secret, where it was first met, with its span in `details["release"]`."""
    report = ScanReport(command="check-released")
    for span in result.spans.values():
        finding = replace(span.finding, details={**span.finding.details, "release": _span_json(result, span)})
        (report.findings if span.blocking else report.warnings).append(finding)
    report.known = sum(outcome.known for outcome in result.outcomes)
    report.files_scanned = sum(outcome.members_scanned for outcome in result.outcomes)
    report.errors = result.errors
    report.skipped = {**result.skipped,
                      **{name: why for outcome in result.outcomes for name, why in outcome.skipped.items()}}
    return report


def _span_json(result: CheckResult, span: SecretSpan) -> Dict[str, Any]:
    return {"first_version": span.versions[0], "last_version": span.versions[-1], "versions": list(span.versions),
            "in_latest": result.in_latest(span), "latest": result.latest,
            "artifacts": [{"version": version, "file": name} for version, name in span.artifacts],
            "blocking": span.blocking}


def _emit(result: CheckResult, setup: Setup, output_format: str, stream: TextIO) -> int:
    report = _report(result, setup)
    if output_format == "sarif":
        emit(report, "sarif", out=stream, names=setup.names)
        return result.exit_code
    setup.names.finish(report)  # every name learnt and masked
    mask = setup.names.mask
    if output_format == "json":
        stream.write(_render_json(result, report, mask))
    else:
        stream.write(_render_text(result, report, mask))
    stream.flush()
    return result.exit_code


def _render_json(result: CheckResult, report: ScanReport, mask: Any) -> str:
    secrets = []
    for finding in sorted(report.findings + report.warnings, key=lambda f: (f.details["release"]["first_version"],
                                                                           f.filename, f.line_number)):
        entry = finding.to_json()
        entry["filename"] = finding.filename
        secrets.append(entry)
    versions: Dict[str, Dict[str, Any]] = {}
    for outcome in result.outcomes:
        artifacts = versions.setdefault(outcome.release.version, {"artifacts": {}})["artifacts"]
        name = mask(outcome.release.filename)
        carried = sorted({f"{f.type}:{f.hashed_secret}" for f in outcome.findings + outcome.warnings})
        status = "error" if outcome.errors else ("secrets" if outcome.findings else "clean")
        artifacts[name] = {"status": status, "sha256": outcome.release.sha256, "yanked": outcome.release.yanked,
                           "secrets": carried, "errors": {mask(k): mask(v) for k, v in outcome.errors.items()}}
    document = {
        "tool": "secretfence", "version": __version__, "command": "check-released",
        "project": result.project, "index": result.index, "latest": result.latest,
        "secrets": secrets, "versions": versions, "yank": result.to_yank,
        "summary": {"versions": len(result.checked_versions), "files": len(result.outcomes),
                    "secrets": len(result.blocking), "warnings": len(result.spans) - len(result.blocking),
                    "known": report.known, "errors": len(report.errors), "exit_code": result.exit_code},
        "skipped": dict(sorted(report.skipped.items())), "errors": dict(sorted(report.errors.items())),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _render_text(result: CheckResult, report: ScanReport, mask: Any) -> str:
    lines: List[str] = []
    spans = sorted(report.findings + report.warnings, key=lambda f: (f not in report.findings,
                                                                     f.details["release"]["first_version"]))
    for finding in spans:
        span = finding.details["release"]
        blocking = "" if span["blocking"] else " (warning, not blocking)"
        first, last = span["first_version"], span["last_version"]
        carried = first if first == last else f"{first} to {last}"
        lines.append(printable(f"{finding.type}  {finding.masked}{blocking}: in {carried} "
                               f"({len(span['versions'])} of {len(result.checked_versions)} versions checked)"))
        if span["in_latest"] is None:
            lines.append(printable(f"    latest release {result.latest}: not checked (outside --versions)"))
        elif span["in_latest"]:
            lines.append(printable(f"    still in the latest release ({result.latest})"))
        else:
            lines.append(printable(f"    not in the latest release ({result.latest})"))
        lines.append(printable(f"    versions: {', '.join(span['versions'])}"))
        where = f"{finding.filename}:{finding.line_number}" if finding.line_number else finding.filename
        lines.append(printable(f"    first seen: {where}"))
        if finding.description:
            lines.append(printable(f"    what: {finding.description}"))
        if finding.verification:
            lines.append(printable(f"    checked: {finding.verification} {finding.verification_detail}".rstrip()))
        lines.append(printable(f"    do: {finding.remediation} Released files are out: revoke it; yanking stops new "
                               "installs only."))
        lines.append("")
    lines.append("per version:")
    by_version: Dict[str, List[ArtifactOutcome]] = {}
    for outcome in result.outcomes:
        by_version.setdefault(outcome.release.version, []).append(outcome)
    for version, outcomes in by_version.items():
        parts = []
        for outcome in outcomes:
            name = mask(outcome.release.filename)
            if outcome.errors:
                parts.append(f"{name}: error: {mask(next(iter(outcome.errors.values())))}")
            elif outcome.findings:
                parts.append(f"{name}: {len(outcome.findings)} secret{'s' if len(outcome.findings) != 1 else ''}")
            else:
                parts.append(f"{name}: clean")
        lines.append(printable(f"  {version}: " + "; ".join(parts)))
    lines.append("")
    for name, reason in sorted(report.skipped.items()):
        lines.append(printable(f"skipped: {name}: {reason}"))
    for name, reason in sorted(report.errors.items()):
        lines.append(printable(f"error: {name}: {reason}"))
    if result.to_yank:
        lines.append(printable(f"yank: {', '.join(result.to_yank)}"))
    verdict = {0: "ok", 1: "blocked", 2: "blocked: could not check everything"}[result.exit_code]
    found = len(result.blocking)
    lines.append(printable(
        f"secretfence check-released: {result.project}: {found} secret{'s' if found != 1 else ''} in "
        f"{len(result.to_yank)} of {len(result.checked_versions)} versions, {len(result.outcomes)} files checked"
        + (f", {len(report.errors)} unreadable" if report.errors else "") + f" — {verdict} (exit {result.exit_code})"))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(handled(main))
