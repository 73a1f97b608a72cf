"""Stop 64's reStructuredText, HTML pages and e-mail (second round): an HTML page's own script holding a constant its name
says is the secret key (a signed embed's `METABASE_SECRET_KEY`), read as code's; and the near misses beside each form
that stay unblocked.
Generated fakes only: every value is built here from a seeded generator (seeds 7280000-7289999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = 7280000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _hex(seed: int, length: int) -> str:
    return fakes.drawn(_SEED + seed, length, HEX)


def _page(script: str) -> str:
    return ('<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Dashboard</title>\n<script>\n'
            f'{script}\n</script>\n</head>\n<body><iframe id="dash"></iframe></body>\n</html>\n')


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a page's script: a constant its name says is the secret key (a signed embed's), hex or drawn
    ("analytics/embed/branch.html", _page(f'  const METABASE_SECRET_KEY = "{_hex(6, 64)}";\n'
                                          '  const payload = { resource: { dashboard: 7 } };'), _hex(6, 64)),
    ("site/embed.html", _page(f'  var embedSecretKey = "{_alnum(7, 40)}";'), _alnum(7, 40)),
]

DECOYS: List[Tuple[str, str]] = [
    # a page's script: a public key's name, and a key named secret's id
    ("site/embed.html", _page(f'  const PUBLIC_KEY = "{_alnum(14, 40)}";')),
    ("site/embed.html", _page(f'  const SECRET_KEY_ID = "{_alnum(15, 40)}";')),
    # the same constant in the page's prose, no script: documentation's example
    ("docs/embed.html", f"<p>Set <code>METABASE_SECRET_KEY = \"{_hex(16, 64)}\"</code> on the server.</p>\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
