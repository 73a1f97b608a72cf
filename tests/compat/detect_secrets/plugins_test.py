"""secretfence's static knowledge of detect-secrets' plugins stays in step with detect-secrets."""
from __future__ import annotations

from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class

from secretfence.compat.detect_secrets.plugins import BUILTIN_MODULES


def test_every_detect_secrets_plugin_is_known_with_its_module() -> None:
    discovered = {
        cls.__name__: cls.__module__.rsplit(".", 1)[1]
        for cls in get_mapping_from_secret_type_to_class().values()
        if cls.__module__.startswith("detect_secrets.plugins.")
    }
    assert discovered == BUILTIN_MODULES
