"""Review 63 of stop 62's vendor-head narrowing: a vendor's key head followed by three letter-only groups passed
whatever the letters (a key's random letters split by `-`, a passphrase under `SG.` or `sk_`). A head followed by words
saying what stands there still passes.
Generated fakes only: every value is built here from a seeded generator (seeds 7100000-7100099)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7100000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _letters(seed: int, length: int) -> str:
    return fakes.drawn(_SEED + seed, length, string.ascii_letters)


def _phrase(seed: int, head: str, separator: str) -> str:
    generator = random.Random(_SEED + seed)
    return head + separator + separator.join(generator.sample(_WORDS, 3))


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    ("app/settings.json",
     '{\n  "api_key": "AIza-' + "-".join(_letters(10 + i, 12) for i in range(3)) + '"\n}\n',
     "AIza-" + "-".join(_letters(10 + i, 12) for i in range(3))),
    ("app/settings.py", f'SMTP_PASSWORD = "{_phrase(20, "SG", ".")}"\n', _phrase(20, "SG", ".")),
    ("app/settings.json", '{\n  "password": "' + _phrase(21, "sk", "_") + '"\n}\n', _phrase(21, "sk", "_")),
    ("notes/creds.txt", f"db password: {_phrase(22, 'sk', '-')}\n", _phrase(22, "sk", "-")),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    ("club/site/src/firebase-config.json",
     '{\n  "apiKey": "AIza-PUBLIC-WEB-CONFIG-see-security-rules",\n  "projectId": "hwk-timing"\n}\n'),
    ("app/settings.json", '{\n  "stripe_key": "sk_live_use_the_dashboard_key"\n}\n'),
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
