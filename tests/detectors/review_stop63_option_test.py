"""Review 63 of stop 62's option narrowing: a command option's bare value opening a bracket passed wherever it was
left unclosed (systemd's and supervisord's command lines take `(` literally, a runbook's code span ends it). An aside in
brackets that closes on the line still passes.
Generated fakes only: every value is built here from a seeded generator (seeds 7100000-7100099)."""
from __future__ import annotations

import random
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7100000
_SYMBOLS = "!#*@$%"


def _password(seed: int) -> str:
    """A drawn password opening a bracket: `(` then letters, digits and a symbol."""
    generator = random.Random(_SEED + seed)
    return "(" + fakes.drawn_mixed(_SEED + seed, 10) + generator.choice(_SYMBOLS) + str(generator.randint(10, 99))


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    ("deploy/app.service", f"[Service]\nExecStart=/usr/bin/app --db-password {_password(1)}\n", _password(1)),
    ("deploy/supervisord.conf", f"[program:app]\ncommand=/usr/bin/app --api-key {_password(2)}\n", _password(2)),
    ("docs/runbook.md", f"Start it with `app --admin-password {_password(3)}` on the box.\n", _password(3)),
    ("deploy/app.service", f"[Service]\nExecStart=/usr/bin/app --db-password {_password(4)} --port 80\n", _password(4)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    ("docs/release.txt", "Encrypt it first: mvn --encrypt-password (the master password comes from the vault)\n"),
    ("docs/release.md", "Run `mvn --encrypt-password (settings-security.xml is not in git)` once.\n"),
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
