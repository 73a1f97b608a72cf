"""Blind set GJ: music schools.

Lesson scheduling and billing, teacher payroll, online lessons and video, recital ticketing,
instrument rentals, practice apps and the schools' small IT (NAS, Wi-Fi, VPN, printers, mail),
in the code, configs, CI, containers, notebooks, runbooks, exports and logs they commit and ship.
Generated fakes only (seeds 2320000-2329999).
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
UPPER_ALNUM = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE32_LOWER = string.ascii_lowercase + "234567"
_SEED = [2320000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 2330000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


MUSIC = ["Allegro", "Cadenza", "Sonata", "Fermata", "Vivace", "Largo", "Rondo", "Etude", "Nocturne", "Tremolo",
         "Maestro", "Harmony", "Ostinato", "Coda", "Bravura", "Presto", "Aria", "Octave", "Timpani", "Cello"]
LOWER = ["violin", "oboe", "banjo", "piccolo", "ukulele", "bassoon", "marimba", "cornet", "harp", "lute",
         "tuba", "viola", "zither", "sitar", "fiddle", "organ"]


def rand(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def upper(n: int) -> str:
    return fakes.drawn(_seed(), n, UPPER_ALNUM)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def words_pw() -> str:
    r = _rng()
    return r.choice(MUSIC) + r.choice("!#$%@*&") + r.choice(MUSIC) + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return rand(n, ALNUM + extra) if extra else rand(n)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_text(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url_bytes(n: int) -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def pem(kind: str = "RSA", lines: int = 12, head: str = "") -> str:
    """A private key block of the given kind ("RSA", "EC", "OPENSSH", "" for PKCS#8)."""
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def pkcs8_rsa() -> str:
    return pem("", 16, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ")


def p8_ec() -> str:
    return pem("", 4, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")


def openssh_key() -> str:
    return pem("OPENSSH", 7, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")


def jwt(payload: dict, header: Optional[dict] = None, sig_len: int = 43) -> str:
    head = header or {"alg": "HS256", "typ": "JWT"}
    return (b64url_text(json.dumps(head, separators=(",", ":"))) + "."
            + b64url_text(json.dumps(payload, separators=(",", ":"))) + "." + rand(sig_len, B64URL))


def stripe_key(prefix: str = "sk_live_", n: int = 99) -> str:
    return fakes.fake(prefix, n, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


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


def google_api_key() -> str:
    return "AIza" + rand(35, B64URL)


def sha256ish() -> str:
    return hexs(64)


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
    CASES.append(LabelledCase(f"blind-gj/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Lesson scheduling and billing
# ---------------------------------------------------------------------------------------------

add("env/stripe-secret-key", "cadenza/.env.production", "Stripe docs: API keys (docs.stripe.com/keys)", """
# Cadenza lesson portal -- production environment
# Owner: ops@riverbendmusic.org   (rotate at the start of each term)
DJANGO_SETTINGS_MODULE=cadenza.settings.production
ALLOWED_HOSTS=portal.riverbendmusic.org,www.riverbendmusic.org
DATABASE_URL=postgres://cadenza@db-primary.internal:5432/cadenza?sslmode=require
REDIS_URL=redis://cache.internal:6379/2
TIME_ZONE=America/Chicago

# Billing: monthly tuition, trial lessons, late-cancel fees
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_TAX_RATE_ID=txr_1OqL2mF7cGk9uT0aRdPq31Vb
BILLING_DAY_OF_MONTH=1
LATE_CANCEL_HOURS=24
SIBLING_DISCOUNT_PERCENT=10

EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend
EMAIL_HOST=smtp.postmarkapp.com
EMAIL_PORT=587
DEFAULT_FROM_EMAIL=Riverbend Lessons <lessons@riverbendmusic.org>
SENTRY_ENVIRONMENT=production
""", stripe_key("sk_live_"), pk=stripe_key("pk_live_"))

add("env/decoy-placeholder", "cadenza/.env.example", "Stripe docs: API keys (docs.stripe.com/keys)", """
# Copy to .env and fill in. Never commit the filled-in file.
DJANGO_SETTINGS_MODULE=cadenza.settings.local
ALLOWED_HOSTS=localhost,127.0.0.1
DATABASE_URL=postgres://cadenza:cadenza@localhost:5432/cadenza
REDIS_URL=redis://localhost:6379/0

# Test-mode keys from the Stripe dashboard (Developers > API keys)
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx

# Zoom Server-to-Server OAuth app (ask the office manager for access)
ZOOM_ACCOUNT_ID=
ZOOM_CLIENT_ID=
ZOOM_CLIENT_SECRET=<your-zoom-client-secret>

EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
""")

add("python/gocardless-access-token", "cadenza/billing/direct_debit.py", "GoCardless docs: API reference, making requests (developer.gocardless.com)", '''
"""Direct Debit collection of termly tuition for UK families (GoCardless)."""
from decimal import Decimal

import gocardless_pro

from cadenza.billing.models import Invoice

_client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def create_mandate_flow(family, redirect_uri: str):
    return _client.billing_requests.create(params={
        "mandate_request": {"scheme": "bacs"},
        "metadata": {"family_id": str(family.pk)},
    })


def collect(invoice: Invoice) -> str:
    pence = int(invoice.total * Decimal(100))
    payment = _client.payments.create(params={
        "amount": pence,
        "currency": "GBP",
        "charge_date": invoice.due_date.isoformat(),
        "reference": f"RSM-{invoice.number}",
        "links": {"mandate": invoice.family.gocardless_mandate_id},
        "metadata": {"invoice": invoice.number},
    }, headers={"Idempotency-Key": f"invoice-{invoice.pk}"})
    return payment.id
''', "live_" + rand(40, B64URL))

add("python/postgres-password", "cadenza/cadenza/settings/production.py", "Django docs: settings, DATABASES", '''
from .base import *  # noqa: F401,F403
import os

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["portal.riverbendmusic.org"]
CSRF_TRUSTED_ORIGINS = ["https://portal.riverbendmusic.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "cadenza",
        "USER": "cadenza_app",
        "PASSWORD": "@@secret@@",
        "HOST": "riverbend-pg.c8x1kq2vz0ab.us-east-2.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://cache.internal:6379/2"),
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
LESSON_REMINDER_HOURS = [48, 2]
''', words_pw())

add("python/decoy-publishable-key", "cadenza/cadenza/settings/base.py", "Stripe docs: API keys, publishable keys (docs.stripe.com/keys)", '''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "cadenza.scheduling",
    "cadenza.billing",
    "cadenza.recitals",
]

# Publishable key: shipped to the browser in checkout.html, safe to commit.
STRIPE_PUBLISHABLE_KEY = "@@pk@@"
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET")
STRIPE_PRICE_IDS = {
    "30min-weekly": "price_1PbX4aF7cGk9uT0aKq2mWzN8",
    "45min-weekly": "price_1PbX5cF7cGk9uT0aT8vYpL0d",
    "60min-weekly": "price_1PbX6eF7cGk9uT0aHc3RsJ4q",
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Chicago"
USE_TZ = True
STATIC_URL = "/static/"
''', pk=stripe_key("pk_live_"))

add("python/stripe-webhook-secret", "cadenza/cadenza/billing/webhooks.py", "Stripe docs: check webhook signatures (docs.stripe.com/webhooks)", '''
import logging

import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cadenza.billing.models import Invoice

log = logging.getLogger(__name__)

# endpoint: https://portal.riverbendmusic.org/billing/stripe/webhook/
ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
@require_POST
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected webhook with bad signature")
        return HttpResponseBadRequest()

    if event["type"] == "invoice.paid":
        Invoice.objects.filter(stripe_id=event["data"]["object"]["id"]).update(status="paid")
    elif event["type"] == "invoice.payment_failed":
        Invoice.objects.filter(stripe_id=event["data"]["object"]["id"]).update(status="failed")
    return HttpResponse(status=200)
''', "whsec_" + rand(32))

add("python/decoy-test-fixture", "cadenza/tests/billing/test_webhooks.py", "Stripe docs: check webhook signatures, test manually (docs.stripe.com/webhooks)", '''
import hashlib
import hmac
import json
import time

import pytest

TEST_SECRET = "whsec_test_secret_for_unit_tests_only"


def signed_header(payload: bytes, secret: str = TEST_SECRET) -> str:
    ts = int(time.time())
    signature = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={signature}"


@pytest.fixture
def paid_event():
    return json.dumps({
        "id": "evt_1PcT0yF7cGk9uT0aWb5nQe2r",
        "type": "invoice.paid",
        "data": {"object": {"id": "in_1PcT0xF7cGk9uT0aDq8LmV3s", "amount_paid": 18000}},
    }).encode()


def test_paid_invoice_is_marked(client, settings, paid_event, invoice_factory):
    settings.STRIPE_WEBHOOK_SECRET = TEST_SECRET
    invoice_factory(stripe_id="in_1PcT0xF7cGk9uT0aDq8LmV3s")
    response = client.post("/billing/stripe/webhook/", paid_event, content_type="application/json",
                           HTTP_STRIPE_SIGNATURE=signed_header(paid_event))
    assert response.status_code == 200


def test_stale_signature_is_rejected(client, settings, paid_event):
    settings.STRIPE_WEBHOOK_SECRET = TEST_SECRET
    header = "t=1700000000,v1=5f1c0b9e3a7d2e4c6b8a0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4"
    response = client.post("/billing/stripe/webhook/", paid_event, content_type="application/json",
                           HTTP_STRIPE_SIGNATURE=header)
    assert response.status_code == 400
''')

add("json/square-access-token", "studio-pos/config/square.production.json", "Square docs: access tokens and OAuth (developer.squareup.com)", """
{
  "environment": "production",
  "applicationId": "sq0idp-@@appid@@",
  "accessToken": "@@secret@@",
  "locationIds": {
    "mainStudio": "L8RT4XK2P9M1Q",
    "northCampus": "LZ7N3WQ0B5H6E"
  },
  "catalog": {
    "privateLessonCategory": "7QXK5ZJH3WPLMNRS4ODBTAVE",
    "bookOrStringsCategory": "GJ2UO6BYC5MXA7KDHWZ3LTRE"
  },
  "terminal": {
    "deviceCodes": ["frontdesk-ipad", "recital-hall-reader"],
    "tipping": false
  },
  "apiVersion": "2024-07-17"
}
""", "EAAA" + rand(60), appid=rand(22, B64URL))

add("html/decoy-public-app-id", "studio-pos/templates/pay_invoice.html", "Square docs: Web Payments SDK, application ID and location ID (developer.squareup.com)", """
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your lesson invoice - Northside Music Studio</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <h1>Invoice {{ invoice.number }}</h1>
  <p>Amount due: {{ invoice.total|currency }}</p>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay {{ invoice.total|currency }}</button>
  </form>
  <div id="payment-status-container"></div>
  <script>
    const appId = 'sq0idp-@@appid@@';
    const locationId = 'L8RT4XK2P9M1Q';

    async function initializeCard(payments) {
      const card = await payments.card();
      await card.attach('#card-container');
      return card;
    }

    document.addEventListener('DOMContentLoaded', async function () {
      const payments = window.Square.payments(appId, locationId);
      const card = await initializeCard(payments);
      document.getElementById('card-button').addEventListener('click', async function () {
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await fetch('/invoices/{{ invoice.id }}/pay', {
            method: 'POST',
            headers: {'Content-Type': 'application/json', 'X-CSRFToken': '{{ csrf_token }}'},
            body: JSON.stringify({sourceId: result.token}),
          });
        }
      });
    });
  </script>
</body>
</html>
""", appid=rand(22, B64URL))

add("php/paypal-client-secret", "wp-content/plugins/allegro-lessons/includes/config.php", "PayPal docs: REST API authentication, client ID and secret (developer.paypal.com)", """
<?php
/**
 * Allegro Academy lesson booking: payment settings.
 * Loaded by allegro-lessons.php on plugins_loaded.
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

define( 'ALLEGRO_PAYPAL_MODE', 'live' );
define( 'ALLEGRO_PAYPAL_CLIENT_ID', '@@client@@' );
define( 'ALLEGRO_PAYPAL_SECRET', '@@secret@@' );
define( 'ALLEGRO_PAYPAL_WEBHOOK_ID', '8PT597110X687430LKGECATA' );

define( 'ALLEGRO_CURRENCY', 'USD' );
define( 'ALLEGRO_TRIAL_LESSON_PRICE', 25 );
define( 'ALLEGRO_PACKAGE_PRICES', serialize( array(
    '4x30' => 140,
    '4x45' => 200,
    '4x60' => 260,
) ) );

function allegro_paypal_base_url() {
    return ALLEGRO_PAYPAL_MODE === 'live'
        ? 'https://api-m.paypal.com'
        : 'https://api-m.sandbox.paypal.com';
}
""", "E" + rand(79, B64URL), client="A" + rand(79, B64URL))

add("javascript/decoy-client-id", "wp-content/plugins/allegro-lessons/assets/js/checkout.js", "PayPal docs: JavaScript SDK script configuration, client-id (developer.paypal.com)", """
/* Allegro Academy: PayPal buttons on the lesson package page. */
(function () {
  'use strict';

  var CLIENT_ID = '@@client@@';

  function loadSdk(callback) {
    var script = document.createElement('script');
    script.src = 'https://www.paypal.com/sdk/js?client-id=' + CLIENT_ID + '&currency=USD&intent=capture';
    script.onload = callback;
    document.head.appendChild(script);
  }

  function renderButtons() {
    window.paypal.Buttons({
      createOrder: function () {
        var pkg = document.querySelector('input[name=package]:checked').value;
        return fetch(allegroLessons.ajaxUrl + '?action=allegro_create_order&package=' + pkg, {
          method: 'POST',
          headers: {'X-WP-Nonce': allegroLessons.nonce}
        }).then(function (res) { return res.json(); }).then(function (data) { return data.id; });
      },
      onApprove: function (data) {
        return fetch(allegroLessons.ajaxUrl + '?action=allegro_capture_order&order=' + data.orderID, {
          method: 'POST',
          headers: {'X-WP-Nonce': allegroLessons.nonce}
        }).then(function () { window.location = allegroLessons.thanksUrl; });
      }
    }).render('#paypal-button-container');
  }

  document.addEventListener('DOMContentLoaded', function () { loadSdk(renderButtons); });
})();
""", client="A" + rand(79, B64URL))

add("sql/quickbooks-client-secret", "cadenza/db/migrations/0042_seed_integrations.sql", "Intuit docs: QuickBooks Online OAuth 2.0, client ID and client secret (developer.intuit.com)", """
-- 0042: accounting integrations move from settings.py into the integration_settings table
BEGIN;

CREATE TABLE IF NOT EXISTS integration_settings (
    id          serial PRIMARY KEY,
    provider    text NOT NULL,
    name        text NOT NULL,
    value       text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (provider, name)
);

INSERT INTO integration_settings (provider, name, value) VALUES
    ('quickbooks', 'environment',   'production'),
    ('quickbooks', 'realm_id',      '9341452785416219'),
    ('quickbooks', 'client_id',     'AB@@client@@'),
    ('quickbooks', 'client_secret', '@@secret@@'),
    ('quickbooks', 'redirect_uri',  'https://portal.riverbendmusic.org/integrations/qbo/callback'),
    ('quickbooks', 'income_account','4010 Tuition - Private Lessons'),
    ('quickbooks', 'deposit_account','1020 Operating Checking');

COMMIT;
""", rand(40), client=rand(48))

add("yaml/xero-client-secret", "harmony-house/config/xero.yml", "Xero docs: OAuth 2.0 custom connections, client id and secret (developer.xero.com)", """
# Harmony House Music School -> Xero (custom connection, machine-to-machine)
# Invoices from the lesson scheduler are pushed nightly at 02:15.
xero:
  tenant_name: "Harmony House Music School Ltd"
  client_id: "@@client@@"
  client_secret: "@@secret@@"
  scopes:
    - accounting.transactions
    - accounting.contacts
    - accounting.settings.read
  accounts:
    tuition_income: "200"
    recital_fees: "210"
    instrument_hire: "220"
    merchant_fees: "404"
  tracking:
    category: "Campus"
    options: ["Leeds", "Harrogate"]
  branding_theme: "Lessons invoice"
sync:
  schedule: "15 2 * * *"
  lookback_days: 3
  dry_run: false
""", rand(48, B64URL), client=upper(32))

add("csv/admin-password", "office/handover/vendor_logins_2024.csv", "Handover practice: a spreadsheet of vendor logins exported to CSV", """
system,url,username,password,owner,notes
My Music Staff,https://app.mymusicstaff.com,office@bluebirdpiano.com,@@secret@@,Dana (office),studio admin account - billing + calendar
Constant Contact,https://login.constantcontact.com,office@bluebirdpiano.com,see 1Password,Dana (office),newsletter
Google Workspace,https://admin.google.com,admin@bluebirdpiano.com,see 1Password,Marek (IT),super admin - 2FA on Marek's phone
Square,https://squareup.com/login,owner@bluebirdpiano.com,see 1Password,Ilse (owner),recital tickets + front desk
Synology NAS,http://192.168.10.20:5000,ilse,see 1Password,Marek (IT),backups of lesson recordings
GoDaddy,https://sso.godaddy.com,bluebirdpiano,see 1Password,Ilse (owner),domain renews in March
""", words_pw())

add("markdown/authorize-net-transaction-key", "docs/runbooks/billing-month-end.md", "Authorize.Net docs: API login ID and transaction key (developer.authorize.net)", """
# Month-end billing runbook (Crescendo Conservatory)

Run on the last business day of the month, after the lesson register is locked.

## 1. Lock the register
- In the scheduler, *Reports > Attendance*, check no lesson is still "unmarked".
- Export `attendance_<yyyy-mm>.csv` to the shared drive.

## 2. Charge autopay families
The card-on-file charges go through Authorize.Net (CIM profiles).

| Setting          | Value                                  |
|------------------|----------------------------------------|
| Environment      | production                             |
| API Login ID     | `@@login@@`                            |
| Transaction Key  | `@@secret@@`                           |
| Gateway URL      | https://api2.authorize.net/xml/v1/request.api |

```
python manage.py charge_autopay --month 2024-10 --dry-run
python manage.py charge_autopay --month 2024-10
```

## 3. Declines
- Anything declined twice goes to the "Declined" list; email the family the same day.
- Do **not** retry more than 3 times (gateway fee each time).

## 4. Close
- Post the deposit in QuickBooks, attach the settlement report.
""", rand(16), login=rand(9))

add("markdown/decoy-placeholder", "docs/billing/stripe-setup.md", "Stripe docs: API keys, keep your keys safe (docs.stripe.com/keys)", """
# Setting up Stripe for a new campus

1. In the Stripe dashboard, create a **restricted key** for the lesson portal with write access to
   Customers, Invoices, PaymentIntents and read access to Prices.
2. Store it in 1Password, vault **Billing**, item `Stripe - <campus> - portal`.
3. Put it in the server's environment only:

   ```bash
   STRIPE_SECRET_KEY=rk_live_<paste-from-1password>
   STRIPE_WEBHOOK_SECRET=whsec_<from the webhook endpoint page>
   ```

4. Add the webhook endpoint `https://portal.<campus>.example.org/billing/stripe/webhook/` with the
   events `invoice.paid`, `invoice.payment_failed`, `customer.subscription.deleted`.

Keys look like `sk_live_...` (secret) and `pk_live_...` (publishable). Only the publishable key may
appear in templates. If a secret key is ever pasted in Slack or a ticket, roll it immediately in
*Developers > API keys > Roll key* and update 1Password.
""")

add("ruby/braintree-private-key", "lesson-hub/config/initializers/braintree.rb", "Braintree docs: API credentials, merchant ID, public and private key (developer.paypal.com/braintree)", """
# Card payments for lesson packages (Braintree, Fermata Music Co.)
require "braintree"

BRAINTREE_GATEWAY = Braintree::Gateway.new(
  environment: :production,
  merchant_id: "@@merchant@@",
  public_key: "@@public@@",
  private_key: "@@secret@@",
)

Rails.application.config.x.braintree_plans = {
  "weekly_30" => "lessons-weekly-30",
  "weekly_45" => "lessons-weekly-45",
  "weekly_60" => "lessons-weekly-60",
}

Rails.application.config.x.braintree_merchant_accounts = {
  "USD" => "fermatamusicUSD",
}
""", hexs(32), merchant=fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits),
    public=fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits))

add("ruby/decoy-credentials-reference", "lesson-hub/config/initializers/stripe.rb", "Rails guides: custom credentials (guides.rubyonrails.org/security.html)", """
# Stripe for recital fees and make-up lesson packs.
# Keys live in config/credentials/production.yml.enc (edit with bin/rails credentials:edit -e production).
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret) || ENV["STRIPE_WEBHOOK_SECRET"],
  recital_fee_price: ENV.fetch("STRIPE_RECITAL_PRICE", "price_1OzQ7dF7cGk9uT0aY1kLwE6t"),
}

if Rails.env.production? && Stripe.api_key.blank?
  raise "Stripe secret key missing from credentials"
end
""")

add("go/mailgun-api-key", "invoicer/internal/notify/mailgun.go", "Mailgun docs: API keys, private API key (documentation.mailgun.com)", """
package notify

import (
	"context"
	"fmt"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

const (
	mailDomain = "mg.lakesidesuzuki.org"
	fromAddr   = "Lakeside Suzuki Studio <billing@lakesidesuzuki.org>"
	apiKey     = "@@secret@@"
)

// Mailer sends invoice and reminder emails to families.
type Mailer struct {
	mg *mailgun.MailgunImpl
}

func NewMailer() *Mailer {
	return &Mailer{mg: mailgun.NewMailgun(mailDomain, apiKey)}
}

func (m *Mailer) SendInvoice(ctx context.Context, to, family, pdfPath string, amountCents int64) error {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	msg := m.mg.NewMessage(fromAddr,
		fmt.Sprintf("Your lesson invoice, %s family", family),
		fmt.Sprintf("Hello! Your tuition for this month is $%.2f. The invoice is attached.", float64(amountCents)/100),
		to)
	msg.AddAttachment(pdfPath)
	msg.SetTracking(false)
	_, _, err := m.mg.Send(ctx, msg)
	return err
}
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("typescript/acuity-api-key", "booking-widget/src/server/acuity.ts", "Acuity Scheduling docs: API quick start, user ID and API key with HTTP Basic (developers.acuityscheduling.com)", """
import axios from "axios";

// Acuity account of Bluebird Piano Studio (trial lessons are booked here).
const ACUITY_USER_ID = "@@user@@";
const ACUITY_API_KEY = "@@secret@@";

const acuity = axios.create({
  baseURL: "https://acuityscheduling.com/api/v1",
  auth: { username: ACUITY_USER_ID, password: ACUITY_API_KEY },
  timeout: 10_000,
});

export interface TrialSlot {
  time: string;
  slotsAvailable: number;
}

export async function trialSlots(teacherCalendarId: number, date: string): Promise<TrialSlot[]> {
  const { data } = await acuity.get("/availability/times", {
    params: { appointmentTypeID: 48213377, calendarID: teacherCalendarId, date },
  });
  return data;
}

export async function bookTrial(slot: string, student: { first: string; last: string; email: string }) {
  const { data } = await acuity.post("/appointments", {
    appointmentTypeID: 48213377,
    datetime: slot,
    firstName: student.first,
    lastName: student.last,
    email: student.email,
  });
  return data.id as number;
}
""", hexs(32), user=digits(8))

add("typescript/decoy-env-reference", "booking-widget/src/server/googleCalendar.ts", "Google Identity docs: OAuth 2.0 for web server applications, client ID (developers.google.com/identity)", """
import { google } from "googleapis";

// Teachers connect their Google Calendar so lessons show up next to their gigs.
// The client ID is public (it is in the consent URL); the secret comes from the environment.
const CLIENT_ID = "@@client@@.apps.googleusercontent.com";
const CLIENT_SECRET = process.env.GOOGLE_CLIENT_SECRET ?? "";
const REDIRECT_URI = "https://book.bluebirdpiano.com/oauth/google/callback";

if (!CLIENT_SECRET) {
  throw new Error("GOOGLE_CLIENT_SECRET is not set");
}

export const oauth2 = new google.auth.OAuth2(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI);

export function consentUrl(teacherId: string): string {
  return oauth2.generateAuthUrl({
    access_type: "offline",
    prompt: "consent",
    scope: ["https://www.googleapis.com/auth/calendar.events"],
    state: teacherId,
  });
}

export async function pushLesson(refreshToken: string, lesson: { start: string; end: string; student: string }) {
  oauth2.setCredentials({ refresh_token: refreshToken });
  const calendar = google.calendar({ version: "v3", auth: oauth2 });
  await calendar.events.insert({
    calendarId: "primary",
    requestBody: {
      summary: `Lesson: ${lesson.student}`,
      start: { dateTime: lesson.start },
      end: { dateTime: lesson.end },
    },
  });
}
""", client=digits(12) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("log/calendly-token", "booking-sync/logs/sync-2024-09-03.log", "Calendly docs: personal access tokens, Authorization: Bearer (developer.calendly.com)", """
2024-09-03T06:00:01.114Z INFO  booking-sync starting (version 1.8.2, pid 2291)
2024-09-03T06:00:01.120Z INFO  loading 14 teacher calendars from lessons.db
2024-09-03T06:00:01.502Z DEBUG GET https://api.calendly.com/users/me
2024-09-03T06:00:01.502Z DEBUG request headers: {'User-Agent': 'python-requests/2.32.3', 'Accept': 'application/json', 'Authorization': 'Bearer @@secret@@'}
2024-09-03T06:00:01.871Z DEBUG response 200 in 369ms
2024-09-03T06:00:01.872Z INFO  organization https://api.calendly.com/organizations/@@org@@
2024-09-03T06:00:02.340Z INFO  fetched 37 scheduled_events (trial lessons) since 2024-09-02
2024-09-03T06:00:02.911Z WARN  event 6f1c2b7e has no matching teacher (invitee: guitar-trial@...); skipped
2024-09-03T06:00:03.018Z INFO  created 36 lessons, updated 0, skipped 1
2024-09-03T06:00:03.019Z INFO  booking-sync done in 1.9s
""", jwt({"iss": "https://auth.calendly.com", "iat": 1717171717, "jti": uuid_s(), "user_uuid": uuid_s(),
          "scope": "default"}, {"kid": hexs(64), "typ": "PAT", "alg": "ES256"}, 86),
    org=uuid_s())

add("log/decoy-redacted", "cadenza/logs/billing-worker.log", "Stripe docs: API keys, redacted keys in logs (docs.stripe.com/keys)", """
[2024-10-01 01:00:00,004] INFO billing.run: monthly run for 2024-10 (312 active enrolments)
[2024-10-01 01:00:00,219] INFO billing.stripe: using key sk_live_****************************Xq7T (restricted: no)
[2024-10-01 01:00:02,881] INFO billing.invoice: in_1Q5gkLF7cGk9uT0aJr2hXw8N family=1187 amount=180.00 status=open
[2024-10-01 01:00:03,102] INFO billing.invoice: in_1Q5gkMF7cGk9uT0aBv6tRp1Q family=1188 amount=240.00 status=open
[2024-10-01 01:00:03,447] WARN billing.invoice: family=1203 has no default payment method; emailed link
[2024-10-01 01:00:05,912] INFO billing.charge: pi_3Q5gkPF7cGk9uT0a0Ye4Ks2M succeeded (card ending 4242)
[2024-10-01 01:00:06,300] ERROR billing.charge: pi_3Q5gkQF7cGk9uT0a1Cd9Lm7P card_declined (insufficient_funds)
[2024-10-01 01:00:06,301] INFO billing.webhook: secret=[REDACTED] endpoint=we_1OxZ3tF7cGk9uT0aEw0nRt5U
[2024-10-01 01:00:41,772] INFO billing.run: 309 invoices finalised, 3 need attention, total 61,920.00 USD
""")


# ---------------------------------------------------------------------------------------------
# Teacher payroll
# ---------------------------------------------------------------------------------------------

add("python/gusto-client-secret", "payroll-bridge/payroll_bridge/gusto.py", "Gusto docs: OAuth authentication, client_id and client_secret (docs.gusto.com)", '''
"""Push approved teacher hours from the lesson register into Gusto as time sheets."""
import datetime as dt

import requests

GUSTO_API = "https://api.gusto.com"
GUSTO_CLIENT_ID = "@@client@@"
GUSTO_CLIENT_SECRET = "@@secret@@"
COMPANY_UUID = "@@company@@"


def refresh_access_token(refresh_token: str) -> dict:
    resp = requests.post(f"{GUSTO_API}/oauth/token", data={
        "client_id": GUSTO_CLIENT_ID,
        "client_secret": GUSTO_CLIENT_SECRET,
        "refresh_token": refresh_token,
        "grant_type": "refresh_token",
        "redirect_uri": "https://payroll.riverbendmusic.org/gusto/callback",
    }, timeout=20)
    resp.raise_for_status()
    return resp.json()


def submit_hours(token: str, employee_uuid: str, day: dt.date, lesson_hours: float, admin_hours: float):
    body = {
        "employee_uuid": employee_uuid,
        "date": day.isoformat(),
        "hours": [
            {"type": "Teaching", "hours": round(lesson_hours, 2)},
            {"type": "Admin / recital prep", "hours": round(admin_hours, 2)},
        ],
    }
    resp = requests.post(f"{GUSTO_API}/v1/companies/{COMPANY_UUID}/time_sheets", json=body,
                         headers={"Authorization": f"Bearer {token}", "X-Gusto-API-Version": "2024-04-01"},
                         timeout=20)
    resp.raise_for_status()
''', rand(43, B64URL), client=rand(43, B64URL), company=uuid_s())

add("csharp/adp-client-secret", "StudioPayroll/src/StudioPayroll/Adp/AdpTokenClient.cs", "ADP docs: API Central, OAuth client credentials with mutual TLS (developers.adp.com)", """
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace StudioPayroll.Adp
{
    // Crescendo Conservatory: sends teacher pay data (lessons taught x rate) to ADP Workforce Now.
    public sealed class AdpTokenClient
    {
        private const string TokenUrl = "https://accounts.adp.com/auth/oauth/v2/token";
        private const string ClientId = "@@client@@";
        private const string ClientSecret = "@@secret@@";

        private readonly HttpClient _http;

        public AdpTokenClient(string certPath)
        {
            var handler = new HttpClientHandler();
            handler.ClientCertificates.Add(X509Certificate2.CreateFromPemFile(certPath, certPath.Replace(".pem", ".key")));
            _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        }

        public async Task<string> GetTokenAsync()
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = ClientId,
                ["client_secret"] = ClientSecret,
            });
            var response = await _http.PostAsync(TokenUrl, form);
            response.EnsureSuccessStatusCode();
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
            return token?.AccessToken ?? throw new InvalidOperationException("ADP returned no token");
        }

        private sealed record TokenResponse(string AccessToken, int ExpiresIn);
    }
}
""", uuid_s(), client=uuid_s())

add("powershell/sqlserver-password", "payroll/scripts/Export-TeacherHours.ps1", "Microsoft docs: Invoke-Sqlcmd, -Username and -Password (learn.microsoft.com/powershell/module/sqlserver)", r"""
<#
.SYNOPSIS
  Exports taught-lesson hours per teacher for the pay period, for the bookkeeper.
.EXAMPLE
  .\Export-TeacherHours.ps1 -PeriodStart 2024-10-01 -PeriodEnd 2024-10-15
#>
param(
    [Parameter(Mandatory)] [datetime] $PeriodStart,
    [Parameter(Mandatory)] [datetime] $PeriodEnd,
    [string] $OutDir = "\\nas01\office\payroll\exports"
)

Import-Module SqlServer

$query = @"
SELECT t.TeacherId, t.LastName, t.FirstName,
       SUM(l.DurationMinutes) / 60.0 AS HoursTaught,
       SUM(CASE WHEN l.Status = 'NoShow' THEN 1 ELSE 0 END) AS NoShows
FROM dbo.Lessons l JOIN dbo.Teachers t ON t.TeacherId = l.TeacherId
WHERE l.StartsAt >= '$($PeriodStart.ToString('yyyy-MM-dd'))'
  AND l.StartsAt <  '$($PeriodEnd.AddDays(1).ToString('yyyy-MM-dd'))'
  AND l.Status IN ('Taught', 'NoShow')
GROUP BY t.TeacherId, t.LastName, t.FirstName
ORDER BY t.LastName;
"@

$rows = Invoke-Sqlcmd -ServerInstance "STUDIO-SQL01\LESSONS" -Database "LessonRegister" `
    -Username "payroll_export" -Password "@@secret@@" -Query $query -TrustServerCertificate

$file = Join-Path $OutDir ("teacher-hours_{0:yyyyMMdd}-{1:yyyyMMdd}.csv" -f $PeriodStart, $PeriodEnd)
$rows | Export-Csv -Path $file -NoTypeInformation -Encoding UTF8
Write-Host "Wrote $($rows.Count) teachers to $file"
""", words_pw())

add("powershell/decoy-vault-reference", "payroll/scripts/Send-PayStubs.ps1", "Microsoft docs: SecretManagement module, Get-Secret (learn.microsoft.com/powershell/utility-modules/secretmanagement)", r"""
<#
.SYNOPSIS
  Emails each teacher their pay stub PDF from the payroll export folder.
  Credentials come from the SecretStore vault on the office PC; nothing is kept in this script.
#>
param(
    [Parameter(Mandatory)] [string] $StubFolder,
    [string] $Vault = "OfficeSecrets"
)

Import-Module Microsoft.PowerShell.SecretManagement

$smtpCred = Get-Secret -Vault $Vault -Name "m365-payroll-mailbox"   # PSCredential
$teachers = Import-Csv (Join-Path $StubFolder "teachers.csv")

foreach ($t in $teachers) {
    $pdf = Join-Path $StubFolder ("{0}.pdf" -f $t.TeacherId)
    if (-not (Test-Path $pdf)) {
        Write-Warning "No stub for $($t.Name) ($($t.TeacherId))"
        continue
    }
    $mail = @{
        SmtpServer  = "smtp.office365.com"
        Port        = 587
        UseSsl      = $true
        Credential  = $smtpCred
        From        = "payroll@harmonyhousemusic.co.uk"
        To          = $t.Email
        Subject     = "Your pay stub - Harmony House Music School"
        Body        = "Hi $($t.FirstName), your pay stub for this period is attached."
        Attachments = $pdf
    }
    Send-MailMessage @mail
}
""")

add("csv/decoy-masked-account", "payroll/exports/teacher_rates_2024-25.csv", "Payroll export practice: masked bank details (NACHA / bank guidance on masking account numbers)", """
teacher_id,last_name,first_name,instrument,rate_30min,rate_45min,rate_60min,group_class_rate,pay_method,bank_routing,bank_account,employee_ref
T-0142,Okafor,Adaeze,piano,21.00,31.50,42.00,55.00,direct_deposit,*****0021,******7732,e7c2f4a0-9d1b-4c5e-8f63-2b7a1d90c4e8
T-0157,Lindqvist,Henrik,cello,21.00,31.50,42.00,55.00,direct_deposit,*****0248,******1905,0a94b1c6-3e2f-4d87-b5a0-c61f8e27d3b9
T-0163,Moreno,Lucia,voice,22.50,33.75,45.00,60.00,direct_deposit,*****0021,******4410,5d3e8a72-1c4b-4f09-a6d2-9e0b7c15f3a6
T-0171,Nakamura,Ken,guitar,20.00,30.00,40.00,50.00,check,,,b8f1c3d5-7a29-4e60-91c4-3f6e2a8d0b17
T-0175,Adeyemi,Tunde,drums,20.00,30.00,40.00,50.00,direct_deposit,*****0113,******8821,2c7a9e4f-6b13-4d5a-8e0c-a1f4b7d29e63
T-0180,Kowalska,Marta,violin,22.50,33.75,45.00,60.00,direct_deposit,*****0248,******3307,f4d2b8a1-0e6c-4a73-b9f5-7c1e3d60a2b8
""")

add("java/paychex-client-secret", "payroll-sync/src/main/java/org/northsidemusic/payroll/PaychexConfig.java", "Paychex docs: Paychex Flex API authentication, client_id and client_secret (developer.paychex.com)", """
package org.northsidemusic.payroll;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** Paychex Flex: checks in teacher hours (lessons + ensembles) every Friday at 16:00. */
@Configuration
public class PaychexConfig {

    static final String API_BASE = "https://api.paychex.com";
    static final String COMPANY_ID = "00Z5V9BTINBTAAATLMXS";
    static final String CLIENT_ID = "@@client@@";
    static final String CLIENT_SECRET = "@@secret@@";

    @Bean
    public WebClient paychexClient(WebClient.Builder builder) {
        return builder.baseUrl(API_BASE)
                .defaultHeader("Accept", "application/json")
                .build();
    }

    @Bean
    public PaychexTokenProvider paychexTokenProvider(WebClient paychexClient) {
        return new PaychexTokenProvider(paychexClient, CLIENT_ID, CLIENT_SECRET);
    }

    @Bean
    public PayComponentMapping payComponents() {
        return PayComponentMapping.builder()
                .map("LESSON", "Hourly - Teaching")
                .map("ENSEMBLE", "Hourly - Ensemble")
                .map("RECITAL", "Flat - Recital Stipend")
                .build();
    }
}
""", rand(32), client="l7" + fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits))

add("properties/mysql-password", "payroll-sync/src/main/resources/application-prod.properties", "Spring Boot docs: common application properties, spring.datasource.* (docs.spring.io)", """
# Production profile for payroll-sync (Northside Music Studio)
server.port=8081
spring.application.name=payroll-sync

spring.datasource.url=jdbc:mysql://studio-db.northsidemusic.org:3306/lessons?useSSL=true&serverTimezone=America/Denver
spring.datasource.username=payroll_sync
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=5

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

payroll.schedule.cron=0 0 16 * * FRI
payroll.period.length-days=14
payroll.rates.default-lesson-minutes=30

management.endpoints.web.exposure.include=health,info
logging.level.org.northsidemusic.payroll=INFO
""", rand_pw(18, "#%+="))

add("properties/decoy-env-reference", "payroll-sync/src/main/resources/application.properties", "Spring Boot docs: externalized configuration, property placeholders (docs.spring.io)", """
# Defaults; every credential comes from the environment (see deploy/payroll-sync.service)
server.port=8081
spring.application.name=payroll-sync

spring.datasource.url=${PAYROLL_DB_URL:jdbc:mysql://localhost:3306/lessons}
spring.datasource.username=${PAYROLL_DB_USER:payroll_sync}
spring.datasource.password=${PAYROLL_DB_PASSWORD}

paychex.client-id=${PAYCHEX_CLIENT_ID}
paychex.client-secret=${PAYCHEX_CLIENT_SECRET}
paychex.company-id=${PAYCHEX_COMPANY_ID}

payroll.schedule.cron=0 0 16 * * FRI
payroll.period.length-days=14
management.endpoints.web.exposure.include=health
""")

add("ini/odbc-password", "office/accounting/odbc.ini", "unixODBC docs: odbc.ini data source entries, UID and PWD (unixodbc.org)", """
; ODBC data sources on the office server (used by the payroll and tuition reports in LibreOffice Base)
[ODBC Data Sources]
LessonRegister = FreeTDS SQL Server
Bookkeeping    = MariaDB

[LessonRegister]
Driver      = FreeTDS
Server      = studio-sql01.lakeside.local
Port        = 1433
Database    = LessonRegister
TDS_Version = 7.4

[Bookkeeping]
Driver   = MariaDB Unicode
Server   = 192.168.20.15
Port     = 3306
Database = bookkeeping
UID      = reports
PWD      = @@secret@@
Option   = 3
CHARSET  = utf8mb4
""", words_pw())

add("sql/mysql-password", "payroll-sync/db/grants.sql", "MySQL docs: CREATE USER ... IDENTIFIED BY (dev.mysql.com/doc)", """
-- Accounts for payroll-sync and the bookkeeper's read-only reports.
-- Applied by hand on studio-db after each restore from backup.

CREATE USER IF NOT EXISTS 'payroll_sync'@'10.20.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON lessons.lessons TO 'payroll_sync'@'10.20.0.%';
GRANT SELECT ON lessons.teachers TO 'payroll_sync'@'10.20.0.%';
GRANT SELECT, INSERT, UPDATE ON lessons.pay_periods TO 'payroll_sync'@'10.20.0.%';

CREATE USER IF NOT EXISTS 'bookkeeper'@'%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
GRANT SELECT ON lessons.v_teacher_hours TO 'bookkeeper'@'%';
GRANT SELECT ON lessons.v_tuition_received TO 'bookkeeper'@'%';

FLUSH PRIVILEGES;
""", rand_pw(16, "!#%&"))

add("sql/decoy-hash", "payroll-sync/db/schema.sql", "PostgreSQL docs: pgcrypto, crypt() and gen_salt('bf') (postgresql.org/docs)", """
-- Teacher self-service portal (view hours, download stubs).
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE teacher_accounts (
    teacher_id      text PRIMARY KEY,
    email           citext UNIQUE NOT NULL,
    password_hash   text NOT NULL,            -- crypt(password, gen_salt('bf', 12))
    bank_token_ref  text,                     -- reference to the payroll provider's vault, never the account
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- Demo rows for the staging database (passwords reset on first login).
INSERT INTO teacher_accounts (teacher_id, email, password_hash, bank_token_ref) VALUES
 ('T-0142', 'adaeze.okafor@example.org', '$2a$12$Hq3Vd8Yw1Zr5Kc0Lm2Np4uO7aBcDeF9gHiJkLmNoPqRsTuVwXyZ1e', 'gusto:bank:3f9a1c7e'),
 ('T-0157', 'henrik.lindqvist@example.org', '$2a$12$Pz8Ab3Cd5Ef7Gh9Ij1Kl3uMnOpQrStUvWxYz0a1B2c3D4e5F6g7hi', 'gusto:bank:8b2d0e4f'),
 ('T-0163', 'lucia.moreno@example.org', '$2a$12$Rt6Yu8Io0Pa2Sd4Fg6Hj8uKlZxCvBnMqWeRtYuIoPaSdFgHjKlZx.', NULL);

CREATE INDEX teacher_accounts_email_idx ON teacher_accounts (email);
""")


# ---------------------------------------------------------------------------------------------
# Online lessons and video
# ---------------------------------------------------------------------------------------------

add("python/zoom-client-secret", "cadenza/cadenza/online/zoom_api.py", "Zoom docs: Server-to-Server OAuth, account_credentials grant (developers.zoom.us)", '''
"""Creates a Zoom meeting for each online lesson and stores the join link on the lesson."""
import base64
import time

import requests

ZOOM_ACCOUNT_ID = "@@account@@"
ZOOM_CLIENT_ID = "@@client@@"
ZOOM_CLIENT_SECRET = "@@secret@@"

_token = {"value": None, "expires": 0.0}


def _access_token() -> str:
    if _token["value"] and time.time() < _token["expires"] - 60:
        return _token["value"]
    basic = base64.b64encode(f"{ZOOM_CLIENT_ID}:{ZOOM_CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
        headers={"Authorization": f"Basic {basic}"},
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    _token.update(value=body["access_token"], expires=time.time() + body["expires_in"])
    return _token["value"]


def create_lesson_meeting(teacher_email: str, topic: str, start_iso: str, minutes: int) -> dict:
    resp = requests.post(
        f"https://api.zoom.us/v2/users/{teacher_email}/meetings",
        headers={"Authorization": f"Bearer {_access_token()}"},
        json={
            "topic": topic,
            "type": 2,
            "start_time": start_iso,
            "duration": minutes,
            "settings": {"waiting_room": True, "audio_type": "computer", "auto_recording": "none"},
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
''', rand(32), account=rand(22, B64URL), client=rand(22, B64URL))

add("python/decoy-env-reference", "cadenza/cadenza/online/meeting_sdk.py", "Zoom docs: Meeting SDK auth, generate the SDK JWT (developers.zoom.us)", '''
"""Signature for the in-browser Meeting SDK (students join lessons inside the portal)."""
import os
import time

import jwt

# The SDK key is the app's client ID and is sent to the browser with every signature.
SDK_KEY = os.environ.get("ZOOM_SDK_KEY", "")
SDK_SECRET = os.environ.get("ZOOM_SDK_SECRET", "")

ROLE_ATTENDEE = 0
ROLE_HOST = 1


def sdk_signature(meeting_number: str, role: int = ROLE_ATTENDEE) -> str:
    if not SDK_SECRET:
        raise RuntimeError("ZOOM_SDK_SECRET missing; see docs/online-lessons/zoom-setup-for-teachers.md")
    iat = int(time.time()) - 30
    payload = {
        "appKey": SDK_KEY,
        "sdkKey": SDK_KEY,
        "mn": meeting_number,
        "role": role,
        "iat": iat,
        "exp": iat + 60 * 60 * 2,
        "tokenExp": iat + 60 * 60 * 2,
    }
    return jwt.encode(payload, SDK_SECRET, algorithm="HS256")


# Recurring group classes (meeting numbers are not secrets; the waiting room admits students).
GROUP_CLASS_MEETINGS = {
    "theory-grade-1": "84213597730",
    "theory-grade-3": "86659021147",
    "ukulele-club": "81940287765",
}
''')

add("typescript/zoom-webhook-secret", "lesson-events/src/zoomWebhook.ts", "Zoom docs: webhooks, verify with your webhook secret token (developers.zoom.us)", """
import crypto from "node:crypto";
import express from "express";

import { markAttendance } from "./attendance";

const ZOOM_WEBHOOK_SECRET_TOKEN = "@@secret@@";

export const zoomRouter = express.Router();

zoomRouter.post("/zoom/events", express.json(), async (req, res) => {
  // URL validation challenge when the endpoint is saved in the Zoom app.
  if (req.body.event === "endpoint.url_validation") {
    const plainToken: string = req.body.payload.plainToken;
    const encryptedToken = crypto.createHmac("sha256", ZOOM_WEBHOOK_SECRET_TOKEN).update(plainToken).digest("hex");
    return res.json({ plainToken, encryptedToken });
  }

  const message = `v0:${req.headers["x-zm-request-timestamp"]}:${JSON.stringify(req.body)}`;
  const expected = "v0=" + crypto.createHmac("sha256", ZOOM_WEBHOOK_SECRET_TOKEN).update(message).digest("hex");
  if (req.headers["x-zm-signature"] !== expected) {
    return res.status(401).end();
  }

  if (req.body.event === "meeting.participant_joined") {
    const { id, participant } = req.body.payload.object;
    await markAttendance(String(id), participant.email, participant.join_time);
  }
  res.status(200).end();
});
""", rand(22, B64URL))

add("k8s-secret/vimeo-access-token", "deploy/k8s/lesson-video/vimeo-secret.yaml", "Kubernetes docs: Secret data values are base64 (kubernetes.io/docs/concepts/configuration/secret); Vimeo API docs: access tokens", """
apiVersion: v1
kind: Secret
metadata:
  name: vimeo-upload
  namespace: lesson-video
  labels:
    app.kubernetes.io/name: recording-uploader
    app.kubernetes.io/part-of: crescendo-online
type: Opaque
data:
  VIMEO_CLIENT_ID: @@client@@
  VIMEO_ACCESS_TOKEN: @@token@@
  VIMEO_FOLDER_ID: @@folder@@
""", (vimeo := hexs(32)), client=b64(hexs(40)), token=b64(vimeo), folder=b64("18822731"))

add("env/mux-token-secret", "recital-stream/.env.production", "Mux docs: API access tokens, token ID and token secret (docs.mux.com)", """
# recital-stream: live streams of student recitals for families who cannot attend
NODE_ENV=production
PORT=3000
PUBLIC_BASE_URL=https://watch.fermatamusic.com

MUX_TOKEN_ID=@@id@@
MUX_TOKEN_SECRET=@@secret@@
MUX_ENV=production
MUX_LATENCY_MODE=reduced
MUX_RECONNECT_WINDOW=60

# playback is signed; the signing key lives in mux-signing-key.json (not in this file)
MUX_PLAYBACK_POLICY=signed
RECITAL_ACCESS_CODE_TTL_HOURS=72
SESSION_COOKIE_NAME=fm_watch
""", rand(75, B64), id=uuid_s())

add("json/private-key", "recital-stream/config/mux-signing-key.json", "Mux docs: signed URLs, signing keys (id and base64-encoded private key) (docs.mux.com)", """
{
  "data": {
    "private_key": "@@secret@@",
    "id": "@@id@@",
    "created_at": "1717430400"
  },
  "comment": "Signing key for signed playback of recital streams (Fermata Music Co.)"
}
""", b64(pem("RSA", 25, "MIIEowIBAAKCAQEA")), id=rand(40))

add("json/decoy-ids", "recital-stream/test/fixtures/mux-asset-ready.json", "Mux docs: webhooks, video.asset.ready payload (docs.mux.com)", """
{
  "type": "video.asset.ready",
  "object": {
    "type": "asset",
    "id": "@@asset@@"
  },
  "id": "@@event@@",
  "environment": {
    "name": "Production",
    "id": "j0863n"
  },
  "data": {
    "status": "ready",
    "playback_ids": [
      {"policy": "signed", "id": "@@playback@@"}
    ],
    "passthrough": "recital-2024-spring-strings",
    "max_stored_resolution": "HD",
    "duration": 4712.3,
    "live_stream_id": "@@live@@",
    "aspect_ratio": "16:9"
  },
  "created_at": "2024-05-18T21:14:03.000000Z",
  "attempts": []
}
""", asset=rand(44), event=uuid_s(), playback=rand(44), live=rand(44))

add("javascript/daily-api-key", "netlify/functions/lesson-room.js", "Daily docs: REST API, Authorization: Bearer API key (docs.daily.co)", """
// Netlify function: creates a private Daily room for an online lesson and a meeting token for the student.
const fetch = require('node-fetch');

const DAILY_API_KEY = '@@secret@@';
const DAILY_API = 'https://api.daily.co/v1';

async function daily(path, body) {
  const res = await fetch(DAILY_API + path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Bearer ' + DAILY_API_KEY,
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error('daily ' + path + ' ' + res.status);
  return res.json();
}

exports.handler = async (event) => {
  const { lessonId, studentName, startsAt, minutes } = JSON.parse(event.body);
  const exp = Math.floor(new Date(startsAt).getTime() / 1000) + (minutes + 15) * 60;
  const room = await daily('/rooms', {
    name: 'lesson-' + lessonId,
    privacy: 'private',
    properties: { exp, enable_chat: true, enable_recording: 'cloud', max_participants: 3 },
  });
  const token = await daily('/meeting-tokens', {
    properties: { room_name: room.name, user_name: studentName, exp },
  });
  return { statusCode: 200, body: JSON.stringify({ url: room.url, token: token.token }) };
};
""", hexs(64))

add("go/agora-app-certificate", "token-server/main.go", "Agora docs: secure authentication with tokens, App ID and App Certificate (docs.agora.io)", """
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"strconv"
	"time"

	rtctokenbuilder "github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/rtctokenbuilder2"
)

// Practice-room video for the Lakeside Suzuki group classes.
const (
	appID          = "@@appid@@"
	appCertificate = "@@secret@@"
	tokenTTL       = uint32(2 * time.Hour / time.Second)
)

func tokenHandler(w http.ResponseWriter, r *http.Request) {
	channel := r.URL.Query().Get("channel")
	uid, err := strconv.ParseUint(r.URL.Query().Get("uid"), 10, 32)
	if channel == "" || err != nil {
		http.Error(w, "channel and uid required", http.StatusBadRequest)
		return
	}
	token, err := rtctokenbuilder.BuildTokenWithUid(appID, appCertificate, channel, uint32(uid),
		rtctokenbuilder.RolePublisher, tokenTTL, tokenTTL)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"token": token})
}

func main() {
	http.HandleFunc("/rtc-token", tokenHandler)
	log.Println("token server on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
""", hexs(32), appid=hexs(32))

add("go/decoy-app-id", "practice-rooms/client/config.go", "Agora docs: App ID is used in the client, the certificate stays on the token server (docs.agora.io)", """
package client

import (
	"fmt"
	"os"
)

// AppID identifies the Agora project in the client SDK; it is not a credential.
// Tokens come from token-server, which holds the App Certificate (AGORA_APP_CERTIFICATE).
const AppID = "@@appid@@"

// Channels used by the weekly group classes.
var Channels = map[string]string{
	"book1-twinkles": "lsz-book1-tue-1600",
	"book2-minuets":  "lsz-book2-wed-1630",
	"fiddle-club":    "lsz-fiddle-sat-1000",
}

func TokenServer() string {
	if u := os.Getenv("TOKEN_SERVER_URL"); u != "" {
		return u
	}
	return "https://tokens.lakesidesuzuki.org"
}

func TokenURL(channel string, uid uint32) string {
	return fmt.Sprintf("%s/rtc-token?channel=%s&uid=%d", TokenServer(), channel, uid)
}
""", appid=hexs(32))

add("rust/livekit-api-secret", "ensemble-room/src/config.rs", "LiveKit docs: authentication, API key and secret sign access tokens (docs.livekit.io)", """
//! Settings for the ensemble rehearsal rooms (LiveKit Cloud).

use std::time::Duration;

pub const LIVEKIT_URL: &str = "wss://crescendo-ensembles-4q2v8h1k.livekit.cloud";
pub const LIVEKIT_API_KEY: &str = "@@key@@";
pub const LIVEKIT_API_SECRET: &str = "@@secret@@";

pub const TOKEN_TTL: Duration = Duration::from_secs(3 * 60 * 60);
pub const MAX_PARTICIPANTS: u32 = 24;

pub struct RoomPolicy {
    pub name_prefix: &'static str,
    pub allow_screen_share: bool,
    pub record: bool,
}

pub const YOUTH_ORCHESTRA: RoomPolicy = RoomPolicy {
    name_prefix: "yo-sectional",
    allow_screen_share: true,
    record: false,
};

pub const JAZZ_COMBO: RoomPolicy = RoomPolicy {
    name_prefix: "jazz-combo",
    allow_screen_share: false,
    record: true,
};
""", rand(43), key="API" + rand(12))

add("ruby/twilio-api-secret", "lesson-hub/app/services/video_room_service.rb", "Twilio docs: API keys (SK SID and secret) for Access Tokens (twilio.com/docs/iam/api-keys)", """
# Online lessons over Twilio Video (legacy rooms kept for the theory classes).
require "twilio-ruby"

class VideoRoomService
  ACCOUNT_SID = "AC@@account@@".freeze
  API_KEY_SID = "SK@@keysid@@".freeze
  API_KEY_SECRET = "@@secret@@".freeze

  def initialize(lesson)
    @lesson = lesson
  end

  def access_token_for(identity)
    token = Twilio::JWT::AccessToken.new(
      ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET,
      [Twilio::JWT::AccessToken::VideoGrant.new.tap { |g| g.room = room_name }],
      identity: identity,
      ttl: 2.hours.to_i,
    )
    token.to_jwt
  end

  def room_name
    "lesson-#{@lesson.id}-#{@lesson.starts_at.strftime('%Y%m%d%H%M')}"
  end
end
""", rand(32), account=hexs(32), keysid=hexs(32))

add("compose/decoy-env-reference", "jitsi/docker-compose.yml", "Jitsi docs: self-hosting with Docker, .env passwords from gen-passwords.sh (jitsi.github.io/handbook)", """
services:
  web:
    image: jitsi/web:stable-9646
    restart: unless-stopped
    ports:
      - "443:443"
    environment:
      - PUBLIC_URL=https://meet.harmonyhousemusic.co.uk
      - ENABLE_AUTH=1
      - ENABLE_GUESTS=1
      - TZ=Europe/London
  prosody:
    image: jitsi/prosody:stable-9646
    restart: unless-stopped
    environment:
      - AUTH_TYPE=internal
      - JICOFO_AUTH_PASSWORD=${JICOFO_AUTH_PASSWORD}
      - JVB_AUTH_PASSWORD=${JVB_AUTH_PASSWORD}
      - JIGASI_XMPP_PASSWORD=${JIGASI_XMPP_PASSWORD}
  jicofo:
    image: jitsi/jicofo:stable-9646
    restart: unless-stopped
    environment:
      - JICOFO_AUTH_PASSWORD=${JICOFO_AUTH_PASSWORD}
    depends_on:
      - prosody
  jvb:
    image: jitsi/jvb:stable-9646
    restart: unless-stopped
    ports:
      - "10000:10000/udp"
    environment:
      - JVB_AUTH_PASSWORD=${JVB_AUTH_PASSWORD}
      - JVB_ADVERTISE_IPS=${PUBLIC_IP}
    depends_on:
      - prosody
""")

add("env/jitsi-auth-password", "jitsi/.env", "Jitsi docs: self-hosting with Docker, security section of .env (jitsi.github.io/handbook)", """
# Harmony House online lessons - Jitsi Meet on the Hetzner box
CONFIG=~/.jitsi-meet-cfg
HTTP_PORT=80
HTTPS_PORT=443
TZ=Europe/London
PUBLIC_URL=https://meet.harmonyhousemusic.co.uk
PUBLIC_IP=95.217.40.118

ENABLE_LETSENCRYPT=1
LETSENCRYPT_DOMAIN=meet.harmonyhousemusic.co.uk
LETSENCRYPT_EMAIL=it@harmonyhousemusic.co.uk

ENABLE_AUTH=1
ENABLE_GUESTS=1
AUTH_TYPE=internal

# Security: passwords for the internal XMPP accounts
JICOFO_AUTH_PASSWORD=@@secret@@
JVB_AUTH_PASSWORD=
JIGASI_XMPP_PASSWORD=
JIBRI_RECORDER_PASSWORD=
JIBRI_XMPP_PASSWORD=
""", hexs(32))

add("github-actions/backblaze-application-key", ".github/workflows/archive-recordings.yml", "Backblaze docs: application keys, keyID and applicationKey (backblaze.com/docs/cloud-storage-application-keys)", """
name: Archive lesson recordings

on:
  schedule:
    - cron: "30 3 * * 0"
  workflow_dispatch:

jobs:
  archive:
    runs-on: ubuntu-latest
    env:
      B2_APPLICATION_KEY_ID: "@@keyid@@"
      B2_APPLICATION_KEY: "@@secret@@"
      B2_BUCKET: fermata-lesson-recordings
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install b2==4.0.1
      - name: Move recordings older than 90 days to cold storage
        run: |
          b2 account authorize "$B2_APPLICATION_KEY_ID" "$B2_APPLICATION_KEY"
          python scripts/archive_recordings.py --older-than 90 --bucket "$B2_BUCKET"
""", "K005" + rand(27), keyid="005" + hexs(22))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-recital-stream.yml", "GitHub docs: using secrets in GitHub Actions (docs.github.com/actions/security-guides)", """
name: Deploy recital-stream

on:
  push:
    branches: [main]
    paths: ["recital-stream/**"]

permissions:
  contents: read
  id-token: write

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: recital-stream/package-lock.json
      - run: npm ci
        working-directory: recital-stream
      - run: npm test
        working-directory: recital-stream
      - name: Deploy to Fly.io
        uses: superfly/flyctl-actions/setup-flyctl@v1
      - run: |
          flyctl secrets set --stage \\
            MUX_TOKEN_ID="${{ secrets.MUX_TOKEN_ID }}" \\
            MUX_TOKEN_SECRET="${{ secrets.MUX_TOKEN_SECRET }}" \\
            MUX_SIGNING_KEY="${{ secrets.MUX_SIGNING_KEY }}"
          flyctl deploy --remote-only
        working-directory: recital-stream
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
""")

add("shell/aws-secret-access-key", "scripts/sync_recordings.sh", "Wasabi docs: using the AWS CLI with Wasabi (S3-compatible access keys) (docs.wasabi.com)", """
#!/usr/bin/env bash
# Nightly: copy the day's lesson recordings from the studio NAS to Wasabi.
# Runs from cron on nas01 as the 'backup' user.
set -euo pipefail

export AWS_ACCESS_KEY_ID=@@keyid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=us-east-2

SRC=/volume1/recordings/lessons
DEST=s3://lakeside-lesson-recordings/$(date +%Y)/
ENDPOINT=https://s3.us-east-2.wasabisys.com
LOG=/volume1/logs/sync_recordings_$(date +%F).log

find "$SRC" -name '*.mp4' -mtime -2 -print > /tmp/recordings.lst
echo "$(wc -l < /tmp/recordings.lst) files to sync" | tee -a "$LOG"

aws s3 sync "$SRC" "$DEST" \\
  --endpoint-url "$ENDPOINT" \\
  --exclude '*' --include '*.mp4' \\
  --storage-class STANDARD \\
  --only-show-errors >> "$LOG" 2>&1

echo "done $(date -Is)" >> "$LOG"
""", fakes.drawn(_seed(), 40, ALNUM + "/+"), keyid=upper(20))

add("ini/rclone-obscured-password", "it/nas/rclone.conf", "rclone docs: config file, obscured passwords (rclone.org/docs/#obscure) and the SFTP backend", """
[studio-nas]
type = sftp
host = nas01.bluebirdpiano.local
user = rclone
port = 22
pass = @@secret@@
shell_type = unix
md5sum_command = md5sum
sha1sum_command = sha1sum

[recordings-crypt]
type = crypt
remote = b2-recordings:bluebird-recordings/enc
filename_encryption = standard
directory_name_encryption = true

[b2-recordings]
type = b2
account = env:B2_ACCOUNT_ID
hard_delete = false
""", b64url_bytes(30))

add("markdown/decoy-docs", "docs/online-lessons/zoom-setup-for-teachers.md", "Zoom support: waiting room, passcodes and the school's Zoom app (support.zoom.com)", """
# Teaching online with the school Zoom account

Every online lesson gets its own meeting, created by the portal when the lesson is booked.
You never need to create meetings yourself.

## Before your first online lesson
1. Accept the invitation to the **Riverbend School of Music** Zoom account (check your school email).
2. In Zoom *Settings > Audio*, turn on **Original sound for musicians** and **High-fidelity music mode**.
3. Use a wired connection if you can; Wi-Fi in Studio 4 is poor.

## Joining
- Open the lesson in the portal and press **Start lesson**. The meeting has a waiting room;
  admit the student when you see their name.
- Meeting IDs look like `842 1359 7730`. Passcodes are generated per lesson and sent to the
  family by the portal, so do not post them on the class page.

## Recording
Recordings are off by default. If a family asks for one, record locally and upload it to the
student's folder; never to your personal cloud.

## Where the credentials live
The portal's Zoom app credentials (account ID, client ID, client secret) are stored in 1Password,
vault **Online lessons**, item `Zoom S2S app - portal`. Teachers never need them.
""")

add("notebook/google-api-key", "analysis/recital_channel_stats.ipynb", "Google docs: YouTube Data API, API keys (developers.google.com/youtube/v3/getting-started)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Recital channel: views per performance\n",
    "Which spring-recital videos do families actually watch? (for the board report)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from googleapiclient.discovery import build\n",
    "\n",
    "API_KEY = \"@@secret@@\"\n",
    "CHANNEL_ID = \"UC@@channel@@\"\n",
    "youtube = build(\"youtube\", \"v3\", developerKey=API_KEY)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "142 videos\n"
     ]
    }
   ],
   "source": [
    "uploads = youtube.channels().list(part=\"contentDetails\", id=CHANNEL_ID).execute()\n",
    "playlist = uploads[\"items\"][0][\"contentDetails\"][\"relatedPlaylists\"][\"uploads\"]\n",
    "videos = []\n",
    "req = youtube.playlistItems().list(part=\"contentDetails\", playlistId=playlist, maxResults=50)\n",
    "while req:\n",
    "    res = req.execute()\n",
    "    videos += [i[\"contentDetails\"][\"videoId\"] for i in res[\"items\"]]\n",
    "    req = youtube.playlistItems().list_next(req, res)\n",
    "print(len(videos), \"videos\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "stats = youtube.videos().list(part=\"statistics,snippet\", id=\",\".join(videos[:50])).execute()\n",
    "df = pd.json_normalize(stats[\"items\"])\n",
    "df[[\"snippet.title\", \"statistics.viewCount\"]].sort_values(\"statistics.viewCount\", ascending=False).head(20)"
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
""", google_api_key(), channel=rand(22, B64URL))

add("notebook/decoy-hashed-ids", "analysis/practice_minutes_by_cohort.ipynb", "Jupyter docs: notebook file format (nbformat.readthedocs.io); pseudonymised ids with SHA-256", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "                                          student_key  cohort  minutes_wk\n",
       "0  @@h1@@  book-1         84\n",
       "1  @@h2@@  book-2        121\n",
       "2  @@h3@@  book-1         37"
      ]
     },
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "import hashlib, os\n",
    "import pandas as pd\n",
    "\n",
    "# pseudonymise: sha256(pepper + student id); the pepper is read from the environment\n",
    "PEPPER = os.environ[\"PRACTICE_ID_PEPPER\"]\n",
    "log = pd.read_parquet(\"s3://lakeside-analytics/practice_log/2024-10.parquet\")\n",
    "log[\"student_key\"] = log.student_id.map(lambda s: hashlib.sha256((PEPPER + s).encode()).hexdigest())\n",
    "weekly = log.groupby([\"student_key\", \"cohort\"]).minutes.sum().div(4).round().astype(int)\n",
    "weekly.rename(\"minutes_wk\").reset_index().head(3)"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "Book 2 students practise roughly 45% longer than book 1. Median is more honest than mean here."
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
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("toml/cloudflare-api-token", "workers/stream-signer/wrangler.toml", "Cloudflare docs: Wrangler configuration, [vars] (developers.cloudflare.com/workers/wrangler/configuration); API tokens", """
name = "stream-signer"
main = "src/index.ts"
compatibility_date = "2024-09-23"
account_id = "@@account@@"

routes = [
  { pattern = "watch.allegroacademy.org/token/*", zone_name = "allegroacademy.org" }
]

[vars]
STREAM_CUSTOMER_CODE = "customer-@@customer@@"
SIGNED_URL_TTL_SECONDS = "7200"
CF_API_TOKEN = "@@secret@@"
ALLOWED_ORIGINS = "https://allegroacademy.org,https://www.allegroacademy.org"

[[kv_namespaces]]
binding = "RECITAL_TICKETS"
id = "@@kv@@"

[observability]
enabled = true
""", rand(40, B64URL), account=hexs(32), customer=fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits), kv=hexs(32))

add("php/wistia-api-token", "site/wp-content/themes/crescendo/inc/wistia.php", "Wistia docs: Data API, authentication with an API token (wistia.com/support/developers)", """
<?php
/**
 * Crescendo Conservatory: pulls masterclass videos from Wistia for the members area.
 */

const CRESCENDO_WISTIA_TOKEN = '@@secret@@';
const CRESCENDO_WISTIA_PROJECT = 'm7q2k9z4xb';

function crescendo_wistia_request( $path, $args = array() ) {
    $url = add_query_arg( $args, 'https://api.wistia.com/v1/' . ltrim( $path, '/' ) );
    $response = wp_remote_get( $url, array(
        'timeout' => 15,
        'headers' => array( 'Authorization' => 'Bearer ' . CRESCENDO_WISTIA_TOKEN ),
    ) );
    if ( is_wp_error( $response ) || 200 !== wp_remote_retrieve_response_code( $response ) ) {
        return array();
    }
    return json_decode( wp_remote_retrieve_body( $response ), true );
}

function crescendo_masterclass_videos() {
    $cached = get_transient( 'crescendo_masterclasses' );
    if ( false !== $cached ) {
        return $cached;
    }
    $medias = crescendo_wistia_request( 'medias.json', array(
        'project_id' => CRESCENDO_WISTIA_PROJECT,
        'sort_by'    => 'created',
        'sort_direction' => 0,
    ) );
    set_transient( 'crescendo_masterclasses', $medias, HOUR_IN_SECONDS );
    return $medias;
}
""", hexs(64))


# ---------------------------------------------------------------------------------------------
# Recital ticketing
# ---------------------------------------------------------------------------------------------

add("python/eventbrite-token", "ticketing/recitals/eventbrite_sync.py", "Eventbrite docs: API authentication, private token (eventbrite.com/platform/api)", '''
"""Copies recital ticket orders from Eventbrite into the student-performer seating plan."""
import csv
import sys

import requests

EVENTBRITE_TOKEN = "@@secret@@"
ORG_ID = "@@org@@"
API = "https://www.eventbriteapi.com/v3"


def orders(event_id: str):
    url = f"{API}/events/{event_id}/orders/"
    params = {"status": "active", "expand": "attendees"}
    headers = {"Authorization": f"Bearer {EVENTBRITE_TOKEN}"}
    while True:
        page = requests.get(url, params=params, headers=headers, timeout=20).json()
        yield from page["orders"]
        if not page["pagination"]["has_more_items"]:
            break
        params["continuation"] = page["pagination"]["continuation"]


def main(event_id: str, out_path: str) -> None:
    with open(out_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["order", "name", "tickets", "performer_family"])
        for order in orders(event_id):
            answers = {a["question_id"]: a.get("answer") for a in order["attendees"][0].get("answers", [])}
            writer.writerow([order["id"], order["name"], len(order["attendees"]), answers.get("281734915", "")])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
''', upper(20), org=digits(12))

add("python/decoy-ids", "ticketing/recitals/events.py", "Eventbrite docs: embedded checkout widget, event IDs (eventbrite.com/platform/docs/embedded-checkout)", '''
"""Recital dates and their public Eventbrite events (ids are public: they are in every ticket link)."""
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Recital:
    title: str
    starts: datetime
    venue: str
    eventbrite_id: str

    @property
    def ticket_url(self) -> str:
        return f"https://www.eventbrite.com/e/{self.eventbrite_id}"

    def widget(self) -> str:
        return ("<div id=\\"eventbrite-widget-container-%s\\"></div>" % self.eventbrite_id)


SPRING_2025 = [
    Recital("Strings & Winds Recital", datetime(2025, 5, 10, 14, 0), "St. Mark's Hall", "1034871926547"),
    Recital("Piano Recital I", datetime(2025, 5, 17, 11, 0), "Riverbend Studio A", "1034872259713"),
    Recital("Piano Recital II", datetime(2025, 5, 17, 15, 0), "Riverbend Studio A", "1034872388101"),
    Recital("Rock Band Showcase", datetime(2025, 5, 24, 18, 30), "The Loft", "1034873019645"),
]
''')

add("typescript/ticket-tailor-api-key", "box-office/src/ticketTailor.ts", "Ticket Tailor docs: API authentication, API key as the Basic auth username (developers.tickettailor.com)", """
// Ticket Tailor: recital tickets for Allegro Academy (door check-in pulls issued tickets)
import fetch from "node-fetch";

const BASE = "https://api.tickettailor.com/v1";
// base64("<api key>:"), the key is the username and the password is empty
const AUTH = "Basic @@secret@@";

export interface IssuedTicket {
  id: string;
  barcode: string;
  full_name: string;
  status: "valid" | "void";
  checked_in: "true" | "false";
}

export async function issuedTickets(eventId: string): Promise<IssuedTicket[]> {
  const res = await fetch(`${BASE}/issued_tickets?event_id=${eventId}&limit=100`, {
    headers: { Accept: "application/json", Authorization: AUTH },
  });
  if (!res.ok) throw new Error(`Ticket Tailor ${res.status}`);
  const body = (await res.json()) as { data: IssuedTicket[] };
  return body.data;
}

export async function checkIn(ticketId: string): Promise<void> {
  await fetch(`${BASE}/check_ins`, {
    method: "POST",
    headers: { Authorization: AUTH, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ issued_ticket_id: ticketId, quantity: "1" }),
  });
}
""", b64("sk_" + digits(4) + "_" + digits(6) + "_" + hexs(32) + ":"))

add("ansible/square-webhook-signature-key", "ansible/group_vars/boxoffice.yml", "Square docs: validate webhook notifications, signature key (developer.squareup.com/docs/webhooks)", """
---
# Box office host (recital ticket sales at the door, Square Terminal)
boxoffice_domain: tickets.northsidemusic.org
boxoffice_app_version: "2.4.1"
boxoffice_port: 8090

square_environment: production
square_location_id: L8RT4XK2P9M1Q
square_webhook_url: "https://{{ boxoffice_domain }}/square/webhook"
square_webhook_signature_key: "@@secret@@"
square_access_token: "{{ vault_square_access_token }}"

boxoffice_recital_prices:
  adult: 12
  student: 6
  under_five: 0

nginx_client_max_body_size: 2m
certbot_email: it@northsidemusic.org
""", rand(22, B64URL))

add("ansible/decoy-ansible-vault", "ansible/group_vars/boxoffice/vault.yml", "Ansible docs: encrypting content with Ansible Vault (docs.ansible.com/ansible/latest/vault_guide)", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
@@l7@@
@@l8@@
""", **{f"l{i}": hexs(80) for i in range(1, 9)})

add("csv/decoy-ticket-codes", "recitals/2025-spring/door_list_piano_I.csv", "Ticket Tailor docs: issued tickets export (barcode, status, checked in)", """
ticket_id,barcode,order_ref,name,ticket_type,seat,status,checked_in
it_48210931,@@b1@@,or_9913024,Patel Family,Adult,B4,valid,false
it_48210932,@@b2@@,or_9913024,Patel Family,Student,B5,valid,false
it_48210977,@@b3@@,or_9913051,Grace Whitfield,Adult,C1,valid,false
it_48211012,@@b4@@,or_9913088,Jonas Eriksen,Adult,,void,false
it_48211013,@@b5@@,or_9913090,Jonas Eriksen,Adult,D2,valid,false
it_48211040,@@b6@@,or_9913112,Okonkwo Family,Under 5,,valid,false
""", **{f"b{i}": upper(8) for i in range(1, 7)})

add("markdown/square-dashboard-password", "recitals/BOX-OFFICE-HANDOVER.md", "Handover practice: a box-office note with the Square Dashboard login", """
# Box office handover - spring recitals

Hi Priya, thanks for covering the door this season! Everything you need:

## Square (ticket sales at the door)
- Dashboard: https://squareup.com/login
- Login: `boxoffice@northsidemusic.org`
- Password: `@@secret@@`
- The Terminal is in the grey case in the office, charger in the top drawer.
- Device code for the Terminal is already paired; if it asks, call me.

## Prices
| Ticket    | Price |
|-----------|-------|
| Adult     | $12   |
| Student   | $6    |
| Under 5   | free  |

## On the night
1. Open the door list (Drive > Recitals > 2025 Spring) on the iPad.
2. Scan barcodes with the Ticket Tailor Box Office app; if a code fails, find the name on the list.
3. Cash goes in the blue tin; count it with a second person at the end.

Thanks! - Ilse
""", words_pw())

add("json/gcp-service-account-key", "ticketing/credentials/recitals-sheets-sa.json", "Google Cloud docs: service account keys, JSON key file format (cloud.google.com/iam/docs/keys-create-delete)", """
{
  "type": "service_account",
  "project_id": "riverbend-recitals",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "recital-sheets@riverbend-recitals.iam.gserviceaccount.com",
  "client_id": "@@client@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/recital-sheets%40riverbend-recitals.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", pkcs8_rsa().replace("\n", "\\n"), kid=hexs(40), client=digits(21))

add("json/decoy-firebase-web-config", "ticketing/web/src/firebase-config.json", "Firebase docs: Firebase config object and API keys are not secret (firebase.google.com/docs/projects/api-keys)", """
{
  "apiKey": "@@key@@",
  "authDomain": "riverbend-recitals.firebaseapp.com",
  "projectId": "riverbend-recitals",
  "storageBucket": "riverbend-recitals.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "measurementId": "G-@@ga@@"
}
""", key=google_api_key(), sender=digits(12), app=hexs(22), ga=upper(10))

add("sql/postgres-password", "ticketing/db/init/02_roles.sql", "PostgreSQL docs: ALTER ROLE ... PASSWORD (postgresql.org/docs/current/sql-alterrole.html)", """
-- Roles for the recital ticketing database (run once by the docker-entrypoint init).
CREATE ROLE boxoffice_app LOGIN;
ALTER ROLE boxoffice_app WITH PASSWORD '@@secret@@';
ALTER ROLE boxoffice_app SET statement_timeout = '15s';

CREATE ROLE boxoffice_readonly NOLOGIN;
GRANT CONNECT ON DATABASE tickets TO boxoffice_readonly;
GRANT USAGE ON SCHEMA public TO boxoffice_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO boxoffice_readonly;

CREATE ROLE metabase LOGIN IN ROLE boxoffice_readonly;
-- metabase's password is set by hand from 1Password ("Metabase DB user"), not here.
""", rand_pw(24))

add("html/decoy-public-token", "recitals/site/venue.html", "Mapbox docs: access tokens, public tokens (pk.) for client-side use (docs.mapbox.com/help/glossary/access-token)", """
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Finding St. Mark's Hall - Spring Recitals</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.6.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.6.0/mapbox-gl.js"></script>
  <style>#map { height: 420px; }</style>
</head>
<body>
  <h2>St. Mark's Hall, 41 Church Lane</h2>
  <p>Parking behind the hall; step-free entrance on the east side.</p>
  <div id="map"></div>
  <script>
    mapboxgl.accessToken = 'pk.@@token@@';
    const map = new mapboxgl.Map({
      container: 'map',
      style: 'mapbox://styles/mapbox/streets-v12',
      center: [-93.2650, 44.9778],
      zoom: 15
    });
    new mapboxgl.Marker().setLngLat([-93.2650, 44.9778]).addTo(map);
  </script>
</body>
</html>
""", token=b64url_text('{"u":"riverbendmusic","a":"' + fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits) + '"}') + "." + rand(22, B64URL))

add("dockerfile/sendgrid-api-key", "ticketing/Dockerfile", "SendGrid docs: API keys (docs.sendgrid.com/ui/account-and-settings/api-keys); Docker docs: ENV", """
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    APP_HOME=/srv/boxoffice

WORKDIR $APP_HOME
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .

# ticket confirmation emails
ENV SENDGRID_API_KEY=@@secret@@ \\
    MAIL_FROM="Riverbend Recitals <tickets@riverbendmusic.org>"

EXPOSE 8000
CMD ["gunicorn", "boxoffice.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
""", sendgrid_key())

add("dockerfile/decoy-build-secret-mount", "practice-api/Dockerfile", "Docker docs: build secrets, RUN --mount=type=secret (docs.docker.com/build/building/secrets)", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim@sha256:@@digest@@ AS build

WORKDIR /src
COPY pyproject.toml poetry.lock ./
# The private package index token is mounted for this step only; it never lands in a layer.
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pkgs.allegroacademy.org/simple/" \\
    pip install --no-cache-dir poetry==1.8.3 && poetry export -o requirements.txt && \\
    pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.12-slim@sha256:@@digest@@
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY practice_api /app/practice_api
USER 10001
CMD ["uvicorn", "practice_api.main:app", "--host", "0.0.0.0", "--port", "8080"]
""", digest=sha256ish())

add("kotlin/eventbrite-token", "door-checkin-android/app/src/main/java/org/riverbendmusic/checkin/EventbriteApi.kt", "Eventbrite docs: API authentication, private token as Bearer (eventbrite.com/platform/api)", """
package org.riverbendmusic.checkin

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import retrofit2.http.GET
import retrofit2.http.POST
import retrofit2.http.Path
import retrofit2.http.Query

interface EventbriteService {
    @GET("events/{eventId}/attendees/")
    suspend fun attendees(@Path("eventId") eventId: String, @Query("continuation") continuation: String? = null): AttendeePage

    @POST("events/{eventId}/attendees/{attendeeId}/checkin/")
    suspend fun checkIn(@Path("eventId") eventId: String, @Path("attendeeId") attendeeId: String)
}

object EventbriteApi {
    // Door tablets only; the token belongs to the recitals@ account
    private const val TOKEN = "@@secret@@"

    private val auth = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $TOKEN").build())
    }

    val service: EventbriteService = Retrofit.Builder()
        .baseUrl("https://www.eventbriteapi.com/v3/")
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(EventbriteService::class.java)
}
""", upper(20))

add("swift/stripe-restricted-key", "DoorScanner/DoorScanner/Payments/StripeBackend.swift", "Stripe docs: restricted API keys rk_live_ (docs.stripe.com/keys#limit-access)", """
import Foundation

/// Sells recital tickets at the door with Tap to Pay; talks to Stripe directly (no backend yet).
enum StripeBackend {
    static let restrictedKey = "@@secret@@"
    static let locationID = "tml_FfJ4rOb2qLw8Nn"

    static func connectionToken() async throws -> String {
        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/terminal/connection_tokens")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \\(restrictedKey)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        guard let secret = json?["secret"] as? String else { throw URLError(.badServerResponse) }
        return secret
    }

    static func createPaymentIntent(amountCents: Int, recital: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \\(restrictedKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = "amount=\\(amountCents)&currency=usd&payment_method_types[]=card_present&capture_method=automatic&metadata[recital]=\\(recital)".data(using: .utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
""", stripe_key("rk_live_"))

add("plist/decoy-app-config", "DoorScanner/DoorScanner/Info.plist", "Apple docs: Information Property List keys (developer.apple.com/documentation/bundleresources/information_property_list)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Door Scanner</string>
	<key>CFBundleIdentifier</key>
	<string>org.northsidemusic.doorscanner</string>
	<key>CFBundleShortVersionString</key>
	<string>1.6</string>
	<key>CFBundleVersion</key>
	<string>42</string>
	<key>NSCameraUsageDescription</key>
	<string>The camera scans ticket barcodes at the door.</string>
	<key>NSBluetoothAlwaysUsageDescription</key>
	<string>Bluetooth connects the card reader.</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Card payments need the device location.</string>
	<key>BGTaskSchedulerPermittedIdentifiers</key>
	<array>
		<string>org.northsidemusic.doorscanner.sync</string>
	</array>
	<key>SentryDSN</key>
	<string>https://@@dsnkey@@@o4506871.ingest.us.sentry.io/4507112</string>
	<key>UIRequiredDeviceCapabilities</key>
	<array>
		<string>armv7</string>
	</array>
</dict>
</plist>
""", dsnkey=hexs(32))

add("log/brevo-api-key", "ticketing/logs/mailer-errors.log", "Brevo docs: API keys, api-key header (developers.brevo.com)", """
2025-05-09 19:02:11,482 ERROR mailer: confirmation email failed for order or_9913024
Traceback (most recent call last):
  File "/srv/boxoffice/boxoffice/mailer.py", line 58, in send_confirmation
    resp.raise_for_status()
  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.brevo.com/v3/smtp/email
2025-05-09 19:02:11,483 DEBUG mailer: request was POST https://api.brevo.com/v3/smtp/email headers={'accept': 'application/json', 'content-type': 'application/json', 'api-key': '@@secret@@'} body={"templateId": 12, "to": [{"email": "patel.family@..."}]}
2025-05-09 19:02:11,483 DEBUG mailer: response {"code":"invalid_parameter","message":"params.seat is missing"}
2025-05-09 19:02:14,907 INFO mailer: retry 1/3 for order or_9913024
2025-05-09 19:02:15,311 INFO mailer: sent confirmation for order or_9913024 (messageId <202505091902.3141592@smtp-relay.mailin.fr>)
""", "xkeysib-" + hexs(64) + "-" + rand(16))


# ---------------------------------------------------------------------------------------------
# Instrument rentals
# ---------------------------------------------------------------------------------------------

add("env/shopify-admin-token", "rentals/.env", "Shopify docs: custom apps, Admin API access token shpat_ (shopify.dev/docs/apps/auth)", """
# Rent-to-own instrument store (Shopify) -> rental contracts sync
SHOPIFY_STORE=fermata-rentals.myshopify.com
SHOPIFY_API_VERSION=2024-10
SHOPIFY_ADMIN_TOKEN=@@secret@@
SHOPIFY_LOCATION_ID=71234568213

RENTAL_TERM_MONTHS=12
RENT_TO_OWN_CREDIT_PERCENT=100
DAMAGE_WAIVER_MONTHLY=4.50
SYNC_INTERVAL_MINUTES=15

DATABASE_URL=sqlite:///var/lib/rentals/rentals.db
LOG_LEVEL=info
""", "shpat_" + hexs(32))

add("typescript/decoy-storefront-token", "rentals/storefront/src/lib/shopify.ts", "Shopify docs: Storefront API, public access tokens are meant for the browser (shopify.dev/docs/api/storefront)", """
// Storefront API client for the rentals site (runs in the browser).
// The Storefront *public* access token is designed to be exposed; it only reads products and creates carts.
const domain = "fermata-rentals.myshopify.com";
const storefrontAccessToken = "@@token@@";
const endpoint = `https://${domain}/api/2024-10/graphql.json`;

export async function storefront<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(endpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Storefront-Access-Token": storefrontAccessToken,
    },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = await res.json();
  if (errors) throw new Error(errors[0].message);
  return data as T;
}

export const RENTAL_INSTRUMENTS = `
  query RentalInstruments($first: Int!) {
    collection(handle: "student-rentals") {
      products(first: $first) {
        nodes { id title handle priceRange { minVariantPrice { amount currencyCode } } }
      }
    }
  }
`;
""", token=hexs(32))

add("php/wordpress-db-password", "rentals-site/wp-config.php", "WordPress docs: editing wp-config.php, database settings (developer.wordpress.org/advanced-administration/wordpress/wp-config)", """
<?php
/**
 * Rentals site (rentals.lakesidesuzuki.org) - WordPress configuration.
 */

// ** Database settings ** //
define( 'DB_NAME', 'lsz_rentals' );
define( 'DB_USER', 'lsz_rentals_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// ** Keys and salts: loaded from the host's environment file ** //
require_once __DIR__ . '/../wp-salts.php';

$table_prefix = 'lszr_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/woocommerce-consumer-secret", "rentals-site/wp-content/plugins/lsz-rental-sync/src/WooClient.php", "WooCommerce docs: REST API authentication, consumer key ck_ and consumer secret cs_ (woocommerce.github.io/woocommerce-rest-api-docs)", """
<?php
namespace LSZ\\RentalSync;

use Automattic\\WooCommerce\\Client;

/**
 * Pulls rental subscriptions from the main shop (shop.lakesidesuzuki.org) into the rentals ledger.
 */
final class WooClient
{
    private const STORE_URL = 'https://shop.lakesidesuzuki.org';
    private const CONSUMER_KEY = 'ck_@@ck@@';
    private const CONSUMER_SECRET = '@@secret@@';

    private Client $client;

    public function __construct()
    {
        $this->client = new Client(self::STORE_URL, self::CONSUMER_KEY, self::CONSUMER_SECRET, [
            'version' => 'wc/v3',
            'timeout' => 20,
        ]);
    }

    /** @return array<int, object> */
    public function activeRentals(): array
    {
        return $this->client->get('subscriptions', [
            'status'   => 'active',
            'per_page' => 100,
            'product'  => 1187,
        ]);
    }

    public function markReturned(int $subscriptionId, string $serial): void
    {
        $this->client->put('subscriptions/' . $subscriptionId, [
            'status'    => 'cancelled',
            'meta_data' => [['key' => '_returned_serial', 'value' => $serial]],
        ]);
    }
}
""", "cs_" + hexs(40), ck=hexs(40))

add("php/decoy-option-reference", "rentals-site/wp-content/plugins/lsz-rental-sync/src/WebhookController.php", "WooCommerce docs: webhooks, X-WC-Webhook-Signature (woocommerce.com/document/webhooks)", """
<?php
namespace LSZ\\RentalSync;

/**
 * Receives subscription webhooks. The shared secret is stored in wp_options by the settings page
 * (Settings > Rental sync), never in code.
 */
final class WebhookController
{
    public function register(): void
    {
        register_rest_route('lsz-rentals/v1', '/woo-webhook', [
            'methods'             => 'POST',
            'callback'            => [$this, 'handle'],
            'permission_callback' => '__return_true',
        ]);
    }

    public function handle(\\WP_REST_Request $request): \\WP_REST_Response
    {
        $secret    = (string) get_option('lsz_rental_webhook_secret', '');
        $signature = $request->get_header('x_wc_webhook_signature');
        $expected  = base64_encode(hash_hmac('sha256', $request->get_body(), $secret, true));

        if ($secret === '' || !hash_equals($expected, (string) $signature)) {
            return new \\WP_REST_Response(['error' => 'bad signature'], 401);
        }

        $payload = $request->get_json_params();
        do_action('lsz_rental_subscription_changed', (int) $payload['id'], $payload['status']);
        return new \\WP_REST_Response(['ok' => true], 200);
    }
}
""")

add("yaml/affirm-private-api-key", "rentals/config/financing.yml", "Affirm docs: API keys, public and private API key (docs.affirm.com)", """
# Financing for rent-to-own upgrades (step-up violins, intermediate flutes)
default: &default
  provider: affirm
  min_amount_cents: 50000
  max_amount_cents: 500000
  promo_id: "rent-to-own-0apr-12"

development:
  <<: *default
  base_url: https://sandbox.affirm.com/api/v1
  public_api_key: ENV['AFFIRM_SANDBOX_PUBLIC_KEY']
  private_api_key: ENV['AFFIRM_SANDBOX_PRIVATE_KEY']

production:
  <<: *default
  base_url: https://api.affirm.com/api/v1
  public_api_key: "@@public@@"
  private_api_key: "@@secret@@"
""", rand(32), public=upper(16))

add("csv/decoy-serial-numbers", "rentals/inventory/rental_fleet_2024.csv", "Instrument rental inventory export (serial numbers, barcodes, condition)", """
asset_tag,instrument,size,maker,model,serial_number,barcode,condition,status,renter_id,monthly_rate
RV-0101,violin,1/4,Eastman,VL80,@@s1@@,0 48231 00101 7,good,rented,F-1187,18.00
RV-0102,violin,1/2,Eastman,VL80,@@s2@@,0 48231 00102 4,fair,rented,F-1203,18.00
RV-0117,violin,4/4,Yamaha,V5SC,@@s3@@,0 48231 00117 8,good,in_stock,,22.00
RC-0204,cello,1/2,Eastman,VC80,@@s4@@,0 48231 00204 5,good,rented,F-1091,38.00
RF-0311,flute,,Yamaha,YFL-222,@@s5@@,0 48231 00311 0,needs_pads,repair,,26.00
RT-0402,trumpet,,Bach,TR300H2,@@s6@@,0 48231 00402 5,good,rented,F-1322,28.00
RG-0507,guitar,3/4,Yamaha,CGS103A,@@s7@@,0 48231 00507 7,good,in_stock,,15.00
""", **{f"s{i}": upper(10) for i in range(1, 8)})

add("python/private-key", "rentals/contracts/docusign_jwt.py", "DocuSign docs: JWT grant, RSA private key of the integration (developers.docusign.com)", '''
"""Sends the rental agreement for e-signature when a family reserves an instrument."""
from docusign_esign import ApiClient, EnvelopeDefinition, EnvelopesApi, TemplateRole

INTEGRATION_KEY = "@@ik@@"
IMPERSONATED_USER = "@@user@@"
ACCOUNT_ID = "@@account@@"
TEMPLATE_ID = "@@template@@"

PRIVATE_KEY = """@@secret@@"""


def api() -> ApiClient:
    client = ApiClient(oauth_host_name="account.docusign.com")
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=IMPERSONATED_USER,
        oauth_host_name="account.docusign.com",
        private_key_bytes=PRIVATE_KEY.encode(),
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.host = "https://na4.docusign.net/restapi"
    client.set_default_header("Authorization", f"Bearer {token.access_token}")
    return client


def send_rental_agreement(parent_name: str, parent_email: str, instrument: str, serial: str) -> str:
    envelope = EnvelopeDefinition(
        template_id=TEMPLATE_ID,
        template_roles=[TemplateRole(email=parent_email, name=parent_name, role_name="Renter",
                                     tabs={"textTabs": [{"tabLabel": "instrument", "value": instrument},
                                                        {"tabLabel": "serial", "value": serial}]})],
        status="sent",
    )
    return EnvelopesApi(api()).create_envelope(ACCOUNT_ID, envelope_definition=envelope).envelope_id
''', pem("RSA", 25, "MIIEpAIBAAKCAQEA"), ik=uuid_s(), user=uuid_s(), account=uuid_s(), template=uuid_s())

add("python/decoy-file-reference", "rentals/contracts/settings.py", "DocuSign docs: JWT grant, integration key and user ID are identifiers (developers.docusign.com)", '''
"""DocuSign settings for the staging copy of the rentals app: ids only, the key is a file on the host."""
import os
from pathlib import Path

DOCUSIGN_INTEGRATION_KEY = "@@ik@@"       # the app's client id, visible in the consent URL
DOCUSIGN_USER_ID = "@@user@@"
DOCUSIGN_ACCOUNT_ID = "@@account@@"
DOCUSIGN_OAUTH_HOST = "account-d.docusign.com"
DOCUSIGN_BASE_PATH = "https://demo.docusign.net/restapi"

DOCUSIGN_PRIVATE_KEY_PATH = Path(os.environ.get("DOCUSIGN_PRIVATE_KEY_PATH", "/etc/rentals/docusign_private.pem"))

RENTAL_TEMPLATES = {
    "standard": "@@t1@@",
    "rent_to_own": "@@t2@@",
    "damage_waiver_addendum": "@@t3@@",
}
''', ik=uuid_s(), user=uuid_s(), account=uuid_s(), t1=uuid_s(), t2=uuid_s(), t3=uuid_s())

add("terraform/aws-access-key", "infra/rentals/main.tf", "Terraform AWS provider docs: static credentials in the provider block (registry.terraform.io/providers/hashicorp/aws)", """
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "@@keyid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "rental_contracts" {
  bucket = "fermata-rental-contracts"
}

resource "aws_s3_bucket_versioning" "rental_contracts" {
  bucket = aws_s3_bucket.rental_contracts.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "rental_contracts" {
  bucket                  = aws_s3_bucket.rental_contracts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("terraform/decoy-generated-password", "infra/rentals/rds.tf", "Terraform docs: random_password and aws_secretsmanager_secret_version (registry.terraform.io)", """
resource "random_password" "rentals_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "rentals_db" {
  name        = "rentals/prod/db"
  description = "Master password of the rentals database"
  kms_key_id  = "arn:aws:kms:us-west-2:318642205117:key/@@kms@@"
}

resource "aws_secretsmanager_secret_version" "rentals_db" {
  secret_id     = aws_secretsmanager_secret.rentals_db.id
  secret_string = jsonencode({ username = "rentals", password = random_password.rentals_db.result })
}

resource "aws_db_instance" "rentals" {
  identifier              = "fermata-rentals"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  username                = "rentals"
  password                = random_password.rentals_db.result
  backup_retention_period = 14
  skip_final_snapshot     = false
  storage_encrypted       = true
}
""", kms=uuid_s())

add("xml/sqlserver-password", "RentalDesk/RentalDesk/App.config", "Microsoft docs: connection strings in app.config, SqlClient keywords (learn.microsoft.com/dotnet/framework/data/adonet/connection-strings)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="RentalDesk"
         connectionString="Data Source=STUDIO-SQL01\\RENTALS;Initial Catalog=RentalDesk;User ID=rentaldesk;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="LabelPrinter" value="\\\\frontdesk\\Zebra-ZD421" />
    <add key="ReceiptFooter" value="Crescendo Conservatory - instrument rentals - (312) 555-0142" />
    <add key="LateFeePerWeek" value="5.00" />
    <add key="DefaultTermMonths" value="10" />
  </appSettings>
</configuration>
""", words_pw())

add("ruby/twilio-auth-token", "rentals-reminders/lib/tasks/sms_reminders.rake", "Twilio docs: auth token and Account SID with the Ruby helper library (twilio.com/docs/iam/credentials)", """
namespace :rentals do
  desc "Text families whose rental instrument is due back this week"
  task due_reminders: :environment do
    client = Twilio::REST::Client.new("AC@@sid@@", "@@secret@@")
    from = "+16125550187"

    Rental.due_within(7.days).includes(:family, :instrument).find_each do |rental|
      next if rental.family.sms_opt_out?

      body = "Allegro Academy: the #{rental.instrument.name} (#{rental.instrument.asset_tag}) is due back " \\
             "#{rental.due_on.strftime('%a %b %-d')}. Reply RENEW to keep it another term."
      client.messages.create(from: from, to: rental.family.mobile, body: body)
      rental.update!(reminded_at: Time.current)
    end
  end
end
""", hexs(32), sid=hexs(32))

add("yaml/decoy-test-fixture", "rentals-reminders/spec/fixtures/twilio_inbound_renew.yml", "Twilio docs: webhooks security, X-Twilio-Signature (twilio.com/docs/usage/webhooks/webhooks-security)", """
# Inbound SMS "RENEW" as Twilio posts it (captured from the test account, numbers replaced)
url: "https://rentals.allegroacademy.org/twilio/inbound"
headers:
  X-Twilio-Signature: "@@sig@@"
  Content-Type: "application/x-www-form-urlencoded"
params:
  ToCountry: "US"
  SmsMessageSid: "SM@@sm@@"
  NumMedia: "0"
  From: "+15005550006"
  To: "+15005550001"
  Body: "RENEW"
  AccountSid: "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
  ApiVersion: "2010-04-01"
auth_token_for_tests: "test-auth-token-not-real"
""", sig=b64_bytes(20), sm=hexs(32))


# ---------------------------------------------------------------------------------------------
# Practice apps
# ---------------------------------------------------------------------------------------------

add("kotlin/android-keystore-password", "practice-buddy-android/app/build.gradle.kts", "Android docs: sign your app, signingConfigs storePassword and keyPassword (developer.android.com/studio/publish/app-signing)", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "org.allegroacademy.practicebuddy"
    compileSdk = 34

    defaultConfig {
        applicationId = "org.allegroacademy.practicebuddy"
        minSdk = 26
        targetSdk = 34
        versionCode = 57
        versionName = "3.2.0"
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/practicebuddy-upload.jks")
            storePassword = "@@secret@@"
            keyAlias = "upload"
            keyPassword = "@@secret@@"
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            signingConfig = signingConfigs.getByName("release")
        }
    }
}

dependencies {
    implementation("androidx.core:core-ktx:1.13.1")
    implementation("com.google.firebase:firebase-messaging:24.0.0")
    implementation("com.revenuecat.purchases:purchases:7.11.1")
}
""", words_pw())

add("properties/sentry-auth-token", "practice-buddy-android/gradle.properties", "Sentry docs: Android Gradle plugin, auth token for uploading ProGuard mappings (docs.sentry.io/platforms/android)", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

# Sentry: upload mapping files on release builds
sentry.org=allegro-academy
sentry.project=practice-buddy-android
sentry.auth.token=@@secret@@
sentry.upload.native.symbols=false
""", "sntryu_" + hexs(64))

add("kotlin/decoy-public-analytics-key", "practice-buddy-android/app/src/main/java/org/allegroacademy/practicebuddy/Analytics.kt", "Mixpanel docs: project token is public in client SDKs (docs.mixpanel.com/docs/tracking-methods/sdks/android)", """
package org.allegroacademy.practicebuddy

import android.content.Context
import com.mixpanel.android.mpmetrics.MixpanelAPI

/** Practice-session analytics. The Mixpanel project token ships in every app build by design. */
object Analytics {
    private const val MIXPANEL_PROJECT_TOKEN = "@@token@@"
    private lateinit var mixpanel: MixpanelAPI

    fun init(context: Context) {
        mixpanel = MixpanelAPI.getInstance(context, MIXPANEL_PROJECT_TOKEN, false)
    }

    fun practiceFinished(minutes: Int, piece: String, metronomeBpm: Int?) {
        mixpanel.trackMap("practice_finished", mapOf(
            "minutes" to minutes,
            "piece" to piece,
            "metronome_bpm" to (metronomeBpm ?: 0),
        ))
    }

    fun streakReached(days: Int) = mixpanel.trackMap("streak_reached", mapOf("days" to days))
}
""", token=hexs(32))

add("swift/revenuecat-secret-key", "PracticeBuddy/PracticeBuddy/Subscriptions/EntitlementCheck.swift", "RevenueCat docs: API keys, secret keys (sk_) must never be in apps (revenuecat.com/docs/projects/authentication)", """
import Foundation

/// Looks up a family's subscriber record (used by the teacher view to unlock premium etudes).
struct EntitlementCheck {
    private static let secretKey = "@@secret@@"
    private static let base = URL(string: "https://api.revenuecat.com/v1/subscribers/")!

    static func hasPremium(appUserID: String) async throws -> Bool {
        var request = URLRequest(url: base.appendingPathComponent(appUserID))
        request.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, _) = try await URLSession.shared.data(for: request)
        let body = try JSONDecoder().decode(SubscriberResponse.self, from: data)
        return body.subscriber.entitlements["premium"]?.expiresDate.map { $0 > Date() } ?? false
    }
}

private struct SubscriberResponse: Decodable {
    struct Subscriber: Decodable { let entitlements: [String: Entitlement] }
    struct Entitlement: Decodable { let expiresDate: Date? }
    let subscriber: Subscriber
}
""", "sk_" + rand(32))

add("swift/decoy-public-sdk-key", "PracticeBuddy/PracticeBuddy/App/PracticeBuddyApp.swift", "RevenueCat docs: public app-specific API keys (appl_) are safe in the app (revenuecat.com/docs/projects/authentication)", """
import SwiftUI
import RevenueCat
import FirebaseCore

@main
struct PracticeBuddyApp: App {
    init() {
        FirebaseApp.configure()
        Purchases.logLevel = .warn
        // Public SDK key (App Store app). Safe to ship; server calls use the secret key on the backend.
        Purchases.configure(withAPIKey: "appl_@@key@@")
    }

    var body: some Scene {
        WindowGroup {
            RootView()
                .environmentObject(PracticeTimer())
                .environmentObject(StreakStore())
        }
    }
}
""", key=rand(27))

add("plist/decoy-firebase-plist", "PracticeBuddy/PracticeBuddy/GoogleService-Info.plist", "Firebase docs: API keys for Firebase are not secret (firebase.google.com/docs/projects/api-keys)", """
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
	<string>org.allegroacademy.practicebuddy</string>
	<key>PROJECT_ID</key>
	<string>allegro-practice-buddy</string>
	<key>STORAGE_BUCKET</key>
	<string>allegro-practice-buddy.appspot.com</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
	<key>IS_GCM_ENABLED</key>
	<true/>
	<key>IS_SIGNIN_ENABLED</key>
	<true/>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
""", key=google_api_key(), sender=digits(12), app=hexs(22))

add("dart/openai-api-key", "practice_coach_flutter/lib/config/env.dart", "OpenAI docs: API keys, Authorization: Bearer (platform.openai.com/docs/api-reference/authentication)", """
// Practice Coach: spoken feedback on uploaded practice clips.
class Env {
  static const apiBase = 'https://api.openai.com/v1';
  static const openAiKey = '@@secret@@';
  static const feedbackModel = 'gpt-4o-mini';
  static const transcriptionModel = 'whisper-1';

  static const maxClipSeconds = 90;
  static const supportedInstruments = <String>[
    'piano',
    'violin',
    'cello',
    'flute',
    'voice',
  ];

  static Map<String, String> get headers => {
        'Authorization': 'Bearer $openAiKey',
        'Content-Type': 'application/json',
      };
}
""", fakes.openai_key(_seed()))

add("typescript/supabase-service-role-key", "practice-web/supabase/functions/award-badges/index.ts", "Supabase docs: API keys, the service_role key bypasses Row Level Security (supabase.com/docs/guides/api/api-keys)", """
// Edge function: nightly, award streak badges from the practice_log table.
import { createClient } from "https://esm.sh/@supabase/supabase-js@2.45.4";

const SUPABASE_URL = "https://@@ref@@.supabase.co";
const SERVICE_ROLE_KEY = "@@secret@@";

const admin = createClient(SUPABASE_URL, SERVICE_ROLE_KEY, { auth: { persistSession: false } });

const BADGES: Array<{ id: string; days: number }> = [
  { id: "streak-7", days: 7 },
  { id: "streak-30", days: 30 },
  { id: "streak-100", days: 100 },
];

Deno.serve(async () => {
  const { data: streaks, error } = await admin.rpc("current_streaks");
  if (error) return new Response(error.message, { status: 500 });

  let awarded = 0;
  for (const row of streaks as Array<{ student_id: string; days: number }>) {
    for (const badge of BADGES.filter((b) => row.days >= b.days)) {
      const { error: e } = await admin.from("student_badges")
        .upsert({ student_id: row.student_id, badge_id: badge.id }, { onConflict: "student_id,badge_id", ignoreDuplicates: true });
      if (!e) awarded++;
    }
  }
  return Response.json({ awarded });
});
""", jwt({"iss": "supabase", "ref": (sb_ref := fakes.drawn(_seed(), 20, string.ascii_lowercase)), "role": "service_role",
          "iat": 1718000000, "exp": 2033576000}), ref=sb_ref)

add("typescript/decoy-anon-key", "practice-web/src/lib/supabaseClient.ts", "Supabase docs: API keys, the anon key is safe in the browser with RLS on (supabase.com/docs/guides/api/api-keys)", """
import { createClient } from "@supabase/supabase-js";

// Browser client. The anon key is public by design; Row Level Security guards every table.
export const supabase = createClient(
  "https://@@ref@@.supabase.co",
  "@@anon@@",
  {
    auth: { persistSession: true, autoRefreshToken: true },
  },
);

export async function logPractice(studentId: string, minutes: number, piece: string) {
  const { error } = await supabase.from("practice_log").insert({
    student_id: studentId,
    minutes,
    piece,
    practiced_on: new Date().toISOString().slice(0, 10),
  });
  if (error) throw error;
}
""", ref=(anon_ref := fakes.drawn(_seed(), 20, string.ascii_lowercase)),
    anon=jwt({"iss": "supabase", "ref": anon_ref, "role": "anon", "iat": 1718000000, "exp": 2033576000}))

add("github-actions/expo-access-token", ".github/workflows/eas-build.yml", "Expo docs: programmatic access, EXPO_TOKEN for EAS in CI (docs.expo.dev/accounts/programmatic-access)", """
name: EAS build (practice app)

on:
  push:
    tags: ["v*"]

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      EXPO_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: yarn
      - uses: expo/expo-github-action@v8
        with:
          eas-version: latest
          token: ${{ env.EXPO_TOKEN }}
      - run: yarn install --frozen-lockfile
      - run: eas build --platform all --profile production --non-interactive --no-wait
""", rand(40, B64URL))

add("ruby/private-key", "practice-buddy-ios/fastlane/Fastfile", "fastlane docs: app_store_connect_api_key, key_content (docs.fastlane.tools/actions/app_store_connect_api_key)", """
default_platform(:ios)

platform :ios do
  before_all do
    app_store_connect_api_key(
      key_id: "@@keyid@@",
      issuer_id: "@@issuer@@",
      key_content: <<~P8,
        @@p8@@
      P8
      duration: 1200,
      in_house: false
    )
  end

  desc "Build and push a new beta to TestFlight"
  lane :beta do
    increment_build_number(xcodeproj: "PracticeBuddy.xcodeproj")
    match(type: "appstore", readonly: true)
    build_app(scheme: "PracticeBuddy", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
""", (p8 := p8_ec()), p8=p8.replace("\n", "\n        "), keyid=upper(10), issuer=uuid_s())

add("ruby/decoy-ids", "practice-buddy-ios/fastlane/Appfile", "fastlane docs: Appfile, app_identifier, apple_id, team_id (docs.fastlane.tools/advanced/Appfile)", """
app_identifier("org.allegroacademy.practicebuddy")
apple_id("mobile@allegroacademy.org")

itc_team_id("127493065")
team_id("Q7M3K2X9PL")

for_platform :ios do
  for_lane :beta do
    app_identifier("org.allegroacademy.practicebuddy.beta")
  end
end
""")

add("env/fastlane-match-password", "practice-buddy-ios/fastlane/.env.default", "fastlane docs: match, MATCH_PASSWORD encrypts the certificates repo (docs.fastlane.tools/actions/match)", """
# fastlane defaults for CI and laptops
FASTLANE_SKIP_UPDATE_CHECK=1
FASTLANE_HIDE_CHANGELOG=1
MATCH_GIT_URL=git@github.com:allegro-academy/ios-certificates.git
MATCH_TYPE=appstore
MATCH_READONLY=true
MATCH_PASSWORD=@@secret@@
GYM_SCHEME=PracticeBuddy
GYM_OUTPUT_DIRECTORY=build
PILOT_DISTRIBUTE_EXTERNAL=false
""", passphrase())

add("yaml/onesignal-api-key", "practice-api/config/push.yaml", "OneSignal docs: keys and IDs, REST API key (documentation.onesignal.com/docs/keys-and-ids)", """
# Push notifications for practice reminders and lesson changes
onesignal:
  app_id: "@@appid@@"
  rest_api_key: "@@secret@@"
  default_android_channel: "practice-reminders"
templates:
  practice_reminder:
    headings: {en: "Time to practise!"}
    contents: {en: "{{first_name}}, 15 minutes today keeps your streak alive."}
  lesson_moved:
    headings: {en: "Lesson time changed"}
    contents: {en: "Your lesson with {{teacher}} is now {{when}}."}
quiet_hours:
  start: "21:00"
  end: "07:30"
""", "os_v2_app_" + rand(113, BASE32_LOWER), appid=uuid_s())

add("python/fcm-server-key", "practice-api/practice_api/notify/fcm_legacy.py", "Firebase docs: legacy FCM HTTP API, Authorization: key=<server key> (firebase.google.com/docs/cloud-messaging)", '''
"""Legacy FCM sender, still used by the Android 2.x app until everyone updates."""
import requests

FCM_URL = "https://fcm.googleapis.com/fcm/send"
SERVER_KEY = (
    "@@a@@"
    "@@b@@"
)


def send_reminder(device_token: str, student_first_name: str, streak_days: int) -> bool:
    payload = {
        "to": device_token,
        "priority": "normal",
        "notification": {
            "title": "Practice time",
            "body": f"{student_first_name}, keep your {streak_days}-day streak going!",
            "android_channel_id": "practice-reminders",
        },
        "data": {"screen": "practice_timer"},
    }
    resp = requests.post(FCM_URL, json=payload, headers={"Authorization": f"key={SERVER_KEY}"}, timeout=10)
    return resp.ok and resp.json().get("success") == 1
''', (fcm := "AAAA" + rand(7, B64URL) + ":APA91b" + rand(134, B64URL)), a=fcm[:80], b=fcm[80:])

add("python/decoy-hashes", "practice-api/practice_api/audio/fingerprint.py", "Chromaprint / AcoustID docs: audio fingerprints; hashlib docs (docs.python.org/3/library/hashlib.html)", '''
"""Recognises which accompaniment track a student is playing along with (dedupes uploads)."""
import hashlib
from pathlib import Path

# SHA-256 of the accompaniment files we ship; used to skip re-fingerprinting identical uploads.
KNOWN_TRACKS = {
    "@@h1@@": "suzuki-book1-twinkle-variations-slow.mp3",
    "@@h2@@": "suzuki-book1-lightly-row-60bpm.mp3",
    "@@h3@@": "abrsm-grade2-piano-a1-backing.mp3",
    "@@h4@@": "rockschool-debut-drums-click.mp3",
}


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def known_track(path: Path) -> str | None:
    return KNOWN_TRACKS.get(file_digest(path))
''', h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("java/spotify-client-secret", "practice-api-java/src/main/java/org/allegroacademy/practice/SpotifyPlaylists.java", "Spotify docs: client credentials flow, client ID and client secret (developer.spotify.com/documentation/web-api)", """
package org.allegroacademy.practice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Listening assignments: teachers attach a Spotify playlist to a student's week. */
public final class SpotifyPlaylists {

    private static final String CLIENT_ID = "@@client@@";
    private static final String CLIENT_SECRET = "@@secret@@";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SpotifyPlaylists() {
    }

    static String appToken() throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://accounts.spotify.com/api/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    static String playlistTracks(String token, String playlistId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("https://api.spotify.com/v1/playlists/" + playlistId + "/tracks?limit=50"))
                .header("Authorization", "Bearer " + token)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", hexs(32), client=hexs(32))

add("json/decoy-integrity-hash", "practice-web/package-lock.json", "npm docs: package-lock.json, integrity (Subresource Integrity sha512) (docs.npmjs.com/cli/configuring-npm/package-lock-json)", """
{
  "name": "practice-web",
  "version": "2.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "practice-web",
      "version": "2.8.0",
      "dependencies": {
        "@supabase/supabase-js": "^2.45.4",
        "tone": "^15.0.4"
      }
    },
    "node_modules/@supabase/supabase-js": {
      "version": "2.45.4",
      "resolved": "https://registry.npmjs.org/@supabase/supabase-js/-/supabase-js-2.45.4.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/tone": {
      "version": "15.0.4",
      "resolved": "https://registry.npmjs.org/tone/-/tone-15.0.4.tgz",
      "integrity": "sha512-@@i2@@",
      "dependencies": {
        "standardized-audio-context": "^25.3.70"
      }
    },
    "node_modules/standardized-audio-context": {
      "version": "25.3.77",
      "resolved": "https://registry.npmjs.org/standardized-audio-context/-/standardized-audio-context-25.3.77.tgz",
      "integrity": "sha512-@@i3@@"
    }
  }
}
""", i1=b64_bytes(64), i2=b64_bytes(64), i3=b64_bytes(64))

add("notebook/huggingface-token", "ml/pitch_detection_eval.ipynb", "Hugging Face docs: user access tokens, huggingface_hub.login(token=...) (huggingface.co/docs/hub/security-tokens)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Pitch detection on student recordings: CREPE vs. the fine-tuned model"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stderr",
     "output_type": "stream",
     "text": [
      "Token is valid (permission: write).\n",
      "Your token has been saved to /home/jovyan/.cache/huggingface/token\n",
      "Login successful\n"
     ]
    }
   ],
   "source": [
    "from huggingface_hub import login\n",
    "login(token=\"@@secret@@\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from datasets import load_dataset\n",
    "ds = load_dataset(\"allegro-academy/student-intonation-clips\", split=\"test\")\n",
    "len(ds)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "hf_" + rand(34))

add("python/decoy-env-reference", "ml/upload_model.py", "Hugging Face docs: environment variables, HF_TOKEN (huggingface.co/docs/huggingface_hub/package_reference/environment_variables)", '''
"""Uploads the fine-tuned intonation model. The token comes from HF_TOKEN or `huggingface-cli login`."""
import argparse
import os

from huggingface_hub import HfApi, get_token

REPO_ID = "allegro-academy/intonation-crepe-ft"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("checkpoint_dir")
    parser.add_argument("--private", action="store_true")
    args = parser.parse_args()

    token = os.environ.get("HF_TOKEN") or get_token()
    if not token:
        raise SystemExit("Set HF_TOKEN or run `huggingface-cli login` first.")

    api = HfApi(token=token)
    api.create_repo(REPO_ID, private=args.private, exist_ok=True)
    api.upload_folder(folder_path=args.checkpoint_dir, repo_id=REPO_ID, commit_message="new checkpoint")


if __name__ == "__main__":
    main()
''')

add("python/anthropic-api-key", "practice-api/practice_api/coach/feedback.py", "Anthropic docs: API keys, anthropic.Anthropic(api_key=...) (docs.anthropic.com/en/api/getting-started)", '''
"""Written feedback for a practice log entry (the teacher reviews it before the student sees it)."""
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

SYSTEM = (
    "You are a kind, precise music teacher. Given a student's practice notes, reply with two "
    "sentences of encouragement and one concrete suggestion for tomorrow. Never mention grades."
)


def feedback(instrument: str, level: str, notes: str) -> str:
    message = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=200,
        system=SYSTEM,
        messages=[{"role": "user", "content": f"Instrument: {instrument}\\nLevel: {level}\\nNotes: {notes}"}],
    )
    return message.content[0].text
''', "sk-ant-api03-" + rand(93, B64URL) + "AA")

add("ini/pypi-token", "metronome-lib/.pypirc", "PyPI docs: API tokens, .pypirc with username __token__ (pypi.org/help/#apitoken)", """
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

add("gitlab-ci/npm-token", "tuner-widget/.gitlab-ci.yml", "npm docs: access tokens in CI (.npmrc _authToken) (docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow)", """
stages:
  - test
  - publish

variables:
  NODE_VERSION: "20"

test:
  stage: test
  image: node:20-alpine
  script:
    - npm ci
    - npm test -- --coverage

publish:
  stage: publish
  image: node:20-alpine
  rules:
    - if: $CI_COMMIT_TAG =~ /^v\\d+\\.\\d+\\.\\d+$/
  script:
    - echo "//registry.npmjs.org/:_authToken=@@secret@@" > ~/.npmrc
    - npm ci
    - npm run build
    - npm publish --access public
""", "npm_" + rand(36))

add("python/github-token", "scripts/release_notes.py", "GitHub docs: personal access tokens (classic) ghp_ (docs.github.com/authentication)", '''
#!/usr/bin/env python3
"""Collects merged PRs since the last tag into the "What's new" page of the practice app."""
import subprocess
import sys

import requests

REPO = "allegro-academy/practice-buddy"
TOKEN = "@@secret@@"


def last_tag() -> str:
    return subprocess.check_output(["git", "describe", "--tags", "--abbrev=0"], text=True).strip()


def merged_since(tag: str):
    q = f"repo:{REPO} is:pr is:merged base:main merged:>{tag_date(tag)}"
    r = requests.get("https://api.github.com/search/issues", params={"q": q, "per_page": 100},
                     headers={"Authorization": f"token {TOKEN}", "Accept": "application/vnd.github+json"},
                     timeout=20)
    r.raise_for_status()
    return r.json()["items"]


def tag_date(tag: str) -> str:
    return subprocess.check_output(["git", "log", "-1", "--format=%cs", tag], text=True).strip()


if __name__ == "__main__":
    tag = sys.argv[1] if len(sys.argv) > 1 else last_tag()
    for pr in merged_since(tag):
        print(f"- {pr['title']} (#{pr['number']})")
''', fakes.github_token(_seed()))

add("sql/decoy-password-hash", "practice-api/db/seed_dev.sql", "Django docs: password management, stored hash format (docs.djangoproject.com/en/stable/topics/auth/passwords)", """
-- Development seed: demo studio, two teachers, three students.
-- Every demo account's password is "practice" (hashed below); the dev database is rebuilt nightly.
INSERT INTO studios (id, name, timezone) VALUES
  (1, 'Demo Music Studio', 'America/New_York');

INSERT INTO auth_user (id, username, email, password, is_staff) VALUES
  (1, 'teacher.demo', 'teacher@example.com', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@', true),
  (2, 'teacher2.demo', 'teacher2@example.com', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@', true),
  (3, 'student.demo', 'student@example.com', 'pbkdf2_sha256$720000$@@s3@@$@@h3@@', false);

INSERT INTO students (id, user_id, studio_id, instrument, level) VALUES
  (1, 3, 1, 'piano', 'grade-2');
""", s1=rand(22), h1=b64_bytes(32), s2=rand(22), h2=b64_bytes(32), s3=rand(22), h3=b64_bytes(32))

add("sql/amplitude-secret-key", "practice-api/db/migrations/20240301_app_config.sql", "Amplitude docs: API key and secret key (the secret key is for server-side export) (amplitude.com/docs/apis/keys-and-tokens)", """
-- App-wide config rows read by the nightly analytics export job.
CREATE TABLE IF NOT EXISTS app_config (
    key         varchar(64) PRIMARY KEY,
    value       text NOT NULL,
    description text
);

INSERT INTO app_config (key, value, description) VALUES
  ('amplitude_api_key',    '@@api@@', 'project API key (also in the app)'),
  ('amplitude_secret_key', '@@secret@@', 'export API secret'),
  ('export_bucket',        'allegro-analytics-exports', 'S3 bucket for the raw export'),
  ('export_hour_utc',      '4', 'when the job runs')
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
""", hexs(32), api=hexs(32))

add("rust/decoy-sentry-dsn", "audio-engine/src/telemetry.rs", "Sentry docs: DSN explainer, the DSN is safe to keep public (docs.sentry.io/concepts/key-terms/dsn-explainer)", """
//! Crash reporting for the metronome/tuner audio engine.

use sentry::ClientInitGuard;

const DSN: &str = "https://@@dsnkey@@@o4506871.ingest.us.sentry.io/4507120";

pub fn init(release: &'static str) -> ClientInitGuard {
    sentry::init((
        DSN,
        sentry::ClientOptions {
            release: Some(release.into()),
            sample_rate: 1.0,
            traces_sample_rate: 0.05,
            send_default_pii: false,
            ..Default::default()
        },
    ))
}

pub fn breadcrumb(category: &str, message: &str) {
    sentry::add_breadcrumb(sentry::Breadcrumb {
        category: Some(category.into()),
        message: Some(message.into()),
        ..Default::default()
    });
}
""", dsnkey=hexs(32))

add("csharp/mqtt-password", "PracticeRoomKiosk/PracticeRoomKiosk/Services/RoomStatusPublisher.cs", "MQTTnet docs: client options, WithCredentials(username, password) (github.com/dotnet/MQTTnet wiki)", """
using System;
using System.Text.Json;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Client;

namespace PracticeRoomKiosk.Services
{
    /// Publishes practice-room occupancy (door sensor + sign-in) to the building's Mosquitto broker.
    public sealed class RoomStatusPublisher : IAsyncDisposable
    {
        private readonly IMqttClient _client = new MqttFactory().CreateMqttClient();
        private readonly string _roomId;

        public RoomStatusPublisher(string roomId) => _roomId = roomId;

        public async Task ConnectAsync()
        {
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.studio.lan", 8883)
                .WithTlsOptions(o => o.UseTls())
                .WithClientId($"kiosk-{_roomId}")
                .WithCredentials("kiosk", "@@secret@@")
                .WithCleanSession()
                .Build();
            await _client.ConnectAsync(options);
        }

        public Task PublishAsync(bool occupied, string? studentInitials)
        {
            var payload = JsonSerializer.Serialize(new { room = _roomId, occupied, who = studentInitials, at = DateTimeOffset.Now });
            var message = new MqttApplicationMessageBuilder()
                .WithTopic($"studio/rooms/{_roomId}/status")
                .WithPayload(payload)
                .WithRetainFlag()
                .Build();
            return _client.PublishAsync(message);
        }

        public async ValueTask DisposeAsync() => await _client.DisconnectAsync();
    }
}
""", rand_pw(16))


# ---------------------------------------------------------------------------------------------
# The schools' small IT
# ---------------------------------------------------------------------------------------------

add("shell/nas-password", "it/backup/nas_backup.sh", "sshpass man page: -p password on the command line (linux.die.net/man/1/sshpass); rsync over ssh", """
#!/bin/bash
# Office PC -> Synology (nas01) backup of the admin share. Runs at 22:00 from Task Scheduler (WSL).
# TODO: switch to key auth, sshpass is a stopgap (Marek, 2023-11)

SRC="/mnt/c/Users/office/Documents/Admin/"
DEST="backup@192.168.10.20:/volume1/office-backup/admin/"
LOG="/mnt/c/Users/office/backup-logs/$(date +%Y-%m-%d).log"

sshpass -p '@@secret@@' rsync -az --delete \\
    --exclude 'desktop.ini' --exclude '~$*' \\
    -e "ssh -p 2222 -o StrictHostKeyChecking=accept-new" \\
    "$SRC" "$DEST" >> "$LOG" 2>&1

if [ $? -ne 0 ]; then
    echo "Backup FAILED on $(hostname) at $(date)" | mail -s "NAS backup failed" it@bluebirdpiano.com
fi
""", words_pw())

add("conf/wifi-psk", "it/wifi/hostapd-staff.conf", "hostapd docs: hostapd.conf, wpa_passphrase (w1.fi/cgit/hostap/plain/hostapd/hostapd.conf)", """
# Staff SSID on the Raspberry Pi access point in the north-campus teaching rooms
interface=wlan0
driver=nl80211
ssid=Crescendo-Staff
country_code=US
hw_mode=g
channel=6
ieee80211n=1
wmm_enabled=1
auth_algs=1
ignore_broadcast_ssid=0

wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@secret@@

# students/guests are on the separate VLAN SSID, see hostapd-guest.conf
""", passphrase())

add("conf/decoy-external-reference", "it/wifi/wpa_supplicant-practice-pi.conf", "wpa_supplicant docs: ext_password_backend and psk=ext:<name> (w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf)", """
# Practice-room Raspberry Pi (metronome + recorder kiosk). The PSK is not in this file:
# it is read from the external password backend, provisioned by the imaging script.
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=0
country=US
ext_password_backend=test:staff_psk=

network={
    ssid="Crescendo-Staff"
    key_mgmt=WPA-PSK
    psk=ext:staff_psk
    priority=10
}

network={
    ssid="Crescendo-Guest"
    key_mgmt=NONE
    priority=1
}
""")

add("conf/wireguard-private-key", "it/vpn/wg0.conf", "WireGuard docs: wg-quick configuration, [Interface] PrivateKey (man7.org/linux/man-pages/man8/wg-quick.8.html)", """
# Site-to-site VPN: Harmony House Leeds (this box) <-> Harrogate campus
[Interface]
Address = 10.77.0.1/24
ListenPort = 51820
PrivateKey = @@secret@@
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
PostDown = iptables -D FORWARD -i wg0 -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE

[Peer]
# Harrogate office router
PublicKey = @@peer@@
AllowedIPs = 10.77.0.2/32, 192.168.40.0/24
Endpoint = harrogate.harmonyhousemusic.co.uk:51820
PersistentKeepalive = 25
""", b64_bytes(32), peer=b64_bytes(32))

add("conf/decoy-public-key", "it/vpn/peers/teacher-laptop-template.conf", "WireGuard docs: public keys are shared between peers; private keys stay on the device (wireguard.com/quickstart)", """
# Template for a teacher laptop. Generate the key pair ON the laptop:
#   wg genkey | tee privatekey | wg pubkey > publickey
# and send only the public key to IT. Never email the private key.
[Interface]
Address = 10.77.0.__/32
PrivateKey = <contents of privatekey on the laptop>
DNS = 10.77.0.1

[Peer]
# Leeds gateway (public key only)
PublicKey = @@pub@@
AllowedIPs = 10.77.0.0/24, 192.168.30.0/24
Endpoint = vpn.harmonyhousemusic.co.uk:51820
PersistentKeepalive = 25
""", pub=b64_bytes(32))

add("compose/mongodb-password", "it/unifi/docker-compose.yml", "linuxserver.io docs: unifi-network-application, MONGO_PASS (docs.linuxserver.io/images/docker-unifi-network-application)", """
services:
  unifi-db:
    image: docker.io/mongo:7.0
    container_name: unifi-db
    environment:
      - MONGO_INITDB_ROOT_USERNAME=root
      - MONGO_INITDB_ROOT_PASSWORD=${MONGO_ROOT_PASSWORD}
      - MONGO_USER=unifi
      - MONGO_PASS=@@secret@@
      - MONGO_DBNAME=unifi
      - MONGO_AUTHSOURCE=admin
    volumes:
      - ./db:/data/db
      - ./init-mongo.sh:/docker-entrypoint-initdb.d/init-mongo.sh:ro
    restart: unless-stopped

  unifi-network-application:
    image: lscr.io/linuxserver/unifi-network-application:8.4.62
    container_name: unifi
    environment:
      - PUID=1000
      - PGID=1000
      - TZ=America/Chicago
      - MONGO_USER=unifi
      - MONGO_PASS=@@secret@@
      - MONGO_HOST=unifi-db
      - MONGO_PORT=27017
      - MONGO_DBNAME=unifi
      - MONGO_AUTHSOURCE=admin
    volumes:
      - ./config:/config
    ports:
      - 8443:8443
      - 3478:3478/udp
      - 10001:10001/udp
      - 8080:8080
    depends_on:
      - unifi-db
    restart: unless-stopped
""", rand_pw(20))

add("powershell/smb-password", "it/scripts/Map-StudioDrives.ps1", "Microsoft docs: net use /user with a password on the command line (learn.microsoft.com/windows-server/administration/windows-commands/net-use)", r"""
# Maps the shared drives on the front-desk and teacher-lounge PCs at logon (GPO logon script).
$ErrorActionPreference = "SilentlyContinue"

$nas = "\\NAS01"
$shares = @{
    "S:" = "$nas\sheetmusic"
    "R:" = "$nas\recordings"
    "O:" = "$nas\office"
}

foreach ($drive in $shares.Keys) {
    net use $drive /delete /y | Out-Null
}

# one shared account for the front-desk PCs
net use S: "$nas\sheetmusic" /user:NAS01\frontdesk "@@secret@@" /persistent:yes
net use R: "$nas\recordings" /persistent:yes
net use O: "$nas\office" /persistent:yes

Write-Host "Drives mapped for $env:USERNAME on $env:COMPUTERNAME"
""", words_pw())

add("xml/windows-admin-password", "it/deploy/autounattend.xml", "Microsoft docs: Microsoft-Windows-Shell-Setup UserAccounts AdministratorPassword, PlainText true (learn.microsoft.com/windows-hardware/customize/desktop/unattend)", """
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@secret@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>studioadmin</Name>
            <Group>Administrators</Group>
            <Password>
              <Value>@@secret@@</Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <TimeZone>Central Standard Time</TimeZone>
      <RegisteredOrganization>Riverbend School of Music</RegisteredOrganization>
    </component>
  </settings>
</unattend>
""", words_pw())

add("xml/decoy-redacted", "it/deploy/unattend-captured.xml", "Microsoft docs: Windows Setup removes passwords from the cached answer file (*SENSITIVE*DATA*DELETED*) (learn.microsoft.com/windows-hardware/manufacture/desktop)", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Copied from C:\\Windows\\Panther\\unattend.xml on LOUNGE-PC2 after setup, for reference -->
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>*SENSITIVE*DATA*DELETED*</AdministratorPassword>
        <LocalAccounts>
          <LocalAccount>
            <Name>studioadmin</Name>
            <Group>Administrators</Group>
            <Password>*SENSITIVE*DATA*DELETED*</Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""")

add("ini/ldap-bind-password", "it/sssd/sssd.conf", "SSSD docs: sssd-ldap(5), ldap_default_bind_dn and ldap_default_authtok (man.archlinux.org/man/sssd-ldap.5)", """
[sssd]
services = nss, pam
domains = studio.lan
config_file_version = 2

[domain/studio.lan]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.studio.lan
ldap_search_base = dc=studio,dc=lan
ldap_default_bind_dn = cn=svc-linux-bind,ou=Service Accounts,dc=studio,dc=lan
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/ssl/certs/studio-root-ca.pem
cache_credentials = true
enumerate = false
access_provider = simple
simple_allow_groups = teachers, it-admins
""", rand_pw(22, "!#%"))

add("markdown/router-admin-password", "it/README.md", "Handover practice: an IT README listing device logins", """
# Lakeside Suzuki Studio - IT notes

Everything runs from the comms cupboard behind the front desk.

## Network
- ISP: Spectrum Business, account 8347 1029 4410 2281 (static IP 71.14.220.38)
- Router/firewall: Ubiquiti UDM Pro at https://192.168.1.1
  - local admin user: `lszadmin`
  - password: `@@secret@@`
- Switch: USW-24-PoE (adopted in the UDM), APs: 3x U6-Lite (office, hall, studio 3)

## SSIDs
| SSID          | VLAN | For                          |
|---------------|------|------------------------------|
| LSZ-Staff     | 10   | teachers, office             |
| LSZ-Families  | 20   | waiting room, captive portal |
| LSZ-Devices   | 30   | printer, Sonos, door kiosk   |

## Printer
Brother MFC-L8900CDW at 192.168.30.15, scan-to-email uses the office@ mailbox.

## Backups
Synology DS920+ (192.168.1.20) backs up the office PCs nightly; Hyper Backup to Backblaze weekly.
""", words_pw())

add("ansible/smtp-password", "it/ansible/roles/copier/defaults/main.yml", "Ansible docs: role defaults; Google Workspace SMTP relay with app passwords (support.google.com/a/answer/176600)", """
---
# Scan-to-email for the Konica Minolta bizhub C300i in the office (configured via its web API)
copier_host: 192.168.30.16
copier_admin_user: admin
copier_admin_password: "{{ vault_copier_admin_password }}"

copier_smtp_server: smtp.gmail.com
copier_smtp_port: 587
copier_smtp_starttls: true
copier_smtp_auth_user: scanner@riverbendmusic.org
copier_smtp_auth_password: "@@secret@@"
copier_smtp_from: "Office Scanner <scanner@riverbendmusic.org>"

copier_address_book:
  - name: Office
    email: office@riverbendmusic.org
  - name: Bookkeeper
    email: books@riverbendmusic.org
  - name: Sheet music library
    email: library@riverbendmusic.org
""", " ".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4)))

add("shell/telegram-bot-token", "it/monitoring/ups_notify.sh", "Telegram Bot API docs: bot token and sendMessage (core.telegram.org/bots/api)", """
#!/bin/sh
# NUT upsmon NOTIFYCMD: tell the IT group chat when the practice-wing UPS changes state.
# /etc/nut/upsmon.conf: NOTIFYCMD /usr/local/bin/ups_notify.sh

BOT_TOKEN="@@secret@@"
CHAT_ID="-1002143378810"
HOST=$(hostname -s)

MESSAGE="[$HOST] UPS event: $NOTIFYTYPE - $*"

curl -s -X POST "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \\
     -d chat_id="$CHAT_ID" \\
     --data-urlencode text="$MESSAGE" \\
     -d disable_notification=false > /dev/null

logger -t ups_notify "$MESSAGE"
""", fakes.telegram_token(_seed()))

add("python/meraki-api-key", "it/scripts/meraki_clients.py", "Cisco Meraki docs: Dashboard API authorization, X-Cisco-Meraki-API-Key / Bearer (developer.cisco.com/meraki/api-v1)", '''
#!/usr/bin/env python3
"""List the clients on the practice-wing network (who is hogging the Wi-Fi during recitals?)."""
import meraki

API_KEY = "@@secret@@"
ORG_ID = "@@org@@"
NETWORK_NAME = "Crescendo - Practice Wing"


def main() -> None:
    dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True)
    networks = dashboard.organizations.getOrganizationNetworks(ORG_ID)
    net = next(n for n in networks if n["name"] == NETWORK_NAME)
    clients = dashboard.networks.getNetworkClients(net["id"], timespan=3600, perPage=1000, total_pages="all")
    clients.sort(key=lambda c: c["usage"]["recv"] + c["usage"]["sent"], reverse=True)
    for c in clients[:15]:
        total_mb = (c["usage"]["recv"] + c["usage"]["sent"]) / 1024
        print(f"{c.get('description') or c['mac']:32} {c.get('ssid') or '-':18} {total_mb:8.1f} MB")


if __name__ == "__main__":
    main()
''', hexs(40), org=digits(6))

add("env/tailscale-auth-key", "it/tailscale/.env", "Tailscale docs: auth keys tskey-auth- (tailscale.com/kb/1085/auth-keys)", """
# Tailscale subnet router container on nas01 (lets IT reach the office LAN from home)
TS_AUTHKEY=@@secret@@
TS_HOSTNAME=bluebird-nas01
TS_ROUTES=192.168.10.0/24
TS_EXTRA_ARGS=--advertise-tags=tag:office --accept-dns=false
TS_STATE_DIR=/var/lib/tailscale
TS_USERSPACE=false
""", "tskey-auth-k" + rand(10) + "CNTRL-" + rand(32))

add("yaml/decoy-ids", "it/cloudflared/config.yml", "Cloudflare docs: cloudflared configuration file, tunnel UUID and credentials-file (developers.cloudflare.com/cloudflare-one/connections/connect-networks)", """
tunnel: @@tunnel@@
credentials-file: /etc/cloudflared/@@tunnel@@.json

ingress:
  - hostname: nas.bluebirdpiano.com
    service: https://192.168.10.20:5001
    originRequest:
      noTLSVerify: true
  - hostname: unifi.bluebirdpiano.com
    service: https://192.168.10.2:8443
    originRequest:
      noTLSVerify: true
  - hostname: print.bluebirdpiano.com
    service: http://192.168.10.30:631
  - service: http_status:404
""", tunnel=uuid_s())

add("json/cloudflare-tunnel-secret", "it/cloudflared/tunnel-credentials.json", "Cloudflare docs: tunnel credentials file, TunnelSecret (developers.cloudflare.com/cloudflare-one/connections/connect-networks)", """
{
  "AccountTag": "@@account@@",
  "TunnelSecret": "@@secret@@",
  "TunnelID": "@@tunnel@@",
  "Endpoint": ""
}
""", b64_bytes(32), account=hexs(32), tunnel=uuid_s())

add("conf/smtp-password", "it/mail/msmtprc", "msmtp docs: configuration file, password command and plain password (marlam.de/msmtp/msmtp.html)", """
# /etc/msmtprc on nas01 - lets cron jobs and smartd send mail through Microsoft 365
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        m365
host           smtp.office365.com
port           587
from           alerts@harmonyhousemusic.co.uk
user           alerts@harmonyhousemusic.co.uk
password       @@secret@@

account default : m365
""", words_pw())

add("netrc/ftp-password", "it/web/.netrc", "GNU inetutils docs: the .netrc file, machine/login/password (gnu.org/software/inetutils/manual)", """
machine ftp.allegroacademy.org
login allegroweb
password @@secret@@

machine files.000webhost.com
login recital-archive
password anonymous

default login anonymous password it@allegroacademy.org
""", rand_pw(14, "!$%"))

add("xml/ftp-password", "it/filezilla/sitemanager.xml", "FileZilla docs: sitemanager.xml, Pass encoding=\"base64\" (wiki.filezilla-project.org)", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.crescendoconservatory.org</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>crescendo_site</User>
            <Pass encoding="base64">@@secret@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Website (old host)</Name>
            <RemoteDir>1 0 11 public_html</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
""", b64(words_pw()))

add("xml/gpp-cpassword", "it/gpo/Preferences/Groups/Groups.xml", "Microsoft docs: Group Policy Preferences passwords, cpassword (MS14-025, learn.microsoft.com/security-updates/securitybulletins/2014/ms14-025)", """
<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">
  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="studioadmin (built-in)" image="2" changed="2019-08-14 16:02:51" uid="{8B3C1E5A-4F27-4C59-9A0E-1D6F2B7C9E41}">
    <Properties action="U" newName="" fullName="" description="Local admin on teaching-room PCs" cpassword="@@secret@@" changeLogon="0" noChange="0" neverExpires="1" acctDisabled="0" userName="studioadmin (built-in)"/>
  </User>
</Groups>
""", b64_bytes(48).rstrip("="))

add("python/slack-webhook", "it/scripts/disk_alert.py", "Slack docs: incoming webhooks (api.slack.com/messaging/webhooks)", '''
#!/usr/bin/env python3
"""Posts to #it when a volume on the recording NAS passes 85%."""
import shutil
import socket

import requests

WEBHOOK = "@@secret@@"
VOLUMES = ["/volume1", "/volume2"]
THRESHOLD = 0.85


def main() -> None:
    for vol in VOLUMES:
        usage = shutil.disk_usage(vol)
        used = usage.used / usage.total
        if used >= THRESHOLD:
            requests.post(WEBHOOK, json={
                "text": f":warning: {socket.gethostname()} {vol} is {used:.0%} full "
                        f"({usage.free // 2**30} GiB free). Move old lesson recordings to B2."
            }, timeout=10)


if __name__ == "__main__":
    main()
''', slack_webhook())

add("python/decoy-keyring-reference", "it/scripts/license_audit.py", "Microsoft Graph docs: client credentials; keyring docs (pypi.org/project/keyring)", '''
#!/usr/bin/env python3
"""Which Microsoft 365 licences are assigned to teachers who left? Run monthly by IT."""
import keyring
import msal
import requests

TENANT_ID = "@@tenant@@"
CLIENT_ID = "@@client@@"
# the client secret is kept in the Windows Credential Manager of the IT laptop
CLIENT_SECRET = keyring.get_password("m365-license-audit", CLIENT_ID)

app = msal.ConfidentialClientApplication(
    CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET
)
token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]

users = requests.get(
    "https://graph.microsoft.com/v1.0/users?$select=displayName,accountEnabled,assignedLicenses&$top=999",
    headers={"Authorization": f"Bearer {token}"}, timeout=30,
).json()["value"]

for u in users:
    if not u["accountEnabled"] and u["assignedLicenses"]:
        print(f"{u['displayName']}: {len(u['assignedLicenses'])} licence(s) still assigned")
''', tenant=uuid_s(), client=uuid_s())

add("python/azure-client-secret", "it/scripts/offboard_teacher.py", "Microsoft identity platform docs: client secrets for confidential clients (learn.microsoft.com/entra/identity-platform)", '''
#!/usr/bin/env python3
"""Offboard a teacher: block sign-in, remove from Teams classes, convert mailbox to shared."""
import sys

import msal
import requests

TENANT_ID = "@@tenant@@"
CLIENT_ID = "@@client@@"
CLIENT_SECRET = "@@secret@@"
GRAPH = "https://graph.microsoft.com/v1.0"


def graph_token() -> str:
    app = msal.ConfidentialClientApplication(
        CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET
    )
    return app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]


def offboard(upn: str) -> None:
    h = {"Authorization": f"Bearer {graph_token()}"}
    requests.patch(f"{GRAPH}/users/{upn}", json={"accountEnabled": False}, headers=h, timeout=30).raise_for_status()
    requests.post(f"{GRAPH}/users/{upn}/revokeSignInSessions", headers=h, timeout=30).raise_for_status()
    groups = requests.get(f"{GRAPH}/users/{upn}/memberOf", headers=h, timeout=30).json()["value"]
    for g in groups:
        if g.get("displayName", "").startswith("Class - "):
            requests.delete(f"{GRAPH}/groups/{g['id']}/members/{upn}/$ref", headers=h, timeout=30)
    print(f"{upn}: sign-in blocked, sessions revoked, removed from {len(groups)} groups")


if __name__ == "__main__":
    offboard(sys.argv[1])
''', azure_secret(), tenant=uuid_s(), client=uuid_s())

add("shell/mysql-password", "it/backup/mysql_backup.sh", "MySQL docs: mysqldump, --password on the command line (dev.mysql.com/doc/refman/8.0/en/mysqldump.html)", """
#!/bin/bash
# Nightly dump of the website + booking databases (web01). Keeps 14 days.
set -e
BACKUP_DIR=/var/backups/mysql
STAMP=$(date +%F)
mkdir -p "$BACKUP_DIR"

for DB in wordpress booking rentals; do
    mysqldump --single-transaction --routines --triggers \\
        -u backup -p'@@secret@@' "$DB" | gzip > "$BACKUP_DIR/${DB}_${STAMP}.sql.gz"
done

find "$BACKUP_DIR" -name '*.sql.gz' -mtime +14 -delete
rclone copy "$BACKUP_DIR" b2-backups:fermata-db-dumps/ --max-age 24h
""", rand_pw(16, "#%+"))

add("crontab/postgres-password", "it/cron/web01.crontab", "PostgreSQL docs: PGPASSWORD environment variable (postgresql.org/docs/current/libpq-envars.html)", """
# m h  dom mon dow   command
MAILTO=it@riverbendmusic.org
SHELL=/bin/bash

# lesson portal database dump at 01:30, shipped to the NAS at 02:00
30 1 * * * PGPASSWORD='@@secret@@' pg_dump -h db-primary.internal -U backup -Fc cadenza > /srv/backups/cadenza_$(date +\\%F).dump
0 2 * * * rsync -a /srv/backups/ backup@nas01:/volume1/db-backups/web01/ && find /srv/backups -mtime +7 -delete

# renew certs, reload nginx
17 3 * * 1 certbot renew --quiet --deploy-hook "systemctl reload nginx"

# clear expired lesson video links
*/30 * * * * cd /srv/cadenza && .venv/bin/python manage.py expire_video_links
""", words_pw())

add("ssh-key/private-key", "it/keys/nas_backup_ed25519", "OpenSSH docs: ssh-keygen, OpenSSH private key format (man.openbsd.org/ssh-keygen)", """
@@secret@@
""", openssh_key())

add("ssh-key/decoy-public-key", "it/keys/authorized_keys", "OpenSSH docs: sshd(8) AUTHORIZED_KEYS FILE FORMAT (man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT)", """
# nas01: keys allowed to log in as 'backup' (rsync only)
command="/usr/bin/rrsync /volume1/office-backup",restrict ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ office-pc@bluebird
command="/usr/bin/rrsync /volume1/db-backups",restrict ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ web01

# interactive admin logins
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ marek@it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ ilse@macbook
""", k1=rand(43, B64), k2=rand(43, B64), k3=rand(540, B64), k4=rand(43, B64))

add("yaml/snmp-auth-password", "it/monitoring/snmp.yml", "Prometheus snmp_exporter docs: auths, SNMPv3 username, password and priv_password (github.com/prometheus/snmp_exporter)", """
# snmp_exporter auth for the UPS, switch and NAS in the comms cupboard
auths:
  public_v2:
    version: 2
    community: public
  studio_v3:
    version: 3
    security_level: authPriv
    username: prom-snmp
    auth_protocol: SHA
    password: "@@secret@@"
    priv_protocol: AES
    priv_password: "@@secret@@"
modules:
  if_mib:
    walk: [sysUpTime, interfaces, ifXTable]
  synology:
    walk: [1.3.6.1.4.1.6574.1, 1.3.6.1.4.1.6574.2]
""", rand_pw(16))

add("yaml/grafana-cloud-token", "it/monitoring/prometheus.yml", "Grafana Cloud docs: remote_write with basic_auth, access policy token glc_ (grafana.com/docs/grafana-cloud)", """
global:
  scrape_interval: 60s
  external_labels:
    site: crescendo-main

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["nas01:9100", "web01:9100", "pi-practice1:9100", "pi-practice2:9100"]
  - job_name: snmp
    static_configs:
      - targets: ["192.168.1.5", "192.168.1.40"]
    metrics_path: /snmp
    params:
      auth: [studio_v3]
      module: [if_mib]
    relabel_configs:
      - source_labels: [__address__]
        target_label: __param_target
      - target_label: __address__
        replacement: localhost:9116

remote_write:
  - url: https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push
    basic_auth:
      username: "1482915"
      password: "@@secret@@"
""", "glc_" + b64(json.dumps({"o": digits(6), "n": "crescendo-prom-write", "k": rand(24), "m": {"r": "prod-us-east-0"}}, separators=(",", ":"))))

add("yaml/decoy-file-reference", "it/monitoring/alertmanager.yml", "Prometheus docs: Alertmanager configuration, *_file fields for secrets (prometheus.io/docs/alerting/latest/configuration)", """
global:
  resolve_timeout: 10m
  smtp_smarthost: smtp.office365.com:587
  smtp_from: alerts@crescendoconservatory.org
  smtp_auth_username: alerts@crescendoconservatory.org
  smtp_auth_password_file: /etc/alertmanager/secrets/smtp_password

route:
  receiver: it-email
  group_by: [alertname, instance]
  routes:
    - matchers: [severity="page"]
      receiver: it-telegram

receivers:
  - name: it-email
    email_configs:
      - to: it@crescendoconservatory.org
  - name: it-telegram
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_bot_token
        chat_id: -1002143378810
        parse_mode: HTML
""")

add("compose/pihole-admin-password", "it/pihole/docker-compose.yml", "Pi-hole docs: Docker environment variables, FTLCONF_webserver_api_password / WEBPASSWORD (docs.pi-hole.net/docker)", """
services:
  pihole:
    container_name: pihole
    image: pihole/pihole:2024.07.0
    network_mode: host
    environment:
      TZ: "America/New_York"
      WEBPASSWORD: "@@secret@@"
      FTLCONF_LOCAL_IPV4: "192.168.10.3"
      PIHOLE_DNS_: "1.1.1.2;1.0.0.2"
      DNSMASQ_LISTENING: "local"
    volumes:
      - ./etc-pihole:/etc/pihole
      - ./etc-dnsmasq.d:/etc/dnsmasq.d
    cap_add:
      - NET_ADMIN
    restart: unless-stopped
""", passphrase())

add("k8s-secret/restic-password", "it/k8s/backup/restic-secret.yaml", "Kubernetes docs: Secret stringData (kubernetes.io/docs/concepts/configuration/secret); restic docs: RESTIC_PASSWORD", """
apiVersion: v1
kind: Secret
metadata:
  name: restic-recordings
  namespace: backup
type: Opaque
stringData:
  RESTIC_REPOSITORY: s3:https://s3.us-west-004.backblazeb2.com/fermata-restic
  RESTIC_PASSWORD: "@@secret@@"
  AWS_ACCESS_KEY_ID: "{{ from external-secrets }}"
""", passphrase())

add("k8s/decoy-sealed-secret", "it/k8s/mail/smtp-sealedsecret.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData (github.com/bitnami-labs/sealed-secrets)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp-relay
  namespace: lesson-portal
spec:
  encryptedData:
    SMTP_USERNAME: @@e1@@
    SMTP_PASSWORD: @@e2@@
  template:
    metadata:
      name: smtp-relay
      namespace: lesson-portal
    type: Opaque
""", e1="AgB" + rand(600, B64) + "==", e2="AgB" + rand(600, B64) + "==")

add("k8s/decoy-external-secret", "it/k8s/lesson-portal/externalsecret.yaml", "External Secrets Operator docs: ExternalSecret remoteRef (external-secrets.io)", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lesson-portal-stripe
  namespace: lesson-portal
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: lesson-portal-stripe
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/lesson-portal/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/lesson-portal/stripe
        property: webhook_secret
""")

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "Terraform Cloudflare provider docs: api_token argument (registry.terraform.io/providers/cloudflare/cloudflare)", """
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

resource "cloudflare_record" "portal" {
  zone_id = var.zone_id
  name    = "portal"
  content = "203.0.113.24"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "mail_spf" {
  zone_id = var.zone_id
  name    = "@"
  content = "v=spf1 include:_spf.google.com include:mailgun.org ~all"
  type    = "TXT"
}

resource "cloudflare_record" "meet" {
  zone_id = var.zone_id
  name    = "meet"
  content = "95.217.40.118"
  type    = "A"
  proxied = false
}
""", rand(40, B64URL), zone=hexs(32))

add("terraform/decoy-variable", "infra/dns/variables.tf", "Terraform docs: input variables, sensitive = true (developer.hashicorp.com/terraform/language/values/variables)", """
variable "cloudflare_api_token" {
  description = "Scoped API token (Zone:DNS:Edit on riverbendmusic.org). Set TF_VAR_cloudflare_api_token."
  type        = string
  sensitive   = true
}

variable "mailgun_dkim_public_key" {
  description = "DKIM public key published as k1._domainkey"
  type        = string
  default     = "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ@@dkim@@IDAQAB"
}

variable "zone_id" {
  type    = string
  default = "@@zone@@"
}
""", dkim=rand(150, B64), zone=hexs(32))

add("go/kisi-api-key", "tools/door-access/main.go", "Kisi docs: API authentication, Authorization: KISI-LOGIN <api key> (api.kisi.io/docs)", """
// door-access: unlocks the practice-wing door for students with a booked room (called by the kiosk).
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const (
	kisiAPI  = "https://api.kisi.io"
	kisiKey  = "@@secret@@"
	lockID   = 41872
	kioskPIN = "kiosk"
)

func unlock() error {
	req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/locks/%d/unlock", kisiAPI, lockID), nil)
	req.Header.Set("Authorization", "KISI-LOGIN "+kisiKey)
	req.Header.Set("Accept", "application/json")
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("kisi unlock: %s", resp.Status)
	}
	return nil
}

func main() {
	http.HandleFunc("/unlock", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Kiosk") != os.Getenv("KIOSK_ID") {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		if err := unlock(); err != nil {
			log.Println(err)
			http.Error(w, "unlock failed", http.StatusBadGateway)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	log.Fatal(http.ListenAndServe("127.0.0.1:8088", nil))
}
""", hexs(32))

add("yaml/mqtt-password", "it/home-assistant/secrets.yaml", "Home Assistant docs: storing secrets in secrets.yaml (home-assistant.io/docs/configuration/secrets)", """
# Home Assistant secrets (practice wing climate + room sensors)
latitude_home: 53.7997
longitude_home: -1.5492
mqtt_broker: 192.168.30.10
mqtt_username: homeassistant
mqtt_password: "@@secret@@"
nest_project_id: harmony-house-climate
recital_hall_camera_url: rtsp://192.168.30.60:554/stream1
""", rand_pw(20))

add("yaml/decoy-secret-reference", "it/home-assistant/configuration.yaml", "Home Assistant docs: !secret references (home-assistant.io/docs/configuration/secrets)", """
homeassistant:
  name: Harmony House
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  unit_system: metric
  time_zone: Europe/London

mqtt:
  sensor:
    - name: "Practice room 1 humidity"
      state_topic: "studio/rooms/pr1/humidity"
      unit_of_measurement: "%"
    - name: "Practice room 2 humidity"
      state_topic: "studio/rooms/pr2/humidity"
      unit_of_measurement: "%"

automation:
  - alias: "Piano room too dry"
    trigger:
      - platform: numeric_state
        entity_id: sensor.practice_room_1_humidity
        below: 40
    action:
      - service: humidifier.turn_on
        target:
          entity_id: humidifier.pr1

camera:
  - platform: generic
    name: Recital hall
    stream_source: !secret recital_hall_camera_url
""")


# ---------------------------------------------------------------------------------------------
# Marketing, enrolment forms and family communications
# ---------------------------------------------------------------------------------------------

add("python/mailchimp-api-key", "marketing/sync_families_to_mailchimp.py", "Mailchimp docs: Marketing API quick start, API key with the data-center suffix (mailchimp.com/developer/marketing)", '''
"""Keeps the "Families" audience in Mailchimp in step with active enrolments (run weekly)."""
import hashlib

import mailchimp_marketing as MailchimpMarketing
import psycopg2

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "@@dc@@"})
AUDIENCE_ID = "3f7c1e9a2b"


def active_families():
    with psycopg2.connect("dbname=cadenza host=db-primary.internal user=marketing_ro") as conn, conn.cursor() as cur:
        cur.execute("""
            SELECT DISTINCT f.email, f.first_name, f.last_name, s.instrument
            FROM families f JOIN students s ON s.family_id = f.id
            WHERE s.status = 'active' AND f.marketing_opt_in
        """)
        yield from cur.fetchall()


def main() -> None:
    for email, first, last, instrument in active_families():
        member_hash = hashlib.md5(email.lower().encode()).hexdigest()
        client.lists.set_list_member(AUDIENCE_ID, member_hash, {
            "email_address": email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": first, "LNAME": last, "INSTR": instrument},
        })


if __name__ == "__main__":
    main()
''', (mc := hexs(32) + "-us" + str(random.Random(_seed()).randint(2, 21))), dc=mc.split("-")[1])

add("python/decoy-public-form-id", "marketing/templates/newsletter_form.py", "Mailchimp docs: embedded signup forms, u= and id= form parameters are public (mailchimp.com/help/add-a-signup-form-to-your-website)", '''
"""Renders the footer newsletter signup (Mailchimp embedded form; u and id are in every page)."""

FORM_ACTION = (
    "https://riverbendmusic.us21.list-manage.com/subscribe/post"
    "?u=@@u@@&id=3f7c1e9a2b&f_id=00e1a2e1f0"
)
HONEYPOT_FIELD = "b_@@u@@_3f7c1e9a2b"


def signup_form(csrf_token: str) -> str:
    return f"""
<form action="{FORM_ACTION}" method="post" target="_blank" novalidate>
  <label for="mce-EMAIL">Get recital dates and studio news</label>
  <input type="email" name="EMAIL" id="mce-EMAIL" required>
  <div aria-hidden="true" style="position:absolute;left:-5000px">
    <input type="text" name="{HONEYPOT_FIELD}" tabindex="-1" value="">
  </div>
  <input type="hidden" name="csrfmiddlewaretoken" value="{csrf_token}">
  <button type="submit">Subscribe</button>
</form>"""
''', u=hexs(25))

add("php/smtp-password", "site/contact/send.php", "PHPMailer docs: SMTP authentication, $mail->Username / $mail->Password (github.com/PHPMailer/PHPMailer)", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;
use PHPMailer\\PHPMailer\\Exception;

require __DIR__ . '/../vendor/autoload.php';

// Trial lesson enquiry form -> office mailbox
$mail = new PHPMailer(true);
try {
    $mail->isSMTP();
    $mail->Host       = 'mail.bluebirdpiano.com';
    $mail->SMTPAuth   = true;
    $mail->Username   = 'enquiries@bluebirdpiano.com';
    $mail->Password   = '@@secret@@';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
    $mail->Port       = 465;

    $mail->setFrom('enquiries@bluebirdpiano.com', 'Bluebird website');
    $mail->addAddress('office@bluebirdpiano.com');
    $mail->addReplyTo(filter_var($_POST['email'], FILTER_VALIDATE_EMAIL) ?: 'office@bluebirdpiano.com');

    $mail->Subject = 'Trial lesson enquiry: ' . strip_tags($_POST['student_name'] ?? '');
    $mail->Body    = sprintf("Student: %s\\nAge: %s\\nInstrument: %s\\nParent phone: %s\\n\\n%s",
        strip_tags($_POST['student_name'] ?? ''), (int) ($_POST['age'] ?? 0),
        strip_tags($_POST['instrument'] ?? ''), strip_tags($_POST['phone'] ?? ''),
        strip_tags($_POST['message'] ?? ''));
    $mail->send();
    header('Location: /thanks.html');
} catch (Exception $e) {
    error_log('contact form: ' . $mail->ErrorInfo);
    header('Location: /contact.html?error=1');
}
""", words_pw())

add("php/decoy-site-key", "site/contact/recaptcha.php", "Google reCAPTCHA docs: site key (public, in the page) and secret key (server) (developers.google.com/recaptcha/docs/verify)", """
<?php
// reCAPTCHA v3 on the trial-lesson form.
// The site key is public (it is rendered into the page); the secret key is read from the environment.
const RECAPTCHA_SITE_KEY = '6L@@site@@';

function recaptcha_script_tag(): string {
    return '<script src="https://www.google.com/recaptcha/api.js?render=' . RECAPTCHA_SITE_KEY . '"></script>';
}

function recaptcha_passes(string $token, string $ip): bool {
    $secret = getenv('RECAPTCHA_SECRET_KEY');
    if ($secret === false || $secret === '') {
        error_log('RECAPTCHA_SECRET_KEY not set');
        return false;
    }
    $resp = file_get_contents('https://www.google.com/recaptcha/api/siteverify', false, stream_context_create([
        'http' => [
            'method'  => 'POST',
            'header'  => 'Content-Type: application/x-www-form-urlencoded',
            'content' => http_build_query(['secret' => $secret, 'response' => $token, 'remoteip' => $ip]),
        ],
    ]));
    $data = json_decode($resp, true);
    return !empty($data['success']) && ($data['score'] ?? 0) >= 0.5;
}
""", site=rand(38, B64URL))

add("json/hubspot-private-app-token", "crm/hubspot-sync.config.json", "HubSpot docs: private apps, access token pat-na1- (developers.hubspot.com/docs/api/private-apps)", """
{
  "hubspot": {
    "portalId": 44718230,
    "accessToken": "@@secret@@",
    "pipelines": {
      "enquiries": "default",
      "trialLessons": "81723344"
    },
    "properties": {
      "instrument": "instrument_of_interest",
      "studentAge": "student_age",
      "preferredDay": "preferred_lesson_day"
    }
  },
  "source": {
    "type": "typeform",
    "formId": "Xk93LqPz"
  },
  "schedule": "*/10 * * * *",
  "dryRun": false
}
""", "pat-na1-" + uuid_s())

add("typescript/airtable-token", "crm/src/airtableWaitlist.ts", "Airtable docs: personal access tokens (airtable.com/developers/web/guides/personal-access-tokens)", """
import Airtable from "airtable";

// Waitlist for popular teachers (Airtable base "Enrolment", table "Waitlist")
const base = new Airtable({
  apiKey: "@@secret@@",
}).base("app@@base@@");

export interface WaitlistEntry {
  student: string;
  instrument: string;
  teacher?: string;
  addedOn: string;
}

export async function addToWaitlist(entry: WaitlistEntry): Promise<string> {
  const [record] = await base("Waitlist").create([
    {
      fields: {
        Student: entry.student,
        Instrument: entry.instrument,
        "Preferred teacher": entry.teacher ?? "",
        "Added on": entry.addedOn,
        Status: "Waiting",
      },
    },
  ]);
  return record.id;
}

export async function waitingFor(teacher: string) {
  return base("Waitlist")
    .select({ filterByFormula: `AND({Preferred teacher} = '${teacher}', {Status} = 'Waiting')`, sort: [{ field: "Added on" }] })
    .all();
}
""", "pat" + rand(14) + "." + hexs(64), base=rand(14))

add("javascript/typeform-token", "crm/scripts/export-enrolment-responses.js", "Typeform docs: personal access tokens tfp_ (typeform.com/developers/get-started/personal-access-token)", """
#!/usr/bin/env node
// Exports this term's enrolment form responses to CSV for the office.
const fs = require('fs');

const TYPEFORM_TOKEN = 'tfp_' +
  '@@a@@' +
  '@@b@@';
const FORM_ID = 'Xk93LqPz';

async function responses(since) {
  const url = `https://api.typeform.com/forms/${FORM_ID}/responses?page_size=1000&since=${since}`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${TYPEFORM_TOKEN}` } });
  if (!res.ok) throw new Error(`typeform ${res.status}`);
  return (await res.json()).items;
}

(async () => {
  const items = await responses(process.argv[2] || '2024-08-01T00:00:00');
  const rows = items.map((it) => {
    const a = Object.fromEntries(it.answers.map((x) => [x.field.ref, x.text || x.email || x.choice?.label || '']));
    return [it.submitted_at, a.student_name, a.instrument, a.parent_email, a.preferred_day].join(',');
  });
  fs.writeFileSync('enrolments.csv', ['submitted,student,instrument,parent_email,day', ...rows].join('\\n'));
  console.log(`wrote ${rows.length} responses`);
})();
""", (tf := "tfp_" + rand(44, B64URL) + "_" + rand(14, B64URL)), a=tf[4:30], b=tf[30:])

add("ruby/postmark-server-token", "lesson-hub/config/environments/production.rb", "Postmark docs: server API token, postmark-rails delivery method (postmarkapp.com/developer)", """
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]
  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] }
  config.active_job.queue_adapter = :sidekiq

  # Lesson reminders, invoices and recital confirmations
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "lessons.fermatamusic.com", protocol: "https" }
  config.action_mailer.perform_caching = false

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
""", uuid_s())

add("go/vonage-api-secret", "notify/sms/vonage.go", "Vonage docs: API key and API secret for the SMS API (developer.vonage.com/en/messaging/sms/overview)", """
package sms

import (
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Lesson-cancellation texts for families in the UK (Vonage has better UK sender IDs than Twilio for us).
var (
	apiKey    = "@@key@@"
	apiSecret = "@@secret@@"
	senderID  = "HarmonyHse"
	client    = &http.Client{Timeout: 10 * time.Second}
)

func Send(to, text string) error {
	form := url.Values{
		"api_key":    {apiKey},
		"api_secret": {apiSecret},
		"from":       {senderID},
		"to":         {strings.TrimPrefix(to, "+")},
		"text":       {text},
	}
	resp, err := client.PostForm("https://rest.nexmo.com/sms/json", form)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
""", rand(16), key=hexs(8))

add("python/discord-bot-token", "bots/practice-challenge/bot.py", "Discord docs: bot token, Authorization: Bot <token> (discord.com/developers/docs/reference#authentication)", '''
"""#practice-challenge bot: students post minutes, the bot keeps the leaderboard for the term."""
import discord
from discord import app_commands

from leaderboard import Leaderboard

TOKEN = "@@secret@@"
GUILD_ID = 1187324409812361226

intents = discord.Intents.default()
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)
board = Leaderboard("practice.db")


@tree.command(name="log", description="Log today's practice minutes", guild=discord.Object(id=GUILD_ID))
async def log(interaction: discord.Interaction, minutes: app_commands.Range[int, 1, 300], piece: str):
    total = board.add(interaction.user.id, minutes, piece)
    await interaction.response.send_message(f"Nice! {minutes} min on *{piece}*. Term total: {total} min.")


@tree.command(name="top", description="Show the top 10", guild=discord.Object(id=GUILD_ID))
async def top(interaction: discord.Interaction):
    lines = [f"{i + 1}. <@{uid}> - {mins} min" for i, (uid, mins) in enumerate(board.top(10))]
    await interaction.response.send_message("\\n".join(lines) or "No practice logged yet!")


@client.event
async def on_ready():
    await tree.sync(guild=discord.Object(id=GUILD_ID))


client.run(TOKEN)
''', b64url_text(digits(19)) + "." + rand(6, B64URL) + "." + rand(38, B64URL))

add("toml/decoy-placeholder", "bots/practice-challenge/config.example.toml", "discord.py docs: creating a bot account, keep the token secret (discordpy.readthedocs.io/en/stable/discord.html)", """
# Copy to config.toml (git-ignored) and fill in.
[discord]
token = "PASTE_BOT_TOKEN_HERE"
guild_id = 0
channel = "practice-challenge"

[challenge]
term_start = "2025-01-06"
term_end = "2025-03-28"
max_minutes_per_day = 300
prize_threshold_minutes = 1500

[database]
path = "practice.db"
""")

add("compose/slack-bot-token", "bots/room-booker/docker-compose.yml", "Slack docs: bot tokens xoxb- (api.slack.com/authentication/token-types)", """
services:
  room-booker:
    image: ghcr.io/crescendo-conservatory/room-booker:1.3.0
    restart: unless-stopped
    environment:
      SLACK_BOT_TOKEN: "@@secret@@"
      SLACK_APP_TOKEN: "${SLACK_APP_TOKEN}"
      SLACK_SIGNING_SECRET: "${SLACK_SIGNING_SECRET}"
      ROOMS: "Studio 1,Studio 2,Studio 3,Percussion Room,Recital Hall"
      BOOKING_SLOT_MINUTES: "30"
      TZ: "America/Chicago"
    volumes:
      - ./data:/app/data
""", slack_bot())


# ---------------------------------------------------------------------------------------------
# Platform: containers, registries, app configs of the lesson portals
# ---------------------------------------------------------------------------------------------

add("json/docker-registry-password", "deploy/.docker/config.json", "Docker docs: docker login stores base64 user:password in config.json auths (docs.docker.com/reference/cli/docker/login)", """
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@secret@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", b64("fermatamusic:" + words_pw()))

add("github-actions/digitalocean-token", ".github/workflows/deploy-site.yml", "DigitalOcean docs: personal access tokens dop_v1_, doctl in GitHub Actions (docs.digitalocean.com)", """
name: Deploy school website

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install doctl
        uses: digitalocean/action-doctl@v2
        with:
          token: @@secret@@
      - name: Build
        run: |
          npm ci
          npm run build
      - name: Push image
        run: |
          doctl registry login --expiry-seconds 600
          docker build -t registry.digitalocean.com/bluebird/site:${GITHUB_SHA::7} .
          docker push registry.digitalocean.com/bluebird/site:${GITHUB_SHA::7}
      - name: Roll out
        run: doctl apps create-deployment 5b7c2e91-3d4f-4a6b-8c0d-9e1f2a3b4c5d --wait
""", "dop_v1_" + hexs(64))

add("shell/docker-hub-token", "deploy/push_images.sh", "Docker docs: docker login -u/-p with a personal access token dckr_pat_ (docs.docker.com/security/for-developers/access-tokens)", """
#!/usr/bin/env bash
# Build and push the lesson portal images (run from the repo root on the build VM).
set -euo pipefail

VERSION=${1:?usage: push_images.sh <version>}
REPO=fermatamusic

docker login -u fermatamusic -p @@secret@@

for svc in portal worker recital-stream; do
  docker build -t "$REPO/$svc:$VERSION" -f "services/$svc/Dockerfile" .
  docker push "$REPO/$svc:$VERSION"
done

docker logout
echo "pushed $VERSION"
""", "dckr_pat_" + rand(27, B64URL))

add("shell/decoy-1password-reference", "deploy/bootstrap_env.sh", "1Password docs: op read with secret references op://vault/item/field (developer.1password.com/docs/cli/secret-references)", """
#!/usr/bin/env bash
# Writes /etc/cadenza/env on a new server from 1Password (needs `op signin` first).
set -euo pipefail

install -m 600 /dev/null /etc/cadenza/env
{
  echo "DJANGO_SECRET_KEY=$(op read 'op://Production/cadenza-django/secret_key')"
  echo "DATABASE_URL=$(op read 'op://Production/cadenza-db/connection_string')"
  echo "STRIPE_SECRET_KEY=$(op read 'op://Production/Stripe - Riverbend - portal/credential')"
  echo "STRIPE_WEBHOOK_SECRET=$(op read 'op://Production/Stripe - Riverbend - portal/webhook_secret')"
  echo "ZOOM_CLIENT_SECRET=$(op read 'op://Online lessons/Zoom S2S app - portal/client_secret')"
} >> /etc/cadenza/env

systemctl restart cadenza-web cadenza-worker
echo "environment written: $(wc -l < /etc/cadenza/env) variables"
""")

add("yaml/redis-password", "helm/lesson-portal/values-prod.yaml", "Bitnami Redis Helm chart docs: auth.password (github.com/bitnami/charts/tree/main/bitnami/redis)", """
replicaCount: 2

image:
  repository: registry.digitalocean.com/bluebird/lesson-portal
  tag: "4.12.0"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: lessons.bluebirdpiano.com
      paths: ["/"]
  tls:
    - secretName: lessons-tls
      hosts: ["lessons.bluebirdpiano.com"]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 2Gi

env:
  DJANGO_SETTINGS_MODULE: portal.settings.production
  REDIS_HOST: lesson-portal-redis-master
""", fakes.redis_password(_seed()))

add("yaml/decoy-existing-secret", "helm/lesson-portal/values.yaml", "Bitnami Helm charts docs: auth.existingSecret and existingSecretPasswordKey (github.com/bitnami/charts)", """
replicaCount: 1

image:
  repository: registry.digitalocean.com/bluebird/lesson-portal
  tag: ""
  pullPolicy: IfNotPresent

postgresql:
  enabled: false
externalDatabase:
  host: db.bluebird.internal
  user: portal
  existingSecret: lesson-portal-db
  existingSecretPasswordKey: password

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: lesson-portal-redis
    existingSecretPasswordKey: redis-password

envFrom:
  - secretRef:
      name: lesson-portal-env

resources:
  requests: {cpu: 100m, memory: 256Mi}
  limits: {memory: 512Mi}
""")

add("python/redis-password", "lesson-hub-py/workers/celeryconfig.py", "Celery docs: broker_url with Redis, redis://:password@host:port/db (docs.celeryq.dev)", '''
# Celery settings for the reminder and invoice workers (Allegro Academy)
broker_url = "redis://:@@secret@@@redis-01.allegro.internal:6379/0"
result_backend = "redis://redis-01.allegro.internal:6379/1"

task_serializer = "json"
accept_content = ["json"]
timezone = "America/Los_Angeles"
enable_utc = True

task_routes = {
    "reminders.*": {"queue": "reminders"},
    "billing.*": {"queue": "billing"},
}

beat_schedule = {
    "lesson-reminders-every-15-min": {"task": "reminders.send_due", "schedule": 900.0},
    "monthly-invoices": {"task": "billing.generate_invoices", "schedule": 86400.0},
}
worker_max_tasks_per_child = 200
''', fakes.redis_password(_seed()))

add("java/smtp-password", "lesson-reminders/src/main/java/org/crescendo/reminders/MailConfig.java", "Spring Framework docs: JavaMailSenderImpl setUsername / setPassword (docs.spring.io)", """
package org.crescendo.reminders;

import java.util.Properties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {

    @Bean
    public JavaMailSender mailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("smtp.sendgrid.net");
        sender.setPort(587);
        sender.setUsername("apikey");
        sender.setPassword("@@secret@@");

        Properties props = sender.getJavaMailProperties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.connectiontimeout", "10000");
        return sender;
    }
}
""", sendgrid_key())

add("kotlin/postgres-password", "scheduler-service/src/main/kotlin/org/riverbend/scheduler/Database.kt", "PostgreSQL JDBC docs: connection parameters user and password in the URL (jdbc.postgresql.org/documentation/use)", """
package org.riverbend.scheduler

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import org.jetbrains.exposed.sql.Database

object Db {
    private const val JDBC_URL =
        "jdbc:postgresql://db-primary.internal:5432/scheduler?user=scheduler&password=@@secret@@&sslmode=require"

    fun connect(): Database {
        val config = HikariConfig().apply {
            jdbcUrl = JDBC_URL
            maximumPoolSize = 8
            isAutoCommit = false
            transactionIsolation = "TRANSACTION_REPEATABLE_READ"
            poolName = "scheduler"
        }
        return Database.connect(HikariDataSource(config))
    }
}
""", rand_pw(20))

add("json/sqlserver-password", "StudioPortal/StudioPortal.Web/appsettings.Production.json", "Microsoft docs: ASP.NET Core configuration, ConnectionStrings in appsettings.json (learn.microsoft.com/aspnet/core/fundamentals/configuration)", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "StudioPortal": "Information"
    }
  },
  "AllowedHosts": "portal.crescendoconservatory.org",
  "ConnectionStrings": {
    "Portal": "Server=tcp:crescendo-sql.database.windows.net,1433;Initial Catalog=studio-portal;User ID=portal_app;Password=@@secret@@;Encrypt=True;Connection Timeout=30;"
  },
  "Lessons": {
    "DefaultLengthMinutes": 30,
    "CancellationNoticeHours": 24,
    "MakeUpCreditsPerTerm": 2
  },
  "Storage": {
    "RecordingsContainer": "lesson-recordings"
  }
}
""", words_pw())

add("json/decoy-user-secrets-id", "StudioPortal/StudioPortal.Web/appsettings.json", "Microsoft docs: safe storage of app secrets in development, Secret Manager (learn.microsoft.com/aspnet/core/security/app-secrets)", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Portal": "Server=(localdb)\\\\MSSQLLocalDB;Database=studio-portal-dev;Trusted_Connection=True;"
  },
  "Twilio": {
    "AccountSid": "",
    "AuthToken": "",
    "FromNumber": "+15005550006"
  },
  "Stripe": {
    "SecretKey": "set with: dotnet user-secrets set Stripe:SecretKey <key>",
    "PublishableKey": ""
  },
  "UserSecretsId": "@@id@@"
}
""", id=uuid_s())

add("csharp/twilio-auth-token", "StudioPortal/StudioPortal.Web/Services/SmsService.cs", "Twilio docs: TwilioClient.Init(accountSid, authToken) (twilio.com/docs/libraries/csharp-dotnet)", """
using System.Threading.Tasks;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace StudioPortal.Web.Services
{
    public class SmsService : ISmsService
    {
        private const string AccountSid = "AC@@sid@@";
        private const string AuthToken = "@@secret@@";
        private static readonly PhoneNumber From = new PhoneNumber("+13125550199");

        public SmsService()
        {
            TwilioClient.Init(AccountSid, AuthToken);
        }

        public async Task SendLessonReminderAsync(string to, string student, string teacher, string when)
        {
            await MessageResource.CreateAsync(
                to: new PhoneNumber(to),
                from: From,
                body: $"Reminder: {student}'s lesson with {teacher} is {when}. Reply C to cancel (24h notice).");
        }
    }
}
""", hexs(32), sid=hexs(32))

add("toml/postgres-password", "services/lesson-api/config/production.toml", "config-rs / sqlx docs: database URL postgres://user:password@host/db (docs.rs/sqlx)", """
[server]
bind = "0.0.0.0:8080"
workers = 4
request_timeout_secs = 15

[database]
url = "postgres://lesson_api:@@secret@@@db-primary.internal:5432/lessons"
max_connections = 16
statement_cache = 200

[lessons]
default_length_minutes = 30
max_advance_booking_days = 90
cancellation_cutoff_hours = 24

[telemetry]
otlp_endpoint = "http://otel-collector.monitoring:4317"
service_name = "lesson-api"
""", rand_pw(24))

add("toml/decoy-env-reference", "services/lesson-api/config/default.toml", "config-rs docs: environment overrides; the database URL comes from APP__DATABASE__URL (docs.rs/config)", """
# Defaults for every environment. Secrets are never here: set them as APP__DATABASE__URL etc.
[server]
bind = "127.0.0.1:8080"
workers = 2
request_timeout_secs = 15

[database]
url = "${APP__DATABASE__URL}"
max_connections = 4

[lessons]
default_length_minutes = 30
max_advance_booking_days = 90
cancellation_cutoff_hours = 24

[auth]
jwt_issuer = "https://auth.lessons.example.org"
jwt_audience = "lesson-api"
jwks_url = "https://auth.lessons.example.org/.well-known/jwks.json"
""")

add("env/mongodb-password", "analytics/.env", "MongoDB docs: connection string URI format, mongodb+srv with username:password (mongodb.com/docs/manual/reference/connection-string)", """
# practice-analytics service (reads practice sessions written by the apps)
NODE_ENV=production
PORT=4010
MONGODB_URI=mongodb+srv://analytics_rw:@@secret@@@practice-cluster.x3kq9.mongodb.net/practice?retryWrites=true&w=majority&appName=practice-analytics
MONGODB_DB=practice
SESSION_RETENTION_DAYS=730
WEEKLY_REPORT_CRON=0 7 * * MON
TEACHER_DIGEST_FROM=digest@allegroacademy.org
""", rand_pw(16))

add("compose/postgres-password", "deploy/docker-compose.prod.yml", "Docker Official Images docs: postgres, POSTGRES_PASSWORD (hub.docker.com/_/postgres)", """
services:
  db:
    image: postgres:16-alpine
    restart: always
    environment:
      POSTGRES_DB: tickets
      POSTGRES_USER: boxoffice
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
      - ./db/init:/docker-entrypoint-initdb.d:ro
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U boxoffice -d tickets"]
      interval: 10s

  web:
    image: ghcr.io/riverbend-music/boxoffice:2.4.1
    restart: always
    depends_on:
      db:
        condition: service_healthy
    environment:
      DATABASE_HOST: db
      DATABASE_NAME: tickets
      DATABASE_USER: boxoffice
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
    ports:
      - "127.0.0.1:8090:8000"

volumes:
  pgdata:
""", words_pw())

add("env/openai-api-key", "practice-web/.env.local", "OpenAI docs: API keys, keep them server-side (platform.openai.com/docs/quickstart)", """
# Local overrides for practice-web (Next.js). NEXT_PUBLIC_* values are sent to the browser.
NEXT_PUBLIC_SUPABASE_URL=https://practice-dev.supabase.co
NEXT_PUBLIC_POSTHOG_HOST=https://us.i.posthog.com
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
FEEDBACK_MAX_TOKENS=220
""", fakes.openai_key(_seed()))

add("typescript/jwt-secret", "services/parent-portal-api/src/auth/tokens.ts", "jsonwebtoken docs: jwt.sign(payload, secretOrPrivateKey) (github.com/auth0/node-jsonwebtoken)", """
import jwt from "jsonwebtoken";

// Parent portal sessions (magic-link login). HS256 with a shared secret.
const JWT_SECRET = "@@secret@@";
const ISSUER = "parent-portal.fermatamusic.com";

export interface ParentClaims {
  sub: string;          // family id
  students: string[];   // student ids the parent may see
}

export function issue(claims: ParentClaims): string {
  return jwt.sign(claims, JWT_SECRET, { algorithm: "HS256", expiresIn: "7d", issuer: ISSUER });
}

export function verify(token: string): ParentClaims {
  return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"], issuer: ISSUER }) as ParentClaims;
}
""", rand(48, ALNUM + "-_"))

add("yaml/rails-secret-key-base", "lesson-hub/config/secrets.yml", "Rails guides: secret_key_base, config/secrets.yml (guides.rubyonrails.org/security.html)", """
# Be sure to restart your server when you modify this file.

development:
  secret_key_base: 3d1f0a7c9e5b2d8f4a6c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7

test:
  secret_key_base: 7e9a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f4a6c8e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3

# Do not keep production secrets in the repository,
# instead read values from the environment.
production:
  secret_key_base: @@secret@@
""", hexs(128))

add("env/laravel-app-key", "studio-booking/.env", "Laravel docs: configuration, APP_KEY encryption key (laravel.com/docs/configuration)", """
APP_NAME="Harmony House Bookings"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://book.harmonyhousemusic.co.uk
APP_TIMEZONE=Europe/London

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=bookings
DB_USERNAME=bookings
DB_PASSWORD="${BOOKINGS_DB_PASSWORD}"

SESSION_DRIVER=database
QUEUE_CONNECTION=database
CACHE_STORE=file
MAIL_MAILER=log
""", "base64:" + b64_bytes(32))

add("python/flask-secret-key", "recital-signup/recital_app/config.py", "Flask docs: configuration handling, SECRET_KEY (flask.palletsprojects.com/en/stable/config)", '''
"""Recital performer sign-up (students choose their piece and slot)."""
import os


class Config:
    SECRET_KEY = "@@secret@@"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///recital.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAX_PERFORMERS_PER_SLOT = 12
    SLOT_LENGTH_MINUTES = 45
    PIECE_MAX_MINUTES = 5
    WTF_CSRF_TIME_LIMIT = None


class TestConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    WTF_CSRF_ENABLED = False
''', hexs(64))

add("python/cloudinary-api-secret", "recital-signup/recital_app/media.py", "Cloudinary docs: CLOUDINARY_URL cloudinary://<api_key>:<api_secret>@<cloud_name> (cloudinary.com/documentation)", '''
"""Performer headshots and programme covers are stored on Cloudinary."""
import cloudinary
import cloudinary.uploader

cloudinary.config(cloudinary_url="cloudinary://@@key@@:@@secret@@@riverbend-recitals")

PROGRAMME_FOLDER = "recitals/programmes"
HEADSHOT_FOLDER = "recitals/headshots"


def upload_headshot(file_storage, student_id: str) -> str:
    result = cloudinary.uploader.upload(
        file_storage,
        folder=HEADSHOT_FOLDER,
        public_id=f"student-{student_id}",
        overwrite=True,
        transformation=[{"width": 400, "height": 400, "crop": "thumb", "gravity": "face"}],
    )
    return result["secure_url"]
''', rand(27, B64URL), key=digits(15))

add("plist/zoom-sdk-secret", "LessonRoom-iOS/LessonRoom/Config/ZoomSDK.plist", "Zoom docs: Meeting SDK for iOS, SDK key and secret (developers.zoom.us/docs/meeting-sdk/ios)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>ZoomSDKDomain</key>
	<string>zoom.us</string>
	<key>ZoomSDKKey</key>
	<string>@@key@@</string>
	<key>ZoomSDKSecret</key>
	<string>@@secret@@</string>
	<key>EnableCustomMeetingUI</key>
	<true/>
	<key>DisableDriveMode</key>
	<true/>
	<key>WaitingRoomMessage</key>
	<string>Your teacher will let you in shortly. Tune up while you wait!</string>
</dict>
</plist>
""", rand(36), key=rand(22))

add("xml/maven-repository-password", "payroll-sync/.mvn/settings.xml", "Apache Maven docs: settings.xml servers/server username and password (maven.apache.org/settings.html)", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>northside-releases</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>northside-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://repo.northsidemusic.org/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("markdown/github-fine-grained-token", "docs/handover/website-and-repos.md", "GitHub docs: fine-grained personal access tokens github_pat_ (docs.github.com/authentication)", """
# Handover: website and code repos (from Jess, leaving end of June)

## Repos
- `bluebird-piano/site` - the public website (Astro), deploys to Netlify on push to `main`.
- `bluebird-piano/lesson-portal` - Django app, deploys via the GitHub Action to the droplet.
- `bluebird-piano/practice-timer` - the little PWA the students use.

## Automation token
The nightly "sync teacher bios" job in the office Mac's crontab uses a fine-grained token
scoped to `bluebird-piano/site` (contents: read/write). It expires 2025-12-31:

    @@secret@@

When it expires, create a new one under the **bluebird-it** machine account (not a person!),
then update `~/bin/sync_bios.sh` on the office Mac.

## Netlify
Login with the bluebird-it Google account. Build hooks are in Site settings > Build & deploy.

## DNS
Cloudflare, same Google account. Don't touch the MX records.
""", fakes.github_fine_grained_token(_seed()))

add("powershell/vpn-preshared-key", "it/scripts/Add-CampusVpn.ps1", "Microsoft docs: Add-VpnConnection -L2tpPsk (learn.microsoft.com/powershell/module/vpnclient/add-vpnconnection)", r"""
# Adds the L2TP VPN to the teacher lounge laptops (run as the teacher, not as admin).
# Lets teachers reach the sheet-music share from home.
$name = "Crescendo Campus VPN"

if (Get-VpnConnection -Name $name -ErrorAction SilentlyContinue) {
    Remove-VpnConnection -Name $name -Force
}

Add-VpnConnection -Name $name `
    -ServerAddress "vpn.crescendoconservatory.org" `
    -TunnelType L2tp `
    -L2tpPsk "@@secret@@" `
    -AuthenticationMethod MSChapv2 `
    -EncryptionLevel Required `
    -SplitTunneling `
    -RememberCredential `
    -Force

Add-VpnConnectionRoute -ConnectionName $name -DestinationPrefix "192.168.40.0/24"
Write-Host "VPN '$name' added. Sign in with your school username and password."
""", rand_pw(24))


# ---------------------------------------------------------------------------------------------
# More decoys: test fixtures, encrypted files, ids, hashes, examples
# ---------------------------------------------------------------------------------------------

add("compose/decoy-test-fixture", "deploy/docker-compose.test.yml", "Docker Official Images docs: postgres, POSTGRES_PASSWORD for a throwaway test database (hub.docker.com/_/postgres)", """
# Throwaway services for the integration tests (CI and laptops). Nothing here is used in production.
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: tickets_test
      POSTGRES_USER: test
      POSTGRES_PASSWORD: test
    tmpfs:
      - /var/lib/postgresql/data
    ports:
      - "55432:5432"

  mailpit:
    image: axllent/mailpit:v1.20
    ports:
      - "8025:8025"
      - "1025:1025"

  stripe-mock:
    image: stripe/stripe-mock:v0.188.0
    ports:
      - "12111:12111"
""")

add("python/decoy-test-fixture", "recital-signup/tests/conftest.py", "pytest docs: fixtures (docs.pytest.org/en/stable/how-to/fixtures.html); Flask docs: testing", '''
import pytest

from recital_app import create_app, db
from recital_app.config import TestConfig


class _Config(TestConfig):
    SECRET_KEY = "test-only-not-secret"


@pytest.fixture
def app():
    app = create_app(_Config)
    with app.app_context():
        db.create_all()
        yield app
        db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def teacher(app):
    from recital_app.models import User
    user = User(email="teacher@example.com", role="teacher")
    user.set_password("correct-horse-battery-staple")
    db.session.add(user)
    db.session.commit()
    return user
''')

add("python/decoy-regex", "cadenza/cadenza/logging/redact.py", "Stripe docs: API key prefixes; Python docs: re module (docs.python.org/3/library/re.html)", '''
"""Log filter that masks credentials before records reach the log shipper."""
import logging
import re

PATTERNS = [
    (re.compile(r"(sk|rk)_(live|test)_[0-9A-Za-z]{24,99}"), r"\\1_\\2_[REDACTED]"),
    (re.compile(r"whsec_[0-9A-Za-z]{32,}"), "whsec_[REDACTED]"),
    (re.compile(r"EAAA[0-9A-Za-z\\-_]{60}"), "EAAA[REDACTED]"),
    (re.compile(r"SG\\.[\\w-]{22}\\.[\\w-]{43}"), "SG.[REDACTED]"),
    (re.compile(r"(?i)(authorization:\\s*bearer\\s+)[\\w\\-.~+/]+=*"), r"\\1[REDACTED]"),
    (re.compile(r"(?i)(password|passwd|pwd)=([^&\\s]+)"), r"\\1=[REDACTED]"),
]


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern, replacement in PATTERNS:
            message = pattern.sub(replacement, message)
        record.msg, record.args = message, ()
        return True
''')

add("json/decoy-sops-encrypted", "secrets/prod.enc.json", "SOPS docs: encrypted file format, ENC[AES256_GCM,...] values (github.com/getsops/sops)", """
{
  "stripe_secret_key": "ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]",
  "zoom_client_secret": "ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]",
  "database_password": "ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]",
  "sops": {
    "kms": [],
    "age": [
      {
        "recipient": "age1@@age@@",
        "enc": "-----BEGIN AGE ENCRYPTED FILE-----\\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBq\\n-----END AGE ENCRYPTED FILE-----\\n"
      }
    ],
    "lastmodified": "2024-11-02T10:14:52Z",
    "mac": "ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]",
    "unencrypted_suffix": "_unencrypted",
    "version": "3.9.1"
  }
}
""", d1=b64_bytes(99), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(32), iv2=b64_bytes(32), t2=b64_bytes(16),
    d3=b64_bytes(18), iv3=b64_bytes(32), t3=b64_bytes(16), mac=b64_bytes(64), iv4=b64_bytes(32), t4=b64_bytes(16),
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-sops-encrypted", "payroll/secrets/payroll.enc.yaml", "SOPS docs: YAML files encrypted with age (github.com/getsops/sops)", """
gusto:
    client_id: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    client_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
db:
    password: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-10-28T08:41:07Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    version: 3.9.1
""", d1=b64_bytes(32), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(32), iv2=b64_bytes(32), t2=b64_bytes(16),
    d3=b64_bytes(16), iv3=b64_bytes(32), t3=b64_bytes(16), mac=b64_bytes(64), iv4=b64_bytes(32), t4=b64_bytes(16),
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=b64_bytes(48), a2=b64_bytes(48))

add("markdown/decoy-commit-sha", "lesson-portal/CHANGELOG.md", "Keep a Changelog (keepachangelog.com); git commit hashes", """
# Changelog

## [4.12.0] - 2024-11-04
### Added
- Make-up lesson credits shown on the family dashboard ([`@@c1@@`](https://github.com/bluebird-piano/lesson-portal/commit/@@c1@@)).
- Teachers can mark a lesson "taught online" after the fact.

### Fixed
- Sibling discount applied twice when both siblings share a teacher ([`@@c2@@`](https://github.com/bluebird-piano/lesson-portal/commit/@@c2@@)).
- Daylight-saving change moved Sunday lessons by one hour.

## [4.11.2] - 2024-10-15
### Security
- Rotated the Stripe webhook secret after it appeared in a support ticket; the old one is revoked.
- Upgraded Django to 5.1.2 ([`@@c3@@`](https://github.com/bluebird-piano/lesson-portal/commit/@@c3@@)).

## [4.11.1] - 2024-09-30
### Fixed
- Invoice PDF showed the wrong term dates for the autumn half-term.
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("csv/decoy-ids", "exports/zoom_cloud_recordings_2024-10.csv", "Zoom docs: cloud recording list, meeting UUID and recording file ids (developers.zoom.us/docs/api/cloud-recording)", """
meeting_id,meeting_uuid,topic,start_time,duration_min,recording_file_id,file_type,file_size_mb,sha256
84213597730,@@u1@@,Theory Grade 1 (group),2024-10-01T16:00:00Z,45,@@f1@@,MP4,312.4,@@h1@@
86659021147,@@u2@@,Theory Grade 3 (group),2024-10-02T17:00:00Z,50,@@f2@@,MP4,355.0,@@h2@@
81940287765,@@u3@@,Ukulele Club,2024-10-05T10:00:00Z,60,@@f3@@,MP4,421.9,@@h3@@
84213597730,@@u4@@,Theory Grade 1 (group),2024-10-08T16:00:00Z,44,@@f4@@,M4A,38.2,@@h4@@
""", u1=b64_bytes(16), u2=b64_bytes(16), u3=b64_bytes(16), u4=b64_bytes(16),
    f1=uuid_s(), f2=uuid_s(), f3=uuid_s(), f4=uuid_s(), h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("csv/decoy-stripe-ids", "exports/stripe_payouts_2024-09.csv", "Stripe docs: payout reconciliation report columns (docs.stripe.com/reports/payout-reconciliation)", """
automatic_payout_id,automatic_payout_effective_at,balance_transaction_id,created,charge_id,payment_intent_id,customer_id,invoice_id,gross,fee,net,description
po_1Q0aBcF7cGk9uT0aZx1Ty7Lm,2024-09-03,txn_3PvQ2lF7cGk9uT0a1Ab2Cd3E,2024-08-30 14:02:11,ch_3PvQ2lF7cGk9uT0a1Fg4Hi5J,pi_3PvQ2lF7cGk9uT0a1Kl6Mn7O,cus_QmN8bP4xRt2Vw1,in_1PvQ1zF7cGk9uT0aPq8Rs9Tu,180.00,5.52,174.48,September tuition - Okafor
po_1Q0aBcF7cGk9uT0aZx1Ty7Lm,2024-09-03,txn_3PvR7mF7cGk9uT0a0Vw0Xy1Z,2024-08-30 15:40:09,ch_3PvR7mF7cGk9uT0a0Ab2Cd3F,pi_3PvR7mF7cGk9uT0a0Gh4Ij5K,cus_QmO1cQ5yTu3Xz2,in_1PvR6yF7cGk9uT0aLm6No7Pq,240.00,7.26,232.74,September tuition - Lindqvist
po_1Q0aBcF7cGk9uT0aZx1Ty7Lm,2024-09-03,txn_1PvS0nF7cGk9uT0aRs8Tu9Vw,2024-08-31 09:12:44,,,,,-25.00,0.00,-25.00,Refund of trial lesson - Moreno
po_1Q1dEfF7cGk9uT0aAb3Cd4Ef,2024-09-10,txn_3PxT4oF7cGk9uT0a2Wx0Yz1A,2024-09-06 18:30:27,ch_3PxT4oF7cGk9uT0a2Bc2De3F,pi_3PxT4oF7cGk9uT0a2Gh4Ij5L,cus_QnA7dR6zUv4Ya3,,36.00,1.34,34.66,Spring recital tickets x3
""")

add("log/decoy-presigned-url", "logs/nginx/recordings-access.log", "AWS docs: presigned URLs, X-Amz-Credential and X-Amz-Signature query parameters (docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html)", """
10.0.4.12 - - [14/Oct/2024:18:02:41 -0500] "GET /recordings/l-55812/redirect HTTP/2.0" 302 0 "https://portal.riverbendmusic.org/lessons/55812" "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X)" "https://riverbend-lesson-recordings.s3.us-east-2.amazonaws.com/2024/10/l-55812.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA@@k1@@%2F20241014%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20241014T230241Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=@@s1@@"
10.0.4.12 - - [14/Oct/2024:18:05:03 -0500] "GET /recordings/l-55790/redirect HTTP/2.0" 302 0 "https://portal.riverbendmusic.org/lessons/55790" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" "https://riverbend-lesson-recordings.s3.us-east-2.amazonaws.com/2024/10/l-55790.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA@@k1@@%2F20241014%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20241014T230503Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=@@s2@@"
10.0.4.19 - - [14/Oct/2024:18:07:55 -0500] "GET /recordings/l-55812/redirect HTTP/2.0" 403 153 "-" "curl/8.5.0" "-"
10.0.4.12 - - [14/Oct/2024:18:11:20 -0500] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" "-"
10.0.4.12 - - [14/Oct/2024:18:11:50 -0500] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" "-"
""", k1=upper(16), s1=sha256ish(), s2=sha256ish())

add("xml/decoy-guid", "recitals/podcast/feed.xml", "RSS 2.0 spec and Apple Podcasts RSS requirements, <guid isPermaLink=\"false\"> (podcasters.apple.com/support/823-podcast-requirements)", """
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>Recitals at Harmony House</title>
    <link>https://harmonyhousemusic.co.uk/recitals</link>
    <language>en-gb</language>
    <itunes:author>Harmony House Music School</itunes:author>
    <description>Audio from our termly student recitals, shared with families' consent.</description>
    <item>
      <title>Summer 2024: Strings and Winds</title>
      <enclosure url="https://media.harmonyhousemusic.co.uk/recitals/2024-summer-strings.mp3" length="88134211" type="audio/mpeg"/>
      <guid isPermaLink="false">@@g1@@</guid>
      <pubDate>Sat, 13 Jul 2024 18:00:00 +0100</pubDate>
      <itunes:duration>01:31:12</itunes:duration>
    </item>
    <item>
      <title>Summer 2024: Piano</title>
      <enclosure url="https://media.harmonyhousemusic.co.uk/recitals/2024-summer-piano.mp3" length="71220018" type="audio/mpeg"/>
      <guid isPermaLink="false">@@g2@@</guid>
      <pubDate>Sun, 14 Jul 2024 16:00:00 +0100</pubDate>
      <itunes:duration>01:13:40</itunes:duration>
    </item>
  </channel>
</rss>
""", g1=uuid_s(), g2=uuid_s())

add("json/decoy-public-config", "practice-buddy-rn/app.json", "Expo docs: app config, extra.eas.projectId and updates.url (docs.expo.dev/versions/latest/config/app)", """
{
  "expo": {
    "name": "Practice Buddy",
    "slug": "practice-buddy",
    "version": "3.2.0",
    "orientation": "portrait",
    "scheme": "practicebuddy",
    "ios": {
      "bundleIdentifier": "org.allegroacademy.practicebuddy",
      "supportsTablet": true
    },
    "android": {
      "package": "org.allegroacademy.practicebuddy",
      "googleServicesFile": "./google-services.json"
    },
    "updates": {
      "url": "https://u.expo.dev/@@project@@"
    },
    "runtimeVersion": {"policy": "appVersion"},
    "extra": {
      "eas": {"projectId": "@@project@@"},
      "posthogKey": "phc_@@phc@@",
      "posthogHost": "https://us.i.posthog.com"
    },
    "owner": "allegro-academy"
  }
}
""", project=uuid_s(), phc=rand(43))

add("plist/decoy-ids", "PracticeBuddy/ExportOptions.plist", "Xcode docs: xcodebuild -exportOptionsPlist keys (teamID, provisioningProfiles) (developer.apple.com)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>method</key>
	<string>app-store-connect</string>
	<key>teamID</key>
	<string>Q7M3K2X9PL</string>
	<key>signingStyle</key>
	<string>manual</string>
	<key>provisioningProfiles</key>
	<dict>
		<key>org.allegroacademy.practicebuddy</key>
		<string>@@p1@@</string>
		<key>org.allegroacademy.practicebuddy.widget</key>
		<string>@@p2@@</string>
	</dict>
	<key>uploadSymbols</key>
	<true/>
</dict>
</plist>
""", p1=uuid_s().upper(), p2=uuid_s().upper())

add("go/decoy-env-reference", "boxoffice/internal/tickets/qrcode.go", "Go docs: crypto/hmac; the ticket signing key comes from the environment (pkg.go.dev/crypto/hmac)", """
package tickets

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"os"
	"strings"
)

var errNoKey = errors.New("TICKET_SIGNING_KEY is not set")

// Code returns the text printed in a ticket's QR code: "<ticket id>.<first 16 chars of the MAC>".
func Code(ticketID string) (string, error) {
	key := os.Getenv("TICKET_SIGNING_KEY")
	if key == "" {
		return "", errNoKey
	}
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write([]byte(ticketID))
	sum := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(mac.Sum(nil))
	return ticketID + "." + sum[:16], nil
}

// Valid checks a scanned code at the door.
func Valid(scanned string) bool {
	id, _, ok := strings.Cut(scanned, ".")
	if !ok {
		return false
	}
	want, err := Code(id)
	return err == nil && hmac.Equal([]byte(want), []byte(scanned))
}
""")

add("java/decoy-alphabet", "rentals-desk/src/main/java/org/northsidemusic/rentals/ContractNumbers.java", "Crockford-style unambiguous alphabets for human-readable codes (crockford.com/base32.html)", """
package org.northsidemusic.rentals;

import java.security.SecureRandom;

/** Rental contract numbers families can read over the phone: no 0/O, 1/I/L. */
public final class ContractNumbers {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final String PREFIX = "NMS-R-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContractNumbers() {
    }

    public static String next() {
        StringBuilder sb = new StringBuilder(PREFIX);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static boolean looksValid(String number) {
        return number != null && number.matches("NMS-R-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
    }
}
""")

add("shell/decoy-checksum", "scripts/verify_kiosk_image.sh", "GNU coreutils docs: sha256sum -c; GnuPG docs: --verify (gnupg.org)", """
#!/usr/bin/env bash
# Verifies the practice-room kiosk SD-card image before flashing it to the Raspberry Pis.
set -euo pipefail

IMAGE=practice-kiosk-2024.10.img.xz
EXPECTED_SHA256=@@sha@@
SIGNER_FPR=@@fpr@@

echo "$EXPECTED_SHA256  $IMAGE" | sha256sum -c -

gpg --verify "$IMAGE.asc" "$IMAGE"
gpg --with-colons --fingerprint "$SIGNER_FPR" | grep -q "^fpr:::::::::$SIGNER_FPR:" \\
  || { echo "unexpected signer"; exit 1; }

echo "image OK - flash with: xzcat $IMAGE | sudo dd of=/dev/sdX bs=4M status=progress"
""", sha=sha256ish(), fpr=hexs(40).upper())

add("properties/decoy-placeholder", "practice-buddy-android/keystore.properties.example", "Android docs: remove signing information from your build files, keystore.properties (developer.android.com/studio/publish/app-signing)", """
# Copy to keystore.properties (git-ignored) on the release machine and fill in from 1Password:
#   vault "Mobile", item "Practice Buddy upload key"
storeFile=../keystore/practicebuddy-upload.jks
storePassword=<store password>
keyAlias=upload
keyPassword=<key password>
""")

add("powershell/decoy-generated-password", "it/scripts/New-TeacherAccount.ps1", "Microsoft docs: New-ADUser -AccountPassword with a SecureString; Read-Host -AsSecureString (learn.microsoft.com/powershell/module/activedirectory/new-aduser)", r"""
<#
.SYNOPSIS
  Creates a teacher's AD account with a one-time random password they must change at first sign-in.
#>
param(
    [Parameter(Mandatory)] [string] $FirstName,
    [Parameter(Mandatory)] [string] $LastName,
    [Parameter(Mandatory)] [ValidateSet("Piano", "Strings", "Winds", "Voice", "Guitar", "Percussion")] [string] $Department
)

Add-Type -AssemblyName System.Web
$sam = ("{0}.{1}" -f $FirstName, $LastName).ToLower()
$plain = [System.Web.Security.Membership]::GeneratePassword(16, 3)
$secure = ConvertTo-SecureString $plain -AsPlainText -Force

New-ADUser -Name "$FirstName $LastName" -SamAccountName $sam `
    -UserPrincipalName "$sam@studio.lan" `
    -Path "OU=Teachers,OU=Staff,DC=studio,DC=lan" `
    -Department $Department `
    -AccountPassword $secure -ChangePasswordAtLogon $true -Enabled $true

Add-ADGroupMember -Identity "Teachers" -Members $sam
Write-Host "Created $sam. Read the one-time password to the teacher in person; it is not stored anywhere:"
Write-Host $plain
""")

add("markdown/decoy-example", "docs/policies/passwords.md", "NIST SP 800-63B: memorized secret guidance (pages.nist.gov/800-63-3/sp800-63b.html)", """
# Password guidance for staff and teachers

- Use a **passphrase** of four or more unrelated words, at least 15 characters.
  For example (do not use this one): `tuba-lantern-orchard-sleepy`
- Do not reuse your school password anywhere else.
- Turn on two-step verification for Google Workspace; the office can give you a hardware key.
- Never share your password with students or parents, or type it while screen-sharing in a lesson.
- Shared accounts (front desk, box office) live in 1Password. Ask Marek for access.
- If you think a password leaked, tell IT the same day. No blame.

Minimum settings enforced by Google Workspace: length 12, no expiry, breach check on.
""")

add("ansible/decoy-lookup", "it/ansible/roles/nas/tasks/main.yml", "Ansible docs: community.general.onepassword lookup (docs.ansible.com/ansible/latest/collections/community/general/onepassword_lookup.html)", """
---
- name: Create the rsync backup user on the Synology
  ansible.builtin.user:
    name: backup
    shell: /bin/sh
    password: "{{ lookup('community.general.onepassword', 'NAS backup user', field='password', vault='IT') | password_hash('sha512') }}"
    update_password: on_create

- name: Install authorized keys for backup sources
  ansible.posix.authorized_key:
    user: backup
    key: "{{ item }}"
    key_options: 'command="/usr/bin/rrsync /volume1/office-backup",restrict'
  loop: "{{ nas_backup_pubkeys }}"

- name: Configure Hyper Backup target credentials
  ansible.builtin.template:
    src: hyperbackup.json.j2
    dest: /volume1/@appconf/hyperbackup.json
    mode: "0600"
  vars:
    b2_key_id: "{{ lookup('community.general.onepassword', 'Backblaze B2 - NAS', field='keyID', vault='IT') }}"
    b2_app_key: "{{ lookup('community.general.onepassword', 'Backblaze B2 - NAS', field='applicationKey', vault='IT') }}"
""")

add("github-actions/decoy-test-fixture", ".github/workflows/ci.yml", "GitHub docs: creating PostgreSQL service containers (docs.github.com/actions/use-cases-and-examples/using-containerized-services)", """
name: CI

on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: cadenza_test
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/cadenza_test
      DJANGO_SECRET_KEY: ci-not-a-secret
      STRIPE_SECRET_KEY: ""
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""")

add("terraform/decoy-thumbprint", "infra/iam/github-oidc.tf", "AWS docs: IAM OIDC identity provider for GitHub Actions, thumbprint_list (docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html)", """
resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["@@t1@@", "@@t2@@"]
}

data "aws_iam_policy_document" "deploy_assume" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:fermata-music/rentals:ref:refs/heads/main"]
    }
  }
}

resource "aws_iam_role" "rentals_deploy" {
  name               = "rentals-github-deploy"
  assume_role_policy = data.aws_iam_policy_document.deploy_assume.json
}
""", t1=hexs(40), t2=hexs(40))

add("kotlin/decoy-public-key", "practice-buddy-android/app/src/main/java/org/allegroacademy/practicebuddy/billing/Licensing.kt", "Android docs: Google Play licensing, the app's base64 RSA public key (developer.android.com/google/play/licensing/adding-licensing)", """
package org.allegroacademy.practicebuddy.billing

import android.util.Base64
import java.security.KeyFactory
import java.security.PublicKey
import java.security.Signature
import java.security.spec.X509EncodedKeySpec

/** Verifies purchase signatures from Google Play with the app's licensing PUBLIC key. */
object Licensing {
    // Play Console > Monetization setup > Licensing. Public by design (it only verifies).
    private const val BASE64_PUBLIC_KEY =
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@key@@IDAQAB"

    private val publicKey: PublicKey by lazy {
        val decoded = Base64.decode(BASE64_PUBLIC_KEY, Base64.DEFAULT)
        KeyFactory.getInstance("RSA").generatePublic(X509EncodedKeySpec(decoded))
    }

    fun verify(signedData: String, signature: String): Boolean =
        Signature.getInstance("SHA1withRSA").run {
            initVerify(publicKey)
            update(signedData.toByteArray())
            verify(Base64.decode(signature, Base64.DEFAULT))
        }
}
""", key=rand(306, B64))

add("swift/decoy-pin-hashes", "PracticeBuddy/PracticeBuddy/Networking/PinnedSessionDelegate.swift", "OWASP: certificate and public key pinning, SPKI SHA-256 pins (owasp.org/www-community/controls/Certificate_and_Public_Key_Pinning)", """
import Foundation
import CryptoKit

/// Pins the practice API's public keys (SPKI SHA-256, base64). Two pins: current and backup key.
final class PinnedSessionDelegate: NSObject, URLSessionDelegate {
    private let pins: Set<String> = [
        "@@p1@@",
        "@@p2@@",
    ]

    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust,
              let chain = SecTrustCopyCertificateChain(trust) as? [SecCertificate],
              let leaf = chain.first,
              let key = SecCertificateCopyKey(leaf),
              let data = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
            return completionHandler(.cancelAuthenticationChallenge, nil)
        }
        let hash = Data(SHA256.hash(data: data)).base64EncodedString()
        if pins.contains(hash) {
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}
""", p1=b64_bytes(32), p2=b64_bytes(32))

add("yaml/decoy-example", "openapi/lessons-api.yaml", "OpenAPI 3.1 spec: security schemes and examples (spec.openapis.org/oas/v3.1.0)", """
openapi: 3.1.0
info:
  title: Lessons API
  version: 1.4.0
servers:
  - url: https://api.lessons.example.org/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Studio-Key
      description: Studio integration key, for example `sk_studio_xxxxxxxxxxxxxxxx`.
  schemas:
    Lesson:
      type: object
      properties:
        id: {type: string, format: uuid, example: "3fa85f64-5717-4562-b3fc-2c963f66afa6"}
        teacher_id: {type: string, example: "T-0142"}
        starts_at: {type: string, format: date-time, example: "2025-01-14T16:30:00-06:00"}
        minutes: {type: integer, enum: [30, 45, 60]}
        online: {type: boolean}
security:
  - bearerAuth: []
paths:
  /lessons:
    get:
      summary: List lessons for the authenticated teacher
      parameters:
        - {name: from, in: query, schema: {type: string, format: date}}
      responses:
        "200":
          description: OK
          headers:
            Authorization:
              description: "Example: `Bearer <access token>`"
              schema: {type: string}
""")

add("log/decoy-fingerprint", "it/logs/nas01-auth.log", "OpenSSH docs: sshd logs key fingerprints as SHA256:<base64> (man.openbsd.org/sshd)", """
Nov  4 22:00:02 nas01 sshd[18820]: Accepted publickey for backup from 192.168.10.41 port 52144 ssh2: ED25519 SHA256:@@f1@@
Nov  4 22:00:02 nas01 sshd[18820]: pam_unix(sshd:session): session opened for user backup(uid=1031) by (uid=0)
Nov  4 22:03:47 nas01 sshd[18820]: pam_unix(sshd:session): session closed for user backup
Nov  4 23:14:10 nas01 sshd[19311]: Invalid user admin from 45.148.10.92 port 40122
Nov  4 23:14:10 nas01 sshd[19311]: Connection closed by invalid user admin 45.148.10.92 port 40122 [preauth]
Nov  5 01:30:05 nas01 sshd[20457]: Accepted publickey for backup from 10.20.0.11 port 39802 ssh2: ED25519 SHA256:@@f2@@
Nov  5 01:31:12 nas01 sshd[20457]: pam_unix(sshd:session): session closed for user backup
Nov  5 08:12:33 nas01 sshd[23001]: Accepted publickey for marek from 192.168.10.55 port 61220 ssh2: RSA SHA256:@@f3@@
""", f1=b64_bytes(32).rstrip("="), f2=b64_bytes(32).rstrip("="), f3=b64_bytes(32).rstrip("="))

add("toml/decoy-csp-hash", "site/netlify.toml", "Netlify docs: custom headers in netlify.toml; MDN: CSP script-src 'sha256-...' (developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy)", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; script-src 'self' 'sha256-@@h1@@' 'sha256-@@h2@@' https://www.eventbrite.com; frame-src https://www.eventbrite.com https://www.youtube-nocookie.com; img-src 'self' data: https://res.cloudinary.com"
    Strict-Transport-Security = "max-age=31536000; includeSubDomains"
    X-Content-Type-Options = "nosniff"

[[redirects]]
  from = "/tickets"
  to = "https://www.eventbrite.com/o/bluebird-piano-studio-81472233901"
  status = 302
""", h1=b64_bytes(32), h2=b64_bytes(32))

add("k8s/decoy-configmap", "deploy/k8s/lesson-portal/configmap.yaml", "Kubernetes docs: ConfigMaps hold non-confidential data (kubernetes.io/docs/concepts/configuration/configmap)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: lesson-portal-config
  namespace: lesson-portal
data:
  DJANGO_SETTINGS_MODULE: cadenza.settings.production
  ALLOWED_HOSTS: portal.riverbendmusic.org
  STRIPE_PUBLISHABLE_KEY_NAME: stripe-publishable
  ZOOM_ACCOUNT_ID_SECRET_REF: zoom-s2s/account_id
  SENTRY_RELEASE: "4.12.0+@@sha@@"
  CACHE_KEY_PREFIX: "cadenza:v4"
  SESSION_COOKIE_NAME: rsm_session
  CSRF_COOKIE_NAME: rsm_csrftoken
  PASSWORD_RESET_TIMEOUT: "86400"
  LESSON_REMINDER_HOURS: "48,2"
""", sha=hexs(12))

add("env/decoy-test-fixture", "lesson-hub-py/.env.test", "pytest-dotenv / python-dotenv docs: test environment files (pypi.org/project/python-dotenv)", """
# Loaded by pytest (pytest-dotenv). Local, throwaway services only.
DATABASE_URL=postgres://test:test@localhost:55432/lessons_test
REDIS_URL=redis://localhost:6379/15
CELERY_TASK_ALWAYS_EAGER=1
EMAIL_HOST=localhost
EMAIL_PORT=1025
STRIPE_API_BASE=http://localhost:12111
STRIPE_SECRET_KEY=sk_test_123
ZOOM_CLIENT_SECRET=dummy
SECRET_KEY=insecure-test-key
""")
