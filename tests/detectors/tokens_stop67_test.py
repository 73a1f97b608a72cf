"""Tokens by their names (stop 67, blind sets NS, NT, NU): a word before `token` that says a credential's (`api`,
`access`, `auth`, `bearer`) makes the words before it name whose token it is, not a cursor's or a sync's
(`SYNC_API_TOKEN`, Meta's `PAGE_ACCESS_TOKEN`); a signed JWT with claims under a word an idempotency token shares
(`CLIENT_TOKEN`: Chestny ZNAK's client token) and under a bearer's name (`stagingBearer`). Near misses: cursors, public
tokens and AWS's idempotency token (a UUID) under the same words; a JWT under a cursor's or an expired test's name.
Generated fakes only (seeds 8680300-8680399)."""
from __future__ import annotations

import base64
import json
from typing import Dict, List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8680300


def _jwt(seed: int, claims: Dict[str, object]) -> str:
    """A signed-looking JWT (HS256) with the claims, its signature drawn."""
    def part(obj: Dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    return part({"alg": "HS256", "typ": "JWT"}) + "." + part(claims) + "." + fakes.drawn(seed, 43, fakes.ALNUM + "-_")


_TOKEN = fakes.drawn_mixed(_SEED + 1, 32)
_JWT = _jwt(_SEED + 2, {"sub": "svc-permit", "iat": 1799453953, "exp": 4102444800})

# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # a unit's environment: a sync service's API token
    ("ops/systemd/depot-sync.service", f"[Service]\nEnvironment=SYNC_API_TOKEN=dst_{_TOKEN}\nExecStart=/usr/bin/sync\n",
     f"dst_{_TOKEN}"),
    # ... Meta's Page access token in a .env
    ("bot/.env", f"PAGE_ACCESS_TOKEN={_TOKEN}\n", _TOKEN),
    # a JWT under a bearer's name in a test fixture, not expired
    ("App/AppTests/Fixtures.swift", f"enum Fixtures {{\n    static let stagingBearer = \"{_JWT}\"\n}}\n", _JWT),
    # ... under a name an idempotency token shares
    ("mes/orders.py", f"CLIENT_TOKEN = \"{_JWT}\"\n", _JWT),
]

# (file name, text): near misses that must pass
DECOYS: List[Tuple[str, str]] = [
    ("sync/.env", f"NEXT_PAGE_TOKEN={_TOKEN}\nPUBLIC_API_TOKEN={_TOKEN}\n"),
    ("aws/run.py", f"CLIENT_TOKEN = \"{fakes.uuid4(_SEED + 20)}\"\n"),
    ("api/list.py", f"NEXT_PAGE_TOKEN = \"{_JWT}\"\n"),
    ("App/AppTests/Fixtures.swift", f"enum Fixtures {{\n    static let expiredBearer = \"{_JWT}\"\n}}\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", FORMS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(FORMS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert secret in [finding.secret for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
