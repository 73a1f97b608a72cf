"""Staged content: what a commit will record, read from the index, not the working tree.

With no path, every staged change: index entries that differ from HEAD (every entry before the
first commit), as gitleaks' `protect --staged` and ggshield's pre-commit scan do. With paths
(pre-commit passes the staged files), each path's index entry, or every entry below a
directory. A path the index does not hold is read from disk only if it is a regular file; one
that is gone from disk and from the index but in HEAD is a staged deletion, with nothing to scan.
Blobs are read one at a time, from their loose objects' files or through a single
`git cat-file --batch`, so memory stays bounded however much is staged.
"""
from __future__ import annotations

import os
import stat
import subprocess
import zlib
from typing import IO, Any, Dict, Iterator, List, Optional, Sequence, Tuple

from secretfence._dataclass import dataclass, field
from secretfence.errors import UnreadableInputError
from secretfence.sources import git
from secretfence.sources.files import DIRECTORY, FILE, UnreadableFile, classify, kind_of, read_regular_file
from secretfence.sources.paths import relative_name

# Files, executables, and symbolic links (whose blob is the link's target, as committed).
_CONTENT_MODES = {"100644", "100755", "120000"}
_SUBMODULE_MODE = "160000"
_NULL_SHA = {"0" * 40, "0" * 64}


@dataclass
class StagedEntry:
    name: str  # repository-root-relative, the name a baseline records
    sha: str = ""  # blob in the index; "" when read from disk
    disk_path: str = ""


@dataclass
class Staged:
    entries: List[StagedEntry] = field(default_factory=list)
    errors: Dict[str, str] = field(default_factory=dict)
    skipped: Dict[str, str] = field(default_factory=dict)


def staged(paths: Sequence[str], top: str) -> Staged:
    """What to scan for `scan --staged [PATH …]` in the repository whose resolved work tree
    top is `top` (names are relative to it: it is the root of secretfence.sources.paths)."""
    result = Staged()
    if not paths:
        for name, (mode, sha) in sorted(_staged_changes(top).items()):
            _add(result, name, mode, sha)
        return result
    names = [relative_name(path, top) for path in paths]
    inside = [name for name in names if not os.path.isabs(name)]
    index = _index_entries(inside, top) if inside else {}
    unmatched: List[Tuple[str, str]] = []
    for path, name in zip(paths, names):
        if name in index:
            _add(result, name, *index[name])
            continue
        below = sorted(entry for entry in index if name == "." or entry.startswith(name + "/"))
        if below:
            for entry in below:
                _add(result, entry, *index[entry])
        else:
            unmatched.append((path, name))
    gone = [name for path, name in unmatched if not os.path.lexists(path) and not os.path.isabs(name)]
    deleted = _in_head(gone, top)
    for path, name in unmatched:
        kind, reason = classify(path)
        if kind == FILE:
            result.entries.append(StagedEntry(name, disk_path=path))  # named, though not staged
        elif kind == DIRECTORY:
            result.errors[name] = "directory with nothing staged in it"
        elif name in deleted:
            continue  # a staged deletion: the commit adds nothing here
        else:
            result.errors[name] = f"not in the git index, and on disk: {reason}"
    return result


def _add(result: Staged, name: str, mode: str, sha: str) -> None:
    if mode in _CONTENT_MODES:
        result.entries.append(StagedEntry(name, sha=sha))
    elif mode == _SUBMODULE_MODE:
        result.skipped[name] = "submodule (its content is committed in its own repository)"
    else:
        result.errors[name] = f"unexpected index entry mode {mode}"


def _staged_changes(top: str) -> Dict[str, Tuple[str, str]]:
    """{name: (mode, sha)} of what the next commit adds or changes."""
    if not git.has_head(top):
        return _index_entries([], top)
    output = git.run_git([git.NO_REPLACE, "diff-index", "--cached", "--no-renames", "--ignore-submodules=none", "-z", "HEAD"], cwd=top)
    fields = output.split(b"\0")
    changes: Dict[str, Tuple[str, str]] = {}
    unmerged: List[str] = []
    for position in range(0, len(fields) - 1, 2):
        meta, name = fields[position].decode(), os.fsdecode(fields[position + 1])
        _, new_mode, _, new_sha, status = meta.lstrip(":").split()[:5]
        if status.startswith("D"):
            continue
        if new_sha in _NULL_SHA:  # unmerged: the index holds stages, not one blob
            unmerged.append(name)
            continue
        changes[name] = (new_mode, new_sha)
    if unmerged:
        changes.update(_index_entries(unmerged, top))
    return changes


def _index_entries(names: Sequence[str], top: str) -> Dict[str, Tuple[str, str]]:
    """{name: (mode, sha)} for index entries at or below `names` (all of them if none given)."""
    args = ["--literal-pathspecs", "ls-files", "-s", "-z", "--full-name"]
    output = git.run_git([*args, "--", *names] if names else args, cwd=top)
    entries: Dict[str, Tuple[str, str]] = {}
    for record in git.split_z(output):
        meta, _, name = record.partition("\t")
        mode, sha, stage = meta.split()
        if stage == "0" or (stage == "2" and name not in entries):  # unmerged: ours
            entries[name] = (mode, sha)
    return entries


def in_index(paths: Sequence[str], cwd: str = ".") -> "set[str]":
    """Those of `paths` (relative to cwd) the git index holds, as a file or as a directory of
    files; none outside a repository."""
    if not paths:
        return set()
    try:
        output = git.run_git(["--literal-pathspecs", "ls-files", "-z", "--", *paths], cwd=cwd)
    except UnreadableInputError:
        return set()
    listed = git.split_z(output)
    held = set()
    for path in paths:
        name = os.path.normpath(path)
        if any(entry == name or entry.startswith(name + "/") for entry in listed):
            held.add(path)
    return held


def _in_head(names: Sequence[str], top: str) -> "set[str]":
    if not names or not git.has_head(top):
        return set()
    output = git.run_git([git.NO_REPLACE, "--literal-pathspecs", "ls-tree", "-r", "-z", "--name-only", "--full-name", "HEAD", "--", *names], cwd=top)
    listed = set(git.split_z(output))
    return {name for name in names if name in listed or any(entry.startswith(name + "/") for entry in listed)}


def read(entries: Sequence[StagedEntry], top: str) -> Iterator[Tuple[StagedEntry, bytes, str]]:
    """(entry, bytes, error) for each entry, in order. A blob is read from its loose object's file
    where git.loose_object_directory says that is what git would answer (`git add` writes one:
    a commit hook's blobs are loose), else through one cat-file process, started when first needed."""
    process: Optional["subprocess.Popen[bytes]"] = None
    watchdog: Optional[git.Watchdog] = None
    objects = git.loose_object_directory(top)
    try:
        for entry in entries:
            if not entry.sha:
                try:
                    yield entry, read_regular_file(entry.disk_path), ""
                except UnreadableFile as error:
                    yield entry, b"", str(error)
                continue
            data = _loose_blob(objects, entry.sha) if objects is not None else None
            if data is None:
                if process is None:
                    process = _cat_file(top)
                    watchdog = git.Watchdog(process)
                assert watchdog is not None
                data = _blob(process, entry.sha, watchdog, top)
            yield entry, data, ""
    finally:
        if watchdog is not None:
            watchdog.stop()
        if process is not None:
            _close(process)


def _loose_blob(objects: str, sha: str) -> Optional[bytes]:
    """Blob `sha` from its loose object's file (`blob <size>`, a NUL and the content, deflated),
    or None when there is none (a packed object) or it is anything else: cat-file answers then.

    Only content whose SHA-1 is `sha` is taken: git looks for an id in the packs before the loose
    files, and the commit records the id, so a loose file holding other bytes under it (damaged,
    or written there) is not what git would read or commit. Something other than a regular file
    there fails the run. The file is read as it inflates, up to the stream's end: what follows
    (git reads past it) is not read into memory, however long."""
    if len(sha) != 40:
        return None  # (a SHA-256 id: checked below as SHA-1's it could not match)
    path = os.path.join(objects, sha[:2], sha[2:])
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # none (a packed object), or unreadable: cat-file says
    if stat.S_ISREG(mode):
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        try:
            handle = open(os.open(path, flags), "rb")
        except OSError:
            return None
        with handle:
            try:
                mode = os.fstat(handle.fileno()).st_mode  # (the file may have changed since)
                content = _inflated(handle) if stat.S_ISREG(mode) else None
            except (OSError, zlib.error, OverflowError):  # (OverflowError: a size beyond what zlib takes)
                return None
        if stat.S_ISREG(mode):
            return content if content is not None and _blob_id(content) == sha else None
    # A FIFO, on which cat-file would wait without end; a directory, a device.
    raise UnreadableInputError(f"staged blob {sha[:12]}: its loose object {path}: not a regular file ({kind_of(mode)})")


_READ_SIZE = 1 << 16


def _inflated(handle: IO[bytes]) -> Optional[bytes]:
    """The content of the loose blob object `handle` reads, or None if it is not one."""
    inflater = zlib.decompressobj()
    head = inflater.decompress(handle.read(_READ_SIZE), 32)  # the header, and what of the content fits
    kind, _, rest = head.partition(b" ")
    size_text, end_of_header, content = rest.partition(b"\0")
    # (git's header exactly: "blob", one space, the size in decimal without a leading zero, a NUL)
    if (kind != b"blob" or not end_of_header or not size_text.isdigit()
            or (size_text.startswith(b"0") and size_text != b"0") or len(content) > int(size_text)):
        return None
    size = int(size_text)
    parts = [content]
    have = len(content)
    pending = inflater.unconsumed_tail
    while have <= size and not inflater.eof:
        more = pending or handle.read(_READ_SIZE)  # (b"" at the file's end: what zlib holds still comes out)
        # (a byte more than is left: a stream that holds more is no such blob)
        part = inflater.decompress(more, size - have + 1)
        pending = inflater.unconsumed_tail
        if not more and not part:
            return None  # the file ends before the stream does
        parts.append(part)
        have += len(part)
    return b"".join(parts) if have == size and inflater.eof else None


# A blob this long or longer is hashed by OpenSSL (hashlib: some 3 ms to import, then ten times the
# speed of the interpreter's own SHA-1, which every shorter one spares the hook that import).
_OPENSSL_HASHED = 1 << 18


def _blob_id(data: bytes) -> str:
    """The id git gives a blob holding `data` (SHA-1's)."""
    sha1: Any = None
    if len(data) < _OPENSSL_HASHED:
        try:
            from _sha1 import sha1  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:
            pass
    if sha1 is None:
        from hashlib import sha1
    hasher = sha1(b"blob %d\0" % len(data), usedforsecurity=False)
    hasher.update(data)
    return str(hasher.hexdigest())


def _cat_file(top: str) -> "subprocess.Popen[bytes]":
    try:
        return subprocess.Popen(
            ["git", git.NO_REPLACE, "cat-file", "--batch"], cwd=top, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        raise UnreadableInputError("git cat-file could not be started to read the staged blobs") from None


def _blob(process: "subprocess.Popen[bytes]", sha: str, watchdog: git.Watchdog, top: str) -> bytes:
    """One request, one answer: never more in the pipes than one blob (no deadlock, bounded memory).
    An answer that stalls (cat-file waiting on a FIFO where the object is, in a directory the loose
    reader does not look in: an alternate) is cut short by `watchdog`: the one-line error, not a hung commit."""
    try:
        return _answer(process, sha, watchdog)
    except UnreadableInputError:
        if watchdog.stalled:
            raise git.unanswered(["cat-file"], top) from None
        raise
    finally:
        watchdog.answered()


def _answer(process: "subprocess.Popen[bytes]", sha: str, watchdog: git.Watchdog) -> bytes:
    stdin: IO[bytes] = process.stdin  # type: ignore[assignment]
    stdout: IO[bytes] = process.stdout  # type: ignore[assignment]
    try:
        watchdog.awaiting()
        stdin.write(sha.encode("ascii") + b"\n")
        stdin.flush()
        header = stdout.readline().split()
        watchdog.awaiting()
        if len(header) != 3 or header[1] != b"blob":
            raise UnreadableInputError(f"git cat-file could not read staged blob {sha[:12]}")
        size = int(header[2])
        data = git.read_answer(stdout, size, watchdog)
        if len(data) != size or stdout.read(1) != b"\n":
            raise UnreadableInputError(f"git cat-file ended early reading staged blob {sha[:12]}")
    except (OSError, ValueError):
        raise UnreadableInputError(f"git cat-file could not read staged blob {sha[:12]}") from None
    return data


def _close(process: "subprocess.Popen[bytes]") -> None:
    try:
        if process.stdin is not None:
            process.stdin.close()
    except OSError:
        pass
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()
