"""SecretfenceAwsDetector as a detect-secrets plugin: `detect-secrets scan --plugin` this file, or let the
installed bridge (secretfence._bridge) put it in detect-secrets' own plugin package."""
from secretfence.kinds.aws import SecretfenceAwsDetector as _Detector
from secretfence.detectors.plugin import as_plugin as _as_plugin

SecretfenceAwsDetector = _as_plugin(_Detector)
