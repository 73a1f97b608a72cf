"""Blind set JF: Georgian mountain guesthouses and trekking-guide outfits.

Booking sites and channel managers of family guesthouses in Svaneti, Kazbegi, Tusheti and Racha,
Georgian bank and SMS gateways, guide rosters, horse and jeep transfers, hut routers and cameras,
their CI, containers and runbooks (about a third written in Georgian), and their decoys.
Generated fakes only (seeds 4090000-4099999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4090000, 4099999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


PEAKS = ["Ushba", "Tetnuldi", "Kazbek", "Shkhara", "Gergeti", "Chaukhi", "Dartlo", "Adishi", "Mazeri",
         "Zhabeshi", "Truso", "Khalde", "Iprari", "Shatili", "Koruldi", "Laila", "Lamaria", "Abudelauri"]
LOWER = ["khachapuri", "churchkhela", "saperavi", "tamada", "chacha", "lobiani", "kubdari", "tonis",
         "svanuri", "matsoni", "mtsvadi", "badrijani", "tklapi", "ghomi", "sulguni", "pkhali"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def digits(n: int) -> str:
    return fakes.drawn(_seed(), n, string.digits)


def words_pw() -> str:
    r = _rng()
    return r.choice(PEAKS) + r.choice("!#$%@*") + r.choice(PEAKS).lower() + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + "51" + draw(97)


def google_key() -> str:
    return "AIza" + draw(35, ALNUM + "-_")


def mapbox(kind: str = "sk") -> str:
    user = random.Random(_seed()).choice(["svanetitreks", "kazbegihuts", "tushetiroutes", "rachatrails"])
    payload = b64('{"u":"%s","a":"%s"}' % (user, draw(25, string.ascii_lowercase + string.digits))).rstrip("=")
    return f"{kind}.{payload}.{draw(22, ALNUM + '-_')}"


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + draw(24))


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(18)}/{draw(68, ALNUM + '-_')}"


def sendgrid_key() -> str:
    return "SG." + draw(22, ALNUM + "-_") + "." + draw(43, ALNUM + "-_")


def mailgun_key() -> str:
    return f"{hexs(32)}-{hexs(8)}-{hexs(8)}"


def twilio_sid() -> str:
    return "AC" + hexs(32)


def meta_token() -> str:
    return "EAA" + draw(1, "BGI") + draw(180)


def woo(kind: str) -> str:
    return f"{kind}_{hexs(40)}"


def paypal_secret() -> str:
    return "E" + draw(79, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hetzner_token() -> str:
    return draw(64)


def cloudflare_token() -> str:
    return draw(40, ALNUM + "-_")


def airtable_pat() -> str:
    return f"pat{draw(14)}.{hexs(64)}"


def notion_token() -> str:
    return f"ntn_{digits(11)}{draw(35)}"


def dropbox_token() -> str:
    return "sl.B" + draw(134, ALNUM + "-_")


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, ALNUM + "-_") + "AA"


def mailchimp_key() -> str:
    return f"{hexs(32)}-us{random.Random(_seed()).randint(1, 21)}"


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab_token() -> str:
    return "glpat-" + draw(20, ALNUM + "-_")


def wireguard_key() -> str:
    return base64.b64encode(bytes(random.Random(_seed()).getrandbits(8) for _ in range(32))).decode()


def sha256() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def recaptcha(kind: str = "site") -> str:
    return "6L" + draw(1, "cdefe") + draw(37, ALNUM + "-_")


def notebook(*cells: tuple) -> str:
    out = []
    for kind, src in cells:
        lines = src.strip("\n").split("\n")
        cell = {"cell_type": kind, "metadata": {}, "source": [line + "\n" for line in lines[:-1]] + [lines[-1]]}
        if kind == "code":
            cell = {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": cell["source"]}
        out.append(cell)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


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
    CASES.append(LabelledCase(f"blind-jf/{category}", file_name, text, secret, source))


# --- guesthouse booking sites (env, python, php) -------------------------------------------------

add("env/stripe-secret-key", "ushba-guesthouse-site/.env", "https://docs.stripe.com/keys", """
# Ushba Guesthouse (Mestia) booking site
APP_ENV=production
APP_URL=https://ushba-guesthouse.ge
DEFAULT_CURRENCY=GEL
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
BOOKING_DEPOSIT_PERCENT=30
MAIL_FROM=booking@ushba-guesthouse.ge
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-publishable-key", "kazbegi-view-rooms/.env.production", "https://docs.stripe.com/keys#obtain-api-keys", """
# სტუმრების სახლი "ყაზბეგის ხედი" — საჯარო გასაღებები (ბრაუზერში ჩანს)
NEXT_PUBLIC_SITE_NAME="Kazbegi View Rooms"
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_MAPBOX_TOKEN=@@mapbox@@
NEXT_PUBLIC_DEFAULT_LOCALE=ka
NEXT_PUBLIC_CONTACT_PHONE=+995599000000
""", pk=stripe_key("pk_live_"), mapbox=mapbox("pk"))

add("python/bog-ipay-client-secret", "tetnuldi_lodge/payments/bog.py", "https://api.bog.ge/docs/en/payments/authentication", '''
"""Bank of Georgia online payments for Tetnuldi Lodge deposits."""
import requests

BOG_TOKEN_URL = "https://oauth2.bog.ge/auth/realms/bog/protocol/openid-connect/token"
BOG_CLIENT_ID = "10@@cid@@"
BOG_CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    response = requests.post(
        BOG_TOKEN_URL,
        data={"grant_type": "client_credentials"},
        auth=(BOG_CLIENT_ID, BOG_CLIENT_SECRET),
        timeout=20,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def create_order(booking_id: str, amount_gel: float) -> dict:
    headers = {"Authorization": f"Bearer {access_token()}", "Accept-Language": "ka"}
    body = {
        "callback_url": "https://tetnuldi-lodge.ge/api/bog/callback",
        "external_order_id": booking_id,
        "purchase_units": {"currency": "GEL", "total_amount": amount_gel,
                           "basket": [{"quantity": 1, "unit_price": amount_gel, "product_id": "deposit"}]},
    }
    return requests.post("https://api.bog.ge/payments/v1/ecommerce/orders", json=body,
                         headers=headers, timeout=20).json()
''', draw(32), cid=digits(4))

add("python/decoy-env-reference", "tetnuldi_lodge/payments/settings.py", "https://docs.python.org/3/library/os.html#os.environ", '''
import os

# გასაღებები მხოლოდ გარემოს ცვლადებიდან / keys come from the environment only
BOG_CLIENT_ID = os.environ["BOG_CLIENT_ID"]
BOG_CLIENT_SECRET = os.environ["BOG_CLIENT_SECRET"]
TBC_TPAY_API_KEY = os.environ.get("TBC_TPAY_API_KEY", "")
TBC_TPAY_CLIENT_SECRET = os.getenv("TBC_TPAY_CLIENT_SECRET")
SMSOFFICE_KEY = os.environ.get("SMSOFFICE_KEY")
DEPOSIT_PERCENT = int(os.environ.get("DEPOSIT_PERCENT", "30"))
''')

add("php/tbc-tpay-api-key", "wp-content/plugins/tusheti-tpay/tusheti-tpay.php", "https://developers.tbcbank.ge/docs/checkout-get-access-token", """
<?php
/**
 * Plugin Name: Tusheti Guesthouse tPay
 * Description: TBC tPay checkout for the Omalo guesthouse WooCommerce shop.
 */

defined('ABSPATH') || exit;

define('TUSHETI_TPAY_APIKEY', '@@secret@@');
define('TUSHETI_TPAY_CLIENT_ID', '@@cid@@');
define('TUSHETI_TPAY_CLIENT_SECRET', getenv('TPAY_CLIENT_SECRET'));

function tusheti_tpay_token() {
    $response = wp_remote_post('https://api.tbcbank.ge/v1/tpay/access-token', [
        'headers' => [
            'apikey' => TUSHETI_TPAY_APIKEY,
            'Content-Type' => 'application/x-www-form-urlencoded',
        ],
        'body' => [
            'client_id' => TUSHETI_TPAY_CLIENT_ID,
            'client_secret' => TUSHETI_TPAY_CLIENT_SECRET,
        ],
    ]);
    return json_decode(wp_remote_retrieve_body($response), true)['access_token'] ?? null;
}
""", draw(32), cid=digits(7))

add("php/mysql-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
// ** სტუმრების სახლი "დართლო" — WordPress-ის ბაზის პარამეტრები ** //
define( 'DB_NAME', 'dartlo_wp' );
define( 'DB_USER', 'dartlo_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'dt_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'ka_GE' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/**
 * Sample config for the Mazeri Guesthouse site. Copy to wp-config.php and fill in.
 * ნიმუში — ნამდვილი პაროლი აქ არ ჩაწეროთ.
 */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'WOO_TPAY_APIKEY',  '<your-tpay-apikey>' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("python/smsoffice-api-key", "svaneti_sms/sender.py", "https://smsoffice.ge/en/api", '''
# -*- coding: utf-8 -*-
"""SMS confirmations to guests via smsoffice.ge (Magti/Silknet/Cellfie numbers)."""
import urllib.parse
import urllib.request

SMSOFFICE_URL = "https://smsoffice.ge/api/v2/send/"
SMSOFFICE_KEY = "@@secret@@"
SENDER = "Adishi"


def send(phone: str, text: str) -> str:
    query = urllib.parse.urlencode({
        "key": SMSOFFICE_KEY,
        "destination": phone,
        "sender": SENDER,
        "content": text,
        "urgent": "true",
    })
    with urllib.request.urlopen(f"{SMSOFFICE_URL}?{query}", timeout=15) as response:
        return response.read().decode()


if __name__ == "__main__":
    print(send("995599123456", "თქვენი ჯავშანი დადასტურებულია. ადიში, 2 ღამე."))
''', hexs(32))

add("yaml/telegram-bot-token", "guide-roster-bot/config.yaml", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Kazbegi guides roster bot — who leads which group tomorrow
bot:
  token: "@@secret@@"
  admin_chat_id: -1001874402211
  language: ka
roster:
  sheet: guides-2025
  morning_post: "07:30"
  timezone: Asia/Tbilisi
routes:
  - gergeti-glacier
  - truso-valley
  - juta-chaukhi-pass
  - sno-abudelauri-lakes
""", fakes.telegram_token(_seed()))

add("python/decoy-test-fixture", "guide-roster-bot/tests/test_roster.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''
import pytest

from roster.bot import parse_roster_line

FAKE_TOKEN = "123456789:TEST-TOKEN-NOT-REAL"


@pytest.fixture
def bot(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", FAKE_TOKEN)
    from roster import bot as module
    return module


def test_parse_line():
    line = "გიორგი — გერგეთის მყინვარი — 6 სტუმარი"
    assert parse_roster_line(line) == ("გიორგი", "გერგეთის მყინვარი", 6)


def test_token_from_env(bot):
    assert bot.token() == FAKE_TOKEN
''')

# --- channel managers and OTAs ----------------------------------------------------------------

add("python/channex-api-key", "mestia_pms/channex_sync.py", "https://docs.channex.io/api-v.1-documentation/api-reference", '''
"""Push availability of the six Mestia rooms to Channex (Booking.com, Airbnb, Expedia)."""
import datetime as dt

import httpx

CHANNEX = httpx.Client(
    base_url="https://app.channex.io/api/v1",
    headers={"user-api-key": "@@secret@@"},
    timeout=30,
)
PROPERTY_ID = "@@pid@@"


def close_dates(room_type_id: str, start: dt.date, nights: int) -> None:
    values = [{
        "property_id": PROPERTY_ID,
        "room_type_id": room_type_id,
        "date_from": start.isoformat(),
        "date_to": (start + dt.timedelta(days=nights - 1)).isoformat(),
        "availability": 0,
    }]
    CHANNEX.post("/availability", json={"values": values}).raise_for_status()
''', draw(44, ALNUM + "+/"), pid=uuid_s())

add("json/decoy-uuid", "mestia_pms/rooms.json", "https://docs.channex.io/api-v.1-documentation/room-types-collection", """
{
  "property_id": "@@p@@",
  "rooms": [
    {"room_type_id": "@@r1@@", "title": "ოთახი კოშკის ხედით / Tower view double", "occupancy": 2},
    {"room_type_id": "@@r2@@", "title": "საოჯახო ოთახი / Family room", "occupancy": 4},
    {"room_type_id": "@@r3@@", "title": "Dorm bed (trekkers)", "occupancy": 1}
  ],
  "rate_plans": {
    "bed_and_breakfast": "@@rp1@@",
    "half_board": "@@rp2@@"
  }
}
""", p=uuid_s(), r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), rp1=uuid_s(), rp2=uuid_s())

add("xml/booking-com-password", "ota/booking/availability_request.xml", "https://developers.booking.com/connectivity/docs/ari", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Juta Mountain Hut: manual ARI push used when the channel manager was down (Aug 2024) -->
<request>
  <username>JutaHutXML</username>
  <password>@@secret@@</password>
  <version>1.0</version>
  <room id="@@room@@">
    <date value="2024-08-14">
      <rate id="@@rate@@"/>
      <price>180.00</price>
      <roomstosell>2</roomstosell>
      <closed>0</closed>
    </date>
  </room>
</request>
""", words_pw(), room=digits(9), rate=digits(8))

add("typescript/cloudbeds-api-key", "src/integrations/cloudbeds.ts", "https://developers.cloudbeds.com/docs/api-key-authentication", """
// ჟაბეშის ეკო ლოჯი — ჯავშნების ღამის ექსპორტი Cloudbeds-იდან გიდების დამგეგმავში
import axios from "axios";

const cloudbeds = axios.create({
  baseURL: "https://api.cloudbeds.com/api/v1.2",
  headers: { "x-api-key": "@@secret@@" },
  timeout: 20_000,
});

export interface Reservation {
  reservationID: string;
  guestName: string;
  startDate: string;
  endDate: string;
}

export async function arrivals(date: string): Promise<Reservation[]> {
  const { data } = await cloudbeds.get("/getReservations", {
    params: { checkInFrom: date, checkInTo: date, status: "confirmed" },
  });
  return data.data as Reservation[];
}
""", "cbat_" + draw(32))

add("typescript/decoy-env-reference", "src/integrations/beds24.ts", "https://beds24.com/api/v2", """
// Beds24 v2 client for the Lentekhi guesthouses; token is refreshed from the vault at boot
import { getSecret } from "../vault";

const BASE = "https://beds24.com/api/v2";

export async function beds24(path: string, init: RequestInit = {}): Promise<Response> {
  const token = await getSecret("beds24/refresh-token");
  return fetch(`${BASE}${path}`, {
    ...init,
    headers: { token, "Content-Type": "application/json", ...(init.headers ?? {}) },
  });
}

export const PROP_ID = process.env.BEDS24_PROP_ID ?? "";
""")

add("json/beds24-prop-key", "beds24/import-settings.json", "https://wiki.beds24.com/index.php/Category:API", """
{
  "authentication": {
    "apiKey": "@@secret@@",
    "propKey": "@@prop@@"
  },
  "propId": "@@pid@@",
  "import": {
    "from": "2025-05-01",
    "to": "2025-10-31",
    "includeInvoice": true,
    "comment": "Ushguli Chazhashi guesthouse season import"
  }
}
""", draw(24), prop=draw(24), pid=digits(6))

add("shell/airbnb-ical-token", "scripts/pull_airbnb_calendar.sh", "https://www.airbnb.com/help/article/99", r"""
#!/usr/bin/env bash
# Airbnb-ის კალენდრის ჩამოტვირთვა ყოველ 30 წუთში (cron) — სტეფანწმინდა, ოთახი 3
set -euo pipefail

OUT=/var/lib/kazbegi-rooms/ical
mkdir -p "$OUT"

curl -fsS --retry 3 \
  "https://www.airbnb.com/calendar/ical/@@listing@@.ics?s=@@secret@@" \
  -o "$OUT/room3-airbnb.ics"

python3 /opt/kazbegi-rooms/merge_ical.py "$OUT"/*.ics > /var/www/html/availability.json
""", hexs(32), listing=digits(8))

add("python/decoy-hash", "pms/ical_merge.py", "https://icalendar.readthedocs.io/en/latest/usage.html", '''
"""Merge the OTA calendars of the Racha guesthouse; events are de-duplicated by a hash of the UID."""
import hashlib

from icalendar import Calendar

# sha256 of the last good merged feed, to skip rewrites when nothing changed
LAST_FEED_SHA256 = "@@sha@@"


def event_key(event) -> str:
    return hashlib.sha1(str(event.get("UID")).encode()).hexdigest()


def merge(paths):
    seen, events = set(), []
    for path in paths:
        with open(path, "rb") as handle:
            for event in Calendar.from_ical(handle.read()).walk("VEVENT"):
                key = event_key(event)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
    return events
''', sha=sha256())

# --- trekking-guide outfits: maps, weather, trackers --------------------------------------------

add("python/google-maps-server-key", "trek_planner/geo.py", "https://developers.google.com/maps/documentation/directions/get-api-key", '''
"""Drive times from Kutaisi airport to trailheads, for the transfer quotes."""
import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")

TRAILHEADS = {
    "mestia": (43.0450, 42.7270),
    "ushguli": (42.9167, 43.0161),
    "juta": (42.5786, 44.7444),
    "omalo": (42.3678, 45.6344),
}


def transfer_minutes(origin: str, trailhead: str) -> int:
    lat, lng = TRAILHEADS[trailhead]
    result = gmaps.distance_matrix(origin, f"{lat},{lng}", mode="driving", language="ka")
    return result["rows"][0]["elements"][0]["duration"]["value"] // 60
''', google_key())

add("javascript/decoy-public-key", "public/js/firebase-init.js", "https://firebase.google.com/docs/projects/api-keys", """
// Firebase web config of the Svaneti Trails app — public by design, restricted by HTTP referrer
import { initializeApp } from "https://www.gstatic.com/firebasejs/10.12.0/firebase-app.js";

const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "svaneti-trails.firebaseapp.com",
  projectId: "svaneti-trails",
  storageBucket: "svaneti-trails.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
""", key=google_key(), sender=digits(12), app=hexs(22))

add("yaml/openweathermap-key", "weather-alerts/config.yml", "https://openweathermap.org/appid", """
# ამინდის გაფრთხილებები გიდებისთვის (Weather alerts for guides)
openweathermap:
  appid: @@secret@@
  units: metric
  lang: ka
points:
  - name: Gergeti glacier
    lat: 42.6780
    lon: 44.5360
  - name: Chaukhi pass
    lat: 42.5540
    lon: 44.7880
  - name: Atsunta pass
    lat: 42.5710
    lon: 45.2150
notify:
  wind_kmh_over: 60
  telegram_chat: -1001556001122
""", hexs(32))

add("swift/mapbox-secret-token", "TrekApp/Sources/Offline/OfflineRegions.swift", "https://docs.mapbox.com/accounts/guides/tokens/", """
import MapboxMaps

// Downloads offline tile packs of the Tusheti routes before the guides lose signal.
// Downloads need a secret token with DOWNLOADS:READ scope.
enum OfflineRegions {
    static let downloadsToken = "@@secret@@"

    static let regions: [String: CoordinateBounds] = [
        "omalo-dartlo": CoordinateBounds(southwest: .init(latitude: 42.33, longitude: 45.55),
                                         northeast: .init(latitude: 42.42, longitude: 45.70)),
        "atsunta-pass": CoordinateBounds(southwest: .init(latitude: 42.52, longitude: 45.10),
                                         northeast: .init(latitude: 42.62, longitude: 45.30)),
    ]

    static func configure() {
        MapboxOptions.accessToken = downloadsToken
    }
}
""", mapbox("sk"))

add("plist/decoy-public-key", "TrekApp/Info.plist", "https://docs.mapbox.com/ios/maps/guides/install/#configure-credentials", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Tusheti Trails</string>
	<key>CFBundleIdentifier</key>
	<string>ge.tushetitrails.app</string>
	<key>MBXAccessToken</key>
	<string>@@pk@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>მარშრუტზე თქვენი მდებარეობის საჩვენებლად</string>
</dict>
</plist>
""", pk=mapbox("pk"))

add("python/garmin-inreach-password", "tracking/inreach_poll.py", "https://explore.garmin.com/IPCInbound/docs/", '''
"""Poll Garmin inReach positions of the guides on multi-day Tusheti crossings."""
import requests

IPC = "https://ipcinbound.inreachapp.com/api"
SESSION = requests.Session()
SESSION.auth = ("tusheti-ops", "@@secret@@")
SESSION.headers["Content-Type"] = "application/json"

DEVICES = {
    "300434060000110": "Levan",
    "300434060000220": "Nino",
    "300434060000330": "Irakli",
}


def last_positions():
    body = {"Devices": list(DEVICES)}
    response = SESSION.post(f"{IPC}/Location/LastKnownLocation", json=body, timeout=30)
    response.raise_for_status()
    return response.json()["Locations"]
''', rand_pw(16, "!#%"))

add("markdown/decoy-redacted", "docs/tracking.md", "https://support.garmin.com/en-US/?faq=Y7pF1s0Lhk1ORWpwxB8ym7", """
# Guide tracking (inReach)

Each guide on a Tusheti or Svaneti crossing carries an inReach Mini 2 on the company account.

| Guide  | IMEI            | MapShare page                             |
|--------|-----------------|-------------------------------------------|
| Levan  | 300434060000110 | https://share.garmin.com/TushetiLevan     |
| Nino   | 300434060000220 | https://share.garmin.com/TushetiNino      |

The IPC inbound password is in Bitwarden under **Garmin / IPC inbound** (value shown here as `********`).
MapShare pages are public to guests' families; do not enable the "require password" option.

## ავარიული პროცედურა
SOS შემთხვევაში გიდი აჭერს SOS ღილაკს; ოფისი რეკავს 112-ში და მთის სამაშველოში.
""")
# --- containers, CI, infrastructure ---------------------------------------------------------------

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
# ყაზბეგის ტრეკის ჯავშნების სისტემა (Hetzner VPS, ფრანკფურტი)
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: kazbegitrek
      POSTGRES_USER: kazbegitrek
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://kazbegitrek@db:5432/kazbegitrek
      DJANGO_SETTINGS_MODULE: kazbegitrek.settings.prod
    ports:
      - "127.0.0.1:8000:8000"
volumes:
  pgdata:
""", rand_pw(22))

add("compose/decoy-env-reference", "deploy/compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  app:
    image: ghcr.io/svaneti-treks/booking:${TAG:-latest}
    env_file: /etc/svaneti-treks/app.env
    environment:
      DATABASE_URL: postgres://booking:${POSTGRES_PASSWORD:?set in app.env}@db/booking
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: /etc/svaneti-treks/pg_password
""")

add("dockerfile/smtp-password", "Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV DJANGO_SETTINGS_MODULE=omalo_booking.settings \\
    EMAIL_HOST=smtp.gmail.com \\
    EMAIL_PORT=587 \\
    EMAIL_HOST_USER=omalo.guesthouse@gmail.com \\
    EMAIL_HOST_PASSWORD=@@secret@@ \\
    TZ=Asia/Tbilisi

EXPOSE 8000
CMD ["gunicorn", "omalo_booking.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
""", draw(16, string.ascii_lowercase))

add("dockerfile/decoy-build-arg", "docker/worker.Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
WORKDIR /srv/guides
COPY pyproject.toml poetry.lock ./
# private index token mounted as a build secret, never baked into a layer
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.svaneti-treks.ge/simple" \\
    pip install --no-cache-dir .
COPY guides/ guides/
ENV PYTHONUNBUFFERED=1
CMD ["python", "-m", "guides.worker"]
""")

_REDIS_PW = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "k8s/booking/redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-redis
  namespace: svaneti-booking
  labels:
    app.kubernetes.io/part-of: svaneti-booking
type: Opaque
data:
  redis-password: @@enc@@
  redis-host: @@host@@
""", _REDIS_PW, enc=b64(_REDIS_PW), host=b64("redis-master.svaneti-booking.svc"))

add("k8s-secret/decoy-sealed-secret", "k8s/booking/stripe-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: svaneti-booking
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@a@@
    STRIPE_WEBHOOK_SECRET: AgC@@b@@
  template:
    metadata:
      name: stripe
      namespace: svaneti-booking
    type: Opaque
""", a=draw(340, ALNUM + "+/"), b=draw(340, ALNUM + "+/"))

add("terraform/hetzner-token", "infra/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """
terraform {
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.48"
    }
  }
}

# სერვერი ჯავშნების საიტისთვის — ყაზბეგი
provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "booking" {
  name        = "kazbegi-booking-1"
  image       = "debian-12"
  server_type = "cx22"
  location    = "fsn1"
  ssh_keys    = ["ops-laptop"]
  labels = {
    owner = "kazbegi-trek"
  }
}
""", hetzner_token())

add("terraform/decoy-variable", "infra/cloudflare/dns.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "zone_id" {
  type    = string
  default = "@@zone@@"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "cloudflare_record" "booking" {
  zone_id = var.zone_id
  name    = "booking"
  content = "203.0.113.24"
  type    = "A"
  proxied = true
}
""", zone=hexs(32))

add("terraform/cloudflare-api-token", "infra/tusheti/terraform.tfvars", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
# tusheti-trekking.ge — DNS and page rules
cloudflare_api_token = "@@secret@@"
zone_id              = "@@zone@@"
account_id           = "@@acct@@"
booking_origin_ip    = "203.0.113.57"
""", cloudflare_token(), zone=hexs(32), acct=hexs(32))

add("github-actions/digitalocean-token", ".github/workflows/deploy.yml", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: @@secret@@
      - run: doctl registry login --expiry-seconds 600
      - run: |
          docker build -t registry.digitalocean.com/racha-guides/site:${{ github.sha }} .
          docker push registry.digitalocean.com/racha-guides/site:${{ github.sha }}
      - run: doctl apps create-deployment ${{ vars.DO_APP_ID }}
""", do_token())

add("github-actions/decoy-secrets-reference", ".github/workflows/release.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: release
on:
  push:
    tags: ["v*"]
permissions:
  contents: read
  id-token: write
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
  notify:
    needs: pypi
    runs-on: ubuntu-latest
    steps:
      - run: >
          curl -s -X POST "https://api.telegram.org/bot${{ secrets.TG_BOT_TOKEN }}/sendMessage"
          -d chat_id=${{ vars.TG_CHAT }} -d text="georgian-trails ${{ github.ref_name }} released"
""")

add("github-actions/pypi-token", ".github/workflows/publish.yml", "https://pypi.org/help/#apitoken", """
name: publish trailmaps
on:
  workflow_dispatch:
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: python -m pip install build twine
      - run: python -m build
      - run: python -m twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("ansible/router-admin-password", "ansible/host_vars/ushguli-router.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/index.html", """
---
# უშგულის სასტუმრო სახლის როუტერი (MikroTik hAP ax3, LTE backup)
ansible_host: 10.20.0.1
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: community.routeros.routeros
ansible_user: admin
ansible_password: @@secret@@
guest_ssid: Ushguli-Guests
wan_primary: starlink
wan_backup: lte1
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/huts/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(40))

add("ansible/wifi-password", "ansible/roles/hut_wifi/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/api_modify_module.html", """
---
# Staff Wi-Fi in the Mazeri hut; guests use the separate open captive portal
staff_ssid: Mazeri-Staff
staff_wpa2_passphrase: "@@secret@@"
captive_portal_ssid: Mazeri-Guests
captive_portal_terms_url: https://mazeri-hut.ge/wifi
channel_2g: 6
channel_5g: 36
""", passphrase())

add("shell/ftp-password", "scripts/backup_photos.sh", "https://linux.die.net/man/1/lftp", r"""
#!/bin/bash
# Nightly backup of the guest photo gallery to the NAS in the Tbilisi office
# ღამის სარეზერვო ასლი — თბილისის ოფისის NAS
set -e
SRC=/var/www/tetnuldi/uploads
lftp -u tetnuldi-backup,'@@secret@@' ftp://nas.tetnuldi.local <<'LFTP'
set ftp:ssl-allow yes
mirror -R --only-newer /var/www/tetnuldi/uploads /backup/uploads
bye
LFTP
echo "$(date -Is) photos synced" >> /var/log/tetnuldi-backup.log
""", words_pw())
# --- hut devices: routers, cameras, VPN -----------------------------------------------------------

add("routeros/router-admin-password", "network/omalo-hap-export.rsc", "https://help.mikrotik.com/docs/spaces/ROS/pages/8978504/User", """
# 2025-06-02 09:14:22 by RouterOS 7.14.3
# model = C53UiG+5HPaxD2HPaxD
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=guests passphrase=OmaloGuests
/ip pool
add name=dhcp ranges=192.168.88.10-192.168.88.254
/ip dhcp-server
add address-pool=dhcp interface=bridge name=defconf
/user
set admin password="@@secret@@"
add group=read name=monitor password="@@mon@@"
/ip service
set telnet disabled=yes
set ftp disabled=yes
set www-ssl certificate=omalo-ssl disabled=no
/system identity
set name=omalo-guesthouse
/system clock
set time-zone-name=Asia/Tbilisi
""", words_pw(), mon=rand_pw(14))

add("yaml/camera-rtsp-password", "frigate/config.yml", "https://docs.frigate.video/configuration/cameras", """
# Frigate NVR ადიშის სასტუმრო სახლში (ავტოსადგომი და თავლა)
mqtt:
  enabled: false
cameras:
  parking:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.1.64:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  stable:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.1.65:554/Streaming/Channels/101
          roles: [detect, record]
record:
  enabled: true
  retain:
    days: 7
""", rand_pw(12, "_."))

add("ini/wireguard-private-key", "vpn/wg0.conf", "https://www.wireguard.com/quickstart/", """
# შატილის სასტუმრო სახლი -> თბილისის ოფისი (Starlink-ს აქვს CGNAT, ამიტომ ქოხი თავად უკავშირდება)
[Interface]
Address = 10.66.0.7/24
PrivateKey = @@secret@@
DNS = 10.66.0.1

[Peer]
# tbilisi-office
PublicKey = @@pub@@
Endpoint = vpn.khevsureti-treks.ge:51820
AllowedIPs = 10.66.0.0/24, 192.168.10.0/24
PersistentKeepalive = 25
""", wireguard_key(), pub=wireguard_key())

add("ini/decoy-public-key", "vpn/peers/juta-hut.conf", "https://www.wireguard.com/quickstart/", """
# Peer entry for the Juta hut, added to the office server's wg0.conf
# (public keys only; each hut keeps its own PrivateKey locally)
[Peer]
# juta-hut (Starlink)
PublicKey = @@pub@@
AllowedIPs = 10.66.0.9/32

[Peer]
# sno-guesthouse (Magti LTE)
PublicKey = @@pub2@@
AllowedIPs = 10.66.0.10/32
""", pub=wireguard_key(), pub2=wireguard_key())

add("markdown/unifi-admin-password", "docs/handover/network-mestia.md", "https://help.ui.com/hc/en-us/articles/204909754", """
# მესტიის ოფისის ქსელი — გადაცემის ჩანაწერი

ნიკამ 2025 წლის სეზონის ბოლოს გადასცა ქსელი ლევანს.

## მოწყობილობები
- UniFi Cloud Key Gen2 — https://192.168.50.2:8443
- 3 × U6-Lite (სასტუმრო, სამზარეულო, ეზო)
- Magti ოპტიკის მოდემი (bridge mode)

## წვდომა
- UniFi კონტროლერი: მომხმარებელი `mestia-admin`, პაროლი `@@secret@@`
- SSH მოწყობილობებზე: იგივე პაროლი (Settings → System → Device Authentication)
- Magti-ს ტექნიკური მხარდაჭერა: 032 2 17 17 17

## შენიშვნა
სტუმრების ქსელს აქვს ცალკე VLAN (20) და ლიმიტი 10 Mbps თითო მოწყობილობაზე.
""", words_pw())

add("shell/decoy-placeholder", "scripts/provision_hut_router.sh", "https://help.mikrotik.com/docs/spaces/ROS/pages/8978504/User", r"""
#!/usr/bin/env bash
# Usage: provision_hut_router.sh <router-ip> <hut-name>
# ADMIN_PASSWORD must be exported (from `bw get password hut-routers`) before running.
set -euo pipefail
ROUTER="$1"; HUT="$2"
: "${ADMIN_PASSWORD:?export ADMIN_PASSWORD first}"

ssh "admin@${ROUTER}" "/system identity set name=${HUT}"
ssh "admin@${ROUTER}" "/user set admin password=\"${ADMIN_PASSWORD}\""
ssh "admin@${ROUTER}" "/ip service disable telnet,ftp,api"
echo "router ${HUT} provisioned; store nothing else here"
""")

add("python/hikvision-password", "cameras/snapshot.py", "https://www.hikvision.com/content/dam/hikvision/en/support/download/sdk/isapi/", '''
"""Hourly snapshot of the Ushguli road camera for the website's "road conditions" page."""
import datetime as dt
import pathlib

import requests
from requests.auth import HTTPDigestAuth

CAMERA = "http://10.20.0.64/ISAPI/Streaming/channels/101/picture"
AUTH = HTTPDigestAuth("admin", "@@secret@@")
OUT = pathlib.Path("/var/www/ushguli/road")


def snapshot() -> pathlib.Path:
    image = requests.get(CAMERA, auth=AUTH, timeout=20)
    image.raise_for_status()
    path = OUT / f"{dt.datetime.now():%Y%m%d-%H}.jpg"
    path.write_bytes(image.content)
    (OUT / "latest.jpg").write_bytes(image.content)
    return path


if __name__ == "__main__":
    print(snapshot())
''', rand_pw(12, "@#"))

add("csv/decoy-device-inventory", "inventory/devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
hut,device,model,serial,mac,firmware,credentials
Ushguli,router,MikroTik hAP ax3,HF90A1B2C3D,48:A9:8A:10:22:31,7.14.3,Bitwarden: hut-routers/ushguli
Ushguli,camera,Hikvision DS-2CD2043G2,G12345678,44:19:B6:02:11:09,V5.7.3,Bitwarden: cameras/ushguli
Mazeri,router,MikroTik hAP ac2,HD40F0E1D2C,2C:C8:1B:71:0A:5E,7.12.1,Bitwarden: hut-routers/mazeri
Juta,starlink,Standard Actuated,KIT300223344,-,2024.11,Starlink app (owner account)
Omalo,router,MikroTik hAP ax2,HG11B2C3D4E,DC:2C:6E:41:9B:02,7.14.3,Bitwarden: hut-routers/omalo
Omalo,inverter,Victron MultiPlus-II,HQ2230XYZ1,-,v510,VRM portal (office login)
""")

add("log/decoy-redacted", "logs/ushguli-router-2025-07-11.log", "https://help.mikrotik.com/docs/spaces/ROS/pages/8323088/Log", """
jul/11 06:02:11 system,info,account user admin logged in from 10.66.0.1 via ssh
jul/11 06:02:14 system,info user admin changed by admin
jul/11 06:02:14 system,info,account password changed for user admin (value=********)
jul/11 06:05:40 interface,info lte1 link up (operator Magti, band 20)
jul/11 06:05:41 dhcp,info defconf assigned 192.168.88.23 to 7A:11:C0:2D:44:91
jul/11 06:30:00 script,info backup uploaded to office NAS, sha256 @@sha@@
jul/11 07:12:09 wireless,info 3C:22:FB:90:11:AA@wifi2: connected, signal strength -61
""", sha=sha256())

# --- office IT: mail, directory, backups -------------------------------------------------------

add("ini/ldap-bind-password", "office/sssd.conf", "https://sssd.io/docs/users/ldap_with_ad.html", """
[sssd]
services = nss, pam
domains = office.gudauri-guides.ge

[domain/office.gudauri-guides.ge]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc1.office.gudauri-guides.ge
ldap_search_base = dc=office,dc=gudauri-guides,dc=ge
ldap_default_bind_dn = cn=sssd-bind,ou=service,dc=office,dc=gudauri-guides,dc=ge
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
cache_credentials = true
""", rand_pw(20))

add("powershell/smtp-password", "scripts/Send-GuideSchedule.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Sends tomorrow's guide schedule (exported from the booking sheet) to all guides.
param([string]$Csv = "C:\\Ops\\schedule-tomorrow.csv")

$smtpUser = "ops@svaneti-mountain-guides.ge"
$smtpPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)

$rows = Import-Csv $Csv
$body = $rows | ConvertTo-Html -Title "ხვალინდელი განრიგი" | Out-String

Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
    -Credential $cred -From $smtpUser -To "guides@svaneti-mountain-guides.ge" `
    -Subject "განრიგი / Schedule $(Get-Date -Format yyyy-MM-dd)" -Body $body -BodyAsHtml -Encoding UTF8
""", words_pw())

add("powershell/decoy-secret-manager", "scripts/Backup-Bookings.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Nightly copy of the bookings database dump to the office NAS.
Import-Module Microsoft.PowerShell.SecretManagement

$nasCred = Get-Secret -Name "nas-backup" -Vault "OfficeVault"
$dump = "C:\\Backups\\bookings-$(Get-Date -Format yyyyMMdd).sql"

& "C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe" -h localhost -U backup -f $dump bookings
New-PSDrive -Name NAS -PSProvider FileSystem -Root "\\\\nas01\\backups" -Credential $nasCred | Out-Null
Copy-Item $dump "NAS:\\bookings\\" -Force
Remove-PSDrive NAS
Write-Output "backup done: $dump"
""")
# --- backends in many languages --------------------------------------------------------------------

add("go/postgres-password", "cmd/guidesapi/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """
package main

import (
	"context"
	"log"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
)

// ყაზბეგის მთის გიდების API: განრიგი, სერტიფიკატები, რადიო სახელები.
const dsn = "postgres://guidesapi:@@secret@@@10.10.0.5:5432/guides?sslmode=require"

func main() {
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		log.Fatalf("db: %v", err)
	}
	defer pool.Close()

	mux := http.NewServeMux()
	mux.HandleFunc("/roster", rosterHandler(pool))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })
	log.Fatal(http.ListenAndServe(":8080", mux))
}
""", rand_pw(18))

add("go/decoy-env-reference", "internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import (
	"fmt"
	"os"
)

type Config struct {
	DatabaseURL   string
	TelegramToken string
	SMSKey        string
}

// Load reads everything from the environment (set by systemd's EnvironmentFile).
func Load() (Config, error) {
	c := Config{
		DatabaseURL:   os.Getenv("DATABASE_URL"),
		TelegramToken: os.Getenv("TELEGRAM_BOT_TOKEN"),
		SMSKey:        os.Getenv("SMSOFFICE_KEY"),
	}
	if c.DatabaseURL == "" || c.TelegramToken == "" {
		return c, fmt.Errorf("config: DATABASE_URL and TELEGRAM_BOT_TOKEN are required")
	}
	return c, nil
}
""")

add("go/telegram-bot-token", "cmd/weatherbot/bot.go", "https://core.telegram.org/bots/api#making-requests", """
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

// ამინდის ბოტი — ყოველ დილით აგზავნის პროგნოზს გიდების ჯგუფში
const botToken = "@@secret@@"
const guidesChat = "-1001662093311"

func send(text string) error {
	endpoint := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	resp, err := http.PostForm(endpoint, url.Values{"chat_id": {guidesChat}, "text": {text}})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("telegram: %s", resp.Status)
	}
	return nil
}
""", fakes.telegram_token(_seed()))

add("java/paypal-client-secret", "src/main/java/ge/tushetitours/pay/PayPalConfig.java", "https://developer.paypal.com/api/rest/authentication/", """
package ge.tushetitours.pay;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PayPalConfig {

    private static final String CLIENT_ID = "A@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    @Bean
    public PayPalHttpClient payPalClient() {
        return new PayPalHttpClient(new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET));
    }
}
""", paypal_secret(), cid=draw(79, ALNUM + "-_"))

add("properties/mysql-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """
# თუშეთის ტურების ჯავშნის სერვისი — პროდაქშენი
server.port=8080
spring.datasource.url=jdbc:mysql://db.tushetitours.internal:3306/tours?useUnicode=true&characterEncoding=utf8
spring.datasource.username=tours_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
app.mail.from=info@tushetitours.ge
app.default-locale=ka_GE
""", words_pw())

add("properties/decoy-placeholder", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
spring.application.name=tours
spring.datasource.url=${DB_URL:jdbc:mysql://localhost:3306/tours}
spring.datasource.username=${DB_USER:tours_app}
spring.datasource.password=${DB_PASSWORD}
paypal.client-id=${PAYPAL_CLIENT_ID}
paypal.client-secret=${PAYPAL_CLIENT_SECRET}
app.sms.key=${SMSOFFICE_KEY:}
app.default-locale=ka_GE
""")

add("kotlin/sendgrid-api-key", "app/src/main/kotlin/ge/rachaguides/mail/Mailer.kt", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", """
package ge.rachaguides.mail

import com.sendgrid.Method
import com.sendgrid.Request
import com.sendgrid.SendGrid
import com.sendgrid.helpers.mail.Mail
import com.sendgrid.helpers.mail.objects.Content
import com.sendgrid.helpers.mail.objects.Email

object Mailer {
    private val sendGrid = SendGrid("@@secret@@")

    fun sendVoucher(to: String, name: String, pdfUrl: String) {
        val content = Content("text/plain", "გამარჯობა, $name! თქვენი ვაუჩერი: $pdfUrl")
        val mail = Mail(Email("tours@racha-guides.ge"), "ვაუჩერი / Voucher", Email(to), content)
        val request = Request().apply {
            method = Method.POST
            endpoint = "mail/send"
            body = mail.build()
        }
        sendGrid.api(request)
    }
}
""", sendgrid_key())

add("kotlin/decoy-build-config", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "ge.rachaguides.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "ge.rachaguides.app"
        minSdk = 24
        versionCode = 41
        versionName = "2.3.0"
        // injected by CI from secrets; empty locally
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "SENTRY_ENV", "\\"production\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("csharp/twilio-auth-token", "Kazbegi.Transfers/Services/SmsService.cs", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Kazbegi.Transfers.Services;

// შეხსენებები ტრანსფერზე თბილისი -> სტეფანწმინდა (მიკროავტობუსი)
public class SmsService
{
    private const string AccountSid = "@@sid@@";
    private const string AuthToken = "@@secret@@";
    private const string From = "+12055550147";

    public SmsService() => TwilioClient.Init(AccountSid, AuthToken);

    public string Remind(string phone, string pickup, DateTime when)
    {
        var message = MessageResource.Create(
            body: $"Transfer to Kazbegi: pickup {pickup} at {when:HH:mm}. Driver: +995 599 00 00 00",
            from: new Twilio.Types.PhoneNumber(From),
            to: new Twilio.Types.PhoneNumber(phone));
        return message.Sid;
    }
}
""", hexs(32), sid=twilio_sid())

add("json/sqlserver-password", "Kazbegi.Transfers/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "ConnectionStrings": {
    "Transfers": "Server=tcp:kazbegi-sql.database.windows.net,1433;Initial Catalog=transfers;User ID=transfers_app;Password=@@secret@@;Encrypt=True;"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Transfers": {
    "DefaultVanSeats": 7,
    "Currency": "GEL"
  }
}
""", words_pw())

add("json/decoy-placeholder", "Kazbegi.Transfers/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "Transfers": "Server=(localdb)\\\\mssqllocaldb;Database=transfers_dev;Trusted_Connection=True;"
  },
  "Twilio": {
    "AccountSid": "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "AuthToken": "<set with dotnet user-secrets>"
  },
  "AllowedHosts": "*"
}
""")

add("ruby/mailgun-api-key", "app/services/booking_mailer.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """
# frozen_string_literal: true

require "mailgun-ruby"

# Booking confirmations of the Lagodekhi & Tusheti trekking outfit
class BookingMailer
  DOMAIN = "mg.tusheti-trek.ge"

  def initialize
    @client = Mailgun::Client.new("@@secret@@", "api.eu.mailgun.net")
  end

  def confirm(booking)
    @client.send_message(DOMAIN, {
      from: "Tusheti Trek <booking@tusheti-trek.ge>",
      to: booking.email,
      subject: "ჯავშნის დადასტურება ##{booking.code}",
      text: "#{booking.name}, გელოდებით ომალოში #{booking.start_date}-ზე!"
    })
  end
end
""", mailgun_key())

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# frozen_string_literal: true

Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""")

add("rust/openai-api-key", "src/bin/translate_reviews.rs", "https://platform.openai.com/docs/api-reference/authentication", """
// Translates guest reviews (English, German, Hebrew, Polish) into Georgian for the owners.
use reqwest::blocking::Client;
use serde_json::json;

const OPENAI_KEY: &str = "@@secret@@";

fn translate(client: &Client, text: &str) -> reqwest::Result<String> {
    let body = json!({
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "Translate the guest review into Georgian."},
            {"role": "user", "content": text}
        ]
    });
    let resp: serde_json::Value = client
        .post("https://api.openai.com/v1/chat/completions")
        .bearer_auth(OPENAI_KEY)
        .json(&body)
        .send()?
        .json()?;
    Ok(resp["choices"][0]["message"]["content"].as_str().unwrap_or_default().to_string())
}

fn main() {
    let client = Client::new();
    println!("{}", translate(&client, "The khachapuri and the view of Ushba were unforgettable").unwrap());
}
""", fakes.openai_key(_seed()))

add("rust/decoy-env-reference", "src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub openai_key: String,
    pub database_url: String,
}

impl Config {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            openai_key: env::var("OPENAI_API_KEY")?,
            database_url: env::var("DATABASE_URL")
                .unwrap_or_else(|_| "postgres://localhost/reviews".into()),
        })
    }
}
""")
# --- documentation, runbooks, handover notes ------------------------------------------------------

add("markdown/bog-ipay-client-secret", "docs/payments-setup.md", "https://api.bog.ge/docs/en/payments/authentication", """
# ონლაინ გადახდები — საქართველოს ბანკი (BOG Payments)

ეს გვერდი აღწერს, როგორ ჩავრთეთ ბანკის გადახდა სასტუმრო სახლის "ლაილა" საიტზე.

1. ბანკის ბიზნეს-პორტალში შევქმენით აპლიკაცია "Laila Guesthouse Web".
2. ბანკმა მოგვცა:
   - `client_id`: `@@cid@@`
   - `client_secret`: `@@secret@@`
3. callback მისამართი: `https://laila-guesthouse.ge/payments/bog/callback`
4. ტესტური გადახდა 1 ლარით — წარმატებული (2025-04-18).

> თუ საიდუმლო გასაღები შეიცვლება, განაახლეთ სერვერზე `/etc/laila/payments.env`.
""", draw(32), cid=digits(5))

add("markdown/decoy-placeholder", "docs/payments-setup.en.md", "https://api.bog.ge/docs/en/payments/authentication", """
# Online payments (Bank of Georgia)

1. Create an application in the BOG business portal.
2. Put the values into `/etc/laila/payments.env`:

```env
BOG_CLIENT_ID=<client id from the portal>
BOG_CLIENT_SECRET=<client secret from the portal>
BOG_CALLBACK_URL=https://laila-guesthouse.ge/payments/bog/callback
```

3. Restart with `sudo systemctl restart laila-web`.

Never paste the real secret into this repository or into the team chat.
""")

add("markdown/ssh-private-key", "docs/handover/server-access.md", "https://man.openbsd.org/ssh-keygen.1", """
# სერვერზე წვდომა (booking.svaneti-homestays.ge)

გადასცა: დავით ჯაფარიძე → თამარ გურჩიანი, 2025-10-30

- ჰოსტი: `booking.svaneti-homestays.ge` (Hetzner, fsn1)
- მომხმარებელი: `deploy`
- გასაღები ქვემოთაა. შეინახე `~/.ssh/svaneti_deploy`, `chmod 600`.

```
@@secret@@
```

- root-ით შესვლა გამორთულია; `sudo` მუშაობს `deploy`-სთვის პაროლის გარეშე.
- ბექაპები: ყოველ ღამით 03:00-ზე, Hetzner Storage Box-ზე.
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("markdown/decoy-public-key", "docs/ssh-keys.md", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Staff SSH public keys

Add these to `/home/deploy/.ssh/authorized_keys` on the booking server.

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ tamar@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ davit@office-pc
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ ci@github-actions
```

Fingerprints (SHA256): `@@f1@@`, `@@f2@@`.
""", k1=draw(43, ALNUM + "+/"), k2=draw(43, ALNUM + "+/"), k3=draw(120, ALNUM + "+/"),
    f1=draw(43, ALNUM + "+/"), f2=draw(43, ALNUM + "+/"))

add("markdown/router-admin-password", "README.md", "https://help.mikrotik.com/docs/spaces/ROS/pages/328151/First+Time+Configuration", """
# sno-guesthouse-ops

სნოს სასტუმრო სახლის IT ჩანაწერები (Kazbegi district).

## Quick facts
- Internet: Magti LTE + Starlink (failover on the MikroTik)
- Router web UI: http://192.168.88.1 — login `admin` / `@@secret@@`
- Printer: Brother HL-L2350DW at 192.168.88.30
- Guest Wi-Fi: open captive portal, terms at https://sno-guesthouse.ge/wifi

## Contacts
- ოფისი: +995 32 2 00 00 00
- ტექნიკური დახმარება (ლევანი): +995 599 00 00 01
""", words_pw())

add("markdown/decoy-example", "docs/api-clients.md", "https://docs.channex.io/api-v.1-documentation/api-reference", """
# Using the Channex API from scripts

Every request carries the `user-api-key` header. Example (the key is a dummy):

```bash
curl -H "user-api-key: YOUR_CHANNEX_API_KEY" \\
     "https://app.channex.io/api/v1/properties"
```

Load the real key from the shell environment:

```bash
export CHANNEX_API_KEY="$(bw get password channex-api)"
```

ნამდვილი გასაღები მხოლოდ Bitwarden-შია.
""")

add("markdown/airtable-token", "docs/guides-database.md", "https://airtable.com/developers/web/guides/personal-access-tokens", """
# Guides database (Airtable)

The roster, certifications (UIAGM, first aid) and languages of every guide live in the
Airtable base **Guides 2025** (`app@@base@@`).

## Script access
The nightly sync script `sync_guides.py` reads the base with a personal access token of the
office account:

    AIRTABLE_TOKEN=@@secret@@

Scopes: `data.records:read`, `schema.bases:read`. Expires 2026-03-01.

## Tables
| Table         | What                                  |
|---------------|---------------------------------------|
| Guides        | name, phone, languages, certificates  |
| Assignments   | tour code, guide, dates               |
| Horses        | owner, village, daily rate (GEL)      |
""", airtable_pat(), base=draw(14))

add("markdown/decoy-id", "docs/channels.md", "https://developers.booking.com/connectivity/docs", """
# Channel ids (not secret)

| Channel     | Our id                | Notes                           |
|-------------|-----------------------|---------------------------------|
| Booking.com | hotel_id @@b@@        | Genius level 2                  |
| Airbnb      | listing @@a@@   | Superhost since 2023            |
| Expedia     | property @@e@@       | via Channex                     |
| Channex     | @@c@@ | property uuid                  |
| Google      | Place ID ChIJ@@g@@ |                     |
""", b=digits(7), a=digits(18), e=digits(8), c=uuid_s(), g=draw(23, ALNUM + "-_"))

add("text/router-admin-password", "docs/notes/2024-season-handover.txt", "https://help.ui.com/hc/en-us/articles/204909754", """
2024 სეზონის ბოლოს — ჩანაწერები ნინოსთვის
=========================================

* საიტი: WordPress, ჰოსტინგი Hostinger. ადმინი: nino@chazhashi-guesthouse.ge
* Booking.com extranet — ნინოს ანგარიში, 2FA ტელეფონზე.
* ინტერნეტი: Silknet, როუტერი TP-Link Deco.
* Deco app owner account: chazhashi.guesthouse@gmail.com / @@secret@@
* კამერები: Ezviz app, იგივე ანგარიში.
* ზამთარში: წყალი გადაკეტეთ, როუტერი დატოვეთ ჩართული.
""", words_pw())

add("text/decoy-redacted", "docs/notes/2025-season-handover.txt", "https://bitwarden.com/help/sharing/", """
2025 სეზონის ჩანაწერები
=======================

* ყველა პაროლი გადავიტანეთ Bitwarden-ის ორგანიზაციაში "Chazhashi".
* Deco app owner account: chazhashi.guesthouse@gmail.com / (Bitwarden: "TP-Link Deco")
* Booking.com extranet: პაროლი შეცვლილია, იხ. Bitwarden.
* Stripe: sk_live_•••• (დამალულია; სრული გასაღები მხოლოდ Stripe-ის dashboard-ში)
* წელს ახალი: Starlink, ანგარიში ოფისის ელფოსტაზე.
""")

# --- SQL, CSV, logs ---------------------------------------------------------------------------

add("sql/smtp-password", "db/migrations/0007_mail_settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- 0007: outgoing mail settings for booking confirmations (Mestia homestays network)
CREATE TABLE IF NOT EXISTS mail_settings (
    id          smallint PRIMARY KEY DEFAULT 1,
    host        text NOT NULL,
    port        integer NOT NULL,
    username    text NOT NULL,
    password    text NOT NULL,
    from_name   text NOT NULL
);

INSERT INTO mail_settings (host, port, username, password, from_name)
VALUES ('smtp.zoho.eu', 587, 'booking@mestia-homestays.ge', '@@secret@@',
        'მესტიის სასტუმრო სახლები')
ON CONFLICT (id) DO NOTHING;
""", words_pw())

add("sql/decoy-password-hash", "db/seed/0002_staff.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- staff accounts of the Mestia booking admin (password hashes only; users set their own at first login)
INSERT INTO auth_user (username, email, is_staff, is_superuser, password) VALUES
  ('nino',   'nino@mestia-homestays.ge',   true, true,  'pbkdf2_sha256$720000$@@s1@@$@@h1@@'),
  ('levan',  'levan@mestia-homestays.ge',  true, false, 'pbkdf2_sha256$720000$@@s2@@$@@h2@@'),
  ('tamari', 'tamari@mestia-homestays.ge', true, false, '!@@u@@');
""", s1=draw(22), h1=draw(43, ALNUM + "+/") + "=", s2=draw(22), h2=draw(43, ALNUM + "+/") + "=", u=draw(40))

add("sql/postgres-password", "db/init/01_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- roles for the guides database (run once as postgres)
CREATE ROLE guides_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE guides_readonly LOGIN PASSWORD '@@ro@@';
CREATE DATABASE guides OWNER guides_app ENCODING 'UTF8' LC_COLLATE 'ka_GE.UTF-8' TEMPLATE template0;
GRANT CONNECT ON DATABASE guides TO guides_readonly;
\\c guides
GRANT USAGE ON SCHEMA public TO guides_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO guides_readonly;
""", rand_pw(20), ro=rand_pw(16))

add("sql/decoy-uuid", "db/seed/0003_tours.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html", """
INSERT INTO tours (id, code, title_ka, title_en, days, price_gel) VALUES
  ('@@u1@@', 'SV-MU', 'მესტია — უშგული', 'Mestia to Ushguli trek', 4, 890),
  ('@@u2@@', 'KZ-JC', 'ჯუთა — როშკა', 'Juta to Roshka over Chaukhi pass', 2, 420),
  ('@@u3@@', 'TS-AT', 'ომალო — შატილი', 'Omalo to Shatili over Atsunta pass', 5, 1250),
  ('@@u4@@', 'RC-SH', 'შოდა-კედელა', 'Racha: Shoda-Kedela glacier', 3, 640);
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("csv/booking-com-password", "exports/ota_accounts_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
guesthouse,village,channel,login,password,notes
Chazhashi,Ushguli,Booking.com extranet,chazhashi_admin,@@secret@@,owner Nino
Koshki,Mestia,Airbnb,koshki.mestia@gmail.com,(Google login),2FA on owner phone
Laila,Mestia,Hostelworld,laila-hostel,see Bitwarden,
Dartlo Inn,Dartlo,Booking.com extranet,dartloinn,see Bitwarden,Zaza
""", words_pw())

add("csv/decoy-booking-export", "exports/bookings-2025-08.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
booking_id,channel,reference,guest,country,check_in,check_out,rooms,total_gel,payment_ref
BK-25-0811,booking.com,@@r1@@,M. Kowalski,PL,2025-08-11,2025-08-14,1,540,pi_@@p1@@
BK-25-0812,airbnb,HM@@r2@@,D. Levi,IL,2025-08-12,2025-08-15,2,960,ch_@@p2@@
BK-25-0813,direct,WEB-4471,გ. ბერიძე,GE,2025-08-13,2025-08-14,1,150,bog_@@p3@@
BK-25-0814,booking.com,@@r3@@,A. Schmidt,DE,2025-08-14,2025-08-18,1,720,pi_@@p4@@
""", r1=digits(10), r2=draw(8, string.ascii_uppercase + string.digits), p1=draw(24), p2=draw(24), p3=uuid_s(),
    r3=digits(10), p4=draw(24))

add("log/smtp-password", "logs/postfix-relay-debug.log", "https://www.rfc-editor.org/rfc/rfc4616", """
Jun 03 07:41:02 mail postfix/smtp[4121]: >>> Start of debug trace for booking relay
Jun 03 07:41:02 mail postfix/smtp[4121]: < smtp.zoho.eu[185.20.209.10]:587: 220 mx.zoho.eu SMTP Server ready
Jun 03 07:41:02 mail postfix/smtp[4121]: > smtp.zoho.eu[185.20.209.10]:587: EHLO mail.kazbegi-rooms.ge
Jun 03 07:41:03 mail postfix/smtp[4121]: > smtp.zoho.eu[185.20.209.10]:587: STARTTLS
Jun 03 07:41:03 mail postfix/smtp[4121]: > smtp.zoho.eu[185.20.209.10]:587: AUTH PLAIN @@secret@@
Jun 03 07:41:04 mail postfix/smtp[4121]: < smtp.zoho.eu[185.20.209.10]:587: 235 Authentication Successful
Jun 03 07:41:04 mail postfix/smtp[4121]: > smtp.zoho.eu[185.20.209.10]:587: MAIL FROM:<booking@kazbegi-rooms.ge>
Jun 03 07:41:05 mail postfix/smtp[4121]: 3F1A22C0041: to=<guest@example.com>, relay=smtp.zoho.eu, status=sent (250 Ok)
""", b64("\0booking@kazbegi-rooms.ge\0" + words_pw()))

add("log/decoy-request-id", "logs/booking-web-2025-08-14.log", "https://docs.python.org/3/library/logging.html", """
2025-08-14T09:12:01+04:00 INFO  request_id=@@r1@@ POST /api/bookings 201 guest=kowalski
2025-08-14T09:12:02+04:00 INFO  stripe payment_intent=pi_@@p1@@ status=succeeded amount=54000
2025-08-14T09:12:02+04:00 INFO  request_id=@@r2@@ POST /webhooks/stripe 200 event=evt_@@e1@@
2025-08-14T09:15:44+04:00 WARN  sms to 995599******56 delayed (smsoffice queue)
2025-08-14T09:20:13+04:00 INFO  request_id=@@r3@@ GET /availability?from=2025-08-20 200 12ms
2025-08-14T09:21:00+04:00 INFO  trace_id=@@s@@ login ok user=nino
""", r1=uuid_s(), p1=draw(24), r2=uuid_s(), e1=draw(24), r3=uuid_s(), s=hexs(32))
# --- notebooks and data work ---------------------------------------------------------------------

add("notebook/aws-secret-key", "notebooks/season_report_2025.ipynb", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", notebook(
    ("markdown", "# სეზონის ანგარიში 2025\nჯავშნები, ღამეები და შემოსავალი სოფლების მიხედვით."),
    ("code", 'import boto3\nimport pandas as pd\n\ns3 = boto3.client(\n    "s3",\n    region_name="eu-central-1",\n'
             '    aws_access_key_id="@@kid@@",\n    aws_secret_access_key="@@secret@@",\n)\n'
             'obj = s3.get_object(Bucket="svaneti-homestays-exports", Key="bookings/2025.csv")\n'
             'df = pd.read_csv(obj["Body"])'),
    ("code", 'df.groupby("village")["nights"].sum().sort_values(ascending=False)'),
    ("markdown", "მესტია და უშგული — 71% ყველა ღამის."),
), fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/decoy-env-reference", "notebooks/guide_hours.ipynb", "https://pyairtable.readthedocs.io/en/stable/getting-started.html", notebook(
    ("markdown", "# Guide hours, July\nReads the Airtable roster; the token comes from the environment."),
    ("code", 'import os\nfrom pyairtable import Api\n\napi = Api(os.environ["AIRTABLE_TOKEN"])\n'
             'table = api.table("app@@base@@", "Assignments")\nrows = table.all(formula="MONTH({Date}) = 7")'),
    ("code", 'import pandas as pd\nhours = pd.DataFrame([r["fields"] for r in rows]).groupby("Guide")["Hours"].sum()\nhours'),
), base=draw(14))

add("notebook/openweathermap-key", "notebooks/snowline_forecast.ipynb", "https://openweathermap.org/api/one-call-3", notebook(
    ("markdown", "## Snow line forecast for the Chaukhi pass crossing\nIf the 0°C line is below 3300 m, the group goes via Roshka instead."),
    ("code", 'import requests\n\nAPPID = "@@secret@@"\nlat, lon = 42.554, 44.788\n'
             'url = f"https://api.openweathermap.org/data/3.0/onecall?lat={lat}&lon={lon}&units=metric&appid={APPID}"\n'
             'forecast = requests.get(url, timeout=20).json()'),
    ("code", '[(d["dt"], d["temp"]["min"]) for d in forecast["daily"][:5]]'),
), hexs(32))

add("notebook/decoy-example", "notebooks/demo_channex.ipynb", "https://docs.channex.io/api-v.1-documentation/api-reference", notebook(
    ("markdown", "# Channex API demo (training for new office staff)\nReplace the dummy key before running."),
    ("code", 'import requests\n\nHEADERS = {"user-api-key": "PASTE-YOUR-KEY-HERE"}\n'
             'r = requests.get("https://staging.channex.io/api/v1/properties", headers=HEADERS)\nr.status_code'),
))

add("python/aws-access-key", "scripts/upload_gallery.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", '''
#!/usr/bin/env python3
"""Uploads resized guesthouse photos to the S3 bucket behind the website's gallery."""
import pathlib
import sys

import boto3

session = boto3.Session(
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-central-1",
)
bucket = session.resource("s3").Bucket("racha-guesthouses-media")

for path in pathlib.Path(sys.argv[1]).glob("*.jpg"):
    bucket.upload_file(str(path), f"gallery/{path.name}", ExtraArgs={"ContentType": "image/jpeg"})
    print("uploaded", path.name)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = eu-central-1

[kazbegi-media]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[kazbegi-backup]
role_arn = arn:aws:iam::123456789012:role/backup-writer
source_profile = kazbegi-media
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-profile", "ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html", """
[default]
region = eu-central-1
output = json

[profile svaneti-admin]
sso_session = svaneti
sso_account_id = 123456789012
sso_role_name = AdministratorAccess
region = eu-central-1

[sso-session svaneti]
sso_start_url = https://svaneti-homestays.awsapps.com/start
sso_region = eu-central-1
sso_registration_scopes = sso:account:access
""")

add("toml/pypi-token", "ops/publish/pypirc-build-laptop.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# old copy of ~/.pypirc used on the build laptop (converted by hand)
[distutils]
index-servers = "pypi"

[pypi]
repository = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", ".pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
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
password = <testpypi token in keyring>
""", fakes.pypi_token(_seed()))

add("toml/decoy-placeholder", "pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "georgian-trails"
version = "0.9.2"
description = "GPX tracks and route notes of Georgian mountain treks (Svaneti, Kazbegi, Tusheti)"
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["gpxpy>=1.6", "requests>=2.31"]

[project.urls]
Homepage = "https://github.com/kazbegi-trek/georgian-trails"

[tool.georgian-trails]
# api_key = "your-openweathermap-key"   # or set OWM_APPID
default_region = "svaneti"
""")

add("toml/telegram-bot-token", "bot/settings.toml", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# სტუმრების ბოტი — ჯავშნის სტატუსი და გზის მდგომარეობა
[telegram]
token = "@@secret@@"
webhook_url = "https://bot.juta-hut.ge/tg"
admins = [184422913, 509211773]

[road]
camera_snapshot = "https://juta-hut.ge/road/latest.jpg"
closed_message_ka = "გზა ჯუთამდე დროებით ჩაკეტილია თოვლის გამო."
""", fakes.telegram_token(_seed()))

add("env/redis-password", "booking-api/.env", "https://redis.io/docs/latest/develop/clients/redis-py/#connect-to-a-redis-server", """
# booking-api (Kazbegi) — production
NODE_ENV=production
PORT=3000
DATABASE_URL=postgresql://booking@10.0.1.5:5432/booking
REDIS_URL=redis://default:@@secret@@@10.0.1.7:6379/2
SESSION_TTL_HOURS=12
LOG_LEVEL=info
""", fakes.redis_password(_seed()))

add("env/decoy-placeholder", "booking-api/.env.example", "https://github.com/motdotla/dotenv#usage", """
# Copy to .env and fill in. ნიმუში — ნამდვილი მნიშვნელობები აქ არ ჩაწეროთ.
NODE_ENV=development
PORT=3000
DATABASE_URL=postgresql://booking:booking@localhost:5432/booking
REDIS_URL=redis://localhost:6379/2
STRIPE_SECRET_KEY=sk_test_replace_me
SMSOFFICE_KEY=
TELEGRAM_BOT_TOKEN=
""")

add("env/sendgrid-api-key", "voucher-service/.env.production", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
SERVICE_NAME=voucher-service
SENDGRID_API_KEY=@@secret@@
MAIL_FROM="Svaneti Trek <vouchers@svaneti-trek.ge>"
VOUCHER_BUCKET=svaneti-trek-vouchers
PDF_FONT=/usr/share/fonts/truetype/bpg/bpg_glaho.ttf
""", sendgrid_key())

add("env/decoy-vault-reference", "voucher-service/.env.vault-agent", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
# rendered at start by vault-agent; these are paths, not values
SENDGRID_API_KEY_PATH=secret/data/voucher-service#sendgrid_api_key
DATABASE_PASSWORD_PATH=database/creds/voucher-service
VAULT_ADDR=https://vault.svaneti-trek.internal:8200
VAULT_ROLE=voucher-service
""")
# --- web shops, marketing, messaging ---------------------------------------------------------------

add("php/woocommerce-consumer-secret", "tools/sync-woo-stock.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
<?php
// Syncs the souvenir shop stock (churchkhela, Svan salt, felt hats) to the Mestia guesthouse site.
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woo = new Client(
    'https://shop.mestia-guesthouse.ge',
    '@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$stock = json_decode(file_get_contents(__DIR__ . '/stock.json'), true);
foreach ($stock as $sku => $qty) {
    $products = $woo->get('products', ['sku' => $sku]);
    if ($products) {
        $woo->put('products/' . $products[0]->id, ['stock_quantity' => $qty]);
        echo "{$sku}: {$qty}\\n";
    }
}
""", woo("cs"), ck=woo("ck"))

add("javascript/decoy-public-key", "theme/assets/js/recaptcha.js", "https://developers.google.com/recaptcha/docs/v3", """
// reCAPTCHA v3 on the booking form (site key is public; the secret lives on the server)
const RECAPTCHA_SITE_KEY = "@@site@@";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("#booking-form");
  form?.addEventListener("submit", (event) => {
    event.preventDefault();
    grecaptcha.ready(() => {
      grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "booking" }).then((token) => {
        form.querySelector("input[name=recaptcha_token]").value = token;
        form.submit();
      });
    });
  });
});
""", site=recaptcha())

add("php/recaptcha-secret-key", "theme/inc/booking-form.php", "https://developers.google.com/recaptcha/docs/verify", """
<?php
// ჯავშნის ფორმის შემოწმება (reCAPTCHA v3)
function koshki_verify_recaptcha( $token ) {
    $response = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', [
        'body' => [
            'secret'   => '@@secret@@',
            'response' => $token,
            'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
        ],
    ] );
    $result = json_decode( wp_remote_retrieve_body( $response ), true );
    return ! empty( $result['success'] ) && $result['score'] >= 0.5;
}
""", recaptcha("secret"))

add("python/whatsapp-cloud-token", "notify/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", '''
"""WhatsApp reminders to guests the evening before a guided trek."""
import requests

PHONE_NUMBER_ID = "@@pnid@@"
ACCESS_TOKEN = "@@secret@@"


def remind(to: str, guest: str, meeting_point: str, time: str) -> dict:
    body = {
        "messaging_product": "whatsapp",
        "to": to,
        "type": "template",
        "template": {
            "name": "trek_reminder",
            "language": {"code": "en"},
            "components": [{"type": "body", "parameters": [
                {"type": "text", "text": guest},
                {"type": "text", "text": meeting_point},
                {"type": "text", "text": time},
            ]}],
        },
    }
    return requests.post(f"https://graph.facebook.com/v20.0/{PHONE_NUMBER_ID}/messages",
                         json=body, headers={"Authorization": f"Bearer {ACCESS_TOKEN}"}, timeout=20).json()
''', meta_token(), pnid=digits(15))

add("yaml/facebook-page-token", "social/autopost.yml", "https://developers.facebook.com/docs/pages-api/posts", """
# Autopost of the weekly "photo of the week" to the Tusheti Horse Treks page
facebook:
  page_id: "@@pid@@"
  page_access_token: "@@secret@@"
  graph_version: v20.0
schedule:
  cron: "0 10 * * FRI"
  timezone: Asia/Tbilisi
caption_template: |
  📸 კვირის ფოტო: {place}
  Photo of the week: {place_en}
  #Tusheti #Georgia #HorseTrekking
""", meta_token(), pid=digits(15))

add("yaml/decoy-app-id", "social/meta-app.yml", "https://developers.facebook.com/docs/development/create-an-app/", """
# Meta app settings (ids are public; the app secret and tokens are in 1Password "Meta / Tusheti")
app:
  name: Tusheti Horse Treks Bot
  app_id: "@@app@@"
  page_id: "@@page@@"
  business_id: "@@biz@@"
  whatsapp_phone_number_id: "@@ph@@"
  pixel_id: "@@px@@"
  privacy_policy_url: https://tusheti-horse-treks.ge/privacy
""", app=digits(16), page=digits(15), biz=digits(16), ph=digits(15), px=digits(16))

add("python/mailchimp-api-key", "marketing/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", '''
"""Adds guests who ticked "send me news" to the spring newsletter audience."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "@@dc@@"})

AUDIENCE_ID = "@@aud@@"


def subscribe(email: str, first_name: str, country: str) -> None:
    client.lists.add_list_member(AUDIENCE_ID, {
        "email_address": email,
        "status": "subscribed",
        "merge_fields": {"FNAME": first_name, "COUNTRY": country},
        "tags": ["guest-2025"],
    })
''', _MC := mailchimp_key(), dc=_MC.rsplit("-", 1)[1], aud=hexs(10))

add("python/slack-webhook", "ops/alerts.py", "https://api.slack.com/messaging/webhooks", '''
"""ზედმეტი ჯავშნები და გადახდის შეცდომები -> ყაზბეგის ოფისის Slack-ის #ops არხი."""
import json
import urllib.request

WEBHOOK = "@@secret@@"


def alert(text: str) -> None:
    request = urllib.request.Request(
        WEBHOOK,
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=10)


if __name__ == "__main__":
    alert(":warning: overbooking: room 4, 2025-08-15 (Booking.com + direct)")
''', slack_webhook())

add("yaml/discord-webhook", "monitoring/uptime-kuma-notify.yml", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
# Uptime Kuma — თუშეთის ქოხების კავშირის მონიტორინგი
notifications:
  - name: tusheti-discord
    type: discord
    isDefault: true
    discordUsername: Hut Monitor
    discordWebhookUrl: @@secret@@
monitors:
  - name: omalo-router
    type: ping
    hostname: 10.66.0.7
    interval: 300
  - name: dartlo-router
    type: ping
    hostname: 10.66.0.8
    interval: 300
""", discord_webhook())

add("json/decoy-sentry-dsn", "frontend/src/sentry.config.json", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
{
  "dsn": "https://@@k@@@o@@org@@.ingest.de.sentry.io/@@proj@@",
  "environment": "production",
  "release": "kazbegi-frontend@3.4.1",
  "tracesSampleRate": 0.1,
  "replaysOnErrorSampleRate": 1.0
}
""", k=hexs(32), org=digits(7), proj=digits(16))

add("json/notion-token", "tools/notion-sync/config.json", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", """
{
  "notion": {
    "token": "@@secret@@",
    "routes_database": "@@db@@",
    "huts_database": "@@db2@@"
  },
  "sync": {
    "languages": ["ka", "en", "de"],
    "publish_to": "https://svaneti-trek.ge/routes"
  }
}
""", notion_token(), db=hexs(32), db2=hexs(32))

add("json/decoy-checksum", "tracks/manifest.json", "https://www.rfc-editor.org/rfc/rfc6234", """
{
  "generated": "2025-05-30T08:00:00Z",
  "tracks": [
    {"file": "mestia-ushguli.gpx", "km": 48.6, "sha256": "@@s1@@"},
    {"file": "juta-roshka.gpx", "km": 21.3, "sha256": "@@s2@@"},
    {"file": "omalo-shatili.gpx", "km": 71.9, "sha256": "@@s3@@"},
    {"file": "sno-abudelauri.gpx", "km": 18.2, "sha256": "@@s4@@"}
  ]
}
""", s1=sha256(), s2=sha256(), s3=sha256(), s4=sha256())

add("typescript/dropbox-token", "scripts/fetch-guide-photos.ts", "https://www.dropbox.com/developers/documentation/http/documentation", """
// Pulls the guides' trip photos from the shared Dropbox folder into the website CMS
import { Dropbox } from "dropbox";
import { writeFile } from "node:fs/promises";

const dbx = new Dropbox({
  accessToken: "@@secret@@",
});

export async function fetchTrip(folder: string): Promise<number> {
  const { result } = await dbx.filesListFolder({ path: `/Guides/2025/${folder}` });
  let count = 0;
  for (const entry of result.entries) {
    if (entry[".tag"] !== "file" || !entry.name.endsWith(".jpg")) continue;
    const file = (await dbx.filesDownload({ path: entry.path_lower! })).result as any;
    await writeFile(`./public/trips/${folder}/${entry.name}`, file.fileBinary);
    count++;
  }
  return count;
}
""", dropbox_token())

add("typescript/decoy-test-fixture", "src/__tests__/payments.test.ts", "https://docs.stripe.com/testing", """
import { describe, expect, it } from "vitest";
import { depositFor } from "../payments";

// Stripe test-mode card numbers, documented by Stripe; no real key is used in tests
const TEST_CARD = "4242424242424242";
const DECLINED_CARD = "4000000000000002";

describe("depositFor", () => {
  it("takes 30% of the stay", () => {
    expect(depositFor({ nights: 3, priceGel: 150 })).toBe(135);
  });
  it("knows the test cards", () => {
    expect(TEST_CARD).toHaveLength(16);
    expect(DECLINED_CARD.startsWith("4000")).toBe(true);
  });
});
""")
# --- Georgian vendors: payments, tax, waybills ---------------------------------------------------

add("python/payze-api-secret", "payments/payze_client.py", "https://docs.payze.io/reference/authorization", '''
"""Payze payment links for horse-trek deposits (Tusheti Horse Treks)."""
import requests

PAYZE_API_KEY = "@@key@@"
PAYZE_API_SECRET = "@@secret@@"


def payment_link(order_id: str, amount: float, description: str) -> str:
    response = requests.put(
        "https://payze.io/v2/api/payment",
        headers={"Authorization": f"{PAYZE_API_KEY}:{PAYZE_API_SECRET}", "Content-Type": "application/json"},
        json={
            "source": "Card",
            "amount": amount,
            "currency": "GEL",
            "language": "KA",
            "idempotencyKey": order_id,
            "hooks": {"webhookGateway": "https://tusheti-horse-treks.ge/payze/webhook"},
            "metadata": {"extraAttributes": [{"key": "description", "value": description}]},
        },
        timeout=20,
    )
    response.raise_for_status()
    return response.json()["data"]["payment"]["paymentUrl"]
''', hexs(32).upper(), key=hexs(32).upper())

add("python/rs-ge-service-password", "accounting/waybill.py", "https://www.rs.ge/Default.aspx?sec_id=4861&lang=1", '''
# -*- coding: utf-8 -*-
"""ზედნადებების ატვირთვა rs.ge-ზე (შემოსავლების სამსახური) — ცხენების და ჯიპების ტრანსფერები."""
from zeep import Client

WSDL = "https://services.rs.ge/WayBillService/WayBillService.asmx?WSDL"
SERVICE_USER = "kazbegi_treks:206000000"
SERVICE_PASSWORD = "@@secret@@"

client = Client(WSDL)


def check() -> bool:
    return client.service.chek_service_user(su=SERVICE_USER, sp=SERVICE_PASSWORD)


def save_waybill(xml_waybill: str) -> str:
    return client.service.save_waybill(su=SERVICE_USER, sp=SERVICE_PASSWORD, waybill=xml_waybill)
''', words_pw())

add("xml/rs-ge-service-password", "accounting/soap/get_invoices_request.xml", "https://www.revenue.mof.ge/", """
<?xml version="1.0" encoding="utf-8"?>
<!-- ელ. ანგარიშ-ფაქტურების მიღება, თვის დახურვა (ოქტომბერი) -->
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <get_seller_invoices xmlns="http://tempuri.org/">
      <user_id>771204</user_id>
      <un_id>206000000</un_id>
      <s_dt>2025-10-01T00:00:00</s_dt>
      <e_dt>2025-10-31T23:59:59</e_dt>
      <su>svaneti_homestays:206000000</su>
      <sp>@@secret@@</sp>
    </get_seller_invoices>
  </soap:Body>
</soap:Envelope>
""", rand_pw(14))

add("xml/decoy-placeholder", "accounting/soap/get_invoices_template.xml", "https://www.revenue.mof.ge/", """
<?xml version="1.0" encoding="utf-8"?>
<!-- შაბლონი: ჩასვით სერვისის მომხმარებელი და პაროლი გაშვებისას (env: RS_SU, RS_SP) -->
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <get_seller_invoices xmlns="http://tempuri.org/">
      <user_id>{{ user_id }}</user_id>
      <un_id>{{ un_id }}</un_id>
      <s_dt>{{ start }}</s_dt>
      <e_dt>{{ end }}</e_dt>
      <su>{{ env.RS_SU }}</su>
      <sp>{{ env.RS_SP }}</sp>
    </get_seller_invoices>
  </soap:Body>
</soap:Envelope>
""")

add("markdown/decoy-iban", "docs/bank-details.md", "https://www.iban.com/structure", """
# საბანკო რეკვიზიტები / Bank details (for invoices to tour agencies)

| | |
|---|---|
| Company | შპს "ყაზბეგის ტრეკინგი" / Kazbegi Trekking LLC |
| ID code | 206000000 |
| Bank | TBC Bank, SWIFT TBCBGE22 |
| IBAN (GEL) | GE29TB7000000000000001 |
| IBAN (EUR) | GE02TB7000000000000002 |
| Bank | Bank of Georgia, SWIFT BAGAGE22 |
| IBAN (USD) | GE60BG0000000000000003 |

Prepayment 30% within 7 days of the invoice; the rest on arrival in cash or by card.
""")

add("python/stripe-webhook-secret", "booking/webhooks.py", "https://docs.stripe.com/webhooks#verify-events", '''
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
import stripe

from booking.models import Booking

ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    try:
        event = stripe.Webhook.construct_event(
            request.body, request.META["HTTP_STRIPE_SIGNATURE"], ENDPOINT_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Booking.objects.filter(code=session["client_reference_id"]).update(status="paid")
    return HttpResponse(status=200)
''', "whsec_" + draw(32))

add("python/django-secret-key", "kazbegi_site/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["kazbegi-rooms.ge", "www.kazbegi-rooms.ge"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "kazbegi",
        "USER": "kazbegi",
        "HOST": "/var/run/postgresql",
    }
}

LANGUAGE_CODE = "ka"
TIME_ZONE = "Asia/Tbilisi"
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()))

add("python/decoy-generated-at-runtime", "kazbegi_site/settings/dev.py", "https://docs.djangoproject.com/en/5.0/ref/utils/#django.utils.crypto.get_random_string", '''
from django.core.management.utils import get_random_secret_key

from .base import *  # noqa: F401,F403

DEBUG = True
# a fresh throwaway key on every dev run; production reads DJANGO_SECRET_KEY
SECRET_KEY = get_random_secret_key()
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "dev.sqlite3"}}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
''')

add("python/flask-secret-key", "guide_portal/app.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", '''
from flask import Flask, render_template, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY="@@secret@@",
    SESSION_COOKIE_SECURE=True,
    BABEL_DEFAULT_LOCALE="ka",
)


@app.route("/")
def index():
    guide = session.get("guide")
    return render_template("index.html", guide=guide)


@app.route("/schedule")
def schedule():
    return render_template("schedule.html", trips=[])
''', hexs(64))

add("javascript/jwt-secret", "server/auth.js", "https://github.com/auth0/node-jsonwebtoken#usage", """
// Guide portal login — guides sign in with phone + SMS code, then get a JWT
const jwt = require("jsonwebtoken");

const JWT_SECRET = "@@secret@@";
const TTL = "12h";

function issue(guide) {
  return jwt.sign({ sub: guide.id, name: guide.name, role: "guide" }, JWT_SECRET, { expiresIn: TTL });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { issue, verify };
""", rand_pw(48))

add("javascript/decoy-jwt-example", "server/__tests__/auth.test.js", "https://www.rfc-editor.org/rfc/rfc7519#section-3.1", """
const { verify } = require("../auth");

// a token signed with the test secret from jest.setup.js ("test-secret"), payload: {"sub":"guide-1"}
const SAMPLE =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJndWlkZS0xIn0.@@sig@@";

test("rejects a token signed with another secret", () => {
  process.env.JWT_SECRET = "another-test-secret";
  expect(() => verify(SAMPLE)).toThrow();
});
""", sig=draw(43, ALNUM + "-_"))

_SA_PEM = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("yaml/google-service-account-key", "config/gsheets.yaml", "https://cloud.google.com/iam/docs/keys-create-delete", """
# Guide schedule lives in a Google Sheet; the sync reads it with this service account
sheet_id: 1@@sheet@@
worksheet: "განრიგი 2025"
service_account:
  type: service_account
  project_id: kazbegi-guides
  private_key_id: @@kid@@
  client_email: schedule-sync@kazbegi-guides.iam.gserviceaccount.com
  client_id: "@@cid@@"
  private_key: |
    @@pem@@
""", _SA_PEM, pem=_SA_PEM.replace("\n", "\n    "),
    sheet=draw(43, ALNUM + "-_"), kid=hexs(40), cid=digits(21))
# --- developer tokens: GitHub, GitLab, npm, AI -------------------------------------------------------

add("shell/github-token", "scripts/release_gpx.sh", "https://docs.github.com/en/rest/releases/releases#create-a-release", r"""
#!/usr/bin/env bash
# Publishes the season's GPX bundle as a GitHub release of kazbegi-trek/georgian-trails
set -euo pipefail
TAG="tracks-$(date +%Y.%m)"
GITHUB_TOKEN=@@secret@@

zip -r "/tmp/${TAG}.zip" tracks/*.gpx
curl -fsS -X POST \
  -H "Authorization: Bearer ${GITHUB_TOKEN}" \
  -H "Accept: application/vnd.github+json" \
  https://api.github.com/repos/kazbegi-trek/georgian-trails/releases \
  -d "{\"tag_name\":\"${TAG}\",\"name\":\"GPX ${TAG}\"}"
""", fakes.github_token(_seed()))

add("yaml/github-fine-grained-token", ".github/renovate-config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", """
# self-hosted Renovate on the office server (cron, Sundays)
platform: github
endpoint: https://api.github.com/
token: @@secret@@
autodiscover: false
repositories:
  - svaneti-homestays/booking
  - svaneti-homestays/site
onboarding: false
requireConfig: optional
timezone: Asia/Tbilisi
schedule:
  - "every weekend"
""", fakes.github_fine_grained_token(_seed()))

add("ini/gitlab-token", ".git-credentials.d/gitlab.ini", "https://docs.gitlab.com/user/profile/personal_access_tokens/", """
; credentials for the mirror job (office NAS -> gitlab.com/tusheti-trek)
[remote "gitlab"]
url = https://gitlab.com/tusheti-trek/site.git
user = tusheti-mirror
token = @@secret@@
push = refs/heads/main:refs/heads/main
""", gitlab_token())

add("text/npm-token", ".npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
@svaneti-trek:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
always-auth=true
save-exact=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("text/decoy-env-reference", "frontend/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@svaneti-trek:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
audit-level=high
""")

add("python/anthropic-api-key", "assistant/route_advisor.py", "https://docs.anthropic.com/en/api/getting-started", '''
"""Drafts route advice for guests' emails; a guide always reviews the draft before sending."""
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

SYSTEM = (
    "You are an assistant of a trekking company in Kazbegi, Georgia. "
    "Answer in the guest's language; mention weather risks on the Chaukhi pass."
)


def draft(question: str) -> str:
    message = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        system=SYSTEM,
        messages=[{"role": "user", "content": question}],
    )
    return message.content[0].text
''', anthropic_key())

add("yaml/openai-api-key", "chatbot/config/prod.yaml", "https://platform.openai.com/docs/api-reference/authentication", """
# სტუმრების ჩატბოტი (საიტზე) — პროდაქშენი
openai:
  api_key: @@secret@@
  model: gpt-4o-mini
  temperature: 0.2
knowledge:
  - docs/faq_ka.md
  - docs/faq_en.md
  - docs/routes.md
handoff:
  telegram_chat: -1001993004411
  working_hours: "09:00-21:00"
""", fakes.openai_key(_seed(), "svcacct"))

add("yaml/decoy-env-reference", "chatbot/config/base.yaml", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """
openai:
  api_key: ${OPENAI_API_KEY}
  model: gpt-4o-mini
telegram:
  token: ${TELEGRAM_BOT_TOKEN}
database:
  url: ${DATABASE_URL:-sqlite:///chatbot.db}
languages: [ka, en, ru, he]
""")

add("python/shopify-access-token", "shop/sync_souvenirs.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", '''
"""Syncs Svan salt and felt hat stock between the Mestia shop and the Shopify store."""
import requests

SHOP = "svaneti-souvenirs.myshopify.com"
HEADERS = {"X-Shopify-Access-Token": "@@secret@@", "Content-Type": "application/json"}


def set_stock(inventory_item_id: int, location_id: int, qty: int) -> None:
    requests.post(
        f"https://{SHOP}/admin/api/2024-07/inventory_levels/set.json",
        headers=HEADERS,
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty},
        timeout=20,
    ).raise_for_status()
''', shopify_token())

add("python/decoy-regex", "tools/precommit_secrets.py", "https://docs.python.org/3/library/re.html", r'''
"""Tiny pre-commit check the office added before adopting a real scanner."""
import re
import sys

PATTERNS = {
    "stripe": re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    "telegram": re.compile(r"\d{9,10}:AA[0-9A-Za-z_-]{33}"),
    "aws": re.compile(r"AKIA[0-9A-Z]{16}"),
    "smsoffice": re.compile(r"smsoffice\.ge/api/v2/send/\?key=[0-9a-f]{32}"),
}

bad = 0
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8", errors="ignore").read()
    for name, pattern in PATTERNS.items():
        if pattern.search(text):
            print(f"{path}: looks like a {name} secret")
            bad += 1
sys.exit(1 if bad else 0)
''')
# --- more carriers: split values, headers, command lines ----------------------------------------------

add("python/smsoffice-api-key", "svaneti_sms/legacy_sender.py", "https://smsoffice.ge/en/api", '''
# ძველი გამგზავნი (2022) — ჯერ კიდევ გამოიყენება უშგულის სასტუმროში
import requests

# the key was split to keep the line short
API_KEY = ("@@a@@"
           "@@b@@")


def send(phone, text):
    return requests.get(
        "https://smsoffice.ge/api/v2/send/",
        params={"key": API_KEY, "destination": phone, "sender": "Chazhashi", "content": text},
        timeout=15,
    ).json()
''', _SPLIT_SMS := hexs(32), a=_SPLIT_SMS[:16], b=_SPLIT_SMS[16:])

add("shell/partner-api-password", "scripts/push_availability.sh", "https://www.rfc-editor.org/rfc/rfc7617", r"""
#!/bin/sh
# Pushes tonight's availability to the regional booking portal (visit-svaneti partner API)
DATE=$(date -d tomorrow +%F)
curl -s -X POST "https://partners.visit-svaneti.ge/api/availability" \
  -H "Authorization: Basic @@secret@@" \
  -H "Content-Type: application/json" \
  -d "{\"property\":\"koshki-mestia\",\"date\":\"$DATE\",\"rooms\":3}"
""", b64("koshki-mestia:" + words_pw()))

add("shell/webdav-password", "scripts/fetch_horse_rota.sh", "https://curl.se/docs/manpage.html#-u", r"""
#!/usr/bin/env bash
# ცხენების განრიგის ჩამოტვირთვა ომალოს კოოპერატივის სერვერიდან
set -e
OUT=/srv/tusheti/horses/rota-$(date +%F).xlsx
curl -fsS -u 'tusheti-treks:@@secret@@' \
  "https://omalo-coop.ge/webdav/rota/current.xlsx" -o "$OUT"
python3 /srv/tusheti/horses/import_rota.py "$OUT"
""", words_pw())

add("shell/mysql-password", "ops/cron/nightly-dump.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r"""
#!/bin/bash
# 03:10 nightly dump of the Racha guesthouse WordPress
set -euo pipefail
STAMP=$(date +%Y%m%d)
mysqldump -h 127.0.0.1 -u racha_wp -p'@@secret@@' --single-transaction racha_wp \
  | gzip > /var/backups/racha_wp-$STAMP.sql.gz
find /var/backups -name 'racha_wp-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("shell/decoy-env-reference", "ops/cron/nightly-dump-v2.sh", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r"""
#!/bin/bash
# v2: credentials come from /root/.my.cnf (mode 600), not from this script
set -euo pipefail
STAMP=$(date +%Y%m%d)
mysqldump --defaults-extra-file=/root/.my.cnf --single-transaction racha_wp \
  | gzip > /var/backups/racha_wp-$STAMP.sql.gz
sha256sum /var/backups/racha_wp-$STAMP.sql.gz >> /var/backups/SHA256SUMS
""")

add("ini/mysql-password", "ops/root/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
# /root/.my.cnf on racha-web-1 (restore from the ops repo after a rebuild)
[client]
user = backup
password = "@@secret@@"
host = 127.0.0.1

[mysqldump]
single-transaction
""", rand_pw(20))

add("ini/decoy-placeholder", "ops/templates/my.cnf.j2", "https://jinja.palletsprojects.com/en/3.1.x/templates/", """
# managed by ansible — template for /root/.my.cnf
[client]
user = {{ mysql_backup_user }}
password = "{{ mysql_backup_password }}"
host = 127.0.0.1

[mysqldump]
single-transaction
""")

add("yaml/smtp-password", "config/mail.yml", "https://docs.gitlab.com/omnibus/settings/smtp.html", """
# ჯუთას ქოხის საიტის გამავალი ფოსტა (Gmail Workspace, აპის პაროლი)
smtp:
  host: smtp.gmail.com
  port: 587
  starttls: true
  user: bookings@juta-hut.ge
  password: "@@secret@@"
from: "ჯუთას ქოხი <bookings@juta-hut.ge>"
reply_to: info@juta-hut.ge
bcc_office: true
""", " ".join(draw(4, string.ascii_lowercase) for _ in range(4)))

add("yaml/decoy-placeholder", "config/mail.example.yml", "https://docs.gitlab.com/omnibus/settings/smtp.html", """
# Copy to config/mail.yml. Google app passwords look like "abcd efgh ijkl mnop".
smtp:
  host: smtp.gmail.com
  port: 587
  starttls: true
  user: bookings@example.ge
  password: "xxxx xxxx xxxx xxxx"
from: "Example Hut <bookings@example.ge>"
""")

add("k8s-secret/bog-ipay-client-secret", "k8s/payments/bog-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: bog-payments
  namespace: kazbegi-booking
type: Opaque
stringData:
  BOG_CLIENT_ID: "@@cid@@"
  BOG_CLIENT_SECRET: "@@secret@@"
  BOG_CALLBACK_URL: https://kazbegi-rooms.ge/payments/bog/callback
""", draw(32), cid=digits(5))

add("k8s-secret/decoy-external-secret", "k8s/payments/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: bog-payments
  namespace: kazbegi-booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: bog-payments
  data:
    - secretKey: BOG_CLIENT_SECRET
      remoteRef:
        key: kazbegi/payments
        property: bog_client_secret
""")

_DOCKERCFG = rand_pw(20)
add("k8s-secret/registry-password", "k8s/base/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: svaneti-booking
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _DOCKERCFG, cfg=b64(json.dumps({"auths": {"registry.svaneti-homestays.ge": {
    "username": "ci-pull", "password": _DOCKERCFG, "auth": b64("ci-pull:" + _DOCKERCFG)}}})))

add("k8s/decoy-configmap", "k8s/base/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-config
  namespace: svaneti-booking
data:
  DEFAULT_LOCALE: ka
  CURRENCY: GEL
  STRIPE_PUBLISHABLE_KEY: @@pk@@
  MAPBOX_PUBLIC_TOKEN: @@mb@@
  SENTRY_ENVIRONMENT: production
  FEATURE_HORSE_BOOKING: "true"
""", pk=stripe_key("pk_live_"), mb=mapbox("pk"))
# --- servers: nginx, systemd, cron, helm ---------------------------------------------------------

add("ini/telegram-bot-token", "deploy/systemd/tusheti-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """
[Unit]
Description=Tusheti guests Telegram bot
After=network-online.target

[Service]
User=tushetibot
WorkingDirectory=/opt/tusheti-bot
Environment=TELEGRAM_BOT_TOKEN=@@secret@@
Environment=BOT_LANG=ka
ExecStart=/opt/tusheti-bot/.venv/bin/python -m tushetibot
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", fakes.telegram_token(_seed()))

add("ini/decoy-environment-file", "deploy/systemd/guides-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials", """
[Unit]
Description=Kazbegi guides API
After=network-online.target postgresql.service

[Service]
User=guides
EnvironmentFile=/etc/guides-api/env
LoadCredential=db-password:/etc/guides-api/db-password
ExecStart=/usr/local/bin/guidesapi --db-password-file=${CREDENTIALS_DIRECTORY}/db-password
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("nginx/decoy-htpasswd-hash", "deploy/nginx/htpasswd", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """
# staging.svaneti-homestays.ge basic auth (hashes only; generated with htpasswd -B)
nino:@@h1@@
levan:@@h2@@
agency-preview:@@h3@@
tamar:@@h4@@
giorgi:@@h5@@
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash(), h5=bcrypt_hash())

add("nginx/partner-api-password", "deploy/nginx/partner-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """
# Proxies the guides' app to the regional tourism board's hut-occupancy API
server {
    listen 443 ssl;
    server_name huts.kazbegi-guides.ge;

    ssl_certificate     /etc/letsencrypt/live/huts.kazbegi-guides.ge/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/huts.kazbegi-guides.ge/privkey.pem;

    location /api/ {
        proxy_pass https://occupancy.mountain-huts.ge/v1/;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_set_header Host occupancy.mountain-huts.ge;
    }
}
""", b64("kazbegi-guides:" + rand_pw(16)))

add("text/postgres-password", "ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command — racha-web-1 (installed with `crontab ops/crontab.txt`)
MAILTO=ops@racha-guesthouses.ge
*/30 * * * * /opt/racha/bin/pull_ical.sh >/dev/null 2>&1
10 3 * * * PGPASSWORD='@@secret@@' pg_dump -h 127.0.0.1 -U racha racha | gzip > /var/backups/racha-$(date +\\%F).sql.gz
0 6 * * * /opt/racha/bin/weather_alert.py --village oni --village shovi
0 4 * * 1 certbot renew --quiet
""", words_pw())

add("yaml/postgres-password", "helm/booking/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql#postgresql-common-parameters", """
image:
  repository: ghcr.io/kazbegi-trek/booking
  tag: "3.4.1"
ingress:
  enabled: true
  hosts:
    - host: booking.kazbegi-trek.ge
      paths: ["/"]
postgresql:
  enabled: true
  auth:
    username: booking
    password: "@@secret@@"
    database: booking
redis:
  enabled: true
  auth:
    existingSecret: booking-redis
resources:
  requests:
    cpu: 100m
    memory: 256Mi
""", rand_pw(24))

add("yaml/decoy-sops-encrypted", "helm/booking/secrets.prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
postgresql:
    auth:
        password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
stripe:
    secretKey: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2025-05-21T08:14:02Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.9.0
""", d1=draw(32, ALNUM + "+/"), iv1=draw(43, ALNUM + "+/") + "=", t1=draw(22, ALNUM + "+/") + "==",
    d2=draw(144, ALNUM + "+/"), iv2=draw(43, ALNUM + "+/") + "=", t2=draw(22, ALNUM + "+/") + "==",
    age=draw(58, string.ascii_lowercase + "023456789"), mac=draw(88, ALNUM + "+/"), iv3=draw(43, ALNUM + "+/") + "=",
    t3=draw(22, ALNUM + "+/") + "==")

add("terraform/aws-secret-key", "infra/aws/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
# S3 — სვანეთის სასტუმრო სახლების ფოტოები და ღამის ბექაპები
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "media" {
  bucket = "svaneti-homestays-media"
  tags = {
    Project = "svaneti-homestays"
  }
}

resource "aws_s3_bucket_versioning" "media" {
  bucket = aws_s3_bucket.media.id
  versioning_configuration {
    status = "Enabled"
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-state-output", "infra/aws/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output", """
output "media_bucket_arn" {
  value = aws_s3_bucket.media.arn
}

output "uploader_access_key_id" {
  value = aws_iam_access_key.uploader.id
}

output "uploader_secret" {
  value     = aws_iam_access_key.uploader.secret
  sensitive = true
}
""")

add("terraform/digitalocean-spaces-secret", "infra/do/spaces.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs#argument-reference", """
provider "digitalocean" {
  token             = var.do_token
  spaces_access_id  = "DO00@@sid@@"
  spaces_secret_key = "@@secret@@"
}

resource "digitalocean_spaces_bucket" "gpx" {
  name   = "racha-guides-gpx"
  region = "fra1"
  acl    = "public-read"
}
""", draw(43, ALNUM + "/+"), sid=draw(16, string.ascii_uppercase + string.digits))

add("github-actions/decoy-oidc", ".github/workflows/upload-media.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: upload media
on:
  push:
    paths: ["media/**"]
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
          role-to-assume: arn:aws:iam::123456789012:role/github-media-sync
          aws-region: eu-central-1
      - run: aws s3 sync media/ s3://svaneti-homestays-media/ --delete
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-tests.yml", "https://github.com/slackapi/slack-github-action", """
name: nightly tests
on:
  schedule:
    - cron: "0 2 * * *"
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm test
      - if: failure()
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"nightly tests failed on kazbegi-booking"}'
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", slack_webhook())
# --- mobile apps, guest-facing code ----------------------------------------------------------------

add("swift/decoy-public-key", "GuideApp/Sources/Config/AppConfig.swift", "https://developers.google.com/identity/sign-in/ios/start-integrating", """
import Foundation

// Public identifiers of the guide app; secrets are never shipped inside the app bundle.
enum AppConfig {
    static let apiBase = URL(string: "https://api.kazbegi-guides.ge/v2")!
    static let googleClientID = "@@cid@@.apps.googleusercontent.com"
    static let sentryDSN = "https://@@k@@@o@@org@@.ingest.de.sentry.io/@@proj@@"
    static let supportPhone = "+995599000000"
    static let defaultLanguage = "ka"
}
""", cid=digits(12) + "-" + draw(32, string.ascii_lowercase + string.digits), k=hexs(32), org=digits(7), proj=digits(7))

add("swift/huts-api-key", "GuideApp/Sources/Network/HutsClient.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

// Fetches hut occupancy (Mountain Huts Association API) for the guide app.
struct HutsClient {
    private let base = URL(string: "https://occupancy.mountain-huts.ge/v1")!
    private let apiKey = "@@secret@@"

    func occupancy(hut: String, date: String) async throws -> Data {
        var request = URLRequest(url: base.appendingPathComponent("huts/\\(hut)/occupancy"))
        request.url?.append(queryItems: [URLQueryItem(name: "date", value: date)])
        request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
""", "mh_live_" + draw(40))

add("kotlin/google-maps-server-key", "backend/src/main/kotlin/ge/kazbegi/transfers/Routing.kt", "https://developers.google.com/maps/documentation/routes/get-api-key", """
package ge.kazbegi.transfers

import io.ktor.client.HttpClient
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

// Server-side route computation for jeep transfers to Juta and Truso (not the app's public key)
private const val ROUTES_KEY = "@@secret@@"

suspend fun HttpClient.routeMinutes(originLatLng: String, destLatLng: String): String =
    post("https://routes.googleapis.com/directions/v2:computeRoutes") {
        header("X-Goog-Api-Key", ROUTES_KEY)
        header("X-Goog-FieldMask", "routes.duration")
        contentType(ContentType.Application.Json)
        setBody(\"\"\"{"origin":{"address":"$originLatLng"},"destination":{"address":"$destLatLng"}}\"\"\")
    }.toString()
""", google_key())

add("kotlin/decoy-public-key", "app/src/main/res/values/google_maps_api.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key#restrict_key", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Android Maps SDK key: shipped in the APK, restricted to package ge.rachaguides.app + our SHA-1 -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">@@key@@</string>
    <string name="app_name">რაჭის გიდები</string>
</resources>
""", key=google_key())

add("csharp/smtp-password", "Tusheti.Booking/Services/MailSender.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """
using System.Net;
using System.Net.Mail;

namespace Tusheti.Booking.Services;

public class MailSender
{
    private readonly SmtpClient _smtp = new("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("booking@tusheti-lodge.ge", "@@secret@@"),
    };

    public Task SendAsync(string to, string subject, string body) =>
        _smtp.SendMailAsync(new MailMessage("booking@tusheti-lodge.ge", to, subject, body) { IsBodyHtml = true });
}
""", words_pw())

add("csharp/decoy-user-secrets", "Tusheti.Booking/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

// secrets: `dotnet user-secrets set "Mail:Password" ...` locally, Key Vault in production
if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://tusheti-booking-kv.vault.azure.net/"), new DefaultAzureCredential());
}

builder.Services.AddSingleton<MailSender>();
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.Run();
""")

add("java/decoy-test-fixture", "src/test/java/ge/tushetitours/pay/PayPalConfigTest.java", "https://developer.paypal.com/tools/sandbox/", """
package ge.tushetitours.pay;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest
@TestPropertySource(properties = {
    "paypal.client-id=test-client-id",
    "paypal.client-secret=test-client-secret",
    "paypal.mode=sandbox"
})
class PayPalConfigTest {
    @Test
    void createsClient(PayPalConfig config) {
        assertNotNull(config.payPalClient());
    }
}
""")

add("java/ldap-bind-password", "src/main/java/ge/kazbegi/office/LdapConfig.java", "https://docs.spring.io/spring-ldap/reference/", """
package ge.kazbegi.office;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl("ldaps://dc1.office.kazbegi-treks.ge:636");
        source.setBase("dc=office,dc=kazbegi-treks,dc=ge");
        source.setUserDn("cn=portal-bind,ou=service,dc=office,dc=kazbegi-treks,dc=ge");
        source.setPassword("@@secret@@");
        return source;
    }

    @Bean
    public LdapTemplate ldapTemplate(LdapContextSource source) {
        return new LdapTemplate(source);
    }
}
""", rand_pw(18, "!#"))

add("ruby/telegram-bot-token", "lib/tasks/horse_rota.rake", "https://github.com/atipugin/telegram-bot-ruby", """
# frozen_string_literal: true

require "telegram/bot"

# ყოველ საღამოს ცხენოსნებს ეგზავნებათ ხვალინდელი განრიგი
namespace :horses do
  desc "Send tomorrow's horse rota to the Omalo horsemen group"
  task notify: :environment do
    token = "@@secret@@"
    rota = HorseRota.for(Date.tomorrow)
    Telegram::Bot::Client.run(token) do |bot|
      bot.api.send_message(chat_id: -1001778002233, text: rota.to_message(:ka))
    end
  end
end
""", fakes.telegram_token(_seed()))

add("yaml/decoy-credentials-template", "config/credentials.example.yml", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Shape of `bin/rails credentials:edit` for the Tusheti Trek app (values here are dummies).
# The real file is config/credentials.yml.enc; the key is in 1Password "Rails master key".
secret_key_base: <generated by rails>
stripe:
  publishable_key: pk_live_...
  secret_key: sk_live_...
  webhook_secret: whsec_...
mailgun:
  api_key: <mailgun sending key>
telegram:
  bot_token: <123456:ABC-DEF>
""")
# --- mixed: databases, OAuth, TLS, more vendors -----------------------------------------------------

add("python/mongodb-password", "reviews/store.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''
"""Guest reviews collected after each trek (Svaneti Trek), stored in MongoDB Atlas."""
from datetime import datetime, timezone

from pymongo import MongoClient

client = MongoClient(
    "mongodb+srv://reviews_app:@@secret@@@cluster0.x1ab2.mongodb.net/reviews?retryWrites=true&w=majority"
)
reviews = client.reviews.entries


def add_review(booking_code: str, stars: int, text: str, lang: str) -> None:
    reviews.insert_one({
        "booking": booking_code,
        "stars": stars,
        "text": text,
        "lang": lang,
        "created": datetime.now(timezone.utc),
    })
''', rand_pw(16))

add("python/postgres-password", "analytics/db.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", '''
from sqlalchemy import create_engine, text

# ანალიტიკის ბაზა (მხოლოდ კითხვა) — read replica of the booking DB
ENGINE = create_engine(
    "postgresql+psycopg://analytics:@@secret@@@replica.kazbegi-rooms.internal:5432/booking",
    pool_pre_ping=True,
)


def nights_by_month(year: int):
    with ENGINE.connect() as conn:
        return conn.execute(text(
            "SELECT date_trunc('month', check_in) AS m, sum(nights) FROM bookings "
            "WHERE extract(year FROM check_in) = :y GROUP BY 1 ORDER BY 1"), {"y": year}).all()
''', words_pw())

add("python/decoy-local-dev-default", "analytics/conftest.py", "https://docs.pytest.org/en/stable/reference/fixtures.html", '''
import os

import pytest
from sqlalchemy import create_engine

# throwaway database of the docker-compose test stack (docker-compose.test.yml)
TEST_URL = os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg://test:test@localhost:55432/test")


@pytest.fixture(scope="session")
def engine():
    return create_engine(TEST_URL)
''')

add("json/google-oauth-client-secret", "auth/client_secret_guides.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """
{
  "web": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "kazbegi-guides",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://portal.kazbegi-guides.ge/oauth2/callback"]
  }
}
""", "GOCSPX-" + draw(28, ALNUM + "-_"), cid=digits(12) + "-" + draw(32, string.ascii_lowercase + string.digits))

add("k8s-secret/tls-private-key", "k8s/ingress/booking-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-tls
  namespace: kazbegi-booking
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", _TLS_KEY := fakes.fake_pem(_seed(), "EC"), key=b64(_TLS_KEY + "\n"),
    crt=b64("-----BEGIN CERTIFICATE-----\n" + "\n".join(draw(64, ALNUM + "+/") for _ in range(8)) + "\n-----END CERTIFICATE-----\n"))

add("yaml/decoy-certificate", "k8s/ingress/certificate.yaml", "https://cert-manager.io/docs/usage/certificate/", """
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: booking-tls
  namespace: kazbegi-booking
spec:
  secretName: booking-tls
  dnsNames:
    - kazbegi-rooms.ge
    - www.kazbegi-rooms.ge
  issuerRef:
    name: letsencrypt-prod
    kind: ClusterIssuer
  privateKey:
    algorithm: ECDSA
    size: 256
""")

add("ansible/ssh-private-key", "ansible/roles/deploy_user/files/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
# deploy key for pulling the site repo on the hut mini-PCs (added 2023, still used)
deploy_user: deploy
deploy_key_path: /home/deploy/.ssh/id_rsa
deploy_private_key: |
  @@pem@@
deploy_known_hosts:
  - "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
""", _DEPLOY_KEY := fakes.fake_pem(_seed(), "RSA"), pem=_DEPLOY_KEY.replace("\n", "\n  "))

add("ansible/decoy-vault-lookup", "ansible/group_vars/all/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
timezone: Asia/Tbilisi
locale: ka_GE.UTF-8
ops_email: ops@svaneti-homestays.ge
mysql_backup_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/racha/mysql:backup') }}"
hut_admin_password: "{{ vault_hut_admin_password }}"
telegram_bot_token: "{{ lookup('env', 'TELEGRAM_BOT_TOKEN') }}"
ntp_servers:
  - 0.ge.pool.ntp.org
  - 1.ge.pool.ntp.org
""")

add("env/twilio-api-key-secret", "transfers-notify/.env", "https://www.twilio.com/docs/iam/api-keys", """
# Minivan transfer notifications (Tbilisi airport -> Kazbegi / Mestia)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_API_KEY=SK@@sk@@
TWILIO_API_SECRET=@@secret@@
TWILIO_FROM=+12055550147
DRIVER_GROUP_CHAT=-1001552900111
""", draw(32), sid=twilio_sid(), sk=hexs(32))

add("env/decoy-ids-only", "transfers-notify/.env.public", "https://www.twilio.com/docs/glossary/what-is-a-sid", """
# non-secret ids, safe to share with the driver app team
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
BOOKING_HOTEL_ID=@@hid@@
GOOGLE_PLACE_ID=ChIJ@@pl@@
DEFAULT_CURRENCY=GEL
""", sid=twilio_sid(), mg=hexs(32), hid=digits(7), pl=draw(23, ALNUM + "-_"))

add("env/mapbox-secret-token", "tiles/.env", "https://docs.mapbox.com/api/maps/mapbox-tiling-service/", """
# Mapbox Tiling Service uploads of the trail network (Svaneti + Racha)
MAPBOX_USERNAME=svanetitreks
MAPBOX_ACCESS_TOKEN=@@secret@@
TILESET_ID=svanetitreks.trails-2025
SOURCE_ID=trails-2025
""", mapbox("sk"))

add("env/openweathermap-key", "weather-alerts/.env", "https://openweathermap.org/appid", """
# ამინდის სერვისი
OWM_APPID=@@secret@@
ALERT_WIND_KMH=60
ALERT_SNOW_CM=20
TZ=Asia/Tbilisi
""", hexs(32))

add("json/stripe-restricted-key", "tools/payout-report/config.json", "https://docs.stripe.com/keys#limit-access", """
{
  "stripe": {
    "restricted_key": "@@secret@@",
    "account": "Svaneti Homestays LLC"
  },
  "report": {
    "currency": "gel",
    "months": 3,
    "email_to": ["accounting@svaneti-homestays.ge"]
  }
}
""", "rk_live_51" + draw(97))

add("markdown/decoy-screenshot-redacted", "docs/stripe-setup.md", "https://docs.stripe.com/keys", """
# Stripe setup (direct bookings)

1. Dashboard → Developers → API keys.
2. The **publishable** key goes into the site config (`STRIPE_PUBLISHABLE_KEY`), e.g. `pk_live_51...` (public).
3. The **secret** key goes into Bitwarden "Stripe live secret" and into the server's
   `/etc/svaneti/app.env` only. It looks like `sk_live_51•••••••••••••••••3xQ` in the dashboard.
4. Webhook endpoint: `https://svaneti-homestays.ge/webhooks/stripe`, events
   `checkout.session.completed`, `charge.refunded`. Endpoint id `we_@@we@@`.

## შენიშვნა
ტესტირებისთვის გამოიყენეთ ბარათი 4242 4242 4242 4242, ნებისმიერი CVC.
""", we=draw(24))
# --- last group: Georgian-language ops notes, exports, small scripts --------------------------------

add("markdown/telegram-bot-token", "docs/bot-runbook.md", "https://core.telegram.org/bots/features#botfather", """
# გიდების ბოტის ინსტრუქცია

## გაშვება
```bash
cd /opt/guides-bot
export TELEGRAM_BOT_TOKEN=@@secret@@
.venv/bin/python -m guidesbot
```

## ბრძანებები
- `/tomorrow` — ხვალინდელი ჯგუფები და გიდები
- `/weather juta` — ამინდი ჯუთაზე
- `/swap <გიდი1> <გიდი2>` — გიდების გაცვლა (მხოლოდ ოფისის ადმინებისთვის)

## პრობლემები
თუ ბოტი არ პასუხობს: `sudo systemctl restart guides-bot`, შემდეგ `journalctl -u guides-bot -n 50`.
""", fakes.telegram_token(_seed()))

add("markdown/decoy-env-reference", "docs/bot-runbook.en.md", "https://core.telegram.org/bots/features#botfather", """
# Guides bot runbook

## Start
```bash
cd /opt/guides-bot
export TELEGRAM_BOT_TOKEN="$(cat /etc/guides-bot/token)"
.venv/bin/python -m guidesbot
```

The token was issued by @BotFather to the office account; rotate it with `/revoke` there and
update `/etc/guides-bot/token` (mode 0600, owner guides-bot).
""")

add("csv/smtp-password", "exports/mailboxes.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
mailbox,owner,imap,smtp,password,2fa
booking@ushguli-tower.ge,ნინო,imap.zoho.eu:993,smtp.zoho.eu:587,@@secret@@,no
office@ushguli-tower.ge,ლევანი,imap.zoho.eu:993,smtp.zoho.eu:587,(changed 2025-03; ask Levan),yes
guides@ushguli-tower.ge,shared,imap.zoho.eu:993,smtp.zoho.eu:587,see Bitwarden,yes
noreply@ushguli-tower.ge,site,-,smtp.zoho.eu:587,(app password in server env),no
""", words_pw())

add("csv/decoy-guides-roster", "exports/guides-2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
guide_id,name,languages,certificate,certificate_no,radio_callsign,phone
@@g1@@,გიორგი ხერგიანი,ka;en;ru,UIAGM,GMGA-2019-0114,KAZ-01,+995599000011
@@g2@@,ნინო ჯაფარიძე,ka;en;de,Mountain leader,GMGA-2021-0342,KAZ-02,+995599000012
@@g3@@,ლევან ზურაბიშვილი,ka;ru,Trekking guide,GMGA-2022-0511,KAZ-03,+995599000013
@@g4@@,თამარ გურჩიანი,ka;en;he,Trekking guide,GMGA-2023-0678,KAZ-04,+995599000014
""", g1=uuid_s(), g2=uuid_s(), g3=uuid_s(), g4=uuid_s())

add("log/postgres-password", "logs/celery-worker-2025-06-02.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#result-backend", """
[2025-06-02 05:00:01,114: INFO/MainProcess] Connected to redis://10.0.1.7:6379/3
[2025-06-02 05:00:01,118: INFO/MainProcess] celery@worker-1 ready.
[2025-06-02 05:00:04,902: ERROR/ForkPoolWorker-2] Task booking.tasks.sync_channex failed
sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed
(Background on this error at: https://sqlalche.me/e/20/e3q8)
  engine url: postgresql+psycopg://booking:@@secret@@@10.0.1.5:5432/booking
[2025-06-02 05:00:34,010: INFO/MainProcess] Task booking.tasks.sync_channex retry in 30s
""", rand_pw(20))

add("log/decoy-masked-url", "logs/celery-worker-2025-06-03.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#sqlalchemy.engine.URL.render_as_string", """
[2025-06-03 05:00:01,090: INFO/MainProcess] Connected to redis://:**@10.0.1.7:6379/3
[2025-06-03 05:00:01,101: INFO/MainProcess] celery@worker-1 ready.
[2025-06-03 05:00:04,433: WARNING/ForkPoolWorker-1] slow query on postgresql+psycopg://booking:***@10.0.1.5:5432/booking (2.4s)
[2025-06-03 05:00:05,002: INFO/ForkPoolWorker-1] Task booking.tasks.sync_channex[@@t@@] succeeded in 3.9s
[2025-06-03 05:30:00,011: INFO/MainProcess] beat: sending due task pull_ical (@@t2@@)
""", t=uuid_s(), t2=uuid_s())

add("python/ftp-password", "tools/upload_menu.py", "https://docs.python.org/3/library/ftplib.html", '''
"""Uploads the printed-menu PDF (Georgian/English) to the old shared hosting of the Oni guesthouse."""
from ftplib import FTP_TLS
from pathlib import Path

HOST = "ftp.oni-guesthouse.ge"
USER = "oniguest"
PASSWORD = "@@secret@@"


def upload(pdf: Path) -> None:
    with FTP_TLS(HOST) as ftp:
        ftp.login(USER, PASSWORD)
        ftp.prot_p()
        ftp.cwd("/public_html/menu")
        with pdf.open("rb") as handle:
            ftp.storbinary(f"STOR {pdf.name}", handle)


if __name__ == "__main__":
    upload(Path("menu-2025.pdf"))
''', words_pw())

add("python/decoy-keyring", "tools/upload_menu_v2.py", "https://pypi.org/project/keyring/", '''
"""v2: password from the OS keyring (`keyring set oni-ftp oniguest` once per laptop)."""
from ftplib import FTP_TLS
from pathlib import Path

import keyring

HOST, USER = "ftp.oni-guesthouse.ge", "oniguest"


def upload(pdf: Path) -> None:
    with FTP_TLS(HOST) as ftp:
        ftp.login(USER, keyring.get_password("oni-ftp", USER))
        ftp.prot_p()
        with pdf.open("rb") as handle:
            ftp.storbinary(f"STOR menu/{pdf.name}", handle)
''')

add("typescript/stripe-secret-key", "api/src/stripe.ts", "https://docs.stripe.com/api/authentication", """
import Stripe from "stripe";

// Direct bookings of the Mazeri guesthouse — deposits via Checkout
export const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
  appInfo: { name: "mazeri-booking", version: "1.8.0" },
});

export async function depositSession(bookingCode: string, amountTetri: number) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    client_reference_id: bookingCode,
    line_items: [{ price_data: { currency: "gel", unit_amount: amountTetri,
      product_data: { name: `ჯავშნის ავანსი ${bookingCode}` } }, quantity: 1 }],
    success_url: "https://mazeri-guesthouse.ge/booking/thanks",
    cancel_url: "https://mazeri-guesthouse.ge/booking",
  });
}
""", stripe_key())

add("php/smsoffice-api-key", "includes/sms.php", "https://smsoffice.ge/en/api", """
<?php
// SMS ჯავშნის დადასტურება — ლენტეხის სასტუმრო სახლი
const SMSOFFICE_KEY = '@@secret@@';

function send_sms(string $phone, string $text): bool {
    $url = 'https://smsoffice.ge/api/v2/send/?' . http_build_query([
        'key' => SMSOFFICE_KEY,
        'destination' => $phone,
        'sender' => 'Lentekhi',
        'content' => $text,
    ]);
    $result = json_decode(file_get_contents($url), true);
    return ($result['Success'] ?? false) === true;
}
""", hexs(32))

add("go/decoy-test-fixture", "internal/sms/sms_test.go", "https://pkg.go.dev/net/http/httptest", """
package sms

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestSend(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("key") != "test-key" {
			t.Errorf("key = %q", r.URL.Query().Get("key"))
		}
		w.Write([]byte(`{"Success":true}`))
	}))
	defer srv.Close()
	c := Client{BaseURL: srv.URL, Key: "test-key"}
	if err := c.Send("995599000000", "გამარჯობა"); err != nil {
		t.Fatal(err)
	}
}
""")

add("go/redis-password", "internal/cache/cache.go", "https://redis.uptrace.dev/guide/go-redis.html#connecting-to-redis-server", """
package cache

import (
	"time"

	"github.com/redis/go-redis/v9"
)

// availability cache of the Tusheti huts (invalidated by the Channex webhook)
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:         "10.0.2.9:6379",
		Password:     "@@secret@@",
		DB:           1,
		DialTimeout:  5 * time.Second,
		ReadTimeout:  2 * time.Second,
	})
}
""", fakes.redis_password(_seed()))

add("powershell/hetzner-storagebox-password", "scripts/Sync-Photos.ps1", "https://docs.hetzner.com/storage/storage-box/access/access-ssh-rsync-borg", """
# დაჯავშნის ოფისის კომპიუტერიდან ფოტოების ასლი Hetzner Storage Box-ზე (WinSCP)
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$options = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "u412233.your-storagebox.de"
    PortNumber = 23
    UserName = "u412233"
    Password = "@@secret@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 @@fp@@"
}

$session = New-Object WinSCP.Session
$session.Open($options)
$session.SynchronizeDirectories([WinSCP.SynchronizationMode]::Remote, "D:\\Photos\\2025", "/photos/2025", $false) | Out-Null
$session.Dispose()
""", rand_pw(16), fp=draw(43, ALNUM + "+/"))

add("sql/decoy-redacted-settings", "db/seed/0004_settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- app settings; secrets are NOT stored in the DB (they come from the environment)
INSERT INTO settings (key, value) VALUES
  ('currency', 'GEL'),
  ('deposit_percent', '30'),
  ('stripe_publishable_key', '@@pk@@'),
  ('stripe_secret_key', ''),
  ('smsoffice_sender', 'Mazeri'),
  ('smsoffice_key', NULL);
""", pk=stripe_key("pk_live_"))
# --- closing group --------------------------------------------------------------------------------

add("yaml/decoy-public-key", "site/_config.yml", "https://jekyllrb.com/docs/configuration/", """
# ბლოგი "მთის ამბები" — Jekyll
title: მთის ამბები / Mountain Stories
url: https://blog.svaneti-trek.ge
lang: ka
google_analytics: G-@@ga@@
mapbox_public_token: @@pk@@
recaptcha_site_key: @@site@@
plugins:
  - jekyll-feed
  - jekyll-sitemap
""", ga=draw(10, string.ascii_uppercase + string.digits), pk=mapbox("pk"), site=recaptcha())

add("ruby/decoy-env-reference", "Fastfile", "https://docs.fastlane.tools/actions/upload_to_play_store/", """
default_platform(:android)

platform :android do
  desc "Upload the Racha Guides app to the Play Store internal track"
  lane :internal do
    gradle(task: "bundle", build_type: "Release")
    upload_to_play_store(
      track: "internal",
      json_key_data: ENV["PLAY_STORE_JSON_KEY"],
      package_name: "ge.rachaguides.app"
    )
  end
end
""")

add("python/vonage-api-secret", "transfers/driver_sms.py", "https://developer.vonage.com/en/getting-started/concepts/authentication", '''
"""Fallback SMS to jeep drivers in Truso valley when Telegram is unreachable."""
import vonage

client = vonage.Client(key="@@key@@", secret="@@secret@@")
sms = vonage.Sms(client)


def notify_driver(phone: str, pickup: str, time: str) -> None:
    sms.send_message({
        "from": "KazbegiTrk",
        "to": phone,
        "text": f"Pickup {pickup} at {time}. Group of 6, Truso valley. Thanks!",
        "type": "unicode",
    })
''', draw(16), key=hexs(8))

add("json/decoy-gpx-metadata", "tracks/juta-roshka.meta.json", "https://www.topografix.com/gpx.asp", """
{
  "name": "ჯუთა — როშკა (ჭაუხის უღელტეხილი)",
  "distance_km": 21.3,
  "ascent_m": 1390,
  "max_elevation_m": 3338,
  "start": {"lat": 42.5786, "lon": 44.7444},
  "end": {"lat": 42.6121, "lon": 44.9553},
  "track_id": "@@tid@@",
  "commit": "@@commit@@",
  "season": "July-September"
}
""", tid=uuid_s(), commit=hexs(40))

add("shell/redis-cli-password", "ops/flush_availability_cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", r"""
#!/usr/bin/env bash
# ხელით გასუფთავება, როცა Channex-ის webhook ჩავარდება
set -euo pipefail
redis-cli -h 10.0.2.9 -p 6379 -a '@@secret@@' --no-auth-warning -n 1 \
  --scan --pattern 'avail:*' | xargs -r -n 100 \
  redis-cli -h 10.0.2.9 -p 6379 -a '@@secret@@' --no-auth-warning -n 1 del
echo "availability cache flushed"
""", fakes.redis_password(_seed()))

add("shell/decoy-placeholder", "ops/README-cache.sh", "https://redis.io/docs/latest/develop/tools/cli/", r"""
#!/usr/bin/env bash
# Example only — set REDISCLI_AUTH from the vault first:
#   export REDISCLI_AUTH="$(vault kv get -field=password kv/tusheti/redis)"
set -euo pipefail
: "${REDISCLI_AUTH:?}"
redis-cli -h 10.0.2.9 -n 1 --scan --pattern 'avail:*' | head -20
""")

add("dockerfile/decoy-arg-default", "docker/site.Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM node:20-alpine AS build
WORKDIR /app
ARG NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
ARG NEXT_PUBLIC_MAPBOX_TOKEN
ENV NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=$NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY \\
    NEXT_PUBLIC_MAPBOX_TOKEN=$NEXT_PUBLIC_MAPBOX_TOKEN
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next/standalone ./
CMD ["node", "server.js"]
""")

add("dockerfile/github-token", "docker/builder.Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM golang:1.22 AS build
WORKDIR /src
# private module github.com/kazbegi-trek/hutsdk
ARG GITHUB_TOKEN=@@secret@@
RUN git config --global url."https://${GITHUB_TOKEN}:x-oauth-basic@github.com/".insteadOf "https://github.com/"
ENV GOPRIVATE=github.com/kazbegi-trek/*
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/guidesapi ./cmd/guidesapi

FROM gcr.io/distroless/static
COPY --from=build /out/guidesapi /guidesapi
ENTRYPOINT ["/guidesapi"]
""", fakes.github_token(_seed()))

add("compose/smtp-password", "mail/docker-compose.yml", "https://github.com/bokysan/docker-postfix#relaying-messages-through-your-gmail-account", """
# relay for the hut mini-PCs (alerts, backup reports)
services:
  postfix:
    image: boky/postfix:4
    restart: unless-stopped
    environment:
      ALLOWED_SENDER_DOMAINS: tusheti-lodge.ge
      RELAYHOST: "[smtp.zoho.eu]:587"
      RELAYHOST_USERNAME: alerts@tusheti-lodge.ge
      RELAYHOST_PASSWORD: "@@secret@@"
      POSTFIX_myhostname: relay.tusheti-lodge.ge
    ports:
      - "10.66.0.1:587:587"
""", words_pw())

add("markdown/decoy-sample-output", "docs/troubleshooting.md", "https://docs.channex.io/api-v.1-documentation/api-reference", """
# პრობლემების მოგვარება / Troubleshooting

## "401 Unauthorized" from Channex
The key was rotated. Fetch the new one: `bw get password channex-api` and restart the sync.

## Sample failing request (from the logs, key masked)
```
POST /api/v1/availability  user-api-key: uak_****************************  -> 401
request id: @@rid@@
```

## Booking.com shows rooms as closed
Check `closed=1` for the date in Channex; the extranet follows within 5 minutes.
""", rid=uuid_s())

add("xml/smtp-password", "config/log4j2.xml", "https://logging.apache.org/log4j/2.x/manual/appenders/network.html#SmtpAppender", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Errors of the tours booking service mailed to the office -->
<Configuration status="WARN">
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <PatternLayout pattern="%d{ISO8601} %-5level %logger{36} - %msg%n"/>
    </Console>
    <SMTP name="Mail" subject="[tours] error" to="ops@tushetitours.ge" from="tours@tushetitours.ge"
          smtpHost="smtp.zoho.eu" smtpPort="465" smtpProtocol="smtps"
          smtpUsername="tours@tushetitours.ge" smtpPassword="@@secret@@" bufferSize="20">
    </SMTP>
  </Appenders>
  <Loggers>
    <Root level="info">
      <AppenderRef ref="Console"/>
      <AppenderRef ref="Mail" level="error"/>
    </Root>
  </Loggers>
</Configuration>
""", words_pw())

add("properties/decoy-public-key", "src/main/resources/payments.properties", "https://developers.tbcbank.ge/docs/checkout-overview", """
# public settings of the checkout page (secrets come from Vault via spring-cloud-vault)
payments.currency=GEL
payments.tpay.merchant-payment-id-prefix=TT-
payments.tpay.callback-url=https://tushetitours.ge/api/tpay/callback
payments.bog.client-id=@@cid@@
payments.stripe.publishable-key=@@pk@@
payments.deposit-percent=30
""", cid=digits(5), pk=stripe_key("pk_live_"))

add("javascript/woocommerce-consumer-secret", "scripts/woo-orders-export.mjs", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
// Exports souvenir-shop orders for the accountant (monthly)
import WooCommerceRestApi from "@woocommerce/woocommerce-rest-api";
import { writeFileSync } from "node:fs";

const api = new WooCommerceRestApi.default({
  url: "https://shop.svaneti-souvenirs.ge",
  consumerKey: "@@ck@@",
  consumerSecret: "@@secret@@",
  version: "wc/v3",
});

const month = process.argv[2] ?? "2025-09";
const { data } = await api.get("orders", { after: `${month}-01T00:00:00`, per_page: 100 });
writeFileSync(`orders-${month}.json`, JSON.stringify(data, null, 2));
console.log(`${data.length} orders`);
""", woo("cs"), ck=woo("ck"))

add("notebook/google-maps-server-key", "notebooks/trailhead_elevations.ipynb", "https://developers.google.com/maps/documentation/elevation/get-api-key", notebook(
    ("markdown", "# ბილიკების სიმაღლეები\nElevation of each trailhead for the route cards."),
    ("code", 'import requests\n\nKEY = "@@secret@@"\npoints = "43.0450,42.7270|42.9167,43.0161|42.5786,44.7444"\n'
             'r = requests.get("https://maps.googleapis.com/maps/api/elevation/json",\n'
             '                 params={"locations": points, "key": KEY}, timeout=20)\n[x["elevation"] for x in r.json()["results"]]'),
), google_key())

add("env/decoy-placeholder-local", "weather-alerts/.env.sample", "https://openweathermap.org/appid", """
# ამინდის სერვისი — ნიმუში
OWM_APPID=your_openweathermap_appid
ALERT_WIND_KMH=60
ALERT_SNOW_CM=20
TZ=Asia/Tbilisi
""")
add("markdown/camera-password", "docs/ka/cameras.md", "https://www.hikvision.com/en/support/", """
# ვიდეოკამერები — სასტუმრო სახლი "კორულდი"

| ადგილი        | მოდელი                | IP             | მომხმარებელი | პაროლი        |
|---------------|-----------------------|----------------|--------------|---------------|
| ავტოსადგომი   | Hikvision DS-2CD2043  | 192.168.1.64   | admin        | `@@secret@@`  |
| ეზო           | Hikvision DS-2CD2143  | 192.168.1.65   | admin        | იგივე         |
| NVR           | Hikvision DS-7604NI   | 192.168.1.60   | admin        | იგივე         |

ჩანაწერები ინახება 7 დღე. აპლიკაცია: Hik-Connect, ანგარიში ოფისის ელფოსტაზე.
""", rand_pw(12))

add("yaml/tbc-tpay-client-secret", "config/tpay.yml", "https://developers.tbcbank.ge/docs/checkout-get-access-token", """
# თიბისი tPay — ონლაინ გადახდა (ჯავშნის ავანსი)
tpay:
  base_url: https://api.tbcbank.ge/v1/tpay
  apikey: ${TPAY_APIKEY}
  client_id: "@@cid@@"
  client_secret: "@@secret@@"
  callback_url: https://koruldi-lakes.ge/api/tpay/callback
  return_url: https://koruldi-lakes.ge/booking/thanks
  language: KA
  currency: GEL
""", draw(32), cid=digits(7))

add("python/cloudflare-r2-secret", "backup/r2_upload.py", "https://developers.cloudflare.com/r2/api/s3/tokens/", '''
"""ღამის ბექაპის ატვირთვა Cloudflare R2-ზე (S3-თავსებადი)."""
import datetime as dt

import boto3

r2 = boto3.client(
    "s3",
    endpoint_url="https://@@acct@@.r2.cloudflarestorage.com",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="auto",
)


def upload(path: str) -> str:
    key = f"db/{dt.date.today():%Y/%m/%d}/{path.rsplit('/', 1)[-1]}"
    r2.upload_file(path, "koruldi-backups", key)
    return key
''', hexs(64), acct=hexs(32), kid=hexs(32))
# END OF CASES
