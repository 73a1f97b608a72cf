"""The engine's time on short lines repeating one trigger, for every trigger the prefilter knows.

    .venv/bin/python benchmarks/triggers.py [--size CHARACTERS] [--screen CHARACTERS] [--top N] [--jobs N] [WORD ...]

A trigger is a literal the prefilter looks for (a detector's keyword, exact or folded) or a head of
one of its patterns: a line holding one is a candidate, read by the readers that keyed on it. A
text of many such lines costs what those readers spend on each, times the lines; a reader whose
cost grows with what is around its candidate (the lines above, the rest of the file) shows here
as a trigger far slower than the rest.

Each trigger is timed in two shapes, in a configuration file and in a Python module (`a.conf`,
`main.py`: the readers differ by file kind): 60-character lines of the trigger repeated (several
candidates a line), and one trigger a line with a line number after it (no two lines alike). All
triggers are screened at --screen characters (default 40,000); the slowest are timed again at
--size (default 200,000) and the --top (default 20) slowest listed, with their screened time, the
time per thousand lines, and the ratio of the two times to the ratio of the sizes (1 for a reader
linear in the file, more for one that is not). Times are the worker's CPU time (time.process_time), steadier than
the clock on a busy machine. Nothing here asserts a time: it prints figures.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Any, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SHAPES = ("repeated", "numbered")
NAMES = ("a.conf", "main.py")
_LINE = 60

_engine: Any = None


def triggers() -> List[str]:
    """Every literal and pattern head the engine's prefilter looks for (lower case where it folds)."""
    from secretfence.engine import Engine
    from secretfence.prefilter.search import _heads_of

    prefilters: Any = Engine()._prefilters
    found = set(prefilters.exact)
    found.update(literal.decode("ascii") for literal in prefilters.folded)
    for patterns in (prefilters.patterns, prefilters.folded_patterns):
        for pattern, _ in patterns:
            heads = _heads_of(pattern)
            if heads:
                found.update(heads)
    return sorted(word for word in found if word.strip() and "\n" not in word)


def text_of(word: str, shape: str, size: int) -> str:
    """`size` characters of short lines holding `word`."""
    if shape == "repeated":
        line = (word * (_LINE // len(word) + 1))[:max(_LINE, len(word))] + "\n"
        return line * (size // len(line))
    lines: List[str] = []
    total = 0
    number = 0
    while total < size:
        line = f"{word} {number}\n"
        lines.append(line)
        total += len(line)
        number += 1
    return "".join(lines)


def _start_worker() -> None:
    global _engine
    from secretfence.engine import Engine

    _engine = Engine()
    _engine.scan_text("warm.conf", "password = 1\n")


def _time(task: Tuple[str, str, str, int]) -> Tuple[float, str, str, str, int]:
    word, shape, name, size = task
    text = text_of(word, shape, size)
    start = time.process_time()  # (the process's own time: other work on the machine does not count)
    _engine.scan_text(name, text)
    return time.process_time() - start, word, shape, name, text.count("\n")


def _timed(tasks: Sequence[Tuple[str, str, str, int]], jobs: int) -> List[Tuple[float, str, str, str, int]]:
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    timed: List[Tuple[float, str, str, str, int]] = []
    with context.Pool(jobs, initializer=_start_worker) as pool:
        for result in pool.imap_unordered(_time, tasks, chunksize=4):
            timed.append(result)
            if len(timed) % 1000 == 0:
                print(f"{len(timed)} of {len(tasks)} timed", file=sys.stderr, flush=True)
    return timed


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("words", nargs="*", help="these triggers only (default: every one the prefilter knows)")
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--screen", type=int, default=40_000)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    options = parser.parse_args(argv)
    words = options.words or triggers()
    print(f"{len(words)} triggers, screened at {options.screen:,} characters", file=sys.stderr, flush=True)
    screened = _timed([(word, shape, name, options.screen) for word in words for shape in SHAPES for name in NAMES],
                      options.jobs)
    screened.sort(reverse=True)
    first = {(word, shape, name): seconds for seconds, word, shape, name, _ in screened}
    again = [(word, shape, name, options.size) for _, word, shape, name, _ in screened[:options.top * 2]]
    results = sorted(_timed(again, options.jobs), reverse=True)[:options.top]
    growth = options.size / options.screen
    print(f"{'seconds':>8} {'screened':>8} {'ms/1k lines':>11} {'growth':>6}  {'shape':<8} {'file':<7} trigger")
    for seconds, word, shape, name, lines in results:
        before = first[(word, shape, name)]
        ratio = seconds / before / growth if before > 0 else 0.0
        print(f"{seconds:8.2f} {before:8.2f} {seconds * 1e6 / max(lines, 1):11.1f} {ratio:6.1f}  {shape:<8} {name:<7} {word!r}",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
