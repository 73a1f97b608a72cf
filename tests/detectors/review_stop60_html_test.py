"""Review of stop 60's HTML page view: a page's text in tags the gate did not know (`<div>`, `<span>`, `<dd>`), a page
over 1 MiB (read in pieces now), a URL's password in attributes the page follows too (`data-href`, `poster`, a meta
refresh), and a line of dashes (quadratic in the comment marks' pattern). Generated fakes only (seeds 5761000-5761999)."""
from __future__ import annotations

import random
import string

import pytest

from secretfence.engine import Engine
from tests.accuracy.labelled import blocking

_SEED = 5761000


def _drawn(seed: int, length: int) -> str:
    generator = random.Random(_SEED + seed)
    return "".join(generator.choice(string.ascii_letters + string.digits) for _ in range(length))


def _chosen(seed: int) -> str:
    generator = random.Random(_SEED + seed)
    return (generator.choice(("Harbor", "Quill", "Maple", "Cobalt")) + generator.choice("!#%*@")
            + generator.choice(("Tundra", "Orchid", "Falcon", "Basalt")) + str(generator.randint(100, 9999)))


def _page(body: str) -> str:
    return f"<!DOCTYPE html>\n<html>\n<head><title>Notes</title></head>\n<body>\n{body}\n</body>\n</html>\n"


SECRETS = [
    ("wiki/wifi.html", _page(f"<div>Wi-Fi password: {_chosen(1)}</div>"), _chosen(1)),
    ("wiki/admin.html", _page(f"<h3>Admin login</h3>\n<span>Password: <em>{_chosen(2)}</em></span>"), _chosen(2)),
    ("wiki/terms.html", _page(f"<dl><dt>Password</dt><dd><var>{_chosen(3)}</var></dd></dl>"), _chosen(3)),
    ("wiki/export.html", _page("<p>filler text of an exported page</p>\n" * 40000 + f"<p>Wi-Fi password: <code>{_chosen(4)}</code></p>"),
     _chosen(4)),
    ("site/files.html", _page(f'<p>x</p>\n<a data-href="ftp://deploy:{_drawn(5, 15)}@files.corp-lan.org/">files</a>'), _drawn(5, 15)),
    ("site/video.html", _page(f'<p>x</p>\n<video poster="https://cdn:{_drawn(6, 15)}@media.corp-lan.org/p.jpg"></video>'),
     _drawn(6, 15)),
    ("site/go.html", _page(f'<meta http-equiv="refresh" content="0;url=https://ops:{_drawn(7, 15)}@status.corp-lan.org/">\n<p>x</p>'),
     _drawn(7, 15)),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[case[0] for case in SECRETS])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret for finding in found), [(finding.type, finding.secret) for finding in found]


def test_a_line_of_dashes_is_read_to_its_end() -> None:
    # (its time at a megabyte: benchmarks/hostile.py, long-line-html-dashes-full)
    secret = _drawn(8, 15)
    text = _page("<p>x</p>\n" + "-" * 200_000 + f'\n<meta http-equiv="refresh" content="0;url=https://ops:{secret}@status.corp-lan.org/">')
    assert [finding.secret for finding in blocking(Engine().scan_text("wiki/rule.html", text)) if secret in finding.secret]
