"""Blind set FY: independent cinemas.

Ticketing and seat maps (Veezi, Vista, seats.io, Spektrix), payments at the box office and online
(Stripe, Square, Adyen, Braintree, PayPal), film distributor portals and DCP / KDM delivery
(Aspera, FTP, KDM mailboxes), digital cinema servers, TMS and projector configs, the booth's
network and NAS, concessions POS, loyalty apps (push, wallet passes, CRM, mail), showtime feeds
and film metadata (Gracenote, TMDB, partner feeds), the websites and their infrastructure, and
the decoys such teams really commit. Generated fakes only (seeds 2120000-2129999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase

SEED_LOW, SEED_HIGH = 2120000, 2129999
_SEED = [SEED_LOW]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BCRYPT = "./" + ALNUM


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; of ALNUM (12 or more), with a digit and both cases, as issued."""
    r = _rng()
    value = ""
    for _ in range(100):  # bounded: a plain draw after 100 tries
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 12 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                           and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def raw_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.randrange(256) for _ in range(n))


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


WORDS = ["Marquee", "Velvet", "Lantern", "Balcony", "Matinee", "Nitrate", "Foyer", "Aperture", "Sprocket",
         "Usher", "Curtain", "Encore", "Kodachrome", "Intermission", "Tangerine", "Harbour", "Falcon",
         "Juniper", "Copper", "Meadow", "Quartz", "Bramble", "Thistle", "Saffron", "Ember", "Orchard"]
LOWER = ["reel", "popcorn", "cobalt", "lantern", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle",
         "saddle", "orchid", "walnut", "harvest", "trumpet", "lagoon", "ticket", "usher", "velvet", "pigeon"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$*+") + r.choice(WORDS) + str(r.randint(10, 9999))


def gen_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64_bytes(n: int) -> str:
    return base64.b64encode(raw_bytes(n)).decode()


def pem_block(label: str, head: str, total: int, pad: int = 0, width: int = 64) -> str:
    body = head + draw(total - len(head) - pad, B64) + "=" * pad
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def rsa_key() -> str:
    return pem_block("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1588, pad=1)


def pkcs8_key() -> str:
    return pem_block("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624)


def ec_key() -> str:
    return pem_block("EC PRIVATE KEY", "MHcCAQEEI", 164, pad=2)


def p8_key() -> str:
    return pem_block("PRIVATE KEY", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 200)


def openssh_key() -> str:
    return pem_block("OPENSSH PRIVATE KEY",
                     "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA",
                     400, width=70)


def cert_pem(total: int = 1060) -> str:
    return pem_block("CERTIFICATE", "MIID", total)


def jwt(payload: dict, alg: str = "HS256", sig_len: int = 43) -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{draw(sig_len, B64URL)}"


def bcrypt_hash(prefix: str = "$2b$", cost: int = 12) -> str:
    return f"{prefix}{cost:02d}${draw(53, BCRYPT)}"


def django_hash() -> str:
    return f"pbkdf2_sha256$600000${draw(22)}${b64_bytes(32)}"


def stripe_live(kind: str = "sk") -> str:
    return f"{kind}_live_51" + draw(97)


def aws_key_id() -> str:
    return "AKIA" + draw(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return draw(40, B64)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM)
            + "/" + draw(24))


def google_api_key() -> str:
    return "AIzaSy" + draw(33, B64URL)


def mapbox_token(kind: str, user: str) -> str:
    claims = json.dumps({"u": user, "a": draw(25, LOWER_ALNUM)}, separators=(",", ":")).encode()
    return f"{kind}.{b64url(claims)}.{draw(22, B64URL)}"


_MARK = re.compile(r"@@([a-z0-9_]+)@@")
CASES: List[LabelledCase] = []


def fill(template: str, **values: str) -> str:
    text = template[1:] if template.startswith("\n") else template
    return _MARK.sub(lambda match: values[match.group(1)], text)


def add(category: str, file_name: str, secret: Optional[str], source: str, template: str, /, **values: str) -> None:
    CASES.append(LabelledCase("blind-fy/" + category, file_name, fill(template, **values), secret, source))


# ---------------------------------------------------------------------------------------------
# Ticketing, seat maps, payments and the booking site
# ---------------------------------------------------------------------------------------------

tok = draw(26, LOWER_ALNUM)
add("env/veezi-token", "wordpress/wp-content/plugins/rex-showtimes/.env", tok,
    "Veezi API documentation: VeeziAccessToken header (api.uk.veezi.com/v1)", r"""
# Rex showtimes plugin - pulls sessions from Veezi every 15 minutes (wp-cron)
VEEZI_API_BASE=https://api.uk.veezi.com/v1
VEEZI_ACCESS_TOKEN=@@tok@@
VEEZI_SITE_ID=1284
SHOWTIMES_CACHE_TTL=900
SHOWTIMES_TIMEZONE=Europe/London
SHOWTIMES_DAYS_AHEAD=21
BOOKING_LINK_TEMPLATE=https://ticketing.uk.veezi.com/purchase/{session_id}?siteToken=rexberkhamsted
""", tok=tok)

tok = draw(26, LOWER_ALNUM)
add("python/veezi-token", "scripts/sync_sessions.py", tok,
    "Veezi API documentation: VeeziAccessToken header, /v1/session", r"""
#!/usr/bin/env python3
# Nightly pull of Veezi sessions into the website's film table.
import datetime as dt
import json
import sys

import requests

VEEZI = "https://api.us.veezi.com/v1"
HEADERS = {
    "VeeziAccessToken": "@@tok@@",
    "Accept": "application/json",
}


def sessions():
    r = requests.get(f"{VEEZI}/session", headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()


def films():
    r = requests.get(f"{VEEZI}/film", headers=HEADERS, timeout=30)
    r.raise_for_status()
    return {f["Id"]: f for f in r.json()}


def main():
    today = dt.date.today().isoformat()
    catalogue = films()
    rows = []
    for s in sessions():
        if not s["FeatureStartTime"].startswith(today):
            continue
        film = catalogue.get(s["FilmId"], {})
        rows.append({"title": film.get("Title"), "start": s["FeatureStartTime"], "screen": s["ScreenId"]})
    json.dump(rows, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
""", tok=tok)

key = uuid_s()
add("js/seatsio-secret-key", "booking-api/src/seats.js", key,
    "seats.io API reference: authentication with the workspace secret key (SeatsioClient)", r"""
const { SeatsioClient, Region } = require('seatsio');

// workspace: Electric Palace - Screen 1 + Studio
const client = new SeatsioClient(Region.EU(), '@@key@@');

async function holdSeats(eventKey, seats, holdToken) {
  await client.events.hold(eventKey, seats, holdToken);
}

async function book(eventKey, seats, orderId) {
  return client.events.book(eventKey, seats, null, orderId);
}

async function release(eventKey, seats) {
  await client.events.release(eventKey, seats);
}

async function createSessionEvent(chartKey, sessionId) {
  const event = await client.events.create(chartKey, { key: `session-${sessionId}` });
  return event.key;
}

module.exports = { holdSeats, book, release, createSessionEvent };
""", key=key)

pub = uuid_s()
chart = uuid_s()
add("html/decoy-seatsio-workspace-key", "site/templates/booking/seatmap.html", None,
    "seats.io Renderer docs: workspaceKey is the public key used in the browser", r"""
{% extends "booking/base.html" %}
{% block content %}
<h2>{{ session.film.title }} &middot; {{ session.starts_at|date:"D j M, H:i" }}</h2>
<div id="chart"></div>
<script src="https://cdn-eu.seatsio.net/chart.js"></script>
<script>
  new seatsio.SeatingChart({
    divId: 'chart',
    workspaceKey: '@@pub@@',
    event: 'session-{{ session.id }}',
    pricing: [
      { category: 'Standard', price: 11.50 },
      { category: 'Sofa for two', price: 24.00 },
      { category: 'Wheelchair space', price: 8.00 }
    ],
    priceFormatter: price => '\u00a3' + price.toFixed(2),
    session: 'continue',
    onObjectSelected: seat => window.basket.add(seat.label),
    onObjectDeselected: seat => window.basket.remove(seat.label)
  }).render();
</script>
<!-- chart designed in the seats.io app: @@chart@@ -->
{% endblock %}
""", pub=pub, chart=chart)

sk = stripe_live()
add("python/stripe-secret-key", "cinema_site/settings/production.py", sk,
    "Stripe docs: API keys (sk_live_ secret keys)", r"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["www.lunacinema.co.uk", "lunacinema.co.uk"]

DATABASES["default"]["HOST"] = "db.internal"  # noqa: F405
DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]  # noqa: F405

STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_SECRET_KEY = "@@sk@@"
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]

BOOKING_FEE_PENCE = 75
GIFT_CARD_MIN_PENCE = 1000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", sk=sk)

wh = "whsec_" + draw(32)
pk = stripe_live("pk")
add("env/stripe-webhook-secret", "booking/.env.production", wh,
    "Stripe docs: webhook endpoint signing secret (whsec_)", r"""
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://book.thegrandlyric.org
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_WEBHOOK_SECRET=@@wh@@
STRIPE_SECRET_KEY_FILE=/run/secrets/stripe_secret_key
DATABASE_URL_FILE=/run/secrets/database_url
MAIL_FROM="Grand Lyric Box Office <boxoffice@thegrandlyric.org>"
SEAT_HOLD_SECONDS=480
""", wh=wh, pk=pk)

sq = "EAAA" + draw(60, B64URL)
app_id = "sq0idp-" + draw(22, B64URL)
add("yaml/square-access-token", "concessions/config/square.yml", sq,
    "Square developer docs: access tokens (EAAA...) and application IDs", r"""
# Square for Restaurants - foyer bar, popcorn kiosk and the ice-cream trolley
environment: production
application_id: @@app@@
access_token: @@sq@@
location_ids:
  foyer_bar: L8ZT0QK3B2M5V
  kiosk_1: LQW0E4R7TY2HN
  trolley: LGH5D3S9AZ1PX
sync:
  catalog_interval_minutes: 30
  push_sales_to_accounts: true
  tax_name: "VAT 20%"
  categories:
    - Popcorn
    - Hot drinks
    - Bar
    - Ice cream
""", sq=sq, app=app_id)

csp = "sq0csp-" + draw(43, B64URL)
app_id = "sq0idp-" + draw(22, B64URL)
add("json/square-application-secret", "pos-bridge/config/oauth.json", csp,
    "Square developer docs: OAuth application secret (sq0csp-)", r"""
{
  "square": {
    "applicationId": "@@app@@",
    "applicationSecret": "@@csp@@",
    "redirectUri": "https://pos-bridge.kinoarthouse.de/oauth/callback",
    "scopes": ["ITEMS_READ", "ORDERS_READ", "PAYMENTS_READ", "INVENTORY_WRITE"]
  },
  "venues": [
    {"name": "Kino Arthouse Mitte", "merchantId": "ML4A7Q9ZP2K0D"},
    {"name": "Kino Arthouse Sommerkino", "merchantId": "MLR2T6Y8C1XVB"}
  ],
  "refreshTokensEveryDays": 7
}
""", csp=csp, app=app_id)

pk = stripe_live("pk")
add("js/decoy-stripe-publishable-key", "site/static/js/checkout.js", None,
    "Stripe docs: publishable keys are meant for client-side code (Stripe.js)", r"""
/* global Stripe */
const stripe = Stripe('@@pk@@', { locale: 'en-GB' });

async function startCheckout(basketId) {
  const res = await fetch(`/api/baskets/${basketId}/payment-intent`, { method: 'POST' });
  const { clientSecret } = await res.json();
  const elements = stripe.elements({ clientSecret, appearance: { theme: 'night' } });
  const payment = elements.create('payment');
  payment.mount('#payment-element');

  document.querySelector('#pay').addEventListener('click', async () => {
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}/booking/${basketId}/done` },
    });
    if (error) {
      document.querySelector('#payment-error').textContent = error.message;
    }
  });
}

window.startCheckout = startCheckout;
""", pk=pk)

app_id = "sq0idp-" + draw(22, B64URL)
add("js/decoy-square-application-id", "kiosk/web/pay.js", None,
    "Square Web Payments SDK docs: application ID and location ID are used in the browser", r"""
const APPLICATION_ID = '@@app@@';
const LOCATION_ID = 'LQW0E4R7TY2HN';

async function initCard() {
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach('#card-container');
  return card;
}

async function pay(card, amountPence, orderRef) {
  const result = await card.tokenize();
  if (result.status !== 'OK') throw new Error(result.errors?.[0]?.message || 'card declined');
  // the token is single-use; the server charges it with its own access token
  return fetch('/kiosk/charge', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sourceId: result.token, amountPence, orderRef }),
  });
}

export { initCard, pay };
""", app=app_id)

rk = stripe_live("rk")
add("python/stripe-restricted-key-split", "boxoffice/till/payments.py", rk,
    "Stripe docs: restricted API keys (rk_live_)", r"""
# Box office till: card-present refunds and top-ups through Stripe Terminal.
import stripe

# Restricted key: terminal readers, payment intents and refunds only.
stripe.api_key = (
    "@@a@@"
    "@@b@@"
)
READER_ID = "tmr_FZxB7k2QnVh0dR"


def charge(amount_pence, description):
    intent = stripe.PaymentIntent.create(
        amount=amount_pence,
        currency="gbp",
        payment_method_types=["card_present"],
        capture_method="automatic",
        description=description,
    )
    stripe.terminal.Reader.process_payment_intent(READER_ID, payment_intent=intent.id)
    return intent.id


def refund(payment_intent_id, amount_pence=None):
    return stripe.Refund.create(payment_intent=payment_intent_id, amount=amount_pence)
""", a=rk[:60], b=rk[60:])

tok = draw(32)
add("js/vista-connect-token", "web/lib/vista.js", tok,
    "Vista Online Connect API (OCAPI): connectapitoken request header", r"""
// Vista OCAPI wrapper used by the new website (film listing + seat plan)
const axios = require('axios');

const vista = axios.create({
  baseURL: 'https://vista.regentcinemas.co.nz/WSVistaWebClient',
  headers: {
    connectapitoken: '@@tok@@',
    Accept: 'application/json',
  },
  timeout: 15000,
});

async function getSessions(cinemaId) {
  const { data } = await vista.get(`/OData.svc/GetSessions?$filter=CinemaId eq '${cinemaId}'`);
  return data.value;
}

async function getSeatPlan(cinemaId, sessionId) {
  const { data } = await vista.get(`/RESTData.svc/cinemas/${cinemaId}/sessions/${sessionId}/seat-plan`);
  return data.SeatLayoutData;
}

module.exports = { getSessions, getSeatPlan };
""", tok=tok)

key = b64_bytes(64)
add("python/spektrix-secret-key", "integrations/spektrix_client.py", key,
    "Spektrix API v3 docs: HMAC-SHA1 request signing with the base64 secret key", r"""
import base64
import hashlib
import hmac
from email.utils import formatdate

import requests

CLIENT = "lexicinema"
API_USER = "website-sync"
SECRET_KEY = "@@key@@"
BASE = f"https://system.spektrix.com/{CLIENT}/api/v3"


def _signature(method, url, date, body=None):
    string_to_sign = f"{method}\n{url}\n{date}"
    if body:
        digest = base64.b64encode(hashlib.md5(body).digest()).decode()
        string_to_sign += f"\n{digest}"
    key = base64.b64decode(SECRET_KEY)
    sig = hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(sig).decode()


def get(path):
    url = BASE + path
    date = formatdate(usegmt=True)
    auth = f"SpektrixAPI3 {API_USER}:{_signature('GET', url, date)}"
    r = requests.get(url, headers={"Date": date, "Authorization": auth}, timeout=20)
    r.raise_for_status()
    return r.json()


def instances(event_id):
    return get(f"/events/{event_id}/instances")
""", key=key)

key = ("AQE" + draw(60) + "=-" + draw(43, B64) + "=-" + draw(10))
add("kotlin/adyen-api-key", "payments/src/main/kotlin/uk/co/rexcinema/payments/AdyenConfig.kt", key,
    "Adyen docs: API credentials (X-API-Key, AQE... keys) and live URL prefix", r"""
package uk.co.rexcinema.payments

import com.adyen.Client
import com.adyen.enums.Environment
import com.adyen.service.checkout.PaymentsApi

object AdyenConfig {
    const val MERCHANT_ACCOUNT = "RexCinemaECOM"
    private const val API_KEY = "@@key@@"
    private const val LIVE_PREFIX = "1797a841fbb37ca7-RexCinema"

    val client: Client = Client(API_KEY, Environment.LIVE, LIVE_PREFIX)
    val payments: PaymentsApi = PaymentsApi(client)

    fun returnUrl(bookingRef: String) = "https://www.rexcinema.co.uk/booking/$bookingRef/complete"
}
""", key=key)

priv = hexs(32)
merchant = draw(16, LOWER_ALNUM)
public = draw(16, LOWER_ALNUM)
add("java/braintree-private-key", "booking-service/src/main/java/org/cameo/booking/payments/Gateway.java", priv,
    "Braintree docs: API credentials (merchant ID, public key, private key)", r"""
package org.cameo.booking.payments;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;

public final class Gateway {

    private static final BraintreeGateway GATEWAY = new BraintreeGateway(
        Environment.PRODUCTION,
        "@@merchant@@",
        "@@public@@",
        "@@priv@@"
    );

    private Gateway() {
    }

    public static BraintreeGateway get() {
        return GATEWAY;
    }

    public static String clientToken(String customerId) {
        return GATEWAY.clientToken().generate(
            new com.braintreegateway.ClientTokenRequest().customerId(customerId));
    }
}
""", priv=priv, merchant=merchant, public=public)

secret = "E" + draw(79, B64URL)
client_id = "A" + draw(79, B64URL)
add("properties/paypal-client-secret", "vouchers/src/main/resources/application-prod.properties", secret,
    "PayPal developer docs: REST API client ID and secret", r"""
# Gift vouchers and memberships - production profile
server.port=8085
spring.datasource.url=jdbc:postgresql://db.internal:5432/vouchers
spring.datasource.username=vouchers
spring.datasource.password=${DB_PASSWORD}

paypal.mode=live
paypal.client-id=@@cid@@
paypal.client-secret=@@secret@@
paypal.webhook-id=8PT597110X687430L
paypal.return-url=https://www.cameocinema.org/vouchers/thanks
paypal.cancel-url=https://www.cameocinema.org/vouchers
""", secret=secret, cid=client_id)

client_id = "A" + draw(79, B64URL)
add("html/decoy-paypal-client-id", "site/templates/vouchers/buy.html", None,
    "PayPal JavaScript SDK docs: client-id query parameter is public", r"""
<section class="vouchers">
  <h1>Gift vouchers</h1>
  <p>Choose an amount; vouchers never expire and can be spent on tickets, popcorn and the bar.</p>
  <select id="amount">
    <option value="10">&pound;10</option>
    <option value="25" selected>&pound;25</option>
    <option value="50">&pound;50</option>
  </select>
  <div id="paypal-buttons"></div>
</section>
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=GBP&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/vouchers/order', {
      method: 'POST',
      body: JSON.stringify({ amount: document.getElementById('amount').value })
    }).then(r => r.json()).then(o => o.id),
    onApprove: data => fetch(`/vouchers/order/${data.orderID}/capture`, { method: 'POST' })
      .then(() => { window.location = '/vouchers/thanks'; })
  }).render('#paypal-buttons');
</script>
""", cid=client_id)

tk = "production_" + draw(8, LOWER_ALNUM) + "_" + draw(16, LOWER_ALNUM)
add("swift/decoy-braintree-tokenization-key", "ios/Luna/Payments/BraintreeSetup.swift", None,
    "Braintree docs: tokenization keys are meant to be embedded in client apps", r"""
import Braintree
import Foundation

enum BraintreeSetup {
    // Tokenization key: client-side only, can tokenize cards but not charge them.
    static let tokenizationKey = "@@tk@@"

    static func apiClient() -> BTAPIClient? {
        BTAPIClient(authorization: tokenizationKey)
    }

    static func tokenize(card: BTCard, completion: @escaping (String?) -> Void) {
        guard let client = apiClient() else { return completion(nil) }
        BTCardClient(apiClient: client).tokenize(card) { nonce, _ in
            completion(nonce?.nonce)
        }
    }
}
""", tk=tk)

add("markdown/decoy-stripe-docs-example", "docs/payments.md", None,
    "Stripe API reference: the documented sample test key sk_test_4eC39HqLyjWDarjtT1zdp7dc", r"""
# Payments on the booking site

We take card payments with Stripe Payment Intents. Locally you run against Stripe's test mode.

## Trying the API by hand

Stripe's own reference uses this sample test key, which is fine for poking at the API:

```bash
curl https://api.stripe.com/v1/payment_intents \
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \
  -d amount=1150 \
  -d currency=gbp \
  -d "metadata[booking_ref]"=LUN-00001
```

For your own sandbox, create a key in the dashboard and put it in `.env.local` (never commit it):

```
STRIPE_SECRET_KEY=sk_test_...
```

## Webhooks

Run `stripe listen --forward-to localhost:8000/stripe/webhook` and copy the `whsec_...` it prints
into `.env.local` as `STRIPE_WEBHOOK_SECRET`.
""")

evt, pi, cus, ch, pm = ("evt_1P" + draw(22), "pi_3P" + draw(22), "cus_Q" + draw(13), "ch_3P" + draw(22),
                        "pm_1P" + draw(22))
add("json/decoy-stripe-event-fixture", "booking/tests/fixtures/payment_intent_succeeded.json", None,
    "Stripe API reference: Event object (payment_intent.succeeded)", r"""
{
  "id": "@@evt@@",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1718900412,
  "data": {
    "object": {
      "id": "@@pi@@",
      "object": "payment_intent",
      "amount": 2350,
      "amount_received": 2350,
      "currency": "gbp",
      "customer": "@@cus@@",
      "latest_charge": "@@ch@@",
      "metadata": {"booking_ref": "LUN-48213", "session_id": "7731", "seats": "F7,F8"},
      "payment_method": "@@pm@@",
      "status": "succeeded"
    }
  },
  "livemode": false,
  "pending_webhooks": 1,
  "request": {"id": "req_Wq4mZp8c1XhT3n", "idempotency_key": "@@idem@@"},
  "type": "payment_intent.succeeded"
}
""", evt=evt, pi=pi, cus=cus, ch=ch, pm=pm, idem=uuid_s())

add("ts/decoy-jest-fixture", "web/test/veezi.test.ts", None,
    "Jest and nock docs: request header matching in tests", r"""
import nock from 'nock';
import { VeeziClient } from '../src/veezi';

const BASE = 'https://api.uk.veezi.com';
const FAKE_TOKEN = 'test-token-not-a-real-veezi-key';

describe('VeeziClient', () => {
  const client = new VeeziClient({ baseUrl: `${BASE}/v1`, token: FAKE_TOKEN });

  afterEach(() => nock.cleanAll());

  it('sends the access token header', async () => {
    const scope = nock(BASE, { reqheaders: { VeeziAccessToken: FAKE_TOKEN } })
      .get('/v1/session')
      .reply(200, [{ Id: 1042, FilmId: 'ST00000123', Title: 'Paris, Texas', ScreenId: 2 }]);
    const sessions = await client.sessions();
    expect(sessions).toHaveLength(1);
    scope.done();
  });

  it('retries once on 429', async () => {
    nock(BASE).get('/v1/film').reply(429, {}, { 'Retry-After': '0' });
    nock(BASE).get('/v1/film').reply(200, []);
    await expect(client.films()).resolves.toEqual([]);
  });

  it('refuses to start without a token', () => {
    expect(() => new VeeziClient({ baseUrl: `${BASE}/v1`, token: '' })).toThrow(/token/);
  });
});
""")

pw = words_pw()
add("php/mysql-password", "site/wp-config.php", pw,
    "WordPress docs: Editing wp-config.php (DB_PASSWORD)", r"""
<?php
/**
 * WordPress configuration - Plaza Cinema (plazacinema.org.uk)
 */
define( 'DB_NAME', 'plaza_wp' );
define( 'DB_USER', 'plaza_wp' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'plz_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw=pw)

add("php/decoy-env-lookup", "site-bedrock/config/application.php", None,
    "Roots Bedrock docs: configuration from environment variables (env())", r"""
<?php
use Roots\WPConfig\Config;
use function Env\env;

$root_dir = dirname(__DIR__);
$webroot_dir = $root_dir . '/web';

$dotenv = Dotenv\Dotenv::createUnsafeImmutable($root_dir, ['.env']);
if (file_exists($root_dir . '/.env')) {
    $dotenv->load();
    $dotenv->required(['WP_HOME', 'WP_SITEURL', 'DB_NAME', 'DB_USER', 'DB_PASSWORD']);
}

Config::define('WP_HOME', env('WP_HOME'));
Config::define('WP_SITEURL', env('WP_SITEURL'));
Config::define('DB_NAME', env('DB_NAME'));
Config::define('DB_USER', env('DB_USER'));
Config::define('DB_PASSWORD', env('DB_PASSWORD'));
Config::define('DB_HOST', env('DB_HOST') ?: 'localhost');

Config::define('AUTH_KEY', env('AUTH_KEY'));
Config::define('SECURE_AUTH_KEY', env('SECURE_AUTH_KEY'));
Config::define('VEEZI_ACCESS_TOKEN', env('VEEZI_ACCESS_TOKEN'));
Config::define('STRIPE_SECRET_KEY', env('STRIPE_SECRET_KEY'));

Config::apply();
""")

ck = "ck_" + hexs(40)
cs = "cs_" + hexs(40)
add("php/woocommerce-consumer-secret", "tools/merch-sync/sync-orders.php", cs,
    "WooCommerce REST API docs: consumer key (ck_) and consumer secret (cs_)", r"""
<?php
// Pulls merch + membership orders from the shop into the box office CRM every hour.
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://shop.roxycinema.com',
    '@@ck@@',
    '@@cs@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$since = (new DateTime('-2 hours'))->format(DateTime::ATOM);
$orders = $woocommerce->get('orders', ['after' => $since, 'status' => 'processing', 'per_page' => 50]);

foreach ($orders as $order) {
    $line = sprintf("%s\t%s\t%s\t%s\n", $order->id, $order->billing->email, $order->total, $order->date_created);
    file_put_contents(__DIR__ . '/out/orders.tsv', $line, FILE_APPEND);
}
echo count($orders) . " orders\n";
""", ck=ck, cs=cs)

secret = "6Lc" + draw(5) + "AAAAA" + draw(27, B64URL)
site = "6Lc" + draw(5) + "AAAAA" + draw(27, B64URL)
add("php/recaptcha-secret", "site/inc/contact-form.php", secret,
    "Google reCAPTCHA docs: verifying the user's response with the secret key", r"""
<?php
// Group bookings / private hire enquiry form
const RECAPTCHA_SITE_KEY = '@@site@@';
const RECAPTCHA_SECRET = '@@secret@@';

function bijou_verify_recaptcha(string $token): bool {
    $res = wp_remote_post('https://www.google.com/recaptcha/api/siteverify', [
        'body' => [
            'secret'   => RECAPTCHA_SECRET,
            'response' => $token,
            'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
        ],
    ]);
    $body = json_decode(wp_remote_retrieve_body($res), true);
    return !empty($body['success']) && ($body['score'] ?? 0) >= 0.5;
}

add_action('admin_post_nopriv_private_hire', function () {
    if (!bijou_verify_recaptcha($_POST['g-recaptcha-response'] ?? '')) {
        wp_die('Sorry, we could not verify you are human.');
    }
    wp_mail('events@bijoucinema.co.uk', 'Private hire enquiry', print_r($_POST, true));
    wp_redirect('/private-hire/thanks');
    exit;
});
""", secret=secret, site=site)

site = "6Lc" + draw(5) + "AAAAA" + draw(27, B64URL)
add("html/decoy-recaptcha-site-key", "site/templates/private-hire.html", None,
    "Google reCAPTCHA docs: the site key is used in the HTML served to users", r"""
<form id="hire" action="/wp-admin/admin-post.php" method="post">
  <input type="hidden" name="action" value="private_hire">
  <label>Name <input name="name" required></label>
  <label>Email <input name="email" type="email" required></label>
  <label>Preferred date <input name="date" type="date"></label>
  <label>Tell us about your event <textarea name="details"></textarea></label>
  <button class="g-recaptcha"
          data-sitekey="@@site@@"
          data-callback="onSubmit"
          data-action="submit">Send enquiry</button>
</form>
<script src="https://www.google.com/recaptcha/api.js"></script>
<script>
  function onSubmit(token) { document.getElementById('hire').submit(); }
</script>
""", site=site)

add("python/decoy-recaptcha-test-keys", "cinema_site/settings/test.py", None,
    "Google reCAPTCHA FAQ: the published test keys that always pass verification", r"""
from .base import *  # noqa: F401,F403

DEBUG = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Google's documented test keys: every verification passes, and the widget shows a warning.
RECAPTCHA_PUBLIC_KEY = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"
RECAPTCHA_PRIVATE_KEY = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"
SILENCED_SYSTEM_CHECKS = ["django_recaptcha.recaptcha_test_key_error"]

STRIPE_SECRET_KEY = "sk_test_dummy"
VEEZI_ACCESS_TOKEN = "not-a-token"
""")

add("json/decoy-seatmap-ids", "booking/data/seatmaps/screen2.json", None,
    "seats.io docs: chart and object labels; an in-house seat layout export", r"""
{
  "screen": 2,
  "name": "Studio",
  "chartKey": "@@chart@@",
  "rows": [
    {"row": "A", "seats": [{"id": "@@s1@@", "label": "A1", "category": "Wheelchair space"},
                           {"id": "@@s2@@", "label": "A2", "category": "Companion"}]},
    {"row": "B", "seats": [{"id": "@@s3@@", "label": "B1", "category": "Standard"},
                           {"id": "@@s4@@", "label": "B2", "category": "Standard"}]},
    {"row": "C", "seats": [{"id": "@@s5@@", "label": "C1-2", "category": "Sofa for two"}]}
  ],
  "layoutHash": "sha256:@@h@@",
  "updatedBy": "ops@rexcinema.co.uk",
  "updatedAt": "2024-03-02T10:14:00Z"
}
""", chart=uuid_s(), s1=uuid_s(), s2=uuid_s(), s3=uuid_s(), s4=uuid_s(), s5=uuid_s(), h=hexs(64))

tok = uuid_s()
add("ruby/postmark-server-token", "config/environments/production.rb", tok,
    "Postmark docs: Rails integration (postmark-rails, api_token)", r"""
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]

  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"] }
  config.active_job.queue_adapter = :sidekiq

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@tok@@" }
  config.action_mailer.default_url_options = { host: "tickets.orpheumtheatre.org", protocol: "https" }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
""", tok=tok)

key = hexs(32)
add("env/rails-master-key", ".kamal/secrets", key,
    "Kamal 2 docs: .kamal/secrets and RAILS_MASTER_KEY", r"""
# Secrets defined here are available for reference under registry/password, env/secret in config/deploy.yml.
# All secrets should be pulled from either password manager, ENV, or a file. DO NOT ENTER RAW CREDENTIALS HERE!
# (temporarily pasted while the 1Password CLI is broken on the booth laptop - Sam)

KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD
RAILS_MASTER_KEY=@@key@@
POSTGRES_PASSWORD=$(op read op://Orpheum/tickets-db/password)
""", key=key)

add("sql/decoy-loyalty-pin-hashes", "loyalty/db/seeds/002_staff_accounts.sql", None,
    "PostgreSQL pgcrypto docs: crypt() with gen_salt('bf') bcrypt hashes", r"""
-- Staff accounts for the loyalty back office (seeded on a fresh install).
-- Passwords are bcrypt hashes; each person resets theirs on first login.
INSERT INTO staff_account (email, display_name, role, password_hash, must_reset) VALUES
  ('manager@starlightcinema.com', 'Duty manager', 'admin', '@@h1@@', true),
  ('boxoffice@starlightcinema.com', 'Box office', 'cashier', '@@h2@@', true),
  ('marketing@starlightcinema.com', 'Marketing', 'marketing', '@@h3@@', true);

INSERT INTO loyalty_tier (code, name, points_per_pound, free_popcorn_after) VALUES
  ('SILVER', 'Silver', 1, 10),
  ('GOLD', 'Gold', 2, 6);
""", h1=bcrypt_hash("$2a$"), h2=bcrypt_hash("$2a$"), h3=bcrypt_hash("$2a$"))

key = "SG." + draw(22, B64URL) + "." + draw(43, B64URL)
add("csharp/sendgrid-api-key", "src/BoxOffice.Notifications/ConfirmationMailer.cs", key,
    "Twilio SendGrid docs: C# library (SendGridClient) and API keys (SG.)", r"""
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace BoxOffice.Notifications
{
    public class ConfirmationMailer
    {
        private const string ApiKey = "@@key@@";
        private readonly SendGridClient _client = new SendGridClient(ApiKey);

        public async Task SendAsync(Booking booking)
        {
            var msg = new SendGridMessage
            {
                From = new EmailAddress("tickets@electricpalace.org.uk", "Electric Palace"),
                TemplateId = "d-8f1c3e2b7a6d4c0e9b5a1f2d3c4e5f60",
            };
            msg.AddTo(booking.Email);
            msg.SetTemplateData(new
            {
                booking.FilmTitle,
                booking.Screen,
                booking.Seats,
                StartsAt = booking.StartsAt.ToString("dddd d MMMM, HH:mm"),
            });
            var response = await _client.SendEmailAsync(msg);
            if (!response.IsSuccessStatusCode)
            {
                throw new MailFailedException(booking.Reference, (int)response.StatusCode);
            }
        }
    }
}
""", key=key)

secret = gen_pw(40)
add("go/hmac-secret", "partnerfeed/internal/webhook/verify.go", secret,
    "HMAC-SHA256 webhook signatures (RFC 2104), as partner booking APIs use them", r"""
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// signingSecret is shared with the aggregator that sells our seats (bookings + cancellations).
const signingSecret = "@@secret@@"

func Verify(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, []byte(signingSecret))
		mac.Write(body)
		want := hex.EncodeToString(mac.Sum(nil))
		if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Partner-Signature"))) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytesReader(body))
		next.ServeHTTP(w, r)
	})
}
""", secret=secret)

add("python/decoy-hmac-env", "booking/webhooks/verify.py", None,
    "Stripe docs: verifying webhook signatures with the endpoint secret from configuration", r"""
import hashlib
import hmac
import os

import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
PARTNER_SECRET = os.environ.get("PARTNER_WEBHOOK_SECRET", "").encode()


@csrf_exempt
def stripe_webhook(request):
    try:
        event = stripe.Webhook.construct_event(
            request.body, request.headers.get("Stripe-Signature", ""), STRIPE_WEBHOOK_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    handle(event)
    return HttpResponse(status=204)


def partner_signature_ok(request):
    expected = hmac.new(PARTNER_SECRET, request.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, request.headers.get("X-Partner-Signature", ""))


def handle(event):
    if event["type"] == "payment_intent.succeeded":
        from booking.tasks import confirm_booking
        confirm_booking.delay(event["data"]["object"]["metadata"]["booking_ref"])
""")

add("json/decoy-webhook-sample", "partnerfeed/testdata/booking_created.json", None,
    "Partner webhook sample: recorded request with its signature header (a digest, not a key)", r"""
{
  "headers": {
    "Content-Type": "application/json",
    "X-Partner-Event": "booking.created",
    "X-Partner-Delivery": "@@delivery@@",
    "X-Partner-Signature": "@@sig@@"
  },
  "body": {
    "bookingId": "@@booking@@",
    "sessionId": "S-2024-0612-1930-2",
    "film": {"title": "The Zone of Interest", "certificate": "12A"},
    "seats": ["G11", "G12"],
    "totalPence": 2300,
    "customerRef": "@@customer@@",
    "createdAt": "2024-06-12T14:22:05Z"
  }
}
""", delivery=uuid_s(), sig=hexs(64), booking=uuid_s(), customer=uuid_s())

secret = draw(64, B64URL)
add("yaml/toast-client-secret", "pos-sync/config/toast.yaml", secret,
    "Toast developer docs: standard API access (clientId / clientSecret, /authentication/v1)", r"""
toast:
  api_hostname: https://ws-api.toasttab.com
  auth:
    client_id: QkZ8mTp2xW4rLs0n
    client_secret: @@secret@@
    user_access_type: TOAST_MACHINE_CLIENT
  restaurant_guid: @@guid@@
  menus:
    poll_minutes: 20
    include_hidden: false

export:
  target: postgres://reports@db.internal:5432/concessions
  tables:
    - orders
    - menu_items
    - voids
""", secret=secret, guid=uuid_s())

tok = uuid_s()
add("python/clover-api-token", "concessions/clover_daily.py", tok,
    "Clover developer docs: REST API with a merchant API token (Bearer)", r"""
# Daily concessions totals from the Clover Station at the candy counter -> accounts spreadsheet.
import datetime as dt

import requests

MERCHANT_ID = "QZ4N7RKT8M2P1"
API_TOKEN = "@@tok@@"
BASE = f"https://api.clover.com/v3/merchants/{MERCHANT_ID}"


def orders_for(day):
    start = int(dt.datetime.combine(day, dt.time.min).timestamp() * 1000)
    end = int(dt.datetime.combine(day, dt.time.max).timestamp() * 1000)
    r = requests.get(
        f"{BASE}/orders",
        params={"filter": [f"createdTime>={start}", f"createdTime<={end}"], "expand": "lineItems"},
        headers={"Authorization": f"Bearer {API_TOKEN}"},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["elements"]


if __name__ == "__main__":
    yesterday = dt.date.today() - dt.timedelta(days=1)
    total = sum(o.get("total", 0) for o in orders_for(yesterday))
    print(f"{yesterday} concessions: ${total / 100:.2f}")
""", tok=tok)

tok = "shpat_" + hexs(32)
add("python/shopify-admin-token", "merch/shopify_stock.py", tok,
    "Shopify docs: custom app Admin API access tokens (shpat_), X-Shopify-Access-Token", r"""
import requests

SHOP = "starlight-cinema-shop.myshopify.com"
TOKEN = "@@tok@@"
API = f"https://{SHOP}/admin/api/2024-04"


def low_stock(threshold=5):
    r = requests.get(
        f"{API}/products.json",
        params={"limit": 250, "fields": "id,title,variants"},
        headers={"X-Shopify-Access-Token": TOKEN},
        timeout=20,
    )
    r.raise_for_status()
    for product in r.json()["products"]:
        for variant in product["variants"]:
            if variant["inventory_quantity"] <= threshold:
                yield product["title"], variant["title"], variant["inventory_quantity"]


if __name__ == "__main__":
    for title, size, qty in low_stock():
        print(f"{qty:3}  {title} ({size})")
""", tok=tok)

rk = stripe_live("rk")
add("dart/stripe-restricted-key", "app/lib/services/payments.dart", rk,
    "Stripe docs: restricted keys (rk_live_) and why secret keys never belong in apps", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class PaymentsService {
  // TODO(ana): move to the backend before the App Store review
  static const _stripeKey = '@@rk@@';

  Future<String> createPaymentIntent(int amountPence, String bookingRef) async {
    final res = await http.post(
      Uri.parse('https://api.stripe.com/v1/payment_intents'),
      headers: {'Authorization': 'Bearer $_stripeKey'},
      body: {
        'amount': '$amountPence',
        'currency': 'gbp',
        'metadata[booking_ref]': bookingRef,
        'automatic_payment_methods[enabled]': 'true',
      },
    );
    if (res.statusCode != 200) {
      throw Exception('Stripe error ${res.statusCode}');
    }
    return jsonDecode(res.body)['client_secret'] as String;
  }
}
""", rk=rk)


# ---------------------------------------------------------------------------------------------
# Distributors, DCP and KDM delivery, the booth: servers, TMS, projectors, network and NAS
# ---------------------------------------------------------------------------------------------

key = rsa_key()
crt = cert_pem(980)
add("xml/dcpomatic-signer-key", "booth/dcpomatic/config.xml", key,
    "DCP-o-matic manual: configuration file (Signer certificate chain and private key)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Config>
  <Version>3</Version>
  <MasterEncodingThreads>12</MasterEncodingThreads>
  <ServerEncodingThreads>12</ServerEncodingThreads>
  <DefaultDirectory>/srv/dcp/projects</DefaultDirectory>
  <ServerPortBase>6192</ServerPortBase>
  <UseAnyServers>0</UseAnyServers>
  <TMSProtocol>1</TMSProtocol>
  <TMSIP>10.20.0.15</TMSIP>
  <TMSPath>/data/ingest</TMSPath>
  <DefaultContainer>185</DefaultContainer>
  <DefaultDCPContentType>ADV</DefaultDCPContentType>
  <DCPIssuer>Rex Cinema Berkhamsted</DCPIssuer>
  <DCPCreator>DCP-o-matic 2.16.83</DCPCreator>
  <Signer>
    <Certificate>@@crt@@
</Certificate>
    <PrivateKey>@@key@@
</PrivateKey>
  </Signer>
</Config>
""", key=key, crt=crt)

add("xml/decoy-dcpomatic-certificates", "booth/dcpomatic/screens.xml", None,
    "DCP-o-matic manual: cinemas and screens database (recipient certificates for KDMs)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Cinemas>
  <Cinema>
    <Name>Rex Cinema Berkhamsted</Name>
    <Email>projection@rexcinema.co.uk</Email>
    <Notes>Screen 1 Doremi IMS1000, Screen 2 Dolby IMS3000</Notes>
    <UTCOffsetHour>0</UTCOffsetHour>
    <Screen>
      <Name>Screen 1</Name>
      <Recipient>@@c1@@
</Recipient>
      <RecipientFile>IMS1000-281774.cert.sha256.pem</RecipientFile>
    </Screen>
    <Screen>
      <Name>Screen 2</Name>
      <Recipient>@@c2@@
</Recipient>
      <RecipientFile>IMS3000-550912.cert.sha256.pem</RecipientFile>
    </Screen>
  </Cinema>
</Cinemas>
""", c1=cert_pem(900), c2=cert_pem(900))

add("pem/decoy-dci-certificate-chain", "booth/certs/IMS3000-550912.chain.pem", None,
    "SMPTE 430-2 D-Cinema certificates: the server's public certificate chain sent to distributors", r"""
# Dolby IMS3000 serial 550912 (Screen 2) - certificate chain for KDM requests.
# Send this file to distributors / the KDM desk; it holds public certificates only.
@@c1@@
@@c2@@
""", c1=cert_pem(1000), c2=cert_pem(1000))

add("xml/decoy-kdm", "booth/kdm/archive/PERFECTDAYS_FTR_S_Screen2.xml", None,
    "SMPTE 430-1 Key Delivery Message: content keys RSA-OAEP encrypted to the recipient's certificate", r"""
<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<DCinemaSecurityMessage xmlns="http://www.smpte-ra.org/schemas/430-3/2006/ETM" xmlns:dsig="http://www.w3.org/2000/09/xmldsig#" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <AuthenticatedPublic Id="ID_AuthenticatedPublic">
    <MessageId>urn:uuid:@@m@@</MessageId>
    <MessageType>http://www.smpte-ra.org/430-1/2006/KDM#kdm-key-type</MessageType>
    <AnnotationText>PERFECTDAYS_FTR_S_JA-EN_UK_51_2K_20231120_SMPTE_OV - Rex Screen 2</AnnotationText>
    <IssueDate>2024-02-14T09:12:44+00:00</IssueDate>
    <Signer>
      <dsig:X509IssuerName>dnQualifier=@@dq1@@,CN=.KDM-Intermediate,OU=KDM Desk,O=Film Distribution Ltd</dsig:X509IssuerName>
      <dsig:X509SerialNumber>@@serial1@@</dsig:X509SerialNumber>
    </Signer>
    <RequiredExtensions>
      <KDMRequiredExtensions xmlns="http://www.smpte-ra.org/schemas/430-1/2006/KDM">
        <Recipient>
          <X509IssuerSerial>
            <dsig:X509IssuerName>dnQualifier=@@dq2@@,CN=.us.dolby.com.IMS3000,OU=Cinema,O=Dolby Laboratories</dsig:X509IssuerName>
            <dsig:X509SerialNumber>@@serial2@@</dsig:X509SerialNumber>
          </X509IssuerSerial>
          <X509SubjectName>dnQualifier=@@dq3@@,CN=SM SPB MDI MDA.IMS3000-550912,OU=Cinema,O=Dolby Laboratories</X509SubjectName>
        </Recipient>
        <CompositionPlaylistId>urn:uuid:@@cpl@@</CompositionPlaylistId>
        <ContentTitleText>PERFECTDAYS_FTR_S_JA-EN_UK_51_2K_20231120_SMPTE_OV</ContentTitleText>
        <ContentKeysNotValidBefore>2024-02-16T00:00:00+00:00</ContentKeysNotValidBefore>
        <ContentKeysNotValidAfter>2024-03-01T23:59:00+00:00</ContentKeysNotValidAfter>
        <AuthorizedDeviceInfo>
          <DeviceListIdentifier>urn:uuid:@@dl@@</DeviceListIdentifier>
          <DeviceList>
            <CertificateThumbprint>@@thumb@@</CertificateThumbprint>
          </DeviceList>
        </AuthorizedDeviceInfo>
        <KeyIdList>
          <TypedKeyId><KeyType scope="http://www.smpte-ra.org/430-1/2006/KDM#kdm-key-type">MDIK</KeyType><KeyId>urn:uuid:@@k1@@</KeyId></TypedKeyId>
          <TypedKeyId><KeyType scope="http://www.smpte-ra.org/430-1/2006/KDM#kdm-key-type">MDAK</KeyType><KeyId>urn:uuid:@@k2@@</KeyId></TypedKeyId>
        </KeyIdList>
      </KDMRequiredExtensions>
    </RequiredExtensions>
    <NonCriticalExtensions/>
  </AuthenticatedPublic>
  <AuthenticatedPrivate Id="ID_AuthenticatedPrivate">
    <enc:EncryptedKey>
      <enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"><dsig:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/></enc:EncryptionMethod>
      <enc:CipherData><enc:CipherValue>@@cv1@@</enc:CipherValue></enc:CipherData>
    </enc:EncryptedKey>
    <enc:EncryptedKey>
      <enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"><dsig:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/></enc:EncryptionMethod>
      <enc:CipherData><enc:CipherValue>@@cv2@@</enc:CipherValue></enc:CipherData>
    </enc:EncryptedKey>
  </AuthenticatedPrivate>
  <dsig:Signature>
    <dsig:SignedInfo>
      <dsig:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"/>
      <dsig:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <dsig:Reference URI="#ID_AuthenticatedPublic">
        <dsig:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <dsig:DigestValue>@@d1@@</dsig:DigestValue>
      </dsig:Reference>
    </dsig:SignedInfo>
    <dsig:SignatureValue>@@sv@@</dsig:SignatureValue>
  </dsig:Signature>
</DCinemaSecurityMessage>
""", m=uuid_s(), dq1=b64_bytes(20), serial1=digits(12), dq2=b64_bytes(20), serial2=digits(10), dq3=b64_bytes(20),
    cpl=uuid_s(), dl=uuid_s(), thumb=b64_bytes(20), k1=uuid_s(), k2=uuid_s(), cv1=b64_bytes(256),
    cv2=b64_bytes(256), d1=b64_bytes(32), sv=b64_bytes(256))

add("xml/decoy-cpl-ids", "booth/library/AFTERSUN_TLR-2_F_EN-XX_51_2K_20221004_SMPTE_OV/CPL_aftersun.xml", None,
    "SMPTE ST 429-7 Composition Playlist: asset ids, key ids and hashes", r"""
<?xml version="1.0" encoding="UTF-8"?>
<CompositionPlaylist xmlns="http://www.smpte-ra.org/schemas/429-7/2006/CPL">
  <Id>urn:uuid:@@cpl@@</Id>
  <AnnotationText>AFTERSUN_TLR-2_F_EN-XX_51_2K_20221004_SMPTE_OV</AnnotationText>
  <IssueDate>2022-10-04T16:31:08+01:00</IssueDate>
  <Issuer>Film Distribution Ltd</Issuer>
  <Creator>Clipster 6.11</Creator>
  <ContentTitleText>AFTERSUN_TLR-2_F_EN-XX_51_2K_20221004_SMPTE_OV</ContentTitleText>
  <ContentKind>trailer</ContentKind>
  <ContentVersion>
    <Id>urn:uuid:@@ver@@_2022-10-04T16:31:08+01:00</Id>
    <LabelText>AFTERSUN_TLR-2_F_EN-XX_51_2K_20221004_SMPTE_OV</LabelText>
  </ContentVersion>
  <RatingList/>
  <ReelList>
    <Reel>
      <Id>urn:uuid:@@reel@@</Id>
      <AssetList>
        <MainPicture>
          <Id>urn:uuid:@@pic@@</Id>
          <EditRate>24 1</EditRate>
          <IntrinsicDuration>2881</IntrinsicDuration>
          <EntryPoint>0</EntryPoint>
          <Duration>2881</Duration>
          <Hash>@@hp@@</Hash>
          <FrameRate>24 1</FrameRate>
          <ScreenAspectRatio>1998 1080</ScreenAspectRatio>
        </MainPicture>
        <MainSound>
          <Id>urn:uuid:@@snd@@</Id>
          <EditRate>24 1</EditRate>
          <IntrinsicDuration>2881</IntrinsicDuration>
          <EntryPoint>0</EntryPoint>
          <Duration>2881</Duration>
          <Hash>@@hs@@</Hash>
        </MainSound>
      </AssetList>
    </Reel>
  </ReelList>
</CompositionPlaylist>
""", cpl=uuid_s(), ver=uuid_s(), reel=uuid_s(), pic=uuid_s(), hp=b64_bytes(20), snd=uuid_s(), hs=b64_bytes(20))

add("xml/decoy-pkl-hashes", "booth/library/AFTERSUN_TLR-2_F_EN-XX_51_2K_20221004_SMPTE_OV/PKL_aftersun.xml", None,
    "SMPTE ST 429-8 Packing List: SHA-1 hashes (base64) of every asset", r"""
<?xml version="1.0" encoding="UTF-8"?>
<PackingList xmlns="http://www.smpte-ra.org/schemas/429-8/2007/PKL">
  <Id>urn:uuid:@@pkl@@</Id>
  <AnnotationText>AFTERSUN_TLR-2_F_EN-XX_51_2K_20221004_SMPTE_OV</AnnotationText>
  <IssueDate>2022-10-04T16:31:08+01:00</IssueDate>
  <Issuer>Film Distribution Ltd</Issuer>
  <Creator>Clipster 6.11</Creator>
  <AssetList>
    <Asset>
      <Id>urn:uuid:@@cpl@@</Id>
      <Hash>@@h1@@</Hash>
      <Size>4812</Size>
      <Type>text/xml</Type>
    </Asset>
    <Asset>
      <Id>urn:uuid:@@pic@@</Id>
      <Hash>@@h2@@</Hash>
      <Size>1873306112</Size>
      <Type>application/mxf</Type>
    </Asset>
    <Asset>
      <Id>urn:uuid:@@snd@@</Id>
      <Hash>@@h3@@</Hash>
      <Size>104289280</Size>
      <Type>application/mxf</Type>
    </Asset>
  </AssetList>
</PackingList>
""", pkl=uuid_s(), cpl=uuid_s(), h1=b64_bytes(20), pic=uuid_s(), h2=b64_bytes(20), snd=uuid_s(), h3=b64_bytes(20))

add("xml/decoy-assetmap-uuids", "booth/library/AFTERSUN_TLR-2_F_EN-XX_51_2K_20221004_SMPTE_OV/ASSETMAP.xml", None,
    "SMPTE ST 429-9 Asset Map: asset UUIDs and file paths", r"""
<?xml version="1.0" encoding="UTF-8"?>
<AssetMap xmlns="http://www.smpte-ra.org/schemas/429-9/2007/AM">
  <Id>urn:uuid:@@am@@</Id>
  <Creator>Clipster 6.11</Creator>
  <VolumeCount>1</VolumeCount>
  <IssueDate>2022-10-04T16:31:08+01:00</IssueDate>
  <Issuer>Film Distribution Ltd</Issuer>
  <AssetList>
    <Asset>
      <Id>urn:uuid:@@pkl@@</Id>
      <PackingList>true</PackingList>
      <ChunkList><Chunk><Path>PKL_aftersun.xml</Path><VolumeIndex>1</VolumeIndex><Offset>0</Offset><Length>1466</Length></Chunk></ChunkList>
    </Asset>
    <Asset>
      <Id>urn:uuid:@@cpl@@</Id>
      <ChunkList><Chunk><Path>CPL_aftersun.xml</Path><VolumeIndex>1</VolumeIndex><Offset>0</Offset><Length>4812</Length></Chunk></ChunkList>
    </Asset>
    <Asset>
      <Id>urn:uuid:@@pic@@</Id>
      <ChunkList><Chunk><Path>j2c_@@pic@@.mxf</Path><VolumeIndex>1</VolumeIndex><Offset>0</Offset><Length>1873306112</Length></Chunk></ChunkList>
    </Asset>
  </AssetList>
</AssetMap>
""", am=uuid_s(), pkl=uuid_s(), cpl=uuid_s(), pic=uuid_s())

add("text/decoy-dcp-checksums", "booth/library/checksums/DUNE-PART-TWO_FTR.sha256", None,
    "sha256sum manual: checksum files for verifying a DCP copied from the distributor drive", r"""
# sha256sum of the DCP as received on the CRU drive, checked before ingest (sha256sum -c)
@@h1@@  ASSETMAP.xml
@@h2@@  VOLINDEX.xml
@@h3@@  PKL_@@u1@@.xml
@@h4@@  CPL_@@u2@@.xml
@@h5@@  j2c_@@u3@@.mxf
@@h6@@  wav_@@u4@@.mxf
@@h7@@  sub_@@u5@@.mxf
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64), h7=hexs(64),
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

pw = words_pw()
add("xml/tms-ftp-password", "tms/config/ingest-sources.xml", pw,
    "Theatre management systems: FTP ingest sources for distributor DCP and KDM drops", r"""
<?xml version="1.0" encoding="utf-8"?>
<IngestSources version="2">
  <Source name="Trailer drop (lab FTP)" type="ftp" enabled="true">
    <Host>ftp.filmlab-services.net</Host>
    <Port>21</Port>
    <Passive>true</Passive>
    <Username>cameo_edinburgh</Username>
    <Password>@@pw@@</Password>
    <RemotePath>/outgoing/trailers</RemotePath>
    <Schedule>0 3 * * *</Schedule>
  </Source>
  <Source name="KDM inbox" type="imap" enabled="true">
    <Host>outlook.office365.com</Host>
    <Username>kdm@cameocinema.org</Username>
    <PasswordRef>credential-manager:kdm-inbox</PasswordRef>
    <Folder>INBOX/KDM</Folder>
  </Source>
  <Source name="Library NAS" type="smb" enabled="true">
    <Path>\\dcp-nas\library</Path>
    <CredentialRef>credential-manager:dcp-nas</CredentialRef>
  </Source>
</IngestSources>
""", pw=pw)

pw = gen_pw(16)
add("shell/aspera-password", "booth/bin/fetch-dcp.sh", pw,
    "IBM Aspera ascp manual: ASPERA_SCP_PASS environment variable", r"""
#!/usr/bin/env bash
# Pull a DCP from the distributor's Aspera share into the library NAS.
# usage: fetch-dcp.sh <folder-on-share>
set -euo pipefail

TITLE="${1:?folder name}"
DEST=/mnt/dcp-library/incoming
LOG=/var/log/booth/fetch-dcp.log

export ASPERA_SCP_PASS='@@pw@@'
ascp -QT -l 300M -P 33001 -k 2 \
  --overwrite=diff \
  "roxy_booking@ats-eu.distrib-media.net:/outgoing/${TITLE}/" "$DEST/" | tee -a "$LOG"

if ! ls "$DEST/$TITLE"/ASSETMAP* >/dev/null 2>&1; then
  echo "no ASSETMAP in $DEST/$TITLE - incomplete download?" >&2
  exit 1
fi
echo "$(date -Is) fetched $TITLE" >> "$LOG"
""", pw=pw)

pw = gen_pw(14)
add("shell/ftp-url-password", "booth/bin/mirror-trailers.sh", pw,
    "lftp manual: URL syntax ftp://user:password@host", r"""
#!/bin/sh
# Weekly trailer pack from the lab's FTP (runs Monday 02:30 from cron on the booth Pi).
set -e
TARGET=/mnt/dcp-library/trailers/incoming
mkdir -p "$TARGET"
lftp -e "set ftp:ssl-force true; set ssl:verify-certificate no; mirror --only-newer --parallel=2 /trailers/current $TARGET; quit" \
  "ftp://lexi_cinema:@@pw@@@ftp.filmlab-services.net:21"
find "$TARGET" -name 'ASSETMAP*' -newer /var/run/last-trailer-mirror -print
touch /var/run/last-trailer-mirror
""", pw=pw)

pw = words_pw()
add("xml/filezilla-password-base64", "booth/filezilla/sitemanager.xml", pw,
    "FileZilla wiki: sitemanager.xml, passwords stored base64-encoded", r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Folder expanded="1">Distributors
            <Server>
                <Host>ftp.kdm-delivery.net</Host>
                <Port>21</Port>
                <Protocol>4</Protocol>
                <Type>0</Type>
                <User>plaza_cinema</User>
                <Pass encoding="base64">@@enc@@</Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <EncodingType>Auto</EncodingType>
                <BypassProxy>0</BypassProxy>
                <Name>KDM delivery</Name>
                <SyncBrowsing>0</SyncBrowsing>
                <DirectoryComparison>0</DirectoryComparison>
            </Server>
        </Folder>
    </Servers>
</FileZilla3>
""", enc=b64(pw))

pw = gen_pw(18)
add("netrc/ftp-password", "booth/dotfiles/.netrc", pw,
    "GNU inetutils / curl manual: .netrc machine, login, password", r"""
# used by curl --netrc and lftp on the booth Pi (chmod 600)
machine ftp.kdm-delivery.net
  login starlight_kdm
  password @@pw@@

# trailers come by Aspera now, see fetch-dcp.sh
""", pw=pw)

pw = words_pw()
add("python/imap-password", "kdm-fetcher/fetch_kdms.py", pw,
    "Python imaplib docs: IMAP4_SSL.login", r"""
# Saves KDM attachments from the kdm@ mailbox to the TMS watch folder every 10 minutes.
import email
import imaplib
import pathlib

IMAP_HOST = "outlook.office365.com"
MAILBOX = "kdm@thelexicinema.org"
PASSWORD = "@@pw@@"
OUT = pathlib.Path("/mnt/tms/kdm-inbox")


def fetch():
    box = imaplib.IMAP4_SSL(IMAP_HOST)
    box.login(MAILBOX, PASSWORD)
    box.select("INBOX")
    _, ids = box.search(None, '(UNSEEN SUBJECT "KDM")')
    for num in ids[0].split():
        _, data = box.fetch(num, "(RFC822)")
        msg = email.message_from_bytes(data[0][1])
        for part in msg.walk():
            name = part.get_filename() or ""
            if name.lower().endswith((".xml", ".zip")):
                (OUT / name).write_bytes(part.get_payload(decode=True))
        box.store(num, "+FLAGS", "\\Seen")
    box.logout()


if __name__ == "__main__":
    fetch()
""", pw=pw)

comm = "b00th" + draw(10)
add("toml/snmp-community", "monitoring/telegraf/projectors.conf", comm,
    "Telegraf SNMP input plugin docs: community for SNMP v2c agents", r"""
# Projector and server health for the booth dashboard (Grafana "Booth" folder)
[[inputs.snmp]]
  agents = ["udp://10.20.1.11:161", "udp://10.20.1.12:161", "udp://10.20.1.13:161"]
  version = 2
  community = "@@comm@@"
  timeout = "5s"
  retries = 2
  name = "projector"

  [[inputs.snmp.field]]
    name = "hostname"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

  [[inputs.snmp.field]]
    name = "uptime"
    oid = "RFC1213-MIB::sysUpTime.0"

  [[inputs.snmp.field]]
    name = "lamp_hours"
    oid = ".1.3.6.1.4.1.119.2.3.123.1.1.4.0"

[[outputs.influxdb_v2]]
  urls = ["http://10.20.0.5:8086"]
  token = "$INFLUX_TOKEN"
  organization = "booth"
  bucket = "projectors"
""", comm=comm)

cred = b64("service:" + words_pw())
add("python/projector-basic-auth", "booth/automation/lamp_report.py", cred,
    "RFC 7617 HTTP Basic authentication header, as projector web interfaces use it", r"""
# Weekly lamp/laser hours report from the projectors' web status pages.
import re
import urllib.request

PROJECTORS = {
    "Screen 1": "http://10.20.1.11/status.xml",
    "Screen 2": "http://10.20.1.12/status.xml",
    "Studio": "http://10.20.1.13/status.xml",
}
AUTH = {"Authorization": "Basic @@cred@@"}


def hours(url):
    req = urllib.request.Request(url, headers=AUTH)
    with urllib.request.urlopen(req, timeout=10) as resp:
        text = resp.read().decode("utf-8", "replace")
    match = re.search(r"<LightSourceHours>(\d+)</LightSourceHours>", text)
    return int(match.group(1)) if match else None


if __name__ == "__main__":
    for screen, url in PROJECTORS.items():
        print(f"{screen:10} {hours(url)} h")
""", cred=cred)

pw = words_pw()
add("xml/ims-device-password", "tms/config/devices.xml", pw,
    "Theatre management systems: device list with media block credentials", r"""
<?xml version="1.0" encoding="utf-8"?>
<Devices site="Roxy Cinema" updated="2024-04-18">
  <Device screen="1" kind="MediaBlock" model="Dolby IMS3000">
    <Address>10.20.1.21</Address>
    <Port>443</Port>
    <Username>manager</Username>
    <Password>@@pw@@</Password>
  </Device>
  <Device screen="1" kind="Projector" model="Christie CP2309-RGB">
    <Address>10.20.1.11</Address>
    <Port>3002</Port>
  </Device>
  <Device screen="2" kind="MediaBlock" model="Dolby IMS3000">
    <Address>10.20.1.22</Address>
    <Port>443</Port>
    <Username>manager</Username>
    <PasswordRef>same-as-screen-1</PasswordRef>
  </Device>
  <Device screen="2" kind="Projector" model="NEC NC1402L">
    <Address>10.20.1.12</Address>
    <Port>7142</Port>
  </Device>
  <Device screen="all" kind="Automation" model="JNIOR 410">
    <Address>10.20.1.40</Address>
  </Device>
</Devices>
""", pw=pw)

pw = gen_pw(16, "#%")
add("go/soap-password", "boothctl/internal/ims/session.go", pw,
    "Media block SOAP APIs: SessionManagement Login with username and password", r"""
package ims

import (
	"bytes"
	"fmt"
	"net/http"
	"time"
)

const (
	imsUser     = "manager"
	imsPassword = "@@pw@@"
)

const loginEnvelope = `<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v1="http://www.doremilabs.com/dc/dcp/json/v1/SessionManagement">
  <soapenv:Body>
    <v1:Login><username>%s</username><password>%s</password></v1:Login>
  </soapenv:Body>
</soapenv:Envelope>`

func Login(host string) (*http.Response, error) {
	body := fmt.Sprintf(loginEnvelope, imsUser, imsPassword)
	client := &http.Client{Timeout: 10 * time.Second}
	url := fmt.Sprintf("http://%s/dc/dcp/ws/v1/SessionManagement", host)
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewBufferString(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "text/xml; charset=utf-8")
	req.Header.Set("SOAPAction", "Login")
	return client.Do(req)
}
""", pw=pw)

pw = words_pw()
add("batch/mssql-sa-password", "tms/backup/nightly_backup.bat", pw,
    "Microsoft sqlcmd docs: -U / -P options", r"""
@echo off
REM Nightly backup of the TMS database to the NAS (Task Scheduler, 04:15)
set BACKUPDIR=\\dcp-nas\backups\tms
set STAMP=%DATE:~-4%%DATE:~3,2%%DATE:~0,2%

sqlcmd -S localhost\SQLEXPRESS -U sa -P "@@pw@@" -Q "BACKUP DATABASE [TMS] TO DISK = N'%BACKUPDIR%\TMS_%STAMP%.bak' WITH INIT, COMPRESSION"
if errorlevel 1 (
  echo Backup failed >> %BACKUPDIR%\backup.log
  exit /b 1
)

forfiles /p "%BACKUPDIR%" /m TMS_*.bak /d -14 /c "cmd /c del @path"
echo %DATE% %TIME% backup ok >> %BACKUPDIR%\backup.log
""", pw=pw)

pw = gen_pw(14, "!$")
add("cisco/booth-switch-password", "network/booth-sw01.cfg", pw,
    "Cisco IOS configuration guide: username ... password 0 (clear text)", r"""
!
version 15.2
service timestamps log datetime msec
service password-encryption
!
hostname booth-sw01
!
enable secret 9 @@h@@
!
username netadmin privilege 15 password 0 @@pw@@
!
vlan 20
 name BOOTH
vlan 30
 name POS
!
interface GigabitEthernet1/0/1
 description IMS3000 screen 1
 switchport access vlan 20
!
interface GigabitEthernet1/0/2
 description projector screen 1
 switchport access vlan 20
!
interface GigabitEthernet1/0/24
 description uplink to office
 switchport mode trunk
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", pw=pw, h="$9$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT))

add("cisco/decoy-password-hashes", "network/foyer-sw02.cfg", None,
    "Cisco IOS docs: type 8 (PBKDF2) and type 9 (scrypt) secrets are one-way hashes", r"""
!
hostname foyer-sw02
!
enable secret 9 @@h1@@
!
username netadmin privilege 15 secret 9 @@h2@@
username signage privilege 1 secret 8 @@h3@@
!
vlan 30
 name POS
vlan 40
 name SIGNAGE
!
interface range GigabitEthernet1/0/1 - 6
 description POS terminals and card readers
 switchport access vlan 30
!
interface range GigabitEthernet1/0/7 - 10
 description foyer screens
 switchport access vlan 40
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", h1="$9$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT), h2="$9$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT),
    h3="$8$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT))

pw = words_pw()
add("batch/smb-password", "booth/scripts/map-library.cmd", pw,
    "Microsoft docs: net use with a password and /user:", r"""
@echo off
REM Map the DCP library share on the ingest PC at logon (shell:startup)
net use L: /delete /y >nul 2>&1
net use L: \\dcp-nas\library "@@pw@@" /user:DCPNAS\projection /persistent:no
if errorlevel 1 (
  msg * "Could not map the DCP library - is the NAS on?"
  exit /b 1
)
net use T: \\dcp-nas\trailers /user:DCPNAS\projection /persistent:no
start "" "C:\Program Files\DCP-o-matic 2\bin\dcpomatic2.exe"
""", pw=pw)

pw = gen_pw(20)
add("text/rsync-secrets", "booth/nas/rsyncd.secrets", pw,
    "rsyncd.conf manual: secrets file (user:password lines)", r"""
# /etc/rsyncd.secrets on dcp-nas - owner root, mode 600
# modules "library" and "trailers" (see rsyncd.conf); the TMS pulls with
# rsync --password-file, screen servers push logs nightly
#
projection:@@pw@@
""", pw=pw)

pw = words_pw()
add("text/smb-credentials-file", "ansible/roles/booth-pi/files/dcp-library.cred", pw,
    "mount.cifs manual: credentials= file (username, password, domain)", r"""
# credentials for //dcp-nas/library, used by /etc/fstab on the booth Pi
# mount -t cifs -o credentials=/etc/samba/dcp-library.cred,uid=1000 //dcp-nas/library /mnt/dcp-library
username=projection
password=@@pw@@
domain=DCPNAS
""", pw=pw)

pw = gen_pw(15)
add("fstab/smb-password", "booth/pi/etc/fstab", pw,
    "mount.cifs manual: username= and password= mount options in fstab", r"""
# /etc/fstab on booth-pi (Raspberry Pi OS)
proc            /proc           proc    defaults          0       0
PARTUUID=2a3b4c5d-01  /boot/firmware  vfat    defaults          0       2
PARTUUID=2a3b4c5d-02  /               ext4    defaults,noatime  0       1
//10.20.0.30/library  /mnt/dcp-library  cifs  username=projection,password=@@pw@@,uid=1000,gid=1000,vers=3.0,_netdev,nofail  0  0
//10.20.0.30/trailers /mnt/trailers     cifs  credentials=/etc/samba/trailers.cred,uid=1000,_netdev,nofail  0  0
""", pw=pw)

pw = words_pw()
add("python/sftp-password", "reports/upload_box_office.py", pw,
    "Paramiko docs: Transport.connect / SFTPClient with username and password", r"""
# Sends the nightly box office return (CSV) to the box office reporting service by SFTP.
import datetime as dt
import pathlib

import paramiko

HOST = "sftp.boxofficereturns.com"
PORT = 22
USER = "site_40217_plaza"
PASSWORD = "@@pw@@"


def upload(path: pathlib.Path):
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(str(path), f"/incoming/{path.name}")
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    day = dt.date.today() - dt.timedelta(days=1)
    upload(pathlib.Path(f"/srv/reports/returns/plaza_{day:%Y%m%d}.csv"))
""", pw=pw)

pw = gen_pw(16)
add("crontab/sshpass-password", "booth/pi/crontab.txt", pw,
    "sshpass manual: -p password on the command line", r"""
# m h  dom mon dow   command   (crontab -l on booth-pi, copied here for the handover)
MAILTO=projection@bijoucinema.co.uk
*/10 * * * * /home/pi/bin/check-temps.sh >/dev/null 2>&1
30 2 * * 1   /home/pi/bin/mirror-trailers.sh >> /home/pi/logs/trailers.log 2>&1
15 6 * * *   sshpass -p '@@pw@@' scp -o StrictHostKeyChecking=no /srv/reports/returns/*.csv bijou@sftp.boxofficereturns.com:/incoming/
0 4 * * 0    /usr/bin/find /home/pi/logs -name '*.log' -mtime +30 -delete
""", pw=pw)

pw = passphrase()
add("toml/feed-sftp-password", "showtime-feed/config.toml", pw,
    "Showtime feed exporters: partner SFTP upload settings", r"""
# Showtime feed: builds the listings XML and pushes it to listing partners every 30 minutes.
[source]
kind = "veezi"
site_id = 1284

[output]
format = "xml"
path = "/srv/feed/listings.xml"
include_trailers = true

[[partner]]
name = "cinema listings aggregator"
protocol = "sftp"
host = "upload.filmlistingsfeed.com"
username = "rex_berkhamsted"
password = "@@pw@@"
remote_dir = "/inbound"

[[partner]]
name = "local paper"
protocol = "https"
url = "https://whatson.berkhamstedgazette.co.uk/feeds/rex.xml"
""", pw=pw)

add("csv/decoy-booth-inventory", "booth/inventory.csv", None,
    "Asset register: device serials, MAC addresses and certificate thumbprints (identifiers)", r"""
screen,device,model,serial,mac,ip,cert_thumbprint,installed
1,media block,Dolby IMS3000,550911,00:1b:21:4c:8a:10,10.20.1.21,@@t1@@,2021-09-14
1,projector,Christie CP2309-RGB,30-CP23RGB-2231,00:10:9b:3d:44:51,10.20.1.11,,2021-09-14
2,media block,Dolby IMS3000,550912,00:1b:21:4c:8a:11,10.20.1.22,@@t2@@,2022-02-02
2,projector,NEC NC1402L,2Y0032117,00:30:13:8e:a1:07,10.20.1.12,,2022-02-02
3,media block,Doremi IMS1000,281774,00:0e:d6:21:19:c3,10.20.1.23,@@t3@@,2018-06-20
3,projector,NEC NC900C,9X0051431,00:30:13:77:02:5b,10.20.1.13,,2018-06-20
all,automation,JNIOR 410,614050231,00:00:2b:11:9e:40,10.20.1.40,,2019-01-10
""", t1=b64_bytes(20), t2=b64_bytes(20), t3=b64_bytes(20))

add("markdown/decoy-booth-runbook", "docs/booth/ingest-runbook.md", None,
    "Booth runbook: commands shown with placeholders, credentials kept in the password manager", r"""
# Ingesting a feature

1. Plug the CRU drive into the ingest PC; check it against the distributor's checksums:

   ```
   sha256sum -c /mnt/cru/*.sha256
   ```

2. If the DCP came by Aspera instead, run (the password is in 1Password, vault **Booth**,
   item *Aspera - distributor share*):

   ```
   ASPERA_SCP_PASS='<aspera-password>' ascp -QT -l 300M -P 33001 <user>@<host>:/outgoing/<TITLE>/ /mnt/dcp-library/incoming/
   ```

3. Ingest on the server's web UI (`https://10.20.1.21/`, user `manager`, password from 1Password).
4. KDMs arrive at kdm@ and are saved automatically to `\\dcp-nas\kdm`; check validity dates.
5. Build the playlist, add the ads and trailer block, and **test the KDM** before the first show.

| Screen | Server | Login |
|--------|--------|-------|
| 1 | IMS3000 10.20.1.21 | manager / (1Password) |
| 2 | IMS3000 10.20.1.22 | manager / (1Password) |
| Studio | IMS1000 10.20.1.23 | admin / ******** |
""")

add("history/decoy-prompted", "ops/handover/booth-pi.bash_history", None,
    "Shell history: credentials typed at prompts, never on the command line", r"""
sudo apt update && sudo apt -y upgrade
df -h /mnt/dcp-library
ls -lh /mnt/dcp-library/incoming
read -rsp 'Aspera password: ' ASPERA_SCP_PASS; export ASPERA_SCP_PASS
ascp -QT -l 300M -P 33001 roxy_booking@ats-eu.distrib-media.net:/outgoing/CIVILWAR_FTR/ /mnt/dcp-library/incoming/
unset ASPERA_SCP_PASS
sha256sum -c /mnt/dcp-library/incoming/CIVILWAR_FTR/*.sha256
sudo mount -a
smbclient -L //dcp-nas -U projection
sudo systemctl restart telegraf
journalctl -u telegraf --since today | tail -n 50
vcgencmd measure_temp
history -c
""")

kid, sec = aws_key_id(), aws_secret()
add("history/aws-secret-key", "ops/handover/projectionist.bash_history", sec,
    "AWS CLI docs: aws configure set aws_secret_access_key", r"""
cd /mnt/dcp-library
ls -lh incoming/
aws configure set aws_access_key_id @@kid@@
aws configure set aws_secret_access_key @@sec@@
aws configure set region eu-west-2
aws s3 ls s3://luna-trailers-archive/
aws s3 sync s3://luna-trailers-archive/2024/ ./trailers/ --exclude "*.tmp"
df -h /mnt/dcp-library
du -sh trailers/
sudo systemctl status smbd
exit
""", kid=kid, sec=sec)

key = openssh_key()
add("markdown/openssh-private-key", "docs/booth/remote-access.md", key,
    "OpenSSH ssh-keygen manual: OpenSSH private key format", r"""
# Remote access to the booth

The booth network (10.20.0.0/16) is reachable only through the jump host `booth-gw`
(`ssh -J booth@gw.rexcinema.co.uk pi@10.20.0.5`).

The support company (and whoever is on call) uses this key. Save it as `~/.ssh/rex_booth`,
`chmod 600` it, and add to `~/.ssh/config`:

```
Host rex-booth
  HostName gw.rexcinema.co.uk
  User booth
  IdentityFile ~/.ssh/rex_booth
```

Key:

```
@@key@@
```

If the key ever leaves the team, rotate it: `ssh-keygen -t ed25519 -f rex_booth` and replace
`/home/booth/.ssh/authorized_keys` on the gateway.
""", key=key)

add("text/decoy-authorized-keys", "ansible/roles/booth-gw/files/authorized_keys", None,
    "OpenSSH sshd manual: authorized_keys holds public keys", r"""
# booth-gw:/home/booth/.ssh/authorized_keys - managed by ansible, do not edit by hand
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ sam@projection-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ oncall@rexcinema
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ support@cinemaservices
from="10.20.0.15",command="/usr/local/bin/rsync-only" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ tms-backup
""", k1=draw(43, B64), k2=draw(43, B64), k3=draw(520, B64), k4=draw(43, B64))

add("text/decoy-known-hosts", "ansible/roles/booth-pi/files/known_hosts", None,
    "OpenSSH ssh manual: known_hosts holds servers' public host keys", r"""
# pinned host keys for the booth Pi's scp/rsync jobs
dcp-nas,10.20.0.30 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
sftp.boxofficereturns.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k2@@=
upload.filmlistingsfeed.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@
gw.rexcinema.co.uk ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@
""", k1=draw(43, B64), k2=draw(87, B64), k3=draw(43, B64), k4=draw(43, B64))

pw = gen_pw(18)
add("conf/mqtt-password", "building/mosquitto/conf.d/bridge.conf", pw,
    "mosquitto.conf manual: bridge remote_username / remote_password", r"""
# Bridge the booth broker (house lights, masking, JNIOR automation) to the office broker
connection booth-to-office
address 10.30.0.8:8883
bridge_cafile /etc/mosquitto/certs/office-ca.crt
remote_clientid booth-bridge
remote_username booth
remote_password @@pw@@
topic house/lights/# both 1
topic booth/automation/# out 1
topic booth/alarms/# out 2
cleansession false
restart_timeout 10 60
""", pw=pw)

add("conf/decoy-mosquitto-password-file", "building/mosquitto/mosquitto.conf", None,
    "mosquitto.conf manual: password_file (hashed with mosquitto_passwd) and acl_file", r"""
# Booth MQTT broker (runs on booth-pi)
per_listener_settings true

listener 1883 127.0.0.1
allow_anonymous true

listener 8883
certfile /etc/mosquitto/certs/booth-pi.crt
keyfile /etc/mosquitto/certs/booth-pi.key
cafile /etc/mosquitto/certs/office-ca.crt
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl

persistence true
persistence_location /var/lib/mosquitto/
log_dest file /var/log/mosquitto/mosquitto.log
include_dir /etc/mosquitto/conf.d
""")

psk = passphrase()
add("conf/wifi-psk", "booth/pi/wpa_supplicant.conf", psk,
    "wpa_supplicant.conf manual: network block with psk", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# booth Pi falls back to the staff wifi when the booth switch is down
network={
    ssid="Cameo-Staff"
    psk="@@psk@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", psk=psk)

pw = gen_pw(20)
add("yaml/homeassistant-secrets", "building/homeassistant/secrets.yaml", pw,
    "Home Assistant docs: storing secrets in secrets.yaml (!secret)", r"""
# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
home_latitude: 51.7606
home_longitude: -0.5658
home_elevation: 120
mqtt_username: homeassistant
mqtt_password: @@pw@@
auditorium_camera_rtsp: rtsp://10.20.5.31:554/stream1
""", pw=pw)

secret = draw(40)
add("json/xibo-client-secret", "signage/xibo-scheduler/settings.json", secret,
    "Xibo CMS API docs: OAuth2 client credentials (application client id / secret)", r"""
{
  "cms": {
    "url": "https://signage.orpheumtheatre.org",
    "clientId": "9f3c1b7e2a6d4f08b5c1e7a2d3f40b61",
    "clientSecret": "@@secret@@"
  },
  "displays": {
    "foyer-left": 4,
    "foyer-right": 5,
    "bar-menu": 7
  },
  "layouts": {
    "nowShowing": 112,
    "comingSoon": 113,
    "barMenu": 120
  },
  "refreshMinutes": 15
}
""", secret=secret)

pw = words_pw()
add("reg/kiosk-autologon-password", "kiosk/provision/autologon.reg", pw,
    "Microsoft docs: Winlogon AutoAdminLogon and DefaultPassword registry values", r"""
Windows Registry Editor Version 5.00

; Self-service ticket kiosk: log on automatically and start the kiosk shell
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="KIOSK01"
"DefaultPassword"="@@pw@@"
"ForceAutoLogon"="1"
"Shell"="C:\\Kiosk\\TicketKiosk.exe"
""", pw=pw)

add("reg/decoy-autologon-lsa", "kiosk/provision/autologon-lsa.reg", None,
    "Sysinternals Autologon docs: the password is stored as an LSA secret, not in the registry", r"""
Windows Registry Editor Version 5.00

; Concessions kiosk: automatic logon. The password is NOT here - run
;   Autologon64.exe kiosk KIOSK02 (prompted) /accepteula
; which stores it encrypted as an LSA secret.
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="KIOSK02"
"Shell"="C:\\Kiosk\\ConcessionsKiosk.exe"
""")

pw = words_pw()
add("xml/unattend-password", "kiosk/provision/unattend.xml", pw,
    "Microsoft docs: Windows unattend AutoLogon Password with PlainText true", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>kiosk</Username>
        <Password>
          <Value>@@pw@@</Value>
          <PlainText>true</PlainText>
        </Password>
        <LogonCount>9999999</LogonCount>
      </AutoLogon>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
        <SkipUserOOBE>true</SkipUserOOBE>
      </OOBE>
      <TimeZone>GMT Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", pw=pw)

pw = words_pw()
add("powershell/securestring-password", "kiosk/provision/New-KioskUser.ps1", pw,
    "Microsoft docs: ConvertTo-SecureString -AsPlainText -Force and New-LocalUser", r"""
# Creates the local kiosk account on a fresh ticket kiosk and sets up assigned access.
param(
    [string]$KioskApp = 'C:\Kiosk\TicketKiosk.exe'
)

$ErrorActionPreference = 'Stop'
$password = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force

if (-not (Get-LocalUser -Name 'kiosk' -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name 'kiosk' -Password $password -FullName 'Ticket kiosk' -PasswordNeverExpires -UserMayNotChangePassword
    Add-LocalGroupMember -Group 'Users' -Member 'kiosk'
}

Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon' -Name AutoAdminLogon -Value '1'
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon' -Name DefaultUserName -Value 'kiosk'
Write-Host "Kiosk user ready; app: $KioskApp"
""", pw=pw)

add("powershell/decoy-secret-store", "reports/Export-BoxOffice.ps1", None,
    "Microsoft.PowerShell.SecretManagement docs: Get-Secret from a registered vault", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement, SqlServer
param(
    [datetime]$Day = (Get-Date).Date.AddDays(-1)
)

$cred = Get-Secret -Name 'TmsReportReader' -Vault 'BoothVault'
$smtp = Get-Secret -Name 'ReportsSmtp' -Vault 'BoothVault'

$query = @"
SELECT s.Screen, f.Title, COUNT(*) AS Admits, SUM(t.Price) AS Gross
FROM Tickets t JOIN Sessions s ON s.Id = t.SessionId JOIN Films f ON f.Id = s.FilmId
WHERE CAST(s.StartsAt AS date) = '$($Day.ToString('yyyy-MM-dd'))'
GROUP BY s.Screen, f.Title
"@

$rows = Invoke-Sqlcmd -ServerInstance 'tms01\SQLEXPRESS' -Database 'TMS' -Credential $cred -Query $query
$csv = "C:\Reports\boxoffice_$($Day.ToString('yyyyMMdd')).csv"
$rows | Export-Csv -NoTypeInformation -Path $csv
Send-MailMessage -To 'accounts@roxycinema.com' -From 'reports@roxycinema.com' -Subject "Box office $Day" `
    -Attachments $csv -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $smtp
""")

add("xml/decoy-empty-device-password", "tms/config/devices.template.xml", None,
    "Theatre management systems: device list template with credentials left blank", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Copy to devices.xml on site and fill in the credentials there. Never commit devices.xml. -->
<Devices site="" updated="">
  <Device screen="1" kind="MediaBlock" model="">
    <Address>10.20.1.21</Address>
    <Port>443</Port>
    <Username>manager</Username>
    <Password></Password>
  </Device>
  <Device screen="1" kind="Projector" model="">
    <Address>10.20.1.11</Address>
    <Port>3002</Port>
  </Device>
</Devices>
""")

pw = words_pw()
add("ansible/mysql-password", "ansible/group_vars/webservers.yml", pw,
    "Ansible docs: group_vars, community.mysql.mysql_user password", r"""
---
nginx_server_names:
  - bijoucinema.co.uk
  - www.bijoucinema.co.uk
php_version: "8.2"

wordpress_db_name: bijou_wp
wordpress_db_user: bijou_wp
wordpress_db_password: "@@pw@@"
wordpress_db_host: localhost

letsencrypt_email: web@bijoucinema.co.uk
backup_bucket: bijou-site-backups
backup_retention_days: 30
""", pw=pw)

vault_lines = "\n".join("          " + hexs(80) for _ in range(6))
add("ansible/decoy-vault-ciphertext", "ansible/group_vars/boothservers/vault.yml", None,
    "Ansible docs: encrypted variables with ansible-vault encrypt_string", r"""
---
vault_aspera_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@lines1@@
vault_nas_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@lines2@@
""", lines1=vault_lines, lines2="\n".join("          " + hexs(80) for _ in range(5)))

add("ansible/decoy-hashi-vault-lookup", "ansible/roles/booth-pi/tasks/mounts.yml", None,
    "community.hashi_vault docs: the hashi_vault lookup plugin", r"""
---
- name: Install cifs-utils
  ansible.builtin.apt:
    name: cifs-utils
    state: present

- name: Write the library share credentials
  ansible.builtin.copy:
    dest: /etc/samba/dcp-library.cred
    mode: "0600"
    content: |
      username=projection
      password={{ lookup('community.hashi_vault.hashi_vault', 'secret=booth/data/nas:password url=https://vault.internal:8200') }}
      domain=DCPNAS

- name: Mount the DCP library
  ansible.posix.mount:
    path: /mnt/dcp-library
    src: //10.20.0.30/library
    fstype: cifs
    opts: credentials=/etc/samba/dcp-library.cred,uid=1000,_netdev,nofail
    state: mounted
""")

pw = gen_pw(22)
add("systemd/postgres-password", "deploy/systemd/showtimes-api.service", pw,
    "systemd.exec manual: Environment= in a unit file", r"""
[Unit]
Description=Showtimes API (listings for the website, app and partner feeds)
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
User=showtimes
WorkingDirectory=/opt/showtimes-api
Environment=PORT=8088
Environment=DATABASE_URL=postgres://showtimes:@@pw@@@127.0.0.1:5432/showtimes
Environment=LOG_LEVEL=info
ExecStart=/opt/showtimes-api/bin/showtimes-api
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", pw=pw)


# ---------------------------------------------------------------------------------------------
# Loyalty apps, members' mail and push, showtime feeds and film metadata
# ---------------------------------------------------------------------------------------------

key = b64(uuid_s())
add("js/onesignal-api-key", "loyalty-api/src/push.js", key,
    "OneSignal REST API docs: Create notification with the app's REST API key", r"""
const fetch = require('node-fetch');

const ONESIGNAL_APP_ID = '@@app@@';
const ONESIGNAL_REST_KEY = '@@key@@';

async function notifyMembers({ heading, message, segment = 'Members', url }) {
  const res = await fetch('https://onesignal.com/api/v1/notifications', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      Authorization: `Basic ${ONESIGNAL_REST_KEY}`,
    },
    body: JSON.stringify({
      app_id: ONESIGNAL_APP_ID,
      included_segments: [segment],
      headings: { en: heading },
      contents: { en: message },
      url,
    }),
  });
  if (!res.ok) throw new Error(`OneSignal ${res.status}: ${await res.text()}`);
  return res.json();
}

module.exports = { notifyMembers };
""", app=uuid_s(), key=key)

key = "AAAA" + draw(7) + ":APA91b" + draw(134, B64URL)
add("json/fcm-server-key", "functions/.runtimeconfig.json", key,
    "Firebase docs: legacy FCM server key (AAAA...:APA91b...) and functions config", r"""
{
  "fcm": {
    "server_key": "@@key@@",
    "sender_id": "@@sender@@"
  },
  "loyalty": {
    "points_per_ticket": "10",
    "birthday_reward": "free-medium-popcorn",
    "tier_gold_threshold": "400"
  },
  "veezi": {
    "site_id": "1284"
  }
}
""", key=key, sender=digits(12))

key = p8_key()
add("js/apns-p8-key", "loyalty-api/src/apns.js", key,
    "Apple docs: token-based connection to APNs with a .p8 signing key (node-apn)", r"""
const apn = require('@parse/node-apn');

// AuthKey_7QX2M4K9LZ.p8 (Keys > Apple Push Notifications service) for the Luna Members app
const key = `@@key@@`;

const provider = new apn.Provider({
  token: { key, keyId: '7QX2M4K9LZ', teamId: '9XK2L4M7QP' },
  production: true,
});

async function sendShowtimeReminder(deviceToken, film, startsAt) {
  const note = new apn.Notification({
    alert: { title: `${film} starts soon`, body: `Doors open 20 minutes before ${startsAt}.` },
    topic: 'uk.co.lunacinema.members',
    sound: 'default',
    expiry: Math.floor(Date.now() / 1000) + 3600,
  });
  const result = await provider.send(note, deviceToken);
  return result.failed.length === 0;
}

module.exports = { sendShowtimeReminder };
""", key=key)

key = pkcs8_key()
first_line = key.splitlines()[1]
escaped = key.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "wallet-pass/keys/wallet-issuer.json", first_line,
    "Google Cloud docs: service account key file (JSON) used by the Google Wallet API", r"""
{
  "type": "service_account",
  "project_id": "plaza-cinema-wallet",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "wallet-issuer@plaza-cinema-wallet.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/wallet-issuer%40plaza-cinema-wallet.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=escaped, cid=digits(21))

key = uuid_s()
add("yaml/braze-api-key", "loyalty-api/config/braze.yml", key,
    "Braze docs: REST API keys and app identifiers", r"""
braze:
  rest_endpoint: https://rest.fra-01.braze.eu
  api_key: @@key@@
  # app identifiers (also compiled into the apps)
  app_ids:
    ios: @@ios@@
    android: @@android@@
  campaigns:
    birthday_popcorn: @@c1@@
    lapsed_member_90d: @@c2@@
  canvases:
    first_visit_welcome: @@c3@@
  subscription_groups:
    newsletter: @@c4@@
""", key=key, ios=uuid_s(), android=uuid_s(), c1=uuid_s(), c2=uuid_s(), c3=uuid_s(), c4=uuid_s())

key = "pk_" + hexs(34)
add("python/klaviyo-private-key", "marketing/sync_members.py", key,
    "Klaviyo API docs: private API keys (pk_) in the Klaviyo-API-Key authorization header", r"""
# Push new loyalty members into Klaviyo so they get the welcome flow.
import requests

KLAVIYO_PRIVATE_KEY = "@@key@@"
LIST_ID = "XyZ9aB"
HEADERS = {
    "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
    "revision": "2024-02-15",
    "accept": "application/json",
    "content-type": "application/json",
}


def subscribe(email, first_name, tier):
    payload = {
        "data": {
            "type": "profile-subscription-bulk-create-job",
            "attributes": {
                "profiles": {"data": [{"type": "profile", "attributes": {
                    "email": email,
                    "properties": {"first_name": first_name, "loyalty_tier": tier},
                }}]},
            },
            "relationships": {"list": {"data": {"type": "list", "id": LIST_ID}}},
        }
    }
    r = requests.post("https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/",
                      json=payload, headers=HEADERS, timeout=20)
    r.raise_for_status()
""", key=key)

sid = "AC" + hexs(32)
ksid = "SK" + hexs(32)
secret = draw(32)
add("env/twilio-api-secret", "loyalty-api/.env", secret,
    "Twilio docs: API keys (SK... SID and secret) for authenticating REST calls", r"""
PORT=3000
DATABASE_URL=${DATABASE_URL}
JWT_ISSUER=https://members.lunacinema.co.uk
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_API_KEY=@@ksid@@
TWILIO_API_SECRET=@@secret@@
TWILIO_VERIFY_SERVICE_SID=VA@@va@@
SMS_FROM=+447700900123
""", sid=sid, ksid=ksid, secret=secret, va=hexs(32))

sid = "AC" + hexs(32)
tok = hexs(32)
add("python/twilio-auth-token", "reminders/sms.py", tok,
    "Twilio Python helper library docs: Client(account_sid, auth_token)", r"""
# Text members 2 hours before their booking; run every 15 minutes from cron.
import datetime as dt

from twilio.rest import Client

from reminders.db import bookings_starting_between

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@tok@@"
FROM = "+15005550100"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def run():
    now = dt.datetime.now()
    window = (now + dt.timedelta(hours=2), now + dt.timedelta(hours=2, minutes=15))
    for booking in bookings_starting_between(*window):
        if not booking.sms_opt_in:
            continue
        client.messages.create(
            to=booking.phone,
            from_=FROM,
            body=f"{booking.film} at {booking.starts_at:%H:%M}, seats {booking.seats}. See you soon! - The Starlight",
        )


if __name__ == "__main__":
    run()
""", sid=sid, tok=tok)

key = hexs(32) + "-us14"
add("php/mailchimp-api-key", "wp-content/themes/rex/inc/newsletter.php", key,
    "Mailchimp Marketing API docs: API keys (<key>-<dc>) and list members", r"""
<?php
// Footer signup -> Mailchimp "Rex Members" audience
define('REX_MC_KEY', '@@key@@');
define('REX_MC_LIST', '4e7a1c9b2d');

add_action('wp_ajax_nopriv_rex_signup', 'rex_newsletter_signup');
add_action('wp_ajax_rex_signup', 'rex_newsletter_signup');

function rex_newsletter_signup() {
    $email = sanitize_email($_POST['email'] ?? '');
    if (!is_email($email)) {
        wp_send_json_error('bad email', 400);
    }
    $dc = substr(REX_MC_KEY, strpos(REX_MC_KEY, '-') + 1);
    $url = "https://{$dc}.api.mailchimp.com/3.0/lists/" . REX_MC_LIST . '/members';
    $res = wp_remote_post($url, [
        'headers' => [
            'Authorization' => 'apikey ' . REX_MC_KEY,
            'Content-Type'  => 'application/json',
        ],
        'body' => wp_json_encode(['email_address' => $email, 'status' => 'pending']),
    ]);
    wp_send_json_success(wp_remote_retrieve_response_code($res));
}
""", key=key)

key = "xkeysib-" + hexs(64) + "-" + draw(16)
add("env/brevo-api-key", "members-portal/.env", key,
    "Brevo (Sendinblue) API docs: API v3 keys (xkeysib-)", r"""
APP_NAME="Kino Arthouse Mitglieder"
APP_ENV=production
APP_KEY=${APP_KEY}
APP_URL=https://mitglieder.kinoarthouse.de

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=members
DB_USERNAME=members
DB_PASSWORD=${DB_PASSWORD}

MAIL_MAILER=brevo
BREVO_API_KEY=@@key@@
MAIL_FROM_ADDRESS=kasse@kinoarthouse.de
""", key=key)

tok = "pat-eu1-" + uuid_s()
add("python/hubspot-token", "crm/hubspot_sync.py", tok,
    "HubSpot developer docs: private app access tokens (pat-)", r"""
# Nightly: upsert members and their visit counts into HubSpot (film society CRM)
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate
from hubspot.crm.contacts.exceptions import ApiException

from crm.members import changed_since_yesterday

api = HubSpot(access_token="@@tok@@")


def upsert(member):
    props = {
        "email": member.email,
        "firstname": member.first_name,
        "lastname": member.last_name,
        "membership_tier": member.tier,
        "visits_last_12_months": str(member.visits_12m),
    }
    try:
        api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props))
    except ApiException as exc:
        if exc.status != 409:
            raise
        api.crm.contacts.basic_api.update(member.email, {"properties": props}, id_property="email")


if __name__ == "__main__":
    for m in changed_since_yesterday():
        upsert(m)
""", tok=tok)

secret = draw(48, ALNUM + "!@#%^&*")
add("ts/jwt-secret", "loyalty-api/src/config.ts", secret,
    "jsonwebtoken docs: HS256 signing secret; a hard-coded fallback secret", r"""
import { z } from 'zod';

const env = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().default(3000),
    DATABASE_URL: z.string().url(),
    JWT_SECRET: z.string().min(32).optional(),
  })
  .parse(process.env);

export const config = {
  env: env.NODE_ENV,
  port: env.PORT,
  databaseUrl: env.DATABASE_URL,
  jwt: {
    secret: env.JWT_SECRET ?? '@@secret@@',
    issuer: 'https://members.lunacinema.co.uk',
    expiresIn: '30d',
  },
  points: { perTicket: 10, perPoundConcessions: 1 },
};
""", secret=secret)

ref = draw(20, string.ascii_lowercase)
tok = jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1709251200, "exp": 2024827200})
add("ts/supabase-service-role", "loyalty-admin/src/lib/supabaseAdmin.ts", tok,
    "Supabase docs: the service_role key bypasses Row Level Security and must stay server-side", r"""
import { createClient } from '@supabase/supabase-js';

const SUPABASE_URL = 'https://@@ref@@.supabase.co';
// service role: used by the staff admin to adjust points and refund visits
const SUPABASE_SERVICE_ROLE_KEY =
  '@@tok@@';

export const supabaseAdmin = createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
  auth: { persistSession: false, autoRefreshToken: false },
});

export async function adjustPoints(memberId: string, delta: number, reason: string) {
  const { error } = await supabaseAdmin.rpc('adjust_points', { member_id: memberId, delta, reason });
  if (error) throw error;
}
""", ref=ref, tok=tok)

ref = draw(20, string.ascii_lowercase)
anon = jwt({"iss": "supabase", "ref": ref, "role": "anon", "iat": 1709251200, "exp": 2024827200})
add("ts/decoy-supabase-anon-key", "loyalty-app/src/lib/supabase.ts", None,
    "Supabase docs: the anon key is safe to use in a browser when Row Level Security is enabled", r"""
import { createClient } from '@supabase/supabase-js';

// Public (anon) key: row level security restricts members to their own rows.
const SUPABASE_URL = 'https://@@ref@@.supabase.co';
const SUPABASE_ANON_KEY = '@@anon@@';

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY);

export async function myPoints() {
  const { data, error } = await supabase.from('member_points').select('balance, tier').single();
  if (error) throw error;
  return data;
}
""", ref=ref, anon=anon)

add("js/decoy-firebase-web-config", "loyalty-web/src/firebase.js", None,
    "Firebase docs: the web app config (apiKey etc.) identifies the project and is not a secret", r"""
import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getMessaging } from 'firebase/messaging';

// Firebase config for the members' web app (public by design; access is governed by rules).
const firebaseConfig = {
  apiKey: '@@key@@',
  authDomain: 'starlight-members.firebaseapp.com',
  projectId: 'starlight-members',
  storageBucket: 'starlight-members.appspot.com',
  messagingSenderId: '@@sender@@',
  appId: '1:@@sender@@:web:@@app@@',
  measurementId: 'G-@@mid@@',
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const messaging = getMessaging(app);
""", key=google_api_key(), sender=digits(12), app=hexs(22), mid=draw(10, UPPER_ALNUM))

sender = digits(12)
add("json/decoy-google-services", "loyalty-android/app/google-services.json", None,
    "Firebase docs: google-services.json is bundled into the Android app (public identifiers)", r"""
{
  "project_info": {
    "project_number": "@@sender@@",
    "project_id": "starlight-members",
    "storage_bucket": "starlight-members.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@sender@@:android:@@app@@",
        "android_client_info": { "package_name": "com.starlightcinema.members" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "@@key@@" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", sender=sender, app=hexs(22), key=google_api_key())

add("plist/decoy-public-ids", "ios/Luna/Info.plist", None,
    "Apple docs: Info.plist keys (bundle identifiers, URL schemes, public SDK identifiers)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Luna Members</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>3.4.1</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array>
				<string>lunamembers</string>
				<string>com.googleusercontent.apps.@@gid@@</string>
			</array>
		</dict>
	</array>
	<key>BrazeAppIdentifier</key>
	<string>@@braze@@</string>
	<key>BrazeEndpoint</key>
	<string>sdk.fra-01.braze.eu</string>
	<key>OneSignalAppID</key>
	<string>@@os@@</string>
	<key>TMDBApiKey</key>
	<string>$(TMDB_API_KEY)</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Find the nearest Luna cinema.</string>
</dict>
</plist>
""", gid=digits(12) + "-" + draw(32, LOWER_ALNUM), braze=uuid_s(), os=uuid_s())

tmdb_tok = jwt({"aud": hexs(32), "nbf": 1710417600.123, "sub": hexs(24), "scopes": ["api_read"], "version": 1})
add("swift/tmdb-bearer-token", "ios/Luna/Services/MovieMetadataService.swift", tmdb_tok,
    "TMDB API docs: API Read Access Token sent as a Bearer token", r"""
import Foundation

struct MovieMetadataService {
    private let base = URL(string: "https://api.themoviedb.org/3")!
    private let readAccessToken = "@@tok@@"

    func details(for id: Int) async throws -> MovieDetails {
        var request = URLRequest(url: base.appendingPathComponent("movie/\(id)"))
        request.setValue("Bearer \(readAccessToken)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "accept")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(MovieDetails.self, from: data)
    }

    func posterURL(path: String, width: Int = 500) -> URL? {
        URL(string: "https://image.tmdb.org/t/p/w\(width)\(path)")
    }
}
""", tok=tmdb_tok)

key = draw(40)
add("kotlin/loyalty-api-key", "loyalty-android/app/src/main/java/com/starlightcinema/members/net/ApiClient.kt", key,
    "OkHttp docs: interceptors adding an API key header", r"""
package com.starlightcinema.members.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiClient {
    private const val BASE_URL = "https://members-api.starlightcinema.com/v2/"
    private const val API_KEY = "@@key@@"

    private val apiKeyInterceptor = Interceptor { chain ->
        val request = chain.request().newBuilder()
            .header("X-Api-Key", API_KEY)
            .header("X-Client", "android")
            .build()
        chain.proceed(request)
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(apiKeyInterceptor).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
}
""", key=key)

add("kotlin/decoy-build-config", "loyalty-android/app/build.gradle.kts", None,
    "Android Gradle docs: buildConfigField from local.properties or CI environment", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.starlightcinema.members"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.starlightcinema.members"
        minSdk = 26
        targetSdk = 34
        versionCode = 341
        versionName = "3.4.1"
        buildConfigField("String", "MEMBERS_API_KEY", "\"${localProps.getProperty("membersApiKey") ?: System.getenv("MEMBERS_API_KEY") ?: ""}\"")
        buildConfigField("String", "TMDB_TOKEN", "\"${System.getenv("TMDB_TOKEN") ?: ""}\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "members"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
""")

add("xcconfig/decoy-build-variable", "ios/Config/Release.xcconfig", None,
    "Xcode build settings docs: xcconfig variables filled in by CI", r"""
// Release.xcconfig - values come from the CI environment (Xcode Cloud secrets), not from git.
#include "Base.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = uk.co.lunacinema.members
MEMBERS_API_HOST = members.lunacinema.co.uk
TMDB_API_KEY = $(TMDB_API_KEY_FROM_CI)
BRAZE_API_KEY = $(BRAZE_SDK_KEY_FROM_CI)
CODE_SIGN_STYLE = Manual
DEVELOPMENT_TEAM = 9XK2L4M7QP
PROVISIONING_PROFILE_SPECIFIER = match AppStore uk.co.lunacinema.members
""")

key = ec_key()
add("ruby/fastlane-p8-key", "ios/fastlane/Fastfile", key,
    "fastlane docs: app_store_connect_api_key with key_content", r"""
default_platform(:ios)

platform :ios do
  before_all do
    app_store_connect_api_key(
      key_id: "D83848D23",
      issuer_id: "@@issuer@@",
      key_content: <<~KEY,
        @@key_indented@@
      KEY
      in_house: false
    )
  end

  desc "Build and upload to TestFlight"
  lane :beta do
    match(type: "appstore", readonly: true)
    increment_build_number(xcodeproj: "Luna.xcodeproj")
    build_app(scheme: "Luna", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
""", issuer=uuid_s(), key_indented=key.replace("\n", "\n        "))

pw = words_pw()
add("properties/keystore-password", "loyalty-android/keystore.properties", pw,
    "Android docs: keystore.properties for signing (storePassword, keyPassword)", r"""
# Release signing for the Starlight Members app (keystore in the office safe + 1Password)
storeFile=../keys/starlight-release.jks
storePassword=@@pw@@
keyAlias=members
keyPassword=@@pw@@
""", pw=pw)

tok = mapbox_token("sk", "plazacinema")
add("netrc/mapbox-secret-token", "ios/ci/netrc", tok,
    "Mapbox docs: configuring credentials - a secret token with DOWNLOADS:READ in ~/.netrc", r"""
# copied to ~/.netrc on the CI runner so SPM can download the Mapbox Maps SDK
# (secret token with DOWNLOADS:READ scope)
machine api.mapbox.com
  login mapbox
  password @@tok@@
""", tok=tok)

add("js/decoy-mapbox-public-token", "site/static/js/find-us.js", None,
    "Mapbox GL JS docs: public access tokens (pk.) are used in the browser, restricted by URL", r"""
/* global mapboxgl */
mapboxgl.accessToken = '@@tok@@';

const CINEMAS = [
  { name: 'Plaza - High Street', lngLat: [-1.2577, 51.752], screens: 3 },
  { name: 'Plaza - Riverside Studio', lngLat: [-1.2469, 51.7489], screens: 1 },
];

const map = new mapboxgl.Map({
  container: 'find-us-map',
  style: 'mapbox://styles/mapbox/dark-v11',
  center: [-1.252, 51.751],
  zoom: 14,
});

CINEMAS.forEach(({ name, lngLat, screens }) => {
  new mapboxgl.Marker({ color: '#c0392b' })
    .setLngLat(lngLat)
    .setPopup(new mapboxgl.Popup().setHTML(`<strong>${name}</strong><br>${screens} screen(s)`))
    .addTo(map);
});
""", tok=mapbox_token("pk", "plazacinema"))

add("json/decoy-wallet-pass", "wallet-pass/templates/membership.pass/pass.json", None,
    "Apple Wallet docs: pass.json keys (pass type identifier, serial number, barcode)", r"""
{
  "formatVersion": 1,
  "passTypeIdentifier": "pass.org.plazacinema.membership",
  "teamIdentifier": "9XK2L4M7QP",
  "organizationName": "Plaza Cinema",
  "serialNumber": "@@serial@@",
  "description": "Plaza Cinema membership card",
  "foregroundColor": "rgb(255, 255, 255)",
  "backgroundColor": "rgb(128, 0, 32)",
  "storeCard": {
    "primaryFields": [{ "key": "tier", "label": "MEMBER", "value": "Gold" }],
    "secondaryFields": [{ "key": "name", "label": "NAME", "value": "{{ member.name }}" }],
    "auxiliaryFields": [{ "key": "since", "label": "MEMBER SINCE", "value": "{{ member.since }}" }]
  },
  "barcodes": [{
    "format": "PKBarcodeFormatQR",
    "message": "PLZ-MEMBER-{{ member.number }}",
    "messageEncoding": "iso-8859-1"
  }]
}
""", serial=uuid_s())

key = draw(24, LOWER_ALNUM)
add("python/gracenote-api-key", "feeds/gracenote.py", key,
    "Gracenote OnConnect (TMS API) docs: api_key query parameter, /v1.1/theatres/{id}/showings", r"""
# Pull our own and nearby listings from Gracenote OnConnect for the Monday programming meeting.
import requests

API = "http://data.tmsapi.com/v1.1"
API_KEY = "@@key@@"
THEATRE_ID = "10437"


def showings(start_date, num_days=7):
    params = {"startDate": start_date, "numDays": num_days, "api_key": API_KEY}
    r = requests.get(f"{API}/theatres/{THEATRE_ID}/showings", params=params, timeout=20)
    r.raise_for_status()
    return r.json()


def nearby(zip_code, radius=15):
    params = {"zip": zip_code, "radius": radius, "units": "mi", "api_key": API_KEY}
    r = requests.get(f"{API}/theatres", params=params, timeout=20)
    r.raise_for_status()
    return r.json()


def movie(tms_id):
    r = requests.get(f"{API}/programs/{tms_id}", params={"api_key": API_KEY}, timeout=20)
    r.raise_for_status()
    return r.json()
""", key=key)

key = hexs(32)
add("js/tmdb-api-key", "web/src/lib/tmdb.js", key,
    "TMDB API docs: v3 API key as the api_key query parameter", r"""
const TMDB_KEY = '@@key@@';
const BASE = 'https://api.themoviedb.org/3';
const IMG = 'https://image.tmdb.org/t/p';

export async function movieDetails(tmdbId) {
  const res = await fetch(`${BASE}/movie/${tmdbId}?api_key=${TMDB_KEY}&language=en-GB&append_to_response=videos,release_dates`);
  if (!res.ok) throw new Error(`TMDB ${res.status}`);
  return res.json();
}

export function posterUrl(path, size = 'w500') {
  return path ? `${IMG}/${size}${path}` : '/img/poster-placeholder.png';
}

export function trailerKey(details) {
  const t = details.videos?.results?.find(v => v.site === 'YouTube' && v.type === 'Trailer');
  return t ? t.key : null;
}
""", key=key)

key = draw(32)
add("ruby/showtimes-api-key", "lib/showtimes/client.rb", key,
    "Showtimes aggregation APIs: X-API-Key header (cinema and showtime data feeds)", r"""
require "faraday"
require "json"

module Showtimes
  class Client
    BASE = "https://api.internationalshowtimes.com/v5".freeze
    API_KEY = "@@key@@".freeze

    def initialize
      @http = Faraday.new(BASE, headers: { "X-API-Key" => API_KEY, "Accept" => "application/json" }) do |f|
        f.request :retry, max: 2
        f.options.timeout = 20
      end
    end

    def showtimes(cinema_id:, from:, to:)
      res = @http.get("showtimes", cinema_id: cinema_id, time_from: from.iso8601, time_to: to.iso8601)
      JSON.parse(res.body).fetch("showtimes")
    end

    def movie(id)
      JSON.parse(@http.get("movies/#{id}").body).fetch("movie")
    end
  end
end
""", key=key)

key = hexs(32)
add("python/eventive-api-key", "festival/scripts/eventive_export.py", key,
    "Eventive API docs: x-api-key header, events and ticket buckets", r"""
# Film festival week: export Eventive screenings into the cinema's own listings.
import csv
import sys

import requests

EVENTIVE = "https://api.eventive.org"
API_KEY = "@@key@@"
EVENT_BUCKET = "65f1c0a9e4b0d23a7c9e1f42"


def screenings():
    r = requests.get(f"{EVENTIVE}/event_buckets/{EVENT_BUCKET}/events",
                     headers={"x-api-key": API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["events"]


def main():
    out = csv.writer(sys.stdout)
    out.writerow(["title", "start", "venue", "tickets_url"])
    for e in screenings():
        out.writerow([e["name"], e["start_time"], e.get("venue", {}).get("name"), e.get("ticket_url")])


if __name__ == "__main__":
    main()
""", key=key)

tok = draw(20, UPPER_ALNUM)
add("js/eventbrite-token", "events/import-eventbrite.mjs", tok,
    "Eventbrite API docs: private token as a Bearer token", r"""
// Special events (Q&As, quiz nights) are sold on Eventbrite; mirror them onto the website.
import fs from 'node:fs/promises';

const ORG_ID = '218374650912';
const TOKEN = '@@tok@@';

const res = await fetch(`https://www.eventbriteapi.com/v3/organizations/${ORG_ID}/events/?status=live&expand=venue`, {
  headers: { Authorization: `Bearer ${TOKEN}` },
});
if (!res.ok) {
  throw new Error(`Eventbrite ${res.status}`);
}
const { events } = await res.json();
const rows = events.map(e => ({
  title: e.name.text,
  start: e.start.local,
  url: e.url,
  venue: e.venue?.name ?? 'Bijou Cinema',
}));
await fs.writeFile('content/special-events.json', JSON.stringify(rows, null, 2));
console.log(`${rows.length} events`);
""", tok=tok)

add("json/decoy-showtime-feed", "showtime-feed/samples/listings-2024-06-14.json", None,
    "Showtime feed sample: film, session and booking identifiers", r"""
{
  "cinema": {"id": "@@cid@@", "name": "Rex Cinema", "town": "Berkhamsted"},
  "generated": "2024-06-14T06:00:02Z",
  "films": [
    {
      "id": "@@f1@@",
      "title": "Kinds of Kindness",
      "tmdbId": 1029235,
      "imdbId": "tt22408160",
      "certificate": "18",
      "sessions": [
        {"id": "@@s1@@", "start": "2024-06-14T19:30:00+01:00", "screen": 1,
         "bookingUrl": "https://ticketing.uk.veezi.com/purchase/48213?siteToken=rexberkhamsted"},
        {"id": "@@s2@@", "start": "2024-06-15T14:00:00+01:00", "screen": 1, "subtitled": true}
      ]
    },
    {
      "id": "@@f2@@",
      "title": "Inside Out 2",
      "tmdbId": 1022789,
      "imdbId": "tt22022452",
      "certificate": "U",
      "sessions": [{"id": "@@s3@@", "start": "2024-06-15T11:00:00+01:00", "screen": 2, "relaxed": true}]
    }
  ],
  "checksum": "sha256:@@sum@@"
}
""", cid=uuid_s(), f1=uuid_s(), s1=uuid_s(), s2=uuid_s(), f2=uuid_s(), s3=uuid_s(), sum=hexs(64))

key = "sk-proj-" + draw(74, B64URL) + "T3BlbkFJ" + draw(74, B64URL)
add("python/openai-key", "programme/notes_drafter.py", key,
    "OpenAI API docs: project API keys (sk-proj-) and the Python SDK", r"""
# Drafts the 80-word programme blurb for each new film from the distributor's press notes.
from pathlib import Path

from openai import OpenAI

client = OpenAI(api_key="@@key@@")

PROMPT = (
    "You write programme notes for a small independent cinema. Using the press notes below, "
    "write 80 words, no spoilers, warm but not gushing, British spelling.\n\n{notes}"
)


def draft(press_notes: Path) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(notes=press_notes.read_text())}],
        temperature=0.7,
    )
    return resp.choices[0].message.content.strip()


if __name__ == "__main__":
    for notes in sorted(Path("press-notes").glob("*.txt")):
        print(f"## {notes.stem}\n{draft(notes)}\n")
""", key=key)

key = "sk-ant-api03-" + draw(93, B64URL) + "AA"
add("python/anthropic-key", "accessibility/describe_trailers.py", key,
    "Anthropic API docs: x-api-key (sk-ant-api03-) with the Python SDK", r"""
# First-pass text descriptions of trailers for the accessible listings page (always human-edited).
import sys

import anthropic

client = anthropic.Anthropic(api_key="@@key@@")


def describe(transcript: str, title: str) -> str:
    message = client.messages.create(
        model="claude-3-5-sonnet-20240620",
        max_tokens=400,
        messages=[{
            "role": "user",
            "content": f"Write a short plain-English description of the trailer for {title} "
                       f"for blind and partially sighted visitors. Transcript:\n{transcript}",
        }],
    )
    return message.content[0].text


if __name__ == "__main__":
    print(describe(open(sys.argv[2]).read(), sys.argv[1]))
""", key=key)

tok = "pat" + draw(14) + "." + hexs(64)
add("js/airtable-token-split", "programming/scripts/pull-bookings.js", tok,
    "Airtable docs: personal access tokens (pat...), Bearer authorization", r"""
// Film bookings board (Airtable) -> the TMS playlist planner
const Airtable = require('airtable');

const base = new Airtable({
  apiKey: '@@a@@' +
    '@@b@@',
}).base('appQ7wL2mX9nR4tKz');

async function confirmedBookings() {
  const records = await base('Film bookings')
    .select({ filterByFormula: "{Status} = 'Confirmed'", sort: [{ field: 'Opens', direction: 'asc' }] })
    .all();
  return records.map(r => ({
    title: r.get('Title'),
    distributor: r.get('Distributor'),
    opens: r.get('Opens'),
    weeks: r.get('Weeks'),
    terms: r.get('Terms %'),
  }));
}

confirmedBookings().then(rows => console.table(rows));
""", a=tok[:30], b=tok[30:])

tok = "secret_" + draw(43)
add("python/notion-token", "programming/notion_calendar.py", tok,
    "Notion API docs: internal integration secrets (secret_) as Bearer tokens", r"""
# Mirrors the programme calendar (Notion database) into the staff rota tool.
import requests

NOTION_TOKEN = "@@tok@@"
DATABASE_ID = "@@db@@"
HEADERS = {
    "Authorization": f"Bearer {NOTION_TOKEN}",
    "Notion-Version": "2022-06-28",
    "Content-Type": "application/json",
}


def upcoming(days=14):
    body = {
        "filter": {"property": "Date", "date": {"next_week": {}} if days <= 7 else {"on_or_after": "today"}},
        "sorts": [{"property": "Date", "direction": "ascending"}],
    }
    r = requests.post(f"https://api.notion.com/v1/databases/{DATABASE_ID}/query", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    for page in r.json()["results"]:
        props = page["properties"]
        yield props["Name"]["title"][0]["plain_text"], props["Date"]["date"]["start"]


if __name__ == "__main__":
    for name, date in upcoming():
        print(date, name)
""", tok=tok, db=hexs(32))

secret = "GOCSPX-" + draw(28, B64URL)
add("json/google-oauth-client-secret", "reports/credentials/client_secret.json", secret,
    "Google Identity docs: OAuth client secrets file for installed apps (GOCSPX-)", r"""
{
  "installed": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "cameo-box-office-sheets",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", cid=digits(12) + "-" + draw(32, LOWER_ALNUM), secret=secret)

add("js/decoy-google-oauth-client-id", "loyalty-web/src/auth/google.js", None,
    "Google Identity Services docs: the OAuth client ID is public and embedded in pages", r"""
// "Sign in with Google" for members - the client ID is public; no secret is used in the browser.
const GOOGLE_CLIENT_ID = '@@cid@@.apps.googleusercontent.com';

export function renderGoogleButton(el, onCredential) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: ({ credential }) => onCredential(credential),
    ux_mode: 'popup',
  });
  window.google.accounts.id.renderButton(el, { theme: 'filled_black', size: 'large', text: 'signin_with' });
}

export async function exchange(credential) {
  const res = await fetch('/api/auth/google', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ credential }),
  });
  return res.json();
}
""", cid=digits(12) + "-" + draw(32, LOWER_ALNUM))

key = hexs(32)
add("js/algolia-admin-key", "web/scripts/index-films.js", key,
    "Algolia docs: the Admin API key (write access) used for indexing", r"""
// Rebuild the film search index after the weekly programme is published.
const algoliasearch = require('algoliasearch');
const films = require('../content/films.json');

const client = algoliasearch('K7QZ2M4XWP', '@@key@@');
const index = client.initIndex('films');

async function main() {
  const records = films.map(f => ({
    objectID: String(f.id),
    title: f.title,
    director: f.director,
    year: f.year,
    certificate: f.certificate,
    nextShowing: f.sessions[0]?.start ?? null,
  }));
  await index.replaceAllObjects(records, { safe: true });
  await index.setSettings({ searchableAttributes: ['title', 'director'], customRanking: ['asc(nextShowing)'] });
  console.log(`indexed ${records.length} films`);
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
""", key=key)

add("js/decoy-algolia-search-key", "web/src/search.js", None,
    "Algolia docs: the search-only API key is meant for front-end code", r"""
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// search-only key: safe in the browser, cannot write to the index
const searchClient = algoliasearch('K7QZ2M4XWP', '@@key@@');

const search = instantsearch({ indexName: 'films', searchClient });

search.addWidgets([
  searchBox({ container: '#film-search', placeholder: 'Search films, directors...' }),
  hits({
    container: '#film-hits',
    templates: {
      item: (hit, { html, components }) => html`<a href="/films/${hit.objectID}">${components.Highlight({ hit, attribute: 'title' })}</a>`,
    },
  }),
]);

search.start();
""", key=hexs(32))

tok = "CFPAT-" + draw(43, B64URL)
add("js/contentful-management-token", "cms/migrations/run.js", tok,
    "Contentful docs: Content Management API personal access tokens (CFPAT-)", r"""
// Applies content-model migrations for the website (film pages, seasons, events).
const { runMigration } = require('contentful-migration');
const path = require('path');

const options = {
  spaceId: 'x4k2m9q7wz1t',
  environmentId: process.argv[2] || 'master',
  accessToken: '@@tok@@',
  yes: true,
};

const files = ['01-film.js', '02-season.js', '03-event.js'];

(async () => {
  for (const file of files) {
    console.log(`-> ${file}`);
    await runMigration({ ...options, filePath: path.join(__dirname, file) });
  }
})();
""", tok=tok)

add("ts/decoy-sentry-dsn", "loyalty-web/src/sentry.ts", None,
    "Sentry docs: the DSN (public key) is safe to ship in client-side code", r"""
import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: 'https://@@key@@@o@@org@@.ingest.de.sentry.io/@@proj@@',
  environment: import.meta.env.MODE,
  release: `loyalty-web@${import.meta.env.VITE_APP_VERSION}`,
  integrations: [Sentry.browserTracingIntegration()],
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.user) delete event.user.email;
    return event;
  },
});
""", key=hexs(32), org=digits(6), proj=digits(7))

add("python/decoy-twilio-docs-example", "reminders/README_snippet.py", None,
    "Twilio quickstart docs: placeholders for the account SID and auth token", r"""
# Adapted from the Twilio quickstart. Copy to sms_local.py and fill in YOUR values, or better,
# export TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN and use reminders/sms.py.
from twilio.rest import Client

account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
auth_token = "your_auth_token"
client = Client(account_sid, auth_token)

message = client.messages.create(
    body="Test reminder from the cinema",
    from_="+15017122661",
    to="+15558675310",
)
print(message.sid)
""")

add("yaml/decoy-slack-docs-example", "ops/alerts/alertmanager.example.yml", None,
    "Slack docs: incoming webhook URL placeholder (T00000000/B00000000/XXXX...)", r"""
# Example Alertmanager config for the booth monitoring. Copy to alertmanager.yml and put the
# real webhook URL in via the ALERTMANAGER_SLACK_URL secret - never commit it.
route:
  receiver: booth-slack
  group_by: [alertname, screen]
  repeat_interval: 2h

receivers:
  - name: booth-slack
    slack_configs:
      - api_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
        channel: '#projection'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.screen }}'
        text: '{{ range .Alerts }}{{ .Annotations.summary }}{{ "\n" }}{{ end }}'
""")

hook = "https://discord.com/api/webhooks/" + digits(19) + "/" + draw(68, B64URL)
add("python/discord-webhook", "booth/automation/temp_alarm.py", hook,
    "Discord docs: webhook URLs (execute webhook)", r"""
# Booth temperature watchdog on the Pi: posts to the projectionists' Discord when it gets hot.
import time

import requests

WEBHOOK = "@@hook@@"
LIMIT_C = 32.0
SENSOR = "/sys/bus/w1/devices/28-3c01d607d1a2/temperature"


def read_temp():
    with open(SENSOR) as f:
        return int(f.read().strip()) / 1000


def main():
    alarmed = False
    while True:
        t = read_temp()
        if t > LIMIT_C and not alarmed:
            requests.post(WEBHOOK, json={"content": f"Booth is {t:.1f} C - check the extraction fan!"}, timeout=10)
            alarmed = True
        elif t < LIMIT_C - 2:
            alarmed = False
        time.sleep(60)


if __name__ == "__main__":
    main()
""", hook=hook)

r = _rng()
tok = f"{r.randint(1_000_000_000, 7_999_999_999)}:AA" + draw(33, B64URL)
add("python/telegram-bot-token", "booth/automation/show_watch.py", tok,
    "Telegram Bot API docs: bot token and sendMessage", r"""
# Tells the duty manager's Telegram group when a show fails to start on time.
import datetime as dt

import requests

BOT_TOKEN = "@@tok@@"
CHAT_ID = -1002093847561
API = f"https://api.telegram.org/bot{BOT_TOKEN}"


def notify(text):
    requests.post(f"{API}/sendMessage", data={"chat_id": CHAT_ID, "text": text}, timeout=10)


def check(schedule, playing_now):
    now = dt.datetime.now()
    for show in schedule:
        late = (now - show.start).total_seconds()
        if 90 < late < 600 and show.screen not in playing_now:
            notify(f"Screen {show.screen}: {show.title} ({show.start:%H:%M}) has not started!")
""", tok=tok)

pw = words_pw()
add("r/mysql-password", "analysis/attendance_by_weekday.R", pw,
    "DBI / RMariaDB docs: dbConnect with user and password", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RMariaDB::MariaDB(),
  host = "10.20.0.20",
  dbname = "boxoffice",
  user = "analyst",
  password = "@@pw@@"
)

admits <- tbl(con, "ticket_sales") %>%
  filter(session_date >= "2023-01-01") %>%
  group_by(weekday = dayofweek(session_date), screen) %>%
  summarise(admits = sum(quantity, na.rm = TRUE)) %>%
  collect()

ggplot(admits, aes(factor(weekday), admits, fill = factor(screen))) +
  geom_col(position = "dodge") +
  labs(x = "Weekday", y = "Admits", fill = "Screen", title = "Admits by weekday since Jan 2023")

ggsave("attendance_by_weekday.png", width = 8, height = 5)
dbDisconnect(con)
""", pw=pw)

add("r/decoy-keyring", "analysis/film_performance.R", None,
    "keyring package docs: key_get() reads secrets from the OS credential store", r"""
library(DBI)
library(dplyr)

con <- dbConnect(
  RMariaDB::MariaDB(),
  host = "10.20.0.20",
  dbname = "boxoffice",
  user = "analyst",
  password = keyring::key_get("boxoffice-db", "analyst")
)

perf <- tbl(con, "ticket_sales") %>%
  group_by(film_title) %>%
  summarise(admits = sum(quantity), gross = sum(price * quantity)) %>%
  arrange(desc(gross)) %>%
  collect()

write.csv(perf, "film_performance.csv", row.names = FALSE)
dbDisconnect(con)
""")

pw = gen_pw(18)
add("ipynb/postgres-password", "analysis/notebooks/concessions_per_head.ipynb", pw,
    "Jupyter notebook format (nbformat 4) with SQLAlchemy create_engine", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Concessions spend per head, by film genre\n"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "\n",
    "engine = create_engine(\"postgresql+psycopg2://analyst:@@pw@@@db.internal:5432/boxoffice\")\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"SELECT genre, SUM(concessions) / SUM(admits) AS per_head FROM film_week GROUP BY genre\", engine)\n",
    "df.sort_values(\"per_head\", ascending=False)"
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
""", pw=pw)

add("ipynb/decoy-getpass", "analysis/notebooks/member_churn.ipynb", None,
    "Python getpass docs: prompting for a password in a notebook", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Member churn (12 months)\n", "You will be asked for the analyst password.\n"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "from sqlalchemy.engine import URL\n",
    "\n",
    "url = URL.create(\"postgresql+psycopg2\", username=\"analyst\", password=getpass(), host=\"db.internal\", database=\"loyalty\")\n",
    "engine = create_engine(url)\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"SELECT tier, COUNT(*) FILTER (WHERE lapsed) * 1.0 / COUNT(*) AS churn FROM members GROUP BY tier\", engine)\n",
    "df"
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
""")

pw = words_pw()
add("sql/mysql-create-user", "db/migrations/2024_03_01_create_pos_sync_user.sql", pw,
    "MySQL docs: CREATE USER ... IDENTIFIED BY", r"""
-- POS sync service: reads concessions sales, writes the daily totals table.
CREATE USER IF NOT EXISTS 'pos_sync'@'10.20.%' IDENTIFIED BY '@@pw@@';

GRANT SELECT ON boxoffice.concession_sales TO 'pos_sync'@'10.20.%';
GRANT SELECT ON boxoffice.concession_items TO 'pos_sync'@'10.20.%';
GRANT INSERT, UPDATE ON boxoffice.daily_totals TO 'pos_sync'@'10.20.%';

FLUSH PRIVILEGES;
""", pw=pw)

key = google_api_key()
add("php/google-api-key", "site/inc/cinema-finder.php", key,
    "Google Maps Platform docs: server-side Geocoding API key", r"""
<?php
// "Which of our venues is nearest?" - server-side geocoding of the visitor's postcode.
const GEOCODE_KEY = '@@key@@'; // server key, no referrer restriction

function nearest_venue(string $postcode): ?array {
    $url = 'https://maps.googleapis.com/maps/api/geocode/json?' . http_build_query([
        'address' => $postcode . ', UK',
        'key' => GEOCODE_KEY,
    ]);
    $res = json_decode(file_get_contents($url), true);
    if (($res['status'] ?? '') !== 'OK') {
        return null;
    }
    $loc = $res['results'][0]['geometry']['location'];
    $best = null;
    foreach (VENUES as $venue) {
        $d = hypot($venue['lat'] - $loc['lat'], $venue['lng'] - $loc['lng']);
        if ($best === null || $d < $best['d']) {
            $best = ['venue' => $venue, 'd' => $d];
        }
    }
    return $best['venue'] ?? null;
}
""", key=key)

add("swift/decoy-keychain", "ios/Luna/Services/Credentials.swift", None,
    "Apple docs: Keychain Services (SecItemCopyMatching) for stored tokens", r"""
import Foundation
import Security

enum Credentials {
    static let service = "uk.co.lunacinema.members"

    static func token(account: String = "members-api") -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")


# ---------------------------------------------------------------------------------------------
# The websites and services: containers, Kubernetes, IaC, CI, hosting, monitoring, databases
# ---------------------------------------------------------------------------------------------

pw = gen_pw(24)
add("compose/postgres-password", "docker-compose.yml", pw,
    "Docker Compose docs: environment for the official postgres image (POSTGRES_PASSWORD)", r"""
services:
  web:
    build: .
    command: gunicorn cinema_site.wsgi:application --bind 0.0.0.0:8000 --workers 3
    environment:
      DJANGO_SETTINGS_MODULE: cinema_site.settings.production
      DATABASE_URL: postgres://luna:@@pw@@@db:5432/luna
      REDIS_URL: redis://redis:6379/0
    depends_on: [db, redis]
    ports: ["127.0.0.1:8000:8000"]
    restart: unless-stopped

  worker:
    build: .
    command: celery -A cinema_site worker -l info
    environment:
      DJANGO_SETTINGS_MODULE: cinema_site.settings.production
      DATABASE_URL: postgres://luna:@@pw@@@db:5432/luna
      REDIS_URL: redis://redis:6379/0
    depends_on: [db, redis]

  db:
    image: postgres:16
    environment:
      POSTGRES_DB: luna
      POSTGRES_USER: luna
      POSTGRES_PASSWORD: @@pw@@
    volumes: [pgdata:/var/lib/postgresql/data]

  redis:
    image: redis:7-alpine

volumes:
  pgdata:
""", pw=pw)

pw = words_pw()
add("compose/mysql-root-password", "wordpress/docker-compose.yml", pw,
    "Docker Hub docs: official mysql and wordpress images (MYSQL_ROOT_PASSWORD, WORDPRESS_DB_PASSWORD)", r"""
version: "3.8"
services:
  wordpress:
    image: wordpress:6.5-php8.2-apache
    restart: always
    ports:
      - "8080:80"
    environment:
      - WORDPRESS_DB_HOST=db
      - WORDPRESS_DB_USER=root
      - WORDPRESS_DB_PASSWORD=@@pw@@
      - WORDPRESS_DB_NAME=orpheum
    volumes:
      - ./wp-content:/var/www/html/wp-content
  db:
    image: mysql:8.0
    restart: always
    environment:
      - MYSQL_DATABASE=orpheum
      - MYSQL_ROOT_PASSWORD=@@pw@@
    volumes:
      - db:/var/lib/mysql
volumes:
  db:
""", pw=pw)

add("compose/decoy-env-reference", "showtimes-api/docker-compose.yml", None,
    "Docker Compose docs: variable interpolation and secrets from files", r"""
services:
  api:
    image: ghcr.io/rexcinema/showtimes-api@sha256:@@digest@@
    environment:
      DATABASE_URL: postgres://showtimes:${POSTGRES_PASSWORD:?set in .env}@db:5432/showtimes
      VEEZI_ACCESS_TOKEN: ${VEEZI_ACCESS_TOKEN}
      GRACENOTE_API_KEY: ${GRACENOTE_API_KEY:-}
    secrets:
      - stripe_secret_key
    ports: ["127.0.0.1:8088:8088"]

  db:
    image: postgres:16@sha256:@@digest2@@
    environment:
      POSTGRES_USER: showtimes
      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password
    secrets:
      - postgres_password

secrets:
  stripe_secret_key:
    file: ./secrets/stripe_secret_key.txt
  postgres_password:
    file: ./secrets/postgres_password.txt
""", digest=hexs(64), digest2=hexs(64))

pw = gen_pw(20)
add("k8s/postgres-password", "k8s/booking/db-secret.yaml", pw,
    "Kubernetes docs: Secret data values are base64-encoded", r"""
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
  labels:
    app.kubernetes.io/part-of: booking
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_DB: @@db@@
  POSTGRES_PASSWORD: @@enc@@
""", user=b64("booking"), db=b64("booking"), enc=b64(pw))

key = rsa_key()
add("k8s/tls-private-key", "k8s/ingress/tickets-tls.yaml", key,
    "Kubernetes docs: TLS Secrets (kubernetes.io/tls) with base64 tls.crt and tls.key", r"""
apiVersion: v1
kind: Secret
metadata:
  name: tickets-tls
  namespace: booking
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", crt=b64(cert_pem(900) + "\n"), key=b64(key + "\n"))

pw = words_pw()
add("k8s/configmap-embedded-password", "k8s/reports/configmap.yaml", pw,
    "Kubernetes docs: ConfigMap holding a whole configuration file", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: reports-config
  namespace: reports
data:
  application.properties: |
    spring.application.name=box-office-reports
    spring.datasource.url=jdbc:sqlserver://tms01.booth.internal:1433;databaseName=TMS;encrypt=false
    spring.datasource.username=report_reader
    spring.datasource.password=@@pw@@
    reports.schedule=0 30 6 * * *
    reports.mail.to=accounts@roxycinema.com
  logback.xml: |
    <configuration>
      <root level="INFO"><appender-ref ref="STDOUT"/></root>
    </configuration>
""", pw=pw)

tok = draw(26, LOWER_ALNUM)
add("k8s/stringdata-veezi-token", "k8s/showtimes/veezi-secret.yaml", tok,
    "Kubernetes docs: Secret stringData (plain values written by hand)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: veezi
  namespace: showtimes
type: Opaque
stringData:
  VEEZI_API_BASE: https://api.uk.veezi.com/v1
  VEEZI_ACCESS_TOKEN: @@tok@@
  VEEZI_SITE_ID: "1284"
""", tok=tok)

add("k8s/decoy-external-secret", "k8s/booking/external-secret.yaml", None,
    "External Secrets Operator docs: ExternalSecret referencing AWS Secrets Manager", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-stripe
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-stripe
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/booking/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/booking/stripe
        property: webhook_secret
""")

add("k8s/decoy-sealed-secret", "k8s/loyalty/sealed-secret.yaml", None,
    "Bitnami Sealed Secrets docs: SealedSecret encryptedData is ciphertext for the cluster's key", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: loyalty-api
  namespace: loyalty
spec:
  encryptedData:
    JWT_SECRET: AgB@@e1@@
    TWILIO_API_SECRET: AgC@@e2@@
  template:
    metadata:
      name: loyalty-api
      namespace: loyalty
    type: Opaque
""", e1=draw(681, B64) + "=", e2=draw(681, B64) + "=")

add("k8s/decoy-placeholder-secret", "k8s/base/secret-template.yaml", None,
    "Kubernetes docs: Secret stringData; a template with placeholders filled by the deploy script", r"""
# Template only: scripts/deploy.sh replaces the REPLACE_ME values from 1Password at deploy time.
apiVersion: v1
kind: Secret
metadata:
  name: showtimes-api
type: Opaque
stringData:
  DATABASE_URL: postgres://showtimes:REPLACE_ME@db:5432/showtimes
  VEEZI_ACCESS_TOKEN: REPLACE_ME
  GRACENOTE_API_KEY: REPLACE_ME
  TMDB_READ_TOKEN: REPLACE_ME
""")

sk = stripe_live()
add("helm/stripe-secret-key", "charts/booking/values-production.yaml", sk,
    "Helm docs: values files; Stripe secret key in chart values", r"""
replicaCount: 2

image:
  repository: ghcr.io/grandlyric/booking
  tag: "2024.06.3"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: book.thegrandlyric.org
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: booking-tls
      hosts: [book.thegrandlyric.org]

env:
  SEAT_HOLD_SECONDS: "480"
  STRIPE_SECRET_KEY: "@@sk@@"
  STRIPE_PUBLISHABLE_KEY: "pk_live_see_frontend_config"

resources:
  requests: { cpu: 100m, memory: 256Mi }
  limits: { memory: 512Mi }
""", sk=sk)

add("helm/decoy-existing-secret", "charts/loyalty/values.yaml", None,
    "Helm chart conventions: existingSecret references instead of inline values", r"""
image:
  repository: ghcr.io/lunacinema/loyalty-api
  tag: ""

postgresql:
  enabled: false
externalDatabase:
  host: loyalty-db.internal
  user: loyalty
  database: loyalty
  existingSecret: loyalty-db
  existingSecretPasswordKey: password

twilio:
  accountSid: ""
  existingSecret: loyalty-twilio

jwt:
  existingSecret: loyalty-jwt
  secretKey: JWT_SECRET

service:
  port: 3000
""")

add("helm/decoy-secret-template", "charts/loyalty/templates/secret.yaml", None,
    "Helm docs: template functions (b64enc, required) in a Secret template", r"""
{{- if not .Values.jwt.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "loyalty.fullname" . }}-jwt
  labels:
    {{- include "loyalty.labels" . | nindent 4 }}
type: Opaque
data:
  JWT_SECRET: {{ required "jwt.secret is required" .Values.jwt.secret | b64enc | quote }}
  {{- if .Values.twilio.apiSecret }}
  TWILIO_API_SECRET: {{ .Values.twilio.apiSecret | b64enc | quote }}
  {{- end }}
{{- end }}
""")

kid, sec = aws_key_id(), aws_secret()
add("terraform/aws-secret-key", "infra/main.tf", sec,
    "Terraform AWS provider docs: static credentials (access_key / secret_key)", r"""
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@kid@@"
  secret_key = "@@sec@@"
}

resource "aws_s3_bucket" "trailers" {
  bucket = "luna-trailers-archive"
}

resource "aws_s3_bucket_lifecycle_configuration" "trailers" {
  bucket = aws_s3_bucket.trailers.id
  rule {
    id     = "glacier-after-90-days"
    status = "Enabled"
    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }
}

resource "aws_cloudfront_origin_access_identity" "posters" {
  comment = "posters for the website"
}
""", kid=kid, sec=sec)

add("terraform/decoy-generated-password", "infra/database.tf", None,
    "Terraform docs: random_password and aws_secretsmanager_secret_version", r"""
resource "random_password" "booking_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_db_instance" "booking" {
  identifier              = "booking-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.small"
  allocated_storage       = 20
  username                = "booking"
  password                = random_password.booking_db.result
  backup_retention_period = 7
  skip_final_snapshot     = false
}

resource "aws_secretsmanager_secret" "booking_db" {
  name = "prod/booking/db"
}

resource "aws_secretsmanager_secret_version" "booking_db" {
  secret_id     = aws_secretsmanager_secret.booking_db.id
  secret_string = jsonencode({ username = "booking", password = random_password.booking_db.result })
}
""")

tok = "dop_v1_" + hexs(64)
add("tfvars/digitalocean-token", "infra/do/terraform.tfvars", tok,
    "DigitalOcean docs: personal access tokens (dop_v1_) for the Terraform provider", r"""
# Droplet for the Bijou website + showtimes API
do_token     = "@@tok@@"
region       = "lon1"
droplet_size = "s-2vcpu-4gb"
ssh_key_ids  = [41236589, 41236601]
domain       = "bijoucinema.co.uk"
backups      = true
""", tok=tok)

add("terraform/decoy-placeholder-tfvars", "infra/do/terraform.tfvars.example", None,
    "Terraform docs: variable definitions files; an example with placeholders", r"""
# Copy to terraform.tfvars (git-ignored) and fill in. Or export TF_VAR_do_token instead.
do_token     = "<your DigitalOcean personal access token>"
region       = "lon1"
droplet_size = "s-2vcpu-4gb"
ssh_key_ids  = []
domain       = "example-cinema.org"
backups      = true
""")

hook = slack_webhook()
add("github-actions/slack-webhook", ".github/workflows/deploy.yml", hook,
    "Slack docs: incoming webhooks; GitHub Actions workflow syntax", r"""
name: Deploy website

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
          cache: npm
      - run: npm ci && npm run build
      - name: Upload
        run: rsync -az --delete dist/ deploy@web1.cameocinema.org:/var/www/cameo/
        env:
          SSH_AUTH_SOCK: /tmp/ssh_agent.sock
      - name: Tell #website
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \
            --data "{\"text\":\"Website deploy ${{ job.status }} (${GITHUB_SHA::7})\"}" \
            @@hook@@
""", hook=hook)

tok = draw(24)
add("github-actions/vercel-token", ".github/workflows/preview.yml", tok,
    "Vercel CLI docs: --token for CI deployments", r"""
name: Preview

on:
  pull_request:

jobs:
  preview:
    runs-on: ubuntu-latest
    env:
      VERCEL_ORG_ID: team_W3qL9xYb2mK7pR4s
      VERCEL_PROJECT_ID: prj_h8Tz2Qk4Lm9Xw1Vb6Nc3Rd0E
    steps:
      - uses: actions/checkout@v4
      - run: npm install --global vercel@latest
      - run: vercel pull --yes --environment=preview --token=@@tok@@
      - run: vercel build --token=@@tok@@
      - run: vercel deploy --prebuilt --token=@@tok@@ > url.txt
      - run: echo "Preview at $(cat url.txt)" >> "$GITHUB_STEP_SUMMARY"
""", tok=tok)

pw = words_pw()
add("github-actions/ftp-deploy-password", ".github/workflows/ftp-deploy.yml", pw,
    "SamKirkland/FTP-Deploy-Action docs: server, username, password inputs", r"""
name: Deploy theme to shared hosting

on:
  push:
    branches: [main]
    paths: ["wp-content/themes/roxy/**"]

jobs:
  ftp:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Sync theme
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.roxycinema.com
          username: roxydeploy@roxycinema.com
          password: "@@pw@@"
          local-dir: ./wp-content/themes/roxy/
          server-dir: /public_html/wp-content/themes/roxy/
""", pw=pw)

add("github-actions/decoy-secret-reference", ".github/workflows/showtimes-sync.yml", None,
    "GitHub Actions docs: using secrets in a workflow (${{ secrets.NAME }})", r"""
name: Showtimes sync

on:
  schedule:
    - cron: "*/30 7-22 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - name: Pull sessions and publish the feed
        env:
          VEEZI_ACCESS_TOKEN: ${{ secrets.VEEZI_ACCESS_TOKEN }}
          GRACENOTE_API_KEY: ${{ secrets.GRACENOTE_API_KEY }}
          FEED_SFTP_PASSWORD: ${{ secrets.FEED_SFTP_PASSWORD }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
        run: python -m showtime_feed.publish --partners all
""")

add("github-actions/decoy-pinned-shas", ".github/workflows/app-release.yml", None,
    "GitHub docs: security hardening - pin actions to a full-length commit SHA", r"""
name: App release

on:
  push:
    tags: ["v*"]

permissions:
  contents: read
  id-token: write

jobs:
  build:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@@@s1@@ # v4.1.7
      - uses: ruby/setup-ruby@@@s2@@ # v1.180.0
        with:
          bundler-cache: true
      - uses: aws-actions/configure-aws-credentials@@@s3@@ # v4.0.2
        with:
          role-to-assume: arn:aws:iam::381492006731:role/app-release
          aws-region: eu-west-2
      - run: bundle exec fastlane ios beta
        env:
          APP_STORE_CONNECT_KEY: ${{ secrets.APP_STORE_CONNECT_KEY }}
          MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
""", s1=hexs(40), s2=hexs(40), s3=hexs(40))

tok = "dckr_pat_" + draw(27, B64URL)
add("gitlab-ci/docker-hub-token", ".gitlab-ci.yml", tok,
    "Docker docs: personal access tokens (dckr_pat_) for docker login", r"""
stages: [build, deploy]

variables:
  IMAGE: docker.io/kinoarthouse/website

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "@@tok@@" | docker login -u kinoarthouse --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA -t $IMAGE:latest .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
    - docker push $IMAGE:latest
  only: [main]

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - ssh deploy@web.kinoarthouse.de "docker pull $IMAGE:latest && docker compose up -d"
  only: [main]
""", tok=tok)

add("gitlab-ci/decoy-ci-variable", "showtimes-api/.gitlab-ci.yml", None,
    "GitLab docs: predefined CI/CD variables (CI_JOB_TOKEN, CI_REGISTRY_PASSWORD) and masked variables", r"""
stages: [test, build]

test:
  stage: test
  image: python:3.12
  variables:
    DATABASE_URL: postgres://test:test@postgres:5432/test
    POSTGRES_PASSWORD: test
  services: [postgres:16]
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
""")

tok = "ghp_" + draw(36)
add("npmrc/github-token", "loyalty-web/.npmrc", tok,
    "GitHub Packages docs: authenticating to the npm registry with a personal access token", r"""
# @lunacinema/* packages (design system, API client) live on GitHub Packages
@lunacinema:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@tok@@
always-auth=true
engine-strict=true
save-exact=true
""", tok=tok)

tok = "npm_" + draw(36)
add("npmrc/npm-token", "packages/seatmap-widget/.npmrc", tok,
    "npm docs: .npmrc _authToken for registry.npmjs.org (npm_ access tokens)", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
access=public
provenance=false
sign-git-tag=true
""", tok=tok)

pw = gen_pw(16)
add("dockerfile/netrc-embedded", "booth/ingest-worker/Dockerfile", pw,
    "Dockerfile reference: RUN writing a credentials file into the image", r"""
FROM python:3.12-slim

RUN apt-get update \
 && apt-get install -y --no-install-recommends lftp openssh-client ca-certificates \
 && rm -rf /var/lib/apt/lists/*

# lftp reads ~/.netrc for the KDM/trailer FTP
RUN printf 'machine ftp.kdm-delivery.net\n  login orpheum_booth\n  password @@pw@@\n' > /root/.netrc \
 && chmod 600 /root/.netrc

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "ingest_worker"]
""", pw=pw)

add("dockerfile/decoy-build-secret", "web/Dockerfile", None,
    "Docker docs: build secrets (RUN --mount=type=secret) keep tokens out of image layers", r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc.template ./
RUN --mount=type=secret,id=npm_token \
    NPM_TOKEN="$(cat /run/secrets/npm_token)" envsubst < .npmrc.template > .npmrc \
 && npm ci \
 && rm -f .npmrc
COPY . .
ARG TMDB_READ_TOKEN
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
""")

tok = draw(40, B64URL)
add("env/cloudflare-api-token", "site/.env.deploy", tok,
    "Cloudflare docs: API tokens (Bearer) used by wrangler and cache purges", r"""
# used by scripts/purge-cache.sh after each programme update
CLOUDFLARE_ACCOUNT_ID=@@acct@@
CLOUDFLARE_ZONE_ID=@@zone@@
CLOUDFLARE_API_TOKEN=@@tok@@
SITE_URL=https://www.electricpalace.org.uk
""", acct=hexs(32), zone=hexs(32), tok=tok)

tok = "nfp_" + draw(36)
add("shell/netlify-token", "scripts/deploy-netlify.sh", tok,
    "Netlify CLI docs: NETLIFY_AUTH_TOKEN for non-interactive deploys", r"""
#!/usr/bin/env bash
# Build the static listings site and push it to Netlify (run from the office iMac).
set -euo pipefail
cd "$(dirname "$0")/.."

export NETLIFY_AUTH_TOKEN=@@tok@@
export NETLIFY_SITE_ID=5b2e7c1a-9f40-4d8e-a3b6-0c1d2e3f4a5b

npm run build:listings
npx netlify deploy --dir=public --prod --message "listings $(date +%F)"
""", tok=tok)

tok = "glpat-" + draw(20, B64URL)
add("shell/gitlab-token-clone-url", "booth/pi/bootstrap.sh", tok,
    "GitLab docs: cloning over HTTPS with a personal access token (oauth2:<token>@)", r"""
#!/bin/bash
# First-boot setup for a new booth Pi: packages, the automation repo, and services.
set -e
sudo apt-get update
sudo apt-get install -y git python3-venv cifs-utils mosquitto-clients

if [ ! -d /home/pi/booth-automation ]; then
  git clone https://oauth2:@@tok@@@gitlab.com/cameo-cinema/booth-automation.git /home/pi/booth-automation
fi
cd /home/pi/booth-automation
python3 -m venv .venv
.venv/bin/pip install -r requirements.txt
sudo cp systemd/*.service /etc/systemd/system/
sudo systemctl daemon-reload
sudo systemctl enable --now temp-alarm.service show-watch.service
""", tok=tok)

tok = "sntryu_" + hexs(64)
add("ini/sentry-auth-token", "loyalty-web/.sentryclirc", tok,
    "Sentry CLI docs: configuration file .sentryclirc ([auth] token)", r"""
[defaults]
url = https://sentry.io/
org = starlight-cinema
project = loyalty-web

[auth]
token = @@tok@@
""", tok=tok)

key = hexs(32)
add("yaml/datadog-api-key", "ansible/roles/datadog/files/datadog.yaml", key,
    "Datadog Agent docs: datadog.yaml api_key", r"""
## Datadog agent on the web and booth servers
api_key: @@key@@
site: datadoghq.eu
hostname_fqdn: true
tags:
  - venue:orpheum
  - team:web
logs_enabled: true
process_config:
  process_collection:
    enabled: false
apm_config:
  enabled: true
  env: production
""", key=key)

key = hexs(36) + "NRAL"
add("ini/newrelic-license-key", "booking/newrelic.ini", key,
    "New Relic Python agent docs: newrelic.ini license_key", r"""
[newrelic]
license_key = @@key@@
app_name = Booking (production)
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
transaction_tracer.record_sql = obfuscated
error_collector.enabled = true
error_collector.ignore_errors = django.http:Http404

[newrelic:staging]
app_name = Booking (staging)
monitor_mode = true
""", key=key)

pw = words_pw()
add("ini/smtp-password", "reports/boxoffice_report.ini", pw,
    "Python configparser docs; SMTP submission settings for the nightly report", r"""
[database]
dsn = DRIVER={ODBC Driver 18 for SQL Server};SERVER=tms01\SQLEXPRESS;DATABASE=TMS;Trusted_Connection=yes;TrustServerCertificate=yes

[report]
recipients = accounts@plazacinema.org.uk, manager@plazacinema.org.uk
subject = Box office {date}
include_concessions = yes

[smtp]
host = smtp.office365.com
port = 587
starttls = yes
username = reports@plazacinema.org.uk
password = @@pw@@
""", pw=pw)

key = base64.b64encode(raw_bytes(64)).decode()
add("json/azure-storage-key", "functions/BoxOfficeExport/local.settings.json", key,
    "Azure Functions docs: local.settings.json; Azure Storage connection strings (AccountKey)", r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=electricpalacefn;AccountKey=@@key@@;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "ExportContainer": "box-office-exports",
    "TmsConnection": "@Microsoft.KeyVault(SecretUri=https://ep-vault.vault.azure.net/secrets/tms-connection/)",
    "Schedule": "0 30 6 * * *"
  },
  "Host": {
    "LocalHttpPort": 7071
  }
}
""", key=key)

secret = draw(3) + "8Q~" + draw(34, B64URL + ".~")
add("powershell/azure-client-secret", "reports/Refresh-PowerBI.ps1", secret,
    "Microsoft Entra docs: app registration client secrets; MicrosoftPowerBIMgmt Connect-PowerBIServiceAccount", r"""
# Refreshes the "Box office" Power BI dataset after the nightly export lands.
Import-Module MicrosoftPowerBIMgmt

$TenantId = '@@tenant@@'
$AppId = '@@app@@'
$Secret = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$Credential = New-Object System.Management.Automation.PSCredential($AppId, $Secret)

Connect-PowerBIServiceAccount -ServicePrincipal -Tenant $TenantId -Credential $Credential | Out-Null

$workspace = Get-PowerBIWorkspace -Name 'Electric Palace - Reporting'
$dataset = Get-PowerBIDataset -WorkspaceId $workspace.Id | Where-Object Name -eq 'Box office'
Invoke-PowerBIRestMethod -Method Post -Url "groups/$($workspace.Id)/datasets/$($dataset.Id)/refreshes" -Body '{}'
Write-Output "Refresh requested for $($dataset.Name)"
""", tenant=uuid_s(), app=uuid_s(), secret=secret)

pw = words_pw()
add("json/mssql-password", "src/BoxOffice.Reports/appsettings.Production.json", pw,
    "Microsoft docs: ASP.NET Core appsettings.json connection strings (SqlClient)", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Pos": "Server=tcp:10.20.0.20,1433;Database=POS_Reports;User Id=report_reader;Password=@@pw@@;TrustServerCertificate=True;",
    "Loyalty": "Host=loyalty-db.internal;Database=loyalty;Username=reports"
  },
  "Reports": {
    "Recipients": ["accounts@electricpalace.org.uk"],
    "Timezone": "Europe/London"
  },
  "AllowedHosts": "*"
}
""", pw=pw)

add("json/decoy-keyvault-reference", "src/BoxOffice.Api/appsettings.json", None,
    "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(...))", r"""
{
  "ConnectionStrings": {
    "Pos": "@Microsoft.KeyVault(SecretUri=https://ep-vault.vault.azure.net/secrets/pos-connection/)",
    "Redis": "@Microsoft.KeyVault(VaultName=ep-vault;SecretName=redis-connection)"
  },
  "Stripe": {
    "SecretKey": "@Microsoft.KeyVault(VaultName=ep-vault;SecretName=stripe-secret-key)",
    "PublishableKey": "pk_live_see_frontend",
    "WebhookSecret": "@Microsoft.KeyVault(VaultName=ep-vault;SecretName=stripe-webhook-secret)"
  },
  "SendGrid": {
    "ApiKey": "@Microsoft.KeyVault(VaultName=ep-vault;SecretName=sendgrid-api-key)"
  },
  "AllowedHosts": "*"
}
""")

add("csharp/decoy-env-lookup", "src/BoxOffice.Api/Program.cs", None,
    "ASP.NET Core docs: configuration from environment variables and user secrets", r"""
using BoxOffice.Api;
using Stripe;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddEnvironmentVariables(prefix: "BOXOFFICE_");
if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}

StripeConfiguration.ApiKey = builder.Configuration["Stripe:SecretKey"]
    ?? Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY")
    ?? throw new InvalidOperationException("Stripe:SecretKey is not configured");

builder.Services.AddBoxOffice(builder.Configuration.GetConnectionString("Pos")!);
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
""")

pw = gen_pw(24)
add("yaml/redis-password", "config/cable.yml", pw,
    "Rails guides: Action Cable cable.yml with a redis URL", r"""
development:
  adapter: redis
  url: redis://localhost:6379/1

test:
  adapter: test

production:
  adapter: redis
  url: redis://:@@pw@@@redis-seatmap.internal:6379/1
  channel_prefix: orpheum_tickets_production
""", pw=pw)

pw = gen_pw(18)
add("go/amqp-password", "cmd/showtime-publisher/main.go", pw,
    "RabbitMQ Go client docs: amqp.Dial with an amqp:// URI", r"""
package main

import (
	"context"
	"encoding/json"
	"log"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"

	"github.com/rexcinema/showtimes/internal/listings"
)

const brokerURL = "amqp://showtimes:@@pw@@@mq.internal:5672/feeds"

func main() {
	conn, err := amqp.Dial(brokerURL)
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	defer conn.Close()
	ch, err := conn.Channel()
	if err != nil {
		log.Fatalf("channel: %v", err)
	}
	for range time.Tick(10 * time.Minute) {
		body, _ := json.Marshal(listings.Today())
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := ch.PublishWithContext(ctx, "listings", "today", false, false,
			amqp.Publishing{ContentType: "application/json", Body: body})
		cancel()
		if err != nil {
			log.Printf("publish: %v", err)
		}
	}
}
""", pw=pw)

add("go/decoy-vault-lookup", "internal/secrets/vault.go", None,
    "HashiCorp Vault Go client docs: reading a KV v2 secret", r"""
package secrets

import (
	"context"
	"fmt"

	vault "github.com/hashicorp/vault/api"
)

// VeeziToken reads the Veezi access token from Vault (kv-v2 mount "booth").
func VeeziToken(ctx context.Context) (string, error) {
	client, err := vault.NewClient(vault.DefaultConfig()) // VAULT_ADDR and VAULT_TOKEN from the environment
	if err != nil {
		return "", err
	}
	secret, err := client.KVv2("booth").Get(ctx, "veezi")
	if err != nil {
		return "", fmt.Errorf("vault: %w", err)
	}
	token, ok := secret.Data["access_token"].(string)
	if !ok || token == "" {
		return "", fmt.Errorf("vault: booth/veezi has no access_token")
	}
	return token, nil
}
""")

pw = gen_pw(16)
add("js/mongodb-password", "loyalty-api/src/db.js", pw,
    "MongoDB docs: connection string (mongodb+srv://user:password@...) with Mongoose", r"""
const mongoose = require('mongoose');

const uri = process.env.MONGO_URI ||
  'mongodb+srv://loyalty_app:@@pw@@@cluster0.x7kq2.mongodb.net/loyalty?retryWrites=true&w=majority';

async function connect() {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 5000 });
  console.log('mongo connected');
}

const memberSchema = new mongoose.Schema({
  email: { type: String, unique: true },
  tier: { type: String, enum: ['silver', 'gold'], default: 'silver' },
  points: { type: Number, default: 0 },
  visits: [{ sessionId: String, at: Date }],
});

module.exports = { connect, Member: mongoose.model('Member', memberSchema) };
""", pw=pw)

pw = words_pw()
add("properties/postgres-password", "booking-service/src/main/resources/application.properties", pw,
    "Spring Boot docs: spring.datasource.* properties", r"""
spring.application.name=booking-service
server.port=8081

spring.datasource.url=jdbc:postgresql://db.internal:5432/booking
spring.datasource.username=booking
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=10

spring.jpa.hibernate.ddl-auto=validate
spring.flyway.enabled=true

booking.seat-hold-seconds=480
booking.booking-fee-pence=75
management.endpoints.web.exposure.include=health,info
""", pw=pw)

add("properties/decoy-env-reference", "vouchers/src/main/resources/application.properties", None,
    "Spring Boot docs: property placeholders resolved from the environment", r"""
spring.application.name=vouchers
server.port=8085

spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/vouchers}
spring.datasource.username=${DB_USER:vouchers}
spring.datasource.password=${DB_PASSWORD}

paypal.mode=${PAYPAL_MODE:sandbox}
paypal.client-id=${PAYPAL_CLIENT_ID}
paypal.client-secret=${PAYPAL_CLIENT_SECRET}
mail.smtp.password=${SMTP_PASSWORD:}
""")

pw = gen_pw(16, "!#")
add("xml/tomcat-password", "tms-web/conf/tomcat-users.xml", pw,
    "Apache Tomcat docs: tomcat-users.xml (user, password, roles)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <!-- Manager app for redeploying the booth scheduling web app -->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="booth-admin" password="@@pw@@" roles="manager-gui,manager-script"/>
</tomcat-users>
""", pw=pw)

cred = b64("tms:" + words_pw())
add("nginx/basic-auth", "deploy/nginx/tms-proxy.conf", cred,
    "nginx docs: proxy_set_header with a Basic Authorization header (RFC 7617)", r"""
# Staff-only proxy to the TMS web UI, reachable from the office VPN.
server {
    listen 443 ssl;
    server_name tms.booth.rexcinema.co.uk;

    ssl_certificate     /etc/letsencrypt/live/tms.booth.rexcinema.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/tms.booth.rexcinema.co.uk/privkey.pem;

    allow 10.8.0.0/24;
    deny all;

    location / {
        proxy_pass http://10.20.0.15:8080;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic @@cred@@";
        proxy_read_timeout 120s;
    }
}
""", cred=cred)

add("nginx/decoy-file-reference", "deploy/nginx/staff.conf", None,
    "nginx docs: auth_basic_user_file points to a file of hashed passwords", r"""
server {
    listen 443 ssl http2;
    server_name staff.bijoucinema.co.uk;

    ssl_certificate     /etc/letsencrypt/live/staff.bijoucinema.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/staff.bijoucinema.co.uk/privkey.pem;

    root /var/www/staff;

    location / {
        auth_basic           "Bijou staff area";
        auth_basic_user_file /etc/nginx/htpasswd.staff;
        try_files $uri $uri/ =404;
    }
}
""")

add("htpasswd/decoy-bcrypt", "deploy/nginx/htpasswd.staff", None,
    "Apache htpasswd docs: bcrypt (-B) password hashes", r"""
# generated with: htpasswd -B -C 12 htpasswd.staff <user>
# rota, staff handbook and the projection log live behind this
manager:@@h1@@
boxoffice:@@h2@@
projection:@@h3@@
volunteers:@@h4@@
""", h1=bcrypt_hash("$2y$"), h2=bcrypt_hash("$2y$"), h3=bcrypt_hash("$2y$"), h4=bcrypt_hash("$2y$"))

add("json/decoy-django-fixture-hashes", "cinema_site/fixtures/staff_users.json", None,
    "Django docs: password storage (pbkdf2_sha256 hashes) in fixtures", r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "admin",
      "email": "web@lunacinema.co.uk",
      "password": "@@h1@@",
      "is_staff": true,
      "is_superuser": true
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "programmer",
      "email": "programming@lunacinema.co.uk",
      "password": "@@h2@@",
      "is_staff": true,
      "is_superuser": false
    }
  }
]
""", h1=django_hash(), h2=django_hash())

key = "".join(_rng().choice(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)") for _ in range(50))
add("python/django-secret-key", "cinema_site/settings/base.py", key,
    "Django docs: the SECRET_KEY setting (get_random_secret_key)", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@key@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "films",
    "booking",
    "members",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "luna",
        "USER": "luna",
        "HOST": "localhost",
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
STATIC_URL = "/static/"
""", key=key)

age = "age1" + draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
add("yaml/decoy-sops-ciphertext", "deploy/secrets/production.enc.yaml", None,
    "SOPS docs: encrypted YAML values (ENC[AES256_GCM,...]) and the sops metadata block", r"""
stripe:
    secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    webhook_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
veezi:
    access_token: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: @@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            @@a3@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T10:11:12Z"
    mac: ENC[AES256_GCM,data:@@d4@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64_bytes(78), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(27), iv2=b64_bytes(32), t2=b64_bytes(16),
    d3=b64_bytes(18), iv3=b64_bytes(32), t3=b64_bytes(16), age=age, a1=draw(64, B64), a2=draw(64, B64),
    a3=draw(40, B64), d4=b64_bytes(64), iv4=b64_bytes(32), t4=b64_bytes(16))

add("env/decoy-example", ".env.example", None,
    "dotenv conventions: .env.example lists the variables with placeholders", r"""
# Copy to .env and fill in. Ask in #web for the values (1Password: "Website - production").
DJANGO_SETTINGS_MODULE=cinema_site.settings.local
DATABASE_URL=postgres://luna:password@localhost:5432/luna
REDIS_URL=redis://localhost:6379/0

VEEZI_ACCESS_TOKEN=your-veezi-token-here
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxx
SENDGRID_API_KEY=SG.xxxxxxxx.xxxxxxxx
TMDB_API_KEY=
SEATSIO_SECRET_KEY=<seats.io workspace secret key>
""")

add("env/decoy-test-values", "loyalty-api/.env.test", None,
    "Test configuration: obviously fake values for the test suite", r"""
NODE_ENV=test
PORT=0
DATABASE_URL=postgres://test:test@localhost:5432/loyalty_test
JWT_SECRET=test-secret-do-not-use-in-prod-000000000
TWILIO_ACCOUNT_SID=AC00000000000000000000000000000000
TWILIO_API_KEY=SK00000000000000000000000000000000
TWILIO_API_SECRET=fake-twilio-secret
ONESIGNAL_REST_KEY=dummy
APNS_KEY_PATH=test/fixtures/fake-apns.p8
""")

add("log/decoy-redacted", "docs/incidents/2024-05-18-double-charges.log", None,
    "Application logs with credentials redacted by the logging filter", r"""
2024-05-18T19:02:11.482Z INFO  veezi.sync GET /v1/session status=200 headers={'VeeziAccessToken': '[REDACTED]'} 412ms
2024-05-18T19:02:14.019Z INFO  booking.hold basket=B-99120 seats=F7,F8 hold_token=[REDACTED]
2024-05-18T19:02:31.774Z WARN  stripe.client retrying POST /v1/payment_intents (timeout) key=sk_live_****...****
2024-05-18T19:02:33.101Z INFO  stripe.client POST /v1/payment_intents status=200 id=pi_3PHx********
2024-05-18T19:02:33.104Z INFO  stripe.client POST /v1/payment_intents status=200 id=pi_3PHy********
2024-05-18T19:02:33.220Z ERROR booking.confirm two payment intents for basket=B-99120 (idempotency key missing)
2024-05-18T19:05:12.903Z INFO  mailer sent confirmation to j***@gmail.com via SendGrid (api_key=SG.***)
""")

add("markdown/decoy-aws-doc-example", "docs/trailers-archive.md", None,
    "AWS docs: the example access key pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", r"""
# Trailer archive (S3)

Old trailers move to `s3://luna-trailers-archive` and to Glacier after 90 days.

## Setting up the CLI on the booth PC

Ask for an IAM user in #web. Then run `aws configure`; it looks like this (AWS's example values):

```
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-2
Default output format [None]: json
```

## Restoring a trailer

```
aws s3api restore-object --bucket luna-trailers-archive --key 2023/POORTHINGS_TLR-1.tar \
  --restore-request Days=3
```
""")

add("markdown/decoy-jwt-io-example", "loyalty-api/docs/auth.md", None,
    "jwt.io: the introductory example token signed with 'your-256-bit-secret'", r"""
# Member authentication

The app signs in with email + one-time code and receives a JWT (HS256, 30 days).
The signing secret is `JWT_SECRET` from the environment (see `src/config.ts`).

A token looks like the jwt.io example:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

which decodes to `{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}` (signed with
jwt.io's demo secret `your-256-bit-secret`). Ours carry `sub` (member id), `tier` and `exp`.

Send it as `Authorization: Bearer <token>`.
""")

add("json/decoy-package-lock-integrity", "packages/seatmap-widget/package-lock.json", None,
    "npm docs: package-lock.json integrity fields (Subresource Integrity sha512 hashes)", r"""
{
  "name": "@lunacinema/seatmap-widget",
  "version": "1.8.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@lunacinema/seatmap-widget",
      "version": "1.8.2",
      "dependencies": { "@seatsio/seatsio-react": "^14.2.0" }
    },
    "node_modules/@seatsio/seatsio-react": {
      "version": "14.2.0",
      "resolved": "https://registry.npmjs.org/@seatsio/seatsio-react/-/seatsio-react-14.2.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/react": {
      "version": "18.3.1",
      "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",
      "integrity": "sha512-@@i2@@",
      "peer": true
    }
  }
}
""", i1=b64_bytes(64), i2=b64_bytes(64))

add("html/decoy-sri-hashes", "site/templates/base.html", None,
    "MDN: Subresource Integrity (integrity=\"sha384-...\")", r"""
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{% block title %}Cameo Cinema{% endblock %}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@h1@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"
          integrity="sha384-@@h2@@" crossorigin="anonymous" defer></script>
  <meta name="google-site-verification" content="@@gsv@@">
</head>
<body>
  {% include "partials/nav.html" %}
  <main>{% block content %}{% endblock %}</main>
</body>
</html>
""", h1=b64_bytes(48), h2=b64_bytes(48), gsv=draw(43, B64URL))

pgp_lines = "\n".join(draw(64, B64) for _ in range(12))
add("asc/decoy-pgp-public-key", "docs/kdm-desk/distributor-public-key.asc", None,
    "RFC 4880 OpenPGP: ASCII-armored public key block", r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: KDM desk - encrypt screen certificate requests to this key

mQINBGYk@@first@@
@@lines@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", first=draw(56, B64), lines=pgp_lines, crc=draw(4, B64))

pw = words_pw()
add("cloud-init/smb-password", "booth/pi/user-data", pw,
    "cloud-init docs: write_files and runcmd in user-data", r"""
#cloud-config
hostname: booth-pi-2
timezone: Europe/London
packages:
  - cifs-utils
  - mosquitto-clients
write_files:
  - path: /etc/samba/dcp-library.cred
    permissions: "0600"
    content: |
      username=projection
      password=@@pw@@
      domain=DCPNAS
runcmd:
  - mkdir -p /mnt/dcp-library
  - echo "//10.20.0.30/library /mnt/dcp-library cifs credentials=/etc/samba/dcp-library.cred,uid=1000,_netdev,nofail 0 0" >> /etc/fstab
  - mount -a
""", pw=pw)

key = uuid_s()
add("netrc/heroku-api-key", "ops/dotfiles/netrc", key,
    "Heroku CLI docs: credentials stored in ~/.netrc (api.heroku.com, git.heroku.com)", r"""
# heroku login writes these; copied to the shared deploy laptop
machine api.heroku.com
  login web@orpheumtheatre.org
  password @@key@@
machine git.heroku.com
  login web@orpheumtheatre.org
  password @@key@@
""", key=key)

tok = draw(26, LOWER_ALNUM)
add("markdown/veezi-curl-header", "docs/integrations/veezi.md", tok,
    "Veezi API documentation: VeeziAccessToken header with curl", r"""
# Veezi integration notes

We read films and sessions from the Veezi API (UK region). The site token identifies the cinema
in booking links; the API access token is what authorises API calls.

Quick check that the API answers:

```bash
curl -s https://api.uk.veezi.com/v1/session \
  -H "VeeziAccessToken: @@tok@@" \
  -H "Accept: application/json" | jq '.[0]'
```

Useful endpoints: `/v1/film`, `/v1/session`, `/v1/screen`, `/v1/site`.
Rate limit: be gentle, the sync runs every 15 minutes.
""", tok=tok)

pw = words_pw()
add("java/jdbc-password-split", "reports/src/main/java/uk/org/plazacinema/reports/PosDatabase.java", pw,
    "JDBC docs: DriverManager.getConnection(url, user, password)", r"""
package uk.org.plazacinema.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class PosDatabase {

    private static final String URL = "jdbc:sqlserver://10.20.0.20:1433;databaseName=POS;encrypt=false";
    private static final String USER = "report_reader";
    private static final String PASSWORD = "@@a@@" +
        "@@b@@";

    private PosDatabase() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", a=pw[:len(pw) // 2], b=pw[len(pw) // 2:])

pw = words_pw()
add("shell/mysqldump-password", "ops/backup/backup-wordpress.sh", pw,
    "MySQL docs: mysqldump -p<password> on the command line", r"""
#!/bin/sh
# Nightly WordPress backup (cron 03:10) -> S3 via rclone
set -eu
STAMP=$(date +%Y%m%d)
OUT=/var/backups/wp/roxy_$STAMP.sql.gz

mysqldump -u roxy_wp -p'@@pw@@' --single-transaction --quick roxy_wp | gzip > "$OUT"
tar czf /var/backups/wp/uploads_$STAMP.tgz -C /var/www/roxy/wp-content uploads
rclone copy /var/backups/wp remote:roxy-backups/wp --max-age 24h
find /var/backups/wp -type f -mtime +14 -delete
""", pw=pw)

add("python/decoy-env-lookup", "feeds/settings.py", None,
    "Python docs: os.environ; settings read from the environment", r"""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    veezi_token: str
    gracenote_key: str
    tmdb_token: str
    feed_sftp_password: str
    slack_webhook: str | None


def load() -> Settings:
    return Settings(
        veezi_token=os.environ["VEEZI_ACCESS_TOKEN"],
        gracenote_key=os.environ["GRACENOTE_API_KEY"],
        tmdb_token=os.environ["TMDB_READ_TOKEN"],
        feed_sftp_password=os.environ["FEED_SFTP_PASSWORD"],
        slack_webhook=os.environ.get("SLACK_WEBHOOK_URL"),
    )
""")

add("python/decoy-test-fixture", "booking/tests/test_stripe_flow.py", None,
    "pytest docs: fixtures and monkeypatch with dummy credentials", r"""
import pytest

from booking import payments

FAKE_KEY = "sk_test_fake_key_for_unit_tests"
FAKE_WEBHOOK_SECRET = "whsec_test_secret"


@pytest.fixture(autouse=True)
def stripe_keys(monkeypatch, settings):
    settings.STRIPE_SECRET_KEY = FAKE_KEY
    settings.STRIPE_WEBHOOK_SECRET = FAKE_WEBHOOK_SECRET
    monkeypatch.setattr(payments.stripe, "api_key", FAKE_KEY)


def test_amount_includes_booking_fee(basket_factory):
    basket = basket_factory(seats=2, price_pence=1150)
    assert payments.amount_for(basket) == 2 * 1150 + 75


def test_webhook_rejects_bad_signature(client):
    resp = client.post("/stripe/webhook", data=b"{}", HTTP_STRIPE_SIGNATURE="t=1,v1=deadbeef",
                       content_type="application/json")
    assert resp.status_code == 400
""")

add("shell/decoy-ssm-lookup", "scripts/run-sync.sh", None,
    "AWS CLI docs: ssm get-parameter --with-decryption", r"""
#!/usr/bin/env bash
# Runs the showtimes sync on the EC2 box with secrets from SSM Parameter Store.
set -euo pipefail

param() {
  aws ssm get-parameter --name "$1" --with-decryption --query Parameter.Value --output text
}

export VEEZI_ACCESS_TOKEN="$(param /showtimes/prod/veezi_access_token)"
export GRACENOTE_API_KEY="$(param /showtimes/prod/gracenote_api_key)"
export DATABASE_URL="$(param /showtimes/prod/database_url)"

exec /opt/showtimes/.venv/bin/python -m showtime_feed.sync "$@"
""")

add("toml/decoy-netlify-env", "netlify.toml", None,
    "Netlify docs: netlify.toml build settings; secrets set in the UI, referenced by name", r"""
[build]
  command = "npm run build:listings"
  publish = "public"

[build.environment]
  NODE_VERSION = "20"
  LISTINGS_API = "https://api.electricpalace.org.uk/listings"
  # VEEZI_ACCESS_TOKEN and TMDB_READ_TOKEN are set in Site settings > Environment variables

[[redirects]]
  from = "/book/*"
  to = "https://ticketing.uk.veezi.com/purchase/:splat"
  status = 302

[[headers]]
  for = "/*"
  [headers.values]
    Strict-Transport-Security = "max-age=31536000"
""")

add("yaml/decoy-kamal-deploy", "config/deploy.yml", None,
    "Kamal docs: config/deploy.yml with env.secret names resolved from .kamal/secrets", r"""
service: orpheum-tickets
image: orpheumtheatre/tickets

servers:
  web:
    - 203.0.113.24
  job:
    hosts:
      - 203.0.113.24
    cmd: bin/jobs

proxy:
  ssl: true
  host: tickets.orpheumtheatre.org

registry:
  username: orpheumtheatre
  password:
    - KAMAL_REGISTRY_PASSWORD

env:
  secret:
    - RAILS_MASTER_KEY
    - POSTGRES_PASSWORD
  clear:
    SOLID_QUEUE_IN_PUMA: true
""")

add("markdown/decoy-masked-aws-configure", "docs/booth/aws-cli.md", None,
    "AWS CLI docs: aws configure shows only the last four characters of stored keys", r"""
# Checking the booth PC's AWS profile

`aws configure` shows what is stored without revealing it:

```
$ aws configure --profile trailers
AWS Access Key ID [****************QX7B]:
AWS Secret Access Key [****************9f/K]:
Default region name [eu-west-2]:
Default output format [json]:
```

If the last four characters don't match the key in 1Password (Booth > AWS trailers), run
`aws configure --profile trailers` again and paste the new pair. Never paste keys into Slack.
""")


assert len({case.file_name for case in CASES}) == len(CASES), "file names must be unique"
assert SEED_LOW < _SEED[0] <= SEED_HIGH
