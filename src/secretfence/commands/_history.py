"""`scan --history` and `baseline create --history`: every blob of a revision range, scanned once.

Blobs come from secretfence.sources.git_history (each once, earliest first, read through one
`git cat-file --batch`), each scanned as a file named by the path it was first committed at
(archives in it opened, as `scan` opens them). A secret is then reported once, by type and
hashed secret, against the commit that first brought it in; and it is "in HEAD" when HEAD's tree
holds it at any path (HEAD's blobs outside the range are scanned for that too, not reported).
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from secretfence._dataclass import dataclass, field, replace
from secretfence.commands._common import Setup
from secretfence.engine import FileResult, MemberScanner
from secretfence.errors import ArchiveError, UnreadableInputError, UsageError, describe_within
from secretfence.findings import NAME_PART, Finding
from secretfence.names import holder, listed
from secretfence.progress import Progress
from secretfence.sources import archives, git_history
from secretfence.sources.git_history import ALL_REFS, Blob, History

# What history adds to every finding's remediation: the secret is out, whatever HEAD holds now.
IN_HISTORY = ("It is in the git history: deleting it, or rewriting history, does not un-leak it (clones, forks, "
              "caches and CI logs keep it); revoke the credential.")
STILL_IN_HEAD = "in HEAD"
DELETED = "deleted (in history only)"
# A blob is read whole; one larger than an archive member may be is an error (fails closed).
MAX_BLOB_BYTES = archives.Limits().max_member_bytes

SecretKey = Tuple[str, str]  # (type, hashed secret)


def shallow_note(cuts: List[str]) -> str:
    """What a scan of a shallow clone's history says about what it could not read."""
    shown = ", ".join(sha[:12] for sha in cuts)
    return (f"shallow clone: history before {shown} is not available; run `git fetch --unshallow` "
            "(GitHub Actions: actions/checkout with fetch-depth: 0)")


@dataclass
class Sighting:
    """One secret in the history: where it first entered, and where HEAD holds it now."""

    finding: Finding  # as found in the blob that introduced it (its path, its line)
    blob: Blob
    head_places: List[Tuple[str, int]] = field(default_factory=list)  # (path, line) in HEAD's tree

    @property
    def in_head(self) -> bool:
        return bool(self.head_places)


@dataclass
class HistoryScan:
    history: History
    sightings: Dict[SecretKey, Sighting] = field(default_factory=dict)  # earliest first
    problems: List[FileResult] = field(default_factory=list)  # errors, skips, damage
    blobs_scanned: int = 0
    bytes_read: int = 0
    revision_range: str = ALL_REFS
    head_paths: List[str] = field(default_factory=list)  # every file path in HEAD's tree

    def summary(self) -> Dict[str, Any]:
        """The run's figures, for the reports."""
        figures = {"range": "all refs" if self.revision_range == ALL_REFS else self.revision_range,
                   "commits": self.history.commits, "blobs": len(self.history.blobs),
                   "blobs_scanned": self.blobs_scanned, "bytes": self.bytes_read,
                   "secrets": len(self.sightings),
                   "in_head": sum(1 for sighting in self.sightings.values() if sighting.in_head)}
        if self.history.shallow_cuts:  # accepted with --allow-shallow: said in every format
            figures["shallow"] = {"cuts": list(self.history.shallow_cuts),
                                  "note": shallow_note(self.history.shallow_cuts)}
        return figures


def _member_name(name: str, blob_path: str, head_path: str) -> str:
    """A finding's name in a blob scanned as `blob_path`, for the same blob at `head_path`."""
    return head_path + name[len(blob_path):] if name.startswith(blob_path) else head_path


def scan_history(setup: Setup, revision_range: Optional[str], jobs: Optional[int] = None,
                 leave_out: Optional[str] = None, max_blob_bytes: int = MAX_BLOB_BYTES,
                 allow_shallow: bool = False) -> HistoryScan:
    """Scan every blob of the range (default: every ref); `leave_out`: a path never scanned
    (the baseline being written, besides the one setup.scannable leaves out). A range that
    reaches a shallow clone's cut is an UnreadableInputError unless `allow_shallow`: the
    history before it cannot be read (fails closed)."""
    if setup.git_top is None:
        raise UsageError("--history reads the git history, but this is not inside a git repository")
    top = setup.git_top
    scan = HistoryScan(history=git_history.list_history(top, revision_range or ALL_REFS),
                       revision_range=revision_range or ALL_REFS)
    if scan.history.shallow_cuts and not allow_shallow:
        raise UnreadableInputError(f"{shallow_note(scan.history.shallow_cuts)}, or pass --allow-shallow "
                                   "to scan only what is here")
    head = git_history.head_tree(top)
    scan.head_paths = [path for paths in head.values() for path in paths]
    listed_shas = {blob.sha for blob in scan.history.blobs}
    # HEAD's blobs the range does not reach: scanned only to tell which secrets HEAD still holds.
    extra = [Blob(sha=sha, path=paths[0], commit=git_history.Commit("", "", ""), order=-1)
             for sha, paths in head.items() if sha not in listed_shas]
    to_read: List[Blob] = []
    for blob in [*scan.history.blobs, *extra]:
        reason = setup.engine.skip_reason(blob.path)
        if not setup.scannable(blob.path) or blob.path == leave_out:
            continue
        if reason:
            if blob.order >= 0:
                scan.problems.append(FileResult(blob.path, skipped=reason))
            continue
        to_read.append(blob)
    by_sha = {blob.sha: blob for blob in to_read}
    owners: List[Blob] = []  # the blob of each member added to the scanner, in order
    progress = Progress(total=len(to_read), what="blobs")
    with MemberScanner(setup.engine, jobs) as scanner:
        for sha, data, error in git_history.read_blobs(top, [blob.sha for blob in to_read], max_blob_bytes):
            blob = by_sha[sha]
            scan.bytes_read += len(data)
            if error:
                scan.problems.append(FileResult(_where(blob), error=error))
            else:
                _add_blob(scanner, blob, data, owners, scan.problems)
            del data
            progress.advance()
        results = scanner.results()
    progress.finish()
    for blob, result in zip(owners, results):
        _sort_result(scan, blob, result, head.get(blob.sha, []))
    return scan


def _where(blob: Blob) -> str:
    """A blob's name in errors: its path, and the commit that brought it (one path has many blobs)."""
    return f"{blob.path} (commit {blob.commit.sha[:12]})" if blob.commit.sha else f"{blob.path} (HEAD)"


def _add_blob(scanner: MemberScanner, blob: Blob, data: bytes, owners: List[Blob], problems: List[FileResult]) -> None:
    """A blob, opened when it is an archive or a compressed stream, as `scan` opens a file."""
    try:
        for event in archives.iter_contents(blob.path, data):
            if isinstance(event, archives.Member):
                scanner.add(event.name, event.data, event.overlapping)
                owners.append(blob)
            elif blob.order >= 0:
                problems.append(FileResult(event.archive, damage=event))
            del event
    except ArchiveError as error:
        if blob.order >= 0:
            problems.append(FileResult(_where(blob), error=describe_within(
                blob.path, error.archive, error.member, error.reason)))


def _sort_result(scan: HistoryScan, blob: Blob, result: FileResult, head_paths: List[str]) -> None:
    in_range = blob.order >= 0
    if result.error or result.skipped or result.damage is not None:
        if in_range:
            scan.problems.append(result)
        return
    if in_range:
        scan.blobs_scanned += 1
        if result.note:
            scan.problems.append(FileResult(result.filename, note=result.note, names_only=True))
    for finding in result.findings:
        key = (finding.type, finding.hashed_secret)
        sighting = scan.sightings.get(key)
        if sighting is None:
            if not in_range:
                continue  # only in HEAD's blobs outside the range: not this run's to report
            sighting = scan.sightings[key] = Sighting(finding=finding, blob=blob)
        for head_path in head_paths:
            place = (_member_name(finding.filename, blob.path, head_path), finding.line_number)
            if place not in sighting.head_places:
                sighting.head_places.append(place)


def history_details(sighting: Sighting, shallow_cuts: List[str]) -> Dict[str, Any]:
    commit = sighting.blob.commit
    details = {"commit": commit.sha, "author": commit.author, "date": commit.date, "path": sighting.finding.filename,
               "line": sighting.finding.line_number, "in_head": sighting.in_head,
               "head_paths": sorted({path for path, _ in sighting.head_places}),
               "status": STILL_IN_HEAD if sighting.in_head else DELETED}
    if commit.sha in shallow_cuts:
        details["shallow_cut"] = True  # seen first at the cut: it may have entered in a commit not here
    return details


def reported_finding(sighting: Sighting, shallow_cuts: List[str]) -> Finding:
    """The finding `scan --history` shows: where the secret entered the history, and whether
    HEAD still holds it."""
    finding = sighting.finding
    remediation = f"{finding.remediation} {IN_HISTORY}".strip()
    return replace(finding, remediation=remediation, details={**finding.details, "history": history_details(sighting, shallow_cuts)})


def attributed_name(scan: HistoryScan, finding: Finding, mask: Callable[[str], str]) -> Finding:
    """A secret found in a path's name, as `scan --history` shows it: against the first commit
    that added a file at a path holding it (the finding's name is masked: the secret itself,
    which the finding carries, finds the path); any other finding as it is."""
    if finding.details.get("found_in") != NAME_PART or "history" in finding.details or not finding.secret:
        return finding
    secret = finding.secret
    entered = next(((path, commit) for path, commit in scan.history.paths.items() if secret in path), None)
    if entered is None:
        return finding
    head_holders = sorted({mask(holder(path, secret)) for path in scan.head_paths if secret in path})
    commit = entered[1]
    details: Dict[str, Any] = {"commit": commit.sha, "author": commit.author, "date": commit.date,
                               "path": finding.filename, "line": 0, "in_head": bool(head_holders),
                               "head_paths": head_holders, "status": STILL_IN_HEAD if head_holders else DELETED}
    if commit.sha in scan.history.shallow_cuts:
        details["shallow_cut"] = True
    remediation = f"{finding.remediation} {IN_HISTORY}".strip()
    return replace(finding, remediation=remediation, details={**finding.details, "history": details})


def report_results(scan: HistoryScan) -> List[FileResult]:
    """The run as results for collect(): every path met (its name is scanned too), the problems,
    and each secret once. A secret's result is marked names_only so that files_scanned counts
    blobs (HistoryScan.blobs_scanned), not secrets."""
    results = listed({}, {}, scan.history.paths)
    results.extend(scan.problems)
    results.extend(FileResult(sighting.finding.filename, findings=[reported_finding(sighting, scan.history.shallow_cuts)],
                              names_only=True)
                   for sighting in scan.sightings.values())
    return results


def baseline_results(scan: HistoryScan) -> List[FileResult]:
    """The run as a baseline records it: a secret HEAD holds, at each place in HEAD (so that a
    plain `scan` of the tree finds it known); a deleted one, where it entered the history."""
    results = listed({}, {}, scan.history.paths)
    results.extend(scan.problems)
    for sighting in scan.sightings.values():
        places = sighting.head_places or [(sighting.finding.filename, sighting.finding.line_number)]
        results.extend(FileResult(path, findings=[replace(sighting.finding, filename=path, line_number=line)],
                                  names_only=True) for path, line in places)
    return results
