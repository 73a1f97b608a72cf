"""`secretfence upload`: twine upload, behind the gate.

The parser is twine's own (`Settings.register_argparse_arguments` + `dists`), so every option of
the installed twine works unchanged. Options starting with `--secretfence-` are ours and are
removed before twine sees the rest. The files are expanded once, the way twine does, then those
exact files are scanned and, if nothing blocks, handed to twine's upload in this process.

Every file given is scanned: distributions as artifacts, and the files twine sends beside them
(`*.asc` signatures, `*.*.attestation` attestations, as twine tells them apart) as the text they
are. twine's own failures are printed the way `twine upload` prints them.
"""
from __future__ import annotations

import argparse
import fnmatch
import logging
import sys
from typing import TYPE_CHECKING, Any, List, Optional, Sequence, Tuple

from secretfence._dataclass import dataclass
from secretfence.commands._common import Setup, VerifyRequest, apply_verification, emit, prepare
from secretfence.commands._dist import (
    judge_finding,
    permissions_note,
    pypirc_content_findings,
    pypirc_findings,
    rejudge_after_verification,
    scan_artifacts,
)
from secretfence.commands._options import OneLineErrorParser, positive_seconds
from secretfence.errors import EXIT_CLEAN, EXIT_FINDINGS, UsageError, handled
from secretfence.findings import LOW, Finding
from secretfence.report import ScanReport
from secretfence.sources.pypirc import Pypirc, read_pypirc

if TYPE_CHECKING:  # twine is an optional dependency (secretfence[upload])
    from twine.settings import Settings

SUMMARY = "scan what twine would publish and the .pypirc, then run twine upload"

OUR_OPTIONS = {
    "--secretfence-baseline": True,
    "--secretfence-no-baseline": False,
    "--secretfence-format": True,
    "--secretfence-verify": False,
    "--secretfence-no-verify": False,
    "--secretfence-verify-timeout": True,
    "--secretfence-verify-deadline": True,
    "--secretfence-verify-allow-internal": False,
    "--secretfence-redis-host": True,
}
# twine's own split of its inputs (twine.commands._split_inputs, twine >= 6): these are sent with
# the distribution they name, as they are, not read as distributions.
SIGNATURE_PATTERN = "*.asc"
ATTESTATION_PATTERN = "*.*.attestation"


def split_arguments(argv: Sequence[str]) -> Tuple[dict, List[str]]:
    """(our options, twine's arguments)."""
    ours: dict = {}
    rest: List[str] = []
    iterator = iter(argv)
    for argument in iterator:
        name, has_value, value = argument.partition("=")
        if name in OUR_OPTIONS:
            if OUR_OPTIONS[name]:
                given: Optional[str] = value if has_value else next(iterator, None)
                if given is None:
                    raise UsageError(f"{name} needs a value")
                ours[name] = given
            else:
                ours[name] = True
        else:
            rest.append(argument)
    return ours, rest


def verify_request(ours: dict) -> VerifyRequest:
    if ours.get("--secretfence-verify") and ours.get("--secretfence-no-verify"):
        raise UsageError("--secretfence-verify and --secretfence-no-verify contradict each other")
    enabled = True if ours.get("--secretfence-verify") else False if ours.get("--secretfence-no-verify") else None
    return VerifyRequest(
        enabled=enabled,
        timeout=_seconds(ours, "--secretfence-verify-timeout"),
        deadline=_seconds(ours, "--secretfence-verify-deadline"),
        redis_host=ours.get("--secretfence-redis-host"),
        allow_internal=True if ours.get("--secretfence-verify-allow-internal") else None,
        upload=True,
    )


def _seconds(ours: dict, name: str) -> Optional[float]:
    if name not in ours:
        return None
    try:
        return positive_seconds(ours[name])
    except argparse.ArgumentTypeError as error:
        raise UsageError(f"{name}: {error}") from None


def twine_parser() -> argparse.ArgumentParser:
    from twine import settings

    parser = OneLineErrorParser(
        prog="secretfence upload",
        description="Scan what twine would upload (and the .pypirc it would read), then run twine upload. "
        "Takes exactly twine upload's arguments, plus --secretfence-baseline FILE, "
        "--secretfence-no-baseline, --secretfence-format text|json|sarif, and for live verification "
        "--secretfence-verify, --secretfence-no-verify, --secretfence-verify-timeout SECONDS, "
        "--secretfence-verify-deadline SECONDS, --secretfence-verify-allow-internal and "
        "--secretfence-redis-host HOST[:PORT]. Verification is turned on only by whoever uploads "
        "(these options, SECRETFENCE_VERIFY=1, or their user config), never by the project.",
        epilog="example:\n  secretfence upload -r testpypi dist/*\n\n"
        "exit codes: 0 uploaded, 1 blocked by findings (nothing sent) or twine failed, 2 usage or unreadable input",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    settings.Settings.register_argparse_arguments(parser)
    parser.add_argument("dists", nargs="+", metavar="dist", help="the distribution files to upload (usually dist/*)")
    return parser


@dataclass(frozen=True)
class PypircUse:
    """The .pypirc twine reads and the section whose password it sends (none with --repository-url)."""

    config_file: Optional[str] = None  # twine's --config-file; None: ~/.pypirc
    section: str = "pypi"
    by_url: bool = False


def main(argv: Optional[Sequence[str]] = None) -> int:
    """`secretfence upload ARGS`: twine upload's arguments plus the --secretfence-* options."""
    ours, twine_args = split_arguments(sys.argv[1:] if argv is None else argv)
    try:
        from twine import commands as twine_commands
        from twine import exceptions as twine_exceptions
        from twine import settings
    except ImportError:
        raise UsageError("twine is not installed: pip install 'secretfence[upload]'") from None

    parsed = twine_parser().parse_args(twine_args)
    try:
        dists = twine_commands._find_dists(parsed.dists)
        # from_argparse pops keys out of the namespace it is given: hand it a copy.
        upload_settings = settings.Settings.from_argparse(argparse.Namespace(**vars(parsed)))
    except twine_exceptions.TwineException as error:
        raise UsageError(f"{type(error).__name__}: {_first_line(error)}") from None

    request = verify_request(ours)  # a bad verification option is an error before anything is scanned
    pypirc = PypircUse(config_file=getattr(parsed, "config_file", None),
                       section=getattr(parsed, "repository", None) or "pypi",
                       by_url=bool(getattr(parsed, "repository_url", None)))
    return upload(dists, upload_settings, pypirc, baseline_path=ours.get("--secretfence-baseline"),
                  use_baseline=not ours.get("--secretfence-no-baseline", False),
                  output_format=ours.get("--secretfence-format", "text"), verify=request)


def upload(
    dists: Sequence[str],
    upload_settings: "Settings",
    pypirc: PypircUse,
    *,
    baseline_path: Optional[str] = None,
    use_baseline: bool = True,
    output_format: str = "text",
    verify: Optional[VerifyRequest] = None,
) -> int:
    """Scan `dists` (twine's expansion of its arguments) and the .pypirc; run twine's upload with
    `upload_settings` only if nothing blocks."""
    from twine.commands import upload as twine_upload

    request = verify if verify is not None else VerifyRequest(upload=True)
    setup = prepare(baseline_path, use_baseline, gate=True)
    report = ScanReport(command="upload")
    artifacts, attachments = split_uploads(dists)
    scan_artifacts(setup, artifacts, report, attachments=attachments)
    if apply_verification(report, setup, request):
        rejudge_after_verification(report)
    _check_pypirc(report, pypirc, setup)
    if report.exit_code != EXIT_CLEAN:
        print("secretfence: upload blocked: nothing was sent to the index.", file=sys.stderr)
        return emit(report, output_format, names=setup.names)
    if report.warnings:
        emit(report, output_format, out=sys.stderr, names=setup.names)
    return _run_twine(twine_upload.upload, upload_settings, list(dists))


def split_uploads(dists: Sequence[str]) -> Tuple[List[str], List[str]]:
    """(distributions, signatures and attestations), split by name as twine splits them."""
    attachments = [dist for dist in dists
                   if fnmatch.fnmatch(dist, SIGNATURE_PATTERN) or fnmatch.fnmatch(dist, ATTESTATION_PATTERN)]
    chosen = set(attachments)
    return [dist for dist in dists if dist not in chosen], attachments


def _run_twine(upload_function: Any, upload_settings: Any, dists: List[str]) -> int:
    """twine's upload, its output and its failures shown as `twine upload` shows them (twine's
    __main__): its logging set up by twine, an HTTP error as status, phrase, URL and reason, a
    twine error as `ClassName: message`. URLs are shown without credentials."""
    import http

    import requests
    from twine import cli as twine_cli
    from twine import exceptions as twine_exceptions
    from twine import utils as twine_utils

    twine_cli.configure_output()
    logger = logging.getLogger("twine.__main__")
    try:
        upload_function(upload_settings, dists)
    except requests.HTTPError as error:
        response = error.response
        if response is None:
            logger.error(f"{type(error).__name__}: {_first_line(error)}")
            return EXIT_FINDINGS
        try:
            phrase = http.HTTPStatus(response.status_code).phrase
        except ValueError:
            phrase = "Unknown Status"
        logger.error(f"{type(error).__name__}: {response.status_code} {phrase} "
                     f"from {twine_utils.sanitize_url(response.url)}\n{response.reason}")
        return EXIT_FINDINGS
    except twine_exceptions.TwineException as error:
        logger.error(f"{type(error).__name__}: {error.args[0] if error.args else ''}")
        return EXIT_FINDINGS
    except requests.RequestException as error:  # twine's __main__ lets these out as a traceback
        logger.error(f"{type(error).__name__}: {_first_line(error)}")
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _check_pypirc(report: ScanReport, use: PypircUse, setup: Setup) -> None:
    """The .pypirc twine would read: the section in use blocks, other sections warn."""
    default = not use.config_file or use.config_file == "~/.pypirc"
    pypirc = read_pypirc(use.config_file, required=not default)
    if pypirc is None:
        return
    content = pypirc_content_findings(pypirc)  # the file is scanned once, for all three uses
    used = [] if use.by_url else pypirc_findings(pypirc, [use.section], content)
    used_hashes = {finding.hashed_secret for finding in used}
    for finding in used:
        judge_finding(report, finding, setup.baseline, LOW)
    for finding in pypirc_findings(pypirc, content=content):
        if finding.hashed_secret not in used_hashes:
            report.warnings.append(finding)
    # Any other secret in the file twine reads (a token in a comment, a URL, another key) is
    # judged as a finding in an artifact is: a plaintext credential blocks the upload.
    for finding in content:
        judge_finding(report, finding, setup.baseline, setup.config.upload_block)
    if pypirc.loosely_readable:
        if pypirc.credentials:
            report.notes.append(permissions_note(pypirc))
        else:
            report.warnings.append(_mode_warning(pypirc))


def _mode_warning(pypirc: Pypirc) -> Finding:
    return Finding(
        type=".pypirc Permissions", filename=pypirc.path, line_number=0, hashed_secret="", masked="",
        detector="pypirc", confidence=LOW, description=permissions_note(pypirc),
        remediation=f"chmod 600 {pypirc.path}",
    )


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


if __name__ == "__main__":
    raise SystemExit(handled(main))
