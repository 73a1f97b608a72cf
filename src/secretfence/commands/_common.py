"""What every scanning command shares: config → baseline → engine, and baseline filtering."""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Callable, Iterable, Optional, TextIO, Tuple

from secretfence._collector import setting_up
from secretfence._dataclass import dataclass, field
from secretfence.baseline import Baseline
from secretfence.commands._options import FORMATS
from secretfence.config import Config, RunnerSettings, load_config, load_runner_settings
from secretfence.engine import Engine, EngineConfig, FileResult, PluginLoadError
from secretfence.errors import BaselineError, UsageError, describe_within
from secretfence.findings import Finding
from secretfence.kinds.archive import KIND as ARCHIVE
from secretfence.names import NameGuard
from secretfence.report import ScanReport
from secretfence.sources import git
from secretfence.sources.paths import relative_name, repository_root

if TYPE_CHECKING:
    from secretfence.sources import archives
    from secretfence.verify import Options


@dataclass
class Setup:
    config: Config
    baseline: Optional[Baseline]
    engine: Engine
    root: str  # what file names are relative to (secretfence.sources.paths)
    git_top: Optional[str]  # the git work tree containing cwd, None outside git
    # Verification settings of the person running secretfence (environment, user config).
    runner: RunnerSettings = field(default_factory=RunnerSettings)
    # The run's names: scanned like content, masked wherever shown (secretfence.names).
    names: NameGuard = field(init=False)

    def __post_init__(self) -> None:
        self.names = NameGuard(self.engine)

    def scannable(self, name: str) -> bool:
        """Everything but the baseline (hashes galore), which is never scanned, as in detect-secrets."""
        return self.baseline is None or name != relative_name(self.baseline.path, self.root)


def project_root(config: Config, cwd: str = ".") -> Tuple[str, Optional[str]]:
    """(root names are relative to, git work tree or None): computed once per run."""
    git_top = git.toplevel(cwd)
    return repository_root(config.root, git_top), git_top


def prepare(baseline_path: Optional[str], use_baseline: bool = True, cwd: str = ".", gate: bool = False) -> Setup:
    """Load config and baseline and build the engine; any problem is one clear error.

    `gate`: the upload gate (check-dist, upload), where the baseline only tunes the scan and its
    audited false positives pass (see Baseline.engine_config and commands/_dist.py).
    """
    with setting_up():  # (no garbage: the collector off, and in the program what it made frozen)
        return _prepared(baseline_path, use_baseline, cwd, gate)


def _prepared(baseline_path: Optional[str], use_baseline: bool, cwd: str, gate: bool) -> Setup:
    config = load_config(cwd)
    runner = load_runner_settings(cwd, [config.root] if config.source else [])
    root, git_top = project_root(config, cwd)
    baseline: Optional[Baseline] = None
    if use_baseline:
        path = baseline_path if baseline_path is not None else config.baseline_path()
        if path is not None:
            shown = config.baseline_shown(path)
            if config.baseline is not None and baseline_path is None and not os.path.lexists(path):
                where = "" if shown != path else f" configured in {config.source} but"
                raise BaselineError(f"{shown}:{where} missing (create it with `secretfence baseline create`)")
            baseline = Baseline.load(path, shown)
    try:
        if baseline is not None:
            engine_config = baseline.engine_config(config.disable, config.exclude, config.root, gate=gate)
        else:
            engine_config = EngineConfig.default(config.disable)
            engine_config.exclude = list(config.exclude)
        engine = Engine(engine_config)
    except PluginLoadError as error:
        if baseline is None:
            raise
        raise BaselineError(f"{config.baseline_shown(baseline.path)}: {error}") from None
    return Setup(config=config, baseline=baseline, engine=engine, root=root, git_top=git_top, runner=runner)


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
        if result.damage is not None:
            report.warnings.append(unreadable_warning(result.damage))
            continue
        if result.skipped:
            report.skipped[result.filename] = result.skipped
            continue
        if not result.names_only:
            report.files_scanned += 1
        if result.note:  # scanned, but not by every plugin: named, so that nothing passes unseen
            report.skipped[result.filename] = result.note
        for finding in result.findings:
            if place is not None:
                place(report, finding)
            elif baseline is not None and baseline.accounts_for(finding):
                report.known += 1
            else:
                report.findings.append(finding)


def unreadable_warning(damage: archives.Unreadable) -> Finding:
    """Damage inside a nested archive (or an archive committed as a file): data no installer
    unpacks; what could be read was scanned."""
    return Finding(
        type=ARCHIVE.secret_type, filename=damage.archive, line_number=0, hashed_secret="", masked="",
        detector=ARCHIVE.rule_id, confidence=ARCHIVE.confidence,
        description=describe_within(damage.archive, damage.archive, damage.member, damage.reason)
        + "; the readable part of it was scanned",
        remediation=ARCHIVE.remediation,
        details={"member": damage.member, "reason": damage.reason},
    )


@dataclass
class VerifyRequest:
    """Verification as asked on the command line; None: the environment or user config decide.

    The scanned project's configuration has no say in any of it (see secretfence.config).
    """

    enabled: Optional[bool] = None
    timeout: Optional[float] = None  # one check, all of it
    deadline: Optional[float] = None  # the whole verification phase
    redis_host: Optional[str] = None
    allow_internal: Optional[bool] = None
    upload: bool = False  # the upload gate: the user config's `[upload] verify` applies too


def refuse_repository_arguments(*, verify: bool, allow_internal: bool, redis_host: bool) -> None:
    """Under pre-commit, a hook's arguments come from the repository's .pre-commit-config.yaml
    (pre-commit sets PRE_COMMIT=1 for its hooks): they are the scanned tree's words, not the
    runner's, so they may not turn verification on or choose where secrets go."""
    if not os.environ.get("PRE_COMMIT"):
        return
    given = [flag for flag, asked in (("--verify", verify), ("--verify-allow-internal", allow_internal),
                                      ("--redis-host", redis_host)) if asked]
    if given:
        raise UsageError(
            f"{given[0]} is refused in a pre-commit hook's arguments: they come from the repository's "
            ".pre-commit-config.yaml, and only the person running secretfence decides where secrets are sent "
            "(SECRETFENCE_VERIFY=1, or verify = true in ~/.config/secretfence/config.toml)"
        )


def verification_options(runner: RunnerSettings, request: VerifyRequest) -> "Optional[Options]":
    """The options to verify with, or None when nobody running secretfence asked for it."""
    enabled = request.enabled
    if enabled is None:
        enabled = runner.upload_verify if request.upload else runner.verify
    if not enabled:
        return None
    from secretfence.verify import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, Options, default_endpoints
    return Options(
        endpoints={**default_endpoints(), **runner.endpoints},
        timeout=_first(request.timeout, runner.timeout, DEFAULT_TIMEOUT),
        deadline=_first(request.deadline, runner.deadline, DEFAULT_DEADLINE),
        redis_host=request.redis_host,
        allow_internal=bool(_first(request.allow_internal, runner.allow_internal, False)),
    )


def _first(*choices: "Optional[float]") -> float:
    return next(choice for choice in choices if choice is not None)


def apply_verification(report: ScanReport, setup: Setup, request: VerifyRequest) -> bool:
    """Live-check the report's findings when the person running secretfence asked; True if it ran."""
    options = verification_options(setup.runner, request)
    if options is None:
        return False
    from secretfence.verify import verify

    # One phase, under one deadline, for findings and warnings alike.
    checked = verify([*report.findings, *report.warnings], options)
    report.findings, report.warnings = checked[:len(report.findings)], checked[len(report.findings):]
    return True


def emit(report: ScanReport, output_format: str, out: Optional[TextIO] = None, names: Optional[NameGuard] = None) -> int:
    """Render the report, every name in it masked (`names`: the run's guard; without one, the
    names in the report are scanned with the default detectors)."""
    stream = out if out is not None else sys.stdout
    if names is None:
        from secretfence.names import default_engine

        names = NameGuard(default_engine())
    names.finish(report)
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
