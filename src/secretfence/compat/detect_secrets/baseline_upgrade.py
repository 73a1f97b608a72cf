"""Baselines older than detect-secrets 1.5's format, read through detect-secrets' own upgrade
steps (`detect_secrets.core.baseline.upgrade`), imported only when such a baseline is met."""
from __future__ import annotations

from typing import Any, Dict, Tuple

from secretfence.errors import BaselineError
from secretfence.redact import mask


def upgraded(document: Dict[str, Any], path: str) -> Dict[str, Any]:
    """Older detect-secrets formats go through detect-secrets' own upgrade steps."""
    version = str(document.get("version", ""))
    if not version or version.startswith("1.5") or _version_tuple(version) >= (1, 5):
        return document
    if document.get("custom_plugin_paths"):
        # detect-secrets' 1.0 upgrade imports each of these files to list its plugins.
        raise BaselineError(
            f"{path}: `custom_plugin_paths` names plugin code; a baseline is data, and secretfence never "
            "loads code it names (remove the key, and the plugins from `plugins_used`)"
        )
    try:
        from detect_secrets.core.baseline import upgrade

        return upgrade(dict(document))
    except Exception as error:  # an unreadable old format is an unreadable baseline
        # The exception's text may quote a value (packaging's InvalidVersion does): its kind only.
        raise BaselineError(
            f"{path}: cannot upgrade a version {mask(version)!r} baseline ({type(error).__name__})"
        ) from None


def _version_tuple(version: str) -> Tuple[int, ...]:
    parts = []
    for part in version.split(".")[:3]:
        # isdecimal, not isdigit: int() refuses digits such as ¹ that isdigit() takes.
        digits = "".join(ch for ch in part if ch.isdecimal())
        parts.append(int(digits or 0))
    return tuple(parts)
