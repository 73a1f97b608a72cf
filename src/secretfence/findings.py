"""Finding: what the engine reports. It carries the secret only privately, for verification."""
from __future__ import annotations

from enum import Enum
from typing import Any, Dict, Mapping, Optional, Tuple

from secretfence._dataclass import dataclass, field, replace
from secretfence.redact import Redactor, mask


class _Word(str, Enum):
    """A closed set of words: each member is its word (`Confidence.HIGH == "high"`), and prints as
    it (str(), f-strings, JSON), on every Python version."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class Confidence(_Word):
    """How sure a detector is that a match is a live credential of its kind."""

    HIGH = "high"  # structurally valid, format-specific credential (decoded, checksummed, or unmistakable)
    MEDIUM = "medium"  # credential recognised by its name/context
    LOW = "low"  # generic heuristic (entropy, keyword) or a malformed credential


class Verification(_Word):
    """What a live check (--verify) found out about a credential."""

    LIVE = "live"  # the service accepted it
    DEAD = "dead"  # the service rejected it: revoked, expired or invalid
    UNKNOWN = "unknown"  # no verdict: unreachable, not checkable, out of time


class Part(_Word):
    """Which part of a credential made of several a finding is (`details["part"]`)."""

    ACCESS_KEY_ID = "access_key_id"  # AWS
    SECRET_ACCESS_KEY = "secret_access_key"  # AWS
    SESSION_TOKEN = "session_token"  # AWS


HIGH, MEDIUM, LOW = Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW
CONFIDENCES = tuple(Confidence)
RANK = {LOW: 0, MEDIUM: 1, HIGH: 2}  # how sure: a surer finding outranks (blocks where) a less sure one
# `details["found_in"]` of a finding in a name (a file's, a directory's, a member's), not in content.
NAME_PART = "name"


def hash_secret(secret: str) -> str:
    """The same hash detect-secrets stores as `hashed_secret` (SHA-1 of the UTF-8 text)."""
    import hashlib  # here: a clean commit hashes nothing, and OpenSSL's hashlib is slow to import

    return hashlib.sha1(secret.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Finding:
    type: str
    filename: str
    line_number: int
    hashed_secret: str
    masked: str
    detector: str
    confidence: Confidence = LOW
    description: str = ""
    remediation: str = ""
    details: Mapping[str, Any] = field(default_factory=dict)
    is_verified: bool = False
    verification: Optional[Verification] = None  # once checked
    verification_detail: str = ""
    is_secret: Optional[bool] = None  # audit label carried from a baseline
    # The plaintext never appears in repr, equality, JSON or baselines.
    secret: str = field(default="", repr=False, compare=False)
    partner: str = field(default="", repr=False, compare=False)  # e.g. the paired AWS secret key

    @classmethod
    def create(
        cls,
        *,
        type: str,
        filename: str,
        line_number: int,
        secret: str,
        detector: str,
        confidence: Confidence = LOW,
        description: str = "",
        remediation: str = "",
        details: Optional[Mapping[str, Any]] = None,
        partner: str = "",
    ) -> "Finding":
        return cls(
            type=type,
            filename=filename,
            line_number=line_number,
            hashed_secret=hash_secret(secret),
            masked=mask(secret),
            detector=detector,
            confidence=confidence,
            description=description,
            remediation=remediation,
            details=dict(details or {}),
            secret=secret,
            partner=partner,
        )

    def redacted(self, redactor: Redactor) -> "Finding":
        """The same finding with every text it shows passed through `redactor` (which holds the
        secrets found beside it): a description quoting the text around a secret may quote
        another one."""
        if not redactor:
            return self
        changed = {
            "description": redactor.redact(self.description),
            "remediation": redactor.redact(self.remediation),
            "details": redactor.redact_value(dict(self.details)),
            "verification_detail": redactor.redact(self.verification_detail),
        }
        if all(value == getattr(self, name) for name, value in changed.items()):
            return self  # most findings quote nothing: no copy (a run can have 100,000 of them)
        return replace(self, **changed)

    @property
    def identity(self) -> Tuple[str, str, str]:
        """Baseline identity: line numbers drift, so they are not part of it."""
        return (self.filename, self.type, self.hashed_secret)

    @property
    def sort_key(self) -> Tuple[int, str, int, str, str]:
        live_first = 0 if self.verification is Verification.LIVE else 1
        return (live_first, self.filename, self.line_number, self.type, self.hashed_secret)

    def baseline_entry(self) -> Dict[str, Any]:
        """The detect-secrets baseline shape of this finding."""
        entry: Dict[str, Any] = {
            "type": self.type,
            "filename": self.filename,
            "hashed_secret": self.hashed_secret,
            "is_verified": self.is_verified,
            "line_number": self.line_number,
        }
        if self.is_secret is not None:
            entry["is_secret"] = self.is_secret
        return entry

    def to_json(self) -> Dict[str, Any]:
        """Baseline-shaped entry plus secretfence's own (redacted) fields."""
        entry = self.baseline_entry()
        entry.update(
            {
                "secret_masked": self.masked,
                "detector": self.detector,
                "confidence": self.confidence.value,
                "description": self.description,
                "remediation": self.remediation,
                "details": {key: value.value if isinstance(value, Enum) else value for key, value in self.details.items()},
            }
        )
        if self.verification is not None:
            entry["verification"] = self.verification.value
            entry["verification_detail"] = self.verification_detail
        return entry
