"""Staged content: what a commit will record, read from the index, not the working tree."""
from __future__ import annotations

import os
import subprocess
from typing import Dict, List, Sequence, Tuple

from secretfence.errors import UnreadableInputError
from secretfence.sources import git

_REGULAR_MODES = {"100644", "100755"}


def staged_blobs(paths: Sequence[str], cwd: str = ".") -> List[Tuple[str, bytes]]:
    """(path, staged bytes) for each path; a path not in the index is read from disk."""
    if not paths:
        return []
    top = git.toplevel(cwd)
    if top is None:
        return [(path, _read_disk(path)) for path in paths]
    entries = _index_entries(paths, cwd)
    wanted = [(path, entries[path]) for path in paths if path in entries]
    contents = _cat_blobs([sha for _, sha in wanted], cwd) if wanted else {}
    result: List[Tuple[str, bytes]] = []
    for path in paths:
        if path in entries:
            result.append((path, contents[entries[path]]))
        elif os.path.lexists(path) and not os.path.islink(path):
            result.append((path, _read_disk(path)))
        # A path neither staged nor on disk is a deletion: nothing to scan.
    return result


def _index_entries(paths: Sequence[str], cwd: str) -> Dict[str, str]:
    output = git.run_git(["ls-files", "-s", "-z", "--", *paths], cwd=cwd)
    entries: Dict[str, str] = {}
    for record in git.split_z(output):
        meta, _, name = record.partition("\t")
        mode, sha, stage = meta.split()
        if mode in _REGULAR_MODES and stage in ("0", "2"):
            entries[name] = sha
    # ls-files names paths relative to cwd, as pre-commit passes them.
    return {path: entries[os.path.normpath(path)] for path in paths if os.path.normpath(path) in entries}


def _cat_blobs(shas: Sequence[str], cwd: str) -> Dict[str, bytes]:
    """Read all blobs through one `git cat-file --batch` process."""
    request = "".join(f"{sha}\n" for sha in dict.fromkeys(shas)).encode()
    try:
        output = subprocess.run(
            ["git", "cat-file", "--batch"], cwd=cwd, input=request, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        raise UnreadableInputError("git cat-file could not read the staged blobs") from None
    blobs: Dict[str, bytes] = {}
    position = 0
    while position < len(output):
        header_end = output.index(b"\n", position)
        sha, kind, size = output[position:header_end].decode().split()
        start = header_end + 1
        blobs[sha] = output[start : start + int(size)]
        position = start + int(size) + 1
    return blobs


def _read_disk(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise UnreadableInputError(f"{path}: cannot read: {error.strerror}") from None
