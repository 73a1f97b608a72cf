"""SecretfenceTelegramDetector as a detect-secrets plugin: `detect-secrets scan --plugin` this file, or let the
installed bridge (secretfence._bridge) put it in detect-secrets' own plugin package."""
from secretfence.kinds.telegram import SecretfenceTelegramDetector as _Detector
from secretfence.detectors.plugin import as_plugin as _as_plugin

SecretfenceTelegramDetector = _as_plugin(_Detector)
