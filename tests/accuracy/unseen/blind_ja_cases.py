"""Blind set JA: surf schools and surfboard shops, their booking systems, vendors and small IT.

Lesson and rental booking (FareHarbor, Bokun, Checkfront, Rezdy), shop tills and web stores (Shopify,
Square, Lightspeed, WooCommerce), payments, waivers, surf forecast APIs, surf cams, SMS and mail,
the back-office NAS, Wi-Fi and CCTV, CI and deploy scripts, runbooks and exports, and their decoys.
Generated fakes only (seeds 4040000-4049999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4040000, 4049999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Barrel", "Swell", "Offshore", "Reef", "Pipeline", "Longboard", "Kelp", "Tide", "Dune", "Groundswell",
         "Lineup", "Channel", "Gull", "Driftwood", "Pelican", "Cutback", "Sandbar", "Whitewater", "Nose", "Rail"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def upper_hex(n: int) -> str:
    return fakes.drawn(_seed(), n, "0123456789ABCDEF")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(prefix: str = "sk_live_", n: int = 99) -> str:
    return fakes.fake(prefix, n, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def square_secret() -> str:
    return "sq0csp-" + fakes.drawn(_seed(), 43, ALNUM + "-_")


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def mailgun() -> str:
    return "key-" + hexs(32)


def mailchimp() -> str:
    return hexs(32) + "-us21"


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


def mollie() -> str:
    return fakes.fake("live_", 30, _seed())


def paypal_secret() -> str:
    return "E" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def google_secret() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + fakes.drawn(_seed(), 60, ALNUM) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def mapbox_public() -> str:
    return "pk.eyJ1Ijoi" + fakes.drawn(_seed(), 60, ALNUM) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def recaptcha() -> str:
    return "6L" + fakes.drawn(_seed(), 38, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def cloudflare_token() -> str:
    return fakes.drawn_mixed(_seed(), 40, ALNUM + "_-")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def airtable_pat() -> str:
    return "pat" + fakes.drawn(_seed(), 14) + "." + hexs(64)


def hubspot_pat() -> str:
    return "pat-eu1-" + uuid_s()


def klaviyo_private() -> str:
    return "pk_" + hexs(34)


def notion_secret() -> str:
    return fakes.fake("secret_", 43, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def fcm_key() -> str:
    return "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def jwt_like(payload: str) -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64(payload).rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 8) -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


def sha256() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


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
    CASES.append(LabelledCase(f"blind-ja/{category}", file_name, text, secret, source))


# --- booking systems: lessons, rentals, camps --------------------------------------------------

add("python/fareharbor-user-key", "booking/fareharbor_sync.py", "FareHarbor External API docs (X-FareHarbor-API-App / X-FareHarbor-API-User headers)", """
\"\"\"Pull tomorrow's lesson availability from FareHarbor into the instructor roster sheet.\"\"\"
import datetime as dt

import requests

SHORTNAME = "saltwater-surf-school"
APP_KEY = "@@app@@"
USER_KEY = "@@secret@@"
BASE = f"https://fareharbor.com/api/external/v1/companies/{SHORTNAME}"


def availabilities(day: dt.date) -> list:
    url = f"{BASE}/items/118204/minimal/availabilities/date/{day.isoformat()}/"
    resp = requests.get(url, headers={"X-FareHarbor-API-App": APP_KEY, "X-FareHarbor-API-User": USER_KEY}, timeout=20)
    resp.raise_for_status()
    return resp.json()["availabilities"]


if __name__ == "__main__":
    for slot in availabilities(dt.date.today() + dt.timedelta(days=1)):
        print(slot["start_at"], slot["capacity"])
""", uuid_s(), app=uuid_s())

add("env/bokun-secret-key", "bokun-bridge/.env", "Bokun REST API docs (X-Bokun-AccessKey, HMAC-SHA1 X-Bokun-Signature)", """
# bokun -> website bridge, Lagos shop
BOKUN_BASE_URL=https://api.bokun.io
BOKUN_ACCESS_KEY=@@access@@
BOKUN_SECRET_KEY=@@secret@@
BOKUN_VENDOR_ID=48211
SITE_TZ=Europe/Lisbon
LOG_LEVEL=info
""", hexs(32), access=hexs(32))

add("yaml/checkfront-api-secret", "config/checkfront.yml", "Checkfront API 3.0 docs (token pair, HTTP Basic)", """
# Checkfront booking sync for the rental fleet (boards, wetsuits, SUPs)
checkfront:
  host: northshore-rentals.checkfront.com
  api_key: @@key@@
  api_secret: @@secret@@
  default_category: 4
  sync_interval_minutes: 10
rentals:
  wetsuit_sizes: [XS, S, M, L, XL]
  late_fee_eur: 15
""", hexs(64), key=hexs(40))

add("typescript/rezdy-api-key", "src/lib/rezdy.ts", "Rezdy API docs (apiKey query parameter)", """
import axios from "axios";

const REZDY_BASE = "https://api.rezdy.com/v1";
const REZDY_KEY = "@@secret@@";

export async function upcomingSessions(productCode: string) {
  const { data } = await axios.get(`${REZDY_BASE}/availability`, {
    params: {
      apiKey: REZDY_KEY,
      productCode,
      startTimeLocal: new Date().toISOString().slice(0, 19).replace("T", " "),
      endTimeLocal: new Date(Date.now() + 7 * 864e5).toISOString().slice(0, 19).replace("T", " "),
    },
  });
  return data.sessions ?? [];
}
""", hexs(32))

add("php/decoy-env-reference", "wp-content/plugins/surf-booking/includes/class-fh-client.php", "PHP getenv docs; FareHarbor External API docs", """
<?php
namespace SurfBooking;

class FhClient {
    private string $app;
    private string $user;

    public function __construct() {
        $this->app  = getenv('FH_APP_KEY') ?: '';
        $this->user = getenv('FH_USER_KEY') ?: '';
        if ($this->app === '' || $this->user === '') {
            throw new \\RuntimeException('FareHarbor keys missing: set FH_APP_KEY and FH_USER_KEY in wp-config or the host panel');
        }
    }

    public function headers(): array {
        return ['X-FareHarbor-API-App' => $this->app, 'X-FareHarbor-API-User' => $this->user];
    }
}
""")

add("html/decoy-public-widget-id", "site/lessons.html", "FareHarbor Lightframe embed docs; Bokun widget docs", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Group &amp; private lessons | Saltwater Surf School</title>
  <script src="https://fareharbor.com/embeds/api/v1/?autolightframe=yes"></script>
</head>
<body>
  <h1>Book a lesson</h1>
  <a href="https://fareharbor.com/embeds/book/saltwater-surf-school/items/118204/?full-items=yes&flow=402113"
     class="btn">Beginner group (2h)</a>
  <div class="bokunWidget" data-src="https://widgets.bokun.io/online-sales/@@channel@@/experience-calendar/71530"></div>
  <script src="https://widgets.bokun.io/assets/javascripts/apps/build/BokunWidgetsLoader.js?bookingChannelUUID=@@channel@@" async></script>
</body>
</html>
""", channel=uuid_s())

add("json/decoy-placeholder", "booking/config.example.json", "Checkfront API 3.0 docs", """
{
  "checkfront": {
    "host": "YOUR-ACCOUNT.checkfront.com",
    "api_key": "<your checkfront API key>",
    "api_secret": "<your checkfront API secret>"
  },
  "rezdy": {
    "api_key": "REPLACE_ME"
  },
  "timezone": "Australia/Sydney",
  "currency": "AUD"
}
""")

add("sql/database-password", "db/migrations/0007_booking_reader.sql", "PostgreSQL CREATE ROLE docs", """
-- 0007: read-only role for the Metabase dashboards (lesson occupancy, rental turnover)
BEGIN;
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE surfshop TO metabase_ro;
GRANT USAGE ON SCHEMA booking TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA booking TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA booking GRANT SELECT ON TABLES TO metabase_ro;
COMMIT;
""", words_pw())

add("sql/decoy-password-hash", "db/seeds/instructors.sql", "PostgreSQL INSERT docs; bcrypt hash format", """
-- seed instructors for the staging booking admin (hashes only; staff reset on first login)
INSERT INTO staff (id, name, email, role, password_hash) VALUES
  (1, 'Kai Morgan',   'kai@saltwatersurf.example',   'head_coach', '@@h1@@'),
  (2, 'Leilani Ruiz', 'leilani@saltwatersurf.example', 'coach',    '@@h2@@'),
  (3, 'Tom Fisher',   'tom@saltwatersurf.example',   'rentals',  '@@h3@@');
SELECT setval('staff_id_seq', 3);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("ruby/checkfront-api-secret", "lib/checkfront_client.rb", "Checkfront API 3.0 docs (HTTP Basic with key and secret)", """
require "net/http"
require "json"

module Rentals
  class CheckfrontClient
    HOST = "bluewave-boards.checkfront.com"

    def initialize(key: "@@key@@", secret: "@@secret@@")
      @key, @secret = key, secret
    end

    def bookings(status: "PAID")
      uri = URI("https://#{HOST}/api/3.0/booking?status_id=#{status}")
      req = Net::HTTP::Get.new(uri)
      req.basic_auth(@key, @secret)
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      JSON.parse(res.body).fetch("booking/index", {})
    end
  end
end
""", hexs(64), key=hexs(40))

add("go/bokun-secret-key", "internal/bokun/sign.go", "Bokun REST API docs (HMAC-SHA1 signature)", """
package bokun

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"time"
)

const (
	accessKey = "@@access@@"
	secretKey = "@@secret@@"
)

// Sign returns the X-Bokun-Date and X-Bokun-Signature headers for a request.
func Sign(method, path string, now time.Time) (string, string) {
	date := now.UTC().Format("2006-01-02 15:04:05")
	mac := hmac.New(sha1.New, []byte(secretKey))
	mac.Write([]byte(date + accessKey + method + path))
	return date, base64.StdEncoding.EncodeToString(mac.Sum(nil))
}
""", hexs(32), access=hexs(32))

add("markdown/decoy-redacted", "docs/booking-runbook.md", "FareHarbor dashboard docs (API keys page)", """
# Booking system runbook

## Where the keys live
FareHarbor app and user keys are in 1Password, vault **Surf School Ops**, item "FareHarbor API".
The website reads them from the host panel env (`FH_APP_KEY`, `FH_USER_KEY`).

| Key | Value |
|-----|-------|
| App key | `3f2a…` (redacted, see 1Password) |
| User key | `••••••••-••••-••••` |

## If bookings stop syncing
1. Check https://status.fareharbor.com
2. Rotate the user key in FareHarbor > Settings > API, update 1Password, redeploy.
""")

add("python/decoy-uuid-ids", "booking/tests/test_roster.py", "pytest docs; FareHarbor availability pk format", """
from booking.roster import assign

AVAILABILITY_PK = 901233417
BOOKING_UUID = "@@u1@@"
CUSTOMER_UUID = "@@u2@@"


def test_assign_puts_beginners_with_head_coach():
    booking = {"uuid": BOOKING_UUID, "customer": {"uuid": CUSTOMER_UUID}, "level": "beginner"}
    roster = assign([booking], availability_pk=AVAILABILITY_PK, coaches=["Kai", "Tom"])
    assert roster["Kai"] == [BOOKING_UUID]
""", u1=uuid_s(), u2=uuid_s())

add("toml/rezdy-api-key", "rezdy_sync/settings.toml", "Rezdy API docs (apiKey)", """
[rezdy]
base_url = "https://api.rezdy.com/v1"
api_key = "@@secret@@"
supplier_alias = "ocean-grom-surf-camp"

[schedule]
poll_seconds = 300
days_ahead = 14

[output]
sheet = "Camp roster 2025"
""", hexs(32))

add("csv/decoy-booking-export", "exports/bookings_2025-07.csv", "FareHarbor bookings CSV export", """
booking_id,uuid,created,item,customer,pax,total,status,payment_ref
58812231,@@u1@@,2025-07-01 08:14,Beginner group (2h),Ana Silva,2,120.00,confirmed,pi_@@p1@@
58812302,@@u2@@,2025-07-01 09:40,Private lesson (1h),J. Becker,1,85.00,confirmed,pi_@@p2@@
58813019,@@u3@@,2025-07-02 17:05,Board rental day,R. Okafor,1,35.00,cancelled,pi_@@p3@@
58813344,@@u4@@,2025-07-03 07:55,Kids camp week,M. Dubois,3,690.00,confirmed,pi_@@p4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(),
    p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24))

add("kotlin/fareharbor-user-key", "app/src/main/java/com/saltwater/checkin/FareHarborApi.kt", "FareHarbor External API docs", """
package com.saltwater.checkin

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object FareHarborApi {
    private const val APP_KEY = "@@app@@"
    private const val USER_KEY = "@@secret@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("X-FareHarbor-API-App", APP_KEY)
                    .header("X-FareHarbor-API-User", USER_KEY)
                    .build()
            )
        })
        .build()
}
""", uuid_s(), app=uuid_s())

add("shell/checkfront-api-secret", "scripts/pull_checkfront_bookings.sh", "Checkfront API 3.0 docs; curl -u", """
#!/usr/bin/env bash
# nightly: dump yesterday's rentals for the accountant
set -euo pipefail
DAY=$(date -d yesterday +%F)
curl -sf -u "@@key@@:@@secret@@" \\
  "https://northshore-rentals.checkfront.com/api/3.0/booking?start_date=${DAY}&end_date=${DAY}" \\
  | jq -r '.["booking/index"][] | [.code, .status_name, .total] | @csv' \\
  > "/srv/exports/rentals_${DAY}.csv"
""", hexs(64), key=hexs(40))

add("yaml/decoy-vault-reference", "deploy/booking-bridge/values.yaml", "Helm values; External Secrets Operator docs", """
image:
  repository: ghcr.io/saltwater-surf/booking-bridge
  tag: "1.8.3"
env:
  BOKUN_BASE_URL: https://api.bokun.io
  SITE_TZ: Europe/Lisbon
externalSecret:
  enabled: true
  secretStoreRef: { name: doppler, kind: ClusterSecretStore }
  data:
    - secretKey: BOKUN_ACCESS_KEY
      remoteRef: { key: BOKUN_ACCESS_KEY }
    - secretKey: BOKUN_SECRET_KEY
      remoteRef: { key: BOKUN_SECRET_KEY }
resources:
  limits: { cpu: 200m, memory: 128Mi }
""")


# --- payments, tills and web stores -----------------------------------------------------------

add("python/stripe-secret-key", "shop/payments/stripe_checkout.py", "Stripe API docs (stripe.api_key, Checkout Sessions)", """
import stripe
from flask import Blueprint, redirect, request, url_for

bp = Blueprint("checkout", __name__)
stripe.api_key = "@@secret@@"

GIFT_VOUCHER_PRICE = "price_1PqLm2FhK3xY8sQw0aB7cD9e"


@bp.post("/voucher")
def buy_voucher():
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": GIFT_VOUCHER_PRICE, "quantity": int(request.form.get("qty", 1))}],
        success_url=url_for("checkout.thanks", _external=True),
        cancel_url=url_for("shop.index", _external=True),
    )
    return redirect(session.url, code=303)
""", stripe("sk_live_", 99))

add("env/stripe-webhook-secret", "shop/.env.production", "Stripe webhooks docs (endpoint signing secret whsec_)", """
FLASK_ENV=production
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_WEBHOOK_SECRET=@@secret@@
VOUCHER_PDF_BUCKET=saltwater-vouchers
SENTRY_ENVIRONMENT=production
""", whsec(), pk=stripe("pk_live_", 99))

add("javascript/decoy-publishable-key", "theme/assets/js/checkout.js", "Stripe.js docs (publishable key in the browser)", """
// Stripe Elements for board deposits on the rental page
const stripe = Stripe("@@pk@@");
const elements = stripe.elements({ appearance: { theme: "flat" } });
const card = elements.create("card", { hidePostalCode: true });
card.mount("#deposit-card");

document.querySelector("#deposit-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const { clientSecret } = await fetch("/api/deposit", { method: "POST" }).then((r) => r.json());
  const { error } = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
  document.querySelector("#deposit-msg").textContent = error ? error.message : "Deposit held. See you on the beach!";
});
""", pk=stripe("pk_live_", 99))

add("ruby/stripe-restricted-key", "config/initializers/stripe.rb", "Stripe restricted keys docs (rk_live_)", """
# Restricted key: read charges + write refunds only (used by the rentals desk app)
Stripe.api_key = ENV.fetch("STRIPE_API_KEY") { "@@secret@@" }
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

Rails.configuration.stripe = {
  deposit_amount_cents: 15_000,
  currency: "eur"
}
""", stripe("rk_live_", 99))

add("yaml/shopify-admin-token", "shopify-sync/config.yaml", "Shopify Admin API docs (custom app access token shpat_)", """
# board inventory sync: Lightspeed till -> Shopify web store
shopify:
  shop: bluewave-boards.myshopify.com
  api_version: "2024-07"
  admin_token: @@secret@@
  location_id: 71822442634
lightspeed:
  account_id: 291044
  token_file: /etc/shopify-sync/lightspeed.json
mapping:
  sku_prefix_strip: "BW-"
""", shopify("shpat_"))

add("typescript/decoy-storefront-token", "storefront/src/shopify.ts", "Shopify Storefront API docs (public storefront access token)", """
import { createStorefrontApiClient } from "@shopify/storefront-api-client";

// Storefront tokens are public by design: they ship in the browser bundle.
export const client = createStorefrontApiClient({
  storeDomain: "bluewave-boards.myshopify.com",
  apiVersion: "2024-07",
  publicAccessToken: "@@tok@@",
});

export const BOARD_COLLECTION = "gid://shopify/Collection/482911076618";
""", tok=hexs(32))

add("python/shopify-api-secret", "shopify-sync/webhooks.py", "Shopify webhooks docs (HMAC with the app's client secret, shpss_)", """
import base64
import hashlib
import hmac

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
SHOPIFY_CLIENT_SECRET = "@@secret@@"


@app.post("/webhooks/orders-paid")
async def orders_paid(request: Request, x_shopify_hmac_sha256: str = Header(...)):
    body = await request.body()
    digest = hmac.new(SHOPIFY_CLIENT_SECRET.encode(), body, hashlib.sha256).digest()
    if not hmac.compare_digest(base64.b64encode(digest).decode(), x_shopify_hmac_sha256):
        raise HTTPException(status_code=401)
    order = await request.json()
    return {"ok": True, "order": order["id"]}
""", shopify("shpss_"))

add("csharp/square-access-token", "SurfShop.Till/Services/SquareService.cs", "Square .NET SDK docs (access token EAAA)", """
using Square;
using Square.Models;

namespace SurfShop.Till.Services
{
    public class SquareService
    {
        private readonly SquareClient _client = new SquareClient.Builder()
            .Environment(Square.Environment.Production)
            .AccessToken("@@secret@@")
            .Build();

        public async Task<long> TodayTakingsAsync(string locationId)
        {
            var result = await _client.PaymentsApi.ListPaymentsAsync(beginTime: DateTime.UtcNow.Date.ToString("o"), locationId: locationId);
            return result.Payments?.Sum(p => p.AmountMoney.Amount ?? 0) ?? 0;
        }
    }
}
""", square_token())

add("json/square-application-secret", "pos-bridge/square.oauth.json", "Square OAuth docs (application secret sq0csp-)", """
{
  "application_id": "sq0idp-@@appid@@",
  "application_secret": "@@secret@@",
  "redirect_uri": "https://till.bluewaveboards.example/square/callback",
  "scopes": ["PAYMENTS_READ", "ORDERS_READ", "ITEMS_READ", "INVENTORY_WRITE"],
  "location": "L8Q2W4E6R8T0Y"
}
""", square_secret(), appid=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("php/mollie-api-key", "wp-content/themes/golfslag/inc/mollie.php", "Mollie PHP client docs (setApiKey live_)", """
<?php
// Mollie voor lespakketten (iDEAL / Bancontact) - Golfslag Surfschool Scheveningen
require_once __DIR__ . '/../vendor/autoload.php';

function golfslag_mollie(): \\Mollie\\Api\\MollieApiClient {
    $mollie = new \\Mollie\\Api\\MollieApiClient();
    $mollie->setApiKey('@@secret@@');
    return $mollie;
}

function golfslag_betaal_les(float $bedrag, string $les): string {
    $payment = golfslag_mollie()->payments->create([
        'amount'      => ['currency' => 'EUR', 'value' => number_format($bedrag, 2, '.', '')],
        'description' => 'Surfles: ' . $les,
        'redirectUrl' => home_url('/bedankt/'),
    ]);
    return $payment->getCheckoutUrl();
}
""", mollie())

add("java/paypal-client-secret", "src/main/java/com/surfcamp/pay/PayPalConfig.java", "PayPal REST API docs (client id and secret)", """
package com.surfcamp.pay;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;

public final class PayPalConfig {
    private static final String CLIENT_ID = "A@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    private PayPalConfig() {}

    public static PayPalHttpClient client() {
        return new PayPalHttpClient(new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET));
    }
}
""", paypal_secret(), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("env/decoy-placeholder", "shop/.env.example", "Stripe API keys docs; dotenv conventions", """
# copy to .env and fill in from 1Password ("Stripe - shop")
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
STRIPE_PUBLISHABLE_KEY=pk_live_...
SHOPIFY_ADMIN_TOKEN=shpat_<admin token>
MOLLIE_API_KEY=live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
DATABASE_URL=postgres://shop:CHANGEME@localhost:5432/shop
""")

add("log/decoy-redacted", "logs/till-bridge-2025-08-14.log", "Stripe API request log format", """
2025-08-14T08:02:11Z INFO  till-bridge starting v2.3.1
2025-08-14T08:02:11Z INFO  stripe key loaded: sk_live_****************************Qz81 (from STRIPE_SECRET_KEY)
2025-08-14T08:02:12Z INFO  square token loaded: EAAA…[redacted]
2025-08-14T08:15:40Z INFO  charge ch_@@ch@@ 4500 eur ok (board wax x3, leash)
2025-08-14T08:17:02Z WARN  square 429, retry in 2s
2025-08-14T08:17:04Z INFO  synced 14 payments for location L8Q2W4E6R8T0Y
""", ch=fakes.drawn(_seed(), 24))

add("python/sumup-api-key", "till/sumup_reader.py", "SumUp API docs (Bearer sup_sk_ key, Readers checkout)", """
import os

import httpx

SUMUP_MERCHANT = "MC8Q4Z2L"
SUMUP_KEY = os.environ.get("SUMUP_API_KEY", "@@secret@@")


def charge_on_reader(reader_id: str, amount_eur: float, note: str) -> dict:
    r = httpx.post(
        f"https://api.sumup.com/v0.1/merchants/{SUMUP_MERCHANT}/readers/{reader_id}/checkout",
        headers={"Authorization": f"Bearer {SUMUP_KEY}"},
        json={"total_amount": {"value": int(amount_eur * 100), "currency": "EUR", "minor_unit": 2}, "description": note},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
""", fakes.fake("sup_sk_", 32, _seed()))

add("properties/lightspeed-client-secret", "src/main/resources/application-prod.properties", "Lightspeed Retail (X-Series) OAuth docs; Spring Boot properties", """
spring.application.name=boardroom-inventory
server.port=8085
lightspeed.domain-prefix=bluewaveboards
lightspeed.client-id=@@cid@@
lightspeed.client-secret=@@secret@@
lightspeed.redirect-uri=https://inventory.bluewaveboards.example/oauth/callback
inventory.low-stock-threshold=2
""", rand_pw(32), cid=rand_pw(32))

add("yaml/decoy-sops-encrypted", "secrets/payments.enc.yaml", "Mozilla SOPS docs (encrypted YAML)", """
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
stripe_webhook_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1qf8v3zlk0m2x7h6w5e4r3t2y1u0i9o8p7a6s5d4f3g2h1j0k9l8zq7s3x
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBqZ0pQb0F1
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2025-06-02T10:11:12Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.8.1
""", d1=b64(rand_pw(60)), iv1=b64(rand_pw(24)), t1=b64(rand_pw(16)), d2=b64(rand_pw(38)), iv2=b64(rand_pw(24)),
    t2=b64(rand_pw(16)), m=b64(rand_pw(48)))

add("go/adyen-api-key", "cmd/deposit-capture/main.go", "Adyen Go API library docs (X-API-Key)", """
package main

import (
	"log"

	"github.com/adyen/adyen-go-api-library/v9/src/adyen"
	"github.com/adyen/adyen-go-api-library/v9/src/common"
)

func main() {
	client := adyen.NewClient(&common.Config{
		ApiKey:                "@@secret@@",
		Environment:           common.LiveEnv,
		LiveEndpointURLPrefix: "5a1c9e3b7f2d4-SaltwaterSurfCo",
	})
	log.Printf("adyen client ready for merchant SaltwaterSurfCoECOM: %v", client != nil)
}
""", "AQE" + fakes.drawn(_seed(), 60) + "=-" + fakes.drawn(_seed(), 43, ALNUM + "+/") + "=-" + fakes.drawn(_seed(), 10))

add("markdown/stripe-secret-key", "docs/handover-2025.md", "Stripe dashboard API keys page", """
# Shop handover — winter 2025

Hi Jess, everything you need while I'm in Indo:

- Till: Square, login is the shop email, PIN on the sticky under the drawer
- Web store: Shopify staff account already invited
- Stripe (vouchers + rental deposits): the live secret key is
  `@@secret@@`
  if the voucher page breaks, paste it in Netlify > Site settings > Env vars as STRIPE_SECRET_KEY
- Wetsuit supplier orders go out on Mondays

Cheers, Dan
""", stripe("sk_live_", 24))

add("json/decoy-stripe-fixture", "shop/tests/fixtures/checkout_session_completed.json", "Stripe webhook event object docs", """
{
  "id": "evt_1PqZk2FhK3xY8sQwAbC12345",
  "object": "event",
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1@@cs@@",
      "object": "checkout.session",
      "amount_total": 9000,
      "currency": "eur",
      "customer_details": { "email": "grom@example.com", "name": "Test Grom" },
      "payment_intent": "pi_3PqZk2FhK3xY8sQw1xYz7890",
      "payment_status": "paid"
    }
  }
}
""", cs=fakes.drawn(_seed(), 56))


# --- forecasts, surf cams, website ------------------------------------------------------------

add("python/stormglass-api-key", "forecast/stormglass.py", "Stormglass API docs (Authorization header)", """
\"\"\"Morning surf report for the lesson board: swell, wind and tide from Stormglass.\"\"\"
import arrow
import requests

LAT, LNG = 38.6979, -9.4215  # Carcavelos
STORMGLASS_KEY = "@@secret@@"
PARAMS = "swellHeight,swellPeriod,swellDirection,windSpeed,windDirection"


def today():
    start = arrow.now("Europe/Lisbon").floor("day")
    r = requests.get(
        "https://api.stormglass.io/v2/weather/point",
        params={"lat": LAT, "lng": LNG, "params": PARAMS, "start": start.to("UTC").timestamp(), "end": start.shift(days=1).to("UTC").timestamp()},
        headers={"Authorization": STORMGLASS_KEY},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["hours"]
""", hexs(36) + "-" + hexs(36))

add("javascript/decoy-public-site-key", "site/js/contact.js", "Google reCAPTCHA v3 docs (site key is public)", """
// contact + camp enquiry form
const RECAPTCHA_SITE_KEY = "@@sk@@";

document.querySelector("#enquiry").addEventListener("submit", (event) => {
  event.preventDefault();
  grecaptcha.ready(() => {
    grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "enquiry" }).then((token) => {
      const form = new FormData(event.target);
      form.append("g-recaptcha-response", token);
      fetch("/api/enquiry", { method: "POST", body: form }).then(() => (location.href = "/thanks"));
    });
  });
});
""", sk=recaptcha())

add("php/recaptcha-secret-key", "api/enquiry.php", "Google reCAPTCHA docs (siteverify secret)", """
<?php
// camp enquiry endpoint
$secret = '@@secret@@';
$token  = $_POST['g-recaptcha-response'] ?? '';

$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
    'secret'   => $secret,
    'response' => $token,
    'remoteip' => $_SERVER['REMOTE_ADDR'],
]));
$result = json_decode($verify, true);
if (empty($result['success']) || $result['score'] < 0.5) {
    http_response_code(400);
    exit('Sorry, that looked like a robot.');
}
mail('camps@oceangrom.example', 'Camp enquiry', print_r($_POST, true));
header('Location: /thanks');
""", recaptcha())

add("shell/ftp-password", "surfcam/upload_snapshot.sh", "curl FTP upload docs (-T, user:password)", """
#!/bin/sh
# runs on the Raspberry Pi in the lifeguard hut every 2 minutes (cron)
SNAP=/tmp/cam.jpg
raspistill -w 1600 -h 900 -q 80 -o "$SNAP" -a 12 -a "Carcavelos %Y-%m-%d %X"
curl -s --ftp-create-dirs -T "$SNAP" \\
  "ftp://surfcam:@@secret@@@ftp.saltwatersurf.example/public_html/cam/latest.jpg"
""", rand_pw(14))

add("ini/ftp-password", "surfcam/camera-ftp.ini", "Hikvision/ONVIF camera FTP upload settings export", """
[Network.FTP]
Enabled=1
ServerAddress=ftp.northshorecam.example
Port=21
UserName=cam_pier
Password=@@secret@@
Directory=/webcam/pier
Anonymous=0
UploadInterval=60
PicNameRule=latest
""", words_pw())

add("yaml/decoy-public-embed", "_data/cams.yml", "Jekyll data files docs; YouTube embed", """
# surf cams shown on the homepage
- name: Pier
  stream: https://www.youtube.com/embed/live_stream?channel=UC7q8dYk2JbM1xN5pR3sT9vW
  snapshot: https://cdn.northshorecam.example/webcam/pier/latest.jpg
  refresh_seconds: 60
- name: Point
  stream: https://www.youtube.com/embed/live_stream?channel=UC0aB1cD2eF3gH4iJ5kL6mN7
  snapshot: https://cdn.northshorecam.example/webcam/point/latest.jpg
  refresh_seconds: 120
analytics_id: G-7QX2LM4KPZ
""")

add("typescript/decoy-mapbox-public-token", "site/src/components/SpotMap.tsx", "Mapbox GL JS docs (public pk. token in the browser)", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

mapboxgl.accessToken = "@@pk@@";

export default function SpotMap({ spots }: { spots: { name: string; lng: number; lat: number }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current!, style: "mapbox://styles/mapbox/outdoors-v12", center: [-9.42, 38.69], zoom: 11 });
    spots.forEach((s) => new mapboxgl.Marker().setLngLat([s.lng, s.lat]).setPopup(new mapboxgl.Popup().setText(s.name)).addTo(map));
    return () => map.remove();
  }, [spots]);
  return <div ref={ref} style={{ height: 420 }} />;
}
""", pk=mapbox_public())

add("env/mapbox-secret-token", "site/.env.local", "Mapbox access tokens docs (secret sk. tokens for uploads)", """
NEXT_PUBLIC_MAPBOX_TOKEN=@@pk@@
MAPBOX_UPLOAD_TOKEN=@@secret@@
NEXT_PUBLIC_SITE_URL=https://saltwatersurf.example
NEXT_PUBLIC_DEFAULT_SPOT=carcavelos
# uploads the spot tilesets from scripts/upload-tiles.mjs
""", mapbox_secret(), pk=mapbox_public())

add("python/windy-api-key", "forecast/windy_webcams.py", "Windy Webcams API v3 docs (x-windy-api-key header)", """
import requests

WINDY_KEY = "@@secret@@"


def nearby_cams(lat: float, lon: float, radius_km: int = 30) -> list:
    r = requests.get(
        "https://api.windy.com/webcams/api/v3/webcams",
        params={"nearby": f"{lat},{lon},{radius_km}", "include": "images,location"},
        headers={"x-windy-api-key": WINDY_KEY},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["webcams"]
""", rand_pw(32))

add("json/decoy-tide-table", "data/tides/2025-09.json", "NOAA CO-OPS tide predictions JSON", """
{
  "station": "9414290",
  "datum": "MLLW",
  "units": "english",
  "predictions": [
    {"t": "2025-09-01 03:12", "v": "5.214", "type": "H"},
    {"t": "2025-09-01 09:40", "v": "0.833", "type": "L"},
    {"t": "2025-09-01 15:58", "v": "4.102", "type": "H"},
    {"t": "2025-09-01 21:31", "v": "2.377", "type": "L"}
  ],
  "etag": "@@etag@@"
}
""", etag=hexs(40))

add("php/database-password", "wp-config.php", "WordPress wp-config.php docs (DB_PASSWORD)", """
<?php
/** WordPress config — saltwatersurf.example (shared hosting) */
define( 'DB_NAME', 'saltw_wp' );
define( 'DB_USER', 'saltw_wpuser' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'sws_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-env-reference", "wp-config.staging.php", "WordPress wp-config docs; getenv", """
<?php
/** staging on the VPS; values come from the systemd/php-fpm env, never from git */
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: '127.0.0.1' );
define( 'AUTH_KEY', getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY', getenv( 'WP_SECURE_AUTH_KEY' ) );
$table_prefix = 'sws_';
define( 'WP_ENVIRONMENT_TYPE', 'staging' );
require_once ABSPATH . 'wp-settings.php';
""")

add("php/woocommerce-consumer-secret", "scripts/woo_stock_report.php", "WooCommerce REST API docs (consumer key ck_ / secret cs_)", """
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woo = new Client(
    'https://shop.driftwoodboards.example',
    'ck_@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

foreach ($woo->get('products', ['per_page' => 100, 'stock_status' => 'outofstock']) as $p) {
    printf("%-40s %s\\n", $p->name, $p->sku);
}
""", "cs_" + hexs(40), ck=hexs(40))

add("html/decoy-analytics-ids", "site/_includes/head.html", "Google tag docs; Meta Pixel docs", """
<meta name="viewport" content="width=device-width, initial-scale=1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2LM4KPZ"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QX2LM4KPZ');
</script>
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};}(window,document,'script');
  fbq('init', '1187324490213377');
  fbq('track', 'PageView');
</script>
<link rel="stylesheet" href="/assets/site.css" integrity="sha384-@@sri@@" crossorigin="anonymous">
""", sri=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("yaml/cloudinary-api-secret", "config/cloudinary.yml", "Cloudinary Ruby SDK docs (cloudinary.yml / CLOUDINARY_URL)", """
production:
  cloud_name: oceangrom
  api_key: "@@key@@"
  api_secret: "@@secret@@"
  secure: true
  upload_preset: camp_photos
development:
  cloud_name: oceangrom-dev
  api_key: <%= ENV["CLOUDINARY_API_KEY"] %>
  api_secret: <%= ENV["CLOUDINARY_API_SECRET"] %>
""", fakes.drawn(_seed(), 27, ALNUM + "-_"), key=str(random.Random(_seed()).randint(10**14, 10**15)))

add("env/cloudinary-url", "photo-drop/.env", "Cloudinary docs (CLOUDINARY_URL=cloudinary://key:secret@cloud)", """
# lesson photo drop: instructors upload from the GoPro, customers get a link
CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@saltwater-photos
PHOTO_LINK_TTL_DAYS=14
MAIL_FROM=photos@saltwatersurf.example
MAX_UPLOAD_MB=40
""", fakes.drawn(_seed(), 27, ALNUM + "-_"), key=str(random.Random(_seed()).randint(10**14, 10**15)))


# --- SMS, mail, chat -------------------------------------------------------------------------

add("python/twilio-auth-token", "notify/lesson_reminders.py", "Twilio Python helper library docs (Client(account_sid, auth_token))", """
\"\"\"Text tomorrow's students: meeting point, wetsuit size, and whether the lesson is on.\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+351912000111"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(phone: str, name: str, time: str, spot: str) -> str:
    body = f"Hi {name}! Surf lesson tomorrow {time} at {spot}. Bring sunscreen, we bring the board. Reply STOP to opt out."
    return client.messages.create(to=phone, from_=FROM, body=body).sid
""", hexs(32), sid=twilio_sid())

add("env/decoy-twilio-sid-only", "notify/.env.defaults", "Twilio docs (Account SID is an identifier)", """
# defaults committed on purpose; secrets come from the host
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
TWILIO_AUTH_TOKEN=
REMINDER_HOUR=18
REMINDER_TZ=Europe/Lisbon
""", sid=twilio_sid(), mg=hexs(32))

add("javascript/twilio-api-key-secret", "functions/camp-sms.js", "Twilio Node docs (API key SK + secret)", """
const twilio = require("twilio");

const client = twilio("SK@@sk@@", "@@secret@@", { accountSid: "@@sid@@" });

exports.handler = async (event) => {
  const { phone, camper } = JSON.parse(event.body);
  await client.messages.create({
    to: phone,
    messagingServiceSid: "MG@@mg@@",
    body: `${camper} has checked in at Ocean Grom surf camp. Pick-up 16:30 at the beach hut.`,
  });
  return { statusCode: 204 };
};
""", rand_pw(32), sk=hexs(32), sid=twilio_sid(), mg=hexs(32))

add("python/sendgrid-api-key", "notify/vouchers_mail.py", "SendGrid Python library docs (SendGridAPIClient)", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail

sg = SendGridAPIClient("@@secret@@")


def send_voucher(to: str, pdf_b64: str, code: str) -> int:
    msg = Mail(from_email="hello@saltwatersurf.example", to_emails=to,
               subject="Your surf lesson gift voucher", html_content=f"<p>Your code: <b>{code}</b></p>")
    msg.attachment = Attachment(file_content=pdf_b64, file_name=f"voucher-{code}.pdf", file_type="application/pdf")
    return sg.send(msg).status_code
""", sendgrid())

add("yaml/mailgun-api-key", "config/mail.yml", "Mailgun API docs (api key, domain)", """
mail:
  provider: mailgun
  domain: mg.driftwoodboards.example
  region: eu
  api_key: @@secret@@
  from: "Driftwood Boards <orders@driftwoodboards.example>"
  templates:
    order_shipped: board-shipped-v2
    repair_ready: ding-repair-ready
""", mailgun())

add("php/mailchimp-api-key", "wp-content/plugins/sws-newsletter/sws-newsletter.php", "Mailchimp Marketing API docs (key-dc, setConfig)", """
<?php
/*
Plugin Name: SWS Newsletter signup
*/
add_action('wp_ajax_nopriv_sws_signup', function () {
    $mc = new \\MailchimpMarketing\\ApiClient();
    $mc->setConfig(['apiKey' => '@@secret@@', 'server' => 'us21']);
    $mc->lists->addListMember('a7c3e91f04', [
        'email_address' => sanitize_email($_POST['email']),
        'status'        => 'pending',
        'tags'          => ['website', 'swell-alerts'],
    ]);
    wp_send_json_success();
});
""", mailchimp())

add("ini/smtp-password", "booking-admin/config/mail.ini", "PHPMailer / generic SMTP settings", """
; outgoing mail for booking confirmations
[smtp]
host = smtp.office365.com
port = 587
secure = tls
username = bookings@bigwavesurfco.example
password = "@@secret@@"
from_name = "Big Wave Surf Co"
reply_to = lessons@bigwavesurfco.example
""", words_pw())

add("python/smtp-password", "scripts/daily_report_mail.py", "Python smtplib docs (SMTP.login)", """
import smtplib
from email.message import EmailMessage
from pathlib import Path

msg = EmailMessage()
msg["Subject"] = "Daily takings + lessons"
msg["From"] = "reports@driftwoodboards.example"
msg["To"] = "owner@driftwoodboards.example"
msg.set_content(Path("/srv/reports/today.txt").read_text())

with smtplib.SMTP("smtp.zoho.eu", 587) as s:
    s.starttls()
    s.login("reports@driftwoodboards.example", "@@secret@@")
    s.send_message(msg)
""", rand_pw(16))

add("json/brevo-api-key", "newsletter/brevo.config.json", "Brevo (Sendinblue) API docs (api-key header, xkeysib-)", """
{
  "apiKey": "@@secret@@",
  "listIds": { "swellAlerts": 7, "campParents": 12 },
  "sender": { "name": "Ocean Grom", "email": "crew@oceangrom.example" },
  "doubleOptinTemplateId": 3,
  "redirectionUrl": "https://oceangrom.example/thanks"
}
""", "xkeysib-" + hexs(64) + "-" + fakes.drawn(_seed(), 16))

add("python/telegram-bot-token", "bots/swell_alert_bot.py", "python-telegram-bot docs (Application.builder().token)", """
\"\"\"Posts to the crew chat when the forecast crosses 1.2 m at 10 s+ offshore.\"\"\"
from telegram.ext import Application, CommandHandler

from forecast.stormglass import today

TOKEN = "@@secret@@"
CREW_CHAT = -1001847712093


async def now(update, context):
    h = today()[0]
    await update.message.reply_text(f"{h['swellHeight']['sg']} m @ {h['swellPeriod']['sg']} s, wind {h['windSpeed']['sg']} m/s")


app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("now", now))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("shell/telegram-bot-token", "ops/notify_crew.sh", "Telegram Bot API docs (sendMessage)", """
#!/bin/bash
# usage: notify_crew.sh "Lessons cancelled today, onshore 30 knots"
TEXT="${1:?message}"
curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1001847712093 \\
  --data-urlencode "text=${TEXT}" >/dev/null
echo "sent"
""", fakes.telegram_token(_seed()))

add("yaml/slack-webhook", "monitoring/alertmanager.yml", "Prometheus Alertmanager docs (slack_configs api_url)", """
route:
  receiver: shop-slack
  group_wait: 30s
  repeat_interval: 4h
receivers:
  - name: shop-slack
    slack_configs:
      - api_url: @@secret@@
        channel: "#shop-it"
        title: "{{ .CommonAnnotations.summary }}"
        send_resolved: true
""", slack_webhook())

add("python/slack-bot-token", "ops/board_repair_bot.py", "Slack Bolt for Python docs (App(token=...))", """
from slack_bolt import App

app = App(
    token="@@secret@@",
    signing_secret="@@sig@@",
)


@app.command("/ding")
def log_ding(ack, command, say):
    ack()
    say(f"Ding repair logged for {command['text']} - resin team notified :surfer:")


if __name__ == "__main__":
    app.start(port=3000)
""", slack_bot(), sig=hexs(32))

add("json/discord-webhook", "bots/n8n/swell-alert.workflow.json", "n8n workflow export; Discord webhooks docs", """
{
  "name": "Swell alert -> Discord",
  "nodes": [
    { "name": "Every 3h", "type": "n8n-nodes-base.scheduleTrigger", "parameters": { "rule": { "interval": [{ "field": "hours", "hoursInterval": 3 }] } } },
    { "name": "Forecast", "type": "n8n-nodes-base.httpRequest", "parameters": { "url": "https://forecast.internal/api/now" } },
    { "name": "Post", "type": "n8n-nodes-base.httpRequest",
      "parameters": { "method": "POST", "url": "@@secret@@", "jsonBody": "={ \\"content\\": \\"Swell {{$json.height}} m\\" }" } }
  ],
  "active": true
}
""", discord_webhook())

add("markdown/decoy-placeholder", "bots/README.md", "python-telegram-bot docs; BotFather", """
# Crew bots

## Swell alert bot
1. Talk to @BotFather, `/newbot`, copy the token.
2. `export TELEGRAM_TOKEN=123456789:AA-your-token-here`
3. `python bots/swell_alert_bot.py`

## Slack ding bot
Set `SLACK_BOT_TOKEN=xoxb-your-bot-token` and `SLACK_SIGNING_SECRET=<signing secret>` in the
Fly.io app (`fly secrets set ...`). Never paste real tokens here.
""")

add("typescript/decoy-env-reference", "functions/src/notify.ts", "Firebase Functions params docs (defineSecret)", """
import { defineSecret } from "firebase-functions/params";
import { onDocumentCreated } from "firebase-functions/v2/firestore";
import twilio from "twilio";

const twilioSid = defineSecret("TWILIO_ACCOUNT_SID");
const twilioToken = defineSecret("TWILIO_AUTH_TOKEN");

export const bookingSms = onDocumentCreated({ document: "bookings/{id}", secrets: [twilioSid, twilioToken] }, async (event) => {
  const b = event.data?.data();
  if (!b?.phone) return;
  const client = twilio(twilioSid.value(), twilioToken.value());
  await client.messages.create({ to: b.phone, from: "+61400111222", body: `See you at ${b.time}, ${b.name}!` });
});
""")

add("csharp/smtp-password", "SurfShop.Till/Mail/ReceiptMailer.cs", "ASP.NET Core SmtpClient / NetworkCredential docs", """
using System.Net;
using System.Net.Mail;

namespace SurfShop.Till.Mail
{
    public static class ReceiptMailer
    {
        public static SmtpClient Create() => new SmtpClient("smtp.gmail.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("till@bluewaveboards.example", "@@secret@@"),
        };
    }
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("log/decoy-webhook-ids", "logs/sms-2025-06-30.log", "Twilio message status callback fields", """
2025-06-30 18:00:02 reminder batch start: 23 bookings for 2025-07-01
2025-06-30 18:00:03 sent SM@@s1@@ to +3519******21 status=queued
2025-06-30 18:00:03 sent SM@@s2@@ to +3519******07 status=queued
2025-06-30 18:00:04 callback SM@@s1@@ status=delivered
2025-06-30 18:00:05 callback SM@@s2@@ status=undelivered err=30003
2025-06-30 18:00:09 reminder batch done: 22 delivered, 1 failed
""", s1=hexs(32), s2=hexs(32))


# --- small IT: NAS, Wi-Fi, CCTV, the back office ---------------------------------------------

add("yaml/device-admin-password", "ansible/host_vars/nas-backoffice.yml", "Ansible host_vars docs; Synology DSM admin", """
# Synology DS220+ in the back office (board racks photos, accounts, camera recordings)
ansible_host: 192.168.20.5
ansible_user: opsadmin
ansible_become_password: "@@secret@@"
nas_shares:
  - name: accounts
    path: /volume1/accounts
  - name: cctv
    path: /volume1/surveillance
hyper_backup_target: c2-storage-eu
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/shop/vault.yml", "Ansible Vault docs (encrypted file format)", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("ansible/wifi-password", "ansible/roles/unifi/defaults/main.yml", "Ansible role defaults; UniFi WLAN settings", """
---
unifi_controller: https://192.168.20.2:8443
unifi_site: default
unifi_wlans:
  - name: SaltwaterStaff
    security: wpapsk
    x_passphrase: "@@secret@@"
    vlan: 20
  - name: Saltwater-Guests
    security: open
    guest_portal: true
    vlan: 30
""", words_pw())

add("markdown/wifi-password", "docs/it/network.md", "office network runbook; UniFi", """
# Shop network

| What | Where | Notes |
|------|-------|-------|
| Router | UniFi Dream Machine, 192.168.20.1 | admin via unifi.ui.com (owner account) |
| Staff Wi-Fi | `BlueWave-Staff` | WPA2, password `@@secret@@` |
| Guest Wi-Fi | `BlueWave-Guests` | open, captive portal, 2h sessions |
| Till | iPad + Square reader | on staff Wi-Fi, fixed IP .40 |
| NVR | Reolink, 192.168.20.50 | see below |

Guest Wi-Fi password for the board on the counter changes monthly (printed, not here).
""", words_pw())

add("ini/cctv-admin-password", "ops/nvr/reolink-export.ini", "Reolink NVR config backup fields", """
[Device]
Model=RLN8-410
Name=Shop NVR
IP=192.168.20.50
[User0]
UserName=admin
Password=@@secret@@
Level=admin
[User1]
UserName=viewer
Level=guest
[Record]
OverwriteDays=30
""", rand_pw(12))

add("python/cctv-rtsp-password", "ops/cam_snapshot.py", "OpenCV VideoCapture RTSP URL docs", """
\"\"\"Grab a frame from the rack camera every night for the insurance log.\"\"\"
import datetime as dt

import cv2

RTSP = "rtsp://admin:@@secret@@@192.168.20.61:554/h264Preview_01_main"


def snapshot(path: str) -> bool:
    cap = cv2.VideoCapture(RTSP)
    ok, frame = cap.read()
    cap.release()
    return ok and cv2.imwrite(path, frame)


if __name__ == "__main__":
    snapshot(f"/volume1/surveillance/rack/{dt.date.today()}.jpg")
""", words_pw())

add("shell/nas-password", "ops/backup_till_db.sh", "smbclient / mount.cifs docs (username, password options)", """
#!/bin/bash
set -e
STAMP=$(date +%Y%m%d)
mkdir -p /mnt/nas
mount -t cifs //192.168.20.5/accounts /mnt/nas \\
  -o username=backup,password='@@secret@@',vers=3.0,uid=0
pg_dump -Fc -h localhost -U till tilldb > "/mnt/nas/till/till_${STAMP}.dump"
find /mnt/nas/till -name 'till_*.dump' -mtime +60 -delete
umount /mnt/nas
""", words_pw())

add("powershell/admin-password", "ops/Setup-TillLaptop.ps1", "PowerShell New-LocalUser docs (ConvertTo-SecureString -AsPlainText)", """
# run once on each new till laptop (Windows 11 Pro)
$ErrorActionPreference = 'Stop'
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
New-LocalUser -Name 'shopadmin' -Password $pw -FullName 'Shop Admin' -PasswordNeverExpires
Add-LocalGroupMember -Group 'Administrators' -Member 'shopadmin'
Set-TimeZone -Id 'GMT Standard Time'
winget install --id Lightspeed.RetailPOS -e --silent
Write-Host 'Till laptop ready. Sign the Square reader in next.'
""", words_pw())

add("powershell/decoy-secret-prompt", "ops/Reset-GuestWifi.ps1", "PowerShell Read-Host -AsSecureString docs", """
param(
    [Parameter(Mandatory)] [string] $Controller = 'https://192.168.20.2:8443'
)
$cred = Get-Credential -Message 'UniFi controller admin'
$newPass = Read-Host -AsSecureString 'New guest Wi-Fi password'
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($newPass))
$session = Invoke-RestMethod -Uri "$Controller/api/login" -Method Post -Body (@{ username = $cred.UserName; password = $cred.GetNetworkCredential().Password } | ConvertTo-Json) -SessionVariable s -SkipCertificateCheck
Invoke-RestMethod -Uri "$Controller/api/s/default/rest/wlanconf/guest" -Method Put -Body (@{ x_passphrase = $plain } | ConvertTo-Json) -WebSession $s -SkipCertificateCheck
Write-Host 'Guest Wi-Fi password changed; print the new card for the counter.'
""")

add("xml/router-admin-password", "ops/router/fritzbox-shop.export.xml", "router configuration export (XML)", """
<?xml version="1.0" encoding="utf-8"?>
<config device="FRITZ!Box 7590" site="Driftwood Boards workshop">
  <lan ip="192.168.178.1" dhcp-start="192.168.178.20" dhcp-end="192.168.178.200"/>
  <remote-access enabled="true" port="44312">
    <user name="fbadmin" password="@@secret@@" rights="all"/>
  </remote-access>
  <wlan ssid="Driftwood-Workshop" security="WPA3"/>
  <dyndns provider="myfritz" enabled="true"/>
</config>
""", rand_pw(16))

add("csv/cctv-admin-password", "ops/inventory/devices.csv", "asset inventory export", """
asset,location,ip,user,password,notes
UDM Pro,rack,192.168.20.1,owner,(unifi cloud),
NVR,rack,192.168.20.50,admin,@@secret@@,Reolink 8ch
Label printer,till,192.168.20.45,,,Zebra ZD421
Shaping bay CNC PC,workshop,192.168.20.70,shaper,see 1Password,Windows 10 LTSC
Till iPad,till,192.168.20.40,,,Square
""", words_pw())

add("csv/decoy-device-inventory", "ops/inventory/serials.csv", "asset inventory export", """
asset,model,serial,mac,firmware,warranty_until
UDM Pro,UDM-Pro,F4E2C6A1B3D5,24:5a:4c:9e:11:02,3.2.12,2026-03-01
NVR,RLN8-410,@@s1@@,ec:71:db:10:44:7a,v3.3.0.282,2025-11-15
Label printer,ZD421,D8N21423190,00:07:4d:8a:33:19,V93.21.26Z,2026-01-20
Till iPad,iPad 10th gen,@@s2@@,,17.5,2025-09-30
""", s1=upper_hex(16), s2=fakes.drawn(_seed(), 12, string.ascii_uppercase + string.digits))

add("yaml/decoy-password-hash", "ops/unifi/radius-users.yml", "FreeRADIUS users (NT-Password hashes)", """
# staff VLAN 802.1X accounts; NT hashes only, plain text in 1Password
radius_users:
  - username: kai
    nt_password: "@@h1@@"
    vlan: 20
  - username: leilani
    nt_password: "@@h2@@"
    vlan: 20
  - username: till-ipad
    nt_password: "@@h3@@"
    vlan: 25
""", h1=upper_hex(32), h2=upper_hex(32), h3=upper_hex(32))

add("json/printer-admin-password", "ops/printers/zebra-zd421.json", "Zebra printer settings export (JSON)", """
{
  "device.friendly_name": "TILL-LABELS",
  "ip.addr": "192.168.20.45",
  "ip.dhcp.enable": "off",
  "wlan.essid": "BlueWave-Staff",
  "wlan.wpa.psk": "@@secret@@",
  "device.languages": "zpl",
  "media.type": "direct-thermal",
  "print.tone": "15.0"
}
""", words_pw())

add("log/router-admin-password", "ops/logs/vpn-setup-2025-05-02.txt", "WireGuard / router console session", """
shop-udm# configure
shop-udm# set vpn wireguard wg0 listen-port 51820
shop-udm# set vpn wireguard wg0 peer kai-laptop allowed-ips 10.8.0.2/32
shop-udm# set system login user support authentication plaintext-password '@@secret@@'
shop-udm# commit ; save
Saving configuration to '/config/config.boot'...
Done
shop-udm# exit
""", words_pw())

add("ini/wireguard-private-key", "ops/vpn/kai-laptop.conf", "WireGuard wg-quick config docs (PrivateKey)", """
[Interface]
PrivateKey = @@secret@@
Address = 10.8.0.2/32
DNS = 192.168.20.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.bluewaveboards.example:51820
AllowedIPs = 192.168.20.0/24
PersistentKeepalive = 25
""", b64(fakes.drawn(_seed(), 32))[:43] + "=", pub=b64(fakes.drawn(_seed(), 32))[:43] + "=")

add("ini/decoy-wireguard-public-key", "ops/vpn/server-peers.conf", "WireGuard docs (PublicKey is public)", """
# peers on the shop UDM (public keys only; each laptop keeps its own private key)
[Peer]
# kai-laptop
PublicKey = @@p1@@
AllowedIPs = 10.8.0.2/32

[Peer]
# workshop-pc
PublicKey = @@p2@@
AllowedIPs = 10.8.0.3/32
""", p1=b64(fakes.drawn(_seed(), 32))[:43] + "=", p2=b64(fakes.drawn(_seed(), 32))[:43] + "=")


# --- deploy, containers, cloud ---------------------------------------------------------------

add("compose/database-password", "booking-admin/docker-compose.yml", "Docker Compose docs; postgres image env", """
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: surfschool
      POSTGRES_USER: surfschool
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    environment:
      DATABASE_URL: postgres://surfschool:@@secret@@@db:5432/surfschool
      TZ: Europe/Lisbon
    ports:
      - "8080:8080"
    depends_on: [db]
volumes:
  pgdata: {}
""", rand_pw(24))

add("compose/redis-password", "shop-stack/compose.yaml", "Docker Compose docs; redis-server --requirepass", """
services:
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
  worker:
    image: ghcr.io/bluewave-boards/shopify-sync:2.4.0
    environment:
      REDIS_URL: redis://:@@secret@@@redis:6379/0
      SHOPIFY_ADMIN_TOKEN: ${SHOPIFY_ADMIN_TOKEN}
    depends_on: [redis]
""", fakes.redis_password(_seed()))

add("compose/decoy-env-reference", "forecast-board/docker-compose.yml", "Docker Compose docs (variable interpolation, secrets)", """
services:
  board:
    image: ghcr.io/saltwater-surf/forecast-board:latest
    environment:
      STORMGLASS_KEY: ${STORMGLASS_KEY:?set in .env}
      WINDY_KEY: ${WINDY_KEY:-}
      TZ: Europe/Lisbon
    secrets:
      - telegram_token
    restart: unless-stopped
secrets:
  telegram_token:
    file: ./secrets/telegram_token.txt
""")

add("dockerfile/npm-token", "storefront/Dockerfile", "Dockerfile docs; npm .npmrc authToken", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc \\
 && npm ci \\
 && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", npm_token())

add("dockerfile/decoy-build-secret", "booking-admin/Dockerfile", "Docker BuildKit secret mounts docs", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PORT=8080 DJANGO_SETTINGS_MODULE=surfadmin.settings.prod
USER 1000
CMD ["gunicorn", "surfadmin.wsgi", "-b", "0.0.0.0:8080", "-w", "3"]
""")

_sk, _wh = stripe("sk_live_", 99), whsec()
add("k8s-secret/stripe-secret-key", "k8s/shop/stripe-secret.yaml", "Kubernetes Secret docs (data: base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: shop
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_WEBHOOK_SECRET: @@enc2@@
""", _sk, enc=b64(_sk), enc2=b64(_wh))

_pw = words_pw()
add("k8s-secret/database-password", "k8s/booking/db-credentials.yaml", "Kubernetes Secret docs (data: base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
  labels:
    app.kubernetes.io/part-of: booking-admin
type: Opaque
data:
  username: @@u@@
  password: @@p@@
  host: @@h@@
""", _pw, u=b64("surfschool"), p=b64(_pw), h=b64("booking-db.booking.svc.cluster.local"))

add("k8s-secret/smtp-password", "k8s/booking/mail-secret.yaml", "Kubernetes Secret docs (stringData)", """
apiVersion: v1
kind: Secret
metadata:
  name: mail
  namespace: booking
type: Opaque
stringData:
  SMTP_HOST: smtp.eu.mailgun.org
  SMTP_USER: postmaster@mg.saltwatersurf.example
  SMTP_PASSWORD: "@@secret@@"
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("k8s-secret/decoy-sealed-secret", "k8s/shop/sealed-shopify.yaml", "Bitnami Sealed Secrets docs (encryptedData)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shopify
  namespace: shop
spec:
  encryptedData:
    SHOPIFY_ADMIN_TOKEN: Ag@@e1@@
    SHOPIFY_CLIENT_SECRET: Ag@@e2@@
  template:
    metadata:
      name: shopify
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

add("terraform/aws-secret-key", "infra/main.tf", "Terraform AWS provider docs (access_key, secret_key)", """
provider "aws" {
  region     = "eu-west-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "lesson_photos" {
  bucket = "saltwater-lesson-photos"
}

resource "aws_s3_bucket_lifecycle_configuration" "expire" {
  bucket = aws_s3_bucket.lesson_photos.id
  rule {
    id     = "expire-after-30-days"
    status = "Enabled"
    expiration { days = 30 }
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "Terraform Cloudflare provider docs (api_token)", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" { default = "9b1f0e2c7d4a6b8e0f1a3c5d7e9b2f41" }

resource "cloudflare_record" "book" {
  zone_id = var.zone_id
  name    = "book"
  content = "saltwater-surf-school.fareharbor.com"
  type    = "CNAME"
  proxied = false
}
""", cloudflare_token())

add("terraform/decoy-variable-reference", "infra/droplet/main.tf", "Terraform variables docs (sensitive); DigitalOcean provider", """
variable "do_token" {
  type      = string
  sensitive = true
}

provider "digitalocean" {
  token = var.do_token
}

resource "digitalocean_droplet" "booking" {
  name     = "booking-admin"
  region   = "lon1"
  size     = "s-1vcpu-2gb"
  image    = "docker-20-04"
  ssh_keys = [data.digitalocean_ssh_key.kai.id]
}
""")

add("terraform/digitalocean-token", "infra/droplet/terraform.tfvars", "Terraform .tfvars docs; DigitalOcean personal access tokens (dop_v1_)", """
do_token       = "@@secret@@"
region         = "lon1"
droplet_size   = "s-1vcpu-2gb"
admin_ssh_key  = "kai@macbook"
backup_enabled = true
""", do_token())

add("github-actions/aws-secret-key", ".github/workflows/deploy-site.yml", "GitHub Actions docs; aws-actions/configure-aws-credentials", """
name: deploy site
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
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-west-1
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://saltwatersurf-site --delete
      - run: aws cloudfront create-invalidation --distribution-id E2Q8XK4M1ZP7RT --paths '/*'
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/sync-bookings.yml", "GitHub Actions docs (secrets context)", """
name: sync bookings
on:
  schedule:
    - cron: "*/15 6-20 * * *"
  workflow_dispatch:
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt
      - run: python -m booking.fareharbor_sync
        env:
          FH_APP_KEY: ${{ secrets.FH_APP_KEY }}
          FH_USER_KEY: ${{ secrets.FH_USER_KEY }}
          GOOGLE_SHEETS_SA: ${{ secrets.GOOGLE_SHEETS_SA }}
""")

add("github-actions/pypi-token", ".github/workflows/release.yml", "PyPI API tokens docs; pypa/gh-action-pypi-publish", """
name: release surfcast
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "surfcast/.pypirc", "PyPI .pypirc docs", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("shell/github-token", "scripts/clone_theme.sh", "GitHub docs (HTTPS clone with a personal access token)", """
#!/usr/bin/env bash
# pulls the private Shopify theme onto the shop Mac for Jess
set -e
cd ~/Sites
git clone https://kai-bluewave:@@secret@@@github.com/bluewave-boards/shopify-theme.git
cd shopify-theme
npm install
shopify theme dev --store bluewave-boards
""", fakes.github_token(_seed()))

add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", "GitLab CI docs; GitLab personal access tokens (glpat-)", """
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
    GITLAB_API_TOKEN: "@@secret@@"
  script:
    - git push --mirror "https://oauth2:${GITLAB_API_TOKEN}@gitlab.com/ocean-grom/camp-site.git"
  only: [main]
""", gitlab_token())

add("yaml/github-fine-grained-token", "renovate/config.yml", "Renovate self-hosted config docs (token)", """
# self-hosted Renovate on the NAS (docker), keeps the shop repos' deps fresh
platform: github
token: @@secret@@
repositories:
  - bluewave-boards/shopify-theme
  - bluewave-boards/shopify-sync
onboarding: false
requireConfig: optional
prHourlyLimit: 2
""", fakes.github_fine_grained_token(_seed()))


# --- accounting, waivers, CRM, apps ----------------------------------------------------------

add("python/xero-client-secret", "accounts/xero_invoices.py", "Xero API docs (OAuth2 client credentials, custom connection)", """
\"\"\"Push yesterday's camp invoices into Xero (custom connection, client credentials).\"\"\"
import requests

XERO_CLIENT_ID = "@@cid@@"
XERO_CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post("https://identity.xero.com/connect/token",
                      auth=(XERO_CLIENT_ID, XERO_CLIENT_SECRET),
                      data={"grant_type": "client_credentials", "scope": "accounting.transactions accounting.contacts"},
                      timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
""", fakes.drawn(_seed(), 48, ALNUM + "-_"), cid=upper_hex(32))

add("json/quickbooks-refresh-token", "accounts/qbo_tokens.json", "Intuit QuickBooks Online OAuth2 docs (refresh token)", """
{
  "realm_id": "9130357184260286",
  "client_id": "AB@@cid@@",
  "client_secret": "@@secret@@",
  "refresh_token": "AB11@@rt@@",
  "environment": "production",
  "refreshed_at": "2025-08-30T06:00:01Z"
}
""", fakes.drawn(_seed(), 40), cid=fakes.drawn(_seed(), 48), rt=fakes.drawn(_seed(), 46))

add("php/smartwaiver-api-key", "wp-content/plugins/sws-waivers/api.php", "Smartwaiver API v4 docs (sw-api-key header)", """
<?php
// list today's signed waivers so the beach crew can tick people off
function sws_todays_waivers(): array {
    $resp = wp_remote_get('https://api.smartwaiver.com/v4/waivers?fromDts=' . gmdate('Y-m-d\\T00:00:00'), [
        'headers' => ['sw-api-key' => '@@secret@@'],
        'timeout' => 15,
    ]);
    if (is_wp_error($resp)) {
        return [];
    }
    $body = json_decode(wp_remote_retrieve_body($resp), true);
    return $body['waivers'] ?? [];
}
""", rand_pw(32))

_key = pem("PRIVATE KEY", 10)
add("json/gcp-service-account-key", "roster/credentials/sheets-writer.json", "Google Cloud service account key file docs", """
{
  "type": "service_account",
  "project_id": "saltwater-roster",
  "private_key_id": "@@kid@@",
  "private_key": "@@esc@@",
  "client_email": "sheets-writer@saltwater-roster.iam.gserviceaccount.com",
  "client_id": "104829113377650218842",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
""", _key.split("\n")[1], kid=hexs(40), esc=_key.replace("\n", "\\n") + "\\n")

add("python/openai-api-key", "chatbot/faq_bot.py", "OpenAI Python library docs (OpenAI(api_key=...))", """
\"\"\"Website chat: answers 'what board should I rent?' and 'is it on today?' from our FAQ.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")
SYSTEM = open("chatbot/faq.md").read()


def answer(question: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        max_tokens=300,
    )
    return resp.choices[0].message.content
""", fakes.openai_key(_seed()))

add("typescript/anthropic-api-key", "chatbot/src/coach.ts", "Anthropic TypeScript SDK docs (new Anthropic({ apiKey }))", """
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({ apiKey: "@@secret@@" });

export async function sessionFeedback(notes: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 400,
    messages: [{ role: "user", content: `Turn these coach notes into friendly feedback for the student:\\n${notes}` }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
""", "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA")

add("javascript/hubspot-private-app-token", "crm/sync-campers.js", "HubSpot private apps docs (Bearer pat-)", """
const hubspot = require("@hubspot/api-client");

const client = new hubspot.Client({ accessToken: "@@secret@@" });

async function upsertParent(parent) {
  await client.crm.contacts.basicApi.create({
    properties: { email: parent.email, firstname: parent.first, lastname: parent.last, camp_week: parent.week },
  });
}

module.exports = { upsertParent };
""", hubspot_pat())

add("python/airtable-token", "roster/airtable_board_quiver.py", "Airtable Web API docs (personal access tokens pat...)", """
from pyairtable import Api

api = Api("@@secret@@")
quiver = api.table("appQ7m2LxP9ZkTr4c", "Boards")


def boards_due_for_repair():
    return [r["fields"] for r in quiver.all(formula="{Status} = 'Dinged'")]


if __name__ == "__main__":
    for b in boards_due_for_repair():
        print(b.get("Tag"), b.get("Model"), b.get("Notes", ""))
""", airtable_pat())

add("env/notion-token", "handbook-sync/.env", "Notion API docs (internal integration secret)", """
NOTION_TOKEN=@@secret@@
NOTION_HANDBOOK_PAGE=5e1c0a7d2b9f4c8e9a3d6f1b0c2e4a7d
EXPORT_DIR=./site/handbook
# integration "Handbook export" in the Saltwater workspace, read-only content
SYNC_CRON="0 5 * * *"
""", notion_secret())

add("ruby/klaviyo-private-key", "app/services/klaviyo_sync.rb", "Klaviyo API docs (Klaviyo-API-Key private key pk_)", """
require "faraday"

class KlaviyoSync
  KEY = "@@secret@@".freeze

  def self.subscribe(email, list_id: "XyZ9aB")
    Faraday.post("https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/") do |req|
      req.headers["Authorization"] = "Klaviyo-API-Key #{KEY}"
      req.headers["revision"] = "2024-07-15"
      req.headers["Content-Type"] = "application/json"
      req.body = { data: { type: "profile-subscription-bulk-create-job", attributes: { profiles: { data: [{ type: "profile", attributes: { email: email } }] } }, relationships: { list: { data: { type: "list", id: list_id } } } } }.to_json
    end
  end
end
""", klaviyo_private())

add("python/django-secret-key", "surfadmin/settings/prod.py", "Django settings docs (SECRET_KEY)", """
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["admin.saltwatersurf.example"]
CSRF_TRUSTED_ORIGINS = ["https://admin.saltwatersurf.example"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
TIME_ZONE = "Europe/Lisbon"
""", fakes.django_secret_key(_seed()))

add("env/laravel-app-key", "camp-portal/.env", "Laravel configuration docs (APP_KEY base64:, DB_PASSWORD)", """
APP_NAME="Ocean Grom Camp Portal"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://portal.oceangrom.example
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=camp_portal
DB_USERNAME=camp
DB_PASSWORD=${CAMP_DB_PASSWORD}
""", b64(fakes.drawn(_seed(), 32)))

add("rust/mysql-password", "quiver-api/src/db.rs", "sqlx docs (MySqlPool::connect with a URL)", """
use sqlx::mysql::MySqlPoolOptions;
use sqlx::MySqlPool;

const DATABASE_URL: &str = "mysql://quiver:@@secret@@@10.0.1.12:3306/quiver";

pub async fn pool() -> Result<MySqlPool, sqlx::Error> {
    MySqlPoolOptions::new()
        .max_connections(5)
        .connect(DATABASE_URL)
        .await
}
""", rand_pw(20))

add("javascript/mongodb-password", "rental-tracker/server/db.js", "MongoDB Node driver docs (connection string)", """
const { MongoClient } = require("mongodb");

const uri = "mongodb+srv://rentals:@@secret@@@cluster0.x7kqp.mongodb.net/rentals?retryWrites=true&w=majority";
const client = new MongoClient(uri);

async function boardsOut() {
  await client.connect();
  return client.db("rentals").collection("checkouts").find({ returnedAt: null }).toArray();
}

module.exports = { boardsOut };
""", words_pw().replace("!", "").replace("#", "").replace("$", "").replace("%", "").replace("@", "").replace("*", ""))

add("python/redis-password", "surfadmin/celery.py", "Celery docs (broker_url redis://:password@host)", """
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "surfadmin.settings.prod")
app = Celery("surfadmin", broker="redis://:@@secret@@@10.0.1.20:6379/2")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.conf.beat_schedule = {
    "lesson-reminders": {"task": "notify.tasks.send_reminders", "schedule": 60 * 60},
}
""", fakes.redis_password(_seed()))

add("php/redis-password", "camp-portal/config/cache-local.php", "phpredis docs (auth)", """
<?php
$redis = new Redis();
$redis->connect('10.0.1.20', 6379, 2.5);
$redis->auth('@@secret@@');
$redis->select(4);

return [
    'driver' => 'redis',
    'client' => $redis,
    'prefix' => 'camp:',
    'ttl'    => 600,
];
""", fakes.redis_password(_seed()))

_k = pem("OPENSSH PRIVATE KEY", 7)
add("github-actions/ssh-private-key", ".github/workflows/deploy-portal.yml", "appleboy/ssh-action docs (key input)", """
name: deploy camp portal
on:
  push:
    branches: [main]
jobs:
  ssh-deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: portal.oceangrom.example
          username: deploy
          key: |
@@key@@
          script: cd /var/www/camp-portal && git pull && php artisan migrate --force
""", _k, key=indent(_k, "            "))

_p8 = pem("PRIVATE KEY", 3)
add("json/app-store-connect-key", "checkin-app/fastlane/api_key.json", "fastlane App Store Connect API key JSON docs", """
{
  "key_id": "D83848D23",
  "issuer_id": "@@iss@@",
  "key": "@@esc@@",
  "duration": 1200,
  "in_house": false
}
""", _p8.split("\n")[2], iss=uuid_s(), esc=_p8.replace("\n", "\\n"))

add("python/fcm-server-key", "notify/push.py", "Firebase Cloud Messaging legacy HTTP docs (Authorization: key=)", """
import requests

FCM_SERVER_KEY = "@@secret@@"


def push_swell_alert(topic: str, text: str) -> int:
    r = requests.post(
        "https://fcm.googleapis.com/fcm/send",
        headers={"Authorization": f"key={FCM_SERVER_KEY}", "Content-Type": "application/json"},
        json={"to": f"/topics/{topic}", "notification": {"title": "Swell alert", "body": text}},
        timeout=10,
    )
    return r.status_code
""", fcm_key())

add("python/instagram-access-token", "social/post_daily_photo.py", "Instagram Graph API docs (content publishing, access_token)", """
import requests

IG_USER = "17841405822304914"
TOKEN = "@@secret@@"


def post(image_url: str, caption: str) -> str:
    c = requests.post(f"https://graph.facebook.com/v20.0/{IG_USER}/media",
                      data={"image_url": image_url, "caption": caption, "access_token": TOKEN}, timeout=30).json()
    p = requests.post(f"https://graph.facebook.com/v20.0/{IG_USER}/media_publish",
                      data={"creation_id": c["id"], "access_token": TOKEN}, timeout=30).json()
    return p["id"]
""", "EAAG" + fakes.drawn(_seed(), 180))

add("json/google-oauth-client-secret", "roster/credentials/client_secret.json", "Google OAuth client secrets file docs", """
{
  "installed": {
    "client_id": "618320094412-5q2k8lm3n7p0r4s6t8v1x3z5b7d9f0h2.apps.googleusercontent.com",
    "project_id": "saltwater-roster",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", google_secret())

add("csharp/azure-client-secret", "SurfShop.Mailbox/GraphMailbox.cs", "Microsoft Graph .NET docs (ClientSecretCredential)", """
using Azure.Identity;
using Microsoft.Graph;

namespace SurfShop.Mailbox
{
    public static class GraphMailbox
    {
        private const string TenantId = "@@tenant@@";
        private const string ClientId = "@@client@@";
        private const string ClientSecret = "@@secret@@";

        public static GraphServiceClient Create() =>
            new GraphServiceClient(new ClientSecretCredential(TenantId, ClientId, ClientSecret), new[] { "https://graph.microsoft.com/.default" });
    }
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("python/dropbox-token", "photos/dropbox_backup.py", "Dropbox Python SDK docs (Dropbox(oauth2_access_token))", """
import pathlib

import dropbox

dbx = dropbox.Dropbox("@@secret@@")

for jpg in pathlib.Path("/volume1/photos/lessons").glob("*.jpg"):
    with jpg.open("rb") as fh:
        dbx.files_upload(fh.read(), f"/Lesson photos/{jpg.name}", mode=dropbox.files.WriteMode.overwrite)
    print("uploaded", jpg.name)
""", "sl." + fakes.drawn(_seed(), 136, ALNUM + "-_"))

add("shell/trello-token", "ops/new_rental_card.sh", "Trello REST API docs (key and token query params)", """
#!/bin/sh
# creates a card on the Repairs board when a rental comes back dinged
BOARD_LIST=64f1c2a7e9b3d5f7a1c3e5b7
KEY=@@key@@
TOKEN=@@secret@@
curl -s -X POST "https://api.trello.com/1/cards?idList=${BOARD_LIST}&key=${KEY}&token=${TOKEN}" \\
  --data-urlencode "name=Ding: ${1:?board tag}" \\
  --data-urlencode "desc=${2:-no notes}"
""", "ATTA" + hexs(64) + upper_hex(8), key=hexs(32))

add("yaml/postmark-server-token", "config/postmark.yml", "Postmark API docs (X-Postmark-Server-Token)", """
postmark:
  server_token: "@@secret@@"
  message_stream: outbound
  from: "Big Wave Surf Co <bookings@bigwavesurfco.example>"
  templates:
    booking_confirmed: 38211903
    lesson_cancelled: 38211944
    voucher: 38212010
""", uuid_s())

add("swift/stripe-secret-key", "CheckIn/CheckIn/Payments/StripeConfig.swift", "stripe-ios docs (StripeAPI.defaultPublishableKey); Stripe API keys", """
import Foundation
import StripeCore

enum StripeConfig {
    static let publishableKey = "@@pk@@"
    // TODO(dan): move refunds to the server, this is only for the beach kiosk
    static let secretKey = "@@secret@@"

    static func configure() {
        StripeAPI.defaultPublishableKey = publishableKey
    }
}
""", stripe("sk_live_", 99), pk=stripe("pk_live_", 99))

add("plist/square-access-token", "CheckIn/CheckIn/Config/Secrets.plist", "Apple property list format; Square access token", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>SquareApplicationID</key>
	<string>sq0idp-@@appid@@</string>
	<key>SquareAccessToken</key>
	<string>@@secret@@</string>
	<key>SquareLocationID</key>
	<string>L8Q2W4E6R8T0Y</string>
</dict>
</plist>
""", square_token(), appid=fakes.drawn(_seed(), 22, ALNUM + "-_"))


# --- decoys: public-by-design values, references, hashes, fixtures ---------------------------

add("javascript/decoy-public-client-ids", "theme/snippets/payments.liquid.js", "PayPal JS SDK docs (client-id is public); Square Web Payments SDK docs (application id)", """
// PayPal buttons + Square card form on the camp deposit page (ids only; both are public)
const PAYPAL_CLIENT_ID = "A@@pp@@";
const SQUARE_APP_ID = "sq0idp-@@sq@@";
const SQUARE_LOCATION = "L8Q2W4E6R8T0Y";

const s = document.createElement("script");
s.src = `https://www.paypal.com/sdk/js?client-id=${PAYPAL_CLIENT_ID}&currency=AUD`;
document.head.appendChild(s);

export async function squareCard() {
  const payments = window.Square.payments(SQUARE_APP_ID, SQUARE_LOCATION);
  const card = await payments.card();
  await card.attach("#card-container");
  return card;
}
""", pp=fakes.drawn(_seed(), 79, ALNUM + "-_"), sq=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("typescript/decoy-adyen-client-key", "storefront/src/adyenDropin.ts", "Adyen Web Drop-in docs (client key is public, live_ prefix)", """
import AdyenCheckout from "@adyen/adyen-web";

export async function mountDropin(session: { id: string; sessionData: string }) {
  const checkout = await AdyenCheckout({
    environment: "live",
    clientKey: "live_@@ck@@",
    session,
    onPaymentCompleted: () => (window.location.href = "/rental/confirmed"),
  });
  checkout.create("dropin").mount("#dropin");
}
""", ck=fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits))

add("javascript/decoy-sentry-dsn", "site/src/sentry.client.js", "Sentry JavaScript docs (DSN is safe to expose)", """
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@k@@@o4506812345678912.ingest.de.sentry.io/4506812345679001",
  environment: "production",
  tracesSampleRate: 0.1,
  release: "saltwater-site@2025.08.3",
});
""", k=hexs(32))

add("javascript/decoy-firebase-web-config", "checkin-web/src/firebase.js", "Firebase docs (web apiKey identifies the project, not a secret)", """
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "AIza@@k@@",
  authDomain: "saltwater-checkin.firebaseapp.com",
  projectId: "saltwater-checkin",
  storageBucket: "saltwater-checkin.appspot.com",
  messagingSenderId: "618320094412",
  appId: "1:618320094412:web:@@app@@",
};

export const db = getFirestore(initializeApp(firebaseConfig));
""", k=fakes.drawn(_seed(), 35, ALNUM + "-_"), app=hexs(22))

add("html/decoy-algolia-search-key", "site/_includes/board-search.html", "Algolia docs (search-only API key is public)", """
<div id="board-search"></div>
<script src="https://cdn.jsdelivr.net/npm/algoliasearch@4/dist/algoliasearch-lite.umd.js"></script>
<script src="https://cdn.jsdelivr.net/npm/instantsearch.js@4"></script>
<script>
  // search-only key: safe in the browser, restricted to the boards index
  const searchClient = algoliasearch("Q8ZK2M4XPL", "@@k@@");
  const search = instantsearch({ indexName: "boards_production", searchClient });
  search.addWidgets([instantsearch.widgets.searchBox({ container: "#board-search", placeholder: "Search boards, fins, wetsuits" })]);
  search.start();
</script>
""", k=hexs(32))

add("yaml/decoy-stripe-price-ids", "shop/catalog.yml", "Stripe Prices docs (price_ / prod_ ids)", """
# lesson packs and their Stripe prices (ids, not keys)
lessons:
  - name: Beginner group 2h
    product: prod_QhK3xY8sQw0aB7
    price: price_1PqLm2FhK3xY8sQw0aB7cD9e
  - name: Private 1h
    product: prod_QhK4Lm2Zp9Tt1V
    price: price_1PqLn7FhK3xY8sQwR2d4F6h8
  - name: 5-lesson pack
    product: prod_QhK5Nn8Wq3Ee2R
    price: price_1PqLp1FhK3xY8sQwT5g7J9k1
gift_voucher_price: price_1PqLm2FhK3xY8sQw0aB7cD9e
""")

add("json/decoy-integrity-hashes", "storefront/package-lock.json", "npm package-lock.json docs (integrity: sha512)", """
{
  "name": "storefront",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "storefront", "version": "1.4.0", "dependencies": { "mapbox-gl": "^3.6.0" } },
    "node_modules/mapbox-gl": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.6.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@shopify/storefront-api-client": {
      "version": "1.0.2",
      "resolved": "https://registry.npmjs.org/@shopify/storefront-api-client/-/storefront-api-client-1.0.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("toml/decoy-lock-hashes", "forecast/poetry.lock", "Poetry lock file format (sha256 file hashes)", """
[[package]]
name = "arrow"
version = "1.3.0"
description = "Better dates & times for Python"
optional = false
python-versions = ">=3.8"
files = [
    {file = "arrow-1.3.0-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "arrow-1.3.0.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.12"
content-hash = "@@h3@@"
""", h1=sha256(), h2=sha256(), h3=sha256())

add("compose/decoy-image-digest", "surfcam/compose.yaml", "Docker docs (pin images by digest)", """
services:
  cam-relay:
    image: ghcr.io/saltwater-surf/cam-relay@sha256:@@d1@@
    restart: unless-stopped
    environment:
      CAM_URL_FILE: /run/secrets/cam_url
    secrets: [cam_url]
  caddy:
    image: caddy:2.8@sha256:@@d2@@
    ports: ["443:443"]
secrets:
  cam_url:
    file: ./secrets/cam_url
""", d1=sha256(), d2=sha256())

add("markdown/decoy-commit-shas", "CHANGELOG.md", "Keep a Changelog format", """
# Changelog

## [2.4.0] - 2025-08-02
### Added
- Rental deposits through Stripe Elements (@@c1@@)
- Swell alert bot posts to Discord as well (@@c2@@)

### Fixed
- Wetsuit size XS was missing from the rental form (@@c3@@)

## [2.3.1] - 2025-07-11
- Lesson reminders now respect Europe/Lisbon DST (@@c4@@)
""", c1=hexs(40), c2=hexs(7), c3=hexs(40), c4=hexs(12))

add("text/decoy-public-keys", "ops/ssh/authorized_keys", "OpenSSH authorized_keys format (public keys)", """
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ kai@macbook
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ deploy@github-actions
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ jess@shop-imac
# workshop PC (shaping bay), added 2025-04
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k4@@ shaper@workshop-pc
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 200, ALNUM + "+/"), k4=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("text/decoy-certificate", "ops/tls/booking-admin.crt", "PEM certificate format (public)", """
-----BEGIN CERTIFICATE-----
@@body@@
-----END CERTIFICATE-----
""", body="\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(9)))

add("text/decoy-checksums", "ops/firmware/SHA256SUMS", "sha256sum output format", """
@@h1@@  UDM-Pro-4.0.21.bin
@@h2@@  RLN8-410_v3.3.0.282.pak
@@h3@@  ZD421_V93.21.26Z.zpl
@@h4@@  ShapeMaster-CNC-7.2.1-setup.exe
@@h5@@  unifi-network-8.4.62.deb
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), h5=sha256())

add("python/decoy-secret-manager", "booking/secrets.py", "AWS Secrets Manager boto3 docs (get_secret_value)", """
\"\"\"Where the booking bridge gets its keys: AWS Secrets Manager, cached for the process.\"\"\"
import functools
import json

import boto3

SECRET_ID = "arn:aws:secretsmanager:eu-west-1:491827730164:secret:booking/fareharbor-Qk3Lm2"


@functools.lru_cache(maxsize=1)
def fareharbor_keys() -> dict:
    client = boto3.client("secretsmanager", region_name="eu-west-1")
    value = client.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    return json.loads(value)
""")

add("shell/decoy-1password-reference", "scripts/run_local.sh", "1Password CLI docs (op run, secret references op://)", """
#!/usr/bin/env bash
# local dev with the real keys, never written to disk
set -euo pipefail
export STRIPE_SECRET_KEY="op://Surf School Ops/Stripe - shop/secret key"
export FH_USER_KEY="op://Surf School Ops/FareHarbor API/user key"
export TWILIO_AUTH_TOKEN="op://Surf School Ops/Twilio/auth token"
exec op run -- flask --app shop run --debug
""")

add("powershell/decoy-secret-management", "ops/Send-DailyReport.ps1", "PowerShell SecretManagement docs (Get-Secret)", """
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'ShopSmtp' -Vault 'ShopVault'
$body = Get-Content 'C:\\Reports\\today.txt' -Raw
Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl `
    -Credential $cred `
    -From 'reports@bluewaveboards.example' -To 'owner@bluewaveboards.example' `
    -Subject "Takings $(Get-Date -Format yyyy-MM-dd)" -Body $body
""")

add("ansible/decoy-vault-lookup", "ansible/roles/booking/tasks/main.yml", "community.hashi_vault lookup docs", """
---
- name: Write booking bridge env
  ansible.builtin.template:
    src: booking.env.j2
    dest: /etc/booking/booking.env
    mode: "0600"
  vars:
    bokun_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/booking:bokun_secret_key') }}"
    db_password: "{{ vault_booking_db_password }}"
  notify: restart booking

- name: Enable service
  ansible.builtin.systemd:
    name: booking
    enabled: true
    state: started
""")

add("terraform/decoy-secretsmanager-reference", "infra/lambda/main.tf", "Terraform aws_secretsmanager_secret_version docs", """
data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "shop/stripe"
}

resource "aws_lambda_function" "voucher_pdf" {
  function_name = "voucher-pdf"
  runtime       = "python3.12"
  handler       = "handler.main"
  role          = aws_iam_role.voucher.arn
  filename      = "build/voucher.zip"
  environment {
    variables = {
      STRIPE_SECRET_ARN = data.aws_secretsmanager_secret_version.stripe.arn
      BUCKET            = "saltwater-vouchers"
    }
  }
}
""")

add("github-actions/decoy-oidc-role", ".github/workflows/photos-bucket.yml", "GitHub OIDC with AWS docs (role-to-assume ARN)", """
name: photos bucket policy
on: workflow_dispatch
permissions:
  id-token: write
  contents: read
jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::491827730164:role/github-photos-deploy
          aws-region: eu-west-1
      - run: aws s3api put-bucket-policy --bucket saltwater-lesson-photos --policy file://infra/photos-policy.json
""")

add("markdown/decoy-example-key", "docs/it/aws.md", "AWS docs (example access key AKIAIOSFODNN7EXAMPLE)", """
# AWS for the photo bucket

The lesson photos live in `s3://saltwater-lesson-photos` (eu-west-1, 30-day expiry).

To use the CLI, run `aws configure` and paste *your own* IAM user keys. The file it writes
looks like this (AWS's documentation example, not a real key):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-1
```

Ask Kai for an IAM user; nobody shares keys.
""")

add("python/decoy-test-fixture", "shop/tests/test_webhook.py", "Stripe webhook signature docs; pytest", """
import hashlib
import hmac
import time

from shop.payments.webhooks import verify

TEST_SECRET = "whsec_test_secret_for_unit_tests"
PAYLOAD = b'{"id": "evt_test_1", "type": "checkout.session.completed"}'


def sign(payload: bytes, secret: str, ts: int) -> str:
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_verify_accepts_a_good_signature():
    ts = int(time.time())
    assert verify(PAYLOAD, sign(PAYLOAD, TEST_SECRET, ts), TEST_SECRET)
""")

add("python/decoy-regex", "tools/precommit_no_keys.py", "Python re docs; pre-commit hook", """
\"\"\"Refuse commits that look like they hold a live payment key.\"\"\"
import re
import sys

PATTERNS = [
    re.compile(r"sk_live_[0-9a-zA-Z]{24,99}"),
    re.compile(r"rk_live_[0-9a-zA-Z]{24,99}"),
    re.compile(r"shpat_[a-fA-F0-9]{32}"),
    re.compile(r"EAAA[A-Za-z0-9_-]{60}"),
]

bad = [p for p in sys.argv[1:] if any(rx.search(open(p, errors="ignore").read()) for rx in PATTERNS)]
if bad:
    print("possible live keys in:", *bad)
    sys.exit(1)
""")

add("markdown/decoy-test-cards", "docs/payments-testing.md", "Stripe testing docs (test card numbers)", """
# Testing rental deposits

Use Stripe test mode (the toggle in the dashboard) and these cards:

| Card | Result |
|------|--------|
| 4242 4242 4242 4242 | success |
| 4000 0000 0000 9995 | insufficient funds |
| 4000 0025 0000 3155 | needs 3-D Secure |

Any future expiry, any CVC. Test mode keys live in `.env.test` on your machine only.
""")

add("kotlin/decoy-build-config-reference", "app/build.gradle.kts", "Android Gradle docs (buildConfigField from local.properties)", """
import java.util.Properties

val local = Properties().apply { rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) } }

android {
    namespace = "com.saltwater.checkin"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.saltwater.checkin"
        minSdk = 26
        buildConfigField("String", "FH_APP_KEY", "\\"${local.getProperty("fh.appKey", "")}\\"")
        buildConfigField("String", "FH_USER_KEY", "\\"${local.getProperty("fh.userKey", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("plist/decoy-build-setting-reference", "CheckIn/CheckIn/Info.plist", "Xcode build settings in Info.plist ($(VAR))", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Saltwater Check-in</string>
	<key>StripePublishableKey</key>
	<string>$(STRIPE_PUBLISHABLE_KEY)</string>
	<key>FareHarborUserKey</key>
	<string>$(FH_USER_KEY)</string>
	<key>NSCameraUsageDescription</key>
	<string>Scan waiver QR codes at the beach.</string>
</dict>
</plist>
""")

add("swift/decoy-publishable-key", "CheckIn/CheckIn/App/CheckInApp.swift", "stripe-ios docs (publishable key in the app)", """
import StripeCore
import SwiftUI

@main
struct CheckInApp: App {
    init() {
        StripeAPI.defaultPublishableKey = "@@pk@@"
    }

    var body: some Scene {
        WindowGroup { RosterView() }
    }
}
""", pk=stripe("pk_live_", 99))

add("rust/decoy-env-reference", "quiver-api/src/config.rs", "Rust std::env docs", """
use std::env;

pub struct Config {
    pub database_url: String,
    pub shopify_token: String,
    pub bind: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            shopify_token: env::var("SHOPIFY_ADMIN_TOKEN").expect("SHOPIFY_ADMIN_TOKEN"),
            bind: env::var("BIND").unwrap_or_else(|_| "0.0.0.0:8088".into()),
        }
    }
}
""")

add("go/decoy-env-reference", "internal/config/config.go", "Go os.Getenv docs", """
package config

import "os"

type Config struct {
	BokunAccessKey string
	BokunSecretKey string
	ListenAddr     string
}

func Load() Config {
	return Config{
		BokunAccessKey: os.Getenv("BOKUN_ACCESS_KEY"),
		BokunSecretKey: os.Getenv("BOKUN_SECRET_KEY"),
		ListenAddr:     envOr("LISTEN_ADDR", ":8080"),
	}
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
""")

add("java/decoy-env-reference", "src/main/resources/application.yml", "Spring Boot externalized configuration docs (${VAR})", """
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/boardroom
    username: ${DB_USER:boardroom}
    password: ${DB_PASSWORD}
lightspeed:
  domain-prefix: bluewaveboards
  client-id: ${LIGHTSPEED_CLIENT_ID}
  client-secret: ${LIGHTSPEED_CLIENT_SECRET}
inventory:
  low-stock-threshold: 2
""")


# --- more carriers: notebooks, exports, logs, configs of every kind --------------------------

add("notebook/stripe-secret-key", "analysis/season_revenue.ipynb", "Jupyter nbformat 4 docs; Stripe Python library", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# 2025 season: lessons vs rentals vs vouchers"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "import stripe\\n", "stripe.api_key = \\"@@secret@@\\"\\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["charges = stripe.Charge.list(created={\\"gte\\": 1735689600}, limit=100).auto_paging_iter()\\n",
              "df = pd.DataFrame([{\\"amount\\": c.amount / 100, \\"desc\\": c.description} for c in charges])\\n",
              "df.groupby(\\"desc\\").amount.sum().sort_values(ascending=False).head(10)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", stripe("sk_live_", 24))

add("notebook/database-password", "analysis/rental_utilisation.ipynb", "Jupyter nbformat 4 docs; SQLAlchemy create_engine URL", """
{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from sqlalchemy import create_engine\\n", "import pandas as pd\\n",
              "eng = create_engine(\\"postgresql+psycopg://analyst:@@secret@@@10.0.1.12:5432/surfshop\\")"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["q = \\"select board_tag, count(*) days_out from booking.rentals group by 1 order by 2 desc\\"\\n",
              "pd.read_sql(q, eng).head(20)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("notebook/decoy-env-reference", "analysis/forecast_vs_bookings.ipynb", "Jupyter nbformat 4 docs; python-dotenv", """
{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import os\\n", "from dotenv import load_dotenv\\n", "load_dotenv()\\n",
              "STORMGLASS_KEY = os.environ[\\"STORMGLASS_KEY\\"]\\n", "FH_USER_KEY = os.getenv(\\"FH_USER_KEY\\")"]},
  {"cell_type": "markdown", "metadata": {}, "source": ["Do bookings follow the swell forecast 3 days ahead? (Carcavelos, 2024-2025)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "df = pd.read_parquet(\\"data/forecast_bookings.parquet\\")\\n", "df[[\\"swell_m\\", \\"bookings\\"]].corr()"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("csv/shopify-staff-password", "ops/old-laptop/passwords-export.csv", "Chrome password manager CSV export format", """
name,url,username,password,note
unifi.ui.com,https://unifi.ui.com/,owner@bluewaveboards.example,(passkey),
bluewave-boards.myshopify.com,https://bluewave-boards.myshopify.com/admin,jess@bluewaveboards.example,@@secret@@,
fareharbor.com,https://fareharbor.com/saltwater-surf-school/dashboard/,kai,(sso),
192.168.20.50,http://192.168.20.50/,viewer,viewer,read-only NVR
""", words_pw())

add("log/database-password", "logs/booking-admin-error.log", "Django/psycopg OperationalError traceback", """
[2025-07-19 06:00:04] ERROR django.request: Internal Server Error: /admin/booking/lesson/
Traceback (most recent call last):
  File "/srv/venv/lib/python3.12/site-packages/psycopg/connection.py", line 119, in connect
    raise last_ex.with_traceback(None)
psycopg.OperationalError: connection failed: connection to server at "10.0.1.12", port 5432 failed: timeout expired
  DSN used: postgresql://surfschool:@@secret@@@10.0.1.12:5432/surfschool?connect_timeout=5
[2025-07-19 06:00:09] INFO  db reachable again after 5s
""", words_pw())

add("log/rezdy-api-key", "logs/rezdy-debug-2025-08-21.log", "HTTP debug logging (requests/urllib3)", """
2025-08-21 07:30:01 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.rezdy.com:443
2025-08-21 07:30:01 DEBUG send: b'GET /v1/availability?productCode=PX7Q2K&startTimeLocal=2025-08-21+00:00:00 HTTP/1.1\\r\\nHost: api.rezdy.com\\r\\napiKey: @@secret@@\\r\\nAccept: application/json\\r\\n\\r\\n'
2025-08-21 07:30:02 DEBUG reply: 'HTTP/1.1 200 OK\\r\\n'
2025-08-21 07:30:02 INFO  14 sessions, 3 full
2025-08-21 07:30:02 INFO  done in 0.8s
""", hexs(32))

add("log/smtp-password", "logs/smtp-debug-shop-mac.txt", "RFC 4954 SMTP AUTH PLAIN (base64 of NUL user NUL password)", """
$ openssl s_client -starttls smtp -connect smtp.zoho.eu:587 -quiet
250 AUTH LOGIN PLAIN
EHLO shop-mac
250-smtp.zoho.eu Hello shop-mac
AUTH PLAIN @@secret@@
235 Authentication Successful
QUIT
221 Bye
""", b64("\0orders@driftwoodboards.example\0" + words_pw()))

add("nginx/api-basic-auth-password", "ops/nginx/forecast-proxy.conf", "nginx proxy_set_header docs; HTTP Basic (RFC 7617)", """
# forecast board on the shop TV pulls from the partner surf-report API via this proxy
server {
    listen 8081;
    location /report/ {
        proxy_pass https://api.surfreport-partner.example/v2/;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_set_header Host api.surfreport-partner.example;
        proxy_ssl_server_name on;
    }
}
""", b64("saltwater:" + rand_pw(22)))

add("xml/ftp-password", "ops/filezilla/sitemanager.xml", "FileZilla sitemanager.xml format (Pass encoding=base64)", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.oceanfoamblanks.example</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>driftwood_orders</User>
      <Pass encoding="base64">@@secret@@</Pass>
      <Name>Blank supplier (orders)</Name>
      <RemoteDir>1 0 6 orders</RemoteDir>
    </Server>
  </Servers>
</FileZilla3>
""", b64(words_pw()))

add("xml/database-password", "SurfShop.Till/Web.config", "ASP.NET Web.config connectionStrings docs", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="TillDb"
         connectionString="Server=tcp:bluewave-till.database.windows.net,1433;Database=till;User ID=tillapp;Password=@@secret@@;Encrypt=True;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="LocationId" value="L8Q2W4E6R8T0Y" />
    <add key="ReceiptFooter" value="Thanks for shopping local - see you in the water!" />
  </appSettings>
</configuration>
""", words_pw())

add("properties/database-password", "boardroom/src/main/resources/application-prod.properties", "Spring Boot datasource properties docs", """
spring.datasource.url=jdbc:postgresql://10.0.1.12:5432/boardroom
spring.datasource.username=boardroom
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
management.endpoints.web.exposure.include=health,info
""", rand_pw(20))

add("go/smtp-password", "cmd/voucher-mailer/main.go", "Go net/smtp docs (PlainAuth)", """
package main

import (
	"log"
	"net/smtp"
)

func main() {
	auth := smtp.PlainAuth("", "vouchers@saltwatersurf.example", "@@secret@@", "smtp.fastmail.com")
	msg := []byte("Subject: Your surf voucher\\r\\n\\r\\nYour code is attached. See you in the water!\\r\\n")
	if err := smtp.SendMail("smtp.fastmail.com:587", auth, "vouchers@saltwatersurf.example", []string{"customer@example.com"}, msg); err != nil {
		log.Fatal(err)
	}
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits))

add("ruby/redis-password", "config/initializers/sidekiq.rb", "Sidekiq docs (Redis URL)", """
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@secret@@@10.0.1.20:6379/1", network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@secret@@@10.0.1.20:6379/1", network_timeout: 5 }
end
""", fakes.redis_password(_seed()))

add("ini/ldap-bind-password", "ops/sssd/sssd.conf", "SSSD LDAP provider docs (ldap_default_authtok)", """
[sssd]
services = nss, pam
domains = shop

[domain/shop]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://192.168.20.5
ldap_search_base = dc=bluewave,dc=lan
ldap_default_bind_dn = uid=sssd-bind,cn=users,dc=bluewave,dc=lan
ldap_default_authtok = @@secret@@
cache_credentials = true
""", words_pw())

add("ansible/database-password", "ansible/roles/booking/tasks/db.yml", "community.mysql.mysql_user docs", """
---
- name: Booking database
  community.mysql.mysql_db:
    name: camp_portal
    state: present

- name: Booking app user
  community.mysql.mysql_user:
    name: camp
    host: "10.0.1.%"
    password: "@@secret@@"
    priv: "camp_portal.*:ALL"
    state: present
""", words_pw())

add("shell/database-password", "ops/nightly_dump.sh", "mysqldump docs (-p password on the command line)", """
#!/bin/bash
# cron 02:30 on the portal VPS
set -euo pipefail
OUT=/var/backups/camp_portal_$(date +%F).sql.gz
mysqldump -h 127.0.0.1 -u camp -p'@@secret@@' --single-transaction camp_portal | gzip > "$OUT"
rclone copy "$OUT" b2:oceangrom-backups/mysql/
find /var/backups -name 'camp_portal_*.sql.gz' -mtime +14 -delete
""", words_pw())

add("powershell/smtp-password", "ops/Send-RepairReady.ps1", "PowerShell PSCredential docs; Send-MailMessage", """
param([string]$To, [string]$Board)
$user = 'repairs@driftwoodboards.example'
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
    -From $user -To $To -Subject "Your $Board is ready" `
    -Body "Hi! Your board's ding repair is done. Pick it up any day 9-6. - Driftwood Boards"
""", words_pw())

add("toml/openai-api-key", "chatbot/fly.toml", "Fly.io app config docs ([env] section)", """
app = "saltwater-chatbot"
primary_region = "mad"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  OPENAI_API_KEY = "@@secret@@"
  FAQ_PATH = "/app/faq.md"

[[services]]
  internal_port = 8080
  protocol = "tcp"
""", fakes.openai_key(_seed()))

_sn = "sntrys_" + b64('{"iat":1722400000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"saltwater-surf"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/")
add("yaml/sentry-auth-token", "ops/sentry/sentryclirc.yml", "Sentry CLI docs (auth token for uploading source maps)", """
# sourcemap upload for the website build (used by scripts/release.sh)
defaults:
  url: https://sentry.io/
  org: saltwater-surf
  project: website
auth:
  token: @@secret@@
release:
  finalize: true
""", _sn)

add("typescript/shopify-admin-token", "scripts/reprice-wetsuits.ts", "Shopify Admin GraphQL API docs (X-Shopify-Access-Token)", """
const SHOP = "bluewave-boards.myshopify.com";
const TOKEN = "@@secret@@";

async function gql(query: string, variables: object) {
  const res = await fetch(`https://${SHOP}/admin/api/2024-07/graphql.json`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": TOKEN },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

// end-of-season: 20% off last year's wetsuits
await gql(`mutation($id: ID!, $price: Money!) { productVariantUpdate(input: {id: $id, price: $price}) { userErrors { message } } }`,
  { id: "gid://shopify/ProductVariant/44182219030602", price: "199.20" });
""", shopify("shpat_"))

_sq = square_token()
add("python/square-access-token", "till/square_eod.py", "Square Python SDK docs (Client(access_token=...))", """
from square.client import Client

# split so the till's log viewer does not print it in one piece
_TOKEN = ("@@a@@"
          "@@b@@")

client = Client(access_token=_TOKEN, environment="production")


def end_of_day(location: str = "L8Q2W4E6R8T0Y") -> int:
    res = client.payments.list_payments(location_id=location)
    return sum(p["amount_money"]["amount"] for p in res.body.get("payments", []))
""", _sq, a=_sq[:30], b=_sq[30:])

add("markdown/device-admin-password", "docs/it/handover-cctv.md", "handover note", """
# CCTV + alarm handover (for the new shop manager)

- NVR web UI: http://192.168.20.50 (only from the staff Wi-Fi)
- Login: **admin** / **@@secret@@**
- Alarm panel code is NOT here - ask Dan in person.
- Footage is kept 30 days, then overwritten. Exports go to the NAS share `cctv`.
- If the beach cam freezes, power-cycle the PoE port 6 on the switch.
""", words_pw())

add("yaml/decoy-configmap", "k8s/booking/configmap.yaml", "Kubernetes ConfigMap docs", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-config
  namespace: booking
data:
  SITE_TZ: Europe/Lisbon
  BOKUN_BASE_URL: https://api.bokun.io
  FH_SHORTNAME: saltwater-surf-school
  LESSON_ITEMS: "118204,118205,118311"
  REMINDER_HOUR: "18"
""")

add("json/api-basic-auth-password", "ops/postman/Bokun-Partner.postman_collection.json", "Postman collection v2.1 format (auth basic)", """
{
  "info": { "name": "Partner surf-report API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "username", "value": "saltwater", "type": "string" },
      { "key": "password", "value": "@@secret@@", "type": "string" }
    ]
  },
  "item": [
    { "name": "Spot report", "request": { "method": "GET", "url": "https://api.surfreport-partner.example/v2/spots/carcavelos" } }
  ]
}
""", rand_pw(22))

add("env/twilio-auth-token", "notify/.env", "Twilio docs (TWILIO_AUTH_TOKEN)", """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+61400111222
REMINDER_HOUR=17
REMINDER_TZ=Australia/Sydney
""", hexs(32), sid=twilio_sid())

add("ini/vonage-api-secret", "notify/vonage.ini", "Vonage SMS API docs (api_key, api_secret)", """
[vonage]
api_key = @@key@@
api_secret = @@secret@@
from = SURFCAMP

[schedule]
reminder_hour = 18
""", fakes.drawn_mixed(_seed(), 16), key=hexs(8))

add("kotlin/messagebird-access-key", "app/src/main/java/com/oceangrom/camp/Sms.kt", "MessageBird REST API docs (Authorization: AccessKey)", """
package com.oceangrom.camp

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

object Sms {
    private const val ACCESS_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun send(to: String, body: String) {
        val req = Request.Builder()
            .url("https://rest.messagebird.com/messages")
            .header("Authorization", "AccessKey $ACCESS_KEY")
            .post(FormBody.Builder().add("recipients", to).add("originator", "OceanGrom").add("body", body).build())
            .build()
        http.newCall(req).execute().close()
    }
}
""", fakes.drawn_mixed(_seed(), 25))


# --- last carriers and decoys -----------------------------------------------------------------

add("ini/aws-secret-key", "ops/old-laptop/aws-credentials", "AWS CLI credentials file docs", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-1

[photos-readonly]
role_arn = arn:aws:iam::491827730164:role/photos-readonly
source_profile = default
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/github-token", "shopify-theme/.npmrc", "GitHub Packages npm registry docs (.npmrc authToken)", """
@bluewave-boards:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
engine-strict=true
save-exact=true
fund=false
""", fakes.github_token(_seed()))

add("python/unifi-controller-password", "ops/unifi_guest_vouchers.py", "UniFi controller API (login, stat/voucher)", """
\"\"\"Print 10 guest Wi-Fi vouchers (24h) for the rental counter each morning.\"\"\"
import requests
import urllib3

urllib3.disable_warnings()
CTRL = "https://192.168.20.2:8443"
s = requests.Session()
s.post(f"{CTRL}/api/login", json={"username": "vouchers", "password": "@@secret@@"}, verify=False)
s.post(f"{CTRL}/api/s/default/cmd/hotspot", json={"cmd": "create-voucher", "n": 10, "expire": 1440, "quota": 1}, verify=False)
for v in s.get(f"{CTRL}/api/s/default/stat/voucher", verify=False).json()["data"][-10:]:
    print(v["code"][:5] + "-" + v["code"][5:])
""", words_pw())

add("php/facebook-app-secret", "camp-portal/config/services.php", "Laravel services config; Facebook Login (app secret)", """
<?php

return [
    'facebook' => [
        'client_id'     => '918273645501928',
        'client_secret' => '@@secret@@',
        'redirect'      => 'https://portal.oceangrom.example/auth/facebook/callback',
    ],
    'stripe' => [
        'key'    => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],
];
""", hexs(32))

add("typescript/whatsapp-access-token", "functions/src/whatsapp.ts", "WhatsApp Cloud API docs (Bearer access token)", """
const PHONE_ID = "108273645509182";
const TOKEN = "@@secret@@";

export async function sendLessonConfirmation(to: string, name: string, when: string) {
  await fetch(`https://graph.facebook.com/v20.0/${PHONE_ID}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      messaging_product: "whatsapp",
      to,
      type: "template",
      template: { name: "lesson_confirmed", language: { code: "en" }, components: [{ type: "body", parameters: [{ type: "text", text: name }, { type: "text", text: when }] }] },
    }),
  });
}
""", "EAAJ" + fakes.drawn(_seed(), 190))

add("shell/vercel-token", "scripts/deploy_camp_site.sh", "Vercel CLI docs (--token)", """
#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/../camp-site"
npm ci
npx vercel pull --yes --environment=production --token @@secret@@
npx vercel build --prod --token @@secret@@
npx vercel deploy --prebuilt --prod --token @@secret@@
""", fakes.drawn_mixed(_seed(), 24))

add("compose/telegram-bot-token", "forecast-board/compose.override.yml", "Docker Compose docs (environment)", """
# local override on the shop NUC (not the template in docker-compose.yml)
services:
  board:
    environment:
      TELEGRAM_TOKEN: "@@secret@@"
      TELEGRAM_CHAT: "-1001847712093"
      STORMGLASS_KEY: "@@sg@@"
""", fakes.telegram_token(_seed()), sg=hexs(36) + "-" + hexs(36))

add("yaml/stormglass-api-key", "forecast/config/spots.yml", "Stormglass API docs", """
provider: stormglass
stormglass_key: "@@secret@@"
spots:
  - name: Carcavelos
    lat: 38.6779
    lng: -9.3366
  - name: Ericeira - Ribeira d'Ilhas
    lat: 38.9876
    lng: -9.4193
refresh_minutes: 180
""", hexs(36) + "-" + hexs(36))

add("csv/decoy-hashed-emails", "exports/newsletter_audience_2025.csv", "Meta Custom Audiences (SHA-256 hashed emails) export", """
email_sha256,country,last_lesson,ltv_eur
@@h1@@,PT,2025-08-14,340
@@h2@@,DE,2025-07-02,85
@@h3@@,GB,2025-06-21,620
@@h4@@,FR,2025-08-30,120
@@h5@@,NL,2025-05-11,255
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), h5=sha256())

add("sql/decoy-scram-hash", "db/migrations/0009_reporting_role.sql", "PostgreSQL docs (password stored as SCRAM-SHA-256 verifier)", """
-- 0009: reporting role; the verifier below is what pg_authid stores, not the password
BEGIN;
CREATE ROLE reporting LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@st@@:@@sv@@';
GRANT CONNECT ON DATABASE surfshop TO reporting;
GRANT USAGE ON SCHEMA booking TO reporting;
GRANT SELECT ON booking.lessons, booking.rentals TO reporting;
COMMIT;
""", salt=b64(fakes.drawn(_seed(), 16)), st=b64(fakes.drawn(_seed(), 32))[:43] + "=", sv=b64(fakes.drawn(_seed(), 32))[:43] + "=")

add("sql/decoy-hash-function", "db/views/customer_dedupe.sql", "PostgreSQL md5()/digest() docs", """
-- one row per customer across FareHarbor, Shopify and the till
CREATE OR REPLACE VIEW reporting.customers AS
SELECT md5(lower(trim(email)))           AS customer_key,
       min(created_at)                    AS first_seen,
       count(*) FILTER (WHERE src = 'fh') AS lessons,
       count(*) FILTER (WHERE src = 'shopify') AS orders
FROM (
  SELECT email, created_at, 'fh' AS src FROM booking.fh_customers
  UNION ALL
  SELECT email, created_at, 'shopify' FROM shop.customers
) c
GROUP BY 1;
""")

add("markdown/decoy-encrypted-credentials", "docs/rails-credentials.md", "Rails encrypted credentials docs (ciphertext--iv--tag)", """
# Rentals app credentials

Stripe, Checkfront and Klaviyo keys for the rentals app are in `config/credentials.yml.enc`,
encrypted with `config/master.key` (never committed; it is in 1Password, "Rentals master key").

Edit with `EDITOR=vim bin/rails credentials:edit`. The committed file is only ciphertext:

```
@@c@@--@@iv@@--@@tag@@
```
""", c=fakes.drawn(_seed(), 400, ALNUM + "+/"), iv=fakes.drawn(_seed(), 16, ALNUM + "+/"), tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("json/decoy-password-hash", "surfadmin/fixtures/staff.json", "Django fixtures docs; PBKDF2 password hasher format", """
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "kai",
      "password": "pbkdf2_sha256$720000$@@s1@@$@@h1@@=",
      "is_staff": true,
      "is_superuser": true,
      "email": "kai@saltwatersurf.example"
    }
  }
]
""", s1=fakes.drawn(_seed(), 22), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("text/decoy-password-hash", "ops/nginx/htpasswd-staff", "Apache htpasswd docs (apr1 / bcrypt hashes)", """
kai:$apr1$@@s1@@$@@h1@@
jess:$apr1$@@s2@@$@@h2@@
leilani:@@b1@@
tom:@@b2@@
coach-ipad:$apr1$@@s3@@$@@h3@@
""", s1=fakes.drawn(_seed(), 8, ALNUM + "./"), h1=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s2=fakes.drawn(_seed(), 8, ALNUM + "./"), h2=fakes.drawn(_seed(), 22, ALNUM + "./"), b1=bcrypt_hash(), b2=bcrypt_hash(),
    s3=fakes.drawn(_seed(), 8, ALNUM + "./"), h3=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("env/decoy-empty-values", "camp-portal/.env.example", "Laravel .env.example convention", """
APP_NAME="Ocean Grom Camp Portal"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=camp_portal
DB_USERNAME=camp
DB_PASSWORD=
MAIL_MAILER=log
STRIPE_KEY=
STRIPE_SECRET=
""")

add("html/decoy-public-form-ids", "site/_includes/newsletter.html", "Mailchimp embedded form docs; Klaviyo onsite JS (public company id)", """
<form action="https://saltwatersurf.us21.list-manage.com/subscribe/post?u=@@u@@&amp;id=a7c3e91f04&amp;f_id=00b1c2e1f0" method="post" target="_blank">
  <label for="mce-EMAIL">Swell alerts & camp news</label>
  <input type="email" name="EMAIL" id="mce-EMAIL" required>
  <div style="position:absolute;left:-5000px" aria-hidden="true">
    <input type="text" name="b_@@u@@_a7c3e91f04" tabindex="-1" value="">
  </div>
  <button type="submit">Sign me up</button>
</form>
<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=XyZ9aB"></script>
""", u=hexs(25))

add("yaml/decoy-promo-codes", "shop/promotions.yml", "Shopify discount codes (public promo codes)", """
# codes printed on flyers, the van and Instagram; public on purpose
promotions:
  - code: FIRSTWAVE
    percent_off: 15
    applies_to: lessons
    ends: 2025-10-31
  - code: GROMSQUAD
    percent_off: 10
    applies_to: camps
  - code: WAXONWAXOFF
    amount_off_eur: 5
    applies_to: accessories
""")

add("csv/decoy-serial-numbers", "exports/board_quiver_2025.csv", "rental fleet inventory export", """
tag,model,length,volume_l,serial,fin_system,purchased,status
RB-014,Softech Roller,7'0,62.0,STR70-@@s1@@,FCS II,2023-03-10,ok
RB-022,Torq Mod Fun,7'6,54.5,TQ76-@@s2@@,FCS II,2022-05-02,dinged
RB-031,Firewire Seaside,5'6,31.8,FW-@@s3@@,Futures,2024-04-18,ok
RB-040,NSP Foamie,8'0,86.0,NSP80-@@s4@@,FCS,2021-06-01,retired
RB-052,Channel Islands Mid,7'2,48.1,CI-@@s5@@,FCS II,2025-02-27,ok
""", s1=upper_hex(10), s2=upper_hex(10), s3=upper_hex(12), s4=upper_hex(8), s5=upper_hex(10))

add("javascript/decoy-public-widget-id", "site/src/chat-widget.js", "Intercom Messenger docs (app_id is public); Hotjar tracking code", """
window.intercomSettings = {
  api_base: "https://api-iam.eu.intercom.io",
  app_id: "q8zk2m4x",
};
(function(){var w=window;var ic=w.Intercom;if(typeof ic==="function"){ic("update",w.intercomSettings);}})();

(function(h,o,t,j,a,r){
  h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
  h._hjSettings={hjid:3918274,hjsv:6};
  a=o.getElementsByTagName('head')[0];
  r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r);
})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
""")

add("text/decoy-gpg-public-key", "ops/backup/backup-recipient.asc", "OpenPGP ASCII armor (public key block)", """
-----BEGIN PGP PUBLIC KEY BLOCK-----

@@body@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", body="\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(8)), crc=fakes.drawn(_seed(), 4, ALNUM + "+/"))

add("markdown/decoy-placeholder-curl", "docs/api/rezdy.md", "Rezdy API docs (apiKey parameter)", """
# Rezdy: checking camp availability by hand

```bash
export REZDY_API_KEY=...   # from 1Password "Rezdy API"
curl -s "https://api.rezdy.com/v1/availability?apiKey=$REZDY_API_KEY&productCode=PX7Q2K&startTimeLocal=2025-09-01%2000:00:00&endTimeLocal=2025-09-07%2023:59:59" | jq '.sessions[] | {startTimeLocal, seatsAvailable}'
```

Or with a header: `curl -H "apiKey: <YOUR_API_KEY>" https://api.rezdy.com/v1/products/marketplace`.

The key is per supplier; never paste it into tickets.
""")

add("log/decoy-redacted-dsn", "logs/surfadmin-2025-09-02.log", "Django logging; redacted connection strings", """
2025-09-02 05:59:58 INFO  surfadmin booting (settings=prod)
2025-09-02 05:59:58 INFO  database: postgresql://surfschool:********@10.0.1.12:5432/surfschool
2025-09-02 05:59:58 INFO  broker: redis://:[REDACTED]@10.0.1.20:6379/2
2025-09-02 05:59:59 INFO  SECRET_KEY loaded from env (50 chars)
2025-09-02 06:00:00 INFO  celery beat: lesson-reminders scheduled
2025-09-02 06:00:01 INFO  listening on 0.0.0.0:8000
""")

add("log/decoy-webhook-signature", "logs/stripe-webhooks-2025-08-14.log", "Stripe webhooks docs (Stripe-Signature header t=,v1=)", """
2025-08-14 08:15:41 POST /webhooks/stripe 200 evt_1PqZk2FhK3xY8sQwAbC12345 checkout.session.completed
2025-08-14 08:15:41   Stripe-Signature: t=1723623341,v1=@@v1@@
2025-08-14 09:02:07 POST /webhooks/stripe 200 evt_1PqZz9FhK3xY8sQwQ7r8S9t0 charge.refunded
2025-08-14 09:02:07   Stripe-Signature: t=1723626127,v1=@@v2@@
2025-08-14 09:02:07 refund re_3PqZz9FhK3xY8sQw0m1N2o3P for rental RB-022 (ding, no deposit kept)
""", v1=sha256(), v2=sha256())

add("python/decoy-keyring", "ops/stormglass_cli.py", "Python keyring docs (get_password)", """
\"\"\"Quick swell check from the shop laptop; the key sits in the OS keychain.\"\"\"
import sys

import keyring
import requests

key = keyring.get_password("stormglass", "saltwater")
if not key:
    sys.exit("run: keyring set stormglass saltwater")
r = requests.get("https://api.stormglass.io/v2/weather/point",
                 params={"lat": 38.6779, "lng": -9.3366, "params": "swellHeight"},
                 headers={"Authorization": key}, timeout=20)
print(r.json()["hours"][0]["swellHeight"])
""")

add("dockerfile/decoy-build-arg", "chatbot/Dockerfile", "Dockerfile ARG/ENV docs", """
FROM python:3.12-slim
ARG APP_VERSION=dev
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV APP_VERSION=${APP_VERSION} \\
    OPENAI_API_KEY="" \\
    FAQ_PATH=/app/faq.md
EXPOSE 8080
CMD ["uvicorn", "chatbot.app:app", "--host", "0.0.0.0", "--port", "8080"]
""")

add("csharp/decoy-user-secrets", "SurfShop.Till/Program.cs", "ASP.NET Core configuration docs (user secrets, IConfiguration)", """
var builder = WebApplication.CreateBuilder(args);
if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}

var squareToken = builder.Configuration["Square:AccessToken"]
    ?? throw new InvalidOperationException("Square:AccessToken missing (dotnet user-secrets set Square:AccessToken ...)");
builder.Services.AddSingleton(new SquareSettings(squareToken, builder.Configuration["Square:LocationId"] ?? "L8Q2W4E6R8T0Y"));

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("json/decoy-jwks", "site/public/.well-known/jwks.json", "RFC 7517 JSON Web Key Set (public keys)", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("html/decoy-site-verification", "site/_includes/verification.html", "Google Search Console / Meta domain verification meta tags", """
<meta name="google-site-verification" content="@@g@@" />
<meta name="facebook-domain-verification" content="@@f@@" />
<meta name="p:domain_verify" content="@@p@@" />
<meta name="msvalidate.01" content="@@m@@" />
<link rel="me" href="https://surfing.social/@saltwatersurf">
""", g=fakes.drawn(_seed(), 43, ALNUM + "-_"), f=fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits),
    p=hexs(32), m=upper_hex(32))

add("terraform/decoy-random-password", "infra/db/main.tf", "Terraform random_password docs", """
resource "random_password" "booking_db" {
  length  = 32
  special = false
}

resource "digitalocean_database_cluster" "booking" {
  name       = "booking-pg"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-1gb"
  region     = "lon1"
  node_count = 1
}

output "booking_db_password" {
  value     = random_password.booking_db.result
  sensitive = true
}
""")

add("github-actions/decoy-github-token", ".github/workflows/image.yml", "GitHub Actions docs (automatic GITHUB_TOKEN)", """
name: build image
on:
  push:
    branches: [main]
permissions:
  contents: read
  packages: write
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: ghcr.io/saltwater-surf/booking-bridge:${{ github.sha }}
""")
