"""Blind set JJ: textile dyeing and handloom weaving workshops in Bangladesh.

Dye-house recipe services, loom-floor attendance and CCTV, export order portals, mobile money and
card gateways (bKash, Nagad, SSLCommerz), couriers, SMS gateways, their CI, containers and runbooks,
with notes and comments partly in Bengali, and the decoys such teams commit beside them.
Generated fakes only (seeds 4510000-4519999).
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
SEED_LO, SEED_HI = 4510000, 4519999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Jamdani", "Tangail", "Indigo", "Muslin", "Shapla", "Padma", "Meghna", "Jamuna", "Kantha", "Nakshi",
         "Sonali", "Boishakh", "Karnaphuli", "Shitol", "Madhupur", "Rangpur", "Benarasi", "Rajshahi", "Tasar", "Khadi"]
LOWER = ["loom", "shuttle", "warp", "weft", "madder", "indigo", "heddle", "bobbin", "reed", "spindle",
         "mordant", "vat", "skein", "jute", "cotton", "silk"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def lower_alnum(n: int) -> str:
    return fakes.drawn(_seed(), n, string.ascii_lowercase + string.digits)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def meta_token() -> str:
    return fakes.fake("EAA", 3, _seed()) + "ZD" + alnum(170)


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def paypal_secret() -> str:
    r = _rng()
    return "E" + "".join(r.choice(ALNUM + "-_") for _ in range(79))


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def azure_account_key() -> str:
    r = _rng()
    raw = bytes(r.randrange(256) for _ in range(64))
    return base64.b64encode(raw).decode()


def sslcz_store() -> tuple:
    sid = "tant" + lower_alnum(12)
    return sid, sid + "@ssl"


def gmail_app_pw() -> str:
    r = _rng()
    return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(text: str, pad: str) -> str:
    return "\n".join(pad + line for line in text.splitlines())


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
    CASES.append(LabelledCase(f"blind-jj/{category}", file_name, text, secret, source))


# --------------------------------------------------------------------------------------------
# Payment gateways: bKash, Nagad, SSLCommerz, aamarPay, ShurjoPay, Stripe, PayPal
# --------------------------------------------------------------------------------------------

add("python/bkash-app-secret", "shop/payments/bkash_client.py",
    "bKash Tokenized Checkout API docs (grant token: app_key, app_secret, username, password)", """
\"\"\"bKash tokenized checkout for the Tangail sari web shop.

টোকেন পাওয়ার জন্য app_key/app_secret লাগে (merchant portal থেকে নেওয়া).
\"\"\"
import requests

BASE_URL = "https://tokenized.pay.bka.sh/v1.2.0-beta/tokenized/checkout"
APP_KEY = "@@appkey@@"
APP_SECRET = "@@secret@@"
USERNAME = "01711903482"


def grant_token(password: str) -> str:
    headers = {"username": USERNAME, "password": password, "Content-Type": "application/json"}
    body = {"app_key": APP_KEY, "app_secret": APP_SECRET}
    response = requests.post(f"{BASE_URL}/token/grant", json=body, headers=headers, timeout=30)
    response.raise_for_status()
    return response.json()["id_token"]
""", secret=alnum(50), appkey=lower_alnum(26))

add("env/bkash-password", "tangail-shop/.env.production",
    "bKash Tokenized Checkout API docs (grant token headers username/password)", """
# বিকাশ মার্চেন্ট — live
BKASH_BASE_URL=https://tokenized.pay.bka.sh/v1.2.0-beta
BKASH_APP_KEY=@@appkey@@
BKASH_APP_SECRET_REF=ssm:/tangail-shop/bkash/app_secret
BKASH_USERNAME=01819447215
BKASH_PASSWORD=@@secret@@
SHOP_CURRENCY=BDT
ORDER_PREFIX=TSH
""", secret="X" + rand_pw(11, "<>&*"), appkey=lower_alnum(26))

add("php/sslcommerz-store-password", "wp-content/plugins/jamdani-checkout/sslcommerz-config.php",
    "SSLCommerz developer docs (store_id, store_passwd, gwprocess/v4/api.php)", """
<?php
// SSLCommerz live credentials for jamdanihouse.com.bd
// লাইভ স্টোর — স্যান্ডবক্স নয়
define('SSLCZ_STORE_ID', '@@sid@@');
define('SSLCZ_STORE_PASSWORD', '@@secret@@');
define('SSLCZ_IS_LOCALHOST', false);
define('SSLCZ_API_DOMAIN', 'https://securepay.sslcommerz.com');

function jc_init_session(array $order) {
    $post = [
        'store_id' => SSLCZ_STORE_ID,
        'store_passwd' => SSLCZ_STORE_PASSWORD,
        'total_amount' => $order['total'],
        'currency' => 'BDT',
        'tran_id' => $order['id'],
    ];
    return wp_remote_post(SSLCZ_API_DOMAIN . '/gwprocess/v4/api.php', ['body' => $post]);
}
""", secret=(lambda s: s[1])(_sid := sslcz_store()), sid=_sid[0])

add("php/decoy-sandbox-example", "wp-content/plugins/jamdani-checkout/sslcommerz-config.sample.php",
    "SSLCommerz developer docs (sandbox store)", """
<?php
// নমুনা ফাইল: নিজের স্টোর আইডি ও পাসওয়ার্ড বসিয়ে sslcommerz-config.php নামে সেভ করুন
define('SSLCZ_STORE_ID', 'your_store_id');
define('SSLCZ_STORE_PASSWORD', 'your_store_password@ssl');
define('SSLCZ_IS_LOCALHOST', true);
define('SSLCZ_API_DOMAIN', 'https://sandbox.sslcommerz.com');
""")

add("yaml/nagad-private-key", "config/payments/nagad.yml",
    "Nagad merchant API integration guide (merchant private key, PG public key)", """
# নগদ মার্চেন্ট কনফিগ — Rangpur Handloom Co-op
nagad:
  base_url: https://api.mynagad.com/api/dfs
  merchant_id: "683002007104225"
  merchant_number: "01711554902"
  callback_url: https://shop.rangpurhandloom.com.bd/payments/nagad/callback
  pg_public_key_file: /etc/nagad/pg_public.pem
  merchant_private_key: |
@@key@@
""", secret=(_k := pem("RSA")), key=indent(_k, "    "))

add("json/decoy-public-key", "config/payments/nagad_pg_public.json",
    "Nagad merchant API integration guide (PG public key is shared with every merchant)", """
{
  "provider": "nagad",
  "environment": "production",
  "merchant_id": "683002007104225",
  "pg_public_key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@body@@IDAQAB",
  "key_format": "X.509 SubjectPublicKeyInfo, base64",
  "note": "public key only; the merchant private key lives in Vault (secret/nagad/merchant)"
}
""", body=alnum(80))

add("python/aamarpay-signature-key", "weaveshop/payments/aamarpay.py",
    "aamarPay payment gateway docs (store_id, signature_key, jsonpost.php)", """
import httpx

AAMARPAY_URL = "https://secure.aamarpay.com/jsonpost.php"


class AamarPay:
    def __init__(self) -> None:
        self.store_id = "madhupurloom"
        self.signature_key = "@@secret@@"

    def create(self, tran_id: str, amount: str, customer: dict) -> str:
        payload = {
            "store_id": self.store_id,
            "signature_key": self.signature_key,
            "tran_id": tran_id,
            "amount": amount,
            "currency": "BDT",
            "desc": "তাঁতের শাড়ি অর্ডার",
            "cus_name": customer["name"],
            "cus_phone": customer["phone"],
            "type": "json",
        }
        return httpx.post(AAMARPAY_URL, json=payload, timeout=20).json()["payment_url"]
""", secret=hexs(32))

add("typescript/shurjopay-password", "src/lib/shurjopay.ts",
    "shurjoPay v2 API docs (get_token with username and password)", """
// shurjoPay v2 — Khadi Kutir online store
import axios from "axios";

const SP_ENDPOINT = "https://engine.shurjopayment.com";
const SP_USERNAME = "khadikutir";
const SP_PASSWORD = "@@secret@@";
const SP_PREFIX = "KKT";

export async function getToken(): Promise<string> {
  const res = await axios.post(`${SP_ENDPOINT}/api/get_token`, {
    username: SP_USERNAME,
    password: SP_PASSWORD,
  });
  return res.data.token;
}

export const orderPrefix = SP_PREFIX;
""", secret=rand_pw(16, "#$"))

add("typescript/decoy-publishable-key", "src/lib/stripe-client.ts",
    "Stripe docs (publishable keys are meant for the browser)", """
// বিদেশি ক্রেতাদের কার্ড পেমেন্ট (Etsy-র বাইরে সরাসরি অর্ডার)
import { loadStripe } from "@stripe/stripe-js";

const PUBLISHABLE_KEY = "@@pk@@";

export const stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: "en" });
export const currency = "usd";
""", pk=stripe_key("pk_live_"))

add("ruby/stripe-secret-key", "config/initializers/stripe.rb",
    "Stripe API reference (Stripe.api_key)", """
# Export orders (Nakshi Kantha to EU buyers) are charged in EUR through Stripe
require "stripe"

Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY"),
  webhook_tolerance: 300
}
""", secret=stripe_key())

_whsec = "whsec_" + alnum(32)
add("python/stripe-webhook-secret", "exports/webhooks/stripe_events.py",
    "Stripe docs (webhook signing secret whsec_, construct_event)", """
import stripe
from flask import Flask, request, abort

app = Flask(__name__)
ENDPOINT_SECRET = "@@secret@@"


@app.post("/stripe/events")
def stripe_events():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except stripe.error.SignatureVerificationError:
        abort(400)
    if event["type"] == "checkout.session.completed":
        # অর্ডার কনফার্ম — ডাইং ফ্লোরে লট শুরু করুন
        pass
    return "", 204
""", secret=_whsec)

add("java/paypal-client-secret", "src/main/java/bd/tantghor/payments/PayPalConfig.java",
    "PayPal REST SDK docs (client id and client secret, PayPalEnvironment.Live)", """
package bd.tantghor.payments;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;

public final class PayPalConfig {
    // Overseas buyers of handloom gamcha pay via PayPal
    private static final String CLIENT_ID = "A@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    private PayPalConfig() {}

    public static PayPalHttpClient client() {
        PayPalEnvironment env = new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET);
        return new PayPalHttpClient(env);
    }
}
""", secret=paypal_secret(), cid=alnum(79))

add("markdown/decoy-env-reference", "docs/payments/README.md",
    "bKash and SSLCommerz merchant docs (credentials from environment)", """
# পেমেন্ট গেটওয়ে সেটআপ

Our shop accepts bKash, Nagad and cards through SSLCommerz. Credentials are **never** in git.

| Variable | Where it comes from |
|----------|---------------------|
| `BKASH_APP_KEY` / `BKASH_APP_SECRET` | 1Password vault "Dye House — Finance" |
| `BKASH_USERNAME` / `BKASH_PASSWORD` | same vault, item "bKash merchant live" |
| `SSLCZ_STORE_ID` / `SSLCZ_STORE_PASSWORD` | same vault, item "SSLCommerz live" |
| `NAGAD_MERCHANT_PRIVATE_KEY` | HashiCorp Vault `secret/data/nagad/merchant` |

```bash
export BKASH_APP_SECRET="$(op read 'op://Dye House - Finance/bKash merchant live/app_secret')"
export SSLCZ_STORE_PASSWORD="$(op read 'op://Dye House - Finance/SSLCommerz live/password')"
```

স্যান্ডবক্সে টেস্ট করতে `.env.example` কপি করুন।
""")

add("env/decoy-placeholder", "tangail-shop/.env.example",
    "bKash Tokenized Checkout API docs (environment variables for the grant token)", """
# নমুনা — আসল মান এখানে লিখবেন না
BKASH_BASE_URL=https://tokenized.sandbox.bka.sh/v1.2.0-beta
BKASH_APP_KEY=<bkash-app-key>
BKASH_APP_SECRET=<bkash-app-secret>
BKASH_USERNAME=<merchant-msisdn>
BKASH_PASSWORD=<merchant-password>
SSLCZ_STORE_ID=
SSLCZ_STORE_PASSWORD=
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("csv/decoy-transaction-ids", "reports/bkash_settlement_2024-03.csv",
    "bKash merchant portal settlement export (trxID column)", """
date,trx_id,invoice,customer_msisdn,amount_bdt,fee_bdt,status
2024-03-01,BC14K7QZ2M,TSH-10421,017XXXXX482,3450.00,63.83,Completed
2024-03-01,BC17M2XW9P,TSH-10422,018XXXXX901,12800.00,236.80,Completed
2024-03-02,BC21A8RT4N,TSH-10423,019XXXXX117,2150.00,39.78,Completed
2024-03-03,BC29F0LD6S,TSH-10424,016XXXXX350,5600.00,103.60,Refunded
2024-03-04,BC33H5VK1C,TSH-10425,017XXXXX776,7900.00,146.15,Completed
2024-03-05,BC38Q9ZE7B,TSH-10426,015XXXXX208,1950.00,36.08,Completed
""")

add("go/sslcommerz-store-password", "internal/gateway/sslcommerz.go",
    "SSLCommerz developer docs (validator API with store_id and store_passwd)", """
package gateway

import (
\t"fmt"
\t"net/http"
\t"net/url"
)

// বৈধতা যাচাই (validation API) — Jamuna Dyeing export store
const (
\tstoreID     = "@@sid@@"
\tstorePasswd = "@@secret@@"
\tvalidator   = "https://securepay.sslcommerz.com/validator/api/validationserverAPI.php"
)

func Validate(valID string) (*http.Response, error) {
\tq := url.Values{}
\tq.Set("val_id", valID)
\tq.Set("store_id", storeID)
\tq.Set("store_passwd", storePasswd)
\tq.Set("format", "json")
\treturn http.Get(fmt.Sprintf("%s?%s", validator, q.Encode()))
}
""", secret=(_s2 := sslcz_store())[1], sid=_s2[0])

add("k8s-secret/bkash-app-secret", "deploy/k8s/bkash-secret.yaml",
    "Kubernetes docs (Secret data values are base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: bkash-merchant
  namespace: weave-shop
  labels:
    app: checkout
type: Opaque
data:
  BKASH_APP_KEY: @@appkey@@
  BKASH_APP_SECRET: @@enc@@
  BKASH_USERNAME: @@user@@
""", secret=(_bs := alnum(50)), enc=b64(_bs), appkey=b64(lower_alnum(26)), user=b64("01711903482"))

add("k8s-secret/decoy-secret-reference", "deploy/k8s/external-secret-bkash.yaml",
    "External Secrets Operator docs (ExternalSecret remoteRef)", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: bkash-merchant
  namespace: weave-shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: bkash-merchant
  data:
    - secretKey: BKASH_APP_SECRET
      remoteRef:
        key: prod/weave-shop/bkash
        property: app_secret
    - secretKey: BKASH_PASSWORD
      remoteRef:
        key: prod/weave-shop/bkash
        property: password
""")

add("csharp/sslcommerz-store-password", "Tantghor.Checkout/Services/SslCommerzOptions.cs",
    "SSLCommerz developer docs (store_id, store_passwd)", """
namespace Tantghor.Checkout.Services;

public sealed class SslCommerzOptions
{
    // TODO: appsettings-এ সরাতে হবে
    public string StoreId { get; init; } = "@@sid@@";
    public string StorePassword { get; init; } = "@@secret@@";
    public bool Sandbox { get; init; } = false;
    public string BaseUrl => Sandbox ? "https://sandbox.sslcommerz.com" : "https://securepay.sslcommerz.com";
}
""", secret=(_s3 := sslcz_store())[1], sid=_s3[0])

add("json/decoy-sandbox-example", "tests/fixtures/bkash_grant_token_response.json",
    "bKash Tokenized Checkout API docs (grant token response sample)", """
{
  "statusCode": "0000",
  "statusMessage": "Successful",
  "id_token": "eyJraWQiOiJURVNUIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJ0ZXN0LW1lcmNoYW50In0.FIXTURE-SIGNATURE",
  "token_type": "Bearer",
  "expires_in": 3600,
  "refresh_token": "fixture-refresh-token-not-real"
}
""")

add("python/decoy-hash", "payments/bkash_webhook_verify.py",
    "bKash webhook docs (SNS message signature verification)", """
import base64
import hashlib

# bKash IPN আসে AWS SNS দিয়ে; সার্টিফিকেট শুধু এই হোস্ট থেকে নেব
ALLOWED_CERT_HOST = "sns.ap-southeast-1.amazonaws.com"
KNOWN_CERT_SHA256 = "@@sha@@"


def cert_ok(pem_bytes: bytes) -> bool:
    return hashlib.sha256(pem_bytes).hexdigest() == KNOWN_CERT_SHA256


def signature_bytes(message: dict) -> bytes:
    return base64.b64decode(message["Signature"])
""", sha=hexs(64))


# --------------------------------------------------------------------------------------------
# Couriers, SMS gateways, messaging and mail
# --------------------------------------------------------------------------------------------

add("python/pathao-client-secret", "fulfilment/couriers/pathao.py",
    "Pathao Courier Merchant API docs (issue-token with client_id, client_secret, username, password)", """
\"\"\"Pathao courier: ঢাকার বাইরে শাড়ি পাঠানো (Sirajganj weaving cluster -> customers).\"\"\"
import requests

PATHAO_BASE = "https://api-hermes.pathao.com"
CLIENT_ID = "2641"
CLIENT_SECRET = "@@secret@@"


def issue_token(username: str, password: str) -> dict:
    body = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant_type": "password",
        "username": username,
        "password": password,
    }
    return requests.post(f"{PATHAO_BASE}/aladdin/api/v1/issue-token", json=body, timeout=30).json()
""", secret=alnum(40))

add("php/steadfast-secret-key", "app/Services/SteadfastCourier.php",
    "Steadfast Courier API docs (Api-Key and Secret-Key headers, create_order)", """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class SteadfastCourier
{
    private string $base = 'https://portal.packzy.com/api/v1';

    public function createOrder(array $parcel): array
    {
        // স্টেডফাস্ট পার্সেল — Tangail tant sarees
        return Http::withHeaders([
            'Api-Key' => '@@apikey@@',
            'Secret-Key' => '@@secret@@',
            'Content-Type' => 'application/json',
        ])->post($this->base . '/create_order', $parcel)->json();
    }
}
""", secret=lower_alnum(24), apikey=lower_alnum(32))

add("env/redx-api-token", "courier-bridge/.env",
    "RedX Open API docs (API-ACCESS-TOKEN header, Bearer JWT)", """
# RedX parcel API — Kantha quilts COD orders
REDX_BASE_URL=https://openapi.redx.com.bd/v1.0.0-beta
REDX_API_ACCESS_TOKEN=Bearer @@secret@@
REDX_PICKUP_STORE_ID=118204
COD_LIMIT_BDT=25000
""", secret="eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9." + b64(json.dumps({"iss": "redx", "sub": "118204", "iat": 1709251200})).rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("python/decoy-tracking-ids", "fulfilment/tests/test_tracking.py",
    "Pathao and Steadfast docs (consignment ids are public tracking numbers)", """
import pytest

from fulfilment.couriers.tracking import normalise

CASES = [
    ("DL090324PFG7KQ", "pathao"),
    ("SFR240312TK8842", "steadfast"),
    ("20A316KW9Z2", "redx"),
    ("PF-3128-77051", "paperfly"),
]


@pytest.mark.parametrize("consignment,courier", CASES)
def test_normalise_keeps_courier(consignment, courier):
    # ট্র্যাকিং নম্বর গ্রাহককে SMS-এ পাঠানো হয়, গোপন নয়
    assert normalise(consignment, courier).courier == courier
""")

add("shell/sms-api-key", "scripts/notify_weavers.sh",
    "BulkSMSBD API docs (smsapi?api_key=&senderid=&number=&message=)", """
#!/usr/bin/env bash
# তাঁতিদের মজুরি পরিশোধের SMS — প্রতি বৃহস্পতিবার
set -euo pipefail

API_KEY="@@secret@@"
SENDER_ID="8809617612345"
LIST="${1:-/srv/payroll/weavers_this_week.csv}"

while IFS=, read -r name phone amount; do
  msg="প্রিয় ${name}, আপনার এ সপ্তাহের মজুরি ${amount} টাকা বিকাশে পাঠানো হয়েছে।"
  curl -sG "http://bulksmsbd.net/api/smsapi" \\
    --data-urlencode "api_key=${API_KEY}" \\
    --data-urlencode "senderid=${SENDER_ID}" \\
    --data-urlencode "number=${phone}" \\
    --data-urlencode "message=${msg}"
done < "$LIST"
""", secret=alnum(20))

add("java/sms-api-token", "src/main/java/bd/dyehouse/notify/SslWirelessClient.java",
    "SSL Wireless SMS Plus API docs (api_token, sid, msisdn, csms_id)", """
package bd.dyehouse.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class SslWirelessClient {
    private static final String API_TOKEN = "@@secret@@";
    private static final String SID = "JAMUNADYEMASK";
    private final HttpClient http = HttpClient.newHttpClient();

    public String send(String msisdn, String text, String csmsId) throws Exception {
        String json = String.format(
            "{\\"api_token\\":\\"%s\\",\\"sid\\":\\"%s\\",\\"msisdn\\":\\"%s\\",\\"sms\\":\\"%s\\",\\"csms_id\\":\\"%s\\"}",
            API_TOKEN, SID, msisdn, text, csmsId);
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://smsplus.sslwireless.com/api/v3/send-sms"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=(lambda h: f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")(hexs(32)))

add("python/whatsapp-access-token", "bots/whatsapp/order_updates.py",
    "Meta WhatsApp Cloud API docs (Bearer access token, /{phone-number-id}/messages)", """
\"\"\"WhatsApp order updates to boutique buyers (Dhaka, Chattogram).\"\"\"
import requests

GRAPH = "https://graph.facebook.com/v19.0"
PHONE_NUMBER_ID = "104839275512201"
ACCESS_TOKEN = "@@secret@@"


def send_template(to: str, order_no: str) -> None:
    requests.post(
        f"{GRAPH}/{PHONE_NUMBER_ID}/messages",
        headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},
        json={
            "messaging_product": "whatsapp",
            "to": to,
            "type": "template",
            "template": {"name": "order_dispatched_bn", "language": {"code": "bn"},
                         "components": [{"type": "body", "parameters": [{"type": "text", "text": order_no}]}]},
        },
        timeout=15,
    ).raise_for_status()
""", secret=meta_token())

add("json/decoy-client-id", "web/public/facebook-sdk.json",
    "Meta for Developers docs (App ID is public; used by the JS SDK)", """
{
  "appId": "1187263540918245",
  "version": "v19.0",
  "xfbml": true,
  "pageId": "102938475610293",
  "pixelId": "918273645501928",
  "locale": "bn_IN",
  "comment": "ফেসবুক পেজের চ্যাট প্লাগিন — সব মান পাবলিক"
}
""")

add("yaml/telegram-bot-token", "ops/alerts/dyehouse-alerts.yml",
    "Telegram Bot API docs (bot token in https://api.telegram.org/bot<token>/sendMessage)", """
# ডাইং মেশিনের তাপমাত্রা সতর্কবার্তা — টেলিগ্রাম গ্রুপে
alerts:
  telegram:
    enabled: true
    bot_token: "@@secret@@"
    chat_id: -1001827364510
    parse_mode: HTML
  rules:
    - name: jet-dyer-overheat
      metric: jet_dyer_temp_c
      above: 135
      for: 2m
      message: "⚠️ Jet dyer {{ machine }} তাপমাত্রা {{ value }}°C"
    - name: boiler-pressure
      metric: boiler_bar
      above: 10.5
      for: 1m
""", secret=fakes.telegram_token(_seed()))

add("python/telegram-bot-token", "tools/loom_counter_bot.py",
    "python-telegram-bot docs (ApplicationBuilder().token(...))", """
from telegram.ext import ApplicationBuilder, CommandHandler

# দৈনিক তাঁত উৎপাদন (গজ) জানাতে বট
TOKEN = "@@secret@@"


async def today(update, context):
    from loomfloor.stats import yards_today
    await update.message.reply_text(f"আজ মোট {yards_today():.1f} গজ কাপড় বোনা হয়েছে")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("today", today))

if __name__ == "__main__":
    app.run_polling()
""", secret=fakes.telegram_token(_seed()))

add("ini/smtp-password", "deploy/odoo/odoo.conf",
    "Odoo configuration docs (smtp_server, smtp_user, smtp_password, db_password)", """
[options]
; Sonali Tant Odoo 16 — উৎপাদন সার্ভার
addons_path = /opt/odoo/addons,/opt/odoo/custom
db_host = 10.20.0.15
db_port = 5432
db_user = odoo
db_password = False
admin_passwd = $pbkdf2-sha512$600000$@@salt@@$@@hash@@
smtp_server = smtp.gmail.com
smtp_port = 587
smtp_ssl = True
smtp_user = orders@sonalitant.com.bd
smtp_password = @@secret@@
email_from = Sonali Tant <orders@sonalitant.com.bd>
workers = 4
""", secret=gmail_app_pw(), salt=fakes.drawn(_seed(), 22, ALNUM + "./"), hash=fakes.drawn(_seed(), 86, ALNUM + "./"))

add("ini/decoy-hashed-password", "deploy/odoo/odoo.staging.conf",
    "Odoo configuration docs (admin_passwd stored as a pbkdf2 hash)", """
[options]
; স্টেজিং — ডাটাবেস পাসওয়ার্ড পরিবেশ থেকে আসে (PGPASSWORD)
addons_path = /opt/odoo/addons,/opt/odoo/custom
db_host = postgres-staging
db_user = odoo
db_password = False
admin_passwd = $pbkdf2-sha512$600000$@@salt@@$@@hash@@
smtp_server = localhost
smtp_port = 1025
list_db = False
""", salt=fakes.drawn(_seed(), 22, ALNUM + "./"), hash=fakes.drawn(_seed(), 86, ALNUM + "./"))

add("python/sendgrid-api-key", "exports/mail/buyer_reports.py",
    "SendGrid Python library docs (SendGridAPIClient(api_key))", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_lab_dip_report(buyer_email: str, pdf_url: str) -> int:
    # ল্যাব ডিপ অনুমোদনের রিপোর্ট বায়ারকে পাঠানো
    message = Mail(
        from_email="qa@meghnadyeing.com",
        to_emails=buyer_email,
        subject="Lab dip approval report",
        html_content=f"<p>Please review the lab dips: <a href='{pdf_url}'>report</a></p>",
    )
    return sg.send(message).status_code
""", secret=sendgrid_key())

add("javascript/mailgun-api-key", "functions/sendInvoice.js",
    "Mailgun.js docs (mailgun.client({username: 'api', key}))", """
// ইনভয়েস ইমেইল — নকশী কাঁথা এক্সপোর্ট
const formData = require("form-data");
const Mailgun = require("mailgun.js");

const mailgun = new Mailgun(formData);
const mg = mailgun.client({ username: "api", key: "@@secret@@" });

exports.sendInvoice = async (to, invoiceNo, pdf) => {
  return mg.messages.create("mg.nakshikantha.com.bd", {
    from: "Accounts <accounts@nakshikantha.com.bd>",
    to: [to],
    subject: `Invoice ${invoiceNo}`,
    attachment: [{ filename: `${invoiceNo}.pdf`, data: pdf }],
  });
};
""", secret=mailgun_key())

add("yaml/smtp-password", "config/mailer.yml",
    "Zoho Mail SMTP settings docs (smtp.zoho.com, port 465, app-specific password)", """
# মেইল সার্ভার — Zoho (অর্ডার ও পেরোল নোটিশ)
default: &default
  delivery_method: smtp
  smtp_settings:
    address: smtppro.zoho.com
    port: 465
    ssl: true
    domain: padmahandloom.com
    user_name: noreply@padmahandloom.com
    password: "@@secret@@"
    authentication: login

production:
  <<: *default
""", secret=alnum(12))

add("yaml/decoy-env-reference", "config/mailer.production.yml",
    "Rails Action Mailer docs (smtp_settings from ENV)", """
# পাসওয়ার্ড সার্ভারের environment থেকে পড়া হয়
production:
  delivery_method: smtp
  smtp_settings:
    address: <%= ENV.fetch("SMTP_HOST", "smtppro.zoho.com") %>
    port: 465
    ssl: true
    user_name: <%= ENV["SMTP_USER"] %>
    password: <%= ENV["SMTP_PASSWORD"] %>
    authentication: login
""")

add("csharp/twilio-auth-token", "Weavers.Notify/TwilioSender.cs",
    "Twilio C# helper library docs (TwilioClient.Init(accountSid, authToken))", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Weavers.Notify;

// বিদেশি বায়ারদের শিপমেন্ট SMS (ইউকে/ইইউ নম্বর)
public static class TwilioSender
{
    private const string AccountSid = "AC@@sid@@";
    private const string AuthToken = "@@secret@@";

    public static void Send(string to, string body)
    {
        TwilioClient.Init(AccountSid, AuthToken);
        MessageResource.Create(body: body, from: new Twilio.Types.PhoneNumber("+447700900412"),
            to: new Twilio.Types.PhoneNumber(to));
    }
}
""", secret=hexs(32), sid=hexs(32))

add("markdown/decoy-redacted", "docs/runbooks/sms-gateway.md",
    "SSL Wireless SMS Plus docs (api_token, sid)", """
# SMS গেটওয়ে রানবুক

We send weaver wage notices and customer OTPs through SSL Wireless (masking SID `JAMUNADYEMASK`).

- API token: stored in AWS Secrets Manager as `prod/notify/sslwireless` (shown as `********-****-****-****-************` in the portal).
- Balance check: `GET https://smsplus.sslwireless.com/api/v3/balance?api_token=$SSLW_TOKEN&sid=JAMUNADYEMASK`
- Masking approval letters: Drive > Admin > BTRC.

## যদি SMS না যায়
1. পোর্টালে ব্যালান্স দেখুন।
2. `journalctl -u notify-worker -n 200` দেখুন।
3. টোকেন বদলালে Secrets Manager আপডেট করে `systemctl restart notify-worker` দিন।
""")

add("dockerfile/sms-api-key", "services/otp/Dockerfile",
    "Dockerfile reference (ENV instruction)", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# গ্রাহক OTP — Alpha SMS
ENV ALPHA_SMS_URL=https://api.sms.net.bd/sendsms \\
    ALPHA_SMS_API_KEY=@@secret@@ \\
    OTP_TTL_SECONDS=300
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "otp.app:app"]
""", secret=alnum(40))

add("kotlin/decoy-placeholder", "app/src/main/java/bd/tantbazar/BuildConfigKeys.kt",
    "Android docs (BuildConfig fields from local.properties)", """
package bd.tantbazar

// মান আসে local.properties থেকে; এখানে শুধু নাম
object BuildConfigKeys {
    val pathaoClientSecret: String get() = BuildConfig.PATHAO_CLIENT_SECRET
    val mapsKeyName = "MAPS_API_KEY"
    const val SMS_SENDER = "TANTBAZAR"
    const val PLACEHOLDER_SECRET = "CHANGE_ME"
}
""")

add("properties/smtp-password", "src/main/resources/application-prod.properties",
    "Spring Boot docs (spring.mail.* and spring.datasource.* properties)", """
# Khadi ERP — প্রোডাকশন
server.port=8080
spring.datasource.url=jdbc:postgresql://10.30.1.12:5432/khadi_erp
spring.datasource.username=khadi_app
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=erp@khadikutir.com.bd
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", secret=words_pw())


# --------------------------------------------------------------------------------------------
# Databases, caches, ERP and recipe stores
# --------------------------------------------------------------------------------------------

add("python/database-password", "dyehouse/recipes/db.py",
    "SQLAlchemy docs (create_engine with a postgresql+psycopg URL)", """
\"\"\"রঙের রেসিপি ডাটাবেস — Karnaphuli Dyeing, Kalurghat.\"\"\"
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

DATABASE_URL = "postgresql+psycopg://recipe_rw:@@secret@@@10.40.2.21:5432/dye_recipes"

engine = create_engine(DATABASE_URL, pool_size=5, pool_pre_ping=True)
Session = sessionmaker(bind=engine, expire_on_commit=False)


def shade_by_code(session, code: str):
    from dyehouse.recipes.models import Shade
    return session.query(Shade).filter_by(code=code).one_or_none()
""", secret=rand_pw(18))

add("env/database-password", "lab-dip-tracker/.env",
    "Laravel docs (.env DB_* variables)", """
APP_NAME="Lab Dip Tracker"
APP_ENV=production
APP_KEY=base64:@@appkey@@
APP_DEBUG=false
APP_URL=https://labdip.meghnadyeing.com

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=labdip
DB_USERNAME=labdip_app
DB_PASSWORD=@@secret@@

# কিউ ও ক্যাশ
QUEUE_CONNECTION=redis
REDIS_HOST=127.0.0.1
""", secret=words_pw(), appkey=b64(rand_pw(32)))

add("json/database-password", "config/appsettings.Production.json",
    "ASP.NET Core docs (ConnectionStrings in appsettings.json, SQL Server connection string)", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Erp": "Server=tcp:10.10.4.8,1433;Database=TantghorERP;User Id=erp_web;Password=@@secret@@;TrustServerCertificate=True;",
    "Reports": "Server=tcp:10.10.4.9,1433;Database=TantghorDW;Integrated Security=True;"
  },
  "Payroll": {
    "WeeklyCutoff": "Thursday",
    "Currency": "BDT"
  },
  "AllowedHosts": "erp.tantghor.local"
}
""", secret=words_pw())

add("yaml/redis-password", "deploy/compose/worker-config.yml",
    "Celery docs (broker_url redis://:password@host:port/db)", """
# রঙ মেশানোর কিউ — ডোজিং মেশিনে রেসিপি পাঠানো
celery:
  broker_url: "redis://:@@secret@@@10.40.2.30:6379/0"
  result_backend: "redis://:@@secret@@@10.40.2.30:6379/1"
  task_routes:
    dosing.tasks.send_recipe: {queue: dosing}
    labdip.tasks.render_pdf: {queue: reports}
  worker_concurrency: 4
  timezone: Asia/Dhaka
""", secret=fakes.redis_password(_seed()))

add("compose/database-password", "docker-compose.yml",
    "Docker Compose docs (environment), postgres image docs (POSTGRES_PASSWORD)", """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: handloom_pos
      POSTGRES_USER: pos
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  pos:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://pos:${POSTGRES_PASSWORD}@db:5432/handloom_pos
      TZ: Asia/Dhaka
    ports:
      - "8000:8000"
volumes:
  pgdata: {}
""", secret=rand_pw(22))

add("compose/decoy-env-reference", "docker-compose.prod.yml",
    "Docker Compose docs (variable interpolation and secrets)", """
# প্রোডাকশন — পাসওয়ার্ড docker secret থেকে
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: handloom_pos
      POSTGRES_USER: pos
      POSTGRES_PASSWORD_FILE: /run/secrets/pos_db_password
    secrets: [pos_db_password]
  pos:
    image: ghcr.io/rajshahi-silk/handloom-pos:${POS_TAG:-latest}
    environment:
      DATABASE_URL: ${DATABASE_URL:?set DATABASE_URL}
      SSLCZ_STORE_PASSWORD: ${SSLCZ_STORE_PASSWORD}
secrets:
  pos_db_password:
    file: ./secrets/pos_db_password.txt
""")

add("sql/database-password", "db/migrations/0007_reporting_user.sql",
    "PostgreSQL docs (CREATE ROLE ... LOGIN PASSWORD)", """
-- রিপোর্টিং ইউজার (Metabase ড্যাশবোর্ডের জন্য)
BEGIN;
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE dye_recipes TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
COMMIT;
""", secret=passphrase())

add("sql/decoy-hashed-password", "db/seed/002_users.sql",
    "Django docs (password hashes pbkdf2_sha256$iterations$salt$hash)", """
-- প্রাথমিক ব্যবহারকারী (পাসওয়ার্ড হ্যাশ করা)
INSERT INTO auth_user (id, username, email, is_staff, is_superuser, password) VALUES
  (1, 'rahima.khatun', 'rahima@madhupurloom.com', true, true,
   'pbkdf2_sha256$720000$@@s1@@$@@h1@@='),
  (2, 'habib.store', 'habib@madhupurloom.com', true, false,
   'pbkdf2_sha256$720000$@@s2@@$@@h2@@=');
INSERT INTO weaving_loom (id, label, reed_count, status) VALUES
  (11, 'Pit loom 11', 60, 'active'),
  (12, 'Pit loom 12', 60, 'repair');
""", s1=alnum(22), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"), s2=alnum(22), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("toml/database-password", "recipe-sync/config.toml",
    "TOML spec; sqlx / tokio-postgres connection string docs", """
# রেসিপি সিঙ্ক — ল্যাব থেকে প্রোডাকশন ফ্লোরে
[source]
kind = "mssql"
host = "192.168.10.5"
database = "DatacolorTools"
user = "dc_reader"
password = "@@secret@@"

[target]
url = "postgres://recipe_rw@10.40.2.21:5432/dye_recipes"
password_env = "RECIPE_DB_PASSWORD"

[schedule]
every_minutes = 15
""", secret=words_pw())

add("go/mongodb-password", "cmd/orderapi/main.go",
    "MongoDB Go driver docs (options.Client().ApplyURI with mongodb+srv)", """
package main

import (
\t"context"
\t"log"
\t"time"

\t"go.mongodb.org/mongo-driver/mongo"
\t"go.mongodb.org/mongo-driver/mongo/options"
)

// বুটিক অর্ডার API — Atlas cluster
const mongoURI = "mongodb+srv://orderapi:@@secret@@@tantghor-prod.x7k2p.mongodb.net/orders?retryWrites=true&w=majority"

func main() {
\tctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
\tdefer cancel()
\tclient, err := mongo.Connect(ctx, options.Client().ApplyURI(mongoURI))
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tdefer client.Disconnect(ctx)
\tlog.Println("connected")
}
""", secret=rand_pw(16))

add("rust/redis-password", "src/cache.rs",
    "redis-rs docs (redis::Client::open with a redis:// URL)", """
//! লুম স্ট্যাটাস ক্যাশ (প্রতি ৩০ সেকেন্ডে আপডেট)
use redis::Commands;

const REDIS_URL: &str = "redis://default:@@secret@@@10.50.0.7:6379/2";

pub fn set_loom_status(loom: u32, status: &str) -> redis::RedisResult<()> {
    let client = redis::Client::open(REDIS_URL)?;
    let mut con = client.get_connection()?;
    con.set_ex(format!("loom:{loom}:status"), status, 90)
}
""", secret=fakes.redis_password(_seed()))

add("php/database-password", "erp/config/database.php",
    "CodeIgniter 3 docs (application/config/database.php)", """
<?php
defined('BASEPATH') OR exit('No direct script access allowed');

// তাঁত সমবায় হিসাব — পুরোনো সিস্টেম
$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
    'dsn'      => '',
    'hostname' => 'localhost',
    'username' => 'coop_acc',
    'password' => '@@secret@@',
    'database' => 'tant_samabay',
    'dbdriver' => 'mysqli',
    'char_set' => 'utf8mb4',
    'dbcollat' => 'utf8mb4_unicode_ci',
);
""", secret=words_pw())

add("python/django-secret-key", "tantshop/settings/production.py",
    "Django docs (SECRET_KEY setting)", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["tantshop.com.bd", "www.tantshop.com.bd"]

SECRET_KEY = "@@secret@@"

DATABASES["default"]["HOST"] = "10.60.0.4"
LANGUAGE_CODE = "bn"
TIME_ZONE = "Asia/Dhaka"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", secret=fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "tantshop/settings/base.py",
    "Django docs (settings from environment variables)", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "tantshop"),
        "USER": os.getenv("DB_USER", "tantshop"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
BKASH = {"APP_KEY": os.getenv("BKASH_APP_KEY"), "APP_SECRET": os.getenv("BKASH_APP_SECRET")}
LANGUAGE_CODE = "bn"
""")

add("ini/database-password", "tools/alembic.ini",
    "Alembic docs (sqlalchemy.url in alembic.ini)", """
[alembic]
script_location = migrations
; ডাই-হাউস রেসিপি স্কিমা
sqlalchemy.url = mysql+pymysql://dyeadmin:@@secret@@@192.168.20.11/dyehouse

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic
""", secret=rand_pw(14, "!_"))

add("ini/decoy-placeholder", "tools/alembic.example.ini",
    "Alembic docs (sqlalchemy.url in alembic.ini)", """
[alembic]
script_location = migrations
; কপি করে alembic.ini বানান, USER/PASSWORD বদলান
sqlalchemy.url = mysql+pymysql://USER:PASSWORD@localhost/dyehouse

[loggers]
keys = root,sqlalchemy,alembic
""")

add("notebook/database-password", "analysis/shade_variation.ipynb",
    "Jupyter nbformat docs; pandas read_sql with a SQLAlchemy URL", json.dumps({
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# রঙের ভিন্নতা বিশ্লেষণ (Delta E) — মার্চ ২০২৪"]},
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
                "import pandas as pd\n",
                "from sqlalchemy import create_engine\n",
                "eng = create_engine('postgresql://analyst:@@secret@@@10.40.2.21/dye_recipes')\n",
                "df = pd.read_sql('select lot, shade, delta_e from qc_readings', eng)"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
                "df.groupby('shade').delta_e.describe()"]},
        ],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "nbformat": 4, "nbformat_minor": 5}, indent=1, ensure_ascii=False), secret=rand_pw(15))

add("notebook/decoy-placeholder", "analysis/loom_efficiency.ipynb",
    "Jupyter nbformat docs; python-dotenv docs", json.dumps({
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# তাঁতের দক্ষতা (picks per minute)"]},
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
                "import os\n", "from dotenv import load_dotenv\n", "load_dotenv()\n",
                "DB_URL = os.environ['LOOM_DB_URL']  # e.g. postgresql://user:password@host/looms\n"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
                {"output_type": "stream", "name": "stdout", "text": ["sha256 of export: @@sha@@\n"]}], "source": [
                "import hashlib\n", "print('sha256 of export:', hashlib.sha256(open('ppm.csv','rb').read()).hexdigest())"]},
        ],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "nbformat": 4, "nbformat_minor": 5}, indent=1, ensure_ascii=False), sha=hexs(64))

add("xml/database-password", "src/main/resources/hibernate.cfg.xml",
    "Hibernate ORM docs (hibernate.cfg.xml connection properties)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<!-- সুতা গুদাম (yarn store) ইনভেন্টরি -->
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">com.mysql.cj.jdbc.Driver</property>
    <property name="hibernate.connection.url">jdbc:mysql://10.10.5.3:3306/yarn_store</property>
    <property name="hibernate.connection.username">yarn_app</property>
    <property name="hibernate.connection.password">@@secret@@</property>
    <property name="hibernate.dialect">org.hibernate.dialect.MySQLDialect</property>
    <mapping class="bd.tant.yarn.Lot"/>
  </session-factory>
</hibernate-configuration>
""", secret=words_pw())

add("csharp/decoy-connection-template", "Tantghor.Erp/Data/ConnectionFactory.cs",
    "Microsoft.Data.SqlClient docs (SqlConnectionStringBuilder)", """
using Microsoft.Data.SqlClient;

namespace Tantghor.Erp.Data;

public static class ConnectionFactory
{
    // পাসওয়ার্ড Azure Key Vault থেকে (secret name: erp-sql-password)
    public static SqlConnection Create(string password)
    {
        var b = new SqlConnectionStringBuilder
        {
            DataSource = "tcp:10.10.4.8,1433",
            InitialCatalog = "TantghorERP",
            UserID = "erp_web",
            Password = password,
            TrustServerCertificate = true,
        };
        return new SqlConnection(b.ConnectionString);
    }
}
""")

add("shell/database-password", "scripts/backup_erp.sh",
    "mysqldump docs (-u user -p<password>)", """
#!/bin/sh
# রাত ২টায় ইআরপি ব্যাকআপ — cron: 0 2 * * *
set -e
STAMP=$(date +%F)
DEST=/mnt/nas/backups/erp
mkdir -p "$DEST"
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction tant_samabay \\
  | gzip > "$DEST/tant_samabay-$STAMP.sql.gz"
find "$DEST" -name '*.sql.gz' -mtime +30 -delete
""", secret=words_pw())

add("powershell/database-password", "scripts/Export-DyeLots.ps1",
    "SqlServer PowerShell module docs (Invoke-Sqlcmd -Username -Password)", """
# প্রতিদিনের ডাই লট এক্সপোর্ট — বায়ার পোর্টালে আপলোড
param([string]$Day = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd'))

$params = @{
    ServerInstance = 'DYEHOUSE-SQL01'
    Database       = 'DyeProduction'
    Username       = 'lot_export'
    Password       = '@@secret@@'
    Query          = "SELECT LotNo, Shade, Batch, Kg, Status FROM dbo.DyeLots WHERE CAST(Finished AS date) = '$Day'"
}
Invoke-Sqlcmd @params | Export-Csv -Path "D:\\Exports\\dyelots_$Day.csv" -NoTypeInformation -Encoding UTF8
""", secret=words_pw())

add("ruby/decoy-env-reference", "config/database.yml",
    "Rails docs (config/database.yml with ERB)", """
# তাঁতঘর বুটিক — ডাটাবেস
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS", 5) %>

production:
  <<: *default
  database: boutique_production
  username: boutique
  password: <%= ENV["BOUTIQUE_DATABASE_PASSWORD"] %>
  host: <%= ENV.fetch("DB_HOST", "localhost") %>
""")

add("typescript/database-password", "src/db/knexfile.ts",
    "Knex.js docs (knexfile connection object)", """
import type { Knex } from "knex";

// জামদানি অর্ডার ট্র্যাকার
const config: { [key: string]: Knex.Config } = {
  production: {
    client: "pg",
    connection: {
      host: "10.60.0.4",
      port: 5432,
      user: "jamdani_app",
      password: "@@secret@@",
      database: "jamdani_orders",
    },
    pool: { min: 2, max: 10 },
    migrations: { tableName: "knex_migrations" },
  },
};

export default config;
""", secret=rand_pw(20))


# --------------------------------------------------------------------------------------------
# Cloud, CI, packaging and infrastructure
# --------------------------------------------------------------------------------------------

add("python/aws-secret-key", "tools/upload_catalogue.py",
    "boto3 docs (boto3.client('s3', aws_access_key_id=..., aws_secret_access_key=...))", """
\"\"\"শাড়ির ক্যাটালগ ছবি S3-এ আপলোড (Tangail photo studio).\"\"\"
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

BUCKET = "tangail-saree-catalogue"

for path in sorted(pathlib.Path("photos/2024-spring").glob("*.jpg")):
    s3.upload_file(str(path), BUCKET, f"2024-spring/{path.name}", ExtraArgs={"ContentType": "image/jpeg"})
    print("uploaded", path.name)
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials",
    "AWS CLI docs (shared credentials file)", """
[default]
region = ap-south-1

# ক্যাটালগ বাকেট — ফটো স্টুডিও ল্যাপটপ
[catalogue-uploader]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[readonly]
role_arn = arn:aws:iam::418273650912:role/catalogue-readonly
source_profile = catalogue-uploader
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/aws-secret-key", ".github/workflows/deploy-shop.yml",
    "GitHub Actions docs; aws-actions/configure-aws-credentials docs", """
name: deploy-shop
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: ap-south-1
      - run: npm ci && npm run build
      # স্ট্যাটিক সাইট S3-এ
      - run: aws s3 sync dist/ s3://tantbazar-web --delete
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secret-reference", ".github/workflows/release.yml",
    "GitHub Actions docs (secrets context); pypa/gh-action-pypi-publish docs", """
name: release
on:
  push:
    tags: ["v*"]

permissions:
  contents: read
  id-token: write

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/checkout@v4
      - run: python -m pip install build && python -m build
      # trusted publishing — টোকেন লাগে না
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: notify
        run: curl -s -X POST "https://api.telegram.org/bot${{ secrets.TG_BOT_TOKEN }}/sendMessage" -d chat_id=${{ vars.TG_CHAT }} -d text="released ${{ github.ref_name }}"
""")

add("ini/pypi-token", ".pypirc",
    "Python Packaging User Guide (.pypirc with __token__)", """
[distutils]
index-servers =
    pypi

# dyecalc প্যাকেজ (রঙের রেসিপি হিসাব) প্রকাশের জন্য
[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("shell/pypi-token", "scripts/publish_dyecalc.sh",
    "twine docs (TWINE_USERNAME=__token__, TWINE_PASSWORD)", """
#!/usr/bin/env bash
# dyecalc রিলিজ — ল্যাব ল্যাপটপ থেকে
set -euo pipefail
rm -rf dist/
python -m build
export TWINE_USERNAME=__token__
export TWINE_PASSWORD=@@secret@@
python -m twine upload dist/*
""", secret=fakes.pypi_token(_seed()))

add("toml/decoy-placeholder", "pyproject.toml",
    "Poetry docs (repositories; credentials via poetry config)", """
[tool.poetry]
name = "dyecalc"
version = "0.9.2"
description = "রঙের রেসিপি হিসাব — recipe and liquor ratio calculator for dye houses"
authors = ["Meghna Dyeing Lab <lab@meghnadyeing.com>"]

[tool.poetry.dependencies]
python = "^3.10"
colormath = "^3.0"

# টোকেন: poetry config pypi-token.pypi <token>  (never commit it)
[[tool.poetry.source]]
name = "internal"
url = "https://pypi.meghnadyeing.com/simple/"
priority = "supplemental"
""")

add("yaml/github-token", "ci/jenkins/casc-credentials.yml",
    "GitHub docs (personal access tokens ghp_)", """
# পুরোনো CI সেটআপ — jenkins থেকে প্রাইভেট রিপো ক্লোন
jenkins:
  credentials:
    - id: github-tantghor
      type: usernamePassword
      username: tantghor-ci
      password: @@secret@@
      description: "classic PAT, repo scope, expires 2025-01"
  jobs:
    - name: erp-build
      repo: https://github.com/tantghor/erp.git
""", secret=fakes.github_token(_seed()))

add("shell/github-token", "scripts/clone_all.sh",
    "Git docs (HTTPS credentials in URL); GitHub fine-grained tokens", """
#!/bin/bash
# নতুন সার্ভারে সব রিপো ক্লোন
TOKEN=@@secret@@
for r in erp labdip-tracker loom-floor recipe-sync; do
  git clone "https://x-access-token:${TOKEN}@github.com/karnaphuli-dyeing/${r}.git" "/srv/src/${r}"
done
""", secret=fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml",
    "GitLab CI docs; GitLab personal access tokens (glpat-)", """
stages: [test, package]

variables:
  PIP_INDEX_URL: https://__token__:@@secret@@@gitlab.com/api/v4/projects/48213907/packages/pypi/simple
  TZ: Asia/Dhaka

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

package:
  stage: package
  image: python:3.12
  script:
    - python -m build
  only: [tags]
""", secret=gitlab_token())

add("terraform/digitalocean-token", "infra/main.tf",
    "Terraform DigitalOcean provider docs (provider \"digitalocean\" { token })", """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.36"
    }
  }
}

# সিঙ্গাপুর রিজিয়নে দোকানের সার্ভার
provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "shop" {
  name   = "tantbazar-web-1"
  region = "sgp1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
  tags   = ["shop", "prod"]
}
""", secret=do_token())

add("terraform/decoy-variable-reference", "infra/variables.tf",
    "Terraform docs (sensitive input variables)", """
variable "do_token" {
  description = "DigitalOcean API token — TF_VAR_do_token থেকে দিন"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Managed Postgres password"
  type        = string
  sensitive   = true
  default     = null
}

variable "region" {
  type    = string
  default = "sgp1"
}
""")

add("terraform/database-password", "infra/rds.tf",
    "Terraform AWS provider docs (aws_db_instance password)", """
resource "aws_db_instance" "erp" {
  identifier              = "tantghor-erp"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  db_name                 = "tantghor_erp"
  username                = "erp_admin"
  password                = "@@secret@@"
  backup_retention_period = 7
  skip_final_snapshot     = false
  # মুম্বাই রিজিয়ন — ঢাকার কাছাকাছি
  availability_zone       = "ap-south-1a"
}
""", secret=rand_pw(24))

add("terraform/decoy-secret-reference", "infra/secrets.tf",
    "Terraform AWS provider docs (aws_secretsmanager_secret_version data source)", """
data "aws_secretsmanager_secret_version" "erp_db" {
  secret_id = "arn:aws:secretsmanager:ap-south-1:418273650912:secret:prod/erp/db-Xk29Qa"
}

locals {
  erp_db = jsondecode(data.aws_secretsmanager_secret_version.erp_db.secret_string)
}

resource "aws_db_instance" "reports" {
  identifier = "tantghor-reports"
  engine     = "postgres"
  username   = local.erp_db["username"]
  password   = local.erp_db["password"]
  instance_class    = "db.t4g.small"
  allocated_storage = 20
}
""")

add("json/gcp-service-account-key", "secrets/loom-dashboard-sa.json",
    "Google Cloud docs (service account key file format)", """
{
  "type": "service_account",
  "project_id": "loom-dashboard-bd",
  "private_key_id": "@@kid@@",
  "private_key": "@@keyjson@@",
  "client_email": "sheets-sync@loom-dashboard-bd.iam.gserviceaccount.com",
  "client_id": "104928374650192837465",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "universe_domain": "googleapis.com"
}
""", secret=(_gk := pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n")),
    kid=hexs(40), keyjson=_gk + "\\n")

add("json/decoy-public-config", "web/src/firebase-config.json",
    "Firebase docs (the web config apiKey is public and identifies the project)", """
{
  "apiKey": "@@key@@",
  "authDomain": "tantbazar-app.firebaseapp.com",
  "projectId": "tantbazar-app",
  "storageBucket": "tantbazar-app.appspot.com",
  "messagingSenderId": "731829046512",
  "appId": "1:731829046512:web:9f2c41d7a8b3e6050c1d2e",
  "measurementId": "G-7QK2M9XZ4L"
}
""", key=google_key())

add("csharp/azure-storage-key", "Jamdani.Media/BlobStore.cs",
    "Azure Storage docs (connection string with AccountKey)", """
using Azure.Storage.Blobs;

namespace Jamdani.Media;

public static class BlobStore
{
    // জামদানি ডিজাইন আর্কাইভ (নকশার স্ক্যান)
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=jamdanidesigns;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static BlobContainerClient Designs() =>
        new BlobServiceClient(ConnectionString).GetBlobContainerClient("motif-scans");
}
""", secret=azure_account_key())

add("ansible/database-password", "ansible/group_vars/dyehouse.yml",
    "Ansible docs (group_vars); community.postgresql docs", """
---
# ডাই-হাউস সার্ভার (Kalurghat)
timezone: Asia/Dhaka
postgres_version: 16
recipe_db_name: dye_recipes
recipe_db_user: recipe_rw
recipe_db_password: "@@secret@@"
ntp_servers:
  - bd.pool.ntp.org
backup_target: /mnt/nas/backups
""", secret=words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/loomfloor/vault.yml",
    "Ansible Vault docs (encrypted file format)", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/mikrotik-admin-password", "ansible/playbooks/router.yml",
    "Ansible community.routeros docs (ansible_network_os, ansible_password)", """
---
# কারখানার মাইক্রোটিক রাউটার — Narsingdi weaving unit
- name: Configure loom floor router
  hosts: mikrotik_narsingdi
  gather_facts: false
  vars:
    ansible_connection: ansible.netcommon.network_cli
    ansible_network_os: community.routeros.routeros
    ansible_user: admin
    ansible_password: "@@secret@@"
  tasks:
    - name: Guest Wi-Fi for buyers' visits
      community.routeros.command:
        commands:
          - /interface wireless security-profiles print
""", secret=words_pw())

add("k8s-secret/database-password", "deploy/k8s/erp-db-secret.yaml",
    "Kubernetes docs (Secret stringData)", """
apiVersion: v1
kind: Secret
metadata:
  name: erp-db
  namespace: tantghor
type: Opaque
stringData:
  DB_HOST: erp-postgres.tantghor.svc
  DB_USER: erp_web
  DB_PASSWORD: "@@secret@@"
""", secret=rand_pw(20, "-_"))

add("k8s-secret/redis-password", "deploy/k8s/redis-auth.yaml",
    "Kubernetes docs (Secret data values are base64); Bitnami Redis chart docs", """
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: loom-floor
  annotations:
    owner: "it@karnaphulidyeing.com"
type: Opaque
data:
  redis-password: @@enc@@
""", secret=(_rp := fakes.redis_password(_seed())), enc=b64(_rp))

add("k8s/decoy-sealed-secret", "deploy/k8s/sealed-bkash.yaml",
    "Bitnami Sealed Secrets docs (SealedSecret encryptedData)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: bkash-merchant
  namespace: weave-shop
spec:
  encryptedData:
    BKASH_APP_SECRET: AgB@@e1@@
    BKASH_PASSWORD: AgC@@e2@@
  template:
    metadata:
      name: bkash-merchant
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("yaml/decoy-sops-encrypted", "deploy/secrets/shop.enc.yaml",
    "SOPS docs (ENC[AES256_GCM,...] values)", """
# sops দিয়ে এনক্রিপ্ট করা
sslcommerz:
  store_id: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  store_passwd: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  kms:
    - arn: arn:aws:kms:ap-south-1:418273650912:key/@@kms@@
  lastmodified: "2024-03-11T06:41:09Z"
  version: 3.8.1
""", d1=b64(rand_pw(15)), iv1=b64(rand_pw(24))[:32], t1=b64(rand_pw(16))[:24], d2=b64(rand_pw(21)),
    iv2=b64(rand_pw(24))[:32], t2=b64(rand_pw(16))[:24], kms=uuid_s())

add("dockerfile/github-token", "build/Dockerfile.erp",
    "Dockerfile reference (ARG, RUN); pip VCS install docs", """
FROM python:3.11-slim AS build
# প্রাইভেট প্যাকেজ tant-common গিটহাব থেকে
ARG GH_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
 && pip install "git+https://${GH_TOKEN}@github.com/tantghor/tant-common.git@v2.3.0"
COPY . .
CMD ["python", "-m", "erp"]
""", secret=fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret", "build/Dockerfile.erp.secure",
    "Docker docs (RUN --mount=type=secret)", """
# syntax=docker/dockerfile:1.7
FROM python:3.11-slim
WORKDIR /src
COPY requirements.txt .
# টোকেন build secret হিসেবে আসে: docker build --secret id=gh,env=GH_TOKEN
RUN --mount=type=secret,id=gh \\
    pip install "git+https://$(cat /run/secrets/gh)@github.com/tantghor/tant-common.git@v2.3.0"
COPY . .
CMD ["python", "-m", "erp"]
""")

add("python/cloudflare-api-token", "ops/dns/update_records.py",
    "Cloudflare API docs (Authorization: Bearer <API token>)", """
import requests

# shop.tantbazar.com.bd এর DNS — আইপি বদলালে চালান
CF_TOKEN = "@@secret@@"
ZONE_ID = "@@zone@@"


def upsert_a(name: str, ip: str) -> None:
    h = {"Authorization": f"Bearer {CF_TOKEN}", "Content-Type": "application/json"}
    base = f"https://api.cloudflare.com/client/v4/zones/{ZONE_ID}/dns_records"
    found = requests.get(base, headers=h, params={"name": name}).json()["result"]
    body = {"type": "A", "name": name, "content": ip, "ttl": 300, "proxied": True}
    if found:
        requests.put(f"{base}/{found[0]['id']}", headers=h, json=body).raise_for_status()
    else:
        requests.post(base, headers=h, json=body).raise_for_status()
""", secret=fakes.drawn(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("yaml/decoy-public-ids", "ops/dns/zones.yml",
    "Cloudflare docs (zone and account ids are identifiers, not credentials)", """
# জোন তালিকা — শুধু আইডি
zones:
  - name: tantbazar.com.bd
    zone_id: @@z1@@
    account_id: @@a1@@
  - name: meghnadyeing.com
    zone_id: @@z2@@
    account_id: @@a1@@
token_source: "1Password: Infra / Cloudflare DNS edit"
""", z1=hexs(32), z2=hexs(32), a1=hexs(32))

add("shell/aws-secret-key", "scripts/restore_catalogue.sh",
    "AWS CLI docs (environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)", """
#!/usr/bin/env bash
# ক্যাটালগ ছবি রিস্টোর — শুধু জরুরি অবস্থায়
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=ap-south-1
aws s3 sync s3://tangail-saree-catalogue/2023-winter/ ./restore/2023-winter/
echo "done: $(ls restore/2023-winter | wc -l) files"
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-example-key", "docs/aws-setup.md",
    "AWS docs (example keys AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)", """
# AWS সেটআপ (ফটো স্টুডিও)

1. IAM Identity Center থেকে লগইন করুন: `aws sso login --profile catalogue`.
2. পুরোনো পদ্ধতি (আর ব্যবহার করবেন না) দেখতে এরকম ছিল:

```ini
[catalogue-uploader]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

3. বাকেট: `tangail-saree-catalogue` (ap-south-1).
""")

add("json/aws-session-token", "ops/aws/last-session.json",
    "AWS STS docs (AssumeRole response Credentials)", """
{
  "Credentials": {
    "AccessKeyId": "ASIA@@kid@@",
    "SecretAccessKey": "@@sak@@",
    "SessionToken": "@@secret@@",
    "Expiration": "2024-03-14T11:22:09+00:00"
  },
  "AssumedRoleUser": {
    "AssumedRoleId": "AROAWZ3K5T7Q2M9XH4PLN:rafiq-laptop",
    "Arn": "arn:aws:sts::418273650912:assumed-role/catalogue-admin/rafiq-laptop"
  }
}
""", secret=fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sak=fakes.aws_secret_key(_seed()))


# --------------------------------------------------------------------------------------------
# Factory floor devices and office IT: CCTV, attendance, routers, lab instruments, FTP, LDAP
# --------------------------------------------------------------------------------------------

add("python/device-admin-password", "loomfloor/cctv/snapshot.py",
    "Hikvision ISAPI docs (HTTP digest auth, /ISAPI/Streaming/channels/<id>/picture)", """
\"\"\"প্রতি ঘণ্টায় তাঁত ফ্লোরের ছবি (Hikvision NVR).\"\"\"
import datetime as dt

import requests
from requests.auth import HTTPDigestAuth

NVR = "http://192.168.1.64"
AUTH = HTTPDigestAuth("admin", "@@secret@@")

for channel in (101, 201, 301, 401):
    r = requests.get(f"{NVR}/ISAPI/Streaming/channels/{channel}/picture", auth=AUTH, timeout=10)
    r.raise_for_status()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    with open(f"/srv/cctv/ch{channel}-{stamp}.jpg", "wb") as f:
        f.write(r.content)
""", secret=words_pw())

add("yaml/device-admin-password", "config/frigate.yml",
    "Frigate NVR docs (cameras ffmpeg inputs with rtsp://user:password@host)", """
# সুতা গুদাম ও ডাইং ফ্লোরের ক্যামেরা
mqtt:
  enabled: false
cameras:
  yarn_store:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@secret@@@192.168.1.71:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  dye_floor:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@secret@@@192.168.1.72:554/Streaming/Channels/101
          roles: [record]
record:
  enabled: true
  retain:
    days: 14
""", secret=rand_pw(12))

add("python/attendance-device-password", "payroll/attendance/pull_zkteco.py",
    "pyzk docs (ZK(ip, port=4370, password=...))", """
\"\"\"ZKTeco হাজিরা মেশিন থেকে তাঁতিদের উপস্থিতি টানা.\"\"\"
from zk import ZK

DEVICES = {"gate-1": "192.168.2.201", "gate-2": "192.168.2.202"}
COMM_KEY = @@secret@@  # device comm key, set in the menu of each terminal


def pull(name: str, ip: str):
    conn = ZK(ip, port=4370, timeout=10, password=COMM_KEY, force_udp=False).connect()
    try:
        conn.disable_device()
        return [(name, a.user_id, a.timestamp) for a in conn.get_attendance()]
    finally:
        conn.enable_device()
        conn.disconnect()
""", secret=str(_rng().randint(10_000_000, 99_999_999)))

add("csv/decoy-device-inventory", "it/inventory/devices.csv",
    "Hikvision and ZKTeco device labels (serials and MAC addresses are identifiers)", """
asset_tag,device,model,serial,mac,ip,location,owner
KD-0101,NVR,DS-7616NI-K2,DS-7616NI-K21620230418CCRRJ71234567WCVU,44:19:b6:3a:7c:01,192.168.1.64,Server room,IT
KD-0102,Camera,DS-2CD1023G0E-I,J71239876,44:19:b6:3a:7c:1e,192.168.1.71,Yarn store,IT
KD-0103,Camera,DS-2CD1023G0E-I,J71239877,44:19:b6:3a:7c:1f,192.168.1.72,Dye floor,IT
KD-0201,Attendance,ZKTeco K40,ACJF203460118,00:17:61:c9:22:0a,192.168.2.201,Gate 1,HR
KD-0202,Attendance,ZKTeco K40,ACJF203460119,00:17:61:c9:22:0b,192.168.2.202,Gate 2,HR
KD-0301,Spectro,Datacolor 800,DC800-41827,,192.168.10.21,QC lab,Lab
KD-0401,Router,MikroTik RB4011,HE108H2K9Q1,08:55:31:a1:b2:c3,192.168.88.1,Server room,IT
""")

add("markdown/device-admin-password", "docs/handover/it-handover-2024-02.md",
    "Internal handover note (MikroTik RouterOS, Hikvision NVR admin)", """
# আইটি হ্যান্ডওভার — ফেব্রুয়ারি ২০২৪ (সাব্বির → নাসরিন)

সাব্বির ভাই চলে যাচ্ছেন, তাই সব এক জায়গায় লিখে রাখলাম।

## নেটওয়ার্ক
- MikroTik RB4011 — `192.168.88.1`, Winbox user `admin`
- Guest Wi-Fi "Tant-Guest" শুধু বায়ার ভিজিটের দিন চালু করবেন।

## সিসিটিভি
- NVR `192.168.1.64` (Hikvision DS-7616NI-K2)
- লগইন: `admin` / `@@secret@@`
- রেকর্ডিং ১৪ দিন থাকে; HDD 4TB x2।

## হাজিরা মেশিন
- ZKTeco K40 x2, সফটওয়্যার ZKBioTime (HR ল্যাপটপে)।

পাসওয়ার্ড বদলানোর পর Bitwarden-এ আপডেট করবেন।
""", secret=words_pw())

add("markdown/decoy-password-policy", "docs/it/password-policy.md",
    "Internal IT policy (rules, no values)", """
# পাসওয়ার্ড নীতিমালা — কারখানার ডিভাইস

- Every NVR, router and attendance terminal gets its own password from Bitwarden's generator
  (20+ characters). Never reuse the factory default `admin` / `12345`.
- শেয়ার করবেন Bitwarden-এর "Factory Devices" কালেকশনে, হোয়াটসঅ্যাপে নয়।
- Rotate every 6 months or when a staff member leaves.
- Example of a *bad* password: `Tangail2024` (সাল আর জায়গার নাম)।
- Rotation log: see `it/rotation-log.csv` (dates and who, no values).
""")

add("shell/ftp-password", "scripts/push_lab_reports.sh",
    "lftp manual (open -u user,password)", """
#!/bin/bash
# ল্যাব রিপোর্ট (PDF) বায়ারের FTP-তে — H&M/Primark sourcing office
set -e
DAY=$(date -d yesterday +%Y%m%d)
lftp -e "set ftp:ssl-force true; mirror -R /srv/lab/reports/$DAY /incoming/meghna/$DAY; bye" \\
  -u meghna_dye,@@secret@@ ftp.sourcing-partner.example.com
""", secret=words_pw())

add("python/sftp-password", "exports/sftp_upload.py",
    "Paramiko docs (Transport.connect(username=, password=), SFTPClient)", """
import paramiko

HOST = "sftp.buyerportal.example.com"
# বায়ারের SFTP — শিপমেন্ট প্যাকিং লিস্ট
transport = paramiko.Transport((HOST, 22))
transport.connect(username="karnaphuli_exports", password="@@secret@@")
sftp = paramiko.SFTPClient.from_transport(transport)
try:
    sftp.put("out/packing_list_PO45821.xlsx", "/inbound/packing_list_PO45821.xlsx")
    sftp.put("out/lab_test_PO45821.pdf", "/inbound/lab_test_PO45821.pdf")
finally:
    sftp.close()
    transport.close()
""", secret=rand_pw(16, "#!"))

add("xml/ftp-password", "tools/FileZilla/sitemanager.xml",
    "FileZilla docs (sitemanager.xml, Pass encoding base64)", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.tantghor.com.bd</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>catalogue</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>ওয়েবসাইট ছবি আপলোড</Name>
    </Server>
  </Servers>
</FileZilla3>
""", secret=(_fp := words_pw()), enc=b64(_fp))

add("python/ldap-bind-password", "intranet/auth/ldap_backend.py",
    "ldap3 docs (Connection(server, user=bind_dn, password=...))", """
from ldap3 import ALL, Connection, Server

# অফিসের Samba AD — ইন্ট্রানেট লগইন
SERVER = Server("ldaps://dc1.tantghor.local", get_info=ALL)
BIND_DN = "CN=svc-intranet,OU=Service,DC=tantghor,DC=local"
BIND_PW = "@@secret@@"


def authenticate(username: str, password: str) -> bool:
    svc = Connection(SERVER, user=BIND_DN, password=BIND_PW, auto_bind=True)
    svc.search("DC=tantghor,DC=local", f"(sAMAccountName={username})", attributes=["distinguishedName"])
    if not svc.entries:
        return False
    dn = svc.entries[0].distinguishedName.value
    return Connection(SERVER, user=dn, password=password).bind()
""", secret=words_pw())

add("yaml/ldap-bind-password", "deploy/gitea/app-ldap.yml",
    "Gitea docs (admin auth add-ldap --bind-dn --bind-password)", """
# গিটি সার্ভারে এডি লগইন
ldap:
  name: tantghor-ad
  security_protocol: ldaps
  host: dc1.tantghor.local
  port: 636
  bind_dn: "CN=svc-gitea,OU=Service,DC=tantghor,DC=local"
  bind_password: "@@secret@@"
  user_search_base: "OU=Staff,DC=tantghor,DC=local"
  user_filter: "(&(objectClass=user)(sAMAccountName=%s))"
  admin_filter: "(memberOf=CN=IT,OU=Groups,DC=tantghor,DC=local)"
""", secret=rand_pw(18))

add("ini/wireguard-private-key", "it/vpn/wg-dhaka-office.conf",
    "WireGuard docs (wg-quick config: PrivateKey, PresharedKey)", """
# ঢাকা শোরুম ↔ টাঙ্গাইল কারখানা
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@secret@@
DNS = 10.99.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = tangail-gw.tantghor.com.bd:51820
AllowedIPs = 10.99.0.0/24, 192.168.0.0/16
PersistentKeepalive = 25
""", secret=b64(rand_pw(32))[:43] + "=", pub=b64(rand_pw(32))[:43] + "=")

add("ini/decoy-public-key", "it/vpn/peers.conf",
    "WireGuard docs (peer public keys are public)", """
# শুধুমাত্র পাবলিক কী — প্রাইভেট কী প্রত্যেক ডিভাইসে আলাদা থাকে
[Peer]
# tangail-gw
PublicKey = @@p1@@
AllowedIPs = 10.99.0.1/32

[Peer]
# sirajganj-unit
PublicKey = @@p2@@
AllowedIPs = 10.99.0.3/32

[Peer]
# narsingdi-unit
PublicKey = @@p3@@
AllowedIPs = 10.99.0.4/32
""", p1=b64(rand_pw(32))[:43] + "=", p2=b64(rand_pw(32))[:43] + "=", p3=b64(rand_pw(32))[:43] + "=")

add("shell/ssh-private-key", "scripts/provision_pi.sh",
    "OpenSSH docs (private key file, -i identity)", """
#!/bin/bash
# রাস্পবেরি পাই (লুম কাউন্টার) প্রভিশন — কী ফাইল লিখে দেয়
mkdir -p ~/.ssh
cat > ~/.ssh/loomcounter_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 ~/.ssh/loomcounter_ed25519
for host in 192.168.3.11 192.168.3.12 192.168.3.13; do
  ssh -i ~/.ssh/loomcounter_ed25519 pi@$host 'sudo systemctl restart loomcounter'
done
""", secret=pem("OPENSSH"))

add("yaml/ssh-private-key", "ansible/host_vars/backup-nas.yml",
    "Ansible docs (ansible_ssh_private_key_file / inline keys in vars)", """
---
# ব্যাকআপ NAS (Synology) — rsync ইউজার
backup_user: rsync-erp
backup_path: /volume1/erp
backup_deploy_key: |
@@key@@
""", secret=(_sk := pem("RSA")), key=indent(_sk, "  "))

add("markdown/decoy-public-key", "docs/it/ssh-access.md",
    "OpenSSH docs (authorized_keys lines are public keys)", """
# এসএসএইচ অ্যাক্সেস

Add your **public** key to `ansible/files/authorized_keys/<name>.pub`, then run the `users` playbook.

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ nasrin@it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ rafiq@photo-studio
```

কখনো `id_ed25519` (প্রাইভেট কী) শেয়ার করবেন না।
Fingerprint check: `ssh-keygen -lf key.pub` → `SHA256:@@fp@@`.
""", k1=alnum(43), k2=alnum(43), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("go/device-admin-password", "cmd/dosing-bridge/main.go",
    "Modbus TCP device docs; net/http Basic auth (SetBasicAuth)", """
package main

import (
\t"log"
\t"net/http"
\t"time"
)

// অটো ডোজিং মেশিনের ওয়েব প্যানেল — রেসিপি আপলোড
const (
\tpanelURL  = "http://192.168.10.40/api/recipe"
\tpanelUser = "engineer"
\tpanelPass = "@@secret@@"
)

func push(body *http.Request) {
\tbody.SetBasicAuth(panelUser, panelPass)
\tc := &http.Client{Timeout: 15 * time.Second}
\tresp, err := c.Do(body)
\tif err != nil {
\t\tlog.Printf("push failed: %v", err)
\t\treturn
\t}
\tresp.Body.Close()
}

func main() {}
""", secret=words_pw())

add("log/device-admin-password", "logs/dosing-bridge-2024-03-12.log",
    "Application log (HTTP request with Basic credentials logged)", """
2024-03-12 07:58:02 INFO  dosing-bridge starting, panel=192.168.10.40
2024-03-12 07:58:02 INFO  loaded 214 recipes from dye_recipes
2024-03-12 08:04:17 DEBUG POST http://192.168.10.40/api/recipe lot=KD-24-0311-07 shade=INDIGO-D3
2024-03-12 08:04:17 DEBUG headers={'Authorization': 'Basic @@secret@@', 'Content-Type': 'application/json'}
2024-03-12 08:04:18 INFO  panel accepted recipe lot=KD-24-0311-07 (201)
2024-03-12 08:19:40 WARN  panel slow: 4.8s for lot=KD-24-0311-08
2024-03-12 08:19:41 INFO  panel accepted recipe lot=KD-24-0311-08 (201)
""", secret=b64("engineer:" + words_pw()))

add("log/decoy-redacted", "logs/checkout-2024-03-14.log",
    "Application log (payment gateway calls with masked credentials)", """
2024-03-14T10:02:11+06:00 INFO  checkout order=TSH-10588 gateway=bkash amount=4200.00
2024-03-14T10:02:11+06:00 DEBUG bkash grant token app_key=k7m2****************q9xa app_secret=[REDACTED]
2024-03-14T10:02:12+06:00 INFO  bkash paymentID=TR0011ON1710389531456 status=Initiated
2024-03-14T10:03:40+06:00 INFO  bkash execute trxID=BCE4K9PZ2Q status=Completed
2024-03-14T10:05:02+06:00 INFO  checkout order=TSH-10589 gateway=sslcommerz amount=15800.00
2024-03-14T10:05:02+06:00 DEBUG sslcz store_id=tant6******** store_passwd=******** val_id=2403141005021Hx9kQ2bLr8mNz
2024-03-14T10:06:19+06:00 INFO  sslcz VALID bank_tran_id=24031410061907JqYpL card=VISA-Dutch Bangla
""")

add("csv/decoy-lab-readings", "qc/spectro/readings_2024-03-12.csv",
    "Datacolor Tools export (CIELAB readings, lot ids, instrument serials)", """
lot,shade_code,instrument,illuminant,L,a,b,dE_cmc,pass,sample_hash
KD-24-0311-07,INDIGO-D3,DC800-41827,D65,28.41,1.02,-21.37,0.62,Y,@@h1@@
KD-24-0311-08,MADDER-R2,DC800-41827,D65,41.18,38.77,19.04,0.91,Y,@@h2@@
KD-24-0311-09,TURMERIC-Y1,DC800-41827,D65,78.90,4.11,71.65,1.34,N,@@h3@@
KD-24-0311-10,KHAKI-K4,DC800-41827,TL84,55.02,2.48,18.96,0.48,Y,@@h4@@
KD-24-0311-11,BOTTLE-G7,DC800-41827,D65,33.70,-19.88,4.12,0.77,Y,@@h5@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40), h5=hexs(40))

add("powershell/ftp-password", "scripts/Send-PackingList.ps1",
    "WinSCP .NET assembly docs (SessionOptions Password)", """
# প্যাকিং লিস্ট বায়ারের SFTP-তে পাঠানো
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$opts = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "sftp.buyerportal.example.com"
    UserName = "jamuna_dye"
    Password = "@@secret@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 @@fp@@"
}
$session = New-Object WinSCP.Session
try {
    $session.Open($opts)
    $session.PutFiles("D:\\Shipments\\*.xlsx", "/inbound/").Check()
} finally {
    $session.Dispose()
}
""", secret=words_pw(), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("powershell/decoy-credential-prompt", "scripts/Reset-NvrPassword.ps1",
    "PowerShell docs (Get-Credential, SecureString)", """
# NVR-এর অ্যাডমিন পাসওয়ার্ড বদলানো — পাসওয়ার্ড চালানোর সময় জিজ্ঞেস করা হয়
param([string]$Nvr = "192.168.1.64")

$cred = Get-Credential -UserName admin -Message "Current NVR password"
$new = Read-Host -AsSecureString "New password"
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto(
    [Runtime.InteropServices.Marshal]::SecureStringToBSTR($new))
$body = "<User><id>1</id><userName>admin</userName><password>$plain</password></User>"
Invoke-RestMethod -Uri "http://$Nvr/ISAPI/Security/users/1" -Method Put -Body $body -Credential $cred
""")

add("swift/decoy-placeholder", "TantBazar/Config/Secrets.example.swift",
    "Swift app config (example file, values injected by CI)", """
// Secrets.swift বানাতে এই ফাইল কপি করুন; CI এটা xcconfig থেকে লিখে দেয়
enum Secrets {
    static let pathaoClientSecret = "<PATHAO_CLIENT_SECRET>"
    static let mapsApiKey = "<GOOGLE_MAPS_IOS_KEY>"
    static let sentryDsn = ""
}
""")

add("swift/bkash-app-secret", "TantBazar/Payments/BkashConfig.swift",
    "bKash Tokenized Checkout API docs (app_key, app_secret)", """
import Foundation

// বিকাশ পেমেন্ট — iOS অ্যাপ (সরাসরি API, সার্ভার ছাড়া — TODO সরাতে হবে)
struct BkashConfig {
    static let baseURL = URL(string: "https://tokenized.pay.bka.sh/v1.2.0-beta/tokenized/checkout")!
    static let appKey = "@@appkey@@"
    static let appSecret = "@@secret@@"
    static let username = "01819447215"
}
""", secret=alnum(50), appkey=lower_alnum(26))

add("plist/decoy-client-id", "TantBazar/GoogleService-Info.plist",
    "Firebase iOS docs (GoogleService-Info.plist values are app identifiers)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CLIENT_ID</key>
  <string>731829046512-@@cid@@.apps.googleusercontent.com</string>
  <key>API_KEY</key>
  <string>@@key@@</string>
  <key>GCM_SENDER_ID</key>
  <string>731829046512</string>
  <key>BUNDLE_ID</key>
  <string>bd.tantbazar.app</string>
  <key>PROJECT_ID</key>
  <string>tantbazar-app</string>
  <key>GOOGLE_APP_ID</key>
  <string>1:731829046512:ios:4c8e2a91d0b7f3a6</string>
</dict>
</plist>
""", cid=lower_alnum(32), key=google_key())

add("plist/pathao-client-secret", "TantBazar/Config/Courier.plist",
    "Pathao Courier Merchant API docs (client_id, client_secret)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PathaoBaseURL</key>
  <string>https://api-hermes.pathao.com</string>
  <key>PathaoClientID</key>
  <string>2641</string>
  <key>PathaoClientSecret</key>
  <string>@@secret@@</string>
  <key>StoreID</key>
  <integer>48120</integer>
</dict>
</plist>
""", secret=alnum(40))

add("kotlin/pathao-password", "app/src/main/java/bd/tantbazar/courier/PathaoAuth.kt",
    "Pathao Courier Merchant API docs (issue-token password grant)", """
package bd.tantbazar.courier

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// পাঠাও মার্চেন্ট লগইন — স্টোর ম্যানেজারের অ্যাকাউন্ট
object PathaoAuth {
    private const val USERNAME = "store@tantbazar.com.bd"
    private const val PASSWORD = "@@secret@@"

    fun issueToken(client: OkHttpClient, clientId: String, clientSecret: String): String {
        val json = \"\"\"{"client_id":"$clientId","client_secret":"$clientSecret","grant_type":"password","username":"$USERNAME","password":"$PASSWORD"}\"\"\"
        val req = Request.Builder()
            .url("https://api-hermes.pathao.com/aladdin/api/v1/issue-token")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        return client.newCall(req).execute().use { it.body!!.string() }
    }
}
""", secret=words_pw())

add("properties/decoy-placeholder", "android/local.properties.example",
    "Android docs (local.properties, not committed)", """
# নমুনা — local.properties বানিয়ে আসল মান দিন (গিটে দেবেন না)
sdk.dir=/Users/you/Library/Android/sdk
PATHAO_CLIENT_SECRET=replace-me
MAPS_API_KEY=replace-me
BKASH_APP_KEY=replace-me
""")

add("properties/signing-password", "android/keystore.properties",
    "Android docs (signing config: storePassword, keyPassword)", """
# প্লে স্টোর রিলিজ সাইনিং
storeFile=../keys/tantbazar-release.jks
storePassword=@@secret@@
keyAlias=tantbazar
keyPassword=@@secret@@
""", secret=words_pw())


# --------------------------------------------------------------------------------------------
# Marketplaces, storefronts, chat and AI helpers
# --------------------------------------------------------------------------------------------

add("python/shopify-access-token", "sync/shopify_inventory.py",
    "Shopify Admin API docs (X-Shopify-Access-Token header, shpat_ tokens)", """
\"\"\"গুদামের স্টক Shopify স্টোরে সিঙ্ক (export store for diaspora buyers).\"\"\"
import requests

SHOP = "nakshi-kantha-house.myshopify.com"
TOKEN = "@@secret@@"
API = f"https://{SHOP}/admin/api/2024-01"


def set_level(inventory_item_id: int, location_id: int, qty: int) -> None:
    requests.post(
        f"{API}/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": TOKEN},
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty},
        timeout=20,
    ).raise_for_status()
""", secret=shopify_token())

add("php/woocommerce-consumer-secret", "scripts/woo_sync.php",
    "WooCommerce REST API docs (consumer key ck_ and consumer secret cs_)", """
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

// উইভশপ — ওয়ার্ডপ্রেস স্টোরে দাম আপডেট
$woo = new Client(
    'https://weaveshop.com.bd',
    'ck_@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

foreach (json_decode(file_get_contents('prices.json'), true) as $sku => $price) {
    $found = $woo->get('products', ['sku' => $sku]);
    if ($found) {
        $woo->put('products/' . $found[0]->id, ['regular_price' => (string) $price]);
    }
}
""", secret="cs_" + hexs(40), ck=hexs(40))

add("python/daraz-app-secret", "marketplaces/daraz/client.py",
    "Daraz Open Platform (Lazop) SDK docs (LazopClient(url, app_key, app_secret))", """
from lazop import LazopClient, LazopRequest

# দারাজ সেলার সেন্টার — Rajshahi Silk Corner
URL = "https://api.daraz.com.bd/rest"
APP_KEY = "501284"
APP_SECRET = "@@secret@@"

client = LazopClient(URL, APP_KEY, APP_SECRET)


def orders_since(access_token: str, since: str):
    req = LazopRequest("/orders/get", "GET")
    req.add_api_param("created_after", since)
    req.add_api_param("status", "pending")
    return client.execute(req, access_token).body
""", secret=alnum(32))

add("json/decoy-oauth-response", "marketplaces/daraz/tests/fixtures/token_expired.json",
    "Daraz Open Platform docs (auth/token/refresh error response)", """
{
  "code": "IllegalRefreshToken",
  "type": "ISP",
  "message": "refresh token expired, ask the seller to authorise the app again",
  "request_id": "0b1c5a7d17103845209871234e",
  "access_token": "",
  "refresh_token": "",
  "country": "bd",
  "account": "seller-fixture@example.com"
}
""")

add("javascript/slack-webhook", "scripts/notify-dispatch.js",
    "Slack docs (incoming webhooks https://hooks.slack.com/services/T.../B.../...)", """
// প্রতিদিনের ডিসপ্যাচ সারাংশ — #dispatch চ্যানেলে
const https = require("https");

const WEBHOOK = "@@secret@@";

function post(text) {
  const req = https.request(WEBHOOK, { method: "POST", headers: { "Content-Type": "application/json" } });
  req.end(JSON.stringify({ text }));
}

const summary = require("./out/dispatch-summary.json");
post(`আজ পাঠানো হয়েছে ${summary.parcels} টি পার্সেল (${summary.pathao} Pathao, ${summary.steadfast} Steadfast)`);
""", secret=slack_webhook())

add("python/openai-api-key", "tools/motif_describer.py",
    "OpenAI Python library docs (OpenAI(api_key=...))", """
\"\"\"জামদানি মোটিফের ছবি থেকে ইংরেজি বিবরণ (ক্যাটালগের জন্য).\"\"\"
import base64
import sys

from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

img = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": [
        {"type": "text", "text": "Describe this Jamdani motif for a product page in 40 words."},
        {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{img}"}},
    ]}],
)
print(resp.choices[0].message.content)
""", secret=fakes.openai_key(_seed()))

add("env/google-maps-server-key", "courier-bridge/.env.local",
    "Google Maps Platform docs (server-side Distance Matrix API key)", """
# দূরত্ব হিসাব করে ডেলিভারি চার্জ — সার্ভার সাইড কী (IP restricted নয়!)
GOOGLE_MAPS_SERVER_KEY=@@secret@@
DEFAULT_ORIGIN="Tangail Sadar, Tangail"
INSIDE_DHAKA_CHARGE=70
OUTSIDE_DHAKA_CHARGE=130
""", secret=google_key())

add("html/decoy-site-key", "web/templates/contact.html",
    "Google reCAPTCHA docs (site key is embedded in the page)", """
<!doctype html>
<html lang="bn">
<head>
  <meta charset="utf-8">
  <title>যোগাযোগ — তাঁতঘর</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/contact" method="post">
    <input name="name" placeholder="আপনার নাম">
    <input name="phone" placeholder="মোবাইল নম্বর">
    <textarea name="message" placeholder="কোন শাড়ি খুঁজছেন?"></textarea>
    <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
    <button type="submit">পাঠান</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

_rc = "6Lc" + fakes.drawn(_seed(), 37, ALNUM + "_-")
add("python/recaptcha-secret-key", "web/contact/views.py",
    "Google reCAPTCHA docs (siteverify with the secret key)", """
import requests
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect

RECAPTCHA_SECRET = "@@secret@@"


def contact(request):
    token = request.POST.get("g-recaptcha-response", "")
    check = requests.post("https://www.google.com/recaptcha/api/siteverify",
                          data={"secret": RECAPTCHA_SECRET, "response": token}, timeout=10).json()
    if not check.get("success"):
        return HttpResponseBadRequest("রিক্যাপচা যাচাই ব্যর্থ")
    # TODO: save message, notify showroom
    return redirect("/contact/thanks")
""", secret=_rc)

add("ruby/facebook-page-token", "lib/tasks/facebook_catalog.rake",
    "Meta Graph API docs (page access token, product catalog batch)", """
# ফেসবুক শপের ক্যাটালগ আপডেট — প্রতিদিন রাতে
require "net/http"
require "json"

PAGE_TOKEN = "@@secret@@"
CATALOG_ID = "784512093318276"

namespace :facebook do
  task sync_catalog: :environment do
    requests = Product.in_stock.map do |p|
      { method: "UPDATE", retailer_id: p.sku, data: { price: "#{p.price_bdt * 100} BDT", availability: "in stock" } }
    end
    uri = URI("https://graph.facebook.com/v19.0/#{CATALOG_ID}/batch")
    Net::HTTP.post_form(uri, access_token: PAGE_TOKEN, requests: requests.to_json)
  end
end
""", secret=meta_token())

add("yaml/decoy-public-ids", "config/analytics.yml",
    "Google Analytics and Meta Pixel docs (measurement and pixel ids are public)", """
# ওয়েবসাইট অ্যানালিটিক্স — সব আইডি পাবলিক, পেজে দেখা যায়
google_analytics:
  measurement_id: G-7QK2M9XZ4L
  debug_mode: false
meta_pixel:
  pixel_id: "918273645501928"
tiktok_pixel:
  pixel_code: C7M2Q4R8T1V3X5Z9B0DF
hotjar:
  site_id: 3829104
""")

_sntry = "sntryu_" + hexs(64)
add("ini/sentry-auth-token", ".sentryclirc",
    "Sentry CLI docs (.sentryclirc [auth] token, user auth tokens sntryu_)", """
[defaults]
url = https://sentry.io/
org = tantghor
project = tantbazar-android

; সোর্স ম্যাপ আপলোডের জন্য
[auth]
token = @@secret@@
""", secret=_sntry)

add("javascript/decoy-sentry-dsn", "web/src/sentry.client.config.js",
    "Sentry docs (the DSN's public key is safe to ship in client code)", """
import * as Sentry from "@sentry/nextjs";

// ব্রাউজারের ত্রুটি রিপোর্ট — DSN পাবলিক
Sentry.init({
  dsn: "https://@@pk@@@o4506829.ingest.sentry.io/4506829301",
  tracesSampleRate: 0.1,
  environment: process.env.NEXT_PUBLIC_ENV ?? "production",
});
""", pk=hexs(32))

add("rust/openai-api-key", "src/bin/translate_labels.rs",
    "async-openai / reqwest docs (Authorization: Bearer header)", """
//! পণ্যের লেবেল বাংলা থেকে ইংরেজিতে অনুবাদ
use reqwest::blocking::Client;
use serde_json::json;

const OPENAI_KEY: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let label = std::env::args().nth(1).unwrap_or_else(|| "হাতে বোনা টাঙ্গাইল তাঁতের শাড়ি".into());
    let body = json!({
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": format!("Translate to English: {label}")}]
    });
    let resp = Client::new()
        .post("https://api.openai.com/v1/chat/completions")
        .bearer_auth(OPENAI_KEY)
        .json(&body)
        .send()?
        .text()?;
    println!("{resp}");
    Ok(())
}
""", secret=fakes.openai_key(_seed(), "svcacct"))

add("markdown/decoy-example-token", "docs/integrations/telegram-bot.md",
    "Telegram Bot API docs (token format example)", """
# টেলিগ্রাম বট সেটআপ

1. @BotFather-এ `/newbot` দিন, নাম দিন `KalurghatDyeAlertsBot`.
2. BotFather একটা টোকেন দেবে, দেখতে এরকম: `123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ` — **এটা উদাহরণ**।
3. টোকেন রাখুন Vault-এ: `vault kv put secret/alerts/telegram token=<the token>`.
4. `ops/alerts/dyehouse-alerts.yml`-এ `bot_token: ${TELEGRAM_BOT_TOKEN}` রাখুন।
5. গ্রুপের chat id বের করতে: `curl https://api.telegram.org/bot<TOKEN>/getUpdates`.
""")

add("go/telegram-bot-token", "internal/alerts/telegram.go",
    "Telegram Bot API docs (https://api.telegram.org/bot<token>/sendMessage)", """
package alerts

import (
\t"net/http"
\t"net/url"
)

// বয়লার চাপ বেশি হলে সতর্কবার্তা
var sendURL = "https://api.telegram.org/bot@@secret@@/sendMessage"

const chatID = "-1001827364510"

func Notify(text string) error {
\tresp, err := http.PostForm(sendURL, url.Values{"chat_id": {chatID}, "text": {text}})
\tif err != nil {
\t\treturn err
\t}
\treturn resp.Body.Close()
}
""", secret=fakes.telegram_token(_seed()))

add("csharp/decoy-hash", "Tantghor.Erp/Security/ApiKeyHasher.cs",
    "ASP.NET Core docs (storing hashed API keys, SHA-256)", """
using System.Security.Cryptography;
using System.Text;

namespace Tantghor.Erp.Security;

// শোরুম ট্যাবলেটের API কী — ডাটাবেসে শুধু হ্যাশ থাকে
public static class ApiKeyHasher
{
    public const string ShowroomDhanmondiHash = "@@h1@@";
    public const string ShowroomTangailHash = "@@h2@@";

    public static string Hash(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
}
""", h1=hexs(64), h2=hexs(64))

add("yaml/slack-bot-token", "ops/chatops/hubot.yml",
    "Slack docs (bot tokens xoxb-)", """
# চ্যাটঅপস বট — #loom-floor চ্যানেলে উৎপাদন রিপোর্ট
bot:
  name: tantbot
  adapter: slack
  slack:
    token: @@secret@@
    channels: ["#loom-floor", "#dispatch"]
  schedule:
    - cron: "0 18 * * 6-4"
      command: "production today"
""", secret=f"xoxb-{_rng().randint(10**10, 10**11)}-{_rng().randint(10**12, 10**13)}-" + alnum(24))

add("csv/decoy-product-catalogue", "catalogue/products_2024_spring.csv",
    "Shopify product CSV export (handles, SKUs, barcodes)", """
Handle,Title,Variant SKU,Variant Barcode,Variant Price,Image Src
tangail-tant-red-border,টাঙ্গাইল তাঁত — লাল পাড়,TT-RB-0412,8941100412087,3450,https://cdn.shopify.com/s/files/1/0612/8834/products/tt-rb-0412.jpg
jamdani-half-silk-indigo,জামদানি হাফ সিল্ক — নীল,JD-HS-0731,8941100731201,12800,https://cdn.shopify.com/s/files/1/0612/8834/products/jd-hs-0731.jpg
nakshi-kantha-single,নকশী কাঁথা — সিঙ্গেল,NK-SG-0118,8941100118522,5600,https://cdn.shopify.com/s/files/1/0612/8834/products/nk-sg-0118.jpg
gamcha-check-green,গামছা — সবুজ চেক,GM-CG-0020,8941100020146,350,https://cdn.shopify.com/s/files/1/0612/8834/products/gm-cg-0020.jpg
rajshahi-silk-madder,রাজশাহী সিল্ক — মঞ্জিষ্ঠা,RS-MD-0904,8941100904319,15800,https://cdn.shopify.com/s/files/1/0612/8834/products/rs-md-0904.jpg
""")

add("sql/decoy-uuid-and-ids", "db/seed/010_dye_recipes.sql",
    "PostgreSQL docs (uuid columns); dye recipe seed data", """
-- প্রাকৃতিক রঙের রেসিপি (নীল, মঞ্জিষ্ঠা, হলুদ)
INSERT INTO recipe (id, code, name_bn, liquor_ratio, mordant, checksum) VALUES
  ('@@u1@@', 'INDIGO-D3', 'গাঢ় নীল', '1:20', 'lime + fructose vat', '@@c1@@'),
  ('@@u2@@', 'MADDER-R2', 'মঞ্জিষ্ঠা লাল', '1:30', 'alum 15%', '@@c2@@'),
  ('@@u3@@', 'TURMERIC-Y1', 'হলুদ', '1:25', 'alum 10%', '@@c3@@');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), c1=hexs(64), c2=hexs(64), c3=hexs(64))


# --------------------------------------------------------------------------------------------
# ERP, payroll, package registries and build tooling
# --------------------------------------------------------------------------------------------

add("python/erpnext-api-secret", "integrations/erpnext_sync.py",
    "Frappe/ERPNext REST API docs (Authorization: token api_key:api_secret)", """
\"\"\"উৎপাদন ফ্লোর থেকে ERPNext-এ Work Order আপডেট.\"\"\"
import requests

ERP = "https://erp.sonalitant.com.bd"
API_KEY = "@@key@@"
API_SECRET = "@@secret@@"
HEADERS = {"Authorization": f"token {API_KEY}:{API_SECRET}", "Accept": "application/json"}


def complete(work_order: str, qty_yards: float) -> None:
    r = requests.post(f"{ERP}/api/method/erpnext.manufacturing.doctype.work_order.work_order.make_stock_entry",
                      headers=HEADERS, json={"work_order_id": work_order, "purpose": "Manufacture", "qty": qty_yards})
    r.raise_for_status()
""", secret=lower_alnum(15), key=lower_alnum(15))

add("xml/tally-password", "integrations/tally/export-vouchers.xml",
    "Tally.ERP 9 / TallyPrime XML integration docs (ENVELOPE, SVCURRENTCOMPANY, remote login)", """
<ENVELOPE>
  <HEADER>
    <VERSION>1</VERSION>
    <TALLYREQUEST>Export</TALLYREQUEST>
    <TYPE>Data</TYPE>
    <ID>Day Book</ID>
  </HEADER>
  <BODY>
    <DESC>
      <STATICVARIABLES>
        <SVCURRENTCOMPANY>Sonali Tant Weaving Ltd</SVCURRENTCOMPANY>
        <SVEXPORTFORMAT>$$SysName:XML</SVEXPORTFORMAT>
        <SVUSERNAME>accounts.sync</SVUSERNAME>
        <SVPASSWORD>@@secret@@</SVPASSWORD>
      </STATICVARIABLES>
    </DESC>
  </BODY>
</ENVELOPE>
""", secret=words_pw())

_npm = fakes.fake("npm_", 36, _seed())
add("ini/npm-token", "web/.npmrc",
    "npm docs (.npmrc _authToken for a registry)", """
; তাঁতবাজার ওয়েব — প্রাইভেট ui-kit প্যাকেজ
registry=https://registry.npmjs.org/
@tantghor:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
engine-strict=true
save-exact=true
""", secret=_npm)

add("ini/decoy-env-reference", "web/.npmrc.ci",
    "npm docs (.npmrc with ${NPM_TOKEN} expansion)", """
; সিআই-তে টোকেন environment থেকে আসে
registry=https://registry.npmjs.org/
@tantghor:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
""")

_comp = words_pw()
add("json/composer-auth-password", "erp/auth.json",
    "Composer docs (auth.json http-basic)", """
{
  "http-basic": {
    "satis.tantghor.local": {
      "username": "erp-deploy",
      "password": "@@secret@@"
    }
  },
  "github-oauth": {}
}
""", secret=_comp)

add("xml/maven-repository-password", "ci/maven/settings.xml",
    "Apache Maven docs (settings.xml servers/server/password)", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- নেক্সাস — জাভা ইআরপি মডিউল -->
  <servers>
    <server>
      <id>tantghor-releases</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
    <server>
      <id>tantghor-snapshots</id>
      <username>deployer</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", secret=rand_pw(20))

add("xml/decoy-env-reference", "ci/maven/settings.ci.xml",
    "Apache Maven docs (settings.xml with ${env.VAR})", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- সব পাসওয়ার্ড CI environment থেকে -->
  <servers>
    <server>
      <id>tantghor-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("xml/nuget-password", "Tantghor.Erp/nuget.config",
    "NuGet docs (packageSourceCredentials ClearTextPassword)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="tantghor" value="https://nexus.tantghor.local/repository/nuget-hosted/index.json" />
  </packageSources>
  <!-- টিম সিটির বিল্ড এজেন্টের জন্য -->
  <packageSourceCredentials>
    <tantghor>
      <add key="Username" value="build-agent" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </tantghor>
  </packageSourceCredentials>
</configuration>
""", secret=words_pw())

add("ini/pip-index-password", "deploy/pip.conf",
    "pip docs (pip.conf index-url with credentials)", """
[global]
; ল্যাব সার্ভারের প্রাইভেট ইনডেক্স (dyecalc, tant-common)
index-url = https://lab:@@secret@@@pypi.meghnadyeing.com/simple/
extra-index-url = https://pypi.org/simple/
timeout = 60
""", secret=rand_pw(16))

add("json/docker-registry-auth", "deploy/docker/config.json",
    "Docker docs (config.json auths with base64 user:password)", """
{
  "auths": {
    "registry.tantghor.com.bd": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": ""
}
""", secret=b64("deploy:" + words_pw()))

add("json/decoy-credential-helper", "deploy/docker/config.ci.json",
    "Docker docs (credential helpers instead of stored auths)", """
{
  "credHelpers": {
    "418273650912.dkr.ecr.ap-south-1.amazonaws.com": "ecr-login",
    "ghcr.io": "pass"
  },
  "auths": {},
  "detachKeys": "ctrl-e,e"
}
""")

add("shell/netrc-password", "scripts/setup_build_agent.sh",
    "GNU inetutils docs (.netrc machine/login/password)", """
#!/bin/bash
# নতুন বিল্ড এজেন্ট — গিটি ও নেক্সাসের লগইন লিখে দেয়
set -e
cat > "$HOME/.netrc" <<'EOF'
machine git.tantghor.local login build-agent password @@secret@@
machine nexus.tantghor.local login build-agent password @@secret@@
EOF
chmod 600 "$HOME/.netrc"
git config --global credential.helper store
echo "agent ready"
""", secret=rand_pw(22))

add("python/payroll-api-key", "payroll/disburse_bkash.py",
    "bKash Disbursement (B2C payout) API docs (app_key, app_secret, X-APP-Key)", """
\"\"\"সাপ্তাহিক তাঁতি মজুরি বিকাশে পাঠানো (B2C payout).\"\"\"
import csv

import requests

PAYOUT_BASE = "https://tokenized.pay.bka.sh/v1.2.0-beta/tokenized/b2c"
X_APP_KEY = "@@appkey@@"
APP_SECRET = "@@secret@@"


def pay_all(token: str, sheet: str) -> None:
    h = {"Authorization": token, "X-APP-Key": X_APP_KEY}
    with open(sheet, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            requests.post(f"{PAYOUT_BASE}/payout", headers=h, json={
                "amount": row["amount"], "currency": "BDT", "receiverMSISDN": row["msisdn"],
                "merchantInvoiceNumber": f"WAGE-{row['weaver_id']}",
            }, timeout=30).raise_for_status()
""", secret=alnum(50), appkey=lower_alnum(26))

add("csv/decoy-payroll-export", "payroll/exports/wages_2024-w11.csv",
    "bKash B2C bulk payout template (masked MSISDNs and transaction ids)", """
weaver_id,name,loom_no,yards,rate_bdt,amount_bdt,msisdn,trx_id
W-0112,রহিমা খাতুন,11,42.5,55,2337.50,0171****482,BCF7Q2LM4Z
W-0118,মো. করিম,12,38.0,55,2090.00,0181****901,BCF7Q2LM5A
W-0125,শাহানা বেগম,14,45.0,60,2700.00,0191****117,BCF7Q2LM5C
W-0131,আব্দুল হালিম,15,40.5,55,2227.50,0161****350,BCF7Q2LM5F
W-0140,নাজমা আক্তার,17,36.0,60,2160.00,0171****776,BCF7Q2LM5K
""")

add("yaml/decoy-regex-rules", ".gitleaks-extra.yml",
    "gitleaks docs (custom rules with regexes)", """
# আমাদের নিজস্ব নিয়ম — বাংলাদেশি গেটওয়ের কী খোঁজার জন্য
rules:
  - id: sslcommerz-store-passwd
    description: SSLCommerz store password
    regex: '''store_passw(or)?d['"]?\\s*[:=]\\s*['"]?[a-z0-9]{10,24}@ssl'''
  - id: bkash-app-secret
    description: bKash app secret
    regex: '''(?i)bkash[_-]?app[_-]?secret['"]?\\s*[:=]\\s*['"]?[A-Za-z0-9]{40,60}'''
    keywords: [bkash]
allowlist:
  paths: ['''\\.env\\.example$''', '''sslcommerz-config\\.sample\\.php$''']
""")

add("python/decoy-test-fixture", "tests/payments/test_sslcommerz.py",
    "pytest docs; SSLCommerz sandbox (test credentials for local tests)", """
import pytest

from shop.payments.sslcommerz import SslCommerz


@pytest.fixture
def gateway():
    # টেস্ট ডাবল — কোনো সার্ভারে যায় না
    return SslCommerz(store_id="teststore001", store_passwd="test-password-not-real", sandbox=True)


def test_session_payload(gateway):
    payload = gateway.session_payload(order_id="TSH-TEST-1", amount="100.00")
    assert payload["store_id"] == "teststore001"
    assert payload["currency"] == "BDT"


def test_rejects_live_url_in_sandbox(gateway):
    with pytest.raises(ValueError):
        gateway.validate("https://securepay.sslcommerz.com/validator/api/validationserverAPI.php")
""")

add("makefile/database-password", "Makefile",
    "GNU Make manual (variables passed to recipes)", """
# ডাই-হাউস রেসিপি সার্ভিস
PG_URL ?= postgresql://recipe_rw:@@secret@@@10.40.2.21:5432/dye_recipes

.PHONY: migrate seed test

migrate:
\talembic -x url=$(PG_URL) upgrade head

seed:
\tpsql "$(PG_URL)" -f db/seed/010_dye_recipes.sql

test:
\tpytest -q
""", secret=rand_pw(18, "-_"))

add("shell/decoy-htpasswd-hash", "deploy/nginx/create_labdip_user.sh",
    "Apache htpasswd docs (bcrypt hashes $2y$)", """
#!/bin/sh
# ল্যাব ডিপ পোর্টালের বায়ার লগইন — nginx basic auth
# পাসওয়ার্ড চালানোর সময় টাইপ করতে হয় (-B bcrypt)
htpasswd -B /etc/nginx/htpasswd.labdip "$1"
# existing entries look like:
# hm_sourcing:@@h1@@
# primark_qa:@@h2@@
nginx -t && systemctl reload nginx
""", h1=bcrypt_hash().replace("$2b$", "$2y$"), h2=bcrypt_hash().replace("$2b$", "$2y$"))

add("ini/systemd-env-password", "deploy/systemd/recipe-sync.service",
    "systemd.exec docs (Environment= in unit files)", """
[Unit]
Description=Recipe sync (Datacolor -> production floor)
After=network-online.target

[Service]
User=recipe
WorkingDirectory=/opt/recipe-sync
Environment=SOURCE_DSN=mssql://dc_reader:@@secret@@@192.168.10.5/DatacolorTools
Environment=TZ=Asia/Dhaka
ExecStart=/opt/recipe-sync/bin/recipe-sync --every 15m
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", secret=words_pw())

add("ini/decoy-env-file-reference", "deploy/systemd/loom-counter.service",
    "systemd.exec docs (EnvironmentFile=, LoadCredential=)", """
[Unit]
Description=Loom pick counter collector
After=network-online.target

[Service]
User=loom
EnvironmentFile=/etc/loom-counter/env
LoadCredential=db_password:/etc/credstore/loom-db-password
ExecStart=/opt/loom-counter/bin/collector --db-password-file ${CREDENTIALS_DIRECTORY}/db_password
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("shell/crontab-password", "deploy/cron/erp.crontab",
    "crontab(5) man page; curl docs (-u user:password)", """
# m h dom mon dow command
# ইআরপি থেকে দৈনিক বিক্রয় রিপোর্ট মালিককে ইমেইল
30 21 * * * curl -s -u reports:@@secret@@ https://erp.sonalitant.com.bd/api/method/daily_sales_pdf -o /tmp/sales.pdf && mail -a /tmp/sales.pdf -s "Daily sales" owner@sonalitant.com.bd < /dev/null
0 2 * * * /opt/scripts/backup_erp.sh >> /var/log/backup_erp.log 2>&1
# প্রতি ঘণ্টায় হাজিরা মেশিন থেকে ডেটা টানা
15 * * * * /opt/payroll/venv/bin/python -m payroll.attendance.pull_zkteco >> /var/log/attendance.log 2>&1
""", secret=rand_pw(14))

add("yaml/helm-values-password", "deploy/helm/labdip/values-prod.yaml",
    "Bitnami PostgreSQL Helm chart docs (auth.password)", """
# ল্যাব ডিপ ট্র্যাকার — প্রোডাকশন
image:
  repository: registry.tantghor.com.bd/labdip
  tag: "2.4.1"
ingress:
  enabled: true
  hostname: labdip.meghnadyeing.com
postgresql:
  enabled: true
  auth:
    username: labdip
    password: "@@secret@@"
    database: labdip
resources:
  limits:
    memory: 512Mi
""", secret=rand_pw(20))

add("yaml/decoy-existing-secret", "deploy/helm/labdip/values-staging.yaml",
    "Bitnami PostgreSQL Helm chart docs (auth.existingSecret)", """
# স্টেজিং — পাসওয়ার্ড আগে থেকে থাকা k8s Secret-এ
image:
  repository: registry.tantghor.com.bd/labdip
  tag: "2.5.0-rc1"
postgresql:
  enabled: true
  auth:
    username: labdip
    existingSecret: labdip-db
    secretKeys:
      userPasswordKey: password
    database: labdip
""")


# --------------------------------------------------------------------------------------------
# Notes, onboarding docs and the odd corners of the workshops' repositories
# --------------------------------------------------------------------------------------------

add("markdown/steadfast-secret-key", "docs/onboarding/dispatch-desk.md",
    "Steadfast Courier API docs (Api-Key, Secret-Key)", """
# ডিসপ্যাচ ডেস্ক — নতুনদের জন্য

প্রতিদিন বিকেল ৪টার আগে পার্সেল বুক করতে হবে।

## কুরিয়ার অ্যাকাউন্ট

| কুরিয়ার | পোর্টাল | API |
|---------|---------|-----|
| Pathao | merchant.pathao.com (store: Tantbazar) | client id 2641 |
| Steadfast | portal.packzy.com | Api-Key `@@apikey@@` / Secret-Key `@@secret@@` |
| RedX | redx.com.bd | token in `courier-bridge/.env` |

## COD টাকা মেলানো
প্রতি রবিবার Steadfast থেকে পেমেন্ট আসে; `reports/cod_reconcile.xlsx` আপডেট করুন।
""", secret=lower_alnum(24), apikey=lower_alnum(32))

add("java/database-password", "src/main/java/bd/tant/yarn/YarnStockDao.java",
    "JDBC docs (DriverManager.getConnection(url, user, password))", """
package bd.tant.yarn;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

// সুতার স্টক (কাউন্ট অনুযায়ী: 40s, 60s, 80s, 100s)
public class YarnStockDao {
    private static final String URL = "jdbc:mysql://10.10.5.3:3306/yarn_store?useSSL=true";

    public double kgInStock(String count) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "yarn_app", "@@secret@@");
             PreparedStatement ps = c.prepareStatement("SELECT SUM(kg) FROM lots WHERE yarn_count = ?")) {
            ps.setString(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : 0.0;
            }
        }
    }
}
""", secret=words_pw())

add("kotlin/paperfly-password", "courier/src/main/kotlin/bd/tantbazar/courier/PaperflyClient.kt",
    "Paperfly merchant API docs (Basic auth plus paperflykey header)", """
package bd.tantbazar.courier

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

// পেপারফ্লাই — ঢাকার বাইরের জেলা
class PaperflyClient(private val http: OkHttpClient = OkHttpClient()) {
    private val auth = Credentials.basic("tantbazar", "@@secret@@")

    fun track(orderRef: String): String {
        val req = Request.Builder()
            .url("https://api.paperfly.com.bd/API-Order-Tracking?ReferenceNumber=$orderRef")
            .header("Authorization", auth)
            .header("paperflykey", BuildConfig.PAPERFLY_KEY)
            .build()
        return http.newCall(req).execute().use { it.body!!.string() }
    }
}
""", secret=words_pw())

add("typescript/stripe-secret-key", "server/billing/stripe.ts",
    "Stripe Node library docs (new Stripe(secretKey))", """
import Stripe from "stripe";

// রপ্তানি অর্ডারের কার্ড পেমেন্ট — কী দুই ভাগে (পুরোনো হ্যাক, বদলাতে হবে)
const KEY =
  "@@p1@@" +
  "@@p2@@";

export const stripe = new Stripe(KEY, { apiVersion: "2024-06-20" });

export async function refund(paymentIntent: string, amountUsdCents: number) {
  return stripe.refunds.create({ payment_intent: paymentIntent, amount: amountUsdCents });
}
""", secret=(_sk2 := stripe_key()), p1=_sk2[:14], p2=_sk2[14:])

add("python/redis-password", "loomfloor/cache.py",
    "redis-py docs (redis.Redis(host, port, password))", """
import redis

# তাঁতের পিক কাউন্ট ক্যাশ — পাসওয়ার্ড দুই টুকরো করে লেখা (grep এড়াতে নয়, লাইনের দৈর্ঘ্যের জন্য)
_PW = "".join((
    "@@p1@@",
    "@@p2@@",
))

r = redis.Redis(host="10.50.0.7", port=6379, db=3, password=_PW, decode_responses=True)


def bump(loom: int, picks: int) -> int:
    return r.incrby(f"picks:{loom}", picks)
""", secret=(_rp2 := rand_pw(24)), p1=_rp2[:12], p2=_rp2[12:])

add("sql/smtp-password", "db/migrations/0012_mail_settings.sql",
    "Application settings table (SMTP credentials stored in plain text)", """
-- মেইল সেটিংস ডাটাবেসে সরানো হলো (অ্যাডমিন প্যানেল থেকে বদলানো যাবে)
CREATE TABLE IF NOT EXISTS app_setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO app_setting (key, value) VALUES
  ('smtp.host', 'smtp.gmail.com'),
  ('smtp.port', '587'),
  ('smtp.user', 'orders@jamunadyeing.com'),
  ('smtp.password', '@@secret@@'),
  ('smtp.from', 'Jamuna Dyeing <orders@jamunadyeing.com>');
""", secret=gmail_app_pw())

add("csv/courier-account-password", "admin/accounts/courier_logins.csv",
    "Shared spreadsheet export (merchant portal logins)", """
courier,portal,username,password,owner,updated
Pathao,merchant.pathao.com,store@tantbazar.com.bd,(see Bitwarden),Nasrin,2024-02-20
Steadfast,portal.packzy.com,01711554902,@@secret@@,Habib,2024-01-11
RedX,redx.com.bd,01819447215,(see Bitwarden),Nasrin,2024-02-20
Paperfly,merchant.paperfly.com.bd,tantbazar,(see Bitwarden),Habib,2023-12-05
eCourier,ecourier.com.bd,tantbazar-ec,(disabled),Habib,2023-09-30
""", secret=words_pw())

add("log/database-password", "logs/recipe-api-error-2024-03-09.log",
    "Python traceback in an application log (SQLAlchemy OperationalError with the URL)", """
2024-03-09 06:12:44,118 ERROR recipe_api.app: startup failed
Traceback (most recent call last):
  File "/opt/recipe-api/recipe_api/db.py", line 14, in connect
    engine.connect()
  File "/opt/recipe-api/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 3268, in connect
    return self._connection_cls(self)
sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: could not connect to server
(Background on this error at: https://sqlalche.me/e/20/e3q8)
2024-03-09 06:12:44,119 ERROR recipe_api.app: DATABASE_URL=postgresql+psycopg://recipe_api:@@secret@@@10.40.2.21:5432/dye_recipes
2024-03-09 06:12:49,503 INFO  recipe_api.app: retrying in 5s
""", secret=rand_pw(18))

add("github-actions/docker-registry-password", ".github/workflows/build-image.yml",
    "GitHub Actions docs; docker/login-action docs (username, password)", """
name: build-image
on:
  push:
    branches: [main]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.tantghor.com.bd
          username: ci-push
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: registry.tantghor.com.bd/labdip:${{ github.sha }}
""", secret=rand_pw(24))

add("powershell/nas-password", "scripts/Map-DesignArchive.ps1",
    "PowerShell docs (ConvertTo-SecureString -AsPlainText, New-PSDrive -Credential)", """
# ডিজাইন আর্কাইভ (জামদানি নকশা) ড্রাইভ ম্যাপ — ডিজাইন রুমের পিসিগুলোতে
$user = "TANTGHOR\\design-share"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name "J" -PSProvider FileSystem -Root "\\\\nas01\\jamdani-designs" -Credential $cred -Persist
Write-Host "J: ড্রাইভ ম্যাপ হয়েছে"
""", secret=words_pw())

add("ruby/ssh-password", "config/deploy/production.rb",
    "Capistrano docs (server ... ssh_options password)", """
# বুটিক সাইট ডিপ্লয় — পুরোনো ভিপিএস
server "103.112.54.18", user: "deploy", roles: %w[app db web]

set :ssh_options, {
  user: "deploy",
  auth_methods: %w[password],
  password: "@@secret@@",
  port: 2222
}
set :branch, "main"
set :rails_env, "production"
""", secret=words_pw())

add("properties/nexus-password", "gradle.properties",
    "Gradle docs (gradle.properties project properties for repository credentials)", """
# তাঁতবাজার অ্যান্ড্রয়েড
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
tantghorNexusUser=android-ci
tantghorNexusPassword=@@secret@@
""", secret=rand_pw(20))

add("env/nagad-private-key", "payments-svc/.env.production",
    "Nagad merchant API integration guide (merchant private key, PKCS#8 base64)", """
# নগদ — প্রোডাকশন
NAGAD_BASE_URL=https://api.mynagad.com/api/dfs
NAGAD_MERCHANT_ID=683002007104225
NAGAD_MERCHANT_NUMBER=01711554902
NAGAD_PG_PUBLIC_KEY=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@pub@@IDAQAB
NAGAD_MERCHANT_PRIVATE_KEY=@@secret@@
NAGAD_CALLBACK_URL=https://shop.rangpurhandloom.com.bd/payments/nagad/callback
""", secret="MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + fakes.drawn(_seed(), 1560, ALNUM + "+/") + "==",
    pub=alnum(300))

add("xml/database-password", "Tantghor.Web/Web.config",
    "ASP.NET docs (Web.config connectionStrings)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- পুরোনো শোরুম পিওএস (ASP.NET 4.8) -->
  <connectionStrings>
    <add name="PosDb" providerName="System.Data.SqlClient"
         connectionString="Data Source=SHOWROOM-SQL;Initial Catalog=ShowroomPOS;User ID=pos_web;Password=@@secret@@;" />
  </connectionStrings>
  <appSettings>
    <add key="ShowroomCode" value="DHN-01" />
    <add key="Currency" value="BDT" />
  </appSettings>
</configuration>
""", secret=words_pw())

add("dockerfile/database-password", "services/labdip/Dockerfile",
    "Dockerfile reference (ENV); libpq docs (PGPASSWORD)", """
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
# ল্যাব ডিপ ট্র্যাকার
ENV NODE_ENV=production \\
    PGHOST=10.60.0.4 \\
    PGUSER=labdip \\
    PGPASSWORD=@@secret@@ \\
    PGDATABASE=labdip
EXPOSE 3000
CMD ["node", "server.js"]
""", secret=rand_pw(18))

add("compose/minio-root-password", "deploy/catalogue/docker-compose.yml",
    "MinIO docs (MINIO_ROOT_USER / MINIO_ROOT_PASSWORD)", """
# ক্যাটালগ ছবির লোকাল স্টোরেজ (ফটো স্টুডিও)
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-03-10T02-53-48Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: studio-admin
      MINIO_ROOT_PASSWORD: @@secret@@
    ports:
      - "9000:9000"
      - "9001:9001"
    volumes:
      - /srv/catalogue:/data
""", secret=rand_pw(24))

add("k8s-secret/telegram-bot-token", "deploy/k8s/alerts-secret.yaml",
    "Kubernetes docs (Secret data values are base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: dyehouse-alerts
  namespace: monitoring
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @@enc@@
  TELEGRAM_CHAT_ID: @@chat@@
""", secret=(_tt := fakes.telegram_token(_seed())), enc=b64(_tt), chat=b64("-1001827364510"))

add("json/sftp-password", ".vscode/sftp.json",
    "SFTP VS Code extension docs (sftp.json host, username, password)", """
{
  "name": "tantbazar-vps",
  "host": "103.112.54.18",
  "protocol": "sftp",
  "port": 2222,
  "username": "deploy",
  "password": "@@secret@@",
  "remotePath": "/var/www/tantbazar",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
""", secret=words_pw())

add("markdown/redis-password", "docs/runbooks/loom-cache.md",
    "redis-cli docs (-a password)", """
# লুম ক্যাশ রানবুক

ক্যাশ পুরোনো দেখালে (ড্যাশবোর্ডে লুমের স্ট্যাটাস আটকে থাকলে):

```bash
ssh ops@10.50.0.7
redis-cli -h 127.0.0.1 -a '@@secret@@' --no-auth-warning keys 'loom:*:status' | head
redis-cli -h 127.0.0.1 -a '@@secret@@' --no-auth-warning del loom:12:status
```

তারপর `systemctl restart loom-counter` দিন। সমস্যা থাকলে নাসরিনকে জানান।
""", secret=fakes.redis_password(_seed()))

add("terraform/cloudflare-api-token", "infra/dns/main.tf",
    "Terraform Cloudflare provider docs (provider api_token)", """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.26"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

# দোকানের ডোমেইন
resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  value   = "103.112.54.18"
  type    = "A"
  proxied = true
}
""", secret=fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("python/mqtt-password", "loomfloor/sensors/publisher.py",
    "Eclipse Paho MQTT Python docs (username_pw_set)", """
\"\"\"তাঁতের পিক সেন্সর -> MQTT (প্রতি ১০ সেকেন্ডে).\"\"\"
import json
import time

import paho.mqtt.client as mqtt

from loomfloor.sensors.gpio import read_picks

client = mqtt.Client(client_id="loom-11")
client.username_pw_set("loomsensor", "@@secret@@")
client.connect("192.168.3.5", 1883, keepalive=60)
client.loop_start()

while True:
    client.publish("tangail/looms/11/picks", json.dumps({"picks": read_picks(), "ts": time.time()}), qos=1)
    time.sleep(10)
""", secret=rand_pw(16))

add("go/smtp-password", "internal/mail/send.go",
    "Go net/smtp docs (smtp.PlainAuth(identity, username, password, host))", """
package mail

import "net/smtp"

// শিপমেন্ট নোটিশ ইমেইল
var auth = smtp.PlainAuth("", "dispatch@tantbazar.com.bd", "@@secret@@", "smtp.gmail.com")

func Send(to, subject, body string) error {
\tmsg := []byte("To: " + to + "\\r\\nSubject: " + subject + "\\r\\n\\r\\n" + body)
\treturn smtp.SendMail("smtp.gmail.com:587", auth, "dispatch@tantbazar.com.bd", []string{to}, msg)
}
""", secret=gmail_app_pw())

add("php/sms-api-token", "config/services.php",
    "Laravel docs (config/services.php); Green Web BD SMS API docs (token)", """
<?php

return [
    // এসএমএস — অর্ডার কনফার্মেশন
    'greenweb' => [
        'endpoint' => 'https://api.greenweb.com.bd/api.php',
        'token' => '@@secret@@',
    ],
    'pathao' => [
        'client_id' => env('PATHAO_CLIENT_ID'),
        'client_secret' => env('PATHAO_CLIENT_SECRET'),
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
];
""", secret=hexs(32) + lower_alnum(8))

add("github-actions/sendgrid-api-key", ".github/workflows/weekly-report.yml",
    "GitHub Actions docs (env); SendGrid API key (SG.)", """
name: weekly-report
on:
  schedule:
    - cron: "0 3 * * 0"   # রবিবার সকাল ৯টা (ঢাকা)
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      SENDGRID_API_KEY: @@secret@@
      REPORT_TO: owner@sonalitant.com.bd
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r reports/requirements.txt
      - run: python -m reports.weekly --send
""", secret=sendgrid_key())


# --------------------------------------------------------------------------------------------
# More decoys: what looks like a secret in these repositories and is not
# --------------------------------------------------------------------------------------------

add("markdown/decoy-dye-codes", "docs/lab/shade-codes.md",
    "Pantone TCX / Datacolor shade codes (colour identifiers, not credentials)", """
# শেড কোড তালিকা (ল্যাব)

| আমাদের কোড | বায়ার কোড | Pantone TCX | Hex | নোট |
|-----------|-----------|-------------|-----|-----|
| INDIGO-D3 | HM-0412-NAVY | 19-4024 TCX | #1F2A44 | প্রাকৃতিক নীল, ৩ ডিপ |
| MADDER-R2 | PK-7781-RUST | 18-1444 TCX | #A0452E | মঞ্জিষ্ঠা + ফিটকিরি |
| TURMERIC-Y1 | HM-0733-OCHRE | 15-1046 TCX | #D69A2D | আলো-সহনশীলতা কম |
| KHAKI-K4 | PK-2210-SAND | 16-1010 TCX | #B7A88A | রিঅ্যাকটিভ |

Lab dip reference format: `LD-<buyer>-<yymmdd>-<seq>`, e.g. `LD-HM-240311-07`.
Datacolor batch GUIDs look like `{@@guid@@}` — they are record ids.
""", guid=uuid_s().upper())

add("json/decoy-integrity-hashes", "web/package-lock.json",
    "npm docs (package-lock.json integrity is a Subresource Integrity hash)", """
{
  "name": "tantbazar-web",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {"name": "tantbazar-web", "version": "3.2.0", "dependencies": {"@stripe/stripe-js": "^3.0.7"}},
    "node_modules/@stripe/stripe-js": {
      "version": "3.0.7",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.0.7.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/axios": {
      "version": "1.6.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("github-actions/decoy-secret-reference", ".github/workflows/deploy-labdip.yml",
    "GitHub Actions docs (secrets context); appleboy/ssh-action docs", """
name: deploy-labdip
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: docker/login-action@v3
        with:
          registry: registry.tantghor.com.bd
          username: ${{ vars.REGISTRY_USER }}
          password: ${{ secrets.REGISTRY_PASSWORD }}
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: ${{ secrets.LABDIP_HOST }}
          username: deploy
          key: ${{ secrets.LABDIP_SSH_KEY }}
          script: cd /opt/labdip && docker compose pull && docker compose up -d
""")

add("python/decoy-colour-constants", "dyehouse/recipes/palette.py",
    "CIELAB / sRGB colour constants (no credentials)", """
\"\"\"রঙের প্যালেট — ল্যাব রেফারেন্স.\"\"\"
PALETTE = {
    "INDIGO-D3": {"hex": "#1F2A44", "lab": (28.41, 1.02, -21.37), "recipe_id": "@@u1@@"},
    "MADDER-R2": {"hex": "#A0452E", "lab": (41.18, 38.77, 19.04), "recipe_id": "@@u2@@"},
    "TURMERIC-Y1": {"hex": "#D69A2D", "lab": (78.90, 4.11, 71.65), "recipe_id": "@@u3@@"},
}
# CxF export fingerprint of the reference set (sha1), to detect edits
REFERENCE_SET_SHA1 = "@@sha@@"
DELTA_E_TOLERANCE = 1.0
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), sha=hexs(40))

add("go/decoy-go-sum", "go.sum",
    "Go modules reference (go.sum lines hold module hashes)", """
github.com/eclipse/paho.mqtt.golang v1.4.3 h1:@@h1@@=
github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod h1:@@h2@@=
github.com/gorilla/websocket v1.5.0 h1:@@h3@@=
github.com/gorilla/websocket v1.5.0/go.mod h1:@@h4@@=
go.mongodb.org/mongo-driver v1.14.0 h1:@@h5@@=
go.mongodb.org/mongo-driver v1.14.0/go.mod h1:@@h6@@=
""", h1=fakes.drawn(_seed(), 43, ALNUM + "+/"), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    h3=fakes.drawn(_seed(), 43, ALNUM + "+/"), h4=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    h5=fakes.drawn(_seed(), 43, ALNUM + "+/"), h6=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("toml/decoy-lock-checksums", "Cargo.lock",
    "Cargo docs (Cargo.lock checksum of each crate)", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "redis"
version = "0.25.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "reqwest"
version = "0.12.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=hexs(64), c2=hexs(64))

add("env/decoy-test-values", "tangail-shop/.env.test",
    "Test environment file (dummy values for the test suite)", """
# টেস্ট — এখানে কোনো আসল মান নেই
APP_ENV=test
DATABASE_URL=postgresql://test:test@localhost:5432/tangail_test
BKASH_BASE_URL=http://localhost:9090/mock-bkash
BKASH_APP_KEY=test-app-key
BKASH_APP_SECRET=test-app-secret
SSLCZ_STORE_ID=testbox
SSLCZ_STORE_PASSWORD=dummy
MAIL_DSN=smtp://localhost:1025
""")

add("java/decoy-value-placeholders", "src/main/java/bd/tantghor/payments/BkashProperties.java",
    "Spring Framework docs (@Value with ${...} placeholders)", """
package bd.tantghor.payments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

// বিকাশ কনফিগ — মান আসে environment / Vault থেকে
@Component
public class BkashProperties {
    @Value("${bkash.app-key}")
    private String appKey;

    @Value("${bkash.app-secret}")
    private String appSecret;

    @Value("${bkash.password:}")
    private String password;

    public String appKey() { return appKey; }
    public String appSecret() { return appSecret; }
    public String password() { return password; }
}
""")

add("kotlin/decoy-keystore-alias", "app/src/main/java/bd/tantbazar/security/TokenStore.kt",
    "Android Keystore docs (keys referenced by alias)", """
package bd.tantbazar.security

import android.content.Context
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey

// লগইন টোকেন এনক্রিপ্ট করে রাখা — কী থাকে Android Keystore-এ
class TokenStore(context: Context) {
    private val masterKey = MasterKey.Builder(context, "tantbazar_master_key")
        .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
        .build()

    private val prefs = EncryptedSharedPreferences.create(
        context, "secure_prefs", masterKey,
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
    )

    fun save(token: String) = prefs.edit().putString("session_token", token).apply()
    fun load(): String? = prefs.getString("session_token", null)
}
""")

add("xml/decoy-encrypted-config", "Tantghor.Web/Web.Release.config",
    "ASP.NET docs (protected configuration, RsaProtectedConfigurationProvider CipherValue)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- aspnet_regiis -pef দিয়ে এনক্রিপ্ট করা -->
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <CipherData><CipherValue>@@c1@@</CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue>@@c2@@</CipherValue></CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", c1=b64(rand_pw(190)), c2=b64(rand_pw(240)))

add("log/decoy-deploy-shas", "logs/deploy-2024-03-15.log",
    "Deployment log (git commit SHAs and image digests)", """
[2024-03-15 11:02:07] deploy labdip requested by nasrin (ডিপ্লয় শুরু)
[2024-03-15 11:02:08] git fetch origin main -> @@c1@@
[2024-03-15 11:02:31] image registry.tantghor.com.bd/labdip@sha256:@@d1@@
[2024-03-15 11:02:44] migrations: 0 pending
[2024-03-15 11:02:59] health check ok (200) in 1.4s
[2024-03-15 11:03:00] previous release @@c2@@ kept for rollback
""", c1=hexs(40), d1=hexs(64), c2=hexs(40))

add("csv/decoy-lot-traceability", "qc/traceability/lots_2024-03.csv",
    "GS1 barcodes and lot traceability export (identifiers only)", """
lot,yarn_lot,gtin,sscc,certificate,cert_hash
KD-24-0311-07,YL-60S-2402-118,08941100412087,389411000000412875,GOTS-CU1093847,@@h1@@
KD-24-0311-08,YL-80S-2402-121,08941100731201,389411000000731209,GOTS-CU1093847,@@h2@@
KD-24-0311-09,YL-40S-2402-097,08941100118522,389411000000118521,OEKO-TEX 23.HBD.41821,@@h3@@
KD-24-0311-10,YL-60S-2403-004,08941100020146,389411000000020145,OEKO-TEX 23.HBD.41821,@@h4@@
KD-24-0311-11,YL-100S-2403-011,08941100904319,389411000000904318,GOTS-CU1093847,@@h5@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("sql/decoy-token-fingerprints", "db/migrations/0015_api_tokens.sql",
    "Storing API tokens as hashes with a visible prefix (GitHub-style token storage)", """
-- শোরুম ট্যাবলেটের টোকেন — শুধু হ্যাশ আর শেষ ৪ অক্ষর রাখা হয়
CREATE TABLE api_token (
    id          uuid PRIMARY KEY,
    showroom    text NOT NULL,
    token_hash  char(64) NOT NULL,
    last4       char(4) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO api_token (id, showroom, token_hash, last4) VALUES
  ('@@u1@@', 'DHN-01', '@@h1@@', 'q7Lk'),
  ('@@u2@@', 'TGL-01', '@@h2@@', 'Z2mP');
""", u1=uuid_s(), h1=hexs(64), u2=uuid_s(), h2=hexs(64))

add("markdown/decoy-changelog", "CHANGELOG.md",
    "Keep a Changelog format (release notes, no values)", """
# Changelog

## [2.4.1] — 2024-03-15
### Security
- bKash app secret and merchant password rotated after the contractor left (মান Vault-এ)।
- SSLCommerz store password moved out of `sslcommerz-config.php` into the environment.
- Removed the hard-coded SMTP password from `config/mailer.yml` (see #212).

### Fixed
- লট নম্বরে বাংলা সংখ্যা (০-৯) থাকলে রিপোর্ট ভেঙে যেত।
- Nagad callback signature check used the wrong public key file path.

## [2.4.0] — 2024-02-28
### Added
- Steadfast courier booking from the dispatch screen.
""")

add("shell/decoy-generated-password", "scripts/new_db_user.sh",
    "OpenSSL docs (openssl rand -base64); PostgreSQL psql docs", """
#!/usr/bin/env bash
# নতুন ডাটাবেস ইউজার — পাসওয়ার্ড তৈরি করে Vault-এ রাখে, কোথাও লেখে না
set -euo pipefail
user="$1"
pw="$(openssl rand -base64 24 | tr -d '/+=')"
psql -v ON_ERROR_STOP=1 -c "CREATE ROLE ${user} LOGIN PASSWORD '${pw}';"
vault kv put "secret/db/${user}" password="${pw}"
unset pw
echo "created ${user}; password stored in Vault at secret/db/${user}"
""")

add("yaml/decoy-openapi-example", "api/openapi.yml",
    "OpenAPI 3 spec (securitySchemes, example values)", """
openapi: 3.0.3
info:
  title: Tantbazar Orders API
  version: 1.3.0
  description: শোরুম ও অনলাইন অর্ডার
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  schemas:
    Login:
      type: object
      properties:
        username: {type: string, example: "showroom.dhanmondi"}
        password: {type: string, format: password, example: "********"}
security:
  - bearerAuth: []
paths:
  /orders:
    get:
      summary: List orders
      parameters:
        - in: header
          name: Authorization
          schema: {type: string, example: "Bearer <access-token>"}
""")

add("json/decoy-jwks-public", "web/public/.well-known/jwks.json",
    "RFC 7517 JSON Web Key Set (public keys: n and e)", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "tantbazar-2024-03",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("terraform/decoy-random-password", "infra/redis.tf",
    "Terraform random provider docs (random_password)", """
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "digitalocean_database_cluster" "cache" {
  name       = "loom-cache"
  engine     = "redis"
  version    = "7"
  size       = "db-s-1vcpu-1gb"
  region     = "sgp1"
  node_count = 1
}

output "redis_password" {
  value     = random_password.redis.result
  sensitive = true
}
""")

add("ansible/decoy-vault-lookup", "ansible/roles/odoo/defaults/main.yml",
    "Ansible docs (community.hashi_vault.hashi_vault lookup)", """
---
# ওডু রোল — গোপন মান Vault থেকে
odoo_version: "16.0"
odoo_db_host: 10.20.0.15
odoo_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/odoo/db:password') }}"
odoo_smtp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/odoo/smtp:password') }}"
odoo_admin_passwd: "{{ vault_odoo_admin_passwd }}"
odoo_workers: 4
""")

add("k8s/decoy-configmap", "deploy/k8s/labdip-config.yaml",
    "Kubernetes docs (ConfigMap for non-secret configuration)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: labdip-config
  namespace: labdip
data:
  TZ: Asia/Dhaka
  BUYERS: "HM,PRIMARK,INDITEX"
  DELTA_E_LIMIT: "1.0"
  SPECTRO_SERIAL: DC800-41827
  S3_BUCKET: meghna-labdip-reports
  SENTRY_ENVIRONMENT: production
  FEATURE_FLAGS: "bn_reports=on,cxf_export=on"
""")

add("dockerfile/decoy-image-digests", "services/loom-counter/Dockerfile",
    "Docker docs (pinning images by digest)", """
# লুম কাউন্টার কালেক্টর — ইমেজ ডাইজেস্ট দিয়ে পিন করা
FROM python:3.12-slim@sha256:@@d1@@ AS base
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt
COPY . .
USER 1000
CMD ["python", "-m", "collector"]
""", d1=hexs(64))

add("python/decoy-nagad-signature-check", "payments/nagad_verify.py",
    "Nagad merchant API docs (verify the callback signature with the PG public key)", """
import base64

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.serialization import load_pem_public_key

# নগদের পাবলিক কী ফাইল থেকে; প্রাইভেট কী এই সার্ভিসে নেই
with open("/etc/nagad/pg_public.pem", "rb") as f:
    PG_PUBLIC_KEY = load_pem_public_key(f.read())


def verify(sensitive_data_b64: str, signature_b64: str) -> bool:
    try:
        PG_PUBLIC_KEY.verify(base64.b64decode(signature_b64), base64.b64decode(sensitive_data_b64),
                             padding.PKCS1v15(), hashes.SHA256())
        return True
    except Exception:
        return False
""")

add("typescript/decoy-i18n-strings", "src/i18n/bn.ts",
    "i18n message catalogue (UI labels that mention passwords and keys)", """
// বাংলা অনুবাদ
export const bn = {
  login: {
    title: "লগইন",
    username: "ইউজারনেম",
    password: "পাসওয়ার্ড",
    forgot: "পাসওয়ার্ড ভুলে গেছেন?",
    otpSent: "আপনার মোবাইলে ৬ সংখ্যার কোড পাঠানো হয়েছে",
  },
  checkout: {
    bkash: "বিকাশে পেমেন্ট",
    nagad: "নগদে পেমেন্ট",
    card: "কার্ড (SSLCommerz)",
    apiKeyMissing: "পেমেন্ট কী সেট করা নেই — অ্যাডমিনকে জানান",
  },
} as const;
""")

add("ruby/decoy-test-fixture", "spec/factories/users.rb",
    "FactoryBot docs (factories with test passwords)", """
# টেস্ট ইউজার — শুধু স্পেকের জন্য
FactoryBot.define do
  factory :user do
    sequence(:email) { |n| "weaver#{n}@example.test" }
    name { "রহিমা খাতুন" }
    password { "password123" }
    password_confirmation { "password123" }

    trait :admin do
      role { :admin }
    end
  end
end
""")

add("ini/decoy-passenv", "tox.ini",
    "tox docs (passenv forwards variable names, not values)", """
[tox]
envlist = py311, py312, lint

[testenv]
deps = -r requirements-dev.txt
; গোপন মান CI থেকে আসে, এখানে শুধু নাম
passenv =
    RECIPE_DB_URL
    BKASH_APP_SECRET
    SSLCZ_STORE_PASSWORD
commands = pytest -q {posargs}

[testenv:lint]
deps = ruff
commands = ruff check .
""")

add("markdown/decoy-placeholder", "README.md",
    "bKash and Nagad developer docs (setup with placeholders)", """
# Tantbazar — তাঁতের শাড়ির অনলাইন দোকান

Handloom sarees, gamchas and nakshi kantha from Tangail, Sirajganj and Jamalpur weavers.

## চালু করা

```bash
cp .env.example .env
# .env-এ বসান:
#   BKASH_APP_KEY=<from the bKash merchant portal>
#   BKASH_APP_SECRET=<from the bKash merchant portal>
#   NAGAD_MERCHANT_PRIVATE_KEY=<PKCS#8, one line>
docker compose up -d
python manage.py migrate
```

Payment sandbox docs: https://developer.bka.sh and the Nagad merchant integration guide.
""")

add("php/decoy-env-reference", "config/payment.php",
    "Laravel docs (env() helper in config files)", """
<?php

// পেমেন্ট কনফিগ — সব মান .env থেকে
return [
    'bkash' => [
        'sandbox' => env('BKASH_SANDBOX', true),
        'app_key' => env('BKASH_APP_KEY'),
        'app_secret' => env('BKASH_APP_SECRET'),
        'username' => env('BKASH_USERNAME'),
        'password' => env('BKASH_PASSWORD'),
    ],
    'sslcommerz' => [
        'store_id' => env('SSLCZ_STORE_ID'),
        'store_password' => env('SSLCZ_STORE_PASSWORD'),
    ],
];
""")
