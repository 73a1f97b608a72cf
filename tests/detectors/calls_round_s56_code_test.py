"""Forms read after stop 56's blind round (vendors' keys given in code): a builder's default header of a credential's
name (Spring's `WebClient.builder().defaultHeader("X-API-KEY", "…")`); web-push's `setVapidDetails(subject, public,
private)` (the private key); Okta's Java SDK given its API token (`new TokenClientCredentials("00…")`). Each beside the
decoys of its form, through the engine. Every value here is generated (seeds 3880000-3889999)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

LITERAL = "Literal Credential"
SERVICE = "Service API Token"
_URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

_HEADER_KEY = drawn_mixed(3880000, 43)
_HEADER_KEY_2 = drawn_mixed(3880001, 32)
_VAPID_PRIVATE = drawn(3880010, 43, _URL_SAFE)
_VAPID_PRIVATE_2 = drawn(3880011, 43, _URL_SAFE)
_VAPID_PUBLIC = "B" + drawn(3880012, 86, _URL_SAFE)
_OKTA_TOKEN = "00" + drawn_mixed(3880020, 40)
_OKTA_TOKEN_2 = "00" + drawn(3880021, 40, _URL_SAFE)
_APP_ID = drawn(3880030, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ALGOLIA_KEY = drawn(3880031, 32, "0123456789abcdef")
_ALGOLIA_KEY_2 = drawn(3880032, 32, "0123456789abcdef")
_SIGNING_KEY = drawn_mixed(3880040, 64)
_SIGNING_KEY_2 = drawn_mixed(3880041, 48)
_LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789"
_PK_KEY = "pk_live_" + drawn(3880050, 40, _LOWER_DIGITS)
_PK_KEY_2 = "pk_live_" + drawn(3880051, 32, _LOWER_DIGITS)
_STRIPE_PUBLISHABLE = "pk_live_" + drawn_mixed(3880052, 99)
_PAYSTACK_PUBLIC = "pk_live_" + drawn(3880053, 40, "0123456789abcdef")
_BRIDGE_USER = drawn_mixed(3880060, 40)
_BRIDGE_USER_2 = drawn_mixed(3880061, 40)
_GATEWAY_KEY = drawn_mixed(3880063, 32)
_STRIPE_BODY = drawn_mixed(3880070, 24)
_STRIPE_BODY_2 = drawn_mixed(3880071, 24)
_ACCOUNT_KEY = drawn_mixed(3880080, 34)
_ACCOUNT_KEY_2 = drawn_mixed(3880081, 34)


TRUE_FORMS = [
    # --- a builder's default header named for a credential (Spring's WebClient and RestClient)
    ("src/main/java/com/acme/booking/BookingConfig.java", "@Configuration\npublic class BookingConfig {\n    @Bean\n"
     "    WebClient booking() {\n        return WebClient.builder()\n            .baseUrl(\"https://api.example.net\")\n"
     f'            .defaultHeader("X-API-KEY", "{_HEADER_KEY}")\n            .build();\n    }}\n}}\n', 7, _HEADER_KEY, LITERAL),
    ("src/main/kotlin/acme/Client.kt", 'val client = RestClient.builder()\n'
     f'    .defaultHeader("X-Auth-Token", "{_HEADER_KEY_2}")\n    .build()\n', 2, _HEADER_KEY_2, LITERAL),
    # --- web-push's VAPID details: the private key, third (one argument a line, or one line)
    ("apps/portal/src/server/push.ts", 'import webpush from "web-push";\n\nwebpush.setVapidDetails(\n'
     f'  "mailto:ops@example.org",\n  process.env.VAPID_PUBLIC_KEY!,\n  "{_VAPID_PRIVATE}",\n);\n', 6, _VAPID_PRIVATE, LITERAL),
    ("server/notify.js", "const webPush = require('web-push');\n"
     f"webPush.setVapidDetails('mailto:ops@example.org', '{_VAPID_PUBLIC}', '{_VAPID_PRIVATE_2}');\n", 2, _VAPID_PRIVATE_2,
     "Service API Token"),  # (its key beside the public one, read by the service kind too)
    # --- Okta's Java SDK given its API token
    ("src/main/java/com/acme/hr/Provisioner.java", "static ApiClient client() {\n    return Clients.builder()\n"
     '        .setOrgUrl("https://acme.okta.com")\n'
     f'        .setClientCredentials(new TokenClientCredentials("{_OKTA_TOKEN}"))\n        .build();\n}}\n', 4, _OKTA_TOKEN,
     LITERAL),
    ("src/main/kotlin/acme/Okta.kt", f'val credentials = TokenClientCredentials("{_OKTA_TOKEN_2}")\n', 1, _OKTA_TOKEN_2, LITERAL),    # --- Algolia's clients given the application's id, then the admin key (the script writes the index, or says admin)
    ("shop/search/reindex.py", "from algoliasearch.search.client import SearchClientSync\n\n"
     f'client = SearchClientSync("{_APP_ID}", "{_ALGOLIA_KEY}")\n\n\ndef reindex(records):\n'
     '    client.replace_all_objects("products", records)\n', 3, _ALGOLIA_KEY, SERVICE),
    ("src/main/java/acme/Indexer.java", f'SearchClient client = new SearchClient("{_APP_ID}", "{_ALGOLIA_KEY_2}");  // admin key\n',
     1, _ALGOLIA_KEY_2, SERVICE),
    ("lib/Search.php", f"<?php\n$client = SearchClient::create('{_APP_ID}', '{_ALGOLIA_KEY}');\n"
     "$client->initIndex('items')->saveObjects($items);\n", 2, _ALGOLIA_KEY, SERVICE),    # --- a key's call opened at its line's end, the key's string the next line's first argument
    ("src/main/java/acme/auth/TokenService.java", "public class TokenService {\n"
     "    private static final SecretKey KEY = Keys.hmacShaKeyFor(\n"
     f'        "{_SIGNING_KEY}".getBytes(StandardCharsets.UTF_8));\n}}\n', 3, _SIGNING_KEY, LITERAL),
    ("Auth/Tokens.cs", "var key = new SymmetricSecurityKey(\n"
     f'    Encoding.UTF8.GetBytes("{_SIGNING_KEY_2}"));\n', 2, _SIGNING_KEY_2, LITERAL),    # --- a vendor's `pk_live_` key of lower-case letters and digits sent as a Bearer token (no Stripe or Paystack key)
    ("integrations/peek_sync.py", 'HEADERS = {\n'
     f'    "Authorization": "Bearer {_PK_KEY}",\n    "Accept": "application/json",\n}}\n', 2, _PK_KEY, LITERAL),
    ("src/bookings.ts", 'const client = axios.create({\n  baseURL: "https://api.example.com/v1",\n'
     f'  headers: {{ Authorization: "Bearer {_PK_KEY_2}" }},\n}});\n', 3, _PK_KEY_2, LITERAL),    # --- a constant interpolated as the path segment after an API's root (a Hue bridge's user, deCONZ's key)
    ("props/lighting/hue_cues.py", 'import requests\n\nBRIDGE = "http://10.40.4.2"\n'
     f'HUE_USER = "{_BRIDGE_USER}"\n\n\ndef scene(group: int, scene_id: str) -> None:\n'
     '    requests.put(f"{BRIDGE}/api/{HUE_USER}/groups/{group}/action", json={"scene": scene_id}, timeout=2)\n',
     4, _BRIDGE_USER, LITERAL),
    ("src/lights.js", f'const BRIDGE_IP = "192.168.1.20";\nconst USERNAME = "{_BRIDGE_USER_2}";\n'
     'fetch(`http://${BRIDGE_IP}/api/${USERNAME}/lights/3/state`, { method: "PUT", body: "{}" });\n', 2, _BRIDGE_USER_2, LITERAL),
    ("src/main/java/acme/Sensors.java", f'private static final String GATEWAY_USER = "{_GATEWAY_KEY}";\n'
     'String url = "http://" + host + "/api/" + GATEWAY_USER + "/sensors";\n', 1, _GATEWAY_KEY, LITERAL),    # --- PHP's join of literals with no glue (implode, its alias join; a list or array(…), over lines)
    ("wp-content/plugins/club/includes/class-billing.php", "<?php\nclass Club_Billing {\n    private static function key() {\n"
     f"        return implode('', ['sk_live_', '{_STRIPE_BODY}']);\n    }}\n}}\n", 4, "sk_live_" + _STRIPE_BODY, "Stripe Access Key"),
    ("includes/pay.php", f'<?php\n$key = join("", array(\n    "rk_live_",\n    "{_STRIPE_BODY_2}",\n));\n', 2,
     "rk_live_" + _STRIPE_BODY_2, "Stripe Access Key"),    # --- an API key sent in a request's parameters beside its secret, sent as it is (Bookeo's apiKey and secretKey)
    ("sync/bookings.py", 'import os\n\nimport requests\n\n'
     f'API_KEY = "{_ACCOUNT_KEY}"\nSECRET_KEY = os.environ["BOOKINGS_APP_SECRET"]\n\n\ndef bookings():\n    params = {{\n'
     '        "apiKey": API_KEY,\n        "secretKey": SECRET_KEY,\n    }\n'
     '    return requests.get("https://api.example.com/v2/bookings", params=params, timeout=20).json()\n', 5, _ACCOUNT_KEY,
     "Secret Keyword"),
    ("src/bookings.js", f'const API_KEY = "{_ACCOUNT_KEY_2}";\nconst SECRET_KEY = process.env.BOOKINGS_SECRET;\n'
     'axios.get(URL, { params: { apiKey: API_KEY, secretKey: SECRET_KEY } });\n', 1, _ACCOUNT_KEY_2, "Secret Keyword"),
]

DECOYS = [
    # (a client's settings given the key and its secret, which it signs with; the secret signing a request's parameters)
    ("bots/trade.py", f'import ccxt, os\nAPI_KEY = "{_ACCOUNT_KEY}"\nAPI_SECRET = os.environ["EXCHANGE_SECRET"]\n'
     'exchange = ccxt.binance({"apiKey": API_KEY, "secret": API_SECRET})\n'),
    ("bots/sign.py", f'import os\nAPI_KEY = "{_ACCOUNT_KEY_2}"\nAPI_SECRET = os.environ["EXCHANGE_SECRET"]\n'
     'params = {"apiKey": API_KEY, "timestamp": now()}\nparams["signature"] = sign(API_SECRET, params)\n'),
    # (a join with a glue: a list's text; literals that join to no token)
    ("includes/list.php", f"<?php\n$shown = implode(', ', ['sk_live_', '{_STRIPE_BODY}']);\n"
     "$sql = implode('', ['SELECT id, name ', 'FROM members ', 'WHERE active = 1']);\n"),
    # (the user read from the environment; a version or a slug after /api/; a hex id; the constant assigned below its use)
    ("props/lighting/hue_cues.py", 'HUE_USER = os.environ["HUE_USER"]\nVERSION = "version2024releasecandidate"\n'
     f'ORDER_ID = "{drawn(3880065, 40, "0123456789abcdef")}"\n'
     'requests.put(f"{BRIDGE}/api/{HUE_USER}/lights/1/state", json={})\nrequests.get(f"{BASE}/api/{VERSION}/status")\n'
     'requests.get(f"{BASE}/api/{ORDER_ID}/items")\n'),
    # (Stripe's publishable key, letters of both cases, and Paystack's public key, 40 hex: public by design)
    ("web/checkout.js", f'const stripe = Stripe("{_STRIPE_PUBLISHABLE}");\n'
     f'fetch(url, {{ headers: {{ Authorization: "Bearer {_STRIPE_PUBLISHABLE}" }} }});\n'
     f'const paystack = {{ key: "{_PAYSTACK_PUBLIC}" }};\nconst PAYSTACK_KEY = "{_PAYSTACK_PUBLIC}";\n'),
    # (the key's string read from the environment or the configuration on the next line; a stand-in)
    ("src/main/java/acme/auth/TokenService.java", "SecretKey a = Keys.hmacShaKeyFor(\n"
     '    System.getenv("JWT_SECRET").getBytes(StandardCharsets.UTF_8));\nSecretKey b = Keys.hmacShaKeyFor(\n'
     '    properties.getSecret().getBytes(StandardCharsets.UTF_8));\nSecretKey c = Keys.hmacShaKeyFor(\n'
     '    "changeme-changeme-changeme-changeme".getBytes(StandardCharsets.UTF_8));\n'),
    # (a search-only key in a front end's client; Azure's SearchClient given an endpoint; the key from the environment)
    ("shop/search/query.py", "from algoliasearch.search.client import SearchClientSync\n\n"
     f'client = SearchClientSync("{_APP_ID}", "{_ALGOLIA_KEY}")  # search-only key\nhits = client.search_single_index("products", {{}})\n'),
    ("search/azure.py", 'client = SearchClient("https://acme.search.windows.net", "products", AzureKeyCredential(key))\n'
     "client.delete_documents(documents=[])\n"),
    ("shop/search/reindex.py", 'client = SearchClientSync("' + _APP_ID + '", os.environ["ALGOLIA_ADMIN_KEY"])\n'
     'client.replace_all_objects("products", records)\n'),
    # (a default header of no credential; a key read from the configuration or the environment; a stand-in)
    ("src/main/java/com/acme/booking/BookingConfig.java", "return WebClient.builder()\n"
     f'    .defaultHeader("X-API-VERSION", "{_HEADER_KEY}")\n'
     '    .defaultHeader("X-API-KEY", properties.getApiKey())\n    .defaultHeader("X-API-KEY", System.getenv("BOOKING_KEY"))\n'
     '    .defaultHeader("X-API-KEY", "${booking.api-key}")\n    .defaultHeader("X-API-KEY", "your-api-key-here")\n    .build();\n'),
    # (the private key from the environment or a stand-in; the public key alone)
    ("server/push.ts", 'webpush.setVapidDetails("mailto:ops@example.org", process.env.VAPID_PUBLIC_KEY!, process.env.VAPID_PRIVATE_KEY!);\n'
     f'webpush.setVapidDetails("mailto:ops@example.org", "{_VAPID_PUBLIC}", "<your-private-key>");\n'
     f'webpush.setVapidDetails("mailto:ops@example.org", "{_VAPID_PUBLIC}", vapidKeys.privateKey);\n'),
    # (the token from the environment, a property, or a stand-in)
    ("src/main/java/com/acme/hr/Provisioner.java", 'new TokenClientCredentials(System.getenv("OKTA_API_TOKEN"));\n'
     'new TokenClientCredentials(props.getProperty("okta.client.token"));\nnew TokenClientCredentials("{yourApiToken}");\n'
     'new TokenClientCredentials("YOUR_OKTA_API_TOKEN");\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
