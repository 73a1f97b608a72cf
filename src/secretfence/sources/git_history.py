"""The git history as blobs: every blob reachable in a revision range, once, with the commit
that first brought it in.

One `git log --reverse --date-order -m --raw` over the range lists every blob each commit adds
or changes (merges diffed against each parent, so a blob made while resolving a conflict is not
missed); parents come before their children, so the first commit met that adds a blob is the
one that introduced it. Contents are then read through one `git cat-file --batch` stream, in
that order: no checkout, no process per commit.
"""
from __future__ import annotations

import os
import subprocess
import threading
from typing import IO, Dict, Iterator, List, Optional, Sequence, Tuple

from secretfence._dataclass import dataclass, field
from secretfence.errors import UnreadableInputError, UsageError
from secretfence.sources import git

# Files, executables (and the old group-writable mode), and symbolic links (whose blob is the
# link's target). Submodules (160000) are commits of another repository: nothing to read here.
_CONTENT_MODES = frozenset({"100644", "100755", "100664", "120000"})
_COMMIT_MARK = "\x01"
ALL_REFS = git.ALL_REFS


@dataclass(frozen=True)
class Commit:
    sha: str
    date: str  # author date, ISO 8601
    author: str


@dataclass(frozen=True)
class Blob:
    sha: str
    path: str  # where it was first committed
    commit: Commit  # the first commit (in parents-first order) that added it
    order: int  # its place in that order: lower was introduced earlier


@dataclass
class History:
    blobs: List[Blob] = field(default_factory=list)  # each blob once, earliest first
    commits: int = 0
    # Every distinct path committed in the range, with the first commit that added a file there:
    # a name ships in the history whatever blob it holds (an empty __init__.py under a directory
    # named after a token is one blob already read under another path, yet a new name).
    paths: Dict[str, Commit] = field(default_factory=dict)
    # A shallow clone's cut commits the range reaches: their parents, and all before, are not
    # in the repository, so what they hold may have entered earlier, and older secrets are unseen.
    shallow_cuts: List[str] = field(default_factory=list)


def _range_arguments(revision_range: str) -> List[str]:
    if revision_range == ALL_REFS:
        return [ALL_REFS]
    if not revision_range.strip() or revision_range.startswith("-"):
        raise UsageError(f"{revision_range!r} is not a revision range (e.g. main, v1.0..HEAD; default: every ref)")
    return ["--end-of-options", revision_range]


def list_history(top: str, revision_range: str = ALL_REFS) -> History:
    """Every blob reachable in `revision_range` (anything `git rev-list` takes as one argument,
    or ALL_REFS) of the repository whose work tree top is `top`."""
    arguments = ["log", "--reverse", "--date-order", "-m", "--raw", "--no-renames", "--no-abbrev", "-z",
                 "--root", "--no-color", "--no-textconv", "--no-ext-diff", "--format=%x01%H%x00%aI%x00%an",
                 *_range_arguments(revision_range), "--"]
    # (no bound on the whole: a long history takes long; git waiting on a FIFO where a commit's or a tree's object is
    # stalls it, and that is cut short)
    completed = git.long_answer([git.NO_REPLACE, *arguments], top)
    if completed.returncode != 0:
        lines = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = lines[0].replace("fatal: ", "") if lines else f"git log exit {completed.returncode}"
        if revision_range == ALL_REFS:
            if not _has_any_commit(top):
                return History()  # a repository with no commit yet has no history to scan
            raise UnreadableInputError(f"git log could not read the history: {reason}")
        raise UsageError(f"bad revision range {revision_range!r}: {reason}")
    history, commits = _parse_log(completed.stdout)
    history.shallow_cuts = [sha for sha in shallow_commits(top) if sha in commits]
    return history


def shallow_commits(top: str) -> List[str]:
    """The commits a shallow clone was cut at (their parents are missing); none when the
    repository is complete."""
    answer = git.run_git(["rev-parse", "--is-shallow-repository"], cwd=top).strip()
    if answer == b"false":
        return []
    # "true", or a git older than 2.15 echoing the option back: the shallow file decides.
    shallow_file = os.path.join(top, os.fsdecode(git.run_git(["rev-parse", "--git-path", "shallow"], cwd=top).strip()))
    if answer != b"true" and not os.path.exists(shallow_file):
        return []
    try:
        with open(shallow_file, "rb") as handle:
            return [line.decode("ascii", "replace") for line in handle.read().split() if line]
    except OSError:
        raise UnreadableInputError("this is a shallow clone, and its list of cut commits cannot be read") from None


def _has_any_commit(top: str) -> bool:
    try:
        return bool(git.run_git(["rev-list", "-n", "1", "--all"], cwd=top).strip())
    except UnreadableInputError:
        return False


def _parse_log(output: bytes) -> Tuple[History, Dict[str, None]]:
    """`git log -z --raw --format=%x01%H%x00%aI%x00%an` output, parsed: each commit's header,
    then its raw entries (`:mode mode sha sha status`, path) as NUL-separated fields."""
    history = History()
    seen_blobs: Dict[str, None] = {}
    commits: Dict[str, None] = {}
    fields = output.split(b"\0")
    position = 0
    commit: Optional[Commit] = None
    while position < len(fields):
        token = fields[position].lstrip(b"\n")
        if token.startswith(_COMMIT_MARK.encode()):
            sha = token[1:].decode("ascii", "replace")
            date = fields[position + 1].decode("utf-8", "replace") if position + 1 < len(fields) else ""
            author = fields[position + 2].decode("utf-8", "replace") if position + 2 < len(fields) else ""
            commit = Commit(sha=sha, date=date, author=author)
            commits[sha] = None
            position += 3
            continue
        if token.startswith(b":") and commit is not None and position + 1 < len(fields):
            meta = token[1:].decode("ascii", "replace").split()
            path = os.fsdecode(fields[position + 1])
            position += 2
            if len(meta) < 5 or meta[1] not in _CONTENT_MODES:
                continue  # a deletion, a submodule
            blob_sha = meta[3]
            if path not in history.paths:
                history.paths[path] = commit
            if blob_sha in seen_blobs:
                continue
            seen_blobs[blob_sha] = None
            history.blobs.append(Blob(sha=blob_sha, path=path, commit=commit, order=len(history.blobs)))
            continue
        position += 1  # the empty field at the very end
    history.commits = len(commits)
    return history, commits


def head_tree(top: str) -> Dict[str, List[str]]:
    """{blob sha: [paths]} of the files in HEAD's tree; empty before the first commit."""
    if not git.has_head(top):
        return {}
    output = git.run_git(["ls-tree", "-r", "-z", "--full-tree", "HEAD"], cwd=top)
    tree: Dict[str, List[str]] = {}
    for record in output.split(b"\0"):
        if not record:
            continue
        meta, _, name = record.partition(b"\t")
        parts = meta.decode("ascii", "replace").split()
        if len(parts) == 3 and parts[1] == "blob" and parts[0] in _CONTENT_MODES:
            tree.setdefault(parts[2], []).append(os.fsdecode(name))
    return tree


def read_blobs(top: str, shas: Sequence[str], max_bytes: int) -> Iterator[Tuple[str, bytes, str]]:
    """(sha, bytes, error) for each blob, in order, through one `git cat-file --batch`. The names
    are written by a thread while this one reads, so git never waits for a round trip; a blob
    over `max_bytes` is read past (never held) and reported as an error. An answer that stalls
    (git waiting on a FIFO where a blob's object is) ends the run with git.Watchdog's error."""
    try:
        process = subprocess.Popen(["git", git.NO_REPLACE, "cat-file", "--batch"], cwd=top, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError:
        raise UnreadableInputError("git cat-file could not be started to read the history") from None
    stdin: IO[bytes] = process.stdin  # type: ignore[assignment]
    stdout: IO[bytes] = process.stdout  # type: ignore[assignment]
    watchdog = git.Watchdog(process)

    def feed() -> None:
        try:
            for sha in shas:
                stdin.write(sha.encode("ascii") + b"\n")
            stdin.close()
        except (OSError, ValueError):  # git went away: the reader says so
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    finished = False
    try:
        for sha in shas:
            # (awaited while this reads; not while the caller scans what it read)
            watchdog.awaiting()
            try:
                data, error = _next_blob(stdout, sha, max_bytes, watchdog)
            except UnreadableInputError:
                if watchdog.stalled:
                    raise git.unanswered(["cat-file"], top) from None
                raise
            watchdog.answered()
            yield sha, data, error
        finished = True
    finally:
        watchdog.stop()
        if not finished and process.poll() is None:
            process.kill()  # the reader stopped early: git must not wait on a full pipe
        writer.join(timeout=10)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        stdout.close()


def _next_blob(stdout: IO[bytes], sha: str, max_bytes: int, watchdog: git.Watchdog) -> Tuple[bytes, str]:
    try:
        header = stdout.readline().split()
        watchdog.awaiting()
        if len(header) == 2 and header[1] == b"missing":
            return b"", "blob missing from the repository (a shallow or partial clone?)"
        if len(header) != 3 or header[1] != b"blob":
            raise UnreadableInputError(f"git cat-file could not read blob {sha[:12]}")
        size = int(header[2])
        if size > max_bytes:
            left = size + 1
            while left:
                chunk = stdout.read1(min(left, 1024 * 1024))  # type: ignore[attr-defined]
                if not chunk:
                    raise UnreadableInputError(f"git cat-file ended early reading blob {sha[:12]}")
                watchdog.awaiting()
                left -= len(chunk)
            return b"", f"is {size} bytes, over the scan limit ({max_bytes} bytes)"
        data = git.read_answer(stdout, size, watchdog)
        if len(data) != size or stdout.read(1) != b"\n":
            raise UnreadableInputError(f"git cat-file ended early reading blob {sha[:12]}")
    except (OSError, ValueError):
        raise UnreadableInputError(f"git cat-file could not read blob {sha[:12]}") from None
    return data, ""
