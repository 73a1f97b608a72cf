"""Blind set JU: pearl jewellers and boat-tour operators on Lake Ohrid, North Macedonia.

The shops' web stores and tills, the boat operators' booking sites, trackers and Telegram bots, their
payment processors (Stripe, PayPal, CaSys cPay), SMS and mail vendors, hosting and CI, with notes and
comments partly in Macedonian, and the decoys such teams commit beside them.
Generated fakes only (seeds 5000000-5009999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 5000000, 5009999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Biser", "Galeb", "Kaneo", "Plaosnik", "Samuil", "Naum", "Drim", "Pestani", "Trpejca", "Elshani",
         "Lagadin", "Gradiste", "Jovan", "Sveti", "Ezero", "Pristan", "Bela", "Kosta", "Vevcani", "Peshtera"]
LOWER = ["biser", "galeb", "pastrmka", "brod", "veslo", "kaneo", "plaza", "sonce", "mesecina", "bran",
         "zaliv", "jadro", "sidro", "ostrov", "kamen", "trska"]


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoib2hyaWRib2F0cyIsImEiOiJ" + fakes.drawn(_seed(), 20) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def mapbox_public() -> str:
    return "pk.eyJ1Ijoib2hyaWRib2F0cyIsImEiOiJ" + fakes.drawn(_seed(), 20) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def paypal_secret() -> str:
    return "E" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def paypal_client_id() -> str:
    return "A" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def cloudflare_token() -> str:
    return fakes.drawn_mixed(_seed(), 40, ALNUM + "-_")


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def infobip_key() -> str:
    return hexs(32) + "-" + fakes.uuid4(_seed())


def viber_token() -> str:
    return hexs(16) + "-" + hexs(16) + "-" + hexs(16)


def fcm_server_key() -> str:
    return "AAAA" + fakes.drawn(_seed(), 7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def azure_storage_key() -> str:
    return base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode()


def datadog_key() -> str:
    return hexs(32)


def recaptcha_key() -> str:
    return "6L" + fakes.drawn(_seed(), 38, ALNUM + "-_")


def anthropic_key() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def hetzner_token() -> str:
    return fakes.drawn_mixed(_seed(), 64)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def indent(block: str, n: int) -> str:
    return ("\n" + " " * n).join(block.splitlines())


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
    CASES.append(LabelledCase(f"blind-ju/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Pearl shops: web stores, tills, payment processors
# ---------------------------------------------------------------------------------------------

add("env/stripe-secret-key", "ohrid-pearl-house/.env", "https://docs.stripe.com/keys",
    """
# Ohrid Pearl House - web store (Django)
# Забелешка: не го комитувај овој фајл!
DJANGO_SETTINGS_MODULE=pearlshop.settings.prod
ALLOWED_HOSTS=ohridpearlhouse.mk,www.ohridpearlhouse.mk
DATABASE_URL=postgres://pearlshop@db.internal:5432/pearlshop
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEFAULT_CURRENCY=MKD
SHIPPING_FROM_CITY=Охрид
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-restricted-key", "pearlshop/payments/stripe_client.py", "https://docs.stripe.com/keys#limit-access",
    '''
"""Stripe client for the pearl shop's refunds job (restricted key: refunds + charges read)."""
import stripe

stripe.api_key = "@@secret@@"
stripe.api_version = "2024-06-20"


def refund_order(charge_id: str, amount_mkd: int) -> str:
    # Враќање на пари за вратен ѓердан / refund for a returned necklace
    refund = stripe.Refund.create(charge=charge_id, amount=amount_mkd * 100)
    return refund.id
''', stripe_key("rk_live_"))

add("yaml/stripe-webhook-secret", "config/payments.yml", "https://docs.stripe.com/webhooks#verify-events",
    """
# Biser Lakeside Jewellers - payment settings
stripe:
  mode: live
  account_country: MK
  webhook:
    endpoint: https://shop.biserlakeside.mk/hooks/stripe
    events: [checkout.session.completed, charge.refunded]
    signing_secret: @@secret@@
  statement_descriptor: BISER OHRID
""", stripe_whsec())

add("json/decoy-publishable-key", "storefront/public/stripe-config.json", "https://docs.stripe.com/keys#obtain-api-keys",
    """
{
  "shop": "Ohrid Pearl House",
  "stripe": {
    "publishableKey": "@@pk@@",
    "locale": "mk",
    "currency": "mkd"
  },
  "paymentMethods": ["card", "apple_pay", "google_pay"]
}
""", pk=stripe_key("pk_live_"))

add("php/woocommerce-consumer-secret", "wp-content/mu-plugins/erp-sync.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    """
<?php
/**
 * Plugin Name: Biser ERP Sync
 * Синхронизација на залиха меѓу продавницата во Охрид и веб-продавницата.
 */
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://biserlakeside.mk',
    '@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

function biser_sync_stock(array $rows) {
    global $woocommerce;
    foreach ($rows as $row) {
        $woocommerce->put('products/' . $row['id'], ['stock_quantity' => $row['qty']]);
    }
}
""", woo_key("cs_"), ck=woo_key("ck_"))

add("php/decoy-env-reference", "wp-content/mu-plugins/erp-sync-env.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    """
<?php
// Клучевите се во .env на серверот, не тука.
use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    getenv('WC_STORE_URL'),
    getenv('WC_CONSUMER_KEY'),
    getenv('WC_CONSUMER_SECRET'),
    ['version' => 'wc/v3']
);
""")

add("env/shopify-admin-token", "shopify-sync/.env.production", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
SHOPIFY_SHOP=ohrid-pearls.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_TOKEN=@@secret@@
SYNC_LOCATION=Ohrid Old Bazaar
LOG_LEVEL=info
""", shopify_token())

add("typescript/shopify-admin-token", "shopify-sync/src/client.ts", "https://shopify.dev/docs/api/admin-graphql",
    """
import { GraphQLClient } from "graphql-request";

// TODO(Ана): премести го токенот во Secrets Manager пред сезоната
const SHOP = "ohrid-pearls.myshopify.com";
const TOKEN = "@@secret@@";

export const shopify = new GraphQLClient(`https://${SHOP}/admin/api/2024-07/graphql.json`, {
  headers: {
    "X-Shopify-Access-Token": TOKEN,
    "Content-Type": "application/json",
  },
});

export async function setInventory(itemId: string, qty: number) {
  return shopify.request(`mutation { inventorySetOnHandQuantities(input: { reason: "correction" }) { userErrors { message } } }`, { itemId, qty });
}
""", shopify_token())

add("typescript/decoy-env-reference", "shopify-sync/src/config.ts", "https://shopify.dev/docs/api/admin-graphql",
    """
import { z } from "zod";

const Env = z.object({
  SHOPIFY_SHOP: z.string().endsWith(".myshopify.com"),
  SHOPIFY_ADMIN_TOKEN: z.string().startsWith("shpat_"),
  SYNC_LOCATION: z.string().default("Ohrid Old Bazaar"),
});

export const env = Env.parse(process.env);
""")

add("python/casys-merchant-password", "pearlshop/payments/cpay.py", "https://www.cpay.com.mk/ (CaSys cPay merchant integration guide)",
    '''
"""CaSys cPay (Macedonian card gateway) checksum for the pearl shop checkout."""
import hashlib

MERCHANT_ID = "1000000721"
MERCHANT_NAME = "OhridPearlHouse"
# Лозинка за checksum од CaSys (договор 2023)
CHECKSUM_KEY = "@@secret@@"


def checksum(params: dict) -> str:
    names = ",".join(params) + ","
    header = f"{len(params):02d}{names}" + "".join(f"{len(str(v)):03d}" for v in params.values())
    data = header + "".join(str(v) for v in params.values()) + CHECKSUM_KEY
    return hashlib.md5(data.encode("utf-8")).hexdigest()
''', rand_pw(16))

add("ini/casys-merchant-password", "pos/cpay.ini", "https://www.cpay.com.mk/ (CaSys cPay merchant integration guide)",
    """
; cPay - Бисерна куќа Ристески
[merchant]
PayToMerchant = 1000000844
MerchantName = RisteskiPearls
AmountCurrency = MKD
ReturnURL = https://risteski-biser.mk/plakjanje/uspesno
ReturnErrURL = https://risteski-biser.mk/plakjanje/greska

[security]
ChecksumPassword = @@secret@@
""", words_pw())

add("python/decoy-checksum", "pearlshop/tests/test_cpay.py", "https://docs.pytest.org/en/stable/",
    '''
from pearlshop.payments.cpay import checksum

# Expected digest for the fixture order, from the CaSys test page (test key "TEST_PASS").
EXPECTED = "@@digest@@"


def test_checksum_is_stable(monkeypatch):
    monkeypatch.setattr("pearlshop.payments.cpay.CHECKSUM_KEY", "TEST_PASS")
    params = {"AmountToPay": "250000", "PayToMerchant": "1000000721", "Details1": "Ѓердан"}
    assert len(checksum(params)) == 32
    assert checksum(params) == checksum(dict(params))
''', digest=hexs(32))

add("json/paypal-client-secret", "pearlshop/config/paypal.live.json", "https://developer.paypal.com/api/rest/authentication/",
    """
{
  "environment": "live",
  "clientId": "@@cid@@",
  "clientSecret": "@@secret@@",
  "brandName": "Ohrid Pearl House",
  "returnUrl": "https://ohridpearlhouse.mk/checkout/paypal/return"
}
""", paypal_secret(), cid=paypal_client_id())

add("html/decoy-client-id", "templates/checkout/paypal_button.html", "https://developer.paypal.com/sdk/js/configuration/",
    """
{% extends "base.html" %}
{% block scripts %}
<!-- PayPal JS SDK: the client id is public, the secret stays on the server -->
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=EUR&locale=mk_MK"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("/checkout/paypal/order", {method: "POST"}).then(r => r.json()).then(o => o.id),
  }).render("#paypal-button");
</script>
{% endblock %}
""", cid=paypal_client_id())

add("shell/paypal-client-secret", "scripts/paypal_token.sh", "https://developer.paypal.com/api/rest/authentication/",
    """
#!/usr/bin/env bash
# Земи OAuth токен од PayPal за рачни поврати (refunds).
set -euo pipefail

CLIENT_ID="@@cid@@"
CLIENT_SECRET="@@secret@@"

curl -s https://api-m.paypal.com/v1/oauth2/token \\
  -u "${CLIENT_ID}:${CLIENT_SECRET}" \\
  -d "grant_type=client_credentials" | jq -r .access_token
""", paypal_secret(), cid=paypal_client_id())

add("csv/decoy-order-ids", "exports/orders-2024-07.csv", "https://docs.stripe.com/api/charges/object",
    """
order_no,date,item,material,amount_mkd,stripe_charge,status
OPH-24-0711,2024-07-01,Ѓердан 3 реда,охридски бисер + сребро 925,12400,ch_3PX@@c1@@,paid
OPH-24-0712,2024-07-01,Обетки капка,охридски бисер,3900,ch_3PX@@c2@@,paid
OPH-24-0713,2024-07-02,Прстен филигран,сребро 925,5600,ch_3PX@@c3@@,refunded
OPH-24-0714,2024-07-03,Брош галеб,охридски бисер + злато 14k,18900,ch_3PX@@c4@@,paid
OPH-24-0715,2024-07-03,Нараквица,охридски бисер,4700,ch_3PX@@c5@@,paid
""", c1=fakes.drawn(_seed(), 21), c2=fakes.drawn(_seed(), 21), c3=fakes.drawn(_seed(), 21),
    c4=fakes.drawn(_seed(), 21), c5=fakes.drawn(_seed(), 21))

add("sql/postgres-password", "db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- Read-only role for the accountant's Metabase (сметководство)
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE pearlshop TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON orders, order_items, products, refunds TO reporting;
ALTER ROLE reporting SET statement_timeout = '30s';
""", words_pw())

add("sql/decoy-password-hash", "db/seed/0002_staff_users.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/",
    """
-- Демо корисници за локален развој (лозинките се хеширани)
INSERT INTO auth_user (username, email, is_staff, password) VALUES
  ('ana.risteska', 'ana@ohridpearlhouse.mk', true, 'bcrypt_sha256@@h1@@'),
  ('goce.talev', 'goce@ohridpearlhouse.mk', true, 'bcrypt_sha256@@h2@@'),
  ('kasa.stara.carsija', 'kasa1@ohridpearlhouse.mk', false, '!');
""", h1="$" + bcrypt_hash(), h2="$" + bcrypt_hash())

add("python/django-secret-key", "pearlshop/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["ohridpearlhouse.mk", "www.ohridpearlhouse.mk"]
SECRET_KEY = "@@secret@@"

LANGUAGE_CODE = "mk"
TIME_ZONE = "Europe/Skopje"
CSRF_TRUSTED_ORIGINS = ["https://ohridpearlhouse.mk"]
SESSION_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "pearlshop/settings/staging.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    '''
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
ALLOWED_HOSTS = ["staging.ohridpearlhouse.mk"]
TIME_ZONE = "Europe/Skopje"
''')

add("env/mailgun-api-key", "newsletter/.env", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
    """
# Билтен за колекцијата „Охридски бисер 2024"
MAILGUN_DOMAIN=mg.ohridpearlhouse.mk
MAILGUN_API_KEY=@@secret@@
MAILGUN_REGION=eu
FROM_ADDRESS=Ohrid Pearl House <novosti@ohridpearlhouse.mk>
""", mailgun_key())

add("python/sendgrid-api-key", "newsletter/send_campaign.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started",
    '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send(to: str, name: str) -> int:
    msg = Mail(
        from_email="info@biserlakeside.mk",
        to_emails=to,
        subject="Нова колекција: бисери од Охрид",
        html_content=f"<p>Почитуван/а {name}, ве покануваме во нашата продавница на Кеј Македонија.</p>",
    )
    return sg.send(msg).status_code
''', sendgrid_key())

add("yaml/smtp-password", "config/mail.yaml", "https://docs.djangoproject.com/en/5.0/topics/email/#smtp-backend",
    """
mail:
  backend: smtp
  host: smtp.zoho.eu
  port: 465
  use_ssl: true
  username: prodazba@risteski-biser.mk
  password: "@@secret@@"
  default_from: "Ристески бисери <prodazba@risteski-biser.mk>"
""", words_pw())

add("markdown/smtp-password", "docs/handover-mail.md", "https://www.zoho.com/mail/help/zoho-smtp.html",
    """
# Предавање: е-пошта на продавницата (за Марија)

Од 1 септември Марија ја води е-поштата. Сè што треба:

| Што | Вредност |
|-----|----------|
| Сервер | smtp.zoho.eu : 465 (SSL) |
| Корисник | prodazba@risteski-biser.mk |
| Лозинка | `@@secret@@` |
| IMAP | imap.zoho.eu : 993 |

Ако Zoho побара 2FA, кодот оди на телефонот на Горан.
""", words_pw())

add("markdown/decoy-placeholder", "docs/setup-mail.md", "https://www.zoho.com/mail/help/zoho-smtp.html",
    """
# Поставување на е-пошта (локално)

Копирај `.env.example` во `.env` и пополни ги вредностите:

```
EMAIL_HOST=smtp.zoho.eu
EMAIL_PORT=465
EMAIL_HOST_USER=<your-mailbox>@risteski-biser.mk
EMAIL_HOST_PASSWORD=<app-password-from-zoho>
```

Лозинката за апликации се создава во Zoho → Security → App Passwords. Никогаш не ја комитувај.
""")

add("env/decoy-placeholder", "pearlshop/.env.example", "https://docs.djangoproject.com/en/5.0/ref/settings/",
    """
# Копирај во .env и пополни
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://pearlshop:password@localhost:5432/pearlshop
STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""")

add("json/decoy-sri-hash", "storefront/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """
{
  "name": "ohrid-pearls-storefront",
  "version": "2.3.1",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/swiper": {
      "version": "11.1.4",
      "resolved": "https://registry.npmjs.org/swiper/-/swiper-11.1.4.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/decoy-firebase-web-config", "storefront/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys",
    """
{
  "apiKey": "@@key@@",
  "authDomain": "ohrid-pearl-house.firebaseapp.com",
  "projectId": "ohrid-pearl-house",
  "storageBucket": "ohrid-pearl-house.appspot.com",
  "messagingSenderId": "418723660951",
  "appId": "1:418723660951:web:@@app@@"
}
""", key=google_key(), app=hexs(22))

add("kotlin/fcm-server-key", "android/app/src/main/java/mk/ohridpearl/push/PushSender.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server",
    """
package mk.ohridpearl.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Legacy FCM - за известувања за нова колекција (TODO: мигрирај на HTTP v1)
private const val SERVER_KEY = "@@secret@@"

object PushSender {
    private val http = OkHttpClient()

    fun broadcast(topic: String, title: String) {
        val body = "{\\"to\\":\\"/topics/$topic\\",\\"notification\\":{\\"title\\":\\"$title\\"}}"
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().close()
    }
}
""", fcm_server_key())

add("xml/decoy-google-services", "android/app/src/main/res/values/google_maps_api.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key",
    """
<resources>
    <!-- Debug key for the shop-locator map; restricted to package mk.ohridpearl + debug SHA-1.
         Реалниот клуч се внесува од CI во release/res/values. -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">YOUR_KEY_HERE</string>
    <string name="shop_lat">41.1129</string>
    <string name="shop_lng">20.8016</string>
</resources>
""")

add("swift/google-api-key", "ios/OhridPearl/Config/Secrets.swift", "https://developers.google.com/maps/documentation/ios-sdk/get-api-key",
    """
import Foundation

// Places API (server-side key, unrestricted) - користи се за пребарување на продавници
enum Secrets {
    static let placesServerKey = "@@secret@@"
    static let shopPlaceIds = [
        "ChIJ0Yp1bS2fWhMRb1t0UQK0yZQ",  // Стара чаршија
        "ChIJc3z2mJ2eWhMR9x4k1q8hYkI",  // Кеј Македонија
    ]
}
""", google_key())

# ---------------------------------------------------------------------------------------------
# Boat-tour operators: booking, bots, trackers, SMS
# ---------------------------------------------------------------------------------------------

add("python/telegram-bot-token", "galeb-bot/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    '''
"""Galeb Boat Tours - Telegram бот за резервации (Охрид - Св. Наум)."""
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

TOKEN = "@@secret@@"
DEPARTURES = {"10:00": "Св. Наум", "13:30": "Калишта", "17:00": "Зајдисонце"}


async def tours(update: Update, ctx: ContextTypes.DEFAULT_TYPE) -> None:
    lines = [f"{t} - {dest}" for t, dest in DEPARTURES.items()]
    await update.message.reply_text("Денешни тури:\\n" + "\\n".join(lines))


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("tours", tours))
    app.run_polling()


if __name__ == "__main__":
    main()
''', fakes.telegram_token(_seed()))

add("shell/telegram-bot-token", "ops/notify_captain.sh", "https://core.telegram.org/bots/api#sendmessage",
    """
#!/bin/sh
# Испрати порака до капетанот кога има ново резервирање (cron, секои 5 мин)
CHAT_ID=-1002041879335
MSG="Нова резервација: $1 лица, тргнување $2"
curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
     -d chat_id="$CHAT_ID" -d text="$MSG" >/dev/null
""", fakes.telegram_token(_seed()))

add("yaml/decoy-telegram-chat-id", "galeb-bot/config.yaml", "https://core.telegram.org/bots/api#chat",
    """
# Telegram: chat ids are not secrets; the token is read from TELEGRAM_TOKEN
telegram:
  token_env: TELEGRAM_TOKEN
  captains_chat: -1002041879335
  office_chat: -1001877420016
  admins: [518843021, 700129447]
schedule:
  timezone: Europe/Skopje
  season: "2024-05-01/2024-10-15"
""")

add("env/twilio-auth-token", "kaneo-cruises/.env", "https://www.twilio.com/docs/iam/api-keys#authentication",
    """
# Kaneo Cruises - SMS потсетници за тури
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+38946555120
REMINDER_HOURS_BEFORE=3
""", hexs(32), sid=twilio_sid())

add("python/twilio-auth-token", "kaneo-cruises/reminders/sms.py", "https://www.twilio.com/docs/sms/quickstart/python",
    '''
from twilio.rest import Client

# Сметка на Kaneo Cruises (главна)
client = Client("@@sid@@", "@@secret@@")


def remind(phone: str, boat: str, departure: str) -> str:
    body = f"Потсетник: вашата тура со {boat} тргнува во {departure} од пристаништето Охрид."
    return client.messages.create(to=phone, from_="+38946555120", body=body).sid
''', hexs(32), sid=twilio_sid())

add("python/decoy-env-reference", "kaneo-cruises/reminders/settings.py", "https://www.twilio.com/docs/usage/secure-credentials",
    '''
import os

TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
TWILIO_FROM = os.getenv("TWILIO_FROM", "+38946555120")
REMINDER_HOURS_BEFORE = int(os.getenv("REMINDER_HOURS_BEFORE", "3"))
''')

add("csharp/infobip-api-key", "NaumTaxi.Sms/InfobipSender.cs", "https://www.infobip.com/docs/essentials/api-authentication",
    """
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace NaumTaxi.Sms;

// СМС за водно такси Св. Наум - Infobip
public class InfobipSender
{
    private const string BaseUrl = "https://y3kq8n.api.infobip.com";
    private const string ApiKey = "@@secret@@";
    private readonly HttpClient _http = new();

    public async Task SendAsync(string to, string text)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, BaseUrl + "/sms/2/text/advanced");
        req.Headers.Authorization = new AuthenticationHeaderValue("App", ApiKey);
        var json = $"{{\\"messages\\":[{{\\"from\\":\\"NaumTaxi\\",\\"destinations\\":[{{\\"to\\":\\"{to}\\"}}],\\"text\\":\\"{text}\\"}}]}}";
        req.Content = new StringContent(json, Encoding.UTF8, "application/json");
        (await _http.SendAsync(req)).EnsureSuccessStatusCode();
    }
}
""", infobip_key())

add("json/mssql-password", "NaumTaxi.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Bookings": "Server=naumtaxi-sql;Database=Bookings;User Id=app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Infobip": {
    "BaseUrl": "https://y3kq8n.api.infobip.com",
    "Sender": "NaumTaxi"
  }
}
""", rand_pw(16))

add("json/decoy-env-reference", "NaumTaxi.Api/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Bookings": "Server=localhost;Database=Bookings;Trusted_Connection=True;"
  },
  "Infobip": {
    "BaseUrl": "https://y3kq8n.api.infobip.com",
    "ApiKey": "",
    "Sender": "NaumTaxi"
  },
  "KeyVault": { "Uri": "https://naumtaxi-kv.vault.azure.net/" }
}
""")

add("javascript/viber-bot-token", "naum-taxi-viber/index.js", "https://developers.viber.com/docs/api/rest-bot-api/#authentication-token",
    """
// Viber бот - водно такси Охрид ↔ Св. Наум
const { Bot, Message } = require("viber-bot");

const bot = new Bot({
  authToken: "@@secret@@",
  name: "Naum Taxi",
  avatar: "https://naum-taxi.mk/static/boat.png",
});

bot.onTextMessage(/^распоред|^schedule/i, (message, response) => {
  response.send(new Message.Text("Поаѓања: 09:00, 11:00, 14:00, 16:30 (од пристаниште Охрид)"));
});

require("http").createServer(bot.middleware()).listen(process.env.PORT || 8080,
  () => bot.setWebhook("https://naum-taxi.mk/viber/webhook"));
""", viber_token())

add("python/mapbox-secret-token", "tour-routes/upload_tileset.py", "https://docs.mapbox.com/api/accounts/tokens/",
    '''
"""Качи ги рутите на бродовите (GeoJSON) како Mapbox tileset."""
import requests

USERNAME = "ohridboats"
ACCESS_TOKEN = "@@secret@@"  # scope: tilesets:write, uploads:write


def upload_source(name: str, path: str) -> dict:
    url = f"https://api.mapbox.com/tilesets/v1/sources/{USERNAME}/{name}"
    with open(path, "rb") as fh:
        r = requests.post(url, params={"access_token": ACCESS_TOKEN}, files={"file": fh}, timeout=60)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(upload_source("routes-2024", "data/routes_ohrid_naum.geojson"))
''', mapbox_secret())

add("javascript/decoy-publishable-key", "galeb-site/assets/js/route-map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/",
    """
// Јавен (pk.) токен, ограничен на galebtours.mk - безбеден во прелистувач
mapboxgl.accessToken = "@@pk@@";

const map = new mapboxgl.Map({
  container: "route-map",
  style: "mapbox://styles/ohridboats/clx0route2024",
  center: [20.7989, 41.1125],
  zoom: 10.5,
});

map.on("load", () => {
  map.addSource("route", { type: "geojson", data: "/data/ohrid-naum.geojson" });
  map.addLayer({ id: "route", type: "line", source: "route", paint: { "line-color": "#0a6ebd", "line-width": 3 } });
});
""", pk=mapbox_public())

add("python/openweather-api-key", "kaneo-cruises/weather/wind_check.py", "https://openweathermap.org/appid",
    '''
"""Проверка на ветер пред тура - откажи ако ветрот е над 9 m/s."""
import requests

OWM_KEY = "@@secret@@"
OHRID = (41.1172, 20.8016)


def wind_speed() -> float:
    r = requests.get(
        "https://api.openweathermap.org/data/2.5/weather",
        params={"lat": OHRID[0], "lon": OHRID[1], "appid": OWM_KEY, "units": "metric"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["wind"]["speed"]


def should_cancel() -> bool:
    return wind_speed() > 9.0
''', hexs(32))

add("yaml/decoy-vault-reference", "deploy/helm/galeb-booking/values.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """
# Galeb Boat Tours - booking API
image:
  repository: registry.digitalocean.com/galeb/booking-api
  tag: "2024.07.3"
replicaCount: 2
env:
  TZ: Europe/Skopje
  BOOKING_CURRENCY: EUR
externalSecrets:
  refreshInterval: 1h
  secretStoreRef: { name: doppler-galeb, kind: ClusterSecretStore }
  keys:
    - STRIPE_SECRET_KEY
    - TELEGRAM_TOKEN
    - DATABASE_URL
""")

_pw = rand_pw(22)
add("k8s-secret/postgres-password", "deploy/k8s/booking-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: galeb
  labels: { app: booking-api }
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_DB: @@db@@
  POSTGRES_PASSWORD: @@pw@@
""", _pw, user=b64("galeb_app"), db=b64("bookings"), pw=b64(_pw))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/booking-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-stripe
  namespace: galeb
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@e1@@
    STRIPE_WEBHOOK_SECRET: AgC@@e2@@
  template:
    metadata:
      name: booking-stripe
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 280, ALNUM + "+/"))

add("github-actions/digitalocean-token", ".github/workflows/deploy-booking.yml", "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    """
name: deploy booking-api
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
      - run: docker build -t registry.digitalocean.com/galeb/booking-api:${{ github.sha }} .
      - run: docker push registry.digitalocean.com/galeb/booking-api:${{ github.sha }}
      - run: doctl kubernetes cluster kubeconfig save galeb-fra1
      - run: kubectl -n galeb set image deploy/booking-api api=registry.digitalocean.com/galeb/booking-api:${{ github.sha }}
""", do_token())

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-shop.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: deploy pearl shop
on:
  workflow_dispatch:
  push:
    tags: ["v*"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: ${{ secrets.SHOP_HOST }}
          username: deploy
          key: ${{ secrets.SHOP_SSH_KEY }}
          script: cd /srv/pearlshop && git pull && ./bin/release.sh
      - name: notify
        run: curl -s -X POST "https://api.telegram.org/bot${{ secrets.TELEGRAM_TOKEN }}/sendMessage" -d chat_id=-1001877420016 -d text="Shop deployed ${{ github.ref_name }}"
""")

add("terraform/hetzner-token", "infra/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs",
    """
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud", version = "~> 1.45" }
  }
}

# Проект: ohrid-pearl-house (Falkenstein)
provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "shop" {
  name        = "pearlshop-01"
  server_type = "cx22"
  image       = "ubuntu-24.04"
  location    = "fsn1"
  ssh_keys    = ["ana-laptop", "goran-desktop"]
}
""", hetzner_token())

add("terraform/decoy-variable-reference", "infra/hetzner/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """
variable "hcloud_token" {
  description = "Hetzner Cloud API token (од 1Password: Infra / Hetzner)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "zone_id" {
  description = "Cloudflare zone of ohridpearlhouse.mk"
  type        = string
  default     = "@@zone@@"
}
""", zone=hexs(32))

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
    """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "booking" {
  zone_id = "@@zone@@"
  name    = "booking"
  content = "164.92.180.21"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "naum" {
  zone_id = "@@zone@@"
  name    = "naum"
  content = "galeb-booking.pages.dev"
  type    = "CNAME"
  proxied = true
}
""", cloudflare_token(), zone=hexs(32))

add("terraform/aws-secret-key", "infra/aws/backups.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """
# Резервни копии на фотографиите од накитот (S3, Frankfurt)
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "photos" {
  bucket = "ohrid-pearl-house-photos"
}

resource "aws_s3_bucket_lifecycle_configuration" "photos" {
  bucket = aws_s3_bucket.photos.id
  rule {
    id     = "glacier-after-90"
    status = "Enabled"
    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
[default]
region = eu-central-1

[pearl-photos]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[galeb-backups]
role_arn = arn:aws:iam::418273640117:role/galeb-backup
source_profile = pearl-photos
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/decoy-iam-policy", "infra/aws/photo-uploader-policy.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_rw-bucket.html",
    """
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PhotoUpload",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::ohrid-pearl-house-photos/*"
    },
    {
      "Sid": "KmsForPhotos",
      "Effect": "Allow",
      "Action": ["kms:GenerateDataKey", "kms:Decrypt"],
      "Resource": "arn:aws:kms:eu-central-1:418273640117:key/@@kms@@"
    }
  ]
}
""", kms=uuid_s())

add("python/aws-session-token", "scripts/upload_catalogue.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html",
    '''
"""Качи го каталогот (PDF) на S3 - привремени клучеви од `aws sts get-session-token`."""
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@secret@@",
    region_name="eu-central-1",
)

s3 = session.client("s3")
s3.upload_file("out/katalog-biseri-2024.pdf", "ohrid-pearl-house-photos", "catalogue/katalog-biseri-2024.pdf")
print("ok")
''', fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    sk=fakes.aws_secret_key(_seed()))

add("dockerfile/pypi-token", "tools/label-printer/Dockerfile", "https://pypi.org/help/#apitoken",
    """
FROM python:3.12-slim
WORKDIR /app
# Печатење етикети за бисерите (Zebra ZD421) - пакетот е приватен на нашиот PyPI налог
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install build twine && python -m build && twine upload --skip-existing dist/*
CMD ["python", "-m", "pearl_labels"]
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "tools/label-printer/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
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

add("toml/decoy-hashes", "tools/label-printer/poetry.lock", "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock",
    """
[[package]]
name = "zebra"
version = "0.1.0"
description = "Print to Zebra label printers"
optional = false
python-versions = "*"
files = [
    {file = "zebra-0.1.0.tar.gz", hash = "sha256:@@h1@@"},
]

[[package]]
name = "qrcode"
version = "7.4.2"
description = "QR Code image generator"
optional = false
python-versions = ">=3.7"
files = [
    {file = "qrcode-7.4.2-py3-none-any.whl", hash = "sha256:@@h2@@"},
    {file = "qrcode-7.4.2.tar.gz", hash = "sha256:@@h3@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.12"
content-hash = "@@h4@@"
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256())

add("toml/github-token", "tools/label-printer/pyproject.toml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
[project]
name = "pearl-labels"
version = "0.4.0"
description = "Етикети со QR код за охридски бисери"
requires-python = ">=3.11"
dependencies = ["zebra>=0.1", "qrcode>=7.4"]

[tool.pearl-labels]
printer = "ZD421-stara-carsija"
catalogue_repo = "ohrid-pearl-house/catalogue"
# read-only PAT за приватниот каталог (Горан, истекува 2025-03)
github_token = "@@secret@@"
""", fakes.github_token(_seed()))

add("shell/github-fine-grained-token", "scripts/clone_catalogue.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token",
    """
#!/usr/bin/env bash
# Клонирај го каталогот на новиот лаптоп во продавницата
set -e
cd ~/work
git clone https://x-access-token:@@secret@@@github.com/ohrid-pearl-house/catalogue.git
cd catalogue && ./bin/bootstrap.sh
""", fakes.github_fine_grained_token(_seed()))

add("yaml/decoy-git-sha", ".pre-commit-config.yaml", "https://pre-commit.com/#pre-commit-configyaml---repos",
    """
repos:
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@r1@@  # frozen: v0.5.0
    hooks:
      - id: ruff
      - id: ruff-format
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @@r2@@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
""", r1=hexs(40), r2=hexs(40))

# ---------------------------------------------------------------------------------------------
# Devices and IT: cameras, routers, trackers, tills, servers
# ---------------------------------------------------------------------------------------------

add("yaml/camera-password", "nvr/frigate/config.yml", "https://docs.frigate.video/configuration/cameras",
    """
# Камери во продавницата Стара чаршија (Hikvision)
mqtt:
  host: 192.168.10.5
cameras:
  izlog:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.10.21:554/Streaming/Channels/101
          roles: [record, detect]
  kasa:
    ffmpeg:
      inputs:
        - path: rtsp://admin:{FRIGATE_RTSP_PASSWORD}@192.168.10.22:554/Streaming/Channels/101
          roles: [record]
record:
  enabled: true
  retain: { days: 14 }
""", words_pw())

add("yaml/decoy-env-reference", "nvr/frigate/config.pier.yml", "https://docs.frigate.video/configuration/reference",
    """
# Камери на пристаништето (Galeb) - лозинките доаѓаат од FRIGATE_* променливи
cameras:
  pristan:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.20.0.31:554/stream1
          roles: [record, detect]
  brod_galeb2:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_BOAT_PASSWORD}@10.20.0.41:554/stream1
          roles: [record]
""")

add("shell/router-password", "network/mikrotik/backup.sh", "https://help.mikrotik.com/docs/display/ROS/SSH",
    """
#!/bin/bash
# Ноќен бекап на MikroTik рутерите (продавница + пристаниште)
ROUTERS="192.168.10.1 10.20.0.1"
DATE=$(date +%F)
for r in $ROUTERS; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no backup@$r "/export file=bk-$DATE"
  sshpass -p '@@secret@@' scp backup@$r:bk-$DATE.rsc /srv/backups/mikrotik/$r-$DATE.rsc
done
""", words_pw())

add("text/router-password", "network/mikrotik/README.txt", "https://help.mikrotik.com/docs/display/ROS/First+Time+Configuration",
    """
MikroTik hAP ax2 - пристаниште Galeb (kontejner kaj blagajnata)
==============================================================
IP:        10.20.0.1
Winbox:    admin / @@secret@@
WiFi гости: Galeb-Guest (без лозинка, captive portal)
WiFi каса: Galeb-POS  (WPA2, лозинката е на налепница под рутерот)
LTE backup: A1 Makedonija, SIM 075 xxx 218
Последна промена: 2024-04-18, Никола
""", words_pw())

add("json/tracker-password", "traccar/conf/devices-import.json", "https://www.traccar.org/api-reference/",
    """
{
  "server": "https://gps.galebtours.mk",
  "user": "admin@galebtours.mk",
  "password": "@@secret@@",
  "devices": [
    { "name": "Галеб 1", "uniqueId": "862560051223417", "model": "Teltonika FMB920", "category": "boat" },
    { "name": "Галеб 2", "uniqueId": "862560051229984", "model": "Teltonika FMB920", "category": "boat" },
    { "name": "Св. Наум такси", "uniqueId": "352093088412205", "model": "Teltonika FMC130", "category": "boat" }
  ]
}
""", rand_pw(14))

add("xml/decoy-device-ids", "traccar/conf/traccar.xml", "https://www.traccar.org/configuration-file/",
    """
<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <entry key='config.default'>./conf/default.xml</entry>
    <entry key='database.driver'>org.postgresql.Driver</entry>
    <entry key='database.url'>jdbc:postgresql://localhost/traccar</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>${env:TRACCAR_DB_PASSWORD}</entry>
    <entry key='teltonika.port'>5027</entry>
    <entry key='geocoder.enable'>false</entry>
    <entry key='server.timezone'>Europe/Skopje</entry>
</properties>
""")

add("properties/postgres-password", "traccar/conf/traccar.old.properties", "https://www.traccar.org/configuration-file/",
    """
# стар конфиг (пред миграција на XML), уште се користи на резервниот сервер
database.driver=org.postgresql.Driver
database.url=jdbc:postgresql://10.20.0.10:5432/traccar
database.user=traccar
database.password=@@secret@@
teltonika.port=5027
server.timezone=Europe/Skopje
""", rand_pw(18))

add("python/ftp-password", "photos/sync_to_printer.py", "https://docs.python.org/3/library/ftplib.html",
    '''
"""Ги праќа фотографиите од турите до киоскот за печатење на пристаништето."""
from ftplib import FTP_TLS
from pathlib import Path

HOST = "kiosk-pristan.local"
USER = "fotografii"
PASSWD = "@@secret@@"


def push(folder: str) -> int:
    sent = 0
    with FTP_TLS(HOST) as ftp:
        ftp.login(USER, PASSWD)
        ftp.prot_p()
        for photo in sorted(Path(folder).glob("*.jpg")):
            with photo.open("rb") as fh:
                ftp.storbinary(f"STOR {photo.name}", fh)
            sent += 1
    return sent
''', words_pw())

_pw = words_pw()
add("xml/ftp-password", "photos/filezilla-sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager",
    """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.galebtours.mk</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>galeb_web</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Galeb - веб сајт</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _pw, enc=b64(_pw))

add("compose/mysql-password", "kaneo-cruises/docker-compose.yml", "https://hub.docker.com/_/mysql",
    """
services:
  db:
    image: mysql:8.4
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: kaneo
      MYSQL_USER: kaneo
      MYSQL_PASSWORD: @@secret@@
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - db:/var/lib/mysql
  web:
    image: ghcr.io/kaneo-cruises/booking:latest
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_NAME: kaneo
      DB_USER: kaneo
    ports: ["8080:8080"]
volumes:
  db: {}
""", rand_pw(20))

add("compose/decoy-env-reference", "galeb-booking/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
    """
services:
  api:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://galeb:${POSTGRES_PASSWORD:?set it in .env}@db:5432/bookings
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
    depends_on: [db, redis]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: galeb
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("compose/redis-password", "ohrid-pearl-house/docker-compose.prod.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/",
    """
services:
  web:
    image: ghcr.io/ohrid-pearl-house/shop:2.3.1
    environment:
      CELERY_BROKER_URL: redis://:@@secret@@@redis:6379/1
      CACHE_URL: redis://:@@secret@@@redis:6379/2
  redis:
    image: redis:7-alpine
    command: redis-server --requirepass @@secret@@ --appendonly yes
  worker:
    image: ghcr.io/ohrid-pearl-house/shop:2.3.1
    command: celery -A pearlshop worker -l info
""", fakes.redis_password(_seed()))

add("python/redis-password", "galeb-booking/app/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html",
    '''
import redis

# Кеш за слободни места по тура (Galeb 1 / Galeb 2)
pool = redis.ConnectionPool(
    host="galeb-redis.fra1.internal",
    port=6379,
    db=0,
    password="@@secret@@",
    decode_responses=True,
)
r = redis.Redis(connection_pool=pool)


def seats_left(tour_id: str) -> int:
    return int(r.get(f"seats:{tour_id}") or 0)
''', fakes.redis_password(_seed()))

add("go/postgres-password", "naum-taxi/internal/db/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5",
    """
package db

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Конекција до базата за резервации на водно такси
const dsn = "postgres://naumtaxi:@@secret@@@10.114.0.4:5432/naumtaxi?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 8
	return pgxpool.NewWithConfig(ctx, cfg)
}
""", rand_pw(24))

add("go/decoy-env-reference", "naum-taxi/internal/config/config.go", "https://pkg.go.dev/os#Getenv",
    """
package config

import "os"

type Config struct {
	DatabaseURL   string
	TelegramToken string
	StripeKey     string
}

// Load чита сè од околината; ништо тајно не е во кодот.
func Load() Config {
	return Config{
		DatabaseURL:   os.Getenv("DATABASE_URL"),
		TelegramToken: os.Getenv("TELEGRAM_TOKEN"),
		StripeKey:     os.Getenv("STRIPE_SECRET_KEY"),
	}
}
""")

add("go/stripe-secret-key", "naum-taxi/internal/pay/stripe.go", "https://docs.stripe.com/api/authentication",
    """
package pay

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/checkout/session"
)

func init() {
	stripe.Key = "@@secret@@"
}

// Checkout за карта за водно такси (еднонасочна / повратна)
func Checkout(priceID string, qty int64) (string, error) {
	s, err := session.New(&stripe.CheckoutSessionParams{
		Mode:       stripe.String(string(stripe.CheckoutSessionModePayment)),
		LineItems:  []*stripe.CheckoutSessionLineItemParams{{Price: stripe.String(priceID), Quantity: stripe.Int64(qty)}},
		SuccessURL: stripe.String("https://naum-taxi.mk/blagodarime"),
	})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}
""", stripe_key())

add("go/decoy-price-ids", "naum-taxi/internal/pay/prices.go", "https://docs.stripe.com/api/prices/object",
    """
package pay

// Stripe Price ids (не се тајни) - сезона 2024
var Prices = map[string]string{
	"oneway_adult":  "price_1P@@p1@@",
	"return_adult":  "price_1P@@p2@@",
	"return_child":  "price_1P@@p3@@",
	"private_boat":  "price_1P@@p4@@",
}

const WebhookEndpointID = "we_1P@@we@@"
""", p1=fakes.drawn(_seed(), 22), p2=fakes.drawn(_seed(), 22), p3=fakes.drawn(_seed(), 22),
    p4=fakes.drawn(_seed(), 22), we=fakes.drawn(_seed(), 22))

add("java/mysql-password", "kaneo-booking/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/data/sql.html",
    """
spring.application.name=kaneo-booking
spring.datasource.url=jdbc:mysql://kaneo-db:3306/kaneo?useUnicode=true&characterEncoding=utf8
spring.datasource.username=kaneo
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8080
app.tours.default-capacity=40
app.tours.timezone=Europe/Skopje
""", words_pw())

add("java/decoy-env-reference", "kaneo-booking/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
spring:
  datasource:
    url: jdbc:mysql://${DB_HOST}:3306/kaneo
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: ${SENDGRID_API_KEY}
app:
  tours:
    default-capacity: 40
""")

add("java/sendgrid-api-key", "kaneo-booking/src/main/java/mk/kaneo/booking/mail/MailConfig.java", "https://github.com/sendgrid/sendgrid-java",
    """
package mk.kaneo.booking.mail;

import com.sendgrid.SendGrid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MailConfig {

    // Потврди за резервации (Kaneo Cruises)
    private static final String SENDGRID_KEY = "@@secret@@";

    @Bean
    public SendGrid sendGrid() {
        return new SendGrid(SENDGRID_KEY);
    }
}
""", sendgrid_key())

add("kotlin/decoy-build-config", "android-galeb/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "mk.galebtours.app"
    defaultConfig {
        applicationId = "mk.galebtours.app"
        minSdk = 26
        versionCode = 42
        versionName = "3.1.0"
        buildConfigField("String", "STRIPE_PK", "\\"${project.findProperty("STRIPE_PK") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.galebtours.mk/\\"")
    }
}
""")

add("properties/keystore-password", "android-galeb/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """
# Галеб - release потпишување (НЕ СЕ КОМИТУВА)
storeFile=../keys/galeb-release.jks
storePassword=@@secret@@
keyAlias=galeb
keyPassword=@@secret@@
""", words_pw())

_p8 = fakes.fake_pem(_seed(), "EC").replace("EC PRIVATE", "PRIVATE")
add("ruby/private-key", "ios-galeb/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/",
    """
default_platform(:ios)

platform :ios do
  lane :beta do
    key = <<~P8
      @@key@@
    P8
    api_key = app_store_connect_api_key(
      key_id: "7XQ2M4K9LD",
      issuer_id: "@@iss@@",
      key_content: key,
      in_house: false
    )
    build_app(scheme: "GalebTours")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", _p8, iss=uuid_s(), key=indent(_p8, 6))

# ---------------------------------------------------------------------------------------------
# Keys, certificates and their look-alikes
# ---------------------------------------------------------------------------------------------

_key = pem("OPENSSH")
add("ansible/private-key", "ops/ansible/group_vars/shop.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html",
    """
# Сервер на продавницата (Hetzner) - deploy корисник
deploy_user: deploy
deploy_path: /srv/pearlshop
deploy_ssh_private_key: |
  @@key@@
nginx_server_names:
  - ohridpearlhouse.mk
  - www.ohridpearlhouse.mk
""", _key, key=indent(_key, 2))

add("ansible/decoy-vault-encrypted", "ops/ansible/group_vars/boats.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html",
    """
# Galeb - сервер за резервации
booking_db_user: galeb
booking_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@v1@@
  @@v2@@
  @@v3@@
  @@v4@@
telegram_chat_captains: -1002041879335
""", v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(42))

add("ansible/smtp-password", "ops/ansible/roles/postfix/defaults/main.yml", "https://www.postfix.org/SASL_README.html#client_sasl",
    """
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_user: apikey
postfix_sasl_password: "@@secret@@"
postfix_myhostname: pearlshop-01.ohridpearlhouse.mk
postfix_inet_interfaces: loopback-only
""", sendgrid_key())

_key = pem("RSA")
add("python/private-key", "galeb-booking/app/integrations/getyourguide.py", "https://integrator.getyourguide.com/ (supplier API docs)",
    '''
"""GetYourGuide supplier API - потпишани барања (RSA)."""
import base64

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

PRIVATE_KEY_PEM = b"""@@secret@@"""

_key = serialization.load_pem_private_key(PRIVATE_KEY_PEM, password=None)


def sign(body: bytes) -> str:
    sig = _key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(sig).decode()
''', _key)

add("python/decoy-public-key", "galeb-booking/app/integrations/viator_verify.py", "https://docs.viator.com/supplier-api/technical/",
    '''
"""Провери потпис на webhook од Viator (нивниот ЈАВЕН клуч)."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

VIATOR_PUBLIC_KEY = b"""-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END PUBLIC KEY-----"""

_pub = serialization.load_pem_public_key(VIATOR_PUBLIC_KEY)


def verify(body: bytes, signature: bytes) -> None:
    _pub.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
''', l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 24, ALNUM + "+/") + "IDAQAB")

add("text/decoy-certificate", "ops/nginx/ssl/ohridpearlhouse.mk.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5",
    """
-----BEGIN CERTIFICATE-----
MIIF@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@
-----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 60, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 64, ALNUM + "+/"), c4=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c5=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

_key = pem("EC")
add("text/private-key", "ops/nginx/ssl/ohridpearlhouse.mk.key", "https://www.rfc-editor.org/rfc/rfc5915",
    """
@@secret@@
""", _key)

add("text/decoy-ssh-public-key", "ops/ansible/files/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT",
    """
# Пристап до серверите (Ана, Горан, Никола, CI)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ ana@pearl-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ goran@desktop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ nikola@galeb-office
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ github-actions-deploy
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 43, ALNUM + "+/"), k4=fakes.drawn(_seed(), 43, ALNUM + "+/"))

_gsa = pem("")
_gsa = _gsa.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "galeb-booking/keys/galeb-sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """
{
  "type": "service_account",
  "project_id": "galeb-tours-2024",
  "private_key_id": "@@kid@@",
  "private_key": "@@esc@@\\n",
  "client_email": "sheets-sync@galeb-tours-2024.iam.gserviceaccount.com",
  "client_id": "104857296318472650193",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _gsa.replace("\n", "\\n"), kid=hexs(40), esc=_gsa.replace("\n", "\\n"))

add("json/decoy-oauth-client-id", "galeb-booking/static/google-signin.json", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid",
    """
{
  "client_id": "104857296318-@@cid@@.apps.googleusercontent.com",
  "ux_mode": "popup",
  "login_uri": "https://booking.galebtours.mk/auth/google",
  "auto_select": false,
  "itp_support": true
}
""", cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

# ---------------------------------------------------------------------------------------------
# Docs, runbooks, notebooks, logs
# ---------------------------------------------------------------------------------------------

add("markdown/stripe-secret-key", "docs/runbook-refunds.md", "https://docs.stripe.com/refunds",
    """
# Runbook: поврат на пари (Galeb Boat Tours)

Кога турата е откажана поради ветер (над 9 m/s), сите резервации се враќаат.

1. Отвори го Stripe Dashboard → Payments, филтрирај по датум на турата.
2. Ако Dashboard не работи, користи curl:

```bash
curl https://api.stripe.com/v1/refunds \\
  -u @@secret@@: \\
  -d payment_intent=pi_XXXXXXXX
```

3. Испрати СМС до гостите (види `reminders/sms.py`).

> Прашања: Никола (070 xxx 118)
""", stripe_key())

add("markdown/decoy-redacted", "docs/incident-2024-06-14.md", "https://docs.stripe.com/keys#rolling-keys",
    """
# Инцидент 2024-06-14: протечен Stripe клуч

- 09:12 GitGuardian пријави клуч `sk_live_51P…Xq9` (скратено) во стар commit.
- 09:20 Клучот е ротиран во Dashboard (roll key, expire now).
- 09:31 Новиот клуч е само во Doppler (`galeb/prd/STRIPE_SECRET_KEY`).
- 10:05 Проверени логови: нема неовластени наплати.

Поука: ниеден клуч во `.env` во репото. `.env` е во `.gitignore` од денес.
Fingerprint на стариот клуч (sha256): `@@fp@@`
""", fp=sha256())

add("markdown/postgres-password", "docs/handover-nikola.md", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING",
    """
# Предавање на сезоната 2024 → Никола

Здраво Никола, еве сè што ти треба за сајтот за резервации додека сум на одмор:

* Сервер: `ssh deploy@booking.galebtours.mk` (клучот ти го пратив на Signal)
* База: `psql "postgresql://galeb:@@secret@@@10.114.0.3:5432/bookings"`
* Telegram ботот се рестартира со `systemctl restart galeb-bot`
* Ако GPS на Галеб 2 не праќа, рестартирај го трекерот (црвеното копче под штурвалот)

Фала! — Марко
""", words_pw())

add("markdown/decoy-example", "galeb-bot/README.md", "https://core.telegram.org/bots/features#botfather",
    """
# galeb-bot

Telegram бот за резервации на Galeb Boat Tours.

## Стартување

```bash
export TELEGRAM_TOKEN="123456789:AAE-your-token-from-BotFather"
python bot.py
```

Токенот го добиваш од @BotFather (`/newbot`). Форматот е `<bot id>:<35 знаци>`.
За продукција токенот е во Doppler (`galeb/prd/TELEGRAM_TOKEN`).
""")

add("notebook/openai-api-key", "notebooks/product_descriptions.ipynb", "https://platform.openai.com/docs/api-reference/authentication",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Описи на производи (MK → EN, DE, TR)\\n", "Преведување на описите за охридски бисер."]
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
    "df = pd.read_csv('products.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "def translate(text, lang):\\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': f'Translate to {lang}: {text}'}])\\n",
    "    return r.choices[0].message.content"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("notebook/decoy-env-reference", "notebooks/tour_occupancy.ipynb", "https://jupyter.org/",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, pandas as pd, sqlalchemy as sa\\n",
    "engine = sa.create_engine(os.environ['BOOKINGS_RO_URL'])\\n",
    "df = pd.read_sql('select tour_date, boat, seats_sold from tours', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["Галеб 1: 78.4%\\n", "Галеб 2: 64.1%\\n"]}
   ],
   "source": ["print(df.groupby('boat').seats_sold.mean())"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/anthropic-api-key", "notebooks/review_replies.ipynb", "https://docs.anthropic.com/en/api/getting-started",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Одговори на TripAdvisor рецензии (нацрт, се проверуваат рачно)"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import anthropic\\n",
    "client = anthropic.Anthropic(api_key='@@secret@@')\\n",
    "reviews = open('reviews_july.txt', encoding='utf-8').read().split('---')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", anthropic_key())

add("log/smtp-password", "logs/booking-api-2024-07-19.log", "https://docs.python.org/3/library/smtplib.html",
    """
2024-07-19 08:00:01,114 INFO  booking.api Starting booking-api 2024.07.3 (tz=Europe/Skopje)
2024-07-19 08:00:01,402 INFO  booking.mail SMTP relay smtp-relay.brevo.com:587 user=galeb@galebtours.mk
2024-07-19 08:00:01,403 DEBUG booking.mail settings={'host': 'smtp-relay.brevo.com', 'port': 587, 'user': 'galeb@galebtours.mk', 'password': '@@secret@@', 'tls': True}
2024-07-19 08:03:44,910 INFO  booking.api POST /bookings 201 tour=2024-07-19T10:00 boat=galeb-1 seats=4
2024-07-19 08:04:02,277 INFO  booking.mail sent confirmation booking=GLB-24-03318
2024-07-19 08:11:19,005 WARN  booking.weather wind 8.6 m/s at Ohrid, threshold 9.0
""", rand_pw(16))

add("log/decoy-request-ids", "logs/booking-api-2024-07-20.log", "https://docs.stripe.com/api/request_ids",
    """
2024-07-20 08:00:01,098 INFO  booking.api Starting booking-api 2024.07.3 (tz=Europe/Skopje)
2024-07-20 09:14:51,662 INFO  booking.pay stripe request_id=req_@@r1@@ intent=pi_3PeQ@@p1@@ status=succeeded
2024-07-20 09:15:03,118 INFO  booking.api POST /bookings 201 booking=GLB-24-03402 trace=@@t1@@
2024-07-20 10:02:37,440 INFO  booking.pay stripe request_id=req_@@r2@@ intent=pi_3PeQ@@p2@@ status=requires_action
2024-07-20 10:02:37,441 INFO  booking.api idempotency_key=@@u1@@
2024-07-20 12:30:00,000 INFO  booking.weather wind 4.1 m/s at Ohrid
""", r1=fakes.drawn(_seed(), 14), p1=fakes.drawn(_seed(), 20), t1=hexs(32), r2=fakes.drawn(_seed(), 14),
    p2=fakes.drawn(_seed(), 20), u1=uuid_s())

add("log/decoy-redacted", "logs/shop-celery-2024-08-02.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url",
    """
[2024-08-02 06:00:00,011: INFO/MainProcess] Connected to redis://:**@redis:6379/1
[2024-08-02 06:00:00,034: INFO/MainProcess] mingle: searching for neighbors
[2024-08-02 06:00:01,051: INFO/MainProcess] celery@pearlshop-01 ready.
[2024-08-02 06:15:00,002: INFO/MainProcess] Task pearlshop.tasks.sync_stock[@@u1@@] received
[2024-08-02 06:15:02,418: INFO/ForkPoolWorker-1] Task pearlshop.tasks.sync_stock[@@u1@@] succeeded in 2.41s: {'updated': 37}
[2024-08-02 06:30:00,003: INFO/MainProcess] Task pearlshop.tasks.send_newsletter[@@u2@@] received
""", u1=uuid_s(), u2=uuid_s())

add("csv/tracker-password", "exports/teltonika-devices.csv", "https://wiki.teltonika-gps.com/view/FMB920_SMS/GPRS_Commands",
    """
boat,imei,model,sim_msisdn,sms_login,sms_password,server
Галеб 1,862560051223417,FMB920,38975100211,galeb,@@secret@@,gps.galebtours.mk:5027
Галеб 2,862560051229984,FMB920,38975100212,galeb,@@secret@@,gps.galebtours.mk:5027
Св. Наум такси,352093088412205,FMC130,38975100219,galeb,@@secret@@,gps.galebtours.mk:5027
Kaneo (резерва),352093088419931,FMC130,38975100220,galeb,@@secret@@,gps.galebtours.mk:5027
""", rand_pw(10))

add("csv/decoy-booking-export", "exports/bookings-2024-07-21.csv", "https://docs.stripe.com/api/payment_intents/object",
    """
booking,tour,boat,guests,name,country,payment_intent,checksum
GLB-24-03418,10:00 Св. Наум,galeb-1,2,M. Schneider,DE,pi_3PeR@@p1@@,@@h1@@
GLB-24-03419,10:00 Св. Наум,galeb-1,4,A. Yılmaz,TR,pi_3PeR@@p2@@,@@h2@@
GLB-24-03420,13:30 Калишта,galeb-2,3,Е. Петровска,MK,pi_3PeR@@p3@@,@@h3@@
GLB-24-03421,17:00 Зајдисонце,galeb-2,2,J. Nowak,PL,cash,@@h4@@
""", p1=fakes.drawn(_seed(), 20), p2=fakes.drawn(_seed(), 20), p3=fakes.drawn(_seed(), 20),
    h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

# ---------------------------------------------------------------------------------------------
# Tour-booking platforms, marketing, chat
# ---------------------------------------------------------------------------------------------

add("python/bokun-secret-key", "galeb-booking/app/integrations/bokun.py", "https://bokun.dev/booking-api-restful/vU6sCfxwYdJWd1QAcLt12i/authentication-and-signatures/",
    '''
"""Bókun channel manager - HMAC-SHA1 потпис на секое барање."""
import base64
import hashlib
import hmac
from datetime import datetime, timezone

BOKUN_ACCESS_KEY = "@@ak@@"
BOKUN_SECRET_KEY = "@@secret@@"


def headers(method: str, path: str) -> dict:
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    msg = f"{date}{BOKUN_ACCESS_KEY}{method.upper()}{path}".encode()
    sig = base64.b64encode(hmac.new(BOKUN_SECRET_KEY.encode(), msg, hashlib.sha1).digest()).decode()
    return {"X-Bokun-Date": date, "X-Bokun-AccessKey": BOKUN_ACCESS_KEY, "X-Bokun-Signature": sig}
''', hexs(32), ak=hexs(32))

add("env/fareharbor-user-key", "kaneo-cruises/.env.fareharbor", "https://developer.fareharbor.com/api/external/v1/",
    """
# FareHarbor External API (Kaneo Cruises)
FH_API_BASE=https://fareharbor.com/api/external/v1/
FH_COMPANY_SHORTNAME=kaneocruises
FH_APP_KEY=@@app@@
FH_USER_KEY=@@secret@@
""", uuid_s(), app=uuid_s())

add("yaml/rezdy-api-key", "naum-taxi/config/channels.yaml", "https://developers.rezdy.com/rezdyapi/index-agent.html",
    """
# Канали за продажба на карти за водно такси
channels:
  rezdy:
    base_url: https://api.rezdy.com/v1
    api_key: @@secret@@
    product_codes: [PNAUM1, PNAUM2]
  walk_in:
    enabled: true
    kiosk: pristan-ohrid
""", hexs(32))

add("yaml/decoy-product-codes", "naum-taxi/config/products.yaml", "https://developers.rezdy.com/rezdyapi/index-agent.html",
    """
products:
  - code: PNAUM1
    name: "Охрид → Св. Наум (еднонасочно)"
    price_eur: 10
    rezdy_product_id: "@@u1@@"
  - code: PNAUM2
    name: "Охрид ↔ Св. Наум (повратно)"
    price_eur: 18
    rezdy_product_id: "@@u2@@"
  - code: PKAL1
    name: "Охрид → Калишта"
    price_eur: 8
    rezdy_product_id: "@@u3@@"
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("php/mailchimp-api-key", "wp-content/themes/biser/inc/newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """
<?php
// Претплата на билтен од footer-от на сајтот
$mc_key  = '@@secret@@';
$list_id = 'a8f3c21d9e';
$dc      = substr($mc_key, strpos($mc_key, '-') + 1);

function biser_subscribe($email) {
    global $mc_key, $list_id, $dc;
    $url = "https://$dc.api.mailchimp.com/3.0/lists/$list_id/members";
    return wp_remote_post($url, [
        'headers' => ['Authorization' => 'Basic ' . base64_encode('biser:' . $mc_key)],
        'body'    => wp_json_encode(['email_address' => $email, 'status' => 'pending']),
    ]);
}
""", hexs(32) + "-us21")

add("php/decoy-wp-salts", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys",
    """
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

add("php/mysql-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#database-password",
    """
<?php
/** Biser Lakeside Jewellers - продукција */
define( 'DB_NAME', 'biser_wp' );
define( 'DB_USER', 'biser_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'bsr_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'mk_MK' );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

WP_SALT = ALNUM + "!#%^&*()-_[]{}<>~+=,.;:/?|"
add("php/wordpress-auth-key", "wp-config.salts.php", "https://api.wordpress.org/secret-key/1.1/salt/",
    """
<?php
// Генерирано од https://api.wordpress.org/secret-key/1.1/salt/ (2023-11)
define('AUTH_KEY',         '@@secret@@');
define('SECURE_AUTH_KEY',  '@@k2@@');
define('LOGGED_IN_KEY',    '@@k3@@');
define('NONCE_KEY',        '@@k4@@');
""", fakes.drawn(_seed(), 64, WP_SALT), k2=fakes.drawn(_seed(), 64, WP_SALT),
    k3=fakes.drawn(_seed(), 64, WP_SALT), k4=fakes.drawn(_seed(), 64, WP_SALT))

add("env/brevo-api-key", "galeb-booking/.env.mail", "https://developers.brevo.com/docs/getting-started",
    """
# Brevo (Sendinblue) - трансакциски мејлови за резервации
BREVO_API_KEY=@@secret@@
BREVO_SENDER=rezervacii@galebtours.mk
BREVO_TEMPLATE_CONFIRM=12
BREVO_TEMPLATE_CANCEL=13
""", "xkeysib-" + hexs(64) + "-" + fakes.drawn(_seed(), 16))

add("python/whatsapp-access-token", "kaneo-cruises/whatsapp/notify.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started",
    '''
"""WhatsApp Cloud API - потврда за тура (за гости од странство)."""
import requests

PHONE_NUMBER_ID = "318204771935520"
ACCESS_TOKEN = "@@secret@@"


def confirm(to: str, name: str, departure: str) -> None:
    requests.post(
        f"https://graph.facebook.com/v20.0/{PHONE_NUMBER_ID}/messages",
        headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},
        json={
            "messaging_product": "whatsapp",
            "to": to,
            "type": "template",
            "template": {"name": "tour_confirm", "language": {"code": "en"},
                         "components": [{"type": "body", "parameters": [{"type": "text", "text": name}, {"type": "text", "text": departure}]}]},
        },
        timeout=15,
    ).raise_for_status()
''', "EAAG" + fakes.drawn(_seed(), 180))

add("javascript/instagram-access-token", "galeb-site/scripts/fetch-instagram.mjs", "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/get-started",
    """
// Ги презема последните 12 фотографии од @galebtours за галеријата (build-time)
import { writeFile } from "node:fs/promises";

const TOKEN = "@@secret@@";
const url = `https://graph.instagram.com/me/media?fields=id,caption,media_url,permalink&limit=12&access_token=${TOKEN}`;

const res = await fetch(url);
if (!res.ok) throw new Error(`instagram ${res.status}`);
const { data } = await res.json();
await writeFile("src/data/instagram.json", JSON.stringify(data, null, 2));
console.log(`saved ${data.length} posts`);
""", "IGQWR" + fakes.drawn(_seed(), 160, ALNUM + "_-"))

add("javascript/slack-webhook", "galeb-booking/scripts/daily-report.js", "https://api.slack.com/messaging/webhooks",
    """
// Дневен извештај во Slack #operacii (19:00)
const WEBHOOK = "@@secret@@";

async function report(stats) {
  const text = `Денес: ${stats.tours} тури, ${stats.guests} гости, приход ${stats.revenue} EUR`;
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
}

module.exports = { report };
""", slack_webhook())

add("yaml/slack-bot-token", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """
route:
  receiver: galeb-ops
  group_by: [alertname]
receivers:
  - name: galeb-ops
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@secret@@
        channel: "#operacii"
        title: "{{ .CommonLabels.alertname }}"
        text: "Сервер: {{ .CommonLabels.instance }}"
""", slack_bot())

add("yaml/decoy-file-reference", "ops/alertmanager/alertmanager.shop.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """
route:
  receiver: shop-ops
receivers:
  - name: shop-ops
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook_url
        channel: "#prodavnica"
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_token
        chat_id: -1001877420016
""")

add("python/discord-webhook", "kaneo-cruises/weather/alert_crew.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    '''
"""Известување до екипажот на Discord кога турата се откажува поради ветер."""
import requests

from .wind_check import should_cancel, wind_speed

CREW_WEBHOOK = "@@secret@@"

if should_cancel():
    requests.post(CREW_WEBHOOK, json={"content": f"⚠️ Турата е откажана: ветер {wind_speed():.1f} m/s"}, timeout=10)
''', discord_webhook())

add("javascript/decoy-sentry-dsn", "galeb-site/src/sentry.client.config.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
import * as Sentry from "@sentry/nextjs";

// DSN is public by design (it only allows sending events)
Sentry.init({
  dsn: "https://@@k@@@o4507123456.ingest.de.sentry.io/4507654321",
  tracesSampleRate: 0.1,
  environment: process.env.NEXT_PUBLIC_ENV ?? "production",
});
""", k=hexs(32))

add("html/decoy-site-key", "galeb-site/src/pages/contact.html", "https://developers.google.com/recaptcha/docs/display",
    """
<!doctype html>
<html lang="mk">
<head>
  <meta charset="utf-8">
  <title>Контакт - Galeb Boat Tours</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/contact" method="post">
    <input name="name" placeholder="Име">
    <textarea name="message" placeholder="Порака"></textarea>
    <div class="g-recaptcha" data-sitekey="@@sk@@"></div>
    <button type="submit">Испрати</button>
  </form>
</body>
</html>
""", sk=recaptcha_key())

add("python/recaptcha-secret", "galeb-site/api/contact.py", "https://developers.google.com/recaptcha/docs/verify",
    '''
import requests
from flask import Flask, abort, request

app = Flask(__name__)
RECAPTCHA_SECRET = "@@secret@@"


@app.post("/contact")
def contact():
    r = requests.post("https://www.google.com/recaptcha/api/siteverify",
                      data={"secret": RECAPTCHA_SECRET, "response": request.form["g-recaptcha-response"]}, timeout=10)
    if not r.json().get("success"):
        abort(400)
    return {"ok": True}
''', recaptcha_key())

# ---------------------------------------------------------------------------------------------
# Shop tills, office PCs, scripts
# ---------------------------------------------------------------------------------------------

add("powershell/admin-password", "kasa/setup-kasa-pc.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser",
    """
# Поставување на новиот компјутер за каса (Стара чаршија)
$ErrorActionPreference = "Stop"

$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-LocalUser -Name "kasaadmin" -Password $pw -FullName "Kasa Admin" -PasswordNeverExpires
Add-LocalGroupMember -Group "Administrators" -Member "kasaadmin"

# Фискален принтер (Accent / Expert SX) на COM3
Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Biser\\Fiscal" -Name "Port" -Value "COM3"
Install-Module -Name PSWindowsUpdate -Force
""", words_pw())

add("powershell/smb-password", "kasa/map-drives.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/new-psdrive",
    """
# Мапирање на споделената папка со фактури од NAS-от
$user = "RISTESKI\\kasa"
$cred = New-Object System.Management.Automation.PSCredential($user, (ConvertTo-SecureString '@@secret@@' -AsPlainText -Force))
New-PSDrive -Name "F" -PSProvider FileSystem -Root "\\\\nas-biser\\fakturi" -Credential $cred -Persist
New-PSDrive -Name "K" -PSProvider FileSystem -Root "\\\\nas-biser\\katalog" -Credential $cred -Persist
Write-Host "Мапирано."
""", words_pw())

add("powershell/decoy-credential-manager", "kasa/backup-fakturi.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret",
    """
# Ноќен бекап на фактурите на Backblaze B2 (rclone)
Import-Module Microsoft.PowerShell.SecretManagement
$b2Key = Get-Secret -Name "B2-fakturi-key" -Vault "BiserVault" -AsPlainText
$env:RCLONE_CONFIG_B2_ACCOUNT = "0052f7c1a9e40b30000000004"
$env:RCLONE_CONFIG_B2_KEY = $b2Key
rclone sync "F:\\" "b2:biser-fakturi" --transfers 4 --log-file "C:\\logs\\b2-$(Get-Date -f yyyyMMdd).log"
""")

add("ini/backblaze-application-key", "nas/rclone.conf", "https://rclone.org/b2/",
    """
[b2]
type = b2
account = 0052f7c1a9e40b30000000004
key = @@secret@@
hard_delete = false

[nas]
type = smb
host = nas-biser
user = kasa
""", "K005" + fakes.drawn(_seed(), 27, ALNUM + "+/"))

add("ini/decoy-obscured", "nas/rclone.shop.conf", "https://rclone.org/commands/rclone_obscure/",
    """
; rclone config - лозинката е зачувана во rclone config со --password-command
[sftp-shop]
type = sftp
host = pearlshop-01.ohridpearlhouse.mk
user = backup
key_file = ~/.ssh/backup_ed25519
shell_type = unix
md5sum_command = md5sum
""")

add("ini/ldap-bind-password", "nas/sssd.conf", "https://sssd.io/docs/users/sssd.conf.html",
    """
[sssd]
services = nss, pam
domains = risteski.local

[domain/risteski.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.risteski.local
ldap_search_base = dc=risteski,dc=local
ldap_default_bind_dn = cn=nas-bind,ou=Service,dc=risteski,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
cache_credentials = true
""", words_pw())

add("shell/ldap-bind-password", "nas/scripts/list-staff.sh", "https://www.openldap.org/software/man.cgi?query=ldapsearch",
    """
#!/bin/bash
# Листа на вработени (продавници Охрид + Струга)
ldapsearch -H ldaps://dc01.risteski.local \\
  -D "cn=nas-bind,ou=Service,dc=risteski,dc=local" \\
  -w '@@secret@@' \\
  -b "ou=Staff,dc=risteski,dc=local" "(objectClass=person)" cn mail telephoneNumber
""", words_pw())

add("csharp/fiscal-device-password", "BiserKasa/Fiscal/FiscalPrinter.cs", "https://www.ujp.gov.mk/ (Macedonian fiscal device rules)",
    """
using System.IO.Ports;

namespace BiserKasa.Fiscal;

// Фискален уред - сервисна лозинка за Z-извештај
public sealed class FiscalPrinter : IDisposable
{
    private const string ServicePassword = "@@secret@@";
    private readonly SerialPort _port = new("COM3", 115200);

    public void DailyZReport()
    {
        _port.Open();
        _port.WriteLine($"LOGIN {ServicePassword}");
        _port.WriteLine("ZREPORT");
    }

    public void Dispose() => _port.Dispose();
}
""", rand_pw(12))

add("csharp/decoy-user-secrets", "BiserKasa/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
using Microsoft.Extensions.Configuration;

var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: false)
    .AddUserSecrets<Program>()
    .AddEnvironmentVariables(prefix: "BISER_")
    .Build();

var fiscalPort = config["Fiscal:Port"] ?? "COM3";
var casysPassword = config["Casys:ChecksumPassword"];  // од user-secrets / околина
Console.WriteLine($"Каса стартувана, фискален уред на {fiscalPort}");
""")

add("csharp/azure-storage-key", "BiserKasa/Sync/PhotoUploader.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """
using Azure.Storage.Blobs;

namespace BiserKasa.Sync;

public static class PhotoUploader
{
    // Фотографии од накитот за каталогот
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=biserphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static async Task UploadAsync(string path)
    {
        var container = new BlobContainerClient(Conn, "katalog");
        await container.UploadBlobAsync(Path.GetFileName(path), File.OpenRead(path));
    }
}
""", azure_storage_key())

add("json/decoy-azurite", "BiserKasa/appsettings.Development.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings",
    """
{
  "Storage": {
    "Connection": "UseDevelopmentStorage=true",
    "Container": "katalog"
  },
  "Fiscal": { "Port": "COM9", "Simulate": true },
  "Casys": { "ChecksumPassword": "" }
}
""")

add("rust/datadog-api-key", "pier-sensors/src/metrics.rs", "https://docs.datadoghq.com/account_management/api-app-keys/",
    """
// Сензори на пристаништето: ниво на вода и ветер -> Datadog
use reqwest::blocking::Client;
use serde_json::json;

const DD_API_KEY: &str = "@@secret@@";
const DD_SITE: &str = "https://api.datadoghq.eu";

pub fn send_gauge(name: &str, value: f64, ts: i64) -> reqwest::Result<()> {
    let body = json!({"series": [{"metric": name, "type": 3, "points": [{"timestamp": ts, "value": value}],
                      "tags": ["site:pristan-ohrid"]}]});
    Client::new()
        .post(format!("{DD_SITE}/api/v2/series"))
        .header("DD-API-KEY", DD_API_KEY)
        .json(&body)
        .send()?
        .error_for_status()?;
    Ok(())
}
""", datadog_key())

add("rust/decoy-env-reference", "pier-sensors/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """
use std::env;

pub struct Config {
    pub dd_api_key: String,
    pub mqtt_url: String,
    pub lake_level_sensor: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            dd_api_key: env::var("DD_API_KEY").expect("DD_API_KEY"),
            mqtt_url: env::var("MQTT_URL").unwrap_or_else(|_| "mqtt://10.20.0.5:1883".into()),
            lake_level_sensor: "a4:c1:38:5e:22:0f".into(),
        }
    }
}
""")

add("toml/mqtt-password", "pier-sensors/config/mosquitto-bridge.toml", "https://mosquitto.org/man/mosquitto-conf-5.html",
    """
# Bridge од сензорите на бродовите до централниот брокер
[broker]
url = "mqtts://mqtt.galebtours.mk:8883"
client_id = "pristan-ohrid-gw"
username = "gw-pristan"
password = "@@secret@@"

[topics]
water_level = "ohrid/pristan/level"
wind = "ohrid/pristan/wind"
boats = "ohrid/boats/+/gps"
""", rand_pw(20))

add("swift/decoy-publishable-key", "ios-galeb/GalebTours/Payments/StripeSetup.swift", "https://docs.stripe.com/payments/accept-a-payment?platform=ios",
    """
import StripePaymentSheet

enum StripeSetup {
    // Publishable key - безбедно во апликацијата
    static func configure() {
        StripeAPI.defaultPublishableKey = "@@pk@@"
    }

    static let backendURL = URL(string: "https://api.galebtours.mk/payment-sheet")!
}
""", pk=stripe_key("pk_live_"))

add("swift/telegram-bot-token", "ios-galeb/GalebTours/Support/CrewNotifier.swift", "https://core.telegram.org/bots/api#sendmessage",
    """
import Foundation

// Брза порака до капетаните од апликацијата за екипаж
struct CrewNotifier {
    private let token = "@@secret@@"
    private let chatId = "-1002041879335"

    func send(_ text: String) async throws {
        var comps = URLComponents(string: "https://api.telegram.org/bot\\(token)/sendMessage")!
        comps.queryItems = [URLQueryItem(name: "chat_id", value: chatId), URLQueryItem(name: "text", value: text)]
        _ = try await URLSession.shared.data(from: comps.url!)
    }
}
""", fakes.telegram_token(_seed()))

add("plist/decoy-plist-config", "ios-galeb/GalebTours/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Galeb Tours</string>
    <key>CFBundleIdentifier</key>
    <string>mk.galebtours.app</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>За да ви го покажеме бродот на мапата.</string>
    <key>MBXAccessToken</key>
    <string>$(MAPBOX_PUBLIC_TOKEN)</string>
</dict>
</plist>
""")

add("plist/google-api-key", "ios-galeb/GalebTours/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CLIENT_ID</key>
    <string>104857296318-@@cid@@.apps.googleusercontent.com</string>
    <key>GCM_SENDER_ID</key>
    <string>104857296318</string>
    <key>SERVER_KEY_FOR_TRANSLATE</key>
    <string>@@secret@@</string>
    <key>BUNDLE_ID</key>
    <string>mk.galebtours.app</string>
</dict>
</plist>
""", google_key(), cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

# ---------------------------------------------------------------------------------------------
# CI, registries, containers, servers
# ---------------------------------------------------------------------------------------------

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """
stages: [test, mirror]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-github:
  stage: mirror
  image: alpine/git
  variables:
    GITLAB_MIRROR_TOKEN: "@@secret@@"
  script:
    - git push --mirror https://oauth2:${GITLAB_MIRROR_TOKEN}@gitlab.com/kaneo-cruises/booking-archive.git
  only: [main]
""", gitlab_token())

add("yaml/decoy-masked-variable", ".gitlab-ci.deploy.yml", "https://docs.gitlab.com/ee/ci/variables/",
    """
deploy:
  stage: deploy
  image: alpine:3.20
  environment: production
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
  script:
    - ssh deploy@kaneo.mk "cd /srv/kaneo && docker compose pull && docker compose up -d"
  only: [tags]
""")

add("ini/npm-token", "galeb-site/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow",
    """
registry=https://registry.npmjs.org/
@galebtours:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", npm_token())

add("ini/decoy-env-reference", "storefront/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow#create-and-check-in-a-project-specific-npmrc-file",
    """
# токенот го поставува actions/setup-node (NODE_AUTH_TOKEN)
@ohrid-pearls:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
""")

_auth = "galeb:" + rand_pw(24)
add("json/registry-password", "deploy/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "registry.galebtours.mk": {
      "auth": "@@a@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""", _auth.split(":", 1)[1], a=b64(_auth))

_dcj = '{"auths":{"ghcr.io":{"username":"ohrid-pearl-ci","password":"' + fakes.github_token(_seed()) + '"}}}'
add("k8s-secret/github-token", "deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: pearlshop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", _dcj.split('"password":"')[1].split('"')[0], d=b64(_dcj))

add("k8s-secret/decoy-stringdata-placeholder", "deploy/k8s/shop-secrets.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata",
    """
# Шаблон - вистинските вредности се внесуваат од `make secrets` (од 1Password CLI)
apiVersion: v1
kind: Secret
metadata:
  name: pearlshop
  namespace: pearlshop
type: Opaque
stringData:
  DJANGO_SECRET_KEY: "op://Pearlshop/django/secret_key"
  STRIPE_SECRET_KEY: "op://Pearlshop/stripe/secret_key"
  DATABASE_URL: "op://Pearlshop/postgres/url"
""")

_sk = stripe_key()
add("k8s-secret/stripe-secret-key", "deploy/k8s/booking-stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: booking-stripe
  namespace: galeb
type: Opaque
data:
  STRIPE_SECRET_KEY: @@s@@
  STRIPE_CURRENCY: @@c@@
""", _sk, s=b64(_sk), c=b64("eur"))

add("systemd/telegram-bot-token", "ops/systemd/galeb-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
    """
[Unit]
Description=Galeb Telegram bot
After=network-online.target

[Service]
User=galeb
WorkingDirectory=/srv/galeb-bot
Environment=TELEGRAM_TOKEN=@@secret@@
Environment=TZ=Europe/Skopje
ExecStart=/srv/galeb-bot/.venv/bin/python bot.py
Restart=always

[Install]
WantedBy=multi-user.target
""", fakes.telegram_token(_seed()))

add("systemd/decoy-encrypted-credential", "ops/systemd/naum-taxi.service", "https://systemd.io/CREDENTIALS/",
    """
[Unit]
Description=Naum water-taxi API
After=network-online.target postgresql.service

[Service]
User=naumtaxi
LoadCredentialEncrypted=db-password:/etc/credstore.encrypted/naumtaxi-db
Environment=DB_PASSWORD_FILE=%d/db-password
ExecStart=/usr/local/bin/naum-taxi serve --addr :8081
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("shell/mysql-password", "ops/cron/backup-kaneo-db.sh", "https://dev.mysql.com/doc/refman/8.4/en/mysqldump.html",
    """
#!/bin/bash
# 03:30 секоја ноќ - бекап на базата за резервации (Kaneo)
set -euo pipefail
STAMP=$(date +%Y%m%d)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction kaneo | gzip > /backups/kaneo-$STAMP.sql.gz
find /backups -name 'kaneo-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("nginx/decoy-password-hash", "ops/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html",
    """
# /admin на резервациите - само канцеларија
nikola:$apr1$@@s1@@$@@h1@@
marko:$apr1$@@s2@@$@@h2@@
ana:$2y$10$@@h3@@
kasa:$apr1$@@s4@@$@@h4@@
""", s1=fakes.drawn(_seed(), 8, ALNUM + "./"), h1=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s2=fakes.drawn(_seed(), 8, ALNUM + "./"), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), s4=fakes.drawn(_seed(), 8, ALNUM + "./"),
    h4=fakes.drawn(_seed(), 22, ALNUM + "./"))

_ba = b64("galebtours:" + words_pw())
add("nginx/basic-auth-password", "ops/nginx/conf.d/hotel-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    """
# Проксија кон партнерскиот API на хотелот (Basic auth го додаваме ние)
server {
    listen 443 ssl;
    server_name partner.galebtours.mk;

    location /hotel-api/ {
        proxy_pass https://api.hotel-lakeview.mk/v2/;
        proxy_set_header Authorization "Basic @@b@@";
        proxy_set_header Host api.hotel-lakeview.mk;
    }
}
""", _ba, b=_ba)

# ---------------------------------------------------------------------------------------------
# Banks, card terminals, accounting
# ---------------------------------------------------------------------------------------------

add("php/nestpay-store-key", "wp-content/plugins/halk-nestpay/config.php", "https://www.nestpay.com/ (Asseco NestPay 3D Pay Hosting integration guide)",
    """
<?php
// Halkbank АД Скопје - NestPay 3D Pay Hosting (Бисерна куќа Ристески)
return [
    'client_id'  => '180000437',
    'store_key'  => '@@secret@@',
    'store_type' => '3D_PAY_HOSTING',
    'gate_url'   => 'https://epay.halkbank.mk/fim/est3Dgate',
    'currency'   => '807', // MKD
    'lang'       => 'mk',
    'ok_url'     => 'https://risteski-biser.mk/nestpay/ok',
    'fail_url'   => 'https://risteski-biser.mk/nestpay/fail',
];
""", rand_pw(16))

add("php/decoy-hash-fixture", "wp-content/plugins/halk-nestpay/tests/HashTest.php", "https://phpunit.de/documentation.html",
    """
<?php
use PHPUnit\\Framework\\TestCase;

final class HashTest extends TestCase
{
    // Тест клуч од документацијата на NestPay (TEST1234), не продукциски
    private const STORE_KEY = 'TEST1234';
    private const EXPECTED = '@@h@@';

    public function testHashVer3IsBase64OfSha512(): void
    {
        $hash = nestpay_hash(['amount' => '1500.00', 'oid' => 'RB-24-0913'], self::STORE_KEY);
        $this->assertSame(88, strlen($hash));
    }
}
""", h=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("python/wise-api-token", "accounting/wise_statements.py", "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens",
    '''
"""Месечни изводи од Wise (EUR сметка за туристички агенции)."""
import requests

WISE_TOKEN = "@@secret@@"
PROFILE_ID = 28417730
BALANCE_ID = 104922


def statement(start: str, end: str) -> dict:
    r = requests.get(
        f"https://api.wise.com/v1/profiles/{PROFILE_ID}/balance-statements/{BALANCE_ID}/statement.json",
        params={"intervalStart": start, "intervalEnd": end, "type": "COMPACT"},
        headers={"Authorization": f"Bearer {WISE_TOKEN}"},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
''', uuid_s())

add("markdown/decoy-bank-details", "docs/invoice-template.md", "https://www.iban.com/structure",
    """
# Фактура - шаблон (Galeb Boat Tours ДООЕЛ Охрид)

**Продавач:** Galeb Boat Tours ДООЕЛ, ул. Кеј Македонија бб, 6000 Охрид
**ЕДБ:** 4020024581937   **ЕМБС:** 7319884

| Банка | IBAN | SWIFT |
|-------|------|-------|
| Стопанска банка АД Скопје | MK07 2007 0000 1234 567 | STOBMK2X |
| NLB Банка АД Скопје | MK07 2100 0000 7654 321 | TUTNMK22 |

Рок на плаќање: 15 дена. Плаќање со картичка преку cPay е без провизија.
""")

add("json/revolut-refresh-token", "accounting/revolut/config.json", "https://developer.revolut.com/docs/guides/manage-accounts/get-started/make-your-first-api-request",
    """
{
  "environment": "production",
  "client_id": "@@cid@@",
  "redirect_uri": "https://kaneo.mk/revolut/callback",
  "refresh_token": "@@secret@@",
  "accounts": {
    "EUR": "@@a1@@",
    "MKD": "@@a2@@"
  }
}
""", "oa_prod_" + fakes.drawn(_seed(), 43, ALNUM + "-_"), cid=fakes.drawn(_seed(), 43, ALNUM + "-_"),
    a1=uuid_s(), a2=uuid_s())

add("yaml/decoy-sops-encrypted", "accounting/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
    """
wise_token: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
revolut_refresh_token: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@ag@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-07-02T08:14:55Z"
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 48, ALNUM + "+/"), i1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 68, ALNUM + "+/"),
    i2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    rcp=fakes.drawn(_seed(), 58, string.ascii_lowercase + "023456789"), ag=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("python/totp-seed", "accounting/ujp_login.py", "https://pyauth.github.io/pyotp/",
    '''
"""Автоматско најавување на е-Даноци (УЈП) за месечниот ДДВ - 2FA со TOTP."""
import pyotp
from playwright.sync_api import sync_playwright

USERNAME = "galeb.smetkovodstvo"
TOTP_SEED = "@@secret@@"


def login(page) -> None:
    page.goto("https://etax-fl.ujp.gov.mk/")
    page.fill("#username", USERNAME)
    page.fill("#otp", pyotp.TOTP(TOTP_SEED).now())
    page.click("button[type=submit]")


with sync_playwright() as p:
    login(p.chromium.launch().new_page())
''', fakes.drawn(_seed(), 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))

add("csv/decoy-fiscal-receipts", "accounting/exports/fiscal-z-2024-07.csv", "https://www.ujp.gov.mk/",
    """
date,device,z_no,total_mkd,vat_18,vat_5,receipts,signature
2024-07-01,ZK4410023871,0312,184300,24140,1210,41,@@s1@@
2024-07-02,ZK4410023871,0313,211950,28102,940,47,@@s2@@
2024-07-03,ZK4410023871,0314,97400,12817,620,23,@@s3@@
2024-07-04,ZK4410023871,0315,256800,34110,1480,58,@@s4@@
""", s1=hexs(40).upper(), s2=hexs(40).upper(), s3=hexs(40).upper(), s4=hexs(40).upper())

add("sql/decoy-uuid-seed", "db/seed/0003_boats.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html",
    """
-- Бродови и капацитети (сезона 2024)
INSERT INTO boats (id, name, capacity, tracker_imei, home_pier) VALUES
  ('@@u1@@', 'Галеб 1', 40, '862560051223417', 'Охрид'),
  ('@@u2@@', 'Галеб 2', 32, '862560051229984', 'Охрид'),
  ('@@u3@@', 'Св. Наум такси', 12, '352093088412205', 'Св. Наум');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("sql/mysql-password", "db/grants/kaneo-grants.sql", "https://dev.mysql.com/doc/refman/8.4/en/create-user.html",
    """
-- Kaneo: корисник за извештаи (Power BI во канцеларија)
CREATE USER IF NOT EXISTS 'powerbi'@'10.30.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON kaneo.bookings TO 'powerbi'@'10.30.%';
GRANT SELECT ON kaneo.tours TO 'powerbi'@'10.30.%';
GRANT SELECT ON kaneo.payments TO 'powerbi'@'10.30.%';
FLUSH PRIVILEGES;
""", words_pw())

add("sql/decoy-env-placeholder", "db/grants/galeb-grants.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-VARIABLES",
    """
-- Се извршува со: psql -v app_password="$APP_DB_PASSWORD" -f galeb-grants.sql
CREATE ROLE galeb_app LOGIN PASSWORD :'app_password';
GRANT CONNECT ON DATABASE bookings TO galeb_app;
GRANT USAGE ON SCHEMA public TO galeb_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO galeb_app;
""")

# ---------------------------------------------------------------------------------------------
# On board: the boats' own computers, Wi-Fi, sensors
# ---------------------------------------------------------------------------------------------

add("ini/wifi-password", "boats/galeb-2/hostapd.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf",
    """
# Raspberry Pi на Галеб 2 - Wi-Fi за екипажот (не за гости)
interface=wlan0
driver=nl80211
ssid=Galeb2-Crew
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@secret@@
""", passphrase())

add("yaml/mqtt-password", "boats/galeb-1/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
# Home Assistant на Галеб 1 (батерии, пумпа за билџ, GPS)
mqtt_broker: mqtt.galebtours.mk
mqtt_user: galeb1
mqtt_password: "@@secret@@"
latitude_home: 41.1125
longitude_home: 20.7989
""", rand_pw(20))

add("yaml/decoy-secret-reference", "boats/galeb-1/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
homeassistant:
  name: Галеб 1
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  time_zone: Europe/Skopje
mqtt:
  sensor:
    - name: "Bilge pump"
      state_topic: "ohrid/boats/galeb1/bilge"
    - name: "House battery"
      state_topic: "ohrid/boats/galeb1/battery"
      unit_of_measurement: "V"
""")

add("markdown/wifi-password", "docs/onboarding-crew.md", "https://www.raspberrypi.com/documentation/computers/configuration.html",
    """
# Нов член на екипажот - прв ден

1. Земи ја униформата и јакната за спасување од магацинот.
2. Инсталирај ја апликацијата „Galeb Crew" (линк во Telegram групата).
3. Wi-Fi на бродовите:

| Брод | SSID | Лозинка |
|------|------|---------|
| Галеб 1 | Galeb1-Crew | `@@secret@@` |
| Галеб 2 | Galeb2-Crew | (на налепница во кабината) |

4. Никогаш не ја давај лозинката на гостите - за нив е Galeb-Guest.
""", passphrase())

add("python/decoy-regex", "galeb-booking/app/validation.py", "https://docs.python.org/3/library/re.html",
    '''
"""Валидација на влезни податоци за резервации."""
import re

PHONE_MK = re.compile(r"^\\+389\\s?7[0-9]\\s?[0-9]{3}\\s?[0-9]{3}$")
IMEI = re.compile(r"^[0-9]{15}$")
STRIPE_SECRET = re.compile(r"\\b(sk|rk)_live_[0-9A-Za-z]{24,99}\\b")  # за да не логираме клучеви
TELEGRAM_TOKEN = re.compile(r"\\b[0-9]{8,10}:AA[0-9A-Za-z_-]{33}\\b")
BOOKING_REF = re.compile(r"^GLB-[0-9]{2}-[0-9]{5}$")


def scrub(text: str) -> str:
    for pattern in (STRIPE_SECRET, TELEGRAM_TOKEN):
        text = pattern.sub("[REDACTED]", text)
    return text
''')

add("markdown/decoy-example", "docs/aws-setup.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html",
    """
# AWS за фотографиите (S3)

Конфигурирај профил `pearl-photos`:

```bash
aws configure --profile pearl-photos
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-central-1
```

(Горните вредности се примерот од документацијата на AWS. Твоите клучеви ги издава Горан.)
""")

add("yaml/decoy-helm-template", "deploy/helm/galeb-booking/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "galeb-booking.fullname" . }}
  labels:
    {{- include "galeb-booking.labels" . | nindent 4 }}
type: Opaque
data:
  STRIPE_SECRET_KEY: {{ .Values.stripe.secretKey | b64enc | quote }}
  TELEGRAM_TOKEN: {{ .Values.telegram.token | b64enc | quote }}
  DATABASE_URL: {{ printf "postgres://%s:%s@%s/bookings" .Values.db.user .Values.db.password .Values.db.host | b64enc | quote }}
""")

add("python/decoy-test-card", "pearlshop/tests/test_checkout.py", "https://docs.stripe.com/testing#cards",
    '''
import pytest

# Тест картички од Stripe документацијата (не се вистински)
CARDS = {
    "visa": "4242424242424242",
    "visa_debit": "4000056655665556",
    "declined": "4000000000000002",
    "3ds": "4000002500003155",
}


@pytest.mark.parametrize("name,number", CARDS.items())
def test_card_number_is_luhn_valid(name, number):
    digits = [int(d) for d in number][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    assert total % 10 == 0, name
''')

add("javascript/decoy-search-only-key", "storefront/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key",
    """
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";

// Search-only key (јавен, само за пребарување)
const client = algoliasearch("H7QK2M9XZ4", "@@k@@");

export const search = instantsearch({
  indexName: "ohrid_pearls_products_mk",
  searchClient: client,
});
""", k=hexs(32))

add("python/algolia-admin-key", "pearlshop/search/reindex.py", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key",
    '''
"""Реиндексирање на производите во Algolia (ноќно)."""
from algoliasearch.search.client import SearchClientSync

from pearlshop.models import Product

client = SearchClientSync("H7QK2M9XZ4", "@@secret@@")


def reindex() -> None:
    records = [{"objectID": p.sku, "name": p.name_mk, "material": p.material, "price": p.price_mkd}
               for p in Product.objects.filter(active=True)]
    client.replace_all_objects("ohrid_pearls_products_mk", records)
''', hexs(32))

add("env/spaces-secret-key", "galeb-site/.env.local", "https://docs.digitalocean.com/products/spaces/how-to/manage-access/",
    """
NEXT_PUBLIC_SITE_URL=https://galebtours.mk
NEXT_PUBLIC_MAPBOX_TOKEN=@@pk@@
SPACES_ENDPOINT=https://fra1.digitaloceanspaces.com
SPACES_BUCKET=galeb-media
SPACES_KEY=DO00@@kid@@
SPACES_SECRET=@@secret@@
""", fakes.drawn(_seed(), 43, ALNUM + "+/"), pk=mapbox_public(),
    kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + string.digits))

add("ini/sentry-auth-token", "galeb-site/.sentryclirc", "https://docs.sentry.io/cli/configuration/#configuration-file",
    """
[defaults]
url = https://de.sentry.io/
org = galeb-tours
project = galeb-site

[auth]
token = @@secret@@
""", "sntrys_" + b64('{"iat":1719830000.1,"url":"https://de.sentry.io","region_url":"https://de.sentry.io","org":"galeb-tours"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("typescript/jwt-secret", "galeb-crew-api/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken#usage",
    """
import jwt from "jsonwebtoken";

// Токени за апликацијата на екипажот (важат 12 часа = една смена)
const JWT_SECRET = "@@secret@@";

export function issue(crewId: string, boat: string): string {
  return jwt.sign({ sub: crewId, boat }, JWT_SECRET, { expiresIn: "12h", issuer: "galeb-crew" });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET, { issuer: "galeb-crew" });
}
""", hexs(64))

add("python/flask-secret-key", "naum-kiosk/config.py", "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY",
    '''
"""Киоск за карти на пристаништето Св. Наум."""


class Config:
    SECRET_KEY = "@@secret@@"
    SQLALCHEMY_DATABASE_URI = "sqlite:////var/lib/naum-kiosk/kiosk.db"
    PRINTER = "/dev/usb/lp0"
    LANGUAGES = ["mk", "en", "sq", "tr"]
    TICKET_PRICE_EUR = {"oneway": 10, "return": 18}
''', fakes.drawn(_seed(), 48, HEX))

add("env/laravel-app-key", "kaneo-admin/.env", "https://laravel.com/docs/11.x/encryption#configuration",
    """
APP_NAME="Kaneo Admin"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_URL=https://admin.kaneo.mk
APP_LOCALE=mk

DB_CONNECTION=mysql
DB_HOST=kaneo-db
DB_DATABASE=kaneo
DB_USERNAME=kaneo_admin
DB_PASSWORD=${KANEO_DB_PASSWORD}
""", azure_storage_key()[:43] + "=")

add("env/decoy-test-values", "kaneo-admin/.env.testing", "https://laravel.com/docs/11.x/testing#the-env-testing-environment-file",
    """
APP_ENV=testing
APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_MAILER=array
STRIPE_SECRET=sk_test_dummy
TWILIO_AUTH_TOKEN=test-token
""")

# ---------------------------------------------------------------------------------------------
# More of the same teams' files
# ---------------------------------------------------------------------------------------------

add("properties/mapbox-downloads-token", "android-galeb/gradle.properties", "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials",
    """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Mapbox SDK download (scope DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=@@secret@@
""", mapbox_secret())

add("properties/decoy-local-properties", "android-galeb/local.properties.example", "https://developer.android.com/build#properties-files",
    """
## Копирај во local.properties (не се комитува)
sdk.dir=/Users/you/Library/Android/sdk
STRIPE_PK=pk_live_REPLACE_ME
MAPBOX_DOWNLOADS_TOKEN=sk.REPLACE_ME
MAPBOX_PUBLIC_TOKEN=pk.REPLACE_ME
""")

add("xml/github-token", "kaneo-booking/.mvn/settings.xml", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-apache-maven-registry",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>github</id>
      <username>kaneo-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>github</id>
      <repositories>
        <repository>
          <id>github</id>
          <url>https://maven.pkg.github.com/kaneo-cruises/*</url>
        </repository>
      </repositories>
    </profile>
  </profiles>
</settings>
""", fakes.github_token(_seed()))

add("xml/decoy-env-reference", "kaneo-booking/.mvn/settings.ci.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>github</id>
      <username>${env.GITHUB_ACTOR}</username>
      <password>${env.GITHUB_TOKEN}</password>
    </server>
  </servers>
</settings>
""")

add("ansible/become-password", "ops/ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters",
    """
[shop]
pearlshop-01 ansible_host=168.119.42.17 ansible_user=deploy

[boats]
galeb1-pi ansible_host=10.20.0.41 ansible_user=pi ansible_become_password=@@secret@@
galeb2-pi ansible_host=10.20.0.42 ansible_user=pi ansible_become_password=@@secret@@

[boats:vars]
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("ansible/decoy-vault-lookup", "ops/ansible/roles/booking/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html",
    """
- name: Render booking env
  ansible.builtin.template:
    src: booking.env.j2
    dest: /srv/booking/.env
    mode: "0600"
  vars:
    stripe_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/galeb/stripe:secret_key') }}"
    telegram_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/galeb/telegram:token') }}"

- name: Restart booking
  ansible.builtin.systemd:
    name: booking-api
    state: restarted
""")

add("terraform/decoy-random-password", "infra/do/database.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """
resource "random_password" "booking_db" {
  length  = 24
  special = false
}

resource "digitalocean_database_cluster" "booking" {
  name       = "galeb-booking-pg"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-1gb"
  region     = "fra1"
  node_count = 1
}

resource "digitalocean_database_user" "app" {
  cluster_id = digitalocean_database_cluster.booking.id
  name       = "galeb_app"
}
""")

add("terraform/hetzner-token", "infra/hetzner/terraform.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """
# Не го комитувај! (Ана, 2024-03)
hcloud_token         = "@@secret@@"
cloudflare_api_token = "@@cf@@"
zone_id              = "@@zone@@"
server_type          = "cx22"
location             = "fsn1"
""", hetzner_token(), cf=cloudflare_token(), zone=hexs(32))

add("github-actions/decoy-oidc-role", ".github/workflows/photos-sync.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    """
name: sync catalogue photos
on:
  schedule: [{ cron: "0 2 * * *" }]
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
          role-to-assume: arn:aws:iam::418273640117:role/gh-photos-sync
          aws-region: eu-central-1
      - run: aws s3 sync photos/ s3://ohrid-pearl-house-photos/catalogue/ --size-only
""")

add("github-actions/pypi-token", ".github/workflows/release-labels.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/",
    """
name: release pearl-labels
on:
  push:
    tags: ["labels-v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install build twine && python -m build tools/label-printer
      - run: twine upload tools/label-printer/dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: "@@secret@@"
""", fakes.pypi_token(_seed()))

add("compose/decoy-image-digests", "traccar/docker-compose.yml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier",
    """
services:
  traccar:
    image: traccar/traccar:6.2-alpine@sha256:@@d1@@
    restart: unless-stopped
    ports: ["8082:8082", "5027:5027"]
    volumes:
      - ./conf/traccar.xml:/opt/traccar/conf/traccar.xml:ro
    environment:
      TRACCAR_DB_PASSWORD_FILE: /run/secrets/traccar_db
    secrets: [traccar_db]
  db:
    image: postgres:16-alpine@sha256:@@d2@@
secrets:
  traccar_db:
    file: ./secrets/traccar_db.txt
""", d1=sha256(), d2=sha256())

add("text/decoy-checksums", "catalogue/photos/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
    """
@@h1@@  ogrlica-3-reda.jpg
@@h2@@  obetki-kapka.jpg
@@h3@@  prsten-filigran.jpg
@@h4@@  bros-galeb.jpg
@@h5@@  narakvica-biser.jpg
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), h5=sha256())

add("ruby/pusher-secret", "kaneo-live/config/initializers/pusher.rb", "https://pusher.com/docs/channels/server_api/authenticating-users/",
    """
# Позиции на бродовите во живо на мапата (Pusher Channels)
require "pusher"

Pusher.app_id  = "1829374"
Pusher.key     = "@@key@@"
Pusher.secret  = "@@secret@@"
Pusher.cluster = "eu"
Pusher.logger  = Rails.logger
Pusher.encrypted = true
""", hexs(20), key=hexs(20))

add("ruby/decoy-credentials-reference", "kaneo-live/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# Клучевите се во config/credentials.yml.enc (rails credentials:edit)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key:      Rails.application.credentials.dig(:stripe, :secret_key)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""")

add("json/decoy-signature", "certificates/OPH-CERT-2024-0412.json", "https://docs.python.org/3/library/hmac.html",
    """
{
  "certificate": "OPH-CERT-2024-0412",
  "item": "Ѓердан, 3 реда, охридски бисер, сребро 925",
  "maker": "Работилница Ристески, Охрид",
  "issued": "2024-07-12",
  "qr_url": "https://ohridpearlhouse.mk/c/OPH-CERT-2024-0412",
  "signature_alg": "HMAC-SHA256",
  "signature": "@@sig@@"
}
""", sig=hexs(64))

add("yaml/windy-api-key", "galeb-site/data/webcams.yml", "https://api.windy.com/webcams/docs",
    """
# Веб-камери на езерото за страницата „Времето денес"
provider: windy
api_key: @@secret@@
webcams:
  - id: 1637414112
    title: "Охрид - пристаниште"
  - id: 1582961722
    title: "Св. Наум"
refresh_minutes: 10
""", fakes.drawn_mixed(_seed(), 32))

add("shell/postgres-password", "ops/scripts/restore-bookings.sh", "https://www.postgresql.org/docs/current/libpq-envars.html",
    """
#!/usr/bin/env bash
# Враќање на базата за резервации од бекап (само во итни случаи!)
set -euo pipefail
export PGHOST=10.114.0.3
export PGUSER=galeb
export PGPASSWORD='@@secret@@'
DUMP=${1:?usage: restore-bookings.sh <dump.sql.gz>}
gunzip -c "$DUMP" | psql -d bookings_restore
echo "Готово: bookings_restore"
""", rand_pw(22))

add("dockerfile/sentry-auth-token", "galeb-site/Dockerfile", "https://docs.sentry.io/platforms/javascript/guides/nextjs/sourcemaps/",
    """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
# source maps до Sentry при build
ENV SENTRY_AUTH_TOKEN=@@secret@@
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
COPY --from=build /app/node_modules ./node_modules
COPY package.json ./
CMD ["npm", "start"]
""", "sntryu_" + hexs(64))

add("dockerfile/decoy-build-secret", "naum-kiosk/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    pip install --index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt
COPY . .
ENV FLASK_APP=app.py
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
""")

def _jwt(payload: str) -> str:
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    return head + "." + b64(payload).rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


add("typescript/supabase-service-role-key", "galeb-crew-api/src/db.ts", "https://supabase.com/docs/guides/api/api-keys",
    """
import { createClient } from "@supabase/supabase-js";

// service_role - заобиколува RLS, само на серверот!
const SUPABASE_URL = "https://qzkvhtrmwpxlnbfa.supabase.co";
const SERVICE_ROLE_KEY =
  "@@secret@@";

export const admin = createClient(SUPABASE_URL, SERVICE_ROLE_KEY, {
  auth: { persistSession: false },
});

export async function shiftsFor(boat: string) {
  return admin.from("shifts").select("*").eq("boat", boat).order("starts_at");
}
""", _jwt('{"iss":"supabase","ref":"qzkvhtrmwpxlnbfa","role":"service_role","iat":1712041200,"exp":2027617200}'))

add("typescript/decoy-anon-key", "galeb-crew-app/src/supabase.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key",
    """
import { createClient } from "@supabase/supabase-js";

// anon клуч - јавен по дизајн, заштитата е со RLS политики
export const supabase = createClient(
  "https://qzkvhtrmwpxlnbfa.supabase.co",
  "@@anon@@",
);
""", anon=_jwt('{"iss":"supabase","ref":"qzkvhtrmwpxlnbfa","role":"anon","iat":1712041200,"exp":2027617200}'))

add("env/cloudinary-url", "ohrid-pearl-house/.env.media", "https://cloudinary.com/documentation/how_to_integrate_cloudinary#cloudinary_url",
    """
# Фотографии од накитот (Cloudinary)
CLOUDINARY_URL=cloudinary://@@k@@:@@secret@@@ohrid-pearl-house
MEDIA_FOLDER=katalog/2024
WATERMARK=ohrid-pearl-logo
THUMB_SIZE=480
""", fakes.drawn(_seed(), 27, ALNUM + "-_"), k=str(_rng().randint(10**14, 10**15)))

add("javascript/decoy-unsigned-preset", "storefront/src/upload-widget.js", "https://cloudinary.com/documentation/upload_widget",
    """
// Прикачување фотографии од купувачите (unsigned preset - без тајна)
const widget = cloudinary.createUploadWidget(
  {
    cloudName: "ohrid-pearl-house",
    uploadPreset: "customer_photos_unsigned",
    sources: ["local", "camera"],
    maxFileSize: 5000000,
    language: "mk",
  },
  (error, result) => { if (!error && result.event === "success") console.log(result.info.public_id); }
);
document.getElementById("upload").addEventListener("click", () => widget.open());
""")

add("python/zoho-refresh-token", "accounting/zoho_invoices.py", "https://www.zoho.com/books/api/v3/oauth/#overview",
    '''
"""Фактури од Zoho Books за агенциите (туристички партнери)."""
import requests

CLIENT_ID = "1000.@@cid@@"
CLIENT_SECRET = "@@cs@@"
REFRESH_TOKEN = "@@secret@@"
ORG_ID = "20084417302"


def access_token() -> str:
    r = requests.post("https://accounts.zoho.eu/oauth/v2/token", params={
        "refresh_token": REFRESH_TOKEN, "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET, "grant_type": "refresh_token"}, timeout=20)
    return r.json()["access_token"]
''', "1000." + hexs(32) + "." + hexs(32), cid=fakes.drawn(_seed(), 26, string.ascii_uppercase + string.digits),
    cs=hexs(42))

add("go/smtp-password", "naum-taxi/internal/mail/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth",
    """
package mail

import "net/smtp"

// Потврди за карти за водно такси
var auth = smtp.PlainAuth("", "karti@naum-taxi.mk", "@@secret@@", "mail.naum-taxi.mk")

func Send(to, subject, body string) error {
	msg := []byte("To: " + to + "\\r\\nSubject: " + subject + "\\r\\n\\r\\n" + body)
	return smtp.SendMail("mail.naum-taxi.mk:587", auth, "karti@naum-taxi.mk", []string{to}, msg)
}
""", words_pw())

add("go/decoy-test-token", "naum-taxi/internal/bot/bot_test.go", "https://pkg.go.dev/testing",
    """
package bot

import "testing"

// Лажен токен за тестови - ботот никогаш не се поврзува на Telegram во тестовите.
const testToken = "000000000:TEST-token-not-real"

func TestParseDeparture(t *testing.T) {
	b := New(testToken, WithOffline())
	got, err := b.ParseDeparture("/karta 14:00")
	if err != nil || got != "14:00" {
		t.Fatalf("got %q, %v", got, err)
	}
}
""")

add("shell/storage-box-password", "ops/scripts/offsite-backup.sh", "https://docs.hetzner.com/robot/storage-box/access/access-ssh-rsync-borg/",
    """
#!/bin/bash
# Offsite бекап на фотографиите и базата (Hetzner Storage Box)
set -e
export BORG_PASSPHRASE='@@bp@@'
export BORG_RSH="sshpass -p '@@secret@@' ssh -p 23"
borg create --stats u401227@u401227.your-storagebox.de:./pearlshop::{now:%Y-%m-%d} /srv/pearlshop/media /backups/db
borg prune --keep-daily 7 --keep-weekly 4 u401227@u401227.your-storagebox.de:./pearlshop
""", rand_pw(16), bp=passphrase())

add("powershell/smtp-password", "kasa/send-daily-report.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage",
    """
# Дневен промет од касата до сопственикот (19:30)
$from = "kasa@risteski-biser.mk"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($from, $pass)
$report = Get-Content "C:\\Kasa\\izvestaj-$(Get-Date -f yyyy-MM-dd).txt" -Raw
Send-MailMessage -SmtpServer smtp.zoho.eu -Port 587 -UseSsl -Credential $cred `
  -From $from -To "goran@risteski-biser.mk" -Subject "Промет $(Get-Date -f dd.MM.yyyy)" -Body $report -Encoding UTF8
""", words_pw())

add("csv/camera-password", "docs/inventory/network-devices.csv", "https://www.hikvision.com/en/support/",
    """
location,device,model,ip,mac,user,password,notes
Стара чаршија,NVR,Hikvision DS-7608NI,192.168.10.20,44:19:b6:2a:10:07,admin,@@secret@@,HDD 2TB
Стара чаршија,Камера излог,DS-2CD2143G2,192.168.10.21,44:19:b6:2a:10:11,admin,@@secret@@,
Стара чаршија,Рутер,MikroTik hEX,192.168.10.1,48:8f:5a:11:02:aa,admin,(во Bitwarden),
Кеј,Фискален принтер,Expert SX,192.168.20.30,00:1e:c0:55:71:20,-,-,COM преку LAN
""", words_pw())

add("csv/decoy-device-list", "docs/inventory/trackers.csv", "https://wiki.teltonika-gps.com/view/FMB920",
    """
boat,tracker,imei,firmware,sim_iccid,installed
Галеб 1,FMB920,862560051223417,03.29.00.Rev.01,8938901190021477031,2023-04-11
Галеб 2,FMB920,862560051229984,03.29.00.Rev.01,8938901190021477049,2023-04-11
Св. Наум такси,FMC130,352093088412205,03.28.07.Rev.02,8938901190021477056,2024-03-02
Kaneo (резерва),FMC130,352093088419931,03.28.07.Rev.02,8938901190021477064,2024-05-20
""")

add("log/decoy-access-log", "logs/nginx-access-booking.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    """
10.114.0.2 - - [21/Jul/2024:09:14:50 +0200] "GET /api/tours?date=2024-07-21 HTTP/1.1" 200 1834 "-" "Mozilla/5.0" rid=@@r1@@
10.114.0.2 - - [21/Jul/2024:09:14:51 +0200] "POST /api/bookings HTTP/1.1" 201 412 "-" "Mozilla/5.0" rid=@@r2@@
10.114.0.2 - - [21/Jul/2024:09:14:53 +0200] "GET /api/bookings/GLB-24-03418?sig=@@s1@@ HTTP/1.1" 200 655 "-" "Mozilla/5.0" rid=@@r3@@
10.114.0.2 - - [21/Jul/2024:09:15:02 +0200] "POST /hooks/stripe HTTP/1.1" 200 2 "-" "Stripe/1.0" rid=@@r4@@
10.114.0.2 - - [21/Jul/2024:09:16:40 +0200] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), s1=hexs(16), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("markdown/decoy-vault-paths", "docs/secrets-policy.md", "https://docs.doppler.com/docs/cli",
    """
# Каде се чуваат тајните (Galeb + Kaneo)

| Тајна | Каде | Ротација |
|-------|------|----------|
| Stripe secret key | Doppler `galeb/prd/STRIPE_SECRET_KEY` | по секој инцидент |
| Telegram bot token | Doppler `galeb/prd/TELEGRAM_TOKEN` | годишно |
| База (Postgres) | DO Managed DB, `doppler run -- psql` | 90 дена |
| Wi-Fi на бродовите | Bitwarden, папка „Бродови" | секоја сезона |

Правило: ништо од горе не се пишува во Git, Telegram или мејл. Користи `doppler run --`.
""")

add("yaml/decoy-dependabot-registries", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot",
    """
version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{ secrets.DEPENDABOT_NPM_TOKEN }}
updates:
  - package-ecosystem: npm
    directory: /storefront
    registries: [npm-github]
    schedule: { interval: weekly, day: monday }
  - package-ecosystem: pip
    directory: /
    schedule: { interval: weekly }
""")

add("python/decoy-password-hash-fixture", "pearlshop/tests/fixtures/users.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
    '''
"""Корисници за тестови - лозинките се хешови (pbkdf2), не лозинки."""

STAFF = [
    {"username": "test.kasa", "password": "pbkdf2_sha256$720000$@@s1@@$@@h1@@="},
    {"username": "test.admin", "password": "pbkdf2_sha256$720000$@@s2@@$@@h2@@="},
]
''', s1=fakes.drawn(_seed(), 22), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    s2=fakes.drawn(_seed(), 22), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"))
