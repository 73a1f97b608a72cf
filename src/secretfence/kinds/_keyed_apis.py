"""A bare `key` beside the root of the API it is for: the API's key, in whichever language holds
the pair (the literal kind asks `beside_its_api_root` of a key its words alone do not name).

A setting named only `key` (`"KEY": "…"` in a Python settings dict, `"key": "…"` in a node-config
JSON file, PHP's `private $key = '…'`, JavaScript's `const KEY = '…'`) names nothing by itself: a
cache key, a translation's key, a sort key. Beside the address of an API in the same mapping, class
or scope (`"BASE_URL": "https://api.the-odds-api.com/v4"`, `const BASE = 'https://v3.…api-sports.io'`),
written at the same indentation a few lines away, a generated value under it is what a reviewer
reads it as: that API's key. The address's setting must name it an API's root (`BASE`,
`BASE_URL`, `baseUrl`, `API_URL`, `endpoint`); a plain `url` beside a `key` is a resource's address
and its id (Mailgun's stored message `{"url": "https://…api.mailgun.net/…/messages/…", "key": "…"}`),
or a download's and its checksum or signing key's fingerprint.
(YAML's `key:` beside `base_url:` is _config_forms' reader; this is the same rule in the other forms.)

And a bare `key` among an HTTP client's headers (blind rounds DC-DH): a request header named `key` holding a generated
value is the API's key sent by name (Flowhub's `clientId` and `key` headers: `axios.create({ headers: { clientId: …,
key: '…' } })`, `fetch(url, { headers: { key: '…' } })`, requests' `headers={"key": "…"}`, PHP's `'headers' => ['key' =>
'…']`, an HTTP request file's YAML `headers:`). The mapping is a `headers` one: it opens on the key's line or ends the
nearest line above at a smaller indentation (_helpers.under_headers, the reader recorded cassettes' headers use too).
A header's name as the value (a framework's header rules: Next.js' `headers: [{ key: 'X-Frame-Options', value: … }]`)
is no generated value. So is a lower-case `key` among a request's body or query fields (blind rounds EM-ER: `body:
JSON.stringify({ …, key: "…" })`, `params: { key: "…" }`, `params={"key": "…"}`), its value a generated key's shape.

And the other way (blind round CD): a key an API publishes by design though its name says `key`. seats.io gives each
workspace a public key, its "workspace key", which its chart renderer takes in the browser (`new
seatsio.SeatingChart({workspaceKey: "…"})`, an app's `seatsioWorkspaceKey`, `SEATSIO_WORKSPACE_KEY`), beside the
workspace's secret key (`SEATSIO_SECRET_KEY`, `secretKey`, given to the server SDKs: _code_calls reads
`new SeatsioClient(region, "…")`). A workspace key where the key or the file names seats.io is that public one
(`published_workspace_key`); elsewhere a workspace's key is a secret (Azure Log Analytics' `WORKSPACE_KEY`, its
shared key).

And a payment API's transaction key under its abbreviation (blind round CV): Galileo's Program API takes `apiLogin`
and `apiTransKey` (its password), as Authorize.Net's AIM takes `x_login` and `x_tran_key`; a `TRANS_KEY` or a
`TXN_KEY` is that key as `TRANSACTION_KEY` is. `trans` is a translation's word too (an i18n key's name), so only a
drawn value (letters of both cases and digits, 10 to 64, no separator: no message id) is read so
(`abbreviated_transaction_key`, asked with the API's root).

And a bare `key` in a JSON object written inline as a configuration's value (stop 63): an environment file's variable
(`OPERATORS_JSON={"vodacom":{"url":"https://…","key":"…"}}`) or a Kubernetes Secret's `stringData` entry (`paynow.json:
'{"paynow":{"id":"19880","key":"…"}}'`). An environment file and a Secret hold a deployment's settings and secrets, no
stored API resource (Mailgun's message above is a response's or a fixture's): a generated value (a UUID too: Paynow's
integration keys are) under `key` there is the service's key (`in_inline_configuration_json`).

And a service's `<X>_KEY` beside its `<X>_URL` (blind rounds DO-DT): a short drawn value (sixteen letters of both cases and
digits) under a key named for the service whose address is set beside it (`beside_its_service_url`).
"""
from __future__ import annotations

import itertools
import re
from typing import FrozenSet, Sequence, Tuple

from secretfence.kinds._helpers import (
    GUID, HEADERS_OPENER, LastFileMemo, indent_width, line_text, looks_generated, under_headers,
)
from secretfence.kinds._spec import Sample
from secretfence.prefilter.spec import lazy_regex

# Lines read on either side of the key for its API's root (a settings block's neighbours).
_NEAR = 6
_READ = 512  # characters of a neighbouring line read
# A name set to a quoted http(s) address: `"BASE_URL": "https://…"`, `const BASE = '…'`, `$base = "…"`,
# `'endpoint' => '…'`, `baseUrl: "…"`; or to the address's type built from it, its argument labelled or not (Swift's
# `let baseURL = URL(string: "https://…")!`, Kotlin's `URI("…")`, TypeScript's `new URL("…")`).
_ADDRESS_SETTING = lazy_regex(
    r"""^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var|val|local|my|our|final|static|private|protected|public|readonly)[ \t]+){0,3}"""
    r"""["'$]?(?P<name>[A-Za-z_][\w.]{0,63})["']?[ \t]*(?::[ \t]*[A-Za-z]\w{0,15}[ \t]*)?(?:=>|<-|:=|=|:)[ \t]*"""
    r"""(?:(?:new[ \t]+)?[\w.]{1,16}\([ \t]*(?:[A-Za-z]\w{0,15}[ \t]*:[ \t]*)?)?["'`](?P<url>https?://[^\s"'`]{4,256})""")
_ROOT_WORDS = frozenset({"base", "api", "endpoint", "root", "apibase", "baseurl", "apiurl", "apiroot", "apiendpoint"})
_WORDS = lazy_regex(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def _names_an_api_root(name: str) -> bool:
    return bool({word.lower() for word in _WORDS.findall(name.rsplit(".", 1)[-1])} & _ROOT_WORDS)


def bare_key(key: str) -> bool:
    """The key is `key` alone (`KEY`, `$key`, `this.key`, `self.key`): a name that says no more."""
    return key.rsplit(".", 1)[-1].lstrip("$").lower() == "key"


_TRANSACTION_ABBREVIATIONS = frozenset({"trans", "txn"})
_DRAWN = lazy_regex(r"""^[A-Za-z0-9]{10,64}$""")
_DRAWN_DISTINCT = 8


def abbreviated_transaction_key(key: str, value: str) -> bool:
    """A transaction key named by its abbreviation (`apiTransKey`, `TXN_KEY`) holding a drawn value (see the module's doc)."""
    words = [word.lower() for word in _WORDS.findall(key.rsplit(".", 1)[-1].lstrip("$"))]
    return (len(words) >= 2 and words[-1] == "key" and words[-2] in _TRANSACTION_ABBREVIATIONS
            and _DRAWN.match(value) is not None and len(set(value)) >= _DRAWN_DISTINCT
            and any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value))


_HEADER_KEY = lazy_regex(r"""(?<![\w$-])["']?key["']?[ \t]*(?:=>|:)""", re.IGNORECASE)
_HEADERS_ABOVE = 8  # lines above the key its headers' mapping may open on (_helpers.under_headers)
_OPENERS_A_LINE = 16


def _among_headers(lines: Sequence[str], index: int) -> bool:
    """The key's line stands in a `headers` mapping (see the module's doc)."""
    text = line_text(lines, index)[:_READ]
    key = _HEADER_KEY.search(text) if "eaders" in text or "EADERS" in text else None
    if key is not None:  # (`headers: { clientId: …, key: '…' }` on one line)
        opener = None
        for opener in itertools.islice(HEADERS_OPENER.finditer(text, 0, key.start()), _OPENERS_A_LINE):
            pass
        if opener is not None and not any(close in text[opener.end():key.start()] for close in "}])"):
            return True
    return under_headers(lines, index, _HEADERS_ABOVE)


# (stop 70, commands) And a bare `key` sent as a raw header line, `key: <value>` written whole: given to curl's `-H` or
# `--header` (wget's, HTTPie's, hey's and ab's header options too: RajaOngkir's `curl … -H "key: <32 hex>"` in a shell
# script, a CI step, a Makefile), or as a string in a list a raw header option opens on its line or the lines above (PHP's
# `CURLOPT_HTTPHEADER => array("key: …")`, libcurl's `curl_slist_append(h, "key: …")`, pycurl's `HTTPHEADER`). A header
# named `key` is the API's key sent by name, as a headers map's `key` is (_among_headers); its value generated (a
# variable, a template's `{…}`, a stand-in is none).
_RAW_KEY_HEADER = lazy_regex(
    r"""(?:(?P<option>(?<![\w-])(?:-H|--header)(?:[ \t]+|=))|(?<![\w\\]))(?P<q>["'])(?i:key)[ \t]*:[ \t]*"""
    r"""(?P<value>[^\s"'`$%{}<>\\]{16,256})(?:\\r)?(?:\\n)?(?P=q)""")
_RAW_HEADER_LIST = lazy_regex(r"""(?i)curlopt_httpheader|curl_slist_append|\bhttpheader\b""")
_RAW_HEADER_LIST_ABOVE = 8  # lines above the header line its list may open on


def raw_key_headers(lines: Sequence[str], index: int) -> "list[str]":
    """The values of the raw header lines naming a bare `key` on line `index` (see _RAW_KEY_HEADER), generated."""
    text = line_text(lines, index)[:_READ * 8]
    found_values = []
    for found in itertools.islice(_RAW_KEY_HEADER.finditer(text), _OPENERS_A_LINE):
        value = found.group("value")
        if not looks_generated(value):
            continue
        if found.group("option") is None and not any(
                _RAW_HEADER_LIST.search(line_text(lines, position)[:_READ]) is not None
                for position in range(index, max(-1, index - 1 - _RAW_HEADER_LIST_ABOVE), -1)):
            continue
        found_values.append(value)
    return found_values


# And a bare `key` among a request's fields (blind rounds EM-ER): a body's or a query's member named `key`, lower-case as
# APIs name their parameter (Windy's `fetch(url, { body: JSON.stringify({ lat, lon, key: "…" }) })`, axios' `params: { key:
# "…" }`, requests' `params={"key": "…"}`, PHP's `http_build_query(['key' => '…'])`, `new URLSearchParams({ key: "…" })`),
# its value a generated key's shape (an S3 object's `Key`, capitalised, is a path: the AWS SDKs' parameter).
_REQUEST_FIELDS_OPENER = (r"""(?:(?<![\w$-])["']?(?:params|query|qs|searchParams|body|json|payload)["']?[ \t]*(?:=>|:|=)[ \t]*"""
                          r"""|(?:JSON\.stringify|json\.dumps|URLSearchParams|http_build_query|urlencode)[ \t]*\([ \t]*)"""
                          r"""(?:\{|\[|array\(|dict\()""")
_REQUEST_FIELDS_INLINE = lazy_regex(_REQUEST_FIELDS_OPENER)
_REQUEST_FIELDS_OPENED = lazy_regex(_REQUEST_FIELDS_OPENER + r"""[ \t]*$""")
_REQUEST_KEY = lazy_regex(r"""(?<![\w$-])["']?key["']?[ \t]*(?:=>|:|=)""")
_FIELDS_ABOVE = 12  # lines above the key its request's mapping may open on


def _among_request_fields(lines: Sequence[str], index: int) -> bool:
    """The key's line stands in a request's body or query mapping (see above), opened on its line or the nearest
    line above indented less."""
    text = line_text(lines, index)[:_READ]
    key = _REQUEST_KEY.search(text)
    if key is None:
        return False  # (`Key`, `KEY`: not an API's lower-case parameter)
    opener = None
    for opener in itertools.islice(_REQUEST_FIELDS_INLINE.finditer(text, 0, key.start()), _OPENERS_A_LINE):
        pass
    if opener is not None:
        return not any(close in text[opener.end():key.start()] for close in "}])")
    indent = indent_width(text)
    for above in range(index - 1, max(-1, index - 1 - _FIELDS_ABOVE), -1):
        line = line_text(lines, above)[:_READ]
        if not line.strip() or indent_width(line) >= indent:
            continue
        return _REQUEST_FIELDS_OPENED.search(line.rstrip()) is not None
    return False


# A data table's column definitions are `headers` too (Vuetify's `headers: [{ title: 'Name', key: 'name' }]`,
# Bootstrap-Vue's, Ant's `dataIndex`): a `key` beside a column's own properties names a column, not an API's key.
_COLUMN_PROPERTY = lazy_regex(r"""(?<![\w$-])["']?(?:title|label|text|sortable|align|dataIndex|width)["']?[ \t]*:""")
_COLUMN_LINES = 2  # lines either side of the key a column's other properties stand on


def _a_table_column(lines: Sequence[str], index: int) -> bool:
    return any(_COLUMN_PROPERTY.search(line_text(lines, position)[:_READ])
               for position in range(max(0, index - _COLUMN_LINES), min(len(lines), index + _COLUMN_LINES + 1)))


# A service's `<X>_KEY` beside its `<X>_URL` (blind rounds DO-DT): a Garry's Mod addon's `local STATS_URL = "https://…/api/…"`
# then `local STATS_KEY = "<16 drawn>"`. A `<X>_KEY` names a credential where its value looks generated (twenty
# characters and more: credential_keys); beside the address of the service it names, set at the same indentation, a
# shorter drawn value (sixteen letters of both cases and digits, no word in it) is that service's key too. The address's
# setting must share the key's words before `key` (`STATS`, `statsApi`), its own last word an address's (`URL`,
# `ENDPOINT`, `BASE`, `HOST`); the key's words must name no public, cache or map key (credential_keys' qualifiers).
_ADDRESS_WORDS = frozenset({"url", "uri", "endpoint", "host", "base", "root", "api", "server", "address"})
_SHORT_DRAWN = lazy_regex(r"""^[A-Za-z0-9]{16,64}$""")
# Words in a value: a run of six lower-case letters, or two capitalised words of five letters and more
# (`PlayerRoundIndex2v3`); a drawn value of sixteen shows the first once in twenty-seven, the second once in two hundred.
_LOWER_WORD = lazy_regex(r"""[a-z]{6}""")
_CAPITALISED_WORD = lazy_regex(r"""[A-Z][a-z]{4}""")
_SHORT_DRAWN_DISTINCT = 10


def _short_drawn(value: str) -> bool:
    return (_SHORT_DRAWN.match(value) is not None and len(set(value)) >= _SHORT_DRAWN_DISTINCT and _LOWER_WORD.search(value) is None
            and len(_CAPITALISED_WORD.findall(value)) < 2
            and any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value))


def _stem(name: str, dropped: FrozenSet[str]) -> Tuple[str, ...]:
    words = [word.lower() for word in _WORDS.findall(name.rsplit(".", 1)[-1].lstrip("$"))]
    return tuple(word for word in words[:-1] if word not in dropped)


def beside_its_service_url(key: str, value: str, lines: Sequence[str], index: int) -> bool:
    """A service's `<X>_KEY` holding a short drawn value beside its `<X>_URL` (see above)."""
    from secretfence.compat.detect_secrets.credential_keys import _NOT_SECRET_KEY_QUALIFIERS, _NOT_THE_VALUE_WORDS

    words = [word.lower() for word in _WORDS.findall(key.rsplit(".", 1)[-1].lstrip("$"))]
    if len(words) < 2 or words[-1] != "key" or not _short_drawn(value):
        return False
    stem = _stem(key, frozenset({"api"}))
    if not stem or _NOT_SECRET_KEY_QUALIFIERS.intersection(words) or _NOT_THE_VALUE_WORDS.intersection(words):
        return False
    indent = indent_width(line_text(lines, index))
    for position in range(max(0, index - _NEAR), min(len(lines), index + _NEAR + 1)):
        text = line_text(lines, position)[:_READ] if position != index else ""
        if "://" not in text or indent_width(text) != indent:
            continue
        found = _ADDRESS_SETTING.match(text)
        if found is None:
            continue
        name = found.group("name")
        last = _WORDS.findall(name.rsplit(".", 1)[-1])[-1:]
        if last and last[0].lower() in _ADDRESS_WORDS and _stem(name, _ADDRESS_WORDS) == stem:
            return True
    return False


# APIs whose own name for their key is `key` (blind round 57), a bare `key` in a file that calls them holding their key's
# documented shape:
# - PrestaShop's webservice key: 32 capital letters and digits, as the back office's "Generate!" draws it, passed to
#   the webservice library's `new PrestaShopWebservice($url, $key, $debug)` (a constant's or a variable's `KEY` set
#   beside it, `self::KEY`); the library's own example key (its doc comment's) is none;
# - Holded's API key: 32 hex digits sent as its `key` header to api.holded.com (requests' `headers=H` built above).
_PRESTASHOP_CLIENT = lazy_regex(r"""PrestaShopWebservice\b""")
_PRESTASHOP_KEY = lazy_regex(r"""^(?=[A-Z0-9]*[0-9])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{32}$""")
_PRESTASHOP_EXAMPLE_KEY = "ZQ88PRJX5VWQHCWE4EE7SQ7HPNX00RAJ"
_HOLDED_API = lazy_regex(r"""(?i)api\.holded\.com""")
_HOLDED_KEY = lazy_regex(r"""^[0-9a-f]{32}$""")
_VENDOR_FILE_READ = 4096  # lines of a file searched for the API's call
_VENDOR_KEY_DISTINCT = 10  # (a drawn 32 of 36 characters shows fewer once in millions; of 16 hex digits, once in thousands)


def _bare_key_vendors(lines: Sequence[str]) -> Tuple[bool, bool]:
    """(whether the file calls PrestaShop's webservice library, whether it addresses Holded's API)."""
    text = "\n".join(itertools.islice(lines, _VENDOR_FILE_READ))
    return _PRESTASHOP_CLIENT.search(text) is not None, _HOLDED_API.search(text) is not None


_BARE_KEY_VENDORS = LastFileMemo(_bare_key_vendors)


def prestashop_webservice_key(value: str) -> bool:
    """The value has PrestaShop's webservice key's shape, drawn (not the library's example key)."""
    return (_PRESTASHOP_KEY.match(value) is not None and len(set(value)) >= _VENDOR_KEY_DISTINCT
            and value != _PRESTASHOP_EXAMPLE_KEY)


def vendor_s_bare_key(value: str, lines: Sequence[str]) -> bool:
    """A bare `key`'s value is the key of an API that names its key so, called in the file (see above)."""
    if _PRESTASHOP_KEY.match(value) is None and _HOLDED_KEY.match(value) is None:
        return False  # (most bare keys: the file is not searched)
    prestashop, holded = _BARE_KEY_VENDORS.of(lines)
    return ((prestashop and prestashop_webservice_key(value))
            or (holded and _HOLDED_KEY.match(value) is not None and len(set(value)) >= _VENDOR_KEY_DISTINCT))


def beside_its_api_root(key: str, value: str, lines: Sequence[str], index: int) -> bool:
    """A bare `key` holding a generated value, with an API's root set at its indentation within
    _NEAR lines or among a request's headers (see the module's doc); or a transaction key under its abbreviation;
    or a service's `<X>_KEY` beside its `<X>_URL`."""
    if abbreviated_transaction_key(key, value):
        return True
    if bare_key(key) and vendor_s_bare_key(value, lines):
        return True
    if not bare_key(key) and "://" not in value and beside_its_service_url(key, value, lines, index):
        return True
    if not bare_key(key) or not looks_generated(value) or "://" in value or any(character.isspace() for character in value):
        return False
    if _among_headers(lines, index) and not _a_table_column(lines, index):
        return True
    if _among_request_fields(lines, index):
        from secretfence.kinds._code_calls import generated_key

        return generated_key(value) and not _a_table_column(lines, index)
    indent = indent_width(line_text(lines, index))
    for position in range(max(0, index - _NEAR), min(len(lines), index + _NEAR + 1)):
        if position == index:
            continue
        text = line_text(lines, position)[:_READ]
        if "://" not in text or indent_width(text) != indent:
            continue
        found = _ADDRESS_SETTING.match(text)
        if found is not None and _names_an_api_root(found.group("name")):
            return True
    return False


# An environment file (`.env`, `.env.production`, `.env.operators`, `prod.env`) and a line setting a name to an inline
# JSON object (`NAME={…}`, `NAME='{…}'`, a YAML entry's `name.json: '{…}'`).
_ENV_FILE = lazy_regex(r"""(?:^|[/\\!])(?:\.env(?:[._-][\w.-]{0,64})?|[\w.-]{1,64}\.env)$""")
_INLINE_JSON_SETTING = lazy_regex(r"""^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.-]{0,127}[ \t]*[=:][ \t]*["']?\{[ \t]*"[^"\n]{1,128}"[ \t]*:""")
_STRING_DATA = lazy_regex(r"""^[ \t]*stringData:[ \t]*(?:#.*)?\r?$""")
_STRING_DATA_LINES = 256  # lines above an entry read for its `stringData:`


def _is_kubernetes_secret(lines: Sequence[str]) -> bool:
    """The file's first 4,096 lines declare a Kubernetes Secret, as the engine's base64 carrier asks (one test for both)."""
    # (the engine's carriers import the kinds: theirs loads once the package is whole)
    from secretfence.engine.carriers import is_kubernetes_secret

    return is_kubernetes_secret("\n".join(itertools.islice(lines, 4096)))


_KUBERNETES_SECRET = LastFileMemo(_is_kubernetes_secret)


def _under_string_data(lines: Sequence[str], index: int) -> bool:
    """The line is an entry of a Kubernetes Secret's `stringData:` (the nearest line above at a smaller indentation)."""
    indent = indent_width(line_text(lines, index))
    for position in range(index - 1, max(-1, index - 1 - _STRING_DATA_LINES), -1):
        text = line_text(lines, position)
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if indent_width(text) < indent:
            return _STRING_DATA.match(text) is not None
    return False


def in_inline_configuration_json(key: str, value: str, lines: Sequence[str], index: int, lowered_name: str) -> bool:
    """A bare `key` holding a generated value (or a UUID) in a JSON object written inline as an environment file's
    variable or a Kubernetes Secret's `stringData` entry (see the module's doc)."""
    if not bare_key(key) or "://" in value or any(character.isspace() for character in value):
        return False
    if not (GUID.match(value) is not None or looks_generated(value)):
        return False
    line = line_text(lines, index)[:_READ * 8]
    if '"key"' not in line.lower() or _INLINE_JSON_SETTING.match(line) is None:
        return False
    if _ENV_FILE.search(lowered_name) is not None:
        return True
    return lowered_name.endswith((".yaml", ".yml")) and _KUBERNETES_SECRET.of(lines) and _under_string_data(lines, index)


# A file naming seats.io: its SDK or renderer (`seatsio`, `seats.io`, the renderer's `SeatingChart`).
_SEATSIO = lazy_regex(r"""seatsio|seats\.io|SeatingChart""", re.IGNORECASE)
_SECRET_WORDS = frozenset({"secret", "private", "admin", "company", "sandbox"})
_SEATSIO_LINES = 4096  # lines of a file searched for seats.io's name
_SEATSIO_LINE_READ = 4096


def published_workspace_key(key: str, lines: Sequence[str], index: int) -> bool:
    """seats.io's public workspace key (see the module's doc): a key named `workspace key`, no secret's word in it,
    where the key or the file names seats.io."""
    words = [word.lower() for word in _WORDS.findall(key.rsplit(".", 1)[-1])]
    if words[-2:] != ["workspace", "key"] or _SECRET_WORDS.intersection(words):
        return False
    return "seatsio" in words or "seats" in words or _NAMES_SEATSIO.of(lines)


def _names_seatsio(lines: Sequence[str]) -> bool:
    return any(_SEATSIO.search(line[:_SEATSIO_LINE_READ]) for line in itertools.islice(lines, _SEATSIO_LINES))


_NAMES_SEATSIO = LastFileMemo(_names_seatsio)


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of this form (read by its tests, never by the hook)."""
    return (
        Sample('SPORTS_FEED = {\n    "BASE_URL": "https://api.fixturefeed.example.net/v2",\n'
               '    "KEY": "4be07c91d2a35f68e0b1c7d94a2e6f35",\n    "REGION": "eu",\n}\n',
               "feeds/settings/base.py", "a settings dict's KEY beside its BASE_URL"),
        Sample('{\n  "weatherApi": {\n    "baseUrl": "https://api.skycast.example.org/v1",\n'
               '    "key": "9d1f62ab0c4e7385fa2d6b91c0e8473a"\n  }\n}\n', "config/default.json",
               "a node-config object's key beside its baseUrl"),
        Sample("<?php\nclass Scores_Api {\n    const BASE = 'https://v2.scores.api-hub.example.com';\n"
               "    private $key = 'c83e5a0f12d94b67a1e0f4c29b7d3586';\n}\n", "includes/class-scores.php",
               "a PHP class's $key beside its BASE"),
        Sample("const BASE = 'https://api.matchdata.example.io/v3/scores';\nconst KEY = 'e71b4c09a5d2f836b0c94e1a7f25d60c';\n",
               "src/widgets/api.js", "a JS const KEY beside its BASE"),
        # (stop 70) a bare `key` sent as a raw header line: curl's -H, PHP's CURLOPT_HTTPHEADER string
        Sample('curl -s https://pro.rajaongkir.com/api/cost \\\n  -H "key: 3f9c0a7d51e2b86490dc1fa7e5b23c68" \\\n  -d "weight=1000"\n',
               "ops/ongkir.sh", "a bare key header given to curl's -H"),
        Sample('<?php\ncurl_setopt_array($curl, array(\n  CURLOPT_HTTPHEADER => array(\n'
               '    "key: 8e2b5d0f6a1c94e7b3d05c8f2a6e1b97"\n  ),\n));\n', "app/Ongkir.php",
               "a bare key header line in PHP's CURLOPT_HTTPHEADER list"),
        Sample('LOG_ANALYTICS_WORKSPACE_ID = "8b1f3c2d-6a4e-4f7b-9c0d-1e2f3a4b5c6d"\n'
               'LOG_ANALYTICS_WORKSPACE_KEY = "Qm7Tz2Lx9Vb4Nc8Rw1Ks5Hd3Fj6Gp0Ya2Xe7Wq4Zt9Lm3Vb8Nc1Rw5Ks2Hd6Fj0Gp4Ya7Xe3Wq8Zt1Lm5Vb=="\n',
               "monitor/settings.py", "a workspace key of no seats.io: Azure Log Analytics' shared key"),
        Sample('API_LOGIN = "Coop-1182"\nAPI_TRANS_KEY = "Qm7Tz2Lx9Vb4"\n', "payments/galileo.py",
               "a payment API's transaction key under its abbreviation"),
        Sample('const txnKey = "Hs8Kd3Wq1Zp6";\n', "payments/gw.js", "a transaction key as txnKey"),
        Sample("const api = axios.create({\n  baseURL: 'https://api.shop.example',\n  headers: {\n    clientId: 'c-2291',\n"
               "    key: 'Wm4Tx9Lq2Vr7Hd3Ks8Nb5Zp1Gf6Jc0Ya',\n  },\n});\n", "src/lib/shop.js", "a key header among an HTTP client's headers"),
        Sample('r = requests.get(URL, headers={"key": "Xn5Ry0Mr3Ws8Ie4Lt9Oc6Aq2Hg7Kd1Zb"})\n', "sync/pull.py",
               "a key header in requests' headers"),
        Sample('local STATS_URL = "https://stats.example-guild.net/api/round"\nlocal STATS_KEY = "Qm7TzL2x9Vb4Nc8R"\n',
               "lua/autorun/server/sv_stats.lua", "a service's short key beside its URL"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside it."""
    return (
        Sample('CACHE = {\n    "BASE_URL": "https://api.fixturefeed.example.net/v2",\n    "KEY": "fixtures-by-date",\n}\n',
               "feeds/settings/base.py", "a cache key's name, no generated value"),
        Sample('MIRROR = {\n    "url": "https://downloads.example.org/tool-1.4.tar.gz",\n'
               '    "key": "4be07c91d2a35f68e0b1c7d94a2e6f354be07c91",\n}\n', "build/sources.py",
               "a download's url and its signing key's fingerprint"),
        Sample("const KEY = 'e71b4c09a5d2f836b0c94e1a7f25d60c';\nexport default KEY;\n", "src/cache.js",
               "a bare key with no API beside it"),
        Sample('{\n  "storage": {\n    "url": "https://storage.api.mailhub.example.net/v3/domains/mg.example.org/messages/Qx7Lm2Vd9",\n'
               '    "key": "Rk7Tq2VnX9cLm4Hp8Wz3Bd6Fj1Ys5Ga0Ue"\n  }\n}\n', "tests/fixtures/events/delivered.json",
               "a stored resource's url and its key (an id)"),
        Sample('{\n  "extra": {\n    "seatsioWorkspaceKey": "703392a0-285c-4edf-9303-329dc7196504"\n  }\n}\n', "app.json",
               "seats.io's public workspace key in an app's config"),
        Sample("import { SeatsioSeatingChart } from '@seatsio/seatsio-react';\n"
               "export const WORKSPACE_KEY = '703392a0-285c-4edf-9303-329dc7196504';\n", "src/seating/config.js",
               "the public workspace key in a file naming seats.io"),
        Sample('TRANS_KEY = "checkout.confirm_button"\nTXN_KEY = "order_id"\nTRANS_KEY_2 = "WelcomeTitle"\n', "i18n/keys.py",
               "a translation's key, a field's name under a transaction key's abbreviation"),
        Sample("module.exports = {\n  async headers() {\n    return [{ source: '/(.*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' },"
               " { key: 'Strict-Transport-Security', value: 'max-age=63072000' }] }];\n  },\n};\n", "next.config.js",
               "a framework's header rules: header names under key"),
        Sample("const api = axios.create({\n  headers: {\n    key: process.env.SHOP_KEY,\n  },\n});\n"
               "const cache = { store: { key: 'Wm4Tx9Lq2Vr7Hd3Ks8Nb5Zp1Gf6Jc0Yb' } };\n", "src/lib/shop.js",
               "a key header from the environment; a cache's key outside any headers"),
        Sample("data() {\n  return {\n    headers: [\n      { title: 'Name', key: 'Wm4Tx9Lq2Vr7Hd3Ks8Nb' },\n"
               "      {\n        key: 'Hd3Ks8Nb5Zp1Gf6Jc0Yb',\n        sortable: false,\n      },\n    ],\n  };\n}\n",
               "src/components/Roster.vue", "a data table's column definitions: a column's key beside its title"),
        Sample('local CACHE_URL = "https://cache.example-guild.net/"\nlocal CACHE_KEY = "Qm7TzL2x9Vb4Nc8R"\n'
               'local STATS_URL = "https://stats.example-guild.net/api"\nlocal STATS_KEY = "PlayerRoundIndex2v3"\n',
               "lua/autorun/server/sv_cache.lua", "a cache's key beside its URL; a name's words beside a service's URL"),
    )
