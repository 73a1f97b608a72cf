"""Blind set ON: a Darbhanga Madhubani painting e-shop and a Muzaffarpur litchi cold-chain firm.

The e-shop (Mithila Rang, Darbhanga: web shop, Razorpay/UPI checkout, artist payouts, WhatsApp
order updates, courier labels, newsletter) and the cold-chain firm (Shahi Litchi Coldchain,
Muzaffarpur: pack-house cold rooms, reefer truck temperature loggers over MQTT/GPRS, GPS tracking,
air-cargo bookings from Patna and Darbhanga, buyer portals), with comments and notes in Maithili,
Bhojpuri and Hindi, mixed with English as the teams write. About 130 files holding one credential
each and about 90 decoys. Generated fakes only (seeds 8950000-8959999).
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
UPPER = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 8950000, 8959999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Litchi", "Shahi", "Machhli", "Kamal", "Sita", "Kohbar", "Baans", "Makhana", "Pokhar", "Kosi",
         "Bagmati", "Gandak", "Chhath", "Mithila", "Rang", "Kachni", "Bharni", "Tota", "Suga", "Aam"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("@#!$%*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    r = _rng()
    return prefix + "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return rnd(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pw() -> str:
    return fakes.password(_seed())


def rzp_id() -> str:
    return mixed(14, "rzp_live_")


def rzp_secret() -> str:
    return mixed(24)


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24 if not kind.startswith("rk") else 99, kind)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailchimp() -> str:
    return hexs(32) + "-us14"


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def wa_token() -> str:
    return "EAA" + mixed(190)


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "_-") + "AA"


def azure_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(64))
    return base64.b64encode(raw).decode()


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def hf_tok() -> str:
    return mixed(34, "hf_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7))
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def indent(block: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line for line in block.splitlines())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-on/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- Mithila Rang: shop and payments

add("python/razorpay-secret", "mithilarang/shop/payments/razorpay_client.py",
    "https://razorpay.com/docs/payments/server-integration/python/", r'''
"""Razorpay से order बनाबय वाला helper. Checkout ओहि सँ चलैत अछि."""
import razorpay

RZP_KEY_ID = "@@kid@@"
# TODO(anjali): ई secret .env मे लऽ जाउ, एखन testing लेल एतय अछि
RZP_KEY_SECRET = "@@s@@"

client = razorpay.Client(auth=(RZP_KEY_ID, RZP_KEY_SECRET))


def create_order(painting, qty=1):
    amount_paise = int(painting.price_inr * 100) * qty
    return client.order.create({
        "amount": amount_paise,
        "currency": "INR",
        "receipt": f"MR-{painting.sku}",
        "notes": {"artist": painting.artist_name, "shaili": painting.style},  # kachni / bharni
    })
''', rzp_secret(), kid=rzp_id())

add("env/razorpay-webhook-secret", "mithilarang/shop/.env.production",
    "https://razorpay.com/docs/webhooks/validate-test/", r'''
# Mithila Rang — production (Darbhanga server)
APP_ENV=production
APP_URL=https://www.mithilarang.in
DB_HOST=10.20.0.5
DB_NAME=mithilarang
DB_USER=shop_app
DB_PASSWORD=${SHOP_DB_PASSWORD}
RAZORPAY_KEY_ID=@@kid@@
RAZORPAY_WEBHOOK_SECRET=@@s@@
# webhook secret dashboard मे 12 जून के बदलल गेल
SHIPROCKET_EMAIL=ops@mithilarang.in
''', words_pw() + "Wh", kid=rzp_id())

add("js/decoy-razorpay-checkout-keyid", "mithilarang/shop/static/js/checkout.js",
    "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/", r'''
// Razorpay Standard Checkout — key_id public अछि, secret server पर रहैत अछि
document.getElementById("pay-btn").onclick = async function (e) {
  e.preventDefault();
  const res = await fetch("/api/orders", { method: "POST", body: new FormData(cartForm) });
  const order = await res.json();
  const options = {
    key: "@@kid@@",
    amount: order.amount,
    currency: "INR",
    name: "Mithila Rang",
    description: "मधुबनी पेंटिंग — " + order.title,
    image: "/static/img/logo-machhli.png",
    order_id: order.razorpay_order_id,
    prefill: { name: order.name, email: order.email, contact: order.phone },
    theme: { color: "#C0392B" },
  };
  new Razorpay(options).open();
};
''', None, kid=rzp_id())

add("php/paytm-merchant-key", "mithilarang/legacy/paytm/config_paytm.php",
    "https://developer.paytm.com/docs/checksum/", r'''
<?php
/* पुरान PHP shop (2019) — Paytm PG. नया site Razorpay पर अछि, मुदा ई एखनो COD refund लेल चलैत अछि */
define('PAYTM_ENVIRONMENT', 'PROD');
define('PAYTM_MERCHANT_KEY', '@@s@@');
define('PAYTM_MERCHANT_MID', 'MITHIL@@mid@@');
define('PAYTM_MERCHANT_WEBSITE', 'DEFAULT');
define('PAYTM_STATUS_QUERY_URL', 'https://securegw.paytm.in/merchant-status/getTxnStatus');
define('PAYTM_TXN_URL', 'https://securegw.paytm.in/theia/processTransaction');
?>
''', rnd(12, ALNUM + "#@&%") + rnd(4, ALNUM), mid=rnd(14, string.digits))

add("java/phonepe-salt", "mithilarang/payments-svc/src/main/resources/application-prod.properties",
    "https://developer.phonepe.com/v1/reference/pay-api-1", r'''
# PhonePe UPI — prod
phonepe.merchant-id=MITHILARANGONLINE
phonepe.salt-key=@@s@@
phonepe.salt-index=1
phonepe.base-url=https://api.phonepe.com/apis/hermes
phonepe.redirect-url=https://www.mithilarang.in/payment/phonepe/return
spring.datasource.url=jdbc:postgresql://10.20.0.5:5432/payments
spring.datasource.username=payments
spring.datasource.password=${PAYMENTS_DB_PASSWORD}
''', uuid_s())

add("yaml/cashfree-payouts", "mithilarang/payouts/config/cashfree.yml",
    "https://docs.cashfree.com/reference/authorize", r'''
# कलाकार सभ के payout (हर शुक्र दिन) — Cashfree Payouts
cashfree:
  env: PROD
  base_url: https://payout-api.cashfree.com
  client_id: CF@@cid@@
  client_secret: "@@s@@"
  transfer_mode: upi
  remarks: "Mithila Rang artist payout"
schedule:
  cron: "0 11 * * FRI"
  min_amount_inr: 500
''', "cfsk_ma_prod_" + hexs(32) + "_" + rnd(8, HEX), cid=rnd(26, UPPER))

add("python/stripe-intl", "mithilarang/shop/payments/stripe_intl.py", "https://docs.stripe.com/keys", r'''
# विदेशी ग्राहक (US/UK) लेल Stripe — INR मे नहि, USD मे
import os
import stripe

stripe.api_key = os.environ.get("STRIPE_SECRET_KEY", "@@s@@")


def intl_checkout(order):
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price_data": {"currency": "usd", "unit_amount": order.usd_cents,
                                    "product_data": {"name": order.title}}, "quantity": 1}],
        shipping_address_collection={"allowed_countries": ["US", "GB", "CA", "AU"]},
        success_url="https://www.mithilarang.in/en/thanks",
        cancel_url="https://www.mithilarang.in/en/cart",
    )
''', stripe())

add("html/decoy-stripe-publishable", "mithilarang/shop/templates/intl_checkout.html",
    "https://docs.stripe.com/keys#obtain-api-keys", r'''
{% extends "base.html" %}
{% block content %}
<h2>Madhubani paintings — international checkout</h2>
<p>पेमेंट Stripe सँ होयत। Shipping 10-14 दिन।</p>
<div id="card-element"></div>
<script src="https://js.stripe.com/v3/"></script>
<script>
  // publishable key — ई browser मे जाइत अछि, ठीक अछि
  const stripe = Stripe("@@pk@@");
  const elements = stripe.elements();
  elements.create("card").mount("#card-element");
</script>
{% endblock %}
''', None, pk=mixed(99, "pk_live_"))

add("json/decoy-razorpay-webhook-payload", "mithilarang/shop/tests/fixtures/rzp_payment_captured.json",
    "https://razorpay.com/docs/webhooks/payloads/payments/", r'''
{
  "entity": "event",
  "account_id": "acc_@@acc@@",
  "event": "payment.captured",
  "contains": ["payment"],
  "payload": {
    "payment": {
      "entity": {
        "id": "pay_@@pay@@",
        "amount": 450000,
        "currency": "INR",
        "status": "captured",
        "order_id": "order_@@ord@@",
        "method": "upi",
        "vpa": "test@okaxis",
        "email": "grahak@example.com",
        "contact": "+919999999999",
        "notes": {"sku": "MR-KOHBAR-24x36"}
      }
    }
  },
  "created_at": 1718600000
}
''', None, acc=rnd(14), pay=rnd(14), ord=rnd(14))

add("python/decoy-razorpay-webhook-verify", "mithilarang/shop/payments/webhooks.py",
    "https://razorpay.com/docs/webhooks/validate-test/", r'''
import hashlib
import hmac
import os

from flask import abort, request

# secret Vault सँ env मे अबैत अछि (ansible role: shop-secrets)
WEBHOOK_SECRET = os.environ["RAZORPAY_WEBHOOK_SECRET"].encode()


def verify():
    body = request.get_data()
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    got = request.headers.get("X-Razorpay-Signature", "")
    if not hmac.compare_digest(expected, got):
        abort(400, "signature मेल नहि खाइत अछि")
    return request.get_json()
''', None)

add("env-example/decoy-shop", "mithilarang/shop/.env.example", "https://12factor.net/config", r'''
# एहि file के .env मे copy करू आ अपन मान भरू। असली key एतय नहि राखू!
APP_ENV=local
APP_URL=http://localhost:8000
DB_PASSWORD=change-me
RAZORPAY_KEY_ID=rzp_test_xxxxxxxxxxxxxx
RAZORPAY_KEY_SECRET=<razorpay-dashboard-सँ-लिअ>
RAZORPAY_WEBHOOK_SECRET=
STRIPE_SECRET_KEY=sk_test_...
SHIPROCKET_PASSWORD=your_password_here
WHATSAPP_TOKEN=
''', None)

add("md/decoy-razorpay-rotated-note", "mithilarang/docs/incidents/2024-06-rzp-key.md",
    "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/", r'''
# 2024-06-14: Razorpay secret भूल सँ Slack मे चलि गेल

**की भेल:** Rakesh जी #dev-shop मे `.env` के screenshot पठा देलखिन, ओहि मे key secret देखा रहल छल।

**की कयल गेल:**
1. Dashboard → Settings → API Keys → *Regenerate Key* (14:20 बजे)।
2. नया secret Vault (`secret/shop/razorpay`) मे राखल; पुरान key आब काज नहि करैत अछि।
3. Slack message delete कयल, Slack admin सँ file purge करबाओल।

**सीख:** screenshot पठबय सँ पहिने देखि लिअ। `.env` कहियो chat मे नहि।

Key id (public): `@@kid@@` — ई बदलल नहि, मात्र secret बदलल।
''', None, kid=rzp_id())

add("sql/decoy-orders-seed", "mithilarang/shop/db/seeds/003_demo_orders.sql",
    "https://www.postgresql.org/docs/current/sql-insert.html", r'''
-- demo data (local/staging मात्र). असली ग्राहक नहि।
INSERT INTO customers (id, name, email, phone, password_hash) VALUES
  (1, 'Demo Grahak', 'demo1@example.com', '+910000000001', '$2b$12$@@h1@@'),
  (2, 'Test Kalakar', 'demo2@example.com', '+910000000002', '$2b$12$@@h2@@');

INSERT INTO orders (id, customer_id, sku, amount_paise, razorpay_order_id, status) VALUES
  (101, 1, 'MR-MACHHLI-12x18', 180000, 'order_@@o1@@', 'paid'),
  (102, 2, 'MR-KOHBAR-24x36', 450000, 'order_@@o2@@', 'created');
''', None, h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), o1=rnd(14), o2=rnd(14))

add("ts/instamojo", "mithilarang/workshop-tickets/src/lib/instamojo.ts",
    "https://docs.instamojo.com/reference/authentication", r'''
// Madhubani workshop (Ranti gaam) ticket — Instamojo payment link
import axios from "axios";

const API = "https://www.instamojo.com/api/1.1";
const headers = {
  "X-Api-Key": "@@kid@@",
  "X-Auth-Token": "@@s@@", // पूजा दीदी के account — बदलब जरूरी
};

export async function createWorkshopLink(buyer: { name: string; email: string; phone: string }) {
  const { data } = await axios.post(`${API}/payment-requests/`, {
    purpose: "Madhubani Workshop — Ranti",
    amount: "1500",
    buyer_name: buyer.name,
    email: buyer.email,
    phone: buyer.phone,
    redirect_url: "https://workshop.mithilarang.in/dhanyavad",
  }, { headers });
  return data.payment_request.longurl as string;
}
''', hexs(32), kid=hexs(32))

add("yaml/decoy-gh-actions-refs", "mithilarang/shop/.github/workflows/deploy.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt && pytest -q
      - name: Darbhanga server पर deploy
        env:
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
          RAZORPAY_KEY_SECRET: ${{ secrets.RAZORPAY_KEY_SECRET }}
        run: |
          echo "$SSH_KEY" > key && chmod 600 key
          ssh -i key -o StrictHostKeyChecking=no deploy@shop.mithilarang.in ./deploy.sh
''', None)

add("yaml/gh-actions-hardcoded", "mithilarang/catalog-sync/.github/workflows/sync.yml",
    "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables", r'''
name: catalog-sync
on:
  schedule:
    - cron: "30 1 * * *"   # रोज भोर 7 बजे IST
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_STORE: mithila-rang.myshopify.com
      SHOPIFY_ADMIN_TOKEN: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: node scripts/sync-catalog.js   # नया पेंटिंग सभ Shopify पर
''', "shpat_" + hexs(32))

add("php/woocommerce", "mithilarang/blog/wp-content/mu-plugins/mr-sync.php",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
<?php
/**
 * Plugin Name: MR Stock Sync
 * Description: blog shop आ मुख्य shop के stock मिलाबैत अछि.
 */
const MR_WC_URL = 'https://blog.mithilarang.in';
const MR_WC_CK = 'ck_@@ck@@';
const MR_WC_CS = '@@s@@';

add_action('mr_hourly_sync', function () {
    $resp = wp_remote_get(MR_WC_URL . '/wp-json/wc/v3/products?per_page=50', [
        'headers' => ['Authorization' => 'Basic ' . base64_encode(MR_WC_CK . ':' . MR_WC_CS)],
    ]);
    // TODO: error handling — एखन मात्र log
    error_log('mr-sync: ' . wp_remote_retrieve_response_code($resp));
});
''', "cs_" + hexs(40), ck=hexs(40))

add("php/wp-config", "mithilarang/blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// ** Database settings — blog.mithilarang.in ** //
define( 'DB_NAME', 'mr_blog' );
define( 'DB_USER', 'mr_blog' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// salts — https://api.wordpress.org/secret-key/1.1/salt/ सँ बनाउ (नीचाँ placeholder अछि)
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

$table_prefix = 'mrb_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-env", "mithilarang/blog-staging/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// staging — सभ मान server के environment सँ (Plesk → PHP settings)
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', getenv('WP_DB_HOST') ?: 'localhost' );
define( 'AUTH_KEY', getenv('WP_AUTH_KEY') );
define( 'SECURE_AUTH_KEY', getenv('WP_SECURE_AUTH_KEY') );
define( 'LOGGED_IN_KEY', getenv('WP_LOGGED_IN_KEY') );
define( 'NONCE_KEY', getenv('WP_NONCE_KEY') );
$table_prefix = 'mrs_';
define( 'WP_DEBUG', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', None)

add("python/django-settings", "mithilarang/artist-portal/portal/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
"""कलाकार portal — production settings. Kalakar login, upload, payout history."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["kalakar.mithilarang.in"]

SECRET_KEY = "@@s@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "artist_portal",
        "USER": "portal",
        "PASSWORD": env("PORTAL_DB_PASSWORD"),
        "HOST": "10.20.0.5",
    }
}
LANGUAGE_CODE = "mai"   # मैथिली default, hi / en सेहो
TIME_ZONE = "Asia/Kolkata"
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-settings-env", "mithilarang/artist-portal/portal/settings/base.py",
    "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", r'''
from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent.parent
environ.Env.read_env(BASE_DIR / ".env")

# SECRET_KEY कहियो code मे नहि — .env वा systemd EnvironmentFile सँ
SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=False)

INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
    "kalakar", "payouts",
]
LANGUAGES = [("mai", "मैथिली"), ("hi", "हिन्दी"), ("en", "English")]
USE_TZ = True
''', None)

add("json/decoy-locale-strings", "mithilarang/artist-portal/kalakar/locale/mai.json",
    "https://www.i18next.com/misc/json-format", r'''
{
  "login.title": "कलाकार लॉगिन",
  "login.password": "पासवर्ड",
  "login.password_hint": "कम सँ कम 10 अक्षर, एकटा अंक",
  "login.wrong_password": "पासवर्ड गलत अछि, फेर सँ प्रयास करू",
  "login.forgot": "पासवर्ड बिसरि गेलहुँ?",
  "otp.sent": "अहाँक मोबाइल पर OTP पठाओल गेल",
  "payout.upi_id": "UPI ID (जेना: naam@okhdfcbank)",
  "payout.token_expired": "सत्र समाप्त भेल, फेर लॉगिन करू",
  "api_key.label": "API कुंजी",
  "api_key.help": "ई कुंजी ककरो नहि देखाउ"
}
''', None)

# ---------------------------------------------------------------- Mithila Rang: messaging, courier, mail

add("python/whatsapp-cloud", "mithilarang/notify/whatsapp.py",
    "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
"""Order update WhatsApp पर — Cloud API. Template: order_dispatch_mai (मैथिली)."""
import requests

PHONE_NUMBER_ID = "1@@pnid@@"
ACCESS_TOKEN = "@@s@@"  # system user token, expire नहि होइत अछि


def send_dispatch(to, order_no, awb):
    url = f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages"
    payload = {
        "messaging_product": "whatsapp",
        "to": to,
        "type": "template",
        "template": {"name": "order_dispatch_mai", "language": {"code": "hi"},
                     "components": [{"type": "body", "parameters": [
                         {"type": "text", "text": order_no}, {"type": "text", "text": awb}]}]},
    }
    r = requests.post(url, json=payload, headers={"Authorization": f"Bearer {ACCESS_TOKEN}"}, timeout=10)
    r.raise_for_status()
''', wa_token(), pnid=rnd(14, string.digits))

add("node/msg91", "mithilarang/notify/otp/msg91.js", "https://docs.msg91.com/reference/send-otp", r'''
// कलाकार login OTP — MSG91
const axios = require("axios");

const MSG91_AUTHKEY = "@@s@@";
const TEMPLATE_ID = "6650c1d2d6fc05@@tpl@@";

async function sendOtp(mobile) {
  // mobile: 91XXXXXXXXXX (देश कोड संग)
  const url = `https://control.msg91.com/api/v5/otp?template_id=${TEMPLATE_ID}&mobile=${mobile}`;
  const { data } = await axios.post(url, {}, { headers: { authkey: MSG91_AUTHKEY } });
  return data.type === "success";
}

module.exports = { sendOtp };
''', rnd(6, string.digits) + mixed(18), tpl=hexs(10))

add("ini/textlocal", "mithilarang/notify/sms.ini", "https://api.textlocal.in/docs/", r'''
; पुरान SMS gateway (Textlocal) — COD confirmation लेल
[textlocal]
endpoint = https://api.textlocal.in/send/
apikey = @@s@@
sender = MTHRNG
; sender id DLT पर registered अछि: 1107@@dlt@@

[templates]
cod_confirm = Mithila Rang: अपनेक ऑर्डर %%|order^{"inputtype" : "text", "maxlength" : "12"}%% COD सँ confirm भेल.
''', mixed(40), dlt=rnd(15, string.digits))

add("python/twilio-token", "mithilarang/notify/ivr_callback.py", "https://www.twilio.com/docs/iam/credentials/api", r'''
# विदेशी ग्राहक के call back (Twilio) — US number सँ
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@s@@"
FROM = "+1@@num@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def callback(to_number, lang="en"):
    twiml = "<Response><Say>Namaste from Mithila Rang, Darbhanga.</Say></Response>"
    return client.calls.create(to=to_number, from_=FROM, twiml=twiml)
''', hexs(32), sid=twilio_sid(), num=rnd(10, string.digits))

add("yaml/gupshup", "mithilarang/notify/config/gupshup.yaml", "https://docs.gupshup.io/docs/whatsapp-api-documentation", r'''
# पहिने Gupshup छल, आब Cloud API — मुदा abandoned-cart campaign एखनो एतहि सँ
gupshup:
  app_name: MithilaRangWA
  source: "91@@src@@"
  apikey: @@s@@
  endpoint: https://api.gupshup.io/wa/api/v1/msg
campaigns:
  abandoned_cart:
    delay_hours: 6
    template: "नमस्कार {{1}}, अहाँक कार्ट मे मधुबनी पेंटिंग प्रतीक्षा कऽ रहल अछि 🎨"
''', rnd(32, string.ascii_lowercase + string.digits), src=rnd(10, string.digits))

add("json/decoy-whatsapp-template", "mithilarang/notify/templates/order_dispatch_mai.json",
    "https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", r'''
{
  "name": "order_dispatch_mai",
  "language": "hi",
  "category": "UTILITY",
  "components": [
    {
      "type": "BODY",
      "text": "प्रणाम! अहाँक ऑर्डर {{1}} पठा देल गेल अछि। AWB: {{2}}. ट्रैक करू: https://www.mithilarang.in/track/{{2}}",
      "example": {"body_text": [["MR-240611-0042", "1490@@awb@@"]]}
    },
    {
      "type": "FOOTER",
      "text": "Mithila Rang, Darbhanga"
    }
  ],
  "id": "1@@tid@@"
}
''', None, awb=rnd(9, string.digits), tid=rnd(15, string.digits))

add("python/shiprocket-password", "mithilarang/courier/shiprocket.py",
    "https://apidocs.shiprocket.in/#authentication", r'''
"""Shiprocket सँ AWB आ label. token 10 दिन चलैत अछि, तेँ रोज नया लैत छी."""
import requests

BASE = "https://apiv2.shiprocket.in/v1/external"
API_USER = "api.orders@mithilarang.in"
API_PASS = "@@s@@"


def token():
    r = requests.post(f"{BASE}/auth/login", json={"email": API_USER, "password": API_PASS}, timeout=15)
    r.raise_for_status()
    return r.json()["token"]


def create_label(shipment_id):
    h = {"Authorization": f"Bearer {token()}"}
    return requests.post(f"{BASE}/courier/generate/label", json={"shipment_id": [shipment_id]}, headers=h).json()
''', words_pw())

add("go/delhivery", "mithilarang/courier/delhivery/client.go",
    "https://track.delhivery.com/api-docs", r'''
package delhivery

import (
	"net/http"
	"time"
)

// पैघ पेंटिंग (36x48) Delhivery Surface सँ जाइत अछि
const (
	baseURL  = "https://track.delhivery.com"
	apiToken = "@@s@@"
	pickup   = "MITHILA RANG DARBHANGA"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

func (c *Client) auth(req *http.Request) {
	req.Header.Set("Authorization", "Token "+apiToken)
	req.Header.Set("Accept", "application/json")
}
''', hexs(40))

add("csv/decoy-awb-export", "mithilarang/courier/exports/awb_2024-06-18.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
order_no,awb,courier,pin,city,weight_kg,cod_amount,label_hash
MR-240618-0101,1490@@a1@@,Delhivery,110017,New Delhi,1.8,0,@@h1@@
MR-240618-0102,7719@@a2@@,BlueDart,560034,Bengaluru,0.9,2450,@@h2@@
MR-240618-0103,1490@@a3@@,Delhivery,846004,Darbhanga,0.5,900,@@h3@@
MR-240618-0104,SR@@a4@@,Shiprocket,400050,Mumbai,2.4,0,@@h4@@
MR-240618-0105,1490@@a5@@,Delhivery,700019,Kolkata,1.1,0,@@h5@@
''', None, a1=rnd(9, string.digits), a2=rnd(7, string.digits), a3=rnd(9, string.digits),
    a4=rnd(10, UPPER), a5=rnd(9, string.digits), h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40), h5=hexs(40))

add("python/sendgrid", "mithilarang/newsletter/send_weekly.py", "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication", r'''
"""हर रवि दिन newsletter — "एहि सप्ताहक नव चित्र". Hindi + Maithili दुनू."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@s@@")


def send(to_list, html):
    msg = Mail(from_email="namaste@mithilarang.in", to_emails=to_list,
               subject="एहि सप्ताहक नव मधुबनी चित्र 🐟", html_content=html)
    msg.asm = {"group_id": 21777}
    return sg.send(msg)
''', sendgrid())

add("env/mailchimp", "mithilarang/newsletter/.env", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
MAILCHIMP_API_KEY=@@s@@
MAILCHIMP_SERVER_PREFIX=us14
MAILCHIMP_LIST_ID=@@lid@@
# Diwali sale list अलग अछि
MAILCHIMP_DIWALI_LIST_ID=@@lid2@@
''', mailchimp(), lid=hexs(10), lid2=hexs(10))

add("properties/smtp-zoho", "mithilarang/orders-mailer/src/main/resources/mail.properties",
    "https://www.zoho.com/mail/help/zoho-smtp.html", r'''
# order invoice mail — Zoho Mail (India DC)
mail.smtp.host=smtppro.zoho.in
mail.smtp.port=465
mail.smtp.ssl.enable=true
mail.smtp.auth=true
mail.username=invoice@mithilarang.in
# app-specific password (2FA वाला account)
mail.password=@@s@@
mail.from.name=Mithila Rang — चालान
''', rnd(12, string.ascii_lowercase + string.digits))

add("eml/brevo-key-mail", "mithilarang/ops/mail-archive/2024-03-02-brevo.eml", "https://developers.brevo.com/docs/getting-started", r'''
From: Pooja Thakur <pooja@mithilarang.in>
To: Rakesh Mishra <rakesh@mithilarang.in>
Subject: Brevo API key — Holi campaign
Date: Sat, 02 Mar 2024 18:42:10 +0530
Content-Type: text/plain; charset=UTF-8

राकेश जी,

Holi campaign लेल Brevo मे नया API key बनौलहुँ। Sendgrid वाला limit भरि गेल छल।

@@s@@

एकरा newsletter server के .env मे BREVO_API_KEY नाम सँ राखि दिअ। काल्हि भोर 9 बजे
campaign जेतै।

धन्यवाद,
पूजा
''', brevo())

add("txt/decoy-mailgun-dkim", "mithilarang/ops/dns/mailgun-dns-records.txt",
    "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#verify-your-domain", r'''
mg.mithilarang.in — Mailgun DNS (Cloudflare मे डालल गेल, 2024-01-09)

TXT  mg.mithilarang.in              v=spf1 include:mailgun.org ~all
TXT  pic._domainkey.mg.mithilarang.in
     k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ@@p@@IDAQAB
MX   mg.mithilarang.in   10 mxa.mailgun.org
MX   mg.mithilarang.in   10 mxb.mailgun.org
CNAME email.mg.mithilarang.in   mailgun.org

नोट: DKIM public key अछि, private key Mailgun लग रहैत अछि।
''', None, p=rnd(150, ALNUM + "+/"))

_sa_key = pkcs8()
add("json/firebase-admin-sa", "mithilarang/app/android-push/serviceAccount.json",
    "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", r'''
{
  "type": "service_account",
  "project_id": "mithila-rang-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "firebase-adminsdk-q2x7k@mithila-rang-app.iam.gserviceaccount.com",
  "client_id": "1@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "universe_domain": "googleapis.com"
}
''', _sa_key.splitlines()[2], kid=hexs(40), cid=rnd(20, string.digits), key=_sa_key.replace("\n", "\\n") + "\\n")

add("json/decoy-firebase-web-config", "mithilarang/app/web/src/firebase-config.json",
    "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "apiKey": "@@k@@",
  "authDomain": "mithila-rang-app.firebaseapp.com",
  "projectId": "mithila-rang-app",
  "storageBucket": "mithila-rang-app.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "measurementId": "G-@@m@@"
}
''', None, k=google_api(), sender=rnd(12, string.digits), app=hexs(22), m=rnd(10, UPPER))

add("kotlin/google-maps-server", "mithilarang/app/android/app/src/main/java/in/mithilarang/geo/PinLookup.kt",
    "https://developers.google.com/maps/documentation/geocoding/get-api-key", r'''
package `in`.mithilarang.geo

import okhttp3.OkHttpClient
import okhttp3.Request

// PIN code सँ गाम/शहर — server-side Geocoding key (restriction नहि लागल छै!)
object PinLookup {
    private const val GEOCODE_KEY = "@@s@@"
    private val http = OkHttpClient()

    fun lookup(pin: String): String? {
        val url = "https://maps.googleapis.com/maps/api/geocode/json?components=postal_code:$pin|country:IN&key=$GEOCODE_KEY"
        http.newCall(Request.Builder().url(url).build()).execute().use { resp ->
            return resp.body?.string()
        }
    }
}
''', google_api())

add("xml/decoy-android-strings", "mithilarang/app/android/app/src/main/res/values-hi/strings.xml",
    "https://developer.android.com/guide/topics/resources/string-resource", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">मिथिला रंग</string>
    <string name="login_password">पासवर्ड</string>
    <string name="login_password_error">पासवर्ड गलत है</string>
    <string name="upi_hint">UPI आईडी डालें</string>
    <string name="cart_empty">आपकी कार्ट खाली है</string>
    <string name="api_key_missing">सर्वर कुंजी नहीं मिली, बाद में प्रयास करें</string>
    <string name="default_web_client_id" translatable="false">@@cid@@.apps.googleusercontent.com</string>
    <string name="gcm_defaultSenderId" translatable="false">@@sender@@</string>
</resources>
''', None, cid=rnd(12, string.digits) + "-" + rnd(32, string.ascii_lowercase + string.digits), sender=rnd(12, string.digits))

add("gradle/keystore-password", "mithilarang/app/android/gradle.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# release signing — ई file gitignore मे छल, मुदा केओ force-add कऽ देलक
MR_UPLOAD_STORE_FILE=../keys/mithilarang-upload.jks
MR_UPLOAD_KEY_ALIAS=upload
MR_UPLOAD_STORE_PASSWORD=@@s@@
MR_UPLOAD_KEY_PASSWORD=@@s@@
''', words_pw())

# ---------------------------------------------------------------- Shahi Litchi Coldchain: sensors, trucks, GPS

add("c/esp32-mqtt", "shahilitchi/firmware/reefer-logger/src/config.h",
    "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/protocols/mqtt.html", r'''
// Reefer truck तापमान logger (ESP32 + DS18B20 x3)
// हमनी के सभ truck में इहे firmware बा — BR06 series
#pragma once

#define WIFI_SSID        "ShahiLitchi-Kanti"
// WIFI_PASS NVS में provisioning के बेरा डालल जाला (provision.py)
#define MQTT_URI         "mqtts://mqtt.shahilitchi.co.in:8883"
#define MQTT_USER        "reefer-br06"
#define MQTT_PASS        "@@s@@"
#define TEMP_TOPIC       "reefer/%s/temp"
#define ALARM_HIGH_C     4.0f    // लीची 2–4°C पर रहे के चाहीं
#define ALARM_LOW_C      0.5f
#define SAMPLE_EVERY_S   60
''', fakes.redis_password(_seed()))

add("conf/decoy-mosquitto-passwd", "shahilitchi/infra/mosquitto/passwd",
    "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
reefer-br06:$7$101$@@s1@@$@@h1@@
reefer-br07:$7$101$@@s2@@$@@h2@@
packhouse-kanti:$7$101$@@s3@@$@@h3@@
packhouse-bochaha:$7$101$@@s4@@$@@h4@@
grafana-reader:$7$101$@@s5@@$@@h5@@
''', None, s1=rnd(16, ALNUM + "+/"), h1=rnd(86, ALNUM + "+/") + "==", s2=rnd(16, ALNUM + "+/"), h2=rnd(86, ALNUM + "+/") + "==",
    s3=rnd(16, ALNUM + "+/"), h3=rnd(86, ALNUM + "+/") + "==", s4=rnd(16, ALNUM + "+/"), h4=rnd(86, ALNUM + "+/") + "==",
    s5=rnd(16, ALNUM + "+/"), h5=rnd(86, ALNUM + "+/") + "==")

add("conf/mosquitto-bridge", "shahilitchi/infra/mosquitto/conf.d/bridge-hivemq.conf",
    "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# Muzaffarpur broker सँ HiveMQ Cloud (buyer dashboard खातिर) bridge
connection hivemq-buyers
address @@host@@.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
remote_clientid shahi-bridge-01
remote_username shahi-bridge
remote_password @@s@@
bridge_cafile /etc/ssl/certs/ca-certificates.crt
topic reefer/+/temp out 1 "" buyers/shahi/
topic reefer/+/gps out 1 "" buyers/shahi/
cleansession true
''', words_pw(), host=hexs(32))

add("python/mqtt-ingest", "shahilitchi/ingest/mqtt_to_influx.py",
    "https://docs.influxdata.com/influxdb/v2/api-guide/tutorials/python/", r'''
"""MQTT (reefer/+/temp) सँ InfluxDB में लिखे वाला service. Bhojpuri comment माफ करब :)"""
import json

import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

INFLUX_URL = "http://10.30.0.12:8086"
INFLUX_ORG = "shahi-litchi"
INFLUX_TOKEN = "@@s@@"   # all-access token ह, बाद में read/write अलग करब
BUCKET = "reefer"

write_api = InfluxDBClient(url=INFLUX_URL, token=INFLUX_TOKEN, org=INFLUX_ORG).write_api(write_options=SYNCHRONOUS)


def on_message(client, userdata, msg):
    truck = msg.topic.split("/")[1]
    data = json.loads(msg.payload)
    write_api.write(BUCKET, record=Point("temp").tag("truck", truck).field("c", float(data["c"])))


c = mqtt.Client(client_id="ingest-01")
c.on_message = on_message
c.connect("127.0.0.1", 1883)
c.subscribe("reefer/+/temp", qos=1)
c.loop_forever()
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("json/decoy-reefer-reading", "shahilitchi/ingest/tests/sample_messages.json",
    "https://mqtt.org/mqtt-specification/", r'''
[
  {"topic": "reefer/BR06GD4471/temp", "payload": {"c": 3.1, "probe": "28-@@p1@@", "fw": "1.4.2", "ts": 1718512345}},
  {"topic": "reefer/BR06GD4471/temp", "payload": {"c": 3.4, "probe": "28-@@p2@@", "fw": "1.4.2", "ts": 1718512405}},
  {"topic": "reefer/BR06HA0915/gps", "payload": {"lat": 26.1209, "lon": 85.3647, "imei": "86@@imei@@", "ts": 1718512410}},
  {"topic": "reefer/BR06HA0915/temp", "payload": {"c": 5.9, "alarm": "HIGH", "session": "@@sess@@", "ts": 1718512470}}
]
''', None, p1=hexs(12), p2=hexs(12), imei=rnd(13, string.digits), sess=uuid_s())

add("yaml/traccar-docker", "shahilitchi/infra/traccar/docker-compose.yml",
    "https://www.traccar.org/docker/", r'''
# GPS tracking (Traccar) — हर truck में Teltonika FMB920 लागल बा
services:
  traccar:
    image: traccar/traccar:6.2
    restart: unless-stopped
    ports:
      - "8082:8082"
      - "5027:5027"   # teltonika
    volumes:
      - ./traccar.xml:/opt/traccar/conf/traccar.xml:ro
      - ./logs:/opt/traccar/logs
  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: traccar
      MYSQL_USER: traccar
      MYSQL_PASSWORD: @@s@@
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}
    volumes:
      - ./mysql:/var/lib/mysql
''', fakes.redis_password(_seed()))

add("xml/decoy-traccar-config", "shahilitchi/infra/traccar/traccar.xml", "https://www.traccar.org/configuration-file/", r'''
<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <!-- DB password env सँ आवेला, एहिजा मत लिखीं -->
    <entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>
    <entry key='database.url'>jdbc:mysql://db:3306/traccar?zeroDateTimeBehavior=round&amp;serverTimezone=Asia/Kolkata</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>${TRACCAR_DB_PASSWORD}</entry>
    <entry key='notificator.types'>web,telegram</entry>
    <entry key='notificator.telegram.key'>${TRACCAR_TG_BOT}</entry>
    <entry key='notificator.telegram.chatId'>-100@@chat@@</entry>
    <entry key='teltonika.port'>5027</entry>
</properties>
''', None, chat=rnd(10, string.digits))

add("python/telegram-alert-bot", "shahilitchi/alerts/tg_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# तापमान alarm Telegram group "Reefer Alarm – Muzaffarpur" में
import requests

BOT_TOKEN = "@@s@@"
CHAT_ID = -100@@chat@@


def alarm(truck, temp_c, place):
    text = (f"⚠️ {truck}: तापमान {temp_c:.1f}°C बा ({place}).\n"
            f"ड्राइवर के फोन करीं — compressor check करे के बा।")
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)
''', fakes.telegram_token(_seed()), chat=rnd(10, string.digits))

add("sh/teltonika-sms-config", "shahilitchi/ops/scripts/fmb920_setup.sh",
    "https://wiki.teltonika-gps.com/view/FMB920_SMS/GPRS_Commands", r'''
#!/usr/bin/env bash
# नया truck पर FMB920 configure करे के — SMS gateway (Exotel) से command भेजल जाला
# उपयोग: ./fmb920_setup.sh 91XXXXXXXXXX
set -euo pipefail
TRACKER_NO="$1"
EXOTEL_SID="shahilitchi1"
EXOTEL_TOKEN="@@s@@"
EXOTEL_KEY="@@key@@"

send() {
  curl -s -u "$EXOTEL_KEY:$EXOTEL_TOKEN" \
    "https://api.exotel.com/v1/Accounts/$EXOTEL_SID/Sms/send" \
    -d From=08069@@frm@@ -d To="$TRACKER_NO" -d Body="$1"
}

send "  setparam 2004:gps.shahilitchi.co.in"
send "  setparam 2005:5027"
send "  setparam 2001:airtelgprs.com"
echo "भेजा गइल — 2 मिनट बाद Traccar में देखीं"
''', hexs(40), key=hexs(48), frm=rnd(6, string.digits))

add("yaml/decoy-grafana-datasource", "shahilitchi/infra/grafana/provisioning/datasources/influx.yaml",
    "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: Reefer (InfluxDB)
    type: influxdb
    access: proxy
    url: http://10.30.0.12:8086
    jsonData:
      version: Flux
      organization: shahi-litchi
      defaultBucket: reefer
    secureJsonData:
      token: $INFLUX_READ_TOKEN   # env से, systemd drop-in में
''', None)

add("json/decoy-grafana-dashboard", "shahilitchi/infra/grafana/dashboards/reefer-overview.json",
    "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/", r'''
{
  "uid": "@@uid@@",
  "title": "Reefer — तापमान (सभ truck)",
  "tags": ["litchi", "coldchain"],
  "timezone": "Asia/Kolkata",
  "panels": [
    {
      "type": "timeseries",
      "title": "तापमान °C",
      "datasource": {"type": "influxdb", "uid": "@@dsuid@@"},
      "targets": [{"query": "from(bucket: \"reefer\") |> range(start: -6h) |> filter(fn: (r) => r._measurement == \"temp\")"}],
      "fieldConfig": {"defaults": {"thresholds": {"steps": [{"color": "blue", "value": null}, {"color": "red", "value": 4}]}}}
    }
  ],
  "version": 17,
  "id": null
}
''', None, uid=rnd(14, ALNUM), dsuid=rnd(14, ALNUM))

add("sh/grafana-api-curl", "shahilitchi/ops/scripts/backup_dashboards.sh",
    "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
#!/bin/sh
# सभ dashboard के JSON backup (रोज रात 2 बजे cron से)
GRAFANA=https://grafana.shahilitchi.co.in
mkdir -p /srv/backup/grafana/$(date +%F)
for uid in $(curl -s -H "Authorization: Bearer @@s@@" "$GRAFANA/api/search?type=dash-db" | jq -r '.[].uid'); do
  curl -s -H "Authorization: Bearer @@s@@" "$GRAFANA/api/dashboards/uid/$uid" \
    > /srv/backup/grafana/$(date +%F)/$uid.json
done
''', grafana_sa())

add("csv/decoy-coldroom-log", "shahilitchi/packhouse/kanti/coldroom_2024-06-02.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", r'''
time_ist,room,probe_id,temp_c,rh_pct,door,operator,batch
05:00,CR-1,28-@@p1@@,2.8,92,closed,Manoj Sahni,KANTI-0602-A
05:30,CR-1,28-@@p1@@,3.0,91,open,Manoj Sahni,KANTI-0602-A
06:00,CR-2,28-@@p2@@,2.5,93,closed,Sunita Devi,KANTI-0602-B
06:30,CR-2,28-@@p2@@,2.6,93,closed,Sunita Devi,KANTI-0602-B
07:00,CR-1,28-@@p1@@,4.6,88,open,Manoj Sahni,KANTI-0602-C
07:30,CR-1,28-@@p1@@,3.2,90,closed,Manoj Sahni,KANTI-0602-C
''', None, p1=hexs(12), p2=hexs(12))

add("ini/modbus-plc-password", "shahilitchi/packhouse/bochaha/plc/hmi_gateway.ini",
    "https://docs.node-red.org/", r'''
; Bochaha pack-house — compressor PLC (Delta DVP) से HMI gateway
[plc]
host = 192.168.10.20
port = 502
unit_id = 1

[cloud]
endpoint = https://iot.shahilitchi.co.in/api/v1/ingest
device_id = bochaha-plc-01
; device secret — पहिले "admin123" रहे, अब बदल दिहल गइल
device_secret = @@s@@

[alarm]
compressor_trip_sms = 9199XXXXXXXX
''', mixed(32))

add("js/decoy-node-red-settings", "shahilitchi/packhouse/bochaha/node-red/settings.js",
    "https://nodered.org/docs/user-guide/runtime/securing-node-red", r'''
// Node-RED settings — Bochaha pack-house gateway
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows.json",
    // flows_cred.json एही key से encrypt होला; key systemd के EnvironmentFile में बा
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "manoj",
            password: "$2b$08$@@h@@",
            permissions: "*"
        }]
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
''', None, h=rnd(53, ALNUM + "./"))

# ---------------------------------------------------------------- Shahi Litchi: business apps, buyers, cloud

add("env/logistics-api", "shahilitchi/dispatch-api/.env", "https://12factor.net/config", r'''
# dispatch-api (Muzaffarpur) — sonu के laptop वाला copy
NODE_ENV=production
PORT=4000
DATABASE_URL=postgres://dispatch:@@s@@@10.30.0.10:5432/dispatch
REDIS_URL=redis://10.30.0.11:6379/2
JWT_ISSUER=dispatch.shahilitchi.co.in
# सीजन: मई-जून, बाकी समय server छोट कर दिहल जाला
SEASON_START=2024-05-15
''', fakes.redis_password(_seed()))

add("ts/dispatch-jwt-secret", "shahilitchi/dispatch-api/src/auth/jwt.ts",
    "https://github.com/auth0/node-jsonwebtoken#usage", r'''
import jwt from "jsonwebtoken";

// driver app के login — 12 घंटा के token (एक trip)
const JWT_SECRET = process.env.JWT_SECRET ?? "@@s@@";

export interface DriverClaims {
  driverId: string;
  truck: string; // e.g. BR06GD4471
}

export function issue(claims: DriverClaims): string {
  return jwt.sign(claims, JWT_SECRET, { expiresIn: "12h", issuer: "dispatch.shahilitchi.co.in" });
}

export function verify(token: string): DriverClaims {
  return jwt.verify(token, JWT_SECRET) as DriverClaims;
}
''', mixed(48))

add("http/decoy-driver-app-jwt", "shahilitchi/dispatch-api/requests/driver.http",
    "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r'''
### driver login (staging)
POST https://staging-dispatch.shahilitchi.co.in/api/driver/login
Content-Type: application/json

{"mobile": "9000000000", "otp": "123456"}

### trip start — token ऊपर वाला response से लिहीं
POST https://staging-dispatch.shahilitchi.co.in/api/trips/start
Authorization: Bearer {{driver_token}}
Content-Type: application/json

{"truck": "BR06GD4471", "from": "KANTI", "to": "PATNA-AIRPORT", "crates": 420}
''', None)

add("http/ops-admin-token", "shahilitchi/dispatch-api/requests/admin.http",
    "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", r'''
### सभ चलत trip (admin)
GET https://dispatch.shahilitchi.co.in/api/admin/trips?status=running
Authorization: Bearer @@s@@

### trip बंद करीं
POST https://dispatch.shahilitchi.co.in/api/admin/trips/TRP-240606-117/close
Authorization: Bearer @@s@@
Content-Type: application/json

{"reason": "माल पहुँच गइल, POD मिलल"}
''', jwt_like('{"sub":"ops-admin","role":"admin","iss":"dispatch.shahilitchi.co.in","iat":1717650000,"exp":1749186000}'))

_dispatch_db_pw = words_pw()
add("yaml/k8s-secret-b64", "shahilitchi/k8s/dispatch/secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-api
  namespace: coldchain
  labels:
    app: dispatch-api
type: Opaque
data:
  DB_USER: ZGlzcGF0Y2g=
  DB_PASSWORD: @@b@@
  REDIS_HOST: MTAuMzAuMC4xMQ==
''', _dispatch_db_pw, b=b64(_dispatch_db_pw))

add("yaml/decoy-k8s-external-secret", "shahilitchi/k8s/dispatch/external-secret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/", r'''
# अब Secret हाथ से ना बनाईं — AWS Secrets Manager से आवेला
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: dispatch-api
  namespace: coldchain
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-ap-south-1
    kind: ClusterSecretStore
  target:
    name: dispatch-api
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: coldchain/dispatch/db
        property: password
    - secretKey: JWT_SECRET
      remoteRef:
        key: coldchain/dispatch/jwt
''', None)

add("yaml/decoy-sealed-secret", "shahilitchi/k8s/buyer-portal/sealed-secret.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: buyer-portal
  namespace: coldchain
spec:
  encryptedData:
    DB_PASSWORD: AgB@@c1@@
    SESSION_SECRET: AgC@@c2@@
  template:
    metadata:
      name: buyer-portal
      namespace: coldchain
''', None, c1=rnd(340, ALNUM + "+/") + "==", c2=rnd(340, ALNUM + "+/") + "=")

add("yaml/k8s-stringdata", "shahilitchi/k8s/tracking/traccar-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", r'''
apiVersion: v1
kind: Secret
metadata:
  name: traccar-db
  namespace: tracking
type: Opaque
stringData:
  # अनिल भैया कहले रहन कि ई sealed करे के बा — TODO
  username: traccar
  password: "@@s@@"
  url: jdbc:mysql://mysql.tracking.svc:3306/traccar
''', fakes.redis_password(_seed()))

add("tf/aws-provider-keys", "shahilitchi/infra/terraform/providers.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r'''
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket = "shahilitchi-tfstate"
    key    = "coldchain/prod.tfstate"
    region = "ap-south-1"
  }
}

# जल्दी में लिखल — बाद में profile से करब (Sonu)
provider "aws" {
  region     = "ap-south-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("tf/decoy-variables-sensitive", "shahilitchi/infra/terraform/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "region" {
  type    = string
  default = "ap-south-1" # Mumbai
}

variable "db_password" {
  description = "RDS master password — tfvars में ना, TF_VAR_db_password से"
  type        = string
  sensitive   = true
}

variable "reefer_alarm_webhook" {
  description = "Slack webhook (Secrets Manager: coldchain/slack/alarm)"
  type        = string
  sensitive   = true
  default     = null
}

variable "season_instance_type" {
  type    = string
  default = "t3.large" # मई-जून, बाकी t3.small
}
''', None)

add("tfvars/rds-password", "shahilitchi/infra/terraform/envs/prod.auto.tfvars",
    "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
region               = "ap-south-1"
season_instance_type = "t3.large"
db_password          = "@@s@@"
buyer_portal_domain  = "buyers.shahilitchi.co.in"
# ई file .gitignore में होखे के चाहीं रहे...
''', words_pw())

add("json/decoy-tfstate", "shahilitchi/infra/terraform/outputs.json",
    "https://developer.hashicorp.com/terraform/cli/commands/output#json", r'''
{
  "alarm_topic_arn": {
    "sensitive": false,
    "type": "string",
    "value": "arn:aws:sns:ap-south-1:@@acct@@:reefer-alarm"
  },
  "db_endpoint": {
    "sensitive": false,
    "type": "string",
    "value": "coldchain-prod.c@@rds@@.ap-south-1.rds.amazonaws.com:5432"
  },
  "db_password": {
    "sensitive": true,
    "type": "string"
  },
  "dispatch_secret_arn": {
    "sensitive": false,
    "type": "string",
    "value": "arn:aws:secretsmanager:ap-south-1:@@acct@@:secret:coldchain/dispatch/db-@@suf@@"
  }
}
''', None, acct=rnd(12, string.digits), rds=rnd(12, string.ascii_lowercase + string.digits), suf=rnd(6))

add("ini/aws-credentials", "shahilitchi/ops/laptop-backup/sonu/.aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = ap-south-1

[shahi-readonly]
role_arn = arn:aws:iam::@@acct@@:role/ReadOnly
source_profile = default
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()), acct=rnd(12, string.digits))

add("ini/decoy-aws-config-sso", "shahilitchi/ops/onboarding/aws-config-sample",
    "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
# नयाँ लोग खातिर: ~/.aws/config में इहे डालीं, फेर `aws sso login --profile shahi`
[profile shahi]
sso_session = shahi
sso_account_id = @@acct@@
sso_role_name = ColdchainDeveloper
region = ap-south-1
output = json

[sso-session shahi]
sso_start_url = https://d-@@d@@.awsapps.com/start
sso_region = ap-south-1
sso_registration_scopes = sso:account:access
''', None, acct=rnd(12, string.digits), d=rnd(10, string.ascii_lowercase + string.digits))

add("python/boto3-session-token", "shahilitchi/analytics/notebooks/season_report_helpers.py",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", r'''
# Athena से season report — Priya के MFA session (12 घंटा वाला) से चला रहल बानी
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@s@@",
    region_name="ap-south-1",
)
athena = session.client("athena")


def run(sql):
    return athena.start_query_execution(
        QueryString=sql,
        WorkGroup="coldchain",
        ResultConfiguration={"OutputLocation": "s3://shahilitchi-athena-results/season2024/"},
    )["QueryExecutionId"]
''', fakes.aws_session_token(_seed()), kid=rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sk=fakes.aws_secret_key(_seed()))

add("json/decoy-iam-policy", "shahilitchi/infra/iam/reefer-ingest-policy.json",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadIngestSecret",
      "Effect": "Allow",
      "Action": ["secretsmanager:GetSecretValue"],
      "Resource": "arn:aws:secretsmanager:ap-south-1:@@acct@@:secret:coldchain/ingest/*"
    },
    {
      "Sid": "DecryptWithColdchainKey",
      "Effect": "Allow",
      "Action": ["kms:Decrypt"],
      "Resource": "arn:aws:kms:ap-south-1:@@acct@@:key/@@kid@@"
    }
  ]
}
''', None, acct=rnd(12, string.digits), kid=uuid_s())

add("python/decoy-secretsmanager", "shahilitchi/ingest/secrets.py",
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets-python.html", r'''
"""Secrets Manager से पासवर्ड लावे वाला helper. कोई भी password code में ना लिखीं!"""
import functools
import json

import boto3

_sm = boto3.client("secretsmanager", region_name="ap-south-1")


@functools.lru_cache(maxsize=32)
def get(name: str) -> dict:
    resp = _sm.get_secret_value(SecretId=name)
    return json.loads(resp["SecretString"])


def influx_token() -> str:
    return get("coldchain/ingest/influx")["token"]


def mqtt_password(truck: str) -> str:
    return get("coldchain/ingest/mqtt")[truck]
''', None)

add("yaml/serverless-slack", "shahilitchi/alerts/serverless.yml",
    "https://www.serverless.com/framework/docs/providers/aws/guide/variables", r'''
service: reefer-alarm
frameworkVersion: "3"
provider:
  name: aws
  runtime: python3.12
  region: ap-south-1
  environment:
    SLACK_WEBHOOK_URL: @@s@@
    ALARM_HIGH_C: "4"
functions:
  alarm:
    handler: handler.alarm
    events:
      - sns: arn:aws:sns:ap-south-1:${aws:accountId}:reefer-alarm
# TODO: webhook के ${ssm:/coldchain/slack/alarm} से लेवे के बा
''', slack_webhook())

add("python/decoy-slack-ssm", "shahilitchi/alerts/handler.py",
    "https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-working-with.html", r'''
import json
import os
import urllib.request

import boto3

_ssm = boto3.client("ssm")
_WEBHOOK = None


def _webhook():
    global _WEBHOOK
    if _WEBHOOK is None:
        _WEBHOOK = _ssm.get_parameter(Name="/coldchain/slack/alarm", WithDecryption=True)["Parameter"]["Value"]
    return _WEBHOOK


def alarm(event, context):
    msg = json.loads(event["Records"][0]["Sns"]["Message"])
    text = f":thermometer: {msg['truck']} — {msg['temp_c']}°C ({msg['place']}). तुरंत देखीं!"
    req = urllib.request.Request(_webhook(), data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
    return {"ok": True, "threshold": float(os.environ.get("ALARM_HIGH_C", "4"))}
''', None)

# ---------------------------------------------------------------- Shahi Litchi: buyers, air cargo, accounts

add("python/buyer-portal-flask", "shahilitchi/buyer-portal/app/config.py",
    "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", r'''
# buyer portal (Delhi/Mumbai के mandi वाला आ export buyers) — Flask
import os


class Config:
    SECRET_KEY = "@@s@@"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///buyers.db")
    BABEL_DEFAULT_LOCALE = "hi"
    SEASON = "2024"
    MAX_CRATES_PER_ORDER = 2000  # 1 crate = 4 kg लीची


class Testing(Config):
    TESTING = True
    SECRET_KEY = "test-only-not-secret"
    SQLALCHEMY_DATABASE_URI = "sqlite://"
''', hexs(64))

add("python/decoy-pytest-fixture", "shahilitchi/buyer-portal/tests/conftest.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

from app import create_app
from app.models import Buyer, db

FAKE_PASSWORD = "test-password-123"  # सिर्फ test DB खातिर, नकली


@pytest.fixture
def app():
    app = create_app("app.config.Testing")
    with app.app_context():
        db.create_all()
        db.session.add(Buyer(name="Test Mandi Azadpur", email="azadpur@example.test",
                             password=FAKE_PASSWORD, gstin="07AAAAA0000A1Z5"))
        db.session.commit()
        yield app
        db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()
''', None)

add("json/aircargo-api", "shahilitchi/aircargo/config/indigo_cargo.json",
    "https://swagger.io/docs/specification/authentication/api-keys/", r'''
{
  "_comment": "पटना (PAT) आ दरभंगा (DBR) से दिल्ली/मुंबई — IndiGo CarGo booking API (sandbox नहीं, live)",
  "base_url": "https://cargo-api.goindigo.in/v2",
  "agent_code": "PATSHL01",
  "api_key": "@@s@@",
  "default_origin": "PAT",
  "perishable_code": "PER",
  "shc": ["PER", "COL"],
  "max_pieces_per_awb": 300,
  "notify": ["aircargo@shahilitchi.co.in"]
}
''', mixed(40))

add("xml/cargo-soap-request", "shahilitchi/aircargo/samples/book_awb_request.xml",
    "https://www.w3.org/TR/soap12-part1/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- पुरान GSA वाला SOAP API — Darbhanga से Kolkata वाला booking -->
<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:c="urn:gsa:cargo:v1">
  <soap:Header>
    <c:Auth>
      <c:AgentId>DBRSHAHI</c:AgentId>
      <c:Password>@@s@@</c:Password>
    </c:Auth>
  </soap:Header>
  <soap:Body>
    <c:BookAwb>
      <c:Origin>DBR</c:Origin>
      <c:Destination>CCU</c:Destination>
      <c:Pieces>180</c:Pieces>
      <c:WeightKg>760</c:WeightKg>
      <c:Commodity>FRESH LITCHI</c:Commodity>
      <c:Shc>PER</c:Shc>
    </c:BookAwb>
  </soap:Body>
</soap:Envelope>
''', words_pw())

add("xml/decoy-cargo-soap-response", "shahilitchi/aircargo/samples/book_awb_response.xml",
    "https://www.w3.org/TR/soap12-part1/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:c="urn:gsa:cargo:v1">
  <soap:Body>
    <c:BookAwbResponse>
      <c:Status>CONFIRMED</c:Status>
      <c:Awb>312-@@awb@@</c:Awb>
      <c:Flight>6E 7281</c:Flight>
      <c:BookingRef>@@ref@@</c:BookingRef>
      <c:SessionId>@@sess@@</c:SessionId>
      <c:Checksum algo="sha256">@@sum@@</c:Checksum>
    </c:BookAwbResponse>
  </soap:Body>
</soap:Envelope>
''', None, awb=rnd(8, string.digits), ref=rnd(10, UPPER), sess=uuid_s(), sum=hexs(64))

add("csv/decoy-buyer-contacts", "shahilitchi/sales/buyers_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
buyer,city,contact,gstin,credit_days,portal_user,upi_vpa
Azadpur Fruit Co,Delhi,Ramesh Gupta,07AAACA@@g1@@1Z3,15,azadpur.fruit,azadpurfruit@okicici
Vashi Fresh,Navi Mumbai,Sachin Patil,27AABCV@@g2@@1ZK,7,vashi.fresh,vashifresh@ybl
Bara Bazar Phal,Kolkata,Anup Saha,19AAFCB@@g3@@1Z8,10,barabazar,barabazarphal@paytm
Dubai Greens LLC,Dubai,Imran Shaikh,,30,dubai.greens,
''', None, g1=rnd(5, string.digits), g2=rnd(5, string.digits), g3=rnd(5, string.digits))

add("python/tally-odbc", "shahilitchi/accounts/tally_sync.py",
    "https://help.tallysolutions.com/tally-prime-integration-using-json-1/", r'''
"""Tally Prime (accounts PC, Muzaffarpur office) से buyer ledger पढ़े के.
Tally के XML server 9000 port पर. MySQL में copy करके buyer portal पर outstanding देखावल जाला."""
import pymysql
import requests

TALLY = "http://192.168.1.15:9000"
mysql = pymysql.connect(host="192.168.1.20", user="tally_sync", password="@@s@@",
                        database="accounts", charset="utf8mb4")

LEDGER_XML = """<ENVELOPE><HEADER><TALLYREQUEST>Export Data</TALLYREQUEST></HEADER>
<BODY><EXPORTDATA><REQUESTDESC><REPORTNAME>Ledger Outstandings</REPORTNAME></REQUESTDESC></EXPORTDATA></BODY></ENVELOPE>"""


def sync():
    xml = requests.post(TALLY, data=LEDGER_XML.encode("utf-8"), timeout=30).text
    with mysql.cursor() as cur:
        cur.execute("REPLACE INTO tally_raw (fetched_at, xml) VALUES (NOW(), %s)", (xml,))
    mysql.commit()
''', words_pw())

add("md/gst-portal-note", "shahilitchi/accounts/README.md", "https://services.gst.gov.in/services/login", r'''
# Accounts — नोट्स (सुनीता जी खातिर)

- Tally PC: 192.168.1.15 (Windows), backup रोज शाम USB में।
- GST return: हर महीना 11 तारीख तक GSTR-1, 20 तक GSTR-3B।
- GST portal login: `shahilitchi_mfp`
- GST portal password: `@@s@@`
- e-way bill portal के login अलग बा, ओकर पासवर्ड राकेश भैया के पास।
- CA: Sharma & Associates, Muzaffarpur (फोन डायरी में)।

> पासवर्ड हर 90 दिन पर portal खुदे बदलवावेला — बदलला पर एहिजा update करीं।
''', words_pw())

add("md/decoy-eway-bill", "shahilitchi/accounts/eway-bill-howto.md", "https://docs.ewaybillgst.gov.in/", r'''
# e-Way Bill बनावे के तरीका (₹50,000 से ऊपर वाला consignment)

1. https://ewaybillgst.gov.in पर login करीं (user/password राकेश भैया से माँगीं — एहिजा ना लिखल जाई)।
2. *Generate New* → Outward → Supply।
3. HSN: लीची = **0810 90 10**।
4. Vehicle no: जइसे `BR06GD4471`।
5. Distance: Muzaffarpur → Patna airport ≈ 75 km।
6. Submit के बाद EWB no. (12 अंक) driver के WhatsApp पर भेजीं।

API access (GSP के through) के client secret GSP portal में बा, repo में ना।
''', None)

add("json/bank-api", "shahilitchi/accounts/bank/icici_cib.json",
    "https://developer.icicibank.com/", r'''
{
  "bank": "ICICI Corporate Internet Banking API",
  "env": "production",
  "corp_id": "SHAHILIT",
  "user_id": "SHAHILIT.API",
  "aggr_id": "CUST0@@ag@@",
  "api_key": "@@s@@",
  "debit_account": "XXXXXXXX@@acc@@",
  "use_case": "किसान सब के भुगतान (NEFT/IMPS) — हर शाम 6 बजे batch"
}
''', mixed(32), ag=rnd(4, string.digits), acc=rnd(4, string.digits))

add("csv/decoy-farmer-payments", "shahilitchi/accounts/farmer_payouts_2024-06-05.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", r'''
farmer_id,naam,gaon,crates,rate_per_crate,amount,ifsc,account_last4,utr
KF-0112,रामबाबू साह,कांटी,64,520,33280,SBIN0003@@i1@@,4417,SBIN1240605@@u1@@
KF-0187,सुरेश राय,बोचहा,40,520,20800,PUNB0@@i2@@,0921,PUNBH240605@@u2@@
KF-0203,मीना देवी,मुशहरी,92,540,49680,BKID000@@i3@@,7730,BKID2406050@@u3@@
KF-0219,अशोक पासवान,सकरा,30,500,15000,SBIN0003@@i4@@,1184,SBIN1240605@@u4@@
''', None, i1=rnd(3, string.digits), i2=rnd(6, string.digits), i3=rnd(4, string.digits), i4=rnd(3, string.digits),
    u1=rnd(8, string.digits), u2=rnd(7, string.digits), u3=rnd(8, string.digits), u4=rnd(8, string.digits))

add("python/decoy-upi-collect", "shahilitchi/accounts/upi_qr.py", "https://www.npci.org.in/what-we-do/upi/product-overview", r'''
"""UPI QR (mandi में cash ना, QR से) — static QR string बनावे के."""
from urllib.parse import quote

VPA = "shahilitchi@icici"
NAME = "Shahi Litchi Coldchain Pvt Ltd"


def upi_uri(amount_inr: float, note: str) -> str:
    return (f"upi://pay?pa={VPA}&pn={quote(NAME)}&am={amount_inr:.2f}&cu=INR"
            f"&tn={quote(note)}")


if __name__ == "__main__":
    print(upi_uri(20800, "KF-0187 लीची भुगतान"))
''', None)

add("ps1/windows-tally-backup", "shahilitchi/accounts/scripts/tally_backup.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Tally data के रोज backup NAS पर (Task Scheduler, शाम 7 बजे)
$src = "C:\TallyPrime\Data"
$dst = "\\192.168.1.30\backup\tally\$(Get-Date -Format yyyy-MM-dd)"
$user = "nas\backup"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name B -PSProvider FileSystem -Root "\\192.168.1.30\backup" -Credential $cred | Out-Null
Copy-Item -Path $src -Destination $dst -Recurse -Force
Remove-PSDrive B
Write-Output "Tally backup पूरा: $dst"
''', words_pw())

add("ps1/decoy-windows-credman", "shahilitchi/accounts/scripts/sync_ledgers.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r'''
# ledger sync — पासवर्ड SecretManagement vault से (Install-Module Microsoft.PowerShell.SecretStore)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "TallySyncMySql" -Vault ShahiStore
$plain = $cred.GetNetworkCredential().Password

$env:MYSQL_PWD = $plain
& "C:\Program Files\MySQL\MySQL Server 8.0\bin\mysqldump.exe" -h 192.168.1.20 -u tally_sync accounts `
    > "D:\exports\accounts_$(Get-Date -Format yyyyMMdd).sql"
Remove-Item Env:\MYSQL_PWD
Write-Output "हो गइल"
''', None)

# ---------------------------------------------------------------- notes, chats, histories, logs

add("txt/whatsapp-export", "shahilitchi/ops/chat-exports/WhatsApp Chat with Reefer Tech Team.txt",
    "https://faq.whatsapp.com/1180414079177245", r'''
06/06/24, 9:12 pm - Sonu Yadav: BR06HA0915 के logger फेर offline बा
06/06/24, 9:13 pm - Anil Kumar: broker पर login fail देखा रहल बा, password बदलल गइल रहे का?
06/06/24, 9:15 pm - Sonu Yadav: हँ, काल्ह सब truck के नया password दिहल गइल। ओह truck के firmware update ना भइल
06/06/24, 9:16 pm - Sonu Yadav: नया वाला इ बा: @@s@@
06/06/24, 9:16 pm - Sonu Yadav: user reefer-br06ha0915
06/06/24, 9:20 pm - Anil Kumar: ठीक बा, driver के Bochaha पर रोक के USB से डाल देत बानी
06/06/24, 9:41 pm - Anil Kumar: हो गइल, अब temp आ रहल बा 3.2°C 👍
06/06/24, 9:42 pm - Sonu Yadav: 🙏
''', fakes.redis_password(_seed()))

add("txt/decoy-whatsapp-export", "mithilarang/ops/chat-exports/WhatsApp Chat with Kalakar Samooh Ranti.txt",
    "https://faq.whatsapp.com/1180414079177245", r'''
12/05/24, 10:02 am - Pooja Thakur: सब कलाकार बहिन लोकनि के प्रणाम 🙏
12/05/24, 10:03 am - Pooja Thakur: Kalakar portal पर login लेल अपन मोबाइल नंबर आ OTP टा चाही, पासवर्ड नहि
12/05/24, 10:05 am - Sita Devi: OTP नहि आयल
12/05/24, 10:07 am - Pooja Thakur: पाँच मिनट रुकू, फेर "OTP दोबारा पठाउ" दबाउ। OTP ककरो नहि बताउ, हमरो नहि
12/05/24, 10:15 am - Sita Devi: आबि गेल, login भ गेल 😊
12/05/24, 10:16 am - Pooja Thakur: बहुत नीक! आब अपन नव चित्र (कोहबर, 22x30) के फोटो upload करू
12/05/24, 10:30 am - Rina Jha: payout कहिया आओत?
12/05/24, 10:31 am - Pooja Thakur: शुक्र दिन, UPI पर। UPI ID portal मे जाँचि लिअ
''', None)

add("txt/shell-history", "shahilitchi/ops/laptop-backup/anil/.bash_history",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
cd ~/shahi/infra
git pull
docker compose ps
docker compose logs -f traccar --tail 50
mosquitto_sub -h mqtt.shahilitchi.co.in -p 8883 --capath /etc/ssl/certs -u ops-anil -P '@@s@@' -t 'reefer/#' -v
mosquitto_sub -h mqtt.shahilitchi.co.in -p 8883 --capath /etc/ssl/certs -u ops-anil -t 'reefer/+/temp' -v
htop
df -h
sudo systemctl restart ingest
journalctl -u ingest -n 100
exit
''', fakes.redis_password(_seed()))

add("txt/zsh-history-pg", "mithilarang/ops/laptop-backup/rakesh/.zsh_history",
    "https://zsh.sourceforge.io/Doc/Release/Options.html#History", r'''
: 1718345012:0;cd ~/work/mithilarang
: 1718345020:0;git status
: 1718345101:0;ssh deploy@shop.mithilarang.in
: 1718345190:0;PGPASSWORD='@@s@@' psql -h 10.20.0.5 -U shop_app mithilarang -c "select count(*) from orders where created_at > now() - interval '1 day'"
: 1718345260:0;vim shop/payments/webhooks.py
: 1718345330:0;pytest -q tests/payments
: 1718345402:0;git commit -am "webhook: signature check ठीक"
: 1718345410:0;git push
''', words_pw())

add("txt/decoy-shell-history", "shahilitchi/ops/laptop-backup/priya/.bash_history",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
aws sso login --profile shahi
aws sts get-caller-identity --profile shahi
export AWS_PROFILE=shahi
aws secretsmanager get-secret-value --secret-id coldchain/dispatch/db --query SecretString --output text | jq -r .username
aws athena list-work-groups
read -s PGPASSWORD && export PGPASSWORD
psql -h coldchain-prod.internal -U analyst season -f reports/june.sql
unset PGPASSWORD
jupyter lab
''', None)

add("md/onboarding-wifi", "shahilitchi/docs/onboarding/nayaa-staff.md",
    "https://www.markdownguide.org/basic-syntax/", r'''
# नया स्टाफ खातिर (Muzaffarpur office आ pack-house)

## पहिला दिन
- ID card: reception से (फोटो लेके आईं)।
- Email: `naam@shahilitchi.co.in` — Anil भैया बनइहें।
- Attendance: biometric, 9:30 तक।

## Office wifi
- SSID: `Shahi-Office`
- Password: `@@s@@`
- Guest wifi (`Shahi-Guest`) के password reception पर लिखल बा।

## सीजन (मई–जून)
- pack-house में ड्यूटी भोर 4 बजे से। cold room में बिना jacket ना जाईं।
''', words_pw())

add("md/decoy-runbook", "shahilitchi/docs/runbooks/broker-password-rotate.md",
    "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
# Runbook: reefer MQTT password बदलल (हर सीजन से पहिले)

1. Vault में नया password बनाईं: `vault kv put coldchain/mqtt/reefer-br06 password=$(pwgen -s 24 1)`
2. Broker पर: `mosquitto_passwd -b /etc/mosquitto/passwd reefer-br06 "$(vault kv get -field=password coldchain/mqtt/reefer-br06)"`
3. `systemctl reload mosquitto`
4. firmware के `config.h` में password **ना** लिखीं — provisioning tool NVS में डालेला:
   `./provision.py --truck BR06GD4471 --from-vault`
5. Telegram group में बताईं कि कौन truck कब update होई।

⚠️ पासवर्ड कबो WhatsApp पर ना भेजीं (पिछला साल भइल रहे)।
''', None)

add("log/app-log-leak", "shahilitchi/dispatch-api/logs/dispatch-2024-06-07.log",
    "https://www.rfc-editor.org/rfc/rfc5424", r'''
2024-06-07T04:58:11.204+05:30 INFO  [main] dispatch-api starting, env=production
2024-06-07T04:58:11.889+05:30 DEBUG [db] connecting url=postgresql://dispatch:@@s@@@10.30.0.10:5432/dispatch?sslmode=require
2024-06-07T04:58:12.015+05:30 INFO  [db] pool ready size=10
2024-06-07T04:58:12.300+05:30 INFO  [mqtt] subscribed reefer/+/gps
2024-06-07T05:02:45.771+05:30 INFO  [trip] TRP-240607-003 start truck=BR06GD4471 from=KANTI to=PAT
2024-06-07T05:40:02.118+05:30 WARN  [temp] BR06GD4471 4.3C > 4.0C for 3 min
2024-06-07T05:44:10.503+05:30 INFO  [temp] BR06GD4471 back to 3.6C
''', fakes.redis_password(_seed()))

add("log/decoy-nginx-access", "mithilarang/ops/logs/access.log.sample",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
103.52.11.7 - - [18/Jun/2024:10:12:01 +0530] "GET /product/kohbar-24x36 HTTP/2.0" 200 18231 "-" "Mozilla/5.0 (Linux; Android 14)"
103.52.11.7 - - [18/Jun/2024:10:12:09 +0530] "POST /api/orders HTTP/2.0" 201 412 "https://www.mithilarang.in/cart" "Mozilla/5.0 (Linux; Android 14)"
49.36.200.18 - - [18/Jun/2024:10:13:44 +0530] "GET /track/1490@@awb@@ HTTP/2.0" 200 5120 "-" "WhatsApp/2.24.12"
34.93.8.110 - - [18/Jun/2024:10:14:02 +0530] "POST /payments/razorpay/webhook HTTP/1.1" 200 2 "-" "Razorpay-Webhook/v1"
49.36.200.18 - - [18/Jun/2024:10:15:20 +0530] "GET /static/js/checkout.@@h@@.js HTTP/2.0" 200 40211 "-" "Mozilla/5.0"
157.48.2.90 - - [18/Jun/2024:10:16:31 +0530] "GET /kalakar/login?next=/kalakar/payouts HTTP/2.0" 200 3312 "-" "Mozilla/5.0"
''', None, awb=rnd(9, string.digits), h=hexs(20))

add("log/nginx-token-in-query", "mithilarang/ops/logs/error-2024-06-20.log",
    "https://nginx.org/en/docs/ngx_core_module.html#error_log", r'''
2024/06/20 02:14:07 [error] 1187#1187: *88213 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.0.9, server: shop.mithilarang.in, request: "GET /internal/export/orders.csv?since=2024-06-01&access_token=@@s@@ HTTP/1.1", upstream: "http://127.0.0.1:8000/internal/export/orders.csv?since=2024-06-01&access_token=@@s@@", host: "shop.mithilarang.in"
2024/06/20 02:14:07 [warn] 1187#1187: *88213 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/3/12/0000000123
2024/06/20 02:19:55 [error] 1187#1187: *88301 open() "/srv/shop/static/favicon-32.png" failed (2: No such file or directory)
2024/06/20 02:30:00 [notice] 1185#1185: signal process started
2024/06/20 02:30:00 [notice] 1185#1185: reconfiguring
''', mixed(40))

add("json/slack-export", "mithilarang/ops/slack-export/dev-shop/2024-02-11.json",
    "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", r'''
[
  {"type": "message", "user": "U05R@@u1@@", "text": "GitHub Actions मे catalog push fail भऽ रहल अछि, token expire भऽ गेल", "ts": "1707633001.001100"},
  {"type": "message", "user": "U05R@@u2@@", "text": "नया classic token बनौलहुँ (repo scope), secret मे राखि दिअ: @@s@@", "ts": "1707633122.001200"},
  {"type": "message", "user": "U05R@@u1@@", "text": "राखि देलहुँ, धन्यवाद 🙏 आब चलि रहल अछि", "ts": "1707633390.001300"},
  {"type": "message", "user": "U05R@@u2@@", "text": "ई message delete कऽ देब बाद मे", "ts": "1707633402.001400"}
]
''', fakes.github_token(_seed()), u1=rnd(7, UPPER), u2=rnd(7, UPPER))

add("txt/notes-scratch", "mithilarang/ops/notes/pooja-todo.txt", "https://www.markdownguide.org/basic-syntax/", r'''
काल्हुक काज (शुक्र)
-------------------
- Ranti कलाकार सभक payout — Cashfree मे batch upload
- Diwali catalog photoshoot — Sikki (सिक्की) basket सेहो
- Instagram caption मैथिली मे लिखब
- Canva team login: design@mithilarang.in / @@s@@
- Delhivery pickup 4 बजे — 6 टा पैघ frame
- Amazon Karigar listing — GST invoice चाही
- मम्मी के दवाई!!
''', words_pw())

add("txt/decoy-notes", "mithilarang/ops/notes/rakesh-server-notes.txt", "https://www.markdownguide.org/basic-syntax/", r'''
shop server (Darbhanga, Hetzner नहि — local DC, Laheriasarai)
-------------------------------------------------------------
host: shop.mithilarang.in (103.xx.xx.21)
ssh: deploy@ — key आधारित, password login बन्द (PasswordAuthentication no)
db: postgres 16 @ 10.20.0.5, पासवर्ड Vault मे: secret/shop/db
backup: रोज 02:30, restic → Backblaze B2 (repo password Vault मे: secret/shop/restic)
ssl: certbot, auto-renew (systemctl list-timers)
fingerprint (ED25519): SHA256:@@fp@@
''', None, fp=rnd(43, ALNUM + "+/"))

add("eml/aws-key-forward", "shahilitchi/ops/mail-archive/2024-05-10-iam-user.eml",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
From: Anil Kumar <anil@shahilitchi.co.in>
To: Priya Kumari <priya@shahilitchi.co.in>
Subject: Fwd: Athena user ke keys
Date: Fri, 10 May 2024 11:05:33 +0530
Content-Type: text/plain; charset=UTF-8

प्रिया, season report खातिर IAM user बना दिहनी। keys नीचे बा:

Access key ID: @@kid@@
Secret access key: @@s@@

ई सिर्फ athena आ s3 (athena-results bucket) पढ़ सकेला। laptop पर ~/.aws/credentials में डाल लीं,
आ ई mail delete कर दीं।

-- Anil
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("eml/decoy-revoked", "shahilitchi/ops/mail-archive/2024-06-20-key-deactivated.eml",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console", r'''
From: Anil Kumar <anil@shahilitchi.co.in>
To: team@shahilitchi.co.in
Subject: पुरान IAM keys बंद कइल गइल
Date: Thu, 20 Jun 2024 17:20:00 +0530
Content-Type: text/plain; charset=UTF-8

सब लोग,

mail से भेजल गइल सब IAM access key आज deactivate आ delete कर दिहल गइल।
अब सब केहू `aws sso login --profile shahi` से काम करीं (onboarding/aws-config-sample देखीं)।

पुरान key ID (सिर्फ पहचान खातिर, ई अब काम ना करी): AKIA****************
CloudTrail में पिछला 30 दिन के use check कइल गइल — कुछ गड़बड़ ना मिलल।

-- Anil
''', None)

# ---------------------------------------------------------------- dev tooling, CI, containers

add("npmrc/npm-token", "mithilarang/packages/mithila-ui/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# @mithilarang/ui — मधुबनी border आ machhli icons वाला component library
@mithilarang:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
access=public
''', npm_tok())

add("npmrc/decoy-env", "shahilitchi/driver-app/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
# CI में NPM_TOKEN secret से आवेला
@shahilitchi:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
fund=false
''', None)

add("pypirc/pypi-token", "mithilarang/packages/madhubani-palette/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
# madhubani-palette — पारंपरिक रंग (हरदि, सिन्दूर, कज्जल) के hex palette, PyPI पर
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("json/docker-config", "shahilitchi/infra/ci-runner/docker/config.json",
    "https://docs.docker.com/reference/cli/docker/login/#default-behavior", r'''
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "@@s@@"
		},
		"ghcr.io": {}
	},
	"credsStore": "",
	"currentContext": "default"
}
''', b64("shahilitchi:" + docker_pat()))

add("dockerfile/build-arg", "shahilitchi/dispatch-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
FROM node:20-alpine AS build
WORKDIR /app
# private package @shahilitchi/geo खातिर — TODO: --mount=type=secret पर ले जाईं
ENV NODE_AUTH_TOKEN=@@s@@
COPY package*.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
USER node
EXPOSE 4000
CMD ["node", "dist/server.js"]
''', fakes.github_token(_seed()))

add("dockerfile/decoy-secret-mount", "shahilitchi/buyer-portal/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
# private wheel index के token build secret से (docker build --secret id=pip,src=$HOME/.pip-token)
RUN --mount=type=secret,id=pip \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip)@pypi.shahilitchi.co.in/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY app ./app
ENV FLASK_APP=app
USER 1000
CMD ["gunicorn", "-w", "3", "-b", "0.0.0.0:8000", "app:create_app()"]
''', None)

add("groovy/decoy-jenkinsfile", "shahilitchi/dispatch-api/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r'''
pipeline {
  agent { label 'mfp-builder' }
  environment {
    REGISTRY = 'registry.shahilitchi.co.in'
    REGISTRY_CREDS = credentials('registry-push')   // Jenkins credential store से
  }
  stages {
    stage('Test') { steps { sh 'npm ci && npm test' } }
    stage('Image') {
      steps {
        sh 'echo $REGISTRY_CREDS_PSW | docker login $REGISTRY -u $REGISTRY_CREDS_USR --password-stdin'
        sh 'docker build -t $REGISTRY/dispatch-api:$BUILD_NUMBER .'
        sh 'docker push $REGISTRY/dispatch-api:$BUILD_NUMBER'
      }
    }
  }
  post { failure { echo 'बिल्ड फेल — Sonu के बताईं' } }
}
''', None)

add("yaml/gitlab-ci", "shahilitchi/firmware/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [build, release]

variables:
  PIO_VERSION: "6.1.15"
  # OTA server पर firmware upload खातिर
  OTA_UPLOAD_TOKEN: "@@s@@"

build:
  stage: build
  image: python:3.12
  script:
    - pip install platformio==$PIO_VERSION
    - pio run -e reefer_logger
  artifacts:
    paths: [.pio/build/reefer_logger/firmware.bin]

release:
  stage: release
  rules: [{ if: $CI_COMMIT_TAG }]
  script:
    - 'curl -f -H "Authorization: Bearer $OTA_UPLOAD_TOKEN" -F "fw=@.pio/build/reefer_logger/firmware.bin" https://ota.shahilitchi.co.in/upload/$CI_COMMIT_TAG'
''', mixed(40))

add("ini/gitconfig-token-url", "shahilitchi/firmware/.git-credentials-backup/config",
    "https://git-scm.com/docs/git-config#Documentation/git-config.txt-remoteltnamegturl", r'''
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://oauth2:@@s@@@gitlab.com/shahilitchi/firmware.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', gitlab())

add("sh/deploy-hook", "mithilarang/ops/scripts/deploy.sh", "https://docs.github.com/en/rest/repos/contents", r'''
#!/usr/bin/env bash
# shop deploy — Darbhanga server पर चलैत अछि
set -euo pipefail
cd /srv/shop
git fetch -q origin main && git reset -q --hard origin/main
.venv/bin/pip install -q -r requirements.txt
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py collectstatic --noinput
sudo systemctl restart shop
# Discord पर सूचना (#deploys)
curl -s -H "Content-Type: application/json" \
  -d "{\"content\": \"shop deploy भेल: $(git rev-parse --short HEAD)\"}" \
  "@@s@@"
''', discord_webhook())

add("yaml/ansible-inventory", "shahilitchi/infra/ansible/inventory/packhouses.yml",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r'''
all:
  children:
    packhouses:
      hosts:
        kanti-gw:
          ansible_host: 10.40.1.10
        bochaha-gw:
          ansible_host: 10.40.2.10
        mushahari-gw:
          ansible_host: 10.40.3.10
      vars:
        ansible_user: pi
        # Raspberry Pi वाला gateway — key ना लागल, password से चलेला
        ansible_password: "@@s@@"
        ansible_become: true
''', words_pw())

add("yaml/decoy-ansible-vault", "shahilitchi/infra/ansible/group_vars/packhouses/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', None, l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(36))

add("yaml/decoy-sops", "mithilarang/infra/secrets/shop.enc.yaml", "https://github.com/getsops/sops#usage", r'''
razorpay:
    key_id: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    key_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
db_password: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
    lastmodified: "2024-06-14T09:10:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    version: 3.8.1
''', None, d1=rnd(32, ALNUM + "+/"), d2=rnd(32, ALNUM + "+/"), d3=rnd(24, ALNUM + "+/"), mac=rnd(88, ALNUM + "+/"),
    iv1=rnd(43, ALNUM + "+/") + "=", iv2=rnd(43, ALNUM + "+/") + "=", iv3=rnd(43, ALNUM + "+/") + "=", iv4=rnd(43, ALNUM + "+/") + "=",
    t1=rnd(22, ALNUM + "+/") + "==", t2=rnd(22, ALNUM + "+/") + "==", t3=rnd(22, ALNUM + "+/") + "==", t4=rnd(22, ALNUM + "+/") + "==",
    rcp=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("txt/age-key", "mithilarang/infra/secrets/keys.txt", "https://github.com/FiloSottile/age#readme", r'''
# created: 2024-06-14T14:35:02+05:30
# public key: age1@@pub@@
# ई sops वाला key अछि — एकरा repo मे नहि राखबाक छल (Rakesh)
# SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt
@@s@@
''', age_key(), pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("txt/ssh-private-key", "shahilitchi/infra/ansible/files/pi_gateway_id_ed25519",
    "https://man.openbsd.org/ssh-keygen.1", "\n@@s@@\n", openssh_key())

add("txt/decoy-ssh-pub", "shahilitchi/infra/ansible/files/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# pack-house gateway — के के login कर सकेला
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ anil@shahi-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ sonu@shahi-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ ansible@mfp-builder
# पुरान (हटावल): manoj@packhouse-pc
''', None, k1=rnd(43, ALNUM + "+/"), k2=rnd(43, ALNUM + "+/"), k3=rnd(300, ALNUM + "+/") + "=")

add("conf/wireguard", "shahilitchi/infra/wireguard/wg0-kanti.conf", "https://www.wireguard.com/quickstart/", r'''
# Kanti pack-house → Muzaffarpur office VPN
[Interface]
Address = 10.99.0.11/24
PrivateKey = @@s@@
DNS = 10.99.0.1

[Peer]
# office (Airtel fibre)
PublicKey = @@pub@@
Endpoint = vpn.shahilitchi.co.in:51820
AllowedIPs = 10.30.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("conf/decoy-wireguard-server", "shahilitchi/infra/wireguard/wg0-office.conf.j2", "https://www.wireguard.com/quickstart/", r'''
# office VPN server — ansible template, private key vault से
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = {{ vault_wg_office_private_key }}
PostUp = iptables -A FORWARD -i %i -j ACCEPT
PostDown = iptables -D FORWARD -i %i -j ACCEPT

{% for peer in wg_peers %}
[Peer]
# {{ peer.name }}
PublicKey = {{ peer.public_key }}
AllowedIPs = {{ peer.ip }}/32
{% endfor %}
''', None)

add("ovpn/openvpn-inline-key", "mithilarang/ops/vpn/rakesh-laptop.ovpn",
    "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", r'''
client
dev tun
proto udp
remote vpn.mithilarang.in 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
-----BEGIN CERTIFICATE-----
MIIB@@ca@@
-----END CERTIFICATE-----
</ca>
<key>
@@s@@
</key>
''', pem("RSA"), ca=rnd(60, ALNUM + "+/"))

add("pem/decoy-tls-cert", "mithilarang/ops/certs/shop.mithilarang.in.crt",
    "https://www.rfc-editor.org/rfc/rfc7468", r'''
-----BEGIN CERTIFICATE-----
MIIF@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END CERTIFICATE-----
''', None, l1=rnd(60, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(64, ALNUM + "+/"), l5=rnd(40, ALNUM + "+/") + "==")

# ---------------------------------------------------------------- Mithila Rang: catalogue, AI, analytics, SaaS

add("python/openai-captions", "mithilarang/catalog/ai/caption_writer.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""पेंटिंग के फोटो सँ product description (मैथिली, हिन्दी, English) — OpenAI.
कलाकारक नाम आ कथा (सीता-राम विवाह, कोहबर, मछली) हाथ सँ जाँचब जरूरी."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = ("एहि मधुबनी चित्रक वर्णन लिखू: शैली (भरनी/कचनी/गोदना), विषय, रंग। "
          "तीन भाषा: मैथिली, हिन्दी, English. 80 शब्द सँ कम.")


def describe(image_url: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": [{"type": "text", "text": PROMPT},
                                               {"type": "image_url", "image_url": {"url": image_url}}]}],
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()))

add("ipynb/anthropic-notebook", "mithilarang/catalog/notebooks/translate_titles.ipynb",
    "https://docs.anthropic.com/en/api/getting-started", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# शीर्षक अनुवाद — मैथिली सँ English (Etsy listing लेल)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import anthropic, pandas as pd\n",
    "client = anthropic.Anthropic(api_key=\"@@s@@\")\n",
    "df = pd.read_csv('titles_mai.csv')\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["142 titles\n"]}],
   "source": ["print(len(df), 'titles')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', anthropic())

add("ipynb/decoy-hf-notebook-env", "mithilarang/catalog/notebooks/style_classifier.ipynb",
    "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# शैली पहिचान: भरनी / कचनी / गोदना / तांत्रिक / कोहबर"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "from huggingface_hub import login\n",
    "login(token=os.environ[\"HF_TOKEN\"])  # token Colab secrets मे अछि\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["sha256 of weights: @@sha@@\n"]}],
   "source": ["!sha256sum model.safetensors | cut -c1-64"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', None, sha=hexs(64))

add("yaml/hf-token-colab", "mithilarang/catalog/ml/train_config.yaml", "https://huggingface.co/docs/hub/security-tokens", r'''
# शैली classifier — ViT fine-tune (Colab Pro पर)
model: google/vit-base-patch16-224-in21k
dataset: mithilarang/madhubani-styles   # private dataset
labels: [bharni, kachni, godna, tantrik, kohbar]
epochs: 8
batch_size: 32
lr: 3.0e-5
push_to_hub: true
hub_model_id: mithilarang/madhubani-style-vit
hub_token: @@s@@
''', hf_tok())

add("python/cloudinary-url", "mithilarang/catalog/images/upload.py", "https://cloudinary.com/documentation/django_integration#configuration", r'''
"""पेंटिंग के फोटो Cloudinary पर — watermark (मछली logo) संग."""
import cloudinary
import cloudinary.uploader

cloudinary.config(cloudinary_url="cloudinary://@@key@@:@@s@@@mithilarang")


def upload(path, sku):
    return cloudinary.uploader.upload(
        path,
        public_id=f"paintings/{sku}",
        transformation=[{"overlay": "logo_machhli", "gravity": "south_east", "opacity": 40, "width": 120}],
    )["secure_url"]
''', fakes.drawn(_seed(), 27, ALNUM + "-_"), key=rnd(15, string.digits))

add("env/s3-images", "mithilarang/catalog/.env.local", "https://docs.aws.amazon.com/sdkref/latest/guide/environment-variables.html", r'''
# Rakesh के local — catalogue image resize script
AWS_REGION=ap-south-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@s@@
IMAGES_BUCKET=mithilarang-paintings
THUMB_SIZES=320,640,1280
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("js/decoy-ga-pixel", "mithilarang/shop/templates/partials/analytics.html",
    "https://developers.google.com/tag-platform/gtagjs/install", r'''
<!-- Google Analytics 4 + Meta Pixel (measurement id आ pixel id public अछि) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@ga@@');
</script>
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '@@px@@');
  fbq('track', 'PageView');
</script>
''', None, ga=rnd(10, UPPER), px=rnd(15, string.digits))

add("python/meta-capi", "mithilarang/shop/marketing/capi.py", "https://developers.facebook.com/docs/marketing-api/conversions-api/get-started", r'''
# Meta Conversions API — Purchase event server सँ (iOS वाला tracking लेल)
import hashlib
import time

import requests

PIXEL_ID = "@@px@@"
CAPI_TOKEN = "@@s@@"


def purchase(order):
    data = [{
        "event_name": "Purchase",
        "event_time": int(time.time()),
        "action_source": "website",
        "user_data": {"em": [hashlib.sha256(order.email.lower().encode()).hexdigest()]},
        "custom_data": {"currency": "INR", "value": order.amount_inr},
    }]
    requests.post(f"https://graph.facebook.com/v19.0/{PIXEL_ID}/events",
                  json={"data": data, "access_token": CAPI_TOKEN}, timeout=10)
''', wa_token(), px=rnd(15, string.digits))

add("python/instagram-graph", "mithilarang/marketing/insta_post.py", "https://developers.facebook.com/docs/instagram-platform/content-publishing", r'''
# हर दिन एकटा चित्र Instagram पर (@mithila.rang) — cron 7:30 साँझ
import requests

IG_USER_ID = "178414@@ig@@"
LONG_LIVED_TOKEN = "@@s@@"  # 60 दिन मे expire, Pooja दीदी renew करैत छथि
G = "https://graph.facebook.com/v19.0"


def post(image_url, caption):
    c = requests.post(f"{G}/{IG_USER_ID}/media", data={"image_url": image_url, "caption": caption,
                                                       "access_token": LONG_LIVED_TOKEN}).json()
    return requests.post(f"{G}/{IG_USER_ID}/media_publish",
                         data={"creation_id": c["id"], "access_token": LONG_LIVED_TOKEN}).json()
''', "IGQWR" + mixed(180), ig=rnd(11, string.digits))

add("csv/decoy-product-catalog", "mithilarang/catalog/exports/products_2024-06.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
sku,title_mai,title_en,artist,style,size_in,price_inr,image_sha1,cloudinary_public_id
MR-KOHBAR-24x36,कोहबर घर,Kohbar Ghar,Sita Devi (Ranti),kohbar,24x36,4500,@@h1@@,paintings/MR-KOHBAR-24x36
MR-MACHHLI-12x18,मछली जोड़ा,Fish Pair,Rina Jha (Jitwarpur),bharni,12x18,1800,@@h2@@,paintings/MR-MACHHLI-12x18
MR-SITARAM-30x40,सीता-राम विवाह,Sita-Ram Vivah,Urmila Devi (Ranti),kachni,30x40,9800,@@h3@@,paintings/MR-SITARAM-30x40
MR-GODNA-18x24,गोदना गाछ,Godna Tree,Shanti Paswan (Jitwarpur),godna,18x24,3200,@@h4@@,paintings/MR-GODNA-18x24
''', None, h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("python/airtable", "mithilarang/ops/scripts/artist_registry.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
"""कलाकार रजिस्टर (Airtable) — गाम, शैली, बैंक verify भेल कि नहि."""
from pyairtable import Api

api = Api("@@s@@")
table = api.table("app@@base@@", "Kalakar")


def unverified():
    return [r["fields"] for r in table.all(formula="NOT({bank_verified})")]


if __name__ == "__main__":
    for a in unverified():
        print(a.get("naam"), a.get("gaam"), "— बैंक verify बाँकी")
''', "pat" + mixed(14) + "." + hexs(64), base=mixed(14))

add("json/notion-integration", "mithilarang/ops/notion-sync/config.json", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", r'''
{
  "notion": {
    "token": "@@s@@",
    "orders_db": "@@db@@",
    "kalakar_db": "@@db2@@"
  },
  "sync": {
    "every_minutes": 30,
    "fields": ["order_no", "painting", "kalakar", "status", "awb"],
    "status_map": {"paid": "भुगतान भेल", "shipped": "पठाओल गेल", "delivered": "पहुँचि गेल"}
  }
}
''', mixed(43, "secret_"), db=hexs(32), db2=hexs(32))

add("yaml/decoy-zoho-oauth-client", "mithilarang/ops/zoho/oauth-client.yml", "https://www.zoho.com/accounts/protocol/oauth/self-client/overview.html", r'''
# Zoho Books (invoice) — OAuth self client
# client_secret आ refresh_token Vault मे: secret/shop/zoho — एतय मात्र public मान
zoho:
  accounts_url: https://accounts.zoho.in
  api_url: https://www.zohoapis.in/books/v3
  client_id: "1000.@@cid@@"
  organization_id: "60@@org@@"
  scopes:
    - ZohoBooks.invoices.CREATE
    - ZohoBooks.contacts.READ
  redirect_uri: https://ops.mithilarang.in/zoho/callback
''', None, cid=rnd(30, UPPER), org=rnd(8, string.digits))

add("python/zoho-refresh-token", "mithilarang/ops/zoho/books_invoice.py", "https://www.zoho.com/books/api/v3/oauth/#overview", r'''
"""GST invoice Zoho Books मे बनाउ (order paid भेला पर)."""
import os

import requests

ACCOUNTS = "https://accounts.zoho.in/oauth/v2/token"
CLIENT_ID = "1000.@@cid@@"
CLIENT_SECRET = os.environ["ZOHO_CLIENT_SECRET"]
REFRESH_TOKEN = "@@s@@"


def access_token():
    r = requests.post(ACCOUNTS, params={"refresh_token": REFRESH_TOKEN, "client_id": CLIENT_ID,
                                        "client_secret": CLIENT_SECRET, "grant_type": "refresh_token"})
    return r.json()["access_token"]
''', "1000." + hexs(32) + "." + hexs(32), cid=rnd(30, UPPER))

add("yaml/decoy-datadog-agent", "shahilitchi/infra/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/secrets-management/", r'''
# Datadog agent — api_key secret backend सँ (ENC[] = vault lookup)
api_key: ENC[datadog_api_key]
site: datadoghq.com
hostname: mfp-ingest-01
tags:
  - env:prod
  - team:coldchain
  - region:muzaffarpur
secret_backend_command: /usr/local/bin/dd-vault-helper
logs_enabled: true
process_config:
  process_collection:
    enabled: true
''', None)

add("yaml/datadog-hardcoded", "shahilitchi/infra/datadog/docker-compose.dd.yml", "https://docs.datadoghq.com/containers/docker/", r'''
services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=@@s@@
      - DD_SITE=datadoghq.com
      - DD_HOSTNAME=bochaha-gw
      - DD_LOGS_ENABLED=true
      - DD_TAGS=env:prod packhouse:bochaha
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - /proc/:/host/proc/:ro
      - /sys/fs/cgroup/:/host/sys/fs/cgroup:ro
''', hexs(32))

add("js/decoy-sentry-dsn-frontend", "mithilarang/shop/static/js/sentry-init.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
// Sentry browser SDK — DSN public अछि (docs: "DSNs are safe to keep public")
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@pk@@@o45@@org@@.ingest.us.sentry.io/45@@proj@@",
  release: "shop@" + window.MR_RELEASE,
  tracesSampleRate: 0.1,
  environment: "production",
  beforeSend(event) {
    // ग्राहकक फोन नंबर log मे नहि जाय
    if (event.user) delete event.user.phone;
    return event;
  },
});
''', None, pk=hexs(32), org=rnd(14, string.digits), proj=rnd(14, string.digits))

add("properties/sentry-auth-token", "mithilarang/app/android/sentry.properties", "https://docs.sentry.io/cli/configuration/", r'''
defaults.url=https://sentry.io/
defaults.org=mithila-rang
defaults.project=android-app
# source map / ProGuard upload लेल
auth.token=@@s@@
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
''', "sntrys_" + b64('{"iat":1718000000,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"mithila-rang"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/newrelic", "shahilitchi/dispatch-api/newrelic.yml", "https://docs.newrelic.com/docs/apm/agents/nodejs-agent/installation-configuration/nodejs-agent-configuration/", r'''
common: &default_settings
  app_name: dispatch-api (Muzaffarpur)
  license_key: @@s@@
  distributed_tracing:
    enabled: true
  logging:
    level: info

production:
  <<: *default_settings

staging:
  <<: *default_settings
  app_name: dispatch-api (staging)
''', hexs(36) + "NRAL")

# ---------------------------------------------------------------- Shahi Litchi: databases, servers, languages

add("dart/flutter-driver-app", "shahilitchi/driver-app/lib/config/env.dart", "https://docs.flutter.dev/deployment/flavors", r'''
// Driver app (Flutter) — trip, POD फोटो, तापमान देखावे के
class Env {
  static const apiBase = 'https://dispatch.shahilitchi.co.in/api';
  static const mapsKey = String.fromEnvironment('MAPS_KEY');
  // POD फोटो सीधे S3 पर — presign server से होखे के चाहीं, अभी जल्दी में इहे
  static const podBucket = 'shahilitchi-pod';
  static const podAccessKey = '@@kid@@';
  static const podSecretKey = '@@s@@';
  static const supportPhone = '+91-621-XXXXXXX';
  static const hindiDefault = true;
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("go/mongo-uri", "shahilitchi/telemetry-archive/main.go", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
package main

import (
	"context"
	"log"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// पुरान सीजन के raw GPS/temperature — Atlas पर archive
const archiveURI = "mongodb+srv://archiver:@@s@@@shahi-archive.@@cl@@.mongodb.net/telemetry?retryWrites=true&w=majority"

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(archiveURI))
	if err != nil {
		log.Fatalf("mongo: %v", err)
	}
	defer client.Disconnect(ctx)
	log.Println("archive से जुड़ गइनी")
}
''', fakes.redis_password(_seed()), cl=rnd(5, string.ascii_lowercase + string.digits))

add("rust/rabbitmq-amqp", "shahilitchi/route-planner/src/queue.rs", "https://www.rabbitmq.com/docs/uri-spec", r'''
//! route planner — नया order आवे पर queue से उठावेला
use lapin::{Connection, ConnectionProperties};

// TODO: config file में ले जाए के बा
const AMQP_URL: &str = "amqps://planner:@@s@@@mq.shahilitchi.co.in:5671/coldchain";

pub async fn connect() -> lapin::Result<Connection> {
    Connection::connect(AMQP_URL, ConnectionProperties::default()).await
}

pub const ORDERS_QUEUE: &str = "orders.new";
pub const ROUTES_QUEUE: &str = "routes.planned";
''', fakes.redis_password(_seed()))

add("rust/decoy-config-env", "shahilitchi/route-planner/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r'''
use std::env;

/// सब config env से — Kubernetes Secret `route-planner` से आवेला
pub struct Config {
    pub amqp_url: String,
    pub osrm_url: String,
    pub depot: (f64, f64),
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            amqp_url: env::var("AMQP_URL").expect("AMQP_URL नइखे"),
            osrm_url: env::var("OSRM_URL").unwrap_or_else(|_| "http://osrm:5000".into()),
            depot: (26.1197, 85.3910), // Muzaffarpur depot
        }
    }
}
''', None)

add("cs/azure-blob", "shahilitchi/cold-room-reports/ReportUploader.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
using Azure.Storage.Blobs;

namespace ShahiLitchi.ColdRoom
{
    // export buyer (Dubai) के cold room रिपोर्ट Azure पर — उनका audit खातिर
    public static class ReportUploader
    {
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=shahicoldreports;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

        public static void Upload(string path, string season)
        {
            var container = new BlobContainerClient(Conn, "coldroom-" + season);
            container.CreateIfNotExists();
            container.GetBlobClient(System.IO.Path.GetFileName(path)).Upload(path, overwrite: true);
        }
    }
}
''', azure_key())

add("json/decoy-appsettings", "shahilitchi/cold-room-reports/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "KeyVault": {
    "VaultUri": "https://shahi-coldchain-kv.vault.azure.net/",
    "SecretNames": ["ReportsStorageConnection", "BuyerSftpPassword"]
  },
  "Reports": {
    "Season": "2024",
    "Rooms": ["KANTI-CR1", "KANTI-CR2", "BOCHAHA-CR1"],
    "TimeZone": "India Standard Time"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@t@@",
    "ClientId": "@@c@@"
  }
}
''', None, t=uuid_s(), c=uuid_s())

add("conf/sftp-buyer", "shahilitchi/cold-room-reports/sftp/dubai-greens.conf", "https://www.rclone.org/sftp/", r'''
# rclone config — Dubai Greens के SFTP पर रोज के cold-room PDF
[dubai-greens]
type = sftp
host = sftp.dubaigreens.ae
user = shahi_litchi
port = 22
pass = @@s@@
shell_type = unix
md5sum_command = md5sum
sha1sum_command = sha1sum
''', mixed(22))

add("conf/decoy-rclone-obscured", "mithilarang/ops/backup/rclone.conf.sample", "https://rclone.org/commands/rclone_obscure/", r'''
# rclone sample — असली config `rclone config` सँ बनाउ, ई मात्र ढाँचा अछि
[b2-backup]
type = b2
account = <B2_KEY_ID>
key = <B2_APPLICATION_KEY>
hard_delete = false

[gdrive-photos]
type = drive
scope = drive.file
token = {"access_token":"<auto>","token_type":"Bearer","refresh_token":"<auto>","expiry":"0001-01-01T00:00:00Z"}
''', None)

add("sh/restic-b2", "mithilarang/ops/backup/backup.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html#backblaze-b2", r'''
#!/bin/bash
# रोज राति 2:30 — shop DB आ uploads के backup (restic → Backblaze B2)
export B2_ACCOUNT_ID="005@@kid@@"
export B2_ACCOUNT_KEY="@@s@@"
export RESTIC_REPOSITORY="b2:mithilarang-backup:shop"
export RESTIC_PASSWORD_FILE=/root/.restic-pass

pg_dump -h 10.20.0.5 -U backup mithilarang | gzip > /srv/backup/db.sql.gz
restic backup /srv/backup/db.sql.gz /srv/shop/media --tag nightly
restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
''', "K005" + mixed(27), kid=hexs(21))

add("pgpass/pgpass", "mithilarang/ops/laptop-backup/rakesh/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
# chmod 600 ~/.pgpass — नहि तँ psql एकरा अनदेखा करैत अछि
10.20.0.5:5432:mithilarang:shop_app:@@s@@
10.20.0.5:5432:artist_portal:portal:${PORTAL_DB_PASSWORD}
# staging: Vault सँ dynamic user (vault read database/creds/staging-ro)
''', words_pw())

add("cnf/mysql-client", "shahilitchi/accounts/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
# accounts PC — mysql client defaults (sync script खातिर)
[client]
host=192.168.1.20
user=tally_sync
password="@@s@@"
default-character-set=utf8mb4

[mysqldump]
single-transaction
''', fakes.redis_password(_seed()))

add("conf/redis-requirepass", "shahilitchi/infra/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r'''
# dispatch cache / session — 10.30.0.11
bind 10.30.0.11 127.0.0.1
port 6379
protected-mode yes
requirepass @@s@@
maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
# सीजन खतम भइला पर snapshot S3 पर
save 900 1
''', fakes.redis_password(_seed()))

add("conf/decoy-redis-acl", "shahilitchi/infra/redis/users.acl", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", r'''
# ACL — password sha256 hash (#) के रूप में, plain ना
user default off
user dispatch on #@@h1@@ ~dispatch:* +@read +@write -@dangerous
user sessions on #@@h2@@ ~sess:* +get +set +expire +del
user monitor on #@@h3@@ +info +ping +client|list
''', None, h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("ini/supervisor-env", "shahilitchi/infra/supervisor/ingest.conf", "http://supervisord.org/configuration.html#program-x-section-settings", r'''
[program:mqtt-ingest]
command=/srv/ingest/.venv/bin/python mqtt_to_influx.py
directory=/srv/ingest
user=ingest
autostart=true
autorestart=true
environment=INFLUX_URL="http://10.30.0.12:8086",INFLUX_TOKEN="@@s@@",MQTT_HOST="127.0.0.1"
stdout_logfile=/var/log/ingest/out.log
stderr_logfile=/var/log/ingest/err.log
; लॉग रोज rotate (logrotate.d/ingest)
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("ini/decoy-systemd-unit", "shahilitchi/infra/systemd/dispatch-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials", r'''
[Unit]
Description=Shahi Litchi dispatch API
After=network-online.target postgresql.service

[Service]
User=dispatch
WorkingDirectory=/srv/dispatch-api
# secrets systemd credentials से (systemd-creds encrypt), plain env file ना
LoadCredentialEncrypted=db_password:/etc/credstore.encrypted/dispatch-db
LoadCredentialEncrypted=jwt_secret:/etc/credstore.encrypted/dispatch-jwt
Environment=NODE_ENV=production PORT=4000
ExecStart=/usr/bin/node dist/server.js
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', None)

add("crontab/curl-basic", "shahilitchi/infra/cron/ops.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command
# भोर 4 बजे — mandi rate (Azadpur) scrape
0 4 * * * /srv/rates/.venv/bin/python /srv/rates/fetch.py >> /var/log/rates.log 2>&1
# हर 10 मिनट — OTA server health
*/10 * * * * curl -fsS -u otaadmin:@@s@@ https://ota.shahilitchi.co.in/health > /dev/null || echo "OTA down" | mail -s OTA anil@shahilitchi.co.in
# रात 1 बजे — पुरान log हटावे के
0 1 * * * find /var/log/ingest -mtime +14 -delete
''', words_pw())

add("makefile/docker-login", "mithilarang/shop/Makefile", "https://docs.docker.com/reference/cli/docker/login/", r'''
IMAGE := ghcr.io/mithilarang/shop
TAG   := $(shell git rev-parse --short HEAD)

.PHONY: test build push

test:
	.venv/bin/pytest -q

build:
	docker build -t $(IMAGE):$(TAG) .

push: build
	echo "@@s@@" | docker login ghcr.io -u rakesh-mishra --password-stdin
	docker push $(IMAGE):$(TAG)
''', fakes.github_fine_grained_token(_seed()))

add("json/vscode-sqltools", "shahilitchi/dispatch-api/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/postgresql", r'''
{
  "editor.formatOnSave": true,
  "files.exclude": { "**/node_modules": true },
  "sqltools.connections": [
    {
      "name": "dispatch (prod, read)",
      "driver": "PostgreSQL",
      "server": "10.30.0.10",
      "port": 5432,
      "database": "dispatch",
      "username": "readonly",
      "password": "@@s@@"
    }
  ],
  "cSpell.words": ["Muzaffarpur", "Bochaha", "Kanti", "reefer", "litchi"]
}
''', fakes.redis_password(_seed()))

add("xml/decoy-idea-datasource", "shahilitchi/dispatch-api/.idea/dataSources.xml", "https://www.jetbrains.com/help/datagrip/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="dispatch@10.30.0.10" uuid="@@u@@">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://10.30.0.10:5432/dispatch</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
''', None, u=uuid_s())

# ---------------------------------------------------------------- more services, frameworks, formats

add("env/laravel-app-key", "mithilarang/wholesale/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Mithila Rang Wholesale"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://thok.mithilarang.in

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=wholesale
DB_USERNAME=wholesale
DB_PASSWORD=${WHOLESALE_DB_PASSWORD}

# थोक खरीदार (होटल, interior designer) लेल अलग site
MAIL_MAILER=smtp
MAIL_HOST=smtppro.zoho.in
''', b64("".join(chr(x) for x in _rng().sample(range(33, 126), 32))))

add("php/laravel-razorpay-config", "mithilarang/wholesale/config/services.php", "https://laravel.com/docs/11.x/configuration#accessing-configuration-values", r'''
<?php

return [
    // थोक ऑर्डर — Razorpay Payment Links
    'razorpay' => [
        'key' => env('RAZORPAY_KEY', '@@kid@@'),
        'secret' => env('RAZORPAY_SECRET', '@@s@@'),
    ],
    'shiprocket' => [
        'email' => env('SHIPROCKET_EMAIL'),
        'password' => env('SHIPROCKET_PASSWORD'),
    ],
];
''', rzp_secret(), kid=rzp_id())

add("php/decoy-laravel-services-env", "mithilarang/wholesale/config/mail.php", "https://laravel.com/docs/11.x/mail#configuration", r'''
<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => env('MAIL_HOST', 'smtppro.zoho.in'),
            'port' => env('MAIL_PORT', 465),
            'encryption' => env('MAIL_ENCRYPTION', 'ssl'),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
        ],
    ],
    'from' => [
        'address' => env('MAIL_FROM_ADDRESS', 'thok@mithilarang.in'),
        'name' => env('MAIL_FROM_NAME', 'मिथिला रंग थोक'),
    ],
];
''', None)

add("ruby/rails-master-key", "shahilitchi/buyer-portal-legacy/config/master.key",
    "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
@@s@@
# 2021 वाला Rails buyer portal — अब बंद बा, बाकिर repo में बाचल बा
# credentials.yml.enc एही key से खुलेला
# Sonu: ई file gitignore में डाले के रहे
# बाद में हटाइब
''', hexs(32))

add("yaml/decoy-rails-credentials-enc", "shahilitchi/buyer-portal-legacy/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: buyers_dev

production:
  <<: *default
  database: buyers
  username: buyers
  password: <%= Rails.application.credentials.dig(:db, :password) %>
  host: <%= ENV["DB_HOST"] %>
''', None)

add("yaml/spring-datasource", "shahilitchi/fleet-service/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.configuration", r'''
server:
  port: 8085
spring:
  application:
    name: fleet-service
  datasource:
    url: jdbc:postgresql://10.30.0.10:5432/fleet
    username: fleet
    password: @@s@@
  jpa:
    hibernate:
      ddl-auto: validate
fleet:
  # reefer truck सब के service due (km) — हर 10,000 km पर
  service-interval-km: 10000
  depots: [MUZAFFARPUR, KANTI, BOCHAHA]
''', words_pw())

add("yaml/decoy-spring-vault", "shahilitchi/fleet-service/src/main/resources/bootstrap.yml", "https://docs.spring.io/spring-cloud-vault/reference/", r'''
spring:
  cloud:
    vault:
      uri: https://vault.shahilitchi.co.in:8200
      authentication: KUBERNETES
      kubernetes:
        role: fleet-service
        service-account-token-file: /var/run/secrets/kubernetes.io/serviceaccount/token
      kv:
        enabled: true
        backend: coldchain
        default-context: fleet
  config:
    import: vault://
''', None)

add("hcl/vault-token", "shahilitchi/infra/vault/agent.hcl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent", r'''
# vault agent — pack-house gateway पर (Pi), templates render करेला
vault {
  address = "https://vault.shahilitchi.co.in:8200"
}

auto_auth {
  method "token_file" {
    config = {
      token_file_path = "/etc/vault-agent/token"
    }
  }
}

# पहिले token एहिजे रहे, मिटावल भुला गइल:
# token = "@@s@@"

template {
  source      = "/etc/vault-agent/mqtt.ctmpl"
  destination = "/etc/reefer/mqtt.env"
}
''', vault_tok())

add("sh/do-token", "mithilarang/ops/scripts/staging_droplet.sh", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r'''
#!/usr/bin/env bash
# Diwali sale सँ पहिने staging droplet बनाउ (Bangalore region)
set -e
export DIGITALOCEAN_ACCESS_TOKEN=@@s@@
doctl compute droplet create mr-staging-diwali \
  --region blr1 --size s-2vcpu-4gb --image ubuntu-24-04-x64 \
  --ssh-keys "$(doctl compute ssh-key list --format ID --no-header | head -1)" \
  --tag-names staging,diwali --wait
echo "बनि गेल। DNS मे staging.mithilarang.in बदलू।"
''', do_token())

add("json/cloudflare-token", "mithilarang/ops/cloudflare/cache-purge.json", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
{
  "zone": "mithilarang.in",
  "zone_id": "@@zid@@",
  "api_token": "@@s@@",
  "purge_on_deploy": ["/static/*", "/product/*"],
  "note": "token मे मात्र Cache Purge आ DNS Edit permission अछि"
}
''', fakes.drawn(_seed(), 40, ALNUM + "_-"), zid=hexs(32))

add("toml/decoy-cloudflare-wrangler", "mithilarang/edge/wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/", r'''
name = "mr-image-resizer"
main = "src/index.ts"
compatibility_date = "2024-06-01"
account_id = "@@acct@@"

[vars]
ORIGIN = "https://res.cloudinary.com/mithilarang"
DEFAULT_WIDTH = "640"

# CLOUDINARY_API_SECRET: `wrangler secret put CLOUDINARY_API_SECRET` सँ — एतय नहि
[[kv_namespaces]]
binding = "CACHE"
id = "@@kv@@"
''', None, acct=hexs(32), kv=hexs(32))

add("json/postman-env", "shahilitchi/dispatch-api/postman/prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@id@@",
  "name": "dispatch prod",
  "values": [
    {"key": "base_url", "value": "https://dispatch.shahilitchi.co.in/api", "type": "default", "enabled": true},
    {"key": "admin_user", "value": "ops-admin", "type": "default", "enabled": true},
    {"key": "admin_password", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "truck", "value": "BR06GD4471", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-06-02T06:11:40.512Z",
  "_postman_exported_using": "Postman/11.1.0"
}
''', words_pw(), id=uuid_s())

add("json/decoy-postman-collection", "shahilitchi/dispatch-api/postman/dispatch.postman_collection.json", "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/", r'''
{
  "info": {
    "_postman_id": "@@id@@",
    "name": "dispatch-api",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{admin_token}}", "type": "string"}]},
  "item": [
    {"name": "trips (running)", "request": {"method": "GET", "url": "{{base_url}}/admin/trips?status=running"}},
    {"name": "login", "request": {"method": "POST", "url": "{{base_url}}/admin/login",
      "body": {"mode": "raw", "raw": "{\"user\": \"{{admin_user}}\", \"password\": \"{{admin_password}}\"}"}}}
  ]
}
''', None, id=uuid_s())

add("yaml/helm-values", "shahilitchi/k8s/charts/buyer-portal/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r'''
replicaCount: 2
image:
  repository: registry.shahilitchi.co.in/buyer-portal
  tag: "2024.06.3"
ingress:
  enabled: true
  host: buyers.shahilitchi.co.in
env:
  FLASK_ENV: production
  BABEL_DEFAULT_LOCALE: hi
postgresql:
  auth:
    username: buyers
    password: "@@s@@"
    database: buyers
resources:
  requests: { cpu: 100m, memory: 256Mi }
''', fakes.redis_password(_seed()))

add("yaml/decoy-helm-values-existing", "shahilitchi/k8s/charts/dispatch/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql#parameters", r'''
replicaCount: 3
image:
  repository: registry.shahilitchi.co.in/dispatch-api
  tag: "2024.06.7"
envFrom:
  - secretRef:
      name: dispatch-api     # ExternalSecret बनावेला
postgresql:
  auth:
    existingSecret: dispatch-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
redis:
  auth:
    existingSecret: dispatch-redis
    existingSecretPasswordKey: redis-password
''', None)

add("yaml/compose-shop", "mithilarang/shop/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  web:
    build: .
    env_file: .env
    ports: ["8000:8000"]
    depends_on: [db, redis]
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: mithilarang
      POSTGRES_USER: shop_app
      POSTGRES_PASSWORD: "@@s@@"
    volumes: ["pgdata:/var/lib/postgresql/data"]
  redis:
    image: redis:7-alpine
volumes:
  pgdata: {}
# local लेल छल, मुदा server पर सेहो इहे चलि रहल अछि
''', words_pw())

add("yaml/decoy-compose-dev", "shahilitchi/buyer-portal/docker-compose.dev.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  app:
    build: .
    environment:
      DATABASE_URL: postgresql://buyers@db:5432/buyers
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: buyers
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt   # gitignore में बा
''', None)

# ---------------------------------------------------------------- chat bots, webhooks, package managers, clusters

add("python/slack-bot", "shahilitchi/alerts/season_bot.py", "https://api.slack.com/authentication/token-types#bot", r'''
# #litchi-season channel में रोज सुबह के summary (कितना crate, कौन truck कहाँ)
from slack_sdk import WebClient

client = WebClient(token="@@s@@")


def morning_summary(stats):
    text = (f"*सुप्रभात!* आज {stats['date']}\n"
            f"• कुल crate: {stats['crates']}\n"
            f"• चलत truck: {stats['running']}\n"
            f"• तापमान alarm (24 घंटा): {stats['alarms']}")
    client.chat_postMessage(channel="#litchi-season", text=text)
''', slack_bot())

add("md/readme-webhook", "shahilitchi/alerts/README.md", "https://api.slack.com/messaging/webhooks", r'''
# alerts

तापमान alarm आ season summary।

## चलावे के तरीका

```bash
export SLACK_WEBHOOK_URL=@@s@@
python handler.py --test
```

(ऊपर वाला असली #reefer-alarm channel के webhook ह — test करत बेरा channel में message जाई, ध्यान रखीं)

## Alarm नियम
- 4°C से ऊपर 3 मिनट → alarm
- 0.5°C से नीचे → freeze alarm (लीची के छिलका काला हो जाला)
''', slack_webhook())

add("md/decoy-readme-placeholders", "mithilarang/notify/README.md", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
# notify — WhatsApp, SMS, ईमेल

## सेटअप

`.env` मे ई सभ चाही (मान Vault `secret/shop/notify` सँ):

| नाम | उदाहरण |
|-----|--------|
| `WHATSAPP_TOKEN` | `EAAxxxxxxxxxxxxxxxxxxxx` |
| `WHATSAPP_PHONE_NUMBER_ID` | `1234567890` |
| `MSG91_AUTHKEY` | `<msg91-authkey>` |
| `SENDGRID_API_KEY` | `SG.xxxxxxxx.yyyyyyyy` |

```bash
curl -X POST "https://graph.facebook.com/v19.0/$WHATSAPP_PHONE_NUMBER_ID/messages" \
  -H "Authorization: Bearer $WHATSAPP_TOKEN" -H "Content-Type: application/json" \
  -d '{"messaging_product":"whatsapp","to":"91XXXXXXXXXX","type":"text","text":{"body":"नमस्कार"}}'
```
''', None)

add("json/teams-webhook", "shahilitchi/buyer-portal/app/integrations/teams.json", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
{
  "buyer": "Dubai Greens LLC",
  "channel": "Shahi Litchi shipments",
  "webhook_url": "@@s@@",
  "events": ["awb_booked", "flight_departed", "temp_alarm"],
  "lang": "en"
}
''', f"https://dubaigreens.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/{hexs(32)}/{uuid_s()}/V2{mixed(43)}")

add("txt/requirements-git-token", "shahilitchi/analytics/requirements.txt", "https://pip.pypa.io/en/stable/topics/vcs-support/", r'''
pandas==2.2.2
pyathena==3.8.3
matplotlib==3.9.0
jupyterlab==4.2.2
# हमनी के private geo library (मुज़फ़्फ़रपुर के गाँव/ब्लॉक boundary)
shahi-geo @ git+https://x-access-token:@@s@@@github.com/shahilitchi/shahi-geo.git@v0.4.1
openpyxl==3.1.3
''', fakes.github_token(_seed()))

add("txt/decoy-requirements-hashes", "mithilarang/shop/requirements.lock", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", r'''
# pip-compile --generate-hashes (एहि file के हाथ सँ नहि बदलू)
django==5.0.6 \
    --hash=sha256:@@h1@@ \
    --hash=sha256:@@h2@@
razorpay==1.4.2 \
    --hash=sha256:@@h3@@
requests==2.32.3 \
    --hash=sha256:@@h4@@ \
    --hash=sha256:@@h5@@
''', None, h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("conf/pip-conf", "shahilitchi/infra/ci-runner/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://ci-reader:@@s@@@pypi.shahilitchi.co.in/simple
# devpi — private wheels (shahi-geo, reefer-proto)
trusted-host = pypi.shahilitchi.co.in
''', mixed(24))

add("json/composer-auth", "mithilarang/wholesale/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic", r'''
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@s@@"
        }
    },
    "github-oauth": {}
}
''', hexs(40))

add("xml/maven-settings", "shahilitchi/fleet-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <!-- Nexus (office server) — fleet-service के artifact -->
    <server>
      <id>shahi-nexus</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>shahi-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.shahilitchi.co.in/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', words_pw())

add("xml/decoy-maven-settings-env", "mithilarang/payments-svc/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>github</id>
      <username>${env.GITHUB_ACTOR}</username>
      <password>${env.GITHUB_TOKEN}</password>
    </server>
  </servers>
  <!-- GitHub Packages — CI मे GITHUB_TOKEN अपने आप भेटैत अछि -->
  <activeProfiles>
    <activeProfile>github</activeProfile>
  </activeProfiles>
</settings>
''', None)

add("hcl/terraformrc", "shahilitchi/ops/laptop-backup/sonu/.terraformrc", "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials", r'''
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  # Shahi org — workspace: coldchain-prod
  token = "@@s@@"
}
''', mixed(14) + ".atlasv1." + fakes.drawn(_seed(), 67, ALNUM))

add("yaml/kubeconfig-token", "shahilitchi/ops/laptop-backup/anil/.kube/config", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM@@ca@@
    server: https://k8s.shahilitchi.co.in:6443
  name: coldchain
contexts:
- context:
    cluster: coldchain
    namespace: coldchain
    user: anil-admin
  name: coldchain
current-context: coldchain
users:
- name: anil-admin
  user:
    token: @@s@@
''', "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + fakes.drawn(_seed(), 60, ALNUM) + "." + b64('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"kube-system","sub":"system:serviceaccount:kube-system:anil-admin"}').rstrip("=") + "." + fakes.drawn(_seed(), 342, ALNUM + "-_"), ca=rnd(60, ALNUM))

add("yaml/decoy-kubeconfig-exec", "shahilitchi/docs/onboarding/kubeconfig-eks.yaml", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", r'''
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUR@@ca@@
    server: https://@@ep@@.gr7.ap-south-1.eks.amazonaws.com
  name: coldchain-eks
contexts:
- context: {cluster: coldchain-eks, user: sso}
  name: coldchain-eks
current-context: coldchain-eks
users:
- name: sso
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "coldchain", "--profile", "shahi"]
''', None, ca=rnd(60, ALNUM), ep=hexs(32).upper())

add("python/rsa-jwt-signing", "shahilitchi/buyer-portal/app/sso/keys.py", "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-rs256-rsa", r'''
"""buyer portal SSO — Dubai Greens के portal में login (RS256)."""
import jwt

PRIVATE_KEY = """@@s@@"""

ISSUER = "https://buyers.shahilitchi.co.in"


def sign_for_partner(buyer_id: str) -> str:
    return jwt.encode({"sub": buyer_id, "iss": ISSUER, "aud": "dubaigreens"}, PRIVATE_KEY, algorithm="RS256")
''', pem("RSA"))

add("json/decoy-jwks", "shahilitchi/buyer-portal/app/static/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", r'''
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
''', None, kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("go/ec-key-inline", "shahilitchi/ota-server/sign.go", "https://pkg.go.dev/crypto/ecdsa", r'''
package main

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
)

// firmware signing key — reefer logger OTA image पर signature
// TODO(sonu): HSM/KMS पर ले जाए के बा, इहाँ ना रहे के चाहीं
var signingKeyPEM = []byte(`@@s@@`)

func signingKey() (*ecdsa.PrivateKey, error) {
	block, _ := pem.Decode(signingKeyPEM)
	return x509.ParseECPrivateKey(block.Bytes)
}
''', pem("EC"))

add("pem/decoy-ota-pubkey", "shahilitchi/firmware/reefer-logger/keys/ota_pub.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", r'''
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@a@@
@@b@@
-----END PUBLIC KEY-----
# firmware में embed होला — OTA image के signature verify करे खातिर
# private key OTA server पर बा (KMS)
''', None, a=rnd(28, ALNUM + "+/"), b=rnd(60, ALNUM + "+/") + "==")

# ---------------------------------------------------------------- last bits: maps, search, sheets, handovers

add("js/mapbox-secret", "shahilitchi/route-map/scripts/build-tiles.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", r'''
// बगान (orchard) सब के tileset Mapbox पर upload — सीजन से पहिले एक बेर
const { execSync } = require("child_process");

// secret scope वाला token (uploads:write) — public pk वाला ना ह
const MAPBOX_TOKEN = "@@s@@";

const files = ["bagan_kanti.geojson", "bagan_bochaha.geojson", "bagan_mushahari.geojson"];
for (const f of files) {
  execSync(`tilesets upload-source shahilitchi ${f.replace(".geojson", "")} data/${f} --token ${MAPBOX_TOKEN}`,
           { stdio: "inherit" });
}
console.log("सब upload हो गइल");
''', "sk.eyJ1Ijoic2hhaGlsaXRjaGkiLCJhIjoi" + mixed(40) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("js/decoy-mapbox-public", "shahilitchi/route-map/src/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", r'''
import mapboxgl from "mapbox-gl";

// public token (pk.) — URL restriction लागल बा: buyers.shahilitchi.co.in
mapboxgl.accessToken = "pk.eyJ1Ijoic2hhaGlsaXRjaGkiLCJhIjoi@@p@@";

export function showTrucks(el, trucks) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12",
                                 center: [85.3910, 26.1197], zoom: 8 });
  trucks.forEach((t) => new mapboxgl.Marker({ color: t.alarm ? "#d33" : "#2a7" })
    .setLngLat([t.lon, t.lat]).setPopup(new mapboxgl.Popup().setText(`${t.no} — ${t.temp}°C`)).addTo(map));
  return map;
}
''', None, p=mixed(40) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("python/algolia-admin", "mithilarang/catalog/search/reindex.py", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
"""Algolia index — शीर्षक मैथिली/हिन्दी/English तीनू मे खोजल जा सकैत अछि."""
from algoliasearch.search_client import SearchClient

APP_ID = "@@app@@"
ADMIN_KEY = "@@s@@"   # admin key! search-only key frontend मे अछि


def reindex(products):
    index = SearchClient.create(APP_ID, ADMIN_KEY).init_index("paintings")
    index.replace_all_objects([{"objectID": p["sku"], **p} for p in products])
    index.set_settings({"searchableAttributes": ["title_mai", "title_hi", "title_en", "artist", "style"]})
''', hexs(32), app=rnd(10, UPPER))

add("json/google-oauth-client", "shahilitchi/planning/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "installed": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "shahi-harvest-plan",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@s@@",
    "redirect_uris": ["http://localhost"]
  }
}
''', mixed(28, "GOCSPX-"), cid=rnd(12, string.digits) + "-" + rnd(32, string.ascii_lowercase + string.digits))

_gcp_key = pkcs8()
add("yaml/k8s-secret-gcp-sa", "shahilitchi/k8s/planning/sheets-sa-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r'''
# harvest planning job — Google Sheets (बगान वार तुड़ाई के तारीख) पढ़े खातिर
apiVersion: v1
kind: Secret
metadata:
  name: sheets-sa
  namespace: planning
type: Opaque
data:
  sa.json: @@b@@
''', _gcp_key.splitlines()[3], b=b64('{"type": "service_account", "project_id": "shahi-harvest-plan", "private_key_id": "'
                                       + hexs(40) + '", "private_key": "' + _gcp_key.replace("\n", "\\n")
                                       + '\\n", "client_email": "sheets-reader@shahi-harvest-plan.iam.gserviceaccount.com"}'))

add("env/telegram-bhojpuri", "shahilitchi/packhouse/kanti/bot/.env", "https://core.telegram.org/bots/tutorial#obtain-your-bot-token", r'''
# कांटी pack-house के bot — मजदूर सब के हाजिरी आ crate गिनती
TG_BOT_TOKEN=@@s@@
TG_ADMIN_CHAT=-100@@chat@@
# हाजिरी भोर 4:30 से 6 बजे तक
ATTENDANCE_OPEN=04:30
ATTENDANCE_CLOSE=06:00
SHEET_NAME=hajiri_2024
''', fakes.telegram_token(_seed()), chat=rnd(10, string.digits))

add("python/django-email-url", "mithilarang/artist-portal/portal/settings/email.py", "https://github.com/joke2k/django-environ", r'''
import environ

env = environ.Env()

# payout receipt mail — Zoho SMTP. default मे production वाला URL रहि गेल!
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="smtp+ssl://payout@mithilarang.in:@@s@@@smtppro.zoho.in:465")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = "मिथिला रंग <payout@mithilarang.in>"
SERVER_EMAIL = "alerts@mithilarang.in"
''', rnd(16, string.ascii_lowercase + string.digits))

add("netrc/mapbox-downloads", "mithilarang/app/ios/ci/netrc", "https://docs.mapbox.com/ios/maps/guides/install/#configure-credentials", r'''
# iOS build machine (Mac mini, Darbhanga office) — Mapbox SDK download
machine api.mapbox.com
login mapbox
password @@s@@
# GitHub packages
machine maven.pkg.github.com
login rakesh-mishra
''', "sk.eyJ1IjoibWl0aGlsYXJhbmciLCJhIjoi" + mixed(40) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("toml/streamlit-secrets", "shahilitchi/analytics/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# season dashboard (Streamlit) — मालिक लोग खातिर
[connections.postgresql]
dialect = "postgresql"
host = "coldchain-prod.internal"
port = "5432"
database = "season"
username = "dashboard"
password = "@@s@@"

[app]
title = "शाही लीची — सीजन 2024"
''', words_pw())

add("r/renviron-db", "shahilitchi/analytics/yield_model.R", "https://solutions.posit.co/connections/db/best-practices/managing-credentials/", r'''
# बगान वार उपज (kg/पेड़) — बारिश आ तापमान से model
library(DBI)
library(dplyr)

con <- dbConnect(RPostgres::Postgres(),
                 host = "coldchain-prod.internal", dbname = "season",
                 user = "analyst", password = "@@s@@")

yield <- tbl(con, "harvest") %>%
  group_by(bagan, season) %>%
  summarise(kg_per_tree = sum(kg) / n_distinct(tree_id)) %>%
  collect()

model <- lm(kg_per_tree ~ rain_mm + max_temp_c, data = yield)
summary(model)
''', fakes.redis_password(_seed()))

add("md/handover-maithili", "mithilarang/docs/handover/pooja-to-rina.md", "https://sellercentral.amazon.in/", r'''
# काज सौंपब — पूजा सँ रीना (अगस्त 2024)

हम एक मास छुट्टी पर रहब। ई सभ काज रीना देखतीह:

1. **Amazon Karigar** — seller central login: `seller@mithilarang.in`,
   पासवर्ड: `@@s@@` (OTP हमर फोन पर अबैत अछि, हम पठा देब)।
2. **Etsy** — listing सभ Rakesh जी देखताह।
3. **कलाकार payout** — शुक्र दिन, Cashfree batch (Rakesh जी approve करताह)।
4. **Instagram** — रोज एकटा पोस्ट, caption मैथिली + English।

कोनो बात हो तँ WhatsApp करू। 🙏
''', words_pw())

add("yaml/circleci-dockerhub", "mithilarang/shop/.circleci/config.yml", "https://circleci.com/docs/private-images/", r'''
version: 2.1
jobs:
  test:
    docker:
      - image: mithilarang/ci-python:3.12
        auth:
          username: mithilarang
          password: @@s@@   # private image, context बनाबय के समय नहि छल
      - image: cimg/postgres:16.2
    steps:
      - checkout
      - run: pip install -r requirements.lock && pytest -q
workflows:
  main:
    jobs: [test]
''', docker_pat())

add("php/fast2sms", "mithilarang/wholesale/app/Services/SmsService.php", "https://docs.fast2sms.com/", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

// थोक ऑर्डर के dispatch SMS — Fast2SMS (DLT route)
class SmsService
{
    private string $apiKey = '@@s@@';

    public function dispatched(string $mobile, string $orderNo): bool
    {
        $resp = Http::withHeaders(['authorization' => $this->apiKey])
            ->post('https://www.fast2sms.com/dev/bulkV2', [
                'route' => 'dlt',
                'sender_id' => 'MTHRNG',
                'message' => '1707@@tpl@@',
                'variables_values' => $orderNo,
                'numbers' => $mobile,
            ]);
        return $resp->ok();
    }
}
''', mixed(80), tpl=rnd(6, string.digits))

# ---------------------------------------------------------------- decoys: lockfiles, fixtures, specs, ciphertext

add("json/decoy-package-lock", "shahilitchi/driver-app/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "shahi-driver-app",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', None, i1=rnd(86, ALNUM + "+/"), i2=rnd(86, ALNUM + "+/"))

add("gosum/decoy-go-sum", "shahilitchi/telemetry-archive/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/golang/snappy v0.0.4 h1:@@a@@=
github.com/golang/snappy v0.0.4/go.mod h1:@@b@@=
github.com/klauspost/compress v1.17.8 h1:@@c@@=
github.com/klauspost/compress v1.17.8/go.mod h1:@@d@@=
go.mongodb.org/mongo-driver v1.15.1 h1:@@e@@=
go.mongodb.org/mongo-driver v1.15.1/go.mod h1:@@f@@=
''', None, a=rnd(43, ALNUM + "+/"), b=rnd(43, ALNUM + "+/"), c=rnd(43, ALNUM + "+/"), d=rnd(43, ALNUM + "+/"),
    e=rnd(43, ALNUM + "+/"), f=rnd(43, ALNUM + "+/"))

add("env/decoy-env-test", "shahilitchi/dispatch-api/.env.test", "https://jestjs.io/docs/environment-variables", r'''
# jest खातिर — सब नकली मान, असली सेवा से ना जुड़ेला
NODE_ENV=test
DATABASE_URL=postgres://test:test@localhost:5432/dispatch_test
REDIS_URL=redis://localhost:6379/15
JWT_SECRET=test-jwt-secret-not-for-prod
MQTT_PASSWORD=dummy
SLACK_WEBHOOK_URL=http://localhost:9999/fake-slack
''', None)

add("yaml/decoy-openapi", "shahilitchi/dispatch-api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/", r'''
openapi: 3.0.3
info:
  title: Shahi Litchi dispatch API
  version: "2024.06"
  description: ट्रिप, truck, तापमान — buyer आ driver app खातिर
servers:
  - url: https://dispatch.shahilitchi.co.in/api
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - bearerAuth: []
paths:
  /trips/{id}:
    get:
      summary: एक trip के जानकारी
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, example: TRP-240607-003}}
      responses:
        "200": {description: OK}
''', None)

add("python/decoy-password-tests", "mithilarang/artist-portal/kalakar/tests/test_password_rules.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#password-validation", r'''
import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

# नकली पासवर्ड — मात्र validator जाँचबाक लेल
WEAK = ["12345678", "password", "mithila123", "darbhanga"]
STRONG_EXAMPLE = "correct-horse-battery-machhli"


@pytest.mark.parametrize("pw", WEAK)
def test_weak_rejected(pw):
    with pytest.raises(ValidationError):
        validate_password(pw)


def test_strong_accepted():
    validate_password(STRONG_EXAMPLE)
''', None)

add("md/decoy-changelog", "shahilitchi/dispatch-api/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r'''
# Changelog

## [2024.06.7] — 2024-06-09
### Security
- JWT secret बदलल गइल (पुरान secret से बनल सब token अब invalid)। नया secret Secrets Manager में: `coldchain/dispatch/jwt`।
- admin `.http` file से hardcoded token हटावल गइल; अब `{{admin_token}}` variable।

### Fixed
- BR06HA0915 के GPS timezone (UTC → IST) ठीक।

## [2024.06.3] — 2024-06-01
### Added
- trip close पर POD फोटो अनिवार्य।
''', None)

add("sql/decoy-vault-transit", "shahilitchi/buyer-portal/db/migrations/0012_encrypt_bank_details.sql", "https://developer.hashicorp.com/vault/docs/secrets/transit", r'''
-- बैंक विवरण अब Vault transit से encrypt होके जाला (key: buyer-bank)
ALTER TABLE buyers ADD COLUMN bank_account_enc TEXT;
ALTER TABLE buyers ADD COLUMN ifsc VARCHAR(11);

-- staging के दू गो example row (ciphertext, plain ना)
UPDATE buyers SET bank_account_enc = 'vault:v1:@@c1@@', ifsc = 'HDFC0001234' WHERE id = 1;
UPDATE buyers SET bank_account_enc = 'vault:v1:@@c2@@', ifsc = 'ICIC0000456' WHERE id = 2;

ALTER TABLE buyers DROP COLUMN bank_account_plain;
''', None, c1=rnd(64, ALNUM + "+/") + "==", c2=rnd(64, ALNUM + "+/") + "==")

add("yaml/decoy-kms-blob", "shahilitchi/ingest/config/prod.yaml", "https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html", r'''
# ingest config — secret सब KMS से encrypt (CiphertextBlob), start होखे पर decrypt
mqtt:
  host: 127.0.0.1
  port: 1883
  username: ingest
  password_kms: "AQICAHh@@b1@@"
influx:
  url: http://10.30.0.12:8086
  org: shahi-litchi
  token_kms: "AQICAHh@@b2@@"
kms_key: alias/coldchain-ingest
''', None, b1=rnd(180, ALNUM + "+/") + "=", b2=rnd(240, ALNUM + "+/") + "==")

add("csv/decoy-device-registry", "shahilitchi/firmware/devices/registry.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
truck,logger_mac,gps_imei,sim_iccid,fw,provision_id,cert_fingerprint_sha256
BR06GD4471,@@m1@@,86@@i1@@,8991@@s1@@,1.4.2,@@p1@@,@@f1@@
BR06HA0915,@@m2@@,86@@i2@@,8991@@s2@@,1.4.1,@@p2@@,@@f2@@
BR06GE2210,@@m3@@,86@@i3@@,8991@@s3@@,1.4.2,@@p3@@,@@f3@@
BR06GF7302,,,,,,  # नया truck — logger अभी लागल नइखे
''', None, m1=hexs(12), m2=hexs(12), m3=hexs(12), i1=rnd(13, string.digits), i2=rnd(13, string.digits), i3=rnd(13, string.digits),
    s1=rnd(15, string.digits), s2=rnd(15, string.digits), s3=rnd(15, string.digits), p1=uuid_s(), p2=uuid_s(), p3=uuid_s(),
    f1=hexs(64), f2=hexs(64), f3=hexs(64))

add("html/decoy-login-form", "mithilarang/artist-portal/kalakar/templates/kalakar/login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", r'''
{% extends "kalakar/base.html" %}
{% load i18n %}
{% block content %}
<form method="post" action="{% url 'kalakar:login' %}">
  {% csrf_token %}
  <label for="mobile">{% trans "मोबाइल नंबर" %}</label>
  <input id="mobile" name="mobile" type="tel" pattern="[6-9][0-9]{9}" required>
  <label for="password">{% trans "पासवर्ड" %}</label>
  <input id="password" name="password" type="password" autocomplete="current-password" placeholder="••••••••">
  <button type="submit">{% trans "प्रवेश करू" %}</button>
  <a href="{% url 'kalakar:otp' %}">{% trans "OTP सँ प्रवेश" %}</a>
</form>
<script nonce="{{ request.csp_nonce }}" src="/static/js/login.js" integrity="sha384-@@sri@@"></script>
{% endblock %}
''', None, sri=rnd(64, ALNUM + "+/"))

add("xml/decoy-saml-metadata", "shahilitchi/infra/sso/google-idp-metadata.xml", "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Google Workspace IdP metadata — Grafana SSO खातिर (public बा) -->
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://accounts.google.com/o/saml2?idpid=@@idp@@">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>MIIDdDCCAlygAwIBAgIG@@cert@@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://accounts.google.com/o/saml2/idp?idpid=@@idp@@"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
''', None, idp=rnd(9, ALNUM), cert=rnd(400, ALNUM + "+/") + "=")

add("md/decoy-api-docs-example", "mithilarang/docs/dev/payments.md", "https://razorpay.com/docs/api/authentication/", r'''
# Payments — developer नोट

Razorpay API Basic Auth सँ चलैत अछि: username = key id, password = key secret।

```bash
curl -u rzp_live_XXXXXXXXXXXXXX:<KEY_SECRET> \
  -X POST https://api.razorpay.com/v1/orders \
  -H "Content-Type: application/json" \
  -d '{"amount": 180000, "currency": "INR", "receipt": "MR-240618-0101"}'
```

- असली key id आ secret Vault मे: `secret/shop/razorpay` (`vault kv get -field=key_secret secret/shop/razorpay`)।
- local development मे test mode key उपयोग करू — dashboard मे *Test Mode* toggle।
- webhook signature: `HMAC_SHA256(body, webhook_secret)` — `payments/webhooks.py` देखू।
''', None)
