"""Blind rounds GV-GZ, through the engine: values a form or a vendor says are no secret the file holds (Shopify's
Storefront API public token in code the browser runs, a push service's device tokens, a `<…>` placeholder written
with its format's fixed parts, a stock "change me" in another language) and, beside each, the secret of the same
place that still blocks. Generated fakes only (seeds 2680000-2689999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed

_HEX = "0123456789abcdef"
_BASE64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "_-"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- Shopify's Storefront API public token in code the browser runs ----------------------------------------------

def _config(opener: str, name: str, token: str) -> str:
    return (f"{opener} {{\n  mapStyle: \"mapbox://styles/acme/basic\",\n  {name}: \"{token}\",\n"
            "  shopDomain: \"acme-goods.myshopify.com\",\n} as const;\n")


@pytest.mark.parametrize(("filename", "opener"), [
    ("src/client/config.ts", "export const appConfig ="),
    ("frontend/src/shop.js", "const settings ="),
    ("web/public/js/shop.js", "var shop ="),
    ("src/config.ts", "export const publicConfig ="),
    ("src/settings.ts", "export const BROWSER_CONFIG ="),
    ("app/config.js", "export const clientConfig ="),
    ("app/env.ts", "export const publicEnv ="),
])
@pytest.mark.parametrize("name", ["shopifyStorefrontToken", "storefrontAccessToken", "STOREFRONT_TOKEN"])
def test_a_storefront_token_in_code_the_browser_runs_is_the_public_one(engine: Engine, filename: str, opener: str,
                                                                     name: str) -> None:
    assert _blocked(engine, filename, _config(opener, name, drawn(2680000, 32, _HEX))) == []


@pytest.mark.parametrize(("filename", "opener", "name"), [
    ("src/config.ts", "export const config =", "shopifyStorefrontToken"),  # (no browser's object or directory)
    ("src/server/config.ts", "export const serverConfig =", "storefrontAccessToken"),
    ("app/config.js", "export const client =", "storefrontToken"),  # (an API client's settings)
    ("src/client/config.ts", "export const publicConfig =", "storefrontPrivateToken"),
    ("src/client/config.ts", "export const publicConfig =", "shopifyAdminToken"),
    ("src/client/config.ts", "export const publicConfig =", "apiToken"),
    ("server/config.py", "PUBLIC_CONFIG =", "storefront_token"),  # (no browser code)
])
def test_a_storefront_token_outside_browser_code_or_named_private_still_blocks(engine: Engine, filename: str,
                                                                               opener: str, name: str) -> None:
    token = drawn(2680001, 32, _HEX)
    assert _blocked(engine, filename, _config(opener, name, token)) == [(3, token)]


def test_an_admin_token_in_browser_code_still_blocks(engine: Engine) -> None:
    token = "shpat_" + drawn(2680002, 32, _HEX)
    assert [found[0] for found in _blocked(engine, "src/client/config.ts",
                                           _config("export const publicConfig =", "shopifyStorefrontToken", token))] == [3]


# --- a push service's device tokens ------------------------------------------------------------------------------

def _registration_token(seed: int) -> str:
    return drawn(seed, 22, _BASE64URL) + ":APA91b" + drawn(seed + 1, 134, _BASE64URL)


def _devices(seed: int) -> str:
    return ('{\n  "devices": [\n    {\n      "customer_id": 1204,\n      "platform": "ios",\n'
            f'      "apns_token": "{drawn(seed, 64, _HEX)}"\n    }},\n'
            '    {\n      "customer_id": 1207,\n      "platform": "android",\n'
            f'      "fcm_token": "{_registration_token(seed + 10)}"\n    }}\n  ]\n}}\n')


@pytest.mark.parametrize("text", [
    _devices(2680010),
    f'DEVICE = {{"platform": "ios", "device_token": "{drawn(2680020, 64, _HEX)}"}}\n',
    f'DEVICE = {{"platform": "ios", "push_token": "{drawn(2680021, 64, _HEX).upper()}"}}\n',
    f'push_token = "{_registration_token(2680022)}"\n',
    f'gcm_registration_token = "{_registration_token(2680024)}"\n',
    f'apnsDeviceToken = "{drawn(2680026, 64, _HEX)}"\n',
])
def test_a_push_service_s_device_token_addresses_one_install(engine: Engine, text: str) -> None:
    assert _blocked(engine, "tests/fixtures/push_devices.py", text) == []


@pytest.mark.parametrize(("name", "value"), [
    ("device_token", drawn(2680030, 64, _HEX)),  # (no iOS platform beside it: an IoT platform's device token)
    ("device_token", drawn(2680031, 40, _HEX)),
    ("apns_token", drawn(2680032, 40, _HEX)),  # (no APNs shape)
    ("fcm_server_token", _registration_token(2680033)),  # (a server's)
    ("push_api_token", drawn_mixed(2680035, 40)),
])
def test_a_device_s_or_a_push_service_s_credential_still_blocks(engine: Engine, name: str, value: str) -> None:
    assert _blocked(engine, "config/push.json", f'{{\n  "{name}": "{value}"\n}}\n') == [(2, value)]


@pytest.mark.parametrize("text", [
    'IOS_API_TOKEN = "{value}"\n',  # (an iOS app's token for an API, no device's address)
    'ios_auth_token = "{value}"\n',
    'IOS_BUILD_TOKEN = "{value}"\n',
    'APNS_AUTH_TOKEN = "{value}"\n',
    'PUSH_API_TOKEN = "{value}"\nplatform = "ios"\n',  # (a push service's API token beside an iOS record)
    'voip_access_token = "{value}"\n',
])
def test_a_credential_named_beside_a_push_service_s_word_still_blocks(engine: Engine, text: str) -> None:
    value = drawn(2710010, 64, _HEX)
    assert _blocked(engine, "app/config.py", text.replace("{value}", value)) == [(1, value)]


def test_an_fcm_server_key_under_a_device_token_s_name_still_blocks(engine: Engine) -> None:
    key = "AAAA" + drawn(2680036, 7, _BASE64URL) + ":APA91b" + drawn(2680037, 134, _BASE64URL)
    assert [found[0] for found in _blocked(engine, "config/push.json", f'{{\n  "fcm_token": "{key}"\n}}\n')] == [2]


# --- a `<…>` placeholder written with its format's fixed parts ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "MAILCHIMP_API_KEY=<mailchimp-key>-us21",
    "MAILCHIMP_API_KEY=<API_KEY>-us6",
    "STRIPE_SECRET_KEY=sk_live_<secret key>",
    "SLACK_BOT_TOKEN=xoxb-<bot-token>",
    "UPSTREAM_AUTHORIZATION=Bearer <Access Token>",
    "SMTP_CREDENTIALS=<user>:<password>",
])
def test_a_placeholder_in_its_format_s_parts_is_no_key(engine: Engine, line: str) -> None:
    assert _blocked(engine, "booking/.env.example", line + "\n") == []
    assert _blocked(engine, "booking/.env", line + "\n") == []


@pytest.mark.parametrize("value", [
    "<" + drawn(2680040, 32, _HEX) + ">-us21",  # (a drawn value in the brackets)
    "<mailchimp-key>-" + drawn_mixed(2680041, 32),  # (a drawn tail)
    drawn_mixed(2680042, 6) + "<vxQ>" + drawn_mixed(2680043, 8),  # (a password holding brackets)
    "<mailchimp-key>-" + drawn_mixed(2710020, 24),  # (a drawn tail within the tail's length)
    "<Qm>-" + drawn_mixed(2710021, 16),
    "admin:<Secret>@" + drawn_mixed(2710022, 19),  # (a drawn value after a pair's joint)
    "<Sunny>.Beach." + drawn(2710023, 7, string.digits),  # (a chosen password in brackets and words)
])
def test_a_drawn_value_with_brackets_still_blocks(engine: Engine, value: str) -> None:
    assert _blocked(engine, "booking/.env", f"SERVICE_API_KEY={value}\n") == [(1, value)]


# --- a stock "change me" in another language ---------------------------------------------------------------------

@pytest.mark.parametrize("value", ["cambiami", "Cambiami", "cámbiame", "mude-me", "changez-moi", "ändere-mich",
                                   "wijzig_mij", "zmień-mnie", "değiştir-beni", "измени-меня"])
@pytest.mark.parametrize("filename", [".env.esempio", ".env"])
def test_a_stock_change_me_in_another_language_is_a_placeholder(engine: Engine, value: str, filename: str) -> None:
    assert _blocked(engine, filename, f"DB_HOST=localhost\nDB_PASSWORD={value}\n") == []


@pytest.mark.parametrize("value", ["cambiami-" + drawn_mixed(2680050, 8), "Cambiami#Forno2291", "mudemeuporto47"])
def test_a_password_holding_the_words_still_blocks(engine: Engine, value: str) -> None:
    assert _blocked(engine, ".env", f"DB_HOST=db.internal\nDB_PASSWORD={value}\n") == [(2, value)]
