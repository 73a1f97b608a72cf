"""Replacing a file so that anyone reading it, a crash or a `kill -9` included, finds the old
version or the new one, complete, with its mode: never a mix, never a wider mode.

Every file secretfence rewrites (baselines, `.gitattributes`, `.pypirc`) goes through
`atomic_write`. The new content goes to a temporary file in the same directory (so the rename
cannot cross a filesystem), created 0600 and exclusively, written and fsynced, given its final
mode, renamed over the target, and the directory is fsynced so the rename itself survives a
power cut. On any error the temporary file is removed and the target is left as it was.
"""
from __future__ import annotations

import errno
import os
import stat
from typing import Optional, Union

from secretfence.errors import WriteError

PRIVATE_MODE = 0o600


def atomic_write(path: str, data: Union[str, bytes], *, private: bool = False,
                 confined_to: Optional[str] = None) -> None:
    """Replace `path` with `data` (str is written as UTF-8, newlines as given).

    The file keeps its mode (and owner, where allowed); a new file gets the umask's mode.
    `private` (credential files): group and others lose every permission, and a new file is 0600.
    A symbolic link is followed: its target is rewritten and the link stays a link. With
    `confined_to` (a repository's top directory), a path inside it that resolves outside it is
    refused: a repository can commit a link, and its files must not write over the user's.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    target = os.path.realpath(path)
    if confined_to is not None:
        _refuse_target_outside(path, target, confined_to)
    try:
        existing: Optional[os.stat_result] = os.stat(target)
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise WriteError(f"{path}: cannot write ({error.strerror}); left unchanged") from None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise WriteError(f"{path}: not a regular file; left unchanged")
    mode = _final_mode(existing, private)
    directory = os.path.dirname(target)
    # Imported here: every run imports this module (through the baseline), few write a file, and
    # tempfile brings shutil, bz2 and lzma into the hook's start-up.
    import tempfile

    try:
        # mkstemp: O_CREAT|O_EXCL, mode 0600, a fresh name: nothing planted is followed or reused.
        descriptor, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise WriteError(f"{path}: cannot write in {directory} ({error.strerror}); left unchanged") from None
    try:
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(payload)
                handle.flush()
                if existing is not None and existing.st_uid != os.geteuid():
                    _keep_owner(handle.fileno(), existing)
                os.fchmod(handle.fileno(), mode)
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except BaseException:
            _remove_quietly(temporary)
            raise
    except OSError as error:
        raise WriteError(f"{path}: cannot write ({error.strerror}); left unchanged") from None
    fsync_directory(directory)


def refuse_link_outside(path: str, root: str) -> None:
    """WriteError if `path` lies in the directory `root` but resolves outside it (a symbolic
    link, of the file or of a directory on the way). A link that stays inside is followed."""
    _refuse_target_outside(path, os.path.realpath(path), root)


def _refuse_target_outside(path: str, target: str, root: str) -> None:
    absolute = os.path.abspath(path)
    spellings = {os.path.abspath(root), os.path.realpath(root)}
    if not any(_within(absolute, spelling) for spelling in spellings):
        return  # named outside the repository on purpose (a --baseline elsewhere): not a link's doing
    if not _within(target, os.path.realpath(root)):
        raise WriteError(
            f"{path}: refused: a symbolic link leads outside the repository; secretfence writes only "
            "inside it (replace the link with a regular file)"
        )


def _within(path: str, directory: str) -> bool:
    return path == directory or path.startswith(os.path.join(directory, ""))


def create_exclusive(path: str, data: bytes, *, mode: int = PRIVATE_MODE) -> None:
    """Create `path` holding `data`, complete or not at all; never over anything already there.

    The content is written to a new file opened `O_CREAT|O_EXCL|O_NOFOLLOW` with `mode` (so it
    never exists with a wider one, and a planted link is not followed), fsynced, then given its
    name with link(2), which fails if the name exists, even as a dangling symbolic link.
    Raises FileExistsError when something is at `path`, OSError for the rest.
    """
    import secrets  # here, not at start-up: it brings random, base64 and hmac

    directory = os.path.dirname(os.path.abspath(path))
    temporary = os.path.join(directory, f".{os.path.basename(path)}.{secrets.token_hex(6)}.tmp")
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(temporary, flags, mode)
    try:
        try:
            os.fchmod(descriptor, mode)  # a umask cannot change it either way
            _write_all(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        try:
            os.link(temporary, path)
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS):
                raise
            _create_in_place(path, data, mode, flags)  # a filesystem without hard links
    finally:
        _remove_quietly(temporary)
    fsync_directory(directory)


def _create_in_place(path: str, data: bytes, mode: int, flags: int) -> None:
    descriptor = os.open(path, flags, mode)
    try:
        os.fchmod(descriptor, mode)
        _write_all(descriptor, data)
        os.fsync(descriptor)
    except BaseException:
        os.close(descriptor)
        _remove_quietly(path)
        raise
    os.close(descriptor)


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]


def fsync_directory(directory: str) -> None:
    """Make a rename or a new name in `directory` durable (where the platform allows it)."""
    try:
        descriptor = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # Windows cannot open a directory: its renames are as durable as they get
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some filesystems refuse fsync on a directory (EINVAL); the rename has happened
    finally:
        os.close(descriptor)


def _final_mode(existing: Optional[os.stat_result], private: bool) -> int:
    if existing is not None:
        mode = stat.S_IMODE(existing.st_mode)
    elif private:
        mode = PRIVATE_MODE
    else:
        mode = 0o666 & ~_umask()
    return mode & ~(stat.S_IRWXG | stat.S_IRWXO) if private else mode


def _umask() -> int:
    current = os.umask(0o077)  # the only portable way to read it is to set it
    os.umask(current)
    return current


def _keep_owner(descriptor: int, existing: os.stat_result) -> None:
    """Run as root on someone's file: the file stays theirs."""
    try:
        os.fchown(descriptor, existing.st_uid, existing.st_gid)
    except (OSError, AttributeError):
        pass  # not permitted (not root) or not supported: the file is ours now, as any editor's would be


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
