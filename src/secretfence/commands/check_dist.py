"""`secretfence check-dist`: the upload gate's artifact scan, without uploading."""
from __future__ import annotations

from typing import Optional, Sequence

from secretfence.commands._common import emit, prepare
from secretfence.commands._dist import scan_artifacts
from secretfence.errors import ArchiveError, UnreadableInputError
from secretfence.report import ScanReport
from secretfence.sources import archives


def check_dist(
    paths: Sequence[str],
    *,
    baseline_path: Optional[str] = None,
    use_baseline: bool = True,
    output_format: str = "text",
) -> int:
    setup = prepare(baseline_path, use_baseline)
    try:
        artifacts = archives.expand_artifacts(tuple(paths))
    except ArchiveError as error:
        raise UnreadableInputError(str(error)) from None
    if not artifacts:
        raise UnreadableInputError(f"no wheels or sdists found in {', '.join(paths)}")
    report = ScanReport(command="check-dist")
    scan_artifacts(setup, artifacts, report)
    return emit(report, output_format)
