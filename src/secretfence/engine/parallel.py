"""Many files: one process for small jobs, a pool of processes for large ones.

`scan_paths` spreads files on disk over the pool in batches of roughly equal bytes;
`MemberScanner` does the same for in-memory archive members as they are read. Each worker
builds its own engine from the same configuration.
"""
from __future__ import annotations

import collections
import os
from typing import Any, Deque, Iterator, List, Optional, Sequence, Tuple

from secretfence.engine.config import EngineConfig
from secretfence.engine.scan import Engine, FileResult, scan_file, scan_one

PARALLEL_MIN_BYTES = 8 * 1024 * 1024
PARALLEL_MIN_FILES = 64

_worker_engine: Optional[Engine] = None


def _worker_init(config: EngineConfig) -> None:
    global _worker_engine
    _worker_engine = Engine(config)


def _worker_scan(batch: List[Tuple[str, str]]) -> List[FileResult]:
    assert _worker_engine is not None
    return [result for path, name in batch for result in scan_file(_worker_engine, path, name)]


def scan_paths(
    engine: Engine,
    paths: Sequence[Tuple[str, str]],
    jobs: Optional[int] = None,
) -> Iterator[FileResult]:
    """Scan (disk path, display name) pairs, in parallel when the job is large enough to pay."""
    total = 0
    for path, _ in paths:
        try:
            total += os.path.getsize(path)
        except OSError:
            pass
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(paths) < PARALLEL_MIN_FILES or total < PARALLEL_MIN_BYTES:
        for path, name in paths:
            yield from scan_file(engine, path, name)
        return
    from concurrent.futures import ProcessPoolExecutor  # only large scans pay for multiprocessing

    engine.warm_up()
    batches = _batches(paths, total, workers)
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(engine.config,)) as pool:
        for results in pool.map(_worker_scan, batches):
            yield from results


def _worker_scan_members(batch: List[Tuple[str, bytes, bool]]) -> List[FileResult]:
    assert _worker_engine is not None
    return [scan_one(_worker_engine, name, data, overlapping) for name, data, overlapping in batch]


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
            from concurrent.futures import ProcessPoolExecutor

            self.engine.warm_up()
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, initializer=_worker_init, initargs=(self.engine.config,)
            )
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
        self._done.extend(self._in_flight.popleft().result())


def _batches(paths: Sequence[Tuple[str, str]], total: int, workers: int) -> List[List[Tuple[str, str]]]:
    """Batches of roughly equal bytes, several per worker so a slow one does not hold the rest."""
    target = max(1, total // (workers * 8))
    batches: List[List[Tuple[str, str]]] = [[]]
    size = 0
    for path, name in paths:
        batches[-1].append((path, name))
        try:
            size += os.path.getsize(path)
        except OSError:
            pass
        if size >= target:
            batches.append([])
            size = 0
    return [batch for batch in batches if batch]
