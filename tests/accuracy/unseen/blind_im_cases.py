"""Blind set IM: opticians and eyewear shops (a Lithuanian chain, pages and comments partly in Lithuanian).

E-shop and POS code, payment (Paysera, Montonio, Stripe), parcel lockers (Omniva, DPD, LP Express),
lens labs and their OMA/FTP drops, exam-room devices, SMS and mail vendors, CI, containers, infra,
runbooks, SQL, CSV exports and logs, and their decoys. Generated fakes only (seeds 3720000-3729999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3720000, 3729999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Lęšis", "Rėmelis", "Akiniai", "Vilnius", "Kaunas", "Neris", "Gintaras", "Ruta", "Linas", "Saule",
         "Optika", "Zuikis", "Baltas", "Dioptrija", "Klaipeda", "Vyturys"]
ASCII_WORDS = ["Lensas", "Remelis", "Akiniai", "Vilnius", "Kaunas", "Neris", "Gintaras", "Ruta", "Linas", "Saule",
               "Optika", "Zuikis", "Baltas", "Dioptrija", "Klaipeda", "Vyturys", "Palanga", "Trakai"]


def words_pw() -> str:
    r = _rng()
    return r.choice(ASCII_WORDS) + r.choice("!#$%@*.") + r.choice(ASCII_WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def woo(prefix: str) -> str:
    return prefix + hexs(40)


def mailchimp() -> str:
    return hexs(32) + "-us21"


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + rand_pw(16)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def infobip() -> str:
    return hexs(32) + "-" + uuid_s()


def hubspot() -> str:
    return "pat-eu1-" + uuid_s()


def sentry_token() -> str:
    return "sntrys_" + rand_pw(60)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pw() -> str:
    return fakes.password(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def ghp() -> str:
    return fakes.github_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def ga4() -> str:
    r = _rng()
    return "G-" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(10))


def recaptcha_site() -> str:
    return "6L" + fakes.drawn(_seed(), 38, ALNUM + "_-")


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
    CASES.append(LabelledCase(f"blind-im/{category}", file_name, text, secret, source))


# --- e-shop, payments ------------------------------------------------------------------------

add("python/paysera-sign-password", "eshop/payments/paysera.py", "Paysera checkout (WebToPay) developer docs", """
\"\"\"Paysera mokėjimai el. parduotuvei (akiniai, kontaktiniai lęšiai).\"\"\"
import hashlib
from urllib.parse import urlencode
import base64

PAYSERA_PROJECT_ID = 241877
PAYSERA_SIGN_PASSWORD = "@@secret@@"


def build_request(order):
    params = {
        "projectid": PAYSERA_PROJECT_ID,
        "orderid": order.number,
        "amount": int(order.total * 100),
        "currency": "EUR",
        "accepturl": "https://www.akiniu-studija.lt/uzsakymas/ok",
        "cancelurl": "https://www.akiniu-studija.lt/krepselis",
        "callbackurl": "https://www.akiniu-studija.lt/api/paysera/callback",
        "version": "1.6",
    }
    data = base64.urlsafe_b64encode(urlencode(params).encode()).decode()
    sign = hashlib.md5((data + PAYSERA_SIGN_PASSWORD).encode()).hexdigest()
    return data, sign
""", secret=hexs(32))

add("env/montonio-secret-key", ".env.production", "Montonio Payments API docs (access key / secret key)", """
# Akinių studija - produkcija
APP_ENV=production
APP_URL=https://www.akiniu-studija.lt
DB_HOST=10.20.0.14
DB_DATABASE=eshop
DB_USERNAME=eshop
MONTONIO_ACCESS_KEY=@@access@@
MONTONIO_SECRET_KEY=@@secret@@
MONTONIO_SANDBOX=false
OMNIVA_PICKUP_COUNTRY=LT
""", secret=mixed(44), access=uuid_s())

add("php/stripe-secret-key", "wp-content/plugins/studija-checkout/includes/class-stripe-gateway.php", "Stripe PHP library README", """
<?php
// Stripe mokėjimai - tik užsienio klientams (EU kortelės)
defined('ABSPATH') || exit;

class Studija_Stripe_Gateway {
    private $client;

    public function __construct() {
        $this->client = new \\Stripe\\StripeClient('@@secret@@');
    }

    public function charge($order) {
        return $this->client->paymentIntents->create([
            'amount' => (int) round($order->get_total() * 100),
            'currency' => 'eur',
            'metadata' => ['order_id' => $order->get_id()],
        ]);
    }
}
""", secret=stripe())

add("php/decoy-publishable-key", "wp-content/plugins/studija-checkout/templates/checkout-card.php", "Stripe.js docs: publishable key", """
<?php defined('ABSPATH') || exit; ?>
<div id="card-element" class="studija-card"></div>
<p class="hint"><?php esc_html_e('Mokėjimą apdoroja Stripe', 'studija'); ?></p>
<script src="https://js.stripe.com/v3/"></script>
<script>
  const stripe = Stripe('@@pk@@');
  const elements = stripe.elements({ locale: 'lt' });
  elements.create('card').mount('#card-element');
</script>
""", pk=stripe("pk_live_"))

add("json/stripe-webhook-secret", "config/stripe.production.json", "Stripe docs: webhook signing secrets", """
{
  "endpoint": "https://api.akiniu-studija.lt/webhooks/stripe",
  "events": ["payment_intent.succeeded", "charge.refunded"],
  "signingSecret": "@@secret@@",
  "tolerance": 300
}
""", secret=whsec())

add("typescript/decoy-env-reference", "src/server/webhooks/stripe.ts", "Stripe Node docs: constructEvent", """
import Stripe from 'stripe';
import type { Request, Response } from 'express';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

export function stripeWebhook(req: Request, res: Response) {
  const sig = req.headers['stripe-signature'] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === 'payment_intent.succeeded') {
    // pažymim užsakymą kaip apmokėtą
  }
  res.json({ received: true });
}
""")

add("env/shopify-admin-token", "shopify-sync/.env", "Shopify Admin API docs: access tokens (shpat_)", """
SHOP_DOMAIN=optikos-linija.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_TOKEN=@@secret@@
SYNC_INTERVAL_MIN=15
RIVILE_EXPORT_DIR=/srv/rivile/out
""", secret=shopify())

add("python/shopify-api-secret", "shopify-sync/app/settings.py", "Shopify docs: app client secret (shpss_)", """
import os

SHOP_DOMAIN = os.getenv("SHOP_DOMAIN", "optikos-linija.myshopify.com")
API_KEY = "@@client@@"
# app client secret - webhook HMAC tikrinimui
API_SECRET = "@@secret@@"
SCOPES = ["read_products", "write_inventory", "read_orders"]
WEBHOOK_TOPICS = ["orders/paid", "inventory_levels/update"]
""", secret=shopify("shpss_"), client=hexs(32))

add("yaml/woocommerce-consumer-secret", "integrations/woo/config.yml", "WooCommerce REST API docs: consumer key and secret", """
woocommerce:
  url: https://www.akiniu-studija.lt
  consumer_key: @@ck@@
  consumer_secret: @@secret@@
  version: wc/v3
  timeout: 30
sync:
  categories: [akiniu-remeliai, saules-akiniai, kontaktiniai-lesiai]
  stock_from: rivile
""", secret=woo("cs_"), ck=woo("ck_"))

add("php/decoy-placeholder", "wp-config-sample.php", "WordPress wp-config-sample.php", """
<?php
/** Duomenų bazės nustatymai - nukopijuokite į wp-config.php ir užpildykite */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("php/database-password", "wp-config.php", "WordPress docs: Editing wp-config.php", """
<?php
define( 'DB_NAME', 'studija_wp' );
define( 'DB_USER', 'studija_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mysql-1.int.akiniu-studija.lt' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', 'https://www.akiniu-studija.lt' );
define( 'WP_SITEURL', 'https://www.akiniu-studija.lt' );
define( 'DISALLOW_FILE_EDIT', true );
$table_prefix = 'as_';
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", secret=words_pw())

add("json/decoy-public-ids", "eshop/static/site-config.json", "Google Analytics / reCAPTCHA docs: public ids and site keys", """
{
  "siteName": "Akinių studija",
  "locale": "lt-LT",
  "analytics": { "measurementId": "@@ga@@" },
  "recaptcha": { "siteKey": "@@site@@" },
  "paysera": { "projectId": 241877 },
  "support": { "phone": "+370 5 210 4433", "email": "info@akiniu-studija.lt" }
}
""", ga=ga4(), site=recaptcha_site())

add("ruby/montonio-secret-key", "lib/montonio/client.rb", "Montonio API docs: JWT signed with secret key", """
require 'jwt'
require 'net/http'

module Montonio
  class Client
    ACCESS_KEY = '@@access@@'.freeze
    SECRET_KEY = '@@secret@@'.freeze
    BASE = 'https://stargate.montonio.com/api'.freeze

    def create_order(payload)
      token = JWT.encode(payload.merge(accessKey: ACCESS_KEY), SECRET_KEY, 'HS256')
      uri = URI("#{BASE}/orders")
      Net::HTTP.post(uri, { data: token }.to_json, 'Content-Type' => 'application/json')
    end
  end
end
""", secret=mixed(44), access=uuid_s())

add("markdown/decoy-placeholder", "docs/payments/montonio.md", "Montonio API docs", """
# Montonio integracija

Mokėjimai per bankų nuorodas (Swedbank, SEB, Luminor, Šiaulių bankas) ir „Pirk dabar, mokėk vėliau“.

## Nustatymai

| Kintamasis | Reikšmė |
|---|---|
| `MONTONIO_ACCESS_KEY` | iš Montonio partnerio sistemos (Settings → API keys) |
| `MONTONIO_SECRET_KEY` | `<secret key iš partnerio sistemos>` – laikoma Vault `kv/eshop/montonio` |
| `MONTONIO_SANDBOX` | `true` testinėje aplinkoje |

Sandbox raktai: `MONTONIO_ACCESS_KEY=your-sandbox-access-key`, `MONTONIO_SECRET_KEY=your-sandbox-secret-key`.
Niekada nekelkite tikrų raktų į repozitoriją.
""")

add("csharp/stripe-secret-key", "Pos.Payments/StripeTerminalService.cs", "Stripe .NET docs: StripeConfiguration.ApiKey", """
using Stripe;
using Stripe.Terminal;

namespace Studija.Pos.Payments
{
    public class StripeTerminalService
    {
        public StripeTerminalService()
        {
            StripeConfiguration.ApiKey = "@@secret@@";
        }

        public ConnectionToken CreateConnectionToken(string location)
        {
            var service = new ConnectionTokenService();
            return service.Create(new ConnectionTokenCreateOptions { Location = location });
        }
    }
}
""", secret=stripe("rk_live_"))

add("python/decoy-test-fixture", "eshop/tests/test_paysera_callback.py", "pytest docs: fixtures", """
import hashlib
import pytest

from eshop.payments import paysera

TEST_SIGN_PASSWORD = "test-sign-password"


@pytest.fixture
def callback(monkeypatch):
    monkeypatch.setattr(paysera, "PAYSERA_SIGN_PASSWORD", TEST_SIGN_PASSWORD)
    data = "b3JkZXJpZD0xMDAxJnN0YXR1cz0x"
    return {"data": data, "ss1": hashlib.md5((data + TEST_SIGN_PASSWORD).encode()).hexdigest()}


def test_callback_is_accepted(callback):
    assert paysera.verify(callback["data"], callback["ss1"])
""")

add("kotlin/decoy-publishable-key", "app/src/main/java/lt/optikoslinija/app/PaymentConfig.kt", "Stripe Android SDK docs: PaymentConfiguration", """
package lt.optikoslinija.app

import android.content.Context
import com.stripe.android.PaymentConfiguration

object PaymentConfig {
    // publishable raktas - viešas, gali būti programėlėje
    private const val PUBLISHABLE_KEY = "@@pk@@"

    fun init(context: Context) {
        PaymentConfiguration.init(context, PUBLISHABLE_KEY)
    }
}
""", pk=stripe("pk_live_"))

add("go/paysera-sign-password", "services/payments/paysera/config.go", "Paysera WebToPay specification", """
package paysera

import (
	"crypto/md5"
	"encoding/hex"
)

const (
	ProjectID    = 241877
	signPassword = "@@secret@@"
)

// Sign returns ss1 for the data parameter.
func Sign(data string) string {
	sum := md5.Sum([]byte(data + signPassword))
	return hex.EncodeToString(sum[:])
}
""", secret=hexs(32))

add("sql/decoy-hashes", "db/migrations/2024_03_11_create_payments.sql", "PostgreSQL docs: CREATE TABLE", """
-- Mokėjimų lentelė
CREATE TABLE payments (
    id            bigserial PRIMARY KEY,
    order_id      bigint NOT NULL REFERENCES orders(id),
    provider      text NOT NULL CHECK (provider IN ('paysera', 'montonio', 'stripe', 'cash')),
    provider_ref  text,
    amount_cents  integer NOT NULL,
    signature     char(32),
    created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO payments (order_id, provider, provider_ref, amount_cents, signature) VALUES
  (1001, 'paysera', '48213377', 18900, '@@h1@@'),
  (1002, 'stripe', 'pi_3PxQ2aL8k1Vb0dNc1AqR7s2Y', 23450, NULL);
""", h1=hexs(32))

add("csv/decoy-ids", "exports/uzsakymai_2024-09.csv", "RFC 4180 CSV", """
uzsakymo_nr,data,salonas,klientas_id,suma_eur,mokejimas,mokejimo_ref
AS-24-09-0001,2024-09-02,Vilnius Akropolis,@@u1@@,189.00,paysera,48213377
AS-24-09-0002,2024-09-02,Kaunas Mega,@@u2@@,79.90,montonio,@@u3@@
AS-24-09-0003,2024-09-03,Klaipėda Centras,@@u4@@,312.50,cash,
AS-24-09-0004,2024-09-03,Vilnius Panorama,@@u5@@,45.00,stripe,pi_3PyA8bL8k1Vb0dNc0ZkT4m1Q
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("dockerfile/stripe-secret-key", "eshop/Dockerfile", "Docker docs: ENV instruction", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=eshop.settings.production \\
    STRIPE_SECRET_KEY=@@secret@@ \\
    PORT=8000
EXPOSE 8000
CMD ["gunicorn", "eshop.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
""", secret=stripe())

add("python/django-secret-key", "eshop/eshop/settings/production.py", "Django docs: SECRET_KEY", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.akiniu-studija.lt", "akiniu-studija.lt"]
SECRET_KEY = "@@secret@@"
CSRF_TRUSTED_ORIGINS = ["https://www.akiniu-studija.lt"]
LANGUAGE_CODE = "lt"
TIME_ZONE = "Europe/Vilnius"
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
""", secret=django_key())

add("python/decoy-env-reference", "eshop/eshop/settings/base.py", "Django docs: settings; django-environ", """
import environ

env = environ.Env(DEBUG=(bool, False))
BASE_DIR = environ.Path(__file__) - 3

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="smtp://localhost:25")
vars().update(EMAIL_CONFIG)
PAYSERA_SIGN_PASSWORD = env("PAYSERA_SIGN_PASSWORD")
MONTONIO_SECRET_KEY = env("MONTONIO_SECRET_KEY")
LANGUAGES = [("lt", "Lietuvių"), ("en", "English")]
""")

# --- parcel lockers, shipping -----------------------------------------------------------------

add("python/omniva-api-password", "eshop/shipping/omniva.py", "Omniva web services (OMX) API docs", """
import requests

OMNIVA_API = "https://omx.omniva.eu/api/v01/omx"
OMNIVA_USER = "7512384"
OMNIVA_PASSWORD = "@@secret@@"


def register_shipment(payload: dict) -> dict:
    resp = requests.post(
        f"{OMNIVA_API}/shipments/business-to-client",
        json=payload,
        auth=(OMNIVA_USER, OMNIVA_PASSWORD),
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()
""", secret=rand_pw(12))

add("php/dpd-api-password", "app/Shipping/DpdLietuva.php", "DPD Lietuva (DPD Baltic) web services docs", """
<?php

namespace App\\Shipping;

use GuzzleHttp\\Client;

class DpdLietuva
{
    private const BASE_URL = 'https://lt.integration.dpd.eo.pl/ws-mapper-rest/';
    private string $username = 'akiniustudija';
    private string $password = '@@secret@@';

    public function createLabel(array $parcel): string
    {
        $client = new Client(['base_uri' => self::BASE_URL]);
        $response = $client->post('createShipment_', ['form_params' => $parcel + [
            'username' => $this->username,
            'password' => $this->password,
        ]]);
        return (string) $response->getBody();
    }
}
""", secret=words_pw())

add("yaml/lp-express-client-secret", "config/packages/lpexpress.yaml", "LP Express API (Lietuvos paštas) OAuth docs", """
lp_express:
  api_url: 'https://api-manosiuntos.post.lt'
  oauth:
    token_url: 'https://api-manosiuntos.post.lt/oauth/token'
    client_id: 'akiniu-studija'
    client_secret: '@@secret@@'
    scope: 'read write'
  default_terminal_size: S
  sender:
    name: 'UAB Akinių studija'
    city: 'Vilnius'
""", secret=rand_pw(32))

add("typescript/decoy-placeholder", "src/config/shipping.example.ts", "TypeScript handbook: modules", """
// Kopijuokite į shipping.ts ir įrašykite tikrus duomenis (shipping.ts yra .gitignore)
export const shippingConfig = {
  omniva: {
    username: 'YOUR_OMNIVA_USER',
    password: 'YOUR_OMNIVA_PASSWORD',
  },
  dpd: {
    username: '<dpd-user>',
    password: '<dpd-password>',
  },
  lpExpress: {
    clientId: 'akiniu-studija',
    clientSecret: 'changeme',
  },
};
""")

add("json/decoy-public-ids", "public/data/parcel-terminals.json", "Omniva locations JSON (public list)", """
[
  {"ZIP": "99461", "NAME": "Vilniaus Akropolio paštomatas", "TYPE": "0", "A0_NAME": "LT", "X_COORDINATE": "25.2356", "Y_COORDINATE": "54.7103"},
  {"ZIP": "99512", "NAME": "Kauno Megos paštomatas", "TYPE": "0", "A0_NAME": "LT", "X_COORDINATE": "23.9424", "Y_COORDINATE": "54.9097"},
  {"ZIP": "99217", "NAME": "Klaipėdos Akropolio paštomatas", "TYPE": "0", "A0_NAME": "LT", "X_COORDINATE": "21.1452", "Y_COORDINATE": "55.6942"},
  {"ZIP": "99678", "NAME": "Šiaulių Akropolio paštomatas", "TYPE": "0", "A0_NAME": "LT", "X_COORDINATE": "23.3087", "Y_COORDINATE": "55.9262"},
  {"ZIP": "99730", "NAME": "Panevėžio Babilono paštomatas", "TYPE": "0", "A0_NAME": "LT", "X_COORDINATE": "24.3461", "Y_COORDINATE": "55.7290"}
]
""")

add("shell/dpd-api-password", "scripts/dpd_test_label.sh", "DPD Baltic ws-mapper REST docs; curl manual", """
#!/usr/bin/env bash
# Bandomoji DPD etiketė - paleisti iš admin serverio
set -euo pipefail
curl -sS -X POST 'https://lt.integration.dpd.eo.pl/ws-mapper-rest/createShipment_' \\
  -d 'username=akiniustudija' \\
  -d 'password=@@secret@@' \\
  -d 'name1=Testas Testaitis' \\
  -d 'street=Konstitucijos pr. 7' \\
  -d 'city=Vilnius' -d 'country=LT' -d 'pcode=09308' \\
  -d 'num_of_parcel=1' -d 'parcel_type=PS' \\
  -o /tmp/dpd_label.pdf
echo "Etiketė: /tmp/dpd_label.pdf"
""", secret=words_pw())

# --- lens labs, OMA drops, exam-room devices ----------------------------------------------------

add("ini/ftp-password", "labsync/labsync.ini", "The Vision Council OMA (Data Communication Standard) lab file exchange; Python configparser docs", """
; Lęšių užsakymų siuntimas į laboratoriją (OMA failai)
[general]
store_code = VLN-AKR
outbox = C:\\Optika\\OMA\\out
inbox = C:\\Optika\\OMA\\in

[lab_ftp]
host = ftp.lenslab-baltic.eu
port = 21
user = akstudija_vln
password = @@secret@@
passive = yes
remote_dir = /orders/incoming

[schedule]
interval_minutes = 10
""", secret=words_pw())

add("python/ftp-password", "labsync/send_oma.py", "Python docs: ftplib.FTP_TLS", """
\"\"\"Siunčia OMA užsakymų failus į lęšių laboratoriją per FTPS.\"\"\"
from ftplib import FTP_TLS
from pathlib import Path

OUTBOX = Path(r"C:\\Optika\\OMA\\out")


def push_orders():
    ftps = FTP_TLS("ftps.rx-lab.lt")
    ftps.login("kaunas_mega", "@@secret@@")
    ftps.prot_p()
    ftps.cwd("/in")
    for oma in sorted(OUTBOX.glob("*.oma")):
        with oma.open("rb") as fh:
            ftps.storbinary(f"STOR {oma.name}", fh)
        oma.rename(oma.with_suffix(".sent"))
    ftps.quit()


if __name__ == "__main__":
    push_orders()
""", secret=rand_pw(14, "#!"))

add("log/decoy-redacted", "logs/labsync-2024-10-14.log", "Python logging docs", """
2024-10-14 08:00:02,114 INFO labsync: start, store=VLN-AKR outbox=C:\\Optika\\OMA\\out
2024-10-14 08:00:02,391 INFO ftp: connecting ftp.lenslab-baltic.eu:21 user=akstudija_vln password=********
2024-10-14 08:00:03,005 INFO ftp: logged in, cwd /orders/incoming
2024-10-14 08:00:03,220 INFO sent JOB=AS-24-10-0412.oma (2.1 kB)
2024-10-14 08:00:03,407 INFO sent JOB=AS-24-10-0413.oma (2.3 kB)
2024-10-14 08:00:03,512 WARNING lab rejected JOB=AS-24-10-0398: SPH out of range (-14.50)
2024-10-14 08:00:03,640 INFO done, 2 sent, 1 rejected
""")

add("log/ftp-password", "logs/labsync-2024-10-15-debug.log", "Python ftplib set_debuglevel output", """
2024-10-15 09:10:00,002 INFO labsync: start (debug=2), store=KNS-MEGA
*cmd* 'AUTH TLS'
*resp* '234 AUTH TLS OK.'
*cmd* 'USER kaunas_mega'
*resp* '331 Password required for kaunas_mega'
*cmd* 'PASS @@secret@@'
*resp* '230 User kaunas_mega logged in'
*cmd* 'PBSZ 0'
*resp* '200 PBSZ=0'
*cmd* 'CWD /in'
*resp* '250 CWD command successful'
2024-10-15 09:10:01,771 INFO sent JOB=KM-24-10-0077.oma
""", secret=rand_pw(14, "#!"))

add("xml/lab-portal-password", "LabOrder/App.config", "Microsoft docs: appSettings element in App.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="LabPortalUrl" value="https://b2b.lenslab-baltic.eu/api/v2/" />
    <add key="LabCustomerNo" value="LT-004512" />
    <add key="LabUser" value="akiniu.studija" />
    <add key="LabPassword" value="@@secret@@" />
    <add key="DefaultCoating" value="HMC" />
    <add key="StoreCode" value="VLN-PAN" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", secret=words_pw())

add("xml/decoy-encrypted", "LabOrder/App.Release.config", "Microsoft docs: Encrypting configuration with RsaProtectedConfigurationProvider", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#tripledes-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-1_5" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>
          <CipherData><CipherValue>@@c1@@</CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue>@@c2@@</CipherValue></CipherData>
    </EncryptedData>
  </appSettings>
</configuration>
""", c1=b64(rand_pw(96)), c2=b64(rand_pw(120)))

add("markdown/device-admin-password", "docs/salonai/irenginiai.md", "Topcon / Nidek device manuals: network settings", """
# Salonų įranga (tyrimų kabinetai)

| Salonas | Įrenginys | IP | Admin vartotojas | Slaptažodis |
|---|---|---|---|---|
| Vilnius Akropolis | Topcon KR-800 autorefraktometras | 10.31.4.21 | service | (gamyklinis, nekeistas) |
| Vilnius Akropolis | Zeiss VISUFIT 1000 | 10.31.4.30 | admin | @@secret@@ |
| Kaunas Mega | Nidek LM-1800P lensmetras | 10.32.4.22 | – | – |
| Kaunas Mega | Nidek ME-1500 briaunavimo staklės | 10.32.4.40 | smbshare | žr. Bitwarden „Nidek Kaunas“ |

Pastaba: VISUFIT jungiasi prie Zeiss debesies per 443 prievadą, proxy nenaudojamas.
""", secret=words_pw())

add("markdown/decoy-vault-reference", "docs/salonai/naujas-salonas.md", "HashiCorp Vault docs: kv get", """
# Naujo salono paleidimas

1. Sukurkite salono kodą (pvz. `SIA-AKR`) ir įrašykite jį į `stores.yml`.
2. Kasos kompiuteriui sugeneruokite vartotoją AD: `OU=Salonai,DC=studija,DC=local`.
3. Laboratorijos FTP prisijungimą paimkite iš Vault:

   ```sh
   vault kv get -field=password kv/labs/lenslab/SIA-AKR
   ```

4. Paysera / Montonio raktai bendri visai grandinei – nieko daryti nereikia.
5. Įrenginių (Topcon, Nidek) slaptažodžiai – Bitwarden kolekcija „Salonai / įranga“.
6. Patikrinkite kvitų spausdintuvą: `lpstat -p kvitai`.
""")

add("yaml/device-admin-password", "ansible/host_vars/vln-akr-exam1.yml", "Ansible docs: host_vars", """
---
store_code: VLN-AKR
exam_room: 1
devices:
  visufit:
    ip: 10.31.4.30
    admin_user: admin
    admin_password: "@@secret@@"
  autorefractor:
    model: Topcon KR-800
    ip: 10.31.4.21
share_path: '\\\\vln-akr-fs01\\exam'
""", secret=rand_pw(16))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/salonai/vault.yml", "Ansible docs: ansible-vault encrypt", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/smb-password", "ansible/roles/edger/tasks/main.yml", "Ansible docs: ansible.posix.mount with cifs", """
---
- name: Mount Nidek edger job share
  ansible.posix.mount:
    path: /mnt/edger
    src: "//{{ edger_ip }}/jobs"
    fstype: cifs
    opts: "username=smbshare,password=@@secret@@,vers=2.0,uid=1000"
    state: mounted

- name: Copy tracing files to edger
  ansible.builtin.copy:
    src: "{{ item }}"
    dest: /mnt/edger/
  loop: "{{ lookup('fileglob', '/srv/oma/out/*.oma', wantlist=True) }}"
""", secret=words_pw())

add("powershell/smb-password", "scripts/Map-EdgerShare.ps1", "Microsoft docs: New-PSDrive -Credential", """
# Prijungia Nidek staklių aplanką kasos kompiuteryje
$user = "KNS-MEGA\\smbshare"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

New-PSDrive -Name "E" -PSProvider FileSystem -Root "\\\\10.32.4.40\\jobs" -Credential $cred -Persist
Write-Host "Staklių aplankas prijungtas kaip E:"
""", secret=words_pw())

add("powershell/decoy-env-reference", "scripts/Backup-ExamData.ps1", "Microsoft docs: Get-Credential, SecretManagement module", """
param(
    [string]$Store = $env:STORE_CODE
)
# Tyrimų duomenų kopija į centrinį serverį
$cred = Get-Secret -Name "ExamBackup-$Store" -Vault StudijaVault
$dest = "\\\\vln-fs01\\exam-backup\\$Store\\$(Get-Date -Format yyyy-MM-dd)"
New-PSDrive -Name B -PSProvider FileSystem -Root "\\\\vln-fs01\\exam-backup" -Credential $cred | Out-Null
Copy-Item -Path "D:\\ExamData\\*" -Destination $dest -Recurse -Force
Remove-PSDrive -Name B
""")

add("csv/decoy-ids", "exports/oma_jobs_2024-10.csv", "The Vision Council OMA standard: JOB, SPH, CYL, AX records", """
JOB,STORE,LENS,SPH_R,CYL_R,AX_R,SPH_L,CYL_L,AX_L,PD,TRACE_SHA1
AS-24-10-0412,VLN-AKR,Varilux Comfort 1.6,-2.25,-0.50,175,-2.00,-0.75,5,63.5,@@h1@@
AS-24-10-0413,VLN-AKR,Hoya Nulux 1.5,+1.00,0.00,0,+1.25,-0.25,90,61.0,@@h2@@
KM-24-10-0077,KNS-MEGA,Zeiss SmartLife 1.67,-5.50,-1.25,10,-5.75,-1.00,170,64.0,@@h3@@
KL-24-10-0031,KLP-CEN,Rodenstock Multigressiv,+2.50,-0.50,95,+2.75,-0.50,85,66.5,@@h4@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("java/lab-api-key", "lab-gateway/src/main/java/lt/studija/lab/LensLabClient.java", "OkHttp docs: adding headers", """
package lt.studija.lab;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class LensLabClient {
    private static final String BASE = "https://b2b.lenslab-baltic.eu/api/v2";
    private static final String API_KEY = "@@secret@@";
    private final OkHttpClient http = new OkHttpClient();

    public Response sendOrder(String omaJson) throws java.io.IOException {
        Request req = new Request.Builder()
            .url(BASE + "/orders")
            .header("X-Api-Key", API_KEY)
            .post(RequestBody.create(omaJson, MediaType.get("application/json")))
            .build();
        return http.newCall(req).execute();
    }
}
""", secret="llb_live_" + rand_pw(32))

add("properties/lab-portal-password", "lab-gateway/src/main/resources/application-prod.properties", "Spring Boot docs: externalized configuration", """
server.port=8085
spring.datasource.url=jdbc:postgresql://pg-1.int.studija.lt:5432/lab
spring.datasource.username=lab_gateway
spring.datasource.password=@@secret@@
lab.portal.base-url=https://b2b.lenslab-baltic.eu/api/v2
lab.portal.customer-no=LT-004512
logging.level.lt.studija=INFO
""", secret=rand_pw(20))

add("properties/decoy-env-reference", "lab-gateway/src/main/resources/application.properties", "Spring Boot docs: property placeholders", """
server.port=8085
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/lab
spring.datasource.username=${DB_USER:lab_gateway}
spring.datasource.password=${DB_PASSWORD}
lab.portal.base-url=https://b2b.lenslab-baltic.eu/api/v2
lab.portal.api-key=${LAB_API_KEY}
management.endpoints.web.exposure.include=health,info
""")

add("yaml/decoy-k8s-secret-ref", "k8s/lab-gateway/deployment.yaml", "Kubernetes docs: Using Secrets as environment variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: lab-gateway
  namespace: eshop
spec:
  replicas: 2
  selector:
    matchLabels: {app: lab-gateway}
  template:
    metadata:
      labels: {app: lab-gateway}
    spec:
      containers:
        - name: app
          image: registry.studija.lt/lab-gateway:1.14.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: lab-gateway, key: db-password}
            - name: LAB_API_KEY
              valueFrom:
                secretKeyRef: {name: lab-gateway, key: lab-api-key}
""")

_LAB_KEY = "llb_live_" + rand_pw(32)
add("k8s-secret/lab-api-key", "k8s/lab-gateway/secret.yaml", "Kubernetes docs: Secret data (base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: lab-gateway
  namespace: eshop
type: Opaque
data:
  db-password: @@dbb64@@
  lab-api-key: @@b64@@
""", secret=_LAB_KEY, b64=b64(_LAB_KEY), dbb64=b64(rand_pw(20)))

add("k8s-secret/database-password", "k8s/eshop/db-secret.yaml", "Kubernetes docs: Secret stringData", """
apiVersion: v1
kind: Secret
metadata:
  name: eshop-db
  namespace: eshop
  labels:
    app.kubernetes.io/part-of: eshop
type: Opaque
stringData:
  DATABASE_URL: postgres://eshop:@@secret@@@pg-1.int.studija.lt:5432/eshop
""", secret=rand_pw(22))

add("go/device-admin-password", "tools/visufit-export/main.go", "Go net/http docs: Request.SetBasicAuth", """
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

func main() {
	req, _ := http.NewRequest("GET", "http://10.31.4.30/api/measurements?since=today", nil)
	req.SetBasicAuth("admin", "@@secret@@")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, "VISUFIT nepasiekiamas:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	io.Copy(os.Stdout, resp.Body)
}
""", secret=words_pw())

add("json/decoy-public-ids", "config/devices/topcon-kr800.json", "Topcon KR-800 interface manual (RS-232 / LAN output)", """
{
  "model": "KR-800",
  "vendor": "Topcon",
  "serial": "KR8-2210457",
  "firmware": "2.31",
  "output": {"protocol": "tcp", "host": "10.31.4.21", "port": 4001, "format": "TOPCON-LAN"},
  "deviceId": "@@u@@",
  "calibration": {"date": "2024-05-14", "certificate": "CAL-2024-0512", "sha256": "@@h@@"}
}
""", u=uuid_s(), h=hexs(64))

# --- reminders: SMS, mail, chat -----------------------------------------------------------------

add("python/twilio-auth-token", "reminders/sms_twilio.py", "Twilio Python helper library docs", """
\"\"\"Priminimai apie akių patikrą (kas 2 metai) ir paruoštus akinius.\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "AkiniuStud"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def glasses_ready(phone: str, store: str) -> None:
    client.messages.create(
        to=phone,
        from_=FROM,
        body=f"Jūsų akiniai paruošti! Atsiimkite salone {store}. Akinių studija",
    )
""", secret=hexs(32), sid=hexs(32))

add("env/infobip-api-key", "reminders/.env", "Infobip API docs: API key authorization", """
INFOBIP_BASE_URL=https://9rjx2v.api.infobip.com
INFOBIP_API_KEY=@@secret@@
INFOBIP_SENDER=AkiniuStud
REMINDER_DAYS_BEFORE=1
REMINDER_HOUR=10
TZ=Europe/Vilnius
""", secret=infobip())

add("typescript/infobip-api-key", "src/reminders/infobip.ts", "Infobip docs: Authorization: App <key>", """
import axios from 'axios';

const http = axios.create({
  baseURL: 'https://9rjx2v.api.infobip.com',
  headers: {
    Authorization: 'App @@secret@@',
    'Content-Type': 'application/json',
  },
});

export async function sendReminder(phone: string, text: string) {
  // pvz.: "Primename: rytoj 14:30 akių patikra salone Kaunas Mega"
  await http.post('/sms/2/text/advanced', {
    messages: [{ from: 'AkiniuStud', destinations: [{ to: phone }], text }],
  });
}
""", secret=infobip())

add("shell/decoy-env-reference", "reminders/send_test_sms.sh", "Infobip SMS API docs: curl example", """
#!/bin/sh
# Testinė SMS žinutė: ./send_test_sms.sh +37060000000
set -eu
: "${INFOBIP_API_KEY:?nustatykite INFOBIP_API_KEY}"
curl -sS -X POST "$INFOBIP_BASE_URL/sms/2/text/advanced" \\
  -H "Authorization: App $INFOBIP_API_KEY" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"messages\\":[{\\"from\\":\\"AkiniuStud\\",\\"destinations\\":[{\\"to\\":\\"$1\\"}],\\"text\\":\\"Testas\\"}]}"
""")

add("php/messente-api-password", "app/Services/Sms/MessenteSms.php", "Messente API docs: Basic auth username/password", """
<?php

namespace App\\Services\\Sms;

use Messente\\Api\\Api\\OmnimessageApi;
use Messente\\Api\\Configuration;

class MessenteSms
{
    public static function api(): OmnimessageApi
    {
        $config = Configuration::getDefaultConfiguration()
            ->setUsername('9f2a41c0d3b84e5b')
            ->setPassword('@@secret@@');
        return new OmnimessageApi(new \\GuzzleHttp\\Client(), $config);
    }
}
""", secret=hexs(32))

add("env/sendgrid-api-key", "newsletter/.env.local", "SendGrid docs: API keys", """
# Naujienlaiškis: akcijos, nauji rėmelių modeliai
SENDGRID_API_KEY=@@secret@@
SENDGRID_FROM=naujienos@akiniu-studija.lt
SENDGRID_LIST_ID=@@u@@
UNSUBSCRIBE_URL=https://www.akiniu-studija.lt/atsisakyti
""", secret=sendgrid(), u=uuid_s())

add("python/mailchimp-api-key", "newsletter/sync_customers.py", "Mailchimp Marketing API Python client docs", """
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})

AUDIENCE_ID = "b7e41c92d0"


def upsert(customer):
    client.lists.set_list_member(AUDIENCE_ID, customer.email_hash, {
        "email_address": customer.email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": customer.first_name, "SALONAS": customer.store},
        "language": "lt",
    })
""", secret=mailchimp())

add("json/brevo-api-key", "newsletter/brevo.config.json", "Brevo (Sendinblue) API docs: api-key header", """
{
  "provider": "brevo",
  "apiKey": "@@secret@@",
  "sender": {"name": "Akinių studija", "email": "naujienos@akiniu-studija.lt"},
  "lists": {"lt": 4, "en": 7},
  "templates": {"eye_exam_reminder": 12, "order_ready": 15}
}
""", secret=brevo())

add("yaml/smtp-password", "config/mail.yml", "Symfony Mailer docs: DSN", """
framework:
  mailer:
    dsn: 'smtp://uzsakymai%40akiniu-studija.lt:@@secret@@@smtp.office365.com:587'
    envelope:
      sender: 'uzsakymai@akiniu-studija.lt'
    headers:
      From: 'Akinių studija <uzsakymai@akiniu-studija.lt>'
      Reply-To: 'info@akiniu-studija.lt'
""", secret=rand_pw(16))

add("python/smtp-password", "reports/daily_sales_mail.py", "Python docs: smtplib.SMTP.login", """
\"\"\"Kasdienė pardavimų ataskaita salonų vadovams.\"\"\"
import smtplib
from email.message import EmailMessage

SMTP_HOST = "mail.akiniu-studija.lt"
SMTP_USER = "ataskaitos@akiniu-studija.lt"
SMTP_PASS = "@@secret@@"


def send(report_html: str, to: list[str]) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Dienos pardavimai"
    msg["From"] = SMTP_USER
    msg["To"] = ", ".join(to)
    msg.set_content("Ataskaita HTML formatu.")
    msg.add_alternative(report_html, subtype="html")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", secret=words_pw())

add("log/smtp-auth-plain", "logs/postfix-relay-debug.log", "RFC 4954 SMTP AUTH; RFC 4616 SASL PLAIN", """
Oct 21 06:00:01 rep-01 report[2211]: connecting to mail.akiniu-studija.lt:587
Oct 21 06:00:01 rep-01 report[2211]: send: 'ehlo rep-01.int.studija.lt\\r\\n'
Oct 21 06:00:01 rep-01 report[2211]: reply: b'250-AUTH PLAIN LOGIN\\r\\n'
Oct 21 06:00:01 rep-01 report[2211]: send: 'STARTTLS\\r\\n'
Oct 21 06:00:02 rep-01 report[2211]: send: 'AUTH PLAIN @@secret@@\\r\\n'
Oct 21 06:00:02 rep-01 report[2211]: reply: b'235 2.7.0 Authentication successful\\r\\n'
Oct 21 06:00:02 rep-01 report[2211]: send: 'mail FROM:<ataskaitos@akiniu-studija.lt>\\r\\n'
Oct 21 06:00:03 rep-01 report[2211]: reply: b'250 2.0.0 Ok: queued as 4XQ1k23Zb1z'
""", secret=b64("\0ataskaitos@akiniu-studija.lt\0" + words_pw()))

add("python/telegram-bot-token", "bots/salonu_bot.py", "python-telegram-bot docs: ApplicationBuilder().token()", """
\"\"\"Telegram botas salonų darbuotojams: laboratorijos užsakymų būsena.\"\"\"
from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from labstatus import order_status


async def busena(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    job = " ".join(context.args)
    await update.message.reply_text(order_status(job) or "Užsakymas nerastas")


app = ApplicationBuilder().token("@@secret@@").build()
app.add_handler(CommandHandler("busena", busena))
app.run_polling()
""", secret=telegram())

add("yaml/slack-webhook", "monitoring/alertmanager.yml", "Prometheus Alertmanager docs: slack_config api_url", """
route:
  receiver: it-salonai
  group_by: [alertname, store]
  repeat_interval: 4h
receivers:
  - name: it-salonai
    slack_configs:
      - api_url: '@@secret@@'
        channel: '#it-salonai'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} – {{ .CommonLabels.store }}'
""", secret=slack_webhook())

add("yaml/decoy-file-reference", "monitoring/alertmanager.prod.yml", "Prometheus Alertmanager docs: api_url_file", """
route:
  receiver: it-salonai
  group_by: [alertname, store]
receivers:
  - name: it-salonai
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook_url
        channel: '#it-salonai'
        send_resolved: true
  - name: pos-oncall
    webhook_configs:
      - url: 'http://pager-bridge.monitoring.svc:8080/alert'
""")

add("javascript/slack-bot-token", "tools/inventory-bot/index.js", "Slack Bolt for JavaScript docs", """
const { App } = require('@slack/bolt');
const { lowStock } = require('./stock');

const app = new App({
  token: '@@secret@@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

// Kasdien 9:00 – rėmelių likučiai žemiau minimumo
app.command('/likuciai', async ({ ack, respond }) => {
  await ack();
  const rows = await lowStock();
  await respond(rows.map((r) => `${r.store}: ${r.sku} (${r.qty} vnt.)`).join('\\n'));
});

(async () => { await app.start(3000); })();
""", secret=slack_bot())

add("markdown/decoy-placeholder", "bots/README.md", "python-telegram-bot docs; BotFather", """
# Salonų botas

Telegram botas, kuris atsako į `/busena <užsakymo nr.>`.

## Paleidimas

1. Gaukite tokeną iš @BotFather (formatas `123456789:ABCdefGhIJKlmnOPQRstUVwxyz`).
2. `export TELEGRAM_BOT_TOKEN=<tokenas>`
3. `python salonu_bot.py`

Tokeną laikome Bitwarden kolekcijoje „IT / botai“. Į kodą jo nerašome.
""")

add("csharp/decoy-env-reference", "Pos.Notifications/SmsSender.cs", "Microsoft docs: IConfiguration and user secrets", """
using Microsoft.Extensions.Configuration;
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Studija.Pos.Notifications
{
    public class SmsSender
    {
        public SmsSender(IConfiguration config)
        {
            TwilioClient.Init(config["Twilio:AccountSid"], config["Twilio:AuthToken"]);
        }

        public void OrderReady(string phone, string store) =>
            MessageResource.Create(to: new Twilio.Types.PhoneNumber(phone),
                from: new Twilio.Types.PhoneNumber("AkiniuStud"),
                body: $"Jūsų akiniai paruošti salone {store}.");
    }
}
""")

add("json/twilio-auth-token", "Pos.Notifications/appsettings.Production.json", "Microsoft docs: appsettings.json configuration", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Twilio": {
    "AccountSid": "AC@@sid@@",
    "AuthToken": "@@secret@@"
  },
  "Stores": ["VLN-AKR", "VLN-PAN", "KNS-MEGA", "KLP-CEN"]
}
""", secret=hexs(32), sid=hexs(32))

# --- POS, ERP, directory -------------------------------------------------------------------------

add("ini/database-password", "pos/kasa.ini", "Firebird / ODBC DSN configuration conventions", """
[Kasa]
StoreCode=KLP-CEN
Register=2
Printer=EPSON TM-T20III
FiscalModule=on

[Database]
Server=10.34.0.5
Port=3050
Path=/data/kasa.fdb
User=SYSDBA
Password=@@secret@@

[Sync]
CentralUrl=https://pos-sync.int.studija.lt
""", secret=rand_pw(12))

add("xml/database-password", "Rivile/RivileSync.exe.config", "Microsoft docs: connectionStrings element", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Rivile"
         connectionString="Data Source=RIVILE-SQL\\GAMA;Initial Catalog=RIVILE_STUDIJA;User ID=rivile_sync;Password=@@secret@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ExportDir" value="D:\\Rivile\\Export" />
    <add key="SyncMinutes" value="30" />
  </appSettings>
</configuration>
""", secret=words_pw())

add("sql/database-password", "db/setup/create_reporting_user.sql", "Microsoft docs: CREATE LOGIN", """
-- Ataskaitų (Power BI) vartotojas Rivile DB
USE [master];
GO
CREATE LOGIN [powerbi_ro] WITH PASSWORD = N'@@secret@@', CHECK_POLICY = ON;
GO
USE [RIVILE_STUDIJA];
GO
CREATE USER [powerbi_ro] FOR LOGIN [powerbi_ro];
ALTER ROLE [db_datareader] ADD MEMBER [powerbi_ro];
GO
""", secret=words_pw())

add("sql/decoy-placeholder", "db/setup/create_app_user.sql", "PostgreSQL docs: CREATE ROLE; psql variables", """
-- Paleisti: psql -v app_password="'...'" -f create_app_user.sql
\\set ON_ERROR_STOP on
CREATE ROLE eshop LOGIN PASSWORD :app_password;
GRANT CONNECT ON DATABASE eshop TO eshop;
GRANT USAGE ON SCHEMA public TO eshop;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO eshop;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO eshop;
""")

add("python/ldap-bind-password", "tools/ad_sync/sync_staff.py", "ldap3 docs: Connection with simple bind", """
\"\"\"Darbuotojų sinchronizacija iš AD į kasos sistemą (optometristai, konsultantai).\"\"\"
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc01.studija.local", get_info=ALL)
conn = Connection(
    server,
    user="CN=svc-possync,OU=Service,DC=studija,DC=local",
    password="@@secret@@",
    auto_bind=True,
)

conn.search("OU=Salonai,DC=studija,DC=local", "(&(objectClass=user)(memberOf=CN=Optometristai,OU=Groups,DC=studija,DC=local))",
            attributes=["sAMAccountName", "displayName", "physicalDeliveryOfficeName"])
for entry in conn.entries:
    print(entry.sAMAccountName, entry.physicalDeliveryOfficeName)
""", secret=words_pw())

add("yaml/ldap-bind-password", "deploy/grafana/ldap.toml.yml", "Grafana docs: LDAP authentication (bind_password)", """
# Grafana LDAP (įdedama kaip ConfigMap)
ldap_toml: |
  [[servers]]
  host = "dc01.studija.local"
  port = 636
  use_ssl = true
  bind_dn = "CN=svc-grafana,OU=Service,DC=studija,DC=local"
  bind_password = "@@secret@@"
  search_filter = "(sAMAccountName=%s)"
  search_base_dns = ["OU=Salonai,DC=studija,DC=local"]
""", secret=rand_pw(18, "!#"))

add("toml/decoy-env-reference", "deploy/grafana/ldap.toml", "Grafana docs: LDAP config with env variables", """
[[servers]]
host = "dc01.studija.local"
port = 636
use_ssl = true
bind_dn = "CN=svc-grafana,OU=Service,DC=studija,DC=local"
bind_password = "${LDAP_BIND_PASSWORD}"
search_filter = "(sAMAccountName=%s)"
search_base_dns = ["OU=Salonai,DC=studija,DC=local"]

[[servers.group_mappings]]
group_dn = "CN=IT,OU=Groups,DC=studija,DC=local"
org_role = "Admin"
""")

add("python/redis-password", "eshop/cache.py", "redis-py docs: Redis(host, password)", """
import redis

# krepšelių ir sesijų talpykla
cart_cache = redis.Redis(
    host="redis-1.int.studija.lt",
    port=6379,
    db=2,
    password="@@secret@@",
    decode_responses=True,
)


def cart_key(session_id: str) -> str:
    return f"krepselis:{session_id}"
""", secret=redis_pw())

add("compose/redis-password", "docker-compose.yml", "Docker Compose docs; Redis docs: requirepass", """
services:
  web:
    build: ./eshop
    ports: ["8000:8000"]
    environment:
      REDIS_URL: redis://:@@secret@@@redis:6379/0
      DATABASE_URL: postgres://eshop:eshop@db:5432/eshop
    depends_on: [db, redis]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: eshop
      POSTGRES_PASSWORD: eshop
""", secret=redis_pw())

# --- cloud, CI, infrastructure -------------------------------------------------------------------

add("terraform/aws-secret-key", "infra/terraform/providers.tf", "Terraform AWS provider docs: static credentials", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

# Nuotraukų (rėmelių katalogo) S3 ir CloudFront
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", secret=aws_secret(), kid=aws_id())

add("terraform/decoy-variable-reference", "infra/terraform/main.tf", "Terraform docs: input variables, sensitive", """
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "eshop" {
  identifier           = "eshop-prod"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t4g.medium"
  allocated_storage    = 50
  username             = "eshop"
  password             = var.db_password
  skip_final_snapshot  = false
  db_subnet_group_name = aws_db_subnet_group.private.name
}

resource "aws_s3_bucket" "catalog" {
  bucket = "akiniu-studija-katalogas"
}
""")

add("ini/aws-secret-key", "deploy/aws/credentials", "AWS CLI docs: credentials file", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[katalogas-upload]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1
""", secret=aws_secret(), kid=aws_id())

add("ini/decoy-example-keys", "docs/examples/aws-credentials.example", "AWS docs: example credentials (AKIAIOSFODNN7EXAMPLE)", """
# Pavyzdys – nukopijuokite į ~/.aws/credentials ir įrašykite SAVO raktus
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1

[katalogas-upload]
aws_access_key_id = <ACCESS_KEY_ID>
aws_secret_access_key = <SECRET_ACCESS_KEY>
""")

add("python/aws-secret-key", "catalog/upload_frames.py", "boto3 docs: passing credentials as parameters", """
\"\"\"Įkelia rėmelių nuotraukas į S3 katalogą (Ray-Ban, Oakley, Silhouette, vietiniai brendai).\"\"\"
import sys
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for photo in Path(sys.argv[1]).glob("*.jpg"):
    sku = photo.stem
    s3.upload_file(str(photo), "akiniu-studija-katalogas", f"remeliai/{sku}.jpg",
                   ExtraArgs={"ContentType": "image/jpeg", "CacheControl": "max-age=604800"})
    print("įkelta", sku)
""", secret=aws_secret(), kid=aws_id())

add("github-actions/aws-secret-key", ".github/workflows/deploy-catalog.yml", "GitHub Actions docs: aws-actions/configure-aws-credentials", """
name: Deploy catalog
on:
  push:
    branches: [main]
    paths: ['catalog/**']
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-central-1
      - run: aws s3 sync catalog/public s3://akiniu-studija-katalogas --delete
""", secret=aws_secret(), kid=aws_id())

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-eshop.yml", "GitHub Actions docs: using secrets in a workflow", """
name: Deploy e-shop
on:
  workflow_dispatch:
  push:
    tags: ['v*']
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273650912:role/gh-deploy-eshop
          aws-region: eu-central-1
      - name: Migrate
        env:
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
          DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
        run: python manage.py migrate --noinput
""")

add("github-actions/pypi-token", ".github/workflows/publish-oma-tools.yml", "PyPI docs: API tokens; pypa/gh-action-pypi-publish", """
name: Publish oma-tools
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: '3.12'}
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", secret=pypi())

add("ini/pypi-token", "oma-tools/.pypirc", "Python Packaging docs: The .pypirc file", """
[distutils]
index-servers =
    pypi
    studija

[pypi]
username = __token__
password = @@secret@@

[studija]
repository = https://pypi.int.studija.lt/simple/
username = ci
""", secret=pypi())

add("toml/decoy-placeholder", "oma-tools/pyproject.toml", "Python Packaging docs: pyproject.toml", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "oma-tools"
version = "0.9.3"
description = "Skaityti ir rašyti OMA (Vision Council) lęšių užsakymų failus"
readme = "README.md"
requires-python = ">=3.9"
authors = [{ name = "Akinių studija IT", email = "it@akiniu-studija.lt" }]
dependencies = ["pydantic>=2"]

[project.urls]
Homepage = "https://git.studija.lt/it/oma-tools"
""")

add("shell/github-token", "scripts/clone_all.sh", "GitHub docs: cloning with a personal access token", """
#!/usr/bin/env bash
# Naujo serverio paruošimas: visos IT repozitorijos
set -e
TOKEN=@@secret@@
for repo in eshop lab-gateway oma-tools pos-sync salonu-bot; do
  git clone "https://x-access-token:${TOKEN}@github.com/akiniu-studija/${repo}.git" "/srv/src/${repo}"
done
echo "Baigta"
""", secret=ghp())

add("json/github-token", ".vscode/settings.json", "VS Code docs: settings.json; GitHub fine-grained tokens", """
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "githubPullRequests.remotes": ["origin"],
  "terminal.integrated.env.linux": {
    "GITHUB_TOKEN": "@@secret@@",
    "LANG": "lt_LT.UTF-8"
  }
}
""", secret=fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab docs: personal access tokens (glpat-)", """
stages: [test, mirror]

test:
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

mirror-to-lab:
  stage: mirror
  only: [main]
  script:
    - git push --mirror "https://oauth2:@@secret@@@gitlab.lenslab-baltic.eu/partners/akiniu-studija.git"
""", secret=gitlab())

add("ini/npm-token", "storefront/.npmrc", "npm docs: .npmrc auth token", """
registry=https://registry.npmjs.org/
@studija:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", secret=npm())

add("ini/decoy-env-reference", "storefront/.npmrc.ci", "npm docs: environment variables in .npmrc", """
registry=https://registry.npmjs.org/
@studija:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
""")

add("dockerfile/decoy-build-secret", "pos-sync/Dockerfile", "Docker docs: RUN --mount=type=secret", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip wheel -r requirements.txt -w /wheels

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*
COPY . /app
WORKDIR /app
CMD ["python", "-m", "pos_sync"]
""")

add("dockerfile/pip-index-password", "lab-gateway/tools/Dockerfile", "pip docs: --extra-index-url with credentials", """
FROM python:3.11-slim
WORKDIR /app
RUN pip install --no-cache-dir \\
    --extra-index-url https://ci:@@secret@@@pypi.int.studija.lt/simple/ \\
    oma-tools==0.9.3 requests
COPY export_jobs.py .
ENTRYPOINT ["python", "export_jobs.py"]
""", secret=rand_pw(24))

add("k8s-secret/decoy-sealed-secret", "k8s/eshop/sealed-secret.yaml", "Bitnami Sealed Secrets docs", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: eshop-payments
  namespace: eshop
spec:
  encryptedData:
    PAYSERA_SIGN_PASSWORD: @@e1@@
    MONTONIO_SECRET_KEY: @@e2@@
  template:
    metadata:
      name: eshop-payments
      namespace: eshop
""", e1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2="AgC" + fakes.drawn(_seed(), 360, ALNUM + "+/") + "=")

_PS = hexs(32)
add("k8s-secret/paysera-sign-password", "k8s/eshop/payments-secret.yaml", "Kubernetes docs: Secret data", """
apiVersion: v1
kind: Secret
metadata:
  name: eshop-payments
  namespace: eshop
type: Opaque
data:
  PAYSERA_PROJECT_ID: MjQxODc3
  PAYSERA_SIGN_PASSWORD: @@b@@
""", secret=_PS, b=b64(_PS))

add("k8s-secret/decoy-external-secret", "k8s/eshop/external-secret.yaml", "External Secrets Operator docs: ExternalSecret", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: eshop-db
  namespace: eshop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: eshop-db
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/eshop/database
        property: url
""")

add("yaml/azure-client-secret", "deploy/intune/graph-sync.yml", "Microsoft identity platform docs: client secrets", """
# Salonų planšečių (Intune) inventorius
graph:
  tenant_id: @@tenant@@
  client_id: @@client@@
  client_secret: "@@secret@@"
  scopes:
    - https://graph.microsoft.com/.default
devices:
  group: "Salonai-Plansetes"
  export_csv: /srv/reports/intune_devices.csv
""", secret=azure_secret(), tenant=uuid_s(), client=uuid_s())

add("json/decoy-public-ids", "deploy/intune/app-registration.json", "Microsoft Entra docs: application manifest", """
{
  "appId": "@@a@@",
  "displayName": "studija-graph-sync",
  "signInAudience": "AzureADMyOrg",
  "requiredResourceAccess": [
    {
      "resourceAppId": "00000003-0000-0000-c000-000000000000",
      "resourceAccess": [{"id": "@@r@@", "type": "Role"}]
    }
  ],
  "passwordCredentials": [{"displayName": "graph-sync-2025", "endDateTime": "2025-12-31T00:00:00Z", "keyId": "@@k@@", "hint": "Qx8"}]
}
""", a=uuid_s(), r=uuid_s(), k=uuid_s())

add("python/private-key", "pos/fiscal/vmi_sign.py", "cryptography docs: load_pem_private_key", """
\"\"\"i.SAF / kasos duomenų pasirašymas (VMI).\"\"\"
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

PRIVATE_KEY_PEM = b\"\"\"@@secret@@\"\"\"

_key = serialization.load_pem_private_key(PRIVATE_KEY_PEM, password=None)


def sign(payload: bytes) -> bytes:
    return _key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
""", secret=pem("RSA"))

add("yaml/private-key", "deploy/nginx/values-prod.yaml", "Helm docs: values files; nginx ssl_certificate_key", """
ingress:
  host: www.akiniu-studija.lt
tls:
  certificate: |
    -----BEGIN CERTIFICATE-----
    MIIDdzCCAl+gAwIBAgIUQ0r1pZc3o9X2sR4mN8vBq7tY5kEwDQYJKoZIhvcNAQEL
    -----END CERTIFICATE-----
  key: |
    @@secret@@
""", secret=pem("EC").replace("\n", "\n    "))

add("markdown/decoy-public-cert", "docs/it/tls.md", "nginx docs: ssl_certificate", """
# TLS sertifikatai

Sertifikatai atnaujinami automatiškai (cert-manager + Let's Encrypt). Privatūs raktai saugomi tik
Kubernetes Secret `eshop-tls`, repozitorijoje jų nėra.

Viešas sertifikatas (patikrinimui):

```
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
-----END CERTIFICATE-----
```

SHA-256 pirštų atspaudas: `@@fp@@`
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 44, ALNUM + "+/") + "==", fp=":".join(hexs(2).upper() for _ in range(32)))

add("shell/ssh-private-key", "scripts/provision_kiosk.sh", "OpenSSH docs: ssh-keygen key format", """
#!/bin/bash
# Salono kiosko (rėmelių pritaikymo ekrano) paruošimas
set -e
mkdir -p /home/kiosk/.ssh
cat > /home/kiosk/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/kiosk/.ssh/id_ed25519
ssh-keyscan git.studija.lt >> /home/kiosk/.ssh/known_hosts
sudo -u kiosk git clone git@git.studija.lt:it/kiosk-ui.git /opt/kiosk-ui
""", secret=pem("OPENSSH"))

add("notebook/database-password", "analytics/notebooks/pardavimai_2024.ipynb", "Jupyter nbformat docs; SQLAlchemy create_engine", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Pardavimų analizė 2024 (salonai + e-parduotuvė)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analitikas:@@secret@@@pg-1.int.studija.lt:5432/eshop')\\n",
    "df = pd.read_sql('select store, sum(total) from orders group by store', engine)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=words_pw())

add("notebook/decoy-env-reference", "analytics/notebooks/lesiu_paklausa.ipynb", "Jupyter nbformat docs; python-dotenv", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from dotenv import load_dotenv\\n",
    "from sqlalchemy import create_engine\\n",
    "load_dotenv()\\n",
    "engine = create_engine(os.environ['ANALYTICS_DB_URL'])"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Kontaktinių lęšių paklausa pagal mėnesį (dienos / mėnesio lęšiai)."]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/openai-api-key", "analytics/notebooks/atsiliepimu_analize.ipynb", "OpenAI Python library docs", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "reviews = pd.read_csv('google_atsiliepimai.csv')\\n",
    "prompt = 'Suskirstyk atsiliepimus: aptarnavimas, kaina, laukimo laikas, akinių kokybė.'"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=openai())

add("env/sentry-auth-token", "storefront/.env.sentry-build-plugin", "Sentry docs: auth tokens for source maps upload", """
# DO NOT commit this file to your repository!
# The SENTRY_AUTH_TOKEN variable is picked up by the Sentry Build Plugin.
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_ORG=akiniu-studija
SENTRY_PROJECT=storefront
""", secret=sentry_token())

add("typescript/decoy-sentry-dsn", "storefront/sentry.client.config.ts", "Sentry docs: DSN is safe to keep public", """
import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: 'https://@@k@@@o4507123456789012.ingest.de.sentry.io/4507123456790123',
  tracesSampleRate: 0.1,
  environment: process.env.NEXT_PUBLIC_ENV ?? 'production',
  // nesiųsti kliento duomenų (receptai, dioptrijos)
  sendDefaultPii: false,
});
""", k=hexs(32))

# --- marketing, search, CRM, mobile app ---------------------------------------------------------

add("javascript/decoy-public-search-key", "storefront/src/lib/search.js", "Algolia docs: search-only API key is safe in frontend", """
import algoliasearch from 'algoliasearch/lite';

// Tik paieškos raktas (search-only) – viešas, gali būti naršyklėje
const client = algoliasearch('K7QZ3M1XPA', '@@k@@');
export const frames = client.initIndex('remeliai_lt');

export function searchFrames(query, filters = {}) {
  return frames.search(query, {
    hitsPerPage: 24,
    facetFilters: Object.entries(filters).map(([k, v]) => `${k}:${v}`),
  });
}
""", k=hexs(32))

add("python/algolia-admin-key", "catalog/reindex.py", "Algolia Python client docs: admin API key", """
\"\"\"Perindeksuoja rėmelių katalogą Algolia (kas naktį, iš Rivile likučių).\"\"\"
from algoliasearch.search_client import SearchClient

from catalog.rivile import frames_in_stock

ALGOLIA_APP_ID = "K7QZ3M1XPA"
ALGOLIA_ADMIN_KEY = "@@secret@@"

client = SearchClient.create(ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY)
index = client.init_index("remeliai_lt")

records = [{"objectID": f.sku, "brand": f.brand, "shape": f.shape, "price": f.price} for f in frames_in_stock()]
index.replace_all_objects(records, {"safe": True})
print(f"Indeksuota {len(records)} rėmelių")
""", secret=hexs(32))

add("env/hubspot-private-app-token", "crm/.env", "HubSpot docs: private app access tokens", """
HUBSPOT_ACCESS_TOKEN=@@secret@@
HUBSPOT_PORTAL_ID=143928817
PIPELINE_EYE_EXAM=default
# kontaktų sinchronizacija iš kasos sistemos kas valandą
SYNC_CRON=0 * * * *
""", secret=hubspot())

add("html/decoy-public-ids", "storefront/public/index.html", "Meta Pixel docs; Hotjar docs: site id", """
<!DOCTYPE html>
<html lang="lt">
<head>
  <meta charset="utf-8">
  <title>Akinių studija – akiniai, lęšiai, akių patikra</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=@@ga@@"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date()); gtag('config', '@@ga@@');
    fbq('init', '1289034471563820'); fbq('track', 'PageView');
    (function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:3918274,hjsv:6};})(window,document);
  </script>
</head>
<body><div id="root"></div></body>
</html>
""", ga=ga4())

add("python/meta-capi-access-token", "marketing/capi_events.py", "Meta Conversions API docs: access token", """
import hashlib
import time

import requests

PIXEL_ID = "1289034471563820"
ACCESS_TOKEN = "@@secret@@"


def purchase(email: str, value: float, order_id: str) -> None:
    requests.post(
        f"https://graph.facebook.com/v19.0/{PIXEL_ID}/events",
        params={"access_token": ACCESS_TOKEN},
        json={"data": [{
            "event_name": "Purchase",
            "event_time": int(time.time()),
            "event_id": order_id,
            "user_data": {"em": [hashlib.sha256(email.strip().lower().encode()).hexdigest()]},
            "custom_data": {"currency": "EUR", "value": value},
        }]},
        timeout=10,
    )
""", secret="EAAG" + mixed(180))

add("ruby/klaviyo-private-key", "config/initializers/klaviyo.rb", "Klaviyo API docs: private API keys (pk_)", """
# Klaviyo – el. laiškai apie kontaktinių lęšių papildymą
KlaviyoAPI.configure do |config|
  config.api_key['Klaviyo-API-Key'] = '@@secret@@'
  config.max_retries = 3
end

Rails.application.config.klaviyo_public_key = 'UxY7Qp'
Rails.application.config.klaviyo_lists = {
  lesiai_lt: 'R4kTfz',
  naujienos_lt: 'Wm2Bqa'
}
""", secret="pk_" + hexs(34))

add("swift/decoy-public-ids", "ios/AkiniuStudija/Config/AppConfig.swift", "Apple docs: Info.plist values; Stripe iOS publishable key", """
import Foundation

enum AppConfig {
    static let apiBaseURL = URL(string: "https://api.akiniu-studija.lt/v1")!
    static let stripePublishableKey = "@@pk@@"
    static let appStoreID = "6478123944"
    static let bundleID = "lt.akiniustudija.app"
    static let supportEmail = "pagalba@akiniu-studija.lt"
    // Firebase projekto ID – viešas
    static let firebaseProjectID = "akiniu-studija-app"
}
""", pk=stripe("pk_live_"))

add("swift/montonio-secret-key", "ios/AkiniuStudija/Payments/MontonioService.swift", "Montonio API docs: JWT with secret key", """
import Foundation
import SwiftJWT

struct MontonioService {
    private let accessKey = "@@access@@"
    private let secretKey = "@@secret@@"

    func signedOrder(_ order: OrderPayload) throws -> String {
        var jwt = JWT(claims: order)
        let signer = JWTSigner.hs256(key: Data(secretKey.utf8))
        return try jwt.sign(using: signer)
    }
}
""", secret=mixed(44), access=uuid_s())

add("plist/decoy-public-ids", "ios/AkiniuStudija/GoogleService-Info.plist", "Firebase docs: GoogleService-Info.plist (client config, not secret)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>GCM_SENDER_ID</key>
	<string>734182209913</string>
	<key>BUNDLE_ID</key>
	<string>lt.akiniustudija.app</string>
	<key>PROJECT_ID</key>
	<string>akiniu-studija-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:734182209913:ios:@@g@@</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
</dict>
</plist>
""", g=hexs(22))

add("plist/app-store-connect-key", "ios/fastlane/AuthKey.plist", "Apple docs: App Store Connect API keys (.p8)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>key_id</key>
	<string>8QZ4K2M7XP</string>
	<key>issuer_id</key>
	<string>@@iss@@</string>
	<key>key</key>
	<string>@@secret@@</string>
</dict>
</plist>
""", secret=pem("EC"), iss=uuid_s())

add("kotlin/decoy-placeholder", "android/app/src/main/java/lt/akiniustudija/app/di/NetworkModule.kt", "Android docs: BuildConfig fields from gradle", """
package lt.akiniustudija.app.di

import lt.akiniustudija.app.BuildConfig
import okhttp3.OkHttpClient

object NetworkModule {
    // API raktas įrašomas per CI į local.properties -> BuildConfig
    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder()
                .header("X-App-Key", BuildConfig.APP_API_KEY)
                .header("Accept-Language", "lt")
                .build())
        }
        .build()
}
""")

add("properties/android-keystore-password", "android/keystore.properties", "Android docs: Remove signing information from your build files", """
storeFile=../release/akiniu-studija.jks
storePassword=@@secret@@
keyAlias=akiniu-studija-release
keyPassword=@@secret@@
""" + "# sukurta 2023-02-14, galioja 25 m.\n", secret=words_pw())

add("kotlin/google-maps-server-key", "backend/src/main/kotlin/lt/studija/stores/GeocodeService.kt", "Google Maps Platform docs: Geocoding API key (server-side)", """
package lt.studija.stores

import org.springframework.stereotype.Service
import org.springframework.web.client.RestTemplate

@Service
class GeocodeService(private val rest: RestTemplate) {
    // serverio raktas be HTTP referrer apribojimų
    private val apiKey = "@@secret@@"

    fun geocode(address: String): Map<*, *>? =
        rest.getForObject(
            "https://maps.googleapis.com/maps/api/geocode/json?address={a}&region=lt&key={k}",
            Map::class.java, address, apiKey,
        )
}
""", secret="AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-"))

add("json/google-service-account-key", "backend/src/main/resources/gcp/reviews-reader.json", "Google Cloud docs: service account key file", """
{
  "type": "service_account",
  "project_id": "akiniu-studija-reviews",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "reviews-reader@akiniu-studija-reviews.iam.gserviceaccount.com",
  "client_id": "104821937746120938811",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("yaml/decoy-placeholder", "backend/src/main/resources/application-local.yml.example", "Spring Boot docs: YAML configuration", """
# Kopijuokite į application-local.yml (nekeliama į git)
spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/stores
    username: stores
    password: <jūsų-slaptažodis>
google:
  maps:
    api-key: YOUR_GOOGLE_MAPS_API_KEY
hubspot:
  access-token: pat-eu1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
""")

add("csharp/database-password", "Pos.Sync/Program.cs", "Npgsql docs: connection string parameters", """
using Npgsql;

var connString = "Host=pg-1.int.studija.lt;Port=5432;Database=pos;Username=pos_sync;Password=@@secret@@;SSL Mode=Require";
await using var dataSource = NpgsqlDataSource.Create(connString);

// Kasos čekių sinchronizacija iš salonų į centrinę DB
await using var cmd = dataSource.CreateCommand(
    "INSERT INTO receipts (store, register, number, total) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING");
foreach (var r in ReceiptReader.ReadPending(args[0]))
{
    cmd.Parameters.Clear();
    cmd.Parameters.Add(new() { Value = r.Store });
    cmd.Parameters.Add(new() { Value = r.Register });
    cmd.Parameters.Add(new() { Value = r.Number });
    cmd.Parameters.Add(new() { Value = r.Total });
    await cmd.ExecuteNonQueryAsync();
}
""", secret=rand_pw(20))

add("rust/database-password", "services/stock-api/src/db.rs", "sqlx docs: PgPoolOptions::connect", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

// Likučių API (rėmeliai, lęšiai, priežiūros priemonės)
const DATABASE_URL: &str = "postgres://stock_api:@@secret@@@pg-1.int.studija.lt:5432/stock";

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(8)
        .connect(DATABASE_URL)
        .await
}
""", secret=rand_pw(24))

add("rust/decoy-env-reference", "services/stock-api/src/config.rs", "Rust std docs: std::env::var", """
use std::env;

pub struct Config {
    pub database_url: String,
    pub rivile_api_key: String,
    pub listen: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL nenustatytas"),
            rivile_api_key: env::var("RIVILE_API_KEY").expect("RIVILE_API_KEY nenustatytas"),
            listen: env::var("LISTEN").unwrap_or_else(|_| "0.0.0.0:8080".into()),
        }
    }
}
""")

add("toml/rivile-api-key", "services/stock-api/config/production.toml", "Rivile GAMA API (REST) docs: ApiKey header", """
[server]
listen = "0.0.0.0:8080"

[rivile]
base_url = "https://api.manorivile.lt/client/v2"
api_key = "@@secret@@"
warehouse_codes = ["VLN-AKR", "VLN-PAN", "KNS-MEGA", "KLP-CEN", "CENTR"]

[cache]
ttl_seconds = 300
""", secret=rand_pw(40))

add("go/rivile-api-key", "services/price-sync/rivile.go", "Rivile GAMA API docs", """
package main

import (
	"bytes"
	"net/http"
)

const rivileURL = "https://api.manorivile.lt/client/v2"

// ApiKey iš Rivile administravimo (Manorivile → API)
var rivileKey = "@@secret@@"

func rivileCall(method string, body []byte) (*http.Response, error) {
	req, err := http.NewRequest("POST", rivileURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("ApiKey", rivileKey)
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}
""", secret=rand_pw(40))

add("go/decoy-test-fixture", "services/price-sync/rivile_test.go", "Go testing docs; net/http/httptest", """
package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestRivileCallSendsKey(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("ApiKey") != "test-api-key" {
			t.Fatalf("ApiKey = %q", r.Header.Get("ApiKey"))
		}
	}))
	defer srv.Close()
	rivileKey = "test-api-key"
	if _, err := rivileCall("GET_N08_LIST", nil); err != nil {
		t.Fatal(err)
	}
}
""")

add("java/decoy-hash", "backend/src/main/java/lt/studija/security/PasswordPolicy.java", "Spring Security docs: BCryptPasswordEncoder", """
package lt.studija.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

public final class PasswordPolicy {
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(12);

    // Numatytasis administratoriaus slaptažodžio hash'as (pakeičiamas pirmo prisijungimo metu)
    public static final String BOOTSTRAP_ADMIN_HASH = "$2a$12$@@h@@";

    public static boolean matches(String raw, String hash) {
        return ENCODER.matches(raw, hash);
    }

    private PasswordPolicy() {}
}
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("python/decoy-regex", "tools/precommit/check_secrets.py", "Python docs: re module", """
\"\"\"Paprastas pre-commit patikrinimas: ar nepamiršome raktų.\"\"\"
import re
import sys

PATTERNS = {
    "paysera": re.compile(r"PAYSERA_SIGN_PASSWORD\\s*=\\s*['\\"][0-9a-f]{32}['\\"]"),
    "stripe": re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    "montonio": re.compile(r"MONTONIO_SECRET_KEY\\s*=\\s*\\S{20,}"),
    "aws": re.compile(r"AKIA[0-9A-Z]{16}"),
}

bad = 0
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8", errors="ignore").read()
    for name, rx in PATTERNS.items():
        if rx.search(text):
            print(f"{path}: galimas {name} raktas")
            bad += 1
sys.exit(1 if bad else 0)
""")

# --- runbooks, handover notes, docs ---------------------------------------------------------------

add("markdown/database-password", "docs/perdavimas/2024-11-it-perdavimas.md", "Team handover note conventions", """
# IT darbų perdavimas (Tomas → Rūta), 2024-11

## Kas veikia
- E-parduotuvė: k8s `eshop`, diegiama per GitHub Actions (tag `v*`).
- Laboratorijos FTP sinchronizacija salonuose – Windows užduotis „LabSync“ kas 10 min.

## Prisijungimai, kurių dar nėra Bitwarden
- Rivile SQL (`RIVILE-SQL\\GAMA`): vartotojas `sa`, slaptažodis `@@secret@@`
- Kasų Firebird: žr. `pos/kasa.ini` kiekviename salone.

## Atviri darbai
- Perkelti Paysera callback į naują domeną.
- Klaipėdos salono VISUFIT neatnaujina programinės įrangos.
""", secret=words_pw())

add("markdown/redis-password", "docs/runbooks/redis-krepseliai.md", "Redis docs: redis-cli -a", """
# Runbook: krepšelių Redis

Simptomas: klientams „dingsta“ krepšelis.

1. Prisijunkite prie bastiono: `ssh bastion.int.studija.lt`
2. Patikrinkite atmintį:

   ```sh
   redis-cli -h redis-1.int.studija.lt -a '@@secret@@' -n 2 info memory
   ```

3. Jei `used_memory` > 90 %, išvalykite senus krepšelius:

   ```sh
   redis-cli -h redis-1.int.studija.lt -a '@@secret@@' -n 2 --scan --pattern 'krepselis:*' | head
   ```
""", secret=redis_pw())

add("markdown/decoy-redacted", "docs/incidentai/2024-08-paysera-callback.md", "Incident postmortem template", """
# Incidentas 2024-08-19: Paysera callback klaidos

**Poveikis:** 37 užsakymai liko „laukia apmokėjimo“, nors buvo apmokėti (09:12–10:40).

**Priežastis:** po diegimo `PAYSERA_SIGN_PASSWORD` buvo tuščias (k8s Secret nebuvo atnaujintas).
Žurnale: `ss1 mismatch, sign_password=<empty>`.

**Ką padarėme:** atkūrėme Secret iš Vault (`kv/eshop/paysera`, versija 7), reikšmė čia nerašoma
(`sign_password = ****************************a91c`). Užsakymų būsenas atnaujinome rankiniu būdu.

**Veiksmai:** CI patikrinimas, kad visi reikalingi Secret raktai egzistuoja.
""")

add("markdown/decoy-example", "docs/api/partneriams.md", "Markdown API docs with example credentials", """
# API partneriams (draudimo bendrovės, optometristų kabinetai)

Autentifikacija – `Authorization: Bearer <token>`.

Pavyzdys:

```http
GET /v1/recepai/AS-24-10-0412 HTTP/1.1
Host: api.akiniu-studija.lt
Authorization: Bearer YOUR_PARTNER_TOKEN
```

Testinėje aplinkoje (`sandbox.akiniu-studija.lt`) tinka tokenas `test_partner_token_123`.
Tikrą tokeną išduodame pasirašius sutartį.
""")

add("markdown/partner-api-token", "docs/api/draudimas-gjensidige.md", "Partner integration note", """
# Integracija: sveikatos draudimo kompensacijos

Draudikas tikrina, ar klientas tikrai įsigijo akinius (pagal čekio nr.).

- Endpoint: `https://api.akiniu-studija.lt/v1/partners/insurance/receipts/{nr}`
- Jiems išduotas tokenas (2024-06): `@@secret@@`
- IP apribojimas: 185.34.52.0/24

Kontaktas draudiko pusėje: integracijos@draudikas.lt
""", secret="asp_" + rand_pw(40))

add("yaml/decoy-placeholder", "docker-compose.override.example.yml", "Docker Compose docs: override files", """
# Vietinis paleidimas: cp docker-compose.override.example.yml docker-compose.override.yml
services:
  web:
    environment:
      DJANGO_SECRET_KEY: dev-not-secret
      PAYSERA_SIGN_PASSWORD: "00000000000000000000000000000000"
      MONTONIO_ACCESS_KEY: sandbox-access-key
      MONTONIO_SECRET_KEY: sandbox-secret-key
      STRIPE_SECRET_KEY: sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("compose/database-password", "deploy/reporting/docker-compose.yml", "Docker Compose docs: environment", """
services:
  metabase:
    image: metabase/metabase:v0.50.8
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: "@@secret@@"
      MB_DB_HOST: pg-1.int.studija.lt
      JAVA_TIMEZONE: Europe/Vilnius
    restart: unless-stopped
""", secret=rand_pw(18))

add("compose/decoy-secrets-file", "deploy/reporting/docker-compose.prod.yml", "Docker Compose docs: secrets", """
services:
  metabase:
    image: metabase/metabase:v0.50.8
    environment:
      MB_DB_TYPE: postgres
      MB_DB_USER: metabase
      MB_DB_PASS_FILE: /run/secrets/mb_db_pass
      MB_DB_HOST: pg-1.int.studija.lt
    secrets: [mb_db_pass]
secrets:
  mb_db_pass:
    file: ./secrets/mb_db_pass.txt
""")

add("shell/database-password", "scripts/backup_eshop_db.sh", "PostgreSQL docs: pg_dump, PGPASSWORD", """
#!/usr/bin/env bash
# Naktinė e-parduotuvės DB kopija į S3
set -euo pipefail
export PGPASSWORD='@@secret@@'
STAMP=$(date +%F)
pg_dump -h pg-1.int.studija.lt -U backup -Fc eshop > "/var/backups/eshop-${STAMP}.dump"
aws s3 cp "/var/backups/eshop-${STAMP}.dump" "s3://akiniu-studija-backups/eshop/${STAMP}.dump" --sse AES256
find /var/backups -name 'eshop-*.dump' -mtime +7 -delete
""", secret=rand_pw(20))

add("shell/mysql-password", "scripts/wp_export_orders.sh", "MySQL docs: mysqldump -p option", """
#!/bin/bash
# WooCommerce užsakymų eksportas buhalterijai (kas mėnesį)
MONTH=${1:-$(date -d 'last month' +%Y-%m)}
mysqldump -h mysql-1.int.akiniu-studija.lt -u buhalterija -p'@@secret@@' \\
  --no-create-info --where="post_date LIKE '${MONTH}%'" studija_wp as_posts as_postmeta \\
  > "/srv/exports/uzsakymai-${MONTH}.sql"
gzip -f "/srv/exports/uzsakymai-${MONTH}.sql"
echo "Paruošta: /srv/exports/uzsakymai-${MONTH}.sql.gz"
""", secret=words_pw())

add("shell/decoy-vault-reference", "scripts/rotate_paysera.sh", "HashiCorp Vault docs: kv put; kubectl create secret", """
#!/usr/bin/env bash
# Paysera sign password rotacija: naują reikšmę įveskite Paysera savitarnoje ir čia
set -euo pipefail
read -rsp "Naujas sign password: " NEW
echo
vault kv put kv/eshop/paysera sign_password="$NEW"
kubectl -n eshop create secret generic eshop-payments \\
  --from-literal=PAYSERA_SIGN_PASSWORD="$(vault kv get -field=sign_password kv/eshop/paysera)" \\
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n eshop rollout restart deploy/eshop-web
""")

add("powershell/database-password", "scripts/Invoke-RivileExport.ps1", "Microsoft docs: Invoke-Sqlcmd -Password", """
# Rivile likučių eksportas salonams (kas rytą 6:30)
$query = @"
SELECT N17_KODAS_PS AS sku, N17_PAV AS name, I13_KIEKIS AS qty, I13_KODAS_OS AS store
FROM I13_PARK WHERE I13_KIEKIS > 0
"@
$rows = Invoke-Sqlcmd -ServerInstance "RIVILE-SQL\\GAMA" -Database "RIVILE_STUDIJA" `
    -Username "rivile_sync" -Password "@@secret@@" -Query $query
$rows | Export-Csv -Path "D:\\Exports\\likuciai_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation -Encoding UTF8
""", secret=words_pw())

add("powershell/decoy-placeholder", "scripts/New-StoreUser.ps1", "Microsoft docs: New-ADUser -AccountPassword", """
param(
    [Parameter(Mandatory)] [string]$Name,
    [Parameter(Mandatory)] [string]$Store
)
# Naujas salono darbuotojas; laikinas slaptažodis įvedamas rankiniu būdu
$temp = Read-Host -AsSecureString "Laikinas slaptažodis"
New-ADUser -Name $Name -SamAccountName ($Name -replace ' ', '.').ToLower() `
    -Path "OU=$Store,OU=Salonai,DC=studija,DC=local" `
    -AccountPassword $temp -ChangePasswordAtLogon $true -Enabled $true
Add-ADGroupMember -Identity "Salonu-darbuotojai" -Members ($Name -replace ' ', '.').ToLower()
""")

add("log/decoy-hashes", "logs/nginx-access-2024-11-02.log", "nginx docs: access log format", """
185.34.52.17 - - [02/Nov/2024:10:14:02 +0200] "GET /remeliai/ray-ban-rb5154 HTTP/2.0" 200 18231 "-" "Mozilla/5.0"
185.34.52.17 - - [02/Nov/2024:10:14:05 +0200] "GET /static/js/main.@@h1@@.js HTTP/2.0" 200 94112 "-" "Mozilla/5.0"
78.56.201.9 - - [02/Nov/2024:10:15:11 +0200] "POST /api/paysera/callback?data=b3JkZXJpZD0xMDQx&ss1=@@h2@@ HTTP/1.1" 200 2 "-" "Paysera"
78.56.201.9 - - [02/Nov/2024:10:15:12 +0200] "GET /uzsakymas/ok?orderid=AS-24-11-0041 HTTP/2.0" 200 5120 "-" "Mozilla/5.0"
91.211.244.3 - - [02/Nov/2024:10:16:40 +0200] "GET /akiu-patikra/registracija HTTP/2.0" 200 7733 "-" "Mozilla/5.0"
""", h1=hexs(20), h2=hexs(32))

add("log/stripe-secret-key", "logs/eshop-web-2024-11-03.log", "Python logging docs; Stripe error output", """
2024-11-03 07:55:01,210 INFO eshop.boot: settings loaded (production)
2024-11-03 07:55:01,212 DEBUG eshop.boot: STRIPE_SECRET_KEY=@@secret@@
2024-11-03 07:55:01,212 DEBUG eshop.boot: PAYSERA_PROJECT_ID=241877
2024-11-03 07:55:01,480 INFO gunicorn.error: Listening at: http://0.0.0.0:8000
2024-11-03 07:56:14,031 INFO eshop.checkout: order AS-24-11-0052 created, total=129.00 EUR
2024-11-03 07:56:19,774 INFO eshop.payments: stripe payment_intent succeeded for AS-24-11-0052
""", secret=stripe())

add("log/decoy-redacted", "logs/eshop-web-2024-11-04.log", "Python logging docs", """
2024-11-04 07:55:01,210 INFO eshop.boot: settings loaded (production)
2024-11-04 07:55:01,212 DEBUG eshop.boot: STRIPE_SECRET_KEY=sk_live_****************************
2024-11-04 07:55:01,212 DEBUG eshop.boot: MONTONIO_SECRET_KEY=[REDACTED]
2024-11-04 07:55:01,213 DEBUG eshop.boot: DATABASE_URL=postgres://eshop:***@pg-1.int.studija.lt:5432/eshop
2024-11-04 07:55:01,480 INFO gunicorn.error: Listening at: http://0.0.0.0:8000
2024-11-04 08:02:33,118 INFO eshop.checkout: order AS-24-11-0061 created, total=54.90 EUR
""")

add("csv/device-admin-password", "exports/irenginiai_inventorius.csv", "Asset inventory export (RFC 4180 CSV)", """
salonas,irenginys,modelis,serijos_nr,ip,vartotojas,slaptazodis,pastabos
VLN-AKR,autorefraktometras,Topcon KR-800,KR8-2210457,10.31.4.21,,,
VLN-AKR,VISUFIT,Zeiss VISUFIT 1000,VF1-0093312,10.31.4.30,admin,@@secret@@,atnaujinta 2024-06
KNS-MEGA,lensmetras,Nidek LM-1800P,LM18-558120,10.32.4.22,,,
KNS-MEGA,briaunavimo stakles,Nidek ME-1500,ME15-220981,10.32.4.40,smbshare,žr. Bitwarden,
KLP-CEN,foropteris,Topcon CV-5000,CV5-300122,10.34.4.25,,,
""", secret=words_pw())

add("csv/decoy-ids", "exports/klientai_priminimai.csv", "Customer reminder export (RFC 4180 CSV)", """
kliento_id,salonas,paskutine_patikra,kita_patikra,kanalas,sutikimas_id
@@a@@,VLN-AKR,2022-11-14,2024-11-14,sms,@@b@@
@@c@@,KNS-MEGA,2023-01-09,2025-01-09,email,@@d@@
@@e@@,KLP-CEN,2022-12-02,2024-12-02,sms,@@f@@
@@g@@,VLN-PAN,2023-02-20,2025-02-20,email,@@h@@
""", a=uuid_s(), b=hexs(24), c=uuid_s(), d=hexs(24), e=uuid_s(), f=hexs(24), g=uuid_s(), h=hexs(24))

add("sql/decoy-uuids", "db/seeds/stores.sql", "PostgreSQL docs: INSERT", """
-- Salonų sąrašas
INSERT INTO stores (id, code, name, city, address, opened) VALUES
  ('@@a@@', 'VLN-AKR', 'Akinių studija Akropolis', 'Vilnius', 'Ozo g. 25', '2016-04-01'),
  ('@@b@@', 'VLN-PAN', 'Akinių studija Panorama', 'Vilnius', 'Saltoniškių g. 9', '2018-09-15'),
  ('@@c@@', 'KNS-MEGA', 'Akinių studija Mega', 'Kaunas', 'Islandijos pl. 32', '2019-03-01'),
  ('@@d@@', 'KLP-CEN', 'Akinių studija Centras', 'Klaipėda', 'H. Manto g. 11', '2021-05-20');
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("sql/smtp-password", "db/seeds/settings_prod.sql", "Application settings table conventions", """
-- Produkcijos nustatymai (kasos sistema)
INSERT INTO app_settings (key, value) VALUES
  ('smtp.host', 'mail.akiniu-studija.lt'),
  ('smtp.port', '587'),
  ('smtp.user', 'kasa@akiniu-studija.lt'),
  ('smtp.password', '@@secret@@'),
  ('receipt.footer', 'Ačiū, kad renkatės Akinių studiją!'),
  ('exam.reminder_months', '24');
""", secret=words_pw())

add("sql/decoy-hashes", "db/seeds/users_dev.sql", "Django docs: password hashers (pbkdf2_sha256)", """
-- Dev duomenys: testiniai darbuotojai
INSERT INTO auth_user (username, email, is_staff, password) VALUES
  ('ruta.optometriste', 'ruta@example.lt', true,
   'pbkdf2_sha256$720000$@@s1@@$@@h1@@='),
  ('tomas.konsultantas', 'tomas@example.lt', false,
   'pbkdf2_sha256$720000$@@s2@@$@@h2@@=');
""", s1=fakes.drawn(_seed(), 22), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"), s2=fakes.drawn(_seed(), 22), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

# --- store networks, CCTV, suppliers ------------------------------------------------------------

add("yaml/cctv-rtsp-password", "deploy/frigate/config.yml", "Frigate NVR docs: camera ffmpeg inputs; Hikvision RTSP URL format", """
mqtt:
  enabled: false
cameras:
  vln_akr_vitrina:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.31.9.11:554/Streaming/Channels/101
          roles: [record]
    record:
      enabled: true
      retain: {days: 14}
  vln_akr_kasa:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.31.9.12:554/Streaming/Channels/101
          roles: [record]
""", secret=words_pw())

add("yaml/decoy-env-reference", "deploy/frigate/config.kaunas.yml", "Frigate NVR docs: environment variable substitution {FRIGATE_RTSP_PASSWORD}", """
mqtt:
  enabled: false
cameras:
  kns_mega_vitrina:
    ffmpeg:
      inputs:
        - path: rtsp://admin:{FRIGATE_RTSP_PASSWORD}@10.32.9.11:554/Streaming/Channels/101
          roles: [record]
    record:
      enabled: true
      retain: {days: 14}
""")

add("ini/wifi-psk", "salonai/vln-akr/NetworkManager/Personalas.nmconnection", "NetworkManager docs: nm-settings-keyfile (psk)", """
[connection]
id=Personalas
uuid=@@u@@
type=wifi
autoconnect=true

[wifi]
mode=infrastructure
ssid=AS-Personalas

[wifi-security]
key-mgmt=wpa-psk
psk=@@secret@@

[ipv4]
method=auto
""", secret=words_pw(), u=uuid_s())

add("markdown/decoy-public-wifi", "salonai/vln-akr/README.md", "Store setup note", """
# Vilnius Akropolis (VLN-AKR)

- Kasos: 2 (EPSON TM-T20III kvitų spausdintuvai)
- Tyrimų kabinetai: 2 (Topcon KR-800, Zeiss VISUFIT 1000)
- Svečių Wi-Fi klientams: tinklas `Akiniu-Studija-Svečiai`, slaptažodis `akiniai2024` (atspausdintas prie kasos)
- Personalo Wi-Fi: `AS-Personalas` – slaptažodis NetworkManager profilyje, ne čia.
- Interneto tiekėjas: Telia, sutarties nr. žr. buhalterijoje.
""")

add("ansible/ssh-password", "ansible/inventory/salonai.ini", "Ansible docs: inventory behavioral parameters (ansible_password)", """
[kasos]
vln-akr-kasa1 ansible_host=10.31.0.11
vln-akr-kasa2 ansible_host=10.31.0.12
kns-mega-kasa1 ansible_host=10.32.0.11
klp-cen-kasa1 ansible_host=10.34.0.11

[kasos:vars]
ansible_user=posadmin
ansible_password=@@secret@@
ansible_become=true
ansible_python_interpreter=/usr/bin/python3
""", secret=words_pw())

add("ansible/decoy-vault-reference", "ansible/group_vars/kasos.yml", "Ansible docs: using encrypted variables (vault_ prefix)", """
---
ansible_user: posadmin
ansible_password: "{{ vault_posadmin_password }}"
ansible_become: true
pos_version: 5.12.3
receipt_printer: EPSON TM-T20III
fiscal_module: true
timezone: Europe/Vilnius
""")

add("xml/vnc-password", "salonai/kasa-image/tightvnc-server.reg.xml", "TightVNC docs: server settings; pre-provisioning", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Kasos kompiuterio nuotolinė pagalba (IT helpdesk) -->
<TightVNCServer>
  <Settings>
    <RfbPort>5900</RfbPort>
    <AcceptRfbConnections>1</AcceptRfbConnections>
    <UseVncAuthentication>1</UseVncAuthentication>
    <Password plain="true">@@secret@@</Password>
    <AllowLoopback>0</AllowLoopback>
    <IpAccessControl>10.0.0.0-10.255.255.255:0</IpAccessControl>
  </Settings>
</TightVNCServer>
""", secret=rand_pw(8))

add("python/zeiss-visufit-client-secret", "integrations/zeiss/visufit_sync.py", "OAuth 2.0 client credentials grant (RFC 6749 §4.4)", """
\"\"\"Parsisiunčia VISUFIT matavimus (centravimo duomenys) iš ZEISS debesies į laboratorijos užsakymą.\"\"\"
import requests

TOKEN_URL = "https://id.zeiss.com/oauth2/token"
API = "https://api.visufit.zeiss.com/v1"
CLIENT_ID = "akiniu-studija-lt"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": "measurements.read"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]


def measurements(store: str):
    return requests.get(f"{API}/stores/{store}/measurements", headers={"Authorization": f"Bearer {token()}"}).json()
""", secret=rand_pw(40, "-_"))

add("java/hoya-portal-password", "lab-gateway/src/main/java/lt/studija/lab/HoyaOrderClient.java", "Java 11 HttpClient docs: Authenticator / Basic auth header", """
package lt.studija.lab;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

public class HoyaOrderClient {
    private static final String USER = "LT004512";
    private static final String PASS = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public HttpResponse<String> submit(String orderXml) throws Exception {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASS).getBytes());
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://b2b.hoya-lens.example.eu/orders"))
            .header("Authorization", "Basic " + basic)
            .POST(HttpRequest.BodyPublishers.ofString(orderXml))
            .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }
}
""", secret=words_pw())

add("http/basic-auth", "lab-gateway/requests/hoya.http", "JetBrains HTTP Client docs; RFC 7617 Basic auth", """
### Hoya – užsakymo būsena
GET https://b2b.hoya-lens.example.eu/orders/AS-24-10-0413/status
Authorization: Basic @@secret@@
Accept: application/json

### Hoya – lęšių katalogas
GET https://b2b.hoya-lens.example.eu/catalog?market=LT
Authorization: Basic @@secret@@
""", secret=b64("LT004512:" + words_pw()))

add("http/decoy-env-reference", "lab-gateway/requests/lenslab.http", "JetBrains HTTP Client docs: environment variables", """
### LensLab – naujas užsakymas
POST https://b2b.lenslab-baltic.eu/api/v2/orders
X-Api-Key: {{lab_api_key}}
Content-Type: application/json

{
  "job": "AS-24-10-0412",
  "lens": "Varilux Comfort 1.6",
  "right": {"sph": -2.25, "cyl": -0.5, "ax": 175},
  "left": {"sph": -2.0, "cyl": -0.75, "ax": 5}
}
""")

add("env/contact-lens-supplier-api-key", "contact-lenses/.env", "Supplier B2B API key (X-API-Key header) conventions", """
# Kontaktinių lęšių užsakymai tiekėjams (automatinis papildymas)
COOPER_B2B_URL=https://b2b.coopervision.example.eu/api
COOPER_ACCOUNT=LT-77120
COOPER_API_KEY=@@secret@@
ACUVUE_PORTAL_URL=https://portal.acuvue.example.eu
ACUVUE_ACCOUNT=LT-55019
REORDER_THRESHOLD_BOXES=6
""", secret=hexs(40))

add("yaml/decoy-checksums", "contact-lenses/catalog/products.yml", "YAML product catalog with GTIN codes", """
# Kontaktiniai lęšiai – katalogas (GTIN, dienų kiekis)
- sku: CV-MYDAY-30
  name: "MyDay (30 vnt.)"
  gtin: "05050474753417"
  replacement: daily
  image_sha256: "@@h1@@"
- sku: JJ-OASYS-6
  name: "Acuvue Oasys (6 vnt.)"
  gtin: "00733905562476"
  replacement: biweekly
  image_sha256: "@@h2@@"
- sku: AL-TOTAL30-6
  name: "Total30 (6 vnt.)"
  gtin: "00300651327056"
  replacement: monthly
  image_sha256: "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("python/espbi-certificate-password", "integrations/esveikata/client.py", "requests-pkcs12 docs; e-sveikata (ESPBI IS) integration", """
\"\"\"ESPBI (e-sveikata) – optometristų receptų registravimas.\"\"\"
from requests_pkcs12 import post

CERT = "/etc/studija/esveikata/akiniu-studija.p12"
CERT_PASSWORD = "@@secret@@"
ENDPOINT = "https://ws.esveikata.lt/ESPBI/ExchangeService"


def register_prescription(fhir_bundle: str):
    return post(
        ENDPOINT,
        data=fhir_bundle,
        headers={"Content-Type": "application/fhir+xml"},
        pkcs12_filename=CERT,
        pkcs12_password=CERT_PASSWORD,
        timeout=30,
    )
""", secret=words_pw())

add("python/decoy-test-fixture", "integrations/esveikata/tests/test_client.py", "pytest docs: monkeypatch", """
from integrations.esveikata import client


def test_register_sends_fhir(monkeypatch):
    calls = {}

    def fake_post(url, **kwargs):
        calls.update(kwargs, url=url)
        return type("R", (), {"status_code": 200})()

    monkeypatch.setattr(client, "post", fake_post)
    monkeypatch.setattr(client, "CERT_PASSWORD", "dummy-p12-password")
    client.register_prescription("<Bundle/>")
    assert calls["pkcs12_password"] == "dummy-p12-password"
    assert calls["headers"]["Content-Type"] == "application/fhir+xml"
""")

add("env/cloudflare-api-token", "infra/cloudflare/.env", "Cloudflare docs: API tokens", """
CLOUDFLARE_ACCOUNT=akiniu-studija
CLOUDFLARE_ZONE_ID=@@zone@@
CLOUDFLARE_API_TOKEN=@@secret@@
# naudojama cache purge po katalogo atnaujinimo
PURGE_PREFIXES=www.akiniu-studija.lt/remeliai/,www.akiniu-studija.lt/static/
""", secret=fakes.drawn(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("yaml/datadog-api-key", "deploy/datadog/values.yaml", "Datadog Helm chart docs: datadog.apiKey", """
datadog:
  apiKey: @@secret@@
  site: datadoghq.eu
  clusterName: studija-prod
  logs:
    enabled: true
    containerCollectAll: false
  tags:
    - "team:it"
    - "company:akiniu-studija"
clusterAgent:
  enabled: true
""", secret=hexs(32))

add("yaml/decoy-existing-secret", "deploy/datadog/values-prod.yaml", "Datadog Helm chart docs: apiKeyExistingSecret", """
datadog:
  apiKeyExistingSecret: datadog-secret
  appKeyExistingSecret: datadog-secret
  site: datadoghq.eu
  clusterName: studija-prod
  logs:
    enabled: true
clusterAgent:
  enabled: true
""")

add("python/rabbitmq-password", "pos-sync/pos_sync/queue.py", "pika docs: URLParameters (amqp URL)", """
import json

import pika

AMQP_URL = "amqps://pos_sync:@@secret@@@mq.int.studija.lt:5671/%2Fpos"


def publish_receipt(receipt: dict) -> None:
    conn = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    ch = conn.channel()
    ch.queue_declare(queue="kvitai", durable=True)
    ch.basic_publish(exchange="", routing_key="kvitai", body=json.dumps(receipt, ensure_ascii=False),
                     properties=pika.BasicProperties(delivery_mode=2))
    conn.close()
""", secret=rand_pw(22))

add("javascript/mongodb-password", "tools/reviews-import/db.js", "MongoDB Node.js driver docs: connection string", """
const { MongoClient } = require('mongodb');

// Google atsiliepimų archyvas (salonų reitingai)
const uri = 'mongodb+srv://reviews:@@secret@@@cluster0.q7ab3.mongodb.net/reviews?retryWrites=true&w=majority';
const client = new MongoClient(uri);

async function saveReviews(store, reviews) {
  await client.connect();
  const col = client.db('reviews').collection('google');
  await col.insertMany(reviews.map((r) => ({ ...r, store })));
}

module.exports = { saveReviews };
""", secret=rand_pw(16))

add("javascript/decoy-env-reference", "tools/reviews-import/config.js", "Node.js docs: process.env", """
require('dotenv').config();

module.exports = {
  mongoUri: process.env.MONGODB_URI,
  placesKey: process.env.GOOGLE_PLACES_KEY,
  stores: {
    'VLN-AKR': 'ChIJ0Q2mBmCU3UYR8W6xj3y8l1s',
    'KNS-MEGA': 'ChIJw2tQ0jQX50YR1qf1YbYVQfA',
    'KLP-CEN': 'ChIJ9Yg2b8Lp5EYRkL7uTqj2mXw',
  },
};
""")

add("php/recaptcha-secret-key", "app/Http/Controllers/ExamBookingController.php", "Google reCAPTCHA docs: verifying the user's response (secret key)", """
<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Http;

class ExamBookingController extends Controller
{
    // Akių patikros registracijos forma
    public function store(Request $request)
    {
        $check = Http::asForm()->post('https://www.google.com/recaptcha/api/siteverify', [
            'secret' => '@@secret@@',
            'response' => $request->input('g-recaptcha-response'),
        ])->json();
        abort_unless($check['success'] ?? false, 422, 'reCAPTCHA klaida');
        return redirect()->route('patikra.aciu');
    }
}
""", secret="6L" + fakes.drawn(_seed(), 38, ALNUM + "_-"))

add("php/decoy-env-reference", "config/services.php", "Laravel docs: config/services.php with env()", """
<?php

return [
    'paysera' => [
        'project_id' => env('PAYSERA_PROJECT_ID', 241877),
        'sign_password' => env('PAYSERA_SIGN_PASSWORD'),
    ],
    'montonio' => [
        'access_key' => env('MONTONIO_ACCESS_KEY'),
        'secret_key' => env('MONTONIO_SECRET_KEY'),
        'sandbox' => env('MONTONIO_SANDBOX', false),
    ],
    'recaptcha' => [
        'site_key' => env('RECAPTCHA_SITE_KEY'),
        'secret' => env('RECAPTCHA_SECRET'),
    ],
];
""")

add("env/laravel-app-key", "booking/.env", "Laravel docs: APP_KEY (php artisan key:generate)", """
APP_NAME="Akių patikra"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://patikra.akiniu-studija.lt
DB_CONNECTION=mysql
DB_HOST=mysql-1.int.akiniu-studija.lt
DB_DATABASE=booking
DB_USERNAME=booking
DB_PASSWORD=${BOOKING_DB_PASSWORD}
""", secret=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("env/decoy-placeholder", "booking/.env.example", "Laravel .env.example", """
APP_NAME="Akių patikra"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=booking
DB_USERNAME=root
DB_PASSWORD=
MAIL_MAILER=log
RECAPTCHA_SITE_KEY=
RECAPTCHA_SECRET=
""")

# --- more code, configs and exports ------------------------------------------------------------

_SK = stripe()
add("python/stripe-secret-key-split", "pos/terminal/stripe_reader.py", "Stripe Terminal docs: connection tokens (server-side)", """
\"\"\"Stripe Terminal skaitytuvai užsienio turistams (Vilnius Akropolis).\"\"\"
import stripe

# raktas suskaidytas į dvi dalis (senas įprotis)
stripe.api_key = ("sk_live_"
                  "@@a@@"
                  "@@b@@")


def connection_token(location: str) -> str:
    return stripe.terminal.ConnectionToken.create(location=location).secret
""", secret=_SK, a=_SK[8:20], b=_SK[20:])

add("ruby/decoy-credentials-reference", "app/services/lab_order_sender.rb", "Rails docs: Rails.application.credentials", """
class LabOrderSender
  BASE = 'https://b2b.lenslab-baltic.eu/api/v2'.freeze

  def initialize(order)
    @order = order
  end

  def call
    Faraday.post("#{BASE}/orders", @order.to_oma_json,
                 'X-Api-Key' => Rails.application.credentials.dig(:lenslab, :api_key),
                 'Content-Type' => 'application/json')
  end
end
""")

add("yaml/database-password", "config/database.yml", "Rails docs: config/database.yml", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: rx_portal_dev

production:
  <<: *default
  host: pg-1.int.studija.lt
  database: rx_portal
  username: rx_portal
  password: @@secret@@
""", secret=rand_pw(20))

add("yaml/decoy-erb-env", "config/database.production.yml", "Rails docs: database.yml with ENV", """
production:
  adapter: postgresql
  encoding: unicode
  host: <%= ENV["DB_HOST"] %>
  database: rx_portal
  username: rx_portal
  password: <%= ENV["RX_PORTAL_DB_PASSWORD"] %>
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
""")

add("typescript/shopify-webhook-secret", "src/server/webhooks/shopify.ts", "Shopify docs: verifying webhooks (HMAC-SHA256)", """
import crypto from 'node:crypto';

const SHOPIFY_WEBHOOK_SECRET = '@@secret@@';

export function verifyShopifyWebhook(rawBody: Buffer, hmacHeader: string): boolean {
  const digest = crypto.createHmac('sha256', SHOPIFY_WEBHOOK_SECRET).update(rawBody).digest('base64');
  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(hmacHeader));
}

// orders/paid -> Rivile pardavimo dokumentas
""", secret=hexs(64))

add("typescript/decoy-uuid-constants", "src/shared/constants.ts", "TypeScript handbook: const assertions", """
export const STORE_IDS = {
  'VLN-AKR': '@@a@@',
  'VLN-PAN': '@@b@@',
  'KNS-MEGA': '@@c@@',
  'KLP-CEN': '@@d@@',
} as const;

export const LENS_INDEX = [1.5, 1.56, 1.6, 1.67, 1.74] as const;
export const PD_RANGE = { min: 50, max: 80 } as const;
export const EXAM_SLOT_MINUTES = 30;
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("json/decoy-lockfile-integrity", "storefront/package-lock.json", "npm docs: package-lock.json integrity field", """
{
  "name": "storefront",
  "version": "3.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.5.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.5.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/algoliasearch": {
      "version": "4.24.0",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.24.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("toml/decoy-hashes", "oma-tools/poetry.lock", "Poetry docs: poetry.lock", """
[[package]]
name = "pydantic"
version = "2.8.2"
description = "Data validation using Python type hints"
optional = false
python-versions = ">=3.8"
files = [
    {file = "pydantic-2.8.2-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "pydantic-2.8.2.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.9"
content-hash = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("toml/database-password", "services/exam-scheduler/config.toml", "TOML config conventions; PostgreSQL URL", """
# Akių patikrų registracija (laikų tvarkaraštis)
[http]
bind = "0.0.0.0:9090"

[database]
url = "postgresql://scheduler:@@secret@@@pg-1.int.studija.lt/scheduler?sslmode=require"
max_connections = 10

[reminders]
sms_before_hours = 24
""", secret=rand_pw(18))

add("toml/telegram-bot-token", "services/exam-scheduler/notify.toml", "Telegram Bot API docs: bot token", """
[telegram]
# pranešimai optometristams apie naujas registracijas
bot_token = "@@secret@@"
chat_ids = [-1002183340911, -1002183340952]

[email]
from = "patikra@akiniu-studija.lt"
""" + "\n[quiet_hours]\nfrom = \"21:00\"\nto = \"08:00\"\n", secret=telegram())

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "OpenAPI 3.1 spec: securitySchemes and examples", """
openapi: 3.1.0
info:
  title: Akinių studija partnerių API
  version: 1.2.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
paths:
  /v1/partners/insurance/receipts/{nr}:
    get:
      security: [{bearerAuth: []}]
      parameters:
        - name: nr
          in: path
          required: true
          schema: {type: string, example: "KLP-CEN-2-000412"}
      responses:
        '200': {description: Čekis rastas}
        '401': {description: "Trūksta Authorization: Bearer <token>"}
""")

add("csharp/smtp-password", "Pos.Notifications/ReceiptMailer.cs", "Microsoft docs: SmtpClient.Credentials (NetworkCredential)", """
using System.Net;
using System.Net.Mail;

namespace Studija.Pos.Notifications
{
    public static class ReceiptMailer
    {
        public static void Send(string to, string pdfPath)
        {
            using var client = new SmtpClient("mail.akiniu-studija.lt", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("kvitai@akiniu-studija.lt", "@@secret@@"),
            };
            var msg = new MailMessage("kvitai@akiniu-studija.lt", to, "Jūsų pirkimo kvitas", "Ačiū už pirkinį!");
            msg.Attachments.Add(new Attachment(pdfPath));
            client.Send(msg);
        }
    }
}
""", secret=words_pw())

add("json/database-password", "Pos.Sync/appsettings.json", "Microsoft docs: connection strings in appsettings.json", """
{
  "ConnectionStrings": {
    "Pos": "Server=RIVILE-SQL\\\\GAMA;Database=POS_CENTRAL;User Id=pos_central;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
  },
  "Sync": { "IntervalSeconds": 60, "Stores": ["VLN-AKR", "VLN-PAN", "KNS-MEGA", "KLP-CEN"] },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", secret=words_pw())

add("json/decoy-user-secrets-id", "Pos.Sync/Pos.Sync.csproj.json", "Microsoft docs: Safe storage of app secrets (UserSecretsId)", """
{
  "Project": {
    "Sdk": "Microsoft.NET.Sdk.Worker",
    "PropertyGroup": {
      "TargetFramework": "net8.0",
      "UserSecretsId": "@@u@@",
      "RootNamespace": "Studija.Pos.Sync"
    },
    "PackageReference": [
      {"Include": "Npgsql", "Version": "8.0.3"},
      {"Include": "Microsoft.Extensions.Hosting", "Version": "8.0.0"}
    ]
  }
}
""", u=uuid_s())

add("go/telegram-bot-token", "tools/stock-alert/main.go", "Telegram Bot API docs: sendMessage", """
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

const botURL = "https://api.telegram.org/bot@@secret@@/sendMessage"

func alert(chatID int64, text string) error {
	_, err := http.PostForm(botURL, url.Values{
		"chat_id": {fmt.Sprint(chatID)},
		"text":    {text},
	})
	return err
}

func main() {
	alert(-1002183340911, "Kontaktinių lęšių MyDay -3.00 likutis < 6 dėž. (KNS-MEGA)")
}
""", secret=telegram())

add("go/decoy-env-reference", "tools/stock-alert/config.go", "Go os.Getenv docs", """
package main

import "os"

var (
	botToken = os.Getenv("TELEGRAM_BOT_TOKEN")
	chatID   = os.Getenv("TELEGRAM_CHAT_ID")
	dbURL    = os.Getenv("STOCK_DB_URL")
)

func configured() bool {
	return botToken != "" && chatID != "" && dbURL != ""
}
""")

add("shell/aws-secret-key", "scripts/restore_catalog_images.sh", "AWS CLI docs: environment variables", """
#!/usr/bin/env bash
# Atkuria rėmelių nuotraukas iš S3 į vietinį serverį (jei CloudFront neveikia)
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-central-1
aws s3 sync s3://akiniu-studija-katalogas/remeliai /srv/www/remeliai --only-show-errors
chown -R www-data:www-data /srv/www/remeliai
""", secret=aws_secret(), kid=aws_id())

add("shell/decoy-aws-profile", "scripts/sync_catalog.sh", "AWS CLI docs: named profiles", """
#!/usr/bin/env bash
# Rėmelių nuotraukų sinchronizacija (naudoja SSO profilį)
set -euo pipefail
PROFILE=${AWS_PROFILE:-studija-katalogas}
aws sso login --profile "$PROFILE"
aws s3 sync ./public/remeliai "s3://akiniu-studija-katalogas/remeliai" --profile "$PROFILE" --delete
aws cloudfront create-invalidation --distribution-id E2Q8ZK1M4XHT7P --paths '/remeliai/*' --profile "$PROFILE"
""")

add("markdown/pypi-token", "oma-tools/RELEASING.md", "Python Packaging docs: twine upload with API token", """
# oma-tools leidimas

1. Atnaujinkite versiją `pyproject.toml`.
2. `python -m build`
3. Įkelkite į PyPI:

   ```sh
   TWINE_USERNAME=__token__ TWINE_PASSWORD=@@secret@@ twine upload dist/*
   ```

4. Sukurkite git tag `vX.Y.Z` ir GitHub release.
""", secret=pypi())

add("markdown/decoy-pypi-trusted-publishing", "oma-tools/CONTRIBUTING.md", "PyPI docs: trusted publishers", """
# Prisidėjimas prie oma-tools

- Testai: `pytest -q`
- Stilius: `ruff check .`
- Leidimai vyksta automatiškai per GitHub Actions su PyPI *trusted publishing* (OIDC) –
  jokio API tokeno nereikia ir jo niekur nelaikome.
- Jei reikia įkelti rankiniu būdu: `twine upload -u __token__ -p $PYPI_TOKEN dist/*`
  (tokeną gaukite iš IT vadovo, galioja 1 dieną).
""")

# --- registries, build tools, last odds and ends ---------------------------------------------------

add("json/docker-registry-auth", "deploy/kiosk/.docker/config.json", "Docker docs: docker login credentials store (auths.auth base64 user:password)", """
{
  "auths": {
    "registry.studija.lt": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "detachKeys": "ctrl-e,e"
}
""", secret=b64("kiosk-pull:" + rand_pw(24)))

add("xml/maven-repository-password", "lab-gateway/.mvn/settings.xml", "Apache Maven docs: settings.xml servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>studija-nexus</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>studija-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.int.studija.lt/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", secret=rand_pw(20))

add("xml/decoy-env-reference", "backend/.mvn/settings.xml", "Apache Maven docs: settings.xml with ${env.VAR}", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>studija-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>ci</id>
      <properties><skipITs>false</skipITs></properties>
    </profile>
  </profiles>
</settings>
""")

add("properties/artifactory-password", "android/gradle.properties", "Gradle docs: gradle.properties credentials", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
studijaMavenUser=android-ci
studijaMavenPassword=@@secret@@
""", secret=rand_pw(22))

add("properties/decoy-placeholder", "android/local.properties.example", "Android docs: local.properties", """
## Nukopijuokite į local.properties (nekeliamas į git)
sdk.dir=/Users/<vartotojas>/Library/Android/sdk
APP_API_KEY=your_app_api_key_here
MAPS_API_KEY=your_maps_key_here
studijaMavenUser=
studijaMavenPassword=
""")

add("php/mailgun-api-key", "wp-content/mu-plugins/studija-mailgun.php", "Mailgun docs: API key (key-...) and PHP SDK", """
<?php
/**
 * Plugin Name: Studija Mailgun
 * Description: Užsakymų laiškai per Mailgun (ES regionas).
 */
use Mailgun\\Mailgun;

add_action('phpmailer_init', function () {
    // WP laiškai eina per Mailgun API, ne per SMTP
});

function studija_mailgun() {
    static $mg = null;
    if ($mg === null) {
        $mg = Mailgun::create('@@secret@@', 'https://api.eu.mailgun.net');
    }
    return $mg;
}
""", secret="key-" + hexs(32))

add("terraform/database-password", "infra/terraform/postgres_roles.tf", "Terraform PostgreSQL provider docs", """
provider "postgresql" {
  host     = "pg-1.int.studija.lt"
  port     = 5432
  username = "postgres"
  password = "@@secret@@"
  sslmode  = "require"
}

resource "postgresql_role" "metabase" {
  name     = "metabase"
  login    = true
  password = var.metabase_password
}
""", secret=words_pw())

add("terraform/decoy-random-password", "infra/terraform/secrets.tf", "Terraform docs: random_password, aws_secretsmanager_secret_version", """
resource "random_password" "paysera_webhook" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "eshop" {
  name = "prod/eshop/app"
}

resource "aws_secretsmanager_secret_version" "eshop" {
  secret_id = aws_secretsmanager_secret.eshop.id
  secret_string = jsonencode({
    webhook_token = random_password.paysera_webhook.result
    db_password   = var.db_password
  })
}
""")

add("ruby/redis-password", "config/initializers/sidekiq.rb", "Sidekiq docs: Redis configuration (url)", """
# Fono darbai: laboratorijos būsenų tikrinimas, SMS priminimai
Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:@@secret@@@redis-1.int.studija.lt:6379/4' }
end

Sidekiq.configure_client do |config|
  config.redis = { url: 'redis://:@@secret@@@redis-1.int.studija.lt:6379/4' }
end
""", secret=redis_pw())

add("kotlin/database-password", "backend/src/main/kotlin/lt/studija/stores/Db.kt", "Exposed docs: Database.connect", """
package lt.studija.stores

import org.jetbrains.exposed.sql.Database

object Db {
    fun connect(): Database = Database.connect(
        url = "jdbc:postgresql://pg-1.int.studija.lt:5432/stores",
        driver = "org.postgresql.Driver",
        user = "stores",
        password = "@@secret@@",
    )
}
""", secret=rand_pw(20))

add("kotlin/decoy-test-fixture", "backend/src/test/kotlin/lt/studija/stores/DbTest.kt", "Testcontainers docs: PostgreSQLContainer", """
package lt.studija.stores

import org.junit.jupiter.api.Test
import org.testcontainers.containers.PostgreSQLContainer

class DbTest {
    private val pg = PostgreSQLContainer("postgres:16-alpine")
        .withDatabaseName("stores")
        .withUsername("test")
        .withPassword("test")

    @Test
    fun `connects to test database`() {
        pg.start()
        assert(pg.jdbcUrl.startsWith("jdbc:postgresql://"))
        pg.stop()
    }
}
""")

add("yaml/omniva-api-password", "integrations/omniva/omniva.yaml", "Omniva OMX API docs: Basic auth", """
omniva:
  api_url: https://omx.omniva.eu/api/v01/omx
  customer_code: "7512384"
  username: "7512384"
  password: "@@secret@@"
  sender:
    name: UAB Akinių studija
    phone: "+37052104433"
    address: {country: LT, city: Vilnius, street: "Ozo g. 25", postcode: "07150"}
""", secret=rand_pw(12))

add("shell/decoy-ssh-public-key", "salonai/kasa-image/authorized_keys", "OpenSSH docs: authorized_keys format", """
# IT helpdesk raktai kasų kompiuteriams (vieši raktai)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ tomas@it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ ruta@it-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ ansible@bastion
# paskutinis atnaujinimas: 2024-10-02
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("json/decoy-jwks", "storefront/public/.well-known/jwks.json", "RFC 7517 JSON Web Key Set (public keys)", """
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

add("markdown/decoy-commit-hashes", "CHANGELOG.md", "Keep a Changelog format", """
# Pakeitimai

## [3.8.0] – 2024-11-04
- Naujas: kontaktinių lęšių prenumerata (kas 1, 3 ar 6 mėn.) (@@c1@@)
- Pataisyta: Paysera callback naujam domenui (@@c2@@)

## [3.7.2] – 2024-10-15
- Pataisyta: LP Express terminalų sąrašas nebeįkeliamas iš talpyklos (@@c3@@)
- Saugumas: Montonio ir Stripe raktai perkelti į Vault (@@c4@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(7), c4=hexs(40))

add("python/zendesk-api-token", "support/zendesk_export.py", "Zendesk API docs: API token authentication (email/token)", """
\"\"\"Klientų užklausų eksportas (garantija, akinių taisymas).\"\"\"
import csv

import requests

SUBDOMAIN = "akiniustudija"
AUTH = ("pagalba@akiniu-studija.lt/token", "@@secret@@")

r = requests.get(f"https://{SUBDOMAIN}.zendesk.com/api/v2/tickets.json", auth=AUTH,
                 params={"sort_by": "created_at", "sort_order": "desc"}, timeout=30)
with open("uzklausos.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    for t in r.json()["tickets"]:
        w.writerow([t["id"], t["created_at"], t["subject"], t["status"]])
""", secret=rand_pw(40))

add("env/decoy-test-values", "eshop/.env.test", "pytest-dotenv; test settings conventions", """
# Testų aplinka – tik netikros reikšmės
DJANGO_SECRET_KEY=test-secret-key-not-for-production
DATABASE_URL=postgres://test:test@localhost:5432/eshop_test
REDIS_URL=redis://localhost:6379/15
PAYSERA_SIGN_PASSWORD=test-sign-password
MONTONIO_ACCESS_KEY=test-access
MONTONIO_SECRET_KEY=test-secret
STRIPE_SECRET_KEY=sk_test_dummy
""")

add("swift/decoy-test-fixture", "ios/AkiniuStudijaTests/MontonioServiceTests.swift", "XCTest docs", """
import XCTest
@testable import AkiniuStudija

final class MontonioServiceTests: XCTestCase {
    func testSignedOrderHasThreeParts() throws {
        let service = MontonioService(accessKey: "sandbox-access", secretKey: "sandbox-secret-for-tests")
        let jwt = try service.signedOrder(.sample)
        XCTAssertEqual(jwt.split(separator: ".").count, 3)
    }
}
""")

add("csv/lab-portal-password", "exports/tiekeju_prisijungimai.csv", "Supplier portal access list export (CSV)", """
tiekejas,portalas,kliento_nr,vartotojas,slaptazodis,atsakingas
LensLab Baltic,https://b2b.lenslab-baltic.eu,LT-004512,akiniu.studija,@@secret@@,Rūta
Hoya,https://b2b.hoya-lens.example.eu,LT004512,LT004512,(Bitwarden),Tomas
CooperVision,https://b2b.coopervision.example.eu,LT-77120,api,(API raktas .env),Tomas
Acuvue,https://portal.acuvue.example.eu,LT-55019,rūta.k,(SSO),Rūta
""", secret=words_pw())

add("markdown/decoy-env-reference", "contact-lenses/README.md", "Project README conventions", """
# Kontaktinių lęšių papildymas

Skriptas kas naktį tikrina likučius (Rivile) ir siunčia užsakymus tiekėjams.

```sh
export COOPER_API_KEY=...   # iš Bitwarden „Tiekėjai / CooperVision“
python reorder.py --dry-run
```

Kintamieji: `COOPER_B2B_URL`, `COOPER_ACCOUNT`, `COOPER_API_KEY`, `REORDER_THRESHOLD_BOXES`.
""")

add("github-actions/telegram-bot-token", ".github/workflows/notify-release.yml", "GitHub Actions docs; Telegram Bot API sendMessage", """
name: Notify release
on:
  release:
    types: [published]
jobs:
  telegram:
    runs-on: ubuntu-latest
    steps:
      - name: Pranešti IT grupei
        run: |
          curl -sS "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1002183340977 \\
            -d text="Išleista ${{ github.event.release.tag_name }} (e-parduotuvė)"
""", secret=telegram())

add("ini/smtp-password", "salonai/nvr/msmtprc", "msmtp docs: configuration file (password)", """
# NVR įspėjimai el. paštu (disko klaidos, kameros atsijungimas)
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        nvr
host           mail.akiniu-studija.lt
port           587
from           nvr@akiniu-studija.lt
user           nvr@akiniu-studija.lt
password       @@secret@@

account default : nvr
""", secret=words_pw())

add("shell/github-token", "scripts/kiosk_pull_image.sh", "GitHub docs: Working with the Container registry (docker login ghcr.io)", """
#!/bin/sh
# Kiosko (virtualaus rėmelių pritaikymo) atvaizdo atnaujinimas salone
set -e
echo "@@secret@@" | docker login ghcr.io -u studija-kiosk --password-stdin
docker pull ghcr.io/akiniu-studija/kiosk-ui:stable
docker stop kiosk-ui 2>/dev/null || true
docker run -d --rm --name kiosk-ui -p 80:80 ghcr.io/akiniu-studija/kiosk-ui:stable
""", secret=ghp())
