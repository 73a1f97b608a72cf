"""Blind rounds HM-HV: a name's literal the file sends as a credential blocks where the literal is written, whatever the
name: interpolated into an Authorization scheme (`f"ApiKey {_KEY}"`, `f"Bearer {X}"`, `"Token " + K`, a JS template's
`` `Bearer ${KEY}` ``, Go's `"Bearer "+key`) or given to a header named for a key or a token (`headers["X-Api-Key"] = KEY`,
a parameter's default sent as `user-api-key`), its literal split over lines too; and a what3words key (8 upper-case letters
and digits) given to a URL's `key` query item where the file writes the what3words host. A name read from the environment,
a placeholder, a header that holds no secret (`X-Request-Id`, `X-Public-Key`), a message's `"Token {t}"`, a `key` item of
another host stay quiet. Generated fakes only (seeds 3220000-3220099)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocked_lines

UPPER_ALNUM = string.ascii_uppercase + string.digits
BASE64 = string.ascii_letters + string.digits + "+/"


def found(name: str, text: str) -> List[Tuple[int, str]]:
    return [(line, secret) for line, _, secret in blocked_lines(Engine(), name, text)]


SPLIT = fakes.drawn(3220000, 40)
DEFAULT = fakes.drawn(3220006, 61) + "+" + fakes.drawn(3220007, 2)
W3W = fakes.drawn_mixed(3220008, 8, UPPER_ALNUM)

# (file, text, secret, line): each blocks, its finding on the line that assigns the literal.
FORMS: List[Tuple[str, str, str, int]] = [
    # a key split over two literals (the carriers assemble it), sent in the ApiKey scheme
    ("integrations/feed/client.py", "import requests\n\n"
     f"_KEY = (\"{SPLIT[:20]}\"\n        \"{SPLIT[20:]}\")\n\n\ndef history(pen):\n"
     "    return requests.get(f\"{BASE}/pens/{pen}\", headers={\"Authorization\": f\"ApiKey {_KEY}\"}, timeout=30).json()\n",
     SPLIT, 3),
    # a name that says nothing, in the Bearer scheme
    ("sync.py", f"_C = \"{fakes.drawn(3220001, 40)}\"\nHEADERS = {{\"Authorization\": f\"Bearer {{_C}}\"}}\n",
     fakes.drawn(3220001, 40), 1),
    ("sync.py", f"K = '{fakes.drawn(3220002, 40)}'\n\ns.headers.update({{'Authorization': 'Token ' + K}})\n",
     fakes.drawn(3220002, 40), 1),
    ("src/api.js", f"const KEY = \"{fakes.drawn(3220003, 32)}\";\n"
     "export const get = (u) => fetch(u, { headers: { Authorization: `Bearer ${KEY}` } });\n", fakes.drawn(3220003, 32), 1),
    ("client.go", f"package client\n\nconst key = \"{fakes.drawn(3220004, 36)}\"\n\nfunc sign(req *http.Request) {{\n"
     "\treq.Header.Set(\"Authorization\", \"Bearer \"+key)\n}\n", fakes.drawn(3220004, 36), 3),
    ("client.py", f"VENDOR = \"{fakes.drawn(3220005, 32)}\"\nheaders = {{}}\nheaders[\"X-Api-Key\"] = VENDOR\n",
     fakes.drawn(3220005, 32), 1),
    # a parameter's literal default, sent as a header naming an API key
    ("channel/client.py", "import requests\n\nclass Channel:\n"
     f"    def __init__(self, key: str = \"{DEFAULT}\") -> None:\n        self.s = requests.Session()\n"
     "        self.s.headers[\"user-api-key\"] = key\n", DEFAULT, 4),
    # what3words: a constant given to the key query item, the host on another line; the key in the URL itself
    ("Services/W3W.swift", f"struct W3W {{\n    private let apiKey = \"{W3W}\"\n\n    func url(_ words: String) -> URL {{\n"
     "        var c = URLComponents(string: \"https://api.what3words.com/v3/convert-to-coordinates\")!\n"
     "        c.queryItems = [URLQueryItem(name: \"words\", value: words), URLQueryItem(name: \"key\", value: apiKey)]\n"
     "        return c.url!\n    }\n}\n", W3W, 2),
    ("src/w3w.js", f"const W = '{W3W}';\nconst u = new URL('https://api.what3words.com/v3/autosuggest');\n"
     "u.searchParams.set('key', W);\n", W3W, 1),
    ("w3w.py", f"r = requests.get(\"https://api.what3words.com/v3/convert-to-3wa?coordinates=51.5,-0.2&key={W3W}\")\n", W3W, 1),
]


HEX = "0123456789abcdef"
# (review rev54_c, seeds 3240000-3240099) the name's first literal a stand-in or another value (a demo function's, a
# development branch's), the key sent its later literal: the first must not hide it (the widened literal reading made
# `"your-api-key-here"` a literal the name is read as, where the URL reader before read only the key's letters and digits)
FORMS += [
    ("weather.py", "def demo():\n    wx = \"your-api-key-here\"\n    return wx\n\n\n"
     f"wx = \"{fakes.drawn(3240000, 32, HEX)}\"\n"
     "url = f\"https://api.weatherapi.com/v1/current.json?key={wx}&q=London\"\n", fakes.drawn(3240000, 32, HEX), 6),
    ("sync.py", "if DEBUG:\n    _C = \"local-dev-token\"\nelse:\n"
     f"    _C = \"{fakes.drawn(3240001, 40)}\"\nHEADERS = {{\"Authorization\": f\"Bearer {{_C}}\"}}\n",
     fakes.drawn(3240001, 40), 4),
    ("Services/W3W.swift", "#if DEBUG\nlet apiKey = \"YOURKEYX\"\n#else\n"
     f"let apiKey = \"{fakes.drawn_mixed(3240002, 8, UPPER_ALNUM)}\"\n#endif\n"
     "var c = URLComponents(string: \"https://api.what3words.com/v3/autosuggest\")!\n"
     "c.queryItems = [URLQueryItem(name: \"key\", value: apiKey)]\n", fakes.drawn_mixed(3240002, 8, UPPER_ALNUM), 4),
]
# (review rev54_c) a drawn token holding a decoy's word in camel case (`…Test…`, `…Pub…`): its letters are no words
CAMEL_TEST = fakes.drawn(3240010, 18) + "Test7" + fakes.drawn(3240011, 17)
CAMEL_PUB = fakes.drawn(3240012, 18) + "Pub7" + fakes.drawn(3240013, 17)
FORMS += [
    ("sync.py", f"_C = \"{CAMEL_TEST}\"\nHEADERS = {{\"Authorization\": f\"Bearer {{_C}}\"}}\n", CAMEL_TEST, 1),
    ("client.py", f"VENDOR = \"{CAMEL_PUB}\"\nheaders = {{}}\nheaders[\"X-Api-Key\"] = VENDOR\n", CAMEL_PUB, 1),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_the_form_blocks(name: str, text: str, secret: str, line: int) -> None:
    assert any(number == line and secret in reported for number, reported in found(name, text))


DECOYS: List[Tuple[str, str]] = [
    # read from the environment: the literal is elsewhere
    ("sync.py", "HEADERS = {\"Authorization\": f\"Bearer {os.environ['VENDOR_TOKEN']}\"}\n"),
    ("sync.py", "T = os.getenv(\"VENDOR_TOKEN\")\nHEADERS = {\"Authorization\": f\"Bearer {T}\"}\n"),
    # a placeholder as the name's literal
    ("sync.py", "_C = \"YOUR_VENDOR_API_KEY_GOES_HERE\"\nHEADERS = {\"Authorization\": f\"Bearer {_C}\"}\n"),
    # headers that hold no secret
    ("client.py", f"RID = \"{fakes.drawn(3220010, 32)}\"\nheaders[\"X-Request-Id\"] = RID\n"),
    ("client.py", f"PUB = \"{fakes.drawn(3220011, 44, BASE64)}\"\nheaders[\"X-Public-Key\"] = PUB\n"),
    # tokens made for the browser: Shopify's Storefront token, a name saying public, Socrata's app token
    ("theme/assets/cart.js", f"const SF = \"{fakes.drawn(3220015, 32, '0123456789abcdef')}\";\n"
     "fetch(u, { headers: { \"X-Shopify-Storefront-Access-Token\": SF } });\n"),
    ("site/js/widget.js", f"const SHOP_PUBLIC_TOKEN = \"{fakes.drawn(3220016, 32)}\";\n"
     "fetch(u, { headers: { Authorization: `Bearer ${SHOP_PUBLIC_TOKEN}` } });\n"),
    ("site/js/chart.js", f"const APP = \"{fakes.drawn(3220017, 25)}\";\n"
     "fetch(u, { headers: { \"X-App-Token\": APP } });\n"),
    # a test's stand-in, a JWT (the JWT readers judge those)
    ("tests/test_client.py", f"FAKE_TOKEN = \"{fakes.drawn(3220018, 32)}\"\nHEADERS = {{\"Authorization\": f\"Bearer {{FAKE_TOKEN}}\"}}\n"),
    ("tests/test_auth.py", "JWT = \"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.\"\nassert parse(\"Bearer \" + JWT)\n"),
    # a message, not a scheme: the string goes on after the name
    ("audit.py", f"T = \"{fakes.drawn(3220012, 32)}\"\nlog.info(f\"Token {{T}} expired\")\n"),
    # a key query item of a host whose URLs' keys are not known so; a what3words key item with no host in the file
    ("Tiles.swift", f"let tiles = \"{fakes.drawn_mixed(3220013, 8, UPPER_ALNUM)}\"\n"
     "var c = URLComponents(string: \"https://tiles.example.org/v1\")!\n"
     "c.queryItems = [URLQueryItem(name: \"key\", value: tiles)]\n"),
    ("W3W.swift", f"let apiKey = \"{fakes.drawn_mixed(3220014, 8, UPPER_ALNUM)}\"\n"
     "c.queryItems = [URLQueryItem(name: \"key\", value: apiKey)]\n"),
    # what3words' key as a stand-in
    ("W3W.swift", "let apiKey = \"YOURKEYX\"\nvar c = URLComponents(string: \"https://api.what3words.com/v3/autosuggest\")!\n"
     "c.queryItems = [URLQueryItem(name: \"key\", value: apiKey)]\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_the_decoy_stays_quiet(name: str, text: str) -> None:
    assert found(name, text) == []
