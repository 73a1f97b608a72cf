"""What a secretfence detector is (`_base`), and the detect-secrets 1.5 plugins secretfence runs in
faster twins (`builtin`, `keyword`, `entropy`, `linear`, `whole_match`). secretfence's own detectors
live with everything else about their kind in `secretfence.kinds`."""
from __future__ import annotations

from secretfence.detectors._base import Match, Sample, SecretfenceDetector

__all__ = ["Match", "Sample", "SecretfenceDetector"]
