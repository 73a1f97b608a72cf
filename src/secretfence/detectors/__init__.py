"""Explicit registry of secretfence's own detectors (detect-secrets' plugins are discovered)."""
from __future__ import annotations

from typing import Dict, Tuple, Type

from secretfence.detectors._base import Match, Sample, SecretfenceDetector
from secretfence.detectors.aws import SecretfenceAwsDetector
from secretfence.detectors.database import SecretfenceDatabaseDetector
from secretfence.detectors.pypi_token import SecretfencePypiTokenDetector
from secretfence.detectors.redis import SecretfenceRedisDetector
from secretfence.detectors.telegram import SecretfenceTelegramDetector

DETECTORS: Tuple[Type[SecretfenceDetector], ...] = (
    SecretfencePypiTokenDetector,
    SecretfenceAwsDetector,
    SecretfenceRedisDetector,
    SecretfenceTelegramDetector,
    SecretfenceDatabaseDetector,
)

BY_NAME: Dict[str, Type[SecretfenceDetector]] = {cls.__name__: cls for cls in DETECTORS}
BY_KIND: Dict[str, Type[SecretfenceDetector]] = {cls.kind: cls for cls in DETECTORS}

# detect-secrets built-ins that ours replace outright (same kind, sharper rules).
REPLACED_BUILTINS = frozenset(name for cls in DETECTORS for name in cls.replaces)

__all__ = ["BY_KIND", "BY_NAME", "DETECTORS", "Match", "REPLACED_BUILTINS", "Sample", "SecretfenceDetector"]
