"""`--format json`: detect-secrets' `results` shape plus secretfence's redacted fields."""
from __future__ import annotations

import json
from typing import Any, Dict, List

from secretfence import __version__
from secretfence.report import ScanReport


def render(report: ScanReport) -> str:
    results: Dict[str, List[Dict[str, Any]]] = {}
    for finding in report.sorted_findings():
        results.setdefault(finding.filename, []).append(finding.to_json())
    warnings: Dict[str, List[Dict[str, Any]]] = {}
    for finding in sorted(report.warnings, key=lambda f: f.sort_key):
        warnings.setdefault(finding.filename, []).append(finding.to_json())
    document: Dict[str, Any] = {
        "tool": "secretfence",
        "version": __version__,
        "command": report.command,
        "results": results,
        "warnings": warnings,
        "summary": {
            "new": len(report.findings),
            "warnings": len(report.warnings),
            "known": report.known,
            "files_scanned": report.files_scanned,
            "files_skipped": len(report.skipped),
            "exit_code": report.exit_code,
        },
        "skipped": dict(sorted(report.skipped.items())),
        "errors": dict(sorted(report.errors.items())),
        "notes": list(report.notes),
    }
    if report.history is not None:
        document["history"] = dict(report.history)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
