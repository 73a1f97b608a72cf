"""The one name a file goes by: relative to the repository root, whatever way it was spelled.

Baseline entries, `exclude` patterns and the names findings carry all use it, for every command,
so `scan config.py`, `scan $PWD/config.py` and `cd sub && scan ../config.py` are the same file.
The root is the git work tree's top; outside git, the directory of the pyproject.toml that
configures secretfence; else the current directory. A file outside the root keeps its absolute
path. Separators are `/` on every platform, as in detect-secrets' baselines.
"""
from __future__ import annotations

import functools
import os
from typing import Optional


def repository_root(config_root: str, git_top: Optional[str]) -> str:
    """The directory names are relative to (resolved: no symbolic link in it): the git work
    tree's top (`git.toplevel()`, None outside git), else the configuration's directory."""
    _resolved.cache_clear()  # a new run: directories may have changed since the last one
    return _resolved(git_top if git_top is not None else os.path.abspath(config_root))


@functools.lru_cache(maxsize=4096)
def _resolved(directory: str) -> str:
    return os.path.realpath(directory)


def relative_name(path: str, root: str) -> str:
    """`path`'s name: root-relative with `/`, or absolute (and normalised) outside the root.

    The directories on the way are resolved, the last component is not: a symbolic link named
    by the user is reported under its own name, in the directory it really sits in.
    """
    absolute = os.path.abspath(path)
    parent, last = os.path.split(absolute)
    if not last:  # the file-system root itself
        return _slashes(absolute)
    real = os.path.join(_resolved(parent), last)  # abspath has removed any `.` and `..`
    if real == root:
        return "."
    if real.startswith(root.rstrip(os.sep) + os.sep):
        return _slashes(real[len(root.rstrip(os.sep)) + 1 :])
    return _slashes(real)


def join_name(directory_name: str, relative: str) -> str:
    """The name of `relative` (with `/`) inside the directory named `directory_name`."""
    if directory_name == ".":
        return relative
    return directory_name.rstrip("/") + "/" + relative


def on_disk(name: str, root: str) -> str:
    """Where a root-relative (or absolute) name is on disk."""
    return name if os.path.isabs(name) else os.path.join(root, *name.split("/"))


def _slashes(path: str) -> str:
    return path.replace(os.sep, "/") if os.sep != "/" else path

