"""The cyclic garbage collector while a command sets up.

A command's set-up (its modules, its configuration and baseline, the engine with its prefilter
tables) makes tens of thousands of objects and no garbage: the collector's passes over them are
wasted. A commit hook's run spent about 7 ms of its 90 in them. So set-up runs with the
collector off, and in the `secretfence` program itself (`cli.program`: the process ends with the
command) what set-up made is then frozen, kept out of every later collection, as `gc.freeze()`
is meant for. The scan after it collects its garbage as usual; only the whole heap's walks come ten
times less often in the program (`_OLDEST_AFTER_PASSES`).

A caller that goes on after the command (the tests, a program calling `cli.main`) gets the
collector back as it was and nothing frozen: frozen objects are never freed.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

_freezes = False
# In the program, the oldest generation is walked after this many passes over the middle one (Python's
# default is 10). What the scan makes that lives on is set-up too, made late: the readings and reader
# modules imported when a line first asks them, their compiled regexes' owners, each file's memos. A
# walk over all of it found almost nothing to free (a tree scan: three walks, 0.15-0.25 s of its CPU,
# 1,300 objects freed); the young generations still collect the scan's garbage as they did.
_OLDEST_AFTER_PASSES = 100


def freeze_after_set_up() -> None:
    """This process ends with the command (`cli.program`): set-up's objects may be frozen, and the
    oldest generation is walked less often."""
    global _freezes
    _freezes = True
    youngest, middle, _ = gc.get_threshold()
    gc.set_threshold(youngest, middle, _OLDEST_AFTER_PASSES)


@contextmanager
def setting_up() -> Iterator[None]:
    """The collector off for the block; after it, in the program, everything made so far frozen."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _freezes:
            gc.freeze()
        if collecting:
            gc.enable()
