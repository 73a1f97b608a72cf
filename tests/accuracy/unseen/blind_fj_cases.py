"""Blind set FJ: food trucks and street-food markets.

Mobile POS (Square, Clover, Toast, SumUp, Zettle), payment vendors (Stripe, Adyen, PayPal, Mollie,
Paystack, Razorpay...), delivery-platform integrations (Uber Eats, DoorDash Drive, Deliveroo,
Wolt, Deliverect), location tracking (Samsara, Geotab, Traccar), generator and fridge telemetry
(Victron VRM, Particle, Blynk, TTN, MQTT, InfluxDB, Telegraf), truck routers (Teltonika,
Cradlepoint, Peplink, MikroTik), ordering apps (Flutter, React Native, Swift, Kotlin) and the IT
and web teams behind them, with their decoys. Generated fakes only (seeds 1850000-1859999).
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
UPDIG = string.ascii_uppercase + string.digits
LODIG = string.ascii_lowercase + string.digits
B64URL = ALNUM + "-_"
B32 = string.ascii_uppercase + "234567"
SEED_LO, SEED_HI = 1850000, 1859999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; of ALNUM (8 or more) with a digit, an upper and a lower letter."""
    r = _rng()
    value = ""
    for _ in range(60):  # bounded: a mixed draw comes within a few tries
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8:
            return value
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64b(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64url(n: int) -> str:
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


FOOD = ["Birria", "Churro", "Elote", "Brisket", "Bao", "Arepa", "Falafel", "Gyro", "Pupusa", "Kimchi",
        "Dumpling", "Poutine", "Crepe", "Ramen", "Tamale", "Empanada", "Samosa", "Halloumi", "Taquito", "Pierogi"]
WORDS = ["Harbor", "Comet", "Lantern", "Copper", "Meadow", "Falcon", "Juniper", "Saffron", "Ember", "Marlin",
         "Cobalt", "Orchid", "Thunder", "Pepper", "Walnut", "Basil", "Granite", "Tundra"]
LOWER = ["salsa", "griddle", "awning", "lantern", "cumin", "pickle", "skillet", "tortilla", "mango", "paprika",
         "wagon", "smoker", "harbor", "violet", "anchor", "kettle", "pretzel", "sesame"]


def words_pw(syms: str = "!#*@") -> str:
    r = _rng()
    return r.choice(FOOD) + r.choice(syms) + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw(syms: str = "!#*") -> str:
    r = _rng()
    style = r.randint(0, 2)
    if style == 0:
        return r.choice(FOOD) + r.choice(WORDS) + str(r.randint(2015, 2025)) + r.choice(syms)
    if style == 1:
        return r.choice(LOWER).capitalize() + r.choice(syms) + r.choice(FOOD).lower() + str(r.randint(10, 99)) + r.choice(LOWER)
    return r.choice(WORDS) + str(r.randint(100, 999)) + r.choice(syms) + r.choice(FOOD) + r.choice(LOWER).upper()[:3]


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    alphabet = ALNUM + extra
    value = ""
    for _ in range(60):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


# --- vendor shapes -------------------------------------------------------------------------------

def square_token() -> str:
    return "EAAA" + chars(60, B64URL)


def square_secret() -> str:
    return "sq0csp-" + chars(43, B64URL)


def square_app_id() -> str:
    return "sq0idp-" + chars(22, B64URL)


def square_location() -> str:
    return "L" + chars(12, UPDIG)


def stripe_sk() -> str:
    return "sk_live_51" + chars(97)


def stripe_rk() -> str:
    return "rk_live_51" + chars(97)


def stripe_pk() -> str:
    return "pk_live_51" + chars(97)


def stripe_whsec() -> str:
    return "whsec_" + chars(32)


def adyen_key() -> str:
    return "AQE" + chars(60) + "=-" + chars(43, ALNUM + "+/") + "=-" + chars(10, ALNUM + "<>{}")


def paypal_secret() -> str:
    return "E" + chars(79, B64URL)


def paypal_client() -> str:
    return "A" + chars(79, B64URL)


def sendgrid_key() -> str:
    return "SG." + chars(22, B64URL) + "." + chars(43, B64URL)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def google_key() -> str:
    return "AIza" + chars(35, B64URL)


def fcm_key() -> str:
    return "AAAA" + chars(7, B64URL) + ":APA91b" + chars(134, B64URL)


def mapbox(kind: str, user: str) -> str:
    payload = base64.urlsafe_b64encode(json.dumps({"u": user, "a": chars(25, LODIG)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{kind}.{payload}.{chars(22, B64URL)}"


def jwt(payload: dict, alg: str = "HS256") -> str:
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    sig = b64url(32) if alg == "HS256" else b64url(256)
    return enc({"alg": alg, "typ": "JWT"}) + "." + enc(payload) + "." + sig


def supabase_key(role: str, ref: str) -> str:
    r = _rng()
    iat = r.randint(1680000000, 1720000000)
    return jwt({"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000})


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPDIG) + "/B" + chars(10, UPDIG) + "/" + chars(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 2)}/" + chars(68, B64URL)


def _pem_of(kind: str, der: bytes) -> str:
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def ec_p8() -> str:
    """A PKCS#8 P-256 key as Apple issues .p8 keys (150 bytes, four lines)."""
    der = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420") + rbytes(32)
           + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(64))
    return _pem_of("PRIVATE KEY", der)


def ec_sec1() -> str:
    der = bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(64)
    return _pem_of("EC PRIVATE KEY", der)


def rsa_pkcs8() -> str:
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + rbytes(1217 - 38)
    return _pem_of("PRIVATE KEY", der)


def rsa_pkcs1() -> str:
    der = bytes.fromhex("308204a40201000282010100") + rbytes(1192 - 12)
    return _pem_of("RSA PRIVATE KEY", der)


def openssh_key() -> str:
    raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519" + rbytes(300)
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    body = "MIID" + base64.b64encode(rbytes(700)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)][:14]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, "./" + ALNUM)


def sha256() -> str:
    return hexs(64)


def vault_blob(lines: int = 6) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


def sops(kind: str = "str") -> str:
    return f"ENC[AES256_GCM,data:{b64b(24)},iv:{b64b(32)},tag:{b64b(16)},type:{kind}]"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **values: str) -> None:
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        text = text.replace("§S§", secret)
    for key, value in values.items():
        text = text.replace(f"§{key}§", value)
    assert "§" not in text, (file_name, text)
    kind = category.split("/")[-1]
    assert (secret is None) == kind.startswith("decoy-"), file_name
    CASES.append(LabelledCase("blind-fj/" + category, file_name, text, secret, source))


# =================================================================================================
# Secrets: POS and payment vendors
# =================================================================================================

add("env/square-token", "pos-bridge/.env", "https://developer.squareup.com/docs/build-basics/access-tokens", r"""
# pos-bridge: pulls Square orders from the three trucks into the kitchen display
NODE_ENV=production
PORT=8080
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=§S§
SQUARE_LOCATION_IDS=§L1§,§L2§,§L3§
KDS_WS_URL=wss://kds.rollingbirria.co/socket
POLL_INTERVAL_SECONDS=15
LOG_LEVEL=info
""", square_token(), L1=square_location(), L2=square_location(), L3=square_location())

add("python/square-token", "reports/square_daily_sales.py", "https://developer.squareup.com/docs/sdks/python/quick-start", r'''
"""Nightly sales summary per truck, emailed to the owners at 23:30."""
import datetime as dt

from square.client import Client

client = Client(
    access_token="§S§",
    environment="production",
)

TRUCKS = {
    "§L1§": "Birria Bus",
    "§L2§": "Churro Cart",
}

def totals_for(location_id: str, day: dt.date) -> int:
    start = dt.datetime.combine(day, dt.time.min).isoformat() + "Z"
    end = dt.datetime.combine(day, dt.time.max).isoformat() + "Z"
    result = client.payments.list_payments(begin_time=start, end_time=end, location_id=location_id)
    if result.is_error():
        raise RuntimeError(result.errors)
    return sum(p["amount_money"]["amount"] for p in result.body.get("payments", []))

if __name__ == "__main__":
    today = dt.date.today()
    for loc, name in TRUCKS.items():
        print(f"{name}: ${totals_for(loc, today) / 100:.2f}")
''', square_token(), L1=square_location(), L2=square_location())

add("yaml/square-app-secret", "market-portal/config/oauth.yml", "https://developer.squareup.com/docs/oauth-api/overview", r"""
# Vendors at the night market connect their Square account so we can take the 4% stall fee.
square:
  environment: production
  application_id: §APP§
  application_secret: §S§
  redirect_uri: https://portal.curbsidecollective.org/oauth/square/callback
  scopes:
    - MERCHANT_PROFILE_READ
    - PAYMENTS_READ
    - ORDERS_READ
  token_refresh_days: 7
""", square_secret(), APP=square_app_id())

add("js/square-webhook-key", "pos-bridge/src/webhooks/square.js", "https://developer.squareup.com/docs/webhooks/step3validate", r"""
const express = require('express');
const { WebhooksHelper } = require('square');

const router = express.Router();

// signature key from the Developer Dashboard > Webhooks > Subscriptions
const SIGNATURE_KEY = '§S§';
const NOTIFICATION_URL = 'https://bridge.rollingbirria.co/webhooks/square';

router.post('/square', express.raw({ type: 'application/json' }), (req, res) => {
  const body = req.body.toString('utf8');
  const ok = WebhooksHelper.isValidWebhookEventSignature(
    body,
    req.get('x-square-hmacsha256-signature'),
    SIGNATURE_KEY,
    NOTIFICATION_URL,
  );
  if (!ok) return res.sendStatus(403);
  const event = JSON.parse(body);
  if (event.type === 'order.updated') {
    req.app.locals.kds.push(event.data.object.order_updated);
  }
  res.sendStatus(200);
});

module.exports = router;
""", chars(22, B64URL))

add("env/stripe-key", "order-web/.env.production", "https://docs.stripe.com/keys", r"""
NEXT_PUBLIC_SITE_URL=https://order.nomadnoodles.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=§PK§
STRIPE_SECRET_KEY=§S§
NEXT_PUBLIC_MAPBOX_STYLE=mapbox://styles/nomadnoodles/clt0x1ab2000001qv
ORDER_CUTOFF_MINUTES=10
""", stripe_sk(), PK=stripe_pk())

add("ts/stripe-restricted-key", "order-api/src/terminal/connectionToken.ts", "https://docs.stripe.com/terminal/fleet/register-readers", r"""
import Stripe from 'stripe';
import type { Request, Response } from 'express';

// restricted key: terminal_connection_tokens:write, terminal_readers:write only
const stripe = new Stripe('§S§', {
  apiVersion: '2024-06-20',
});

export async function connectionToken(_req: Request, res: Response) {
  const token = await stripe.terminal.connectionTokens.create({
    location: 'tml_FqA8pLk2v3nQ9x',
  });
  res.json({ secret: token.secret });
}

export async function registerReader(req: Request, res: Response) {
  const reader = await stripe.terminal.readers.create({
    registration_code: req.body.code,
    label: req.body.truck ?? 'unnamed truck',
    location: 'tml_FqA8pLk2v3nQ9x',
  });
  res.status(201).json(reader);
}
""", stripe_rk())

add("shell/stripe-webhook-secret", "scripts/deploy-order-api.sh", "https://fly.io/docs/flyctl/secrets-set/", r"""
#!/usr/bin/env bash
# push the order API to fly and (re)set its secrets
set -euo pipefail

APP=nomad-order-api
REGION=lax

flyctl deploy --app "$APP" --region "$REGION" --remote-only

flyctl secrets set --app "$APP" --stage \
  STRIPE_WEBHOOK_SECRET=§S§ \
  ORDER_READY_SMS=true

flyctl secrets deploy --app "$APP"
echo "deployed $APP"
""", stripe_whsec())

add("go/sumup-key", "cmd/sumup-sync/main.go", "https://developer.sumup.com/api/authentication", r"""
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

const (
	sumupBase   = "https://api.sumup.com/v0.1"
	sumupAPIKey = "§S§"
	merchant    = "MCRNF79M"
)

type txn struct {
	ID        string  `json:"id"`
	Amount    float64 `json:"amount"`
	Timestamp string  `json:"timestamp"`
}

func main() {
	since := time.Now().Add(-24 * time.Hour).Format(time.RFC3339)
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/me/transactions/history?oldest_time=%s", sumupBase, since), nil)
	req.Header.Set("Authorization", "Bearer "+sumupAPIKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Items []txn `json:"items"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d transactions since %s", merchant, len(out.Items), since)
}
""", "sup_sk_" + chars(32))

add("json/clover-token", "market-hall-sync/config.json", "https://docs.clover.com/dev/docs/using-api-tokens", r"""
{
  "market": "Eastside Street Food Hall",
  "clover": {
    "region": "us",
    "baseUrl": "https://api.clover.com",
    "merchantId": "§MID§",
    "apiToken": "§S§"
  },
  "sync": {
    "intervalMinutes": 10,
    "stalls": ["arepa-stand", "bao-bar", "poutine-palace"],
    "exportPath": "/srv/market/exports"
  }
}
""", uuid_s(), MID=chars(13, UPDIG))

add("csharp/toast-secret", "src/Backoffice.Toast/ToastAuth.cs", "https://doc.toasttab.com/doc/devguide/authentication.html", r"""
using System.Net.Http.Json;

namespace Backoffice.Toast;

public sealed class ToastAuth
{
    private const string Hostname = "https://ws-api.toasttab.com";
    private const string ClientId = "§CID§";
    private const string ClientSecret = "§S§";

    private readonly HttpClient _http;

    public ToastAuth(HttpClient http) => _http = http;

    public async Task<string> LoginAsync(CancellationToken ct = default)
    {
        var body = new
        {
            clientId = ClientId,
            clientSecret = ClientSecret,
            userAccessType = "TOAST_MACHINE_CLIENT",
        };
        var resp = await _http.PostAsJsonAsync($"{Hostname}/authentication/v1/authentication/login", body, ct);
        resp.EnsureSuccessStatusCode();
        var json = await resp.Content.ReadFromJsonAsync<LoginResponse>(cancellationToken: ct);
        return json!.Token.AccessToken;
    }

    private sealed record LoginResponse(TokenBody Token);
    private sealed record TokenBody(string AccessToken, int ExpiresIn);
}
""", chars(64, B64URL), CID=chars(32))

add("php/paypal-secret", "wp-content/plugins/catering-deposits/config.php", "https://developer.paypal.com/api/rest/authentication/", r"""
<?php
/**
 * Catering deposits: 30% up front through PayPal Checkout.
 */
defined('ABSPATH') || exit;

define('CATERING_PAYPAL_MODE', 'live');
define('CATERING_PAYPAL_CLIENT_ID', '§CID§');
define('CATERING_PAYPAL_SECRET', '§S§');
define('CATERING_DEPOSIT_RATE', 0.30);
define('CATERING_NOTIFY_EMAIL', 'events@smokeandwheels.com');

function catering_paypal_base(): string {
    return CATERING_PAYPAL_MODE === 'live'
        ? 'https://api-m.paypal.com'
        : 'https://api-m.sandbox.paypal.com';
}
""", paypal_secret(), CID=paypal_client())

add("ruby/adyen-key", "config/initializers/adyen.rb", "https://docs.adyen.com/development-resources/api-credentials/", r"""
# Adyen terminals at the Saturday market (Verifone V400m in each stall)
require "adyen-ruby-api-library"

ADYEN = Adyen::Client.new.tap do |adyen|
  adyen.api_key = "§S§"
  adyen.env = :live
  adyen.live_url_prefix = "1797a841fbb37ca7-CurbsideCollective"
end

ADYEN_MERCHANT_ACCOUNT = "CurbsideCollectiveECOM"
ADYEN_STORES = %w[ST322LJ223223K5F4SQNR9XL5 ST322LJ223223K5F4SQNR9XL6].freeze
""", adyen_key())

add("kotlin/razorpay-secret", "app/src/main/java/in/chaatwala/pay/RazorpayGateway.kt", "https://razorpay.com/docs/api/authentication/", r'''
package `in`.chaatwala.pay

import okhttp3.Credentials
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object RazorpayGateway {
    private const val KEY_ID = "§KID§"
    private const val KEY_SECRET = "§S§"
    private val client = OkHttpClient()

    fun createOrder(amountPaise: Long, receipt: String): String {
        val json = """{"amount":$amountPaise,"currency":"INR","receipt":"$receipt"}"""
        val request = Request.Builder()
            .url("https://api.razorpay.com/v1/orders")
            .header("Authorization", Credentials.basic(KEY_ID, KEY_SECRET))
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(request).execute().use { resp ->
            check(resp.isSuccessful) { "razorpay: ${resp.code}" }
            return resp.body!!.string()
        }
    }
}
''', chars(24), KID="rzp_live_" + chars(14))

add("python/paystack-key", "suya_spot/payments.py", "https://paystack.com/docs/api/authentication/", r'''
import requests

PAYSTACK_SECRET_KEY = "§S§"
BASE = "https://api.paystack.co"

def start_payment(email: str, amount_naira: int, order_ref: str) -> str:
    """Returns the checkout URL the customer scans at the stall."""
    resp = requests.post(
        f"{BASE}/transaction/initialize",
        headers={"Authorization": f"Bearer {PAYSTACK_SECRET_KEY}"},
        json={"email": email, "amount": amount_naira * 100, "reference": order_ref,
              "callback_url": "https://suyaspot.ng/paid"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["data"]["authorization_url"]

def verify(order_ref: str) -> bool:
    resp = requests.get(f"{BASE}/transaction/verify/{order_ref}",
                        headers={"Authorization": f"Bearer {PAYSTACK_SECRET_KEY}"}, timeout=10)
    return resp.ok and resp.json()["data"]["status"] == "success"
''', "sk_live_" + hexs(40))

add("js/flutterwave-key", "server/routes/momo.js", "https://developer.flutterwave.com/docs/integration-guides/authentication", r"""
const Flutterwave = require('flutterwave-node-v3');

const flw = new Flutterwave(
  'FLWPUBK-§PUB§-X',
  '§S§'
);

// mobile money charge for the Accra night market stalls
async function chargeMomo(req, res) {
  const { phone, amount, orderId } = req.body;
  const payload = {
    phone_number: phone,
    amount,
    currency: 'GHS',
    network: 'MTN',
    email: `${orderId}@orders.kelewele.gh`,
    tx_ref: orderId,
  };
  const result = await flw.MobileMoney.ghana(payload);
  res.json(result);
}

module.exports = { chargeMomo };
""", "FLWSECK-" + hexs(32) + "-X", PUB=hexs(32))

add("serverless/yoco-key", "payments-fn/serverless.yml", "https://developer.yoco.com/online/resources/integration-keys", r"""
service: braai-truck-payments
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: af-south-1
  environment:
    YOCO_SECRET_KEY: §S§
    ORDERS_TABLE: braai-orders

functions:
  checkout:
    handler: src/checkout.handler
    events:
      - httpApi:
          path: /checkout
          method: post
  webhook:
    handler: src/webhook.handler
    events:
      - httpApi:
          path: /yoco/webhook
          method: post
""", "sk_live_" + hexs(32))

add("properties/braintree-key", "catering-service/src/main/resources/application-prod.properties", "https://developer.paypal.com/braintree/docs/start/hello-server", r"""
server.port=8443
spring.application.name=catering-service
spring.jpa.hibernate.ddl-auto=validate

braintree.environment=PRODUCTION
braintree.merchantId=§MID§
braintree.publicKey=§PUB§
braintree.privateKey=§S§

catering.deposit.percent=25
catering.mail.from=bookings@tamaletrain.com
""", hexs(32), MID=chars(16, LODIG), PUB=chars(16, LODIG))

add("xml/authnet-key", "BoothPay/Web.config", "https://developer.authorize.net/api/reference/index.html", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="AuthNet.Environment" value="PRODUCTION" />
    <add key="AuthNet.ApiLoginId" value="§LOGIN§" />
    <add key="AuthNet.TransactionKey" value="§S§" />
    <add key="Booth.FeeCents" value="4500" />
    <add key="Booth.Market" value="Riverside Food Truck Friday" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", chars(16), LOGIN=chars(10))

add("toml/checkout-key", "stall-payments/config/production.toml", "https://www.checkout.com/docs/developer-resources/api/api-keys", r"""
[server]
bind = "0.0.0.0:8080"
workers = 4

[checkout]
environment = "production"
secret_key = "§S§"
processing_channel_id = "pc_§PC§"

[market]
name = "Borough Street Eats"
currency = "GBP"
pitch_fee_pence = 6500
""", "sk_" + chars(26, LODIG), PC=chars(26, LODIG))

add("env/gocardless-token", "pitch-rent/.env", "https://developer.gocardless.com/getting-started/api/making-your-first-request", r"""
# monthly pitch rent collected by Direct Debit from each trader
GOCARDLESS_ENVIRONMENT=live
GOCARDLESS_ACCESS_TOKEN=§S§
RENT_DAY_OF_MONTH=1
DATABASE_URL=postgres://pitchrent@localhost:5432/pitchrent
""", "live_" + chars(40, B64URL))

add("ini/mollie-key", "kraam/config/settings.ini", "https://docs.mollie.com/reference/authentication", r"""
; Kraamhuur betalingen - Foodhallen Noord
[app]
debug = false
locale = nl_NL
base_url = https://kraam.foodhallen-noord.nl

[mollie]
api_key = §S§
webhook_url = https://kraam.foodhallen-noord.nl/mollie/webhook
methods = ideal,creditcard,bancontact

[mail]
host = smtp.transip.email
from = beheer@foodhallen-noord.nl
""", "live_" + chars(30))

add("ruby/shopify-token", "merch/lib/shopify_stock.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r"""
# Syncs hot-sauce stock between the truck POS and the Shopify merch store
require "shopify_api"

ShopifyAPI::Context.setup(
  api_key: "§AK§",
  api_secret_key: "",
  host: "https://merch.smokeandwheels.com",
  scope: "read_inventory,write_inventory",
  is_embedded: false,
  api_version: "2024-07",
  is_private: true,
)

SESSION = ShopifyAPI::Auth::Session.new(
  shop: "smoke-and-wheels.myshopify.com",
  access_token: "§S§",
)

def set_stock(inventory_item_id, location_id, qty)
  client = ShopifyAPI::Clients::Rest::Admin.new(session: SESSION)
  client.post(path: "inventory_levels/set",
              body: { location_id: location_id, inventory_item_id: inventory_item_id, available: qty })
end
""", "shpat_" + hexs(32), AK=hexs(32))

add("dart/stripe-key", "order_app/lib/config/payments.dart", "https://docs.stripe.com/keys", r"""
// TODO move the secret into the backend before the store release
class PaymentsConfig {
  static const publishableKey = '§PK§';
  static const secretKey = '§S§';
  static const merchantDisplayName = 'Arepa Amigos';
  static const merchantCountry = 'US';
  static const applePayMerchantId = 'merchant.com.arepaamigos.order';
}
""", stripe_sk(), PK=stripe_pk())

add("env/zettle-key", "zettle-export/.env", "https://developer.zettle.com/docs/get-started/user-guides/authentication", r"""
# Zettle -> Fortnox export for the Malmo foodtruck
ZETTLE_CLIENT_ID=§CID§
ZETTLE_API_KEY=§S§
FORTNOX_COMPANY=Grillvagnen AB
EXPORT_TIME=02:15
""", jwt({"iss": "iZettle", "aud": "API", "sub": uuid_s(), "exp": 1893456000}, alg="RS256"), CID=uuid_s())


# =================================================================================================
# Secrets: delivery platforms, ordering apps, messaging
# =================================================================================================

add("python/doordash-signing-secret", "dispatch/doordash_drive.py", "https://developer.doordash.com/en-US/docs/drive/how_to/JWTs", r'''
"""Hands catering orders to DoorDash Drive when the truck is parked at the commissary."""
import base64
import math
import time

import jwt
import requests

ACCESS_KEY = {
    "developer_id": "§DEV§",
    "key_id": "§KID§",
    "signing_secret": "§S§",
}

def drive_token() -> str:
    claims = {
        "aud": "doordash",
        "iss": ACCESS_KEY["developer_id"],
        "kid": ACCESS_KEY["key_id"],
        "exp": str(math.floor(time.time() + 300)),
        "iat": str(math.floor(time.time())),
    }
    secret = base64.urlsafe_b64decode(ACCESS_KEY["signing_secret"] + "=")
    return jwt.encode(claims, secret, algorithm="HS256", headers={"dd-ver": "DD-JWT-V1"})

def create_delivery(order: dict) -> dict:
    resp = requests.post("https://openapi.doordash.com/drive/v2/deliveries",
                         headers={"Authorization": "Bearer " + drive_token()}, json=order, timeout=15)
    resp.raise_for_status()
    return resp.json()
''', b64url(32), DEV=uuid_s(), KID=uuid_s())

add("yaml/ubereats-secret", "integrations/ubereats/config.yaml", "https://developer.uber.com/docs/eats/guides/authentication", r"""
ubereats:
  token_url: https://auth.uber.com/oauth/v2/token
  api_base: https://api.uber.com/v1/eats
  client_id: §CID§
  client_secret: §S§
  scope: eats.store eats.order eats.store.orders.read
  stores:
    birria-bus-downtown: 9f6d1c52-3c0a-4a55-8a91-2f7bd1f0a1e4
    birria-bus-campus: 0b8e7f6a-42d3-4e0c-9b7f-5a1c3d2e8f90
  auto_accept: true
  prep_time_minutes: 14
""", chars(40, B64URL), CID=chars(32, B64URL))

add("postman/deliveroo-secret", "postman/deliveroo-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r"""
{
  "id": "§ID§",
  "name": "Deliveroo Partner API (prod)",
  "values": [
    { "key": "base_url", "value": "https://api.developers.deliveroo.com", "type": "default", "enabled": true },
    { "key": "auth_url", "value": "https://auth.developers.deliveroo.com/oauth2/token", "type": "default", "enabled": true },
    { "key": "client_id", "value": "§CID§", "type": "default", "enabled": true },
    { "key": "client_secret", "value": "§S§", "type": "secret", "enabled": true },
    { "key": "brand_id", "value": "bao-bros", "type": "default", "enabled": true },
    { "key": "site_id", "value": "412238", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-09-14T10:21:44.871Z",
  "_postman_exported_using": "Postman/11.12.0"
}
""", chars(52, B64URL), ID=uuid_s(), CID=chars(26, LODIG))

add("http/deliverect-secret", "api-tests/deliverect.http", "https://developers.deliverect.com/reference/authentication", r"""
### Deliverect: get an access token (production account for the Bao Bros food hall stall)
POST https://api.deliverect.com/oauth/token
Content-Type: application/json

{
  "client_id": "§CID§",
  "client_secret": "§S§",
  "audience": "https://api.deliverect.com",
  "grant_type": "token"
}

### Menu push
POST https://api.deliverect.com/channel/menu/{{channelLinkId}}
Authorization: Bearer {{token}}
Content-Type: application/json

< ./menus/bao-bros-autumn.json
""", chars(64, B64URL), CID=chars(16, LODIG))

add("go/wolt-token", "internal/wolt/client.go", "https://developer.wolt.com/docs/getting-started/api-basics", r"""
package wolt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// venue API token for "Gyro Garage" (Helsinki night market pitch 14)
const venueToken = "§S§"

type Client struct {
	http    *http.Client
	venueID string
}

func New(venueID string) *Client {
	return &Client{http: &http.Client{Timeout: 10 * time.Second}, venueID: venueID}
}

func (c *Client) SetOnline(online bool) error {
	body, _ := json.Marshal(map[string]string{"status": map[bool]string{true: "ONLINE", false: "OFFLINE"}[online]})
	req, err := http.NewRequest(http.MethodPatch,
		fmt.Sprintf("https://pos-integration-service.wolt.com/venues/%s/online", c.venueID), bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+venueToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("wolt: %s", resp.Status)
	}
	return nil
}
""", jwt({"sub": "venue:" + hexs(24), "iss": "wolt-integrations", "iat": 1714000000}))

add("swift/algolia-admin-key", "OrderApp/Sources/Search/MenuSearch.swift", "https://www.algolia.com/doc/guides/security/api-keys/", r"""
import AlgoliaSearchClient
import Foundation

final class MenuSearch {
    // FIXME: this is the Admin API key from the Algolia dashboard (copied while testing
    // the indexer). Swap for a search-only key before the next App Store build.
    private let client = SearchClient(
        appID: "§APPID§",
        apiKey: "§S§"
    )
    private lazy var index = client.index(withName: "menu_items_prod")

    func search(_ text: String, truck: String, completion: @escaping ([MenuHit]) -> Void) {
        var query = Query(text)
        query.filters = "truck:\(truck)"
        query.hitsPerPage = 20
        index.search(query: query) { result in
            if case .success(let response) = result {
                completion((try? response.extractHits()) ?? [])
            } else {
                completion([])
            }
        }
    }
}

struct MenuHit: Codable {
    let objectID: String
    let name: String
    let priceCents: Int
}
""", hexs(32), APPID=chars(10, UPDIG))

add("kotlin/fcm-server-key", "app/src/main/java/com/nomadnoodles/staff/push/OrderReadyPush.kt", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", r"""
package com.nomadnoodles.staff.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

// staff tablet tells the customer's phone the noodles are ready
object OrderReadyPush {
    private const val SERVER_KEY = "§S§"
    private val http = OkHttpClient()

    fun send(fcmToken: String, orderNo: String) {
        val body = JSONObject()
            .put("to", fcmToken)
            .put("notification", JSONObject()
                .put("title", "Order $orderNo is ready")
                .put("body", "Come grab it at the window!"))
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(body.toString().toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().close()
    }
}
""", fcm_key())

add("gradle/keystore-password", "order_app/android/app/build.gradle", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""
plugins {
    id "com.android.application"
    id "kotlin-android"
    id "dev.flutter.flutter-gradle-plugin"
}

android {
    namespace "com.arepaamigos.order"
    compileSdk 34

    defaultConfig {
        applicationId "com.arepaamigos.order"
        minSdk 23
        targetSdk 34
        versionCode 42
        versionName "2.3.1"
    }

    signingConfigs {
        release {
            storeFile file("../keys/arepa-upload.jks")
            storePassword "§S§"
            keyAlias "upload"
            keyPassword "§S§"
        }
    }

    buildTypes {
        release {
            signingConfig signingConfigs.release
            minifyEnabled true
            proguardFiles getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro"
        }
    }
}

flutter {
    source "../.."
}
""", human_pw())

add("ruby/appstore-p8", "order-ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", r'''
default_platform(:ios)

platform :ios do
  desc "Push a new beta build to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "§KID§",
      issuer_id: "§ISS§",
      key_content: "§S§",
      is_key_content_base64: true,
      in_house: false
    )
    increment_build_number(xcodeproj: "OrderApp.xcodeproj")
    build_app(scheme: "OrderApp", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
''', b64(ec_p8()), KID=chars(10, UPDIG), ISS=uuid_s())

add("env/match-password", "order-ios/fastlane/.env.default", "https://docs.fastlane.tools/actions/match/", r"""
FASTLANE_USER=ios@nomadnoodles.com
FASTLANE_TEAM_ID=7QF2LZ9K3B
MATCH_GIT_URL=git@github.com:nomadnoodles/ios-certificates.git
MATCH_PASSWORD=§S§
MATCH_TYPE=appstore
""", passphrase())

add("json/gcp-service-account", "order_app/android/fastlane/play-store-credentials.json", "https://cloud.google.com/iam/docs/keys-create-delete", r"""
{
  "type": "service_account",
  "project_id": "arepa-amigos-order",
  "private_key_id": "§PKID§",
  "private_key": "§S§",
  "client_email": "fastlane-supply@arepa-amigos-order.iam.gserviceaccount.com",
  "client_id": "§CID§",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/fastlane-supply%40arepa-amigos-order.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", rsa_pkcs8().replace("\n", "\\n") + "\\n", PKID=hexs(40), CID=chars(21, "0123456789"))

add("p8/apns-key", "push-service/keys/AuthKey_4F7QK2M9XZ.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", """
§S§
""", ec_p8())

add("js/onesignal-key", "admin/scripts/announce-location.js", "https://documentation.onesignal.com/reference/create-notification", r"""
#!/usr/bin/env node
// usage: node announce-location.js "Pier 39" "11:30-14:00"
const [, , spot, hours] = process.argv;

const APP_ID = '§APP§';
const REST_API_KEY = '§S§';

fetch('https://api.onesignal.com/notifications', {
  method: 'POST',
  headers: {
    Authorization: `Key ${REST_API_KEY}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    app_id: APP_ID,
    included_segments: ['Subscribed Users'],
    headings: { en: 'The Taco Truck is out!' },
    contents: { en: `Find us at ${spot} today, ${hours}` },
  }),
})
  .then((r) => r.json())
  .then((j) => console.log('sent', j.id))
  .catch((e) => { console.error(e); process.exit(1); });
""", "os_v2_app_" + chars(113, "abcdefghijklmnopqrstuvwxyz234567"), APP=uuid_s())

add("json/sentry-token", "order-app/app.json", "https://docs.sentry.io/platforms/react-native/manual-setup/expo/", r"""
{
  "expo": {
    "name": "Taco Tracker",
    "slug": "taco-tracker",
    "version": "1.8.0",
    "orientation": "portrait",
    "icon": "./assets/icon.png",
    "ios": { "bundleIdentifier": "com.tacotracker.app", "supportsTablet": false },
    "android": { "package": "com.tacotracker.app" },
    "plugins": [
      [
        "@sentry/react-native/expo",
        {
          "url": "https://sentry.io/",
          "organization": "taco-tracker",
          "project": "mobile",
          "authToken": "§S§"
        }
      ],
      "expo-location"
    ],
    "extra": { "eas": { "projectId": "§PID§" } }
  }
}
""", "sntrys_" + base64.b64encode(json.dumps({"iat": 1716200000.5, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "taco-tracker"}, separators=(",", ":")).encode()).decode().rstrip("=") + "_" + chars(43, ALNUM + "+/"), PID=uuid_s())

add("ts/supabase-service-key", "web/lib/supabaseAdmin.ts", "https://supabase.com/docs/guides/api/api-keys", r"""
import { createClient } from '@supabase/supabase-js';

// server-only client: bypasses RLS to write truck check-ins
export const supabaseAdmin = createClient(
  'https://§REF§.supabase.co',
  '§S§',
  { auth: { persistSession: false } },
);

export async function checkIn(truckId: string, lat: number, lng: number) {
  const { error } = await supabaseAdmin
    .from('truck_checkins')
    .insert({ truck_id: truckId, lat, lng, checked_in_at: new Date().toISOString() });
  if (error) throw error;
}
""", supabase_key("service_role", "qwhkzbtrnvxmpdlsyeoa"), REF="qwhkzbtrnvxmpdlsyeoa")

add("env/mapbox-secret", "truck-map/.env.local", "https://docs.mapbox.com/accounts/guides/tokens/", r"""
# public token for the map in the browser
NEXT_PUBLIC_MAPBOX_TOKEN=§PK§
# secret token (styles:write, uploads:write) for the nightly route upload job
MAPBOX_UPLOAD_TOKEN=§S§
MAPBOX_USERNAME=curbside-collective
""", mapbox("sk", "curbside-collective"), PK=mapbox("pk", "curbside-collective"))

add("python/google-api-key", "locator/geocode_spots.py", "https://developers.google.com/maps/documentation/geocoding/get-api-key", r'''
"""Geocodes the weekly schedule so the website map shows pins."""
import csv
import sys

import googlemaps

gmaps = googlemaps.Client(key="§S§")

def main(path: str) -> None:
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        hits = gmaps.geocode(row["address"] + ", Austin, TX")
        if not hits:
            print("no match:", row["address"], file=sys.stderr)
            continue
        loc = hits[0]["geometry"]["location"]
        row["lat"], row["lng"] = loc["lat"], loc["lng"]
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    writer.writerows(rows)

if __name__ == "__main__":
    main(sys.argv[1])
''', google_key())

add("env/twilio-token", "sms-ready/.env", "https://www.twilio.com/docs/iam/credentials/api", r"""
# "your order is ready" texts
TWILIO_ACCOUNT_SID=AC§SID§
TWILIO_AUTH_TOKEN=§S§
TWILIO_FROM=+15125550143
READY_TEMPLATE="Hola {name}! Order #{number} is ready at the Birria Bus window."
""", hexs(32), SID=hexs(32))

add("js/sendgrid-key", "functions/catering-inquiry.js", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", r"""
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('§S§');

exports.handler = async (event) => {
  const form = JSON.parse(event.body || '{}');
  if (!form.email || !form.date) {
    return { statusCode: 400, body: 'missing email or date' };
  }
  await sgMail.send({
    to: 'events@brisketbros.com',
    from: 'noreply@brisketbros.com',
    replyTo: form.email,
    subject: `Catering inquiry for ${form.date} (${form.guests || '?'} guests)`,
    text: form.message || '',
  });
  return { statusCode: 200, body: 'thanks' };
};
""", sendgrid_key())

add("php/mailgun-key", "site/inc/mailer.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r"""
<?php
// contact form on pierogipeople.pl -> Mailgun
function send_contact_mail(string $from, string $name, string $body): bool
{
    $ch = curl_init('https://api.eu.mailgun.net/v3/mg.pierogipeople.pl/messages');
    curl_setopt_array($ch, [
        CURLOPT_USERPWD => 'api:§S§',
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_POSTFIELDS => [
            'from' => 'Strona <kontakt@mg.pierogipeople.pl>',
            'to' => 'kontakt@pierogipeople.pl',
            'h:Reply-To' => $from,
            'subject' => 'Formularz: ' . $name,
            'text' => $body,
        ],
    ]);
    $ok = curl_exec($ch) !== false && curl_getinfo($ch, CURLINFO_HTTP_CODE) === 200;
    curl_close($ch);
    return $ok;
}
""", mailgun_key())

add("github-actions/mailchimp-key", ".github/workflows/weekly-schedule.yml", "https://mailchimp.com/developer/marketing/guides/quick-start/", r"""
name: weekly schedule newsletter

on:
  schedule:
    - cron: "0 14 * * 0"
  workflow_dispatch:

jobs:
  send:
    runs-on: ubuntu-latest
    env:
      MAILCHIMP_API_KEY: §S§
      MAILCHIMP_LIST_ID: 8c2f1d9a7b
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r newsletter/requirements.txt
      - run: python newsletter/build_campaign.py --schedule data/schedule.yml --send
""", mailchimp_key())

add("python/klaviyo-key", "crm/sync_loyalty.py", "https://developers.klaviyo.com/en/docs/authenticate_", r'''
"""Pushes punch-card loyalty members from Square into Klaviyo."""
from klaviyo_api import KlaviyoAPI

klaviyo = KlaviyoAPI("§S§", max_delay=60, max_retries=3)

LIST_ID = "XyZ9kQ"

def add_member(email: str, phone: str, punches: int) -> None:
    klaviyo.Profiles.create_or_update_profile({
        "data": {
            "type": "profile",
            "attributes": {"email": email, "phone_number": phone,
                           "properties": {"punches": punches, "truck": "ramen-rover"}},
        }
    })
''', "pk_" + hexs(34))

add("js/facebook-token", "social/post-daily-spot.js", "https://developers.facebook.com/docs/pages-api/posts", r"""
// Posts "where are we today" to the Facebook page every morning at 9
const PAGE_ID = '104829336112847';
const PAGE_ACCESS_TOKEN = '§S§';

async function postSpot(spot, hours) {
  const url = new URL(`https://graph.facebook.com/v19.0/${PAGE_ID}/feed`);
  url.searchParams.set('message', `Today: ${spot}, ${hours}. Birria tacos + consome!`);
  url.searchParams.set('access_token', PAGE_ACCESS_TOKEN);
  const res = await fetch(url, { method: 'POST' });
  if (!res.ok) throw new Error(await res.text());
  return res.json();
}

module.exports = { postSpot };
""", "EAAG" + chars(180))

add("yaml/openai-key", "menu-copy/config.yml", "https://platform.openai.com/docs/api-reference/authentication", r"""
# writes the little menu blurbs for the specials board
openai:
  api_key: §S§
  model: gpt-4o-mini
  temperature: 0.7
prompt:
  style: "short, playful, mention the truck's grandma"
  max_words: 25
output:
  board: /srv/signage/specials.json
""", fakes.openai_key(_seed()))

add("json/google-oauth-secret", "gbp-poster/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server", r"""
{
  "installed": {
    "client_id": "§CID§.apps.googleusercontent.com",
    "project_id": "gbp-poster-418212",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "§S§",
    "redirect_uris": ["http://localhost"]
  }
}
""", "GOCSPX-" + chars(28, B64URL), CID=chars(12, "0123456789") + "-" + chars(32, LODIG))

add("python/telegram-token", "fridge-alerts/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Sends a Telegram message to the crew chat when a fridge goes above 5 C."""
import os

import requests

BOT_TOKEN = "§S§"
CHAT_ID = -1001874432916
LIMIT_C = float(os.environ.get("FRIDGE_LIMIT_C", "5.0"))

def alert(sensor: str, temp_c: float) -> None:
    if temp_c <= LIMIT_C:
        return
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": f"\u26a0\ufe0f {sensor} is at {temp_c:.1f} C (limit {LIMIT_C})"},
        timeout=5,
    )
''', fakes.telegram_token(_seed()))

add("js/discord-webhook", "bot/order-feed.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r"""
// mirrors big catering orders into the crew Discord
const WEBHOOK = '§S§';

async function announce(order) {
  if (order.total < 250) return;
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: 'Order Bot',
      content: `:truck: Catering order **#${order.number}** for ${order.date}: $${order.total}`,
    }),
  });
}

module.exports = { announce };
""", discord_webhook())

add("yaml/slack-webhook", "monitoring/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r"""
global:
  resolve_timeout: 5m

route:
  receiver: crew-slack
  group_by: [alertname, truck]
  group_wait: 30s
  repeat_interval: 2h

receivers:
  - name: crew-slack
    slack_configs:
      - api_url: §S§
        channel: "#fridge-and-genny"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.truck }}'
        text: '{{ range .Alerts }}{{ .Annotations.summary }}{{ "\n" }}{{ end }}'
""", slack_webhook())


# =================================================================================================
# Secrets: fridge and generator telemetry, location tracking, truck routers
# =================================================================================================

add("arduino/mqtt-password", "firmware/fridge-probe/fridge-probe.ino", "https://pubsubclient.knolleary.net/api#connect", r"""
// ESP32 + 2x DS18B20 in the reach-in fridge and the freezer drawer
#include <WiFi.h>
#include <PubSubClient.h>
#include <OneWire.h>
#include <DallasTemperature.h>
#include "wifi_secrets.h"

const char* MQTT_HOST = "mqtt.tacotracker.io";
const int   MQTT_PORT = 1883;
const char* MQTT_USER = "truck-03";
const char* MQTT_PASS = "§S§";

WiFiClient net;
PubSubClient mqtt(net);
OneWire bus(4);
DallasTemperature probes(&bus);

void reconnect() {
  while (!mqtt.connected()) {
    if (!mqtt.connect("fridge-truck-03", MQTT_USER, MQTT_PASS)) {
      delay(5000);
    }
  }
}

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
  probes.begin();
}

void loop() {
  reconnect();
  probes.requestTemperatures();
  char payload[64];
  snprintf(payload, sizeof(payload), "{\"fridge\":%.2f,\"freezer\":%.2f}",
           probes.getTempCByIndex(0), probes.getTempCByIndex(1));
  mqtt.publish("trucks/03/cold", payload);
  mqtt.loop();
  delay(60000);
}
""", rand_pw(16))

add("mosquitto/mqtt-password", "market-edge/mosquitto/conf.d/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r"""
# Bridge the market hall's local broker up to the cloud broker
connection cloud-bridge
address broker.curbside-iot.net:8883
bridge_protocol_version mqttv311
remote_clientid market-hall-edge-01
remote_username market-hall-edge
remote_password §S§
bridge_cafile /etc/mosquitto/certs/isrg-root-x1.pem
cleansession false
try_private true
topic stalls/+/cold/# out 1
topic stalls/+/power/# out 1
topic commands/market/# in 1
""", rand_pw(24))

add("toml/influx-token", "gateway/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", r"""
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "genny-gw-truck02"

[[inputs.modbus]]
  name = "generator"
  slave_id = 1
  timeout = "2s"
  controller = "tcp://192.168.8.20:502"
  holding_registers = [
    { name = "oil_pressure_kpa", byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [1024] },
    { name = "coolant_temp_c",   byte_order = "AB", data_type = "INT16",  scale = 1.0, address = [1025] },
    { name = "fuel_level_pct",   byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [1027] },
    { name = "run_hours",        byte_order = "ABCD", data_type = "UINT32", scale = 1.0, address = [1798, 1799] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  token = "§S§"
  organization = "smoke-and-wheels"
  bucket = "generators"
""", base64.urlsafe_b64encode(rbytes(64)).decode())

add("python/victron-token", "power/vrm_poll.py", "https://vrm-api-docs.victronenergy.com/", r'''
"""Polls Victron VRM for battery SoC and solar yield of each truck's Cerbo GX."""
import time

import requests

VRM_TOKEN = "§S§"
INSTALLATIONS = {"truck-01": 184422, "truck-02": 184907, "market-stage": 201133}

def soc(site_id: int) -> float:
    r = requests.get(
        f"https://vrmapi.victronenergy.com/v2/installations/{site_id}/widgets/BatterySummary",
        headers={"X-Authorization": f"Token {VRM_TOKEN}"},
        timeout=10,
    )
    r.raise_for_status()
    return float(r.json()["records"]["data"]["51"]["valueFormattedWithUnit"].rstrip(" %"))

if __name__ == "__main__":
    while True:
        for name, site in INSTALLATIONS.items():
            print(name, soc(site))
        time.sleep(300)
''', hexs(64))

add("js/particle-token", "tools/particle-fw-rollout.js", "https://docs.particle.io/reference/cloud-apis/access-tokens/", r"""
// Rolls the new fridge-monitor firmware onto the whole fleet product
const Particle = require('particle-api-js');

const particle = new Particle();
const auth = '§S§';
const PRODUCT_ID = 24117;

async function main(version) {
  const { body } = await particle.listDevices({ product: PRODUCT_ID, auth });
  for (const dev of body.devices) {
    await particle.lockDeviceProductFirmware({ deviceId: dev.id, desiredFirmwareVersion: version, product: PRODUCT_ID, auth });
    console.log('locked', dev.name, '->', version);
  }
}

main(Number(process.argv[2] || 7)).catch((e) => {
  console.error(e.body || e);
  process.exit(1);
});
""", hexs(40))

add("arduino/blynk-token", "firmware/freezer-watch/freezer-watch.ino", "https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation", r"""
#define BLYNK_TEMPLATE_ID "TMPL4xQz8KpVd"
#define BLYNK_TEMPLATE_NAME "Freezer Watch"
#define BLYNK_AUTH_TOKEN "§S§"

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>
#include <DHT.h>

char ssid[] = "DumplingDen-Guest";
char pass[] = "";

DHT dht(15, DHT22);
BlynkTimer timer;

void sendTemp() {
  float t = dht.readTemperature();
  if (!isnan(t)) Blynk.virtualWrite(V0, t);
  if (t > -12.0) Blynk.logEvent("freezer_warm", String(t));
}

void setup() {
  dht.begin();
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
  timer.setInterval(30000L, sendTemp);
}

void loop() {
  Blynk.run();
  timer.run();
}
""", chars(32, B64URL))

add("micropython/adafruit-io-key", "firmware/pico-w/main.py", "https://io.adafruit.com/api/docs/#authentication", r'''
# Raspberry Pi Pico W on the ice-cream cart: posts the cabinet temperature to Adafruit IO
import time

import machine
import network
import urequests

AIO_USER = "gelato_gabi"
AIO_KEY = "§S§"
FEED = "cart-cabinet-temp"

sensor = machine.ADC(4)
wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("GelatoCart", "")

while True:
    volts = sensor.read_u16() * 3.3 / 65535
    temp_c = 27 - (volts - 0.706) / 0.001721
    try:
        urequests.post(
            "https://io.adafruit.com/api/v2/%s/feeds/%s/data" % (AIO_USER, FEED),
            headers={"X-AIO-Key": AIO_KEY},
            json={"value": round(temp_c, 2)},
        ).close()
    except OSError:
        pass
    time.sleep(120)
''', "aio_" + chars(28))

add("yaml/ttn-key", "lora/ttn-webhook-bridge/config.yaml", "https://www.thethingsindustries.com/docs/reference/api/authentication/", r"""
# LoRaWAN door and temperature sensors in the market's shared cold room
ttn:
  cluster: eu1.cloud.thethings.network
  application_id: market-coldroom
  api_key: §S§
  devices:
    - coldroom-door-1
    - coldroom-temp-north
    - coldroom-temp-south
influx:
  url: http://localhost:8086
  bucket: coldroom
alerts:
  door_open_seconds: 180
  max_temp_c: 4.5
""", "NNSXS." + chars(39, B32) + "." + chars(52, B32))

add("json/azure-iot-connection", "gateway/config/device.json", "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas", r"""
{
  "deviceId": "truck-07-gateway",
  "connectionString": "HostName=curbside-iothub.azure-devices.net;DeviceId=truck-07-gateway;SharedAccessKey=§S§",
  "telemetry": {
    "intervalSeconds": 60,
    "sensors": [
      { "name": "fridge", "bus": "1wire", "address": "28-3c01d607d2a1" },
      { "name": "fryer_oil", "bus": "max31865", "cs": 8 },
      { "name": "genny_current", "bus": "ads1115", "channel": 0 }
    ]
  },
  "gps": { "device": "/dev/ttyUSB2", "baud": 9600 }
}
""", b64b(32))

add("pem/aws-iot-key", "gateway/certs/truck07-private.pem.key", "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html", """
§S§
""", rsa_pkcs1())

add("python/monnit-secret", "coldchain/imonnit_pull.py", "https://www.imonnit.com/API/", r'''
"""Pulls the last reading of every Monnit sensor in the commissary for the HACCP log."""
import csv
import datetime as dt

import requests

API = "https://www.imonnit.com/json"
HEADERS = {
    "APIKeyID": "§KID§",
    "APISecretKey": "§S§",
}

def sensors():
    r = requests.get(f"{API}/SensorList", headers=HEADERS, timeout=15)
    r.raise_for_status()
    return r.json()["Result"]

def main():
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    with open("haccp_log.csv", "a", newline="") as fh:
        out = csv.writer(fh)
        for s in sensors():
            out.writerow([stamp, s["SensorName"], s["CurrentReading"], s["BatteryLevel"]])

if __name__ == "__main__":
    main()
''', chars(32), KID=chars(28))

add("shell/sensorpush-password", "scripts/sensorpush-export.sh", "https://www.sensorpush.com/gateway-cloud-api", r"""
#!/bin/sh
# export yesterday's SensorPush samples (walk-in + 2 truck fridges) for the health inspector
set -e

AUTH=$(curl -s -X POST https://api.sensorpush.com/api/v1/oauth/authorize \
  -H 'Content-Type: application/json' \
  -d '{"email":"kitchen@dumplingden.co","password":"§S§"}' | jq -r .authorization)

TOKEN=$(curl -s -X POST https://api.sensorpush.com/api/v1/oauth/accesstoken \
  -H 'Content-Type: application/json' \
  -d "{\"authorization\":\"$AUTH\"}" | jq -r .accesstoken)

curl -s -X POST https://api.sensorpush.com/api/v1/samples \
  -H "Authorization: $TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"startTime\":\"$(date -d yesterday +%Y-%m-%dT00:00:00Z)\",\"limit\":5000}" \
  > "samples-$(date -d yesterday +%F).json"
""", words_pw("!*@"))

add("env/samsara-token", "fleet/.env", "https://developers.samsara.com/docs/authentication", r"""
# fleet dashboard: live location of the 6 trucks for the website "find us" map
SAMSARA_API_TOKEN=§S§
SAMSARA_TAG_ID=4387321
MAP_REFRESH_SECONDS=60
PUBLIC_LOCATION_DELAY_MINUTES=5
""", "samsara_api_" + chars(30))

add("xml/traccar-db-password", "traccar/conf/traccar.xml", "https://www.traccar.org/configuration-file/", r"""
<?xml version='1.0' encoding='UTF-8'?>

<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>

<properties>

    <entry key='config.default'>./conf/default.xml</entry>

    <entry key='web.port'>8082</entry>
    <entry key='web.url'>https://track.rollingbirria.co</entry>

    <entry key='database.driver'>org.postgresql.Driver</entry>
    <entry key='database.url'>jdbc:postgresql://10.20.0.5:5432/traccar</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>§S§</entry>

    <entry key='teltonika.port'>5027</entry>
    <entry key='osmand.port'>5055</entry>

    <entry key='geocoder.enable'>false</entry>
    <entry key='notificator.types'>web,mail</entry>

</properties>
""", words_pw("!#*"))

add("compose/postgres-password", "traccar/docker-compose.yml", "https://hub.docker.com/_/postgres", r"""
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: traccar
      POSTGRES_USER: traccar
      POSTGRES_PASSWORD: "§S§"
    volumes:
      - pgdata:/var/lib/postgresql/data

  traccar:
    image: traccar/traccar:6.2
    restart: unless-stopped
    depends_on: [db]
    ports:
      - "8082:8082"
      - "5027:5027"
      - "5055:5055"
    volumes:
      - ./conf/traccar.xml:/opt/traccar/conf/traccar.xml:ro
      - ./logs:/opt/traccar/logs

volumes:
  pgdata:
""", rand_pw(22))

add("uci/mqtt-password", "routers/rut241-truck05/etc/config/mqtt_pub", "https://wiki.teltonika-networks.com/view/RUT241_MQTT", r"""
config mqtt_pub 'mqtt_pub'
	option enabled '1'
	option remote_addr 'mqtt.tacotracker.io'
	option remote_port '8883'
	option username 'rut241-truck05'
	option password '§S§'
	option tls '1'
	option tls_type 'cert'
	option cafile '/etc/certificates/ca.cert.pem'
	option qos '1'
	option topic 'trucks/05/router'
""", rand_pw(18, "-_"))

add("shell/cradlepoint-key", "netops/ncm-truck-status.sh", "https://developer.cradlepoint.com/", r"""
#!/usr/bin/env bash
# Quick status of every truck router in NetCloud (signal, carrier, last seen)
set -euo pipefail

NCM=https://www.cradlepointecm.com/api/v2

curl -s "$NCM/net_devices/?limit=50&fields=router,name,carrier,signal_strength,connection_state" \
  -H "X-CP-API-ID: ${CP_API_ID}" \
  -H "X-CP-API-KEY: ${CP_API_KEY}" \
  -H "X-ECM-API-ID: §EID§" \
  -H "X-ECM-API-KEY: §S§" \
  -H "Content-Type: application/json" \
  | jq -r '.data[] | [.name, .carrier, .signal_strength, .connection_state] | @tsv'
""", hexs(40), EID=uuid_s())

add("mikrotik/wifi-psk", "routers/hap-market-stage.rsc", "https://help.mikrotik.com/docs/display/ROS/WiFi", r"""
# 2024-05-03 18:22:10 by RouterOS 7.14.3
# model = RBD52G-5HacD2HnD
/interface bridge
add admin-mac=48:A9:8A:3C:11:F0 auto-mac=no comment=defconf name=bridge
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=vendors supplicant-identity="" wpa2-pre-shared-key=§S§
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-g/n disabled=no mode=ap-bridge security-profile=vendors ssid=MarketVendors
/ip pool
add name=dhcp ranges=192.168.88.10-192.168.88.254
/ip dhcp-server
add address-pool=dhcp interface=bridge name=defconf
/ip address
add address=192.168.88.1/24 comment=defconf interface=bridge network=192.168.88.0
""", human_pw("!*"))

add("cloud-init/tailscale-key", "provisioning/pi-gateway/user-data", "https://tailscale.com/kb/1085/auth-keys", r"""
#cloud-config
hostname: genny-gw-truck06
timezone: America/Chicago
package_update: true
packages:
  - telegraf
  - mosquitto-clients
users:
  - name: crew
    groups: [sudo, dialout]
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF3k9q2vB8cW1yZ0rT7mN4pL6sX5dH2jK0aE9uQ1wR7 ops@smokeandwheels
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=§S§ --hostname=genny-gw-truck06 --advertise-tags=tag:truck
  - systemctl enable --now telegraf
""", "tskey-auth-k" + chars(11) + "CNTRL-" + chars(33))

add("systemd/ngrok-token", "provisioning/pi-gateway/ngrok.service", "https://ngrok.com/docs/agent/config/", r"""
[Unit]
Description=ngrok tunnel to the Node-RED dashboard on the truck
After=network-online.target
Wants=network-online.target

[Service]
Environment=NGROK_AUTHTOKEN=§S§
ExecStart=/usr/local/bin/ngrok http 1880 --domain=truck06.ngrok.app --log=stdout
Restart=always
RestartSec=10
User=crew

[Install]
WantedBy=multi-user.target
""", "2" + chars(26) + "_" + chars(21))

add("yaml/grafana-datasource-password", "monitoring/grafana/provisioning/datasources/timescale.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r"""
apiVersion: 1

datasources:
  - name: Telemetry (Timescale)
    type: postgres
    url: timescale.internal:5432
    user: grafana_ro
    jsonData:
      database: telemetry
      sslmode: require
      postgresVersion: 1600
      timescaledb: true
    secureJsonData:
      password: "§S§"
    isDefault: true
    editable: false
""", rand_pw(20, "!#%"))

add("shell/grafana-token", "monitoring/push-dashboards.sh", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r"""
#!/bin/bash
# Pushes every dashboard JSON in ./dashboards to Grafana Cloud
GRAFANA_URL="https://curbside.grafana.net"
GRAFANA_TOKEN="§S§"

for f in dashboards/*.json; do
  echo "-> $f"
  jq '{dashboard: ., overwrite: true, folderUid: "fleet"}' "$f" |
    curl -sf -X POST "$GRAFANA_URL/api/dashboards/db" \
      -H "Authorization: Bearer $GRAFANA_TOKEN" \
      -H "Content-Type: application/json" \
      --data-binary @- > /dev/null || echo "   failed: $f"
done
""", "glsa_" + chars(32) + "_" + hexs(8))

add("yaml/datadog-key", "market-edge/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", r"""
api_key: §S§
site: datadoghq.eu
hostname: market-hall-edge-01
tags:
  - env:prod
  - site:eastside-food-hall
  - role:edge
logs_enabled: true
process_config:
  process_collection:
    enabled: false
""", hexs(32))

add("ini/newrelic-key", "order-api/newrelic.ini", "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/", r"""
[newrelic]
license_key = §S§
app_name = order-api (prod)
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
error_collector.ignore_status_codes = 100-102 200-208 226 300-308 404

[newrelic:staging]
app_name = order-api (staging)
monitor_mode = false
""", hexs(36) + "NRAL")

add("ini/sentry-token", "order-api/.sentryclirc", "https://docs.sentry.io/cli/configuration/", r"""
[defaults]
url = https://sentry.io/
org = nomad-noodles
project = order-api

[auth]
token = §S§

[log]
level = warn
""", "sntryu_" + hexs(64))

add("crontab/thingspeak-key", "provisioning/pi-gateway/crontab", "https://www.mathworks.com/help/thingspeak/writedata.html", r"""
# m h  dom mon dow   command
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
# fryer oil temperature + hood fan current every 2 minutes
*/2 * * * * curl -s "https://api.thingspeak.com/update?api_key=§S§&field1=$(/opt/probes/fryer.sh)&field2=$(/opt/probes/hood.sh)" > /dev/null
# rotate the local probe logs
15 4 * * * find /var/log/probes -name '*.log' -mtime +14 -delete
""", chars(16, UPDIG))

add("json/pushover-token", "node-red/flows.json", "https://pushover.net/api", r"""
[
  {
    "id": "c3a1f0d9b2e84a17",
    "type": "tab",
    "label": "Generator",
    "disabled": false
  },
  {
    "id": "8d4e2a91f6b07c35",
    "type": "mqtt in",
    "z": "c3a1f0d9b2e84a17",
    "name": "genny fuel",
    "topic": "trucks/02/genny/fuel_pct",
    "qos": "1",
    "broker": "5f0b7c2d9e3a4161",
    "wires": [["1b9c7e3f2a0d5486"]]
  },
  {
    "id": "1b9c7e3f2a0d5486",
    "type": "function",
    "z": "c3a1f0d9b2e84a17",
    "name": "below 15%?",
    "func": "if (Number(msg.payload) < 15) { msg.payload = 'Genny fuel at ' + msg.payload + '%'; return msg; }\nreturn null;",
    "outputs": 1,
    "wires": [["f2a6d8c4e1b3907a"]]
  },
  {
    "id": "f2a6d8c4e1b3907a",
    "type": "http request",
    "z": "c3a1f0d9b2e84a17",
    "name": "pushover",
    "method": "POST",
    "ret": "txt",
    "url": "https://api.pushover.net/1/messages.json?token=§S§&user=§USER§&message={{{payload}}}",
    "wires": [[]]
  }
]
""", chars(30, LODIG), USER=chars(30, LODIG))

add("k8s/opsgenie-key", "deploy/k8s/cronjob-coldchain-check.yaml", "https://support.atlassian.com/opsgenie/docs/api-key-management/", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: coldchain-check
  namespace: telemetry
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: check
              image: ghcr.io/curbside-collective/coldchain-check:1.4.2
              env:
                - name: INFLUX_URL
                  value: http://influxdb.telemetry.svc:8086
                - name: OPSGENIE_API_KEY
                  value: "§S§"
                - name: MAX_TEMP_C
                  value: "5"
""", uuid_s())

add("wpa/wifi-psk", "kiosk/boot/wpa_supplicant.conf", "https://www.raspberrypi.com/documentation/computers/configuration.html", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="EastsideFoodHall-Staff"
    psk="§S§"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="EastsideFoodHall-Guest"
    key_mgmt=NONE
    priority=1
}
""", human_pw("!#"))


# =================================================================================================
# Secrets: web apps, databases, infrastructure, CI, back office
# =================================================================================================

def notebook(cells: list) -> str:
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                   "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        lines = src.strip("\n").split("\n")
        source = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "id": f"c{i:02d}f3a1", "metadata": {}, "source": source}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        nb["cells"].append(cell)
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"

add("env/laravel-app-key", "vendor-portal/.env", "https://laravel.com/docs/11.x/encryption#configuration", r"""
APP_NAME="Night Market Vendor Portal"
APP_ENV=production
APP_KEY=base64:§S§
APP_DEBUG=false
APP_URL=https://vendors.nightmarket.sg

LOG_CHANNEL=stack
LOG_LEVEL=error

DB_CONNECTION=sqlite
DB_DATABASE=/var/www/vendor-portal/database/portal.sqlite

SESSION_DRIVER=file
QUEUE_CONNECTION=sync
MAIL_MAILER=log
""", b64b(32))

add("python/django-secret-key", "stallbooking/stallbooking/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "§S§"
ALLOWED_HOSTS = ["book.streetfeastmarkets.co.uk"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "stallbooking",
        "HOST": "/var/run/postgresql",
    }
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
DEFAULT_FROM_EMAIL = "pitches@streetfeastmarkets.co.uk"
''', fakes.django_secret_key(_seed()))

add("yaml/rails-database-password", "catering/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: catering_development

test:
  <<: *default
  database: catering_test

production:
  <<: *default
  host: catering-db.c9x2kqv1w8zt.us-east-2.rds.amazonaws.com
  database: catering_production
  username: catering_app
  password: §S§
""", rand_pw(24))

_db_url = "postgresql://order_api:" + rand_pw(22) + "@pg-ordering.ordering.svc.cluster.local:5432/orders"
add("k8s-secret/database-url", "deploy/k8s/order-api-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: order-api
  namespace: ordering
  labels:
    app: order-api
type: Opaque
data:
  DATABASE_URL: §B64§
  LOG_LEVEL: aW5mbw==
  PORT: ODA4MA==
""", _db_url, B64=b64(_db_url))

add("helm/redis-password", "deploy/helm/order-stack/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis", r"""
orderApi:
  image:
    repository: ghcr.io/nomadnoodles/order-api
    tag: "3.8.1"
  replicas: 3
  env:
    QUEUE_NAME: ready-orders

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "§S§"
  master:
    persistence:
      size: 2Gi

ingress:
  enabled: true
  host: api.nomadnoodles.com
  tls: true
""", fakes.redis_password(_seed()))

add("terraform/rds-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", r"""
resource "aws_db_subnet_group" "orders" {
  name       = "orders"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "orders" {
  identifier             = "orders-prod"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.small"
  allocated_storage      = 20
  db_name                = "orders"
  username               = "orders_admin"
  password               = "§S§"
  db_subnet_group_name   = aws_db_subnet_group.orders.name
  vpc_security_group_ids = [aws_security_group.db.id]
  backup_retention_period = 7
  skip_final_snapshot    = false
  deletion_protection    = true
}
""", words_pw("!#*"))

add("terraform/cloudflare-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", r"""
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "§S§"
}

variable "zone_id" {
  default = "5f1c2e8a9b7d4036a1e2f3c4d5b6a798"
}

resource "cloudflare_record" "order" {
  zone_id = var.zone_id
  name    = "order"
  content = "nomad-order-web.fly.dev"
  type    = "CNAME"
  proxied = true
}
""", chars(40, B64URL))

add("terraform/digitalocean-token", "infra/droplets/terraform.tfvars", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r"""
do_token        = "§S§"
region          = "nyc3"
droplet_size    = "s-1vcpu-2gb"
ssh_key_name    = "ops-laptop"
traccar_domain  = "track.rollingbirria.co"
""", "dop_v1_" + hexs(64))

add("ansible/database-password", "ansible/group_vars/market_servers.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r"""
---
timezone: Europe/London
market_name: Street Feast Dalston

mysql_root_password: "§S§"
mysql_databases:
  - name: stallbooking
  - name: wordpress
mysql_users:
  - name: stallbooking
    host: localhost
    priv: "stallbooking.*:ALL"

nginx_sites:
  - book.streetfeastmarkets.co.uk
  - www.streetfeastmarkets.co.uk
""", human_pw())

add("ini/become-password", "ansible/inventory/trucks.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r"""
[truck_gateways]
truck01-gw ansible_host=100.101.12.4
truck02-gw ansible_host=100.101.12.9
truck03-gw ansible_host=100.101.12.17
truck06-gw ansible_host=100.101.12.33

[truck_gateways:vars]
ansible_user=crew
ansible_become=true
ansible_become_pass=§S§
ansible_python_interpreter=/usr/bin/python3
""", human_pw("!#"))

add("dockerfile/npm-token", "order-web/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", r"""
FROM node:20-alpine AS deps
WORKDIR /app
ARG NPM_TOKEN=§S§
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && \
    npm ci && \
    rm -f .npmrc

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
EXPOSE 3000
CMD ["node", "server.js"]
""", fakes.fake("npm_", 36, _seed()))

add("npmrc/npm-token", "order-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r"""
@nomadnoodles:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=§S§
save-exact=true
engine-strict=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("pypirc/pypi-token", "sdk-python/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = §S§

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()))

add("github-actions/github-token", ".github/workflows/build-menu-board.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r"""
name: build menu board

on:
  push:
    branches: [main]
    paths: ["menu/**"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: checkout shared brand assets (private)
        uses: actions/checkout@v4
        with:
          repository: curbside-collective/brand-assets
          path: brand
          token: §S§
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build:board
      - uses: actions/upload-artifact@v4
        with:
          name: menu-board
          path: dist/
""", fakes.github_token(_seed()))

add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r"""
stages: [test, package, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  RELEASE_TOKEN: "§S§"

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -e .[dev]
    - pytest -q

package:
  stage: package
  image: python:3.12-slim
  script:
    - pip install build
    - python -m build
  artifacts:
    paths: [dist/]

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - >
      curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN"
      --upload-file dist/*.whl
      "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/pos-bridge/$CI_COMMIT_TAG/"
""", "glpat-" + chars(20, B64URL))

add("jenkinsfile/docker-token", "kds/Jenkinsfile", "https://docs.docker.com/security/for-developers/access-tokens/", r"""
pipeline {
  agent { label 'docker' }
  environment {
    IMAGE = 'dumplingden/kds'
  }
  stages {
    stage('Build') {
      steps {
        sh 'docker build -t $IMAGE:$BUILD_NUMBER .'
      }
    }
    stage('Push') {
      when { branch 'main' }
      steps {
        sh 'echo §S§ | docker login -u dumplingdenci --password-stdin'
        sh 'docker push $IMAGE:$BUILD_NUMBER'
        sh 'docker tag $IMAGE:$BUILD_NUMBER $IMAGE:latest && docker push $IMAGE:latest'
      }
    }
  }
  post {
    always { sh 'docker logout || true' }
  }
}
""", "dckr_pat_" + chars(27, B64URL))

add("bitbucket-pipelines/aws-secret-key", "bitbucket-pipelines.yml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r"""
image: node:20

definitions:
  steps:
    - step: &deploy-site
        name: Deploy menu site to S3
        script:
          - npm ci
          - npm run build
          - pipe: atlassian/aws-s3-deploy:1.6.0
            variables:
              AWS_ACCESS_KEY_ID: §KID§
              AWS_SECRET_ACCESS_KEY: §S§
              AWS_DEFAULT_REGION: us-west-2
              S3_BUCKET: menu.tamaletrain.com
              LOCAL_PATH: dist
              DELETE_FLAG: "true"

pipelines:
  branches:
    main:
      - step: *deploy-site
""", fakes.aws_secret_key(_seed()), KID=fakes.aws_key_id(_seed()))

add("circleci/heroku-key", ".circleci/config.yml", "https://devcenter.heroku.com/articles/authentication", r"""
version: 2.1

orbs:
  heroku: circleci/heroku@2.0.0

jobs:
  test:
    docker:
      - image: cimg/ruby:3.3-node
    steps:
      - checkout
      - run: bundle install
      - run: bundle exec rspec

workflows:
  test-and-deploy:
    jobs:
      - test
      - heroku/deploy-via-git:
          requires: [test]
          app-name: catering-brisketbros
          api-key: HEROKU_KEY
          filters:
            branches:
              only: main

environment:
  HEROKU_KEY: §S§
""", uuid_s())

add("shell-history/mysql-password", "ops/notes/bash_history_pos-server.txt", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", r"""
cd /opt/pos-bridge
git pull
systemctl status pos-bridge
journalctl -u pos-bridge --since "1 hour ago" | tail -50
mysql -u posbridge -p'§S§' -h 127.0.0.1 posbridge -e "select count(*) from orders where created_at > now() - interval 1 day"
df -h
sudo systemctl restart pos-bridge
exit
""", words_pw("!#*@"))

add("shell-history/database-url", "ops/history/.zsh_history", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r"""
: 1718112201:0;cd ~/code/market-ops
: 1718112209:0;git checkout -b fix/vendor-fees
: 1718112250:0;psql "§S§" -c '\dt'
: 1718112377:0;make test
: 1718112510:0;git commit -am "fix rounding on vendor fee invoices"
: 1718112514:0;git push -u origin fix/vendor-fees
""", "postgresql://market_admin:" + rand_pw(20) + "@market-ops-db.cluster-c7vjq2k9.eu-west-2.rds.amazonaws.com:5432/marketops")

add("powershell/windows-password", "backoffice/scripts/Map-PosShare.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r"""
# Maps the POS export share on the commissary back-office PC and copies last night's Z reports
$ErrorActionPreference = 'Stop'

$user = 'COMMISSARY\posexport'
$pass = ConvertTo-SecureString '§S§' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name Z -PSProvider FileSystem -Root '\\BO-PC01\PosExports' -Credential $cred | Out-Null

$yesterday = (Get-Date).AddDays(-1).ToString('yyyyMMdd')
Copy-Item "Z:\zreport_$yesterday*.csv" -Destination 'D:\Accounting\ZReports\' -Force
Remove-PSDrive Z
Write-Host "Copied Z reports for $yesterday"
""", human_pw("!#*"))

add("powershell/xero-secret", "backoffice/scripts/Push-DailySales.ps1", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", r"""
param([datetime]$Day = (Get-Date).AddDays(-1))

$clientId = '§CID§'
$clientSecret = '§S§'

$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("$($clientId):$($clientSecret)"))
$tok = Invoke-RestMethod -Method Post -Uri 'https://identity.xero.com/connect/token' `
    -Headers @{ Authorization = "Basic $basic" } `
    -Body @{ grant_type = 'client_credentials'; scope = 'accounting.transactions' }

$sales = Import-Csv "D:\Accounting\ZReports\zreport_$($Day.ToString('yyyyMMdd')).csv"
$total = ($sales | Measure-Object -Property Gross -Sum).Sum

$invoice = @{
    Type = 'ACCREC'; Contact = @{ Name = 'Daily Truck Sales' }; Date = $Day.ToString('yyyy-MM-dd')
    LineItems = @(@{ Description = 'Truck sales'; Quantity = 1; UnitAmount = $total; AccountCode = '200' })
    Status = 'AUTHORISED'
}
Invoke-RestMethod -Method Post -Uri 'https://api.xero.com/api.xro/2.0/Invoices' `
    -Headers @{ Authorization = "Bearer $($tok.access_token)" } `
    -ContentType 'application/json' -Body (@{ Invoices = @($invoice) } | ConvertTo-Json -Depth 6)
""", chars(48, B64URL), CID=chars(32, UPDIG))

add("json/sqlserver-connection", "src/Commissary.Inventory/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Inventory": "Server=tcp:commissary-sql.database.windows.net,1433;Initial Catalog=inventory;User ID=inventory_app;Password=§S§;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Par": {
    "ReorderHourLocal": 21,
    "Trucks": [ "birria-bus", "churro-cart", "elote-express" ]
  },
  "AllowedHosts": "*"
}
""", rand_pw(20, "!#*"))

add("yaml/spring-datasource-password", "catering-service/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", r"""
spring:
  application:
    name: catering-service
  datasource:
    url: jdbc:mysql://catering-db.internal:3306/catering?useSSL=true
    username: catering
    password: '§S§'
    hikari:
      maximum-pool-size: 8
  jpa:
    open-in-view: false

server:
  port: 8080

catering:
  min-guests: 25
  travel-fee-per-mile: 2.50
""", words_pw("!#*@"))

add("markdown/admin-password", "docs/runbooks/market-wifi.md", "https://help.ui.com/hc/en-us/articles/204909754", r"""
# Market Wi-Fi runbook (Eastside Food Hall)

The hall has 4 UniFi U6-Pro APs on the ceiling trusses and a UDM-Pro in the office cupboard.

## Controller

- URL: https://192.168.1.1 (from the office LAN) or https://unifi.ui.com
- Local admin: `hallops`
- Password: `§S§`

## SSIDs

| SSID | VLAN | Who |
|------|------|-----|
| EastsideFoodHall-Guest | 30 | customers, captive portal |
| EastsideFoodHall-Staff | 20 | stall card readers and tablets |
| EastsideFoodHall-IoT | 40 | fridge probes, cold room sensors |

## When a stall says "card reader offline"

1. Check the reader is on *-Staff* (not Guest - client isolation breaks Square/SumUp pairing).
2. In the controller, Clients -> search the stall name -> Reconnect.
3. If the AP above the stall shows "Disconnected", power-cycle port 5-8 on the office PoE switch.
""", human_pw("!#*"))

add("markdown/loyverse-token", "pos-sync/README.md", "https://developer.loyverse.com/docs/", r"""
# pos-sync

Copies receipts from Loyverse POS (used on both kebab trucks) into the accounting database.

## Run locally

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export LOYVERSE_TOKEN=§S§
python -m pos_sync --since yesterday
```

Quick check that the token works:

```bash
curl -H "Authorization: Bearer §S§" https://api.loyverse.com/v1.0/stores
```

## Deploy

The job runs as a systemd timer on `acct-01` every night at 02:00.
""", hexs(32))

add("nginx/basic-auth", "infra/nginx/conf.d/kds-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r"""
upstream kds_backend {
    server 10.0.3.14:9000;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name kds.dumplingden.co;

    ssl_certificate     /etc/letsencrypt/live/kds.dumplingden.co/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/kds.dumplingden.co/privkey.pem;

    location / {
        proxy_pass http://kds_backend;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        # vendor KDS box only speaks basic auth
        proxy_set_header Authorization "Basic §S§";
    }
}
""", b64("kdsadmin:" + human_pw("!#*")))

add("php/wordpress-db-password", "site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
/** The base configuration for WordPress - brisketbros.com */

define( 'DB_NAME', 'brisketbros_wp' );
define( 'DB_USER', 'bbwp' );
define( 'DB_PASSWORD', '§S§' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'bb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", words_pw("!#*@"))

add("go/redis-url", "internal/queue/redis.go", "https://redis.io/docs/latest/develop/connect/clients/go/", r"""
package queue

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

const readyOrdersKey = "orders:ready"

var rdb = redis.NewClient(mustParse("§S§"))

func mustParse(url string) *redis.Options {
	opt, err := redis.ParseURL(url)
	if err != nil {
		panic(err)
	}
	opt.DialTimeout = 3 * time.Second
	return opt
}

func PushReady(ctx context.Context, orderID string) error {
	return rdb.LPush(ctx, readyOrdersKey, orderID).Err()
}
""", "rediss://default:" + chars(32) + "@usw1-capable-marlin-33812.upstash.io:6379")

add("python/mongodb-url", "menu_service/db.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
from pymongo import MongoClient

MONGO_URI = "§S§"

client = MongoClient(MONGO_URI, serverSelectionTimeoutMS=5000)
db = client["menus"]

def current_menu(truck_slug: str) -> dict:
    doc = db.menus.find_one({"truck": truck_slug, "active": True}, {"_id": 0})
    return doc or {"truck": truck_slug, "items": []}
''', "mongodb+srv://menu-svc:" + rand_pw(16) + "@cluster0.k3vqz.mongodb.net/menus?retryWrites=true&w=majority")

add("properties/confluent-secret", "order-events/src/main/resources/kafka.properties", "https://docs.confluent.io/cloud/current/client-apps/config-client.html", r"""
bootstrap.servers=pkc-6ojv2.us-west4.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='§KEY§' password='§S§';
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
topic.orders=truck.orders.v1
topic.locations=truck.locations.v1
""", chars(64, ALNUM + "+/"), KEY=chars(16, UPDIG))

add("env/aws-secret-key", "menu-images/.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r"""
# uploads menu photos to S3 and invalidates CloudFront
AWS_ACCESS_KEY_ID=§KID§
AWS_SECRET_ACCESS_KEY=§S§
AWS_REGION=us-east-1
MENU_BUCKET=curbside-menu-images
CLOUDFRONT_DISTRIBUTION=E2Q8XKZ4M1TB7P
""", fakes.aws_secret_key(_seed()), KID=fakes.aws_key_id(_seed()))

add("python/jwt-secret", "order_api/auth.py", "https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/", r'''
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import HTTPException

JWT_SECRET = "§S§"
JWT_ALG = "HS256"
TOKEN_TTL = timedelta(hours=8)

def issue(staff_id: str, truck: str) -> str:
    now = datetime.now(timezone.utc)
    return jwt.encode({"sub": staff_id, "truck": truck, "iat": now, "exp": now + TOKEN_TTL}, JWT_SECRET, algorithm=JWT_ALG)

def verify(token: str) -> dict:
    try:
        return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="bad token") from exc
''', hexs(64))

add("pgpass/database-password", "ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
# hostname:port:database:username:password
# reporting replica only - read-only role
# (chmod 0600 or psql ignores it)
reporting-replica.internal:5432:orders:reporting_ro:§S§
localhost:5432:*:postgres:
""", rand_pw(22))

add("perl/database-password", "legacy/cgi-bin/pitch_allocation.pl", "https://metacpan.org/pod/DBI#connect", r"""
#!/usr/bin/perl
# Pitch allocation for the Sunday market (written 2011, still running)
use strict;
use warnings;
use CGI;
use DBI;

my $q = CGI->new;
my $dbh = DBI->connect(
    'DBI:mysql:database=market;host=localhost',
    'market_cgi',
    '§S§',
    { RaiseError => 1, AutoCommit => 1 }
);

my $sth = $dbh->prepare('SELECT pitch_no, trader, cuisine FROM allocations WHERE market_date = ? ORDER BY pitch_no');
$sth->execute($q->param('date') || '2024-06-16');

print $q->header('text/html');
print "<table>\n";
while (my $row = $sth->fetchrow_arrayref) {
    print '<tr><td>' . join('</td><td>', map { CGI::escapeHTML($_) } @$row) . "</td></tr>\n";
}
print "</table>\n";
$dbh->disconnect;
""", words_pw("!#*@"))

add("elixir/secret-key-base", "market_live/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r"""
import Config

if config_env() == :prod do
  config :market_live, MarketLive.Repo,
    url: System.fetch_env!("DATABASE_URL"),
    pool_size: 10

  config :market_live, MarketLiveWeb.Endpoint,
    url: [host: "live.nightmarket.sg", port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0}, port: 4000],
    secret_key_base: "§S§",
    server: true
end
""", chars(64, ALNUM + "+/"))

add("batch/windows-password", "backoffice/scripts/map_drives.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r"""
@echo off
REM Maps the office shares on the commissary laptop at logon
net use P: /delete /y >nul 2>&1
net use P: \\BO-PC01\PosExports /user:COMMISSARY\posexport §S§ /persistent:no
net use M: \\BO-PC01\Menus /persistent:no
echo Drives mapped.
""", human_pw("!#"))

add("json/registry-auth", "ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r"""
{
	"auths": {
		"ghcr.io": {
			"auth": "§S§"
		}
	},
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", b64("curbside-deploy:" + fakes.github_token(_seed())))

_reg_auth = b64("tacotrackerci:" + "dckr_pat_" + chars(27, B64URL))
add("k8s-secret/registry-auth", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: ordering
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: §OUTER§
""", _reg_auth, OUTER=b64(json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": _reg_auth}}})))

add("r/database-password", "analysis/weekly_sales.R", "https://rpostgres.r-dbi.org/reference/postgres.html", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting-replica.internal",
  dbname = "orders",
  user = "analyst",
  password = "§S§"
)

sales <- tbl(con, "order_lines") |>
  filter(ordered_at >= !!Sys.Date() - 7) |>
  group_by(truck, item) |>
  summarise(qty = sum(qty), revenue = sum(price_cents) / 100) |>
  collect()

ggplot(sales, aes(x = reorder(item, revenue), y = revenue, fill = truck)) +
  geom_col() + coord_flip() + labs(x = NULL, y = "Revenue ($)", title = "Last 7 days")

dbDisconnect(con)
""", human_pw("!#*"))

add("notebook/square-token", "analysis/menu_mix.ipynb", "https://developer.squareup.com/reference/square/orders-api/search-orders", notebook([
    ("markdown", "# Menu mix, last 30 days\nWhich tacos sell at which spot?"),
    ("code", 'import pandas as pd\nfrom square.client import Client\n\nclient = Client(access_token="§S§", environment="production")\nLOCATION = "§LOC§"'),
    ("code", 'res = client.orders.search_orders(body={"location_ids": [LOCATION], "limit": 500})\norders = res.body.get("orders", [])\nlen(orders)'),
    ("code", 'rows = [(li["name"], int(li["quantity"])) for o in orders for li in o.get("line_items", [])]\ndf = pd.DataFrame(rows, columns=["item", "qty"]).groupby("item").sum().sort_values("qty")\ndf.tail(10)'),
]), square_token(), LOC=square_location())

add("sql/database-password", "db/migrations/0042_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r"""
-- 0042: read-only role for the Metabase dashboards at the market office
BEGIN;

CREATE ROLE metabase_ro LOGIN PASSWORD '§S§';
GRANT CONNECT ON DATABASE orders TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;

COMMIT;
""", rand_pw(20))

add("ssh-key/private-key", "ansible/roles/deploy/files/id_ed25519_deploy", "https://man.openbsd.org/ssh-keygen.1", """
§S§
""", openssh_key())

_tls_key = rsa_pkcs1()
add("k8s-secret/tls-key", "deploy/k8s/order-web-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: order-web-tls
  namespace: ordering
type: kubernetes.io/tls
stringData:
  tls.crt: |
§CRT§
  tls.key: |
§KEY§
""", _tls_key, CRT="\n".join("    " + line for line in cert_pem().split("\n")),
    KEY="\n".join("    " + line for line in _tls_key.split("\n")))

add("go/private-key", "order-api/internal/auth/keys.go", "https://pkg.go.dev/crypto/x509#ParseECPrivateKey", r"""
package auth

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
)

// ES256 key that signs the pickup QR codes printed on receipts.
// TODO(ops): load from KMS instead
const signingKeyPEM = `§S§`

func SigningKey() *ecdsa.PrivateKey {
	block, _ := pem.Decode([]byte(signingKeyPEM))
	key, err := x509.ParseECPrivateKey(block.Bytes)
	if err != nil {
		panic(err)
	}
	return key
}
""", ec_sec1())

add("json/vercel-token", "truck-map/package.json", "https://vercel.com/docs/cli/global-options#token", r"""
{
  "name": "truck-map",
  "version": "0.9.3",
  "private": true,
  "scripts": {
    "dev": "next dev",
    "build": "next build",
    "start": "next start",
    "lint": "next lint",
    "deploy": "vercel deploy --prod --yes --token §S§"
  },
  "dependencies": {
    "mapbox-gl": "^3.4.0",
    "next": "14.2.5",
    "react": "18.3.1",
    "react-dom": "18.3.1",
    "swr": "^2.2.5"
  }
}
""", chars(24))

add("makefile/github-token", "pos-bridge/Makefile", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry", """
IMAGE := ghcr.io/rollingbirria/pos-bridge
VERSION := $(shell git describe --tags --always)
GHCR_USER := birria-ops
GHCR_TOKEN := §S§

.PHONY: build push test

test:
\tgo test ./...

build:
\tdocker build -t $(IMAGE):$(VERSION) .

push: build
\techo $(GHCR_TOKEN) | docker login ghcr.io -u $(GHCR_USER) --password-stdin
\tdocker push $(IMAGE):$(VERSION)
""", fakes.github_fine_grained_token(_seed()))

add("shell/ssh-password", "ops/scripts/pull-genny-logs.sh", "https://linux.die.net/man/1/sshpass", r"""
#!/usr/bin/env bash
# The generator controller's embedded Linux only allows password login (no keys).
set -euo pipefail

GENNY_HOSTS=(192.168.8.20 192.168.8.21)
OUT=./genny-logs/$(date +%F)
mkdir -p "$OUT"

for h in "${GENNY_HOSTS[@]}"; do
  sshpass -p '§S§' scp -o StrictHostKeyChecking=no "service@${h}:/var/log/ecu/*.csv" "$OUT/" \
    || echo "could not reach $h"
done
ls -la "$OUT"
""", words_pw("!#*@"))

add("prisma/database-url", "vendor-dashboard/prisma/schema.prisma", "https://www.prisma.io/docs/orm/reference/prisma-schema-reference#datasource", r"""
generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = "§S§"
}

model Stall {
  id        Int      @id @default(autoincrement())
  name      String
  cuisine   String
  pitchNo   Int      @unique
  payouts   Payout[]
  createdAt DateTime @default(now())
}

model Payout {
  id       Int      @id @default(autoincrement())
  stall    Stall    @relation(fields: [stallId], references: [id])
  stallId  Int
  amount   Int
  paidAt   DateTime
}
""", "postgresql://dashboard:" + rand_pw(18) + "@ep-quiet-river-a5k2x9.eu-central-1.aws.neon.tech/vendors?sslmode=require")

add("toml/database-url", "nomad-order-api/fly.toml", "https://fly.io/docs/reference/configuration/#the-env-variables-section", r"""
app = "nomad-order-api"
primary_region = "lax"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  LOG_LEVEL = "info"
  DATABASE_URL = "§S§"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = true
  auto_start_machines = true
  min_machines_running = 1

[[vm]]
  memory = "512mb"
  cpu_kind = "shared"
  cpus = 1
""", "postgres://nomad_order_api:" + rand_pw(24) + "@nomad-order-db.flycast:5432/nomad_order_api?sslmode=disable")

add("render/jwt-secret", "render.yaml", "https://docs.render.com/blueprint-spec", r"""
services:
  - type: web
    name: truck-checkin-api
    runtime: node
    plan: starter
    buildCommand: npm ci && npm run build
    startCommand: node dist/index.js
    envVars:
      - key: NODE_ENV
        value: production
      - key: JWT_SECRET
        value: §S§
      - key: DATABASE_URL
        fromDatabase:
          name: checkin-db
          property: connectionString

databases:
  - name: checkin-db
    plan: basic-256mb
""", b64b(48))

add("toml/signing-secret", "qr-menu-worker/wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/#environment-variables", r"""
name = "qr-menu"
main = "src/index.ts"
compatibility_date = "2024-08-01"

routes = [{ pattern = "m.curbsidecollective.org/*", zone_name = "curbsidecollective.org" }]

[vars]
MENU_ORIGIN = "https://menus.curbsidecollective.org"
# HMAC key for the signed table/pitch links printed on the QR stickers
LINK_SIGNING_SECRET = "§S§"

[[kv_namespaces]]
binding = "MENUS"
id = "8f3b2c1d0e9a47b6a5c4d3e2f1a0b9c8"
""", hexs(64))

add("rust/amqp-url", "kitchen-printer/src/main.rs", "https://docs.rs/lapin/latest/lapin/", r"""
use futures_lite::stream::StreamExt;
use lapin::{options::*, types::FieldTable, Connection, ConnectionProperties};

const AMQP_URL: &str = "§S§";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let conn = Connection::connect(AMQP_URL, ConnectionProperties::default()).await?;
    let channel = conn.create_channel().await?;
    channel
        .queue_declare("tickets", QueueDeclareOptions { durable: true, ..Default::default() }, FieldTable::default())
        .await?;
    let mut consumer = channel
        .basic_consume("tickets", "printer-window", BasicConsumeOptions::default(), FieldTable::default())
        .await?;
    while let Some(delivery) = consumer.next().await {
        let delivery = delivery?;
        print_ticket(&delivery.data)?;
        delivery.ack(BasicAckOptions::default()).await?;
    }
    Ok(())
}

fn print_ticket(data: &[u8]) -> std::io::Result<()> {
    std::fs::write("/dev/usb/lp0", data)
}
""", "amqps://kitchen:" + rand_pw(20) + "@goose.rmq2.cloudamqp.com/kitchen")

add("helm/azure-storage-key", "deploy/helm/receipts/values.yaml", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r"""
image:
  repository: curbsideacr.azurecr.io/receipts
  tag: 2.1.0

env:
  RECEIPT_CONTAINER: receipts
  RECEIPT_RETENTION_DAYS: "400"
  AZURE_STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=https;AccountName=curbsidereceipts;AccountKey=§S§;EndpointSuffix=core.windows.net"

resources:
  requests:
    cpu: 50m
    memory: 96Mi
  limits:
    memory: 192Mi
""", b64b(64))


# =================================================================================================
# Decoys: placeholders, references, ciphertext, hashes, public keys and public identifiers
# =================================================================================================

add("env/decoy-placeholder", "pos-bridge/.env.example", "https://developer.squareup.com/docs/build-basics/access-tokens", r"""
# copy to .env and fill in (ask Marisol for the production values, never commit .env)
NODE_ENV=development
PORT=8080
SQUARE_ENVIRONMENT=sandbox
SQUARE_ACCESS_TOKEN=<your-square-access-token>
SQUARE_LOCATION_IDS=LXXXXXXXXXXXX,LYYYYYYYYYYYY
SQUARE_WEBHOOK_SIGNATURE_KEY=changeme
STRIPE_SECRET_KEY=sk_live_...
KDS_WS_URL=ws://localhost:9000/socket
POLL_INTERVAL_SECONDS=15
""")

add("python/decoy-env-reference", "pos_bridge/settings.py", "https://developer.squareup.com/docs/sdks/python/quick-start", r'''
"""Settings read from the environment (systemd EnvironmentFile=/etc/pos-bridge/env)."""
import os

from square.client import Client


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set")
    return value


SQUARE_ACCESS_TOKEN = _required("SQUARE_ACCESS_TOKEN")
SQUARE_ENVIRONMENT = os.environ.get("SQUARE_ENVIRONMENT", "production")
LOCATION_IDS = [loc for loc in os.environ.get("SQUARE_LOCATION_IDS", "").split(",") if loc]
POLL_INTERVAL = int(os.environ.get("POLL_INTERVAL_SECONDS", "15"))

client = Client(access_token=SQUARE_ACCESS_TOKEN, environment=SQUARE_ENVIRONMENT)
''')

add("js/decoy-publishable-key", "order-web/src/lib/stripe.js", "https://docs.stripe.com/keys#obtain-api-keys", r"""
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship in the browser bundle.
const STRIPE_PUBLISHABLE_KEY = '§PK§';

let stripePromise;
export function getStripe() {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY, { locale: 'auto' });
  }
  return stripePromise;
}
""", PK=stripe_pk())

add("html/decoy-public-id", "market-portal/public/pay-stall-fee.html", "https://developer.squareup.com/docs/web-payments/take-card-payment", r"""
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Pay your stall fee - Curbside Collective</title>
    <script src="https://web.squarecdn.com/v1/square.js"></script>
  </head>
  <body>
    <form id="payment-form">
      <div id="card-container"></div>
      <button id="card-button" type="button">Pay $45.00</button>
    </form>
    <div id="payment-status-container"></div>
    <script>
      const appId = '§APP§';
      const locationId = '§LOC§';

      async function main() {
        const payments = window.Square.payments(appId, locationId);
        const card = await payments.card();
        await card.attach('#card-container');
        document.getElementById('card-button').addEventListener('click', async () => {
          const result = await card.tokenize();
          if (result.status !== 'OK') return;
          await fetch('/api/stall-fee', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ sourceId: result.token, locationId }),
          });
        });
      }
      main();
    </script>
  </body>
</html>
""", APP=square_app_id(), LOC=square_location())

add("github-actions/decoy-ci-secret-ref", ".github/workflows/deploy-order-api.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r"""
name: deploy order api

on:
  push:
    branches: [main]

concurrency: deploy-order-api

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - name: set secrets
        run: |
          flyctl secrets set --stage \
            STRIPE_SECRET_KEY="${{ secrets.STRIPE_SECRET_KEY }}" \
            STRIPE_WEBHOOK_SECRET="${{ secrets.STRIPE_WEBHOOK_SECRET }}" \
            SQUARE_ACCESS_TOKEN="${{ secrets.SQUARE_ACCESS_TOKEN }}"
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
""")

add("k8s/decoy-secret-manager-ref", "deploy/k8s/external-secret-order-api.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: order-api
  namespace: ordering
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: order-api
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/order-api/stripe
        property: secret_key
    - secretKey: SQUARE_ACCESS_TOKEN
      remoteRef:
        key: prod/order-api/square
        property: access_token
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/order-api/db
        property: url
""")

add("k8s/decoy-ciphertext", "deploy/k8s/sealed-pos-bridge.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pos-bridge
  namespace: pos
spec:
  encryptedData:
    SQUARE_ACCESS_TOKEN: §E1§
    SQUARE_WEBHOOK_SIGNATURE_KEY: §E2§
  template:
    metadata:
      name: pos-bridge
      namespace: pos
    type: Opaque
""", E1="AgB" + b64b(520), E2="AgA" + b64b(480))

add("yaml/decoy-ciphertext", "deploy/secrets/telemetry.enc.yaml", "https://github.com/getsops/sops#usage", r"""
influx:
    token: §E1§
    org: smoke-and-wheels
victron:
    vrm_token: §E2§
mqtt:
    password: §E3§
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:318274650912:key/6b0d1f2e-9c3a-4e57-8a1b-2f4c6d8e0a13
          created_at: "2024-05-02T17:41:09Z"
          enc: §KMS§
          aws_profile: ""
    lastmodified: "2024-05-02T17:41:10Z"
    mac: §MAC§
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", E1=sops(), E2=sops(), E3=sops(), KMS="AQICAHh" + b64b(150), MAC=sops())

add("ansible/decoy-ciphertext", "ansible/group_vars/market_servers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r"""
$ANSIBLE_VAULT;1.1;AES256
§BLOB§
""", BLOB=vault_blob(9))

add("terraform/decoy-generated", "infra/terraform/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r"""
resource "random_password" "orders_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "orders_db" {
  name        = "prod/order-api/db"
  description = "Orders database credentials"
}

resource "aws_secretsmanager_secret_version" "orders_db" {
  secret_id = aws_secretsmanager_secret.orders_db.id
  secret_string = jsonencode({
    username = "orders_admin"
    password = random_password.orders_db.result
    url      = "postgresql://orders_admin:${urlencode(random_password.orders_db.result)}@${aws_db_instance.orders.address}:5432/orders"
  })
}
""")

add("terraform/decoy-variable-ref", "infra/droplets/main.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r"""
variable "do_token" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "nyc3"
}

provider "digitalocean" {
  token = var.do_token
}

data "digitalocean_ssh_key" "ops" {
  name = "ops-laptop"
}

resource "digitalocean_droplet" "traccar" {
  name     = "traccar-01"
  image    = "ubuntu-24-04-x64"
  region   = var.region
  size     = "s-1vcpu-2gb"
  ssh_keys = [data.digitalocean_ssh_key.ops.id]
}
""")

add("sql/decoy-password-hash", "db/seeds/staff_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", r"""
-- staff accounts for the KDS admin screen (passwords are bcrypt, cost 12)
INSERT INTO staff_users (email, display_name, role, password_hash) VALUES
  ('marisol@rollingbirria.co', 'Marisol', 'owner',   '§H1§'),
  ('dani@rollingbirria.co',    'Dani',    'manager', '§H2§'),
  ('kitchen@rollingbirria.co', 'Kitchen', 'kds',     '§H3§')
ON CONFLICT (email) DO NOTHING;

UPDATE staff_users SET must_change_password = true WHERE role = 'kds';
""", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash())

add("mosquitto/decoy-password-hash", "market-edge/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r"""
truck-01:$7$101$§S1§$§H1§
truck-02:$7$101$§S2§$§H2§
truck-03:$7$101$§S3§$§H3§
market-hall-edge:$7$101$§S4§$§H4§
grafana:$7$101$§S5§$§H5§
""", S1=b64b(12), H1=b64b(64), S2=b64b(12), H2=b64b(64), S3=b64b(12), H3=b64b(64), S4=b64b(12), H4=b64b(64), S5=b64b(12), H5=b64b(64))

add("caddyfile/decoy-password-hash", "infra/caddy/Caddyfile", "https://caddyserver.com/docs/caddyfile/directives/basic_auth", r"""
track.rollingbirria.co {
	encode gzip
	reverse_proxy localhost:8082
}

grafana.rollingbirria.co {
	basic_auth {
		# password hashed with: caddy hash-password
		crew §H§
	}
	reverse_proxy localhost:3000
}
""", H=bcrypt_hash())

add("ssh/decoy-public-key", "ansible/roles/base/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r"""
# crew access to the truck gateways
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§K1§ marisol@macbook
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§K2§ dani@thinkpad
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ§K3§ ops-ci@github-actions
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§K4§ ansible@ops-01
""", K1=chars(43, ALNUM + "+/"), K2=chars(43, ALNUM + "+/"), K3=chars(500, ALNUM + "+/") + "=", K4=chars(43, ALNUM + "+/"))

add("pem/decoy-certificate", "gateway/certs/truck07-certificate.pem.crt", "https://docs.aws.amazon.com/iot/latest/developerguide/x509-client-certs.html", """
§C§
""", C=cert_pem())

add("json/decoy-public-key", "order-api/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", r"""
{
  "keys": [
    {
      "kty": "EC",
      "crv": "P-256",
      "kid": "pickup-qr-2024-06",
      "use": "sig",
      "alg": "ES256",
      "x": "§X§",
      "y": "§Y§"
    },
    {
      "kty": "RSA",
      "kid": "staff-login-2024",
      "use": "sig",
      "alg": "RS256",
      "e": "AQAB",
      "n": "§N§"
    }
  ]
}
""", X=b64url(32), Y=b64url(32), N=b64url(256))

add("js/decoy-public-token", "truck-map/components/TruckMap.jsx", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", r"""
import { useEffect, useRef } from 'react';
import mapboxgl from 'mapbox-gl';

// public (pk.) token, URL-restricted to *.curbsidecollective.org in the Mapbox account
mapboxgl.accessToken = '§PK§';

export default function TruckMap({ trucks }) {
  const ref = useRef(null);
  useEffect(() => {
    const map = new mapboxgl.Map({
      container: ref.current,
      style: 'mapbox://styles/mapbox/streets-v12',
      center: [-97.7431, 30.2672],
      zoom: 12,
    });
    trucks.forEach((t) => new mapboxgl.Marker({ color: t.color }).setLngLat([t.lng, t.lat]).setPopup(new mapboxgl.Popup().setText(t.name)).addTo(map));
    return () => map.remove();
  }, [trucks]);
  return <div ref={ref} style={{ height: 480 }} />;
}
""", PK=mapbox("pk", "curbside-collective"))

add("ts/decoy-public-config", "order-app/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", r"""
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config: these identify the project, they are not secrets.
const firebaseConfig = {
  apiKey: '§KEY§',
  authDomain: 'taco-tracker-app.firebaseapp.com',
  projectId: 'taco-tracker-app',
  storageBucket: 'taco-tracker-app.appspot.com',
  messagingSenderId: '§SENDER§',
  appId: '1:§SENDER§:web:§APP§',
  measurementId: 'G-§MID§',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", KEY=google_key(), SENDER=chars(12, "0123456789"), APP=hexs(22), MID=chars(10, UPDIG))

add("json/decoy-public-config", "order_app/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", r"""
{
  "project_info": {
    "project_number": "§NUM§",
    "project_id": "arepa-amigos-order",
    "storage_bucket": "arepa-amigos-order.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:§NUM§:android:§APP§",
        "android_client_info": {
          "package_name": "com.arepaamigos.order"
        }
      },
      "oauth_client": [],
      "api_key": [
        {
          "current_key": "§KEY§"
        }
      ],
      "services": {
        "appinvite_service": {
          "other_platform_oauth_client": []
        }
      }
    }
  ],
  "configuration_version": "1"
}
""", NUM=chars(12, "0123456789"), APP=hexs(22), KEY=google_key())

add("ts/decoy-public-token", "web/lib/supabaseClient.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", r"""
import { createClient } from '@supabase/supabase-js';

// anon key: public, row level security decides what it can read
const SUPABASE_URL = 'https://§REF§.supabase.co';
const SUPABASE_ANON_KEY = '§ANON§';

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY);

export async function todaysSpots() {
  const { data, error } = await supabase
    .from('schedule')
    .select('truck_id, spot_name, lat, lng, opens_at, closes_at')
    .eq('day', new Date().toISOString().slice(0, 10));
  if (error) throw error;
  return data;
}
""", REF="qwhkzbtrnvxmpdlsyeoa", ANON=supabase_key("anon", "qwhkzbtrnvxmpdlsyeoa"))

add("js/decoy-public-key", "order-web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r"""
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key (ACL: search). The admin key lives in the indexing job's secret store.
const searchClient = algoliasearch('§APPID§', '§KEY§');

const search = instantsearch({ indexName: 'menu_items_prod', searchClient });
search.addWidgets([
  searchBox({ container: '#menu-search', placeholder: 'Birria, tamales, horchata...' }),
  hits({ container: '#menu-hits', templates: { item: (hit, { html }) => html`<b>${hit.name}</b> $${hit.price}` } }),
]);
search.start();
""", APPID=chars(10, UPDIG), KEY=hexs(32))

add("ts/decoy-public-dsn", "order-app/src/sentry.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r"""
import * as Sentry from '@sentry/react-native';

// DSNs are safe to keep public: they only allow sending events
Sentry.init({
  dsn: 'https://§PK§@o§ORG§.ingest.us.sentry.io/§PROJ§',
  tracesSampleRate: 0.2,
  enableAutoSessionTracking: true,
  environment: __DEV__ ? 'development' : 'production',
});

export default Sentry;
""", PK=hexs(32), ORG=chars(7, "0123456789"), PROJ=chars(16, "0123456789"))

add("js/decoy-public-key", "order-web/src/analytics.js", "https://posthog.com/docs/libraries/js", r"""
import posthog from 'posthog-js';

// project API key: write-only, meant for the browser
posthog.init('phc_§KEY§', {
  api_host: 'https://eu.i.posthog.com',
  person_profiles: 'identified_only',
  capture_pageview: true,
});

export function trackOrder(order) {
  posthog.capture('order_placed', { truck: order.truck, items: order.items.length, total: order.total });
}
""", KEY=chars(43))

add("swift/decoy-public-id", "OrderApp/Sources/App/AppDelegate.swift", "https://documentation.onesignal.com/docs/ios-sdk-setup", r"""
import OneSignalFramework
import UIKit

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    // OneSignal App ID (public identifier of the app, not an API key)
    private let oneSignalAppId = "§APP§"

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        OneSignal.Debug.setLogLevel(.LL_WARN)
        OneSignal.initialize(oneSignalAppId, withLaunchOptions: launchOptions)
        OneSignal.Notifications.requestPermission({ accepted in
            print("push permission: \(accepted)")
        }, fallbackToSettings: true)
        return true
    }
}
""", APP=uuid_s())

add("dockerfile/decoy-checksum", "gateway/Dockerfile", "https://docs.docker.com/reference/dockerfile/#add---checksum", r"""
FROM debian:bookworm-slim@sha256:§D1§

ARG TELEGRAF_VERSION=1.31.1
ARG TELEGRAF_SHA256=§D2§

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl mosquitto-clients \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /tmp/telegraf.deb "https://dl.influxdata.com/telegraf/releases/telegraf_${TELEGRAF_VERSION}-1_arm64.deb" \
    && echo "${TELEGRAF_SHA256}  /tmp/telegraf.deb" | sha256sum -c - \
    && dpkg -i /tmp/telegraf.deb && rm /tmp/telegraf.deb

ADD --checksum=sha256:§D3§ https://github.com/mikefarah/yq/releases/download/v4.44.2/yq_linux_arm64 /usr/local/bin/yq

COPY telegraf.conf /etc/telegraf/telegraf.conf
CMD ["telegraf", "--config", "/etc/telegraf/telegraf.conf"]
""", D1=sha256(), D2=sha256(), D3=sha256())

add("json/decoy-checksum", "order-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""
{
  "name": "order-web",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "order-web",
      "version": "2.4.0",
      "dependencies": {
        "@stripe/stripe-js": "^4.1.0",
        "next": "14.2.5"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-§I1§",
      "engines": {
        "node": ">=12.16"
      }
    },
    "node_modules/next": {
      "version": "14.2.5",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.5.tgz",
      "integrity": "sha512-§I2§",
      "license": "MIT"
    }
  }
}
""", I1=b64b(64), I2=b64b(64))

add("go-sum/decoy-checksum", "pos-bridge/go.sum", "https://go.dev/ref/mod#go-sum-files", r"""
github.com/cespare/xxhash/v2 v2.3.0 h1:§H1§
github.com/cespare/xxhash/v2 v2.3.0/go.mod h1:§H2§
github.com/dgryski/go-rendezvous v0.0.0-20200823014737-9f7001d12a5f h1:§H3§
github.com/dgryski/go-rendezvous v0.0.0-20200823014737-9f7001d12a5f/go.mod h1:§H4§
github.com/redis/go-redis/v9 v9.5.3 h1:§H5§
github.com/redis/go-redis/v9 v9.5.3/go.mod h1:§H6§
""", H1=b64b(32), H2=b64b(32), H3=b64b(32), H4=b64b(32), H5=b64b(32), H6=b64b(32))

add("compose/decoy-variable-ref", "market-edge/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", r"""
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18@sha256:§D1§
    volumes:
      - ./mosquitto:/mosquitto/config:ro
    ports: ["1883:1883", "8883:8883"]

  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: ${INFLUX_ADMIN_USER:-admin}
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set INFLUX_ADMIN_PASSWORD in .env}
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${INFLUX_ADMIN_TOKEN:?set INFLUX_ADMIN_TOKEN in .env}
      DOCKER_INFLUXDB_INIT_ORG: eastside-food-hall
      DOCKER_INFLUXDB_INIT_BUCKET: stalls
    volumes:
      - influx:/var/lib/influxdb2

  grafana:
    image: grafana/grafana-oss:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets: [grafana_admin]

secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt

volumes:
  influx:
""", D1=sha256())

add("markdown/decoy-placeholder", "docs/payments-setup.md", "https://docs.stripe.com/keys", r"""
# Payments setup for a new truck

1. In the Stripe dashboard, create a **restricted key** for the truck with only
   `terminal_connection_tokens:write` and `terminal_readers:write`.
2. Store it in 1Password under *Trucks / <truck name> / Stripe Terminal*.
3. Add it to the order API as `STRIPE_SECRET_KEY`:

   ```bash
   flyctl secrets set STRIPE_SECRET_KEY=rk_live_XXXXXXXXXXXXXXXXXXXXXXXX --app nomad-order-api
   ```

4. Register the reader with its pairing code (shown on the reader screen):

   ```bash
   curl https://api.nomadnoodles.com/terminal/readers \
     -H "Authorization: Bearer $STAFF_TOKEN" \
     -d code=<registration-code> -d truck=<truck-name>
   ```

Never paste a live key into Slack or a ticket - if it happens, roll it in the dashboard right away.
""")

add("log/decoy-redacted", "ops/incidents/2024-07-13-square-timeouts.log", "https://developer.squareup.com/docs/build-basics/common-api-patterns/errors", r"""
2024-07-13T18:02:11.482Z INFO  pos-bridge poll start locations=3
2024-07-13T18:02:11.483Z DEBUG http POST https://connect.squareup.com/v2/orders/search headers={"Authorization":"Bearer EAAA****************************redacted","Square-Version":"2024-06-04"}
2024-07-13T18:02:21.490Z WARN  http timeout after 10000ms attempt=1
2024-07-13T18:02:33.102Z WARN  http timeout after 10000ms attempt=2
2024-07-13T18:02:44.871Z ERROR poll failed: ETIMEDOUT (token=[REDACTED] location=L************)
2024-07-13T18:03:00.004Z INFO  pos-bridge poll start locations=3
2024-07-13T18:03:00.917Z INFO  pos-bridge fetched orders=12 new=4
2024-07-13T18:03:00.918Z INFO  kds push ok orders=4
""")

add("json/decoy-test-fixture", "pos-bridge/test/fixtures/square-order-updated.json", "https://developer.squareup.com/reference/square/webhooks/order.updated", r"""
{
  "merchant_id": "MLTEST000MERCHANT",
  "type": "order.updated",
  "event_id": "§EV§",
  "created_at": "2024-06-01T18:22:05.123Z",
  "data": {
    "type": "order_updated",
    "id": "fake-order-0001",
    "object": {
      "order_updated": {
        "order_id": "fake-order-0001",
        "state": "OPEN",
        "version": 3,
        "location_id": "LTESTLOCATION",
        "updated_at": "2024-06-01T18:22:05.000Z"
      }
    }
  },
  "_test_signature_key": "test-signature-key-not-real",
  "_test_access_token": "EAAA-test-token-for-unit-tests-only"
}
""", EV=uuid_s())

add("python/decoy-test-fixture", "pos_bridge/tests/test_webhooks.py", "https://developer.squareup.com/docs/webhooks/step3validate", r'''
import base64
import hashlib
import hmac

import pytest

from pos_bridge.webhooks import is_valid_signature

SIGNATURE_KEY = "dummy-signature-key"
URL = "https://example.test/webhooks/square"


def sign(body: str, key: str = SIGNATURE_KEY) -> str:
    digest = hmac.new(key.encode(), (URL + body).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


@pytest.mark.parametrize("body", ['{"type":"order.updated"}', "{}"])
def test_valid_signature_is_accepted(body):
    assert is_valid_signature(body, sign(body), SIGNATURE_KEY, URL)


def test_tampered_body_is_rejected():
    body = '{"type":"order.updated"}'
    assert not is_valid_signature(body + " ", sign(body), SIGNATURE_KEY, URL)


def test_wrong_key_is_rejected():
    body = "{}"
    assert not is_valid_signature(body, sign(body, "another-dummy-key"), SIGNATURE_KEY, URL)
''')

add("yaml/decoy-uuid-id", "integrations/ubereats/stores.yaml", "https://developer.uber.com/docs/eats/references/api/v1/get-eats-store-storeid", r"""
# Uber Eats store ids -> our truck slugs (ids are public identifiers, see the store URL)
stores:
  - store_id: §U1§
    truck: birria-bus
    spot: downtown
  - store_id: §U2§
    truck: birria-bus
    spot: campus
  - store_id: §U3§
    truck: churro-cart
    spot: riverside
menu_sync:
  cron: "*/20 * * * *"
  dry_run: false
""", U1=uuid_s(), U2=uuid_s(), U3=uuid_s())

add("json/decoy-uuid-id", "src/Backoffice.Toast/restaurants.json", "https://doc.toasttab.com/doc/devguide/apiRestaurantGuid.html", r"""
{
  "managementGroupGuid": "§G0§",
  "restaurants": [
    { "name": "Smoke & Wheels - Truck 1", "restaurantGuid": "§G1§", "timezone": "America/Chicago" },
    { "name": "Smoke & Wheels - Truck 2", "restaurantGuid": "§G2§", "timezone": "America/Chicago" },
    { "name": "Smoke & Wheels - Commissary", "restaurantGuid": "§G3§", "timezone": "America/Chicago" }
  ],
  "revenueCenters": {
    "window": "§G4§",
    "catering": "§G5§"
  }
}
""", G0=uuid_s(), G1=uuid_s(), G2=uuid_s(), G3=uuid_s(), G4=uuid_s(), G5=uuid_s())

add("csv/decoy-public-id", "pos-bridge/data/catalog_map.csv", "https://developer.squareup.com/docs/catalog-api/what-it-does", r"""
square_item_id,square_variation_id,kds_station,name
§C1§,§C2§,grill,Birria Taco (3)
§C3§,§C4§,grill,Quesabirria
§C5§,§C6§,fryer,Churros (6)
§C7§,§C8§,cold,Horchata 16oz
§C9§,§C10§,cold,Agua de Jamaica 16oz
""", **{f"C{i}": chars(24, UPDIG) for i in range(1, 11)})

add("yaml/decoy-device-id", "fleet/particle-devices.yml", "https://docs.particle.io/reference/device-cloud/api/#device-id", r"""
# Boron LTE fridge monitors. The access token comes from PARTICLE_TOKEN (1Password "Particle CI").
product_id: 24117
token_env: PARTICLE_TOKEN
devices:
  - name: truck01-fridge
    id: §D1§
    iccid: "8934076500002§I1§"
  - name: truck02-fridge
    id: §D2§
    iccid: "8934076500002§I2§"
  - name: commissary-walkin
    id: §D3§
    iccid: "8934076500002§I3§"
""", D1=hexs(24), D2=hexs(24), D3=hexs(24), I1=chars(7, "0123456789"), I2=chars(7, "0123456789"), I3=chars(7, "0123456789"))

add("python/decoy-device-id", "power/installations.py", "https://vrm-api-docs.victronenergy.com/", r'''
"""Which Victron installation / GX device belongs to which truck. No credentials here:
the VRM token is read from the VRM_TOKEN environment variable by vrm_poll.py."""

INSTALLATIONS = {
    # name: (vrm site id, portal id / GX MAC, battery bank Ah)
    "truck-01": (184422, "§P1§", 400),
    "truck-02": (184907, "§P2§", 400),
    "market-stage": (201133, "§P3§", 800),
}

MPPT_SERIALS = {
    "truck-01": "HQ2231§M1§",
    "truck-02": "HQ2231§M2§",
}
''', P1=hexs(12), P2=hexs(12), P3=hexs(12), M1=chars(5, UPDIG), M2=chars(5, UPDIG))

add("csv/decoy-device-id", "routers/inventory.csv", "https://wiki.teltonika-networks.com/view/RUT241_Status", r"""
truck,model,serial,imei,iccid,mac,firmware,rms_device_id
truck01,RUT241,11§S1§,86§I1§,8901260§C1§,20:97:27:§M1§,RUT2M_R_00.07.07.3,§R1§
truck02,RUT241,11§S2§,86§I2§,8901260§C2§,20:97:27:§M2§,RUT2M_R_00.07.07.3,§R2§
truck03,RUT241,11§S3§,86§I3§,8901260§C3§,20:97:27:§M3§,RUT2M_R_00.07.06.10,§R3§
truck05,RUT241,11§S4§,86§I4§,8901260§C4§,20:97:27:§M4§,RUT2M_R_00.07.07.3,§R4§
""", **{k: v for i in range(1, 5) for k, v in {
    f"S{i}": chars(8, "0123456789"), f"I{i}": chars(13, "0123456789"), f"C{i}": chars(12, "0123456789"),
    f"M{i}": ":".join(hexs(2).upper() for _ in range(3)), f"R{i}": chars(6, "0123456789")}.items()})

add("json/decoy-device-id", "fleet/vehicles.json", "https://developers.samsara.com/reference/listvehicles", r"""
{
  "vehicles": [
    { "id": "281474978§V1§", "name": "Birria Bus", "vin": "1FDWE3FS8K§N1§", "licensePlate": "LFT-4471", "gateway": "G§G1§" },
    { "id": "281474978§V2§", "name": "Churro Cart (tow)", "vin": "1GCWGAFP5L§N2§", "licensePlate": "MJK-2208", "gateway": "G§G2§" },
    { "id": "281474978§V3§", "name": "Elote Express", "vin": "3C6TRVDG2K§N3§", "licensePlate": "PRQ-9016", "gateway": "G§G3§" }
  ],
  "pagination": { "endCursor": "", "hasNextPage": false }
}
""", V1=chars(6, "0123456789"), V2=chars(6, "0123456789"), V3=chars(6, "0123456789"), N1=chars(7, UPDIG), N2=chars(7, UPDIG), N3=chars(7, UPDIG),
    G1=chars(9, UPDIG), G2=chars(9, UPDIG), G3=chars(9, UPDIG))

add("python/decoy-public-id", "notify/config.py", "https://www.twilio.com/docs/glossary/what-is-a-sid", r'''
"""Twilio identifiers for the order-ready texts. SIDs identify resources; the auth token is
TWILIO_AUTH_TOKEN in the environment (set by the deploy)."""
import os

TWILIO_ACCOUNT_SID = "AC§A§"
MESSAGING_SERVICE_SID = "MG§M§"
READY_TEMPLATE_SID = "HX§H§"
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
''', A=hexs(32), M=hexs(32), H=hexs(32))

add("hcl/decoy-vault-ref", "deploy/vault-agent/pos-bridge.env.ctmpl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", r"""
{{ with secret "kv/data/pos/pos-bridge" -}}
SQUARE_ACCESS_TOKEN={{ .Data.data.square_access_token }}
SQUARE_WEBHOOK_SIGNATURE_KEY={{ .Data.data.square_webhook_key }}
{{- end }}
{{ with secret "database/creds/posbridge-rw" -}}
DATABASE_URL=mysql://{{ .Data.username }}:{{ .Data.password }}@10.0.3.20:3306/posbridge
{{- end }}
SQUARE_ENVIRONMENT=production
""")

add("serverless/decoy-secret-manager-ref", "fridge-alerts/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", r"""
service: fridge-alerts
frameworkVersion: '3'

provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    TELEGRAM_BOT_TOKEN: ${ssm:/fridge-alerts/telegram-bot-token}
    TELEGRAM_CHAT_ID: ${ssm:/fridge-alerts/chat-id}
    INFLUX_TOKEN: ${ssm:/telemetry/influx/read-token}
    FRIDGE_LIMIT_C: "5.0"

functions:
  check:
    handler: handler.check
    events:
      - schedule: rate(5 minutes)
""")

add("json/decoy-secret-manager-ref", "src/Commissary.Inventory/appsettings.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "ConnectionStrings": {
    "Inventory": "@Microsoft.KeyVault(SecretUri=https://commissary-kv.vault.azure.net/secrets/inventory-sql/)"
  },
  "Toast": {
    "ClientId": "@Microsoft.KeyVault(VaultName=commissary-kv;SecretName=toast-client-id)",
    "ClientSecret": "@Microsoft.KeyVault(VaultName=commissary-kv;SecretName=toast-client-secret)"
  },
  "AllowedHosts": "*"
}
""")

add("env/decoy-secret-manager-ref", "order-api/.env.tpl", "https://developer.1password.com/docs/cli/secrets-environment-variables/", r"""
# rendered with: op inject -i .env.tpl -o .env
DATABASE_URL=op://Trucks/order-api-db/connection-string
STRIPE_SECRET_KEY=op://Trucks/Stripe live/secret key
STRIPE_WEBHOOK_SECRET=op://Trucks/Stripe live/webhook secret
SQUARE_ACCESS_TOKEN=op://Trucks/Square production/access token
TWILIO_AUTH_TOKEN=op://Trucks/Twilio/auth token
PORT=8080
""")

add("makefile/decoy-secret-manager-ref", "order-api/Makefile", "https://docs.doppler.com/docs/cli", """
APP := nomad-order-api

.PHONY: dev test migrate deploy

dev:
\tdoppler run --project order-api --config dev -- npm run dev

test:
\tdoppler run --project order-api --config ci -- npm test

migrate:
\tdoppler run --project order-api --config prd -- npx prisma migrate deploy

deploy:
\tdoppler secrets download --no-file --format env --project order-api --config prd | flyctl secrets import --app $(APP)
\tflyctl deploy --app $(APP) --remote-only
""")

add("python/decoy-generated", "market_portal/vendors/keys.py", "https://docs.python.org/3/library/secrets.html", r'''
"""API keys for stall vendors who pull their own sales. Only the SHA-256 of a key is stored."""
import hashlib
import secrets

KEY_PREFIX = "cc_vendor_"


def new_key() -> tuple[str, str]:
    """Returns (key shown once to the vendor, hash to store)."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    return key, hashlib.sha256(key.encode()).hexdigest()


def matches(presented: str, stored_hash: str) -> bool:
    digest = hashlib.sha256(presented.encode()).hexdigest()
    return secrets.compare_digest(digest, stored_hash)
''')

add("js/decoy-env-reference", "order-api/src/webhooks/stripe.js", "https://docs.stripe.com/webhooks#verify-official-libraries", r"""
const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;

const router = express.Router();

router.post('/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'payment_intent.succeeded') {
    req.app.locals.orders.markPaid(event.data.object.metadata.order_id);
  }
  res.json({ received: true });
});

module.exports = router;
""")


add("ruby/decoy-env-reference", "catering/config/initializers/square.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
# Square credentials live in config/credentials.yml.enc (edit with bin/rails credentials:edit)
require "square"

SQUARE = Square::Client.new(
  access_token: Rails.application.credentials.dig(:square, :access_token),
  environment: Rails.env.production? ? "production" : "sandbox",
  timeout: 10
)

SQUARE_LOCATION_ID = Rails.application.credentials.dig(:square, :location_id) || ENV.fetch("SQUARE_LOCATION_ID", nil)
SQUARE_WEBHOOK_KEY = ENV.fetch("SQUARE_WEBHOOK_SIGNATURE_KEY") { Rails.application.credentials.dig(:square, :webhook_key) }
""")

add("markdown/decoy-docs-example", "menu-images/README.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html#sec-access-keys-and-secret-access-keys", r"""
# menu-images

Resizes the menu photos the crews upload and puts them on the CDN.

## Configure

The script uses the normal AWS credential chain. For a local test, set an access key the way the
AWS docs show it (these are the documentation's example values, not ours):

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_REGION=us-east-1
```

In production the Lambda role `menu-images-resizer` grants `s3:PutObject` on the bucket, so no
keys are needed there.

## Run

```bash
python resize.py --bucket curbside-menu-images --prefix uploads/
```
""")

add("markdown/decoy-docs-example", "docs/onboarding/stripe-101.md", "https://docs.stripe.com/api/authentication", r"""
# Stripe 101 for new devs

Stripe's own API reference uses a shared *test mode* key in every example, e.g.:

```bash
curl https://api.stripe.com/v1/charges \
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \
  -d amount=999 -d currency=usd -d source=tok_visa
```

That key belongs to Stripe's docs account, so you can paste the examples as-is while learning.
For our own sandbox, ask in #payments for access to the *Nomad Noodles (test)* account and use
`stripe login` - the CLI stores its own restricted key in `~/.config/stripe/config.toml`.

Live keys (`sk_live_...`) are only in 1Password and Fly secrets. Never in the repo.
""")

add("k8s-secret/decoy-placeholder", "deploy/k8s/templates/pos-bridge-secret.example.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
# Example only - the real Secret is created by the ExternalSecret in external-secret-pos-bridge.yaml
apiVersion: v1
kind: Secret
metadata:
  name: pos-bridge
  namespace: pos
type: Opaque
data:
  # base64 of "REPLACE_ME"
  SQUARE_ACCESS_TOKEN: UkVQTEFDRV9NRQ==
  SQUARE_WEBHOOK_SIGNATURE_KEY: UkVQTEFDRV9NRQ==
  # base64 of "production"
  SQUARE_ENVIRONMENT: cHJvZHVjdGlvbg==
""")

add("helm/decoy-secret-ref", "deploy/helm/telemetry/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/influxdb", r"""
influxdb:
  auth:
    enabled: true
    existingSecret: influxdb-auth
    user:
      username: telegraf
  persistence:
    size: 20Gi

grafana:
  admin:
    existingSecret: grafana-admin
    userKey: admin-user
    passwordKey: admin-password
  datasources:
    secretName: grafana-datasources

mosquitto:
  auth:
    passwordFileSecret: mosquitto-passwd
""")

add("ansible/decoy-vault-ref", "ansible/roles/traccar/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", r"""
---
- name: Render traccar.xml
  ansible.builtin.template:
    src: traccar.xml.j2
    dest: /opt/traccar/conf/traccar.xml
    owner: traccar
    mode: "0640"
  vars:
    traccar_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/traccar:db_password url=https://vault.internal:8200') }}"
  notify: restart traccar

- name: Create database user
  community.postgresql.postgresql_user:
    name: traccar
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/traccar:db_password url=https://vault.internal:8200') }}"
    db: traccar
  become: true
  become_user: postgres
  no_log: true
""")

add("powershell/decoy-env-reference", "backoffice/scripts/Export-ZReports.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([datetime]$Day = (Get-Date).AddDays(-1))

# the share password lives in the local SecretStore vault ("BackOffice")
$cred = Get-Secret -Vault BackOffice -Name PosExportShare
if (-not $cred) {
    $cred = Get-Credential -UserName 'COMMISSARY\posexport' -Message 'POS export share'
}

New-PSDrive -Name Z -PSProvider FileSystem -Root '\\BO-PC01\PosExports' -Credential $cred | Out-Null
Copy-Item "Z:\zreport_$($Day.ToString('yyyyMMdd'))*.csv" -Destination 'D:\Accounting\ZReports\' -Force
Remove-PSDrive Z
""")

add("json/decoy-public-id", "order_app/assets/pay/google_pay.json", "https://developers.google.com/pay/api/web/reference/request-objects", r"""
{
  "provider": "google_pay",
  "data": {
    "environment": "PRODUCTION",
    "apiVersion": 2,
    "apiVersionMinor": 0,
    "allowedPaymentMethods": [
      {
        "type": "CARD",
        "tokenizationSpecification": {
          "type": "PAYMENT_GATEWAY",
          "parameters": {
            "gateway": "stripe",
            "stripe:version": "2020-08-27",
            "stripe:publishableKey": "§PK§"
          }
        },
        "parameters": {
          "allowedCardNetworks": ["VISA", "MASTERCARD", "AMEX"],
          "allowedAuthMethods": ["PAN_ONLY", "CRYPTOGRAM_3DS"]
        }
      }
    ],
    "merchantInfo": {
      "merchantId": "BCR2DN4T§MID§",
      "merchantName": "Arepa Amigos"
    },
    "transactionInfo": { "countryCode": "US", "currencyCode": "USD" }
  }
}
""", PK=stripe_pk(), MID=chars(10, UPDIG))

add("markdown/decoy-test-fixture", "docs/qa/checkout-test-plan.md", "https://docs.stripe.com/testing#cards", r"""
# Checkout QA (run before every app store release)

Use the **test** build (points at the Stripe test account) and these Stripe test cards:

| Case | Card number | Expiry | CVC |
|------|-------------|--------|-----|
| Success (Visa) | 4242 4242 4242 4242 | any future | any 3 digits |
| Declined | 4000 0000 0000 0002 | any future | any |
| Insufficient funds | 4000 0000 0000 9995 | any future | any |
| 3DS required | 4000 0027 6000 3184 | any future | any |

Checks:

- [ ] order total includes the 8.25% Austin sales tax
- [ ] tip presets 15/18/20% and custom
- [ ] "order ready" push arrives on iOS and Android
- [ ] declined card shows the friendly message, not the Stripe error code
""")

_age_body = base64.b64encode(b"age-encryption.org/v1\n-> X25519 " + b64url(32).encode() + b"\n" + b64url(32).encode()
                             + b"\n--- " + b64url(32).encode() + b"\n" + rbytes(260)).decode()
add("age/decoy-ciphertext", "deploy/secrets/pos-bridge.env.age", "https://age-encryption.org/v1", """
-----BEGIN AGE ENCRYPTED FILE-----
§BODY§
-----END AGE ENCRYPTED FILE-----
""", BODY="\n".join(_age_body[k:k + 64] for k in range(0, len(_age_body), 64)))

add("json/decoy-ids", "monitoring/grafana/dashboards/cold-chain.json", "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/", r"""
{
  "uid": "§U1§",
  "title": "Cold chain - all trucks",
  "tags": ["fridge", "haccp"],
  "timezone": "browser",
  "schemaVersion": 39,
  "version": 17,
  "refresh": "1m",
  "panels": [
    {
      "id": 2,
      "type": "timeseries",
      "title": "Fridge temperature",
      "datasource": { "type": "influxdb", "uid": "§U2§" },
      "targets": [
        {
          "refId": "A",
          "query": "from(bucket: \"telemetry\") |> range(start: v.timeRangeStart) |> filter(fn: (r) => r._measurement == \"cold\" and r._field == \"fridge\")"
        }
      ],
      "fieldConfig": { "defaults": { "unit": "celsius", "thresholds": { "steps": [ { "color": "green", "value": null }, { "color": "red", "value": 5 } ] } } }
    }
  ]
}
""", U1=chars(14, B64URL), U2=chars(14, B64URL))

add("markdown/decoy-commit-hash", "pos-bridge/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r"""
# Changelog

## [3.2.0] - 2024-07-20
### Added
- Push Uber Eats orders to the KDS as well (§H1§)
- Per-truck prep time override (§H2§)

## [3.1.2] - 2024-07-14
### Fixed
- Square poll timeouts under bad LTE: retry with backoff (§H3§)
- Location ids were compared case-sensitively (§H4§)

## [3.1.1] - 2024-06-30
### Changed
- Bump go-redis to v9.5.3 (§H5§)
""", H1=hexs(40), H2=hexs(40), H3=hexs(7), H4=hexs(40), H5=hexs(7))

add("html/decoy-checksum", "site/index.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Brisket Bros - Texas BBQ on wheels</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-§I1§" crossorigin="anonymous">
  <link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css"
        integrity="sha256-§I2§" crossorigin="">
</head>
<body>
  <main class="container">
    <h1>Where's the smoker today?</h1>
    <div id="map" style="height: 420px"></div>
  </main>
  <script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"
          integrity="sha256-§I3§" crossorigin=""></script>
  <script src="/js/schedule.js" defer></script>
</body>
</html>
""", I1=b64b(48), I2=b64b(32), I3=b64b(32))

add("yaml/decoy-no-secret", "vendor-portal/config/security.yml", "https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html", r"""
# password and session policy for vendor accounts
password_policy:
  min_length: 12
  require_mixed_case: true
  require_digit: true
  max_age_days: 0
  history: 5
  breached_password_check: true
login:
  max_attempts: 5
  lockout_minutes: 15
  mfa_required_for_roles: [market_admin, finance]
session:
  idle_timeout_minutes: 30
  absolute_timeout_hours: 12
api_keys:
  prefix: cc_vendor_
  store: sha256
""")

add("gradle/decoy-env-reference", "android/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#sign-auto", r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.gyrogarage.order"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.gyrogarage.order"
        minSdk = 24
        targetSdk = 34
        versionCode = 57
        versionName = "3.0.2"
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("ANDROID_KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("ANDROID_KEYSTORE_PASSWORD")
            keyAlias = System.getenv("ANDROID_KEY_ALIAS") ?: "gyrogarage"
            keyPassword = System.getenv("ANDROID_KEY_PASSWORD")
        }
    }

    buildTypes {
        release {
            signingConfig = signingConfigs.getByName("release")
            isMinifyEnabled = true
        }
    }
}
""")

add("ruby/decoy-public-id", "order-ios/fastlane/Matchfile", "https://docs.fastlane.tools/actions/match/", r"""
git_url("git@github.com:nomadnoodles/ios-certificates.git")
storage_mode("git")
type("appstore")
app_identifier(["com.nomadnoodles.order", "com.nomadnoodles.order.widget"])
username("ios@nomadnoodles.com")
team_id("7QF2LZ9K3B")
# MATCH_PASSWORD comes from the CI secret store
readonly(true)
""")

add("openapi/decoy-placeholder", "order-api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", r"""
openapi: 3.0.3
info:
  title: Nomad Noodles Order API
  version: 3.8.0
servers:
  - url: https://api.nomadnoodles.com
components:
  securitySchemes:
    staffBearer:
      type: http
      scheme: bearer
      bearerFormat: JWT
    vendorKey:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - staffBearer: []
paths:
  /orders/{id}/ready:
    post:
      summary: Mark an order ready (sends the SMS / push)
      parameters:
        - name: id
          in: path
          required: true
          schema: { type: string, example: ord_01J2Z6W8K4 }
        - name: Authorization
          in: header
          schema: { type: string, example: "Bearer <staff-token>" }
      responses:
        "204": { description: marked ready }
        "401": { description: missing or bad token }
""")

add("postman/decoy-variable-ref", "postman/square-orders.postman_collection.json", "https://learning.postman.com/docs/sending-requests/variables/variables/", r"""
{
  "info": {
    "_postman_id": "§ID§",
    "name": "Square - orders",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{square_access_token}}", "type": "string" }]
  },
  "item": [
    {
      "name": "Search orders (today)",
      "request": {
        "method": "POST",
        "header": [{ "key": "Square-Version", "value": "2024-06-04" }],
        "url": "{{square_base_url}}/v2/orders/search",
        "body": {
          "mode": "raw",
          "raw": "{\"location_ids\": [\"{{location_id}}\"], \"limit\": 50}"
        }
      }
    }
  ]
}
""", ID=uuid_s())

add("shell/decoy-secret-manager-ref", "scripts/rotate-square-token.sh", "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html", r"""
#!/usr/bin/env bash
# Refresh the Square OAuth token for the market portal and store the new one.
set -euo pipefail

SECRET_ID=prod/market-portal/square-oauth

creds=$(aws secretsmanager get-secret-value --secret-id "$SECRET_ID" --query SecretString --output text)
refresh=$(jq -r .refresh_token <<<"$creds")
app_id=$(jq -r .application_id <<<"$creds")
app_secret=$(jq -r .application_secret <<<"$creds")

new=$(curl -sf https://connect.squareup.com/oauth2/token \
  -H 'Content-Type: application/json' \
  -d "$(jq -n --arg c "$app_id" --arg s "$app_secret" --arg r "$refresh" \
        '{client_id:$c, client_secret:$s, grant_type:"refresh_token", refresh_token:$r}')")

jq --argjson n "$new" '.access_token = $n.access_token | .expires_at = $n.expires_at' <<<"$creds" |
  aws secretsmanager put-secret-value --secret-id "$SECRET_ID" --secret-string file:///dev/stdin >/dev/null
echo "rotated, expires $(jq -r .expires_at <<<"$new")"
""")

add("k8s/decoy-secret-manager-ref", "deploy/cloudrun/menu-copy.yaml", "https://cloud.google.com/run/docs/configuring/services/secrets", r"""
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: menu-copy
  labels:
    cloud.googleapis.com/location: us-central1
spec:
  template:
    spec:
      serviceAccountName: menu-copy@taco-tracker-app.iam.gserviceaccount.com
      containers:
        - image: us-central1-docker.pkg.dev/taco-tracker-app/apps/menu-copy:1.2.0
          env:
            - name: OPENAI_API_KEY
              valueFrom:
                secretKeyRef:
                  name: openai-api-key
                  key: latest
            - name: BOARD_BUCKET
              value: taco-tracker-signage
""")

add("crontab/decoy-env-reference", "acct-01/etc/cron.d/pos-sync", "https://man7.org/linux/man-pages/man5/crontab.5.html", r"""
# pos-sync nightly run; secrets come from /etc/pos-sync/env (root:possync 0640)
SHELL=/bin/bash
MAILTO=ops@kebabkings.de
0 2 * * * possync set -a && . /etc/pos-sync/env && set +a && /opt/pos-sync/.venv/bin/python -m pos_sync --since yesterday >> /var/log/pos-sync.log 2>&1
30 2 * * 0 possync /opt/pos-sync/.venv/bin/python -m pos_sync.vacuum >> /var/log/pos-sync.log 2>&1
""")

add("mosquitto/decoy-config-path", "market-edge/mosquitto/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r"""
persistence true
persistence_location /mosquitto/data/
log_dest stdout

listener 1883 192.168.40.1
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl

listener 8883
certfile /mosquitto/certs/fullchain.pem
keyfile /mosquitto/certs/privkey.pem
cafile /mosquitto/certs/chain.pem
require_certificate false

include_dir /mosquitto/config/conf.d
""")

add("nginx/decoy-config-path", "infra/nginx/conf.d/grafana.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r"""
server {
    listen 443 ssl http2;
    server_name grafana.curbside-iot.net;

    ssl_certificate     /etc/letsencrypt/live/grafana.curbside-iot.net/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/grafana.curbside-iot.net/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    auth_basic "crew only";
    auth_basic_user_file /etc/nginx/htpasswd.grafana;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
    }
}
""")

add("toml/decoy-env-reference", "gateway/telegraf/telegraf.d/outputs.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", r"""
# token comes from /etc/default/telegraf (INFLUX_TOKEN=...), written by ansible from vault
[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  token = "${INFLUX_TOKEN}"
  organization = "smoke-and-wheels"
  bucket = "generators"
  timeout = "10s"

[[outputs.file]]
  files = ["/var/log/telegraf/metrics.out"]
  data_format = "influx"
""")

add("c-header/decoy-placeholder", "firmware/fridge-probe/wifi_secrets.h.example", "https://docs.arduino.cc/arduino-cloud/guides/arduino-cloud-secrets/", r"""
#pragma once
// Copy to wifi_secrets.h (gitignored) and fill in the truck's hotspot.
#define WIFI_SSID "TRUCKNN-RUT241"
#define WIFI_PASS "your-hotspot-password"
#define MQTT_PASS "ask-ops-for-the-truck-mqtt-password"
""")

add("yaml/decoy-secret-ref", "homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r"""
homeassistant:
  name: Commissary
  unit_system: metric
  time_zone: America/Chicago

default_config:

mqtt:
  sensor:
    - name: Walk-in temperature
      state_topic: commissary/walkin/temp
      unit_of_measurement: "°C"

notify:
  - name: crew_telegram
    platform: telegram
    chat_id: !secret telegram_chat_id

telegram_bot:
  - platform: polling
    api_key: !secret telegram_bot_token
    allowed_chat_ids:
      - !secret telegram_chat_id

recorder:
  db_url: !secret recorder_db_url
""")

add("markdown/decoy-docs-example", "docs/auth/staff-tokens.md", "https://jwt.io/introduction", r"""
# Staff tokens

The order API issues a short-lived JWT when a crew member logs in on the truck tablet.
A JWT has three base64url parts: header, payload and signature. The jwt.io introduction uses
this example (signed with the literal string `your-256-bit-secret`):

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Our tokens carry `sub` (staff id), `truck` and `exp` (8 hours). The signing key is
`JWT_SECRET` in the order API's Fly secrets; rotate it with `make rotate-jwt`.
""")

add("sql/decoy-hash", "db/migrations/0031_vendor_api_keys.sql", "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html", r"""
-- 0031: vendor API keys, stored as SHA-256 only (the key is shown once in the portal)
CREATE TABLE vendor_api_keys (
    id          bigserial PRIMARY KEY,
    vendor_id   bigint NOT NULL REFERENCES vendors(id),
    key_prefix  text   NOT NULL,
    key_sha256  char(64) NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

-- keys migrated from the old portal (hashes only)
INSERT INTO vendor_api_keys (vendor_id, key_prefix, key_sha256) VALUES
  (12, 'cc_vendor_Xk', '§H1§'),
  (17, 'cc_vendor_9b', '§H2§'),
  (23, 'cc_vendor_Qe', '§H3§');
""", H1=sha256(), H2=sha256(), H3=sha256())

add("terraform/decoy-placeholder", "infra/droplets/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r"""
# copy to terraform.tfvars (gitignored) or export TF_VAR_do_token
do_token        = "dop_v1_REPLACE_WITH_YOUR_TOKEN"
region          = "nyc3"
droplet_size    = "s-1vcpu-2gb"
ssh_key_name    = "ops-laptop"
traccar_domain  = "track.example.com"
""")

add("plist/decoy-variable-ref", "OrderApp/Info.plist", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Nomad Noodles</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>API_BASE_URL</key>
	<string>$(API_BASE_URL)</string>
	<key>STRIPE_PUBLISHABLE_KEY</key>
	<string>$(STRIPE_PUBLISHABLE_KEY)</string>
	<key>SENTRY_DSN</key>
	<string>$(SENTRY_DSN)</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>We use your location to show the trucks near you.</string>
</dict>
</plist>
""")

add("csharp/decoy-env-reference", "src/Backoffice.Toast/ToastOptions.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r"""
namespace Backoffice.Toast;

/// <summary>Bound from the "Toast" section: user-secrets in development, Key Vault in production.</summary>
public sealed class ToastOptions
{
    public const string Section = "Toast";

    public string Hostname { get; set; } = "https://ws-api.toasttab.com";
    public string ClientId { get; set; } = string.Empty;
    public string ClientSecret { get; set; } = string.Empty;
}

public static class ToastServiceCollectionExtensions
{
    public static IServiceCollection AddToast(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<ToastOptions>(config.GetSection(ToastOptions.Section));
        services.AddHttpClient<ToastAuth>();
        return services;
    }
}
""")

add("go/decoy-env-reference", "internal/wolt/config.go", "https://pkg.go.dev/os#Getenv", r"""
package wolt

import (
	"errors"
	"os"
)

const (
	headerAuthorization = "Authorization"
	envVenueToken       = "WOLT_VENUE_TOKEN"
	envVenueID          = "WOLT_VENUE_ID"
)

type Config struct {
	VenueToken string
	VenueID    string
}

func FromEnv() (Config, error) {
	c := Config{VenueToken: os.Getenv(envVenueToken), VenueID: os.Getenv(envVenueID)}
	if c.VenueToken == "" || c.VenueID == "" {
		return c, errors.New("wolt: WOLT_VENUE_TOKEN and WOLT_VENUE_ID must be set")
	}
	return c, nil
}
""")

add("java/decoy-variable-ref", "catering-service/src/main/java/com/tamaletrain/catering/BraintreeConfig.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", r"""
package com.tamaletrain.catering;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BraintreeConfig {

    @Bean
    public BraintreeGateway braintreeGateway(
            @Value("${braintree.environment:SANDBOX}") String environment,
            @Value("${braintree.merchantId}") String merchantId,
            @Value("${braintree.publicKey}") String publicKey,
            @Value("${braintree.privateKey}") String privateKey) {
        return new BraintreeGateway(Environment.parseEnvironment(environment), merchantId, publicKey, privateKey);
    }
}
""")

add("php/decoy-env-reference", "site/wp-config.php.dist", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
/** wp-config for the container image: everything comes from the environment */

define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) ?: 'wordpress' );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) ?: 'wordpress' );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         getenv( 'WORDPRESS_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WORDPRESS_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WORDPRESS_NONCE_KEY' ) );

$table_prefix = 'bb_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("r/decoy-env-reference", "analysis/footfall_model.R", "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Sys.getenv.html", r"""
library(DBI)
library(dplyr)

# credentials in ~/.Renviron (MARKET_DB_USER / MARKET_DB_PASSWORD), never in the script
con <- dbConnect(
  RPostgres::Postgres(),
  host = "market-ops-db.internal",
  dbname = "marketops",
  user = Sys.getenv("MARKET_DB_USER"),
  password = Sys.getenv("MARKET_DB_PASSWORD")
)

counts <- tbl(con, "gate_counts") |> collect()
model <- lm(visitors ~ weekdays(day) + rain_mm + temp_c, data = counts)
summary(model)
dbDisconnect(con)
""")

add("sql/decoy-variable-ref", "db/scripts/create_reporting_role.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", r"""
-- usage: psql -v ro_password="$(op read 'op://Ops/metabase_ro/password')" -f create_reporting_role.sql
\set ON_ERROR_STOP on

CREATE ROLE metabase_ro LOGIN PASSWORD :'ro_password';
GRANT CONNECT ON DATABASE orders TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
""")

add("kotlin/decoy-env-reference", "app/src/main/java/com/nomadnoodles/staff/Config.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r"""
package com.nomadnoodles.staff

// Values are injected at build time from CI secrets via buildConfigField; nothing is hard-coded.
object Config {
    val apiBaseUrl: String = BuildConfig.API_BASE_URL
    val sentryDsn: String = BuildConfig.SENTRY_DSN
    val squareApplicationId: String = BuildConfig.SQUARE_APPLICATION_ID
    const val READY_CHANNEL_ID = "order_ready"
    const val POLL_SECONDS = 10L
}
""")

add("dart/decoy-env-reference", "order_app/lib/config/env.dart", "https://dart.dev/libraries/core/environment-declarations", r"""
/// Build with: flutter build ipa --dart-define-from-file=env/prod.json (file kept in CI only)
class Env {
  static const apiBaseUrl = String.fromEnvironment('API_BASE_URL', defaultValue: 'http://localhost:8080');
  static const stripePublishableKey = String.fromEnvironment('STRIPE_PUBLISHABLE_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const mapboxToken = String.fromEnvironment('MAPBOX_PUBLIC_TOKEN');

  static bool get isConfigured => stripePublishableKey.isNotEmpty && mapboxToken.isNotEmpty;
}
""")

add("shell-history/decoy-secret-manager-ref", "ops/history/.bash_history", "https://developer.1password.com/docs/cli/reference/commands/read/", r"""
cd ~/code/order-api
export STRIPE_SECRET_KEY="$(op read 'op://Trucks/Stripe live/secret key')"
stripe listen --forward-to localhost:8080/webhooks/stripe --api-key "$STRIPE_SECRET_KEY"
unset STRIPE_SECRET_KEY
pass show ops/traccar-db | head -1 | psql -h 10.20.0.5 -U traccar traccar -W
git log --oneline -5
""")

add("notebook/decoy-env-reference", "analysis/catering_forecast.ipynb", "https://docs.python.org/3/library/getpass.html", notebook([
    ("markdown", "# Catering demand forecast\nPulls bookings from the catering DB; asks for the password at run time."),
    ("code", 'import getpass\nimport pandas as pd\nimport sqlalchemy as sa\n\npw = getpass.getpass("catering_ro password: ")\nengine = sa.create_engine(sa.engine.URL.create("postgresql+psycopg2", username="catering_ro", password=pw, host="catering-db.internal", database="catering"))'),
    ("code", 'bookings = pd.read_sql("select event_date, guests from bookings where event_date > current_date - 365", engine)\nbookings.groupby(bookings.event_date.dt.month).guests.sum()'),
]))

add("http/decoy-signature", "api-tests/square-webhook-replay.http", "https://developer.squareup.com/docs/webhooks/step3validate", r"""
### Replay a captured Square webhook against the local bridge.
### The signature below is an HMAC of this exact body for the local test key, not a credential.
POST http://localhost:8080/webhooks/square
Content-Type: application/json
x-square-hmacsha256-signature: §SIG§

{"merchant_id":"MLTEST000MERCHANT","type":"order.updated","event_id":"§EV§","data":{"type":"order_updated","id":"fake-order-0002"}}
""", SIG=b64b(32), EV=uuid_s())

add("yaml/decoy-uuid-id", "firmware/beacons/beacons.yaml", "https://developer.apple.com/ibeacon/", r"""
# iBeacons in the truck windows: the app shows "You're at the Birria Bus!" when in range
proximity_uuid: §P§
beacons:
  - truck: birria-bus
    major: 1
    minor: 1
  - truck: churro-cart
    major: 1
    minor: 2
  - truck: elote-express
    major: 1
    minor: 3
tx_power_dbm: -59
advertising_interval_ms: 350
""", P=uuid_s().upper())
