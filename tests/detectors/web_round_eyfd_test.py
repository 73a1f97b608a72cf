"""Blind rounds EY-FD, the web forms: a Node-RED http request node's header item (`{"keyType": "other", "keyValue":
"X-Api-Secret", "valueType": "other", "valueValue": "…"}`, one line or a field a line; a standard header in keyType);
a token split over adjacent literals in the parentheses after a personal access token's name (`CALENDLY_PAT = (` /
`"eyJ…"` / `"…"` / `)`); an HTTP Basic credential base64-encoded from a name set to a literal `user:password` above
(PowerShell's `$pair = '…'` then `[Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))` then `"Basic
$basic"`, and the idioms of Python, JavaScript, Go, C#, a shell); an API key as the path segment after an API's root
(`https://…/api_v2/<key>/events`); and, in documentation, a command's URL sending a key that looks issued as its key's
query parameter (`curl "…?…&apikey=<key>"`). The decoys of each form stay quiet: a message's property, a stock value,
a reference, a path's name, a host's port, a hex or UUID id, a template, an example's key; and a constant holding an
extension header's name (Go's `HeaderAPIKey = "X-API-Key"`) no longer blocks as a key. Through the engine."""
from __future__ import annotations

import base64
import json
import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

_LOWER_DIGITS = string.ascii_lowercase + string.digits


def _lower_key(seed: int, length: int = 32) -> str:
    """A key of small letters and digits as some services issue them (`tp12em0u…`): digits in three runs or more."""
    while True:
        value = drawn(seed, length, _LOWER_DIGITS)
        runs = [run for run in "".join(c if c.isdigit() else " " for c in value).split() if run]
        if len(runs) >= 3 and sum(c.isalpha() for c in value) * 2 >= len(value) and len(set(value)) >= 12:
            return value
        seed += 1


def _chosen(seed: int) -> str:
    """A password chosen with care: two words, a symbol, digits (`Heron#Basalt2207`)."""
    generator = random.Random(seed)
    words = ("Harbor", "Cedar", "Lantern", "Quartz", "Marble", "Falcon", "Orchid", "Tundra", "Willow", "Copper")
    return generator.choice(words) + generator.choice("#*!@") + generator.choice(words) + str(generator.randint(100, 9999))


def _jwt(seed: int) -> str:
    """A signed JWT shaped as a personal access token (`{"kid": …, "typ": "PAT", "alg": "ES256"}`)."""
    def part(document: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(document, separators=(",", ":")).encode()).decode().rstrip("=")
    header = part({"kid": drawn(seed, 64, "0123456789abcdef"), "typ": "PAT", "alg": "ES256"})
    payload = part({"iss": "https://auth.example.com", "iat": 1706547600, "jti": drawn(seed + 1, 36, "0123456789abcdef-"),
                    "user_uuid": drawn(seed + 2, 36, "0123456789abcdef-")})
    return f"{header}.{payload}.{drawn_mixed(seed + 3, 86, string.ascii_letters + string.digits + '-_')}"


_HEADER_VALUE = drawn_mixed(1770000, 32)
_HEADER_LOWER = _lower_key(1770010)
_BEARER = drawn_mixed(1770020, 40)
_PAT_JWT = _jwt(1770030)
_PAT_PLAIN = drawn_mixed(1770040, 52)
_PASSWORD = _chosen(1770050)
_PASSWORD_2 = _chosen(1770060)
_PATH_KEY = _lower_key(1770070)
_PATH_KEY_MIXED = drawn_mixed(1770080, 28)
_DOC_KEY = drawn_mixed(1770090, 32)
_DOC_KEY_2 = drawn_mixed(1770100, 40)
_DOC_KEY_LOWER = _lower_key(1770110)


def _lines(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- a Node-RED http request node's header items ------------------------------------------------------------------

_NODE_RED_FORMS = [
    ('[\n  {\n    "id": "c7d8e9f0a1b2c3d4",\n    "type": "http request",\n    "method": "GET",\n    "headers": [\n'
     '      { "keyType": "other", "keyValue": "X-Api-Secret", "valueType": "other", "valueValue": "{value}" }\n    ],\n'
     '    "wires": [[]]\n  }\n]\n', 7),
    ('[{"id":"a1","type":"http request","headers":[{"keyType":"other","keyValue":"X-Station-Token","valueType":"other",'
     '"valueValue":"{value}"}],"wires":[[]]}]\n', 1),
    ('[\n  {\n    "type": "http request",\n    "headers": [\n      {\n        "keyType": "other",\n'
     '        "keyValue": "X-Api-Key",\n        "valueType": "other",\n        "valueValue": "{value}"\n      }\n    ]\n  }\n]\n', 9),
    ('[\n  {\n    "type": "http request",\n    "headers": [\n      {\n        "keyType": "Authorization",\n'
     '        "keyValue": "",\n        "valueType": "other",\n        "valueValue": "Bearer {value}"\n      }\n    ]\n  }\n]\n', 9),
]


@pytest.mark.parametrize("value", [_HEADER_VALUE, _HEADER_LOWER, _BEARER])
@pytest.mark.parametrize(("template", "line"), _NODE_RED_FORMS, ids=[str(n) for n in range(len(_NODE_RED_FORMS))])
def test_a_node_red_request_headers_value_blocks(engine: Engine, template: str, line: int, value: str) -> None:
    assert (line, value) in _lines(engine, "node-red/flows.json", template.replace("{value}", value))


def test_a_node_red_header_from_a_message_a_stock_value_or_a_reference_does_not_block(engine: Engine) -> None:
    text = ('[\n  {\n    "type": "http request",\n    "headers": [\n'
            '      { "keyType": "other", "keyValue": "X-Api-Key", "valueType": "msg", "valueValue": "payload.apiKey" },\n'
            '      { "keyType": "Content-Type", "keyValue": "", "valueType": "application/json", "valueValue": "" },\n'
            '      { "keyType": "other", "keyValue": "X-Api-Key", "valueType": "other", "valueValue": "${WEATHER_API_KEY}" },\n'
            f'      {{ "keyType": "other", "keyValue": "X-Request-Source", "valueType": "other", "valueValue": "irrigation-{_HEADER_LOWER[:6]}" }},\n'
            '      {\n        "keyType": "other",\n        "keyValue": "X-Api-Secret",\n        "valueType": "msg",\n'
            '        "valueValue": "secrets.weatherlink"\n      }\n    ]\n  }\n]\n')
    assert _blocked(engine, "node-red/flows.json", text) == []


# --- a constant holding an extension header's name ----------------------------------------------------------------

@pytest.mark.parametrize(("filename", "text"), [
    ("services/keys/config.go", 'const (\n\tHeaderAPIKey = "X-API-Key"\n\tEnvAPIKey = "KEYPER_API_KEY"\n)\n'),
    ("client/headers.py", 'API_KEY_HEADER = "X-Api-Key"\nAUTH_TOKEN_HEADER = "x-auth-token"\nSECRET_HEADER = "X-Api-Secret"\n'),
    ("src/client.ts", 'export const apiKeyHeader = "X-Apikey";\nconst secretHeaderName = "X-Partner-Secret";\n'),
])
def test_a_constant_holding_an_extension_headers_name_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("value", [f"X-{_HEADER_VALUE[:14]}", _PASSWORD])
def test_a_credential_under_those_names_still_blocks(engine: Engine, value: str) -> None:
    assert _lines(engine, "client/headers.py", f'API_KEY = "{value}"\n') == [(1, value)]


# --- a token split over literals under a personal access token's name ---------------------------------------------

def _split(value: str, at: int) -> str:
    return f'    "{value[:at]}"\n    "{value[at:]}"\n'


@pytest.mark.parametrize(("head", "token"), [
    ("CALENDLY_PAT = (\n", _PAT_JWT),
    ("GITLAB_PAT = (\n", _PAT_PLAIN),
    ("azureDevopsPat = (\n", _PAT_PLAIN),
    ("    \"ado_pat\": (\n", _PAT_PLAIN),
])
def test_a_token_split_under_a_personal_access_tokens_name_blocks(engine: Engine, head: str, token: str) -> None:
    text = "import requests\n\n" + head + _split(token, len(token) // 2 + 7) + ")\n"
    assert [secret for _, secret in _lines(engine, "intake/bookings.py", text)] in ([token], [token.rsplit(".", 1)[0] + "."])


def test_a_path_or_a_patch_split_over_literals_does_not_block(engine: Engine) -> None:
    text = ('DATA_PATH = (\n    "/srv/data/exports/' + "a" * 30 + '"\n    "/' + "b" * 30 + '/daily"\n)\n'
            'PATCH_NOTES = (\n    "Fixed the tee sheet export and the"\n    " leaderboard refresh"\n)\n'
            f'SPATIAL_INDEX = (\n    "{_HEADER_LOWER[:10]}"\n    "{_HEADER_LOWER[10:]}"\n)\n')
    assert _blocked(engine, "settings.py", text) == []


# --- a Basic credential base64-encoded from a name set to a literal user:password ----------------------------------

_ENCODED_FORMS = [
    ("scripts/Export-Statements.ps1",
     "$base  = 'https://clubapi.example.com/api/v1'\n$pair  = 'statements-export:{pw}'\n"
     "$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))\n$hdrs  = @{{ Authorization = \"Basic $basic\" }}\n", 2),
    ("scripts/Sync.ps1",
     "$pair = \"svc-sync:{pw}\"\n$h = @{{ Authorization = \"Basic $([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair)))\" }}\n", 1),
    ("sync/client.py",
     'CREDS = "svc-sync:{pw}"\n\nauth = base64.b64encode(CREDS.encode()).decode()\nheaders = {{"Authorization": f"Basic {{auth}}"}}\n', 1),
    ("src/client.js",
     'const creds = "svc-sync:{pw}";\nconst auth = Buffer.from(creds).toString("base64");\n'
     'fetch(url, {{ headers: {{ Authorization: `Basic ${{auth}}` }} }});\n', 1),
    ("src/client.js", "const creds = 'svc-sync:{pw}';\nfetch(url, {{ headers: {{ Authorization: 'Basic ' + btoa(creds) }} }});\n", 1),
    ("cmd/sync/main.go",
     'pair := "svc-sync:{pw}"\nenc := base64.StdEncoding.EncodeToString([]byte(pair))\nreq.Header.Set("Authorization", "Basic "+enc)\n', 1),
    ("src/Sync.cs",
     'var pair = "svc-sync:{pw}";\nvar b = Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));\n'
     'client.DefaultRequestHeaders.Add("Authorization", "Basic " + b);\n', 1),
    ("bin/pull.sh", "PAIR='svc-sync:{pw}'\nAUTH=$(echo -n \"$PAIR\" | base64)\ncurl -H \"Authorization: Basic $AUTH\" https://api.example.com/x\n", 1),
]


@pytest.mark.parametrize("password", [_PASSWORD, _PASSWORD_2, drawn_mixed(1770120, 18)])
@pytest.mark.parametrize(("filename", "template", "line"), _ENCODED_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_ENCODED_FORMS)])
def test_a_basic_credential_encoded_from_a_named_literal_pair_blocks(engine: Engine, filename: str, template: str, line: int,
                                                                     password: str) -> None:
    assert (line, password) in _lines(engine, filename, template.format(pw=password))


@pytest.mark.parametrize("pair", ["${user}:${pass}", "db01:5432", "user:password", "{0}:{1}", "$User:$Password"])
def test_a_pair_that_holds_no_literal_password_does_not_block(engine: Engine, pair: str) -> None:
    text = (f"$pair = \"{pair}\"\n$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))\n"
            "$h = @{ Authorization = \"Basic $basic\" }\n")
    assert _blocked(engine, "scripts/Export.ps1", text) == []


def test_a_pair_the_encoding_does_not_take_does_not_block(engine: Engine) -> None:
    text = (f'const creds = "svc-sync:{_PASSWORD}";\nconst other = btoa(JSON.stringify(payload));\n'
            "fetch(url, { headers: { Authorization: `Basic ${other}` } });\n")
    assert [secret for _, secret in _lines(engine, "src/client.js", text)] in ([], [_PASSWORD])
    text = ("const label = 'svc-sync:build-7';\nconst auth = btoa(token);\n"
            "fetch(url, { headers: { Authorization: `Basic ${auth}` } });\n")
    assert _blocked(engine, "src/client.js", text) == []


# --- an API key as the path segment after an API's root -----------------------------------------------------------

_API_PATH_FORMS = [
    ("ScoringWatch/Feed.swift", '    static let base = "https://www.golfgenius.com/api_v2/{key}"\n', 1),
    ("feeds/league.py", 'BASE = "https://scores.example.org/api/v1/{key}/events"\n', 1),
    ("config/feeds.yaml", "feed:\n  url: https://scores.example.org/api/{key}/rounds?season=2024\n", 2),
    ("src/proxy.js", "const url = `https://proxies.example.net/api/{key}/getproxy?state=active`;\n", 1),
]


@pytest.mark.parametrize("key", [_PATH_KEY, _PATH_KEY_MIXED])
@pytest.mark.parametrize(("filename", "template", "line"), _API_PATH_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_API_PATH_FORMS)])
def test_an_api_key_as_the_path_segment_after_the_apis_root_blocks(engine: Engine, filename: str, template: str, line: int,
                                                                    key: str) -> None:
    assert _lines(engine, filename, template.format(key=key)) == [(line, key)]


@pytest.mark.parametrize("segment", [
    drawn(1770130, 32, "0123456789abcdef"),  # (a digest's or an object's id)
    "8c3e2a1b-7d4f-4e6a-9b0c-1d2e3f4a5b6c",  # (a UUID)
    "{apiKey}", "YOUR_API_KEY_GOES_HERE", "documentationoverview2024", "abcdefghijklmnopqrstuvwxyz0123",
])
def test_an_id_a_template_or_a_word_after_the_apis_root_does_not_block(engine: Engine, segment: str) -> None:
    text = f'BASE = "https://scores.example.org/api_v2/{segment}/events"\n'
    assert _blocked(engine, "feeds/league.py", text) == []


def test_a_key_after_a_resources_name_is_an_id(engine: Engine) -> None:
    text = f'URL = "https://scores.example.org/api/v1/players/{_PATH_KEY}"\n'
    assert _blocked(engine, "feeds/league.py", text) == []


# --- documentation: a command's URL sending an issued key as its key's query parameter -----------------------------

_DOC_FORMS = [
    ("agronomy/README.md", '```bash\ncurl -s "https://api.example-weather.io/v4/weather/forecast?location=35.19,-79.47&apikey={key}" \\\n'
     "  | jq '.timelines.hourly[]'\n```\n", 2),
    ("docs/omeka-api.md", '```\ncurl "https://exhibits.example.edu/api/items?item_set_id=412&key_identity={other}&key_credential={key}"\n```\n', 2),
    ("docs/feeds.md", '    wget -qO- "https://feeds.example.com/v1/stations?api_key={key}"\n', 1),
    ("docs/feeds.md", '```powershell\nInvoke-RestMethod -Uri "https://feeds.example.com/v1/stations?access_token={key}"\n```\n', 2),
]


@pytest.mark.parametrize("key", [_DOC_KEY, _DOC_KEY_2, _DOC_KEY_LOWER])
@pytest.mark.parametrize(("filename", "template", "line"), _DOC_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_DOC_FORMS)])
def test_a_documented_commands_url_key_that_looks_issued_blocks(engine: Engine, filename: str, template: str, line: int,
                                                                key: str) -> None:
    assert (line, key) in _lines(engine, filename, template.format(key=key, other=drawn_mixed(1770140, 32)))


@pytest.mark.parametrize("key", ["YOUR_API_KEY", "your-api-key-goes-here-123", drawn(1770150, 32, "0123456789abcdef"),
                                 "abcdefghijklmnopqrstuvwxyz0123456789", "DEMO_KEY", "${API_KEY}", "<api-key>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
@pytest.mark.parametrize(("filename", "template", "line"), _DOC_FORMS, ids=[f"{row[0]}:{n}" for n, row in enumerate(_DOC_FORMS)])
def test_a_documented_commands_example_key_does_not_block(engine: Engine, filename: str, template: str, line: int, key: str) -> None:
    assert _blocked(engine, filename, template.format(key=key, other="YOUR_IDENTITY")) == []


def test_a_documented_url_without_a_command_or_under_no_keys_name_does_not_block(engine: Engine) -> None:
    text = (f"Open https://feeds.example.com/v1/stations?api_key={_DOC_KEY} in a browser to see the list.\n\n"
            f'```\ncurl "https://feeds.example.com/v1/stations?page_token={_DOC_KEY_2}&cursor={_DOC_KEY}"\n```\n')
    assert _blocked(engine, "docs/feeds.md", text) == []
