"""Blind rounds GC-GH, through the engine: values a form or a vendor says are no secret the file holds (a
structured log's session ids, a vendor key's shape written as an alphabet's run, a replayed request's idempotency key, Authorize.Net's public client key,
Braze's SDK key, a Shopify order's own tokens) and, beside each, the secret of the same place that still blocks.
Generated fakes only (seeds 2290000-2299999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed, uuid4

_HEX = "0123456789abcdef"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- a structured log's session ids ------------------------------------------------------------------

def _record(head: str, members: str) -> str:
    return "{" + head + members + "}\n"


_ZAP_HEAD = '"ts":"2024-06-04T10:11:02.118Z","level":"info","msg":"GET /book/9781407526904","status":200,'
_PINO_HEAD = '"level":30,"time":1717495862118,"pid":41,"hostname":"web-2","msg":"request completed",'
_ECS_HEAD = '"@timestamp":"2024-06-04T10:11:02.118Z","log.level":"info","message":"GET /cart",'
_SERILOG_HEAD = '"@t":"2024-06-04T10:11:02.1180000Z","@mt":"Handled {Path}","Path":"/cart",'


@pytest.mark.parametrize("head", [_ZAP_HEAD, _PINO_HEAD, _ECS_HEAD, _SERILOG_HEAD])
@pytest.mark.parametrize("member", ["session", "sessionId", "sid"])
@pytest.mark.parametrize("filename", ["logs/storefront-2024-06-04.jsonl", "var/log/app/web.log", "logs/api.ndjson"])
def test_a_structured_log_s_session_id_names_the_record_s_session(engine: Engine, head: str, member: str,
                                                                    filename: str) -> None:
    lines = [_record(head, f'"request_id":"{uuid4(2290000 + n)}","trace_id":"{drawn(2290010 + n, 32, _HEX)}",'
                           f'"{member}":"{drawn(2290020 + n, 40, _HEX)}"') for n in range(3)]
    assert _blocked(engine, filename, "".join(lines)) == []
    assert _blocked(engine, filename, lines[0]) == []  # (one record alone: the engine's config re-read too)


def test_a_log_record_written_inside_docker_s_json_file_line(engine: Engine) -> None:
    inner = _PINO_HEAD + f'"sessionId":"{drawn(2290030, 40, _HEX)}"'
    text = ('{"log":"{' + inner.replace('"', '\\"') + '}\\n","stream":"stdout","time":"2024-06-04T10:11:02.118731Z"}\n')
    assert _blocked(engine, "var/lib/docker/containers/4f1c/4f1c-json.log", text) == []


@pytest.mark.parametrize("filename", ["logs/storefront-2024-06-04.jsonl", "var/log/app/web.log"])
def test_a_log_record_s_credentials_still_block(engine: Engine, filename: str) -> None:
    token = drawn_mixed(2290031, 40)
    for members in (f'"authorization":"Bearer {token}"', f'"api_key":"{token}"', f'"password":"{token}"',
                    f'"headers":{{"cookie":"session={token}; theme=dark"}}', f'"session_token":"{token}"'):
        assert _blocked(engine, filename, _record(_ZAP_HEAD, members)) == [(1, token)], members


@pytest.mark.parametrize("text", [
    '{{"player":"kestrel","level":12,"timestamp":1718074803,"session":"{value}"}}\n',
    '{{"user":"kestrel","level":"gold","time":"2024-06-11T02:00:03Z","sessionId":"{value}"}}\n',
    '{{"account":"kestrel","tier":"pro","level":"3","ts":"2024-06-11T02:00:03Z","sid":"{value}"}}\n',
])
def test_a_record_whose_level_is_no_loggers_is_no_log_record(engine: Engine, text: str) -> None:
    # (review rev1: a game's or an account's `level` beside a time read as a logger's, its session passed)
    value = drawn(2400200, 40, _HEX)
    assert _blocked(engine, "tests/fixtures/player_login.json", text.format(value=value)) == [(1, value)]


@pytest.mark.parametrize(("text", "line"), [
    ('{{"session":"{value}"}}\n', 1),
    ('{{\n  "message": "Signed in",\n  "session": "{value}",\n  "expires": "2024-06-04T11:11:02Z"\n}}\n', 3),
    ('{{"message":"Signed in","session":"{value}","timestamp":"2024-06-04T10:11:02Z"}}\n', 1),
    ('{{"sessionid":"{value}","domain":".example.com","path":"/"}}\n', 1),
])
def test_a_session_outside_a_log_record_is_judged_as_before(engine: Engine, text: str, line: int) -> None:
    # (a settings file, a recorded login response: no level, no logger's record)
    value = drawn(2290032, 40, _HEX)
    assert _blocked(engine, "tests/fixtures/login_response.json", text.format(value=value)) == [(line, value)]


# --- a vendor key's shape written as an alphabet's run -------------------------------------------------

_NEWSLETTER_PAGE = ("## Setting up a machine\n1. In Mailchimp: *Profile > Extras > API keys > Create A Key*.\n"
                    "2. Put it in `newsletter/.env` (not committed):\n\n   ```\n   MAILCHIMP_API_KEY={key}\n"
                    "   MAILCHIMP_SERVER=us21\n   ```\n")


@pytest.mark.parametrize("body", ["0123456789abcdef0123456789abcdef", "abcdef0123456789abcdef0123456789",
                                  "fedcba9876543210fedcba9876543210"])
@pytest.mark.parametrize("filename", ["docs/newsletter.md", "newsletter/.env.example", "newsletter/settings.py"])
def test_a_mailchimp_key_s_shape_written_in_order_is_a_placeholder(engine: Engine, body: str, filename: str) -> None:
    text = _NEWSLETTER_PAGE.format(key=body + "-us21") if filename.endswith(".md") else f'MAILCHIMP_API_KEY = "{body}-us21"\n'
    assert _blocked(engine, filename, text) == []


@pytest.mark.parametrize("filename", ["docs/newsletter.md", "newsletter/.env", "newsletter/settings.py"])
def test_a_drawn_mailchimp_key_still_blocks(engine: Engine, filename: str) -> None:
    # (a key drawn whole, and one whose head only counts up)
    for body in (drawn(2290110, 32, _HEX), "0123456789abcdef" + drawn(2290111, 16, _HEX)):
        key = body + "-us21"
        text = _NEWSLETTER_PAGE.format(key=key) if filename.endswith(".md") else f'MAILCHIMP_API_KEY = "{key}"\n'
        assert {secret for _, secret in _blocked(engine, filename, text)} == {key}


# --- a replayed request's idempotency key ----------------------------------------------------------------

_CHECKOUT = ('import uuid\n\nbody = {{\n    "source_id": "cnon:card-nonce-ok",\n    "idempotency_key": str(uuid.uuid4()),\n'
             '    "amount_money": {{"amount": 3500, "currency": "USD"}},\n}}\n'
             '# A replayed request from the incident, kept to show that retries are safe:\n{name} = "{value}"\n')


@pytest.mark.parametrize("name", ["REPLAYED_KEY", "RETRIED_KEY", "replayed_request_key", "lastRetriedKey"])
def test_a_replayed_request_s_key_holding_a_uuid_is_its_idempotency_key(engine: Engine, name: str) -> None:
    assert _blocked(engine, "pos_sync/checkout_demo.py", _CHECKOUT.format(name=name, value=uuid4(2290200))) == []
    assert _blocked(engine, "pos_sync/replay.py", f'{name} = "{uuid4(2290201)}"\n') == []


def test_the_same_names_holding_a_key_and_a_service_s_uuid_key_still_block(engine: Engine) -> None:
    key = drawn_mixed(2290202, 32)
    # (the same name holding a drawn key, not an idempotency key's UUID)
    assert _blocked(engine, "pos_sync/checkout_demo.py", _CHECKOUT.format(name="REPLAYED_KEY", value=key)) == [(9, key)]
    token = uuid4(2290203)
    # (a UUID under a credential's name, or a service's `<X>_KEY`, beside the same idempotency keys: Heroku's API key is one)
    for name in ("REPLAYED_API_KEY", "HEROKU_API_KEY", "HEROKU_KEY", "SQUARE_WEBHOOK_SIGNATURE_KEY", "REPLAYED_SECRET"):
        assert _blocked(engine, "pos_sync/checkout_demo.py", _CHECKOUT.format(name=name, value=token)) == [(9, token)], name


@pytest.mark.parametrize("name", ["RETRYING_LICENSE_KEY", "RETRIES_HEROKU_KEY", "replayedSendgridKey", "RETRIED_VENDOR_KEY"])
def test_a_thing_s_key_beside_a_retry_s_word_still_blocks(engine: Engine, name: str) -> None:
    # (review rev1: the inflection's word anywhere in the name passed a license's or a service's UUID key)
    token = uuid4(2400400)
    assert _blocked(engine, "pos_sync/replay.py", f'{name} = "{token}"\n') == [(1, token)]


# --- Authorize.Net's public client key -------------------------------------------------------------------

_LOGIN_ID = "7Qm4Tz2Lx9"


@pytest.mark.parametrize(("filename", "form"), [
    ("wp-content/plugins/pay/assets/pay.js", 'var authData = {{\n  clientKey: "{key}",\n  apiLoginID: "{login}"\n}};\n'
                                             'Accept.dispatchData({{ authData: authData, cardData: cardData }}, respond);\n'),
    ("static/js/checkout.js", 'const authData = {{}};\nauthData.clientKey = "{key}";\nauthData.apiLoginID = "{login}";\n'),
    ("PayApp/Sources/Pay.swift", 'let request = AcceptSDKRequest()\nrequest.merchantAuthentication.name = "{login}"\n'
                                  'request.merchantAuthentication.clientKey = "{key}"\n'),
    ("config/.env", 'AUTHNET_API_LOGIN_ID={login}\nAUTHNET_PUBLIC_CLIENT_KEY={key}\n'),
    ("config/payments.json", '{{\n  "authorizeNet": {{\n    "apiLoginId": "{login}",\n    "clientKey": "{key}"\n  }}\n}}\n'),
])
def test_authorize_net_s_public_client_key_is_sent_from_the_browser(engine: Engine, filename: str, form: str) -> None:
    for key in (drawn_mixed(2290300, 64), drawn_mixed(2290301, 80)):
        assert _blocked(engine, filename, form.format(key=key, login=_LOGIN_ID)) == []


def test_authorize_net_s_transaction_key_and_another_client_key_still_block(engine: Engine) -> None:
    key, transaction = drawn_mixed(2290302, 64), drawn_mixed(2290303, 16)
    # (the transaction key beside the login id, where a page puts it by mistake, and the server's merchantAuthentication)
    text = f'var authData = {{\n  clientKey: "{key}",\n  apiLoginID: "{_LOGIN_ID}",\n  transactionKey: "{transaction}"\n}};\n'
    assert _blocked(engine, "assets/pay.js", text) == [(4, transaction)]
    text = f'const merchantAuthentication = {{\n  name: "{_LOGIN_ID}",\n  transactionKey: "{transaction}"\n}};\n'
    assert _blocked(engine, "server/charge.js", text) == [(3, transaction)]
    assert _blocked(engine, "config/.env", f"AUTHNET_API_LOGIN_ID={_LOGIN_ID}\nAUTHNET_TRANSACTION_KEY={transaction}\n") == [(2, transaction)]
    # (a client key where no API login id stands: another vendor's, judged as any key)
    assert _blocked(engine, "assets/pay.js", f'var authData = {{\n  clientKey: "{key}"\n}};\n') == [(2, key)]
    # (a client secret beside the login id is no public key)
    assert _blocked(engine, "config/.env", f"API_LOGIN_ID={_LOGIN_ID}\nCLIENT_SECRET={key}\n") == [(2, key)]


# --- Braze's SDK key -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("filename", "form"), [
    ("LoyaltyApp/Sources/AppDelegate.swift",
     'let configuration = Braze.Configuration(apiKey: "{key}", endpoint: "sdk.fra-01.braze.eu")\n'),
    ("LoyaltyApp/Sources/AppDelegate.swift",
     'let configuration = Braze.Configuration(\n    apiKey: "{key}",\n    endpoint: "sdk.iad-05.braze.com"\n)\n'),
    ("app/src/main/java/com/acme/App.kt",
     'val config = BrazeConfig.Builder()\n    .setApiKey("{key}")\n    .setCustomEndpoint("sdk.iad-01.braze.com")\n    .build()\n'),
    ("app/src/main/res/values/braze.xml",
     '<resources>\n  <string translatable="false" name="com_braze_api_key">{key}</string>\n'
     '  <string translatable="false" name="com_braze_custom_endpoint">sdk.iad-01.braze.com</string>\n</resources>\n'),
    ("app.json", '{{\n  "plugins": [\n    ["@braze/expo-plugin", {{\n      "androidApiKey": "{key}",\n'
                 '      "iosApiKey": "{key}",\n      "baseUrl": "sdk.fra-01.braze.eu"\n    }}]\n  ]\n}}\n'),
])
def test_braze_s_sdk_key_ships_in_the_app(engine: Engine, filename: str, form: str) -> None:
    assert _blocked(engine, filename, form.format(key=uuid4(2290400))) == []


def test_braze_s_rest_key_still_blocks(engine: Engine) -> None:
    key = uuid4(2290401)
    # (the REST API key, a UUID too, sent from a server to the REST endpoint)
    assert _blocked(engine, "server/braze.py", f'BRAZE_API_KEY = "{key}"\nBRAZE_URL = "https://rest.fra-01.braze.eu"\n') == [(1, key)]
    text = f'BRAZE_REST_API_KEY="{key}"\nBRAZE_SDK_ENDPOINT="sdk.iad-01.braze.com"\n'
    assert _blocked(engine, "deploy/.env", text) == [(1, key)]
    text = (f'BRAZE_SDK_ENDPOINT=sdk.iad-01.braze.com\nBRAZE_REST_ENDPOINT=https://rest.iad-01.braze.com\n'
            f'BRAZE_API_KEY={key}\n')
    assert _blocked(engine, "deploy/.env", text) == [(3, key)]
    # (a key given the SDK's call with no SDK endpoint named, a drawn key beside it)
    assert _blocked(engine, "App/AppDelegate.swift", f'let c = Braze.Configuration(apiKey: "{key}", endpoint: "rest.iad-01.braze.com")\n') == [
        (1, key)]
    drawn_key = drawn_mixed(2290402, 36)
    assert _blocked(engine, "App/AppDelegate.swift",
                    f'let c = Braze.Configuration(apiKey: "{drawn_key}", endpoint: "sdk.iad-01.braze.com")\n') == [(1, drawn_key)]


@pytest.mark.parametrize(("filename", "template", "line"), [
    ("deploy/.env", "BRAZE_API_KEY={key}\nBRAZE_SDK_ENDPOINT=sdk.iad-01.braze.com\n", 1),
    ("server/settings.py", 'APP_API_KEY = "{key}"\nBRAZE_SDK = "sdk.iad-01.braze.com"\n', 1),
    ("config/braze.yml", "braze:\n  api_key: {key}\n  endpoint: sdk.fra-01.braze.eu\n", 2),
    ("docker-compose.yml", "    environment:\n      BRAZE_API_KEY: {key}\n      BRAZE_ENDPOINT: sdk.iad-01.braze.com\n", 2),
])
def test_a_server_s_braze_key_beside_the_sdk_endpoint_still_blocks(engine: Engine, filename: str, template: str,
                                                                  line: int) -> None:
    # (review rev2: a server's env or settings naming the SDK's endpoint is no app; its key may be the REST key)
    key = uuid4(2410001)
    assert _blocked(engine, filename, template.format(key=key)) == [(line, key)]


def test_braze_s_sdk_key_under_a_public_prefix_or_the_web_sdk_passes(engine: Engine) -> None:
    key = uuid4(2410002)
    assert _blocked(engine, "web/.env", f"NEXT_PUBLIC_BRAZE_API_KEY={key}\nNEXT_PUBLIC_BRAZE_SDK_ENDPOINT=sdk.iad-01.braze.com\n") == []
    assert _blocked(engine, "web/src/braze.js",
                    f'const BRAZE_API_KEY = "{key}";\nbraze.initialize(BRAZE_API_KEY, {{ baseUrl: "sdk.iad-01.braze.com" }});\n') == []


# --- a Shopify order's own tokens ------------------------------------------------------------------------

def _order(members: str, gid: bool = True) -> str:
    return ('{\n  "id": 5821904417209,\n' + ('  "admin_graphql_api_id": "gid://shopify/Order/5821904417209",\n' if gid else '')
            + '  "financial_status": "paid",\n' + members
            + '  "line_items": [{ "id": 14528830914745, "sku": "LUS210", "quantity": 24, "price": "3.89" }]\n}\n')


_CART_ID = "Z2NwLXVzLWVhc3QxOj" + drawn(2290500, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@pytest.mark.parametrize("gid", [True, False])
@pytest.mark.parametrize("filename", ["inventory_sync/tests/fixtures/orders_create.json", "webhooks/samples/order.json"])
def test_a_shopify_order_s_own_tokens_name_the_order(engine: Engine, gid: bool, filename: str) -> None:
    members = (f'  "token": "{drawn(2290501, 32, _HEX)}",\n  "cart_token": "{_CART_ID}",\n'
               f'  "checkout_token": "{drawn(2290502, 32, _HEX)}",\n')
    assert _blocked(engine, filename, _order(members, gid)) == []
    assert _blocked(engine, filename, _order(f'  "cart_token": "{drawn(2290503, 32, _HEX)}",\n', gid)) == []


@pytest.mark.parametrize(("filename", "template", "line"), [
    ("sync/fulfil_orders.py", '# ship paid orders: read order["financial_status"] and order["line_items"]\n'
                              'token = "{token}"\nrequests.get(URL, headers={{"Authorization": f"Bearer {{token}}"}})\n', 2),
    ("sync/settings.py", 'CARRIER = {{"token": "{token}", "url": "https://api.carrier.io"}}\n'
                         '# the order\'s financial_status and line_items say what to ship\n', 1),
    ("config/fulfil.json", '{{\n  "token": "{token}",\n  "mapping": {{"financial_status": "status", "line_items": "items"}}\n}}\n', 2),
])
def test_a_token_in_a_program_reading_orders_still_blocks(engine: Engine, filename: str, template: str, line: int) -> None:
    # (review rev1: the order's words anywhere in the file, a comment's or a subscript's, passed any `token` of 32 hex)
    token = drawn(2400300, 32, _HEX)
    assert _blocked(engine, filename, template.format(token=token)) == [(line, token)]


def test_a_token_of_no_order_and_an_order_file_s_access_token_still_block(engine: Engine) -> None:
    token = drawn(2290504, 32, _HEX)
    # (a `token` where no order stands: a store's settings)
    assert _blocked(engine, "config/shopify.json", f'{{\n  "shop": "acme.myshopify.com",\n  "token": "{token}"\n}}\n') == [(3, token)]
    # (beside the order: an access token, and a `token` that holds no order's id shape)
    assert _blocked(engine, "tests/fixtures/orders_create.json", _order(f'  "access_token": "{token}",\n')) == [(5, token)]
    drawn_token = drawn_mixed(2290505, 38)
    assert _blocked(engine, "tests/fixtures/orders_create.json", _order(f'  "token": "{drawn_token}",\n')) == [(5, drawn_token)]
