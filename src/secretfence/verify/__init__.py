"""Opt-in live checks: tell a live credential from a dead one (`--verify`).

Nothing is sent anywhere unless --verify was given (or `[tool.secretfence] verify = true`), and
each secret goes only to the service it belongs to: a Telegram token to the Bot API, an AWS key
pair to STS, a PyPI token to the upload endpoint of the index it was issued by, a Redis password
to the host named in the finding (or --redis-host for a bare `requirepass`). Calls are short,
run a few at a time, and a network failure is "unknown", never "dead".
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Callable, Dict, List, Mapping, Optional, Sequence

from secretfence.findings import Finding

LIVE, DEAD, UNKNOWN = "live", "dead", "unknown"
MAX_CONCURRENT = 4
DEFAULT_TIMEOUT = 5.0

DEFAULT_ENDPOINTS = {
    "telegram": "https://api.telegram.org",
    "aws_sts": "https://sts.amazonaws.com",
    "pypi": "https://upload.pypi.org/legacy/",
    "testpypi": "https://test.pypi.org/legacy/",
}
_ENVIRONMENT = {
    "telegram": "SECRETFENCE_TELEGRAM_API_URL",
    "aws_sts": "SECRETFENCE_AWS_STS_URL",
    "pypi": "SECRETFENCE_PYPI_UPLOAD_URL",
    "testpypi": "SECRETFENCE_TESTPYPI_UPLOAD_URL",
}


@dataclass(frozen=True)
class Verdict:
    status: str  # live, dead or unknown
    detail: str


@dataclass(frozen=True)
class Options:
    endpoints: Mapping[str, str]
    timeout: float = DEFAULT_TIMEOUT
    redis_host: Optional[str] = None  # host[:port] for Redis passwords that name no host

    @classmethod
    def from_environment(cls, configured: Optional[Mapping[str, str]] = None, timeout: float = DEFAULT_TIMEOUT,
                         redis_host: Optional[str] = None) -> "Options":
        endpoints = dict(DEFAULT_ENDPOINTS)
        endpoints.update(configured or {})
        for key, variable in _ENVIRONMENT.items():
            if os.environ.get(variable):
                endpoints[key] = os.environ[variable]
        return cls(endpoints=endpoints, timeout=timeout, redis_host=redis_host)


Checker = Callable[[Finding, Options], Verdict]


def _checkers() -> Dict[str, Checker]:
    from secretfence.verify import aws, pypi, redis, telegram

    return {
        "SecretfenceTelegramDetector": telegram.check,
        "SecretfenceAwsDetector": aws.check,
        "SecretfencePypiTokenDetector": pypi.check,
        "SecretfenceRedisDetector": redis.check,
    }


def verify(findings: Sequence[Finding], options: Options) -> List[Finding]:
    """The same findings, each checkable one carrying its verdict; order is kept."""
    checkers = _checkers()
    jobs = {index: finding for index, finding in enumerate(findings)
            if finding.detector in checkers and finding.secret and _checkable(finding)}
    verdicts: Dict[int, Verdict] = {}
    if jobs:
        with ThreadPoolExecutor(max_workers=min(MAX_CONCURRENT, len(jobs))) as pool:
            futures = {index: pool.submit(_safe, checkers[finding.detector], finding, options)
                       for index, finding in jobs.items()}
            verdicts = {index: future.result() for index, future in futures.items()}
    # A secret access key shares the verdict of its key id.
    by_key_id = {
        (finding.filename, finding.masked): verdicts[index]
        for index, finding in jobs.items() if finding.details.get("part") == "access_key_id"
    }
    out = []
    for index, finding in enumerate(findings):
        verdict = verdicts.get(index)
        if verdict is None and finding.details.get("part") == "secret_access_key":
            verdict = by_key_id.get((finding.filename, finding.details.get("key_id", "")))
        if verdict is None:
            out.append(finding)
            continue
        out.append(replace(finding, verification=verdict.status, verification_detail=verdict.detail,
                           is_verified=verdict.status == LIVE))
    return out


def _checkable(finding: Finding) -> bool:
    if finding.detector == "SecretfenceAwsDetector":
        return finding.details.get("part") == "access_key_id" and bool(finding.partner)
    return True


def _safe(checker: Checker, finding: Finding, options: Options) -> Verdict:
    try:
        return checker(finding, options)
    except Exception as error:  # a checker bug or odd reply must not fail the scan, nor say "dead"
        return Verdict(UNKNOWN, f"check failed ({type(error).__name__})")
