"""Many files: one process for small jobs, a pool of processes for large ones.

`scan_paths` hands the workers batches of paths (each worker reads, opens and scans its files
itself: the parent only lists them); `MemberScanner` sends in-memory archive members to the
workers as they are read. Where the platform forks safely, the workers inherit the parent's
engine (nothing to pickle or rebuild); elsewhere each builds its own from the same configuration.
"""
from __future__ import annotations

import collections
import gc
import os
import sys
from typing import Any, Deque, Iterator, List, Optional, Sequence, Tuple, Union, cast

from secretfence.engine.config import EngineConfig
from secretfence.engine.scan import Engine, FileResult, scan_file, scan_one

PARALLEL_MIN_BYTES = 8 * 1024 * 1024
PARALLEL_MIN_FILES = 64
# Batches per worker: enough that the last ones to finish are short (the cost of a file is not
# its size: a minified file can cost ten times a text file's), few enough that a batch is worth
# its round trip. Small files go together up to BATCH_MAX_FILES.
BATCHES_PER_WORKER = 24
BATCH_MAX_FILES = 256

_worker_engine: Optional[Engine] = None

# A result with nothing in it but its name and how it was read (most files): sent back as a
# tuple, a tenth of a FileResult's pickle.
_Packed = Union[FileResult, Tuple[str, str, str, str, str]]


def _worker_init(config: EngineConfig) -> None:
    global _worker_engine
    _worker_engine = Engine(config)


def _pool(engine: Engine, workers: int) -> Any:
    """A process pool whose workers hold `engine`: inherited by fork where that is safe (Linux:
    no pickling, no rebuilding, the warmed-up imports shared), else rebuilt in each worker."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # only large scans pay for multiprocessing

    global _worker_engine
    engine.warm_up()
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        _worker_engine = engine  # the forked workers' copy; the parent never reads it
        # What the workers inherit (modules, the engine) outlives them: out of their collector's
        # sight, so that no collection in a worker walks it, writing to (so copying) its pages.
        gc.collect()
        gc.freeze()
        try:
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
            pool.submit(int)  # with fork, the first task starts every worker: they fork now, frozen
        finally:
            gc.unfreeze()  # this process collects as before
        return pool
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(engine.config,))


def _pack(result: FileResult) -> _Packed:
    if result.findings or result.damage is not None or result.names_only:
        return result
    return (result.filename, result.skipped, result.error, result.encoding, result.note)


def _unpack(packed: _Packed) -> FileResult:
    if isinstance(packed, FileResult):
        return packed
    filename, skipped, error, encoding, note = packed
    return FileResult(filename, skipped=skipped, error=error, encoding=encoding, note=note)


def _worker_scan(batch: List[Tuple[str, str]]) -> List[_Packed]:
    assert _worker_engine is not None
    return [_pack(result) for path, name in batch for result in scan_file(_worker_engine, path, name)]


def scan_paths(
    engine: Engine,
    paths: Sequence[Tuple[str, str]],
    jobs: Optional[int] = None,
) -> Iterator[FileResult]:
    """Scan (disk path, display name) pairs, in parallel when the job is large enough to pay.
    Results come in the order of `paths`.

    A parallel scan starts now: the workers have every batch before this returns, so that the
    caller's own work before it reads the results (scanning and masking the names) runs
    beside theirs instead of before it."""
    sizes = []
    for path, _ in paths:
        try:
            sizes.append(os.path.getsize(path))
        except OSError:
            sizes.append(0)  # the worker that reads it reports why it cannot
    total = sum(sizes)
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    # Few files are worth a pool when they are large (artifacts: each a few MB of members).
    many = len(paths) >= PARALLEL_MIN_FILES or (len(paths) >= 2 and total >= 4 * PARALLEL_MIN_BYTES)
    if workers <= 1 or not many or total < PARALLEL_MIN_BYTES:
        return (result for path, name in paths for result in scan_file(engine, path, name))
    started = _in_pool(engine, _batches(paths, sizes, workers), workers)
    next(started)  # the pool is up and every batch submitted
    return cast(Iterator[FileResult], started)


def _in_pool(engine: Engine, batches: List[Tuple[List[Tuple[str, str]], int]], workers: int) -> Iterator[Optional[FileResult]]:
    """None once every batch is submitted, then the results in the batches' order."""
    with _pool(engine, workers) as pool:
        # The largest batches go first, so that no large one is left for the end while the
        # other workers idle; results are handed on in the order of `paths` as they complete.
        order = sorted(range(len(batches)), key=lambda index: -batches[index][1])
        futures = {index: pool.submit(_worker_scan, batches[index][0]) for index in order}
        try:
            yield None
            for index in range(len(batches)):
                for packed in futures.pop(index).result():
                    yield _unpack(packed)
        except GeneratorExit:  # the caller stopped reading (an error): the batches not begun never run
            for future in futures.values():
                future.cancel()
            raise


def _worker_scan_members(batch: List[Tuple[str, bytes, bool]]) -> List[_Packed]:
    assert _worker_engine is not None
    return [_pack(scan_one(_worker_engine, name, data, overlapping)) for name, data, overlapping in batch]


class MemberScanner:
    """Scans in-memory members (archive contents) as they are read.

    Members stay in this process until the job is large enough to pay for a process pool; from
    then on they go to the workers in small batches while this process goes on reading (and
    decompressing), so both overlap. At most a few batches are in flight: memory stays bounded
    whatever the artifact's size. One pool serves every artifact of a run.
    """

    BATCH_BYTES = 4 * 1024 * 1024
    INLINE_MAX_BYTES = 64 * 1024 * 1024  # few but large members: scanned here, in bounded steps

    def __init__(self, engine: Engine, jobs: Optional[int] = None) -> None:
        self.engine = engine
        self.workers = jobs if jobs is not None else (os.cpu_count() or 1)
        self._pool: Any = None
        self._pending: List[Tuple[str, bytes, bool]] = []
        self._pending_bytes = 0
        self._in_flight: Deque[Any] = collections.deque()
        self._in_flight_bytes: Deque[int] = collections.deque()  # the size of each batch in flight
        self._done: List[FileResult] = []

    def __enter__(self) -> "MemberScanner":
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def add(self, name: str, data: bytes, overlapping: bool = False) -> None:
        """One member to scan; `overlapping`: its text holds the same bytes twice (see
        archives.Member), each secret is reported once."""
        self._pending.append((name, data, overlapping))
        self._pending_bytes += len(data)
        if self._pool is None and self.workers > 1 and (
            len(self._pending) >= PARALLEL_MIN_FILES and self._pending_bytes >= PARALLEL_MIN_BYTES
        ):
            self._pool = _pool(self.engine, self.workers)
        if self._pool is not None and self._pending_bytes >= self.BATCH_BYTES:
            self._submit()
        elif self._pool is None and self._pending_bytes >= self.INLINE_MAX_BYTES:
            self._scan_here()

    def results(self) -> List[FileResult]:
        """Every member added since the last call, scanned, in the order added."""
        if self._pool is not None:
            self._submit()
            while self._in_flight:
                self._wait_for_oldest()
        else:
            self._scan_here()
        done, self._done = self._done, []
        return done

    def discard(self) -> None:
        """Drop what was added since the last `results()` (its artifact turned out unreadable)."""
        while self._in_flight:
            self._in_flight.popleft().cancel()
        self._in_flight_bytes.clear()
        self._pending, self._pending_bytes, self._done = [], 0, []

    def _scan_here(self) -> None:
        self._done.extend(scan_one(self.engine, name, data, overlapping) for name, data, overlapping in self._pending)
        self._pending, self._pending_bytes = [], 0

    def _submit(self) -> None:
        if self._pending:
            self._in_flight.append(self._pool.submit(_worker_scan_members, self._pending))
            self._in_flight_bytes.append(self._pending_bytes)
            self._pending, self._pending_bytes = [], 0
        # A few batches in flight, and a few bytes: large members (up to 256 MiB each, plus the
        # copy pickled for the worker) must not pile up while the workers catch up.
        while self._in_flight and (
            len(self._in_flight) > 4 * self.workers or sum(self._in_flight_bytes) > self.INLINE_MAX_BYTES
        ):
            self._wait_for_oldest()

    def _wait_for_oldest(self) -> None:
        self._in_flight_bytes.popleft()
        self._done.extend(_unpack(packed) for packed in self._in_flight.popleft().result())


def _batches(paths: Sequence[Tuple[str, str]], sizes: Sequence[int], workers: int) -> List[Tuple[List[Tuple[str, str]], int]]:
    """Consecutive runs of files of roughly equal bytes (neighbours share a directory, so a
    batch reads one part of the tree), with their sizes: BATCHES_PER_WORKER per worker."""
    target = max(1, sum(sizes) // (workers * BATCHES_PER_WORKER))
    batches: List[Tuple[List[Tuple[str, str]], int]] = []
    batch: List[Tuple[str, str]] = []
    size = 0
    for ref, file_size in zip(paths, sizes):
        batch.append(ref)
        size += file_size
        if size >= target or len(batch) >= BATCH_MAX_FILES:
            batches.append((batch, size))
            batch, size = [], 0
    if batch:
        batches.append((batch, size))
    return batches
