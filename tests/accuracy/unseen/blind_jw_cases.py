"""Blind set JW: temple bronze foundries and silk saree weavers in Tamil Nadu.

Swamimalai and Kumbakonam lost-wax bronze workshops, Kanchipuram and Arani silk weaving societies,
their web shops, payment and shipping vendors, loom and kiln devices, ERP and accounts, CI and
infrastructure, notes and runbooks partly in Tamil, and their decoys.
Generated fakes only (seeds 5020000-5029999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 5020000, 5029999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Nataraja", "Kaveri", "Murugan", "Thenkasi", "Mayil", "Tamarai", "Kuthu", "Vilakku", "Pattu", "Jari",
         "Thari", "Korvai", "Arani", "Malligai", "Sembu", "Velli", "Thanjai", "Ganga", "Kolam", "Meenakshi"]
LOWER = ["bronze", "loom", "zari", "wax", "kiln", "mango", "peacock", "temple", "border", "pallu",
         "shuttle", "crucible", "lotus", "jasmine", "anvil", "indigo"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def lower_digits(n: int) -> str:
    return fakes.drawn(_seed(), n, string.ascii_lowercase + string.digits)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def razorpay_id(mode: str = "live") -> str:
    return f"rzp_{mode}_" + fakes.drawn_mixed(_seed(), 14)


def razorpay_secret() -> str:
    return fakes.drawn_mixed(_seed(), 24)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def whatsapp_token() -> str:
    return "EAAG" + fakes.drawn_mixed(_seed(), 180)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sha256ish() -> str:
    return hexs(64)


def ssh_ed25519_pem() -> str:
    return fakes.fake_pem(_seed(), "OPENSSH")


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
    CASES.append(LabelledCase(f"blind-jw/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- web shops and payments

add("env/razorpay-key-secret", "kanchi-pattu-shop/.env", "https://razorpay.com/docs/api/authentication/", """
# Kanchi Pattu Maaligai - web shop (production)
APP_ENV=production
APP_URL=https://kanchipattu.example.in
DB_HOST=127.0.0.1
DB_DATABASE=pattu_shop
RAZORPAY_KEY_ID=@@kid@@
RAZORPAY_KEY_SECRET=@@secret@@
# ஜரி விலை தினமும் காலை 9 மணிக்கு புதுப்பிக்கப்படும்
ZARI_RATE_SOURCE=manual
""", razorpay_secret(), kid=razorpay_id())

add("python/razorpay-key-secret", "swamimalai_bronze/payments/razorpay_client.py", "https://github.com/razorpay/razorpay-python", """
\"\"\"Payments for commissioned icons (Nataraja, Somaskanda, Ganesha) - advance and balance.\"\"\"
import razorpay

# TODO: move to settings before the Chennai expo
client = razorpay.Client(auth=("@@kid@@", "@@secret@@"))
client.set_app_details({"title": "Swamimalai Bronze Works", "version": "1.4"})


def advance_order(icon_id: str, amount_rupees: int):
    # 40% முன்பணம் (advance) before the wax model is made
    return client.order.create({
        "amount": amount_rupees * 100,
        "currency": "INR",
        "receipt": f"icon-{icon_id}",
        "notes": {"stage": "wax-model"},
    })
""", razorpay_secret(), kid=razorpay_id())

add("env/decoy-razorpay-test-placeholder", "kanchi-pattu-shop/.env.example", "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/", """
# Copy to .env and fill in from the Razorpay dashboard (Settings > API Keys)
APP_ENV=local
APP_URL=http://localhost:8000
RAZORPAY_KEY_ID=rzp_test_XXXXXXXXXXXXXX
RAZORPAY_KEY_SECRET=
# Test cards: https://razorpay.com/docs/payments/payments/test-card-details/
""")

add("typescript/decoy-razorpay-public-key-id", "arani-silks-web/src/checkout/razorpay.ts", "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/", """
// Checkout on the storefront: only the key id goes to the browser, the secret stays on the server.
declare const Razorpay: any;

export function openCheckout(orderId: string, amountPaise: number, customer: { name: string; phone: string }) {
  const rzp = new Razorpay({
    key: import.meta.env.VITE_RAZORPAY_KEY_ID,
    amount: amountPaise,
    currency: "INR",
    name: "Arani Pattu Nesavalar Sangam",
    description: "Silk saree order",
    order_id: orderId,
    prefill: { name: customer.name, contact: customer.phone },
    theme: { color: "#8b1a1a" },
  });
  rzp.open();
}
""")

add("php/razorpay-webhook-secret", "kanchi-pattu-shop/app/Http/Controllers/RazorpayWebhookController.php", "https://razorpay.com/docs/webhooks/validate-test/", """
<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Razorpay\\Api\\Api;

class RazorpayWebhookController extends Controller
{
    private const WEBHOOK_SECRET = '@@secret@@';

    public function handle(Request $request)
    {
        $api = new Api(config('services.razorpay.key'), config('services.razorpay.secret'));
        $api->utility->verifyWebhookSignature(
            $request->getContent(),
            $request->header('X-Razorpay-Signature'),
            self::WEBHOOK_SECRET
        );
        // payment.captured -> mark saree order paid, notify weaver
        return response()->json(['ok' => true]);
    }
}
""", words_pw())

add("yaml/stripe-secret-key", "bronze-export/config/payments.yml", "https://stripe.com/docs/keys", """
# Export orders (USD/EUR) from temple trusts abroad go through Stripe; domestic through Razorpay.
stripe:
  mode: live
  secret_key: @@secret@@
  publishable_key: @@pk@@
  currency_default: usd
razorpay:
  key_id: ${RAZORPAY_KEY_ID}
  key_secret: ${RAZORPAY_KEY_SECRET}
shipping:
  crate_vendor: "Kumbakonam Wood Crates"
""", stripe_key(), pk=stripe_key("pk_live_"))

add("javascript/decoy-stripe-publishable-key", "bronze-export/web/static/js/pay.js", "https://stripe.com/docs/js/initializing", """
// Stripe.js: the publishable key is meant to be public.
const stripe = Stripe('@@pk@@');
const elements = stripe.elements({ locale: 'en' });
const card = elements.create('card');
card.mount('#card-element');

document.querySelector('#pay').addEventListener('click', async () => {
  const { clientSecret } = await fetch('/api/intent', { method: 'POST' }).then(r => r.json());
  await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
});
""", pk=stripe_key("pk_live_"))

add("ruby/stripe-restricted-key", "bronze-export/lib/tasks/payout_report.rake", "https://stripe.com/docs/keys#limit-access", """
# Monthly payout report for the accountant (read-only restricted key)
require "stripe"
require "csv"

namespace :reports do
  task payouts: :environment do
    Stripe.api_key = "@@secret@@"
    CSV.open("tmp/payouts.csv", "w") do |csv|
      csv << %w[id amount arrival_date status]
      Stripe::Payout.list(limit: 100).auto_paging_each do |p|
        csv << [p.id, p.amount / 100.0, Time.at(p.arrival_date).to_date, p.status]
      end
    end
  end
end
""", stripe_key("rk_live_"))

add("json/shopify-admin-token", "kanchi-pattu-shop/sync/shopify.config.json", "https://shopify.dev/docs/apps/auth/admin-app-access-tokens", """
{
  "store": "kanchi-pattu-maaligai.myshopify.com",
  "api_version": "2024-01",
  "admin_access_token": "@@secret@@",
  "sync": {
    "collections": ["korvai", "pure-zari", "soft-silk", "wedding"],
    "price_field": "compare_at_price",
    "tamil_titles": true
  },
  "schedule": "*/30 * * * *"
}
""", shopify_token())

add("python/decoy-shopify-token-from-env", "kanchi-pattu-shop/sync/shopify_sync.py", "https://shopify.dev/docs/api/admin-rest", """
import os

import requests

SHOP = os.environ.get("SHOPIFY_STORE", "kanchi-pattu-maaligai.myshopify.com")
TOKEN = os.environ["SHOPIFY_ADMIN_TOKEN"]
API = f"https://{SHOP}/admin/api/2024-01"


def products(collection_id: int):
    r = requests.get(f"{API}/collections/{collection_id}/products.json",
                     headers={"X-Shopify-Access-Token": TOKEN}, timeout=30)
    r.raise_for_status()
    return r.json()["products"]
""")

add("shell/payu-merchant-salt", "arani-silks-web/scripts/payu_refund.sh", "https://docs.payu.in/docs/generate-hash-merchant-hosted", """
#!/usr/bin/env bash
# Refund a cancelled saree order through PayU (விற்பனை ரத்து)
set -euo pipefail
KEY="gtKFFx"
SALT="@@secret@@"
MIHPAYID="$1"
AMOUNT="$2"
TOKEN="refund-$(date +%s)"
HASH=$(printf '%s|cancel_refund_transaction|%s|%s' "$KEY" "$MIHPAYID" "$SALT" | sha512sum | cut -d' ' -f1)
curl -s -X POST https://info.payu.in/merchant/postservice.php?form=2 \\
  -d "key=$KEY&command=cancel_refund_transaction&var1=$MIHPAYID&var2=$TOKEN&var3=$AMOUNT&hash=$HASH"
""", alnum(32))

add("java/cashfree-secret", "pattu-coop-erp/src/main/java/in/pattucoop/pay/CashfreeConfig.java", "https://docs.cashfree.com/reference/pg-new-apis-endpoint", """
package in.pattucoop.pay;

import com.cashfree.pg.Cashfree;

public final class CashfreeConfig {
    private CashfreeConfig() {}

    public static void init() {
        Cashfree.XClientId = "@@cid@@";
        Cashfree.XClientSecret = "@@secret@@";
        Cashfree.XEnvironment = Cashfree.PRODUCTION;
        // weaver wage settlements go out every Saturday (சனிக்கிழமை கூலி)
    }
}
""", "cfsk_ma_prod_" + hexs(32) + "_" + hexs(8), cid=str(_rng().randint(10**17, 10**18)) + hexs(8))

add("properties/decoy-cashfree-env-reference", "pattu-coop-erp/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", """
spring.datasource.url=jdbc:postgresql://db.internal:5432/pattucoop
spring.datasource.username=pattucoop_app
spring.datasource.password=${PATTUCOOP_DB_PASSWORD}
cashfree.client-id=${CASHFREE_CLIENT_ID}
cashfree.client-secret=${CASHFREE_CLIENT_SECRET}
cashfree.environment=PRODUCTION
coop.wage.settlement-day=SATURDAY
""")

add("csharp/paytm-merchant-key", "TempleBronze.Billing/Payments/PaytmSettings.cs", "https://developer.paytm.com/docs/checksum/", """
namespace TempleBronze.Billing.Payments
{
    public static class PaytmSettings
    {
        public const string Mid = "SWAMIB" + "48213076552190";
        public const string MerchantKey = "@@secret@@";
        public const string Website = "DEFAULT";
        public const string Industry = "Retail";
        public const string CallbackUrl = "https://swamimalaibronze.example.in/paytm/callback";
    }
}
""", fakes.drawn(_seed(), 16, ALNUM + "#@&%_"))

add("go/phonepe-salt-key", "sareeorders/internal/phonepe/client.go", "https://developer.phonepe.com/v1/reference/pay-api", """
package phonepe

import (
	"crypto/sha256"
	"encoding/hex"
)

const (
	merchantID = "KANCHIPATTUONLINE"
	saltKey    = "@@secret@@"
	saltIndex  = "1"
)

// XVerify builds the X-VERIFY header: sha256(base64Payload + path + saltKey) + "###" + saltIndex.
func XVerify(payload, path string) string {
	sum := sha256.Sum256([]byte(payload + path + saltKey))
	return hex.EncodeToString(sum[:]) + "###" + saltIndex
}
""", uuid_s())

add("markdown/decoy-payment-test-credentials", "docs/payments/testing.md", "https://razorpay.com/docs/payments/payments/test-card-details/", """
# Testing payments (பணம் செலுத்துதல் சோதனை)

Use test mode only. Keys live in the team vault under `shop/razorpay/test`.

| Gateway  | Test card            | CVV | OTP    |
|----------|----------------------|-----|--------|
| Razorpay | 4111 1111 1111 1111  | 123 | 1234   |
| Stripe   | 4242 4242 4242 4242  | any | -      |
| PayU     | 5123 4567 8901 2346  | 123 | 123456 |

UPI success id: `success@razorpay`; failure: `failure@razorpay`.
Never paste live keys in this file.
""")

# ---------------------------------------------------------------- shipping and messaging

add("env/shiprocket-password", "arani-silks-web/deploy/shipping.env", "https://apidocs.shiprocket.in/#authentication", """
# Shiprocket API user (created under Settings > API) - saree parcels
SHIPROCKET_EMAIL=api.dispatch@aranisilks.example.in
SHIPROCKET_PASSWORD=@@secret@@
SHIPROCKET_PICKUP_LOCATION=Arani-Godown
DEFAULT_PACKAGE_WEIGHT_KG=0.8
DEFAULT_DIMENSIONS=35x28x6
""", words_pw())

add("python/delhivery-api-token", "swamimalai_bronze/shipping/delhivery.py", "https://one.delhivery.com/developer-portal/documents", """
import requests

# Heavy bronze crates (Nataraja 3ft ~ 60kg) go by Delhivery B2B surface
DELHIVERY_URL = "https://track.delhivery.com/api/cmu/create.json"
HEADERS = {
    "Authorization": "Token @@secret@@",
    "Content-Type": "application/json",
}


def create_shipment(payload: dict) -> dict:
    data = "format=json&data=" + requests.utils.quote(str(payload))
    resp = requests.post(DELHIVERY_URL, data=data, headers=HEADERS, timeout=60)
    resp.raise_for_status()
    return resp.json()
""", hexs(40))

add("json/decoy-awb-tracking-ids", "arani-silks-web/fixtures/shipments.json", "https://apidocs.shiprocket.in/#tracking", """
[
  {"order": "AS-24-0913", "awb": "19041424751540", "courier": "Delhivery Surface", "status": "DELIVERED"},
  {"order": "AS-24-0914", "awb": "77215093418", "courier": "Blue Dart", "status": "IN TRANSIT"},
  {"order": "AS-24-0915", "awb": "SF1843309921TN", "courier": "Shadowfax", "status": "RTO"},
  {"order": "AS-24-0916", "awb": "1490573220813", "courier": "Xpressbees", "status": "PICKED UP"},
  {"order": "AS-24-0917", "awb": "EZ552017384IN", "courier": "India Post", "status": "BOOKED"}
]
""")

add("yaml/msg91-authkey", "pattu-coop-erp/config/sms.yaml", "https://docs.msg91.com/reference/send-sms", """
# Weaver wage and loom-order SMS (Tamil DLT templates)
sms:
  provider: msg91
  authkey: "@@secret@@"
  sender_id: PATUCP
  route: 4
  templates:
    wage_credited: "1207168712345678901"   # DLT template id
    warp_ready: "1207168712345678902"
  language: ta
""", str(_rng().randint(100000, 999999)) + alnum(18))

add("kotlin/whatsapp-cloud-token", "weaver-app/app/src/main/java/in/kanchiweave/notify/WhatsAppNotifier.kt", "https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages", """
package `in`.kanchiweave.notify

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object WhatsAppNotifier {
    private const val PHONE_NUMBER_ID = "104829371650283"
    private const val ACCESS_TOKEN = "@@secret@@"
    private val http = OkHttpClient()

    fun sendTemplate(to: String, template: String) {
        val body = \"\"\"{"messaging_product":"whatsapp","to":"$to","type":"template",
            "template":{"name":"$template","language":{"code":"ta"}}}\"\"\".toRequestBody("application/json".toMediaType())
        val req = Request.Builder()
            .url("https://graph.facebook.com/v18.0/$PHONE_NUMBER_ID/messages")
            .header("Authorization", "Bearer $ACCESS_TOKEN")
            .post(body).build()
        http.newCall(req).execute().close()
    }
}
""", whatsapp_token())

add("shell/twilio-auth-token", "ops/scripts/kiln_alert_sms.sh", "https://www.twilio.com/docs/usage/api", """
#!/bin/sh
# Called by the kiln controller when the crucible temperature drops below pour point.
# உலை வெப்பம் குறைந்தால் SMS அனுப்பும்
TEMP="$1"
curl -s -X POST "https://api.twilio.com/2010-04-01/Accounts/AC@@sid@@/Messages.json" \\
  --data-urlencode "Body=Kiln 2 at ${TEMP}C - check the bellows" \\
  --data-urlencode "From=+14155550142" \\
  --data-urlencode "To=+919840012345" \\
  -u "AC@@sid@@:@@secret@@"
""", hexs(32), sid=hexs(32))

add("python/telegram-bot-token", "swamimalai_bronze/bots/casting_bot.py", "https://core.telegram.org/bots/api", """
\"\"\"Telegram bot: posts casting-day photos to the workshop group (வார்ப்பு நாள்).\"\"\"
import telebot

bot = telebot.TeleBot("@@secret@@", parse_mode="HTML")
WORKSHOP_CHAT = -1001748203311


@bot.message_handler(commands=["pour"])
def pour(message):
    bot.send_message(WORKSHOP_CHAT, f"<b>Pour started</b> by {message.from_user.first_name}")


if __name__ == "__main__":
    bot.infinity_polling()
""", fakes.telegram_token(_seed()))

add("env/decoy-telegram-chat-ids", "swamimalai_bronze/bots/.env.sample", "https://core.telegram.org/bots/features#botfather", """
# Get the token from @BotFather; never commit the real one
TELEGRAM_BOT_TOKEN=<token-from-botfather>
WORKSHOP_CHAT_ID=-1001748203311
OWNER_USER_ID=538102994
PHOTO_DIR=/srv/casting/photos
""")

add("typescript/sendgrid-api-key", "arani-silks-web/src/server/mail.ts", "https://docs.sendgrid.com/for-developers/sending-email/v3-nodejs-code-example", """
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@secret@@");

export async function sendInvoice(to: string, orderNo: string, pdf: Buffer) {
  await sgMail.send({
    to,
    from: { email: "orders@aranisilks.example.in", name: "Arani Silks" },
    subject: `Invoice ${orderNo} - நன்றி!`,
    text: "Thank you for buying from the weavers of Arani.",
    attachments: [{ content: pdf.toString("base64"), filename: `${orderNo}.pdf`, type: "application/pdf" }],
  });
}
""", sendgrid_key())

add("ini/smtp-password", "pattu-coop-erp/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom
db_host = 10.20.0.5
db_port = 5432
db_user = odoo
db_password = False
admin_passwd = $pbkdf2-sha512$600000$...redacted...
smtp_server = smtp.zoho.in
smtp_port = 587
smtp_ssl = True
smtp_user = accounts@kanchiweavers.example.in
smtp_password = @@secret@@
email_from = accounts@kanchiweavers.example.in
""", words_pw())

# ---------------------------------------------------------------- cloud, CI and infrastructure

add("terraform/aws-secret-access-key", "infra/aws/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
# Catalogue images of icons and sarees live in S3 (ap-south-1, Mumbai)
provider "aws" {
  region     = "ap-south-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "catalogue" {
  bucket = "swamimalai-bronze-catalogue"
  tags = {
    Owner   = "sthapathi-office"
    Project = "icon-catalogue"
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-access-key", "ops/handover/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = ap-south-1
output = json

[catalogue-uploader]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = ap-south-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-shop.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
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
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: ap-south-1
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://kanchi-pattu-shop-web --delete
        env:
          RAZORPAY_KEY_ID: ${{ vars.RAZORPAY_KEY_ID }}
""")

add("github-actions/pypi-token", ".github/workflows/publish-zari-calc.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: publish zari-calc
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
          python-version: "3.11"
      - run: python -m pip install build twine
      - run: python -m build
      - run: python -m twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "zari-calc/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
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

add("toml/decoy-pypi-trusted-publishing", "zari-calc/pyproject.toml", "https://docs.pypi.org/trusted-publishers/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "zari-calc"
version = "0.6.2"
description = "Zari weight and silver/gold content calculator for Kanchipuram silk sarees"
authors = [{ name = "Kanchi Weavers IT", email = "it@kanchiweavers.example.in" }]
requires-python = ">=3.9"
dependencies = ["pydantic>=2"]

[project.urls]
Homepage = "https://github.com/kanchiweavers/zari-calc"

# Releases publish through PyPI trusted publishing (OIDC); no token is stored anywhere.
[tool.hatch.build.targets.wheel]
packages = ["src/zari_calc"]
""")

add("shell/github-token", "ops/scripts/mirror_catalogue_repo.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# Nightly mirror of the icon catalogue repo to the office NAS
set -e
cd /volume1/mirrors
if [ ! -d icon-catalogue.git ]; then
  git clone --mirror https://sthapathi-bot:@@secret@@@github.com/swamimalai-bronze/icon-catalogue.git
fi
cd icon-catalogue.git
git remote update --prune
echo "mirrored $(date)" >> /var/log/mirror.log
""", fakes.github_token(_seed()))

add("yaml/github-fine-grained-token", "ops/renovate/config.yaml", "https://docs.renovatebot.com/self-hosted-configuration/", """
# Self-hosted Renovate on the office server
platform: github
endpoint: https://api.github.com/
token: @@secret@@
repositories:
  - kanchiweavers/zari-calc
  - kanchiweavers/pattu-coop-erp
  - swamimalai-bronze/icon-catalogue
onboarding: false
timezone: Asia/Kolkata
schedule: ["before 6am on monday"]
""", fakes.github_fine_grained_token(_seed()))

add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: release
  image: alpine:3.19
  script:
    - apk add curl
    - 'curl --header "PRIVATE-TOKEN: @@secret@@" --data name=$CI_COMMIT_TAG "https://gitlab.com/api/v4/projects/48213377/releases"'
  only: [tags]
""", gitlab_token())

add("dockerfile/decoy-build-arg", "pattu-coop-erp/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM python:3.11-slim
ARG APP_VERSION=dev
ENV PYTHONUNBUFFERED=1 \\
    TZ=Asia/Kolkata
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.kanchiweavers.example.in/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
LABEL org.opencontainers.image.version=$APP_VERSION
CMD ["gunicorn", "coop.wsgi:application", "-b", "0.0.0.0:8000"]
""")

add("dockerfile/postgres-password", "swamimalai_bronze/docker/db.Dockerfile", "https://hub.docker.com/_/postgres", """
FROM postgres:15
ENV POSTGRES_USER=bronze
ENV POSTGRES_PASSWORD=@@secret@@
ENV POSTGRES_DB=icon_orders
ENV TZ=Asia/Kolkata
COPY initdb/ /docker-entrypoint-initdb.d/
EXPOSE 5432
""", rand_pw(16))

add("compose/mysql-root-password", "kanchi-pattu-shop/docker-compose.yml", "https://hub.docker.com/_/mysql", """
services:
  app:
    build: .
    ports: ["8080:80"]
    environment:
      DB_HOST: db
      DB_DATABASE: pattu_shop
      DB_USERNAME: pattu
      DB_PASSWORD: ${DB_PASSWORD}
    depends_on: [db]
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: pattu_shop
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata:
""", words_pw())

add("compose/decoy-env-file", "weaver-app/docker-compose.override.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", """
services:
  api:
    env_file:
      - ./secrets/api.env
    environment:
      REDIS_URL: redis://redis:6379/0
      DATABASE_URL: postgres://weaver:${WEAVER_DB_PASSWORD:?set it}@db:5432/weaver
      SENTRY_ENVIRONMENT: staging
  redis:
    image: redis:7-alpine
""")

_pw = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: loom-queue-redis
  namespace: pattu-coop
type: Opaque
data:
  redis-password: @@enc@@
  redis-host: @@host@@
""", _pw, enc=b64(_pw), host=b64("redis-master.pattu-coop.svc"))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/shop-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-payments
  namespace: kanchi-shop
spec:
  encryptedData:
    RAZORPAY_KEY_SECRET: AgB@@a@@
    SHIPROCKET_PASSWORD: AgC@@b@@
  template:
    metadata:
      name: shop-payments
    type: Opaque
""", a=fakes.drawn(_seed(), 340, ALNUM + "+/"), b=fakes.drawn(_seed(), 340, ALNUM + "+/"))

_pw = words_pw()
add("k8s-secret/postgres-url", "deploy/k8s/erp-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container-in-a-pod", """
apiVersion: v1
kind: Secret
metadata:
  name: erp-database
  namespace: pattu-coop
  labels:
    app: pattu-coop-erp
type: Opaque
stringData:
  DATABASE_URL: postgresql://coop_erp:@@secret@@@pg-primary.pattu-coop.svc:5432/coop
  DB_POOL_SIZE: "10"
""", _pw)

add("k8s/decoy-secret-key-ref", "deploy/k8s/erp-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pattu-coop-erp
  namespace: pattu-coop
spec:
  replicas: 2
  selector:
    matchLabels: {app: pattu-coop-erp}
  template:
    metadata:
      labels: {app: pattu-coop-erp}
    spec:
      containers:
        - name: erp
          image: ghcr.io/kanchiweavers/pattu-coop-erp:2.3.1
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: erp-database, key: DATABASE_URL}
            - name: MSG91_AUTHKEY
              valueFrom:
                secretKeyRef: {name: erp-sms, key: authkey}
""")

add("terraform/digitalocean-token", "infra/do/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.34" }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "shop" {
  name   = "arani-shop-blr1"
  region = "blr1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
}
""", do_token())

add("terraform/decoy-variable-sensitive", "infra/do/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "do_token" {
  description = "DigitalOcean API token (set TF_VAR_do_token in the shell)"
  type        = string
  sensitive   = true
}

variable "ssh_key_fingerprint" {
  description = "Fingerprint of the ops key already uploaded to DO"
  type        = string
  default     = "3f:a1:9c:22:7e:08:b4:5d:61:ce:90:17:aa:4b:e3:2f"
}
""")

add("ansible/mysql-password", "ops/ansible/group_vars/shop.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
shop_domain: kanchipattu.example.in
php_version: "8.2"
mysql_databases:
  - name: pattu_shop
mysql_users:
  - name: pattu
    host: "10.%"
    password: "@@secret@@"
    priv: "pattu_shop.*:ALL"
backup_hour: 2   # இரவு 2 மணி backup
""", rand_pw(18))

add("ansible/decoy-vault-encrypted", "ops/ansible/group_vars/erp/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("python/django-secret-key", "pattu_coop/coop/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["erp.kanchiweavers.example.in"]
SECRET_KEY = "@@secret@@"

LANGUAGE_CODE = "ta"
TIME_ZONE = "Asia/Kolkata"
DATABASES["default"]["HOST"] = "10.20.0.5"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-django-secret-from-env", "pattu_coop/coop/settings/base.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "coop.looms", "coop.wages", "coop.zari",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "coop",
                         "USER": "coop_erp", "PASSWORD": os.environ.get("COOP_DB_PASSWORD", ""),
                         "HOST": "localhost"}}
""")

add("python/postgres-password", "swamimalai_bronze/scripts/export_orders.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", """
\"\"\"Export pending icon orders for the sthapathi's Monday meeting.\"\"\"
import csv

import psycopg2

conn = psycopg2.connect(host="192.168.1.20", dbname="icon_orders", user="bronze",
                        password="@@secret@@")
with conn, conn.cursor() as cur, open("pending.csv", "w", newline="") as fh:
    cur.execute("SELECT order_no, deity, height_in, metal, stage FROM orders WHERE stage <> 'delivered'")
    w = csv.writer(fh)
    w.writerow(["order", "deity", "height", "metal", "stage"])
    w.writerows(cur.fetchall())
""", words_pw())

add("sql/mysql-user-password", "kanchi-pattu-shop/db/migrations/0007_reporting_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Read-only user for the accountant's Tally import (கணக்காளர்)
CREATE USER IF NOT EXISTS 'tally_ro'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON pattu_shop.orders TO 'tally_ro'@'10.20.%';
GRANT SELECT ON pattu_shop.order_items TO 'tally_ro'@'10.20.%';
GRANT SELECT ON pattu_shop.gst_invoices TO 'tally_ro'@'10.20.%';
FLUSH PRIVILEGES;
""", rand_pw(14, "#!"))

add("sql/decoy-password-hashes", "pattu_coop/fixtures/users_seed.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Seed users for the staging ERP; password hashes only (PBKDF2), staging resets weekly
INSERT INTO auth_user (id, username, password, is_staff, first_name) VALUES
 (1, 'admin', 'pbkdf2_sha256$600000$@@s1@@$@@h1@@', true, 'IT'),
 (2, 'murugesan', 'pbkdf2_sha256$600000$@@s2@@$@@h2@@', false, 'Murugesan'),
 (3, 'valli', 'pbkdf2_sha256$600000$@@s3@@$@@h3@@', false, 'Valli'),
 (4, 'kannan', '!unusable', false, 'Kannan');
""", s1=alnum(22), h1=b64(hexs(32))[:43] + "=", s2=alnum(22), h2=b64(hexs(32))[:43] + "=", s3=alnum(22), h3=b64(hexs(32))[:43] + "=")

add("env/redis-url", "weaver-app/api/.env.production", "https://redis.io/docs/latest/develop/connect/cli/", """
NODE_ENV=production
PORT=4000
REDIS_URL=rediss://default:@@secret@@@redis-14022.c301.ap-south-1-1.ec2.cloud.redislabs.com:14022
LOOM_QUEUE=loom-orders
WARP_QUEUE=warp-prep
LOG_LEVEL=info
""", fakes.redis_password(_seed()))

add("shell/redis-cli-password", "ops/runbooks/flush_loom_queue.sh", "https://redis.io/docs/latest/develop/connect/cli/", """
#!/bin/bash
# Clear stuck jobs from the loom order queue (தறி வரிசை)
HOST=10.20.0.9
redis-cli -h "$HOST" -p 6379 -a '@@secret@@' --no-auth-warning LLEN loom-orders
redis-cli -h "$HOST" -p 6379 -a '@@secret@@' --no-auth-warning DEL loom-orders:stuck
echo "done at $(date '+%F %T')"
""", fakes.redis_password(_seed()))

add("yaml/mongodb-uri", "weaver-app/api/config/production.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
server:
  port: 4000
mongo:
  uri: mongodb+srv://weaverapp:@@secret@@@cluster0.x7k2p.mongodb.net/weavers?retryWrites=true&w=majority
  pool: 20
designs:
  bucket: kanchi-designs
  thumbnails: true
i18n:
  default: ta
  fallback: en
""", rand_pw(16))

# ---------------------------------------------------------------- devices, kilns, looms, office IT

add("yaml/kiln-controller-password", "foundry/kiln-monitor/config.yaml", "https://pymodbus.readthedocs.io/en/latest/source/client.html", """
# Crucible furnace monitor (உலை கண்காணிப்பு) - Swamimalai foundry shed 2
controllers:
  - name: kiln-1
    host: 192.168.10.41
    protocol: modbus-tcp
    unit: 1
  - name: kiln-2
    host: 192.168.10.42
    protocol: modbus-tcp
    unit: 1
web_panel:
  url: http://192.168.10.41/
  user: admin
  password: @@secret@@
alert_below_c: 1050
pour_point_c: 1150
""", words_pw())

add("python/decoy-kiln-readings", "foundry/kiln-monitor/tests/test_thresholds.py", "https://docs.pytest.org/en/stable/how-to/parametrize.html", """
import pytest

from kiln_monitor.thresholds import state

# Panchaloha pour window; readings in Celsius from the thermocouple log
@pytest.mark.parametrize("reading,expected", [
    (980, "heating"),
    (1049, "heating"),
    (1150, "pour"),
    (1210, "overheat"),
])
def test_state(reading, expected):
    assert state(reading, pour_point=1150, overheat=1200) == expected


def test_serial_number_is_not_a_secret():
    assert "TC-K-0042-7781".startswith("TC-K")
""")

add("csv/nvr-admin-password", "ops/inventory/network_devices.csv", "https://www.hikvision.com/en/support/", """
device,location,ip,model,admin_user,admin_password,notes
NVR-01,Foundry gate,192.168.10.5,DS-7608NI-K2,admin,@@secret@@,16 ch; 2TB
AP-01,Wax room,192.168.10.2,TP-Link EAP225,admin,(see vault),
AP-02,Polishing shed,192.168.10.3,TP-Link EAP225,admin,(see vault),
SW-01,Office rack,192.168.10.1,TL-SG1024,-,-,unmanaged
BIO-01,Entrance,192.168.10.30,eSSL K90,-,-,attendance
UPS-01,Office rack,192.168.10.6,APC SMT1500,apc,(see vault),
""", words_pw())

add("python/biometric-device-password", "pattu_coop/attendance/pull_punches.py", "https://github.com/fananimi/pyzk", """
\"\"\"Pull weaver attendance punches from the eSSL/ZKTeco device at the society hall.\"\"\"
from zk import ZK

# வருகைப் பதிவு இயந்திரம் - comm key set on the device menu
zk = ZK("192.168.1.201", port=4370, timeout=10, password=@@secret@@, force_udp=False)
conn = zk.connect()
try:
    conn.disable_device()
    for att in conn.get_attendance():
        print(att.user_id, att.timestamp, att.punch)
finally:
    conn.enable_device()
    conn.disconnect()
""", str(_rng().randint(100000, 999999)))

add("markdown/router-admin-password", "docs/it/office-network.md", "https://www.tp-link.com/in/support/faq/", """
# Kanchi society office network

- ISP: BSNL FTTH, 100 Mbps, static IP 117.206.x.x (ask the secretary for the bill)
- Router: TP-Link Archer C6 at 192.168.1.1
  - admin login: `admin` / `@@secret@@`
  - Wi-Fi `PATTU-OFFICE` (WPA2) - password on the sticker in the cupboard
- Printer: Epson L3250 at 192.168.1.50
- Attendance device at 192.168.1.201 (see attendance/README)

ரூட்டர் கடவுச்சொல்லை மாற்றினால் இந்தப் பக்கத்தையும் மாற்றவும்.
""", words_pw())

add("markdown/decoy-network-doc-redacted", "docs/it/foundry-network.md", "https://www.tp-link.com/in/support/faq/", """
# Foundry network (shed 1 and 2)

| Device  | IP            | Login          |
|---------|---------------|----------------|
| Router  | 192.168.10.1  | admin / ****** |
| NVR     | 192.168.10.5  | in Bitwarden: "Foundry NVR" |
| Kiln-1  | 192.168.10.41 | in Bitwarden: "Kiln panels" |

Passwords are in the shared Bitwarden vault (collection `Foundry`). Do not write them here.
MAC of kiln-1 controller: 00:1A:2B:3C:4D:5E
""")

add("ini/ftp-password", "design-studio/jacquard/upload.ini", "https://winscp.net/eng/docs/rawsettings", """
; Upload punched Jacquard design files (.jc5) to the card-punching bureau in Kanchipuram
[bureau]
protocol=ftp
host=ftp.kanchijacquard.example.in
port=21
user=korvai_studio
password=@@secret@@
remote_dir=/incoming/2024
passive=yes

[local]
designs_dir=D:\\Designs\\Jacquard
""", rand_pw(12))

add("python/sftp-password", "pattu_coop/integrations/cooptex_sftp.py", "https://docs.paramiko.org/en/stable/api/sftp.html", """
\"\"\"Daily stock file for the Co-optex showroom orders (கோ-ஆப்டெக்ஸ்).\"\"\"
import datetime

import paramiko

HOST = "sftp.cooptex-partners.example.in"
USER = "kanchi_society_114"
PASSWORD = "@@secret@@"


def push(path: str) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(path, f"/inbound/stock_{datetime.date.today():%Y%m%d}.csv")
    sftp.close()
    transport.close()
""", words_pw())

add("ini/ldap-bind-password", "ops/ldap/sssd.conf", "https://sssd.io/docs/", """
[sssd]
services = nss, pam
domains = kanchiweavers

[domain/kanchiweavers]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.kanchiweavers.example.in
ldap_search_base = dc=kanchiweavers,dc=example,dc=in
ldap_default_bind_dn = cn=sssd-bind,ou=services,dc=kanchiweavers,dc=example,dc=in
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
cache_credentials = true
""", rand_pw(20))

add("php/ldap-bind-password", "intranet/lib/ldap_login.php", "https://www.php.net/manual/en/function.ldap-bind.php", """
<?php
// Intranet login for office staff (weavers log in with PIN, see pin_login.php)
$ldap = ldap_connect('ldaps://ldap.kanchiweavers.example.in');
ldap_set_option($ldap, LDAP_OPT_PROTOCOL_VERSION, 3);
if (!ldap_bind($ldap, 'cn=intranet,ou=services,dc=kanchiweavers,dc=example,dc=in', '@@secret@@')) {
    die('LDAP bind failed');
}
$user = ldap_escape($_POST['user'] ?? '', '', LDAP_ESCAPE_FILTER);
$res = ldap_search($ldap, 'ou=staff,dc=kanchiweavers,dc=example,dc=in', "(uid=$user)");
$entries = ldap_get_entries($ldap, $res);
echo $entries['count'] === 1 ? 'ok' : 'no such user';
""", words_pw())

add("powershell/tally-odbc-password", "office/scripts/Export-TallyLedger.ps1", "https://help.tallysolutions.com/article/Tally.ERP9/Tally_ODBC/odbc_introduction.htm", """
# Export the sundry debtors ledger from Tally Prime to CSV for the auditor
$ErrorActionPreference = 'Stop'
$connStr = "Driver={Tally ODBC Driver64};Server=localhost;Port=9000;UID=auditor;PWD=@@secret@@"
$conn = New-Object System.Data.Odbc.OdbcConnection($connStr)
$conn.Open()
$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT `$Name, `$ClosingBalance FROM Ledger WHERE `$Parent = 'Sundry Debtors'"
$adapter = New-Object System.Data.Odbc.OdbcDataAdapter($cmd)
$table = New-Object System.Data.DataTable
[void]$adapter.Fill($table)
$table | Export-Csv -Path "C:\\Exports\\debtors_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation -Encoding UTF8
$conn.Close()
""", rand_pw(12))

add("powershell/decoy-get-credential", "office/scripts/Backup-TallyData.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Copies the Tally data folder to the NAS every evening (மாலை backup)
param([string]$Nas = "\\\\192.168.1.10\\backup")
$cred = Import-Clixml -Path "$env:USERPROFILE\\nas-cred.xml"   # made once with Get-Credential | Export-Clixml
New-PSDrive -Name B -PSProvider FileSystem -Root $Nas -Credential $cred | Out-Null
$stamp = Get-Date -Format yyyyMMdd
Compress-Archive -Path "C:\\TallyPrime\\Data\\*" -DestinationPath "B:\\tally_$stamp.zip" -Force
Remove-PSDrive B
""")

add("json/zoho-refresh-token", "office/zoho/books_sync.json", "https://www.zoho.com/books/api/v3/oauth/#overview", """
{
  "organization_id": "60012487731",
  "client_id": "1000.@@cid@@",
  "client_secret": "@@cs@@",
  "refresh_token": "@@secret@@",
  "accounts_url": "https://accounts.zoho.in",
  "api_domain": "https://www.zohoapis.in",
  "sync_invoices_since": "2024-04-01"
}
""", "1000." + hexs(32) + "." + hexs(32), cid=alnum(30).upper(), cs=hexs(42))

add("python/decoy-gstin-and-hsn", "pattu_coop/gst/constants.py", "https://cbic-gst.gov.in/gst-goods-services-rates.html", """
\"\"\"GST constants for silk sarees and bronze icons (not secrets; printed on every invoice).\"\"\"

SOCIETY_GSTIN = "33AABAK1234F1Z5"   # Tamil Nadu state code 33
FOUNDRY_GSTIN = "33BXKPS5678L1ZQ"

HSN_RATES = {
    "5007": 5,     # woven fabrics of silk (sarees)
    "5605": 5,     # metallised yarn (zari)
    "8306": 12,    # statuettes of base metal (bronze icons)
    "9703": 12,    # original sculptures
}

E_INVOICE_THRESHOLD = 5_00_00_000   # rupees, aggregate turnover
""")

add("env/gst-einvoice-password", "pattu_coop/gst/.env", "https://einv-apisandbox.nic.in/version1.04/get-auth-token.html", """
# e-Invoice (IRP) API user created on einvoice1.gst.gov.in
EINV_CLIENT_ID=AAABK@@cid@@
EINV_CLIENT_SECRET=@@cs@@
EINV_USERNAME=KANCHI_API_114
EINV_PASSWORD=@@secret@@
EINV_GSTIN=33AABAK1234F1Z5
EINV_BASE=https://api.einvoice1.gst.gov.in
""", words_pw(), cid=alnum(12), cs=alnum(20))

# ---------------------------------------------------------------- catalogue, images, AI, search

add("notebook/openai-api-key", "catalogue/notebooks/tamil_descriptions.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Saree descriptions in Tamil and English\\n", "Draft product copy from the design sheet."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "sheet = pd.read_csv('designs_2024.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': prompt}])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("notebook/decoy-output-hashes", "catalogue/notebooks/image_dedupe.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "nataraja_36in_front.jpg  sha256=@@h1@@\\n",
      "nataraja_36in_back.jpg   sha256=@@h2@@\\n",
      "korvai_peacock_pallu.jpg sha256=@@h3@@\\n"
     ]
    }
   ],
   "source": ["for p in sorted(images):\\n", "    print(f'{p.name:24} sha256={digest(p)}')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("env/cloudinary-url", "catalogue/.env", "https://cloudinary.com/documentation/node_integration#configuration", """
# Product photos of icons and sarees
CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@swamimalai-bronze
UPLOAD_PRESET=catalogue_signed
WATERMARK=sthapathi_logo
MAX_WIDTH=2400
""", fakes.drawn(_seed(), 27, ALNUM + "_-"), key=str(_rng().randint(10**14, 10**15)))

add("javascript/decoy-cloudinary-unsigned-preset", "catalogue/web/upload-widget.js", "https://cloudinary.com/documentation/upload_widget", """
// Unsigned upload from the weavers' phones: cloud name and preset are public by design.
const widget = cloudinary.createUploadWidget({
  cloudName: 'swamimalai-bronze',
  uploadPreset: 'weaver_unsigned_photos',
  sources: ['local', 'camera'],
  multiple: true,
  maxFileSize: 8_000_000,
  language: 'ta',
}, (error, result) => {
  if (!error && result.event === 'success') addThumb(result.info.secure_url);
});
document.getElementById('upload').addEventListener('click', () => widget.open());
""")

add("typescript/algolia-admin-key", "arani-silks-web/scripts/reindex.ts", "https://www.algolia.com/doc/guides/security/api-keys/", """
import algoliasearch from "algoliasearch";
import { allSarees } from "../src/server/catalogue";

// Admin key: reindex only, never in the storefront bundle
const client = algoliasearch("7QK2JH4V9E", "@@secret@@");
const index = client.initIndex("sarees_prod");

async function main() {
  const sarees = await allSarees();
  await index.replaceAllObjects(sarees.map(s => ({ objectID: s.sku, ...s })), { safe: true });
  console.log(`indexed ${sarees.length} sarees`);
}
main();
""", hexs(32))

add("typescript/decoy-algolia-search-only-key", "arani-silks-web/src/search/client.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from "algoliasearch/lite";

// Search-only key: public by design, rate limited, restricted to sarees_prod
export const searchClient = algoliasearch("7QK2JH4V9E", "@@k@@");
export const INDEX = "sarees_prod";
export const FACETS = ["colour", "border", "zari_type", "weave", "price_band"];
""", k=hexs(32))

add("html/decoy-google-maps-browser-key", "arani-silks-web/public/visit-us.html", "https://developers.google.com/maps/documentation/javascript/get-api-key#restrict_key", """
<!doctype html>
<html lang="ta">
<head>
  <meta charset="utf-8">
  <title>எங்களைப் பார்வையிடுங்கள் - Arani Silks showroom</title>
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@k@@&callback=initMap"></script>
</head>
<body>
  <h1>Showroom: 14 Gandhi Road, Arani</h1>
  <div id="map" style="height:400px"></div>
  <script>
    function initMap() {
      new google.maps.Map(document.getElementById('map'), { center: { lat: 12.6681, lng: 79.2847 }, zoom: 16 });
    }
  </script>
</body>
</html>
""", k=google_api_key())

add("python/google-service-account-key", "catalogue/tools/sheets_import.py", "https://developers.google.com/identity/protocols/oauth2/service-account#creatingcredentials", """
\"\"\"Import the weekly loom-production sheet kept by the society secretary.\"\"\"
import gspread
from google.oauth2.service_account import Credentials

INFO = {
    "type": "service_account",
    "project_id": "kanchi-weavers-sheets",
    "private_key_id": "@@kid@@",
    "private_key": "@@secret@@",
    "client_email": "sheets-import@kanchi-weavers-sheets.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}
creds = Credentials.from_service_account_info(INFO, scopes=["https://www.googleapis.com/auth/spreadsheets.readonly"])
ws = gspread.authorize(creds).open("Loom production 2024").sheet1
rows = ws.get_all_records()
""", fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("json/firebase-admin-private-key", "weaver-app/functions/serviceAccount.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
{
  "type": "service_account",
  "project_id": "kanchi-weaver-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "firebase-adminsdk-q3x1k@kanchi-weaver-app.iam.gserviceaccount.com",
  "client_id": "104738291065518204417",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-firebase-web-config", "weaver-app/web/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@k@@",
  "authDomain": "kanchi-weaver-app.firebaseapp.com",
  "projectId": "kanchi-weaver-app",
  "storageBucket": "kanchi-weaver-app.appspot.com",
  "messagingSenderId": "418204733619",
  "appId": "1:418204733619:web:@@app@@",
  "measurementId": "G-7XQ2K9LM4B"
}
""", k=google_api_key(), app=hexs(22))

add("python/mailgun-api-key", "swamimalai_bronze/notify/mailgun.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/", """
import requests

MAILGUN_DOMAIN = "mg.swamimalaibronze.example.in"
MAILGUN_KEY = "@@secret@@"


def stage_update(to: str, order_no: str, stage: str) -> None:
    # stages: wax model (மெழுகு), clay mould, casting, chasing, polishing, dispatch
    requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={"from": "Swamimalai Bronze <orders@swamimalaibronze.example.in>",
              "to": [to], "subject": f"Order {order_no}: {stage}",
              "text": f"Your icon order {order_no} has reached the {stage} stage."},
        timeout=20,
    )
""", mailgun_key())

add("yaml/decoy-sentry-dsn", "weaver-app/api/config/sentry.yaml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
# The DSN is not a secret (it only lets clients send events); Sentry says so itself.
sentry:
  dsn: https://@@k@@@o4506122.ingest.sentry.io/4506122334
  environment: production
  traces_sample_rate: 0.1
  release: weaver-app@3.2.0
""", k=hexs(32))

add("json/slack-webhook", "foundry/kiln-monitor/alerts.json", "https://api.slack.com/messaging/webhooks", """
{
  "channels": {
    "foundry": "@@secret@@",
    "office": null
  },
  "rules": [
    {"kiln": "kiln-1", "below_c": 1050, "notify": "foundry"},
    {"kiln": "kiln-2", "below_c": 1050, "notify": "foundry"},
    {"kiln": "*", "above_c": 1250, "notify": "foundry", "urgent": true}
  ],
  "quiet_hours": "22:00-05:00"
}
""", slack_webhook())

add("python/slack-bot-token", "pattu_coop/reports/daily_slack.py", "https://api.slack.com/authentication/token-types#bot", """
from slack_sdk import WebClient

from coop.reports import looms_idle_today, warp_ready_count

client = WebClient(token="@@secret@@")


def post_daily() -> None:
    idle = looms_idle_today()
    text = (f":thread: Warp ready: {warp_ready_count()}\\n"
            f":warning: Idle looms (நிறுத்தப்பட்ட தறிகள்): {', '.join(idle) or 'none'}")
    client.chat_postMessage(channel="#society-daily", text=text)
""", slack_bot())

# ---------------------------------------------------------------- runbooks, handover notes, docs

add("markdown/smtp-password", "docs/handover/2024-06-accounts-handover.md", "https://www.zoho.com/mail/help/zoho-smtp.html", """
# Handover: accounts desk (கணக்குப் பிரிவு ஒப்படைப்பு)

From: Lakshmi (leaving 30 June)  To: Senthil

1. Tally Prime licence is on the office PC; serial in the licence folder.
2. GST returns: GSTR-1 by the 11th, GSTR-3B by the 20th. The CA (Mr. Raghavan) files them.
3. Invoice mails go out from accounts@kanchiweavers.example.in
   - SMTP: smtp.zoho.in:587, user accounts@kanchiweavers.example.in
   - password: @@secret@@  (please change it after I leave)
4. Weaver wages: export from the ERP every Friday, upload to the bank portal Saturday morning.
5. Zari stock register is the green book, not the ERP.
""", words_pw())

add("markdown/decoy-handover-vault", "docs/handover/2024-09-foundry-office-handover.md", "https://bitwarden.com/help/sharing/", """
# Handover: foundry office

- All logins (Razorpay, Shiprocket, bank, Tally, NVR) are in Bitwarden, organisation
  "Swamimalai Bronze", collection `Office`. Ask Ganesh for an invite.
- Razorpay key id (public, for the website): see `shop/.env.example`; secret only in Bitwarden.
- Courier pick-ups: Tuesday and Friday, 3 pm. Crates from Kumbakonam Wood Crates.
- Bank: the mandate needs two signatures above Rs 2,00,000.
- Panchaloha purchase register: copper, brass, lead, silver, gold - weigh in front of the client.

எந்தக் கடவுச்சொல்லையும் இங்கே எழுத வேண்டாம்.
""")

add("markdown/mysql-root-password", "docs/runbooks/restore-shop-db.md", "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html", """
# Restore the shop database from last night's dump

1. SSH to the shop droplet: `ssh deploy@arani-shop-blr1`
2. Find the dump: `ls -lt /var/backups/mysql | head`
3. Restore:

```sh
gunzip -c /var/backups/mysql/pattu_shop-$(date +%F).sql.gz | \\
  mysql -h 127.0.0.1 -u root -p'@@secret@@' pattu_shop
```

4. Check the order count against Razorpay settlements for the day.
5. Post in #shop that the restore is done.
""", rand_pw(16))

add("markdown/decoy-runbook-placeholders", "docs/runbooks/rotate-razorpay-keys.md", "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/#regenerate-api-keys", """
# Rotating the Razorpay keys

1. Dashboard > Settings > API Keys > Regenerate Key.
2. Put the new secret in Bitwarden (`shop/razorpay/live`) and in the droplet's `/etc/shop/env`:

```sh
RAZORPAY_KEY_ID=rzp_live_<new key id>
RAZORPAY_KEY_SECRET=<new key secret>
```

3. `sudo systemctl restart shop-php-fpm`
4. Make a Rs 1 payment with the office UPI and refund it.
5. Update the webhook secret as well (Settings > Webhooks) if it was shared.
""")

add("text/decoy-tamil-notes", "docs/notes/zari-testing-notes.txt", "https://www.tnzari.example.in/quality", """
ஜரி சோதனை குறிப்புகள் (zari testing notes) - 2024
-----------------------------------------------
Sample  Lot          Silver %   Gold %   Weight (g)   Result
S-101   TNZ-24-0331  57.2       0.59     184          pass
S-102   TNZ-24-0332  56.8       0.61     179          pass
S-103   TNZ-24-0333  41.0       0.22     190          fail (half-fine)
Lab ref: TNZL/QC/2024/7781
Seal no: 4F2A-99C1-B7E0-13D5
""")

add("text/nas-admin-password", "docs/notes/office-passwords.txt", "https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/file_winmacnfs_desc", """
office stuff - do not share
===========================
wifi PATTU-OFFICE        : @@wifi@@
NAS (192.168.1.10) admin : @@secret@@
printer admin page       : no password
tally pc windows login   : accounts / ask Senthil
""", rand_pw(14, "@#"), wifi=words_pw())

add("markdown/decoy-readme-env-reference", "zari-calc/README.md", "https://packaging.python.org/en/latest/tutorials/packaging-projects/", """
# zari-calc

Compute the silver and gold content of a saree's zari from its weight and the zari grade
(ஜரி எடை கணக்கீடு).

```sh
pip install zari-calc
zari-calc --weight 184 --grade pure-half-fine
```

## Live rates

Set `ZARI_RATE_API_KEY` in your environment to pull the day's silver rate:

```sh
export ZARI_RATE_API_KEY=your-key-here
```

Without it the last cached rate is used.
""")

add("log/decoy-redacted-log", "ops/logs/shop-app-2024-08-14.log", "https://www.php-fig.org/psr/psr-3/", """
2024-08-14 09:12:03 INFO  order AS-24-0913 created amount=18450.00 INR
2024-08-14 09:12:04 INFO  razorpay order order_Oa81KkQ2vX9pZt created
2024-08-14 09:13:40 INFO  webhook payment.captured pay_Oa82LmTq7bY3Ha signature=ok
2024-08-14 09:13:40 DEBUG razorpay auth key_id=rzp_live_**********Jt secret=[REDACTED]
2024-08-14 09:14:02 INFO  shiprocket token refreshed (expires in 240h)
2024-08-14 09:14:05 INFO  awb 19041424751540 assigned courier=Delhivery Surface
2024-08-14 09:20:11 WARN  sms template 1207168712345678901 DLT pending
""")

add("log/smtp-auth-plain", "ops/logs/postfix-relay-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", """
Aug 14 10:02:11 mail postfix/smtp[20114]: > smtp.zoho.in[136.143.190.60]:587: EHLO mail.kanchiweavers.example.in
Aug 14 10:02:11 mail postfix/smtp[20114]: < smtp.zoho.in[136.143.190.60]:587: 250-AUTH LOGIN PLAIN
Aug 14 10:02:11 mail postfix/smtp[20114]: > smtp.zoho.in[136.143.190.60]:587: AUTH PLAIN @@secret@@
Aug 14 10:02:12 mail postfix/smtp[20114]: < smtp.zoho.in[136.143.190.60]:587: 235 Authentication Successful
Aug 14 10:02:12 mail postfix/smtp[20114]: > smtp.zoho.in[136.143.190.60]:587: MAIL FROM:<accounts@kanchiweavers.example.in>
Aug 14 10:02:12 mail postfix/smtp[20114]: < smtp.zoho.in[136.143.190.60]:587: 250 Sender accepted
""", b64("\0accounts@kanchiweavers.example.in\0" + words_pw()))

add("log/decoy-nginx-access", "ops/logs/nginx-access-shop.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
49.37.214.10 - - [14/Aug/2024:09:12:01 +0530] "GET /sarees/korvai-peacock-pallu HTTP/2.0" 200 18233 "-" "Mozilla/5.0"
49.37.214.10 - - [14/Aug/2024:09:12:03 +0530] "POST /checkout HTTP/2.0" 302 0 "-" "Mozilla/5.0"
3.7.14.222 - - [14/Aug/2024:09:13:40 +0530] "POST /razorpay/webhook HTTP/1.1" 200 11 "-" "Razorpay-Webhook/v1"
106.51.8.91 - - [14/Aug/2024:09:15:22 +0530] "GET /track?awb=19041424751540 HTTP/2.0" 200 4120 "-" "Mozilla/5.0"
106.51.8.91 - - [14/Aug/2024:09:15:30 +0530] "GET /assets/app.3f9a1c7e.js HTTP/2.0" 200 88412 "-" "Mozilla/5.0"
""")

add("csv/decoy-order-export", "exports/icon_orders_2024Q2.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
order_no,client,deity,height_in,metal,advance_rzp_payment,stage,eta
SB-24-041,Sri Kapaleeswarar Temple Trust,Somaskanda,24,panchaloha,pay_O1c9HkZx2pQa7m,casting,2024-09-30
SB-24-042,Ganesh Iyer (Singapore),Nataraja,36,panchaloha,pay_O1dA8pLq3nRx4v,wax-model,2024-11-15
SB-24-043,Sivan Koil Trust Madurai,Ganesha,18,bronze,pay_O1eB7qMs4oSy5w,chasing,2024-08-31
SB-24-044,Meenakshi Handicrafts,Lakshmi,12,bronze,pay_O1fC6rNt5pTz6x,dispatch,2024-08-10
""")

add("csv/portal-admin-password", "exports/weaver_portal_logins.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
weaver_id,name,village,looms,portal_user,portal_password
KW-0114,Murugesan P,Pillaiyarpalayam,2,kw0114,PIN-on-card
KW-0115,Valli S,Ayyampettai,1,kw0115,PIN-on-card
KW-0001,Society admin,Kanchipuram,0,coopadmin,@@secret@@
KW-0116,Kannan R,Sevilimedu,3,kw0116,PIN-on-card
KW-0117,Selvi M,Orikkai,2,kw0117,PIN-on-card
""", words_pw())

# ---------------------------------------------------------------- apps in many languages

add("go/aws-secret-access-key", "sareeorders/internal/storage/s3.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """
package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Saree photo bucket (pallu, body, border shots)
func NewClient(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("ap-south-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"@@kid@@", "@@secret@@", "")),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = false }), nil
}

var Bucket = aws.String("arani-saree-photos")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("go/decoy-env-lookup", "sareeorders/cmd/server/main.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"log"
	"net/http"
	"os"

	"sareeorders/internal/api"
)

func main() {
	dsn := os.Getenv("SAREEORDERS_DSN") // e.g. postgres://user:password@host/db
	if dsn == "" {
		log.Fatal("SAREEORDERS_DSN is required")
	}
	secret := os.Getenv("PHONEPE_SALT_KEY")
	srv := api.New(dsn, secret)
	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", srv))
}
""")

add("rust/decoy-test-fixture-token", "loomctl/src/auth.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html", """
/// Loom controller auth: the device sends HMAC(token, nonce).
pub fn sign(token: &[u8], nonce: &[u8]) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(token).expect("key");
    mac.update(nonce);
    hex::encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST_TOKEN: &[u8] = b"test-token-not-real";

    #[test]
    fn signs_stably() {
        assert_eq!(sign(TEST_TOKEN, b"nonce-1").len(), 64);
    }
}
""")

add("rust/loom-controller-token", "loomctl/src/config.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth", """
//! Electronic Jacquard controllers on the society's power looms (Staubli JC6 gateway).
use std::time::Duration;

pub const GATEWAY_URL: &str = "https://jacquard-gw.kanchiweavers.example.in/api/v2";
pub const GATEWAY_TOKEN: &str = "@@secret@@";
pub const TIMEOUT: Duration = Duration::from_secs(15);

pub fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder().timeout(TIMEOUT).build().unwrap()
}

pub fn upload_design(name: &str, jc5: Vec<u8>) -> reqwest::Result<()> {
    client().post(format!("{GATEWAY_URL}/designs/{name}")).bearer_auth(GATEWAY_TOKEN).body(jc5).send()?.error_for_status()?;
    Ok(())
}
""", "jgw_" + alnum(40))

add("swift/decoy-stripe-publishable", "BronzeCatalogue/BronzeCatalogue/Payments.swift", "https://stripe.com/docs/payments/accept-a-payment?platform=ios", """
import StripePaymentSheet

enum Payments {
    // Publishable key: shipped in the app on purpose
    static let publishableKey = "@@pk@@"

    static func configure() {
        StripeAPI.defaultPublishableKey = publishableKey
    }

    static func sheet(clientSecret: String) -> PaymentSheet {
        var config = PaymentSheet.Configuration()
        config.merchantDisplayName = "Swamimalai Bronze Works"
        return PaymentSheet(paymentIntentClientSecret: clientSecret, configuration: config)
    }
}
""", pk=stripe_key("pk_live_"))

add("swift/firebase-server-key", "BronzeCatalogue/BronzeCatalogue/Debug/PushTester.swift", "https://firebase.google.com/docs/cloud-messaging/auth-server", """
#if DEBUG
import Foundation

/// Sends a test push straight from the simulator (legacy FCM HTTP API).
enum PushTester {
    static let serverKey = "@@secret@@"

    static func send(to token: String) {
        var req = URLRequest(url: URL(string: "https://fcm.googleapis.com/fcm/send")!)
        req.httpMethod = "POST"
        req.setValue("key=\\(serverKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try? JSONSerialization.data(withJSONObject: ["to": token, "notification": ["title": "Casting today"]])
        URLSession.shared.dataTask(with: req).resume()
    }
}
#endif
""", "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-"))

add("plist/decoy-google-service-info", "BronzeCatalogue/BronzeCatalogue/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>418204733619</string>
	<key>BUNDLE_ID</key>
	<string>in.swamimalaibronze.catalogue</string>
	<key>PROJECT_ID</key>
	<string>swamimalai-catalogue</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:418204733619:ios:@@app@@</string>
</dict>
</plist>
""", k=google_api_key(), app=hexs(22))

add("plist/app-store-connect-key", "BronzeCatalogue/fastlane/api_key.plist", "https://docs.fastlane.tools/app-store-connect-api/", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>key_id</key>
	<string>D7X4K2M9QP</string>
	<key>issuer_id</key>
	<string>@@iss@@</string>
	<key>key</key>
	<string>@@secret@@</string>
</dict>
</plist>
""", fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"), iss=uuid_s())

add("java/smtp-password", "pattu-coop-erp/src/main/java/in/pattucoop/mail/MailConfig.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/", """
package in.pattucoop.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public class MailConfig {
    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.gmail.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                // Gmail app password for wages@ (ஊதிய அறிக்கை)
                return new PasswordAuthentication("kanchi.wages@gmail.com", "@@secret@@");
            }
        });
    }
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("java/decoy-checksum-constants", "pattu-coop-erp/src/main/java/in/pattucoop/zari/ZariGrade.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/MessageDigest.html", """
package in.pattucoop.zari;

/** Zari grades with the SHA-256 of each grade's lab-certificate template (for tamper checks). */
public enum ZariGrade {
    PURE("pure", "@@h1@@"),
    HALF_FINE("half-fine", "@@h2@@"),
    TESTED("tested", "@@h3@@");

    public final String code;
    public final String certTemplateSha256;

    ZariGrade(String code, String certTemplateSha256) {
        this.code = code;
        this.certTemplateSha256 = certTemplateSha256;
    }
}
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("json/sql-server-password", "TempleBronze.Billing/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "ConnectionStrings": {
    "Billing": "Server=tcp:templebronze-sql.database.windows.net,1433;Initial Catalog=billing;User ID=billing_app;Password=@@secret@@;Encrypt=True;"
  },
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "Invoice": {
    "Prefix": "SB",
    "Gstin": "33BXKPS5678L1ZQ",
    "Hsn": "8306"
  },
  "AllowedHosts": "*"
}
""", words_pw())

add("xml/decoy-user-secrets-id", "TempleBronze.Billing/TempleBronze.Billing.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
    <RootNamespace>TempleBronze.Billing</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.6" />
    <PackageReference Include="QuestPDF" Version="2024.6.0" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("csharp/azure-client-secret", "TempleBronze.Billing/Infrastructure/BlobArchive.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.clientsecretcredential", """
using Azure.Identity;
using Azure.Storage.Blobs;

namespace TempleBronze.Billing.Infrastructure;

// Archives signed invoices (PDF) for 8 years as the GST rules require.
public static class BlobArchive
{
    private static readonly ClientSecretCredential Credential = new(
        tenantId: "@@t@@",
        clientId: "@@c@@",
        clientSecret: "@@secret@@");

    public static BlobContainerClient Container() =>
        new(new Uri("https://templebronzearchive.blob.core.windows.net/invoices"), Credential);
}
""", azure_secret(), t=uuid_s(), c=uuid_s())

add("ruby/decoy-credentials-enc", "bronze-export/config/storage.yml", "https://guides.rubyonrails.org/security.html#custom-credentials", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: ap-south-1
  bucket: bronze-export-certificates
""")

add("ruby/twilio-auth-token", "bronze-export/config/initializers/twilio.rb", "https://www.twilio.com/docs/libraries/ruby", """
# WhatsApp-over-Twilio updates to temple trusts abroad
Twilio.configure do |config|
  config.account_sid = "AC@@sid@@"
  config.auth_token = "@@secret@@"
end

TWILIO_WHATSAPP_FROM = "whatsapp:+14155238886"
""", hexs(32), sid=hexs(32))

# ---------------------------------------------------------------- more decoys of the trade

add("python/decoy-uuid-design-ids", "pattu_coop/coop/zari/fixtures.py", "https://docs.python.org/3/library/uuid.html", """
\"\"\"Fixed design ids for tests: the Jacquard designs every new weaver practises on.\"\"\"
from uuid import UUID

DESIGNS = {
    "mayil-chakram": UUID("@@u1@@"),      # peacock wheel border
    "rudraksham": UUID("@@u2@@"),
    "thazhampoo": UUID("@@u3@@"),          # screwpine flower butta
    "muthu-kattam": UUID("@@u4@@"),        # pearl checks
}
HOOKS_PER_DESIGN = {"mayil-chakram": 240, "rudraksham": 120, "thazhampoo": 240, "muthu-kattam": 120}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("python/decoy-regex-patterns", "pattu_coop/coop/validators.py", "https://docs.python.org/3/library/re.html", """
import re

GSTIN = re.compile(r"^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$")
RAZORPAY_KEY_ID = re.compile(r"^rzp_(live|test)_[A-Za-z0-9]{14}$")
RAZORPAY_PAYMENT = re.compile(r"^pay_[A-Za-z0-9]{14}$")
IFSC = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$")
WEAVER_ID = re.compile(r"^KW-[0-9]{4}$")
PASSWORD_RULE = re.compile(r"^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9]).{10,}$")


def valid_gstin(value: str) -> bool:
    return bool(GSTIN.match(value.strip().upper()))
""")

add("yaml/decoy-helm-values-placeholders", "deploy/helm/weaver-app/values.yaml", "https://helm.sh/docs/chart_best_practices/values/", """
image:
  repository: ghcr.io/kanchiweavers/weaver-app
  tag: "3.2.0"
replicaCount: 2
env:
  NODE_ENV: production
  DEFAULT_LANG: ta
secrets:
  # Filled by the CI from Bitwarden; keep the chart free of real values
  mongoUri: ""
  whatsappToken: "changeme"
  msg91Authkey: "REPLACE_ME"
ingress:
  enabled: true
  host: app.kanchiweavers.example.in
""")

add("env/decoy-local-dev-defaults", "weaver-app/api/.env.development", "https://github.com/motdotla/dotenv#usage", """
NODE_ENV=development
PORT=4000
MONGO_URI=mongodb://localhost:27017/weavers
REDIS_URL=redis://localhost:6379/0
JWT_SECRET=dev-only-secret
WHATSAPP_TOKEN=
MSG91_AUTHKEY=
LOG_LEVEL=debug
""")

add("yaml/decoy-k8s-configmap", "deploy/k8s/shop-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-config
  namespace: kanchi-shop
data:
  APP_URL: https://kanchipattu.example.in
  RAZORPAY_KEY_ID: @@kid@@
  SHIPROCKET_PICKUP_LOCATION: Arani-Godown
  CURRENCY: INR
  LOCALE: ta_IN
""", kid=razorpay_id())

add("terraform/decoy-data-secretsmanager", "infra/aws/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "shop_db" {
  secret_id = "prod/kanchi-shop/mysql"
}

locals {
  shop_db = jsondecode(data.aws_secretsmanager_secret_version.shop_db.secret_string)
}

resource "aws_db_instance" "shop" {
  identifier        = "kanchi-shop"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = local.shop_db.username
  password          = local.shop_db.password
  skip_final_snapshot = false
}
""")

add("shell/decoy-vault-read", "ops/scripts/deploy_shop.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.kanchiweavers.example.in
RZP_SECRET=$(vault kv get -field=key_secret secret/shop/razorpay)
DB_PASS=$(vault kv get -field=password secret/shop/mysql)
ssh deploy@arani-shop-blr1 "sudo tee /etc/shop/env >/dev/null" <<< "RAZORPAY_KEY_SECRET=$RZP_SECRET
DB_PASSWORD=$DB_PASS"
ssh deploy@arani-shop-blr1 sudo systemctl restart shop-php-fpm
""")

add("json/decoy-package-lock-integrity", "arani-silks-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "arani-silks-web",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/algoliasearch": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.23.3.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@sendgrid/mail": {
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("toml/decoy-poetry-lock-hashes", "pattu_coop/poetry.lock", "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock", """
[[package]]
name = "razorpay"
version = "1.4.2"
description = "Razorpay Python Client"
optional = false
python-versions = "*"
files = [
    {file = "razorpay-1.4.2-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "razorpay-1.4.2.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@h3@@"
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("xml/decoy-maven-settings-env", "pattu-coop-erp/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>github</id>
      <username>kanchiweavers-ci</username>
      <password>${env.GITHUB_PACKAGES_TOKEN}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>central-mirror</id>
      <url>https://repo.maven.apache.org/maven2</url>
      <mirrorOf>central</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""")

add("xml/nexus-deploy-password", "foundry/kiln-monitor-java/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>foundry-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>foundry</id>
      <repositories>
        <repository><id>foundry-nexus</id><url>http://192.168.10.60:8081/repository/maven-releases/</url></repository>
      </repositories>
    </profile>
  </profiles>
</settings>
""", rand_pw(16))

add("properties/decoy-masked-values", "foundry/kiln-monitor-java/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html", """
server.port=8088
kiln.poll-interval=5s
kiln.panel.user=admin
kiln.panel.password=********
spring.datasource.url=jdbc:h2:file:./data/kiln
spring.datasource.username=sa
spring.datasource.password=
management.endpoints.web.exposure.include=health,info
""")

add("properties/mqtt-password", "foundry/kiln-monitor-java/src/main/resources/application-foundry.properties", "https://www.eclipse.org/paho/files/javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", """
# Thermocouple gateway publishes on foundry/kiln/+/temp
mqtt.broker=tcp://192.168.10.50:1883
mqtt.client-id=kiln-monitor
mqtt.username=kiln
mqtt.password=@@secret@@
mqtt.topic=foundry/kiln/+/temp
mqtt.qos=1
""", rand_pw(14))

add("compose/decoy-mounted-passwd-file", "foundry/mqtt/docker-compose.yml", "https://mosquitto.org/man/mosquitto-conf-5.html", """
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
    volumes:
      - ./mosquitto.conf:/mosquitto/config/mosquitto.conf:ro
      - ./passwd:/mosquitto/config/passwd:ro   # made with mosquitto_passwd, not committed
      - ./acl:/mosquitto/config/acl:ro
    restart: unless-stopped
""")

add("text/decoy-mosquitto-passwd-hashes", "foundry/mqtt/passwd.example", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
# Example only: hashes made with `mosquitto_passwd -U`; the real file is on the gateway
kiln:$7$101$@@s1@@$@@h1@@
dashboard:$7$101$@@s2@@$@@h2@@
gateway:$7$101$@@s3@@$@@h3@@
operator:$7$101$@@s4@@$@@h4@@
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

# ---------------------------------------------------------------- more secrets, more forms

_pw = rand_pw(18)
add("python/tally-password-split", "swamimalai_bronze/legacy/tally_bridge.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """
\"\"\"Old bridge that pushes icon invoices into Tally over its XML port (still used for cash sales).\"\"\"
import requests

TALLY_URL = "http://192.168.1.15:9000"
TALLY_USER = "billing"
TALLY_PASS = ("@@a@@"
              "@@b@@")


def push_voucher(xml: str) -> str:
    r = requests.post(TALLY_URL, data=xml.encode("utf-8"), auth=(TALLY_USER, TALLY_PASS), timeout=30)
    r.raise_for_status()
    return r.text
""", _pw, a=_pw[:9], b=_pw[9:])

_pw = words_pw()
add("yaml/http-basic-password", "ops/uptime/checks.yaml", "https://datatracker.ietf.org/doc/html/rfc7617", """
# Uptime checks (run every 5 minutes from the office Pi)
checks:
  - name: shop
    url: https://kanchipattu.example.in/health
  - name: erp-admin
    url: https://erp.kanchiweavers.example.in/admin/health
    headers:
      Authorization: "Basic @@enc@@"
  - name: kiln-panel
    url: http://192.168.10.41/status.json
    timeout: 3s
alert_to: "#foundry"
""", _pw, enc=b64("uptime:" + _pw))

add("shell/http-basic-password", "ops/scripts/zoho_invoice_pull.sh", "https://everything.curl.dev/http/auth", """
#!/bin/bash
# Pull yesterday's invoices from the old billing portal of the zari supplier
DAY=$(date -d yesterday +%F)
curl -sf -u "kanchi114:@@secret@@" \\
  "https://portal.tnzari.example.in/api/invoices?date=${DAY}" \\
  -o "/srv/zari/invoices/${DAY}.json"
jq '.invoices | length' "/srv/zari/invoices/${DAY}.json"
""", words_pw())

add("env/hetzner-token", "infra/hetzner/.envrc", "https://docs.hetzner.cloud/#authentication", """
# direnv for the backup box in Falkenstein
export HCLOUD_TOKEN=@@secret@@
export HCLOUD_CONTEXT=kanchi-backup
export RESTIC_REPOSITORY=sftp:u391204@u391204.your-storagebox.de:/restic
export RESTIC_PASSWORD_FILE=$HOME/.config/restic/pw
""", alnum(64))

add("shell/restic-password", "ops/backup/restic-backup.sh", "https://restic.readthedocs.io/en/stable/040_backup.html", """
#!/bin/sh
# Nightly backup of designs, photos and the ERP dump (வடிவமைப்புகள் பாதுகாப்பு)
export RESTIC_REPOSITORY="s3:https://s3.eu-central-003.backblazeb2.com/kanchi-restic"
export AWS_ACCESS_KEY_ID="003@@kid@@"
export AWS_SECRET_ACCESS_KEY="@@secret@@"
export RESTIC_PASSWORD_FILE=/etc/restic/pw
restic backup /srv/designs /srv/photos /var/backups/erp --tag nightly
restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
""", "K003" + fakes.drawn(_seed(), 27, ALNUM + "/+"), kid=hexs(22))

add("python/exotel-api-token", "pattu_coop/integrations/exotel_calls.py", "https://developer.exotel.com/api/make-a-call-api", """
\"\"\"Missed-call line for weavers to report a broken loom (தறி பழுது).\"\"\"
import requests

SID = "kanchiweavers1"
API_KEY = "@@key@@"
API_TOKEN = "@@secret@@"
URL = f"https://api.exotel.com/v1/Accounts/{SID}/Calls/connect.json"


def call_mechanic(weaver_phone: str, mechanic_phone: str) -> dict:
    r = requests.post(URL, auth=(API_KEY, API_TOKEN),
                      data={"From": weaver_phone, "To": mechanic_phone, "CallerId": "04427221234"})
    return r.json()
""", hexs(40), key=hexs(48))

add("php/instamojo-private-key", "kanchi-pattu-shop/config/instamojo.php", "https://docs.instamojo.com/docs/payments-api", """
<?php
// Old Instamojo links still used for exhibition stalls (கண்காட்சி)
return [
    'endpoint'      => 'https://www.instamojo.com/api/1.1/',
    'api_key'       => '@@key@@',
    'auth_token'    => '@@secret@@',
    'private_salt'  => env('INSTAMOJO_SALT'),
    'redirect_url'  => 'https://kanchipattu.example.in/instamojo/return',
];
""", hexs(32), key=hexs(32))

add("typescript/jwt-signing-secret", "weaver-app/api/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """
import jwt from "jsonwebtoken";

// Weavers log in with phone + OTP; the app keeps this token for 30 days
const JWT_SECRET = "@@secret@@";

export function issue(weaverId: string, society: string): string {
  return jwt.sign({ sub: weaverId, soc: society, role: "weaver" }, JWT_SECRET, { expiresIn: "30d" });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET) as { sub: string; soc: string; role: string };
}
""", rand_pw(48))

add("typescript/decoy-jwt-sample", "weaver-app/api/test/auth.spec.ts", "https://jwt.io/introduction", """
import { describe, expect, it } from "vitest";
import { decode } from "jsonwebtoken";

// A token from jwt.io's debugger, signed with "your-256-bit-secret": safe to keep in a test
const SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

describe("decode", () => {
  it("reads the subject", () => {
    expect((decode(SAMPLE) as any).sub).toBe("1234567890");
  });
});
""")

add("kotlin/decoy-buildconfig-field", "weaver-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "in.kanchiweave"
    compileSdk = 34
    defaultConfig {
        applicationId = "in.kanchiweave"
        minSdk = 24
        versionCode = 32
        versionName = "3.2.0"
        buildConfigField("String", "API_BASE", "\\"https://app.kanchiweavers.example.in/api\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${providers.gradleProperty("MAPS_KEY").getOrElse("")}\\"")
    }
}
""")

add("properties/android-keystore-password", "weaver-app/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
# Upload key for the Play Store (weaver app)
storeFile=../keys/kanchiweave-upload.jks
storePassword=@@secret@@
keyAlias=upload
keyPassword=@@secret@@
""", rand_pw(16))

add("kotlin/mqtt-password", "weaver-app/app/src/main/java/in/kanchiweave/loom/LoomStatus.kt", "https://www.eclipse.org/paho/files/javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", """
package `in`.kanchiweave.loom

import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions

class LoomStatus(private val weaverId: String) {
    private val client = MqttClient("ssl://mqtt.kanchiweavers.example.in:8883", "app-$weaverId", null)

    fun connect() {
        val opts = MqttConnectOptions().apply {
            userName = "weaver-app"
            password = "@@secret@@".toCharArray()
            isAutomaticReconnect = true
        }
        client.connect(opts)
        client.subscribe("looms/$weaverId/status")
    }
}
""", rand_pw(20))

add("github-actions/slack-webhook", ".github/workflows/nightly-backup-check.yml", "https://github.com/slackapi/slack-github-action", """
name: nightly-backup-check
on:
  schedule:
    - cron: "30 1 * * *"   # 07:00 IST
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - run: |
          AGE=$(curl -s https://backup-status.kanchiweavers.example.in/age)
          echo "age=$AGE" >> "$GITHUB_OUTPUT"
        id: age
      - if: steps.age.outputs.age > 26
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Backup older than 26h (காப்புப் பிரதி தாமதம்)"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-catalogue.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: deploy-catalogue
on:
  push:
    branches: [main]
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
          role-to-assume: arn:aws:iam::482193760551:role/catalogue-deploy
          aws-region: ap-south-1
      - run: aws s3 sync site/ s3://swamimalai-bronze-catalogue/site --delete
""")

add("dockerfile/npm-token", "arani-silks-web/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json .npmrc ./
RUN echo "//npm.pkg.github.com/:_authToken=@@secret@@" >> .npmrc && npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", fakes.github_token(_seed()))

add("ini/npm-token", "weaver-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
@kanchiweavers:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
audit-level=high
""", fakes.fake("npm_", 36, _seed()))

add("ini/decoy-npmrc-env", "arani-silks-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@kanchiweavers:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
fund=false
""")

# ---------------------------------------------------------------- keys, SSH, deploy

add("yaml/ssh-private-key", "ops/ansible/host_vars/foundry-pi.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/connection_details.html", """
# Raspberry Pi that reads the kiln thermocouples (shed 2)
ansible_host: 192.168.10.70
ansible_user: pi
deploy_key: |
  @@key@@
kiln_units: [kiln-1, kiln-2]
""", _k := ssh_ed25519_pem(), key="\n  ".join(_k.splitlines()))

add("shell/ssh-private-key", "ops/scripts/bootstrap_pi.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/bash
# First boot of a new kiln Pi: install the deploy key so it can pull kiln-monitor
mkdir -p /home/pi/.ssh
cat > /home/pi/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/pi/.ssh/id_ed25519
chown -R pi:pi /home/pi/.ssh
sudo -u pi git clone git@github.com:swamimalai-bronze/kiln-monitor.git /opt/kiln-monitor
""", ssh_ed25519_pem())

add("text/decoy-ssh-public-keys", "ops/ssh/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Public keys of people who may log in to the shop droplet (public by design)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ senthil@accounts-pc
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ ganesh@foundry-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ ci@github-actions
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ lakshmi@old-laptop-revoke
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 300, ALNUM + "+/") + "=", k4=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("text/decoy-known-hosts", "ops/ssh/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """
arani-shop-blr1,139.59.12.44 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
192.168.10.70 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
192.168.1.10 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k3@@=
u391204.your-storagebox.de ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 87, ALNUM + "+/"), k4=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("github-actions/ssh-private-key", ".github/workflows/deploy-erp.yml", "https://github.com/appleboy/ssh-action", """
name: deploy-erp
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: erp.kanchiweavers.example.in
          username: deploy
          key: |
            @@key@@
          script: |
            cd /opt/pattu-coop-erp && git pull && docker compose up -d --build
""", _k := fakes.fake_pem(_seed(), "RSA"), key="\n            ".join(_k.splitlines()))

add("markdown/decoy-pem-example", "docs/it/ssl-certificates.md", "https://letsencrypt.org/docs/", """
# TLS certificates

All sites use Let's Encrypt through certbot on each droplet; renewal is automatic.

The files look like this (example, not our key):

```
-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASC...(truncated)...
-----END PRIVATE KEY-----
```

Never copy `privkey.pem` off the server; if a server is rebuilt, issue a new certificate.
Check expiry: `sudo certbot certificates`.
""")

add("text/decoy-certificate-chain", "deploy/nginx/certs/kanchipattu.example.in.crt", "https://www.rfc-editor.org/rfc/rfc7468", """
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
-----END CERTIFICATE-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l4=fakes.drawn(_seed(), 64, ALNUM + "+/"), l5=fakes.drawn(_seed(), 64, ALNUM + "+/"), l6=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("k8s-secret/tls-private-key", "deploy/k8s/shop-tls-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: kanchipattu-tls
  namespace: kanchi-shop
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
""", _pem := fakes.fake_pem(_seed(), "EC"), crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), enc=b64(_pem + "\n"))

# ---------------------------------------------------------------- foundry / weaving business apps

add("python/decoy-panchaloha-ratios", "foundry/alloy/panchaloha.py", "https://en.wikipedia.org/wiki/Panchaloha", """
\"\"\"Panchaloha (ஐம்பொன்) batch calculator: copper, brass, lead, with token silver and gold.\"\"\"

RATIOS = {"copper": 0.80, "brass": 0.15, "lead": 0.045, "silver": 0.004, "gold": 0.001}
BATCH_CODE = "PL-2024-0917-A"
CRUCIBLE_SERIAL = "CRU-88A1-4F07-92BC"


def batch(kg: float) -> dict:
    return {metal: round(kg * share, 3) for metal, share in RATIOS.items()}


if __name__ == "__main__":
    print(BATCH_CODE, batch(62.0))
""")

add("python/decoy-token-variable-names", "pattu_coop/coop/api/auth.py", "https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication", """
from rest_framework.authentication import TokenAuthentication
from rest_framework.permissions import IsAuthenticated
from rest_framework.views import APIView
from rest_framework.response import Response

PASSWORD_MIN_LENGTH = 10
TOKEN_HEADER = "Authorization"
TOKEN_PREFIX = "Token"
SECRET_KEY_SETTING = "DJANGO_SECRET_KEY"


class WarpStatus(APIView):
    authentication_classes = [TokenAuthentication]
    permission_classes = [IsAuthenticated]

    def get(self, request):
        return Response({"weaver": request.user.username, "warp_ready": True})
""")

add("sql/decoy-schema-columns", "pattu_coop/db/schema.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
-- நெசவாளர் (weaver) and loom tables
CREATE TABLE weaver (
    id            text PRIMARY KEY,          -- KW-0114
    name          text NOT NULL,
    village       text,
    phone         text,
    password_hash text NOT NULL,             -- argon2id
    api_token     text UNIQUE,               -- issued on login, hashed at rest
    created_at    timestamptz DEFAULT now()
);
CREATE TABLE loom (
    id        serial PRIMARY KEY,
    weaver_id text REFERENCES weaver(id),
    kind      text CHECK (kind IN ('pit', 'frame', 'power', 'jacquard')),
    hooks     int
);
""")

add("sql/postgres-role-password", "pattu_coop/db/roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Roles for the ERP and the read-only Metabase dashboards
CREATE ROLE coop_erp LOGIN PASSWORD '@@pw1@@';
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE coop TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
""", rand_pw(16), pw1=rand_pw(16))

add("compose/metabase-db-password", "ops/metabase/docker-compose.yml", "https://www.metabase.com/docs/latest/installation-and-operation/configuring-application-database", """
services:
  metabase:
    image: metabase/metabase:v0.50.6
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: @@secret@@
      MB_DB_HOST: 10.20.0.5
      JAVA_TIMEZONE: Asia/Kolkata
""", words_pw())

add("json/decoy-metabase-dashboard", "ops/metabase/dashboards/loom_output.json", "https://www.metabase.com/docs/latest/api/dashboard", """
{
  "name": "Loom output by village (கிராம வாரியாக)",
  "public_uuid": "@@u1@@",
  "entity_id": "@@e@@",
  "cards": [
    {"card_id": 41, "row": 0, "col": 0, "size_x": 12, "size_y": 6},
    {"card_id": 42, "row": 6, "col": 0, "size_x": 6, "size_y": 4}
  ],
  "parameters": [{"slug": "month", "type": "date/month-year"}]
}
""", u1=uuid_s(), e=fakes.drawn(_seed(), 21, ALNUM + "_-"))

# ---------------------------------------------------------------- vendors of the trade

add("python/zari-rate-api-key", "zari-calc/src/zari_calc/rates.py", "https://metalpriceapi.com/documentation", """
\"\"\"Day's silver and gold rates for zari costing (ஜரி விலை).\"\"\"
import functools

import requests

_API = "https://api.metalpriceapi.com/v1/latest"
_KEY = "@@secret@@"  # FIXME: remove before the next release


@functools.lru_cache(maxsize=1)
def rates() -> dict:
    r = requests.get(_API, params={"api_key": _KEY, "base": "INR", "currencies": "XAG,XAU"}, timeout=10)
    r.raise_for_status()
    return r.json()["rates"]


def silver_per_gram() -> float:
    return 1 / rates()["XAG"] / 31.1035
""", hexs(32))

add("python/decoy-zari-rate-env", "zari-calc/src/zari_calc/config.py", "https://docs.python.org/3/library/os.html#os.getenv", """
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    rate_api_key: str = os.getenv("ZARI_RATE_API_KEY", "")
    cache_path: str = os.path.expanduser("~/.cache/zari-calc/rates.json")
    default_grade: str = "pure-half-fine"


settings = Settings()
""")

add("yaml/courier-b2b-password", "foundry/dispatch/courier_accounts.yaml", "https://www.bluedart.com/web/guest/api-documentation", """
# B2B courier accounts for crated icons (மர பெட்டி)
bluedart:
  login_id: SWBRZ0214
  license_key: @@secret@@
  customer_code: "147723"
  area: MAA
tci_freight:
  account: SB-KMB-0019
  portal: https://www.tcifreight.in/
  login: see Bitwarden "TCI Freight"
default_insurance_percent: 0.2
""", hexs(32))

add("env/textlocal-api-key", "foundry/dispatch/.env", "https://api.textlocal.in/docs/sendsms", """
# SMS to clients when the crate leaves Swamimalai
TEXTLOCAL_APIKEY=@@secret@@
TEXTLOCAL_SENDER=SWMBRZ
DISPATCH_FROM_PINCODE=612302
DISPATCH_CONTACT=+91 435 245 0000
""", fakes.drawn(_seed(), 44, ALNUM + "="))

add("python/tnzari-portal-password", "pattu_coop/integrations/tnzari_orders.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """
\"\"\"Place the monthly zari indent with the state zari company portal.\"\"\"
import requests

PORTAL = "https://indent.tnzari.example.in"
SOCIETY_CODE = "KPM-114"

session = requests.Session()
session.post(f"{PORTAL}/login", data={"society": SOCIETY_CODE, "password": "@@secret@@"}, timeout=30)


def place_indent(marcs: int, grade: str = "half-fine") -> dict:
    # 1 marc = 242 g of zari
    r = session.post(f"{PORTAL}/indent", json={"marcs": marcs, "grade": grade}, timeout=30)
    r.raise_for_status()
    return r.json()
""", words_pw())

add("json/decoy-loom-config", "design-studio/jacquard/loom-profiles.json", "https://www.staubli.com/global/en/textile/textile-products/jacquard-machines.html", """
{
  "profiles": [
    {"id": "JC5-240", "hooks": 240, "card_format": "jc5", "serial": "SX-2219-0440-7781"},
    {"id": "JC5-480", "hooks": 480, "card_format": "jc5", "serial": "SX-2219-0441-1129"},
    {"id": "PIT-120", "hooks": 120, "card_format": "punched", "serial": null}
  ],
  "default_profile": "JC5-240",
  "design_checksum": "md5:@@m@@"
}
""", m=hexs(32))

add("python/aws-secret-access-key", "catalogue/tools/resize_upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", """
\"\"\"Resize saree photos to 1600px and upload to the catalogue bucket.\"\"\"
import pathlib

import boto3
from PIL import Image

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="ap-south-1",
)

for path in pathlib.Path("incoming").glob("*.jpg"):
    img = Image.open(path)
    img.thumbnail((1600, 1600))
    out = pathlib.Path("resized") / path.name
    img.save(out, quality=85)
    s3.upload_file(str(out), "swamimalai-bronze-catalogue", f"sarees/{path.name}")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/decoy-aws-example-keys", "catalogue/tools/test_data/aws_config.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html#sec-access-keys-and-secret-access-keys", """
{
  "comment": "AWS's documented example keys, used by the moto-based tests only",
  "aws_access_key_id": "AKIAIOSFODNN7EXAMPLE",
  "aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "region": "ap-south-1",
  "bucket": "test-catalogue"
}
""")

add("toml/decoy-netlify-config", "arani-silks-web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_RAZORPAY_KEY_ID = "@@kid@@"
  VITE_ALGOLIA_APP_ID = "7QK2JH4V9E"

[[redirects]]
  from = "/api/*"
  to = "https://api.aranisilks.example.in/:splat"
  status = 200
""", kid=razorpay_id())

add("toml/cloudflare-api-token", "arani-silks-web/wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/", """
name = "arani-image-resizer"
main = "src/worker.ts"
compatibility_date = "2024-06-01"
account_id = "@@acct@@"

[vars]
ORIGIN = "https://arani-saree-photos.s3.ap-south-1.amazonaws.com"
# used by the purge step in scripts/purge.sh
CF_API_TOKEN = "@@secret@@"
""", fakes.drawn(_seed(), 40, ALNUM + "_-"), acct=hexs(32))

add("toml/decoy-cargo-config", "loomctl/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", """
[package]
name = "loomctl"
version = "0.4.1"
edition = "2021"
description = "Talk to the society's Jacquard loom gateway"
license = "MIT"

[dependencies]
reqwest = { version = "0.12", features = ["blocking", "json"] }
hmac = "0.12"
sha2 = "0.10"
hex = "0.4"
""")

add("ini/decoy-setup-cfg", "zari-calc/setup.cfg", "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html", """
[metadata]
name = zari-calc
version = attr: zari_calc.__version__
description = Zari weight calculator

[options]
packages = find:
package_dir = = src
install_requires =
    pydantic>=2

[tool:pytest]
testpaths = tests
""")

add("shell/pypi-token", "zari-calc/release.sh", "https://twine.readthedocs.io/en/stable/#environment-variables", """
#!/bin/sh
# Manual release from Senthil's laptop (until trusted publishing is set up)
set -e
rm -rf dist
python -m build
twine check dist/*
TWINE_USERNAME=__token__ \\
TWINE_PASSWORD=@@secret@@ \\
  twine upload dist/*
git tag "v$(python -c 'import zari_calc; print(zari_calc.__version__)')"
""", fakes.pypi_token(_seed()))

add("powershell/sql-sa-password", "TempleBronze.Billing/scripts/Restore-BillingDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Restore the billing DB on the office SQL Express (after a disk failure)
param([string]$Backup = "D:\\Backups\\billing_latest.bak")
$server = "OFFICE-PC\\SQLEXPRESS"
$saPassword = '@@secret@@'
Invoke-Sqlcmd -ServerInstance $server -Username sa -Password $saPassword -TrustServerCertificate -Query @"
RESTORE DATABASE billing FROM DISK = N'$Backup' WITH REPLACE, RECOVERY;
"@
Write-Host "Restored billing from $Backup"
""", words_pw())

add("powershell/decoy-secure-string", "TempleBronze.Billing/scripts/Send-MonthlyStatement.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Emails the monthly statement to temple trusts with open balances
$encrypted = Get-Content "$PSScriptRoot\\smtp.secure.txt"    # DPAPI-encrypted, this user and machine only
$secure = $encrypted | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential("accounts@swamimalaibronze.example.in", $secure)
Get-ChildItem "C:\\Statements\\$(Get-Date -Format yyyy-MM)\\*.pdf" | ForEach-Object {
    Send-MailMessage -SmtpServer smtp.zoho.in -Port 587 -UseSsl -Credential $cred `
        -From accounts@swamimalaibronze.example.in -To $_.BaseName -Subject "Statement" -Attachments $_.FullName
}
""")

# ---------------------------------------------------------------- connection strings and URLs

add("python/sqlalchemy-url", "foundry/kiln-monitor/kiln_monitor/db.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# Readings are kept 2 years for the quality certificate of each casting
ENGINE = create_engine(
    "postgresql+psycopg2://kiln:@@secret@@@192.168.10.60:5432/kiln_readings",
    pool_pre_ping=True,
)
Session = sessionmaker(bind=ENGINE)
""", rand_pw(16))

add("yaml/amqp-url", "pattu_coop/celery.yaml", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """
# Celery for wage calculation and SMS jobs
broker_url: amqp://coop:@@secret@@@10.20.0.7:5672/coop
result_backend: redis://10.20.0.9:6379/2
timezone: Asia/Kolkata
beat_schedule:
  weekly_wages:
    task: coop.wages.tasks.compute_week
    schedule: "0 18 * * 5"    # வெள்ளி மாலை 6
""", words_pw())

add("php/pdo-password", "intranet/lib/db.php", "https://www.php.net/manual/en/pdo.construct.php", """
<?php
// Intranet: design register and loom allotment
function db(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO(
            'mysql:host=10.20.0.6;dbname=intranet;charset=utf8mb4',
            'intranet',
            '@@secret@@',
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
        );
    }
    return $pdo;
}
""", rand_pw(14, "#"))

add("php/decoy-wp-config-salts-env", "arani-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
// Blog: weavers' stories (நெசவாளர் கதைகள்); values come from the host's environment
define('DB_NAME', getenv('WP_DB_NAME'));
define('DB_USER', getenv('WP_DB_USER'));
define('DB_PASSWORD', getenv('WP_DB_PASSWORD'));
define('DB_HOST', getenv('WP_DB_HOST') ?: 'localhost');
define('AUTH_KEY', getenv('WP_AUTH_KEY'));
define('SECURE_AUTH_KEY', getenv('WP_SECURE_AUTH_KEY'));
define('WP_DEBUG', false);
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
""")

add("php/wordpress-db-password", "arani-blog-old/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#database-password", """
<?php
define( 'DB_NAME', 'aranisil_wp' );
define( 'DB_USER', 'aranisil_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_DEBUG', false );
$table_prefix = 'wpas_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(12, "!@"))

add("java/jdbc-url-password", "pattu-coop-erp/src/main/java/in/pattucoop/legacy/LegacyLoomDb.java", "https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url", """
package in.pattucoop.legacy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The old VB6 loom register ran on SQL Server 2008; we still read it for history. */
public final class LegacyLoomDb {
    private static final String URL =
        "jdbc:sqlserver://192.168.1.12:1433;databaseName=LoomReg;user=loomreg;password=@@secret@@;encrypt=false";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", words_pw())

add("csharp/decoy-connection-string-integrated", "TempleBronze.Billing/appsettings.Development.json", "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax", """
{
  "ConnectionStrings": {
    "Billing": "Server=(localdb)\\\\MSSQLLocalDB;Database=billing_dev;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "Invoice": {
    "Prefix": "DEV",
    "Gstin": "33BXKPS5678L1ZQ"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

add("go/redis-password", "sareeorders/internal/cache/redis.go", "https://redis.uptrace.dev/guide/go-redis.html", """
package cache

import "github.com/redis/go-redis/v9"

// Stock of each saree SKU is cached here for the storefront (கையிருப்பு)
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "10.20.0.9:6379",
		Password: "@@secret@@",
		DB:       3,
	})
}
""", fakes.redis_password(_seed()))

add("go/decoy-test-password", "sareeorders/internal/cache/redis_test.go", "https://pkg.go.dev/testing", """
package cache

import (
	"testing"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

func TestStockCache(t *testing.T) {
	mr := miniredis.RunT(t)
	mr.RequireAuth("test-password")
	c := redis.NewClient(&redis.Options{Addr: mr.Addr(), Password: "test-password"})
	if err := c.Set(t.Context(), "sku:KP-0917", 3, 0).Err(); err != nil {
		t.Fatal(err)
	}
}
""")

add("ruby/database-yml-password", "bronze-export/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: bronze_export_dev

production:
  <<: *default
  database: bronze_export
  host: 10.30.0.4
  username: bronze_export
  password: @@secret@@
""", words_pw())

add("ruby/decoy-database-yml-env", "bronze-export/config/database.ci.yml", "https://guides.rubyonrails.org/configuring.html#connection-preference", """
test:
  adapter: postgresql
  encoding: unicode
  host: localhost
  database: bronze_export_test
  username: postgres
  password: <%= ENV.fetch("POSTGRES_PASSWORD", "postgres") %>
  pool: 5
""")

add("env/ftp-url", "design-studio/.env", "https://www.rfc-editor.org/rfc/rfc1738#section-3.2", """
# Design studio sync (CorelDraw and .jc5 files)
DESIGN_ARCHIVE=ftp://korvai_studio:@@secret@@@ftp.kanchijacquard.example.in/archive
LOCAL_DESIGNS=D:/Designs
SYNC_EVERY_MIN=30
# வடிவமைப்பு கோப்புகள் - do not sync the Clients folder
EXCLUDE=Clients/*
""", rand_pw(12))

add("yaml/elasticsearch-password", "ops/logging/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html", """
filebeat.inputs:
  - type: filestream
    id: shop-logs
    paths: [/var/log/shop/*.log]
output.elasticsearch:
  hosts: ["https://10.20.0.12:9200"]
  username: "filebeat_writer"
  password: "@@secret@@"
  ssl.verification_mode: none
setup.ilm.enabled: false
""", rand_pw(20))

add("yaml/decoy-filebeat-keystore", "ops/logging/filebeat.foundry.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/keystore.html", """
filebeat.inputs:
  - type: filestream
    id: kiln-logs
    paths: [/var/log/kiln/*.log]
output.elasticsearch:
  hosts: ["https://10.20.0.12:9200"]
  username: "${ES_USER}"
  password: "${ES_PWD}"      # from `filebeat keystore add ES_PWD`
""")

add("xml/tomcat-users-password", "foundry/kiln-monitor-java/conf/tomcat-users.xml", "https://tomcat.apache.org/tomcat-9.0-doc/manager-howto.html", """
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="foundry-admin" password="@@secret@@" roles="manager-gui"/>
  <user username="ci-deploy" password="@@pw2@@" roles="manager-script"/>
</tomcat-users>
""", words_pw(), pw2=rand_pw(16))

add("xml/decoy-web-config-transform", "TempleBronze.Billing/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Billing"
         connectionString="__BILLING_CONNECTION_STRING__"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
  <appSettings>
    <add key="PaytmMerchantKey" value="#{PaytmMerchantKey}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)"/>
  </appSettings>
</configuration>
""")

# ---------------------------------------------------------------- last group: mixed

add("ini/samba-credentials", "ops/nas/mount-designs.cred", "https://www.samba.org/samba/docs/current/man-html/mount.cifs.8.html", """
# used by /etc/fstab on the design PCs:
# //192.168.1.10/designs /mnt/designs cifs credentials=/etc/nas-designs.cred,uid=1000 0 0
username=designs
password=@@secret@@
domain=WORKGROUP
""", words_pw())

add("shell/wget-password", "ops/scripts/fetch_cctv_clip.sh", "https://www.gnu.org/software/wget/manual/wget.html#HTTP-Options", """
#!/bin/sh
# Pull a clip from the foundry NVR for the insurance claim (theft of the bronze ingots)
START="$1"; END="$2"
wget --user=admin --password='@@secret@@' \\
  "http://192.168.10.5/ISAPI/ContentMgmt/download?playbackURI=rtsp://192.168.10.5/Streaming/tracks/101?starttime=${START}&endtime=${END}" \\
  -O "clip_${START}.mp4"
""", words_pw())

add("python/rtsp-url-password", "foundry/cctv/motion_alert.py", "https://docs.opencv.org/4.x/d8/dfe/classcv_1_1VideoCapture.html", """
\"\"\"Night motion alert for the metal store (பொன் மற்றும் செம்பு அறை).\"\"\"
import cv2

STREAM = "rtsp://viewer:@@secret@@@192.168.10.5:554/Streaming/Channels/201"

cap = cv2.VideoCapture(STREAM)
bg = cv2.createBackgroundSubtractorMOG2()
while True:
    ok, frame = cap.read()
    if not ok:
        break
    mask = bg.apply(frame)
    if cv2.countNonZero(mask) > 40000:
        cv2.imwrite("/srv/cctv/alerts/last.jpg", frame)
""", rand_pw(12))

add("yaml/decoy-rtsp-without-password", "foundry/cctv/cameras.yaml", "https://docs.frigate.video/configuration/cameras", """
cameras:
  metal_store:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.10.5:554/Streaming/Channels/201
          roles: [detect, record]
  wax_room:
    ffmpeg:
      inputs:
        - path: rtsp://192.168.10.8:8554/wax_room
          roles: [detect]
""")

add("json/vscode-sftp-password", "design-studio/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Setting", """
{
  "name": "shop droplet",
  "host": "139.59.12.44",
  "protocol": "sftp",
  "port": 22,
  "username": "deploy",
  "password": "@@secret@@",
  "remotePath": "/var/www/kanchipattu",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
""", rand_pw(16))

add("json/decoy-vscode-settings", "arani-silks-web/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", """
{
  "editor.formatOnSave": true,
  "files.encoding": "utf8",
  "cSpell.words": ["Kanchipuram", "korvai", "pallu", "zari", "Arani", "thazhampoo"],
  "typescript.tsdk": "node_modules/typescript/lib",
  "dotenv.enableAutocloaking": true
}
""")

add("markdown/decoy-changelog-ids", "zari-calc/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## 0.6.2 - 2024-08-30
- Fix: half-fine grade silver share (commit 9f2c1e7a4b)
- Rates cache now keyed by date (PR #41)

## 0.6.1 - 2024-07-12
- Tamil output (`--lang ta`): ஜரி எடை, வெள்ளி, தங்கம்
- Release artifacts signed; sha256 of the wheel: @@h@@

## 0.6.0 - 2024-05-02
- First release on PyPI
""", h=sha256ish())

add("markdown/aws-secret-access-key", "docs/notes/catalogue-upload-debug.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# Debugging the catalogue upload (Sept 2024)

Uploads failed with `AccessDenied` from the design PC. What worked, from Ganesh's laptop:

```
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
aws s3 cp nataraja_36in_front.jpg s3://swamimalai-bronze-catalogue/icons/ --region ap-south-1
```

Cause: the design PC still had the old key of the `catalogue-uploader` user, which was rotated.
TODO: remove this note once the new PC is set up.
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("typescript/whatsapp-cloud-token", "arani-silks-web/src/server/whatsapp.ts", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
// Order confirmation on WhatsApp, template "order_confirmed_ta"
const PHONE_ID = "118204733650192";
const TOKEN =
  "@@a@@" +
  "@@b@@";

export async function confirm(to: string, orderNo: string) {
  await fetch(`https://graph.facebook.com/v19.0/${PHONE_ID}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      messaging_product: "whatsapp", to, type: "template",
      template: { name: "order_confirmed_ta", language: { code: "ta" },
        components: [{ type: "body", parameters: [{ type: "text", text: orderNo }] }] },
    }),
  });
}
""", _wt := whatsapp_token(), a=_wt[:90], b=_wt[90:])

add("python/decoy-razorpay-signature-test", "kanchi-pattu-shop/tests/test_signature.py", "https://razorpay.com/docs/payments/server-integration/python/payment-gateway/build-integration/#verify-payment-signature", """
import hashlib
import hmac

from shop.payments import verify_signature

# Test-mode secret made up for this test; the real one never enters the repo
SECRET = b"test_secret_for_unit_tests"


def test_signature_roundtrip():
    body = "order_TESTORDER0001|pay_TESTPAYMENT0001"
    sig = hmac.new(SECRET, body.encode(), hashlib.sha256).hexdigest()
    assert verify_signature("order_TESTORDER0001", "pay_TESTPAYMENT0001", sig, SECRET)
""")

add("env/sentry-auth-token", "arani-silks-web/.env.sentry-build-plugin", "https://docs.sentry.io/platforms/javascript/sourcemaps/uploading/vite/", """
# DO NOT commit this file (generated by @sentry/wizard)
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_ORG=arani-silks
SENTRY_PROJECT=storefront
SENTRY_URL=https://sentry.io/
""", "sntrys_" + b64('{"iat":1725000000.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"arani-silks"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/guide/agent-configuration-files/", """
api_key: @@secret@@
site: datadoghq.com
hostname: arani-shop-blr1
tags:
  - env:prod
  - team:shop
logs_enabled: true
process_config:
  process_collection:
    enabled: false
""", hexs(32))

add("yaml/decoy-datadog-env", "ops/datadog/datadog.foundry.yaml", "https://docs.datadoghq.com/agent/guide/environment-variables/", """
# api_key comes from DD_API_KEY in /etc/datadog-agent/environment (root only)
site: datadoghq.com
hostname: foundry-pi
tags:
  - env:prod
  - team:foundry
logs_enabled: false
""")

add("shell/encryption-passphrase", "ops/backup/encrypt_export.sh", "https://docs.openssl.org/3.0/man1/openssl-passphrase-options/", """
#!/bin/bash
# Encrypt the monthly weaver wage export before it goes to the bank's SFTP
IN="/srv/exports/wages_$(date +%Y%m).csv"
openssl enc -aes-256-cbc -pbkdf2 -salt -in "$IN" -out "$IN.enc" -pass pass:'@@secret@@'
shred -u "$IN"
echo "encrypted $IN"
""", passphrase())

add("csv/decoy-sku-price-list", "exports/saree_price_list_2024-09.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
sku,name_ta,name_en,weave,zari,weight_g,price_inr,barcode
KP-0917,மயில் சக்கரம் கொர்வை,Peacock wheel korvai,korvai,pure,820,48500,8901234567012
KP-0918,ருத்ராட்சம் பார்டர்,Rudraksham border,plain,half-fine,640,22800,8901234567029
KP-0919,தாழம்பூ புட்டா,Thazhampoo butta,butta,pure,760,39900,8901234567036
KP-0920,முத்து கட்டம்,Muthu kattam checks,checks,tested,580,14500,8901234567043
""")

add("k8s-secret/msg91-authkey", "deploy/k8s/erp-sms-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: erp-sms
  namespace: pattu-coop
type: Opaque
data:
  authkey: @@enc@@
  sender: @@sender@@
""", _mk := str(_rng().randint(100000, 999999)) + alnum(18), enc=b64(_mk), sender=b64("PATUCP"))

add("python/telegram-bot-token-url", "foundry/kiln-monitor/kiln_monitor/notify.py", "https://core.telegram.org/bots/api#making-requests", """
\"\"\"Kiln alerts to the foundry Telegram group (உலை எச்சரிக்கை).\"\"\"
import urllib.parse
import urllib.request

URL = "https://api.telegram.org/bot@@secret@@/sendMessage"
CHAT = "-1001748203311"


def alert(kiln: str, temp_c: float) -> None:
    data = urllib.parse.urlencode({"chat_id": CHAT, "text": f"{kiln}: {temp_c:.0f} C"}).encode()
    urllib.request.urlopen(URL, data=data, timeout=10).read()
""", fakes.telegram_token(_seed()))

add("yaml/shopify-api-secret", "kanchi-pattu-shop/erp-sync/shopify-app.yaml", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", """
# Private app that syncs Shopify orders into the society ERP
name: pattu-erp-sync
client_id: @@cid@@
client_secret: @@secret@@
scopes: read_orders,read_products,write_inventory
webhooks:
  api_version: 2024-04
  topics: [orders/create, orders/cancelled]
""", "shpss_" + hexs(32), cid=hexs(32))

add("swift/zoho-client-secret", "BronzeCatalogue/BronzeCatalogue/CRM/ZohoCRM.swift", "https://www.zoho.com/crm/developer/docs/api/v6/oauth-overview.html", """
import Foundation

/// Temple-trust leads from the catalogue app go to Zoho CRM.
struct ZohoCRM {
    static let clientID = "1000.@@cid@@"
    static let clientSecret = "@@secret@@"
    static let accountsURL = URL(string: "https://accounts.zoho.in/oauth/v2/token")!

    static func refreshBody(refreshToken: String) -> Data {
        "refresh_token=\\(refreshToken)&client_id=\\(clientID)&client_secret=\\(clientSecret)&grant_type=refresh_token"
            .data(using: .utf8)!
    }
}
""", hexs(42), cid=alnum(30).upper())

add("ansible/wifi-psk", "ops/ansible/roles/foundry_pi/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
kiln_monitor_version: 1.8.2
wifi_country: IN
wifi_ssid: FOUNDRY-SHED
wifi_psk: "@@secret@@"
ntp_server: 192.168.10.1
timezone: Asia/Kolkata
""", words_pw())

add("ansible/decoy-vault-reference", "ops/ansible/roles/shop/defaults/main.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", """
---
shop_user: deploy
shop_db_password: "{{ vault_shop_db_password }}"
shop_razorpay_secret: "{{ vault_shop_razorpay_secret }}"
shop_php_memory_limit: 256M
shop_cron_backup: "0 2 * * *"
""")

add("terraform/cloudflare-api-token", "infra/cloudflare/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "@@zone@@"
  name    = "kanchipattu.example.in"
  content = "139.59.12.44"
  type    = "A"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("sql/decoy-audit-query", "pattu_coop/db/reports/token_audit.sql", "https://www.postgresql.org/docs/current/functions-datetime.html", """
-- Which weavers have not logged in for 90 days (their app tokens get revoked)
SELECT w.id, w.name, w.village, max(s.created_at) AS last_login
FROM weaver w
LEFT JOIN app_session s ON s.weaver_id = w.id
GROUP BY w.id, w.name, w.village
HAVING max(s.created_at) < now() - interval '90 days'
    OR max(s.created_at) IS NULL
ORDER BY last_login NULLS FIRST;
""")

add("notebook/postgres-password", "catalogue/notebooks/sales_by_weave.ipynb", "https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@10.20.0.5/coop')\\n",
    "df = pd.read_sql('select weave, sum(price_inr) as sales from sale group by weave', eng)\\n",
    "df.sort_values('sales', ascending=False)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(14))

add("kotlin/razorpay-key-secret", "weaver-app/app/src/main/java/in/kanchiweave/pay/AdvancePayment.kt", "https://razorpay.com/docs/payments/payment-gateway/android-integration/standard/", """
package `in`.kanchiweave.pay

import android.app.Activity
import com.razorpay.Checkout
import org.json.JSONObject

object AdvancePayment {
    private const val KEY_ID = "@@kid@@"
    // used to create orders from the app until the server endpoint is ready
    private const val KEY_SECRET = "@@secret@@"

    fun start(activity: Activity, orderId: String, paise: Int) {
        val co = Checkout().apply { setKeyID(KEY_ID) }
        co.open(activity, JSONObject().put("order_id", orderId).put("amount", paise).put("currency", "INR"))
    }
}
""", razorpay_secret(), kid=razorpay_id())

add("shell/mysqldump-password", "ops/backup/mysql_backup.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# Nightly dump of the shop database, kept 14 days
set -e
DEST=/var/backups/mysql
mysqldump --single-transaction -h 127.0.0.1 -u backup --password='@@secret@@' pattu_shop \\
  | gzip > "$DEST/pattu_shop-$(date +%F).sql.gz"
find "$DEST" -name '*.sql.gz' -mtime +14 -delete
""", rand_pw(16, "!#"))

add("env/mailjet-secret-key", "bronze-export/.env.production", "https://dev.mailjet.com/email/guides/getting-started/", """
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
MAILJET_API_KEY=@@key@@
MAILJET_SECRET_KEY=@@secret@@
MAILJET_SENDER=orders@swamimalaibronze.example.in
DEFAULT_CURRENCY=USD
""", hexs(32), key=hexs(32))

add("dockerfile/decoy-healthcheck", "foundry/kiln-monitor/Dockerfile", "https://docs.docker.com/reference/dockerfile/#healthcheck", """
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY kiln_monitor/ kiln_monitor/
ENV KILN_CONFIG=/etc/kiln/config.yaml
HEALTHCHECK --interval=30s CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8088/health')"
CMD ["python", "-m", "kiln_monitor"]
""")

add("csv/delhivery-api-token", "docs/notes/vendor_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
vendor,purpose,account,key_or_login,owner,renewed
Shiprocket,saree parcels,api.dispatch@aranisilks.example.in,in Bitwarden,Senthil,2024-04
MSG91,SMS,kanchiweavers,in Bitwarden,Senthil,2024-01
Delhivery,bronze crates,SWAMIBRONZE,@@secret@@,Ganesh,2024-06
Razorpay,payments,kanchipattu,in Bitwarden,Lakshmi,2023-11
""", hexs(40))
