"""Small, typed wrappers around the git commands secretfence needs."""
from __future__ import annotations

import os
import subprocess
from typing import List, Optional, Sequence

from secretfence.errors import UnreadableInputError


def run_git(args: Sequence[str], cwd: str = ".", input_bytes: Optional[bytes] = None) -> bytes:
    try:
        completed = subprocess.run(
            ["git", *args], cwd=cwd, input=input_bytes, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False
        )
    except FileNotFoundError:
        raise UnreadableInputError("git is not installed or not on PATH") from None
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UnreadableInputError(f"git {args[0]} failed: {message[-1] if message else 'exit ' + str(completed.returncode)}")
    return completed.stdout


def toplevel(cwd: str = ".") -> Optional[str]:
    """The work tree root containing cwd, or None outside a git repository."""
    try:
        completed = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False
        )
    except FileNotFoundError:
        return None
    if completed.returncode != 0:
        return None
    return os.fsdecode(completed.stdout.rstrip(b"\n"))


def split_z(output: bytes) -> List[str]:
    return [os.fsdecode(item) for item in output.split(b"\0") if item]
