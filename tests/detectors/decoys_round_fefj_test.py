"""Blind rounds FE-FJ, keys vendors publish and a request collection's auth: RevenueCat's public app-specific SDK keys
(`appl_`, `goog_`, `amzn_`, `strp_`, `rcb_`) and Worldpay's browser client keys (`L_C_<uuid>`, `T_C_<uuid>`) ship in
apps and pages by design, so they no longer block under any name, while RevenueCat's secret `sk_…` keys and Worldpay's
service keys (`L_S_`, `T_S_`) still do; and a Postman collection's API-key auth sent as the Authorization header with
a vendor's own scheme before the token (`"value": "<SCHEME> <token>"` beside `"key": "Authorization"`) blocks on the
token, as do its bearer and basic auths, wherever the collection is saved. Through the engine."""
from __future__ import annotations

import json
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed, uuid4

_ALNUM = string.ascii_letters + string.digits


def _lines(engine: Engine, filename: str, text: str) -> list:
    return [(line, secret) for line, _, secret in _blocked(engine, filename, text)]


# --- RevenueCat's public SDK keys ---------------------------------------------------------------------------------

_RC_HEADS = ("appl_", "goog_", "amzn_", "strp_", "rcb_", "rcb_sb_")
_RC_PUBLIC = [head + drawn_mixed(1870000 + n, 27) for n, head in enumerate(_RC_HEADS)]
_RC_SECRET = "sk_" + drawn_mixed(1870010, 32)

_PUBLIC_KEY_FORMS = [
    ("App/Purchases.swift", 'enum Keys {\n    static let revenueCatKey = "{key}"\n}\n'),
    ("app/src/main/java/com/club/Billing.kt", 'private const val REVENUECAT_API_KEY = "{key}"\n'),
    ("lib/purchases.dart", "const String apiKey = '{key}';\n"),
    ("src/purchases.ts", 'export const REVENUECAT_KEYS = {\n  apiKey: "{key}",\n};\n'),
    (".env", "REVENUECAT_API_KEY={key}\n"),
    ("config/billing.yaml", "revenuecat:\n  api_key: {key}\n"),
]


@pytest.mark.parametrize("key", _RC_PUBLIC)
@pytest.mark.parametrize(("filename", "template"), _PUBLIC_KEY_FORMS, ids=[row[0] for row in _PUBLIC_KEY_FORMS])
def test_a_revenuecat_public_sdk_key_does_not_block(engine: Engine, filename: str, template: str, key: str) -> None:
    assert _blocked(engine, filename, template.replace("{key}", key)) == []


@pytest.mark.parametrize(("filename", "template"), _PUBLIC_KEY_FORMS, ids=[row[0] for row in _PUBLIC_KEY_FORMS])
def test_a_revenuecat_secret_key_still_blocks(engine: Engine, filename: str, template: str) -> None:
    text = template.replace("{key}", _RC_SECRET)
    assert [secret for _, secret in _lines(engine, filename, text)] == [_RC_SECRET]


def test_a_key_of_another_head_under_the_same_name_still_blocks(engine: Engine) -> None:
    key = "apple_" + drawn_mixed(1870020, 27)  # (not RevenueCat's head: a key of its own)
    assert [secret for _, secret in _lines(engine, ".env", f"REVENUECAT_API_KEY={key}\n")] == [key]


# --- Worldpay's client and service keys ---------------------------------------------------------------------------

_WP_FORMS = [
    ("static/js/checkout.js", 'Worldpay.useTemplateForm({\n  clientKey: "{key}",\n  form: "paymentForm",\n});\n'),
    ("settings.py", 'WORLDPAY_KEY = "{key}"\n'),
    ("config/payments.yml", "worldpay:\n  service_key: {key}\n"),
    ("appsettings.json", '{\n  "Worldpay": {\n    "ApiKey": "{key}"\n  }\n}\n'),
]


@pytest.mark.parametrize("head", ["L_C_", "T_C_"])
@pytest.mark.parametrize(("filename", "template"), _WP_FORMS, ids=[row[0] for row in _WP_FORMS])
def test_a_worldpay_client_key_does_not_block(engine: Engine, filename: str, template: str, head: str) -> None:
    key = head + uuid4(1870030 + len(filename))
    assert _blocked(engine, filename, template.replace("{key}", key)) == []


@pytest.mark.parametrize("head", ["L_S_", "T_S_"])
@pytest.mark.parametrize(("filename", "template"), _WP_FORMS, ids=[row[0] for row in _WP_FORMS])
def test_a_worldpay_service_key_still_blocks(engine: Engine, filename: str, template: str, head: str) -> None:
    key = head + uuid4(1870060 + len(filename))
    text = template.replace("{key}", key).replace("clientKey", "serviceKey")
    assert [secret for _, secret in _lines(engine, filename, text)] == [key]


# --- a Postman collection's auth, read as the header it makes ----------------------------------------------------

_TOKEN = drawn_mixed(1870100, 32)
_TOKEN_2 = drawn_mixed(1870110, 40)
_PASSWORD = "Tundra!" + drawn(1870120, 6, string.ascii_lowercase) + "4821"


def _collection(auth: dict, compact: bool = False) -> str:
    document = {"info": {"name": "Door scripts",
                         "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                "item": [{"name": "List", "request": {"method": "GET", "header": [],
                                                      "url": {"raw": "https://api.example.com/v1/locks"}}}],
                "auth": auth}
    return json.dumps(document, separators=(",", ":")) + "\n" if compact else json.dumps(document, indent=2) + "\n"


def _apikey(value: str, header: str = "Authorization", value_first: bool = True) -> dict:
    items = [{"key": "value", "value": value, "type": "string"}, {"key": "key", "value": header, "type": "string"}]
    return {"type": "apikey", "apikey": (items if value_first else items[::-1]) + [{"key": "in", "value": "header",
                                                                                     "type": "string"}]}


_FILENAMES = ["docs/postman/doors.postman_collection.json", "collections/doors.json", "api/Doors.postman_collection"]


@pytest.mark.parametrize("scheme", ["KISI-LOGIN", "GenieKey", "SSWS", "PARTNER-KEY", "X-Gate"])
@pytest.mark.parametrize("value_first", [True, False])
@pytest.mark.parametrize("filename", _FILENAMES)
def test_a_postman_apikey_auth_with_a_vendor_scheme_on_authorization_blocks(engine: Engine, filename: str,
                                                                            value_first: bool, scheme: str) -> None:
    text = _collection(_apikey(f"{scheme} {_TOKEN}", value_first=value_first))
    assert [secret for _, secret in _lines(engine, filename, text)] == [_TOKEN]


@pytest.mark.parametrize("auth", [
    {"type": "bearer", "bearer": [{"key": "token", "value": _TOKEN_2, "type": "string"}]},
    {"type": "basic", "basic": [{"key": "password", "value": _PASSWORD, "type": "string"},
                                {"key": "username", "value": "front-desk", "type": "string"}]},
    _apikey(_TOKEN_2, header="X-Api-Key"),
    _apikey(f"Token {_TOKEN_2}"),
], ids=["bearer", "basic", "plain-apikey", "token-scheme"])
def test_a_postman_bearer_basic_or_plain_apikey_auth_blocks(engine: Engine, auth: dict) -> None:
    secrets = [secret for _, secret in _lines(engine, _FILENAMES[0], _collection(auth))]
    assert secrets and set(secrets) <= {_TOKEN_2, _PASSWORD}


@pytest.mark.parametrize("value", [
    "KISI-LOGIN {{kisi_token}}",  # a Postman variable
    "PARTNER-KEY YOUR_API_KEY_GOES_HERE",  # a placeholder
    "PARTNER-KEY <your-token>",
    "KISI-LOGIN " + uuid4(1870130).replace("-", "")[:8],  # too short to be a key
    "Basic {{basic_credentials}}",
])
def test_a_postman_apikey_auth_without_a_literal_token_does_not_block(engine: Engine, value: str) -> None:
    assert _blocked(engine, _FILENAMES[0], _collection(_apikey(value))) == []
