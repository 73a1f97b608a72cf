"""What every scanning command shares: config → baseline → engine, and baseline filtering."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, TextIO, Tuple

from secretfence.baseline import Baseline
from secretfence.config import Config, load_config
from secretfence.engine import Engine, EngineConfig, FileResult, PluginLoadError
from secretfence.errors import BaselineError, UsageError
from secretfence.findings import Finding
from secretfence.report import ScanReport
from secretfence.sources import git
from secretfence.sources.paths import relative_name, repository_root

FORMATS = ("text", "json", "sarif")


@dataclass
class Setup:
    config: Config
    baseline: Optional[Baseline]
    engine: Engine
    root: str  # what file names are relative to (secretfence.sources.paths)
    git_top: Optional[str]  # the git work tree containing cwd, None outside git

    def scannable(self, name: str) -> bool:
        """Everything but the baseline (hashes galore), which is never scanned, as in detect-secrets."""
        return self.baseline is None or name != relative_name(self.baseline.path, self.root)


def project_root(config: Config, cwd: str = ".") -> Tuple[str, Optional[str]]:
    """(root names are relative to, git work tree or None): computed once per run."""
    git_top = git.toplevel(cwd)
    return repository_root(config.root, git_top), git_top


def prepare(baseline_path: Optional[str], use_baseline: bool = True, cwd: str = ".") -> Setup:
    """Load config and baseline and build the engine; any problem is one clear error."""
    config = load_config(cwd)
    root, git_top = project_root(config, cwd)
    baseline: Optional[Baseline] = None
    if use_baseline:
        path = baseline_path if baseline_path is not None else config.baseline_path()
        if path is not None:
            if config.baseline is not None and baseline_path is None and not os.path.exists(path):
                raise BaselineError(
                    f"{path}: configured in {config.source} but missing "
                    "(create it with `secretfence baseline create`)"
                )
            baseline = Baseline.load(path)
    try:
        if baseline is not None:
            engine_config = baseline.engine_config(config.disable, config.exclude, config.root)
        else:
            engine_config = EngineConfig.default(config.disable)
            engine_config.exclude = list(config.exclude)
        engine = Engine(engine_config)
    except PluginLoadError as error:
        where = baseline.path if baseline is not None else "configuration"
        raise BaselineError(f"{where}: {error}") from None
    return Setup(config=config, baseline=baseline, engine=engine, root=root, git_top=git_top)


def collect(
    report: ScanReport,
    results: Iterable[FileResult],
    baseline: Optional[Baseline],
    place: Optional[Callable[[ScanReport, Finding], None]] = None,
) -> None:
    """Sort each file's outcome into findings, skips and errors; `place` files each finding
    (default, the commit door: known to the baseline, or new)."""
    for result in results:
        if result.error:
            report.errors[result.filename] = result.error
            continue
        if result.skipped:
            report.skipped[result.filename] = result.skipped
            continue
        report.files_scanned += 1
        for finding in result.findings:
            if place is not None:
                place(report, finding)
            elif baseline is not None and baseline.accounts_for(finding):
                report.known += 1
            else:
                report.findings.append(finding)


@dataclass
class VerifyRequest:
    """--verify and its options, as given on the command line (None: follow the config)."""

    enabled: Optional[bool] = None
    timeout: float = 5.0
    redis_host: Optional[str] = None


def apply_verification(report: ScanReport, setup: Setup, request: VerifyRequest) -> bool:
    """Live-check the report's findings when asked (flag or team config); True if it ran."""
    enabled = request.enabled if request.enabled is not None else setup.config.verify
    if not enabled:
        return False
    from secretfence.verify import Options, verify

    options = Options.from_environment(setup.config.endpoints, request.timeout, request.redis_host)
    report.findings = verify(report.findings, options)
    report.warnings = verify(report.warnings, options)
    return True


def emit(report: ScanReport, output_format: str, out: Optional[TextIO] = None) -> int:
    stream = out if out is not None else sys.stdout
    if output_format == "json":
        from secretfence.report import json as json_report

        stream.write(json_report.render(report))
    elif output_format == "sarif":
        from secretfence.report import sarif

        stream.write(sarif.render(report))
    elif output_format == "text":
        from secretfence.report import text

        color = stream.isatty() and os.environ.get("NO_COLOR") is None
        stream.write(text.render(report, color=color))
    else:
        raise UsageError(f"unknown format {output_format!r} (choose from {', '.join(FORMATS)})")
    stream.flush()
    return report.exit_code
