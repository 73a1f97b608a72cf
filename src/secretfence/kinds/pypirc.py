"""A password kept in plaintext in the `.pypirc` twine reads: found by parsing the file as twine
does (secretfence.sources.pypirc), not by a line detector; the upload gate blocks on it."""
from __future__ import annotations

from secretfence.findings import HIGH
from secretfence.kinds._spec import Kind

KIND = Kind(
    name="pypirc",
    secret_type=".pypirc Plaintext Password",
    rule_id="pypirc",
    summary="A password stored in plaintext in the .pypirc twine reads.",
    remediation="Run `secretfence pypirc --fix` to move it into the system keyring (twine reads it from there), "
    "and prefer a project-scoped token or Trusted Publishing from CI over any stored password.",
    confidence=HIGH,
)
