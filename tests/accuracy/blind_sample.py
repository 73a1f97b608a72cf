"""A sample of the blind sets' cases that a test can afford: about SAMPLE_FILES whole files, every
step-th case of every set from an offset that moves from set to set (so each set's formats are
among them). The step grows with the number of sets, so the sample, and the time of the tests
that read it, stays put as sets arrive (at 24 it had grown to 2,735 files with 304 sets). A shard
is every `shards`-th set, so one check can be spread over pytest-xdist's workers."""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Iterator, List, Tuple

from tests.accuracy.labelled import LabelledCase

UNSEEN = Path(__file__).resolve().parent / "unseen"
SAMPLE_FILES = 2000
CASES_A_SET = 216  # the sets' mean as written (65,640 files in 304 sets): the step needs no import of them


def blind_modules() -> List[str]:
    return sorted(info.name for info in pkgutil.iter_modules([str(UNSEEN)]) if info.name.endswith("_cases"))


def sample_step(modules: List[str]) -> int:
    return max(1, -(-len(modules) * CASES_A_SET // SAMPLE_FILES))


def sample(step: int = 0, shard: int = 0, shards: int = 1) -> Iterator[Tuple[str, LabelledCase]]:
    """("module[index]", case) for the sample (`step` 0: the one that keeps it near SAMPLE_FILES;
    1: every case), of the sets in `shard` of `shards`."""
    modules = blind_modules()
    step = step or sample_step(modules)
    for number, module in enumerate(modules):
        if number % shards != shard:
            continue
        cases = importlib.import_module(f"tests.accuracy.unseen.{module}").CASES
        for index in range(number % step, len(cases), step):
            yield f"{module}[{index}]", cases[index]
