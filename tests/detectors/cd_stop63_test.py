"""Issue 14, blind rounds of stop 63 (code and configuration, sets LW-MB): credentials their readers missed, each
beside the decoys nearest to it: Chapa's secret keys (`CHASECK-`, `CHASECK_TEST-`; test-mode keys block by policy).
Generated fakes only (seeds 7090000-7090099)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7090000
_CHAPA_BODY = fakes.drawn_mixed(_SEED + 1, 32)

# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    (".env.staging", f"NODE_ENV=staging\nCHAPA_SECRET=CHASECK_TEST-{_CHAPA_BODY}\n", f"CHASECK_TEST-{_CHAPA_BODY}"),
    ("src/payments/chapa.js", f'const chapa = new Chapa({{ secretKey: "CHASECK-{_CHAPA_BODY}" }});\n',
     f"CHASECK-{_CHAPA_BODY}"),
]

# (file name, text): near misses that must pass
DECOYS: List[Tuple[str, str]] = [
    # the public key goes to the browser's inline checkout
    (".env", f"CHAPA_PUBLIC_KEY=CHAPUBK_TEST-{_CHAPA_BODY}\n"),
    # a placeholder of the format
    (".env.example", "CHAPA_SECRET=CHASECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
]


@pytest.mark.parametrize("name,text,secret", FORMS)
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name,text", DECOYS)
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
