"""Blind set JQ: silk weavers and suzani embroidery workshops in Uzbekistan.

Margilan ikat (atlas, adras) mills, Bukhara and Samarkand suzani ateliers and their online shops:
payment (Payme, Click, Stripe), marketplaces (Etsy, Shopify, Uzum), SMS and Telegram bots, loom and
embroidery-machine controllers, cameras, 1C and ERP exports, CI, containers and runbooks, with notes
partly in Uzbek, and their decoys. Generated fakes only (seeds 4580000-4589999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 4580000, 4589999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Atlas", "Adras", "Suzani", "Bakhmal", "Ipak", "Anor", "Tut", "Lola", "Bodom", "Chinor",
         "Zarafshon", "Registon", "Margilon", "Nurota", "Buxoro", "Xonatlas", "Paxta", "Oltin", "Kumush", "Yulduz"]
LOWER = ["ipak", "anor", "qizil", "moviy", "lola", "tut", "bodom", "chinor", "paxta", "oltin", "kumush",
         "yulduz", "osmon", "bahor", "gilam", "naqsh"]


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


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def lower_alnum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 99 if kind.startswith("rk") else 24)


def stripe_long(kind: str = "sk_live_") -> str:
    return kind + "51" + fakes.drawn_mixed(_seed(), 97)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_") + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


def mailgun_key() -> str:
    return "key-" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def google_key() -> str:
    return "AIza" + fakes.drawn_mixed(_seed(), 35, ALNUM + "-_")


def payme_key() -> str:
    return fakes.drawn_mixed(_seed(), 32, ALNUM + "#?@&%")


def click_secret() -> str:
    return fakes.drawn_mixed(_seed(), 14)


def yc_key_id() -> str:
    return "YCAJE" + fakes.drawn_mixed(_seed(), 20, ALNUM + "-_")


def yc_secret() -> str:
    return "YCP" + fakes.drawn_mixed(_seed(), 37, ALNUM + "-_")


def yc_api_key() -> str:
    return "AQVN" + fakes.drawn_mixed(_seed(), 36, ALNUM + "-_")


def hf_token() -> str:
    return "hf_" + fakes.drawn_mixed(_seed(), 34)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_token() -> str:
    return "hvs." + fakes.drawn_mixed(_seed(), 24)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sk_twilio() -> str:
    return "SK" + hexs(32)


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64('{"sub":"' + str(_rng().randint(1000, 99999)) + '","role":"service"}').rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def sha256ish() -> str:
    return hexs(64)


def objectid() -> str:
    return hexs(24)


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
    CASES.append(LabelledCase(f"blind-jq/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- shops and payments

add("env/payme-merchant-key", "margilan-atlas-shop/.env", "Payme Business: merchant API (developer.help.paycom.uz)", """
# Margilon Atlas do'koni — production
DJANGO_SETTINGS_MODULE=atlas_shop.settings.prod
ALLOWED_HOSTS=atlas-margilon.uz,www.atlas-margilon.uz
DATABASE_URL=postgres://atlas:${DB_PASSWORD}@db.internal:5432/atlas
PAYME_MERCHANT_ID=@@mid@@
PAYME_KEY=@@secret@@
PAYME_TEST_MODE=false
CLICK_SERVICE_ID=31842
CLICK_MERCHANT_ID=22917
""", payme_key(), mid=objectid())

add("python/payme-merchant-key", "suzani_bukhara/payments/payme.py", "Payme Business: merchant API (developer.help.paycom.uz)", """
\"\"\"Payme merchant API (JSON-RPC) uchun Basic auth tekshiruvi.\"\"\"
import base64

from django.http import JsonResponse

PAYME_LOGIN = "Paycom"
# TODO(Dilnoza): kalitni settings'ga ko'chirish kerak
PAYME_SECRET = "@@secret@@"


def check_auth(request) -> bool:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not header.startswith("Basic "):
        return False
    login, _, key = base64.b64decode(header[6:]).decode().partition(":")
    return login == PAYME_LOGIN and key == PAYME_SECRET


def error(request_id, code, message):
    return JsonResponse({"id": request_id, "error": {"code": code, "message": message}})
""", payme_key())

add("php/click-secret-key", "web/app/Payments/ClickConfig.php", "Click.uz merchant API: SHOP-API (docs.click.uz)", """
<?php

namespace App\\Payments;

/**
 * Click SHOP-API sozlamalari (Samarqand suzani atelyesi).
 */
final class ClickConfig
{
    public const MERCHANT_ID = 22917;
    public const SERVICE_ID = 31842;
    public const MERCHANT_USER_ID = 40518;
    public const SECRET_KEY = '@@secret@@';

    public static function signString(array $p): string
    {
        return md5($p['click_trans_id'] . $p['service_id'] . self::SECRET_KEY
            . $p['merchant_trans_id'] . $p['amount'] . $p['action'] . $p['sign_time']);
    }
}
""", click_secret())

add("typescript/stripe-secret-key", "suzani-export-store/src/server/stripe.ts", "Stripe API keys (docs.stripe.com/keys)", """
import Stripe from "stripe";

// Export orders to EU/US buyers are charged in USD through the Tallinn entity.
const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
  appInfo: { name: "suzani-export-store", version: "2.3.1" },
});

export async function createCheckout(orderId: string, amountUsd: number) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "usd", unit_amount: Math.round(amountUsd * 100),
      product_data: { name: `Suzani order ${orderId}` } }, quantity: 1 }],
    success_url: "https://bukhara-suzani.com/thanks?o=" + orderId,
    cancel_url: "https://bukhara-suzani.com/cart",
  });
}
""", stripe_long())

add("typescript/decoy-publishable-key", "suzani-export-store/src/client/checkout.ts", "Stripe.js publishable keys (docs.stripe.com/keys)", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser bundle.
export const stripePromise = loadStripe(
  "pk_live_51@@pk@@"
);

export function formatSom(amount: number): string {
  return new Intl.NumberFormat("uz-UZ", { style: "currency", currency: "UZS" }).format(amount);
}
""", pk=fakes.drawn_mixed(_seed(), 97))

add("yaml/stripe-webhook-secret", "deploy/helm/atlas-shop/values-prod.yaml", "Stripe webhooks: signing secrets (docs.stripe.com/webhooks)", """
replicaCount: 2
image:
  repository: registry.atlas-margilon.uz/atlas-shop
  tag: "2024.11.3"
ingress:
  enabled: true
  host: atlas-margilon.uz
env:
  STRIPE_PUBLISHABLE_KEY: pk_live_51@@pk@@
  STRIPE_WEBHOOK_SECRET: "@@secret@@"
  SENTRY_ENVIRONMENT: production
resources:
  limits:
    memory: 512Mi
""", "whsec_" + fakes.drawn_mixed(_seed(), 32), pk=fakes.drawn_mixed(_seed(), 97))

add("json/decoy-env-reference", "suzani-export-store/config/payments.json", "Twelve-Factor App: config in the environment (12factor.net/config)", """
{
  "stripe": {
    "secretKey": "${STRIPE_SECRET_KEY}",
    "webhookSecret": "${STRIPE_WEBHOOK_SECRET}",
    "currency": "usd"
  },
  "payme": {
    "merchantId": "${PAYME_MERCHANT_ID}",
    "key": "${PAYME_KEY}",
    "checkoutUrl": "https://checkout.paycom.uz"
  },
  "click": {
    "serviceId": 31842,
    "secretKey": "${CLICK_SECRET_KEY}"
  }
}
""")

add("python/shopify-access-token", "scripts/sync_shopify_inventory.py", "Shopify Admin API access tokens (shopify.dev/docs/apps/auth)", """
#!/usr/bin/env python3
\"\"\"Nightly: push remaining metres of khan-atlas from the mill's stock sheet to Shopify.\"\"\"
import csv
import sys

import requests

SHOP = "margilan-ikat.myshopify.com"
TOKEN = "@@secret@@"
API = f"https://{SHOP}/admin/api/2024-07"


def set_level(inventory_item_id: int, location_id: int, qty: int) -> None:
    r = requests.post(f"{API}/inventory_levels/set.json",
                      headers={"X-Shopify-Access-Token": TOKEN},
                      json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty},
                      timeout=30)
    r.raise_for_status()


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            set_level(int(row["inventory_item_id"]), 71234551, int(float(row["metr"])))
""", shopify())

add("toml/shopify-api-secret", "shopify-app/shopify.app.toml", "Shopify CLI app configuration (shopify.dev/docs/apps/tools/cli/configuration)", """
# Suzani Atelier wholesale app
client_id = "@@cid@@"
name = "suzani-wholesale"
application_url = "https://wholesale.suzani-atelier.uz"
embedded = true

[access_scopes]
scopes = "read_products,write_inventory,read_orders"

[auth]
redirect_urls = ["https://wholesale.suzani-atelier.uz/auth/callback"]

[webhooks]
api_version = "2024-07"

# local dev only — remove before commit!
[build]
dev_store_url = "suzani-atelier-dev.myshopify.com"
api_secret = "@@secret@@"
""", shopify("shpss_"), cid=hexs(32))

add("toml/decoy-client-id", "shopify-app/shopify.app.production.toml", "Shopify CLI app configuration (shopify.dev/docs/apps/tools/cli/configuration)", """
client_id = "@@cid@@"
name = "suzani-wholesale"
application_url = "https://wholesale.suzani-atelier.uz"
embedded = true

[access_scopes]
scopes = "read_products,write_inventory,read_orders"

[auth]
redirect_urls = ["https://wholesale.suzani-atelier.uz/auth/callback"]

[webhooks]
api_version = "2024-07"
""", cid=hexs(32))

add("python/etsy-api-key", "etsy_sync/client.py", "Etsy Open API v3 authentication (developers.etsy.com/documentation/essentials/authentication)", """
\"\"\"Etsy Open API v3 client for the Nurata suzani shop (listings, receipts).\"\"\"
import requests

ETSY_KEYSTRING = "@@secret@@"
SHOP_ID = 38815520
BASE = "https://openapi.etsy.com/v3/application"


class EtsyClient:
    def __init__(self, access_token: str):
        self.session = requests.Session()
        self.session.headers.update({"x-api-key": ETSY_KEYSTRING,
                                     "Authorization": f"Bearer {access_token}"})

    def active_listings(self, limit: int = 100):
        r = self.session.get(f"{BASE}/shops/{SHOP_ID}/listings/active", params={"limit": limit})
        r.raise_for_status()
        return r.json()["results"]

    def receipts(self, was_paid: bool = True):
        r = self.session.get(f"{BASE}/shops/{SHOP_ID}/receipts", params={"was_paid": str(was_paid).lower()})
        r.raise_for_status()
        return r.json()["results"]
""", lower_alnum(24))

add("markdown/decoy-placeholder", "etsy_sync/README.md", "Etsy Open API v3 quick start (developers.etsy.com/documentation/tutorials/quickstart)", """
# etsy_sync

Nurota suzani do'konining Etsy ro'yxatlarini sinxronlash.

## Sozlash / Setup

1. Etsy developer portalida ilova yarating va keystring oling.
2. `.env` faylini yarating:

```
ETSY_KEYSTRING=your-etsy-keystring-here
ETSY_SHARED_SECRET=<shared secret from the Etsy app page>
ETSY_REFRESH_TOKEN=xxxxxxxx.xxxxxxxxxxxxxxxx
```

3. `python -m etsy_sync.listings --dry-run`

Kalitlarni hech qachon commit qilmang — ular 1Password "Etsy" yozuvida.
""")

add("csharp/click-secret-key", "Atlas.Erp/Payments/ClickOptions.cs", "Click.uz merchant API: SHOP-API (docs.click.uz)", """
namespace Atlas.Erp.Payments;

public sealed class ClickOptions
{
    public int ServiceId { get; init; } = 31842;
    public int MerchantId { get; init; } = 22917;
    public int MerchantUserId { get; init; } = 40518;

    // Click kabinetidan olingan maxfiy kalit (prod)
    public string SecretKey { get; init; } = "@@secret@@";

    public string BaseUrl { get; init; } = "https://api.click.uz/v2/merchant";
}
""", click_secret())

add("go/payme-merchant-key", "internal/payme/auth.go", "Payme Business: merchant API (developer.help.paycom.uz)", """
package payme

import (
	"encoding/base64"
	"net/http"
	"strings"
)

// merchantKey is the cashbox key from business.paycom.uz (Kassa > Sozlamalar).
const merchantKey = "@@secret@@"

func Authorized(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	if !strings.HasPrefix(h, "Basic ") {
		return false
	}
	raw, err := base64.StdEncoding.DecodeString(h[len("Basic "):])
	if err != nil {
		return false
	}
	user, key, ok := strings.Cut(string(raw), ":")
	return ok && user == "Paycom" && key == merchantKey
}
""", payme_key())

add("go/decoy-env-reference", "internal/click/config.go", "Go os.Getenv (pkg.go.dev/os#Getenv)", """
package click

import (
	"fmt"
	"os"
	"strconv"
)

type Config struct {
	ServiceID int
	SecretKey string
}

func FromEnv() (Config, error) {
	id, err := strconv.Atoi(os.Getenv("CLICK_SERVICE_ID"))
	if err != nil {
		return Config{}, fmt.Errorf("CLICK_SERVICE_ID: %w", err)
	}
	key := os.Getenv("CLICK_SECRET_KEY")
	if key == "" {
		return Config{}, fmt.Errorf("CLICK_SECRET_KEY is not set")
	}
	return Config{ServiceID: id, SecretKey: key}, nil
}
""")

add("ruby/stripe-restricted-key", "lib/tasks/refunds.rake", "Stripe restricted API keys (docs.stripe.com/keys#limit-access)", """
# Qaytarishlar (refunds) — faqat refund huquqi bor cheklangan kalit
require "stripe"

namespace :refunds do
  desc "Refund damaged suzani shipments listed in tmp/refunds.csv"
  task run: :environment do
    Stripe.api_key = "@@secret@@"
    CSV.foreach(Rails.root.join("tmp/refunds.csv"), headers: true) do |row|
      Stripe::Refund.create(payment_intent: row["payment_intent"], reason: "requested_by_customer")
      puts "refunded #{row['order']}"
    end
  end
end
""", stripe_key("rk_live_"))

add("python/decoy-test-fixture", "tests/payments/test_click_sign.py", "pytest fixtures (docs.pytest.org/en/stable/how-to/fixtures.html)", """
import hashlib

import pytest

from shop.payments.click import sign_string


@pytest.fixture
def params():
    return {"click_trans_id": "2204917", "service_id": "31842", "merchant_trans_id": "ORD-1042",
            "amount": "450000", "action": "0", "sign_time": "2024-10-02 11:04:55"}


def test_sign_matches_click_doc(params):
    secret = "test-secret"
    raw = "2204917" + "31842" + secret + "ORD-1042" + "450000" + "0" + "2024-10-02 11:04:55"
    assert sign_string(params, secret) == hashlib.md5(raw.encode()).hexdigest()
""")

add("php/decoy-env-reference", "web/config/payme.php", "Laravel configuration: env() (laravel.com/docs/configuration)", """
<?php

return [
    'merchant_id' => env('PAYME_MERCHANT_ID'),
    'key' => env('PAYME_KEY'),
    'test_key' => env('PAYME_TEST_KEY'),
    'login' => 'Paycom',
    'endpoint' => env('PAYME_ENDPOINT', 'https://checkout.paycom.uz'),
    'allowed_ips' => ['185.234.113.1', '185.234.113.15'],
];
""")

add("kotlin/payme-merchant-key", "app/src/main/java/uz/suzani/pos/PaymeClient.kt", "Payme Business: Subscribe API (developer.help.paycom.uz)", """
package uz.suzani.pos

import okhttp3.OkHttpClient
import okhttp3.Request

object PaymeClient {
    private const val CASHBOX_ID = "@@mid@@"
    private const val CASHBOX_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun request(body: String): Request = Request.Builder()
        .url("https://checkout.paycom.uz/api")
        .header("X-Auth", "$CASHBOX_ID:$CASHBOX_KEY")
        .post(okhttp3.RequestBody.create(null, body))
        .build()
}
""", payme_key(), mid=objectid())

add("kotlin/decoy-id", "app/src/main/java/uz/suzani/pos/Shop.kt", "Payme Business: checkout parameters (developer.help.paycom.uz)", """
package uz.suzani.pos

object Shop {
    // Public identifiers, printed on every checkout link
    const val PAYME_MERCHANT_ID = "@@mid@@"
    const val CLICK_SERVICE_ID = 31842
    const val CLICK_MERCHANT_ID = 22917
    const val SUPPORT_PHONE = "+998 66 233 41 07"
    const val CURRENCY = "UZS"
}
""", mid=objectid())

# ---------------------------------------------------------------- bots, SMS and mail

add("python/telegram-bot-token", "bot/buyurtma_bot.py", "Telegram Bot API: authorizing your bot (core.telegram.org/bots/api#authorizing-your-bot)", """
\"\"\"Buyurtmalar boti: ustaxonaga yangi suzani buyurtmalarini yuboradi.\"\"\"
import logging

from aiogram import Bot, Dispatcher, types
from aiogram.filters import CommandStart

logging.basicConfig(level=logging.INFO)

bot = Bot(token="@@secret@@")
dp = Dispatcher()
USTAXONA_CHAT = -1001873440215


@dp.message(CommandStart())
async def start(message: types.Message):
    await message.answer("Assalomu alaykum! Buyurtma berish uchun rasm va o'lchamni yuboring.")


@dp.message()
async def forward(message: types.Message):
    await bot.forward_message(USTAXONA_CHAT, message.chat.id, message.message_id)
    await message.answer("Rahmat! Ustamiz tez orada bog'lanadi.")
""", telegram())

add("env/telegram-bot-token", "bot/.env.production", "Telegram Bot API: authorizing your bot (core.telegram.org/bots/api#authorizing-your-bot)", """
BOT_MODE=webhook
WEBHOOK_HOST=https://bot.suzani-atelier.uz
WEBHOOK_PATH=/tg/hook
ADMIN_IDS=118204471,502981337
TELEGRAM_BOT_TOKEN=@@secret@@
REDIS_URL=redis://redis:6379/3
LOCALE=uz
""", telegram())

add("shell/telegram-bot-token", "ops/notify_dye_batch.sh", "Telegram Bot API: sendMessage (core.telegram.org/bots/api#sendmessage)", """
#!/usr/bin/env bash
# Bo'yoq partiyasi tayyor bo'lganda sex guruhiga xabar yuborish
set -euo pipefail

BATCH="${1:?partiya raqami}"
COLOR="${2:-anor-qizil}"

curl -fsS "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1002013554871 \\
  -d parse_mode=HTML \\
  --data-urlencode "text=<b>Partiya ${BATCH}</b> tayyor: ${COLOR}, $(date +%H:%M)"
""", telegram())

add("yaml/decoy-vault-reference", "bot/deploy/k8s/deployment.yaml", "Kubernetes: using Secrets as environment variables (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: buyurtma-bot
  namespace: atelier
spec:
  replicas: 1
  selector:
    matchLabels: {app: buyurtma-bot}
  template:
    metadata:
      labels: {app: buyurtma-bot}
    spec:
      containers:
        - name: bot
          image: ghcr.io/suzani-atelier/buyurtma-bot:1.8.0
          env:
            - name: TELEGRAM_BOT_TOKEN
              valueFrom:
                secretKeyRef: {name: buyurtma-bot, key: telegram-token}
            - name: ESKIZ_PASSWORD
              valueFrom:
                secretKeyRef: {name: eskiz, key: password}
""")

add("python/eskiz-password", "sms/eskiz.py", "Eskiz.uz SMS API: auth/login (documenter.getpostman.com/view/663428/RzfmES4z)", """
\"\"\"Eskiz.uz orqali mijozlarga SMS: buyurtma tayyor, yetkazib berish.\"\"\"
import requests

BASE = "https://notify.eskiz.uz/api"
EMAIL = "it@margilan-atlas.uz"
PASSWORD = "@@secret@@"


def token() -> str:
    r = requests.post(f"{BASE}/auth/login", data={"email": EMAIL, "password": PASSWORD}, timeout=15)
    r.raise_for_status()
    return r.json()["data"]["token"]


def send(phone: str, text: str) -> dict:
    r = requests.post(f"{BASE}/message/sms/send",
                      headers={"Authorization": f"Bearer {token()}"},
                      data={"mobile_phone": phone, "message": text, "from": "4546"}, timeout=15)
    r.raise_for_status()
    return r.json()
""", rand_pw(12))

add("php/eskiz-password", "web/app/Services/SmsService.php", "Eskiz.uz SMS API: auth/login (documenter.getpostman.com/view/663428/RzfmES4z)", """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class SmsService
{
    private string $base = 'https://notify.eskiz.uz/api';

    public function token(): string
    {
        return Http::asForm()->post($this->base . '/auth/login', [
            'email' => 'sms@bukhara-suzani.uz',
            'password' => '@@secret@@',
        ])->json('data.token');
    }

    public function send(string $phone, string $text): void
    {
        Http::withToken($this->token())->asForm()->post($this->base . '/message/sms/send', [
            'mobile_phone' => $phone, 'message' => $text, 'from' => '4546',
        ]);
    }
}
""", words_pw())

add("python/sendgrid-api-key", "atelier/notifications/email.py", "SendGrid API keys (www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys)", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

_client = SendGridAPIClient("@@secret@@")


def order_shipped(to: str, order_no: str, tracking: str) -> None:
    message = Mail(
        from_email="orders@bukhara-suzani.com",
        to_emails=to,
        subject=f"Your suzani {order_no} is on its way",
        html_content=f"<p>Tracking: <b>{tracking}</b></p><p>Rahmat! — Bukhara Suzani Atelier</p>",
    )
    _client.send(message)
""", sendgrid_key())

add("ini/smtp-password", "erp/config/mail.ini", "Python smtplib / configparser INI (docs.python.org/3/library/configparser.html)", """
; Hisob-fakturalarni yuborish uchun pochta
[smtp]
host = smtp.yandex.ru
port = 465
use_ssl = yes
user = hisob@margilan-atlas.uz
password = @@secret@@

[defaults]
from = Margilon Atlas <hisob@margilan-atlas.uz>
bcc = buxgalter@margilan-atlas.uz
""", words_pw())

add("yaml/smtp-password", "shop/config/packages/mailer.yaml", "Symfony Mailer DSN (symfony.com/doc/current/mailer.html)", """
framework:
    mailer:
        dsn: 'smtp://shop%40suzani-atelier.uz:@@secret@@@smtp.mail.ru:465'
        envelope:
            sender: 'shop@suzani-atelier.uz'
        headers:
            From: 'Suzani Atelier <shop@suzani-atelier.uz>'
            Reply-To: 'info@suzani-atelier.uz'
""", rand_pw(16))

add("java/smtp-password", "erp-core/src/main/resources/application.properties", "Spring Boot mail properties (docs.spring.io/spring-boot/appendix/application-properties)", """
spring.application.name=atlas-erp
spring.datasource.url=jdbc:postgresql://10.12.0.5:5432/atlas_erp
spring.datasource.username=atlas_erp
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.gmail.com
spring.mail.port=587
spring.mail.username=atlas.erp.noreply@gmail.com
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
server.port=8085
""", "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("typescript/mailgun-api-key", "suzani-export-store/src/server/mail.ts", "Mailgun API keys (documentation.mailgun.com)", """
import formData from "form-data";
import Mailgun from "mailgun.js";

const mailgun = new Mailgun(formData);
const mg = mailgun.client({
  username: "api",
  key: "@@secret@@",
  url: "https://api.eu.mailgun.net",
});

export async function sendInvoice(to: string, pdf: Buffer, orderNo: string) {
  await mg.messages.create("mg.bukhara-suzani.com", {
    from: "Bukhara Suzani <invoices@mg.bukhara-suzani.com>",
    to: [to],
    subject: `Invoice ${orderNo}`,
    attachment: [{ filename: `${orderNo}.pdf`, data: pdf }],
  });
}
""", mailgun_key())

add("python/twilio-auth-token", "atelier/notifications/whatsapp.py", "Twilio: account SID and auth token (www.twilio.com/docs/iam/api/account)", """
\"\"\"WhatsApp updates for overseas buyers (via Twilio).\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "whatsapp:+14155238886"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def notify(to_number: str, body: str) -> str:
    msg = client.messages.create(from_=FROM, to=f"whatsapp:{to_number}", body=body)
    return msg.sid
""", hexs(32), sid=twilio_sid())

add("env/decoy-placeholder", "bot/.env.example", "dotenv example files (github.com/motdotla/dotenv#readme)", """
# Nusxa oling: cp .env.example .env  va qiymatlarni to'ldiring
BOT_MODE=polling
TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
ADMIN_IDS=
ESKIZ_EMAIL=you@example.uz
ESKIZ_PASSWORD=changeme
REDIS_URL=redis://localhost:6379/0
LOCALE=uz
""")

add("python/decoy-chat-id", "bot/settings.py", "Telegram Bot API: chat identifiers (core.telegram.org/bots/api#chat)", """
import os

TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]

# Guruh va kanal identifikatorlari (maxfiy emas)
USTAXONA_CHAT = -1001873440215
BOYOQ_SEXI_CHAT = -1002013554871
KANAL = "@margilon_atlas"
ADMINS = {118204471, 502981337, 6023419984}
WEBHOOK_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
""")

add("markdown/telegram-bot-token", "docs/handover/bot-va-sms.md", "Telegram Bot API: authorizing your bot (core.telegram.org/bots/api#authorizing-your-bot)", """
# Topshirish: bot va SMS (Jasur → Madina)

Jasur ta'tilga ketmoqda, bot bilan bog'liq hamma narsa shu yerda.

| Xizmat | Login | Eslatma |
|---|---|---|
| @suzani_buyurtma_bot | BotFather, Jasurning raqami | token pastda |
| Eskiz.uz | sms@bukhara-suzani.uz | parol 1Password'da |
| Hosting | Hetzner, cx21 | SSH kalit Madinada |

Bot tokeni (yangilangan 12.10): `@@secret@@`

Agar bot javob bermasa: `systemctl restart buyurtma-bot` va `journalctl -u buyurtma-bot -n 100`.
""", telegram())

add("ruby/twilio-api-key-secret", "config/initializers/twilio.rb", "Twilio API keys (www.twilio.com/docs/iam/api-keys)", """
# Twilio Verify — telefon raqamini tasdiqlash (ro'yxatdan o'tish)
Twilio.configure do |config|
  config.account_sid = "@@sid@@"
end

TWILIO_CLIENT = Twilio::REST::Client.new(
  "@@key@@",
  "@@secret@@",
  "@@sid@@"
)
TWILIO_VERIFY_SID = "VA@@vsid@@"
""", fakes.drawn_mixed(_seed(), 32), sid=twilio_sid(), key=sk_twilio(), vsid=hexs(32))

add("json/decoy-redacted", "bot/logs/startup-2024-11-02.json", "Telegram Bot API: getMe (core.telegram.org/bots/api#getme)", """
{"ts": "2024-11-02T06:00:01Z", "level": "info", "msg": "starting", "mode": "webhook"}
{"ts": "2024-11-02T06:00:01Z", "level": "info", "msg": "config", "token": "60***********************************Qw", "redis": "redis://redis:6379/3"}
{"ts": "2024-11-02T06:00:02Z", "level": "info", "msg": "getMe", "id": 6023419984, "username": "suzani_buyurtma_bot"}
{"ts": "2024-11-02T06:00:02Z", "level": "info", "msg": "setWebhook", "url": "https://bot.suzani-atelier.uz/tg/hook", "ok": true}
{"ts": "2024-11-02T06:00:03Z", "level": "info", "msg": "eskiz token refreshed", "expires_in": 2592000, "token": "[REDACTED]"}
""")

# ---------------------------------------------------------------- infrastructure

_k, _s = aws_pair()
add("ini/aws-secret-key", "ops/aws/credentials", "AWS CLI: configuration and credential files (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)", """
[default]
region = eu-central-1

[suzani-media]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-central-1
""", _s, kid=_k)

_k, _s = aws_pair()
add("python/aws-secret-key", "media/upload_photos.py", "boto3 credentials (boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html)", """
\"\"\"Katalog suratlarini S3 ga yuklash (har bir suzani uchun 6 ta rasm).\"\"\"
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)
BUCKET = "bukhara-suzani-catalog"

for path in sorted(pathlib.Path("photos/2024-kuz").glob("*.jpg")):
    key = f"catalog/{path.parent.name}/{path.name}"
    s3.upload_file(str(path), BUCKET, key, ExtraArgs={"ContentType": "image/jpeg", "ACL": "public-read"})
    print("uploaded", key)
""", _s, kid=_k)

_k, _s = aws_pair()
add("github-actions/aws-secret-key", ".github/workflows/deploy-static.yml", "GitHub Actions: aws-actions/configure-aws-credentials (github.com/aws-actions/configure-aws-credentials)", """
name: deploy-static
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20}
      - run: npm ci && npm run build
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-central-1
      - run: aws s3 sync dist/ s3://margilan-ikat-site --delete
""", _s, kid=_k)

add("github-actions/decoy-secrets-reference", ".github/workflows/release.yml", "GitHub Actions: using secrets (docs.github.com/en/actions/security-guides/using-secrets-in-github-actions)", """
name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - name: Telegram xabari
        run: |
          curl -s "https://api.telegram.org/bot${{ secrets.TELEGRAM_BOT_TOKEN }}/sendMessage" \\
            -d chat_id=${{ vars.RELEASE_CHAT_ID }} -d text="atlas-tools ${GITHUB_REF_NAME} chiqdi"
""")

add("terraform/yandex-cloud-static-key", "infra/yc/main.tf", "Yandex Cloud: static access keys (yandex.cloud/en/docs/iam/concepts/authorization/access-key)", """
terraform {
  required_providers {
    yandex = { source = "yandex-cloud/yandex" }
  }
  backend "s3" {
    endpoint   = "https://storage.yandexcloud.net"
    bucket     = "atlas-tfstate"
    region     = "ru-central1"
    key        = "prod/terraform.tfstate"
    access_key = "@@kid@@"
    secret_key = "@@secret@@"
    skip_region_validation      = true
    skip_credentials_validation = true
  }
}

provider "yandex" {
  cloud_id  = "b1g8q2r4t6y8u0i2o4p6"
  folder_id = "b1gk3m5n7p9r1t3v5x7z"
  zone      = "ru-central1-a"
}
""", yc_secret(), kid=yc_key_id())

add("python/yandex-cloud-api-key", "ml/colour_match/yc_vision.py", "Yandex Cloud: API keys (yandex.cloud/en/docs/iam/concepts/authorization/api-key)", """
\"\"\"Rang tanlash: mato suratidan asosiy ranglarni aniqlash (Yandex Vision).\"\"\"
import base64

import requests

YC_API_KEY = "@@secret@@"
FOLDER_ID = "b1gk3m5n7p9r1t3v5x7z"


def dominant_colours(path: str) -> dict:
    with open(path, "rb") as fh:
        content = base64.b64encode(fh.read()).decode()
    body = {"folderId": FOLDER_ID, "analyze_specs": [{"content": content,
            "features": [{"type": "IMAGE_PROPERTIES"}]}]}
    r = requests.post("https://vision.api.cloud.yandex.net/vision/v1/batchAnalyze",
                      headers={"Authorization": f"Api-Key {YC_API_KEY}"}, json=body, timeout=60)
    r.raise_for_status()
    return r.json()
""", yc_api_key())

add("terraform/decoy-variable-reference", "infra/yc/variables.tf", "Terraform: sensitive input variables (developer.hashicorp.com/terraform/language/values/variables)", """
variable "db_password" {
  description = "PostgreSQL password for the atlas ERP cluster"
  type        = string
  sensitive   = true
}

variable "yc_token" {
  type      = string
  sensitive = true
}

resource "yandex_mdb_postgresql_user" "erp" {
  cluster_id = yandex_mdb_postgresql_cluster.erp.id
  name       = "atlas_erp"
  password   = var.db_password
}
""")

add("compose/postgres-password", "docker-compose.yml", "Docker postgres image: POSTGRES_PASSWORD (hub.docker.com/_/postgres)", """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: suzani
      POSTGRES_USER: suzani
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    depends_on: [db]
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgres://suzani:@@secret@@@db:5432/suzani
volumes:
  pgdata:
""", rand_pw(20))

add("compose/decoy-env-reference", "docker-compose.prod.yml", "Docker Compose: interpolation (docs.docker.com/compose/how-tos/environment-variables/variable-interpolation)", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: suzani
      POSTGRES_USER: suzani
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in /etc/suzani/prod.env}
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  web:
    image: ghcr.io/suzani-atelier/web:${TAG:-latest}
    env_file: /etc/suzani/prod.env
""")

add("shell/redis-password", "ops/redis_flush_sessions.sh", "redis-cli: -a password (redis.io/docs/latest/develop/tools/cli)", """
#!/bin/sh
# Eski sessiyalarni tozalash (har kuni 03:30, cron)
REDIS_HOST=10.12.0.7
redis-cli -h "$REDIS_HOST" -p 6379 -a '@@secret@@' --no-auth-warning \\
  --scan --pattern 'session:*' | while read -r key; do
    ttl=$(redis-cli -h "$REDIS_HOST" -a '@@secret@@' --no-auth-warning ttl "$key")
    [ "$ttl" -lt 0 ] && redis-cli -h "$REDIS_HOST" -a '@@secret@@' --no-auth-warning del "$key" >/dev/null
done
echo "sessiyalar tozalandi: $(date)"
""", fakes.redis_password(_seed()))

add("python/redis-url", "atelier/settings/prod.py", "django-redis: connection URL (github.com/jazzband/django-redis)", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["bukhara-suzani.com", "www.bukhara-suzani.com"]

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:@@secret@@@10.12.0.7:6379/1",
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
LANGUAGE_CODE = "uz"
TIME_ZONE = "Asia/Tashkent"
""", fakes.redis_password(_seed()))

add("python/django-secret-key", "atelier/settings/base.py", "Django settings: SECRET_KEY (docs.djangoproject.com/en/5.0/ref/settings/#secret-key)", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@secret@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "catalog",
    "orders",
]
LANGUAGES = [("uz", "O'zbek"), ("ru", "Русский"), ("en", "English")]
STATIC_ROOT = BASE_DIR / "static"
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "atelier/settings/env.py", "django-environ (django-environ.readthedocs.io)", """
import environ

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
PAYME_KEY = env("PAYME_KEY")
""")

_pw = words_pw()
add("k8s-secret/postgres-password", "deploy/k8s/erp-db-secret.yaml", "Kubernetes Secrets: data is base64 (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: v1
kind: Secret
metadata:
  name: erp-db
  namespace: atlas
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
""", _pw, u=b64("atlas_erp"), d=b64("atlas_erp"), p=b64(_pw))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/erp-db-sealed.yaml", "Bitnami Sealed Secrets (github.com/bitnami-labs/sealed-secrets)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: erp-db
  namespace: atlas
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@e1@@
    POSTGRES_USER: AgA@@e2@@
  template:
    metadata:
      name: erp-db
      namespace: atlas
    type: Opaque
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 280, ALNUM + "+/") + "=")

add("dockerfile/pypi-token", "tools/Dockerfile", "pip: private index credentials in URLs (pip.pypa.io/en/stable/topics/authentication)", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# atlas-tools ni PyPI ga chiqarish (vaqtincha)
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
RUN pip install build twine && python -m build
CMD ["twine", "upload", "dist/*"]
""", fakes.pypi_token(_seed()))

add("dockerfile/decoy-build-secret", "web/Dockerfile", "Docker build secrets (docs.docker.com/build/building/secrets)", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
""")

add("ansible/mysql-password", "ansible/roles/erp/vars/main.yml", "Ansible community.mysql.mysql_user (docs.ansible.com)", """
---
erp_user: atlas
erp_home: /opt/atlas-erp
erp_mysql_host: 10.12.0.5
erp_mysql_db: atlas_1c_bridge
erp_mysql_user: bridge
erp_mysql_password: "@@secret@@"
erp_backup_dir: /srv/backup/mysql
erp_cron_hour: 2
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/prod/vault.yml", "Ansible Vault: encrypting content (docs.ansible.com/ansible/latest/vault_guide)", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("terraform/digitalocean-token", "infra/do/provider.tf", "DigitalOcean personal access tokens (docs.digitalocean.com/reference/api/create-personal-access-token)", """
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

resource "digitalocean_droplet" "bot" {
  name   = "buyurtma-bot"
  region = "fra1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
}
""", do_token())

add("shell/vault-token", "ops/read_payme_key.sh", "HashiCorp Vault tokens (developer.hashicorp.com/vault/docs/concepts/tokens)", """
#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.atlas.internal:8200
export VAULT_TOKEN=@@secret@@
vault kv get -field=key secret/payme/prod > /run/atlas/payme.key
chmod 600 /run/atlas/payme.key
echo "payme kaliti yangilandi"
""", vault_token())

add("yaml/decoy-vault-reference", "deploy/vault/agent-templates.yaml", "Vault Agent templates (developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template)", """
vault:
  address: https://vault.atlas.internal:8200
auto_auth:
  method:
    type: kubernetes
    config:
      role: atlas-shop
templates:
  - destination: /run/secrets/payme.env
    contents: |
      PAYME_KEY={{ with secret "secret/data/payme/prod" }}{{ .Data.data.key }}{{ end }}
      CLICK_SECRET_KEY={{ with secret "secret/data/click/prod" }}{{ .Data.data.secret }}{{ end }}
""")

# ---------------------------------------------------------------- workshop devices and office IT

add("python/ftp-password", "tools/push_designs_to_tajima.py", "Python ftplib (docs.python.org/3/library/ftplib.html)", """
\"\"\"Naqsh fayllarini (.dst) Tajima kashta mashinalariga FTP orqali yuborish.\"\"\"
import ftplib
import pathlib
import sys

MACHINES = {"tajima-1": "192.168.20.31", "tajima-2": "192.168.20.32", "tajima-3": "192.168.20.33"}
USER = "tajima"
PASSWORD = "@@secret@@"


def push(machine: str, design: pathlib.Path) -> None:
    with ftplib.FTP(MACHINES[machine], timeout=20) as ftp:
        ftp.login(USER, PASSWORD)
        ftp.cwd("/DESIGN")
        with design.open("rb") as fh:
            ftp.storbinary(f"STOR {design.name}", fh)
    print(f"{design.name} -> {machine}")


if __name__ == "__main__":
    push(sys.argv[1], pathlib.Path(sys.argv[2]))
""", rand_pw(10))

add("ini/ftp-password", "tools/winscp/embroidery-sites.ini", "WinSCP: INI file sessions (winscp.net/eng/docs/ui_pref_storage)", """
[Sessions\\kashta/barudan-sex2]
HostName=192.168.20.41
UserName=barudan
PasswordPlain=@@secret@@
FSProtocol=5
Ftps=0
LocalDirectory=D:\\Naqshlar\\Barudan
RemoteDirectory=/EMB

[Sessions\\kashta/tajima-1]
HostName=192.168.20.31
UserName=tajima
FSProtocol=5
""", rand_pw(12))

add("shell/rtsp-camera-password", "ops/cameras/record_loom_hall.sh", "Hikvision RTSP URL format (hikvision support: RTSP streaming)", """
#!/usr/bin/env bash
# To'quv sexi kameralari: tungi yozuv (ffmpeg), 7 kun saqlanadi
set -u
OUT=/srv/nvr/$(date +%F)
mkdir -p "$OUT"
for ch in 101 201 301; do
  ffmpeg -loglevel error -rtsp_transport tcp \\
    -i "rtsp://admin:@@secret@@@192.168.30.64:554/Streaming/Channels/${ch}" \\
    -c copy -f segment -segment_time 900 -reset_timestamps 1 \\
    "$OUT/ch${ch}_%03d.mp4" &
done
wait
find /srv/nvr -maxdepth 1 -type d -mtime +7 -exec rm -rf {} +
""", words_pw().replace("@", "!").replace("#", "!").replace("%", "!"))

add("yaml/camera-password", "homeassistant/configuration.yaml", "Home Assistant generic camera (www.home-assistant.io/integrations/generic)", """
homeassistant:
  name: Ipak sexi
  time_zone: Asia/Tashkent

camera:
  - platform: generic
    name: Bo'yoqxona
    still_image_url: http://192.168.30.65/ISAPI/Streaming/channels/101/picture
    stream_source: rtsp://192.168.30.65:554/Streaming/Channels/101
    username: admin
    password: "@@secret@@"
    authentication: digest

sensor:
  - platform: template
    sensors:
      boyoq_harorat:
        value_template: "{{ states('sensor.dye_vat_temp') }}"
""", words_pw())

add("xml/loom-controller-password", "config/jacquard/StaubliJC6.xml", "Stäubli JC6 jacquard controller network settings (staubli.com textile documentation)", """
<?xml version="1.0" encoding="UTF-8"?>
<JacquardController model="JC6" serial="JC6-40219">
  <Network>
    <Address>192.168.20.51</Address>
    <Gateway>192.168.20.1</Gateway>
    <DesignServer protocol="smb" path="\\\\nas01\\dizayn\\atlas" />
  </Network>
  <Access>
    <User name="operator" level="1" />
    <User name="service" level="3" password="@@secret@@" />
  </Access>
  <Loom id="DL-07" rpm="420" hooks="2688" />
</JacquardController>
""", rand_pw(12))

add("csv/device-password", "docs/inventory/network-devices.csv", "RFC 4180 CSV", """
qurilma,joy,ip,login,parol,izoh
MikroTik hEX,server xona,192.168.1.1,admin,@@secret@@,asosiy router
Hikvision NVR,qorovulxona,192.168.30.60,admin,(1Password),8 kanal
Tajima TMEZ-SC,kashta sexi,192.168.20.31,tajima,(1Password),
Stäubli JC6,to'quv sexi,192.168.20.51,service,(1Password),DL-07
Synology DS920+,server xona,192.168.1.10,ofis,(1Password),zaxira
HP LaserJet,buxgalteriya,192.168.1.40,-,-,
""", words_pw().replace(",", "."))

add("csv/decoy-id", "exports/etsy/listings-2024-11.csv", "Etsy shop manager: download listings CSV (help.etsy.com)", """
listing_id,sku,title,price_usd,quantity,materials,image_sha1
1739204481,SZ-BUX-0142,Bukhara suzani wall hanging 180x240,1450.00,1,silk;cotton,@@h1@@
1739211093,SZ-NUR-0088,Nurata suzani pillow cover,95.00,6,silk;cotton,@@h2@@
1740088125,IK-MAR-0311,Margilan khan-atlas ikat fabric per metre,38.00,120,silk,@@h3@@
1740091172,IK-MAR-0312,Adras ikat runner,64.00,14,silk;cotton,@@h4@@
1741550267,SZ-SAM-0019,Samarkand lola suzani tablecloth,520.00,2,silk;cotton,@@h5@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40), h5=hexs(40))

add("powershell/1c-admin-password", "scripts/1c/backup-infobase.ps1", "1C:Enterprise batch mode: /N /P command line (its.1c.ru)", """
# 1C buxgalteriya bazasini har kecha .dt ga yuklash
$ErrorActionPreference = "Stop"
$exe  = "C:\\Program Files\\1cv8\\8.3.24.1548\\bin\\1cv8.exe"
$base = "Srvr=""1c-srv01"";Ref=""atlas_buh"";"
$out  = "D:\\Backup\\1C\\atlas_buh_$(Get-Date -Format yyyyMMdd).dt"

& $exe DESIGNER /S "1c-srv01\\atlas_buh" /N "Administrator" /P "@@secret@@" /DumpIB $out /Out "D:\\Backup\\1C\\last.log"
if ($LASTEXITCODE -ne 0) { throw "1C dump failed: $LASTEXITCODE" }

Get-ChildItem "D:\\Backup\\1C\\*.dt" | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item
""", words_pw())

add("powershell/decoy-credential-prompt", "scripts/ad/new-weaver-account.ps1", "PowerShell Get-Credential / Read-Host -AsSecureString (learn.microsoft.com/powershell)", """
param(
    [Parameter(Mandatory)] [string] $FullName,
    [Parameter(Mandatory)] [string] $Sam
)
# Yangi to'quvchi uchun domen hisobi
$pw = Read-Host -AsSecureString "Vaqtinchalik parol"
New-ADUser -Name $FullName -SamAccountName $Sam -AccountPassword $pw `
    -Path "OU=Toquvchilar,OU=Margilon,DC=atlas,DC=local" -Enabled $true -ChangePasswordAtLogon $true
Add-ADGroupMember -Identity "Sex-Toquv" -Members $Sam
Write-Host "Hisob yaratildi: $Sam"
""")

add("python/ldap-bind-password", "intranet/auth/ldap.py", "django-auth-ldap settings (django-auth-ldap.readthedocs.io)", """
import ldap
from django_auth_ldap.config import LDAPSearch, GroupOfNamesType

AUTH_LDAP_SERVER_URI = "ldaps://dc01.atlas.local"
AUTH_LDAP_BIND_DN = "CN=svc-intranet,OU=Service,DC=atlas,DC=local"
AUTH_LDAP_BIND_PASSWORD = "@@secret@@"
AUTH_LDAP_USER_SEARCH = LDAPSearch("OU=Margilon,DC=atlas,DC=local", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)")
AUTH_LDAP_GROUP_TYPE = GroupOfNamesType()
AUTH_LDAP_USER_ATTR_MAP = {"first_name": "givenName", "last_name": "sn", "email": "mail"}
""", words_pw())

add("properties/ldap-bind-password", "erp-core/src/main/resources/ldap.properties", "Spring LDAP properties (docs.spring.io/spring-boot/appendix/application-properties)", """
# Domen orqali kirish (ERP)
spring.ldap.urls=ldap://dc01.atlas.local:389
spring.ldap.base=DC=atlas,DC=local
spring.ldap.username=CN=svc-erp,OU=Service,DC=atlas,DC=local
spring.ldap.password=@@secret@@
erp.security.admin-group=CN=ERP-Admin,OU=Groups,DC=atlas,DC=local
erp.security.weaver-group=CN=Sex-Toquv,OU=Groups,DC=atlas,DC=local
""", rand_pw(18, "!#"))

add("markdown/router-admin-password", "docs/runbooks/internet-uzildi.md", "MikroTik RouterOS: SSH access (help.mikrotik.com/docs)", """
# Internet uzilganda / When the internet is down

1. Serverxonadagi MikroTik hEX ni tekshiring (chiroqlar).
2. Ofis kompyuteridan kiring:

   ```
   ssh admin@192.168.1.1
   parol: @@secret@@
   ```

3. `/interface print` — `ether1-uztelecom` holati `R` bo'lishi kerak.
4. Zaxira kanal (Beeline 4G modem) ga o'tish: `/ip route set [find comment=backup] disabled=no`
5. Uztelecom: 1099, shartnoma № 40-17-2291.
""", words_pw())

add("markdown/decoy-placeholder", "docs/runbooks/yangi-kamera.md", "Hikvision RTSP URL format (hikvision support: RTSP streaming)", """
# Yangi kamera qo'shish

1. Kamerani `192.168.30.0/24` tarmog'iga ulang, SADP bilan IP bering.
2. Admin parolini 1Password "Kameralar" bo'limidan oling (hech qayerga yozmang).
3. NVR ga qo'shing. RTSP manzil shakli:

   `rtsp://<login>:<parol>@192.168.30.NN:554/Streaming/Channels/101`

4. `ops/cameras/record_loom_hall.sh` ichida kanal ro'yxatini yangilang.
5. Home Assistant da `!secret kamera_parol` orqali ulang.
""")

add("yaml/decoy-secret-reference", "homeassistant/cameras.yaml", "Home Assistant: storing secrets (www.home-assistant.io/docs/configuration/secrets)", """
- platform: generic
  name: To'quv sexi
  still_image_url: http://192.168.30.64/ISAPI/Streaming/channels/101/picture
  stream_source: rtsp://192.168.30.64:554/Streaming/Channels/101
  username: admin
  password: !secret kamera_toquv_parol
  authentication: digest
- platform: generic
  name: Kashta sexi
  still_image_url: http://192.168.30.66/ISAPI/Streaming/channels/101/picture
  username: admin
  password: !secret kamera_kashta_parol
""")

add("log/smtp-password", "logs/erp-mail-2024-10-28.log", "JavaMail debug output (javaee.github.io/javamail/docs/api/)", """
2024-10-28 08:00:02 INFO  MailJob - sending 14 invoices
2024-10-28 08:00:02 DEBUG SMTP - connecting smtp.gmail.com:587 starttls=true
2024-10-28 08:00:03 DEBUG SMTP - AUTH LOGIN user=atlas.erp.noreply@gmail.com
2024-10-28 08:00:03 DEBUG MailConfig - props={mail.smtp.host=smtp.gmail.com, mail.smtp.user=atlas.erp.noreply@gmail.com, mail.smtp.password=@@secret@@, mail.smtp.port=587}
2024-10-28 08:00:04 INFO  MailJob - sent INV-2024-1031 to buyurtma@tashkent-decor.uz
2024-10-28 08:00:04 INFO  MailJob - sent INV-2024-1032 to info@samarkand-gallery.uz
2024-10-28 08:00:06 INFO  MailJob - done in 4.1s
""", "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("log/decoy-hash", "logs/design-sync-2024-11-03.log", "rsync --checksum output (download.samba.org/pub/rsync/rsync.1)", """
2024-11-03 22:00:01 design-sync start src=//nas01/dizayn dst=tajima-1
2024-11-03 22:00:02 file=lola_180x240.dst size=412880 sha256=@@h1@@
2024-11-03 22:00:02 file=anor_yostiq.dst size=98112 sha256=@@h2@@
2024-11-03 22:00:03 file=chinor_barg.dst size=151004 sha256=@@h3@@
2024-11-03 22:00:03 skipped=41 copied=3 errors=0
2024-11-03 22:00:03 design-sync done
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("sql/db-user-password", "db/migrations/0007_reporting_user.sql", "PostgreSQL CREATE ROLE ... PASSWORD (www.postgresql.org/docs/current/sql-createrole.html)", """
-- Hisobotlar uchun faqat o'qish huquqli foydalanuvchi (Metabase)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE atlas_erp TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
""", rand_pw(22))

add("sql/decoy-hash", "db/seed/0002_users.sql", "Django password hashing: PBKDF2 storage format (docs.djangoproject.com/en/5.0/topics/auth/passwords)", """
-- Test foydalanuvchilar (staging). Parollar xeshlangan.
INSERT INTO auth_user (username, email, is_staff, password) VALUES
('madina', 'madina@suzani-atelier.uz', true, 'pbkdf2_sha256$720000$@@s1@@$@@h1@@'),
('jasur', 'jasur@suzani-atelier.uz', true, 'pbkdf2_sha256$720000$@@s2@@$@@h2@@'),
('dilnoza', 'dilnoza@suzani-atelier.uz', false, 'pbkdf2_sha256$720000$@@s3@@$@@h3@@');
""", s1=fakes.drawn(_seed(), 22), h1=b64(hexs(32))[:43] + "=", s2=fakes.drawn(_seed(), 22), h2=b64(hexs(32))[:43] + "=", s3=fakes.drawn(_seed(), 22), h3=b64(hexs(32))[:43] + "=")

add("xml/decoy-encrypted-password", "erp-core/conf/standalone-ds.xml", "Jasypt encrypted properties ENC(...) (www.jasypt.org/encrypting-configuration.html)", """
<?xml version="1.0" encoding="UTF-8"?>
<datasources>
  <datasource jndi-name="java:/AtlasErpDS" pool-name="AtlasErpDS">
    <connection-url>jdbc:postgresql://10.12.0.5:5432/atlas_erp</connection-url>
    <driver>postgresql</driver>
    <security>
      <user-name>atlas_erp</user-name>
      <password>ENC(@@enc@@)</password>
    </security>
  </datasource>
</datasources>
""", enc=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("java/postgres-password", "erp-core/src/main/java/uz/atlas/erp/report/LegacyExport.java", "JDBC DriverManager.getConnection (docs.oracle.com/javase/8/docs/api/java/sql/DriverManager.html)", """
package uz.atlas.erp.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

public final class LegacyExport {
    // Eski hisobot: oylik ipak sarfi (kg) — vaqtinchalik
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://10.12.0.5:5432/atlas_erp", "atlas_erp", "@@secret@@");
             ResultSet rs = c.createStatement().executeQuery(
                "select month, sum(silk_kg) from yarn_usage group by month order by month")) {
            while (rs.next()) {
                System.out.println(rs.getString(1) + "\\t" + rs.getBigDecimal(2));
            }
        }
    }
}
""", words_pw())

# ---------------------------------------------------------------- design tools, AI, code hosting

add("notebook/openai-api-key", "notebooks/suzani_tavsif_generator.ipynb", "OpenAI API keys (platform.openai.com/docs/api-reference/authentication)", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Suzani tavsiflari (Etsy uchun inglizcha matn)\\n", "Har bir mahsulot uchun qisqa tavsif yaratamiz."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "import pandas as pd\\n",
    "items = pd.read_csv('exports/etsy/listings-2024-11.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "def describe(title):\\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': f'Write a 60-word Etsy description for: {title}'}])\\n",
    "    return r.choices[0].message.content"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("notebook/decoy-env-reference", "notebooks/rang_palitra.ipynb", "Jupyter notebook format (nbformat.readthedocs.io)", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=os.environ['OPENAI_API_KEY'])\\n",
    "PALETTE = {'anor': '#9B1B30', 'moviy': '#1F4E8C', 'oltin': '#D4A017', 'tut': '#4B2142'}"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["4 rang\\n"]}],
   "source": ["print(len(PALETTE), 'rang')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("python/huggingface-token", "ml/pattern_classifier/train.py", "Hugging Face user access tokens (huggingface.co/docs/hub/security-tokens)", """
\"\"\"Naqsh turlarini (lola, anor, chinor, oy-yulduz) tasniflovchi modelni o'qitish.\"\"\"
from datasets import load_dataset
from huggingface_hub import login
from transformers import AutoImageProcessor, AutoModelForImageClassification, Trainer, TrainingArguments

login(token="@@secret@@")

ds = load_dataset("imagefolder", data_dir="data/naqshlar")
processor = AutoImageProcessor.from_pretrained("google/vit-base-patch16-224")
model = AutoModelForImageClassification.from_pretrained("google/vit-base-patch16-224", num_labels=4,
                                                        ignore_mismatched_sizes=True)
args = TrainingArguments("out/naqsh-vit", per_device_train_batch_size=16, num_train_epochs=5,
                         push_to_hub=True, hub_model_id="suzani-atelier/naqsh-vit")
Trainer(model=model, args=args, train_dataset=ds["train"], eval_dataset=ds["test"]).train()
""", hf_token())

add("shell/github-token", "ops/clone_all.sh", "GitHub personal access tokens (docs.github.com/en/authentication)", """
#!/usr/bin/env bash
# Yangi serverga barcha repolarni klonlash
set -e
TOKEN=@@secret@@
mkdir -p /srv/src && cd /srv/src
for repo in atlas-shop atlas-erp buyurtma-bot naqsh-tools; do
  git clone "https://${TOKEN}@github.com/margilan-atlas/${repo}.git"
done
""", fakes.github_token(_seed()))

add("yaml/github-fine-grained-token", ".github/renovate-config.yml", "GitHub fine-grained personal access tokens (docs.github.com/en/authentication)", """
# Renovate self-hosted (runs on the office NAS via cron)
platform: github
endpoint: https://api.github.com/
token: @@secret@@
autodiscover: false
repositories:
  - margilan-atlas/atlas-shop
  - margilan-atlas/atlas-erp
  - margilan-atlas/buyurtma-bot
timezone: Asia/Tashkent
schedule: ["before 6am on monday"]
""", fakes.github_fine_grained_token(_seed()))

add("ini/npm-token", "web/.npmrc", "npm: .npmrc auth tokens (docs.npmjs.com/cli/v10/configuring-npm/npmrc)", """
registry=https://registry.npmjs.org/
@suzani-atelier:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", "npm_" + fakes.drawn_mixed(_seed(), 36))

add("ini/decoy-env-reference", "web/.npmrc.ci", "npm: .npmrc environment variables (docs.npmjs.com/cli/v10/configuring-npm/npmrc)", """
registry=https://registry.npmjs.org/
@suzani-atelier:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
always-auth=true
""")

add("ini/pypi-token", "naqsh-tools/.pypirc", "PyPI: API tokens in .pypirc (packaging.python.org/en/latest/specifications/pypirc)", """
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

add("python/decoy-regex", "naqsh-tools/src/naqsh_tools/redact.py", "Python re module (docs.python.org/3/library/re.html)", """
\"\"\"Loglarni tashqariga yuborishdan oldin maxfiy qiymatlarni yashirish.\"\"\"
import re

PATTERNS = [
    re.compile(r"\\d{8,10}:AA[0-9A-Za-z_-]{33}"),          # telegram bot token
    re.compile(r"sk_live_[0-9A-Za-z]{24,99}"),              # stripe secret key
    re.compile(r"shpat_[0-9a-f]{32}"),                      # shopify admin token
    re.compile(r"(?i)(password|parol|secret)\\s*[=:]\\s*\\S+"),
]


def redact(line: str) -> str:
    for pattern in PATTERNS:
        line = pattern.sub("[REDACTED]", line)
    return line
""")

add("rust/google-maps-key", "delivery-zones/src/geocode.rs", "Google Maps Platform API keys (developers.google.com/maps/documentation/geocoding/get-api-key)", """
//! Mijoz manzillarini koordinatalarga aylantirish (yetkazib berish zonalari).
use serde::Deserialize;

const GEOCODE_URL: &str = "https://maps.googleapis.com/maps/api/geocode/json";
const API_KEY: &str = "@@secret@@";

#[derive(Deserialize)]
struct Response { results: Vec<Place> }
#[derive(Deserialize)]
struct Place { geometry: Geometry }
#[derive(Deserialize)]
struct Geometry { location: LatLng }
#[derive(Deserialize, Debug, Clone, Copy)]
pub struct LatLng { pub lat: f64, pub lng: f64 }

pub async fn geocode(address: &str) -> anyhow::Result<Option<LatLng>> {
    let url = format!("{GEOCODE_URL}?address={}&region=uz&key={API_KEY}", urlencoding::encode(address));
    let resp: Response = reqwest::get(url).await?.json().await?;
    Ok(resp.results.first().map(|p| p.geometry.location))
}
""", google_key())

add("swift/decoy-public-config", "SuzaniApp/SuzaniApp/AppConfig.swift", "Firebase: API keys for Firebase are not secret (firebase.google.com/docs/projects/api-keys)", """
import Foundation

enum AppConfig {
    // Firebase web/iOS API key — identifies the project, not a secret (restricted by bundle id)
    static let firebaseAPIKey = "@@k@@"
    static let firebaseProjectID = "suzani-atelier-app"
    static let gcmSenderID = "804412977315"
    static let stripePublishableKey = "pk_live_51@@pk@@"
    static let apiBase = URL(string: "https://api.bukhara-suzani.com/v1")!
}
""", k=google_key(), pk=fakes.drawn_mixed(_seed(), 97))

add("swift/stripe-secret-key", "SuzaniApp/SuzaniApp/Debug/DebugPayments.swift", "Stripe API keys (docs.stripe.com/keys)", """
#if DEBUG
import Foundation

/// Sinov uchun: to'lovni to'g'ridan-to'g'ri Stripe ga yuborish (serverni chetlab).
enum DebugPayments {
    static let secretKey = "@@secret@@"

    static func createIntent(amountCents: Int) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amountCents)&currency=usd".data(using: .utf8)
        return try await URLSession.shared.data(for: req).0
    }
}
#endif
""", stripe_key())

add("plist/decoy-public-config", "SuzaniApp/SuzaniApp/GoogleService-Info.plist", "Firebase iOS config file (firebase.google.com/docs/ios/setup)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>804412977315</string>
	<key>BUNDLE_ID</key>
	<string>uz.suzani.atelier</string>
	<key>PROJECT_ID</key>
	<string>suzani-atelier-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:804412977315:ios:@@app@@</string>
</dict>
</plist>
""", k=google_key(), app=hexs(22))

add("plist/api-secret", "SuzaniApp/SuzaniApp/Secrets.plist", "Apple property list format (developer.apple.com/documentation/foundation/propertylistserialization)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>ClickServiceID</key>
	<integer>31842</integer>
	<key>ClickSecretKey</key>
	<string>@@secret@@</string>
	<key>ApiBase</key>
	<string>https://api.bukhara-suzani.com/v1</string>
</dict>
</plist>
""", click_secret())

_pem = pem("OPENSSH")
add("yaml/private-key", "deploy/ansible/files/deploy_key.yml", "OpenSSH private keys (man.openbsd.org/ssh-keygen)", """
# GitHub deploy key for atlas-erp (read-only) — used by the NAS backup job
deploy_key_path: /home/atlas/.ssh/atlas_erp_deploy
deploy_key_owner: atlas
deploy_key: |
  @@k1@@
""", _pem, k1=_pem.replace("\n", "\n  "))

add("python/private-key", "payments/uzcard/signer.py", "RSA request signing with cryptography (cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa)", """
\"\"\"Multicard (Uzcard/Humo) so'rovlarini RSA bilan imzolash.\"\"\"
import base64

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

PRIVATE_KEY_PEM = b\"\"\"@@secret@@\"\"\"

_key = serialization.load_pem_private_key(PRIVATE_KEY_PEM, password=None)


def sign(payload: bytes) -> str:
    return base64.b64encode(_key.sign(payload, padding.PKCS1v15(), hashes.SHA256())).decode()
""", pem("RSA"))

add("markdown/decoy-public-key", "docs/ssh-kalitlar.md", "OpenSSH public keys (man.openbsd.org/ssh-keygen)", """
# Serverlarga kirish uchun ochiq kalitlar

Quyidagi ochiq kalitlarni `~/.ssh/authorized_keys` ga qo'shing (bu kalitlar maxfiy emas):

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ jasur@atlas-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ madina@atlas-office
```

Fingerprint: `SHA256:@@fp@@`

Yopiq kalitlarni hech qachon bu repoga qo'ymang.
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("xml/decoy-certificate", "erp-core/conf/multicard-ca.xml", "X.509 PEM certificates (RFC 7468)", """
<?xml version="1.0" encoding="UTF-8"?>
<trust>
  <!-- Multicard shlyuzining ochiq sertifikati (public) -->
  <certificate alias="multicard-gw">
-----BEGIN CERTIFICATE-----
MIID@@c1@@
@@c2@@
@@c3@@
-----END CERTIFICATE-----
  </certificate>
</trust>
""", c1=fakes.drawn(_seed(), 60, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("csharp/slack-webhook", "Atlas.Erp/Alerts/SlackAlerts.cs", "Slack incoming webhooks (api.slack.com/messaging/webhooks)", """
using System.Net.Http.Json;

namespace Atlas.Erp.Alerts;

public static class SlackAlerts
{
    private const string WebhookUrl = "@@secret@@";
    private static readonly HttpClient Http = new();

    // Ipak zaxirasi kam qolganda ogohlantirish
    public static Task YarnLowAsync(string colour, decimal kg) =>
        Http.PostAsJsonAsync(WebhookUrl, new { text = $":warning: {colour} ipak qoldig'i {kg} kg" });
}
""", slack_webhook())

add("java/cloudinary-url", "erp-core/src/main/java/uz/atlas/erp/media/MediaConfig.java", "Cloudinary: CLOUDINARY_URL (cloudinary.com/documentation/java_integration)", """
package uz.atlas.erp.media;

import com.cloudinary.Cloudinary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MediaConfig {
    @Bean
    public Cloudinary cloudinary() {
        // mato namunalari suratlari
        return new Cloudinary("cloudinary://@@id@@:@@secret@@@margilan-atlas");
    }
}
""", fakes.drawn_mixed(_seed(), 27, ALNUM + "_-"), id=str(_rng().randint(10**14, 10**15)))

add("go/decoy-hash", "internal/catalog/checksum.go", "Go crypto/sha256 (pkg.go.dev/crypto/sha256)", """
package catalog

import (
	"crypto/sha256"
	"encoding/hex"
)

// Known good pattern files shipped with the Tajima firmware bundle.
var knownPatterns = map[string]string{
	"lola_180x240.dst": "@@h1@@",
	"anor_yostiq.dst":  "@@h2@@",
	"chinor_barg.dst":  "@@h3@@",
}

func Verify(name string, data []byte) bool {
	sum := sha256.Sum256(data)
	return knownPatterns[name] == hex.EncodeToString(sum[:])
}
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("rust/decoy-uuid", "delivery-zones/src/zones.rs", "RFC 9562 UUIDs", """
//! Yetkazib berish zonalari (ids from the courier's public zone list).
pub struct Zone { pub id: &'static str, pub name: &'static str, pub price_som: u32 }

pub const ZONES: &[Zone] = &[
    Zone { id: "@@u1@@", name: "Marg'ilon shahri", price_som: 15_000 },
    Zone { id: "@@u2@@", name: "Farg'ona", price_som: 25_000 },
    Zone { id: "@@u3@@", name: "Toshkent", price_som: 60_000 },
    Zone { id: "@@u4@@", name: "Buxoro", price_som: 80_000 },
];
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

# ---------------------------------------------------------------- blog, CRM, e-invoicing, couriers

add("php/wordpress-db-password", "blog/wp-config.php", "WordPress wp-config.php (developer.wordpress.org/advanced-administration/wordpress/wp-config)", """
<?php
/** Suzani blog (blog.bukhara-suzani.com) */
define( 'DB_NAME', 'suzani_blog' );
define( 'DB_USER', 'suzani_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'sz_';

define( 'WP_DEBUG', false );
define( 'WPLANG', 'uz_UZ' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-placeholder", "blog/wp-config-sample.php", "WordPress wp-config-sample.php (github.com/WordPress/WordPress/blob/master/wp-config-sample.php)", """
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

add("php/woocommerce-consumer-secret", "blog/wp-content/mu-plugins/atlas-sync.php", "WooCommerce REST API authentication (woocommerce.github.io/woocommerce-rest-api-docs)", """
<?php
/**
 * Plugin Name: Atlas stock sync
 * Description: Marg'ilon omboridagi atlas qoldig'ini do'konga yuklaydi.
 */
use Automattic\\WooCommerce\\Client;

function atlas_sync_client(): Client {
    return new Client(
        'https://shop.margilan-atlas.uz',
        'ck_@@ck@@',
        '@@secret@@',
        ['version' => 'wc/v3', 'timeout' => 30]
    );
}

add_action('atlas_nightly_sync', function () {
    $stock = json_decode(file_get_contents('https://erp.margilan-atlas.uz/api/stock.json'), true);
    foreach ($stock as $sku => $metres) {
        atlas_sync_client()->put("products/sku/$sku", ['stock_quantity' => (int) $metres]);
    }
});
""", "cs_" + hexs(40), ck=hexs(40))

add("python/bitrix24-webhook", "crm/bitrix_leads.py", "Bitrix24 REST: inbound webhooks (apidocs.bitrix24.com/local-integrations/local-webhooks.html)", """
\"\"\"Etsy va Instagram dan kelgan so'rovlarni Bitrix24 ga lid sifatida yozish.\"\"\"
import requests

BITRIX = "https://suzani-atelier.bitrix24.kz/rest/1/@@secret@@/"


def add_lead(name: str, phone: str, source: str, comment: str) -> int:
    r = requests.post(BITRIX + "crm.lead.add.json", json={"fields": {
        "TITLE": f"{source}: {name}",
        "NAME": name,
        "PHONE": [{"VALUE": phone, "VALUE_TYPE": "WORK"}],
        "SOURCE_ID": source.upper(),
        "COMMENTS": comment,
    }}, timeout=20)
    r.raise_for_status()
    return r.json()["result"]
""", lower_alnum(16))

add("env/amocrm-token", "crm/.env", "amoCRM long-lived tokens (www.amocrm.com/developers/content/oauth/step-by-step)", """
AMOCRM_SUBDOMAIN=margilanatlas
AMOCRM_CLIENT_ID=@@cid@@
AMOCRM_LONG_LIVED_TOKEN=@@secret@@
AMOCRM_PIPELINE_ID=7719204
LEAD_SOURCE=telegram
""", jwt_like(), cid=uuid_s())

add("python/didox-password", "einvoice/didox_client.py", "Didox e-invoicing API (api-docs.didox.uz)", """
\"\"\"Elektron hisob-fakturalar: Didox orqali yuborish (STIR 305114872).\"\"\"
import os

import requests

BASE = "https://api-partners.didox.uz/v1"
STIR = "305114872"
PAROL = "@@secret@@"
PARTNER_TOKEN = os.environ["DIDOX_PARTNER_TOKEN"]


def login() -> str:
    r = requests.post(f"{BASE}/auth/{STIR}/password/ru", json={"password": PAROL},
                      headers={"Partner-Authorization": PARTNER_TOKEN}, timeout=30)
    r.raise_for_status()
    return r.json()["token"]


def send_invoice(doc: dict) -> dict:
    r = requests.post(f"{BASE}/documents/002/create", json=doc,
                      headers={"user-key": login(), "Partner-Authorization": PARTNER_TOKEN}, timeout=30)
    r.raise_for_status()
    return r.json()
""", words_pw())

add("json/decoy-id", "einvoice/company.json", "Uzbekistan taxpayer and bank identifiers (soliq.uz)", """
{
  "name": "\\"MARG'ILON ATLAS\\" MCHJ",
  "stir": "305114872",
  "oked": "13200",
  "mfo": "00873",
  "bank_account": "20208000900412771001",
  "director": "Yusupov A. R.",
  "address": "Farg'ona vil., Marg'ilon sh., Ipakchilar ko'chasi 14",
  "vat_registration_code": "326030012884",
  "phone": "+998 73 233 10 45"
}
""")

add("http/courier-basic-auth", "api-tests/fargo-courier.http", "HTTP Basic authentication (RFC 7617); JetBrains HTTP client (jetbrains.com/help/idea/http-client-in-product-code-editor.html)", """
### Fargo kuryer: yangi jo'natma yaratish
POST https://api.fargo.uz/v2/customer/orders
Authorization: Basic @@secret@@
Content-Type: application/json

{
  "sender": {"name": "Margilan Atlas", "phone": "+998732331045"},
  "recipient": {"name": "Nodira K.", "phone": "+998901234567", "city": "Toshkent"},
  "parcel": {"weight_kg": 2.4, "description": "atlas mato 6 m"}
}

### Holatini tekshirish
GET https://api.fargo.uz/v2/customer/orders/FG-2024-118245
Authorization: Basic @@secret@@
""", b64("margilan_atlas:" + rand_pw(16)))

add("shell/courier-password", "ops/bts_tracking_cron.sh", "curl --user (curl.se/docs/manpage.html#-u)", """
#!/usr/bin/env bash
# BTS Express: kunlik jo'natmalar holatini olib ERP ga yozish
set -euo pipefail
DAY=$(date -d yesterday +%F)
curl -fsS --user "atlas_api:@@secret@@" \\
  "https://api.bts.uz/v1/shipments?date=${DAY}" -o "/tmp/bts_${DAY}.json"
python3 /opt/atlas-erp/bin/import_tracking.py "/tmp/bts_${DAY}.json"
rm -f "/tmp/bts_${DAY}.json"
""", rand_pw(14))

add("python/dhl-api-secret", "shipping/dhl_express.py", "MyDHL API: Basic authentication (developer.dhl.com/api-reference/dhl-express-mydhl-api)", """
\"\"\"DHL Express: xalqaro jo'natmalar (Germaniya, AQSh xaridorlariga suzani).\"\"\"
import requests
from requests.auth import HTTPBasicAuth

DHL_URL = "https://express.api.dhl.com/mydhlapi"
DHL_AUTH = HTTPBasicAuth("bukharasuzUZ", "@@secret@@")
ACCOUNT = "954112873"


def rate(weight_kg: float, country: str, postal: str) -> dict:
    r = requests.get(f"{DHL_URL}/rates", auth=DHL_AUTH, params={
        "accountNumber": ACCOUNT, "originCountryCode": "UZ", "originCityName": "Bukhara",
        "destinationCountryCode": country, "destinationPostalCode": postal,
        "weight": weight_kg, "length": 40, "width": 30, "height": 10,
        "plannedShippingDate": "2024-11-20", "isCustomsDeclarable": "true", "unitOfMeasurement": "metric"},
        timeout=30)
    r.raise_for_status()
    return r.json()
""", rand_pw(16, "!$^"))

add("typescript/paypal-client-secret", "suzani-export-store/src/server/paypal.ts", "PayPal REST: client credentials (developer.paypal.com/api/rest/authentication)", """
const PAYPAL_API = "https://api-m.paypal.com";
const CLIENT_ID = "@@cid@@";
const CLIENT_SECRET = "@@secret@@";

export async function accessToken(): Promise<string> {
  const auth = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  if (!res.ok) throw new Error(`paypal token: ${res.status}`);
  return (await res.json()).access_token;
}
""", "E" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"), cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("html/decoy-public-key", "suzani-export-store/public/index.html", "Google reCAPTCHA site keys, Subresource Integrity (developers.google.com/recaptcha; developer.mozilla.org SRI)", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Bukhara Suzani Atelier — hand-embroidered suzani</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2N4XH1P"></script>
  <script src="https://www.google.com/recaptcha/api.js?render=6L@@rk@@"></script>
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"
          integrity="sha384-@@sri@@" crossorigin="anonymous" defer></script>
  <script>window.PAYPAL_CLIENT_ID = "A@@pp@@";</script>
</head>
<body>
  <div id="app"></div>
  <script type="module" src="/src/main.ts"></script>
</body>
</html>
""", rk=fakes.drawn(_seed(), 38, ALNUM + "-_"), sri=fakes.drawn(_seed(), 64, ALNUM + "+/"), pp=fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("env/mongodb-uri", "catalog-api/.env", "MongoDB connection string (www.mongodb.com/docs/manual/reference/connection-string)", """
NODE_ENV=production
PORT=4000
MONGODB_URI=mongodb+srv://catalog:@@secret@@@cluster0.x8k2p.mongodb.net/suzani?retryWrites=true&w=majority
IMAGE_CDN=https://res.cloudinary.com/margilan-atlas
CORS_ORIGIN=https://bukhara-suzani.com
""", rand_pw(16))

add("json/mssql-password", "Atlas.Erp/appsettings.Production.json", "SQL Server connection strings (learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax)", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Erp": "Server=10.12.0.9,1433;Database=AtlasErp;User Id=atlas_app;Password=@@secret@@;TrustServerCertificate=True",
    "Reports": "Server=10.12.0.9,1433;Database=AtlasReports;Integrated Security=True"
  },
  "Click": { "ServiceId": 31842 },
  "AllowedHosts": "*"
}
""", words_pw().replace(";", "!"))

add("json/decoy-vault-reference", "Atlas.Erp/appsettings.Azure.json", "Azure App Service Key Vault references (learn.microsoft.com/azure/app-service/app-service-key-vault-references)", """
{
  "ConnectionStrings": {
    "Erp": "@Microsoft.KeyVault(SecretUri=https://atlas-kv.vault.azure.net/secrets/ErpDb/)"
  },
  "Click": {
    "ServiceId": 31842,
    "SecretKey": "@Microsoft.KeyVault(VaultName=atlas-kv;SecretName=ClickSecretKey)"
  },
  "Payme": {
    "Key": "@Microsoft.KeyVault(VaultName=atlas-kv;SecretName=PaymeKey)"
  }
}
""")

add("yaml/rabbitmq-password", "erp-core/src/main/resources/application-prod.yml", "Spring Boot RabbitMQ properties (docs.spring.io/spring-boot/reference/messaging/amqp.html)", """
spring:
  rabbitmq:
    host: 10.12.0.11
    port: 5672
    username: erp
    password: @@secret@@
    virtual-host: atlas
erp:
  queues:
    dye-orders: atlas.dye.orders
    loom-events: atlas.loom.events
  mill: margilon-1
""", rand_pw(20))

add("ini/grafana-admin-password", "monitoring/grafana/grafana.ini", "Grafana configuration: [security] admin_password (grafana.com/docs/grafana/latest/setup-grafana/configure-grafana)", """
[server]
http_port = 3000
domain = grafana.atlas.local

[security]
admin_user = admin
admin_password = @@secret@@
disable_gravatar = true

[auth.anonymous]
enabled = true
org_role = Viewer

[dashboards]
default_home_dashboard_path = /var/lib/grafana/dashboards/toquv-sexi.json
""", passphrase())

add("yaml/esphome-wifi-password", "esphome/ombor-namlik.yaml", "ESPHome: WiFi and API encryption (esphome.io/components/wifi)", """
# Ipak ombori: harorat va namlik datchigi (pilla va xom ipak uchun 60-65% namlik)
esphome:
  name: ombor-namlik
esp32:
  board: esp32dev
wifi:
  ssid: "Atlas-Sex"
  password: "@@secret@@"
api:
  encryption:
    key: !secret api_key
ota:
  - platform: esphome
    password: !secret ota_password
sensor:
  - platform: dht
    pin: GPIO4
    model: DHT22
    temperature: {name: "Ombor harorat"}
    humidity: {name: "Ombor namlik"}
    update_interval: 60s
""", words_pw())

add("yaml/decoy-secret-reference", "esphome/bo-yoqxona-harorat.yaml", "ESPHome: secrets.yaml and !secret (esphome.io/guides/faq)", """
esphome:
  name: boyoqxona-harorat
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: !secret api_key
ota:
  - platform: esphome
    password: !secret ota_password
sensor:
  - platform: dallas_temp
    name: "Bo'yoq qozon harorati"
    update_interval: 10s
""")

add("python/mqtt-password", "loom-telemetry/collector.py", "paho-mqtt: username_pw_set (eclipse.dev/paho/files/paho.mqtt.python/html/client.html)", """
\"\"\"Dastgohlardan (DL-01..DL-12) aylanish va uzilish hisoblagichlarini yig'ish.\"\"\"
import json

import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point

influx = InfluxDBClient(url="http://10.12.0.13:8086", token=open("/run/secrets/influx").read().strip(), org="atlas")
write = influx.write_api()


def on_message(client, userdata, msg):
    data = json.loads(msg.payload)
    write.write("looms", record=Point("loom").tag("id", data["loom"]).field("rpm", data["rpm"]).field("breaks", data["breaks"]))


client = mqtt.Client(client_id="collector-1")
client.username_pw_set("collector", "@@secret@@")
client.on_message = on_message
client.connect("10.12.0.12", 1883)
client.subscribe("atlas/looms/+/stats")
client.loop_forever()
""", rand_pw(18))

add("toml/influxdb-token", "loom-telemetry/telegraf.toml", "Telegraf InfluxDB v2 output (docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2)", """
[agent]
  interval = "10s"
  hostname = "loom-gw-1"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.12.0.12:1883"]
  topics = ["atlas/looms/+/stats"]
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["http://10.12.0.13:8086"]
  token = "@@secret@@"
  organization = "atlas"
  bucket = "looms"
""", fakes.drawn_mixed(_seed(), 86, ALNUM + "-_") + "==")

add("ini/wireguard-private-key", "ops/wireguard/wg-bukhara.conf", "WireGuard configuration (www.wireguard.com/quickstart)", """
# Buxoro atelyesi <-> Marg'ilon ofisi tunneli
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@secret@@
ListenPort = 51820
DNS = 10.12.0.2

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.margilan-atlas.uz:51820
AllowedIPs = 10.12.0.0/16, 192.168.20.0/24
PersistentKeepalive = 25
""", base64.b64encode(_rng().randbytes(32)).decode(), pub=base64.b64encode(_rng().randbytes(32)).decode())

add("json/docker-registry-auth", "ops/docker/config.json", "Docker CLI config.json auths (docs.docker.com/reference/cli/docker/login)", """
{
  "auths": {
    "registry.atlas-margilon.uz": {
      "auth": "@@secret@@"
    },
    "ghcr.io": {
      "credsStore": "desktop"
    }
  },
  "currentContext": "default"
}
""", b64("deploy:" + rand_pw(20)))

add("toml/decoy-hash", "delivery-zones/Cargo.lock", "Cargo.lock checksums (doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html)", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "anyhow"
version = "1.0.86"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h1@@"

[[package]]
name = "serde"
version = "1.0.204"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h2@@"

[[package]]
name = "urlencoding"
version = "2.1.3"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h3@@"
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

# ---------------------------------------------------------------- decoys of the trade and its tooling

add("markdown/decoy-checkout-link", "docs/tolov-havolalari.md", "Payme checkout via GET: base64 parameters (developer.help.paycom.uz/initsializatsiya-platezhey/otpravka-cheka-po-metodu-get)", """
# To'lov havolalari / Payment links

Mijozga Telegram orqali yuboriladigan havolalar (ochiq, maxfiy emas):

- Payme: `https://checkout.paycom.uz/@@pl@@`
- Click: `https://my.click.uz/services/pay?service_id=31842&merchant_id=22917&amount=450000&transaction_param=ORD-1042`

Payme havolasi — `m=<merchant_id>;ac.order_id=<buyurtma>;a=<tiyin>` ning base64 ko'rinishi.
Summa tiyinda: 4 500 000 tiyin = 45 000 so'm.
""", pl=b64("m=" + objectid() + ";ac.order_id=ORD-1042;a=4500000"))

add("python/decoy-checkout-link", "shop/payments/links.py", "Payme checkout via GET: base64 parameters (developer.help.paycom.uz)", """
import base64
from urllib.parse import urlencode

PAYME_MERCHANT_ID = "@@mid@@"  # public: appears in every checkout URL
CLICK = {"service_id": 31842, "merchant_id": 22917}


def payme_link(order_id: str, amount_som: int) -> str:
    params = f"m={PAYME_MERCHANT_ID};ac.order_id={order_id};a={amount_som * 100};l=uz"
    return "https://checkout.paycom.uz/" + base64.b64encode(params.encode()).decode()


def click_link(order_id: str, amount_som: int) -> str:
    q = dict(CLICK, amount=amount_som, transaction_param=order_id,
             return_url="https://atlas-margilon.uz/buyurtma/" + order_id)
    return "https://my.click.uz/services/pay?" + urlencode(q)
""", mid=objectid())

add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", "Mozilla SOPS encrypted files (github.com/getsops/sops)", """
payme_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
click_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2024-11-01T09:12:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.9.1
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 19, ALNUM + "+/") + "=", iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    age=lower_alnum(58), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("yaml/decoy-external-secret", "deploy/k8s/external-secret.yaml", "External Secrets Operator (external-secrets.io/latest/api/externalsecret)", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: atlas-shop
  namespace: atlas
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: atlas-shop
  data:
    - secretKey: PAYME_KEY
      remoteRef: {key: prod/atlas-shop, property: payme_key}
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: prod/atlas-shop, property: stripe_secret_key}
""")

add("yaml/decoy-ssm-reference", "serverless/serverless.yml", "Serverless Framework: SSM parameter variables (www.serverless.com/framework/docs/guides/variables/aws/ssm)", """
service: suzani-image-resizer
provider:
  name: aws
  runtime: python3.12
  region: eu-central-1
  environment:
    CLOUDINARY_URL: ${ssm:/suzani/prod/cloudinary_url}
    SENTRY_DSN: ${ssm:/suzani/prod/sentry_dsn}
functions:
  resize:
    handler: handler.resize
    events:
      - s3:
          bucket: bukhara-suzani-catalog
          event: s3:ObjectCreated:*
""")

add("env/decoy-1password-reference", "shop/.env.tpl", "1Password CLI secret references (developer.1password.com/docs/cli/secret-references)", """
# op inject -i .env.tpl -o .env
DATABASE_URL=op://Atlas-Prod/shop-db/connection-string
PAYME_KEY=op://Atlas-Prod/Payme/credential
CLICK_SECRET_KEY=op://Atlas-Prod/Click/secret-key
TELEGRAM_BOT_TOKEN=op://Atlas-Prod/buyurtma-bot/token
SENTRY_ENVIRONMENT=production
""")

add("markdown/decoy-example-key", "docs/aws-sozlash.md", "AWS example credentials in documentation (docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html)", """
# AWS CLI sozlash

Har bir xodim o'z IAM foydalanuvchisi bilan ishlaydi. `aws configure` buyrug'i so'raydi:

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-central-1
Default output format [None]: json
```

(Yuqoridagilar AWS hujjatidagi namunaviy qiymatlar, o'zingiznikini kiriting.)
Kalitlar 90 kunda bir yangilanadi.
""")

add("text/decoy-hash", "naqsh-tools/requirements.txt", "pip hash-checking mode (pip.pypa.io/en/stable/topics/secure-installs)", """
# pip-compile --generate-hashes requirements.in
pillow==10.4.0 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
pyembroidery==1.5.1 \\
    --hash=sha256:@@h3@@
requests==2.32.3 \\
    --hash=sha256:@@h4@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("json/decoy-hash", "web/package-lock.json", "npm package-lock.json integrity (docs.npmjs.com/cli/v10/configuring-npm/package-lock-json)", """
{
  "name": "suzani-web",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/alpinejs": {
      "version": "3.14.1",
      "resolved": "https://registry.npmjs.org/alpinejs/-/alpinejs-3.14.1.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("compose/decoy-digest", "monitoring/docker-compose.yml", "Docker image digests (docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier)", """
services:
  grafana:
    image: grafana/grafana@sha256:@@h1@@
    ports: ["3000:3000"]
    volumes: ["./grafana/grafana.ini:/etc/grafana/grafana.ini:ro"]
  influxdb:
    image: influxdb@sha256:@@h2@@
    volumes: ["influx:/var/lib/influxdb2"]
  mosquitto:
    image: eclipse-mosquitto@sha256:@@h3@@
volumes:
  influx:
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("compose/decoy-local-default", "docker-compose.dev.yml", "Docker postgres image: local development (hub.docker.com/_/postgres)", """
# Faqat lokal ishlab chiqish uchun (localhost), prodga tegishli emas
services:
  db:
    image: postgres:16
    ports: ["127.0.0.1:5432:5432"]
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: suzani_dev
  mailpit:
    image: axllent/mailpit
    ports: ["127.0.0.1:8025:8025", "127.0.0.1:1025:1025"]
""")

add("typescript/decoy-public-key", "suzani-export-store/src/client/search.ts", "Algolia search-only API keys (www.algolia.com/doc/guides/security/api-keys)", """
import algoliasearch from "algoliasearch/lite";

// Search-only key: safe to ship in the browser (ACL: search).
const client = algoliasearch("K7Q2M9XW4P", "@@k@@");
export const index = client.initIndex("suzani_products");

export async function search(q: string) {
  const { hits } = await index.search(q, { hitsPerPage: 24, filters: "in_stock:true" });
  return hits;
}
""", k=hexs(32))

add("typescript/decoy-public-token", "suzani-export-store/src/client/map.ts", "Mapbox public access tokens (docs.mapbox.com/help/glossary/access-token)", """
import mapboxgl from "mapbox-gl";

// Public token (pk.*), restricted to bukhara-suzani.com in the Mapbox dashboard.
mapboxgl.accessToken = "pk.eyJ1Ijoic3V6YW5pLWF0ZWxpZXIiLCJhIjoi@@a@@In0.@@b@@";

export function showAtelier(el: HTMLElement) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12",
    center: [64.4207, 39.7747], zoom: 15 });
  new mapboxgl.Marker().setLngLat([64.4207, 39.7747]).addTo(map);
}
""", a=fakes.drawn(_seed(), 24), b=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("javascript/decoy-public-dsn", "suzani-export-store/src/client/sentry.js", "Sentry DSN: safe to expose (docs.sentry.io/concepts/key-terms/dsn-explainer)", """
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@k@@@o4507112.ingest.de.sentry.io/4507112233",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  release: "suzani-export-store@2.3.1",
});
""", k=hexs(32))

add("csv/decoy-id", "exports/1c/ipak-partiyalari-2024.csv", "1C:Enterprise data export (CSV)", """
partiya_id,sana,yetkazuvchi,rang,kg,ref_guid,lab_kod
P-2024-0412,2024-09-03,Farg'ona pilla,xom,412.5,@@u1@@,LB7Q2XK9M4
P-2024-0413,2024-09-10,Namangan ipak,anor-qizil,88.0,@@u2@@,LB9R4TW2N8
P-2024-0414,2024-09-17,Farg'ona pilla,moviy,120.2,@@u3@@,LB3K8VP5Z1
P-2024-0415,2024-09-24,Andijon ipak,oltin,64.8,@@u4@@,LB6M1HD7Q3
P-2024-0416,2024-10-01,Farg'ona pilla,xom,398.0,@@u5@@,LB2X9CJ4W6
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("sql/decoy-hash", "db/seed/0003_design_files.sql", "PostgreSQL INSERT (www.postgresql.org/docs/current/sql-insert.html)", """
-- Naqsh fayllari katalogi: fayl xeshlari takrorlanishni aniqlash uchun
INSERT INTO design_file (code, title, stitches, md5, sha1) VALUES
('LOLA-180', 'Lola, 180x240', 412880, '@@m1@@', '@@s1@@'),
('ANOR-Y45', 'Anor yostiq, 45x45', 98112, '@@m2@@', '@@s2@@'),
('CHINOR-B', 'Chinor bargi hoshiya', 151004, '@@m3@@', '@@s3@@'),
('OY-YULDUZ', 'Oy-yulduz, 220x260', 508770, '@@m4@@', '@@s4@@');
""", m1=hexs(32), s1=hexs(40), m2=hexs(32), s2=hexs(40), m3=hexs(32), s3=hexs(40), m4=hexs(32), s4=hexs(40))

add("markdown/decoy-redacted", "docs/incident/2024-10-telegram-token.md", "Incident post-mortem (sre.google/sre-book/postmortem-culture)", """
# Hodisa: Telegram bot tokeni loglarda (2024-10-14)

**Nima bo'ldi:** `buyurtma-bot` debug rejimida ishga tushgan va token `startup.log` ga to'liq yozilgan.

**Ta'sir:** log fayl faqat serverda edi; tashqariga chiqmagan.

**Choralar:**
1. BotFather orqali token bekor qilindi (`/revoke`), yangisi Vault ga yozildi.
2. Eski token: `60230*****:AA******************************Qw` — endi yaroqsiz.
3. Loglarga yozishdan oldin `naqsh_tools.redact` ishlatiladi.

Mas'ul: Jasur T. Ko'rib chiqdi: Madina R.
""")

add("python/decoy-test-fixture", "tests/bot/test_webhook.py", "pytest monkeypatch.setenv (docs.pytest.org/en/stable/how-to/monkeypatch.html)", """
import pytest

from bot.webhook import app


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:TEST-TOKEN")
    monkeypatch.setenv("WEBHOOK_SECRET", "test-webhook-secret")
    app.config["TESTING"] = True
    return app.test_client()


def test_rejects_wrong_secret(client):
    r = client.post("/tg/hook", json={}, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
    assert r.status_code == 403
""")

add("java/decoy-placeholder", "erp-core/src/main/resources/application-local.properties.example", "Spring Boot externalized configuration (docs.spring.io/spring-boot/reference/features/external-config.html)", """
# Nusxa oling: application-local.properties va o'zgartiring
spring.datasource.url=jdbc:postgresql://localhost:5432/atlas_erp
spring.datasource.username=atlas_erp
spring.datasource.password=<local-db-password>
spring.mail.username=you@example.com
spring.mail.password=
spring.rabbitmq.password=CHANGE_ME
erp.payme.key=${PAYME_KEY:}
""")

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-images.yml", "GitHub Actions OIDC with AWS (docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services)", """
name: deploy-images
on:
  workflow_dispatch:
permissions:
  id-token: write
  contents: read
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481297663105:role/github-suzani-catalog
          aws-region: eu-central-1
      - run: aws s3 sync photos/ s3://bukhara-suzani-catalog/catalog/ --size-only
""")

add("kotlin/decoy-env-reference", "app/build.gradle.kts", "Gradle: reading environment variables and properties (docs.gradle.org/current/userguide/build_environment.html)", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "uz.suzani.pos"
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "suzani-pos"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
    defaultConfig {
        applicationId = "uz.suzani.pos"
        buildConfigField("String", "PAYME_KEY", "\\"${project.findProperty("paymeKey") ?: ""}\\"")
    }
}
""")

add("properties/decoy-placeholder", "app/gradle.properties", "Gradle properties (docs.gradle.org/current/userguide/build_environment.html)", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Set in ~/.gradle/gradle.properties on the build machine, never here:
# paymeKey=...
# KEYSTORE_PASSWORD=...
android.nonTransitiveRClass=true
""")

add("shell/decoy-env-reference", "ops/backup_restic.sh", "restic: RESTIC_PASSWORD_FILE (restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html)", """
#!/usr/bin/env bash
# Naqshlar va 1C zaxirasini Backblaze B2 ga (restic)
set -euo pipefail
export RESTIC_REPOSITORY="b2:atlas-backup:/nas01"
export RESTIC_PASSWORD_FILE=/etc/restic/password
source /etc/restic/b2.env   # B2_ACCOUNT_ID, B2_ACCOUNT_KEY
restic backup /volume1/dizayn /volume1/1c-backup --tag nightly
restic forget --keep-daily 7 --keep-weekly 8 --keep-monthly 12 --prune
""")

add("powershell/decoy-secret-store", "scripts/1c/restore-infobase.ps1", "PowerShell SecretManagement (learn.microsoft.com/powershell/utility-modules/secretmanagement/overview)", """
# 1C bazasini .dt fayldan tiklash (test serverda)
param([Parameter(Mandatory)] [string] $DtFile)
$cred = Get-Secret -Name "1C-Administrator" -Vault AtlasVault
$plain = $cred.GetNetworkCredential().Password
$exe = "C:\\Program Files\\1cv8\\8.3.24.1548\\bin\\1cv8.exe"
& $exe DESIGNER /S "1c-test\\atlas_buh_test" /N $cred.UserName /P $plain /RestoreIB $DtFile
Remove-Variable plain
""")

add("xml/decoy-placeholder", "SuzaniWinForms/App.config", ".NET App.config connection strings (learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Erp" connectionString="Server=localhost;Database=AtlasErp;User Id=atlas_app;Password=********;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ClickServiceId" value="31842" />
    <add key="ClickSecretKey" value="YOUR_CLICK_SECRET_KEY" />
    <add key="Culture" value="uz-Latn-UZ" />
  </appSettings>
</configuration>
""")

add("ruby/decoy-credentials-reference", "config/initializers/payments.rb", "Rails encrypted credentials (guides.rubyonrails.org/security.html#custom-credentials)", """
# To'lov sozlamalari: kalitlar config/credentials.yml.enc ichida
Rails.application.config.x.payme = {
  merchant_id: Rails.application.credentials.dig(:payme, :merchant_id),
  key: Rails.application.credentials.dig(:payme, :key),
  endpoint: "https://checkout.paycom.uz/api"
}
Rails.application.config.x.click = {
  service_id: 31842,
  secret_key: Rails.application.credentials.dig(:click, :secret_key)
}
""")

add("log/decoy-redacted", "logs/shop-payments-2024-11-05.log", "Structured application log", """
2024-11-05T10:14:02+05:00 INFO payme CheckPerformTransaction order=ORD-1042 amount=4500000 auth=Basic Paycom:**** ok
2024-11-05T10:14:03+05:00 INFO payme CreateTransaction id=@@t1@@ state=1
2024-11-05T10:14:09+05:00 INFO payme PerformTransaction id=@@t1@@ state=2
2024-11-05T10:31:44+05:00 INFO click prepare click_trans_id=2204917 sign_string=@@s1@@ ok
2024-11-05T10:31:45+05:00 INFO click complete click_trans_id=2204917 merchant_prepare_id=5518 error=0
2024-11-05T10:40:00+05:00 WARN stripe webhook retry evt_@@ev@@ signature=verified
""", t1=objectid(), s1=hexs(32), ev=fakes.drawn(_seed(), 24))

add("json/decoy-id", "bot/data/naqsh-katalog.json", "Telegram Bot API: file_id (core.telegram.org/bots/api#photosize)", """
[
  {"kod": "LOLA-180", "nomi": "Lola suzani", "narx": 14500000, "file_id": "AgACAgIAAxkBAAIB@@f1@@"},
  {"kod": "ANOR-Y45", "nomi": "Anor yostiq", "narx": 950000, "file_id": "AgACAgIAAxkBAAIB@@f2@@"},
  {"kod": "CHINOR-B", "nomi": "Chinor hoshiya", "narx": 2300000, "file_id": "AgACAgIAAxkBAAIB@@f3@@"}
]
""", f1=fakes.drawn(_seed(), 60, ALNUM + "-_"), f2=fakes.drawn(_seed(), 60, ALNUM + "-_"), f3=fakes.drawn(_seed(), 60, ALNUM + "-_"))

add("markdown/decoy-password-policy", "docs/xavfsizlik/parol-siyosati.md", "NIST SP 800-63B memorized secrets guidance (pages.nist.gov/800-63-3/sp800-63b.html)", """
# Parol siyosati (Marg'ilon Atlas MCHJ)

- Kamida 14 belgi; iboralar (passphrase) tavsiya etiladi.
- Taqiqlangan: `123456`, `qwerty`, `atlas2024`, `Margilon123`, kompaniya nomi + yil.
- Bitta parolni ikki xizmatda ishlatmang.
- Hamma parollar 1Password "Atlas" jamoa seyfida saqlanadi.
- Qurilmalardagi zavod parollari (`admin/12345`, `tajima/tajima`) o'rnatishda darhol almashtiriladi.
- Shubha bo'lsa: it@margilan-atlas.uz
""")

# ---------------------------------------------------------------- more carriers of secrets

add("k8s-secret/telegram-bot-token", "deploy/k8s/buyurtma-bot-secret.yaml", "Kubernetes Secrets: stringData (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: v1
kind: Secret
metadata:
  name: buyurtma-bot
  namespace: atelier
  labels:
    app: buyurtma-bot
type: Opaque
stringData:
  telegram-token: "@@secret@@"
  admin-ids: "118204471,502981337"
""", telegram())

_pk = payme_key()
add("k8s-secret/payme-merchant-key", "deploy/k8s/atlas-shop-secret.yaml", "Kubernetes Secrets: data is base64 (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: v1
kind: Secret
metadata:
  name: atlas-shop
  namespace: atlas
type: Opaque
data:
  PAYME_MERCHANT_ID: @@mid@@
  PAYME_KEY: @@enc@@
  CLICK_SERVICE_ID: @@sid@@
""", _pk, mid=b64(objectid()), enc=b64(_pk), sid=b64("31842"))

_rp = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/redis-auth.yaml", "Kubernetes Secrets: data is base64 (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: atelier
  annotations:
    note: "bot va sayt uchun umumiy redis"
type: Opaque
data:
  redis-password: @@enc@@
""", _rp, enc=b64(_rp))

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab personal access tokens (docs.gitlab.com/ee/user/profile/personal_access_tokens.html)", """
stages: [test, mirror]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-github:
  stage: mirror
  image: alpine/git
  variables:
    GITLAB_TOKEN: "@@secret@@"
  script:
    - git clone --mirror "https://oauth2:${GITLAB_TOKEN}@gitlab.com/suzani-atelier/naqsh-tools.git" repo
    - cd repo && git push --mirror "https://github.com/suzani-atelier/naqsh-tools.git"
  only: [main]
""", "glpat-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "-_"))

add("terraform/cloudflare-api-token", "infra/cloudflare/main.tf", "Cloudflare API tokens (developers.cloudflare.com/fundamentals/api/get-started/create-token)", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "0f3b2c9a7d1e4f6081726354a9b8c7d6"
  name    = "shop"
  content = "159.69.42.17"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "bot" {
  zone_id = "0f3b2c9a7d1e4f6081726354a9b8c7d6"
  name    = "bot"
  content = "159.69.42.18"
  type    = "A"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "-_"))

add("python/anthropic-api-key", "tools/translate_listings.py", "Anthropic API keys (docs.anthropic.com/en/api/getting-started)", """
\"\"\"Mahsulot tavsiflarini o'zbekchadan inglizcha va nemischaga tarjima qilish.\"\"\"
import anthropic
import csv

client = anthropic.Anthropic(api_key="@@secret@@")

with open("exports/tavsiflar.csv", encoding="utf-8") as fh, open("exports/tavsiflar_en_de.csv", "w", encoding="utf-8") as out:
    w = csv.writer(out)
    for row in csv.DictReader(fh):
        msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=400, messages=[
            {"role": "user", "content": f"Translate to English and German, keep craft terms (suzani, ikat, adras): {row['tavsif']}"}])
        w.writerow([row["kod"], msg.content[0].text])
""", "sk-ant-api03-" + fakes.drawn_mixed(_seed(), 93, ALNUM + "-_") + "-" + fakes.drawn(_seed(), 6, ALNUM) + "AA")

add("env/laravel-app-key", "web/.env.production", "Laravel encryption: APP_KEY (laravel.com/docs/encryption)", """
APP_NAME="Suzani Atelier"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://suzani-atelier.uz
APP_LOCALE=uz
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=suzani
DB_USERNAME=suzani
DB_SOCKET=/run/mysqld/mysqld.sock
""", "base64:" + base64.b64encode(_rng().randbytes(32)).decode())

add("yaml/rails-secret-key-base", "config/secrets.yml", "Rails secret_key_base (api.rubyonrails.org/classes/Rails/Application.html#method-i-secret_key_base)", """
# Eski Rails 5 ilova (suzani katalogi), credentials ga ko'chirilmagan
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: @@secret@@
""", hexs(128))

add("javascript/jwt-secret", "catalog-api/src/config.js", "jsonwebtoken: secretOrPrivateKey (github.com/auth0/node-jsonwebtoken)", """
module.exports = {
  port: process.env.PORT || 4000,
  mongoUri: process.env.MONGODB_URI,
  jwt: {
    secret: "@@secret@@",
    expiresIn: "12h",
    issuer: "catalog.bukhara-suzani.com",
  },
  corsOrigin: ["https://bukhara-suzani.com", "https://admin.bukhara-suzani.com"],
  pageSize: 24,
};
""", rand_pw(48))

add("properties/keystore-password", "pos-app/keystore.properties", "Android: signing config from keystore.properties (developer.android.com/studio/publish/app-signing)", """
# Release imzolash (Suzani POS)
storeFile=../keys/suzani-pos-release.jks
storePassword=@@secret@@
keyAlias=suzani-pos
keyPassword=@@secret@@
""", words_pw())

_ec = pem("EC")
add("ruby/app-store-connect-key", "fastlane/Fastfile", "fastlane app_store_connect_api_key (docs.fastlane.tools/actions/app_store_connect_api_key)", """
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7QK2N4XH1P",
      issuer_id: "@@iss@@",
      key_content: "@@kc@@",
      is_key_content_base64: true,
      duration: 1200
    )
    build_app(scheme: "SuzaniApp")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", _ec, iss=uuid_s(), kc=b64(_ec))

add("env/airflow-connection", "airflow/.env", "Airflow connections from environment variables (airflow.apache.org/docs/apache-airflow/stable/howto/connection.html)", """
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__WEBSERVER__DEFAULT_UI_TIMEZONE=Asia/Tashkent
AIRFLOW_CONN_ERP_DB=postgresql://airflow_ro:@@secret@@@10.12.0.5:5432/atlas_erp
AIRFLOW_CONN_SHOP_API=http://shop.internal:8000
""", rand_pw(20))

add("yaml/dbt-password", "analytics/profiles.yml", "dbt profiles.yml for Postgres (docs.getdbt.com/docs/core/connect-data-platform/postgres-setup)", """
atlas_analytics:
  target: prod
  outputs:
    prod:
      type: postgres
      host: 10.12.0.5
      port: 5432
      user: dbt
      password: "@@secret@@"
      dbname: atlas_erp
      schema: analytics
      threads: 4
    dev:
      type: postgres
      host: localhost
      user: dbt
      password: "{{ env_var('DBT_DEV_PASSWORD') }}"
      dbname: atlas_dev
      schema: dbt_dev
      threads: 2
""", passphrase())

add("env/backblaze-key", "ops/restic/b2.env", "Backblaze B2 application keys (www.backblaze.com/docs/cloud-storage-application-keys)", """
# restic -> Backblaze B2 (atlas-backup bucket)
# ops/backup_restic.sh bu faylni `source` qiladi
# kalit: atlas-nas-restic (faqat atlas-backup bucket, yozish+o'qish)
B2_ACCOUNT_ID=005@@kid@@
B2_ACCOUNT_KEY=@@secret@@
RESTIC_REPOSITORY=b2:atlas-backup:/nas01
""", "K005" + fakes.drawn_mixed(_seed(), 27), kid=hexs(22))

add("toml/hetzner-token", "ops/hcloud/cli.toml", "hcloud CLI configuration (github.com/hetznercloud/cli)", """
active_context = "suzani"

[[contexts]]
  name = "suzani"
  token = "@@secret@@"

[[contexts]]
  name = "atlas-test"
  token = ""
""", fakes.drawn_mixed(_seed(), 64))

add("shell/nas-ssh-password", "ops/sync_designs_to_nas.sh", "sshpass -p (linux.die.net/man/1/sshpass)", """
#!/usr/bin/env bash
# Buxoro atelyesidagi yangi naqshlarni Marg'ilon NAS ga ko'chirish
set -euo pipefail
SRC=/home/ustaxona/Naqshlar/
DST=ofis@192.168.1.10:/volume1/dizayn/buxoro/
sshpass -p '@@secret@@' rsync -az --delete -e "ssh -p 2222 -o StrictHostKeyChecking=no" "$SRC" "$DST"
logger -t naqsh-sync "naqshlar ko'chirildi"
""", words_pw().replace("'", "!"))

add("routeros/pppoe-password", "ops/mikrotik/hex-export.rsc", "MikroTik RouterOS: PPPoE client (help.mikrotik.com/docs/display/ROS/PPPoE)", """
# nov/04/2024 09:12:33 by RouterOS 7.15.3
# model = RB750Gr3
/interface pppoe-client
add add-default-route=yes disabled=no interface=ether1 name=pppoe-uztelecom \\
    password=@@secret@@ user=atlas_margilon_1745
/ip address
add address=192.168.1.1/24 interface=bridge network=192.168.1.0
add address=192.168.20.1/24 interface=vlan20-sex network=192.168.20.0
/ip dns
set allow-remote-requests=yes servers=8.8.8.8,1.1.1.1
/system identity
set name=atlas-hex
""", rand_pw(12))

add("python/instagram-access-token", "social/post_new_arrivals.py", "Instagram Graph API: content publishing (developers.facebook.com/docs/instagram-platform/content-publishing)", """
\"\"\"Yangi suzanilarni Instagram ga joylash (@bukhara.suzani).\"\"\"
import requests

IG_USER_ID = "17841405822304914"
ACCESS_TOKEN = "@@secret@@"
GRAPH = "https://graph.facebook.com/v20.0"


def publish(image_url: str, caption: str) -> str:
    container = requests.post(f"{GRAPH}/{IG_USER_ID}/media",
                              data={"image_url": image_url, "caption": caption, "access_token": ACCESS_TOKEN}).json()
    done = requests.post(f"{GRAPH}/{IG_USER_ID}/media_publish",
                         data={"creation_id": container["id"], "access_token": ACCESS_TOKEN}).json()
    return done["id"]
""", "EAA" + fakes.drawn_mixed(_seed(), 180))

_wa = "EAAG" + fakes.drawn_mixed(_seed(), 176)
add("typescript/whatsapp-cloud-token", "wa-bot/src/send.ts", "WhatsApp Cloud API: access tokens (developers.facebook.com/docs/whatsapp/cloud-api/get-started)", """
const PHONE_NUMBER_ID = "318204775912044";
const TOKEN =
  "@@a@@" +
  "@@b@@";

export async function sendTemplate(to: string, orderNo: string) {
  const res = await fetch(`https://graph.facebook.com/v20.0/${PHONE_NUMBER_ID}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ messaging_product: "whatsapp", to, type: "template",
      template: { name: "order_ready", language: { code: "en" },
        components: [{ type: "body", parameters: [{ type: "text", text: orderNo }] }] } }),
  });
  if (!res.ok) throw new Error(await res.text());
}
""", _wa, a=_wa[:90], b=_wa[90:])

add("python/yandex-oauth-token", "ops/yadisk_backup.py", "Yandex Disk REST API: OAuth token (yandex.com/dev/disk-api/doc/en/concepts/quickstart)", """
\"\"\"Naqsh arxivini Yandex Disk ga yuklash (haftalik).\"\"\"
import pathlib

import requests

TOKEN = "@@secret@@"
API = "https://cloud-api.yandex.net/v1/disk/resources"


def upload(local: pathlib.Path, remote: str) -> None:
    h = {"Authorization": f"OAuth {TOKEN}"}
    href = requests.get(f"{API}/upload", headers=h, params={"path": remote, "overwrite": "true"}).json()["href"]
    with local.open("rb") as fh:
        requests.put(href, data=fh).raise_for_status()


upload(pathlib.Path("/srv/backup/naqshlar.tar.zst"), "disk:/Atlas/naqshlar.tar.zst")
""", "y0_" + fakes.drawn_mixed(_seed(), 55, ALNUM + "-_"))

# ---------------------------------------------------------------- servers, office and code

add("ini/ansible-become-password", "ansible/inventory/hosts.ini", "Ansible inventory behavioural parameters (docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html)", """
[erp]
erp01 ansible_host=10.12.0.5

[web]
shop01 ansible_host=159.69.42.17
bot01 ansible_host=159.69.42.18

[office]
nas01 ansible_host=192.168.1.10 ansible_port=2222

[all:vars]
ansible_user=atlas
ansible_become=true
ansible_become_pass=@@secret@@
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("ini/odoo-admin-password", "odoo/odoo.conf", "Odoo configuration file: admin_passwd (www.odoo.com/documentation/17.0/administration/on_premise/deploy.html)", """
[options]
; Odoo 17 — ombor va ishlab chiqarish (to'quv sexi)
admin_passwd = @@secret@@
db_host = 10.12.0.5
db_port = 5432
db_user = odoo
db_password = False
addons_path = /usr/lib/python3/dist-packages/odoo/addons,/opt/odoo/atlas-addons
proxy_mode = True
workers = 4
list_db = False
""", rand_pw(24))

add("ini/zabbix-db-password", "monitoring/zabbix/zabbix_server.conf", "Zabbix server configuration: DBPassword (www.zabbix.com/documentation/current/en/manual/appendix/config/zabbix_server)", """
# Zabbix server — Marg'ilon ofisi
LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=10
PidFile=/run/zabbix/zabbix_server.pid
DBHost=localhost
DBName=zabbix
DBUser=zabbix
DBPassword=@@secret@@
StartPollers=10
SNMPTrapperFile=/var/log/snmptrap/snmptrap.log
Timeout=4
""", rand_pw(20))

add("ini/cifs-password", "ops/nas/cred-dizayn", "mount.cifs credentials file (linux.die.net/man/8/mount.cifs)", """
# /etc/samba/cred-dizayn  (chmod 600)
# Tajima va Barudan kompyuterlari uchun umumiy papka
username=dizayner
password=@@secret@@
domain=ATLAS
""", words_pw())

add("shell/cifs-password", "ops/nas/fstab.office", "fstab for CIFS mounts (linux.die.net/man/8/mount.cifs)", """
# /etc/fstab — ofis kompyuteri (buxgalteriya)
UUID=4b1f2c9e-0d7a-4e55-9a1b-7c3d2e8f6a10 /               ext4    errors=remount-ro 0 1
UUID=9C2E-41A7                            /boot/efi       vfat    umask=0077        0 1
//192.168.1.10/hisobot  /mnt/hisobot  cifs  username=buxgalter,password=@@secret@@,uid=1000,iocharset=utf8  0  0
//192.168.1.10/1c-backup /mnt/1c-backup cifs credentials=/etc/samba/cred-1c,uid=1000  0  0
""", rand_pw(14))

add("python/camera-password", "tools/camera_snapshots.py", "Hikvision ISAPI with requests HTTPDigestAuth (requests.readthedocs.io/en/latest/user/authentication)", """
\"\"\"Har soatda bo'yoqxona kamerasidan surat olish (rang nazorati uchun).\"\"\"
import datetime
import pathlib

import requests
from requests.auth import HTTPDigestAuth

CAMERA = "http://192.168.30.65"
AUTH = HTTPDigestAuth("admin", "@@secret@@")
OUT = pathlib.Path("/srv/snapshots/boyoqxona")

r = requests.get(f"{CAMERA}/ISAPI/Streaming/channels/101/picture", auth=AUTH, timeout=10)
r.raise_for_status()
OUT.mkdir(parents=True, exist_ok=True)
(OUT / f"{datetime.datetime.now():%Y%m%d-%H%M}.jpg").write_bytes(r.content)
""", words_pw())

add("ini/sip-password", "telephony/asterisk/pjsip.conf", "Asterisk PJSIP configuration: auth sections (docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip)", """
; Buyurtmalar liniyasi: +998 73 233 10 45 (Uztelecom SIP trunk)
[uztelecom-trunk]
type=registration
outbound_auth=uztelecom-auth
server_uri=sip:sip.uztelecom.uz
client_uri=sip:732331045@sip.uztelecom.uz

[uztelecom-auth]
type=auth
auth_type=userpass
username=732331045
password=@@secret@@

[uztelecom-endpoint]
type=endpoint
context=kiruvchi
disallow=all
allow=alaw,ulaw
outbound_auth=uztelecom-auth
""", rand_pw(12))

add("env/openai-api-key", "tools/.env", "OpenAI API keys (platform.openai.com/docs/api-reference/authentication)", """
# tools/translate_listings.py va notebooks uchun
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
ETSY_SHOP_ID=38815520
OUTPUT_DIR=exports/
""", fakes.openai_key(_seed(), "svcacct"))

add("go/telegram-bot-token", "cmd/stockbot/main.go", "Telegram Bot API: authorizing your bot (core.telegram.org/bots/api#authorizing-your-bot)", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const botToken = "@@secret@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message == nil {
			continue
		}
		reply := tgbotapi.NewMessage(update.Message.Chat.ID, stockReport(update.Message.Text))
		bot.Send(reply)
	}
}
""", telegram())

_cs = click_secret()
add("python/click-secret-key", "shop/payments/click_views.py", "Click.uz merchant API: SHOP-API prepare/complete (docs.click.uz)", """
import hashlib

from django.http import JsonResponse

SERVICE_ID = 31842
SECRET_KEY = ("@@a@@"
              "@@b@@")


def _check_sign(p: dict) -> bool:
    raw = (p["click_trans_id"] + p["service_id"] + SECRET_KEY + p["merchant_trans_id"]
           + p.get("merchant_prepare_id", "") + p["amount"] + p["action"] + p["sign_time"])
    return hashlib.md5(raw.encode()).hexdigest() == p["sign_string"]


def prepare(request):
    p = request.POST.dict()
    if not _check_sign(p):
        return JsonResponse({"error": -1, "error_note": "SIGN CHECK FAILED!"})
    return JsonResponse({"click_trans_id": p["click_trans_id"], "merchant_trans_id": p["merchant_trans_id"],
                         "merchant_prepare_id": 5518, "error": 0, "error_note": "Success"})
""", _cs, a=_cs[:7], b=_cs[7:])

_sk = stripe_key()
add("java/stripe-secret-key", "erp-core/src/main/java/uz/atlas/erp/export/StripeExport.java", "Stripe Java library (github.com/stripe/stripe-java)", """
package uz.atlas.erp.export;

import com.stripe.Stripe;
import com.stripe.model.Payout;
import com.stripe.param.PayoutListParams;

public final class StripeExport {
    private static final String KEY = "@@a@@" +
            "@@b@@";

    public static void main(String[] args) throws Exception {
        Stripe.apiKey = KEY;
        for (Payout p : Payout.list(PayoutListParams.builder().setLimit(30L).build()).autoPagingIterable()) {
            System.out.printf("%s;%d;%s%n", p.getId(), p.getAmount(), p.getArrivalDate());
        }
    }
}
""", _sk, a=_sk[:16], b=_sk[16:])

add("shell/eskiz-bearer-token", "ops/sms_test.sh", "Eskiz.uz SMS API: message/sms/send (documenter.getpostman.com/view/663428/RzfmES4z)", """
#!/usr/bin/env bash
# Tezkor SMS sinovi (token 30 kun amal qiladi)
PHONE="${1:-998901234567}"
curl -s -X POST https://notify.eskiz.uz/api/message/sms/send \\
  -H "Authorization: Bearer @@secret@@" \\
  -F "mobile_phone=${PHONE}" \\
  -F "message=Buyurtmangiz tayyor. Marg'ilon Atlas" \\
  -F "from=4546"
echo
""", jwt_like())

add("sql/mysql-user-password", "blog/db/create_user.sql", "MySQL CREATE USER ... IDENTIFIED BY (dev.mysql.com/doc/refman/8.0/en/create-user.html)", """
-- Blog (WordPress) bazasi va foydalanuvchisi
CREATE DATABASE IF NOT EXISTS suzani_blog CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'suzani_wp'@'localhost' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON suzani_blog.* TO 'suzani_wp'@'localhost';
CREATE USER IF NOT EXISTS 'backup'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT, LOCK TABLES, SHOW VIEW ON suzani_blog.* TO 'backup'@'localhost';
FLUSH PRIVILEGES;
""", rand_pw(18))

add("swift/sendgrid-api-key", "SuzaniApp/SuzaniApp/Services/ContactMailer.swift", "SendGrid v3 Mail Send API (www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send)", """
import Foundation

struct ContactMailer {
    private let apiKey = "@@secret@@"

    func send(from email: String, message: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.sendgrid.com/v3/mail/send")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "personalizations": [["to": [["email": "info@bukhara-suzani.com"]]]],
            "from": ["email": "app@bukhara-suzani.com"],
            "reply_to": ["email": email],
            "subject": "Ilovadan xabar",
            "content": [["type": "text/plain", "value": message]],
        ]
        req.httpBody = try JSONSerialization.data(withJSONObject: body)
        _ = try await URLSession.shared.data(for: req)
    }
}
""", sendgrid_key())

add("csharp/smtp-password", "Atlas.Erp/Mail/InvoiceMailer.cs", "System.Net.Mail.SmtpClient with NetworkCredential (learn.microsoft.com/dotnet/api/system.net.mail.smtpclient)", """
using System.Net;
using System.Net.Mail;

namespace Atlas.Erp.Mail;

public sealed class InvoiceMailer
{
    private readonly SmtpClient _smtp = new("smtp.yandex.ru", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("hisob@margilan-atlas.uz", "@@secret@@"),
    };

    public void Send(string to, string invoiceNo, byte[] pdf)
    {
        using var msg = new MailMessage("hisob@margilan-atlas.uz", to, $"Hisob-faktura {invoiceNo}", "Ilova qilingan.");
        msg.Attachments.Add(new Attachment(new MemoryStream(pdf), $"{invoiceNo}.pdf"));
        _smtp.Send(msg);
    }
}
""", passphrase())

add("go/redis-password", "internal/cache/redis.go", "go-redis: Options.Password (redis.uptrace.dev/guide/go-redis.html)", """
package cache

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:         "10.12.0.7:6379",
		Password:     "@@secret@@",
		DB:           2,
		DialTimeout:  3 * time.Second,
		ReadTimeout:  2 * time.Second,
	})
}

func Ping(ctx context.Context, c *redis.Client) error { return c.Ping(ctx).Err() }
""", fakes.redis_password(_seed()))

add("rust/postgres-url", "delivery-zones/src/db.rs", "sqlx PgPool connection URL (docs.rs/sqlx/latest/sqlx/postgres/struct.PgConnectOptions.html)", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

// TODO: .env ga ko'chirish (Sardor)
const DATABASE_URL: &str = "postgres://zones:@@secret@@@10.12.0.5:5432/atlas_erp";

pub async fn pool() -> anyhow::Result<PgPool> {
    Ok(PgPoolOptions::new().max_connections(5).connect(DATABASE_URL).await?)
}
""", rand_pw(20))

_k, _s = yc_key_id(), yc_secret()
add("typescript/yandex-cloud-static-key", "catalog-api/src/storage.ts", "Yandex Object Storage with the AWS SDK (yandex.cloud/en/docs/storage/tools/aws-sdk-js)", """
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

export const s3 = new S3Client({
  region: "ru-central1",
  endpoint: "https://storage.yandexcloud.net",
  credentials: {
    accessKeyId: "@@kid@@",
    secretAccessKey: "@@secret@@",
  },
});

export async function putImage(key: string, body: Buffer) {
  await s3.send(new PutObjectCommand({ Bucket: "suzani-images", Key: key, Body: body, ContentType: "image/webp" }));
}
""", _s, kid=_k)

add("dockerfile/github-token", "erp-core/Dockerfile", "Dockerfile ARG (docs.docker.com/reference/dockerfile/#arg)", """
FROM maven:3.9-eclipse-temurin-21 AS build
ARG GITHUB_TOKEN=@@secret@@
WORKDIR /src
COPY pom.xml settings.xml ./
RUN mvn -s settings.xml -B dependency:go-offline
COPY src ./src
RUN mvn -s settings.xml -B package -DskipTests

FROM eclipse-temurin:21-jre
COPY --from=build /src/target/atlas-erp.jar /app/atlas-erp.jar
EXPOSE 8085
ENTRYPOINT ["java", "-jar", "/app/atlas-erp.jar"]
""", fakes.github_token(_seed()))

add("notebook/postgres-password", "notebooks/oylik_sarf_tahlili.ipynb", "pandas read_sql with SQLAlchemy URLs (pandas.pydata.org/docs/reference/api/pandas.read_sql.html)", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Oylik ipak sarfi va brak foizi (2024)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql+psycopg2://analyst:@@secret@@@10.12.0.5:5432/atlas_erp')\\n",
    "df = pd.read_sql('select month, loom, silk_kg, defects from yarn_usage where year = 2024', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('month')[['silk_kg', 'defects']].sum().plot(kind='bar')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

_ut = fakes.drawn_mixed(_seed(), 44, ALNUM + "=/+")
add("python/uzum-seller-token", "marketplace/uzum_orders.py", "Uzum Market Seller OpenAPI (api-seller.uzum.uz/api/seller-openapi/swagger/swagger-ui)", """
\"\"\"Uzum Market: yangi buyurtmalarni olish va ERP ga yozish.\"\"\"
import requests

SHOP_ID = 41872
UZUM_TOKEN = (
    "@@a@@"
    "@@b@@"
)
BASE = "https://api-seller.uzum.uz/api/seller-openapi"


def new_orders(page: int = 0) -> list:
    r = requests.get(f"{BASE}/v2/fbs/orders", headers={"Authorization": UZUM_TOKEN},
                     params={"shopIds": SHOP_ID, "status": "CREATED", "page": page, "size": 50}, timeout=30)
    r.raise_for_status()
    return r.json()["payload"]["orders"]
""", _ut, a=_ut[:22], b=_ut[22:])

add("json/google-oauth-client-secret", "tools/sheets/client_secret.json", "Google OAuth client credentials file (developers.google.com/identity/protocols/oauth2/native-app)", """
{
  "installed": {
    "client_id": "804412977315-@@cid@@.apps.googleusercontent.com",
    "project_id": "atlas-stock-sheets",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"), cid=lower_alnum(32))

add("github-actions/sentry-auth-token", ".github/workflows/frontend.yml", "Sentry auth tokens for release uploads (docs.sentry.io/account/auth-tokens)", """
name: frontend
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      SENTRY_ORG: bukhara-suzani
      SENTRY_PROJECT: export-store
      SENTRY_AUTH_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, cache: npm}
      - run: npm ci
      - run: npm run build
      - run: npx @sentry/cli sourcemaps upload --release "$GITHUB_SHA" dist/
""", "sntryu_" + hexs(64))

add("php/ftp-password", "web/deploy/upload_catalog.php", "PHP FTP functions: ftp_login (www.php.net/manual/en/function.ftp-login.php)", """
<?php
// Katalog PDF ni hamkor do'kon (Toshkent) serveriga yuklash
$conn = ftp_connect('ftp.tashkent-decor.uz', 21, 30);
if (!$conn || !ftp_login($conn, 'suzani_partner', '@@secret@@')) {
    fwrite(STDERR, "FTP ulanish xatosi\\n");
    exit(1);
}
ftp_pasv($conn, true);
ftp_put($conn, '/incoming/suzani-katalog-2024.pdf', __DIR__ . '/../storage/katalog.pdf', FTP_BINARY);
ftp_close($conn);
echo "yuklandi\\n";
""", rand_pw(12))

add("markdown/admin-password", "docs/onboarding/yangi-menejer.md", "Team onboarding checklist (internal wiki format)", """
# Yangi savdo menejeri uchun (birinchi hafta)

1. Korporativ pochta: IT bo'limidan so'rang (it@margilan-atlas.uz).
2. Do'kon admin paneli: https://atlas-margilon.uz/admin/
   - login: `savdo`
   - parol: `@@secret@@` (birinchi kirishda almashtiring!)
3. Bitrix24: taklifnoma pochtangizga keladi.
4. Etsy va Uzum kabinetlari: faqat Madina orqali.
5. Namunalar xonasi kaliti qorovulda.

Savollar bo'lsa — Madina R., +998 90 512 44 18.
""", words_pw())

add("csv/mailbox-password", "docs/it/pochta-qutilari-2024.csv", "RFC 4180 CSV", """
pochta,egasi,bo'lim,parol,yaratilgan
hisob@margilan-atlas.uz,Buxgalteriya,moliya,(1Password),2022-03-01
savdo@margilan-atlas.uz,Madina R.,savdo,(1Password),2022-03-01
sex@margilan-atlas.uz,Usta Rustam,to'quv,@@secret@@,2024-10-21
ombor@margilan-atlas.uz,Ombor,ta'minot,(1Password),2023-06-12
""", rand_pw(12))

add("log/redis-password", "logs/bot-error-2024-11-07.log", "Python traceback in an application log", """
2024-11-07 03:14:22,118 ERROR aiogram.dispatcher: Cause exception while process update id=871204455
Traceback (most recent call last):
  File "/app/bot/storage.py", line 21, in connect
    return await Redis.from_url(url)
redis.exceptions.ConnectionError: Error 111 connecting to redis://:@@secret@@@10.12.0.7:6379/3. Connection refused.
2024-11-07 03:14:22,120 WARNING bot.storage: falling back to memory storage
2024-11-07 03:14:52,402 INFO bot.storage: reconnected to redis
""", fakes.redis_password(_seed()))

add("xml/maven-server-password", "erp-core/settings.xml", "Maven settings.xml servers (maven.apache.org/settings.html#servers)", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>atlas-nexus</id>
      <username>ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>atlas-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.atlas.internal/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("powershell/1c-odata-basic-auth", "scripts/1c/export-stock.ps1", "1C:Enterprise OData REST interface with Basic auth (its.1c.ru)", """
# 1C dan ombor qoldiqlarini OData orqali olish va CSV ga yozish
$headers = @{ Authorization = "Basic @@secret@@" }
$url = "http://1c-srv01/atlas_buh/odata/standard.odata/AccumulationRegister_ТоварыНаСкладах/Balance?`$format=json"
$data = Invoke-RestMethod -Uri $url -Headers $headers -Method Get
$data.value |
    Select-Object Номенклатура_Key, Склад_Key, КоличествоBalance |
    Export-Csv -Path "D:\\Exports\\qoldiq_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation -Encoding UTF8
Write-Host "qoldiqlar eksport qilindi: $($data.value.Count)"
""", b64("odata:" + words_pw()))

# ---------------------------------------------------------------- last decoys

add("ini/decoy-hash", "monitoring/mosquitto/passwd", "Mosquitto password file: hashed entries (mosquitto.org/man/mosquitto_passwd-1.html)", """
# mosquitto_passwd bilan yaratilgan, parollar xeshlangan (sha512-pbkdf2)
collector:$7$101$@@s1@@$@@h1@@
telegraf:$7$101$@@s2@@$@@h2@@
loom-gw-1:$7$101$@@s3@@$@@h3@@
loom-gw-2:$7$101$@@s4@@$@@h4@@
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("routeros/decoy-redacted", "ops/mikrotik/hex-export-hidden.rsc", "RouterOS /export hides sensitive values by default (help.mikrotik.com/docs/display/ROS/Configuration+Management)", """
# nov/18/2024 10:02:11 by RouterOS 7.16
# model = RB750Gr3
/interface pppoe-client
add add-default-route=yes disabled=no interface=ether1 name=pppoe-uztelecom user=atlas_margilon_1745
/interface wireguard
add listen-port=51820 mtu=1420 name=wg-bukhara
/interface wireguard peers
add allowed-address=10.99.0.2/32 interface=wg-bukhara public-key="@@pub@@"
/ip address
add address=192.168.1.1/24 interface=bridge network=192.168.1.0
""", pub=base64.b64encode(_rng().randbytes(32)).decode())

add("toml/decoy-regex", ".gitleaks.toml", "Gitleaks configuration: custom rules and allowlists (github.com/gitleaks/gitleaks#configuration)", """
title = "atlas gitleaks config"

[extend]
useDefault = true

[[rules]]
id = "payme-key"
description = "Payme cashbox key"
regex = '''(?i)payme[_-]?(key|secret)\\s*[:=]\\s*['"]?([A-Za-z0-9#?@&%]{32})'''
keywords = ["payme"]

[[rules]]
id = "click-secret"
description = "Click SHOP-API secret key"
regex = '''(?i)click[_-]?secret[_-]?key\\s*[:=]\\s*['"]?([A-Za-z0-9]{10,20})'''

[allowlist]
paths = ['''\\.env\\.example$''', '''docs/.*\\.md$''']
""")

add("yaml/decoy-hash", ".pre-commit-config.yaml", "pre-commit: pinning revs to commit hashes (pre-commit.com)", """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @@r1@@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@r2@@  # frozen: v0.6.9
    hooks:
      - id: ruff
  - repo: https://github.com/gitleaks/gitleaks
    rev: @@r3@@  # frozen: v8.21.1
    hooks:
      - id: gitleaks
""", r1=hexs(40), r2=hexs(40), r3=hexs(40))

add("go/decoy-hash", "go.sum", "Go checksum database: go.sum (go.dev/ref/mod#go-sum-files)", """
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1 h1:@@a@@=
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1/go.mod h1:@@b@@=
github.com/redis/go-redis/v9 v9.6.1 h1:@@c@@=
github.com/redis/go-redis/v9 v9.6.1/go.mod h1:@@d@@=
github.com/cespare/xxhash/v2 v2.3.0 h1:@@e@@=
github.com/cespare/xxhash/v2 v2.3.0/go.mod h1:@@f@@=
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"), c=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    d=fakes.drawn(_seed(), 43, ALNUM + "+/"), e=fakes.drawn(_seed(), 43, ALNUM + "+/"), f=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("json/decoy-ui-strings", "web/src/locales/uz.json", "vue-i18n locale messages (vue-i18n.intlify.dev/guide/essentials/started.html)", """
{
  "auth": {
    "login": "Kirish",
    "password": "Parol",
    "password_repeat": "Parolni takrorlang",
    "forgot": "Parolni unutdingizmi?",
    "token_expired": "Sessiya muddati tugadi, qayta kiring"
  },
  "settings": {
    "api_key": "API kaliti",
    "secret_key": "Maxfiy kalit",
    "secret_hint": "Kalit faqat bir marta ko'rsatiladi. Uni xavfsiz joyda saqlang."
  }
}
""")

add("yaml/decoy-placeholder", "catalog-api/openapi.yaml", "OpenAPI 3: bearer security scheme (swagger.io/docs/specification/authentication/bearer-authentication)", """
openapi: 3.0.3
info:
  title: Suzani catalog API
  version: 1.4.0
servers:
  - url: https://api.bukhara-suzani.com/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Send `Authorization: Bearer <your-token>`"
security:
  - bearerAuth: []
paths:
  /products:
    get:
      summary: List suzani and ikat products
      parameters:
        - {name: q, in: query, schema: {type: string}, example: "lola"}
      responses:
        "200": {description: OK}
""")

add("terraform/decoy-generated-reference", "infra/yc/db.tf", "Terraform random_password (registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password)", """
resource "random_password" "grafana_db" {
  length  = 24
  special = false
}

resource "yandex_mdb_postgresql_user" "grafana" {
  cluster_id = yandex_mdb_postgresql_cluster.erp.id
  name       = "grafana"
  password   = random_password.grafana_db.result
}

resource "yandex_lockbox_secret_version" "grafana_db" {
  secret_id = yandex_lockbox_secret.grafana.id
  entries {
    key        = "password"
    text_value = random_password.grafana_db.result
  }
}
""")

add("csharp/decoy-env-reference", "Atlas.Erp/Program.cs", "ASP.NET Core configuration and user secrets (learn.microsoft.com/aspnet/core/security/app-secrets)", """
using Atlas.Erp.Payments;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddEnvironmentVariables(prefix: "ATLAS_");
if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}

builder.Services.Configure<ClickOptions>(o =>
{
    o.SecretKey = builder.Configuration["Click:SecretKey"] ?? throw new InvalidOperationException("Click:SecretKey");
});
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("json/decoy-placeholder", "api-tests/atlas-prod.postman_environment.json", "Postman environments (learning.postman.com/docs/sending-requests/variables/managing-environments)", """
{
  "id": "@@u@@",
  "name": "atlas-prod",
  "values": [
    {"key": "baseUrl", "value": "https://atlas-margilon.uz/api", "type": "default", "enabled": true},
    {"key": "paymeKey", "value": "", "type": "secret", "enabled": true},
    {"key": "clickSecret", "value": "", "type": "secret", "enabled": true},
    {"key": "token", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", u=uuid_s())

add("yaml/decoy-existing-secret", "deploy/helm/redis/values.yaml", "Bitnami Redis chart: auth.existingSecret (github.com/bitnami/charts/tree/main/bitnami/redis)", """
architecture: standalone
auth:
  enabled: true
  existingSecret: redis-auth
  existingSecretPasswordKey: redis-password
master:
  persistence:
    size: 2Gi
  resources:
    limits: {memory: 256Mi}
metrics:
  enabled: true
""")

add("json/decoy-public-key", "catalog-api/public/.well-known/jwks.json", "JSON Web Key Set (RFC 7517)", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid@@",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("markdown/decoy-public-key", "docs/xavfsizlik/pgp.md", "OpenPGP ASCII armor (RFC 4880)", """
# Xavfsizlik bo'yicha xabar berish

Zaiflik topsangiz security@bukhara-suzani.com ga shu ochiq kalit bilan shifrlab yozing:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZ@@a@@
@@b@@
=@@c@@
-----END PGP PUBLIC KEY BLOCK-----
```

Fingerprint: `@@fp@@`
""", a=fakes.drawn(_seed(), 59, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"), c=fakes.drawn(_seed(), 4, ALNUM + "+/"), fp=hexs(40).upper())

add("css/decoy-base64-image", "web/src/styles/naqsh.css", "CSS data URLs (developer.mozilla.org/docs/Web/URI/Schemes/data)", """
/* Suzani hoshiya naqshi: fon sifatida */
.border-lola {
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA@@a@@");
  background-repeat: repeat-x;
  height: 16px;
}
.card { border: 1px solid #9b1b30; border-radius: 6px; }
.card--ikat { background: linear-gradient(90deg, #1f4e8c, #d4a017 50%, #4b2142); }
""", a=fakes.drawn(_seed(), 180, ALNUM + "+/") + "==")

add("markdown/decoy-hash", "CHANGELOG.md", "Keep a Changelog (keepachangelog.com)", """
# Changelog

## [2.3.1] - 2024-11-04
### Fixed
- Click `prepare` rejected amounts with tiyin ([@@c1@@](https://github.com/margilan-atlas/atlas-shop/commit/@@c1@@))
- Eskiz token refresh loop (@@c2s@@)

## [2.3.0] - 2024-10-21
### Added
- Payme subscribe API for card payments (@@c3s@@)
- Uzum Market FBS orders import
""", c1=hexs(40), c2s=hexs(7), c3s=hexs(7))

add("swift/decoy-keychain-reference", "SuzaniApp/SuzaniApp/Services/TokenStore.swift", "Apple Keychain Services (developer.apple.com/documentation/security/keychain_services)", """
import Foundation
import Security

enum TokenStore {
    private static let service = "uz.suzani.atelier.api"

    static func read(account: String) -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecAttrAccount as String: account,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("dockerfile/decoy-build-arg", "bot/Dockerfile", "Dockerfile ARG and ENV (docs.docker.com/reference/dockerfile)", """
FROM python:3.12-slim
ARG APP_VERSION=dev
ENV PYTHONUNBUFFERED=1 \\
    APP_VERSION=${APP_VERSION} \\
    LOCALE=uz
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY bot/ ./bot/
# TELEGRAM_BOT_TOKEN va REDIS_URL ishga tushirishda beriladi (k8s Secret)
CMD ["python", "-m", "bot"]
""")
