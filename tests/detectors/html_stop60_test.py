"""Stop 60's HTML pages: a page's text read as the same page written in Markdown (`<code>`, `<b>`, `<li>`, a note in an
HTML comment), a URL's password in the page's own link or frame; and the near misses beside each form that stay
unblocked. Generated fakes only: every value is built here from a seeded generator (seeds 5740000-5749999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 5740000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#$%*@") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _page(body: str) -> str:
    return f'<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Wiki</title></head>\n<body>\n{body}\n</body>\n</html>\n'


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a page's text as Markdown: a sentence's login pair in `<code>` spans, as "user `x`, password `y`" blocks in a .md
    ("wiki/couriers.html", _page(f"<p>Courier portal: login <code>dispatch_north</code>,\npassword <code>{_chosen(1)}"
                                 "</code> (managers only).</p>"), _chosen(1)),
    # a list item's label and its value in a `<code>` span (`- User: `x` Password: `y``)
    ("public/staff/setup.html", _page(f"<ol>\n  <li>User: <code>branch-east</code> Password: <code>{_chosen(2)}</code>"
                                      "</li>\n</ol>"), _chosen(2)),
    # a developer's note left in an HTML comment (`dev: admin / …`), as the same note blocks in a page's text
    ("shop-static/admin/login.html", _page(f"<!-- dev: admin / {_chosen(3)} (remove before deploy) -->\n"
                                           '<form method="post" action="/admin/login"><input name="user"></form>'),
     _chosen(3)),
    # entities unescaped as the browser shows them (`&amp;` in a password)
    ("intranet/it/router.html", _page(f"<p>Login <code>netadmin</code>, password <code>{_chosen(4)}&amp;7</code>"
                                      "</p>"), f"{_chosen(4)}&7"),
    # a URL's password in the page's own link, frame or image: what the page opens, no example in its text
    ("docs/site/export.html", _page(f'<p>Monthly files: <a href="ftp://registry:{_alnum(5, 14)}@ftp.stud-registry.org/'
                                    'monthly/">ftp archive</a></p>'), _alnum(5, 14)),
    ("ops/status/index.html", _page(f'  <iframe src="https://wall:{_alnum(6, 18)}@grafana.fishfarm.fo/d/pens?kiosk"\n'
                                    '          style="width:100vw;border:0"></iframe>'), _alnum(6, 18)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a password word in a `<code>` span that is a setting's name, a value too plain for documentation
    ("docs/setup.html", _page("<p>Set <code>DB_PASSWORD</code> in <code>.env</code>; password <code>changeme</code>"
                              " for the demo.</p>")),
    # a tutorial's example in a `<code>` span under a line that says so
    ("docs/guide.html", _page(f"<p>For example, the password <code>{_chosen(20)}</code> is accepted.</p>")),
    # a script's and a style's bodies are no prose: not read as the page's text
    ("public/index.html", _page("<script>\n// password: see vault\nconst passwordField = document.getElementById('pw');"
                                "\n</script>")),
    # a URL's password written in the page's text for a reader to copy (a `<code>` span), or on an example host
    ("docs/proxy.html", _page(f"<p>Use <code>http://proxy:{_alnum(21, 14)}@proxy.acme-corp.org:3128/</code></p>")),
    ("docs/proxy2.html", _page(f'<a href="https://user:{_alnum(22, 14)}@proxy.example.com/">proxy</a>')),
    # a link's URL with a made-up password
    ("docs/links.html", _page('<a href="ftp://ops:changeme@ftp.acme-corp.org/">ftp</a>')),
    # a form field's value is a default the user edits or what every visitor's browser posts (a payment form's
    # merchant key): no setting
    ("site/admin/key.html", _page(f'<input type="text" name="api_key" value="{_alnum(28, 32)}">')),
    ("site/admin/tpl.html", _page(f'<input type="hidden" name="merchant_key" value="{_alnum(29, 13)}">')),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []


def test_the_page_view_keeps_its_lines() -> None:
    """A finding in the page's text stands on the page's own line (a tag over lines keeps their count)."""
    secret = _chosen(30)
    text = _page(f'<div\n  class="note">\n<p>Login <code>ops</code>, password <code>{secret}</code></p></div>')
    found = [finding for finding in blocking(Engine().scan_text("wiki/ops.html", text)) if finding.secret == secret]
    assert found and found[0].line_number == text.split("\n").index(
        next(line for line in text.split("\n") if secret in line)) + 1
