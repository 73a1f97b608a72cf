"""Review 63 of stop 62's reStructuredText carrier (a page's inline literals read as Markdown's code spans): it read a
page only where a double backtick stood in it, so a page whose literals were all roles' (`:samp:`…``, `:code:`…``)
was never read, and Sphinx's copy of a page's source (`_sources/<page>.rst.txt`) was no page. Placeholders in roles
still pass.
Generated fakes only: every value is built here from a seeded generator (seeds 7100600-7100699)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7100600


def _value(seed: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, 20)


SECRETS: List[Tuple[str, str, str]] = [
    ("ops/runbook.rst", f"NAS\n===\n\n* Password: :samp:`{_value(1)}`\n", _value(1)),
    ("ops/runbook.rst", f"NAS\n===\n\n* API token: :code:`{_value(2)}`\n", _value(2)),
    ("ops/_sources/runbook.rst.txt", f"NAS\n===\n\n* Password: ``{_value(3)}``\n", _value(3)),
]

DECOYS: List[Tuple[str, str]] = [
    ("ops/runbook.rst", "NAS\n===\n\n* Password: :samp:`<your password>`\n* Token: :code:`$NAS_TOKEN`\n"),
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
