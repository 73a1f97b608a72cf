"""The lead's forms of stop 67. An HTML page's scripts are read as `<page>.js` (engine/carriers.py, page_scripts) with each
`<script src=…>` tag kept as a comment for the vendor SDKs' readers; its query is not kept: a key the browser sends in a
script's address (a maps API's `?apikey=…`) is the page's own readers' to judge, beside the page's notes that the script
view blanks, as it was before the view existed (blind set LX's `contacts.html`). A secret in the page's own script still
blocks. Generated fakes only (seeds 8690000-8690099)."""
from __future__ import annotations

import uuid

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8690000
_MAPS_KEY = str(uuid.UUID(fakes.drawn(_SEED, 32, "0123456789abcdef")))
_SECRET = fakes.drawn_mixed(_SEED + 1, 24)

_PAGE = ("<!doctype html>\n<html lang=\"ru\">\n<head>\n  <meta charset=\"utf-8\">\n"
         "  <!-- Ключ JS API карт: ограничен по HTTP Referer, публичный -->\n"
         f"  <script src=\"https://api-maps.yandex.ru/v3/?apikey={_MAPS_KEY}&lang=ru_RU\"></script>\n"
         "</head>\n<body>\n  <div id=\"map\" style=\"height:400px\"></div>\n"
         "  <script src=\"/static/map.js\"></script>\n</body>\n</html>\n")


def test_a_key_in_a_script_address_is_judged_by_the_page_not_its_script_view() -> None:
    findings = Engine().scan_text("site/templates/contacts.html", _PAGE)
    assert not [finding for finding in findings if "script read as" in finding.description]
    assert blocking(findings) == []


def test_a_secret_in_the_page_s_own_script_beside_such_a_tag_still_blocks() -> None:
    page = _PAGE.replace("</body>", f"  <script>\n    const API_SECRET = \"{_SECRET}\";\n  </script>\n</body>")
    assert [finding.secret for finding in blocking(Engine().scan_text("site/templates/contacts.html", page))] == [_SECRET]
