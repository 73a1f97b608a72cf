"""Stop 63's reStructuredText and Markdown pages (share pb, sets LW-MB): forms a page's reader now blocks, with their
near misses that still pass.
Generated fakes only: every value is built here from a seeded generator (seeds 7070000-7070999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7070000


def _mixed(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length)


# (a Supabase access token in mixed-case letters and digits, as a partner's page copies it: `sbp_` is Supabase's head)
_SUPABASE = "sbp_" + _mixed(1, 40)

SECRETS: List[Tuple[str, str, str]] = [
    ("docs/partners/shop.rst", f"Shop\n====\n\nToken::\n\n    Authorization: Bearer {_SUPABASE}\n", _SUPABASE),
    ("app/settings.py", f'SUPABASE_ACCESS_TOKEN = "{_SUPABASE}"\n', _SUPABASE),
]

DECOYS: List[Tuple[str, str]] = [
    # (one character short of the token's body, and a name in code that merely opens with the head)
    ("docs/partners/shop.rst", f"Shop\n====\n\nToken::\n\n    Authorization: Bearer {_SUPABASE[:-1]}\n"),
    ("app/model.py", "sbp_readings = load_sbp_series(patient)\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    assert secret in [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
