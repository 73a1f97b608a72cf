"""Blind set BY: restaurants, hospitality and food delivery.

The teams that run restaurant groups, hotels and delivery kitchens, and the apps around them:
restaurant POS (Toast, Square for Restaurants, Clover, Lightspeed, Revel), payments (Stripe,
Adyen, Braintree, Heartland), reservations (OpenTable, Resy, SevenRooms), delivery platforms and
aggregators (DoorDash Drive, Uber Eats, Grubhub, Deliverect, Otter, Olo), online ordering sites
(WordPress/WooCommerce, Laravel, Django, Node), hotel property-management systems (Opera Cloud
through OHIP, Mews, Cloudbeds, Apaleo), channel managers (SiteMinder, Booking.com, Expedia),
guest Wi-Fi portals (FreeRADIUS, hostapd, UniFi, Meraki, MikroTik, Cisco), loyalty programs
(Punchh, Paytronix, Thanx, Givex), kitchen display systems, inventory and supplier ordering
(MarketMan, Restaurant365, Sysco, US Foods, BlueCart), and the scripts, CI and deploy configs
(.env, YAML, JSON, TOML, INI, XML, .properties, HCL, nginx, Apache, systemd, crontab, Docker,
Kubernetes, Helm, Ansible, notebooks, SQL, docs) that carry them, with their decoys.

Generated fakes only (seeds 700000-709999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
UPPER_DIGITS = string.ascii_uppercase + string.digits
_SEED = [700000]


def _seed() -> int:
    _SEED[0] += 7
    assert 700000 <= _SEED[0] < 710000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


FOOD = ["Brisket", "Saffron", "Tamale", "Gnocchi", "Paprika", "Burrata", "Chorizo", "Wasabi", "Pesto",
        "Biscotti", "Ramen", "Churro", "Mojito", "Fennel", "Truffle", "Sriracha", "Pretzel", "Cannoli"]
VENUES = ["BlueFork", "Osteria", "Harborview", "Trattoria", "Smokehouse", "Taqueria", "Brasserie",
          "Lakeside", "GrandHotel", "Seaside", "Cantina", "Bistro", "Pierhouse", "Bodega"]
LOWER = ["basil", "lemon", "oyster", "waffle", "crouton", "ginger", "pickle", "nutmeg", "lobster",
         "radish", "mango", "sorbet", "pepper", "walnut", "clove", "barley"]


def food_pw() -> str:
    r = _rng()
    return r.choice(FOOD) + r.choice("!#$%@*&") + r.choice(FOOD) + str(r.randint(10, 9999))


def venue_pw() -> str:
    r = _rng()
    return r.choice(VENUES) + str(r.randint(2015, 2025)) + r.choice("!#$@*")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int, upper: bool = False) -> str:
    value = fakes.drawn(_seed(), n, HEX)
    return value.upper() if upper else value


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_bytes(n: int) -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def jwt(payload: dict, alg: str = "HS256") -> str:
    def part(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    sig = b64url_bytes(32 if alg.startswith("HS") else 256)
    return part({"alg": alg, "typ": "JWT"}) + "." + part(payload) + "." + sig


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_body() -> str:
    r = _rng()
    lines = ["MII" + "".join(r.choice(ALNUM + "+/") for _ in range(61))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(30)) + "==")
    return "\n".join(lines)


def pubkey_body() -> str:
    r = _rng()
    lines = ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(ALNUM + "+/") for _ in range(20))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(4)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(26)) + "IDAQAB")
    return "\n".join(lines)


# Vendor shapes (from the vendors' documentation and the examples they publish).
def square_token() -> str:
    return "EAAA" + draw(60, B64URL)


def square_app_secret() -> str:
    return "sq0csp-" + draw(43, B64URL)


def square_app_id() -> str:
    return "sq0idp-" + draw(22, B64URL)


def stripe(kind: str = "sk_live_", length: int = 99) -> str:
    return fakes.fake(kind, length, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_DIGITS) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_DIGITS) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mews_token() -> str:
    return hexs(32, upper=True) + "-" + hexs(31, upper=True)


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    """Append one case: the template is dedented, and each <<name>> is replaced by its value."""
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        marker = "<<" + key + ">>"
        assert marker in text, (file_name, key)
        text = text.replace(marker, value)
    assert not re.search(r"<<[a-z0-9_]+>>", text), file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# --------------------------------------------------------------------------- POS: Toast
TOAST_SRC = "Toast developer guide: authentication and API access (doc.toasttab.com/doc/devguide/authentication.html)"

v = draw(64, B64URL)
add("blind-by/env/toast-client-secret", "services/toast-sync/.env", r"""
    # Toast Standard API access - credentials issued in Toast Web > Integrations > Standard API access
    TOAST_API_HOSTNAME=https://ws-api.toasttab.com
    TOAST_CLIENT_ID=<<cid>>
    TOAST_CLIENT_SECRET=<<sec>>
    TOAST_USER_ACCESS_TYPE=TOAST_MACHINE_CLIENT
    # Management group and the three locations we sync
    TOAST_MANAGEMENT_GROUP_GUID=<<g1>>
    TOAST_RESTAURANT_GUIDS=<<g2>>,<<g3>>
    SYNC_INTERVAL_MINUTES=15
    LOG_LEVEL=info
    """, v, TOAST_SRC, cid=draw(32), sec=v, g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

v = draw(64, B64URL)
add("blind-by/python/toast-client-secret", "toast_sync/auth.py", r"""
    \"\"\"Login to the Toast API and cache the bearer token until it expires.\"\"\"
    import time

    import requests

    TOAST_HOST = "https://ws-api.toasttab.com"
    CLIENT_ID = "<<cid>>"
    # TODO move to SSM before the Brooklyn opening
    CLIENT_SECRET = (
        "<<s1>>"
        "<<s2>>"
    )

    _cache = {"token": None, "expires": 0}


    def access_token() -> str:
        if _cache["token"] and _cache["expires"] > time.time() + 60:
            return _cache["token"]
        resp = requests.post(
            f"{TOAST_HOST}/authentication/v1/authentication/login",
            json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET,
                  "userAccessType": "TOAST_MACHINE_CLIENT"},
            timeout=20,
        )
        resp.raise_for_status()
        token = resp.json()["token"]
        _cache["token"] = token["accessToken"]
        _cache["expires"] = time.time() + token["expiresIn"]
        return _cache["token"]
    """.replace("\\\"", "\""), v, TOAST_SRC, cid=draw(32), s1=v[:32], s2=v[32:])

v = draw(64, B64URL)
add("blind-by/yaml/toast-client-secret", "config/settings.prod.yaml", r"""
    app:
      name: menu-publisher
      environment: production
    toast:
      host: https://ws-api.toasttab.com
      client_id: <<cid>>
      client_secret: "<<sec>>"
      user_access_type: TOAST_MACHINE_CLIENT
      restaurants:
        - name: Midtown
          guid: <<g1>>
        - name: Williamsburg
          guid: <<g2>>
    menus:
      publish_to: [website, google, doordash]
      refresh_cron: "*/10 * * * *"
    """, v, TOAST_SRC, cid=draw(32), sec=v, g1=uuid_s(), g2=uuid_s())

v = draw(64, B64URL)
add("blind-by/k8s-secret/toast-client-secret", "deploy/k8s/toast-credentials.yaml", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: toast-credentials
      namespace: pos-integrations
      labels:
        app.kubernetes.io/name: toast-sync
    type: Opaque
    data:
      TOAST_CLIENT_ID: <<cid>>
      TOAST_CLIENT_SECRET: <<sec>>
      TOAST_USER_ACCESS_TYPE: <<uat>>
    """, v, "Kubernetes docs: Secrets, data field base64 (kubernetes.io/docs/concepts/configuration/secret/)",
    cid=b64(draw(32)), sec=b64(v), uat=b64("TOAST_MACHINE_CLIENT"))

v = hexs(64)
add("blind-by/php/toast-webhook-secret", "app/Http/Controllers/ToastWebhookController.php", r"""
    <?php

    namespace App\Http\Controllers;

    use Illuminate\Http\Request;
    use Illuminate\Support\Facades\Log;

    class ToastWebhookController extends Controller
    {
        // Secret shown once in Toast Web when the webhook subscription was created
        private const WEBHOOK_SECRET = '<<sec>>';

        public function handle(Request $request)
        {
            $signature = $request->header('Toast-Signature');
            $expected = base64_encode(hash_hmac('sha256', $request->getContent(), self::WEBHOOK_SECRET, true));
            if (!hash_equals($expected, (string) $signature)) {
                Log::warning('toast webhook signature mismatch');
                abort(401);
            }
            $event = $request->json('eventCategory');
            dispatch(new \App\Jobs\ProcessToastEvent($event, $request->json()->all()));
            return response()->noContent();
        }
    }
    """, v, "Toast developer guide: webhooks, message signatures (doc.toasttab.com/doc/devguide/apiWebhookSignatures.html)",
    sec=v)

add("blind-by/env/decoy-placeholder", "services/toast-sync/.env.example", r"""
    # Copy to .env and fill in from Toast Web > Integrations > Standard API access
    TOAST_API_HOSTNAME=https://ws-sandbox-api.eng.toasttab.com
    TOAST_CLIENT_ID=<your-client-id>
    TOAST_CLIENT_SECRET=<your-client-secret>
    TOAST_USER_ACCESS_TYPE=TOAST_MACHINE_CLIENT
    TOAST_MANAGEMENT_GROUP_GUID=00000000-0000-0000-0000-000000000000
    TOAST_RESTAURANT_GUIDS=
    SYNC_INTERVAL_MINUTES=15
    LOG_LEVEL=debug
    """, None, TOAST_SRC)

add("blind-by/yaml/decoy-public-id", "config/locations.yaml", r"""
    # Toast restaurant GUIDs are identifiers, not credentials: they are sent in the
    # Toast-Restaurant-External-ID header next to the bearer token.
    locations:
      - slug: midtown
        toast_restaurant_guid: <<g1>>
        square_location_id: L<<l1>>
        timezone: America/New_York
      - slug: williamsburg
        toast_restaurant_guid: <<g2>>
        square_location_id: L<<l2>>
        timezone: America/New_York
      - slug: jersey-city
        toast_restaurant_guid: <<g3>>
        square_location_id: L<<l3>>
        timezone: America/New_York
    """, None, "Toast developer guide: restaurant external ID header (doc.toasttab.com/doc/devguide/apiRestaurantGuid.html)",
    g1=uuid_s(), g2=uuid_s(), g3=uuid_s(), l1=draw(12, UPPER_DIGITS), l2=draw(12, UPPER_DIGITS), l3=draw(12, UPPER_DIGITS))

add("blind-by/python/decoy-env-reference", "toast_sync/settings.py", r"""
    import os

    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_prefix="TOAST_", env_file=".env")

        api_hostname: str = "https://ws-api.toasttab.com"
        client_id: str
        client_secret: str
        user_access_type: str = "TOAST_MACHINE_CLIENT"
        restaurant_guids: list[str] = []


    settings = Settings()
    DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/toast_sync_dev")
    SENTRY_DSN = os.getenv("SENTRY_DSN", "")
    """, None, "pydantic-settings docs: settings management (docs.pydantic.dev/latest/concepts/pydantic_settings/)")

# --------------------------------------------------------------------------- POS: Square
SQUARE_SRC = "Square developer docs: access tokens and the Square Node SDK (developer.squareup.com/docs/build-basics/access-tokens)"

v = square_token()
add("blind-by/javascript/square-access-token", "server/square.js", r"""
    const { Client, Environment } = require('square');

    // production token for the Harborview locations (Dashboard > Apps > Credentials)
    const client = new Client({
      accessToken: '<<tok>>',
      environment: Environment.Production,
      userAgentDetail: 'harborview-online-ordering',
    });

    async function listOpenOrders(locationId) {
      const { result } = await client.ordersApi.searchOrders({
        locationIds: [locationId],
        query: { filter: { stateFilter: { states: ['OPEN'] } } },
      });
      return result.orders || [];
    }

    module.exports = { client, listOpenOrders };
    """, v, SQUARE_SRC, tok=v)


v = square_app_secret()
add("blind-by/toml/square-oauth-secret", "config/square.toml", r"""
    # Square OAuth for the multi-tenant ordering app (sellers connect their account)
    [square]
    environment = "production"
    application_id = "<<app>>"
    application_secret = "<<sec>>"
    redirect_uri = "https://order.tablebird.app/oauth/square/callback"
    scopes = ["ORDERS_READ", "ORDERS_WRITE", "ITEMS_READ", "MERCHANT_PROFILE_READ", "PAYMENTS_WRITE"]

    [square.webhooks]
    notification_url = "https://order.tablebird.app/webhooks/square"
    """, v, "Square developer docs: OAuth API, application secret (developer.squareup.com/docs/oauth-api/overview)",
    app=square_app_id(), sec=v)

v = draw(22, B64URL)
add("blind-by/python/square-webhook-signature-key", "ordering/webhooks/square.py", r"""
    import base64
    import hashlib
    import hmac

    from flask import Blueprint, abort, request

    bp = Blueprint("square_webhooks", __name__)

    NOTIFICATION_URL = "https://order.bluefork.nyc/webhooks/square"
    SIGNATURE_KEY = "<<key>>"  # Developer Dashboard > Webhooks > Subscriptions


    def _valid(body: bytes, signature: str) -> bool:
        digest = hmac.new(SIGNATURE_KEY.encode(), NOTIFICATION_URL.encode() + body, hashlib.sha256).digest()
        return hmac.compare_digest(base64.b64encode(digest).decode(), signature or "")


    @bp.post("/webhooks/square")
    def square_event():
        if not _valid(request.get_data(), request.headers.get("x-square-hmacsha256-signature")):
            abort(403)
        event = request.get_json()
        if event["type"] == "order.updated":
            pass  # hand off to the KDS bridge
        return "", 204
    """, v, "Square developer docs: validate webhook notifications (developer.squareup.com/docs/webhooks/step3validate)",
    key=v)

v = square_token()
add("blind-by/ipynb/square-access-token", "analysis/weekend_brunch_sales.ipynb", r"""
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Weekend brunch sales by item (Square Orders API)"]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "import pandas as pd\n",
        "from square.client import Client\n",
        "client = Client(access_token=\"<<tok>>\", environment=\"production\")\n",
        "loc = \"L<<loc>>\""
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [],
       "source": [
        "res = client.orders.search_orders(body={\"location_ids\": [loc], \"limit\": 500})\n",
        "df = pd.json_normalize(res.body[\"orders\"], \"line_items\")\n",
        "df.groupby(\"name\")[\"quantity\"].count().sort_values().tail(15)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, v, "Jupyter nbformat docs; Square Python SDK (developer.squareup.com/docs/sdks/python)",
    tok=v, loc=draw(12, UPPER_DIGITS))

add("blind-by/javascript/decoy-public-key", "web/src/checkout/paymentForm.js", r"""
    // Square Web Payments SDK: the application ID and location ID are public and ship
    // to the browser; the access token stays on the server.
    const APPLICATION_ID = '<<app>>';
    const LOCATION_ID = 'L<<loc>>';

    export async function mountCard(selector) {
      if (!window.Square) throw new Error('Square.js failed to load');
      const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
      const card = await payments.card();
      await card.attach(selector);
      return card;
    }

    export async function tokenize(card) {
      const result = await card.tokenize();
      if (result.status !== 'OK') throw new Error(result.errors?.[0]?.message);
      return result.token;
    }
    """, None, "Square developer docs: Web Payments SDK quickstart (developer.squareup.com/docs/web-payments/take-card-payment)",
    app=square_app_id(), loc=draw(12, UPPER_DIGITS))

add("blind-by/python/decoy-test-fixture", "tests/test_square_payments.py", r"""
    \"\"\"Square sandbox test values, published in Square's docs for sandbox testing only.\"\"\"
    import pytest

    from ordering.payments import charge

    # https://developer.squareup.com/docs/devtools/sandbox/payments
    SANDBOX_NONCE_OK = "cnon:card-nonce-ok"
    SANDBOX_NONCE_DECLINED = "cnon:card-nonce-declined"
    FAKE_ACCESS_TOKEN = "EAAAEXAMPLE-not-a-real-token"


    @pytest.fixture
    def square(monkeypatch):
        monkeypatch.setenv("SQUARE_ENVIRONMENT", "sandbox")
        monkeypatch.setenv("SQUARE_ACCESS_TOKEN", FAKE_ACCESS_TOKEN)


    def test_charge_ok(square, vcr_cassette):
        assert charge(1250, SANDBOX_NONCE_OK).status == "COMPLETED"


    def test_charge_declined(square, vcr_cassette):
        with pytest.raises(Exception):
            charge(1250, SANDBOX_NONCE_DECLINED)
    """.replace("\\\"", "\""), None, "Square developer docs: sandbox test values (developer.squareup.com/docs/devtools/sandbox/payments)")

# --------------------------------------------------------------------------- POS: Clover, Lightspeed, Revel
v = uuid_s()
add("blind-by/javascript/clover-api-token", "scripts/clover-export-items.mjs", r"""
    #!/usr/bin/env node
    // One-off: dump the Clover inventory for the Seaside cafe into items.csv
    import fs from 'node:fs';

    const MERCHANT_ID = '<<mid>>';
    const API_TOKEN = '<<tok>>';
    const BASE = 'https://api.clover.com/v3/merchants';

    const res = await fetch(`${BASE}/${MERCHANT_ID}/items?limit=1000&expand=categories`, {
      headers: { Authorization: `Bearer ${API_TOKEN}`, Accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`clover ${res.status}`);
    const { elements } = await res.json();
    const rows = elements.map((i) => [i.id, JSON.stringify(i.name), (i.price / 100).toFixed(2)].join(','));
    fs.writeFileSync('items.csv', ['id,name,price', ...rows].join('\n'));
    console.log(`wrote ${rows.length} items`);
    """, v, "Clover developer docs: REST API tokens (docs.clover.com/docs/using-api-tokens)",
    mid=draw(13, UPPER_DIGITS), tok=v)

v = draw(40, ALNUM)
add("blind-by/yaml/lightspeed-client-secret", "integrations/lightspeed/config.yml", r"""
    # Lightspeed Restaurant K-Series API (OAuth2)
    lightspeed:
      auth_url: https://api.lsk.lightspeed.app/oauth/token
      api_url: https://api.lsk.lightspeed.app
      client_id: bluefork-reporting
      client_secret: <<sec>>
      business_location_ids:
        - 45454565682370
        - 45454565682371
      scopes: [financial-api, orders-api, items]
    export:
      bucket: bluefork-finance-exports
      prefix: lightspeed/daily/
    """, v, "Lightspeed Restaurant K-Series API docs: authentication (api-docs.lsk.lightspeed.app)",
    sec=v)

v = hexs(64)
add("blind-by/ini/revel-api-secret", "reports/revel.ini", r"""
    ; Revel Systems reporting pull, run nightly on the back-office PC
    [revel]
    base_url = https://harborview.revelup.com
    api_key = <<key>>
    api_secret = <<sec>>
    establishments = 1,2,4

    [output]
    folder = D:\Reports\Revel
    format = xlsx
    """, v, "Revel Systems API docs: API-AUTHENTICATION header key:secret (developer.revelsystems.com)",
    key=hexs(32), sec=v)

# --------------------------------------------------------------------------- payments
v = stripe("sk_live_")
add("blind-by/php/stripe-secret-key", "wp-content/plugins/cantina-catering/includes/stripe.php", r"""
    <?php
    if (!defined('ABSPATH')) {
        exit;
    }

    require_once __DIR__ . '/../vendor/autoload.php';

    // Catering deposits: 25% at booking, charged through the Cantina Stripe account
    \Stripe\Stripe::setApiKey('<<key>>');

    function cantina_create_deposit_intent($order_id, $total_cents) {
        $deposit = (int) round($total_cents * 0.25);
        return \Stripe\PaymentIntent::create([
            'amount' => $deposit,
            'currency' => 'usd',
            'metadata' => ['catering_order' => $order_id],
            'automatic_payment_methods' => ['enabled' => true],
        ]);
    }
    """, v, "Stripe API docs: authentication with secret keys (docs.stripe.com/keys)", key=v)

v = stripe("rk_live_")
add("blind-by/python/stripe-restricted-key", "finance/payout_reconcile.py", r"""
    \"\"\"Match Stripe payouts to the POS batch totals for the accountant.\"\"\"
    import csv
    import sys

    import stripe

    # restricted key: read-only on balance transactions and payouts
    stripe.api_key = "<<key>>"


    def main(month: str) -> None:
        writer = csv.writer(sys.stdout)
        writer.writerow(["payout", "arrival", "amount", "fee"])
        for payout in stripe.Payout.list(limit=100, arrival_date={"gte": month}).auto_paging_iter():
            txns = stripe.BalanceTransaction.list(payout=payout.id, limit=100)
            fee = sum(t.fee for t in txns.auto_paging_iter())
            writer.writerow([payout.id, payout.arrival_date, payout.amount / 100, fee / 100])


    if __name__ == "__main__":
        main(sys.argv[1])
    """.replace("\\\"", "\""), v, "Stripe docs: restricted API keys (docs.stripe.com/keys#limit-access)", key=v)

v = stripe_whsec()
add("blind-by/env/stripe-webhook-secret", "apps/order-api/.env", r"""
    APP_ENV=production
    APP_URL=https://order.lakesidegrill.com
    STRIPE_PUBLISHABLE_KEY=<<pk>>
    STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
    STRIPE_WEBHOOK_SECRET=<<wh>>
    KITCHEN_PRINTER_HOST=10.20.0.41
    """, v, "Stripe docs: check webhook signatures, endpoint secret (docs.stripe.com/webhooks#verify-events)",
    pk=stripe("pk_live_"), wh=v)

add("blind-by/html/decoy-public-key", "site/templates/checkout.html", r"""
    {% extends "base.html" %}
    {% block content %}
    <form id="payment-form" data-order="{{ order.id }}">
      <div id="payment-element"></div>
      <button id="submit" class="btn btn-primary">Pay {{ order.total|currency }}</button>
    </form>
    <script src="https://js.stripe.com/v3/"></script>
    <script>
      // publishable key: safe in the browser per Stripe docs
      const stripe = Stripe("<<pk>>");
      const elements = stripe.elements({ clientSecret: "{{ intent.client_secret }}" });
      elements.create("payment").mount("#payment-element");
    </script>
    {% endblock %}
    """, None, "Stripe docs: publishable keys are meant for client-side code (docs.stripe.com/keys)", pk=stripe("pk_live_"))

v = hexs(32)
add("blind-by/python/braintree-private-key", "billing/gateway.py", r"""
    import braintree

    gateway = braintree.BraintreeGateway(
        braintree.Configuration(
            environment=braintree.Environment.Production,
            merchant_id="<<mid>>",
            public_key="<<pub>>",
            private_key="<<priv>>",
        )
    )


    def refund(transaction_id: str, amount: str):
        result = gateway.transaction.refund(transaction_id, amount)
        if not result.is_success:
            raise RuntimeError(result.message)
        return result.transaction
    """, v, "Braintree docs: configuration with merchant ID, public and private keys (developer.paypal.com/braintree/docs/start/hello-server)",
    mid=draw(16, string.ascii_lowercase + string.digits), pub=draw(16, string.ascii_lowercase + string.digits), priv=v)

v = adyen_key()
add("blind-by/properties/adyen-api-key", "pos-bridge/src/main/resources/application-prod.properties", r"""
    server.port=8443
    spring.application.name=terminal-bridge
    # Adyen Terminal API (cloud) for the hotel bar terminals
    adyen.environment=LIVE
    adyen.live-endpoint-url-prefix=1797a841fbb37ca7-GrandHotel
    adyen.merchant-account=GrandHotelGroupPOS
    adyen.api-key=<<key>>
    adyen.terminal.default-poiid=S1F2-000158213300585
    logging.level.com.adyen=INFO
    """, v, "Adyen docs: API credentials, X-API-Key (docs.adyen.com/development-resources/api-credentials)", key=v)

v = "skapi_prod_" + draw(46, B64URL)
add("blind-by/json/heartland-secret-key", "src/KioskOrdering/appsettings.Production.json", r"""
    {
      "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
      "AllowedHosts": "*",
      "Kiosk": {
        "StoreNumber": 114,
        "ReceiptPrinter": "EPSON TM-m30II"
      },
      "Heartland": {
        "ServiceUrl": "https://api2.heartlandportico.com",
        "SecretApiKey": "<<key>>",
        "DeveloperId": "002914",
        "VersionNumber": "3409"
      }
    }
    """, v, "Heartland Portico developer docs: secret API key (developer.heartlandpaymentsystems.com/documentation)", key=v)

# --------------------------------------------------------------------------- reservations
OT_SRC = "OpenTable Partner API docs: OAuth 2.0 client credentials (docs.opentable.com)"

v = draw(40, ALNUM)
add("blind-by/yaml/opentable-client-secret", "reservations/config/opentable.yaml", r"""
    opentable:
      oauth_url: https://oauth.opentable.com/api/v2/oauth/token
      api_url: https://platform.opentable.com/sync/v2
      client_id: <<cid>>
      client_secret: <<sec>>
      rids:
        osteria_downtown: 1048211
        osteria_uptown: 1048212
    sync:
      covers_lookahead_days: 30
      push_guest_notes: true
    """, v, OT_SRC, cid=draw(24, string.ascii_lowercase + string.digits), sec=v)

v = draw(40, ALNUM)
add("blind-by/python/opentable-client-secret", "reservations/opentable_client.py", r"""
    import base64

    import httpx

    OT_CLIENT_ID = "<<cid>>"
    OT_CLIENT_SECRET = "<<s1>>" \
        "<<s2>>"


    def get_token() -> str:
        basic = base64.b64encode(f"{OT_CLIENT_ID}:{OT_CLIENT_SECRET}".encode()).decode()
        r = httpx.post(
            "https://oauth.opentable.com/api/v2/oauth/token",
            params={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {basic}"},
        )
        r.raise_for_status()
        return r.json()["access_token"]


    def reservations(rid: int, since: str) -> list:
        token = get_token()
        r = httpx.get(f"https://platform.opentable.com/sync/v2/reservations?rid={rid}&updated_after={since}",
                      headers={"Authorization": f"Bearer {token}"})
        return r.json()["items"]
    """, v, OT_SRC, cid=draw(24, string.ascii_lowercase + string.digits), s1=v[:20], s2=v[20:])


v = jwt({"exp": 1767225600, "data": {"guest_id": 58211734}}, "HS256")
add("blind-by/python/resy-auth-token", "scripts/resy_export_bookings.py", r"""
    \"\"\"Export tomorrow's Resy bookings for the host stand printout.\"\"\"
    import datetime as dt
    import json

    import requests

    HEADERS = {
        "Authorization": 'ResyAPI api_key="<<key>>"',
        "X-Resy-Auth-Token": "<<tok>>",
        "Accept": "application/json",
    }
    VENUE_ID = 58213

    day = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    r = requests.get("https://api.resy.com/3/venue/reservations", params={"venue_id": VENUE_ID, "date": day},
                     headers=HEADERS, timeout=30)
    r.raise_for_status()
    with open(f"bookings-{day}.json", "w") as fh:
        json.dump(r.json(), fh, indent=2)
    """.replace("\\\"", "\""), v, "Resy OS API: ResyAPI api_key and X-Resy-Auth-Token headers (resy.com API as used by partners)",
    key=draw(32), tok=v)

v = jwt({"exp": 1767312000, "data": {"guest_id": 60119822}}, "HS256")
add("blind-by/shell/resy-auth-token", "ops/resy-waitlist-check.sh", r"""
    #!/usr/bin/env bash
    # Polls the Resy waitlist for the bar and posts the count to the floor tablet.
    set -euo pipefail

    VENUE=60221
    curl -fsS "https://api.resy.com/3/venue/waitlist?venue_id=${VENUE}" \
      -H 'Authorization: ResyAPI api_key="<<key>>"' \
      -H 'X-Resy-Auth-Token: <<tok>>' \
      | jq '.waitlist | length' > /srv/floor/waitlist_count.txt
    """, v, "curl manual: -H header option; Resy X-Resy-Auth-Token header", key=draw(32), tok=v)

SR_SRC = "SevenRooms API docs: authentication with client_id and client_secret (api-docs.sevenrooms.com)"

v = hexs(128)
add("blind-by/env/sevenrooms-client-secret", "crm-sync/.env", r"""
    SEVENROOMS_API_URL=https://api.sevenrooms.com/2_4
    SEVENROOMS_CLIENT_ID=<<cid>>
    SEVENROOMS_CLIENT_SECRET=<<sec>>
    SEVENROOMS_VENUE_GROUP_ID=ahNzfnNldmVucm9vbXMteWF6b2RhchwLEg9uaWdodGxvb3BfVmVudWVHcm91cBiAgICA
    HUBSPOT_PORTAL_ID=21904417
    """, v, SR_SRC, cid=hexs(64), sec=v)

v = hexs(128)
add("blind-by/php/sevenrooms-client-secret", "src/Reservations/SevenRoomsClient.php", r"""
    <?php

    declare(strict_types=1);

    namespace Brasserie\Reservations;

    use GuzzleHttp\Client;

    final class SevenRoomsClient
    {
        private const CLIENT_ID = '<<cid>>';
        private const CLIENT_SECRET = '<<sec>>';

        private Client $http;

        public function __construct()
        {
            $this->http = new Client(['base_uri' => 'https://api.sevenrooms.com/2_4/']);
        }

        public function token(): string
        {
            $res = $this->http->post('auth', ['form_params' => [
                'client_id' => self::CLIENT_ID,
                'client_secret' => self::CLIENT_SECRET,
            ]]);
            return json_decode((string) $res->getBody(), true)['data']['token'];
        }
    }
    """, v, SR_SRC, cid=hexs(64), sec=v)

add("blind-by/json/decoy-postman-variable", "docs/postman/SevenRooms.postman_environment.json", r"""
    {
      "id": "<<id>>",
      "name": "SevenRooms - production",
      "values": [
        { "key": "base_url", "value": "https://api.sevenrooms.com/2_4", "type": "default", "enabled": true },
        { "key": "client_id", "value": "", "type": "default", "enabled": true },
        { "key": "client_secret", "value": "", "type": "secret", "enabled": true },
        { "key": "token", "value": "{{auth_token}}", "type": "secret", "enabled": true },
        { "key": "venue_id", "value": "", "type": "default", "enabled": true }
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_using": "Postman/10.24.7"
    }
    """, None, "Postman docs: environments and secret-type variables (learning.postman.com/docs/sending-requests/variables/)",
    id=uuid_s())

add("blind-by/markdown/decoy-placeholder", "docs/integrations/reservations.md", r"""
    # Reservation platforms

    We pull covers from OpenTable, Resy and SevenRooms into the guest CRM every 15 minutes.

    ## Setup

    1. Ask the GM to create an API client in each platform's admin.
    2. Put the values in 1Password (vault **Hospitality Integrations**), never in this repo.
    3. Export them locally:

    ```bash
    export OPENTABLE_CLIENT_ID=<client-id>
    export OPENTABLE_CLIENT_SECRET=<client-secret>
    export RESY_API_KEY=<resy-api-key>
    export SEVENROOMS_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    ```

    4. Run `make sync-dev` and check the `covers` table.
    """, None, "Team runbook convention: placeholders in setup docs")

# --------------------------------------------------------------------------- delivery: DoorDash Drive
DD_SRC = "DoorDash Drive docs: JWTs with developer_id, key_id and signing_secret (developer.doordash.com/en-US/docs/drive/reference/JWTs)"

v = b64url_bytes(32)
add("blind-by/python/doordash-signing-secret", "delivery/doordash.py", r"""
    import base64
    import math
    import time

    import jwt
    import requests

    DEVELOPER_ID = "<<dev>>"
    KEY_ID = "<<kid>>"
    SIGNING_SECRET = "<<sec>>"


    def _token() -> str:
        payload = {"aud": "doordash", "iss": DEVELOPER_ID, "kid": KEY_ID,
                   "exp": str(math.floor(time.time() + 300)), "iat": str(math.floor(time.time()))}
        return jwt.encode(payload, base64.urlsafe_b64decode(SIGNING_SECRET + "=="), algorithm="HS256",
                          headers={"dd-ver": "DD-JWT-V1"})


    def create_delivery(order) -> dict:
        body = {"external_delivery_id": f"order-{order.id}", "pickup_address": order.store.address,
                "dropoff_address": order.address, "dropoff_phone_number": order.phone,
                "order_value": order.total_cents}
        r = requests.post("https://openapi.doordash.com/drive/v2/deliveries", json=body,
                          headers={"Authorization": f"Bearer {_token()}"}, timeout=15)
        r.raise_for_status()
        return r.json()
    """, v, DD_SRC, dev=uuid_s(), kid=uuid_s(), sec=v)

v = b64url_bytes(32)
add("blind-by/env/doordash-signing-secret", "apps/dispatch/.env.local", r"""
    # DoorDash Drive (production access key created 2024-03-02 by ops@)
    DOORDASH_DEVELOPER_ID=<<dev>>
    DOORDASH_KEY_ID=<<kid>>
    DOORDASH_SIGNING_SECRET=<<sec>>
    DOORDASH_BASE_URL=https://openapi.doordash.com
    DELIVERY_PROVIDER=doordash
    """, v, DD_SRC, dev=uuid_s(), kid=uuid_s(), sec=v)

v = b64url_bytes(32)
add("blind-by/k8s-secret/doordash-signing-secret", "k8s/dispatch/secret.yaml", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: doordash-drive
      namespace: dispatch
    type: Opaque
    stringData:
      developer_id: "<<dev>>"
      key_id: "<<kid>>"
      signing_secret: "<<sec>>"
    """, v, "Kubernetes docs: Secret stringData (kubernetes.io/docs/concepts/configuration/secret/)",
    dev=uuid_s(), kid=uuid_s(), sec=v)

v = b64url_bytes(32)
add("blind-by/typescript/doordash-signing-secret", "packages/dispatch/src/doordash.ts", r"""
    import { DoorDashClient } from '@doordash/sdk';

    // Drive access key for the ghost-kitchen brands (Portal > Developer > Credentials)
    const client = new DoorDashClient({
      developer_id: '<<dev>>',
      key_id: '<<kid>>',
      signing_secret: '<<sec>>',
    });

    export async function quote(orderId: string, pickup: string, dropoff: string, phone: string) {
      const res = await client.deliveryQuote({
        external_delivery_id: orderId,
        pickup_address: pickup,
        dropoff_address: dropoff,
        dropoff_phone_number: phone,
      });
      return res.data;
    }
    """, v, "DoorDash Drive Node SDK README: DoorDashClient access key (github.com/doordash-oss/doordash-node)",
    dev=uuid_s(), kid=uuid_s(), sec=v)

add("blind-by/python/decoy-test-fixture", "tests/delivery/test_doordash_jwt.py", r"""
    \"\"\"JWT construction against a fixed key: every value here is a made-up test vector.\"\"\"
    import base64

    import jwt

    from delivery.doordash import build_token

    TEST_DEVELOPER_ID = "00000000-0000-0000-0000-000000000001"
    TEST_KEY_ID = "00000000-0000-0000-0000-000000000002"
    TEST_SIGNING_SECRET = base64.urlsafe_b64encode(b"not-a-real-signing-secret-000000").decode()


    def test_token_claims(freezer):
        token = build_token(TEST_DEVELOPER_ID, TEST_KEY_ID, TEST_SIGNING_SECRET)
        claims = jwt.decode(token, base64.urlsafe_b64decode(TEST_SIGNING_SECRET), algorithms=["HS256"],
                            audience="doordash")
        assert claims["iss"] == TEST_DEVELOPER_ID
        assert jwt.get_unverified_header(token)["dd-ver"] == "DD-JWT-V1"
    """.replace("\\\"", "\""), None, DD_SRC)

add("blind-by/json/decoy-webhook-payload", "tests/fixtures/doordash_delivery_status.json", r"""
    {
      "event_name": "DASHER_CONFIRMED_PICKUP_ARRIVAL",
      "created_at": "2024-05-11T18:42:07.114Z",
      "external_delivery_id": "order-58813",
      "support_reference": "1437716820",
      "tracking_url": "https://doordash.com/drive/portal/track/<<trk>>",
      "dasher_id": 6917223,
      "dasher_name": "Sam",
      "dasher_location": { "lat": 40.7211, "lng": -73.9876 },
      "fee": 975,
      "currency": "USD",
      "pickup_time_estimated": "2024-05-11T18:45:00Z",
      "dropoff_time_estimated": "2024-05-11T19:02:00Z",
      "delivery_id": "<<did>>"
    }
    """, None, "DoorDash Drive docs: webhook event payloads (developer.doordash.com/en-US/docs/drive/reference/webhooks)",
    trk=uuid_s(), did=uuid_s())

# --------------------------------------------------------------------------- delivery: Uber Eats
UE_SRC = "Uber Eats Marketplace API docs: client credentials (developer.uber.com/docs/eats/guides/authentication)"

v = draw(40, B64URL)
add("blind-by/yaml/ubereats-client-secret", "config/aggregators.yml", r"""
    ubereats:
      token_url: https://auth.uber.com/oauth/v2/token
      api_url: https://api.uber.com/v1/eats
      client_id: <<cid>>
      client_secret: <<sec>>
      scopes: "eats.store eats.order eats.store.orders.read"
      store_ids:
        - <<s1>>
        - <<s2>>
    grubhub:
      enabled: false
    """, v, UE_SRC, cid=draw(32, B64URL), sec=v, s1=uuid_s(), s2=uuid_s())

v = draw(40, B64URL)
add("blind-by/python/ubereats-client-secret", "aggregators/ubereats/webhook.py", r"""
    import hashlib
    import hmac

    from django.http import HttpResponse, HttpResponseForbidden
    from django.views.decorators.csrf import csrf_exempt

    # Uber signs webhooks with the app's client secret (X-Uber-Signature, HMAC-SHA256 hex)
    UBER_CLIENT_SECRET = b"<<sec>>"


    @csrf_exempt
    def orders_notification(request):
        signature = request.headers.get("X-Uber-Signature", "")
        expected = hmac.new(UBER_CLIENT_SECRET, request.body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(signature, expected):
            return HttpResponseForbidden()
        from .tasks import accept_order
        accept_order.delay(request.body.decode())
        return HttpResponse(status=200)
    """, v, "Uber Eats docs: webhook signature with client secret (developer.uber.com/docs/eats/guides/webhooks)", sec=v)

v = draw(40, B64URL)
add("blind-by/docker-compose/ubereats-client-secret", "docker-compose.prod.yml", r"""
    services:
      aggregator:
        image: ghcr.io/pierhouse/aggregator:2.8.1
        restart: unless-stopped
        environment:
          UBER_EATS_CLIENT_ID: <<cid>>
          UBER_EATS_CLIENT_SECRET: <<sec>>
          DATABASE_URL: ${DATABASE_URL}
          REDIS_URL: redis://cache:6379/0
        ports:
          - "8088:8000"
        depends_on: [cache]
      cache:
        image: redis:7-alpine
    """, v, "Docker Compose docs: environment attribute (docs.docker.com/compose/environment-variables/)",
    cid=draw(32, B64URL), sec=v)

add("blind-by/docker-compose/decoy-env-reference", "docker-compose.yml", r"""
    services:
      aggregator:
        build: .
        env_file: .env
        environment:
          UBER_EATS_CLIENT_ID: ${UBER_EATS_CLIENT_ID}
          UBER_EATS_CLIENT_SECRET: ${UBER_EATS_CLIENT_SECRET:?set it in .env}
          DOORDASH_SIGNING_SECRET: ${DOORDASH_SIGNING_SECRET}
          DATABASE_URL: postgres://aggregator:${POSTGRES_PASSWORD}@db:5432/aggregator
        depends_on: [db]
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: aggregator
          POSTGRES_PASSWORD_FILE: /run/secrets/db_password
        secrets: [db_password]
    secrets:
      db_password:
        file: ./secrets/db_password.txt
    """, None, "Docker Compose docs: interpolation and secrets (docs.docker.com/compose/how-tos/use-secrets/)")

v = draw(48, ALNUM)
add("blind-by/json/grubhub-client-secret", "serverless/grubhub-poller/config.prod.json", r"""
    {
      "stage": "prod",
      "region": "us-east-1",
      "grubhub": {
        "apiBase": "https://api-third-party-gtm.grubhub.com",
        "partnerKey": "<<pk>>",
        "clientId": "<<cid>>",
        "clientSecret": "<<sec>>",
        "merchantIds": [2981174, 2981175]
      },
      "schedule": "rate(2 minutes)"
    }
    """, v, "Grubhub for Restaurants partner API docs: HMAC client credentials (developer.grubhub.com)",
    pk=draw(22, string.ascii_lowercase + string.digits), cid=draw(26, string.ascii_lowercase + string.digits), sec=v)

# --------------------------------------------------------------------------- delivery: Deliverect, Otter, Olo
DV_SRC = "Deliverect API docs: OAuth client credentials and webhook HMAC (developers.deliverect.com)"

v = draw(64, ALNUM)
add("blind-by/php/deliverect-client-secret", "config/deliverect.php", r"""
    <?php

    return [
        'base_url' => env('DELIVERECT_BASE_URL', 'https://api.deliverect.com'),
        'audience' => 'https://api.deliverect.com',
        'client_id' => env('DELIVERECT_CLIENT_ID', '<<cid>>'),
        'client_secret' => env('DELIVERECT_CLIENT_SECRET', '<<sec>>'),
        'account_id' => '<<acct>>',
        'channel_links' => [
            'downtown' => '<<cl1>>',
            'airport' => '<<cl2>>',
        ],
        'webhook_secret' => env('DELIVERECT_WEBHOOK_SECRET'),
    ];
    """, v, DV_SRC, cid=draw(32), sec=v, acct=hexs(24), cl1=hexs(24), cl2=hexs(24))

v = hexs(64)
add("blind-by/env/deliverect-webhook-secret", "pos-middleware/.env.staging", r"""
    DELIVERECT_CLIENT_ID=${DELIVERECT_CLIENT_ID}
    DELIVERECT_CLIENT_SECRET=${DELIVERECT_CLIENT_SECRET}
    # HMAC secret for the "Orders" webhook in the Deliverect partner portal
    DELIVERECT_WEBHOOK_SECRET=<<sec>>
    POS_API_BASE=https://pos-staging.tacoloco.io/api
    """, v, DV_SRC, sec=v)

add("blind-by/json/decoy-public-id", "menus/channel-links.json", r"""
    {
      "account": "<<acct>>",
      "locations": [
        { "name": "Downtown", "location": "<<l1>>", "channelLinks": { "ubereats": "<<c1>>", "deliveroo": "<<c2>>" } },
        { "name": "Airport T2", "location": "<<l2>>", "channelLinks": { "ubereats": "<<c3>>", "justeat": "<<c4>>" } }
      ],
      "menuSyncHash": "sha256:<<h>>"
    }
    """, None, "Deliverect docs: account, location and channel link IDs (developers.deliverect.com/reference)",
    acct=hexs(24), l1=hexs(24), l2=hexs(24), c1=hexs(24), c2=hexs(24), c3=hexs(24), c4=hexs(24), h=hexs(64))

v = draw(48, ALNUM)
add("blind-by/toml/otter-client-secret", "ghost_kitchen/otter.toml", r"""
    # Otter Public API application (partner portal app "kitchen-pos-bridge")
    [otter]
    base_url = "https://partners.cloudkitchens.com"
    application_id = "<<app>>"
    client_secret = "<<sec>>"
    scope = "orders.create orders.update menus.read manager.orders"

    [stores]
    "Burger Lab" = "<<s1>>"
    "Wing Theory" = "<<s2>>"
    """, v, "Otter developer docs: OAuth client credentials (developer.tryotter.com/docs/authentication)",
    app=uuid_s(), sec=v, s1=uuid_s(), s2=uuid_s())

v = draw(48, ALNUM)
add("blind-by/javascript/olo-api-key", "functions/olo-sync/index.js", r"""
    const axios = require('axios');

    const OLO_BASE = 'https://ordering.api.olo.com/v1.1';
    const OLO_API_KEY = '<<key>>';

    exports.handler = async () => {
      const { data } = await axios.get(`${OLO_BASE}/restaurants/pierhouse/menu`, {
        headers: { Authorization: `OloKey ${OLO_API_KEY}`, Accept: 'application/json' },
      });
      const items = data.categories.flatMap((c) => c.products);
      console.log(`olo menu: ${items.length} products`);
      return { statusCode: 200, body: JSON.stringify({ count: items.length }) };
    };
    """, v, "Olo Ordering API docs: OloKey authorization header (developer.olo.com)", key=v)

# --------------------------------------------------------------------------- hotel: Oracle OPERA Cloud / OHIP
OHIP_SRC = "Oracle Hospitality Integration Platform docs: OAuth token with client credentials and x-app-key (docs.oracle.com/en/industries/hospitality/integration-platform/)"

v = draw(36, ALNUM + "-_")
add("blind-by/json/ohip-client-secret", "src/Hotel.Integrations/appsettings.json", r"""
    {
      "Logging": { "LogLevel": { "Default": "Information" } },
      "Ohip": {
        "GatewayUrl": "https://ohip-eu.hospitality-api.eu-frankfurt-1.ocs.oraclecloud.com",
        "AppKey": "<<app>>",
        "ClientId": "GRANDHOTEL_Client",
        "ClientSecret": "<<sec>>",
        "EnterpriseId": "GRANDHOTEL",
        "HotelIds": [ "GHBERLIN", "GHMUNICH" ]
      },
      "ConnectionStrings": {
        "Reporting": "Server=sql01;Database=HotelReporting;Integrated Security=true;TrustServerCertificate=true"
      }
    }
    """, v, OHIP_SRC, app=uuid_s(), sec=v)

v = food_pw()
add("blind-by/python/ohip-integration-password", "pms/opera_token.py", r"""
    \"\"\"Fetch an OHIP token for the night-audit export (legacy password grant).\"\"\"
    import base64

    import requests

    GATEWAY = "https://ohip-us.hospitality-api.us-ashburn-1.ocs.oraclecloud.com"
    APP_KEY = "<<app>>"
    CLIENT_ID = "SEASIDE_Client"
    CLIENT_SECRET_REF = "vault://ohip/client-secret"
    INTEGRATION_USER = "SEASIDE_NIGHTAUDIT_INT"
    INTEGRATION_PASSWORD = "<<pw>>"


    def token(client_secret: str) -> str:
        basic = base64.b64encode(f"{CLIENT_ID}:{client_secret}".encode()).decode()
        resp = requests.post(
            f"{GATEWAY}/oauth/v1/tokens",
            data={"username": INTEGRATION_USER, "password": INTEGRATION_PASSWORD, "grant_type": "password"},
            headers={"Authorization": f"Basic {basic}", "x-app-key": APP_KEY,
                     "Content-Type": "application/x-www-form-urlencoded"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]
    """.replace("\\\"", "\""), v, OHIP_SRC, app=uuid_s(), pw=v)


v = draw(36, ALNUM + "-_")
add("blind-by/properties/ohip-client-secret", "opera-bridge/src/main/resources/application.properties", r"""
    spring.application.name=opera-bridge
    server.port=8080
    ohip.gateway-url=https://ohip-eu.hospitality-api.eu-frankfurt-1.ocs.oraclecloud.com
    ohip.app-key=<<app>>
    ohip.client-id=HARBORVIEW_Client
    ohip.client-secret=<<sec>>
    ohip.enterprise-id=HARBORVIEW
    ohip.hotel-id=HVLISBON
    ohip.business-events.poll-interval=30s
    spring.kafka.bootstrap-servers=kafka-0.kafka:9092
    """, v, OHIP_SRC, app=uuid_s(), sec=v)

v = venue_pw()
add("blind-by/powershell/opera-db-password", "scripts/Export-OperaArrivals.ps1", r"""
    # Nightly arrivals export from the on-prem OPERA 5 database for housekeeping tablets
    param([string]$Date = (Get-Date).AddDays(1).ToString('dd-MMM-yy'))

    $conn = New-Object Oracle.ManagedDataAccess.Client.OracleConnection
    $conn.ConnectionString = "User Id=opera_ro;Password=<<pw>>;Data Source=opera-db01:1521/OPERA"
    $conn.Open()

    $cmd = $conn.CreateCommand()
    $cmd.CommandText = "SELECT room, guest_name, arrival, nights FROM name_reservation WHERE arrival = TO_DATE(:d,'DD-MON-YY')"
    $null = $cmd.Parameters.Add('d', $Date)
    $reader = $cmd.ExecuteReader()
    $rows = while ($reader.Read()) { [pscustomobject]@{ Room = $reader[0]; Guest = $reader[1]; Nights = $reader[3] } }
    $rows | Export-Csv -NoTypeInformation -Path "\\hk-share\arrivals\$Date.csv"
    $conn.Close()
    """, v, "Oracle Data Provider for .NET docs: connection string attributes (docs.oracle.com/en/database/oracle/oracle-database/21/odpnt/)",
    pw=v)

add("blind-by/xml/decoy-token-replacement", "src/Hotel.Web/Web.Release.config", r"""
    <?xml version="1.0" encoding="utf-8"?>
    <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
      <appSettings>
        <!-- replaced at release time by the Azure DevOps "Replace Tokens" task -->
        <add key="Ohip:AppKey" value="#{OhipAppKey}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
        <add key="Ohip:ClientSecret" value="#{OhipClientSecret}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
        <add key="Mews:AccessToken" value="#{MewsAccessToken}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
      </appSettings>
      <connectionStrings>
        <add name="Pms" connectionString="Server=#{SqlServer}#;Database=Pms;User Id=pms_app;Password=#{SqlPassword}#"
             xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
      </connectionStrings>
    </configuration>
    """, None, "Replace Tokens extension for Azure Pipelines: #{...}# token pattern (marketplace.visualstudio.com/items?itemName=qetza.replacetokens)")

add("blind-by/json/decoy-key-vault-reference", "infra/appservice-settings.json", r"""
    [
      { "name": "Ohip__GatewayUrl", "value": "https://ohip-eu.hospitality-api.eu-frankfurt-1.ocs.oraclecloud.com", "slotSetting": false },
      { "name": "Ohip__AppKey", "value": "@Microsoft.KeyVault(SecretUri=https://kv-grandhotel-prod.vault.azure.net/secrets/ohip-app-key/)", "slotSetting": false },
      { "name": "Ohip__ClientSecret", "value": "@Microsoft.KeyVault(VaultName=kv-grandhotel-prod;SecretName=ohip-client-secret)", "slotSetting": false },
      { "name": "Cloudbeds__ApiKey", "value": "@Microsoft.KeyVault(VaultName=kv-grandhotel-prod;SecretName=cloudbeds-api-key)", "slotSetting": false },
      { "name": "WEBSITE_TIME_ZONE", "value": "W. Europe Standard Time", "slotSetting": false },
      { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": true }
    ]
    """, None, "Azure App Service docs: Key Vault references (learn.microsoft.com/azure/app-service/app-service-key-vault-references)")

# --------------------------------------------------------------------------- hotel: Mews
MEWS_SRC = "Mews Connector API docs: ClientToken and AccessToken in every request (mews-systems.gitbook.io/connector-api/guidelines/authentication)"

v = mews_token()
add("blind-by/json/mews-access-token", "pms-connector/config/mews.production.json", r"""
    {
      "platformAddress": "https://api.mews.com",
      "client": "Harborview Revenue Sync 1.4.0",
      "clientToken": "${MEWS_CLIENT_TOKEN}",
      "accessToken": "<<tok>>",
      "enterpriseId": "<<ent>>",
      "serviceId": "<<svc>>",
      "pollSeconds": 60
    }
    """, v, MEWS_SRC, tok=v, ent=uuid_s(), svc=uuid_s())

v = mews_token()
add("blind-by/python/mews-client-token", "revenue/mews_api.py", r"""
    import requests

    MEWS_URL = "https://api.mews.com/api/connector/v1"
    CLIENT = "Lakeside RMS export"
    CLIENT_TOKEN = "<<tok>>"


    def _post(operation: str, access_token: str, **body) -> dict:
        payload = {"ClientToken": CLIENT_TOKEN, "AccessToken": access_token, "Client": CLIENT, **body}
        resp = requests.post(f"{MEWS_URL}/{operation}", json=payload, timeout=60)
        resp.raise_for_status()
        return resp.json()


    def reservations(access_token: str, start: str, end: str) -> list:
        data = _post("reservations/getAll/2023-06-06", access_token,
                     ScheduledStartUtc={"StartUtc": start, "EndUtc": end}, Limitation={"Count": 1000})
        return data["Reservations"]
    """, v, MEWS_SRC, tok=v)

v = mews_token()
add("blind-by/php/mews-access-token", "wp-content/themes/seaside/inc/mews-availability.php", r"""
    <?php
    // Availability widget on the hotel website; calls Mews for the next 14 nights.
    function seaside_mews_availability($start, $end) {
        $body = [
            'ClientToken' => defined('MEWS_CLIENT_TOKEN') ? MEWS_CLIENT_TOKEN : '',
            'AccessToken' => '<<tok>>',
            'Client' => 'Seaside Website 2.1',
            'ServiceId' => '<<svc>>',
            'FirstTimeUnitStartUtc' => $start,
            'LastTimeUnitStartUtc' => $end,
        ];
        $res = wp_remote_post('https://api.mews.com/api/connector/v1/services/getAvailability/2024-01-22', [
            'headers' => ['Content-Type' => 'application/json'],
            'body' => wp_json_encode($body),
            'timeout' => 20,
        ]);
        return json_decode(wp_remote_retrieve_body($res), true);
    }
    """, v, MEWS_SRC, tok=v, svc=uuid_s())

v = mews_token()
add("blind-by/csharp/mews-access-token", "src/Pms/MewsOptions.cs", r"""
    namespace Harborview.Pms;

    public sealed class MewsOptions
    {
        public const string Section = "Mews";

        public string PlatformAddress { get; init; } = "https://api.mews.com";
        public string Client { get; init; } = "Harborview Housekeeping 3.0";
        public string ClientToken { get; init; } = Environment.GetEnvironmentVariable("MEWS_CLIENT_TOKEN") ?? "";

        // Lisbon property; rotate via Mews Marketplace > Integrations
        public string AccessToken { get; init; } = "<<tok>>";

        public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    }
    """, v, MEWS_SRC, tok=v)

add("blind-by/yaml/decoy-placeholder", "pms-connector/config/mews.example.yaml", r"""
    # Example configuration; the demo environment needs its own tokens from the Mews team.
    mews:
      platform_address: https://api.mews-demo.com
      client: "Harborview Revenue Sync"
      client_token: "CLIENT-TOKEN-GOES-HERE"
      access_token: "ACCESS-TOKEN-GOES-HERE"
      enterprise_id: 00000000-0000-0000-0000-000000000000
      poll_seconds: 60
    """, None, "Mews Connector API docs: environments (mews-systems.gitbook.io/connector-api/guidelines/environments)")

# --------------------------------------------------------------------------- hotel: Cloudbeds, Apaleo
CB_SRC = "Cloudbeds API docs: API keys (cbat_ prefix) and OAuth 2.0 (hotels.cloudbeds.com/api/docs/)"

v = "cbat_" + draw(32)
add("blind-by/env/cloudbeds-api-key", "channel-sync/.env", r"""
    CLOUDBEDS_API_BASE=https://api.cloudbeds.com/api/v1.2
    CLOUDBEDS_API_KEY=<<key>>
    CLOUDBEDS_PROPERTY_ID=218841
    RATE_PUSH_ENABLED=true
    TZ=America/Denver
    """, v, CB_SRC, key=v)


v = draw(32)
add("blind-by/helm/cloudbeds-client-secret", "charts/booking-engine/values-prod.yaml", r"""
    replicaCount: 3
    image:
      repository: registry.gitlab.com/alpine-lodges/booking-engine
      tag: "5.12.0"
    ingress:
      enabled: true
      hosts:
        - host: book.alpinelodges.com
          paths: [{ path: /, pathType: Prefix }]
    cloudbeds:
      oauth:
        clientId: live1_218843_<<cid>>
        clientSecret: <<sec>>
        redirectUri: https://book.alpinelodges.com/oauth/callback
    resources:
      limits: { cpu: 500m, memory: 512Mi }
    """, v, "Helm docs: values files; Cloudbeds OAuth client credentials (hotels.cloudbeds.com/api/docs/)",
    cid=draw(20, string.ascii_lowercase + string.digits), sec=v)

add("blind-by/helm/decoy-existing-secret", "charts/booking-engine/values.yaml", r"""
    replicaCount: 1
    image:
      repository: registry.gitlab.com/alpine-lodges/booking-engine
      tag: ""
    cloudbeds:
      oauth:
        clientId: ""
        # the client secret is read from this Secret (key: client-secret)
        existingSecret: booking-engine-cloudbeds
        existingSecretKey: client-secret
    postgresql:
      auth:
        existingSecret: booking-engine-db
        secretKeys:
          userPasswordKey: password
    resources: {}
    """, None, "Helm chart conventions: existingSecret values (Bitnami charts README)")

add("blind-by/helm/decoy-template", "charts/booking-engine/templates/secret.yaml", r"""
    {{- if not .Values.cloudbeds.oauth.existingSecret }}
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "booking-engine.fullname" . }}-cloudbeds
      labels:
        {{- include "booking-engine.labels" . | nindent 4 }}
    type: Opaque
    data:
      client-id: {{ .Values.cloudbeds.oauth.clientId | b64enc | quote }}
      client-secret: {{ required "cloudbeds.oauth.clientSecret is required" .Values.cloudbeds.oauth.clientSecret | b64enc | quote }}
    {{- end }}
    """, None, "Helm docs: chart templates and the required function (helm.sh/docs/chart_template_guide/)")

v = draw(64)
add("blind-by/javascript/apaleo-client-secret", "scripts/apaleo-night-audit.js", r"""
    'use strict';
    const fetch = require('node-fetch');

    const IDENTITY = 'https://identity.apaleo.com/connect/token';
    const CLIENT_ID = 'BERL-SP-NIGHTAUDIT';
    const CLIENT_SECRET = '<<sec>>';

    async function token() {
      const body = new URLSearchParams({ grant_type: 'client_credentials' });
      const res = await fetch(IDENTITY, {
        method: 'POST',
        body,
        headers: { Authorization: 'Basic ' + Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64') },
      });
      return (await res.json()).access_token;
    }

    (async () => {
      const t = await token();
      const res = await fetch('https://api.apaleo.com/finance/v1/folios?propertyIds=BER', { headers: { Authorization: `Bearer ${t}` } });
      console.log((await res.json()).count, 'open folios');
    })();
    """, v, "apaleo API docs: client credentials flow (apaleo.dev/guides/start/oauth-connection/simple-client)", sec=v)

# --------------------------------------------------------------------------- channel managers, OTAs, door locks
v = food_pw()
add("blind-by/xml/siteminder-password", "pmsxchange/templates/OTA_HotelAvailNotifRQ.xml", r"""
    <?xml version="1.0" encoding="UTF-8"?>
    <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
      <SOAP-ENV:Header>
        <wsse:Security SOAP-ENV:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
          <wsse:UsernameToken>
            <wsse:Username>harborview_pms</wsse:Username>
            <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"><<pw>></wsse:Password>
          </wsse:UsernameToken>
        </wsse:Security>
      </SOAP-ENV:Header>
      <SOAP-ENV:Body>
        <OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" TimeStamp="{{timestamp}}" EchoToken="{{echo}}">
          <AvailStatusMessages HotelCode="HVLIS01">
            {{#messages}}
            <AvailStatusMessage BookingLimit="{{limit}}">
              <StatusApplicationControl Start="{{start}}" End="{{end}}" InvTypeCode="{{room}}" RatePlanCode="{{rate}}"/>
            </AvailStatusMessage>
            {{/messages}}
          </AvailStatusMessages>
        </OTA_HotelAvailNotifRQ>
      </SOAP-ENV:Body>
    </SOAP-ENV:Envelope>
    """, v, "SiteMinder pmsXchange v2 docs: WS-Security UsernameToken (developer.siteminder.com/siteminder-apis/pmsxchange)", pw=v)

v = rand_pw(16, "!#%")
add("blind-by/python/booking-com-password", "ota/booking_reservations.py", r"""
    \"\"\"Pull new reservations from the Booking.com Connectivity API (machine account).\"\"\"
    import requests
    from requests.auth import HTTPBasicAuth

    AUTH = HTTPBasicAuth("hv_lisbon_machine", "<<pw>>")
    HOTEL_ID = 2811473


    def new_reservations() -> str:
        r = requests.get(
            "https://secure-supply-xml.booking.com/hotels/ota/OTA_HotelResNotif",
            params={"hotel_ids": HOTEL_ID},
            auth=AUTH,
            timeout=60,
        )
        r.raise_for_status()
        return r.text
    """.replace("\\\"", "\""), v, "Booking.com Connectivity docs: machine account with basic authentication (developers.booking.com/connectivity/docs)",
    pw=v)

v = rand_pw(14, "$!")
add("blind-by/yaml/expedia-eqc-password", "ota/config/expedia.yml", r"""
    expedia:
      # Expedia QuickConnect (EQC) AR/BR endpoints
      availability_rates_url: https://services.expediapartnercentral.com/eqc/ar
      booking_retrieval_url: https://services.expediapartnercentral.com/eqc/br
      username: EQCharborview
      password: '<<pw>>'
      hotel_ids: [19283745]
      retry: 3
    """, v, "Expedia QuickConnect docs: EQC credentials in the Authentication element (expediaconnectivity.com)", pw=v)

v = draw(32)
add("blind-by/ini/salto-api-key", "doorlocks/salto_ks.ini", r"""
    # Salto KS connector: issues mobile keys at check-in
    [salto]
    api_url = https://connect.my-clay.com/v1.1
    site_id = <<site>>
    client_id = harborview-pms
    client_secret = <<sec>>

    [mapping]
    room_prefix = HV-
    default_access_group = Guests
    """, v, "Salto KS Connect API docs: client credentials (developer.saltoks.com)", site=uuid_s(), sec=v)

add("blind-by/yaml/decoy-ansible-vault", "ansible/group_vars/hotels/vault.yml", r"""
    ---
    vault_opera_db_password: !vault |
              $ANSIBLE_VAULT;1.1;AES256
              <<l1>>
              <<l2>>
              <<l3>>
              <<l4>>
              <<l5>>
    vault_siteminder_password: !vault |
              $ANSIBLE_VAULT;1.1;AES256
              <<m1>>
              <<m2>>
              <<m3>>
              <<m4>>
              <<m5>>
    """, None, "Ansible docs: encrypting individual variables with ansible-vault (docs.ansible.com/ansible/latest/vault_guide/)",
    l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40), m1=hexs(80), m2=hexs(80), m3=hexs(80), m4=hexs(80), m5=hexs(40))

add("blind-by/yaml/decoy-sops", "secrets/ota.enc.yaml", r"""
    expedia:
        username: ENC[AES256_GCM,data:<<a>>,iv:<<ai>>,tag:<<at>>,type:str]
        password: ENC[AES256_GCM,data:<<b>>,iv:<<bi>>,tag:<<bt>>,type:str]
    booking:
        machine_password: ENC[AES256_GCM,data:<<c>>,iv:<<ci>>,tag:<<ct>>,type:str]
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-1:381492210473:key/<<kms>>
              created_at: "2024-04-02T09:14:55Z"
              enc: <<enc>>
              aws_profile: ""
        lastmodified: "2024-04-02T09:14:56Z"
        mac: ENC[AES256_GCM,data:<<mac>>,iv:<<mi>>,tag:<<mt>>,type:str]
        version: 3.8.1
    """, None, "SOPS README: encrypted YAML files (github.com/getsops/sops)",
    a=b64_bytes(12), ai=b64_bytes(32), at=b64_bytes(16), b=b64_bytes(14), bi=b64_bytes(32), bt=b64_bytes(16),
    c=b64_bytes(16), ci=b64_bytes(32), ct=b64_bytes(16), kms=uuid_s(), enc=b64_bytes(180), mac=b64_bytes(48),
    mi=b64_bytes(32), mt=b64_bytes(16))

# --------------------------------------------------------------------------- guest Wi-Fi portals
v = rand_pw(22)
add("blind-by/freeradius/radius-shared-secret", "wifi/freeradius/clients.conf", r"""
    # Access points and the captive-portal controller that talk RADIUS to us
    client localhost {
        ipaddr = 127.0.0.1
        secret = testing123
        require_message_authenticator = no
    }

    client guest-controller {
        ipaddr = 10.40.0.10
        secret = <<sec>>
        shortname = unifi-guest
        nas_type = other
    }
    """, v, "FreeRADIUS docs: clients.conf (freeradius.org/documentation/freeradius-server/raddb/clients.conf/)", sec=v)

v = passphrase()
add("blind-by/hostapd/wpa-passphrase", "wifi/hostapd/staff-5g.conf", r"""
    # Staff/back-office SSID on the kitchen AP (guest SSID is on the portal VLAN)
    interface=wlan1
    driver=nl80211
    ssid=BlueFork-Staff
    hw_mode=a
    channel=36
    ieee80211n=1
    ieee80211ac=1
    wpa=2
    wpa_key_mgmt=WPA-PSK
    rsn_pairwise=CCMP
    wpa_passphrase=<<psk>>
    bridge=br-staff
    """, v, "hostapd.conf reference (w1.fi/cgit/hostap/plain/hostapd/hostapd.conf)", psk=v)

v = venue_pw()
add("blind-by/python/unifi-controller-password", "wifi/portal/unifi_authorize.py", r"""
    \"\"\"Authorize a guest MAC on the UniFi controller after the portal form is accepted.\"\"\"
    import requests
    import urllib3

    urllib3.disable_warnings()

    CONTROLLER = "https://10.40.0.10:8443"
    SITE = "default"
    USERNAME = "portal-api"
    PASSWORD = "<<pw>>"


    def authorize(mac: str, minutes: int = 240) -> None:
        s = requests.Session()
        s.verify = False
        s.post(f"{CONTROLLER}/api/login", json={"username": USERNAME, "password": PASSWORD}).raise_for_status()
        s.post(f"{CONTROLLER}/api/s/{SITE}/cmd/stamgr",
               json={"cmd": "authorize-guest", "mac": mac.lower(), "minutes": minutes}).raise_for_status()
        s.post(f"{CONTROLLER}/api/logout")
    """.replace("\\\"", "\""), v, "UniFi controller API: external portal guest authorization (ubntwiki.com/products/software/unifi-controller/api)",
    pw=v)

v = hexs(40)
add("blind-by/python/meraki-api-key", "wifi/meraki_splash_report.py", r"""
    import csv
    import sys

    import meraki

    dashboard = meraki.DashboardAPI(api_key="<<key>>", suppress_logging=True)
    ORG_ID = "582913"


    def splash_logins(network_id: str):
        return dashboard.networks.getNetworkSplashLoginAttempts(network_id, loginIdentifier=None)


    if __name__ == "__main__":
        out = csv.writer(sys.stdout)
        for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
            for attempt in splash_logins(net["id"]):
                out.writerow([net["name"], attempt["loginAt"], attempt["ssid"]])
    """, v, "Cisco Meraki Dashboard API docs: API key authorization (developer.cisco.com/meraki/api-v1/authorization/)", key=v)

v = food_pw()
add("blind-by/cisco-config/radius-key", "network/configs/hotel-core-sw01.cfg", r"""
    !
    hostname hotel-core-sw01
    !
    aaa new-model
    aaa authentication login default group radius local
    aaa authentication dot1x default group radius
    !
    radius server ISE-01
     address ipv4 10.10.5.20 auth-port 1812 acct-port 1813
     key <<key>>
    !
    interface Vlan40
     description GUEST-WIFI
     ip address 10.40.0.1 255.255.252.0
     ip helper-address 10.10.5.30
    !
    interface Vlan50
     description POS-TERMINALS
     ip address 10.50.0.1 255.255.255.0
    !
    end
    """, v, "Cisco IOS XE docs: RADIUS server configuration (cisco.com/c/en/us/td/docs/ios-xml/ios/sec_usr_rad/)", key=v)

v = rand_pw(16)
add("blind-by/mikrotik/hotspot-api-password", "network/mikrotik/guest-hotspot.rsc", r"""
    # RouterOS export, guest hotspot for the lobby and pool bar
    /ip hotspot profile
    add dns-name=wifi.seasidehotel.com hotspot-address=10.60.0.1 login-by=http-chap,mac-cookie name=guest-portal use-radius=yes
    /ip hotspot
    add address-pool=guest-pool disabled=no interface=bridge-guest name=hotspot1 profile=guest-portal
    /radius
    add address=10.10.5.20 secret=<<sec>> service=hotspot
    /ip hotspot walled-garden
    add dst-host=*.seasidehotel.com
    add dst-host=*.stripe.com
    """, v, "MikroTik RouterOS docs: Hotspot and RADIUS client (help.mikrotik.com/docs/display/ROS/RADIUS)", sec=v)

add("blind-by/hostapd/decoy-psk-file", "wifi/hostapd/guest.conf", r"""
    interface=wlan0
    driver=nl80211
    ssid=BlueFork-Guest
    hw_mode=g
    channel=6
    wpa=2
    wpa_key_mgmt=WPA-PSK
    rsn_pairwise=CCMP
    # per-device keys are written by the portal; nothing secret lives in this file
    wpa_psk_file=/etc/hostapd/guest.psk
    ap_isolate=1
    """, None, "hostapd.conf reference: wpa_psk_file (w1.fi/cgit/hostap/plain/hostapd/hostapd.conf)")

add("blind-by/php/decoy-env-reference", "portal/config/radius.php", r"""
    <?php
    // Captive portal: RADIUS accounting for the guest network
    return [
        'server' => getenv('RADIUS_SERVER') ?: '10.10.5.20',
        'port' => (int) (getenv('RADIUS_PORT') ?: 1812),
        'secret' => getenv('RADIUS_SECRET'),
        'nas_identifier' => 'seaside-portal',
        'session_minutes' => 240,
        'terms_url' => 'https://wifi.seasidehotel.com/terms',
    ];
    """, None, "PHP manual: getenv (php.net/manual/en/function.getenv.php)")

add("blind-by/html/decoy-password-field", "portal/templates/login.html", r"""
    <!doctype html>
    <html lang="en">
    <head><meta charset="utf-8"><title>Seaside Hotel Wi-Fi</title></head>
    <body>
      <form method="post" action="/login">
        <input type="hidden" name="mac" value="$(mac)">
        <input type="hidden" name="dst" value="$(link-orig)">
        <label for="room">Room number</label>
        <input id="room" name="username" autocomplete="off" placeholder="e.g. 412">
        <label for="lastname">Last name (as on the reservation)</label>
        <input id="lastname" type="password" name="password" placeholder="Password">
        <button type="submit">Connect</button>
      </form>
    </body>
    </html>
    """, None, "MikroTik Hotspot docs: customizing login.html variables (help.mikrotik.com/docs/display/ROS/Hotspot+customisation)")

# --------------------------------------------------------------------------- loyalty
v = hexs(64)
add("blind-by/python/punchh-api-secret", "loyalty/punchh.py", r"""
    import hashlib
    import hmac
    import json

    import requests

    PUNCHH_SERVER = "https://server.punchh.com"
    CLIENT = "<<cid>>"
    SECRET = "<<sec>>"


    def _signature(path: str, body: str) -> str:
        return hmac.new(SECRET.encode(), (path + body).encode(), hashlib.sha1).hexdigest()


    def checkin(user_token: str, receipt: dict) -> dict:
        path = "/api2/mobile/checkins/online_order"
        body = json.dumps({"client": CLIENT, **receipt})
        r = requests.post(PUNCHH_SERVER + path, data=body, timeout=20, headers={
            "Content-Type": "application/json",
            "Authorization": f"Bearer {user_token}",
            "x-pch-digest": _signature(path, body),
        })
        return r.json()
    """, v, "Punchh API docs: x-pch-digest signature with the API secret (developers.punchh.com)", cid=hexs(64), sec=v)


v = draw(40)
add("blind-by/env/paytronix-client-secret", "loyalty-bridge/.env.prod", r"""
    PAYTRONIX_API=https://api.pxslab.com/rest/19.14
    PAYTRONIX_MERCHANT_ID=11842
    PAYTRONIX_CLIENT_ID=osteria_online
    PAYTRONIX_CLIENT_SECRET="<<sec>>"
    PAYTRONIX_STORE_CODE=corp
    POINTS_PER_DOLLAR=10
    """, v, "Paytronix REST API docs: OAuth client credentials (developers.paytronix.com)", sec=v)

v = draw(43, B64URL)
add("blind-by/typescript/thanx-api-key", "src/loyalty/thanx.ts", r"""
    import axios from 'axios';

    export const thanx = axios.create({
      baseURL: 'https://api.thanx.com',
      headers: {
        'Accept-Version': 'v4.0',
        'X-ClientId': 'bluefork-web',
        Authorization: 'Bearer <<key>>',
      },
      timeout: 10_000,
    });

    export async function rewardsFor(userId: string) {
      const { data } = await thanx.get(`/users/${userId}/rewards`, { params: { state: 'available' } });
      return data.rewards;
    }
    """, v, "Thanx Partner API docs: bearer token and Accept-Version header (docs.thanx.com)", key=v)

v = rand_pw(12)
add("blind-by/xml/givex-password", "giftcards/givex-config.xml", r"""
    <?xml version="1.0" encoding="utf-8"?>
    <giftCardGateway>
      <provider name="givex">
        <endpoint primary="https://dc-us1.givex.com:50104" secondary="https://dc-us2.givex.com:50104" />
        <userId>412877</userId>
        <password><<pw>></password>
        <languageCode>en</languageCode>
        <timeoutSeconds>15</timeoutSeconds>
      </provider>
      <denominations>2500,5000,10000</denominations>
    </giftCardGateway>
    """, v, "Givex API docs: user ID and password on each request (givex.com developer guide)", pw=v)

add("blind-by/sql/decoy-hash", "db/seeds/002_staff_users.sql", r"""
    -- Back-office staff accounts for the local dev database.
    -- password_hash is bcrypt (cost 12); PINs are hashed the same way.
    INSERT INTO staff_users (id, email, role, password_hash, pin_hash) VALUES
      ('<<u1>>', 'gm@bluefork.test', 'manager', '<<h1>>', '<<p1>>'),
      ('<<u2>>', 'kitchen@bluefork.test', 'kitchen', '<<h2>>', '<<p2>>'),
      ('<<u3>>', 'host@bluefork.test', 'host', '<<h3>>', '<<p3>>');

    INSERT INTO api_keys (id, label, key_prefix, key_sha256) VALUES
      (1, 'kds-tablet-line', 'bfk_live_3f9', '<<k1>>'),
      (2, 'loyalty-webhook', 'bfk_live_a20', '<<k2>>');
    """, None, "OWASP Password Storage Cheat Sheet: store hashes, never passwords (cheatsheetseries.owasp.org)",
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(),
    p1=bcrypt_hash(), p2=bcrypt_hash(), p3=bcrypt_hash(), k1=hexs(64), k2=hexs(64))

add("blind-by/json/decoy-translation", "web/src/locales/en/loyalty.json", r"""
    {
      "signIn": "Sign in to Lakeside Rewards",
      "email": "Email",
      "password": "Password",
      "passwordHint": "At least 10 characters",
      "forgotPassword": "Forgot your password?",
      "apiKey": "API key",
      "apiKeyHelp": "Paste the API key from your Punchh dashboard",
      "secret": "Secret",
      "token": "Gift card PIN",
      "pointsBalance": "You have {{points}} points"
    }
    """, None, "i18next docs: translation JSON files (www.i18next.com/misc/json-format)")

# --------------------------------------------------------------------------- kitchen display systems
v = draw(40)
add("blind-by/json/kds-mqtt-password", "kds/devices/line-2.json", r"""
    {
      "deviceName": "KDS Line 2 (grill)",
      "station": "grill",
      "screen": { "columns": 4, "bumpBar": "logic-controls-kb1700", "theme": "dark" },
      "mqtt": {
        "url": "mqtts://kds-broker.bluefork.local:8883",
        "clientId": "kds-line-2",
        "username": "kds-device",
        "password": "<<pw>>",
        "topics": ["orders/new", "orders/bumped", "orders/recalled"]
      },
      "printer": { "host": "10.50.0.61", "port": 9100 }
    }
    """, v, "MQTT.js docs: connect options username and password (github.com/mqttjs/MQTT.js#client)", pw=v)

v = fakes.redis_password(_seed())
add("blind-by/javascript/kds-redis-password", "kds-server/src/queue.js", r"""
    const Redis = require('ioredis');

    // ticket queue shared by expo and the line screens
    const redis = new Redis({
      host: 'kds-redis.internal',
      port: 6379,
      password: '<<pw>>',
      db: 2,
      keyPrefix: 'kds:',
    });

    async function pushTicket(ticket) {
      await redis.xadd('tickets', '*', 'payload', JSON.stringify(ticket));
    }

    module.exports = { redis, pushTicket };
    """, v, "ioredis README: connection options (github.com/redis/ioredis)", pw=v)

v = draw(32)
add("blind-by/yaml/fresh-kds-token", "kds/fresh-kds-routing.yml", r"""
    # Fresh KDS cloud API: routing rules pushed from our menu service
    fresh_kds:
      api: https://api.fresh.technology/v1
      account_token: <<tok>>
      location: bluefork-midtown
    routing:
      grill: [burgers, steaks]
      fry: [fries, wings, onion-rings]
      expo: ["*"]
    """, v, "Fresh KDS API docs: account token (fresh.technology/api)", tok=v)

add("blind-by/yaml/decoy-mqtt-acl", "kds/mosquitto/values.yaml", r"""
    # Mosquitto broker for the kitchen screens; device passwords come from the
    # mosquitto-passwd Secret (hashed by mosquitto_passwd), see README.
    image: eclipse-mosquitto:2.0.18
    listeners:
      - port: 8883
        tls:
          certSecret: kds-broker-tls
    auth:
      passwordFileSecret:
        name: mosquitto-passwd
        key: passwd
      allowAnonymous: false
    acl:
      - user: kds-device
        topics: ["read orders/#"]
    """, None, "Mosquitto docs: password_file and ACL (mosquitto.org/man/mosquitto-conf-5.html)")

add("blind-by/mosquitto/decoy-hash", "kds/mosquitto/passwd", r"""
    kds-device:$7$101$<<s1>>$<<h1>>
    expo:$7$101$<<s2>>$<<h2>>
    pos-bridge:$7$101$<<s3>>$<<h3>>
    kds-admin:$7$101$<<s4>>$<<h4>>
    menu-service:$7$101$<<s5>>$<<h5>>
    """, None, "mosquitto_passwd man page: PBKDF2-SHA512 hashed password file (mosquitto.org/man/mosquitto_passwd-1.html)",
    s1=b64_bytes(12), h1=b64_bytes(64), s2=b64_bytes(12), h2=b64_bytes(64), s3=b64_bytes(12), h3=b64_bytes(64),
    s4=b64_bytes(12), h4=b64_bytes(64), s5=b64_bytes(12), h5=b64_bytes(64))

# --------------------------------------------------------------------------- inventory and supplier ordering
v = hexs(32)
add("blind-by/python/marketman-api-password", "inventory/marketman_sync.py", r"""
    \"\"\"Nightly: pull MarketMan inventory counts and push par levels to the prep sheet.\"\"\"
    import requests

    MM = "https://api.marketman.com/v3/buyers"
    API_KEY = "<<key>>"
    API_PASSWORD = "<<pw>>"


    def auth_token() -> str:
        r = requests.post(f"{MM}/auth/GetToken", json={"APIKey": API_KEY, "APIPassword": API_PASSWORD}, timeout=30)
        r.raise_for_status()
        return r.json()["Token"]


    def inventory_counts(buyer_guid: str, date_from: str, date_to: str) -> list:
        r = requests.post(f"{MM}/inventory/GetInventoryCounts", timeout=60,
                          headers={"AUTH_TOKEN": auth_token()},
                          json={"BuyerGuid": buyer_guid, "DateTimeFromUTC": date_from, "DateTimeToUTC": date_to})
        return r.json()["Counts"]
    """.replace("\\\"", "\""), v, "MarketMan API docs: GetToken with APIKey and APIPassword (api-doc.marketman.com)",
    key=hexs(32), pw=v)


v = food_pw()
add("blind-by/shell/sysco-sftp-password", "edi/sysco_pull_invoices.sh", r"""
    #!/bin/sh
    # Pull Sysco 810 invoices from the EDI mailbox, then load them into R365.
    set -e
    cd /srv/edi/inbound/sysco

    lftp -u "bluefork_edi,<<pw>>" sftp://edi.sysco.com <<'EOF'
    set sftp:auto-confirm yes
    cd /outbound/810
    mget -E *.edi
    bye
    EOF

    for f in *.edi; do
      python3 /srv/edi/bin/load_810.py "$f" && mv "$f" ../archive/
    done
    """, v, "lftp manual: -u user,password (lftp.yar.ru/lftp-man.html)", pw=v)

v = rand_pw(18)
add("blind-by/properties/usfoods-as2-password", "edi/as2/partner-usfoods.properties", r"""
    # AS2 partnership with US Foods (850 POs out, 855/856/810 in)
    as2.partner.name=USFOODS
    as2.partner.as2id=USFOODSPROD
    as2.partner.url=https://as2.usfoods.com/as2/receive
    as2.local.as2id=HARBORVIEWGRP
    as2.signing.algorithm=sha256
    as2.encryption.algorithm=aes256
    as2.keystore.file=/etc/as2/harborview.p12
    as2.keystore.password=<<pw>>
    as2.mdn.async=false
    """, v, "OpenAS2 docs: partnership and keystore settings (openas2.sourceforge.io)", pw=v)

v = draw(40)
add("blind-by/python/restaurant365-password", "accounting/r365_upload.py", r"""
    import requests

    R365 = "https://odata.restaurant365.net/api/v2/views"
    USER = "bluefork\\integration"
    PASSWORD = "<<pw>>"


    def gl_accounts():
        r = requests.get(f"{R365}/GLAccount", auth=(USER, PASSWORD), timeout=60)
        r.raise_for_status()
        return r.json()["value"]


    def transactions(since: str):
        url = f"{R365}/Transaction?$filter=date ge {since}"
        return requests.get(url, auth=(USER, PASSWORD), timeout=120).json()["value"]
    """, v, "Restaurant365 OData connector docs: basic authentication (docs.restaurant365.com)", pw=v)

v = draw(32)
add("blind-by/go/bluecart-api-key", "supplier/bluecart/client.go", r"""
    package bluecart

    import (
    	"net/http"
    	"time"
    )

    const (
    	baseURL = "https://api.bluecart.com/v1"
    	apiKey  = "<<key>>"
    )

    var httpClient = &http.Client{Timeout: 20 * time.Second}

    func newRequest(method, path string) (*http.Request, error) {
    	req, err := http.NewRequest(method, baseURL+path, nil)
    	if err != nil {
    		return nil, err
    	}
    	req.Header.Set("X-Api-Key", apiKey)
    	req.Header.Set("Accept", "application/json")
    	return req, nil
    }
    """, v, "BlueCart API docs: X-Api-Key header (bluecart.com/api)", key=v)

add("blind-by/csv/decoy-public-id", "inventory/vendors.csv", r"""
    vendor,account_number,edi_id,portal_url,rep_email
    Sysco Metro NY,600418223,SYSCONY0035,https://shop.sysco.com,rep.metro@sysco.example
    US Foods,771230985,USFOODSPROD,https://order.usfoods.com,ordering@usfoods.example
    Baldor Specialty,BF-22817,BALDOR01,https://www.baldorfood.com,orders@baldor.example
    Restaurant Depot,8841200391,,https://www.restaurantdepot.com,
    Chefs Warehouse,CW-0048821,CHEFSWH,https://www.chefswarehouse.com,nyc@chefswarehouse.example
    """, None, "Team vendor list: account numbers and EDI ids are identifiers")

# --------------------------------------------------------------------------- online ordering sites: databases and frameworks
v = food_pw()
add("blind-by/docker-compose/postgres-password", "ordering/docker-compose.yml", r"""
    version: "3.9"
    services:
      web:
        build: .
        command: gunicorn ordering.wsgi -b 0.0.0.0:8000 -w 3
        environment:
          DJANGO_SETTINGS_MODULE: ordering.settings.production
          DATABASE_HOST: db
        ports: ["8000:8000"]
        depends_on: [db]
      db:
        image: postgres:15
        environment:
          POSTGRES_DB: ordering
          POSTGRES_USER: ordering
          POSTGRES_PASSWORD: <<pw>>
        volumes:
          - pgdata:/var/lib/postgresql/data
    volumes:
      pgdata:
    """, v, "Docker Official Image postgres: POSTGRES_PASSWORD (hub.docker.com/_/postgres)", pw=v)

v = venue_pw()
add("blind-by/docker-compose/mysql-password", "website/docker-compose.yml", r"""
    services:
      wordpress:
        image: wordpress:6.5-php8.2-apache
        restart: always
        ports: ["80:80"]
        environment:
          WORDPRESS_DB_HOST: mysql
          WORDPRESS_DB_USER: trattoria
          WORDPRESS_DB_PASSWORD: "<<pw>>"
          WORDPRESS_DB_NAME: trattoria_site
        volumes: [./wp-content:/var/www/html/wp-content]
      mysql:
        image: mysql:8.0
        environment:
          MYSQL_DATABASE: trattoria_site
          MYSQL_USER: trattoria
          MYSQL_PASSWORD: "<<pw>>"
          MYSQL_RANDOM_ROOT_PASSWORD: "1"
        volumes: [db:/var/lib/mysql]
    volumes:
      db:
    """, v, "Docker Official Image wordpress: WORDPRESS_DB_PASSWORD (hub.docker.com/_/wordpress)", pw=v)

v = rand_pw(24)
add("blind-by/env/database-url", "backend/.env.production", r"""
    NODE_ENV=production
    DATABASE_URL=postgresql://orders_app:<<pw>>@orders-prod.c9x2k1abcd.us-east-1.rds.amazonaws.com:5432/orders?sslmode=require
    REDIS_URL=redis://orders-cache.internal:6379/1
    PUBLIC_MENU_URL=https://menu.smokehousebbq.com
    ORDER_THROTTLE_PER_SLOT=18
    """, v, "Prisma docs: PostgreSQL connection URL (prisma.io/docs/orm/overview/databases/postgresql)", pw=v)

v = venue_pw()
add("blind-by/php/wordpress-db-password", "site/wp-config.php", r"""
    <?php
    /** Trattoria Roma - production */
    define( 'DB_NAME', 'trattoria_wp' );
    define( 'DB_USER', 'trattoria_wp' );
    define( 'DB_PASSWORD', '<<pw>>' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    // salts live outside the web root
    require_once '/home/trattoria/wp-salts.php';

    $table_prefix = 'tr_';
    define( 'WP_DEBUG', false );
    define( 'DISALLOW_FILE_EDIT', true );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
    """, v, "WordPress developer docs: editing wp-config.php (developer.wordpress.org/advanced-administration/wordpress/wp-config/)", pw=v)

v = "base64:" + b64_bytes(32)
add("blind-by/env/laravel-app-key", "ordering-laravel/.env.production", r"""
    APP_NAME="Taqueria Online"
    APP_ENV=production
    APP_KEY=<<key>>
    APP_DEBUG=false
    APP_URL=https://order.taqueriasol.com

    DB_CONNECTION=mysql
    DB_SOCKET=/var/run/mysqld/mysqld.sock
    DB_DATABASE=taqueria
    DB_USERNAME=taqueria
    DB_PASSWORD=

    QUEUE_CONNECTION=redis
    SESSION_DRIVER=redis
    """, v, "Laravel docs: configuration, APP_KEY encryption key (laravel.com/docs/configuration)", key=v)

v = fakes.django_secret_key(_seed())
add("blind-by/python/django-secret-key", "ordering/settings/production.py", r"""
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["order.bluefork.nyc", "admin.bluefork.nyc"]

    SECRET_KEY = "<<key>>"

    DATABASES["default"]["HOST"] = "ordering-db.internal"
    DATABASES["default"]["CONN_MAX_AGE"] = 60

    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    """, v, "Django docs: SECRET_KEY setting (docs.djangoproject.com/en/5.0/ref/settings/#secret-key)", key=v)

v = hexs(48)
add("blind-by/python/flask-secret-key", "menuboard/config.py", r"""
    class Config:
        SECRET_KEY = "<<key>>"
        SQLALCHEMY_DATABASE_URI = "sqlite:///menuboard.db"
        MENU_REFRESH_SECONDS = 60
        SCREENS = ["drive-thru-1", "drive-thru-2", "counter"]


    class DevConfig(Config):
        DEBUG = True


    class ProdConfig(Config):
        SQLALCHEMY_DATABASE_URI = "postgresql:///menuboard"
    """, v, "Flask docs: SECRET_KEY configuration (flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY)", key=v)

v = fakes.redis_password(_seed())
add("blind-by/python/redis-url", "ordering/celery_app.py", r"""
    from celery import Celery

    BROKER = "redis://:<<pw>>@orders-redis.internal:6379/0"

    app = Celery("ordering", broker=BROKER, backend=BROKER)
    app.conf.update(
        task_acks_late=True,
        task_routes={"ordering.tasks.print_ticket": {"queue": "kitchen"}},
        beat_schedule={
            "close-stale-carts": {"task": "ordering.tasks.close_stale_carts", "schedule": 300.0},
            "sync-86-list": {"task": "ordering.tasks.sync_eighty_sixed", "schedule": 60.0},
        },
    )
    """, v, "Celery docs: Redis broker URL (docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html)", pw=v)

v = rand_pw(20)
add("blind-by/javascript/amqp-url", "order-events/src/bus.js", r"""
    const amqp = require('amqplib');

    const URL = 'amqps://order-events:<<pw>>@rabbit.pierhouse.internal:5671/orders';

    async function publish(routingKey, event) {
      const conn = await amqp.connect(URL);
      const ch = await conn.createConfirmChannel();
      await ch.assertExchange('orders', 'topic', { durable: true });
      ch.publish('orders', routingKey, Buffer.from(JSON.stringify(event)), { persistent: true });
      await ch.waitForConfirms();
      await conn.close();
    }

    module.exports = { publish };
    """, v, "amqplib docs: connect URL (amqp-node.github.io/amqplib/channel_api.html#connect)", pw=v)

v = rand_pw(16)
add("blind-by/typescript/mongodb-uri", "menu-api/src/db.ts", r"""
    import { MongoClient } from 'mongodb';

    const uri =
      'mongodb+srv://menu-api:<<pw>>@cluster0.x8kq2.mongodb.net/menus?retryWrites=true&w=majority';

    export const client = new MongoClient(uri, { maxPoolSize: 20 });

    export async function menusFor(brand: string) {
      await client.connect();
      return client.db('menus').collection('menus').find({ brand, active: true }).toArray();
    }
    """, v, "MongoDB docs: connection string URI format (mongodb.com/docs/manual/reference/connection-string/)", pw=v)

v = food_pw()
add("blind-by/sql/create-user-password", "db/migrations/0042_reporting_user.sql", r"""
    -- Read-only user for the Metabase sales dashboards (owner: finance)
    CREATE USER 'metabase_ro'@'10.20.%' IDENTIFIED BY '<<pw>>';
    GRANT SELECT ON pos.orders TO 'metabase_ro'@'10.20.%';
    GRANT SELECT ON pos.order_items TO 'metabase_ro'@'10.20.%';
    GRANT SELECT ON pos.payments TO 'metabase_ro'@'10.20.%';
    GRANT SELECT ON pos.locations TO 'metabase_ro'@'10.20.%';
    FLUSH PRIVILEGES;
    """, v, "MySQL 8.0 reference manual: CREATE USER ... IDENTIFIED BY (dev.mysql.com/doc/refman/8.0/en/create-user.html)", pw=v)


v = passphrase()
add("blind-by/pgpass/postgres-password", "deploy/files/pgpass", r"""
    # hostname:port:database:username:password  (copied to ~/.pgpass on the reporting box)
    orders-prod.internal:5432:orders:reporting:<<pw>>
    orders-prod.internal:5432:*:postgres:*
    localhost:5432:orders_dev:dev:dev
    localhost:5432:orders_test:test:test
    """, v, "PostgreSQL docs: the password file (postgresql.org/docs/current/libpq-pgpass.html)", pw=v)


v = rand_pw(16)
add("blind-by/go/database-dsn", "kds-server/cmd/kds/main.go", r"""
    package main

    import (
    	"database/sql"
    	"log"

    	_ "github.com/go-sql-driver/mysql"
    )

    const dsn = "kds:<<pw>>@tcp(10.50.0.5:3306)/kds?parseTime=true"

    func main() {
    	db, err := sql.Open("mysql", dsn)
    	if err != nil {
    		log.Fatal(err)
    	}
    	defer db.Close()
    	if err := db.Ping(); err != nil {
    		log.Fatal(err)
    	}
    	log.Println("kds server up")
    	serve(db)
    }
    """, v, "go-sql-driver/mysql README: DSN format (github.com/go-sql-driver/mysql#dsn-data-source-name)", pw=v)

v = rand_pw(24)
add("blind-by/k8s-secret/database-url", "k8s/ordering/db-secret.yaml", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: ordering-db
      namespace: ordering
    type: Opaque
    data:
      DATABASE_URL: <<url>>
    """, v, "Kubernetes docs: Secrets (kubernetes.io/docs/concepts/configuration/secret/)",
    url=b64("postgres://ordering:" + v + "@ordering-pg.ordering.svc:5432/ordering"))


# --------------------------------------------------------------------------- cloud, CI and deploy
v = fakes.aws_secret_key(_seed())
add("blind-by/aws-credentials/aws-secret-key", "deploy/aws/credentials", r"""
    [default]
    region = us-east-1

    [menu-uploader]
    aws_access_key_id = <<kid>>
    aws_secret_access_key = <<sec>>
    region = us-east-1
    """, v, "AWS CLI docs: configuration and credential file settings (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)",
    kid=fakes.aws_key_id(_seed()), sec=v)

v = fakes.aws_secret_key(_seed())
add("blind-by/github-actions/aws-secret-key", ".github/workflows/deploy-menu.yml", r"""
    name: Publish menus
    on:
      push:
        branches: [main]
        paths: ["menus/**"]
    jobs:
      publish:
        runs-on: ubuntu-latest
        env:
          AWS_ACCESS_KEY_ID: <<kid>>
          AWS_SECRET_ACCESS_KEY: <<sec>>
          AWS_DEFAULT_REGION: us-east-1
        steps:
          - uses: actions/checkout@v4
          - run: pip install -r tools/requirements.txt
          - run: python tools/render_menus.py menus/ dist/
          - run: aws s3 sync dist/ s3://menus.harborviewhotel.com/ --delete
          - run: aws cloudfront create-invalidation --distribution-id E2QX7H0K4ABCD1 --paths '/*'
    """, v, "GitHub Actions docs: workflow syntax, env (docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions)",
    kid=fakes.aws_key_id(_seed()), sec=v)

v = food_pw()
add("blind-by/gitlab-ci/deploy-password", ".gitlab-ci.yml", r"""
    stages: [test, deploy]

    test:
      image: python:3.12
      script:
        - pip install -r requirements.txt
        - pytest -q

    deploy_pos_bridge:
      stage: deploy
      image: alpine:3.20
      only: [main]
      before_script:
        - apk add --no-cache sshpass openssh-client rsync
      script:
        - export SSHPASS='<<pw>>'
        - sshpass -e rsync -az --delete ./ posadmin@10.50.0.5:/opt/pos-bridge/
        - sshpass -e ssh posadmin@10.50.0.5 'sudo systemctl restart pos-bridge'
    """, v, "GitLab CI/CD docs: .gitlab-ci.yml keyword reference (docs.gitlab.com/ee/ci/yaml/)", pw=v)

v = fakes.fake("npm_", 36, _seed())
add("blind-by/npmrc/npm-token", ".npmrc", r"""
    @bluefork:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=<<tok>>
    save-exact=true
    engine-strict=true
    fund=false
    """, v, "npm docs: .npmrc auth-related configuration (docs.npmjs.com/cli/v10/configuring-npm/npmrc)", tok=v)

v = fakes.pypi_token(_seed())
add("blind-by/pypirc/pypi-token", "tools/pos-client/.pypirc", r"""
    [distutils]
    index-servers =
        pypi

    [pypi]
    repository = https://upload.pypi.org/legacy/
    username = __token__
    password = <<tok>>
    """, v, "PyPA packaging guide: the .pypirc file (packaging.python.org/en/latest/specifications/pypirc/)", tok=v)

v = fakes.github_token(_seed())
add("blind-by/shell/github-token", "deploy/bootstrap-kiosk.sh", r"""
    #!/bin/bash
    # First boot of a self-order kiosk (Ubuntu Core image), run by cloud-init.
    set -euxo pipefail

    apt-get update && apt-get install -y git chromium-browser unclutter
    git clone https://x-access-token:<<tok>>@github.com/bluefork/kiosk-app.git /opt/kiosk
    cd /opt/kiosk
    ./install.sh --store "$(cat /etc/kiosk/store_id)"
    systemctl enable --now kiosk.service
    """, v, "GitHub docs: authenticating with a token in an HTTPS clone URL (docs.github.com/en/authentication)", tok=v)

v = fakes.fake("glpat-", 20, _seed())
add("blind-by/dockerfile/gitlab-token", "pos-bridge/Dockerfile", r"""
    FROM python:3.12-slim

    WORKDIR /app
    COPY requirements.txt .
    # internal packages (toast-models, kds-protocol) come from the group registry
    RUN pip install --no-cache-dir -r requirements.txt \
        --extra-index-url https://__token__:<<tok>>@gitlab.com/api/v4/groups/8812034/-/packages/pypi/simple

    COPY . .
    USER 10001
    CMD ["gunicorn", "pos_bridge.app:app", "-b", "0.0.0.0:8080", "-k", "uvicorn.workers.UvicornWorker"]
    """, v, "GitLab docs: PyPI packages in the package registry (docs.gitlab.com/ee/user/packages/pypi_repository/)", tok=v)

v = venue_pw()
add("blind-by/hcl/database-password", "infra/terraform/rds.tf", r"""
    resource "aws_db_instance" "pos" {
      identifier              = "pos-prod"
      engine                  = "postgres"
      engine_version          = "15.5"
      instance_class          = "db.t4g.medium"
      allocated_storage       = 100
      db_name                 = "pos"
      username                = "pos_admin"
      password                = "<<pw>>"
      db_subnet_group_name    = aws_db_subnet_group.private.name
      vpc_security_group_ids  = [aws_security_group.pos_db.id]
      backup_retention_period = 14
      deletion_protection     = true
      skip_final_snapshot     = false
    }
    """, v, "Terraform AWS provider docs: aws_db_instance (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance)", pw=v)


v = passphrase()
add("blind-by/ansible/database-password", "ansible/group_vars/pos_servers.yml", r"""
    ---
    pos_bridge_version: 3.4.2
    pos_bridge_port: 8080
    pos_db_host: 10.50.0.5
    pos_db_name: pos
    pos_db_user: pos_bridge
    pos_db_password: "<<pw>>"
    kitchen_printers:
      - { name: grill, host: 10.50.0.61 }
      - { name: cold, host: 10.50.0.62 }
    """, v, "Ansible docs: group_vars (docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html)", pw=v)

v = azure_secret()
add("blind-by/json/azure-client-secret", "sso/appsettings.Production.json", r"""
    {
      "AzureAd": {
        "Instance": "https://login.microsoftonline.com/",
        "Domain": "grandhotelgroup.onmicrosoft.com",
        "TenantId": "<<tid>>",
        "ClientId": "<<cid>>",
        "ClientSecret": "<<sec>>",
        "CallbackPath": "/signin-oidc"
      },
      "StaffPortal": { "AllowedGroups": [ "FrontOffice", "Housekeeping", "FandB" ] }
    }
    """, v, "Microsoft Identity Web docs: appsettings.json ClientSecret (learn.microsoft.com/entra/identity-platform/)",
    tid=uuid_s(), cid=uuid_s(), sec=v)

v = rand_pw(22)
add("blind-by/azure-pipelines/variable-password", "azure-pipelines.yml", r"""
    trigger:
      branches: { include: [main] }

    pool:
      vmImage: windows-latest

    variables:
      buildConfiguration: Release
      sqlServer: sql-hotel-prod.database.windows.net
      sqlUser: pms_deploy
      sqlPassword: '<<pw>>'

    steps:
      - task: DotNetCoreCLI@2
        inputs: { command: publish, projects: 'src/Hotel.Web/Hotel.Web.csproj', arguments: '-c $(buildConfiguration)' }
      - script: sqlpackage /a:Publish /sf:db/Pms.dacpac /tsn:$(sqlServer) /tdn:Pms /tu:$(sqlUser) /tp:$(sqlPassword)
        displayName: Deploy database
    """, v, "Azure Pipelines docs: define variables (learn.microsoft.com/azure/devops/pipelines/process/variables)", pw=v)

_jenkins_pw = rand_pw(16)
add("blind-by/jenkinsfile/registry-password", "Jenkinsfile", r"""
    pipeline {
      agent any
      environment {
        REGISTRY = 'registry.harborview.internal'
      }
      stages {
        stage('Build') {
          steps { sh 'docker build -t $REGISTRY/pms-bridge:$BUILD_NUMBER .' }
        }
        stage('Push') {
          steps {
            sh 'echo "<<pw>>" | docker login $REGISTRY -u deploy --password-stdin'
            sh 'docker push $REGISTRY/pms-bridge:$BUILD_NUMBER'
          }
        }
      }
    }
    """, _jenkins_pw, "Jenkins docs: Pipeline syntax; docker login --password-stdin (docs.docker.com/reference/cli/docker/login/)",
    pw=_jenkins_pw)

v = rand_pw(20)
add("blind-by/docker-config/registry-auth", "deploy/kiosk/docker-config.json", r"""
    {
      "auths": {
        "registry.bluefork.internal:5000": {
          "auth": "<<auth>>"
        }
      },
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      },
      "detachKeys": "ctrl-e,e"
    }
    """, v, "Docker docs: config.json auths, base64 user:password (docs.docker.com/reference/cli/docker/login/)",
    auth=b64("kiosk-pull:" + v))

# --------------------------------------------------------------------------- messaging, alerts, monitoring
v = slack_webhook()
add("blind-by/python/slack-webhook", "ordering/alerts.py", r"""
    import logging

    import requests

    log = logging.getLogger(__name__)

    # #kitchen-alerts in the BlueFork workspace
    SLACK_WEBHOOK = "<<url>>"


    def order_stuck(order_id: str, store: str, minutes: int) -> None:
        text = f":rotating_light: Order {order_id} at {store} has not been accepted for {minutes} min"
        try:
            requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=5)
        except requests.RequestException:
            log.exception("slack alert failed")
    """, v, "Slack API docs: sending messages using incoming webhooks (api.slack.com/messaging/webhooks)", url=v)

v = slack_webhook()
add("blind-by/yaml/slack-webhook", "monitoring/alertmanager.yml", r"""
    global:
      resolve_timeout: 5m
    route:
      receiver: pos-oncall
      group_by: [alertname, store]
      routes:
        - matchers: [severity="page"]
          receiver: pos-oncall
    receivers:
      - name: pos-oncall
        slack_configs:
          - api_url: <<url>>
            channel: "#pos-oncall"
            send_resolved: true
            title: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.store }}'
    """, v, "Prometheus Alertmanager docs: slack_config api_url (prometheus.io/docs/alerting/latest/configuration/#slack_config)", url=v)

v = slack_bot()
add("blind-by/javascript/slack-bot-token", "bots/eighty-six-bot/app.js", r"""
    const { App } = require('@slack/bolt');

    // "/86 burrata" posts to #foh and marks the item unavailable in the POS
    const app = new App({
      token: '<<tok>>',
      signingSecret: process.env.SLACK_SIGNING_SECRET,
    });

    app.command('/86', async ({ command, ack, say }) => {
      await ack();
      const item = command.text.trim();
      await require('./pos').markUnavailable(item);
      await say(`:no_entry: ${item} is 86'd (by <@${command.user_id}>)`);
    });

    (async () => {
      await app.start(process.env.PORT || 3000);
    })();
    """, v, "Slack Bolt for JavaScript docs: App token option (slack.dev/bolt-js/getting-started)", tok=v)

v = hexs(32)
add("blind-by/python/twilio-auth-token", "waitlist/sms.py", r"""
    from twilio.rest import Client

    ACCOUNT_SID = "AC<<sid>>"
    AUTH_TOKEN = "<<tok>>"
    FROM = "+12125550187"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def table_ready(phone: str, party: str) -> str:
        msg = client.messages.create(
            to=phone,
            from_=FROM,
            body=f"Hi {party}, your table at Osteria is ready! Please check in with the host within 10 minutes.",
        )
        return msg.sid
    """, v, "Twilio docs: Python helper library, account SID and auth token (twilio.com/docs/libraries/python)",
    sid=hexs(32), tok=v)


v = sendgrid_key()
add("blind-by/php/sendgrid-api-key", "app/Mail/ReservationMailer.php", r"""
    <?php

    namespace App\Mail;

    use SendGrid;
    use SendGrid\Mail\Mail;

    class ReservationMailer
    {
        private SendGrid $client;

        public function __construct()
        {
            $this->client = new SendGrid('<<key>>');
        }

        public function confirm(string $to, string $name, string $when, int $party): void
        {
            $mail = new Mail();
            $mail->setFrom('reservations@brasserielune.com', 'Brasserie Lune');
            $mail->addTo($to, $name);
            $mail->setTemplateId('d-4b1e0c9a7f2d4e6b8a3c5d7e9f1a2b3c');
            $mail->addDynamicTemplateDatas(['name' => $name, 'when' => $when, 'party' => $party]);
            $this->client->send($mail);
        }
    }
    """, v, "SendGrid PHP library README (github.com/sendgrid/sendgrid-php)", key=v)


v = "key-" + hexs(32)
add("blind-by/python/mailgun-api-key", "catering/notify.py", r"""
    import requests

    MAILGUN_DOMAIN = "mg.cantinaroja.com"
    MAILGUN_KEY = "<<key>>"


    def send_quote(to: str, pdf_path: str) -> None:
        with open(pdf_path, "rb") as pdf:
            requests.post(
                f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
                auth=("api", MAILGUN_KEY),
                files=[("attachment", ("quote.pdf", pdf))],
                data={"from": "Cantina Roja Catering <catering@cantinaroja.com>", "to": [to],
                      "subject": "Your catering quote", "text": "Quote attached - thanks!"},
                timeout=30,
            ).raise_for_status()
    """, v, "Mailgun docs: sending messages with the API key (documentation.mailgun.com/docs/mailgun/quickstart-guide/)", key=v)

v = uuid_s()
add("blind-by/json/postmark-server-token", "src/GuestMail/appsettings.json", r"""
    {
      "Logging": { "LogLevel": { "Default": "Warning" } },
      "Postmark": {
        "ServerToken": "<<tok>>",
        "MessageStream": "outbound",
        "From": "Harborview Hotel <hello@harborviewhotel.com>"
      },
      "Templates": {
        "Confirmation": "booking-confirmation",
        "PreArrival": "pre-arrival"
      }
    }
    """, v, "Postmark docs: X-Postmark-Server-Token (postmarkapp.com/developer/api/overview#authentication)", tok=v)

v = venue_pw()
add("blind-by/msmtprc/smtp-password", "deploy/files/msmtprc", r"""
    # msmtp for the back-office box: end-of-day reports and printer alerts
    defaults
    auth           on
    tls            on
    tls_trust_file /etc/ssl/certs/ca-certificates.crt
    logfile        /var/log/msmtp.log

    account        office
    host           smtp.office365.com
    port           587
    from           reports@smokehousebbq.com
    user           reports@smokehousebbq.com
    password       <<pw>>

    account default : office
    """, v, "msmtp documentation: configuration file (marlam.de/msmtp/msmtp.html)", pw=v)

v = hexs(32)
add("blind-by/yaml/datadog-api-key", "deploy/datadog/datadog.yaml", r"""
    api_key: <<key>>
    site: datadoghq.com
    hostname: pos-bridge-01
    tags:
      - env:prod
      - service:pos-bridge
      - brand:bluefork
    logs_enabled: true
    process_config:
      process_collection:
        enabled: true
    """, v, "Datadog Agent docs: datadog.yaml configuration file (docs.datadoghq.com/agent/configuration/agent-configuration-files/)", key=v)

v = hexs(64)
add("blind-by/ini/sentry-auth-token", "web/.sentryclirc", r"""
    [defaults]
    url = https://sentry.io/
    org = bluefork-hospitality
    project = ordering-web

    [auth]
    token = <<tok>>
    """, v, "Sentry CLI docs: configuration file .sentryclirc (docs.sentry.io/cli/configuration/)", tok=v)

v = hexs(36) + "NRAL"
add("blind-by/ini/newrelic-license-key", "newrelic.ini", r"""
    [newrelic]
    license_key = <<key>>
    app_name = Harborview Booking Engine
    monitor_mode = true
    log_level = info
    distributed_tracing.enabled = true

    [newrelic:staging]
    app_name = Harborview Booking Engine (Staging)
    monitor_mode = true
    """, v, "New Relic Python agent docs: newrelic.ini license_key (docs.newrelic.com/docs/apm/agents/python-agent/configuration/)", key=v)

# --------------------------------------------------------------------------- maps, AI, bots
v = google_key()
add("blind-by/python/google-maps-key", "delivery/zones.py", r"""
    \"\"\"Delivery zone check: driving distance from the store to the customer.\"\"\"
    import googlemaps

    gmaps = googlemaps.Client(key="<<key>>")  # server key, Distance Matrix only
    MAX_MILES = 4.5


    def in_zone(store_address: str, customer_address: str) -> bool:
        result = gmaps.distance_matrix(store_address, customer_address, mode="driving", units="imperial")
        element = result["rows"][0]["elements"][0]
        if element["status"] != "OK":
            return False
        return element["distance"]["value"] / 1609.34 <= MAX_MILES
    """.replace("\\\"", "\""), v, "Google Maps Platform docs: API keys (developers.google.com/maps/documentation/distance-matrix/get-api-key)", key=v)

_mb_user = base64.urlsafe_b64encode(json.dumps({"u": "bluefork", "a": "cl" + draw(23, string.ascii_lowercase + string.digits)}, separators=(",", ":")).encode()).decode().rstrip("=")
v = "sk." + _mb_user + "." + draw(22, B64URL)
add("blind-by/env/mapbox-secret-token", "dispatch-map/.env", r"""
    # public token (pk.) goes to the browser; this secret token can create tilesets
    MAPBOX_PUBLIC_TOKEN=${MAPBOX_PUBLIC_TOKEN}
    MAPBOX_SECRET_TOKEN=<<tok>>
    MAPBOX_USERNAME=bluefork
    TILESET_ID=bluefork.delivery-zones
    """, v, "Mapbox docs: access tokens, secret sk. tokens (docs.mapbox.com/accounts/guides/tokens/)", tok=v)

v = fakes.openai_key(_seed())
add("blind-by/python/openai-api-key", "menu_tools/describe_dishes.py", r"""
    \"\"\"Draft menu descriptions for the seasonal menu; the chef edits them afterwards.\"\"\"
    import csv

    from openai import OpenAI

    client = OpenAI(api_key="<<key>>")

    PROMPT = "Write a 20-word menu description for: {name} ({ingredients}). No adjectives like 'delicious'."

    with open("spring_menu.csv") as fh:
        for row in csv.DictReader(fh):
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": PROMPT.format(**row)}],
            )
            print(row["name"], "|", resp.choices[0].message.content.strip())
    """.replace("\\\"", "\""), v, "OpenAI Python library README: API key (github.com/openai/openai-python)", key=v)

v = fakes.telegram_token(_seed())
add("blind-by/python/telegram-bot-token", "bots/prep_list_bot.py", r"""
    import datetime as dt

    from telegram.ext import Application, CommandHandler

    BOT_TOKEN = "<<tok>>"
    KITCHEN_CHAT_ID = -1002047718833


    async def prep(update, context):
        today = dt.date.today().strftime("%A")
        with open(f"prep_lists/{today.lower()}.txt") as fh:
            await update.message.reply_text(fh.read())


    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("prep", prep))
    app.run_polling()
    """, v, "python-telegram-bot docs: Application builder token (docs.python-telegram-bot.org)", tok=v)

# --------------------------------------------------------------------------- private keys
v = fakes.fake_pem(_seed(), "OPENSSH")
add("blind-by/ansible/ssh-private-key", "ansible/roles/pos_bridge/files/deploy_key", r"""
    <<key>>
    """, v, "OpenSSH ssh-keygen: private key file format (man.openbsd.org/ssh-keygen)", key=v)

_fb_pem = fakes.fake_pem(_seed(), "")
_fb_pem = _fb_pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
v = _fb_pem.replace("\n", "\\n") + "\\n"
add("blind-by/json/gcp-service-account", "kitchen-app/firebase-adminsdk.json", r"""
    {
      "type": "service_account",
      "project_id": "bluefork-kitchen",
      "private_key_id": "<<kid>>",
      "private_key": "<<key>>",
      "client_email": "firebase-adminsdk-x1k9q@bluefork-kitchen.iam.gserviceaccount.com",
      "client_id": "104882913377120448821",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x1k9q%40bluefork-kitchen.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, v, "Google Cloud docs: service account key JSON (cloud.google.com/iam/docs/keys-create-delete)", kid=hexs(40), key=v)

v = fakes.fake_pem(_seed(), "EC")
add("blind-by/yaml/apple-pay-merchant-key", "deploy/k8s/applepay-merchant-configmap.yaml", r"""
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: applepay-merchant
      namespace: ordering
    data:
      merchant_id: merchant.com.bluefork.order
      domain: order.bluefork.nyc
      merchant_identity.key: |
        <<key>>
    """, v, "Apple Pay on the Web docs: merchant identity certificate and key (developer.apple.com/documentation/apple_pay_on_the_web)",
    key=v.replace("\n", "\n    "))

# --------------------------------------------------------------------------- web servers, services, schedulers
_ng_pw = rand_pw(18)
add("blind-by/nginx/basic-auth-header", "deploy/nginx/pos-proxy.conf", r"""
    # Reverse proxy from the kitchen LAN to the POS vendor's local API (no auth on the LAN side)
    server {
        listen 8081;
        server_name pos-proxy.kitchen.local;

        location /api/ {
            proxy_pass https://pos-hub.bluefork.local:9443/api/;
            proxy_set_header Authorization "Basic <<auth>>";
            proxy_set_header Host pos-hub.bluefork.local;
            proxy_ssl_verify off;
            proxy_read_timeout 30s;
        }
    }
    """, _ng_pw, "nginx docs: proxy_set_header (nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header)",
    auth=b64("kitchen-proxy:" + _ng_pw))

v = food_pw()
add("blind-by/apache/setenv-password", "deploy/apache/order.conf", r"""
    <VirtualHost *:443>
        ServerName order.trattoriaroma.com
        DocumentRoot /var/www/order/public

        SetEnv APP_ENV production
        SetEnv DB_HOST 127.0.0.1
        SetEnv DB_USER order_app
        SetEnv DB_PASS "<<pw>>"

        <Directory /var/www/order/public>
            AllowOverride All
            Require all granted
        </Directory>

        SSLEngine on
        SSLCertificateFile /etc/letsencrypt/live/order.trattoriaroma.com/fullchain.pem
        SSLCertificateKeyFile /etc/letsencrypt/live/order.trattoriaroma.com/privkey.pem
    </VirtualHost>
    """, v, "Apache httpd docs: mod_env SetEnv (httpd.apache.org/docs/2.4/mod/mod_env.html)", pw=v)

v = draw(64, ALNUM)
add("blind-by/systemd/deliverect-client-secret", "deploy/systemd/pos-middleware.service", r"""
    [Unit]
    Description=POS middleware (Deliverect <-> in-store POS)
    After=network-online.target
    Wants=network-online.target

    [Service]
    User=posmw
    WorkingDirectory=/opt/pos-middleware
    Environment=DELIVERECT_CLIENT_ID=<<cid>>
    Environment="DELIVERECT_CLIENT_SECRET=<<sec>>"
    Environment=POS_API_BASE=http://127.0.0.1:9000
    ExecStart=/opt/pos-middleware/venv/bin/python -m pos_middleware
    Restart=always
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    """, v, "systemd.exec man page: Environment= (freedesktop.org/software/systemd/man/systemd.exec.html)", cid=draw(32), sec=v)

v = venue_pw()
add("blind-by/crontab/mysqldump-password", "deploy/cron/backup.crontab", r"""
    # m h dom mon dow  command
    SHELL=/bin/bash
    MAILTO=it@osteriagroup.com
    # nightly dump of the reservations DB, kept 14 days
    15 3 * * * mysqldump -u backup -p'<<pw>>' --single-transaction reservations | gzip > /backups/reservations-$(date +\%F).sql.gz
    30 3 * * * find /backups -name 'reservations-*.sql.gz' -mtime +14 -delete
    0 6 * * 1 /opt/reports/weekly_covers.sh
    """, v, "crontab(5) man page; mysqldump docs: --password option (dev.mysql.com/doc/refman/8.0/en/mysqldump.html)", pw=v)

v = rand_pw(16)
add("blind-by/supervisord/printer-password", "deploy/supervisor/cloudprnt.conf", r"""
    [program:cloudprnt]
    command=/opt/cloudprnt/venv/bin/python -m cloudprnt_server --port 8090
    directory=/opt/cloudprnt
    user=printer
    autostart=true
    autorestart=true
    environment=CLOUDPRNT_USER="kitchen",CLOUDPRNT_PASSWORD="<<pw>>",PRINTERS="00:11:62:1a:2b:3c,00:11:62:1a:2b:3d"
    stdout_logfile=/var/log/cloudprnt.log
    redirect_stderr=true
    """, v, "Supervisor docs: program environment (supervisord.org/configuration.html); Star CloudPRNT basic auth", pw=v)

v = hexs(64)
add("blind-by/javascript/jwt-secret", "ecosystem.config.js", r"""
    module.exports = {
      apps: [
        {
          name: 'order-api',
          script: 'dist/server.js',
          instances: 2,
          exec_mode: 'cluster',
          env: {
            NODE_ENV: 'development',
          },
          env_production: {
            NODE_ENV: 'production',
            PORT: 4000,
            JWT_SECRET: '<<sec>>',
            CORS_ORIGIN: 'https://order.pierhouse.com',
          },
        },
      ],
    };
    """, v, "PM2 docs: ecosystem file and env_production (pm2.keymetrics.io/docs/usage/application-declaration/)", sec=v)

v = woo_key("cs_")
add("blind-by/python/woocommerce-consumer-secret", "website_sync/push_menu.py", r"""
    \"\"\"Push the POS menu to the WooCommerce shop (products = dishes, categories = menu sections).\"\"\"
    from woocommerce import API

    wcapi = API(
        url="https://shop.bodegaverde.com",
        consumer_key="<<ck>>",
        consumer_secret="<<cs>>",
        version="wc/v3",
        timeout=30,
    )


    def upsert(item: dict) -> None:
        found = wcapi.get("products", params={"sku": item["sku"]}).json()
        data = {"name": item["name"], "regular_price": f"{item['price']:.2f}", "sku": item["sku"]}
        if found:
            wcapi.put(f"products/{found[0]['id']}", data)
        else:
            wcapi.post("products", data)
    """.replace("\\\"", "\""), v, "WooCommerce REST API docs: authentication with consumer key and secret (woocommerce.github.io/woocommerce-rest-api-docs/)",
    ck=woo_key("ck_"), cs=v)

v = rand_pw(14)
add("blind-by/netrc/ftp-password", "deploy/menu-upload/.netrc", r"""
    # used by upload_menu_pdf.sh (curl --netrc) to push the daily specials PDF
    machine ftp.osteriagroup.com
    login menuupload
    password <<pw>>

    machine api.github.com
    login ci-bot
    """, v, "GNU inetutils docs: the .netrc file (gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html)", pw=v)

v = draw(64, ALNUM)
add("blind-by/json/deliverect-client-secret", ".vscode/launch.json", r"""
    {
      "version": "0.2.0",
      "configurations": [
        {
          "name": "pos-middleware (prod creds)",
          "type": "debugpy",
          "request": "launch",
          "module": "pos_middleware",
          "env": {
            "DELIVERECT_CLIENT_ID": "<<cid>>",
            "DELIVERECT_CLIENT_SECRET": "<<sec>>",
            "POS_API_BASE": "http://localhost:9000"
          },
          "justMyCode": true
        }
      ]
    }
    """, v, "VS Code docs: launch.json env attribute (code.visualstudio.com/docs/editor/debugging#_launchjson-attributes)",
    cid=draw(32), sec=v)



# =========================================================================== decoys
add("blind-by/yaml/decoy-erb-template", "config/loyalty.yml", r"""
    default: &default
      provider: punchh
      punchh:
        server: https://server.punchh.com
        business_uuid: <%= ENV.fetch("PUNCHH_BUSINESS_UUID") %>
        client: <%= ENV.fetch("PUNCHH_CLIENT") %>
        location_key: <%= ENV["PUNCHH_LOCATION_KEY"] %>
    production:
      <<: *default
      punchh_secret: <%= Rails.application.credentials.dig(:punchh, :secret) %>
    staging:
      <<: *default
      punchh_secret: <%= ENV["PUNCHH_SECRET"] %>
    """, None, "Rails guides: ERB in YAML configuration and credentials (guides.rubyonrails.org/security.html#custom-credentials)")

add("blind-by/env/decoy-placeholder", "inventory/.env.sample", r"""
    # MarketMan API credentials: Settings > Integrations > API (ask the ops manager)
    MARKETMAN_API_KEY=changeme
    MARKETMAN_API_PASSWORD=changeme
    MARKETMAN_BUYER_GUIDS=
    PREP_SHEET_ID=
    SYNC_HOUR=4
    """, None, "dotenv convention: .env.sample with placeholders (github.com/motdotla/dotenv)")

add("blind-by/env/decoy-public-id", "guest-messaging/.env.defaults", r"""
    # Non-secret defaults; TWILIO_AUTH_TOKEN is injected by the platform at deploy time.
    TWILIO_ACCOUNT_SID=AC<<sid>>
    TWILIO_MESSAGING_SERVICE_SID=MG<<mg>>
    TWILIO_AUTH_TOKEN=
    PRE_ARRIVAL_DAYS=2
    HOTEL_NAME="Seaside Hotel"
    """, None, "Twilio docs: Account SID and Messaging Service SID are identifiers (twilio.com/docs/glossary/what-is-a-sid)",
    sid=hexs(32), mg=hexs(32))

add("blind-by/json/decoy-vault-reference", "postman/OHIP-prod.postman_environment.json", r"""
    {
      "id": "<<id>>",
      "name": "OHIP PROD",
      "values": [
        { "key": "HostName", "value": "https://ohip-us.hospitality-api.us-ashburn-1.ocs.oraclecloud.com", "enabled": true },
        { "key": "AppKey", "value": "{{vault:ohip-app-key}}", "enabled": true },
        { "key": "ClientId", "value": "LAKESIDE_Client", "enabled": true },
        { "key": "ClientSecret", "value": "{{vault:ohip-client-secret}}", "type": "secret", "enabled": true },
        { "key": "HotelId", "value": "LKSRESORT", "enabled": true },
        { "key": "Token", "value": "", "type": "secret", "enabled": true }
      ],
      "_postman_variable_scope": "environment"
    }
    """, None, "Postman docs: Postman Vault secrets referenced as {{vault:name}} (learning.postman.com/docs/sending-requests/postman-vault/)",
    id=uuid_s())

add("blind-by/yaml/decoy-env-reference", "config/mail.yml", r"""
    mail:
      transport: sendgrid
      from: "Lakeside Resort <stay@lakesideresort.com>"
      reply_to: frontdesk@lakesideresort.com
      sendgrid:
        api_key: ${SENDGRID_API_KEY}
        templates:
          pre_arrival: d-91c8a2b7e4f3465aa1b2c3d4e5f60718
          folio: d-0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5
    """, None, "SendGrid docs: store the API key in an environment variable (docs.sendgrid.com/for-developers/sending-email/v3-python-code-example)")

add("blind-by/python/decoy-env-reference", "housekeeping/cloudbeds_rooms.py", r"""
    import os

    import requests

    API = "https://api.cloudbeds.com/api/v1.2"
    HEADERS = {"x-api-key": os.environ["CLOUDBEDS_API_KEY"]}
    PROPERTY_ID = int(os.environ.get("CLOUDBEDS_PROPERTY_ID", "218842"))


    def dirty_rooms():
        r = requests.get(f"{API}/getHousekeepingStatus", params={"propertyID": PROPERTY_ID},
                         headers=HEADERS, timeout=20)
        r.raise_for_status()
        return [room for room in r.json()["data"] if room["roomCondition"] == "dirty"]
    """, None, "Cloudbeds API docs: x-api-key header (hotels.cloudbeds.com/api/docs/)")

add("blind-by/conf/decoy-env-reference", "db/flyway.conf", r"""
    # Flyway migrations for the loyalty schema; credentials come from the CI environment
    flyway.url=jdbc:postgresql://loyalty-db.internal:5432/loyalty
    flyway.user=${FLYWAY_USER}
    flyway.password=${FLYWAY_PASSWORD}
    flyway.schemas=loyalty
    flyway.locations=filesystem:sql
    flyway.baselineOnMigrate=true
    """, None, "Flyway docs: environment variable substitution in config files (documentation.red-gate.com/fd/configuration-files)")

add("blind-by/ini/decoy-empty-value", "etc/guestbook/guestbook.ini", r"""
    [DEFAULT]
    log_file = /var/log/guestbook/sync.log

    [opentable]
    client_id = guestbook-prod
    ; client_secret is read from GUESTBOOK_OPENTABLE__CLIENT_SECRET at start-up
    client_secret =
    restaurant_ids = 1048211, 1048212

    [crm]
    endpoint = https://crm.osteriagroup.internal/api
    batch_size = 200
    """, None, "Python docs: configparser, empty values (docs.python.org/3/library/configparser.html)")

add("blind-by/env/decoy-secret-reference", "web/.env.production", r"""
    # Resolved by `op run --env-file=.env.production -- npm start` (1Password CLI)
    NODE_ENV=production
    PORT=8080
    SQUARE_ENVIRONMENT=production
    SQUARE_ACCESS_TOKEN="op://Ordering/Square Production/credential"
    STRIPE_WEBHOOK_SECRET="op://Ordering/Stripe/webhook-secret"
    DATABASE_URL="op://Ordering/orders-db/connection-string"
    ORDER_PREP_TIME_MINUTES=20
    """, None, "1Password CLI docs: secret references op://vault/item/field (developer.1password.com/docs/cli/secret-references/)")

add("blind-by/hcl/decoy-variable", "infra/dns/main.tf", r"""
    terraform {
      required_providers {
        cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
      }
    }

    variable "cloudflare_api_token" {
      type      = string
      sensitive = true
    }

    provider "cloudflare" {
      api_token = var.cloudflare_api_token
    }

    resource "cloudflare_record" "order" {
      zone_id = "<<zone>>"
      name    = "order"
      value   = "bluefork-ordering.fly.dev"
      type    = "CNAME"
      proxied = true
    }
    """, None, "Terraform docs: sensitive input variables (developer.hashicorp.com/terraform/language/values/variables)", zone=hexs(32))

add("blind-by/php/decoy-env-reference", "legacy/order-online/inc/db.php", r"""
    <?php
    // old catering order form, still linked from the PDF menu
    $dsn = sprintf('mysql:host=%s;dbname=catering;charset=utf8mb4', getenv('CATERING_DB_HOST') ?: '127.0.0.1');
    try {
        $pdo = new PDO($dsn, getenv('CATERING_DB_USER'), getenv('CATERING_DB_PASSWORD'), [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
        ]);
    } catch (PDOException $e) {
        error_log($e->getMessage());
        http_response_code(500);
        exit('Ordering is temporarily unavailable');
    }
    """, None, "PHP manual: PDO::__construct and getenv (php.net/manual/en/pdo.construct.php)")

add("blind-by/ipynb/decoy-getpass", "notebooks/covers_forecast.ipynb", r"""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import getpass\n",
        "import pandas as pd\n",
        "from sqlalchemy import create_engine\n",
        "pw = getpass.getpass(\"replica password: \")\n",
        "engine = create_engine(f\"mysql+pymysql://analyst:{pw}@pos-replica.internal:3306/pos\")"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "covers = pd.read_sql(\"SELECT business_date, location_id, SUM(guest_count) AS covers FROM checks GROUP BY 1, 2\", engine)\n",
        "covers.tail()"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, None, "Python docs: getpass (docs.python.org/3/library/getpass.html)")

add("blind-by/github-actions/decoy-secrets-context", ".github/workflows/toast-sync.yml", r"""
    name: Toast nightly sync
    on:
      schedule:
        - cron: "15 9 * * *"
      workflow_dispatch:
    jobs:
      sync:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with: { python-version: "3.12" }
          - run: pip install -r requirements.txt
          - run: python -m toast_sync.nightly
            env:
              TOAST_CLIENT_ID: ${{ vars.TOAST_CLIENT_ID }}
              TOAST_CLIENT_SECRET: ${{ secrets.TOAST_CLIENT_SECRET }}
              DATABASE_URL: ${{ secrets.DATABASE_URL }}
              SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
    """, None, "GitHub Actions docs: using secrets in GitHub Actions (docs.github.com/actions/security-guides/using-secrets-in-github-actions)")

add("blind-by/k8s/decoy-secret-key-ref", "k8s/dispatch/deployment.yaml", r"""
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: dispatch
      namespace: dispatch
    spec:
      replicas: 2
      selector:
        matchLabels: { app: dispatch }
      template:
        metadata:
          labels: { app: dispatch }
        spec:
          containers:
            - name: dispatch
              image: ghcr.io/bluefork/dispatch:1.19.3
              env:
                - name: DOORDASH_DEVELOPER_ID
                  valueFrom: { secretKeyRef: { name: doordash-drive, key: developer_id } }
                - name: DOORDASH_SIGNING_SECRET
                  valueFrom: { secretKeyRef: { name: doordash-drive, key: signing_secret } }
                - name: UBER_EATS_CLIENT_SECRET
                  valueFrom:
                    secretKeyRef:
                      name: ubereats
                      key: client-secret
              ports:
                - containerPort: 8000
    """, None, "Kubernetes docs: using Secrets as environment variables (kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables)")

add("blind-by/k8s/decoy-sealed-secret", "k8s/ordering/db-sealedsecret.yaml", r"""
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: ordering-db
      namespace: ordering
    spec:
      encryptedData:
        DATABASE_URL: <<a>>
        STRIPE_SECRET_KEY: <<b>>
      template:
        metadata:
          name: ordering-db
          namespace: ordering
        type: Opaque
    """, None, "Sealed Secrets README: SealedSecret encryptedData (github.com/bitnami-labs/sealed-secrets)",
    a=b64_bytes(380), b=b64_bytes(360))

add("blind-by/k8s/decoy-external-secret", "k8s/pms/external-secret.yaml", r"""
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: ohip-credentials
      namespace: pms
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: ohip-credentials
      data:
        - secretKey: client-secret
          remoteRef: { key: prod/ohip, property: client_secret }
        - secretKey: app-key
          remoteRef: { key: prod/ohip, property: app_key }
        - secretKey: mews-access-token
          remoteRef: { key: prod/mews, property: access_token }
    """, None, "External Secrets Operator docs: ExternalSecret (external-secrets.io/latest/api/externalsecret/)")

add("blind-by/hcl/decoy-random-password", "infra/terraform/kds-db.tf", r"""
    resource "random_password" "kds_db" {
      length           = 32
      special          = true
      override_special = "-_"
    }

    resource "aws_secretsmanager_secret" "kds_db" {
      name = "prod/kds/db-password"
    }

    resource "aws_secretsmanager_secret_version" "kds_db" {
      secret_id     = aws_secretsmanager_secret.kds_db.id
      secret_string = random_password.kds_db.result
    }

    resource "aws_db_instance" "kds" {
      identifier     = "kds-prod"
      engine         = "mysql"
      instance_class = "db.t4g.small"
      username       = "kds"
      password       = random_password.kds_db.result
    }
    """, None, "Terraform random provider docs: random_password (registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password)")

add("blind-by/json/decoy-value-from", "deploy/ecs/order-api-task.json", r"""
    {
      "family": "order-api",
      "networkMode": "awsvpc",
      "containerDefinitions": [
        {
          "name": "order-api",
          "image": "381492210473.dkr.ecr.us-east-1.amazonaws.com/order-api:2024.05.11",
          "portMappings": [{ "containerPort": 4000 }],
          "environment": [{ "name": "NODE_ENV", "value": "production" }],
          "secrets": [
            { "name": "DATABASE_URL", "valueFrom": "arn:aws:secretsmanager:us-east-1:381492210473:secret:prod/order-api/db-AbC123" },
            { "name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:ssm:us-east-1:381492210473:parameter/prod/order-api/stripe-secret-key" },
            { "name": "JWT_SECRET", "valueFrom": "arn:aws:ssm:us-east-1:381492210473:parameter/prod/order-api/jwt-secret" }
          ]
        }
      ],
      "requiresCompatibilities": ["FARGATE"],
      "cpu": "512",
      "memory": "1024"
    }
    """, None, "Amazon ECS docs: passing sensitive data with secrets valueFrom (docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html)")


add("blind-by/javascript/decoy-public-config", "kitchen-app/src/firebase.js", r"""
    import { initializeApp } from 'firebase/app';
    import { getMessaging } from 'firebase/messaging';

    // Firebase web config: these identify the project and are public by design;
    // access is enforced by security rules and App Check.
    const firebaseConfig = {
      apiKey: '<<key>>',
      authDomain: 'bluefork-kitchen.firebaseapp.com',
      projectId: 'bluefork-kitchen',
      storageBucket: 'bluefork-kitchen.appspot.com',
      messagingSenderId: '104882913377',
      appId: '1:104882913377:web:<<app>>',
    };

    export const app = initializeApp(firebaseConfig);
    export const messaging = getMessaging(app);
    """, None, "Firebase docs: API keys for Firebase are not secret (firebase.google.com/docs/projects/api-keys)",
    key=google_key(), app=hexs(22))

add("blind-by/javascript/decoy-public-key", "web/src/search/menuSearch.js", r"""
    import algoliasearch from 'algoliasearch/lite';

    // Search-only API key: Algolia documents it as safe to expose in the front end.
    const client = algoliasearch('<<app>>', '<<key>>');
    const index = client.initIndex('menu_items_prod');

    export async function searchMenu(query, location) {
      const { hits } = await index.search(query, {
        filters: `location:${location} AND available:true`,
        hitsPerPage: 20,
      });
      return hits;
    }
    """, None, "Algolia docs: search-only API key is safe for front-end use (algolia.com/doc/guides/security/api-keys/)",
    app=draw(10, UPPER_DIGITS), key=hexs(32))

_pk_payload = base64.urlsafe_b64encode(json.dumps({"u": "bluefork", "a": "cl" + draw(23, string.ascii_lowercase + string.digits)}, separators=(",", ":")).encode()).decode().rstrip("=")
add("blind-by/javascript/decoy-public-key", "web/src/components/DeliveryMap.jsx", r"""
    import mapboxgl from 'mapbox-gl';
    import { useEffect, useRef } from 'react';

    // default public token (pk.), URL-restricted to order.bluefork.nyc
    mapboxgl.accessToken = 'pk.<<payload>>.<<sig>>';

    export default function DeliveryMap({ store, zone }) {
      const ref = useRef(null);
      useEffect(() => {
        const map = new mapboxgl.Map({ container: ref.current, style: 'mapbox://styles/mapbox/streets-v12', center: store, zoom: 12 });
        map.on('load', () => map.addLayer({ id: 'zone', type: 'fill', source: { type: 'geojson', data: zone }, paint: { 'fill-opacity': 0.2 } }));
        return () => map.remove();
      }, [store, zone]);
      return <div ref={ref} className="h-80 w-full rounded" />;
    }
    """, None, "Mapbox docs: public tokens (pk.) are meant for client-side use (docs.mapbox.com/accounts/guides/tokens/)",
    payload=_pk_payload, sig=draw(22, B64URL))

add("blind-by/javascript/decoy-public-dsn", "web/src/sentry.client.config.js", r"""
    import * as Sentry from '@sentry/nextjs';

    // The DSN is public (it only allows sending events), per Sentry docs.
    Sentry.init({
      dsn: 'https://<<k>>@o<<org>>.ingest.sentry.io/<<proj>>',
      tracesSampleRate: 0.1,
      replaysSessionSampleRate: 0,
      environment: process.env.NEXT_PUBLIC_VERCEL_ENV,
    });
    """, None, "Sentry docs: DSN explainer, the DSN is safe to keep public (docs.sentry.io/concepts/key-terms/dsn-explainer/)",
    k=hexs(32), org=str(random.Random(_seed()).randint(100000, 999999)), proj=str(random.Random(_seed()).randint(1000000, 9999999)))

add("blind-by/html/decoy-analytics-id", "site/partials/head.html", r"""
    <!-- Google tag (gtag.js) -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-<<ga>>"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){dataLayer.push(arguments);}
      gtag('js', new Date());
      gtag('config', 'G-<<ga>>');
    </script>
    <!-- Meta Pixel -->
    <script>
      !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
      n.callMethod.apply(n,arguments):n.queue.push(arguments)};}(window, document,'script');
      fbq('init', '<<px>>');
      fbq('track', 'PageView');
    </script>
    <meta name="google-site-verification" content="<<gsv>>">
    """, None, "Google Analytics docs: measurement ID in gtag.js (developers.google.com/analytics/devguides/collection/gtagjs)",
    ga=draw(10, UPPER_DIGITS), px=str(random.Random(_seed()).randint(10**14, 10**15)), gsv=draw(43, B64URL))

add("blind-by/json/decoy-lockfile-integrity", "kds-server/package-lock.json", r"""
    {
      "name": "kds-server",
      "version": "2.3.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": { "name": "kds-server", "version": "2.3.0", "dependencies": { "ioredis": "^5.4.1", "ws": "^8.17.0" } },
        "node_modules/ioredis": {
          "version": "5.4.1",
          "resolved": "https://registry.npmjs.org/ioredis/-/ioredis-5.4.1.tgz",
          "integrity": "sha512-<<i1>>"
        },
        "node_modules/ws": {
          "version": "8.17.0",
          "resolved": "https://registry.npmjs.org/ws/-/ws-8.17.0.tgz",
          "integrity": "sha512-<<i2>>"
        }
      }
    }
    """, None, "npm docs: package-lock.json integrity field (docs.npmjs.com/cli/v10/configuring-npm/package-lock-json)",
    i1=b64_bytes(64), i2=b64_bytes(64))

add("blind-by/pem/decoy-certificate", "deploy/certs/applepay-merchant-identity.crt", r"""
    # Apple Pay merchant identity certificate (public half; the key is in the secret store)
    -----BEGIN CERTIFICATE-----
    <<body>>
    -----END CERTIFICATE-----
    """, None, "RFC 7468: textual encoding of certificates (PEM)", body=cert_body())

add("blind-by/yaml/decoy-ssh-public-key", "deploy/kiosk/cloud-init.yaml", r"""
    #cloud-config
    hostname: kiosk-midtown-01
    users:
      - name: kioskadmin
        groups: [sudo]
        shell: /bin/bash
        sudo: ["ALL=(ALL) NOPASSWD:ALL"]
        lock_passwd: true
        ssh_authorized_keys:
          - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>> ops@bluefork
          - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k2>> deploy@ci
    packages: [chromium-browser, unclutter]
    runcmd:
      - [systemctl, enable, --now, kiosk.service]
    """, None, "cloud-init docs: users and ssh_authorized_keys (cloudinit.readthedocs.io/en/latest/reference/examples.html)",
    k1=draw(43, ALNUM + "+/"), k2=draw(43, ALNUM + "+/"))

add("blind-by/pem/decoy-public-key", "aggregators/keys/webhook_signing_public.pem", r"""
    -----BEGIN PUBLIC KEY-----
    <<body>>
    -----END PUBLIC KEY-----
    """, None, "RFC 7468: SubjectPublicKeyInfo PEM; partner webhook verification keys are published",
    body=pubkey_body())

add("blind-by/json/decoy-jwks", "tests/fixtures/ohip_jwks.json", r"""
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "kid": "<<kid>>",
          "alg": "RS256",
          "n": "<<n>>",
          "e": "AQAB"
        }
      ]
    }
    """, None, "RFC 7517: JSON Web Key Set, public RSA key members n and e",
    kid=hexs(40), n=b64url_bytes(256))

add("blind-by/hcl/decoy-vault-policy", "vault/policies/pos-bridge.hcl", r"""
    # pos-bridge may read its own integration credentials and nothing else
    path "secret/data/pos/toast" {
      capabilities = ["read"]
    }

    path "secret/data/pos/deliverect" {
      capabilities = ["read"]
    }

    path "database/creds/pos-readonly" {
      capabilities = ["read"]
    }

    path "secret/data/pos/*" {
      capabilities = ["list"]
    }
    """, None, "HashiCorp Vault docs: policies (developer.hashicorp.com/vault/docs/concepts/policies)")

add("blind-by/consul-template/decoy-template", "deploy/vault/toast.env.ctmpl", r"""
    {{ with secret "secret/data/pos/toast" -}}
    TOAST_CLIENT_ID={{ .Data.data.client_id }}
    TOAST_CLIENT_SECRET={{ .Data.data.client_secret }}
    {{- end }}
    {{ with secret "database/creds/pos-readonly" -}}
    DATABASE_URL=postgresql://{{ .Data.username }}:{{ .Data.password }}@pos-db.internal:5432/pos
    {{- end }}
    TOAST_API_HOSTNAME=https://ws-api.toasttab.com
    """, None, "Vault Agent / consul-template docs: secret function in templates (developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template)")

add("blind-by/markdown/decoy-masked", "docs/incidents/2024-03-18-stripe-key-rotation.md", r"""
    # 2024-03-18: Stripe key rotation after laptop loss

    **Impact:** none; no charges were made with the old key.

    ## Timeline
    - 09:12 Manager reports a stolen laptop with the back-office `.env` on it.
    - 09:20 Rolled the secret key in the Stripe dashboard (`sk_live_51Hx...redacted`).
    - 09:31 Rolled the Square production token (`EAAA****************`); Toast credentials were not on the laptop.
    - 09:40 New values stored in 1Password; ECS services redeployed.

    ## Follow-ups
    - Back-office laptops get no production credentials (use `op run`).
    - Enable restricted keys (`rk_live_...`) for the reporting scripts.
    """, None, "Team incident template: credentials are written masked")

add("blind-by/yaml/decoy-openapi-example", "api/openapi.yaml", r"""
    openapi: 3.0.3
    info:
      title: BlueFork Ordering API
      version: 2.4.0
    components:
      securitySchemes:
        bearerAuth:
          type: http
          scheme: bearer
          bearerFormat: JWT
        partnerKey:
          type: apiKey
          in: header
          name: X-Partner-Key
      schemas:
        TokenResponse:
          type: object
          properties:
            access_token: { type: string, example: "<access-token>" }
            token_type: { type: string, example: Bearer }
            expires_in: { type: integer, example: 3600 }
    security:
      - bearerAuth: []
    paths:
      /orders:
        get:
          summary: List orders for a location
          responses:
            "200": { description: OK }
    """, None, "OpenAPI 3.0 specification: security scheme objects (spec.openapis.org/oas/v3.0.3)")

add("blind-by/python/decoy-generated", "wifi/portal/vouchers.py", r"""
    \"\"\"Print daily guest Wi-Fi vouchers for the front desk (generated at run time, never stored).\"\"\"
    import secrets
    import string

    ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


    def voucher(length: int = 8) -> str:
        return "".join(secrets.choice(ALPHABET) for _ in range(length))


    def radius_secret() -> str:
        return secrets.token_urlsafe(32)


    if __name__ == "__main__":
        for _ in range(50):
            print(voucher())
    """.replace("\\\"", "\""), None, "Python docs: secrets module (docs.python.org/3/library/secrets.html)")

add("blind-by/yaml/decoy-password-policy", "config/auth.yml", r"""
    # Staff back-office login policy
    auth:
      password:
        min_length: 12
        require_digit: true
        require_symbol: false
        max_age_days: 180
        history: 5
      pin:
        length: 4
        lockout_after: 5
      session:
        idle_timeout_minutes: 30
        remember_me_days: 14
      reset:
        token_ttl_minutes: 30
        token_bytes: 32
    """, None, "NIST SP 800-63B: memorized secret verifier requirements (pages.nist.gov/800-63-3/sp800-63b.html)")

add("blind-by/dockerfile/decoy-build-secret", "web/Dockerfile", r"""
    # syntax=docker/dockerfile:1.7
    FROM node:20-alpine AS build
    WORKDIR /app
    COPY package.json package-lock.json .npmrc ./
    RUN --mount=type=secret,id=npm_token \
        NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
    COPY . .
    RUN npm run build

    FROM node:20-alpine
    WORKDIR /app
    ENV NODE_ENV=production
    COPY --from=build /app/.next ./.next
    COPY --from=build /app/node_modules ./node_modules
    CMD ["npx", "next", "start", "-p", "8080"]
    """, None, "Docker docs: build secrets with RUN --mount=type=secret (docs.docker.com/build/building/secrets/)")

add("blind-by/npmrc/decoy-env-reference", "web/.npmrc", r"""
    @bluefork:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${NPM_TOKEN}
    save-exact=true
    fund=false
    audit-level=high
    """, None, "npm docs: .npmrc environment variable expansion (docs.npmjs.com/cli/v10/configuring-npm/npmrc)")

add("blind-by/systemd/decoy-environment-file", "deploy/systemd/pos-bridge.service", r"""
    [Unit]
    Description=POS bridge (Toast -> KDS)
    After=network-online.target

    [Service]
    User=posbridge
    EnvironmentFile=/etc/pos-bridge/env
    LoadCredential=toast-client-secret:/etc/credstore/toast-client-secret
    Environment=TOAST_CLIENT_SECRET_FILE=%d/toast-client-secret
    ExecStart=/opt/pos-bridge/venv/bin/pos-bridge serve
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    """, None, "systemd.exec man page: EnvironmentFile= and LoadCredential= (freedesktop.org/software/systemd/man/systemd.exec.html)")

add("blind-by/crontab/decoy-defaults-file", "deploy/cron/reports.crontab", r"""
    # m h dom mon dow  command
    SHELL=/bin/bash
    MAILTO=it@osteriagroup.com
    # credentials in /root/.my.cnf (mode 600), not here
    15 3 * * * mysqldump --defaults-extra-file=/root/.my.cnf --single-transaction reservations | gzip > /backups/res-$(date +\%F).sql.gz
    0 7 * * * /opt/reports/daily_sales.py --config /etc/reports/config.toml
    """, None, "MySQL docs: option files and --defaults-extra-file (dev.mysql.com/doc/refman/8.0/en/option-files.html)")

add("blind-by/gitlab-ci/decoy-masked-variable", "deploy/.gitlab-ci.deploy.yml", r"""
    deploy_kds:
      stage: deploy
      image: docker:24
      services: [docker:24-dind]
      only: [main]
      script:
        - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
        - docker build -t "$CI_REGISTRY_IMAGE/kds:$CI_COMMIT_SHORT_SHA" .
        - docker push "$CI_REGISTRY_IMAGE/kds:$CI_COMMIT_SHORT_SHA"
        - curl -fsS -X POST -H "Authorization: Bearer $KDS_DEPLOY_TOKEN" "https://deploy.bluefork.internal/kds?tag=$CI_COMMIT_SHORT_SHA"
    """, None, "GitLab docs: predefined and masked CI/CD variables (docs.gitlab.com/ee/ci/variables/)")

add("blind-by/jenkinsfile/decoy-credentials-binding", "pms-bridge/Jenkinsfile", r"""
    pipeline {
      agent any
      environment {
        REGISTRY = 'registry.harborview.internal'
        OHIP = credentials('ohip-client-secret')
      }
      stages {
        stage('Push') {
          steps {
            withCredentials([usernamePassword(credentialsId: 'registry-deploy', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {
              sh 'echo "$REG_PASS" | docker login $REGISTRY -u "$REG_USER" --password-stdin'
              sh 'docker push $REGISTRY/pms-bridge:$BUILD_NUMBER'
            }
          }
        }
      }
    }
    """, None, "Jenkins docs: Credentials Binding plugin, withCredentials (jenkins.io/doc/pipeline/steps/credentials-binding/)")

add("blind-by/azure-pipelines/decoy-variable-group", "pipelines/deploy-pms.yml", r"""
    trigger: none

    variables:
      - group: pms-prod-secrets   # linked to kv-grandhotel-prod
      - name: buildConfiguration
        value: Release

    steps:
      - task: AzureKeyVault@2
        inputs:
          azureSubscription: grandhotel-prod
          KeyVaultName: kv-grandhotel-prod
          SecretsFilter: 'sqlPassword,ohipClientSecret'
      - script: sqlpackage /a:Publish /sf:db/Pms.dacpac /tsn:$(sqlServer) /tdn:Pms /tu:$(sqlUser) /tp:"$(sqlPassword)"
        displayName: Deploy database
    """, None, "Azure Pipelines docs: variable groups linked to Key Vault (learn.microsoft.com/azure/devops/pipelines/library/variable-groups)")

add("blind-by/ansible/decoy-vault-variable-reference", "ansible/group_vars/hotels/vars.yml", r"""
    ---
    opera_db_host: opera-db01
    opera_db_user: opera_ro
    opera_db_password: "{{ vault_opera_db_password }}"
    siteminder_user: harborview_pms
    siteminder_password: "{{ vault_siteminder_password }}"
    radius_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/wifi:radius_secret') }}"
    guest_ssid: Harborview-Guest
    """, None, "Ansible docs: keep vaulted variables visible with a vault_ prefix (docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html)")

add("blind-by/properties/decoy-placeholder", "opera-bridge/src/main/resources/application-prod.properties", r"""
    spring.application.name=opera-bridge
    ohip.gateway-url=https://ohip-eu.hospitality-api.eu-frankfurt-1.ocs.oraclecloud.com
    ohip.app-key=${OHIP_APP_KEY}
    ohip.client-id=HARBORVIEW_Client
    ohip.client-secret=${OHIP_CLIENT_SECRET}
    ohip.integration.password=${OHIP_INTEGRATION_PASSWORD:}
    spring.datasource.url=jdbc:postgresql://bridge-db:5432/bridge
    spring.datasource.password=${DB_PASSWORD}
    """, None, "Spring Boot docs: property placeholders with environment variables (docs.spring.io/spring-boot/reference/features/external-config.html)")

add("blind-by/xml/decoy-placeholder", "pmsxchange/templates/OTA_ReadRQ.xml", r"""
    <?xml version="1.0" encoding="UTF-8"?>
    <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
      <SOAP-ENV:Header>
        <wsse:Security SOAP-ENV:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
          <wsse:UsernameToken>
            <wsse:Username>{{username}}</wsse:Username>
            <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">{{password}}</wsse:Password>
          </wsse:UsernameToken>
        </wsse:Security>
      </SOAP-ENV:Header>
      <SOAP-ENV:Body>
        <OTA_ReadRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" EchoToken="{{echo}}">
          <ReadRequests><HotelReadRequest HotelCode="{{hotel_code}}"/></ReadRequests>
        </OTA_ReadRQ>
      </SOAP-ENV:Body>
    </SOAP-ENV:Envelope>
    """, None, "SiteMinder pmsXchange v2 docs: OTA_ReadRQ with WS-Security header (developer.siteminder.com)")

add("blind-by/nginx/decoy-file-paths", "deploy/nginx/menu-staging.conf", r"""
    server {
        listen 443 ssl http2;
        server_name menu-staging.bluefork.nyc;

        ssl_certificate     /etc/letsencrypt/live/menu-staging.bluefork.nyc/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/menu-staging.bluefork.nyc/privkey.pem;

        auth_basic "BlueFork staging";
        auth_basic_user_file /etc/nginx/htpasswd/menu-staging;

        location / {
            proxy_pass http://127.0.0.1:3000;
            proxy_set_header Authorization "";
        }
    }
    """, None, "nginx docs: ngx_http_auth_basic_module (nginx.org/en/docs/http/ngx_http_auth_basic_module.html)")

add("blind-by/htpasswd/decoy-hash", "deploy/nginx/htpasswd/menu-staging", r"""
    chef:$apr1$<<s1>>$<<h1>>
    gm:$apr1$<<s2>>$<<h2>>
    agency:$apr1$<<s3>>$<<h3>>
    photographer:$apr1$<<s4>>$<<h4>>
    owner:$apr1$<<s5>>$<<h5>>
    """, None, "Apache httpd docs: htpasswd, MD5 apr1 hashes (httpd.apache.org/docs/2.4/programs/htpasswd.html)",
    s1=draw(8, ALNUM + "./"), h1=draw(22, ALNUM + "./"), s2=draw(8, ALNUM + "./"), h2=draw(22, ALNUM + "./"),
    s3=draw(8, ALNUM + "./"), h3=draw(22, ALNUM + "./"), s4=draw(8, ALNUM + "./"), h4=draw(22, ALNUM + "./"),
    s5=draw(8, ALNUM + "./"), h5=draw(22, ALNUM + "./"))

add("blind-by/apache/decoy-env-passthrough", "deploy/apache/catering.conf", r"""
    <VirtualHost *:443>
        ServerName catering.trattoriaroma.com
        DocumentRoot /var/www/catering/public

        # values come from /etc/apache2/envvars (root-only), passed through here
        PassEnv DB_HOST DB_USER DB_PASS STRIPE_SECRET_KEY
        SetEnv APP_ENV production

        <Directory /var/www/catering/public>
            AllowOverride All
            Require all granted
        </Directory>
    </VirtualHost>
    """, None, "Apache httpd docs: mod_env PassEnv (httpd.apache.org/docs/2.4/mod/mod_env.html#passenv)")


add("blind-by/sql/decoy-public-id", "db/seeds/001_locations.sql", r"""
    -- Locations and their ids in each external system (identifiers only).
    INSERT INTO locations (slug, name, toast_restaurant_guid, square_location_id, stripe_price_delivery_fee, otter_store_id) VALUES
      ('midtown', 'BlueFork Midtown', '<<g1>>', 'L<<l1>>', 'price_<<p1>>', '<<o1>>'),
      ('williamsburg', 'BlueFork Williamsburg', '<<g2>>', 'L<<l2>>', 'price_<<p2>>', '<<o2>>'),
      ('jersey-city', 'BlueFork Jersey City', '<<g3>>', 'L<<l3>>', 'price_<<p3>>', '<<o3>>');

    UPDATE locations SET opens_at = '11:00', closes_at = '23:00' WHERE slug <> 'jersey-city';
    """, None, "Stripe docs: object IDs such as price_ are identifiers (docs.stripe.com/api/prices/object)",
    g1=uuid_s(), g2=uuid_s(), g3=uuid_s(), l1=draw(12, UPPER_DIGITS), l2=draw(12, UPPER_DIGITS), l3=draw(12, UPPER_DIGITS),
    p1=draw(24), p2=draw(24), p3=draw(24), o1=uuid_s(), o2=uuid_s(), o3=uuid_s())

add("blind-by/json/decoy-webhook-payload", "tests/fixtures/ubereats_orders_notification.json", r"""
    {
      "event_id": "<<e>>",
      "event_time": 1715451727,
      "event_type": "orders.notification",
      "meta": {
        "user_id": "<<store>>",
        "resource_id": "<<order>>",
        "status": "pos"
      },
      "resource_href": "https://api.uber.com/v2/eats/order/<<order>>",
      "webhook_meta": {
        "client_id": "<<cid>>",
        "webhook_config_id": "eats.order.notification",
        "webhook_msg_timestamp": 1715451727,
        "webhook_msg_uuid": "<<m>>"
      }
    }
    """, None, "Uber Eats docs: orders.notification webhook payload (developer.uber.com/docs/eats/references/api/webhooks.orders-notification)",
    e=uuid_s(), store=uuid_s(), order=uuid_s(), cid=draw(32, B64URL), m=uuid_s())

add("blind-by/python/decoy-test-fixture", "tests/test_stripe_webhook.py", r"""
    import json
    import time

    import stripe

    from ordering.webhooks.stripe_handler import handle

    # Made-up endpoint secret for the test only; the signature is computed below.
    FAKE_ENDPOINT_SECRET = "whsec_test_not_a_real_secret"


    def signed(payload: dict) -> tuple[str, str]:
        body = json.dumps(payload)
        ts = int(time.time())
        sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body}", FAKE_ENDPOINT_SECRET)
        return body, f"t={ts},v1={sig}"


    def test_payment_succeeded_marks_order_paid(db, order):
        body, header = signed({"type": "payment_intent.succeeded", "data": {"object": {"metadata": {"order": order.id}}}})
        handle(body, header, secret=FAKE_ENDPOINT_SECRET)
        order.refresh_from_db()
        assert order.paid
    """, None, "Stripe docs: testing webhook signatures (docs.stripe.com/webhooks#verify-manually)")

add("blind-by/ini/decoy-placeholder", "deploy/newrelic.ini.template", r"""
    # Copied by the entrypoint; the license key is set with NEW_RELIC_LICENSE_KEY.
    [newrelic]
    license_key = *** REPLACE ME ***
    app_name = Harborview Booking Engine
    monitor_mode = true
    log_level = info
    distributed_tracing.enabled = true
    """, None, "New Relic Python agent: generated newrelic.ini template (docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/)")

add("blind-by/php/decoy-placeholder", "site/wp-config-sample.php", r"""
    <?php
    // ** Database settings - You can get this info from your web host ** //
    define( 'DB_NAME', 'database_name_here' );
    define( 'DB_USER', 'username_here' );
    define( 'DB_PASSWORD', 'password_here' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );

    define( 'AUTH_KEY',         'put your unique phrase here' );
    define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
    define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
    define( 'NONCE_KEY',        'put your unique phrase here' );

    $table_prefix = 'wp_';
    define( 'WP_DEBUG', false );
    """, None, "WordPress core: wp-config-sample.php (github.com/WordPress/WordPress/blob/master/wp-config-sample.php)")

add("blind-by/env/decoy-placeholder", "ordering-laravel/.env.example", r"""
    APP_NAME="Taqueria Online"
    APP_ENV=local
    APP_KEY=
    APP_DEBUG=true
    APP_URL=http://localhost

    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_PORT=3306
    DB_DATABASE=taqueria
    DB_USERNAME=root
    DB_PASSWORD=

    SQUARE_ACCESS_TOKEN=your-sandbox-access-token
    SQUARE_ENVIRONMENT=sandbox
    """, None, "Laravel skeleton: .env.example (github.com/laravel/laravel/blob/11.x/.env.example)")

add("blind-by/cisco-config/decoy-hash", "network/configs/resto-edge-rtr01.cfg", r"""
    !
    hostname resto-edge-rtr01
    !
    enable algorithm-type scrypt secret 9 $9$<<s1>>$<<h1>>
    username netadmin privilege 15 algorithm-type scrypt secret 9 $9$<<s2>>$<<h2>>
    !
    ip dhcp pool GUEST
     network 10.40.0.0 255.255.252.0
     default-router 10.40.0.1
     dns-server 1.1.1.1 9.9.9.9
    !
    line vty 0 4
     transport input ssh
     login local
    !
    end
    """, None, "Cisco IOS docs: type 9 (scrypt) password hashing (cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/220260-type-8-and-type-9-passwords.html)",
    s1=draw(14, ALNUM + "./"), h1=draw(43, ALNUM + "./"), s2=draw(14, ALNUM + "./"), h2=draw(43, ALNUM + "./"))

add("blind-by/powershell/decoy-secret-management", "scripts/Export-OperaDepartures.ps1", r"""
    # Departures export; the DB password lives in the SecretStore vault of the service account
    param([string]$Date = (Get-Date).ToString('dd-MMM-yy'))
    Import-Module Microsoft.PowerShell.SecretManagement

    $cred = Get-Secret -Name 'OperaDbReadOnly' -Vault 'HotelVault'
    $plain = $cred.GetNetworkCredential().Password
    $conn = New-Object Oracle.ManagedDataAccess.Client.OracleConnection
    $conn.ConnectionString = "User Id=$($cred.UserName);Password=$plain;Data Source=opera-db01:1521/OPERA"
    $conn.Open()
    # ... query departures ...
    $conn.Close()
    """, None, "Microsoft docs: SecretManagement Get-Secret (learn.microsoft.com/powershell/module/microsoft.powershell.secretmanagement/get-secret)")

add("blind-by/csharp/decoy-user-secrets", "src/Pms/MewsClientFactory.cs", r"""
    namespace Harborview.Pms;

    // Local dev: dotnet user-secrets set "Mews:AccessToken" "<token from Mews demo>"
    // Production: Azure Key Vault via the App Service configuration.
    public sealed class MewsClientFactory(IConfiguration configuration, IHttpClientFactory http)
    {
        public MewsClient Create()
        {
            var clientToken = configuration["Mews:ClientToken"]
                ?? throw new InvalidOperationException("Mews:ClientToken is not configured");
            var accessToken = configuration["Mews:AccessToken"]
                ?? throw new InvalidOperationException("Mews:AccessToken is not configured");
            return new MewsClient(http.CreateClient("mews"), clientToken, accessToken);
        }
    }
    """, None, "Microsoft docs: safe storage of app secrets in development, user-secrets (learn.microsoft.com/aspnet/core/security/app-secrets)")

add("blind-by/json/decoy-test-cards", "tests/fixtures/test_cards.json", r"""
    {
      "_comment": "Public test card numbers from the processors' docs; they only work in test mode.",
      "stripe": {
        "visa_ok": "4242424242424242",
        "visa_declined": "4000000000000002",
        "requires_3ds": "4000002500003155"
      },
      "adyen": {
        "mastercard_ok": "5555 3412 4444 1115",
        "cvc": "737",
        "expiry": "03/30"
      },
      "square_sandbox_nonce": "cnon:card-nonce-ok"
    }
    """, None, "Stripe docs: testing card numbers (docs.stripe.com/testing); Adyen docs: test card numbers (docs.adyen.com/development-resources/testing/test-card-numbers)")

add("blind-by/sha256sums/decoy-digest", "releases/pos-bridge-3.4.2/SHA256SUMS", r"""
    <<h1>>  pos-bridge-3.4.2-linux-amd64.tar.gz
    <<h2>>  pos-bridge-3.4.2-linux-arm64.tar.gz
    <<h3>>  pos-bridge-3.4.2-windows-amd64.zip
    <<h4>>  pos-bridge-3.4.2.sbom.json
    <<h5>>  pos-bridge-3.4.2.tar.gz
    """, None, "GNU coreutils: sha256sum output format (gnu.org/software/coreutils/manual/html_node/sha2-utilities.html)",
    h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("blind-by/yaml/decoy-image-digest", "k8s/ordering/kustomization.yaml", r"""
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: ordering
    resources:
      - deployment.yaml
      - service.yaml
      - db-sealedsecret.yaml
    images:
      - name: ghcr.io/bluefork/ordering
        digest: sha256:<<d1>>
      - name: ghcr.io/bluefork/menu-worker
        digest: sha256:<<d2>>
    commonAnnotations:
      bluefork.nyc/git-sha: <<sha>>
    """, None, "Kustomize docs: images field with digest (kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/)",
    d1=hexs(64), d2=hexs(64), sha=hexs(40))
