"""Labelled files for the accuracy measure (issue 14): what a gate must block, and decoys it must pass.

Each `*_cases.py` module in this package holds `CASES: List[LabelledCase]`, generated fakes only,
each with the source its format comes from. `accuracy_test.py` checks every case; the
`benchmarks/accuracy.py` script prints recall and precision per category, beside the peers'.
"""
from __future__ import annotations

import base64
import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional, Tuple

from secretfence.findings import MEDIUM, Confidence, Finding
from secretfence.policy import blocks

if TYPE_CHECKING:
    from secretfence.engine import Engine


@dataclass(frozen=True)
class LabelledCase:
    category: str  # what carrier or decoy it stands for: "redis/exec-form", "decoy/presigned-url"
    file_name: str  # the name the text is scanned under (formats are recognised by name)
    text: str  # the whole file, generated fakes only
    secret: Optional[str]  # the credential a gate must report (decoded, assembled); None: a decoy
    source: str  # where the format comes from (a tool's docs, a peer's rule or sample)

    @property
    def expects_secret(self) -> bool:
        return self.secret is not None


def reports(finding: Finding, secret: str) -> bool:
    """The finding stands for the planted secret: it is the secret, holds it, or is a large part.
    A private key block is compared without its layout: a key indented in a YAML block or a
    here-doc is the same key (its finding keeps the lines as written, from the header's BEGIN)."""
    if secret in finding.secret or (len(finding.secret) >= 8 and finding.secret in secret):
        return True
    if "PRIVATE KEY" in secret and "PRIVATE KEY" in finding.secret:
        return _unlaid(secret) in _unlaid(finding.secret)
    if "PRIVATE KEY" in finding.secret:
        # A key block labelled as the base64 it is written as (fastlane's `key_content:` with
        # `is_key_content_base64: true`): the key it decodes to is what leaked (what secretfence reports).
        block = _decoded_block(secret)
        return block is not None and "PRIVATE KEY" in block and _unlaid(block) in _unlaid(finding.secret)
    if len(finding.secret) >= 6 and _basic_password(secret) == finding.secret:
        return True  # an HTTP Basic credential labelled as written: its password, decoded, is what leaked
    if len(finding.secret) >= 6 and _decoded(secret) == finding.secret:
        return True  # a password sent base64-encoded (SOAP's passwordData) labelled as written: the same
    if len(finding.secret) >= 6 and _sasl_plain_password(secret) == finding.secret:
        return True  # an SMTP/IMAP AUTH PLAIN message labelled as written: its password, decoded, is what leaked
    return False


def _sasl_plain_password(secret: str) -> Optional[str]:
    """The password of `secret` when it is base64 of a SASL PLAIN message (RFC 4616: authzid NUL authcid NUL
    passwd), else None."""
    try:
        text = base64.b64decode(secret, validate=True).decode("utf-8")
    except ValueError:  # (binascii.Error and UnicodeDecodeError are ValueErrors)
        return None
    parts = text.split("\0")
    if len(parts) != 3 or not parts[1] or not parts[2] or not all(part.isprintable() for part in parts):
        return None
    return parts[2]


def _decoded(secret: str) -> Optional[str]:
    """The printable text `secret` is the base64 of, else None."""
    try:
        text = base64.b64decode(secret, validate=True).decode("utf-8")
    except ValueError:  # (binascii.Error and UnicodeDecodeError are ValueErrors)
        return None
    return text if text.isprintable() else None


def _decoded_block(secret: str) -> Optional[str]:
    """The text (lines allowed) `secret` is the base64 of, else None."""
    try:
        return base64.b64decode(secret, validate=True).decode("utf-8")
    except ValueError:  # (binascii.Error and UnicodeDecodeError are ValueErrors)
        return None


def _basic_password(secret: str) -> Optional[str]:
    """The password of `secret` when it is base64 of `user:password` (RFC 7617), else None; of
    `key:`, the key when it looks generated (an API key sent as the user with no password: what
    leaked is the user)."""
    try:
        text = base64.b64decode(secret, validate=True).decode("utf-8")
    except ValueError:  # (binascii.Error and UnicodeDecodeError are ValueErrors)
        return None
    user, sign, password = text.partition(":")
    if not (sign and user and text.isprintable()):
        return None
    if password:
        return password
    # (no password: the user stands for the secret only when it looks like a key, not like a name)
    generated = len(user) >= 16 and any(c.isdigit() for c in user) and any(c.isalpha() for c in user)
    return user if generated else None


def _unlaid(key_text: str) -> str:
    return "".join(key_text.split()).strip("-")


def blocking(findings: List[Finding], threshold: Confidence = MEDIUM) -> List[Finding]:
    """What the upload gate blocks by default (a lower confidence is a warning there)."""
    return [finding for finding in findings if blocks(finding, threshold)]


def blocked_lines(engine: "Engine", filename: str, text: str) -> List[Tuple[int, str, str]]:
    """(line, type, secret) of the findings on `text` that block, sorted: what a form's test compares."""
    return sorted((finding.line_number, finding.type, finding.secret)
                  for finding in blocking(engine.scan_text(filename, text)))


def classified_right(engine: "Engine", case: LabelledCase) -> bool:
    found = blocking(engine.scan_text(case.file_name, case.text))
    if case.secret is None:
        return not found
    return any(reports(finding, case.secret) for finding in found)


def all_cases() -> List[LabelledCase]:
    cases: List[LabelledCase] = []
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.name.endswith("_cases"):
            cases.extend(importlib.import_module(f"{__package__}.{module.name}").CASES)
    return cases
