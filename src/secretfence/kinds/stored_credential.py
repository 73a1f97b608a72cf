"""A publishing credential kept in plaintext in a store a publisher reads (`~/.netrc`, pip.conf,
uv's, Poetry's, Hatch's or PDM's config): found by parsing the store as its tool does
(secretfence.stores), not by a line detector; `secretfence publish` blocks on it."""
from __future__ import annotations

from secretfence.findings import HIGH
from secretfence.kinds._spec import Kind

KIND = Kind(
    name="stored-credential",
    secret_type="Plaintext Publishing Credential",
    rule_id="stored-credential",
    summary="A password or token stored in plaintext in a config file a Python publisher or installer reads.",
    remediation="Run `secretfence credentials --fix` to move it into the keyring entry its tool reads, or use "
    "the tool's environment variable as a CI secret, or Trusted Publishing from CI.",
    confidence=HIGH,
)
