"""Review 63 of stop 62's owner-kept key sheet: an owner's column made a sheet an integrations sheet, and such a sheet
naming no account reads only keys drawn in both cases; a sheet of keys issued to partners (a party's column and the
key's validity) that also names an owner fell under that narrowing, so its one-case hex keys, read before the owner's
column counted, passed. A plain owner's sheet of one-case hex still passes.
Generated fakes only: every value is built here from a seeded generator (seeds 7100300-7100399)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7100300
_HEX = "0123456789abcdef"


def _hex(seed: int) -> str:
    return fakes.drawn(_SEED + seed, 32, _HEX)


SECRETS: List[Tuple[str, str, str]] = [
    ("ops/partner-keys.csv", f"partner,owner,key,valid_until\nAcme GmbH,j.doe,{_hex(1)},2025-06-30\n", _hex(1)),
    ("ops/partner-keys.csv", f"service,partner,owner,key,expires\nbilling-api,Acme GmbH,j.doe,{_hex(2)},2025-06-30\n",
     _hex(2)),
    ("ops/partner-keys.csv", f"partner,responsabile,chiave,scadenza\nAcme Srl,m.rossi,{_hex(3)},2025-06-30\n", _hex(3)),
]

DECOYS: List[Tuple[str, str]] = [
    ("ops/systems.csv", f"system,purpose,key,owner\nbilling,ledger export,{_hex(4)},j.doe\n"),
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
