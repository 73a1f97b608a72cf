"""Files on disk: explicit files, directories (honouring .gitignore in a repo), tracked files."""
from __future__ import annotations

import os
from typing import List, Sequence, Tuple

from secretfence.errors import UnreadableInputError
from secretfence.sources import git

# (path to open, name to report): names are relative to where the user stands, or to the
# repository root when no path was given, the same names a baseline records.
FileRef = Tuple[str, str]


def _display(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def tracked_files(cwd: str = ".") -> List[FileRef]:
    """Every file git tracks in the repository containing cwd, named from its root."""
    top = git.toplevel(cwd)
    if top is None:
        raise UnreadableInputError("not inside a git repository: name the files or directories to scan")
    names = git.split_z(git.run_git(["ls-files", "-z", "--cached"], cwd=top))
    return [(os.path.join(top, name), name) for name in names if _is_regular(os.path.join(top, name))]


def expand_paths(paths: Sequence[str]) -> List[FileRef]:
    """Files named, and the files below directories named (git's view of them when in a repo)."""
    refs: List[FileRef] = []
    seen = set()
    for path in paths:
        if os.path.islink(path) and not os.path.exists(path):
            continue  # a dangling link holds no content
        if os.path.isfile(path):
            candidates = [(path, _display(path))]
        elif os.path.isdir(path):
            candidates = _directory_files(path)
        else:
            raise UnreadableInputError(f"{path}: no such file or directory")
        for ref in candidates:
            if ref[1] not in seen:
                seen.add(ref[1])
                refs.append(ref)
    return refs


def _directory_files(directory: str) -> List[FileRef]:
    if git.toplevel(directory) is not None:
        # Tracked files plus untracked ones that .gitignore does not exclude.
        output = git.run_git(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."], cwd=directory)
        names = git.split_z(output)
        refs = []
        for name in names:
            path = os.path.join(directory, name)
            if _is_regular(path):
                refs.append((path, _display(path)))
        return refs
    refs = []
    for root, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if d != ".git")
        for filename in sorted(filenames):
            path = os.path.join(root, filename)
            if _is_regular(path):
                refs.append((path, _display(path)))
    return refs


def _is_regular(path: str) -> bool:
    """Symlinks are not followed: their target is scanned where it lives, if it is ours."""
    return os.path.isfile(path) and not os.path.islink(path)
