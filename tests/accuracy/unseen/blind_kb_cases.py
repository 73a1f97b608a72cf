"""Blind set KB: bobbin-lace makers and luzzu boat builders in Malta.

Lace workshops and their web shops (Shopify, WooCommerce, Etsy, SumUp, Stripe, newsletters),
boatyards in Marsaxlokk, Kalkara and Gozo (CNC routers, marine telemetry, weather and AIS feeds,
NAS, CCTV), their IT and CI, with notes and comments partly in Maltese, and their decoys.
Generated fakes only (seeds 5070000-5079999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 5070000, 5079999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Bizzilla", "Luzzu", "Gozo", "Qawra", "Ranti", "Kajjik", "Xlokk", "Mellieha", "Pjazza", "Tarxien",
         "Dgħajsa", "Kalkara", "Mdina", "Qrendi", "Fortizza", "Lampuka", "Marsa", "Zebbug", "Wied", "Fanal"]
WORDS = [w.replace("ħ", "h") for w in WORDS]
LOWER = ["bobbin", "pillow", "thread", "keel", "plank", "tiller", "oar", "harbour", "lantern", "sail",
         "anchor", "prickings", "torchon", "cedar", "rope", "buoy"]


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


def alnum(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + alnum(99 if kind.startswith("rk") else 24)


def stripe_whsec() -> str:
    return "whsec_" + alnum(32)


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def woo(prefix: str) -> str:
    return prefix + hexs(40)


def sendgrid_key() -> str:
    return "SG." + alnum(22, ALNUM + "-_") + "." + alnum(43, ALNUM + "-_")


def mailchimp_key(dc: str = "us21") -> str:
    return hexs(32) + "-" + dc


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


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
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def google_key() -> str:
    return "AIza" + alnum(35, ALNUM + "-_")


def gitlab_token() -> str:
    return "glpat-" + alnum(20, ALNUM + "-_")


def npm_token() -> str:
    return "npm_" + alnum(36)


def square_token() -> str:
    return "EAAA" + alnum(60, ALNUM + "-_")


def airtable_pat() -> str:
    return "pat" + alnum(14) + "." + hexs(64)


def notion_token() -> str:
    return "ntn_" + str(random.Random(_seed()).randint(10**10, 10**11)) + alnum(35)


def dropbox_token() -> str:
    return "sl.B" + alnum(135, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def docker_pat() -> str:
    return "dckr_pat_" + alnum(27, ALNUM + "-_")


def sumup_key() -> str:
    return "sup_sk_" + alnum(32)


def anthropic_key() -> str:
    return "sk-ant-api03-" + alnum(93, ALNUM + "-_") + "AA"


def hf_token() -> str:
    return "hf_" + alnum(34)


def paypal_secret() -> str:
    return "E" + alnum(79, ALNUM + "-_")


def fb_token() -> str:
    return "EAAG" + alnum(180)


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + alnum(50) + "." + alnum(22, ALNUM + "-_")


def mapbox_public() -> str:
    return "pk.eyJ1Ijoi" + alnum(50) + "." + alnum(22, ALNUM + "-_")


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def netlify_token() -> str:
    return "nfp_" + alnum(36)


def hcaptcha_secret() -> str:
    return "0x" + hexs(40)


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64('{"sub":"' + uuid_s() + '","iat":' + str(random.Random(_seed()).randint(1690000000, 1760000000)) + '}').rstrip("=")
    return head + "." + body.replace("+", "-").replace("/", "_") + "." + alnum(43, ALNUM + "-_")


def sha256ish() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    return "$2b$12$" + alnum(53, ALNUM + "./")


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + alnum(43, ALNUM + "+/")


def openssh_key() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5))
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
            + body + "\n-----END OPENSSH PRIVATE KEY-----")


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(6))
    return "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIU" + body[20:] + "\n-----END CERTIFICATE-----"


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
    CASES.append(LabelledCase(f"blind-kb/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Lace workshops: web shops, payments, newsletters
# ---------------------------------------------------------------------------------------------

add("env/stripe-secret-key", "bizzilla-shop/.env", "https://docs.stripe.com/keys",
    """
# Bizzilla ta' Għawdex - web shop (Django)
DJANGO_SETTINGS_MODULE=bizzilla.settings.prod
ALLOWED_HOSTS=shop.bizzillagozo.com.mt
DATABASE_URL=postgres://bizzilla@127.0.0.1:5432/bizzilla
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
SHOP_CURRENCY=EUR
# Spedizzjoni: MaltaPost biss għal Malta u Għawdex
SHIPPING_FLAT_RATE_EUR=4.50
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-webhook-secret", "bizzilla-shop/orders/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries",
    """
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from orders.models import Ordni

# Il-webhook tal-ħlas (checkout.session.completed)
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
        Ordni.objects.filter(stripe_session=session["id"]).update(imħallas=True)
    return HttpResponse(status=200)
""", stripe_whsec())

add("javascript/decoy-publishable-key", "bizzilla-shop/static/js/checkout.js", "https://docs.stripe.com/js/initializing",
    """
// Checkout tal-ħanut - Stripe.js
// Il-publishable key hija pubblika: tista' tidher fil-browser.
const stripe = Stripe('@@pk@@', { locale: 'en' });

document.querySelector('#ħallas').addEventListener('click', async () => {
  const res = await fetch('/checkout/session/', { method: 'POST', headers: { 'X-CSRFToken': csrftoken } });
  const { sessionId } = await res.json();
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    document.querySelector('#żball').textContent = error.message;
  }
});
""", pk=stripe_key("pk_live_"))

add("php/woocommerce-consumer-secret", "wp-content/plugins/ranti-sync/ranti-sync.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    """
<?php
/**
 * Plugin Name: Ranti Sync
 * Description: Jissinkronizza l-istokk tal-bizzilla bejn il-ħanut ta' Rabat u l-websajt.
 */

defined('ABSPATH') || exit;

use Automattic\\WooCommerce\\Client;

function ranti_sync_client() {
    return new Client(
        'https://ranti.com.mt',
        '@@ck@@',
        '@@secret@@',
        ['version' => 'wc/v3', 'timeout' => 30]
    );
}

add_action('ranti_sync_hourly', function () {
    $woo = ranti_sync_client();
    foreach ($woo->get('products', ['per_page' => 50]) as $prodott) {
        update_option('ranti_stock_' . $prodott->id, $prodott->stock_quantity);
    }
});
""", woo("cs_"), ck=woo("ck_"))

add("php/database-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """
<?php
/** Il-konfigurazzjoni ta' WordPress - Lace Guild Malta */

define( 'DB_NAME', 'laceguild_wp' );
define( 'DB_USER', 'laceguild' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_DEBUG', false );
$table_prefix = 'lgm_';

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """
<?php
/** Ikkopja dan il-fajl għal wp-config.php u imla d-dettalji tad-database. */

define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
""")

add("python/shopify-access-token", "scripts/shopify_stock_export.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
\"\"\"Esporta l-inventarju tal-bizzilla minn Shopify għal CSV (għall-kontabilista).\"\"\"
import csv
import requests

SHOP = "ranti-lace-gozo.myshopify.com"
API_VERSION = "2024-07"
HEADERS = {
    "X-Shopify-Access-Token": "@@secret@@",
    "Content-Type": "application/json",
}


def products():
    url = f"https://{SHOP}/admin/api/{API_VERSION}/products.json?limit=250"
    while url:
        r = requests.get(url, headers=HEADERS, timeout=30)
        r.raise_for_status()
        yield from r.json()["products"]
        url = r.links.get("next", {}).get("url")


with open("inventarju.csv", "w", newline="", encoding="utf-8") as fh:
    out = csv.writer(fh)
    out.writerow(["sku", "isem", "kwantità"])
    for p in products():
        for v in p["variants"]:
            out.writerow([v["sku"], p["title"], v["inventory_quantity"]])
""", shopify())

add("toml/shopify-api-secret", "ranti-app/shopify.app.toml", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration",
    """
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "@@cid@@"
name = "ranti-wholesale"
application_url = "https://wholesale.ranti.com.mt"
embedded = true

[access_scopes]
scopes = "read_products,write_inventory,read_orders"

[auth]
redirect_urls = ["https://wholesale.ranti.com.mt/auth/callback"]

[webhooks]
api_version = "2024-07"

# TODO: neħħi minn hawn - secret tal-app (Partners > Client credentials)
[build]
client_secret = "@@secret@@"
""", shopify("shpss_"), cid=hexs(32))

add("yaml/decoy-env-reference", "ranti-app/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: Deploy Shopify app
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - name: Deploy
        env:
          SHOPIFY_CLI_PARTNERS_TOKEN: ${{ secrets.SHOPIFY_CLI_PARTNERS_TOKEN }}
          SHOPIFY_API_SECRET: ${{ secrets.SHOPIFY_API_SECRET }}
          COMMIT_URL: ${{ github.server_url }}/${{ github.repository }}/commit/${{ github.sha }}
        run: npx shopify app deploy --force --source-control-url "$COMMIT_URL"
""")

add("python/etsy-api-key", "etsy_sync/client.py", "https://developers.etsy.com/documentation/essentials/authentication",
    """
\"\"\"Klijent żgħir għall-Etsy Open API v3 (ħanut: GozoBobbinLace).\"\"\"
import requests

ETSY_KEYSTRING = "@@secret@@"
SHOP_ID = 38817265
BASE = "https://openapi.etsy.com/v3/application"


class Etsy:
    def __init__(self, access_token: str):
        self.s = requests.Session()
        self.s.headers.update({
            "x-api-key": ETSY_KEYSTRING,
            "Authorization": f"Bearer {access_token}",
        })

    def listings(self, state: str = "active"):
        r = self.s.get(f"{BASE}/shops/{SHOP_ID}/listings", params={"state": state, "limit": 100})
        r.raise_for_status()
        return r.json()["results"]

    def update_quantity(self, listing_id: int, qty: int):
        return self.s.patch(f"{BASE}/shops/{SHOP_ID}/listings/{listing_id}", data={"quantity": qty})
""", alnum(24, string.ascii_lowercase + string.digits))

add("json/decoy-test-fixture", "etsy_sync/tests/fixtures/listing.json", "https://developers.etsy.com/documentation/reference#operation/getListing",
    """
{
  "listing_id": 1587342210,
  "user_id": 88213301,
  "shop_id": 38817265,
  "title": "Handmade Maltese bobbin lace bookmark - Malta cross",
  "state": "active",
  "quantity": 4,
  "url": "https://www.etsy.com/listing/1587342210/handmade-maltese-bobbin-lace-bookmark",
  "price": {"amount": 2400, "divisor": 100, "currency_code": "EUR"},
  "tags": ["bizzilla", "maltese lace", "bookmark", "gozo"],
  "materials": ["linen thread", "silk"],
  "etag": "@@etag@@",
  "image_hash": "@@h@@"
}
""", etag=hexs(32), h=sha256ish())

add("yaml/sumup-api-key", "pos-bridge/config/sumup.yml", "https://developer.sumup.com/api/authentication",
    """
# Pos bridge - il-bejgħ fil-fiera ta' Santa Marija (SumUp card reader)
sumup:
  merchant_code: MCXD7Q2K
  api_key: @@secret@@
  affiliate_key: @@aff@@
  currency: EUR
  receipt:
    language: mt
    footer: "Grazzi tax-xiri! Bizzilla magħmula bl-idejn f'Għawdex."
reader:
  model: solo
  pair_timeout_s: 45
""", sumup_key(), aff="sup_afk_" + alnum(32))

add("env/decoy-placeholder", "pos-bridge/.env.example", "https://developer.sumup.com/api/authentication",
    """
# Ikkopja għal .env u imla l-valuri (tinkludix il-.env fil-git!)
SUMUP_MERCHANT_CODE=
SUMUP_API_KEY=sup_sk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
SUMUP_AFFILIATE_KEY=sup_afk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
POS_DB_PATH=./data/pos.sqlite
LOG_LEVEL=info
""")

add("python/mailchimp-api-key", "newsletter/send_monthly.py", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """
# Newsletter ta' kull xahar: "Aħbarijiet mill-kuxxinett"
import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "@@secret@@",
    "server": "us21",
})

LIST_ID = "a3f91c07de"


def send(campaign_id: str) -> None:
    try:
        client.campaigns.send(campaign_id)
        print("Mibgħuta!", campaign_id)
    except ApiClientError as error:
        print("Żball:", error.text)


if __name__ == "__main__":
    import sys
    send(sys.argv[1])
""", mailchimp_key("us21"))

add("markdown/decoy-redacted", "docs/newsletter.md", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """
# In-newsletter (Mailchimp)

L-API key tinsab fil-Bitwarden tal-ġilda, taħt **Lace Guild / Mailchimp**. Qatt ma tikkopjaha hawn.

| Setting | Valur |
|---|---|
| Server prefix | `us21` |
| Audience (list) id | `a3f91c07de` |
| API key | `••••••••••••••••••••••••••••••••-us21` (ara Bitwarden) |
| Sender | `newsletter@laceguild.mt` |

## Kif tibgħat
1. Ħejji l-kampanja fil-Mailchimp UI.
2. `python newsletter/send_monthly.py <campaign_id>`
""")

add("yaml/sendgrid-api-key", "bizzilla-shop/deploy/values-prod.yaml", "https://docs.sendgrid.com/ui/account-and-settings/api-keys",
    """
# Helm values - bizzilla-shop (prod)
replicaCount: 2
image:
  repository: registry.digitalocean.com/bizzilla/shop
  tag: "2.14.1"
ingress:
  enabled: true
  hosts:
    - host: shop.bizzillagozo.com.mt
      paths: ["/"]
env:
  EMAIL_BACKEND: sendgrid_backend.SendgridBackend
  DEFAULT_FROM_EMAIL: ordnijiet@bizzillagozo.com.mt
  SENDGRID_API_KEY: "@@secret@@"
  SENDGRID_SANDBOX_MODE_IN_DEBUG: "false"
resources:
  limits:
    memory: 512Mi
""", sendgrid_key())

add("python/smtp-password", "bizzilla-shop/bizzilla/settings/prod.py", "https://docs.djangoproject.com/en/5.0/topics/email/#smtp-backend",
    """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.bizzillagozo.com.mt"]

# Email tal-ordnijiet - il-mailbox tal-Melita Business
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.melitabusiness.com.mt"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "ordnijiet@bizzillagozo.com.mt"
EMAIL_HOST_PASSWORD = "@@secret@@"
DEFAULT_FROM_EMAIL = "Bizzilla ta' Għawdex <ordnijiet@bizzillagozo.com.mt>"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", words_pw())

add("python/django-secret-key", "laceguild/laceguild/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["laceguild.mt", "www.laceguild.mt"]
LANGUAGE_CODE = "mt"
TIME_ZONE = "Europe/Malta"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "patterns",
    "membership",
]
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "laceguild/laceguild/settings_prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """
import os

from .settings import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "laceguild"),
        "USER": os.environ.get("PGUSER", "laceguild"),
        "PASSWORD": os.environ["PGPASSWORD"],
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}
EMAIL_HOST_PASSWORD = os.getenv("SMTP_PASSWORD", "")
""")

add("csv/decoy-ids", "exports/ordnijiet-2024-08.csv", "https://docs.stripe.com/reports/report-types",
    """
order_no,data,klijent,prodott,ammont_eur,stripe_payment_intent,stat
BZ-10231,2024-08-02,M. Camilleri,Mendil tal-bizzilla (30cm),85.00,pi_3PjK2mL8xQv0aB7c1Fz9WqRt,paid
BZ-10232,2024-08-03,J. Grech,Bookmark - Salib ta' Malta,24.00,pi_3PjQ7tL8xQv0aB7c0Hk2ZsPd,paid
BZ-10233,2024-08-05,A. Vella,Collar torchon,140.00,pi_3PkB1cL8xQv0aB7c1Lm4TyUe,refunded
BZ-10234,2024-08-09,R. Farrugia,Kit tal-bidu (kuxxinett + 12 ranti),65.00,pi_3PlX9aL8xQv0aB7c0Nb6VrQw,paid
BZ-10235,2024-08-14,S. Zammit,Doily ċirkulari,95.00,pi_3PmD4eL8xQv0aB7c1Pq8XsWa,paid
BZ-10236,2024-08-21,C. Borg,Bookmark - Salib ta' Malta,24.00,pi_3PnF6gL8xQv0aB7c0Rs1ZuYb,disputed
""")

add("json/paypal-client-secret", "bizzilla-shop/config/paypal.prod.json", "https://developer.paypal.com/api/rest/authentication/",
    """
{
  "environment": "live",
  "clientId": "@@cid@@",
  "clientSecret": "@@secret@@",
  "webhookId": "8PT597110X687430LKGECATA",
  "returnUrl": "https://shop.bizzillagozo.com.mt/paypal/lest",
  "cancelUrl": "https://shop.bizzillagozo.com.mt/paypal/ikkanċellat",
  "brandName": "Bizzilla ta' Ghawdex",
  "locale": "en-MT"
}
""", paypal_secret(), cid="A" + alnum(79, ALNUM + "-_"))

add("typescript/decoy-client-id", "shop-frontend/src/paypal.ts", "https://developer.paypal.com/sdk/js/configuration/",
    """
// PayPal JS SDK - il-client id huwa pubbliku (jidher fl-URL tal-iscript).
import { loadScript } from '@paypal/paypal-js';

export const PAYPAL_CLIENT_ID = '@@cid@@';

export async function renderButtons(container: string, orderId: () => Promise<string>) {
  const paypal = await loadScript({ clientId: PAYPAL_CLIENT_ID, currency: 'EUR', locale: 'en_MT' });
  if (!paypal?.Buttons) throw new Error('PayPal ma telgħax');
  await paypal.Buttons({
    createOrder: orderId,
    onApprove: async (data) => {
      await fetch(`/api/paypal/capture/${data.orderID}`, { method: 'POST' });
    },
  }).render(container);
}
""", cid="A" + alnum(79, ALNUM + "-_"))

add("ruby/square-access-token", "market_stall/lib/square_sync.rb", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
# Sinkronizzazzjoni tal-bejgħ mis-Square reader (stand fil-Belt, is-Sibt)
require 'square'

module MarketStall
  class SquareSync
    LOCATION_ID = 'L8Q2X4M7ZK9TR'.freeze

    def initialize
      @client = Square::Client.new(
        access_token: '@@secret@@',
        environment: 'production'
      )
    end

    def orders_since(time)
      @client.orders.search_orders(body: {
        location_ids: [LOCATION_ID],
        query: { filter: { date_time_filter: { created_at: { start_at: time.iso8601 } } } }
      })
    end
  end
end
""", square_token())

add("shell/ftp-password", "scripts/upload_catalogue.sh", "https://curl.se/docs/manpage.html#-u",
    """
#!/usr/bin/env bash
# Itella l-katalgu PDF fuq is-server tal-hosting (FTP tal-Melita)
set -euo pipefail

CATALOGUE="build/katalgu-bizzilla-$(date +%Y).pdf"
HOST="ftp.ranti.com.mt"

make -C catalogue pdf
curl --ssl-reqd -T "$CATALOGUE" \\
  -u "ranti_web:@@secret@@" \\
  "ftp://$HOST/public_html/katalgu/"
echo "Ittellgħet: $CATALOGUE"
""", words_pw())

add("notebook/decoy-hashes", "analysis/pattern_similarity.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Xebh bejn il-prickings (disinji tal-bizzilla)\\n", "Kull disinn skenjat għandu hash biex ma nirrepetux."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["salib-malti-01.png  @@h1@@\\n", "fjura-ghawdxija.png  @@h2@@\\n"]
    }
   ],
   "source": ["import hashlib, pathlib\\n", "for p in sorted(pathlib.Path('prickings').glob('*.png')):\\n", "    print(p.name, hashlib.sha256(p.read_bytes()).hexdigest())"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=sha256ish(), h2=sha256ish())

add("notebook/google-api-key", "analysis/visitors_map.ipynb", "https://developers.google.com/maps/documentation/geocoding/get-api-key",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Minn fejn ġejjin il-klijenti? (ordnijiet 2023-2024)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": ["import googlemaps\\n", "import pandas as pd\\n", "gmaps = googlemaps.Client(key='@@secret@@')\\n", "orders = pd.read_csv('../exports/ordnijiet-2024.csv')"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["orders['geo'] = orders['belt'].map(lambda b: gmaps.geocode(b + ', Malta')[0]['geometry']['location'])"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_key())

add("html/decoy-site-key", "laceguild/templates/membership/apply.html", "https://developers.google.com/recaptcha/docs/display",
    """
{% extends "base.html" %}
{% block content %}
<h1>Applika biex tissieħeb fil-Lace Guild</h1>
<form method="post" action="{% url 'membership:apply' %}">
  {% csrf_token %}
  {{ form.as_p }}
  <!-- reCAPTCHA v2: is-site key hija pubblika -->
  <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
  <button type="submit">Ibgħat</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
{% endblock %}
""", sk=alnum(37, ALNUM + "-_"))

add("python/recaptcha-secret", "laceguild/membership/captcha.py", "https://developers.google.com/recaptcha/docs/verify",
    """
import requests

# Il-"secret key" tar-reCAPTCHA (mhux is-site key!)
RECAPTCHA_SECRET = "@@secret@@"


def verify(token: str, remote_ip: str) -> bool:
    r = requests.post(
        "https://www.google.com/recaptcha/api/siteverify",
        data={"secret": RECAPTCHA_SECRET, "response": token, "remoteip": remote_ip},
        timeout=10,
    )
    return bool(r.json().get("success"))
""", "6Lc" + alnum(37, ALNUM + "-_"))

# ---------------------------------------------------------------------------------------------
# Boatyards: workshop machines, telemetry, weather and AIS feeds, the office network
# ---------------------------------------------------------------------------------------------

add("python/victron-vrm-token", "tarzna-telemetry/vrm_poll.py", "https://vrm-api-docs.victronenergy.com/#/operations/auth/login",
    """
\"\"\"Jiġbor il-livell tal-batteriji tal-luzzi fil-moll (Victron VRM) kull 15-il minuta.\"\"\"
import time

import requests

VRM_TOKEN = "@@secret@@"
INSTALLATIONS = {"Santa Rita": 184220, "Madonna tal-Porto": 184233, "Ġużeppi u Marija": 190117}


def battery_soc(site_id: int) -> float:
    r = requests.get(
        f"https://vrmapi.victronenergy.com/v2/installations/{site_id}/widgets/BatterySummary",
        headers={"X-Authorization": f"Token {VRM_TOKEN}"},
        timeout=20,
    )
    r.raise_for_status()
    return float(r.json()["records"]["data"]["51"]["valueFormattedWithUnit"].rstrip(" %"))


while True:
    for isem, site in INSTALLATIONS.items():
        print(f"{isem}: {battery_soc(site):.0f}%")
    time.sleep(900)
""", hexs(64))

add("yaml/marinetraffic-api-key", "tarzna-telemetry/config/ais.yaml", "https://servicedocs.marinetraffic.com/tag/Vessel-Positions",
    """
# AIS - il-pożizzjonijiet tal-luzzi li qegħdin jissewwew / jiġu kkunsinnati
marinetraffic:
  endpoint: https://services.marinetraffic.com/api/exportvessel/v:5
  api_key: @@secret@@
  protocol: jsono
  timespan_min: 20
fleet:
  - { name: "Santa Rita", mmsi: 248113600 }
  - { name: "Madonna tal-Porto", mmsi: 248226710 }
  - { name: "Ġużeppi u Marija", mmsi: 256004120 }
alerts:
  outside_bbox: [35.78, 14.18, 36.09, 14.59]
""", hexs(40))

add("python/decoy-env-reference", "tarzna-telemetry/weather.py", "https://openweathermap.org/api/one-call-3",
    """
\"\"\"Temp għat-tnedija: riħ u mewġ f'Marsaxlokk qabel ma nniżżlu luzzu mill-iżlittin.\"\"\"
import os

import requests

OWM_KEY = os.environ["OWM_API_KEY"]  # fil-Bitwarden: "Tarzna / OpenWeather"
MARSAXLOKK = (35.8419, 14.5431)


def forecast():
    lat, lon = MARSAXLOKK
    r = requests.get(
        "https://api.openweathermap.org/data/3.0/onecall",
        params={"lat": lat, "lon": lon, "appid": OWM_KEY, "units": "metric", "exclude": "minutely"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["hourly"][:24]


def safe_to_launch() -> bool:
    return all(h["wind_speed"] < 8 for h in forecast()[:6])
""")

add("shell/openweather-api-key", "tarzna-telemetry/bin/rih.sh", "https://openweathermap.org/current",
    """
#!/bin/sh
# Riħ issa f'Kalkara - jintuża mill-kron tal-għamara tal-bastimenti
# użu: ./rih.sh | tee -a /var/log/rih.log
set -eu
curl -s "https://api.openweathermap.org/data/2.5/weather?lat=35.888&lon=14.531&units=metric&appid=@@secret@@" \\
  | jq -r '"Riħ: \\(.wind.speed) m/s, direzzjoni \\(.wind.deg)°"'
""", hexs(32))

add("ini/device-password", "cnc/router/post/mach3-network.ini", "https://www.machsupport.com/",
    """
; CNC router - tarzna Kalkara (qtugħ tal-frames tal-luzzu)
[Machine]
Profile=Tarzna_CNC_2412
Units=mm
TableX=2400
TableY=1200

[Network]
; share fejn jinżlu l-files tal-G-code mill-uffiċċju
Share=\\\\NAS-TARZNA\\gcode
ShareUser=cnc
SharePassword=@@secret@@

[Spindle]
MaxRPM=24000
""", words_pw())

add("gcode/decoy-checksums", "cnc/jobs/frame-08-port.nc", "https://linuxcnc.org/docs/html/gcode.html",
    """
(Luzzu 7.3m - qafas 08, naħa tax-xellug / port)
(Materjal: iroko 40mm)
(Job ID: 6f1c2e9a-3b7d-4e21-9a0f-5c8b1d2e7f40)
(Source SHA256: @@h@@)
G21 G90 G17
G0 Z15.000
T1 M6 (6mm end mill)
S18000 M3
G0 X12.500 Y40.000
G1 Z-4.000 F600
G1 X212.500 Y48.300 F1800
G2 X240.000 Y75.800 I0.000 J27.500
G1 X240.000 Y320.000
G0 Z15.000
M5
M30
""", h=sha256ish())

add("yaml/nas-password", "ansible/host_vars/nas-tarzna.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/index.html",
    """
---
# Synology DS920+ fl-uffiċċju tat-tarzna (Kalkara)
ansible_host: 192.168.10.20
ansible_user: admin
ansible_password: "@@secret@@"
ansible_become: true
ansible_python_interpreter: /usr/bin/python3

nas_shares:
  - name: disinji
    path: /volume1/disinji
  - name: gcode
    path: /volume1/gcode
  - name: ritratti-luzzi
    path: /volume1/photo/luzzi
hyper_backup_target: b2
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(40))

add("yaml/cctv-password", "homeassistant/cameras.yaml", "https://www.home-assistant.io/integrations/generic/",
    """
# Kameras tas-CCTV fil-garaxx tal-luzzi (Hikvision) - Home Assistant
- platform: generic
  name: Żlittin
  still_image_url: http://192.168.10.64/ISAPI/Streaming/channels/101/picture
  stream_source: rtsp://admin:@@secret@@@192.168.10.64:554/Streaming/Channels/101
  verify_ssl: false
- platform: generic
  name: Bitħa
  still_image_url: http://192.168.10.65/ISAPI/Streaming/channels/101/picture
  stream_source: !secret cctv_bitha_rtsp
  verify_ssl: false
""", rand_pw(14))

add("yaml/decoy-secret-reference", "homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
homeassistant:
  name: Tarzna Kalkara
  latitude: !secret home_latitude
  longitude: !secret home_longitude
  unit_system: metric
  time_zone: Europe/Malta

http:
  use_x_forwarded_for: true
  trusted_proxies: 172.30.33.0/24

mqtt:
  broker: 192.168.10.5
  username: homeassistant
  password: !secret mqtt_password

camera: !include cameras.yaml
automation: !include automations.yaml
""")

add("yaml/mqtt-password", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
# Home Assistant secrets - tarzna
home_latitude: 35.8881
home_longitude: 14.5312
mqtt_password: "@@secret@@"
cctv_bitha_rtsp: rtsp://viewer:viewer@192.168.10.65:554/Streaming/Channels/102
""", rand_pw(22))

add("rsc/router-password", "network/mikrotik/tarzna-gw.rsc", "https://help.mikrotik.com/docs/display/ROS/PPPoE",
    """
# 2024-03-11 10:42:07 by RouterOS 7.13.5
# model = RB5009UG+S+
/interface pppoe-client
add add-default-route=yes disabled=no interface=ether1 name=pppoe-go \\
    password=@@secret@@ user=tarznakalkara@go.net.mt
/interface bridge
add admin-mac=48:A9:8A:1C:22:F0 auto-mac=no name=bridge-lan
/ip address
add address=192.168.10.1/24 interface=bridge-lan network=192.168.10.0
/system identity
set name=tarzna-gw
""", rand_pw(12))

add("conf/wifi-psk", "network/hostapd/hostapd-workshop.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf",
    """
# Wi-Fi tal-workshop (Raspberry Pi AP ħdejn il-CNC)
interface=wlan0
driver=nl80211
ssid=Tarzna-Workshop
hw_mode=g
channel=6
country_code=MT
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@secret@@
""", words_pw())

add("python/telegram-bot-token", "sajjieda-bot/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
\"\"\"Bot tat-Telegram għas-sajjieda: meta l-luzzu tiegħek ikun lest mit-tiswija.\"\"\"
from telegram.ext import Application, CommandHandler

TOKEN = "@@secret@@"


async def stat(update, context):
    reg = " ".join(context.args).upper()
    stat = context.bot_data.get("stat", {}).get(reg, "Għadu mhux irreġistrat")
    await update.message.reply_text(f"Luzzu {reg}: {stat}")


def main():
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("stat", stat))
    app.run_polling()


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("python/decoy-test-fixture", "sajjieda-bot/tests/test_bot.py", "https://docs.python-telegram-bot.org/en/stable/",
    """
import pytest

from bot import stat

FAKE_TOKEN = "123456:TEST-TOKEN-NOT-REAL"


class Msg:
    def __init__(self):
        self.replies = []

    async def reply_text(self, text):
        self.replies.append(text)


@pytest.mark.asyncio
async def test_stat_unknown_boat():
    msg = Msg()
    update = type("U", (), {"message": msg})()
    context = type("C", (), {"args": ["mfa", "1234"], "bot_data": {}})()
    await stat(update, context)
    assert msg.replies == ["Luzzu MFA 1234: Għadu mhux irreġistrat"]
""")

add("log/decoy-redacted", "logs/sajjieda-bot-2024-09-02.log", "https://docs.python.org/3/library/logging.html",
    """
2024-09-02 06:01:12,441 INFO  bot: starting, token=7311******:AA**************************
2024-09-02 06:01:12,902 INFO  telegram.ext.Application: Application started
2024-09-02 06:14:55,017 INFO  bot: /stat MFA 1234 from chat 55102931
2024-09-02 06:14:55,020 INFO  bot: reply "Luzzu MFA 1234: fil-baċir, pittura"
2024-09-02 07:40:03,115 WARNING telegram.ext.Updater: network error, retrying in 5s
2024-09-02 07:40:08,230 INFO  telegram.ext.Updater: reconnected
2024-09-02 09:22:41,608 INFO  bot: /stat MFA 0871 from chat 60044123
""")

add("markdown/device-password", "docs/runbooks/cnc-handover.md", "https://www.synology.com/en-global/knowledgebase/DSM/help",
    """
# Handover - CNC u NAS (għal Mario, Settembru 2024)

Ċaw Mario, hawn l-affarijiet li għandek bżonn waqt li jien Sqallija.

## CNC router
- Il-PC tal-CNC: `cnc-pc` (Windows 10), user `cnc`, l-istess password tan-NAS.
- Il-Mach3 profile: `Tarzna_CNC_2412` - tbiddilx is-soft limits.

## NAS (Synology)
- `https://192.168.10.20:5001`
- user: `admin`
- password: `@@secret@@`
- Il-backup (Hyper Backup għal B2) jibda 02:00 kuljum.

## Jekk jieqaf kollox
Ċempel lil Joe tal-IT: 7912 3456.
""", words_pw())

add("markdown/decoy-example", "docs/runbooks/new-laptop.md", "https://learn.microsoft.com/en-us/windows/",
    """
# Laptop ġdid għall-uffiċċju

1. Ikkonnettja mal-Wi-Fi `Tarzna-Office` (il-password fuq il-karta ġol-kexxun, mhux hawn).
2. Oħloq user lokali: `Tarzna\\isem.kunjom`, password temporanja bħal `Ezempju-Biss-123` u
   ibdilha fl-ewwel login (mill-inqas 12-il karattru).
3. Installa: Rhino 8, FreeCAD, LibreOffice, Bitwarden.
4. Immappja `\\\\NAS-TARZNA\\disinji` bħala `Z:` - uża l-credentials tiegħek mill-Bitwarden.
5. Ibgħat il-hostname lil Joe biex iżżidu fl-inventarju.
""")

add("csv/decoy-hull-ids", "registry/fleet-2024.csv", "https://www.transport.gov.mt/maritime",
    """
registration,name,type,length_m,built,builder,hull_id,engine_serial,owner
MFA 1234,Santa Rita,luzzu,7.3,1987,Kalkara,MT-KLK0731A787,4JH45-11823,F. Bonnici
MFA 0871,Madonna tal-Porto,luzzu,8.1,1992,Marsaxlokk,MT-MXK0412C292,4JH57-20671,G. Cutajar
MFA 2210,Ġużeppi u Marija,kajjik,5.2,2003,Kalkara,MT-KLK1198F303,2YM15-09920,S. Abela
MFA 3145,Sebħ il-Jum,luzzu,9.0,2024,Kalkara,MT-KLK2205B424,4JH80-30517,L. Azzopardi
MFA 0459,Il-Kbir,luzzu,7.9,1978,Birżebbuġa,MT-BRZ0045A878,6LY3-00821,M. Spiteri
""")

add("json/aws-access-key", "disinji-sync/config.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    """
{
  "bucket": "tarzna-kalkara-disinji",
  "region": "eu-south-1",
  "prefix": "luzzi/",
  "local_dir": "Z:\\\\disinji",
  "aws_access_key_id": "@@kid@@",
  "aws_secret_access_key": "@@secret@@",
  "exclude": ["*.tmp", "~$*", "Thumbs.db"],
  "schedule": "0 3 * * *"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-iam-arn", "infra/s3.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket",
    """
terraform {
  backend "s3" {
    bucket         = "tarzna-kalkara-tfstate"
    key            = "infra/terraform.tfstate"
    region         = "eu-south-1"
    dynamodb_table = "tarzna-tf-lock"
  }
}

resource "aws_s3_bucket" "disinji" {
  bucket = "tarzna-kalkara-disinji"
}

resource "aws_iam_user" "disinji_sync" {
  name = "disinji-sync"
}

data "aws_iam_policy_document" "sync" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.disinji.arn, "${aws_s3_bucket.disinji.arn}/*"]
  }
}

output "sync_user_arn" {
  value = aws_iam_user.disinji_sync.arn # arn:aws:iam::482913057716:user/disinji-sync
}
""")

add("shell/aws-secret-key", "scripts/restore-disinji.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    """
#!/bin/bash
# Restore tad-disinji mill-S3 fuq laptop ġdid (temporanju - ibdel għal profile!)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-south-1

DEST="${1:-$HOME/disinji}"
mkdir -p "$DEST"
aws s3 sync s3://tarzna-kalkara-disinji/luzzi/ "$DEST" --exclude "*.bak"
echo "Lest: $(find "$DEST" -type f | wc -l) files"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "office-pc/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
[default]
region = eu-south-1

[tarzna-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-south-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-profile", "office-pc/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
[default]
region = eu-south-1
output = json

[profile tarzna-admin]
sso_session = tarzna
sso_account_id = 482913057716
sso_role_name = AdministratorAccess
region = eu-south-1

[sso-session tarzna]
sso_start_url = https://d-93670c2a1e.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
""")

add("python/windy-api-key", "tarzna-telemetry/windy_forecast.py", "https://api.windy.com/point-forecast/docs",
    """
import requests

WINDY_KEY = "@@secret@@"


def waves(lat: float = 35.84, lon: float = 14.54) -> dict:
    body = {
        "lat": lat,
        "lon": lon,
        "model": "gfsWave",
        "parameters": ["waves", "windWaves", "swell1"],
        "levels": ["surface"],
        "key": WINDY_KEY,
    }
    r = requests.post("https://api.windy.com/api/point-forecast/v2", json=body, timeout=20)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(waves()["waves_height-surface"][:8])
""", alnum(32))

add("javascript/decoy-map-token", "tarzna-site/src/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/",
    """
// Mappa tal-portijiet fejn għandna luzzi (websajt pubblika)
import mapboxgl from 'mapbox-gl';

// Public token (pk.) - ristrett għal tarznakalkara.com.mt fl-account.
mapboxgl.accessToken = '@@pk@@';

export function showHarbours(el, harbours) {
  const map = new mapboxgl.Map({ container: el, style: 'mapbox://styles/mapbox/outdoors-v12', center: [14.53, 35.87], zoom: 10 });
  harbours.forEach((h) => new mapboxgl.Marker().setLngLat([h.lon, h.lat]).setPopup(new mapboxgl.Popup().setText(h.isem)).addTo(map));
  return map;
}
""", pk=mapbox_public())

add("env/mapbox-secret-token", "tarzna-site/.env.production", "https://docs.mapbox.com/api/accounts/tokens/",
    """
VITE_MAPBOX_PUBLIC_TOKEN=@@pk@@
# għall-upload tat-tilesets (script fis-server biss)
MAPBOX_UPLOAD_TOKEN=@@secret@@
VITE_SITE_URL=https://tarznakalkara.com.mt
VITE_DEFAULT_LANG=mt
""", mapbox_secret(), pk=mapbox_public())

# ---------------------------------------------------------------------------------------------
# CI, containers, Kubernetes, infrastructure
# ---------------------------------------------------------------------------------------------

add("github-actions/pypi-token", "lace-patterns/.github/workflows/release.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/",
    """
name: Release bizzilla-patterns
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
      # temporanju sakemm nissettjaw trusted publishing
      - run: python -m twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "lace-patterns/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
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

add("github-actions/decoy-trusted-publishing", "bobbin-calc/.github/workflows/publish.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/",
    """
name: Publish bobbin-calc
on:
  release:
    types: [published]
permissions:
  contents: read
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          attestations: true
""")

add("github-actions/github-token", "tarzna-site/.github/workflows/sync-gallery.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
name: Sync gallery (ritratti tal-luzzi)
on:
  schedule:
    - cron: "30 4 * * 1"
  workflow_dispatch:
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: tarzna-kalkara/gallery-private
          token: @@secret@@
          path: gallery
      - run: ./scripts/thumbs.sh gallery public/gallery
      - run: |
          git config user.name "tarzna-bot"
          git add public/gallery && git commit -m "gallery: sync" || true
          git push
""", fakes.github_token(_seed()))

add("dockerfile/github-fine-grained-token", "bobbin-calc/Dockerfile", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens",
    """
FROM python:3.12-slim
WORKDIR /app

# il-pakkett tal-prickings huwa privat fuq GitHub
ARG GH_PAT=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir "git+https://x-access-token:${GH_PAT}@github.com/ranti-lace/prickings.git@v0.9.2"

COPY . .
RUN pip install --no-cache-dir -e .
CMD ["python", "-m", "bobbin_calc.server"]
""", fakes.github_fine_grained_token(_seed()))

add("dockerfile/decoy-build-secret", "bizzilla-shop/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv/shop

COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pkgs.bizzillagozo.com.mt/simple" \\
    pip install --no-cache-dir -r requirements.txt

COPY . .
RUN python manage.py collectstatic --noinput
USER 1000
CMD ["gunicorn", "bizzilla.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
""")

add("compose/database-password", "tarzna-erp/docker-compose.yml", "https://hub.docker.com/_/postgres",
    """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: tarzna
      POSTGRES_USER: tarzna
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  odoo:
    image: odoo:17
    depends_on: [db]
    ports: ["8069:8069"]
    environment:
      HOST: db
      USER: tarzna
      PASSWORD: @@secret@@
    volumes:
      - ./addons:/mnt/extra-addons
volumes:
  pgdata:
""", words_pw())

add("ini/odoo-admin-password", "tarzna-erp/config/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#configuration-sample",
    """
[options]
; Odoo - tarzna Kalkara (kwotazzjonijiet, injam, ħinijiet tal-ħaddiema)
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
admin_passwd = @@secret@@
db_host = db
db_port = 5432
db_user = tarzna
db_password = False
dbfilter = ^tarzna$
list_db = False
proxy_mode = True
workers = 2
""", rand_pw(24))

add("compose/decoy-env-file", "laceguild/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
    """
services:
  web:
    build: .
    env_file: .env
    environment:
      DJANGO_SETTINGS_MODULE: laceguild.settings_prod
      PGHOST: db
      PGPASSWORD: ${PGPASSWORD:?set PGPASSWORD in .env}
    depends_on: [db]
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: laceguild
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

_PW = "Bz" + rand_pw(16) + "!"
add("k8s-secret/database-password", "bizzilla-shop/k8s/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: bizzilla-db
  namespace: shop
  labels:
    app: bizzilla-shop
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@enc@@
  DB_NAME: @@n@@
""", _PW, u=b64("bizzilla"), n=b64("bizzilla_prod"), enc=b64(_PW))

add("k8s-secret/decoy-sealed-secret", "bizzilla-shop/k8s/sealed-stripe.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: shop
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@e1@@
    STRIPE_WEBHOOK_SECRET: AgC@@e2@@
  template:
    metadata:
      name: stripe
      namespace: shop
    type: Opaque
""", e1=alnum(300, ALNUM + "+/"), e2=alnum(300, ALNUM + "+/"))

add("k8s/decoy-external-secret", "bizzilla-shop/k8s/external-secret-sendgrid.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: sendgrid
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: doppler-shop
    kind: ClusterSecretStore
  target:
    name: sendgrid
  data:
    - secretKey: SENDGRID_API_KEY
      remoteRef:
        key: SENDGRID_API_KEY
""")

add("k8s-secret/digitalocean-token", "bizzilla-shop/k8s/secret-registry.yaml", "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: do-token
  namespace: kube-system
type: Opaque
stringData:
  # jintuża minn cert-manager (DNS01) u external-dns
  access-token: "@@secret@@"
""", do_token())

add("terraform/digitalocean-token", "infra-do/providers.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs",
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

resource "digitalocean_kubernetes_cluster" "shop" {
  name    = "bizzilla-fra1"
  region  = "fra1"
  version = "1.30.4-do.0"
  node_pool {
    name       = "default"
    size       = "s-2vcpu-4gb"
    node_count = 2
  }
}
""", do_token())

add("terraform/decoy-variable", "infra-do/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """
variable "do_token" {
  description = "DigitalOcean API token (TF_VAR_do_token fis-CI)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Password tal-managed Postgres; ġġenerata minn random_password jekk vojta"
  type        = string
  default     = ""
  sensitive   = true
}

variable "region" {
  type    = string
  default = "fra1"
}
""")

add("terraform/database-password", "infra-do/terraform.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """
region      = "fra1"
db_password = "@@secret@@"
db_size     = "db-s-1vcpu-1gb"
shop_domain = "shop.bizzillagozo.com.mt"
alert_email = "ordnijiet@bizzillagozo.com.mt"
""", words_pw())

add("yaml/docker-hub-token", "tarzna-erp/.gitlab-ci.yml", "https://docs.docker.com/security/for-developers/access-tokens/",
    """
stages: [build, deploy]

variables:
  IMAGE: tarznakalkara/odoo-addons
  DOCKER_USER: tarznakalkara
  DOCKER_TOKEN: @@secret@@

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$DOCKER_TOKEN" | docker login -u "$DOCKER_USER" --password-stdin
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  script:
    - ssh deploy@erp.tarzna.local "cd /opt/erp && IMAGE_TAG=$CI_COMMIT_SHORT_SHA docker compose up -d"
  when: manual
""", docker_pat())

add("yaml/decoy-ci-variable", "lace-patterns/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/",
    """
stages: [test, publish]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

publish:
  stage: publish
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  variables:
    TWINE_USERNAME: __token__
    TWINE_PASSWORD: $PYPI_API_TOKEN  # masked + protected variable
  script:
    - pip install build twine
    - python -m build
    - twine upload dist/*
""")

add("shell/gitlab-token", "scripts/clone-all.sh", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """
#!/usr/bin/env bash
# Jikklonja r-repos kollha tal-grupp "tarzna" (għall-backup fuq in-NAS)
set -e
GITLAB_TOKEN="@@secret@@"
DEST=/volume1/backup/git
cd "$DEST"
for repo in $(curl -s --header "PRIVATE-TOKEN: $GITLAB_TOKEN" \\
    "https://gitlab.com/api/v4/groups/tarzna/projects?per_page=100" | jq -r '.[].path_with_namespace'); do
  name=$(basename "$repo")
  if [ -d "$name.git" ]; then
    git -C "$name.git" remote update
  else
    git clone --mirror "https://oauth2:${GITLAB_TOKEN}@gitlab.com/${repo}.git" "$name.git"
  fi
done
""", gitlab_token())

add("yaml/decoy-lockfile-integrity", "shop-frontend/pnpm-lock.yaml", "https://pnpm.io/git#lockfiles",
    """
lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:
  .:
    dependencies:
      '@paypal/paypal-js':
        specifier: ^8.1.0
        version: 8.1.0

packages:
  '@paypal/paypal-js@8.1.0':
    resolution: {integrity: sha512-@@i1@@==}

  promise-polyfill@8.3.0:
    resolution: {integrity: sha512-@@i2@@==}
""", i1=alnum(86, ALNUM + "+/"), i2=alnum(86, ALNUM + "+/"))

add("ini/npm-token", "shop-frontend/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
registry=https://registry.npmjs.org/
@ranti-lace:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("ini/decoy-npm-env", "lace-ui-kit/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
@ranti-lace:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
access=public
provenance=true
save-exact=true
""")

# ---------------------------------------------------------------------------------------------
# Many languages: the yard's and the workshops' own tools
# ---------------------------------------------------------------------------------------------

add("go/twilio-auth-token", "tarzna-sms/main.go", "https://www.twilio.com/docs/usage/api#authenticate-with-http",
    """
// tarzna-sms: jibgħat SMS lis-sajjieda meta l-luzzu jkun lest
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

const (
	accountSid = "@@sid@@"
	authToken  = "@@secret@@"
	fromNumber = "+35627781234"
)

func main() {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{Username: accountSid, Password: authToken})
	params := &openapi.CreateMessageParams{}
	params.SetTo(os.Args[1])
	params.SetFrom(fromNumber)
	params.SetBody(fmt.Sprintf("Il-luzzu %s lest mit-tarzna. Ċempel 2180 1234.", os.Args[2]))
	if _, err := client.Api.CreateMessage(params); err != nil {
		log.Fatal(err)
	}
}
""", twilio_token(), sid=twilio_sid())

add("go/decoy-env-reference", "tarzna-sms/config.go", "https://pkg.go.dev/os#Getenv",
    """
package main

import (
	"log"
	"os"
)

type Config struct {
	AccountSID string
	AuthToken  string
	From       string
}

func loadConfig() Config {
	c := Config{
		AccountSID: os.Getenv("TWILIO_ACCOUNT_SID"),
		AuthToken:  os.Getenv("TWILIO_AUTH_TOKEN"),
		From:       envOr("TARZNA_SMS_FROM", "+35627781234"),
	}
	if c.AuthToken == "" {
		log.Fatal("TWILIO_AUTH_TOKEN mhux issettjat")
	}
	return c
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
""")

add("java/database-password", "tarzna-inventory/src/main/java/mt/tarzna/inventory/Db.java", "https://jdbc.postgresql.org/documentation/use/",
    """
package mt.tarzna.inventory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Konnessjoni mad-database tal-inventarju tal-injam (iroko, żnuber, ballut). */
public final class Db {
    private static final String URL = "jdbc:postgresql://192.168.10.30:5432/injam";
    private static final String USER = "injam_app";
    private static final String PASSWORD = "@@secret@@";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", words_pw())

add("properties/database-password", "tarzna-inventory/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data",
    """
# Inventarju tal-injam - prod
server.port=8085
spring.datasource.url=jdbc:postgresql://192.168.10.30:5432/injam
spring.datasource.username=injam_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=uffiċċju@tarznakalkara.com.mt
spring.mail.password=${MAIL_PASSWORD}
management.endpoints.web.exposure.include=health,info
""", words_pw())

add("properties/decoy-placeholder", "tarzna-inventory/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
spring.application.name=tarzna-inventory
spring.profiles.active=${SPRING_PROFILES_ACTIVE:dev}
spring.datasource.url=jdbc:postgresql://localhost:5432/injam
spring.datasource.username=injam_app
spring.datasource.password=${DB_PASSWORD:changeme}
spring.jpa.open-in-view=false
logging.level.mt.tarzna=INFO
""")

add("kotlin/ldap-password", "tarzna-portal/src/main/kotlin/mt/tarzna/portal/LdapConfig.kt", "https://docs.spring.io/spring-ldap/reference/",
    """
package mt.tarzna.portal

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.ldap.core.support.LdapContextSource

@Configuration
class LdapConfig {
    // Is-Samba AD tal-uffiċċju - user tas-servizz għall-portal tal-ħaddiema
    @Bean
    fun contextSource() = LdapContextSource().apply {
        setUrl("ldaps://dc1.tarzna.local:636")
        setBase("DC=tarzna,DC=local")
        userDn = "CN=svc-portal,OU=Servizzi,DC=tarzna,DC=local"
        password = "@@secret@@"
        afterPropertiesSet()
    }
}
""", rand_pw(20, "!#%"))

add("csharp/smtp-password", "HinijietTalHaddiema/Services/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient",
    """
using System.Net;
using System.Net.Mail;

namespace HinijietTalHaddiema.Services
{
    // Jibgħat ir-rapport tal-ħinijiet (timesheets) lill-kontabilista kull nhar ta' Ġimgħa
    public class Mailer
    {
        private readonly SmtpClient _smtp = new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("hinijiet@tarznakalkara.com.mt", "@@secret@@"),
        };

        public void SendReport(string path)
        {
            using var msg = new MailMessage("hinijiet@tarznakalkara.com.mt", "kontijiet@cassar-accountants.com.mt")
            {
                Subject = "Ħinijiet tal-ġimgħa",
                Body = "Rapport mehmuż.",
            };
            msg.Attachments.Add(new Attachment(path));
            _smtp.Send(msg);
        }
    }
}
""", words_pw())

add("json/database-password", "HinijietTalHaddiema/appsettings.Production.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings",
    """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Hinijiet": "Server=tcp:sql01.tarzna.local,1433;Database=Hinijiet;User Id=hinijiet_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Report": { "Day": "Friday", "Hour": 16 },
  "AllowedHosts": "*"
}
""", rand_pw(18, "#$"))

add("json/decoy-user-secrets-id", "HinijietTalHaddiema/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
{
  "Logging": {
    "LogLevel": { "Default": "Debug" }
  },
  "ConnectionStrings": {
    "Hinijiet": "Server=(localdb)\\\\MSSQLLocalDB;Database=Hinijiet;Trusted_Connection=True"
  },
  "UserSecretsId": "@@u@@",
  "Report": { "Day": "Friday", "Hour": 16 }
}
""", u=uuid_s())

add("php/mailgun-api-key", "ranti-site/includes/mail.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
    """
<?php
// Formola ta' kuntatt - Ranti Lace Studio
require __DIR__ . '/../vendor/autoload.php';

use Mailgun\\Mailgun;

const MG_DOMAIN = 'mg.ranti.com.mt';

function ibghat_kuntatt(string $isem, string $email, string $messagg): bool
{
    $mg = Mailgun::create('@@secret@@', 'https://api.eu.mailgun.net');
    $mg->messages()->send(MG_DOMAIN, [
        'from'       => 'Ranti <noreply@ranti.com.mt>',
        'to'         => 'info@ranti.com.mt',
        'h:Reply-To' => $email,
        'subject'    => "Messaġġ minn $isem",
        'text'       => $messagg,
    ]);
    return true;
}
""", mailgun_key())

add("ruby/sendgrid-api-key", "guild_events/config/initializers/mail.rb", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/rubyonrails",
    """
# Lace Guild - stedini għall-lezzjonijiet tal-bizzilla
ActionMailer::Base.smtp_settings = {
  user_name: 'apikey',
  password: '@@secret@@',
  domain: 'laceguild.mt',
  address: 'smtp.sendgrid.net',
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
ActionMailer::Base.default_url_options = { host: 'events.laceguild.mt' }
""", sendgrid_key())

add("ruby/decoy-credentials-reference", "guild_events/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# Ħlasijiet tal-membri (Stripe) - il-keys jinsabu f'config/credentials.yml.enc
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = '2024-06-20'
""")

add("rust/victron-mqtt-password", "boat-monitor/src/config.rs", "https://github.com/victronenergy/dbus-flashmq",
    """
//! Monitor tal-ilma fil-bilġ (bilge) tal-luzzi fil-moll - MQTT mill-Cerbo GX
use rumqttc::MqttOptions;
use std::time::Duration;

pub const BROKER: &str = "mqtt.victronenergy.com";
pub const PORTAL_ID: &str = "c0619ab2f3e1";

pub fn mqtt_options() -> MqttOptions {
    let mut opts = MqttOptions::new("boat-monitor-kalkara", BROKER, 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("tarzna@tarznakalkara.com.mt", "@@secret@@");
    opts
}

pub const BILGE_ALARM_CM: f32 = 12.0;
""", words_pw())

add("swift/decoy-keychain", "LuzzuLog/LuzzuLog/Services/APIClient.swift", "https://developer.apple.com/documentation/security/keychain_services",
    """
import Foundation
import Security

/// Klijent tal-app "Luzzu Log" - it-token jinżamm fil-Keychain, mhux fil-kodiċi.
final class APIClient {
    static let baseURL = URL(string: "https://api.tarznakalkara.com.mt/v1")!
    private let service = "mt.tarzna.luzzulog"

    func token() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: "api-token",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("swift/sentry-auth-token", "LuzzuLog/LuzzuLog/Config/Secrets.swift", "https://docs.sentry.io/account/auth-tokens/",
    """
//  Secrets.swift - LuzzuLog
//  TODO: ċaqlaq lejn xcconfig qabel ir-release

enum Secrets {
    static let sentryDSN = "https://@@pub@@@o4507112233.ingest.de.sentry.io/4507112244"
    // għall-upload tad-dSYMs mill-build phase
    static let sentryAuthToken = "@@secret@@"
}
""", sentry_token(), pub=hexs(32))

add("typescript/anthropic-api-key", "lace-assistant/src/describe.ts", "https://docs.anthropic.com/en/api/getting-started",
    """
// Jikteb deskrizzjoni tal-prodott (EN + MT) mir-ritratt tal-bizzilla
import Anthropic from '@anthropic-ai/sdk';
import { readFileSync } from 'node:fs';

const client = new Anthropic({ apiKey: '@@secret@@' });

export async function describe(photoPath: string): Promise<string> {
  const image = readFileSync(photoPath).toString('base64');
  const msg = await client.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 600,
    messages: [{
      role: 'user',
      content: [
        { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: image } },
        { type: 'text', text: 'Ikteb deskrizzjoni qasira ta\\' din il-bizzilla għall-Etsy, bl-Ingliż u bil-Malti.' },
      ],
    }],
  });
  return msg.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
}
""", anthropic_key())

add("python/openai-api-key", "lace-assistant/translate_listings.py", "https://platform.openai.com/docs/quickstart",
    """
\"\"\"Jittraduċi d-deskrizzjonijiet tal-Etsy għall-Malti u t-Taljan.\"\"\"
import json

from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def translate(text: str, lang: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"Translate product copy for handmade Maltese lace into {lang}."},
            {"role": "user", "content": text},
        ],
    )
    return r.choices[0].message.content


listings = json.load(open("listings.json", encoding="utf-8"))
for item in listings:
    item["description_mt"] = translate(item["description"], "Maltese")
    item["description_it"] = translate(item["description"], "Italian")
json.dump(listings, open("listings.translated.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
""", fakes.openai_key(_seed()))

add("powershell/smb-password", "scripts/Map-Drives.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/new-psdrive",
    """
# Jimmappja d-drives tan-NAS fuq il-PCs tal-uffiċċju (login script)
$user = "TARZNA\\uffiċċju"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

New-PSDrive -Name "Z" -PSProvider FileSystem -Root "\\\\NAS-TARZNA\\disinji" -Credential $cred -Persist
New-PSDrive -Name "Y" -PSProvider FileSystem -Root "\\\\NAS-TARZNA\\kontijiet" -Credential $cred -Persist
Write-Host "Drives immappjati."
""", words_pw())

add("powershell/decoy-secret-management", "scripts/Backup-Quotes.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """
# Backup tal-kwotazzjonijiet (Excel) lejn in-NAS - il-password mill-SecretStore
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'NasTarzna' -Vault 'TarznaStore'
$src = "$env:USERPROFILE\\Documents\\Kwotazzjonijiet"
$dst = "\\\\NAS-TARZNA\\kontijiet\\kwotazzjonijiet\\$(Get-Date -Format yyyy-MM)"
New-PSDrive -Name Q -PSProvider FileSystem -Root (Split-Path $dst) -Credential $cred | Out-Null
robocopy $src $dst /MIR /R:2 /W:5 /NP
Remove-PSDrive Q
""")

# ---------------------------------------------------------------------------------------------
# Office tools, docs, handovers, data
# ---------------------------------------------------------------------------------------------

add("python/airtable-token", "lace-classes/bookings.py", "https://airtable.com/developers/web/guides/personal-access-tokens",
    """
\"\"\"Bookings tal-lezzjonijiet tal-bizzilla (Airtable base: "Lezzjonijiet 2024").\"\"\"
from pyairtable import Api

api = Api("@@secret@@")
table = api.table("appQ3mJx81LpT0c7v", "Bookings")


def pending():
    return table.all(formula="AND({Stat}='Pendenti', {Data} >= TODAY())")


def confirm(record_id: str):
    table.update(record_id, {"Stat": "Konfermat"})


if __name__ == "__main__":
    for rec in pending():
        f = rec["fields"]
        print(f.get("Isem"), f.get("Data"), f.get("Livell", "bidu"))
""", airtable_pat())

add("javascript/notion-token", "lace-classes/scripts/notion-export.mjs", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up",
    """
// Esporta l-prickings mid-database tan-Notion għal JSON (għall-websajt)
import { Client } from '@notionhq/client';
import { writeFile } from 'node:fs/promises';

const notion = new Client({ auth: '@@secret@@' });
const DB = '9f2c1ab4e7d84b0c8a3316e5c2d9f014';

const pages = [];
let cursor;
do {
  const res = await notion.databases.query({ database_id: DB, start_cursor: cursor });
  pages.push(...res.results);
  cursor = res.has_more ? res.next_cursor : undefined;
} while (cursor);

const out = pages.map((p) => ({
  isem: p.properties.Isem.title[0]?.plain_text,
  livell: p.properties.Livell.select?.name,
  ranti: p.properties.Ranti.number,
}));
await writeFile('prickings.json', JSON.stringify(out, null, 2));
console.log(`${out.length} disinji esportati`);
""", notion_token())

add("python/dropbox-token", "scripts/photos_to_dropbox.py", "https://developers.dropbox.com/oauth-guide",
    """
\"\"\"Itella r-ritratti tal-progress tal-bini tal-luzzu lill-klijent (Dropbox shared folder).\"\"\"
import pathlib
import sys

import dropbox

dbx = dropbox.Dropbox("@@secret@@")
DEST = "/Klijenti/Azzopardi - Sebħ il-Jum/ritratti"

for path in sorted(pathlib.Path(sys.argv[1]).glob("*.jpg")):
    with path.open("rb") as fh:
        dbx.files_upload(fh.read(), f"{DEST}/{path.name}", mode=dropbox.files.WriteMode.overwrite)
    print("ok", path.name)
""", dropbox_token())

add("yaml/slack-bot-token", "tarzna-bots/config/slack.yml", "https://api.slack.com/authentication/token-types#bot",
    """
# Notifiki tat-tarzna f'Slack (#bitħa, #ordnijiet-injam)
slack:
  bot_token: @@secret@@
  channels:
    yard: C05QJ8L2M9T
    timber_orders: C05QJ8R7K3W
  mention_on_alarm: U04T2MH7XQ1
alarms:
  bilge_cm: 12
  battery_soc_pct: 35
""", slack_bot())

add("python/slack-webhook", "tarzna-bots/timber_alert.py", "https://api.slack.com/messaging/webhooks",
    """
import requests

WEBHOOK = "@@secret@@"


def low_stock(species: str, m3: float) -> None:
    requests.post(WEBHOOK, json={
        "text": f":evergreen_tree: Injam baxx: *{species}* - fadal {m3:.2f} m³. Ordna mingħand Vassallo Timber.",
    }, timeout=10)


if __name__ == "__main__":
    low_stock("iroko", 0.8)
""", slack_webhook())

add("json/discord-webhook", "laceguild-discord/config.json", "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """
{
  "guild": "Lace Guild Malta",
  "announce": {
    "webhook_url": "@@secret@@",
    "username": "Kuxxinett",
    "avatar_url": "https://laceguild.mt/static/img/kuxxinett.png"
  },
  "events_feed": "https://laceguild.mt/events.ics",
  "post_days_before": 3
}
""", discord_webhook())

_FB = fb_token()
add("python/facebook-page-token", "social/post_new_piece.py", "https://developers.facebook.com/docs/pages-api/posts",
    """
\"\"\"Ittella biċċa bizzilla ġdida fuq il-paġna tal-Facebook tal-ħanut.\"\"\"
import sys

import requests

PAGE_ID = "104882935512377"
PAGE_TOKEN = (
    "@@p1@@"
    "@@p2@@"
)


def post_photo(path: str, caption: str) -> str:
    with open(path, "rb") as fh:
        r = requests.post(
            f"https://graph.facebook.com/v20.0/{PAGE_ID}/photos",
            data={"caption": caption, "access_token": PAGE_TOKEN},
            files={"source": fh},
            timeout=60,
        )
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    print(post_photo(sys.argv[1], " ".join(sys.argv[2:])))
""", _FB, p1=_FB[:96], p2=_FB[96:])

add("markdown/xero-client-secret", "docs/accounting-integration.md", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/",
    """
# Integrazzjoni mal-Xero (kontijiet)

Il-"custom connection" tal-Xero tagħmel sync tal-invoices mill-Odoo kull lejl.

## Setup (Ġunju 2024)
- App: **Tarzna ERP Sync** (custom connection, org: Tarzna Kalkara Ltd)
- Client ID: `@@cid@@`
- Client secret: `@@secret@@`
- Scopes: `accounting.transactions accounting.contacts`

## Meta jiskadi
Il-client secret ma jiskadix, imma jekk tiġġenera wieħed ġdid, ibdlu fl-Odoo
(Settings > Xero Sync) u f'din il-paġna.
""", alnum(48, ALNUM + "-_"), cid=hexs(32).upper())

add("markdown/decoy-placeholder", "docs/setup-dev.md", "https://docs.djangoproject.com/en/5.0/topics/settings/",
    """
# Setup lokali (bizzilla-shop)

```bash
python -m venv .venv && source .venv/bin/activate
pip install -r requirements-dev.txt
cp .env.example .env
```

Imla `.env` b'valuri tat-test:

```ini
STRIPE_SECRET_KEY=sk_test_...        # mill-Stripe dashboard (test mode)
STRIPE_WEBHOOK_SECRET=whsec_...      # `stripe listen` jagħtik wieħed
SENDGRID_API_KEY=SG.xxxxxxxx         # jew ħalliha vojta biex tuża console backend
DATABASE_URL=postgres://bizzilla:bizzilla@localhost:5432/bizzilla
```

Imbagħad `python manage.py migrate && python manage.py runserver`.
""")

add("sql/decoy-password-hashes", "laceguild/db/seed_members.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
    """
-- Membri tal-Lace Guild (staging seed) - il-passwords huma hashes tad-Django
INSERT INTO auth_user (id, username, email, password, is_staff, date_joined) VALUES
  (1, 'segretarja', 'segretarja@laceguild.mt', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@=', true, '2023-01-09'),
  (2, 'tezorier', 'flus@laceguild.mt', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@=', true, '2023-01-09'),
  (3, 'mcamilleri', 'm.camilleri@gmail.com', 'pbkdf2_sha256$720000$@@s3@@$@@h3@@=', false, '2023-03-14'),
  (4, 'jgrech', 'joanne.grech@yahoo.com', '!@@unusable@@', false, '2023-04-02');
SELECT setval('auth_user_id_seq', 4);
""", s1=alnum(22), h1=alnum(43, ALNUM + "+/"), s2=alnum(22), h2=alnum(43, ALNUM + "+/"),
    s3=alnum(22), h3=alnum(43, ALNUM + "+/"), unusable=alnum(40))

add("sql/database-password", "tarzna-erp/db/roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- Rwoli tad-database tal-ERP (tarzna)
CREATE ROLE injam_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE reporting LOGIN PASSWORD NULL;  -- jidħol b'cert biss
GRANT CONNECT ON DATABASE injam TO injam_app, reporting;
GRANT USAGE ON SCHEMA public TO injam_app, reporting;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO injam_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", words_pw())

add("sql/decoy-sample-data", "tarzna-erp/db/sample_timber.sql", "https://www.postgresql.org/docs/current/sql-insert.html",
    """
-- Data ta' eżempju: stokk tal-injam
INSERT INTO injam (kodiċi, speċi, oħxon_mm, volum_m3, fornitur, lot_uuid) VALUES
  ('IRK-40', 'iroko', 40, 2.35, 'Vassallo Timber', '@@u1@@'),
  ('ZNB-25', 'żnuber (pine)', 25, 4.10, 'Vassallo Timber', '@@u2@@'),
  ('BLT-60', 'ballut (oak)', 60, 0.85, 'Timber Imports Sicilia', '@@u3@@'),
  ('MOG-30', 'mogano', 30, 0.40, 'Timber Imports Sicilia', '@@u4@@');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("log/smtp-password", "logs/odoo-mail-2024-06-18.log", "https://www.odoo.com/documentation/17.0/applications/general/email_communication.html",
    """
2024-06-18 08:12:01,114 1 INFO tarzna odoo.addons.base.models.ir_mail_server: Testing SMTP connection to smtp.office365.com:587
2024-06-18 08:12:01,530 1 DEBUG tarzna odoo.addons.base.models.ir_mail_server: smtp_user=uffiċċju@tarznakalkara.com.mt smtp_pass=@@secret@@ encryption=starttls
2024-06-18 08:12:02,207 1 INFO tarzna odoo.addons.base.models.ir_mail_server: Connection Test Successful!
2024-06-18 08:15:44,802 1 INFO tarzna odoo.addons.mail.models.mail_mail: Mail with ID 4412 and Message-Id '<171868...@tarzna>' successfully sent
2024-06-18 08:15:45,019 1 INFO tarzna werkzeug: 192.168.10.41 - - "POST /web/dataset/call_kw/sale.order/action_quotation_send HTTP/1.1" 200 -
""", words_pw())

add("log/decoy-request-ids", "logs/shop-access-2024-08-14.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    """
185.23.114.7 - - [14/Aug/2024:10:02:11 +0200] "GET /en/shop/bookmark-salib HTTP/2.0" 200 18423 "-" "Mozilla/5.0" rid=@@r1@@
185.23.114.7 - - [14/Aug/2024:10:02:40 +0200] "POST /checkout/session/ HTTP/2.0" 200 96 "https://shop.bizzillagozo.com.mt/en/cart" "Mozilla/5.0" rid=@@r2@@
54.187.174.169 - - [14/Aug/2024:10:03:02 +0200] "POST /stripe/webhook/ HTTP/1.1" 200 0 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" rid=@@r3@@
66.249.66.12 - - [14/Aug/2024:10:05:19 +0200] "GET /mt/shop/doily-cirkulari HTTP/1.1" 200 17110 "-" "Googlebot/2.1" rid=@@r4@@
185.23.114.7 - - [14/Aug/2024:10:06:03 +0200] "GET /checkout/success?session_id=cs_live_a1Fz9WqRtPjK2mL8xQv0aB7c HTTP/2.0" 200 5210 "-" "Mozilla/5.0" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

_FZ = words_pw()
add("xml/ftp-password", "cnc/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager",
    """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.navalarch-sicilia.it</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>tarzna_kalkara</User>
            <Pass encoding="base64">@@enc@@</Pass>
            <Logontype>1</Logontype>
            <Name>Perit Navali - pjanti tal-luzzi</Name>
            <RemoteDir>1 0 6 pjanti</RemoteDir>
        </Server>
    </Servers>
</FileZilla3>
""", _FZ, enc=b64(_FZ))

# ---------------------------------------------------------------------------------------------
# Keys, backups, remote access, monitoring
# ---------------------------------------------------------------------------------------------

_KEY1 = openssh_key()
add("yaml/ssh-private-key", "ansible/group_vars/yard_pis/ssh.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/connection_details.html",
    """
---
# Il-Raspberry Pis fil-bitħa (sensuri tal-umdità tal-injam)
ansible_user: pi
ansible_ssh_private_key_file: ~/.ssh/yard_pis
yard_pis_deploy_key: |
  @@key@@
sensor_interval_s: 300
""", _KEY1, key=_KEY1.replace("\n", "\n  "))

add("pem/private-key", "tarzna-site/deploy/certs/tarznakalkara.key", "https://www.openssl.org/docs/man3.0/man1/openssl-genrsa.html",
    """
@@secret@@
""", fakes.fake_pem(_seed(), "RSA"))

add("pem/decoy-certificate", "tarzna-site/deploy/certs/tarznakalkara.crt", "https://www.openssl.org/docs/man3.0/man1/openssl-x509.html",
    """
# tarznakalkara.com.mt - Let's Encrypt R11, jiskadi 2024-12-02
@@c1@@
@@c2@@
""", c1=cert_pem(), c2=cert_pem())

add("text/decoy-public-keys", "ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """
# Ċwievet pubbliċi tal-ħaddiema li jistgħu jidħlu fuq il-Pis u n-NAS
@@k1@@ mario@tarzna-laptop
@@k2@@ joe@it-support
@@k3@@ ci@gitlab-runner
# neħħejna ċ-ċavetta ta' Pawlu (telaq 2024-05)
@@k4@@ backup@nas-tarzna
""", k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub(), k4=ssh_pub())

add("shell/ssh-private-key", "scripts/bootstrap-pi.sh", "https://man.openbsd.org/ssh-keygen.1",
    """
#!/bin/bash
# Bootstrap ta' Raspberry Pi ġdid fil-bitħa: jinstalla ċ-ċavetta tal-backup
set -e
mkdir -p /home/pi/.ssh && chmod 700 /home/pi/.ssh
cat > /home/pi/.ssh/id_backup <<'KEY'
@@secret@@
KEY
chmod 600 /home/pi/.ssh/id_backup
echo "nas-tarzna ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF3kq8mZ0x" >> /home/pi/.ssh/known_hosts
systemctl enable --now moisture-logger.service
""", openssh_key())

add("ini/backblaze-key", "nas/rclone/rclone.conf", "https://rclone.org/b2/",
    """
[b2-tarzna]
type = b2
account = @@kid@@
key = @@secret@@
hard_delete = false

[b2-tarzna-crypt]
type = crypt
remote = b2-tarzna:tarzna-nas-backup
filename_encryption = standard
password = @@obs@@
""", "K005" + alnum(27, ALNUM + "/+"), kid="005" + hexs(9) + "0000000003", obs=alnum(43, ALNUM + "-_"))

add("ini/decoy-rclone-env", "laptop/rclone/rclone.conf", "https://rclone.org/docs/#config-file",
    """
# Il-credentials jiġu mill-ambjent: RCLONE_CONFIG_GDRIVE_TOKEN, RCLONE_CONFIG_B2_KEY
[gdrive-lace]
type = drive
scope = drive.file
root_folder_id = 1bXq7Lm0PzR4tVy9WcN2kJ8sDfA3gH6eU

[b2]
type = b2
account = env:B2_ACCOUNT_ID
key = env:B2_APPLICATION_KEY
""")

add("yaml/tailscale-auth-key", "ansible/roles/tailscale/defaults/main.yml", "https://tailscale.com/kb/1085/auth-keys",
    """
---
tailscale_version: "1.72.1"
# reusable, pre-authorized, tag:yard (skadenza: 90 jum)
tailscale_authkey: "@@secret@@"
tailscale_args: "--ssh --advertise-tags=tag:yard --accept-dns=false"
tailscale_up_timeout: 60
""", "tskey-auth-k" + alnum(10) + "CNTRL-" + alnum(33))

add("yaml/cloudflare-api-token", "tarzna-site/deploy/caddy-cloudflare.yml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
    """
# Caddy b'DNS challenge tal-Cloudflare għal *.tarznakalkara.com.mt
services:
  caddy:
    image: ghcr.io/caddybuilds/caddy-cloudflare:2.8
    restart: unless-stopped
    ports: ["80:80", "443:443"]
    environment:
      CLOUDFLARE_API_TOKEN: @@secret@@
      ACME_EMAIL: it@tarznakalkara.com.mt
    volumes:
      - ./Caddyfile:/etc/caddy/Caddyfile
      - caddy_data:/data
volumes:
  caddy_data:
""", alnum(40, ALNUM + "-_"))

add("yaml/grafana-token", "monitoring/alloy/config.river.yaml", "https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/",
    """
# Grafana Cloud - temperaturi u umdità fil-maħżen tal-injam
remote_write:
  url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
  basic_auth:
    username: "1487223"
    password: "@@secret@@"
scrape_configs:
  - job_name: yard-pis
    static_configs:
      - targets: ["pi-mahzen:9100", "pi-zlittin:9100"]
""", "glc_" + alnum(100, ALNUM + "+/") + "==")

add("python/influxdb-token", "yard-sensors/logger.py", "https://docs.influxdata.com/influxdb/v2/admin/tokens/",
    """
\"\"\"Umdità tal-injam (moisture %) mill-pins fil-maħżen -> InfluxDB.\"\"\"
import time

import board
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

from sensors import read_moisture

client = InfluxDBClient(
    url="http://192.168.10.5:8086",
    token="@@secret@@",
    org="tarzna",
)
write = client.write_api(write_options=SYNCHRONOUS)

while True:
    for stack, pct in read_moisture(board).items():
        write.write("injam", record=Point("moisture").tag("stack", stack).field("pct", pct))
    time.sleep(300)
""", alnum(86, ALNUM + "-_") + "==")

add("conf/decoy-example-config", "yard-sensors/logger.example.toml", "https://docs.influxdata.com/influxdb/v2/admin/tokens/",
    """
# Ikkopja għal logger.toml. It-token tal-InfluxDB: Data > API Tokens (write-only, bucket "injam").
[influx]
url = "http://192.168.10.5:8086"
token = "<INFLUX_WRITE_TOKEN>"
org = "tarzna"
bucket = "injam"

[sensors]
interval_s = 300
stacks = ["iroko", "znuber", "ballut"]
""")

add("yaml/home-assistant-token", "yard-sensors/ha-notify.yaml", "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token",
    """
# Notifika lill-Home Assistant meta l-umdità taqbeż 20%
home_assistant:
  url: http://192.168.10.6:8123
  token: @@secret@@
  notify_service: notify.mobile_app_mario_pixel
thresholds:
  moisture_pct: 20
  temp_c: 38
""", jwt_like())

add("toml/ngrok-authtoken", "tarzna-erp/ngrok.yml", "https://ngrok.com/docs/agent/config/",
    """
version: "3"
agent:
  authtoken: @@secret@@
  region: eu
tunnels:
  odoo-demo:
    proto: http
    addr: 8069
    domain: tarzna-demo.eu.ngrok.app
    basic_auth:
      - "perit:demo-biss"
""", "2" + alnum(26) + "_" + alnum(21))

add("yaml/decoy-uptime-monitors", "monitoring/uptime-kuma/monitors.yaml", "https://github.com/louislam/uptime-kuma/wiki",
    """
# Monitors (esportati mill-Uptime Kuma, bla notifiki)
- name: Shop
  type: http
  url: https://shop.bizzillagozo.com.mt/health/
  interval: 60
  accepted_statuscodes: ["200"]
- name: Odoo
  type: http
  url: https://erp.tarzna.local/web/health
  interval: 120
  ignore_tls: true
- name: NAS
  type: ping
  hostname: 192.168.10.20
- name: CNC share
  type: port
  hostname: 192.168.10.20
  port: 445
""")

add("json/decoy-firebase-config", "luzzu-log-web/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys",
    """
{
  "apiKey": "@@k@@",
  "authDomain": "luzzu-log.firebaseapp.com",
  "projectId": "luzzu-log",
  "storageBucket": "luzzu-log.appspot.com",
  "messagingSenderId": "603118524471",
  "appId": "1:603118524471:web:@@app@@",
  "measurementId": "G-4QW7ZK2M1X"
}
""", k=google_key(), app=hexs(22))

_GCP = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n")
add("json/gcp-service-account", "luzzu-log-web/functions/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """
{
  "type": "service_account",
  "project_id": "luzzu-log",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "firebase-adminsdk-x3k1q@luzzu-log.iam.gserviceaccount.com",
  "client_id": "108842213387754920113",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x3k1q%40luzzu-log.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _GCP, kid=hexs(40))

# ---------------------------------------------------------------------------------------------
# Connection strings, dotfiles, shipping and payments
# ---------------------------------------------------------------------------------------------

add("env/redis-password", "ranti-api/.env.production", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/",
    """
APP_ENV=production
APP_URL=https://api.ranti.com.mt
DB_CONNECTION=mysql
DB_HOST=10.114.0.3
DB_DATABASE=ranti
DB_USERNAME=ranti
DB_PASSWORD=${RANTI_DB_PASSWORD}
CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
REDIS_URL=rediss://default:@@secret@@@ranti-cache-do-user-1488213-0.d.db.ondigitalocean.com:25061
MAIL_MAILER=log
""", fakes.redis_password(_seed()))

add("env/decoy-example-values", "ranti-api/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """
APP_NAME=RantiAPI
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=ranti
DB_USERNAME=root
DB_PASSWORD=
REDIS_HOST=127.0.0.1
REDIS_PASSWORD=null
REDIS_PORT=6379
STRIPE_KEY=pk_test_your_key_here
STRIPE_SECRET=sk_test_your_key_here
""")

add("env/laravel-app-key", "ranti-api/.env.staging", "https://laravel.com/docs/11.x/encryption#configuration",
    """
APP_NAME=RantiAPI
APP_ENV=staging
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://staging-api.ranti.com.mt
LOG_CHANNEL=stack
DB_CONNECTION=sqlite
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("python/mongodb-password", "luzzu-archive/archive/db.py", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """
\"\"\"Arkivju tal-luzzi mibnija mit-tarzna (1950 'il quddiem) - MongoDB Atlas.\"\"\"
from pymongo import MongoClient

URI = "mongodb+srv://arkivju:@@secret@@@luzzi-archive.x7kq2.mongodb.net/?retryWrites=true&w=majority&appName=luzzi"

client = MongoClient(URI)
db = client["arkivju"]
luzzi = db["luzzi"]


def by_builder(builder: str):
    return luzzi.find({"bennej": builder}).sort("sena", 1)


def add_boat(doc: dict) -> str:
    return str(luzzi.insert_one(doc).inserted_id)
""", rand_pw(16))

add("ini/mysql-password", "ranti-api/deploy/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html",
    """
[client]
user=ranti_backup
password="@@secret@@"
host=10.114.0.3
port=25060
ssl-mode=REQUIRED

[mysqldump]
single-transaction
quick
""", words_pw())

add("text/postgres-password", "tarzna-erp/deploy/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """
# hostname:port:database:username:password
192.168.10.30:5432:injam:injam_app:@@secret@@
192.168.10.30:5432:tarzna:tarzna:*
localhost:5432:*:postgres:postgres
# reporting jidħol b'cert
""", words_pw())

add("shell/github-token", "office-pc/setup-git.sh", "https://git-scm.com/docs/git-credential-store#_storage_format",
    """
#!/bin/sh
# Setup tal-git fuq il-PC tal-uffiċċju (Mario) - disinji u scripts tat-tarzna
git config --global user.name "Mario Tarzna"
git config --global user.email "mario@tarznakalkara.com.mt"
git config --global credential.helper store
printf 'https://mario-tarzna:%s@github.com\\n' '@@secret@@' > ~/.git-credentials
chmod 600 ~/.git-credentials
git clone https://github.com/tarzna-kalkara/disinji-scripts.git ~/disinji-scripts
""", fakes.github_token(_seed()))

add("text/netrc-password", "office-pc/.netrc", "https://everything.curl.dev/usingcurl/netrc.html",
    """
# curl/ftp - is-server tal-perit navali u l-hosting
machine ftp.navalarch-sicilia.it
  login tarzna_kalkara
  password @@secret@@
machine ftp.tarznakalkara.com.mt
  login web
  password @@secret@@
""", words_pw())

_RB = "gldt-" + alnum(20, ALNUM + "-_")
add("json/docker-registry-auth", "ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
""", _RB, auth=b64("tarzna-ci:" + _RB))

add("json/decoy-credential-helper", "office-pc/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "https://index.docker.io/v1/": {},
    "registry.digitalocean.com": {}
  },
  "credsStore": "desktop",
  "credHelpers": {
    "482913057716.dkr.ecr.eu-south-1.amazonaws.com": "ecr-login"
  },
  "currentContext": "desktop-linux"
}
""")

add("python/shippo-api-key", "bizzilla-shop/shipping/labels.py", "https://docs.goshippo.com/docs/guides_general/authentication/",
    """
\"\"\"Tikketti tal-ispedizzjoni għall-ordnijiet barra minn Malta (DHL/UPS via Shippo).\"\"\"
import shippo
from shippo.models import components

sdk = shippo.Shippo(api_key_header="ShippoToken @@secret@@")

FROM = components.AddressCreateRequest(
    name="Bizzilla ta' Ghawdex", street1="Triq il-Bizzilla 12", city="Rabat", state="Gozo",
    zip="VCT 1000", country="MT", phone="+35621551234", email="ordnijiet@bizzillagozo.com.mt",
)


def label_for(order) -> str:
    shipment = sdk.shipments.create(components.ShipmentCreateRequest(
        address_from=FROM, address_to=order.shippo_address(), parcels=[order.parcel()], async_=False,
    ))
    rate = min(shipment.rates, key=lambda r: float(r.amount))
    tx = sdk.transactions.create(components.TransactionCreateRequest(rate=rate.object_id, label_file_type="PDF"))
    return tx.label_url
""", "shippo_live_" + hexs(40))

add("php/viva-wallet-secret", "ranti-api/config/services.php", "https://developer.viva.com/getting-started/find-your-account-credentials/client-smart-checkout-credentials/",
    """
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => 'api.eu.mailgun.net',
    ],

    // Viva Wallet - Smart Checkout (il-ħanut fiżiku ta' Rabat ukoll)
    'viva' => [
        'client_id' => '@@cid@@.apps.vivapayments.com',
        'client_secret' => '@@secret@@',
        'source_code' => '4821',
        'environment' => 'production',
    ],
];
""", alnum(30), cid=alnum(30, string.ascii_lowercase + string.digits))

add("python/stripe-restricted-key", "bizzilla-shop/reports/monthly_payouts.py", "https://docs.stripe.com/keys#create-restricted-api-secret-key",
    """
\"\"\"Rapport tax-xahar tal-payouts għall-kontabilista (restricted key: read-only payouts).\"\"\"
import csv
import datetime as dt

import stripe

stripe.api_key = "@@secret@@"

start = dt.datetime(dt.date.today().year, dt.date.today().month, 1) - dt.timedelta(days=1)
start = start.replace(day=1)
with open(f"payouts-{start:%Y-%m}.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "data", "ammont_eur", "stat"])
    for p in stripe.Payout.list(created={"gte": int(start.timestamp())}).auto_paging_iter():
        w.writerow([p.id, dt.date.fromtimestamp(p.arrival_date), p.amount / 100, p.status])
""", stripe_key("rk_live_"))

add("yaml/stripe-secret-key", "guild_events/config/credentials/production.yml.bak", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# backup tal-credentials deċifrati (MA JIDĦOLX FIL-GIT!)
secret_key_base: @@skb@@
stripe:
  publishable_key: @@pk@@
  secret_key: @@secret@@
smtp:
  user_name: apikey
""", stripe_key(), pk=stripe_key("pk_live_"), skb=hexs(128))

add("yaml/decoy-sops-encrypted", "bizzilla-shop/deploy/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
    """
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
sendgrid_api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-08-02T09:14:22Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.9.0
""", d1=alnum(140, ALNUM + "+/"), iv1=alnum(43, ALNUM + "+/") + "=", t1=alnum(22, ALNUM + "+/") + "==",
    d2=alnum(92, ALNUM + "+/"), iv2=alnum(43, ALNUM + "+/") + "=", t2=alnum(22, ALNUM + "+/") + "==",
    age=alnum(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=alnum(64, ALNUM + "+/"), a2=alnum(44, ALNUM + "+/"),
    mac=alnum(88, ALNUM + "+/"), iv3=alnum(43, ALNUM + "+/") + "=", t3=alnum(22, ALNUM + "+/") + "==")

add("env/decoy-storefront-token", "shop-frontend/.env.production", "https://shopify.dev/docs/api/storefront#authentication",
    """
# Storefront API (headless) - il-public access token huwa maħsub għall-browser
PUBLIC_STORE_DOMAIN=ranti-lace-gozo.myshopify.com
PUBLIC_STOREFRONT_API_TOKEN=@@t@@
PUBLIC_STOREFRONT_API_VERSION=2024-07
PUBLIC_POSTHOG_KEY=phc_@@ph@@
PUBLIC_SENTRY_DSN=https://@@dsn@@@o4507112233.ingest.de.sentry.io/4507112290
""", t=hexs(32), ph=alnum(43), dsn=hexs(32))

add("text/decoy-aws-example", "docs/aws-cli-notes.txt", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html",
    """
Noti: AWS CLI fuq laptop ġdid
=============================
1. aws configure --profile tarzna-backup
2. Id-dokumentazzjoni tal-AWS turi eżempju bħal dan (MHUX il-keys tagħna):
     AWS Access Key ID:     AKIAIOSFODNN7EXAMPLE
     AWS Secret Access Key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
3. Il-keys veri: Bitwarden > "Tarzna / AWS backup user".
4. Ittestja: aws s3 ls s3://tarzna-kalkara-disinji --profile tarzna-backup
""")

add("text/decoy-checksums", "releases/bobbin-calc-1.4.0/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html",
    """
@@h1@@  bobbin_calc-1.4.0-py3-none-any.whl
@@h2@@  bobbin_calc-1.4.0.tar.gz
@@h3@@  bobbin-calc-1.4.0-windows-x64.zip
@@h4@@  bobbin-calc-1.4.0-macos-universal.dmg
@@h5@@  prickings-pack-2024.zip
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish())

add("text/decoy-lfs-pointer", "disinji/luzzu-7.3m/hull-lines.3dm", "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md",
    """
version https://git-lfs.github.com/spec/v1
oid sha256:@@h@@
size 48211907
x-tarzna-note: Rhino 8 model, linji tal-buq
x-tarzna-author: perit
""", h=sha256ish())

# ---------------------------------------------------------------------------------------------
# More of the workshops' tools and notes
# ---------------------------------------------------------------------------------------------

add("kotlin/printful-api-token", "bizzilla-android/app/src/main/java/mt/bizzilla/app/net/ApiModule.kt", "https://square.github.io/retrofit/",
    """
package mt.bizzilla.app.net

import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiModule {
    // Printful - stampar tal-posters tad-disinji tal-bizzilla (print-on-demand)
    private const val PRINTFUL_TOKEN = "@@secret@@"

    private val client = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("Authorization", "Bearer $PRINTFUL_TOKEN")
                    .header("X-PF-Store-Id", "13488201")
                    .build()
            )
        }
        .build()

    val printful: PrintfulApi = Retrofit.Builder()
        .baseUrl("https://api.printful.com/")
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(PrintfulApi::class.java)
}
""", alnum(40))

add("xml/decoy-resource-ids", "bizzilla-android/app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource",
    """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Bizzilla</string>
    <string name="welcome">Merħba fil-ħanut tal-bizzilla</string>
    <string name="google_maps_key_name">com.google.android.geo.API_KEY</string>
    <string name="default_web_client_id">603118524471-@@cid@@.apps.googleusercontent.com</string>
    <string name="gcm_defaultSenderId">603118524471</string>
    <string name="project_id">luzzu-log</string>
    <string name="checkout_button">Ħallas issa</string>
</resources>
""", cid=alnum(32, string.ascii_lowercase + string.digits))

add("json/google-oauth-client-secret", "luzzu-log-web/functions/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred",
    """
{
  "web": {
    "client_id": "603118524471-@@cid@@.apps.googleusercontent.com",
    "project_id": "luzzu-log",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://luzzu-log.web.app/__/auth/handler"]
  }
}
""", "GOCSPX-" + alnum(28, ALNUM + "-_"), cid=alnum(32, string.ascii_lowercase + string.digits))

add("plist/decoy-google-service-info", "LuzzuLog/LuzzuLog/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/learn-more#config-files-objects",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>603118524471</string>
	<key>BUNDLE_ID</key>
	<string>mt.tarzna.luzzulog</string>
	<key>PROJECT_ID</key>
	<string>luzzu-log</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:603118524471:ios:@@app@@</string>
</dict>
</plist>
""", k=google_key(), app=hexs(22))

add("plist/openweather-api-key", "LuzzuLog/LuzzuLog/Secrets.plist", "https://openweathermap.org/appid",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>OpenWeatherAppID</key>
	<string>@@secret@@</string>
	<key>BackendBaseURL</key>
	<string>https://api.tarznakalkara.com.mt/v1</string>
</dict>
</plist>
""", hexs(32))

add("markdown/telegram-bot-token", "sajjieda-bot/HANDOVER.md", "https://core.telegram.org/bots/features#botfather",
    """
# Bot tas-sajjieda - handover

Il-bot (`@TarznaKalkaraBot`) jaħdem fuq il-Pi tal-uffiċċju bħala servizz systemd.

- Kodiċi: `~/sajjieda-bot` (dan ir-repo)
- Servizz: `sudo systemctl status sajjieda-bot`
- Token (BotFather): `@@secret@@`
- Admin chat: il-grupp "Tarzna - Uffiċċju"

Jekk it-token jinqabad, ikteb `/revoke` lil BotFather u ibdlu f'`/etc/sajjieda-bot.env`.
""", fakes.telegram_token(_seed()))

add("ini/telegram-bot-token", "sajjieda-bot/deploy/sajjieda-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
    """
[Unit]
Description=Bot tat-Telegram tas-sajjieda (tarzna)
After=network-online.target

[Service]
User=pi
WorkingDirectory=/home/pi/sajjieda-bot
Environment="BOT_TOKEN=@@secret@@"
Environment="ADMIN_CHAT=-1002149318822"
ExecStart=/home/pi/sajjieda-bot/.venv/bin/python bot.py
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", fakes.telegram_token(_seed()))

add("ini/decoy-systemd-env-file", "tarzna-telemetry/deploy/vrm-poll.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=",
    """
[Unit]
Description=Victron VRM poller (batteriji tal-luzzi)
After=network-online.target

[Service]
User=telemetry
EnvironmentFile=/etc/tarzna/vrm.env
LoadCredential=vrm_token:/etc/credstore/vrm_token
ExecStart=/opt/tarzna-telemetry/.venv/bin/python vrm_poll.py
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("shell/database-password", "ops/crontab.nas", "https://man7.org/linux/man-pages/man5/crontab.5.html",
    """
# m h  dom mon dow   command
# backup tad-database tal-ERP lejn in-NAS kull lejl
15 1 * * * PGPASSWORD='@@secret@@' pg_dump -h 192.168.10.30 -U tarzna tarzna | gzip > /volume1/backup/erp/tarzna-$(date +\\%F).sql.gz
# ħassar backups eqdem minn 30 jum
45 1 * * * find /volume1/backup/erp -name '*.sql.gz' -mtime +30 -delete
0 6 * * 1 /volume1/scripts/report-disk.sh
""", words_pw())

add("makefile/ftp-password", "tarzna-site/Makefile", "https://www.gnu.org/software/make/manual/make.html#Variables",
    """
SITE_DIR := dist
FTP_HOST := ftp.tarznakalkara.com.mt
FTP_USER := web
FTP_PASS := @@secret@@

.PHONY: build deploy clean

build:
	npm run build

deploy: build
	lftp -u $(FTP_USER),$(FTP_PASS) -e "mirror -R --delete $(SITE_DIR) /public_html; quit" $(FTP_HOST)

clean:
	rm -rf $(SITE_DIR)
""", words_pw())

add("groovy/decoy-credentials-binding", "tarzna-inventory/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/",
    """
pipeline {
    agent any
    environment {
        DB = credentials('injam-db')          // username:password
        REGISTRY_TOKEN = credentials('gitlab-registry-token')
    }
    stages {
        stage('Build') {
            steps { sh './mvnw -B -q package' }
        }
        stage('Image') {
            steps {
                sh 'echo "$REGISTRY_TOKEN" | docker login registry.gitlab.com -u tarzna-ci --password-stdin'
                sh 'docker build -t registry.gitlab.com/tarzna/inventory:$BUILD_NUMBER .'
                sh 'docker push registry.gitlab.com/tarzna/inventory:$BUILD_NUMBER'
            }
        }
    }
}
""")

add("groovy/database-password", "tarzna-inventory/Jenkinsfile.migrate", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    """
pipeline {
    agent { label 'nas-runner' }
    stages {
        stage('Flyway') {
            steps {
                // TODO: ċaqlaq għal credentials('injam-db')
                sh '''
                  flyway -url=jdbc:postgresql://192.168.10.30:5432/injam \\
                         -user=injam_owner -password=@@secret@@ \\
                         -locations=filesystem:db/migration migrate
                '''
            }
        }
    }
}
""", words_pw())

add("yaml/decoy-k8s-secret-refs", "bizzilla-shop/k8s/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: bizzilla-shop
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: bizzilla-shop }
  template:
    metadata:
      labels: { app: bizzilla-shop }
    spec:
      imagePullSecrets: [{ name: do-registry }]
      containers:
        - name: web
          image: registry.digitalocean.com/bizzilla/shop@sha256:@@dig@@
          envFrom:
            - secretRef: { name: bizzilla-db }
            - secretRef: { name: stripe }
          env:
            - name: SENDGRID_API_KEY
              valueFrom:
                secretKeyRef: { name: sendgrid, key: SENDGRID_API_KEY }
          ports: [{ containerPort: 8000 }]
""", dig=sha256ish())

_SK = stripe_key()
add("k8s-secret/stripe-secret-key", "bizzilla-shop/k8s/secret-stripe.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: shop
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_WEBHOOK_SECRET: @@wenc@@
""", _SK, enc=b64(_SK), wenc=b64(stripe_whsec()))

add("helm/decoy-values-template", "bizzilla-shop/deploy/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """
# Default values - il-valuri tal-prod jinsabu fis-SealedSecrets, mhux hawn
replicaCount: 1
image:
  repository: registry.digitalocean.com/bizzilla/shop
  tag: ""
env:
  EMAIL_BACKEND: django.core.mail.backends.console.EmailBackend
  DEFAULT_FROM_EMAIL: ordnijiet@bizzillagozo.com.mt
  SENDGRID_API_KEY: ""
existingSecret: stripe
ingress:
  enabled: false
""")

# ---------------------------------------------------------------------------------------------
# Further secrets in the forms people write them
# ---------------------------------------------------------------------------------------------

add("notebook/database-password", "analysis/timber_costs.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Spejjeż tal-injam għal kull luzzu (2019-2024)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": ["import pandas as pd\\n", "from sqlalchemy import create_engine\\n", "eng = create_engine('postgresql+psycopg://injam_app:@@secret@@@192.168.10.30:5432/injam')\\n", "df = pd.read_sql('select * from ħlasijiet_injam', eng)"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('luzzu')['ammont_eur'].sum().sort_values(ascending=False).head(10)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("csv/device-password", "inventory/network-devices.csv", "https://www.hikvision.com/en/support/",
    """
hostname,ip,model,location,admin_user,admin_password,notes
tarzna-gw,192.168.10.1,MikroTik RB5009,uffiċċju,admin,ara Bitwarden,
nvr-bitha,192.168.10.60,Hikvision DS-7608NI,garaxx,admin,@@secret@@,jirrekordja 30 jum
cam-zlittin,192.168.10.64,Hikvision DS-2CD2143,żlittin,,,(mill-NVR)
cam-bitha,192.168.10.65,Hikvision DS-2CD2143,bitħa,,,(mill-NVR)
nas-tarzna,192.168.10.20,Synology DS920+,uffiċċju,admin,ara Bitwarden,
ap-workshop,192.168.10.8,Raspberry Pi 4 (hostapd),workshop,pi,ara Bitwarden,
""", words_pw())

add("python/brevo-api-key", "laceguild/membership/mailing.py", "https://developers.brevo.com/docs/getting-started",
    """
\"\"\"Lista tal-membri tal-Lace Guild -> Brevo (kuntatti u tfakkiriet tal-abbonament).\"\"\"
import brevo_python
from brevo_python.rest import ApiException

configuration = brevo_python.Configuration()
configuration.api_key["api-key"] = "@@secret@@"
contacts = brevo_python.ContactsApi(brevo_python.ApiClient(configuration))
LIST_MEMBRI = 7


def sync_member(member) -> None:
    body = brevo_python.CreateContact(
        email=member.email,
        attributes={"ISEM": member.first_name, "KUNJOM": member.last_name, "SKADENZA": member.expires.isoformat()},
        list_ids=[LIST_MEMBRI],
        update_enabled=True,
    )
    try:
        contacts.create_contact(body)
    except ApiException as exc:
        print("Brevo:", exc.status, member.email)
""", "xkeysib-" + hexs(64) + "-" + alnum(16))

add("env/cloudinary-api-secret", "ranti-api/.env.local", "https://cloudinary.com/documentation/how_to_integrate_cloudinary#set_up_your_environment",
    """
APP_ENV=local
APP_DEBUG=true
DB_CONNECTION=sqlite
# ritratti tal-prodotti (bizzilla) - l-istess account tal-prod
CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@ranti-lace
CLOUDINARY_UPLOAD_PRESET=ranti_products
""", alnum(27, ALNUM + "-_"), key=str(random.Random(_seed()).randint(10**14, 10**15)))

add("python/wise-api-token", "tarzna-erp/addons/tarzna_payments/wise.py", "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens",
    """
# Ħlasijiet lill-fornituri barranin (injam minn Sqallija) permezz ta' Wise
import requests

WISE_API = "https://api.wise.com"
WISE_TOKEN = "@@secret@@"
PROFILE_ID = 21938471


def _h():
    return {"Authorization": f"Bearer {WISE_TOKEN}", "Content-Type": "application/json"}


def quote_eur_to_eur(amount: float) -> dict:
    r = requests.post(f"{WISE_API}/v3/profiles/{PROFILE_ID}/quotes", headers=_h(), json={
        "sourceCurrency": "EUR", "targetCurrency": "EUR", "sourceAmount": amount,
    }, timeout=30)
    r.raise_for_status()
    return r.json()
""", uuid_s())

add("ruby/postmark-server-token", "guild_events/config/environments/production.rb", "https://postmarkapp.com/developer/user-guide/send-email-with-api#authentication",
    """
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.log_level = :info

  # Emails tal-avvenimenti (wirjiet tal-bizzilla, lezzjonijiet)
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "events.laceguild.mt", protocol: "https" }

  config.i18n.fallbacks = [:en]
  config.active_record.dump_schema_after_migration = false
end
""", uuid_s())

add("python/ldap-password", "tarzna-portal/scripts/sync_staff.py", "https://ldap3.readthedocs.io/en/latest/connection.html",
    """
\"\"\"Jaqra l-ħaddiema mill-AD (Samba) u jaġġorna l-Odoo.\"\"\"
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc1.tarzna.local", get_info=ALL)
conn = Connection(
    server,
    user="CN=svc-sync,OU=Servizzi,DC=tarzna,DC=local",
    password="@@secret@@",
    auto_bind=True,
)
conn.search("OU=Ħaddiema,DC=tarzna,DC=local", "(objectClass=user)", attributes=["sAMAccountName", "mail", "title"])
for entry in conn.entries:
    print(entry.sAMAccountName, entry.mail, entry.title)
""", rand_pw(16, "!@#"))

add("python/rabbitmq-password", "tarzna-erp/worker/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url",
    """
# Celery - xogħol fl-isfond (PDFs tal-kwotazzjonijiet, sync mal-Xero)
broker_url = "amqp://tarzna:@@secret@@@192.168.10.5:5672/erp"
result_backend = "redis://192.168.10.5:6379/3"
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Malta"
beat_schedule = {
    "xero-sync": {"task": "worker.tasks.xero_sync", "schedule": 3600.0},
}
""", rand_pw(20))

add("php/hcaptcha-secret", "ranti-site/includes/captcha.php", "https://docs.hcaptcha.com/#verify-the-user-response-server-side",
    """
<?php
// hCaptcha fuq il-formola tal-kuntatt
const HCAPTCHA_SITEKEY = '@@site@@';
const HCAPTCHA_SECRET = '@@secret@@';

function captcha_ok(string $response): bool
{
    $ch = curl_init('https://api.hcaptcha.com/siteverify');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => http_build_query(['secret' => HCAPTCHA_SECRET, 'response' => $response]),
        CURLOPT_RETURNTRANSFER => true,
    ]);
    $out = json_decode(curl_exec($ch), true);
    curl_close($ch);
    return !empty($out['success']);
}
""", hcaptcha_secret(), site=uuid_s())

add("php/database-password", "ranti-site/includes/db.php", "https://www.php.net/manual/en/pdo.construct.php",
    """
<?php
// Konnessjoni mad-database tal-ħanut (MySQL tal-hosting)
function db(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO(
            'mysql:host=localhost;dbname=ranti_shop;charset=utf8mb4',
            'ranti_shop',
            '@@secret@@',
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
        );
    }
    return $pdo;
}
""", words_pw())

add("csharp/azure-storage-key", "HinijietTalHaddiema/Services/PayslipStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """
using Azure.Storage.Blobs;

namespace HinijietTalHaddiema.Services
{
    // Payslips (PDF) għall-ħaddiema - Azure Blob Storage
    public class PayslipStore
    {
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=tarznapayslips;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        private readonly BlobContainerClient _container =
            new BlobContainerClient(ConnectionString, "payslips");

        public async Task UploadAsync(string employeeId, string month, Stream pdf)
        {
            await _container.UploadBlobAsync($"{employeeId}/{month}.pdf", pdf);
        }
    }
}
""", base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("go/redis-password", "tarzna-sms/queue.go", "https://redis.uptrace.dev/guide/go-redis.html#connecting-to-redis-server",
    """
package main

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Il-kju tal-SMS (jintela mill-ERP, jinqara minn hawn)
var rdb = redis.NewClient(&redis.Options{
	Addr:     "192.168.10.5:6379",
	Password: "@@secret@@",
	DB:       2,
})

func nextMessage(ctx context.Context) (string, error) {
	res, err := rdb.BLPop(ctx, 0, "sms:outbox").Result()
	if err != nil {
		return "", err
	}
	return res[1], nil
}
""", fakes.redis_password(_seed()))

add("rust/database-password", "boat-monitor/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgConnectOptions.html",
    """
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;

/// Il-qari tal-bilġ jinħażen fl-istess Postgres tal-ERP
pub async fn pool() -> sqlx::Result<PgPool> {
    let opts = PgConnectOptions::new()
        .host("192.168.10.30")
        .port(5432)
        .username("boat_monitor")
        .password("@@secret@@")
        .database("telemetry");
    PgPoolOptions::new().max_connections(4).connect_with(opts).await
}
""", words_pw())

add("terraform/aws-secret-key", "infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.60" }
  }
}

# temporanju - Joe jibdel għal SSO
provider "aws" {
  region     = "eu-south-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/smtp-password", "ansible/roles/nas_alerts/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/mail_module.html",
    """
---
- name: Check disk usage on the NAS
  ansible.builtin.shell: df -h /volume1 | awk 'NR==2 {print $5}' | tr -d '%'
  register: disk_pct
  changed_when: false

- name: Ibgħat twissija jekk id-disk ikun kważi mimli
  community.general.mail:
    host: smtp.office365.com
    port: 587
    secure: starttls
    username: alerts@tarznakalkara.com.mt
    password: "@@secret@@"
    to: it@tarznakalkara.com.mt
    subject: "NAS: {{ disk_pct.stdout }}% mimli"
    body: "Iċċekkja /volume1 fuq {{ inventory_hostname }}."
  when: disk_pct.stdout | int > 85
""", words_pw())

add("github-actions/netlify-token", "laceguild-site/.github/workflows/netlify.yml", "https://docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui",
    """
name: Deploy laceguild.mt
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      NETLIFY_AUTH_TOKEN: @@secret@@
      NETLIFY_SITE_ID: @@site@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build
      - run: npx netlify-cli deploy --dir=dist --prod
""", netlify_token(), site=uuid_s())

add("powershell/device-password", "scripts/Get-NvrSnapshot.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    """
# Ritratt mill-kamera taż-żlittin (għar-rapport tal-progress lill-klijent)
$nvr = "http://192.168.10.60"
$headers = @{ Authorization = "Basic @@secret@@" }
$out = "$env:USERPROFILE\\Pictures\\zlittin-$(Get-Date -Format yyyyMMdd-HHmm).jpg"
Invoke-WebRequest -Uri "$nvr/ISAPI/Streaming/channels/101/picture" -Headers $headers -OutFile $out
Write-Host "Salvat: $out"
""", b64("admin:" + words_pw()))

add("compose/grafana-admin-password", "monitoring/docker-compose.yml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/",
    """
services:
  influxdb:
    image: influxdb:2.7
    volumes: ["influx:/var/lib/influxdb2"]
    ports: ["8086:8086"]
  grafana:
    image: grafana/grafana-oss:11.1.4
    ports: ["3000:3000"]
    environment:
      GF_SECURITY_ADMIN_USER: tarzna
      GF_SECURITY_ADMIN_PASSWORD: "@@secret@@"
      GF_USERS_ALLOW_SIGN_UP: "false"
    volumes: ["grafana:/var/lib/grafana"]
volumes:
  influx:
  grafana:
""", words_pw())

add("log/amqp-password", "logs/celery-worker-2024-07-03.log", "https://docs.celeryq.dev/en/stable/userguide/workers.html",
    """
[2024-07-03 06:00:01,218: INFO/MainProcess] Connected to amqp://tarzna:@@secret@@@192.168.10.5:5672/erp
[2024-07-03 06:00:01,233: INFO/MainProcess] mingle: searching for neighbors
[2024-07-03 06:00:02,251: INFO/MainProcess] mingle: all alone
[2024-07-03 06:00:02,270: INFO/MainProcess] celery@erp ready.
[2024-07-03 07:00:00,004: INFO/MainProcess] Task worker.tasks.xero_sync[4b1e2c77-90aa-4f2b-8e61-0d3c5a7f9b12] received
[2024-07-03 07:00:03,882: INFO/ForkPoolWorker-2] Task worker.tasks.xero_sync[4b1e2c77-90aa-4f2b-8e61-0d3c5a7f9b12] succeeded in 3.87s: 14
""", rand_pw(20))

add("toml/poetry-repository-password", "bobbin-calc/poetry.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials",
    """
[virtualenvs]
in-project = true

[repositories.ranti]
url = "https://pkgs.ranti.com.mt/simple/"

[http-basic.ranti]
username = "ci"
password = "@@secret@@"
""", rand_pw(24))

add("properties/keystore-password", "bizzilla-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """
# Release signing - Bizzilla Android
storeFile=../keys/bizzilla-release.jks
storePassword=@@secret@@
keyAlias=bizzilla
keyPassword=@@secret@@
""", words_pw())

add("xml/maven-repository-password", "tarzna-inventory/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Private-Token</name>
            <value>@@secret@@</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
""", gitlab_token())

add("sql/mysql-password", "ranti-api/deploy/grants.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html",
    """
-- Users tal-MySQL għall-API tar-Ranti
CREATE USER IF NOT EXISTS 'ranti'@'10.114.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON ranti.* TO 'ranti'@'10.114.%';
CREATE USER IF NOT EXISTS 'ranti_backup'@'10.114.%' IDENTIFIED WITH caching_sha2_password;
GRANT SELECT, LOCK TABLES, SHOW VIEW ON ranti.* TO 'ranti_backup'@'10.114.%';
FLUSH PRIVILEGES;
""", words_pw())

add("json/sftp-password", "tarzna-site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Settings",
    """
{
    "name": "tarznakalkara.com.mt",
    "host": "ftp.tarznakalkara.com.mt",
    "protocol": "sftp",
    "port": 22,
    "username": "web",
    "password": "@@secret@@",
    "remotePath": "/home/web/public_html",
    "uploadOnSave": false,
    "ignore": [".vscode", ".git", "node_modules"]
}
""", words_pw())

add("markdown/router-password", "docs/runbooks/internet-down.md", "https://help.mikrotik.com/docs/display/ROS/PPPoE",
    """
# Meta l-internet jieqaf fit-tarzna

1. Iċċekkja d-dawl fuq il-modem tal-GO (ONT) - irid ikun aħdar.
2. Idħol fir-router: `https://192.168.10.1` (Winbox jaħdem ukoll).
   - user: `admin`
   - password: `@@secret@@`
3. Interfaces > `pppoe-go` - jekk ikun "disconnected", agħmel Disable/Enable.
4. Jekk xorta ma jaħdimx: ċempel lil GO Business fuq 8007 2121 (numru tal-kont: 40018823).
5. Għarraf lil Joe (IT) fuq WhatsApp.
""", rand_pw(14))

add("shell/mqtt-password", "yard-sensors/bin/publish-door.sh", "https://mosquitto.org/man/mosquitto_pub-1.html",
    """
#!/bin/sh
# Jippubblika l-istat tal-bieb tal-maħżen tal-injam (reed switch fuq GPIO17)
STATE=$(gpioget gpiochip0 17)
[ "$STATE" = "1" ] && MSG=miftuħ || MSG=magħluq
mosquitto_pub -h 192.168.10.5 -p 1883 -u yard-pi -P '@@secret@@' \\
  -t tarzna/mahzen/bieb -m "$MSG" -r
""", rand_pw(18))

add("yaml/hugging-face-token", "lace-assistant/config/models.yaml", "https://huggingface.co/docs/hub/security-tokens",
    """
# Mudell għall-klassifikazzjoni tat-tip ta' bizzilla mir-ritratt (torchon, Maltese, Bedfordshire)
classifier:
  repo_id: ranti-lace/lace-style-vit
  revision: v0.3
  hf_token: @@secret@@
  device: cpu
labels: [maltese, torchon, bedfordshire, bucks_point, cluny]
threshold: 0.6
""", hf_token())

# ---------------------------------------------------------------------------------------------
# Decoys: what looks like a secret and is not
# ---------------------------------------------------------------------------------------------

add("python/decoy-regex", "tools/precommit/check_keys.py", "https://docs.stripe.com/keys#secret-and-restricted-keys",
    """
\"\"\"Hook żgħir tal-pre-commit: ma jħallix keys tal-Stripe/Shopify jidħlu fil-git.\"\"\"
import re
import sys

PATTERNS = {
    "stripe": re.compile(r"\\b(sk|rk)_live_[0-9A-Za-z]{24,99}\\b"),
    "stripe-webhook": re.compile(r"\\bwhsec_[0-9A-Za-z]{32,}\\b"),
    "shopify": re.compile(r"\\bshp(at|ss|ca|pa)_[0-9a-f]{32}\\b"),
    "sendgrid": re.compile(r"\\bSG\\.[\\w-]{22}\\.[\\w-]{43}\\b"),
}


def main(paths):
    bad = 0
    for path in paths:
        text = open(path, encoding="utf-8", errors="ignore").read()
        for name, rx in PATTERNS.items():
            if rx.search(text):
                print(f"{path}: jidher li fih {name} key - neħħih!")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
""")

add("yaml/decoy-pinned-revs", "bizzilla-shop/.pre-commit-config.yaml", "https://pre-commit.com/#pre-commit-configyaml---repos",
    """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: 1dc9eb131c2ea4816c708e4d85820d2cc8542683  # frozen: v0.5.0
    hooks:
      - id: ruff
  - repo: local
    hooks:
      - id: check-keys
        name: check-keys
        entry: python tools/precommit/check_keys.py
        language: system
""")

add("json/decoy-composer-lock", "ranti-site/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control",
    """
{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "@@ch@@",
    "packages": [
        {
            "name": "mailgun/mailgun-php",
            "version": "v4.3.1",
            "source": {
                "type": "git",
                "url": "https://github.com/mailgun/mailgun-php.git",
                "reference": "@@r1@@"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/mailgun/mailgun-php/zipball/@@r1@@",
                "reference": "@@r1@@",
                "shasum": ""
            },
            "require": {"php": "^7.4 || ^8.0"}
        }
    ],
    "minimum-stability": "stable",
    "plugin-api-version": "2.6.0"
}
""", ch=hexs(32), r1=hexs(40))

add("go/decoy-go-sum", "tarzna-sms/go.sum", "https://go.dev/ref/mod#go-sum-files",
    """
github.com/redis/go-redis/v9 v9.5.1 h1:@@h1@@=
github.com/redis/go-redis/v9 v9.5.1/go.mod h1:@@h2@@=
github.com/twilio/twilio-go v1.22.0 h1:@@h3@@=
github.com/twilio/twilio-go v1.22.0/go.mod h1:@@h4@@=
github.com/golang/mock v1.6.0/go.mod h1:@@h5@@=
""", h1=alnum(43, ALNUM + "+/"), h2=alnum(43, ALNUM + "+/"), h3=alnum(43, ALNUM + "+/"), h4=alnum(43, ALNUM + "+/"), h5=alnum(43, ALNUM + "+/"))

add("python/decoy-test-fixture", "bizzilla-shop/orders/tests/test_webhooks.py", "https://docs.stripe.com/webhooks#verify-manually",
    """
import hashlib
import hmac
import json
import time

from django.test import TestCase, override_settings

TEST_WEBHOOK_SECRET = "whsec_test_not_a_real_secret"


def sign(payload: bytes, secret: str) -> str:
    ts = int(time.time())
    sig = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={sig}"


@override_settings(STRIPE_WEBHOOK_SECRET=TEST_WEBHOOK_SECRET)
class WebhookTests(TestCase):
    def test_rejects_bad_signature(self):
        payload = json.dumps({"type": "checkout.session.completed"}).encode()
        r = self.client.post("/stripe/webhook/", payload, content_type="application/json",
                             HTTP_STRIPE_SIGNATURE="t=1,v1=deadbeef")
        self.assertEqual(r.status_code, 400)
""")

add("markdown/decoy-password-policy", "docs/policies/passwords.md", "https://pages.nist.gov/800-63-4/sp800-63b.html",
    """
# Politika tal-passwords - Tarzna Kalkara Ltd

- Mill-inqas **14-il karattru**; frażi twila aħjar minn simboli (eż. erba' kliem bl-addoċċ).
- Qatt l-istess password għal żewġ servizzi. Uża l-Bitwarden tal-kumpanija.
- MFA obbligatorju fuq: Microsoft 365, GitHub, Stripe, Xero, il-bank (BOV Business).
- Passwords tal-apparat (CCTV, router, NAS) jinbidlu meta xi ħadd jitlaq mill-kumpanija.
- Eżempji ta' x'**m'għandekx** tuża: `Luzzu2024!`, `Kalkara123`, `password`.
- Jekk taħseb li password inqabdet: għarraf lil it@tarznakalkara.com.mt immedjatament.
""")

add("csv/decoy-price-ids", "bizzilla-shop/data/stripe_catalogue.csv", "https://docs.stripe.com/api/prices/object",
    """
sku,isem,stripe_product,stripe_price,prezz_eur
BM-SALIB,Bookmark - Salib ta' Malta,prod_QaB1cD2eF3gH4i,price_1PjK2mL8xQv0aB7cXy12Ab34,24.00
MD-30,Mendil tal-bizzilla (30cm),prod_QaB5jK6lM7nO8p,price_1PjK3nL8xQv0aB7cQr56Cd78,85.00
CL-TOR,Collar torchon,prod_QaB9qR0sT1uV2w,price_1PjK4oL8xQv0aB7cSt90Ef12,140.00
KT-BIDU,Kit tal-bidu,prod_QaC3xY4zA5bC6d,price_1PjK5pL8xQv0aB7cUv34Gh56,65.00
DY-CIRK,Doily ċirkulari,prod_QaC7eF8gH9iJ0k,price_1PjK6qL8xQv0aB7cWx78Ij90,95.00
""")

add("yaml/decoy-openapi-example", "tarzna-api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/",
    """
openapi: 3.0.3
info:
  title: Tarzna Kalkara API
  version: 1.2.0
servers:
  - url: https://api.tarznakalkara.com.mt/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Header: `Authorization: Bearer <token>`; it-token mill-app LuzzuLog."
security:
  - bearerAuth: []
paths:
  /luzzi/{registration}:
    get:
      summary: L-istat ta' luzzu fit-tarzna
      parameters:
        - { name: registration, in: path, required: true, schema: { type: string, example: "MFA 1234" } }
      responses:
        "200": { description: OK }
""")

add("terraform/decoy-random-password", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """
resource "random_password" "erp_db" {
  length           = 32
  special          = true
  override_special = "-_.~"
}

resource "aws_secretsmanager_secret" "erp_db" {
  name = "tarzna/erp/db-password"
}

resource "aws_secretsmanager_secret_version" "erp_db" {
  secret_id     = aws_secretsmanager_secret.erp_db.id
  secret_string = random_password.erp_db.result
}

output "erp_db_secret_arn" {
  value = aws_secretsmanager_secret.erp_db.arn
}
""")

add("k8s/decoy-configmap", "bizzilla-shop/k8s/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """
apiVersion: v1
kind: ConfigMap
metadata:
  name: bizzilla-shop
  namespace: shop
data:
  SHOP_CURRENCY: EUR
  SHIPPING_FLAT_RATE_EUR: "4.50"
  STATIC_MANIFEST_HASH: "@@h@@"
  THEME_PRIMARY: "#8c1c13"
  DEFAULT_LANGUAGE: en
  LANGUAGES: "en,mt,it"
""", h=hexs(40))

add("json/decoy-keyvault-reference", "HinijietTalHaddiema/appsettings.Azure.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references",
    """
{
  "ConnectionStrings": {
    "Hinijiet": "@Microsoft.KeyVault(SecretUri=https://tarzna-kv.vault.azure.net/secrets/hinijiet-db/)"
  },
  "Smtp": {
    "User": "hinijiet@tarznakalkara.com.mt",
    "Password": "@Microsoft.KeyVault(VaultName=tarzna-kv;SecretName=smtp-hinijiet)"
  },
  "Storage": {
    "AccountName": "tarznapayslips",
    "UseManagedIdentity": true
  }
}
""")

add("html/decoy-analytics-ids", "tarzna-site/index.html", "https://developers.google.com/analytics/devguides/collection/ga4",
    """
<!doctype html>
<html lang="mt">
<head>
  <meta charset="utf-8">
  <title>Tarzna Kalkara - Bini u tiswija tal-luzzi</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XW1Z"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-7QK2M4XW1Z');
  </script>
  <meta name="facebook-domain-verification" content="@@fv@@">
  <meta name="google-site-verification" content="@@gv@@">
</head>
<body>
  <h1>Luzzi mibnija bl-idejn f'Kalkara sa mill-1952</h1>
  <div id="map"></div>
  <script type="module" src="/src/main.js"></script>
</body>
</html>
""", fv=alnum(30, string.ascii_lowercase + string.digits), gv=alnum(43, ALNUM + "-_"))

add("ini/decoy-alembic-template", "tarzna-erp/migrations/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file",
    """
[alembic]
script_location = migrations
prepend_sys_path = .
# il-URL vera tiġi minn env.py (DATABASE_URL); dan huwa t-template ta' Alembic
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""")

add("log/decoy-masked-dsn", "logs/boat-monitor-2024-10-01.log", "https://docs.rs/tracing/latest/tracing/",
    """
2024-10-01T05:00:00.112Z  INFO boat_monitor: starting v0.4.2
2024-10-01T05:00:00.140Z  INFO boat_monitor::db: connecting to postgres://boat_monitor:********@192.168.10.30:5432/telemetry
2024-10-01T05:00:00.391Z  INFO boat_monitor::mqtt: connected to mqtt.victronenergy.com:8883 as boat-monitor-kalkara
2024-10-01T05:12:44.007Z  WARN boat_monitor::bilge: Santa Rita bilge 9.5cm (limit 12.0)
2024-10-01T05:27:44.010Z  INFO boat_monitor::bilge: Santa Rita bilge 6.1cm
2024-10-01T06:00:00.002Z  INFO boat_monitor: heartbeat ok, 3 boats
""")

add("shell/decoy-generated-password", "scripts/new-device-password.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html",
    """
#!/usr/bin/env bash
# Joħloq password ġdida għal apparat (CCTV, AP) u jpoġġiha dritt fil-Bitwarden
set -euo pipefail
NAME="${1:?użu: $0 <isem-l-apparat>}"
PW="$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-20)"
bw get template item | jq --arg n "Tarzna / $NAME" --arg p "$PW" \\
  '.name=$n | .login={username:"admin",password:$p}' | bw encode | bw create item >/dev/null
unset PW
echo "Password għal $NAME maħżuna fil-Bitwarden."
""")

add("notebook/decoy-order-ids", "analysis/returns.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "data": {"text/plain": ["       order_no                          checkout_uuid  refunded\\n", "0  BZ-10233  @@u1@@      True\\n", "1  BZ-10198  @@u2@@      True\\n"]},
     "execution_count": 4,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": ["returns = orders[orders.refunded]\\n", "returns[['order_no', 'checkout_uuid', 'refunded']]"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", u1=uuid_s(), u2=uuid_s())

add("dockerfile/decoy-runtime-env", "tarzna-sms/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg",
    """
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/tarzna-sms .

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/tarzna-sms /tarzna-sms
# TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN jingħataw f'runtime (docker run --env-file)
ENV TARZNA_SMS_FROM=+35627781234
USER nonroot
ENTRYPOINT ["/tarzna-sms"]
""")

add("php/decoy-env-calls", "ranti-api/config/database.php", "https://laravel.com/docs/11.x/database#configuration",
    """
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'ranti'),
            'username' => env('DB_USERNAME', 'ranti'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
        ],
    ],
    'redis' => [
        'default' => ['url' => env('REDIS_URL'), 'password' => env('REDIS_PASSWORD')],
    ],
];
""")

add("json/decoy-webhook-event", "bizzilla-shop/orders/tests/fixtures/checkout_completed.json", "https://docs.stripe.com/api/events/object",
    """
{
  "id": "evt_1PjK2mL8xQv0aB7cKq3LmN4o",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1722594131,
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1Fz9WqRtPjK2mL8xQv0aB7cZz1Yy2Xx3Ww4Vv5Uu6Tt7",
      "object": "checkout.session",
      "amount_total": 8500,
      "currency": "eur",
      "customer_details": {"email": "test@example.com", "name": "Test Klijent"},
      "payment_intent": "pi_3PjK2mL8xQv0aB7c1Fz9WqRt",
      "payment_status": "paid"
    }
  }
}
""")

add("markdown/decoy-token-placeholder", "sajjieda-bot/README.md", "https://core.telegram.org/bots/tutorial#obtain-your-bot-token",
    """
# sajjieda-bot

Bot tat-Telegram li jgħid lis-sajjieda meta l-luzzu tagħhom ikun lest mit-tarzna.

## Kif tħaddmu

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export BOT_TOKEN="<it-token li jagħtik @BotFather, bħal 123456789:ABC-DEF...>"
python bot.py
```

Il-kmand: `/stat MFA 1234` - jirrispondi bl-istat tal-luzzu.
""")

add("github-actions/decoy-oidc-role", "infra/.github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    """
name: Terraform
on:
  pull_request:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482913057716:role/github-terraform
          aws-region: eu-south-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform init -input=false
      - run: terraform plan -input=false
""")

add("toml/decoy-cargo-lock", "boat-monitor/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html",
    """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "sqlx"
version = "0.7.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256ish(), c2=sha256ish())

add("text/decoy-known-hosts", "ansible/files/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
    """
# Host keys pubbliċi tal-magni tat-tarzna
192.168.10.20 @@k1@@
192.168.10.30 @@k2@@
pi-mahzen,192.168.10.41 @@k3@@
pi-zlittin,192.168.10.42 @@k4@@
gitlab.com @@k5@@
""", k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub(), k4=ssh_pub(), k5=ssh_pub())

add("xml/decoy-env-placeholder", "tarzna-inventory/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Job-Token</name>
            <value>${env.CI_JOB_TOKEN}</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
""")

add("csharp/decoy-dpapi-encrypted", "HinijietTalHaddiema/Services/SecretBox.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.protecteddata",
    """
using System.Security.Cryptography;
using System.Text;

namespace HinijietTalHaddiema.Services
{
    // Il-password tal-SMTP tinżamm encrypted b'DPAPI (LocalMachine) - tinqara biss fuq is-server
    public static class SecretBox
    {
        private const string SmtpProtected =
            "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA@@blob@@";

        public static string SmtpPassword() =>
            Encoding.UTF8.GetString(ProtectedData.Unprotect(
                Convert.FromBase64String(SmtpProtected), null, DataProtectionScope.LocalMachine));
    }
}
""", blob=alnum(180, ALNUM + "+/") + "==")

add("properties/decoy-env-lookup", "bizzilla-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html",
    """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Release signing: KEYSTORE_PASSWORD u KEY_PASSWORD jiġu mill-ambjent tas-CI
bizzilla.keystore.file=../keys/bizzilla-release.jks
bizzilla.keystore.password.env=KEYSTORE_PASSWORD
bizzilla.key.alias=bizzilla
""")

add("ruby/decoy-vcr-filtered", "guild_events/spec/support/vcr.rb", "https://benoittgt.github.io/vcr/#/configuration/filter_sensitive_data",
    """
require 'vcr'

VCR.configure do |c|
  c.cassette_library_dir = 'spec/cassettes'
  c.hook_into :webmock
  c.configure_rspec_metadata!
  c.filter_sensitive_data('<STRIPE_SECRET_KEY>') { Rails.application.credentials.dig(:stripe, :secret_key) }
  c.filter_sensitive_data('<POSTMARK_TOKEN>') { ENV.fetch('POSTMARK_API_TOKEN', 'postmark-test') }
  c.default_cassette_options = { record: :none }
end
""")

# ---------------------------------------------------------------------------------------------
# Last additions: social, SMS, mail, patterns
# ---------------------------------------------------------------------------------------------

_IG = "IGQWR" + alnum(155, ALNUM + "_-")
add("typescript/instagram-access-token", "social-scheduler/src/instagram.ts", "https://developers.facebook.com/docs/instagram-platform/content-publishing",
    """
// Jippubblika ritratt tal-bizzilla fuq l-Instagram (@bizzillataghawdex) kull nhar ta' Erbgħa
const IG_USER_ID = '17841452018876231';
const IG_TOKEN =
  '@@a@@' +
  '@@b@@';

export async function publish(imageUrl: string, caption: string): Promise<string> {
  const base = `https://graph.facebook.com/v20.0/${IG_USER_ID}`;
  const create = await fetch(`${base}/media?image_url=${encodeURIComponent(imageUrl)}&caption=${encodeURIComponent(caption)}&access_token=${IG_TOKEN}`, { method: 'POST' });
  const { id } = await create.json();
  const pub = await fetch(`${base}/media_publish?creation_id=${id}&access_token=${IG_TOKEN}`, { method: 'POST' });
  return (await pub.json()).id;
}
""", _IG, a=_IG[:80], b=_IG[80:])

add("python/vonage-api-secret", "tarzna-bots/sms_fallback.py", "https://developer.vonage.com/en/messaging/sms/code-snippets/send-an-sms",
    """
\"\"\"SMS ta' riżerva (Vonage) meta t-Twilio ma jaħdimx.\"\"\"
import vonage

client = vonage.Client(key="@@key@@", secret="@@secret@@")
sms = vonage.Sms(client)


def send(to: str, text: str) -> bool:
    resp = sms.send_message({"from": "TarznaKlk", "to": to.lstrip("+"), "text": text})
    return resp["messages"][0]["status"] == "0"


if __name__ == "__main__":
    send("+35679123456", "Test mit-tarzna")
""", alnum(16), key=hexs(8))

add("shell/pushover-token", "yard-sensors/bin/alarm.sh", "https://pushover.net/api#messages",
    """
#!/bin/sh
# Allarm fuq il-mowbajl (Pushover) meta l-ilma fil-bilġ jiżdied
BOAT="$1"; LEVEL="$2"
curl -s \\
  --form-string "token=@@secret@@" \\
  --form-string "user=@@user@@" \\
  --form-string "title=Bilġ: $BOAT" \\
  --form-string "message=Livell tal-ilma $LEVEL cm - mur iċċekkja!" \\
  --form-string "priority=1" \\
  https://api.pushover.net/1/messages.json
""", "a" + alnum(29, string.ascii_lowercase + string.digits), user="u" + alnum(29, string.ascii_lowercase + string.digits))

add("powershell/azure-client-secret", "scripts/Send-Timesheets.ps1", "https://learn.microsoft.com/en-us/graph/auth-v2-service",
    """
# Jibgħat it-timesheets bil-Microsoft Graph (app registration: tarzna-mailer)
$tenant = "@@tenant@@"
$body = @{
    client_id     = "@@cid@@"
    client_secret = "@@secret@@"
    scope         = "https://graph.microsoft.com/.default"
    grant_type    = "client_credentials"
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body).access_token
$mail = @{ message = @{ subject = "Ħinijiet tal-ġimgħa"; toRecipients = @(@{ emailAddress = @{ address = "kontijiet@cassar-accountants.com.mt" } }) } } | ConvertTo-Json -Depth 6
Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/hinijiet@tarznakalkara.com.mt/sendMail" `
    -Headers @{ Authorization = "Bearer $token" } -ContentType "application/json" -Body $mail
""", alnum(3) + "8Q~" + alnum(34, ALNUM + "_.-~"), tenant=uuid_s(), cid=uuid_s())

add("typescript/jwt-signing-secret", "tarzna-api/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback",
    """
import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

// Is-sigriet li bih niffirmaw it-tokens tal-app LuzzuLog (HS256)
const JWT_SECRET = '@@secret@@';

export function issue(userId: string): string {
  return jwt.sign({ sub: userId }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '30d' });
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  try {
    (req as any).user = jwt.verify(token ?? '', JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'Mhux awtorizzat' });
  }
}
""", rand_pw(48, "-_"))

add("markdown/smtp-password", "docs/troubleshooting/email.md", "https://datatracker.ietf.org/doc/html/rfc4616",
    """
# Email tal-ordnijiet ma tintbagħatx - noti (Awwissu 2024)

Ittestjajt is-server tal-Melita bl-idejn:

```
$ openssl s_client -starttls smtp -connect smtp.melitabusiness.com.mt:587 -quiet
EHLO shop.bizzillagozo.com.mt
250-AUTH PLAIN LOGIN
AUTH PLAIN @@secret@@
235 2.7.0 Authentication successful
```

Mela l-password tajba; il-problema kienet il-firewall tad-droplet (port 587 magħluq).
Fetaħtu b'`ufw allow out 587/tcp`.
""", b64("\0ordnijiet@bizzillagozo.com.mt\0" + words_pw()))

add("json/decoy-pattern-metadata", "lace-patterns/patterns/salib-malti-01.json", "https://en.wikipedia.org/wiki/Maltese_lace",
    """
{
  "id": "salib-malti-01",
  "isem": "Salib ta' Malta - bookmark",
  "stil": "Maltese (bizzilla)",
  "livell": "intermedju",
  "ranti": 24,
  "ħajta": {"tip": "linen 60/2", "kulur": "krema", "kodiċi": "BOCKENS-60-2-CR"},
  "pricking_sha256": "@@h@@",
  "disinjatur": "M. Camilleri",
  "liċenzja": "CC BY-NC 4.0"
}
""", h=sha256ish())

add("yaml/decoy-licence-numbers", "registry/boat-licences.yaml", "https://www.transport.gov.mt/maritime/small-ships",
    """
# Liċenzji tal-luzzi li jinżammu fit-tarzna (għall-assigurazzjoni)
- registration: MFA 1234
  licence_no: TM-SS-2019-004812
  insurer_policy: GRW-MAR-88213301
  expires: 2025-03-31
- registration: MFA 0871
  licence_no: TM-SS-2021-007733
  insurer_policy: ELM-MAR-40191277
  expires: 2025-06-30
- registration: MFA 3145
  licence_no: pending
  insurer_policy: null
  expires: null
""")
