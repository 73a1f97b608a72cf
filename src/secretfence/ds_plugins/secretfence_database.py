"""SecretfenceDatabaseDetector as a detect-secrets plugin: `detect-secrets scan --plugin` this file, or let the
installed bridge (secretfence._bridge) put it in detect-secrets' own plugin package."""
from secretfence.detectors.database import SecretfenceDatabaseDetector as _Detector
from secretfence.detectors.plugin import as_plugin as _as_plugin

SecretfenceDatabaseDetector = _as_plugin(_Detector)
