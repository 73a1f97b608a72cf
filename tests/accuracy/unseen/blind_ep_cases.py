"""Blind set EP: escape rooms and immersive entertainment venues.

Booking systems (Bookeo, Resova, FareHarbor, Xola, Checkfront, Stripe, Square), waivers
(Smartwaiver, WaiverForever), puzzle prop controllers (Arduino, ESP32/ESPHome, MicroPython,
NodeMCU, Tasmota, Raspberry Pi), game-master dashboards, MQTT brokers and show control
(Mosquitto, HiveMQ, Node-RED, Home Assistant, QLab), CCTV and streaming (Frigate, Hikvision,
motion, OBS), marketing (Mailchimp, Klaviyo, Meta, Google Ads, SendGrid, Twilio), and the
infrastructure they run on, with their decoys. Generated fakes only (seeds 1520000-1529999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_LOW, SEED_HIGH = 1_520_000, 1_529_999
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """`n` characters with an upper, a lower and a digit, as generators issue them (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            break
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


WORDS = ["Harbor", "Cobalt", "Falcon", "Juniper", "Marlin", "Tinder", "Oxbow", "Quill", "Saffron", "Brisket",
         "Gossamer", "Ferrule", "Kettle", "Nimbus", "Paprika", "Rookery", "Sprocket", "Vellum", "Wicket", "Zephyr"]
LOWER = ["velvet", "anchor", "turnip", "glacier", "pocket", "ember", "walrus", "lantern", "mango", "copper",
         "thimble", "orchard", "biscuit", "quarry", "saddle", "nectar"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*@&") + r.choice(WORDS) + str(r.randint(10, 9999))


def phrase_pw() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(2, 98))


def gen_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def uuid4() -> str:
    return fakes.uuid4(_seed())


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{draw(43, URLSAFE)}"


def rand_bytes_b64(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def _wrap(body: str, width: int) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def rsa_key(lines: int = 16, pkcs8: bool = False) -> str:
    r = _rng()
    head = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" if pkcs8 else "MIIEowIBAAKCAQEA"
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) + 26)) + "=="
    label = "PRIVATE KEY" if pkcs8 else "RSA PRIVATE KEY"
    return f"-----BEGIN {label}-----\n{_wrap(body, 64)}\n-----END {label}-----"


def ec_key() -> str:
    r = _rng()
    body = "MHcCAQEEI" + "".join(r.choice(B64) for _ in range(55)) + "oAoGCCqGSM49AwEHoUQDQgAE" \
        + "".join(r.choice(B64) for _ in range(88))
    return f"-----BEGIN EC PRIVATE KEY-----\n{_wrap(body, 64)}\n-----END EC PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA"
    body = head + "".join(r.choice(B64) for _ in range(399 - len(head))) + "="
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{_wrap(body, 70)}\n-----END OPENSSH PRIVATE KEY-----"


def ssh_pub(comment: str) -> str:
    return f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{draw(43, B64)} {comment}"


def cert_pem(lines: int = 12) -> str:
    r = _rng()
    head = "MIIDdzCCAl+gAwIBAgIU"
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) + 39)) + "="
    return f"-----BEGIN CERTIFICATE-----\n{_wrap(body, 64)}\n-----END CERTIFICATE-----"


CRYPT = "./" + ALNUM


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, CRYPT)


def sha512crypt() -> str:
    return "$6$" + draw(16, CRYPT) + "$" + draw(86, CRYPT)


def slack_bot() -> str:
    return f"xoxb-{digits(12)}-{digits(13)}-{mixed(24)}"


def slack_webhook() -> str:
    return f"https://hooks.slack.com/services/T{draw(10, UPPER_DIGITS)}/B{draw(10, UPPER_DIGITS)}/{mixed(24)}"


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/{draw(68, URLSAFE)}"


def mapbox(prefix: str, user: str) -> str:
    claim = b64url(json.dumps({"u": user, "a": "cl" + draw(23, LOWER_DIGITS)}, separators=(",", ":")).encode())
    return f"{prefix}.{claim}.{draw(22, URLSAFE)}"


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def T(template: str, **values: str) -> str:
    """The template with its <<name>> markers filled (a leading newline dropped)."""
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        marker = f"<<{key}>>"
        assert marker in text, key
        text = text.replace(marker, value)
    assert not re.search(r"<<[a-z0-9_]+>>", text), text[:80]
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    assert not kind.startswith("decoy")
    CASES.append(LabelledCase(f"blind-ep/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    assert kind.startswith("decoy-")
    CASES.append(LabelledCase(f"blind-ep/{fmt}/{kind}", file_name, text, None, source))


# ---------------------------------------------------------------- booking systems and payments

def _booking() -> None:
    api, secret = draw(40, UPPER_DIGITS), mixed(32)
    S("python", "bookeo-secret-key", "ops/sync/bookeo_sync.py", T(r'''
"""Nightly pull of Bookeo bookings into the ops database (runs on the office NUC)."""
import datetime as dt

import requests

BOOKEO_API = "https://api.bookeo.com/v2"
API_KEY = "<<api>>"
SECRET_KEY = "<<secret>>"


def fetch_bookings(day: dt.date) -> list:
    params = {
        "apiKey": API_KEY,
        "secretKey": SECRET_KEY,
        "startTime": f"{day.isoformat()}T00:00:00Z",
        "endTime": f"{(day + dt.timedelta(days=1)).isoformat()}T00:00:00Z",
        "itemsPerPage": 100,
        "expandParticipants": "true",
    }
    resp = requests.get(f"{BOOKEO_API}/bookings", params=params, timeout=30)
    resp.raise_for_status()
    return resp.json().get("data", [])


if __name__ == "__main__":
    for b in fetch_bookings(dt.date.today()):
        print(b["bookingNumber"], b["productName"], b["startTime"])
''', api=api, secret=secret), secret, "https://www.bookeo.com/apiref/ (apiKey and secretKey query parameters)")

    key = mixed(40)
    S("php", "resova-api-key", "wp-content/plugins/ew-resova-slots/ew-resova-slots.php", T(r'''
<?php
/**
 * Plugin Name: EW Resova Slots
 * Description: Server-side proxy so the booking calendar never talks to Resova from the browser.
 * Version: 1.3.0
 */

define( 'EW_RESOVA_BASE', 'https://api.resova.us/v1' );
define( 'EW_RESOVA_KEY', '<<key>>' );

function ew_resova_availability( $item_id, $date ) {
	$response = wp_remote_get(
		EW_RESOVA_BASE . '/availability/calendar?item_id=' . intval( $item_id ) . '&date=' . rawurlencode( $date ),
		array(
			'headers' => array(
				'X-API-KEY' => EW_RESOVA_KEY,
				'Accept'    => 'application/json',
			),
			'timeout' => 15,
		)
	);
	if ( is_wp_error( $response ) ) {
		return array();
	}
	return json_decode( wp_remote_retrieve_body( $response ), true );
}

add_action( 'rest_api_init', function () {
	register_rest_route( 'ew/v1', '/slots/(?P<item>\d+)', array(
		'methods'             => 'GET',
		'permission_callback' => '__return_true',
		'callback'            => function ( $req ) {
			return ew_resova_availability( $req['item'], $req->get_param( 'date' ) );
		},
	) );
} );
''', key=key), key, "Resova developer docs: X-API-KEY header on api.resova.us/v1")

    app, user = uuid4(), uuid4()
    S("env", "fareharbor-user-key", "services/availability/.env", T(r'''
# FareHarbor External API - keys issued by FH support for escapeworksleeds
FAREHARBOR_COMPANY=escapeworksleeds
FAREHARBOR_APP_KEY=<<app>>
FAREHARBOR_USER_KEY=<<user>>
FAREHARBOR_BASE_URL=https://fareharbor.com/api/external/v1
SYNC_LOOKAHEAD_DAYS=21
TZ=Europe/London
''', app=app, user=user), user, "FareHarbor External API v1: X-FareHarbor-API-App and X-FareHarbor-API-User keys")

    D("html", "decoy-public-id", "site/rooms/index.html", T(r'''
<section class="rooms">
  <!-- FareHarbor lightframe: company shortname and item ids are public, they are in every Book button -->
  <script src="https://fareharbor.com/embeds/api/v1/?autolightframe=yes"></script>
  <article class="room" data-room="pharaoh">
    <h2>The Pharaoh's Tomb</h2>
    <p>60 minutes &middot; 2-6 players &middot; difficulty 4/5</p>
    <a href="https://fareharbor.com/embeds/book/escapeworksleeds/items/412387/?full-items=yes&flow=1087222"
       class="btn btn-book">Book now</a>
  </article>
  <article class="room" data-room="submarine">
    <h2>Dive! Dive! Dive!</h2>
    <p>75 minutes &middot; 3-8 players &middot; difficulty 3/5</p>
    <a href="https://fareharbor.com/embeds/book/escapeworksleeds/items/412391/?full-items=yes&flow=1087222"
       class="btn btn-book">Book now</a>
  </article>
</section>
'''), "FareHarbor embed docs: lightframe Book Now links")

    key = mixed(40)
    S("js", "xola-api-key", "scripts/sync-xola-experiences.js", T(r'''
// Pulls experiences and schedules from Xola and writes them to the GM dashboard's cache.
const axios = require('axios');
const fs = require('fs/promises');

const SELLER_ID = '5d8f1c2e4b0a9f0012a3b4c5';

const xola = axios.create({
  baseURL: 'https://xola.com/api',
  headers: {
    'X-API-KEY': '<<key>>',
    'X-API-VERSION': '2020-05-04',
  },
  timeout: 20000,
});

async function main() {
  const { data } = await xola.get('/experiences', { params: { seller: SELLER_ID, limit: 50 } });
  const rooms = data.data.map((e) => ({ id: e.id, name: e.name, duration: e.duration }));
  await fs.writeFile('cache/experiences.json', JSON.stringify(rooms, null, 2));
  console.log(`cached ${rooms.length} experiences`);
}

main().catch((err) => {
  console.error(err.response ? err.response.data : err);
  process.exit(1);
});
''', key=key), key, "Xola API docs: X-API-KEY and X-API-VERSION headers")

    ckey, csecret = hexs(40), hexs(64)
    S("ruby", "checkfront-api-secret", "lib/checkfront_client.rb", T(r'''
# frozen_string_literal: true

require "net/http"
require "json"

# Thin client for the Checkfront 3.0 API, used by the Sunday reconciliation rake task.
class CheckfrontClient
  HOST = "mysteryhouse.checkfront.com"
  API_KEY = "<<ckey>>"
  API_SECRET = "<<csecret>>"

  def bookings(status: "PAID", start_date: Date.today)
    uri = URI("https://#{HOST}/api/3.0/booking?status_id=#{status}&start_date=#{start_date}")
    req = Net::HTTP::Get.new(uri)
    req.basic_auth(API_KEY, API_SECRET)
    req["X-On-Behalf"] = "Off"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    raise "checkfront #{res.code}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body).fetch("booking/index", {})
  end
end
''', ckey=ckey, csecret=csecret), csecret, "Checkfront API 3.0: token pair sent as HTTP Basic auth")

    sk = "sk_live_51" + mixed(97)
    S("yaml", "stripe-secret-key", "config/payments.yml", T(r'''
# Gift vouchers and booking deposits
default: &default
  provider: stripe
  currency: gbp
  deposit_percent: 25
  voucher_validity_months: 12

production:
  <<: *default
  stripe:
    secret_key: <<sk>>
    statement_descriptor: ESCAPEWORKS
    account_country: GB

development:
  <<: *default
  stripe:
    secret_key: <%= ENV["STRIPE_TEST_SECRET_KEY"] %>
''', sk=sk), sk, "https://docs.stripe.com/keys (sk_live_ secret keys)")

    pk = "pk_live_51" + mixed(97)
    D("yaml", "decoy-publishable-key", "widget/config.yml", T(r'''
# Rendered into the public booking widget bundle. Only browser-safe values belong here.
stripe:
  publishable_key: <<pk>>
  locale: en-GB
  payment_methods: [card, apple_pay, google_pay]
booking:
  max_players: 8
  hold_minutes: 10
  show_remaining_slots: true
''', pk=pk), "https://docs.stripe.com/keys (publishable keys are meant for client code)")

    wh = "whsec_" + mixed(32)
    S("go", "stripe-webhook-secret", "internal/payments/webhook.go", T(r'''
package payments

import (
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v76/webhook"
)

// endpointSecret signs events for https://book.lockedinrooms.co/stripe/webhook
const endpointSecret = "<<wh>>"

func StripeWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		http.Error(w, "read error", http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		log.Printf("stripe signature: %v", err)
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "checkout.session.completed":
		confirmBooking(event.Data.Raw)
	case "charge.refunded":
		releaseSlot(event.Data.Raw)
	}
	w.WriteHeader(http.StatusOK)
}
''', wh=wh), wh, "https://docs.stripe.com/webhooks#verify-official-libraries (whsec_ signing secret)")

    app_id = "sq0idp-" + draw(22, URLSAFE)
    token = "EAAA" + draw(60, URLSAFE)
    S("properties", "square-access-token", "android/gradle.properties", T(r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
# Square Terminal API for the front-desk tablet (walk-in bookings)
SQUARE_APPLICATION_ID=<<app_id>>
SQUARE_ACCESS_TOKEN=<<token>>
SQUARE_LOCATION_ID=L8ZQ4XK2T0R3M
SQUARE_ENVIRONMENT=production
''', app_id=app_id, token=token), token, "Square developer docs: production access tokens start EAAA")

    D("js", "decoy-env-reference", "api/src/payments/stripe.js", T(r'''
import Stripe from 'stripe';

if (!process.env.STRIPE_SECRET_KEY) {
  throw new Error('STRIPE_SECRET_KEY is not set (see 1Password: "Stripe - live")');
}

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, {
  apiVersion: '2024-06-20',
  appInfo: { name: 'lockedin-booking', version: '2.4.1' },
});

export async function createDepositSession({ bookingId, amountPence, email }) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    customer_email: email,
    line_items: [{ price_data: { currency: 'gbp', unit_amount: amountPence, product_data: { name: 'Booking deposit' } }, quantity: 1 }],
    metadata: { bookingId },
    success_url: `${process.env.PUBLIC_URL}/booked/${bookingId}`,
    cancel_url: `${process.env.PUBLIC_URL}/rooms`,
  });
}
'''), "https://github.com/stripe/stripe-node (key read from the environment)")

    pw = words_pw()
    S("sql", "postgres-role-password", "db/migrations/0007_reporting_role.sql", T(r'''
-- 0007: read-only role for the Metabase occupancy dashboards
BEGIN;

CREATE ROLE reporting LOGIN PASSWORD '<<pw>>' CONNECTION LIMIT 5;
GRANT CONNECT ON DATABASE bookings TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON bookings, rooms, sessions, vouchers TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;

COMMIT;
''', pw=pw), pw, "https://www.postgresql.org/docs/current/sql-createrole.html")

    hashes = [bcrypt_hash() for _ in range(4)]
    D("sql", "decoy-password-hash", "db/seeds/staff_users.sql", T(r'''
-- Seed game masters for the staging dashboard. Hashes only (bcrypt, cost 12);
-- everyone resets on first login.
INSERT INTO staff_users (email, display_name, role, password_hash, must_reset) VALUES
  ('amira@lockedinrooms.co', 'Amira', 'manager', '<<h0>>', true),
  ('tomasz@lockedinrooms.co', 'Tomasz', 'gm', '<<h1>>', true),
  ('keeley@lockedinrooms.co', 'Keeley', 'gm', '<<h2>>', true),
  ('frontdesk@lockedinrooms.co', 'Front desk', 'desk', '<<h3>>', true)
ON CONFLICT (email) DO NOTHING;
''', h0=hashes[0], h1=hashes[1], h2=hashes[2], h3=hashes[3]), "bcrypt modular crypt format ($2b$, cost 12)")

    pw = gen_pw(22, "!#%")
    S("json", "sqlserver-connection-string", "src/BackOffice/appsettings.Production.json", T(r'''
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Bookings": "Server=tcp:puzzlebox-sql.database.windows.net,1433;Initial Catalog=bookings;User ID=backoffice_app;Password=<<pw>>;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Venue": {
    "Name": "Puzzlebox Manchester",
    "TimeZone": "GMT Standard Time",
    "Rooms": [ "Heist", "Asylum", "Observatory" ]
  },
  "AllowedHosts": "*"
}
''', pw=pw), pw, "https://learn.microsoft.com/en-us/azure/azure-sql/database/connect-query-dotnet-core")

    D("json", "decoy-placeholder", "src/BackOffice/appsettings.json", T(r'''
{
  "ConnectionStrings": {
    "Bookings": "Server=tcp:#{SqlServer}#,1433;Initial Catalog=bookings;User ID=backoffice_app;Password=#{SqlPassword}#;Encrypt=True;"
  },
  "Smtp": {
    "Host": "smtp.office365.com",
    "Port": 587,
    "User": "bookings@puzzlebox.example",
    "Password": "#{SmtpPassword}#"
  },
  "Venue": {
    "Name": "Puzzlebox Manchester",
    "TimeZone": "GMT Standard Time"
  }
}
'''), "Azure DevOps Replace Tokens task (#{Variable}# tokens)")

    pw = gen_pw(24, "!^*(")
    salts = [draw(64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|") for _ in range(2)]
    S("php", "wordpress-db-password", "wp-config.php", T(r'''
<?php
/** Marketing site for Enigma Quarters - managed WordPress on the VPS */
define( 'DB_NAME', 'enigma_wp' );
define( 'DB_USER', 'enigma_wp' );
define( 'DB_PASSWORD', '<<pw>>' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         '<<s0>>' );
define( 'SECURE_AUTH_KEY',  '<<s1>>' );

$table_prefix = 'eq_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', pw=pw, s0=salts[0], s1=salts[1]), pw, "https://developer.wordpress.org/apis/wp-config-php/")

    D("php", "decoy-vendor-example", "wp-config-sample.php", T(r'''
<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
'''), "WordPress wp-config-sample.php as shipped")


# ---------------------------------------------------------------- waivers

def _waivers() -> None:
    key = draw(32, LOWER_DIGITS)
    S("python", "smartwaiver-api-key", "tools/waivers/match_waivers.py", T(r'''
"""Match yesterday's signed waivers to bookings so GMs see who still has to sign."""
from datetime import date, timedelta

import requests

SW_BASE = "https://api.smartwaiver.com/v4"
SW_HEADERS = {"sw-api-key": "<<key>>"}
TEMPLATE_ID = "5f3c2a1b9e8d7"


def signed_since(day: date) -> list:
    resp = requests.get(
        f"{SW_BASE}/waivers",
        headers=SW_HEADERS,
        params={"templateId": TEMPLATE_ID, "fromDts": f"{day}T00:00:00", "limit": 100},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["waivers"]


if __name__ == "__main__":
    for w in signed_since(date.today() - timedelta(days=1)):
        print(w["waiverId"], w["firstName"], w["lastName"], w["isMinor"])
''', key=key), key, "Smartwaiver API v4: sw-api-key header")

    key = mixed(36)
    S("js", "waiverforever-api-key", "netlify/functions/waiver-status.js", T(r'''
// GET /.netlify/functions/waiver-status?booking=ABC123
const WF_API = 'https://api.waiverforever.com/openapi/v1';
const WF_KEY = '<<key>>';

exports.handler = async (event) => {
  const booking = event.queryStringParameters.booking;
  const res = await fetch(`${WF_API}/waiver/search`, {
    method: 'POST',
    headers: { 'X-Api-Key': WF_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ search_term: booking, page: 1, per_page: 20 }),
  });
  if (!res.ok) {
    return { statusCode: 502, body: 'waiver lookup failed' };
  }
  const { data } = await res.json();
  const signed = data.waivers.filter((w) => w.status === 'approved').length;
  return { statusCode: 200, body: JSON.stringify({ booking, signed }) };
};
''', key=key), key, "WaiverForever Open API: X-Api-Key header")

    D("markdown", "decoy-redacted", "docs/runbooks/waiver-kiosk.md", T(r'''
# Waiver kiosk (lobby iPads)

The two lobby iPads run Smartwaiver's kiosk app in Guided Access.

## If the kiosk shows "Invalid API key"

1. Log in to the Smartwaiver dashboard as ops@ (credentials in 1Password, vault *Front of House*).
2. Account > API Keys. Our key is labelled `lobby-kiosk`, it ends in `...c41e`.
3. On the iPad: Settings > Smartwaiver > API key, paste the key from 1Password.
   The screenshot below shows the field; the value is blurred on purpose:

   `sw-api-key: ********************************`

4. Triple-click the side button to re-enter Guided Access (passcode is with the duty manager).

Never paste the key in Slack. If it has been, rotate it in the dashboard first, then update 1Password.
'''), "Smartwaiver kiosk app documentation (redacted runbook)")

    D("swift", "decoy-keychain-lookup", "KioskApp/Sources/Waivers/WaiverClient.swift", T(r'''
import Foundation
import Security

enum KeychainError: Error { case missing, unreadable }

struct WaiverClient {
    static let base = URL(string: "https://api.smartwaiver.com/v4")!

    /// The key is provisioned once through the admin screen and stored in the Keychain.
    static func apiKey() throws -> String {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "co.lockedin.kiosk.smartwaiver",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess else { throw KeychainError.missing }
        guard let data = item as? Data, let key = String(data: data, encoding: .utf8) else { throw KeychainError.unreadable }
        return key
    }

    func request(path: String) throws -> URLRequest {
        var req = URLRequest(url: Self.base.appendingPathComponent(path))
        req.setValue(try Self.apiKey(), forHTTPHeaderField: "sw-api-key")
        return req
    }
}
'''), "Apple Keychain Services (SecItemCopyMatching)")

    key = draw(32, LOWER_DIGITS)
    S("swift", "smartwaiver-api-key", "KioskLite/KioskLite/Config.swift", T(r'''
import Foundation

// Quick build for the pop-up venue at the festival; no admin screen yet.
enum Config {
    static let venueName = "Locked In - Pop Up"
    static let smartwaiverTemplate = "6a1d0c7e3b2f9"
    static let smartwaiverKey = "<<key>>"
    static let idleResetSeconds: TimeInterval = 90
    static let supportPhone = "+44 113 496 0123"
}
''', key=key), key, "Smartwaiver API v4: sw-api-key header")


# ---------------------------------------------------------------- puzzle props: microcontrollers and Pis

def _props() -> None:
    pw = words_pw()
    S("c-header", "wifi-password", "props/submarine-periscope/arduino_secrets.h", T(r'''
// arduino_secrets.h - Room 2 (Submarine) periscope prop, Nano 33 IoT
// Shown as the "Secret" tab in the Arduino IDE.
#define SECRET_SSID "EW-Props-2G"
#define SECRET_PASS "<<pw>>"
#define SECRET_MQTT_HOST "10.40.0.5"
#define SECRET_MQTT_PORT 1883
''', pw=pw), pw, "Arduino docs: arduino_secrets.h / Secret tab (SECRET_SSID, SECRET_PASS)")

    D("c-header", "decoy-placeholder", "props/_template/arduino_secrets.h.example", T(r'''
// Copy to arduino_secrets.h (git-ignored) and fill in for your venue.
#define SECRET_SSID "your-props-ssid"
#define SECRET_PASS "your-wifi-password"
#define SECRET_MQTT_HOST "192.168.1.10"
#define SECRET_MQTT_USER "prop-name-here"
#define SECRET_MQTT_PASS "see-1password"
''',), "Arduino docs: arduino_secrets.h template")

    pw = gen_pw(16)
    S("arduino", "mqtt-password", "props/library-bookcase/library-bookcase.ino", T(r'''
// Library room: hidden bookcase door. Three books on reed switches, maglock on relay 1.
#include <WiFiNINA.h>
#include <PubSubClient.h>
#include "arduino_secrets.h"

const int REED_PINS[3] = {2, 3, 4};
const int MAGLOCK_RELAY = 7;

WiFiClient net;
PubSubClient mqtt(net);

void reconnect() {
  while (!mqtt.connected()) {
    if (mqtt.connect("library-bookcase", "bookcase", "<<pw>>",
                     "er/library/bookcase/status", 1, true, "offline")) {
      mqtt.publish("er/library/bookcase/status", "online", true);
      mqtt.subscribe("er/library/bookcase/cmd");
    } else {
      delay(2000);
    }
  }
}

void onMessage(char* topic, byte* payload, unsigned int len) {
  if (len == 4 && memcmp(payload, "open", 4) == 0) digitalWrite(MAGLOCK_RELAY, LOW);
  if (len == 5 && memcmp(payload, "reset", 5) == 0) digitalWrite(MAGLOCK_RELAY, HIGH);
}

void setup() {
  for (int i = 0; i < 3; i++) pinMode(REED_PINS[i], INPUT_PULLUP);
  pinMode(MAGLOCK_RELAY, OUTPUT);
  digitalWrite(MAGLOCK_RELAY, HIGH);
  WiFi.begin(SECRET_SSID, SECRET_PASS);
  mqtt.setServer(SECRET_MQTT_HOST, 1883);
  mqtt.setCallback(onMessage);
}

void loop() {
  if (!mqtt.connected()) reconnect();
  mqtt.loop();
  bool solved = true;
  for (int i = 0; i < 3; i++) solved &= digitalRead(REED_PINS[i]) == LOW;
  if (solved) {
    digitalWrite(MAGLOCK_RELAY, LOW);
    mqtt.publish("er/library/bookcase/event", "solved");
    delay(5000);
  }
}
''', pw=pw), pw, "PubSubClient API: connect(id, user, pass, willTopic, willQos, willRetain, willMessage)")

    D("arduino", "decoy-puzzle-solution", "props/vault-keypad/vault-keypad.ino", T(r'''
// Heist room: the vault keypad. The combination is the puzzle answer players find on the
// painting (year the bank opened); it is printed in the GM cheat sheet too.
#include <Keypad.h>

const char SOLUTION[] = "1887";
const char RESET_CODE[] = "*0#";
const byte ROWS = 4, COLS = 3;
char keys[ROWS][COLS] = {{'1','2','3'},{'4','5','6'},{'7','8','9'},{'*','0','#'}};
byte rowPins[ROWS] = {9, 8, 7, 6};
byte colPins[COLS] = {5, 4, 3};
Keypad pad = Keypad(makeKeymap(keys), rowPins, colPins, ROWS, COLS);

char entered[5];
byte pos = 0;
const int VAULT_SOLENOID = 12;

void setup() {
  pinMode(VAULT_SOLENOID, OUTPUT);
  Serial.begin(115200);
}

void loop() {
  char k = pad.getKey();
  if (!k) return;
  entered[pos++] = k;
  if (pos == 4) {
    entered[4] = '\0';
    if (strcmp(entered, SOLUTION) == 0) {
      digitalWrite(VAULT_SOLENOID, HIGH);
      Serial.println("VAULT:SOLVED");
    } else {
      Serial.println("VAULT:WRONG");
    }
    pos = 0;
  }
}
'''), "Arduino Keypad library example (puzzle combination, not a credential)")

    pw = phrase_pw()
    S("python", "micropython-mqtt-password", "props/alchemist-scales/main.py", T(r'''
# Alchemist room: balance scales (HX711) on an ESP32 running MicroPython.
import time

import machine
from umqtt.simple import MQTTClient

from hx711 import HX711

BROKER = "10.40.0.5"
CLIENT_ID = b"alchemist-scales"
TARGET_GRAMS = 742
TOLERANCE = 15

scale = HX711(d_out=5, pd_sck=4)
scale.tare()

client = MQTTClient(CLIENT_ID, BROKER, user="props", password="<<pw>>", keepalive=30)
client.set_last_will(b"er/alchemist/scales/status", b"offline", retain=True)
client.connect()
client.publish(b"er/alchemist/scales/status", b"online", retain=True)

solved = False
while True:
    grams = scale.read_grams()
    if not solved and abs(grams - TARGET_GRAMS) <= TOLERANCE:
        solved = True
        client.publish(b"er/alchemist/scales/event", b"solved")
    client.check_msg()
    time.sleep_ms(200)
    if machine.Pin(0, machine.Pin.IN).value() == 0:
        solved = False
''', pw=pw), pw, "MicroPython umqtt.simple: MQTTClient(client_id, server, user=, password=)")

    pw = words_pw()
    S("python", "micropython-wifi-password", "props/alchemist-scales/boot.py", T(r'''
# boot.py - runs on every boot before main.py
import network
import time

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.config(dhcp_hostname="alchemist-scales")
if not wlan.isconnected():
    wlan.connect("EW-Props-2G", "<<pw>>")
    for _ in range(40):
        if wlan.isconnected():
            break
        time.sleep_ms(250)
print("network", wlan.ifconfig())
''', pw=pw), pw, "MicroPython network.WLAN docs: wlan.connect(ssid, key)")

    key = rand_bytes_b64(32)
    S("yaml", "esphome-api-encryption-key", "esphome/observatory-telescope.yaml", T(r'''
esphome:
  name: observatory-telescope
  friendly_name: Observatory telescope prop

esp32:
  board: esp32dev

logger:

api:
  encryption:
    key: "<<key>>"

ota:
  - platform: esphome

wifi:
  ssid: !secret props_ssid
  password: !secret props_wifi_password

stepper:
  - platform: a4988
    id: dome_motor
    step_pin: GPIO25
    dir_pin: GPIO26
    max_speed: 250 steps/s

binary_sensor:
  - platform: gpio
    pin: { number: GPIO14, mode: INPUT_PULLUP, inverted: true }
    name: "Star alignment switch"
''', key=key), key, "https://esphome.io/components/api.html (encryption key: 32 bytes, base64)")

    D("yaml", "decoy-secret-reference", "esphome/lighthouse-lamp.yaml", T(r'''
esphome:
  name: lighthouse-lamp
  friendly_name: Lighthouse lamp

esp8266:
  board: d1_mini

api:
  encryption:
    key: !secret lighthouse_api_key

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret props_ssid
  password: !secret props_wifi_password
  ap:
    ssid: "Lighthouse Fallback"
    password: !secret fallback_ap_password

light:
  - platform: neopixelbus
    type: GRB
    variant: WS2812
    pin: GPIO3
    num_leds: 24
    name: "Lamp ring"
'''), "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file")

    pw = words_pw()
    S("conf", "wpa-psk", "pi-images/gm-display/boot/wpa_supplicant.conf", T(r'''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="EW-Backstage"
    psk="<<pw>>"
    key_mgmt=WPA-PSK
    priority=10
}
''', pw=pw), pw, "wpa_supplicant.conf(5): psk= passphrase")

    psk = hexs(64)
    S("conf", "wpa-psk-hex", "pi-images/timer-screens/wpa_supplicant.conf", T(r'''
# generated with wpa_passphrase, plaintext line removed
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=IE

network={
	ssid="Cluedup-Staff"
	psk=<<psk>>
}
''', psk=psk), psk, "wpa_passphrase(8): 256-bit PSK as 64 hex digits")

    h = sha512crypt()
    D("shell", "decoy-password-hash", "pi-images/common/firstrun.sh", T(r'''
#!/bin/bash
# Raspberry Pi Imager style first-boot script for prop Pis. The password is a SHA-512 crypt hash.
set +e

CURRENT_HOSTNAME=$(tr -d " \t\n\r" < /etc/hostname)
NEW_HOSTNAME="${PROP_NAME:-prop-unnamed}"
echo "$NEW_HOSTNAME" > /etc/hostname
sed -i "s/127.0.1.1.*$CURRENT_HOSTNAME/127.0.1.1\t$NEW_HOSTNAME/g" /etc/hosts

FIRSTUSER=$(getent passwd 1000 | cut -d: -f1)
echo "$FIRSTUSER:"'<<h>>' | chpasswd -e
systemctl enable ssh

install -o "$FIRSTUSER" -m 700 -d /home/"$FIRSTUSER"/.ssh
install -o "$FIRSTUSER" -m 600 /boot/firmware/authorized_keys /home/"$FIRSTUSER"/.ssh/authorized_keys

rm -f /boot/firmware/firstrun.sh
sed -i 's| systemd.run.*||g' /boot/firmware/cmdline.txt
exit 0
''', h=h), "chpasswd(8) -e: encrypted (crypt(3) SHA-512) passwords")

    pw = words_pw()
    S("shell", "chpasswd-plaintext", "ansible-free/provision_prop_pi.sh", T(r'''
#!/usr/bin/env bash
# Usage: sudo ./provision_prop_pi.sh <hostname>
# Turns a fresh Raspberry Pi OS Lite into a prop controller.
set -euo pipefail

HOST="${1:?hostname}"
hostnamectl set-hostname "$HOST"

apt-get update
apt-get install -y python3-pip python3-gpiozero mosquitto-clients pigpio

id gm >/dev/null 2>&1 || useradd -m -G gpio,i2c,spi,video -s /bin/bash gm
echo 'gm:<<pw>>' | chpasswd

systemctl enable --now pigpiod
install -m 644 ./prop-controller.service /etc/systemd/system/prop-controller.service
systemctl daemon-reload
systemctl enable prop-controller
echo "provisioned $HOST"
''', pw=pw), pw, "chpasswd(8): user:password pairs on stdin")

    pw = gen_pw(20)
    S("systemd", "environment-password", "deploy/systemd/prop-controller.service", T(r'''
[Unit]
Description=Escape room prop controller (GPIO <-> MQTT bridge)
After=network-online.target pigpiod.service
Wants=network-online.target

[Service]
User=gm
WorkingDirectory=/opt/prop-controller
Environment=MQTT_HOST=10.40.0.5
Environment=MQTT_USER=prop-%H
Environment=MQTT_PASSWORD=<<pw>>
Environment=PYTHONUNBUFFERED=1
ExecStart=/opt/prop-controller/.venv/bin/python -m propctl
Restart=always
RestartSec=3

[Install]
WantedBy=multi-user.target
''', pw=pw), pw, "systemd.exec(5): Environment=")

    D("systemd", "decoy-env-file", "deploy/systemd/gm-dashboard.service", T(r'''
[Unit]
Description=Game master dashboard
After=network-online.target mosquitto.service
Wants=network-online.target

[Service]
User=gmdash
WorkingDirectory=/opt/gm-dashboard
EnvironmentFile=/etc/gm-dashboard/env
LoadCredential=mqtt-password:/etc/gm-dashboard/credentials/mqtt-password
LoadCredential=session-key:/etc/gm-dashboard/credentials/session-key
ExecStart=/opt/gm-dashboard/.venv/bin/gunicorn -b 0.0.0.0:8080 gmdash.app:app
Restart=on-failure

[Install]
WantedBy=multi-user.target
'''), "systemd.exec(5): EnvironmentFile= and LoadCredential=")

    pw = gen_pw(18, "_-")
    S("python", "paho-mqtt-password", "propctl/bus.py", T(r'''
"""MQTT side of the prop controller: publishes GPIO events, obeys GM commands."""
import json
import logging
import socket

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)
ROOM = "asylum"
NODE = socket.gethostname()


def make_client(on_command):
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"{ROOM}-{NODE}")
    client.username_pw_set("asylum-props", "<<pw>>")
    client.will_set(f"er/{ROOM}/{NODE}/status", "offline", qos=1, retain=True)

    def on_connect(c, userdata, flags, reason, props):
        log.info("mqtt connected: %s", reason)
        c.publish(f"er/{ROOM}/{NODE}/status", "online", qos=1, retain=True)
        c.subscribe(f"er/{ROOM}/{NODE}/cmd/#")

    def on_message(c, userdata, msg):
        on_command(msg.topic.rsplit("/", 1)[-1], json.loads(msg.payload or b"{}"))

    client.on_connect = on_connect
    client.on_message = on_message
    client.connect("10.40.0.5", 1883, keepalive=30)
    return client
''', pw=pw), pw, "Eclipse Paho Python: Client.username_pw_set(username, password)")

    D("python", "decoy-env-reference", "propctl/settings.py", T(r'''
"""Settings for the prop controller, read from the environment (systemd EnvironmentFile)."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    mqtt_host: str = os.environ.get("MQTT_HOST", "localhost")
    mqtt_port: int = int(os.environ.get("MQTT_PORT", "1883"))
    mqtt_user: str = os.environ.get("MQTT_USER", "")
    mqtt_password: str = os.environ.get("MQTT_PASSWORD", "")
    room: str = os.environ.get("ROOM", "lobby")
    debounce_ms: int = int(os.environ.get("DEBOUNCE_MS", "40"))


def load() -> Settings:
    settings = Settings()
    if not settings.mqtt_password:
        raise SystemExit("MQTT_PASSWORD missing: run `sudo systemctl edit prop-controller`")
    return settings
'''), "Python os.environ")

    pw = gen_pw(16)
    S("lua", "nodemcu-mqtt-password", "props/jungle-totem/init.lua", T(r'''
-- Jungle room totem: 4 capacitive buttons, NodeMCU firmware (mqtt, wifi, gpio modules)
local BROKER = "10.40.0.5"
local TOPIC = "er/jungle/totem"

dofile("wifi_credentials.lua")  -- defines WIFI_SSID / WIFI_PASSWORD, flashed separately
wifi.setmode(wifi.STATION)
wifi.sta.config({ ssid = WIFI_SSID, pwd = WIFI_PASSWORD, auto = true })

m = mqtt.Client("jungle-totem", 30, "totem", "<<pw>>")
m:lwt(TOPIC .. "/status", "offline", 1, 1)

local function connect()
  m:connect(BROKER, 1883, false, function(client)
    client:publish(TOPIC .. "/status", "online", 1, 1)
    client:subscribe(TOPIC .. "/cmd", 0)
  end, function(client, reason)
    tmr.create():alarm(3000, tmr.ALARM_SINGLE, connect)
  end)
end

wifi.eventmon.register(wifi.eventmon.STA_GOT_IP, connect)

for pin = 1, 4 do
  gpio.mode(pin, gpio.INT, gpio.PULLUP)
  gpio.trig(pin, "down", function() m:publish(TOPIC .. "/touch", tostring(pin), 0, 0) end)
end
''', pw=pw), pw, "NodeMCU mqtt module: mqtt.Client(clientid, keepalive, username, password)")

    pw = gen_pw(14)
    S("ini", "ota-password", "props/laser-grid/platformio.ini", T(r'''
; Heist room laser grid - 12 lasers, 12 LDRs, ESP32
[platformio]
default_envs = laser_grid_ota

[env]
platform = espressif32
board = esp32dev
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient @ ^2.8
    bblanchon/ArduinoJson @ ^7.0

[env:laser_grid_usb]
upload_port = /dev/ttyUSB0

[env:laser_grid_ota]
upload_protocol = espota
upload_port = laser-grid.local
upload_flags =
    --port=3232
    --auth=<<pw>>
''', pw=pw), pw, "PlatformIO docs: espota upload_flags --auth")

    D("ini", "decoy-env-reference", "props/cryptex-stand/platformio.ini", T(r'''
[env:cryptex]
platform = espressif32
board = esp32-c3-devkitm-1
framework = arduino
build_flags =
    -DWIFI_SSID=\"${sysenv.PROPS_SSID}\"
    -DWIFI_PASS=\"${sysenv.PROPS_WIFI_PASS}\"
    -DMQTT_PASS=\"${sysenv.CRYPTEX_MQTT_PASS}\"
upload_protocol = espota
upload_port = cryptex.local
upload_flags = --auth=${sysenv.OTA_PASSWORD}
lib_deps = knolleary/PubSubClient @ ^2.8
'''), "PlatformIO docs: ${sysenv.NAME} interpolation")

    pw = gen_pw(16)
    S("tasmota", "mqtt-password", "props/sonoff/fog-machine-backlog.txt", T(r'''
# Paste into the Tasmota console of the fog machine Sonoff (Asylum room, relay 1 = fog)
Backlog DeviceName Asylum Fog; FriendlyName1 Fog
Backlog MqttHost 10.40.0.5; MqttPort 1883; MqttClient asylum-fog
Backlog MqttUser asylum-fog; MqttPassword <<pw>>
Backlog Topic asylum_fog; FullTopic er/%topic%/%prefix%/
PulseTime1 130
SetOption1 1
Restart 1
''', pw=pw), pw, "Tasmota Commands: MqttUser, MqttPassword, Backlog")

    key = "aio_" + mixed(28)
    S("cpp", "adafruit-io-key", "props/ghost-radio/config.h", T(r'''
#pragma once
// Ghost radio in the Seance room. Tunes to the answer frequency -> plays the clue.
// Adafruit IO is used so the off-site GM at the second venue can watch it.

#define IO_USERNAME  "hauntedescapes"
#define IO_KEY       "<<key>>"

#define WIFI_SSID    "HE-Props"
#define WIFI_PASS    ""   // open props network, MAC filtered

#define DIAL_PIN     34
#define ANSWER_MHZ   1013
#define TOLERANCE    4
''', key=key), key, "Adafruit IO Arduino library config.h: IO_USERNAME and IO_KEY (aio_ keys)")

    tok = draw(32, URLSAFE)
    S("cpp", "blynk-auth-token", "props/clock-tower/src/main.cpp", T(r'''
#define BLYNK_TEMPLATE_ID "TMPL4xQ2zP9dK"
#define BLYNK_TEMPLATE_NAME "Clock Tower"
#define BLYNK_AUTH_TOKEN "<<tok>>"

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>
#include <AccelStepper.h>

AccelStepper hands(AccelStepper::DRIVER, 18, 19);
const long SOLVED_POSITION = 2150;  // 10:10 on the clock face

BLYNK_WRITE(V1) {  // GM "reset clock" button
  if (param.asInt()) hands.moveTo(0);
}

void setup() {
  hands.setMaxSpeed(800);
  hands.setAcceleration(400);
  Blynk.begin(BLYNK_AUTH_TOKEN, "CT-Props", "");
}

void loop() {
  Blynk.run();
  hands.run();
  if (hands.currentPosition() == SOLVED_POSITION) Blynk.virtualWrite(V2, 1);
}
''', tok=tok), tok, "Blynk docs: BLYNK_AUTH_TOKEN device auth token")

    tok = hexs(40)
    S("shell-history", "particle-access-token", "ops/notes/particle_history.txt", T(r'''
  501  particle login
  502  particle list
  503  particle flash treasure-chest firmware/treasure_chest.ino
  504  curl https://api.particle.io/v1/devices/treasure-chest/unlock -d arg=1 -d access_token=<<tok>>
  505  curl https://api.particle.io/v1/devices/treasure-chest/state -d access_token=<<tok>>
  506  particle serial monitor
  507  particle call treasure-chest reset
''', tok=tok), tok, "Particle Device Cloud API: access_token parameter (40 hex)")

    appkey = hexs(32).upper()
    dev_eui, join_eui = hexs(16).upper(), hexs(16).upper()
    S("json", "lorawan-app-key", "outdoor-hunt/devices/beacon-07.json", T(r'''
{
  "ids": {
    "device_id": "hunt-beacon-07",
    "dev_eui": "<<dev_eui>>",
    "join_eui": "<<join_eui>>"
  },
  "name": "City treasure hunt - beacon 7 (canal bridge)",
  "lorawan_version": "MAC_V1_0_3",
  "lorawan_phy_version": "PHY_V1_0_3_REV_A",
  "frequency_plan_id": "EU_863_870_TTN",
  "supports_join": true,
  "root_keys": {
    "app_key": { "key": "<<appkey>>" }
  }
}
''', dev_eui=dev_eui, join_eui=join_eui, appkey=appkey), appkey, "The Things Stack end device JSON: root_keys.app_key")

    eui = [hexs(16).upper() for _ in range(4)]
    D("json", "decoy-device-ids", "outdoor-hunt/devices/inventory.json", T(r'''
{
  "application_id": "city-treasure-hunt",
  "note": "EUIs are printed on the device labels; keys live in The Things Stack console only",
  "devices": [
    { "device_id": "hunt-beacon-01", "dev_eui": "<<e0>>", "location": "market cross" },
    { "device_id": "hunt-beacon-02", "dev_eui": "<<e1>>", "location": "library steps" },
    { "device_id": "hunt-beacon-03", "dev_eui": "<<e2>>", "location": "museum garden" },
    { "device_id": "hunt-beacon-04", "dev_eui": "<<e3>>", "location": "canal lock" }
  ],
  "join_eui": "70B3D57ED0000000"
}
''', e0=eui[0], e1=eui[1], e2=eui[2], e3=eui[3]), "LoRaWAN DevEUI / JoinEUI (public identifiers)")

    user = draw(40, URLSAFE)
    S("python", "hue-bridge-app-key", "show/lighting/hue_scenes.py", T(r'''
"""Room lighting cues on the Philips Hue bridge in the Seance room."""
import requests

BRIDGE = "10.40.0.30"
APP_KEY = "<<user>>"  # from the link-button pairing, Feb 2024
GROUP = "3"

SCENES = {
    "preshow": {"on": True, "bri": 140, "ct": 366},
    "blackout": {"on": False},
    "seance": {"on": True, "bri": 40, "xy": [0.6, 0.3], "transitiontime": 30},
    "solved": {"on": True, "bri": 254, "ct": 233, "alert": "lselect"},
}


def cue(name: str) -> None:
    url = f"http://{BRIDGE}/api/{APP_KEY}/groups/{GROUP}/action"
    requests.put(url, json=SCENES[name], timeout=3).raise_for_status()


if __name__ == "__main__":
    import sys
    cue(sys.argv[1])
''', user=user), user, "Philips Hue API v1: /api/<username>/groups/<id>/action")

    D("python", "decoy-ir-codes", "show/av/projector_ir.py", T(r'''
"""NEC IR codes for the Epson projector and the soundbar, sent from a Pi with pigpio."""
import pigpio

IR_GPIO = 17

# (address, command) pairs, read with an IR receiver from the original remotes
CODES = {
    "projector_power": 0x5583_90F6,
    "projector_hdmi1": 0x5583_8C73,
    "projector_freeze": 0x5583_49B6,
    "soundbar_power": 0x10EF_08F7,
    "soundbar_vol_up": 0x10EF_58A7,
    "soundbar_vol_down": 0x10EF_D827,
}


def send(name: str) -> None:
    pi = pigpio.pi()
    try:
        pi.wave_clear()
        pi.wave_add_generic(_nec_pulses(CODES[name], IR_GPIO))
        pi.wave_send_once(pi.wave_create())
    finally:
        pi.stop()
'''), "NEC infrared protocol (device command codes)")

    secret = gen_pw(32)
    S("js", "node-red-credential-secret", "node-red/settings.js", T(r'''
module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "<<secret>>",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "gm",
            password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y",
            permissions: "*"
        }]
    },
    httpNodeRoot: '/api',
    functionGlobalContext: {
        rooms: ['pharaoh', 'submarine', 'heist']
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
}
''', secret=secret), secret, "Node-RED settings.js: credentialSecret")

    pw = gen_pw(20)
    S("json", "node-red-flow-credentials", "node-red/exports/room-timer-flow.json", T(r'''
[
    {
        "id": "b1e5c2f0a7d34e11",
        "type": "mqtt-broker",
        "name": "venue broker",
        "broker": "10.40.0.5",
        "port": "1883",
        "clientid": "node-red-timer",
        "usetls": false,
        "protocolVersion": "4",
        "keepalive": "60",
        "cleansession": true,
        "credentials": {
            "user": "nodered",
            "password": "<<pw>>"
        }
    },
    {
        "id": "4c7d09a1e2b3f560",
        "type": "mqtt in",
        "name": "room start",
        "topic": "er/+/game/start",
        "qos": "1",
        "broker": "b1e5c2f0a7d34e11",
        "wires": [["9a0b1c2d3e4f5061"]]
    }
]
''', pw=pw), pw, "Node-RED flow export (credentials included)")

# ---------------------------------------------------------------- MQTT, show control, GM dashboards

def _show_control() -> None:
    pw = gen_pw(24)
    S("conf", "mosquitto-bridge-password", "broker/mosquitto/conf.d/bridge-hivemq.conf", T(r'''
# Bridge the venue broker to HiveMQ Cloud so the owner's phone dashboard sees room states.
connection hivemq-cloud
address 7f3c1e9a2b4d4c5e8f0a1b2c3d4e5f60.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
bridge_insecure false
bridge_capath /etc/ssl/certs
remote_clientid ew-leeds-bridge
remote_username ew-leeds-bridge
remote_password <<pw>>
cleansession true
start_type automatic
notifications false
topic er/+/status out 1
topic er/+/game/# out 1
topic er/+/hint/# in 1
''', pw=pw), pw, "mosquitto.conf(5): bridge remote_username / remote_password")

    lines = [f"{name}:$7$101${draw(16, B64)}${draw(86, B64)}==" for name in
             ["nodered", "gmdash", "asylum-props", "bookcase", "periscope", "totem"]]
    D("conf", "decoy-password-hash", "broker/mosquitto/passwd", "\n".join(lines) + "\n",
      "mosquitto_passwd(1): password file stores salted PBKDF2-SHA512 hashes ($7$)")

    D("conf", "decoy-file-reference", "broker/mosquitto/mosquitto.conf", T(r'''
# Venue broker (Mosquitto 2.x) on the backstage Pi
per_listener_settings false
persistence true
persistence_location /mosquitto/data/
log_dest stdout
log_type error
log_type warning
log_type notice

listener 1883 10.40.0.5
listener 9001 10.40.0.5
protocol websockets

allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/aclfile

include_dir /mosquitto/config/conf.d
'''), "mosquitto.conf(5): password_file, acl_file")

    user, pw = "ew-gm-" + draw(4, LOWER_DIGITS), gen_pw(20)
    S("yaml", "mqtt-url-password", "gm-dashboard/docker-compose.yml", T(r'''
services:
  dashboard:
    image: ghcr.io/escapeworks/gm-dashboard:3.8.2
    restart: unless-stopped
    ports:
      - "8080:8080"
    environment:
      MQTT_URL: mqtts://<<user>>:<<pw>>@7f3c1e9a2b4d4c5e8f0a1b2c3d4e5f60.s1.eu.hivemq.cloud:8883
      MQTT_TOPIC_ROOT: er
      ROOMS: pharaoh,submarine,heist,asylum
      TZ: Europe/London
    volumes:
      - ./data:/app/data

  timer-screens:
    image: ghcr.io/escapeworks/timer-screens:1.4.0
    restart: unless-stopped
    depends_on: [dashboard]
    environment:
      DASHBOARD_URL: http://dashboard:8080
''', user=user, pw=pw), pw, "MQTT URI scheme mqtts://user:password@host:port (HiveMQ Cloud)")

    token = jwt({"iss": hexs(32), "iat": 1707436800, "exp": 2022796800})
    S("python", "home-assistant-token", "show/ha/room_reset.py", T(r'''
"""Between-games reset: runs the HA scripts that relock maglocks and reset lighting."""
import sys

import requests

HA = "http://homeassistant.local:8123"
TOKEN = "<<token>>"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def run_script(entity_id: str) -> None:
    r = requests.post(f"{HA}/api/services/script/turn_on", headers=HEADERS,
                      json={"entity_id": entity_id}, timeout=10)
    r.raise_for_status()


if __name__ == "__main__":
    room = sys.argv[1]
    run_script(f"script.{room}_relock")
    run_script(f"script.{room}_lights_preshow")
    print(f"{room} reset")
''', token=token), token, "Home Assistant REST API: long-lived access token as Bearer")

    pw = words_pw()
    S("yaml", "home-assistant-secrets", "homeassistant/secrets.yaml", T(r'''
# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
home_latitude: 53.7997
home_longitude: -1.5492
home_elevation: 63
external_url: https://ha.escapeworks.example
mqtt_username: homeassistant
mqtt_password: "<<pw>>"
''', pw=pw), pw, "https://www.home-assistant.io/docs/configuration/secrets/")

    D("yaml", "decoy-secret-reference", "homeassistant/configuration.yaml", T(r'''
homeassistant:
  name: EscapeWorks Leeds
  latitude: !secret home_latitude
  longitude: !secret home_longitude
  elevation: !secret home_elevation
  unit_system: metric
  time_zone: Europe/London
  external_url: !secret external_url

mqtt:
  sensor:
    - name: "Pharaoh timer"
      state_topic: "er/pharaoh/game/remaining"
      unit_of_measurement: "s"

http:
  use_x_forwarded_for: true
  trusted_proxies:
    - 10.40.0.1

script: !include scripts.yaml
automation: !include automations.yaml
'''), "https://www.home-assistant.io/docs/configuration/secrets/ (!secret references)")

    D("python", "decoy-show-control", "show/qlab/cues.py", T(r'''
"""Fire QLab cues over OSC from the GM dashboard. QLab's OSC access is limited to the
show network and needs no passcode for these cues (Workspace Settings > Network)."""
from pythonosc.udp_client import SimpleUDPClient

QLAB_HOST = "10.40.0.20"
QLAB_PORT = 53000
WORKSPACE_ID = "5B1E4C0A-8D7F-4E2A-9C3B-6F0D1A2E3B4C"

ROOM_CUES = {
    "pharaoh": {"intro": "P1", "hint": "P20", "win": "P90", "lose": "P91"},
    "submarine": {"intro": "S1", "hint": "S20", "win": "S90", "lose": "S91"},
}

client = SimpleUDPClient(QLAB_HOST, QLAB_PORT)


def go(room: str, moment: str) -> None:
    client.send_message(f"/workspace/{WORKSPACE_ID}/cue/{ROOM_CUES[room][moment]}/start", [])


def panic_all() -> None:
    client.send_message(f"/workspace/{WORKSPACE_ID}/panic", [])
'''), "QLab OSC dictionary (/workspace/{id}/cue/{number}/start)")

    key = draw(52, UPPER_DIGITS)
    S("csharp", "playfab-secret-key", "Unity/Assets/Scripts/Leaderboard/LeaderboardServer.cs", T(r'''
using PlayFab;
using PlayFab.ServerModels;
using UnityEngine;

// Runs on the lobby leaderboard PC (server build), posts escape times after each game.
public class LeaderboardServer : MonoBehaviour
{
    [SerializeField] private string statisticName = "escape_time_seconds";

    private void Awake()
    {
        PlayFabSettings.staticSettings.TitleId = "9A3F1";
        PlayFabSettings.staticSettings.DeveloperSecretKey = "<<key>>";
    }

    public void PostTime(string teamPlayFabId, int seconds)
    {
        var request = new UpdatePlayerStatisticsRequest
        {
            PlayFabId = teamPlayFabId,
            Statistics = new System.Collections.Generic.List<StatisticUpdate>
            {
                new StatisticUpdate { StatisticName = statisticName, Value = -seconds }
            }
        };
        PlayFabServerAPI.UpdatePlayerStatistics(request,
            _ => Debug.Log($"posted {seconds}s"),
            err => Debug.LogError(err.GenerateErrorReport()));
    }
}
''', key=key), key, "PlayFab SDK: PlayFabSettings.DeveloperSecretKey (title secret key)")

    ably = f"{draw(6, ALNUM)}.{draw(6, ALNUM)}:{draw(43, URLSAFE)}"
    S("yaml", "ably-api-key", "gm-dashboard/config/realtime.yml", T(r'''
# Realtime fan-out of room timers to the lobby screens and the owner's phone
realtime:
  provider: ably
  api_key: "<<ably>>"
  channel_prefix: "venue:leeds"
  history_minutes: 120
rooms:
  - id: pharaoh
    screen: lobby-left
  - id: submarine
    screen: lobby-right
''', ably=ably), ably, "Ably docs: API key format appId.keyId:keySecret")

    D("js", "decoy-token-auth", "gm-dashboard/web/src/realtime.js", T(r'''
import * as Ably from 'ably';

// Browsers never see the API key: they get short-lived tokens from our server.
export const realtime = new Ably.Realtime({
  authUrl: '/api/realtime/token',
  authMethod: 'POST',
  authHeaders: { 'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content },
  echoMessages: false,
});

export function watchRoom(roomId, onTick) {
  const channel = realtime.channels.get(`venue:leeds:${roomId}`);
  channel.subscribe('tick', (msg) => onTick(msg.data.remaining));
  return () => channel.unsubscribe();
}
'''), "Ably docs: token authentication with authUrl")

    app_id, key, secret = digits(7), hexs(20), hexs(20)
    S("js", "pusher-app-secret", "hint-server/src/pusher.js", T(r'''
const Pusher = require('pusher');

// Hint screen in each room listens on private-room-<id>; the GM console triggers hints.
const pusher = new Pusher({
  appId: '<<app_id>>',
  key: '<<key>>',
  secret: '<<secret>>',
  cluster: 'eu',
  useTLS: true,
});

async function sendHint(roomId, text, { audio = null } = {}) {
  await pusher.trigger(`private-room-${roomId}`, 'hint', { text, audio, at: Date.now() });
}

module.exports = { pusher, sendHint };
''', app_id=app_id, key=key, secret=secret), secret, "Pusher Channels Node SDK: new Pusher({ appId, key, secret, cluster })")

    D("js", "decoy-publishable-key", "hint-screen/src/main.js", T(r'''
import Pusher from 'pusher-js';

// The app key is public by design; private channels are authorised by /pusher/auth.
const pusher = new Pusher('<<key>>', {
  cluster: 'eu',
  channelAuthorization: { endpoint: '/pusher/auth' },
});

const roomId = new URLSearchParams(location.search).get('room');
const channel = pusher.subscribe(`private-room-${roomId}`);

channel.bind('hint', ({ text, audio }) => {
  document.querySelector('#hint').textContent = text;
  if (audio) new Audio(audio).play();
});
''', key=hexs(20)), "Pusher Channels docs: the app key is used in client code")

    key = gen_pw(48, "!@#%^&*")
    S("python", "flask-secret-key", "gmdash/app.py", T(r'''
from flask import Flask, redirect, render_template, session, url_for
from flask_socketio import SocketIO

app = Flask(__name__)
app.config.update(
    SECRET_KEY="<<key>>",
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax",
    ROOMS=["pharaoh", "submarine", "heist", "asylum"],
)
socketio = SocketIO(app, async_mode="eventlet")


@app.route("/")
def index():
    if "gm" not in session:
        return redirect(url_for("login"))
    return render_template("dashboard.html", rooms=app.config["ROOMS"])


@socketio.on("hint")
def hint(data):
    socketio.emit("hint", data, to=f"room:{data['room']}")


if __name__ == "__main__":
    socketio.run(app, host="0.0.0.0", port=8080)
''', key=key), key, "Flask docs: SECRET_KEY signs the session cookie")

    key = fakes.django_secret_key(_seed())
    S("python", "django-secret-key", "venue_admin/venue_admin/settings/production.py", T(r'''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "<<key>>"
ALLOWED_HOSTS = ["admin.puzzlebox.example"]
CSRF_TRUSTED_ORIGINS = ["https://admin.puzzlebox.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "venue_admin",
        "HOST": "127.0.0.1",
        "USER": "venue_admin",
        "PASSWORD": os.environ["DB_PASSWORD"],
    }
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
TIME_ZONE = "Europe/London"
''', key=key), key, "Django settings: SECRET_KEY (get_random_secret_key shape)")

    D("python", "decoy-env-reference", "venue_admin/venue_admin/settings/base.py", T(r'''
import os
from pathlib import Path

import environ
from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

# Production sets DJANGO_SECRET_KEY; local runs get a throwaway key per process.
SECRET_KEY = env("DJANGO_SECRET_KEY", default=get_random_secret_key())
DEBUG = env("DEBUG")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rooms",
    "bookings",
]
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite:///" + str(BASE_DIR / "db.sqlite3"))}
'''), "django-environ docs: env('NAME', default=...)")

    secret = gen_pw(40)
    S("typescript", "jwt-signing-secret", "gm-api/src/auth/auth.module.ts", T(r'''
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { StaffModule } from '../staff/staff.module';

@Module({
  imports: [
    StaffModule,
    PassportModule,
    JwtModule.register({
      secret: '<<secret>>',
      signOptions: { expiresIn: '12h', issuer: 'gm-api' },
    }),
  ],
  providers: [AuthService, JwtStrategy],
  exports: [AuthService],
})
export class AuthModule {}
''', secret=secret), secret, "NestJS docs: JwtModule.register({ secret })")

    pw = gen_pw(28)
    S("go", "redis-url-password", "timer-svc/cmd/timer/main.go", T(r'''
package main

import (
	"context"
	"log"
	"time"

	"github.com/redis/go-redis/v9"
)

func main() {
	opt, err := redis.ParseURL("rediss://default:<<pw>>@redis-13842.c250.eu-central-1-1.ec2.redns.redis-cloud.com:13842/0")
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	ctx := context.Background()

	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for range ticker.C {
		rooms, _ := rdb.SMembers(ctx, "rooms:running").Result()
		for _, room := range rooms {
			if left, _ := rdb.Decr(ctx, "room:"+room+":remaining").Result(); left <= 0 {
				rdb.Publish(ctx, "room:"+room+":events", "timeout")
				rdb.SRem(ctx, "rooms:running", room)
			}
		}
	}
}
''', pw=pw), pw, "go-redis: redis.ParseURL(redis[s]://user:password@host:port/db)")

    pw = phrase_pw()
    S("toml", "mqtt-password", "showctl/config/venue.toml", T(r'''
[venue]
name = "Cluedup Dublin"
timezone = "Europe/Dublin"

[mqtt]
host = "10.8.0.2"
port = 1883
username = "showctl"
password = "<<pw>>"
topic_root = "cluedup"

[dmx]
interface = "enttec-usb-pro"
port = "/dev/ttyUSB0"
universe = 1

[[rooms]]
id = "lighthouse"
intro_cue = 1
win_cue = 9
''', pw=pw), pw, "TOML config for an MQTT client (username / password)")

    D("toml", "decoy-placeholder", "showctl/config/venue.example.toml", T(r'''
# Copy to venue.toml. Values in ${...} are read from the environment at start-up.
[venue]
name = "Your venue"
timezone = "Europe/London"

[mqtt]
host = "10.0.0.2"
port = 1883
username = "showctl"
password = "${SHOWCTL_MQTT_PASSWORD}"
topic_root = "er"

[dmx]
interface = "enttec-usb-pro"
port = "/dev/ttyUSB0"
universe = 1
'''), "environment interpolation placeholder in TOML")

    pw = gen_pw(24)
    S("yaml", "postgres-password", "ops/compose/booking-stack.yml", T(r'''
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: bookings
      POSTGRES_USER: bookings
      POSTGRES_PASSWORD: <<pw>>
    volumes:
      - pgdata:/var/lib/postgresql/data

  api:
    image: registry.gitlab.com/enigma-quarters/booking-api:2.11.0
    depends_on: [db]
    environment:
      DATABASE_HOST: db
      DATABASE_USER: bookings
      DATABASE_NAME: bookings
    ports:
      - "127.0.0.1:3000:3000"

volumes:
  pgdata:
''', pw=pw), pw, "Docker Official Image postgres: POSTGRES_PASSWORD")

    D("yaml", "decoy-docker-secrets", "ops/compose/metabase.yml", T(r'''
services:
  metabase-db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: metabase
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD_FILE: /run/secrets/metabase_db_password
    secrets: [metabase_db_password]

  metabase:
    image: metabase/metabase:v0.50.4
    depends_on: [metabase-db]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: metabase-db
      MB_DB_USER: metabase
      MB_DB_PASS_FILE: /run/secrets/metabase_db_password
    secrets: [metabase_db_password]

secrets:
  metabase_db_password:
    file: ./secrets/metabase_db_password.txt
'''), "Docker docs: compose secrets and *_FILE variables")

    pw = words_pw()
    S("properties", "spring-datasource-password", "voucher-service/src/main/resources/application-prod.properties", T(r'''
server.port=8081
spring.application.name=voucher-service
spring.datasource.url=jdbc:mysql://10.20.0.14:3306/vouchers?useSSL=true&serverTimezone=UTC
spring.datasource.username=voucher_svc
spring.datasource.password=<<pw>>
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
voucher.code-length=10
voucher.validity-months=12
management.endpoints.web.exposure.include=health,info
''', pw=pw), pw, "Spring Boot common application properties: spring.datasource.password")

    D("properties", "decoy-ciphertext", "voucher-service/src/main/resources/application-staging.properties", T(r'''
server.port=8081
spring.application.name=voucher-service
spring.datasource.url=jdbc:mysql://10.30.0.14:3306/vouchers?useSSL=true
spring.datasource.username=voucher_svc
# jasypt-encrypted; the encryptor password comes from JASYPT_ENCRYPTOR_PASSWORD at runtime
spring.datasource.password=ENC(<<c1>>)
mail.smtp.password=ENC(<<c2>>)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
''', c1=rand_bytes_b64(48), c2=rand_bytes_b64(48)), "jasypt-spring-boot: ENC(...) encrypted properties")

    pw = gen_pw(16)
    S("xml", "smtp-appender-password", "voucher-service/src/main/resources/logback-spring.xml", T(r'''
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <include resource="org/springframework/boot/logging/logback/base.xml"/>

  <appender name="ALERT_MAIL" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>smtp.office365.com</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>alerts@enigmaquarters.example</username>
    <password><<pw>></password>
    <to>ops@enigmaquarters.example</to>
    <from>alerts@enigmaquarters.example</from>
    <subject>voucher-service: %logger{20} - %m</subject>
    <layout class="ch.qos.logback.classic.PatternLayout">
      <pattern>%date %-5level %logger{35} - %message%n</pattern>
    </layout>
  </appender>

  <root level="INFO">
    <appender-ref ref="ALERT_MAIL"/>
  </root>
</configuration>
''', pw=pw), pw, "Logback manual: SMTPAppender username / password")

    fcm = "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)
    S("kotlin", "fcm-server-key", "gm-app/app/src/main/java/co/puzzlebox/gm/push/StaffPush.kt", T(r'''
package co.puzzlebox.gm.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

// Lets a GM page the other GMs' phones ("need help in Asylum") straight from the tablet.
object StaffPush {
    private const val FCM_URL = "https://fcm.googleapis.com/fcm/send"
    private const val SERVER_KEY = "<<fcm>>"
    private val client = OkHttpClient()

    fun page(room: String, message: String) {
        val body = JSONObject()
            .put("to", "/topics/staff-on-shift")
            .put("notification", JSONObject().put("title", "Help needed: $room").put("body", message))
        val request = Request.Builder()
            .url(FCM_URL)
            .header("Authorization", "key=$SERVER_KEY")
            .post(body.toString().toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(request).execute().close()
    }
}
''', fcm=fcm), fcm, "Firebase Cloud Messaging legacy HTTP API: Authorization: key=<server key>")

    D("json", "decoy-publishable-key", "gm-app/app/google-services.json", T(r'''
{
  "project_info": {
    "project_number": "<<num>>",
    "project_id": "puzzlebox-gm-app",
    "storage_bucket": "puzzlebox-gm-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:<<num>>:android:<<appid>>",
        "android_client_info": { "package_name": "co.puzzlebox.gm" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "<<key>>" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
''', num=digits(12), appid=hexs(22), key=google_key()), "Firebase docs: google-services.json API keys identify the project, they are not secrets")

# ---------------------------------------------------------------- CCTV, room cameras, streaming

def _cctv() -> None:
    pw = gen_pw(14)
    S("yaml", "rtsp-url-password", "nvr/frigate/config.yml", T(r'''
mqtt:
  enabled: true
  host: 10.40.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

go2rtc:
  streams:
    pharaoh_wide:
      - rtsp://gmview:<<pw>>@10.40.10.11:554/Streaming/Channels/101
    pharaoh_tomb:
      - rtsp://gmview:<<pw>>@10.40.10.12:554/Streaming/Channels/101

cameras:
  pharaoh_wide:
    ffmpeg:
      inputs:
        - path: rtsp://127.0.0.1:8554/pharaoh_wide
          roles: [record]
    detect:
      enabled: false
    record:
      enabled: true
      retain:
        days: 3
        mode: all
''', pw=pw), pw, "Frigate docs: camera inputs as rtsp://user:password@host URLs")

    D("yaml", "decoy-env-reference", "nvr/frigate/config.staging.yml", T(r'''
mqtt:
  host: 10.50.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  heist_vault:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.50.10.21:554/cam/realmonitor?channel=1&subtype=0
          roles: [record, detect]
    detect:
      width: 1280
      height: 720
    record:
      enabled: true
'''), "Frigate docs: {FRIGATE_*} environment variable substitution")

    pw = words_pw()
    S("python", "hikvision-digest-password", "nvr/tools/snapshot_rooms.py", T(r'''
"""Grab a still from every room camera for the end-of-game photo screen."""
from pathlib import Path

import requests
from requests.auth import HTTPDigestAuth

CAMERAS = {
    "pharaoh": "10.40.10.11",
    "submarine": "10.40.10.13",
    "heist": "10.40.10.15",
}
AUTH = HTTPDigestAuth("admin", "<<pw>>")
OUT = Path("/srv/photos/latest")


def snapshot(room: str, ip: str) -> Path:
    url = f"http://{ip}/ISAPI/Streaming/channels/101/picture"
    r = requests.get(url, auth=AUTH, timeout=5)
    r.raise_for_status()
    target = OUT / f"{room}.jpg"
    target.write_bytes(r.content)
    return target


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for room, ip in CAMERAS.items():
        print(snapshot(room, ip))
''', pw=pw), pw, "Hikvision ISAPI: /ISAPI/Streaming/channels/101/picture with digest auth")

    pw = words_pw()
    S("powershell", "securestring-plaintext", "ops/windows/Export-NvrClips.ps1", T(r'''
<#
  Nightly: copies the previous day's clips from the Dahua NVR share to the NAS.
  Runs as a scheduled task on the GM office PC.
#>
param(
    [string]$NvrShare = '\\10.40.10.2\clips',
    [string]$Target = '\\nas01\cctv-archive'
)

$user = 'nvr-export'
$securePass = ConvertTo-SecureString '<<pw>>' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $securePass)

New-PSDrive -Name NVR -PSProvider FileSystem -Root $NvrShare -Credential $cred | Out-Null
$yesterday = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd')
$dest = Join-Path $Target $yesterday
New-Item -ItemType Directory -Force -Path $dest | Out-Null
Copy-Item -Path "NVR:\$yesterday\*" -Destination $dest -Recurse -Force
Remove-PSDrive NVR
Write-Output "copied clips for $yesterday"
''', pw=pw), pw, "PowerShell docs: ConvertTo-SecureString -AsPlainText -Force")

    D("powershell", "decoy-secret-manager", "ops/windows/Export-NvrClips.v2.ps1", T(r'''
<#
  v2: the NVR credential lives in the Windows Credential Manager vault via
  Microsoft.PowerShell.SecretManagement (SecretStore). Register once with:
    Set-Secret -Name NvrExport -Secret (Get-Credential nvr-export)
#>
param(
    [string]$NvrShare = '\\10.40.10.2\clips',
    [string]$Target = '\\nas01\cctv-archive'
)

Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name NvrExport -Vault LocalStore

New-PSDrive -Name NVR -PSProvider FileSystem -Root $NvrShare -Credential $cred | Out-Null
$yesterday = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd')
Copy-Item -Path "NVR:\$yesterday\*" -Destination (Join-Path $Target $yesterday) -Recurse -Force
Remove-PSDrive NVR
'''), "Microsoft.PowerShell.SecretManagement: Get-Secret")

    pw = gen_pw(12)
    S("conf", "netcam-userpass", "pi-images/lobby-cam/motion/camera-asylum.conf", T(r'''
# motion camera config - Asylum room overview, shown on the GM wall
camera_name asylum-overview
netcam_url rtsp://10.40.10.17:554/stream1
netcam_userpass viewer:<<pw>>
netcam_params rtsp_transport = tcp
width 1280
height 720
framerate 10
stream_port 8083
stream_localhost off
movie_output off
picture_output off
''', pw=pw), pw, "motion configuration: netcam_userpass user:password")

    D("m3u", "decoy-no-credential", "gm-wall/playlists/room-cams.m3u", T(r'''
#EXTM3U
#EXTINF:-1 tvg-name="Pharaoh wide",Pharaoh wide
rtsp://10.40.0.8:8554/pharaoh_wide
#EXTINF:-1 tvg-name="Pharaoh tomb",Pharaoh tomb
rtsp://10.40.0.8:8554/pharaoh_tomb
#EXTINF:-1 tvg-name="Submarine bridge",Submarine bridge
rtsp://10.40.0.8:8554/submarine_bridge
#EXTINF:-1 tvg-name="Heist vault",Heist vault
rtsp://10.40.0.8:8554/heist_vault
'''), "M3U playlist of go2rtc restreams (no credentials)")

    pw = gen_pw(16)
    S("shell", "rtsp-url-password", "highlights/record_highlight.sh", T(r'''
#!/usr/bin/env bash
# Records the last 90 s of a room camera when the team wins, for the "victory reel" email.
set -euo pipefail

ROOM="$1"
case "$ROOM" in
  heist)     CAM=10.40.10.15 ;;
  asylum)    CAM=10.40.10.17 ;;
  submarine) CAM=10.40.10.13 ;;
  *) echo "unknown room $ROOM" >&2; exit 2 ;;
esac

OUT="/srv/highlights/$(date +%F)/${ROOM}-$(date +%H%M).mp4"
mkdir -p "$(dirname "$OUT")"

ffmpeg -hide_banner -loglevel error -rtsp_transport tcp \
  -i "rtsp://highlights:<<pw>>@${CAM}:554/Streaming/Channels/102" \
  -t 90 -c:v copy -an "$OUT"

echo "$OUT"
''', pw=pw), pw, "ffmpeg RTSP input with userinfo in the URL")

    key = f"live_{digits(9)}_{mixed(30)}"
    S("json", "twitch-stream-key", "streaming/obs/basic/profiles/Finale/service.json", T(r'''
{
    "settings": {
        "bwtest": false,
        "key": "<<key>>",
        "server": "rtmp://lhr03.contribute.live-video.net/app",
        "service": "Twitch",
        "use_auth": false
    },
    "type": "rtmp_common"
}
''', key=key), key, "OBS Studio profile service.json (rtmp_common, Twitch stream key)")

    D("json", "decoy-empty-value", "streaming/obs/basic/profiles/Rehearsal/service.json", T(r'''
{
    "settings": {
        "bwtest": false,
        "key": "",
        "server": "auto",
        "service": "YouTube - RTMPS",
        "use_auth": false
    },
    "type": "rtmp_common"
}
'''), "OBS Studio profile service.json with no stream key set")

    key = "-".join(draw(4, LOWER_DIGITS) for _ in range(5))
    S("nginx", "youtube-stream-key", "streaming/nginx-rtmp/nginx.conf", T(r'''
worker_processes auto;
events { worker_connections 1024; }

# Relay: OBS in the control room -> this box -> YouTube, with a local recording.
rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application live {
            live on;
            allow publish 10.40.0.0/24;
            deny publish all;
            record all;
            record_path /srv/recordings;
            record_unique on;
            push rtmp://a.rtmp.youtube.com/live2/<<key>>;
        }
    }
}
''', key=key), key, "nginx-rtmp-module: push directive; YouTube Live stream key")

# ---------------------------------------------------------------- marketing, messaging, AI hints

def _marketing() -> None:
    key = f"{hexs(32)}-us14"
    S("python", "mailchimp-api-key", "marketing/sync_players_to_mailchimp.py", T(r'''
"""Adds players who ticked "keep me posted" on the waiver to the Mailchimp audience."""
import csv
import hashlib
import sys

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "<<key>>", "server": "us14"})
AUDIENCE_ID = "b7e21c4d90"


def upsert(email: str, first: str, room: str) -> None:
    member_hash = hashlib.md5(email.lower().encode()).hexdigest()
    client.lists.set_list_member(AUDIENCE_ID, member_hash, {
        "email_address": email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": first, "LASTROOM": room},
        "tags": ["player"],
    })


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            if row["marketing_opt_in"] == "yes":
                upsert(row["email"], row["first_name"], row["room"])
''', key=key), key, "Mailchimp Marketing API Python client: api_key with the -usNN data-centre suffix")

    key = "pk_" + hexs(34)
    S("r", "klaviyo-private-key", "analytics/klaviyo_campaigns.R", T(r'''
# Monthly report: which Klaviyo campaigns drove bookings (joins with the bookings export).
library(httr2)
library(dplyr)
library(readr)

klaviyo_key <- "<<key>>"

campaigns <- request("https://a.klaviyo.com/api/campaigns/") |>
  req_url_query(`filter` = "equals(messages.channel,'email')") |>
  req_headers(
    Authorization = paste("Klaviyo-API-Key", klaviyo_key),
    revision = "2024-07-15",
    accept = "application/json"
  ) |>
  req_perform() |>
  resp_body_json()

bookings <- read_csv("exports/bookings_last_month.csv", show_col_types = FALSE)

summary <- bookings |>
  filter(!is.na(utm_campaign)) |>
  count(utm_campaign, name = "bookings") |>
  arrange(desc(bookings))

print(summary)
''', key=key), key, "Klaviyo API docs: Authorization: Klaviyo-API-Key pk_... (private key)")

    D("html", "decoy-public-id", "site/partials/klaviyo-signup.html", T(r'''
<!-- Newsletter sign-up in the footer. company_id is the public site id Klaviyo gives for onsite JS. -->
<script async type="text/javascript"
        src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=<<site>>"></script>
<div class="klaviyo-form-<<form>>"></div>
<p class="small">New rooms, late-night games and the occasional discount. No spam, promise.</p>
''', site=mixed(6), form=draw(6, UPPER_DIGITS)), "Klaviyo onsite JS: public company_id (site id)")

    token = "EAAG" + mixed(190)
    S("js", "meta-capi-access-token", "netlify/functions/meta-capi.js", T(r'''
// Sends server-side Purchase events to Meta when a booking is paid (Conversions API).
const crypto = require('crypto');

const PIXEL_ID = '<<pixel>>';
const ACCESS_TOKEN = '<<token>>';

const sha = (v) => crypto.createHash('sha256').update(String(v).trim().toLowerCase()).digest('hex');

exports.handler = async (event) => {
  const booking = JSON.parse(event.body);
  const payload = {
    data: [{
      event_name: 'Purchase',
      event_time: Math.floor(Date.now() / 1000),
      action_source: 'website',
      event_id: booking.reference,
      user_data: { em: [sha(booking.email)], ph: [sha(booking.phone)] },
      custom_data: { currency: 'GBP', value: booking.total / 100, content_name: booking.room },
    }],
  };
  const res = await fetch(`https://graph.facebook.com/v19.0/${PIXEL_ID}/events?access_token=${ACCESS_TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return { statusCode: res.ok ? 200 : 502, body: await res.text() };
};
''', pixel=digits(15), token=token), token, "Meta Conversions API: access_token on /{pixel_id}/events")

    D("html", "decoy-public-id", "site/partials/head-tracking.html", T(r'''
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-<<ga>>"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-<<ga>>');
</script>
<!-- Meta Pixel Code -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '<<pixel>>');
  fbq('track', 'PageView');
</script>
<!-- Hotjar -->
<script>(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:<<hj>>,hjsv:6};})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');</script>
''', ga=draw(10, UPPER_DIGITS), pixel=digits(15), hj=digits(7)), "gtag.js, Meta Pixel and Hotjar snippets (public measurement ids)")

    secret = draw(22, URLSAFE)
    S("python", "ga4-measurement-protocol-secret", "gm-dashboard/gmdash/analytics.py", T(r'''
"""Server-side GA4 events for things the website can't see: games started, hints used, escapes."""
import requests

MEASUREMENT_ID = "G-4QJ7Z2XK9P"
API_SECRET = "<<secret>>"
ENDPOINT = "https://www.google-analytics.com/mp/collect"


def track(client_id: str, name: str, **params) -> None:
    requests.post(
        ENDPOINT,
        params={"measurement_id": MEASUREMENT_ID, "api_secret": API_SECRET},
        json={"client_id": client_id, "events": [{"name": name, "params": params}]},
        timeout=5,
    )


def game_finished(booking_ref: str, room: str, escaped: bool, seconds: int, hints: int) -> None:
    track(booking_ref, "game_finished", room=room, escaped=int(escaped),
          duration_s=seconds, hints_used=hints)
''', secret=secret), secret, "GA4 Measurement Protocol: api_secret query parameter")

    dev, cid = draw(22, URLSAFE), digits(12)
    refresh = "1//0" + draw(99, URLSAFE)
    S("yaml", "google-oauth-refresh-token", "marketing/ads/google-ads.yaml", T(r'''
# google-ads.yaml for the weekly spend report (service runs on the marketing laptop)
developer_token: <<dev>>
use_proto_plus: True
client_id: <<cid>>-<<cidtail>>.apps.googleusercontent.com
client_secret: GOCSPX-<<csec>>
refresh_token: <<refresh>>
login_customer_id: 4925813370
''', dev=dev, cid=cid, cidtail=draw(32, LOWER_DIGITS), csec=draw(28, URLSAFE), refresh=refresh), refresh,
      "Google Ads API client library: google-ads.yaml (refresh_token, client_secret, developer_token)")

    D("yaml", "decoy-vendor-example", "marketing/ads/google-ads.yaml.template", T(r'''
# Developer token
developer_token: INSERT_DEVELOPER_TOKEN_HERE
use_proto_plus: True

# OAuth2 configuration (installed application flow)
client_id: INSERT_OAUTH2_CLIENT_ID_HERE
client_secret: INSERT_OAUTH2_CLIENT_SECRET_HERE
refresh_token: INSERT_REFRESH_TOKEN_HERE

# login_customer_id: INSERT_LOGIN_CUSTOMER_ID_HERE
'''), "google-ads-python: google-ads.yaml template placeholders")

    key = "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)
    S("php", "sendgrid-api-key", "booking/src/Mail/ConfirmationMailer.php", T(r'''
<?php

namespace EnigmaQuarters\Booking\Mail;

use SendGrid;
use SendGrid\Mail\Mail;

final class ConfirmationMailer
{
    private const TEMPLATE_ID = 'd-8f2c6a0e4b1d4e7f9a3c5b2d1e0f6a7b';
    private SendGrid $client;

    public function __construct()
    {
        $this->client = new SendGrid('<<key>>');
    }

    public function send(array $booking): bool
    {
        $mail = new Mail();
        $mail->setFrom('bookings@enigmaquarters.example', 'Enigma Quarters');
        $mail->addTo($booking['email'], $booking['lead_name']);
        $mail->setTemplateId(self::TEMPLATE_ID);
        $mail->addDynamicTemplateDatas([
            'room' => $booking['room'],
            'start' => $booking['start']->format('l j F, H:i'),
            'players' => $booking['players'],
        ]);
        return $this->client->send($mail)->statusCode() === 202;
    }
}
''', key=key), key, "SendGrid API keys: SG.<id>.<secret>")

    key = f"{hexs(32)}-{hexs(8)}-{hexs(8)}"
    S("env", "mailgun-api-key", "reminders/.env.production", T(r'''
NODE_ENV=production
MAILGUN_DOMAIN=mg.cluedup.example
MAILGUN_API_KEY=<<key>>
MAILGUN_REGION=eu
REMINDER_HOURS_BEFORE=24
REMINDER_FROM="Cluedup <hello@cluedup.example>"
''', key=key), key, "Mailgun API keys (private API key, HTTP Basic user api)")

    token = uuid4()
    S("json", "postmark-server-token", "notifier/config/production.json", T(r'''
{
  "port": 4010,
  "email": {
    "provider": "postmark",
    "postmarkServerToken": "<<token>>",
    "messageStream": "booking-confirmations",
    "from": "Puzzlebox <book@puzzlebox.example>"
  },
  "sms": {
    "provider": "none"
  },
  "rooms": ["heist", "asylum", "observatory"]
}
''', token=token), token, "Postmark API: X-Postmark-Server-Token (server API token)")

    sid, tok = "AC" + hexs(32), hexs(32)
    S("python", "twilio-auth-token", "reminders/sms_reminders.py", T(r'''
"""Sends the 'your game starts in 2 hours' SMS. Cron: */15 * * * *"""
from datetime import datetime, timedelta, timezone

from twilio.rest import Client

from reminders.db import bookings_between, mark_reminded

ACCOUNT_SID = "<<sid>>"
AUTH_TOKEN = "<<tok>>"
FROM = "+447700900123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def run() -> None:
    now = datetime.now(timezone.utc)
    for b in bookings_between(now + timedelta(hours=2), now + timedelta(hours=2, minutes=15)):
        client.messages.create(
            to=b.phone,
            from_=FROM,
            body=f"Hi {b.first_name}! {b.room} starts at {b.start:%H:%M}. Arrive 15 min early. Reply STOP to opt out.",
        )
        mark_reminded(b.id)


if __name__ == "__main__":
    run()
''', sid=sid, tok=tok), tok, "Twilio docs: Account SID (AC...) and auth token (32 hex)")

    key_sid, key_secret = "SK" + hexs(32), mixed(32)
    S("helm", "twilio-api-key-secret", "deploy/helm/notifier/values-prod.yaml", T(r'''
replicaCount: 2
image:
  repository: registry.gitlab.com/cluedup/notifier
  tag: "1.9.3"

env:
  TWILIO_ACCOUNT_SID: AC<<acct>>
  TWILIO_API_KEY: <<key_sid>>
  TWILIO_API_SECRET: <<key_secret>>
  TWILIO_MESSAGING_SERVICE: MG<<mg>>
  REMINDER_LEAD_MINUTES: "120"

resources:
  requests:
    cpu: 50m
    memory: 96Mi
''', acct=hexs(32), key_sid=key_sid, key_secret=key_secret, mg=hexs(32)), key_secret,
      "Twilio API keys: SK key SID and its secret")

    D("python", "decoy-vendor-example", "docs/snippets/twilio_quickstart.py", T(r'''
# Download the helper library from https://www.twilio.com/docs/python/install
import os
from twilio.rest import Client

# Find your Account SID and Auth Token at twilio.com/console
# and set the environment variables. See http://twil.io/secure
account_sid = os.environ["TWILIO_ACCOUNT_SID"]
auth_token = os.environ["TWILIO_AUTH_TOKEN"]
client = Client(account_sid, auth_token)

# e.g. account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", auth_token = "your_auth_token"
message = client.messages.create(
    body="Your escape room starts in 2 hours!",
    from_="+15017122661",
    to="+15558675310",
)
print(message.sid)
'''), "Twilio Python quickstart (placeholders and environment variables)")

    key = draw(128, URLSAFE)
    S("ruby", "yelp-api-key", "reviews/lib/tasks/reviews.rake", T(r'''
# Pulls latest Yelp reviews into the "What players say" carousel.
require "net/http"
require "json"

YELP_KEY = "<<key>>"
BUSINESS = "escapeworks-leeds-leeds"

namespace :reviews do
  desc "Refresh Yelp reviews cache"
  task refresh: :environment do
    uri = URI("https://api.yelp.com/v3/businesses/#{BUSINESS}/reviews?limit=20&sort_by=newest")
    req = Net::HTTP::Get.new(uri, "Authorization" => "Bearer #{YELP_KEY}")
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
    reviews = JSON.parse(res.body).fetch("reviews", [])
    Review.upsert_all(reviews.map { |r| { source: "yelp", external_id: r["id"], rating: r["rating"], text: r["text"] } },
                      unique_by: %i[source external_id])
    puts "#{reviews.size} reviews cached"
  end
end
''', key=key), key, "Yelp Fusion API: Authorization: Bearer <API key>")

    key = google_key()
    S("js", "google-places-server-key", "reviews-widget/server/places.js", T(r'''
// Server side: fetch Google reviews once an hour and serve them from our own cache.
// (This key is the unrestricted server key for the Places API; the browser never sees it.)
const PLACES_KEY = '<<key>>';
const PLACE_ID = 'ChIJ' + 'x7Gm1Zb1e0gR3V9cYk2pQwE';

let cache = { at: 0, reviews: [] };

async function googleReviews() {
  if (Date.now() - cache.at < 3600_000) return cache.reviews;
  const url = `https://maps.googleapis.com/maps/api/place/details/json?place_id=${PLACE_ID}&fields=reviews,rating&key=${PLACES_KEY}`;
  const res = await fetch(url);
  const body = await res.json();
  cache = { at: Date.now(), reviews: body.result.reviews || [] };
  return cache.reviews;
}

module.exports = { googleReviews };
''', key=key), key, "Google Places API (Place Details): key parameter")

    D("js", "decoy-publishable-key", "site/assets/js/find-us-map.js", T(r'''
// "Find us" map on the contact page. Mapbox public tokens (pk.) are meant for browsers and
// are URL-restricted to our domain in the Mapbox account.
mapboxgl.accessToken = '<<pk>>';

const map = new mapboxgl.Map({
  container: 'find-us-map',
  style: 'mapbox://styles/mapbox/streets-v12',
  center: [-1.5442, 53.7961],
  zoom: 15,
});

new mapboxgl.Marker({ color: '#d4a017' })
  .setLngLat([-1.5442, 53.7961])
  .setPopup(new mapboxgl.Popup().setHTML('<strong>EscapeWorks</strong><br>Entrance on Mill Hill'))
  .addTo(map);
''', pk=mapbox("pk", "escapeworks")), "Mapbox docs: public access tokens (pk.) for client-side use")

    sk = mapbox("sk", "escapeworks")
    S("python", "mapbox-secret-token", "outdoor-hunt/tools/upload_route_tiles.py", T(r'''
"""Uploads the treasure-hunt route as a Mapbox tileset (run after editing route.geojson)."""
import json
import sys

from mapbox import Uploader

MAPBOX_TOKEN = "<<sk>>"
TILESET = "escapeworks.city-hunt-route"


def main(path: str) -> None:
    uploader = Uploader(access_token=MAPBOX_TOKEN)
    with open(path, "rb") as src:
        resp = uploader.upload(src, TILESET, name="City hunt route")
    resp.raise_for_status()
    print(json.dumps(resp.json(), indent=2))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "route.geojson")
''', sk=sk), sk, "Mapbox docs: secret access tokens (sk.) with uploads:write scope")

    token = f"pat-eu1-{uuid4()}"
    S("yaml", "hubspot-private-app-token", "automations/workflows/corporate-enquiry.yml", T(r'''
# Corporate/team-building enquiries from the website form -> HubSpot deal
name: corporate-enquiry
trigger:
  type: webhook
  path: /hooks/corporate-enquiry
steps:
  - id: create_contact
    uses: http
    with:
      method: POST
      url: https://api.hubapi.com/crm/v3/objects/contacts
      headers:
        Authorization: Bearer <<token>>
        Content-Type: application/json
      body:
        properties:
          email: "{{ trigger.body.email }}"
          company: "{{ trigger.body.company }}"
          group_size: "{{ trigger.body.group_size }}"
  - id: notify
    uses: slack
    with:
      channel: "#sales"
      text: "New team-building enquiry from {{ trigger.body.company }}"
''', token=token), token, "HubSpot private apps: access token pat-<region>-<uuid> as Bearer")

    D("csv", "decoy-promo-codes", "marketing/promo/summer-2024-codes.csv", T(r'''
code,discount_percent,valid_from,valid_to,channel,notes
SUMMERESCAPE,15,2024-07-01,2024-08-31,flyer,printed on the summer flyer and the window poster
STUDENT24,20,2024-01-01,2024-12-31,website,public - shown on the students page
BLUELIGHT,10,2024-01-01,2024-12-31,bluelight-card,public listing on the discount site
ESCAPEAGAIN,10,2024-03-01,2024-12-31,email,in the post-game thank-you email to every player
HALLOWEENHUNT,25,2024-10-20,2024-10-31,social,instagram post
'''), "publicly advertised discount codes (not credentials)")

    key = fakes.openai_key(_seed())
    S("python", "openai-api-key", "hintbot/hintbot/llm.py", T(r'''
"""Drafts a themed hint for the GM to approve; never sent to players unreviewed."""
from openai import OpenAI

client = OpenAI(api_key="<<key>>")

SYSTEM = (
    "You write escape room hints in the voice of the room's character. "
    "Nudge, never give the answer. Max 25 words."
)


def draft_hint(room: str, character: str, puzzle: str, stuck_minutes: int) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Room: {room}. Character: {character}. "
                                        f"Puzzle: {puzzle}. Team stuck for {stuck_minutes} minutes."},
        ],
        temperature=0.7,
    )
    return resp.choices[0].message.content.strip()
''', key=key), key, "OpenAI Python SDK: OpenAI(api_key=...) with sk-proj- keys")

    key = "sk-ant-api03-" + draw(93, URLSAFE) + "AA"
    S("python", "anthropic-api-key", "hintbot/notebooks/story_drafts.py", T(r'''
# Quick script used to draft the narrator lines for the new Lighthouse room.
import anthropic

client = anthropic.Anthropic(api_key="<<key>>")

BRIEF = """The keeper vanished in 1911. Players find his log; each page unlocks a voice line.
Write 8 short narrator lines (max 20 words), eerie but family friendly."""

message = client.messages.create(
    model="claude-3-5-sonnet-20240620",
    max_tokens=800,
    messages=[{"role": "user", "content": BRIEF}],
)

for block in message.content:
    print(block.text)
''', key=key), key, "Anthropic Python SDK: Anthropic(api_key=...) with sk-ant-api03- keys")

    key = "sk_" + hexs(48)
    S("typescript", "elevenlabs-api-key", "voice-lines/src/render.ts", T(r'''
// Renders the narrator's voice lines to MP3 for QLab. `npm run render -- lighthouse`
import { writeFile, mkdir } from 'node:fs/promises';
import lines from './lines.json' assert { type: 'json' };

const ELEVEN_KEY = '<<key>>';
const VOICE_ID = 'N2lVS1w4EtoT3dr4eOWO';

async function render(room: string): Promise<void> {
  await mkdir(`out/${room}`, { recursive: true });
  for (const [cue, text] of Object.entries(lines[room] as Record<string, string>)) {
    const res = await fetch(`https://api.elevenlabs.io/v1/text-to-speech/${VOICE_ID}`, {
      method: 'POST',
      headers: { 'xi-api-key': ELEVEN_KEY, 'Content-Type': 'application/json', Accept: 'audio/mpeg' },
      body: JSON.stringify({ text, model_id: 'eleven_multilingual_v2', voice_settings: { stability: 0.4, similarity_boost: 0.8 } }),
    });
    if (!res.ok) throw new Error(`${cue}: ${res.status}`);
    await writeFile(`out/${room}/${cue}.mp3`, Buffer.from(await res.arrayBuffer()));
  }
}

render(process.argv[2] ?? 'lighthouse');
''', key=key), key, "ElevenLabs API: xi-api-key header")

    D("python", "decoy-test-fixture", "hintbot/tests/test_llm.py", T(r'''
from unittest import mock

import pytest

from hintbot import llm


@pytest.fixture(autouse=True)
def fake_key(monkeypatch):
    # The client refuses to start without a key; tests never reach the network.
    monkeypatch.setenv("OPENAI_API_KEY", "test-key-not-real")


def test_draft_hint_strips_whitespace():
    fake = mock.Mock()
    fake.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="  Look up.  "))]
    with mock.patch.object(llm, "client", fake):
        assert llm.draft_hint("Lighthouse", "keeper", "lens", 6) == "Look up."


def test_prompt_mentions_stuck_minutes():
    fake = mock.Mock()
    fake.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="x"))]
    with mock.patch.object(llm, "client", fake):
        llm.draft_hint("Heist", "Vinnie", "vault", 9)
    sent = fake.chat.completions.create.call_args.kwargs["messages"][1]["content"]
    assert "9 minutes" in sent
'''), "pytest monkeypatch fixture with an obviously fake key")

    secret = "6L" + draw(38, URLSAFE)
    S("env", "recaptcha-secret-key", "site/.env", T(r'''
SITE_URL=https://www.cluedup.example
CONTACT_TO=hello@cluedup.example
RECAPTCHA_SITE_KEY=6L<<site>>
RECAPTCHA_SECRET_KEY=<<secret>>
RECAPTCHA_MIN_SCORE=0.5
''', site=draw(38, URLSAFE), secret=secret), secret, "Google reCAPTCHA: site key (public) and secret key (server-side verify)")

    D("html", "decoy-publishable-key", "site/contact/index.html", T(r'''
<form id="enquiry" action="/api/enquiry" method="post">
  <label>Name <input name="name" required></label>
  <label>Email <input name="email" type="email" required></label>
  <label>Group size <input name="group_size" type="number" min="2" max="40"></label>
  <label>Message <textarea name="message" rows="5"></textarea></label>
  <div class="g-recaptcha" data-sitekey="6L<<site>>"></div>
  <button type="submit">Send enquiry</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', site=draw(38, URLSAFE)), "Google reCAPTCHA v2: data-sitekey is public")

    app, admin = draw(10, UPPER_DIGITS), hexs(32)
    S("js", "algolia-admin-key", "site/scripts/index-rooms.mjs", T(r'''
// Rebuilds the "find a room" search index after the CMS publishes.
import algoliasearch from 'algoliasearch';
import rooms from '../content/rooms.json' assert { type: 'json' };

const client = algoliasearch('<<app>>', '<<admin>>');
const index = client.initIndex('rooms_prod');

const records = rooms.map((r) => ({
  objectID: r.slug,
  name: r.name,
  theme: r.theme,
  difficulty: r.difficulty,
  minPlayers: r.players[0],
  maxPlayers: r.players[1],
}));

await index.replaceAllObjects(records, { safe: true });
await index.setSettings({ searchableAttributes: ['name', 'theme'], attributesForFaceting: ['difficulty'] });
console.log(`indexed ${records.length} rooms`);
''', app=app, admin=admin), admin, "Algolia docs: Admin API key (write access)")

    D("js", "decoy-publishable-key", "site/assets/js/room-search.js", T(r'''
// Search-only key: Algolia documents it as safe to expose in the front end.
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

const searchClient = algoliasearch('<<app>>', '<<key>>');

const search = instantsearch({ indexName: 'rooms_prod', searchClient });
search.addWidgets([
  searchBox({ container: '#room-search', placeholder: 'Pirates, heists, haunted houses...' }),
  hits({ container: '#room-hits', templates: { item: (hit, { html }) => html`<a href="/rooms/${hit.objectID}">${hit.name}</a>` } }),
]);
search.start();
''', app=draw(10, UPPER_DIGITS), key=hexs(32)), "Algolia docs: search-only API key is public")

    key = "phx_" + mixed(43)
    S("env", "posthog-personal-api-key", "analytics/.env", T(r'''
# Used by the weekly funnel export (personal API key of ops@, read-only scopes)
POSTHOG_HOST=https://eu.posthog.com
POSTHOG_PROJECT_ID=41873
POSTHOG_PERSONAL_API_KEY=<<key>>
EXPORT_DIR=./exports
''', key=key), key, "PostHog docs: personal API keys (phx_)")

    D("js", "decoy-publishable-key", "booking-widget/src/analytics.js", T(r'''
import posthog from 'posthog-js';

// Project API key (phc_) is write-only for events and is meant to be public.
posthog.init('phc_<<key>>', {
  api_host: 'https://eu.i.posthog.com',
  person_profiles: 'identified_only',
  capture_pageview: true,
});

export const trackSlotPicked = (room, start) => posthog.capture('slot_picked', { room, start });
export const trackCheckout = (room, players) => posthog.capture('checkout_started', { room, players });
''', key=mixed(43)), "PostHog docs: project API key (phc_) is public")

    D("js", "decoy-public-dsn", "booking-widget/src/sentry.js", T(r'''
import * as Sentry from '@sentry/browser';

// DSNs are not secret: they only allow sending events, and ship in every browser bundle.
Sentry.init({
  dsn: 'https://<<key>>@o<<org>>.ingest.de.sentry.io/<<proj>>',
  release: `booking-widget@${__APP_VERSION__}`,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 0.0,
});
''', key=hexs(32), org=digits(6), proj=digits(16)), "Sentry docs: DSN is safe to keep public")

# ---------------------------------------------------------------- CI, containers, cloud, hosts

def _infra() -> None:
    key_id, secret = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
    S("github-actions", "aws-secret-access-key", ".github/workflows/deploy-site.yml", T(r'''
name: Deploy marketing site
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: <<key_id>>
      AWS_SECRET_ACCESS_KEY: <<secret>>
      AWS_DEFAULT_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://www.escapeworks.example --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QWRUHAPOMQZL --paths "/*"
''', key_id=key_id, secret=secret), secret, "AWS CLI environment variables: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY")

    D("github-actions", "decoy-secrets-reference", ".github/workflows/deploy-gm-dashboard.yml", T(r'''
name: Deploy GM dashboard
on:
  workflow_dispatch:
  push:
    tags: ["v*"]

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
          role-to-assume: arn:aws:iam::418273645019:role/gm-dashboard-deploy
          aws-region: eu-west-2
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - run: docker build -t ghcr.io/escapeworks/gm-dashboard:${GITHUB_REF_NAME} .
      - run: docker push ghcr.io/escapeworks/gm-dashboard:${GITHUB_REF_NAME}
      - run: ./deploy.sh
        env:
          HIVEMQ_PASSWORD: ${{ secrets.HIVEMQ_PASSWORD }}
'''), "GitHub Actions docs: secrets context and OIDC role assumption")

    token = "glpat-" + draw(20, URLSAFE)
    S("gitlab-ci", "gitlab-personal-access-token", ".gitlab-ci.yml", T(r'''
stages: [build, firmware, release]

variables:
  PIO_HOME: "$CI_PROJECT_DIR/.pio-home"

build-firmware:
  stage: firmware
  image: python:3.12-slim
  script:
    - pip install platformio
    - pio run -d props/laser-grid
    - pio run -d props/cryptex-stand
  artifacts:
    paths: [props/*/.pio/build/*/firmware.bin]

release:
  stage: release
  image: curlimages/curl:8.8.0
  script:
    - >
      curl --fail --header "PRIVATE-TOKEN: <<token>>"
      --upload-file props/laser-grid/.pio/build/laser_grid_ota/firmware.bin
      "https://gitlab.com/api/v4/projects/58213377/packages/generic/laser-grid/${CI_COMMIT_TAG}/firmware.bin"
  rules:
    - if: $CI_COMMIT_TAG
''', token=token), token, "GitLab docs: personal access tokens (glpat-) in the PRIVATE-TOKEN header")

    token = "gldt-" + draw(20, URLSAFE)
    S("dockerfile", "gitlab-deploy-token", "hintbot/Dockerfile", T(r'''
FROM python:3.12-slim

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \
 && pip install --no-cache-dir \
    "git+https://gitlab+deploy-token-4471:<<token>>@gitlab.com/cluedup/room-sdk.git@v0.9.2"

COPY hintbot/ hintbot/
USER 1000
EXPOSE 8000
CMD ["uvicorn", "hintbot.api:app", "--host", "0.0.0.0", "--port", "8000"]
''', token=token), token, "GitLab docs: deploy tokens (gldt-) as git HTTPS credentials")

    D("dockerfile", "decoy-build-secret", "gm-dashboard/Dockerfile", T(r'''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc.template ./
# The npm token is mounted only for this step: docker build --secret id=npm_token,env=NPM_TOKEN
RUN --mount=type=secret,id=npm_token \
    NPM_TOKEN="$(cat /run/secrets/npm_token)" envsubst < .npmrc.template > .npmrc \
 && npm ci \
 && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /src/dist ./dist
COPY --from=build /src/node_modules ./node_modules
USER node
CMD ["node", "dist/server.js"]
'''), "Docker docs: build secrets (RUN --mount=type=secret)")

    pw = gen_pw(24)
    url = f"postgresql://booking:{pw}@booking-db.bookings.svc.cluster.local:5432/bookings?sslmode=require"
    S("k8s", "secret-database-url", "deploy/k8s/booking-api/secret.yaml", T(r'''
apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: bookings
  labels:
    app.kubernetes.io/name: booking-api
type: Opaque
data:
  DATABASE_URL: <<url>>
  LOG_LEVEL: aW5mbw==
''', url=b64(url)), pw, "Kubernetes docs: Secret data values are base64")

    pw = gen_pw(20)
    S("k8s", "secret-stringdata", "deploy/k8s/showctl/mqtt-credentials.yaml", T(r'''
apiVersion: v1
kind: Secret
metadata:
  name: showctl-mqtt
  namespace: showctl
type: Opaque
stringData:
  MQTT_HOST: emqx.showctl.svc.cluster.local
  MQTT_USERNAME: showctl
  MQTT_PASSWORD: "<<pw>>"
''', pw=pw), pw, "Kubernetes docs: Secret stringData")

    D("k8s", "decoy-sealed-secret", "deploy/k8s/booking-api/sealed-secret.yaml", T(r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-api
  namespace: bookings
spec:
  encryptedData:
    DATABASE_URL: AgB<<c1>>
    STRIPE_SECRET_KEY: AgB<<c2>>
  template:
    metadata:
      name: booking-api
      namespace: bookings
    type: Opaque
''', c1=draw(379, B64) + "==", c2=draw(379, B64) + "=="), "Bitnami sealed-secrets: encryptedData is asymmetric ciphertext")

    D("k8s", "decoy-external-secret", "deploy/k8s/hintbot/external-secret.yaml", T(r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: hintbot
  namespace: hintbot
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: hintbot
    creationPolicy: Owner
  data:
    - secretKey: OPENAI_API_KEY
      remoteRef:
        key: prod/hintbot
        property: openai_api_key
    - secretKey: ELEVENLABS_API_KEY
      remoteRef:
        key: prod/hintbot
        property: elevenlabs_api_key
'''), "External Secrets Operator: ExternalSecret remoteRef")

    D("helm", "decoy-existing-secret", "deploy/helm/booking-stack/values.yaml", T(r'''
postgresql:
  enabled: true
  auth:
    username: booking
    database: bookings
    existingSecret: booking-db-credentials
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: booking-redis
    existingSecretPasswordKey: redis-password

api:
  image: registry.gitlab.com/enigma-quarters/booking-api:2.11.0
  envFrom:
    - secretRef:
        name: booking-api
'''), "Bitnami charts: auth.existingSecret")

    pw = gen_pw(26)
    S("helm", "redis-auth-password", "deploy/helm/gm-dashboard/values-leeds.yaml", T(r'''
venue: leeds
ingress:
  enabled: true
  host: gm.leeds.escapeworks.example

redis:
  architecture: standalone
  auth:
    enabled: true
    password: "<<pw>>"
  master:
    persistence:
      size: 2Gi

dashboard:
  rooms: [pharaoh, submarine, heist, asylum]
  sessionTTLMinutes: 720
''', pw=pw), pw, "Bitnami Redis chart: auth.password")

    tok = "dop_v1_" + hexs(64)
    S("terraform", "digitalocean-token", "infra/terraform/main.tf", T(r'''
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
  }
}

provider "digitalocean" {
  token = "<<tok>>"
}

resource "digitalocean_droplet" "booking" {
  name     = "booking-lon1"
  image    = "ubuntu-24-04-x64"
  region   = "lon1"
  size     = "s-2vcpu-4gb"
  ssh_keys = [digitalocean_ssh_key.ops.fingerprint]
  tags     = ["booking", "prod"]
}

resource "digitalocean_ssh_key" "ops" {
  name       = "ops"
  public_key = file("${path.module}/keys/ops.pub")
}
''', tok=tok), tok, "DigitalOcean API tokens (dop_v1_) and the Terraform provider token argument")

    D("terraform", "decoy-generated-password", "infra/terraform/database.tf", T(r'''
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

resource "aws_secretsmanager_secret_version" "booking_db" {
  secret_id     = aws_secretsmanager_secret.booking_db.id
  secret_string = jsonencode({ username = "booking", password = random_password.booking_db.result })
}
'''), "Terraform random provider: random_password")

    tok = draw(40, URLSAFE)
    S("tfvars", "cloudflare-api-token", "infra/terraform/prod.auto.tfvars", T(r'''
environment          = "prod"
zone_name            = "cluedup.example"
cloudflare_api_token = "<<tok>>"
booking_origin       = "booking-lon1.cluedup.example"
enable_waf           = true
cache_ttl_seconds    = 3600
''', tok=tok), tok, "Cloudflare API tokens (40 characters) for the Terraform provider")

    pw = words_pw()
    S("ansible", "become-password", "ansible/group_vars/prop_pis.yml", T(r'''
---
ansible_user: gm
ansible_become: true
ansible_become_password: "<<pw>>"
ansible_python_interpreter: /usr/bin/python3

prop_controller_version: "2.6.1"
mqtt_host: 10.40.0.5
pigpio_enabled: true
timezone: Europe/London
''', pw=pw), pw, "Ansible docs: ansible_become_password")

    body = _wrap(hexs(560), 80)
    D("ansible", "decoy-vault-ciphertext", "ansible/group_vars/all/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + body + "\n",
      "ansible-vault: $ANSIBLE_VAULT;1.1;AES256 encrypted file")

    D("ansible", "decoy-vault-lookup", "ansible/roles/gm_dashboard/tasks/main.yml", T(r'''
---
- name: Render dashboard environment
  ansible.builtin.template:
    src: env.j2
    dest: /etc/gm-dashboard/env
    owner: root
    group: gmdash
    mode: "0640"
  vars:
    mqtt_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/venue/leeds/mqtt:password') }}"
    session_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/venue/leeds/gmdash:session_key') }}"
  notify: restart gm-dashboard

- name: Ensure dashboard is running
  ansible.builtin.systemd:
    name: gm-dashboard
    state: started
    enabled: true
'''), "community.hashi_vault lookup plugin")

    account, key = "005" + hexs(22), "K005" + mixed(27)
    S("ini", "backblaze-b2-application-key", "nvr/backup/rclone.conf", T(r'''
[b2-cctv]
type = b2
account = <<account>>
key = <<key>>
hard_delete = false

[nas]
type = local
nounc = true
''', account=account, key=key), key, "rclone B2 backend: account (keyID) and key (application key)")

    pw = gen_pw(16)
    S("netrc", "ftp-password", "marketing/print/.netrc", T(r'''
# lftp and curl read this when pushing flyers to the print shop
machine ftp.printhaus.example
    login escapeworks-leeds
    password <<pw>>

''', pw=pw), pw, "netrc(5): machine / login / password")

    pw = gen_pw(20)
    S("pgpass", "postgres-password", "analytics/.pgpass", T(r'''
# hostname:port:database:username:password
# read-only replica for Metabase and the notebooks
10.20.0.15:5432:bookings:analyst:<<pw>>
# local dev database uses trust auth, no entry needed
#localhost:5432:bookings_dev:dev:
''', pw=pw), pw, "PostgreSQL docs: the password file (.pgpass)")

    tok = fakes.fake("npm_", 36, _seed())
    S("npmrc", "npm-token", "props-web-ui/.npmrc", T(r'''
@escapeworks:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<tok>>
save-exact=true
engine-strict=true
fund=false
''', tok=tok), tok, "npm docs: .npmrc _authToken (npm_ granular tokens)")

    D("yaml", "decoy-sops-ciphertext", "deploy/secrets/leeds.enc.yaml", T(r'''
mqtt_password: ENC[AES256_GCM,data:<<d1>>,iv:<<i1>>,tag:<<t1>>,type:str]
hivemq_password: ENC[AES256_GCM,data:<<d2>>,iv:<<i2>>,tag:<<t2>>,type:str]
sops:
    age:
        - recipient: age1<<rcpt>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<a1>>
            <<a2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T09:14:27Z"
    mac: ENC[AES256_GCM,data:<<m>>,iv:<<i3>>,tag:<<t3>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', d1=draw(28, B64), i1=draw(43, B64) + "=", t1=draw(22, B64) + "==",
      d2=draw(32, B64), i2=draw(43, B64) + "=", t2=draw(22, B64) + "==",
      rcpt=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=draw(64, B64), a2=draw(40, B64) + "==",
      m=draw(88, B64), i3=draw(43, B64) + "=", t3=draw(22, B64) + "=="), "SOPS: ENC[AES256_GCM,...] values and age-encrypted data key")

    pw = words_pw()
    S("shell-history", "mysql-password", "ops/notes/booking-db-session.bash_history", T(r'''
ssh ops@booking-lon1
sudo systemctl status booking-api
mysql -u root -p'<<pw>>' vouchers
mysqldump -u root -p'<<pw>>' vouchers > /tmp/vouchers-before-fix.sql
sudo systemctl restart booking-api
exit
''', pw=pw), pw, "mysql(1): -p<password> on the command line")

    tok = fakes.github_fine_grained_token(_seed())
    S("shell-history", "github-fine-grained-token", "ops/notes/laptop.zsh_history", T(r'''
: 1714032110:0;cd ~/src/gm-dashboard
: 1714032118:0;git pull --rebase
: 1714032190:0;export GITHUB_TOKEN=<<tok>>
: 1714032195:0;gh release create v3.8.2 --generate-notes
: 1714032260:0;docker compose pull && docker compose up -d
: 1714032301:0;git status
''', tok=tok), tok, "GitHub fine-grained personal access tokens (github_pat_)")

    pw = words_pw()
    S("markdown", "runbook-password", "docs/runbooks/gm-pc.md", T(r'''
# Game master PC (control room)

The GM PC runs the dashboard, the camera wall and QLab for all four rooms.

## Logging in

- Windows account: `gm`
- Password: `<<pw>>`
- Auto-login is **off** since the break-in in March; log in at the start of the shift.

## Start of day

1. Turn on the amp rack (switch behind the curtain), then the PC.
2. Open Chrome > "GM Dashboard" bookmark, check all props show **online**.
3. Open QLab workspace `Rooms.qlab5`, run cue `PRE` in each room.
4. Test the intercom in every room.

## If a prop shows offline

Power-cycle it from the relay board (labelled per room). If it is still offline after 2 minutes,
run the game on manual and write it in the shift log.
''', pw=pw), pw, "venue runbook in Markdown")

    pw = gen_pw(16)
    S("markdown", "readme-broker-password", "props/README.md", T(r'''
# Prop firmware

All props talk to the venue broker (Mosquitto on the backstage Pi, `10.40.0.5:1883`).

| Setting | Value |
|---------|-------|
| Broker | `10.40.0.5` |
| Port | `1883` |
| Username | `props` |
| Password | `<<pw>>` |
| Topic root | `er/<room>/<prop>` |

## Building

```sh
cd props/<prop>
pio run -t upload
```

Each prop publishes `online` / `offline` (retained) on `er/<room>/<prop>/status` and accepts
`open`, `reset` and `test` on `er/<room>/<prop>/cmd`.
''', pw=pw), pw, "README with a broker settings table")

    D("markdown", "decoy-placeholder", "gm-dashboard/README.md", T(r'''
# GM dashboard

Live view of every room: timer, prop states, hints sent, camera tiles.

## Running locally

```sh
cp .env.example .env
# fill in MQTT_URL=mqtt://<user>:<password>@localhost:1883 and SESSION_SECRET=<random string>
docker compose up -d mosquitto
npm install
npm run dev
```

Generate a session secret with `openssl rand -hex 32`. Never commit `.env`.

## Configuration

| Variable | Example |
|----------|---------|
| `MQTT_URL` | `mqtt://gmdash:YOUR_PASSWORD@10.40.0.5:1883` |
| `SESSION_SECRET` | `<output of openssl rand -hex 32>` |
| `ROOMS` | `pharaoh,submarine,heist` |
'''), "README with placeholder values")

    D("env", "decoy-placeholder", "gm-dashboard/.env.example", T(r'''
# Copy to .env and fill in. Never commit the real file.
MQTT_URL=mqtt://gmdash:change-me@localhost:1883
SESSION_SECRET=
ROOMS=pharaoh,submarine,heist,asylum
HIVEMQ_PASSWORD=
SENTRY_DSN=
TZ=Europe/London
'''), ".env.example template with empty values")

    pw = gen_pw(22)
    S("env", "database-url-password", "voucher-portal/.env", T(r'''
APP_ENV=production
APP_URL=https://vouchers.puzzlebox.example
DATABASE_URL=mysql://vouchers:<<pw>>@10.20.0.14:3306/vouchers
VOUCHER_PREFIX=PBX
PDF_FONT=Poppins
''', pw=pw), pw, "database URL with userinfo (RFC 3986)")

    key = openssh_key()
    S("ssh", "openssh-private-key", "provisioning/keys/prop_deploy_ed25519", key + "\n", key,
      "OpenSSH private key format (openssh-key-v1)")

    D("ssh", "decoy-public-key", "provisioning/keys/authorized_keys", T(r'''
<<k1>>
<<k2>>
<<k3>>
<<k4>>
<<k5>>
''', k1=ssh_pub("amira@ops-laptop"), k2=ssh_pub("tomasz@gm-pc"), k3=ssh_pub("ci-deploy@gitlab"),
      k4=ssh_pub("keeley@macbook"), k5=ssh_pub("backup@nas01")), "sshd(8) AUTHORIZED_KEYS FILE FORMAT (public keys)")

    pw = words_pw()
    S("yaml", "cloud-init-plaintext-password", "pi-images/ubuntu-props/user-data", T(r'''
#cloud-config
hostname: prop-pi
manage_etc_hosts: true
users:
  - name: gm
    groups: [adm, sudo, gpio, dialout]
    shell: /bin/bash
    lock_passwd: false
    sudo: ALL=(ALL) NOPASSWD:ALL
chpasswd:
  expire: false
  users:
    - name: gm
      password: "<<pw>>"
      type: text
ssh_pwauth: true
packages: [mosquitto-clients, python3-gpiozero]
runcmd:
  - systemctl enable --now ssh
''', pw=pw), pw, "cloud-init docs: chpasswd users type: text")

    D("yaml", "decoy-password-hash", "pi-images/ubuntu-timer/user-data", T(r'''
#cloud-config
hostname: timer-screen
users:
  - name: gm
    groups: [adm, video]
    shell: /bin/bash
    lock_passwd: false
    passwd: "<<h>>"
    ssh_authorized_keys:
      - <<k>>
ssh_pwauth: false
packages: [chromium-browser, unclutter]
runcmd:
  - sudo -u gm xdg-settings set default-web-browser chromium.desktop
''', h=sha512crypt(), k=ssh_pub("ops@escapeworks")), "cloud-init docs: users passwd is a crypt hash")

    key = rsa_key(lines=25)
    S("pem", "rsa-private-key", "props/iot/certs/prop-controller-07.private.pem.key", key + "\n", key,
      "AWS IoT Core: device certificate private key (PEM)")

    D("pem", "decoy-certificate", "props/iot/certs/prop-controller-07.cert.pem", cert_pem(18) + "\n",
      "X.509 certificate (public)")

    pem = rsa_key(lines=25, pkcs8=True).replace("\n", "\\n")
    S("json", "gcp-service-account-key", "ops/sheets/booking-export-sa.json", T(r'''
{
  "type": "service_account",
  "project_id": "escapeworks-ops",
  "private_key_id": "<<kid>>",
  "private_key": "<<pem>>\n",
  "client_email": "booking-export@escapeworks-ops.iam.gserviceaccount.com",
  "client_id": "<<cid>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/booking-export%40escapeworks-ops.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', kid=hexs(40), pem=pem, cid=digits(21)), pem, "Google Cloud service account key file (JSON)")

    D("json", "decoy-workload-identity", "ops/sheets/wif-credential-config.json", T(r'''
{
  "universal_domain": "googleapis.com",
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/<<num>>/locations/global/workloadIdentityPools/github/providers/github-actions",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "token_url": "https://sts.googleapis.com/v1/token",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/booking-export@escapeworks-ops.iam.gserviceaccount.com:generateAccessToken",
  "credential_source": {
    "url": "https://pipelines.actions.githubusercontent.com/oidc-token?audience=gcp",
    "format": { "type": "json", "subject_token_field_name": "value" }
  }
}
''', num=digits(12)), "Google Cloud workload identity federation credential configuration (no key)")

    tok = fakes.github_token(_seed())
    S("xml", "nuget-cleartext-password", "Unity/NuGet.Config", T(r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="escapeworks" value="https://nuget.pkg.github.com/escapeworks/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <escapeworks>
      <add key="Username" value="ew-build" />
      <add key="ClearTextPassword" value="<<tok>>" />
    </escapeworks>
  </packageSourceCredentials>
</configuration>
''', tok=tok), tok, "NuGet docs: nuget.config packageSourceCredentials ClearTextPassword (GitHub Packages PAT)")

    D("xml", "decoy-env-reference", "src/NuGet.Config", T(r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="escapeworks" value="https://nuget.pkg.github.com/escapeworks/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <escapeworks>
      <add key="Username" value="ew-build" />
      <add key="ClearTextPassword" value="%GITHUB_PACKAGES_TOKEN%" />
    </escapeworks>
  </packageSourceCredentials>
</configuration>
'''), "NuGet docs: environment variables in nuget.config (%VAR%)")

# ---------------------------------------------------------------- chat-ops, venue network, misc

def _venue() -> None:
    hook = discord_webhook()
    S("unity-asset", "discord-webhook", "Unity/Assets/Settings/AchievementsConfig.asset", T(r'''
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: 7c1e5a2b9d3f4e608a1b2c3d4e5f6071, type: 3}
  m_Name: AchievementsConfig
  m_EditorClassIdentifier:
  discordWebhookUrl: <<hook>>
  postOnEscape: 1
  postOnRecordTime: 1
  recordThresholdSeconds: 2400
''', hook=hook), hook, "Discord webhooks: https://discord.com/api/webhooks/<id>/<token>; Unity serialized asset YAML")

    tok = slack_bot()
    S("yaml", "slack-bot-token", "gm-alerts/config.yml", T(r'''
slack:
  bot_token: <<tok>>
  channels:
    alerts: C05QJ2M8K1N
    shift_log: C05QJ2P4R7T
alerts:
  prop_offline_after_seconds: 45
  game_overrun_minutes: 5
  panic_button: true
  quiet_hours: "23:30-08:00"
''', tok=tok), tok, "Slack docs: bot tokens (xoxb-)")

    hook = slack_webhook()
    S("python", "slack-incoming-webhook", "gm-dashboard/gmdash/notify.py", T(r'''
"""Posts record escapes and panic-button presses to #venue-ops."""
import requests

WEBHOOK = "<<hook>>"


def post(text: str, emoji: str = ":unlock:") -> None:
    requests.post(WEBHOOK, json={"text": f"{emoji} {text}"}, timeout=5)


def record_escape(room: str, team: str, seconds: int) -> None:
    m, s = divmod(seconds, 60)
    post(f"New record in *{room}*: {team} escaped in {m}:{s:02d}!", ":trophy:")


def panic(room: str) -> None:
    post(f"PANIC BUTTON pressed in *{room}* - GM to the room now", ":rotating_light:")
''', hook=hook), hook, "Slack incoming webhooks: hooks.slack.com/services/T.../B.../...")

    uid = digits(18)
    tok = b64url(uid.encode()) + "." + draw(6, URLSAFE) + "." + draw(38, URLSAFE)
    S("js", "discord-bot-token", "community-bot/index.js", T(r'''
// Community Discord: posts the leaderboard weekly and answers !book with the booking link.
const { Client, GatewayIntentBits, EmbedBuilder } = require('discord.js');
const { weeklyLeaderboard } = require('./leaderboard');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.on('messageCreate', async (msg) => {
  if (msg.author.bot) return;
  if (msg.content === '!book') {
    await msg.reply('Grab a slot: https://escapeworks.example/book');
  }
  if (msg.content === '!leaderboard') {
    const rows = await weeklyLeaderboard();
    const embed = new EmbedBuilder().setTitle('Fastest escapes this week')
      .setDescription(rows.map((r, i) => `${i + 1}. ${r.team} - ${r.room} - ${r.time}`).join('\n'));
    await msg.channel.send({ embeds: [embed] });
  }
});

client.login('<<tok>>');
''', tok=tok), tok, "discord.js: client.login(token); Discord bot token format")

    tok = fakes.telegram_token(_seed())
    S("python", "telegram-bot-token", "staff-bot/bot.py", T(r'''
"""Staff Telegram bot: /today lists bookings, /cover asks who can cover a shift."""
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from staffbot.bookings import today_summary

TOKEN = "<<tok>>"
STAFF_CHAT = -1002147483647


async def today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(today_summary())


async def cover(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    shift = " ".join(context.args) or "tonight"
    await context.bot.send_message(STAFF_CHAT, f"Can anyone cover {shift}? Reply here.")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("today", today))
    app.add_handler(CommandHandler("cover", cover))
    app.run_polling()


if __name__ == "__main__":
    main()
''', tok=tok), tok, "Telegram Bot API: bot token <id>:<secret>")

    key = "base64:" + rand_bytes_b64(32)
    S("env", "laravel-app-key", "voucher-shop/.env", T(r'''
APP_NAME="Cluedup Vouchers"
APP_ENV=production
APP_KEY=<<key>>
APP_DEBUG=false
APP_URL=https://vouchers.cluedup.example

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=vouchers
DB_USERNAME=vouchers
''', key=key), key, "Laravel docs: APP_KEY (base64: encryption key)")

    pw = gen_pw(18)
    S("ipynb", "connection-string-password", "analytics/notebooks/occupancy_by_room.ipynb", T(r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Occupancy by room and weekday\n", "Slots booked / slots offered, last 12 weeks."]
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
    "engine = create_engine(\"postgresql+psycopg2://analyst:<<pw>>@10.20.0.15:5432/bookings\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"select room, start_at, booked from slots where start_at > now() - interval '12 weeks'\", engine)\n",
    "df.assign(weekday=df.start_at.dt.day_name()).pivot_table(index='room', columns='weekday', values='booked', aggfunc='mean').round(2)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.8"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', pw=pw), pw, "Jupyter notebook format v4; SQLAlchemy database URL")

    D("ipynb", "decoy-getpass", "analytics/notebooks/hint_usage.ipynb", T(r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine, URL\n",
    "\n",
    "url = URL.create('postgresql+psycopg2', username='analyst', password=getpass.getpass('DB password: '),\n",
    "                 host='10.20.0.15', database='bookings')\n",
    "engine = create_engine(url)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql('select room, avg(hints_used) from games group by room', engine)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
'''), "Python getpass: password typed at run time")

    pw = words_pw()
    S("batch", "autologon-password", "ops/windows/setup-timer-kiosk.bat", T(r'''
@echo off
REM Lobby timer kiosk: auto-login and start Chrome in kiosk mode.
REM Run as Administrator once after imaging.

set KIOSK_USER=kiosk
set WINLOGON=HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon

reg add "%WINLOGON%" /v AutoAdminLogon /t REG_SZ /d 1 /f
reg add "%WINLOGON%" /v DefaultUserName /t REG_SZ /d %KIOSK_USER% /f
reg add "%WINLOGON%" /v DefaultPassword /t REG_SZ /d "<<pw>>" /f
reg add "%WINLOGON%" /v DefaultDomainName /t REG_SZ /d %COMPUTERNAME% /f

copy /Y "%~dp0timer-kiosk.lnk" "C:\Users\%KIOSK_USER%\AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup\"
echo Done. Reboot to test.
''', pw=pw), pw, "Microsoft docs: Winlogon AutoAdminLogon / DefaultPassword")

    basic = b64(f"gmwall:{gen_pw(16)}")
    S("nginx", "basic-auth-header", "gm-wall/nginx/sites-available/cams.conf", T(r'''
# The camera wall page proxies the NVR's MJPEG streams so GMs don't need NVR logins.
server {
    listen 80;
    server_name cams.venue.lan;

    location /nvr/ {
        proxy_pass http://10.40.10.2/;
        proxy_set_header Authorization "Basic <<basic>>";
        proxy_buffering off;
        proxy_read_timeout 3600s;
    }

    location / {
        root /srv/gm-wall;
        index index.html;
    }
}
''', basic=basic), basic, "RFC 7617 Basic credentials in nginx proxy_set_header")

    lines = [f"{u}:$apr1${draw(8, CRYPT)}${draw(22, CRYPT)}" for u in ["amira", "tomasz", "keeley", "frontdesk", "owner"]]
    D("conf", "decoy-password-hash", "gm-wall/nginx/.htpasswd", "\n".join(lines) + "\n",
      "Apache htpasswd: $apr1$ MD5-crypt hashes")

    pw = words_pw()
    S("routeros", "wifi-psk", "network/mikrotik/hap-ax2-backstage.rsc", T(r'''
# 2024-03-18 10:42:11 by RouterOS 7.14
# model = C52iG-5HaxD2HaxD
/interface bridge
add name=bridge-props
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=props-sec passphrase="<<pw>>"
/interface wifi
set [ find default-name=wifi2 ] configuration.mode=ap .ssid=EW-Props-2G disabled=no security=props-sec
/ip address
add address=10.40.0.1/24 interface=bridge-props
/ip dhcp-server network
add address=10.40.0.0/24 dns-server=10.40.0.1 gateway=10.40.0.1
/system identity
set name=backstage-hap
''', pw=pw), pw, "MikroTik RouterOS /interface wifi security passphrase")

    pw = gen_pw(14)
    S("cisco", "ios-user-password", "network/switches/sw-control-room.cfg", T(r'''
hostname sw-control-room
!
no ip domain-lookup
ip domain-name venue.lan
!
username netadmin privilege 15 password 0 <<pw>>
!
vlan 40
 name PROPS
vlan 50
 name CCTV
!
interface range GigabitEthernet1/0/1-12
 switchport mode access
 switchport access vlan 40
 spanning-tree portfast
!
interface range GigabitEthernet1/0/13-20
 switchport mode access
 switchport access vlan 50
!
line vty 0 4
 login local
 transport input ssh
!
end
''', pw=pw), pw, "Cisco IOS: username ... password 0 (unencrypted)")

    D("cisco", "decoy-password-hash", "network/switches/sw-lobby.cfg", T(r'''
hostname sw-lobby
!
enable secret 9 $9$<<s1>>$<<h1>>
!
username netadmin privilege 15 secret 9 $9$<<s2>>$<<h2>>
!
vlan 60
 name LOBBY-SCREENS
!
interface range GigabitEthernet1/0/1-8
 switchport mode access
 switchport access vlan 60
!
line vty 0 4
 login local
 transport input ssh
!
end
''', s1=draw(14, CRYPT), h1=draw(43, CRYPT), s2=draw(14, CRYPT), h2=draw(43, CRYPT)),
      "Cisco IOS type 9 (scrypt) secrets")

    pw = gen_pw(20)
    S("yaml", "zigbee2mqtt-password", "homeassistant/zigbee2mqtt/configuration.yaml", T(r'''
homeassistant:
  enabled: true
frontend:
  enabled: true
  port: 8099
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://10.40.0.5:1883
  user: zigbee2mqtt
  password: <<pw>>
serial:
  port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0
  adapter: zstack
advanced:
  channel: 25
  log_level: warning
devices:
  '0x00158d0008a1b2c3':
    friendly_name: asylum_door_sensor
''', pw=pw), pw, "Zigbee2MQTT configuration: mqtt.user / mqtt.password")

    D("yaml", "decoy-secret-reference", "homeassistant/zigbee2mqtt/configuration.staging.yaml", T(r'''
mqtt:
  base_topic: zigbee2mqtt
  server: '!secret.yaml server'
  user: '!secret.yaml user'
  password: '!secret.yaml password'
serial:
  port: /dev/ttyUSB0
advanced:
  network_key: '!secret.yaml network_key'
  log_level: info
frontend:
  enabled: true
'''), "Zigbee2MQTT docs: '!secret.yaml key' references")

    pw = " ".join(draw(4, string.ascii_lowercase) for _ in range(4))
    S("python", "gmail-app-password", "tools/send_photo_emails.py", T(r'''
"""Emails each team their end-of-game photo (run from the lobby PC after the last game)."""
import smtplib
from email.message import EmailMessage
from pathlib import Path

SENDER = "photos.escapeworks@gmail.com"
APP_PASSWORD = "<<pw>>"


def send(to: str, team: str, photo: Path) -> None:
    msg = EmailMessage()
    msg["From"] = f"EscapeWorks <{SENDER}>"
    msg["To"] = to
    msg["Subject"] = f"Your EscapeWorks photo - {team}"
    msg.set_content("Thanks for playing! Tag us @escapeworks when you post it.")
    msg.add_attachment(photo.read_bytes(), maintype="image", subtype="jpeg", filename=photo.name)
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
        smtp.login(SENDER, APP_PASSWORD)
        smtp.send_message(msg)
''', pw=pw), pw, "Google account app passwords (16 letters) with smtplib")

    D("yaml", "decoy-checksum", "props/firmware/manifest.yml", T(r'''
# Released firmware images; the OTA updater refuses anything whose sha256 differs.
release: 2024.05.2
images:
  - prop: laser-grid
    file: laser-grid-2.6.1.bin
    sha256: <<a>>
    git: <<ga>>
  - prop: cryptex-stand
    file: cryptex-stand-1.4.0.bin
    sha256: <<b>>
    git: <<gb>>
  - prop: library-bookcase
    file: library-bookcase-3.0.2.bin
    sha256: <<c>>
    git: <<gc>>
''', a=hexs(64), ga=hexs(40), b=hexs(64), gb=hexs(40), c=hexs(64), gc=hexs(40)), "SHA-256 checksums and git commit ids")

    D("json", "decoy-integrity-hash", "gm-dashboard/package-lock.json", T(r'''
{
  "name": "gm-dashboard",
  "version": "3.8.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "gm-dashboard",
      "version": "3.8.2",
      "dependencies": { "mqtt": "^5.7.0", "socket.io": "^4.7.5" }
    },
    "node_modules/mqtt": {
      "version": "5.7.0",
      "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.7.0.tgz",
      "integrity": "sha512-<<i1>>==",
      "license": "MIT"
    },
    "node_modules/socket.io": {
      "version": "4.7.5",
      "resolved": "https://registry.npmjs.org/socket.io/-/socket.io-4.7.5.tgz",
      "integrity": "sha512-<<i2>>==",
      "license": "MIT"
    }
  }
}
''', i1=draw(86, B64), i2=draw(86, B64)), "npm package-lock.json integrity (Subresource Integrity sha512)")

    D("yaml", "decoy-image-digest", "ops/compose/broker.yml", T(r'''
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18@sha256:<<d1>>
    restart: unless-stopped
    ports: ["1883:1883", "9001:9001"]
    volumes:
      - ./mosquitto:/mosquitto/config:ro
      - mosquitto-data:/mosquitto/data
  node-red:
    image: nodered/node-red:3.1.9@sha256:<<d2>>
    restart: unless-stopped
    ports: ["1880:1880"]
    volumes:
      - ./node-red:/data
volumes:
  mosquitto-data:
''', d1=hexs(64), d2=hexs(64)), "Docker image references pinned by digest")

    D("json", "decoy-ui-strings", "gm-dashboard/web/src/locales/en.json", T(r'''
{
  "login": {
    "title": "Game master sign-in",
    "username": "Username",
    "password": "Password",
    "forgotPassword": "Forgot your password?",
    "submit": "Sign in"
  },
  "room": {
    "startGame": "Start game",
    "sendHint": "Send hint",
    "overrideLock": "Open maglock",
    "resetProps": "Reset props",
    "accessCode": "Room access code",
    "secretDoor": "Secret door"
  },
  "errors": {
    "badCredentials": "Wrong username or password",
    "tokenExpired": "Your session has expired, please sign in again"
  }
}
'''), "i18n resource file (UI labels)")

    D("log", "decoy-redacted", "ops/logs/booking-sync-2024-05-11.log", T(r'''
2024-05-11T06:00:01Z INFO  booking-sync starting (provider=bookeo, lookahead=21d)
2024-05-11T06:00:01Z DEBUG GET https://api.bookeo.com/v2/bookings?apiKey=[REDACTED]&secretKey=[REDACTED]&startTime=2024-05-11T00:00:00Z
2024-05-11T06:00:02Z INFO  fetched 37 bookings
2024-05-11T06:00:02Z DEBUG POST https://hooks.slack.com/services/T***/B***/*** status=200
2024-05-11T06:00:03Z WARN  booking 1041188 has no waiver yet (lead: j***@gmail.com)
2024-05-11T06:00:03Z DEBUG headers={'Authorization': 'Bearer ****', 'Accept': 'application/json'}
2024-05-11T06:00:04Z INFO  booking-sync done in 3.1s
'''), "application log with credentials redacted")

    D("markdown", "decoy-vendor-example", "docs/integrations/booking-api.md", T(r'''
# Booking API integration

Every request needs your API key in the `X-API-KEY` header.

```bash
curl https://api.resova.us/v1/items \
  -H "X-API-KEY: YOUR_API_KEY" \
  -H "Accept: application/json"
```

```js
const res = await fetch('https://api.resova.us/v1/availability/calendar?item_id=12', {
  headers: { 'X-API-KEY': process.env.RESOVA_API_KEY },
});
```

Keys are created under *Settings > Developers* in the Resova dashboard. Store them in 1Password
and in the server's environment, never in the repository.
'''), "vendor API docs example with a placeholder key")

    D("python", "decoy-test-fixture", "propctl/tests/test_bus.py", T(r'''
"""Integration test against a throwaway Mosquitto container (testcontainers)."""
import time

import paho.mqtt.client as mqtt
import pytest
from testcontainers.core.container import DockerContainer

DUMMY_USER = "test"
DUMMY_PASSWORD = "test"


@pytest.fixture(scope="module")
def broker():
    with DockerContainer("eclipse-mosquitto:2.0.18").with_exposed_ports(1883).with_command(
        "mosquitto -c /mosquitto-no-auth.conf"
    ) as c:
        time.sleep(1)
        yield c.get_container_host_ip(), int(c.get_exposed_port(1883))


def test_publish_roundtrip(broker):
    host, port = broker
    got = []
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    client.username_pw_set(DUMMY_USER, DUMMY_PASSWORD)
    client.on_message = lambda c, u, m: got.append(m.payload)
    client.connect(host, port)
    client.subscribe("er/test/#")
    client.loop_start()
    client.publish("er/test/prop/event", b"solved")
    time.sleep(0.5)
    client.loop_stop()
    assert got == [b"solved"]
'''), "pytest fixture with dummy credentials against a local test broker")

    D("yaml", "decoy-puzzle-solution", "rooms/pharaoh/room.yml", T(r'''
# The Pharaoh's Tomb - puzzle flow. Answers are what players enter; GMs see them on the dashboard.
id: pharaoh
duration_minutes: 60
puzzles:
  - id: hieroglyph-wheel
    prop: er/pharaoh/wheel
    answer: "ANKH"
    hint_after_minutes: 8
  - id: canopic-jars
    prop: er/pharaoh/jars
    answer: [falcon, jackal, baboon, human]
  - id: sarcophagus-keypad
    prop: er/pharaoh/keypad
    unlock_code: "1323"
    hint_after_minutes: 12
  - id: star-map
    prop: er/pharaoh/starmap
    answer: "ORION"
finale:
  cue: P90
  open: er/pharaoh/exit/cmd
'''), "escape room puzzle configuration (game answers, not credentials)")

    D("json", "decoy-puzzle-solution", "gm-dashboard/data/rooms/heist.json", T(r'''
{
  "room": "heist",
  "title": "The Midnight Heist",
  "puzzles": [
    { "id": "guard-rota", "answer": "0415", "hints": ["The rota says who is on at quarter past four."] },
    { "id": "vault-dial", "answer": "L32-R17-L8", "hints": ["Left, right, left. The painting has three numbers."] },
    { "id": "laser-grid", "answer": null, "hints": ["Watch the mirrors, not the lasers."] },
    { "id": "safe-deposit", "password": "MAGPIE", "hints": ["What bird steals shiny things?"] }
  ],
  "gm_notes": "Reset the vault dial to 0 and re-arm the lasers between games."
}
'''), "GM dashboard puzzle data (game answers, not credentials)")

    uids = [":".join(hexs(2).upper() for _ in range(4)) for _ in range(6)]
    D("cpp", "decoy-rfid-uids", "props/museum-pedestals/src/tags.h", T(r'''
#pragma once
// MFRC522 pedestals in the Museum room: each artefact has an NTAG sticker underneath.
// UIDs are read-only serial numbers of the tags (not secrets; anyone with a phone can read them).
struct Artefact { const char* name; const char* uid; };

static const Artefact ARTEFACTS[] = {
  {"scarab",   "<<u0>>"},
  {"idol",     "<<u1>>"},
  {"chalice",  "<<u2>>"},
  {"mask",     "<<u3>>"},
  {"compass",  "<<u4>>"},
  {"spare",    "<<u5>>"},
};
''', u0=uids[0], u1=uids[1], u2=uids[2], u3=uids[3], u4=uids[4], u5=uids[5]), "MFRC522 RFID tag UIDs (public identifiers)")

    D("python", "decoy-object-ids", "ops/sync/room_map.py", T(r'''
"""Maps booking-provider ids to our room slugs. Ids are public (they appear in booking URLs)."""

XOLA_EXPERIENCES = {
    "<<x1>>": "pharaoh",
    "<<x2>>": "submarine",
    "<<x3>>": "heist",
}

STRIPE_PRICES = {
    "pharaoh": "price_1P<<p1>>",
    "submarine": "price_1P<<p2>>",
    "heist": "price_1P<<p3>>",
}

FAREHARBOR_ITEMS = {412387: "pharaoh", 412391: "submarine", 412395: "heist"}


def room_for_xola(experience_id: str) -> str:
    return XOLA_EXPERIENCES[experience_id]
''', x1=hexs(24), x2=hexs(24), x3=hexs(24), p1=mixed(22), p2=mixed(22), p3=mixed(22)),
      "Xola experience ids and Stripe price ids (object identifiers)")

    body = _wrap("mDMEZ" + draw(298, B64) + "=", 64)
    D("asc", "decoy-public-key", "props/firmware/release-signing-key.asc", T(r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: EscapeWorks firmware release signing key (public part)

<<body>>
=<<crc>>
-----END PGP PUBLIC KEY BLOCK-----
''', body=body, crc=draw(4, B64)), "OpenPGP ASCII-armoured public key")

    D("consul-template", "decoy-vault-template", "deploy/vault-agent/gm-dashboard.ctmpl", T(r'''
{{- with secret "kv/data/venue/leeds/gmdash" -}}
SESSION_SECRET={{ .Data.data.session_secret }}
MQTT_URL=mqtts://{{ .Data.data.mqtt_user }}:{{ .Data.data.mqtt_password }}@broker.leeds.lan:8883
{{- end }}
{{- with secret "database/creds/booking-readonly" }}
DATABASE_URL=postgresql://{{ .Data.username }}:{{ .Data.password }}@10.20.0.15:5432/bookings
{{- end }}
ROOMS=pharaoh,submarine,heist,asylum
'''), "Vault Agent / consul-template: with secret templates")

    D("k8s", "decoy-secret-key-ref", "deploy/k8s/hintbot/deployment.yaml", T(r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hintbot
  namespace: hintbot
spec:
  replicas: 1
  selector:
    matchLabels: { app: hintbot }
  template:
    metadata:
      labels: { app: hintbot }
    spec:
      containers:
        - name: hintbot
          image: registry.gitlab.com/cluedup/hintbot:0.7.0
          ports: [{ containerPort: 8000 }]
          env:
            - name: OPENAI_API_KEY
              valueFrom:
                secretKeyRef: { name: hintbot, key: OPENAI_API_KEY }
            - name: ELEVENLABS_API_KEY
              valueFrom:
                secretKeyRef: { name: hintbot, key: ELEVENLABS_API_KEY }
            - name: LOG_LEVEL
              value: info
'''), "Kubernetes docs: env valueFrom secretKeyRef")

    anon = jwt({"iss": "supabase", "ref": draw(20, string.ascii_lowercase), "role": "anon", "iat": 1712000000, "exp": 2027576000})
    D("env", "decoy-publishable-key", "booking-widget/.env.production", T(r'''
# Everything here is bundled into the browser build (Vite exposes only VITE_*).
VITE_API_BASE=https://api.puzzlebox.example
VITE_STRIPE_PUBLISHABLE_KEY=pk_live_51<<pk>>
VITE_MAPBOX_TOKEN=<<mb>>
VITE_SUPABASE_URL=https://<<ref>>.supabase.co
VITE_SUPABASE_ANON_KEY=<<anon>>
VITE_POSTHOG_KEY=phc_<<ph>>
''', pk=mixed(97), mb=mapbox("pk", "puzzlebox"), ref=draw(20, string.ascii_lowercase), anon=anon, ph=mixed(43)),
      "Vite env: VITE_ variables are public; Stripe pk_, Mapbox pk., Supabase anon key are client-side by design")

    D("markdown", "decoy-redacted", "docs/incidents/2024-02-stripe-key.md", T(r'''
# Incident 2024-02-07: Stripe key in a screenshot

**What happened.** A screenshot of the voucher admin posted in the staff WhatsApp showed the
Stripe dashboard with the restricted key partly visible (`rk_live_51Mx...9fQa`).

**Impact.** None found. Stripe logs show no API calls from unknown IPs.

**Actions.**
- Rolled the key in the Stripe dashboard (old key expired immediately).
- New key stored only in 1Password and the voucher-service Kubernetes Secret.
- Reminder to staff: blur dashboards before sharing screenshots.

Key fingerprint in our inventory: `sha256:<<fp>>`
''', fp=hexs(64)), "incident write-up with the key shown only partly")


def _ops() -> None:
    key = "rk_live_51" + mixed(97)
    S("markdown", "incident-notes-key", "docs/incidents/2024-04-voucher-outage.md", T(r'''
# 2024-04-19 voucher shop outage (notes, tidy up later)

- 18:05 vouchers failing: Stripe returns 401 on PaymentIntent create
- 18:12 found it: the restricted key was rolled by the owner on Tuesday, nobody updated the server
- 18:20 created a new restricted key (PaymentIntents write, Customers write, everything else none):

  `<<key>>`

- 18:24 pasted into /etc/voucher-shop/env on booking-lon1, restarted, working again
- TODO: move it to the k8s Secret when voucher-shop is migrated
- TODO: alert on 401s from Stripe
''', key=key), key, "Stripe restricted API keys (rk_live_)")

    pw = words_pw()
    S("groovy", "sshpass-password", "Jenkinsfile", T(r'''
pipeline {
    agent { label 'docker' }
    options { timestamps() }
    stages {
        stage('Build') {
            steps {
                sh 'npm ci && npm run build'
            }
        }
        stage('Deploy to timer screens') {
            steps {
                script {
                    ['10.40.0.31', '10.40.0.32', '10.40.0.33'].each { host ->
                        sh "sshpass -p '<<pw>>' rsync -az --delete dist/ gm@${host}:/srv/timer/"
                        sh "sshpass -p '<<pw>>' ssh gm@${host} 'sudo systemctl restart timer-kiosk'"
                    }
                }
            }
        }
    }
}
''', pw=pw), pw, "sshpass(1) -p password in a Jenkins declarative pipeline")

    app, tenant, secret = uuid4(), uuid4(), draw(3, ALNUM) + "8Q~" + draw(34, URLSAFE + "~.")
    S("azure-pipelines", "azure-client-secret", "azure-pipelines.yml", T(r'''
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

steps:
  - task: UseDotNet@2
    inputs:
      version: 8.x
  - script: dotnet publish src/BackOffice -c Release -o $(Build.ArtifactStagingDirectory)/app
    displayName: Publish
  - script: |
      az login --service-principal -u <<app>> -p '<<secret>>' --tenant <<tenant>>
      az webapp deploy --resource-group rg-puzzlebox --name puzzlebox-backoffice \
        --src-path $(Build.ArtifactStagingDirectory)/app.zip --type zip
    displayName: Deploy to App Service
''', app=app, secret=secret, tenant=tenant), secret, "Microsoft Entra client secrets (xxx8Q~...) with az login --service-principal")

    ref = draw(20, string.ascii_lowercase)
    service = jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1712000000, "exp": 2027576000})
    S("env", "supabase-service-role-key", "leaderboard-api/.env", T(r'''
SUPABASE_URL=https://<<ref>>.supabase.co
SUPABASE_SERVICE_ROLE_KEY=<<service>>
LEADERBOARD_TABLE=escapes
PORT=8787
''', ref=ref, service=service) + "CORS_ORIGIN=https://www.puzzlebox.example\n", service,
      "Supabase docs: service_role key bypasses Row Level Security (server only)")

    tok = "shpat_" + hexs(32)
    S("js", "shopify-admin-token", "merch/sync-inventory.js", T(r'''
// Keeps merch stock (T-shirts, puzzle boxes) in step between the lobby till and Shopify.
const SHOP = 'escapeworks-merch.myshopify.com';
const ADMIN_TOKEN = '<<tok>>';
const API = `https://${SHOP}/admin/api/2024-04/graphql.json`;

async function setAvailable(inventoryItemId, locationId, available) {
  const query = `mutation set($input: InventorySetOnHandQuantitiesInput!) {
    inventorySetOnHandQuantities(input: $input) { userErrors { field message } }
  }`;
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'X-Shopify-Access-Token': ADMIN_TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables: { input: { reason: 'correction', setQuantities: [{ inventoryItemId, locationId, quantity: available }] } } }),
  });
  return res.json();
}

module.exports = { setAvailable };
''', tok=tok), tok, "Shopify Admin API access tokens (shpat_) in X-Shopify-Access-Token")

    pw = gen_pw(18)
    S("crontab", "mysqldump-password", "ops/cron/booking-lon1.crontab", T(r'''
# m h dom mon dow command
MAILTO=ops@puzzlebox.example
15 3 * * * mysqldump -u backup -p'<<pw>>' --single-transaction vouchers | gzip > /srv/backups/vouchers-$(date +\%F).sql.gz
45 3 * * * find /srv/backups -name 'vouchers-*.sql.gz' -mtime +14 -delete
*/5 * * * * /opt/booking/bin/healthcheck || systemctl restart booking-api
''', pw=pw), pw, "crontab(5) with mysqldump -p<password>")

    D("crontab", "decoy-file-reference", "ops/cron/booking-lon2.crontab", T(r'''
# m h dom mon dow command
MAILTO=ops@puzzlebox.example
# credentials come from the option file (chmod 600), not the command line
15 3 * * * mysqldump --defaults-extra-file=/etc/mysql/backup.cnf --single-transaction vouchers | gzip > /srv/backups/vouchers-$(date +\%F).sql.gz
45 3 * * * find /srv/backups -name 'vouchers-*.sql.gz' -mtime +14 -delete
'''), "MySQL docs: --defaults-extra-file option files")

    tok = mixed(40)
    S("postman", "api-key-value", "docs/postman/Resova-Production.postman_environment.json", T(r'''
{
  "id": "<<id>>",
  "name": "Resova - Production",
  "values": [
    { "key": "baseUrl", "value": "https://api.resova.us/v1", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "<<tok>>", "type": "secret", "enabled": true },
    { "key": "itemId", "value": "12", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-03-11T14:22:07.118Z",
  "_postman_exported_using": "Postman/10.24.3"
}
''', id=uuid4(), tok=tok), tok, "Postman environment export (values include secrets as typed)")

    D("postman", "decoy-empty-value", "docs/postman/Bookeo.postman_environment.json", T(r'''
{
  "id": "<<id>>",
  "name": "Bookeo - template",
  "values": [
    { "key": "baseUrl", "value": "https://api.bookeo.com/v2", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "", "type": "secret", "enabled": true },
    { "key": "secretKey", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-03-11T14:25:40.502Z",
  "_postman_exported_using": "Postman/10.24.3"
}
''', id=uuid4()), "Postman environment export with secret values left empty")

    tok = hexs(40)
    S("http", "bearer-token", "gm-api/requests/rooms.http", T(r'''
@host = https://gm-api.escapeworks.example
@token = <<tok>>

### list rooms
GET {{host}}/v1/rooms
Authorization: Bearer {{token}}

### start a game
POST {{host}}/v1/rooms/pharaoh/games
Authorization: Bearer {{token}}
Content-Type: application/json

{ "bookingRef": "EW-10412", "players": 5, "language": "en" }
''', tok=tok), tok, "VS Code REST Client .http files: file variables")

    D("yaml", "decoy-vendor-example", "gm-api/openapi.yaml", T(r'''
openapi: 3.0.3
info:
  title: GM API
  version: 1.4.0
servers:
  - url: https://gm-api.escapeworks.example/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: opaque
      description: "Send `Authorization: Bearer <your-token>`. Tokens are issued per GM in the admin UI."
security:
  - bearerAuth: []
paths:
  /rooms:
    get:
      summary: List rooms
      parameters:
        - in: header
          name: Authorization
          schema: { type: string }
          example: "Bearer YOUR_TOKEN_HERE"
      responses:
        "200": { description: OK }
'''), "OpenAPI 3 security schemes with a placeholder example")


for _build in (_booking, _waivers, _props, _show_control, _cctv, _marketing, _infra, _venue, _ops):
    _build()
