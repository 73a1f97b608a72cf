"""Exposes SecretfencePypiTokenDetector inside detect-secrets' plugin package (see secretfence._bridge)."""
from secretfence.detectors.pypi_token import SecretfencePypiTokenDetector  # noqa: F401
