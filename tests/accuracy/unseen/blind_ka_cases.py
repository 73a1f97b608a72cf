"""Blind set KA: silversmiths and rice-noodle factories in Cambodia.

Silver workshops of Kampong Luong and their web shops (WooCommerce, Shopify, Etsy, ABA PayWay, Bakong
KHQR), num banh chok factories (MES, boilers, drying-room sensors, Telegram bots, Odoo ERP), their
IT (CI, containers, Terraform, routers, NVRs) and docs partly in Khmer, with their decoys.
Generated fakes only (seeds 5060000-5069999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 5060000, 5069999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def pick(alphabet: str, n: int) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


WORDS = ["Kampot", "Mekong", "Tonle", "Angkor", "Bayon", "Apsara", "Romduol", "Kroeung", "Sampot", "Chenda",
         "Lotus", "Silver", "Monsoon", "Prahok", "Kampong", "Mango", "Naga", "Sralanh", "Takeo", "Kulen"]
LOWER = ["noodle", "anvil", "ingot", "lotus", "paddy", "steam", "chisel", "ladle", "river", "bamboo",
         "gecko", "palm", "kiln", "mortar", "sugar", "tamarind"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return pick(ALNUM + extra, n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return pick(HEX, n)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def jwt(payload: dict) -> str:
    head = b64url('{"alg":"HS256","typ":"JWT"}')
    return head + "." + b64url(json.dumps(payload, separators=(",", ":"))) + "." + pick(URLSAFE, 43)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def tg() -> str:
    return fakes.telegram_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_sk() -> str:
    return fakes.aws_secret_key(_seed())


def ghp() -> str:
    return fakes.github_token(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(32)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def openai() -> str:
    return fakes.openai_key(_seed())


def anthropic() -> str:
    return "sk-ant-api03-" + pick(URLSAFE, 93) + "AA"


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def woo(prefix: str) -> str:
    return prefix + hexs(40)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def google_key() -> str:
    return "AIza" + pick(URLSAFE, 35)


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + pick(up, 8) + "/B" + pick(up, 10) + "/" + pick(ALNUM, 24)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + pick(ALNUM, 24)


def gmail_app_pw() -> str:
    return pick(string.ascii_lowercase, 16)


def fb_token() -> str:
    return "EAAG" + pick(ALNUM, 176)


def recaptcha() -> str:
    return "6L" + pick(URLSAFE, 38)


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    return pick(ALNUM, 3) + "8Q~" + pick(ALNUM + "_.-~", 34)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def paypal_secret() -> str:
    return "E" + pick(URLSAFE, 79)


def paypal_client() -> str:
    return "A" + pick(URLSAFE, 79)


def sha256() -> str:
    return hexs(64)


def git_sha() -> str:
    return hexs(40)


def bcrypt_hash() -> str:
    return "$2b$12$" + pick(ALNUM + "./", 53)


def vault_body() -> str:
    return "\n".join(hexs(80) for _ in range(4))


def sops(value_len: int = 24) -> str:
    return (f"ENC[AES256_GCM,data:{pick(ALNUM + '+/', value_len)}=,iv:{pick(ALNUM + '+/', 43)}=,"
            f"tag:{pick(ALNUM + '+/', 22)}==,type:str]")


def pubkey_line(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(ALNUM + "+/", 43) + " " + comment


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
    CASES.append(LabelledCase(f"blind-ka/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- silver web shops, payments

add("php/woocommerce-consumer-secret", "silver-shop/wp-content/mu-plugins/sovann-erp-sync.php",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r"""
<?php
/**
 * Plugin Name: Sovann Prak ERP sync
 * Description: ផ្ញើការកម្មង់គ្រឿងប្រាក់ទៅ Odoo (push silverware orders to Odoo every 15 min)
 */

use Automattic\WooCommerce\Client;

require_once __DIR__ . '/vendor/autoload.php';

function sovann_wc_client(): Client {
    return new Client(
        'https://shop.sovannprak.com.kh',
        '@@ck@@',
        '@@secret@@',
        ['version' => 'wc/v3', 'timeout' => 30]
    );
}

add_action('sovann_sync_orders', function () {
    $orders = sovann_wc_client()->get('orders', ['status' => 'processing', 'per_page' => 50]);
    foreach ($orders as $order) {
        do_action('sovann_push_to_odoo', $order);
    }
});
""", woo("cs_"), ck=woo("ck_"))

add("env/aba-payway-api-key", "payway-bridge/.env.production",
    "https://developer.payway.com.kh/", r"""
# ABA PayWay — Sovann Prak Silverworks (production)
# សម្គាល់៖ កុំ commit ឯកសារនេះ (do not commit this file)
PAYWAY_MERCHANT_ID=ec461208
PAYWAY_API_KEY=@@secret@@
PAYWAY_API_URL=https://checkout.payway.com.kh/api/payment-gateway/v1/payments/purchase
PAYWAY_RETURN_URL=https://shop.sovannprak.com.kh/checkout/payway/return
PAYWAY_CONTINUE_URL=https://shop.sovannprak.com.kh/thank-you
PAYWAY_CURRENCY=USD
LOG_LEVEL=info
""", hexs(40))

add("python/aba-payway-api-key", "payway_bridge/hashing.py",
    "https://developer.payway.com.kh/", r"""
import base64
import hashlib
import hmac
from datetime import datetime, timezone

MERCHANT_ID = "ec461208"
# TODO(dara): ផ្លាស់ទីទៅ Secret Manager មុនពេលបើកហាង (move to Secret Manager before launch)
PAYWAY_PUBLIC_KEY = "@@secret@@"


def req_time() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")


def purchase_hash(tran_id: str, amount: str, items: str, return_url: str) -> str:
    raw = req_time() + MERCHANT_ID + tran_id + amount + items + return_url
    digest = hmac.new(PAYWAY_PUBLIC_KEY.encode(), raw.encode(), hashlib.sha512).digest()
    return base64.b64encode(digest).decode()
""", hexs(40))

add("json/decoy-khqr-merchant", "khqr-service/config/merchant.json",
    "https://bakong.nbc.gov.kh/en/download/KHQR/integration/KHQR%20Content%20Guideline%20v.1.3.pdf", r"""
{
  "merchant": {
    "bakongAccountId": "sovann_prak@aclb",
    "merchantName": "SOVANN PRAK SILVER",
    "merchantCity": "Phnom Penh",
    "merchantId": "102530007",
    "acquiringBank": "ACLEDA Bank Plc.",
    "mcc": "5944",
    "currency": "USD",
    "storeLabel": "Kampong Luong Showroom"
  },
  "bakongApiToken": "${BAKONG_API_TOKEN}",
  "bakongApiBase": "https://api-bakong.nbc.gov.kh/v1",
  "pollIntervalSeconds": 5
}
""")

add("typescript/bakong-api-token", "khqr-service/src/bakong.ts",
    "https://api-bakong.nbc.gov.kh/document", r"""
import axios from "axios";

// Bakong Open API — check_transaction_by_md5
// ត្រូវបន្តសុពលភាព token រៀងរាល់ 90 ថ្ងៃ (token must be renewed every 90 days)
const BAKONG_TOKEN =
  "@@secret@@";

const api = axios.create({
  baseURL: "https://api-bakong.nbc.gov.kh/v1",
  headers: { Authorization: `Bearer ${BAKONG_TOKEN}` },
  timeout: 10_000,
});

export async function isPaid(md5: string): Promise<boolean> {
  const res = await api.post("/check_transaction_by_md5", { md5 });
  return res.data?.responseCode === 0;
}
""", jwt({"data": {"id": hexs(16)}, "iat": 1764201600, "exp": 1771977600}))

add("csv/decoy-khqr-payload", "exports/khqr_payments_2025-11.csv",
    "https://bakong.nbc.gov.kh/en/download/KHQR/integration/KHQR%20Content%20Guideline%20v.1.3.pdf", r"""
date,order_no,amount_usd,payer_bank,md5,hash,status
2025-11-02,SP-10231,148.00,ABA,@@m1@@,@@h1@@,PAID
2025-11-02,SP-10232,62.50,ACLEDA,@@m2@@,@@h2@@,PAID
2025-11-03,SP-10233,310.00,Wing,@@m3@@,@@h3@@,PAID
2025-11-04,SP-10236,27.00,ABA,@@m4@@,@@h4@@,EXPIRED
2025-11-05,SP-10240,880.00,Canadia,@@m5@@,@@h5@@,PAID
""", m1=hexs(32), m2=hexs(32), m3=hexs(32), m4=hexs(32), m5=hexs(32),
    h1=hexs(8), h2=hexs(8), h3=hexs(8), h4=hexs(8), h5=hexs(8))

add("ruby/stripe-secret-key", "etsy-bridge/config/initializers/stripe.rb",
    "https://docs.stripe.com/keys", r"""
# Stripe for overseas silver buyers (Etsy orders paid off-platform)
# គណនី Stripe របស់ក្រុមហ៊ុននៅសិង្ហបុរី (Singapore entity account)
Rails.configuration.stripe = {
  publishable_key: "@@pk@@",
  secret_key:      "@@secret@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
""", stripe(), pk=stripe("pk_live_"))

add("javascript/decoy-stripe-publishable", "silver-shop/assets/js/checkout.js",
    "https://docs.stripe.com/keys#obtain-api-keys", r"""
// Checkout for international orders — publishable key only, the secret stays on the server
const stripe = Stripe("@@pk@@");

async function payForOrder(orderId) {
  const res = await fetch(`/api/orders/${orderId}/intent`, { method: "POST" });
  const { clientSecret } = await res.json();
  const { error } = await stripe.confirmCardPayment(clientSecret, {
    payment_method: { card: window.cardElement },
  });
  if (error) {
    document.querySelector("#pay-error").textContent = error.message; // បង់ប្រាក់មិនបានសម្រេច
  }
}
""", pk=stripe("pk_live_"))

add("python/stripe-webhook-secret", "etsy_bridge/webhooks.py",
    "https://docs.stripe.com/webhooks#verify-events", r"""
import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = "@@secret@@"  # from dashboard > Webhooks > silver-shop-prod


@app.post("/stripe/webhook")
def stripe_webhook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "payment_intent.succeeded":
        mark_paid(event["data"]["object"]["metadata"]["order_no"])
    return "", 204
""", whsec())

add("yaml/shopify-access-token", "shopify-sync/config/settings.yml",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r"""
# Shopify custom app "kl-silver-inventory" (Kampong Luong Silversmiths Cooperative)
shop: kl-silver-coop.myshopify.com
api_version: "2025-07"
admin_api_access_token: @@secret@@
locations:
  showroom: 71829371023
  warehouse_kandal: 71829403791
sync:
  interval_minutes: 20
  skus_prefix: KLS-
  # ទម្ងន់គិតជាក្រាម (weight in grams)
  weight_unit: g
""", shopify())

add("toml/decoy-shopify-app-config", "shopify-sync/shopify.app.toml",
    "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", r"""
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "@@cid@@"
name = "kl-silver-inventory"
handle = "kl-silver-inventory"
application_url = "https://inventory.klsilver.coop"
embedded = true

[access_scopes]
scopes = "read_products,write_products,read_inventory,write_inventory"

[auth]
redirect_urls = [ "https://inventory.klsilver.coop/auth/callback" ]

[webhooks]
api_version = "2025-07"
""", cid=hexs(32))

add("env/shopify-api-secret", "shopify-sync/.env",
    "https://shopify.dev/docs/apps/build/authentication-authorization", r"""
SHOPIFY_API_KEY=@@cid@@
SHOPIFY_API_SECRET=@@secret@@
SCOPES=read_products,write_products,read_inventory,write_inventory
HOST=https://inventory.klsilver.coop
DATABASE_URL=sqlite:///inventory.db
""", shopify("shpss_"), cid=hexs(32))

add("python/paypal-client-secret", "etsy_bridge/paypal_payouts.py",
    "https://developer.paypal.com/api/rest/authentication/", r"""
import requests

# PayPal payouts to the Kampong Luong smiths who sell through the coop
PAYPAL_CLIENT_ID = "@@cid@@"
PAYPAL_SECRET = "@@secret@@"
BASE = "https://api-m.paypal.com"


def access_token() -> str:
    r = requests.post(f"{BASE}/v1/oauth2/token", auth=(PAYPAL_CLIENT_ID, PAYPAL_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
""", paypal_secret(), cid=paypal_client())

add("markdown/decoy-paypal-client-id", "docs/payments/paypal.md",
    "https://developer.paypal.com/sdk/js/configuration/", r"""
# PayPal buttons on the silver shop

The checkout page loads the JS SDK with our **client id** (public by design, it is in every page's
HTML):

```html
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD"></script>
```

The **secret** is never in the repo. It lives in GCP Secret Manager as `paypal-client-secret` and
the payout job reads it at start-up (see `etsy_bridge/settings.py`).

> ចំណាំ៖ client id អាចបង្ហាញជាសាធារណៈ តែ secret ត្រូវរក្សាទុកជាសម្ងាត់។
""", cid=paypal_client())

add("php/decoy-env-reference", "silver-shop/wp-config.php",
    "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
// ** Database settings — values come from the container environment ** //
define( 'DB_NAME',     getenv( 'WORDPRESS_DB_NAME' ) ?: 'sovann_shop' );
define( 'DB_USER',     getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST',     getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );
define( 'DB_CHARSET',  'utf8mb4' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'sp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("php/wordpress-db-password", "silver-shop-legacy/wp-config.php",
    "https://developer.wordpress.org/apis/wp-config-php/#database-password", r"""
<?php
// ហាងចាស់ (old shop on the cPanel host) — to be retired after the Shopify move
define( 'DB_NAME', 'sovannp_wp' );
define( 'DB_USER', 'sovannp_wpuser' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("json/woocommerce-consumer-secret", "n8n/workflows/woo-to-telegram.json",
    "https://docs.n8n.io/integrations/builtin/credentials/woocommerce/", r"""
{
  "name": "Woo order -> Telegram showroom group",
  "nodes": [
    {
      "parameters": { "event": "order.created" },
      "name": "WooCommerce Trigger",
      "type": "n8n-nodes-base.wooCommerceTrigger",
      "credentials": {
        "wooCommerceApi": {
          "url": "https://shop.sovannprak.com.kh",
          "consumerKey": "@@ck@@",
          "consumerSecret": "@@secret@@"
        }
      }
    },
    {
      "parameters": { "chatId": "-1002231847711", "text": "=កម្មង់ថ្មី #{{$json.number}} ${{$json.total}}" },
      "name": "Telegram",
      "type": "n8n-nodes-base.telegram",
      "credentials": { "telegramApi": { "id": "4", "name": "showroom-bot" } }
    }
  ],
  "connections": { "WooCommerce Trigger": { "main": [[{ "node": "Telegram", "type": "main", "index": 0 }]] } }
}
""", woo("cs_"), ck=woo("ck_"))

add("python/telegram-bot-token", "tg_order_bot/bot.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot", r"""
# -*- coding: utf-8 -*-
"""
+ '"""' + r"""Telegram bot for the showroom: customers send a photo of a pattern, staff reply with a quote.""" + '"""' + r"""
from telegram.ext import Application, CommandHandler, MessageHandler, filters

TOKEN = "@@secret@@"
STAFF_CHAT = -1002231847711


async def start(update, context):
    await update.message.reply_text("សួស្តី! ផ្ញើរូបគំរូគ្រឿងប្រាក់ដែលអ្នកចង់បាន។")


async def photo(update, context):
    await context.bot.forward_message(STAFF_CHAT, update.message.chat_id, update.message.message_id)


def main():
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.PHOTO, photo))
    app.run_polling()


if __name__ == "__main__":
    main()
""", tg())

add("python/decoy-env-reference", "tg_order_bot/settings.py",
    "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", r"""
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """ + '"""' + r"""Read from the environment (systemd EnvironmentFile=/etc/tg-order-bot/env on the VPS).""" + '"""' + r"""

    model_config = SettingsConfigDict(env_prefix="TGBOT_")

    token: SecretStr
    staff_chat: int = -1002231847711
    payway_merchant_id: str = "ec461208"
    payway_api_key: SecretStr
    odoo_url: str = "https://erp.sovannprak.com.kh"
    odoo_db: str = "sovann"
    odoo_user: str = "bot@sovannprak.com.kh"
    odoo_password: SecretStr


settings = Settings()
""")

add("shell/telegram-bot-token", "scripts/notify_kiln.sh",
    "https://core.telegram.org/bots/api#sendmessage", r"""
#!/usr/bin/env bash
# Annealing kiln finished -> tell the workshop group
# ឡដុតរួចរាល់ ផ្ញើសារទៅក្រុម
set -euo pipefail

BOT="@@secret@@"
CHAT="-1001884402917"
TEMP="${1:-unknown}"

curl -s -X POST "https://api.telegram.org/bot${BOT}/sendMessage" \
  -d chat_id="${CHAT}" \
  -d text="🔥 ឡទី 2 រួចរាល់ — ${TEMP}°C $(date '+%H:%M')" >/dev/null
""", tg())

add("yaml/decoy-telegram-chat-ids", "tg_order_bot/groups.yml",
    "https://core.telegram.org/bots/api#chat", r"""
# Telegram groups the bots post to (chat ids are not secrets; the bot token is in /etc/tg-order-bot/env)
groups:
  showroom_staff:
    id: -1002231847711
    title: "Sovann Prak — បុគ្គលិកហាង"
  workshop:
    id: -1001884402917
    title: "រោងជាង Kampong Luong"
  noodle_line_a:
    id: -1001720455309
    title: "Mekong Num Banh Chok — Line A"
bots:
  order_bot: "@sovann_prak_order_bot"
  kiln_bot: "@kl_kiln_bot"
""")


# ---------------------------------------------------------------- noodle factory: MES, sensors, ERP

add("arduino/wifi-password", "firmware/drying_room_sensor/drying_room_sensor.ino",
    "https://docs.arduino.cc/libraries/wifi/", r"""
// ESP32 + SHT31 in drying room 3 (បន្ទប់សម្ងួតនំបញ្ចុក)
#include <WiFi.h>
#include <PubSubClient.h>
#include "Adafruit_SHT31.h"

const char* WIFI_SSID = "MEKONG-FACTORY-IOT";
const char* WIFI_PASS = "@@secret@@";
const char* MQTT_HOST = "10.20.0.15";

WiFiClient net;
PubSubClient mqtt(net);
Adafruit_SHT31 sht31;

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  sht31.begin(0x44);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("dryroom3");  // broker allows this client id on the IoT VLAN
  char buf[48];
  snprintf(buf, sizeof buf, "{\"t\":%.1f,\"rh\":%.1f}", sht31.readTemperature(), sht31.readHumidity());
  mqtt.publish("mekong/dry/3", buf);
  delay(30000);
}
""", words_pw())

add("cpp/mqtt-password", "firmware/boiler_gateway/src/config.h",
    "https://pubsubclient.knolleary.net/api#connect", r"""
#pragma once
// Boiler 1 & 2 steam pressure gateway (ឡចំហាយទឹក) — ESP32-S3
#define WIFI_SSID       "MEKONG-FACTORY-IOT"
#define WIFI_PASS_FILE  "/spiffs/wifi.txt"

#define MQTT_HOST       "mqtt.mekongnoodle.local"
#define MQTT_PORT       8883
#define MQTT_USER       "boiler-gw"
#define MQTT_PASSWORD   "@@secret@@"
#define MQTT_TOPIC      "mekong/boiler/+/pressure"

#define PRESSURE_ALARM_BAR  8.5f
#define SAMPLE_MS           2000
""", rand_pw(22))

add("conf/decoy-mosquitto-password-file-ref", "infra/mosquitto/mosquitto.conf",
    "https://mosquitto.org/man/mosquitto-conf-5.html", r"""
# Mosquitto broker in the factory (MES VLAN)
listener 1883 10.20.0.15
listener 8883
cafile /mosquitto/certs/ca.crt
certfile /mosquitto/certs/server.crt
keyfile /mosquitto/certs/server.key

allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl

persistence true
persistence_location /mosquitto/data/
log_dest stdout
""")

add("text/decoy-mosquitto-hashes", "infra/mosquitto/passwd.example",
    "https://mosquitto.org/man/mosquitto_passwd-1.html", r"""
# Example of the broker's password file format: mosquitto_passwd -c passwd <user>
# These are PBKDF2-SHA512 hashes of "example"; the real file is generated on the broker host
# and never committed (ឯកសារពិតមិនត្រូវ commit ទេ)
boiler-gw:$7$101$@@s1@@$@@h1@@
dryroom:$7$101$@@s2@@$@@h2@@
mes-api:$7$101$@@s3@@$@@h3@@
""", s1=pick(ALNUM + "+/", 16), h1=pick(ALNUM + "+/", 86) + "==", s2=pick(ALNUM + "+/", 16),
    h2=pick(ALNUM + "+/", 86) + "==", s3=pick(ALNUM + "+/", 16), h3=pick(ALNUM + "+/", 86) + "==")

add("python/postgres-password", "mes/app/db.py",
    "https://docs.sqlalchemy.org/en/20/core/engines.html#postgresql", r"""
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# MES database: batches of rice soaked, ground, extruded and dried
# មូលដ្ឋានទិន្នន័យផលិតកម្ម
engine = create_engine(
    "postgresql+psycopg://mes_app:@@secret@@@10.20.0.21:5432/mes",
    pool_size=5,
    pool_pre_ping=True,
)
SessionLocal = sessionmaker(bind=engine, autoflush=False)
""", rand_pw(20))

add("python/decoy-batch-uuids", "mes/tests/fixtures/batches.py",
    "https://docs.python.org/3/library/uuid.html", r"""
import uuid
from datetime import date

# Fixed batch ids so snapshots stay stable
BATCHES = [
    {"id": uuid.UUID("@@u1@@"), "line": "A", "rice_kg": 1200, "day": date(2025, 10, 3)},
    {"id": uuid.UUID("@@u2@@"), "line": "A", "rice_kg": 1150, "day": date(2025, 10, 4)},
    {"id": uuid.UUID("@@u3@@"), "line": "B", "rice_kg": 900, "day": date(2025, 10, 4)},
    {"id": uuid.UUID("@@u4@@"), "line": "B", "rice_kg": 950, "day": date(2025, 10, 5)},
]
SOAK_HOURS = {"A": 14, "B": 16}  # ត្រាំអង្ករ
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("sql/mysql-user-password", "mes/migrations/0001_create_users.sql",
    "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r"""
-- Reporting replica for the office (Power BI)
CREATE DATABASE IF NOT EXISTS mes_report CHARACTER SET utf8mb4;

CREATE USER IF NOT EXISTS 'powerbi'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON mes_report.* TO 'powerbi'@'10.20.%';

CREATE TABLE mes_report.daily_output (
  day         DATE NOT NULL,
  line        CHAR(1) NOT NULL,
  noodles_kg  DECIMAL(8,1) NOT NULL,   -- នំបញ្ចុក (kg)
  waste_kg    DECIMAL(8,1) NOT NULL,
  PRIMARY KEY (day, line)
);
FLUSH PRIVILEGES;
""", words_pw())

add("sql/decoy-password-hashes", "mes/seed/users.sql",
    "https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html", r"""
-- Seed users for the MES web UI (bcrypt hashes; people set their own password on first login)
INSERT INTO users (username, display_name, role, password_hash, must_change) VALUES
  ('sokha',  'Sokha Chan (ប្រធានផ្នែក)', 'supervisor', '@@h1@@', true),
  ('vanna',  'Vanna Keo',                'operator',   '@@h2@@', true),
  ('sreyleak','Sreyleak Mao',            'qa',         '@@h3@@', true),
  ('admin',  'IT',                       'admin',      '@@h4@@', true);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("ini/odoo-admin-password", "erp/odoo.conf",
    "https://www.odoo.com/documentation/18.0/administration/on_premise/deploy.html#database-manager-security", r"""
[options]
; Odoo 17 — Mekong Num Banh Chok Co. (accounting, stock of rice and flour)
; ការកំណត់ Odoo
addons_path = /opt/odoo/addons,/opt/odoo/custom
admin_passwd = @@secret@@
db_host = 10.20.0.21
db_port = 5432
db_user = odoo
db_password = False
dbfilter = ^mekong$
proxy_mode = True
workers = 4
limit_time_real = 600
logfile = /var/log/odoo/odoo.log
""", rand_pw(24))

add("python/odoo-password", "erp/scripts/import_rice_purchases.py",
    "https://www.odoo.com/documentation/18.0/developer/reference/external_api.html", r"""
import csv
import xmlrpc.client

URL = "https://erp.mekongnoodle.com.kh"
DB = "mekong"
USER = "accounts@mekongnoodle.com.kh"
PASSWORD = "@@secret@@"  # គណនីគណនេយ្យ

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, PASSWORD, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")

with open("rice_purchases.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        models.execute_kw(DB, uid, PASSWORD, "purchase.order", "create", [{
            "partner_id": int(row["supplier_id"]),
            "order_line": [(0, 0, {"product_id": 41, "product_qty": float(row["kg"]), "price_unit": float(row["usd_per_kg"])})],
        }])
""", words_pw())

add("csv/decoy-rice-purchases", "erp/scripts/rice_purchases.csv",
    "https://www.odoo.com/documentation/18.0/applications/inventory_and_mrp/purchase.html", r"""
supplier_id,supplier,variety,kg,usd_per_kg,lot,moisture_pct
17,Takeo Farmers Coop,Phka Rumduol,8000,0.62,TK-2511-01,13.8
17,Takeo Farmers Coop,Sen Kra Ob,5000,0.55,TK-2511-02,14.1
23,Prey Veng Rice Mill,IR504,12000,0.41,PV-2511-07,13.2
31,Battambang Agri,Phka Malis,3000,0.88,BB-2511-03,12.9
23,Prey Veng Rice Mill,IR504,10000,0.40,PV-2511-09,13.5
""")

add("javascript/decoy-env-reference", "node-red/settings.js",
    "https://nodered.org/docs/user-guide/runtime/securing-node-red#encrypting-credentials", r"""
// Node-RED settings for the line A dashboard (ផ្ទាំងបង្ហាញខ្សែ A)
module.exports = {
    flowFile: "flows.json",
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{ username: "sokha", password: process.env.NODE_RED_ADMIN_HASH, permissions: "*" }]
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
""")

add("json/mqtt-password", "node-red/flows.json",
    "https://nodered.org/docs/user-guide/nodes#mqtt-in", r"""
[
  {
    "id": "9c1f3b2e.a4d8c",
    "type": "mqtt-broker",
    "name": "factory broker",
    "broker": "10.20.0.15",
    "port": "1883",
    "clientid": "nodered-line-a",
    "usetls": false,
    "credentials": { "user": "nodered", "password": "@@secret@@" }
  },
  {
    "id": "5b7e0c11.f3a2",
    "type": "mqtt in",
    "name": "drying rooms",
    "topic": "mekong/dry/#",
    "broker": "9c1f3b2e.a4d8c"
  }
]
""", passphrase())

add("yaml/hikvision-nvr-password", "infra/frigate/config.yml",
    "https://docs.frigate.video/configuration/cameras", r"""
# Frigate on the office NUC — cameras on the extrusion line and the silver vault
mqtt:
  host: 10.20.0.15
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  extruder_line_a:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.20.5.11:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  packing:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.20.5.12:554/Streaming/Channels/101
          roles: [detect]
""", words_pw())

add("yaml/decoy-frigate-env-substitution", "infra/frigate/config.silver-vault.yml",
    "https://docs.frigate.video/configuration/reference", r"""
# Silver vault cameras (ទូដែកគ្រឿងប្រាក់). Credentials are substituted by Frigate from
# FRIGATE_* environment variables set in the compose .env on the NUC (not in git).
cameras:
  vault_door:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.30.5.21:554/Streaming/Channels/101
          roles: [detect, record]
  vault_bench:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.30.5.22:554/Streaming/Channels/101
          roles: [record]
record:
  enabled: true
  retain:
    days: 30
""")

add("shell/mikrotik-password", "infra/mikrotik/factory-hap.rsc",
    "https://help.mikrotik.com/docs/display/ROS/User", r"""
# RouterOS 7 export — Mekong factory hAP ax3 (តំឡើងដោយ IT ខែវិច្ឆិកា)
/interface bridge add name=bridge-lan
/interface wifi set [ find default-name=wifi1 ] configuration.ssid=MEKONG-OFFICE security.authentication-types=wpa2-psk,wpa3-psk
/ip address add address=10.20.0.1/24 interface=bridge-lan
/ip pool add name=dhcp-office ranges=10.20.0.100-10.20.0.199
/user add name=itadmin group=full password="@@secret@@"
/user remove [find name=admin]
/ip service disable telnet,ftp,www,api
/system identity set name=mekong-factory-gw
""", rand_pw(18, "#%"))

add("shell/decoy-mikrotik-script-vars", "infra/mikrotik/add-vpn-user.rsc",
    "https://help.mikrotik.com/docs/display/ROS/Scripting", r"""
# Usage: /import add-vpn-user.rsc  after  :global vpnUser "name"; :global vpnPass "..."
# The password is typed on the router console, never written in this file.
:global vpnUser
:global vpnPass
:if ([:len $vpnPass] < 14) do={ :error "password too short (យ៉ាងហោចណាស់ 14 តួ)" }
/ppp secret add name=$vpnUser password=$vpnPass service=l2tp profile=factory-vpn
:log info ("added vpn user " . $vpnUser)
""")

add("powershell/windows-admin-password", "infra/windows/setup-scale-pc.ps1",
    "https://learn.microsoft.com/powershell/module/microsoft.powershell.localaccounts/new-localuser", r"""
# Weighbridge PC at the rice intake (ជញ្ជីងអង្ករ) — run once as Administrator
$ErrorActionPreference = "Stop"

$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-LocalUser -Name "scaleop" -Password $pw -FullName "Scale operator" -PasswordNeverExpires
Add-LocalGroupMember -Group "Users" -Member "scaleop"

Set-ItemProperty "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" -Name AutoAdminLogon -Value 1
Set-ItemProperty "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" -Name DefaultUserName -Value "scaleop"
Install-Module -Name PSSerial -Scope AllUsers -Force
""", words_pw())

add("powershell/decoy-credential-prompt", "infra/windows/map-share.ps1",
    "https://learn.microsoft.com/powershell/module/microsoft.powershell.security/get-credential", r"""
# Map the QA share on the weighbridge PC; asks for the password each time
# សូមបញ្ចូលពាក្យសម្ងាត់របស់អ្នក
$cred = Get-Credential -UserName "MEKONG\qa" -Message "QA share password"
New-PSDrive -Name Q -PSProvider FileSystem -Root "\\files01\qa" -Credential $cred -Persist
Write-Host "Q: mapped for $($cred.UserName)"
Get-ChildItem Q:\lab-results | Sort-Object LastWriteTime -Descending | Select-Object -First 5
""")

add("json/sql-server-password", "ScaleBridge/appsettings.Production.json",
    "https://learn.microsoft.com/ef/core/miscellaneous/connection-strings", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Weighbridge": "Server=10.20.0.30\\SQLEXPRESS;Database=Weighbridge;User Id=scalebridge;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Scale": {
    "Port": "COM3",
    "BaudRate": 9600,
    "Unit": "kg"
  }
}
""", rand_pw(16, "!#"))

add("xml/decoy-user-secrets-id", "ScaleBridge/ScaleBridge.csproj",
    "https://learn.microsoft.com/aspnet/core/security/app-secrets", r"""
<Project Sdk="Microsoft.NET.Sdk.Worker">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
    <RootNamespace>Mekong.ScaleBridge</RootNamespace>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.1" />
    <PackageReference Include="System.IO.Ports" Version="8.0.0" />
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.2" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("go/influxdb-token", "boiler-monitor/internal/cloud/push.go",
    "https://docs.influxdata.com/influxdb/cloud/admin/tokens/", r"""
package cloud

import (
	"context"
	"time"

	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

// Boiler readings -> InfluxDB Cloud (ទិន្នន័យសម្ពាធឡចំហាយ)
const (
	influxURL   = "https://ap-southeast-2-1.aws.cloud2.influxdata.com"
	influxOrg   = "mekong-noodle"
	influxToken = "@@secret@@"
	bucket      = "boilers"
)

func Push(ctx context.Context, boiler string, bar float64) error {
	client := influxdb2.NewClient(influxURL, influxToken)
	defer client.Close()
	w := client.WriteAPIBlocking(influxOrg, bucket)
	p := influxdb2.NewPointWithMeasurement("pressure").AddTag("boiler", boiler).AddField("bar", bar).SetTime(time.Now())
	return w.WritePoint(ctx, p)
}
""", pick(URLSAFE, 86) + "==")

add("go/decoy-env-reference", "boiler-monitor/cmd/monitor/main.go",
    "https://pkg.go.dev/os#Getenv", r"""
package main

import (
	"log"
	"os"

	"mekong/boiler-monitor/internal/cloud"
	"mekong/boiler-monitor/internal/modbus"
)

func mustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		log.Fatalf("missing %s (សូមកំណត់ environment variable)", k)
	}
	return v
}

func main() {
	token := mustEnv("INFLUX_TOKEN")
	dev := modbus.Open(mustEnv("MODBUS_PORT"), 19200)
	cloud.Run(dev, token)
}
""")


# ---------------------------------------------------------------- CI, containers, cloud

add("github-actions/digitalocean-token", ".github/workflows/deploy-shop.yml",
    "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r"""
name: deploy silver shop
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DIGITALOCEAN_ACCESS_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: ${{ env.DIGITALOCEAN_ACCESS_TOKEN }}
      - run: doctl registry login --expiry-seconds 600
      - run: docker build -t registry.digitalocean.com/sovann/shop:${{ github.sha }} .
      - run: docker push registry.digitalocean.com/sovann/shop:${{ github.sha }}
      - run: doctl apps create-deployment ${{ vars.DO_APP_ID }}
""", do_token())

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-mes.yml",
    "https://docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r"""
name: deploy MES
on:
  workflow_dispatch:
  push:
    tags: ["v*"]

jobs:
  deploy:
    runs-on: [self-hosted, factory]
    steps:
      - uses: actions/checkout@v4
      - name: Log in to GHCR
        uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - name: Deploy
        env:
          MES_DB_PASSWORD: ${{ secrets.MES_DB_PASSWORD }}
          TELEGRAM_TOKEN: ${{ secrets.LINE_A_BOT_TOKEN }}
        run: ./deploy/rollout.sh "${GITHUB_REF_NAME}"
""")

add("github-actions/pypi-token", ".github/workflows/publish-khqr-lib.yml",
    "https://pypi.org/help/#apitoken", r"""
# Publishes our small KHQR helper library (khqr-tools) to PyPI
name: publish
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
      - run: python -m pip install build twine
      - run: python -m build
      - run: python -m twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", pypi())

add("ini/pypi-token", "khqr-tools/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
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
""", pypi())

add("toml/decoy-pyproject", "khqr-tools/pyproject.toml",
    "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r"""
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "khqr-tools"
version = "0.4.2"
description = "Build and parse Bakong KHQR strings (EMVCo) for Cambodian merchants"
readme = "README.md"
requires-python = ">=3.9"
license = "MIT"
authors = [{ name = "Sovann Prak IT", email = "it@sovannprak.com.kh" }]
dependencies = ["crcmod>=1.7"]

[project.urls]
Homepage = "https://github.com/sovannprak/khqr-tools"

[tool.pytest.ini_options]
addopts = "-q"
""")

add("python/decoy-khqr-test-vector", "khqr-tools/tests/test_crc.py",
    "https://bakong.nbc.gov.kh/en/download/KHQR/integration/KHQR%20Content%20Guideline%20v.1.3.pdf", r"""
from khqr_tools import build, crc16

# Test vector from the NBC guideline sample (public merchant data, no secret in a KHQR string)
SAMPLE = (
    "00020101021229180014sovann_prak@aclb5204594453038405406148.005802KH"
    "5918SOVANN PRAK SILVER6010Phnom Penh99170013176420160000063042B1C"
)


def test_crc_matches_sample():
    body, crc = SAMPLE[:-4], SAMPLE[-4:]
    assert crc16(body) == crc


def test_build_round_trip():
    qr = build(account="sovann_prak@aclb", name="SOVANN PRAK SILVER", city="Phnom Penh", amount="148.00")
    assert qr.startswith("000201010212")
""")

add("dockerfile/npm-token", "silver-shop/frontend/Dockerfile",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r"""
FROM node:20-alpine AS build
WORKDIR /app
# private design-system package (@sovannprak/ui) from npmjs
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", npm())

add("dockerfile/decoy-build-secret-mount", "mes/Dockerfile",
    "https://docs.docker.com/build/building/secrets/", r"""
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv/mes
COPY requirements.txt .
# private wheel index token comes from a BuildKit secret, never a layer
RUN --mount=type=secret,id=pip_index_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.mekongnoodle.com.kh/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY app ./app
ENV PYTHONUNBUFFERED=1
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]
""")

add("compose/postgres-password", "mes/docker-compose.yml",
    "https://hub.docker.com/_/postgres", r"""
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: mes
      POSTGRES_USER: mes_app
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "10.20.0.21:5432:5432"

  api:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://mes_app:@@secret@@@db:5432/mes
    ports:
      - "8080:8080"

volumes:
  pgdata:
""", rand_pw(20))

add("compose/decoy-docker-secrets", "erp/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/use-secrets/", r"""
# Odoo + Postgres for Mekong Num Banh Chok (ERP). Passwords are Docker secrets files on the host.
services:
  odoo:
    image: odoo:17.0
    depends_on: [db]
    environment:
      HOST: db
      USER: odoo
      PASSWORD_FILE: /run/secrets/odoo_db_password
    secrets: [odoo_db_password]
    ports: ["8069:8069"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: odoo
      POSTGRES_PASSWORD_FILE: /run/secrets/odoo_db_password
    secrets: [odoo_db_password]
secrets:
  odoo_db_password:
    file: /srv/secrets/odoo_db_password.txt
""")

add("compose/redis-password", "tg_order_bot/docker-compose.yml",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", r"""
services:
  bot:
    build: .
    env_file: /etc/tg-order-bot/env
    environment:
      REDIS_URL: redis://:@@secret@@@redis:6379/0
    restart: always
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes: ["redisdata:/data"]
volumes:
  redisdata:
""", redis_pw())

_K = hexs(40)
add("k8s-secret/aba-payway-api-key", "deploy/k8s/payway-bridge-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: payway-bridge
  namespace: shop
  labels:
    app: payway-bridge
type: Opaque
data:
  PAYWAY_MERCHANT_ID: @@mid@@
  PAYWAY_API_KEY: @@enc@@
""", _K, mid=b64("ec461208"), enc=b64(_K))


add("k8s-secret/decoy-sealed-secret", "deploy/k8s/mes-db-sealedsecret.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mes-db
  namespace: factory
spec:
  encryptedData:
    POSTGRES_PASSWORD: @@e1@@
    DATABASE_URL: @@e2@@
  template:
    metadata:
      name: mes-db
      namespace: factory
""", e1="AgB" + pick(ALNUM + "+/", 361) + "==", e2="AgC" + pick(ALNUM + "+/", 421) + "==")

add("k8s-secret/telegram-bot-token", "deploy/k8s/line-a-bot-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", r"""
# ខ្សែផលិតកម្ម A — bot ជូនដំណឹងពេលម៉ាស៊ីនឈប់ (alerts when the extruder stops)
apiVersion: v1
kind: Secret
metadata:
  name: line-a-bot
  namespace: factory
type: Opaque
stringData:
  TELEGRAM_TOKEN: "@@secret@@"
  TELEGRAM_CHAT: "-1001720455309"
""", tg())

add("k8s/decoy-secret-key-ref", "deploy/k8s/line-a-bot-deployment.yaml",
    "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: line-a-bot
  namespace: factory
spec:
  replicas: 1
  selector:
    matchLabels: { app: line-a-bot }
  template:
    metadata:
      labels: { app: line-a-bot }
    spec:
      containers:
        - name: bot
          image: ghcr.io/mekongnoodle/line-a-bot@sha256:@@digest@@
          env:
            - name: TELEGRAM_TOKEN
              valueFrom:
                secretKeyRef: { name: line-a-bot, key: TELEGRAM_TOKEN }
            - name: MQTT_PASSWORD
              valueFrom:
                secretKeyRef: { name: mqtt-nodered, key: password }
""", digest=sha256())

add("terraform/aws-secret-access-key", "infra/terraform/backups/main.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r"""
# S3 bucket for nightly backups of the MES and Odoo databases (ap-southeast-1)
provider "aws" {
  region     = "ap-southeast-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "backups" {
  bucket = "mekong-noodle-backups"
}

resource "aws_s3_bucket_lifecycle_configuration" "backups" {
  bucket = aws_s3_bucket.backups.id
  rule {
    id     = "expire-90d"
    status = "Enabled"
    expiration { days = 90 }
  }
}
""", aws_sk(), kid=aws_id())

add("terraform/decoy-variable-sensitive", "infra/terraform/do-shop/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r"""
variable "do_token" {
  description = "DigitalOcean API token (set TF_VAR_do_token in the shell, never in a file)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Managed MySQL password for the shop (ពាក្យសម្ងាត់មូលដ្ឋានទិន្នន័យ)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "sgp1"
}
""")

add("terraform/digitalocean-token", "infra/terraform/do-shop/terraform.tfvars",
    "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r"""
# Sovann Prak shop droplet + managed MySQL (Singapore)
do_token    = "@@secret@@"
region      = "sgp1"
droplet_size = "s-2vcpu-4gb"
db_size      = "db-s-1vcpu-1gb"
domain       = "sovannprak.com.kh"
""", do_token())

add("json/decoy-terraform-state-redacted", "infra/terraform/do-shop/plan.json",
    "https://developer.hashicorp.com/terraform/internals/json-format", r"""
{
  "format_version": "1.2",
  "terraform_version": "1.9.8",
  "resource_changes": [
    {
      "address": "digitalocean_database_user.shop",
      "type": "digitalocean_database_user",
      "change": {
        "actions": ["create"],
        "after": { "cluster_id": "@@u@@", "name": "shop" },
        "after_unknown": { "password": true },
        "after_sensitive": { "password": true }
      }
    }
  ]
}
""", u=uuid_s())

add("ansible/decoy-vault-encrypted", "infra/ansible/group_vars/factory/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r"""
$ANSIBLE_VAULT;1.1;AES256
@@body@@
""", body=vault_body())

add("ansible/mqtt-password", "infra/ansible/roles/mosquitto/defaults/main.yml",
    "https://mosquitto.org/man/mosquitto_passwd-1.html", r"""
---
mosquitto_listener_port: 8883
mosquitto_users:
  - name: boiler-gw
    password: "{{ vault_mqtt_boiler_gw }}"
  - name: nodered
    password: "{{ vault_mqtt_nodered }}"
  # TODO: ដាក់ចូល vault ដែរ (move to vault too) — sensors on the drying rooms
  - name: dryroom
    password: "@@secret@@"
mosquitto_acl_template: acl.j2
""", rand_pw(16))

add("ansible/decoy-vault-references", "infra/ansible/site.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", r"""
---
- name: Factory servers (MES, broker, Odoo)
  hosts: factory
  become: true
  vars_files:
    - group_vars/factory/vault.yml
  vars:
    odoo_admin_passwd: "{{ vault_odoo_admin_passwd }}"
    postgres_password: "{{ vault_postgres_password }}"
    telegram_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/factory/telegram:token') }}"
  roles:
    - common
    - mosquitto
    - postgres
    - odoo
""")

add("ansible/smtp-password", "infra/ansible/roles/odoo/templates/mail.yml",
    "https://support.google.com/accounts/answer/185833", r"""
---
# Outgoing mail for Odoo invoices (វិក្កយបត្រ) through Google Workspace
odoo_smtp_server: smtp.gmail.com
odoo_smtp_port: 587
odoo_smtp_ssl: starttls
odoo_smtp_user: invoices@mekongnoodle.com.kh
odoo_smtp_password: "@@secret@@"
odoo_email_from: "Mekong Num Banh Chok <invoices@mekongnoodle.com.kh>"
""", gmail_app_pw())

add("shell/ssh-private-key", "deploy/bootstrap-shop-vps.sh",
    "https://man.openbsd.org/ssh-keygen", r"""
#!/bin/sh
# First boot of the shop VPS: give the deploy user the key the CI uses (ប្រើតែម្តង)
set -e
useradd -m -s /bin/bash deploy || true
install -d -m 700 -o deploy /home/deploy/.ssh
cat > /home/deploy/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/deploy/.ssh/id_ed25519
chown deploy /home/deploy/.ssh/id_ed25519
echo "done"
""", openssh_key())

add("text/decoy-authorized-keys", "deploy/authorized_keys",
    "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", r"""
# Public keys allowed on the factory servers (public keys only)
@@k1@@
@@k2@@
@@k3@@
@@k4@@
""", k1=pubkey_line("dara@sovannprak"), k2=pubkey_line("sokha@mekongnoodle"), k3=pubkey_line("ci-deploy"),
    k4=pubkey_line("vanna@laptop"))

add("yaml/gitlab-token", ".gitlab-ci.yml",
    "https://docs.gitlab.com/user/profile/personal_access_tokens/", r"""
stages: [test, mirror]

test:
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

mirror-to-factory:
  stage: mirror
  image: alpine/git
  script:
    - git push --mirror "https://oauth2:@@secret@@@git.mekongnoodle.com.kh/mes/mes.git"
  only: [main]
""", gitlab())

add("yaml/decoy-gitlab-ci-variables", "infra/.gitlab-ci.yml",
    "https://docs.gitlab.com/ci/variables/", r"""
variables:
  TF_ROOT: infra/terraform/backups
  TF_STATE_NAME: backups

plan:
  image: hashicorp/terraform:1.9
  script:
    - cd "$TF_ROOT"
    - terraform init -backend-config="password=$CI_JOB_TOKEN"
    - terraform plan -out plan.tfplan
  variables:
    AWS_ACCESS_KEY_ID: $BACKUP_AWS_KEY_ID
    AWS_SECRET_ACCESS_KEY: $BACKUP_AWS_SECRET
  artifacts:
    paths: [infra/terraform/backups/plan.tfplan]
""")

add("env/aws-secret-access-key", "backup/.env",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r"""
# nightly pg_dump -> s3://mekong-noodle-backups
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=ap-southeast-1
BACKUP_BUCKET=mekong-noodle-backups
PGHOST=10.20.0.21
PGUSER=backup
""", aws_sk(), kid=aws_id())

add("shell/postgres-password", "backup/pg_backup.sh",
    "https://www.postgresql.org/docs/current/libpq-envars.html", r"""
#!/usr/bin/env bash
# បម្រុងទុកទិន្នន័យរៀងរាល់យប់ (nightly backup) — cron 02:30
set -euo pipefail
export PGPASSWORD='@@secret@@'
STAMP=$(date +%F)
for db in mes mekong; do
  pg_dump -h 10.20.0.21 -U backup -Fc "$db" > "/var/backups/${db}-${STAMP}.dump"
  aws s3 cp "/var/backups/${db}-${STAMP}.dump" "s3://mekong-noodle-backups/${db}/"
done
find /var/backups -name '*.dump' -mtime +7 -delete
""", words_pw())

add("shell/decoy-pgpass-reference", "backup/pg_backup_v2.sh",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
#!/usr/bin/env bash
# v2: credentials from ~/.pgpass (chmod 600, provisioned by ansible), S3 from the instance role
set -euo pipefail
export PGPASSFILE="${HOME}/.pgpass"
STAMP=$(date +%F)
for db in mes mekong; do
  pg_dump -h 10.20.0.21 -U backup -Fc "$db" | aws s3 cp - "s3://mekong-noodle-backups/${db}/${db}-${STAMP}.dump"
done
echo "backup ${STAMP} ok"
""")

add("text/decoy-pgpass-example", "backup/pgpass.example",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
# hostname:port:database:username:password
# Copy to ~/.pgpass and fill in; chmod 600. ឧទាហរណ៍តែប៉ុណ្ណោះ (example only)
10.20.0.21:5432:mes:backup:<backup-password>
10.20.0.21:5432:mekong:backup:<backup-password>
localhost:5432:*:postgres:CHANGE_ME
""")


# ---------------------------------------------------------------- docs, runbooks, handover notes

add("markdown/smtp-password", "docs/handover/it-handover-2025.md",
    "https://support.google.com/a/answer/176600", r"""
# IT handover — Mekong Num Banh Chok (ការប្រគល់ការងារ IT)

Bora is leaving at the end of November; Sokha takes over. Everything below is what Sokha needs
on day one.

## Mail
- Google Workspace admin: admin@mekongnoodle.com.kh (2FA on Bora's phone — move it to Sokha's!)
- The scanners and Odoo send through the SMTP relay:
  - host `smtp-relay.gmail.com`, port 587, user `scanner@mekongnoodle.com.kh`
  - password: `@@secret@@`

## Network
- Router: MikroTik hAP at 10.20.0.1, login in the office safe (envelope "Router")
- Wi-Fi for the sensors: see the sticker on the rack

## Backups
- Nightly to S3 (see `backup/`), check the Telegram group "Line A" every morning.
""", words_pw())

add("markdown/decoy-runbook-vault-paths", "docs/runbooks/rotate-credentials.md",
    "https://developer.hashicorp.com/vault/docs/secrets/kv/kv-v2", r"""
# Rotating credentials (ការប្តូរពាក្យសម្ងាត់)

Every secret lives in Vault under `kv/factory/*` or `kv/shop/*`. Never paste a value in a ticket,
a Telegram chat or this repo.

| What | Vault path | Who rotates | How often |
|------|-----------|-------------|-----------|
| MES Postgres | `kv/factory/mes-db` | Sokha | 90 days |
| MQTT users | `kv/factory/mqtt` | Sokha | 180 days |
| ABA PayWay API key | `kv/shop/payway` | Dara | when staff leave |
| Telegram bots | `kv/factory/telegram` | Sokha | when leaked |

```bash
vault kv put kv/factory/mes-db password="$(openssl rand -base64 24)"
kubectl -n factory rollout restart deploy/mes-api
```
""")

add("markdown/aws-secret-access-key", "docs/setup/backup-bucket.md",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r"""
# Backup bucket

Created 2025-09-14 by Bora. IAM user `mekong-backup` with only `s3:PutObject`/`s3:GetObject` on
`mekong-noodle-backups`.

Keys (ដាក់ក្នុង /root/.aws/credentials លើ server):

```
aws_access_key_id     = @@kid@@
aws_secret_access_key = @@secret@@
```

Test with `aws s3 ls s3://mekong-noodle-backups/` from the MES host.
""", aws_sk(), kid=aws_id())

add("markdown/decoy-aws-example-keys", "docs/setup/aws-cli.md",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r"""
# Configuring the AWS CLI on a new laptop

Run `aws configure --profile mekong` and paste your own key when asked. The file ends up like
this (AWS's documented example values, not ours):

```ini
[mekong]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ap-southeast-1
```

ចំណាំ៖ កុំប្រើ root account។ Ask Sokha for an IAM user.
""")

add("markdown/ftp-password", "docs/export/freight-forwarder.md",
    "https://www.rfc-editor.org/rfc/rfc959", r"""
# Export documents for silver shipments (ឯកសារនាំចេញ)

Our forwarder (Angkor Freight Logistics) wants the commercial invoice, packing list and the
hallmark certificate as PDF on their FTP **before 15:00** the day before pickup.

- Host: ftp.angkorfreight.com.kh (port 21, passive mode)
- User: sovannprak
- Password: @@secret@@
- Folder: /inbound/sovannprak/YYYY-MM-DD/

If the upload fails call Mr. Rithy: 012 345 678.
""", words_pw())

add("markdown/decoy-hallmark-numbers", "docs/quality/hallmarking.md",
    "https://www.silvermarks.co.uk/", r"""
# Hallmarking and assay (ការត្រួតពិនិត្យភាពបរិសុទ្ធប្រាក់)

Each piece over 20 g is sent to the assay lab. We record the lab's certificate number and the
SHA-256 of the scanned certificate PDF so it cannot be swapped later.

| Lot | Fineness | Certificate | PDF sha256 |
|-----|----------|-------------|------------|
| KL-2510-014 | 925 | AC-2025-0918-331 | `@@h1@@` |
| KL-2510-015 | 925 | AC-2025-0918-332 | `@@h2@@` |
| KL-2511-002 | 999 | AC-2025-1103-118 | `@@h3@@` |

Fineness is parts per thousand: 925 = sterling, 999 = fine silver.
""", h1=sha256(), h2=sha256(), h3=sha256())

add("notebook/openai-api-key", "notebooks/product_descriptions.ipynb",
    "https://platform.openai.com/docs/api-reference/authentication", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Product descriptions in English and Khmer for the silver catalogue\n", "បង្កើតការពិពណ៌នាផលិតផល"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@secret@@\")\n",
    "items = pd.read_csv('catalogue.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "def describe(row):\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': f'Describe {row.name}, {row.weight_g} g sterling silver, in English and Khmer'}])\n",
    "    return r.choices[0].message.content"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("notebook/decoy-getpass", "notebooks/yield_analysis.ipynb",
    "https://docs.python.org/3/library/getpass.html", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Rice-to-noodle yield by line (ទិន្នផលអង្ករទៅនំបញ្ចុក)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd, sqlalchemy as sa\n",
    "pw = getpass.getpass('MES read-only password: ')\n",
    "eng = sa.create_engine(f'postgresql://mes_ro:{pw}@10.20.0.21/mes')\n",
    "df = pd.read_sql('select day, line, rice_kg, noodles_kg from daily_yield', eng)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.assign(yield_pct=df.noodles_kg / df.rice_kg * 100).groupby('line').yield_pct.describe()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("log/decoy-redacted-token", "logs/tg-order-bot-2025-11-20.log",
    "https://docs.python-telegram-bot.org/en/stable/", r"""
2025-11-20 07:01:12,334 INFO  bot: starting, token=7*********:AA****************************(redacted)
2025-11-20 07:01:12,901 INFO  httpx: HTTP Request: POST https://api.telegram.org/bot<redacted>/getMe "HTTP/1.1 200 OK"
2025-11-20 07:01:13,020 INFO  bot: logged in as @sovann_prak_order_bot
2025-11-20 08:14:55,417 INFO  orders: photo from chat 55123874 forwarded to -1002231847711
2025-11-20 08:20:03,002 INFO  payway: tran_id=SP-10288 status=APPROVED hash=@@h@@
2025-11-20 09:02:41,776 WARN  odoo: retry 1/3 create sale.order (timeout)
""", h=pick(ALNUM + "+/", 86) + "==")

add("log/ldap-password", "logs/odoo-ldap-debug.log",
    "https://www.odoo.com/documentation/18.0/applications/general/users/user_access.html", r"""
2025-11-18 10:41:02,118 3121 DEBUG mekong odoo.addons.auth_ldap.models.res_company_ldap: ldap connect uri=ldap://10.20.0.40:389
2025-11-18 10:41:02,119 3121 DEBUG mekong odoo.addons.auth_ldap.models.res_company_ldap: bind dn='cn=odoo-bind,ou=svc,dc=mekong,dc=local' passwd='@@secret@@'
2025-11-18 10:41:02,140 3121 INFO mekong odoo.addons.auth_ldap.models.res_company_ldap: bind ok
2025-11-18 10:41:02,141 3121 DEBUG mekong odoo.addons.auth_ldap.models.res_company_ldap: search (uid=sokha) in ou=people,dc=mekong,dc=local
2025-11-18 10:41:02,162 3121 INFO mekong odoo.addons.base.models.res_users: Login successful for db:mekong login:sokha
""", words_pw())

add("log/decoy-nginx-access", "logs/shop-access.log",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html", r"""
103.216.51.12 - - [20/Nov/2025:09:12:01 +0700] "GET /product/naga-bracelet-925 HTTP/2.0" 200 18342 "-" "Mozilla/5.0"
103.216.51.12 - - [20/Nov/2025:09:12:02 +0700] "GET /wp-content/themes/sovann/app.js?ver=@@v@@ HTTP/2.0" 200 40211 "-" "Mozilla/5.0"
36.37.140.9 - - [20/Nov/2025:09:13:44 +0700] "POST /?wc-ajax=checkout HTTP/2.0" 200 512 "-" "Mozilla/5.0"
36.37.140.9 - - [20/Nov/2025:09:13:45 +0700] "GET /checkout/order-received/10288/?key=wc_order_@@ok@@ HTTP/2.0" 200 9921 "-" "Mozilla/5.0"
66.249.66.1 - - [20/Nov/2025:09:15:10 +0700] "GET /robots.txt HTTP/1.1" 200 67 "-" "Googlebot/2.1"
""", v=hexs(8), ok=pick(ALNUM, 13))

add("python/sendgrid-api-key", "shop_mailer/send_receipt.py",
    "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication", r"""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG_KEY = "@@secret@@"


def send_receipt(to: str, order_no: str, total: str) -> None:
    msg = Mail(
        from_email="orders@sovannprak.com.kh",
        to_emails=to,
        subject=f"Sovann Prak receipt {order_no} / បង្កាន់ដៃ",
        html_content=f"<p>Thank you! Total: <b>${total}</b></p><p>អរគុណសម្រាប់ការទិញ!</p>",
    )
    SendGridAPIClient(SG_KEY).send(msg)
""", sendgrid())

add("ruby/mailgun-api-key", "etsy-bridge/config/environments/production.rb",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", r"""
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true

  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@secret@@",
    domain: "mg.klsilver.coop",
    api_host: "api.mailgun.net"
  }
  config.action_mailer.default_url_options = { host: "inventory.klsilver.coop" }
  config.log_level = :info
end
""", mailgun())

add("java/twilio-auth-token", "sms-alerts/src/main/java/kh/mekong/alerts/SmsSender.java",
    "https://www.twilio.com/docs/iam/credentials/api", r"""
package kh.mekong.alerts;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/** SMS to the shift supervisor when a boiler trips (សារ SMS ពេលឡចំហាយឈប់). */
public final class SmsSender {
    private static final String ACCOUNT_SID = "AC@@sid@@";
    private static final String AUTH_TOKEN = "@@secret@@";
    private static final String FROM = "+12025550143";

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    public static void send(String to, String text) {
        Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), text).create();
    }
}
""", hexs(32), sid=hexs(32))

add("java/decoy-env-reference", "sms-alerts/src/main/java/kh/mekong/alerts/Config.java",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/System.html#getenv-java.lang.String-", r"""
package kh.mekong.alerts;

public record Config(String twilioSid, String twilioToken, String plasgateSecret, String supervisorPhone) {

    public static Config fromEnv() {
        return new Config(
            require("TWILIO_ACCOUNT_SID"),
            require("TWILIO_AUTH_TOKEN"),
            require("PLASGATE_SECRET"),
            System.getenv().getOrDefault("SUPERVISOR_PHONE", "+85512345678"));
    }

    private static String require(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) throw new IllegalStateException(name + " is not set");
        return v;
    }
}
""")

add("properties/plasgate-secret", "sms-alerts/src/main/resources/application.properties",
    "https://docs.plasgate.com/", r"""
# SMS to Cambodian numbers goes through PlasGate (cheaper than Twilio for 012/015/097 numbers)
spring.application.name=sms-alerts
plasgate.url=https://cloudapi.plasgate.com/rest/send
plasgate.private-key=@@pk@@
plasgate.secret=@@secret@@
plasgate.sender=MEKONG
alerts.supervisor-phone=+85512345678
alerts.boiler.trip-bar=8.5
""", pick(URLSAFE, 40), pk=pick(ALNUM, 32))

add("properties/decoy-spring-placeholders", "sms-alerts/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html", r"""
# production profile: values injected by the systemd unit's EnvironmentFile
plasgate.private-key=${PLASGATE_PRIVATE_KEY}
plasgate.secret=${PLASGATE_SECRET}
twilio.account-sid=${TWILIO_ACCOUNT_SID}
twilio.auth-token=${TWILIO_AUTH_TOKEN}
spring.datasource.url=jdbc:postgresql://10.20.0.21:5432/mes
spring.datasource.username=alerts
spring.datasource.password=${MES_ALERTS_DB_PASSWORD}
""")

add("kotlin/firebase-server-key", "staff-app/app/src/main/java/kh/sovannprak/staff/Push.kt",
    "https://firebase.google.com/docs/cloud-messaging/auth-server", r"""
package kh.sovannprak.staff

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Sends "new order" pushes from the showroom tablet to the workshop phones (legacy FCM HTTP API)
// ផ្ញើការជូនដំណឹងទៅទូរស័ព្ទជាង
object Push {
    private const val SERVER_KEY = "@@secret@@"
    private val client = OkHttpClient()

    fun send(token: String, title: String) {
        val json = "{\"to\":\"$token\",\"notification\":{\"title\":\"$title\"}}"
        val req = Request.Builder().url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().close()
    }
}
""", "AAAA" + pick(URLSAFE, 7) + ":APA91b" + pick(URLSAFE, 134))

add("kotlin/decoy-build-config-field", "staff-app/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "kh.sovannprak.staff"
    compileSdk = 35
    defaultConfig {
        applicationId = "kh.sovannprak.staff"
        minSdk = 26
        versionCode = 14
        versionName = "1.4.0"
        // read from local.properties / CI env, never committed
        buildConfigField("String", "PAYWAY_MERCHANT_ID", "\"ec461208\"")
        buildConfigField("String", "API_BASE", "\"https://api.sovannprak.com.kh\"")
    }
    buildFeatures { buildConfig = true }
}
""")


# ---------------------------------------------------------------- more vendors: maps, media, social, AI

add("javascript/google-maps-server-key", "silver-shop/server/geocode.js",
    "https://developers.google.com/maps/documentation/geocoding/get-api-key", r"""
// Server-side geocoding of delivery addresses in Phnom Penh (ផ្លូវ / សង្កាត់ are often missing)
const fetch = require("node-fetch");

const GEOCODE_KEY = "@@secret@@"; // unrestricted server key, Geocoding + Distance Matrix

async function geocode(address) {
  const url = new URL("https://maps.googleapis.com/maps/api/geocode/json");
  url.searchParams.set("address", `${address}, Phnom Penh, Cambodia`);
  url.searchParams.set("key", GEOCODE_KEY);
  const res = await fetch(url);
  const body = await res.json();
  return body.results?.[0]?.geometry?.location ?? null;
}

module.exports = { geocode };
""", google_key())

add("javascript/decoy-firebase-web-config", "staff-web/src/firebase.js",
    "https://firebase.google.com/docs/projects/api-keys", r"""
// Firebase web config: these identify the project and are public by design
// (access is enforced by Security Rules and App Check)
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "sovann-staff.firebaseapp.com",
  projectId: "sovann-staff",
  storageBucket: "sovann-staff.appspot.com",
  messagingSenderId: "418820915342",
  appId: "1:418820915342:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
""", k=google_key(), app=hexs(22))

add("env/cloudinary-url", "silver-shop/.env.local",
    "https://cloudinary.com/documentation/node_integration#configuration", r"""
# product photos of the silver pieces (រូបភាពផលិតផល)
NEXT_PUBLIC_SITE_URL=https://sovannprak.com.kh
CLOUDINARY_URL=cloudinary://@@ck@@:@@secret@@@sovann-prak
NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=sovann-prak
REVALIDATE_SECONDS=600
""", pick(URLSAFE, 27), ck=str(_rng().randint(10**14, 10**15 - 1)))

add("python/cloudinary-api-secret", "catalogue/upload_photos.py",
    "https://cloudinary.com/documentation/django_integration#configuration", r"""
import pathlib

import cloudinary
import cloudinary.uploader

cloudinary.config(
    cloud_name="kl-silver-coop",
    api_key="@@ck@@",
    api_secret="@@secret@@",
    secure=True,
)

for photo in sorted(pathlib.Path("photos/2025-11").glob("*.jpg")):
    sku = photo.stem  # KLS-0412 etc.
    cloudinary.uploader.upload(str(photo), public_id=f"catalogue/{sku}", overwrite=True)
    print("uploaded", sku)
""", pick(URLSAFE, 27), ck=str(_rng().randint(10**14, 10**15 - 1)))

add("python/facebook-page-token", "social/post_new_arrivals.py",
    "https://developers.facebook.com/docs/pages-api/getting-started", r"""
# Posts the week's new silver pieces to the Facebook page (most of our customers find us there)
# បង្ហោះផលិតផលថ្មីលើ Facebook
import requests

PAGE_ID = "104882736512093"
PAGE_ACCESS_TOKEN = "@@secret@@"


def post_photo(image_url: str, caption: str) -> str:
    r = requests.post(
        f"https://graph.facebook.com/v21.0/{PAGE_ID}/photos",
        data={"url": image_url, "caption": caption, "access_token": PAGE_ACCESS_TOKEN},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["post_id"]
""", fb_token())

add("html/decoy-facebook-pixel", "silver-shop/templates/partials/pixel.html",
    "https://developers.facebook.com/docs/meta-pixel/get-started", r"""
<!-- Meta Pixel (the pixel id is public; it is in every page view) -->
<script>
!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
document,'script','https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '918273645501928');
fbq('track', 'PageView');
</script>
<!-- Google tag -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7KQ2MZ4X1B"></script>
""")

add("python/anthropic-api-key", "support/translate_reviews.py",
    "https://docs.anthropic.com/en/api/getting-started", r"""
# Translate Khmer customer reviews to English for the Etsy listing (បកប្រែមតិអតិថិជន)
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")


def translate(text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Translate this Khmer review to English:\n{text}"}],
    )
    return msg.content[0].text
""", anthropic())

add("yaml/slack-webhook", "infra/alertmanager/alertmanager.yml",
    "https://api.slack.com/messaging/webhooks", r"""
global:
  resolve_timeout: 5m

route:
  receiver: factory-slack
  group_by: [alertname, line]
  repeat_interval: 2h

receivers:
  - name: factory-slack
    slack_configs:
      - api_url: @@secret@@
        channel: "#factory-alerts"
        title: "{{ .CommonLabels.alertname }} — line {{ .CommonLabels.line }}"
        send_resolved: true
""", slack_webhook())

add("yaml/decoy-alertmanager-file-ref", "infra/alertmanager/alertmanager.shop.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r"""
route:
  receiver: shop-telegram
receivers:
  - name: shop-telegram
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_token
        chat_id: -1002231847711
        parse_mode: HTML
        message: "ហាង: {{ .CommonAnnotations.summary }}"
""")

add("python/recaptcha-secret", "silver_shop/contact/views.py",
    "https://developers.google.com/recaptcha/docs/verify", r"""
import requests
from django.http import JsonResponse

RECAPTCHA_SITE_KEY = "@@site@@"
RECAPTCHA_SECRET = "@@secret@@"


def contact(request):
    token = request.POST.get("g-recaptcha-response", "")
    check = requests.post("https://www.google.com/recaptcha/api/siteverify",
                          data={"secret": RECAPTCHA_SECRET, "response": token}, timeout=10).json()
    if not check.get("success") or check.get("score", 0) < 0.5:
        return JsonResponse({"ok": False, "error": "សូមព្យាយាមម្តងទៀត"}, status=400)
    # ... save the custom-order request
    return JsonResponse({"ok": True})
""", recaptcha(), site=recaptcha())

add("html/decoy-recaptcha-site-key", "silver_shop/templates/contact.html",
    "https://developers.google.com/recaptcha/docs/v3", r"""
{% extends "base.html" %}
{% block content %}
<h1>Custom order / កម្មង់ពិសេស</h1>
<form id="contact" method="post">
  {% csrf_token %}
  <input name="name" placeholder="ឈ្មោះ / Name">
  <textarea name="message" placeholder="Describe the piece"></textarea>
  <button class="g-recaptcha" data-sitekey="@@site@@" data-callback="onSubmit" data-action="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js"></script>
<script>function onSubmit(token) { document.getElementById("contact").submit(); }</script>
{% endblock %}
""", site=recaptcha())

add("python/django-secret-key", "silver_shop/settings/production.py",
    "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", r"""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["sovannprak.com.kh", "www.sovannprak.com.kh"]

DATABASES["default"].update({"HOST": "db-sovann-do-user-1822.k.db.ondigitalocean.com", "PORT": 25060})
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_CODE = "km"
TIME_ZONE = "Asia/Phnom_Penh"
""", django_key())

add("python/decoy-django-insecure-dev-key", "silver_shop/settings/dev.py",
    "https://docs.djangoproject.com/en/5.1/howto/deployment/checklist/#secret-key", r"""
from .base import *  # noqa

# Development only; production reads DJANGO_SECRET_KEY from the environment (see production_env.py)
DEBUG = True
SECRET_KEY = "django-insecure-dev-only-not-a-secret-sovann-local"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
INTERNAL_IPS = ["127.0.0.1"]
""")

add("python/mysql-password", "silver_shop/settings/base.py",
    "https://docs.djangoproject.com/en/5.1/ref/settings/#databases", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                  "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
                  "catalogue", "orders", "contact"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "sovann_shop",
        "USER": "doadmin",
        "PASSWORD": "@@secret@@",
        "HOST": "localhost",
        "OPTIONS": {"charset": "utf8mb4"},
    }
}
STATIC_URL = "static/"
""", "AVNS_" + pick(URLSAFE, 19))

add("rust/tuya-access-secret", "dryroom-fans/src/tuya.rs",
    "https://developer.tuya.com/en/docs/iot/authentication-method?id=Ka49gbaxjygox", r"""
//! Switch the drying-room exhaust fans through Tuya smart plugs (កង្ហារបន្ទប់សម្ងួត)
use hmac::{Hmac, Mac};
use sha2::Sha256;

const ACCESS_ID: &str = "@@aid@@";
const ACCESS_SECRET: &str = "@@secret@@";
const ENDPOINT: &str = "https://openapi.tuyaus.com";

pub fn sign(t: u64, nonce: &str, string_to_sign: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(ACCESS_SECRET.as_bytes()).unwrap();
    mac.update(format!("{ACCESS_ID}{t}{nonce}{string_to_sign}").as_bytes());
    hex::encode_upper(mac.finalize().into_bytes())
}

pub fn url(path: &str) -> String {
    format!("{ENDPOINT}{path}")
}
""", pick(string.ascii_lowercase + string.digits, 32), aid=pick(string.ascii_lowercase + string.digits, 20))

add("rust/decoy-device-ids", "dryroom-fans/src/devices.rs",
    "https://developer.tuya.com/en/docs/cloud/device-connection-service?id=Kb0b8geg6o761", r"""
//! Tuya device ids of the fan plugs (ids are not credentials; control needs the signed token)
pub struct Fan {
    pub room: u8,
    pub device_id: &'static str,
    pub mac: &'static str,
}

pub const FANS: &[Fan] = &[
    Fan { room: 1, device_id: "eb@@d1@@", mac: "d8:1f:12:4a:07:c1" },
    Fan { room: 2, device_id: "eb@@d2@@", mac: "d8:1f:12:4a:09:3e" },
    Fan { room: 3, device_id: "eb@@d3@@", mac: "d8:1f:12:4a:0b:77" },
];
""", d1=pick(string.ascii_lowercase + string.digits, 20), d2=pick(string.ascii_lowercase + string.digits, 20),
    d3=pick(string.ascii_lowercase + string.digits, 20))

add("typescript/xero-client-secret", "accounts-sync/src/xero.ts",
    "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", r"""
import { XeroClient } from "xero-node";

// Custom connection: silver coop accounts (USD + KHR ledgers)
export const xero = new XeroClient({
  clientId: "@@cid@@",
  clientSecret: "@@secret@@",
  grantType: "client_credentials",
  scopes: ["accounting.transactions", "accounting.contacts"],
});

export async function token() {
  return xero.getClientCredentialsToken();
}
""", pick(URLSAFE, 48), cid=pick(string.ascii_uppercase + string.digits, 32))

add("typescript/decoy-process-env", "accounts-sync/src/config.ts",
    "https://nodejs.org/api/process.html#processenv", r"""
import { z } from "zod";

// Everything secret comes from the environment (Doppler injects it on the server)
const Env = z.object({
  XERO_CLIENT_ID: z.string().min(32),
  XERO_CLIENT_SECRET: z.string().min(40),
  PAYWAY_API_KEY: z.string().length(40),
  KHR_PER_USD: z.coerce.number().default(4100), // អត្រាប្តូរប្រាក់
});

export const env = Env.parse(process.env);
""")

add("shell/cloudflare-api-token", "scripts/purge_cache.sh",
    "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r"""
#!/usr/bin/env bash
# Purge the shop cache after the catalogue is re-uploaded
set -euo pipefail
ZONE_ID="@@zone@@"
CF_API_TOKEN="@@secret@@"

curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}' | jq .success
""", pick(URLSAFE, 40), zone=hexs(32))

add("shell/decoy-cloudflare-zone-ids", "scripts/dns_report.sh",
    "https://developers.cloudflare.com/api/resources/dns/subresources/records/methods/list/", r"""
#!/usr/bin/env bash
# List DNS records of both domains; the token comes from `op read` (1Password CLI)
set -euo pipefail
CF_API_TOKEN="$(op read 'op://IT/cloudflare-dns-read/credential')"
declare -A ZONES=( [sovannprak.com.kh]=@@z1@@ [mekongnoodle.com.kh]=@@z2@@ )
for name in "${!ZONES[@]}"; do
  echo "== ${name}"
  curl -sS -H "Authorization: Bearer ${CF_API_TOKEN}" \
    "https://api.cloudflare.com/client/v4/zones/${ZONES[$name]}/dns_records?per_page=100" | jq -r '.result[] | "\(.type)\t\(.name)\t\(.content)"'
done
""", z1=hexs(32), z2=hexs(32))

add("python/etsy-api-key", "etsy_bridge/etsy_client.py",
    "https://developers.etsy.com/documentation/essentials/authentication", r"""
import requests

ETSY_KEYSTRING = "@@secret@@"
ETSY_SHARED_SECRET = "@@ss@@"
SHOP_ID = 38120455  # KLSilverCoop


def listings(access_token: str):
    r = requests.get(
        f"https://openapi.etsy.com/v3/application/shops/{SHOP_ID}/listings/active",
        headers={"x-api-key": f"{ETSY_KEYSTRING}:{ETSY_SHARED_SECRET}", "Authorization": f"Bearer {access_token}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["results"]
""", pick(string.ascii_lowercase + string.digits, 24), ss=pick(string.ascii_lowercase + string.digits, 10))

add("python/airtable-token", "workshop/piecework.py",
    "https://airtable.com/developers/web/guides/personal-access-tokens", r"""
# Piecework pay for the smiths: pieces finished per week from Airtable (ប្រាក់ឈ្នួលតាមផលិតផល)
from pyairtable import Api

api = Api("@@secret@@")
table = api.table("appK2mL0sV7xQ9rTe", "Pieces")


def weekly(smith: str):
    rows = table.all(formula=f"AND({{Smith}}='{smith}', IS_AFTER({{Finished}}, DATEADD(TODAY(), -7, 'days')))")
    return sum(r["fields"].get("Rate USD", 0) for r in rows)
""", "pat" + pick(ALNUM, 14) + "." + hexs(64))


# ---------------------------------------------------------------- source control, registries, identity

add("shell/github-token", "scripts/clone_all.sh",
    "https://docs.github.com/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r"""
#!/usr/bin/env bash
# Clone every repo of the org onto the new office NAS (ចម្លងទុកនៅ NAS)
set -euo pipefail
ORG=mekongnoodle
TOKEN=@@secret@@
cd /volume1/git-mirror
for repo in $(curl -s -H "Authorization: token ${TOKEN}" "https://api.github.com/orgs/${ORG}/repos?per_page=100" | jq -r '.[].name'); do
  if [ -d "${repo}.git" ]; then
    git -C "${repo}.git" fetch --prune
  else
    git clone --mirror "https://x-access-token:${TOKEN}@github.com/${ORG}/${repo}.git"
  fi
done
""", ghp())

add("ini/github-token", "workshop-pc/.gitconfig",
    "https://git-scm.com/docs/git-credential-store", r"""
[user]
	name = Dara Meas
	email = dara@sovannprak.com.kh
[core]
	autocrlf = input
[url "https://dara-meas:@@secret@@@github.com/"]
	insteadOf = https://github.com/
[init]
	defaultBranch = main
""", gh_fine())

add("yaml/decoy-dependabot", ".github/dependabot.yml",
    "https://docs.github.com/code-security/dependabot/working-with-dependabot/dependabot-options-reference", r"""
version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /silver-shop/frontend
    registries: [npm-github]
    schedule: { interval: weekly, day: monday, time: "08:00", timezone: Asia/Phnom_Penh }
  - package-ecosystem: pip
    directory: /mes
    schedule: { interval: weekly }
""")

_DO = do_token()
add("json/docker-registry-auth", "deploy/docker/config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r"""
{
  "auths": {
    "registry.digitalocean.com": {
      "auth": "@@secret_b64@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", _DO, secret_b64=b64(_DO + ":" + _DO))

add("json/google-service-account-key", "reports/credentials/sheets-writer.json",
    "https://cloud.google.com/iam/docs/keys-create-delete", r"""
{
  "type": "service_account",
  "project_id": "mekong-reports",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "sheets-writer@mekong-reports.iam.gserviceaccount.com",
  "client_id": "1048820391827746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
""", "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(pick(ALNUM + "+/", 64) for _ in range(8)) + "\\n-----END PRIVATE KEY-----\\n",
    kid=hexs(40))

add("python/decoy-google-adc", "reports/daily_sheet.py",
    "https://cloud.google.com/docs/authentication/application-default-credentials", r"""
# Writes yesterday's output per line to the owners' Google Sheet (របាយការណ៍ប្រចាំថ្ងៃ)
import google.auth
import gspread

SHEET_ID = "1Qm7cV0kXz3rT9yLpB2nW8dHsF4gJ6aE5uR1oIeTzYx"

creds, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/spreadsheets"])
gc = gspread.authorize(creds)
ws = gc.open_by_key(SHEET_ID).worksheet("Daily")


def append(day, line, kg):
    ws.append_row([str(day), line, kg], value_input_option="USER_ENTERED")
""")

add("pem/tls-private-key", "deploy/nginx/ssl/shop.sovannprak.com.kh.key",
    "https://www.rfc-editor.org/rfc/rfc7468", r"""
@@secret@@
""", pem("RSA"))

add("nginx/decoy-ssl-paths", "deploy/nginx/shop.conf",
    "https://nginx.org/en/docs/http/configuring_https_servers.html", r"""
server {
    listen 443 ssl http2;
    server_name shop.sovannprak.com.kh;

    ssl_certificate     /etc/letsencrypt/live/shop.sovannprak.com.kh/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.sovannprak.com.kh/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }
}
""")

_PW = words_pw()
add("nginx/basic-auth-password", "deploy/nginx/mes.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r"""
# MES dashboard behind nginx; nginx logs in to Grafana for the TV in the factory hall
server {
    listen 80;
    server_name tv.mekongnoodle.local;

    location / {
        proxy_pass http://10.20.0.22:3000;
        proxy_set_header Authorization "Basic @@basic@@";
        proxy_set_header Host $host;
    }
}
""", _PW, basic=b64("tv-kiosk:" + _PW))

add("ini/grafana-admin-password", "infra/grafana/grafana.ini",
    "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", r"""
[server]
http_port = 3000
domain = grafana.mekongnoodle.local

[security]
admin_user = admin
admin_password = @@secret@@
disable_gravatar = true

[auth.anonymous]
enabled = false

[smtp]
enabled = true
host = smtp-relay.gmail.com:587
from_address = grafana@mekongnoodle.com.kh
""", words_pw())

add("ini/decoy-grafana-env-expansion", "infra/grafana/grafana.shop.ini",
    "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", r"""
[server]
http_port = 3000

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}

[database]
type = postgres
host = 10.20.0.21:5432
user = grafana
password = $__vault{kv/factory/grafana:db_password}
""")

add("yaml/rabbitmq-password", "mes/config/queues.yaml",
    "https://www.rabbitmq.com/docs/uri-spec", r"""
# Work orders from Odoo to the extruder PLC bridge (បញ្ជាផលិតកម្ម)
amqp:
  url: amqps://mes:@@secret@@@10.20.0.23:5671/factory
  prefetch: 10
queues:
  work_orders: mes.work_orders
  scale_readings: mes.scale
  dryroom_readings: mes.dryroom
retry:
  max_attempts: 5
  backoff_seconds: 10
""", rand_pw(24))

add("javascript/mongodb-password", "silver-shop/server/db.js",
    "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""
// Reviews and wishlists (ការវាយតម្លៃ) in MongoDB Atlas
const { MongoClient } = require("mongodb");

const uri = "mongodb+srv://shop-app:@@secret@@@cluster0.x7kq2.mongodb.net/sovann?retryWrites=true&w=majority";
const client = new MongoClient(uri);

async function db() {
  if (!client.topology?.isConnected()) await client.connect();
  return client.db("sovann");
}

module.exports = { db };
""", rand_pw(16))

add("swift/aba-payway-api-key", "ShowroomPOS/ShowroomPOS/PayWayConfig.swift",
    "https://developer.payway.com.kh/", r"""
import Foundation

// iPad POS in the Kampong Luong showroom (ម៉ាស៊ីនគិតលុយ)
enum PayWayConfig {
    static let merchantID = "ec461208"
    static let apiKey = "@@secret@@"
    static let baseURL = URL(string: "https://checkout.payway.com.kh/api/payment-gateway/v1")!
    static let currency = "USD"
}
""", hexs(40))

add("plist/decoy-google-service-info", "ShowroomPOS/ShowroomPOS/GoogleService-Info.plist",
    "https://firebase.google.com/docs/projects/api-keys", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>418820915342</string>
	<key>BUNDLE_ID</key>
	<string>kh.sovannprak.ShowroomPOS</string>
	<key>PROJECT_ID</key>
	<string>sovann-staff</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:418820915342:ios:@@app@@</string>
</dict>
</plist>
""", k=google_key(), app=hexs(22))

add("plist/sentry-auth-token", "ShowroomPOS/fastlane/Secrets.plist",
    "https://docs.sentry.io/account/auth-tokens/", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>SentryAuthToken</key>
	<string>@@secret@@</string>
	<key>SentryOrg</key>
	<string>sovann-prak</string>
	<key>SentryProject</key>
	<string>showroom-pos</string>
</dict>
</plist>
""", "sntryu_" + hexs(64))

add("swift/decoy-sentry-dsn", "ShowroomPOS/ShowroomPOS/AppDelegate.swift",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r"""
import Sentry
import UIKit

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        // The DSN only lets the app send events; it is safe in the client (Sentry docs)
        SentrySDK.start { options in
            options.dsn = "https://@@pub@@@o4507718.ingest.sentry.io/4507720113"
            options.tracesSampleRate = 0.2
        }
        return true
    }
}
""", pub=hexs(32))

add("dart/wing-api-secret", "wing_payout/lib/src/config.dart",
    "https://www.wingbank.com.kh/en/business/wing-api/", r"""
// Payouts to the rice farmers' Wing wallets after each delivery (ទូទាត់ទៅកសិករ)
class WingConfig {
  static const baseUrl = 'https://api.wingmoney.com/v2';
  static const clientId = 'mekong_noodle_payout';
  static const clientSecret = '@@secret@@';
  static const biller = '7001842';
  static const currency = 'KHR';

  const WingConfig._();
}
""", rand_pw(32))

add("dart/decoy-dart-define", "wing_payout/lib/src/env.dart",
    "https://dart.dev/guides/environment-declarations", r"""
// Values given at build time: flutter build apk --dart-define-from-file=env/prod.json (not in git)
class Env {
  static const wingClientSecret = String.fromEnvironment('WING_CLIENT_SECRET');
  static const piPayMerchantKey = String.fromEnvironment('PIPAY_MERCHANT_KEY');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.mekongnoodle.com.kh');

  static void check() {
    assert(wingClientSecret.isNotEmpty, 'WING_CLIENT_SECRET missing');
  }
}
""")

add("json/pipay-merchant-key", "wing_payout/env/prod.json",
    "https://www.pipay.com/", r"""
{
  "API_BASE": "https://api.mekongnoodle.com.kh",
  "WING_CLIENT_ID": "mekong_noodle_payout",
  "PIPAY_MERCHANT_ID": "MNB00218",
  "PIPAY_MERCHANT_KEY": "@@secret@@",
  "SENTRY_ENV": "production"
}
""", hexs(48))

add("env/acleda-api-password", "khqr-service/.env",
    "https://www.acledabank.com.kh/kh/eng/bp_acledaxpay", r"""
# ACLEDA XPAY e-commerce for the silver coop (គណនី ACLEDA)
XPAY_URL=https://epaymentuat.acledabank.com.kh/ACLEDAXPAY
XPAY_LOGIN_ID=klsilvercoop
XPAY_PASSWORD=@@secret@@
XPAY_MERCHANT_ID=/KVBKsAGQ
XPAY_PURCHASE_TYPE=1
BAKONG_API_TOKEN_FILE=/run/secrets/bakong_token
""", words_pw())


# ---------------------------------------------------------------- factory floor devices and office IT

add("conf/wifi-password", "infra/pi-kiosk/wpa_supplicant.conf",
    "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=KH

# Raspberry Pi kiosk on the packing line (ខ្សែវេចខ្ចប់)
network={
    ssid="MEKONG-FACTORY-IOT"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", passphrase())

add("conf/decoy-wpa-placeholder", "infra/pi-kiosk/wpa_supplicant.example.conf",
    "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=KH

# Example only: generate the psk line with `wpa_passphrase SSID` on the Pi itself
network={
    ssid="YOUR-SSID"
    psk="your-wifi-passphrase-here"
    key_mgmt=WPA-PSK
}
""")

add("python/hikvision-isapi-password", "cctv/snapshot.py",
    "https://www.hikvision.com/content/dam/hikvision/en/support/download/isapi/", r"""
# Snapshot of the silver vault camera every 10 minutes, kept 7 days (ថតរូបទូដែក)
import time
from datetime import datetime

import requests
from requests.auth import HTTPDigestAuth

NVR = "http://10.30.5.2"
AUTH = HTTPDigestAuth("snapshot", "@@secret@@")

while True:
    r = requests.get(f"{NVR}/ISAPI/Streaming/channels/101/picture", auth=AUTH, timeout=15)
    if r.ok:
        with open(f"/srv/snapshots/vault-{datetime.now():%Y%m%d-%H%M}.jpg", "wb") as fh:
            fh.write(r.content)
    time.sleep(600)
""", words_pw())

add("csv/device-passwords", "docs/inventory/devices.csv",
    "https://www.cisecurity.org/controls/inventory-and-control-of-enterprise-assets", r"""
device,location,ip,mac,model,admin_user,admin_password,notes
gw,rack office,10.20.0.1,48:8f:5a:12:0c:31,MikroTik hAP ax3,itadmin,see safe,
nvr,rack office,10.20.5.2,bc:ba:c2:4e:91:0f,Hikvision DS-7608NI,admin,@@secret@@,ឧបករណ៍ថតវីដេអូ
hmi-line-a,extruder A,10.20.3.10,00:0e:c6:a1:22:7d,Weintek cMT3072,admin,,vnc only
scale,rice intake,10.20.0.30,3c:52:82:11:aa:09,Mettler IND570,,,
printer,packing,10.20.0.50,00:07:4d:9a:3c:e2,Zebra ZT230,,,no web login
""", words_pw())

add("csv/decoy-device-inventory", "docs/inventory/silver-workshop-devices.csv",
    "https://www.cisecurity.org/controls/inventory-and-control-of-enterprise-assets", r"""
device,location,ip,mac,serial,firmware_sha256
kiln-1 controller,workshop,10.30.3.11,24:0a:c4:5f:18:02,KC-2301-0148,@@f1@@
kiln-2 controller,workshop,10.30.3.12,24:0a:c4:5f:1a:9c,KC-2301-0151,@@f2@@
xrf analyzer,assay room,10.30.3.20,00:1b:63:c4:7e:10,XRF-88412,@@f3@@
safe keypad,vault,10.30.3.30,70:b3:d5:02:11:4f,SK-77-2019,@@f4@@
showroom ipad,showroom,dhcp,,DMPZ93K1Q1GC,
""", f1=sha256(), f2=sha256(), f3=sha256(), f4=sha256())

add("python/vnc-password", "hmi/screenshot_hmi.py",
    "https://github.com/sibson/vncdotool", r"""
# Screenshot the extruder HMI every shift change for the QA binder (Weintek cMT, VNC)
from vncdotool import api

HMIS = {"line-a": "10.20.3.10", "line-b": "10.20.3.11"}
VNC_PASSWORD = "@@secret@@"  # same on both panels — ពាក្យសម្ងាត់ VNC

for name, ip in HMIS.items():
    with api.connect(f"{ip}::5900", password=VNC_PASSWORD) as client:
        client.captureScreen(f"/srv/qa/hmi/{name}.png")
""", rand_pw(8))

add("yaml/snmp-community", "infra/telegraf/telegraf.conf.yml",
    "https://github.com/influxdata/telegraf/blob/master/plugins/inputs/snmp/README.md", r"""
# Telegraf (YAML rendering) — UPS and switch in the office rack
inputs:
  snmp:
    - agents: ["udp://10.20.0.2:161", "udp://10.20.0.3:161"]
      version: 2
      community: "@@secret@@"
      name: rack
      fields:
        - { name: uptime, oid: "RFC1213-MIB::sysUpTime.0" }
        - { name: ups_battery, oid: "1.3.6.1.4.1.318.1.1.1.2.2.1.0" }
outputs:
  influxdb_v2:
    - urls: ["http://10.20.0.22:8086"]
      token: "$INFLUX_TOKEN"
      organization: mekong-noodle
      bucket: rack
""", "mkg" + rand_pw(13))

add("python/decoy-plc-register-map", "mes/app/plc/registers.py",
    "https://www.modbus.org/docs/Modbus_Application_Protocol_V1_1b3.pdf", r"""
# Extruder PLC register map (Delta DVP-SE). Numbers, not secrets.
# តារាងចុះឈ្មោះ PLC
HOLDING = {
    "screw_rpm": 0x1000,
    "barrel_temp_c": 0x1002,
    "die_pressure_bar": 0x1004,
    "water_ratio_pct": 0x1006,
    "batch_id_hi": 0x1010,
    "batch_id_lo": 0x1011,
}
COILS = {"run": 0x0500, "alarm_reset": 0x0501}
UNIT_ID = 1
CRC_POLY = 0xA001
""", None)

add("conf/ldap-bind-password", "infra/nas/ldap.conf",
    "https://linux.die.net/man/5/nss_ldap", r"""
# Synology NAS -> Samba AD on files01 (ចូលដោយគណនីការិយាល័យ)
uri ldap://10.20.0.40/
base dc=mekong,dc=local
binddn cn=nas-bind,ou=svc,dc=mekong,dc=local
bindpw @@secret@@
ssl start_tls
tls_cacertfile /etc/ssl/certs/mekong-ca.pem
nss_base_passwd ou=people,dc=mekong,dc=local?one
nss_base_group ou=groups,dc=mekong,dc=local?one
""", words_pw())

add("shell/ftp-password", "scripts/upload_price_list.sh",
    "https://lftp.yar.ru/lftp-man.html", r"""
#!/bin/sh
# Daily noodle price list to the supermarket chain's supplier FTP (តារាងតម្លៃ)
DAY=$(date +%Y%m%d)
lftp -u mekong_supplier,'@@secret@@' -e "set ftp:ssl-force true; cd /incoming/prices; put /srv/exports/prices-${DAY}.csv; bye" ftp.luckysupermarket.com.kh
echo "uploaded prices-${DAY}.csv"
""", words_pw())

add("php/smtp-password", "silver-shop/wp-content/mu-plugins/smtp.php",
    "https://github.com/PHPMailer/PHPMailer#a-simple-example", r"""
<?php
// WordPress mail through Zoho Mail (order confirmations / ការបញ្ជាក់ការកម្មង់)
add_action('phpmailer_init', function (PHPMailer\PHPMailer\PHPMailer $mail) {
    $mail->isSMTP();
    $mail->Host       = 'smtp.zoho.com';
    $mail->SMTPAuth   = true;
    $mail->Port       = 465;
    $mail->SMTPSecure = 'ssl';
    $mail->Username   = 'orders@sovannprak.com.kh';
    $mail->Password   = '@@secret@@';
    $mail->setFrom('orders@sovannprak.com.kh', 'Sovann Prak Silver');
});
""", rand_pw(16))

add("python/flask-secret-key", "assay_lab/app.py",
    "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY", r"""
# Small web app where the assay room records XRF results per lot (លទ្ធផលវិភាគប្រាក់)
from flask import Flask, render_template, request, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "@@secret@@"
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:////srv/assay/assay.db"


@app.route("/lot/<lot>", methods=["GET", "POST"])
def lot(lot):
    if request.method == "POST":
        session["last_lot"] = lot
        save_result(lot, float(request.form["ag_permille"]))
    return render_template("lot.html", lot=lot, results=results_for(lot))
""", hexs(64))

add("python/decoy-secrets-token-hex", "assay_lab/make_secret.py",
    "https://docs.python.org/3/library/secrets.html#secrets.token_hex", r"""
# Run once on the assay PC to create /srv/assay/secret_key (not committed).
# បង្កើត secret key ថ្មី
import os
import secrets

path = "/srv/assay/secret_key"
if not os.path.exists(path):
    with open(path, "w") as fh:
        fh.write(secrets.token_hex(32))
    os.chmod(path, 0o600)
print("ok")
""")

add("go/jwt-signing-secret", "mes-api/internal/auth/jwt.go",
    "https://pkg.go.dev/github.com/golang-jwt/jwt/v5#example-New-Hmac", r"""
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Tablets on the line sign in with a badge number; tokens last one shift (8 h)
var signingKey = []byte("@@secret@@")

func Issue(badge string, line string) (string, error) {
	claims := jwt.MapClaims{
		"sub":  badge,
		"line": line,
		"exp":  time.Now().Add(8 * time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", rand_pw(40))

add("go/decoy-test-jwt", "mes-api/internal/auth/jwt_test.go",
    "https://pkg.go.dev/testing", r"""
package auth

import "testing"

// A token signed with the test key "test-only-key" and already expired; used to test rejection.
const expiredToken = "@@tok@@"

func TestExpiredTokenRejected(t *testing.T) {
	signingKey = []byte("test-only-key")
	if _, err := Parse(expiredToken); err == nil {
		t.Fatal("expected an error for an expired token")
	}
}
""", tok=jwt({"sub": "B-0142", "line": "A", "exp": 1700000000}))

add("python/redis-password", "mes/app/cache.py",
    "https://redis.readthedocs.io/en/stable/connections.html", r"""
import redis

# Live counters for the TV dashboard (kg per hour per line)
r = redis.Redis(host="10.20.0.24", port=6379, password="@@secret@@", db=2, decode_responses=True)


def add_kg(line: str, kg: float) -> None:
    r.incrbyfloat(f"line:{line}:kg", kg)
    r.expire(f"line:{line}:kg", 3600)
""", redis_pw())

add("python/sql-server-password", "scale_bridge/export_weights.py",
    "https://learn.microsoft.com/sql/connect/python/pyodbc/step-3-proof-of-concept-connecting-to-sql-using-pyodbc", r"""
# Copy the weighbridge tickets (SQL Server Express) into the MES Postgres every hour
import pyodbc

CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=10.20.0.30\\SQLEXPRESS;DATABASE=Weighbridge;"
    "UID=reader;PWD=@@secret@@;TrustServerCertificate=yes"
)

with pyodbc.connect(CONN) as cn:
    rows = cn.execute("SELECT TicketNo, Supplier, NetKg, WeighedAt FROM Tickets WHERE WeighedAt > DATEADD(hour,-1,GETDATE())").fetchall()
    print(len(rows), "tickets")
""", rand_pw(14, "!#"))

add("python/slack-bot-token", "reports/post_daily.py",
    "https://api.slack.com/authentication/token-types#bot", r"""
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def post(summary: str) -> None:
    client.chat_postMessage(channel="#owners", text=f":rice: Daily output / ផលិតកម្មប្រចាំថ្ងៃ\n{summary}")
""", slack_bot())

add("env/openai-api-key", "catalogue/.env",
    "https://platform.openai.com/docs/quickstart", r"""
# catalogue tools (descriptions, alt text for the photos)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
CLOUDINARY_CLOUD=kl-silver-coop
LANGS=en,km
""", openai())

add("env/decoy-env-example", "catalogue/.env.example",
    "https://12factor.net/config", r"""
# Copy to .env and fill in (ចម្លងទៅ .env ហើយបំពេញ)
OPENAI_API_KEY=sk-proj-...
OPENAI_MODEL=gpt-4o-mini
CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@kl-silver-coop
CLOUDINARY_CLOUD=kl-silver-coop
LANGS=en,km
""")

add("typescript/notion-token", "intranet/src/lib/notion.ts",
    "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", r"""
import { Client } from "@notionhq/client";

// Shift rota and SOPs (នីតិវិធីប្រតិបត្តិ) live in Notion; the intranet shows them on the TVs
export const notion = new Client({ auth: "@@secret@@" });

export const ROTA_DB = "1f3a9c22e7d84b0f9a7e5c61d2b8f014";

export async function rota() {
  const res = await notion.databases.query({ database_id: ROTA_DB, sorts: [{ property: "Date", direction: "ascending" }] });
  return res.results;
}
""", "ntn_" + pick(ALNUM, 46))

add("csharp/azure-client-secret", "ScaleBridge/Graph/MailSender.cs",
    "https://learn.microsoft.com/entra/identity-platform/quickstart-register-app#add-a-client-secret", r"""
using Azure.Identity;
using Microsoft.Graph;

namespace Mekong.ScaleBridge.Graph;

// Mails the weighbridge ticket PDF to the farmer's cooperative (Microsoft 365)
public static class MailSender
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Create() =>
        new(new ClientSecretCredential(TenantId, ClientId, ClientSecret));
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("csharp/decoy-configuration-binding", "ScaleBridge/Program.cs",
    "https://learn.microsoft.com/aspnet/core/security/key-vault-configuration", r"""
using Azure.Identity;
using Mekong.ScaleBridge;

var builder = Host.CreateApplicationBuilder(args);
// Secrets come from Azure Key Vault through the VM's managed identity
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-mekong-scale.vault.azure.net/"),
    new DefaultAzureCredential());
builder.Services.Configure<ScaleOptions>(builder.Configuration.GetSection("Scale"));
builder.Services.AddHostedService<ScaleWorker>();
builder.Build().Run();
""")


# ---------------------------------------------------------------- more carriers: split values, headers, build files

_TG = tg()
add("python/telegram-bot-token-split", "line_alerts/notify.py",
    "https://core.telegram.org/bots/api#making-requests", r"""
# Extruder stop alerts for line B (ម៉ាស៊ីនឈប់ ខ្សែ B)
import requests

# split so the old grep in the pre-commit hook would not catch it (Bora, 2024)
BOT_TOKEN = ("@@p1@@"
             "@@p2@@")
CHAT_ID = -1001720455310


def alert(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", _TG, p1=_TG[:20], p2=_TG[20:])

add("powershell/bakong-api-token", "infra/windows/check-khqr.ps1",
    "https://api-bakong.nbc.gov.kh/document", r"""
# Checks the last KHQR payment from the showroom PC (ពិនិត្យការទូទាត់ KHQR)
param([Parameter(Mandatory)][string]$Md5)

$headers = @{
    "Authorization" = "Bearer @@secret@@"
    "Content-Type"  = "application/json"
}
$body = @{ md5 = $Md5 } | ConvertTo-Json
$res = Invoke-RestMethod -Uri "https://api-bakong.nbc.gov.kh/v1/check_transaction_by_md5" -Method Post -Headers $headers -Body $body
if ($res.responseCode -eq 0) { Write-Host "PAID $($res.data.amount) $($res.data.currency)" } else { Write-Host "not paid" }
""", jwt({"data": {"id": hexs(16)}, "iat": 1762732800, "exp": 1770508800}))

add("xml/maven-repository-password", "sms-alerts/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>mekong-nexus</id>
      <username>ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>mekong-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.mekongnoodle.com.kh/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-encrypted-password", "sms-alerts/.mvn/settings-ci.xml",
    "https://maven.apache.org/guides/mini/guide-encryption.html", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>mekong-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>mekong-nexus-legacy</id>
      <username>ci</username>
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=pick(ALNUM + "+/", 43) + "=")

add("properties/gradle-signing-password", "staff-app/gradle.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# release signing (Play Store upload key)
SOVANN_UPLOAD_STORE_FILE=../keystore/upload.jks
SOVANN_UPLOAD_KEY_ALIAS=upload
SOVANN_UPLOAD_STORE_PASSWORD=@@secret@@
SOVANN_UPLOAD_KEY_PASSWORD=@@secret@@
""", words_pw())

add("json/composer-auth-token", "silver-shop/auth.json",
    "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", r"""
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "gitlab-domains": [],
    "bearer": {},
    "http-basic": {}
}
""", ghp())

add("ini/pip-index-password", "mes/pip.conf",
    "https://pip.pypa.io/en/stable/topics/configuration/", r"""
[global]
index-url = https://ci:@@secret@@@pypi.mekongnoodle.com.kh/simple/
extra-index-url = https://pypi.org/simple/
timeout = 30
trusted-host = pypi.mekongnoodle.com.kh
""", rand_pw(24))

add("ini/decoy-npmrc-env", "silver-shop/frontend/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r"""
@sovannprak:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
fund=false
""")

add("systemd/telegram-bot-token", "deploy/systemd/tg-order-bot.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r"""
[Unit]
Description=Sovann Prak Telegram order bot
After=network-online.target

[Service]
User=tgbot
WorkingDirectory=/opt/tg-order-bot
Environment=TGBOT_TOKEN=@@secret@@
Environment=TGBOT_STAFF_CHAT=-1002231847711
ExecStart=/opt/tg-order-bot/.venv/bin/python -m tg_order_bot
Restart=always

[Install]
WantedBy=multi-user.target
""", tg())

add("systemd/decoy-environment-file", "deploy/systemd/mes-api.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r"""
[Unit]
Description=MES API (noodle factory)
After=network-online.target postgresql.service

[Service]
User=mes
EnvironmentFile=/etc/mes/api.env
LoadCredential=db_password:/etc/mes/credentials/db_password
ExecStart=/opt/mes/.venv/bin/uvicorn app.main:app --host 0.0.0.0 --port 8080
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("crontab/mysql-password", "deploy/cron/shop-backup.cron",
    "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r"""
# m h dom mon dow  command   (ម៉ោង 03:15 រៀងរាល់យប់)
SHELL=/bin/bash
MAILTO=it@sovannprak.com.kh
15 3 * * * mysqldump -u backup -p'@@secret@@' --single-transaction sovann_shop | gzip > /var/backups/shop-$(date +\%F).sql.gz
45 3 * * * find /var/backups -name 'shop-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("makefile/decoy-make-variables", "Makefile",
    "https://www.gnu.org/software/make/manual/make.html#Environment", r"""
# Common tasks (ការងារទូទៅ)
REGISTRY ?= registry.digitalocean.com/sovann
TAG ?= $(shell git rev-parse --short HEAD)

.PHONY: build push deploy
build:
	docker build -t $(REGISTRY)/shop:$(TAG) .

push: build
	echo "$$DO_TOKEN" | docker login registry.digitalocean.com -u "$$DO_TOKEN" --password-stdin
	docker push $(REGISTRY)/shop:$(TAG)

deploy: push
	doctl apps create-deployment $(DO_APP_ID)
""")

add("helm/smtp-password", "deploy/helm/odoo/values-prod.yaml",
    "https://github.com/bitnami/charts/tree/main/bitnami/odoo#parameters", r"""
odooEmail: admin@mekongnoodle.com.kh
odooSkipInstall: false
loadDemoData: false

smtpHost: smtp-relay.gmail.com
smtpPort: "587"
smtpUser: invoices@mekongnoodle.com.kh
smtpPassword: "@@secret@@"
smtpProtocol: tls

persistence:
  size: 20Gi
postgresql:
  enabled: false
externalDatabase:
  host: 10.20.0.21
  existingSecret: odoo-db
""", gmail_app_pw())

_SMTP = words_pw()
add("k8s-secret/smtp-password", "deploy/k8s/mailer-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret", r"""
apiVersion: v1
kind: Secret
metadata:
  name: shop-mailer
  namespace: shop
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@p@@
""", _SMTP, u=b64("orders@sovannprak.com.kh"), p=b64(_SMTP))

add("k8s-secret/decoy-external-secret", "deploy/k8s/payway-externalsecret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payway-bridge
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: gcp-secret-manager
    kind: ClusterSecretStore
  target:
    name: payway-bridge
  data:
    - secretKey: PAYWAY_API_KEY
      remoteRef:
        key: payway-api-key
        version: latest
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/factory.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age", r"""
mqtt:
    boiler_gw: @@s1@@
    nodered: @@s2@@
telegram:
    line_a: @@s3@@
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2025-11-12T03:14:55Z"
    mac: @@mac@@
    version: 3.9.1
""", s1=sops(), s2=sops(), s3=sops(46), age=pick(string.ascii_lowercase + "023456789", 58), mac=sops(64))

add("toml/influxdb-token", "infra/telegraf/telegraf.conf",
    "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", r"""
[agent]
  interval = "10s"
  hostname = "mes-01"

[[outputs.influxdb_v2]]
  urls = ["http://10.20.0.22:8086"]
  token = "@@secret@@"
  organization = "mekong-noodle"
  bucket = "factory"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.20.0.15:1883"]
  topics = ["mekong/dry/#", "mekong/boiler/#"]
  username = "telegraf"
  password = "${MQTT_TELEGRAF_PASSWORD}"
  data_format = "json"
""", pick(URLSAFE, 86) + "==")

add("toml/decoy-cargo-config", "dryroom-fans/Cargo.toml",
    "https://doc.rust-lang.org/cargo/reference/manifest.html", r"""
[package]
name = "dryroom-fans"
version = "0.3.1"
edition = "2021"
description = "Drying-room fan control for the Mekong noodle factory"

[dependencies]
hmac = "0.12"
sha2 = "0.10"
hex = "0.4"
reqwest = { version = "0.12", features = ["json", "rustls-tls"], default-features = false }
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }
""")

add("rust/mqtt-password", "dryroom-fans/src/main.rs",
    "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", r"""
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut opts = MqttOptions::new("dryroom-fans", "10.20.0.15", 1883);
    opts.set_credentials("dryroom-fans", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut events) = AsyncClient::new(opts, 10);
    client.subscribe("mekong/dry/+", QoS::AtLeastOnce).await.unwrap();
    // ពេលសំណើមលើស 70% បើកកង្ហារ (fan on above 70% RH)
    while let Ok(ev) = events.poll().await {
        dryroom_fans::handle(&client, ev).await;
    }
}
""", rand_pw(18))


# ---------------------------------------------------------------- Khmer docs, notes, exports and the rest

add("markdown/telegram-bot-token", "docs/km/bot-setup.md",
    "https://core.telegram.org/bots/features#botfather", r"""
# ការរៀបចំ Bot Telegram សម្រាប់ខ្សែផលិតកម្ម

1. បើក BotFather ហើយបង្កើត bot ថ្មី `@mekong_line_b_bot`
2. ចម្លង token ខាងក្រោមទៅក្នុង `/etc/line-alerts/env` លើម៉ាស៊ីន MES៖

```
TELEGRAM_TOKEN=@@secret@@
```

3. បន្ថែម bot ទៅក្រុម "Mekong Num Banh Chok — Line B"
4. ដំណើរការ `systemctl restart line-alerts`

(English: the token above is the live one for line B — Sokha)
""", tg())

add("markdown/decoy-km-placeholder-guide", "docs/km/env-setup.md",
    "https://12factor.net/config", r"""
# ការកំណត់ environment variables (ឧទាហរណ៍)

ចម្លងឯកសារ `.env.example` ទៅ `.env` ហើយជំនួសតម្លៃទាំងនេះដោយតម្លៃពិតដែលអ្នកទទួលពី Sokha៖

| អថេរ | ឧទាហរណ៍ | ពន្យល់ |
|------|---------|--------|
| `TELEGRAM_TOKEN` | `123456789:YOUR_BOT_TOKEN_HERE` | token ពី BotFather |
| `PAYWAY_API_KEY` | `<payway-api-key>` | ពី ABA PayWay dashboard |
| `DATABASE_URL` | `postgresql://mes_app:PASSWORD@localhost/mes` | មូលដ្ឋានទិន្នន័យ |

កុំ commit ឯកសារ `.env` ដាច់ខាត!
""")

add("text/wifi-password", "docs/km/office-notes.txt",
    "https://www.rfc-editor.org/rfc/rfc8259", r"""
កំណត់ចំណាំការិយាល័យ — Sovann Prak Silverworks (Kampong Luong)

Wi-Fi ហាង:      SOVANN-SHOWROOM
ពាក្យសម្ងាត់:    @@secret@@
Wi-Fi ភ្ញៀវ:     SOVANN-GUEST (គ្មានពាក្យសម្ងាត់ / open, captive page)

ម៉ាស៊ីនព្រីន: 192.168.1.50
អ្នកទទួលខុសត្រូវ IT: Dara 012 888 431
""", words_pw())

add("text/decoy-km-shift-notes", "docs/km/shift-handover-template.txt",
    "https://www.iso.org/standard/62085.html", r"""
កំណត់ត្រាប្តូរវេន — ខ្សែផលិតកម្ម ___ ថ្ងៃទី ___/___/2025

អង្ករត្រាំ (kg):            ______
ម្សៅកិន (kg):               ______
នំបញ្ចុកចេញ (kg):          ______
សីតុណ្ហភាពឡចំហាយ (°C):    ______
បញ្ហា / problems:           ____________________________
លេខបាច់ / batch id:         ________-____-____-____-____________
ហត្ថលេខាប្រធានវេន:          ______
""")

add("sql/decoy-schema-password-column", "mes/migrations/0007_operator_pins.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html", r"""
-- Operators sign tablets in with a 6-digit PIN, stored hashed with pgcrypto (crypt + bf)
CREATE EXTENSION IF NOT EXISTS pgcrypto;

ALTER TABLE operators ADD COLUMN pin_hash TEXT;

CREATE OR REPLACE FUNCTION set_pin(op_id INT, pin TEXT) RETURNS VOID AS $$
  UPDATE operators SET pin_hash = crypt(pin, gen_salt('bf', 10)) WHERE id = op_id;
$$ LANGUAGE SQL;

-- check: SELECT pin_hash = crypt(:pin, pin_hash) FROM operators WHERE badge = :badge;
COMMENT ON COLUMN operators.pin_hash IS 'bcrypt of the PIN, never the PIN (លេខសម្ងាត់ត្រូវបាន hash)';
""")

add("sql/postgres-password", "mes/migrations/0009_grafana_reader.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html", r"""
-- Read-only role for the Grafana TV dashboards
CREATE ROLE grafana_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE mes TO grafana_ro;
GRANT USAGE ON SCHEMA public TO grafana_ro;
GRANT SELECT ON daily_output, dryroom_readings, boiler_readings TO grafana_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO grafana_ro;
""", rand_pw(20))

add("csv/smtp-password", "exports/mail_accounts_migration.csv",
    "https://support.google.com/a/answer/6351475", r"""
source_email,source_imap_host,source_password,target_email,status
orders@sovannprak.com.kh,imap.zoho.com,@@secret@@,orders@sovannprak.com.kh,done
dara@sovannprak.com.kh,imap.zoho.com,(user migrated himself),dara@sovannprak.com.kh,done
showroom@sovannprak.com.kh,imap.zoho.com,(reset),showroom@sovannprak.com.kh,pending
assay@sovannprak.com.kh,imap.zoho.com,(reset),assay@sovannprak.com.kh,pending
""", words_pw())

add("csv/decoy-order-export", "exports/etsy_orders_2025-10.csv",
    "https://help.etsy.com/hc/en-us/articles/360000343508", r"""
order_id,date,buyer_country,sku,item,weight_g,price_usd,transaction_id,tracking
3581120994,2025-10-02,US,KLS-0412,Naga cuff bracelet 925,38.2,164.00,4190288213,LX918230441KH
3581347718,2025-10-05,FR,KLS-0107,Lotus betel box 925,112.5,420.00,4190731188,LX918230512KH
3582013456,2025-10-11,AU,KLS-0520,Apsara earrings 925,9.8,58.00,4191920043,LX918230677KH
3582550071,2025-10-19,DE,KLS-0233,Repousse bowl 900,245.0,690.00,4192811720,LX918230803KH
""")

add("log/mqtt-password", "logs/boiler-gw-serial.log",
    "https://pubsubclient.knolleary.net/api#connect", r"""
[00:00:01.102] boot: boiler-gw v1.4.2 (esp32s3)
[00:00:01.530] wifi: connecting to MEKONG-FACTORY-IOT
[00:00:03.871] wifi: got ip 10.20.4.31
[00:00:03.902] mqtt: connect host=mqtt.mekongnoodle.local port=8883 user=boiler-gw pass=@@secret@@
[00:00:04.311] mqtt: connected (rc=0)
[00:00:06.000] modbus: boiler1 pressure=6.82 bar
[00:00:06.004] modbus: boiler2 pressure=7.10 bar
""", rand_pw(22))

add("log/decoy-ci-masked", "logs/ci-deploy-shop-1842.log",
    "https://docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow", r"""
2025-11-19T02:11:04.1128391Z ##[group]Run doctl registry login --expiry-seconds 600
2025-11-19T02:11:04.1129004Z env:
2025-11-19T02:11:04.1129311Z   DIGITALOCEAN_ACCESS_TOKEN: ***
2025-11-19T02:11:04.1129600Z ##[endgroup]
2025-11-19T02:11:05.4410021Z Logging Docker in to registry.digitalocean.com
2025-11-19T02:11:22.9013377Z sha256:@@d@@
2025-11-19T02:11:23.0100042Z Deployment @@u@@ created
""", d=sha256(), u=uuid_s())

add("go/aws-secret-access-key", "photo-archive/main.go",
    "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", r"""
package main

import (
	"context"
	"log"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Archive of the product photos (រូបថតផលិតផល) to S3 Glacier
func client(ctx context.Context) *s3.Client {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("ap-southeast-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("@@kid@@", "@@secret@@", "")))
	if err != nil {
		log.Fatal(err)
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = false; _ = aws.String("") })
}
""", aws_sk(), kid=aws_id())

add("php/aba-payway-api-key", "silver-shop/wp-content/plugins/payway-gateway/includes/config.php",
    "https://developer.payway.com.kh/", r"""
<?php
// ABA PayWay gateway for WooCommerce — ការកំណត់
defined('ABSPATH') || exit;

const PAYWAY_MERCHANT_ID = 'ec461208';
const PAYWAY_API_KEY     = '@@secret@@';
const PAYWAY_API_URL     = 'https://checkout.payway.com.kh/api/payment-gateway/v1/payments/purchase';

function payway_hash(string $raw): string {
    return base64_encode(hash_hmac('sha512', $raw, PAYWAY_API_KEY, true));
}
""", hexs(40))

add("ruby/shopify-access-token", "shopify-sync/lib/sync.rb",
    "https://shopify.dev/docs/api/admin-rest#authentication", r"""
require "shopify_api"

# Pushes stock counts from the coop's workshop sheet to Shopify (ចំនួនស្តុក)
ShopifyAPI::Context.setup(api_key: "kl-silver-inventory", api_secret_key: ENV.fetch("SHOPIFY_API_SECRET"),
                          host: "https://inventory.klsilver.coop", scope: "write_inventory",
                          is_embedded: false, api_version: "2025-07", is_private: true)
session = ShopifyAPI::Auth::Session.new(shop: "kl-silver-coop.myshopify.com", access_token: "@@secret@@")

client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
ARGF.each_line do |line|
  item_id, qty = line.split(",")
  client.post(path: "inventory_levels/set", body: { location_id: 71829371023, inventory_item_id: item_id.to_i, available: qty.to_i })
end
""", shopify())

add("properties/mysql-password", "legacy-pos/src/main/resources/db.properties",
    "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html", r"""
# Old showroom POS (Swing app, 2019) — still used on the back-office PC
db.driver=com.mysql.cj.jdbc.Driver
db.url=jdbc:mysql://192.168.1.10:3306/pos?useUnicode=true&characterEncoding=UTF-8
db.user=pos
db.password=@@secret@@
receipt.header=ហាងគ្រឿងប្រាក់ សុវណ្ណប្រាក់
receipt.currency=USD,KHR
""", words_pw())

add("terraform/cloudflare-api-token", "infra/terraform/dns/providers.tf",
    "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", r"""
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.40" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "@@z@@"
  name    = "shop"
  content = "159.89.201.14"
  type    = "A"
  proxied = true
}
""", pick(URLSAFE, 40), z=hexs(32))

add("github-actions/telegram-bot-token", ".github/workflows/notify.yml",
    "https://github.com/appleboy/telegram-action", r"""
name: notify
on:
  workflow_run:
    workflows: ["deploy MES"]
    types: [completed]

jobs:
  telegram:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/telegram-action@v1.0.1
        with:
          to: "-1001884402917"
          token: "@@secret@@"
          message: |
            MES deploy ${{ github.event.workflow_run.conclusion }} — ${{ github.event.workflow_run.head_branch }}
            ការដាក់ពង្រាយ MES
""", tg())

add("python/decoy-token-regex", "tools/precommit/check_tokens.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot", r"""
# Our own small pre-commit check (runs besides the real scanner)
import re
import sys

PATTERNS = {
    "telegram": re.compile(r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b"),
    "payway": re.compile(r"PAYWAY_API_KEY\s*=\s*['\"]?[0-9a-f]{40}"),
    "aws": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
}

bad = [(p, name) for p in sys.argv[1:] for name, rx in PATTERNS.items() if rx.search(open(p, encoding="utf-8", errors="ignore").read())]
for path, name in bad:
    print(f"{path}: looks like a {name} secret")
sys.exit(1 if bad else 0)
""")

add("python/decoy-test-fixture-passwords", "mes/tests/test_login.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html", r"""
import pytest

from app.auth import hash_pin, verify_pin


@pytest.fixture
def operator(db):
    # throwaway PIN for the in-memory test database only
    return db.add_operator(badge="TEST-001", name="Test Operator", pin_hash=hash_pin("000000"))


def test_right_pin(operator):
    assert verify_pin(operator, "000000")


def test_wrong_pin(operator):
    assert not verify_pin(operator, "123456")
""")

add("json/decoy-package-lock-integrity", "silver-shop/frontend/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""
{
  "name": "sovann-shop-frontend",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.8.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.8.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.13",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.13.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=pick(ALNUM + "+/", 86), i2=pick(ALNUM + "+/", 86))

add("markdown/decoy-changelog-shas", "CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/", r"""
# Changelog

## 2.3.0 — 2025-11-14
- KHQR payments on the showroom iPad (@@c1@@)
- Khmer product descriptions (ការពិពណ៌នាជាភាសាខ្មែរ) (@@c2@@)

## 2.2.1 — 2025-10-30
- Fix PayWay return URL after checkout (@@c3@@)
- Rotate the Telegram bot token after the staff change (no token in this repo any more)

## 2.2.0 — 2025-10-02
- Etsy order import (@@c4@@)
""", c1=git_sha()[:12], c2=git_sha()[:12], c3=git_sha(), c4=git_sha())


# ---------------------------------------------------------------- last group

add("yaml/stripe-restricted-key", "etsy-bridge/config/stripe.yml",
    "https://docs.stripe.com/keys#create-restricted-api-secret-key", r"""
# Restricted key for the refund job only (refunds: write, charges: read)
production:
  refund_job:
    api_key: @@secret@@
    max_refund_usd: 700
    notify_chat: -1002231847711
development:
  refund_job:
    api_key: <%= ENV["STRIPE_TEST_RESTRICTED_KEY"] %>
""", stripe("rk_live_"))

_EC = pem("EC")
add("ansible/ec-private-key", "infra/ansible/roles/mosquitto/files/server.key.yml",
    "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", r"""
---
# broker TLS key, copied by the mosquitto role (TODO: move into vault.yml)
mosquitto_tls_key: |
  @@k@@
mosquitto_tls_cert_path: /mosquitto/certs/server.crt
""", _EC, k=_EC.replace("\n", "\n  "))

add("markdown/ssh-private-key", "docs/handover/nas-access.md",
    "https://man.openbsd.org/ssh-keygen", r"""
# NAS access (ការចូលប្រើ NAS)

The NAS only allows key login. Bora's key for the `backup` user, until Sokha makes his own:

```
@@secret@@
```

Save it as `~/.ssh/nas_backup`, `chmod 600`, then `ssh -i ~/.ssh/nas_backup backup@10.20.0.60`.
""", openssh_key())

add("powershell/aws-secret-access-key", "infra/windows/upload-scans.ps1",
    "https://docs.aws.amazon.com/powershell/latest/userguide/specifying-your-aws-credentials.html", r"""
# Upload the scanned delivery notes (លិខិតដឹកជញ្ជូន) from the office scanner folder to S3
Import-Module AWS.Tools.S3
Set-AWSCredential -AccessKey "@@kid@@" -SecretKey "@@secret@@" -StoreAs "mekong-scans"
Set-DefaultAWSRegion -Region ap-southeast-1

Get-ChildItem "D:\Scans\*.pdf" | ForEach-Object {
    Write-S3Object -BucketName "mekong-noodle-scans" -File $_.FullName -Key ("delivery/" + $_.Name) -ProfileName "mekong-scans"
    Move-Item $_.FullName "D:\Scans\uploaded\"
}
""", aws_sk(), kid=aws_id())

add("compose/mailgun-api-key", "shop_mailer/docker-compose.yml",
    "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/", r"""
services:
  mailer:
    image: ghcr.io/sovannprak/shop-mailer:2.1
    restart: unless-stopped
    environment:
      MAIL_PROVIDER: mailgun
      MAILGUN_DOMAIN: mg.sovannprak.com.kh
      MAILGUN_API_KEY: "@@secret@@"
      MAIL_FROM: "Sovann Prak <orders@sovannprak.com.kh>"
    ports:
      - "127.0.0.1:8025:8025"
""", mailgun())

add("typescript/twilio-api-key-secret", "intranet/src/lib/sms.ts",
    "https://www.twilio.com/docs/iam/api-keys", r"""
import twilio from "twilio";

// SMS to the farmers when the intake price changes (តម្លៃទិញអង្ករ)
const client = twilio("SK@@sk@@", "@@secret@@", {
  accountSid: "AC@@ac@@",
});

export async function priceSms(to: string, usdPerKg: number) {
  return client.messages.create({ to, from: "+12025550143", body: `Mekong: rice ${usdPerKg.toFixed(2)} USD/kg` });
}
""", pick(ALNUM, 32), sk=hexs(32), ac=hexs(32))

add("shell/odoo-api-key", "scripts/stock_report.sh",
    "https://www.odoo.com/documentation/18.0/developer/reference/external_api.html#api-keys", r"""
#!/usr/bin/env bash
# Rice and flour stock from Odoo as CSV for the owners (ស្តុកអង្ករ និងម្សៅ)
set -euo pipefail
ODOO=https://erp.mekongnoodle.com.kh
API_KEY=@@secret@@
curl -s "$ODOO/jsonrpc" -H 'Content-Type: application/json' -d @- <<JSON | jq -r '.result[] | [.name, .qty_available] | @csv'
{"jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw",
 "args":["mekong",7,"$API_KEY","product.product","search_read",[[["categ_id.name","in",["Rice","Flour"]]]],{"fields":["name","qty_available"]}]}}
JSON
""", hexs(40))

add("jenkins/docker-registry-password", "Jenkinsfile",
    "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", r"""
pipeline {
    agent { label 'factory' }
    environment {
        REGISTRY = 'nexus.mekongnoodle.com.kh:5000'
    }
    stages {
        stage('Build') {
            steps { sh 'docker build -t $REGISTRY/mes-api:$BUILD_NUMBER .' }
        }
        stage('Push') {
            steps {
                sh 'docker login $REGISTRY -u jenkins -p "@@secret@@"'
                sh 'docker push $REGISTRY/mes-api:$BUILD_NUMBER'
            }
        }
    }
}
""", rand_pw(20))

add("jenkins/decoy-credentials-binding", "mes-api/Jenkinsfile",
    "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", r"""
pipeline {
    agent { label 'factory' }
    stages {
        stage('Push') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-jenkins', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {
                    sh 'echo "$NX_PASS" | docker login nexus.mekongnoodle.com.kh:5000 -u "$NX_USER" --password-stdin'
                    sh 'docker push nexus.mekongnoodle.com.kh:5000/mes-api:$BUILD_NUMBER'
                }
            }
        }
    }
}
""")

add("python/bakong-api-token", "khqr_service/poll.py",
    "https://api-bakong.nbc.gov.kh/document", r"""
# Poll Bakong for the showroom's pending KHQR payments every 5 s (រង់ចាំការទូទាត់)
import time

import requests

BAKONG = "https://api-bakong.nbc.gov.kh/v1"
HEADERS = {"Authorization": "Bearer @@secret@@"}


def paid(md5: str) -> bool:
    r = requests.post(f"{BAKONG}/check_transaction_by_md5", json={"md5": md5}, headers=HEADERS, timeout=10)
    return r.ok and r.json().get("responseCode") == 0


def wait(md5: str, timeout: int = 300) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        if paid(md5):
            return True
        time.sleep(5)
    return False
""", jwt({"data": {"id": hexs(16)}, "iat": 1761955200, "exp": 1769731200}))

add("env/wing-api-secret", "wing_payout/.env",
    "https://www.wingbank.com.kh/en/business/wing-api/", r"""
# Wing payouts to farmers (ការទូទាត់ទៅកសិករ)
WING_BASE_URL=https://api.wingmoney.com/v2
WING_CLIENT_ID=mekong_noodle_payout
WING_CLIENT_SECRET=@@secret@@
WING_BILLER=7001842
PAYOUT_CURRENCY=KHR
""", rand_pw(32))

add("python/slack-webhook", "reports/weekly_silver_price.py",
    "https://api.slack.com/messaging/webhooks", r"""
# Weekly silver spot price vs. our buying price (តម្លៃប្រាក់ក្នុងទីផ្សារ) -> #owners
import requests

WEBHOOK = "@@secret@@"


def post(spot_usd_oz: float, our_usd_g: float) -> None:
    text = f"Silver spot {spot_usd_oz:.2f} USD/oz — we pay {our_usd_g:.2f} USD/g for scrap"
    requests.post(WEBHOOK, json={"text": text}, timeout=10)
""", slack_webhook())

add("terraform/decoy-secrets-manager-arn", "infra/terraform/backups/secrets.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", r"""
data "aws_secretsmanager_secret_version" "mes_db" {
  secret_id = "arn:aws:secretsmanager:ap-southeast-1:381920447120:secret:factory/mes-db-Xk3q9P"
}

locals {
  mes_db = jsondecode(data.aws_secretsmanager_secret_version.mes_db.secret_string)
}

output "mes_db_host" {
  value = local.mes_db["host"]
}
""")

add("k8s/decoy-configmap", "deploy/k8s/mes-configmap.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: mes-config
  namespace: factory
data:
  MQTT_HOST: "10.20.0.15"
  MQTT_PORT: "8883"
  SOAK_HOURS_LINE_A: "14"
  SOAK_HOURS_LINE_B: "16"
  DRYROOM_RH_MAX: "70"
  TZ: "Asia/Phnom_Penh"
  BUILD_SHA: "@@sha@@"
""", sha=git_sha())

add("json/decoy-azure-keyvault-reference", "ScaleBridge/appsettings.json",
    "https://learn.microsoft.com/azure/app-service/app-service-key-vault-references", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Weighbridge": "@Microsoft.KeyVault(SecretUri=https://kv-mekong-scale.vault.azure.net/secrets/weighbridge-conn/)"
  },
  "Graph": {
    "TenantId": "@@t@@",
    "ClientId": "@@c@@",
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-mekong-scale;SecretName=graph-client-secret)"
  }
}
""", t=uuid_s(), c=uuid_s())

add("pem/decoy-certificate", "deploy/mosquitto/certs/ca.crt",
    "https://www.rfc-editor.org/rfc/rfc7468#section-5", r"""
-----BEGIN CERTIFICATE-----
@@body@@
-----END CERTIFICATE-----
""", body="\n".join(pick(ALNUM + "+/", 64) for _ in range(10)))

add("json/decoy-exchange-rates", "khqr-service/config/rates.json",
    "https://www.nbc.gov.kh/english/economic_research/exchange_rate.php", r"""
{
  "source": "National Bank of Cambodia official rate",
  "date": "2025-11-20",
  "base": "USD",
  "rates": { "KHR": 4012, "THB": 32.41, "VND": 26310 },
  "silver_usd_per_gram": 1.05,
  "checksum_sha256": "@@h@@"
}
""", h=sha256())

add("vault/decoy-vault-agent", "infra/vault/agent.hcl",
    "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", r"""
auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role_id"
      secret_id_file_path = "/etc/vault/secret_id"
    }
  }
}

template {
  source      = "/etc/vault/templates/mes.env.tpl"
  destination = "/etc/mes/api.env"
  perms       = "0600"
}
""")

