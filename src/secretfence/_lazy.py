"""Modules imported on first use, for start-up paths that seldom need them (the commit hook)."""
from __future__ import annotations

import importlib
from typing import Any, Dict, Optional


class LazyModule:
    """Stands in for a module in the namespace `holder` until an attribute of it is used; then
    imports it and puts the real module in its place there, so later uses cost nothing extra."""

    __slots__ = ("_name", "_holder", "_binding")

    def __init__(self, name: str, holder: Dict[str, Any], binding: Optional[str] = None) -> None:
        self._name = name
        self._holder = holder
        self._binding = binding or name  # the name it is bound to in `holder`

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._name)
        if self._holder.get(self._binding) is self:
            self._holder[self._binding] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


def lazy_modules(holder: Dict[str, Any], *names: str) -> None:
    """Bind each of `names` (a top-level module) in `holder` (a module's globals()) to a LazyModule."""
    for name in names:
        holder[name] = LazyModule(name, holder)


def lazy_submodules(holder: Dict[str, Any], package: str, *names: str) -> None:
    """Bind each of `names` (a module of `package`) in `holder` under its own name, as
    `from package import name` would, to a LazyModule."""
    for name in names:
        holder[name] = LazyModule(f"{package}.{name}", holder, name)
