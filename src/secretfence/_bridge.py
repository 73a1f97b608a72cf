"""Make secretfence's detectors part of detect-secrets' own plugin package.

detect-secrets discovers plugins by walking the `detect_secrets.plugins` package, and computes
that list once, before it reads a baseline; custom plugins named by a `file://` path in a
baseline are therefore unknown to `detect-secrets audit` (it crashes on their types) and break
on every machine where the path differs. Installed with secretfence, `secretfence-bridge.pth`
imports this module at interpreter start-up; it only adds a directory to the search path of
`detect_secrets.plugins` when (and if) that package is imported, so plain detect-secrets finds
`SecretfenceRedisDetector` & co. by class name, with no path in the baseline.

It runs in every interpreter of the environment, so it imports nothing beyond what start-up
already loaded (no typing, no importlib.abc).
"""
import os
import sys

PLUGIN_DIRECTORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ds_plugins")
TARGET = "detect_secrets.plugins"


class PluginPathFinder:
    """A meta path finder (duck-typed) that extends detect_secrets.plugins' search path."""

    @staticmethod
    def find_spec(fullname, path, target=None):  # type: ignore[no-untyped-def]
        if fullname != TARGET:
            return None
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(fullname, path)
        if spec is not None and spec.submodule_search_locations is not None:
            if PLUGIN_DIRECTORY not in spec.submodule_search_locations:
                spec.submodule_search_locations.append(PLUGIN_DIRECTORY)
        return spec


def install() -> None:
    if any(isinstance(finder, PluginPathFinder) for finder in sys.meta_path):
        return
    module = sys.modules.get(TARGET)
    if module is not None:  # already imported: extend it in place
        if PLUGIN_DIRECTORY not in module.__path__:
            module.__path__.append(PLUGIN_DIRECTORY)
        return
    sys.meta_path.insert(0, PluginPathFinder())


install()
