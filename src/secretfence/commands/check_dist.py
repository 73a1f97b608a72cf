"""`secretfence check-dist`: the upload gate's artifact scan, without uploading."""
from __future__ import annotations

import os
from typing import Optional, Sequence

from secretfence.commands._common import VerifyRequest, apply_verification, emit, prepare
from secretfence.commands._dist import rejudge_after_verification, scan_artifacts
from secretfence.errors import EXIT_CLEAN, ArchiveError, UnreadableInputError
from secretfence.report import ScanReport
from secretfence.sources import archives


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
        paths = [path for path in paths if os.path.exists(path)]
    try:
        artifacts = archives.expand_artifacts(tuple(paths))
    except ArchiveError as error:
        raise UnreadableInputError(str(error)) from None
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
