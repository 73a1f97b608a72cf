"""Exposes SecretfenceRedisDetector inside detect-secrets' plugin package (see secretfence._bridge)."""
from secretfence.detectors.redis import SecretfenceRedisDetector  # noqa: F401
