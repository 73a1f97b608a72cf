"""Blind set GM: bicycle repair shops and their small IT.

Workshop booking, POS and parts inventory, supplier B2B portals and price-list transfers, e-bike
diagnostics, the online shop, customer messaging, and the NAS, network and cloud bits a shop runs,
in code, configs, CI, containers, infrastructure, notebooks, runbooks, SQL, CSV and logs.
Generated fakes only (seeds 2350000-2359999).
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
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
_SEED = [2350000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 2360000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kette", "Speiche", "Ritzel", "Felge", "Nabe", "Pedal", "Sattel", "Lenker", "Bremse", "Schlauch",
         "Tandem", "Spoke", "Sprocket", "Derailleur", "Cassette", "Crank", "Fender", "Gravel", "Cadence", "Valve"]
LOWER = ["wrench", "tubeless", "presta", "bottom", "bracket", "headset", "tyre", "lever", "gear", "hub",
         "saddle", "rim", "torque", "bearing", "cable", "chain"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn(_seed(), n, alphabet)


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def upper_hex(n: int) -> str:
    return fakes.drawn(_seed(), n, "0123456789ABCDEF")


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(60))
    lines = [body] + ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, "./" + ALNUM)


def iban_de() -> str:
    bban = digits(8) + digits(10)
    check = 98 - int(bban + "131400") % 97
    return f"DE{check:02d}{bban}"


# --- vendor shapes (documented prefixes, lengths and alphabets) ---
def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk_") else 24, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def shop_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def square_token() -> str:
    return "EAAA" + chars(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + chars(43, URLSAFE)


def sumup_key() -> str:
    return "sup_sk_" + alnum(32)


def mollie_key(mode: str = "live_") -> str:
    return mode + alnum(30)


def paypal_secret() -> str:
    return "E" + chars(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + chars(79, URLSAFE)


def lightspeed_token() -> str:
    return alnum(22) + ":" + alnum(19)


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(57)) + "=-" + "".join(r.choice(ALNUM + "+/") for _ in range(43))
            + "=-" + "".join(r.choice(ALNUM) for _ in range(16)))


def jwt(payload: dict, sig_len: int = 342) -> str:
    head = b64url(json.dumps({"alg": "RS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{chars(sig_len, URLSAFE)}"


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def meta_token() -> str:
    return "EAAG" + alnum(_rng().randint(170, 200))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + alnum(16)


def mailchimp_key(dc: str = "us21") -> str:
    return hexs(32) + "-" + dc


def gmail_app_pw() -> str:
    r = _rng()
    return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def anthropic_key() -> str:
    return "sk-ant-api03-" + chars(93, URLSAFE) + "AA"


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + chars(8, up) + "/B" + chars(10, up) + "/" + alnum(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + chars(68, URLSAFE)


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def mapbox(kind: str, user: str) -> str:
    head = b64url(json.dumps({"u": user, "a": "cl" + chars(23, string.ascii_lowercase + string.digits)}, separators=(",", ":")))
    return f"{kind}.{head}.{chars(22, URLSAFE)}"


def recaptcha_key() -> str:
    return "6L" + chars(38, URLSAFE)


def google_api_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def age_secret() -> str:
    return "AGE-SECRET-KEY-1" + chars(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def django_key() -> str:
    while True:  # (a key with "@@" in it would read as a field of add())
        key = fakes.django_secret_key(_seed())
        if "@@" not in key:
            return key


def fernet_token() -> str:
    return "gAAAAAB" + chars(113, URLSAFE) + "=="


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
    CASES.append(LabelledCase(f"blind-gm/{category}", file_name, text, secret, source))


# =====================================================================================================
# POS, payments and the online shop: secrets
# =====================================================================================================

add("python/stripe-secret-key", "werkstatt/booking/payments.py", "Stripe docs: API keys, stripe-python (docs.stripe.com/keys)", '''
"""Deposit payments for workshop bookings (Saturday service slots need a 20 EUR deposit)."""
from decimal import Decimal

import stripe

from booking.models import Booking

stripe.api_key = "@@secret@@"
DEPOSIT_EUR = Decimal("20.00")


def create_deposit_intent(booking: Booking) -> str:
    intent = stripe.PaymentIntent.create(
        amount=int(DEPOSIT_EUR * 100),
        currency="eur",
        customer=booking.customer.stripe_customer_id,
        metadata={"booking_id": str(booking.id), "bike": booking.bike_label},
        description=f"Anzahlung Werkstatttermin {booking.slot:%d.%m.%Y}",
    )
    booking.payment_intent_id = intent.id
    booking.save(update_fields=["payment_intent_id"])
    return intent.client_secret


def refund_deposit(booking: Booking) -> None:
    if booking.payment_intent_id:
        stripe.Refund.create(payment_intent=booking.payment_intent_id)
''', stripe())

add("env/stripe-restricted-key", "shop/.env.production", "Stripe docs: restricted API keys (docs.stripe.com/keys#limit-access)", '''
# Online shop (Next.js) - production
NEXT_PUBLIC_SITE_URL=https://www.spokeandsprocket.co.uk
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_RESTRICTED_KEY=@@secret@@
STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}
DATABASE_URL=${DATABASE_URL}
STOCK_SYNC_INTERVAL_MIN=15
FREE_SHIPPING_THRESHOLD=75
''', stripe("rk_live_"), pk=stripe("pk_live_"))

add("typescript/stripe-webhook-secret", "shop/src/pages/api/webhooks/stripe.ts", "Stripe docs: check webhook signatures (docs.stripe.com/webhooks#verify-events)", '''
import type { NextApiRequest, NextApiResponse } from "next";
import Stripe from "stripe";
import { buffer } from "micro";
import { markOrderPaid } from "@/lib/orders";

export const config = { api: { bodyParser: false } };

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: "2024-06-20" });
// TODO move to env before go-live
const endpointSecret = "@@secret@@";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sig = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await buffer(req), sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await markOrderPaid(session.client_reference_id!, session.id);
  }
  res.json({ received: true });
}
''', whsec())

_sk = stripe()
add("k8s-secret/stripe-secret-key", "deploy/k8s/shop/stripe-secret.yaml", "Kubernetes docs: Secret data is base64 (kubernetes.io/docs/concepts/configuration/secret)", '''
apiVersion: v1
kind: Secret
metadata:
  name: stripe-credentials
  namespace: velowerk-shop
  labels:
    app.kubernetes.io/part-of: online-shop
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_ACCOUNT_COUNTRY: REU=
''', _sk, enc=b64(_sk))

add("php/shopify-admin-token", "app/Services/ShopifyInventory.php", "Shopify docs: Admin API access tokens for custom apps (shopify.dev/docs/apps/auth)", '''
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class ShopifyInventory
{
    private string $shop = 'radwerk-koeln.myshopify.com';
    private string $token = '@@secret@@';
    private string $version = '2024-07';

    public function setLevel(int $inventoryItemId, int $locationId, int $available): array
    {
        $response = Http::withHeaders(['X-Shopify-Access-Token' => $this->token])
            ->post("https://{$this->shop}/admin/api/{$this->version}/inventory_levels/set.json", [
                'location_id' => $locationId,
                'inventory_item_id' => $inventoryItemId,
                'available' => $available,
            ]);

        return $response->throw()->json();
    }
}
''', shop_token())

add("shell/shopify-admin-token", "scripts/export-open-orders.sh", "Shopify docs: GraphQL Admin API with curl (shopify.dev/docs/api/admin-graphql)", '''
#!/usr/bin/env bash
# Dumps unfulfilled orders for the morning workshop briefing.
set -euo pipefail

SHOP="pedaldepot-nl.myshopify.com"
OUT="${1:-open-orders.json}"

curl -sS -X POST "https://${SHOP}/admin/api/2024-07/graphql.json" \\
  -H "Content-Type: application/json" \\
  -H "X-Shopify-Access-Token: @@secret@@" \\
  -d '{"query":"{ orders(first: 50, query: \\"fulfillment_status:unfulfilled\\") { edges { node { name createdAt } } } }"}' \\
  > "$OUT"

jq -r '.data.orders.edges[].node | "\\(.name)\\t\\(.createdAt)"' "$OUT"
''', shop_token())

add("toml/shopify-api-secret", "tools/stocksync/config.toml", "Shopify docs: legacy private app credentials (shopify.dev/docs/apps/auth)", '''
[pos]
vendor = "lightspeed-x"
domain_prefix = "kettenblatt"
outlet = "Hauptladen"

[shopify]
shop = "kettenblatt-bikes.myshopify.com"
api_key = "@@key@@"
api_secret = "@@secret@@"
location_id = 71839204411

[sync]
interval_minutes = 10
skip_tags = ["werkstatt-intern", "ersatzteil-reserviert"]
''', shop_token("shpss_"), key=hexs(32))

add("github-actions/shopify-theme-token", ".github/workflows/theme-deploy.yml", "Shopify CLI docs: Theme Access app passwords in CI (shopify.dev/docs/themes/tools/cli/ci-cd)", '''
name: Deploy theme
on:
  push:
    branches: [main]
    paths: ["theme/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_FLAG_STORE: spoke-sprocket.myshopify.com
      SHOPIFY_CLI_THEME_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g @shopify/cli@3
      - run: shopify theme push --path theme --live --allow-live --json
''', shop_token("shptka_"))

add("ruby/shopify-api-secret", "config/initializers/shopify.rb", "shopify_api gem README: ShopifyAPI::Context.setup (github.com/Shopify/shopify-api-ruby)", '''
# frozen_string_literal: true

ShopifyAPI::Context.setup(
  api_key: "@@key@@",
  api_secret_key: "@@secret@@",
  host: "https://apps.rijwielhuis-devries.nl",
  scope: "read_orders,write_inventory,read_products",
  is_embedded: false,
  api_version: "2024-07",
  is_private: false,
)

ShopifyAPI::Context.load_rest_resources(api_version: "2024-07")
''', hexs(32), key=hexs(32))

add("python/square-access-token", "pos/square_sync.py", "Square docs: access tokens and squareup Python SDK (developer.squareup.com/docs/build-basics/access-tokens)", '''
"""Nightly: pull Square POS sales into the parts inventory (stock decrements per SKU)."""
import datetime as dt

from square.client import Client

from inventory import db

client = Client(
    access_token="@@secret@@",
    environment="production",
)
LOCATION_ID = "L4TQ9ZK2M8W1B"


def pull_yesterday() -> int:
    end = dt.datetime.now(dt.timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    start = end - dt.timedelta(days=1)
    result = client.orders.search_orders(body={
        "location_ids": [LOCATION_ID],
        "query": {"filter": {"date_time_filter": {"closed_at": {"start_at": start.isoformat(), "end_at": end.isoformat()}}}},
    })
    if result.is_error():
        raise RuntimeError(result.errors)
    count = 0
    for order in result.body.get("orders", []):
        for item in order.get("line_items", []):
            db.decrement(item.get("catalog_object_id"), int(item["quantity"]))
            count += 1
    return count
''', square_token())

add("yaml/square-application-secret", "config/square-oauth.yml", "Square docs: OAuth application secret (developer.squareup.com/docs/oauth-api/overview)", '''
# OAuth app used by the booking site to take card-on-file for repairs
square:
  environment: production
  application_id: sq0idp-@@appid@@
  application_secret: @@secret@@
  redirect_url: https://termine.velowerk-leipzig.de/oauth/square/callback
  scopes:
    - PAYMENTS_WRITE
    - CUSTOMERS_READ
    - CUSTOMERS_WRITE
''', square_secret(), appid=chars(22, URLSAFE))

add("go/sumup-api-key", "cmd/terminal-bridge/main.go", "SumUp docs: API keys with the sup_sk_ prefix (developer.sumup.com/docs/authorization)", '''
package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"time"
)

const (
	sumupAPI    = "https://api.sumup.com/v0.1"
	sumupAPIKey = "@@secret@@"
	merchant    = "MCRNF79M"
)

type checkout struct {
	Reference string  `json:"checkout_reference"`
	Amount    float64 `json:"amount"`
	Currency  string  `json:"currency"`
	Merchant  string  `json:"merchant_code"`
}

func createCheckout(ref string, amount float64) (*http.Response, error) {
	body, _ := json.Marshal(checkout{Reference: ref, Amount: amount, Currency: "EUR", Merchant: merchant})
	req, _ := http.NewRequest(http.MethodPost, sumupAPI+"/checkouts", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+sumupAPIKey)
	req.Header.Set("Content-Type", "application/json")
	c := &http.Client{Timeout: 15 * time.Second}
	return c.Do(req)
}

func main() {
	resp, err := createCheckout("REP-2024-0815", 89.90)
	if err != nil {
		log.Fatal(err)
	}
	log.Println("checkout:", resp.Status)
}
''', sumup_key())

add("json/mollie-api-key", "shop-api/config/production.json", "Mollie docs: API keys live_ and test_ (docs.mollie.com/overview/authentication)", '''
{
  "port": 8080,
  "publicUrl": "https://winkel.fietsmakerij-utrecht.nl",
  "mollie": {
    "apiKey": "@@secret@@",
    "webhookUrl": "https://winkel.fietsmakerij-utrecht.nl/api/mollie/webhook",
    "methods": ["ideal", "bancontact", "creditcard"]
  },
  "mail": {
    "from": "winkel@fietsmakerij-utrecht.nl"
  },
  "stock": {
    "lowStockThreshold": 3
  }
}
''', mollie_key())

add("csharp/mollie-api-key", "src/Werkplaats.Api/Payments/MollieSetup.cs", "Mollie.Api .NET client README (github.com/Viincenttt/MollieApi)", '''
using Mollie.Api.Client;
using Mollie.Api.Client.Abstract;
using Mollie.Api.Models;
using Mollie.Api.Models.Payment.Request;

namespace Werkplaats.Api.Payments;

public static class MollieSetup
{
    private const string ApiKey = "@@secret@@";

    public static IPaymentClient CreateClient(HttpClient http) => new PaymentClient(ApiKey, http);

    public static PaymentRequest RepairInvoice(string orderNumber, decimal total) => new()
    {
        Amount = new Amount(Currency.EUR, total),
        Description = $"Reparatie {orderNumber}",
        RedirectUrl = $"https://werkplaats.fietshuis-gent.be/betaald/{orderNumber}",
        WebhookUrl = "https://werkplaats.fietshuis-gent.be/api/mollie",
        Metadata = orderNumber,
    };
}
''', mollie_key())

add("java/paypal-client-secret", "src/main/java/uk/spokesprocket/pay/PayPalConfig.java", "PayPal docs: REST API credentials, client id and secret (developer.paypal.com/api/rest)", '''
package uk.spokesprocket.pay;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PayPalConfig {

    private static final String CLIENT_ID = "@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    @Bean
    public PayPalHttpClient payPalHttpClient() {
        PayPalEnvironment env = new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET);
        return new PayPalHttpClient(env);
    }
}
''', paypal_secret(), cid=paypal_client_id())

add("properties/paypal-client-secret", "src/main/resources/application-prod.properties", "PayPal docs: REST API credentials (developer.paypal.com/api/rest)", '''
spring.application.name=bikeshop-checkout
server.port=8443
server.ssl.enabled=true

paypal.mode=live
paypal.client.id=@@cid@@
paypal.client.secret=@@secret@@
paypal.return-url=https://shop.cyclecentral.ie/checkout/paypal/return

spring.jpa.open-in-view=false
logging.level.org.springframework.web=INFO
''', paypal_secret(), cid=paypal_client_id())

add("python/lightspeed-personal-token", "sync/lightspeed_stock.py", "Lightspeed Retail (X-Series) API docs: personal tokens (x-series-api.lightspeedhq.com/docs/authorization)", '''
import requests

DOMAIN_PREFIX = "chainlinecycles"
BASE = f"https://{DOMAIN_PREFIX}.retail.lightspeed.app/api/2.0"
TOKEN = "@@secret@@"

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"})


def inventory_for(product_id: str) -> list:
    r = session.get(f"{BASE}/products/{product_id}/inventory", timeout=20)
    r.raise_for_status()
    return r.json()["data"]


def low_stock(threshold: int = 2) -> list:
    products = session.get(f"{BASE}/products", params={"page_size": 200}, timeout=30).json()["data"]
    out = []
    for p in products:
        for level in inventory_for(p["id"]):
            if level["inventory_level"] <= threshold:
                out.append((p["sku"], p["name"], level["inventory_level"]))
    return out


if __name__ == "__main__":
    for sku, name, level in low_stock():
        print(f"{sku:<18} {level:>3}  {name}")
''', lightspeed_token())

add("ini/lightspeed-client-secret", "legacy/rseries_sync.ini", "Lightspeed Retail (R-Series) docs: OAuth client credentials (developers.lightspeedhq.com/retail/authentication)", '''
; R-Series -> Excel stock report, runs on the back-office PC at 06:30
[lightspeed]
account_id = 291847
client_id = @@cid@@
client_secret = @@secret@@
refresh_token_file = C:\\ProgramData\\RSeriesSync\\refresh.token

[report]
shop_id = 1
category_filter = Ersatzteile;Reifen;Schlaeuche
output = \\\\NAS01\\buero\\lager\\bestand.xlsx
''', hexs(64), cid=hexs(64))

add("kotlin/adyen-api-key", "backend/src/main/kotlin/nl/fietsplan/pay/AdyenClient.kt", "Adyen docs: API credentials and API key (docs.adyen.com/development-resources/api-credentials)", '''
package nl.fietsplan.pay

import com.adyen.Client
import com.adyen.enums.Environment
import com.adyen.service.checkout.PaymentsApi

object AdyenClient {
    private const val API_KEY = "@@secret@@"
    private const val MERCHANT_ACCOUNT = "FietsplanECOM"
    private const val LIVE_PREFIX = "1797a841fbb37ca7-FietsplanBV"

    val client: Client by lazy { Client(API_KEY, Environment.LIVE, LIVE_PREFIX) }
    val payments: PaymentsApi by lazy { PaymentsApi(client) }

    fun merchantAccount() = MERCHANT_ACCOUNT
}
''', adyen_key())

add("php/woocommerce-consumer-secret", "tools/werkstatt-sync/sync.php", "WooCommerce REST API docs: consumer key and secret (woocommerce.github.io/woocommerce-rest-api-docs)", '''
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://www.zweirad-hofmann.de',
    'ck_@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

// Ersatzteile mit Lagerbestand aus der Warenwirtschaft abgleichen
$rows = array_map('str_getcsv', file(__DIR__ . '/export/bestand.csv'));
array_shift($rows);
foreach ($rows as [$sku, $menge]) {
    $found = $woocommerce->get('products', ['sku' => $sku]);
    if (!$found) {
        continue;
    }
    $woocommerce->put('products/' . $found[0]->id, ['stock_quantity' => (int) $menge]);
}
''', "cs_" + hexs(40), ck=hexs(40))

_zettle_key = jwt({"iss": "iZettle", "aud": "API", "exp": 2147483647, "sub": uuid_s(), "iat": 1712048122,
                   "scopes": ["READ:PURCHASE", "READ:PRODUCT", "WRITE:PRODUCT"], "client_id": uuid_s()})
add("typescript/zettle-api-key", "integrations/zettle/auth.ts", "Zettle by PayPal docs: assertion grant with an API key (developer.zettle.com/docs/get-started/user-guides/create-api-keys)", '''
import fetch from "node-fetch";

const CLIENT_ID = "@@cid@@";
const API_KEY =
  "@@secret@@";

export async function zettleAccessToken(): Promise<string> {
  const body = new URLSearchParams({
    grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
    client_id: CLIENT_ID,
    assertion: API_KEY,
  });
  const res = await fetch("https://oauth.zettle.com/token", { method: "POST", body });
  if (!res.ok) throw new Error(`Zettle token: ${res.status}`);
  const json = (await res.json()) as { access_token: string };
  return json.access_token;
}
''', _zettle_key, cid=uuid_s())

add("notebook/woocommerce-consumer-secret", "analysis/webshop_sales_q2.ipynb", "WooCommerce REST API Python library (github.com/woocommerce/wc-api-python)", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Webshop Q2: which spare parts sell online vs. in the workshop"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from woocommerce import API\n",
    "\n",
    "wcapi = API(url=\"https://shop.fahrradladen-ost.de\",\n",
    "            consumer_key=\"ck_@@ck@@\",\n",
    "            consumer_secret=\"@@secret@@\",\n",
    "            version=\"wc/v3\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "orders = wcapi.get(\"orders\", params={\"after\": \"2024-04-01T00:00:00\", \"per_page\": 100}).json()\n",
    "lines = [(o[\"id\"], li[\"sku\"], li[\"quantity\"], float(li[\"total\"])) for o in orders for li in o[\"line_items\"]]\n",
    "df = pd.DataFrame(lines, columns=[\"order\", \"sku\", \"qty\", \"total\"])\n",
    "df.groupby(\"sku\").sum().sort_values(\"total\", ascending=False).head(15)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', "cs_" + hexs(40), ck=hexs(40))


# =====================================================================================================
# Customer messaging: secrets
# =====================================================================================================

add("python/twilio-auth-token", "notify/sms.py", "Twilio docs: Account SID and Auth Token, twilio-python (twilio.com/docs/iam/credentials/api)", '''
"""SMS when a repair is ready for pick-up."""
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+447700900184"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATE = ("Hi {first_name}, your {bike} is ready for collection at Spoke & Sprocket. "
            "Total due: \\u00a3{total:.2f}. Open Tue-Sat 9-6.")


def ready_for_pickup(job) -> str:
    msg = client.messages.create(
        to=job.customer.mobile,
        from_=FROM_NUMBER,
        body=TEMPLATE.format(first_name=job.customer.first_name, bike=job.bike_label, total=job.total),
    )
    return msg.sid
''', hexs(32), sid=twilio_sid())

add("env/twilio-auth-token", "booking-bot/.env", "Twilio docs: environment variables for credentials (twilio.com/docs/usage/secure-credentials)", '''
NODE_ENV=production
PORT=3000
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_MESSAGING_SERVICE_SID=@@mg@@
BOOKING_API_URL=http://booking:8000/api
REMINDER_HOURS_BEFORE=24
''', hexs(32), sid=twilio_sid(), mg=twilio_sid("MG"))

add("yaml/twilio-api-key-secret", "config/messaging.yaml", "Twilio docs: API keys (SK sid and secret) (twilio.com/docs/iam/api-keys)", '''
messaging:
  provider: twilio
  account_sid: @@sid@@
  api_key_sid: @@sk@@
  api_key_secret: @@secret@@
  from: "+31970102054"
  quiet_hours:
    start: "21:00"
    end: "08:00"
  templates:
    booking_confirmed: "Je afspraak bij de werkplaats staat op {date} om {time}."
    repair_ready: "Je fiets is klaar! Ophalen kan tot 18:00."
''', alnum(32), sid=twilio_sid(), sk=twilio_sid("SK"))

add("python/whatsapp-access-token", "messaging/whatsapp_reminders.py", "Meta docs: WhatsApp Cloud API access tokens (developers.facebook.com/docs/whatsapp/cloud-api/get-started)", '''
import requests

PHONE_NUMBER_ID = "118273645509812"
GRAPH = f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages"
HEADERS = {
    "Authorization": "Bearer @@secret@@",
    "Content-Type": "application/json",
}


def send_service_reminder(phone: str, name: str, date: str) -> dict:
    payload = {
        "messaging_product": "whatsapp",
        "to": phone,
        "type": "template",
        "template": {
            "name": "service_reminder_de",
            "language": {"code": "de"},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": name}, {"type": "text", "text": date}]}],
        },
    }
    r = requests.post(GRAPH, json=payload, headers=HEADERS, timeout=10)
    r.raise_for_status()
    return r.json()
''', meta_token())

add("compose/whatsapp-access-token", "deploy/reminder-bot/docker-compose.yml", "Meta docs: WhatsApp Cloud API system user tokens (developers.facebook.com/docs/whatsapp/business-management-api/get-started)", '''
services:
  reminder-bot:
    image: ghcr.io/velowerk/reminder-bot:1.8.2
    restart: unless-stopped
    environment:
      WA_PHONE_NUMBER_ID: "104938271650283"
      WA_BUSINESS_ACCOUNT_ID: "128374650019283"
      WA_TOKEN: "@@secret@@"
      BOOKING_DB_URL: postgres://reminder@db:5432/booking
      TZ: Europe/Berlin
    depends_on:
      - db
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
''', meta_token())

add("python/telegram-bot-token", "bots/werkstatt_bot.py", "python-telegram-bot docs: Application.builder().token() (docs.python-telegram-bot.org)", '''
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from workshop import queue

TEAM_CHAT_ID = -1001893746251


async def heute(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    jobs = queue.today()
    lines = [f"{j.slot:%H:%M} {j.bike} - {j.task}" for j in jobs] or ["Keine Termine heute."]
    await update.message.reply_text("\\n".join(lines))


async def fertig(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    job_id = int(context.args[0])
    queue.mark_done(job_id)
    await context.bot.send_message(TEAM_CHAT_ID, f"Auftrag {job_id} fertig.")


def main() -> None:
    app = Application.builder().token("@@secret@@").build()
    app.add_handler(CommandHandler("heute", heute))
    app.add_handler(CommandHandler("fertig", fertig))
    app.run_polling()


if __name__ == "__main__":
    main()
''', fakes.telegram_token(_seed()))

add("json/telegram-bot-token", "node-red/settings/telegram.json", "Telegram Bot API docs: bot token from BotFather (core.telegram.org/bots/api)", '''
{
  "bot": {
    "name": "FietsmakerijBot",
    "username": "fietsmakerij_werkplaats_bot",
    "token": "@@secret@@",
    "updateMode": "polling",
    "pollInterval": 300
  },
  "chats": {
    "werkplaats": -1002039485721,
    "eigenaar": 481920374
  },
  "notify": ["nieuwe_afspraak", "onderdeel_binnen", "voorraad_laag"]
}
''', fakes.telegram_token(_seed()))

add("github-actions/telegram-bot-token", ".github/workflows/notify-deploy.yml", "appleboy/telegram-action README (github.com/appleboy/telegram-action)", '''
name: Notify team
on:
  workflow_run:
    workflows: ["Deploy booking site"]
    types: [completed]

jobs:
  telegram:
    runs-on: ubuntu-latest
    steps:
      - name: Send message
        uses: appleboy/telegram-action@v1.0.0
        with:
          to: "-1001739284650"
          token: "@@secret@@"
          message: |
            Booking site deploy: ${{ github.event.workflow_run.conclusion }}
            ${{ github.event.workflow_run.html_url }}
''', fakes.telegram_token(_seed()))

add("php/sendgrid-api-key", "includes/mail/send_quote.php", "SendGrid PHP library README (github.com/sendgrid/sendgrid-php)", '''
<?php
require_once __DIR__ . '/../../vendor/autoload.php';

function send_repair_quote(string $to, string $name, string $pdfPath, string $quoteNo): bool
{
    $email = new \\SendGrid\\Mail\\Mail();
    $email->setFrom('werkstatt@radhaus-muenster.de', 'Radhaus Münster Werkstatt');
    $email->setSubject("Ihr Kostenvoranschlag {$quoteNo}");
    $email->addTo($to, $name);
    $email->addContent('text/plain', "Hallo {$name},\\nanbei der Kostenvoranschlag für Ihr Rad.");
    $email->addAttachment(base64_encode(file_get_contents($pdfPath)), 'application/pdf', "KVA-{$quoteNo}.pdf");

    $sendgrid = new \\SendGrid('@@secret@@');
    $response = $sendgrid->send($email);

    return $response->statusCode() < 300;
}
''', sendgrid_key())

add("yaml/mailgun-api-key", "config/mail.yml", "Mailgun docs: API keys and sending domains (documentation.mailgun.com)", '''
default: &default
  delivery: mailgun
  from: "Chainline Cycles <service@mg.chainlinecycles.com>"

production:
  <<: *default
  mailgun:
    domain: mg.chainlinecycles.com
    api_key: @@secret@@
    region: us

development:
  <<: *default
  delivery: letter_opener
''', hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("ruby/postmark-server-token", "config/environments/production.rb", "postmark-rails README: postmark_settings api_token (github.com/ActiveCampaign/postmark-rails)", '''
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "book.northsidebikeworks.com", protocol: "https" }

  config.active_record.dump_schema_after_migration = false
end
''', uuid_s())

add("typescript/brevo-api-key", "shop/src/lib/newsletter.ts", "Brevo API docs: api-key header (developers.brevo.com/docs/getting-started)", '''
const BREVO_URL = "https://api.brevo.com/v3/contacts";
const BREVO_KEY = "@@secret@@";
const LIST_WORKSHOP_NEWS = 7;

export async function subscribe(email: string, firstName?: string): Promise<void> {
  const res = await fetch(BREVO_URL, {
    method: "POST",
    headers: {
      "api-key": BREVO_KEY,
      "content-type": "application/json",
      accept: "application/json",
    },
    body: JSON.stringify({
      email,
      attributes: { FIRSTNAME: firstName ?? "" },
      listIds: [LIST_WORKSHOP_NEWS],
      updateEnabled: true,
    }),
  });
  if (!res.ok && res.status !== 204) {
    throw new Error(`Brevo ${res.status}: ${await res.text()}`);
  }
}
''', brevo_key())

_mc = mailchimp_key("us21")
add("python/mailchimp-api-key", "marketing/sync_customers.py", "Mailchimp Marketing Python client: set_config api_key and server (mailchimp.com/developer/marketing/guides/quick-start)", '''
import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

from pos.export import customers_with_consent

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})
AUDIENCE = "b7e41c09d2"

for c in customers_with_consent():
    try:
        client.lists.set_list_member(AUDIENCE, c.email_hash, {
            "email_address": c.email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": c.first_name, "BIKE": c.bike_brand or ""},
        })
    except ApiClientError as err:
        print(c.email, err.text)
''', _mc)

add("msmtp/smtp-password", "ops/werkstatt-pc/msmtprc", "msmtp manual: configuration files (marlam.de/msmtp/msmtp.html)", '''
# msmtp for the cron reports on the back-office Linux box
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        werkstatt
host           smtp.office365.com
port           587
from           werkstatt@radsport-kaiser.at
user           werkstatt@radsport-kaiser.at
password       @@secret@@

account default : werkstatt
''', words_pw())

add("python/smtp-password", "invoices/mailer.py", "Python docs: smtplib.SMTP.login (docs.python.org/3/library/smtplib.html)", '''
import smtplib
from email.message import EmailMessage
from pathlib import Path

SMTP_HOST = "smtp.strato.de"
SMTP_USER = "rechnung@fahrrad-brandt.de"


def send_invoice(to: str, pdf: Path, number: str) -> None:
    msg = EmailMessage()
    msg["From"] = f"Fahrrad Brandt <{SMTP_USER}>"
    msg["To"] = to
    msg["Subject"] = f"Rechnung {number}"
    msg.set_content("Vielen Dank für Ihren Besuch. Ihre Rechnung finden Sie im Anhang.")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:
        smtp.login(SMTP_USER, "@@secret@@")
        smtp.send_message(msg)
''', rand_pw(16, "!$%"))

add("yaml/gmail-app-password", "booking/config/settings.yaml", "Google Account Help: sign in with app passwords (support.google.com/accounts/answer/185833)", '''
shop:
  name: Pedal Depot
  timezone: Europe/Dublin
  slots_per_day: 8
  saturday_slots: 4

email:
  backend: smtp
  host: smtp.gmail.com
  port: 587
  use_tls: true
  username: pedaldepot.bookings@gmail.com
  password: "@@secret@@"
  bcc_workshop: true

reminders:
  day_before: true
  sms: false
''', gmail_app_pw())

add("php/smtp-password", "wp-content/mu-plugins/smtp-config.php", "WP Mail SMTP docs: defining constants in wp-config (wpmailsmtp.com/docs/how-to-secure-smtp-settings-by-using-constants)", '''
<?php
/**
 * Plugin Name: SMTP-Einstellungen (Werkstatt)
 */
define( 'WPMS_ON', true );
define( 'WPMS_MAIL_FROM', 'info@velo-schmiede.ch' );
define( 'WPMS_MAIL_FROM_NAME', 'Velo-Schmiede' );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'mail.infomaniak.com' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SSL', 'tls' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'info@velo-schmiede.ch' );
define( 'WPMS_SMTP_PASS', '@@secret@@' );
define( 'WPMS_SMTP_AUTOTLS', true );
''', words_pw())

add("csharp/smtp-password", "BackOffice/Mail/ReminderMailer.cs", "MailKit docs: SmtpClient.Authenticate (mimekit.net/docs)", '''
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace BackOffice.Mail;

public sealed class ReminderMailer
{
    public async Task SendAsync(string to, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Cycle Central Workshop", "workshop@cyclecentral.ie"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync("smtp.blacknight.com", 587, SecureSocketOptions.StartTls);
        await client.AuthenticateAsync("workshop@cyclecentral.ie", "@@secret@@");
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }
}
''', rand_pw(14, "#!"))

add("typescript/openai-api-key", "chat-widget/server/assistant.ts", "OpenAI docs: API keys and the Node SDK (platform.openai.com/docs/api-reference/authentication)", '''
import OpenAI from "openai";

const openai = new OpenAI({
  apiKey: "@@secret@@",
});

const SYSTEM = `You answer questions for a bicycle repair shop: opening hours, booking a service,
what a standard service includes, tubeless conversions and e-bike battery checks.
Never quote a final price; point to the booking page instead.`;

export async function answer(question: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    temperature: 0.3,
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0]?.message?.content ?? "";
}
''', fakes.openai_key(_seed()))

add("python/anthropic-api-key", "tools/quote_summary.py", "Anthropic docs: API keys and the Python SDK (docs.anthropic.com/en/api/getting-started)", '''
"""Turns the mechanic's shorthand notes into a customer-friendly repair quote summary."""
import sys

import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

PROMPT = """Rewrite these workshop notes as a short, friendly summary for the customer.
Keep part names and prices exactly as written.

Notes:
{notes}"""


def summarise(notes: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": PROMPT.format(notes=notes)}],
    )
    return msg.content[0].text


if __name__ == "__main__":
    print(summarise(sys.stdin.read()))
''', anthropic_key())

add("java/messagebird-access-key", "src/main/java/be/fietsdokter/sms/SmsService.java", "MessageBird Java client README (github.com/messagebird/java-rest-api)", '''
package be.fietsdokter.sms;

import com.messagebird.MessageBirdClient;
import com.messagebird.MessageBirdService;
import com.messagebird.MessageBirdServiceImpl;
import com.messagebird.exceptions.GeneralException;
import com.messagebird.exceptions.UnauthorizedException;
import java.math.BigInteger;
import java.util.List;

public class SmsService {
    private static final String ACCESS_KEY = "@@secret@@";
    private final MessageBirdClient client;

    public SmsService() {
        MessageBirdService service = new MessageBirdServiceImpl(ACCESS_KEY);
        this.client = new MessageBirdClient(service);
    }

    public void fietsKlaar(String gsm, String naam) throws UnauthorizedException, GeneralException {
        String body = "Dag " + naam + ", je fiets is klaar bij De Fietsdokter. Tot straks!";
        client.sendMessage("Fietsdokter", body, List.of(new BigInteger(gsm.replace("+", ""))));
    }
}
''', alnum(25))

add("shell/slack-webhook", "cron/daily-sales-to-slack.sh", "Slack docs: sending messages using incoming webhooks (api.slack.com/messaging/webhooks)", '''
#!/bin/sh
# 19:05 daily: post the day's till totals into #shop
TOTAL=$(psql -tA -d pos -c "select coalesce(sum(total),0) from sales where sold_at::date = current_date")
REPAIRS=$(psql -tA -d pos -c "select count(*) from workshop_jobs where closed_at::date = current_date")

curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Today: ${TOTAL} EUR takings, ${REPAIRS} repairs closed.\\"}" \\
  @@secret@@
''', slack_webhook())

_teams = ("https://radhauszentrum.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/"
          + hexs(32) + "/" + uuid_s() + "/V2" + chars(43, URLSAFE))
add("powershell/teams-webhook", "scripts/Send-BackupReport.ps1", "Microsoft Learn: create an Incoming Webhook for Teams (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors)", '''
param(
    [string]$LogPath = "D:\\Backup\\Logs\\latest.log"
)

$webhook = "@@secret@@"

$failed = Select-String -Path $LogPath -Pattern "ERROR" | Measure-Object
$status = if ($failed.Count -eq 0) { "OK" } else { "$($failed.Count) Fehler" }

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "NAS-Sicherung"
    text       = "Nächtliche Sicherung NAS01 -> USB: **$status** ($(Get-Date -Format 'dd.MM.yyyy HH:mm'))"
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType "application/json; charset=utf-8"
''', _teams)

add("python/discord-webhook", "community/group_rides.py", "Discord docs: execute webhook (discord.com/developers/docs/resources/webhook)", '''
"""Posts the Saturday group ride into the shop's Discord #rides channel."""
import datetime as dt

import requests

WEBHOOK = "@@secret@@"


def announce(route_name: str, km: int, start: dt.datetime, komoot_url: str) -> None:
    requests.post(WEBHOOK, json={
        "username": "Shop Ride Bot",
        "embeds": [{
            "title": f"Saturday ride: {route_name}",
            "description": f"{km} km, no-drop pace. Meet at the shop {start:%H:%M}.",
            "url": komoot_url,
            "color": 0x2ECC71,
        }],
    }, timeout=10).raise_for_status()
''', discord_webhook())

add("yaml/zendesk-api-token", "helpdesk/sync-config.yaml", "Zendesk docs: API token authentication email/token (developer.zendesk.com/api-reference/introduction/security-and-auth)", '''
zendesk:
  subdomain: chainlinecycles
  email: ops@chainlinecycles.com/token
  api_token: @@secret@@
  brand_id: 360004918273

mapping:
  ticket_form_workshop: 1900000183746
  custom_fields:
    bike_model: 360029384756
    frame_number: 360029384757
    warranty_case: 360029384758

schedule: "*/10 * * * *"
''', alnum(40))

_intercom = b64("tok:" + uuid_s() + ":1:0")
add("typescript/intercom-access-token", "shop/src/server/intercom.ts", "Intercom docs: access tokens for private apps (developers.intercom.com/docs/build-an-integration/learn-more/authentication)", '''
import { Client } from "intercom-client";

const client = new Client({ tokenAuth: { token: "@@secret@@" } });

export async function upsertCustomer(email: string, name: string, bikes: string[]) {
  return client.contacts.createUser({
    externalId: email,
    email,
    name,
    customAttributes: { bikes: bikes.join(", "), last_service: new Date().toISOString() },
  });
}
''', _intercom)

add("github-actions/hubspot-private-app-token", ".github/workflows/crm-sync.yml", "HubSpot docs: private app access tokens (developers.hubspot.com/docs/api/private-apps)", '''
name: CRM sync
on:
  schedule:
    - cron: "15 5 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r crm/requirements.txt
      - name: Push workshop customers to HubSpot
        env:
          HUBSPOT_TOKEN: @@secret@@
          POS_EXPORT_URL: ${{ vars.POS_EXPORT_URL }}
        run: python crm/sync.py --since yesterday
''', "pat-eu1-" + uuid_s())

add("ruby/klaviyo-private-key", "lib/tasks/klaviyo.rake", "Klaviyo docs: private API keys start pk_ (developers.klaviyo.com/en/docs/authenticate_)", '''
require "net/http"
require "json"

KLAVIYO_PRIVATE_KEY = "@@secret@@"

namespace :klaviyo do
  desc "Send service-due events for bikes last serviced 11 months ago"
  task service_due: :environment do
    uri = URI("https://a.klaviyo.com/api/events/")
    Bike.service_due.find_each do |bike|
      req = Net::HTTP::Post.new(uri)
      req["Authorization"] = "Klaviyo-API-Key #{KLAVIYO_PRIVATE_KEY}"
      req["revision"] = "2024-07-15"
      req["content-type"] = "application/json"
      req.body = {
        data: { type: "event", attributes: {
          metric: { data: { type: "metric", attributes: { name: "Service Due" } } },
          profile: { data: { type: "profile", attributes: { email: bike.owner.email } } },
          properties: { bike: bike.label, last_service: bike.last_service_on }
        } }
      }.to_json
      Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    end
  end
end
''', "pk_" + hexs(34))


# =====================================================================================================
# Workshop booking and databases: secrets
# =====================================================================================================

add("python/calcom-api-key", "booking/calcom_import.py", "Cal.com API docs: API keys cal_live_ (cal.com/docs/api-reference/v1/authentication)", '''
"""Imports Cal.com bookings of the 'Inspektion' event type into the workshop queue."""
import requests

from workshop.queue import add_job

CAL_API = "https://api.cal.com/v1"
CAL_KEY = "@@secret@@"
EVENT_TYPE_INSPEKTION = 873412


def fetch_upcoming() -> list:
    r = requests.get(f"{CAL_API}/bookings", params={"apiKey": CAL_KEY, "status": "upcoming"}, timeout=15)
    r.raise_for_status()
    return [b for b in r.json()["bookings"] if b["eventTypeId"] == EVENT_TYPE_INSPEKTION]


def run() -> None:
    for b in fetch_upcoming():
        attendee = b["attendees"][0]
        add_job(external_id=b["uid"], customer=attendee["name"], email=attendee["email"],
                start=b["startTime"], notes=b.get("description") or "")
''', "cal_live_" + hexs(32))

add("env/simplybook-secret-key", "termine/.env", "SimplyBook.me API docs: company login, API key and secret key (simplybook.me/en/api/developer-api)", '''
APP_ENV=production
APP_URL=https://termine.zweiradwerk.de
SIMPLYBOOK_COMPANY=zweiradwerk
SIMPLYBOOK_API_URL=https://user-api.simplybook.me
SIMPLYBOOK_USER=admin
SIMPLYBOOK_SECRET_KEY=@@secret@@
QUEUE_CONNECTION=database
MAIL_MAILER=log
''', hexs(64))

_acuity_uid = digits(8)
_acuity_key = hexs(32)
add("php/acuity-api-key", "src/Booking/AcuityClient.php", "Acuity Scheduling API docs: Basic auth with user id and API key (developers.acuityscheduling.com/reference/quick-start)", '''
<?php

namespace Velohaus\\Booking;

use GuzzleHttp\\Client;

final class AcuityClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://acuityscheduling.com/api/v1/',
            'auth' => ['@@uid@@', '@@secret@@'],
            'timeout' => 10,
        ]);
    }

    /** @return array<int, array<string, mixed>> */
    public function appointments(string $minDate): array
    {
        $res = $this->http->get('appointments', ['query' => ['minDate' => $minDate, 'max' => 100]]);
        return json_decode((string) $res->getBody(), true);
    }
}
''', _acuity_key, uid=_acuity_uid)

add("go/postgres-password", "internal/store/store.go", "lib/pq docs: connection string URLs (pkg.go.dev/github.com/lib/pq)", '''
package store

import (
	"database/sql"
	"time"

	_ "github.com/lib/pq"
)

const dsn = "postgres://werkstatt_app:@@secret@@@db.internal.velowerk.de:5432/werkstatt?sslmode=require"

type Store struct{ db *sql.DB }

func Open() (*Store, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(10)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return &Store{db: db}, db.Ping()
}

func (s *Store) OpenJobs() (*sql.Rows, error) {
	return s.db.Query(`SELECT id, bike, task, promised_at FROM jobs WHERE closed_at IS NULL ORDER BY promised_at`)
}
''', rand_pw(18))

add("yaml/postgres-password", "config/database.yml", "Rails guides: configuring a database, database.yml (guides.rubyonrails.org/configuring.html)", '''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: bikeworks_development

test:
  <<: *default
  database: bikeworks_test

production:
  <<: *default
  host: bikeworks-db.c7x2kq9mzt1p.eu-west-2.rds.amazonaws.com
  database: bikeworks_production
  username: bikeworks
  password: @@secret@@
''', words_pw())

add("json/mssql-password", "WorkshopManager/appsettings.Production.json", "Microsoft Learn: SQL Server connection strings (learn.microsoft.com/dotnet/framework/data/adonet/connection-strings)", '''
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Workshop": "Server=SRV-BUERO\\\\SQLEXPRESS;Database=Werkstatt;User Id=werkstatt_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Booking": {
    "SlotMinutes": 30,
    "OpenFrom": "09:00",
    "OpenUntil": "18:00"
  },
  "AllowedHosts": "*"
}
''', words_pw())

add("sql/mysql-password", "db/migrations/2024_03_01_create_pos_sync_user.sql", "MySQL docs: CREATE USER ... IDENTIFIED BY (dev.mysql.com/doc/refman/8.0/en/create-user.html)", '''
-- Read-only user for the POS -> webshop stock bridge
CREATE USER IF NOT EXISTS 'pos_sync'@'192.168.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON warenwirtschaft.artikel TO 'pos_sync'@'192.168.20.%';
GRANT SELECT ON warenwirtschaft.lagerbestand TO 'pos_sync'@'192.168.20.%';
GRANT SELECT, INSERT ON warenwirtschaft.sync_log TO 'pos_sync'@'192.168.20.%';
FLUSH PRIVILEGES;
''', rand_pw(16, "#%"))

add("sql/sendcloud-secret-key", "db/seed/integration_settings.sql", "Sendcloud API docs: public and secret key Basic auth (api.sendcloud.dev/docs/getting-started/authentication)", '''
-- Seed for the new webshop server (copied from the old one, 2024-05)
INSERT INTO integration_settings (provider, setting, value, updated_at) VALUES
  ('sendcloud', 'public_key', '@@pub@@', NOW()),
  ('sendcloud', 'secret_key', '@@secret@@', NOW()),
  ('sendcloud', 'sender_address_id', '182734', NOW()),
  ('sendcloud', 'default_method', 'dhl_paket_2kg', NOW()),
  ('shop', 'free_shipping_from', '75.00', NOW()),
  ('shop', 'bike_shipping_surcharge', '49.00', NOW());
''', hexs(32), pub=hexs(32))

add("python/mongodb-password", "diag/storage.py", "MongoDB docs: connection string URI format (mongodb.com/docs/manual/reference/connection-string)", '''
"""Stores the parsed e-bike diagnostic reports (drive unit, battery, display) per job."""
from datetime import datetime, timezone

from pymongo import MongoClient

client = MongoClient(
    "mongodb+srv://diag-writer:@@secret@@@cluster0.x8kq2.mongodb.net/?retryWrites=true&w=majority"
)
reports = client["ebike_diag"]["reports"]
reports.create_index([("frame_number", 1), ("created_at", -1)])


def save_report(job_id: int, frame_number: str, report: dict) -> str:
    doc = {
        "job_id": job_id,
        "frame_number": frame_number,
        "created_at": datetime.now(timezone.utc),
        "drive_unit": report.get("drive_unit"),
        "battery": report.get("battery"),
        "errors": report.get("errors", []),
    }
    return str(reports.insert_one(doc).inserted_id)
''', rand_pw(20))

add("env/redis-password", "booking/.env.prod", "redis-py / Celery docs: redis:// URL with password (docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html)", '''
DJANGO_SETTINGS_MODULE=booking.settings.prod
ALLOWED_HOSTS=book.pedaldepot.ie
CELERY_BROKER_URL=redis://:@@secret@@@10.0.1.12:6379/0
CELERY_RESULT_BACKEND=redis://:@@secret@@@10.0.1.12:6379/1
SLOT_LOCK_SECONDS=300
SENTRY_ENVIRONMENT=production
''', fakes.redis_password(_seed()))

add("compose/redis-password", "deploy/docker-compose.prod.yml", "Redis docs: requirepass on the command line (redis.io/docs/latest/operate/oss_and_stack/management/security)", '''
services:
  web:
    image: registry.gitlab.com/velowerk/booking:2.4.0
    env_file: .env
    ports:
      - "8000:8000"
    depends_on: [redis]
  worker:
    image: registry.gitlab.com/velowerk/booking:2.4.0
    command: celery -A booking worker -l info
    env_file: .env
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes:
      - redisdata:/data
volumes:
  redisdata:
''', fakes.redis_password(_seed()))

add("toml/mysql-password", "diag-uploader/Config.toml", "sqlx docs: MySQL connection URL (docs.rs/sqlx/latest/sqlx/mysql)", '''
[server]
bind = "0.0.0.0:7070"
max_upload_mb = 25

[database]
url = "mysql://diag:@@secret@@@127.0.0.1:3306/ebike_diag"
max_connections = 4

[storage]
reports_dir = "/srv/diag/reports"
keep_days = 730
''', rand_pw(16))

add("terraform/database-password", "infra/rds.tf", "Terraform AWS provider docs: aws_db_instance password (registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance)", '''
resource "aws_db_instance" "shop" {
  identifier              = "bikeshop-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  db_name                 = "shop"
  username                = "shop_admin"
  password                = "@@secret@@"
  backup_retention_period = 7
  skip_final_snapshot     = false
  deletion_protection     = true
  vpc_security_group_ids  = [aws_security_group.db.id]
  db_subnet_group_name    = aws_db_subnet_group.private.name

  tags = {
    Project = "online-shop"
  }
}
''', rand_pw(24))

add("ansible/mysql-password", "ansible/roles/webshop/tasks/db.yml", "Ansible docs: community.mysql.mysql_user (docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html)", '''
- name: Create webshop database
  community.mysql.mysql_db:
    name: woocommerce
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock

- name: Create webshop database user
  community.mysql.mysql_user:
    name: wp_shop
    password: "@@secret@@"
    priv: "woocommerce.*:ALL"
    host: localhost
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock

- name: Template wp-config
  ansible.builtin.template:
    src: wp-config.php.j2
    dest: /var/www/shop/wp-config.php
    mode: "0640"
''', words_pw())

add("php/mysql-password", "webshop/wp-config.php", "WordPress docs: editing wp-config.php DB_PASSWORD (developer.wordpress.org/advanced-administration/wordpress/wp-config)", '''
<?php
// ** Database settings ** //
define( 'DB_NAME', 'fahrradshop_wp' );
define( 'DB_USER', 'fahrradshop' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// Salts live outside the web root, generated on the server
require_once '/etc/wordpress/salts.php';

$table_prefix = 'fs_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', rand_pw(22, "!#^"))

# =====================================================================================================
# E-bike diagnostics and supplier portals: secrets
# =====================================================================================================

add("markdown/dealer-portal-password", "docs/handover/werkstatt-uebergabe.md", "Team handover note (common practice); Bosch eBike DiagnosticTool dealer login", '''
# Übergabe Werkstatt (Urlaubsvertretung Jonas, KW 32-34)

## Täglich
- 8:30 Terminliste aus dem Buchungstool drucken
- E-Bike-Annahme: Akku immer zuerst an die Ladestation, dann Diagnose

## Diagnose-Laptop (WS-DIAG-02)
- Windows-Login: `werkstatt` / PIN steht auf dem Zettel in der Schublade
- Bosch DiagnosticTool 3: Händlerkonto `diagnose@radhaus-muenster.de`
- Passwort DiagnosticTool: `@@secret@@`
- Updates nur nach Feierabend einspielen, dauert bis zu 40 Minuten

## Shimano E-TUBE
- Läuft über die Shimano-ID von Sabine (SSO, kein eigenes Passwort nötig)

## Wenn was brennt
- Laden-Handy: 0251 98 76 54 3
- Sabine (Inhaberin): nur im Notfall anrufen
''', words_pw())

add("ini/dealer-portal-password", "tools/warranty-uploader/settings.ini", "Windows INI settings file (common practice); supplier warranty portal login", '''
[portal]
url = https://b2b.cosmicsports.de/garantie
kundennummer = 204187
benutzer = werkstatt-204187
passwort = @@secret@@

[uploader]
watch_dir = C:\\Diagnose\\Berichte
archive_dir = C:\\Diagnose\\Archiv
file_pattern = *.pdf
poll_seconds = 60
''', rand_pw(14, "!?"))

add("python/dealer-portal-password", "warranty/submit_claim.py", "requests docs: HTTP Basic auth with auth=(user, password) (requests.readthedocs.io)", '''
"""Submits a battery warranty claim with the diagnostic report attached."""
from pathlib import Path

import requests

PORTAL = "https://dealer.ebike-distribution.nl/api/claims"
AUTH = ("dealer-30918", "@@secret@@")


def submit(frame_number: str, battery_serial: str, fault_code: str, report: Path) -> str:
    with report.open("rb") as fh:
        r = requests.post(
            PORTAL,
            auth=AUTH,
            data={"frame": frame_number, "battery_serial": battery_serial, "fault": fault_code},
            files={"report": (report.name, fh, "application/pdf")},
            timeout=60,
        )
    r.raise_for_status()
    return r.json()["claim_id"]
''', words_pw())

add("log/supplier-api-key", "logs/b2b-order-sync-2024-06-14.log", "Supplier B2B API request log (common practice of debug logging)", '''
2024-06-14 06:00:01,112 INFO  sync starting, 14 open purchase orders
2024-06-14 06:00:01,483 DEBUG GET https://api.bike-parts-b2b.eu/v2/stock?sku=CN-HG701-116&api_key=@@secret@@ -> 200 (371 ms)
2024-06-14 06:00:01,902 INFO  CN-HG701-116 available=48 eta=null
2024-06-14 06:00:02,210 INFO  RT-MT800-160 available=0 eta=2024-06-28
2024-06-14 06:00:02,655 INFO  BP-B05S-RX available=312 eta=null
2024-06-14 06:00:03,017 WARN  TY-GP5000-28 unknown sku, skipped
2024-06-14 06:00:03,440 INFO  order PO-2024-0611 submitted, confirmation 7731842
2024-06-14 06:00:03,441 INFO  sync finished in 2.33 s
''', alnum(32))

add("csv/device-admin-password", "it/inventory/geraete.csv", "IT device inventory exported from a spreadsheet (common practice)", '''
geraet;standort;ip;seriennummer;admin_user;admin_passwort;notiz
NAS01 Synology DS220+;Büro;192.168.20.5;2140QJR7B8X12;admin;siehe KeePass;Hyper Backup auf USB
WS-DIAG-02 Lenovo T14;Werkstatt;DHCP;PF3KX9ZA;.\\werkstattadmin;@@secret@@;Bosch DiagnosticTool 3
Kasse-1 iPad;Laden;DHCP;DMPXK2J8Q1GC;-;Apple-ID Inhaberin;SumUp Solo gekoppelt
Drucker Brother HL-L2350;Büro;192.168.20.30;E78291K4N812345;admin;Werkseinstellung geändert, KeePass;
Router FritzBox 7590;Technik;192.168.20.1;A123.456.78.901.234;-;siehe KeePass;
''', words_pw())

add("powershell/local-admin-password", "it/setup/Setup-DiagLaptop.ps1", "Microsoft Learn: New-LocalUser with ConvertTo-SecureString (learn.microsoft.com/powershell/module/microsoft.powershell.localaccounts/new-localuser)", '''
#Requires -RunAsAdministrator
# Einrichtung Diagnose-Laptop Werkstatt (Bosch DiagnosticTool, Shimano E-TUBE, Yamaha YEIS)

$ErrorActionPreference = "Stop"

$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-LocalUser -Name "werkstattadmin" -Password $pw -FullName "Werkstatt Admin" -PasswordNeverExpires
Add-LocalGroupMember -Group "Administratoren" -Member "werkstattadmin"

winget install --id 7zip.7zip -e --silent
winget install --id Google.Chrome -e --silent

New-Item -ItemType Directory -Force -Path "C:\\Diagnose\\Berichte", "C:\\Diagnose\\Archiv" | Out-Null
powercfg /change standby-timeout-ac 0
Write-Host "Fertig. DiagnosticTool manuell vom Händlerportal installieren."
''', words_pw())

_b2_id = "005" + hexs(22)
add("rust/backblaze-application-key", "diag-archiver/src/main.rs", "Backblaze B2 docs: application keys with the S3-compatible API (backblaze.com/docs/cloud-storage-s3-compatible-api)", '''
use aws_sdk_s3::config::{Credentials, Region};
use aws_sdk_s3::{Client, Config};
use std::path::Path;

const B2_ENDPOINT: &str = "https://s3.eu-central-003.backblazeb2.com";
const B2_KEY_ID: &str = "@@kid@@";
const B2_APP_KEY: &str = "@@secret@@";
const BUCKET: &str = "velowerk-diag-archive";

fn client() -> Client {
    let creds = Credentials::new(B2_KEY_ID, B2_APP_KEY, None, None, "static");
    let conf = Config::builder()
        .endpoint_url(B2_ENDPOINT)
        .region(Region::new("eu-central-003"))
        .credentials_provider(creds)
        .behavior_version_latest()
        .build();
    Client::from_conf(conf)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let s3 = client();
    for entry in std::fs::read_dir("/srv/diag/reports")? {
        let path = entry?.path();
        let key = Path::new("reports").join(path.file_name().unwrap());
        let body = aws_sdk_s3::primitives::ByteStream::from_path(&path).await?;
        s3.put_object().bucket(BUCKET).key(key.to_string_lossy()).body(body).send().await?;
    }
    Ok(())
}
''', "K005" + chars(27, ALNUM + "+/"), kid=_b2_id)

add("swift/api-signing-secret", "CheckIn/Sources/CheckIn/APIClient.swift", "Apple docs: CryptoKit HMAC (developer.apple.com/documentation/cryptokit/hmac)", '''
import CryptoKit
import Foundation

/// Talks to the shop's check-in backend from the counter iPad.
struct APIClient {
    static let baseURL = URL(string: "https://checkin.northsidebikeworks.com/api")!
    private static let signingSecret = "@@secret@@"

    static func signedRequest(path: String, body: Data) -> URLRequest {
        var request = URLRequest(url: baseURL.appendingPathComponent(path))
        request.httpMethod = "POST"
        request.httpBody = body
        let timestamp = String(Int(Date().timeIntervalSince1970))
        let key = SymmetricKey(data: Data(signingSecret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Data((timestamp + ".").utf8) + body, using: key)
        request.setValue(timestamp, forHTTPHeaderField: "X-Timestamp")
        request.setValue(Data(mac).map { String(format: "%02x", $0) }.joined(), forHTTPHeaderField: "X-Signature")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return request
    }
}
''', alnum(48))

_basic = b64("tablet-werkstatt:" + words_pw())
add("kotlin/basic-auth-credentials", "app/src/main/java/de/radwerk/tablet/net/Api.kt", "RFC 7617 HTTP Basic auth; OkHttp interceptors (square.github.io/okhttp)", '''
package de.radwerk.tablet.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

private const val BASE_URL = "https://werkstatt.radwerk-koeln.de/api/"
private const val AUTH = "Basic @@secret@@"

object Api {
    private val client = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", AUTH).build())
        })
        .build()

    val service: WorkshopService = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(WorkshopService::class.java)
}
''', _basic)

add("xml/database-password", "WerkstattKasse/App.config", "Microsoft Learn: connectionStrings in App.config (learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files)", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="Kasse"
         connectionString="Data Source=SRV-BUERO\\SQLEXPRESS;Initial Catalog=Kasse;User ID=kasse;Password=@@secret@@;Encrypt=False"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="BonDrucker" value="EPSON TM-T20III" />
    <add key="Filiale" value="1" />
    <add key="TseAktiv" value="true" />
  </appSettings>
</configuration>
''', rand_pw(15))

add("dockerfile/diag-api-token", "diag-uploader/Dockerfile", "Dockerfile reference: ENV (docs.docker.com/reference/dockerfile/#env)", '''
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY diag_uploader/ diag_uploader/

ENV UPLOAD_URL=https://diag.velowerk.de/api/reports \\
    DIAG_API_TOKEN=@@secret@@ \\
    WATCH_DIR=/data/incoming

VOLUME ["/data"]
USER 1000
CMD ["python", "-m", "diag_uploader"]
''', alnum(40))

add("csv/supplier-portal-password", "it/lieferanten-zugaenge.csv", "Supplier B2B portal access list exported from a spreadsheet (common practice)", '''
lieferant,portal,kundennr,benutzer,passwort,ansprechpartner
Paul Lange,https://b2b.paul-lange.de,118273,bestellung@zweirad-hofmann.de,SSO (Microsoft),Hr. Krämer
Hartje,https://b2b.hartje.de,40981,ZH40981,@@secret@@,Fr. Oltmann
Cosmic Sports,https://b2b.cosmicsports.de,204187,werkstatt-204187,siehe KeePass,Hr. Wendt
ZEG,https://portal.zeg.de,77120,zweirad.hofmann,Passwort beim Inhaber,Fr. Lindner
Shimano,https://b2b.shimano.com,-,über Paul Lange,-,-
''', words_pw())

add("python/ftp-password", "pricelists/fetch_pricelist.py", "Python docs: ftplib.FTP.login (docs.python.org/3/library/ftplib.html)", '''
"""Fetches the weekly supplier price list (CSV) from the wholesaler's FTP."""
import ftplib
from datetime import date
from pathlib import Path

HOST = "ftp.grosshandel-radteile.de"
TARGET = Path("/srv/pricelists")


def fetch() -> Path:
    TARGET.mkdir(parents=True, exist_ok=True)
    dest = TARGET / f"preisliste_{date.today():%Y%W}.csv"
    with ftplib.FTP(HOST, timeout=60) as ftp:
        ftp.login("kd30918", "@@secret@@")
        ftp.cwd("/export/haendler")
        with dest.open("wb") as fh:
            ftp.retrbinary("RETR preisliste_aktuell.csv", fh.write)
    return dest


if __name__ == "__main__":
    print(fetch())
''', rand_pw(10))

add("shell/ftp-password", "cron/get-stocklist.sh", "curl manual: -u user:password for FTP (curl.se/docs/manpage.html)", '''
#!/bin/bash
# Tagesbestand vom Großhändler holen (läuft 05:45 auf NAS01)
set -e
cd /volume1/lager/import

curl --silent --show-error --fail \\
  -u "haendler2207:@@secret@@" \\
  "ftp://ftp.velo-grosshandel.ch/bestand/bestand_$(date +%Y%m%d).csv" \\
  -o "bestand_$(date +%Y%m%d).csv"

ln -sf "bestand_$(date +%Y%m%d).csv" bestand_aktuell.csv
find . -name 'bestand_*.csv' -mtime +30 -delete
''', rand_pw(12))

_fz_pw = words_pw()
add("xml/ftp-password", "it/backup/filezilla-sitemanager.xml", "FileZilla wiki: sitemanager.xml with base64 Pass (wiki.filezilla-project.org)", '''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.fietsgroothandel.nl</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>dealer4471</User>
            <Pass encoding="base64">@@enc@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <Name>Groothandel prijslijsten</Name>
            <RemoteDir>1 0 6 export</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
''', _fz_pw, enc=b64(_fz_pw))

add("yaml/sftp-password", "edi/partners.yaml", "EDI/SFTP partner config (common practice; paramiko/SFTP)", '''
partners:
  - name: ZEG
    protocol: sftp
    host: edi.zeg.de
    port: 22
    username: fh_77120
    auth: key
    key_file: /etc/edi/keys/zeg_ed25519
    inbound: /out/orders_resp
    outbound: /in/orders
  - name: Hartje
    protocol: sftp
    host: sftp.hartje.de
    port: 2222
    username: edi40981
    password: "@@secret@@"
    inbound: /outgoing
    outbound: /incoming
schedule: "*/30 6-19 * * 1-6"
''', rand_pw(16, "-_"))

add("csharp/sftp-password", "PriceImport/Program.cs", "WinSCP .NET assembly docs: SessionOptions (winscp.net/eng/docs/library_sessionoptions)", '''
using WinSCP;

var options = new SessionOptions
{
    Protocol = Protocol.Sftp,
    HostName = "sftp.bikeparts-wholesale.co.uk",
    UserName = "cyclecentral",
    Password = "@@secret@@",
    SshHostKeyFingerprint = "ssh-ed25519 255 @@fp@@",
};

using var session = new Session();
session.Open(options);

var transfer = session.GetFiles("/outbound/pricelist_*.csv", @"C:\\PriceImport\\incoming\\", remove: false);
transfer.Check();
foreach (TransferEventArgs t in transfer.Transfers)
{
    Console.WriteLine($"Downloaded {t.FileName}");
}
''', words_pw(), fp=chars(43, ALNUM + "+/"))


# =====================================================================================================
# The shop's small IT: NAS, network, cloud, CI: secrets
# =====================================================================================================

add("ini/backblaze-application-key", "it/nas01/rclone.conf", "rclone docs: Backblaze B2 remote, account and key (rclone.org/b2)", '''
[b2-offsite]
type = b2
account = @@kid@@
key = @@secret@@
hard_delete = false

[nas-crypt]
type = crypt
remote = b2-offsite:radhaus-nas-backup/buero
filename_encryption = standard
directory_name_encryption = true
''', "K005" + chars(27, ALNUM + "+/"), kid="005" + hexs(22))

add("shell/nas-ssh-password", "it/scripts/pull-camera-footage.sh", "sshpass man page: -p password (linux.die.net/man/1/sshpass)", '''
#!/bin/bash
# Copies last night's workshop camera clips from the NVR share to NAS01 (cron 07:10)
SRC_HOST=192.168.20.5
SRC_USER=backupuser
DEST=/mnt/archive/kamera/$(date -d yesterday +%F)

mkdir -p "$DEST"
sshpass -p '@@secret@@' rsync -az --remove-source-files \\
  -e "ssh -o StrictHostKeyChecking=no -p 2222" \\
  "${SRC_USER}@${SRC_HOST}:/volume1/surveillance/Werkstatt/$(date -d yesterday +%Y%m%d)*" "$DEST/"

find /mnt/archive/kamera -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
''', words_pw())

add("markdown/unifi-admin-password", "docs/it/netzwerk.md", "Network runbook (common practice); UniFi Network Application local admin", '''
# Netzwerk Laden & Werkstatt

| Gerät | IP | Zugang |
|-------|----|--------|
| FRITZ!Box 7590 (Internet) | 192.168.20.1 | KeePass "FritzBox" |
| UniFi Cloud Key Gen2+ | 192.168.20.2 | lokaler Admin `ubnt-local` / `@@secret@@` |
| Switch USW-Lite-16-PoE | 192.168.20.3 | über Cloud Key adoptiert |
| AP Laden (U6-Lite) | 192.168.20.11 | über Cloud Key |
| AP Werkstatt (U6-Mesh) | 192.168.20.12 | über Cloud Key |

## VLANs
- 20: Büro / Kasse
- 30: Werkstatt (Diagnose-Laptop, Drucker)
- 40: Gäste-WLAN (Client-Isolation an)
- 50: Kameras (kein Internet)

## Ausfall
1. FritzBox neu starten, 3 Minuten warten
2. Cloud Key: Status-LED blau = ok
3. Provider-Hotline: Vertragsnummer im Ordner "Verträge"
''', words_pw())

add("compose/mysql-root-password", "webshop/docker-compose.yml", "Docker Hub mariadb image: MARIADB_ROOT_PASSWORD (hub.docker.com/_/mariadb)", '''
services:
  db:
    image: mariadb:11.4
    restart: always
    environment:
      MARIADB_ROOT_PASSWORD: "@@secret@@"
      MARIADB_DATABASE: woocommerce
      MARIADB_USER: wp
      MARIADB_PASSWORD_FILE: /run/secrets/wp_db_password
    secrets:
      - wp_db_password
    volumes:
      - db:/var/lib/mysql
  wordpress:
    image: wordpress:6.5-php8.2-apache
    restart: always
    ports:
      - "127.0.0.1:8080:80"
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: wp
      WORDPRESS_DB_PASSWORD_FILE: /run/secrets/wp_db_password
      WORDPRESS_DB_NAME: woocommerce
    secrets:
      - wp_db_password
secrets:
  wp_db_password:
    file: ./secrets/wp_db_password.txt
volumes:
  db:
''', rand_pw(20))

add("shell/camera-rtsp-password", "it/cams/record-workshop.sh", "FFmpeg docs: RTSP input with credentials in the URL (ffmpeg.org/ffmpeg-protocols.html#rtsp)", '''
#!/bin/sh
# Continuous 15-minute segments from the workshop camera (Reolink RLC-510A)
CAM_URL="rtsp://admin:@@secret@@@192.168.50.21:554/h264Preview_01_main"
OUT=/srv/cams/werkstatt

mkdir -p "$OUT"
exec ffmpeg -nostdin -rtsp_transport tcp -i "$CAM_URL" \\
  -c copy -f segment -segment_time 900 -reset_timestamps 1 -strftime 1 \\
  "$OUT/%Y-%m-%d_%H-%M.mp4"
''', rand_pw(12))

add("ini/smb-password", "it/linux-pc/.smbcredentials", "mount.cifs man page: credentials file (linux.die.net/man/8/mount.cifs)", '''
username=werkstatt
password=@@secret@@
domain=WORKGROUP
''' + "\n# mount -t cifs //192.168.20.5/werkstatt /mnt/nas -o credentials=/root/.smbcredentials,uid=1000\n", words_pw())

add("powershell/nas-password", "it/scripts/Map-NasDrives.ps1", "Microsoft Learn: New-PSDrive with PSCredential (learn.microsoft.com/powershell/module/microsoft.powershell.management/new-psdrive)", '''
# Maps the NAS shares on the counter PCs at logon (GPO-less shop, runs from Startup folder)
$user = "NAS01\\kasse"
$pass = ConvertTo-SecureString -String "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$shares = @{
    "L" = "\\\\192.168.20.5\\lager"
    "R" = "\\\\192.168.20.5\\rechnungen"
    "W" = "\\\\192.168.20.5\\werkstatt"
}

foreach ($letter in $shares.Keys) {
    if (-not (Get-PSDrive -Name $letter -ErrorAction SilentlyContinue)) {
        New-PSDrive -Name $letter -PSProvider FileSystem -Root $shares[$letter] -Credential $cred -Persist -Scope Global | Out-Null
    }
}
''', rand_pw(14, "!"))

add("yaml/wifi-password", "it/werkstatt-pc/netplan/01-wifi.yaml", "Netplan docs: wifis access-points password (netplan.readthedocs.io/en/stable/netplan-yaml)", '''
network:
  version: 2
  renderer: NetworkManager
  ethernets:
    enp3s0:
      dhcp4: true
      optional: true
  wifis:
    wlp2s0:
      dhcp4: true
      access-points:
        "Radhaus-Werkstatt":
          password: "@@secret@@"
        "Radhaus-Buero":
          auth:
            key-management: eap
            method: peap
            identity: "werkstatt-pc"
            ca-certificate: /etc/ssl/certs/radhaus-ca.pem
''', passphrase())

add("ansible/become-password", "ansible/inventory/host_vars/nas01.yml", "Ansible docs: ansible_become_password connection variable (docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html)", '''
ansible_host: 192.168.20.5
ansible_port: 2222
ansible_user: itadmin
ansible_become: true
ansible_become_method: sudo
ansible_become_password: "@@secret@@"
ansible_python_interpreter: /usr/bin/python3

backup_targets:
  - /volume1/buero
  - /volume1/lager
  - /volume1/werkstatt
''', words_pw())

add("terraform/hetzner-api-token", "infra/hetzner/main.tf", "Terraform hcloud provider docs: token argument (registry.terraform.io/providers/hetznercloud/hcloud/latest/docs)", '''
terraform {
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.47"
    }
  }
}

provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "booking" {
  name        = "booking-01"
  image       = "debian-12"
  server_type = "cx22"
  location    = "nbg1"
  ssh_keys    = ["itadmin@laptop"]
  labels = {
    app = "werkstatt-booking"
  }
}

output "booking_ip" {
  value = hcloud_server.booking.ipv4_address
}
''', alnum(64))

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "Terraform Cloudflare provider docs: api_token (registry.terraform.io/providers/cloudflare/cloudflare/latest/docs)", '''
provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "@@zone@@"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  content = "shops.myshopify.com"
  type    = "CNAME"
  proxied = false
}

resource "cloudflare_record" "termine" {
  zone_id = var.zone_id
  name    = "termine"
  content = "116.203.41.87"
  type    = "A"
  proxied = true
}
''', chars(40, URLSAFE), zone=hexs(32))

add("shell/digitalocean-token", "infra/bootstrap-droplet.sh", "doctl docs: doctl auth init --access-token (docs.digitalocean.com/reference/doctl/reference/auth/init)", '''
#!/usr/bin/env bash
# One-off: create the staging droplet for the new booking site
set -euo pipefail

doctl auth init --context spokesprocket -t @@secret@@
doctl auth switch --context spokesprocket

doctl compute droplet create booking-staging \\
  --region lon1 \\
  --size s-1vcpu-2gb \\
  --image ubuntu-24-04-x64 \\
  --ssh-keys "$(doctl compute ssh-key list --format ID --no-header | head -1)" \\
  --tag-names booking,staging \\
  --wait
''', "dop_v1_" + hexs(64))

_aws_id, _aws_sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("github-actions/aws-secret-key", ".github/workflows/deploy-static.yml", "AWS docs: configure-aws-credentials action inputs (github.com/aws-actions/configure-aws-credentials)", '''
name: Deploy storefront assets
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-west-1
      - run: aws s3 sync dist/ s3://pedaldepot-static --delete --cache-control max-age=3600
      - run: aws cloudfront create-invalidation --distribution-id E2QWRUHAPOMQZL --paths "/*"
''', _aws_sec, kid=_aws_id)

_aws_id, _aws_sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws-secret-key", "it/backup/aws-credentials", "AWS CLI docs: credentials file format (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)", '''
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-central-1

[glacier-archive]
role_arn = arn:aws:iam::482910375618:role/nas-archive
source_profile = default
''', _aws_sec, kid=_aws_id)

_aws_id, _aws_sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("python/aws-secret-key", "backup/s3_invoices.py", "boto3 docs: passing credentials to a client (boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html)", '''
"""Copies the month's invoice PDFs to S3 (GoBD: 10 years retention)."""
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-central-1",
)
BUCKET = "fahrrad-brandt-rechnungen"


def upload_month(folder: Path) -> int:
    n = 0
    for pdf in sorted(folder.glob("*.pdf")):
        s3.upload_file(str(pdf), BUCKET, f"{folder.name}/{pdf.name}",
                       ExtraArgs={"StorageClass": "GLACIER_IR", "ServerSideEncryption": "AES256"})
        n += 1
    return n
''', _aws_sec, kid=_aws_id)

add("python/ldap-bind-password", "it/tools/staff_accounts.py", "ldap3 docs: Connection with user and password (ldap3.readthedocs.io)", '''
"""Lists staff accounts in the NAS directory server (Synology Directory Server, LDAP)."""
from ldap3 import ALL, Connection, Server

server = Server("ldaps://192.168.20.5:636", get_info=ALL)
conn = Connection(
    server,
    user="uid=root,cn=users,dc=radhaus,dc=local",
    password="@@secret@@",
    auto_bind=True,
)

conn.search("cn=users,dc=radhaus,dc=local", "(objectClass=posixAccount)", attributes=["uid", "cn", "mail", "memberOf"])
for entry in conn.entries:
    groups = ", ".join(g.split(",")[0][3:] for g in entry.memberOf) if entry.memberOf else "-"
    print(f"{entry.uid!s:<15} {entry.cn!s:<25} {groups}")
''', words_pw())

add("k8s-secret/ldap-bind-password", "deploy/k8s/auth/ldap-bind.yaml", "Kubernetes docs: Secret stringData (kubernetes.io/docs/concepts/configuration/secret)", '''
apiVersion: v1
kind: Secret
metadata:
  name: ldap-bind
  namespace: tools
type: Opaque
stringData:
  LDAP_URL: ldaps://dc01.chainline.local:636
  LDAP_BIND_DN: CN=svc-wiki,OU=Service,DC=chainline,DC=local
  LDAP_BIND_PASSWORD: "@@secret@@"
  LDAP_USER_BASE: OU=Staff,DC=chainline,DC=local
''', rand_pw(20, "!@#"))

add("markdown/ssh-private-key", "docs/it/deploy-zugang.md", "OpenSSH private key format (man.openbsd.org/ssh-keygen)", '''
# Deploy-Zugang Buchungsserver

Der Buchungsserver (`booking-01`, 116.203.41.87) nimmt nur Schlüssel an. Für den Notfall hier der
Deploy-Key (Benutzer `deploy`), damit auch Lena ohne mich deployen kann:

```
@@secret@@
```

Speichern unter `~/.ssh/booking_deploy`, dann `chmod 600` und:

```
ssh -i ~/.ssh/booking_deploy deploy@116.203.41.87
cd /srv/booking && ./deploy.sh
```
''', pem("OPENSSH"))

_key = pem("EC")
add("ansible/tls-private-key", "ansible/group_vars/webshop/tls.yml", "Ansible docs: copy module with content (docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html)", '''
shop_domain: shop.velo-schmiede.ch
tls_cert_path: /etc/ssl/velo-schmiede/fullchain.pem
tls_key_path: /etc/ssl/velo-schmiede/privkey.pem
tls_private_key: |
@@indented@@
''', _key, indented="\n".join("  " + line for line in _key.splitlines()))

_key = pem("RSA")
add("terraform/ssh-private-key", "infra/provision/pos-server.tf", "Terraform docs: provisioner connection private_key (developer.hashicorp.com/terraform/language/resources/provisioners/connection)", '''
resource "null_resource" "pos_bridge" {
  triggers = {
    version = "1.4.2"
  }

  connection {
    type        = "ssh"
    host        = "192.168.20.8"
    user        = "deploy"
    private_key = <<-EOT
@@indented@@
    EOT
  }

  provisioner "remote-exec" {
    inline = [
      "sudo systemctl stop pos-bridge",
      "curl -fsSL https://git.velowerk.de/releases/pos-bridge-1.4.2.tar.gz | sudo tar -xz -C /opt/pos-bridge",
      "sudo systemctl start pos-bridge",
    ]
  }
}
''', _key, indented="\n".join("      " + line for line in _key.splitlines()))

_key = pem("RSA")
add("k8s-secret/tls-private-key", "deploy/k8s/shop/tls.yaml", "Kubernetes docs: TLS Secrets kubernetes.io/tls (kubernetes.io/docs/concepts/configuration/secret/#tls-secrets)", '''
apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: velowerk-shop
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
''', _key, crt=b64(cert_pem() + "\n"), enc=b64(_key + "\n"))

add("ini/pypi-token", "tools/.pypirc", "PyPI docs: API tokens in .pypirc (pypi.org/help/#apitoken)", '''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
''' + "\n# used to publish bikefit-calc (our frame size calculator package)\n", fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/publish.yml", "pypa/gh-action-pypi-publish README: password input (github.com/pypa/gh-action-pypi-publish)", '''
name: Publish velo-labels
on:
  release:
    types: [published]

jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
''', fakes.pypi_token(_seed()))

add("shell/github-token", "deploy/pull-and-restart.sh", "GitHub docs: personal access tokens over HTTPS (docs.github.com/en/authentication)", '''
#!/bin/bash
set -euo pipefail
APP_DIR=/srv/booking

if [ ! -d "$APP_DIR/.git" ]; then
  git clone https://radhaus-it:@@secret@@@github.com/radhaus-muenster/booking.git "$APP_DIR"
fi

cd "$APP_DIR"
git fetch --tags origin
git checkout "${1:-main}"
git pull --ff-only
./venv/bin/pip install -q -r requirements.txt
./venv/bin/python manage.py migrate --noinput
sudo systemctl restart booking
''', fakes.github_token(_seed()))

add("npmrc/github-token", "shop/.npmrc", "npm docs: .npmrc auth token for a scoped registry (docs.npmjs.com/cli/v10/configuring-npm/npmrc)", '''
@velowerk:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
engine-strict=true
save-exact=true
fund=false
''', fakes.github_token(_seed()))

add("github-actions/github-fine-grained-token", ".github/workflows/sync-price-labels.yml", "GitHub docs: fine-grained personal access tokens (docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens)", '''
name: Sync price labels repo
on:
  schedule:
    - cron: "0 4 * * 1"

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: chainline-cycles/price-labels
          token: @@secret@@
          path: labels
      - run: python scripts/render_labels.py --out labels/out
      - run: |
          cd labels
          git config user.name "label-bot"
          git config user.email "it@chainlinecycles.com"
          git add out && git commit -m "Weekly labels" || true
          git push
''', fakes.github_fine_grained_token(_seed()))

add("dockerfile/npm-token", "shop/Dockerfile", "npm docs: using private packages in a CI/CD workflow, _authToken (docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow)", '''
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc \\
 && npm ci \\
 && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
EXPOSE 3000
CMD ["npm", "start"]
''', fakes.fake("npm_", 36, _seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab docs: personal access tokens glpat- (docs.gitlab.com/ee/user/profile/personal_access_tokens.html)", '''
stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  RELEASE_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - >
      release-cli --private-token "$RELEASE_TOKEN" create
      --name "Booking $CI_COMMIT_TAG" --tag-name "$CI_COMMIT_TAG"
''', fakes.fake("glpat-", 20, _seed()))

_docker_auth = b64("velowerk:dckr_pat_" + chars(27, URLSAFE))
add("json/docker-registry-auth", "it/ci-runner/docker-config.json", "Docker docs: config.json auths with base64 user:token (docs.docker.com/reference/cli/docker/login)", '''
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@secret@@"
    }
  },
  "currentContext": "default",
  "features": {
    "buildkit": "true"
  }
}
''', _docker_auth)

add("env/sentry-auth-token", "shop/.env.sentry-build-plugin", "Sentry docs: auth tokens for source map upload (docs.sentry.io/account/auth-tokens)", '''
# Used by @sentry/nextjs during `next build` to upload source maps
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_ORG=spoke-sprocket
SENTRY_PROJECT=online-shop
''' + "\n# DO NOT COMMIT this file - added to .gitignore? (check)\n", "sntryu_" + hexs(64))

add("python/django-secret-key", "booking/settings/prod.py", "Django docs: SECRET_KEY setting (docs.djangoproject.com/en/5.0/ref/settings/#secret-key)", '''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["book.pedaldepot.ie"]
CSRF_TRUSTED_ORIGINS = ["https://book.pedaldepot.ie"]

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES["default"]["HOST"] = "10.0.1.10"  # noqa: F405
TIME_ZONE = "Europe/Dublin"
''', django_key())

add("env/laravel-app-key", "werkstattplaner/.env", "Laravel docs: APP_KEY encryption key (laravel.com/docs/11.x/encryption)", '''
APP_NAME=Werkstattplaner
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://planer.radsport-kaiser.at

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=planer
DB_USERNAME=planer
DB_PASSWORD=

SESSION_DRIVER=database
QUEUE_CONNECTION=database
''', b64_bytes(32))

add("yaml/rails-secret-key-base", "config/secrets.yml", "Rails guides: secret_key_base (guides.rubyonrails.org/security.html#custom-credentials)", '''
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: @@secret@@
''', hexs(128))

add("python/flask-secret-key", "counter_app/app.py", "Flask docs: SECRET_KEY configuration (flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY)", '''
from flask import Flask, redirect, render_template, request, session, url_for

from counter_app import jobs

app = Flask(__name__)
app.config["SECRET_KEY"] = "@@secret@@"
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"


@app.route("/")
def index():
    if "staff" not in session:
        return redirect(url_for("login"))
    return render_template("queue.html", jobs=jobs.open_jobs())


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST" and jobs.check_pin(request.form["name"], request.form["pin"]):
        session["staff"] = request.form["name"]
        return redirect(url_for("index"))
    return render_template("login.html")
''', hexs(48))

add("typescript/jwt-signing-secret", "staff-app/src/auth/token.ts", "jsonwebtoken README: jwt.sign with a secret (github.com/auth0/node-jsonwebtoken)", '''
import jwt from "jsonwebtoken";

const JWT_SECRET = "@@secret@@";
const TTL = "12h";

export interface StaffClaims {
  sub: string;
  role: "mechanic" | "counter" | "owner";
  shop: string;
}

export function issue(claims: StaffClaims): string {
  return jwt.sign(claims, JWT_SECRET, { expiresIn: TTL, issuer: "werkstatt-app" });
}

export function verify(token: string): StaffClaims {
  return jwt.verify(token, JWT_SECRET, { issuer: "werkstatt-app" }) as StaffClaims;
}
''', rand_pw(40, "-_"))


add("go/google-maps-server-key", "internal/geo/geocode.go", "Google Maps Platform docs: Geocoding API key parameter (developers.google.com/maps/documentation/geocoding/get-api-key)", '''
package geo

import (
	"context"

	"googlemaps.github.io/maps"
)

// Server-side key (Geocoding + Distance Matrix) for the pick-up & delivery service radius check.
const mapsKey = "@@secret@@"

var shop = maps.LatLng{Lat: 51.9607, Lng: 7.6261}

func DistanceKm(ctx context.Context, address string) (float64, error) {
	c, err := maps.NewClient(maps.WithAPIKey(mapsKey))
	if err != nil {
		return 0, err
	}
	res, err := c.DistanceMatrix(ctx, &maps.DistanceMatrixRequest{
		Origins:      []string{shop.String()},
		Destinations: []string{address},
		Mode:         maps.TravelModeDriving,
	})
	if err != nil {
		return 0, err
	}
	return float64(res.Rows[0].Elements[0].Distance.Meters) / 1000, nil
}
''', google_api_key())

add("typescript/recaptcha-secret-key", "booking-site/src/server/verifyCaptcha.ts", "Google reCAPTCHA docs: verifying the user's response with the secret (developers.google.com/recaptcha/docs/verify)", '''
const RECAPTCHA_SECRET = "@@secret@@";

interface SiteVerifyResponse {
  success: boolean;
  score?: number;
  action?: string;
  "error-codes"?: string[];
}

export async function verifyCaptcha(token: string, ip?: string): Promise<boolean> {
  const params = new URLSearchParams({ secret: RECAPTCHA_SECRET, response: token });
  if (ip) params.set("remoteip", ip);
  const res = await fetch("https://www.google.com/recaptcha/api/siteverify", {
    method: "POST",
    body: params,
  });
  const data = (await res.json()) as SiteVerifyResponse;
  return data.success && (data.score ?? 0) >= 0.5 && data.action === "book_service";
}
''', recaptcha_key())

add("python/algolia-admin-key", "search/reindex_products.py", "Algolia docs: Admin API key vs search-only key (algolia.com/doc/guides/security/api-keys)", '''
"""Rebuilds the product search index from the POS catalogue (run after price list import)."""
from algoliasearch.search_client import SearchClient

from inventory.catalog import all_products

client = SearchClient.create("@@app@@", "@@secret@@")
index = client.init_index("products_de")


def to_record(p) -> dict:
    return {
        "objectID": p.sku,
        "name": p.name,
        "brand": p.brand,
        "category": p.category,
        "price": float(p.price),
        "in_stock": p.stock > 0,
        "compatible": p.compatibility_tags,
    }


if __name__ == "__main__":
    index.replace_all_objects([to_record(p) for p in all_products()], {"safe": True})
    index.set_settings({"searchableAttributes": ["name", "brand", "unordered(compatible)"]})
''', hexs(32), app=chars(10, string.ascii_uppercase + string.digits))

add("typescript/mapbox-secret-token", "store-locator/scripts/upload-dealers.ts", "Mapbox docs: secret tokens sk. and the Uploads API (docs.mapbox.com/accounts/guides/tokens)", '''
import mbxClient from "@mapbox/mapbox-sdk";
import mbxUploads from "@mapbox/mapbox-sdk/services/uploads";
import { readFileSync } from "node:fs";

// needs uploads:write scope, so this one is a secret token (the site uses a pk. token)
const base = mbxClient({ accessToken: "@@secret@@" });
const uploads = mbxUploads(base);

async function main() {
  const geojson = readFileSync("data/workshops.geojson");
  const creds = await uploads.createUploadCredentials().send();
  console.log("staging bucket:", creds.body.bucket, geojson.length, "bytes");
  await uploads
    .createUpload({ tileset: "pedaldepot.workshops", url: creds.body.url, name: "Partner workshops" })
    .send();
}

main();
''', mapbox("sk", "pedaldepot"))

add("csharp/azure-client-secret", "CalendarSync/GraphCalendar.cs", "Microsoft Learn: ClientSecretCredential for Microsoft Graph (learn.microsoft.com/dotnet/api/azure.identity.clientsecretcredential)", '''
using Azure.Identity;
using Microsoft.Graph;

namespace CalendarSync;

public static class GraphCalendar
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Create()
    {
        var credential = new ClientSecretCredential(TenantId, ClientId, ClientSecret);
        return new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });
    }

    // Workshop bookings are mirrored into the shared mailbox calendar "Werkstatt".
    public const string WorkshopMailbox = "werkstatt@radsport-kaiser.at";
}
''', azure_secret(), tenant=uuid_s(), client=uuid_s())

add("yaml/tailscale-auth-key", "it/cloud-init/pos-bridge-user-data.yaml", "Tailscale docs: auth keys with tailscale up --authkey (tailscale.com/kb/1085/auth-keys)", '''
#cloud-config
hostname: pos-bridge
timezone: Europe/Vienna
package_update: true
packages:
  - curl
  - python3-venv
users:
  - name: itadmin
    groups: [sudo]
    shell: /bin/bash
    ssh_authorized_keys:
      - @@pub@@
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=@@secret@@ --hostname=pos-bridge --advertise-tags=tag:shop
  - systemctl enable --now tailscaled
''', "tskey-auth-" + alnum(12) + "CNTRL-" + alnum(33), pub=ssh_pub("itadmin@radsport-kaiser"))

add("text/age-secret-key", "secrets/keys/werkstatt.agekey", "age README: key file format AGE-SECRET-KEY-1 (github.com/FiloSottile/age)", '''
# created: 2024-02-19T08:41:27+01:00
# public key: age1@@pub@@
@@secret@@
''' + "\n# SOPS: export SOPS_AGE_KEY_FILE=secrets/keys/werkstatt.agekey\n# decrypt: sops -d secrets/prod.enc.yaml\n", age_secret(), pub=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("python/xero-client-secret", "accounting/xero_export.py", "Xero developer docs: custom connections client credentials (developer.xero.com/documentation/guides/oauth2/custom-connections)", '''
"""Pushes the day's till Z-report into Xero as a sales invoice batch."""
import base64

import requests

XERO_CLIENT_ID = "@@cid@@"
XERO_CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    basic = base64.b64encode(f"{XERO_CLIENT_ID}:{XERO_CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        "https://identity.xero.com/connect/token",
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "client_credentials", "scope": "accounting.transactions"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def post_invoices(invoices: list) -> dict:
    r = requests.post("https://api.xero.com/api.xro/2.0/Invoices",
                      headers={"Authorization": f"Bearer {access_token()}", "Accept": "application/json"},
                      json={"Invoices": invoices}, timeout=30)
    r.raise_for_status()
    return r.json()
''', chars(48, URLSAFE), cid=upper_hex(32))

add("notebook/postgres-password", "analysis/werkstatt_auslastung.ipynb", "SQLAlchemy docs: database URLs (docs.sqlalchemy.org/en/20/core/engines.html#database-urls)", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Werkstatt-Auslastung 2024\n", "Durchlaufzeit pro Auftragsart und Wochentag."]
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
    "engine = create_engine(\"postgresql+psycopg2://analyse:@@secret@@@192.168.20.5:5432/werkstatt\")\n",
    "jobs = pd.read_sql(\"select id, kind, created_at, closed_at from jobs where created_at >= '2024-01-01'\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "data": {"text/plain": ["kind\nE-Bike-Inspektion    2.8\nInspektion           1.9\nReifenwechsel        0.4\nName: days, dtype: float64"]},
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "jobs[\"days\"] = (jobs.closed_at - jobs.created_at).dt.total_seconds() / 86400\n",
    "jobs.groupby(\"kind\").days.mean().round(1)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.4"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', rand_pw(14))

_basic = b64("kasse-sync:" + words_pw())
add("log/basic-auth-credentials", "logs/pos-bridge/debug-2024-05-02.log", "RFC 7617 HTTP Basic auth header in a debug request log", '''
2024-05-02T07:58:12.004+02:00 INFO  pos-bridge 1.4.1 starting (profile=prod)
2024-05-02T07:58:12.311+02:00 DEBUG HTTP >>> POST https://werkstatt.radwerk-koeln.de/api/sales/batch
2024-05-02T07:58:12.311+02:00 DEBUG HTTP >>> Content-Type: application/json
2024-05-02T07:58:12.311+02:00 DEBUG HTTP >>> Authorization: Basic @@secret@@
2024-05-02T07:58:12.312+02:00 DEBUG HTTP >>> {"sales":[{"bon":"1-20240502-0001","total":"14.90","items":2}]}
2024-05-02T07:58:12.644+02:00 DEBUG HTTP <<< 201 Created (332 ms)
2024-05-02T07:58:12.645+02:00 INFO  pushed 1 sale(s), next run in 60 s
''', _basic)

_pw = fakes.redis_password(_seed())
add("log/redis-password", "logs/celery-worker.log", "Celery worker startup banner showing the broker URL (docs.celeryq.dev)", '''
[2024-06-03 06:00:02,118: INFO/MainProcess] Connected to redis://default:@@secret@@@10.0.1.12:6379/0
[2024-06-03 06:00:02,131: INFO/MainProcess] mingle: searching for neighbors
[2024-06-03 06:00:03,150: INFO/MainProcess] mingle: all alone
[2024-06-03 06:00:03,171: INFO/MainProcess] celery@booking-worker-1 ready.
[2024-06-03 06:05:00,002: INFO/MainProcess] Task booking.tasks.send_reminders[3f0c9a2e-5d1b-4c7e-9a61-2b8e0f4d7c13] received
[2024-06-03 06:05:01,870: INFO/ForkPoolWorker-2] Task booking.tasks.send_reminders[3f0c9a2e-5d1b-4c7e-9a61-2b8e0f4d7c13] succeeded in 1.86s: 12
''', _pw)

add("sql/slack-bot-token", "db/fixes/2024-04-18_rotate_slack.sql", "Slack docs: bot tokens xoxb- (api.slack.com/authentication/token-types)", '''
-- Slack app was reinstalled after the workspace move; store the new bot token
BEGIN;
UPDATE app_settings
   SET value = '@@secret@@',
       updated_at = now(),
       updated_by = 'mk'
 WHERE key = 'slack_bot_token';
UPDATE app_settings SET value = 'C05QJ8K2M1N' WHERE key = 'slack_channel_workshop';
COMMIT;
''', slack_bot())

add("plist/backblaze-application-key", "it/mac-buero/de.radhaus.b2backup.plist", "Apple launchd.plist man page: EnvironmentVariables (keith.github.io/xcode-man-pages/launchd.plist.5.html)", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Label</key>
    <string>de.radhaus.b2backup</string>
    <key>ProgramArguments</key>
    <array>
        <string>/opt/homebrew/bin/b2</string>
        <string>sync</string>
        <string>/Users/buero/Documents/Buchhaltung</string>
        <string>b2://radhaus-buchhaltung/mac</string>
    </array>
    <key>EnvironmentVariables</key>
    <dict>
        <key>B2_APPLICATION_KEY_ID</key>
        <string>@@kid@@</string>
        <key>B2_APPLICATION_KEY</key>
        <string>@@secret@@</string>
    </dict>
    <key>StartCalendarInterval</key>
    <dict>
        <key>Hour</key>
        <integer>21</integer>
        <key>Minute</key>
        <integer>30</integer>
    </dict>
</dict>
</plist>
''', "K005" + chars(27, ALNUM + "+/"), kid="005" + hexs(22))

add("xml/nuget-feed-password", "NuGet.Config", "Microsoft Learn: nuget.config packageSourceCredentials ClearTextPassword (learn.microsoft.com/nuget/reference/nuget-config-file)", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="kasse-libs" value="https://pkgs.velowerk.de/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kasse-libs>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </kasse-libs>
  </packageSourceCredentials>
</configuration>
''', rand_pw(24))

add("markdown/wifi-password", "docs/onboarding/erster-tag.md", "Staff onboarding note (common practice); WPA2 network key", '''
# Erster Arbeitstag in der Werkstatt

Willkommen bei Fahrrad Brandt! Ein paar Dinge für den Start:

1. **Schlüssel**: bekommst du von Anja, bitte im Übergabebuch unterschreiben.
2. **Stempeluhr**: Karte an der Kasse, Stempeln auch in der Mittagspause.
3. **WLAN Mitarbeitende**: Netz `Brandt-Team`, Schlüssel `@@secret@@`
   (nicht an Kund:innen weitergeben, für die gibt es `Brandt-Gast` mit dem Aufsteller an der Theke).
4. **Werkstattsoftware**: Login bekommst du per Mail, erstes Passwort sofort ändern.
5. **Arbeitsschutz**: Unterweisung Montagständer, Druckluft und Akkulager mit Jens.

Fragen? Einfach fragen :)
''', passphrase())


# =====================================================================================================
# Decoys: values public by design, and identifiers
# =====================================================================================================

add("html/decoy-recaptcha-site-key", "booking-site/templates/book.html", "Google reCAPTCHA docs: the site key is used in the HTML your site serves (developers.google.com/recaptcha/docs/v3)", '''
{% extends "base.html" %}
{% block head %}
<script src="https://www.google.com/recaptcha/api.js?render=@@site@@"></script>
{% endblock %}
{% block content %}
<h1>Werkstatttermin buchen</h1>
<form id="book" method="post" action="/termin">
  {{ csrf_input }}
  <label>Name <input name="name" required></label>
  <label>E-Mail <input type="email" name="email" required></label>
  <label>Leistung
    <select name="service">
      <option value="inspektion">Inspektion (ab 69 EUR)</option>
      <option value="ebike">E-Bike-Inspektion (ab 99 EUR)</option>
      <option value="reifen">Reifen/Schlauch</option>
    </select>
  </label>
  <input type="hidden" name="g-recaptcha-response" id="g-token">
  <button class="g-recaptcha" data-sitekey="@@site@@" data-callback="onSubmit" data-action="book_service">Termin anfragen</button>
</form>
<script>
  function onSubmit(token) {
    document.getElementById("g-token").value = token;
    document.getElementById("book").submit();
  }
</script>
{% endblock %}
''', site=recaptcha_key())

add("typescript/decoy-publishable-key", "shop/src/lib/stripeClient.ts", "Stripe docs: publishable keys are meant for client-side code (docs.stripe.com/keys#obtain-api-keys)", '''
import { loadStripe, type Stripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser bundle.
const PUBLISHABLE_KEY = "@@pk@@";

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe(): Promise<Stripe | null> {
  if (!stripePromise) {
    stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: "de" });
  }
  return stripePromise;
}
''', pk=stripe("pk_live_"))

add("javascript/decoy-storefront-token", "theme/assets/cart-drawer.js", "Shopify docs: Storefront API public access tokens are used in client code (shopify.dev/docs/api/usage/authentication#getting-started-with-public-access)", '''
// Cart drawer: fetches live stock for the "also needed" tubes/tyres block.
const STOREFRONT_TOKEN = "@@tok@@";
const ENDPOINT = "https://spoke-sprocket.myshopify.com/api/2024-07/graphql.json";

async function related(handle) {
  const query = `query ($handle: String!) {
    product(handle: $handle) {
      metafield(namespace: "workshop", key: "also_needed") { value }
    }
  }`;
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Storefront-Access-Token": STOREFRONT_TOKEN,
    },
    body: JSON.stringify({ query, variables: { handle } }),
  });
  const { data } = await res.json();
  return data?.product?.metafield ? JSON.parse(data.product.metafield.value) : [];
}

document.addEventListener("cart:open", async (e) => {
  const list = await related(e.detail.handle);
  document.querySelector("#also-needed").replaceChildren(...list.map((h) => Object.assign(document.createElement("li"), { textContent: h })));
});
''', tok=hexs(32))

add("javascript/decoy-mapbox-public-token", "store-locator/src/map.js", "Mapbox docs: public tokens pk. for client-side maps (docs.mapbox.com/help/getting-started/access-tokens)", '''
import mapboxgl from "mapbox-gl";
import dealers from "../data/workshops.geojson";

mapboxgl.accessToken = "@@tok@@";

const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mapbox/outdoors-v12",
  center: [-6.2603, 53.3498],
  zoom: 7,
});

map.on("load", () => {
  map.addSource("workshops", { type: "geojson", data: dealers });
  map.addLayer({
    id: "workshops",
    type: "circle",
    source: "workshops",
    paint: { "circle-radius": 6, "circle-color": "#e4572e" },
  });
});
''', tok=mapbox("pk", "pedaldepot"))

add("typescript/decoy-firebase-config", "staff-app/src/firebase.ts", "Firebase docs: the Firebase config object is not secret (firebase.google.com/docs/projects/api-keys)", '''
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "werkstatt-app-3f1c2.firebaseapp.com",
  projectId: "werkstatt-app-3f1c2",
  storageBucket: "werkstatt-app-3f1c2.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
''', key=google_api_key(), sender=digits(12), app=hexs(22))

add("javascript/decoy-sentry-dsn", "shop/sentry.client.config.js", "Sentry docs: DSNs are safe to keep public (docs.sentry.io/concepts/key-terms/dsn-explainer)", '''
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://@@k@@@o@@org@@.ingest.de.sentry.io/@@proj@@",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV || "development",
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
});
''', k=hexs(32), org=digits(7), proj=digits(16))

add("typescript/decoy-search-only-key", "shop/src/components/PartsSearch.tsx", "Algolia docs: search-only API keys are safe in frontend code (algolia.com/doc/guides/security/api-keys/#search-only-api-key)", '''
import { liteClient as algoliasearch } from "algoliasearch/lite";
import { InstantSearch, SearchBox, Hits, RefinementList } from "react-instantsearch";
import { PartHit } from "./PartHit";

// search-only key, restricted to index products_de
const searchClient = algoliasearch("@@app@@", "@@key@@");

export function PartsSearch() {
  return (
    <InstantSearch searchClient={searchClient} indexName="products_de">
      <SearchBox placeholder="Teil, Marke oder Artikelnummer" />
      <RefinementList attribute="compatible" limit={12} />
      <Hits hitComponent={PartHit} />
    </InstantSearch>
  );
}
''', app=chars(10, string.ascii_uppercase + string.digits), key=hexs(32))

add("html/decoy-paypal-client-id", "theme/snippets/paypal-buttons.liquid", "PayPal docs: JavaScript SDK script with client-id (developer.paypal.com/sdk/js/configuration)", '''
{%- comment -%} PayPal Pay Later messaging on the bike product pages {%- endcomment -%}
<script
  src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=EUR&components=messages,buttons&enable-funding=paylater"
  data-partner-attribution-id="SpokeSprocket_SP"
  defer></script>

<div
  data-pp-message
  data-pp-style-layout="text"
  data-pp-style-logo-type="inline"
  data-pp-amount="{{ product.price | money_without_currency }}">
</div>
''', cid=paypal_client_id())

add("javascript/decoy-square-application-id", "booking-site/static/js/deposit.js", "Square docs: Web Payments SDK takes the application ID and location ID (developer.squareup.com/docs/web-payments/overview)", '''
const APPLICATION_ID = "sq0idp-@@app@@";
const LOCATION_ID = "L4TQ9ZK2M8W1B";

async function initCard() {
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach("#card-container");
  return card;
}

document.addEventListener("DOMContentLoaded", async () => {
  const card = await initCard();
  document.getElementById("pay-deposit").addEventListener("click", async () => {
    const result = await card.tokenize();
    if (result.status !== "OK") return;
    await fetch("/api/deposit", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sourceId: result.token, bookingId: document.body.dataset.booking }),
    });
  });
});
''', app=chars(22, URLSAFE))

add("typescript/decoy-adyen-client-key", "webshop/src/checkout/dropin.ts", "Adyen docs: client keys are public and used in the browser (docs.adyen.com/development-resources/client-side-authentication)", '''
import AdyenCheckout from "@adyen/adyen-web";
import "@adyen/adyen-web/dist/adyen.css";

export async function mountDropin(session: { id: string; sessionData: string }) {
  const checkout = await AdyenCheckout({
    environment: "live",
    clientKey: "live_@@ck@@",
    session,
    locale: "nl-NL",
    onPaymentCompleted: (result: { resultCode: string }) => {
      window.location.href = `/bestelling/klaar?status=${result.resultCode}`;
    },
    onError: (error: Error) => console.error(error.name, error.message),
  });
  checkout.create("dropin").mount("#dropin-container");
}
''', ck=chars(32, string.ascii_uppercase + string.digits))

add("javascript/decoy-mollie-profile-id", "webshop/static/js/mollie-components.js", "Mollie docs: Mollie Components use the public profile id (docs.mollie.com/docs/mollie-components)", '''
/* Card fields on the checkout page; the profile id is public, payments are created server-side. */
const mollie = Mollie("pfl_@@pfl@@", { locale: "nl_NL", testmode: false });

const cardNumber = mollie.createComponent("cardNumber");
cardNumber.mount("#card-number");
const cardHolder = mollie.createComponent("cardHolder");
cardHolder.mount("#card-holder");
const expiry = mollie.createComponent("expiryDate");
expiry.mount("#expiry-date");
const cvc = mollie.createComponent("verificationCode");
cvc.mount("#verification-code");

document.getElementById("pay").addEventListener("submit", async (e) => {
  e.preventDefault();
  const { token, error } = await mollie.createToken();
  if (error) return alert(error.message);
  e.target.querySelector("[name=cardToken]").value = token;
  e.target.submit();
});
''', pfl=alnum(10))

add("toml/decoy-shopify-client-id", "apps/workshop-booking/shopify.app.toml", "Shopify docs: app configuration file, client_id (shopify.dev/docs/apps/build/cli-for-apps/app-configuration)", '''
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration

client_id = "@@cid@@"
name = "Werkstatt-Termine"
handle = "werkstatt-termine"
application_url = "https://termine-app.radwerk-koeln.de"
embedded = true

[access_scopes]
scopes = "read_customers,write_customers,read_orders"

[auth]
redirect_urls = ["https://termine-app.radwerk-koeln.de/auth/callback"]

[webhooks]
api_version = "2024-07"

[pos]
embedded = false
''', cid=hexs(32))

add("json/decoy-oauth-client-id", "staff-app/public/auth-config.json", "Google Identity docs: the OAuth client ID is public in browser apps (developers.google.com/identity/gsi/web/guides/get-google-api-clientid)", '''
{
  "provider": "google",
  "clientId": "@@num@@-@@rand@@.apps.googleusercontent.com",
  "hostedDomain": "chainlinecycles.com",
  "redirectUri": "https://staff.chainlinecycles.com/auth/callback",
  "scopes": ["openid", "email", "profile"],
  "prompt": "select_account"
}
''', num=digits(12), rand=chars(32, string.ascii_lowercase + string.digits))

add("python/decoy-account-sid", "notify/config.py", "Twilio docs: the Account SID identifies the account; the token stays in the environment (twilio.com/docs/iam/credentials/api)", '''
"""Messaging settings; the auth token comes from the environment (systemd EnvironmentFile)."""
import os

TWILIO_ACCOUNT_SID = "@@sid@@"
TWILIO_MESSAGING_SERVICE_SID = "@@mg@@"
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

SENDER_NAME = "SpokeSprkt"
SHOP_PHONE = "+44 20 7946 0321"
QUIET_HOURS = (21, 8)
''', sid=twilio_sid(), mg=twilio_sid("MG"))

add("yaml/decoy-whatsapp-ids", "messaging/whatsapp.yaml", "Meta docs: WhatsApp phone number ID and WABA ID (developers.facebook.com/docs/whatsapp/cloud-api/get-started)", '''
whatsapp:
  api_version: v19.0
  phone_number_id: "118273645509812"
  business_account_id: "128374650019283"
  app_id: "902183746501928"
  access_token: ${WA_TOKEN}
  verify_token_env: WA_VERIFY_TOKEN
  templates:
    - name: service_reminder_de
      language: de
      category: UTILITY
    - name: repair_ready_de
      language: de
      category: UTILITY
    - name: parts_arrived_de
      language: de
      category: UTILITY
''')

add("kotlin/decoy-publishable-key", "app/build.gradle.kts", "Android docs: buildConfigField and manifestPlaceholders from local.properties (developer.android.com/build/gradle-tips)", '''
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "de.radwerk.tablet"
    compileSdk = 34
    defaultConfig {
        applicationId = "de.radwerk.tablet"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "STRIPE_PUBLISHABLE_KEY", "\\"@@pk@@\\"")
        manifestPlaceholders["MAPS_API_KEY"] = localProps.getProperty("MAPS_API_KEY", "")
    }
    buildFeatures { buildConfig = true }
}
''', pk=stripe("pk_live_"))

add("swift/decoy-publishable-key", "CheckIn/Sources/CheckIn/Payments.swift", "Stripe iOS SDK docs: set the publishable key in the app (docs.stripe.com/payments/accept-a-payment?platform=ios)", '''
import StripePaymentSheet
import UIKit

enum Payments {
    /// Publishable key only; PaymentIntents are created by the backend.
    static let publishableKey = "@@pk@@"

    static func configure() {
        STPAPIClient.shared.publishableKey = publishableKey
    }

    static func sheet(clientSecret: String, customerName: String) -> PaymentSheet {
        var config = PaymentSheet.Configuration()
        config.merchantDisplayName = "Northside Bike Works"
        config.defaultBillingDetails.name = customerName
        config.allowsDelayedPaymentMethods = false
        return PaymentSheet(paymentIntentClientSecret: clientSecret, configuration: config)
    }
}
''', pk=stripe("pk_live_"))

add("plist/decoy-firebase-config", "CheckIn/GoogleService-Info.plist", "Firebase docs: GoogleService-Info.plist holds identifiers, not secrets (firebase.google.com/docs/projects/learn-more#config-files-objects)", '''
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
	<string>com.northsidebikeworks.checkin</string>
	<key>PROJECT_ID</key>
	<string>northside-checkin</string>
	<key>STORAGE_BUCKET</key>
	<string>northside-checkin.appspot.com</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false></false>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
''', key=google_api_key(), sender=digits(12), app=hexs(22))

add("html/decoy-analytics-ids", "theme/layout/theme.liquid", "Google tag docs: the measurement ID is public page markup (developers.google.com/tag-platform/gtagjs/install)", '''
<!doctype html>
<html lang="{{ request.locale.iso_code }}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{{ page_title }} | Spoke &amp; Sprocket</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-@@ga@@', { anonymize_ip: true });
  </script>
  <script>
    !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
    n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
    n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
    t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
    document,'script','https://connect.facebook.net/en_US/fbevents.js');
    fbq('init', '@@pixel@@');
    fbq('track', 'PageView');
  </script>
  {{ content_for_header }}
</head>
<body>
  {{ content_for_layout }}
</body>
</html>
''', ga=chars(10, string.ascii_uppercase + string.digits), pixel=digits(16))

add("terraform/decoy-cloudflare-ids", "infra/dns/zone.tf", "Terraform Cloudflare provider docs: zone_id and account_id are identifiers (registry.terraform.io/providers/cloudflare/cloudflare/latest/docs)", '''
variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

locals {
  account_id = "@@acct@@"
  zone_id    = "@@zone@@"
}

resource "cloudflare_record" "www" {
  zone_id = local.zone_id
  name    = "www"
  content = "shops.myshopify.com"
  type    = "CNAME"
  proxied = false
}

resource "cloudflare_page_rule" "root_to_www" {
  zone_id  = local.zone_id
  target   = "chainlinecycles.com/*"
  priority = 1
  actions {
    forwarding_url {
      url         = "https://www.chainlinecycles.com/$1"
      status_code = 301
    }
  }
}
''', acct=hexs(32), zone=hexs(32))

_dkim = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + chars(306, ALNUM + "+/") + "IDAQAB"
add("terraform/decoy-dkim-public-key", "infra/dns/mail.tf", "RFC 6376 DKIM: the p= tag is the public key published in DNS", '''
resource "cloudflare_record" "spf" {
  zone_id = local.zone_id
  name    = "@"
  type    = "TXT"
  content = "v=spf1 include:spf.protection.outlook.com include:sendgrid.net -all"
}

resource "cloudflare_record" "dkim_s1" {
  zone_id = local.zone_id
  name    = "s1._domainkey"
  type    = "TXT"
  content = "v=DKIM1; k=rsa; p=@@p@@"
}

resource "cloudflare_record" "dmarc" {
  zone_id = local.zone_id
  name    = "_dmarc"
  type    = "TXT"
  content = "v=DMARC1; p=quarantine; rua=mailto:dmarc@chainlinecycles.com; adkim=s; aspf=s"
}
''', p=_dkim)

add("ansible/decoy-ssh-public-keys", "ansible/roles/base/vars/main.yml", "Ansible docs: ansible.posix.authorized_key takes public keys (docs.ansible.com/ansible/latest/collections/ansible/posix/authorized_key_module.html)", '''
admin_users:
  - name: itadmin
    shell: /bin/bash
    groups: [sudo]
    ssh_keys:
      - "@@k1@@"
  - name: lena
    shell: /bin/bash
    groups: [sudo]
    ssh_keys:
      - "@@k2@@"
  - name: deploy
    shell: /bin/sh
    groups: []
    ssh_keys:
      - "@@k3@@"

sshd_password_authentication: false
sshd_permit_root_login: "no"
''', k1=ssh_pub("itadmin@thinkpad"), k2=ssh_pub("lena@macbook"), k3=ssh_pub("deploy@ci"))

add("ini/decoy-wireguard-public-keys", "it/vpn/wg0.conf", "WireGuard docs: peers are identified by public keys; the private key is read from a file (wireguard.com/quickstart)", '''
# Site-to-site: Laden (FritzBox) <-> Lager (Pi), private key is in /etc/wireguard/private.key (not in git)
[Interface]
Address = 10.88.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# Lager Halle 2 (Raspberry Pi)
PublicKey = @@p1@@
AllowedIPs = 10.88.0.2/32, 192.168.40.0/24
PersistentKeepalive = 25

[Peer]
# Laptop Inhaberin
PublicKey = @@p2@@
AllowedIPs = 10.88.0.10/32
''', p1=b64_bytes(32), p2=b64_bytes(32))

_cred_id = "DE" + f"{random.Random(_seed()).randint(10, 99)}" + "ZZZ0000" + digits(7)
add("xml/decoy-sepa-creditor-id", "leasing/export/sepa-2024-07.xml", "ISO 20022 pain.008 SEPA direct debit: the creditor identifier and creditor IBAN are printed on mandates", '''
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08">
  <CstmrDrctDbtInitn>
    <GrpHdr>
      <MsgId>RADHAUS-LEASING-2024-07</MsgId>
      <CreDtTm>2024-06-28T09:12:44</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>39.90</CtrlSum>
      <InitgPty><Nm>Radhaus Muenster GmbH</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>INSP-ABO-07</PmtInfId>
      <PmtMtd>DD</PmtMtd>
      <ReqdColltnDt>2024-07-03</ReqdColltnDt>
      <Cdtr><Nm>Radhaus Muenster GmbH</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>@@iban@@</IBAN></Id></CdtrAcct>
      <CdtrAgt><FinInstnId><BICFI>WELADED1MST</BICFI></FinInstnId></CdtrAgt>
      <CdtrSchmeId><Id><PrvtId><Othr><Id>@@cid@@</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>
      <DrctDbtTxInf>
        <PmtId><EndToEndId>ABO-000184-2407</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">39.90</InstdAmt>
        <DrctDbtTx><MndtRltdInf><MndtId>ABO-000184</MndtId><DtOfSgntr>2023-03-14</DtOfSgntr></MndtRltdInf></DrctDbtTx>
        <Dbtr><Nm>Kunde 000184</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>DE00XXXXXXXXXXXXXXXXXX</IBAN></Id></DbtrAcct>
        <RmtInf><Ustrd>Inspektions-Abo Juli 2024</Ustrd></RmtInf>
      </DrctDbtTxInf>
    </PmtInf>
  </CstmrDrctDbtInitn>
</Document>
''', iban=iban_de(), cid=_cred_id)

add("html/decoy-bank-details", "invoices/templates/rechnung.html", "Invoice template (German invoices must show the seller's VAT id and bank details, UStG section 14)", '''
<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><link rel="stylesheet" href="rechnung.css"></head>
<body>
  <header>
    <img src="logo.svg" alt="Fahrrad Brandt">
    <address>Fahrrad Brandt e.K. &middot; Hauptstr. 12 &middot; 04109 Leipzig</address>
  </header>
  <h1>Rechnung {{ nummer }}</h1>
  <p>Datum: {{ datum }} &middot; Kundennr.: {{ kunde.nummer }}</p>
  <table class="positionen">
    {% for p in positionen %}
    <tr><td>{{ p.menge }}</td><td>{{ p.text }}</td><td class="r">{{ p.betrag }} &euro;</td></tr>
    {% endfor %}
  </table>
  <p class="summe">Gesamt: {{ summe }} &euro; (inkl. {{ mwst }} &euro; MwSt.)</p>
  <footer>
    Bankverbindung: Sparkasse Leipzig &middot; IBAN @@iban@@ &middot; BIC WELADE8LXXX<br>
    USt-IdNr.: DE@@vat@@ &middot; Steuernr.: 231/456/78901 &middot; Amtsgericht Leipzig HRA 18274
  </footer>
</body>
</html>
''', iban=iban_de(), vat=digits(9))

add("csv/decoy-coupon-codes", "marketing/fruehjahrscheck-2024-codes.csv", "Marketing export of campaign discount codes (printed on flyers; public by design)", '''
code,kampagne,rabatt,gueltig_bis,max_einloesungen,kanal
FRUEHJAHR24,Frühjahrs-Check,15%,2024-04-30,500,Flyer
EBIKE-CHECK24,E-Bike-Akkucheck,10 EUR,2024-05-31,300,Newsletter
STUDI10,Studierende,10%,2024-12-31,,Aushang Uni
KETTE4FREE,Kettenpflege gratis bei Inspektion,100% Position,2024-04-30,200,Instagram
FAHRRADKLIMA24,ADFC Aktionswoche,5 EUR,2024-06-09,150,ADFC-Newsletter
''')

add("markdown/decoy-test-card-numbers", "docs/schulung/kasse-testmodus.md", "Stripe docs: test card numbers (docs.stripe.com/testing)", '''
# Schulung: Kasse im Testmodus

Für die Einarbeitung läuft die Schulungskasse (iPad "Kasse-Test") im **Testmodus** des
Zahlungsanbieters. Es wird kein echtes Geld bewegt.

| Fall | Kartennummer | Ablauf | CVC |
|------|--------------|--------|-----|
| Zahlung erfolgreich | 4242 4242 4242 4242 | beliebig in der Zukunft | beliebig |
| Karte abgelehnt | 4000 0000 0000 0002 | beliebig in der Zukunft | beliebig |
| 3D Secure nötig | 4000 0027 6000 3184 | beliebig in der Zukunft | beliebig |

Übungen:
1. Inspektion + Kettenwechsel kassieren, Beleg per Mail.
2. Teilzahlung: Anzahlung vom Werkstatttermin verrechnen.
3. Storno eines Schlauchs (Bon-Nr. notieren).

Danach die Kasse wieder auf **Live** stellen lassen (nur Inhaberin).
''')


# =====================================================================================================
# Decoys: references, encrypted values, placeholders, fixtures
# =====================================================================================================

add("env/decoy-placeholder", "booking/.env.example", "dotenv convention: .env.example lists the variables with placeholder values", '''
# Copy to .env and fill in. Never commit the real .env.
DJANGO_SETTINGS_MODULE=booking.settings.dev
SECRET_KEY=change-me-to-a-long-random-string
DATABASE_URL=postgres://booking:booking@localhost:5432/booking
CELERY_BROKER_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
SHOPIFY_ADMIN_TOKEN=shpat_<from the custom app settings>
EMAIL_HOST_PASSWORD=
''')

add("python/decoy-env-reference", "booking/settings/base.py", "Django docs: reading settings from the environment (docs.djangoproject.com/en/5.0/topics/settings)", '''
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = os.environ.get("DEBUG", "0") == "1"

DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=600)}
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")

EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")

LANGUAGE_CODE = "en-ie"
TIME_ZONE = "Europe/Dublin"
USE_TZ = True
''')

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-booking.yml", "GitHub docs: using secrets in a workflow (docs.github.com/en/actions/security-guides/using-secrets-in-github-actions)", '''
name: Deploy booking site
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: Deploy over SSH
        uses: appleboy/ssh-action@v1.0.3
        with:
          host: ${{ secrets.BOOKING_HOST }}
          username: deploy
          key: ${{ secrets.BOOKING_DEPLOY_KEY }}
          script: cd /srv/booking && ./deploy.sh ${{ github.sha }}
      - name: Tell the team
        env:
          TELEGRAM_TOKEN: ${{ secrets.TELEGRAM_BOT_TOKEN }}
          CHAT_ID: ${{ vars.TEAM_CHAT_ID }}
        run: |
          curl -s "https://api.telegram.org/bot${TELEGRAM_TOKEN}/sendMessage" \\
            -d chat_id="${CHAT_ID}" -d text="Booking site deployed: ${GITHUB_SHA::7}"
''')

add("k8s/decoy-secret-key-ref", "deploy/k8s/shop/deployment.yaml", "Kubernetes docs: env from secretKeyRef (kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure)", '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: online-shop
  namespace: velowerk-shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: online-shop}
  template:
    metadata:
      labels: {app: online-shop}
    spec:
      containers:
        - name: web
          image: ghcr.io/velowerk/online-shop@sha256:@@digest@@
          ports: [{containerPort: 3000}]
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: stripe-credentials, key: STRIPE_SECRET_KEY}
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: shop-db, key: url}
            - name: NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
              valueFrom:
                configMapKeyRef: {name: shop-public, key: stripe_pk}
''', digest=hexs(64))

add("k8s/decoy-external-secret", "deploy/k8s/shop/external-secrets.yaml", "External Secrets Operator docs: ExternalSecret (external-secrets.io/latest/api/externalsecret)", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-db
  namespace: velowerk-shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secretsmanager
    kind: ClusterSecretStore
  target:
    name: shop-db
    creationPolicy: Owner
  data:
    - secretKey: url
      remoteRef:
        key: prod/online-shop/database
        property: url
    - secretKey: password
      remoteRef:
        key: prod/online-shop/database
        property: password
''')

add("compose/decoy-env-reference", "deploy/pos-bridge/docker-compose.yml", "Docker docs: interpolation and secrets in Compose (docs.docker.com/compose/how-tos/environment-variables/variable-interpolation)", '''
services:
  pos-bridge:
    image: ghcr.io/radwerk/pos-bridge:1.4.2
    restart: unless-stopped
    environment:
      POS_BASE_URL: https://radwerk.retail.lightspeed.app/api/2.0
      POS_TOKEN: ${LIGHTSPEED_TOKEN:?set LIGHTSPEED_TOKEN in .env}
      SHOPIFY_SHOP: radwerk-koeln.myshopify.com
      SHOPIFY_TOKEN_FILE: /run/secrets/shopify_token
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - shopify_token
      - db_password
secrets:
  shopify_token:
    file: /etc/pos-bridge/shopify_token
  db_password:
    file: /etc/pos-bridge/db_password
''')

add("terraform/decoy-random-password", "infra/secrets.tf", "Terraform docs: random_password and aws_secretsmanager_secret_version (registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password)", '''
resource "random_password" "booking_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "booking_db" {
  name                    = "prod/booking/database"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "booking_db" {
  secret_id = aws_secretsmanager_secret.booking_db.id
  secret_string = jsonencode({
    username = "booking"
    password = random_password.booking_db.result
    host     = aws_db_instance.booking.address
  })
}

output "booking_db_secret_arn" {
  value = aws_secretsmanager_secret.booking_db.arn
}
''')

add("ansible/decoy-vault-reference", "ansible/group_vars/all/main.yml", "Ansible docs: variables from vault and hashi_vault lookups (docs.ansible.com/ansible/latest/vault_guide)", '''
shop_name: Radhaus Münster
nas_host: 192.168.20.5
nas_admin_user: itadmin
nas_admin_password: "{{ vault_nas_admin_password }}"
unifi_admin_password: "{{ vault_unifi_admin_password }}"
smtp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/shop/smtp:password') }}"
backup_b2_key_id: "{{ vault_b2_key_id }}"
backup_b2_app_key: "{{ vault_b2_app_key }}"
timezone: Europe/Berlin
ntp_servers:
  - ptbtime1.ptb.de
  - ptbtime2.ptb.de
''')

_vault_lines = "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(46)
add("ansible/decoy-ansible-vault", "ansible/group_vars/all/vault.yml", "Ansible docs: files encrypted with ansible-vault ($ANSIBLE_VAULT;1.1;AES256) (docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html)", '''
$ANSIBLE_VAULT;1.1;AES256
@@lines@@
''', lines=_vault_lines)


def _sops(n: int) -> str:
    return f"ENC[AES256_GCM,data:{chars(n, ALNUM + '+/')}=,iv:{chars(43, ALNUM + '+/')}=,tag:{chars(22, ALNUM + '+/')}==,type:str]"


add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "SOPS docs: encrypted YAML with age recipients (github.com/getsops/sops)", '''
shopify:
    admin_token: @@a@@
stripe:
    secret_key: @@b@@
    webhook_secret: @@c@@
smtp:
    password: @@d@@
sops:
    age:
        - recipient: age1@@rec@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@agebody@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-14T09:22:51Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', a=_sops(51), b=_sops(43), c=_sops(51), d=_sops(19), rec=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    agebody=chars(64, ALNUM + "+/"), mac=_sops(86))

add("k8s/decoy-sealed-secret", "deploy/k8s/booking/sealed-smtp.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData (github.com/bitnami-labs/sealed-secrets)", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-smtp
  namespace: booking
spec:
  encryptedData:
    EMAIL_HOST_PASSWORD: AgB@@e1@@
    EMAIL_HOST_USER: AgC@@e2@@
  template:
    metadata:
      name: booking-smtp
      namespace: booking
    type: Opaque
''', e1=chars(680, ALNUM + "+/") + "==", e2=chars(680, ALNUM + "+/") + "=")

add("json/decoy-key-vault-reference", "WorkshopManager/appsettings.json", "Microsoft Learn: Key Vault references in App Service (learn.microsoft.com/azure/app-service/app-service-key-vault-references)", '''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Workshop": "@Microsoft.KeyVault(SecretUri=https://kv-radsport-kaiser.vault.azure.net/secrets/WorkshopDb/)"
  },
  "Graph": {
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-radsport-kaiser;SecretName=GraphClientSecret)"
  },
  "Booking": { "SlotMinutes": 30 },
  "AllowedHosts": "*"
}
''', tenant=uuid_s(), client=uuid_s())

add("markdown/decoy-password-manager-reference", "docs/it/zugaenge.md", "1Password CLI docs: secret references op://vault/item/field (developer.1password.com/docs/cli/secret-references)", '''
# Zugänge (wo sie liegen)

Alle Passwörter liegen im 1Password-Tresor **Laden-IT**. Nichts davon gehört ins Wiki oder in Git.

| Dienst | Referenz |
|--------|----------|
| Shopify Admin-App Token | `op://Laden-IT/Shopify Custom App/credential` |
| Lightspeed Personal Token | `op://Laden-IT/Lightspeed X-Series/token` |
| SumUp API Key | `op://Laden-IT/SumUp/api key` |
| NAS01 admin | `op://Laden-IT/NAS01/password` |
| Bosch DiagnosticTool | `op://Laden-IT/Bosch Händlerportal/password` |
| Hartje B2B | `op://Laden-IT/Hartje B2B/password` |

Beispiel im Skript:

```bash
export SHOPIFY_TOKEN="$(op read 'op://Laden-IT/Shopify Custom App/credential')"
```

Neue Mitarbeitende bekommen nur den Tresor **Werkstatt** (Diagnose, Lieferantenportale lesend).
''')

add("shell/decoy-secret-manager-call", "scripts/nightly-export.sh", "pass(1) and 1Password CLI `op read` (passwordstore.org; developer.1password.com/docs/cli/reference/commands/read)", '''
#!/usr/bin/env bash
set -euo pipefail

PGPASSWORD="$(pass show shop/postgres/readonly)"
export PGPASSWORD
B2_APPLICATION_KEY_ID="$(op read 'op://Laden-IT/Backblaze B2/key id')"
B2_APPLICATION_KEY="$(op read 'op://Laden-IT/Backblaze B2/application key')"
export B2_APPLICATION_KEY_ID B2_APPLICATION_KEY

day=$(date +%F)
pg_dump -h 10.0.1.10 -U readonly -Fc shop > "/tmp/shop-${day}.dump"
b2 file upload --no-progress radhaus-nas-backup "/tmp/shop-${day}.dump" "db/shop-${day}.dump"
rm -f "/tmp/shop-${day}.dump"
''')

add("powershell/decoy-secret-management", "it/scripts/Connect-Lightspeed.ps1", "Microsoft Learn: SecretManagement Get-Secret (learn.microsoft.com/powershell/module/microsoft.powershell.secretmanagement/get-secret)", '''
#Requires -Modules Microsoft.PowerShell.SecretManagement

$token = Get-Secret -Name "LightspeedPersonalToken" -Vault "LadenIT" -AsPlainText
$headers = @{ Authorization = "Bearer $token"; Accept = "application/json" }

$base = "https://kettenblatt.retail.lightspeed.app/api/2.0"
$products = Invoke-RestMethod -Uri "$base/products?page_size=200" -Headers $headers
$low = $products.data | Where-Object { $_.inventory -and $_.inventory[0].inventory_level -le 2 }

$low | Select-Object sku, name | Export-Csv -Path "\\\\NAS01\\lager\\nachbestellen.csv" -NoTypeInformation -Encoding UTF8
Write-Host "$($low.Count) Artikel unter Mindestbestand."
''')

add("go/decoy-env-reference", "cmd/terminal-bridge/config.go", "Go docs: os.Getenv / os.LookupEnv (pkg.go.dev/os#LookupEnv)", '''
package main

import (
	"fmt"
	"os"
)

type Config struct {
	SumUpAPIKey  string
	MerchantCode string
	ListenAddr   string
}

func loadConfig() (Config, error) {
	key, ok := os.LookupEnv("SUMUP_API_KEY")
	if !ok || key == "" {
		return Config{}, fmt.Errorf("SUMUP_API_KEY is not set")
	}
	return Config{
		SumUpAPIKey:  key,
		MerchantCode: getenv("SUMUP_MERCHANT_CODE", "MCRNF79M"),
		ListenAddr:   getenv("LISTEN_ADDR", "127.0.0.1:8089"),
	}, nil
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
''')

add("rust/decoy-env-reference", "diag-uploader/src/config.rs", "Rust std docs: std::env::var (doc.rust-lang.org/std/env/fn.var.html)", '''
use std::env;

pub struct Config {
    pub database_url: String,
    pub upload_token: String,
    pub reports_dir: String,
}

impl Config {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            database_url: env::var("DATABASE_URL")?,
            upload_token: env::var("DIAG_API_TOKEN")?,
            reports_dir: env::var("REPORTS_DIR").unwrap_or_else(|_| "/srv/diag/reports".into()),
        })
    }
}
''')

add("java/decoy-property-placeholder", "src/main/java/uk/spokesprocket/pay/StripeConfig.java", "Spring docs: @Value property placeholders (docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html)", '''
package uk.spokesprocket.pay;

import com.stripe.Stripe;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class StripeConfig {

    @Value("${stripe.secret-key}")
    private String secretKey;

    @Value("${stripe.webhook-secret}")
    private String webhookSecret;

    @PostConstruct
    void init() {
        Stripe.apiKey = secretKey;
    }

    public String webhookSecret() {
        return webhookSecret;
    }
}
''')

add("properties/decoy-placeholder", "src/main/resources/application.properties", "Spring Boot docs: externalized configuration with ${ENV} placeholders (docs.spring.io/spring-boot/reference/features/external-config.html)", '''
spring.application.name=bikeshop-checkout
stripe.secret-key=${STRIPE_SECRET_KEY}
stripe.webhook-secret=${STRIPE_WEBHOOK_SECRET}
paypal.client.id=${PAYPAL_CLIENT_ID}
paypal.client.secret=${PAYPAL_CLIENT_SECRET}
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/checkout
spring.datasource.username=${DB_USER:checkout}
spring.datasource.password=${DB_PASSWORD}
''')

add("xml/decoy-user-secrets-id", "WorkshopManager/WorkshopManager.csproj", "Microsoft Learn: safe storage of app secrets, UserSecretsId (learn.microsoft.com/aspnet/core/security/app-secrets)", '''
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@id@@</UserSecretsId>
    <RootNamespace>WorkshopManager</RootNamespace>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Azure.Identity" Version="1.12.0" />
    <PackageReference Include="Microsoft.Graph" Version="5.56.0" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.6" />
  </ItemGroup>

</Project>
''', id=uuid_s())

add("php/decoy-env-reference", "config/services.php", "Laravel docs: config files read env() values (laravel.com/docs/11.x/configuration#environment-configuration)", '''
<?php

return [
    'mollie' => [
        'key' => env('MOLLIE_KEY'),
        'profile_id' => env('MOLLIE_PROFILE_ID'),
    ],

    'sendcloud' => [
        'public_key' => env('SENDCLOUD_PUBLIC_KEY'),
        'secret_key' => env('SENDCLOUD_SECRET_KEY'),
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'acuity' => [
        'user_id' => env('ACUITY_USER_ID'),
        'api_key' => env('ACUITY_API_KEY'),
    ],
];
''')

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "Rails guides: custom credentials via Rails.application.credentials (guides.rubyonrails.org/security.html#custom-credentials)", '''
# frozen_string_literal: true

Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

Rails.configuration.x.stripe = ActiveSupport::OrderedOptions.new.tap do |c|
  c.publishable_key = ENV.fetch("STRIPE_PUBLISHABLE_KEY", "")
  c.webhook_secret = Rails.application.credentials.dig(:stripe, :webhook_secret)
  c.deposit_cents = 2000
end
''')

add("text/decoy-pgp-encrypted", "it/handover/lieferanten-zugaenge.csv.asc", "RFC 4880 OpenPGP ASCII armor: an encrypted message (gpg --encrypt --armor)", '''
-----BEGIN PGP MESSAGE-----

hQIMA@@head@@
@@body@@
=@@crc@@
-----END PGP MESSAGE-----
''', head=chars(59, ALNUM + "+/"), body="\n".join(chars(64, ALNUM + "+/") for _ in range(11)) + "\n" + chars(40, ALNUM + "+/") + "==",
    crc=chars(4, ALNUM + "+/"))

add("dockerfile/decoy-build-secret-mount", "booking/Dockerfile", "Docker docs: build secrets with RUN --mount=type=secret (docs.docker.com/build/building/secrets)", '''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install --no-cache-dir -r requirements.txt

COPY . .
RUN SECRET_KEY=build-only-not-used python manage.py collectstatic --noinput

USER 1000
EXPOSE 8000
CMD ["gunicorn", "booking.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
''')

add("ini/decoy-systemd-credentials", "deploy/systemd/booking.service", "systemd docs: EnvironmentFile and LoadCredential (freedesktop.org/software/systemd/man/systemd.exec.html)", '''
[Unit]
Description=Workshop booking (gunicorn)
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
User=booking
WorkingDirectory=/srv/booking
EnvironmentFile=/etc/booking/booking.env
LoadCredential=stripe_key:/etc/booking/credentials/stripe_key
LoadCredential=twilio_token:/etc/booking/credentials/twilio_token
ExecStart=/srv/booking/venv/bin/gunicorn booking.wsgi -b 127.0.0.1:8000 -w 3
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("yaml/decoy-placeholder", "config/settings.sample.yaml", "Sample configuration with placeholder values (common practice)", '''
# Copy to settings.yaml and replace every <...> value.
shop:
  name: "<Shop name>"
  timezone: Europe/Berlin

pos:
  vendor: lightspeed-x
  domain_prefix: "<your-prefix>"
  personal_token: "<paste personal token here>"

shopify:
  shop: "<shop>.myshopify.com"
  admin_token: "shpat_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"

mail:
  host: smtp.example.com
  user: "werkstatt@example.com"
  password: "changeme"

supplier_ftp:
  host: ftp.example-wholesaler.de
  user: "<customer number>"
  password: "********"
''')

add("markdown/decoy-placeholder", "README.md", "Project README with setup instructions (common practice)", '''
# werkstatt-sync

Keeps the POS (Lightspeed X-Series), the Shopify shop and the workshop booking in step:
stock levels every 10 minutes, new bookings every 5.

## Setup

1. `python -m venv .venv && . .venv/bin/activate && pip install -e .`
2. Create a Shopify custom app with `read_products, write_inventory`. Its Admin API token
   starts with `shpat_`; put it in `.env` as `SHOPIFY_ADMIN_TOKEN=shpat_...`.
3. Create a Lightspeed personal token (Setup > Personal Tokens) and set `LIGHTSPEED_TOKEN=<token>`.
4. Optional: SumUp for the terminal bridge, `SUMUP_API_KEY=sup_sk_<your key>`.
5. `werkstatt-sync --dry-run` and check the output before you enable the cron job.

Never commit `.env`; it is in `.gitignore`.

## Troubleshooting

- `401 Unauthorized` from Shopify: the token was rotated, create a new one in the app settings.
- Lightspeed `429`: lower `SYNC_CONCURRENCY` to 2.
''')

add("k8s-secret/decoy-placeholder", "deploy/k8s/booking/secret.template.yaml", "Kubernetes docs: Secret data is base64 (here of placeholder values to be replaced at deploy)", '''
# Template only - the pipeline replaces these with values from the vault before kubectl apply.
apiVersion: v1
kind: Secret
metadata:
  name: booking-env
  namespace: booking
type: Opaque
data:
  SECRET_KEY: @@a@@
  TWILIO_AUTH_TOKEN: @@b@@
  EMAIL_HOST_PASSWORD: @@c@@
''', a=b64("REPLACE_ME"), b=b64("REPLACE_ME"), c=b64("REPLACE_ME"))

add("compose/decoy-dev-default", "docker-compose.dev.yml", "Docker Hub postgres image: POSTGRES_PASSWORD for local development (hub.docker.com/_/postgres)", '''
# Local development only. Production runs on the managed database.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: booking
      POSTGRES_DB: booking
    ports:
      - "127.0.0.1:5432:5432"
  redis:
    image: redis:7-alpine
    ports:
      - "127.0.0.1:6379:6379"
  mailpit:
    image: axllent/mailpit
    ports:
      - "127.0.0.1:8025:8025"
''')

add("python/decoy-test-fixture", "tests/test_sms.py", "pytest docs: monkeypatch and fixtures (docs.pytest.org/en/stable/how-to/monkeypatch.html)", '''
import pytest

from notify import sms


class FakeMessages:
    def __init__(self):
        self.sent = []

    def create(self, **kwargs):
        self.sent.append(kwargs)
        return type("Msg", (), {"sid": "SM00000000000000000000000000000000"})()


@pytest.fixture
def fake_client(monkeypatch):
    fake = type("Client", (), {"messages": FakeMessages()})()
    monkeypatch.setattr(sms, "client", fake)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "test-token-not-real")
    return fake


def test_ready_for_pickup_sends_one_sms(fake_client, job_factory):
    job = job_factory(first_name="Aoife", bike="Trek FX 3", total=84.5)
    assert sms.ready_for_pickup(job).startswith("SM")
    assert len(fake_client.messages.sent) == 1
    assert "Aoife" in fake_client.messages.sent[0]["body"]
''')

add("typescript/decoy-test-fixture", "shop/src/pages/api/webhooks/stripe.test.ts", "Stripe docs: generateTestHeaderString for webhook tests (github.com/stripe/stripe-node#testing-webhook-signing)", '''
import Stripe from "stripe";
import { describe, expect, it } from "vitest";

const stripe = new Stripe("sk_test_dummy", { apiVersion: "2024-06-20" });
const TEST_SECRET = "whsec_test_secret";

describe("stripe webhook", () => {
  it("accepts a correctly signed event", () => {
    const payload = JSON.stringify({ id: "evt_test_webhook", object: "event", type: "checkout.session.completed" });
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: TEST_SECRET });
    const event = stripe.webhooks.constructEvent(payload, header, TEST_SECRET);
    expect(event.id).toBe("evt_test_webhook");
  });

  it("rejects a wrong signature", () => {
    const payload = JSON.stringify({ id: "evt_test_webhook", object: "event" });
    expect(() => stripe.webhooks.constructEvent(payload, "t=1,v1=deadbeef", TEST_SECRET)).toThrow();
  });
});
''')

add("python/decoy-token-generator", "booking/tokens.py", "Python docs: secrets.token_urlsafe for manage-booking links (docs.python.org/3/library/secrets.html)", '''
"""Tokens for the 'manage your booking' links we e-mail to customers."""
import hashlib
import hmac
import secrets

TOKEN_BYTES = 24


def new_manage_token() -> tuple[str, str]:
    """Returns (token for the e-mail link, sha256 to store)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, hashlib.sha256(token.encode()).hexdigest()


def matches(token: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hashlib.sha256(token.encode()).hexdigest(), stored_hash)


def short_code() -> str:
    """6-character pick-up code printed on the repair ticket (not a credential)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(6))
''')

add("python/decoy-regex-patterns", "logging_filters/scrub.py", "Python docs: re module; a log filter that redacts credentials (docs.python.org/3/library/re.html)", r'''
"""Logging filter: masks tokens and card numbers before log lines reach the NAS syslog."""
import logging
import re

PATTERNS = [
    (re.compile(r"sk_(live|test)_[0-9A-Za-z]{24,99}"), "sk_***"),
    (re.compile(r"shp(at|ss|ca|tka)_[0-9a-f]{32}"), "shp***"),
    (re.compile(r"sup_sk_[0-9A-Za-z]{32}"), "sup_sk_***"),
    (re.compile(r"(?i)(authorization:\s*(?:bearer|basic)\s+)\S+"), r"\1***"),
    (re.compile(r"\b(?:\d[ -]?){13,19}\b"), "[PAN]"),
    (re.compile(r"(?i)(password|passwort|kennwort)=([^&\s]+)"), r"\1=***"),
]


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        for pattern, repl in PATTERNS:
            msg = pattern.sub(repl, msg)
        record.msg, record.args = msg, ()
        return True
''')

add("json/decoy-secrets-baseline", ".secrets.baseline", "detect-secrets docs: the baseline stores hashed_secret values, not secrets (github.com/Yelp/detect-secrets)", '''
{
  "version": "1.5.0",
  "plugins_used": [
    {"name": "AWSKeyDetector"},
    {"name": "Base64HighEntropyString", "limit": 4.5},
    {"name": "KeywordDetector", "keyword_exclude": ""},
    {"name": "StripeDetector"}
  ],
  "filters_used": [
    {"path": "detect_secrets.filters.allowlist.is_line_allowlisted"},
    {"path": "detect_secrets.filters.heuristic.is_likely_id_string"}
  ],
  "results": {
    "booking/.env.example": [
      {"type": "Secret Keyword", "filename": "booking/.env.example", "hashed_secret": "@@h1@@", "is_verified": false, "line_number": 3}
    ],
    "tests/test_sms.py": [
      {"type": "Secret Keyword", "filename": "tests/test_sms.py", "hashed_secret": "@@h2@@", "is_verified": false, "line_number": 22}
    ]
  },
  "generated_at": "2024-06-02T10:14:33Z"
}
''', h1=hexs(40), h2=hexs(40))


# =====================================================================================================
# Decoys: hashes, checksums, identifiers, diagnostics, exports and logs
# =====================================================================================================

add("text/decoy-pip-hashes", "booking/requirements.txt", "pip docs: hash-checking mode --hash=sha256 (pip.pypa.io/en/stable/topics/secure-installs)", '''
# pip-compile --generate-hashes requirements.in
django==5.0.6 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
celery==5.4.0 \\
    --hash=sha256:@@h3@@
redis==5.0.6 \\
    --hash=sha256:@@h4@@
stripe==9.12.0 \\
    --hash=sha256:@@h5@@
twilio==9.2.3 \\
    --hash=sha256:@@h6@@
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64))


def _integrity() -> str:
    return "sha512-" + chars(86, ALNUM + "+/") + "=="


add("json/decoy-lockfile-integrity", "shop/package-lock.json", "npm docs: package-lock.json integrity field (docs.npmjs.com/cli/v10/configuring-npm/package-lock-json)", '''
{
  "name": "spoke-sprocket-shop",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "spoke-sprocket-shop",
      "version": "3.2.0",
      "dependencies": {
        "@stripe/stripe-js": "^4.1.0",
        "next": "14.2.4",
        "stripe": "^16.2.0"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "@@i1@@",
      "engines": {"node": ">=12.16"}
    },
    "node_modules/next": {
      "version": "14.2.4",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.4.tgz",
      "integrity": "@@i2@@"
    },
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "@@i3@@"
    }
  }
}
''', i1=_integrity(), i2=_integrity(), i3=_integrity())


def _h1() -> str:
    return "h1:" + chars(43, ALNUM + "+/") + "="


add("text/decoy-go-sum", "go.sum", "Go modules reference: go.sum h1: hashes (go.dev/ref/mod#go-sum-files)", '''
github.com/lib/pq v1.10.9 @@a@@
github.com/lib/pq v1.10.9/go.mod @@b@@
googlemaps.github.io/maps v1.7.0 @@c@@
googlemaps.github.io/maps v1.7.0/go.mod @@d@@
golang.org/x/time v0.5.0 @@e@@
golang.org/x/time v0.5.0/go.mod @@f@@
''', a=_h1(), b=_h1(), c=_h1(), d=_h1(), e=_h1(), f=_h1())

add("dockerfile/decoy-image-digest", "pos-bridge/Dockerfile", "Docker docs: pin base images by digest (docs.docker.com/build/building/best-practices/#pin-base-image-versions)", '''
FROM eclipse-temurin:21-jdk@sha256:@@d1@@ AS build
WORKDIR /src
COPY . .
RUN ./gradlew --no-daemon bootJar

FROM eclipse-temurin:21-jre@sha256:@@d2@@
WORKDIR /app
COPY --from=build /src/build/libs/pos-bridge.jar app.jar
USER 1000
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
''', d1=hexs(64), d2=hexs(64))

add("json/decoy-asset-manifest", "theme/assets/manifest.json", "webpack docs: content hashes in output file names (webpack.js.org/guides/caching)", '''
{
  "app.js": "/assets/app.@@h1@@.js",
  "app.css": "/assets/app.@@h2@@.css",
  "cart-drawer.js": "/assets/cart-drawer.@@h3@@.js",
  "store-locator.js": "/assets/store-locator.@@h4@@.js",
  "fonts/Inter-Variable.woff2": "/assets/fonts/Inter-Variable.@@h5@@.woff2",
  "img/workshop-hero.webp": "/assets/img/workshop-hero.@@h6@@.webp"
}
''', h1=hexs(20), h2=hexs(20), h3=hexs(20), h4=hexs(20), h5=hexs(20), h6=hexs(20))

add("html/decoy-sri-hashes", "booking-site/templates/base.html", "MDN: Subresource Integrity (developer.mozilla.org/docs/Web/Security/Subresource_Integrity)", '''
<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Werkstatttermin{% endblock %} - Zweiradwerk</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/flatpickr@4.6.13/dist/flatpickr.min.css"
        integrity="sha384-@@s1@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/flatpickr@4.6.13/dist/flatpickr.min.js"
          integrity="sha384-@@s2@@" crossorigin="anonymous" defer></script>
  <script src="https://cdn.jsdelivr.net/npm/htmx.org@1.9.12/dist/htmx.min.js"
          integrity="sha384-@@s3@@" crossorigin="anonymous" defer></script>
  {% block head %}{% endblock %}
</head>
<body>{% block content %}{% endblock %}</body>
</html>
''', s1=chars(64, ALNUM + "+/"), s2=chars(64, ALNUM + "+/"), s3=chars(64, ALNUM + "+/"))

add("csv/decoy-firmware-checksums", "diag/firmware/freigegeben.csv", "Firmware release list with SHA-256 checksums (common practice)", '''
hersteller,komponente,version,datei,sha256,freigegeben_am
Bosch,Drive Unit Performance Line CX (Gen4),1.9.4.0,DU_CX4_1.9.4.0.bin,@@h1@@,2024-03-11
Bosch,PowerTube 625,3.2.1.0,BATT_PT625_3.2.1.0.bin,@@h2@@,2024-03-11
Shimano,DU-EP801,4.2.3,EP801_4.2.3.fw,@@h3@@,2024-04-02
Shimano,SC-EN600,4.0.1,EN600_4.0.1.fw,@@h4@@,2024-04-02
Yamaha,PW-X3,1.3.0,PWX3_130.bin,@@h5@@,2024-05-21
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("log/decoy-ebike-diagnostic", "diag/reports/2024-06-11_WS-4471.log", "E-bike diagnostic session log: serial numbers, fault codes and CAN frames (common practice)", '''
=== Diagnose-Sitzung 2024-06-11 10:42:17 | Auftrag WS-4471 | Techniker: JB ===
System          : eBike Gen4 (smart system: nein)
Rahmennummer    : WAC2418K03871
Drive Unit      : Performance Line CX  SN 4 0 275 007 1D8 | HW 3.0 | SW 1.9.4.0
Akku            : PowerTube 625  SN 0 275 007 5AF-2271903 | Zyklen 412 | Kapazität 88 %
Display         : Kiox  SN 0 275 007 9C1-0481122 | SW 1.7.2.0
Session-ID      : @@sid@@
Fehlerspeicher  :
  503   Geschwindigkeitssensor: Signal unplausibel   (aktiv, 3x)
  523   Drive Unit Temperatur zu hoch               (historisch, 1x)
CAN-Trace (Auszug):
  0x18FF50E5  8  A3 1F 00 7C 12 00 FF 40
  0x18FF51E5  8  00 00 1B 03 90 01 00 00
  0x0CF00400  8  F0 7D 7D 00 00 00 F0 7D
Aktion          : Speichenmagnet neu ausgerichtet, Sensor gereinigt, Fehler gelöscht
Ergebnis        : Probefahrt 2,1 km ohne Fehler
Bericht-Hash    : sha1:@@rh@@
''', sid=uuid_s(), rh=hexs(40))

add("csv/decoy-bike-registry", "exports/annahme-juni-2024.csv", "Workshop bike check-in export: frame numbers and order ids (common practice)", '''
auftrag,annahme,kunde_id,marke,modell,rahmennummer,codierung,auftragsart,status
WS-4468,2024-06-10,K-10293,Cube,Kathmandu Hybrid,WAC2401P11872,MS-FA 1042 CB,E-Bike-Inspektion,fertig
WS-4469,2024-06-10,K-08811,Gazelle,Ultimate C380,GZ23C1409837,,Inspektion,fertig
WS-4470,2024-06-10,K-11402,Riese & Müller,Delite GT,RM22D0447120,MS-RB 0933 RM,Bremse hinten,in Arbeit
WS-4471,2024-06-11,K-09120,Kalkhoff,Endeavour 5.B,WAC2418K03871,,Fehler 503,fertig
WS-4472,2024-06-11,K-11410,Trek,FX 3 Disc,WTU318C1207H,,Schlauch/Reifen,fertig
WS-4473,2024-06-11,K-07745,Brompton,C Line,2209114521,,Kettenwechsel,wartet Teil
''')

add("csv/decoy-parts-inventory", "lager/export/artikel.csv", "POS/ERP parts export with EAN/GTIN and supplier article numbers (common practice)", '''
artikelnr;ean;lieferant;lieferanten_artnr;bezeichnung;bestand;mindestbestand;vk_brutto
100231;4550170449727;Paul Lange;CN-HG701-116;Shimano Kette CN-HG701 11-fach 116 Gl.;14;6;44,95
100232;4550170888175;Paul Lange;RT-MT800-160;Shimano Bremsscheibe RT-MT800 160 mm;4;2;54,90
100377;4026495852214;Hartje;0.305.108;Schwalbe Marathon Plus 28x1.40;9;4;49,90
100378;4026495079505;Hartje;10400015.01;Schwalbe SV17 Schlauch 28 Zoll;38;20;7,95
100410;4015493102137;Cosmic Sports;BO-1032;SRAM PowerLock 12-fach 4er;22;10;19,95
100512;4047443415836;ZEG;CB-2271;Continental GP5000 28-622;0;2;59,95
''')

add("sql/decoy-uuid-ids", "db/seed/bookings_demo.sql", "PostgreSQL docs: uuid columns (postgresql.org/docs/current/datatype-uuid.html)", '''
-- Demo data for the staging booking site
INSERT INTO bookings (id, customer_id, service, slot_start, status, manage_token_hash) VALUES
  ('@@u1@@', 'cus_demo_01', 'service_standard', '2024-07-02 09:00+01', 'confirmed', '@@t1@@'),
  ('@@u2@@', 'cus_demo_02', 'ebike_service',    '2024-07-02 10:30+01', 'confirmed', '@@t2@@'),
  ('@@u3@@', 'cus_demo_03', 'puncture',          '2024-07-02 14:00+01', 'cancelled', '@@t3@@'),
  ('@@u4@@', 'cus_demo_04', 'wheel_true',        '2024-07-03 09:30+01', 'pending',   '@@t4@@');
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), t1=hexs(64), t2=hexs(64), t3=hexs(64), t4=hexs(64))

add("sql/decoy-password-hashes", "db/seed/staff_fixture.sql", "Django docs: password storage, argon2 and bcrypt hashes (docs.djangoproject.com/en/5.0/topics/auth/passwords)", '''
-- Staging staff accounts; hashes only, the staging passwords are handed out in person.
INSERT INTO staff_user (username, role, password, is_active) VALUES
  ('anja',  'owner',    'bcrypt_sha256@@b1@@', true),
  ('jens',  'mechanic', 'bcrypt_sha256@@b2@@', true),
  ('lena',  'counter',  'argon2$argon2id$v=19$m=102400,t=2,p=8$@@salt@@$@@hash@@', true),
  ('azubi', 'mechanic', '!@@unusable@@', false);
''', b1="$" + bcrypt_hash(), b2="$" + bcrypt_hash(), salt=chars(22, ALNUM + "+/"), hash=chars(43, ALNUM + "+/"), unusable=alnum(40))

add("sql/decoy-hashed-api-keys", "db/migrations/0007_partner_api_keys.sql", "Storing API keys as SHA-256 hashes with a visible prefix (common practice, e.g. GitHub token scanning guidance)", '''
CREATE TABLE partner_api_keys (
    id           bigserial PRIMARY KEY,
    partner      text        NOT NULL,
    key_prefix   varchar(12) NOT NULL,
    key_sha256   char(64)    NOT NULL UNIQUE,
    scopes       text[]      NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);

-- Keys issued to the two partner workshops for the shared loan-bike calendar
INSERT INTO partner_api_keys (partner, key_prefix, key_sha256, scopes) VALUES
  ('Velowerk Nord', 'vwp_7Hq2', '@@h1@@', '{calendar:read}'),
  ('Radwerk Süd',   'vwp_Kx9m', '@@h2@@', '{calendar:read,calendar:write}');
''', h1=hexs(64), h2=hexs(64))

add("json/decoy-webhook-event-fixture", "tests/fixtures/stripe_checkout_completed.json", "Stripe docs: Event object ids (evt_, cs_, pi_, cus_) (docs.stripe.com/api/events/object)", '''
{
  "id": "evt_1P@@e@@",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1719391802,
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1@@cs@@",
      "object": "checkout.session",
      "amount_total": 8990,
      "currency": "eur",
      "client_reference_id": "ORD-100482",
      "customer": "cus_Q@@cus@@",
      "payment_intent": "pi_3P@@pi@@",
      "payment_status": "paid",
      "status": "complete"
    }
  },
  "request": {"id": "req_@@req@@", "idempotency_key": "@@idem@@"}
}
''', e=alnum(22), cs=alnum(56), cus=alnum(13), pi=alnum(22), req=alnum(14), idem=uuid_s())

add("log/decoy-webhook-signatures", "logs/shopify-webhooks-2024-06-20.log", "Shopify docs: webhook HMAC header X-Shopify-Hmac-Sha256 is a signature (shopify.dev/docs/apps/build/webhooks/subscribe/https)", '''
2024-06-20T08:14:02Z INFO  webhook topic=orders/create shop=radwerk-koeln.myshopify.com webhook_id=@@w1@@ hmac=@@s1@@ verified=true
2024-06-20T08:14:02Z INFO  order #10482 -> workshop queue (Schlauchwechsel + Montage)
2024-06-20T09:02:44Z INFO  webhook topic=inventory_levels/update shop=radwerk-koeln.myshopify.com webhook_id=@@w2@@ hmac=@@s2@@ verified=true
2024-06-20T09:02:44Z INFO  sku 100378 available=37 (pos=38, reserved=1)
2024-06-20T11:30:10Z WARN  webhook topic=orders/create webhook_id=@@w3@@ hmac=@@s3@@ verified=false -> 401
2024-06-20T11:30:10Z INFO  rejected unsigned/forged webhook from 185.220.101.4
''', w1=uuid_s(), w2=uuid_s(), w3=uuid_s(), s1=b64_bytes(32), s2=b64_bytes(32), s3=b64_bytes(32))

add("log/decoy-redacted", "logs/pos-bridge/app-2024-06-21.log", "Application log with credentials redacted by a logging filter (common practice)", '''
2024-06-21T07:58:11.902+02:00 INFO  pos-bridge 1.4.2 starting (profile=prod)
2024-06-21T07:58:12.007+02:00 DEBUG HTTP >>> GET https://radwerk.retail.lightspeed.app/api/2.0/products?page_size=200
2024-06-21T07:58:12.007+02:00 DEBUG HTTP >>> Authorization: Bearer ****************
2024-06-21T07:58:12.421+02:00 DEBUG HTTP <<< 200 OK (414 ms)
2024-06-21T07:58:12.530+02:00 DEBUG HTTP >>> POST https://radwerk-koeln.myshopify.com/admin/api/2024-07/graphql.json
2024-06-21T07:58:12.530+02:00 DEBUG HTTP >>> X-Shopify-Access-Token: shpat_****[redacted]
2024-06-21T07:58:12.988+02:00 DEBUG HTTP <<< 200 OK (458 ms)
2024-06-21T07:58:13.002+02:00 INFO  sync done: 412 products, 9 stock changes
2024-06-21T07:58:13.010+02:00 INFO  db connect jdbc:mysql://192.168.20.5:3306/warenwirtschaft user=posbridge password=***
''')

add("csv/decoy-masked-card-receipts", "exports/kartenzahlungen-2024-06.csv", "Card terminal transaction export: masked PAN, auth codes, terminal ids (PCI DSS masking)", '''
datum;uhrzeit;terminal_id;beleg;karte;pan;autorisierung;betrag;status
2024-06-03;09:41:12;TID 60291847;000118;girocard;************4418;082711;14,90;ok
2024-06-03;11:07:55;TID 60291847;000119;Visa;411111******1048;A91KQ2;89,00;ok
2024-06-03;15:22:30;TID 60291847;000120;Mastercard;522233******7702;773018;249,00;ok
2024-06-04;10:02:04;TID 60291847;000121;girocard;************0261;-;34,50;abgelehnt
2024-06-04;10:03:19;TID 60291847;000122;girocard;************0261;551902;34,50;ok
''')

add("json/decoy-encrypted-field", "tests/fixtures/customers_encrypted.json", "cryptography docs: Fernet tokens are encrypted values; the key is kept elsewhere (cryptography.io/en/latest/fernet)", '''
[
  {
    "id": 10293,
    "name": "K. Schulte",
    "phone_enc": "@@f1@@",
    "email_sha256": "@@e1@@",
    "consent_sms": true
  },
  {
    "id": 11402,
    "name": "M. Yilmaz",
    "phone_enc": "@@f2@@",
    "email_sha256": "@@e2@@",
    "consent_sms": false
  }
]
''', f1=fernet_token(), f2=fernet_token(), e1=hexs(64), e2=hexs(64))

add("markdown/decoy-commit-shas", "CHANGELOG.md", "Keep a Changelog with commit references (keepachangelog.com)", '''
# Changelog

## [2.4.0] - 2024-06-18
### Added
- Saturday slots with deposit (@@c1@@)
- WhatsApp reminders 24 h before the appointment (@@c2@@)

### Fixed
- Double booking when two tills reserved the same slot within a second (@@c3@@)

## [2.3.1] - 2024-05-02
### Fixed
- E-bike inspection duration was 30 instead of 60 minutes (@@c4@@)

## [2.3.0] - 2024-04-15
### Changed
- Moved secrets to environment variables and rotated all tokens (@@c5@@)
''', c1=hexs(40), c2=hexs(40), c3=hexs(7), c4=hexs(40), c5=hexs(40))

add("json/decoy-masked-realm-export", "it/keycloak/staff-realm-export.json", "Keycloak docs: exported realms mask client secrets as ********** (keycloak.org/server/importExport)", '''
{
  "realm": "werkstatt",
  "enabled": true,
  "sslRequired": "external",
  "passwordPolicy": "length(12) and notUsername and passwordHistory(3)",
  "clients": [
    {
      "clientId": "staff-app",
      "publicClient": true,
      "redirectUris": ["https://staff.chainlinecycles.com/*"],
      "webOrigins": ["https://staff.chainlinecycles.com"]
    },
    {
      "clientId": "pos-bridge",
      "publicClient": false,
      "secret": "**********",
      "serviceAccountsEnabled": true,
      "standardFlowEnabled": false
    }
  ],
  "smtpServer": {
    "host": "smtp.office365.com",
    "port": "587",
    "user": "noreply@chainlinecycles.com",
    "password": "**********",
    "starttls": "true"
  }
}
''')

add("notebook/decoy-hashed-emails", "analysis/newsletter_match.ipynb", "Mailchimp docs: subscriber hash is the MD5 of the lower-case e-mail (mailchimp.com/developer/marketing/docs/methods-parameters)", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Welche Werkstattkund:innen lesen den Newsletter?\n", "Abgleich über den Subscriber-Hash, keine Klartext-Adressen im Notebook."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": {"text/plain": ["                        subscriber_hash  jobs_2024  opened_last_3\n0  @@m1@@          4              2\n1  @@m2@@          1              0\n2  @@m3@@          3              3"]},
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "import hashlib\n",
    "kunden[\"subscriber_hash\"] = kunden.email.str.lower().map(lambda e: hashlib.md5(e.encode()).hexdigest())\n",
    "merged = kunden.merge(opens, on=\"subscriber_hash\")\n",
    "merged[[\"subscriber_hash\", \"jobs_2024\", \"opened_last_3\"]].head(3)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', m1=hexs(32), m2=hexs(32), m3=hexs(32))

add("log/decoy-tracking-numbers", "logs/shipping-2024-06-24.log", "Sendcloud/DHL shipment log with parcel ids and tracking numbers (common practice)", '''
2024-06-24 14:02:11 INFO label created order=#10511 carrier=dhl_de parcel_id=@@p1@@ tracking=00340434@@t1@@
2024-06-24 14:02:12 INFO label created order=#10512 carrier=dhl_de parcel_id=@@p2@@ tracking=00340434@@t2@@
2024-06-24 14:05:40 INFO label created order=#10514 carrier=dpd parcel_id=@@p3@@ tracking=0@@t3@@
2024-06-24 14:05:41 WARN order=#10513 is a complete bike (28 kg) -> spedition, no parcel label
2024-06-24 17:30:00 INFO pickup confirmed dhl_de 2 parcels, dpd 1 parcel
''', p1=digits(9), p2=digits(9), p3=digits(9), t1=digits(12), t2=digits(12), t3=digits(13))

add("yaml/decoy-password-policy", "staff-app/config/security.yaml", "OWASP ASVS / NIST SP 800-63B password rules in app config (common practice)", '''
security:
  password:
    min_length: 12
    max_length: 128
    require_classes: 0          # NIST: length over composition rules
    check_breached: true        # k-anonymity range lookup, only a 5-char SHA-1 prefix leaves the server
    history: 3
  pin:
    length: 6                   # till PIN for counter staff
    lockout_after: 5
  session:
    idle_minutes: 30
    absolute_hours: 12
  api_tokens:
    prefix: "vwp_"
    entropy_bytes: 32
    store: sha256
''')

add("github-actions/decoy-oidc-role", ".github/workflows/backup-to-s3.yml", "GitHub docs: configuring OpenID Connect in AWS, role-to-assume (docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services)", '''
name: Weekly config backup
on:
  schedule:
    - cron: "0 3 * * 0"

permissions:
  id-token: write
  contents: read

jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482910375618:role/github-config-backup
          aws-region: eu-central-1
      - run: tar czf config-$(date +%F).tgz ansible deploy infra
      - run: aws s3 cp config-*.tgz s3://fahrrad-brandt-rechnungen/config/
''')

add("python/decoy-chat-ids", "bots/config.py", "Telegram Bot API docs: chat ids are identifiers (core.telegram.org/bots/api#chat)", '''
"""Where the workshop bot posts; the bot token itself is in the TELEGRAM_BOT_TOKEN env var."""
import os

BOT_TOKEN = os.environ.get("TELEGRAM_BOT_TOKEN", "")
BOT_USERNAME = "radhaus_werkstatt_bot"

CHATS = {
    "team": -1001893746251,
    "werkstatt": -1002039485721,
    "lager": -1001739284650,
    "inhaberin": 481920374,
}

NOTIFY_ON = ("booking_created", "part_arrived", "job_overdue")
''')

add("sql/decoy-schema-secret-columns", "db/migrations/0003_integrations.sql", "PostgreSQL DDL: columns for credentials, no values (common practice)", '''
CREATE TABLE integration_credentials (
    id              serial PRIMARY KEY,
    provider        text NOT NULL CHECK (provider IN ('shopify', 'lightspeed', 'sumup', 'sendcloud', 'twilio')),
    client_id       text,
    client_secret   bytea,          -- pgp_sym_encrypt(..., current_setting('app.enc_key'))
    access_token    bytea,          -- idem
    refresh_token   bytea,          -- idem
    expires_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN integration_credentials.client_secret IS 'encrypted with pgcrypto, key from env APP_ENC_KEY';
REVOKE ALL ON integration_credentials FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON integration_credentials TO booking_app;
''')

add("xml/decoy-manifest-placeholder", "app/src/main/AndroidManifest.xml", "Android docs: manifestPlaceholders for the Maps API key (developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin)", '''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.CAMERA" />

    <application
        android:name=".TabletApp"
        android:icon="@mipmap/ic_launcher"
        android:label="@string/app_name"
        android:theme="@style/Theme.Werkstatt">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />

        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
''')

