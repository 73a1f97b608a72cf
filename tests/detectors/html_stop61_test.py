"""Stop 61's HTML pages, blocked decoys and two code cases: an Authorization header an HTML page's own script sends;
and the near misses beside each form that stay unblocked. Generated fakes only: every value is built here from a seeded
generator (seeds 6230000-6239999)."""
from __future__ import annotations

import base64
import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 6230000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def _page(body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>Admin</title></head>\n<body>\n'
            f'{body}\n</body>\n</html>\n')


def _fetching(header: str) -> str:
    return _page('  <table id="rows"></table>\n  <script>\n    // only the office may change this page\n'
                 '    fetch("/api/bookings", {\n'
                 f'      headers: {{ {header} }}\n'
                 '    })\n      .then((r) => r.json())\n      .then((rows) => console.log(rows));\n  </script>')


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # the Basic header a page's own script sends with its requests: code the browser runs, its password decoded
    ("school-site/admin/index.html", _fetching(f'"Authorization": "Basic {_basic("pule", _chosen(1))}"'), _chosen(1)),
    ("docs/status/index.htm", _fetching(f"'Authorization': 'Basic {_basic('wall', _alnum(2, 16))}'"), _alnum(2, 16)),
    # a Bearer token the same way, in a header set on an XMLHttpRequest
    ("intranet/board.html", _page("<script>\nconst x = new XMLHttpRequest();\nx.open('GET', '/api/board');\n"
                                  f"x.setRequestHeader('Authorization', 'Bearer {_alnum(3, 40)}');\n</script>"),
     _alnum(3, 40)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # the same header in the page's text, a tutorial's example for the reader (documentation's: a warning at most)
    ("docs/api/auth.html", _page(f'<p>Send <code>Authorization: Basic {_basic("demo", "demo")}</code> with each '
                                 'request.</p>')),
    # a script's header built from what the user typed: no literal
    ("site/admin/login.html", _fetching('"Authorization": "Basic " + btoa(user + ":" + password)')),
    # a placeholder in the script's header
    ("site/admin/help.html", _fetching('"Authorization": "Basic <base64 of user:password>"')),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
