"""Files on disk: explicit files, directories (honouring .gitignore in a repo), tracked files.

Every path named on the command line is scanned or reported: one that cannot be (missing, a
dangling link, a link loop, a FIFO, a device, an unreadable directory) is an error with its
reason, never a silent skip. Nothing that is not a regular file is ever opened for reading, and
what is opened is checked again once open (a FIFO put in a file's place must not block the run).
"""
from __future__ import annotations

import errno
import os
import re
import stat
from typing import Dict, List, Sequence, Tuple

from secretfence._dataclass import dataclass, field
from secretfence.errors import UnreadableInputError
from secretfence.prefilter.spec import lazy_regex
from secretfence.sources import git
from secretfence.sources.paths import join_name, relative_name

# (path to open, name to report): the name is root-relative (secretfence.sources.paths), the
# name baselines record and `exclude` patterns match.
FileRef = Tuple[str, str]

FILE = "file"
DIRECTORY = "directory"

_GIT_UNLISTABLE = lazy_regex(r"could not open directory '(?P<path>.*)': (?P<reason>[^:']*)$")


class UnreadableFile(Exception):
    """A file that cannot be scanned; the message is the reason (no file content in it)."""


@dataclass
class Listing:
    """What a set of inputs expands to: files to scan, and what could not be or was set aside."""

    files: List[FileRef] = field(default_factory=list)
    errors: Dict[str, str] = field(default_factory=dict)  # name -> reason: the run fails closed
    skipped: Dict[str, str] = field(default_factory=dict)  # name -> reason: nothing to read in it
    _seen: Dict[str, None] = field(default_factory=dict, repr=False)

    def add(self, path: str, name: str) -> None:
        if name not in self._seen:
            self._seen[name] = None
            self.files.append((path, name))


def kind_of(mode: int) -> str:
    """What a non-regular file is, for messages."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a file"


def classify(path: str) -> Tuple[str, str]:
    """(FILE or DIRECTORY, "") for what can be scanned, else ("", the reason it cannot)."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return "", "no such file or directory"
    except OSError as error:
        return "", f"cannot read: {error.strerror}"
    if stat.S_ISLNK(status.st_mode):
        try:
            status = os.stat(path)
        except FileNotFoundError:
            return "", "dangling symbolic link (its target does not exist)"
        except OSError as error:
            if error.errno == errno.ELOOP:
                return "", "symbolic link loop"
            return "", f"cannot follow symbolic link: {error.strerror}"
    if stat.S_ISREG(status.st_mode):
        return FILE, ""
    if stat.S_ISDIR(status.st_mode):
        return DIRECTORY, ""
    return "", f"not a regular file ({kind_of(status.st_mode)})"


def read_regular_file(path: str) -> bytes:
    """The bytes of a regular file (links followed). Anything else raises UnreadableFile before
    it is opened; and once open it is checked again, opened non-blocking, in case it changed."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadableFile(f"not a regular file ({kind_of(mode)})")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        with open(os.open(path, flags), "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise UnreadableFile(f"not a regular file ({kind_of(mode)})")
            return handle.read()
    except OSError as error:
        raise UnreadableFile(f"cannot read: {error.strerror or error}") from None


def tracked_files(root: str, cwd: str = ".") -> Listing:
    """Every file git tracks in the repository containing cwd."""
    top = git.toplevel(cwd)
    if top is None:
        raise UnreadableInputError("not inside a git repository: name the files or directories to scan")
    top_name = relative_name(top, root)
    listing = Listing()
    for name in git.split_z(git.run_git(["ls-files", "-z", "--cached"], cwd=top)):
        _list_entry(listing, os.path.join(top, name), join_name(top_name, name))
    return listing


def expand_paths(paths: Sequence[str], root: str) -> Listing:
    """Files named, and the files below directories named (git's view of them when in a repo)."""
    listing = Listing()
    for path in paths:
        kind, reason = classify(path)
        # A link is known by where it points: the name its target has in a baseline.
        real = os.path.realpath(path) if os.path.islink(path) else path
        if kind == FILE:
            listing.add(real, relative_name(real, root))
        elif kind == DIRECTORY:
            _directory_files(real, root, listing)
        else:
            listing.errors[relative_name(path, root)] = reason
    return listing


def _directory_files(directory: str, root: str, listing: Listing) -> None:
    name = relative_name(directory, root)
    try:
        with os.scandir(directory):
            pass
    except OSError as error:
        listing.errors[name] = f"cannot list directory: {error.strerror}"
        return
    top = git.toplevel(directory)
    if top is not None and not _ignored_by_git(directory, top):
        _git_directory_files(directory, top, root, listing)
    else:
        # Outside git, or a directory git ignores: named explicitly, it is scanned all the same.
        _walk_directory_files(os.path.realpath(directory), root, listing)


def _git_directory_files(directory: str, top: str, root: str, listing: Listing) -> None:
    """Tracked files plus untracked ones that .gitignore does not exclude."""
    output, warnings = git.run_git_with_warnings(
        ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name", "--", "."], cwd=directory
    )
    top_name = relative_name(top, root)
    for name in git.split_z(output):
        _list_entry(listing, os.path.join(top, name), join_name(top_name, name))
    # git skips what it cannot open with a warning and exits 0: here that is an error.
    for warning in warnings:
        match = _GIT_UNLISTABLE.search(warning)
        if match is not None:
            listing.errors[join_name(top_name, match["path"].rstrip("/"))] = f"cannot list directory: {match['reason']}"
        elif "could not open directory" in warning:  # git cut the message short (a very long path)
            listing.errors[relative_name(directory, root)] = "cannot list a directory below it (git could not open it)"
        else:
            listing.errors[relative_name(directory, root)] = f"git ls-files: {warning[:200]}"


def _walk_directory_files(directory: str, root: str, listing: Listing) -> None:
    base = relative_name(directory, root)

    def unlistable(error: OSError) -> None:
        where = relative_name(error.filename, root) if error.filename else base
        listing.errors[where] = f"cannot list directory: {error.strerror}"

    for current, dirnames, filenames in os.walk(directory, onerror=unlistable):
        dirnames[:] = sorted(d for d in dirnames if d != ".git")
        inner = current[len(directory) + 1 :].replace(os.sep, "/")
        for filename in sorted(filenames):
            path = os.path.join(current, filename)
            name = join_name(base, f"{inner}/{filename}" if inner else filename)
            _list_entry(listing, path, name, missing_is_error=True)


def _ignored_by_git(directory: str, top: str) -> bool:
    if os.path.realpath(directory) == os.path.realpath(top):
        return False
    return git.is_ignored(directory)


LINK_NOT_FOLLOWED = "a symbolic link: not followed (its target is scanned where it lives)"
DANGLING_LINK_NOT_FOLLOWED = "a symbolic link: not followed (its target does not exist)"


def _list_entry(listing: Listing, path: str, name: str, missing_is_error: bool = False) -> None:
    """A file found in a directory: listed to scan if regular, otherwise named with why not, so
    nothing found there passes unseen. Links are not followed (a target may lie outside what was
    asked for); the hook reads a link as git stores it."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        if missing_is_error:
            listing.errors[name] = "cannot read: it disappeared while the directory was read"
        return  # a tracked file deleted from the working tree: nothing on disk to read
    except OSError as error:
        listing.errors[name] = f"cannot read: {error.strerror}"
        return
    if stat.S_ISREG(mode):
        listing.add(path, name)
    elif stat.S_ISLNK(mode):
        listing.skipped[name] = LINK_NOT_FOLLOWED if os.path.exists(path) else DANGLING_LINK_NOT_FOLLOWED
    else:
        listing.skipped[name] = f"not a regular file ({kind_of(mode)})"
