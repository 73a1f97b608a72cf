"""Small, typed wrappers around the git commands secretfence needs."""
from __future__ import annotations

import os
import stat
import subprocess
import time
from typing import IO, List, Optional, Sequence, Tuple

from secretfence.errors import UnreadableInputError, UsageError

# A revision range meaning every ref (`--history` with no range). Here, not in git_history, so that
# the commands naming it as an option's value need not import the history reader.
ALL_REFS = "--all"
# What a commit records and a push carries are the objects as they are: a replacement ref (`git replace`,
# refs/replace/) makes git answer another blob or compare with another commit's tree, while pack-objects ignores
# replacements. Every git question about what is committed is asked without them.
NO_REPLACE = "--no-replace-objects"


# git waits without end on a FIFO where it expects a file (HEAD, the config, the index, packed-refs,
# info/exclude: an unpacked archive or a hostile checkout can hold one), so its answers to these
# short questions are awaited this long, then the run fails with a line saying so instead of hanging
# the commit. SECRETFENCE_GIT_TIMEOUT (seconds) changes it. (The long answers, cat-file's blobs and the
# history's log, are not bounded as a whole: they are long by nature. A stall in them is: Watchdog.)
_ANSWER_SECONDS = 120.0


def answer_seconds() -> float:
    """How long a git question may take (SECRETFENCE_GIT_TIMEOUT, else 120 s)."""
    value = os.environ.get("SECRETFENCE_GIT_TIMEOUT", "").strip()
    if not value:
        return _ANSWER_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < 1e9:
        raise UsageError(f"SECRETFENCE_GIT_TIMEOUT={value!r}: expected a number of seconds above 0")
    return seconds


def unanswered(args: Sequence[str], cwd: str) -> UnreadableInputError:
    """The error for git's answer that did not come (Watchdog.stalled, or a short question past its bound)."""
    command = next((arg for arg in args if not arg.startswith("-")), "")
    return UnreadableInputError(
        f"{cwd}: git {command} did not answer within {answer_seconds():g} s (a FIFO or a stalled mount where "
        "git reads its repository's files?); set SECRETFENCE_GIT_TIMEOUT to wait longer")


def _answer(args: Sequence[str], cwd: str, stdout: int, stderr: int,
            input_bytes: Optional[bytes] = None) -> "subprocess.CompletedProcess[bytes]":
    """git's answer to one short question, awaited answer_seconds() at most (then the one-line error);
    OSError passes to the caller, which says what it means there."""
    try:
        return subprocess.run(["git", *args], cwd=cwd, input=input_bytes, stdout=stdout, stderr=stderr, check=False,
                              timeout=answer_seconds())
    except subprocess.TimeoutExpired:
        raise unanswered(args, cwd) from None


def _run(args: Sequence[str], cwd: str, input_bytes: Optional[bytes]) -> "subprocess.CompletedProcess[bytes]":
    try:
        return _answer(args, cwd, subprocess.PIPE, subprocess.PIPE, input_bytes)
    except OSError as error:
        raise _not_started(error, cwd) from None


def _not_started(error: OSError, cwd: str) -> UnreadableInputError:
    """The one-line error for git that could not be started in `cwd`."""
    if isinstance(error, FileNotFoundError):
        if error.filename == cwd:
            return UnreadableInputError(f"{cwd}: no such directory")
        return UnreadableInputError("git is not installed or not on PATH")
    return UnreadableInputError(f"{cwd}: cannot run git there: {error.strerror}")  # (cwd cannot be entered)


class Watchdog:
    """Kills a git process whose answer stalls: no byte for answer_seconds() while it is awaited, and no
    CPU time used by git in that time either (where the system says: _cpu_time).

    For git's long answers (a blob of any size from `cat-file --batch`, the history from `git log`),
    which no bound on the whole could fit: git waits without end on a FIFO where it reads an object
    (`.git/objects/xx/…`, in the main repository of a linked work tree or an alternate), and its
    reader with it. The reader calls awaiting() when it asks and as each piece of the answer comes,
    answered() when it has it all (the time its caller then spends on the answer is not git's);
    once the process is killed, the reader's pipe ends, and `stalled` says why: unanswered() is
    the error to raise. A thread, started with the first process that needs one."""

    def __init__(self, process: "subprocess.Popen[bytes]") -> None:
        import threading

        self._process = process
        self.seconds = answer_seconds()
        self._since: Optional[float] = None  # when the awaited answer last moved; None: nothing awaited
        self.stalled = False
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="secretfence git watchdog", daemon=True)
        self._thread.start()

    def awaiting(self) -> None:
        """An answer is awaited from now (asked, or a piece of it has just come)."""
        self._since = time.monotonic()

    def answered(self) -> None:
        self._since = None

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()

    def _cpu_time(self) -> Optional[bytes]:
        """git's CPU time so far (user, system: Linux's /proc), None where it cannot be read. git working towards
        an answer it does not write yet (`git log --reverse` walks the whole history first, cat-file inflates a
        long delta chain) uses it; git waiting on a FIFO or a stalled mount does not."""
        try:
            with open(f"/proc/{self._process.pid}/stat", "rb") as handle:
                fields = handle.read().rpartition(b")")[2].split()
        except OSError:
            return None
        return b" ".join(fields[11:13]) if len(fields) > 12 else None

    def _watch(self) -> None:
        # (woken a few times a bound: a stall is seen within a quarter of it past the bound)
        tick = max(self.seconds / 4, 0.05)
        used, working = self._cpu_time(), time.monotonic()  # (working: when git's CPU time last grew)
        while not self._stopped.wait(tick):
            now_used = self._cpu_time()
            if now_used is not None and now_used != used:
                used, working = now_used, time.monotonic()
            since = self._since
            if since is not None and time.monotonic() - max(since, working) >= self.seconds:
                self.stalled = True
                try:
                    self._process.kill()
                except OSError:
                    pass
                return


def read_answer(stream: IO[bytes], size: Optional[int], watchdog: Watchdog) -> bytes:
    """`size` bytes of git's answer from `stream` (fewer where it ends; None: all up to its end), each
    piece that comes telling `watchdog` the answer moves: a large blob streaming slowly is not cut off."""
    pieces: List[bytes] = []
    left = -1 if size is None else size
    while left:
        piece = stream.read1(_PIECE if left < 0 else min(left, _PIECE))  # type: ignore[attr-defined]
        if not piece:
            break
        watchdog.awaiting()
        pieces.append(piece)
        if left > 0:
            left -= len(piece)
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


def long_answer(args: Sequence[str], cwd: str) -> "subprocess.CompletedProcess[bytes]":
    """git's answer to a question whose answer is long by nature (the history's log): no bound on the whole, but
    one on a stall (Watchdog: then the one-line error). OSError as run_git says it; a non-zero exit is the caller's."""
    import tempfile

    with tempfile.TemporaryFile() as errors:  # (git's few lines of errors: no second pipe to drain as the answer comes)
        try:
            process = subprocess.Popen(["git", *args], cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                       stderr=errors)
        except OSError as error:
            raise _not_started(error, cwd) from None
        watchdog = Watchdog(process)
        stdout: IO[bytes] = process.stdout  # type: ignore[assignment]
        read = False
        try:
            watchdog.awaiting()
            output = read_answer(stdout, None, watchdog)
            read = True
        finally:
            watchdog.stop()
            if not read:
                process.kill()  # (interrupted: git must not be left writing to a pipe no one reads)
            stdout.close()
            returncode = process.wait()
        if watchdog.stalled:
            raise unanswered(args, cwd)
        errors.seek(0)
        return subprocess.CompletedProcess(["git", *args], returncode, output, errors.read())


_PIECE = 1 << 20


def _failure(args: Sequence[str], completed: "subprocess.CompletedProcess[bytes]") -> UnreadableInputError:
    lines = completed.stderr.decode("utf-8", "replace").strip().splitlines()
    command = next((arg for arg in args if not arg.startswith("-")), "")
    return UnreadableInputError(f"git {command} failed: {lines[-1] if lines else 'exit ' + str(completed.returncode)}")


def run_git(args: Sequence[str], cwd: str = ".", input_bytes: Optional[bytes] = None) -> bytes:
    completed = _run(args, cwd, input_bytes)
    if completed.returncode != 0:
        raise _failure(args, completed)
    return completed.stdout


def run_git_with_warnings(args: Sequence[str], cwd: str = ".") -> Tuple[bytes, List[str]]:
    """Output, and the warnings git printed while still exiting 0 (e.g. a directory it could
    not open, which `ls-files` then leaves out)."""
    completed = _run(args, cwd, None)
    if completed.returncode != 0:
        raise _failure(args, completed)
    lines = completed.stderr.decode("utf-8", "replace").splitlines()
    return completed.stdout, [line.strip() for line in lines if line.strip()]


# What changes where git looks for the repository: with any of these set, git is asked.
# (GIT_OBJECT_DIRECTORY too: git's test of a repository looks for its objects there, and passes over a
# `.git` without them; GIT_TEST_ASSUME_DIFFERENT_OWNER makes git refuse every repository as another user's.)
_DISCOVERY_ENVIRONMENT = ("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES",
                          "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_OBJECT_DIRECTORY", "GIT_TEST_ASSUME_DIFFERENT_OWNER")


def toplevel(cwd: str = ".") -> Optional[str]:
    """The work tree root containing cwd, or None outside a git repository."""
    found = _plain_work_tree(cwd)
    if found is not None:
        return found
    return _asked_toplevel(cwd)


def _plain_work_tree(cwd: str) -> Optional[str]:
    """The common case read from the file system, as `git rev-parse --show-toplevel` would answer
    it, without its process (a tenth of the hook's set-up): the nearest directory above cwd, on
    the same file system and owned by this user, whose `.git` is a directory git takes for a
    repository (_plain_repository) or a `gitdir:` file naming one. None, so that git is asked, wherever git's
    answer could differ: its discovery variables set, cwd inside a `.git` or a bare repository,
    a file system or owner boundary crossed, an odd `.git`."""
    if any(name in os.environ for name in _DISCOVERY_ENVIRONMENT) or not hasattr(os, "getuid"):
        return None
    try:
        directory = os.path.realpath(cwd)  # git answers with links resolved
        start = os.stat(directory)
        while True:
            if os.path.basename(directory) == ".git" or os.path.isfile(os.path.join(directory, "HEAD")):
                return None  # inside a repository's own directory, or a bare one: git says
            marker = os.path.join(directory, ".git")
            try:
                status = os.lstat(marker)
            except FileNotFoundError:
                status = None
            if status is not None:
                if os.stat(directory).st_uid != os.getuid():
                    return None  # safe.directory's question: git says
                if status.st_uid != os.getuid():
                    return None  # git asks the same of the .git it finds
                if stat.S_ISDIR(status.st_mode) and _plain_repository(marker):
                    return directory
                if stat.S_ISREG(status.st_mode) and _links_a_repository(marker, directory):
                    return directory
                return None
            parent = os.path.dirname(directory)
            if parent == directory or os.stat(parent).st_dev != start.st_dev:
                return None  # the root, or another file system: git says
            directory = parent
    except (OSError, ValueError):  # (ValueError: a NUL in a path read from a file)
        return None


# With any of these set, `git cat-file` may read another repository's objects, or none at all: it
# is asked for every blob (loose_object_directory). GIT_DIR is not among them: git sets it for the hooks
# of a linked work tree (its repository directory, the one the `.git` file names), and it is taken
# where it names the repository the work tree's `.git` does.
_OBJECT_ENVIRONMENT = tuple(name for name in _DISCOVERY_ENVIRONMENT if name != "GIT_DIR")


def loose_object_directory(top: str) -> Optional[str]:
    """The objects directory of the repository of the work tree `top`, where a loose object's file
    holds exactly what `git --no-replace-objects cat-file` answers for its id (the staged reader asks
    git without replacement refs: sources/git_staged.py), found by git's own rule: `top/.git` is
    the repository directory, or a `gitdir: <path>` file naming it (a linked work tree's, a
    submodule's); the objects are in its common directory (`commondir`, a linked work tree's: the
    main repository's), under `objects`. Only for a plain repository (_plain_repository) with none
    of the variables that move the repository or its objects set (GIT_DIR only naming that same
    repository, as git sets it for a linked work tree's hooks); None (git answers) for anything
    else. Sparing the commit hook its `git cat-file` process, about a fortieth of its run.

    (An alternate object directory, `objects/info/alternates`, is not followed: an object found
    only there is read by cat-file, whose wait for it is bounded: Watchdog.)"""
    if any(name in os.environ for name in _OBJECT_ENVIRONMENT) or not hasattr(os, "getuid"):
        return None
    marker = os.path.join(top, ".git")
    try:
        mode = os.lstat(marker).st_mode
        git_dir = marker if stat.S_ISDIR(mode) else _linked_repository(marker, top) if stat.S_ISREG(mode) else None
        if git_dir is None or not _plain_repository(git_dir):
            return None
        named = os.environ.get("GIT_DIR")
        if named is not None and (not named or os.path.realpath(named) != os.path.realpath(git_dir)):
            return None  # GIT_DIR names another repository (or is empty): git says
        common = _common_directory(git_dir)
        if any(os.path.lexists(os.path.join(directory, "reftable")) for directory in (git_dir, common)):
            return None  # (the reftable ref store: git says)
    except (OSError, ValueError):  # (ValueError: a NUL in a path read from a file)
        return None
    return os.path.join(common, "objects")


def _linked_repository(marker: str, directory: str) -> Optional[str]:
    """The repository directory a `gitdir: <path>` file (a linked work tree's, a submodule's) in `directory`
    names, relative to `directory` unless absolute, as git reads it; None if the file is no such link."""
    content = _regular_file(marker, 4096)
    if content is None or not content.startswith(b"gitdir: ") or b"\0" in content:
        return None  # (a NUL: git reads the path up to it, Python's calls refuse it: git says)
    return os.path.join(directory, os.fsdecode(content[len(b"gitdir: "):].rstrip(b"\r\n")))


def _links_a_repository(marker: str, directory: str) -> bool:
    """A `gitdir: <path>` file (a linked work tree's, a submodule's) naming a repository directory that is there."""
    target = _linked_repository(marker, directory)
    return target is not None and os.stat(target).st_uid == os.getuid() and _plain_repository(target)


def _common_directory(git_dir: str) -> str:
    """The repository's common directory (objects, refs, config), as git finds it: the path its `commondir` file
    holds (a linked work tree's: the main repository's `.git`), relative to `git_dir` unless absolute, its line break
    dropped; `git_dir` itself without one. OSError for a `commondir` that is not a regular file or too long to be one."""
    commondir = _regular_file(os.path.join(git_dir, "commondir"), 4096)
    if commondir is None:
        if os.path.lexists(os.path.join(git_dir, "commondir")):
            raise OSError(f"{git_dir}: commondir too long")
        return git_dir
    if b"\0" in commondir:
        raise OSError(f"{git_dir}: a NUL in commondir")  # (git reads the path up to it: git says)
    return os.path.realpath(os.path.join(git_dir, os.fsdecode(commondir.rstrip(b"\r\n"))))  # (git's real path)


def _plain_repository(git_dir: str) -> bool:
    """A repository directory as git's own test reads one (a valid HEAD, `objects` and `refs`
    directories: a `.git` holding a HEAD alone is no repository to git, which looks further up)
    in the plain layout: a linked work tree's through its `commondir`. False (git is asked) for
    anything else: a HEAD that is a link or holds neither a ref nor an object id, a config that
    could move the work tree or that git would refuse, a config or HEAD that is not a regular file."""
    head = _regular_file(os.path.join(git_dir, "HEAD"), 512)
    if head is None or not _valid_head(head):
        return False
    try:
        common = _common_directory(git_dir)
    except OSError:
        return False
    for name in ("objects", "refs"):
        if not stat.S_ISDIR(os.lstat(os.path.join(common, name)).st_mode):
            return False
    if os.path.lexists(os.path.join(git_dir, "config.worktree")):
        return False  # a linked work tree's own config (extensions.worktreeConfig): git says
    return not _configures_its_work_tree(common)


_HEX_DIGITS = frozenset(b"0123456789abcdef")


def _valid_head(head: bytes) -> bool:
    """HEAD as git validates it (validate_headref): a symbolic ref into refs/, or an object id
    (SHA-1's or SHA-256's), one line. (No regex: the hook compiles none it can spare.)"""
    line = head[:-1] if head.endswith(b"\n") else head
    if b"\n" in line:
        return False
    if line.startswith(b"ref:"):
        return line[4:].lstrip(b" \t").startswith(b"refs/")
    return len(line) in (40, 64) and set(line) <= _HEX_DIGITS


def _regular_file(path: str, limit: int) -> Optional[bytes]:
    """A regular file's first bytes (None if it is missing or too long); OSError for anything
    else at that name: a FIFO is opened without waiting for a writer, and not read."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(status.st_mode):
        raise OSError(f"{path}: not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    with open(os.open(path, flags), "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(f"{path}: not a regular file")
        content = handle.read(limit + 1)
    return content if len(content) <= limit else None


def _configures_its_work_tree(git_dir: str) -> bool:
    """A repository whose config moves its work tree (`core.worktree`, per-worktree config) or
    says it has none (`core.bare = true`), or includes another file that might, or that git could
    refuse (a format version above 1, an extension): git's answer may not be the directory above
    `.git`. `bare` is read only as the one line git writes (a second `bare`, even in a comment,
    and git is asked)."""
    config = _regular_file(os.path.join(git_dir, "config"), 1 << 20)
    if config is None:
        return os.path.lexists(os.path.join(git_dir, "config"))  # too long to read here: git says
    config = config.lower()
    if b"worktree" in config or b"include" in config or b"extension" in config:
        return True
    # Each line without its blanks: `repositoryformatversion = 0` is `repositoryformatversion=0`.
    settings = [line.replace(b" ", b"").replace(b"\t", b"").rstrip(b"\r") for line in config.split(b"\n")]
    versions = [line for line in settings if line.startswith(b"repositoryformatversion")]
    if config.count(b"repositoryformatversion") > 1 or versions and versions[0].partition(b"=")[2].partition(
            b"#")[0].partition(b";")[0] not in (b"0", b"1"):
        return True
    return config.count(b"bare") > (1 if b"bare=false" in settings else 0)


def _asked_toplevel(cwd: str) -> Optional[str]:
    try:
        completed = _answer(["rev-parse", "--show-toplevel"], cwd, subprocess.PIPE, subprocess.DEVNULL)
    except OSError:  # no git, or cwd cannot be entered
        return None
    if completed.returncode != 0:
        return None
    return os.fsdecode(completed.stdout.rstrip(b"\n"))


def is_ignored(path: str) -> bool:
    """Does .gitignore (or info/exclude, core.excludesFile) exclude this path, or a parent?"""
    try:
        completed = _answer(["check-ignore", "-q", "--", os.path.basename(os.path.abspath(path))],
                            os.path.dirname(os.path.abspath(path)), subprocess.DEVNULL, subprocess.DEVNULL)
    except OSError:
        return False
    return completed.returncode == 0


def has_head(cwd: str = ".") -> bool:
    """False before the first commit."""
    try:
        completed = _answer(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], cwd, subprocess.DEVNULL,
                            subprocess.DEVNULL)
    except OSError:
        return False
    return completed.returncode == 0


def split_z(output: bytes) -> List[str]:
    return [os.fsdecode(item) for item in output.split(b"\0") if item]
