"""Stop 67's blocked decoy (blind set NM): a log's component then its record's pairs (`INFO auth: agency=… token=agk_3f9c…
(truncated)`), read as `auth` given `agency=…`. A bare value opening another `name=value` pair is that pair, judged under
its own name. A whole token in the record, and a value under `auth:` itself, block.
Generated fakes only: seeds 8310200-8310299."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8310200
_AGENCY_TOKEN = "agk_" + fakes.drawn_mixed(_SEED + 1, 24)
_AUTH_VALUE = fakes.drawn_mixed(_SEED + 2, 20)


def _auth_log(token: str) -> str:
    return (f"2024-08-03T09:00:01Z INFO auth: agency=bohol-island-tours token={token} ok\n"
            "2024-08-03T09:00:07Z WARN auth: agency=unknown token=<missing> rejected\n"
            "2024-08-03T09:01:12Z INFO auth: kiosk=TAG-02 jwt sub=kiosk-tag-02 exp=1722679272 ok\n")


# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    ("logs/auth-2024-08-03.log", _auth_log(_AGENCY_TOKEN), _AGENCY_TOKEN),
    ("logs/auth-2024-08-03.log", f"2024-08-03T09:00:01Z INFO auth: {_AUTH_VALUE} ok\n", _AUTH_VALUE),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    ("logs/auth-2024-08-03.log", _auth_log("agk_3f9c…(truncated)")),
    ("logs/gateway.log", "2024-08-03 09:00:01 INFO token: client=acme-tools-prod scope=read ok\n"),
    ("logs/gateway.log", "2024-08-03 09:00:01 INFO password: user=ops-kiosk-07 changed ok\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:8]) for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:8]) for finding in found]
