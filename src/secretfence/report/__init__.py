"""What a run found, ready for any report format."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from secretfence._dataclass import dataclass, field
from secretfence.errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from secretfence.findings import Finding


@dataclass
class ScanReport:
    command: str  # "scan", "check-dist", "upload"
    findings: List[Finding] = field(default_factory=list)  # new: not accounted for by the baseline
    warnings: List[Finding] = field(default_factory=list)  # below the blocking policy (upload gate)
    known: int = 0  # findings the baseline accounts for
    files_scanned: int = 0
    skipped: Dict[str, str] = field(default_factory=dict)  # name -> reason (binary, excluded…)
    errors: Dict[str, str] = field(default_factory=dict)  # name -> why it could not be scanned
    notes: List[str] = field(default_factory=list)  # other problems found (e.g. .pypirc mode)
    history: Optional[Dict[str, Any]] = None  # `scan --history`: the range, commits and blobs read

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_ERROR
        if self.findings or self.notes:
            return EXIT_FINDINGS
        return EXIT_CLEAN

    def sorted_findings(self) -> List[Finding]:
        return sorted(self.findings, key=lambda f: f.sort_key)
