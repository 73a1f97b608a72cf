"""How many examples a property test draws.

The suite draws half of each test's full count: the same properties over the same strategies,
each still drawn 20 to 150 times per run, and hypothesis draws new examples on every run (its
database replays the ones that failed before). `SECRETFENCE_FUZZ=full` draws the full counts,
for a longer search before a release or after changing a reader.
"""
from __future__ import annotations

import os


def examples(full: int) -> int:
    if os.environ.get("SECRETFENCE_FUZZ") == "full":
        return full
    return max(20, full // 2)
