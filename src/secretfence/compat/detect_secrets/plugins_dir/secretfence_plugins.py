"""secretfence's detectors as detect-secrets plugins, one class per detector kind of
`secretfence.kinds.REGISTRY`: `detect-secrets scan --plugin` this file (`secretfence detect-secrets
--plugin-args` prints the option), or run `secretfence detect-secrets`.

detect-secrets takes every public plugin class it finds in the file, so a kind added to the
registry is a plugin here with nothing more to write."""
from __future__ import annotations

from secretfence.compat.detect_secrets.plugin_adapter import as_plugin as _as_plugin
from secretfence.kinds import REGISTRY as _REGISTRY

for _detector in _REGISTRY.detectors():
    globals()[_detector.__name__] = _as_plugin(_detector)
