"""Modules imported on first use, for start-up paths that seldom need them (the commit hook)."""
from __future__ import annotations

import importlib
from typing import Any, Dict


class LazyModule:
    """Stands in for a module in the namespace `holder` until an attribute of it is used; then
    imports it and puts the real module in its place there, so later uses cost nothing extra."""

    __slots__ = ("_name", "_holder")

    def __init__(self, name: str, holder: Dict[str, Any]) -> None:
        self._name = name
        self._holder = holder

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._name)
        if self._holder.get(self._name) is self:
            self._holder[self._name] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


def lazy_modules(holder: Dict[str, Any], *names: str) -> None:
    """Bind each of `names` (a top-level module) in `holder` (a module's globals()) to a LazyModule."""
    for name in names:
        holder[name] = LazyModule(name, holder)
