"""Stop 64's reStructuredText, HTML pages and e-mail (second round): an HTML page's own script holding a constant its name
says is the secret key (a signed embed's `METABASE_SECRET_KEY`), read as code's; a vendor's live-mode key with a drawn
body standing alone on a page or in a saved e-mail (a field list's code span, a mail's indented line; a body of letters
alone as a generator draws one now and then); an HTML page's comment giving an account's pair after its label's colon
(`<!-- temporary front-desk account until SSO is ready: desk / … -->`), a note for the team no reader is shown; and the
near misses beside each form that stay unblocked.
Generated fakes only: every value is built here from a seeded generator (seeds 7280000-7289999)."""
from __future__ import annotations

import random
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


def _letters(seed: int, length: int) -> str:
    """A drawn body that happens to hold no digit: letters of both cases alone."""
    return fakes.drawn(_SEED + seed, length, string.ascii_letters)


def _hex(seed: int, length: int) -> str:
    return fakes.drawn(_SEED + seed, length, HEX)


def _field_list(key: str) -> str:
    return ("Booking integration\n===================\n\nCredentials\n-----------\n\n"
            ":Endpoint: ``https://api.bookings.test-vendor.io/v2``\n:Account: ``museum``\n"
            f":API key: ``{key}``\n\n.. note:: the kiosk uses the same key.\n")


def _mail(key: str) -> str:
    return ("From: support@vendor.io\nTo: ops@museum.org\nSubject: Your API access\n"
            "Date: Tue, 14 Oct 2025 10:12:00 +0100\n\nDear Ops,\n\nYour live API key is:\n\n"
            f"    {key}\n\nPlease store it somewhere safe.\n")


def _page(script: str) -> str:
    return ('<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Dashboard</title>\n<script>\n'
            f'{script}\n</script>\n</head>\n<body><iframe id="dash"></iframe></body>\n</html>\n')


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a live-mode key in a field list's code span, in a Markdown page's code span, alone on a mail's line
    ("docs/tickets/integration.rst", _field_list("tbx_live_" + _alnum(1, 32)), "tbx_live_" + _alnum(1, 32)),
    ("docs/vendors.md", f"- Payments: `acq_live_{_alnum(2, 40)}` (the shop's)\n", f"acq_live_{_alnum(2, 40)}"),
    ("docs/mail/2025-10-access.eml", _mail("tbx_live_" + _alnum(3, 32)), "tbx_live_" + _alnum(3, 32)),
    # ... its body drawn of letters alone (no digit came up)
    ("docs/mail/2025-11-access.eml", _mail("tbx_live_" + _letters(4, 32)), "tbx_live_" + _letters(4, 32)),
    ("docs/tickets/integration.rst", _field_list("hq_live_" + _letters(5, 32)), "hq_live_" + _letters(5, 32)),
    # a page's script: a constant its name says is the secret key (a signed embed's), hex or drawn
    ("analytics/embed/branch.html", _page(f'  const METABASE_SECRET_KEY = "{_hex(6, 64)}";\n'
                                          '  const payload = { resource: { dashboard: 7 } };'), _hex(6, 64)),
    ("site/embed.html", _page(f'  var embedSecretKey = "{_alnum(7, 40)}";'), _alnum(7, 40)),
]

DECOYS: List[Tuple[str, str]] = [
    # a publishable live key, a stand-in body, a CamelCase phrase, a test-mode key, a body too short to be issued
    ("docs/tickets/integration.rst", _field_list("pk_live_" + _alnum(10, 32))),
    ("docs/tickets/integration.rst", _field_list("tbx_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")),
    ("docs/mail/access.eml", _mail("tbx_live_ThisIsWhereYourLiveKeyGoesInDocs")),
    ("docs/mail/access.eml", _mail("tbx_test_" + _alnum(11, 32))),
    ("docs/tickets/integration.rst", _field_list("tbx_live_" + _alnum(12, 12))),
    # a live-mode key inside a longer word or a URL's path (an id, no key)
    ("docs/links.md", f"See https://status.vendor.io/incidents/tbx_live_{_alnum(13, 32)}/report\n"),
    # a page's script: a public key's name, and a key named secret's id
    ("site/embed.html", _page(f'  const PUBLIC_KEY = "{_alnum(14, 40)}";')),
    ("site/embed.html", _page(f'  const SECRET_KEY_ID = "{_alnum(15, 40)}";')),
    # the same constant in the page's prose, no script: documentation's example
    ("docs/embed.html", f"<p>Set <code>METABASE_SECRET_KEY = \"{_hex(16, 64)}\"</code> on the server.</p>\n"),
]




def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    words = ("Sarus", "Mekong", "Lotus", "Tonle", "Angkor", "Kampot", "Sambo", "Preah")
    return generator.choice(words) + generator.choice("!#*@$") + generator.choice(words) + str(generator.randint(100, 9999))


def _login_page(comment: str) -> str:
    return ('<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Desk login</title></head>\n<body>\n'
            f'  <!-- {comment} -->\n  <form method="post" action="/admin/session">\n'
            '    <input name="user">\n    <input name="password" type="password">\n  </form>\n</body>\n</html>\n')


SECRETS += [
    # a page's comment: an account's or a login's pair after its label's colon, chosen or drawn
    ("tickets/public/admin/login.html", _login_page(f"temporary front-desk account until SSO is ready: desk / {_chosen(20)}"),
     _chosen(20)),
    ("site/admin/index.htm", _login_page(f"staging login (ask Dara before changing): `ops` / `{_alnum(21, 16)}`"), _alnum(21, 16)),
]

DECOYS += [
    # a choice of words, a stock example, no account named, a placeholder
    ("site/admin/login.html", _login_page("login: admin / operator (either role works)")),
    ("site/admin/login.html", _login_page("demo account: admin / Password123!")),
    ("site/admin/login.html", _login_page(f"theme colours: navy / {_alnum(22, 12)}")),
    ("site/admin/login.html", _login_page("kiosk account: kiosk / <ask the duty manager>")),
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


def test_letters_drawn() -> None:
    # (a generator's letters have capitals side by side; a phrase's capitals each open a word)
    from secretfence.kinds._literal_reading import _drawn_letters

    assert _drawn_letters(_letters(4, 32))
    assert not _drawn_letters("ThisIsWhereYourLiveKeyGoesInDocs")
    assert not _drawn_letters("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef")
