"""Damage inside a nested archive (or an archive committed as a file): bytes no installer unpacks.
What could be read of it was scanned, so it is a warning, never a pass for what it hides."""
from __future__ import annotations

from secretfence.findings import LOW
from secretfence.kinds._spec import Kind

KIND = Kind(
    name="archives",
    secret_type="Unreadable Nested Archive",
    rule_id="archives",
    summary="A nested archive inside an artifact that cannot be read.",
    remediation="If it is a deliberate test fixture, nothing to do; otherwise rebuild the artifact.",
    confidence=LOW,
)
