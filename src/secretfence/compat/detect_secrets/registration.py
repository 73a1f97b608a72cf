"""secretfence's detectors among detect-secrets' plugins, for one run of detect-secrets' CLI.

detect-secrets finds its plugins by walking the `detect_secrets.plugins` package, and reads a
baseline's `plugins_used` against that list. A secretfence baseline names its detectors by class
name only (`SecretfenceRedisDetector`, no `path`), so detect-secrets' own tools can read it only
when the walk finds them. `registered()` puts `plugins_dir/` on that package's search path while
`secretfence detect-secrets …` runs, and takes it off afterwards: no other process of the
environment, and nothing else in this one, sees a different detect-secrets.

A `path` beside a `Secretfence…` name (what `detect-secrets scan --plugin FILE` records: an
absolute path on the machine that wrote it) is dropped while registered: the plugin is already
known by name, and a path from another machine would stop detect-secrets with FileNotFoundError.
A baseline detect-secrets rewrites in such a run is portable again.

detect-secrets scans many files in a multiprocessing pool. A forked worker inherits the search
path; a spawned one (macOS, Windows; forkserver on Python 3.14) starts afresh, so the pool's
initializer is wrapped to register in the worker before it reads the run's settings.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from copy import deepcopy
from typing import Any, Dict, Iterator, List

from secretfence.kinds import REGISTRY

PLUGINS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plugins_dir")
PACKAGE = "detect_secrets.plugins"


PLUGIN_FILE = os.path.join(PLUGINS_DIR, "secretfence_plugins.py")


def plugin_files() -> List[str]:
    """The plugin files for `detect-secrets scan --plugin` (one holds every detector's plugin)."""
    return [PLUGIN_FILE]


def _add_search_path() -> bool:
    """Put plugins_dir on detect_secrets.plugins' path; True if this call added it."""
    import detect_secrets.plugins as plugins
    from detect_secrets.core.plugins import util

    if PLUGINS_DIR in plugins.__path__:
        return False
    plugins.__path__.append(PLUGINS_DIR)
    util.get_mapping_from_secret_type_to_class.cache_clear()  # a list computed without them
    return True


def configure_worker(settings: Dict[str, Any], filename: str = "") -> Any:
    """The pool initializer detect-secrets passes its settings to, registering first.

    Module-level, so a spawned worker finds it by name (the pool pickles a reference)."""
    from detect_secrets.settings import configure_settings_from_baseline

    _add_search_path()
    return configure_settings_from_baseline(settings, filename)


def without_our_paths(config: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """`plugins_used` entries with the `path` of secretfence's plugins left out."""
    return [{key: value for key, value in entry.items() if key != "path"} if REGISTRY.detector_named(str(entry.get("name"))) is not None else entry
            for entry in config]


@contextmanager
def registered() -> Iterator[None]:
    """secretfence's plugins are part of detect-secrets inside the block, and not after it.

    detect-secrets keeps its settings in a process-wide object that its CLI reconfigures; they
    are put back too, so a later scan in the same process (tests) sees what it saw before."""
    from detect_secrets import settings
    from detect_secrets.core import secrets_collection
    from detect_secrets.core.plugins import util

    saved_plugins = deepcopy(settings.get_settings().plugins)
    saved_filters = deepcopy(settings.get_settings().filters)
    saved_initializer = secrets_collection.configure_settings_from_baseline
    configure_plugins = settings.Settings.configure_plugins

    def configure_plugins_by_name(self: settings.Settings, config: List[Dict[str, Any]]) -> settings.Settings:
        return configure_plugins(self, without_our_paths(config))

    added = _add_search_path()
    settings.get_plugins.cache_clear()
    secrets_collection.configure_settings_from_baseline = configure_worker  # type: ignore[assignment]
    settings.Settings.configure_plugins = configure_plugins_by_name  # type: ignore[method-assign]
    try:
        yield
    finally:
        settings.Settings.configure_plugins = configure_plugins  # type: ignore[method-assign]
        secrets_collection.configure_settings_from_baseline = saved_initializer
        if added:
            _remove_search_path()
        util.get_mapping_from_secret_type_to_class.cache_clear()
        current = settings.get_settings()
        current.plugins = saved_plugins
        current.filters = saved_filters
        settings.get_plugins.cache_clear()
        settings.get_filters.cache_clear()


def _remove_search_path() -> None:
    import detect_secrets.plugins as plugins

    plugins.__path__.remove(PLUGINS_DIR)
    prefix = f"{PACKAGE}.secretfence_"
    for name in [name for name in sys.modules if name.startswith(prefix)]:
        del sys.modules[name]
        plugins.__dict__.pop(name[len(PACKAGE) + 1:], None)
