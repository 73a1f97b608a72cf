"""Exposes SecretfenceTelegramDetector inside detect-secrets' plugin package (see secretfence._bridge)."""
from secretfence.detectors.telegram import SecretfenceTelegramDetector  # noqa: F401
