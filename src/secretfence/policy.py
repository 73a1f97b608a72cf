"""The upload gate's policy: which findings block a release and which only warn.

A guard that stops good releases gets bypassed, so the gate is sharper than the commit hook:
- it blocks findings at or above `[tool.secretfence.upload] block` (default "medium"): the
  format-specific, structurally valid credentials (decoded PyPI tokens, AWS key ids, Telegram
  tokens, Redis and database passwords, private keys, GitHub/Slack/Stripe… tokens);
- generic heuristics (keyword, entropy, basic-auth, JWT, IP) are "low" and warn;
- inside test, fixture, example and documentation paths of an artifact, generic heuristics and
  private keys drop to "low" (fixtures are full of made-up passwords and test TLS keys), while
  format-specific tokens, detect-secrets' (Slack, Stripe, SendGrid…) and secretfence's own, drop
  one level: a `sk_live_` key in tests/conftest.py is as live as anywhere else, and the fakes that
  fixtures hold declare themselves (placeholders, repeated characters, EXAMPLE) and warn already.
"""
from __future__ import annotations

import re

from secretfence._dataclass import replace
from secretfence.compat.detect_secrets.plugins import GENERIC_PLUGINS
from secretfence.findings import HIGH, LOW, MEDIUM, RANK, Confidence, Finding
_FIXTURE_PART = re.compile(
    r"(?:^|[/!])(?:tests?|testing|test_?data|fixtures?|examples?|docs?|samples?|unit|integration|"
    r"functional|e2e|vectors)(?:/|$)|(?:^|[/!])(?:test_[^/!]*|[^/!]*_test\.py|conftest\.py)$"
    # A file that says it holds examples or a template: botocore's `examples-1.json` (IAM's
    # ChangePassword example), `.env.example`, `settings.sample.py`, `config.template.yaml`.
    r"|(?:^|[/!])(?:[^/!]*[-_.])?(?:examples?|samples?|templates?)(?:[-_.][^/!]*)?$",
    re.IGNORECASE,
)


# Heuristics, and private keys (test suites ship TLS keys made for them), are fixtures' daily fare.
_LOW_IN_FIXTURES = GENERIC_PLUGINS | {"PrivateKeyDetector"}


def in_fixture_path(filename: str) -> bool:
    return bool(_FIXTURE_PART.search(filename))


def gate_confidence(finding: Finding) -> Confidence:
    if not in_fixture_path(finding.filename):
        return finding.confidence
    if finding.detector in _LOW_IN_FIXTURES:
        return LOW
    return {HIGH: MEDIUM, MEDIUM: LOW, LOW: LOW}[finding.confidence]


def at_the_gate(finding: Finding) -> Finding:
    """The finding with the confidence the upload gate judges it by."""
    confidence = gate_confidence(finding)
    return finding if confidence == finding.confidence else replace(finding, confidence=confidence)


def blocks(finding: Finding, threshold: Confidence) -> bool:
    return RANK[finding.confidence] >= RANK[threshold]
