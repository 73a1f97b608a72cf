"""Keep detect-secrets' heavy imports out of start-up (the hook runs on every commit).

detect-secrets imports `requests` in every plugin module, and its package `__init__` imports the
whole scanner (multiprocessing included); secretfence uses a few submodules and never runs
detect-secrets' own verification. `defer_startup_imports()` (called by `secretfence.cli.main`
before a command is imported) puts stand-ins in `sys.modules` that import the real thing on first
use. Not for `secretfence detect-secrets`, whose own CLI imports all of it anyway.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import types


class _DeferredModule(types.ModuleType):
    """Stands in for a module until one of its attributes is used, then imports the real one.

    importlib's LazyLoader does not help here: on Python 3.11 the next `import requests`
    statement reads `__spec__` and loads it anyway.
    """

    def __init__(self, name: str, **annotation_only: object) -> None:
        super().__init__(name)
        # Names other modules only mention in annotations evaluated at import time.
        self.__dict__.update(annotation_only)

    def __getattr__(self, attribute: str) -> object:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        return getattr(real, attribute)


def defer_import(name: str, **annotation_only: object) -> None:
    """Keep `name` out of start-up until it is used. Saves ~70 ms for requests."""
    if name not in sys.modules and importlib.util.find_spec(name) is not None:
        sys.modules[name] = _DeferredModule(name, **annotation_only)


class _DeferredPackageInit(types.ModuleType):
    """A package whose `__init__` runs on first attribute access, not on import.

    detect-secrets' `__init__` imports SecretsCollection (and with it multiprocessing and the
    whole scanner), and `detect_secrets.filters` imports every filter; the engine only needs a
    few submodules, which import normally because `__path__` and `__spec__` are already set.
    """

    def __getattr__(self, attribute: str) -> object:
        # `from detect_secrets import plugins` (inside detect-secrets) asks for a submodule: import
        # just that. Running the package's __init__ then would re-enter a half-imported module.
        if not attribute.startswith("__"):
            submodule = f"{self.__name__}.{attribute}"
            if submodule in sys.modules or importlib.util.find_spec(submodule) is not None:
                return importlib.import_module(submodule)
        self.__class__ = types.ModuleType  # type: ignore[assignment]  # a plain module from here: no recursion
        self.__spec__.loader.exec_module(self)  # type: ignore[union-attr]
        return getattr(self, attribute)


def defer_package_init(name: str) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _DeferredPackageInit
    sys.modules[name] = module


def defer_startup_imports() -> None:
    # detect-secrets' IBM plugins annotate `-> requests.Response` at import time.
    defer_import("requests", Response=type("Response", (), {}))
    defer_package_init("detect_secrets")
    defer_package_init("detect_secrets.filters")
