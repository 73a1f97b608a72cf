"""Blind set GQ: pet shops and dog-grooming salons.

Grooming booking apps and their reminders (SMS, e-mail, chat bots), shop POS and loyalty, the online
shop and pet-food subscriptions, supplier EDI and microchip registry uploads, in-store and pup-cam
cameras, and the office IT of a small chain: code, configs, CI, containers, docs, exports and logs.
Generated fakes only (seeds 2450000-2459999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE32 = string.ascii_uppercase + "234567"
SEED_LO, SEED_HI = 2450000, 2459999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-gq/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Value helpers: every draw takes the next seed of the set's range.

WORDS = ["Biscuit", "Poodle", "Whisker", "Collie", "Terrier", "Paddock", "Marigold", "Hazel", "Pebble",
         "Bramble", "Truffle", "Sable", "Clover", "Juniper", "Otter", "Maple", "Spaniel", "Nutmeg"]
LOWER = ["kibble", "leash", "groomer", "clipper", "fetch", "muzzle", "tabby", "parrot", "hamster",
         "shampoo", "whistle", "burrow", "meadow", "pumpkin", "saddle", "harbor", "ember", "lantern"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn(_seed(), n, alphabet)


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return draw(n, HEX)


def uuid4() -> str:
    return fakes.uuid4(_seed())


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def stripe_key(prefix: str = "sk_live_", long: bool = False) -> str:
    if long:
        return fakes.fake(prefix + "51", 97, _seed())
    return fakes.fake(prefix, 24, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def square_token() -> str:
    return "EAAA" + draw(60, ALNUM + "-_")


def square_app_secret() -> str:
    return "sq0csp-" + draw(43, B64URL)


def square_app_id() -> str:
    return "sq0idp-" + draw(22, B64URL)


def square_id(n: int = 24) -> str:
    return draw(n, BASE32)


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, B64URL) + "." + draw(43, B64URL)


def mailgun_key() -> str:
    return f"{hexs(32)}-{hexs(8)}-{hexs(8)}"


def mailchimp_key(dc: str = "us21") -> str:
    return f"{hexs(32)}-{dc}"


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 9)}/" + "".join(r.choice(B64URL) for _ in range(68))


def azure_storage_key() -> str:
    return draw(86, B64) + "=="


def azure_client_secret() -> str:
    return draw(3, ALNUM) + "8Q~" + draw(34, ALNUM + "_.-~")


def google_api_key() -> str:
    return "AIza" + draw(35, B64URL)


def google_client_secret() -> str:
    return "GOCSPX-" + draw(28, B64URL)


def pem_body(lines: int, head: str = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC") -> List[str]:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] = rows[-1][: r.randint(20, 60)] + "=="
    return rows


def pem(label: str, lines: int = 14, head: str = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC") -> str:
    return f"-----BEGIN {label}-----\n" + "\n".join(pem_body(lines, head)) + f"\n-----END {label}-----"


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


def sha256() -> str:
    return hexs(64)


def git_sha() -> str:
    return hexs(40)


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def jwt(payload: dict, header: Optional[dict] = None) -> str:
    header = header or {"alg": "HS256", "typ": "JWT"}
    return (b64url_nopad(json.dumps(header, separators=(",", ":")).encode()) + "."
            + b64url_nopad(json.dumps(payload, separators=(",", ":")).encode()) + "." + draw(43, B64URL))


def microchip() -> str:
    r = _rng()
    return r.choice(["985", "900", "956", "981", "991"]) + "".join(r.choice(string.digits) for _ in range(12))


# =============================================================================================
# Payments, POS and the online shop: secrets

add("env/stripe-secret-key", "wagbook-api/.env.production", "https://docs.stripe.com/keys",
    """
# wagbook API - production values (Render service "wagbook-api")
# Deposits are taken when a grooming slot is booked; the rest at collection.
NODE_ENV=production
PORT=8080
APP_BASE_URL=https://book.wagtailgrooming.co.uk
TZ=Europe/London

STRIPE_SECRET_KEY=@@secret@@
STRIPE_PUBLISHABLE_KEY=@@pk@@
# webhook signing secret lives in the Render env group "stripe-webhooks"
DEPOSIT_PERCENT=25
NO_SHOW_FEE_PENCE=1500

REMINDER_HOURS_BEFORE=24,2
MAX_DOGS_PER_GROOMER=6
LOG_LEVEL=info
""", stripe_key("sk_live_", long=True), pk=stripe_key("pk_live_", long=True))

add("python/stripe-restricted-key", "wagbook/scripts/charge_no_show_fees.py", "https://docs.stripe.com/keys#limit-access",
    """
#!/usr/bin/env python3
# Charge the no-show fee for yesterday's missed grooming appointments.
# Run by cron on the office mini PC at 07:10 every morning.
import datetime as dt
import logging

import psycopg2
import stripe

stripe.api_key = "@@secret@@"  # restricted: PaymentIntents write, Customers read
NO_SHOW_FEE = 1500  # pence

log = logging.getLogger("no_show")


def missed_yesterday(conn):
    day = dt.date.today() - dt.timedelta(days=1)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, stripe_customer_id, stripe_payment_method_id FROM appointments "
            "WHERE status = 'no_show' AND starts_at::date = %s AND fee_charged_at IS NULL",
            (day,),
        )
        return cur.fetchall()


def main():
    conn = psycopg2.connect("service=wagbook")
    for appt_id, customer, method in missed_yesterday(conn):
        intent = stripe.PaymentIntent.create(
            amount=NO_SHOW_FEE, currency="gbp", customer=customer, payment_method=method,
            off_session=True, confirm=True, description=f"No-show fee, appointment {appt_id}",
        )
        log.info("charged %s for %s", intent.id, appt_id)
        with conn.cursor() as cur:
            cur.execute("UPDATE appointments SET fee_charged_at = now() WHERE id = %s", (appt_id,))
        conn.commit()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
""", stripe_key("rk_live_", long=True))

add("typescript/stripe-webhook-secret", "wagbook-api/src/routes/webhooks/stripe.ts", "https://docs.stripe.com/webhooks#verify-official-libraries",
    """
import express, { Router } from "express";
import Stripe from "stripe";
import { markDepositPaid, releaseSlot } from "../../services/bookings";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: "2024-06-20" });
// TODO move to env before go-live (copied from the dashboard endpoint "wagbook prod")
const endpointSecret = "@@secret@@";

export const stripeWebhooks = Router();

stripeWebhooks.post("/", express.raw({ type: "application/json" }), async (req, res) => {
  const signature = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }

  switch (event.type) {
    case "payment_intent.succeeded":
      await markDepositPaid((event.data.object as Stripe.PaymentIntent).metadata.booking_id);
      break;
    case "payment_intent.payment_failed":
    case "payment_intent.canceled":
      await releaseSlot((event.data.object as Stripe.PaymentIntent).metadata.booking_id);
      break;
    default:
      break;
  }
  res.json({ received: true });
});
""", whsec())

add("ruby/stripe-secret-key", "kibblecrate/config/initializers/stripe.rb", "https://github.com/stripe/stripe-ruby#usage",
    """
# frozen_string_literal: true

# Kibble Crate bills monthly food deliveries through Stripe Billing.
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", nil),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", "@@secret@@")
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2
Stripe.log_level = Stripe::LEVEL_INFO if Rails.env.development?
""", stripe_key("sk_live_"))

add("k8s-secret/stripe-secret-key", "deploy/k8s/kibblecrate/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: kibblecrate-stripe
  namespace: kibblecrate
  labels:
    app.kubernetes.io/name: kibblecrate
    app.kubernetes.io/component: billing
type: Opaque
data:
  STRIPE_SECRET_KEY: @@encoded@@
  STRIPE_API_VERSION: MjAyNC0wNi0yMA==
""", (sk := stripe_key("sk_live_", long=True)), encoded=b64(sk))

add("json/square-access-token", "pos-bridge/config/production.json", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
{
  "environment": "production",
  "square": {
    "applicationId": "@@appid@@",
    "accessToken": "@@secret@@",
    "apiVersion": "2024-07-17",
    "locations": {
      "camden": "@@loc1@@",
      "islington": "@@loc2@@",
      "hackney": "@@loc3@@"
    }
  },
  "sync": {
    "catalogIntervalMinutes": 30,
    "inventoryIntervalMinutes": 5,
    "pushLoyaltyPoints": true
  },
  "erp": {
    "baseUrl": "http://erp.barkside.local:8069",
    "database": "barkside"
  }
}
""", square_token(), appid=square_app_id(), loc1="L" + square_id(12), loc2="L" + square_id(12), loc3="L" + square_id(12))

add("csharp/square-access-token", "src/Barkside.Loyalty/Square/SquareClientFactory.cs", "https://developer.squareup.com/docs/sdks/dotnet/quick-start",
    """
using Square;
using Square.Authentication;

namespace Barkside.Loyalty.Square
{
    /// <summary>Builds the Square client used by the loyalty points sync.</summary>
    public static class SquareClientFactory
    {
        // Production token of the "Barkside Loyalty Sync" app (Camden + Islington shops)
        private const string AccessToken = "@@secret@@";

        public static SquareClient Create()
        {
            return new SquareClient.Builder()
                .Environment(Environment.Production)
                .BearerAuthCredentials(new BearerAuthModel.Builder(AccessToken).Build())
                .SquareVersion("2024-07-17")
                .Timeout(30)
                .Build();
        }
    }
}
""", square_token())

add("yaml/square-application-secret", "loyalty-portal/config/square_oauth.yml", "https://developer.squareup.com/docs/oauth-api/overview",
    """
# OAuth settings for connecting franchise shops' Square accounts to the loyalty portal
production:
  application_id: @@appid@@
  application_secret: @@secret@@
  redirect_uri: https://loyalty.barksidepets.com/square/callback
  scopes:
    - CUSTOMERS_READ
    - CUSTOMERS_WRITE
    - LOYALTY_READ
    - LOYALTY_WRITE
    - ORDERS_READ
  session: false
sandbox:
  application_id: sandbox-sq0idb-<set in SQUARE_SANDBOX_APP_ID>
  application_secret: <set in SQUARE_SANDBOX_APP_SECRET>
  redirect_uri: http://localhost:3000/square/callback
""", square_app_secret(), appid=square_app_id())

add("markdown/square-webhook-signature-key", "docs/handover/square-webhooks.md", "https://developer.squareup.com/docs/webhooks/step3validate",
    """
# Square webhooks - handover (Priya -> Tom)

The POS bridge listens for Square events so the shop tills and the website stay in step.

| What | Value |
|------|-------|
| Subscription name | barkside-pos-bridge |
| Notification URL | https://bridge.barksidepets.com/square/events |
| API version | 2024-07-17 |
| Events | inventory.count.updated, catalog.version.updated, loyalty.account.updated |
| Signature key | `@@secret@@` |

## Checking the signature

The bridge computes HMAC-SHA256 over `notification URL + raw body` with the signature key and
compares it (base64) to the `x-square-hmacsha256-signature` header. If Square's dashboard
shows repeated 401s, the key was probably regenerated: copy the new one into the bridge's
`SQUARE_WEBHOOK_SIGNATURE_KEY` and restart the container.

## Replaying missed events

Square retries for 24 hours. After an outage longer than that, run
`npm run resync -- --since=2024-08-01` on the bridge box to pull catalog and counts again.
""", draw(22, B64URL))

add("go/clover-api-token", "tools/clover-export/main.go", "https://docs.clover.com/docs/using-api-tokens",
    """
package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

// Daily export of the Clover till at the Brighton grooming salon (retail corner).
const (
	baseURL    = "https://api.clover.com/v3/merchants/"
	merchantID = "@@mid@@"
	apiToken   = "@@secret@@"
)

type item struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Price int64  `json:"price"`
	SKU   string `json:"sku"`
}

func main() {
	req, _ := http.NewRequest("GET", baseURL+merchantID+"/items?limit=1000", nil)
	req.Header.Set("Authorization", "Bearer "+apiToken)
	client := &http.Client{Timeout: 30 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()

	var page struct {
		Elements []item `json:"elements"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"id", "sku", "name", "price"})
	for _, it := range page.Elements {
		w.Write([]string{it.ID, it.SKU, it.Name, fmt.Sprintf("%.2f", float64(it.Price)/100)})
	}
	w.Flush()
}
""", uuid4(), mid=draw(13, UPPER_ALNUM))

add("kotlin/lightspeed-personal-token", "stocktake-app/app/src/main/java/com/barkside/stocktake/api/LightspeedApi.kt", "https://x-series-api.lightspeedhq.com/docs/authorization",
    """
package com.barkside.stocktake.api

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

/** Lightspeed Retail (X-Series) client for the handheld stocktake scanners in the shops. */
object LightspeedApi {
    private const val DOMAIN_PREFIX = "barksidepets"
    private const val PERSONAL_TOKEN = "@@secret@@"

    private val auth = Interceptor { chain ->
        val request = chain.request().newBuilder()
            .header("Authorization", "Bearer $PERSONAL_TOKEN")
            .header("Accept", "application/json")
            .build()
        chain.proceed(request)
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl("https://$DOMAIN_PREFIX.retail.lightspeed.app/api/2.0/")
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()

    val products: ProductService = retrofit.create(ProductService::class.java)
    val consignments: ConsignmentService = retrofit.create(ConsignmentService::class.java)
}
""", mixed(22) + ":" + mixed(17))

add("python/braintree-private-key", "kibblecrate/payments/gateway.py", "https://developer.paypal.com/braintree/docs/start/hello-server/python",
    """
\"\"\"Braintree gateway for the legacy Kibble Crate subscriptions (pre-2023 customers).\"\"\"
import braintree

GATEWAY = braintree.BraintreeGateway(
    braintree.Configuration(
        environment=braintree.Environment.Production,
        merchant_id="@@merchant@@",
        public_key="@@public@@",
        private_key="@@secret@@",
    )
)


def charge_renewal(customer_id: str, amount: str, order_ref: str):
    result = GATEWAY.transaction.sale({
        "customer_id": customer_id,
        "amount": amount,
        "order_id": order_ref,
        "options": {"submit_for_settlement": True},
    })
    if not result.is_success:
        raise RuntimeError(result.message)
    return result.transaction.id


def cancel_subscription(subscription_id: str) -> None:
    GATEWAY.subscription.cancel(subscription_id)
""", hexs(32), merchant=draw(16, LOWER_ALNUM), public=draw(16, LOWER_ALNUM))

add("shell/paypal-client-secret", "ops/paypal/get_token.sh", "https://developer.paypal.com/api/rest/authentication/",
    """
#!/usr/bin/env bash
# Fetch a PayPal OAuth token for the shop's refund script (live account).
set -euo pipefail

CLIENT_ID="@@cid@@"

curl -sS https://api-m.paypal.com/v1/oauth2/token \\
  -u "${CLIENT_ID}:@@secret@@" \\
  -H "Accept: application/json" \\
  -H "Accept-Language: en_GB" \\
  -d "grant_type=client_credentials" | jq -r .access_token > /tmp/paypal_token

echo "token written to /tmp/paypal_token (valid ~9h)"
""", "E" + draw(79, B64URL), cid="A" + draw(79, B64URL))

add("php/woocommerce-consumer-secret", "wp-content/mu-plugins/barkside-erp-sync.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    """
<?php
/**
 * Plugin Name: Barkside ERP stock sync
 * Description: Pushes stock levels from the ERP into the WooCommerce shop every 10 minutes.
 */

use Automattic\\WooCommerce\\Client;

require_once __DIR__ . '/vendor/autoload.php';

const BARKSIDE_WC_URL = 'https://shop.barksidepets.com';

function barkside_wc_client(): Client {
    return new Client(
        BARKSIDE_WC_URL,
        'ck_@@ck@@',
        '@@secret@@',
        ['version' => 'wc/v3', 'timeout' => 30]
    );
}

add_action('barkside_erp_sync', function () {
    $levels = barkside_erp_fetch_levels();
    $batch = [];
    foreach ($levels as $sku => $qty) {
        $batch[] = ['sku' => $sku, 'stock_quantity' => (int) $qty, 'manage_stock' => true];
    }
    foreach (array_chunk($batch, 100) as $chunk) {
        barkside_wc_client()->post('products/batch', ['update' => $chunk]);
    }
});
""", "cs_" + hexs(40), ck=hexs(40))

add("env/shopify-admin-token", "apps/stock-sync/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
# stock-sync: Lightspeed -> Shopify inventory (barkside-pets.myshopify.com)
SHOPIFY_SHOP=barkside-pets.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_TOKEN=@@secret@@
SHOPIFY_LOCATION_ID=gid://shopify/Location/@@loc@@
LIGHTSPEED_DOMAIN_PREFIX=barksidepets
SYNC_EVERY_MINUTES=10
DRY_RUN=false
""", shopify("shpat_"), loc=str(_rng().randint(10**10, 10**11)))

add("python/shopify-app-secret", "kibblecrate/webhooks/shopify_hmac.py", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook",
    """
\"\"\"Verify Shopify webhooks (orders/paid, customers/redact) for the Kibble Crate custom app.\"\"\"
import base64
import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("shopify_webhooks", __name__)

# API secret key of the custom app "Kibble Crate Fulfilment"
SHOPIFY_API_SECRET = "@@secret@@"


def _valid(raw: bytes, header: str) -> bool:
    digest = hmac.new(SHOPIFY_API_SECRET.encode(), raw, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), header or "")


@bp.post("/webhooks/shopify/<topic>")
def receive(topic: str):
    if not _valid(request.get_data(), request.headers.get("X-Shopify-Hmac-Sha256")):
        abort(401)
    payload = request.get_json()
    if topic == "orders-paid":
        from kibblecrate.fulfilment import queue_box
        queue_box(payload["id"], payload["line_items"])
    return "", 200
""", shopify("shpss_"))

add("toml/shopify-admin-token", "jobs/price-sync/config/production.toml", "https://shopify.dev/docs/api/admin-graphql",
    """
# Nightly supplier price-list import -> Shopify product prices
[supplier]
name = "Phillips Pet Food & Supplies"
price_file_glob = "/srv/edi/inbound/832/*.x12"
markup_percent = 38

[shopify]
shop = "barkside-pets.myshopify.com"
api_version = "2024-07"
access_token = "@@secret@@"
batch_size = 250

[report]
email_to = ["buying@barksidepets.com"]
""", shopify("shpat_"))

add("compose/shopify-private-app-password", "feed-builder/docker-compose.yml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens",
    """
# Builds the Google Merchant Center product feed from the Shopify catalogue every hour.
services:
  feed-builder:
    image: ghcr.io/barkside-pets/feed-builder:1.8.2
    restart: unless-stopped
    environment:
      SHOP_URL: https://barkside-pets.myshopify.com
      SHOPIFY_PASSWORD: "@@secret@@"
      FEED_CURRENCY: GBP
      FEED_OUTPUT: /feeds/google.xml
      EXCLUDE_TAGS: "discontinued,vet-only"
    volumes:
      - feeds:/feeds

  nginx:
    image: nginx:1.27-alpine
    ports:
      - "8081:80"
    volumes:
      - feeds:/usr/share/nginx/html:ro

volumes:
  feeds:
""", shopify("shppa_"))

add("javascript/recharge-api-token", "kibblecrate-site/netlify/functions/skip-next-delivery.js", "https://developer.getrecharge.com/2021-11/#authentication",
    """
// Lets a subscriber skip next month's food box from the account page.
const RECHARGE_API = "https://api.rechargeapps.com";
const RECHARGE_TOKEN = "@@secret@@";

exports.handler = async (event) => {
  const { chargeId, purchaseItemId } = JSON.parse(event.body || "{}");
  if (!chargeId || !purchaseItemId) {
    return { statusCode: 400, body: "chargeId and purchaseItemId are required" };
  }

  const res = await fetch(`${RECHARGE_API}/charges/${chargeId}/skip`, {
    method: "POST",
    headers: {
      "X-Recharge-Access-Token": RECHARGE_TOKEN,
      "X-Recharge-Version": "2021-11",
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ purchase_item_ids: [purchaseItemId] }),
  });

  return { statusCode: res.status, body: await res.text() };
};
""", "sk_1x1_" + hexs(64))

add("ini/chargebee-api-key", "legacy-shop/config/billing.ini", "https://apidocs.chargebee.com/docs/api/#authentication",
    """
; Pet-food "Subscribe & Save" billing (legacy PHP shop, retired after the Shopify move)
[chargebee]
site = barkside-pets
api_key = @@secret@@
plan_monthly = kibble-monthly-gbp
plan_fortnightly = kibble-fortnightly-gbp

[dunning]
retry_days = 3,5,7
notify_email = accounts@barksidepets.com
""", "live_" + mixed(34))

add("typescript/klaviyo-private-key", "kibblecrate-site/src/lib/klaviyo.ts", "https://developers.klaviyo.com/en/docs/authenticate_",
    """
import { ApiKeySession, EventsApi, ProfilesApi } from "klaviyo-api";

// Server-side only: used by the order webhook to send "Box shipped" and "Running low" flows.
const session = new ApiKeySession("@@secret@@");

export const events = new EventsApi(session);
export const profiles = new ProfilesApi(session);

export async function trackBoxShipped(email: string, orderId: string, trackingUrl: string) {
  await events.createEvent({
    data: {
      type: "event",
      attributes: {
        metric: { data: { type: "metric", attributes: { name: "Box Shipped" } } },
        profile: { data: { type: "profile", attributes: { email } } },
        properties: { orderId, trackingUrl },
      },
    },
  });
}
""", "pk_" + hexs(34))

add("env/mailchimp-api-key", "newsletter/.env", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """
# Monthly "Groom Room" newsletter tooling
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER_PREFIX=us21
MAILCHIMP_AUDIENCE_ID=@@aud@@
DEFAULT_FROM_NAME="Wagtail & Co Grooming"
DEFAULT_REPLY_TO=hello@wagtailgrooming.co.uk
""", mailchimp_key("us21"), aud=hexs(10))

add("k8s/sendgrid-api-key", "deploy/k8s/wagbook/configmap.yaml", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
    """
apiVersion: v1
kind: ConfigMap
metadata:
  name: wagbook-config
  namespace: wagbook
data:
  APP_BASE_URL: "https://book.wagtailgrooming.co.uk"
  MAIL_FROM: "bookings@wagtailgrooming.co.uk"
  MAIL_PROVIDER: "sendgrid"
  SENDGRID_API_KEY: "@@secret@@"
  SENDGRID_TEMPLATE_CONFIRMATION: "d-@@t1@@"
  SENDGRID_TEMPLATE_REMINDER: "d-@@t2@@"
  REMINDER_HOURS_BEFORE: "24"
  FEATURE_WAITLIST: "true"
""", sendgrid_key(), t1=hexs(32), t2=hexs(32))

add("python/postmark-server-token", "wagbook/reminders/email.py", "https://postmarkapp.com/developer/api/overview#authentication",
    """
\"\"\"Appointment confirmation and 'ready for collection' e-mails.\"\"\"
from postmarker.core import PostmarkClient

from wagbook.models import Appointment

postmark = PostmarkClient(server_token="@@secret@@")

FROM = "Wagtail & Co <bookings@wagtailgrooming.co.uk>"


def send_confirmation(appt: Appointment) -> None:
    postmark.emails.send_with_template(
        TemplateAlias="booking-confirmed",
        TemplateModel={
            "owner_name": appt.owner.first_name,
            "dog_name": appt.dog.name,
            "service": appt.service.name,
            "starts_at": appt.starts_at.strftime("%A %d %B, %H:%M"),
            "salon": appt.salon.name,
        },
        From=FROM,
        To=appt.owner.email,
        MessageStream="outbound",
    )


def send_ready_for_collection(appt: Appointment) -> None:
    postmark.emails.send(
        From=FROM,
        To=appt.owner.email,
        Subject=f"{appt.dog.name} is ready for collection",
        TextBody=f"{appt.dog.name} is fluffy and ready! See you at {appt.salon.name}.",
        MessageStream="outbound",
    )
""", uuid4())

add("go/mailgun-api-key", "internal/notify/mailgun.go", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication",
    """
package notify

import (
	"context"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

const (
	mailDomain = "mg.barksidepets.com"
	mailFrom   = "Barkside Pets <orders@mg.barksidepets.com>"
)

var mg = mailgun.NewMailgun(mailDomain, "@@secret@@")

func init() {
	mg.SetAPIBase(mailgun.APIBaseEU)
}

// SendClickAndCollect tells a customer their order is ready at the shop counter.
func SendClickAndCollect(ctx context.Context, to, orderRef, shop string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	msg := mg.NewMessage(mailFrom, "Your order "+orderRef+" is ready to collect",
		"Your order is waiting for you at Barkside "+shop+". Bring your order number.", to)
	msg.SetTemplate("click-and-collect")
	_, _, err := mg.Send(ctx, msg)
	return err
}
""", mailgun_key())

add("json/algolia-admin-key", "scripts/algolia/reindex.config.json", "https://www.algolia.com/doc/guides/security/api-keys/",
    """
{
  "appId": "@@app@@",
  "adminApiKey": "@@secret@@",
  "indexName": "barkside_products_en",
  "replicas": [
    "barkside_products_en_price_asc",
    "barkside_products_en_price_desc"
  ],
  "settings": {
    "searchableAttributes": ["title", "brand", "species", "unordered(description)"],
    "attributesForFaceting": ["searchable(brand)", "species", "life_stage", "filterOnly(in_stock)"],
    "customRanking": ["desc(popularity)", "asc(price)"]
  },
  "source": "shopify",
  "batchSize": 1000
}
""", hexs(32), app=draw(10, UPPER_ALNUM))

add("ruby/easypost-api-key", "app/services/shipping_label_service.rb", "https://docs.easypost.com/docs/authentication",
    """
# frozen_string_literal: true

require "easypost"

# Buys Royal Mail / DPD labels for online orders packed in the Camden stockroom.
class ShippingLabelService
  CLIENT = EasyPost::Client.new(api_key: "@@secret@@")

  FROM_ADDRESS = {
    company: "Barkside Pet Supply",
    street1: "14 Chalk Farm Road",
    city: "London",
    zip: "NW1 8AG",
    country: "GB",
    phone: "02070000000"
  }.freeze

  def initialize(order)
    @order = order
  end

  def buy!
    shipment = CLIENT.shipment.create(
      from_address: FROM_ADDRESS,
      to_address: @order.shipping_address.to_easypost,
      parcel: { weight: @order.weight_oz }
    )
    rate = shipment.lowest_rate(%w[RoyalMail DPDUK])
    CLIENT.shipment.buy(shipment.id, rate: rate)
  end
end
""", "EZAK" + hexs(54))

add("powershell/shipstation-api-secret", "ops/shipstation/Export-Shipments.ps1", "https://www.shipstation.com/docs/api/requirements/#authentication",
    """
# Weekly export of shipped orders for the accountant (runs on OFFICE-PC01 via Task Scheduler)
param(
    [int]$Days = 7,
    [string]$OutFile = "C:\\Reports\\shipstation-shipments.csv"
)

$apiKey    = "@@key@@"
$apiSecret = "@@secret@@"
$pair      = "{0}:{1}" -f $apiKey, $apiSecret
$basic     = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers   = @{ Authorization = "Basic $basic" }

$since = (Get-Date).AddDays(-$Days).ToString("yyyy-MM-dd")
$uri   = "https://ssapi.shipstation.com/shipments?shipDateStart=$since&pageSize=500"

$result = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
$result.shipments |
    Select-Object orderNumber, shipDate, carrierCode, trackingNumber, shipmentCost |
    Export-Csv -Path $OutFile -NoTypeInformation

Write-Host "Exported $($result.shipments.Count) shipments to $OutFile"
""", hexs(32), key=hexs(32))


# =============================================================================================
# SMS reminders, chat bots and notifications: secrets

add("python/twilio-auth-token", "wagbook/reminders/sms.py", "https://www.twilio.com/docs/usage/secure-credentials",
    """
\"\"\"SMS reminders: 24h and 2h before a grooming appointment.\"\"\"
from twilio.rest import Client

from wagbook.models import Appointment

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
MESSAGING_SERVICE_SID = "@@mg@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(appt: Appointment, hours: int) -> str:
    when = appt.starts_at.strftime("%H:%M") if hours <= 2 else appt.starts_at.strftime("%a %d %b %H:%M")
    body = (
        f"Hi {appt.owner.first_name}, reminder: {appt.dog.name}'s {appt.service.name} at "
        f"{appt.salon.name} is {when}. Reply C to cancel. Wagtail & Co"
    )
    message = client.messages.create(
        messaging_service_sid=MESSAGING_SERVICE_SID,
        to=appt.owner.mobile_e164,
        body=body,
    )
    return message.sid
""", hexs(32), sid=twilio_sid("AC"), mg=twilio_sid("MG"))

add("env/twilio-api-key-secret", "sms-gateway/.env", "https://www.twilio.com/docs/iam/api-keys",
    """
# sms-gateway (inbound replies "C" = cancel, "Y" = confirm)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_API_KEY_SID=@@sk@@
TWILIO_API_KEY_SECRET=@@secret@@
TWILIO_FROM=+447700900123
INBOUND_WEBHOOK_PATH=/sms/inbound
WAGBOOK_API=http://wagbook-api.internal:8080
""", mixed(32), sid=twilio_sid("AC"), sk=twilio_sid("SK"))

add("java/twilio-auth-token", "reminder-service/src/main/java/uk/co/wagtail/reminders/ReminderSender.java", "https://www.twilio.com/docs/libraries/java",
    """
package uk.co.wagtail.reminders;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public final class ReminderSender {

    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@secret@@";
    private static final PhoneNumber FROM = new PhoneNumber("+447700900456");

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    private ReminderSender() {
    }

    public static String vaccinationDue(String mobile, String dogName, String vaccine) {
        String body = String.format(
            "%s is due a %s booster soon. We need proof of vaccination before the next groom. Wagtail & Co",
            dogName, vaccine);
        Message message = Message.creator(new PhoneNumber(mobile), FROM, body).create();
        return message.getSid();
    }
}
""", hexs(32), sid=twilio_sid("AC"))

add("log/twilio-auth-token", "logs/sms-worker-2024-08-14.log", "https://www.twilio.com/docs/usage/requests-to-twilio",
    """
2024-08-14 07:00:01,112 INFO  sms-worker starting, 41 reminders queued for 2024-08-15
2024-08-14 07:00:01,240 DEBUG http.client send: POST /2010-04-01/Accounts/@@sid@@/Messages.json HTTP/1.1
2024-08-14 07:00:01,240 DEBUG http.client header: Host: api.twilio.com
2024-08-14 07:00:01,240 DEBUG http.client header: Authorization: Basic @@basic@@
2024-08-14 07:00:01,240 DEBUG http.client header: Content-Type: application/x-www-form-urlencoded
2024-08-14 07:00:01,598 DEBUG http.client reply: 'HTTP/1.1 201 CREATED'
2024-08-14 07:00:01,601 INFO  sent reminder appt=88213 to=+4477009****12 sid=SM@@sm1@@
2024-08-14 07:00:01,950 INFO  sent reminder appt=88219 to=+4477009****87 sid=SM@@sm2@@
2024-08-14 07:00:02,311 WARN  skipped appt=88231: owner opted out of SMS
2024-08-14 07:00:09,874 INFO  sms-worker done: sent=40 skipped=1 failed=0
""", (tok := hexs(32)), sid=(ac := twilio_sid("AC")), basic=b64(f"{ac}:{tok}"), sm1=hexs(32), sm2=hexs(32))

add("php/vonage-api-secret", "app/Sms/VonageSender.php", "https://developer.vonage.com/en/getting-started/concepts/authentication",
    """
<?php

namespace App\\Sms;

use Vonage\\Client;
use Vonage\\Client\\Credentials\\Basic;
use Vonage\\SMS\\Message\\SMS;

class VonageSender implements SmsSender
{
    private Client $client;

    public function __construct()
    {
        $this->client = new Client(new Basic('@@key@@', '@@secret@@'));
    }

    public function send(string $to, string $text): string
    {
        $response = $this->client->sms()->send(new SMS($to, 'BARKSIDE', $text));
        $message = $response->current();
        if ($message->getStatus() !== 0) {
            throw new \\RuntimeException('SMS failed with status ' . $message->getStatus());
        }
        return $message->getMessageId();
    }
}
""", mixed(16), key=hexs(8))

add("ruby/messagebird-access-key", "lib/sms/messagebird_gateway.rb", "https://developers.messagebird.com/api/#authentication",
    """
# frozen_string_literal: true

require "messagebird"

module Sms
  # Dutch salons (Utrecht, Amersfoort) send reminders through MessageBird.
  class MessagebirdGateway
    ORIGINATOR = "WagtailNL"

    def initialize
      @client = MessageBird::Client.new("@@secret@@")
    end

    def deliver(phone, text)
      @client.message_create(ORIGINATOR, phone, text, reference: "wagbook")
    rescue MessageBird::ErrorException => e
      Rails.logger.warn("MessageBird failed for #{phone}: #{e.errors.map(&:description).join(', ')}")
      nil
    end
  end
end
""", mixed(25))

add("yaml/plivo-auth-token", "reminder-service/config/sms.yml", "https://www.plivo.com/docs/sms/api/overview/#authentication",
    """
# Which SMS provider each country uses for grooming reminders
default_provider: twilio
providers:
  plivo:
    countries: [US, CA]
    auth_id: @@aid@@
    auth_token: @@secret@@
    src: "+14155550123"
    url: https://api.plivo.com/v1/Account/
  twilio:
    countries: [GB, IE]
    credentials: env:TWILIO_*
quiet_hours:
  start: "21:00"
  end: "08:00"
""", mixed(40), aid="MA" + draw(18, UPPER_ALNUM))

add("csharp/telnyx-api-key", "src/Wagtail.Reminders/Sms/TelnyxSmsService.cs", "https://developers.telnyx.com/development/api-fundamentals/authentication",
    """
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Wagtail.Reminders.Sms
{
    public sealed class TelnyxSmsService : ISmsService
    {
        private const string ApiKey = "@@secret@@";
        private const string MessagingProfileId = "@@profile@@";
        private static readonly HttpClient Http = new HttpClient
        {
            BaseAddress = new System.Uri("https://api.telnyx.com/v2/")
        };

        static TelnyxSmsService()
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        }

        public async Task<string> SendAsync(string to, string text)
        {
            var response = await Http.PostAsJsonAsync("messages", new
            {
                from = "+15125550199",
                to,
                text,
                messaging_profile_id = MessagingProfileId
            });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TelnyxResponse>();
            return body!.Data.Id;
        }
    }
}
""", "KEY" + draw(32, UPHEX) + "_" + mixed(22), profile=uuid4())

add("shell/clicksend-api-key", "scripts/send_test_sms.sh", "https://developers.clicksend.com/docs/rest/v3/#authentication",
    """
#!/bin/sh
# Quick check that the ClickSend account (AU salons) still sends. Usage: ./send_test_sms.sh +61400000000
TO="${1:?phone number}"

curl -s -X POST https://rest.clicksend.com/v3/sms/send \\
  -u "it@wagtailgrooming.com.au:@@secret@@" \\
  -H "Content-Type: application/json" \\
  -d "{\\"messages\\":[{\\"source\\":\\"sh\\",\\"from\\":\\"Wagtail\\",\\"to\\":\\"${TO}\\",\\"body\\":\\"Test from wagbook\\"}]}"
echo
""", uuid4().upper())

add("properties/textmagic-api-key", "rota-app/src/main/resources/sms.properties", "https://docs.textmagic.com/#section/Authentication",
    """
# Staff rota SMS: shift changes and cover requests for groomers
sms.provider=textmagic
textmagic.username=wagtailrota
textmagic.api-key=@@secret@@
textmagic.sender-id=WagtailRota
sms.max-length=306
sms.quiet-hours=22:00-07:00
""", mixed(30))

add("python/telegram-bot-token", "bots/salon_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
\"\"\"Telegram bot for the grooming team: today's list, late arrivals, 'dog ready' pings.\"\"\"
import datetime as dt

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from wagbook.client import appointments_for

TOKEN = "@@secret@@"
SALON_CHATS = {-1002040011223: "camden", -1002040011997: "islington"}


async def today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    salon = SALON_CHATS.get(update.effective_chat.id)
    if salon is None:
        return
    rows = appointments_for(salon, dt.date.today())
    lines = [f"{a.starts_at:%H:%M} {a.dog_name} ({a.breed}) - {a.service} - {a.groomer}" for a in rows]
    await update.message.reply_text("\\n".join(lines) or "No bookings today")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("today", today))
    app.run_polling()


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("github-actions/telegram-bot-token", ".github/workflows/deploy-notify.yml", "https://core.telegram.org/bots/api#sendmessage",
    """
name: deploy

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Deploy to Render
        run: curl -fsS -X POST "${{ secrets.RENDER_DEPLOY_HOOK }}"
      - name: Tell the team on Telegram
        if: always()
        run: |
          curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1002040011223 \\
            -d text="wagbook deploy ${{ job.status }}: ${{ github.sha }} by ${{ github.actor }}"
""", fakes.telegram_token(_seed()))

add("json/slack-webhook-url", "n8n/workflows/daily-bookings-digest.json", "https://api.slack.com/messaging/webhooks",
    """
{
  "name": "Daily bookings digest",
  "nodes": [
    {
      "parameters": { "rule": { "interval": [{ "field": "cronExpression", "expression": "0 7 * * 1-6" }] } },
      "name": "Every morning",
      "type": "n8n-nodes-base.scheduleTrigger",
      "typeVersion": 1.2,
      "position": [240, 300]
    },
    {
      "parameters": {
        "url": "http://wagbook-api.internal:8080/reports/today",
        "options": {}
      },
      "name": "Fetch today's bookings",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 4.2,
      "position": [460, 300]
    },
    {
      "parameters": {
        "method": "POST",
        "url": "@@secret@@",
        "sendBody": true,
        "bodyParameters": { "parameters": [{ "name": "text", "value": "={{ $json.summary }}" }] }
      },
      "name": "Post to #salon-managers",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 4.2,
      "position": [680, 300]
    }
  ],
  "connections": {
    "Every morning": { "main": [[{ "node": "Fetch today's bookings", "type": "main", "index": 0 }]] },
    "Fetch today's bookings": { "main": [[{ "node": "Post to #salon-managers", "type": "main", "index": 0 }]] }
  },
  "active": true
}
""", slack_webhook())

add("yaml/slack-webhook-url", "monitoring/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """
global:
  resolve_timeout: 5m
  slack_api_url: '@@secret@@'

route:
  receiver: it-alerts
  group_by: [alertname, shop]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: it-alerts
      continue: true
    - matchers: [job="nvr"]
      receiver: cameras

receivers:
  - name: it-alerts
    slack_configs:
      - channel: '#it-alerts'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.shop }})'
  - name: cameras
    slack_configs:
      - channel: '#shop-cameras'
        send_resolved: true
""", slack_webhook())

add("javascript/discord-webhook-url", "staff-rota/src/notify.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """
// Posts open shifts to the groomers' Discord so someone can pick them up.
const WEBHOOK = "@@secret@@";

async function postOpenShift(shift) {
  const content =
    `:dog: Open shift at **${shift.salon}** on ${shift.date} ` +
    `${shift.start}-${shift.end} (${shift.role}). React with :raised_hand: to take it.`;
  const res = await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "Rota Bot", content }),
  });
  if (!res.ok) throw new Error(`discord ${res.status}`);
}

module.exports = { postOpenShift };
""", discord_webhook())

add("python/slack-bot-token", "ops/post_daily_schedule.py", "https://api.slack.com/authentication/token-types#bot",
    """
#!/usr/bin/env python3
\"\"\"Post each salon's grooming schedule to its Slack channel at 7am.\"\"\"
import datetime as dt

from slack_sdk import WebClient

from wagbook.client import appointments_for

client = WebClient(token="@@secret@@")
CHANNELS = {"camden": "C05ABCD1234", "islington": "C05ABCD5678", "hackney": "C05ABCD9012"}


def main() -> None:
    today = dt.date.today()
    for salon, channel in CHANNELS.items():
        rows = appointments_for(salon, today)
        blocks = [{"type": "header", "text": {"type": "plain_text", "text": f"{salon.title()} - {today:%a %d %b}"}}]
        for a in rows:
            blocks.append({"type": "section", "text": {"type": "mrkdwn",
                           "text": f"*{a.starts_at:%H:%M}* {a.dog_name} ({a.breed}) - {a.service} - _{a.groomer}_"}})
        client.chat_postMessage(channel=channel, blocks=blocks, text=f"{len(rows)} bookings today")


if __name__ == "__main__":
    main()
""", slack_bot())

add("dart/fcm-server-key", "wagbook_app/lib/services/push_service.dart", "https://firebase.google.com/docs/cloud-messaging/auth-server",
    """
import 'dart:convert';

import 'package:http/http.dart' as http;

/// Sends "your dog is ready" pushes from the groomer's tablet build.
class PushService {
  static const _fcmUrl = 'https://fcm.googleapis.com/fcm/send';
  static const _serverKey =
      '@@secret@@';

  Future<void> notifyOwner(String deviceToken, String dogName) async {
    final response = await http.post(
      Uri.parse(_fcmUrl),
      headers: {
        'Content-Type': 'application/json',
        'Authorization': 'key=$_serverKey',
      },
      body: jsonEncode({
        'to': deviceToken,
        'notification': {
          'title': '$dogName is ready!',
          'body': 'All groomed and waiting for you at the salon.',
        },
      }),
    );
    if (response.statusCode != 200) {
      throw Exception('FCM send failed: ${response.statusCode}');
    }
  }
}
""", "AAAA" + draw(7, B64URL) + ":APA91b" + draw(134, B64URL))

add("swift/onesignal-rest-api-key", "WagbookGroomer/Sources/Notifications/OwnerNotifier.swift", "https://documentation.onesignal.com/docs/keys-and-ids",
    """
import Foundation

/// Sends "ready for collection" notifications straight from the groomer iPad app.
struct OwnerNotifier {
    private let appId = "@@appid@@"
    private let restApiKey = "@@secret@@"

    func notifyReady(ownerExternalId: String, dogName: String) async throws {
        var request = URLRequest(url: URL(string: "https://onesignal.com/api/v1/notifications")!)
        request.httpMethod = "POST"
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue("Basic \\(restApiKey)", forHTTPHeaderField: "Authorization")
        let body: [String: Any] = [
            "app_id": appId,
            "include_external_user_ids": [ownerExternalId],
            "headings": ["en": "\\(dogName) is ready!"],
            "contents": ["en": "Pop in to collect \\(dogName) whenever suits you."]
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
    }
}
""", b64(uuid4()), appid=uuid4())


# =============================================================================================
# Cloud, CI and app secrets

add("ini/aws-secret-access-key", "deploy/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
# Copied to /home/pupcam/.aws/credentials on the salon NUCs by the provisioning script.
[default]
region = eu-west-2

[pupcam-uploader]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-2
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/aws-secret-access-key", "infra/aws/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "pupcam_clips" {
  bucket = "wagtail-pupcam-clips"
  tags = {
    owner   = "it@wagtailgrooming.co.uk"
    purpose = "grooming table clips shared with owners"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "pupcam_clips" {
  bucket = aws_s3_bucket.pupcam_clips.id
  rule {
    id     = "expire-after-30-days"
    status = "Enabled"
    expiration {
      days = 30
    }
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/aws-secret-access-key", "pupcam/upload_clips.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    """
\"\"\"Upload finished grooming-table clips so owners can watch them from the booking app.\"\"\"
import pathlib

import boto3

CLIP_DIR = pathlib.Path("/var/lib/pupcam/clips")
BUCKET = "wagtail-pupcam-clips"

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def upload_pending() -> int:
    count = 0
    for clip in sorted(CLIP_DIR.glob("*.mp4")):
        key = f"{clip.stem[:8]}/{clip.name}"
        s3.upload_file(str(clip), BUCKET, key, ExtraArgs={"ContentType": "video/mp4"})
        clip.rename(clip.with_suffix(".uploaded"))
        count += 1
    return count


if __name__ == "__main__":
    print(f"uploaded {upload_pending()} clips")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/aws-secret-access-key", ".github/workflows/upload-assets.yml", "https://github.com/aws-actions/configure-aws-credentials",
    """
name: upload product images

on:
  workflow_dispatch:
  push:
    branches: [main]
    paths: ["assets/products/**"]

env:
  AWS_REGION: eu-west-2
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@secret@@

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Resize
        run: ./scripts/resize-images.sh assets/products
      - name: Sync to S3
        run: aws s3 sync assets/products s3://barkside-product-images/ --delete --cache-control max-age=86400
      - name: Invalidate CDN
        run: aws cloudfront create-invalidation --distribution-id E2ABCDEF123456 --paths "/products/*"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

_gcp_key = pem("PRIVATE KEY", 16)
add("json/gcp-service-account-key", "keys/wagbook-bigquery-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """
{
  "type": "service_account",
  "project_id": "wagbook-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "looker-export@wagbook-analytics.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/looker-export%40wagbook-analytics.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _gcp_key.replace("\n", "\\n"), kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("env/azure-storage-account-key", "nvr-archiver/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """
# nvr-archiver: copies motion events from the shop NVRs to cold storage nightly
NVR_HOSTS=10.20.1.10,10.20.2.10,10.20.3.10
ARCHIVE_CONTAINER=nvr-events
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=barksidenvrarchive;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
RETENTION_DAYS=90
""", azure_storage_key())

add("json/azure-ad-client-secret", "OfficeAutomation/appsettings.json", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app",
    """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft": "Warning" }
  },
  "Graph": {
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientSecret": "@@secret@@",
    "SharedMailbox": "invoices@barksidepets.com"
  },
  "InvoiceRules": {
    "Suppliers": ["phillips", "centralgarden", "petlife"],
    "SaveToSharePoint": "/sites/Accounts/Shared Documents/Supplier Invoices"
  }
}
""", azure_client_secret(), tenant=uuid4(), client=uuid4())

add("powershell/azure-ad-client-secret", "it/Sync-StaffToM365.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands",
    """
<#
  Creates Microsoft 365 accounts for new groomers and receptionists from the HR export.
  Run from the office PC as the IT admin: .\\Sync-StaffToM365.ps1 -CsvPath .\\new-starters.csv
#>
param([Parameter(Mandatory)][string]$CsvPath)

$tenantId = "@@tenant@@"
$appId    = "@@client@@"
$secret   = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secret)

Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

Import-Csv $CsvPath | ForEach-Object {
    $upn = "$($_.First).$($_.Last)@wagtailgrooming.co.uk".ToLower()
    if (-not (Get-MgUser -Filter "userPrincipalName eq '$upn'" -ErrorAction SilentlyContinue)) {
        New-MgUser -DisplayName "$($_.First) $($_.Last)" -UserPrincipalName $upn `
            -MailNickname "$($_.First).$($_.Last)".ToLower() -AccountEnabled `
            -JobTitle $_.Role -OfficeLocation $_.Salon `
            -PasswordProfile @{ ForceChangePasswordNextSignIn = $true; Password = (New-Guid).Guid }
        Write-Host "created $upn"
    }
}
""", azure_client_secret(), tenant=uuid4(), client=uuid4())

add("github-actions/pypi-token", ".github/workflows/release-sdk.yml", "https://pypi.org/help/#apitoken",
    """
name: release wagbook-sdk

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build twine
      - run: python -m build
      - name: Upload
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
        run: twine upload dist/*
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "wagbook-sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()))

add("makefile/pypi-token", "petchip-client/Makefile", "https://twine.readthedocs.io/en/stable/#using-twine",
    """
.PHONY: test build publish clean

PYTHON ?= python3

test:
\t$(PYTHON) -m pytest -q

build: clean
\t$(PYTHON) -m build

publish: build
\t$(PYTHON) -m twine upload -u __token__ -p @@secret@@ dist/*

clean:
\trm -rf dist build *.egg-info
""", fakes.pypi_token(_seed()))

add("javascript/github-token", "renovate/config.js", "https://docs.renovatebot.com/self-hosted-configuration/#token",
    """
// Self-hosted Renovate on the IT box: keeps the wagbook and shop repos' dependencies fresh.
module.exports = {
  platform: "github",
  endpoint: "https://api.github.com/",
  token: "@@secret@@",
  gitAuthor: "Barkside Renovate <it@barksidepets.com>",
  onboarding: false,
  requireConfig: "optional",
  repositories: [
    "barkside-pets/wagbook",
    "barkside-pets/kibblecrate-site",
    "barkside-pets/pos-bridge",
  ],
  packageRules: [
    { matchUpdateTypes: ["minor", "patch"], automerge: true },
  ],
};
""", fakes.github_token(_seed()))

add("shell/github-fine-grained-token", "scripts/mirror_repos.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
#!/usr/bin/env bash
# Nightly mirror of our GitHub repos to the office NAS (belt and braces backup).
set -euo pipefail

DEST=/volume1/backup/git
REPOS="wagbook kibblecrate-site pos-bridge stocktake-app pupcam"

mkdir -p "$DEST"
for repo in $REPOS; do
  if [ -d "$DEST/$repo.git" ]; then
    git -C "$DEST/$repo.git" remote update --prune
  else
    git clone --mirror "https://x-access-token:@@secret@@@github.com/barkside-pets/$repo.git" "$DEST/$repo.git"
  fi
done
echo "$(date -Is) mirrored: $REPOS" >> /volume1/backup/git/mirror.log
""", fakes.github_fine_grained_token(_seed()))

add("npmrc/npm-token", "kibblecrate-site/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
# @barkside scope is our private design-system package
@barkside:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("json/docker-hub-token", "ci/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@encoded@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
""", (dk := fakes.fake("dckr_pat_", 27, _seed())), encoded=b64(f"barksideci:{dk}"))

add("gitlab-ci/gitlab-token", "franchise-portal/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2

test:
  stage: test
  image: node:20-alpine
  script:
    - npm ci
    - npm test

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache git
    - git clone https://oauth2:@@secret@@@gitlab.com/wagtail-franchise/infra.git
    - cd infra && ./deploy.sh franchise-portal $CI_COMMIT_SHORT_SHA
  only: [main]
""", fakes.fake("glpat-", 20, _seed()))

add("ini/sentry-auth-token", "wagbook_app/.sentryclirc", "https://docs.sentry.io/cli/configuration/#configuration-file",
    """
[defaults]
url = https://sentry.io/
org = wagtail-grooming
project = wagbook-app

[auth]
token = @@secret@@
""", "sntryu_" + hexs(64))

add("javascript/openai-api-key", "assistant/src/openai.js", "https://platform.openai.com/docs/api-reference/authentication",
    """
import OpenAI from "openai";

// Booking assistant on the website: answers "how long does a full groom take for a cockapoo?"
export const openai = new OpenAI({
  apiKey: "@@secret@@",
  organization: "org-@@org@@",
});

export async function answer(question, context) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    temperature: 0.2,
    messages: [
      { role: "system", content: "You are the friendly booking assistant for Wagtail & Co dog grooming." },
      { role: "system", content: `Prices and durations: ${JSON.stringify(context.services)}` },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}
""", fakes.openai_key(_seed()), org=mixed(24))

add("python/django-secret-key", "wagbook/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["book.wagtailgrooming.co.uk", "admin.wagtailgrooming.co.uk"]
CSRF_TRUSTED_ORIGINS = ["https://book.wagtailgrooming.co.uk", "https://admin.wagtailgrooming.co.uk"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "wagbook",
        "HOST": "/var/run/postgresql",
        "CONN_MAX_AGE": 60,
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
TIME_ZONE = "Europe/London"
""", fakes.django_secret_key(_seed()))

add("yaml/rails-secret-key-base", "kibblecrate/config/secrets.yml", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: @@secret@@
  recharge_webhook_path: /webhooks/recharge
""", hexs(128))

_laravel_key = "base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("env/laravel-app-key", "loyalty-portal/.env", "https://laravel.com/docs/11.x/encryption#configuration",
    """
APP_NAME="Barkside Paw Points"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://loyalty.barksidepets.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=pawpoints
DB_USERNAME=pawpoints
DB_PASSWORD=

SESSION_DRIVER=database
QUEUE_CONNECTION=database
MAIL_MAILER=log
""", _laravel_key)

add("typescript/jwt-secret", "wagbook-api/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback",
    """
import jwt from "jsonwebtoken";

export interface StaffClaims {
  sub: string;
  salon: string;
  role: "groomer" | "reception" | "manager";
}

const JWT_SECRET = process.env.JWT_SECRET ?? "@@secret@@";
const ISSUER = "wagbook-api";

export function signStaffToken(claims: StaffClaims): string {
  return jwt.sign(claims, JWT_SECRET, { issuer: ISSUER, expiresIn: "12h" });
}

export function verifyStaffToken(token: string): StaffClaims {
  return jwt.verify(token, JWT_SECRET, { issuer: ISSUER }) as StaffClaims;
}
""", draw(64, B64URL))

add("python/flask-secret-key", "pupcam/app.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY",
    """
\"\"\"Pup-cam viewer: owners watch the grooming table live with a one-time link from their SMS.\"\"\"
from flask import Flask, abort, render_template, session

from pupcam.links import redeem

app = Flask(__name__)
app.config.update(
    SECRET_KEY="@@secret@@",
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax",
    PERMANENT_SESSION_LIFETIME=3 * 60 * 60,
)


@app.get("/watch/<link_id>")
def watch(link_id: str):
    booking = redeem(link_id)
    if booking is None:
        abort(404)
    session["booking"] = booking.id
    return render_template("watch.html", camera=booking.table_camera, dog=booking.dog_name)
""", hexs(64))

add("yaml/cloudflare-api-token", "k8s/external-dns/values.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
    """
# helm upgrade --install external-dns bitnami/external-dns -f values.yaml -n external-dns
provider: cloudflare
cloudflare:
  apiToken: "@@secret@@"
  proxied: true
domainFilters:
  - barksidepets.com
  - wagtailgrooming.co.uk
policy: upsert-only
txtOwnerId: barkside-k3s
sources:
  - ingress
  - service
interval: 5m
""", draw(40, B64URL))

add("terraform/digitalocean-token", "infra/do/provider.tf", "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.40"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "franchise_portal" {
  name     = "franchise-portal-1"
  region   = "lon1"
  size     = "s-2vcpu-4gb"
  image    = "ubuntu-24-04-x64"
  ssh_keys = [data.digitalocean_ssh_key.it.id]
  tags     = ["franchise", "web"]
}

data "digitalocean_ssh_key" "it" {
  name = "it-laptop"
}
""", "dop_v1_" + hexs(64))

add("yaml/datadog-api-key", "ansible/roles/datadog/files/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/",
    """
## Datadog agent on the shop back-office PCs and the salon NUCs
api_key: @@secret@@
site: datadoghq.eu
hostname_fqdn: true
tags:
  - company:barkside
  - env:shops
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
""", hexs(32))

add("env/hubspot-private-app-token", "crm-sync/.env", "https://developers.hubspot.com/docs/api/private-apps",
    """
# crm-sync: new grooming clients -> HubSpot contacts (franchise sales team)
HUBSPOT_PRIVATE_APP_TOKEN=@@secret@@
HUBSPOT_PIPELINE=franchise-enquiries
WAGBOOK_EXPORT_URL=http://wagbook-api.internal:8080/exports/new-clients
SYNC_CRON=*/30 * * * *
""", "pat-eu1-" + uuid4())

add("python/airtable-pat", "scripts/waitlist_to_airtable.py", "https://airtable.com/developers/web/guides/personal-access-tokens",
    """
#!/usr/bin/env python3
\"\"\"Copy the salon waitlist into Airtable so the managers can work it on their phones.\"\"\"
from pyairtable import Api

from wagbook.client import waitlist

api = Api("@@secret@@")
table = api.table("app@@base@@", "Waitlist")


def main() -> None:
    existing = {r["fields"].get("Ref") for r in table.all(fields=["Ref"])}
    new = [w for w in waitlist() if w.ref not in existing]
    table.batch_create([
        {"Ref": w.ref, "Owner": w.owner, "Dog": w.dog, "Breed": w.breed,
         "Salon": w.salon, "Wanted": w.wanted.isoformat(), "Phone": w.phone}
        for w in new
    ])
    print(f"added {len(new)} waitlist rows")


if __name__ == "__main__":
    main()
""", "pat" + mixed(14) + "." + hexs(64), base=mixed(14))

add("json/google-oauth-client-secret", "staff-sso/client_secret_web.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred",
    """
{
  "web": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "wagtail-staff-sso",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://admin.wagtailgrooming.co.uk/oauth/callback"],
    "javascript_origins": ["https://admin.wagtailgrooming.co.uk"]
  }
}
""", google_client_secret(), cid=str(_rng().randint(10**11, 10**12)) + "-" + draw(32, LOWER_ALNUM))

add("python/google-maps-api-key", "pet_taxi/geocode.py", "https://developers.google.com/maps/documentation/geocoding/get-api-key",
    """
\"\"\"Pet taxi: geocode pickup addresses and check they are inside the 5-mile collection radius.\"\"\"
import math

import requests

GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json"
SERVER_KEY = "@@secret@@"  # server key, IP-restricted to the office line
SALONS = {"camden": (51.5416, -0.1460), "islington": (51.5362, -0.1031)}


def geocode(address: str):
    resp = requests.get(GEOCODE_URL, params={"address": address, "region": "uk", "key": SERVER_KEY}, timeout=10)
    resp.raise_for_status()
    loc = resp.json()["results"][0]["geometry"]["location"]
    return loc["lat"], loc["lng"]


def miles(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 3958.8 * 2 * math.asin(math.sqrt(h))


def in_radius(address: str, salon: str, limit: float = 5.0) -> bool:
    return miles(geocode(address), SALONS[salon]) <= limit
""", google_api_key())

add("xml/quickbooks-client-secret", "QboSync/App.config", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <!-- Daily till takings from the shops -> QuickBooks Online journal -->
    <add key="QboEnvironment" value="production" />
    <add key="QboClientId" value="@@cid@@" />
    <add key="QboClientSecret" value="@@secret@@" />
    <add key="QboRealmId" value="@@realm@@" />
    <add key="QboRedirectUri" value="https://developer.intuit.com/v2/OAuth2Playground/RedirectUrl" />
    <add key="TakingsFolder" value="\\\\BARKSIDE-NAS\\accounts\\takings" />
    <add key="SalesAccount" value="4000 Retail Sales" />
    <add key="GroomingAccount" value="4010 Grooming Income" />
  </appSettings>
</configuration>
""", mixed(40), cid="AB" + mixed(48), realm=str(_rng().randint(10**18, 10**19)))

add("properties/xero-client-secret", "payroll-export/src/main/resources/application-prod.properties", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/",
    """
# Payroll export: groomers' commission from wagbook -> Xero (custom connection)
spring.application.name=payroll-export
server.port=8085
xero.client-id=@@cid@@
xero.client-secret=@@secret@@
xero.scopes=accounting.transactions accounting.contacts payroll.employees
xero.tenant-name=Wagtail & Co Grooming Ltd
wagbook.base-url=http://wagbook-api.internal:8080
commission.default-rate=0.35
""", draw(48, B64URL), cid=draw(32, UPHEX))

add("dockerfile/mapbox-secret-token", "stocktake-app/ci/Dockerfile.android", "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials",
    """
FROM eclipse-temurin:17-jdk-jammy

ENV ANDROID_SDK_ROOT=/opt/android-sdk \\
    GRADLE_USER_HOME=/cache/gradle

RUN apt-get update && apt-get install -y --no-install-recommends unzip curl git \\
    && rm -rf /var/lib/apt/lists/*

RUN mkdir -p $ANDROID_SDK_ROOT/cmdline-tools \\
    && curl -fsSL https://dl.google.com/android/repository/commandlinetools-linux-11076708_latest.zip -o /tmp/tools.zip \\
    && unzip -q /tmp/tools.zip -d $ANDROID_SDK_ROOT/cmdline-tools \\
    && mv $ANDROID_SDK_ROOT/cmdline-tools/cmdline-tools $ANDROID_SDK_ROOT/cmdline-tools/latest \\
    && yes | $ANDROID_SDK_ROOT/cmdline-tools/latest/bin/sdkmanager "platforms;android-34" "build-tools;34.0.0"

# store map for the delivery-van view needs the Mapbox SDK from the private maven repo
ENV MAPBOX_DOWNLOADS_TOKEN=@@secret@@

WORKDIR /src
CMD ["./gradlew", "assembleRelease"]
""", "sk.eyJ1IjoiYmFya3NpZGVwZXRzIiwiYSI6I" + draw(46, B64URL) + "." + draw(22, B64URL))


# =============================================================================================
# Grooming software, microchip registries and supplier EDI: secrets

add("python/gingr-api-key", "integrations/gingr/sync_reservations.py", "https://www.gingrapp.com/ (Gingr API: per-account key sent as the `key` parameter)",
    """
\"\"\"Pull daycare + grooming reservations from the franchisees still on Gingr into wagbook.\"\"\"
import datetime as dt

import requests

FRANCHISEES = {
    "wagtail-bristol": "@@secret@@",
}


def reservations(subdomain: str, key: str, day: dt.date):
    url = f"https://{subdomain}.gingrapp.com/api/v1/reservations"
    resp = requests.post(url, data={"key": key, "start_date": day.isoformat(), "end_date": day.isoformat()}, timeout=20)
    resp.raise_for_status()
    return resp.json()["data"]


def main() -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for subdomain, key in FRANCHISEES.items():
        rows = reservations(subdomain, key, tomorrow)
        grooms = [r for r in rows.values() if r.get("reservation_type", {}).get("type") == "Grooming"]
        print(subdomain, len(grooms), "grooming reservations tomorrow")


if __name__ == "__main__":
    main()
""", hexs(32))

add("kotlin/moego-api-key", "franchise-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "uk.co.wagtail.franchise"
    compileSdk = 34

    defaultConfig {
        applicationId = "uk.co.wagtail.franchise"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "MOEGO_BUSINESS_ID", "\\"@@biz@@\\"")
        buildConfigField("String", "MOEGO_API_KEY", "\\"@@secret@@\\"")
    }

    buildFeatures {
        buildConfig = true
        compose = true
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
}

dependencies {
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
    implementation("com.squareup.retrofit2:converter-moshi:2.11.0")
    implementation(platform("androidx.compose:compose-bom:2024.06.00"))
}
""", mixed(40), biz=str(_rng().randint(100000, 999999)))

add("json/petexec-client-secret", "franchise-portal/config/integrations.production.json", "https://oauth.net/2/grant-types/client-credentials/ (PetExec API OAuth client)",
    """
{
  "petexec": {
    "baseUrl": "https://secure.petexec.net/api",
    "tokenUrl": "https://secure.petexec.net/api/token",
    "clientId": "wagtail-franchise-portal",
    "clientSecret": "@@secret@@",
    "scopes": ["owner_read", "pet_read", "grooming_read"],
    "franchisees": ["wagtail-leeds", "wagtail-york"]
  },
  "gingr": {
    "keysFrom": "env:GINGR_KEY_*"
  },
  "moego": {
    "enabled": false
  }
}
""", mixed(40))

add("xml/registry-soap-password", "registry-client/src/main/resources/petlink-client.xml", "https://docs.spring.io/spring-ws/docs/current/reference/html/#_using_httpcomponentsmessagesender",
    """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           https://www.springframework.org/schema/beans/spring-beans.xsd">

    <!-- Microchip registration for puppies sold in store: SOAP client to the registry's partner service -->
    <bean id="registryMarshaller" class="org.springframework.oxm.jaxb.Jaxb2Marshaller">
        <property name="contextPath" value="com.barkside.registry.wsdl"/>
    </bean>

    <bean id="registryMessageSender" class="org.springframework.ws.transport.http.HttpComponentsMessageSender">
        <property name="credentials">
            <bean class="org.apache.http.auth.UsernamePasswordCredentials">
                <constructor-arg value="barkside-partner-0412"/>
                <constructor-arg value="@@secret@@"/>
            </bean>
        </property>
        <property name="connectionTimeout" value="10000"/>
    </bean>

    <bean id="registryClient" class="com.barkside.registry.RegistryClient">
        <property name="defaultUri" value="https://partners.petlink.net/ws/registration"/>
        <property name="marshaller" ref="registryMarshaller"/>
        <property name="unmarshaller" ref="registryMarshaller"/>
        <property name="messageSender" ref="registryMessageSender"/>
    </bean>
</beans>
""", words_pw())

add("http/microchip-registry-api-key", "chiplookup/http/registry-lookup.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client",
    """
### Microchip lookups used by the front desk when a found dog is handed in
@host = https://api.identibase.co.uk/partner/v2
@apiKey = @@secret@@

### Which registry holds this chip?
GET {{host}}/chips/985141000123456
X-Api-Key: {{apiKey}}
Accept: application/json

### Keeper contact (only after the police/warden reference is recorded)
GET {{host}}/chips/985141000123456/keeper?incident=WARDEN-2024-0813
X-Api-Key: {{apiKey}}
Accept: application/json
""", mixed(36))

add("shell/sftp-password", "edi/bin/upload_homeagain_batch.sh", "https://linux.die.net/man/1/sshpass",
    """
#!/usr/bin/env bash
# Upload the weekly batch of microchip registrations for puppies and kittens sold in store.
set -euo pipefail

BATCH_DIR=/srv/registry/outbound
ARCHIVE=/srv/registry/sent
HOST=sftp.homeagain.com
USER=barkside_pets_uk

shopt -s nullglob
files=("$BATCH_DIR"/*.csv)
[ ${#files[@]} -eq 0 ] && { echo "nothing to send"; exit 0; }

sshpass -p '@@secret@@' sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new "$USER@$HOST" <<'SFTP'
cd /incoming
mput /srv/registry/outbound/*.csv
bye
SFTP

mv "${files[@]}" "$ARCHIVE"/
echo "$(date -Is) sent ${#files[@]} batch file(s)" >> /var/log/registry-upload.log
""", words_pw())

add("yaml/sftp-password", "edi/partners/phillips.yml", "https://www.spscommerce.com/edi-guide/edi-communication-methods/",
    """
# Phillips Pet Food & Supplies - EDI 850 (PO), 855 (ack), 856 (ASN), 810 (invoice)
partner: phillips
isa_qualifier: "ZZ"
isa_id: PHILLIPSPET
our_isa_id: BARKSIDEPETS
transport:
  type: sftp
  host: edi.phillipspet.com
  port: 22
  username: barkside
  password: "@@secret@@"
  outbound_dir: /inbound/barkside
  inbound_dir: /outbound/barkside
schedule:
  send_po: "0 16 * * 1-5"
  poll: "*/15 7-19 * * 1-6"
documents: [850, 855, 856, 810]
""", rand_pw(16))

add("xml/as2-keystore-password", "openas2/config/config.xml", "https://github.com/OpenAS2/OpenAs2App/blob/master/docs/OpenAS2HowTo.pdf",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- OpenAS2 for Central Garden & Pet and Petlife EDI -->
<openas2>
    <properties storageBaseDir="%home%/../data"
                log_date_format="yyyy-MM-dd HH:mm:ss.SSS"
                sql_timestamp_format="yyyy-MM-dd HH:mm:ss.SSS"
                as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.UUID$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>
    <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                  filename="%home%/as2_certs.p12"
                  password="@@secret@@"
                  interval="300"/>
    <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
                  filename="%home%/partnerships.xml"/>
    <loggers>
        <logger classname="org.openas2.logging.ConsoleLogger"/>
        <logger classname="org.openas2.logging.FileLogger" filename="$properties.storageBaseDir$/logs/log-$date.yyyyMMdd$.txt"/>
    </loggers>
    <processor classname="org.openas2.processor.DefaultProcessor">
        <module classname="org.openas2.processor.sender.AS2SenderModule"/>
        <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="10080"/>
        <module classname="org.openas2.processor.receiver.AS2MDNReceiverModule" port="10081"/>
    </processor>
</openas2>
""", rand_pw(18))

_as2_key = pem("PRIVATE KEY", 20)
add("pem/rsa-private-key", "edi/as2/certs/barkside_as2_signing.key", "https://www.openssl.org/docs/manmaster/man1/openssl-pkcs12.html",
    """
Bag Attributes
    friendlyName: barkside-as2-2024
    localKeyID: 5A 1B 7C 3D 92 E4 01 8F 6B 22 C9 44 7E 10 AF 3B 58 D2 91 06
Key Attributes: <No Attributes>
@@secret@@
""", _as2_key)

add("xml/ftp-password", "it/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager",
    """
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.centralgardenpet.com</Host>
            <Port>21</Port>
            <Protocol>4</Protocol>
            <Type>0</Type>
            <User>barkside_uk</User>
            <Pass encoding="base64">@@encoded@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Central Garden - price files</Name>
            <RemoteDir>1 0 8 outbound 6 prices</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
            <DirectoryComparison>0</DirectoryComparison>
        </Server>
    </Servers>
</FileZilla3>
""", (fz := words_pw()), encoded=b64(fz))

add("markdown/supplier-portal-password", "docs/suppliers/central-garden-portal.md", "https://www.centralgardenandpet.com/",
    """
# Central Garden & Pet - partner portal

Used by the buying team for price files, promo calendars and claims for damaged stock.

- Portal: https://partners.central.com
- Account number: 0041-77812 (Barkside Pet Supply Ltd)
- Login: buying@barksidepets.com
- Password: @@secret@@
- MFA: none on this account (asked our rep twice)

## Weekly routine

1. Download the Monday price file (`prices_YYYYMMDD.csv`) and drop it in `\\\\BARKSIDE-NAS\\buying\\central`.
2. Run the price import in the ERP (Purchasing -> Import supplier prices -> Central).
3. Check the promo calendar for the next four weeks and tell the shop managers.

## Claims

Damaged deliveries must be claimed within 48 hours with photos. Use "Claims -> New" and
attach the delivery note number from the 856 ASN.
""", words_pw())

add("csv/nvr-admin-password", "it/accounts-inventory.csv", "https://www.hikvision.com/en/support/cybersecurity/",
    """
system,location,url,username,password,owner,notes
Microsoft 365 admin,cloud,https://admin.microsoft.com,it-admin@barksidepets.com,see 1Password (IT vault),Tom,MFA on
Shopify staff,cloud,https://admin.shopify.com/store/barkside-pets,buying@barksidepets.com,see 1Password (Shop vault),Priya,
Square dashboard,cloud,https://squareup.com/dashboard,ops@barksidepets.com,see 1Password (Shop vault),Priya,2FA on Priya's phone
Hikvision NVR,Camden shop,http://10.20.1.10,admin,@@secret@@,Tom,16ch DS-7616NI; change after contractor leaves
UniFi controller,office,https://unifi.barkside.local:8443,itadmin,see 1Password (IT vault),Tom,
Synology NAS,office,https://barkside-nas.local:5001,it-admin,see 1Password (IT vault),Tom,
Brother label printer,Camden stockroom,http://10.20.1.40,admin,default changed - see 1Password,Tom,
""", words_pw())

add("sql/petexec-client-secret", "franchise-portal/db/seeds/002_integrations.sql", "https://www.postgresql.org/docs/current/sql-insert.html",
    """
-- Seed the integration settings for the two PetExec franchisees (Leeds, York).
INSERT INTO integration_settings (franchisee, provider, base_url, client_id, client_secret, enabled)
VALUES
  ('wagtail-leeds', 'petexec', 'https://secure.petexec.net/api', 'wagtail-leeds-sync', '@@secret@@', true),
  ('wagtail-york',  'petexec', 'https://secure.petexec.net/api', 'wagtail-york-sync',  NULL, false);

UPDATE integration_settings
   SET sync_interval_minutes = 15
 WHERE provider = 'petexec';
""", mixed(40))

add("vue/microchip-registry-api-key", "shop-kiosk/src/components/ChipLookup.vue", "https://vuejs.org/guide/essentials/application.html",
    """
<template>
  <form class="chip-lookup" @submit.prevent="lookup">
    <label for="chip">Microchip number</label>
    <input id="chip" v-model="chip" inputmode="numeric" maxlength="15" placeholder="15 digits" />
    <button :disabled="chip.length !== 15">Check registry</button>
    <p v-if="result">Registered with <strong>{{ result.registry }}</strong> ({{ result.status }})</p>
  </form>
</template>

<script setup>
import { ref } from "vue";

const REGISTRY_API = "https://api.identibase.co.uk/partner/v2";
const REGISTRY_KEY = "@@secret@@";

const chip = ref("");
const result = ref(null);

async function lookup() {
  const res = await fetch(`${REGISTRY_API}/chips/${chip.value}`, {
    headers: { "X-Api-Key": REGISTRY_KEY, Accept: "application/json" },
  });
  result.value = res.ok ? await res.json() : { registry: "not found", status: res.status };
}
</script>
""", mixed(36))

add("notebook/postgres-password", "analysis/subscription_churn.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Kibble Crate churn by box size\n", "Cancellations per month since the price rise in March."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "\n",
    "engine = create_engine(\"postgresql+psycopg2://analyst:@@secret@@@kibblecrate-db.cluster-ro.eu-west-2.rds.amazonaws.com:5432/kibblecrate\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "data": {"text/plain": ["   month  box_size  cancelled  active\n", "0  2024-03  small   41  1220\n", "1  2024-03  large   63  2011"]},
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "churn = pd.read_sql(\"SELECT * FROM reporting.monthly_churn WHERE month >= '2024-03'\", engine)\n",
    "churn.head(2)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.9"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(22))

add("notebook/square-access-token", "analysis/grooming_vs_retail.ipynb", "https://developer.squareup.com/docs/sdks/python",
    r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Do grooming clients buy more in the shop?\n", "Join Square payments to wagbook appointments by customer id."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from square.client import Client\n",
    "\n",
    "sq = Client(access_token='@@secret@@', environment='production')\n",
    "payments = sq.payments.list_payments(begin_time='2024-01-01T00:00:00Z', location_id='@@loc@@')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["retail spend, groomed clients: 38.40 GBP/month\n", "retail spend, shop-only: 21.15 GBP/month\n"]
    }
   ],
   "source": ["summarise(payments.body['payments'])"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", square_token(), loc="L" + square_id(12))


# =============================================================================================
# Cameras, devices and office IT: secrets

add("yaml/camera-rtsp-password", "frigate/config.yml", "https://docs.frigate.video/configuration/cameras",
    """
# Frigate NVR on the Camden salon NUC: grooming tables + shop floor
mqtt:
  enabled: false

detectors:
  coral:
    type: edgetpu
    device: usb

record:
  enabled: true
  retain:
    days: 7
    mode: motion

cameras:
  table_1:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:@@secret@@@10.20.1.21:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://frigate:@@secret@@@10.20.1.21:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 640
      height: 360
  shop_floor:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:@@secret@@@10.20.1.23:554/Streaming/Channels/101
          roles: [detect, record]
    objects:
      track: [person, dog]
""", rand_pw(14))

add("yaml/nvr-password", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
# Islington salon Home Assistant - values used by configuration.yaml via !secret
home_latitude: 51.5362
home_longitude: -0.1031
hikvision_nvr_host: 10.20.2.10
hikvision_nvr_user: homeassistant
hikvision_nvr_password: "@@secret@@"
dryer_room_sensor: sensor.dryer_room_temperature
manager_phone: notify.mobile_app_salon_manager
""", words_pw())

add("yaml/camera-rtsp-password", "go2rtc/go2rtc.yaml", "https://github.com/AlexxIT/go2rtc#source-rtsp",
    """
# Pup-cam restreamer: owners' live view of the grooming tables (Hackney salon, Dahua cameras)
streams:
  hackney_table_1: rtsp://admin:@@secret@@@10.20.3.31:554/cam/realmonitor?channel=1&subtype=1
  hackney_table_2: rtsp://admin:@@secret@@@10.20.3.32:554/cam/realmonitor?channel=1&subtype=1
  hackney_bath: rtsp://admin:@@secret@@@10.20.3.33:554/cam/realmonitor?channel=1&subtype=1

api:
  listen: ":1984"
  origin: "*"

webrtc:
  candidates:
    - pupcam.wagtailgrooming.co.uk:8555
    - stun:8555
""", rand_pw(12))

add("python/unifi-protect-password", "pupcam/protect_snapshots.py", "https://github.com/uilibs/uiprotect",
    """
\"\"\"Grab a snapshot from each grooming-table camera every minute for the owners' timeline.\"\"\"
import asyncio
import datetime as dt
import pathlib

from uiprotect import ProtectApiClient

OUT = pathlib.Path("/var/lib/pupcam/snapshots")
TABLE_CAMERAS = {"Table 1", "Table 2", "Bath"}


async def main() -> None:
    protect = ProtectApiClient("10.20.1.1", 443, "pupcam-svc", "@@secret@@", verify_ssl=False)
    await protect.update()
    try:
        while True:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
            for camera in protect.bootstrap.cameras.values():
                if camera.name in TABLE_CAMERAS:
                    jpeg = await camera.get_snapshot(width=1280, height=720)
                    if jpeg:
                        (OUT / f"{camera.name.replace(' ', '_')}-{stamp}.jpg").write_bytes(jpeg)
            await asyncio.sleep(60)
    finally:
        await protect.close_session()


if __name__ == "__main__":
    asyncio.run(main())
""", words_pw())

add("shell/camera-rtsp-password", "pupcam/bin/stream_table_cam.sh", "https://ffmpeg.org/ffmpeg-protocols.html#rtsp",
    """
#!/bin/sh
# Restream grooming table 1 to HLS for the owners' pup-cam page (systemd: pupcam-table1.service)
OUT=/var/www/pupcam/table1
mkdir -p "$OUT"

exec ffmpeg -nostdin -loglevel warning -rtsp_transport tcp \\
  -i "rtsp://pupcam:@@secret@@@10.20.1.21:554/Streaming/Channels/102" \\
  -c:v copy -an \\
  -f hls -hls_time 2 -hls_list_size 6 -hls_flags delete_segments \\
  "$OUT/index.m3u8"
""", rand_pw(12))

add("javascript/verkada-api-key", "it/verkada/export-footage.js", "https://apidocs.verkada.com/reference/quick-start-guide",
    """
// Export a footage link for an incident (e.g. a bite report) from the Verkada cameras in the superstore.
const API = "https://api.verkada.com";
const API_KEY = "@@secret@@";

async function token() {
  const res = await fetch(`${API}/token`, { method: "POST", headers: { "x-api-key": API_KEY } });
  if (!res.ok) throw new Error(`token ${res.status}`);
  return (await res.json()).token;
}

async function historicalLink(cameraId, startEpoch, endEpoch) {
  const t = await token();
  const url = `${API}/cameras/v1/footage/link?camera_id=${cameraId}&start_time=${startEpoch}&end_time=${endEpoch}`;
  const res = await fetch(url, { headers: { "x-verkada-auth": t } });
  return (await res.json()).url;
}

const [cameraId, start, end] = process.argv.slice(2);
historicalLink(cameraId, Number(start), Number(end)).then(console.log);
""", mixed(40))

add("nginx/camera-password", "nginx/conf.d/pupcam.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    """
# pupcam.wagtailgrooming.co.uk - proxies the camera's MJPEG preview for the reception screen
server {
    listen 443 ssl;
    server_name pupcam.wagtailgrooming.co.uk;

    ssl_certificate     /etc/letsencrypt/live/pupcam.wagtailgrooming.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/pupcam.wagtailgrooming.co.uk/privkey.pem;

    location /reception/table1 {
        allow 10.20.1.0/24;
        deny all;
        proxy_pass http://10.20.1.21/ISAPI/Streaming/channels/102/httpPreview;
        proxy_set_header Authorization "Basic @@encoded@@";
        proxy_buffering off;
    }

    location / {
        proxy_pass http://127.0.0.1:1984;
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "upgrade";
    }
}
""", (camv := rand_pw(14)), encoded=b64(f"reception:{camv}"))

add("compose/mysql-password", "zoneminder/docker-compose.yml", "https://zoneminder.readthedocs.io/en/latest/installationguide/dedicated.html",
    """
# ZoneMinder for the Brighton shop's old analogue cameras (via the encoder box)
services:
  db:
    image: mariadb:10.11
    restart: unless-stopped
    environment:
      MARIADB_DATABASE: zm
      MARIADB_USER: zmuser
      MARIADB_PASSWORD: "@@secret@@"
      MARIADB_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - db:/var/lib/mysql

  zoneminder:
    image: zoneminderhq/zoneminder:latest-ubuntu18.04
    restart: unless-stopped
    depends_on: [db]
    shm_size: 1g
    ports:
      - "8443:443"
    environment:
      ZM_DB_HOST: db
      ZM_DB_USER: zmuser
      ZM_DB_PASS: "@@secret@@"
      TZ: Europe/London
    volumes:
      - events:/var/cache/zoneminder/events

volumes:
  db:
  events:
""", rand_pw(18))

add("powershell/nas-password", "it/Add-NasCredential.ps1", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey",
    """
# Run once on each salon reception PC so the photo share mounts without prompting.
$nas   = "BARKSIDE-NAS"
$share = "\\\\$nas\\grooming-photos"

cmdkey /add:$nas /user:BARKSIDE\\reception /pass:@@secret@@

if (-not (Get-PSDrive -Name P -ErrorAction SilentlyContinue)) {
    New-PSDrive -Name P -PSProvider FileSystem -Root $share -Persist | Out-Null
}

Write-Host "Mapped P: to $share for $env:USERNAME"
""", words_pw())

add("batch/nas-password", "it/logon/shop-till-logon.bat", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)",
    """
@echo off
REM Logon script for the shop tills (Camden, Islington, Hackney)
REM Maps the POS export share and the price-label templates.

net use P: /delete /y >nul 2>&1
net use P: \\\\BARKSIDE-NAS\\pos-exports @@secret@@ /user:BARKSIDE\\till /persistent:no
net use L: \\\\BARKSIDE-NAS\\labels /persistent:no

if exist "C:\\Barkside\\till-update.cmd" call "C:\\Barkside\\till-update.cmd"
exit /b 0
""", rand_pw(12))

add("conf/wifi-psk", "label-printer-pi/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf",
    """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# staff network (not the customer "Barkside-Guest" one)
network={
    ssid="Barkside-Staff"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", passphrase())

add("ansible/pos-admin-password", "ansible/group_vars/shops.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables",
    """
---
# Variables for every shop's back-office PC and till
timezone: Europe/London
ntp_server: 10.20.0.1
printer_driver: brother-ql-820nwb
pos_app_version: "4.12.3"
pos_terminal_admin_user: posadmin
pos_terminal_admin_password: "@@secret@@"
receipt_footer: "Thanks for shopping at Barkside! Book a groom: wagtailgrooming.co.uk"
cash_drawer_port: COM3
windows_updates_window: "Sun 02:00-05:00"
""", words_pw())

add("sql/mssql-login-password", "db/reporting/001_create_login.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql",
    """
-- Read-only login for the Power BI gateway on the office PC.
USE [master];
GO
CREATE LOGIN [pbi_reporting] WITH PASSWORD = N'@@secret@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [BarksidePOS];
GO
USE [BarksidePOS];
GO
CREATE USER [pbi_reporting] FOR LOGIN [pbi_reporting];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_reporting];
GO
""", rand_pw(20, "!#%"))

add("systemd/redis-password", "deploy/systemd/wagbook-worker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
    """
[Unit]
Description=wagbook background worker (reminders, no-show fees, waitlist)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=wagbook
WorkingDirectory=/opt/wagbook
Environment=DJANGO_SETTINGS_MODULE=wagbook.settings.production
Environment=REDIS_URL=redis://:@@secret@@@10.0.0.5:6379/2
ExecStart=/opt/wagbook/.venv/bin/celery -A wagbook worker -B --concurrency 2
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", rand_pw(24))

add("crontab/mysql-password", "ops/crontab.txt", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    """
# m h dom mon dow command  (installed on loyalty-db with: crontab ops/crontab.txt)
MAILTO=it@barksidepets.com
PATH=/usr/local/bin:/usr/bin:/bin

15 2 * * * mysqldump --single-transaction -u backup -p'@@secret@@' pawpoints | gzip > /backup/pawpoints-$(date +\\%F).sql.gz
40 2 * * * find /backup -name 'pawpoints-*.sql.gz' -mtime +14 -delete
0 6 * * 1 /opt/pawpoints/bin/expire-points.sh >> /var/log/pawpoints/expire.log 2>&1
""", rand_pw(16))

add("conf/ldap-bind-password", "provisioning/files/sssd.conf", "https://sssd.io/docs/users/ldap.html",
    """
[sssd]
services = nss, pam
domains = barkside.local

[domain/barkside.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://barkside-nas.barkside.local
ldap_search_base = dc=barkside,dc=local
ldap_default_bind_dn = uid=sssd-bind,cn=users,dc=barkside,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
cache_credentials = true
enumerate = false
""", words_pw())

add("conf/snmp-community", "provisioning/files/snmpd.conf", "https://net-snmp.sourceforge.io/docs/man/snmpd.conf.html",
    """
# snmpd on the salon NUCs - polled by the office LibreNMS
agentaddress udp:161
sysLocation    Camden salon, back office rack
sysContact     it@barksidepets.com

rocommunity public 127.0.0.1
rwcommunity @@secret@@ 10.20.0.0/16

view systemonly included .1.3.6.1.2.1.1
view systemonly included .1.3.6.1.2.1.25.1
disk / 10%
""", rand_pw(16))

add("python/smtp-password", "it/scan_to_email_relay.py", "https://support.google.com/accounts/answer/185833",
    """
#!/usr/bin/env python3
\"\"\"Relay the reception scanner's PDFs (vaccination certificates) to the salon inbox.

The old Brother scanner cannot do modern TLS, so it drops files on the NUC and this sends them.
\"\"\"
import pathlib
import smtplib
from email.message import EmailMessage

INBOX = pathlib.Path("/srv/scans")
SENDER = "reception.camden@wagtailgrooming.co.uk"


def send(pdf: pathlib.Path) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "camden@wagtailgrooming.co.uk"
    msg["Subject"] = f"Scan: {pdf.name}"
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    with smtplib.SMTP("smtp.gmail.com", 587) as smtp:
        smtp.starttls()
        smtp.login(SENDER, "@@secret@@")
        smtp.send_message(msg)


for pdf in sorted(INBOX.glob("*.pdf")):
    send(pdf)
    pdf.unlink()
""", " ".join(draw(4, string.ascii_lowercase) for _ in range(4)))

add("php/smtp-password", "legacy-shop/includes/mailer.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example",
    """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

require __DIR__ . '/../vendor/autoload.php';

function barkside_mailer(): PHPMailer
{
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host       = 'smtp.office365.com';
    $mail->SMTPAuth   = true;
    $mail->Username   = 'orders@barksidepets.com';
    $mail->Password   = '@@secret@@';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->Port       = 587;
    $mail->setFrom('orders@barksidepets.com', 'Barkside Pet Supply');
    $mail->CharSet    = 'UTF-8';
    return $mail;
}
""", draw(16, string.ascii_lowercase))

add("properties/smtp-password", "reminder-service/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/io.html#io.email",
    """
spring.application.name=reminder-service
server.port=8090

spring.mail.host=smtp.sendgrid.net
spring.mail.port=587
spring.mail.username=apikey
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true

reminders.vaccination.days-before=30
reminders.from=reminders@wagtailgrooming.co.uk
""", sendgrid_key())


# =============================================================================================
# Databases, keys and app configs: secrets

add("python/postgres-password", "analytics/db.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    """
\"\"\"Read-only connection to the wagbook replica for the weekly salon KPIs.\"\"\"
from sqlalchemy import create_engine, text

REPLICA_URL = (
    "postgresql+psycopg2://kpi_reader:"
    "@@part1@@"
    "@@part2@@@wagbook-replica.internal:5432/wagbook"
)

engine = create_engine(REPLICA_URL, pool_pre_ping=True, pool_size=2)


def rebook_rate(salon: str) -> float:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT rebooked::float / NULLIF(total, 0) FROM kpi.rebook_rate WHERE salon = :s"),
            {"s": salon},
        ).one()
    return row[0] or 0.0
""", (pgpw := rand_pw(22)), part1=pgpw[:11], part2=pgpw[11:])

add("properties/postgres-password", "rota-app/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource.configuration",
    """
# Groomer rota and holiday planner
spring.datasource.url=jdbc:postgresql://rota-db.internal:5432/rota
spring.datasource.username=rota_app
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=5
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
rota.week-starts-on=MONDAY
rota.max-dogs-per-groomer=6
""", words_pw())

add("yaml/mongodb-password", "pos-bridge/src/main/resources/application.yml", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """
server:
  port: 8080

spring:
  application:
    name: pos-bridge
  data:
    mongodb:
      uri: mongodb+srv://posbridge:@@secret@@@barkside-cluster0.x7k2p.mongodb.net/posbridge?retryWrites=true&w=majority

square:
  environment: production
  access-token: ${SQUARE_ACCESS_TOKEN}

management:
  endpoints:
    web:
      exposure:
        include: health,info
""", rand_pw(20))

add("rust/postgres-password", "inventory-scanner/src/db.rs", "https://docs.rs/tokio-postgres/latest/tokio_postgres/config/struct.Config.html",
    """
//! Stockroom scanner daemon: writes barcode scans from the handhelds into the inventory DB.
use tokio_postgres::{Client, NoTls};

const DATABASE_URL: &str = "postgres://scanner:@@secret@@@10.20.0.5:5432/inventory";

pub async fn connect() -> Result<Client, tokio_postgres::Error> {
    let (client, connection) = tokio_postgres::connect(DATABASE_URL, NoTls).await?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            eprintln!("inventory db connection error: {e}");
        }
    });
    Ok(client)
}

pub async fn record_scan(db: &Client, shop: &str, gtin: &str, qty: i32) -> Result<u64, tokio_postgres::Error> {
    db.execute(
        "INSERT INTO scans (shop, gtin, qty, scanned_at) VALUES ($1, $2, $3, now())",
        &[&shop, &gtin, &qty],
    )
    .await
}
""", rand_pw(18))

add("compose/postgres-password", "wagbook/docker-compose.prod.yml", "https://hub.docker.com/_/postgres",
    """
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: wagbook
      POSTGRES_USER: wagbook
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data

  web:
    image: ghcr.io/barkside-pets/wagbook:2024.08.2
    restart: unless-stopped
    depends_on: [db, redis]
    env_file: .env.production
    environment:
      DATABASE_URL: postgres://wagbook:@@secret@@@db:5432/wagbook
    ports:
      - "127.0.0.1:8000:8000"

  redis:
    image: redis:7-alpine
    restart: unless-stopped

volumes:
  pgdata:
""", rand_pw(24))

add("k8s-secret/redis-password", "deploy/k8s/wagbook/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets",
    """
apiVersion: v1
kind: Secret
metadata:
  name: wagbook-redis
  namespace: wagbook
type: Opaque
data:
  redis-host: cmVkaXMud2FnYm9vay5zdmMuY2x1c3Rlci5sb2NhbA==
  redis-port: NjM3OQ==
  redis-password: @@encoded@@
""", (rp := rand_pw(24)), encoded=b64(rp))

add("k8s-secret/smtp-password", "deploy/k8s/kibblecrate/smtp-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: kibblecrate-smtp
  namespace: kibblecrate
type: Opaque
stringData:
  SMTP_HOST: smtp.mailgun.org
  SMTP_PORT: "587"
  SMTP_USER: postmaster@mg.kibblecrate.com
  SMTP_PASSWORD: "@@secret@@"
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("helm/mongodb-password", "charts/pos-bridge/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/mongodb#parameters",
    """
replicaCount: 2
image:
  repository: ghcr.io/barkside-pets/pos-bridge
  tag: "3.4.1"

mongodb:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    rootUser: root
    rootPassword: "@@secret@@"
    databases: [posbridge]
    usernames: [posbridge]
    existingSecret: ""
  persistence:
    size: 8Gi

ingress:
  enabled: true
  hosts:
    - host: bridge.barksidepets.com
      paths: [{ path: /, pathType: Prefix }]
""", rand_pw(20))

add("env/redis-password", "kibblecrate-site/.env.local", "https://upstash.com/docs/redis/howto/connectwithupstashredis",
    """
# local overrides - pointed at the shared Upstash DB so the cart works like prod
NEXT_PUBLIC_SITE_URL=http://localhost:3000
REDIS_URL=rediss://default:@@secret@@@eu2-fond-otter-31442.upstash.io:31442
CART_TTL_HOURS=72
NEXT_TELEMETRY_DISABLED=1
""", rand_pw(32))

add("php/mysql-password", "legacy-shop/includes/db.php", "https://www.php.net/manual/en/pdo.connections.php",
    """
<?php
// Legacy shop (orders before 2022) - kept read-only for customer service look-ups.
function legacy_db(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO(
            'mysql:host=127.0.0.1;dbname=barkside_shop;charset=utf8mb4',
            'shop_ro',
            '@@secret@@',
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC]
        );
    }
    return $pdo;
}
""", words_pw())

add("csharp/mssql-password", "src/Barkside.Reporting/Data/ReportingDb.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnection.connectionstring",
    """
using System.Data;
using Microsoft.Data.SqlClient;

namespace Barkside.Reporting.Data
{
    public static class ReportingDb
    {
        private const string ConnectionString =
            "Server=tcp:barkside-sql.database.windows.net,1433;Initial Catalog=BarksidePOS;" +
            "User ID=reporting;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;";

        public static IDbConnection Open()
        {
            var connection = new SqlConnection(ConnectionString);
            connection.Open();
            return connection;
        }
    }
}
""", rand_pw(20, "!$%"))

add("go/mysql-password", "cmd/loyalty-import/main.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name",
    """
package main

import (
	"database/sql"
	"encoding/csv"
	"log"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

// Imports the old paper loyalty cards (typed up by the shops) into Paw Points.
func main() {
	db, err := sql.Open("mysql", "pawpoints:@@secret@@@tcp(10.20.0.6:3306)/pawpoints?parseTime=true")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range rows[1:] {
		if _, err := db.Exec("INSERT INTO members (card_no, email, points) VALUES (?, ?, ?)", r[0], r[1], r[2]); err != nil {
			log.Printf("skip %s: %v", r[0], err)
		}
	}
}
""", rand_pw(18))

add("log/postgres-password", "logs/wagbook-api-2024-08-02.log", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    """
2024-08-02T06:58:12.004Z INFO  boot wagbook-api 2024.08.1 (node 20.15.1) pid=1
2024-08-02T06:58:12.006Z DEBUG config loaded {"port":8080,"tz":"Europe/London","databaseUrl":"postgresql://wagbook:@@secret@@@wagbook-db.internal:5432/wagbook?sslmode=require","redis":"redis://wagbook-redis:6379/0","reminders":{"hoursBefore":[24,2]}}
2024-08-02T06:58:12.311Z INFO  db pool ready (max=10)
2024-08-02T06:58:12.420Z INFO  listening on :8080
2024-08-02T07:00:00.002Z INFO  cron reminders: 37 queued
2024-08-02T07:00:03.918Z WARN  sms 429 from provider, retrying in 5s
2024-08-02T07:00:09.120Z INFO  cron reminders: 37 sent
""", rand_pw(20))

add("ini/windows-admin-password", "ansible/inventory/shops.ini", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-options",
    """
[tills]
till-camden-1    ansible_host=10.20.1.50
till-islington-1 ansible_host=10.20.2.50
till-hackney-1   ansible_host=10.20.3.50

[tills:vars]
ansible_user=tilladmin
ansible_password=@@secret@@
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
""", words_pw())

_ssh_rng = _rng()
_ssh_body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + "".join(_ssh_rng.choice(B64) for _ in range(70 * 5 - 70))
_ssh_key = ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(_ssh_body[i:i + 70] for i in range(0, len(_ssh_body), 70))
            + "\n" + "".join(_ssh_rng.choice(B64) for _ in range(12)) + "=\n-----END OPENSSH PRIVATE KEY-----")
add("pem/openssh-private-key", "ops/keys/nvr_backup_ed25519", "https://man.openbsd.org/ssh-keygen",
    """
@@secret@@
""", _ssh_key)

_p8_key = pem("PRIVATE KEY", 4, head="MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")
add("pem/apns-auth-key", "WagbookGroomer/Certificates/AuthKey_7XK2M9Q4PL.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    """
@@secret@@
""", _p8_key)

add("plist/square-access-token", "WagbookGroomer/Config/Production.plist", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>APIBaseURL</key>
    <string>https://api.wagtailgrooming.co.uk</string>
    <key>SquareLocationID</key>
    <string>@@loc@@</string>
    <key>SquareAccessToken</key>
    <string>@@secret@@</string>
    <key>TipOptionsPercent</key>
    <array>
        <integer>10</integer>
        <integer>15</integer>
        <integer>20</integer>
    </array>
</dict>
</plist>
""", square_token(), loc="L" + square_id(12))

add("xml/clover-api-token", "stocktake-app/app/src/main/res/values/api_keys.xml", "https://docs.clover.com/docs/using-api-tokens",
    """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Brighton salon retail corner runs Clover; the stocktake app reads its item list -->
    <string name="clover_base_url" translatable="false">https://api.eu.clover.com/v3/merchants/</string>
    <string name="clover_merchant_id" translatable="false">@@mid@@</string>
    <string name="clover_api_token" translatable="false">@@secret@@</string>
    <string name="stocktake_export_email" translatable="false">stock@barksidepets.com</string>
</resources>
""", uuid4(), mid=draw(13, UPPER_ALNUM))

add("netrc/edi-mailbox-password", "edi/config/netrc", "https://everything.curl.dev/usingcurl/netrc.html",
    """
# Used as ~/.netrc by the EDI poller (curl -n) for the TrueCommerce HTTPS mailbox.
# Keep mode 600.
machine mailbox.truecommerce.com
  login barksidepets-edi
  password @@secret@@
""", rand_pw(16))

add("ini/gemfury-token", "pos-bridge-py/pip.conf", "https://gemfury.com/help/pypi-server/",
    """
# Private packages (barkside-edi, petchip-client) are hosted on Gemfury.
[global]
index-url = https://pypi.org/simple
extra-index-url = https://@@secret@@:@pypi.fury.io/barkside-pets/
timeout = 30
disable-pip-version-check = true
""", mixed(20))


# =============================================================================================
# Decoys: public values, placeholders and references in the shop and booking code

add("env/decoy-placeholder", "wagbook-api/.env.example", "https://12factor.net/config",
    """
# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
PORT=8080
APP_BASE_URL=http://localhost:8080
TZ=Europe/London

STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_your_webhook_signing_secret

TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_twilio_auth_token
POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000

DATABASE_URL=postgresql://wagbook:changeme@localhost:5432/wagbook
REDIS_URL=redis://localhost:6379/0
JWT_SECRET=<generate with: openssl rand -base64 48>
""")

add("typescript/decoy-publishable-key", "kibblecrate-site/src/lib/stripe-client.ts", "https://docs.stripe.com/keys#obtain-api-keys",
    """
import { loadStripe, type Stripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser, identifies the account for Stripe.js and Elements.
const STRIPE_PUBLISHABLE_KEY = "@@pk@@";

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe(): Promise<Stripe | null> {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY, { locale: "en-GB" });
  }
  return stripePromise;
}
""", pk=stripe_key("pk_live_", long=True))

add("html/decoy-recaptcha-site-key", "wagbook-web/public/book.html", "https://developers.google.com/recaptcha/docs/display",
    """
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Book a groom - Wagtail &amp; Co</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <link rel="stylesheet" href="/css/book.css">
</head>
<body>
  <form id="booking" action="/api/bookings" method="post">
    <label>Your name <input name="owner_name" required></label>
    <label>Mobile <input name="mobile" type="tel" required></label>
    <label>Dog's name <input name="dog_name" required></label>
    <label>Breed <input name="breed" list="breeds"></label>
    <label>Service
      <select name="service">
        <option value="full-groom">Full groom</option>
        <option value="bath-brush">Bath &amp; brush</option>
        <option value="puppy-intro">Puppy intro</option>
        <option value="nail-trim">Nail trim</option>
      </select>
    </label>
    <div class="g-recaptcha" data-sitekey="@@site@@"></div>
    <button type="submit">Request booking</button>
  </form>
</body>
</html>
""", site="6L" + draw(38, B64URL))

add("javascript/decoy-square-application-id", "pos-web/src/payments.js", "https://developer.squareup.com/docs/web-payments/take-card-payment",
    """
// Square Web Payments SDK for paying grooming deposits on the salon iPad kiosk.
const APPLICATION_ID = "@@app@@";
const LOCATION_ID = "@@loc@@";

export async function mountCard(containerSelector) {
  if (!window.Square) throw new Error("Square.js failed to load");
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(containerSelector);
  return card;
}

export async function tokenize(card) {
  const result = await card.tokenize();
  if (result.status !== "OK") {
    throw new Error(result.errors?.map((e) => e.message).join(", ") || "card declined");
  }
  return result.token; // sent to our API, which charges it server-side
}
""", app=square_app_id(), loc="L" + square_id(12))

add("json/decoy-firebase-web-config", "wagbook_app/web/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys",
    """
{
  "apiKey": "@@key@@",
  "authDomain": "wagbook-owners.firebaseapp.com",
  "projectId": "wagbook-owners",
  "storageBucket": "wagbook-owners.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "measurementId": "G-@@mid@@"
}
""", key=google_api_key(), sender=str(_rng().randint(10**11, 10**12)), app=hexs(22), mid=draw(10, UPPER_ALNUM))

add("plist/decoy-google-service-info", "WagbookOwner/Resources/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@sender@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>uk.co.wagtail.owner</string>
	<key>PROJECT_ID</key>
	<string>wagbook-owners</string>
	<key>STORAGE_BUCKET</key>
	<string>wagbook-owners.appspot.com</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
""", key=google_api_key(), sender=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("swift/decoy-revenuecat-public-key", "WagbookOwner/Sources/App/Purchases+Setup.swift", "https://www.revenuecat.com/docs/welcome/authentication",
    """
import RevenueCat

/// "Groom Club" membership (monthly bath & brush) sold in the owners' app.
enum PurchasesSetup {
    // Public app-specific SDK key; safe to ship in the app binary.
    private static let revenueCatAppleKey = "appl_@@key@@"

    static func configure(userId: String?) {
        Purchases.logLevel = .warn
        Purchases.configure(
            with: Configuration.Builder(withAPIKey: revenueCatAppleKey)
                .with(appUserID: userId)
                .with(storeKitVersion: .storeKit2)
                .build()
        )
    }
}
""", key=mixed(27))

add("javascript/decoy-algolia-search-key", "kibblecrate-site/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key",
    """
import { liteClient as algoliasearch } from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits, refinementList } from "instantsearch.js/es/widgets";

// Search-only key: public, read-only, limited to the products index.
const searchClient = algoliasearch("@@app@@", "@@key@@");

const search = instantsearch({ indexName: "barkside_products_en", searchClient });

search.addWidgets([
  searchBox({ container: "#search", placeholder: "Search food, toys, treats..." }),
  refinementList({ container: "#species", attribute: "species" }),
  refinementList({ container: "#brand", attribute: "brand", searchable: true }),
  hits({ container: "#hits", templates: { item: (hit, { html }) => html`<a href="/products/${hit.handle}">${hit.title}</a>` } }),
]);

search.start();
""", app=draw(10, UPPER_ALNUM), key=hexs(32))

add("liquid/decoy-klaviyo-public-key", "theme/snippets/klaviyo-onsite.liquid", "https://developers.klaviyo.com/en/docs/retrieve_api_credentials",
    """
{%- comment -%}
  Klaviyo onsite tracking + "Back in stock" form. company_id is the public site ID.
{%- endcomment -%}
<script async type="text/javascript"
        src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@@site@@"></script>
<script>
  window.klaviyo = window.klaviyo || [];
  {%- if customer -%}
  klaviyo.push(["identify", { "$email": {{ customer.email | json }} }]);
  {%- endif -%}
  {%- if template.name == "product" -%}
  klaviyo.push(["track", "Viewed Product", { "ProductID": {{ product.id }}, "Name": {{ product.title | json }} }]);
  {%- endif -%}
</script>
""", site=draw(6, ALNUM))

add("javascript/decoy-mapbox-public-token", "store-finder/src/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token",
    """
import mapboxgl from "mapbox-gl";

// Public token (pk.), URL-restricted to barksidepets.com in the Mapbox account.
mapboxgl.accessToken = "pk.eyJ1IjoiYmFya3NpZGVwZXRzIiwiYSI6I@@a@@.@@b@@";

const SHOPS = [
  { name: "Barkside Camden", lngLat: [-0.1460, 51.5416], grooming: true },
  { name: "Barkside Islington", lngLat: [-0.1031, 51.5362], grooming: true },
  { name: "Barkside Hackney", lngLat: [-0.0553, 51.5450], grooming: false },
];

export function renderMap(container) {
  const map = new mapboxgl.Map({ container, style: "mapbox://styles/mapbox/streets-v12", center: [-0.11, 51.54], zoom: 11.5 });
  for (const shop of SHOPS) {
    new mapboxgl.Marker({ color: shop.grooming ? "#e07a5f" : "#3d405b" })
      .setLngLat(shop.lngLat)
      .setPopup(new mapboxgl.Popup().setText(shop.name))
      .addTo(map);
  }
  return map;
}
""", a=draw(46, B64URL), b=draw(22, B64URL))

add("html/decoy-paypal-client-id", "legacy-shop/templates/checkout.html", "https://developer.paypal.com/sdk/js/configuration/#client-id",
    """
<!-- PayPal Smart Buttons; the client-id query parameter is public by design -->
<div id="paypal-buttons"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=GBP&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("/checkout/paypal/order", { method: "POST" }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/checkout/paypal/capture/${data.orderID}`, { method: "POST" })
      .then(() => { window.location = "/checkout/thanks"; }),
    style: { layout: "horizontal", color: "gold", tagline: false },
  }).render("#paypal-buttons");
</script>
""", cid="A" + draw(79, B64URL))

add("typescript/decoy-sentry-dsn", "wagbook-web/src/sentry.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
import * as Sentry from "@sentry/react";

// The DSN only lets clients send events; Sentry documents it as safe to expose.
Sentry.init({
  dsn: "https://@@key@@@o@@org@@.ingest.de.sentry.io/@@proj@@",
  environment: import.meta.env.MODE,
  release: import.meta.env.VITE_RELEASE,
  integrations: [Sentry.browserTracingIntegration()],
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.user) delete event.user.email;
    return event;
  },
});
""", key=hexs(32), org=str(_rng().randint(10**6, 10**7)), proj=str(_rng().randint(10**6, 10**7)))

add("javascript/decoy-supabase-anon-key", "groomer-portal/src/supabase.js", "https://supabase.com/docs/guides/api/api-keys",
    """
import { createClient } from "@supabase/supabase-js";

// anon key: public, row level security decides what a groomer may read.
const SUPABASE_URL = "https://@@ref@@.supabase.co";
const SUPABASE_ANON_KEY =
  "@@anon@@";

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY, {
  auth: { persistSession: true, autoRefreshToken: true },
});

export async function myDogsToday(groomerId) {
  const { data, error } = await supabase
    .from("appointments_today")
    .select("starts_at, dog_name, breed, service, notes")
    .eq("groomer_id", groomerId)
    .order("starts_at");
  if (error) throw error;
  return data;
}
""", ref=(sref := draw(20, string.ascii_lowercase)),
    anon=jwt({"iss": "supabase", "ref": sref, "role": "anon", "iat": 1712000000, "exp": 2027576000}))

add("env/decoy-storefront-token", "hydrogen/.env", "https://shopify.dev/docs/storefronts/headless/building-with-the-storefront-api/getting-started#step-2-get-a-storefront-api-access-token",
    """
# Hydrogen storefront - public values only (private token and session secret come from Oxygen)
PUBLIC_STORE_DOMAIN=barkside-pets.myshopify.com
PUBLIC_STOREFRONT_API_TOKEN=@@tok@@
PUBLIC_STOREFRONT_ID=@@sid@@
PUBLIC_CHECKOUT_DOMAIN=checkout.barksidepets.com
PUBLIC_CUSTOMER_ACCOUNT_API_CLIENT_ID=shp_@@cid@@
""", tok=hexs(32), sid=str(_rng().randint(10**9, 10**10)), cid=uuid4())

add("python/decoy-twilio-sids", "wagbook/reminders/config.py", "https://www.twilio.com/docs/glossary/what-is-a-sid",
    """
\"\"\"SMS settings. SIDs identify resources; the auth token comes from the environment.\"\"\"
import os

TWILIO_ACCOUNT_SID = "@@ac@@"
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

MESSAGING_SERVICES = {
    "GB": "@@mg1@@",
    "IE": "@@mg2@@",
}

# Verified sender numbers, per salon
SALON_NUMBERS = {
    "camden": "+447700900123",
    "islington": "+447700900456",
    "dublin": "+353851234567",
}

STATUS_CALLBACK = "https://book.wagtailgrooming.co.uk/sms/status"
""", ac=twilio_sid("AC"), mg1=twilio_sid("MG"), mg2=twilio_sid("MG"))

add("python/decoy-test-fixtures", "wagbook/tests/conftest.py", "https://docs.stripe.com/testing",
    """
import datetime as dt

import pytest

from wagbook.models import Appointment, Dog, Owner

# Stripe's documented test cards and test payment methods (test mode only)
TEST_CARDS = {
    "visa": "4242424242424242",
    "declined": "4000000000000002",
    "requires_3ds": "4000002500003155",
}
TEST_PAYMENT_METHOD = "pm_card_visa"
TEST_TOKEN = "tok_visa"


@pytest.fixture
def owner(db):
    return Owner.objects.create(first_name="Sam", email="sam@example.com", mobile_e164="+447700900999")


@pytest.fixture
def dog(owner):
    return Dog.objects.create(owner=owner, name="Biscuit", breed="Cockapoo", microchip="985141000000001")


@pytest.fixture
def appointment(dog):
    return Appointment.objects.create(
        dog=dog, service_id="full-groom", starts_at=dt.datetime(2024, 8, 15, 10, 0), deposit_pence=1250,
        stripe_customer_id="cus_TestCustomer001",
    )
""")

add("json/decoy-stripe-event-fixture", "wagbook-api/test/fixtures/stripe/payment_intent.succeeded.json", "https://docs.stripe.com/api/events/object",
    """
{
  "id": "evt_@@evt@@",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1723716000,
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_@@pi@@",
      "object": "payment_intent",
      "amount": 1250,
      "currency": "gbp",
      "customer": "cus_@@cus@@",
      "latest_charge": "ch_@@ch@@",
      "payment_method": "pm_@@pm@@",
      "status": "succeeded",
      "metadata": { "booking_id": "bk_88213", "salon": "camden" }
    }
  },
  "request": { "id": "req_@@req@@", "idempotency_key": "@@idem@@" }
}
""", evt=mixed(24), pi=mixed(24), cus=mixed(14), ch=mixed(24), pm=mixed(24), req=mixed(14), idem=uuid4())

add("json/decoy-square-webhook-sample", "pos-bridge/test/fixtures/inventory.count.updated.json", "https://developer.squareup.com/reference/square/inventory-api/webhooks/inventory.count.updated",
    """
{
  "merchant_id": "@@merchant@@",
  "type": "inventory.count.updated",
  "event_id": "@@event@@",
  "created_at": "2024-08-14T09:12:44.123Z",
  "data": {
    "type": "inventory_counts",
    "id": "@@dataid@@",
    "object": {
      "inventory_counts": [
        {
          "calculated_at": "2024-08-14T09:12:43.901Z",
          "catalog_object_id": "@@item@@",
          "catalog_object_type": "ITEM_VARIATION",
          "location_id": "@@loc@@",
          "quantity": "11",
          "state": "IN_STOCK"
        }
      ]
    }
  }
}
""", merchant=square_id(13), event=uuid4(), dataid=uuid4(), item=square_id(24), loc="L" + square_id(12))

add("php/decoy-env-reference", "loyalty-portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """
<?php

return [

    'square' => [
        'environment' => env('SQUARE_ENVIRONMENT', 'production'),
        'application_id' => env('SQUARE_APPLICATION_ID'),
        'application_secret' => env('SQUARE_APPLICATION_SECRET'),
        'webhook_signature_key' => env('SQUARE_WEBHOOK_SIGNATURE_KEY'),
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'twilio' => [
        'sid' => env('TWILIO_ACCOUNT_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', '+447700900123'),
    ],

];
""")

add("ruby/decoy-credentials-reference", "kibblecrate/config/initializers/recharge.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# frozen_string_literal: true

# Recharge subscriptions: token and webhook secret live in config/credentials/production.yml.enc
Recharge.configure do |config|
  config.api_token = Rails.application.credentials.dig(:recharge, :api_token)
  config.webhook_secret = Rails.application.credentials.dig(:recharge, :webhook_secret)
  config.api_version = "2021-11"
  config.timeout = 15
end

Rails.application.config.x.kibble.default_box = "medium-dog-monthly"
""")

add("typescript/decoy-env-schema", "wagbook-api/src/config/env.ts", "https://zod.dev/?id=strings",
    """
import { z } from "zod";

// Validates the environment at boot; the values themselves come from Render's env groups.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]),
  PORT: z.coerce.number().default(8080),
  DATABASE_URL: z.string().url(),
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(live|test)_[0-9A-Za-z]{24,}$/, "not a Stripe secret key"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-f]{32}$/),
  TWILIO_AUTH_TOKEN: z.string().length(32),
  JWT_SECRET: z.string().min(32),
});

export type Env = z.infer<typeof EnvSchema>;

export const env: Env = EnvSchema.parse(process.env);
""")

add("go/decoy-catalog-ids", "internal/catalog/ids.go", "https://developer.squareup.com/docs/catalog-api/what-it-does",
    """
package catalog

// Square catalog object ids of the grooming services sold at the till, so a till sale can be
// matched to a wagbook appointment. Ids are public identifiers, not credentials.
var GroomingVariations = map[string]string{
	"full-groom-small":  "@@a@@",
	"full-groom-medium": "@@b@@",
	"full-groom-large":  "@@c@@",
	"bath-brush":        "@@d@@",
	"nail-trim":         "@@e@@",
	"puppy-intro":       "@@f@@",
}

// Locations maps wagbook salon slugs to Square location ids.
var Locations = map[string]string{
	"camden":    "L@@l1@@",
	"islington": "L@@l2@@",
}
""", a=square_id(), b=square_id(), c=square_id(), d=square_id(), e=square_id(), f=square_id(),
    l1=square_id(12), l2=square_id(12))

add("python/decoy-uuid-constants", "wagbook/services/constants.py", "https://docs.python.org/3/library/uuid.html",
    """
\"\"\"Fixed ids of the service catalogue, shared with the mobile app and the till integration.\"\"\"
import uuid

FULL_GROOM = uuid.UUID("@@u1@@")
BATH_AND_BRUSH = uuid.UUID("@@u2@@")
PUPPY_INTRO = uuid.UUID("@@u3@@")
NAIL_TRIM = uuid.UUID("@@u4@@")
DESHEDDING = uuid.UUID("@@u5@@")

DURATIONS_MIN = {
    FULL_GROOM: 120,
    BATH_AND_BRUSH: 60,
    PUPPY_INTRO: 45,
    NAIL_TRIM: 15,
    DESHEDDING: 90,
}
""", u1=uuid4(), u2=uuid4(), u3=uuid4(), u4=uuid4(), u5=uuid4())

add("csv/decoy-sku-gtin", "buying/price-lists/phillips-2024-08.csv", "https://www.gs1.org/standards/id-keys/gtin",
    """
supplier_item,gtin,description,pack,case_cost_gbp,rrp_gbp
PH-104221,5011792001234,Lily's Kitchen Adult Chicken Dry Dog Food 2.5kg,1,14.20,21.99
PH-104222,5011792001241,Lily's Kitchen Puppy Turkey Dry Dog Food 2.5kg,1,14.90,22.99
PH-220871,0023100112345,Greenies Original Regular Dental Treats 340g,6,41.10,10.99
PH-311004,5060195960123,Lick & Chew Yak Chew Medium,12,38.40,5.49
PH-400918,0018065012345,Kong Classic Large Red,6,37.80,10.99
PH-512330,5055241900123,Beaphar Fiprotec Spot-On Medium Dog 3 pipettes,10,52.00,9.99
""")


# =============================================================================================
# Decoys: secret managers, encrypted values and references in infra and CI


def sops_value(n: int) -> str:
    return f"ENC[AES256_GCM,data:{draw(n, B64)}=,iv:{draw(43, B64)}=,tag:{draw(22, B64)}==,type:str]"


def vault_lines(rows: int) -> str:
    return "\n".join(hexs(80) for _ in range(rows)) + "\n" + hexs(42)


add("github-actions/decoy-secrets-reference", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: ci

on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    env:
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_SECRET_KEY }}
      TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_TEST_AUTH_TOKEN }}
      SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm test -- --coverage
      - name: Upload source maps
        if: github.ref == 'refs/heads/main'
        run: npx @sentry/cli sourcemaps upload --org wagtail-grooming --project wagbook-web dist
""")

add("k8s/decoy-external-secret", "deploy/k8s/wagbook/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: wagbook-app
  namespace: wagbook
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: wagbook-app
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/wagbook/stripe
        property: secret_key
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef:
        key: prod/wagbook/twilio
        property: auth_token
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/wagbook/database
        property: url
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/kibblecrate.enc.yaml", "https://github.com/getsops/sops#encrypting-using-aws-kms",
    """
stripe_secret_key: @@v1@@
recharge_api_token: @@v2@@
smtp_password: @@v3@@
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:@@acct@@:key/@@kid@@
          created_at: "2024-08-01T10:11:12Z"
          enc: AQICAHh@@enc@@
          aws_profile: ""
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age: []
    lastmodified: "2024-08-01T10:11:14Z"
    mac: @@mac@@
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", v1=sops_value(103), v2=sops_value(71), v3=sops_value(39), acct=str(_rng().randint(10**11, 10**12)),
    kid=uuid4(), enc=draw(178, B64) + "==", mac=sops_value(87))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
@@body@@
""", body=vault_lines(14))

add("k8s/decoy-sealed-secret", "deploy/k8s/pos-bridge/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pos-bridge
  namespace: pos-bridge
spec:
  encryptedData:
    SQUARE_ACCESS_TOKEN: AgB@@a@@==
    SQUARE_WEBHOOK_SIGNATURE_KEY: AgC@@b@@==
    MONGODB_URI: AgA@@c@@==
  template:
    metadata:
      name: pos-bridge
      namespace: pos-bridge
    type: Opaque
""", a=draw(687, B64), b=draw(647, B64), c=draw(719, B64))

add("terraform/decoy-random-password", "infra/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """
resource "random_password" "kibblecrate_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "kibblecrate_db" {
  name = "prod/kibblecrate/database"
}

resource "aws_secretsmanager_secret_version" "kibblecrate_db" {
  secret_id = aws_secretsmanager_secret.kibblecrate_db.id
  secret_string = jsonencode({
    username = "kibblecrate"
    password = random_password.kibblecrate_db.result
  })
}

resource "aws_db_instance" "kibblecrate" {
  identifier              = "kibblecrate-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.small"
  allocated_storage       = 50
  db_name                 = "kibblecrate"
  username                = "kibblecrate"
  password                = random_password.kibblecrate_db.result
  backup_retention_period = 14
  skip_final_snapshot     = false
  storage_encrypted       = true
}
""")

add("terraform/decoy-ssm-reference", "infra/aws/pupcam.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter",
    """
variable "protect_password" {
  description = "UniFi Protect service account password (set in terraform.tfvars, not committed)"
  type        = string
  sensitive   = true
}

data "aws_ssm_parameter" "pupcam_signing_key" {
  name            = "/pupcam/prod/link-signing-key"
  with_decryption = true
}

resource "aws_ssm_parameter" "protect_password" {
  name  = "/pupcam/prod/protect-password"
  type  = "SecureString"
  value = var.protect_password
}

resource "aws_lambda_function" "pupcam_links" {
  function_name = "pupcam-links"
  role          = aws_iam_role.pupcam_links.arn
  runtime       = "python3.12"
  handler       = "links.handler"
  filename      = "build/pupcam-links.zip"
  environment {
    variables = {
      SIGNING_KEY_PARAM = data.aws_ssm_parameter.pupcam_signing_key.name
      BUCKET            = "wagtail-pupcam-clips"
    }
  }
}
""")

add("env/decoy-1password-reference", "wagbook-api/.env.op", "https://developer.1password.com/docs/cli/secrets-environment-variables/",
    """
# Used with: op run --env-file=.env.op -- npm start
STRIPE_SECRET_KEY="op://Wagbook Prod/Stripe/secret key"
STRIPE_WEBHOOK_SECRET="op://Wagbook Prod/Stripe/webhook signing secret"
TWILIO_AUTH_TOKEN="op://Wagbook Prod/Twilio/auth token"
POSTMARK_SERVER_TOKEN="op://Wagbook Prod/Postmark/server token"
DATABASE_URL="op://Wagbook Prod/Postgres primary/connection string"
JWT_SECRET="op://Wagbook Prod/API JWT/password"
""")

add("json/decoy-keyvault-references", "OfficeAutomation/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references",
    """
{
  "Graph": {
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://barkside-office-kv.vault.azure.net/secrets/graph-client-secret/)",
    "SharedMailbox": "invoices@barksidepets.com"
  },
  "Storage": {
    "ConnectionString": "@Microsoft.KeyVault(VaultName=barkside-office-kv;SecretName=invoice-archive-connection)"
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=@@ikey@@;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/"
  }
}
""", tenant=uuid4(), client=uuid4(), ikey=uuid4())

add("compose/decoy-docker-secrets", "pos-bridge/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/",
    """
services:
  pos-bridge:
    image: ghcr.io/barkside-pets/pos-bridge:3.4.1
    restart: unless-stopped
    environment:
      SQUARE_ENVIRONMENT: production
      SQUARE_ACCESS_TOKEN_FILE: /run/secrets/square_access_token
      MONGODB_URI_FILE: /run/secrets/mongodb_uri
      LOG_LEVEL: info
    secrets:
      - square_access_token
      - mongodb_uri
    ports:
      - "127.0.0.1:8080:8080"

secrets:
  square_access_token:
    file: ./secrets/square_access_token.txt
  mongodb_uri:
    file: ./secrets/mongodb_uri.txt
""")

add("k8s/decoy-secret-key-ref", "deploy/k8s/wagbook/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: wagbook-api
  namespace: wagbook
spec:
  replicas: 2
  selector:
    matchLabels: { app: wagbook-api }
  template:
    metadata:
      labels: { app: wagbook-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/barkside-pets/wagbook-api@sha256:@@digest@@
          ports: [{ containerPort: 8080 }]
          envFrom:
            - configMapRef: { name: wagbook-config }
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom: { secretKeyRef: { name: wagbook-app, key: STRIPE_SECRET_KEY } }
            - name: TWILIO_AUTH_TOKEN
              valueFrom: { secretKeyRef: { name: wagbook-app, key: TWILIO_AUTH_TOKEN } }
            - name: REDIS_PASSWORD
              valueFrom: { secretKeyRef: { name: wagbook-redis, key: redis-password } }
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
""", digest=sha256())

add("helm/decoy-existing-secret", "charts/wagbook/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters",
    """
image:
  repository: ghcr.io/barkside-pets/wagbook
  tag: "2024.08.2"

postgresql:
  enabled: true
  auth:
    username: wagbook
    database: wagbook
    existingSecret: wagbook-postgres
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: wagbook-redis
    existingSecretPasswordKey: redis-password

app:
  secretName: wagbook-app
  replicas: 2
""")

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-aws.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    """
name: deploy pupcam lambda

on:
  push:
    branches: [main]
    paths: ["pupcam/lambda/**"]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::@@acct@@:role/github-pupcam-deploy
          aws-region: eu-west-2
      - run: cd pupcam/lambda && zip -r ../../pupcam-links.zip .
      - run: aws lambda update-function-code --function-name pupcam-links --zip-file fileb://pupcam-links.zip
""", acct=str(_rng().randint(10**11, 10**12)))

add("github-actions/decoy-ci-database-password", ".github/workflows/test-python.yml", "https://docs.github.com/en/actions/use-cases-and-examples/using-containerized-services/creating-postgresql-service-containers",
    """
name: python tests

on: [pull_request]

jobs:
  pytest:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: wagbook_test
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5
    env:
      DATABASE_URL: postgresql://postgres:postgres@localhost:5432/wagbook_test
      DJANGO_SETTINGS_MODULE: wagbook.settings.test
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""")

add("compose/decoy-localstack-credentials", "pupcam/docker-compose.localstack.yml", "https://docs.localstack.cloud/references/credentials/",
    """
# Local S3 for developing the pup-cam uploader. LocalStack accepts any credentials; "test" is its convention.
services:
  localstack:
    image: localstack/localstack:3.6
    ports:
      - "4566:4566"
    environment:
      SERVICES: s3,lambda,ssm

  uploader:
    build: .
    depends_on: [localstack]
    environment:
      AWS_ACCESS_KEY_ID: test
      AWS_SECRET_ACCESS_KEY: test
      AWS_DEFAULT_REGION: eu-west-2
      AWS_ENDPOINT_URL: http://localstack:4566
      CLIP_DIR: /clips
    volumes:
      - ./sample-clips:/clips
""")

add("yaml/decoy-travis-secure", "petchip-client/.travis.yml", "https://docs.travis-ci.com/user/encryption-keys/",
    """
language: python
python:
  - "3.10"
  - "3.11"
install:
  - pip install -e .[test]
script:
  - pytest -q
deploy:
  provider: pypi
  username: __token__
  password:
    secure: "@@enc@@"
  on:
    tags: true
    python: "3.11"
""", enc=draw(342, B64) + "==")

add("json/decoy-devcontainer-localenv", ".devcontainer/devcontainer.json", "https://containers.dev/implementors/json_reference/#variables-in-devcontainerjson",
    """
{
  "name": "wagbook",
  "image": "mcr.microsoft.com/devcontainers/python:3.12",
  "features": {
    "ghcr.io/devcontainers/features/node:1": { "version": "20" },
    "ghcr.io/devcontainers/features/docker-in-docker:2": {}
  },
  "forwardPorts": [8000, 5432],
  "containerEnv": {
    "STRIPE_SECRET_KEY": "${localEnv:WAGBOOK_STRIPE_TEST_KEY}",
    "TWILIO_AUTH_TOKEN": "${localEnv:WAGBOOK_TWILIO_TEST_TOKEN}",
    "DATABASE_URL": "postgresql://postgres:postgres@localhost:5432/wagbook"
  },
  "postCreateCommand": "pip install -r requirements-dev.txt && npm ci --prefix web"
}
""")

add("npmrc/decoy-env-reference", "wagbook-web/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow",
    """
# NPM_TOKEN is injected by CI (GitHub secret) and by direnv locally
@barkside:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
audit-level=high
""")

add("ini/decoy-pypirc-keyring", "petchip-client/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/#using-a-pypi-token",
    """
# The token itself is stored in the OS keyring:
#   keyring set https://upload.pypi.org/legacy/ __token__
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
""")

add("kotlin/decoy-local-properties", "stocktake-app/app/build.gradle.kts", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin",
    """
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.barkside.stocktake"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.barkside.stocktake"
        minSdk = 28
        targetSdk = 34
        buildConfigField("String", "LIGHTSPEED_TOKEN", "\\"${localProps.getProperty("lightspeed.token", "")}\\"")
        manifestPlaceholders["MAPS_API_KEY"] = System.getenv("MAPS_API_KEY") ?: ""
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "stocktake"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
""")

add("xml/decoy-manifest-placeholder", "stocktake-app/app/src/main/AndroidManifest.xml", "https://developer.android.com/build/manage-manifests#inject_build_variables_into_the_manifest",
    """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.CAMERA" />
    <uses-permission android:name="android.permission.INTERNET" />

    <application
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher"
        android:theme="@style/Theme.Stocktake">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />

        <activity
            android:name=".ScanActivity"
            android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""")

add("xml/decoy-user-secrets-id", "src/Barkside.Loyalty/Barkside.Loyalty.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
<Project Sdk="Microsoft.NET.Sdk.Worker">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>dotnet-Barkside.Loyalty-@@guid@@</UserSecretsId>
    <RootNamespace>Barkside.Loyalty</RootNamespace>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
    <PackageReference Include="Square" Version="38.1.0" />
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
  </ItemGroup>

</Project>
""", guid=uuid4())

add("csharp/decoy-configuration-lookup", "src/Barkside.Loyalty/Square/SquareOptions.cs", "https://learn.microsoft.com/en-us/dotnet/core/extensions/options",
    """
using Microsoft.Extensions.Configuration;

namespace Barkside.Loyalty.Square
{
    public sealed class SquareOptions
    {
        public const string Section = "Square";

        public string Environment { get; set; } = "production";
        public string AccessToken { get; set; } = string.Empty;
        public string[] LocationIds { get; set; } = System.Array.Empty<string>();

        /// <summary>Reads the section; the token comes from user-secrets locally and Key Vault in production.</summary>
        public static SquareOptions From(IConfiguration configuration)
        {
            var options = configuration.GetSection(Section).Get<SquareOptions>() ?? new SquareOptions();
            if (string.IsNullOrWhiteSpace(options.AccessToken))
            {
                throw new System.InvalidOperationException("Square:AccessToken is not configured");
            }
            return options;
        }
    }
}
""")

add("properties/decoy-env-placeholders", "payroll-export/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders",
    """
spring.application.name=payroll-export
server.port=8085
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/payroll
spring.datasource.username=${DB_USER:payroll}
spring.datasource.password=${DB_PASSWORD}
xero.client-id=${XERO_CLIENT_ID}
xero.client-secret=${XERO_CLIENT_SECRET}
commission.default-rate=0.35
""")

add("dockerfile/decoy-image-digest", "wagbook/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim@sha256:@@d1@@ AS build
WORKDIR /app
COPY requirements.txt .
# private wheels: the index URL with its token is mounted as a build secret, never baked in
RUN --mount=type=secret,id=pip_extra_index \\
    PIP_EXTRA_INDEX_URL="$(cat /run/secrets/pip_extra_index)" \\
    pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.12-slim@sha256:@@d1@@
ARG GIT_SHA
ENV GIT_SHA=${GIT_SHA} \\
    DJANGO_SETTINGS_MODULE=wagbook.settings.production
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY . .
USER 1000
CMD ["gunicorn", "wagbook.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
""", d1=sha256())

add("shell/decoy-password-prompt", "scripts/rotate_nvr_password.sh", "https://www.passwordstore.org/",
    """
#!/usr/bin/env bash
# Rotate the Hikvision NVR admin password for a shop and store the new one in pass(1).
set -euo pipefail

SHOP="${1:?usage: rotate_nvr_password.sh <camden|islington|hackney>}"
NVR_IP=$(yq ".shops.${SHOP}.nvr" inventory.yml)

read -r -s -p "Current NVR admin password for ${SHOP}: " OLD_PW; echo
NEW_PW=$(pwgen -s 20 1)

curl -sS --digest -u "admin:${OLD_PW}" -X PUT \\
  "http://${NVR_IP}/ISAPI/Security/users/1" \\
  -H "Content-Type: application/xml" \\
  -d "<User><id>1</id><userName>admin</userName><password>${NEW_PW}</password></User>"

printf '%s\\n' "$NEW_PW" | pass insert -m "shops/${SHOP}/nvr-admin"
unset OLD_PW NEW_PW
echo "rotated; new password is in pass: shops/${SHOP}/nvr-admin"
""")

add("powershell/decoy-get-secret", "it/Connect-OfficeGraph.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """
# Connects to Microsoft Graph with the app registration's secret from the local SecretStore vault.
param([string]$Vault = "BarksideIT")

Import-Module Microsoft.PowerShell.SecretManagement

$tenantId = Get-Secret -Vault $Vault -Name "graph-tenant-id" -AsPlainText
$appId    = Get-Secret -Vault $Vault -Name "graph-app-id" -AsPlainText
$secret   = Get-Secret -Vault $Vault -Name "graph-client-secret"
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secret)

Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome
Get-MgContext | Select-Object TenantId, ClientId, AuthType
""")

add("java/decoy-header-constants", "reminder-service/src/main/java/uk/co/wagtail/reminders/http/ApiHeaders.java", "https://shopify.dev/docs/api/admin-rest#authentication",
    """
package uk.co.wagtail.reminders.http;

/** Header and property names shared by the vendor clients. Values are looked up at runtime. */
public final class ApiHeaders {

    public static final String SHOPIFY_ACCESS_TOKEN = "X-Shopify-Access-Token";
    public static final String RECHARGE_ACCESS_TOKEN = "X-Recharge-Access-Token";
    public static final String KLAVIYO_AUTHORIZATION_PREFIX = "Klaviyo-API-Key ";
    public static final String SQUARE_SIGNATURE = "x-square-hmacsha256-signature";
    public static final String TWILIO_SIGNATURE = "X-Twilio-Signature";

    public static final String PROP_TWILIO_TOKEN = "twilio.auth-token";
    public static final String PROP_SQUARE_TOKEN = "square.access-token";
    public static final String PASSWORD_FIELD = "password";

    private ApiHeaders() {
    }
}
""")


# =============================================================================================
# Decoys: public keys and certificates, docs, exports, logs, hashes

add("pem/decoy-certificate", "edi/as2/certs/centralgarden_as2_public.cer", "https://www.rfc-editor.org/rfc/rfc7468#section-5.1",
    """
@@cert@@
""", cert=pem("CERTIFICATE", 18, head="MIIDxTCCAq2gAwIBAgIU"))

add("ssh/decoy-authorized-keys", "provisioning/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """
# Deployed to the salon NUCs (user: pupcam). Public keys only.
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ tom@barkside-it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ priya@macbook
from="10.20.0.0/16" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ nvr-backup@barkside-nas
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k4@@ ansible@office-pc01
""", k1=draw(43, B64), k2=draw(43, B64), k3=draw(43, B64), k4=draw(510, B64) + "=")

add("asc/decoy-pgp-public-key", "edi/keys/phillips-edi-public.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
    """
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Phillips Pet Food & Supplies EDI <edi@phillipspet.com>

@@body@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", body="\n".join(pem_body(12, head="mQINBGY")), crc=draw(4, B64))

add("xml/decoy-saml-metadata", "staff-sso/idp-metadata.xml", "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf",
    """
<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"
                  entityID="https://sts.windows.net/@@tenant@@/">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>MIIC8DCCAdigAwIBAgIQ@@cert@@</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                         Location="https://login.microsoftonline.com/@@tenant@@/saml2" />
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                         Location="https://login.microsoftonline.com/@@tenant@@/saml2" />
  </IDPSSODescriptor>
</EntityDescriptor>
""", tenant=uuid4(), cert=draw(960, B64) + "==")

add("json/decoy-jwks", "wagbook-api/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517#section-5",
    """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid1@@",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid2@@",
      "n": "@@n2@@",
      "e": "AQAB"
    }
  ]
}
""", kid1=hexs(16), n1=draw(342, B64URL), kid2=hexs(16), n2=draw(342, B64URL))

add("markdown/decoy-runbook-references", "docs/runbooks/rotate-square-token.md", "https://developer.squareup.com/docs/oauth-api/refresh-revoke-limit-scope",
    """
# Runbook: rotate the Square access token (POS bridge + loyalty sync)

**When:** every 90 days, or immediately if a laptop with dashboard access is lost.

1. In the Square Developer Dashboard open *Barkside POS Bridge -> Credentials -> Production*
   and click **Replace** next to the access token.
2. Paste the new token into 1Password: vault **Shops**, item **Square POS prod**, field
   `access token`. Do not paste it into Slack, tickets or this repo.
3. Update AWS Secrets Manager `prod/pos-bridge/square` (key `access_token`):
   `aws secretsmanager put-secret-value --secret-id prod/pos-bridge/square --secret-string file://token.json`
   then `shred -u token.json`.
4. Restart: `kubectl -n pos-bridge rollout restart deploy/pos-bridge` (the ExternalSecret
   refreshes within the hour; force it with `kubectl annotate externalsecret pos-bridge force-sync=$(date +%s) --overwrite`).
5. Check the bridge's `/healthz` and that inventory counts update in the Camden shop.

| Secret | Where it lives | Owner |
|---|---|---|
| Square access token | 1Password "Square POS prod" / `prod/pos-bridge/square` | Priya |
| Square webhook signature key | 1Password "Square webhooks" | Priya |
| MongoDB URI | `prod/pos-bridge/mongodb` | Tom |
""")

add("markdown/decoy-docs-example-keys", "docs/dev/aws-setup.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html",
    """
# Setting up AWS access for pup-cam development

Ask Tom for an IAM Identity Center user; we do not hand out long-lived access keys any more.

```bash
aws configure sso --profile wagtail-dev
aws sso login --profile wagtail-dev
export AWS_PROFILE=wagtail-dev
```

If a tool insists on static keys, the format looks like the AWS documentation example below.
These are AWS's published example values, not ours:

```ini
[example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

For local work use LocalStack (`docker compose -f docker-compose.localstack.yml up`), which
accepts `test` / `test`.
""")

add("markdown/decoy-network-inventory", "docs/it/network.md", "https://help.ui.com/hc/en-us/articles/115002262328",
    """
# Shop and salon networks

| Site | VLAN | Subnet | Gateway | Notes |
|---|---|---|---|---|
| Camden | 20 staff / 21 cameras / 90 guest | 10.20.1.0/24 | 10.20.1.1 | NVR 10.20.1.10 |
| Islington | 20 / 21 / 90 | 10.20.2.0/24 | 10.20.2.1 | NVR 10.20.2.10 |
| Hackney | 20 / 21 / 90 | 10.20.3.0/24 | 10.20.3.1 | Dahua cams 10.20.3.31-33 |

## Devices

| Device | Serial | MAC | Firmware |
|---|---|---|---|
| Hikvision DS-7616NI-K2 (Camden) | DS-7616NI-K21620190801CCRR@@s1@@ | 44:19:b6:3a:91:0c | V4.62.210 |
| Hikvision DS-7616NI-K2 (Islington) | DS-7616NI-K21620200312CCRR@@s2@@ | 44:19:b6:3a:7f:e2 | V4.62.210 |
| UniFi Dream Machine Pro | @@s3@@ | 74:ac:b9:11:22:33 | 4.0.6 |
| Brother QL-820NWB | @@s4@@ | 00:80:77:5d:41:aa | 1.27 |

Admin credentials for all of the above are in 1Password, vault **IT**, one item per device.
Guest Wi-Fi is isolated (VLAN 90) and the PSK rotates monthly; reception prints the card.
""", s1=draw(9, string.digits), s2=draw(9, string.digits), s3=hexs(12).upper(), s4="K9Z" + draw(9, UPPER_ALNUM))

add("markdown/decoy-changelog", "wagbook/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/",
    """
# Changelog

## 2024.08.2 - 2024-08-14
- Waitlist: offer freed slots by SMS in queue order (@@c1@@)
- Fix double-charging of no-show fees when the cron ran twice (@@c2@@)

## 2024.08.1 - 2024-08-02
- Owners can upload vaccination certificates from the booking page (@@c3@@)
- Move Stripe and Twilio credentials to the Render env groups; rotate both (@@c4@@)

## 2024.07.3 - 2024-07-22
- Groomer tablet: "ready for collection" button sends SMS + push (@@c5@@)
- Bump Django to 5.0.7 (@@c6@@)
""", c1=git_sha(), c2=git_sha(), c3=git_sha(), c4=git_sha(), c5=git_sha(), c6=git_sha())

add("csv/decoy-microchip-registrations", "registry/outbound/2024-08-12-batch.csv", "https://www.gov.uk/guidance/get-your-dog-microchipped",
    """
chip_number,species,breed,sex,dob,colour,keeper_surname,keeper_postcode,sold_at,sale_date
@@c1@@,dog,Cockapoo,F,2024-05-30,apricot,Okafor,NW1 7JR,camden,2024-08-06
@@c2@@,dog,Miniature Dachshund,M,2024-05-21,black and tan,Hughes,N1 2UN,islington,2024-08-07
@@c3@@,cat,British Shorthair,M,2024-05-14,blue,Kowalski,E8 3PB,hackney,2024-08-08
@@c4@@,dog,Labrador Retriever,F,2024-06-02,yellow,Singh,NW5 4AB,camden,2024-08-10
@@c5@@,rabbit,Netherland Dwarf,F,2024-06-11,otter,Brennan,N7 6QX,islington,2024-08-11
""", c1=microchip(), c2=microchip(), c3=microchip(), c4=microchip(), c5=microchip())

add("csv/decoy-appointment-export", "exports/appointments-2024-08-14.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
appointment_id,salon,starts_at,dog,breed,service,groomer,deposit_gbp,status,stripe_payment_intent
@@u1@@,camden,2024-08-14T09:00,Biscuit,Cockapoo,full-groom,Aisha,12.50,completed,pi_@@p1@@
@@u2@@,camden,2024-08-14T09:30,Pepper,Schnauzer,bath-brush,Leon,7.50,completed,pi_@@p2@@
@@u3@@,camden,2024-08-14T11:00,Luna,Shih Tzu,full-groom,Aisha,12.50,no_show,pi_@@p3@@
@@u4@@,islington,2024-08-14T10:00,Milo,Golden Retriever,deshedding,Jo,10.00,completed,pi_@@p4@@
@@u5@@,islington,2024-08-14T13:30,Nala,Cavapoo,puppy-intro,Jo,5.00,cancelled,
""", u1=uuid4(), u2=uuid4(), u3=uuid4(), u4=uuid4(), u5=uuid4(),
    p1=mixed(24), p2=mixed(24), p3=mixed(24), p4=mixed(24))

add("csv/decoy-loyalty-export", "exports/pawpoints-members.csv", "https://developer.squareup.com/docs/loyalty-api/overview",
    """
card_number,barcode_ean13,square_loyalty_account_id,joined,points,tier,home_shop
PP-0041-7781-2231,2900041778122,@@a1@@,2022-03-14,1240,gold,camden
PP-0041-7781-2248,2900041778245,@@a2@@,2022-03-19,310,silver,camden
PP-0042-1130-0917,2900042113091,@@a3@@,2023-01-07,75,bronze,islington
PP-0043-0006-5530,2900043000655,@@a4@@,2024-06-30,20,bronze,hackney
PP-0041-7790-0012,2900041779000,@@a5@@,2022-04-02,2210,gold,camden
""", a1=uuid4(), a2=uuid4(), a3=uuid4(), a4=uuid4(), a5=uuid4())

add("edi/decoy-x12-purchase-order", "edi/outbound/850_PO4471.x12", "https://x12.org/products/transaction-sets",
    """
ISA*00*          *00*          *ZZ*BARKSIDEPETS   *ZZ*PHILLIPSPET    *240814*1602*U*00401*000004471*0*P*>~
GS*PO*BARKSIDEPETS*PHILLIPSPET*20240814*1602*4471*X*004010~
ST*850*0001~
BEG*00*SA*PO4471**20240814~
REF*DP*CAMDEN~
DTM*002*20240819~
N1*ST*BARKSIDE PET SUPPLY CAMDEN*92*0001~
N3*14 CHALK FARM ROAD~
N4*LONDON**NW1 8AG*GB~
PO1*1*6*CA*14.20**UP*5011792001234*VN*PH-104221~
PO1*2*4*CA*41.10**UP*0023100112345*VN*PH-220871~
PO1*3*2*CA*37.80**UP*0018065012345*VN*PH-400918~
CTT*3~
SE*13*0001~
GE*1*4471~
IEA*1*000004471~
""")

add("log/decoy-redacted-tokens", "logs/pos-bridge-2024-08-10.log", "https://owasp.org/www-project-logging-cheat-sheet/",
    """
2024-08-10 08:00:00.114 INFO  [main] pos-bridge 3.4.1 starting (profile=prod)
2024-08-10 08:00:00.398 INFO  [main] square: environment=production token=EAAA****************************q7Xw (from /run/secrets/square_access_token)
2024-08-10 08:00:00.401 INFO  [main] mongodb: uri=mongodb+srv://posbridge:****@barkside-cluster0.x7k2p.mongodb.net/posbridge
2024-08-10 08:00:01.022 INFO  [sync-1] catalog sync: 1,842 items, version 1723271400123
2024-08-10 08:05:01.310 DEBUG [http-3] POST /square/events headers={x-square-hmacsha256-signature=[REDACTED], content-type=application/json}
2024-08-10 08:05:01.312 INFO  [http-3] event inventory.count.updated id=@@ev@@ verified=true
2024-08-10 08:05:02.004 WARN  [sync-2] shopify 429 (Authorization: Bearer [REDACTED]); backing off 2s
2024-08-10 08:10:00.000 INFO  [sync-1] inventory sync: 37 counts pushed
""", ev=uuid4())

add("log/decoy-nginx-access", "logs/nginx-access-pupcam.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    """
203.0.113.24 - - [14/Aug/2024:10:02:11 +0100] "GET /watch/@@l1@@ HTTP/2.0" 200 3120 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" rid=@@r1@@
203.0.113.24 - - [14/Aug/2024:10:02:12 +0100] "GET /hls/table1/index.m3u8 HTTP/2.0" 200 412 "https://pupcam.wagtailgrooming.co.uk/watch/@@l1@@" "Mozilla/5.0 (iPhone)" rid=@@r2@@
198.51.100.7 - - [14/Aug/2024:10:05:40 +0100] "GET /watch/@@l2@@ HTTP/2.0" 404 162 "-" "Mozilla/5.0 (Linux; Android 14)" rid=@@r3@@
203.0.113.24 - - [14/Aug/2024:10:06:02 +0100] "GET /static/app.@@h1@@.js HTTP/2.0" 200 48211 "-" "Mozilla/5.0 (iPhone)" rid=@@r4@@
192.0.2.55 - - [14/Aug/2024:10:09:17 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rid=@@r5@@
""", l1=hexs(32), l2=hexs(32), r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), h1=hexs(8))

add("log/decoy-camera-masked-rtsp", "logs/frigate-2024-08-11.log", "https://docs.frigate.video/troubleshooting/",
    """
2024-08-11 06:30:02.118 INFO    frigate.app: Starting Frigate (0.14.1-f4f3cfa)
2024-08-11 06:30:04.551 INFO    frigate.video: table_1: ffmpeg input rtsp://*:*@10.20.1.21:554/Streaming/Channels/101
2024-08-11 06:30:04.552 INFO    frigate.video: table_1: ffmpeg input rtsp://*:*@10.20.1.21:554/Streaming/Channels/102
2024-08-11 06:30:04.560 INFO    frigate.video: shop_floor: ffmpeg input rtsp://*:*@10.20.1.23:554/Streaming/Channels/101
2024-08-11 06:31:10.004 ERROR   frigate.video: shop_floor: Unable to read frames from ffmpeg process.
2024-08-11 06:31:10.005 INFO    watchdog.shop_floor: No frames received from shop_floor in 20 seconds. Exiting ffmpeg...
2024-08-11 06:31:30.221 INFO    watchdog.shop_floor: Restarting ffmpeg...
2024-08-11 09:14:51.774 INFO    frigate.events: event @@ev@@ dog on table_1 (score 0.91)
""", ev=f"{_rng().randint(1723360000, 1723370000)}.{_rng().randint(100000, 999999)}-{draw(6, LOWER_ALNUM)}")

add("log/decoy-twilio-status-callbacks", "logs/sms-status-2024-08-15.log", "https://www.twilio.com/docs/messaging/guides/track-outbound-message-status",
    """
2024-08-15T07:00:02Z status=queued      MessageSid=SM@@m1@@ AccountSid=@@ac@@ To=+4477009****12
2024-08-15T07:00:03Z status=sent        MessageSid=SM@@m1@@ AccountSid=@@ac@@ To=+4477009****12
2024-08-15T07:00:05Z status=delivered   MessageSid=SM@@m1@@ AccountSid=@@ac@@ To=+4477009****12
2024-08-15T07:00:03Z status=sent        MessageSid=SM@@m2@@ AccountSid=@@ac@@ To=+4477009****87
2024-08-15T07:00:09Z status=undelivered MessageSid=SM@@m2@@ AccountSid=@@ac@@ To=+4477009****87 ErrorCode=30003
2024-08-15T07:00:04Z status=delivered   MessageSid=SM@@m3@@ AccountSid=@@ac@@ To=+3538512****67
""", m1=hexs(32), m2=hexs(32), m3=hexs(32), ac=twilio_sid("AC"))

add("json/decoy-package-lock-integrity", "kibblecrate-site/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """
{
  "name": "kibblecrate-site",
  "version": "1.9.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "kibblecrate-site",
      "version": "1.9.0",
      "dependencies": {
        "@stripe/stripe-js": "4.1.0",
        "klaviyo-api": "11.0.0"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@==",
      "engines": { "node": ">=12.16" }
    },
    "node_modules/klaviyo-api": {
      "version": "11.0.0",
      "resolved": "https://registry.npmjs.org/klaviyo-api/-/klaviyo-api-11.0.0.tgz",
      "integrity": "sha512-@@i2@@==",
      "dependencies": { "axios": "^1.6.0" }
    }
  }
}
""", i1=draw(86, B64), i2=draw(86, B64))

add("requirements/decoy-hash-pins", "wagbook/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
    """
# generated by pip-compile --generate-hashes
django==5.0.7 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
stripe==10.6.0 \\
    --hash=sha256:@@h3@@
twilio==9.2.3 \\
    --hash=sha256:@@h4@@ \\
    --hash=sha256:@@h5@@
postmarker==1.0 \\
    --hash=sha256:@@h6@@
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), h5=sha256(), h6=sha256())

add("toml/decoy-cargo-lock-checksums", "inventory-scanner/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html",
    """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "tokio-postgres"
version = "0.7.11"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serialport"
version = "4.4.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"

[[package]]
name = "inventory-scanner"
version = "0.3.2"
dependencies = [
 "serialport",
 "tokio-postgres",
]
""", c1=sha256(), c2=sha256())

add("python/decoy-regex-patterns", "wagbook/logging/scrub.py", "https://docs.python.org/3/library/logging.html#filter-objects",
    """
\"\"\"Logging filter that masks credentials before log lines leave the process.\"\"\"
import logging
import re

PATTERNS = [
    (re.compile(r"(sk|rk)_(live|test)_[0-9A-Za-z]{24,}"), r"\\1_\\2_****"),
    (re.compile(r"whsec_[0-9A-Za-z]{32,}"), "whsec_****"),
    (re.compile(r"EAAA[0-9A-Za-z_-]{60}"), "EAAA****"),
    (re.compile(r"shp(at|ss|ca|pa)_[0-9a-f]{32}"), r"shp\\1_****"),
    (re.compile(r"(?i)(authorization:\\s*(?:bearer|basic)\\s+)\\S+"), r"\\1[REDACTED]"),
    (re.compile(r"(://[^:/\\s]+:)[^@\\s]+@"), r"\\1****@"),
]


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern, replacement in PATTERNS:
            message = pattern.sub(replacement, message)
        record.msg, record.args = message, ()
        return True
""")

add("json/decoy-password-hash-fixture", "wagbook/fixtures/demo_staff.json", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/",
    """
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "demo.manager",
      "password": "pbkdf2_sha256$720000$@@s1@@$@@h1@@=",
      "is_staff": true,
      "email": "demo.manager@example.com"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "demo.groomer",
      "password": "pbkdf2_sha256$720000$@@s2@@$@@h2@@=",
      "is_staff": false,
      "email": "demo.groomer@example.com"
    }
  }
]
""", s1=draw(22, ALNUM), h1=draw(43, B64), s2=draw(22, ALNUM), h2=draw(43, B64))

add("sql/decoy-hashed-token-schema", "wagbook/db/migrations/0031_api_tokens.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
    """
-- Staff API tokens are shown once at creation; only a SHA-256 digest and the last 4 chars are stored.
CREATE TABLE api_tokens (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    staff_id    uuid NOT NULL REFERENCES staff(id),
    token_hash  char(64) NOT NULL UNIQUE,
    token_last4 char(4) NOT NULL,
    scopes      text[] NOT NULL DEFAULT '{bookings:read}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

CREATE INDEX api_tokens_staff_idx ON api_tokens (staff_id) WHERE revoked_at IS NULL;

INSERT INTO api_tokens (id, staff_id, token_hash, token_last4, scopes)
VALUES ('@@u1@@', '@@u2@@', '@@h1@@', 'q7Xw', '{bookings:read,bookings:write}');
""", u1=uuid4(), u2=uuid4(), h1=sha256())

add("sql/decoy-token-fingerprints", "reports/revoked_token_usage.sql", "https://www.postgresql.org/docs/current/functions-binarystring.html",
    """
-- Incident 2024-07-29: were any of the revoked kiosk tokens used after revocation?
SELECT t.token_last4,
       s.display_name,
       count(*)          AS calls_after_revoke,
       max(l.called_at)  AS last_call
  FROM api_call_log l
  JOIN api_tokens t ON t.token_hash = l.token_hash
  JOIN staff s ON s.id = t.staff_id
 WHERE l.token_hash IN (
         '@@h1@@',
         '@@h2@@',
         '@@h3@@'
       )
   AND l.called_at > t.revoked_at
 GROUP BY 1, 2
 ORDER BY 3 DESC;
""", h1=sha256(), h2=sha256(), h3=sha256())

add("notebook/decoy-getpass", "analysis/salon_utilisation.ipynb", "https://docs.python.org/3/library/getpass.html",
    r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Table utilisation per salon\n", "Booked minutes / available groomer minutes, by weekday."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["Replica password: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\n"]}
   ],
   "source": [
    "import getpass, os\n",
    "import pandas as pd\n",
    "import psycopg2\n",
    "\n",
    "conn = psycopg2.connect(host=os.environ.get('WAGBOOK_REPLICA_HOST', 'wagbook-replica.internal'),\n",
    "                        dbname='wagbook', user=os.environ['USER'],\n",
    "                        password=getpass.getpass('Replica password: '))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"data": {"text/plain": ["salon      Mon   Tue   Wed   Thu   Fri   Sat\n", "camden     0.71  0.78  0.82  0.80  0.93  0.98\n", "islington  0.64  0.70  0.69  0.75  0.88  0.95"]},
     "execution_count": 2, "metadata": {}, "output_type": "execute_result"}
   ],
   "source": ["pd.read_sql('SELECT * FROM kpi.utilisation_by_weekday', conn).pivot(index='salon', columns='weekday', values='util')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/decoy-pseudonymised-hashes", "analysis/microchip_dedupe.ipynb", "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-sharing/anonymisation/pseudonymisation/",
    r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Duplicate dogs across salons\n", "Chip numbers are pseudonymised with a keyed hash before analysis (key from the environment)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import hashlib, hmac, os\n",
    "KEY = os.environ['CHIP_PSEUDONYM_KEY'].encode()\n",
    "pseudo = lambda chip: hmac.new(KEY, chip.encode(), hashlib.sha256).hexdigest()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"data": {"text/plain": ["                                                          chip_id  salons\n", "0  @@h1@@       2\n", "1  @@h2@@       3"]},
     "execution_count": 2, "metadata": {}, "output_type": "execute_result"}
   ],
   "source": ["dups = dogs.assign(chip_id=dogs.chip.map(pseudo)).groupby('chip_id').salon.nunique()\n", "dups[dups > 1].reset_index(name='salons').head(2)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=sha256(), h2=sha256())

add("yaml/decoy-env-substitution", "frigate/config.islington.yml", "https://docs.frigate.video/configuration/reference",
    """
# Islington salon: credentials come from FRIGATE_* environment variables (Docker secrets)
mqtt:
  enabled: false

cameras:
  table_1:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.20.2.21:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.20.2.21:554/Streaming/Channels/102
          roles: [detect]
  reception:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.20.2.22:554/Streaming/Channels/101
          roles: [detect, record]

record:
  enabled: true
  retain:
    days: 7
""")

add("yaml/decoy-secret-tags", "homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
homeassistant:
  name: Islington salon
  latitude: !secret home_latitude
  longitude: !secret home_longitude
  unit_system: metric
  time_zone: Europe/London

camera:
  - platform: generic
    name: Drying room
    still_image_url: http://10.20.2.24/ISAPI/Streaming/channels/101/picture
    username: !secret hikvision_nvr_user
    password: !secret hikvision_nvr_password

automation:
  - alias: Dryer room too warm
    trigger:
      - platform: numeric_state
        entity_id: sensor.dryer_room_temperature
        above: 27
    action:
      - service: notify.mobile_app_salon_manager
        data:
          message: "Drying room is above 27C - check the dogs in the cabinets"
""")

add("yaml/decoy-password-policy", "wagbook/config/staff_accounts.yml", "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret",
    """
# Staff login policy for the wagbook admin and groomer tablets
password:
  min_length: 12
  max_length: 128
  check_breached: true
  reuse_history: 5
  expire_days: 0
pin:
  tablet_pin_length: 6
  lockout_after: 5
  lockout_minutes: 15
mfa:
  required_roles: [manager, owner]
  methods: [totp, webauthn]
session:
  idle_timeout_minutes: 30
  tablet_idle_timeout_minutes: 480
reset:
  token_ttl_minutes: 30
  token_bytes: 32
""")

add("json/decoy-i18n-strings", "wagbook-web/src/locales/en-GB.json", "https://www.i18next.com/misc/json-format",
    """
{
  "login": {
    "title": "Staff sign in",
    "email": "Email address",
    "password": "Password",
    "pin": "Tablet PIN",
    "forgot": "Forgotten your password?",
    "error": "That email and password don't match"
  },
  "settings": {
    "integrations": "Integrations",
    "apiKey": "API key",
    "apiKeyHelp": "Paste the key from the provider's dashboard. We only show the last four characters afterwards.",
    "webhookSecret": "Webhook signing secret",
    "rotate": "Rotate key"
  },
  "booking": {
    "deposit": "A deposit of {{amount}} secures your slot",
    "noShow": "Missed appointments are charged {{fee}}"
  }
}
""")

add("yaml/decoy-openapi-security-schemes", "wagbook-api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/",
    """
openapi: 3.0.3
info:
  title: wagbook API
  version: 2024.08.2
servers:
  - url: https://api.wagtailgrooming.co.uk
components:
  securitySchemes:
    staffToken:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: Staff token from POST /auth/login. Send as `Authorization: Bearer <token>`.
    partnerKey:
      type: apiKey
      in: header
      name: X-Wagbook-Key
      description: Franchise partner key, e.g. `X-Wagbook-Key: <your partner key>`.
security:
  - staffToken: []
paths:
  /appointments:
    get:
      summary: List appointments for a salon and day
      parameters:
        - { name: salon, in: query, required: true, schema: { type: string } }
        - { name: date, in: query, required: true, schema: { type: string, format: date } }
      responses:
        "200": { description: OK }
""")

add("rust/decoy-firmware-checksums", "inventory-scanner/src/firmware.rs", "https://docs.rs/sha2/latest/sha2/",
    """
//! Known-good firmware images for the Zebra handheld scanners; checked before flashing.
use sha2::{Digest, Sha256};

pub struct Firmware {
    pub model: &'static str,
    pub version: &'static str,
    pub sha256: &'static str,
}

pub const KNOWN: &[Firmware] = &[
    Firmware { model: "DS2278", version: "PAACXS00-005-R06", sha256: "@@h1@@" },
    Firmware { model: "DS2278", version: "PAACXS00-006-R02", sha256: "@@h2@@" },
    Firmware { model: "CS6080", version: "CAACKS00-004-R01", sha256: "@@h3@@" },
];

pub fn verify(image: &[u8], model: &str, version: &str) -> bool {
    let digest = hex::encode(Sha256::digest(image));
    KNOWN.iter().any(|f| f.model == model && f.version == version && f.sha256 == digest)
}
""", h1=sha256(), h2=sha256(), h3=sha256())

add("swift/decoy-keychain", "WagbookOwner/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services",
    """
import Foundation
import Security

/// Stores the owner's session token (returned by POST /auth/verify-sms) in the Keychain.
enum TokenStore {
    private static let service = "uk.co.wagtail.owner.session"

    static func save(_ token: String) {
        let base: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                   kSecAttrService as String: service]
        SecItemDelete(base as CFDictionary)
        var item = base
        item[kSecValueData as String] = Data(token.utf8)
        item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(item as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("dart/decoy-dart-define", "wagbook_app/lib/config.dart", "https://dart.dev/guides/environment-declarations",
    """
/// Build-time configuration, passed with --dart-define-from-file=config/prod.json in CI.
class AppConfig {
  static const apiBaseUrl = String.fromEnvironment(
    'API_BASE_URL',
    defaultValue: 'https://api.wagtailgrooming.co.uk',
  );
  static const stripePublishableKey = String.fromEnvironment('STRIPE_PUBLISHABLE_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const pupcamEnabled = bool.fromEnvironment('PUPCAM_ENABLED', defaultValue: true);

  static void assertConfigured() {
    assert(stripePublishableKey.isNotEmpty, 'STRIPE_PUBLISHABLE_KEY missing from --dart-define');
  }
}
""")

add("env/decoy-redacted-env", "docs/support/ticket-4471-render-env.env", "https://render.com/docs/configure-environment-variables",
    """
# Render env group "wagbook-prod" as exported for the support ticket - values redacted by Render
NODE_ENV=production
APP_BASE_URL=https://book.wagtailgrooming.co.uk
STRIPE_SECRET_KEY=********
STRIPE_WEBHOOK_SECRET=********
TWILIO_AUTH_TOKEN=********
DATABASE_URL=postgresql://wagbook:********@dpg-internal:5432/wagbook
SENTRY_DSN=[redacted]
""")

add("conf/decoy-nginx-key-paths", "nginx/conf.d/shop-admin.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html",
    """
# admin.barksidepets.com - back office, office IP + basic auth
server {
    listen 443 ssl http2;
    server_name admin.barksidepets.com;

    ssl_certificate         /etc/letsencrypt/live/admin.barksidepets.com/fullchain.pem;
    ssl_certificate_key     /etc/letsencrypt/live/admin.barksidepets.com/privkey.pem;
    ssl_trusted_certificate /etc/letsencrypt/live/admin.barksidepets.com/chain.pem;

    allow 81.2.69.160/29;
    deny  all;

    auth_basic           "Barkside back office";
    auth_basic_user_file /etc/nginx/htpasswd/admin;

    location / {
        proxy_pass http://127.0.0.1:8069;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }
}
""")
