"""`secretfence scan`: files, directories, the repo's tracked files, or staged blobs (the hook)."""
from __future__ import annotations

from typing import List, Optional, Sequence

from secretfence.commands._common import VerifyRequest, apply_verification, collect, emit, prepare
from secretfence.engine import FileResult, scan_paths
from secretfence.progress import Progress
from secretfence.report import ScanReport
from secretfence.sources import files, git_staged


def scan(
    paths: Sequence[str],
    *,
    staged: bool = False,
    baseline_path: Optional[str] = None,
    use_baseline: bool = True,
    output_format: str = "text",
    jobs: Optional[int] = None,
    verify: Optional[VerifyRequest] = None,
) -> int:
    setup = prepare(baseline_path, use_baseline)
    report = ScanReport(command="scan")
    results: List[FileResult]
    if staged:
        wanted = [path for path in paths if setup.scannable(path)]
        results = [setup.engine.scan_bytes(name, data) for name, data in git_staged.staged_blobs(wanted)]
    else:
        refs = files.expand_paths(paths) if paths else files.tracked_files()
        refs = [ref for ref in refs if setup.scannable(ref[0])]
        progress = Progress(total=len(refs), what="files")
        results = []
        for result in scan_paths(setup.engine, refs, jobs=jobs):
            results.append(result)
            progress.advance()
        progress.finish()
    collect(report, results, setup.baseline)
    apply_verification(report, setup, verify or VerifyRequest())
    return emit(report, output_format)
