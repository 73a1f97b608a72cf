"""What an engine runs: its plugins and filters (a baseline's `plugins_used` / `filters_used`),
each checked before anything is scanned, and each plugin loaded on first use.

The default set is detect-secrets 1.5's built-in plugins, less those a registered kind
replaces, plus every registered kind's detector (secretfence.kinds.REGISTRY).
"""
from __future__ import annotations

import importlib.util
import math
import os
import re
from typing import Any, Callable, Dict, FrozenSet, Iterable, List, Mapping, Optional, Tuple

from secretfence._dataclass import dataclass, field
from secretfence.compat.detect_secrets.filters import BUILTIN_FILTERS, DEFAULT_FILTERS, REGEX_FILTERS
from secretfence.compat.detect_secrets.plugins import (
    BUILTIN_MODULES,
    PLUGIN_SETTINGS,
    broken_install,
    builtin_plugin_class,
    is_builtin_plugin,
    plugin_module,
)
from secretfence.config import pattern_problem
from secretfence.errors import PluginLoadError
from secretfence.kinds import REGISTRY
from secretfence.prefilter.spec import Prefilter, detector_prefilter, prefilter_for, unquoted_run_prefilter
from secretfence.redact import mask


@dataclass
class EngineConfig:
    """Which plugins and filters run: the `plugins_used` / `filters_used` of a baseline."""

    plugins: List[Dict[str, Any]] = field(default_factory=list)
    filters: List[Dict[str, Any]] = field(default_factory=list)
    exclude: List[str] = field(default_factory=list)  # regexes on paths

    @classmethod
    def default(cls, disabled: Iterable[str] = ()) -> "EngineConfig":
        disabled_set = set(disabled)
        plugins = [{"name": name} for name in sorted(BUILTIN_MODULES) if name not in REGISTRY.replaced_builtins()]
        plugins += [{"name": cls_.__name__} for cls_ in REGISTRY.detectors()]
        plugins = [p for p in plugins if not REGISTRY.is_disabled(p["name"], disabled_set)]
        return cls(plugins=plugins, filters=[{"path": path} for path in DEFAULT_FILTERS])

    def plugin_names(self) -> List[str]:
        return [p["name"] for p in self.plugins]


def plugin_problem(entry: Any) -> str:
    """Why a `plugins_used` entry cannot be used ("" when it can). A `path` (a custom plugin's
    file) is never imported: only detect-secrets 1.5's plugins and secretfence's load, by name."""
    if not isinstance(entry, dict):
        return "is not an object"
    name = entry.get("name")
    if not isinstance(name, str) or not name:
        return "has no `name`"
    if REGISTRY.detector_named(name) is not None:
        return ""
    if not is_builtin_plugin(name):
        return (f"names plugin {mask(name)!r}, which secretfence cannot load (not in detect-secrets 1.5 nor "
                "secretfence); the scan would miss its findings")
    for key, value in entry.items():
        if key in ("name", "path"):
            continue
        if key not in PLUGIN_SETTINGS.get(name, ()):
            return f"plugin {name} has no setting {key!r}"
        if key == "limit":
            number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else math.nan
            try:
                in_range = 0.0 <= float(number) <= 8.0
            except OverflowError:
                in_range = False
            if not in_range:
                return f"plugin {name}: `limit` must be a number between 0.0 and 8.0"
        elif key == "keyword_exclude":
            # detect-secrets compiles it with IGNORECASE and ignores an empty one.
            problem = pattern_problem(value, "keyword", re.IGNORECASE) if value != "" else ""
            if problem:
                shown = f" {mask(value)!r}" if isinstance(value, str) else ""
                return f"plugin {name}: `keyword_exclude`{shown} {problem}"
    return ""


def filter_problem(entry: Any) -> str:
    """Why a `filters_used` entry cannot be used ("" when it can). Only detect-secrets 1.5's own
    filters are accepted, by their dotted path; nothing named is ever imported to find out."""
    if not isinstance(entry, dict):
        return "is not an object"
    path = entry.get("path")
    if not isinstance(path, str) or not path:
        return "has no `path`"
    if path not in BUILTIN_FILTERS:
        return (f"filter {mask(path)!r} is not one of detect-secrets 1.5's built-in filters; a baseline is data, "
                "and secretfence never loads code it names (a file:// path or a module)")
    what = REGEX_FILTERS.get(path)
    if what is not None:
        patterns = entry.get("pattern")
        if not isinstance(patterns, list):
            return f"filter {path}: `pattern` must be a list of regular expressions"
        for index, pattern in enumerate(patterns):
            problem = pattern_problem(pattern, what)
            if problem:
                shown = f" {mask(pattern)!r}" if isinstance(pattern, str) else ""
                return f"filter {path}: `pattern`[{index}]{shown} {problem}"
    return ""


@dataclass
class Plugin:
    """A configured plugin: secretfence's detector or a detect-secrets one, built on first use."""

    name: str
    factory: Callable[[], Any]
    ours: bool
    prefilter: Optional[Prefilter]
    gate: Optional[Prefilter]  # prefilter on raw text before an eager config transform
    _instance: Any = None

    @property
    def instance(self) -> Any:
        """Built on first use: most plugins never see a candidate line in a small commit."""
        if self._instance is None:
            self._instance = self.factory()
        return self._instance


# Each plugin package's directory listing, by directory and modification time.
_LISTINGS: Dict[Tuple[str, int], FrozenSet[str]] = {}


def _module_present(module_name: str) -> bool:
    """`importlib.util.find_spec(module_name) is not None`, answered from one listing of the
    package's directory when the module's file is in it: a find_spec per plugin (23 of them) took
    1-2 ms of every commit hook's run. Anything else is find_spec's to answer (or raise)."""
    package, _, leaf = module_name.rpartition(".")
    spec = importlib.util.find_spec(package)  # imported already: its spec, from sys.modules
    for directory in (spec.submodule_search_locations or ()) if spec is not None else ():
        try:
            key = (directory, os.stat(directory).st_mtime_ns)
        except OSError:
            continue
        listing = _LISTINGS.get(key)
        if listing is None:
            try:
                listing = _LISTINGS[key] = frozenset(os.listdir(directory))
            except OSError:
                continue
        if f"{leaf}.py" in listing:
            return True
    return importlib.util.find_spec(module_name) is not None


def load_plugin(entry: Mapping[str, Any]) -> Plugin:
    """One `plugins_used` entry, checked now and built on first use; any problem is a PluginLoadError."""
    name = str(entry.get("name", ""))
    options = {k: v for k, v in entry.items() if k not in ("name", "path")}
    ours = REGISTRY.detector_named(name)
    if ours is not None:
        # No gate: quoting config values cannot reveal anything new to secretfence's detectors.
        return Plugin(name, ours, True, detector_prefilter(ours), None)
    problem = plugin_problem(dict(entry))
    if problem:
        raise PluginLoadError(problem)

    # Plugins are imported on first use, possibly mid-scan in a worker: check now that the
    # module is there, so that a broken install is one clear error before anything is scanned.
    module_name = plugin_module(name)
    try:
        present = _module_present(module_name)
    except ImportError as error:
        raise PluginLoadError(broken_install(name, module_name, error)) from None
    if not present:
        raise PluginLoadError(broken_install(name, module_name, ImportError(name=module_name)))

    def build() -> Any:
        try:
            return builtin_plugin_class(name)(**options)
        except (TypeError, ValueError) as error:
            raise PluginLoadError(f"plugin {name!r} rejects its settings {sorted(options)}: {error}") from None

    return Plugin(name, build, False, prefilter_for(name, options), unquoted_run_prefilter(name, options))
