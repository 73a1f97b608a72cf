"""secretfence._collector: the collector is off while a command sets up; only the program (whose
process ends with the command) freezes what set-up made. Run in fresh interpreters: freezing
this one would keep the tests' objects for good."""
from __future__ import annotations

import subprocess
import sys
from typing import List

from secretfence import _collector

_PROBE = """
import gc
from secretfence import _collector
default = ",".join(map(str, gc.get_threshold()))  # (Python's own: 700,10,10 before 3.13, 2000,10,10 in it)
{before}
made = []
with _collector.setting_up():
    inside = gc.isenabled()
    made.extend([[i] for i in range(50_000)])  # (a list of lists: objects the collector tracks)
print(inside, gc.isenabled(), gc.get_freeze_count(), ",".join(map(str, gc.get_threshold())), default)
"""


def _seen(before: str) -> List[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE.format(before=before)], capture_output=True, text=True,
                          check=True, timeout=60)
    return done.stdout.split()


def test_set_up_runs_without_the_collector_and_freezes_nothing_for_a_caller_that_goes_on() -> None:
    inside, after, frozen, thresholds, default = _seen("")
    assert (inside, after) == ("False", "True")
    assert int(frozen) == 0
    assert thresholds == default  # (a caller's collector as Python sets it)


def test_the_program_freezes_what_set_up_made_and_walks_the_oldest_generation_less_often() -> None:
    inside, after, frozen, thresholds, default = _seen("_collector.freeze_after_set_up()")
    assert (inside, after) == ("False", "True")
    assert int(frozen) >= 50_000
    youngest, middle, _ = default.split(",")
    assert thresholds == f"{youngest},{middle},{_collector._OLDEST_AFTER_PASSES}"


def test_a_collector_already_off_stays_off() -> None:
    inside, after, frozen, _, _ = _seen("gc.disable()")
    assert (inside, after) == ("False", "False")
    assert int(frozen) == 0
