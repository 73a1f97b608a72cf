"""Make secretfence's detectors part of detect-secrets' own plugin package.

detect-secrets discovers plugins by walking the `detect_secrets.plugins` package, and computes
that list once, before it reads a baseline; custom plugins named by a `file://` path in a
baseline are therefore unknown to `detect-secrets audit` (it crashes on their types) and break
on every machine where the path differs. Installed with secretfence, `secretfence-bridge.pth`
imports this module at interpreter start-up; it only adds a directory to the search path of
`detect_secrets.plugins` when (and if) that package is imported, so plain detect-secrets finds
`SecretfenceRedisDetector` & co. by class name, with no path in the baseline.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import os
import sys
from typing import Optional, Sequence

PLUGIN_DIRECTORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ds_plugins")
TARGET = "detect_secrets.plugins"


class _PluginPathFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Optional[Sequence[str]], target: object = None
    ) -> Optional[importlib.machinery.ModuleSpec]:
        if fullname != TARGET:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.submodule_search_locations is not None:
            if PLUGIN_DIRECTORY not in spec.submodule_search_locations:
                spec.submodule_search_locations.append(PLUGIN_DIRECTORY)
        return spec


def install() -> None:
    if any(isinstance(finder, _PluginPathFinder) for finder in sys.meta_path):
        return
    module = sys.modules.get(TARGET)
    if module is not None:  # already imported: extend it in place
        if PLUGIN_DIRECTORY not in module.__path__:
            module.__path__.append(PLUGIN_DIRECTORY)
        return
    sys.meta_path.insert(0, _PluginPathFinder())


install()
