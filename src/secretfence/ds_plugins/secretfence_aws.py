"""Exposes SecretfenceAwsDetector inside detect-secrets' plugin package (see secretfence._bridge)."""
from secretfence.detectors.aws import SecretfenceAwsDetector  # noqa: F401
