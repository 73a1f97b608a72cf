"""Blind set GN: pottery and ceramics studios.

Class bookings and memberships, kiln controllers and their monitoring (ESP32 and Raspberry Pi
loggers, MQTT, InfluxDB, Grafana, Home Assistant), glaze and clay supply ordering, the online shop
and gallery point of sale, and the studios' small IT (NAS, Wi-Fi, VPN, backups, CI), with decoys.
Generated fakes only (seeds 2360000-2369999).
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
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B64CHARS = ALNUM + "+/"
SEED_LO, SEED_HI = 2360000, 2369999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < SEED_HI - 2
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def tok(n: int, alphabet: str = ALNUM) -> str:
    """n characters drawn from the alphabet (of ALNUM: both cases and a digit)."""
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return tok(n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def b64bytes(n: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


POTTERY = ["Celadon", "Tenmoku", "Shino", "Raku", "Bisque", "Kaolin", "Feldspar", "Cobalt", "Rutile", "Ochre",
           "Saggar", "Anagama", "Mishima", "Oribe", "Chun", "Terra", "Wadding", "Grog", "Slipcast", "Porcelain"]
PLAIN = ["harbor", "maple", "falcon", "cedar", "orbit", "granite", "willow", "summit", "lantern", "copper",
         "meadow", "tundra", "beacon", "quartz", "saffron", "juniper", "marlin", "thistle", "kestrel", "basalt"]


def human_pw() -> str:
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(POTTERY) + r.choice("!#$%*@&?") + r.choice(PLAIN).capitalize() + str(r.randint(10, 9999))
    if form == 1:
        return r.choice(PLAIN) + str(r.randint(100, 999)) + r.choice(POTTERY) + r.choice("!#$%*")
    if form == 2:
        return r.choice(POTTERY).lower() + r.choice("_.-") + r.choice(PLAIN) + r.choice("!#$%*@") + str(r.randint(1, 99))
    return r.choice(PLAIN).capitalize() + r.choice(POTTERY) + str(r.randint(1990, 2026)) + r.choice("!#$%*@&?")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return tok(n, ALNUM + extra)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(PLAIN + [w.lower() for w in POTTERY], 4)) + str(r.randint(1, 99))


def jwt(payload: dict, header: Optional[dict] = None, sig_len: int = 43) -> str:
    header = header or {"alg": "HS256", "typ": "JWT"}
    return (b64url(json.dumps(header, separators=(",", ":"))) + "." + b64url(json.dumps(payload, separators=(",", ":")))
            + "." + tok(sig_len, URLSAFE))


# ---- vendor shapes --------------------------------------------------------------------------

def stripe_sk(prefix: str = "sk_live_", modern: bool = True) -> str:
    return prefix + ("51" + tok(97) if modern else tok(24))


def stripe_whsec() -> str:
    return "whsec_" + tok(32)


def square_token() -> str:
    return "EAAA" + tok(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + tok(43, URLSAFE)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def sendgrid_key() -> str:
    return "SG." + tok(22, URLSAFE) + "." + tok(43, URLSAFE)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + tok(24)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + tok(8, UPPER_DIGITS) + "/B" + tok(10, UPPER_DIGITS) + "/" + tok(24))


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{_rng().randint(10**17, 10**19)}/" + tok(68, URLSAFE)


def discord_bot_token() -> str:
    uid = str(_rng().randint(10**17, 10**18))
    return b64(uid).rstrip("=") + "." + tok(6, URLSAFE) + "." + tok(38, URLSAFE)


def influx_token() -> str:
    return b64bytes(64, urlsafe=True)


def mapbox_token(prefix: str, user: str) -> str:
    body = b64url(json.dumps({"u": user, "a": "cl" + tok(23, LOWER_DIGITS)}, separators=(",", ":")))
    return prefix + "." + body + "." + tok(22, URLSAFE)


def bcrypt_hash() -> str:
    return "$2b$12$" + tok(53, ALNUM + "./")


def pem_block(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8_pem() -> str:
    r = _rng()
    lines = ["MIIEv" + "".join(r.choice(B64CHARS) for _ in range(59))]
    lines += ["".join(r.choice(B64CHARS) for _ in range(64)) for _ in range(14)]
    lines.append("".join(r.choice(B64CHARS) for _ in range(28)) + "==")
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    lines = ["MIID" + "".join(r.choice(B64CHARS) for _ in range(60))]
    lines += ["".join(r.choice(B64CHARS) for _ in range(64)) for _ in range(12)]
    lines.append("".join(r.choice(B64CHARS) for _ in range(40)) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


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
    CASES.append(LabelledCase(f"blind-gn/{category}", file_name, text, secret, source))


# ---- A. class bookings and memberships --------------------------------------------------------

add("env/stripe-secret-key", "booking/.env", "https://docs.stripe.com/keys", r"""
# Mudroom Clay Studio - booking app (production)
DJANGO_SETTINGS_MODULE=studio.settings.production
ALLOWED_HOSTS=book.mudroomclay.com
TIME_ZONE=America/Chicago

# Stripe (memberships + class passes)
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_MEMBERSHIP_PRICE=price_1@@price@@
STRIPE_TEN_CLASS_PASS_PRICE=price_1@@price2@@

# wheel throwing waitlist
WAITLIST_MAX=12
CLASS_REMINDER_HOURS=24
""", stripe_sk(), pk=stripe_sk("pk_live_"), price=tok(23), price2=tok(23))

add("python/django-secret-key", "studio/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["book.mudroomclay.com", "mudroomclay.com"]

SECRET_KEY = "@@secret@@"

DATABASES["default"]["HOST"] = "10.0.4.12"
DATABASES["default"]["CONN_MAX_AGE"] = 60

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

# open studio hours shown on the booking page
OPEN_STUDIO = {
    "tue": ("17:00", "21:00"),
    "thu": ("17:00", "21:00"),
    "sat": ("10:00", "16:00"),
}
CLASS_CAPACITY_DEFAULT = 8
WHEEL_COUNT = 10
""", fakes.django_secret_key(_seed()))

add("python/acuity-api-key", "bookings/acuity_sync.py", "https://developers.acuityscheduling.com/reference/quick-start", r'''
"""Pull upcoming wheel-throwing and handbuilding appointments from Acuity into the studio roster."""
import datetime as dt

import requests

ACUITY_USER_ID = "@@uid@@"
ACUITY_API_KEY = "@@secret@@"
BASE = "https://acuityscheduling.com/api/v1"

CLASS_TYPES = {
    "Intro to the Wheel (6 wk)": "wheel-intro",
    "Handbuilding Saturdays": "handbuild",
    "Date Night: Wheel for Two": "date-night",
}


def upcoming(days: int = 14):
    start = dt.date.today()
    params = {
        "minDate": start.isoformat(),
        "maxDate": (start + dt.timedelta(days=days)).isoformat(),
        "max": 500,
    }
    resp = requests.get(f"{BASE}/appointments", params=params, auth=(ACUITY_USER_ID, ACUITY_API_KEY), timeout=20)
    resp.raise_for_status()
    for appt in resp.json():
        yield {
            "id": appt["id"],
            "when": appt["datetime"],
            "student": f'{appt["firstName"]} {appt["lastName"]}',
            "kind": CLASS_TYPES.get(appt["type"], "other"),
        }


if __name__ == "__main__":
    for row in upcoming():
        print(row)
''', hexs(32), uid=str(_rng().randint(10_000_000, 39_999_999)))

add("python/stripe-webhook-secret", "memberships/stripe_webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
import logging

import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Membership

log = logging.getLogger(__name__)

# from Dashboard > Developers > Webhooks > "book.mudroomclay.com/stripe/"
endpoint_secret = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("bad stripe signature")
        return HttpResponse(status=400)

    if event["type"] == "customer.subscription.deleted":
        sub = event["data"]["object"]
        Membership.objects.filter(stripe_subscription=sub["id"]).update(active=False)
    elif event["type"] == "invoice.paid":
        inv = event["data"]["object"]
        Membership.objects.filter(stripe_customer=inv["customer"]).update(active=True)
    return HttpResponse(status=200)
''', stripe_whsec())

add("python/decoy-stripe-object-ids", "memberships/billing.py", "https://docs.stripe.com/api/subscriptions/create", r'''
"""Membership tiers. Keys come from the environment; the ids below are Stripe object ids."""
import os

import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

TIERS = {
    # tier: (monthly price, shelf space, firing credits)
    "studio-basic": ("price_1@@p1@@", "1 shelf", 10),
    "studio-plus": ("price_1@@p2@@", "2 shelves", 25),
    "studio-pro": ("price_1@@p3@@", "locker + 2 shelves", 60),
}
FIRING_FEE_PRODUCT = "prod_@@prod@@"
KILN_SHARE_COUPON = "kilnshare10"


def start_membership(customer_id: str, tier: str):
    price, _, _ = TIERS[tier]
    return stripe.Subscription.create(
        customer=customer_id,
        items=[{"price": price}],
        payment_behavior="default_incomplete",
        expand=["latest_invoice.payment_intent"],
        idempotency_key=f"membership-{customer_id}-{tier}",
    )


# e.g. start_membership("cus_@@cus@@", "studio-plus")
''', None, p1=tok(23), p2=tok(23), p3=tok(23), prod=tok(14), cus=tok(14))

add("typescript/mindbody-api-key", "web/src/lib/mindbody.ts", "https://developers.mindbodyonline.com/PublicDocumentation/V6", r"""
// Thin client for the Mindbody Public API v6 - class schedule widget on mudroomclay.com
const MB_BASE = "https://api.mindbodyonline.com/public/v6";
const MB_SITE_ID = "@@site@@";
const MB_API_KEY = "@@secret@@";

export interface StudioClass {
  id: number;
  name: string;
  start: string;
  spotsLeft: number;
  teacher: string;
}

async function mb<T>(path: string, params: Record<string, string> = {}): Promise<T> {
  const qs = new URLSearchParams(params).toString();
  const res = await fetch(`${MB_BASE}${path}?${qs}`, {
    headers: {
      "Api-Key": MB_API_KEY,
      SiteId: MB_SITE_ID,
      "Content-Type": "application/json",
    },
  });
  if (!res.ok) throw new Error(`mindbody ${path}: ${res.status}`);
  return (await res.json()) as T;
}

export async function weekSchedule(startDate: string, endDate: string): Promise<StudioClass[]> {
  const data = await mb<{ Classes: any[] }>("/class/classes", {
    StartDateTime: startDate,
    EndDateTime: endDate,
  });
  return data.Classes.map((c) => ({
    id: c.Id,
    name: c.ClassDescription.Name,
    start: c.StartDateTime,
    spotsLeft: c.MaxCapacity - c.TotalBooked,
    teacher: c.Staff?.DisplayName ?? "TBA",
  }));
}
""", hexs(32), site=str(_rng().randint(100000, 999999)))

add("json/mindbody-staff-password", "integrations/mindbody/production.json", "https://developers.mindbodyonline.com/PublicDocumentation/V6#user-tokens", r"""
{
  "siteId": @@site@@,
  "apiBase": "https://api.mindbodyonline.com/public/v6",
  "staffLogin": {
    "Username": "frontdesk@mudroomclay.com",
    "Password": "@@secret@@"
  },
  "locations": [
    { "id": 1, "name": "Main studio (Elm St)" },
    { "id": 2, "name": "Kiln yard annex" }
  ],
  "syncEveryMinutes": 15,
  "classPrograms": ["Wheel", "Handbuilding", "Glaze Lab", "Kids Clay"]
}
""", human_pw(), site=str(_rng().randint(100000, 999999)))

add("typescript/decoy-publishable-key", "web/src/components/MembershipCheckout.tsx", "https://docs.stripe.com/js/initializing", r"""
import { loadStripe } from "@stripe/stripe-js";
import { Elements } from "@stripe/react-stripe-js";
import { useMemo } from "react";
import MembershipForm from "./MembershipForm";

// Publishable key: safe to ship in the browser bundle.
const stripePromise = loadStripe("@@pk@@");

export default function MembershipCheckout({ clientSecret }: { clientSecret: string }) {
  const options = useMemo(
    () => ({
      clientSecret,
      appearance: { theme: "flat" as const, variables: { colorPrimary: "#8a5a44" } },
    }),
    [clientSecret],
  );
  return (
    <Elements stripe={stripePromise} options={options}>
      <MembershipForm />
    </Elements>
  );
}
""", None, pk=stripe_sk("pk_live_"))

add("github-actions/calendly-personal-access-token", ".github/workflows/sync-calendly.yml", "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens", r"""
name: Sync Calendly private lessons

on:
  schedule:
    - cron: "*/30 13-23 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      CALENDLY_TOKEN: @@secret@@
      CALENDLY_ORG: https://api.calendly.com/organizations/@@org@@
      ROSTER_SHEET: private-lessons-2024
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tools/requirements.txt
      - run: python tools/calendly_to_sheet.py --days 21
""", jwt({"iss": "https://auth.calendly.com", "iat": 1712000000, "jti": fakes.uuid4(_seed()), "user_uuid": fakes.uuid4(_seed())},
        {"kid": hexs(64), "typ": "PAT", "alg": "ES256"}, sig_len=86), org=uuid_s())

add("github-actions/decoy-secrets-reference", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r"""
name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ${{ secrets.CI_DB_PASSWORD }}
        ports: ["5432:5432"]
        options: --health-cmd pg_isready --health-interval 5s
    env:
      DATABASE_URL: postgres://postgres:${{ secrets.CI_DB_PASSWORD }}@localhost:5432/booking
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_SECRET_KEY }}
      DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r requirements/dev.txt
      - run: python manage.py test --parallel
""")

add("ruby/eventbrite-private-token", "app/services/eventbrite_importer.rb", "https://www.eventbrite.com/platform/api#/introduction/authentication", r"""
# Imports ticketed workshops (raku firings, guest artist demos) from Eventbrite into Workshop records.
require "net/http"
require "json"

class EventbriteImporter
  ORG_ID = "@@org@@".freeze
  TOKEN  = "@@secret@@".freeze

  def call
    uri = URI("https://www.eventbriteapi.com/v3/organizations/#{ORG_ID}/events/?status=live")
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = "Bearer #{TOKEN}"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    raise "eventbrite #{res.code}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body).fetch("events").each do |ev|
      Workshop.find_or_initialize_by(eventbrite_id: ev["id"]).update!(
        title: ev.dig("name", "text"),
        starts_at: ev.dig("start", "utc"),
        capacity: ev["capacity"],
        url: ev["url"]
      )
    end
  end
end
""", tok(20, UPPER_DIGITS), org=str(_rng().randint(10**10, 10**12)))

add("php/woocommerce-consumer-secret", "wp-content/plugins/studio-classes/includes/class-woo-sync.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r"""
<?php
/**
 * Pushes class seats to the WooCommerce shop on the sister site (gift certificates + class seats).
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Studio_Classes_Woo_Sync {

	const STORE_URL       = 'https://shop.claybarnstudio.com';
	const CONSUMER_KEY    = 'ck_@@ck@@';
	const CONSUMER_SECRET = '@@secret@@';

	public function push_seats( $class_id, $seats_left ) {
		$sku  = 'CLASS-' . intval( $class_id );
		$resp = wp_remote_get(
			self::STORE_URL . '/wp-json/wc/v3/products?sku=' . rawurlencode( $sku ),
			array(
				'headers' => array(
					'Authorization' => 'Basic ' . base64_encode( self::CONSUMER_KEY . ':' . self::CONSUMER_SECRET ),
				),
				'timeout' => 15,
			)
		);
		if ( is_wp_error( $resp ) ) {
			return false;
		}
		$products = json_decode( wp_remote_retrieve_body( $resp ), true );
		if ( empty( $products ) ) {
			return false;
		}
		return wp_remote_request(
			self::STORE_URL . '/wp-json/wc/v3/products/' . $products[0]['id'],
			array(
				'method'  => 'PUT',
				'headers' => array(
					'Authorization' => 'Basic ' . base64_encode( self::CONSUMER_KEY . ':' . self::CONSUMER_SECRET ),
					'Content-Type'  => 'application/json',
				),
				'body'    => wp_json_encode( array( 'stock_quantity' => max( 0, intval( $seats_left ) ) ) ),
			)
		);
	}
}
""", "cs_" + hexs(40), ck=hexs(40))

add("php/mysql-password", "site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#database-settings", r"""
<?php
/**
 * Clay Barn Studio - WordPress config (class calendar + blog)
 */

define( 'DB_NAME', 'claybarn_wp' );
define( 'DB_USER', 'claybarn_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'cb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", human_pw())

add("php/decoy-placeholder", "site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
/**
 * Copy to wp-config.php on a new host and fill in the values from the hosting panel.
 * Salts: generate fresh ones at https://api.wordpress.org/secret-key/1.1/salt/
 */

define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'cb_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("php/wordpress-auth-salt", "site/wp-salts.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", r"""
<?php
// Generated 2023-09-02 from the WordPress.org salt service. Rotating these logs everyone out.
define( 'AUTH_KEY',         '@@secret@@' );
define( 'SECURE_AUTH_KEY',  '@@k2@@' );
define( 'LOGGED_IN_KEY',    '@@k3@@' );
define( 'NONCE_KEY',        '@@k4@@' );
define( 'AUTH_SALT',        '@@k5@@' );
define( 'SECURE_AUTH_SALT', '@@k6@@' );
define( 'LOGGED_IN_SALT',   '@@k7@@' );
define( 'NONCE_SALT',       '@@k8@@' );
""", tok(64, ALNUM + "!#%^&*()-_=+[]{}<>~;:,.?|"), k2=tok(64, ALNUM + "!#%^&*()-_=+[]{}<>~;:,.?|"),
    k3=tok(64, ALNUM + "!#%^&*()-_=+[]{}<>~;:,.?|"), k4=tok(64, ALNUM + "!#%^&*()-_=+[]{}<>~;:,.?|"),
    k5=tok(64, ALNUM + "!#%^&*()-_=+[]{}<>~;:,.?|"), k6=tok(64, ALNUM + "!#%^&*()-_=+[]{}<>~;:,.?|"),
    k7=tok(64, ALNUM + "!#%^&*()-_=+[]{}<>~;:,.?|"), k8=tok(64, ALNUM + "!#%^&*()-_=+[]{}<>~;:,.?|"))

add("sql/square-access-token", "db/migrations/0042_seed_pos_integration.sql", "https://developer.squareup.com/docs/build-basics/access-tokens", r"""
-- 0042: move the Square POS token out of the old settings table into integrations
BEGIN;

CREATE TABLE IF NOT EXISTS integrations (
    id          serial PRIMARY KEY,
    provider    text NOT NULL UNIQUE,
    location_id text,
    api_token   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO integrations (provider, location_id, api_token)
VALUES ('square', '@@loc@@', '@@secret@@')
ON CONFLICT (provider) DO UPDATE SET api_token = EXCLUDED.api_token;

DELETE FROM settings WHERE key = 'square_token';

COMMIT;
""", square_token(), loc="L" + tok(12, UPPER_DIGITS))

add("sql/decoy-password-hash", "db/seed/dev_members.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", r"""
-- Development seed: three members and one instructor. Passwords are bcrypt hashes of "potter123".
INSERT INTO accounts_user (id, email, first_name, last_name, password, is_staff) VALUES
  (1, 'ana@example.com',   'Ana',   'Reyes',  'bcrypt_sha256$@@h1@@', false),
  (2, 'ben@example.com',   'Ben',   'Okafor', 'bcrypt_sha256$@@h2@@', false),
  (3, 'chloe@example.com', 'Chloe', 'Lind',   'bcrypt_sha256$@@h3@@', false),
  (4, 'dee@example.com',   'Dee',   'Park',   'bcrypt_sha256$@@h4@@', true);

INSERT INTO memberships_membership (user_id, tier, shelf, active, started) VALUES
  (1, 'studio-basic', 'A3', true, '2024-01-06'),
  (2, 'studio-plus',  'B1', true, '2024-02-10'),
  (3, 'studio-basic', 'A7', false, '2023-09-01');
""", None, h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("kotlin/twilio-auth-token", "reminders/src/main/kotlin/studio/mudroom/reminders/SmsSender.kt", "https://www.twilio.com/docs/usage/requests-to-twilio#authenticate-with-http", r"""
package studio.mudroom.reminders

import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber

object SmsSender {
    private const val ACCOUNT_SID = "AC@@sid@@"
    private const val AUTH_TOKEN = "@@secret@@"
    private val FROM = PhoneNumber("+16125550148")

    init {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN)
    }

    fun classReminder(to: String, studentName: String, className: String, startsAt: String) {
        val body = "Hi $studentName! Reminder: $className starts $startsAt. " +
            "Wear clothes that can get muddy. Reply STOP to opt out."
        Message.creator(PhoneNumber(to), FROM, body).create()
    }

    fun kilnUnloaded(to: String, pieces: Int) {
        Message.creator(PhoneNumber(to), FROM, "Your $pieces piece(s) are out of the glaze kiln and on the pickup shelf.").create()
    }
}
""", hexs(32), sid=hexs(32))

add("swift/decoy-publishable-key", "StudioBooking/StudioBooking/Config/PaymentConfig.swift", "https://docs.stripe.com/payments/accept-a-payment?platform=ios", r"""
import Foundation
import StripePaymentSheet

enum PaymentConfig {
    /// Publishable key: identifies the account to Stripe.js / the iOS SDK, meant to ship in the app.
    static let stripePublishableKey = "@@pk@@"
    static let appleMerchantId = "merchant.com.mudroomclay.booking"
    static let backendBase = URL(string: "https://book.mudroomclay.com/api/")!

    static func configure() {
        StripeAPI.defaultPublishableKey = stripePublishableKey
    }

    static func sheetConfiguration() -> PaymentSheet.Configuration {
        var config = PaymentSheet.Configuration()
        config.merchantDisplayName = "Mudroom Clay Studio"
        config.applePay = .init(merchantId: appleMerchantId, merchantCountryCode: "US")
        config.allowsDelayedPaymentMethods = false
        return config
    }
}
""", None, pk=stripe_sk("pk_live_"))

add("csharp/stripe-restricted-key", "Studio.Memberships/Program.cs", "https://docs.stripe.com/keys#limit-access", r"""
using Stripe;
using Studio.Memberships;

var builder = WebApplication.CreateBuilder(args);

// restricted key: read subscriptions + write customers only
StripeConfiguration.ApiKey = "@@secret@@";

builder.Services.AddSingleton<MembershipService>();
builder.Services.AddHostedService<NightlyShelfAudit>();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapHealthChecks("/healthz");
app.MapGet("/members/{email}", async (string email, MembershipService svc) =>
    await svc.FindByEmailAsync(email) is { } m ? Results.Ok(m) : Results.NotFound());
app.MapPost("/members/{email}/pause", async (string email, MembershipService svc) =>
{
    await svc.PauseAsync(email, TimeSpan.FromDays(30));
    return Results.Accepted();
});

app.Run();
""", stripe_sk("rk_live_"))

add("env/decoy-placeholder", "booking/.env.example", "https://12factor.net/config", r"""
# Copy to .env and fill in. Never commit the filled-in file.
DJANGO_SETTINGS_MODULE=studio.settings.production
DJANGO_SECRET_KEY=change-me
ALLOWED_HOSTS=book.example.com
DATABASE_URL=postgres://booking:<password>@localhost:5432/booking

STRIPE_SECRET_KEY=sk_live_...
STRIPE_PUBLISHABLE_KEY=pk_live_...
STRIPE_WEBHOOK_SECRET=whsec_...
ACUITY_USER_ID=
ACUITY_API_KEY=

TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
CLASS_REMINDER_HOURS=24
""")

# ---- B. kiln controllers and monitoring -------------------------------------------------------

add("cpp/mqtt-password", "firmware/kiln_monitor/kiln_monitor.ino", "https://pubsubclient.knolleary.net/api#connect", r"""
// Kiln room monitor: MAX31855 thermocouple on the L&L e23T lid + vent fan relay
#include <WiFiManager.h>
#include <PubSubClient.h>
#include <Adafruit_MAX31855.h>

#define MAXDO   19
#define MAXCS   5
#define MAXCLK  18
#define FAN_RELAY 26

const char* MQTT_HOST = "192.168.20.5";
const int   MQTT_PORT = 1883;
const char* MQTT_USER = "kilnroom";
const char* MQTT_PASS = "@@secret@@";

WiFiClient net;
PubSubClient mqtt(net);
Adafruit_MAX31855 thermocouple(MAXCLK, MAXCS, MAXDO);
unsigned long lastPublish = 0;

void reconnect() {
  while (!mqtt.connected()) {
    if (mqtt.connect("kiln-monitor-1", MQTT_USER, MQTT_PASS, "studio/kiln1/status", 1, true, "offline")) {
      mqtt.publish("studio/kiln1/status", "online", true);
      mqtt.subscribe("studio/kiln1/fan/set");
    } else {
      delay(5000);
    }
  }
}

void onMessage(char* topic, byte* payload, unsigned int len) {
  digitalWrite(FAN_RELAY, (len == 2 && payload[0] == 'o' && payload[1] == 'n') ? HIGH : LOW);
}

void setup() {
  pinMode(FAN_RELAY, OUTPUT);
  WiFiManager wm;
  wm.autoConnect("KilnMonitor-Setup");
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
  mqtt.setCallback(onMessage);
}

void loop() {
  if (!mqtt.connected()) reconnect();
  mqtt.loop();
  if (millis() - lastPublish > 10000) {
    lastPublish = millis();
    double c = thermocouple.readCelsius();
    if (!isnan(c)) {
      char buf[16];
      dtostrf(c, 0, 1, buf);
      mqtt.publish("studio/kiln1/temp_c", buf);
    }
  }
}
""", rand_pw(16))

add("cpp/wifi-password", "firmware/glaze_room_scale/arduino_secrets.h", "https://docs.arduino.cc/arduino-cloud/getting-started/store-your-sensitive-data-in-sketches", r"""
// arduino_secrets.h - glaze room scale (Nano 33 IoT)
// Kept next to the sketch so the batch-weighing station reconnects after power cuts.
#define SECRET_SSID "ClayBarn-Studio"
#define SECRET_PASS "@@secret@@"
#define SCALE_ID "glaze-scale-2"
#define SCALE_CALIBRATION_FACTOR -7050.0f
""", human_pw())

add("esphome/esphome-api-encryption-key", "esphome/kiln-room-sensor.yaml", "https://esphome.io/components/api.html#configuration-variables", r"""
esphome:
  name: kiln-room-sensor
  friendly_name: Kiln room sensor

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

spi:
  clk_pin: GPIO18
  miso_pin: GPIO19

sensor:
  - platform: max31855
    name: "Kiln 2 lid thermocouple"
    cs_pin: GPIO5
    update_interval: 15s
  - platform: dht
    pin: GPIO4
    model: DHT22
    temperature:
      name: "Kiln room air"
    humidity:
      name: "Kiln room humidity"
    update_interval: 60s

switch:
  - platform: gpio
    pin: GPIO26
    name: "Kiln vent fan"
""", b64bytes(32))

add("esphome/decoy-secret-reference", "esphome/glaze-room-humidity.yaml", "https://esphome.io/guides/faq.html#tips-for-using-esphome", r"""
substitutions:
  device: glaze-room-humidity

esphome:
  name: ${device}

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
    key: !secret api_key_glaze_room

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: sht3xd
    address: 0x44
    temperature:
      name: "Glaze room temperature"
    humidity:
      name: "Glaze room humidity"
    update_interval: 120s
""")

add("home-assistant/kilnaid-password", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r"""
# Home Assistant secrets - studio Pi (kiln room + damp room)
home_latitude: 44.9706
home_longitude: -93.2478
home_elevation: 256

wifi_ssid: "ClayBarn-IoT"
kilnaid_email: "kilns@claybarnstudio.com"
kilnaid_password: "@@secret@@"
kiln_max_temp_alert_c: 1300
damp_room_target_rh: 72
""", human_pw())

add("python/kilnaid-password", "kiln/kilnaid_poll.py", "https://github.com/bartlettinstruments", r'''
"""Poll Bartlett KilnAid for the Genesis controllers and push firing status to the studio dashboard.

The KilnAid app has no public API; this uses the same JSON endpoints the phone app does.
"""
import time

import requests

KILNAID = "https://kilnaid.bartinst.com"
EMAIL = "kilns@mudroomclay.com"
PASSWORD = "@@secret@@"
DASHBOARD = "http://192.168.20.5:8123/api/webhook/kiln-status"


def login(session: requests.Session) -> str:
    r = session.post(f"{KILNAID}/login.json", json={"user": {"email": EMAIL, "password": PASSWORD}}, timeout=15)
    r.raise_for_status()
    return r.json()["authentication_token"]


def kilns(session: requests.Session, token: str):
    r = session.post(f"{KILNAID}/kilns/ids.json", json={"token": token, "user_email": EMAIL}, timeout=15)
    r.raise_for_status()
    ids = r.json()["kiln_ids"]
    r = session.post(f"{KILNAID}/kilns/view.json", json={"token": token, "user_email": EMAIL, "ids": ids}, timeout=15)
    r.raise_for_status()
    return r.json()["kilns"]


def main():
    s = requests.Session()
    token = login(s)
    while True:
        for k in kilns(s, token):
            status = k["status"]
            requests.post(DASHBOARD, json={
                "name": k["name"],
                "mode": status.get("mode"),
                "temp": status.get("t1"),
                "segment": status.get("firing", {}).get("segment"),
            }, timeout=5)
        time.sleep(60)


if __name__ == "__main__":
    main()
''', human_pw())

add("python/kilnlink-password", "kiln/kilnlink_scraper.py", "https://skutt.com/kilnlink/", r'''
"""Scrape the Skutt KilnLink web page for our KMT controllers (kiln 3 and 4) and log to CSV."""
import csv
import datetime as dt
import re

import requests

LOGIN_URL = "https://kilnlink.skutt.com/Account/Login"
STATUS_URL = "https://kilnlink.skutt.com/Kiln/Status"

session = requests.Session()
page = session.get(LOGIN_URL, timeout=20)
token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page.text).group(1)
session.post(LOGIN_URL, data={
    "__RequestVerificationToken": token,
    "Email": "studio.manager@claybarnstudio.com",
    "Password": "@@secret@@",
    "RememberMe": "false",
}, timeout=20)

rows = []
for kiln_id in ("KMT-3", "KMT-4"):
    html = session.get(STATUS_URL, params={"name": kiln_id}, timeout=20).text
    temp = re.search(r'id="currentTemp">(\d+)', html)
    seg = re.search(r'id="currentSegment">([^<]+)', html)
    rows.append([dt.datetime.now().isoformat(timespec="seconds"), kiln_id,
                 temp.group(1) if temp else "", seg.group(1).strip() if seg else ""])

with open("kilnlink_log.csv", "a", newline="") as fh:
    csv.writer(fh).writerows(rows)
''', human_pw())

add("python/pushover-app-token", "kiln/alerts.py", "https://pushover.net/api", r'''
"""Kiln alerts: over-temperature, stalled ramp, firing complete."""
import requests

PUSHOVER_TOKEN = "@@secret@@"
PUSHOVER_GROUP = "@@group@@"   # delivery group "kiln-crew"


def notify(title: str, message: str, priority: int = 0) -> None:
    data = {
        "token": PUSHOVER_TOKEN,
        "user": PUSHOVER_GROUP,
        "title": title,
        "message": message,
        "priority": priority,
    }
    if priority == 2:
        data.update(retry=60, expire=1800, sound="siren")
    requests.post("https://api.pushover.net/1/messages.json", data=data, timeout=10).raise_for_status()


def check(kiln: str, temp_c: float, target_c: float, minutes_on_segment: int) -> None:
    if temp_c > target_c + 25:
        notify(f"{kiln}: OVER TEMP", f"{temp_c:.0f} C, target {target_c:.0f} C", priority=2)
    elif minutes_on_segment > 240:
        notify(f"{kiln}: ramp stalled?", f"{minutes_on_segment} min on one segment at {temp_c:.0f} C", priority=1)
''', tok(30), group=tok(30))

add("shell/telegram-bot-token", "scripts/kiln_done.sh", "https://core.telegram.org/bots/api#sendmessage", r"""
#!/usr/bin/env bash
# Called by the kiln logger when a firing reaches "Complete".
# usage: kiln_done.sh <kiln-name> <cone> <peak-temp-F>
set -euo pipefail

KILN="${1:?kiln}"
CONE="${2:?cone}"
PEAK="${3:?peak}"
CHAT_ID="-100@@chat@@"

MSG="Kiln ${KILN} finished (cone ${CONE}, peak ${PEAK}F). Do NOT open above 150F."

curl -fsS -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \
  -d chat_id="${CHAT_ID}" \
  --data-urlencode text="${MSG}" >/dev/null

logger -t kiln "notified telegram: ${KILN} done"
""", fakes.telegram_token(_seed()), chat=str(_rng().randint(10**9, 10**10)))

add("toml/influxdb-token", "kiln-logger/config.toml", "https://docs.influxdata.com/influxdb/v2/admin/tokens/", r"""
# kiln-logger: reads the thermocouple boards over I2C and writes to InfluxDB

[logger]
interval_seconds = 10
kilns = ["skutt-1027", "ll-e23t", "test-kiln"]

[influxdb]
url = "http://studio-pi.local:8086"
org = "claybarn"
bucket = "kilns"
token = "@@secret@@"

[alerts]
over_temp_margin_c = 20
stall_minutes = 180
""", influx_token())

add("toml/decoy-placeholder", "kiln-logger/config.example.toml", "https://docs.influxdata.com/influxdb/v2/admin/tokens/create-token/", r"""
# Copy to config.toml. Create an all-access or write-only token in the InfluxDB UI
# (Load Data > API Tokens) and paste it below.

[logger]
interval_seconds = 10
kilns = ["kiln-1"]

[influxdb]
url = "http://localhost:8086"
org = "my-studio"
bucket = "kilns"
token = "REPLACE_WITH_INFLUX_WRITE_TOKEN"

[alerts]
over_temp_margin_c = 20
stall_minutes = 180
""")

add("log/mqtt-password", "logs/kiln-bridge-2024-03-14.log", "https://www.eclipse.org/paho/files/paho.mqtt.python/html/client.html", r"""
2024-03-14 06:00:02,114 INFO  kiln-bridge starting (version 0.4.2)
2024-03-14 06:00:02,115 DEBUG config: {'broker': 'mqtt://kilnbridge:@@secret@@@192.168.20.5:1883', 'topics': ['studio/+/temp_c', 'studio/+/status'], 'influx_bucket': 'kilns'}
2024-03-14 06:00:02,301 INFO  connected to broker 192.168.20.5:1883 (rc=0)
2024-03-14 06:00:02,302 INFO  subscribed studio/+/temp_c
2024-03-14 06:00:02,302 INFO  subscribed studio/+/status
2024-03-14 06:00:12,410 DEBUG studio/kiln1/temp_c 21.5
2024-03-14 06:00:22,419 DEBUG studio/kiln1/temp_c 21.5
2024-03-14 07:15:40,006 INFO  studio/kiln1/status firing (program: cone 04 bisque slow)
2024-03-14 07:15:50,011 DEBUG studio/kiln1/temp_c 24.0
2024-03-14 09:42:10,887 WARNING influx write retry 1/3: timeout
2024-03-14 09:42:11,902 INFO  influx write ok
""", rand_pw(14))

add("log/decoy-firing-log", "logs/firing-2024-04-12-bisque.log", "https://www.bartlettinstruments.com/genesis", r"""
=== Genesis controller export ===
controller: Genesis 2.0  serial: GN2-0041873  fw: 3.2.7 (sha256 @@fw@@)
kiln: Skutt 1027 (3-zone)  thermocouples: type K x3  mac: 24:6f:28:a1:3c:9e
program: "Bisque 04 slow"  user-program #3
start: 2024-04-12 18:04  end: 2024-04-13 09:51  cost est: $11.40

seg  rate(F/hr)  temp(F)  hold(min)
1    80          220      120
2    200         1000     0
3    100         1100     0
4    180         1945     10

18:04  seg1  t1=71   t2=70   t3=72   out=12%
20:04  seg1  t1=220  t2=219  t3=221  out=21% hold
22:04  seg2  t1=380  t2=377  t3=383  out=34%
02:10  seg3  t1=1012 t2=1008 t3=1015 out=55%
05:42  seg4  t1=1640 t2=1631 t3=1645 out=81%
09:41  seg4  t1=1945 t2=1939 t3=1947 out=88% hold
09:51  CPLT  peak 1947  err none
run id: @@run@@
""", None, fw=hexs(64), run=uuid_s())

add("javascript/decoy-password-hash", "node-red/settings.js", "https://nodered.org/docs/user-guide/runtime/securing-node-red#editor--admin-api-security", r"""
// Node-RED on the studio Pi (kiln room flows). Only the overrides; defaults are upstream's.
module.exports = {
    flowFile: "flows.json",
    // flows_cred.json is encrypted with this; the value is set in the service's environment
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "kilntech",
            // bcrypt hash made with `node-red admin hash-pw`
            password: "@@hash@@",
            permissions: "*"
        }]
    },
    httpNodeRoot: "/api",
    functionGlobalContext: {},
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
""", None, hash=bcrypt_hash())

add("node-red/telegram-bot-token", "studio-pi/.node-red/flows_cred.json", "https://flows.nodered.org/node/node-red-contrib-telegrambot", r"""
{
    "a41c9e2b.7f1d3": {
        "user": "kilnbridge",
        "password": "@@mqtt@@"
    },
    "5be07d11.c2a8f": {
        "token": "@@secret@@"
    },
    "0d9f3a55.e61b2": {
        "token": ""
    }
}
""", fakes.telegram_token(_seed()), mqtt="${MQTT_PASSWORD}")

add("go/adafruit-io-key", "cmd/kilnbridge/main.go", "https://io.adafruit.com/api/docs/#authentication", r"""
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

const (
	aioUser = "claybarnstudio"
	aioKey  = "@@secret@@"
	feed    = "kiln-2-temp"
)

func publish(tempC float64) error {
	body, _ := json.Marshal(map[string]any{"value": fmt.Sprintf("%.1f", tempC)})
	url := fmt.Sprintf("https://io.adafruit.com/api/v2/%s/feeds/%s/data", aioUser, feed)
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("X-AIO-Key", aioKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("adafruit io: %s", resp.Status)
	}
	return nil
}

func main() {
	for range time.Tick(30 * time.Second) {
		t, err := readThermocouple()
		if err != nil {
			log.Printf("read: %v", err)
			continue
		}
		if err := publish(t); err != nil {
			log.Printf("publish: %v", err)
		}
	}
}
""", "aio_" + tok(28))

add("rust/thingspeak-write-key", "kiln-thermo/src/main.rs", "https://www.mathworks.com/help/thingspeak/writedata.html", r"""
use std::{thread, time::Duration};

mod max31856;

const THINGSPEAK_URL: &str = "https://api.thingspeak.com/update";
const WRITE_API_KEY: &str = "@@secret@@";
const CHANNEL_NAME: &str = "Raku kiln (propane)";

fn main() -> anyhow::Result<()> {
    let mut tc = max31856::Max31856::open("/dev/spidev0.0")?;
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()?;
    println!("logging {CHANNEL_NAME}");
    loop {
        let hot = tc.read_thermocouple_c()?;
        let cold = tc.read_cold_junction_c()?;
        let res = client
            .get(THINGSPEAK_URL)
            .query(&[("api_key", WRITE_API_KEY), ("field1", &format!("{hot:.1}")), ("field2", &format!("{cold:.1}"))])
            .send();
        if let Err(e) = res {
            eprintln!("thingspeak: {e}");
        }
        // free tier: one update per 15 s
        thread::sleep(Duration::from_secs(20));
    }
}
""", tok(16, UPPER_DIGITS))

add("yaml/influxdb-token", "grafana/provisioning/datasources/influxdb.yaml", "https://grafana.com/docs/grafana/latest/datasources/influxdb/#provision-the-data-source", r"""
apiVersion: 1

datasources:
  - name: Kilns (InfluxDB)
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    isDefault: true
    jsonData:
      version: Flux
      organization: mudroom
      defaultBucket: kilns
      tlsSkipVerify: true
    secureJsonData:
      token: @@secret@@
""", influx_token())

add("yaml/decoy-env-reference", "grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", r"""
apiVersion: 1

datasources:
  - name: Bookings (read replica)
    type: postgres
    url: db-replica.internal:5432
    user: grafana_ro
    jsonData:
      database: booking
      sslmode: require
      postgresVersion: 1600
    secureJsonData:
      password: $__env{GRAFANA_BOOKINGS_DB_PASSWORD}
  - name: Firing costs (sheet export)
    type: marcusolsson-csv-datasource
    url: http://studio-pi.local:8000/firing_costs.csv
""")

add("notebook/grafana-service-account-token", "notebooks/firing_curve_analysis.ipynb", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Firing curves: cone 6 glaze, kiln 2 vs kiln 3\n", "Pull panel data from Grafana and compare the cooling segments."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "GRAFANA = 'https://grafana.mudroomclay.com'\n",
    "HEADERS = {'Authorization': 'Bearer @@secret@@'}\n",
    "DS_UID = 'kilns-influx'"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "q = {'queries': [{'refId': 'A', 'datasource': {'uid': DS_UID},\n",
    "      'query': 'from(bucket: \"kilns\") |> range(start: -30d) |> filter(fn: (r) => r._field == \"temp_c\")'}],\n",
    "     'from': 'now-30d', 'to': 'now'}\n",
    "r = requests.post(f'{GRAFANA}/api/ds/query', json=q, headers=HEADERS, timeout=60)\n",
    "frames = r.json()['results']['A']['frames']\n",
    "len(frames)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.concat([pd.DataFrame({'t': f['data']['values'][0], 'temp': f['data']['values'][1], 'kiln': f['schema']['name']}) for f in frames])\n",
    "df.groupby('kiln').temp.max()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "glsa_" + tok(32) + "_" + hexs(8))

add("notebook/decoy-checksum", "notebooks/glaze_shrinkage.ipynb", "https://jupyter.org/", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Shrinkage by clay body (test tiles, spring 2024)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "tiles_2024-04.csv  sha256=@@h1@@\n",
      "tiles_2024-05.csv  sha256=@@h2@@\n"
     ]
    }
   ],
   "source": [
    "import hashlib, pathlib\n",
    "for p in sorted(pathlib.Path('data').glob('tiles_*.csv')):\n",
    "    print(p.name, ' sha256=' + hashlib.sha256(p.read_bytes()).hexdigest())"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "df = pd.concat(pd.read_csv(p) for p in sorted(pathlib.Path('data').glob('tiles_*.csv')))\n",
    "df['shrink_pct'] = 100 * (df.wet_mm - df.fired_mm) / df.wet_mm\n",
    "df.groupby(['body', 'cone']).shrink_pct.describe()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, h1=hexs(64), h2=hexs(64))

add("swift/particle-access-token", "KilnWatch/KilnWatch/Services/ParticleClient.swift", "https://docs.particle.io/reference/cloud-apis/access-tokens/", r"""
import Foundation

/// Reads the kiln Photon's cloud variables (temp, segment) for the KilnWatch widget.
final class ParticleClient {
    static let shared = ParticleClient()

    private let deviceId = "@@device@@"
    private let accessToken = "@@secret@@"
    private let session = URLSession(configuration: .ephemeral)

    struct Variable: Decodable { let result: Double }

    func read(_ name: String) async throws -> Double {
        var req = URLRequest(url: URL(string: "https://api.particle.io/v1/devices/\(deviceId)/\(name)")!)
        req.setValue("Bearer \(accessToken)", forHTTPHeaderField: "Authorization")
        let (data, resp) = try await session.data(for: req)
        guard (resp as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(Variable.self, from: data).result
    }

    func kilnTemperature() async throws -> Double { try await read("tempF") }
    func currentSegment() async throws -> Int { Int(try await read("segment")) }
}
""", hexs(40), device=hexs(24))

add("javascript/home-assistant-token", "kiln-dashboard/src/haClient.js", "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token", r"""
// Wall tablet in the kiln room: shows kiln temps and the vent fan switch from Home Assistant.
const HA_URL = "http://192.168.20.5:8123";
const HA_TOKEN =
  "@@secret@@";

export async function getState(entityId) {
  const res = await fetch(`${HA_URL}/api/states/${entityId}`, {
    headers: { Authorization: `Bearer ${HA_TOKEN}` },
  });
  if (!res.ok) throw new Error(`HA ${entityId}: ${res.status}`);
  return res.json();
}

export async function toggleFan(on) {
  await fetch(`${HA_URL}/api/services/switch/${on ? "turn_on" : "turn_off"}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${HA_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ entity_id: "switch.kiln_vent_fan" }),
  });
}

export const KILNS = ["sensor.kiln_1_temp", "sensor.kiln_2_lid_thermocouple", "sensor.raku_kiln_temp"];
""", jwt({"iss": hexs(32), "iat": 1709251200, "exp": 2024611200}))

add("ansible/shelly-admin-password", "ansible/host_vars/kiln-relays.yml", "https://shelly-api-docs.shelly.cloud/gen2/General/Authentication", r"""
---
# Shelly Pro 2PM relays: kiln vent fans and the damp-room dehumidifier
shelly_devices:
  - name: kiln-vent-a
    host: 192.168.20.31
  - name: kiln-vent-b
    host: 192.168.20.32
  - name: damproom-dehumidifier
    host: 192.168.20.33

shelly_admin_user: admin
shelly_admin_password: "@@secret@@"
shelly_cloud_enabled: false
shelly_mqtt_server: "192.168.20.5:1883"
shelly_firmware_channel: stable
""", rand_pw(18))

add("markdown/decoy-placeholder", "docs/kiln-controller-setup.md", "https://www.bartlettinstruments.com/kilnaid", r"""
# Connecting a Genesis controller to KilnAid

1. On the controller: **Menu > Settings > Wi-Fi**, pick `ClayBarn-IoT` and enter the IoT network
   password (in the studio password manager, entry "IoT Wi-Fi").
2. Note the controller's MAC (our kilns: `24:6f:28:a1:3c:9e`, `24:6f:28:a1:41:07`) for the DHCP
   reservation on the UniFi gateway.
3. In the KilnAid app, **Add kiln** and enter the serial (on the label inside the control box,
   e.g. `GN2-0041873`).
4. Log in with the shared studio account: `kilns@claybarnstudio.com` / `<KilnAid password>`.
5. Turn on push alerts for **Error codes** and **Firing complete**.

If KilnAid shows "offline", power-cycle the controller with the kiln off and check that the
controller's firmware is 3.2 or newer.
""")

add("markdown/kilnlink-password", "docs/kiln-room-runbook.md", "https://skutt.com/kilnlink/", r"""
# Kiln room runbook (for firing techs)

## Before loading
- Check shelves for glaze drips; grind and re-wash.
- Witness cones on shelves 2 and 4.

## Starting a firing
| Kiln            | Controller | Program            |
|-----------------|------------|--------------------|
| Skutt KMT-3     | KilnLink   | "Cone 6 glaze fast"|
| Skutt KMT-4     | KilnLink   | "Bisque 04 slow"   |
| L&L e23T        | Genesis    | user program 5     |

## Watching from home
KilnLink: https://kilnlink.skutt.com
login `firing@mudroomclay.com`, password `@@secret@@`
(Mia changed it in March after the old tech left.)

## Unloading
- Not above 150F. Ever.
- Log cone results in the binder and the shared sheet.
""", human_pw())

add("systemd/twilio-auth-token", "deploy/kiln-alerts.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r"""
[Unit]
Description=Kiln over-temperature SMS alerts
After=network-online.target mosquitto.service
Wants=network-online.target

[Service]
Type=simple
User=kiln
WorkingDirectory=/opt/kiln-alerts
Environment=TWILIO_ACCOUNT_SID=AC@@sid@@
Environment=TWILIO_AUTH_TOKEN=@@secret@@
Environment=ALERT_TO=+16125550193,+16125550177
ExecStart=/opt/kiln-alerts/.venv/bin/python -m kiln_alerts
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", hexs(32), sid=hexs(32))

add("systemd/decoy-env-file-reference", "deploy/kiln-logger.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r"""
[Unit]
Description=Kiln thermocouple logger
After=network-online.target influxdb.service

[Service]
Type=simple
User=kiln
Group=gpio
EnvironmentFile=/etc/kiln-logger/kiln-logger.env
ExecStart=/opt/kiln-logger/.venv/bin/kiln-logger --config /etc/kiln-logger/config.toml
Restart=always
RestartSec=5
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=/var/lib/kiln-logger

[Install]
WantedBy=multi-user.target
""")

add("mosquitto/mqtt-bridge-password", "mosquitto/conf.d/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r"""
# Bridge the studio broker to the shared HiveMQ Cloud cluster so the dashboard works off-site.
connection hivemq-cloud
address @@cluster@@.s1.eu.hivemq.cloud:8883
remote_clientid mudroom-studio-pi
remote_username mudroom-bridge
remote_password @@secret@@
bridge_protocol_version mqttv311
bridge_capath /etc/ssl/certs
bridge_insecure false
cleansession true
try_private true

topic studio/+/temp_c out 0
topic studio/+/status out 1
topic studio/+/fan/set in 1
""", rand_pw(24), cluster=hexs(32))

add("mosquitto/decoy-password-hash", "mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r"""
kilnroom:$7$101$@@s1@@$@@h1@@
kilnbridge:$7$101$@@s2@@$@@h2@@
homeassistant:$7$101$@@s3@@$@@h3@@
glazescale:$7$101$@@s4@@$@@h4@@
grafana:$7$101$@@s5@@$@@h5@@
""", None, s1=b64bytes(12), h1=b64bytes(64), s2=b64bytes(12), h2=b64bytes(64), s3=b64bytes(12), h3=b64bytes(64),
    s4=b64bytes(12), h4=b64bytes(64), s5=b64bytes(12), h5=b64bytes(64))

add("python/ip-camera-password", "kiln/camera_snap.py", "https://docs.opencv.org/4.x/d8/dfe/classcv_1_1VideoCapture.html", r'''
"""Grab a still from the kiln yard camera every 5 min during wood firings (anagama nights)."""
import datetime as dt
import pathlib
import time

import cv2

RTSP = "rtsp://admin:@@secret@@@192.168.20.64:554/Streaming/Channels/101"
OUT = pathlib.Path("/srv/kiln-yard")


def snap():
    cap = cv2.VideoCapture(RTSP)
    ok, frame = cap.read()
    cap.release()
    if not ok:
        return None
    path = OUT / f"{dt.datetime.now():%Y%m%d-%H%M%S}.jpg"
    cv2.imwrite(str(path), frame)
    return path


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    while True:
        print(snap())
        time.sleep(300)
''', rand_pw(12))

# ---- C. glaze and clay supply ordering --------------------------------------------------------

add("python/smtp-password", "supply/send_clay_order.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", r'''
"""Email the weekly clay and glaze order to the supplier's order desk (they still take orders by email)."""
import csv
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "orders@mudroomclay.com"
SMTP_PASS = "@@secret@@"
SUPPLIER = "orders@lagunaclay.com"


def build(order_csv: str) -> EmailMessage:
    lines = []
    with open(order_csv, newline="") as fh:
        for row in csv.DictReader(fh):
            lines.append(f'{row["qty"]:>4} x {row["sku"]:<12} {row["description"]}')
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = SUPPLIER
    msg["Subject"] = "Mudroom Clay Studio - weekly order (acct 20417)"
    msg.set_content("Hello,\n\nPlease ship the following:\n\n" + "\n".join(lines) + "\n\nThanks!\nMudroom")
    return msg


if __name__ == "__main__":
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, SMTP_PASS)
        smtp.send_message(build("orders/this_week.csv"))
''', human_pw())

add("yaml/vendor-portal-password", "supply/vendors.yml", "https://yaml.org/spec/1.2.2/", r"""
# Supplier accounts for reordering clay, glaze chemicals and kiln parts
vendors:
  laguna:
    name: Laguna Clay Co.
    account: "20417"
    order_email: orders@lagunaclay.com
    lead_time_days: 10
  sheffield:
    name: Sheffield Pottery
    account: "MUD-0883"
    portal: https://sheffield-pottery.com/wholesale/login
    portal_user: buyer@mudroomclay.com
    portal_password: "@@secret@@"
    lead_time_days: 7
  kiln_parts:
    name: Bailey / Axner (elements, thermocouples)
    order_email: sales@baileypottery.com
    lead_time_days: 14
reorder:
  clay_pallet_threshold_boxes: 12
  glaze_chem_threshold_lbs: 5
""", human_pw())

add("csv/decoy-inventory-ids", "supply/glaze_materials_inventory.csv", "https://digitalfire.com/material/list", r"""
material,supplier,sku,lot,sds_id,on_hand_lbs,reorder_at_lbs,last_checked
Custer Feldspar,Laguna,CHEM-CUST50,L24-0913,sds-@@s1@@,42.5,25,2024-05-02
EPK Kaolin,Laguna,CHEM-EPK50,L24-1102,sds-@@s2@@,61.0,25,2024-05-02
Silica 325,Sheffield,SIL325-50,S-88231,sds-@@s3@@,88.0,50,2024-05-02
Whiting,Sheffield,WHIT-50,S-87990,sds-@@s4@@,19.5,20,2024-05-02
Gerstley Borate,Laguna,CHEM-GB25,L23-0477,sds-@@s5@@,7.0,10,2024-05-02
Red Iron Oxide,Sheffield,RIO-5,S-81120,sds-@@s6@@,4.2,2,2024-05-02
Cobalt Carbonate,Sheffield,COCARB-1,S-80931,sds-@@s7@@,0.8,1,2024-05-02
Rutile (light),Laguna,CHEM-RUT5,L24-0201,sds-@@s8@@,3.1,2,2024-05-02
Zircopax,Laguna,CHEM-ZIRC25,L24-0655,sds-@@s9@@,12.0,10,2024-05-02
""", None, s1=hexs(24), s2=hexs(24), s3=hexs(24), s4=hexs(24), s5=hexs(24), s6=hexs(24), s7=hexs(24), s8=hexs(24), s9=hexs(24))

add("csv/decoy-recipe-ids", "supply/recipes/cone6_studio_glazes.csv", "https://glazy.org/", r"""
glaze,glazy_id,revision_hash,cone,atmosphere,base,colorant,notes
Floating Blue,@@g1@@,@@r1@@,6,ox,Custer 22/Gerstley 22/Silica 22/Talc 3/Whiting 11/EPK 10,Cobalt 1 + Rutile 4 + RIO 2,runs on verticals
Studio Celadon,@@g2@@,@@r2@@,6,ox,Custer 30/Silica 30/Whiting 20/EPK 20,RIO 1,thin for pale
Oatmeal Matte,@@g3@@,@@r3@@,6,ox,Custer 40/Dolomite 23/Whiting 3/EPK 24/Silica 10,Rutile 3,food safe (tested 2023)
Tenmoku,@@g4@@,@@r4@@,10,red,Custer 45/Silica 30/Whiting 17/EPK 8,RIO 10,
Shino (carbon trap),@@g5@@,@@r5@@,10,red,Nepheline 60/Spodumene 20/EPK 20,,soda ash 3 for trap
""", None, g1=str(_rng().randint(10000, 99999)), r1=hexs(12), g2=str(_rng().randint(10000, 99999)), r2=hexs(12),
    g3=str(_rng().randint(10000, 99999)), r3=hexs(12), g4=str(_rng().randint(10000, 99999)), r4=hexs(12),
    g5=str(_rng().randint(10000, 99999)), r5=hexs(12))

add("json/airtable-token", "supply/airtable_config.json", "https://airtable.com/developers/web/guides/personal-access-tokens", r"""
{
  "base": "app@@base@@",
  "tables": {
    "materials": "tbl@@t1@@",
    "orders": "tbl@@t2@@",
    "suppliers": "tbl@@t3@@"
  },
  "token": "@@secret@@",
  "reorderView": "Below reorder point",
  "notify": "#supplies"
}
""", "pat" + tok(14) + "." + hexs(64), base=tok(14), t1=tok(14), t2=tok(14), t3=tok(14))

add("javascript/slack-webhook", "supply/reorder-bot/index.js", "https://api.slack.com/messaging/webhooks", r"""
// Posts to #supplies when a material drops below its reorder point (runs nightly on the studio Pi).
const fs = require("fs");
const { parse } = require("csv-parse/sync");

const SLACK_WEBHOOK = "@@secret@@";

async function main() {
  const rows = parse(fs.readFileSync(process.argv[2] || "glaze_materials_inventory.csv"), { columns: true });
  const low = rows.filter((r) => parseFloat(r.on_hand_lbs) <= parseFloat(r.reorder_at_lbs));
  if (low.length === 0) return;
  const text = ["*Reorder needed:*", ...low.map((r) => `- ${r.material} (${r.supplier} ${r.sku}): ${r.on_hand_lbs} lb left`)].join("\n");
  const res = await fetch(SLACK_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) throw new Error(`slack ${res.status}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
""", slack_webhook())

add("typescript/shippo-api-token", "shop/src/shipping/shippo.ts", "https://docs.goshippo.com/docs/guides_general/authentication/", r"""
import { Shippo } from "shippo";

// Ceramics ship heavy and fragile: always insure, always "signature for > $250".
const shippo = new Shippo({
  apiKeyHeader: "ShippoToken @@secret@@",
  shippoApiVersion: "2018-02-08",
});

const STUDIO_ADDRESS = {
  name: "Clay Barn Studio",
  street1: "1418 Elm St",
  city: "Minneapolis",
  state: "MN",
  zip: "55414",
  country: "US",
  phone: "+1 612 555 0148",
};

export async function rates(to: Record<string, string>, weightLb: number, boxIn: [number, number, number]) {
  const shipment = await shippo.shipments.create({
    addressFrom: STUDIO_ADDRESS,
    addressTo: to as any,
    parcels: [{
      length: String(boxIn[0]), width: String(boxIn[1]), height: String(boxIn[2]), distanceUnit: "in",
      weight: String(weightLb), massUnit: "lb",
    }],
    async: false,
  });
  return shipment.rates.sort((a, b) => parseFloat(a.amount) - parseFloat(b.amount));
}
""", "shippo_live_" + hexs(40))

add("python/quickbooks-client-secret", "supply/quickbooks_bills.py", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", r'''
"""Create QuickBooks Online bills from supplier invoices (PDF totals typed into invoices.csv)."""
import csv

from intuitlib.client import AuthClient
from quickbooks import QuickBooks
from quickbooks.objects.bill import Bill, AccountBasedExpenseLine, AccountBasedExpenseLineDetail
from quickbooks.objects.base import Ref

auth = AuthClient(
    client_id="AB@@cid@@",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://developer.intuit.com/v2/OAuth2Playground/RedirectUrl",
)
client = QuickBooks(auth_client=auth, refresh_token=open(".qbo_refresh").read().strip(), company_id="@@company@@")

VENDORS = {"Laguna Clay": "58", "Sheffield Pottery": "61", "Bailey Pottery": "64"}
SUPPLIES_ACCOUNT = "83"  # 5200 Studio supplies: clay & glaze

with open("invoices.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        bill = Bill()
        bill.VendorRef = Ref()
        bill.VendorRef.value = VENDORS[row["vendor"]]
        line = AccountBasedExpenseLine()
        line.Amount = float(row["total"])
        line.AccountBasedExpenseLineDetail = AccountBasedExpenseLineDetail()
        line.AccountBasedExpenseLineDetail.AccountRef = Ref()
        line.AccountBasedExpenseLineDetail.AccountRef.value = SUPPLIES_ACCOUNT
        bill.Line.append(line)
        bill.DocNumber = row["invoice_no"]
        bill.save(qb=client)
        print("billed", row["vendor"], row["invoice_no"])
''', tok(40), cid=tok(48), company=str(_rng().randint(10**15, 10**16)))

add("python/decoy-keyring-reference", "supply/xero_sync.py", "https://developer.xero.com/documentation/guides/oauth2/auth-flow", r'''
"""Sync supplier bills to Xero for the co-op studio's books."""
import keyring
from xero_python.api_client import ApiClient, Configuration
from xero_python.api_client.oauth2 import OAuth2Token

# The client id is public (it appears in the consent URL); the secret lives in the OS keychain.
XERO_CLIENT_ID = "@@cid@@"
XERO_CLIENT_SECRET = keyring.get_password("xero", XERO_CLIENT_ID)
TENANT_ID = "@@tenant@@"

api_client = ApiClient(
    Configuration(oauth2_token=OAuth2Token(client_id=XERO_CLIENT_ID, client_secret=XERO_CLIENT_SECRET)),
    pool_threads=1,
)


@api_client.oauth2_token_getter
def get_token():
    return keyring.get_password("xero", "token-json")


@api_client.oauth2_token_saver
def save_token(token):
    keyring.set_password("xero", "token-json", token)
''', None, cid=tok(32, UPPER_DIGITS), tenant=uuid_s())

add("java/shipstation-api-secret", "supply-service/src/main/java/studio/supply/ShipStationClient.java", "https://www.shipstation.com/docs/api/requirements/#authentication", r"""
package studio.supply;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class ShipStationClient {
    private static final String BASE = "https://ssapi.shipstation.com";
    private static final String API_KEY = "@@key@@";
    private static final String API_SECRET = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    private String auth() {
        String raw = API_KEY + ":" + API_SECRET;
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public String awaitingShipment() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/orders?orderStatus=awaiting_shipment&pageSize=100"))
                .header("Authorization", auth())
                .GET()
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("shipstation " + res.statusCode());
        }
        return res.body();
    }
}
""", hexs(32), key=hexs(32))

add("properties/postgres-password", "supply-service/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data", r"""
# supply-service - production profile
server.port=8084
spring.datasource.url=jdbc:postgresql://10.0.4.12:5432/supply
spring.datasource.username=supply_svc
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=5
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

supply.reorder.cron=0 0 6 * * MON
supply.reorder.notify=#supplies
management.endpoints.web.exposure.include=health,info
""", human_pw())

add("properties/decoy-env-reference", "supply-service/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", r"""
spring.application.name=supply-service
server.port=${PORT:8084}
spring.datasource.url=${SUPPLY_DB_URL:jdbc:postgresql://localhost:5432/supply}
spring.datasource.username=${SUPPLY_DB_USER:supply}
spring.datasource.password=${SUPPLY_DB_PASSWORD}
shipstation.api-key=${SHIPSTATION_API_KEY}
shipstation.api-secret=${SHIPSTATION_API_SECRET}
supply.reorder.cron=0 0 6 * * MON
logging.level.studio.supply=INFO
""")

add("csharp/smtp-password", "GlazeCalc.Api/Services/OrderMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", r"""
using System.Net;
using System.Net.Mail;

namespace GlazeCalc.Api.Services;

/// Sends a batched glaze-chemical order (from the recipe calculator's "make 10 gallons") to the supplier.
public class OrderMailer
{
    private readonly SmtpClient _smtp = new("smtp.gmail.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("glazelab@claybarnstudio.com", "@@secret@@"),
    };

    public async Task SendAsync(string supplierEmail, IEnumerable<(string Material, double Lbs)> lines)
    {
        var body = string.Join("\n", lines.Select(l => $"{l.Lbs,6:0.0} lb  {l.Material}"));
        using var msg = new MailMessage("glazelab@claybarnstudio.com", supplierEmail)
        {
            Subject = "Glaze chemicals order - Clay Barn Studio (acct CB-220)",
            Body = "Hi,\n\nPlease send:\n\n" + body + "\n\nThank you,\nClay Barn glaze lab",
        };
        await _smtp.SendMailAsync(msg);
    }
}
""", " ".join(tok(4, string.ascii_lowercase) for _ in range(4)))

add("json/sqlserver-password", "GlazeCalc.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "glazecalc.claybarnstudio.com",
  "ConnectionStrings": {
    "Glazes": "Server=tcp:claybarn-sql.database.windows.net,1433;Initial Catalog=glazecalc;User ID=glazecalc_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Recipes": {
    "DefaultBatchGrams": 10000,
    "UnityFormulaPrecision": 3
  }
}
""", human_pw())

add("json/decoy-user-secrets-id", "GlazeCalc.Api/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Debug"
    }
  },
  "ConnectionStrings": {
    "Glazes": "Server=(localdb)\\MSSQLLocalDB;Database=glazecalc_dev;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "UserSecretsId": "@@usid@@",
  "Smtp": {
    "Host": "localhost",
    "Port": 25,
    "User": "",
    "Password": ""
  }
}
""", None, usid=uuid_s())

add("markdown/ftp-password", "supply/README.md", "https://datatracker.ietf.org/doc/html/rfc1738#section-3.2", r"""
# supply/

Scripts for reordering clay, glaze chemicals and kiln parts.

- `send_clay_order.py` - emails the weekly order to Laguna.
- `reorder-bot/` - nightly Slack ping when materials drop below the reorder point.
- `quickbooks_bills.py` - turns supplier invoices into QBO bills.

## Supplier price lists
Sheffield drops an updated price list (CSV) on their FTP every month. Fetch it with:

```
wget -N "ftp://mudroom0883:@@secret@@@ftp.sheffield-pottery.com/pricelists/wholesale.csv"
python tools/merge_prices.py wholesale.csv
```

Prices in the glaze calculator update from `prices.json` after the merge.
""", rand_pw(12))

add("ruby/mailgun-api-key", "supply/scripts/price_change_notice.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r"""
#!/usr/bin/env ruby
# Emails members when class material fees change because clay prices went up.
require "rest-client"
require "csv"

MAILGUN_DOMAIN = "mg.mudroomclay.com"
MAILGUN_KEY = "@@secret@@"

changes = CSV.read("price_changes.csv", headers: true)
body = changes.map { |r| "#{r['item']}: $#{r['old']} -> $#{r['new']}" }.join("\n")

RestClient.post(
  "https://api:#{MAILGUN_KEY}@api.mailgun.net/v3/#{MAILGUN_DOMAIN}/messages",
  from: "Mudroom Clay Studio <studio@mudroomclay.com>",
  to: "members@#{MAILGUN_DOMAIN}",
  subject: "Material fee update",
  text: "Hi all,\n\nOur clay supplier raised prices. New material fees from next month:\n\n#{body}\n\n- Mudroom"
)
puts "sent"
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("ruby/decoy-vcr-placeholder", "spec/support/vcr.rb", "https://benoittgt.github.io/vcr/#/configuration/filter_sensitive_data", r"""
require "vcr"

VCR.configure do |c|
  c.cassette_library_dir = "spec/cassettes"
  c.hook_into :webmock
  c.configure_rspec_metadata!
  c.default_cassette_options = { record: :once, match_requests_on: %i[method uri] }

  # Recorded cassettes never contain the real values.
  c.filter_sensitive_data("<EVENTBRITE_TOKEN>") { ENV.fetch("EVENTBRITE_TOKEN", "test-token") }
  c.filter_sensitive_data("<MAILGUN_KEY>") { ENV.fetch("MAILGUN_KEY", "key-test") }
  c.filter_sensitive_data("<SHIPPO_TOKEN>") { ENV.fetch("SHIPPO_TOKEN", "shippo_test_token") }
  c.filter_sensitive_data("<BASIC_AUTH>") do |interaction|
    interaction.request.headers["Authorization"]&.first
  end
end
""")

add("python/decoy-test-fixture", "supply/tests/test_reorder.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

from supply import reorder


@pytest.fixture
def airtable(monkeypatch):
    monkeypatch.setenv("AIRTABLE_TOKEN", "patTESTTESTTEST.0000000000000000000000000000000000000000000000000000000000000000")
    monkeypatch.setenv("SLACK_WEBHOOK", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")
    rows = [
        {"material": "Custer Feldspar", "on_hand_lbs": 42.5, "reorder_at_lbs": 25},
        {"material": "Gerstley Borate", "on_hand_lbs": 7.0, "reorder_at_lbs": 10},
    ]
    monkeypatch.setattr(reorder, "fetch_rows", lambda: rows)
    return rows


def test_low_stock_only(airtable):
    low = reorder.low_stock()
    assert [r["material"] for r in low] == ["Gerstley Borate"]


def test_message_mentions_supplier(airtable):
    assert "Gerstley Borate" in reorder.message(reorder.low_stock())
''')

# ---- D. online shop for finished work --------------------------------------------------------

add("liquid/decoy-storefront-token", "theme/snippets/quick-add-cart.liquid", "https://shopify.dev/docs/api/usage/authentication#getting-started-with-public-access", r"""
{% comment %}
  Quick-add for mugs/bowls on collection pages. Uses the Storefront API with the
  *public* storefront access token (Headless channel), which is meant to be exposed.
{% endcomment %}
<script>
  window.StudioCart = {
    shop: "{{ shop.permanent_domain }}",
    storefrontToken: "@@sft@@",
    apiVersion: "2024-04",
  };
</script>
<button class="quick-add" data-variant="{{ product.selected_or_first_available_variant.id }}"
        {% unless product.available %}disabled{% endunless %}>
  {% if product.available %}Add to cart{% else %}Sold - one of a kind{% endif %}
</button>
<script src="{{ 'quick-add.js' | asset_url }}" defer></script>
""", None, sft=hexs(32))

add("toml/decoy-client-id", "shopify-app/shopify.app.toml", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", r"""
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration

client_id = "@@cid@@"
name = "Studio Pieces Sync"
handle = "studio-pieces-sync"
application_url = "https://sync.mudroomclay.com"
embedded = true

[access_scopes]
scopes = "read_products,write_products,read_inventory,write_inventory,read_orders"

[auth]
redirect_urls = ["https://sync.mudroomclay.com/auth/callback"]

[webhooks]
api_version = "2024-04"

  [[webhooks.subscriptions]]
  topics = ["orders/paid"]
  uri = "/webhooks/orders-paid"

[pos]
embedded = false
""", None, cid=hexs(32))

add("env/shopify-app-secret", "shopify-app/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets", r"""
SHOPIFY_API_KEY=@@cid@@
SHOPIFY_API_SECRET=@@secret@@
SCOPES=read_products,write_products,read_inventory,write_inventory,read_orders
HOST=https://sync.mudroomclay.com
DATABASE_URL=file:./prisma/dev.sqlite
""", "shpss_" + hexs(32), cid=hexs(32))

add("python/shopify-access-token", "shop/sync_inventory.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
"""One-of-a-kind pieces: when a piece sells at the gallery, zero it in the Shopify store too."""
import sys

import requests

SHOP = "mudroom-clay.myshopify.com"
API = f"https://{SHOP}/admin/api/2024-04/graphql.json"
HEADERS = {
    "X-Shopify-Access-Token": "@@secret@@",
    "Content-Type": "application/json",
}
LOCATION = "gid://shopify/Location/@@loc@@"

MUTATION = """
mutation set($input: InventorySetOnHandQuantitiesInput!) {
  inventorySetOnHandQuantities(input: $input) { userErrors { field message } }
}
"""


def mark_sold(inventory_item_id: str) -> None:
    variables = {"input": {"reason": "correction", "setQuantities": [
        {"inventoryItemId": inventory_item_id, "locationId": LOCATION, "quantity": 0}]}}
    r = requests.post(API, json={"query": MUTATION, "variables": variables}, headers=HEADERS, timeout=20)
    r.raise_for_status()
    errors = r.json()["data"]["inventorySetOnHandQuantities"]["userErrors"]
    if errors:
        raise RuntimeError(errors)


if __name__ == "__main__":
    for item in sys.argv[1:]:
        mark_sold(f"gid://shopify/InventoryItem/{item}")
        print("zeroed", item)
''', "shpat_" + hexs(32), loc=str(_rng().randint(10**10, 10**11)))

add("github-actions/shopify-theme-access-token", ".github/workflows/theme-deploy.yml", "https://shopify.dev/docs/storefronts/themes/tools/theme-access", r"""
name: Deploy theme

on:
  push:
    branches: [main]
    paths: ["theme/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_FLAG_STORE: mudroom-clay.myshopify.com
      SHOPIFY_CLI_THEME_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g @shopify/cli@3
      - name: Push to live theme
        working-directory: theme
        run: shopify theme push --live --allow-live --nodelete
""", "shptka_" + hexs(32))

add("ruby/shopify-app-secret", "config/initializers/shopify_app.rb", "https://github.com/Shopify/shopify_app/blob/main/docs/Quickstart.md", r"""
ShopifyApp.configure do |config|
  config.application_name = "Gallery Consignment Sync"
  config.old_secret = ""
  config.scope = "read_products,write_products,read_orders"
  config.embedded_app = true
  config.after_authenticate_job = false
  config.api_version = "2024-04"
  config.shop_session_repository = "Shop"
  config.reauth_on_access_scope_changes = true

  config.api_key = "@@cid@@"
  config.secret = "@@secret@@"
end

Rails.application.config.after_initialize do
  if ShopifyApp.configuration.api_key.present? && ShopifyApp.configuration.secret.present?
    ShopifyAPI::Context.setup(
      api_key: ShopifyApp.configuration.api_key,
      api_secret_key: ShopifyApp.configuration.secret,
      api_version: ShopifyApp.configuration.api_version,
      host: ENV.fetch("HOST", ""),
      scope: ShopifyApp.configuration.scope,
      is_private: false,
      is_embedded: ShopifyApp.configuration.embedded_app,
    )
  end
end
""", hexs(32), cid=hexs(32))

_etsy_secret = tok(10, LOWER_DIGITS)
add("k8s-secret/etsy-shared-secret", "k8s/shop/etsy-secret.yaml", "https://developers.etsy.com/documentation/essentials/authentication", r"""
apiVersion: v1
kind: Secret
metadata:
  name: etsy-api
  namespace: shop
  labels:
    app: listings-sync
type: Opaque
data:
  ETSY_KEYSTRING: @@ks@@
  ETSY_SHARED_SECRET: @@b64@@
  ETSY_SHOP_ID: @@shop@@
""", _etsy_secret, ks=b64(tok(24, LOWER_DIGITS)), b64=b64(_etsy_secret), shop=b64(str(_rng().randint(10**7, 10**8))))

add("python/etsy-oauth-token", "shop/etsy_listings.py", "https://developers.etsy.com/documentation/essentials/requests", r'''
"""Copy new finished pieces from the studio catalog sheet to Etsy as draft listings."""
import csv

import requests

ETSY = "https://openapi.etsy.com/v3/application"
KEYSTRING = "@@ks@@"
ACCESS_TOKEN = "@@secret@@"  # refresh weekly via tools/etsy_oauth.py
SHOP_ID = @@shop@@
TAXONOMY_MUGS = 1063

HEADERS = {"x-api-key": KEYSTRING, "Authorization": f"Bearer {ACCESS_TOKEN}"}


def draft(row: dict) -> int:
    body = {
        "quantity": 1,
        "title": row["title"],
        "description": row["description"] + "\n\nHandmade at Mudroom Clay Studio. Food, microwave and dishwasher safe.",
        "price": float(row["price"]),
        "who_made": "i_did",
        "when_made": "2020_2024",
        "taxonomy_id": TAXONOMY_MUGS,
        "materials": ["stoneware", "glaze"],
        "is_supply": False,
    }
    r = requests.post(f"{ETSY}/shops/{SHOP_ID}/listings", json=body, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["listing_id"]


with open("catalog/new_pieces.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        print(row["sku"], draft(row))
''', str(_rng().randint(10**7, 10**9)) + "." + tok(86, URLSAFE), ks=tok(24, LOWER_DIGITS), shop=str(_rng().randint(10**7, 10**8)))

add("python/decoy-test-fixture", "shop/tests/test_etsy_listings.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", r'''
import responses

import etsy_listings

FAKE_KEYSTRING = "testkeystring000000000000"
FAKE_TOKEN = "12345678.test-access-token"


@responses.activate
def test_draft_posts_listing(monkeypatch):
    monkeypatch.setattr(etsy_listings, "HEADERS", {"x-api-key": FAKE_KEYSTRING, "Authorization": f"Bearer {FAKE_TOKEN}"})
    responses.post(
        f"{etsy_listings.ETSY}/shops/{etsy_listings.SHOP_ID}/listings",
        json={"listing_id": 1492233301},
    )
    listing = etsy_listings.draft({"title": "Tenmoku mug", "description": "12 oz", "price": "42"})
    assert listing == 1492233301
    sent = responses.calls[0].request
    assert sent.headers["x-api-key"] == FAKE_KEYSTRING
''')

add("javascript/stripe-secret-key", "shop/netlify/functions/create-checkout.js", "https://docs.stripe.com/checkout/quickstart", r"""
// Netlify function: Stripe Checkout for the seconds sale (slightly flawed pots, one day only).
const stripe = require("stripe")(
  "@@secret@@"
);

exports.handler = async (event) => {
  if (event.httpMethod !== "POST") return { statusCode: 405, body: "" };
  const { items } = JSON.parse(event.body || "{}");
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: items.map((i) => ({
      quantity: 1,
      price_data: {
        currency: "usd",
        unit_amount: Math.round(i.price * 100),
        product_data: { name: i.title, images: [i.image] },
      },
    })),
    shipping_address_collection: { allowed_countries: ["US"] },
    success_url: "https://mudroomclay.com/seconds/thanks?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "https://mudroomclay.com/seconds",
  });
  return { statusCode: 200, body: JSON.stringify({ url: session.url }) };
};
""", stripe_sk(modern=False))

add("html/decoy-public-client-id", "shop/public/gift-certificates.html", "https://developer.paypal.com/sdk/js/configuration/", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Gift certificates - Clay Barn Studio</title>
  <link rel="stylesheet" href="/css/site.css"
        integrity="sha384-@@sri@@" crossorigin="anonymous">
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&intent=capture" data-namespace="paypal"></script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <h1>Give the gift of clay</h1>
  <form id="gift" method="post" action="/gift/create">
    <label>Amount <select name="amount"><option>50</option><option>100</option><option>250</option></select></label>
    <label>Recipient email <input type="email" name="to" required></label>
    <div class="g-recaptcha" data-sitekey="6L@@site@@"></div>
  </form>
  <div id="paypal-buttons"></div>
  <script src="/js/gift.js"></script>
</body>
</html>
""", None, sri=b64bytes(48), cid="A" + tok(79, URLSAFE), site=tok(38, URLSAFE))

add("k8s-secret/sendgrid-api-key", "k8s/shop/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", r"""
apiVersion: v1
kind: Secret
metadata:
  name: shop-mail
  namespace: shop
type: Opaque
stringData:
  MAIL_FROM: "Mudroom Clay Studio <shop@mudroomclay.com>"
  SENDGRID_API_KEY: "@@secret@@"
  ORDER_TEMPLATE_ID: "d-@@tid@@"
""", sendgrid_key(), tid=hexs(32))

_shop_db_pw = rand_pw(22)
add("k8s-secret/postgres-password", "k8s/shop/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: shop-db
  namespace: shop
  annotations:
    owner: "it@mudroomclay.com"
type: Opaque
data:
  DATABASE_URL: @@url@@
  PGSSLMODE: @@ssl@@
""", _shop_db_pw, url=b64(f"postgresql://shop:{_shop_db_pw}@shop-db.shop.svc.cluster.local:5432/shop"), ssl=b64("require"))

add("k8s/decoy-external-secret", "k8s/shop/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-payments
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: shop-payments
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/shop/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/shop/stripe
        property: webhook_secret
""")

add("k8s/decoy-sealed-secret", "k8s/shop/shopify-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shopify-admin
  namespace: shop
spec:
  encryptedData:
    SHOPIFY_ADMIN_TOKEN: AgB@@e1@@
    SHOPIFY_WEBHOOK_SECRET: AgC@@e2@@
  template:
    metadata:
      name: shopify-admin
      namespace: shop
    type: Opaque
""", None, e1=b64bytes(300), e2=b64bytes(300))

_aws_id = fakes.aws_key_id(_seed())
add("terraform/aws-secret-key", "infra/shop/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "product_photos" {
  bucket = "mudroom-product-photos"
}

resource "aws_s3_bucket_public_access_block" "product_photos" {
  bucket                  = aws_s3_bucket.product_photos.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_cloudfront_origin_access_control" "photos" {
  name                              = "product-photos"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}
""", fakes.aws_secret_key(_seed()), kid=_aws_id)

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", r"""
provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "@@zone@@"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  content = "shops.myshopify.com"
  type    = "CNAME"
  proxied = false
}

resource "cloudflare_record" "book" {
  zone_id = var.zone_id
  name    = "book"
  content = "203.0.113.40"
  type    = "A"
  proxied = true
}
""", tok(40, URLSAFE), zone=hexs(32))

add("terraform/decoy-variable-reference", "infra/shop/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r"""
variable "db_password" {
  description = "Master password for the shop RDS instance (set in Terraform Cloud workspace variables)."
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  description = "Injected into the shop task definition as a secret."
  type        = string
  sensitive   = true
  default     = null
}

variable "photo_bucket" {
  type    = string
  default = "mudroom-product-photos"
}

variable "kms_key_arn" {
  type    = string
  default = "arn:aws:kms:us-east-2:@@acct@@:key/@@kms@@"
}
""", None, acct=str(_rng().randint(10**11, 10**12)), kms=uuid_s())

add("terraform/rds-password", "infra/shop/terraform.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r"""
environment       = "prod"
db_instance_class = "db.t4g.micro"
db_name           = "shop"
db_username       = "shopadmin"
db_password       = "@@secret@@"
photo_bucket      = "mudroom-product-photos"
alert_email       = "it@mudroomclay.com"
""", human_pw())

add("dockerfile/mailchimp-api-key", "shop/Dockerfile", "https://mailchimp.com/developer/marketing/guides/quick-start/#make-your-first-api-call", r"""
FROM python:3.12-slim

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    MAILCHIMP_API_KEY=@@secret@@ \
    MAILCHIMP_LIST_ID=@@list@@

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

EXPOSE 8000
CMD ["gunicorn", "shop.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
""", mailchimp_key(), list=hexs(10))

add("dockerfile/decoy-build-secret-mount", "shop/Dockerfile.worker", "https://docs.docker.com/build/building/secrets/", r"""
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
# private package index credentials come from a build secret, never a layer
RUN --mount=type=secret,id=pip_index_url \
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip wheel -r requirements.txt -w /wheels

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY . .
ARG SENTRY_RELEASE
ENV SENTRY_RELEASE=${SENTRY_RELEASE}
CMD ["celery", "-A", "shop", "worker", "-l", "info", "-Q", "orders,photos"]
""")

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", r"""
services:
  web:
    build: ./shop
    ports: ["8000:8000"]
    env_file: shop/.env
    depends_on: [db, redis]
  worker:
    build:
      context: ./shop
      dockerfile: Dockerfile.worker
    env_file: shop/.env
    depends_on: [db, redis]
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: shop
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7-alpine
    restart: unless-stopped

volumes:
  pgdata:
""", rand_pw(20))

add("compose/decoy-env-reference", "compose.dev.yaml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", r"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: shop_dev
      POSTGRES_USER: ${DEV_DB_USER:-shop}
      POSTGRES_PASSWORD: ${DEV_DB_PASSWORD:?set DEV_DB_PASSWORD in .env.local}
    ports: ["5433:5432"]
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025", "1025:1025"]
  stripe-cli:
    image: stripe/stripe-cli
    command: listen --forward-to web:8000/stripe/webhook
    environment:
      STRIPE_API_KEY: ${STRIPE_TEST_SECRET_KEY}
""")

add("php/klaviyo-private-key", "shop/config/services.php", "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication", r"""
<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'klaviyo' => [
        // public site id is fine in the storefront; the private key must stay server-side
        'public_key' => env('KLAVIYO_PUBLIC_KEY', '@@pub@@'),
        'private_key' => env('KLAVIYO_PRIVATE_KEY', '@@secret@@'),
        'list_new_work' => env('KLAVIYO_LIST_NEW_WORK', '@@list@@'),
    ],

    'shopify' => [
        'domain' => env('SHOPIFY_DOMAIN', 'mudroom-clay.myshopify.com'),
        'admin_token' => env('SHOPIFY_ADMIN_TOKEN'),
    ],

];
""", "pk_" + hexs(34), pub=tok(6), list=tok(6))

add("javascript/decoy-public-site-id", "theme/assets/klaviyo-signup.js", "https://developers.klaviyo.com/en/docs/javascript_api", r"""
// Newsletter signup ("new work drops") - Klaviyo onsite JS. The company id is the public key.
(function () {
  var s = document.createElement("script");
  s.async = true;
  s.src = "https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@@pub@@";
  document.head.appendChild(s);
})();

document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("#new-work-signup");
  if (!form) return;
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    window._learnq = window._learnq || [];
    window._learnq.push(["identify", { $email: form.email.value, source: "kiln-opening-banner" }]);
    form.classList.add("is-done");
  });
});
""", None, pub=tok(6))

add("go/paypal-client-secret", "shop/internal/payments/paypal.go", "https://developer.paypal.com/api/rest/authentication/", r"""
package payments

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

const (
	paypalBase     = "https://api-m.paypal.com"
	paypalClientID = "@@cid@@"
	paypalSecret   = "@@secret@@"
)

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

func paypalToken(ctx context.Context) (string, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, paypalBase+"/v1/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(paypalClientID, paypalSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	return tr.AccessToken, nil
}
""", "E" + tok(79, URLSAFE), cid="A" + tok(79, URLSAFE))

add("rust/jwt-signing-secret", "shop-api/src/config.rs", "https://docs.rs/jsonwebtoken/latest/jsonwebtoken/struct.EncodingKey.html#method.from_secret", r"""
use std::time::Duration;

pub struct Config {
    pub bind: &'static str,
    pub database_url: String,
    pub jwt_secret: &'static [u8],
    pub session_ttl: Duration,
    pub photo_cdn: &'static str,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            bind: "0.0.0.0:8080",
            database_url: std::env::var("DATABASE_URL").expect("DATABASE_URL"),
            // TODO move to env before launch
            jwt_secret: b"@@secret@@",
            session_ttl: Duration::from_secs(60 * 60 * 24 * 14),
            photo_cdn: "https://d1m0dr00mcl4y.cloudfront.net",
        }
    }
}
""", hexs(64))

add("shell/rails-master-key", "bin/deploy-gallery", "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
#!/usr/bin/env bash
# Deploys the gallery consignment app to the studio's Hetzner box with Kamal.
set -euo pipefail

export RAILS_MASTER_KEY=@@secret@@
export KAMAL_REGISTRY_USERNAME=claybarnstudio

bundle exec kamal deploy -d production
bundle exec kamal app exec -d production "bin/rails db:migrate"
echo "deployed $(git rev-parse --short HEAD)"
""", hexs(32))

add("yaml/decoy-sops-encrypted", "deploy/secrets/gallery.prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r"""
gallery:
    rails_master_key: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
    square_access_token: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
    smtp_password: ENC[AES256_GCM,data:@@d3@@,iv:@@i3@@,tag:@@t3@@,type:str]
    consignment_payout_day: 15
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-03T17:22:41Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@i4@@,tag:@@t4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, d1=b64bytes(32), i1=b64bytes(32), t1=b64bytes(16), d2=b64bytes(48), i2=b64bytes(32), t2=b64bytes(16),
    d3=b64bytes(16), i3=b64bytes(32), t3=b64bytes(16), age=tok(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    a1=b64bytes(48), a2=b64bytes(48), mac=b64bytes(64), i4=b64bytes(32), t4=b64bytes(16))

# ---- E. gallery sales and point of sale ------------------------------------------------------

add("python/square-access-token", "gallery/square_sales_export.py", "https://developer.squareup.com/reference/square/orders-api/search-orders", r'''
"""Monthly consignment report: gallery sales per artist from Square, for the 60/40 payout."""
import collections
import datetime as dt

from square.client import Client

client = Client(
    access_token="@@secret@@",
    environment="production",
)
LOCATION_ID = "@@loc@@"


def month_orders(year: int, month: int):
    start = dt.datetime(year, month, 1, tzinfo=dt.timezone.utc)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    body = {
        "location_ids": [LOCATION_ID],
        "query": {"filter": {
            "date_time_filter": {"closed_at": {"start_at": start.isoformat(), "end_at": end.isoformat()}},
            "state_filter": {"states": ["COMPLETED"]},
        }},
    }
    result = client.orders.search_orders(body=body)
    if result.is_error():
        raise RuntimeError(result.errors)
    return result.body.get("orders", [])


def payouts(year: int, month: int):
    totals = collections.Counter()
    for order in month_orders(year, month):
        for item in order.get("line_items", []):
            artist = (item.get("variation_name") or "studio").strip()
            totals[artist] += item["total_money"]["amount"]
    return {artist: round(cents * 0.6 / 100, 2) for artist, cents in totals.items()}


if __name__ == "__main__":
    today = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    for artist, amount in sorted(payouts(today.year, today.month).items()):
        print(f"{artist:<24} ${amount:>8.2f}")
''', square_token(), loc="L" + tok(12, UPPER_DIGITS))

add("yaml/square-application-secret", "gallery/config/square.yml", "https://developer.squareup.com/docs/oauth-api/overview", r"""
# Square OAuth app used by the gallery to connect member-artists' own Square accounts
# (so consigned pieces sold at pop-ups show up in the gallery report).
square:
  environment: production
  application_id: sq0idp-@@app@@
  application_secret: @@secret@@
  redirect_uri: https://gallery.claybarnstudio.com/square/callback
  scopes:
    - ORDERS_READ
    - ITEMS_READ
    - MERCHANT_PROFILE_READ
  token_refresh_days: 25
""", square_secret(), app=tok(22, URLSAFE))

add("javascript/decoy-application-id", "gallery/web/public/js/payment-form.js", "https://developer.squareup.com/docs/web-payments/take-card-payment", r"""
// Online deposit for commissions (dinnerware sets). Square Web Payments SDK.
// applicationId and locationId are public identifiers; the access token stays on the server.
const appId = "sq0idp-@@app@@";
const locationId = "@@loc@@";

async function initCard(payments) {
  const card = await payments.card();
  await card.attach("#card-container");
  return card;
}

document.addEventListener("DOMContentLoaded", async () => {
  if (!window.Square) throw new Error("Square.js failed to load");
  const payments = window.Square.payments(appId, locationId);
  const card = await initCard(payments);
  document.querySelector("#pay").addEventListener("click", async (e) => {
    e.preventDefault();
    const result = await card.tokenize();
    if (result.status !== "OK") return;
    await fetch("/commissions/deposit", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sourceId: result.token, commissionId: document.body.dataset.commission }),
    });
  });
});
""", None, app=tok(22, URLSAFE), loc="L" + tok(12, UPPER_DIGITS))

add("typescript/square-webhook-signature-key", "gallery/src/webhooks/square.ts", "https://developer.squareup.com/docs/webhooks/step3validate", r"""
import { WebhooksHelper } from "square";
import type { Request, Response } from "express";
import { markSold } from "../inventory";

const SIGNATURE_KEY = "@@secret@@";
const NOTIFICATION_URL = "https://gallery.claybarnstudio.com/webhooks/square";

export async function squareWebhook(req: Request, res: Response) {
  const signature = req.header("x-square-hmacsha256-signature") ?? "";
  const body = (req as any).rawBody as string;
  const valid = await WebhooksHelper.verifySignature({
    requestBody: body,
    signatureHeader: signature,
    signatureKey: SIGNATURE_KEY,
    notificationUrl: NOTIFICATION_URL,
  });
  if (!valid) return res.sendStatus(403);

  const event = JSON.parse(body);
  if (event.type === "order.updated" && event.data.object.order_updated.state === "COMPLETED") {
    await markSold(event.data.object.order_updated.order_id);
  }
  res.sendStatus(200);
}
""", tok(22, URLSAFE))

add("csharp/sumup-api-key", "GalleryPos/Services/SumUpCheckout.cs", "https://developer.sumup.com/api/checkouts", r"""
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace GalleryPos.Services;

// Pop-up markets (holiday sale, art crawl): SumUp card reader when the gallery iPad stays home.
public sealed class SumUpCheckout
{
    private const string ApiKey = "@@secret@@";
    private const string MerchantCode = "@@merchant@@";
    private readonly HttpClient _http;

    public SumUpCheckout(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api.sumup.com/v0.1/");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
    }

    public async Task<string> CreateAsync(decimal amount, string pieceSku)
    {
        var res = await _http.PostAsJsonAsync("checkouts", new
        {
            checkout_reference = $"{pieceSku}-{DateTime.UtcNow:yyyyMMddHHmmss}",
            amount,
            currency = "USD",
            merchant_code = MerchantCode,
            description = $"Clay Barn pop-up: {pieceSku}",
        });
        res.EnsureSuccessStatusCode();
        var body = await res.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return body!["id"].ToString()!;
    }
}
""", "sup_sk_" + tok(32), merchant="M" + tok(7, UPPER_DIGITS))

add("ini/lightspeed-personal-token", "gallery/tools/lightspeed.ini", "https://x-series-api.lightspeedhq.com/docs/authorization", r"""
; Lightspeed Retail (X-Series) - the co-op gallery's register. Used by tools/export_consignment.py
[lightspeed]
domain_prefix = claybarngallery
api_base = https://claybarngallery.retail.lightspeed.app/api/2.0
personal_token = @@secret@@
outlet_id = @@outlet@@

[export]
consignor_tag = consignment
payout_split = 0.60
output_dir = C:\Gallery\Payouts
""", "lsxs_pt_" + tok(32), outlet=uuid_s())

_fz_pw = human_pw()
add("xml/ftp-password", "it/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.5" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.claybarnstudio.com</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>gallery@claybarnstudio.com</User>
            <Pass encoding="base64">@@b64@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Gallery website (old host)</Name>
            <RemoteDir>1 0 11 public_html 7 gallery</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
            <DirectoryComparison>0</DirectoryComparison>
        </Server>
    </Servers>
</FileZilla3>
""", _fz_pw, b64=b64(_fz_pw))

add("plist/mailchimp-api-key", "GalleryKiosk/GalleryKiosk/Config/Keys.plist", "https://mailchimp.com/developer/marketing/guides/quick-start/", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>MailchimpServerPrefix</key>
	<string>us@@dc@@</string>
	<key>MailchimpAPIKey</key>
	<string>@@secret@@</string>
	<key>MailchimpAudienceID</key>
	<string>@@aud@@</string>
	<key>KioskGalleryName</key>
	<string>Clay Barn Gallery - front room</string>
	<key>IdleResetSeconds</key>
	<integer>90</integer>
</dict>
</plist>
""", mailchimp_key(), dc=str(_rng().randint(2, 21)), aud=hexs(10))

add("plist/decoy-firebase-config", "GalleryKiosk/GalleryKiosk/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>AIza@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@sender@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.claybarnstudio.gallerykiosk</string>
	<key>PROJECT_ID</key>
	<string>claybarn-gallery-kiosk</string>
	<key>STORAGE_BUCKET</key>
	<string>claybarn-gallery-kiosk.appspot.com</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false></false>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@appid@@</string>
</dict>
</plist>
""", None, key=tok(35, URLSAFE), sender=str(_rng().randint(10**11, 10**12)), appid=hexs(22))

add("csv/decoy-transaction-ids", "gallery/exports/sales_2024-04.csv", "https://squareup.com/help/us/en/article/5072-summaries-and-reports-from-the-online-square-dashboard", r"""
Date,Time,Transaction ID,Payment ID,Item,Artist,Gross Sales,Card Brand,PAN Suffix,Auth Code,Device Name
2024-04-02,11:14:09,@@t1@@,@@p1@@,Tenmoku tea bowl,R. Ishida,$85.00,Visa,4412,@@a1@@,Gallery iPad
2024-04-02,15:40:51,@@t2@@,@@p2@@,Carved celadon vase,M. Okafor,$240.00,Mastercard,0931,@@a2@@,Gallery iPad
2024-04-06,12:03:27,@@t3@@,@@p3@@,Set of 4 mugs,Studio,$128.00,Amex,1008,@@a3@@,Gallery iPad
2024-04-13,10:22:45,@@t4@@,@@p4@@,Raku lidded jar,J. Lind,$310.00,Visa,7760,@@a4@@,Pop-up reader
2024-04-20,16:55:02,@@t5@@,@@p5@@,Shino serving platter,R. Ishida,$195.00,Visa,2285,@@a5@@,Gallery iPad
""", None, t1=tok(22), p1=tok(28), a1=tok(6, UPPER_DIGITS), t2=tok(22), p2=tok(28), a2=tok(6, UPPER_DIGITS),
    t3=tok(22), p3=tok(28), a3=tok(6, UPPER_DIGITS), t4=tok(22), p4=tok(28), a4=tok(6, UPPER_DIGITS),
    t5=tok(22), p5=tok(28), a5=tok(6, UPPER_DIGITS))

add("markdown/google-app-password", "gallery/HANDOVER.md", "https://support.google.com/accounts/answer/185833", r"""
# Gallery handover - Sam to Priya (June 2024)

Everything you need to run the front room while I'm on residency.

## Opening / closing
- Alarm code is on the card in the office safe (not here).
- Lights: panel B, switches 3-7. Leave the window case lights on a timer.

## Point of sale
- Square on the gallery iPad; the pop-up reader is in the grey Pelican case.
- Consignment tags: artist initials + piece no., e.g. `RI-0412`.

## Email
The gallery inbox is `gallery@claybarnstudio.com`. The label printer and the scanner send
mail through it with an app password (2-step is on, so the normal password won't work there):

    app password (printer + scanner):  @@secret@@

If the scanner stops emailing, re-enter that on the printer web page (http://192.168.10.40).

## Payouts
Run `gallery/square_sales_export.py` on the 1st; Kim in bookkeeping does the transfers.
""", " ".join(tok(4, string.ascii_lowercase) for _ in range(4)))

add("sql/postgres-password", "gallery/db/init.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r"""
-- Gallery consignment database: roles and schema (run once as postgres)
CREATE ROLE gallery_app WITH LOGIN PASSWORD '@@secret@@';
CREATE ROLE gallery_ro NOLOGIN;

CREATE DATABASE gallery OWNER gallery_app;
\connect gallery

CREATE TABLE artists (
    id          serial PRIMARY KEY,
    initials    varchar(4) NOT NULL UNIQUE,
    full_name   text NOT NULL,
    split_pct   numeric(4,2) NOT NULL DEFAULT 60.00,
    payout_email text
);

CREATE TABLE pieces (
    id          serial PRIMARY KEY,
    tag         varchar(12) NOT NULL UNIQUE,
    artist_id   int NOT NULL REFERENCES artists(id),
    title       text NOT NULL,
    price_cents int NOT NULL,
    sold_at     timestamptz
);

GRANT SELECT ON ALL TABLES IN SCHEMA public TO gallery_ro;
""", human_pw())

add("sql/decoy-hash", "gallery/db/views.sql", "https://www.postgresql.org/docs/current/functions-string.html", r"""
-- Reporting views. md5() here only makes stable anonymous ids for the public sales dashboard.
CREATE OR REPLACE VIEW public_sales AS
SELECT md5(p.tag || a.initials)          AS piece_key,
       date_trunc('month', p.sold_at)     AS month,
       p.price_cents / 100.0              AS price
FROM pieces p
JOIN artists a ON a.id = p.artist_id
WHERE p.sold_at IS NOT NULL;

-- sanity check from 2024-05-01: piece_key for RI-0412 = '@@md5@@'
-- export checksum (sha256 of public_sales.csv): @@sha@@

CREATE OR REPLACE VIEW payouts_due AS
SELECT a.full_name, sum(p.price_cents) * a.split_pct / 10000.0 AS payout
FROM pieces p JOIN artists a ON a.id = p.artist_id
WHERE p.sold_at >= date_trunc('month', now()) - interval '1 month'
  AND p.sold_at <  date_trunc('month', now())
GROUP BY a.full_name, a.split_pct;
""", None, md5=hexs(32), sha=hexs(64))

add("powershell/nas-password", "gallery/scripts/Backup-GalleryPhotos.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r"""
# Nightly copy of the gallery's piece photos to the Synology (scheduled task on the front-desk PC).
$ErrorActionPreference = "Stop"

$nasShare = "\\claybarn-nas\gallery-photos"
$user     = "claybarn-nas\gallerybackup"
$secure   = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential ($user, $secure)

New-PSDrive -Name G -PSProvider FileSystem -Root $nasShare -Credential $cred | Out-Null
try {
    $src = "C:\Gallery\Photos"
    robocopy $src "G:\" /MIR /FFT /R:2 /W:5 /NP /LOG:"C:\Gallery\Logs\photo-backup.log" | Out-Null
    if ($LASTEXITCODE -ge 8) { throw "robocopy failed with $LASTEXITCODE" }
} finally {
    Remove-PSDrive G
}
""", human_pw())

add("powershell/decoy-secret-manager-reference", "gallery/scripts/Send-DailySales.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r"""
# Emails the day's gallery sales summary to the co-op board at 6pm.
Import-Module Microsoft.PowerShell.SecretManagement

$squareToken = Get-Secret -Name "SquareGalleryToken" -Vault StudioVault -AsPlainText
$smtpCred    = Get-Secret -Name "GallerySmtp" -Vault StudioVault

$today = (Get-Date).ToString("yyyy-MM-dd")
$headers = @{ Authorization = "Bearer $squareToken"; "Square-Version" = "2024-04-17" }
$body = @{ location_ids = @($env:SQUARE_LOCATION_ID); query = @{ filter = @{ date_time_filter = @{ closed_at = @{ start_at = "${today}T00:00:00-05:00" } } } } } | ConvertTo-Json -Depth 8
$orders = Invoke-RestMethod -Method Post -Uri "https://connect.squareup.com/v2/orders/search" -Headers $headers -Body $body -ContentType "application/json"

$total = ($orders.orders | ForEach-Object { $_.total_money.amount } | Measure-Object -Sum).Sum / 100
Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $smtpCred `
    -From "gallery@claybarnstudio.com" -To "board@claybarnstudio.com" `
    -Subject "Gallery sales $today" -Body ("{0} orders, {1:C}" -f $orders.orders.Count, $total)
""")

add("swift/decoy-application-id", "GalleryKiosk/GalleryKiosk/Payments/ReaderConfig.swift", "https://developer.squareup.com/docs/mobile-payments-sdk/ios", r"""
import Foundation
import SquareMobilePaymentsSDK

/// Square Mobile Payments SDK setup for the kiosk's contactless reader.
/// The application ID and location ID identify the app and the gallery; they are not credentials.
/// The OAuth access token is fetched from our server at launch (see AuthService).
enum ReaderConfig {
    static let squareApplicationID = "sq0idp-@@app@@"
    static let galleryLocationID = "@@loc@@"
    static let currency = "USD"
    static let tipPercentages = [0]  // no tipping on artwork

    static func initialize(launchOptions: [UIApplication.LaunchOptionsKey: Any]?) {
        MobilePaymentsSDK.initialize(applicationLaunchOptions: launchOptions, squareApplicationID: squareApplicationID)
    }
}
""", None, app=tok(22, URLSAFE), loc="L" + tok(12, UPPER_DIGITS))

add("log/decoy-checkout-session-id", "logs/shop-nginx-access.log", "https://docs.stripe.com/payments/checkout/custom-success-page", r"""
203.0.113.77 - - [12/May/2024:19:02:11 -0500] "GET /seconds HTTP/1.1" 200 18342 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
203.0.113.77 - - [12/May/2024:19:03:40 -0500] "POST /.netlify/functions/create-checkout HTTP/1.1" 200 412 "https://mudroomclay.com/seconds" "Mozilla/5.0 (iPhone)"
203.0.113.77 - - [12/May/2024:19:05:02 -0500] "GET /seconds/thanks?session_id=cs_live_a1@@s1@@ HTTP/1.1" 200 5120 "https://checkout.stripe.com/" "Mozilla/5.0 (iPhone)"
198.51.100.23 - - [12/May/2024:19:07:45 -0500] "GET /seconds HTTP/1.1" 200 18342 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"
198.51.100.23 - - [12/May/2024:19:09:13 -0500] "GET /seconds/thanks?session_id=cs_live_b1@@s2@@ HTTP/1.1" 200 5120 "https://checkout.stripe.com/" "Mozilla/5.0 (Macintosh)"
192.0.2.14 - - [12/May/2024:19:11:30 -0500] "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31"
""", None, s1=tok(56), s2=tok(56))

add("json/decoy-webhook-fixture", "gallery/test/fixtures/square_order_updated.json", "https://developer.squareup.com/reference/square/orders-api/webhooks/order.updated", r"""
{
  "merchant_id": "@@merchant@@",
  "type": "order.updated",
  "event_id": "@@event@@",
  "created_at": "2024-04-20T21:55:04.112Z",
  "data": {
    "type": "order_updated",
    "id": "@@order@@",
    "object": {
      "order_updated": {
        "created_at": "2024-04-20T21:54:49.000Z",
        "location_id": "@@loc@@",
        "order_id": "@@order@@",
        "state": "COMPLETED",
        "updated_at": "2024-04-20T21:55:03.000Z",
        "version": 4
      }
    }
  },
  "_test_signature_header": "@@sig@@"
}
""", None, merchant=tok(13, UPPER_DIGITS), event=uuid_s(), order=tok(27), loc="L" + tok(12, UPPER_DIGITS), sig=b64bytes(32))

# ---- F. the studios' small IT ---------------------------------------------------------------

add("ansible/unifi-admin-password", "ansible/group_vars/all.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r"""
---
studio_name: Mudroom Clay Studio
timezone: America/Chicago
ntp_servers:
  - time.cloudflare.com
  - pool.ntp.org

unifi_controller: https://192.168.1.2:8443
unifi_site: default
unifi_admin_user: mudroom-admin
unifi_admin_password: "@@secret@@"

vlans:
  staff: 10
  kilns_iot: 20
  guests: 30
  gallery_pos: 40

backup_target: //mudroom-nas/backups
""", human_pw())

add("ansible/decoy-ansible-vault", "ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r"""
$ANSIBLE_VAULT;1.1;AES256
@@v1@@
@@v2@@
@@v3@@
@@v4@@
@@v5@@
@@v6@@
@@v7@@
@@v8@@
""", None, v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(80), v5=hexs(80), v6=hexs(80), v7=hexs(80), v8=hexs(34))

add("ansible/synology-password", "ansible/roles/nas/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", r"""
---
- name: Log in to the Synology DSM API
  ansible.builtin.uri:
    url: "https://mudroom-nas.local:5001/webapi/entry.cgi"
    method: POST
    body_format: form-urlencoded
    body:
      api: SYNO.API.Auth
      version: "7"
      method: login
      account: ansible
      passwd: "@@secret@@"
      format: sid
    validate_certs: false
    return_content: true
  register: dsm_login
  no_log: false

- name: Ensure the kiln-photos shared folder exists
  ansible.builtin.uri:
    url: "https://mudroom-nas.local:5001/webapi/entry.cgi?api=SYNO.Core.Share&version=1&method=create&_sid={{ dsm_login.json.data.sid }}&name=kiln-photos&vol_path=/volume1"
    validate_certs: false
  changed_when: true

- name: Log out
  ansible.builtin.uri:
    url: "https://mudroom-nas.local:5001/webapi/entry.cgi?api=SYNO.API.Auth&version=7&method=logout&_sid={{ dsm_login.json.data.sid }}"
    validate_certs: false
""", human_pw())

add("netrc/ftp-password", "it/dotfiles/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", r"""
machine ftp.mudroomclay.com
  login mudroom
  password @@secret@@

machine uploads.kilnbuilders.example
  login anonymous
  password it@mudroomclay.com
""", rand_pw(14))

add("pgpass/postgres-password", "it/backup/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
# hostname:port:database:username:password  (chmod 600, used by the nightly pg_dump cron)
10.0.4.12:5432:booking:backup:@@secret@@
10.0.4.12:5432:supply:backup:@@secret@@
10.0.4.12:5432:gallery:backup:@@secret@@
localhost:5432:*:postgres:*
""", rand_pw(24))

add("gitconfig/github-token", "it/dotfiles/.gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", r"""
[user]
	name = Mudroom IT
	email = it@mudroomclay.com
[init]
	defaultBranch = main
[pull]
	rebase = false
# kiln Pi has no browser for the device flow, so the token rides in the URL
[url "https://mudroom-it:@@secret@@@github.com/"]
	insteadOf = https://github.com/
[core]
	editor = nano
""", fakes.github_token(_seed()))

add("pypirc/pypi-token", "it/dotfiles/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
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

add("github-actions/pypi-token", ".github/workflows/publish-kilnsched.yml", "https://github.com/pypa/gh-action-pypi-publish#usage", r"""
# Publishes kilnsched (our firing-schedule helper library) to PyPI on tags.
name: Publish kilnsched

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
      - run: python -m pip install build
      - run: python -m build
      - name: Upload
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-trusted-publishing", ".github/workflows/release-glazecalc.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", r"""
name: Release glazecalc

on:
  release:
    types: [published]

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment:
      name: pypi
      url: https://pypi.org/p/glazecalc
    permissions:
      id-token: write   # trusted publishing: no API token stored anywhere
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("shell/aws-secret-key", "it/scripts/setup_backup_user.sh", "https://docs.aws.amazon.com/cli/latest/reference/configure/set.html", r"""
#!/bin/sh
# One-time setup on the office Mac mini: AWS profile for the Glacier backups of the photo archive.
set -e

aws configure set aws_access_key_id @@kid@@ --profile studio-backup
aws configure set aws_secret_access_key @@secret@@ --profile studio-backup
aws configure set region us-east-2 --profile studio-backup

aws s3 ls s3://mudroom-photo-archive --profile studio-backup
echo "profile studio-backup ready"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "it/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r"""
[default]
region = us-east-2

[studio-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[shop-deploy]
credential_process = /usr/local/bin/aws-vault exec shop-deploy --json
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/restic-password", "it/backup/restic.env", "https://restic.readthedocs.io/en/stable/040_backup.html#environment-variables", r"""
# sourced by /etc/cron.daily/restic-studio
export RESTIC_REPOSITORY=b2:mudroom-restic:studio-pi
export RESTIC_PASSWORD='@@secret@@'
export B2_ACCOUNT_ID=@@b2id@@
export B2_ACCOUNT_KEY="$(cat /root/.b2_key)"
export RESTIC_CACHE_DIR=/var/cache/restic
""", passphrase(), b2id="005" + hexs(22))

add("compose/cloudflare-tunnel-token", "it/cloudflared/compose.yaml", "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/get-started/create-remote-tunnel/", r"""
# Exposes Home Assistant and Grafana from the studio Pi without opening ports.
services:
  cloudflared:
    image: cloudflare/cloudflared:2024.4.1
    restart: unless-stopped
    command: tunnel --no-autoupdate run
    environment:
      - TUNNEL_TOKEN=@@secret@@
    network_mode: host
""", b64(json.dumps({"a": hexs(32), "t": fakes.uuid4(_seed()), "s": b64bytes(32)}, separators=(",", ":"))))

add("shell/tailscale-auth-key", "it/scripts/join-tailnet.sh", "https://tailscale.com/kb/1085/auth-keys", r"""
#!/usr/bin/env bash
# Join a new studio device (kiln Pi, gallery mini PC) to the tailnet, tagged and pre-approved.
set -euo pipefail

curl -fsSL https://tailscale.com/install.sh | sh

sudo tailscale up \
  --authkey=@@secret@@ \
  --advertise-tags=tag:studio-device \
  --hostname="$(hostname -s)" \
  --ssh

tailscale ip -4
""", "tskey-auth-k" + tok(10) + "CNTRL-" + tok(33))

add("yaml/ngrok-authtoken", "it/ngrok/ngrok.yml", "https://ngrok.com/docs/agent/config/v2/", r"""
version: "2"
authtoken: @@secret@@
tunnels:
  kiln-dashboard:
    proto: http
    addr: 192.168.20.5:3000
    domain: mudroom-kilns.ngrok.app
    basic_auth:
      - "kilns:${KILN_DASH_PASSWORD}"
  booking-webhooks:
    proto: http
    addr: 8000
""", "2" + tok(26) + "_" + tok(22))

add("powershell/azure-client-secret", "it/scripts/Connect-StudioTenant.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands#app-only-access", r"""
# Offboarding helper: block sign-in and remove a departed instructor from the Teaching group.
param([Parameter(Mandatory)] [string] $UserPrincipalName)

$tenantId = "@@tenant@@"
$clientId = "@@client@@"
$clientSecret = "@@secret@@"

$secure = ConvertTo-SecureString $clientSecret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($clientId, $secure)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

$user = Get-MgUser -UserId $UserPrincipalName
Update-MgUser -UserId $user.Id -AccountEnabled:$false
$group = Get-MgGroup -Filter "displayName eq 'Teaching Staff'"
Remove-MgGroupMemberByRef -GroupId $group.Id -DirectoryObjectId $user.Id
Write-Host "Offboarded $UserPrincipalName"
""", tok(3) + "8Q~" + tok(34, URLSAFE + "~."), tenant=uuid_s(), client=uuid_s())

add("pem/openssh-private-key", "deploy/keys/shop_deploy_ed25519", "https://man.openbsd.org/ssh-keygen", r"""
@@secret@@
""", pem_block("OPENSSH"))

add("ssh/decoy-public-key", "it/ssh/authorized_keys.kiln-pi", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r"""
# ~kiln/.ssh/authorized_keys on the kiln Pi (public keys only; managed by ansible role "users")
# mia - laptop (SHA256:@@fp1@@)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ mia@mudroom-mbp
# sam - desktop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ sam@frontdesk
# shop deploy (forced command)
command="/opt/kiln-logger/bin/deploy-hook",no-pty,no-port-forwarding ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ deploy@mudroom-shop
""", None, fp1=b64bytes(32).rstrip("="), k1=tok(43, B64CHARS), k2=tok(43, B64CHARS), k3=tok(43, B64CHARS))

_web01_key = pem_block("RSA")
add("ansible/rsa-private-key", "ansible/host_vars/web01.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", r"""
---
inventory_hostname_short: web01
nginx_sites:
  - book.mudroomclay.com
  - gallery.mudroomclay.com

tls_cert_path: /etc/ssl/mudroom/wildcard.crt
tls_key_path: /etc/ssl/mudroom/wildcard.key

# wildcard cert from the old registrar, expires 2025-01
tls_private_key: |
  @@indented@@
""", _web01_key, indented=_web01_key.replace("\n", "\n  "))

add("pem/decoy-certificate", "ansible/files/mudroom-wildcard.crt", "https://datatracker.ietf.org/doc/html/rfc7468#section-5", r"""
@@cert@@
""", None, cert=cert_pem())

add("nginx/basic-auth-password", "it/nginx/shop-admin.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r"""
# Proxies /kilns on the shop box to the kiln dashboard on the studio Pi (over tailscale),
# adding the Pi's basic-auth header so staff don't have to type it.
server {
    listen 443 ssl http2;
    server_name admin.mudroomclay.com;

    ssl_certificate     /etc/ssl/mudroom/wildcard.crt;
    ssl_certificate_key /etc/ssl/mudroom/wildcard.key;

    location /kilns/ {
        proxy_pass http://100.88.12.7:3000/;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }
}
""", b64("kilns:" + human_pw()))

add("nginx/decoy-file-reference", "it/nginx/booking.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r"""
server {
    listen 443 ssl http2;
    server_name book.mudroomclay.com;

    ssl_certificate     /etc/letsencrypt/live/book.mudroomclay.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/book.mudroomclay.com/privkey.pem;

    client_max_body_size 20m;  # class photos

    location /admin/ {
        auth_basic           "Studio staff";
        auth_basic_user_file /etc/nginx/htpasswd.staff;
        proxy_pass           http://127.0.0.1:8000;
    }

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""")

add("htpasswd/decoy-password-hash", "it/nginx/htpasswd.staff", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r"""
mia:$apr1$@@s1@@$@@h1@@
sam:$apr1$@@s2@@$@@h2@@
priya:$apr1$@@s3@@$@@h3@@
kilntech:$apr1$@@s4@@$@@h4@@
frontdesk:$apr1$@@s5@@$@@h5@@
""", None, s1=tok(8, ALNUM + "./"), h1=tok(22, ALNUM + "./"), s2=tok(8, ALNUM + "./"), h2=tok(22, ALNUM + "./"),
    s3=tok(8, ALNUM + "./"), h3=tok(22, ALNUM + "./"), s4=tok(8, ALNUM + "./"), h4=tok(22, ALNUM + "./"),
    s5=tok(8, ALNUM + "./"), h5=tok(22, ALNUM + "./"))

add("crontab/mysql-password", "it/crontab.studio-web", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r"""
# m h dom mon dow  command   (crontab -l on studio-web, saved 2024-03-30)
MAILTO=it@claybarnstudio.com
15 2 * * * mysqldump -u root -p'@@secret@@' --single-transaction claybarn_wp | gzip > /backup/wp-$(date +\%F).sql.gz
40 2 * * * find /backup -name 'wp-*.sql.gz' -mtime +30 -delete
0 3 * * 0 /usr/local/bin/wp --path=/var/www/claybarn core update --minor >> /var/log/wp-update.log 2>&1
*/5 * * * * curl -fsS https://claybarnstudio.com/wp-cron.php?doing_wp_cron >/dev/null
""", tok(15, ALNUM + "!^*."))

add("msmtp/smtp-password", "it/dotfiles/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", r"""
# msmtp on the studio Pi: kiln alerts and cron mail go out through the studio's Fastmail account
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        fastmail
host           smtp.fastmail.com
port           465
tls_starttls   off
from           kilns@mudroomclay.com
user           it@mudroomclay.com
password       @@secret@@

account default : fastmail
""", tok(16, LOWER_DIGITS))

add("ini/ldap-bind-password", "it/sssd/sssd.conf", "https://sssd.io/docs/ldap/ldap-introduction.html", r"""
# Arts center shared workstations (glaze lab, front desk) authenticate against the center's LDAP.
[sssd]
services = nss, pam
domains = artscenter

[domain/artscenter]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.northsideartscenter.org
ldap_search_base = dc=northsideartscenter,dc=org
ldap_default_bind_dn = cn=ceramics-ws,ou=services,dc=northsideartscenter,dc=org
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
cache_credentials = true
access_provider = simple
simple_allow_groups = ceramics-staff, ceramics-members
""", human_pw())

add("batch/smb-password", "it/scripts/map_drives.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r"""
@echo off
REM Front desk PC: map the NAS shares at logon (Startup folder shortcut)
net use Z: /delete /y >nul 2>&1
net use Y: /delete /y >nul 2>&1

net use Z: \\mudroom-nas\studio @@secret@@ /user:mudroom-nas\frontdesk /persistent:no
net use Y: \\mudroom-nas\class-photos @@secret@@ /user:mudroom-nas\frontdesk /persistent:no

if errorlevel 1 (
  echo Could not reach the NAS. Is it on? & pause
)
""", rand_pw(14))

add("batch/decoy-password-prompt", "it/scripts/map_drives_staff.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r"""
@echo off
REM Staff laptops: map shares with the staff member's own NAS account.
REM First run asks for the password ("*") and Windows keeps it in Credential Manager.
set NAS=\\mudroom-nas
set /p NASUSER=NAS user name: 

net use S: %NAS%\studio * /user:mudroom-nas\%NASUSER% /savecred /persistent:yes
net use P: %NAS%\class-photos /persistent:yes

echo Drives mapped. & timeout /t 3 >nul
""")

add("makefile/ssh-password", "Makefile", "https://linux.die.net/man/1/sshpass", r"""
.PHONY: test build deploy logs

PI_HOST := kiln@192.168.20.5
PI_PASS := @@secret@@

test:
	python -m pytest -q

build:
	python -m build

deploy: build
	sshpass -p '$(PI_PASS)' scp dist/kiln_logger-*.whl $(PI_HOST):/tmp/
	sshpass -p '$(PI_PASS)' ssh $(PI_HOST) 'sudo /opt/kiln-logger/.venv/bin/pip install --force-reinstall /tmp/kiln_logger-*.whl && sudo systemctl restart kiln-logger'

logs:
	sshpass -p '$(PI_PASS)' ssh $(PI_HOST) 'journalctl -u kiln-logger -n 100 --no-pager'
""", tok(16, ALNUM + "!^*"))

_docker_pat = "dckr_pat_" + tok(27, URLSAFE)
add("dockerconfig/docker-hub-token", "it/dotfiles/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r"""
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "@@auth@@"
		},
		"ghcr.io": {}
	},
	"credsStore": "",
	"currentContext": "default"
}
""", _docker_pat, auth=b64("mudroomclay:" + _docker_pat))

add("gitlab-ci/digitalocean-token", ".gitlab-ci.yml", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r"""
stages: [test, deploy]

variables:
  DROPLET_NAME: booking-prod
  DIGITALOCEAN_ACCESS_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements/dev.txt
    - python manage.py test

deploy:
  stage: deploy
  image: digitalocean/doctl:1.104.0
  only: [main]
  script:
    - doctl compute ssh $DROPLET_NAME --ssh-command "cd /srv/booking && git pull && ./bin/restart"
""", "dop_v1_" + hexs(64))

add("gitlab-ci/decoy-ci-variable-reference", "gallery/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r"""
stages: [test, build]

test:
  stage: test
  image: ruby:3.3
  services: [postgres:16]
  variables:
    POSTGRES_DB: gallery_test
    POSTGRES_USER: runner
    POSTGRES_PASSWORD: $CI_DB_PASSWORD   # masked + protected project variable
    DATABASE_URL: postgres://runner:$CI_DB_PASSWORD@postgres/gallery_test
  script:
    - bundle install
    - bin/rails db:schema:load test

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
""")

add("toml/crates-io-token", "it/dotfiles/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", r"""
# cargo login writes this; used to publish kiln-thermo (the MAX31856 reader crate)
[registry]
token = "@@secret@@"

[registries.studio]
credential-provider = "cargo:token-from-stdout op read op://IT/studio-registry/token"
""", "cio" + tok(32))

add("javascript/discord-webhook", "community/bot/announce.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r"""
// Posts "kiln is unloaded" and open-studio announcements to the members' Discord.
const WEBHOOK_URL =
  "@@secret@@";

async function announce(content, { mentionMembers = false } = {}) {
  const res = await fetch(`${WEBHOOK_URL}?wait=true`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      username: "Kiln Bot",
      content: (mentionMembers ? "<@&members> " : "") + content,
      allowed_mentions: { parse: mentionMembers ? ["roles"] : [] },
    }),
  });
  if (!res.ok) throw new Error(`discord ${res.status}`);
}

module.exports = { announce };

if (require.main === module) {
  announce(process.argv.slice(2).join(" ") || "Glaze kiln unloaded - pickup shelf is full!", { mentionMembers: true });
}
""", discord_webhook())

add("python/discord-bot-token", "community/bot/bot.py", "https://discordpy.readthedocs.io/en/stable/discord.html", r'''
"""Members' Discord: /shelf <name> tells you where your pieces are; /kiln shows firing status."""
import discord
from discord import app_commands

from shelves import find_pieces
from kilnstatus import summary

intents = discord.Intents.default()
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)


@tree.command(name="shelf", description="Where are my pieces?")
async def shelf(interaction: discord.Interaction, name: str):
    pieces = find_pieces(name)
    msg = "\n".join(f"- {p.title}: {p.location}" for p in pieces) or "Nothing on the shelves under that name."
    await interaction.response.send_message(msg, ephemeral=True)


@tree.command(name="kiln", description="Kiln status")
async def kiln(interaction: discord.Interaction):
    await interaction.response.send_message(summary())


@client.event
async def on_ready():
    await tree.sync()
    print(f"logged in as {client.user}")


client.run("@@secret@@")
''', discord_bot_token())

add("wireguard/wireguard-private-key", "it/wireguard/wg0.conf", "https://www.wireguard.com/quickstart/", r"""
# Site-to-site: gallery (Elm St) <-> studio (kiln yard). This is the gallery side.
[Interface]
Address = 10.99.0.2/24
ListenPort = 51820
PrivateKey = @@secret@@
DNS = 10.99.0.1

[Peer]
# studio router
PublicKey = @@pub@@
Endpoint = studio.mudroomclay.com:51820
AllowedIPs = 10.99.0.0/24, 192.168.20.0/24
PersistentKeepalive = 25
""", b64bytes(32), pub=b64bytes(32))

add("wireguard/decoy-template-variable", "ansible/roles/wireguard/templates/wg0.conf.j2", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_templating.html", r"""
# {{ ansible_managed }}
[Interface]
Address = {{ wg_address }}
ListenPort = {{ wg_port | default(51820) }}
PrivateKey = {{ vault_wg_private_key }}

{% for peer in wg_peers %}
[Peer]
# {{ peer.name }}
PublicKey = {{ peer.public_key }}
Endpoint = {{ peer.endpoint }}
AllowedIPs = {{ peer.allowed_ips | join(', ') }}
PersistentKeepalive = 25
{% endfor %}
""")

add("openvpn/openvpn-static-key", "it/openvpn/gallery-client.ovpn", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", r"""
client
dev tun
proto udp
remote vpn.claybarnstudio.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
key-direction 1
<tls-auth>
@@secret@@
</tls-auth>
""", "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(hexs(32) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----")

# ---- G. marketing, apps and the rest ---------------------------------------------------------

add("python/kit-api-secret", "marketing/newsletter_sync.py", "https://developers.kit.com/v3#api-basics", r'''
"""Tag newsletter subscribers in Kit (ConvertKit) by the classes they've taken."""
import requests

from bookings.models import Enrollment

KIT_API = "https://api.convertkit.com/v3"
KIT_API_SECRET = "@@secret@@"
TAGS = {"wheel-intro": 4811207, "handbuild": 4811211, "glaze-lab": 4811230, "kids-clay": 4811244}


def tag(email: str, tag_id: int) -> None:
    r = requests.post(f"{KIT_API}/tags/{tag_id}/subscribe", json={"api_secret": KIT_API_SECRET, "email": email}, timeout=15)
    r.raise_for_status()


def run() -> int:
    n = 0
    for e in Enrollment.objects.filter(tagged=False).select_related("student", "course"):
        tag_id = TAGS.get(e.course.kind)
        if tag_id and e.student.newsletter_opt_in:
            tag(e.student.email, tag_id)
            n += 1
        e.tagged = True
        e.save(update_fields=["tagged"])
    return n
''', tok(43, URLSAFE))

add("python/openai-api-key", "marketing/describe_pieces.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Draft shop descriptions for new pieces from the potter's notes (always edited by a human after)."""
import csv
import sys

from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

STYLE = (
    "You write short, warm product descriptions for a small pottery studio's online shop. "
    "Mention the clay body, glaze, size and care (dishwasher/microwave safe if stated). "
    "No superlatives, no emojis, max 70 words."
)


def describe(notes: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": STYLE}, {"role": "user", "content": notes}],
        temperature=0.6,
    )
    return resp.choices[0].message.content.strip()


if __name__ == "__main__":
    reader = csv.DictReader(open(sys.argv[1], newline=""))
    writer = csv.DictWriter(sys.stdout, fieldnames=reader.fieldnames + ["draft_description"])
    writer.writeheader()
    for row in reader:
        row["draft_description"] = describe(row["potter_notes"])
        writer.writerow(row)
''', fakes.openai_key(_seed()))

add("typescript/anthropic-api-key", "marketing/glaze-helper/src/assistant.ts", "https://docs.anthropic.com/en/api/getting-started#authentication", r"""
import Anthropic from "@anthropic-ai/sdk";
import { recipes } from "./recipes";

// Glaze lab helper on the studio's intranet: answers "why did my glaze crawl?" style questions
// using our own test-tile notes as context.
const anthropic = new Anthropic({
  apiKey: "@@secret@@",
});

export async function ask(question: string): Promise<string> {
  const context = recipes.map((r) => `${r.name} (cone ${r.cone}): ${r.notes}`).join("\n");
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 600,
    system: "You help potters troubleshoot glazes. Use the studio's recipe notes when relevant.\n\n" + context,
    messages: [{ role: "user", content: question }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}
""", "sk-ant-api03-" + tok(93, URLSAFE) + "AA")

add("json/hubspot-private-app-token", "marketing/hubspot/config.json", "https://developers.hubspot.com/docs/api/private-apps", r"""
{
  "portalId": @@portal@@,
  "privateAppToken": "@@secret@@",
  "pipelines": {
    "privateEvents": "default",
    "corporateTeamBuilding": "@@pipe@@"
  },
  "formGuids": {
    "partyInquiry": "@@form@@"
  },
  "owner": "events@claybarnstudio.com"
}
""", "pat-na1-" + uuid_s(), portal=str(_rng().randint(10**7, 10**8)), pipe=str(_rng().randint(10**7, 10**8)), form=uuid_s())

add("php/facebook-access-token", "site/wp-content/themes/claybarn/inc/instagram-feed.php", "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media", r"""
<?php
/**
 * Latest kiln-opening photos from the studio Instagram, cached for an hour, on the home page.
 */
function claybarn_instagram_feed( $count = 8 ) {
	$cached = get_transient( 'claybarn_ig_feed' );
	if ( false !== $cached ) {
		return $cached;
	}
	$ig_user = '@@iguser@@';
	$token   = '@@secret@@';
	$url     = add_query_arg(
		array(
			'fields'       => 'id,caption,media_url,permalink,thumbnail_url,media_type',
			'limit'        => $count,
			'access_token' => $token,
		),
		"https://graph.facebook.com/v19.0/{$ig_user}/media"
	);
	$resp = wp_remote_get( $url, array( 'timeout' => 10 ) );
	if ( is_wp_error( $resp ) ) {
		return array();
	}
	$items = json_decode( wp_remote_retrieve_body( $resp ), true )['data'] ?? array();
	set_transient( 'claybarn_ig_feed', $items, HOUR_IN_SECONDS );
	return $items;
}
""", "EAAG" + tok(180), iguser=str(_rng().randint(10**16, 10**17)))

add("go/notion-token", "tools/notion-calendar/main.go", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", r"""
// notion-calendar copies the class calendar from the booking DB into the teachers' Notion page.
package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
)

var notionToken = "@@secret@@"

const classesDB = "@@db@@"

func createPage(title, start, teacher string) error {
	payload := map[string]any{
		"parent": map[string]string{"database_id": classesDB},
		"properties": map[string]any{
			"Name":    map[string]any{"title": []any{map[string]any{"text": map[string]string{"content": title}}}},
			"Date":    map[string]any{"date": map[string]string{"start": start}},
			"Teacher": map[string]any{"rich_text": []any{map[string]any{"text": map[string]string{"content": teacher}}}},
		},
	}
	body, _ := json.Marshal(payload)
	req, _ := http.NewRequest("POST", "https://api.notion.com/v1/pages", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+notionToken)
	req.Header.Set("Notion-Version", "2022-06-28")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		log.Printf("notion: %s", resp.Status)
	}
	return nil
}
""", "secret_" + tok(43), db=hexs(32))

add("ruby/postmark-server-token", "config/initializers/postmark.rb", "https://postmarkapp.com/developer/api/overview#authentication", r"""
# Transactional mail for the gallery app: consignment receipts, payout statements.
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: "@@secret@@",
    message_stream: "outbound"
  }
  config.action_mailer.default_url_options = { host: "gallery.claybarnstudio.com", protocol: "https" }
  config.action_mailer.default_options = { from: "Clay Barn Gallery <gallery@claybarnstudio.com>" }
end
""", uuid_s())

add("ini/sentry-auth-token", "shop/.sentryclirc", "https://docs.sentry.io/cli/configuration/#configuration-file", r"""
[defaults]
url = https://sentry.io/
org = mudroom-clay
project = shop-web

[auth]
token = @@secret@@

[log]
level = warning
""", "sntryu_" + hexs(64))

_recaptcha_secret = "6L" + tok(38, URLSAFE)
add("env/recaptcha-secret-key", "marketing/.env.local", "https://developers.google.com/recaptcha/docs/verify", r"""
NEXT_PUBLIC_SITE_URL=https://mudroomclay.com
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6L@@site@@
RECAPTCHA_SECRET_KEY=@@secret@@
CONTACT_FORM_TO=hello@mudroomclay.com
PARTY_INQUIRY_TO=events@mudroomclay.com
""", _recaptcha_secret, site=tok(38, URLSAFE))

add("properties/mapbox-secret-token", "android/gradle.properties", "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# Mapbox SDK download token (needs DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=@@secret@@
""", mapbox_token("sk", "mudroomclay"))

add("kotlin/decoy-public-token", "android/app/src/main/java/com/mudroomclay/app/StudioMapActivity.kt", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", r"""
package com.mudroomclay.app

import android.os.Bundle
import androidx.appcompat.app.AppCompatActivity
import com.mapbox.common.MapboxOptions
import com.mapbox.geojson.Point
import com.mapbox.maps.CameraOptions
import com.mapbox.maps.MapView

/** "Find us" screen: studio, gallery and the kiln yard. Public (pk.) token, URL-restricted. */
class StudioMapActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        MapboxOptions.accessToken = "@@pk@@"
        val map = MapView(this)
        setContentView(map)
        map.mapboxMap.setCamera(
            CameraOptions.Builder()
                .center(Point.fromLngLat(-93.2478, 44.9706))
                .zoom(14.5)
                .build()
        )
    }
}
""", None, pk=mapbox_token("pk", "mudroomclay"))

add("xml/google-oauth-client-secret", "android/app/src/main/res/values/auth.xml", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Google sign-in for instructors (Calendar sync of their teaching slots) -->
    <string name="google_web_client_id" translatable="false">@@cid@@.apps.googleusercontent.com</string>
    <string name="google_web_client_secret" translatable="false">@@secret@@</string>
    <string name="calendar_scope" translatable="false">https://www.googleapis.com/auth/calendar.events</string>
</resources>
""", "GOCSPX-" + tok(28, URLSAFE), cid=str(_rng().randint(10**11, 10**12)) + "-" + tok(32, LOWER_DIGITS))

add("xml/decoy-manifest-placeholder", "android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r"""
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />

    <application
        android:name=".StudioApp"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher"
        android:theme="@style/Theme.Mudroom">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />

        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
        <activity android:name=".StudioMapActivity" />
    </application>
</manifest>
""")

_sb_ref = tok(20, string.ascii_lowercase)
add("dart/supabase-service-role-key", "studio_checkin/lib/config/supabase.dart", "https://supabase.com/docs/guides/api/api-keys", r"""
// Front-desk check-in tablet (Flutter). Talks to the Supabase project that mirrors the roster.
import 'package:supabase_flutter/supabase_flutter.dart';

const supabaseUrl = 'https://@@ref@@.supabase.co';

// anon key didn't let the tablet update attendance (RLS), so using service role for now
const supabaseKey =
    '@@secret@@';

Future<void> initSupabase() async {
  await Supabase.initialize(url: supabaseUrl, anonKey: supabaseKey);
}

Future<void> checkIn(String studentId, String classId) async {
  await Supabase.instance.client.from('attendance').upsert({
    'student_id': studentId,
    'class_id': classId,
    'checked_in_at': DateTime.now().toUtc().toIso8601String(),
  });
}
""", jwt({"iss": "supabase", "ref": _sb_ref, "role": "service_role", "iat": 1707300000, "exp": 2022876000}), ref=_sb_ref)

add("javascript/algolia-admin-key", "shop/scripts/algolia-index.js", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", r"""
// Rebuilds the shop search index from the Shopify product export (run after each kiln opening).
const algoliasearch = require("algoliasearch");
const products = require("../export/products.json");

const client = algoliasearch("@@app@@", "@@secret@@");
const index = client.initIndex("shop_products");

const records = products
  .filter((p) => p.status === "active")
  .map((p) => ({
    objectID: String(p.id),
    title: p.title,
    glaze: p.tags.filter((t) => t.startsWith("glaze:")).map((t) => t.slice(6)),
    clay: p.tags.find((t) => t.startsWith("clay:"))?.slice(5) ?? null,
    price: Number(p.variants[0].price),
    soldOut: p.variants.every((v) => v.inventory_quantity <= 0),
    image: p.image?.src,
  }));

index
  .replaceAllObjects(records, { safe: true })
  .then(({ objectIDs }) => console.log(`indexed ${objectIDs.length} pieces`))
  .catch((e) => { console.error(e); process.exit(1); });
""", hexs(32), app=tok(10, UPPER_DIGITS))

add("npmrc/npm-token", "shop/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r"""
# private @mudroom packages (theme components) + public registry
registry=https://registry.npmjs.org/
@mudroom:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", "npm_" + tok(36))

add("rclone/dropbox-token", "it/dotfiles/.config/rclone/rclone.conf", "https://rclone.org/dropbox/", r"""
[photos-dropbox]
type = dropbox
token = {"access_token":"@@secret@@","token_type":"bearer","refresh_token":"@@refresh@@","expiry":"2024-05-14T18:22:09.511023-05:00"}

[nas]
type = sftp
host = mudroom-nas.local
user = rclone
key_file = ~/.ssh/id_ed25519_rclone
shell_type = unix

[archive]
type = s3
provider = AWS
env_auth = true
region = us-east-2
""", "sl.B" + tok(130, URLSAFE), refresh=tok(64, URLSAFE))

# ---- H. more secrets across the studios ----------------------------------------------------

add("python/backblaze-application-key", "shop/scripts/upload_photos.py", "https://www.backblaze.com/docs/cloud-storage-application-keys", r'''
"""Upload the photographer's edited piece photos (JPEG, 2400px) to B2 for the shop CDN."""
import pathlib
import sys

from b2sdk.v2 import B2Api, InMemoryAccountInfo

KEY_ID = "@@kid@@"
APP_KEY = "@@secret@@"
BUCKET = "mudroom-piece-photos"

info = InMemoryAccountInfo()
b2 = B2Api(info)
b2.authorize_account("production", KEY_ID, APP_KEY)
bucket = b2.get_bucket_by_name(BUCKET)

for path in sorted(pathlib.Path(sys.argv[1]).glob("*.jpg")):
    sku = path.stem.split("_")[0]
    bucket.upload_local_file(
        local_file=str(path),
        file_name=f"pieces/{sku}/{path.name}",
        content_type="image/jpeg",
        file_info={"sku": sku},
    )
    print("uploaded", path.name)
''', "K005" + tok(27), kid="005" + hexs(22))

add("python/zoom-client-secret", "bookings/zoom_workshops.py", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", r'''
"""Online glaze-chemistry workshops: create the Zoom meeting when a workshop is published."""
import base64

import requests

ZOOM_ACCOUNT_ID = "@@acct@@"
ZOOM_CLIENT_ID = "@@cid@@"
ZOOM_CLIENT_SECRET = "@@secret@@"


def _token() -> str:
    basic = base64.b64encode(f"{ZOOM_CLIENT_ID}:{ZOOM_CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
        headers={"Authorization": f"Basic {basic}"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def create_meeting(topic: str, start_iso: str, minutes: int = 90) -> dict:
    r = requests.post(
        "https://api.zoom.us/v2/users/me/meetings",
        json={"topic": topic, "type": 2, "start_time": start_iso, "duration": minutes, "timezone": "America/Chicago",
              "settings": {"waiting_room": True, "auto_recording": "cloud"}},
        headers={"Authorization": f"Bearer {_token()}"},
        timeout=15,
    )
    r.raise_for_status()
    return {"join_url": r.json()["join_url"], "id": r.json()["id"]}
''', tok(32), acct=tok(22, URLSAFE), cid=tok(22, URLSAFE))

add("notebook/woocommerce-consumer-secret", "notebooks/holiday_sale_review.ipynb", "https://woocommerce.github.io/woocommerce-rest-api-docs/#rest-api-keys", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Holiday sale 2023 review\n", "Which glazes and forms sold first? Orders from the WooCommerce shop."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from woocommerce import API\n",
    "import pandas as pd\n",
    "wc = API(url='https://shop.claybarnstudio.com', consumer_key='ck_@@ck@@',\n",
    "         consumer_secret='@@secret@@', version='wc/v3', timeout=30)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "orders = []\n",
    "for page in range(1, 8):\n",
    "    batch = wc.get('orders', params={'after': '2023-11-24T00:00:00', 'before': '2023-12-24T00:00:00', 'per_page': 100, 'page': page}).json()\n",
    "    if not batch: break\n",
    "    orders += batch\n",
    "lines = pd.DataFrame([{**li, 'order': o['id'], 'created': o['date_created']} for o in orders for li in o['line_items']])\n",
    "lines.groupby('name').quantity.sum().sort_values(ascending=False).head(15)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "cs_" + hexs(40), ck=hexs(40))

add("helm/redis-password", "charts/booking/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#redis-common-configuration-parameters", r"""
image:
  repository: ghcr.io/mudroomclay/booking
  tag: "2024.05.2"

replicaCount: 2

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: book.mudroomclay.com
      paths: [{ path: /, pathType: Prefix }]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 1Gi

env:
  CLASS_REMINDER_HOURS: "24"
  WAITLIST_MAX: "12"
""", fakes.redis_password(_seed()))

add("python/redis-password", "bookings/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", r'''
"""Seat counts for popular classes live in Redis so the booking page doesn't oversell the wheels."""
import redis

r = redis.Redis.from_url(
    "rediss://default:@@secret@@@booking-cache-@@id@@.upstash.io:6379",
    decode_responses=True,
)

SEATS_KEY = "class:{id}:seats"


def reserve_seat(class_id: int) -> bool:
    left = r.decr(SEATS_KEY.format(id=class_id))
    if left < 0:
        r.incr(SEATS_KEY.format(id=class_id))
        return False
    return True


def release_seat(class_id: int) -> None:
    r.incr(SEATS_KEY.format(id=class_id))


def set_capacity(class_id: int, seats: int) -> None:
    r.set(SEATS_KEY.format(id=class_id), seats)
''', tok(32), id=tok(8, LOWER_DIGITS))

_acuity_user = str(_rng().randint(10_000_000, 39_999_999))
_acuity_key = hexs(32)
add("log/acuity-api-key", "logs/booking-sync-debug.log", "https://developers.acuityscheduling.com/reference/quick-start#authentication", r"""
2024-05-09 07:30:01 INFO  acuity-sync run 812 starting (window 14 days)
2024-05-09 07:30:01 DEBUG send: b'GET /api/v1/appointments?minDate=2024-05-09&maxDate=2024-05-23&max=500 HTTP/1.1\r\nHost: acuityscheduling.com\r\nUser-Agent: python-requests/2.31.0\r\nAccept-Encoding: gzip, deflate\r\nAccept: */*\r\nConnection: keep-alive\r\nAuthorization: Basic @@secret@@\r\n\r\n'
2024-05-09 07:30:02 DEBUG reply: 'HTTP/1.1 200 OK\r\n'
2024-05-09 07:30:02 DEBUG header: Content-Type: application/json
2024-05-09 07:30:02 INFO  fetched 64 appointments
2024-05-09 07:30:02 INFO  roster: wheel-intro=38 handbuild=17 date-night=9
2024-05-09 07:30:03 WARNING appointment 1184220931 has no class type mapping ("Glaze Lab Drop-in")
2024-05-09 07:30:03 INFO  acuity-sync run 812 done in 2.1s
""", b64(f"{_acuity_user}:{_acuity_key}"))

add("env/slack-bot-token", "kiln-logger/.env", "https://api.slack.com/authentication/token-types#bot", r"""
# kiln-logger runtime settings (studio Pi)
KILN_NAMES=kiln1,kiln2,raku
SLACK_BOT_TOKEN=@@secret@@
SLACK_CHANNEL=C@@chan@@
INFLUX_URL=http://localhost:8086
INFLUX_BUCKET=kilns
LOG_LEVEL=info
""", slack_bot(), chan=tok(10, UPPER_DIGITS))

add("compose/influxdb-admin-password", "kiln-logger/docker-compose.yml", "https://hub.docker.com/_/influxdb", r"""
services:
  influxdb:
    image: influxdb:2.7
    restart: unless-stopped
    ports: ["8086:8086"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: "@@secret@@"
      DOCKER_INFLUXDB_INIT_ORG: mudroom
      DOCKER_INFLUXDB_INIT_BUCKET: kilns
      DOCKER_INFLUXDB_INIT_RETENTION: 400d
    volumes:
      - influx-data:/var/lib/influxdb2
  grafana:
    image: grafana/grafana:10.4.2
    restart: unless-stopped
    ports: ["3000:3000"]
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning
      - grafana-data:/var/lib/grafana

volumes:
  influx-data:
  grafana-data:
""", human_pw())

add("terraform/terraform-cloud-token", "it/dotfiles/.terraformrc", "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials", r"""
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "@@secret@@"
}
""", tok(14) + ".atlasv1." + tok(67))

add("json/netlify-token", "shop/package.json", "https://docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui", r"""
{
  "name": "mudroom-seconds-sale",
  "private": true,
  "version": "1.3.0",
  "scripts": {
    "dev": "netlify dev",
    "build": "eleventy",
    "deploy": "netlify deploy --prod --dir=_site --site @@site@@ --auth @@secret@@",
    "index": "node scripts/algolia-index.js"
  },
  "dependencies": {
    "stripe": "^15.5.0",
    "algoliasearch": "^4.23.3"
  },
  "devDependencies": {
    "@11ty/eleventy": "^2.0.1",
    "netlify-cli": "^17.23.0"
  }
}
""", "nfp_" + tok(40), site=uuid_s())

add("shell/postgres-password", "it/scripts/restore_booking_db.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", r"""
#!/usr/bin/env bash
# Restore last night's booking dump into the staging database (for testing migrations).
set -euo pipefail

DUMP="${1:-/backup/booking-$(date -d yesterday +%F).dump}"

export PGHOST=10.0.4.13
export PGUSER=booking_admin
export PGPASSWORD='@@secret@@'

dropdb --if-exists booking_staging
createdb -O booking_admin booking_staging
pg_restore --no-owner --jobs=4 -d booking_staging "$DUMP"
psql -d booking_staging -c "UPDATE accounts_user SET email = 'user' || id || '@example.com';"
echo "restored $DUMP into booking_staging"
""", tok(18, ALNUM + "!#%^*"))

add("toml/mysql-password", "kiln-dash/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r"""
# Streamlit kiln dashboard (firing history + element wear)
[connections.kilndb]
dialect = "mysql"
host = "studio-web.internal"
port = 3306
database = "kilns"
username = "kilndash"
password = "@@secret@@"

[app]
studio = "Clay Barn"
element_replace_after_firings = 120
""", human_pw())

add("xml/github-fine-grained-token", "it/m2/settings.xml", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-apache-maven-registry#authenticating-with-a-personal-access-token", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <activeProfiles>
    <activeProfile>github</activeProfile>
  </activeProfiles>
  <profiles>
    <profile>
      <id>github</id>
      <repositories>
        <repository>
          <id>github</id>
          <url>https://maven.pkg.github.com/mudroomclay/supply-libs</url>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <servers>
    <server>
      <id>github</id>
      <username>mudroom-it</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", fakes.github_fine_grained_token(_seed()))

add("php/stripe-secret-key", "site/wp-content/plugins/claybarn-gift-cards/gift-cards.php", "https://docs.stripe.com/api/authentication", r"""
<?php
/**
 * Plugin Name: Clay Barn Gift Cards
 * Description: Sells studio gift cards with Stripe Checkout and emails a printable card.
 */

require_once __DIR__ . '/vendor/autoload.php';

\Stripe\Stripe::setApiKey('@@secret@@');

add_action( 'rest_api_init', function () {
	register_rest_route( 'claybarn/v1', '/gift-card', array(
		'methods'             => 'POST',
		'permission_callback' => '__return_true',
		'callback'            => function ( WP_REST_Request $req ) {
			$amount  = max( 25, min( 500, intval( $req['amount'] ) ) );
			$session = \Stripe\Checkout\Session::create( array(
				'mode'        => 'payment',
				'line_items'  => array( array(
					'quantity'   => 1,
					'price_data' => array(
						'currency'     => 'usd',
						'unit_amount'  => $amount * 100,
						'product_data' => array( 'name' => "Clay Barn gift card \${$amount}" ),
					),
				) ),
				'metadata'    => array( 'recipient' => sanitize_email( $req['to'] ) ),
				'success_url' => home_url( '/gift-cards/thanks/' ),
				'cancel_url'  => home_url( '/gift-cards/' ),
			) );
			return array( 'url' => $session->url );
		},
	) );
} );
""", stripe_sk())

add("markdown/wifi-password", "docs/new-staff-onboarding.md", "https://www.commonmark.org/", r"""
# Welcome to Mudroom!

## Day one
- Get your key fob from Mia (front desk drawer, signed out in the binder).
- Read the kiln safety sheet and sign it.
- Shadow an Intro to the Wheel class.

## Wi-Fi
| Network          | Who                      | Password                 |
|------------------|--------------------------|--------------------------|
| Mudroom-Staff    | staff laptops & phones   | `@@secret@@`             |
| Mudroom-Guest    | students (captive portal)| none, accept the terms   |
| Mudroom-IoT      | kilns, sensors only      | ask Sam (don't join it)  |

## Accounts you'll get
- Google Workspace (`firstname@mudroomclay.com`)
- Mindbody staff login (front desk role)
- Discord (members' server, staff role)

## Cleaning
Wet-clean only. No sweeping - silica dust.
""", human_pw())

add("python/hcaptcha-secret", "marketing/contact/views.py", "https://docs.hcaptcha.com/#verify-the-user-response-server-side", r'''
import requests
from django.conf import settings
from django.core.mail import send_mail
from django.shortcuts import redirect, render

from .forms import PartyInquiryForm

HCAPTCHA_SECRET = "@@secret@@"


def _human(token: str, ip: str) -> bool:
    r = requests.post("https://api.hcaptcha.com/siteverify",
                      data={"secret": HCAPTCHA_SECRET, "response": token, "remoteip": ip}, timeout=10)
    return r.ok and r.json().get("success", False)


def party_inquiry(request):
    form = PartyInquiryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not _human(request.POST.get("h-captcha-response", ""), request.META.get("REMOTE_ADDR", "")):
            form.add_error(None, "Please complete the captcha.")
        else:
            send_mail("Party inquiry: " + form.cleaned_data["occasion"], form.cleaned_data["details"],
                      settings.DEFAULT_FROM_EMAIL, ["events@mudroomclay.com"])
            return redirect("contact-thanks")
    return render(request, "contact/party.html", {"form": form, "sitekey": settings.HCAPTCHA_SITEKEY})
''', "0x" + hexs(40))

# ---- I. decoys: what looks like a secret and is not ------------------------------------------

add("log/decoy-redacted", "logs/stripe-webhook-2024-05-10.log", "https://docs.stripe.com/keys#safe-keys", r"""
2024-05-10T14:02:11Z INFO  stripe webhook endpoint starting; key=sk_live_****************************************************************************************************@@last4@@ secret=whsec_****************************
2024-05-10T14:05:40Z INFO  evt_1@@e1@@ invoice.paid customer=cus_@@c1@@ amount=4500
2024-05-10T14:05:40Z INFO  membership cus_@@c1@@ -> active (studio-basic)
2024-05-10T15:12:03Z INFO  evt_1@@e2@@ customer.subscription.deleted sub=sub_1@@s1@@
2024-05-10T15:12:03Z INFO  membership sub_1@@s1@@ -> inactive
2024-05-10T16:40:58Z WARN  signature check failed from 192.0.2.44 (header t=1715359258,v1=@@sig@@)
2024-05-10T16:41:00Z INFO  evt_1@@e3@@ payment_intent.succeeded pi_3@@pi@@ amount=12800
""", None, last4=tok(4), e1=tok(23), c1=tok(14), e2=tok(23), s1=tok(23), sig=hexs(64), e3=tok(23), pi=tok(23))

add("python/decoy-regex", "it/precommit/check_studio_tokens.py", "https://pre-commit.com/#new-hooks", r'''
"""Pre-commit hook: refuse commits that contain tokens of the services the studio uses.

The patterns describe the shapes only; nothing here is a credential.
"""
import re
import sys

PATTERNS = {
    "stripe secret": re.compile(r"\b(?:sk|rk)_live_[0-9A-Za-z]{24,99}\b"),
    "stripe webhook": re.compile(r"\bwhsec_[0-9A-Za-z]{32,}\b"),
    "square token": re.compile(r"\bEAAA[0-9A-Za-z_-]{60}\b"),
    "square app secret": re.compile(r"\bsq0csp-[0-9A-Za-z_-]{43}\b"),
    "shopify": re.compile(r"\bshp(?:at|ss|ca|pa|tka)_[0-9a-f]{32}\b"),
    "mailchimp": re.compile(r"\b[0-9a-f]{32}-us\d{1,2}\b"),
    "adafruit io": re.compile(r"\baio_[0-9A-Za-z]{28}\b"),
    "telegram bot": re.compile(r"\b\d{8,10}:AA[0-9A-Za-z_-]{33}\b"),
}


def main(paths):
    bad = 0
    for path in paths:
        text = open(path, encoding="utf-8", errors="ignore").read()
        for name, rx in PATTERNS.items():
            for m in rx.finditer(text):
                print(f"{path}: possible {name} at offset {m.start()}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
''')

add("json/decoy-integrity-hash", "kiln-dashboard/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", r"""
{
  "name": "kiln-dashboard",
  "version": "0.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "kiln-dashboard",
      "version": "0.6.0",
      "dependencies": {
        "chart.js": "^4.4.2",
        "mqtt": "^5.5.0"
      }
    },
    "node_modules/chart.js": {
      "version": "4.4.2",
      "resolved": "https://registry.npmjs.org/chart.js/-/chart.js-4.4.2.tgz",
      "integrity": "sha512-@@i1@@",
      "dependencies": {
        "@kurkle/color": "^0.3.0"
      }
    },
    "node_modules/@kurkle/color": {
      "version": "0.3.2",
      "resolved": "https://registry.npmjs.org/@kurkle/color/-/color-0.3.2.tgz",
      "integrity": "sha512-@@i2@@"
    },
    "node_modules/mqtt": {
      "version": "5.5.0",
      "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.5.0.tgz",
      "integrity": "sha512-@@i3@@"
    }
  }
}
""", None, i1=b64bytes(64), i2=b64bytes(64), i3=b64bytes(64))

add("toml/decoy-package-hash", "kiln-logger/poetry.lock", "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock", r"""
# This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

[[package]]
name = "adafruit-circuitpython-max31855"
version = "3.2.21"
description = "CircuitPython driver for the MAX31855 thermocouple amplifier."
optional = false
python-versions = "*"
files = [
    {file = "adafruit-circuitpython-max31855-3.2.21.tar.gz", hash = "sha256:@@h1@@"},
    {file = "adafruit_circuitpython_max31855-3.2.21-py3-none-any.whl", hash = "sha256:@@h2@@"},
]

[[package]]
name = "influxdb-client"
version = "1.42.0"
description = "InfluxDB 2.0 Python client library"
optional = false
python-versions = ">=3.7"
files = [
    {file = "influxdb_client-1.42.0-py3-none-any.whl", hash = "sha256:@@h3@@"},
    {file = "influxdb_client-1.42.0.tar.gz", hash = "sha256:@@h4@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@ch@@"
""", None, h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), ch=hexs(64))

add("go/decoy-module-checksum", "cmd/kilnbridge/go.sum", "https://go.dev/ref/mod#go-sum-files", r"""
github.com/eclipse/paho.mqtt.golang v1.4.3 h1:@@g1@@
github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod h1:@@g2@@
github.com/gorilla/websocket v1.5.0 h1:@@g3@@
github.com/gorilla/websocket v1.5.0/go.mod h1:@@g4@@
golang.org/x/net v0.24.0 h1:@@g5@@
golang.org/x/net v0.24.0/go.mod h1:@@g6@@
golang.org/x/sync v0.7.0 h1:@@g7@@
golang.org/x/sync v0.7.0/go.mod h1:@@g8@@
periph.io/x/conn/v3 v3.7.0 h1:@@g9@@
periph.io/x/conn/v3 v3.7.0/go.mod h1:@@g10@@
""", None, **{f"g{i}": b64bytes(32) for i in range(1, 11)})

add("markdown/decoy-commit-sha", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r"""
# Changelog

## [2024.05.2] - 2024-05-11
### Fixed
- Waitlist promotion emailed the wrong class time for Saturday handbuilding (@@c1@@).
- Firing fee rounding for half-shelf loads (@@c2@@).

## [2024.05.1] - 2024-05-03
### Added
- Members can pause their membership for up to 30 days ([#212](https://github.com/mudroomclay/booking/pull/212), @@c3@@).
- Kiln status banner on the member dashboard, fed from the studio Pi (@@c4@@).

### Changed
- Stripe API version pinned to 2024-04-10 (@@c5@@).

## [2024.04.3] - 2024-04-22
### Security
- Rotated the booking app's Stripe webhook signing secret after a contractor's laptop was lost;
  the new secret is in the secrets manager only (@@c6@@).
""", None, c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40), c6=hexs(40))

add("yaml/decoy-commit-sha", ".pre-commit-config.yaml", "https://pre-commit.com/#pre-commit-configyaml---repos", r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @@r1@@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@r2@@  # frozen: v0.4.4
    hooks:
      - id: ruff
      - id: ruff-format
  - repo: local
    hooks:
      - id: studio-tokens
        name: studio service tokens
        entry: python it/precommit/check_studio_tokens.py
        language: system
        types: [text]
""", None, r1=hexs(40), r2=hexs(40))

add("csv/decoy-customer-ids", "exports/members_2024-05.csv", "https://docs.stripe.com/api/customers/object", r"""
member_id,first_name,last_name,tier,stripe_customer,stripe_subscription,shelf,joined,status
@@m1@@,Ana,Reyes,studio-basic,cus_@@c1@@,sub_1@@s1@@,A3,2024-01-06,active
@@m2@@,Ben,Okafor,studio-plus,cus_@@c2@@,sub_1@@s2@@,B1,2024-02-10,active
@@m3@@,Chloe,Lind,studio-basic,cus_@@c3@@,sub_1@@s3@@,A7,2023-09-01,paused
@@m4@@,Dev,Patel,studio-pro,cus_@@c4@@,sub_1@@s4@@,L2,2023-11-18,active
@@m5@@,Emi,Sato,studio-plus,cus_@@c5@@,sub_1@@s5@@,B4,2024-03-02,active
""", None, m1=uuid_s(), c1=tok(14), s1=tok(23), m2=uuid_s(), c2=tok(14), s2=tok(23), m3=uuid_s(), c3=tok(14), s3=tok(23),
    m4=uuid_s(), c4=tok(14), s4=tok(23), m5=uuid_s(), c5=tok(14), s5=tok(23))

add("markdown/decoy-placeholder", "docs/integrations/acuity.md", "https://developers.acuityscheduling.com/reference/quick-start", r"""
# Acuity Scheduling integration

The roster sync (`bookings/acuity_sync.py`) uses HTTP Basic auth with the **User ID** as the
username and the **API key** as the password. Both are under *Integrations > API* in Acuity.

```bash
export ACUITY_USER_ID=12345678
export ACUITY_API_KEY=<paste the API key here>
curl -u "$ACUITY_USER_ID:$ACUITY_API_KEY" \
  "https://acuityscheduling.com/api/v1/appointments?max=5"
```

The key is stored in the team vault ("Acuity API"). If it's ever pasted somewhere public, reset it
in Acuity: the old key stops working immediately and the sync must be updated the same day.

Webhooks: Acuity signs callbacks with the API key (`X-Acuity-Signature`, base64 HMAC-SHA256 of the
body). Verify with `hmac.compare_digest`.
""")

add("yaml/decoy-account-sid", "reminders/src/main/resources/application.yml", "https://www.twilio.com/docs/iam/api/account", r"""
twilio:
  # Account SID identifies the account; the auth token is injected from the environment.
  account-sid: AC@@sid@@
  auth-token: ${TWILIO_AUTH_TOKEN}
  messaging-service-sid: MG@@mg@@
  from: "+16125550148"

reminders:
  class-hours-before: 24
  pickup-days-before-clearing: 14
  quiet-hours:
    start: "21:00"
    end: "08:00"
""", None, sid=hexs(32), mg=hexs(32))

add("javascript/decoy-oauth-client-id", "web/src/auth/googleSignIn.js", "https://developers.google.com/identity/gsi/web/guides/client-library", r"""
// Instructor sign-in with Google (Google Identity Services). The client ID is public by design;
// the ID token is verified on the server.
const GOOGLE_CLIENT_ID = "@@cid@@.apps.googleusercontent.com";

export function renderGoogleButton(el, onToken) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp) => onToken(resp.credential),
    hd: "mudroomclay.com",
    ux_mode: "popup",
  });
  window.google.accounts.id.renderButton(el, { theme: "outline", size: "large", text: "signin_with" });
}
""", None, cid=str(_rng().randint(10**11, 10**12)) + "-" + tok(32, LOWER_DIGITS))

add("html/decoy-site-key", "marketing/templates/contact/party.html", "https://docs.hcaptcha.com/#add-the-hcaptcha-widget-to-your-webpage", r"""
{% extends "base.html" %}
{% block content %}
<h1>Clay parties &amp; team events</h1>
<p>Birthday parties, bachelorette wheel nights, team building. Tell us about your group.</p>
<form method="post">
  {% csrf_token %}
  {{ form.as_p }}
  <div class="h-captcha" data-sitekey="@@sitekey@@"></div>
  <button type="submit">Send inquiry</button>
</form>
<script src="https://js.hcaptcha.com/1/api.js" async defer></script>
{% endblock %}
""", None, sitekey=uuid_s())

add("php/decoy-browser-api-key", "site/wp-content/themes/claybarn/template-parts/visit-us.php", "https://developers.google.com/maps/api-security-best-practices#restricting-api-keys", r"""
<?php
/**
 * "Visit us" block: map of the studio and gallery. The Maps Embed key is restricted to
 * claybarnstudio.com referrers and the Maps Embed API only, as Google requires for browser keys.
 */
?>
<section class="visit-us">
  <h2>Visit the studio &amp; gallery</h2>
  <p>1418 Elm St, Minneapolis. Gallery open Thu-Sun 11-6.</p>
  <iframe
    width="600" height="420" style="border:0" loading="lazy" allowfullscreen
    referrerpolicy="no-referrer-when-downgrade"
    src="https://www.google.com/maps/embed/v1/place?key=AIza@@key@@&q=Clay+Barn+Studio,Minneapolis+MN">
  </iframe>
</section>
""", None, key=tok(35, URLSAFE))

add("json/decoy-device-ids", "kiln/exports/genesis_schedule_cone6.json", "https://www.bartlettinstruments.com/genesis", r"""
{
  "controller": {
    "model": "Genesis 2.0",
    "serial": "GN2-0041873",
    "mac": "24:6f:28:a1:3c:9e",
    "firmware": "3.2.7",
    "firmware_sha256": "@@fw@@"
  },
  "program": {
    "id": "@@pid@@",
    "name": "Cone 6 glaze - slow cool (Floating Blue)",
    "segments": [
      { "rate": 200, "temp": 220, "hold": 20 },
      { "rate": 300, "temp": 2000, "hold": 0 },
      { "rate": 108, "temp": 2200, "hold": 10 },
      { "rate": -500, "temp": 1900, "hold": 0 },
      { "rate": -150, "temp": 1400, "hold": 0 }
    ],
    "units": "F"
  },
  "exported_at": "2024-04-30T18:12:44Z",
  "export_checksum": "@@crc@@"
}
""", None, fw=hexs(64), pid=uuid_s(), crc=hexs(8))

add("shell/decoy-secret-manager-reference", "it/scripts/rotate_shopify_token.sh", "https://developer.1password.com/docs/cli/reference/commands/read/", r"""
#!/usr/bin/env bash
# Pushes the current Shopify admin token from 1Password into the shop's Kubernetes secret.
set -euo pipefail

TOKEN="$(op read 'op://Studio IT/Shopify admin (inventory sync)/credential')"
WEBHOOK_SECRET="$(op read 'op://Studio IT/Shopify webhooks/password')"

kubectl -n shop create secret generic shopify-admin \
  --from-literal=SHOPIFY_ADMIN_TOKEN="$TOKEN" \
  --from-literal=SHOPIFY_WEBHOOK_SECRET="$WEBHOOK_SECRET" \
  --dry-run=client -o yaml | kubectl apply -f -

kubectl -n shop rollout restart deploy/inventory-sync
unset TOKEN WEBHOOK_SECRET
""")

add("terraform/decoy-secret-manager-reference", "infra/shop/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", r"""
data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/shop/stripe"
}

data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/shop/db"
}

locals {
  stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
  db     = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
}

resource "aws_ssm_parameter" "stripe_key_arn" {
  name  = "/shop/stripe/secret-arn"
  type  = "String"
  value = data.aws_secretsmanager_secret_version.stripe.arn
}

output "db_secret_version" {
  value = data.aws_secretsmanager_secret_version.db.version_id
}
""")

add("k8s/decoy-configmap", "k8s/shop/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-config
  namespace: shop
data:
  SHOP_DOMAIN: mudroom-clay.myshopify.com
  SHOPIFY_API_VERSION: "2024-04"
  PHOTO_CDN: https://d1m0dr00mcl4y.cloudfront.net
  PHOTO_BUCKET: mudroom-product-photos
  STRIPE_PUBLISHABLE_KEY: @@pk@@
  SENTRY_RELEASE: "@@rel@@"
  BUILD_SHA: "@@sha@@"
  FEATURE_SECONDS_SALE: "true"
""", None, pk=stripe_sk("pk_live_"), rel=hexs(12), sha=hexs(40))

add("helm/decoy-existing-secret", "charts/gallery/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#postgresql-common-parameters", r"""
image:
  repository: ghcr.io/claybarnstudio/gallery
  tag: latest

postgresql:
  enabled: true
  auth:
    username: gallery_app
    database: gallery
    existingSecret: gallery-db-credentials
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password

envFrom:
  - secretRef:
      name: gallery-app-secrets

env:
  - name: RAILS_ENV
    value: production
  - name: SQUARE_ENVIRONMENT
    value: production
""")

add("json/decoy-empty-value", "Studio.Memberships/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Stripe": {
    "PublishableKey": "@@pk@@",
    "SecretKey": "",
    "WebhookSecret": ""
  },
  "Shelves": {
    "AuditCron": "0 4 * * *",
    "GraceDays": 14
  },
  "AllowedHosts": "*"
}
""", None, pk=stripe_sk("pk_live_"))

add("java/decoy-test-fixture", "supply-service/src/test/java/studio/supply/ShipStationClientTest.java", "https://wiremock.org/docs/junit-jupiter/", r"""
package studio.supply;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;

@WireMockTest(httpPort = 8089)
class ShipStationClientTest {

    // "test-key:test-secret" - only ever sent to the local WireMock server
    private static final String EXPECTED_AUTH = "Basic dGVzdC1rZXk6dGVzdC1zZWNyZXQ=";

    @Test
    void sendsBasicAuthAndParsesOrders() throws Exception {
        stubFor(get(urlPathEqualTo("/orders"))
                .withHeader("Authorization", equalTo(EXPECTED_AUTH))
                .willReturn(okJson("{\"orders\":[{\"orderNumber\":\"1042\"}],\"total\":1}")));

        var client = new ShipStationClient("http://localhost:8089", "test-key", "test-secret");
        assertThat(client.awaitingShipment()).contains("1042");
    }
}
""")

add("go/decoy-placeholder", "tools/notion-calendar/config.go", "https://pkg.go.dev/github.com/caarlos0/env/v11", r"""
package main

import (
	"log"

	"github.com/caarlos0/env/v11"
)

type Config struct {
	NotionToken  string `env:"NOTION_TOKEN,required"`
	ClassesDB    string `env:"NOTION_CLASSES_DB" envDefault:"00000000000000000000000000000000"`
	BookingDSN   string `env:"BOOKING_DSN" envDefault:"postgres://booking:changeme@localhost:5432/booking?sslmode=disable"`
	SyncInterval string `env:"SYNC_INTERVAL" envDefault:"15m"`
}

func loadConfig() Config {
	var c Config
	if err := env.Parse(&c); err != nil {
		log.Fatalf("config: %v", err)
	}
	return c
}
""")

add("rust/decoy-firmware-hash", "kiln-thermo/src/firmware.rs", "https://docs.rs/sha2/latest/sha2/", r"""
//! Known-good firmware images for the thermocouple boards; an OTA image must match one of these.
use sha2::{Digest, Sha256};

pub struct Image {
    pub board: &'static str,
    pub version: &'static str,
    pub sha256: &'static str,
}

pub const KNOWN_IMAGES: &[Image] = &[
    Image { board: "kiln-tc-v2", version: "1.4.0", sha256: "@@h1@@" },
    Image { board: "kiln-tc-v2", version: "1.4.1", sha256: "@@h2@@" },
    Image { board: "raku-tc-v1", version: "0.9.3", sha256: "@@h3@@" },
];

pub fn verify(board: &str, image: &[u8]) -> Option<&'static str> {
    let digest = format!("{:x}", Sha256::digest(image));
    KNOWN_IMAGES
        .iter()
        .find(|i| i.board == board && i.sha256 == digest)
        .map(|i| i.version)
}
""", None, h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("cpp/decoy-include-reference", "firmware/glaze_room_scale/glaze_room_scale.ino", "https://docs.arduino.cc/arduino-cloud/getting-started/store-your-sensitive-data-in-sketches", r"""
// Glaze batch scale: HX711 load cell, posts each weighing to the glaze lab sheet endpoint.
#include <WiFiNINA.h>
#include <HX711.h>
#include "arduino_secrets.h"   // SECRET_SSID, SECRET_PASS (not in git for new boards)

char ssid[] = SECRET_SSID;
char pass[] = SECRET_PASS;

HX711 scale;
const int DOUT = 3, SCK_PIN = 2;

void setup() {
  Serial.begin(115200);
  scale.begin(DOUT, SCK_PIN);
  scale.set_scale(SCALE_CALIBRATION_FACTOR);
  scale.tare();
  while (WiFi.begin(ssid, pass) != WL_CONNECTED) {
    delay(5000);
  }
}

void loop() {
  float grams = scale.get_units(10);
  Serial.print(SCALE_ID);
  Serial.print(" ");
  Serial.println(grams, 1);
  delay(1000);
}
""")

add("notebook/decoy-getpass", "notebooks/kilnlink_history.ipynb", "https://docs.python.org/3/library/getpass.html", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# KilnLink firing history export\n", "Run the cells, type the KilnLink password when asked (it's not stored)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["KilnLink password: ········\n"]
    }
   ],
   "source": [
    "import getpass, requests\n",
    "EMAIL = 'studio.manager@claybarnstudio.com'\n",
    "PASSWORD = getpass.getpass('KilnLink password: ')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "s = requests.Session()\n",
    "s.post('https://kilnlink.skutt.com/Account/Login', data={'Email': EMAIL, 'Password': PASSWORD})\n",
    "history = s.get('https://kilnlink.skutt.com/Kiln/History', params={'name': 'KMT-3'}).text\n",
    "len(history)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("powershell/decoy-password-prompt", "it/scripts/New-InstructorAccount.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host", r"""
# Creates a Google Workspace account for a new instructor via GAM; the temp password is typed in.
param(
    [Parameter(Mandatory)] [string] $First,
    [Parameter(Mandatory)] [string] $Last
)

$email = ("{0}@mudroomclay.com" -f $First.ToLower())
$temp = Read-Host -Prompt "Temporary password for $email" -AsSecureString
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($temp))

gam create user $email firstname $First lastname $Last password $plain changepassword on org "/Teaching"
gam update group teaching@mudroomclay.com add member $email
Remove-Variable plain
Write-Host "Created $email (must change password at first sign-in)"
""")

add("sql/decoy-variable", "db/roles/create_reporting_role.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", r"""
-- Usage: psql -v reporting_password="$REPORTING_DB_PASSWORD" -f create_reporting_role.sql
\set ON_ERROR_STOP on

CREATE ROLE reporting LOGIN PASSWORD :'reporting_password';
GRANT CONNECT ON DATABASE booking TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON bookings_enrollment, bookings_course, memberships_membership TO reporting;
ALTER ROLE reporting SET statement_timeout = '30s';
""")

add("xml/decoy-integrated-auth", "GalleryPos/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax#windows-authentication-with-sqlclient", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="GalleryDb"
         connectionString="Data Source=GALLERY-PC\SQLEXPRESS;Initial Catalog=GalleryPos;Integrated Security=SSPI;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ReceiptPrinter" value="Star TSP143IIIU" />
    <add key="SumUpApiKey" value="" />
    <add key="CashDrawerKick" value="true" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""")

add("home-assistant/decoy-secret-reference", "homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r"""
homeassistant:
  name: Clay Barn Studio
  latitude: !secret home_latitude
  longitude: !secret home_longitude
  elevation: !secret home_elevation
  unit_system: us_customary
  time_zone: America/Chicago

default_config:

mqtt:
  sensor:
    - name: "Kiln 1 temperature"
      state_topic: "studio/kiln1/temp_c"
      unit_of_measurement: "°C"
      device_class: temperature

rest:
  - resource: https://kilnaid.bartinst.com/login.json
    method: POST
    payload: !secret kilnaid_login_payload
    scan_interval: 300
    sensor:
      - name: "Genesis kiln status"
        value_template: "{{ value_json.status }}"

notify:
  - name: kiln_crew
    platform: group
    services:
      - service: mobile_app_mia_iphone
      - service: mobile_app_sam_pixel
""")

add("log/decoy-device-log", "logs/kiln-monitor-serial.log", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-guides/wifi.html", r"""
ets Jun  8 2016 00:22:57
rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)
I (29) boot: ESP-IDF v4.4.6 2nd stage bootloader
I (412) wifi:wifi driver task: 3ffc1e4c, prio:23, stack:6656, core=0
I (431) wifi:wifi firmware version: @@fwv@@
*wm:[1] AutoConnect
*wm:[2] Connecting to SAVED AP: ClayBarn-IoT
*wm:[2] connectTimeout not set, ESP waitForConnectResult...
I (2410) wifi:connected with ClayBarn-IoT, aid = 3, channel 6, BW20, bssid = 78:45:58:c2:10:af
I (2411) wifi:security: WPA2-PSK, phy: bgn, rssi: -61
I (2431) wifi:pm start, type: 1
*wm:[1] AutoConnect: SUCCESS
*wm:[1] STA IP Address: 192.168.20.41
[mqtt] connecting to 192.168.20.5:1883 as kiln-monitor-1 ... rc=0
[ota] image sha256 @@img@@ verified
[tc] MAX31855 ok, cold junction 22.1C
""", None, fwv=hexs(7), img=hexs(64))

add("csv/decoy-vault-reference", "it/asset_register.csv", "https://www.cisa.gov/resources-tools/resources/cyber-essentials-toolkit", r"""
asset,type,location,serial,mac,ip,admin_account,credential_location,warranty_until
mudroom-nas,Synology DS923+,office closet,@@sn1@@,90:09:d0:4a:1e:33,192.168.1.10,it-admin,1Password: Studio IT/NAS admin,2026-08-01
unifi-gw,UniFi Dream Machine,office closet,@@sn2@@,74:ac:b9:10:02:9f,192.168.1.1,mudroom-admin,1Password: Studio IT/UniFi,2025-11-15
studio-pi,Raspberry Pi 4 8GB,kiln room,@@sn3@@,dc:a6:32:8e:41:07,192.168.20.5,kiln,1Password: Studio IT/studio-pi ssh,
kiln-1-ctrl,Genesis 2.0,kiln room,GN2-0041873,24:6f:28:a1:3c:9e,192.168.20.21,,KilnAid shared account (1Password),2025-04-12
gallery-ipad,iPad 10th gen,gallery,@@sn4@@,,dhcp,,Apple ID in 1Password: Gallery iPad,2025-02-20
frontdesk-pc,Dell OptiPlex 7010,front desk,@@sn5@@,b0:7b:25:66:c1:0e,192.168.1.50,frontdesk,Bitwarden: front desk PC,2026-01-09
""", None, sn1=tok(10, UPPER_DIGITS), sn2=tok(12, UPPER_DIGITS), sn3=hexs(16), sn4=tok(10, UPPER_DIGITS), sn5=tok(7, UPPER_DIGITS))

add("markdown/decoy-documentation-example", "docs/it/secrets-policy.md", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html", r"""
# Where studio secrets live

Nothing below is a real value; the shapes are here so staff recognise a key if they see one.

| Service          | Looks like                          | Lives in                          |
|------------------|-------------------------------------|-----------------------------------|
| Stripe secret    | `sk_live_...` (publishable: `pk_live_...`, fine in the browser) | 1Password "Stripe" |
| Square token     | `EAAA...` (64 chars)                | 1Password "Square POS"            |
| Shopify admin    | `shpat_` + 32 hex                   | 1Password + k8s secret            |
| Mailchimp        | `<32 hex>-us14`                     | 1Password "Mailchimp"             |
| Telegram bot     | `123456789:AA...`                   | studio-pi `/etc/kiln-alerts.env`  |

## Rules
1. Never paste a key into Slack, Discord, a doc or a commit. Use `op://` references.
2. If one leaks: rotate first, then tell Sam.
3. Publishable keys, client IDs, site keys and Square application IDs are public by design.
""")

add("python/decoy-env-reference", "studio/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", r'''
import os
from pathlib import Path

import dj_database_url
from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

# Production must set DJANGO_SECRET_KEY; a throwaway key is generated for local runs only.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or (get_random_secret_key() if DEBUG else None)
if not SECRET_KEY:
    raise RuntimeError("DJANGO_SECRET_KEY is not set")

DATABASES = {"default": dj_database_url.config(env="DATABASE_URL", conn_max_age=60)}

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
ACUITY_USER_ID = os.environ.get("ACUITY_USER_ID")
ACUITY_API_KEY = os.environ.get("ACUITY_API_KEY")

TIME_ZONE = "America/Chicago"
USE_TZ = True
''')

add("typescript/decoy-env-schema", "marketing/src/env.ts", "https://zod.dev/?id=strings", r"""
import { z } from "zod";

// Validated once at boot. Server-only values never get the NEXT_PUBLIC_ prefix.
const schema = z.object({
  NEXT_PUBLIC_SITE_URL: z.string().url(),
  NEXT_PUBLIC_RECAPTCHA_SITE_KEY: z.string().startsWith("6L").length(40),
  RECAPTCHA_SECRET_KEY: z.string().min(40),
  HUBSPOT_PRIVATE_APP_TOKEN: z.string().regex(/^pat-(na|eu)1-[0-9a-f-]{36}$/),
  CONTACT_FORM_TO: z.string().email(),
});

export const env = schema.parse({
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
  NEXT_PUBLIC_RECAPTCHA_SITE_KEY: process.env.NEXT_PUBLIC_RECAPTCHA_SITE_KEY,
  RECAPTCHA_SECRET_KEY: process.env.RECAPTCHA_SECRET_KEY,
  HUBSPOT_PRIVATE_APP_TOKEN: process.env.HUBSPOT_PRIVATE_APP_TOKEN,
  CONTACT_FORM_TO: process.env.CONTACT_FORM_TO,
});
""")

add("text/decoy-public-key", "site/.well-known/security.txt", "https://www.rfc-editor.org/rfc/rfc9116", r"""
Contact: mailto:it@mudroomclay.com
Expires: 2025-06-30T23:00:00.000Z
Preferred-Languages: en
Canonical: https://mudroomclay.com/.well-known/security.txt
Encryption: https://mudroomclay.com/.well-known/pgp-key.txt

# Our public key, for encrypting reports to us:
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZf@@k1@@
@@k2@@
@@k3@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", None, k1=tok(58, B64CHARS), k2=tok(64, B64CHARS), k3=tok(40, B64CHARS), crc=tok(4, B64CHARS))

add("ruby/decoy-sentry-dsn", "config/initializers/sentry.rb", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r"""
# The DSN only lets a client *send* events to this project; Sentry documents it as safe to expose.
Sentry.init do |config|
  config.dsn = "https://@@pub@@@o@@org@@.ingest.us.sentry.io/@@proj@@"
  config.breadcrumbs_logger = [:active_support_logger, :http_logger]
  config.traces_sample_rate = 0.1
  config.send_default_pii = false
  config.environment = Rails.env
  config.release = ENV.fetch("GIT_SHA", "dev")
  config.excluded_exceptions += ["ActionController::RoutingError"]
end
""", None, pub=hexs(32), org=str(_rng().randint(10**5, 10**7)), proj=str(_rng().randint(10**6, 10**7)))

add("liquid/decoy-pixel-id", "theme/snippets/meta-pixel.liquid", "https://developers.facebook.com/docs/meta-pixel/get-started", r"""
<!-- Meta Pixel (ads for the holiday sale). The pixel id is public: it appears in every page's source. -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '@@pixel@@');
  fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
  src="https://www.facebook.com/tr?id=@@pixel@@&ev=PageView&noscript=1"/></noscript>
""", None, pixel=str(_rng().randint(10**14, 10**16)))

add("javascript/decoy-search-only-key", "theme/assets/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r"""
// Instant search on the shop. The search-only key can only query the public index (safe in the browser).
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits, refinementList } from "instantsearch.js/es/widgets";

const searchClient = algoliasearch("@@app@@", "@@key@@");

const search = instantsearch({ indexName: "shop_products", searchClient });
search.addWidgets([
  searchBox({ container: "#search", placeholder: "Search mugs, bowls, vases..." }),
  refinementList({ container: "#glaze", attribute: "glaze" }),
  hits({
    container: "#hits",
    templates: {
      item: (hit, { html, components }) => html`<a href="/products/${hit.objectID}">
        <img src="${hit.image}" alt="" /><span>${components.Highlight({ hit, attribute: "title" })}</span></a>`,
    },
  }),
]);
search.start();
""", None, app=tok(10, UPPER_DIGITS), key=hexs(32))

# (end of cases)
