"""Human text: grouped by file, each finding with what it is and what to do; colour on a TTY."""
from __future__ import annotations

from itertools import groupby
from typing import Any, Dict, List

from secretfence.findings import NAME_PART, Finding, Verification
from secretfence.kinds import REGISTRY
from secretfence.redact import printable
from secretfence.report import ScanReport

MAX_WARNINGS_SHOWN = 20
MAX_SKIPPED_SHOWN = 10
_BOLD, _RED, _YELLOW, _DIM, _RESET = "\033[1m", "\033[31m", "\033[33m", "\033[2m", "\033[0m"


def render(report: ScanReport, color: bool = False) -> str:
    # Names and messages come from scanned trees: a file name can hold an escape sequence or a
    # line break. Every piece of data is shown escaped (printable), never run by the terminal.
    def paint(text: str, code: str) -> str:
        text = printable(text)
        return f"{code}{text}{_RESET}" if color else text

    lines: List[str] = []
    for filename, group in groupby(report.sorted_findings(), key=lambda f: f.filename):
        lines.append(paint(filename, _BOLD))
        for finding in group:
            lines.extend(_finding_lines(finding, paint, _RED))
        lines.append("")
    # Warnings do not block: one line each, and only the first few (all of them in JSON/SARIF).
    warnings = sorted(report.warnings, key=lambda f: f.sort_key)
    for finding in warnings[:MAX_WARNINGS_SHOWN]:
        where = f"{finding.filename}:{finding.line_number}" if finding.line_number else finding.filename
        what = f"{finding.type}  {finding.masked}".rstrip() if finding.masked else finding.type
        # The gate's own kinds (.pypirc, damaged archives) have no secret to show: say what it is.
        detail = f" ({finding.description})" if REGISTRY.is_gate_kind(finding.detector) else ""
        lines.append(paint("warning (not blocking): ", _YELLOW) + printable(f"{where}: {what}{detail}"))
    if len(warnings) > MAX_WARNINGS_SHOWN:
        lines.append(f"… and {len(warnings) - MAX_WARNINGS_SHOWN} more warnings (all of them with --format json)")
    if warnings:
        lines.append("")
    # Files set aside (nothing to read in them, or excluded): named, so none passes unseen.
    skipped = sorted(report.skipped.items())
    for name, reason in skipped[:MAX_SKIPPED_SHOWN]:
        lines.append(printable(f"skipped: {name}: {reason}"))
    if len(skipped) > MAX_SKIPPED_SHOWN:
        lines.append(f"… and {len(skipped) - MAX_SKIPPED_SHOWN} more skipped (all of them with --format json)")
    if skipped:
        lines.append("")
    for name, reason in sorted(report.errors.items()):
        lines.append(paint(f"error: {name}: {reason}", _RED))
    for note in report.notes:
        lines.append(paint(f"problem: {note}", _RED))
    shallow = report.history.get("shallow") if report.history is not None else None
    if isinstance(shallow, dict):  # a partial history scan, accepted with --allow-shallow: never unsaid
        lines.append(paint(f"note: {shallow.get('note', '')}", _YELLOW))
    if report.errors or report.notes or shallow:
        lines.append("")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _finding_lines(finding: Finding, paint, code: str) -> List[str]:  # type: ignore[no-untyped-def]
    live = ""
    if finding.verification is Verification.LIVE:
        live = paint(" LIVE CREDENTIAL", _RED + _BOLD)
    elif finding.verification:
        live = f" [{finding.verification}]"
    # A secret in the file's (or a directory's, a member's) name itself has no line.
    where = "name" if finding.details.get("found_in") == NAME_PART else f"line {finding.line_number}"
    head = f"  {where}: {paint(finding.type, code)}  {printable(finding.masked)}{live}"
    out = [head]
    if finding.description:
        out.append(printable(f"    what: {finding.description}"))
    history = finding.details.get("history")
    if isinstance(history, dict):
        out.append(printable(f"    history: {history_line(history)}"))
    if finding.verification_detail:
        out.append(printable(f"    checked: {finding.verification_detail}"))
    if finding.remediation:
        out.append(printable(f"    do: {finding.remediation}"))
    return out


def history_line(history: Dict[str, Any]) -> str:
    """Where a secret entered the git history, and whether HEAD still holds it."""
    where = (f"still in HEAD at {', '.join(history['head_paths'])}" if history.get("in_head")
             else "deleted from HEAD, still in the history")
    if history.get("shallow_cut"):  # the oldest commit a shallow clone holds: it may be older still
        return (f"first seen in {str(history.get('commit', ''))[:12]}, where this shallow clone is cut (it may have "
                f"entered earlier), as {history.get('path', '')}; {where}")
    return (f"first committed in {str(history.get('commit', ''))[:12]} by {history.get('author', '')} "
            f"on {history.get('date', '')} as {history.get('path', '')}; {where}")


def summary(report: ScanReport) -> str:
    parts = []
    new = len(report.findings)
    files = len({f.filename for f in report.findings})
    if new:
        parts.append(f"{new} new secret{'s' if new != 1 else ''} in {files} file{'s' if files != 1 else ''}")
    else:
        parts.append("no new secrets")
    if report.warnings:
        parts.append(f"{len(report.warnings)} warning{'s' if len(report.warnings) != 1 else ''}")
    if report.known:
        parts.append(f"{report.known} accounted for by the baseline")
    if report.history is not None:
        commits, blobs = report.history["commits"], report.files_scanned
        parts.append(f"{blobs} blob{'s' if blobs != 1 else ''} of {commits} commit{'s' if commits != 1 else ''} "
                     f"scanned ({report.history['range']})")
    else:
        parts.append(f"{report.files_scanned} file{'s' if report.files_scanned != 1 else ''} scanned")
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped")
    if report.errors:
        parts.append(f"{len(report.errors)} unreadable")
    verdict = {0: "ok", 1: "blocked", 2: "blocked: could not scan everything"}[report.exit_code]
    return f"secretfence {report.command}: {', '.join(parts)} — {verdict} (exit {report.exit_code})"
