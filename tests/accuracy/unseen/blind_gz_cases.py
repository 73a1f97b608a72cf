"""Blind set GZ: butchers, delis and charcuterie makers.

Cold-room and curing-chamber sensors, networked scales and label printers, online orders and
click-and-collect, supplier lot traceability, wholesale accounts with restaurants, payments,
delivery and office IT, in code, configs, CI, infrastructure, notebooks, exports, logs and runbooks
(about a third of the runbooks and notes in Italian, as an Italian shop writes them).
Generated fakes only (seeds 2540000-2549999).
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
URLSAFE = ALNUM + "-_"
B32 = string.ascii_uppercase + "234567"
SEED_LO, SEED_HI = 2540000, 2549999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int, upper: bool = False) -> str:
    value = fakes.drawn(_seed(), n, HEX)
    return value.upper() if upper else value


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url_bytes(n: int) -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


WORDS_EN = ["Brisket", "Sirloin", "Cleaver", "Smoker", "Hickory", "Pastrami", "Chorizo", "Saltbox", "Larder",
            "Marbling", "Tallow", "Ribeye", "Oakwood", "Juniper", "Fennel", "Rosemary", "Flank", "Sausage"]
WORDS_IT = ["Prosciutto", "Culatello", "Lardo", "Coppa", "Mortadella", "Salame", "Guanciale", "Bresaola",
            "Speck", "Pancetta", "Finocchiona", "Cotechino", "Lonza", "Fiocco", "Zampone", "Strolghino"]
LOWER = ["cantina", "budello", "pepe", "ginepro", "faggio", "nebbia", "collina", "tagliere", "norcino",
         "brace", "sale", "aglio", "vigna", "torchio", "mulino", "quercia"]
LOWER_EN = ["hook", "apron", "block", "twine", "brine", "ember", "cellar", "hanger", "mallet", "saw",
            "pepper", "smoke", "chalk", "ledger", "crate", "lantern"]


def words_pw(italian: bool = False, symbols: str = "!#$%@*._-") -> str:
    r = _rng()
    pool = WORDS_IT if italian else WORDS_EN
    return r.choice(pool) + r.choice(symbols) + r.choice(pool) + str(r.randint(10, 9999))


def url_pw(italian: bool = False) -> str:
    """A word password whose symbols stay valid in a URL's userinfo."""
    return words_pw(italian, "._-!~*")


def rand_pw(n: int = 20, extra: str = "") -> str:
    if not extra:
        return chars(n)
    r = _rng()
    value = "".join(r.choice(ALNUM + extra) for _ in range(n - 2))
    return r.choice(string.ascii_uppercase) + value + r.choice(string.digits)


def passphrase(italian: bool = True) -> str:
    r = _rng()
    return "-".join(r.sample(LOWER if italian else LOWER_EN, 4)) + str(r.randint(1, 99))


# -- vendor shapes ---------------------------------------------------------------------------------

def stripe_key(prefix: str = "sk_live_", n: int = 99) -> str:
    return fakes.fake(prefix, n, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + chars(93, URLSAFE) + "AA"


def google_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt(payload: dict, header: Optional[dict] = None, sig_bytes: int = 32) -> str:
    def enc(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(header or {"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + b64url_bytes(sig_bytes)


def pem(kind: str = "RSA", rows: int = 12, head: str = "MIIEowIBAAKCAQEA") -> str:
    r = _rng()
    total = 64 * rows - r.randint(8, 40)
    total -= total % 4
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(total - len(head)))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA"
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(70 * 5 + 28 - len(head))) + "=="
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def indent(block: str, spaces: int) -> str:
    """A multi-line value as a YAML block or a heredoc lays it out (the first line is placed by the text)."""
    return block.replace("\n", "\n" + " " * spaces)


def wg_key() -> str:
    return b64_bytes(32)


# -- decoy shapes ----------------------------------------------------------------------------------

def sha256() -> str:
    return hexs(64)


def cert_pem(rows: int = 14) -> str:
    r = _rng()
    body = "MIIF" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * rows - 4 - 20))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.getrandbits(8) for _ in range(32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, "./" + ALNUM)


def mosquitto_hash() -> str:
    return "$7$101$" + b64_bytes(12) + "$" + b64_bytes(64)


def gtin13(prefix: str = "80") -> str:
    r = _rng()
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(12 - len(prefix)))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def sscc(prefix: str = "3800") -> str:
    r = _rng()
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(17 - len(prefix)))
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def iban_it() -> str:
    r = _rng()
    bban = r.choice(string.ascii_uppercase) + "".join(str(r.randint(0, 9)) for _ in range(10)) + "".join(
        str(r.randint(0, 9)) for _ in range(12))
    numeric = "".join(str(int(c, 36)) for c in bban + "IT00")
    return f"IT{98 - int(numeric) % 97:02d}{bban}"


def partita_iva() -> str:
    r = _rng()
    body = [r.randint(0, 9) for _ in range(10)]
    total = 0
    for i, d in enumerate(body):
        if i % 2:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def mac() -> str:
    r = _rng()
    return ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))


def eui() -> str:
    return hexs(16, upper=True)


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
    CASES.append(LabelledCase(f"blind-gz/{category}", file_name, text, secret, source))


# ==================================================================================================
# Payments, checkout and the online shop
# ==================================================================================================

add("env/stripe-secret-key", "clickcollect/.env.production", "Stripe docs: API keys (docs.stripe.com/keys)", r"""
# click-and-collect -- production (Hartley & Sons, Ludlow)
# copied to /srv/clickcollect/.env by the deploy job; keep in sync with the Pi at the counter
APP_ENV=production
APP_URL=https://order.hartleybutchers.co.uk
TZ=Europe/London
DATABASE_URL=postgres:///clickcollect?host=/var/run/postgresql
COLLECTION_SLOTS_PER_HOUR=12
ORDER_CUTOFF_HOUR=16
CHRISTMAS_MODE=false
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_CURRENCY=gbp
STRIPE_STATEMENT_DESCRIPTOR=HARTLEY BUTCHERS
SENTRY_ENVIRONMENT=production
LOG_LEVEL=info
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-webhook-secret", "deli_shop/settings/production.py", "Stripe docs: Check the webhook signatures (docs.stripe.com/webhooks#verify-events)", r'''
"""Production settings for the Brookline Deli online shop (catering trays and pickup orders)."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["order.brooklinedeli.com", "catering.brooklinedeli.com"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES["default"]["HOST"] = os.environ.get("DB_HOST", "10.20.0.12")
DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
# endpoint we_1P... "catering orders" -- signing secret from the dashboard
STRIPE_WEBHOOK_SECRET = "@@secret@@"

PICKUP_WINDOWS = {
    "weekday": ("07:00", "15:30"),
    "saturday": ("08:00", "14:00"),
}
CATERING_MIN_NOTICE_HOURS = 48
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "smtp.postmarkapp.com")
''', whsec())

add("typescript/stripe-restricted-key", "apps/storefront/src/pages/api/checkout.ts", "Stripe docs: Restricted API keys (docs.stripe.com/keys#limit-access)", r"""
import type { NextApiRequest, NextApiResponse } from "next";
import Stripe from "stripe";
import { getBoxById } from "../../lib/boxes";

// restricted key: Checkout Sessions write, Products/Prices read -- Oak & Cleaver storefront
const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
});

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    return res.status(405).end();
  }
  const { boxId, quantity = 1, deliveryDate } = req.body ?? {};
  const box = await getBoxById(boxId);
  if (!box) return res.status(404).json({ error: "unknown box" });

  const session = await stripe.checkout.sessions.create({
    mode: box.subscription ? "subscription" : "payment",
    line_items: [{ price: box.stripePriceId, quantity }],
    shipping_address_collection: { allowed_countries: ["GB"] },
    metadata: { boxId, deliveryDate },
    success_url: `${process.env.SITE_URL}/thanks?session={CHECKOUT_SESSION_ID}`,
    cancel_url: `${process.env.SITE_URL}/boxes/${box.slug}`,
  });
  return res.status(200).json({ url: session.url });
}
""", stripe_key("rk_live_"))

add("yaml/stripe-secret-key", "deploy/helm/clickcollect/values-prod.yaml", "Helm docs: Values files; Stripe docs: API keys", r"""
replicaCount: 2

image:
  repository: ghcr.io/hartley-butchers/clickcollect
  tag: "2024.11.3"
  pullPolicy: IfNotPresent

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: order.hartleybutchers.co.uk
      paths: ["/"]
  tls:
    - secretName: order-hartley-tls
      hosts: [order.hartleybutchers.co.uk]

env:
  - name: APP_ENV
    value: production
  - name: ORDER_CUTOFF_HOUR
    value: "16"
  - name: STRIPE_API_KEY
    value: "@@secret@@"
  - name: DATABASE_URL
    valueFrom:
      secretKeyRef:
        name: clickcollect-db
        key: url

resources:
  requests:
    cpu: 100m
    memory: 192Mi
  limits:
    memory: 384Mi
""", stripe_key("sk_live_", 24))

add("php/nexi-mac-key", "modules/ritironegozio/config/nexi.php", "Nexi XPay docs: Pagamento semplice, calcolo MAC (ecommerce.nexi.it/specifiche-tecniche)", r"""
<?php
/**
 * Configurazione Nexi XPay - pagamento ordini con ritiro in negozio
 * Macelleria Bernardi s.n.c. - Parma
 */
return [
    'ambiente'      => 'produzione',
    'url_pagamento' => 'https://ecommerce.nexi.it/ecomm/ecomm/DispatcherServlet',
    'url_stato'     => 'https://ecommerce.nexi.it/ecomm/api/bo/situazioneOrdine',
    'alias'         => 'ALIAS_WEB_00@@alias@@',
    'chiave_mac'    => '@@secret@@',
    'divisa'        => 'EUR',
    'lingua'        => 'ITA',
    'url_ritorno'   => 'https://www.macelleriabernardi.it/ordine/esito',
    'url_annullo'   => 'https://www.macelleriabernardi.it/carrello',
    'url_notifica'  => 'https://www.macelleriabernardi.it/modules/ritironegozio/notifica.php',
    // importi in centesimi, come richiesto da XPay
    'moltiplicatore' => 100,
];
""", chars(32), alias=digits(6))

_KEY = pem("", 16, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")
add("ansible/satispay-private-key", "ansible/host_vars/cassa-web.yml", "Satispay docs: Authentication, sign the request with RSA-SHA256 (developers.satispay.com)", r"""
---
# cassa-web: pagamenti online Gastronomia Rinaldi (Satispay + carte)
nginx_server_name: ordini.gastronomiarinaldi.it
app_user: rinaldi
app_root: /opt/ordini

satispay_env: production
satispay_api_base: https://authservices.satispay.com/g_business/v1
satispay_key_id: "@@keyid@@"
satispay_private_key: |
  @@block@@

satispay_callback_url: "https://ordini.gastronomiarinaldi.it/satispay/callback?payment_id={uuid}"
""", _KEY, block=indent(_KEY, 2), keyid=fakes.drawn(_seed(), 72, string.ascii_lowercase + string.digits))

add("java/adyen-api-key", "shop-backend/src/main/java/it/valtrebbia/shop/payments/AdyenConfig.java", "Adyen docs: API credentials, Java library (docs.adyen.com/development-resources/api-credentials)", r"""
package it.valtrebbia.shop.payments;

import com.adyen.Client;
import com.adyen.enums.Environment;
import com.adyen.service.checkout.PaymentsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adyen for the Salumificio Val Trebbia web shop (gift hampers, whole culatello pre-orders).
 * Web service user: ws_418273@Company.ValTrebbia
 */
@Configuration
public class AdyenConfig {

    static final String MERCHANT_ACCOUNT = "SalumificioValTrebbiaECOM";
    static final String LIVE_PREFIX = "1797a841fbb37ca7-SalumificioValTrebbia";
    private static final String API_KEY =
            "@@secret@@";

    @Bean
    public Client adyenClient() {
        return new Client(API_KEY, Environment.LIVE, LIVE_PREFIX);
    }

    @Bean
    public PaymentsApi paymentsApi(Client adyenClient) {
        return new PaymentsApi(adyenClient);
    }
}
""", "AQE" + chars(60) + "=-" + chars(43, ALNUM + "+/") + "=-" + chars(10))

add("properties/adyen-hmac-key", "wholesale-portal/src/main/resources/application-prod.properties", "Adyen docs: Verify HMAC signatures of webhooks (docs.adyen.com/development-resources/webhooks/verify-hmac-signatures)", r"""
# Wholesale portal (restaurants and hotels) -- production profile
server.port=8080
server.forward-headers-strategy=native
spring.datasource.url=jdbc:postgresql://db-wholesale.internal:5432/wholesale
spring.datasource.username=wholesale_app
spring.datasource.password=${WHOLESALE_DB_PASSWORD}
spring.jpa.open-in-view=false
spring.flyway.enabled=true

adyen.environment=LIVE
adyen.merchant-account=SalumificioValTrebbiaB2B
adyen.api-key=${ADYEN_API_KEY}
adyen.notification.username=adyen-notify
adyen.notification.hmac-key=@@secret@@

wholesale.invoice.terms-days=30
wholesale.credit-limit.default=2500.00
wholesale.cutoff=14:00
logging.level.it.valtrebbia=INFO
""", hexs(64, upper=True))

add("ruby/square-access-token", "config/initializers/square.rb", "Square docs: Access tokens, Ruby SDK (developer.squareup.com/docs/build-basics/access-tokens)", r"""
# Square: catalog and inventory sync for the two Brookline Deli counters.
# The POS is the source of truth for prices; the website only reads.
require "square"

SQUARE_LOCATIONS = {
  harvard_st: "L8XKQ2Z7ZJ0RD",
  beacon_st: "LRT4N1DWY93QE",
}.freeze

SQUARE_CLIENT = Square::Client.new(
  access_token: "@@secret@@",
  environment: "production",
  timeout: 15,
  max_retries: 3
)

Rails.application.config.after_initialize do
  Rails.logger.info("[square] client ready for #{SQUARE_LOCATIONS.size} locations")
end
""", fakes.fake("EAAA", 60, _seed()))

add("csharp/paypal-client-secret", "Hartley.Wholesale/Payments/PayPalClientFactory.cs", "PayPal docs: Get client ID and client secret (developer.paypal.com/api/rest)", r"""
using System;
using PayPalCheckoutSdk.Core;

namespace Hartley.Wholesale.Payments
{
    /// <summary>
    /// PayPal for trade accounts that pay their weekly statement online
    /// (pubs and cafes on the Ludlow round).
    /// </summary>
    public static class PayPalClientFactory
    {
        private const string ClientId =
            "@@clientid@@";
        private const string ClientSecret =
            "@@secret@@";

        public static PayPalHttpClient Create(bool live = true)
        {
            PayPalEnvironment environment = live
                ? new LiveEnvironment(ClientId, ClientSecret)
                : new SandboxEnvironment(ClientId, ClientSecret);
            return new PayPalHttpClient(environment);
        }

        public static string StatementReference(int accountNumber, DateTime weekEnding) =>
            $"HB-{accountNumber:D5}-{weekEnding:yyyyMMdd}";
    }
}
""", "E" + chars(79, URLSAFE), clientid="A" + chars(79, URLSAFE))

add("kotlin/sumup-api-key", "ritiro-server/src/main/kotlin/it/macelleriabernardi/ritiro/payments/SumUpCheckouts.kt", "SumUp docs: Authorization, API keys (developer.sumup.com/api)", r"""
package it.macelleriabernardi.ritiro.payments

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.bearerAuth
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType
import java.math.BigDecimal

private const val SUMUP_API = "https://api.sumup.com/v0.1"
private const val SUMUP_API_KEY = "@@secret@@"
private const val MERCHANT_CODE = "MC7Q2K9P"

data class CheckoutRequest(
    val checkout_reference: String,
    val amount: BigDecimal,
    val currency: String = "EUR",
    val merchant_code: String = MERCHANT_CODE,
    val description: String,
)

data class CheckoutResponse(val id: String, val status: String)

class SumUpCheckouts(private val http: HttpClient) {
    suspend fun create(orderId: String, amount: BigDecimal): CheckoutResponse =
        http.post("$SUMUP_API/checkouts") {
            bearerAuth(SUMUP_API_KEY)
            contentType(ContentType.Application.Json)
            setBody(CheckoutRequest(checkout_reference = "RIT-$orderId", amount = amount,
                description = "Ordine ritiro in negozio $orderId"))
        }.body()
}
""", "sup_sk_" + chars(32))

add("json/mollie-api-key", "box-subscriptions/config/production.json", "Mollie docs: Authentication, API keys (docs.mollie.com/overview/authentication)", r"""
{
  "port": 8080,
  "publicUrl": "https://boxes.oakandcleaver.nl",
  "locale": "nl_NL",
  "mollie": {
    "apiKey": "@@secret@@",
    "profileId": "pfl_@@profile@@",
    "webhookPath": "/hooks/mollie",
    "methods": ["ideal", "bancontact", "creditcard"]
  },
  "subscriptions": {
    "intervals": ["2 weeks", "1 month"],
    "chargeDayOfWeek": 2,
    "coldChainCarrier": "koeriers-koel"
  },
  "log": { "level": "info", "json": true }
}
""", "live_" + chars(30), profile=chars(10))

add("env/shopify-access-token", "inventory-sync/.env", "Shopify docs: Custom apps, Admin API access tokens (shopify.dev/docs/apps/build/authentication-authorization/access-tokens)", r"""
# Shopify <-> butchery scales inventory sync (Oak & Cleaver, Frome)
SHOPIFY_SHOP=oak-and-cleaver.myshopify.com
SHOPIFY_API_VERSION=2024-10
SHOPIFY_ADMIN_API_ACCESS_TOKEN=@@secret@@
SHOPIFY_LOCATION_ID=gid://shopify/Location/71852310753
# weights come in grams from the scales, Shopify wants whole units
WEIGHT_ROUNDING=down
SYNC_INTERVAL_SECONDS=300
SCALE_EXPORT_DIR=/mnt/scales/export
""", "shpat_" + hexs(32))

add("python/shopify-app-secret", "shopify_app/webhooks.py", "Shopify docs: Verify webhooks with the app's client secret (shopify.dev/docs/apps/build/webhooks/subscribe/https)", r'''
"""Shopify webhooks for the Brookline Deli catering app: orders/create, orders/cancelled."""
import base64
import hashlib
import hmac
import json

from flask import Blueprint, abort, request

from .orders import queue_catering_order, cancel_catering_order

bp = Blueprint("shopify_webhooks", __name__)

SHOPIFY_API_KEY = "@@clientid@@"
SHOPIFY_API_SECRET = "@@secret@@"


def _verified(body: bytes, header: str) -> bool:
    digest = hmac.new(SHOPIFY_API_SECRET.encode(), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), header or "")


@bp.post("/webhooks/shopify/<topic>")
def receive(topic):
    if not _verified(request.get_data(), request.headers.get("X-Shopify-Hmac-Sha256")):
        abort(401)
    payload = json.loads(request.get_data())
    if topic == "orders-create":
        queue_catering_order(payload)
    elif topic == "orders-cancelled":
        cancel_catering_order(payload["id"])
    return "", 204
''', "shpss_" + hexs(32), clientid=hexs(32))

add("php/woocommerce-consumer-secret", "scripts/sync-ordini-woocommerce.php", "WooCommerce REST API docs: Authentication, PHP library (woocommerce.github.io/woocommerce-rest-api-docs)", r"""
<?php
// Scarica gli ordini "da preparare" e li manda alla stampante del banco gastronomia
require __DIR__ . '/../vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://www.gastronomiarinaldi.it',
    'ck_@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 20]
);

$ordini = $woocommerce->get('orders', [
    'status'   => 'processing',
    'per_page' => 50,
    'after'    => date('c', strtotime('-2 days')),
]);

foreach ($ordini as $ordine) {
    $ritiro = '';
    foreach ($ordine->meta_data as $meta) {
        if ($meta->key === '_orario_ritiro') {
            $ritiro = $meta->value;
        }
    }
    printf("#%d  %-25s  ritiro %s\n", $ordine->id, $ordine->billing->last_name, $ritiro);
}
""", "cs_" + hexs(40), ck=hexs(40))

add("shell/woocommerce-consumer-secret", "bin/export-christmas-orders.sh", "WooCommerce REST API docs: Authentication over HTTPS with HTTP Basic (woocommerce.github.io/woocommerce-rest-api-docs)", r"""
#!/usr/bin/env bash
# Christmas turkey and gammon pre-orders -> CSV for the cutting room (run each evening in December)
set -euo pipefail

SITE="https://shop.hartleybutchers.co.uk"
OUT="/srv/share/cutting-room/preorders-$(date +%F).csv"

curl -sS --fail -u "ck_@@ck@@:@@secret@@" \
  "$SITE/wp-json/wc/v3/orders?status=processing&per_page=100&category=christmas" \
  | jq -r '.[] | [.id, .billing.last_name, (.line_items[] | .name + " x" + (.quantity|tostring)), (.meta_data[] | select(.key=="collection_date") | .value)] | @csv' \
  > "$OUT"

echo "wrote $(wc -l < "$OUT") orders to $OUT"
""", "cs_" + hexs(40), ck=hexs(40))

add("yaml/prestashop-webservice-key", "sync/config/prestashop.yml", "PrestaShop docs: Webservice, creating access keys (devdocs.prestashop-project.org/8/webservice)", r"""
# Sincronizzazione listino bilance -> PrestaShop (Salumeria Corradi)
prestashop:
  url: https://shop.salumeriacorradi.it
  ws_key: @@secret@@
  id_shop: 1
  id_lang_it: 1
  output_format: JSON

listino:
  sorgente: /mnt/bilance/export/plu.csv
  codifica: cp1252
  separatore: ";"
  arrotonda_prezzi: 0.05
  categorie_escluse: [ "scarti", "ossa-per-cani" ]

pianificazione:
  cron: "*/20 7-20 * * 1-6"
  notifica_errori: ufficio@salumeriacorradi.it
""", fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits))

add("php/mysql-password", "wholesale/config/database.php", "Laravel docs: Database configuration, env() defaults (laravel.com/docs/database#configuration)", r"""
<?php

use Illuminate\Support\Str;

return [

    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [

        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '10.0.3.21'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'ingrosso_ristoranti'),
            'username' => env('DB_USERNAME', 'ingrosso'),
            'password' => env('DB_PASSWORD', '@@secret@@'),
            'unix_socket' => env('DB_SOCKET', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'prefix' => '',
            'strict' => true,
            'engine' => null,
        ],

    ],

    'migrations' => 'migrations',

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => [
            'prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'ingrosso'), '_').'_database_'),
        ],
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],

];
""", words_pw(True))

# -- decoys: payments and shop --------------------------------------------------------------------

add("typescript/decoy-publishable-key", "apps/storefront/src/lib/stripe.ts", "Stripe docs: Publishable keys are safe in client code (docs.stripe.com/keys)", r"""
import { loadStripe, type Stripe } from "@stripe/stripe-js";

// Publishable key: meant for the browser (Stripe.js). The secret key lives in Vercel env only.
const PUBLISHABLE_KEY = "@@pk@@";

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe(): Promise<Stripe | null> {
  if (!stripePromise) {
    stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: "en-GB" });
  }
  return stripePromise;
}

export const BOX_PRICE_IDS = {
  "charcuterie-board-small": "price_1PbT0qKx4pM9n2QwS6dLrA1c",
  "charcuterie-board-large": "price_1PbT1NKx4pM9n2QwhZ3Uo8Xe",
  "monthly-salami-club": "price_1PbT2aKx4pM9n2QwJ0vYc7Ty",
} as const;
""", pk=stripe_key("pk_live_"))

add("env/decoy-placeholder", ".env.example", "dotenv conventions: .env.example with placeholders (github.com/motdotla/dotenv)", r"""
# Copy to .env and fill in. Never commit the real .env.
APP_ENV=development
APP_URL=http://localhost:3000
DATABASE_URL=postgres://clickcollect:<password>@localhost:5432/clickcollect
STRIPE_PUBLISHABLE_KEY=pk_test_REPLACE_ME
STRIPE_SECRET_KEY=sk_test_REPLACE_ME
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
SHOPIFY_ADMIN_API_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
POSTMARK_SERVER_TOKEN=
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
ORDER_CUTOFF_HOUR=16
""")

add("json/decoy-stripe-ids", "tests/fixtures/stripe/checkout_session_completed.json", "Stripe docs: Event object, checkout.session.completed (docs.stripe.com/api/events)", r"""
{
  "id": "evt_1QJ4vKKx4pM9n2QwT3sNqE8u",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1731400000,
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1@@cs@@",
      "object": "checkout.session",
      "amount_total": 4850,
      "currency": "gbp",
      "customer": "cus_R8kLm2Qw9ZxYtB",
      "payment_intent": "pi_3QJ4vJKx4pM9n2Qw0kY1bH2d",
      "payment_status": "paid",
      "metadata": { "boxId": "charcuterie-board-large", "deliveryDate": "2024-11-15" },
      "shipping_details": { "name": "Test Customer", "address": { "postal_code": "BA11 1AA", "country": "GB" } }
    }
  },
  "request": { "id": "req_@@req@@", "idempotency_key": "@@idem@@" }
}
""", cs=chars(56), req=chars(14), idem=uuid_s())

add("json/decoy-application-id", "web-payments/config.json", "Square docs: Web Payments SDK, application ID and location ID (developer.squareup.com/docs/web-payments/overview)", r"""
{
  "environment": "production",
  "square": {
    "applicationId": "sq0idp-@@appid@@",
    "locationId": "L8XKQ2Z7ZJ0RD",
    "cardOptions": { "postalCode": true, "style": { "input": { "fontSize": "16px" } } }
  },
  "catering": {
    "minimumOrderCents": 7500,
    "leadTimeHours": 48,
    "trays": ["pastrami-platter", "bagel-brunch", "smoked-fish"]
  }
}
""", appid=chars(22, URLSAFE))

add("javascript/decoy-client-id", "public/js/paypal-buttons.js", "PayPal docs: JavaScript SDK script configuration, client-id (developer.paypal.com/sdk/js/configuration)", r"""
/* PayPal buttons on the trade statement page. The client-id is public by design. */
(function () {
  var CLIENT_ID = "@@clientid@@";
  var script = document.createElement("script");
  script.src = "https://www.paypal.com/sdk/js?client-id=" + CLIENT_ID + "&currency=GBP&intent=capture";
  script.onload = function () {
    var el = document.getElementById("statement-amount");
    paypal.Buttons({
      createOrder: function () {
        return fetch("/trade/statement/" + el.dataset.statementId + "/paypal-order", { method: "POST" })
          .then(function (r) { return r.json(); })
          .then(function (d) { return d.id; });
      },
      onApprove: function (data) {
        return fetch("/trade/statement/paypal-capture/" + data.orderID, { method: "POST" })
          .then(function () { window.location = "/trade/statement/paid"; });
      }
    }).render("#paypal-buttons");
  };
  document.head.appendChild(script);
})();
""", clientid="A" + chars(79, URLSAFE))

add("swift/decoy-publishable-key", "DeliApp/Payments/PaymentConfig.swift", "Stripe iOS SDK docs: set the publishable key; Apple Pay merchant identifier (docs.stripe.com/apple-pay)", r"""
import Foundation
import StripePaymentSheet

enum PaymentConfig {
    /// Publishable key -- safe to ship in the app. Payment intents are created server-side.
    static let stripePublishableKey = "@@pk@@"
    static let appleMerchantIdentifier = "merchant.com.brooklinedeli.orders"
    static let backendBaseURL = URL(string: "https://order.brooklinedeli.com/api/mobile")!

    static func configure() {
        StripeAPI.defaultPublishableKey = stripePublishableKey
    }

    static var paymentSheetConfiguration: PaymentSheet.Configuration {
        var configuration = PaymentSheet.Configuration()
        configuration.merchantDisplayName = "Brookline Deli"
        configuration.applePay = .init(merchantId: appleMerchantIdentifier, merchantCountryCode: "US")
        configuration.allowsDelayedPaymentMethods = false
        return configuration
    }
}
""", pk=stripe_key("pk_live_"))

add("python/decoy-test-fixture", "tests/test_stripe_webhooks.py", "Stripe docs: Verify signatures manually, the Stripe-Signature header (docs.stripe.com/webhooks#verify-manually)", r'''
import hashlib
import hmac
import json
import time

import pytest

from deli_shop.payments.webhooks import verify_signature, SignatureError

TEST_SECRET = "whsec_test_fixture_not_a_real_secret"


def _header(payload: str, secret: str = TEST_SECRET, timestamp: int | None = None) -> str:
    timestamp = timestamp or int(time.time())
    signed = f"{timestamp}.{payload}".encode()
    signature = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={signature}"


def test_accepts_a_good_signature():
    payload = json.dumps({"id": "evt_test_1", "type": "checkout.session.completed"})
    assert verify_signature(payload, _header(payload), TEST_SECRET)["id"] == "evt_test_1"


def test_rejects_a_tampered_body():
    payload = json.dumps({"id": "evt_test_2", "amount_total": 1200})
    header = _header(payload)
    with pytest.raises(SignatureError):
        verify_signature(payload.replace("1200", "12"), header, TEST_SECRET)


def test_rejects_an_old_timestamp():
    payload = "{}"
    with pytest.raises(SignatureError):
        verify_signature(payload, _header(payload, timestamp=1_600_000_000), TEST_SECRET)
''')

add("php/decoy-translation-hashes", "modules/ritironegozio/translations/it.php", "PrestaShop docs: module translations, md5-keyed $_MODULE entries (devdocs.prestashop-project.org/1.7/modules/creation/module-translation)", r"""
<?php

global $_MODULE;
$_MODULE = array();
$_MODULE['<{ritironegozio}prestashop>ritironegozio_@@h1@@'] = 'Ritiro in negozio';
$_MODULE['<{ritironegozio}prestashop>ritironegozio_@@h2@@'] = 'Scegli il giorno e l\'orario di ritiro';
$_MODULE['<{ritironegozio}prestashop>ritironegozio_@@h3@@'] = 'Gli ordini ricevuti dopo le 18:00 sono pronti dal giorno successivo';
$_MODULE['<{ritironegozio}prestashop>ritironegozio_@@h4@@'] = 'Il peso dei prodotti al taglio può variare del 10%';
$_MODULE['<{ritironegozio}prestashop>ritironegozio_@@h5@@'] = 'Pagamento alla consegna non disponibile';
$_MODULE['<{ritironegozio}prestashop>configure_@@h6@@'] = 'Orari di apertura';
$_MODULE['<{ritironegozio}prestashop>configure_@@h7@@'] = 'Chiave MAC Nexi (lasciare vuoto per non modificarla)';
$_MODULE['<{ritironegozio}prestashop>configure_@@h8@@'] = 'Salva';
""", h1=hexs(32), h2=hexs(32), h3=hexs(32), h4=hexs(32), h5=hexs(32), h6=hexs(32), h7=hexs(32), h8=hexs(32))

add("json/decoy-hmac-signature", "tests/fixtures/shopify/orders_create_headers.json", "Shopify docs: Webhook headers, X-Shopify-Hmac-Sha256 (shopify.dev/docs/apps/build/webhooks)", r"""
{
  "headers": {
    "X-Shopify-Topic": "orders/create",
    "X-Shopify-Shop-Domain": "oak-and-cleaver.myshopify.com",
    "X-Shopify-API-Version": "2024-10",
    "X-Shopify-Webhook-Id": "@@hookid@@",
    "X-Shopify-Triggered-At": "2024-11-12T09:41:17.332Z",
    "X-Shopify-Hmac-Sha256": "@@digest@@"
  },
  "body_file": "orders_create_body.json",
  "note": "recorded from the dev store; the digest is of body_file with the dev app's secret, which the test reads from SHOPIFY_TEST_SECRET"
}
""", hookid=uuid_s(), digest=b64_bytes(32))


# ==================================================================================================
# Notifications and mail
# ==================================================================================================

add("python/sendgrid-api-key", "orders/notify.py", "SendGrid docs: API keys, Python library (www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example)", r'''
"""Order confirmation and "ready for collection" e-mails for Hartley & Sons."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "@@secret@@"
FROM_ADDRESS = ("orders@hartleybutchers.co.uk", "Hartley & Sons Butchers")
TEMPLATES = {
    "confirmed": "d-4f1c9a2b7e0d4c3f9a8b6e5d4c3b2a10",
    "ready": "d-9b8a7c6d5e4f40312a1b0c9d8e7f6a5b",
}

_client = SendGridAPIClient(SENDGRID_API_KEY)


def send(order, template: str) -> int:
    message = Mail(from_email=FROM_ADDRESS, to_emails=order.email)
    message.template_id = TEMPLATES[template]
    message.dynamic_template_data = {
        "first_name": order.first_name,
        "order_number": order.number,
        "collection_slot": order.slot.strftime("%A %d %B, %H:%M"),
        "lines": [{"name": line.name, "weight": line.weight_display} for line in order.lines],
    }
    return _client.send(message).status_code
''', sendgrid_key())

add("toml/mailgun-api-key", "notifier/config.toml", "Mailgun docs: API keys, sending via the HTTP API (documentation.mailgun.com/docs/mailgun/api-reference)", r"""
# notifier -- trade order confirmations for Oak & Cleaver wholesale customers
[server]
bind = "0.0.0.0:8088"
workers = 2

[mailgun]
domain = "mg.oakandcleaver.co.uk"
region = "eu"
api_key = "@@secret@@"
from = "Oak & Cleaver Trade <trade@oakandcleaver.co.uk>"
reply_to = "accounts@oakandcleaver.co.uk"

[templates]
order_confirmed = "trade-order-confirmed"
delivery_manifest = "trade-delivery-manifest"
statement = "trade-weekly-statement"

[schedule]
statement_day = "monday"
statement_time = "06:30"
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("ini/smtp-password", "fatture/invio_pec.ini", "Aruba PEC: parametri SMTP per client di posta (guide.pec.it)", r"""
; Invio fatture di cortesia e comunicazioni ai fornitori via PEC
; Salumificio Val Trebbia - amministrazione
[pec]
server = smtps.pec.aruba.it
porta = 465
ssl = si
utente = amministrazione@pec.salumificiovaltrebbia.it
password = @@secret@@
mittente = Salumificio Val Trebbia <amministrazione@pec.salumificiovaltrebbia.it>

[cartelle]
da_inviare = \\nas-ufficio\amministrazione\fatture\da_inviare
inviate = \\nas-ufficio\amministrazione\fatture\inviate
errori = \\nas-ufficio\amministrazione\fatture\errori

[log]
file = C:\InvioPEC\log\invio.log
livello = INFO
""", words_pw(True))

add("yaml/brevo-api-key", "notifiche/config.yaml", "Brevo docs: API keys, transactional e-mail and SMS (developers.brevo.com/docs/getting-started)", r"""
# Notifiche clienti Macelleria Bernardi: conferma ordine, ordine pronto, promemoria ritiro
brevo:
  api_url: https://api.brevo.com/v3
  api_key: "@@secret@@"
  mittente:
    nome: Macelleria Bernardi
    email: ordini@macelleriabernardi.it
  sms_mittente: Bernardi

modelli:
  ordine_confermato: 12
  ordine_pronto: 13
  promemoria_ritiro: 14

promemoria:
  ore_prima_del_ritiro: 2
  solo_se_non_ritirato: true
""", "xkeysib-" + hexs(64) + "-" + chars(16))

add("json/mailchimp-api-key", "newsletter-sync/settings.json", "Mailchimp Marketing API docs: API keys and data centers (mailchimp.com/developer/marketing/guides/quick-start)", r"""
{
  "source": {
    "type": "square-customers",
    "locations": ["L8XKQ2Z7ZJ0RD", "LRT4N1DWY93QE"],
    "onlyMarketingOptIn": true
  },
  "mailchimp": {
    "apiKey": "@@secret@@",
    "server": "us21",
    "audienceId": "7c1e4b9a2d",
    "tags": ["deli-regulars", "catering"],
    "doubleOptIn": false
  },
  "schedule": "0 5 * * *",
  "dryRun": false
}
""", hexs(32) + "-us21")

add("javascript/twilio-auth-token", "sms/ready-for-pickup.js", "Twilio docs: Send an SMS with Node.js, Account SID and Auth Token (www.twilio.com/docs/messaging/quickstart/node)", r"""
// "Your order is ready" texts, triggered when the counter marks an order packed.
const twilio = require("twilio");

const accountSid = "AC@@sid@@";
const authToken = "@@secret@@";
const client = twilio(accountSid, authToken);

const FROM = "+16175550142";

async function notifyReady(order) {
  const body =
    `Brookline Deli: order #${order.number} is ready at ${order.counter}. ` +
    `Pickup until ${order.holdUntil}. Reply STOP to opt out.`;
  const message = await client.messages.create({ from: FROM, to: order.phone, body });
  return message.sid;
}

module.exports = { notifyReady };
""", hexs(32), sid=hexs(32))

add("env/twilio-api-secret", "kiosk-api/.env.production", "Twilio docs: API keys, key SID and secret (www.twilio.com/docs/iam/api-keys)", r"""
NODE_ENV=production
PORT=4000
PUBLIC_URL=https://kiosk.brooklinedeli.com
TWILIO_ACCOUNT_SID=AC@@sid@@
TWILIO_API_KEY=SK@@keysid@@
TWILIO_API_SECRET=@@secret@@
TWILIO_FROM_NUMBER=+16175550142
QUEUE_DISPLAY_URL=http://10.40.0.30:8080/queue
TICKET_PREFIX=D
""", chars(32), sid=hexs(32), keysid=hexs(32))

add("shell/slack-webhook", "ops/cron/check-smoker-temps.sh", "Slack docs: Sending messages using incoming webhooks (api.slack.com/messaging/webhooks)", r"""
#!/bin/sh
# Every 5 minutes from cron on the smokehouse Pi: alert #smokehouse when a chamber drifts.
# */5 * * * * /opt/ops/cron/check-smoker-temps.sh
WEBHOOK="@@secret@@"
LIMIT_HIGH=85
LIMIT_LOW=55

for chamber in 1 2 3; do
  t=$(curl -s "http://localhost:8086/api/chamber/$chamber/latest" | jq -r '.temp_c')
  [ -z "$t" ] && continue
  over=$(echo "$t > $LIMIT_HIGH || $t < $LIMIT_LOW" | bc)
  if [ "$over" -eq 1 ]; then
    curl -s -X POST -H 'Content-type: application/json' \
      --data "{\"text\":\":fire: Smoker $chamber at ${t}C (range ${LIMIT_LOW}-${LIMIT_HIGH})\"}" \
      "$WEBHOOK" >/dev/null
  fi
done
""", slack_webhook())

add("powershell/teams-webhook", "scripts/Send-ColdRoomAlert.ps1", "Microsoft docs: Create an Incoming Webhook for Teams (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors)", r"""
<#
.SYNOPSIS
  Posts a cold-room alarm from the Saveris export folder to the "Cold Rooms" Teams channel.
#>
param(
    [Parameter(Mandatory)] [string] $Room,
    [Parameter(Mandatory)] [double] $TemperatureC,
    [double] $LimitC = 5.0
)

$webhookUrl = 'https://hartleybutchers.webhook.office.com/webhookb2/@@g1@@@@@g2@@/IncomingWebhook/@@secret@@/@@g3@@'

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = "Cold room alarm: $Room"
    themeColor = 'D7000C'
    title      = "$Room at $TemperatureC C (limit $LimitC C)"
    text       = "Check the door seal and the evaporator. Logged at $(Get-Date -Format 'HH:mm dd/MM')."
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $webhookUrl -Body $card -ContentType 'application/json'
""", hexs(32), g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

add("markdown/postmark-server-token", "docs/handover-email.md", "Postmark docs: Server API tokens, X-Postmark-Server-Token (postmarkapp.com/developer/api/overview)", r"""
# Handover: customer e-mail (Brookline Deli)

Written by Sam before leaving -- for whoever picks up the website next.

## What sends mail
- Order confirmations and catering quotes go through **Postmark**, server "Brookline Orders".
- The newsletter is Mailchimp (see `newsletter-sync/`), not Postmark.
- Staff mail is Google Workspace; nothing to do with the site.

## Credentials
| what | value |
|---|---|
| Postmark account login | it@brooklinedeli.com (in the office 1Password) |
| Server API token (Brookline Orders) | `@@secret@@` |
| Sender signature | orders@brooklinedeli.com, DKIM verified 2023-04 |

## If mail stops
1. Check the Postmark activity feed for bounces and the suppression list.
2. Look for 422 errors in `orders/logs/mail.log` -- usually an inactive recipient.
3. Postmark status page: status.postmarkapp.com.
""", uuid_s())

add("csharp/smtp-password", "LabelStation/Services/DailyReportMailer.cs", "Microsoft docs: SmtpClient and NetworkCredential; Microsoft 365 SMTP AUTH submission", r"""
using System;
using System.Net;
using System.Net.Mail;

namespace LabelStation.Services
{
    // Mails the day's label print summary (lots, weights, best-before dates) to the office.
    public class DailyReportMailer
    {
        private const string Host = "smtp.office365.com";
        private const int Port = 587;
        private const string User = "labelstation@oakandcleaver.co.uk";

        public void Send(string csvPath, DateTime day)
        {
            using var client = new SmtpClient(Host, Port)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential(User, "@@secret@@"),
            };
            using var message = new MailMessage(User, "office@oakandcleaver.co.uk")
            {
                Subject = $"Label summary {day:dd/MM/yyyy}",
                Body = "Attached: every label printed today with lot and best-before.",
            };
            message.Attachments.Add(new Attachment(csvPath));
            client.Send(message);
        }
    }
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("xml/smtp-password", "TraceLotti/NLog.config", "NLog docs: Mail target, smtpUserName and smtpPassword (github.com/NLog/NLog/wiki/Mail-target)", r"""
<?xml version="1.0" encoding="utf-8" ?>
<nlog xmlns="http://www.nlog-project.org/schemas/NLog.xsd"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      autoReload="true">

  <targets>
    <target xsi:type="File" name="file"
            fileName="C:\TraceLotti\log\${shortdate}.log"
            layout="${longdate}|${level:uppercase=true}|${logger}|${message} ${exception:format=tostring}" />

    <target xsi:type="Mail" name="qualita"
            smtpServer="smtp.gastronomiarinaldi.it" smtpPort="587" enableSsl="true"
            smtpAuthentication="Basic"
            smtpUserName="tracelotti@gastronomiarinaldi.it"
            smtpPassword="@@secret@@"
            from="tracelotti@gastronomiarinaldi.it"
            to="qualita@gastronomiarinaldi.it"
            subject="TraceLotti: errore ${level}"
            layout="${longdate} ${message}${newline}${exception:format=tostring}" />
  </targets>

  <rules>
    <logger name="*" minlevel="Info" writeTo="file" />
    <logger name="*" minlevel="Error" writeTo="qualita" />
  </rules>
</nlog>
""", rand_pw(14, "!%*"))

# -- decoys: notifications ------------------------------------------------------------------------

add("python/decoy-env-reference", "notifications/settings.py", "twelve-factor app: config in the environment (12factor.net/config)", r'''
"""Settings for the Salumificio Val Trebbia notification worker. Everything secret comes from the env."""
import os

POSTMARK_SERVER_TOKEN = os.environ["POSTMARK_SERVER_TOKEN"]
TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
TELEGRAM_BOT_TOKEN = os.getenv("TELEGRAM_BOT_TOKEN")
TELEGRAM_CHAT_CELLE = int(os.getenv("TELEGRAM_CHAT_CELLE", "-1001873320456"))
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD") or None

QUIET_HOURS = (22, 6)
ESCALATE_AFTER_MINUTES = 20
ON_CALL_ROTA = "https://docs.google.com/spreadsheets/d/1mXq7Ra2cJtYp0vS9kL4uN8wB6eZ3hF5dG1aQ2sT7yU0/edit"
''')

add("github-actions/decoy-secrets-reference", ".github/workflows/notify-deploy.yml", "GitHub docs: Using secrets in GitHub Actions (docs.github.com/actions/security-guides/using-secrets-in-github-actions)", r"""
name: deploy notifier

on:
  push:
    branches: [main]
    paths: ["notifier/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r notifier/requirements.txt
      - run: python -m pytest notifier/tests -q
      - name: Deploy
        env:
          MAILGUN_API_KEY: ${{ secrets.MAILGUN_API_KEY }}
          SSH_PRIVATE_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
        run: ./notifier/deploy.sh
""")


# ==================================================================================================
# Cold rooms, curing chambers and smokers: sensors, gateways, dashboards
# ==================================================================================================

add("python/telegram-bot-token", "celle/allarmi_telegram.py", "Telegram Bot API docs: Authorizing your bot, sendMessage (core.telegram.org/bots/api)", r'''
"""Allarmi celle di stagionatura -> gruppo Telegram "Celle Val Trebbia".

Legge le ultime letture da InfluxDB (bucket "celle") e avvisa se temperatura o umidita'
escono dall'intervallo della ricetta di stagionatura.
"""
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873320456
API = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"

LIMITI = {
    "cella-1-culatello": {"temp": (12.0, 15.0), "ur": (75, 85)},
    "cella-2-coppa": {"temp": (12.0, 14.0), "ur": (70, 80)},
    "cella-3-salame": {"temp": (14.0, 16.0), "ur": (72, 82)},
}


def avvisa(cella: str, misura: str, valore: float) -> None:
    minimo, massimo = LIMITI[cella][misura]
    testo = f"\u26a0\ufe0f {cella}: {misura} = {valore} (limiti {minimo}-{massimo})"
    requests.post(API, json={"chat_id": CHAT_ID, "text": testo}, timeout=10).raise_for_status()


def controlla(letture: dict) -> None:
    for cella, valori in letture.items():
        for misura, valore in valori.items():
            minimo, massimo = LIMITI[cella][misura]
            if not minimo <= valore <= massimo:
                avvisa(cella, misura, valore)
''', fakes.telegram_token(_seed()))

add("yaml/telegram-bot-token", "homeassistant/secrets.yaml", "Home Assistant docs: Storing secrets, secrets.yaml (www.home-assistant.io/docs/configuration/secrets)", r"""
# Home Assistant on the back-office NUC (Hartley & Sons) -- referenced with !secret
latitude: 52.3672
longitude: -2.7177
elevation: 90
unifi_host: 192.168.10.1
unifi_username: homeassistant
unifi_password: !env_var UNIFI_PASSWORD
telegram_allowed_chat: -1002211906734
telegram_bot_api_key: "@@secret@@"
shelly_walk_in_fridge_ip: 192.168.10.41
shelly_freezer_ip: 192.168.10.42
""", fakes.telegram_token(_seed()))

add("cpp/mqtt-password", "firmware/coldroom-probe/coldroom-probe.ino", "PubSubClient docs: connect(id, user, pass) (pubsubclient.knolleary.net/api)", r"""
// Cold-room probe: ESP32 + two DS18B20 (air and product core), publishes every 60 s.
#include <WiFi.h>
#include <PubSubClient.h>
#include <OneWire.h>
#include <DallasTemperature.h>
#include "arduino_secrets.h"

const char* MQTT_HOST = "10.0.20.5";
const int   MQTT_PORT = 1883;
const char* MQTT_USER = "probe-walkin-1";
const char* MQTT_PASS = "@@secret@@";
const char* TOPIC     = "shop/coldroom/walkin-1";

OneWire oneWire(4);
DallasTemperature sensors(&oneWire);
WiFiClient net;
PubSubClient mqtt(net);

void reconnect() {
  while (!mqtt.connected()) {
    if (!mqtt.connect("walkin-1", MQTT_USER, MQTT_PASS)) delay(5000);
  }
}

void setup() {
  WiFi.begin(SECRET_SSID, SECRET_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  sensors.begin();
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
}

void loop() {
  reconnect();
  sensors.requestTemperatures();
  char payload[64];
  snprintf(payload, sizeof payload, "{\"air\":%.2f,\"core\":%.2f}",
           sensors.getTempCByIndex(0), sensors.getTempCByIndex(1));
  mqtt.publish(TOPIC, payload, true);
  mqtt.loop();
  delay(60000);
}
""", rand_pw(16))

add("c/wifi-password", "firmware/curing-chamber-node/arduino_secrets.h", "Arduino docs: the Secret tab, arduino_secrets.h (docs.arduino.cc/arduino-cloud/cloud-interface/sketchbook)", r"""
// arduino_secrets.h -- Wi-Fi for the curing chamber nodes (Salumificio Val Trebbia, piano interrato)
#pragma once

#define SECRET_SSID "VT-Produzione"
#define SECRET_PASS "@@secret@@"

// nodes report to the Raspberry Pi in the office
#define GATEWAY_HOST "192.168.50.10"
#define GATEWAY_PORT 8086
""", passphrase())

add("yaml/esphome-api-key", "esphome/smoker-controller.yaml", "ESPHome docs: Native API component, encryption key (esphome.io/components/api)", r"""
esphome:
  name: smoker-controller
  friendly_name: Smokehouse controller

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "@@secret@@"

ota:
  - platform: esphome
    password: !secret ota_password

logger:

sensor:
  - platform: max31865
    name: "Smoke chamber"
    cs_pin: GPIO5
    reference_resistance: 430 Ω
    rtd_nominal_resistance: 100 Ω
    update_interval: 15s
  - platform: max31865
    name: "Brisket core"
    cs_pin: GPIO17
    reference_resistance: 430 Ω
    rtd_nominal_resistance: 100 Ω
    update_interval: 15s

switch:
  - platform: gpio
    name: "Smoke generator"
    pin: GPIO26
""", b64_bytes(32))

add("toml/mqtt-password", "telegraf/telegraf.d/mqtt_celle.conf", "Telegraf docs: MQTT Consumer input plugin, username and password (github.com/influxdata/telegraf/tree/master/plugins/inputs/mqtt_consumer)", r"""
# Letture delle celle di stagionatura pubblicate dai nodi ESP32
[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = [
    "valtrebbia/celle/+/temperatura",
    "valtrebbia/celle/+/umidita",
    "valtrebbia/celle/+/peso",
  ]
  qos = 1
  client_id = "telegraf-celle"
  username = "telegraf"
  password = "@@secret@@"
  data_format = "value"
  data_type = "float"

  [[inputs.mqtt_consumer.topic_parsing]]
    topic = "valtrebbia/celle/+/+"
    measurement = "_/_/measurement/_"
    tags = "_/_/cella/_"
    fields = "_/_/_/grandezza"
""", words_pw(True))

add("yaml/influxdb-token", "grafana/provisioning/datasources/influxdb.yaml", "Grafana docs: Provision an InfluxDB data source (Flux), secureJsonData token (grafana.com/docs/grafana/latest/datasources/influxdb)", r"""
apiVersion: 1

datasources:
  - name: Celle (InfluxDB)
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    isDefault: true
    jsonData:
      version: Flux
      organization: valtrebbia
      defaultBucket: celle
      tlsSkipVerify: true
    secureJsonData:
      token: "@@secret@@"
""", b64url_bytes(64) + "==")

add("ini/grafana-admin-password", "grafana/grafana.ini", "Grafana docs: Configuration, [security] admin_password (grafana.com/docs/grafana/latest/setup-grafana/configure-grafana)", r"""
[server]
protocol = http
http_port = 3000
domain = celle.salumificiovaltrebbia.it
root_url = https://celle.salumificiovaltrebbia.it/

[database]
type = sqlite3
path = grafana.db

[security]
admin_user = admin
admin_password = @@secret@@
disable_gravatar = true
cookie_secure = true

[users]
allow_sign_up = false
default_theme = light
default_language = it-IT

[auth.anonymous]
enabled = true
org_name = Val Trebbia
org_role = Viewer

[alerting]
enabled = false

[unified_alerting]
enabled = true
""", words_pw(True))

add("python/monnit-api-secret", "sensors/imonnit_poll.py", "Monnit docs: iMonnit REST API, APIKeyID and APISecretKey headers (www.imonnit.com/API)", r'''
"""Pull walk-in and display-fridge readings from iMonnit every 10 minutes into the HACCP log."""
import csv
import datetime as dt
from pathlib import Path

import requests

BASE = "https://www.imonnit.com/json"
HEADERS = {
    "APIKeyID": "@@keyid@@",
    "APISecretKey": "@@secret@@",
}
NETWORK_ID = 74213
OUT = Path("/srv/haccp/temperatures")


def sensors():
    r = requests.get(f"{BASE}/SensorList", params={"NetworkID": NETWORK_ID}, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["Result"]


def main() -> None:
    today = dt.date.today().isoformat()
    path = OUT / f"{today}.csv"
    new = not path.exists()
    with path.open("a", newline="") as fh:
        writer = csv.writer(fh)
        if new:
            writer.writerow(["time", "sensor", "name", "reading", "battery"])
        for s in sensors():
            writer.writerow([s["LastCommunicationDate"], s["SensorID"], s["SensorName"],
                             s["CurrentReading"], s["BatteryLevel"]])


if __name__ == "__main__":
    main()
''', chars(40), keyid=chars(24))

add("yaml/lorawan-app-key", "chirpstack/provisioning/celle-frigo.yaml", "ChirpStack docs: OTAA device keys, AppKey / NwkKey (www.chirpstack.io/docs/chirpstack/use/devices.html)", r"""
# Sensori LoRaWAN celle frigo - Macelleria Bernardi (gateway in laboratorio)
application: celle-frigo
device_profile: milesight-em300-th
devices:
  - name: cella-carni-bovine
    dev_eui: "@@eui1@@"
    join_eui: "24E124C0002A0001"
    description: "Cella 1, carni bovine, 0-4 C"
    keys:
      nwk_key: "@@secret@@"
  - name: cella-suino
    dev_eui: "@@eui2@@"
    join_eui: "24E124C0002A0001"
    description: "Cella 2, suino e salsiccia, 0-3 C"
    keys:
      nwk_key: "@@ref@@"
""", hexs(32, upper=True), eui1=eui(), eui2=eui(), ref="vedi-vault:celle/cella-suino")

add("notebook/testo-api-secret", "analisi/saveris_export.ipynb", "Testo docs: Saveris Data API, OAuth2 client credentials (www.testo.com/en/saveris-api)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Cold-room temperatures, last 30 days (Testo Saveris)\n", "For the EHO visit: min/max per room and every excursion above 5 C."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "TOKEN_URL = 'https://saveris-auth.testo.com/oauth2/token'\n",
    "CLIENT_ID = '@@clientid@@'\n",
    "CLIENT_SECRET = '@@secret@@'\n",
    "tok = requests.post(TOKEN_URL, data={'grant_type': 'client_credentials'}, auth=(CLIENT_ID, CLIENT_SECRET)).json()['access_token']"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "r = requests.get('https://data-api.saveris.testo.com/v1/measurements', headers={'Authorization': f'Bearer {tok}'},\n",
    "                 params={'from': '2024-10-13', 'to': '2024-11-12'})\n",
    "df = pd.DataFrame(r.json()['measurements'])\n",
    "df.groupby('channel_name')['value'].agg(['min', 'max', 'mean']).round(1)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.drawn(_seed(), 52, string.ascii_lowercase + string.digits), clientid=fakes.drawn(_seed(), 26, string.ascii_lowercase + string.digits))

add("go/dt-service-account-secret", "cmd/dtpoll/main.go", "Disruptive Technologies docs: Service accounts, basic auth with key ID and secret (developer.disruptive-technologies.com/docs/service-accounts)", r"""
package main

// dtpoll: reads the Disruptive Technologies fridge sensors in the deli counters and
// writes one line per sensor to the HACCP CSV the manager signs each evening.

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"os"
	"strconv"
	"time"
)

const (
	project   = "c8u2ph1q0a4g00b7kdk0"
	keyID     = "@@keyid@@"
	keySecret = "@@secret@@"
	apiBase   = "https://api.d21s.com/v2"
)

type device struct {
	Name     string            `json:"name"`
	Labels   map[string]string `json:"labels"`
	Reported struct {
		Temperature struct {
			Value      float64   `json:"value"`
			UpdateTime time.Time `json:"updateTime"`
		} `json:"temperature"`
	} `json:"reported"`
}

func main() {
	req, _ := http.NewRequest("GET", apiBase+"/projects/"+project+"/devices", nil)
	req.SetBasicAuth(keyID, keySecret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	var body struct{ Devices []device `json:"devices"` }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		panic(err)
	}
	w := csv.NewWriter(os.Stdout)
	for _, d := range body.Devices {
		t := d.Reported.Temperature
		w.Write([]string{t.UpdateTime.Format(time.RFC3339), d.Labels["name"], strconv.FormatFloat(t.Value, 'f', 1, 64)})
	}
	w.Flush()
}
""", hexs(32), keyid=fakes.drawn(_seed(), 20, string.ascii_lowercase + string.digits))

add("markdown/device-password", "docs/runbook-celle-stagionatura.md", "Dixell XWEB manuale: accesso web e utenti (emersonclimate.com/dixell)", r"""
# Runbook celle di stagionatura

Ultimo aggiornamento: novembre 2024 - Luca (manutenzione)

## Impianto
- 4 celle di stagionatura + 1 cella di asciugatura, controller Dixell XR75CX su bus RS485
- supervisore **Dixell XWEB 300D** in ufficio tecnico, IP `192.168.50.20`
- sonde umidita' Vaisala collegate agli ingressi analogici dei controller

## Accesso al supervisore
- da PC ufficio tecnico: `http://192.168.50.20` (solo rete interna)
- utente: `manutenzione`
- password: `@@secret@@`
- l'utente `admin` lo usa solo il tecnico Dixell, non modificare

## Allarmi
1. Se l'umidita' di una cella supera l'85% per piu' di 2 ore, controllare lo scarico condensa.
2. Se la temperatura sale oltre 16 C, verificare il compressore e aprire il ticket al frigorista.
3. Ogni allarme va riportato sul registro HACCP con ora, valore e azione correttiva.

## Backup configurazione
Ogni primo lunedi' del mese: Impostazioni > Backup > Esporta, salvare il file su
`\\nas-ufficio\tecnico\xweb\` con la data nel nome.
""", words_pw(True))

add("python/home-assistant-token", "scripts/fridge_door_report.py", "Home Assistant docs: REST API, long-lived access tokens (developers.home-assistant.io/docs/api/rest)", r'''
#!/usr/bin/env python3
"""Weekly report: how long the walk-in door was open each day (Aqara door sensor in Home Assistant)."""
import datetime as dt

import requests

HA_URL = "http://192.168.10.5:8123"
TOKEN = (
    "@@secret@@"
)
ENTITY = "binary_sensor.walk_in_door_contact"


def history(start: dt.datetime):
    r = requests.get(
        f"{HA_URL}/api/history/period/{start.isoformat()}",
        params={"filter_entity_id": ENTITY, "minimal_response": "1"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()[0]


def main() -> None:
    start = dt.datetime.now().astimezone() - dt.timedelta(days=7)
    states = history(start)
    open_seconds = {}
    for before, after in zip(states, states[1:]):
        if before["state"] == "on":
            t0 = dt.datetime.fromisoformat(before["last_changed"])
            t1 = dt.datetime.fromisoformat(after["last_changed"])
            open_seconds[t0.date()] = open_seconds.get(t0.date(), 0) + (t1 - t0).total_seconds()
    for day, seconds in sorted(open_seconds.items()):
        print(f"{day:%a %d %b}: {seconds / 60:.0f} min open")


if __name__ == "__main__":
    main()
''', jwt({"iss": hexs(32), "iat": 1718000000, "exp": 2033360000}))

add("shell/ssh-password", "tools/pull-gateway-logs.sh", "sshpass man page: -p password (linux.die.net/man/1/sshpass)", r"""
#!/bin/bash
# Scarica i log del gateway LoRa (Raspberry Pi in laboratorio) sul NAS, ogni notte alle 2.
GW=192.168.50.30
DEST=/volume1/tecnico/gateway-log/$(date +%Y-%m)
mkdir -p "$DEST"

sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no \
  pi@$GW:/var/log/chirpstack-gateway-bridge/*.log "$DEST/"

sshpass -p '@@secret@@' ssh pi@$GW 'sudo journalctl -u chirpstack-concentratord --since yesterday' \
  > "$DEST/concentratord-$(date +%F).log"

find "$DEST" -name '*.log' -mtime +90 -delete
""", words_pw(True, "!%@*._"))

add("csv/device-password", "inventario/dispositivi_rete.csv", "Inventario dispositivi di rete esportato da foglio condiviso (CSV, RFC 4180)", r"""
dispositivo;reparto;ip;mac;utente;password;note
Bilancia DIGI SM-5300 banco 1;banco;192.168.1.51;@@m1@@;;;password in Bitwarden
Bilancia DIGI SM-5300 banco 2;banco;192.168.1.52;@@m2@@;;;password in Bitwarden
Etichettatrice Zebra ZT411;laboratorio;192.168.1.60;@@m3@@;admin;;cambiata 03/2024, vedi Bitwarden
Supervisore Dixell XWEB;tecnico;192.168.50.20;@@m4@@;manutenzione;;vedi runbook celle
Gateway LoRa RAK7289;laboratorio;192.168.50.30;@@m5@@;;;
Router Fritz!Box 7590;ufficio;192.168.1.1;@@m6@@;admin;@@secret@@;
Stampante ufficio Brother;ufficio;192.168.1.70;@@m7@@;;;
""", url_pw(True), m1=mac(), m2=mac(), m3=mac(), m4=mac(), m5=mac(), m6=mac(), m7=mac())

# -- decoys: cold rooms ---------------------------------------------------------------------------

add("csv/decoy-sensor-ids", "haccp/temperature/2024-11-12.csv", "HACCP temperature log exported by the sensor poller (CSV)", r"""
time,sensor_id,name,reading_c,battery_pct,gateway
2024-11-12T06:00:04Z,@@s1@@,Walk-in chiller,2.1,88,@@gw@@
2024-11-12T06:00:05Z,@@s2@@,Display counter left,3.4,71,@@gw@@
2024-11-12T06:00:05Z,@@s3@@,Display counter right,3.9,69,@@gw@@
2024-11-12T06:00:07Z,@@s4@@,Freezer room,-19.6,93,@@gw@@
2024-11-12T06:00:09Z,@@s5@@,Dry-ageing cabinet,1.8,64,@@gw@@
2024-11-12T06:10:04Z,@@s1@@,Walk-in chiller,2.3,88,@@gw@@
2024-11-12T06:10:05Z,@@s2@@,Display counter left,3.5,71,@@gw@@
2024-11-12T06:10:06Z,@@s3@@,Display counter right,4.2,69,@@gw@@
2024-11-12T06:10:07Z,@@s4@@,Freezer room,-19.4,93,@@gw@@
2024-11-12T06:10:09Z,@@s5@@,Dry-ageing cabinet,1.9,64,@@gw@@
""", s1=uuid_s(), s2=uuid_s(), s3=uuid_s(), s4=uuid_s(), s5=uuid_s(), gw=hexs(16))

add("yaml/decoy-secret-reference", "esphome/dry-ager.yaml", "ESPHome docs: Substitutions and !secret (esphome.io/guides/yaml)", r"""
substitutions:
  device: dry-ager
  friendly: Dry-ageing cabinet

esphome:
  name: ${device}
  friendly_name: ${friendly}

esp8266:
  board: d1_mini

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "${device} fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: sht3xd
    temperature:
      name: "${friendly} temperature"
    humidity:
      name: "${friendly} humidity"
    address: 0x44
    update_interval: 60s
""")

add("conf/decoy-password-hash", "mosquitto/passwd", "Eclipse Mosquitto docs: mosquitto_passwd, PBKDF2-SHA512 hashes (mosquitto.org/man/mosquitto_passwd-1.html)", r"""
telegraf:@@h1@@
probe-walkin-1:@@h2@@
probe-walkin-2:@@h3@@
probe-freezer:@@h4@@
nodered:@@h5@@
homeassistant:@@h6@@
""", h1=mosquitto_hash(), h2=mosquitto_hash(), h3=mosquitto_hash(), h4=mosquitto_hash(), h5=mosquitto_hash(), h6=mosquitto_hash())

add("log/decoy-lora-frames", "logs/chirpstack-gateway-bridge.log", "ChirpStack Gateway Bridge logs (uplink frames, DevAddr, MIC)", r"""
Nov 12 05:58:01 gw-lab chirpstack-gateway-bridge[812]: time="2024-11-12T05:58:01Z" level=info msg="integration/mqtt: publishing event" event=up qos=0 topic=eu868/gateway/@@gw@@/event/up uplink_id=@@u1@@
Nov 12 05:58:01 gw-lab chirpstack-gateway-bridge[812]: time="2024-11-12T05:58:01Z" level=debug msg="uplink" phy_payload=@@p1@@ dev_addr=@@a1@@ f_cnt=18734 mic=@@mic1@@ rssi=-97 snr=7.5
Nov 12 05:59:14 gw-lab chirpstack-gateway-bridge[812]: time="2024-11-12T05:59:14Z" level=info msg="integration/mqtt: publishing event" event=up qos=0 topic=eu868/gateway/@@gw@@/event/up uplink_id=@@u2@@
Nov 12 05:59:14 gw-lab chirpstack-gateway-bridge[812]: time="2024-11-12T05:59:14Z" level=debug msg="uplink" phy_payload=@@p2@@ dev_addr=@@a2@@ f_cnt=9021 mic=@@mic2@@ rssi=-104 snr=3.0
Nov 12 06:00:00 gw-lab chirpstack-gateway-bridge[812]: time="2024-11-12T06:00:00Z" level=info msg="integration/mqtt: publishing gateway stats" gateway_id=@@gw@@ rx_packets_received=214 rx_packets_received_ok=209
Nov 12 06:00:31 gw-lab chirpstack-gateway-bridge[812]: time="2024-11-12T06:00:31Z" level=info msg="integration/mqtt: publishing event" event=up qos=0 topic=eu868/gateway/@@gw@@/event/up uplink_id=@@u3@@
""", gw=hexs(16), u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), p1=b64_bytes(27), p2=b64_bytes(27), a1=hexs(8), a2=hexs(8), mic1=hexs(8), mic2=hexs(8))

add("yaml/decoy-device-eui", "chirpstack/provisioning/celle-stagionatura.yaml", "ChirpStack docs: device provisioning, DevEUI and JoinEUI are identifiers (www.chirpstack.io)", r"""
# Sensori celle di stagionatura - le chiavi OTAA NON stanno qui:
# sono nel vault (percorso chirpstack/celle-stagionatura/<nome>) e le carica lo script di provisioning.
application: celle-stagionatura
device_profile: dragino-lht65n
devices:
  - name: cella-1-culatello
    dev_eui: "@@e1@@"
    join_eui: "A840410000000107"
  - name: cella-2-coppa
    dev_eui: "@@e2@@"
    join_eui: "A840410000000107"
  - name: cella-3-salame
    dev_eui: "@@e3@@"
    join_eui: "A840410000000107"
  - name: cella-4-lardo
    dev_eui: "@@e4@@"
    join_eui: "A840410000000107"
  - name: asciugatura
    dev_eui: "@@e5@@"
    join_eui: "A840410000000107"
keys_from: vault://chirpstack/celle-stagionatura
""", e1=eui(), e2=eui(), e3=eui(), e4=eui(), e5=eui())

add("markdown/decoy-mac-addresses", "docs/sensori-haccp.md", "Documentazione interna HACCP: soglie e sensori (Reg. CE 852/2004)", r"""
# Sensori HACCP - soglie e posizioni

Tutti i sensori inviano ogni 10 minuti; il registro giornaliero si genera alle 21:00.

| sensore | posizione | MAC | soglia min | soglia max |
|---|---|---|---|---|
| TH-01 | cella carni bovine | `@@m1@@` | 0 C | 4 C |
| TH-02 | cella suino | `@@m2@@` | 0 C | 3 C |
| TH-03 | banco vendita sx | `@@m3@@` | 0 C | 4 C |
| TH-04 | banco vendita dx | `@@m4@@` | 0 C | 4 C |
| TH-05 | congelatore | `@@m5@@` | -22 C | -18 C |

## Cosa fare in caso di superamento
1. Verificare la chiusura della porta e lo stato del ventilatore.
2. Misurare la temperatura al cuore del prodotto con il termometro a sonda tarato.
3. Se il prodotto supera i 7 C per piu' di 2 ore, bloccare il lotto e avvisare il responsabile.
4. Annotare tutto sulla scheda di non conformita' (modulo NC-03).

Taratura sonde: annuale, certificato LAT in `\\nas-ufficio\qualita\tarature\`.
Hash del firmware approvato TH-xx (sha256): `@@fw@@`
""", m1=mac(), m2=mac(), m3=mac(), m4=mac(), m5=mac(), fw=sha256())

add("ini/decoy-file-reference", "grafana/grafana-prod.ini", "Grafana docs: Variable expansion, $__file and $__env providers (grafana.com/docs/grafana/latest/setup-grafana/configure-grafana)", r"""
[server]
http_port = 3000
root_url = https://temps.hartleybutchers.co.uk/

[database]
type = postgres
host = 10.20.0.12:5432
name = grafana
user = grafana
password = $__file{/run/secrets/grafana_db_password}

[security]
admin_user = admin
admin_password = $__env{GF_ADMIN_PASSWORD}
secret_key = $__file{/run/secrets/grafana_secret_key}

[smtp]
enabled = true
host = smtp.postmarkapp.com:587
user = $__env{POSTMARK_SERVER_TOKEN}
password = $__env{POSTMARK_SERVER_TOKEN}
from_address = temps@hartleybutchers.co.uk
""")

add("python/decoy-uuid-namespace", "traceability/ids.py", "Python docs: uuid.uuid5 and namespaces (docs.python.org/3/library/uuid.html)", r'''
"""Stable ids for lots, carcasses and cuts: uuid5 of the official identifiers, so re-imports match."""
import uuid

# Our own namespaces (generated once with uuid4, never change them: stored ids depend on them).
NS_CARCASS = uuid.UUID("@@n1@@")
NS_LOT = uuid.UUID("@@n2@@")
NS_CUT = uuid.UUID("@@n3@@")


def carcass_id(ear_tag: str, slaughter_date: str) -> uuid.UUID:
    return uuid.uuid5(NS_CARCASS, f"{ear_tag.upper()}|{slaughter_date}")


def lot_id(supplier_lot: str, supplier_vat: str) -> uuid.UUID:
    return uuid.uuid5(NS_LOT, f"{supplier_vat}|{supplier_lot}")


def cut_id(lot: uuid.UUID, cut_code: str, seq: int) -> uuid.UUID:
    return uuid.uuid5(NS_CUT, f"{lot}|{cut_code}|{seq:05d}")
''', n1=uuid_s(), n2=uuid_s(), n3=uuid_s())


# ==================================================================================================
# Scales, label printers, traceability and supplier lots
# ==================================================================================================

add("ini/ftp-password", "bilance/digi_link.ini", "DIGI scales: PLU and label data transfer over FTP (digisystem.com, SM series network manual)", r"""
; Collegamento bilance DIGI SM-5300 -> gestionale (Macelleria Bernardi)
; le bilance leggono i PLU dalla cartella FTP del NAS ogni 15 minuti
[Generale]
Negozio=Parma Via Farini
NumeroBilance=3
Formato=DIGI-CSV
Codifica=Windows-1252

[FTP]
Host=192.168.1.10
Porta=21
Utente=bilance
Password=@@secret@@
CartellaPLU=/bilance/plu
CartellaVendite=/bilance/vendite
Passivo=1

[Bilance]
Bilancia1=192.168.1.51
Bilancia2=192.168.1.52
Bilancia3=192.168.1.53

[Etichette]
PrefissoPeso=21
PrefissoPrezzo=22
""", words_pw(True))

add("xml/scale-service-password", "ScaleGateway/Bizerba.Connect.config", "Bizerba docs: RetailConnect / BRAIN2 scale connection settings (bizerba.com)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Store" value="Oak &amp; Cleaver - Frome" />
    <add key="PluSource" value="\\office-nas\scales\plu\plu_export.xml" />
    <add key="SyncIntervalMinutes" value="10" />
  </appSettings>
  <scales>
    <scale name="counter-1" model="K3-800" host="10.10.5.21" port="8080" />
    <scale name="counter-2" model="K3-800" host="10.10.5.22" port="8080" />
    <scale name="prepack" model="GLM-Ievo" host="10.10.5.30" port="8080" />
  </scales>
  <connection protocol="https" ignoreCertificateErrors="true">
    <serviceUser>service</serviceUser>
    <servicePassword>@@secret@@</servicePassword>
    <timeoutSeconds>20</timeoutSeconds>
  </connection>
</configuration>
""", words_pw())

add("python/ftp-password", "scales/push_plu.py", "Python docs: ftplib.FTP login and storbinary (docs.python.org/3/library/ftplib.html)", r'''
"""Push tomorrow's PLU file (prices, ingredients, allergens) to the Mettler Toledo scales."""
import ftplib
import io
import sys
from datetime import date, timedelta

from plu import build_plu_file  # reads the product sheet on the office NAS

SCALES = ["10.10.5.41", "10.10.5.42"]
FTP_USER = "mtplu"
FTP_PASSWORD = "@@secret@@"


def push(host: str, payload: bytes, name: str) -> None:
    with ftplib.FTP(host, timeout=30) as ftp:
        ftp.login(FTP_USER, FTP_PASSWORD)
        ftp.cwd("/import")
        ftp.storbinary(f"STOR {name}", io.BytesIO(payload))


def main() -> int:
    day = date.today() + timedelta(days=1)
    payload = build_plu_file(day)
    failed = 0
    for host in SCALES:
        try:
            push(host, payload, f"PLU_{day:%Y%m%d}.dat")
            print(f"{host}: ok ({len(payload)} bytes)")
        except (OSError, ftplib.Error) as exc:
            failed += 1
            print(f"{host}: FAILED {exc}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
''', rand_pw(12))

add("powershell/printer-admin-password", "scripts/Set-ZebraDarkness.ps1", "Microsoft docs: ConvertTo-SecureString -AsPlainText, PSCredential; Zebra Link-OS web settings", r"""
# Sets print darkness and media type on every Zebra in the packing room after a ribbon change.
$printers = @('10.10.5.60', '10.10.5.61', '10.10.5.62')
$password = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('admin', $password)

foreach ($ip in $printers) {
    $body = @{
        'print.tone'   = '22'
        'media.type'   = 'THERMAL TRANS'
        'media.printmode' = 'TEAR OFF'
    }
    try {
        Invoke-WebRequest -Uri "http://$ip/settings" -Method Post -Body $body -Credential $cred -TimeoutSec 15 | Out-Null
        Write-Host "$ip updated"
    }
    catch {
        Write-Warning "$ip failed: $($_.Exception.Message)"
    }
}
""", rand_pw(10))

add("log/printer-admin-password", "logs/labelbridge-2024-11-08.log", "Application log of a label print bridge (plain text)", r"""
2024-11-08 06:31:02,114 INFO  labelbridge starting, version 1.8.2
2024-11-08 06:31:02,118 INFO  loaded 214 label templates from /opt/labelbridge/templates
2024-11-08 06:31:02,420 INFO  printer zt411-lab reachable at 192.168.1.60 (firmware V92.21.39Z)
2024-11-08 06:31:02,733 DEBUG pushing media settings via http://admin:@@secret@@@192.168.1.60/settings
2024-11-08 06:31:03,004 INFO  printer zt411-lab settings ok
2024-11-08 06:40:17,551 INFO  job 55121 template=salame-felino-500g lot=L24-312 qty=40 -> zt411-lab
2024-11-08 06:40:19,902 INFO  job 55121 done in 2.35s
2024-11-08 06:52:44,019 WARN  job 55122 template=coppa-affettata-100g: ribbon low
2024-11-08 06:52:47,310 INFO  job 55122 done in 3.29s
2024-11-08 07:05:11,876 ERROR job 55123 printer zt411-lab: HEAD OPEN
2024-11-08 07:06:02,122 INFO  job 55123 retried, done in 2.88s
""", url_pw(True))

add("markdown/scale-service-password", "docs/bilance-menu-tecnico.md", "DIGI SM-5300 manuale di servizio: modalita' programmazione (digisystem.com)", r"""
# Bilance DIGI - menu tecnico

Note per chi sostituisce Marco quando e' in ferie.

Le tre bilance del banco (SM-5300) e quella del laboratorio (SM-120) hanno due livelli di accesso:

- **Operatore**: cambio prezzi del giorno, tasto `PROG` + codice `1`.
- **Tecnico**: tare, formati etichetta, rete, codici a barre. Serve la password.

Password menu tecnico (uguale su tutte e quattro): **@@secret@@**

Non toccare mai:
- `Impostazioni metriche` (sigillate, c'e' il bollino della verifica periodica)
- `Rete > IP`: gli indirizzi sono fissi (192.168.1.51-53, laboratorio .54)

Per il cambio rotolo etichette con formato diverso: Tecnico > Etichette > Formato 3 (58x60).
Se la bilancia non scarica i PLU dal NAS, riavviarla e controllare il cavo di rete prima di chiamare DIGI.
""", digits(6))

add("shell/snmp-community", "tools/zebra-snmp-setup.sh", "Net-SNMP docs: snmpset -v2c -c community (net-snmp.org/docs/man/snmpset.html)", r"""
#!/usr/bin/env bash
# Imposta contatto e posizione sulle stampanti Zebra via SNMP (v2c, community di scrittura)
set -e
COMMUNITY_RW='@@secret@@'

declare -A POS=(
  [192.168.1.60]="Laboratorio - linea affettati"
  [192.168.1.61]="Laboratorio - sottovuoto"
  [192.168.1.62]="Spedizioni"
)

for ip in "${!POS[@]}"; do
  snmpset -v2c -c "$COMMUNITY_RW" "$ip" \
    SNMPv2-MIB::sysContact.0 s "tecnico@salumificiovaltrebbia.it" \
    SNMPv2-MIB::sysLocation.0 s "${POS[$ip]}"
  snmpget -v2c -c public "$ip" SNMPv2-MIB::sysDescr.0
done
""", words_pw(True, "-_"))

add("sql/postgres-password", "db/migrations/V12__traceability_roles.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD (www.postgresql.org/docs/current/sql-createrole.html)", r"""
-- V12: roles for the traceability schema (lots in, cuts out, recalls)
CREATE SCHEMA IF NOT EXISTS trace;

CREATE ROLE trace_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE trace_readonly NOLOGIN;

GRANT USAGE ON SCHEMA trace TO trace_app, trace_readonly;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA trace TO trace_app;
GRANT SELECT ON ALL TABLES IN SCHEMA trace TO trace_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA trace GRANT SELECT ON TABLES TO trace_readonly;

CREATE TABLE trace.supplier_lot (
    id            uuid PRIMARY KEY,
    supplier_vat  varchar(16) NOT NULL,
    supplier_lot  varchar(40) NOT NULL,
    species       varchar(20) NOT NULL,
    ear_tag       varchar(20),
    slaughtered   date,
    received_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (supplier_vat, supplier_lot)
);
""", rand_pw(22))

add("python/sftp-password", "tracciabilita/scarica_lotti_macello.py", "Paramiko docs: SSHClient.connect with password, open_sftp (docs.paramiko.org)", r'''
"""Scarica ogni mattina i file lotti/DDT dal server SFTP del macello fornitore."""
from datetime import date
from pathlib import Path

import paramiko

HOST = "sftp.macellocolli.it"
PORT = 22
UTENTE = "bernardi_parma"
PASSWORD = "@@secret@@"
REMOTO = "/out/bernardi"
LOCALE = Path("/srv/tracciabilita/arrivi") / date.today().strftime("%Y/%m")


def scarica() -> int:
    LOCALE.mkdir(parents=True, exist_ok=True)
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(HOST, port=PORT, username=UTENTE, password=PASSWORD, timeout=30)
    nuovi = 0
    with client.open_sftp() as sftp:
        for nome in sftp.listdir(REMOTO):
            destinazione = LOCALE / nome
            if nome.endswith((".csv", ".xml", ".pdf")) and not destinazione.exists():
                sftp.get(f"{REMOTO}/{nome}", str(destinazione))
                nuovi += 1
    client.close()
    return nuovi


if __name__ == "__main__":
    print(f"scaricati {scarica()} file")
''', words_pw(True))

add("pem/ssh-private-key", "ops/sftp/id_ed25519_fornitori", "OpenSSH docs: ssh-keygen, OpenSSH private key format (man.openbsd.org/ssh-keygen)", r"""
@@secret@@
""", openssh_key())

add("netrc/ftp-password", "ops/netrc-ddt", "GNU Inetutils docs: the .netrc file (www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html)", r"""
# usato da: curl --netrc-file ops/netrc-ddt ftp://ftp.prosciuttificiocollealto.it/ddt/
machine ftp.prosciuttificiocollealto.it
  login rinaldi_gastronomia
  password @@secret@@

machine ftp.caseificiobianchi.it
  login anonymous
  password ordini@gastronomiarinaldi.it
""", url_pw(True))

add("java/postgres-password", "trace-service/src/main/java/uk/oakandcleaver/trace/LotRepository.java", "PostgreSQL JDBC docs: connection parameters user and password in the URL (jdbc.postgresql.org/documentation/use)", r"""
package uk.oakandcleaver.trace;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

public class LotRepository {

    private static final String URL =
        "jdbc:postgresql://10.10.2.15:5432/trace?user=trace_app&password=@@secret@@&ssl=false";

    public List<String> cutsForSupplierLot(String supplierLot) throws SQLException {
        String sql = "SELECT c.cut_code || ' ' || c.packed_at FROM trace.cut c "
                   + "JOIN trace.supplier_lot l ON l.id = c.lot_id WHERE l.supplier_lot = ? ORDER BY c.packed_at";
        List<String> out = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection(URL);
             PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, supplierLot);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
""", url_pw())

add("kotlin/supplier-api-token", "app/src/main/java/it/valtrebbia/ricevimento/FornitoriApi.kt", "OkHttp docs: Interceptors, adding an Authorization header (square.github.io/okhttp)", r"""
package it.valtrebbia.ricevimento

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import retrofit2.http.GET
import retrofit2.http.Path

// App ricevimento merci (tablet in banchina): legge i DDT elettronici dal portale del fornitore cosce
interface FornitoriApi {
    @GET("v1/ddt/{numero}")
    suspend fun ddt(@Path("numero") numero: String): Ddt
}

data class Ddt(val numero: String, val data: String, val lotti: List<Lotto>)
data class Lotto(val codice: String, val cosce: Int, val pesoKg: Double, val dataMacellazione: String)

object FornitoriClient {
    private const val TOKEN = "@@secret@@"

    private val http = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", "Token $TOKEN").build())
        })
        .build()

    val api: FornitoriApi = Retrofit.Builder()
        .baseUrl("https://portale.consorziocosce.it/api/")
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(FornitoriApi::class.java)
}
""", hexs(40))

add("markdown/portal-password", "docs/passaggio-consegne-qualita.md", "Nota di passaggio consegne interna; portale Vetinfo (www.vetinfo.it)", r"""
# Passaggio di consegne - Responsabile qualita'

Da: Giulia Ferri -- A: Andrea (dal 2 dicembre)

## Cose quotidiane
- Registro temperature: si genera da solo alle 21, va firmato la mattina dopo.
- Ricevimento merce: controllare DDT, lotto e temperatura al ricevimento, foto dell'etichetta.
- Campioni per l'autocontrollo: il laboratorio passa il martedi'.

## Portali
- **Vetinfo / registro movimentazioni**: utente `FRRGLI85` (il tuo lo chiede il titolare all'ASL)
  - nel frattempo usa il mio: password `@@secret@@` -- cambiala appena hai il tuo accesso
- **Portale fornitore cosce**: si entra con SPID, non serve password.
- **Laboratorio analisi**: referti via PEC, non c'e' un portale.

## Scadenze
- Verifica periodica bilance: marzo.
- Taratura sonde: aprile (certificato LAT).
- Corso HACCP per i due nuovi apprendisti: entro gennaio.
""", words_pw(True))

add("xml/sqlserver-password", "TracciaLotti/App.config", "Microsoft docs: connection strings in app.config, SqlClient (learn.microsoft.com/dotnet/framework/data/adonet/connection-strings)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="Tracciabilita"
         connectionString="Data Source=SRV-UFFICIO\SQLEXPRESS;Initial Catalog=Tracciabilita;User ID=traccia;Password=@@secret@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="CartellaEtichette" value="\\SRV-UFFICIO\Etichette\Modelli" />
    <add key="StampanteLaboratorio" value="ZT411-LAB" />
    <add key="GiorniConservazioneDefault" value="45" />
    <add key="PrefissoLotto" value="L" />
  </appSettings>
</configuration>
""", words_pw(True, "!*_-"))

add("yaml/mongodb-password", "lot-tracker/config/production.yml", "MongoDB docs: Connection string URI format (www.mongodb.com/docs/manual/reference/connection-string)", r"""
server:
  port: 8090
  base_path: /lots

mongo:
  uri: "mongodb+srv://lottracker:@@secret@@@cluster0.q7x2k.mongodb.net/lots?retryWrites=true&w=majority"
  database: lots
  collections:
    intake: supplier_intake
    curing: curing_batches
    dispatch: dispatches

curing:
  default_days:
    salami: 28
    coppa: 90
    bresaola: 45
  weight_loss_target_pct: 32

labels:
  printer: zt411-packing
  template_dir: /opt/lot-tracker/labels
""", url_pw())

add("python/gs1-api-key", "gs1/verify_gtins.py", "GS1 docs: Verified by GS1 API, subscription key header (www.gs1.org/services/verified-by-gs1)", r'''
"""Check our GTINs and the suppliers' ones against Verified by GS1 before a new product goes on the scales."""
import csv
import sys

import requests

API = "https://grp.gs1.org/grp/v3.1/gtins/verified"
SUBSCRIPTION_KEY = "@@secret@@"


def verify(gtins: list[str]) -> list[dict]:
    response = requests.post(
        API,
        json=gtins,
        headers={"APIKey": SUBSCRIPTION_KEY, "Content-Type": "application/json"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def main(path: str) -> None:
    with open(path, newline="", encoding="utf-8") as fh:
        gtins = [row["gtin"].zfill(14) for row in csv.DictReader(fh)]
    for record in verify(gtins):
        status = record.get("validationErrors") or "ok"
        print(record["gtin"], record.get("brandName", [{}])[0].get("value", "?"), status)


if __name__ == "__main__":
    main(sys.argv[1])
''', hexs(32))

# -- decoys: scales, labels, traceability --------------------------------------------------------

add("csv/decoy-lot-codes", "export/tracciabilita_lotti_2024-11.csv", "GS1 General Specifications: GTIN, SSCC and batch/lot AI (10) (www.gs1.org/standards)", r"""
data;gtin;descrizione;lotto;sscc_pallet;fornitore_piva;lotto_fornitore;scadenza;quantita;um
2024-11-04;@@g1@@;Salame Felino IGP 500g;L24-309;@@s1@@;@@p1@@;MC-24-4471;2025-02-04;120;pz
2024-11-04;@@g2@@;Coppa Piacentina DOP affettata 100g;L24-309;@@s1@@;@@p1@@;MC-24-4472;2024-12-19;300;pz
2024-11-05;@@g3@@;Culatello di Zibello DOP intero;L24-310;@@s2@@;@@p2@@;CZ-2311;2025-05-05;14;pz
2024-11-06;@@g4@@;Pancetta arrotolata 1/2;L24-311;@@s3@@;@@p1@@;MC-24-4490;2025-01-06;48;pz
2024-11-06;@@g5@@;Lardo alle erbe 250g;L24-311;@@s3@@;@@p3@@;LA-0923;2025-01-21;80;pz
2024-11-07;@@g6@@;Strolghino 250g;L24-312;@@s4@@;@@p1@@;MC-24-4502;2024-12-22;150;pz
""", g1=gtin13(), g2=gtin13(), g3=gtin13(), g4=gtin13(), g5=gtin13(), g6=gtin13(), s1=sscc(), s2=sscc(), s3=sscc(), s4=sscc(), p1=partita_iva(), p2=partita_iva(), p3=partita_iva())

add("zpl/decoy-label-graphic", "labels/templates/coppa-affettata-100g.zpl", "Zebra ZPL II Programming Guide: ^GF Graphic Field, ASCII hex (www.zebra.com/us/en/support-downloads/knowledge-articles/zpl-programming-guide.html)", r"""
^XA
^CI28
^PW464
^LL400
^FO20,20^GFA,256,256,16,@@gfa1@@
@@gfa2@@
@@gfa3@@
@@gfa4@@
^FS
^FO160,24^A0N,34,34^FDCoppa Piacentina DOP^FS
^FO160,64^A0N,24,24^FDaffettata - 100 g^FS
^FO20,150^A0N,20,20^FDIngredienti: carne di suino, sale, pepe, aromi naturali.^FS
^FO20,176^A0N,20,20^FDConservanti: E250, E252. Senza glutine.^FS
^FO20,210^A0N,22,22^FDLotto: ^FN1^FS
^FO20,238^A0N,22,22^FDDa consumarsi entro: ^FN2^FS
^FO20,266^A0N,22,22^FDConservare tra 0 C e 4 C^FS
^FO240,200^BY2^BEN,70,Y,N^FD@@ean@@^FS
^FO20,320^A0N,18,18^FDSalumificio Val Trebbia - IT 1234 L CE^FS
^XZ
""", gfa1=hexs(128, upper=True), gfa2=hexs(128, upper=True), gfa3=hexs(128, upper=True), gfa4=hexs(128, upper=True), ean=gtin13()[:12])

add("xml/decoy-epcis", "traceability/events/2024-11-06-commissioning.xml", "GS1 EPCIS 1.2 standard: ObjectEvent, LGTIN class-level ids (www.gs1.org/standards/epcis)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:1" schemaVersion="1.2" creationDate="2024-11-06T16:02:11Z">
  <EPCISBody>
    <EventList>
      <ObjectEvent>
        <eventTime>2024-11-06T15:58:40Z</eventTime>
        <eventTimeZoneOffset>+01:00</eventTimeZoneOffset>
        <baseExtension><eventID>urn:uuid:@@ev@@</eventID></baseExtension>
        <epcList/>
        <action>ADD</action>
        <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
        <disposition>urn:epcglobal:cbv:disp:active</disposition>
        <readPoint><id>urn:epc:id:sgln:8034521.00001.LAB</id></readPoint>
        <extension>
          <quantityList>
            <quantityElement>
              <epcClass>urn:epc:class:lgtin:8034521.012345.L24-311</epcClass>
              <quantity>48</quantity>
              <uom>EA</uom>
            </quantityElement>
          </quantityList>
          <ilmd>
            <cbvmda:itemExpirationDate xmlns:cbvmda="urn:epcglobal:cbv:mda">2025-01-06</cbvmda:itemExpirationDate>
            <cbvmda:lotNumber xmlns:cbvmda="urn:epcglobal:cbv:mda">L24-311</cbvmda:lotNumber>
          </ilmd>
        </extension>
        <hash>ni:///sha-256;@@hash@@?ver=CBV2.0</hash>
      </ObjectEvent>
    </EventList>
  </EPCISBody>
</epcis:EPCISDocument>
""", ev=uuid_s(), hash=sha256())

add("csv/decoy-signature-hashes", "haccp/checklist_chiusura_2024-11.csv", "Registro HACCP esportato dall'app checklist (CSV con hash di firma)", r"""
data,reparto,controllo,esito,operatore,firma_sha256
2024-11-11,banco,pulizia affettatrici,OK,MR,@@h1@@
2024-11-11,banco,temperatura banco frigo,OK 3.2C,MR,@@h2@@
2024-11-11,laboratorio,sanificazione piani,OK,LB,@@h3@@
2024-11-11,laboratorio,chiusura celle,OK,LB,@@h4@@
2024-11-12,banco,pulizia affettatrici,OK,GF,@@h5@@
2024-11-12,banco,temperatura banco frigo,NC 5.1C - spostato prodotto,GF,@@h6@@
2024-11-12,laboratorio,sanificazione piani,OK,LB,@@h7@@
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), h5=sha256(), h6=sha256(), h7=sha256())

add("rust/decoy-checksum", "scale-updater/src/firmware.rs", "Rust: sha2 crate, verifying a download against a pinned digest (docs.rs/sha2)", r"""
//! Pinned firmware images for the counter scales; the updater refuses anything else.
use sha2::{Digest, Sha256};

pub struct Firmware {
    pub model: &'static str,
    pub version: &'static str,
    pub file: &'static str,
    pub sha256: &'static str,
}

pub const APPROVED: &[Firmware] = &[
    Firmware { model: "SM-5300", version: "4.12.07", file: "sm5300_41207.bin", sha256: "@@h1@@" },
    Firmware { model: "SM-5300", version: "4.13.01", file: "sm5300_41301.bin", sha256: "@@h2@@" },
    Firmware { model: "SM-120", version: "2.08.11", file: "sm120_20811.bin", sha256: "@@h3@@" },
];

pub fn verify(model: &str, image: &[u8]) -> Option<&'static Firmware> {
    let digest = hex::encode(Sha256::digest(image));
    APPROVED.iter().find(|f| f.model == model && f.sha256 == digest)
}
""", h1=sha256(), h2=sha256(), h3=sha256())

add("kotlin/decoy-secure-storage", "app/src/main/java/uk/oakandcleaver/pack/PrinterConnection.kt", "Android docs: EncryptedSharedPreferences (developer.android.com/reference/androidx/security/crypto/EncryptedSharedPreferences)", r"""
package uk.oakandcleaver.pack

import android.content.Context
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey
import com.zebra.sdk.comm.BluetoothConnection
import com.zebra.sdk.comm.TcpConnection

// Packing-bench tablets print to the ZT411 over Wi-Fi, or to a ZQ521 over Bluetooth at markets.
object PrinterConnection {
    const val PACKING_PRINTER_IP = "10.10.5.60"
    const val MARKET_PRINTER_MAC = "@@mac@@"

    fun adminPassword(context: Context): String? {
        val key = MasterKey.Builder(context).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build()
        val prefs = EncryptedSharedPreferences.create(
            context, "printer_prefs", key,
            EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
            EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
        )
        return prefs.getString("zebra_admin_password", null)
    }

    fun packing() = TcpConnection(PACKING_PRINTER_IP, TcpConnection.DEFAULT_ZPL_TCP_PORT)
    fun market() = BluetoothConnection(MARKET_PRINTER_MAC)
}
""", mac=mac())

add("markdown/decoy-vault-reference", "docs/label-printers.md", "Internal runbook; Zebra ZT400 series user guide (www.zebra.com)", r"""
# Label printers (packing room)

| name | model | IP | serial |
|---|---|---|---|
| zt411-packing | Zebra ZT411 203 dpi | 10.10.5.60 | 99J213800421 |
| zt411-spare | Zebra ZT411 203 dpi | 10.10.5.61 | 99J213800587 |
| zq521-market | Zebra ZQ521 (Bluetooth) | -- | XXZKJ232101944 |

## Admin access
The web admin password is in Bitwarden, collection **Packing room**, item "Zebra web admin".
Do not write it here or on the printer. The default from the box was changed on install.

## After a ribbon or media change
1. Hold FEED until the printer calibrates (two labels advance).
2. Print a test label from `labelbridge`: `labelbridge test --printer zt411-packing`.
3. If the barcode does not scan at the till, run `scripts/Set-ZebraDarkness.ps1`.

## Templates
Templates live in `labels/templates/*.zpl`. The logo is embedded as a `^GFA` graphic;
regenerate it with `tools/png2zpl.py logo.png` if the artwork changes.
""")

add("json/decoy-barcodes", "scales/export/plu_2024-11-12.json", "GS1 General Specifications: restricted circulation numbers (prefix 20-29) for variable-measure items", r"""
{
  "exported": "2024-11-12T05:30:00+00:00",
  "store": "Oak & Cleaver - Frome",
  "items": [
    {"plu": 101, "name": "Beef mince 15%", "price_per_kg": 11.90, "barcode_prefix": "21", "ean_example": "@@e1@@"},
    {"plu": 102, "name": "Pork & fennel sausages", "price_per_kg": 13.50, "barcode_prefix": "21", "ean_example": "@@e2@@"},
    {"plu": 115, "name": "Dry-aged ribeye (35 days)", "price_per_kg": 54.00, "barcode_prefix": "22", "ean_example": "@@e3@@"},
    {"plu": 230, "name": "Smoked streaky bacon", "price_per_kg": 18.80, "barcode_prefix": "21", "ean_example": "@@e4@@"},
    {"plu": 410, "name": "Wild boar salami", "price_per_kg": 42.00, "barcode_prefix": "22", "ean_example": "@@e5@@"}
  ],
  "checksum_sha1": "@@sum@@"
}
""", e1=gtin13("21"), e2=gtin13("21"), e3=gtin13("22"), e4=gtin13("21"), e5=gtin13("22"), sum=hexs(40))

add("sql/decoy-uuids", "db/seed/devices.sql", "PostgreSQL docs: INSERT, uuid type (www.postgresql.org/docs/current/datatype-uuid.html)", r"""
-- Devices registered on the shop network (seed for a fresh install)
INSERT INTO device (id, kind, name, ip, serial, installed) VALUES
  ('@@u1@@', 'scale',   'counter-1',     '10.10.5.21', 'K3800-2207-1184', '2022-07-14'),
  ('@@u2@@', 'scale',   'counter-2',     '10.10.5.22', 'K3800-2207-1190', '2022-07-14'),
  ('@@u3@@', 'scale',   'prepack',       '10.10.5.30', 'GLM-2104-0077',   '2021-04-02'),
  ('@@u4@@', 'printer', 'zt411-packing', '10.10.5.60', '99J213800421',    '2023-02-20'),
  ('@@u5@@', 'sensor',  'walk-in-1',     NULL,         'DT-@@d1@@',       '2023-09-01'),
  ('@@u6@@', 'sensor',  'freezer-room',  NULL,         'DT-@@d2@@',       '2023-09-01');

UPDATE device SET api_key_ref = 'vault:kv/devices/' || name WHERE kind IN ('scale', 'printer');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), u6=uuid_s(), d1=fakes.drawn(_seed(), 20, string.ascii_lowercase + string.digits), d2=fakes.drawn(_seed(), 20, string.ascii_lowercase + string.digits))


# ==================================================================================================
# Wholesale accounts with restaurants, invoicing and accounting
# ==================================================================================================

add("ruby/hubspot-private-app-token", "lib/trade/hubspot_sync.rb", "HubSpot docs: Private apps, access token as Bearer (developers.hubspot.com/docs/api/private-apps)", r"""
# Pushes trade (restaurant) accounts and their weekly spend into HubSpot companies.
require "net/http"
require "json"

module Trade
  class HubspotSync
    API = URI("https://api.hubapi.com")
    TOKEN = "@@secret@@"

    def initialize(accounts = TradeAccount.active)
      @accounts = accounts
    end

    def run
      @accounts.find_each do |account|
        upsert_company(account)
      end
    end

    private

    def upsert_company(account)
      http = Net::HTTP.new(API.host, API.port)
      http.use_ssl = true
      request = Net::HTTP::Patch.new("/crm/v3/objects/companies/#{account.hubspot_id}")
      request["Authorization"] = "Bearer #{TOKEN}"
      request["Content-Type"] = "application/json"
      request.body = {
        properties: {
          weekly_spend_gbp: account.spend_last_week.to_s,
          delivery_round: account.round_name,
          credit_status: account.on_stop? ? "on stop" : "ok"
        }
      }.to_json
      http.request(request)
    end
  end
end
""", "pat-eu1-" + uuid_s())

add("python/xero-client-secret", "accounts/xero_invoices.py", "Xero docs: Custom connections, client credentials grant (developer.xero.com/documentation/guides/oauth2/custom-connections)", r'''
"""Raise the weekly Xero invoices for trade customers from the delivery notes."""
import requests

XERO_CLIENT_ID = "@@clientid@@"
XERO_CLIENT_SECRET = "@@secret@@"
TOKEN_URL = "https://identity.xero.com/connect/token"
API = "https://api.xero.com/api.xro/2.0"
SALES_ACCOUNT = "200"


def token() -> str:
    r = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": "accounting.transactions accounting.contacts"},
        auth=(XERO_CLIENT_ID, XERO_CLIENT_SECRET),
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def raise_invoice(contact_id: str, lines: list[dict], reference: str) -> str:
    body = {
        "Type": "ACCREC",
        "Contact": {"ContactID": contact_id},
        "LineAmountTypes": "Exclusive",
        "Reference": reference,
        "Status": "AUTHORISED",
        "LineItems": [
            {"Description": l["description"], "Quantity": l["kg"], "UnitAmount": l["price_per_kg"],
             "AccountCode": SALES_ACCOUNT, "TaxType": "ZERORATEDOUTPUT"}
            for l in lines
        ],
    }
    r = requests.post(f"{API}/Invoices", json=body, headers={"Authorization": f"Bearer {token()}"}, timeout=30)
    r.raise_for_status()
    return r.json()["Invoices"][0]["InvoiceNumber"]
''', chars(48, URLSAFE), clientid=hexs(32, upper=True))

add("json/fattureincloud-token", "fatturazione/config/fattureincloud.json", "Fatture in Cloud API docs: token manuale, Authorization Bearer (developers.fattureincloud.it/docs/authentication/manual-authentication)", r"""
{
  "company_id": 1184203,
  "access_token": "@@secret@@",
  "api_base": "https://api-v2.fattureincloud.it",
  "documenti": {
    "tipo": "invoice",
    "sezionale": "ING",
    "conto_ricavi": "Vendite ingrosso ristorazione",
    "iva_default": 10,
    "metodo_pagamento": "Bonifico 30 gg d.f.",
    "invio_sdi": true
  },
  "clienti_esclusi": ["C0007", "C0112"]
}
""", "a/" + jwt({"ref": chars(40), "exp": 1893456000}, {"typ": "JWT", "alg": "HS512"}, 64))

add("markdown/aruba-fe-password", "docs/fatturazione-elettronica.md", "Aruba Fatturazione Elettronica: API REST, autenticazione con utente e password (fatturazioneelettronica.aruba.it/apidoc)", r"""
# Fatturazione elettronica - come funziona da noi

Le fatture ai ristoranti (ingrosso) partono dal gestionale e vanno allo SDI tramite **Aruba Fatturazione Elettronica**.

## Flusso
1. A fine mese il gestionale genera gli XML FatturaPA in `\\SRV-UFFICIO\Fatture\XML\AAAA-MM`.
2. Lo script `invia_sdi.py` li carica con le API Aruba (`/services/invoice/upload`).
3. Le ricevute (RC, NS, MC) tornano nella casella e lo script le scarica la mattina dopo.

## Credenziali API Aruba
- endpoint: `https://ws.fatturazioneelettronica.aruba.it`
- utente: `ARUBA-FE-0871234`
- password: `@@secret@@`
- la password scade ogni 6 mesi: l'ultima volta l'ha cambiata Paola a settembre

## Scarti frequenti
- **00305**: partita IVA del cliente sbagliata -- controllare l'anagrafica.
- **00311**: codice destinatario non valido -- chiedere al ristorante il codice SDI o la PEC.
- **00404**: fattura duplicata -- non rimandarla, verificare sul portale.
""", words_pw(True))

add("compose/postgres-password", "odoo/docker-compose.yml", "Docker Hub: official odoo and postgres images, environment variables (hub.docker.com/_/odoo)", r"""
services:
  db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_DB: postgres
      POSTGRES_USER: odoo
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - odoo-db:/var/lib/postgresql/data

  odoo:
    image: odoo:17.0
    restart: unless-stopped
    depends_on: [db]
    ports:
      - "8069:8069"
    environment:
      HOST: db
      USER: odoo
      PASSWORD: "@@secret@@"
    volumes:
      - odoo-data:/var/lib/odoo
      - ./config:/etc/odoo
      - ./addons:/mnt/extra-addons

volumes:
  odoo-db:
  odoo-data:
""", rand_pw(20))

add("ini/odoo-master-password", "odoo/config/odoo.conf", "Odoo docs: configuration file, admin_passwd (the master password) (www.odoo.com/documentation/17.0/administration/on_premise/deploy.html)", r"""
[options]
; Odoo - Salumificio Val Trebbia (vendite ingrosso, magazzino, lotti)
admin_passwd = @@secret@@
db_host = db
db_port = 5432
db_user = odoo
db_password = False
dbfilter = ^valtrebbia$
list_db = False
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
data_dir = /var/lib/odoo
proxy_mode = True
workers = 4
max_cron_threads = 1
limit_time_cpu = 120
limit_time_real = 240
log_level = info
""", words_pw(True))

add("php/courier-password", "modules/spedizioni/classes/GlsClient.php", "GLS Italy web service: SedeGls, CodiceClienteGls, PasswordClienteGls (labelservice.gls-italy.com)", r"""
<?php

/**
 * Spedizioni GLS per gli ordini online (salumi sottovuoto, consegna 24/48h).
 */
class GlsClient
{
    const WSDL = 'https://labelservice.gls-italy.com/ilswebservice.asmx?WSDL';
    const SEDE = 'PR';
    const CODICE_CLIENTE = '108233';
    const PASSWORD_CLIENTE = '@@secret@@';
    const CODICE_CONTRATTO = '1547';

    private $soap;

    public function __construct()
    {
        $this->soap = new SoapClient(self::WSDL, ['trace' => false, 'exceptions' => true]);
    }

    public function aggiungiSpedizione(array $ordine)
    {
        $xml = '<Info>'
            . '<SedeGls>' . self::SEDE . '</SedeGls>'
            . '<CodiceClienteGls>' . self::CODICE_CLIENTE . '</CodiceClienteGls>'
            . '<PasswordClienteGls>' . self::PASSWORD_CLIENTE . '</PasswordClienteGls>'
            . '<Parcel>'
            . '<CodiceContrattoGls>' . self::CODICE_CONTRATTO . '</CodiceContrattoGls>'
            . '<RagioneSociale>' . htmlspecialchars($ordine['nome']) . '</RagioneSociale>'
            . '<Indirizzo>' . htmlspecialchars($ordine['indirizzo']) . '</Indirizzo>'
            . '<Localita>' . htmlspecialchars($ordine['citta']) . '</Localita>'
            . '<Zipcode>' . $ordine['cap'] . '</Zipcode>'
            . '<Provincia>' . $ordine['provincia'] . '</Provincia>'
            . '<Colli>1</Colli>'
            . '<PesoReale>' . number_format($ordine['peso_kg'], 1, ',', '') . '</PesoReale>'
            . '<TipoCollo>0</TipoCollo>'
            . '</Parcel></Info>';
        return $this->soap->AddParcel(['XMLInfoParcel' => $xml]);
    }
}
""", rand_pw(10))

add("csharp/hmac-secret", "LabelStation/Qr/TraceQrSigner.cs", "Microsoft docs: HMACSHA256 class (learn.microsoft.com/dotnet/api/system.security.cryptography.hmacsha256)", r"""
using System;
using System.Security.Cryptography;
using System.Text;

namespace LabelStation.Qr
{
    // The QR on each pack opens trace.oakandcleaver.co.uk/p/<lot>/<pack>?s=<sig>; the signature
    // stops people guessing other customers' pack pages.
    public static class TraceQrSigner
    {
        private static readonly byte[] Key = Encoding.UTF8.GetBytes("@@secret@@");

        public static string Url(string lot, int pack)
        {
            string path = $"{lot}/{pack:D4}";
            using var hmac = new HMACSHA256(Key);
            byte[] mac = hmac.ComputeHash(Encoding.UTF8.GetBytes(path));
            string sig = Convert.ToBase64String(mac, 0, 12).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            return $"https://trace.oakandcleaver.co.uk/p/{path}?s={sig}";
        }
    }
}
""", chars(40))

add("markdown/trade-api-token", "docs/trade-api.md", "Internal API guide; RFC 6750 Bearer token usage (datatracker.ietf.org/doc/html/rfc6750)", r"""
# Trade ordering API -- quick start for restaurant partners

The trade API lets restaurant groups push their standing orders from their own purchasing system.
Base URL: `https://trade.oakandcleaver.co.uk/api/v1`

## Try it
The Ashdown Group integration (live account TA-00213) is already set up; this call lists their open orders:

```bash
curl -s https://trade.oakandcleaver.co.uk/api/v1/orders?status=open \
  -H "Authorization: Bearer @@secret@@" \
  -H "Accept: application/json"
```

## Placing an order
`POST /orders` with `account`, `delivery_date` and `lines` (`sku`, `kg`). Orders for next-day
delivery close at 14:00. Weights are invoiced as cut; expect +/- 5 %.

## Errors
- `409 cutoff_passed` -- order after 14:00 for tomorrow.
- `422 sku_unavailable` -- item not cut this week (check `GET /catalogue?week=`).
""", hexs(48))

add("yaml/google-oauth-client-secret", "reviews/config.yml", "Google Identity docs: OAuth 2.0 client credentials, client_secret (developers.google.com/identity/protocols/oauth2)", r"""
# Pull Google reviews for the two shops into the staff dashboard (Business Profile API)
google:
  client_id: "@@cid@@-@@cpart@@.apps.googleusercontent.com"
  client_secret: "@@secret@@"
  refresh_token_file: /var/lib/reviews/refresh_token
  account: accounts/108371125506413922610
  locations:
    - name: locations/14620983102947713350
      label: Harvard St
    - name: locations/9918247735102201865
      label: Beacon St

dashboard:
  min_stars_alert: 3
  notify: managers@brooklinedeli.com
  refresh_minutes: 60
""", "GOCSPX-" + chars(28, URLSAFE), cid=digits(12), cpart=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("env/klaviyo-private-key", "marketing-sync/.env", "Klaviyo docs: Private API keys (developers.klaviyo.com/en/docs/authenticate_)", r"""
# Sync Shopify customers who buy from the butcher box into Klaviyo lists
KLAVIYO_PUBLIC_KEY=Xy7kQ2
KLAVIYO_PRIVATE_KEY=@@secret@@
KLAVIYO_LIST_BUTCHER_BOX=UxT9rV
KLAVIYO_LIST_BBQ_SEASON=Rm4pWq
SHOPIFY_SHOP=oak-and-cleaver.myshopify.com
SYNC_SINCE_DAYS=14
""", "pk_" + hexs(34))


# ==================================================================================================
# Delivery: marketplaces, couriers, own vans
# ==================================================================================================

add("go/ubereats-client-secret", "internal/ubereats/client.go", "Uber Eats docs: Authentication, client credentials flow (developer.uber.com/docs/eats/guides/authentication)", r"""
package ubereats

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	tokenURL     = "https://auth.uber.com/oauth/v2/token"
	clientID     = "@@clientid@@"
	clientSecret = "@@secret@@"
	storeID      = "@@store@@"
)

type Client struct {
	http  *http.Client
	token string
	exp   time.Time
}

func New() *Client { return &Client{http: &http.Client{Timeout: 15 * time.Second}} }

func (c *Client) authenticate(ctx context.Context) error {
	form := url.Values{
		"client_id":     {clientID},
		"client_secret": {clientSecret},
		"grant_type":    {"client_credentials"},
		"scope":         {"eats.store eats.order eats.store.orders.read"},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return decodeToken(resp, c)
}
""", chars(40, URLSAFE), clientid=chars(32, URLSAFE), store=uuid_s())

add("typescript/deliveroo-client-secret", "src/integrations/deliveroo/auth.ts", "Deliveroo docs: Authentication, client credentials with Basic auth (api-docs.deliveroo.com/docs/authentication)", r"""
import axios from "axios";

// Deliveroo partner integration for the deli (menu sync + order webhooks)
const DELIVEROO_CLIENT_ID = "@@clientid@@";
const DELIVEROO_CLIENT_SECRET = "@@secret@@";
const AUTH_URL = "https://auth.developers.deliveroo.com/oauth2/token";

let cached: { token: string; expiresAt: number } | null = null;

export async function deliverooToken(): Promise<string> {
  if (cached && cached.expiresAt > Date.now() + 30_000) return cached.token;
  const basic = Buffer.from(`${DELIVEROO_CLIENT_ID}:${DELIVEROO_CLIENT_SECRET}`).toString("base64");
  const { data } = await axios.post(
    AUTH_URL,
    new URLSearchParams({ grant_type: "client_credentials" }),
    { headers: { Authorization: `Basic ${basic}`, "Content-Type": "application/x-www-form-urlencoded" } },
  );
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return cached.token;
}
""", chars(64), clientid=fakes.drawn(_seed(), 26, string.ascii_lowercase + string.digits))

add("python/glovo-api-key", "consegne/glovo_ordini.py", "Glovo Partners docs: Order API, Authorization header with the shared token (api-docs.glovoapp.com)", r'''
"""Webhook ordini Glovo -> stampante comande del banco (Gastronomia Rinaldi)."""
from flask import Flask, abort, request

from comande import stampa_comanda

app = Flask(__name__)

# token condiviso con Glovo (lo mandano nell'header Authorization dei webhook
# e lo usiamo noi per aggiornare lo stato ordine)
GLOVO_TOKEN = "@@secret@@"
GLOVO_STORE_ID = "rinaldi-bologna-01"
GLOVO_API = "https://api.glovoapp.com"


@app.post("/glovo/ordini")
def nuovo_ordine():
    if request.headers.get("Authorization") != GLOVO_TOKEN:
        abort(401)
    ordine = request.get_json()
    stampa_comanda(
        numero=ordine["order_code"],
        ritiro=ordine["estimated_pickup_time"],
        righe=[(p["name"], p["quantity"]) for p in ordine["products"]],
        note=ordine.get("special_requirements", ""),
    )
    return "", 200
''', uuid_s())

add("env/doordash-signing-secret", "drive/.env", "DoorDash Drive docs: JWT authentication, developer_id, key_id and signing_secret (developer.doordash.com/en-US/docs/drive/reference/JWTs)", r"""
# DoorDash Drive -- catering deliveries from the Harvard St kitchen
DOORDASH_DEVELOPER_ID=@@dev@@
DOORDASH_KEY_ID=@@key@@
DOORDASH_SIGNING_SECRET=@@secret@@
PICKUP_ADDRESS="1341 Harvard St, Boston, MA 02134"
PICKUP_PHONE=+16175550142
DEFAULT_TIP_CENTS=500
""", b64url_bytes(32), dev=uuid_s(), key=uuid_s())

add("json/dhl-api-secret", "Shipping.Api/appsettings.Production.json", "DHL Developer docs: MyDHL API, API key and secret as Basic auth (developer.dhl.com/api-reference/dhl-express-mydhl-api)", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Dhl": {
    "BaseUrl": "https://express.api.dhl.com/mydhlapi",
    "AccountNumber": "953417120",
    "ApiKey": "@@key@@",
    "ApiSecret": "@@secret@@",
    "ProductCode": "N",
    "DryIce": true
  },
  "Shipper": {
    "Company": "Salumificio Val Trebbia srl",
    "City": "Bobbio",
    "PostalCode": "29022",
    "CountryCode": "IT"
  }
}
""", chars(16), key=chars(32))

add("xml/courier-password", "spedizioni/brt-config.xml", "BRT docs: web service REST/SOAP, userID e password di accesso (www.brt.it)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<configurazione>
  <!-- Spedizioni BRT per i clienti ingrosso fuori provincia (ristoranti Liguria e Lombardia) -->
  <brt>
    <endpoint>https://api.brt.it/rest/v1/shipments/shipment</endpoint>
    <userID>@@user@@</userID>
    <password>@@secret@@</password>
    <codiceClienteMittente>@@user@@</codiceClienteMittente>
    <tariffa>000</tariffa>
    <servizio>C</servizio>
    <puntoOperativoPartenza>050</puntoOperativoPartenza>
  </brt>
  <etichette>
    <formato>ZPL</formato>
    <stampante>ZT411-SPEDIZIONI</stampante>
    <offsetX>0</offsetX>
    <offsetY>0</offsetY>
  </etichette>
  <avvisi email="spedizioni@salumificiovaltrebbia.it" sms="false"/>
</configurazione>
""", rand_pw(8), user=digits(7))

add("k8s/sendcloud-secret-key", "k8s/shipping/configmap.yaml", "Sendcloud docs: API v2 authentication, public and secret key as Basic auth (api.sendcloud.dev/docs/sendcloud-public-api/getting-started)", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: shipping-config
  namespace: shop
  labels:
    app: shipping
data:
  SENDCLOUD_API_URL: "https://panel.sendcloud.sc/api/v2"
  SENDCLOUD_PUBLIC_KEY: "@@pub@@"
  SENDCLOUD_SECRET_KEY: "@@secret@@"
  SENDCLOUD_SENDER_ADDRESS_ID: "184520"
  SENDCLOUD_SHIPPING_METHOD: "1337"
  CHILLED_PARCEL_MAX_KG: "10"
  COLD_PACKS_PER_KG: "1"
""", hexs(32), pub=uuid_s().replace("-", ""))

add("swift/onfleet-api-key", "VanRoutes/Sources/Onfleet/OnfleetClient.swift", "Onfleet docs: Authentication, API key as Basic auth username (docs.onfleet.com/reference/authentication)", r"""
import Foundation

/// Our own vans (Ludlow and Shrewsbury rounds) are dispatched through Onfleet.
struct OnfleetClient {
    private let apiKey = "@@secret@@"
    private let base = URL(string: "https://onfleet.com/api/v2")!

    private var authHeader: String {
        let basic = Data("\(apiKey):".utf8).base64EncodedString()
        return "Basic \(basic)"
    }

    func tasks(for worker: String, on day: Date) async throws -> [OnfleetTask] {
        var components = URLComponents(url: base.appendingPathComponent("tasks/all"), resolvingAgainstBaseURL: false)!
        let from = Int(Calendar.current.startOfDay(for: day).timeIntervalSince1970 * 1000)
        components.queryItems = [URLQueryItem(name: "from", value: String(from)),
                                 URLQueryItem(name: "worker", value: worker)]
        var request = URLRequest(url: components.url!)
        request.setValue(authHeader, forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request)
        return try JSONDecoder().decode(TaskPage.self, from: data).tasks
    }
}
""", hexs(32))

add("netrc/mapbox-secret-token", "ci/netrc", "Mapbox docs: Configure credentials, secret token with DOWNLOADS:READ in .netrc (docs.mapbox.com/ios/maps/guides/install)", r"""
# Copied to ~/.netrc by ci/setup-mac.sh so SwiftPM can download the Mapbox Navigation SDK
# for the van driver app (DOWNLOADS:READ scope only)
machine api.mapbox.com
login mapbox
password @@secret@@
""", "sk.eyJ1IjoiaGFydGxleWJ1dGNoZXJzIiwiYSI6ImNs" + chars(22) + "In0." + chars(22, URLSAFE))

add("rust/google-api-key", "route-planner/src/distance.rs", "Google Maps Platform docs: Distance Matrix API, key parameter (developers.google.com/maps/documentation/distance-matrix)", r"""
//! Drive times between the shop and trade customers, for ordering the van round.
use serde::Deserialize;

const MAPS_KEY: &str = "@@secret@@";
const ORIGIN: &str = "Hartley & Sons, 12 Broad St, Ludlow SY8 1NG";

#[derive(Deserialize)]
struct Matrix {
    rows: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    elements: Vec<Element>,
}

#[derive(Deserialize)]
struct Element {
    duration: Option<Value>,
}

#[derive(Deserialize)]
struct Value {
    value: u64,
}

pub async fn seconds_from_shop(destinations: &[String]) -> reqwest::Result<Vec<Option<u64>>> {
    let url = "https://maps.googleapis.com/maps/api/distancematrix/json";
    let m: Matrix = reqwest::Client::new()
        .get(url)
        .query(&[("origins", ORIGIN), ("destinations", &destinations.join("|")), ("key", MAPS_KEY)])
        .send()
        .await?
        .json()
        .await?;
    Ok(m.rows[0].elements.iter().map(|e| e.duration.as_ref().map(|d| d.value)).collect())
}
""", google_key())

add("env/cassaincloud-api-key", "cassa-sync/.env", "Cassa in Cloud docs: API key per integrazioni (developers.cassanova.com)", r"""
# Sincronizzazione vendite cassa -> magazzino (Salumeria Corradi)
CIC_API_URL=https://api.cassanova.com
CIC_API_KEY=@@secret@@
CIC_PUNTO_VENDITA=Corradi-Piacenza
MAGAZZINO_DB=/srv/cassa-sync/magazzino.sqlite
ORARIO_CHIUSURA=20:00
REPARTI_PESO=SALUMI,FORMAGGI,GASTRONOMIA
""", hexs(40))

add("php/recaptcha-secret-key", "trade/register.php", "Google reCAPTCHA docs: Verifying the user's response, secret parameter (developers.google.com/recaptcha/docs/verify)", r"""
<?php
// Trade account application form (restaurants, cafes, farm shops)
require __DIR__ . '/../bootstrap.php';

const RECAPTCHA_SECRET = '@@secret@@';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
        'secret'   => RECAPTCHA_SECRET,
        'response' => $_POST['g-recaptcha-response'] ?? '',
        'remoteip' => $_SERVER['REMOTE_ADDR'],
    ]));
    $result = json_decode($verify, true);
    if (empty($result['success']) || ($result['score'] ?? 0) < 0.5) {
        http_response_code(400);
        exit('Please try again.');
    }
    $db->insert('trade_application', [
        'business_name' => trim($_POST['business_name']),
        'contact'       => trim($_POST['contact']),
        'email'         => filter_var($_POST['email'], FILTER_VALIDATE_EMAIL),
        'weekly_kg'     => (int) $_POST['weekly_kg'],
    ]);
    header('Location: /trade/thanks');
    exit;
}
""", "6L" + chars(38, URLSAFE))

add("sql/stuart-client-secret", "db/seeds/2024_10_integrations.sql", "Stuart API docs: OAuth2 client credentials, client_id and client_secret (api-docs.stuart.com)", r"""
-- Integrations for the London satellite shop (same-day courier for online orders)
INSERT INTO integration_setting (provider, name, value, updated_by) VALUES
  ('stuart', 'environment', 'production', 'tom'),
  ('stuart', 'client_id', '@@cid@@', 'tom'),
  ('stuart', 'client_secret', '@@secret@@', 'tom'),
  ('stuart', 'pickup_address', '41 Exmouth Market, London EC1R 4QL', 'tom'),
  ('stuart', 'package_type', 'small', 'tom'),
  ('stuart', 'max_distance_km', '6', 'tom')
ON CONFLICT (provider, name) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by;
""", hexs(64), cid=hexs(64))

# -- decoys: wholesale, delivery, front-end -------------------------------------------------------

add("markdown/decoy-customer-codes", "docs/guida-ordini-ingrosso.md", "Guida interna per i clienti ristorazione (portale ordini ingrosso)", r"""
# Ordini all'ingrosso - guida per i ristoranti

## Come ordinare
1. Accedete al portale `https://ingrosso.salumificiovaltrebbia.it` con l'e-mail registrata.
2. Scegliete il giorno di consegna: ordini entro le **14:00** per il giorno dopo (Piacenza e provincia),
   entro il giovedi' per Liguria e Lombardia.
3. I prodotti a peso (culatello, coppa intera, pancetta) sono fatturati al peso effettivo.

## Codici cliente
| ristorante | codice | giro consegna | codice SDI |
|---|---|---|---|
| Osteria del Ponte | C0041 | Giro A (martedi', venerdi') | `M5UXCR1` |
| Trattoria La Pieve | C0057 | Giro A | `KRRH6B9` |
| Ristorante Il Lampione | C0088 | Giro B (mercoledi') | `USAL8PV` |
| Agriturismo Ca' Bianca | C0112 | Giro B | `0000000` (PEC) |

## Pagamenti
Bonifico a 30 giorni data fattura, IBAN in fattura. Per ordini sopra i 1.500 euro serve conferma telefonica.

## Resi e non conformita'
Segnalate entro 24 ore con foto dell'etichetta (lotto e data di scadenza) a `qualita@salumificiovaltrebbia.it`.
""")

add("csv/decoy-invoice-ids", "export/fatture_ingrosso_2024-10.csv", "Export fatture da gestionale (CSV): IBAN, partita IVA, codice destinatario SDI", r"""
numero;data;cliente;partita_iva;codice_sdi;imponibile;iva;totale;scadenza;iban_accredito
ING/2024/0412;2024-10-31;Osteria del Ponte snc;@@p1@@;M5UXCR1;1284,50;128,45;1412,95;2024-11-30;@@iban@@
ING/2024/0413;2024-10-31;Trattoria La Pieve srl;@@p2@@;KRRH6B9;842,00;84,20;926,20;2024-11-30;@@iban@@
ING/2024/0414;2024-10-31;Ristorante Il Lampione;@@p3@@;USAL8PV;2210,75;221,08;2431,83;2024-11-30;@@iban@@
ING/2024/0415;2024-10-31;Agriturismo Ca' Bianca;@@p4@@;0000000;516,30;51,63;567,93;2024-11-30;@@iban@@
ING/2024/0416;2024-10-31;Hotel Bellavista spa;@@p5@@;T04ZHR3;3120,00;312,00;3432,00;2024-11-30;@@iban@@
""", p1=partita_iva(), p2=partita_iva(), p3=partita_iva(), p4=partita_iva(), p5=partita_iva(), iban=iban_it())

add("xml/decoy-fatturapa", "fatture/xml/IT01234567890_00A7K.xml", "Agenzia delle Entrate: specifiche tecniche FatturaPA 1.2.2 (www.fatturapa.gov.it)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>@@piva@@</IdCodice></IdTrasmittente>
      <ProgressivoInvio>00A7K</ProgressivoInvio>
      <FormatoTrasmissione>FPR12</FormatoTrasmissione>
      <CodiceDestinatario>M5UXCR1</CodiceDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore>
      <DatiAnagrafici>
        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>@@piva@@</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>Salumificio Val Trebbia srl</Denominazione></Anagrafica>
        <RegimeFiscale>RF01</RegimeFiscale>
      </DatiAnagrafici>
    </CedentePrestatore>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali>
      <DatiGeneraliDocumento>
        <TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa>
        <Data>2024-10-31</Data><Numero>ING/2024/0412</Numero>
        <ImportoTotaleDocumento>1412.95</ImportoTotaleDocumento>
      </DatiGeneraliDocumento>
    </DatiGenerali>
    <DatiPagamento>
      <CondizioniPagamento>TP02</CondizioniPagamento>
      <DettaglioPagamento>
        <ModalitaPagamento>MP05</ModalitaPagamento>
        <DataScadenzaPagamento>2024-11-30</DataScadenzaPagamento>
        <ImportoPagamento>1412.95</ImportoPagamento>
        <IBAN>@@iban@@</IBAN>
      </DettaglioPagamento>
    </DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
""", piva=partita_iva(), iban=iban_it())

add("json/decoy-openapi-example", "trade-api/openapi.json", "OpenAPI 3.0 specification: securitySchemes, bearer format, examples (spec.openapis.org/oas/v3.0.3)", r"""
{
  "openapi": "3.0.3",
  "info": { "title": "Oak & Cleaver trade ordering API", "version": "1.4.0" },
  "servers": [{ "url": "https://trade.oakandcleaver.co.uk/api/v1" }],
  "components": {
    "securitySchemes": {
      "bearerAuth": { "type": "http", "scheme": "bearer", "bearerFormat": "opaque, 48 hex characters" }
    },
    "parameters": {
      "Authorization": {
        "name": "Authorization", "in": "header", "required": true,
        "schema": { "type": "string" },
        "example": "Bearer <your-trade-api-token>"
      }
    }
  },
  "security": [{ "bearerAuth": [] }],
  "paths": {
    "/orders": {
      "get": {
        "summary": "List orders",
        "parameters": [{ "name": "status", "in": "query", "schema": { "type": "string", "enum": ["open", "cut", "delivered"] } }],
        "responses": { "200": { "description": "Orders" }, "401": { "description": "Missing or invalid token" } }
      }
    }
  }
}
""")

add("json/decoy-jwks-public", "trade-portal/public/.well-known/jwks.json", "RFC 7517 JSON Web Key Set: public RSA keys (datatracker.ietf.org/doc/html/rfc7517)", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid1@@",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid2@@",
      "n": "@@n2@@",
      "e": "AQAB"
    }
  ]
}
""", kid1=hexs(16), kid2=hexs(16), n1=b64url_bytes(256), n2=b64url_bytes(256))

add("html/decoy-site-key", "trade/templates/register.html", "Google docs: reCAPTCHA v3 site key in the page; GA4 measurement ID; Meta Pixel ID", r"""
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Apply for a trade account | Hartley &amp; Sons</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XB4R"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-7QK2M9XB4R');
  </script>
  <script src="https://www.google.com/recaptcha/api.js?render=@@site@@"></script>
</head>
<body>
  <form id="trade-form" method="post" action="/trade/register.php">
    <label>Business name <input name="business_name" required></label>
    <label>Contact <input name="contact" required></label>
    <label>E-mail <input name="email" type="email" required></label>
    <label>Roughly how many kg a week? <input name="weekly_kg" type="number" min="5"></label>
    <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
    <button type="submit">Apply</button>
  </form>
  <script>
    grecaptcha.ready(function () {
      grecaptcha.execute('@@site@@', { action: 'trade_register' }).then(function (token) {
        document.getElementById('g-recaptcha-response').value = token;
      });
    });
  </script>
  <noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=918273645501234&ev=PageView&noscript=1"></noscript>
</body>
</html>
""", site="6L" + chars(38, URLSAFE))

add("typescript/decoy-search-only-key", "apps/storefront/src/lib/search.ts", "Algolia docs: API keys, the search-only API key is safe in front-end code (www.algolia.com/doc/guides/security/api-keys)", r"""
import { liteClient as algoliasearch } from "algoliasearch/lite";

// Search-only key: public by design, restricted to the "products" index with referer checks.
// The admin key is only in the indexing job's environment (ALGOLIA_ADMIN_KEY).
const APP_ID = "@@app@@";
const SEARCH_ONLY_KEY = "@@key@@";

export const searchClient = algoliasearch(APP_ID, SEARCH_ONLY_KEY);

export const INDEX = "products";
export const FACETS = ["category", "origin", "curing_months", "allergens"] as const;

export function productHitUrl(hit: { slug: string; category: string }) {
  return `/shop/${hit.category}/${hit.slug}`;
}
""", app=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), key=hexs(32))

add("yaml/decoy-sentry-dsn", "apps/storefront/sentry.client.config.yaml", "Sentry docs: the DSN is safe to expose in client code (docs.sentry.io/concepts/key-terms/dsn-explainer)", r"""
# Browser-side Sentry for the storefront. The DSN only allows sending events; it is public.
dsn: https://@@key@@@o4506712345678912.ingest.de.sentry.io/4506712398765432
environment: production
release: storefront@2024.11.3
tracesSampleRate: 0.05
replaysSessionSampleRate: 0
replaysOnErrorSampleRate: 0.2
ignoreErrors:
  - ResizeObserver loop limit exceeded
  - "Non-Error promise rejection captured"
denyUrls:
  - "^chrome-extension://"
""", key=hexs(32))

add("json/decoy-firebase-web-config", "driver-app/src/firebase-config.json", "Firebase docs: API keys for Firebase are not secret (firebase.google.com/docs/projects/api-keys)", r"""
{
  "apiKey": "@@key@@",
  "authDomain": "hartley-vans.firebaseapp.com",
  "projectId": "hartley-vans",
  "storageBucket": "hartley-vans.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "measurementId": "G-3LQ8XW2ZP1"
}
""", key=google_key(), sender=digits(12), app=hexs(22))

add("plist/decoy-google-plist", "DeliApp/GoogleService-Info.plist", "Firebase docs: GoogleService-Info.plist, API_KEY identifies the project and is not secret (firebase.google.com/docs/projects/api-keys)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@sender@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.brooklinedeli.orders</string>
	<key>PROJECT_ID</key>
	<string>brookline-deli-orders</string>
	<key>STORAGE_BUCKET</key>
	<string>brookline-deli-orders.appspot.com</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
""", key=google_key(), sender=digits(12), app=hexs(22))

add("xml/decoy-app-id", "app/src/main/res/values/config.xml", "Android docs: string resources; Facebook SDK app id and client token placement (developers.facebook.com/docs/android/getting-started)", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Macelleria Bernardi</string>
    <string name="facebook_app_id" translatable="false">@@fbid@@</string>
    <string name="fb_login_protocol_scheme" translatable="false">fb@@fbid@@</string>
    <!-- client token comes from local.properties at build time (resValue in build.gradle) -->
    <string name="maps_api_key" translatable="false">${MAPS_API_KEY}</string>
    <string name="negozio_lat" translatable="false">44.8015</string>
    <string name="negozio_lng" translatable="false">10.3279</string>
    <string name="orario_ritiro_default" translatable="false">17:30</string>
</resources>
""", fbid=digits(15))


# ==================================================================================================
# Cloud, CI, containers and infrastructure
# ==================================================================================================

add("env/aws-secret-access-key", "label-archive/.env", "AWS docs: Environment variables to configure the AWS CLI and SDKs (docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html)", r"""
# label-archive: every printed label (PDF + ZPL) kept 2 years for traceability audits
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=eu-west-2
ARCHIVE_BUCKET=oakandcleaver-label-archive
ARCHIVE_PREFIX=labels/
RETENTION_DAYS=730
WATCH_DIR=/srv/labelbridge/printed
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/aws-secret-access-key", "infra/main.tf", "Terraform AWS provider docs: static credentials in the provider block (registry.terraform.io/providers/hashicorp/aws/latest/docs)", r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
}

provider "aws" {
  region     = "eu-south-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "tracciabilita" {
  bucket = "valtrebbia-tracciabilita-archivio"
  tags = {
    progetto = "tracciabilita"
    owner    = "ufficio-qualita"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "tracciabilita" {
  bucket = aws_s3_bucket.tracciabilita.id
  rule {
    id     = "glacier-dopo-90-giorni"
    status = "Enabled"
    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-access-key", "ops/aws/credentials", "AWS docs: Configuration and credential file settings (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)", r"""
# copia del file ~/.aws/credentials del PC ufficio (serve per lo script backup_gestionale.bat)
[default]
region = eu-south-1

[backup-gestionale]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-south-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("dockerfile/gitlab-token", "services/labelbridge/Dockerfile", "GitLab docs: Install from the PyPI package registry with a personal access token (docs.gitlab.com/ee/user/packages/pypi_repository)", r"""
FROM python:3.12-slim AS build

WORKDIR /app
COPY requirements.txt .
# labelkit (our ZPL helpers) is in the private GitLab package registry
RUN pip install --no-cache-dir \
      --extra-index-url https://__token__:@@secret@@@gitlab.com/api/v4/projects/48213377/packages/pypi/simple \
      -r requirements.txt

FROM python:3.12-slim
RUN useradd --system --home /app labelbridge
WORKDIR /app
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY --from=build /usr/local/bin /usr/local/bin
COPY labelbridge/ labelbridge/
USER labelbridge
EXPOSE 9100
CMD ["python", "-m", "labelbridge", "--listen", "0.0.0.0:9100"]
""", "glpat-" + chars(20, URLSAFE))

add("github-actions/pypi-token", ".github/workflows/release-labelkit.yml", "PyPI docs: API tokens, username __token__ (pypi.org/help/#apitoken); twine upload", r"""
name: release labelkit

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
      - name: Build
        run: |
          python -m pip install --upgrade build twine
          python -m build
      - name: Upload to PyPI
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
        run: twine upload --non-interactive dist/*
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "scale-tools/.pypirc", "Python Packaging docs: The .pypirc file (packaging.python.org/en/latest/specifications/pypirc)", r"""
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

add("gitlab-ci/dockerhub-token", ".gitlab-ci.yml", "Docker docs: Personal access tokens, docker login --password-stdin (docs.docker.com/security/for-developers/access-tokens)", r"""
stages: [test, build]

variables:
  IMAGE: docker.io/valtrebbia/gestione-celle
  DOCKER_USER: valtrebbia

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  only: [main]
  script:
    - echo "@@secret@@" | docker login -u "$DOCKER_USER" --password-stdin
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" -t "$IMAGE:latest" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"
    - docker push "$IMAGE:latest"
""", "dckr_pat_" + chars(27, URLSAFE))

add("k8s-secret/postgres-password", "k8s/clickcollect/db-secret.yaml", "Kubernetes docs: Secrets, data values are base64 (kubernetes.io/docs/concepts/configuration/secret)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: clickcollect-db
  namespace: shop
type: Opaque
data:
  username: @@user@@
  password: @@pw@@
  host: @@host@@
  database: @@db@@
""", _PW := rand_pw(24), pw=b64(_PW), user=b64("clickcollect"), host=b64("10.20.0.12"), db=b64("clickcollect"))

add("k8s-secret/redis-password", "k8s/orders/redis-secret.yaml", "Kubernetes docs: Secrets, stringData (kubernetes.io/docs/concepts/configuration/secret)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: orders-redis
  namespace: shop
  labels:
    app: orders
type: Opaque
stringData:
  REDIS_URL: "redis://:@@secret@@@redis-master.shop.svc.cluster.local:6379/2"
  QUEUE_NAME: "pickup-orders"
""", fakes.redis_password(_seed()))

add("json/docker-registry-password", "ops/docker/config.json", "Docker docs: docker login, credentials stored base64 in config.json (docs.docker.com/reference/cli/docker/login)", r"""
{
  "auths": {
    "registry.gastronomiarinaldi.it": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", _PW := words_pw(True), auth=b64("deploy:" + _PW))

add("ansible/mysql-password", "ansible/group_vars/negozio.yml", "Ansible docs: community.mysql.mysql_user, login_password (docs.ansible.com/ansible/latest/collections/community/mysql)", r"""
---
# Server del negozio (gestionale, bilance, stampanti) - Macelleria Bernardi
timezone: Europe/Rome
ntp_server: ntp1.inrim.it

mysql_root_user: root
mysql_root_password: "@@secret@@"
mysql_databases:
  - name: gestionale
  - name: bilance
mysql_users:
  - name: gestionale
    host: "192.168.1.%"
    priv: "gestionale.*:ALL"
    password: "{{ vault_mysql_gestionale_password }}"

backup_dir: /srv/backup/mysql
backup_keep_days: 30
""", words_pw(True))

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "Terraform Cloudflare provider docs: api_token argument (registry.terraform.io/providers/cloudflare/cloudflare/latest/docs)", r"""
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "@@zone@@"
}

resource "cloudflare_record" "order" {
  zone_id = var.zone_id
  name    = "order"
  content = "203.0.113.40"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "temps" {
  zone_id = var.zone_id
  name    = "temps"
  content = "203.0.113.41"
  type    = "A"
  proxied = true
}
""", chars(40, URLSAFE), zone=hexs(32))

add("compose/redis-password", "deploy/docker-compose.prod.yml", "Redis docs: requirepass; Docker Compose command override (redis.io/docs/latest/operate/oss_and_stack/management/security)", r"""
services:
  app:
    image: ghcr.io/brookline-deli/catering:1.19.0
    restart: always
    env_file: .env.production
    depends_on: [redis]
    ports: ["127.0.0.1:8000:8000"]

  worker:
    image: ghcr.io/brookline-deli/catering:1.19.0
    restart: always
    env_file: .env.production
    command: ["celery", "-A", "catering", "worker", "-l", "info"]
    depends_on: [redis]

  redis:
    image: redis:7.2-alpine
    restart: always
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes:
      - redis-data:/data

volumes:
  redis-data:
""", fakes.redis_password(_seed()))

add("shell/mysql-password", "backup/backup_gestionale.sh", "MySQL docs: mysqldump, --password on the command line (dev.mysql.com/doc/refman/8.0/en/mysqldump.html)", r"""
#!/bin/bash
# Backup notturno del gestionale (cron 02:30) -> NAS + copia fuori sede
set -euo pipefail
DATA=$(date +%Y%m%d)
DEST=/mnt/nas/backup/gestionale
mkdir -p "$DEST"

mysqldump --single-transaction --routines -u backup -p'@@secret@@' gestionale \
  | gzip > "$DEST/gestionale-$DATA.sql.gz"

mysqldump --single-transaction -u backup -p'@@secret@@' bilance \
  | gzip > "$DEST/bilance-$DATA.sql.gz"

find "$DEST" -name '*.sql.gz' -mtime +30 -delete
rclone copy "$DEST" b2-fuori-sede:bernardi-backup/gestionale --max-age 24h
""", words_pw(True, "!#%*._-"))

add("powershell/windows-password", "scripts/Register-ScaleExportTask.ps1", "Microsoft docs: Register-ScheduledTask -User -Password (learn.microsoft.com/powershell/module/scheduledtasks/register-scheduledtask)", r"""
# Registers the nightly scale sales export on the back-office PC (runs as the svc account).
$action  = New-ScheduledTaskAction -Execute 'C:\ScaleExport\ScaleExport.exe' -Argument '--day yesterday'
$trigger = New-ScheduledTaskTrigger -Daily -At 1:15am
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 1)

Register-ScheduledTask -TaskName 'Scale sales export' `
    -Action $action -Trigger $trigger -Settings $settings `
    -User 'HARTLEY\svc-scaleexport' -Password '@@secret@@' `
    -RunLevel Highest -Force

Write-Host 'Registered. Check Task Scheduler > Scale sales export after 01:15.'
""", words_pw())

add("terraform/digitalocean-token", "infra/terraform.tfvars", "Terraform DigitalOcean provider docs: token argument (registry.terraform.io/providers/digitalocean/digitalocean/latest/docs)", r"""
do_token        = "@@secret@@"
region          = "lon1"
droplet_size    = "s-2vcpu-4gb"
ssh_key_names   = ["tom-laptop", "ci-deploy"]
domain          = "hartleybutchers.co.uk"
backup_enabled  = true
""", "dop_v1_" + hexs(64))

add("github-actions/sentry-auth-token", ".github/workflows/storefront-release.yml", "Sentry docs: Auth tokens, sentry-cli releases and sourcemaps (docs.sentry.io/account/auth-tokens)", r"""
name: storefront release

on:
  workflow_dispatch:
  push:
    tags: ["storefront@*"]

jobs:
  release:
    runs-on: ubuntu-latest
    env:
      SENTRY_ORG: oak-and-cleaver
      SENTRY_PROJECT: storefront
      SENTRY_AUTH_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build --workspace apps/storefront
      - name: Upload sourcemaps
        run: |
          npx @sentry/cli releases new "$GITHUB_REF_NAME"
          npx @sentry/cli sourcemaps upload --release "$GITHUB_REF_NAME" apps/storefront/.next
          npx @sentry/cli releases finalize "$GITHUB_REF_NAME"
""", "sntrys_" + b64(json.dumps({"iat": 1726000000.1, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "oak-and-cleaver"}, separators=(",", ":"))).rstrip("=") + "_" + chars(43, ALNUM + "+/"))

add("npmrc/npm-token", "apps/storefront/.npmrc", "npm docs: .npmrc auth tokens, _authToken (docs.npmjs.com/cli/v10/configuring-npm/npmrc)", r"""
@oakandcleaver:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("python/github-token", "tools/open_label_change_issue.py", "GitHub docs: fine-grained personal access tokens, REST API create an issue (docs.github.com/rest/issues/issues)", r'''
#!/usr/bin/env python3
"""When the quality team changes an ingredient list, open an issue to reprint the affected labels."""
import argparse

import requests

REPO = "oak-and-cleaver/labels"
GITHUB_TOKEN = "@@secret@@"


def open_issue(product: str, change: str, lots: list[str]) -> str:
    body = (
        f"**Product:** {product}\n\n**Change:** {change}\n\n"
        "**Lots still in stock with the old label:**\n" + "\n".join(f"- {lot}" for lot in lots)
    )
    r = requests.post(
        f"https://api.github.com/repos/{REPO}/issues",
        json={"title": f"Reprint labels: {product}", "body": body, "labels": ["reprint", "allergens"]},
        headers={"Authorization": f"Bearer {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["html_url"]


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("product")
    p.add_argument("change")
    p.add_argument("lots", nargs="*")
    a = p.parse_args()
    print(open_issue(a.product, a.change, a.lots))
''', fakes.github_fine_grained_token(_seed()))

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "Datadog docs: Agent configuration file, api_key (docs.datadoghq.com/agent/configuration/agent-configuration-files)", r"""
api_key: @@secret@@
site: datadoghq.eu
hostname: shop-server-frome
tags:
  - env:production
  - site:frome
  - role:backoffice

logs_enabled: true
process_config:
  process_collection:
    enabled: false

apm_config:
  enabled: false

# cold-room MQTT bridge and label bridge run as systemd units on this box
logs:
  - type: journald
    include_units:
      - labelbridge.service
      - mqtt-bridge.service
""", hexs(32))

add("ini/backblaze-app-key", "ops/rclone/rclone.conf", "rclone docs: Backblaze B2, account and key (rclone.org/b2)", r"""
[b2-fuori-sede]
type = b2
account = @@kid@@
key = @@secret@@
hard_delete = false

[nas]
type = sftp
host = 192.168.1.10
user = rclone
key_file = /root/.ssh/id_ed25519_nas
shell_type = unix
""", "K005" + chars(27, ALNUM + "/+"), kid="005" + hexs(22))

add("shell/backup-passphrase", "backup/restic-nightly.sh", "restic docs: RESTIC_PASSWORD environment variable (restic.readthedocs.io/en/stable/040_backup.html)", r"""
#!/bin/sh
# Nightly restic backup of the back-office server to Backblaze (Salumeria Corradi)
export RESTIC_REPOSITORY="b2:corradi-backup:server"
export RESTIC_PASSWORD="@@secret@@"
export B2_ACCOUNT_ID="$(cat /etc/restic/b2_account_id)"
export B2_ACCOUNT_KEY="$(cat /etc/restic/b2_account_key)"

restic backup /srv/gestionale /srv/cassa-sync /etc --exclude-caches --tag notturno
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
restic check --read-data-subset=2%
""", passphrase())

add("yaml/azure-client-secret", "mailer/appsettings.yaml", "Microsoft identity platform docs: client credentials flow, client secret (learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow)", r"""
# Sends delivery notes and statements from accounts@ via Microsoft Graph (no SMTP AUTH)
graph:
  tenant_id: "@@tenant@@"
  client_id: "@@client@@"
  client_secret: "@@secret@@"
  sender: accounts@hartleybutchers.co.uk
  scopes:
    - https://graph.microsoft.com/.default

statements:
  day: Monday
  time: "06:00"
  attach_pdf: true
  cc: office@hartleybutchers.co.uk
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("csharp/azure-storage-key", "ScaleExport/Program.cs", "Microsoft docs: Azure Storage connection strings with AccountKey (learn.microsoft.com/azure/storage/common/storage-configure-connection-string)", r"""
using System;
using System.IO;
using Azure.Storage.Blobs;

namespace ScaleExport
{
    internal static class Program
    {
        private const string Connection =
            "DefaultEndpointsProtocol=https;AccountName=hartleyscales;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        private static int Main(string[] args)
        {
            DateTime day = args.Length > 1 && args[1] == "yesterday" ? DateTime.Today.AddDays(-1) : DateTime.Today;
            string file = Path.Combine(@"C:\ScaleExport\out", $"sales_{day:yyyyMMdd}.csv");
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"no export for {day:d}");
                return 1;
            }
            var container = new BlobContainerClient(Connection, "scale-sales");
            container.CreateIfNotExists();
            using FileStream stream = File.OpenRead(file);
            container.UploadBlob($"{day:yyyy/MM}/{Path.GetFileName(file)}", stream);
            Console.WriteLine($"uploaded {file}");
            return 0;
        }
    }
}
""", b64_bytes(64))

add("properties/mysql-password", "ordini-ingrosso/src/main/resources/application.properties", "Spring Boot docs: Data properties, spring.datasource.password (docs.spring.io/spring-boot/appendix/application-properties)", r"""
# Portale ordini ingrosso - Gastronomia Rinaldi (catering e ristoranti)
spring.application.name=ordini-ingrosso
server.port=8081
server.servlet.context-path=/ingrosso

spring.datasource.url=jdbc:mysql://192.168.10.20:3306/ingrosso?useSSL=false&serverTimezone=Europe/Rome
spring.datasource.username=ingrosso
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=8
spring.jpa.hibernate.ddl-auto=validate

ordini.orario-chiusura=14:00
ordini.giorni-consegna=MARTEDI,GIOVEDI,SABATO
ordini.importo-minimo=150.00
spring.mail.host=smtp.gastronomiarinaldi.it
spring.mail.port=587
spring.mail.username=ordini@gastronomiarinaldi.it
spring.mail.password=${MAIL_PASSWORD}
""", words_pw(True))

add("plist/postgres-password", "ops/launchd/uk.oakandcleaver.labelsync.plist", "Apple docs: launchd.plist, EnvironmentVariables (developer.apple.com/library/archive/documentation/MacOSX/Conceptual/BPSystemStartup)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Label</key>
	<string>uk.oakandcleaver.labelsync</string>
	<key>ProgramArguments</key>
	<array>
		<string>/usr/local/bin/labelsync</string>
		<string>--watch</string>
		<string>/Users/office/Labels/Outbox</string>
	</array>
	<key>EnvironmentVariables</key>
	<dict>
		<key>DATABASE_URL</key>
		<string>postgresql://labelsync:@@secret@@@10.10.2.15:5432/trace</string>
		<key>PRINTER</key>
		<string>zt411-packing</string>
	</dict>
	<key>RunAtLoad</key>
	<true/>
	<key>KeepAlive</key>
	<true/>
	<key>StandardErrorPath</key>
	<string>/Users/office/Library/Logs/labelsync.err</string>
</dict>
</plist>
""", url_pw())

add("log/postgres-password", "logs/trace-import-2024-11-12.log", "Application log (plain text) echoing its database URL at start-up", r"""
2024-11-12 05:00:01.204 INFO  [main] trace-import 2.3.0 starting (profile=prod)
2024-11-12 05:00:01.207 INFO  [main] config: inbox=/srv/tracciabilita/arrivi/2024/11 archive=/srv/tracciabilita/archivio
2024-11-12 05:00:01.209 INFO  [main] config: db=postgresql://trace_app:@@secret@@@10.10.2.15:5432/trace?sslmode=disable
2024-11-12 05:00:01.533 INFO  [main] connected to PostgreSQL 15.8
2024-11-12 05:00:01.612 INFO  [import] DDT_2024_11_11_4471.csv: 12 lots, 318 legs
2024-11-12 05:00:01.902 INFO  [import] DDT_2024_11_11_4472.csv: 3 lots, 96 legs
2024-11-12 05:00:02.011 WARN  [import] DDT_2024_11_11_4473.csv: lot MC-24-4490 already imported, skipped
2024-11-12 05:00:02.140 INFO  [import] done: 2 files imported, 1 skipped, 0 errors
""", url_pw(True))

add("notebook/postgres-password", "analysis/christmas_orders_2024.ipynb", "SQLAlchemy docs: create_engine database URLs (docs.sqlalchemy.org/en/20/core/engines.html)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Christmas 2024 pre-orders\n", "How many turkeys, gammons and rib joints to order from the farms, by collection day."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine('postgresql+psycopg2://analyst:@@secret@@@10.20.0.12:5432/clickcollect')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "q = '''SELECT o.collection_date, l.sku, SUM(l.quantity) AS qty\n",
    "       FROM orders o JOIN order_lines l ON l.order_id = o.id\n",
    "       WHERE o.collection_date BETWEEN '2024-12-20' AND '2024-12-24' AND o.status <> 'cancelled'\n",
    "       GROUP BY 1, 2 ORDER BY 1, 2'''\n",
    "df = pd.read_sql(q, engine)\n",
    "df.pivot(index='sku', columns='collection_date', values='qty').fillna(0).astype(int)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.12.2"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", url_pw())

add("python/django-secret-key", "wholesale/settings.py", "Django docs: SECRET_KEY setting (docs.djangoproject.com/en/5.0/ref/settings/#secret-key)", r'''
"""Django settings for the Hartley & Sons trade portal."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["trade.hartleybutchers.co.uk"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "accounts",
    "standing_orders",
    "rounds",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "trade",
        "HOST": "/var/run/postgresql",
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
STATIC_ROOT = BASE_DIR / "static"
ORDER_CUTOFF = "14:00"
''', fakes.django_secret_key(_seed()))

_GCP = pem("", 20, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ").replace("\n", "\\n")
add("json/gcp-service-account-key", "reports/keys/valtrebbia-reports-sa.json", "Google Cloud docs: service account key file format (cloud.google.com/iam/docs/keys-create-delete)", r"""
{
  "type": "service_account",
  "project_id": "valtrebbia-reports",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\n",
  "client_email": "sheets-export@valtrebbia-reports.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-export%40valtrebbia-reports.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _GCP, kid=hexs(40), cid=digits(21))

add("shell/gitlab-trigger-token", "tools/trigger-label-rebuild.sh", "GitLab docs: Trigger pipelines by using the API, trigger tokens (docs.gitlab.com/ee/ci/triggers)", r"""
#!/usr/bin/env bash
# Called by the product sheet macro when allergens change: rebuilds every label template.
set -euo pipefail
PRODUCT="${1:?product code}"

curl -sS -X POST --fail \
  -F token=@@secret@@ \
  -F ref=main \
  -F "variables[PRODUCT]=$PRODUCT" \
  https://gitlab.com/api/v4/projects/48213377/trigger/pipeline | jq -r '.web_url'
""", "glptt-" + hexs(40))

add("conf/wifi-password", "gateway/wpa_supplicant.conf", "wpa_supplicant docs: wpa_supplicant.conf, network block psk (w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf)", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# back-office network (cold-room gateway Pi in the prep room)
network={
    ssid="Hartley-Office"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}

# fallback: shop guest network, no access to the scales VLAN
network={
    ssid="Hartley-Guest"
    key_mgmt=NONE
    priority=1
}
""", passphrase(False))

add("conf/wireguard-private-key", "ops/wireguard/wg-negozio.conf", "WireGuard docs: wg-quick configuration, [Interface] PrivateKey (www.wireguard.com/quickstart)", r"""
# Tunnel negozio Via Farini -> laboratorio (accesso bilance e gestionale)
[Interface]
Address = 10.77.0.2/24
PrivateKey = @@secret@@
DNS = 192.168.1.1

[Peer]
# laboratorio (FritzBox)
PublicKey = @@pub@@
Endpoint = lab-bernardi.myfritz.net:51820
AllowedIPs = 10.77.0.0/24, 192.168.50.0/24
PersistentKeepalive = 25
""", wg_key(), pub=wg_key())

_OVPN_KEY = pem("", 12, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")
add("ovpn/openvpn-private-key", "ops/vpn/ufficio-laptop.ovpn", "OpenVPN docs: inline certificates and keys in the client config (openvpn.net/community-resources/reference-manual-for-openvpn-2-6)", r"""
client
dev tun
proto udp
remote vpn.salumificiovaltrebbia.it 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
@@ca@@
</ca>
<cert>
@@cert@@
</cert>
<key>
@@secret@@
</key>
""", _OVPN_KEY, ca=cert_pem(9), cert=cert_pem(9))

add("ini/ldap-bind-password", "ops/sssd/sssd.conf", "SSSD docs: sssd-ldap, ldap_default_bind_dn and ldap_default_authtok (man7.org/linux/man-pages/man5/sssd-ldap.5.html)", r"""
[sssd]
services = nss, pam
domains = valtrebbia.local

[domain/valtrebbia.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.valtrebbia.local
ldap_search_base = dc=valtrebbia,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=Servizi,dc=valtrebbia,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/ssl/certs/valtrebbia-ca.pem
cache_credentials = true
enumerate = false
access_provider = simple
simple_allow_groups = tecnici, qualita
""", words_pw(True))

add("markdown/nas-admin-password", "docs/it-handover.md", "Synology DSM docs: admin account and DSM login (kb.synology.com)", r"""
# IT handover -- Hartley & Sons (Ludlow)

From Tom (leaving end of November) to Priya.

## The back office
- **Synology DS920+** (`office-nas`, 192.168.10.10): scale exports, label archive, HACCP PDFs,
  Time Machine for the office Mac.
- **Ubiquiti** gateway and two access points; the controller runs on the NAS in Docker.
- **Pi 4** in the prep room: cold-room sensors (MQTT) and the Telegram alarms.

## Logins you will need
- NAS (DSM, https://192.168.10.10:5001): user `tomadmin`, password `@@secret@@`
  -- please create your own admin account and disable mine once you are in.
- UniFi controller: same login as the NAS for now.
- Pi: SSH key only, your key is already in `authorized_keys`.

## Things that break
1. The scales stop syncing after a power cut -> restart the `scale-sync` container on the NAS.
2. Label printer shows HEAD OPEN -> it usually is; close it firmly.
3. Card machine offline -> it is on 4G, nothing to do with our Wi-Fi.
""", words_pw())

add("markdown/firewall-admin-password", "docs/network.md", "Fortinet docs: FortiGate administrator accounts (docs.fortinet.com)", r"""
# Network -- shop, cutting room and curing room (Oak & Cleaver, Frome)

## Layout
- Internet: FTTP (BT Business), static IP `203.0.113.77`
- Firewall: **FortiGate 40F** in the comms cabinet behind the cutting room, `10.10.0.254`
- VLAN 10 office, VLAN 20 scales and label printers, VLAN 30 curing-room sensors, VLAN 99 guests
- Wi-Fi: two FortiAPs, SSIDs "OakCleaver-Staff" (VLAN 10) and "OakCleaver-Guest" (VLAN 99)

## Firewall access
- web UI: `https://10.10.0.254:8443` (from VLAN 10 only)
- admin user: `oc-admin`
- password: `@@secret@@`
- our IT contractor (Mendip IT) has their own account with 2FA

## Rules to remember
1. Scales (VLAN 20) can only reach the NAS and the label bridge.
2. Sensors (VLAN 30) only talk to the MQTT broker and to the internet on 443.
3. Guests see nothing of the internal network.

Config backup: System > Settings > Backup, every time anything changes.
""", words_pw())

add("text/sip-password", "note/centralino-voip.txt", "Appunti interni; configurazione account SIP su telefono IP (RFC 3261)", r"""
CENTRALINO / TELEFONO ORDINI - Gastronomia Rinaldi
aggiornato: 14/10/2024 (Chiara)

Linea ordini telefonici 051 555 0199 -> telefono Yealink T46U al banco
Operatore VoIP: Messagenet

Account SIP per il telefono del banco:
  server/registrar: sip.messagenet.it
  utente SIP: 5301872
  password SIP: @@secret@@
  porta: 5061 (TLS)

Il secondo telefono (laboratorio) usa l'interno 11, stessi dati ma utente 5301872-11.
Se il telefono non registra: riavviarlo, poi controllare sul portale Messagenet che la linea sia attiva.
Fuori orario la chiamata va in segreteria e arriva una mail a ordini@gastronomiarinaldi.it
""", rand_pw(16))

add("batch/smb-password", "scripts/mappa_unita.bat", "Microsoft docs: net use, mapping a drive with a password (learn.microsoft.com/windows-server/administration/windows-commands/net-use)", r"""
@echo off
rem Mappa le cartelle del NAS sul PC del banco (avvio automatico)
rem Z: listini e PLU bilance, Y: etichette, X: HACCP
net use Z: /delete /y >nul 2>&1
net use Y: /delete /y >nul 2>&1
net use X: /delete /y >nul 2>&1

net use Z: \\nas-ufficio\bilance /user:NAS-UFFICIO\banco @@secret@@ /persistent:no
net use Y: \\nas-ufficio\etichette /persistent:no
net use X: \\nas-ufficio\haccp /persistent:no

if errorlevel 1 (
  echo Impossibile collegare le unita' di rete. Controllare che il NAS sia acceso.
  pause
)
""", url_pw(True))

add("python/openai-api-key", "content/product_descriptions.py", "OpenAI docs: API keys and the Python SDK (platform.openai.com/docs/quickstart)", r'''
"""Draft web-shop descriptions for new charcuterie lines from the production sheet (a human edits them)."""
import csv
import sys

from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "Write a 60-word shop description for a British craft charcuterie product. "
    "Mention the cut, the cure, the ageing time and one serving idea. No health claims."
)


def describe(row: dict) -> str:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": PROMPT},
            {"role": "user", "content": f"{row['name']}: {row['cut']}, {row['cure']}, aged {row['days']} days"},
        ],
        temperature=0.6,
    )
    return response.choices[0].message.content.strip()


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            print(f"## {row['name']}\n{describe(row)}\n")
''', fakes.openai_key(_seed()))

add("typescript/anthropic-api-key", "scripts/recipe-cards.ts", "Anthropic docs: API keys, x-api-key header, TypeScript SDK (docs.anthropic.com/en/api/getting-started)", r"""
import Anthropic from "@anthropic-ai/sdk";
import { readFileSync, writeFileSync } from "node:fs";

// Recipe cards printed for the counter: "what to do with ox cheek", "brisket low and slow", ...
const anthropic = new Anthropic({ apiKey: "@@secret@@" });

const cuts: { cut: string; weightKg: number }[] = JSON.parse(readFileSync("data/cuts-of-the-week.json", "utf8"));

async function card(cut: string, weightKg: number): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 400,
    messages: [
      {
        role: "user",
        content: `A short recipe card (ingredients + 5 steps) for ${weightKg} kg of ${cut}, home oven, British measures.`,
      },
    ],
  });
  return msg.content.map((b) => ("text" in b ? b.text : "")).join("");
}

const out: string[] = [];
for (const { cut, weightKg } of cuts) out.push(`# ${cut}\n\n${await card(cut, weightKg)}\n`);
writeFileSync("out/recipe-cards.md", out.join("\n"));
""", anthropic_key())

add("json/airtable-token", "automations/airtable-sync.json", "Airtable docs: Personal access tokens (airtable.com/developers/web/guides/personal-access-tokens)", r"""
{
  "name": "standing-orders-to-airtable",
  "schedule": "30 14 * * 1-5",
  "source": {
    "type": "postgres",
    "dsn_env": "TRADE_DB_URL",
    "query": "SELECT account, sku, kg, delivery_date FROM standing_order WHERE delivery_date = CURRENT_DATE + 1"
  },
  "target": {
    "type": "airtable",
    "baseId": "appQ3x9Lr2TkWm7Vd",
    "table": "Cutting list",
    "token": "@@secret@@",
    "typecast": true
  },
  "notify": { "on_error": "ops@hartleybutchers.co.uk" }
}
""", "pat" + chars(14) + "." + hexs(64))

add("python/notion-token", "haccp/notion_checklist.py", "Notion docs: Authorization, internal integration secret (developers.notion.com/docs/authorization)", r'''
"""Copy the daily HACCP closing checklist from the tablet app into the Notion quality database."""
import datetime as dt

from notion_client import Client

notion = Client(auth="@@secret@@")
DATABASE_ID = "@@db@@"


def add_day(entries: list[dict], day: dt.date) -> None:
    for e in entries:
        notion.pages.create(
            parent={"database_id": DATABASE_ID},
            properties={
                "Date": {"date": {"start": day.isoformat()}},
                "Area": {"select": {"name": e["area"]}},
                "Check": {"title": [{"text": {"content": e["check"]}}]},
                "Result": {"select": {"name": e["result"]}},
                "Initials": {"rich_text": [{"text": {"content": e["initials"]}}]},
            },
        )
''', "secret_" + chars(43), db=hexs(32))

add("ruby/redis-password", "config/initializers/sidekiq.rb", "Sidekiq docs: Using Redis, connection URL (github.com/sidekiq/sidekiq/wiki/Using-Redis)", r"""
# Background jobs: label reprints, Square catalog sync, catering reminders
REDIS_URL = "redis://:@@secret@@@10.40.0.12:6379/0"

Sidekiq.configure_server do |config|
  config.redis = { url: REDIS_URL, network_timeout: 5 }
  config.on(:startup) do
    Sidekiq.schedule = YAML.load_file(Rails.root.join("config/schedule.yml"))
    SidekiqScheduler::Scheduler.instance.reload_schedule!
  end
end

Sidekiq.configure_client do |config|
  config.redis = { url: REDIS_URL, network_timeout: 5 }
end
""", fakes.redis_password(_seed()))

add("xml/nexus-password", "ci/maven-settings.xml", "Apache Maven docs: Settings reference, servers with username and password (maven.apache.org/settings.html)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>nexus-valtrebbia</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-valtrebbia</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.salumificiovaltrebbia.it/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(18))

add("properties/keystore-password", "android/gradle.properties", "Android docs: Sign your app, keystore and key passwords in gradle properties (developer.android.com/studio/publish/app-signing)", r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

# firma release app Ritiro in Negozio
RELEASE_STORE_FILE=../keystore/bernardi-release.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=bernardi
RELEASE_KEY_PASSWORD=@@secret@@
""", words_pw(True))

add("markdown/postgres-password", "ops/notes/2024-11-03-db-move.md", "Internal ops note; PostgreSQL docs: PGPASSWORD environment variable and pg_dump (www.postgresql.org/docs/current/libpq-envars.html)", r"""
# 2024-11-03 -- moving the click-and-collect database to the new droplet

Done on Sunday evening after the shop closed. ~25 minutes of downtime.

## Steps taken
1. Put the site in maintenance mode (`touch /srv/clickcollect/MAINTENANCE`).
2. Dumped the old database:

   ```
   PGPASSWORD='@@secret@@' pg_dump -h 10.20.0.5 -U clickcollect -Fc clickcollect > cc-2024-11-03.dump
   ```

3. Restored on the new box (`10.20.0.12`), same user and password, then ran `ANALYZE`.
4. Switched `DATABASE_URL` in the k8s secret, rolled the deployment, removed maintenance mode.

## Follow-ups
- [ ] Rotate the clickcollect DB password (it has been in shell history on two machines).
- [ ] Delete the old droplet after 2 weeks.
- [x] Check Stripe webhooks resumed (they did, 14 queued events delivered).
""", rand_pw(20))


# -- decoys: infrastructure, CI, secret stores -----------------------------------------------------

add("k8s/decoy-external-secret", "k8s/orders/external-secret.yaml", "External Secrets Operator docs: ExternalSecret with AWS Secrets Manager (external-secrets.io/latest/provider/aws-secrets-manager)", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: orders-payments
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: orders-payments
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/orders/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/orders/stripe
        property: webhook_secret
    - secretKey: POSTMARK_SERVER_TOKEN
      remoteRef:
        key: prod/orders/postmark
        property: server_token
""")

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "SOPS docs: encrypted YAML files with age (github.com/getsops/sops)", r"""
stripe:
    secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    webhook_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
database:
    password: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-11-04T18:22:09Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.1
""", d1=b64_bytes(82), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(38), iv2=b64_bytes(32), t2=b64_bytes(16),
    d3=b64_bytes(24), iv3=b64_bytes(32), t3=b64_bytes(16), age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    a1=b64_bytes(48), a2=b64_bytes(45), mac=b64_bytes(64), iv4=b64_bytes(32), t4=b64_bytes(16))

add("ansible/decoy-ansible-vault", "ansible/group_vars/laboratorio/vault.yml", "Ansible docs: Encrypting content with Ansible Vault, inline !vault (docs.ansible.com/ansible/latest/vault_guide)", r"""
---
vault_mysql_gestionale_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@v1@@
  @@v2@@
  @@v3@@
  @@v4@@
  @@v5@@
vault_fritzbox_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@w1@@
  @@w2@@
  @@w3@@
  @@w4@@
  @@w5@@
""", v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(80), v5=hexs(34), w1=hexs(80), w2=hexs(80), w3=hexs(80), w4=hexs(80), w5=hexs(34))

add("k8s/decoy-sealed-secret", "k8s/clickcollect/sealed-stripe.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData (github.com/bitnami-labs/sealed-secrets)", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: clickcollect-stripe
  namespace: shop
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@s1@@
    STRIPE_WEBHOOK_SECRET: AgC@@s2@@
  template:
    metadata:
      name: clickcollect-stripe
      namespace: shop
    type: Opaque
""", s1=b64_bytes(360), s2=b64_bytes(360))

add("dockerfile/decoy-image-digest", "services/scale-sync/Dockerfile", "Docker docs: pull an image by digest, FROM image@sha256 (docs.docker.com/reference/dockerfile/#from)", r"""
# Pinned by digest: Renovate bumps these; see renovate.json
FROM python:3.12-slim@sha256:@@d1@@ AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

FROM base AS deps
COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt

FROM base
COPY --from=deps /usr/local /usr/local
COPY --from=ghcr.io/tarampampam/curl:8.7.1@sha256:@@d2@@ /bin/curl /usr/local/bin/curl
COPY scale_sync/ scale_sync/
HEALTHCHECK --interval=60s CMD curl -fsS http://localhost:8000/health || exit 1
CMD ["python", "-m", "scale_sync"]
""", d1=sha256(), d2=sha256())

add("terraform/decoy-terraform-variable", "infra/db/variables.tf", "Terraform docs: sensitive input variables; aws_secretsmanager_secret_version data source", r"""
variable "db_username" {
  type    = string
  default = "trace_app"
}

variable "db_password" {
  type      = string
  sensitive = true
  # set with TF_VAR_db_password in the pipeline, never in tfvars
}

data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/orders/stripe"
}

resource "aws_db_instance" "trace" {
  identifier              = "trace-prod"
  engine                  = "postgres"
  engine_version          = "15.8"
  instance_class          = "db.t4g.small"
  allocated_storage       = 20
  username                = var.db_username
  password                = var.db_password
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}
""")

add("compose/decoy-docker-secret-file", "odoo/docker-compose.prod.yml", "Docker docs: Compose secrets and *_FILE environment variables (docs.docker.com/compose/how-tos/use-secrets)", r"""
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: odoo
      POSTGRES_PASSWORD_FILE: /run/secrets/odoo_db_password
    secrets: [odoo_db_password]
    volumes: [odoo-db:/var/lib/postgresql/data]

  odoo:
    image: odoo:17.0
    depends_on: [db]
    environment:
      HOST: db
      USER: odoo
      PASSWORD_FILE: /run/secrets/odoo_db_password
    secrets: [odoo_db_password, odoo_master_password]
    volumes: [odoo-data:/var/lib/odoo]

secrets:
  odoo_db_password:
    file: ./secrets/odoo_db_password.txt
  odoo_master_password:
    file: ./secrets/odoo_master_password.txt

volumes:
  odoo-db:
  odoo-data:
""")

add("shell/decoy-password-manager", "ops/bin/deploy-scale-sync.sh", "1Password CLI docs: op read secret references (developer.1password.com/docs/cli/reference/commands/read)", r"""
#!/usr/bin/env bash
# Deploys scale-sync to the office NAS. Secrets come from 1Password at deploy time.
set -euo pipefail

export SCALE_FTP_PASSWORD="$(op read 'op://Shop IT/Scales FTP/password')"
export SHOPIFY_ADMIN_API_ACCESS_TOKEN="$(op read 'op://Shop IT/Shopify inventory app/credential')"
export NAS_HOST=office-nas.local

envsubst < deploy/scale-sync.env.tmpl > /tmp/scale-sync.env
scp /tmp/scale-sync.env "admin@$NAS_HOST:/volume1/docker/scale-sync/.env"
rm -f /tmp/scale-sync.env
ssh "admin@$NAS_HOST" 'cd /volume1/docker/scale-sync && docker compose pull && docker compose up -d'
""")

add("powershell/decoy-secret-store", "scripts/Export-HaccpReport.ps1", "Microsoft docs: Microsoft.PowerShell.SecretManagement, Get-Secret (learn.microsoft.com/powershell/utility-modules/secretmanagement)", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
# Monthly HACCP temperature report -> PDF -> mailed to the EHO contact and the owner.
param([datetime] $Month = (Get-Date).AddMonths(-1))

$smtpCred = Get-Secret -Name 'HaccpMailer' -Vault 'OfficeVault'
$dbPass   = Get-Secret -Name 'TempsDbReadOnly' -Vault 'OfficeVault' -AsPlainText

$csv = Join-Path $env:TEMP "haccp-$($Month.ToString('yyyy-MM')).csv"
& 'C:\Program Files\PostgreSQL\16\bin\psql.exe' "host=10.20.0.12 dbname=temps user=temps_ro password=$dbPass" `
    -c "\copy (SELECT * FROM monthly_report('$($Month.ToString('yyyy-MM-01'))')) TO '$csv' CSV HEADER"

Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $smtpCred `
    -From 'haccp@hartleybutchers.co.uk' -To 'owner@hartleybutchers.co.uk' `
    -Subject "HACCP temperatures $($Month.ToString('MMMM yyyy'))" -Attachments $csv
""")

add("csharp/decoy-key-vault", "Shipping.Api/Program.cs", "Microsoft docs: Azure Key Vault configuration provider in ASP.NET Core (learn.microsoft.com/aspnet/core/security/key-vault-configuration)", r"""
using Azure.Identity;
using Shipping.Api.Couriers;

var builder = WebApplication.CreateBuilder(args);

// Dhl:ApiKey, Dhl:ApiSecret and Brt:Password come from Key Vault (secret names Dhl--ApiKey, ...).
var vaultUri = new Uri($"https://{builder.Configuration["KeyVaultName"]}.vault.azure.net/");
builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential());

builder.Services.Configure<DhlOptions>(builder.Configuration.GetSection("Dhl"));
builder.Services.AddHttpClient<DhlClient>();
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();
""")

add("java/decoy-secrets-manager", "trace-service/src/main/java/uk/oakandcleaver/trace/DbCredentials.java", "AWS SDK for Java 2.x docs: Secrets Manager GetSecretValue (docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets-java-sdk.html)", r"""
package uk.oakandcleaver.trace;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

public final class DbCredentials {

    private static final String SECRET_ARN =
        "arn:aws:secretsmanager:eu-west-2:481237650912:secret:prod/trace/db-Xk3PqL";

    private DbCredentials() {
    }

    public static String json() {
        try (SecretsManagerClient client = SecretsManagerClient.builder().region(Region.EU_WEST_2).build()) {
            return client.getSecretValue(GetSecretValueRequest.builder().secretId(SECRET_ARN).build()).secretString();
        }
    }
}
""")

add("php/decoy-env-reference", "wp-config.php", "WordPress docs: Editing wp-config.php; getenv for twelve-factor deployments (developer.wordpress.org/advanced-administration/wordpress/wp-config)", r"""
<?php
/** wp-config for shop.hartleybutchers.co.uk -- every secret comes from the environment (Docker). */

define( 'DB_NAME',     getenv( 'WORDPRESS_DB_NAME' ) ?: 'shop' );
define( 'DB_USER',     getenv( 'WORDPRESS_DB_USER' ) ?: 'shop' );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST',     getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );
define( 'DB_CHARSET',  'utf8mb4' );
define( 'DB_COLLATE',  '' );

foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
                 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
	define( $name, getenv( 'WORDPRESS_' . $name ) );
}

$table_prefix = 'hb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_ENVIRONMENT_TYPE', 'production' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("ruby/decoy-credentials-reference", "config/initializers/payments.rb", "Rails guides: Custom credentials, Rails.application.credentials (guides.rubyonrails.org/security.html#custom-credentials)", r"""
# Keys live in config/credentials/production.yml.enc (master key on the server only).
Rails.application.config.to_prepare do
  creds = Rails.application.credentials

  Stripe.api_key = creds.dig(:stripe, :secret_key)
  Stripe.api_version = "2024-06-20"

  Catering::Doordash.configure do |c|
    c.developer_id   = creds.dig(:doordash, :developer_id)
    c.key_id         = creds.dig(:doordash, :key_id)
    c.signing_secret = creds.dig(:doordash, :signing_secret)
  end

  Rails.logger.info("[payments] stripe configured: #{Stripe.api_key.present?}")
end
""")

add("go/decoy-aws-example", "internal/archive/uploader_test.go", "AWS docs: example credentials AKIAIOSFODNN7EXAMPLE (docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html)", r"""
package archive

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// The documented AWS example credentials: the fake S3 server accepts anything.
var testCreds = credentials.NewStaticCredentialsProvider(
	"AKIAIOSFODNN7EXAMPLE",
	"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	"",
)

func TestUploadLabelPDF(t *testing.T) {
	srv := newFakeS3(t)
	defer srv.Close()

	u := NewUploader(aws.Config{Region: "eu-west-2", Credentials: testCreds, BaseEndpoint: aws.String(srv.URL)}, "labels-test")
	key, err := u.Upload(context.Background(), "L24-311/0042.pdf", []byte("%PDF-1.7 test"))
	if err != nil {
		t.Fatal(err)
	}
	if key != "labels/L24-311/0042.pdf" {
		t.Fatalf("unexpected key %q", key)
	}
}
""")

add("properties/decoy-env-reference", "trace-service/src/main/resources/application.properties", "Spring Boot docs: Externalized configuration, ${...} placeholders (docs.spring.io/spring-boot/reference/features/external-config.html)", r"""
spring.application.name=trace-service
server.port=8085
spring.datasource.url=jdbc:postgresql://${TRACE_DB_HOST:10.10.2.15}:5432/trace
spring.datasource.username=${TRACE_DB_USER:trace_app}
spring.datasource.password=${TRACE_DB_PASSWORD}
spring.rabbitmq.host=${RABBIT_HOST:localhost}
spring.rabbitmq.password=${RABBIT_PASSWORD:}
trace.label-archive.bucket=oakandcleaver-label-archive
trace.recall.notify=quality@oakandcleaver.co.uk
management.endpoints.web.exposure.include=health,info
""")

add("xml/decoy-env-reference", "ci/settings-release.xml", "Apache Maven docs: Settings, environment variables ${env.X} in settings.xml (maven.apache.org/settings.html#quick-overview)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>nexus-valtrebbia-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>gpg.passphrase</id>
      <passphrase>${env.GPG_PASSPHRASE}</passphrase>
    </server>
  </servers>
</settings>
""")

add("ini/decoy-env-reference", "ops/supervisor/labelbridge.conf", "Supervisor docs: environment variables in config, %(ENV_X)s expansion (supervisord.org/configuration.html)", r"""
[program:labelbridge]
command=/opt/labelbridge/venv/bin/python -m labelbridge --listen 0.0.0.0:9100
directory=/opt/labelbridge
user=labelbridge
autostart=true
autorestart=true
startsecs=5
environment=PRINTER_ADMIN_PASSWORD="%(ENV_PRINTER_ADMIN_PASSWORD)s",DB_PASSWORD="%(ENV_LABELBRIDGE_DB_PASSWORD)s",LOG_LEVEL="info"
stdout_logfile=/var/log/labelbridge/out.log
stderr_logfile=/var/log/labelbridge/err.log
stdout_logfile_maxbytes=10MB
stdout_logfile_backups=5
""")

add("env/decoy-ci-default", ".env.ci", "GitHub docs: PostgreSQL service containers with the image's default test credentials (docs.github.com/actions/using-containerized-services)", r"""
# CI only: the throwaway postgres/redis service containers of the test job
APP_ENV=test
DATABASE_URL=postgres://postgres:postgres@localhost:5432/clickcollect_test
REDIS_URL=redis://localhost:6379/15
STRIPE_SECRET_KEY=sk_test_dummy
STRIPE_WEBHOOK_SECRET=whsec_dummy
MAIL_BACKEND=memory
ORDER_CUTOFF_HOUR=16
""")

add("github-actions/decoy-ci-service-password", ".github/workflows/test.yml", "GitHub docs: Creating PostgreSQL service containers (docs.github.com/actions/use-cases-and-examples/using-containerized-services/creating-postgresql-service-containers)", r"""
name: tests

on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: trade_test
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/trade_test
      DJANGO_SECRET_KEY: insecure-test-key-only-for-ci
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      - run: python manage.py test --parallel
""")

add("json/decoy-integrity-hash", "apps/storefront/package-lock.json", "npm docs: package-lock.json, integrity (Subresource Integrity sha512) (docs.npmjs.com/cli/v10/configuring-npm/package-lock-json)", r"""
{
  "name": "storefront",
  "version": "2024.11.3",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "storefront",
      "version": "2024.11.3",
      "dependencies": { "@stripe/stripe-js": "^4.8.0", "next": "14.2.15", "stripe": "^16.12.0" }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.8.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.8.0.tgz",
      "integrity": "sha512-@@i1@@",
      "license": "MIT"
    },
    "node_modules/next": {
      "version": "14.2.15",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.15.tgz",
      "integrity": "sha512-@@i2@@",
      "license": "MIT"
    },
    "node_modules/stripe": {
      "version": "16.12.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.12.0.tgz",
      "integrity": "sha512-@@i3@@",
      "license": "MIT"
    }
  }
}
""", i1=b64_bytes(64), i2=b64_bytes(64), i3=b64_bytes(64))

add("toml/decoy-checksum", "route-planner/Cargo.lock", "Cargo docs: Cargo.lock, package checksums (doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html)", r"""
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "reqwest"
version = "0.12.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "route-planner"
version = "0.4.1"
dependencies = [
 "reqwest",
 "serde",
]

[[package]]
name = "serde"
version = "1.0.210"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256(), c2=sha256())

add("text/decoy-pip-hashes", "services/scale-sync/requirements.txt", "pip docs: Secure installs, hash-checking mode --hash (pip.pypa.io/en/stable/topics/secure-installs)", r"""
# generated by pip-compile --generate-hashes
paho-mqtt==2.1.0 \
    --hash=sha256:@@h1@@ \
    --hash=sha256:@@h2@@
requests==2.32.3 \
    --hash=sha256:@@h3@@ \
    --hash=sha256:@@h4@@
python-dotenv==1.0.1 \
    --hash=sha256:@@h5@@
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), h5=sha256())

add("json/decoy-lockfile-hash", "composer.lock", "Composer docs: the lock file, source references and dist shasum (getcomposer.org/doc/01-basic-usage.md#composer-lock-the-lock-file)", r"""
{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "This file is @generated automatically"
    ],
    "content-hash": "@@ch@@",
    "packages": [
        {
            "name": "automattic/woocommerce",
            "version": "3.1.0",
            "source": {
                "type": "git",
                "url": "https://github.com/woocommerce/wc-api-php.git",
                "reference": "@@r1@@"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/woocommerce/wc-api-php/zipball/@@r1@@",
                "reference": "@@r1@@",
                "shasum": ""
            },
            "require": { "ext-curl": "*", "ext-json": "*", "php": ">= 7.1.0" },
            "type": "library"
        }
    ],
    "packages-dev": [],
    "plugin-api-version": "2.6.0"
}
""", ch=hexs(32), r1=hexs(40))

add("ssh/decoy-public-key", "ops/ssh/authorized_keys", "OpenSSH docs: sshd AUTHORIZED_KEYS file format (man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT)", r"""
# prep-room Pi (cold-room gateway): who may log in as pi
@@k1@@
@@k2@@
from="192.168.10.0/24" @@k3@@
command="/usr/local/bin/pull-temps",no-pty,no-port-forwarding @@k4@@
""", k1=ssh_pub("tom@hartley-mbp"), k2=ssh_pub("priya@office-pc"), k3=ssh_pub("nas-backup@office-nas"), k4=ssh_pub("ci-deploy"))


# -- decoys: public keys, logs, docs and the rest -------------------------------------------------

add("conf/decoy-public-key", "ops/wireguard/wg0-laboratorio.conf", "WireGuard docs: wg-quick, PostUp loading the private key from a file; peers by public key (www.wireguard.com/quickstart)", r"""
# Server WireGuard in laboratorio (FritzBox inoltra la 51820/udp)
# La chiave privata NON sta qui: /etc/wireguard/private.key (chmod 600), caricata da PostUp.
[Interface]
Address = 10.77.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# negozio Via Farini
PublicKey = @@p1@@
AllowedIPs = 10.77.0.2/32

[Peer]
# portatile titolare
PublicKey = @@p2@@
AllowedIPs = 10.77.0.3/32

[Peer]
# tecnico bilance (attivare solo su richiesta)
PublicKey = @@p3@@
AllowedIPs = 10.77.0.9/32
""", p1=wg_key(), p2=wg_key(), p3=wg_key())

add("pem/decoy-certificate", "ops/tls/order.hartleybutchers.co.uk.fullchain.pem", "RFC 7468: textual encoding of X.509 certificates (datatracker.ietf.org/doc/html/rfc7468)", r"""
@@c1@@
@@c2@@
""", c1=cert_pem(14), c2=cert_pem(12))

add("asc/decoy-pgp-public-key", "docs/keys/accounts-oakandcleaver.asc", "RFC 4880: OpenPGP ASCII armor, public key block (datatracker.ietf.org/doc/html/rfc4880#section-6.2)", r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: accounts@oakandcleaver.co.uk -- encrypt trade price lists to this key

mQINBG@@b1@@
@@b2@@
@@b3@@
@@b4@@
@@b5@@
@@b6@@
@@b7@@
@@b8@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", b1=chars(58, ALNUM + "+/"), b2=chars(64, ALNUM + "+/"), b3=chars(64, ALNUM + "+/"), b4=chars(64, ALNUM + "+/"),
    b5=chars(64, ALNUM + "+/"), b6=chars(64, ALNUM + "+/"), b7=chars(64, ALNUM + "+/"), b8=chars(40, ALNUM + "+/"), crc=chars(4, ALNUM + "+/"))

add("log/decoy-request-ids", "logs/nginx/order.access.log", "nginx docs: log_format with $request_id (nginx.org/en/docs/http/ngx_http_log_module.html)", r"""
203.0.113.18 - - [12/Nov/2024:08:14:02 +0000] "GET /boxes/charcuterie-board-large HTTP/2.0" 200 18422 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)" rid=@@r1@@ rt=0.041
203.0.113.18 - - [12/Nov/2024:08:14:09 +0000] "POST /api/checkout HTTP/2.0" 200 412 "https://order.oakandcleaver.co.uk/boxes/charcuterie-board-large" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)" rid=@@r2@@ rt=0.388
203.0.113.18 - - [12/Nov/2024:08:15:31 +0000] "GET /thanks?session=cs_live_b1@@cs@@ HTTP/2.0" 200 6120 "https://checkout.stripe.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)" rid=@@r3@@ rt=0.052
54.187.174.169 - - [12/Nov/2024:08:15:33 +0000] "POST /api/stripe/webhook HTTP/1.1" 200 2 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" rid=@@r4@@ rt=0.019
198.51.100.77 - - [12/Nov/2024:08:16:40 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0" rid=@@r5@@ rt=0.001
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), cs=chars(56))

add("log/decoy-redacted", "logs/clickcollect-startup.log", "Application log with secrets masked at start-up (plain text)", r"""
2024-11-12T05:59:58.102Z info  clickcollect 2024.11.3 starting (node 20.18.0)
2024-11-12T05:59:58.105Z info  config APP_ENV=production
2024-11-12T05:59:58.105Z info  config DATABASE_URL=postgres://clickcollect:********@10.20.0.12:5432/clickcollect
2024-11-12T05:59:58.106Z info  config STRIPE_SECRET_KEY=sk_live_************************************************Xq4T
2024-11-12T05:59:58.106Z info  config STRIPE_WEBHOOK_SECRET=whsec_****************************
2024-11-12T05:59:58.106Z info  config POSTMARK_SERVER_TOKEN=[redacted]
2024-11-12T05:59:58.311Z info  db connected (pool 10)
2024-11-12T05:59:58.402Z info  collection slots loaded for 14 days
2024-11-12T05:59:58.410Z info  listening on :3000
""")

add("log/decoy-snapshot-ids", "logs/restic-2024-11-12.log", "restic docs: backup output, snapshot ids (restic.readthedocs.io/en/stable/040_backup.html)", r"""
Nov 12 02:30:01 srv-corradi restic-nightly[21877]: using parent snapshot @@s0@@
Nov 12 02:30:04 srv-corradi restic-nightly[21877]: Files:          38 new,   112 changed, 20744 unmodified
Nov 12 02:30:04 srv-corradi restic-nightly[21877]: Dirs:            4 new,    31 changed,  1930 unmodified
Nov 12 02:30:04 srv-corradi restic-nightly[21877]: Added to the repository: 41.204 MiB (12.881 MiB stored)
Nov 12 02:30:04 srv-corradi restic-nightly[21877]: processed 20894 files, 3.214 GiB in 0:03
Nov 12 02:30:04 srv-corradi restic-nightly[21877]: snapshot @@s1@@ saved
Nov 12 02:30:09 srv-corradi restic-nightly[21877]: remove 1 snapshots: [@@s2@@]
Nov 12 02:31:40 srv-corradi restic-nightly[21877]: repository @@repo@@ opened (version 2, compression level auto)
Nov 12 02:31:52 srv-corradi restic-nightly[21877]: no errors were found
""", s0=hexs(8), s1=hexs(8), s2=hexs(8), repo=hexs(10))

add("python/decoy-regex", "orders/logging_filters.py", "Python docs: logging.Filter and re.sub (docs.python.org/3/library/logging.html#filter-objects)", r'''
"""Mask anything secret-looking before it reaches the log files the shop staff can read."""
import logging
import re

PATTERNS = [
    (re.compile(r"\b(sk|rk)_(live|test)_[0-9A-Za-z]{24,}"), r"\1_\2_****"),
    (re.compile(r"\bwhsec_[0-9A-Za-z]{32,}"), "whsec_****"),
    (re.compile(r"\bshp(at|ss)_[0-9a-f]{32}"), r"shp\1_****"),
    (re.compile(r"\bSG\.[\w-]{22}\.[\w-]{43}"), "SG.****"),
    (re.compile(r"(://[^:/@\s]+:)[^@\s]+@"), r"\1****@"),
    (re.compile(r"(?i)(password|passwd|pwd)=([^&\s]+)"), r"\1=****"),
]


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern, replacement in PATTERNS:
            message = pattern.sub(replacement, message)
        record.msg, record.args = message, ()
        return True
''')

add("markdown/decoy-doc-example", "README.md", "README conventions; Stripe docs: API keys (placeholders in examples)", r"""
# clickcollect

Click-and-collect ordering for Hartley & Sons: customers pick a collection slot, pay with Stripe,
and the counter gets a packing list on the tablet.

## Running locally

```bash
cp .env.example .env
# fill in your own Stripe *test* keys from https://dashboard.stripe.com/test/apikeys
#   STRIPE_SECRET_KEY=sk_test_...
#   STRIPE_WEBHOOK_SECRET=whsec_...   (from `stripe listen`)
docker compose up -d db
npm install
npm run dev
```

Forward webhooks with the Stripe CLI:

```bash
stripe listen --forward-to localhost:3000/api/stripe/webhook
```

## Production
Secrets are in AWS Secrets Manager (`prod/orders/*`) and reach the pods through the
ExternalSecret in `k8s/orders/`. Never put a live key in `.env` files or in this README.

## Slots
`COLLECTION_SLOTS_PER_HOUR` and `ORDER_CUTOFF_HOUR` control capacity; Christmas week uses
`CHRISTMAS_MODE=true` (15-minute slots, 07:00-19:00).
""")

add("markdown/decoy-commit-hashes", "CHANGELOG.md", "Keep a Changelog 1.1.0 (keepachangelog.com)", r"""
# Changelog

## [2024.11.3] - 2024-11-08
### Fixed
- Collection slots after 16:00 no longer offered on Saturdays (@@c1@@).
- Packing list shows weights in kg with one decimal (@@c2@@).

## [2024.11.2] - 2024-11-04
### Changed
- Database moved to the new droplet; `DATABASE_URL` now from the k8s secret (@@c3@@).
- Stripe API version pinned to 2024-06-20 (@@c4@@).

## [2024.11.1] - 2024-11-01
### Added
- Christmas mode: 15-minute slots, turkey and gammon pre-order form (@@c5@@).
### Security
- Rotated the Stripe webhook signing secret after the laptop loss; old endpoint secret revoked (@@c6@@).
""", c1=hexs(40), c2=hexs(7), c3=hexs(40), c4=hexs(7), c5=hexs(40), c6=hexs(7))

add("markdown/decoy-revoked-reference", "docs/incidents/2024-10-28-laptop-lost.md", "Internal incident report; Stripe docs: roll API keys (docs.stripe.com/keys#rolling-keys)", r"""
# Incident 2024-10-28: office laptop left on the train

**Status:** closed 2024-10-30. **Owner:** Tom.

## What happened
The office laptop (MacBook Air, asset HB-017) was left on the 17:42 Shrewsbury train. FileVault was on;
the laptop was not recovered.

## What could have been on it
- Browser sessions for Stripe, Shopify admin, Xero and the NAS.
- A copy of the click-and-collect `.env` (live Stripe key ending `...Xq4T`).

## Actions
| time | action |
|---|---|
| 10-28 19:10 | Signed the laptop out of Google Workspace and Apple ID, remote lock sent |
| 10-28 19:25 | Rolled the Stripe secret key; old key expired immediately |
| 10-28 19:40 | Rolled the webhook signing secret for endpoint `we_1Oq9Zk@@we@@` |
| 10-29 09:00 | Changed NAS admin and Xero passwords; new ones in 1Password only |
| 10-30 11:00 | Moved production secrets to AWS Secrets Manager (see README) |

## Lessons
Nothing secret in `.env` files on laptops; use `op run` for local tooling.
""", we=chars(16))

add("yaml/decoy-credentials-file", "monitoring/alertmanager.yml", "Prometheus Alertmanager docs: configuration, *_file secret references (prometheus.io/docs/alerting/latest/configuration)", r"""
global:
  resolve_timeout: 10m
  smtp_smarthost: smtp.postmarkapp.com:587
  smtp_from: alerts@hartleybutchers.co.uk
  smtp_auth_username: alerts@hartleybutchers.co.uk
  smtp_auth_password_file: /etc/alertmanager/secrets/smtp_password

route:
  receiver: cold-rooms
  group_by: [alertname, room]
  group_wait: 30s
  repeat_interval: 1h
  routes:
    - matchers: [severity="page"]
      receiver: on-call

receivers:
  - name: cold-rooms
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_bot_token
        chat_id: -1002211906734
        parse_mode: HTML
  - name: on-call
    email_configs:
      - to: oncall@hartleybutchers.co.uk
    webhook_configs:
      - url_file: /etc/alertmanager/secrets/slack_webhook_url
""")

add("k8s/decoy-checksum-annotation", "k8s/orders/deployment.yaml", "Helm docs: automatically roll deployments, checksum/config annotations (helm.sh/docs/howto/charts_tips_and_tricks)", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders }
      annotations:
        checksum/config: @@c1@@
        checksum/secret: @@c2@@
    spec:
      containers:
        - name: orders
          image: ghcr.io/hartley-butchers/orders@sha256:@@d1@@
          ports: [{ containerPort: 3000 }]
          envFrom:
            - configMapRef: { name: orders-config }
            - secretRef: { name: orders-payments }
          readinessProbe:
            httpGet: { path: /health, port: 3000 }
""", c1=sha256(), c2=sha256(), d1=sha256())

add("toml/decoy-csp-hash", "apps/storefront/netlify.toml", "MDN: Content-Security-Policy script-src hashes 'sha256-...' (developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy)", r"""
[build]
  command = "npm run build"
  publish = ".next"

[[plugins]]
  package = "@netlify/plugin-nextjs"

[[headers]]
  for = "/*"
  [headers.values]
    Strict-Transport-Security = "max-age=63072000; includeSubDomains; preload"
    X-Content-Type-Options = "nosniff"
    Referrer-Policy = "strict-origin-when-cross-origin"
    Content-Security-Policy = "default-src 'self'; script-src 'self' https://js.stripe.com 'sha256-@@h1@@' 'sha256-@@h2@@'; frame-src https://js.stripe.com https://hooks.stripe.com; img-src 'self' data: https://*.stripe.com"
""", h1=b64_bytes(32), h2=b64_bytes(32))

add("k8s-secret/decoy-placeholder-base64", "k8s/templates/shipping-secret.example.yaml", "Kubernetes docs: Secret manifests; placeholder values to be replaced at deploy time", r"""
# Example only -- the real secret is created by the pipeline from Key Vault.
# Values below are base64 of the placeholder text "REPLACE_ME" / "changeme".
apiVersion: v1
kind: Secret
metadata:
  name: shipping-couriers
  namespace: shop
type: Opaque
data:
  DHL_API_KEY: UkVQTEFDRV9NRQ==
  DHL_API_SECRET: UkVQTEFDRV9NRQ==
  BRT_PASSWORD: Y2hhbmdlbWU=
  SENDCLOUD_SECRET_KEY: UkVQTEFDRV9NRQ==
""")

add("notebook/decoy-notebook-image", "analysis/weekly_sales_by_cut.ipynb", "Jupyter docs: nbformat, display_data outputs with image/png base64 (nbformat.readthedocs.io)", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAAOXRFWHRTb2Z0d2FyZQBNYXRwbG90bGliIHZlcnNpb24zLjguMCwgaHR0cHM6Ly9tYXRwbG90bGliLm9yZy@@png1@@@@png2@@@@png3@@AAAAAElFTkSuQmCC",
      "text/plain": ["<Figure size 640x480 with 1 Axes>"]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "sales = pd.read_csv('exports/scale_sales_2024-11.csv', parse_dates=['day'])\n",
    "weekly = sales.groupby([pd.Grouper(key='day', freq='W'), 'cut'])['kg'].sum().unstack()\n",
    "weekly[['brisket', 'ribeye', 'mince', 'sausages']].plot(kind='bar', stacked=True, figsize=(8, 6))"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.12.2"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", png1=b64_bytes(240), png2=b64_bytes(240), png3=b64_bytes(240))

add("shell/decoy-generated-at-runtime", "ops/bin/new-mqtt-user.sh", "OpenSSL docs: openssl rand -base64; Eclipse Mosquitto mosquitto_passwd -b", r"""
#!/usr/bin/env bash
# Creates an MQTT login for a new cold-room probe: random password, stored only in the vault.
set -euo pipefail
PROBE="${1:?probe name, e.g. probe-walkin-3}"

PASSWORD="$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-20)"
mosquitto_passwd -b /etc/mosquitto/passwd "$PROBE" "$PASSWORD"
vault kv put "kv/mqtt/$PROBE" password="$PASSWORD"
unset PASSWORD

systemctl reload mosquitto
echo "created $PROBE; flash the probe with: vault kv get -field=password kv/mqtt/$PROBE"
""")

add("conf/decoy-file-reference", "ops/nginx/temps.conf", "nginx docs: ssl_certificate_key and auth_basic_user_file (nginx.org/en/docs/http/ngx_http_ssl_module.html)", r"""
server {
    listen 443 ssl http2;
    server_name temps.hartleybutchers.co.uk;

    ssl_certificate     /etc/letsencrypt/live/temps.hartleybutchers.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/temps.hartleybutchers.co.uk/privkey.pem;
    ssl_session_tickets off;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }

    location /api/push {
        auth_basic "sensors";
        auth_basic_user_file /etc/nginx/htpasswd.sensors;
        proxy_pass http://127.0.0.1:8086;
    }
}
""")

add("kotlin/decoy-build-config", "app/build.gradle.kts", "Android docs: BuildConfig fields from local.properties; Secrets Gradle Plugin (developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin)", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "it.macelleriabernardi.ritiro"
    compileSdk = 34
    defaultConfig {
        applicationId = "it.macelleriabernardi.ritiro"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "API_BASE", "\"https://api.macelleriabernardi.it/\"")
        buildConfigField("String", "SUMUP_AFFILIATE_KEY", "\"${localProps.getProperty("sumup.affiliateKey", "")}\"")
        manifestPlaceholders["MAPS_API_KEY"] = localProps.getProperty("maps.apiKey", "")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("RELEASE_STORE_FILE") ?: "release.jks")
            storePassword = System.getenv("RELEASE_STORE_PASSWORD")
            keyAlias = "bernardi"
            keyPassword = System.getenv("RELEASE_KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
""")

add("env/decoy-placeholder-it", ".env.esempio", "Convenzioni dotenv: file di esempio con segnaposto (github.com/motdotla/dotenv)", r"""
# Copiare in .env e compilare. Il file .env NON va mai messo su git.
# Le chiavi vere sono in Bitwarden, raccolta "Negozio - integrazioni".
BREVO_API_KEY=<inserire-chiave-brevo>
NEXI_ALIAS=ALIAS_WEB_00XXXXXX
NEXI_CHIAVE_MAC=<chiave-mac-dal-back-office-nexi>
SATISPAY_KEY_ID=
SATISPAY_PRIVATE_KEY_PATH=/etc/ritiro/satispay_private.pem
DB_PASSWORD=cambiami
SMTP_PASSWORD=********
BILANCE_FTP_PASSWORD=vedi-bitwarden
ORARIO_CHIUSURA_ORDINI=18:00
""")

add("ruby/decoy-test-fixture", "spec/support/vcr.rb", "VCR docs: filter_sensitive_data (benoittgt.github.io/vcr/#/configuration/filter_sensitive_data)", r"""
require "vcr"

VCR.configure do |config|
  config.cassette_library_dir = "spec/cassettes"
  config.hook_into :webmock
  config.configure_rspec_metadata!

  # Recorded cassettes never contain the real values: they are replaced by these markers.
  config.filter_sensitive_data("<SQUARE_ACCESS_TOKEN>") { ENV.fetch("SQUARE_ACCESS_TOKEN", "test-square-token") }
  config.filter_sensitive_data("<HUBSPOT_TOKEN>") { ENV.fetch("HUBSPOT_TOKEN", "test-hubspot-token") }
  config.filter_sensitive_data("<STRIPE_SECRET_KEY>") { ENV.fetch("STRIPE_SECRET_KEY", "sk_test_placeholder") }

  config.before_record do |interaction|
    interaction.request.headers.delete("Authorization")
  end
end
""")

add("go/decoy-public-key", "internal/satispay/keys.go", "Satispay docs: upload your RSA public key to obtain a KeyId (developers.satispay.com/reference/authentication)", r"""
package satispay

// KeyID is what Satispay returned when we uploaded PublicKeyPEM; both are public.
// The matching private key is read at start-up from SATISPAY_PRIVATE_KEY_PATH.
const KeyID = "@@kid@@"

const PublicKeyPEM = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@k1@@
@@k2@@
@@k3@@
@@k4@@
@@k5@@
@@k6@@
-----END PUBLIC KEY-----`
""", kid=fakes.drawn(_seed(), 72, string.ascii_lowercase + string.digits), k1=chars(20, ALNUM + "+/"), k2=chars(64, ALNUM + "+/"),
    k3=chars(64, ALNUM + "+/"), k4=chars(64, ALNUM + "+/"), k5=chars(64, ALNUM + "+/"), k6=chars(20, ALNUM + "+/") + "IDAQAB")

add("sql/decoy-password-hash", "db/fixtures/test_users.sql", "Django docs: password storage, bcrypt hashes (docs.djangoproject.com/en/5.0/topics/auth/passwords)", r"""
-- Test fixture for the trade portal: staff and two fake restaurant accounts.
-- Hashes only (bcrypt, cost 12); the test passwords are in tests/conftest.py.
INSERT INTO accounts_user (id, email, password, is_staff, trade_account) VALUES
  (1, 'counter@example.test',        'bcrypt$@@h1@@', true,  NULL),
  (2, 'chef@ashdown-test.example',   'bcrypt$@@h2@@', false, 'TA-90001'),
  (3, 'orders@pieve-test.example',   'bcrypt$@@h3@@', false, 'TA-90002');

SELECT setval('accounts_user_id_seq', 3);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("markdown/decoy-runbook", "docs/runbook-coldroom-alarm.md", "Internal runbook; FSA guidance on chilled storage (www.food.gov.uk)", r"""
# Runbook: cold-room alarm

Alarms reach the **Cold Rooms** Telegram group and, after 20 minutes, the on-call phone.

## Triage (first 10 minutes)
1. Open Grafana (`https://temps.hartleybutchers.co.uk`, board "Cold rooms"). Is it one probe or the room?
2. One probe only: check its battery in iMonnit; probes under 20 % give false readings.
3. Whole room: check the door is shut, then the evaporator fan, then the compressor breaker (board B2).

## Product decisions
- Air above 8 C for under 2 hours: move product to the walk-in, note it on the HACCP sheet.
- Core temperature above 8 C: quarantine the shelf, label "HOLD", call the manager.

## Where the logins are
Everything (iMonnit, Grafana admin, the Pi) is in 1Password, vault **Shop IT**. Do not copy
passwords into this page or into Telegram.

## Contacts
- Refrigeration: Marches Cooling, 01584 555 210 (24 h contract, ref MC-4471)
- Manager on call: see the rota sheet pinned in #cold-rooms
""")

add("markdown/decoy-deploy-doc", "docs/deploy.md", "Internal deployment guide; 1Password CLI op run (developer.1password.com/docs/cli/reference/commands/run)", r"""
# Deploying the trade portal

1. Merge to `main`; CI runs the tests against a throwaway Postgres.
2. Tag the release: `git tag trade-2024.11.4 && git push --tags`.
3. On the server:

   ```bash
   cd /srv/trade
   op run --env-file=deploy/prod.env.tpl -- docker compose up -d --pull always
   ```

   `deploy/prod.env.tpl` only holds references such as
   `DJANGO_SECRET_KEY=op://Shop IT/trade portal/django_secret_key` and
   `DATABASE_URL=op://Shop IT/trade portal/database_url`.

4. Check `https://trade.hartleybutchers.co.uk/health` returns `{"status": "ok"}`.

## Rolling back
`docker compose up -d` with the previous image tag, e.g. `TRADE_IMAGE=ghcr.io/hartley-butchers/trade:2024.11.3`.

## Secrets checklist for a new server
- [ ] 1Password service account token installed as `/etc/op/token` (root only)
- [ ] Postgres password generated with `openssl rand -base64 30`, stored in 1Password, never typed into chat
""")

add("markdown/decoy-delivery-rounds", "docs/delivery-rounds.md", "Internal operations note; Onfleet docs: workers and teams ids (docs.onfleet.com)", r"""
# Van delivery rounds (trade customers)

| round | days | van | driver (Onfleet worker id) | first drop |
|---|---|---|---|---|
| Ludlow town | Tue, Fri | Transit 1 | `@@w1@@` | 06:30 |
| Shrewsbury | Wed, Sat | Transit 2 | `@@w2@@` | 06:00 |
| Church Stretton & farms | Thu | Transit 1 | `@@w3@@` | 07:00 |

Onfleet team ids: Ludlow `@@t1@@`, Shrewsbury `@@t2@@`.

## Loading
- Chilled product in the insulated crates, frozen in the blue crates, never mixed.
- Each crate has a packing label with the order number and the SSCC; scan it at loading.
- The van probes log to the same dashboard as the cold rooms (round name as the room).

## Late or missing orders
Orders after 14:00 go on the next round. The driver never takes cash; trade accounts are invoiced weekly.
""", w1=chars(24), w2=chars(24), w3=chars(24), t1=chars(24), t2=chars(24))
