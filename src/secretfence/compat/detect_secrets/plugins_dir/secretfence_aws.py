"""SecretfenceAwsDetector as a detect-secrets plugin: `detect-secrets scan --plugin` this file (`secretfence
detect-secrets --plugin-args` prints the options), or run `secretfence detect-secrets`."""
from __future__ import annotations

from secretfence.compat.detect_secrets.plugin_adapter import as_plugin as _as_plugin
from secretfence.detectors.aws import SecretfenceAwsDetector as _Detector

SecretfenceAwsDetector = _as_plugin(_Detector)
