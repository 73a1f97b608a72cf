"""Progress on stderr, only when stderr is a terminal: pipes and CI logs stay clean."""
from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


class Progress:
    def __init__(self, total: int, what: str, stream: Optional[TextIO] = None, min_interval: float = 0.1) -> None:
        self.total = total
        self.what = what
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() and total > 1
        self.done = 0
        self._last = 0.0
        self._interval = min_interval
        self._start = time.monotonic()

    def advance(self, amount: int = 1) -> None:
        self.done += amount
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= self._interval or self.done == self.total:
            self._last = now
            self.stream.write(f"\rsecretfence: {self.done}/{self.total} {self.what} ({now - self._start:.1f}s)")
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()
