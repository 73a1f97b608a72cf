"""Stop 64's blocked decoys (1): a token a log masked, its kept head then a masking tool's note between runs of `*` or
dots (`token=eyJ***masked***`, `sk_live_...hidden...`); and the true forms beside it that still block (the nearest
credential the narrowing could pass): a token in the clear, a password with more after its `***hidden***`, a whole drawn
value before the note. (The notes table's kept-where cell: decoys_keptnote_stop64_test.py.)
Generated fakes only: every value is built here from a seeded generator (seeds 7250000-7250499)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 7250000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _log(assignment: str) -> str:
    return ("2024-06-01T18:00:00Z INFO  payout batch start riders=214\n"
            f"2024-06-01T18:00:01Z DEBUG mobile-money auth ok {assignment}  expires_in=180\n"
            "2024-06-01T18:05:55Z INFO  payout batch done ok=213 failed=1\n")


_HEAD_THEN_MORE = _alnum(1, 5) + "***hidden***" + _alnum(2, 6)
_WHOLE_THEN_NOTE = _alnum(3, 32)

# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a token in the clear in the same log record
    ("payouts/logs/payouts-worker.log", _log(f"token={_alnum(4, 40)}"), _alnum(4, 40)),
    # a typed password with more after its `***hidden***` (a note ends the value), and a whole drawn value before the note
    # (a masking tool keeps a short head: 32 characters were never masked)
    ("config/app.env", f"MOMO_API_KEY={_HEAD_THEN_MORE}\n", _HEAD_THEN_MORE),
    ("payouts/logs/payouts-worker.log", _log(f"token={_WHOLE_THEN_NOTE}***masked***"), _WHOLE_THEN_NOTE + "***masked***"),
]

# (file, text): nothing may block.
DECOYS: List[Tuple[str, str]] = [
    # a token a log masked: its head, then the masking tool's note between runs of `*`, dots or an ellipsis
    ("payouts/logs/payouts-worker.log", _log("token=eyJ***masked***")),
    ("payouts/logs/payouts-worker.log", _log("token=eyJ***MASKED***")),
    ("payouts/logs/payouts-worker.log", _log("api_key=sk_live_...hidden...")),
    ("payouts/logs/payouts-worker.log", _log("secret=ghp_\u2026redacted")),
    ("payouts/logs/payouts-worker.log", _log("password=Ab3***masked")),
    ("config/app.env", "MOMO_API_KEY=sk_live_51***omitted***\n"),
]


def test_masked_run_note() -> None:
    from secretfence.kinds._helpers import is_placeholder

    # (the judgement itself: the note ends the value after a short head; more after it, or a long head, is a value)
    assert is_placeholder("eyJ***masked***") and is_placeholder("AKIA...redacted...")
    assert not is_placeholder(_HEAD_THEN_MORE) and not is_placeholder(_WHOLE_THEN_NOTE + "***masked***")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert secret in [finding.secret for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
