"""Blind rounds EG-EL, vendor formats and where they are written: Nets Easy's (Nexi Checkout's) secret keys
(`live-secret-key-` / `test-secret-key-` and 32 hex; its checkout key is public), an API user key sent as a URL's
`userkey` / `user_key` parameter (VesselFinder's, 3scale's) or under a user key's name where the file sends one so, a
vendor's own header naming an API key or token (`X-Cisco-Meraki-API-Key: …` in a PHP curl header list), a Google
Calendar's secret iCal address (a capability URL); and what must stay quiet: Algolia's search-only key in a front end
(`algoliasearch/lite`, InstantSearch, a comment saying search-only beside one naming the admin key kept elsewhere),
Shopify's Storefront API public token in a theme that sends it as `X-Shopify-Storefront-Access-Token`, a header's value
that is code's expression. Generated fakes only: every value is built here from a seeded generator (seeds
1,460,000-1,464,999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking, reports

_ENGINE = Engine()  # one for the module's cases (an engine's set-up is the dear part of a case)

HEX = "0123456789abcdef"
UPPER_HEX = "0123456789ABCDEF"


def _blocks(name: str, text: str, secret: str) -> List[int]:
    """Lines of the blocking findings that report `secret`."""
    return sorted({finding.line_number for finding in blocking(_ENGINE.scan_text(name, text)) if reports(finding, secret)})


def _hex(seed: int, length: int = 32) -> str:
    value = fakes.drawn(seed, length, HEX)
    assert any(character.isdigit() for character in value) and any(character.isalpha() for character in value)
    return value


def nets_key(seed: int, environment: str = "live", kind: str = "secret") -> str:
    return f"{environment}-{kind}-key-{_hex(seed)}"


def user_key(seed: int) -> str:
    """A VesselFinder-style user key: `WS-`, 8 upper-case hex, `-`, 6 more."""
    return f"WS-{fakes.drawn(seed, 8, UPPER_HEX)}-{fakes.drawn(seed + 1, 6, UPPER_HEX)}"


def calendar_address(seed: int, calendar: str = "") -> str:
    calendar = calendar or f"c_{_hex(seed, 26)}%40group.calendar.google.com"
    return f"https://calendar.google.com/calendar/ical/{calendar}/private-{_hex(seed + 1)}/basic.ics"


# --- the formats and forms that block ---------------------------------------------------------------------------------

FORMS: List[Tuple[str, str, str, int]] = [
    # Nets Easy secret keys, live and test, wherever they stand (a constant, the environment, a header, JSON)
    ("internal/nets/client.go", 'const (\n    baseURL = "https://api.dibspayment.eu"\n    apiKey  = "{s}"\n)\n',
     nets_key(1_460_000), 3),
    (".env", "NETS_EASY_KEY={s}\n", nets_key(1_460_001, "test"), 1),
    ("Checkout.php", "<?php\n$headers = ['Authorization: {s}', 'Content-Type: application/json'];\n", nets_key(1_460_002), 2),
    ("appsettings.json", '{{\n  "Nets": {{\n    "Key": "{s}"\n  }}\n}}\n', nets_key(1_460_003, "test"), 3),
    ("pay.py", 'requests.post(URL, headers={{"Authorization": "{s}"}}, json=order)\n', nets_key(1_460_004), 1),
    # an API user key: in the URL's parameter, or under its name where the file sends one so
    ("fleet/positions.php", "<?php\n$userKey = '{s}';\n$url = sprintf('https://api.vesselfinder.com/vessels?userkey=%s&imo=%s', "
     "$userKey, $imo);\n", user_key(1_460_100), 2),
    ("track.py", 'USER_KEY = "{s}"\n\n\ndef fetch(imo):\n    return requests.get(f"https://api.example.net/v1/vessels?user_key={{USER_KEY}}&imo={{imo}}")\n',
     user_key(1_460_102), 1),
    ("map.js", "const VF_USERKEY = '{s}';\nconst url = `https://api.vesselfinder.com/livedata?userkey=${{VF_USERKEY}}`;\n",
     user_key(1_460_104), 1),
    ("config/vessels.yaml", "vesselfinder:\n  userkey: {s}\n  interval: 10\n", user_key(1_460_106), 2),
    ("poll.sh", 'curl -s "https://api.vesselfinder.com/vesselslist?userkey={s}&format=json"\n', user_key(1_460_108), 1),
    ("gateway.rb", 'uri = URI("https://api.example.org/v2/quotes?app=web&user_key={s}")\n', _hex(1_460_110), 1),
    # a vendor's own header naming an API key or token
    ("grant.php", "<?php\ncurl_setopt_array($ch, [\n    CURLOPT_HTTPHEADER => [\n        'X-Cisco-Meraki-API-Key: {s}',\n"
     "        'Content-Type: application/json',\n    ],\n]);\n", _hex(1_460_200, 40), 4),
    ("lookup.sh", 'curl -H "X-RapidAPI-Key: {s}" -H "X-RapidAPI-Host: example.p.rapidapi.com" "$URL"\n',
     fakes.drawn_mixed(1_460_201, 50), 1),
    ("client.py", 'HEADERS = {{"X-Acme-Access-Token": "{s}", "Accept": "application/json"}}\n', fakes.drawn_mixed(1_460_202, 40), 1),
    ("Api.php", "<?php\n$client = new Client(['headers' => ['X-Vendor-ApiKey' => '{s}']]);\n", _hex(1_460_203), 2),
    ("monitors/uptime.yaml", "probe:\n  headers:\n    - key: X-Acme-API-Key\n      value: {s}\n", fakes.drawn_mixed(1_460_205, 28), 4),
    ("sync.ps1", 'Invoke-RestMethod -Uri $u -Headers @{{ "Foo-Auth-Token" = "{s}" }}\n', fakes.drawn_mixed(1_460_204, 32), 1),
    # (a word of the name that holds a browser header's word, no such word itself: `research`, `canonical`, `republic`)
    ("grant.php", "<?php\n$h = ['X-Research-Api-Key: {s}', 'Accept: application/json'];\n", _hex(1_485_000, 40), 2),
    ("lookup.sh", 'curl -H "X-Canonical-Access-Token: {s}" "$URL"\n', fakes.drawn_mixed(1_485_001, 40), 1),
    ("Api.php", "<?php\n$headers = ['X-Republic-Api-Key' => '{s}'];\n", _hex(1_485_002), 2),
    # a Google Calendar's secret iCal address
    ("room-panels/boardroom.yaml", "calendar:\n  # the room's secret address\n  ical_url: {s}\n", calendar_address(1_460_300), 3),
    (".env", "CALENDAR_ICS={s}\n", calendar_address(1_460_302, "ops.team%40example.org"), 1),
    ("feed.js", "const FEED = '{s}';\n", calendar_address(1_460_304, "example.org_abc123%40group.calendar.google.com")
     .replace("https://calendar.google.com", "https://www.google.com"), 1),
    ("index.html", '<a href="{s}">Subscribe</a>\n', calendar_address(1_460_306).replace("https://", "webcal://")
     .replace("basic.ics", "full.ics"), 1),
]


@pytest.mark.parametrize("index", range(len(FORMS)), ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_the_form_blocks(index: int) -> None:
    name, template, secret, line = FORMS[index]
    text = template.format(s=secret)
    assert _blocks(name, text, secret) == [line]
    # (read by its format, its parameter or its header, not only by a credential's keyword)
    assert any(finding.type == "Service API Token" for finding in blocking(_ENGINE.scan_text(name, text))
               if reports(finding, secret))


def test_an_algolia_key_blocks_where_the_script_writes_the_index_or_names_the_admin_key() -> None:
    key = _hex(1_460_400)
    writes = f"const client = algoliasearch('Q7ZK2MWLB9', '{key}');\nclient.initIndex('stops').saveObjects(stops);\n"
    assert _blocks("scripts/reindex.js", writes, key) == [1]
    named = f"// Admin API key: the nightly indexer's\nconst client = algoliasearch('Q7ZK2MWLB9', '{key}');\n"
    assert _blocks("scripts/indexer.js", named, key) == [2]
    # (a comment saying search-only does not quiet a script that writes)
    both = f"// search-only? no: this one writes\n{writes}"
    assert _blocks("scripts/reindex.js", both, key) == [2]


def test_a_storefront_token_blocks_where_it_is_private_or_nothing_says_public() -> None:
    token = _hex(1_460_500)
    private = (f"const PRIVATE_STOREFRONT_TOKEN = '{token}';\n"
               "fetch(url, { headers: { 'Shopify-Storefront-Private-Token': PRIVATE_STOREFRONT_TOKEN } });\n")
    assert _blocks("server/shop.js", private, token) == [1]
    assert _blocks("server/shop.js", f"const STOREFRONT_TOKEN = '{token}';\n", token) == [1]


# --- decoys -------------------------------------------------------------------------------------------------------------

def _search_only_files() -> List[Tuple[str, str]]:
    key, app = _hex(1_460_600), fakes.drawn(1_460_601, 10, string.ascii_uppercase + string.digits)
    return [
        ("src/search.js", f"import algoliasearch from 'algoliasearch/lite';\n\nconst client = algoliasearch('{app}', '{key}');\n"
         "const index = client.initIndex('stations');\n"),
        ("site/search.js", "import instantsearch from 'instantsearch.js';\n// Search-only key (ACL: search). The admin key is only in CI.\n"
         f"const searchClient = algoliasearch('{app}', '{key}');\nconst search = instantsearch({{ indexName: 'art', searchClient }});\n"),
        ("web/find.ts", "// Search-only API key, for the front end. Admin key lives in the indexer only.\n"
         f'const client = algoliasearch("{app}", "{key}");\n'),
    ]


def _storefront_files() -> List[Tuple[str, str]]:
    token = _hex(1_460_610)
    return [
        ("snippets/carousel.liquid", "<script>\n  const STOREFRONT_TOKEN = '" + token + "';\n"
         "  fetch('https://shop.example.com/api/2024-04/graphql.json', {\n    method: 'POST',\n"
         "    headers: { 'X-Shopify-Storefront-Access-Token': STOREFRONT_TOKEN },\n  });\n</script>\n"),
        ("src/shop.js", "import Client from 'shopify-buy';\n\nconst client = Client.buildClient({\n  domain: 'shop.example.com',\n"
         f"  storefrontAccessToken: '{token}',\n}});\n"),
        ("src/api.js", f"const headers = {{ 'X-Shopify-Storefront-Access-Token': '{token}' }};\n"),
    ]


DECOYS: List[Tuple[str, str]] = [
    # Nets Easy's checkout key: the webshop's public identifier; placeholders
    ("checkout.js", f"const checkout = new Dibs.Checkout({{ checkoutKey: '{nets_key(1_460_700, 'live', 'checkout')}', paymentId }});\n"),
    (".env", f"NETS_CHECKOUT_KEY={nets_key(1_460_701, 'test', 'checkout')}\n"),
    ("client.go", 'secretKey = "live-secret-key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n'),
    ("client.go", 'secretKey = "test-secret-key-00000000000000000000000000000000"\n'),
    # user keys: a template's, a reference, a cache's key, a name with no URL sending a user key
    ("poll.sh", 'curl "https://api.vesselfinder.com/vessels?userkey=YOUR_USER_KEY&imo=9175717"\n'),
    ("poll.py", 'requests.get(f"https://api.vesselfinder.com/vessels?userkey={os.environ[\'VF_USERKEY\']}")\n'),
    ("cache.py", f"CACHE_USER_KEY = '{user_key(1_460_710)}'\nurl = f'https://api.example.net/a?user_key={{key}}'\n"),
    ("session.py", f"SESSION_USER_KEY = '{user_key(1_460_712)}'\n"),
    # headers: code's expressions, a placeholder, a browser's public header
    ("meraki.py", "headers = {'X-Cisco-Meraki-API-Key': settings.MERAKI_API_KEY_VALUE, 'Accept': 'application/json'}\n"),
    ("api.js", "fetch(u, { headers: { 'X-Api-Key': process.env.VENDOR_API_KEY, 'X-Auth-Token': config.vendorAuthToken } });\n"),
    ("grant.php", "<?php\n$h = ['X-Cisco-Meraki-API-Key: ' . $apiKey, 'X-Acme-Api-Token: <your-api-token-here>'];\n"),
    # a calendar's public address; a private part that is a stand-in
    ("panel.yaml", "ical_url: https://calendar.google.com/calendar/ical/en.usa%23holiday%40group.v.calendar.google.com/public/basic.ics\n"),
    ("panel.yaml", "ical_url: https://calendar.google.com/calendar/ical/c_team%40group.calendar.google.com/private-"
     + "0" * 32 + "/basic.ics\n"),
]


@pytest.mark.parametrize("index", range(len(DECOYS)), ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_public_keys_references_and_placeholders_do_not_block(index: int) -> None:
    name, text = DECOYS[index]
    assert blocking(_ENGINE.scan_text(name, text)) == []


@pytest.mark.parametrize("index", range(3))
def test_an_algolia_search_only_key_in_a_front_end_does_not_block(index: int) -> None:
    name, text = _search_only_files()[index]
    assert blocking(_ENGINE.scan_text(name, text)) == []


@pytest.mark.parametrize("index", range(3))
def test_a_storefront_public_token_does_not_block(index: int) -> None:
    name, text = _storefront_files()[index]
    assert blocking(_ENGINE.scan_text(name, text)) == []
