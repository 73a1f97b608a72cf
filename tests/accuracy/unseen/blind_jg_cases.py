"""Blind set JG: carpet and rug dealers, restorers and cleaners (a Persian-run firm, Kashani Rugs).

The showroom's web shop and POS, the wash plant's devices, the restoration studio's photo and
inventory tools, their vendors (payments, shipping, SMS, Telegram, marketplaces) and their IT, in
code, configs, CI, containers, infrastructure, notebooks, docs and exports; about a third in Persian.
Generated fakes only (seeds 4100000-4109999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4100000, 4109999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Tabriz", "Kashan", "Isfahan", "Nain", "Heriz", "Qashqai", "Bakhtiari", "Sarouk", "Bidjar", "Senneh",
         "Kerman", "Mashhad", "Qom", "Shiraz", "Ardabil", "Malayer", "Hamadan", "Gabbeh", "Kilim", "Soumak"]
LOWER = ["saffron", "pomegranate", "indigo", "madder", "walnut", "medallion", "border", "fringe", "warp",
         "weft", "knot", "loom", "cypress", "tulip", "vine", "lattice"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, alphabet: str = HEX) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def alnum(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def square_token() -> str:
    return "EAAA" + alnum(60, ALNUM + "-_")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + alnum(8, up) + "/B" + alnum(10, up) + "/" + alnum(24))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def twilio_sid() -> str:
    return "AC" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def woo(prefix: str) -> str:
    return prefix + hexs(40)


def paypal_secret() -> str:
    return "E" + alnum(79, ALNUM + "-_")


def google_api_key() -> str:
    return "AIza" + alnum(35, ALNUM + "-_")


def gcp_oauth_secret() -> str:
    return "GOCSPX-" + alnum(28, ALNUM + "-_")


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def anthropic_key() -> str:
    return "sk-ant-api03-" + alnum(93, ALNUM + "-_") + "AA"


def azure_storage_key() -> str:
    return alnum(86, ALNUM + "+/") + "=="


def meta_token() -> str:
    return "EAAG" + alnum(180)


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def recaptcha_secret() -> str:
    return "6L" + alnum(38, ALNUM + "-_")


def cloudflare_token() -> str:
    return alnum(40, ALNUM + "-_")


def kavenegar_key() -> str:
    return hexs(88, UPHEX)


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    return head + "." + alnum(120, ALNUM + "-_") + "." + alnum(43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"


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
    CASES.append(LabelledCase(f"blind-jg/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Web shop, POS and payments
# ---------------------------------------------------------------------------------------------

add("env/stripe-secret-key", "shop/.env.production", "https://docs.stripe.com/keys", """
# فروشگاه اینترنتی فرش کاشانی (جنگو) - محیط اصلی
DJANGO_SETTINGS_MODULE=kashani.settings.prod
ALLOWED_HOSTS=kashanirugs.com,www.kashanirugs.com
DATABASE_URL=postgres://shop@db.internal:5432/shop
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}
DEFAULT_CURRENCY=usd
FREE_SHIPPING_OVER=1500
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-webhook-secret", "shop/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-events", """
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from orders.models import Order

# TODO(arash): move to settings before the Nowruz sale
ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Order.objects.filter(stripe_session=session["id"]).update(status="paid")
    return HttpResponse(status=200)
""", "whsec_" + alnum(32))

add("python/decoy-env-reference", "shop/kashani/settings/prod.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/", """
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["kashanirugs.com", "www.kashanirugs.com"]

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
EMAIL_HOST_PASSWORD = os.environ["SENDGRID_API_KEY"]

# تصاویر فرش‌ها روی S3 ذخیره می‌شوند
AWS_STORAGE_BUCKET_NAME = "kashani-rug-photos"
AWS_S3_REGION_NAME = "us-west-2"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""")

add("typescript/decoy-publishable-key", "storefront/src/lib/stripe.ts", "https://docs.stripe.com/js/initializing", """
import { loadStripe, Stripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the browser bundle.
const STRIPE_PK = "@@pk@@";

let stripePromise: Promise<Stripe | null> | null = null;

export function getStripe(): Promise<Stripe | null> {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PK, { locale: "auto" });
  }
  return stripePromise;
}
""", pk=stripe_key("pk_live_"))

add("php/woocommerce-consumer-secret", "wp-content/plugins/kashani-sync/sync.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
<?php
/**
 * Sync rug inventory from the back office into the old WooCommerce outlet store.
 */
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://outlet.kashanirugs.com',
    '@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$rugs = json_decode(file_get_contents('/var/exports/outlet_rugs.json'), true);
foreach ($rugs as $rug) {
    $woocommerce->put('products/' . $rug['wc_id'], [
        'regular_price' => (string) $rug['price'],
        'stock_quantity' => $rug['on_hand'],
    ]);
}
""", woo("cs_"), ck=woo("ck_"))

add("json/shopify-access-token", "integrations/shopify/config.json", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
{
  "shop": "kashani-rugs.myshopify.com",
  "api_version": "2024-07",
  "admin_access_token": "@@secret@@",
  "locations": {
    "westwood_showroom": 71234560011,
    "van_nuys_wash_plant": 71234560012
  },
  "sync_collections": ["persian-handknotted", "kilims", "runners", "antique"],
  "dry_run": false
}
""", shopify())

add("yaml/decoy-placeholder", "integrations/shopify/config.example.yaml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# این فایل را به config.yaml کپی کنید و مقادیر را از 1Password ("Shopify - custom app") پر کنید.
shop: kashani-rugs.myshopify.com
api_version: "2024-07"
admin_access_token: shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
api_secret_key: "<shopify app secret>"
locations:
  westwood_showroom: 0
  van_nuys_wash_plant: 0
sync_collections: [persian-handknotted, kilims, runners]
""")

add("ruby/square-access-token", "pos/lib/square_sync.rb", "https://developer.squareup.com/docs/build-basics/access-tokens", """
# frozen_string_literal: true

require "square"

# Pushes rug prices from the inventory sheet to the showroom Square POS.
module SquareSync
  CLIENT = Square::Client.new(
    access_token: "@@secret@@",
    environment: "production"
  )

  def self.update_price(variation_id, cents)
    CLIENT.catalog.upsert_catalog_object(
      body: {
        idempotency_key: SecureRandom.uuid,
        object: { type: "ITEM_VARIATION", id: variation_id,
                  item_variation_data: { price_money: { amount: cents, currency: "USD" } } }
      }
    )
  end
end
""", square_token())

add("markdown/decoy-redacted", "docs/payments.md", "https://docs.stripe.com/keys#obtain-api-keys", """
# Payments

We take cards three ways:

| Channel | Processor | Key lives in |
|---|---|---|
| Web shop | Stripe | AWS Secrets Manager `prod/shop/stripe` |
| Showroom | Square Terminal | Square dashboard (device code pairing) |
| Wash pickup drivers | Square Reader | same |

The live secret key starts `sk_live_51Nk...` (redacted; full value only in Secrets Manager).
Rotate it in the Stripe dashboard if a laptop is lost, then update the secret and redeploy.

Refunds over $5,000 need Dariush's approval in Stripe.
""")

add("toml/decoy-test-fixture", "shop/pyproject.toml", "https://pytest-django.readthedocs.io/en/latest/configuring_django.html", """
[project]
name = "kashani-shop"
version = "3.4.1"
requires-python = ">=3.11"

[tool.pytest.ini_options]
DJANGO_SETTINGS_MODULE = "kashani.settings.test"
env = [
    "STRIPE_SECRET_KEY=sk_test_dummy",
    "STRIPE_WEBHOOK_SECRET=whsec_test",
    "DJANGO_SECRET_KEY=not-a-secret-test-only",
]
addopts = "-q --reuse-db"
""")

add("python/paypal-client-secret", "shop/payments/paypal_client.py", "https://developer.paypal.com/api/rest/authentication/", """
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    resp = requests.post(
        f"{PAYPAL_API}/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
""", paypal_secret(), cid="A" + alnum(79, ALNUM + "-_"))

add("env/decoy-env-reference", "pos/.env.example", "https://developer.squareup.com/docs/build-basics/access-tokens", """
# Square POS sync - example environment
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=
SQUARE_LOCATION_ID=L8XXXXXXXXXXX
# از داشبورد Square بگیرید و در فایل .env بگذارید، نه اینجا
INVENTORY_SHEET_ID=
LOG_LEVEL=info
""")

add("csharp/authorize-net-transaction-key", "Kashani.Pos/Payments/AuthNetGateway.cs", "https://developer.authorize.net/api/reference/index.html#authentication", """
using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers.Bases;

namespace Kashani.Pos.Payments
{
    // Legacy gateway for the trade (wholesale) accounts that still pay by keyed card.
    public static class AuthNetGateway
    {
        public static void Configure()
        {
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment = AuthorizeNet.Environment.PRODUCTION;
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication = new merchantAuthenticationType
            {
                name = "@@login@@",
                ItemElementName = ItemChoiceType.transactionKey,
                Item = "@@secret@@",
            };
        }
    }
}
""", alnum(16), login=alnum(10))

add("yaml/decoy-vault-reference", "deploy/helm/shop/values-prod.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
image:
  repository: ghcr.io/kashani-rugs/shop
  tag: "3.4.1"
replicaCount: 2
env:
  DJANGO_SETTINGS_MODULE: kashani.settings.prod
  DEFAULT_CURRENCY: usd
externalSecrets:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: prod/shop/stripe, property: secret_key }
    - secretKey: DJANGO_SECRET_KEY
      remoteRef: { key: prod/shop/django, property: secret_key }
    - secretKey: DATABASE_URL
      remoteRef: { key: prod/shop/db, property: url }
""")

add("go/stripe-restricted-key", "tools/payout-report/main.go", "https://docs.stripe.com/keys#limit-access", """
package main

import (
	"fmt"
	"log"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/payout"
)

// Monthly payout report for the accountant (read-only restricted key).
const reportKey = "@@secret@@"

func main() {
	stripe.Key = reportKey
	params := &stripe.PayoutListParams{}
	params.Filters.AddFilter("limit", "", "100")
	it := payout.List(params)
	for it.Next() {
		p := it.Payout()
		fmt.Printf("%s,%d,%s\\n", p.ID, p.Amount, p.Status)
	}
	if err := it.Err(); err != nil {
		log.Fatal(err)
	}
}
""", stripe_key("rk_live_"))

add("sql/decoy-hash", "db/seeds/002_staff_users.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Staff accounts for the back office (passwords are Django PBKDF2 hashes, reset on first login)
INSERT INTO auth_user (username, first_name, last_name, email, is_staff, password) VALUES
('dkashani', 'Dariush', 'Kashani', 'dariush@kashanirugs.com', true,
 'pbkdf2_sha256$720000$@@salt1@@$@@h1@@'),
('shirin', 'Shirin', 'Kashani', 'shirin@kashanirugs.com', true,
 'pbkdf2_sha256$720000$@@salt2@@$@@h2@@'),
('behrouz', 'Behrouz', 'Tehrani', 'behrouz@kashanirugs.com', true,
 'pbkdf2_sha256$720000$@@salt3@@$@@h3@@');
""", salt1=alnum(22), h1=b64(hexs(32))[:43] + "=", salt2=alnum(22), h2=b64(hexs(32))[:43] + "=", salt3=alnum(22), h3=b64(hexs(32))[:43] + "=")

add("kotlin/decoy-publishable-key", "android/app/src/main/java/com/kashanirugs/app/PaymentsModule.kt", "https://docs.stripe.com/payments/accept-a-payment?platform=android", """
package com.kashanirugs.app

import android.content.Context
import com.stripe.android.PaymentConfiguration

object PaymentsModule {
    // Publishable key only; the app never holds the secret key.
    private const val PUBLISHABLE_KEY = "@@pk@@"

    fun init(context: Context) {
        PaymentConfiguration.init(context, PUBLISHABLE_KEY)
    }
}
""", pk=stripe_key("pk_live_"))

add("shell/stripe-secret-key", "scripts/refund_order.sh", "https://docs.stripe.com/api/refunds/create", """
#!/usr/bin/env bash
# بازپرداخت سفارش - فقط با تأیید داریوش
# usage: ./refund_order.sh pi_XXXX [amount_cents]
set -euo pipefail

PI="$1"
AMOUNT="${2:-}"

curl -sS https://api.stripe.com/v1/refunds \\
  -u "@@secret@@:" \\
  -d payment_intent="$PI" \\
  ${AMOUNT:+-d amount="$AMOUNT"} \\
  -d reason=requested_by_customer | jq '.id, .status'
""", stripe_key())


# ---------------------------------------------------------------------------------------------
# Wash plant, devices, SMS and Telegram
# ---------------------------------------------------------------------------------------------

add("python/telegram-bot-token", "bots/order_status_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# ربات تلگرام وضعیت سفارش قالیشویی
# مشتری شماره سفارش را می‌فرستد و ربات وضعیت شستشو را جواب می‌دهد
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from washplant.db import order_status

TOKEN = "@@secret@@"

logging.basicConfig(level=logging.INFO)


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await update.message.reply_text("لطفاً شماره سفارش را وارد کنید: /status 12345")
        return
    state = order_status(context.args[0])
    await update.message.reply_text(f"وضعیت سفارش {context.args[0]}: {state}")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("status", status))
    app.run_polling()


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("env/telegram-bot-token", "bots/.env", "https://core.telegram.org/bots/features#botfather", """
# ربات اطلاع‌رسانی به رانندگان
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_DRIVERS_CHAT_ID=-1001873344120
WASHPLANT_DB=postgresql://bot@10.20.0.5/washplant
TZ=America/Los_Angeles
""", fakes.telegram_token(_seed()))

add("yaml/decoy-env-reference", "bots/docker-compose.override.example.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
# نمونه - مقادیر واقعی در فایل .env روی سرور است
services:
  order-bot:
    environment:
      TELEGRAM_BOT_TOKEN: ${TELEGRAM_BOT_TOKEN:?set in .env}
      TELEGRAM_DRIVERS_CHAT_ID: ${TELEGRAM_DRIVERS_CHAT_ID}
  sms-worker:
    environment:
      KAVENEGAR_API_KEY: ${KAVENEGAR_API_KEY}
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}
""")

add("python/twilio-auth-token", "washplant/notify/sms.py", "https://www.twilio.com/docs/usage/secure-credentials", """
\"\"\"Text the customer when their rug is washed, dried and ready for delivery.\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+18185550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATES = {
    "en": "Kashani Rugs: your rug (order {order}) is clean and ready. Reply 1 to schedule delivery.",
    "fa": "فرش کاشانی: فرش شما (سفارش {order}) شسته و آماده تحویل است. برای هماهنگی ارسال عدد ۱ را بفرستید.",
}


def ready(phone: str, order: str, lang: str = "en") -> str:
    msg = client.messages.create(to=phone, from_=FROM_NUMBER, body=TEMPLATES[lang].format(order=order))
    return msg.sid
""", hexs(32), sid=twilio_sid())

add("php/kavenegar-api-key", "legacy/sms/send_sms.php", "https://kavenegar.com/rest.html", """
<?php
// ارسال پیامک به مشتریان ایرانی (نسخه قدیمی سایت)
// مستندات: https://kavenegar.com/rest.html
$apiKey = '@@secret@@';
$sender = '10004346';

function send_sms($receptor, $message) {
    global $apiKey, $sender;
    $url = "https://api.kavenegar.com/v1/{$apiKey}/sms/send.json";
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query([
        'receptor' => $receptor,
        'sender' => $sender,
        'message' => $message,
    ]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $out = curl_exec($ch);
    curl_close($ch);
    return json_decode($out, true);
}
""", kavenegar_key())

add("ini/device-password", "washplant/config/tumbler.ini", "https://www.python.org/doc/", """
; کنترلر دستگاه گردگیری فرش (تامبلر) - درگاه Modbus TCP در سالن شستشو
[gateway]
host = 10.20.1.40
port = 502
unit_id = 1

[web_admin]
url = http://10.20.1.40/
user = admin
password = @@secret@@

[cycle]
default_minutes = 12
max_rpm = 28
""", words_pw())

add("yaml/rtsp-camera-password", "washplant/cctv/frigate.yml", "https://docs.frigate.video/configuration/cameras", """
mqtt:
  host: 10.20.0.10
cameras:
  wash_floor:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.20.2.11:554/Streaming/Channels/101
          roles: [detect, record]
    detect: { width: 1280, height: 720 }
  loading_dock:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.20.2.12:554/Streaming/Channels/101
          roles: [detect, record]
record:
  enabled: true
  retain: { days: 14 }
""", rand_pw(12))

add("markdown/device-password", "docs/fa/washplant-handover.md", "https://www.hikvision.com/en/support/", """
# تحویل کار کارگاه قالیشویی (ون نایز)

برای بهروز که از شنبه مسئول کارگاه است.

## دستگاه‌ها
- **دستگاه خشک‌کن (Dryer room controller)**: آدرس 10.20.1.52
  - کاربر: `operator`
  - رمز عبور: `@@secret@@`
- **دستگاه سانتریفیوژ فرش**: فقط دکمه‌ای، رمز ندارد.
- **دوربین‌ها**: در Frigate، رمزها در 1Password (خزانه «کارگاه»).

## نکات
1. رطوبت‌سنج را هر دوشنبه کالیبره کنید.
2. فرش‌های ابریشمی به هیچ وجه داخل تامبلر نروند.
3. گزارش روزانه را در شیت «Wash log» ثبت کنید.
""", words_pw())

add("json/decoy-uuid", "washplant/config/devices.json", "https://www.rfc-editor.org/rfc/rfc4122", """
{
  "plant": "van-nuys",
  "devices": [
    {"id": "@@u1@@", "name": "tumbler-1", "ip": "10.20.1.40", "kind": "modbus"},
    {"id": "@@u2@@", "name": "dryer-room", "ip": "10.20.1.52", "kind": "http"},
    {"id": "@@u3@@", "name": "centrifuge", "ip": null, "kind": "manual"},
    {"id": "@@u4@@", "name": "humidity-probe-a", "ip": "10.20.1.61", "kind": "mqtt"}
  ],
  "firmware_sha256": "@@sha@@"
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), sha=hexs(64))

add("yaml/mqtt-password", "washplant/home-assistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# رمزهای Home Assistant کارگاه قالیشویی
mqtt_broker: 10.20.0.10
mqtt_username: hass
mqtt_password: "@@secret@@"
humidity_alert_phone: "+18185550142"
latitude_plant: 34.1897
longitude_plant: -118.4490
""", rand_pw(22))

add("yaml/decoy-vault-reference", "washplant/home-assistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
homeassistant:
  name: Van Nuys Wash Plant
  latitude: !secret latitude_plant
  longitude: !secret longitude_plant
  time_zone: America/Los_Angeles

mqtt:
  sensor:
    - name: "Dryer room humidity"
      state_topic: "plant/dryer/humidity"
      unit_of_measurement: "%"

# broker credentials come from secrets.yaml (not in git)
logger:
  default: warning
""")

add("csv/device-password", "it/inventory/network_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
location,device,model,ip,admin_user,admin_password,notes
Westwood,router,MikroTik hEX S,192.168.10.1,admin,@@secret@@,WAN fiber
Westwood,switch,UniFi USW-24,192.168.10.2,,(UniFi controller),
Westwood,NVR,Hikvision DS-7608NI,192.168.10.20,admin,(1Password),8 cams
Van Nuys,router,MikroTik hAP ax2,10.20.0.1,admin,(1Password),
Van Nuys,printer,Brother HL-L6200,10.20.0.30,admin,initpass,factory default - label printer
""", words_pw())

add("log/decoy-redacted", "logs/order-bot-2024-03-20.log", "https://docs.python-telegram-bot.org/en/stable/", """
2024-03-20 08:00:01,122 INFO telegram.ext.Application: Application started
2024-03-20 08:00:01,123 INFO bot: token=6612******:AA****************************** loaded from env
2024-03-20 08:14:33,901 INFO bot: /status 48213 from chat 55120934 -> "در حال خشک شدن"
2024-03-20 08:52:10,004 INFO bot: /status 48190 from chat 81226017 -> "آماده تحویل"
2024-03-20 09:03:47,551 WARNING bot: unknown order 4821 from chat 55120934
2024-03-20 12:00:00,000 INFO bot: nowruz greeting sent to 412 subscribers
""")

add("go/mikrotik-password", "it/netmon/mikrotik.go", "https://github.com/go-routeros/routeros", """
package netmon

import (
	"log"

	"github.com/go-routeros/routeros/v3"
)

// Polls the showroom router for WAN traffic every minute.
func DialShowroom() *routeros.Client {
	c, err := routeros.Dial("192.168.10.1:8728", "netmon", "@@secret@@")
	if err != nil {
		log.Fatalf("mikrotik: %v", err)
	}
	return c
}
""", rand_pw(16, "!#%"))

add("shell/decoy-placeholder", "it/scripts/reset_camera.sh", "https://www.hikvision.com/en/support/", """
#!/bin/sh
# Reset a Hikvision camera's admin password via ISAPI.
# usage: NVR_PASS=... ./reset_camera.sh 10.20.2.11 '<new password>'
set -eu
CAM="$1"
NEW="$2"
curl --digest -u "admin:${NVR_PASS:?export NVR_PASS first}" \\
  -X PUT "http://$CAM/ISAPI/Security/users/1" \\
  -H 'Content-Type: application/xml' \\
  -d "<User><id>1</id><userName>admin</userName><password>$NEW</password></User>"
echo "done: $CAM"
""")

add("python/smtp-password", "washplant/notify/email_receipt.py", "https://docs.python.org/3/library/smtplib.html", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "washplant@kashanirugs.com"
SMTP_PASS = "@@secret@@"


def send_receipt(to: str, order: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"رسید تحویل فرش / Rug receipt #{order}"
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg.set_content("Thank you for choosing Kashani Rugs. Your receipt is attached.")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"receipt-{order}.pdf")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", words_pw())

add("properties/decoy-placeholder", "it/scanner/scan-to-folder.properties", "https://support.brother.com/", """
# پروفایل اسکن به شبکه چاپگر Brother (دفتر وست‌وود)
profile.name=Invoices
profile.host=192.168.10.5
profile.share=\\\\\\\\fileserver\\\\scans\\\\invoices
profile.user=scanner
profile.password=********
profile.format=PDF
profile.resolution=300
""")

add("dockerfile/decoy-env-reference", "bots/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# TELEGRAM_BOT_TOKEN is passed at run time: docker run --env-file /etc/kashani/bot.env
ENV PYTHONUNBUFFERED=1 \\
    TZ=America/Los_Angeles
USER 1000
CMD ["python", "order_status_bot.py"]
""")


# ---------------------------------------------------------------------------------------------
# Cloud, photos, infrastructure
# ---------------------------------------------------------------------------------------------

add("python/aws-secret-access-key", "photos/upload_to_s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Upload the restoration studio's before/after photos to the shop bucket.\"\"\"
import pathlib
import sys

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="us-west-2",
)

BUCKET = "kashani-rug-photos"


def upload(folder: str) -> None:
    for path in sorted(pathlib.Path(folder).glob("*.jpg")):
        key = f"restoration/{path.parent.name}/{path.name}"
        s3.upload_file(str(path), BUCKET, key, ExtraArgs={"ContentType": "image/jpeg"})
        print("uploaded", key)


if __name__ == "__main__":
    upload(sys.argv[1])
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-access-key", "it/laptops/shirin/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-west-2

[photos-readonly]
role_arn = arn:aws:iam::418277310042:role/photos-readonly
source_profile = default
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-vault-reference", "infra/terraform/shop/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "shop" {
  identifier                  = "kashani-shop"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.small"
  allocated_storage           = 40
  username                    = "shop"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
  vpc_security_group_ids      = [aws_security_group.db.id]
  backup_retention_period     = 14
  deletion_protection         = true
  skip_final_snapshot         = false
}
""")

add("terraform/database-password", "infra/terraform/washplant/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs/resources/database_user", """
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

provider "digitalocean" {
  token = var.do_token
}

resource "digitalocean_database_cluster" "washplant" {
  name       = "washplant-pg"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-1gb"
  region     = "sfo3"
  node_count = 1
}

resource "digitalocean_database_user" "bot" {
  cluster_id = digitalocean_database_cluster.washplant.id
  name       = "bot"
}

# temp: the bot's old password until the cut-over, then delete
locals {
  legacy_bot_dsn = "postgresql://bot:@@secret@@@legacy-db.kashanirugs.internal:5432/washplant"
}
""", rand_pw(24))

add("terraform/digitalocean-token", "infra/terraform/washplant/terraform.tfvars", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
do_token       = "@@secret@@"
region         = "sfo3"
droplet_size   = "s-1vcpu-2gb"
ssh_key_names  = ["arash-laptop", "deploy-ci"]
alert_email    = "it@kashanirugs.com"
""", do_token())

add("terraform/decoy-env-reference", "infra/terraform/washplant/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#environment-variables", """
variable "do_token" {
  description = "DigitalOcean API token (set TF_VAR_do_token in the shell, never in a file)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "sfo3"
}

variable "ssh_key_names" {
  type = list(string)
}
""")

_pw = words_pw()
add("k8s-secret/database-password", "deploy/k8s/washplant/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: washplant-db
  namespace: washplant
type: Opaque
data:
  PGHOST: @@host@@
  PGUSER: @@user@@
  PGPASSWORD: @@pw@@
""", _pw, host=b64("washplant-pg.internal"), user=b64("washplant_app"), pw=b64(_pw))

add("k8s-secret/decoy-placeholder", "deploy/k8s/shop/secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Template only - the real secret is created by External Secrets.
apiVersion: v1
kind: Secret
metadata:
  name: shop-env
  namespace: shop
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "REPLACE_ME"
  DJANGO_SECRET_KEY: "REPLACE_ME"
  DATABASE_URL: "postgres://shop:REPLACE_ME@db:5432/shop"
""")

_sg = sendgrid_key()
add("k8s-secret/sendgrid-api-key", "deploy/k8s/shop/mail-secret.yaml", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
apiVersion: v1
kind: Secret
metadata:
  name: shop-mail
  namespace: shop
  labels:
    app.kubernetes.io/part-of: kashani-shop
type: Opaque
data:
  EMAIL_HOST: @@host@@
  EMAIL_HOST_USER: @@user@@
  EMAIL_HOST_PASSWORD: @@enc@@
""", _sg, host=b64("smtp.sendgrid.net"), user=b64("apikey"), enc=b64(_sg))

add("compose/database-password", "washplant/docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: washplant
      POSTGRES_USER: washplant
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    image: ghcr.io/kashani-rugs/washplant:1.9.0
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://washplant:@@secret@@@db:5432/washplant
      TZ: America/Los_Angeles
    ports: ["8080:8080"]
volumes:
  pgdata: {}
""", rand_pw(20))

add("compose/decoy-env-reference", "shop/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  web:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://shop:${POSTGRES_PASSWORD}@db:5432/shop
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
    ports: ["8000:8000"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?missing}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("python/azure-storage-account-key", "restoration/archive_scans.py", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
# بایگانی اسکن‌های با وضوح بالا از فرش‌های عتیقه (پیش از رفوگری) در فضای سرد Azure
import os

from azure.storage.blob import BlobServiceClient, StandardBlobTier

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=kashanirugarchive;"
    "AccountKey=@@secret@@;"
    "EndpointSuffix=core.windows.net"
)

svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("antique-scans")

for name in os.listdir("scans"):
    with open(os.path.join("scans", name), "rb") as fh:
        container.upload_blob(name, fh, overwrite=True, standard_blob_tier=StandardBlobTier.COOL)
""", azure_storage_key())

_key = pem("")
_key = _key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "restoration/credentials/vision-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "kashani-rug-vision",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "pattern-matcher@kashani-rug-vision.iam.gserviceaccount.com",
  "client_id": "104928173645019283712",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _key.split("\n")[1], kid=hexs(40), pk=_key.replace("\n", "\\n") + "\\n")


# ---------------------------------------------------------------------------------------------
# Marketplaces, marketing, shipping
# ---------------------------------------------------------------------------------------------

add("python/etsy-api-key", "marketplaces/etsy/listings.py", "https://developers.etsy.com/documentation/essentials/authentication", """
\"\"\"Publish small kilims and pillows from the inventory sheet as Etsy listings.\"\"\"
import requests

ETSY_KEYSTRING = "@@secret@@"
SHOP_ID = 38120455
BASE = "https://openapi.etsy.com/v3/application"


def headers(access_token: str) -> dict:
    return {"x-api-key": ETSY_KEYSTRING, "Authorization": f"Bearer {access_token}"}


def create_draft(access_token: str, title: str, price: float, taxonomy_id: int = 1034) -> dict:
    body = {
        "quantity": 1, "title": title, "description": title, "price": price,
        "who_made": "someone_else", "when_made": "1990s", "taxonomy_id": taxonomy_id,
    }
    r = requests.post(f"{BASE}/shops/{SHOP_ID}/listings", headers=headers(access_token), json=body, timeout=30)
    r.raise_for_status()
    return r.json()
""", alnum(24, string.ascii_lowercase + string.digits))

add("yaml/ebay-client-secret", "marketplaces/ebay/ebay-config.yaml", "https://developer.ebay.com/api-docs/static/oauth-credentials.html", """
name: ebay_config
api.ebay.com:
  appid: KashaniR-RugSync-PRD-@@app@@
  certid: @@secret@@
  devid: @@dev@@
  redirecturi: Kashani_Rugs-KashaniR-RugSyn-abcdefg
api.sandbox.ebay.com:
  appid: KashaniR-RugSync-SBX-0000000000-00000000
  certid: SBX-xxxxxxxxxxxx-xxxx-xxxx-xxxx-xxxx
  devid: 00000000-0000-0000-0000-000000000000
""", "PRD-" + hexs(12) + "-" + hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4),
    app=hexs(9) + "-" + hexs(8), dev=uuid_s())

add("javascript/meta-access-token", "marketing/instagram/post_new_arrivals.js", "https://developers.facebook.com/docs/instagram-platform/content-publishing", """
// انتشار فرش‌های تازه‌رسیده هفته (هریس، کاشان، تبریز) در اینستاگرام
const axios = require("axios");

const IG_USER_ID = "17841405822304914";
const ACCESS_TOKEN = "@@secret@@";
const GRAPH = "https://graph.facebook.com/v19.0";

async function publish(imageUrl, caption) {
  const container = await axios.post(`${GRAPH}/${IG_USER_ID}/media`, null, {
    params: { image_url: imageUrl, caption, access_token: ACCESS_TOKEN },
  });
  await axios.post(`${GRAPH}/${IG_USER_ID}/media_publish`, null, {
    params: { creation_id: container.data.id, access_token: ACCESS_TOKEN },
  });
}

module.exports = { publish };
""", meta_token())

add("python/mailchimp-api-key", "marketing/newsletter/sync_customers.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
# همگام‌سازی مشتریان با خبرنامه (فارسی و انگلیسی)
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})

LISTS = {"en": "a1b2c3d4e5", "fa": "f6e5d4c3b2"}


def subscribe(email: str, first: str, lang: str) -> None:
    client.lists.set_list_member(LISTS[lang], email.lower(), {
        "email_address": email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": first},
        "tags": ["showroom"],
    })
""", mailchimp_key())

add("json/decoy-client-id", "storefront/public/config.json", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid", """
{
  "googleClientId": "@@cid@@.apps.googleusercontent.com",
  "recaptchaSiteKey": "6Lc@@site@@",
  "mapboxToken": "pk.@@mb@@",
  "sentryDsn": "https://@@sdsn@@@o4507112.ingest.us.sentry.io/4507112233",
  "showroomPlaceId": "ChIJ@@place@@",
  "currency": "USD",
  "languages": ["en", "fa"]
}
""", cid="4182773100" + hexs(2, "0123456789") + "-" + alnum(32, string.ascii_lowercase + string.digits),
    site=alnum(37, ALNUM + "-_"), mb=b64('{"u":"kashanirugs","a":"clw8n2k"}').rstrip("=") + "." + alnum(22, ALNUM + "-_"),
    sdsn=hexs(32), place=alnum(23, ALNUM + "-_"))

add("python/google-api-key", "marketing/reviews/fetch_google_reviews.py", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", """
\"\"\"Pull the showroom's Google reviews into the weekly report (server side, Places API).\"\"\"
import csv
import sys

import requests

PLACES_KEY = "@@secret@@"
PLACE_ID = "ChIJ@@place@@"

r = requests.get(
    "https://maps.googleapis.com/maps/api/place/details/json",
    params={"place_id": PLACE_ID, "fields": "rating,reviews", "key": PLACES_KEY, "language": "en"},
    timeout=20,
)
out = csv.writer(sys.stdout)
out.writerow(["author", "rating", "time", "text"])
for review in r.json()["result"].get("reviews", []):
    out.writerow([review["author_name"], review["rating"], review["time"], review["text"][:200]])
""", google_api_key(), place=alnum(23, ALNUM + "-_"))

add("env/shipstation-api-secret", "shipping/.env", "https://www.shipstation.com/docs/api/requirements/#authentication", """
# ارسال فرش به خارج از ایالت (باربری و پستی)
SHIPSTATION_API_KEY=@@key@@
SHIPSTATION_API_SECRET=@@secret@@
SHIPSTATION_STORE_ID=412877
DEFAULT_PACKAGE=rolled_rug_tube
WAREHOUSE=van-nuys
""", hexs(32), key=hexs(32))

add("java/fedex-client-secret", "shipping/fedex-client/src/main/java/com/kashanirugs/shipping/FedexAuth.java", "https://developer.fedex.com/api/en-us/catalog/authorization/v1/docs.html", """
package com.kashanirugs.shipping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class FedexAuth {
    private static final String CLIENT_ID = "l7@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    public static String token() throws Exception {
        String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET;
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://apis.fedex.com/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        return resp.body();
    }
}
""", hexs(32), cid=hexs(30))

add("markdown/decoy-placeholder", "shipping/README.md", "https://www.shipstation.com/docs/api/requirements/#authentication", """
# Shipping

Rugs ship rolled (never folded) in tubes; antiques over 9x12 go by freight.

## Setup

```bash
cp .env.example .env
# fill SHIPSTATION_API_KEY / SHIPSTATION_API_SECRET from 1Password ("ShipStation API")
python -m shipping.labels --order 48213 --dry-run
```

Example request (key and secret are placeholders):

```bash
curl -u "YOUR_API_KEY:YOUR_API_SECRET" https://ssapi.shipstation.com/orders?orderNumber=48213
```
""")

add("python/decoy-hash", "marketing/instagram/dedupe_images.py", "https://docs.python.org/3/library/hashlib.html", """
\"\"\"Skip photos already posted: compare SHA-256 of the image bytes.\"\"\"
import hashlib
import pathlib

ALREADY_POSTED = {
    "@@h1@@",
    "@@h2@@",
    "@@h3@@",
}


def is_new(path: pathlib.Path) -> bool:
    return hashlib.sha256(path.read_bytes()).hexdigest() not in ALREADY_POSTED
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("typescript/hubspot-private-app-token", "crm/src/hubspot.ts", "https://developers.hubspot.com/docs/api/private-apps", """
import { Client } from "@hubspot/api-client";

// Trade accounts (interior designers) live in HubSpot; this syncs their rug holds.
const hubspot = new Client({ accessToken: "@@secret@@" });

export async function upsertDesigner(email: string, firm: string, holds: number): Promise<void> {
  await hubspot.crm.contacts.basicApi.create({
    properties: { email, company: firm, rug_holds: String(holds), lifecyclestage: "customer" },
    associations: [],
  });
}
""", hubspot_token())

add("yaml/decoy-encrypted", "marketing/secrets.enc.yaml", "https://github.com/getsops/sops#encrypted-file-format", """
mailchimp_api_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
meta_access_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-west-2:418277310042:key/@@kms@@
          created_at: "2024-02-11T19:22:04Z"
    lastmodified: "2024-03-01T08:10:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=b64(hexs(27)), iv1=b64(hexs(24))[:43] + "=", t1=b64(hexs(12)), d2=b64(hexs(90)), iv2=b64(hexs(24))[:43] + "=",
    t2=b64(hexs(12)), kms=uuid_s(), mac=b64(hexs(48)), iv3=b64(hexs(24))[:43] + "=", t3=b64(hexs(12)))

add("php/mailgun-api-key", "legacy/contact/contact-form.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
<?php
// Contact form of the old WordPress site: "Request a rug appraisal"
$domain = 'mg.kashanirugs.com';
$key = '@@secret@@';

$name = strip_tags($_POST['name'] ?? '');
$email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
$body = strip_tags($_POST['message'] ?? '');

$ch = curl_init("https://api.mailgun.net/v3/$domain/messages");
curl_setopt($ch, CURLOPT_USERPWD, "api:$key");
curl_setopt($ch, CURLOPT_POSTFIELDS, [
    'from' => 'Appraisals <appraisals@kashanirugs.com>',
    'to' => 'dariush@kashanirugs.com',
    'subject' => "Appraisal request from $name",
    'text' => "$name <$email>\\n\\n$body",
]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_exec($ch);
header('Location: /thank-you');
""", mailgun_key())

add("csv/decoy-id", "marketplaces/etsy/exports/listings_2024-03.csv", "https://developers.etsy.com/documentation/reference#operation/getListingsByShop", """
listing_id,sku,title,price_usd,state,image_sha1
1698823401,KR-KIL-0412,Vintage Qashqai kilim 3x5,420.00,active,@@s1@@
1698823577,KR-PIL-0033,Kilim pillow cover - saffron,65.00,active,@@s2@@
1698824002,KR-RUN-0190,Hamadan runner 2.6x10,780.00,sold_out,@@s3@@
1698824110,KR-GAB-0051,Gabbeh 4x6 hand-knotted wool,1150.00,active,@@s4@@
1698824263,KR-KIL-0415,Senneh kilim fragment (framed),340.00,draft,@@s5@@
""", s1=hexs(40), s2=hexs(40), s3=hexs(40), s4=hexs(40), s5=hexs(40))

# ---------------------------------------------------------------------------------------------
# Back office, accounting, databases, CI and packaging
# ---------------------------------------------------------------------------------------------

add("python/quickbooks-client-secret", "backoffice/accounting/qbo_export.py", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """
# خروجی فاکتورهای شستشو و رفوگری به QuickBooks
from intuitlib.client import AuthClient
from quickbooks import QuickBooks
from quickbooks.objects.invoice import Invoice

auth_client = AuthClient(
    client_id="AB@@cid@@",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://backoffice.kashanirugs.com/qbo/callback",
)


def client(refresh_token: str, realm_id: str) -> QuickBooks:
    return QuickBooks(auth_client=auth_client, refresh_token=refresh_token, company_id=realm_id)


def open_invoices(qb: QuickBooks):
    return Invoice.filter(Balance__gt=0, qb=qb)
""", alnum(40), cid=alnum(48))

add("ini/database-password", "backoffice/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = migrations
sqlalchemy.url = postgresql+psycopg://backoffice:@@secret@@@db.kashanirugs.internal:5432/backoffice

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers =
qualname =
""", rand_pw(18, "-_."))

add("ini/decoy-env-reference", "backoffice/alembic.prod.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = migrations
# env.py reads BACKOFFICE_DATABASE_URL from the environment and overrides this
sqlalchemy.url = postgresql+psycopg://backoffice:%(DB_PASSWORD)s@db.kashanirugs.internal:5432/backoffice

[loggers]
keys = root

[logger_root]
level = WARN
handlers =
""")

add("python/redis-password", "backoffice/tasks/celery_app.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html", """
from celery import Celery

app = Celery(
    "backoffice",
    broker="redis://:@@secret@@@10.10.0.21:6379/0",
    backend="redis://:@@secret@@@10.10.0.21:6379/1",
)

app.conf.timezone = "America/Los_Angeles"
app.conf.beat_schedule = {
    "nightly-inventory-valuation": {"task": "backoffice.tasks.valuation.run", "schedule": 60 * 60 * 24},
    "wash-orders-overdue": {"task": "backoffice.tasks.wash.overdue", "schedule": 60 * 60},
}
""", fakes.redis_password(_seed()))

add("sql/database-password", "db/migrations/0041_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- کاربر فقط‌خواندنی برای گزارش Power BI حسابدار (ارزش موجودی، درآمد قالیشویی)
CREATE ROLE reporting WITH LOGIN PASSWORD '@@secret@@' VALID UNTIL '2025-12-31';
GRANT CONNECT ON DATABASE backoffice TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON inventory_rugs, wash_orders, restoration_jobs, invoices TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
""", words_pw())

add("sql/decoy-id", "db/reports/rug_valuation.sql", "https://www.postgresql.org/docs/current/queries.html", """
-- ارزش‌گذاری موجودی انبار بر اساس نوع فرش
SELECT r.origin,
       r.construction,
       count(*)                        AS pieces,
       sum(r.area_sqft)                AS sqft,
       sum(r.cost_usd)                 AS cost,
       sum(r.list_price_usd)           AS list_value
FROM inventory_rugs r
WHERE r.status IN ('in_stock', 'on_hold', 'consignment')
  AND r.location_id = 'b7e9f0a2-3c41-4d8e-9f10-2a6b7c8d9e01'
GROUP BY r.origin, r.construction
ORDER BY list_value DESC;
""")

add("yaml/ldap-bind-password", "backoffice/config/auth.yaml", "https://django-auth-ldap.readthedocs.io/en/latest/authentication.html", """
# ورود کارکنان با حساب Active Directory دفتر
ldap:
  server_uri: ldaps://dc01.kashani.local:636
  bind_dn: CN=svc-backoffice,OU=Service Accounts,DC=kashani,DC=local
  bind_password: "@@secret@@"
  user_search:
    base: OU=Staff,DC=kashani,DC=local
    filter: (sAMAccountName=%(user)s)
  groups:
    staff: CN=BackOffice,OU=Groups,DC=kashani,DC=local
    managers: CN=Managers,OU=Groups,DC=kashani,DC=local
""", words_pw())

add("powershell/ftp-password", "it/scripts/Backup-PosToFtp.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """
# هر شب: کپی پشتیبان پایگاه داده صندوق شوروم به FTP بیرون از دفتر
$ErrorActionPreference = "Stop"
$src = "C:\\POS\\Backup\\pos_$(Get-Date -Format yyyyMMdd).bak"
$ftpUri = "ftp://backup.kashanirugs.com/showroom/" + (Split-Path $src -Leaf)

$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential("showroom", "@@secret@@")
$client.UploadFile($ftpUri, "STOR", $src)
Write-Host "Uploaded $src"
""", words_pw())

add("powershell/decoy-vault-reference", "it/scripts/Backup-WashPlant.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", """
# نسخه پشتیبان پایگاه داده کارگاه به FTP (رمز از SecretManagement خوانده می‌شود)
Import-Module Microsoft.PowerShell.SecretManagement
$ErrorActionPreference = "Stop"

$cred = Get-Secret -Name "washplant-ftp" -Vault "KashaniIT"
$src = "D:\\Backups\\washplant_$(Get-Date -Format yyyyMMdd).dump"
$ftpUri = "ftp://backup.kashanirugs.com/washplant/" + (Split-Path $src -Leaf)

$client = New-Object System.Net.WebClient
$client.Credentials = $cred.GetNetworkCredential()
$client.UploadFile($ftpUri, "STOR", $src)
""")

add("github-actions/decoy-env-reference", ".github/workflows/deploy-shop.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418277310042:role/gh-deploy-shop
          aws-region: us-west-2
      - run: ./deploy/push.sh
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-backup.yml", "https://api.slack.com/messaging/webhooks", """
name: nightly-backup-check
on:
  schedule:
    - cron: "30 13 * * *"
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python it/check_backups.py
      - name: Notify on failure
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Backup check failed - see Actions"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/pypi-token", ".github/workflows/publish-rugtools.yml", "https://pypi.org/help/#apitoken", """
name: publish-rugtools
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "it/laptops/arash/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
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

add("toml/decoy-placeholder", "rugtools/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "rugtools"
version = "0.6.2"
description = "Knot density, area and wash-price helpers for Persian rug dealers"
authors = [{ name = "Arash Kashani", email = "arash@kashanirugs.com" }]
license = "MIT"
dependencies = ["pillow>=10", "numpy>=1.26"]

[project.urls]
Homepage = "https://github.com/kashani-rugs/rugtools"

[tool.hatch.publish.index]
# token from `keyring get https://upload.pypi.org/legacy/ __token__`
user = "__token__"
""")

add("shell/github-token", "it/scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# Clone every repo of the org onto the new office NAS (one-off, March 2024)
set -euo pipefail
ORG=kashani-rugs
DEST=/volume1/git-mirror
GH_TOKEN=@@secret@@

mkdir -p "$DEST"
for repo in $(curl -s -H "Authorization: token $GH_TOKEN" "https://api.github.com/orgs/$ORG/repos?per_page=100" | jq -r '.[].name'); do
  if [ ! -d "$DEST/$repo.git" ]; then
    git clone --mirror "https://x-access-token:$GH_TOKEN@github.com/$ORG/$repo.git" "$DEST/$repo.git"
  fi
done
""", fakes.github_token(_seed()))

add("ini/npm-token", "storefront/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
registry=https://registry.npmjs.org/
@kashani-rugs:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
audit-level=high
""", npm_token())

add("yaml/gitlab-token", "it/renovate/config.yaml", "https://docs.renovatebot.com/self-hosted-configuration/#token", """
# Renovate on the office GitLab (mirror of GitHub for the wash plant repos)
platform: gitlab
endpoint: https://gitlab.kashani.local/api/v4
token: @@secret@@
autodiscover: true
autodiscoverFilter: ["washplant/*", "backoffice/*"]
onboarding: false
requireConfig: optional
""", gitlab_token())

add("github-actions/decoy-placeholder", ".github/workflows/test.yml", "https://docs.github.com/en/actions/use-cases-and-examples/using-containerized-services/creating-postgresql-service-containers", """
name: test
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: test
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: shop_test
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://test:postgres@localhost:5432/shop_test
      STRIPE_SECRET_KEY: sk_test_dummy
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -e .[test] && pytest -q
""")

# ---------------------------------------------------------------------------------------------
# Restoration studio, appraisals, notebooks and AI helpers
# ---------------------------------------------------------------------------------------------

add("notebook/openai-api-key", "restoration/notebooks/describe_rugs.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Draft listing descriptions from restoration notes (EN + FA)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "notes = open('notes/KR-HER-0077.txt').read()\\n",
    "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': notes}])\\n",
    "print(resp.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("notebook/decoy-env-reference", "restoration/notebooks/knot_density.ipynb", "https://jupyter.org/", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["KPSI estimate: 312\\n"]}],
   "source": [
    "import os\\n",
    "from rugtools.density import kpsi_from_photo\\n",
    "API_KEY = os.getenv('OPENAI_API_KEY')  # not needed for this notebook\\n",
    "print('KPSI estimate:', kpsi_from_photo('back/KR-KSH-0102.jpg', ruler_mm=25))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("python/anthropic-api-key", "restoration/appraisal/draft_appraisal.py", "https://docs.anthropic.com/en/api/getting-started", """
\"\"\"Draft an insurance appraisal letter from the intake form (Dariush reviews every one).\"\"\"
import json
import sys

import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

intake = json.load(open(sys.argv[1], encoding="utf-8"))
prompt = (
    "Write an insurance appraisal letter for this hand-knotted rug. "
    f"Origin: {intake['origin']}; size: {intake['size']}; age: {intake['age']}; "
    f"condition: {intake['condition']}; replacement value: ${intake['value']}."
)
msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=1200,
                             messages=[{"role": "user", "content": prompt}])
print(msg.content[0].text)
""", anthropic_key())

add("markdown/decoy-placeholder", "docs/fa/appraisal-howto.md", "https://docs.anthropic.com/en/api/getting-started", """
# راهنمای تهیه پیش‌نویس ارزیابی بیمه

۱. فرم پذیرش فرش را در پوشه `intake/` ذخیره کنید.
۲. کلید API را در متغیر محیطی قرار دهید (هرگز در کد):

```bash
export ANTHROPIC_API_KEY="sk-ant-..."   # کلید واقعی را از داریوش بگیرید
python restoration/appraisal/draft_appraisal.py intake/KR-TAB-0220.json
```

۳. متن پیش‌نویس را داریوش بازبینی و امضا می‌کند.
۴. نسخه PDF در پرونده مشتری بایگانی می‌شود.
""")

add("yaml/cloudinary-url", "restoration/config/media.yaml", "https://cloudinary.com/documentation/how_to_integrate_cloudinary#account_details", """
# پردازش عکس‌های قبل و بعد کارگاه رفوگری
media:
  cloudinary_url: cloudinary://@@apikey@@:@@secret@@@kashani-rugs
  upload_preset: restoration_before_after
  folder: restoration/{year}/{job_id}
  transformations:
    thumb: c_fill,w_400,h_400,q_auto
    zoom: c_limit,w_2400,q_90
watermark: assets/kashani-watermark.png
""", alnum(27, ALNUM + "-_"), apikey=hexs(15, "0123456789"))

add("csv/decoy-hash", "restoration/exports/jobs_2024Q1.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
job_id,rug_sku,customer_ref,work,hours,photo_before_md5,photo_after_md5
RJ-2024-0101,KR-HER-0077,C-1182,reweave corner (2in),11.5,@@a1@@,@@b1@@
RJ-2024-0102,KR-TAB-0220,C-0977,overcast sides,3.0,@@a2@@,@@b2@@
RJ-2024-0103,KR-KSH-0102,C-1203,moth damage - reknot field,26.0,@@a3@@,@@b3@@
RJ-2024-0104,KR-NAI-0014,C-1190,new fringe,4.5,@@a4@@,@@b4@@
""", a1=hexs(32), b1=hexs(32), a2=hexs(32), b2=hexs(32), a3=hexs(32), b3=hexs(32), a4=hexs(32), b4=hexs(32))

add("python/dropbox-access-token", "restoration/sync/dropbox_pull.py", "https://developers.dropbox.com/oauth-guide", """
# دریافت عکس‌های ارسالی مشتریان از پوشه Dropbox «ارسال عکس فرش»
import dropbox

dbx = dropbox.Dropbox("@@secret@@")

for entry in dbx.files_list_folder("/Customer Uploads").entries:
    if isinstance(entry, dropbox.files.FileMetadata) and entry.name.lower().endswith((".jpg", ".heic")):
        dbx.files_download_to_file(f"incoming/{entry.name}", entry.path_lower)
        print("downloaded", entry.name)
""", "sl.B" + alnum(134, ALNUM + "-_"))

add("rust/decoy-checksum", "rugtools-rs/src/firmware.rs", "https://docs.rs/sha2/latest/sha2/", """
//! Verify the moisture meter firmware image before flashing it.
use sha2::{Digest, Sha256};

/// Published by the vendor on the download page (firmware 2.4.1).
pub const FIRMWARE_SHA256: &str = "@@sha@@";

pub fn verify(image: &[u8]) -> bool {
    let digest = Sha256::digest(image);
    hex::encode(digest) == FIRMWARE_SHA256
}

#[cfg(test)]
mod tests {
    #[test]
    fn empty_is_not_valid() {
        assert!(!super::verify(b""));
    }
}
""", sha=hexs(64))

add("rust/database-password", "rugtools-rs/src/bin/import_wash_log.rs", "https://docs.rs/postgres/latest/postgres/config/struct.Config.html", """
use postgres::{Client, NoTls};
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let mut client = Client::connect(
        "host=10.20.0.5 user=washlog password=@@secret@@ dbname=washplant",
        NoTls,
    )?;
    let mut rdr = csv::Reader::from_path("wash_log.csv")?;
    for rec in rdr.records() {
        let rec = rec?;
        client.execute(
            "INSERT INTO wash_log (order_no, stage, minutes) VALUES ($1, $2, $3)",
            &[&rec[0].to_string(), &rec[1].to_string(), &rec[2].parse::<i32>()?],
        )?;
    }
    Ok(())
}
""", rand_pw(16))

add("swift/decoy-publishable-key", "ios/KashaniRugs/Config/AppConfig.swift", "https://docs.stripe.com/payments/accept-a-payment?platform=ios", """
import Foundation

enum AppConfig {
    static let apiBase = URL(string: "https://api.kashanirugs.com/v2")!
    // Public by design: Stripe publishable key and the Mapbox public token.
    static let stripePublishableKey = "@@pk@@"
    static let mapboxPublicToken = "pk.@@mb@@"
    static let supportedLanguages = ["en", "fa"]
}
""", pk=stripe_key("pk_live_"), mb=b64('{"u":"kashanirugs","a":"clx1w9q"}').rstrip("=") + "." + alnum(22, ALNUM + "-_"))

add("swift/mapbox-secret-token", "ios/scripts/download_offline_tiles.swift", "https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens", """
#!/usr/bin/env swift
// Downloads the Los Angeles delivery-area tiles for the drivers' offline map (build step).
import Foundation

let secretToken = "@@secret@@"
let url = URL(string: "https://api.mapbox.com/downloads/v2/mobile-maps/releases/ios/packages/10.16.0/MapboxMaps.zip")!
var req = URLRequest(url: url)
req.setValue("Bearer \\(secretToken)", forHTTPHeaderField: "Authorization")
let sem = DispatchSemaphore(value: 0)
URLSession.shared.downloadTask(with: req) { loc, _, err in
    if let loc = loc { try? FileManager.default.moveItem(at: loc, to: URL(fileURLWithPath: "MapboxMaps.zip")) }
    if let err = err { print(err) }
    sem.signal()
}.resume()
sem.wait()
""", "sk." + b64('{"u":"kashanirugs","a":"clx1wb7"}').rstrip("=") + "." + alnum(22, ALNUM + "-_"))

# ---------------------------------------------------------------------------------------------
# Servers, keys, deploy and ops
# ---------------------------------------------------------------------------------------------

add("ansible/ssh-private-key", "it/ansible/roles/deploy/files/deploy_key", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
@@secret@@
""", openssh_key())

add("ansible/smtp-password", "it/ansible/group_vars/washplant.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
washplant_hostname: wash01.kashani.local
washplant_tz: America/Los_Angeles
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_user: apikey
postfix_sasl_password: "@@secret@@"
ntp_servers:
  - 0.us.pool.ntp.org
  - 1.us.pool.ntp.org
""", sendgrid_key())

add("ansible/decoy-encrypted", "it/ansible/group_vars/showroom/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(46))

add("ansible/decoy-vault-reference", "it/ansible/group_vars/showroom/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
# متغیرهای شوروم وست‌وود؛ مقادیر رمزدار در vault.yml هستند
showroom_wifi_ssid: Kashani-Guest
showroom_wifi_psk: "{{ vault_showroom_wifi_psk }}"
nvr_admin_password: "{{ vault_nvr_admin_password }}"
pos_db_password: "{{ vault_pos_db_password }}"
backup_ftp_password: "{{ lookup('community.general.onepassword', 'Showroom FTP', field='password') }}"
""")

add("python/django-secret-key", "backoffice/backoffice/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["backoffice.kashanirugs.com", "10.10.0.20"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "inventory",
    "washorders",
    "restoration",
]

LANGUAGE_CODE = "fa"
LANGUAGES = [("fa", "فارسی"), ("en", "English")]
TIME_ZONE = "America/Los_Angeles"
""", fakes.django_secret_key(_seed()))

add("python/decoy-test-fixture", "backoffice/tests/test_auth.py", "https://docs.djangoproject.com/en/5.0/topics/testing/tools/", """
import pytest
from django.contrib.auth.models import User

TEST_PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def staff(db):
    return User.objects.create_user("nasrin", "nasrin@example.com", TEST_PASSWORD, is_staff=True)


def test_staff_can_log_in(client, staff):
    assert client.login(username="nasrin", password=TEST_PASSWORD)


def test_wrong_password_fails(client, staff):
    assert not client.login(username="nasrin", password="wrong")
""")

add("javascript/jwt-secret", "api/src/auth/jwt.js", "https://github.com/auth0/node-jsonwebtoken#usage", """
const jwt = require("jsonwebtoken");

// Drivers' app login tokens (wash pickup and delivery)
const JWT_SECRET = "@@secret@@";

function issue(driver) {
  return jwt.sign({ sub: driver.id, role: "driver", plant: driver.plant }, JWT_SECRET, { expiresIn: "12h" });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { issue, verify };
""", rand_pw(48))

add("javascript/decoy-jwt-example", "api/test/fixtures/tokens.js", "https://www.rfc-editor.org/rfc/rfc7519#section-3.1", """
// Test tokens signed with the test secret "test-secret" (see test/setup.js); never valid in prod.
module.exports = {
  expiredDriver:
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkcnYtMDEiLCJyb2xlIjoiZHJpdmVyIiwiZXhwIjoxfQ.placeholder-signature",
  malformed: "not.a.jwt",
  missingRole:
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkcnYtMDIifQ.placeholder-signature",
};
""")

add("yaml/sentry-auth-token", "storefront/.sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """
# sentry-cli settings for uploading storefront source maps
defaults:
  url: https://sentry.io/
  org: kashani-rugs
  project: storefront
auth:
  token: @@secret@@
""", sentry_token())

add("javascript/decoy-sentry-dsn", "storefront/src/sentry.client.config.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import * as Sentry from "@sentry/nextjs";

// The DSN is public by design; it only lets the browser send events.
Sentry.init({
  dsn: "https://@@key@@@o4507112.ingest.us.sentry.io/4507112233",
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_ENV || "production",
});
""", key=hexs(32))

add("shell/cloudflare-api-token", "it/scripts/purge_cdn.sh", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
#!/bin/bash
# Purge the CDN after uploading new rug photos
ZONE_ID=@@zone@@
CF_API_TOKEN="@@secret@@"

curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" \\
  -H "Authorization: Bearer $CF_API_TOKEN" \\
  -H "Content-Type: application/json" \\
  --data '{"prefixes":["kashanirugs.com/media/rugs/"]}' | jq .success
""", cloudflare_token(), zone=hexs(32))

add("python/slack-bot-token", "it/alerts/slack_alerts.py", "https://api.slack.com/authentication/token-types#bot", """
from slack_sdk import WebClient

slack = WebClient(token="@@secret@@")


def post(channel: str, text: str) -> None:
    slack.chat_postMessage(channel=channel, text=text)


def humidity_alarm(room: str, value: float) -> None:
    post("#wash-plant", f":warning: {room} humidity at {value:.0f}% - check the dryer before loading silk")
""", slack_bot())

add("xml/decoy-placeholder", "Kashani.Pos/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="StoreName" value="Kashani Rugs - Westwood" />
    <add key="AuthNetLoginId" value="" />
    <add key="AuthNetTransactionKey" value="[set on the POS PC via setup.exe]" />
    <add key="ReceiptPrinter" value="EPSON TM-T88VI" />
  </appSettings>
  <connectionStrings>
    <add name="Pos" connectionString="Server=.\\SQLEXPRESS;Database=Pos;Integrated Security=True;" />
  </connectionStrings>
</configuration>
""")

add("xml/database-password", "Kashani.Pos/Web.Release.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Pos"
         connectionString="Server=tcp:kashani-pos.database.windows.net,1433;Database=Pos;User ID=posadmin;Password=@@secret@@;Encrypt=True;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", words_pw())

add("dockerfile/github-token", "washplant/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM python:3.12-slim AS build
WORKDIR /src
# private helper package from the org
ARG GH_TOKEN=@@secret@@
RUN pip install --no-cache-dir "git+https://${GH_TOKEN}@github.com/kashani-rugs/rugtools-private.git@v0.3.0"
COPY . .
RUN pip install --no-cache-dir .

FROM python:3.12-slim
COPY --from=build /usr/local /usr/local
CMD ["washplant", "serve", "--port", "8080"]
""", fakes.github_fine_grained_token(_seed()))

add("dockerfile/decoy-env-reference", "storefront/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ARG NEXT_PUBLIC_STRIPE_PK
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
CMD ["npm", "start"]
""")

# ---------------------------------------------------------------------------------------------
# Persian-language docs, the old WordPress site, office network
# ---------------------------------------------------------------------------------------------

add("php/database-password", "legacy/wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** تنظیمات پایگاه داده وردپرس - سایت قدیمی فارسی farsh.kashanirugs.com */
define( 'DB_NAME', 'kashani_wp' );
define( 'DB_USER', 'kashani_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WPLANG', 'fa_IR' );
$table_prefix = 'kr_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-placeholder", "legacy/wordpress/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("markdown/wifi-password", "docs/fa/office-it.md", "https://wiki.mikrotik.com/wiki/Manual:Interface/Wireless", """
# راهنمای فناوری اطلاعات دفتر و شوروم

## شبکه
| نام شبکه | کاربرد | رمز |
|---|---|---|
| Kashani-Staff | کارکنان و دستگاه POS | `@@secret@@` |
| Kashani-Guest | مشتریان شوروم | روی کارت پشت صندوق چاپ شده |

## چاپگر برچسب
آدرس 192.168.10.31 - برچسب‌های SKU فرش با قالب `KR-<نوع>-<شماره>`.

## پشتیبانی
در صورت قطعی اینترنت با آرش تماس بگیرید: 818-555-0177
""", passphrase())

add("markdown/decoy-vault-reference", "docs/fa/passwords-policy.md", "https://support.1password.com/", """
# سیاست رمزهای عبور

- همه رمزها فقط در **1Password** (خزانه‌های «شوروم»، «کارگاه»، «حسابداری») نگهداری می‌شوند.
- هیچ رمزی در ایمیل، تلگرام یا واتس‌اپ فرستاده نمی‌شود.
- رمز دستگاه‌ها هر شش ماه عوض می‌شود؛ آخرین تغییر: ۱۴۰۳/۰۱/۱۵.
- کلیدهای API سرویس‌ها (Stripe، Square، Twilio) فقط در AWS Secrets Manager:
  `prod/shop/stripe`، `prod/pos/square`، `prod/notify/twilio`.
- اگر رمزی لو رفت، فوراً به آرش اطلاع دهید تا آن را باطل کند.
""")

add("yaml/decoy-placeholder", "bots/config.example.yml", "https://core.telegram.org/bots/features#botfather", """
# پیکربندی نمونه ربات‌ها - فایل config.yml را از روی این بسازید
telegram:
  token: "123456789:AAExampleExampleExampleExampleExam"   # از BotFather بگیرید
  drivers_chat_id: -100XXXXXXXXXX
kavenegar:
  api_key: "YOUR-KAVENEGAR-API-KEY"
  sender: "10004346"
languages: [fa, en]
""")

add("json/kavenegar-api-key", "bots/config/sms.json", "https://kavenegar.com/rest.html", """
{
  "provider": "kavenegar",
  "api_key": "@@secret@@",
  "sender": "10004346",
  "templates": {
    "pickup": "فرش شما تحویل گرفته شد. کد پیگیری: %token",
    "ready": "فرش شما آماده تحویل است. فرش کاشانی",
    "invoice": "صورتحساب شستشو: %token دلار"
  },
  "retry": 3
}
""", kavenegar_key())

add("yaml/twilio-auth-token", "washplant/config/notify.yaml", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """
# اطلاع‌رسانی پیامکی به مشتریان آمریکا
twilio:
  account_sid: @@sid@@
  auth_token: @@secret@@
  from: "+18185550142"
  status_callback: https://washplant.kashanirugs.com/twilio/status
quiet_hours:
  start: "21:00"
  end: "08:00"
""", hexs(32), sid=twilio_sid())

_sid = twilio_sid()
_basic = b64(_sid + ":" + hexs(32))
add("log/basic-auth-header", "logs/twilio-debug-2024-02-02.log", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """
2024-02-02 10:41:07 DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): api.twilio.com:443
2024-02-02 10:41:07 DEBUG twilio.http: -- BEGIN Twilio API Request --
2024-02-02 10:41:07 DEBUG twilio.http: POST Request: https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json
2024-02-02 10:41:07 DEBUG twilio.http: Headers: {'Authorization': 'Basic @@secret@@', 'User-Agent': 'twilio-python/8.12.0'}
2024-02-02 10:41:07 DEBUG twilio.http: -- END Twilio API Request --
2024-02-02 10:41:08 DEBUG twilio.http: Response Status Code: 201
2024-02-02 10:41:08 INFO notify: ready SMS sent for order 47710
""", _basic, sid=_sid)

# ---------------------------------------------------------------------------------------------
# More vendors and forms
# ---------------------------------------------------------------------------------------------

add("python/klaviyo-private-key", "marketing/klaviyo/abandoned_cart.py", "https://developers.klaviyo.com/en/docs/authenticate_", """
import requests

KLAVIYO_PRIVATE_KEY = "@@secret@@"
HEADERS = {
    "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
    "revision": "2024-02-15",
    "accept": "application/json",
}


def track_started_checkout(email: str, rug_sku: str, value: float) -> None:
    body = {"data": {"type": "event", "attributes": {
        "properties": {"sku": rug_sku},
        "metric": {"data": {"type": "metric", "attributes": {"name": "Started Checkout"}}},
        "profile": {"data": {"type": "profile", "attributes": {"email": email}}},
        "value": value,
    }}}
    requests.post("https://a.klaviyo.com/api/events/", json=body, headers=HEADERS, timeout=15)
""", "pk_" + hexs(34))

add("javascript/algolia-admin-key", "storefront/scripts/reindex-rugs.mjs", "https://www.algolia.com/doc/guides/security/api-keys/", """
// بازسازی نمایه جستجوی فرش‌ها (اندازه، منطقه بافت، رنگ) پس از ورود شبانه موجودی
import algoliasearch from "algoliasearch";
import fs from "node:fs";

const client = algoliasearch("KR3Q8ZL1VX", "@@secret@@");
const index = client.initIndex("rugs_prod");

const rugs = JSON.parse(fs.readFileSync("exports/rugs.json", "utf8")).map((r) => ({
  objectID: r.sku,
  title: r.title,
  title_fa: r.title_fa,
  origin: r.origin,
  size: `${r.width_ft}x${r.length_ft}`,
  colors: r.colors,
  price: r.price,
}));

await index.replaceAllObjects(rugs, { safe: true });
console.log(`indexed ${rugs.length} rugs`);
""", hexs(32))

add("javascript/decoy-search-key", "storefront/src/lib/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from "algoliasearch/lite";

// Search-only key: public by design, restricted to the rugs_prod index.
export const searchClient = algoliasearch("KR3Q8ZL1VX", "@@key@@");
export const INDEX = "rugs_prod";

export const facets = ["origin", "size", "colors", "construction"];
""", key=hexs(32))

add("json/google-oauth-client-secret", "backoffice/config/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """
{
  "web": {
    "client_id": "418277310042-@@cid@@.apps.googleusercontent.com",
    "project_id": "kashani-backoffice",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://backoffice.kashanirugs.com/oauth/google/callback"]
  }
}
""", gcp_oauth_secret(), cid=alnum(32, string.ascii_lowercase + string.digits))

add("php/recaptcha-secret", "legacy/contact/verify-captcha.php", "https://developers.google.com/recaptcha/docs/verify", """
<?php
function captcha_ok(string $response): bool
{
    $secret = '@@secret@@';
    $ch = curl_init('https://www.google.com/recaptcha/api/siteverify');
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query([
        'secret' => $secret,
        'response' => $response,
        'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
    ]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $json = json_decode(curl_exec($ch), true);
    return !empty($json['success']) && ($json['score'] ?? 0) >= 0.5;
}
""", recaptcha_secret())

add("html/decoy-site-key", "legacy/contact/appraisal-form.html", "https://developers.google.com/recaptcha/docs/display", """
<!doctype html>
<html lang="fa" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>درخواست ارزیابی فرش</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/contact/contact-form.php" method="post">
    <label>نام <input name="name" required></label>
    <label>ایمیل <input name="email" type="email" required></label>
    <label>توضیحات فرش <textarea name="message"></textarea></label>
    <div class="g-recaptcha" data-sitekey="6Le@@site@@"></div>
    <button type="submit">ارسال</button>
  </form>
</body>
</html>
""", site=alnum(37, ALNUM + "-_"))

add("env/xero-client-secret", "backoffice/.env.local", "https://developer.xero.com/documentation/guides/oauth2/auth-flow", """
# بخش عمده‌فروشی از Xero استفاده می‌کند؛ خرده‌فروشی از QuickBooks
XERO_CLIENT_ID=@@cid@@
XERO_CLIENT_SECRET=@@secret@@
XERO_REDIRECT_URI=http://localhost:8000/xero/callback
XERO_TENANT_NAME=Kashani Rug Wholesale LLC
DEBUG=1
""", alnum(48, ALNUM + "-_"), cid=hexs(32, UPHEX))

add("yaml/ups-client-secret", "shipping/carriers.yaml", "https://developer.ups.com/oauth-developer-guide", """
carriers:
  ups:
    account_number: 8W41Y2
    client_id: @@cid@@
    client_secret: @@secret@@
    services: [ground, 2nd_day_air]
  freight:
    provider: estes
    account_number: "0712244"
    contact: dispatch@kashanirugs.com
packaging:
  rolled_rug_tube: { max_length_in: 108, max_weight_lb: 150 }
""", alnum(64), cid=alnum(48))

add("env/shopify-api-secret", "integrations/shopify-app/.env", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", """
SHOPIFY_API_KEY=@@key@@
SHOPIFY_API_SECRET=@@secret@@
SCOPES=read_products,write_products,read_inventory,write_inventory
HOST=https://rugsync.kashanirugs.com
# rugsync: pushes showroom holds into Shopify inventory
PORT=8081
""", shopify("shpss_"), key=hexs(32))

add("python/square-webhook-signature-key", "pos/webhooks/square_hooks.py", "https://developer.squareup.com/docs/webhooks/step3validate", """
from flask import Flask, abort, request
from square.utilities.webhooks_helper import is_valid_webhook_event_signature

app = Flask(__name__)
SIGNATURE_KEY = "@@secret@@"
NOTIFICATION_URL = "https://pos.kashanirugs.com/square/webhook"


@app.post("/square/webhook")
def square_webhook():
    body = request.get_data(as_text=True)
    sig = request.headers.get("x-square-hmacsha256-signature", "")
    if not is_valid_webhook_event_signature(body, sig, SIGNATURE_KEY, NOTIFICATION_URL):
        abort(403)
    # payment.updated -> mark the showroom sale paid in the back office
    return "", 200
""", alnum(22, ALNUM + "-_"))

add("ini/wireguard-private-key", "it/vpn/washplant-wg0.conf", "https://www.wireguard.com/quickstart/", """
# VPN بین کارگاه قالیشویی ون نایز و شوروم وست‌وود
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@secret@@
ListenPort = 51820

[Peer]
# Westwood MikroTik
PublicKey = @@pub@@
Endpoint = vpn.kashanirugs.com:51820
AllowedIPs = 192.168.10.0/24, 10.99.0.1/32
PersistentKeepalive = 25
""", alnum(42, ALNUM + "+/") + "A=", pub=alnum(42, ALNUM + "+/") + "E=")

add("ini/decoy-public-key", "it/vpn/showroom-peer.conf", "https://www.wireguard.com/quickstart/", """
# Peer entry to paste on the wash plant side (public keys only)
[Peer]
# Westwood MikroTik
PublicKey = @@pub@@
Endpoint = vpn.kashanirugs.com:51820
AllowedIPs = 192.168.10.0/24, 10.99.0.1/32
PersistentKeepalive = 25
""", pub=alnum(42, ALNUM + "+/") + "s=")

add("shell/smb-password", "it/scripts/mount_nas.sh", "https://www.samba.org/samba/docs/current/man-html/mount.cifs.8.html", """
#!/bin/bash
# Mount the office NAS share with the rug photo archive on the restoration workstation
set -e
mkdir -p /mnt/rug-archive
mount -t cifs //192.168.10.8/rug-archive /mnt/rug-archive \\
  -o username=restoration,password='@@secret@@',uid=1000,gid=1000,vers=3.0
echo "NAS mounted"
""", words_pw())

add("yaml/hetzner-api-token", "it/cloud/hcloud-cli.yaml", "https://docs.hetzner.cloud/#authentication", """
# hcloud CLI contexts (the Persian site mirror runs in Falkenstein)
active_context: farsh-mirror
contexts:
  - name: farsh-mirror
    token: @@secret@@
  - name: staging
    token: ""
""", alnum(64))

# ---------------------------------------------------------------------------------------------
# Suppliers, wholesale and the drivers' app
# ---------------------------------------------------------------------------------------------

add("python/sftp-password", "wholesale/import_price_lists.py", "https://docs.paramiko.org/en/stable/api/client.html", """
\"\"\"Fetch the weekly price lists from the Tabriz and Istanbul suppliers' SFTP drop.\"\"\"
import paramiko

HOST = "sftp.orient-carpet-exports.com"
USER = "kashani"
PASSWORD = "@@secret@@"


def fetch(remote_dir: str = "/outgoing/pricelists", local_dir: str = "incoming") -> list[str]:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    names = [n for n in sftp.listdir(remote_dir) if n.endswith(".xlsx")]
    for name in names:
        sftp.get(f"{remote_dir}/{name}", f"{local_dir}/{name}")
    sftp.close()
    transport.close()
    return names
""", words_pw())

add("markdown/supplier-portal-password", "docs/fa/wholesale-handover.md", "https://www.markdownguide.org/basic-syntax/", """
# یادداشت تحویل بخش عمده‌فروشی

نسرین جان، از هفته آینده سفارش‌های عمده با توست. خلاصه:

- **پرتال تأمین‌کننده تبریز** (orient-carpet-exports.com/portal)
  - نام کاربری: `kashani.wholesale`
  - رمز: `@@secret@@`
  - قیمت‌ها هر دوشنبه به‌روز می‌شوند (به دلار).
- **گمرک و حمل**: کارگزار ما در لانگ‌بیچ، آقای رضایی. مدارک در پوشه «گمرک».
- **فاکتورها**: در Xero (نه QuickBooks).

هر سؤالی بود در تلگرام بپرس. - شیرین
""", words_pw())

add("kotlin/telegram-bot-token", "drivers-app/app/src/main/java/com/kashanirugs/drivers/Notify.kt", "https://core.telegram.org/bots/api#sendmessage", """
package com.kashanirugs.drivers

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

object Notify {
    private const val BOT_TOKEN = "@@secret@@"
    private const val DISPATCH_CHAT = "-1001873344120"
    private val http = OkHttpClient()

    fun pickedUp(orderNo: String, driver: String) {
        val body = FormBody.Builder()
            .add("chat_id", DISPATCH_CHAT)
            .add("text", "فرش سفارش $orderNo توسط $driver تحویل گرفته شد")
            .build()
        val req = Request.Builder().url("https://api.telegram.org/bot$BOT_TOKEN/sendMessage").post(body).build()
        http.newCall(req).execute().close()
    }
}
""", fakes.telegram_token(_seed()))

add("kotlin/decoy-env-reference", "drivers-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.kashanirugs.drivers"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.kashanirugs.drivers"
        minSdk = 26
        versionCode = 41
        versionName = "2.3.0"
        buildConfigField("String", "API_BASE", "\\"https://api.kashanirugs.com/v2\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("DRIVERS_MAPS_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "drivers"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("properties/keystore-password", "drivers-app/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
# امضای نسخه انتشار اپ رانندگان (کلید آپلود Play Console)
storeFile=../keys/kashani-drivers.jks
storePassword=@@secret@@
keyAlias=drivers
keyPassword=@@secret@@
""", rand_pw(20))

add("typescript/openai-api-key", "drivers-app-web/src/server/translate.ts", "https://platform.openai.com/docs/api-reference/authentication", """
import OpenAI from "openai";

// ترجمه یادداشت‌های مشتری بین فارسی و انگلیسی برای رانندگان
const openai = new OpenAI({ apiKey: "@@secret@@" });

export async function translate(text: string, to: "fa" | "en"): Promise<string> {
  const resp = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `Translate to ${to === "fa" ? "Persian" : "English"}. Keep rug terms.` },
      { role: "user", content: text },
    ],
  });
  return resp.choices[0].message.content ?? "";
}
""", fakes.openai_key(_seed(), "svcacct"))

add("typescript/decoy-env-reference", "drivers-app-web/src/server/env.ts", "https://zod.dev/", """
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url(),
  OPENAI_API_KEY: z.string().startsWith("sk-"),
  JWT_SECRET: z.string().min(32),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\\d{8,10}:[A-Za-z0-9_-]{35}$/),
});

export const env = schema.parse(process.env);
""")

add("go/aws-secret-access-key", "tools/photo-resizer/config.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """
package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Resizer runs on the restoration workstation and writes thumbnails to S3.
func loadConfig(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("us-west-2"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@kid@@",
			"@@secret@@",
			"",
		)),
	)
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("go/decoy-example-key", "tools/photo-resizer/config_test.go", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
package main

import "testing"

// The AWS documentation's example credentials; never valid.
const (
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE"
	exampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)

func TestThumbKey(t *testing.T) {
	if got := thumbKey("KR-HER-0077", 400); got != "thumbs/400/KR-HER-0077.jpg" {
		t.Fatalf("got %q", got)
	}
	_ = exampleKeyID
	_ = exampleSecret
}
""")

add("ruby/database-password", "appraisals/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: 5

development:
  <<: *default
  database: appraisals_dev
  username: root
  password:

production:
  <<: *default
  database: appraisals
  username: appraisals
  password: @@secret@@
  host: mysql.kashani.local
""", rand_pw(16))

add("ruby/decoy-env-reference", "appraisals/config/database.prod.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
production:
  adapter: mysql2
  encoding: utf8mb4
  pool: <%= ENV.fetch("RAILS_MAX_THREADS", 5) %>
  database: appraisals
  username: appraisals
  password: <%= ENV["APPRAISALS_DATABASE_PASSWORD"] %>
  host: <%= ENV.fetch("DB_HOST", "mysql.kashani.local") %>
""")

add("ruby/rails-secret-key-base", "appraisals/config/secrets.yml", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# برنامه قدیمی Rails 4 (ارزیابی بیمه فرش)، هنوز در حال کار
development:
  secret_key_base: 3b7cd727ee24e8444053437c36cc66c3

test:
  secret_key_base: 5a37811464e7d378488b0f073e2193b0

production:
  secret_key_base: @@secret@@
""", hexs(128))

add("yaml/redis-password", "appraisals/config/sidekiq.yml", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """
:concurrency: 5
:queues:
  - default
  - pdf
  - mailers
:redis:
  url: redis://:@@secret@@@redis.kashani.local:6379/2
:scheduler:
  :schedule:
    appraisal_reminders:
      cron: "0 9 * * 1"
      class: AppraisalReminderJob
""", fakes.redis_password(_seed()))

add("csv/decoy-id", "wholesale/exports/container_MSKU7712049.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
bale_no,origin,type,size_cm,knots_per_dm2,weight_kg,invoice_line_id
B-001,Tabriz,Mahi 50 raj,200x300,3600,14.2,@@u1@@
B-002,Tabriz,Mahi 50 raj,170x240,3600,9.8,@@u2@@
B-003,Kashan,Medallion,250x350,2500,21.7,@@u3@@
B-004,Heriz,Geometric,300x400,1200,34.0,@@u4@@
B-005,Nain,9la silk-inlay,150x230,7200,7.1,@@u5@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("json/decoy-id", "storefront/test/fixtures/order.json", "https://docs.stripe.com/api/checkout/sessions/object", """
{
  "id": "cs_live_a1@@s@@",
  "object": "checkout.session",
  "amount_total": 482000,
  "currency": "usd",
  "customer_details": {"email": "customer@example.com", "name": "Test Customer"},
  "metadata": {"rug_sku": "KR-KSH-0102", "order_no": "48213"},
  "payment_intent": "pi_3P@@pi@@",
  "payment_status": "paid",
  "status": "complete"
}
""", s=alnum(56), pi=alnum(22))

# ---------------------------------------------------------------------------------------------
# Cleaning business: route planning, booking, reviews, accounting exports
# ---------------------------------------------------------------------------------------------

add("python/google-api-key", "washplant/routes/plan_pickups.py", "https://developers.google.com/maps/documentation/routes/get-api-key", """
# برنامه‌ریزی مسیر رانندگان برای جمع‌آوری فرش‌ها
import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")

PLANT = "14820 Raymer St, Van Nuys, CA"


def plan(addresses: list[str]) -> list[str]:
    result = gmaps.directions(PLANT, PLANT, waypoints=addresses, optimize_waypoints=True, mode="driving")
    order = result[0]["waypoint_order"]
    return [addresses[i] for i in order]
""", google_api_key())

add("python/calendly-token", "washplant/booking/calendly_sync.py", "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens", """
\"\"\"Turn Calendly bookings ("In-home rug pickup") into wash orders.\"\"\"
import requests

TOKEN = "@@secret@@"
ORG = "https://api.calendly.com/organizations/@@org@@"


def new_pickups(since_iso: str) -> list[dict]:
    r = requests.get(
        "https://api.calendly.com/scheduled_events",
        headers={"Authorization": f"Bearer {TOKEN}"},
        params={"organization": ORG, "min_start_time": since_iso, "status": "active"},
        timeout=20,
    )
    r.raise_for_status()
    return [e for e in r.json()["collection"] if e["name"] == "In-home rug pickup"]
""", "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ." + alnum(180, ALNUM + "-_") + "." + alnum(86, ALNUM + "-_"), org=uuid_s())

add("python/decoy-regex", "washplant/validation.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Input checks for the wash order form.\"\"\"
import re

ORDER_NO = re.compile(r"^\\d{5}$")
SKU = re.compile(r"^KR-[A-Z]{3}-\\d{4}$")
US_PHONE = re.compile(r"^\\+1\\d{10}$")
IR_PHONE = re.compile(r"^\\+989\\d{9}$")
# reject pasted API tokens in the notes field
LOOKS_LIKE_TOKEN = re.compile(r"(sk_live_[0-9A-Za-z]{24,}|\\d{9,10}:AA[0-9A-Za-z_-]{33}|AKIA[0-9A-Z]{16})")


def clean_notes(text: str) -> str:
    return LOOKS_LIKE_TOKEN.sub("[removed]", text)
""")

add("sql/decoy-hash", "db/seeds/003_api_clients.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Partner API clients (designers' portals). Only SHA-256 digests of their keys are stored.
INSERT INTO api_clients (name, key_prefix, key_sha256, scopes) VALUES
('Studio Laleh Interiors', 'kr_6f1a', '@@h1@@', '{holds:read,holds:write}'),
('Westside Staging Co',    'kr_90bd', '@@h2@@', '{inventory:read}'),
('Noor Design Group',      'kr_2c77', '@@h3@@', '{inventory:read,holds:read}');
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("sql/decoy-placeholder", "db/setup/create_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Run with psql -v app_password="$APP_DB_PASSWORD" -f create_roles.sql
CREATE ROLE washplant_app WITH LOGIN PASSWORD :'app_password';
CREATE ROLE washplant_ro WITH LOGIN PASSWORD :'ro_password';
GRANT CONNECT ON DATABASE washplant TO washplant_app, washplant_ro;
GRANT USAGE ON SCHEMA public TO washplant_app, washplant_ro;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO washplant_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO washplant_ro;
""")

add("yaml/yelp-api-key", "marketing/reviews/sources.yaml", "https://docs.developer.yelp.com/docs/fusion-authentication", """
# منابع نظرات مشتریان برای گزارش هفتگی
google:
  place_id: ChIJ@@place@@
  key_env: PLACES_KEY
yelp:
  business_id: kashani-rugs-los-angeles
  api_key: @@secret@@
trustpilot:
  enabled: false
report:
  to: [dariush@kashanirugs.com, shirin@kashanirugs.com]
""", alnum(128, ALNUM + "-_"), place=alnum(23, ALNUM + "-_"))

add("csv/decoy-id", "backoffice/exports/wash_invoices_2024-03.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
invoice_no,order_no,customer_ref,sqft,service,amount_usd,stripe_charge,status
W-24-0311,48190,C-1177,54,wash+dry,216.00,ch_3Ox@@c1@@,paid
W-24-0312,48191,C-0801,96,wash+fringe,480.00,ch_3Ox@@c2@@,paid
W-24-0313,48195,C-1203,35,silk hand wash,385.00,,cash
W-24-0314,48201,C-1182,120,wash+moth treatment,720.00,ch_3Oy@@c3@@,refunded
W-24-0315,48213,C-1190,24,wash,96.00,ch_3Oy@@c4@@,paid
""", c1=alnum(21), c2=alnum(21), c3=alnum(21), c4=alnum(21))

add("powershell/database-password", "it/scripts/Export-PosSales.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# خروجی فروش ماه گذشته شوروم برای حسابدار
Import-Module SqlServer
$month = (Get-Date).AddMonths(-1).ToString("yyyy-MM")
$query = "SELECT sale_id, sku, price, tax, paid_at FROM dbo.Sales WHERE FORMAT(paid_at,'yyyy-MM') = '$month'"

Invoke-Sqlcmd -ServerInstance "kashani-pos.database.windows.net" -Database "Pos" `
  -Username "posadmin" -Password "@@secret@@" -Query $query |
  Export-Csv -NoTypeInformation -Encoding UTF8 "\\\\fileserver\\accounting\\sales_$month.csv"
""", words_pw())

add("powershell/decoy-placeholder", "it/scripts/New-StaffUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/new-aduser", """
# ایجاد حساب کاربری برای کارمند جدید
param(
    [Parameter(Mandatory)] [string] $Sam,
    [Parameter(Mandatory)] [string] $Name
)
$initial = Read-Host -AsSecureString "Initial password"
New-ADUser -Name $Name -SamAccountName $Sam -Path "OU=Staff,DC=kashani,DC=local" `
  -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true
Add-ADGroupMember -Identity "BackOffice" -Members $Sam
Write-Host "Created $Sam"
""")

add("shell/aws-secret-access-key", "it/laptops/behrouz/setup_aws.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
#!/bin/sh
# راه‌اندازی یک‌باره لپ‌تاپ بهروز: آپلود عکس‌ها به S3
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=us-west-2
aws s3 ls s3://kashani-rug-photos/restoration/ | tail -5
echo "ok - now run photos/upload_to_s3.py <folder>"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/aws-session-token", "docs/incidents/2024-02-s3-upload-failure.md", "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html", """
# Incident: restoration photo uploads failing (Feb 14)

**Impact:** before/after photos not uploaded for ~3 hours.
**Cause:** the uploader used expired MFA session credentials.

Repro (Arash's session at the time):

```
export AWS_ACCESS_KEY_ID=ASIA@@asia@@
export AWS_SECRET_ACCESS_KEY=@@sk@@
export AWS_SESSION_TOKEN=@@secret@@
aws s3 cp test.jpg s3://kashani-rug-photos/restoration/test.jpg
```

**Fix:** moved the uploader to an IAM role on the workstation's instance profile.
""", fakes.aws_session_token(_seed()), asia=hexs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sk=fakes.aws_secret_key(_seed()))

add("markdown/decoy-example-key", "docs/aws-setup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# AWS setup for staff laptops

1. Ask Arash for an IAM Identity Center invite (no long-lived keys).
2. Run `aws configure sso` and pick the `photos-uploader` permission set.
3. For reference, the credentials file format looks like this (AWS's example values):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Never paste real keys into this wiki.
""")

# ---------------------------------------------------------------------------------------------
# Mixed: configs, CI, containers, devices (batch 2)
# ---------------------------------------------------------------------------------------------

add("toml/database-password", "rugtools-rs/config/import.toml", "https://toml.io/en/v1.0.0", """
[source]
path = "wash_log.csv"
delimiter = ","

[database]
host = "10.20.0.5"
port = 5432
name = "washplant"
user = "washlog"
password = "@@secret@@"

[options]
batch_size = 500
skip_duplicates = true
""", rand_pw(18))

add("toml/slack-webhook", "it/monitor/netcheck.toml", "https://api.slack.com/messaging/webhooks", """
# بررسی در دسترس بودن اینترنت شوروم و کارگاه
interval_seconds = 60

[[targets]]
name = "westwood-router"
host = "192.168.10.1"

[[targets]]
name = "vannuys-router"
host = "10.20.0.1"

[notify]
slack_webhook = "@@secret@@"
mention = "@arash"
""", slack_webhook())

add("json/decoy-package-lock", "storefront/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "kashani-storefront",
  "version": "2.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/algoliasearch": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.23.3.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=alnum(86, ALNUM + "+/") + "==", i2=alnum(86, ALNUM + "+/") + "==")

add("php/decoy-sri-hash", "legacy/wordpress/wp-content/themes/farsh/header.php", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", """
<!doctype html>
<html <?php language_attributes(); ?> dir="rtl">
<head>
  <meta charset="<?php bloginfo('charset'); ?>">
  <title><?php wp_title(); ?> | فرش کاشانی</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/gh/rastikerdar/vazirmatn@v33.003/Vazirmatn-font-face.css"
        integrity="sha384-@@h1@@" crossorigin="anonymous">
  <script src="https://code.jquery.com/jquery-3.7.1.min.js"
          integrity="sha256-@@h2@@" crossorigin="anonymous"></script>
  <?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
""", h1=alnum(64, ALNUM + "+/"), h2=alnum(43, ALNUM + "+/") + "=")

add("compose/redis-password", "appraisals/docker-compose.prod.yml", "https://hub.docker.com/_/redis", """
services:
  redis:
    image: redis:7-alpine
    command: redis-server --appendonly yes --requirepass @@secret@@
    volumes: [redisdata:/data]
  web:
    image: ghcr.io/kashani-rugs/appraisals:5.2.1
    env_file: .env.production
    depends_on: [redis]
  sidekiq:
    image: ghcr.io/kashani-rugs/appraisals:5.2.1
    command: bundle exec sidekiq
    env_file: .env.production
volumes:
  redisdata: {}
""", fakes.redis_password(_seed()))

add("compose/smtp-password", "it/monitor/docker-compose.yml", "https://docs.gatus.io/", """
services:
  uptime-kuma:
    image: louislam/uptime-kuma:1
    volumes: [kuma:/app/data]
    ports: ["3001:3001"]
  mailrelay:
    image: boky/postfix:4.2
    environment:
      ALLOWED_SENDER_DOMAINS: kashanirugs.com
      RELAYHOST: "[smtp.office365.com]:587"
      RELAYHOST_USERNAME: alerts@kashanirugs.com
      RELAYHOST_PASSWORD: "@@secret@@"
volumes:
  kuma: {}
""", words_pw())

add("k8s-secret/stripe-secret-key", "deploy/k8s/shop/stripe-sealed-source.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", """
# ورودی kubeseal - بعد از seal کردن حتماً پاک شود (آرش)
apiVersion: v1
kind: Secret
metadata:
  name: shop-stripe
  namespace: shop
type: Opaque
stringData:
  STRIPE_SECRET_KEY: @@secret@@
  STRIPE_CURRENCY: usd
""", stripe_key())

add("k8s-secret/decoy-encrypted", "deploy/k8s/shop/stripe-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-stripe
  namespace: shop
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@e1@@
    STRIPE_CURRENCY: AgA@@e2@@
  template:
    metadata:
      name: shop-stripe
      namespace: shop
""", e1=alnum(340, ALNUM + "+/") + "==", e2=alnum(300, ALNUM + "+/") + "=")

_tg = fakes.telegram_token(_seed())
add("k8s-secret/telegram-bot-token", "deploy/k8s/bots/bot-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: order-bot
  namespace: bots
  annotations:
    kashanirugs.com/owner: arash
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @@enc@@
  TELEGRAM_DRIVERS_CHAT_ID: @@chat@@
""", _tg, enc=b64(_tg), chat=b64("-1001873344120"))

add("terraform/cloudflare-api-token", "infra/terraform/dns/provider.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.30" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "farsh" {
  zone_id = "@@zone@@"
  name    = "farsh"
  type    = "A"
  content = "49.12.77.140"
  proxied = true
}
""", cloudflare_token(), zone=hexs(32))

add("terraform/decoy-id", "infra/terraform/dns/records.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs/resources/record", """
locals {
  zone_id = "@@zone@@"
}

resource "cloudflare_record" "shop" {
  zone_id = local.zone_id
  name    = "@"
  type    = "CNAME"
  content = "kashani-rugs.myshopify.com"
  proxied = false
}

resource "cloudflare_record" "google_verify" {
  zone_id = local.zone_id
  name    = "@"
  type    = "TXT"
  content = "google-site-verification=@@gsv@@"
}
""", zone=hexs(32), gsv=alnum(43, ALNUM + "-_"))

add("yaml/decoy-public-key", "it/ansible/roles/users/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/posix/authorized_key_module.html", """
staff_users:
  - name: arash
    groups: [sudo, docker]
    ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ arash@kashani-mbp"
  - name: behrouz
    groups: [washplant]
    ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ behrouz@wash01"
  - name: deploy
    groups: [docker]
    ssh_key: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ deploy@ci"
""", k1=alnum(43, ALNUM + "+/"), k2=alnum(43, ALNUM + "+/"), k3=alnum(340, ALNUM + "+/") + "==")

_pk = pem("RSA")
add("yaml/private-key", "it/ansible/roles/web/vars/tls.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
# گواهی TLS برای backoffice.kashanirugs.com (Sectigo، تمدید سالانه)
tls_cert_path: /etc/ssl/certs/backoffice.crt
tls_key_path: /etc/ssl/private/backoffice.key
tls_key_content: |
  @@key@@
nginx_server_name: backoffice.kashanirugs.com
""", _pk, key=_pk.replace("\n", "\n  "))

# ---------------------------------------------------------------------------------------------
# Batch 3: more languages and runbooks
# ---------------------------------------------------------------------------------------------

add("csharp/sendgrid-api-key", "Kashani.Pos/Receipts/EmailReceipt.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", """
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Kashani.Pos.Receipts
{
    public class EmailReceipt
    {
        private readonly SendGridClient _client = new SendGridClient("@@secret@@");

        public async Task SendAsync(string to, string saleId, byte[] pdf)
        {
            var msg = MailHelper.CreateSingleEmail(
                new EmailAddress("showroom@kashanirugs.com", "Kashani Rugs"),
                new EmailAddress(to),
                $"Your receipt {saleId}", "Thank you for your purchase.", null);
            msg.AddAttachment($"receipt-{saleId}.pdf", System.Convert.ToBase64String(pdf));
            await _client.SendEmailAsync(msg);
        }
    }
}
""", sendgrid_key())

add("csharp/decoy-env-reference", "Kashani.Pos/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Kashani.Pos.Payments;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables(prefix: "KASHANI_");
builder.Configuration.AddUserSecrets<Program>(optional: true);

var sendGridKey = builder.Configuration["SendGrid:ApiKey"]
    ?? throw new InvalidOperationException("SendGrid:ApiKey missing");
builder.Services.AddSingleton(new Receipts.EmailReceiptOptions(sendGridKey));

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("java/database-password", "wholesale/erp-bridge/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data", """
spring.application.name=erp-bridge
server.port=8090
spring.datasource.url=jdbc:postgresql://db.kashanirugs.internal:5432/wholesale
spring.datasource.username=erp_bridge
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
erp.xero.tenant=Kashani Rug Wholesale LLC
erp.sync.cron=0 */15 * * * *
""", rand_pw(20, "#%+"))

add("properties/decoy-env-reference", "wholesale/erp-bridge/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", """
spring.datasource.url=jdbc:postgresql://${DB_HOST:db.kashanirugs.internal}:5432/wholesale
spring.datasource.username=${DB_USER:erp_bridge}
spring.datasource.password=${DB_PASSWORD}
erp.xero.client-id=${XERO_CLIENT_ID}
erp.xero.client-secret=${XERO_CLIENT_SECRET}
logging.level.root=INFO
""")

add("java/decoy-test-fixture", "wholesale/erp-bridge/src/test/java/com/kashanirugs/erp/XeroClientTest.java", "https://wiremock.org/docs/", """
package com.kashanirugs.erp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XeroClientTest {
    // WireMock stub credentials; the stub accepts anything.
    private static final String CLIENT_ID = "test-client-id";
    private static final String CLIENT_SECRET = "test-client-secret";

    @Test
    void buildsTokenRequest() {
        XeroClient client = new XeroClient("http://localhost:8089", CLIENT_ID, CLIENT_SECRET);
        assertThat(client.tokenForm()).contains("grant_type=client_credentials");
    }
}
""")

add("swift/decoy-placeholder", "ios/KashaniRugs/Config/Secrets.example.swift", "https://developer.apple.com/documentation/xcode/adding-identifiable-symbol-names-to-a-crash-report", """
// Copy to Secrets.swift (git-ignored) and fill in.
enum Secrets {
    static let revenueCatKey = "<REVENUECAT_PUBLIC_SDK_KEY>"
    static let sentryDSN = "<SENTRY_DSN>"
    static let backendSharedSecret = "<ASK_ARASH>"
}
""")

add("swift/api-shared-secret", "ios/KashaniRugs/Networking/APIClient.swift", "https://developer.apple.com/documentation/cryptokit/hmac", """
import CryptoKit
import Foundation

final class APIClient {
    static let shared = APIClient()
    private let base = URL(string: "https://api.kashanirugs.com/v2")!
    // HMAC key shared with the backend for request signing
    private let signingKey = SymmetricKey(data: Data("@@secret@@".utf8))

    func signed(_ path: String, body: Data) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent(path))
        req.httpMethod = "POST"
        req.httpBody = body
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: signingKey)
        req.setValue(Data(mac).base64EncodedString(), forHTTPHeaderField: "X-Kashani-Signature")
        return req
    }
}
""", rand_pw(40))

add("plist/decoy-firebase-config", "ios/KashaniRugs/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>418277310042-@@cid@@.apps.googleusercontent.com</string>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>418277310042</string>
	<key>BUNDLE_ID</key>
	<string>com.kashanirugs.app</string>
	<key>PROJECT_ID</key>
	<string>kashani-rugs-app</string>
	<key>STORAGE_BUCKET</key>
	<string>kashani-rugs-app.appspot.com</string>
</dict>
</plist>
""", cid=alnum(32, string.ascii_lowercase + string.digits), key=google_api_key())

_ftp_pw = words_pw()
add("python/ftp-password", "backoffice/tasks/send_to_accountant.py", "https://docs.python.org/3/library/ftplib.html", """
# ارسال خروجی ماهانه برای حسابدار (دفتر آقای مقدم)
import ftplib
import pathlib

HOST = "ftp.moghaddam-cpa.com"
USER = "kashanirugs"
PASS = "@@secret@@"


def send(path: pathlib.Path) -> None:
    with ftplib.FTP_TLS(HOST, USER, PASS) as ftp:
        ftp.prot_p()
        ftp.cwd("/incoming/kashani")
        with path.open("rb") as fh:
            ftp.storbinary(f"STOR {path.name}", fh)
""", _ftp_pw)

add("shell/ftp-password", "it/scripts/pull_camera_snapshots.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/bash
# Nightly: pull the dock camera snapshots the NVR uploads to the local FTP
set -euo pipefail
DAY=$(date -d yesterday +%F)
mkdir -p "/srv/cctv/$DAY"
wget -q -r -nH --cut-dirs=2 -P "/srv/cctv/$DAY" \\
  "ftp://nvr:@@secret@@@10.20.0.9/snapshots/$DAY/"
find /srv/cctv -mindepth 1 -maxdepth 1 -mtime +30 -exec rm -rf {} +
""", rand_pw(14))

add("env/database-password", "washplant/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", """
# کارگاه قالیشویی - تنظیمات سرور wash01
APP_ENV=production
DATABASE_URL=postgresql://washplant:@@secret@@@localhost:5432/washplant
REDIS_URL=redis://localhost:6379/0
PRINTER_HOST=10.20.0.30
SMS_PROVIDER=twilio
""", rand_pw(22, "-_"))

add("env/decoy-placeholder", "washplant/.env.example", "https://12factor.net/config", """
# کپی کنید به .env و مقادیر را پر کنید
APP_ENV=development
DATABASE_URL=postgresql://washplant:changeme@localhost:5432/washplant
REDIS_URL=redis://localhost:6379/0
PRINTER_HOST=
SMS_PROVIDER=console
TWILIO_AUTH_TOKEN=your_auth_token_here
""")

add("env/openai-api-key", "marketing/listing-writer/.env", "https://platform.openai.com/docs/quickstart", """
# نویسنده آگهی: پیش‌نویس توضیحات فارسی و انگلیسی از مشخصات فرش
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o
OUTPUT_DIR=drafts/
LANGS=en,fa
""", fakes.openai_key(_seed()))

add("markdown/decoy-redacted", "docs/fa/incident-1403-02.md", "https://www.markdownguide.org/basic-syntax/", """
# گزارش حادثه: لو رفتن کلید ربات تلگرام (اردیبهشت ۱۴۰۳)

- **چه شد:** توکن ربات وضعیت سفارش در یک اسکرین‌شات در گروه رانندگان دیده شد.
- **توکن قدیمی:** `6612…:AA…` (باطل شد، مقدار کامل اینجا نوشته نمی‌شود)
- **اقدام:** با BotFather دستور `/revoke` اجرا شد و توکن جدید در AWS Secrets Manager
  (`prod/bots/telegram`) ذخیره شد.
- **درس:** هیچ توکنی در تصویر یا پیام فرستاده نشود.

مسئول پیگیری: آرش
""")

add("yaml/decoy-redacted", "it/monitor/kuma-export.yaml", "https://github.com/louislam/uptime-kuma/wiki", """
# Uptime Kuma export (secrets are masked by the export)
monitors:
  - name: shop
    type: http
    url: https://kashanirugs.com/health
    interval: 60
  - name: backoffice
    type: http
    url: https://backoffice.kashanirugs.com/health
    basic_auth_user: monitor
    basic_auth_pass: "******"
notifications:
  - type: telegram
    telegramBotToken: "**********"
    telegramChatID: "-1001873344120"
""")

add("python/meta-access-token", "marketing/facebook/catalog_feed.py", "https://developers.facebook.com/docs/marketing-api/catalog/guides/manage-catalog-items/", """
\"\"\"Push rug inventory to the Facebook / Instagram Shop catalog.\"\"\"
from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.productcatalog import ProductCatalog

FacebookAdsApi.init(access_token="@@secret@@", api_version="v19.0")
catalog = ProductCatalog("884120331902771")


def upsert(rug: dict) -> None:
    catalog.create_product(params={
        "retailer_id": rug["sku"],
        "name": rug["title"],
        "price": int(rug["price"] * 100),
        "currency": "USD",
        "image_url": rug["image"],
        "availability": "in stock" if rug["on_hand"] else "out of stock",
    })
""", meta_token())

add("log/smtp-password", "logs/mailrelay-2024-03-02.log", "https://www.postfix.org/DEBUG_README.html", """
Mar  2 07:00:02 mon postfix/smtp[2211]: connect to smtp.office365.com[52.96.40.242]:587
Mar  2 07:00:02 mon postfix/smtp[2211]: SASL authentication debug: user=alerts@kashanirugs.com pass=@@secret@@
Mar  2 07:00:03 mon postfix/smtp[2211]: 4TnB3x2QkLz: to=<arash@kashanirugs.com>, relay=smtp.office365.com, status=sent (250 2.0.0 OK)
Mar  2 07:05:11 mon postfix/smtp[2240]: 4TnB8v0WcMz: to=<behrouz@kashanirugs.com>, relay=smtp.office365.com, status=sent
Mar  2 07:10:40 mon postfix/qmgr[1180]: 4TnBFq1RtNz: removed
""", words_pw())

add("log/decoy-id", "logs/shop-payments-2024-03-19.log", "https://docs.stripe.com/api/events", """
2024-03-19T18:02:11Z INFO webhook evt_1Ov@@e1@@ checkout.session.completed order=48201
2024-03-19T18:02:11Z INFO order 48201 paid pi=pi_3Ov@@p1@@ amount=72000
2024-03-19T18:40:55Z INFO webhook evt_1Ov@@e2@@ charge.refunded order=48150
2024-03-19T19:12:03Z WARN webhook signature mismatch from 203.0.113.40 (ignored)
2024-03-19T19:30:27Z INFO webhook evt_1Ov@@e3@@ checkout.session.completed order=48205
""", e1=alnum(21), p1=alnum(21), e2=alnum(21), e3=alnum(21))

add("ini/smtp-password", "it/printers/scan-to-email.ini", "https://support.brother.com/", """
; اسکن به ایمیل چاپگر Brother MFC-L8900 (دفتر پشت شوروم)
[SMTP]
Server=smtp.office365.com
Port=587
Security=STARTTLS
Auth=SMTP-AUTH
Account=scanner@kashanirugs.com
Password=@@secret@@

[Defaults]
Subject=Scanned document
Resolution=300
""", words_pw())

add("ini/decoy-placeholder", "it/printers/scan-to-email.sample.ini", "https://support.brother.com/", """
; Template - the real file is set on the printer's web page, not kept here
[SMTP]
Server=smtp.office365.com
Port=587
Security=STARTTLS
Account=scanner@kashanirugs.com
Password=<set on device>
""")

# ---------------------------------------------------------------------------------------------
# Batch 4: the last forms
# ---------------------------------------------------------------------------------------------

_split = stripe_key()
add("python/stripe-secret-key", "backoffice/tasks/deposits.py", "https://docs.stripe.com/api/balance_transactions/list", """
\"\"\"Match Stripe payouts to wash and sale invoices for the month-end close.\"\"\"
import stripe

stripe.api_key = (
    "@@a@@"
    "@@b@@"
)


def payouts(month_start: int, month_end: int):
    return stripe.Payout.list(arrival_date={"gte": month_start, "lt": month_end}, limit=100).auto_paging_iter()


def transactions(payout_id: str):
    return stripe.BalanceTransaction.list(payout=payout_id, limit=100).auto_paging_iter()
""", _split, a=_split[:18], b=_split[18:])

add("sql/database-password", "db/mysql/appraisals_grants.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Appraisals app (Rails) database on mysql.kashani.local
CREATE DATABASE IF NOT EXISTS appraisals CHARACTER SET utf8mb4 COLLATE utf8mb4_persian_ci;
CREATE USER IF NOT EXISTS 'appraisals'@'10.10.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON appraisals.* TO 'appraisals'@'10.10.0.%';
FLUSH PRIVILEGES;
""", words_pw())

add("xml/github-token", "wholesale/erp-bridge/settings.xml", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-apache-maven-registry", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>github</id>
      <username>kashani-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>github</id>
      <repositories>
        <repository>
          <id>github</id>
          <url>https://maven.pkg.github.com/kashani-rugs/*</url>
        </repository>
      </repositories>
    </profile>
  </profiles>
</settings>
""", fakes.github_token(_seed()))

add("notebook/database-password", "backoffice/notebooks/wash_revenue.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## درآمد قالیشویی بر اساس ماه و نوع خدمت"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@10.20.0.5/washplant')\\n",
    "df = pd.read_sql('SELECT date_trunc(\\\\'month\\\\', paid_at) m, service, sum(amount) FROM wash_invoices GROUP BY 1, 2', eng)\\n",
    "df.pivot(index='m', columns='service', values='sum').plot(kind='bar')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("typescript/slack-webhook", "storefront/src/server/notifyHold.ts", "https://api.slack.com/messaging/webhooks", """
// Tell the showroom channel when a designer puts a rug on hold online.
const SLACK_HOLDS_WEBHOOK = "@@secret@@";

export async function notifyHold(sku: string, designer: string, until: string): Promise<void> {
  await fetch(SLACK_HOLDS_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `:pushpin: ${designer} put ${sku} on hold until ${until}` }),
  });
}
""", slack_webhook())

add("ruby/stripe-secret-key", "appraisals/config/initializers/stripe.rb", "https://docs.stripe.com/keys", """
# هزینه ارزیابی پیش از وقت ملاقات به‌صورت آنلاین پرداخت می‌شود
Rails.configuration.stripe = {
  publishable_key: "@@pk@@",
  secret_key: "@@secret@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-04-10"
""", stripe_key(), pk=stripe_key("pk_live_"))

add("yaml/azure-client-secret", "it/m365/graph-sync.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
# همگام‌سازی فهرست کارکنان از Microsoft 365 با سامانه دفتر
graph:
  tenant_id: @@tid@@
  client_id: @@cid@@
  client_secret: "@@secret@@"
  scopes: ["https://graph.microsoft.com/.default"]
sync:
  group: "Kashani Staff"
  interval_minutes: 60
""", alnum(3) + "8Q~" + alnum(34, ALNUM + "_.-~"), tid=uuid_s(), cid=uuid_s())

add("env/discord-webhook", "washplant/monitor/.env", "https://discord.com/developers/docs/resources/webhook", """
# هشدار رطوبت و دمای اتاق خشک‌کن (تیم کارگاه از دیسکورد استفاده می‌کند)
PROBE_TOPIC=plant/dryer/#
MAX_HUMIDITY=62
DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/@@wid@@/@@secret@@
MQTT_HOST=10.20.0.10
""", alnum(68, ALNUM + "-_"), wid=hexs(19, "0123456789"))

add("shell/database-password", "it/scripts/mysql_backup.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# پشتیبان‌گیری شبانه از پایگاه داده ارزیابی‌ها
set -euo pipefail
OUT=/backups/appraisals_$(date +%F).sql.gz
mysqldump -h mysql.kashani.local -u backup -p'@@secret@@' --single-transaction appraisals | gzip > "$OUT"
find /backups -name 'appraisals_*.sql.gz' -mtime +21 -delete
echo "backup ok: $OUT"
""", words_pw())

add("dockerfile/google-api-key", "washplant/routes/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV GOOGLE_MAPS_API_KEY=@@secret@@ \\
    PLANT_ADDRESS="14820 Raymer St, Van Nuys, CA"
CMD ["python", "-m", "routes.plan_pickups"]
""", google_api_key())

add("text/decoy-hash", "it/nginx/backoffice.htpasswd", "https://httpd.apache.org/docs/current/programs/htpasswd.html", """
monitor:$2y$10$@@h1@@
dariush:$2y$10$@@h2@@
shirin:$2y$10$@@h3@@
behrouz:$2y$10$@@h4@@
nasrin:$2y$10$@@h5@@
""", h1=alnum(53, ALNUM + "./"), h2=alnum(53, ALNUM + "./"), h3=alnum(53, ALNUM + "./"), h4=alnum(53, ALNUM + "./"), h5=alnum(53, ALNUM + "./"))

add("markdown/decoy-public-key", "docs/ssh-access.md", "https://docs.github.com/en/authentication/connecting-to-github-with-ssh", """
# SSH access to wash01

Add your **public** key to `it/ansible/roles/users/vars/main.yml` and open a PR.

Host key fingerprints (verify on first connect):

```
wash01.kashani.local ED25519 SHA256:@@f1@@
wash01.kashani.local RSA     SHA256:@@f2@@
```

Never share the private key file (`~/.ssh/id_ed25519`).
""", f1=alnum(43, ALNUM + "+/"), f2=alnum(43, ALNUM + "+/"))

add("yaml/decoy-id", "deploy/k8s/shop/deployment.yaml", "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
      annotations:
        checksum/config: @@sha@@
    spec:
      containers:
        - name: web
          image: ghcr.io/kashani-rugs/shop@sha256:@@digest@@
          envFrom:
            - secretRef: { name: shop-env }
            - secretRef: { name: shop-stripe }
          ports: [{ containerPort: 8000 }]
""", sha=hexs(64), digest=hexs(64))

add("python/decoy-uuid", "backoffice/inventory/constants.py", "https://docs.python.org/3/library/uuid.html", """
\"\"\"Fixed ids of locations and rug categories (seeded by migration 0007).\"\"\"
import uuid

LOCATION_WESTWOOD = uuid.UUID("@@u1@@")
LOCATION_VAN_NUYS = uuid.UUID("@@u2@@")
LOCATION_CONSIGNMENT = uuid.UUID("@@u3@@")

CATEGORY_PERSIAN = uuid.UUID("@@u4@@")
CATEGORY_KILIM = uuid.UUID("@@u5@@")
CATEGORY_ANTIQUE = uuid.UUID("@@u6@@")

# نام فارسی دسته‌ها برای فاکتور
CATEGORY_NAMES_FA = {CATEGORY_PERSIAN: "فرش ایرانی", CATEGORY_KILIM: "گلیم", CATEGORY_ANTIQUE: "فرش عتیقه"}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), u6=uuid_s())

add("go/telegram-bot-token", "tools/humidity-alert/main.go", "https://core.telegram.org/bots/api#sendmessage", """
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

// هشدار رطوبت اتاق خشک‌کن به گروه تلگرام کارگاه
const botToken = "@@secret@@"
const chatID = "-1001873344120"

func alert(humidity float64) error {
	text := fmt.Sprintf("هشدار: رطوبت اتاق خشک‌کن %.0f٪ است", humidity)
	_, err := http.PostForm("https://api.telegram.org/bot"+botToken+"/sendMessage",
		url.Values{"chat_id": {chatID}, "text": {text}})
	return err
}

func main() {
	_ = alert(64)
}
""", fakes.telegram_token(_seed()))

add("powershell/twilio-auth-token", "it/scripts/Send-PickupReminder.ps1", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """
# پیامک یادآوری جمع‌آوری فرش‌های فردا (Task Scheduler ساعت ۱۷:۰۰)
$sid = "@@sid@@"
$token = "@@secret@@"
$pair = "$($sid):$($token)"
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))

Import-Csv "\\\\fileserver\\washplant\\pickups_tomorrow.csv" | ForEach-Object {
    $body = @{ To = $_.phone; From = "+18185550142"; Body = "Kashani Rugs: we'll pick up your rug tomorrow $($_.window)." }
    Invoke-RestMethod -Method Post -Uri "https://api.twilio.com/2010-04-01/Accounts/$sid/Messages.json" `
        -Headers @{ Authorization = "Basic $auth" } -Body $body
}
""", hexs(32), sid=twilio_sid())

add("yaml/device-password", "it/alarm/panel.yaml", "https://www.home-assistant.io/integrations/envisalink/", """
# دزدگیر شوروم (پنل DSC از طریق EnvisaLink) در Home Assistant
envisalink:
  host: 192.168.10.40
  panel_type: DSC
  user_name: user
  password: @@secret@@
  code: "@@code@@"
  zones:
    1: { name: "Front door", type: opening }
    2: { name: "Rug vault", type: opening }
    3: { name: "Showroom motion", type: motion }
""", rand_pw(10), code="".join(str(_rng().randint(0, 9)) for _ in range(4)))

add("github-actions/aws-secret-access-key", ".github/workflows/sync-photos.yml", "https://github.com/aws-actions/configure-aws-credentials#usage", """
name: sync-photos
on:
  workflow_dispatch:
  schedule:
    - cron: "0 11 * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: us-west-2
      - run: aws s3 sync s3://kashani-rug-photos/restoration/ s3://kashani-rug-photos-archive/restoration/ --storage-class GLACIER_IR
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("csv/api-key", "marketing/exports/integrations_inventory.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
service,owner,purpose,key,created,rotate_by
Mailchimp,shirin,newsletter,@@secret@@,2023-11-02,2024-11-02
Yelp Fusion,shirin,reviews report,(1Password),2024-01-10,2025-01-10
Instagram Graph,shirin,new arrivals posts,(Secrets Manager),2024-02-01,2024-04-01
Etsy,nasrin,outlet listings,(1Password),2023-08-15,2024-08-15
""", mailchimp_key())

add("markdown/decoy-placeholder", "bots/README.md", "https://core.telegram.org/bots/tutorial", """
# ربات‌های تلگرام فرش کاشانی

| ربات | کار |
|---|---|
| `@KashaniOrderBot` | وضعیت سفارش قالیشویی برای مشتری |
| `@KashaniDriversBot` | هماهنگی رانندگان |

## اجرا

```bash
export TELEGRAM_BOT_TOKEN="<token from BotFather>"
python order_status_bot.py
```

توکن‌ها در AWS Secrets Manager با نام `prod/bots/telegram` ذخیره شده‌اند.
""")

add("toml/decoy-env-reference", "rugtools-rs/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", """
[package]
name = "rugtools"
version = "0.3.0"
edition = "2021"
description = "Wash log import and firmware checks for Kashani Rugs"
publish = false

[dependencies]
postgres = "0.19"
csv = "1.3"
sha2 = "0.10"
hex = "0.4"

# Registry token is read from CARGO_REGISTRIES_KASHANI_TOKEN in CI
[package.metadata.release]
registry = "kashani"
""")

add("javascript/decoy-placeholder", "storefront/next.config.example.js", "https://nextjs.org/docs/app/api-reference/next-config-js/env", """
/** Example config; copy to next.config.js. Public values only (NEXT_PUBLIC_*). */
module.exports = {
  i18n: { locales: ["en", "fa"], defaultLocale: "en" },
  env: {
    NEXT_PUBLIC_STRIPE_PK: "pk_live_your_publishable_key",
    NEXT_PUBLIC_ALGOLIA_APP_ID: "YOUR_APP_ID",
    NEXT_PUBLIC_ALGOLIA_SEARCH_KEY: "YOUR_SEARCH_ONLY_KEY",
  },
  images: { domains: ["res.cloudinary.com", "kashani-rug-photos.s3.amazonaws.com"] },
};
""")

add("python/decoy-test-fixture", "washplant/tests/test_sms.py", "https://docs.python.org/3/library/unittest.mock.html", """
from unittest import mock

from washplant.notify import sms

FAKE_SID = "AC00000000000000000000000000000000"
FAKE_TOKEN = "0" * 32


@mock.patch.object(sms, "client")
def test_ready_sends_persian_template(client):
    client.messages.create.return_value.sid = "SM123"
    assert sms.ready("+989121234567", "48213", lang="fa") == "SM123"
    body = client.messages.create.call_args.kwargs["body"]
    assert "آماده تحویل" in body
""")

add("shell/decoy-env-reference", "deploy/push.sh", "https://docs.sentry.io/cli/releases/", """
#!/usr/bin/env bash
# Build, push and roll out the shop; credentials come from the CI environment.
set -euo pipefail
: "${SENTRY_AUTH_TOKEN:?}" "${SLACK_WEBHOOK_URL:?}"
TAG=$(git rev-parse --short HEAD)
docker build -t "ghcr.io/kashani-rugs/shop:$TAG" shop/
docker push "ghcr.io/kashani-rugs/shop:$TAG"
helm upgrade --install shop deploy/helm/shop -f deploy/helm/shop/values-prod.yaml --set image.tag="$TAG"
sentry-cli releases new "shop@$TAG" && sentry-cli releases finalize "shop@$TAG"
curl -s -X POST -H 'Content-type: application/json' --data "{\\"text\\":\\"shop $TAG deployed\\"}" "$SLACK_WEBHOOK_URL"
""")

add("markdown/pos-admin-password", "docs/fa/showroom-closing.md", "https://www.markdownguide.org/basic-syntax/", """
# روال بستن شوروم (آخر شب)

۱. صندوق Square را ببندید و گزارش «Close of day» را چاپ کنید.
۲. فرش‌های رزرو شده را با برچسب زرد علامت بزنید.
۳. در سیستم صندوق ویندوزی (برنامه قدیمی POS) با کاربر مدیر وارد شوید:
   - کاربر: `manager`
   - رمز: `@@secret@@`
   و گزارش فروش روز را به پوشه `\\\\fileserver\\accounting` بفرستید.
۴. دزدگیر را با کد خودتان فعال کنید (کد را به کسی ندهید).
۵. چراغ‌های ویترین فرش‌های ابریشمی را خاموش کنید.
""", words_pw())

add("json/decoy-id", "bots/data/fa_order_states.json", "https://www.json.org/json-en.html", """
{
  "states": {
    "@@u1@@": {"code": "received", "fa": "تحویل گرفته شد", "en": "Received"},
    "@@u2@@": {"code": "dusting", "fa": "در حال گردگیری", "en": "Dusting"},
    "@@u3@@": {"code": "washing", "fa": "در حال شستشو", "en": "Washing"},
    "@@u4@@": {"code": "drying", "fa": "در حال خشک شدن", "en": "Drying"},
    "@@u5@@": {"code": "ready", "fa": "آماده تحویل", "en": "Ready for delivery"}
  },
  "version": "2024-03-01"
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())
