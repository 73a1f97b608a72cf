"""Opt-in live checks: tell a live credential from a dead one (`--verify`).

Nothing is sent anywhere unless the person running secretfence asks for it (--verify,
SECRETFENCE_VERIFY=1 or their user config; never the scanned repository), and each secret goes
only to the service it belongs to: a Telegram token to the Bot API, an AWS key pair to STS, a
PyPI token to the upload endpoint of the index it was issued by, a Redis password to the host
named in the finding (or --redis-host for a bare `requirepass`), a PostgreSQL or MySQL/MariaDB
password to the host named with it. A host named in scanned content must be a public address
unless --verify-allow-internal is given.

Each check has one deadline for all it does (--verify-timeout), the whole phase has another
(--verify-deadline), and a network failure is "unknown", never "dead". What a service answers
reaches the report only as a fixed vocabulary: status codes, known error names, SQLSTATE codes
and MySQL error numbers, a validated bot username, AWS account and ARN; anything else is
"unexpected reply".
"""
from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from secretfence._dataclass import dataclass, field, replace
from secretfence.findings import Finding, Part, Verification

__all__ = ["Options", "Verdict", "default_endpoints", "verify"]

if TYPE_CHECKING:  # sockets, ssl and ipaddress load only when something is verified
    from typing import TypeAlias

    from secretfence.verify._net import Deadline

LIVE, DEAD, UNKNOWN = Verification.LIVE, Verification.DEAD, Verification.UNKNOWN
MAX_CONCURRENT = 4
DEFAULT_TIMEOUT = 5.0  # seconds for one check, all of it
DEFAULT_DEADLINE = 30.0  # seconds for the whole verification phase
CUT_GRACE = 1.0  # seconds for checks cut at the phase deadline to report why
UNEXPECTED = "unexpected reply"
PHASE_DEADLINE_REACHED = "no verdict before the verification deadline (--verify-deadline)"


@dataclass(frozen=True)
class Verdict:
    status: Verification
    detail: str  # fixed phrases and validated values only: it is printed in every format


@dataclass(frozen=True)
class Options:
    endpoints: Mapping[str, str] = field(default_factory=lambda: default_endpoints())
    timeout: float = DEFAULT_TIMEOUT  # one check, from its start to its verdict
    redis_host: Optional[str] = None  # host[:port] for Redis passwords that name no host
    allow_internal: bool = False  # let hosts named in scanned content be internal addresses
    deadline: float = DEFAULT_DEADLINE  # the whole phase


Checker: TypeAlias = "Callable[[Finding, Options, Deadline], Verdict]"  # a string: see kinds._spec.Check


def default_endpoints() -> Dict[str, str]:
    """The services' own URLs, by endpoint key (each kind declares its own)."""
    from secretfence.kinds import REGISTRY

    return REGISTRY.default_endpoints()


def _checkers() -> Dict[str, Checker]:
    from secretfence.kinds import REGISTRY

    return {rule_id: verifier.check for rule_id, verifier in REGISTRY.checks().items()}


def _checkable(finding: Finding) -> bool:
    from secretfence.kinds import REGISTRY

    verifier = REGISTRY.checks().get(finding.detector)
    return verifier is not None and (verifier.applies is None or verifier.applies(finding))


def verify(findings: Sequence[Finding], options: Options) -> List[Finding]:
    """The same findings, each checkable one carrying its verdict; order is kept."""
    checkers = _checkers()
    jobs = [(index, finding) for index, finding in enumerate(findings)
            if finding.detector in checkers and finding.secret and _checkable(finding)]
    # The same credential found in many places is sent once, and its verdict shared.
    first_of: Dict[Tuple[object, ...], int] = {}
    for index, finding in jobs:
        first_of.setdefault(_same_check(finding), index)
    unique = [(index, finding) for index, finding in jobs if first_of[_same_check(finding)] == index]
    checked = _run(unique, checkers, options)
    verdicts = {index: checked[first_of[_same_check(finding)]] for index, finding in jobs}
    # A secret access key shares the verdict of its key id.
    by_key_id = {
        (finding.filename, finding.masked): verdicts[index]
        for index, finding in jobs if finding.details.get("part") is Part.ACCESS_KEY_ID
    }
    out = []
    for index, finding in enumerate(findings):
        verdict = verdicts.get(index)
        if verdict is None and finding.details.get("part") is Part.SECRET_ACCESS_KEY:
            verdict = by_key_id.get((finding.filename, finding.details.get("key_id", "")))
        if verdict is None:
            out.append(finding)
            continue
        out.append(replace(finding, verification=verdict.status, verification_detail=verdict.detail,
                           is_verified=verdict.status is LIVE))
    return out


def _run(jobs: Sequence[Tuple[int, Finding]], checkers: Mapping[str, Checker], options: Options) -> Dict[int, Verdict]:
    """Run the checks a few at a time until all are done or the phase deadline passes.

    A check's own deadline never runs past the phase's, so at the phase deadline the running
    checks are being cut and report why (a short grace lets them); checks not started are
    "not checked". Workers are daemon threads: one stuck where no deadline reaches (a name
    lookup) is abandoned, and does not keep the process alive either.
    """
    if not jobs:
        return {}
    from secretfence.verify._net import Deadline

    phase = Deadline(options.deadline)
    pending = list(jobs)
    started: List[int] = []
    verdicts: Dict[int, Verdict] = {}
    changed = threading.Condition()

    def work() -> None:
        while True:
            with changed:
                if not pending or phase.passed():
                    return
                index, finding = pending.pop(0)
                started.append(index)
            check_deadline = Deadline(options.timeout, not_after=phase.end)
            verdict = _safe(checkers[finding.detector], finding, options, check_deadline)
            with changed:
                verdicts[index] = verdict
                changed.notify_all()

    for number in range(min(MAX_CONCURRENT, len(jobs))):
        threading.Thread(target=work, name=f"secretfence-verify-{number}", daemon=True).start()
    with changed:
        while len(verdicts) < len(jobs) and not phase.passed():
            changed.wait(max(0.0, phase.end - time.monotonic()))
        grace_end = phase.end + CUT_GRACE
        while any(index not in verdicts for index in started) and time.monotonic() < grace_end:
            changed.wait(max(0.0, grace_end - time.monotonic()))
        # Copied under the lock: a late verdict must not change the report being written.
        done = dict(verdicts)
    for index, _ in jobs:
        done.setdefault(index, Verdict(UNKNOWN, PHASE_DEADLINE_REACHED))
    return done


def _same_check(finding: Finding) -> Tuple[object, ...]:
    """What a check sends, and where: findings equal in this are one check."""
    where = tuple(str(finding.details.get(key, "")) for key in ("scheme", "host", "port", "user", "tls"))
    return (finding.detector, finding.secret, finding.partner, where)


def _safe(checker: Checker, finding: Finding, options: Options, deadline: Deadline) -> Verdict:
    try:
        verdict = checker(finding, options, deadline)
    except Exception as error:  # a checker bug or odd reply must not fail the scan, nor say "dead"
        return Verdict(UNKNOWN, f"check failed ({type(error).__name__})")
    # Belt and braces: a validated field (an ARN path, say) that happens to hold the secret is
    # not printed either.
    if any(secret and secret in verdict.detail for secret in (finding.secret, finding.partner)):
        return Verdict(verdict.status, UNEXPECTED)
    return verdict
