"""Blind rounds FW-GB, vendor keys given to SDK calls and headers, and keys public by design: Brevo (Sendinblue) API and
SMTP keys by their own heads wherever they stand; an SDK client given its API key and secret by position as two hex
(Phaxio's); an API token sent as an `Authentication` header (not `Authorization`) in a client's default headers; and the
decoys: a Google Maps key where its platform ships it (the Maps template's `google_maps_api.xml`, the manifest's
`com.google.android.geo.API_KEY`, iOS' `GMSServices.provideAPIKey`, a browser key's name, code loading the Maps
JavaScript API), Shopify's Storefront API public token beside the Buy SDK's global (`ShopifyBuy.buildClient`).
Generated fakes only (seeds 2160000-2169999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import ALNUM, drawn, drawn_mixed

_HEX = "0123456789abcdef"
_BASE64URL = ALNUM + "-_"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _secrets(engine: Engine, filename: str, text: str) -> List[str]:
    return [secret for _, secret in _blocked(engine, filename, text)]


def _reported(engine: Engine, filename: str, text: str) -> List[str]:
    return [finding.secret for finding in engine.scan_text(filename, text)]


def _hex(seed: int, length: int) -> str:
    return drawn_mixed(seed, length, _HEX)


def _brevo(seed: int, head: str = "xkeysib-") -> str:
    return f"{head}{_hex(seed, 64)}-{drawn_mixed(seed + 1, 16)}"


def _google_key(seed: int) -> str:
    return "AIza" + drawn_mixed(seed, 35, _BASE64URL)


def _warned_only(engine: Engine, filename: str, text: str, secret: str) -> bool:
    """The value is reported (a warning), and nothing in the file blocks."""
    return secret in _reported(engine, filename, text) and _blocked(engine, filename, text) == []


# --- Brevo (Sendinblue) keys by their heads -------------------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("functions/welcome.js", "const api = new brevo.TransactionalEmailsApi();\n"
                             "api.setApiKey(brevo.TransactionalEmailsApiApiKeys.apiKey, '{key}');\n"),
    ("src/Newsletter.php", "<?php\n$config = Configuration::getDefaultConfiguration()->setApiKey('api-key', '{key}');\n"),
    ("app/mailer.py", "configuration = sib_api_v3_sdk.Configuration()\nconfiguration.api_key['api-key'] = '{key}'\n"),
    ("scripts/sync.sh", "curl -s https://api.brevo.com/v3/contacts -H 'accept: application/json' -H 'api-key: {key}'\n"),
    ("notes/handover.txt", "the mailing account's key: {key} (rotate after the launch)\n"),
    ("lib/mail.rb", "SibApiV3Sdk.configure do |c|\n  c.api_key['api-key'] = \"{key}\"\nend\n"),
])
def test_brevo_api_key_by_its_head_wherever_it_stands(engine: Engine, filename: str, template: str) -> None:
    key = _brevo(2160000)
    assert key in _secrets(engine, filename, template.format(key=key))


@pytest.mark.parametrize("filename, template", [
    (".env", "MAIL_HOST=smtp-relay.brevo.com\nMAIL_USERNAME=7c2a1f001@smtp-brevo.com\nMAIL_PASSWORD={key}\n"),
    ("config/mail.yml", "smtp:\n  relay: smtp-relay.brevo.com\n  secret: {key}\n"),
    ("deploy/values.txt", "{key}\n"),
])
def test_brevo_smtp_key_by_its_head(engine: Engine, filename: str, template: str) -> None:
    key = _brevo(2160010, "xsmtpsib-")
    assert key in _secrets(engine, filename, template.format(key=key))


def test_brevo_shaped_placeholders_do_not_block(engine: Engine) -> None:
    text = ("const KEY = 'xkeysib-YOUR_BREVO_API_KEY_HERE';\n"
            f"const ZERO = 'xkeysib-{'0' * 64}-{'x' * 16}';\n"
            f"const SHORT = 'xkeysib-{_hex(2160020, 40)}';\n")  # (cut short: no key's shape)
    assert _blocked(engine, "src/brevo.config.template.js", text) == []


# --- an SDK client given its key and secret by position, both hex ------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("fax/send.py", 'from phaxio import PhaxioApi\n\napi = PhaxioApi("{key}", "{secret}")\n'),
    ("fax/send.py", 'from phaxio import PhaxioApi\n\napi = PhaxioApi(\n    "{key}",\n    "{secret}",\n)\n'),
    ("lib/fax.rb", "require 'phaxio'\nclient = Phaxio::Client.new('{key}', '{secret}')\n"),
    ("src/fax.js", "const Phaxio = require('phaxio-official');\nconst phaxio = new Phaxio('{key}', '{secret}');\n"),
    ("src/sms.ts", "import Gateway from 'sms-gateway-sdk';\n\nexport const gateway = new Gateway('{key}', '{secret}');\n"),
    ("jobs/push.py", "client = acme.RestClient('{key}', '{secret}', timeout=10)\n"),
])
def test_client_given_hex_key_and_secret_by_position(engine: Engine, filename: str, template: str) -> None:
    key, secret = _hex(2160100, 40), _hex(2160101, 40)
    assert secret in _secrets(engine, filename, template.format(key=key, secret=secret))


def test_two_digests_given_to_a_revision_class_or_a_function_do_not_block(engine: Engine) -> None:
    base, head = _hex(2160110, 40), _hex(2160111, 40)
    text = f"diff = GitApi('{base}', '{head}')\nchanges = CommitClient('{base}', '{head}')\n"
    assert _blocked(engine, "tools/changelog.py", text) == []
    text = (f"const compare = require('tsscmp');\nconst same = compare('{base}', '{head}');\n"
            f"const digest = require('sha1-digest');\nconst d = digest('{base}', '{head}');\n")
    assert _blocked(engine, "src/verify.js", text) == []


# --- an API token sent as an `Authentication` header ------------------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("bridge/cams.js", 'const cams = axios.create({{\n  baseURL: "https://login.cams.example.net/g",\n'
                       '  headers: {{ Authentication: "{token}" }},\n  timeout: 10000,\n}});\n'),
    ("bridge/cams.js", 'const cams = axios.create({{\n  baseURL: "https://api.cams.example.net",\n  headers: {{\n'
                       '    "Content-Type": "application/json",\n    Authentication: "{token}",\n  }},\n}});\n'),
    ("sync/pull.py", 'r = requests.get(url, headers={{"Authentication": "{token}", "Accept": "application/json"}})\n'),
    ("src/feed.ts", 'const res = await fetch(url, {{ headers: {{ "X-Authentication": "{token}" }} }});\n'),
    ("config/client.yaml", "endpoint: https://api.vendor.example.org/v2\nheaders:\n  authentication: {token}\n"),
])
def test_token_in_an_authentication_header(engine: Engine, filename: str, template: str) -> None:
    token = drawn_mixed(2160200, 32)
    assert token in _secrets(engine, filename, template.format(token=token))


def test_authentication_settings_and_references_do_not_block(engine: Engine) -> None:
    text = ('const api = axios.create({\n  headers: { Authentication: process.env.CAMS_TOKEN },\n});\n'
            'const ldap = { authentication: "AuthenticationMethodSimple", mode: "bind" };\n')
    assert _blocked(engine, "bridge/cams.js", text) == []
    text = "security:\n  authentication: basic\n  authentication_provider: ldap-primary\nheaders:\n  authentication: ${CAMS_TOKEN}\n"
    assert _blocked(engine, "config/app.yaml", text) == []


# --- Google Maps keys where their platform ships them: warnings --------------------------------------------------

@pytest.mark.parametrize("filename, template", [
    ("app/src/main/res/values/google_maps_api.xml",
     '<resources>\n    <!-- restricted to the package and its SHA-1 -->\n'
     '    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">{key}</string>\n</resources>\n'),
    ("app/src/main/AndroidManifest.xml",
     '<application>\n    <meta-data\n        android:name="com.google.android.geo.API_KEY"\n        android:value="{key}" />\n'
     '</application>\n'),
    ("ios/Runner/AppDelegate.swift", 'import GoogleMaps\n\nGMSServices.provideAPIKey("{key}")\n'),
    ("ios/App/AppDelegate.m", '[GMSServices provideAPIKey:@"{key}"];\n'),
    ("web/src/locator.js", 'const MAPS_BROWSER_KEY = "{key}";\n'),
    ("web/src/config.ts", 'export const googleMapsWebKey = "{key}";\n'),
    ("web/.env.production", "NEXT_PUBLIC_GOOGLE_MAPS_API_KEY={key}\n"),
    ("web/src/Map.jsx", 'import {{ useJsApiLoader }} from "@react-google-maps/api";\n\nconst mapsApiKey = "{key}";\n'
                        "export function Map() {{\n  const {{ isLoaded }} = useJsApiLoader({{ googleMapsApiKey: mapsApiKey }});\n}}\n"),
    ("web/js/stores.js", 'var mapsKey = "{key}";\nvar map = new google.maps.Map(document.getElementById("map"), {{ zoom: 12 }});\n'),
])
def test_maps_key_where_its_platform_ships_it_is_a_warning(engine: Engine, filename: str, template: str) -> None:
    key = _google_key(2160300)
    assert _warned_only(engine, filename, template.format(key=key), key)


@pytest.mark.parametrize("filename, template", [
    ("server/geo.py", 'GOOGLE_MAPS_SERVER_KEY = "{key}"\n'),
    ("web/.env", "GOOGLE_MAPS_API_KEY={key}\n"),
    ("api/geocode.js", 'const mapsApiKey = "{key}";\nconst client = new Client({{}});\n'),
    ("web/js/stores.js", 'var GEMINI_KEY = "{key}";\nvar map = new google.maps.Map(el, {{ zoom: 12 }});\n'),
    ("web/src/locator.js", 'const MAPS_BROWSER_SECRET_KEY = "{key}";\n'),
    ("app/src/main/AndroidManifest.xml",
     '<meta-data android:name="com.google.android.geo.API_KEY" android:value="@string/google_maps_key" />\n'
     '<meta-data\n    android:name="com.acme.SYNC_KEY"\n    android:value="{key}" />\n'),
])
def test_google_key_under_a_server_name_or_in_server_code_still_blocks(engine: Engine, filename: str, template: str) -> None:
    key = _google_key(2160310)
    assert key in _secrets(engine, filename, template.format(key=key))


# --- Shopify's Storefront API public token where the file uses the Buy SDK by its global --------------------------

@pytest.mark.parametrize("filename, template", [
    ("theme/assets/buy.js", '(function () {{\n  var client = ShopifyBuy.buildClient({{\n    domain: "shop.myshopify.com",\n'
                            '    storefrontAccessToken: "{token}",\n  }});\n  ShopifyBuy.UI.onReady(client);\n}})();\n'),
    ("pages/journal.html", '<script src="https://sdks.shopifycdn.com/buy-button/latest/buy-button-storefront.min.js"></script>\n'
                           '<script>\n  var STOREFRONT_TOKEN = "{token}";\n</script>\n'),
    ("src/buy.ts", "import ShopifyBuy from '@shopify/buy-button-js';\n\n"
                   "export const client = ShopifyBuy.buildClient({{ domain: 'shop.myshopify.com', storefrontAccessToken: '{token}' }});\n"),
])
def test_storefront_public_token_beside_the_buy_sdk_does_not_block(engine: Engine, filename: str, template: str) -> None:
    token = _hex(2160400, 32)
    assert _blocked(engine, filename, template.format(token=token)) == []


@pytest.mark.parametrize("filename, template", [
    ("server/shop.ts", 'export const SHOPIFY_STOREFRONT_ACCESS_TOKEN = "{token}";\n'),  # (nothing says the browser's)
    ("theme/assets/buy.js", 'var PRIVATE_STOREFRONT_TOKEN = "{token}";\nvar client = ShopifyBuy.buildClient({{}});\n'),
    ("theme/assets/buy.js", 'var SHOPIFY_ADMIN_TOKEN = "{token}";\nvar client = ShopifyBuy.buildClient({{}});\n'),
])
def test_storefront_private_admin_or_unsaid_tokens_still_block(engine: Engine, filename: str, template: str) -> None:
    token = _hex(2160410, 32)
    assert token in _secrets(engine, filename, template.format(token=token))


def test_admin_token_given_to_the_buy_sdk_still_blocks(engine: Engine) -> None:
    token = "shpat_" + _hex(2160420, 32)
    text = f'var client = ShopifyBuy.buildClient({{\n  storefrontAccessToken: "{token}",\n}});\n'
    assert token in _secrets(engine, "theme/assets/buy.js", text)
