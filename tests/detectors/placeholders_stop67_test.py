"""Stop 67's blocked decoys (blind sets NN, NO), stand-ins: each beside the nearest real credential of its shape.

- A template's password that is the credential's own name in a language the key reader knows (Uzbek's `PAROL`,
  Swahili's `nenosiri`) in a masking function's test: is_placeholder now takes every word credential_keys reads as a
  password's name. A password holding the word beside others blocks.
- A JWT whose signature a page leaves as a placeholder (`eyJ….eyJ….<signature>`, read as `header.payload.`): signed by
  nothing. The same token signed blocks.
Generated fakes only: seeds 8310100-8310199."""
from __future__ import annotations

import base64
import json
from typing import Dict, List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.kinds._helpers import is_placeholder
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8310100
_LOWER = "abcdefghijklmnopqrstuvwxyz"

_CHOSEN = "Parol#" + fakes.drawn(_SEED + 1, 4, _LOWER).capitalize() + fakes.drawn(_SEED + 2, 4, "0123456789")


def _segment(claims: Dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")


_JWT_HEAD = _segment({"alg": "HS256", "typ": "JWT"}) + "." + _segment({"sub": "agent-0212", "iat": 1722679272})
_SIGNATURE = fakes.drawn_mixed(_SEED + 3, 43, fakes.ALNUM + "-_")


def _masking_test(dsn_password: str) -> str:
    return ("import re\n\n_DSN = re.compile(r\"(://[^:/]+:)([^@]+)(@)\")\n\n\ndef mask_dsn(dsn: str) -> str:\n"
            "    return _DSN.sub(r\"\\1****\\3\", dsn)\n\n\n"
            f"assert mask_dsn(\"postgresql://pos_sync:{dsn_password}@db:5432/x\") == \"postgresql://pos_sync:****@db:5432/x\"\n")


def _captured(token: str) -> str:
    return ("# Authentication\n\nSend `Authorization: Bearer <token>`. For example:\n\n```http\n"
            "GET /v1/agents/BKO-0212/float HTTP/1.1\nHost: api.warikalan.ml\n"
            f"Authorization: Bearer {token}\n```\n")


# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    ("pos_sync/log_utils.py", _masking_test(_CHOSEN), _CHOSEN),
    ("docs/api/auth.md", _captured(f"{_JWT_HEAD}.{_SIGNATURE}"), f"{_JWT_HEAD}.{_SIGNATURE}"),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    ("pos_sync/log_utils.py", _masking_test("PAROL")),
    ("pos_sync/log_utils.py", _masking_test("nenosiri")),
    ("docs/api/auth.md", _captured(f"{_JWT_HEAD}.<signature>")),
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


def test_the_key_readers_words_are_placeholders() -> None:
    assert is_placeholder("PAROL") and is_placeholder("Pasahitza") and not is_placeholder(_CHOSEN)
