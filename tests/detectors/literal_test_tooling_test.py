"""Forms read after blind round BF (kinds/_test_tooling.py, and a session cookie in kinds/_proxy_and_sessions.py):
Postman's apikey auth value and long variables, REST Client's raw Basic header, JMeter's header and argument
properties, JSON written inside a JSON string, WebdriverIO's cloud grid key, a cassette's recorded credential
header, Robot Framework's login list, a storageState's session cookie, and a documentation table of accounts
(a warning, a block where the row calls the account a shared one). Each beside the decoys of its format: a
variable, a tool's function, a filtered value, a name for no credential. Every value here is generated."""
from __future__ import annotations

from typing import List

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
_LONG = "Hc4Tq9Lm2Zp7Kx3Vb8Nd1Rf6Js0Gy5We" * 17  # (544 characters: past what the generic reading takes)

TRUE_FORMS = [
    ("api/partners.postman_collection.json",
     '{\n  "auth": {\n    "type": "apikey",\n    "apikey": [\n'
     '      {"key": "value", "value": "Zt5Kq8Wm2Lx7Vn3Rb9Hc4Jd6Fs1Ga0Pe", "type": "string"},\n'
     '      {"key": "in", "value": "header", "type": "string"}\n    ]\n  }\n}\n', 5, "Zt5Kq8Wm2Lx7Vn3Rb9Hc4Jd6Fs1Ga0Pe"),
    ("collections/legacy.json",
     '"apikey": [\n  {\n    "type": "string",\n    "value": "Mx4Rt8Zq2Lp7Wk3Vb9Nc6Hd1Js5Fg0Ty",\n    "key": "value"\n  }\n]\n',
     4, "Mx4Rt8Zq2Lp7Wk3Vb9Nc6Hd1Js5Fg0Ty"),
    ("postman/prod.postman_environment.json",
     '{\n  "values": [\n    { "key": "bearerToken", "value": "' + _LONG + '", "enabled": true }\n  ]\n}\n', 3, _LONG),
    ("requests/ops.http", "### jobs\nPOST {{host}}/admin/jobs/run\nAuthorization: Basic ops_runner Garnet*Heron5528\n", 3,
     "Garnet*Heron5528"),
    ("perf/catalog.jmx",
     '<elementProp name="" elementType="Header">\n  <stringProp name="Header.name">Authorization</stringProp>\n'
     '  <stringProp name="Header.value">Bearer Wq3Lz7Kt2Vm9Xn4Rb8Pc6Hd1Jf5Gs0Ak</stringProp>\n</elementProp>\n', 3,
     "Wq3Lz7Kt2Vm9Xn4Rb8Pc6Hd1Jf5Gs0Ak"),
    ("perf/catalog.jmx",
     '<elementProp name="" elementType="Header">\n  <stringProp name="Header.name">X-Api-Key</stringProp>\n'
     '  <stringProp name="Header.value">Rb8Pc6Hd1Jf5Gs0AkWq3Lz7Kt2Vm9Xn4</stringProp>\n</elementProp>\n', 3,
     "Rb8Pc6Hd1Jf5Gs0AkWq3Lz7Kt2Vm9Xn4"),
    ("e2e/.auth/sso.json",
     '{"origins": [{"localStorage": [{"name": "@@auth0spajs@@::app", '
     '"value": "{\\"body\\":{\\"refresh_token\\":\\"v1.Qm7Zt2Lx9Kp4Vn8Rb3Hd6Jz1Fs5Gc0Ae2Yu7Qi\\"}}"}]}]}\n', 1,
     "v1.Qm7Zt2Lx9Kp4Vn8Rb3Hd6Jz1Fs5Gc0Ae2Yu7Qi"),
    ("wdio.lambdatest.conf.js",
     "exports.config = {\n  user: 'qa.bot',\n  key: 'Lp7Wk3Vb9Nc6Hd1Js5Fg',\n  hostname: 'hub.lambdatest.com',\n};\n", 3,
     "Lp7Wk3Vb9Nc6Hd1Js5Fg"),
    ("tests/cassettes/test_quotes.yaml",
     "interactions:\n- request:\n    headers:\n      X-Auth-Token:\n      - Kx3Vb8Nd1Rf6Js0Gy5WeHc4Tq9Lm2Zp7\n    method: GET\n", 5,
     "Kx3Vb8Nd1Rf6Js0Gy5WeHc4Tq9Lm2Zp7"),
    ("tests/api/orders.robot", "*** Variables ***\n@{CREDENTIALS}    svc_orders    Quill*Marten3391\n", 2, "Quill*Marten3391"),
    ("tests/.auth/user.json",
     '{\n  "cookies": [\n    {\n      "name": "_depot_session",\n'
     '      "value": "Xw4Tq9Lm2Zp7Kc3Vb8Nd1Hf6Js0Gy5Re--9b3d7a6c4f2a8c1e",\n'
     '      "domain": "depot.staging.acme.test",\n      "path": "/"\n    }\n  ]\n}\n', 5,
     "Xw4Tq9Lm2Zp7Kc3Vb8Nd1Hf6Js0Gy5Re--9b3d7a6c4f2a8c1e"),
    ("docs/qa/accounts.md",
     "| Role | User | Password | Notes |\n|---|---|---|---|\n| Ops | ops@acme.test | `Autumn2021#` | shared, do not change |\n", 3,
     "Autumn2021#"),
    ("tests/cassettes/list_servers.json",
     '{\n  "request": {\n    "headers": {\n      "X-Auth-Token": [\n        "Harbor-Quill-7731-Tern"\n      ]\n    }\n  }\n}\n',
     5, "Harbor-Quill-7731-Tern"),
    ("fixtures/cassettes/quotes.json",
     '    "headers": {\n      "X-Api-Key": ["Vq3Lm8Zt2Xw7Kp4Rn9Hb6Jc1"],\n      "Accept": ["*/*"]\n    },\n', 2, "Vq3Lm8Zt2Xw7Kp4Rn9Hb6Jc1"),
]

DECOYS = [
    ("api/p.postman_collection.json",
     '"auth": {\n  "type": "apikey",\n  "apikey": [\n    {"key": "value", "value": "{{partnerKey}}", "type": "string"}\n  ]\n}\n'),
    ("api/collection.json", '"query": [\n  {"key": "value", "value": "Zt5Kq8Wm2Lx7Vn3Rb9Hc4Jd6Fs1Ga0Pe"}\n]\n'),
    ("docs/examples.http", "GET {{host}}/me\nAuthorization: Basic username password\nAuthorization: Basic {{user}} {{pass}}\n"),
    ("plan.jmx", '<stringProp name="Header.name">Authorization</stringProp>\n'
                 '<stringProp name="Header.value">Bearer ${__P(api.token,)}</stringProp>\n'),
    ("tests/cassette.json", '{"value": "{\\"access_token\\":\\"FILTERED\\",\\"refresh_token\\":\\"REDACTED\\"}"}\n'),
    ("wdio.sauce.conf.ts", "export const config = {\n  user: process.env.SAUCE_USERNAME,\n  key: process.env.SAUCE_ACCESS_KEY,\n"
                           "  services: ['sauce'],\n};\n"),
    ("src/cache.js", "const entry = {\n  user: 'anonymous',\n  key: 'products-list-v2-en',\n};\n"),
    ("tests/cassettes/test_ship.yaml", "    headers:\n      X-Api-Key:\n      - DUMMY\n      Api-Key:\n      - \"<SHIP_API_KEY>\"\n"),
    ("resources/common.robot", "*** Variables ***\n@{AUTH}    %{ROBOT_USER}    %{ROBOT_PASSWORD}\n@{LOCALES}    en-GB    de-DE\n"),
    ("tests/.auth/guest.json",
     '{\n  "cookies": [\n    {\n      "name": "csrf_session",\n      "value": "Xw4Tq9Lm2Zp7Kc3Vb8Nd1Hf6Js0Gy5Re",\n'
     '      "domain": "depot.acme.test",\n      "path": "/"\n    }\n  ]\n}\n'),
    ("tests/cassettes/list_servers.json",
     '{\n  "headers": {\n    "X-Auth-Token": [\n      "<AUTH_TOKEN>"\n    ],\n    "X-Api-Key": ["FILTERED"]\n  }\n}\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_documented_account_table_warns_unless_its_row_says_shared(engine: Engine) -> None:
    text = "| Role | User | Password |\n|---|---|---|\n| Ops | ops@acme.test | `Autumn2021#` |\n"
    warned: List[str] = [finding.secret for finding in engine.scan_text("docs/qa/accounts.md", text)]
    assert "Autumn2021#" in warned
    assert _blocked(engine, "docs/qa/accounts.md", text) == []
