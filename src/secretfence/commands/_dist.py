"""The artifact scan shared by `check-dist` and `upload`, and the .pypirc check they share."""
from __future__ import annotations

from typing import Iterable, Iterator, List, Optional, Sequence

from secretfence.baseline import Baseline
from secretfence.commands._common import Setup, collect
from secretfence.engine import FileResult, MemberScanner
from secretfence.errors import ArchiveError, describe_within
from secretfence.findings import HIGH, LOW, Confidence, Finding, Verification
from secretfence.kinds.pypirc import KIND as PYPIRC
from secretfence.names import listed
from secretfence.policy import at_the_gate, blocks
from secretfence.redact import Redactor
from secretfence.progress import Progress
from secretfence.report import ScanReport
from secretfence.sources import archives
from secretfence.sources.pypirc import Credential, Pypirc, split_userinfo

# Members are read in batches (bounded memory) and each batch is spread over the CPUs.


def scan_artifacts(setup: Setup, artifacts: Sequence[str], report: ScanReport,
                   attachments: Sequence[str] = ()) -> None:
    """Scan every member of every artifact, and the files sent beside them (signatures,
    attestations) as files; an unreadable one is an error (fails closed)."""
    progress = Progress(total=len(artifacts) + len(attachments), what="artifacts")
    with MemberScanner(setup.engine) as scanner:
        for artifact in artifacts:
            _scan_events(setup, artifact, archives.iter_artifact(artifact), report, scanner)
            progress.advance()
        for attachment in attachments:
            _scan_events(setup, attachment, archives.iter_file(attachment), report, scanner)
            progress.advance()
    progress.finish()


def scan_artifact_events(setup: Setup, artifact: str, events: Iterator[archives.Event], report: ScanReport,
                         scanner: MemberScanner) -> None:
    """One artifact's events (archives.iter_artifact), judged into `report` by the upload policy:
    the per-artifact step check-dist, upload and check-released share."""
    _scan_events(setup, artifact, events, report, scanner)


def _scan_events(setup: Setup, artifact: str, events: Iterator[archives.Event], report: ScanReport,
                 scanner: MemberScanner) -> None:
    """One artifact's members, scanned as they are read. Damage in the artifact itself makes it
    unreadable (an error: what could be read is still judged); damage inside a nested archive is a
    warning. A refusal (limits, encryption, links…) stops the artifact. Every name met (the
    artifact's, its members', those in its problems) is scanned and masked (secretfence.names)."""
    damage: List[archives.Unreadable] = []
    results = listed({}, {}, [artifact])
    try:
        for event in events:
            if isinstance(event, archives.Member):
                scanner.add(event.name, event.data, event.overlapping)
            elif event.blocking:
                damage.append(event)
                results.extend(listed({}, {}, [event.name]))
            else:
                results.append(FileResult(event.archive, damage=event))
            del event  # a member (up to 256 MiB) is let go before the next one is read
    except ArchiveError as error:
        scanner.discard()
        refused = error.archive if error.member is None else f"{error.archive}{archives.SEPARATOR}{error.member}"
        results.extend(listed({artifact: _within(artifact, error.archive, error.member, error.reason)}, {}, [refused]))
        judge(report, setup.names.results(results), setup.baseline, setup.config.upload_block)
        return
    if damage:
        first = damage[0]
        more = f" (and {len(damage) - 1} more problems)" if len(damage) > 1 else ""
        results.append(FileResult(artifact, error=_within(artifact, first.archive, first.member, first.reason) + more))
    results.extend(scanner.results())
    judge(report, setup.names.results(results), setup.baseline, setup.config.upload_block)


def _within(artifact: str, archive: str, member: Optional[str], reason: str) -> str:
    """The problem as shown under the artifact's name: without repeating that name."""
    return describe_within(artifact, archive, member, reason)


def rejudge_after_verification(report: ScanReport) -> None:
    """A live credential always blocks; one the service says is dead only warns."""
    from secretfence._dataclass import replace

    live, dead = Verification.LIVE, Verification.DEAD
    everything = report.findings + report.warnings
    report.findings = [f for f in everything if f.verification is live or (f in report.findings and f.verification is not dead)]
    report.warnings = [
        replace(f, confidence=LOW) if f.verification is dead else f for f in everything if f not in report.findings
    ]


def judge(report: ScanReport, results: Iterable[FileResult], baseline: Optional[Baseline], threshold: Confidence) -> None:
    """Sort findings into blocking, warnings and known, by the upload policy."""
    collect(report, results, baseline, lambda into, finding: judge_finding(into, finding, baseline, threshold))


def judge_finding(report: ScanReport, finding: Finding, baseline: Optional[Baseline], threshold: Confidence) -> None:
    # The gate passes only what the team audited as a false positive: an entry that is
    # unaudited or labelled real, even for this very file, still blocks.
    if baseline is not None and baseline.audited_false_positive(finding):
        report.known += 1
        return
    gated = at_the_gate(finding)
    (report.findings if blocks(gated, threshold) else report.warnings).append(gated)


def pypirc_content_findings(pypirc: Pypirc) -> List[Finding]:
    """What every detector finds in the .pypirc's text besides its passwords (a token in a
    comment, a repository URL or another key): twine does not send those, but the file holds
    them, and a file of publishing credentials is no place for any secret."""
    from secretfence.engine import Engine

    passwords = {credential.password for credential in pypirc.credentials}
    return [finding for finding in Engine().scan_bytes(pypirc.path, pypirc.raw).findings
            if finding.secret not in passwords]


def pypirc_findings(pypirc: Pypirc, sections: Optional[List[str]] = None,
                    content: Optional[List[Finding]] = None) -> List[Finding]:
    """One finding per plaintext credential (of the given sections, or all). `content` is
    pypirc_content_findings(pypirc), when the caller has it already (the file is scanned once)."""
    from secretfence.kinds.pypi_token import decode_token

    findings = []
    seen = set()
    # Every password in the file, whichever section, and every secret the detectors find in it:
    # a description quotes a user name and a repository URL, which may hold one.
    redactor = Redactor(credential.password for credential in pypirc.credentials if credential.password)
    if content is None:
        content = pypirc_content_findings(pypirc)
    redactor.update(secret for finding in content
                    for secret in (finding.secret, finding.partner) if secret)
    for credential in pypirc.credentials:
        if sections is not None and credential.section not in sections:
            continue
        key = (credential.line_number, credential.password)
        if key in seen:
            continue
        seen.add(key)
        findings.append(_credential_finding(pypirc, credential, decode_token(credential.password)).redacted(redactor))
    return findings


def _credential_finding(pypirc: Pypirc, credential: Credential, token) -> Finding:  # type: ignore[no-untyped-def]
    where = {
        "password": f"[{credential.section}] password",
        "default": f"[DEFAULT] password, used by [{credential.section}]",
        "server-login": f"[server-login] password, used by [{credential.section}]",
        "repository-url": f"password inside [{credential.section}] repository URL",
        "unused": f"[{credential.section}] password, sent to no index server (each sets its own)",
    }[credential.origin]
    # A repository URL can hold user:password@ (the password of another finding): never shown.
    repository = split_userinfo(credential.repository)[0] if credential.repository else ""
    if token is not None:
        what = token.summary()
    elif repository:
        what = f"password for {credential.username or '?'} at {repository}"
    else:
        what = "twine never sends it, but the file holds it"
    return Finding.create(
        type=PYPIRC.secret_type,
        filename=pypirc.path,
        line_number=credential.line_number,
        secret=credential.password,
        detector=PYPIRC.rule_id,
        confidence=HIGH,
        description=f"plaintext {where}: {what}",
        remediation=PYPIRC.remediation,
        details={"section": credential.section, "repository": repository},
    )


def permissions_note(pypirc: Pypirc) -> str:
    return (
        f"{pypirc.path} is readable by group/others (mode {pypirc.mode:04o}): run `chmod 600 {pypirc.path}`"
    )
