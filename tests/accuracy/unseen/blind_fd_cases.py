"""Blind set FD: campgrounds and RV parks.

Reservation platforms and channel managers, site power metering and pedestals, gate and barrier
controllers, guest Wi-Fi hotspots, camp store point of sale, shower token systems, and the vendors
such parks use (payments, messaging, maps, weather, cloud hosting), with their decoys.
Generated fakes only (seeds 1,750,000-1,759,999).
"""
from __future__ import annotations

import base64
import hashlib
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LOW, SEED_HIGH = 1_750_000, 1_759_999
_SEED = [SEED_LOW]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
BASE32 = string.ascii_uppercase + "234567"
LOWER_DIGITS = string.ascii_lowercase + string.digits


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters with an upper, a lower and a digit (bounded retries, then patched)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value):
            return value
    return "Q" + value[1:-2] + "k7"


def hexs(n: int) -> str:
    return draw(n, HEX)


def uphex(n: int) -> str:
    return draw(n, UPHEX)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def b64url_nopad(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


CAMP = ["Pinecone", "Lakeside", "Firepit", "Marshmallow", "Sycamore", "Trailhead", "Kayak", "Cottonwood",
        "Bison", "Juniper", "Canyon", "Riverbend", "Hickory", "Ponderosa", "Aspen", "Lantern", "Mesquite",
        "Driftwood", "Bluegill", "Sagebrush", "Tamarack", "Willow", "Osprey", "Chinook"]
LOWER_WORDS = ["otter", "canoe", "ember", "hammock", "thistle", "pinyon", "gravel", "beacon", "acorn",
               "loon", "pebble", "cricket", "saddle", "marmot", "tinder", "creek", "drizzle", "quail"]


def camp_pw() -> str:
    """What a park manager picks: Word + symbol + Word + digits."""
    r = _rng()
    return r.choice(CAMP) + r.choice("!#$%*@&?") + r.choice(CAMP) + str(r.randint(10, 2029))


def gen_pw(n: int = 20, extra: str = "!#%*-_.") -> str:
    """What a password manager generates."""
    r = _rng()
    core = [r.choice(ALNUM) for _ in range(n)]
    for i in r.sample(range(n), 3):
        core[i] = r.choice(extra)
    core[r.randrange(n)] = r.choice(string.digits)
    core[0] = r.choice(string.ascii_letters)
    return "".join(core)


def phrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER_WORDS, 4)) + str(r.randint(2, 98))


def url_pw() -> str:
    """A password that can sit in a URL's userinfo unescaped."""
    r = _rng()
    return r.choice(CAMP) + r.choice("-_.") + r.choice(CAMP) + str(r.randint(10, 999)) + r.choice(LOWER_WORDS)


def human_pw() -> str:
    r = _rng()
    styles = [
        lambda: r.choice(CAMP) + str(r.randint(1970, 2024)) + r.choice("!$#"),
        lambda: r.choice(LOWER_WORDS).capitalize() + r.choice(".-_") + r.choice(CAMP) + str(r.randint(100, 999)),
        lambda: "".join(r.choice(ALNUM) for _ in range(12)) + r.choice("!@#"),
    ]
    return r.choice(styles)()


# ----- vendor token shapes -------------------------------------------------------------------------

def stripe_live(long: bool = True) -> str:
    return "sk_live_" + ("51" + mixed(97) if long else mixed(24))


def stripe_restricted() -> str:
    return "rk_live_51" + mixed(97)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAA" + mixed(60, URLSAFE)


def square_app_secret() -> str:
    return "sq0csp-" + mixed(43, URLSAFE)


def sendgrid() -> str:
    return "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)


def mailchimp() -> str:
    r = _rng()
    return hexs(32) + "-us" + str(r.randint(2, 21))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + mixed(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 - 1)}/" + mixed(68, URLSAFE)


def google_key() -> str:
    return "AIzaSy" + mixed(33, URLSAFE)


def mapbox_secret(user: str) -> str:
    payload = b64url_nopad('{"u":"%s","a":"%s"}' % (user, draw(25, LOWER_DIGITS)))
    return "sk." + payload + "." + mixed(22, URLSAFE)


def mapbox_public(user: str) -> str:
    payload = b64url_nopad('{"u":"%s","a":"%s"}' % (user, draw(25, LOWER_DIGITS)))
    return "pk." + payload + "." + mixed(22, URLSAFE)


def ttn_key() -> str:
    return "NNSXS." + draw(39, BASE32) + "." + draw(52, BASE32)


def airtable_pat() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def influx_token() -> str:
    return b64_bytes(64).replace("+", "-").replace("/", "_")


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def azure_account_key() -> str:
    return b64_bytes(64)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def recaptcha_secret() -> str:
    return "6L" + mixed(38, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + mixed(7, URLSAFE) + ":APA91b" + mixed(134, URLSAFE)


def braintree_token() -> str:
    return "access_token$production$" + draw(16, LOWER_DIGITS) + "$" + hexs(32)


def paypal_secret() -> str:
    return "E" + mixed(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + mixed(79, URLSAFE)


def gallagher_key() -> str:
    return "-".join(uphex(4) for _ in range(8))


def gmail_app_pw() -> str:
    r = _rng()
    return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def laravel_key() -> str:
    return "base64:" + b64_bytes(32)


def rsa_pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8_pem_lines() -> List[str]:
    r = _rng()
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + "".join(r.choice(B64) for _ in range(14 + 64 * 24))
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def openssh_pem() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + "".join(
        r.choice(B64) for _ in range(70 * 5 + 2))
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def sha512_crypt() -> str:
    return "$6$" + draw(16, ALNUM + "./") + "$" + draw(86, ALNUM + "./")


def sha256_hex() -> str:
    return hashlib.sha256(draw(40).encode()).hexdigest()


def cert_pem() -> str:
    r = _rng()
    body = "MIIDdzCCAl+gAwIBAgIUU" + "".join(r.choice(B64) for _ in range(43 + 64 * 12))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


# ----- the cases -----------------------------------------------------------------------------------

CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **subs: str) -> None:
    for key, value in subs.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase("blind-fd/" + category, file_name, text, secret, source))

# ===== reservation platforms and channel managers ==================================================

_s = mixed(32)
add("python/api-key", "integrations/newbook/pull_arrivals.py", r'''"""Nightly pull of tomorrow's arrivals from Newbook into the gate allow-list.

Runs from cron on the office NUC at 02:15. See docs/runbooks/gate-sync.md.
"""
import datetime as dt
import os

import requests

NEWBOOK_URL = "https://api.newbook.cloud/rest/bookings_list"
NEWBOOK_REGION = "US"
NEWBOOK_USER = "pinecrest_gate_sync"
NEWBOOK_API_KEY = "@@k@@"


def arrivals(day: dt.date) -> list:
    payload = {
        "region": NEWBOOK_REGION,
        "api_key": NEWBOOK_API_KEY,
        "period_from": f"{day:%Y-%m-%d} 00:00:00",
        "period_to": f"{day:%Y-%m-%d} 23:59:59",
        "list_type": "arriving",
    }
    resp = requests.post(NEWBOOK_URL, json=payload,
                         auth=(NEWBOOK_USER, os.environ["NEWBOOK_PASSWORD"]), timeout=30)
    resp.raise_for_status()
    return resp.json().get("data", [])


if __name__ == "__main__":
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for booking in arrivals(tomorrow):
        print(booking["booking_id"], booking["site_name"], booking["booking_arrival"])
''', _s, "Newbook REST API reference: bookings_list with region and api_key", k=_s)

_s = mixed(40)
add("dotenv/api-key", "booking-widget/.env.production", r'''# Booking widget for pinecrestrv.com (Campspot partner API)
NODE_ENV=production
PORT=8080
PUBLIC_SITE_URL=https://www.pinecrestrv.com
CAMPSPOT_PARK_ID=4127
CAMPSPOT_API_BASE=https://api.campspot.com/v2
CAMPSPOT_API_KEY=@@k@@
DATABASE_URL=${DATABASE_URL}
LOG_LEVEL=info
AVAILABILITY_CACHE_SECONDS=120
''', _s, "dotenv convention; Campspot partner API key header", k=_s)

_s = camp_pw()
add("yaml/password", "config/rms-cloud.yml", r'''# RMS Cloud REST API credentials for the channel bridge
# Docs: https://restapidocs.rmscloud.com/#tag/authToken
rms:
  base_url: https://restapi12.rmscloud.com
  auth:
    agentId: 1187
    agentPassword: "@@k@@"
    clientId: 20994
    clientPassword: ${RMS_CLIENT_PASSWORD}
    useTrainingDatabase: false
    moduleType:
      - distribution
  property_id: 3
  area_categories:
    full_hookup_50a: 12
    full_hookup_30a: 13
    tent_walk_in: 21
  poll_minutes: 10
''', _s, "RMS Cloud REST API: POST /authToken with agentId, agentPassword, clientId, clientPassword", k=_s)

_s = gen_pw(16, "!@#$%")
add("csharp/password", "src/Pinecrest.Channel/Rms/RmsTokenClient.cs", r'''using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Pinecrest.Channel.Rms;

public sealed class RmsTokenClient
{
    private const string BaseUrl = "https://restapi8.rmscloud.com";
    private readonly HttpClient _http;

    public RmsTokenClient(HttpClient http) => _http = http;

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var request = new AuthRequest
        {
            AgentId = 1187,
            AgentPassword = Environment.GetEnvironmentVariable("RMS_AGENT_PASSWORD") ?? "",
            ClientId = 20994,
            ClientPassword = "@@k@@",
            UseTrainingDatabase = false,
            ModuleType = new[] { "distribution" }
        };
        var response = await _http.PostAsJsonAsync($"{BaseUrl}/authToken", request, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<AuthResponse>(cancellationToken: ct);
        return body!.Token;
    }

    private sealed class AuthRequest
    {
        [JsonPropertyName("agentId")] public int AgentId { get; init; }
        [JsonPropertyName("agentPassword")] public string AgentPassword { get; init; } = "";
        [JsonPropertyName("clientId")] public int ClientId { get; init; }
        [JsonPropertyName("clientPassword")] public string ClientPassword { get; init; } = "";
        [JsonPropertyName("useTrainingDatabase")] public bool UseTrainingDatabase { get; init; }
        [JsonPropertyName("moduleType")] public string[] ModuleType { get; init; } = Array.Empty<string>();
    }

    private sealed record AuthResponse([property: JsonPropertyName("token")] string Token);
}
''', _s, "RMS Cloud REST API authToken request body", k=_s)

_s = camp_pw()
add("php/db-password", "wordpress/wp-config.php", r'''<?php
/**
 * WordPress configuration for bluffcreekcampground.com
 * Salts live in wp-salts.php (not in git? -- ask Dana).
 */

define( 'DB_NAME', 'bluffcreek_wp' );
define( 'DB_USER', 'bluffcreek_wp' );
define( 'DB_PASSWORD', '@@k@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'bcc_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_HOME', 'https://bluffcreekcampground.com' );
define( 'WP_SITEURL', 'https://bluffcreekcampground.com' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
''', _s, "WordPress wp-config.php (developer.wordpress.org, Editing wp-config.php)", k=_s)

add("php/decoy-placeholder", "wordpress/wp-config-sample.php", r'''<?php
/**
 * The base configuration for WordPress
 *
 * Copy this file to wp-config.php and fill in the values for the campground site.
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', None, "WordPress wp-config-sample.php as shipped")

_s = uuid_s().upper()
add("ruby/api-key", "lib/tasks/resnexus.rake", r'''# frozen_string_literal: true

# Pulls ResNexus reservations into the camp store so guests can charge to site.
namespace :resnexus do
  RESNEXUS_ENDPOINT = "https://resnexus.com/resnexus/api/v2"
  RESNEXUS_PROPERTY = "ELKMEADOWRV"
  RESNEXUS_API_KEY  = "@@k@@"

  desc "Import in-house reservations for room charges"
  task import_in_house: :environment do
    conn = Faraday.new(url: RESNEXUS_ENDPOINT) do |f|
      f.request :json
      f.response :json
      f.headers["X-Api-Key"] = RESNEXUS_API_KEY
    end

    resp = conn.get("properties/#{RESNEXUS_PROPERTY}/reservations", status: "InHouse")
    resp.body.fetch("reservations", []).each do |res|
      Folio.find_or_initialize_by(reservation_number: res["ReservationNumber"]).update!(
        guest_name: res["GuestName"],
        site: res["UnitName"],
        departs_on: res["DepartureDate"]
      )
    end
  end
end
''', _s, "ResNexus API integration pattern (API key header); Rails rake task", k=_s)

_s = mixed(40, ALNUM)
add("javascript/webhook-secret", "functions/firefly-webhook/index.js", r'''// Firefly Reservations -> Slack + gate allow-list webhook (Cloud Function)
const crypto = require("crypto");
const { addPlate } = require("./gate");

const FIREFLY_WEBHOOK_SECRET = "@@k@@";

function verify(req) {
  const signature = req.get("X-Firefly-Signature") || "";
  const digest = crypto
    .createHmac("sha256", FIREFLY_WEBHOOK_SECRET)
    .update(req.rawBody)
    .digest("hex");
  return signature.length === digest.length &&
    crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(digest));
}

exports.fireflyWebhook = async (req, res) => {
  if (!verify(req)) {
    res.status(401).send("bad signature");
    return;
  }
  const { event, reservation } = req.body;
  if (event === "reservation.checked_in" && reservation.vehicle_plate) {
    await addPlate(reservation.vehicle_plate, reservation.departure_date);
  }
  res.status(204).end();
};
''', _s, "HMAC-SHA256 webhook signature verification (Node crypto docs)", k=_s)

_s = uuid_s()
add("python/api-key", "scripts/ridb_nearby_facilities.py", r'''#!/usr/bin/env python3
"""List federal campgrounds within 50 miles so the front desk can refer overflow guests.

Recreation Information Database (RIDB) API v1.
"""
import csv
import sys

import requests

RIDB = "https://ridb.recreation.gov/api/v1"
HEADERS = {"apikey": "@@k@@", "accept": "application/json"}
PARK_LAT, PARK_LON = 44.0582, -121.3153


def facilities(radius_miles: int = 50):
    offset = 0
    while offset < 1000:
        r = requests.get(f"{RIDB}/facilities", headers=HEADERS, timeout=20, params={
            "latitude": PARK_LAT, "longitude": PARK_LON, "radius": radius_miles,
            "activity": "CAMPING", "limit": 50, "offset": offset})
        r.raise_for_status()
        batch = r.json()["RECDATA"]
        if not batch:
            return
        yield from batch
        offset += len(batch)


writer = csv.writer(sys.stdout)
writer.writerow(["FacilityID", "FacilityName", "FacilityPhone"])
for f in facilities():
    writer.writerow([f["FacilityID"], f["FacilityName"], f.get("FacilityPhone", "")])
''', _s, "RIDB API documentation (ridb.recreation.gov/docs): apikey header", k=_s)

add("python/decoy-env-reference", "scripts/ridb_campsites.py", r'''#!/usr/bin/env python3
"""Pull campsite attributes for a facility from RIDB (reads the key from the environment)."""
import os
import sys

import requests

RIDB = "https://ridb.recreation.gov/api/v1"
API_KEY = os.environ.get("RIDB_API_KEY")
if not API_KEY:
    sys.exit("set RIDB_API_KEY (request one at https://ridb.recreation.gov/profile)")

facility_id = sys.argv[1] if len(sys.argv) > 1 else "232447"
resp = requests.get(f"{RIDB}/facilities/{facility_id}/campsites",
                    headers={"apikey": API_KEY}, params={"limit": 50}, timeout=20)
resp.raise_for_status()
for site in resp.json()["RECDATA"]:
    attrs = {a["AttributeName"]: a["AttributeValue"] for a in site.get("ATTRIBUTES", [])}
    print(site["CampsiteName"], attrs.get("Max Vehicle Length", "?"), attrs.get("Electricity Hookup", "-"))
''', None, "RIDB API documentation; key read from environment")

_s = "https://calendar.google.com/calendar/ical/pinecrest.staff%40gmail.com/private-" + hexs(32) + "/basic.ics"
add("yaml/private-url", "ops/calendar_feeds.yml", r'''# Calendars merged into the staff dashboard (ops/dashboard). Refresh every 15 min.
feeds:
  - name: Group bookings (Google)
    url: "@@k@@"
    color: "#2e7d32"
  - name: US holidays
    url: https://calendar.google.com/calendar/ical/en.usa%23holiday%40group.v.calendar.google.com/public/basic.ics
    color: "#9e9e9e"
  - name: Pavilion rentals
    url: https://www.pinecrestrv.com/events/pavilion.ics
    color: "#1565c0"
refresh_minutes: 15
timezone: America/Denver
''', _s, "Google Calendar 'Secret address in iCal format' (support.google.com/calendar)", k=_s)

_s = mixed(48, URLSAFE)
add("postman/bearer-token", "docs/api/Campground-Channel.postman_collection.json", r'''{
  "info": {
    "_postman_id": "@@pid@@",
    "name": "Campground Channel Bridge",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [
      { "key": "token", "value": "@@k@@", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "Availability by site type",
      "request": {
        "method": "GET",
        "url": {
          "raw": "https://channel.elkmeadowrv.com/api/v1/availability?from=2024-06-01&to=2024-06-08&type=FHU50",
          "protocol": "https",
          "host": ["channel", "elkmeadowrv", "com"],
          "path": ["api", "v1", "availability"],
          "query": [
            { "key": "from", "value": "2024-06-01" },
            { "key": "to", "value": "2024-06-08" },
            { "key": "type", "value": "FHU50" }
          ]
        }
      }
    },
    {
      "name": "Create hold",
      "request": {
        "method": "POST",
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": { "mode": "raw", "raw": "{\"site\":\"B14\",\"arrival\":\"2024-06-01\",\"nights\":3}" },
        "url": "https://channel.elkmeadowrv.com/api/v1/holds"
      }
    }
  ]
}
''', _s, "Postman Collection Format v2.1 (schema.getpostman.com), bearer auth", k=_s, pid=uuid_s())

add("postman/decoy-variable", "docs/api/Campground-Channel.postman_environment.json", r'''{
  "id": "@@id@@",
  "name": "Channel Bridge - staging",
  "values": [
    { "key": "baseUrl", "value": "https://channel-staging.elkmeadowrv.com/api/v1", "type": "default", "enabled": true },
    { "key": "apiToken", "value": "", "type": "secret", "enabled": true },
    { "key": "parkId", "value": "4127", "type": "default", "enabled": true },
    { "key": "authHeader", "value": "Bearer {{apiToken}}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-11T17:02:19.312Z",
  "_postman_exported_using": "Postman/10.24.16"
}
''', None, "Postman environment export; secret-typed variable left empty", id=uuid_s())

_s = mixed(36)
add("go/api-token", "cmd/availsync/main.go", r'''package main

// availsync pushes nightly site availability from the PMS to RoverPass and Hipcamp listings.

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"time"
)

const (
	roverpassAPI   = "https://api.roverpass.com/v1/campgrounds/elk-meadow-rv/availability"
	roverpassToken = "@@k@@"
)

type nightAvail struct {
	Date      string `json:"date"`
	SiteType  string `json:"site_type"`
	Available int    `json:"available"`
}

func push(rows []nightAvail) error {
	body, err := json.Marshal(map[string]any{"nights": rows})
	if err != nil {
		return err
	}
	req, _ := http.NewRequest(http.MethodPut, roverpassAPI, bytes.NewReader(body))
	req.Header.Set("Authorization", "Token "+roverpassToken)
	req.Header.Set("Content-Type", "application/json")
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	log.Printf("roverpass: %s", resp.Status)
	return nil
}

func main() {
	rows, err := loadFromPMS(time.Now(), 90)
	if err != nil {
		log.Fatal(err)
	}
	if err := push(rows); err != nil {
		log.Fatal(err)
	}
}
''', _s, "Go net/http client with a token in the Authorization header", k=_s)

_s = hexs(64)
add("kotlin/hmac-key", "app/src/main/java/com/sandyshores/checkin/ApiConfig.kt", r'''package com.sandyshores.checkin

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/** Self check-in kiosk (lobby tablet). Requests to the PMS bridge are HMAC-signed. */
object ApiConfig {
    const val BASE_URL = "https://bridge.sandyshorescamping.com/"
    const val KIOSK_ID = "lobby-tab-01"
    private const val SIGNING_KEY = "@@k@@"

    fun sign(method: String, path: String, timestamp: Long, body: String): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(SIGNING_KEY.toByteArray(), "HmacSHA256"))
        val canonical = "$method\n$path\n$timestamp\n$body"
        return mac.doFinal(canonical.toByteArray()).joinToString("") { "%02x".format(it) }
    }
}
''', _s, "javax.crypto.Mac HmacSHA256 request signing", k=_s)

_s = mixed(32)
add("swift/api-key", "FrontDesk/FrontDesk/Secrets.swift", r'''//
//  Secrets.swift
//  FrontDesk (iPad app for the registration desk)
//
//  TODO: move to the keychain before the App Store build
//

import Foundation

enum Secrets {
    static let reservationsBaseURL = URL(string: "https://api.staylist.com/v1/")!
    static let reservationsParkCode = "LOSTPINES"
    static let reservationsAPIKey = "@@k@@"
}

extension URLRequest {
    mutating func authorizeForReservations() {
        setValue(Secrets.reservationsAPIKey, forHTTPHeaderField: "X-API-Key")
        setValue(Secrets.reservationsParkCode, forHTTPHeaderField: "X-Park-Code")
    }
}
''', _s, "Swift URLRequest header; hard-coded secrets enum anti-pattern", k=_s)

add("swift/decoy-publishable-key", "FrontDesk/FrontDesk/PaymentConfig.swift", r'''//
//  PaymentConfig.swift
//  FrontDesk
//
//  Publishable key only: the secret key stays on the server (payments.lostpinesrv.com).
//

import StripeTerminal
import StripePaymentSheet

enum PaymentConfig {
    static let publishableKey = "pk_live_51@@pk@@"
    static let merchantDisplayName = "Lost Pines Lakeside RV"
    static let backendURL = URL(string: "https://payments.lostpinesrv.com/api/")!

    static func configure() {
        StripeAPI.defaultPublishableKey = publishableKey
    }
}
''', None, "Stripe docs: publishable keys are meant for client apps", pk=mixed(97))

_s = phrase()
add("sql/db-password", "db/migrations/0042_reporting_role.sql", r'''-- 0042: read-only role for the occupancy dashboard (Metabase)
BEGIN;

CREATE ROLE occupancy_ro WITH LOGIN PASSWORD '@@k@@'
    NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE campground TO occupancy_ro;
GRANT USAGE ON SCHEMA reservations TO occupancy_ro;
GRANT SELECT ON reservations.bookings, reservations.sites, reservations.site_types TO occupancy_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA reservations GRANT SELECT ON TABLES TO occupancy_ro;

COMMIT;
''', _s, "PostgreSQL CREATE ROLE ... PASSWORD (postgresql.org/docs/current/sql-createrole.html)", k=_s)

add("sql/decoy-password-hash", "db/seeds/staff_users.sql", r'''-- Seed staff accounts for local development. Passwords are bcrypt hashes (cost 12);
-- everyone resets on first login.
INSERT INTO staff_users (id, email, display_name, role, password_hash, must_reset) VALUES
  (1, 'frontdesk@pinecrestrv.com', 'Front Desk', 'desk',    '@@h1@@', true),
  (2, 'maintenance@pinecrestrv.com', 'Maintenance', 'maint', '@@h2@@', true),
  (3, 'manager@pinecrestrv.com', 'Park Manager', 'admin',   '@@h3@@', true),
  (4, 'store@pinecrestrv.com', 'Camp Store', 'pos',         '@@h4@@', true);

SELECT setval('staff_users_id_seq', 4);
''', None, "bcrypt modular crypt format ($2b$); seed data", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

_s = human_pw()
add("java/password", "legacy/src/main/java/org/cedarhollow/ra/ReserveAmericaClient.java", r'''package org.cedarhollow.ra;

import javax.xml.ws.BindingProvider;
import java.util.Map;

/**
 * Legacy ReserveAmerica (Aspira) concessionaire feed. Only used for the state-park overflow
 * contract; scheduled for removal after the 2025 season.
 */
public class ReserveAmericaClient {

    private static final String ENDPOINT = "https://ws.reserveamerica.com/ConcessionaireService/v2";
    private static final String USERNAME = "cedarhollow_conc";
    private static final String PASSWORD = "@@k@@";

    private final ConcessionairePort port;

    public ReserveAmericaClient() {
        ConcessionaireService service = new ConcessionaireService();
        this.port = service.getConcessionairePort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT);
        ctx.put(BindingProvider.USERNAME_PROPERTY, USERNAME);
        ctx.put(BindingProvider.PASSWORD_PROPERTY, PASSWORD);
    }

    public ArrivalList arrivals(String contractCode, String date) {
        return port.getArrivals(contractCode, date);
    }
}
''', _s, "JAX-WS BindingProvider USERNAME_PROPERTY / PASSWORD_PROPERTY", k=_s)

_s = gen_pw(18, "!#$*")
add("xml/connection-string", "src/CedarHollow.Web/Web.config", r'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Reservations"
         connectionString="Server=tcp:ch-sql01.cedarhollow.local,1433;Database=CampgroundMaster;User ID=cm_web;Password=@@k@@;Encrypt=True;TrustServerCertificate=True;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ParkName" value="Cedar Hollow Campground" />
    <add key="SiteMapImage" value="~/Content/img/sitemap-2024.png" />
    <add key="MaxNights" value="14" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
''', _s, "ASP.NET Web.config connectionStrings; SqlClient connection string keywords", k=_s)

add("xml/decoy-key-vault-reference", "src/CedarHollow.Web/Web.Release.config", r'''<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <!-- Release: the App Service resolves Key Vault references at startup. -->
  <connectionStrings>
    <add name="Reservations"
         connectionString="@Microsoft.KeyVault(SecretUri=https://kv-cedarhollow.vault.azure.net/secrets/ReservationsSql/)"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="StripeSecretKey" value="@Microsoft.KeyVault(VaultName=kv-cedarhollow;SecretName=stripe-secret-key)"
         xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="SendGridApiKey" value="@Microsoft.KeyVault(VaultName=kv-cedarhollow;SecretName=sendgrid-api-key)"
         xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
''', None, "Azure App Service Key Vault references (learn.microsoft.com)")

_s = stripe_live()
add("json/stripe-secret-key", "src/Booking.Api/appsettings.json", r'''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "Park": {
    "Name": "Sandy Shores Family Camping",
    "TimeZone": "America/New_York",
    "DepositPercent": 25
  },
  "Stripe": {
    "PublishableKey": "pk_live_51@@pk@@",
    "SecretKey": "@@k@@",
    "Currency": "usd"
  },
  "ConnectionStrings": {
    "Booking": "Host=db;Database=booking;Username=booking_api;Password=${BOOKING_DB_PASSWORD}"
  }
}
''', _s, "Stripe API keys (docs.stripe.com/keys); ASP.NET Core appsettings.json", k=_s, pk=mixed(97))

add("json/decoy-user-secrets", "src/Booking.Api/appsettings.Development.json", r'''{
  "Logging": {
    "LogLevel": {
      "Default": "Debug"
    }
  },
  "Stripe": {
    "PublishableKey": "pk_test_REPLACE_ME",
    "SecretKey": "",
    "Currency": "usd"
  },
  "ConnectionStrings": {
    "Booking": "Host=localhost;Database=booking_dev;Username=postgres;Password="
  },
  "_comment": "Local secrets: dotnet user-secrets set \"Stripe:SecretKey\" <your test key>"
}
''', None, "ASP.NET Core Secret Manager (dotnet user-secrets) docs")

_s = human_pw()
add("markdown/password", "docs/runbooks/campground-master-restore.md", r'''# Restoring Campground Master after a PC swap

Campground Master (Cottonwood Software) keeps everything in one data file on the office PC.

1. Copy the nightly backup from the NAS: `\\ofc-nas\backups\CGM\Pinecrest.cgm` (newest by date).
2. Install Campground Master 9.x from `\\ofc-nas\software\CGM\` and activate with the license
   file in the same folder.
3. Open **File > Open** and pick the copied `.cgm` file.
4. Log in as `Manager`. Password: `@@k@@`
5. Under **Maintenance > Network Settings**, set the file path back to `C:\CGMData\` and
   restart so the two front-desk workstations reconnect.
6. Test a card swipe on the Ingenico reader (Setup > Credit Cards > Test).

If the reader says "not configured", call Cottonwood support; do not re-enter the merchant ID.
''', _s, "Campground Master user guide (cottonwoodsoftware.com); staff runbook", k=_s)

add("markdown/decoy-redacted", "docs/runbooks/reservation-system-access.md", r'''# Reservation system access

| System | URL | Login | Where the password is |
|---|---|---|---|
| Newbook | https://app.newbook.cloud | `manager@pinecrestrv.com` | 1Password > Office vault > "Newbook manager" |
| Campspot (old, read-only) | https://manager.campspot.com | `pinecrest-admin` | 1Password > Office vault |
| Google Workspace | https://admin.google.com | `it@pinecrestrv.com` | hardware key in the safe |
| Gate controller | http://10.0.5.20 | `admin` | `********` (rotated 2024-03, see 1Password) |

Never paste passwords into tickets or this wiki. If you need access, ask the park manager to
share the 1Password item with you for the season.

API keys for integrations live in the `pinecrest-prod` AWS Secrets Manager, e.g.
`arn:aws:secretsmanager:us-west-2:123456789012:secret:newbook/api-key-Xy12Ab`.
''', None, "Runbook pointing at a password manager; redacted values")
# ===== site power metering and pedestals ============================================================

_s = camp_pw()
add("arduino/wifi-psk", "firmware/pedestal-meter/pedestal-meter.ino", r'''// Pedestal sub-meter: ESP32 + PZEM-004T v3 on each 30/50 A pedestal, row C.
// Publishes kWh every 60 s to the office broker.
#include <WiFi.h>
#include <PubSubClient.h>
#include <PZEM004Tv30.h>

const char* WIFI_SSID = "PCRV-Infra";
const char* WIFI_PASS = "@@k@@";
const char* MQTT_HOST = "10.0.20.5";
const char* SITE_ID   = "C-17";

PZEM004Tv30 pzem(Serial2, 16, 17);
WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
  }
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) {
    mqtt.connect(SITE_ID);
  }
  char payload[96];
  snprintf(payload, sizeof payload, "{\"site\":\"%s\",\"kwh\":%.3f,\"v\":%.1f,\"a\":%.2f}",
           SITE_ID, pzem.energy(), pzem.voltage(), pzem.current());
  mqtt.publish("pedestal/C-17/energy", payload);
  mqtt.loop();
  delay(60000);
}
''', _s, "Arduino-ESP32 WiFi.begin(ssid, password); PubSubClient", k=_s)

_s = gen_pw(22, "-_.")
add("c-header/mqtt-password", "firmware/pedestal-meter/include/secrets.h", r'''#pragma once
// Broker credentials for pedestal meters (one shared account per row).
// Rotated at the start of each season.

#define MQTT_BROKER      "mqtt.elkmeadowrv.net"
#define MQTT_PORT        8883
#define MQTT_USER        "pedestal-row-d"
#define MQTT_PASSWORD    "@@k@@"
#define MQTT_TOPIC_BASE  "elkmeadow/power"

#define OTA_HOSTNAME_FMT "ped-%s"
''', _s, "PubSubClient connect(id, user, pass); C header secrets pattern", k=_s)

add("c-header/decoy-placeholder", "firmware/pedestal-meter/include/secrets.example.h", r'''#pragma once
// Copy to secrets.h and fill in. secrets.h is in .gitignore.

#define WIFI_SSID        "YOUR_SSID"
#define WIFI_PASSWORD    "YOUR_WIFI_PASSWORD"
#define MQTT_BROKER      "mqtt.example.net"
#define MQTT_PORT        8883
#define MQTT_USER        "pedestal-row-x"
#define MQTT_PASSWORD    "CHANGE_ME"
#define MQTT_TOPIC_BASE  "park/power"
''', None, "example header with placeholders, as firmware repos ship them")

_s = ttn_key()
add("python/api-key", "lorawan/ttn_uplink_export.py", r'''"""Export yesterday's pedestal meter uplinks from The Things Stack Storage Integration."""
import datetime as dt
import json

import requests

TTS_CLUSTER = "https://nam1.cloud.thethings.network"
APP_ID = "pinecrest-pedestals"
TTS_API_KEY = "@@k@@"


def uplinks(since: dt.datetime):
    url = f"{TTS_CLUSTER}/api/v3/as/applications/{APP_ID}/packages/storage/uplink_message"
    resp = requests.get(url, params={"after": since.isoformat() + "Z", "limit": 5000},
                        headers={"Authorization": f"Bearer {TTS_API_KEY}",
                                 "Accept": "text/event-stream"}, timeout=60)
    resp.raise_for_status()
    for line in resp.text.splitlines():
        if line.strip():
            yield json.loads(line)["result"]


if __name__ == "__main__":
    start = dt.datetime.utcnow() - dt.timedelta(days=1)
    for msg in uplinks(start):
        dev = msg["end_device_ids"]["device_id"]
        payload = msg["uplink_message"].get("decoded_payload", {})
        print(dev, payload.get("kwh"), msg["received_at"])
''', _s, "The Things Stack docs: API keys (NNSXS.), Storage Integration API", k=_s)

_s = uphex(32)
add("arduino/lorawan-appkey", "firmware/pedestal-lora/pedestal-lora.ino", r'''// LoRaWAN pedestal meter for the back loop (no Wi-Fi out there). RN2903 + Arduino Leonardo.
#include <TheThingsNetwork.h>

const char *appEui = "0000000000000000";
const char *appKey = "@@k@@";

#define loraSerial Serial1
#define debugSerial Serial
#define freqPlan TTN_FP_US915

TheThingsNetwork ttn(loraSerial, debugSerial, freqPlan);

void setup() {
  loraSerial.begin(57600);
  debugSerial.begin(9600);
  ttn.showStatus();
  ttn.join(appEui, appKey);
}

void loop() {
  uint16_t wattHours = readPulseCounter();
  byte payload[2];
  payload[0] = highByte(wattHours);
  payload[1] = lowByte(wattHours);
  ttn.sendBytes(payload, sizeof(payload));
  delay(300000);
}
''', _s, "TheThingsNetwork Arduino library: ttn.join(appEui, appKey)", k=_s)

add("csv/decoy-device-ids", "lorawan/devices/back-loop-pedestals.csv", r'''site,dev_eui,join_eui,frequency_plan,lorawan_version,installed
G-01,70B3D57ED005@@a@@,0000000000000000,US_902_928_FSB_2,1.0.2,2023-05-02
G-02,70B3D57ED005@@b@@,0000000000000000,US_902_928_FSB_2,1.0.2,2023-05-02
G-03,70B3D57ED005@@c@@,0000000000000000,US_902_928_FSB_2,1.0.2,2023-05-03
G-04,70B3D57ED005@@d@@,0000000000000000,US_902_928_FSB_2,1.0.2,2023-05-03
G-05,70B3D57ED005@@e@@,0000000000000000,US_902_928_FSB_2,1.0.2,2023-05-09
''', None, "LoRaWAN DevEUI/JoinEUI are device identifiers (LoRa Alliance spec); TTS CSV import",
    a=uphex(4), b=uphex(4), c=uphex(4), d=uphex(4), e=uphex(4))

_s = mixed(40)
add("toml/signing-secret", "lorawan/chirpstack/chirpstack.toml", r'''# ChirpStack v4 on the office server (Docker). Gateways: 2x RAK7289 on the bathhouse roofs.
[logging]
  level="info"

[postgresql]
  dsn="postgres://chirpstack:$POSTGRESQL_PASSWORD@postgres/chirpstack?sslmode=disable"
  max_open_connections=10

[redis]
  servers=["redis://redis/"]

[network]
  net_id="000000"
  enabled_regions=["us915_1"]

[api]
  bind="0.0.0.0:8080"
  secret="@@k@@"

[integration]
  enabled=["mqtt"]

  [integration.mqtt]
    server="tcp://mosquitto:1883/"
    json=true
''', _s, "ChirpStack v4 configuration: [api] secret used to sign JWT tokens", k=_s)

_s = mixed(32)
add("javascript/credential-secret", "nodered/settings.js", r'''// Node-RED settings for the power dashboard (runs on the office Pi).
module.exports = {
    flowFile: "flows.json",
    flowFilePretty: true,

    // Key used to encrypt flows_cred.json. Lose it and every credential must be re-entered.
    credentialSecret: "@@k@@",

    uiPort: process.env.PORT || 1880,
    httpAdminRoot: "/admin",

    adminAuth: {
        type: "credentials",
        users: [{
            username: "parkadmin",
            password: "@@h@@",
            permissions: "*"
        }]
    },

    logging: {
        console: { level: "info", metrics: false, audit: false }
    },

    editorTheme: { projects: { enabled: false } },
    functionGlobalContext: { siteCount: 148 }
};
''', _s, "Node-RED settings.js: credentialSecret; adminAuth password is a bcrypt hash", k=_s, h=bcrypt_hash())

add("json/decoy-stripped-credentials", "nodered/flows.json", r'''[
    {
        "id": "8f1c2d3e4a5b6c7d",
        "type": "mqtt-broker",
        "name": "office broker",
        "broker": "10.0.20.5",
        "port": "1883",
        "clientid": "nodered-power",
        "usetls": false,
        "protocolVersion": "4",
        "keepalive": "60",
        "credentials": {
            "user": "",
            "password": ""
        }
    },
    {
        "id": "2a3b4c5d6e7f8091",
        "type": "mqtt in",
        "name": "pedestal energy",
        "topic": "pedestal/+/energy",
        "qos": "1",
        "datatype": "json",
        "broker": "8f1c2d3e4a5b6c7d",
        "wires": [["5e6f708192a3b4c5"]]
    },
    {
        "id": "5e6f708192a3b4c5",
        "type": "http request",
        "name": "post to billing",
        "method": "POST",
        "url": "https://billing.pinecrestrv.com/api/readings",
        "authType": "bearer",
        "wires": [[]]
    }
]
''', None, "Node-RED: credentials are kept in flows_cred.json, exported flows carry them empty")

_s = influx_token()
add("toml/influx-token", "telegraf/telegraf.d/pedestals.conf", r'''# Pedestal meters -> InfluxDB Cloud (bucket: park-power)
[[inputs.mqtt_consumer]]
  servers = ["tcp://10.0.20.5:1883"]
  topics = ["pedestal/+/energy"]
  data_format = "json"
  tag_keys = ["site"]
  name_override = "pedestal"

[[inputs.modbus]]
  name = "main_service"
  controller = "tcp://10.0.20.40:502"
  slave_id = 1
  holding_registers = [
    { name = "kwh_total", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [0, 1] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  token = "@@k@@"
  organization = "pinecrest-rv"
  bucket = "park-power"
''', _s, "Telegraf outputs.influxdb_v2 token; inputs.modbus plugin docs", k=_s)

_s = camp_pw()
add("yaml/db-password", "grafana/provisioning/datasources/metering.yaml", r'''apiVersion: 1

datasources:
  - name: Metering (Postgres)
    type: postgres
    url: 10.0.20.6:5432
    user: grafana_reader
    jsonData:
      database: metering
      sslmode: disable
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      password: "@@k@@"
    isDefault: true
    editable: false
''', _s, "Grafana data source provisioning: secureJsonData.password", k=_s)

add("yaml/decoy-env-reference", "grafana/provisioning/datasources/influx.yaml", r'''apiVersion: 1

datasources:
  - name: Park power (InfluxDB)
    type: influxdb
    access: proxy
    url: https://us-east-1-1.aws.cloud2.influxdata.com
    jsonData:
      version: Flux
      organization: pinecrest-rv
      defaultBucket: park-power
      tlsSkipVerify: false
    secureJsonData:
      token: $INFLUX_READ_TOKEN
''', None, "Grafana provisioning: environment variable interpolation ($VAR)")

_s = "N" + mixed(27)
add("ini/api-key", "metering/ekm/ekm_push.ini", r'''; EKM Push (io.ekmpush.com) - Omnimeter Pulse v.4 on every 50 A pedestal, loops A-C
[account]
key = @@k@@
meters = 300012871~300012872~300012873~300012874~300012875~300012880

[export]
interval_minutes = 60
fields = kWh_Tot~RMS_Volts_Ln_1~RMS_Watts_Tot
output = \\ofc-nas\metering\ekm\readings.csv

[billing]
rate_per_kwh = 0.16
bill_monthly_sites_only = true
''', _s, "EKM Push API (ekmpush.com): key and meters query parameters", k=_s)

_s = human_pw()
add("yaml/password", "homeassistant/secrets.yaml", r'''# Home Assistant secrets (office HA box). Yes, this file is in the repo. No, it should not be.
latitude_home: 38.9072
longitude_home: -119.9930
emporia_username: office@cottonwoodcove.com
emporia_password: "@@k@@"
bathhouse_heater_entity: switch.bathhouse_north_heater
notify_group: park_staff
''', _s, "Home Assistant secrets.yaml (home-assistant.io/docs/configuration/secrets)", k=_s)

add("yaml/decoy-secret-reference", "homeassistant/configuration.yaml", r'''homeassistant:
  name: Cottonwood Cove RV
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  unit_system: us_customary
  time_zone: America/Los_Angeles

emporia_vue:
  username: !secret emporia_username
  password: !secret emporia_password

mqtt:
  sensor:
    - name: "Pedestal A-04 kWh"
      state_topic: "pedestal/A-04/energy"
      unit_of_measurement: "kWh"
      value_template: "{{ value_json.kwh }}"

automation: !include automations.yaml
''', None, "Home Assistant !secret references")

_s = camp_pw()
add("python/basic-auth", "metering/post_power_charges.py", r'''"""Post metered electric charges for monthly sites to Newbook as inventory items."""
import csv
import requests

NEWBOOK = "https://api.newbook.cloud/rest/bookings_inventory_add"
# Basic auth for the integration user (pinecrest_metering)
AUTH_HEADER = {"Authorization": "Basic @@b@@"}
RATE = 0.16

with open("readings_month.csv", newline="") as f:
    for row in csv.DictReader(f):
        kwh = float(row["end_kwh"]) - float(row["start_kwh"])
        body = {
            "region": "US",
            "booking_id": row["booking_id"],
            "description": f"Electric {row['site']} {kwh:.1f} kWh @ ${RATE}",
            "amount": round(kwh * RATE, 2),
        }
        r = requests.post(NEWBOOK, json=body, headers=AUTH_HEADER, timeout=30)
        print(row["site"], r.status_code)
''', _s, "RFC 7617 HTTP Basic authentication header", k=_s, b=b64("pinecrest_metering:" + _s))

_s = gen_pw(24, "-_")
add("mosquitto/bridge-password", "mosquitto/conf.d/bridge-cloud.conf", r'''# Bridge the office broker to the HiveMQ Cloud cluster so the owner's dashboard sees live power.
connection hivemq-cloud
address 7f3c2a91e4b54d0c9e1f.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
bridge_insecure false
bridge_capath /etc/ssl/certs
remote_clientid pinecrest-office-bridge
remote_username pinecrest-bridge
remote_password @@k@@
cleansession true
topic pedestal/+/energy out 1 "" pinecrest/
topic bathhouse/+/status out 1 "" pinecrest/
''', _s, "mosquitto.conf(5): bridge remote_username / remote_password", k=_s)

add("mosquitto/decoy-password-hash", "mosquitto/passwd", r'''pedestal-row-a:$7$101$@@s1@@$@@h1@@
pedestal-row-b:$7$101$@@s2@@$@@h2@@
pedestal-row-c:$7$101$@@s3@@$@@h3@@
nodered:$7$101$@@s4@@$@@h4@@
telegraf:$7$101$@@s5@@$@@h5@@
''', None, "mosquitto_passwd(1): PBKDF2-SHA512 hashes ($7$)",
    s1=b64_bytes(12), h1=b64_bytes(64), s2=b64_bytes(12), h2=b64_bytes(64), s3=b64_bytes(12), h3=b64_bytes(64),
    s4=b64_bytes(12), h4=b64_bytes(64), s5=b64_bytes(12), h5=b64_bytes(64))

_s = rsa_pem()
add("pem/private-key", "iot/certs/pedestal-gw-01.private.pem.key", _s + "\n", _s,
    "AWS IoT Core device certificate and private key files (docs.aws.amazon.com/iot)")

add("pem/decoy-certificate", "iot/certs/pedestal-gw-01.cert.pem", cert_pem() + "\n", None,
    "AWS IoT device certificate: public certificate only")

_s = human_pw()
add("r/db-password", "analysis/monthly_kwh_by_loop.R", r'''# Monthly kWh by loop for the owner's report
library(DBI)
library(RPostgres)
library(dplyr)
library(ggplot2)

con <- dbConnect(RPostgres::Postgres(),
                 host = "10.0.20.6", port = 5432, dbname = "metering",
                 user = "analyst", password = "@@k@@")

readings <- dbGetQuery(con, "
  SELECT site_id, loop, date_trunc('month', read_at) AS month,
         max(kwh_total) - min(kwh_total) AS kwh
  FROM pedestal_readings
  WHERE read_at >= now() - interval '13 months'
  GROUP BY 1, 2, 3")

by_loop <- readings %>% group_by(loop, month) %>% summarise(kwh = sum(kwh), .groups = "drop")

ggplot(by_loop, aes(month, kwh, fill = loop)) +
  geom_col() +
  labs(title = "Metered kWh by loop", x = NULL, y = "kWh")
ggsave("kwh_by_loop.png", width = 9, height = 5)

dbDisconnect(con)
''', _s, "DBI::dbConnect with RPostgres (rpostgres.r-dbi.org)", k=_s)

_s = camp_pw()
add("notebook/password", "analysis/bathhouse_power.ipynb", r'''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Bathhouse water heater load (Sense monitor)\n", "Does the north bathhouse need a second heater?"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sense_energy import Senseable\n",
    "import pandas as pd\n",
    "\n",
    "sense = Senseable()\n",
    "sense.authenticate(\"maintenance@riverbendrv.com\", \"@@k@@\")\n",
    "sense.update_realtime()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "trend = sense.get_trend_data(\"WEEK\")\n",
    "devices = pd.DataFrame(sense.get_discovered_device_data())\n",
    "devices[devices.name.str.contains(\"Heater\")]"
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
''', _s, "sense_energy (PyPI) Senseable.authenticate; Jupyter nbformat 4", k=_s)

add("notebook/decoy-getpass", "analysis/pedestal_outliers.ipynb", r'''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Pedestals reading high: meter fault or guest space heaters?"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "\n",
    "password = getpass.getpass(\"metering db password: \")\n",
    "engine = sa.create_engine(f\"postgresql+psycopg://analyst:{password}@10.0.20.6/metering\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"select site_id, read_at, watts from pedestal_readings where read_at > now() - interval '7 days'\", engine)\n",
    "df.groupby('site_id').watts.quantile(0.99).sort_values().tail(10)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', None, "getpass prompt in a notebook; SQLAlchemy URL built at runtime")

_s = hexs(40)
add("shell/access-token", "scripts/particle_flash_shower_timers.sh", r'''#!/usr/bin/env bash
# Flash the shower timer firmware to every Particle Photon in the bathhouses.
set -euo pipefail

PARTICLE_TOKEN="@@k@@"
FIRMWARE=build/shower-timer-v3.4.bin
DEVICES=(
  3c0029000b47353137323334   # north men's
  2b0044000d47353033323637   # north women's
  1e003a001847363335343832   # south family
)

for dev in "${DEVICES[@]}"; do
  echo "flashing $dev"
  curl -sS -X PUT "https://api.particle.io/v1/devices/${dev}" \
    -H "Authorization: Bearer ${PARTICLE_TOKEN}" \
    -F "file=@${FIRMWARE};type=application/octet-stream"
  echo
done
''', _s, "Particle Cloud API: flash a device (docs.particle.io/reference/cloud-apis/api)", k=_s)

_s = hexs(64)
add("rust/hmac-key", "gateway/src/signing.rs", r'''//! Readings leave the pedestal gateway signed so the billing service can reject forged kWh.
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

const READING_KEY: &str = "@@k@@";

pub fn sign_reading(site: &str, ts: i64, wh: u64) -> String {
    let mut mac = HmacSha256::new_from_slice(READING_KEY.as_bytes()).expect("any key length");
    mac.update(format!("{site}|{ts}|{wh}").as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_is_hex() {
        assert_eq!(sign_reading("C-17", 1_700_000_000, 4200).len(), 64);
    }
}
''', _s, "RustCrypto hmac crate: Hmac<Sha256>::new_from_slice", k=_s)

_s = hexs(32)
add("go/api-key", "cmd/modbus2dd/main.go", r'''package main

// modbus2dd polls the main service meters (Shark 200) and sends gauges to Datadog.

import (
	"context"
	"log"
	"time"

	"github.com/DataDog/datadog-api-client-go/v2/api/datadog"
	"github.com/DataDog/datadog-api-client-go/v2/api/datadogV2"
	"github.com/goburrow/modbus"
)

const ddAPIKey = "@@k@@"

func main() {
	handler := modbus.NewTCPClientHandler("10.0.20.41:502")
	handler.SlaveId = 1
	handler.Timeout = 5 * time.Second
	client := modbus.NewClient(handler)

	ctx := context.WithValue(context.Background(), datadog.ContextAPIKeys,
		map[string]datadog.APIKey{"apiKeyAuth": {Key: ddAPIKey}})
	api := datadogV2.NewMetricsApi(datadog.NewAPIClient(datadog.NewConfiguration()))

	for range time.Tick(time.Minute) {
		regs, err := client.ReadHoldingRegisters(1099, 2)
		if err != nil {
			log.Print(err)
			continue
		}
		kw := float64(uint32(regs[0])<<24|uint32(regs[1])<<16|uint32(regs[2])<<8|uint32(regs[3])) / 1000
		submit(ctx, api, "park.main_service.kw", kw)
	}
}
''', _s, "datadog-api-client-go ContextAPIKeys apiKeyAuth", k=_s)

_s = mixed(32)
add("lua/api-key", "openwrt/files/usr/lib/lua/pedestal/report.lua", r'''-- Runs on the GL.iNet hub in each loop's electrical cabinet; reports breaker states.
local http = require("luci.httpclient")
local json = require("luci.jsonc")
local uci  = require("luci.model.uci").cursor()

local M = {}

local ENDPOINT = "https://ops.sandyshorescamping.com/api/breakers"
local API_KEY  = "@@k@@"

function M.report(states)
  local body = json.stringify({
    hub = uci:get("system", "@system[0]", "hostname"),
    breakers = states,
  })
  local code, resp = http.request_to_buffer(ENDPOINT, {
    method = "POST",
    body = body,
    headers = { ["Content-Type"] = "application/json", ["X-Api-Key"] = API_KEY },
  })
  return code, resp
end

return M
''', _s, "OpenWrt LuCI httpclient; API key header", k=_s)
# ===== gate and barrier controllers =================================================================

_s = mixed(40)
add("python/oauth-client-secret", "gate/brivo_sync.py", r'''"""Create Brivo mobile passes for arriving guests; revoke them at checkout + 2h."""
import os
import requests

BRIVO_AUTH = "https://auth.brivo.com/oauth/token"
BRIVO_API = "https://api.brivo.com/v1/api"
CLIENT_ID = "6c0b8e2f-pinecrest-gate"
CLIENT_SECRET = "@@k@@"
API_KEY = os.environ["BRIVO_API_KEY"]
GATE_GROUP_ID = 8812734


def token() -> str:
    r = requests.post(BRIVO_AUTH, timeout=20, auth=(CLIENT_ID, CLIENT_SECRET), data={
        "grant_type": "password",
        "username": os.environ["BRIVO_ADMIN_USER"],
        "password": os.environ["BRIVO_ADMIN_PASSWORD"],
    })
    r.raise_for_status()
    return r.json()["access_token"]


def add_guest(first: str, last: str, email: str) -> int:
    headers = {"Authorization": f"Bearer {token()}", "api-key": API_KEY}
    user = requests.post(f"{BRIVO_API}/users", headers=headers, timeout=20,
                         json={"firstName": first, "lastName": last, "emails": [{"address": email}]}).json()
    requests.put(f"{BRIVO_API}/groups/{GATE_GROUP_ID}/users/{user['id']}", headers=headers, timeout=20)
    return user["id"]
''', _s, "Brivo API docs: OAuth token endpoint (client id/secret) and api-key header", k=_s)

_s = mixed(43, URLSAFE)
add("json/oauth-client-secret", "gate/pdk/config.production.json", r'''{
  "pdk": {
    "tokenUrl": "https://accounts.pdk.io/oauth2/token",
    "apiBase": "https://systems.pdk.io",
    "systemId": "1077AB3C9D",
    "clientId": "pinecrest-gate-bridge",
    "clientSecret": "@@k@@",
    "scopes": ["openid"]
  },
  "doors": {
    "frontGate": 1,
    "exitGate": 2,
    "poolGate": 5,
    "dumpStation": 7
  },
  "holderGroupForGuests": "Guests - current stay",
  "revokeAfterCheckoutMinutes": 120
}
''', _s, "ProdataKey pdk.io API: OAuth2 client credentials", k=_s)

_s = human_pw()
add("shell/basic-auth", "gate/open_gate.sh", r'''#!/bin/sh
# Pulse relay 1 on the ControlByWeb X-410 at the front gate (opens the LiftMaster operator).
# Called by the front desk "Open gate" button and by the after-hours phone menu.
GATE_HOST=10.0.5.20
GATE_USER=admin
GATE_PASS='@@k@@'

curl -fsS --max-time 5 -u "${GATE_USER}:${GATE_PASS}" \
  "http://${GATE_HOST}/state.xml?relay1=2&pulseTime1=1.5" >/dev/null \
  && logger -t gate "front gate pulsed by ${SUDO_USER:-$USER}" \
  || logger -t gate "front gate pulse FAILED"
''', _s, "ControlByWeb X-410 users manual: state.xml control with HTTP basic auth", k=_s)

_s = camp_pw()
add("powershell/password", "gate/Unlock-ArrivalGate.ps1", r'''<#
.SYNOPSIS
  Grants an arriving guest an Avigilon Alta (Openpath) mobile credential for the entry gate.
#>
param(
    [Parameter(Mandatory)] [string] $GuestEmail,
    [Parameter(Mandatory)] [datetime] $Departure
)

$OrgId    = 17342
$ApiBase  = "https://api.openpath.com"
$Login    = @{ email = "gate-bot@riverbendrv.com"; password = '@@k@@'; mfa = @{} } | ConvertTo-Json

$auth  = Invoke-RestMethod -Method Post -Uri "$ApiBase/auth/login" -Body $Login -ContentType "application/json"
$hdrs  = @{ Authorization = $auth.data.token }

$user = Invoke-RestMethod -Method Post -Uri "$ApiBase/orgs/$OrgId/users" -Headers $hdrs `
    -ContentType "application/json" -Body (@{ identity = @{ email = $GuestEmail } } | ConvertTo-Json)

$cred = @{ credentialTypeId = 1; mobile = @{ name = "Gate" }; endDate = $Departure.ToString("o") } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri "$ApiBase/orgs/$OrgId/users/$($user.data.id)/credentials" `
    -Headers $hdrs -ContentType "application/json" -Body $cred | Out-Null

Write-Host "Gate credential issued to $GuestEmail until $Departure"
''', _s, "Openpath (Avigilon Alta) API: POST /auth/login with email and password", k=_s)

add("powershell/decoy-secret-store", "gate/Revoke-DepartedGuests.ps1", r'''<#
.SYNOPSIS
  Nightly: revoke Openpath credentials of guests who departed. Credentials come from the
  SecretManagement vault on the office server, never from this script.
#>
Import-Module Microsoft.PowerShell.SecretManagement

$OrgId   = 17342
$ApiBase = "https://api.openpath.com"
$login   = Get-Secret -Name "OpenpathGateBot" -Vault "OfficeVault"   # PSCredential
$body    = @{
    email    = $login.UserName
    password = $login.GetNetworkCredential().Password
    mfa      = @{}
} | ConvertTo-Json

$token = (Invoke-RestMethod -Method Post -Uri "$ApiBase/auth/login" -Body $body -ContentType "application/json").data.token
$departed = Import-Csv "\\ofc-nas\exports\departed_$(Get-Date -Format yyyyMMdd).csv"

foreach ($guest in $departed) {
    Invoke-RestMethod -Method Delete -Uri "$ApiBase/orgs/$OrgId/users/$($guest.OpenpathUserId)" `
        -Headers @{ Authorization = $token } | Out-Null
}
''', None, "Microsoft.PowerShell.SecretManagement Get-Secret")

_s = human_pw()
add("javascript/password", "gate/myq-service/index.js", r'''// Opens the maintenance-yard LiftMaster (myQ) when the camp host's truck pulls up.
// Runs on the Pi next to the yard camera.
const { myQApi } = require("@hjdhjd/myq");
const mqtt = require("mqtt");

const MYQ_EMAIL = "maintenance@cottonwoodcove.com";
const MYQ_PASSWORD = "@@k@@";
const YARD_DOOR_SERIAL = "CG0846A2B91C";

const myq = new myQApi(MYQ_EMAIL, MYQ_PASSWORD);
const broker = mqtt.connect("mqtt://10.0.20.5");

broker.on("connect", () => broker.subscribe("lpr/yard/authorized"));

broker.on("message", async (_topic, msg) => {
  const { plate } = JSON.parse(msg.toString());
  await myq.refreshDevices();
  const door = myq.devices.find((d) => d.serial_number === YARD_DOOR_SERIAL);
  if (door && door.state.door_state === "closed") {
    await myq.execute(door, "open");
    console.log(`yard door opened for ${plate}`);
  }
});
''', _s, "@hjdhjd/myq (npm) myQApi(email, password)", k=_s)

_s = gallagher_key()
add("java/api-key", "gate/src/main/java/com/elkmeadow/gate/GallagherClient.java", r'''package com.elkmeadow.gate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Talks to Gallagher Command Centre REST API on the gatehouse server. */
public final class GallagherClient {

    private static final String BASE = "https://gatehouse.elkmeadow.local:8904/api";
    private static final String API_KEY = "@@k@@";

    private final HttpClient http = HttpClient.newBuilder().build();

    public String cardholder(String id) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/cardholders/" + id))
                .header("Authorization", "GGL-API-KEY " + API_KEY)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public void openGate(String doorHref) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(doorHref + "/open"))
                .header("Authorization", "GGL-API-KEY " + API_KEY)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
    }
}
''', _s, "Gallagher Command Centre REST API: Authorization: GGL-API-KEY", k=_s)

_s = gen_pw(20, "!#%-")
add("ansible/password", "ansible/roles/gate_pi/defaults/main.yml", r'''---
# Raspberry Pi that drives the gate relay board and the LPR camera bridge
gate_pi_hostname: gate-pi-01
gate_pi_timezone: America/Chicago
gate_pi_user: gatebot
gate_pi_user_password: "@@k@@"
gate_pi_relay_gpio:
  entry: 17
  exit: 27
gate_pi_pulse_ms: 1500
gate_pi_mqtt_host: 10.0.20.5
gate_pi_packages:
  - python3-gpiozero
  - mosquitto-clients
  - ffmpeg
''', _s, "Ansible role defaults; ansible.builtin.user password", k=_s)

add("ansible/decoy-vault", "ansible/group_vars/gate/vault.yml", r'''$ANSIBLE_VAULT;1.1;AES256
@@v1@@
@@v2@@
@@v3@@
@@v4@@
@@v5@@
@@v6@@
''', None, "ansible-vault encrypted file format ($ANSIBLE_VAULT;1.1;AES256)",
    v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(80), v5=hexs(80), v6=hexs(48))

_s = human_pw()
add("python/password", "gate/shelly_barrier.py", r'''"""Barrier arm at the dump station: a Shelly Plus 1 on the control circuit (RPC, digest auth)."""
import time

import requests
from requests.auth import HTTPDigestAuth

SHELLY = "http://10.0.5.31"
AUTH = HTTPDigestAuth("admin", "@@k@@")


def raise_arm(seconds: float = 20.0) -> None:
    requests.get(f"{SHELLY}/rpc/Switch.Set", params={"id": 0, "on": "true", "toggle_after": seconds},
                 auth=AUTH, timeout=5).raise_for_status()


def status() -> dict:
    return requests.get(f"{SHELLY}/rpc/Switch.GetStatus", params={"id": 0}, auth=AUTH, timeout=5).json()


if __name__ == "__main__":
    raise_arm()
    time.sleep(1)
    print(status())
''', _s, "Shelly Gen2 RPC API: digest authentication, Switch.Set", k=_s)

_s = hexs(32)
add("python/auth-token", "gate/sms_gate_code.py", r'''"""Text the guest their gate code the morning of arrival."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@k@@"
FROM_NUMBER = "+15415550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_gate_code(to: str, name: str, site: str, code: str) -> str:
    body = (f"Hi {name}! Welcome to Pinecrest RV. You're in site {site}. "
            f"Gate code: {code}#  Quiet hours 10pm-7am. Reply STOP to opt out.")
    message = client.messages.create(to=to, from_=FROM_NUMBER, body=body)
    return message.sid
''', _s, "Twilio Python helper library: Client(account_sid, auth_token)", k=_s, sid=hexs(32))

add("python/decoy-env-reference", "gate/sms_checkout_reminder.py", r'''"""Checkout-morning reminder SMS. Credentials come from the environment (systemd EnvironmentFile)."""
import os

from twilio.rest import Client

# Account SID is an identifier, not a secret; the auth token is read from the environment.
ACCOUNT_SID = "AC@@sid@@"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])
FROM_NUMBER = os.environ.get("TWILIO_FROM", "+15415550142")


def remind(to: str, name: str) -> None:
    client.messages.create(
        to=to, from_=FROM_NUMBER,
        body=f"Good morning {name}! Checkout is 11am. Drop your gate tag at the office. Safe travels!")
''', None, "Twilio: Account SID is an identifier; auth token from environment", sid=hexs(32))

_s = url_pw()
add("yaml/rtsp-password", "frigate/config.yml", r'''mqtt:
  host: 10.0.20.5
  topic_prefix: frigate

detectors:
  coral:
    type: edgetpu
    device: usb

cameras:
  entry_gate_lpr:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:@@k@@@10.0.6.12:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1920
      height: 1080
      fps: 5
    objects:
      track: [car, license_plate]
    record:
      enabled: true
      retain:
        days: 14
''', _s, "Frigate NVR configuration: ffmpeg inputs with RTSP credentials", k=_s)

add("yaml/decoy-env-substitution", "frigate/config.dev.yml", r'''mqtt:
  host: mqtt
  user: "{FRIGATE_MQTT_USER}"
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  exit_gate:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.0.6.13:554/Streaming/Channels/101
          roles: [detect]
    detect:
      width: 1280
      height: 720
''', None, "Frigate docs: environment variable substitution with {FRIGATE_*}")

_s = hexs(40)
add("python/api-token", "gate/lpr/plate_lookup.py", r'''"""Read plates from the entry camera snapshots with Plate Recognizer, match against arrivals."""
from pathlib import Path

import requests

PLATE_API = "https://api.platerecognizer.com/v1/plate-reader/"
PLATE_TOKEN = "@@k@@"


def read_plate(jpeg: Path) -> str | None:
    with jpeg.open("rb") as fp:
        resp = requests.post(PLATE_API, files={"upload": fp},
                             data={"regions": "us-tx", "camera_id": "entry-gate"},
                             headers={"Authorization": f"Token {PLATE_TOKEN}"}, timeout=15)
    resp.raise_for_status()
    results = resp.json().get("results", [])
    return results[0]["plate"].upper() if results else None
''', _s, "Plate Recognizer Snapshot API: Authorization: Token", k=_s)

_s = mixed(40)
add("systemd/api-token", "deploy/systemd/gate-kiosk.service", r'''[Unit]
Description=After-hours gate kiosk (keypad + intercom)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=gatebot
WorkingDirectory=/opt/gate-kiosk
Environment=GATE_API_URL=https://gate.lostpinesrv.com/api
Environment=GATE_API_TOKEN=@@k@@
Environment=KIOSK_ID=entry-01
ExecStart=/opt/gate-kiosk/venv/bin/python -m kiosk
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
''', _s, "systemd.exec(5) Environment= directive", k=_s)

add("systemd/decoy-environment-file", "deploy/systemd/gate-sync.service", r'''[Unit]
Description=Sync arrivals to the gate controller
After=network-online.target

[Service]
Type=oneshot
User=gatebot
# Holds BRIVO_API_KEY, BRIVO_CLIENT_SECRET, NEWBOOK_PASSWORD; mode 0600, provisioned by Ansible
EnvironmentFile=/etc/gate-sync/credentials.env
LoadCredential=pdk-secret:/etc/gate-sync/pdk-client-secret
ExecStart=/opt/gate-sync/venv/bin/python -m gate_sync --since yesterday
''', None, "systemd.exec(5) EnvironmentFile= and LoadCredential=")

add("yaml/decoy-vault-lookup", "gate/brivo.settings.yml", r'''brivo:
  auth_url: https://auth.brivo.com/oauth/token
  api_url: https://api.brivo.com/v1/api
  client_id: 6c0b8e2f-pinecrest-gate
  client_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/gate/brivo:client_secret') }}"
  api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/gate/brivo:api_key') }}"
  groups:
    guests_current_stay: 8812734
    seasonal_staff: 8812735
    vendors: 8812736
''', None, "community.hashi_vault lookup plugin docs")

add("python/decoy-env-reference", "gate/pdk_webhook.py", r'''"""Receives pdk.io door events (forced open, held open) and pages the night host."""
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["PDK_WEBHOOK_SECRET"].encode()


@app.post("/pdk/events")
def events():
    sent = request.headers.get("X-PDK-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        abort(401)
    event = request.get_json()
    if event.get("type") in {"door.forced", "door.held"}:
        page_night_host(event["doorName"], event["type"])
    return "", 204
''', None, "HMAC webhook verification with a key from the environment")
# ===== guest Wi-Fi and park network =================================================================

_s = gen_pw(24, "-_.")
add("routeros/radius-secret", "network/mikrotik/ccr-core-2024-03.rsc", r'''# 2024-03-02 08:14:55 by RouterOS 7.13.5
# software id = 7KQ2-3XZD
#
# model = CCR2004-1G-12S+2XS
# serial number = HE70A1B2C3D
/interface bridge
add name=br-guest
add name=br-infra
/interface vlan
add interface=sfp-sfpplus1 name=vlan20-infra vlan-id=20
add interface=sfp-sfpplus1 name=vlan30-guest vlan-id=30
/ip pool
add name=guest-pool ranges=10.30.0.10-10.30.15.250
/ip hotspot profile
add dns-name=wifi.pinecrestrv.com hotspot-address=10.30.0.1 login-by=http-chap,https name=guest-hs use-radius=yes
/ip hotspot
add address-pool=guest-pool interface=br-guest name=guest profile=guest-hs
/radius
add address=10.20.0.10 secret=@@k@@ service=hotspot timeout=3s
/radius incoming
set accept=yes
/ip firewall nat
add action=masquerade chain=srcnat out-interface=ether1-wan
/system identity
set name=pinecrest-core
''', _s, "MikroTik RouterOS manual: /radius add secret=, Hotspot with RADIUS", k=_s)

_s = phrase()
add("routeros/wifi-psk", "network/mikrotik/office-hap-ax3.rsc", r'''# 2024-04-18 16:40:03 by RouterOS 7.14.2
# software id = Q9WD-1AXN
#
# model = C53UiG+5HPaxD2HPaxD
/interface bridge
add admin-mac=48:A9:8A:11:22:33 auto-mac=no name=bridge
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=office-sec passphrase="@@k@@"
/interface wifi
set [ find default-name=wifi1 ] configuration.mode=ap .ssid=Pinecrest-Office security=office-sec
set [ find default-name=wifi2 ] configuration.mode=ap .ssid=Pinecrest-Office security=office-sec
/ip address
add address=192.168.88.1/24 interface=bridge network=192.168.88.0
/ip dhcp-server network
add address=192.168.88.0/24 dns-server=192.168.88.1 gateway=192.168.88.1
/system identity
set name=office-hap
''', _s, "MikroTik RouterOS WiFi (wifi package) security profile passphrase", k=_s)

add("routeros/decoy-hidden-sensitive", "network/mikrotik/bathhouse-cap.rsc", r'''# 2024-05-01 09:02:11 by RouterOS 7.14.3
# software id = 2MZR-77TA
#
# model = cAPGi-5HaxD2HaxD
# (exported without show-sensitive: passphrases and RADIUS secrets are not in this file)
/interface wifi
set [ find default-name=wifi1 ] configuration.manager=capsman disabled=no
set [ find default-name=wifi2 ] configuration.manager=capsman disabled=no
/interface wifi cap
set caps-man-addresses=10.20.0.1 discovery-interfaces=ether1 enabled=yes
/ip dhcp-client
add interface=ether1
/system identity
set name=cap-bathhouse-north
/system note
set note="Managed by CAPsMAN on pinecrest-core. Guest SSID is open with hotspot login."
''', None, "RouterOS /export hides sensitive values unless show-sensitive is given")

_s = gen_pw(22, "-_")
add("freeradius/radius-secret", "network/freeradius/clients.conf", r'''# FreeRADIUS clients for guest Wi-Fi (UniFi APs on each loop, MikroTik hotspot)

client localhost {
	ipaddr = 127.0.0.1
	secret = testing123
	nas_type = other
}

client loop-aps {
	ipaddr = 10.30.0.0/20
	secret = @@k@@
	shortname = loop-aps
	nas_type = other
	require_message_authenticator = yes
}

client mikrotik-core {
	ipaddr = 10.20.0.1
	secret = $ENV{RADIUS_SECRET_CORE}
	shortname = ccr-core
}
''', _s, "FreeRADIUS clients.conf (secret =), raddb default localhost client", k=_s)

add("freeradius/decoy-env-reference", "network/freeradius/clients.d/docker.conf", r'''# Clients for the containerised FreeRADIUS used in the staging lab.
# Secrets are injected at container start; see compose.yml (secrets: radius_*).

client staging-aps {
	ipaddr = 172.28.0.0/16
	secret = $ENV{RADIUS_SECRET_STAGING}
	shortname = staging-aps
	nas_type = other
}

client hotspot-sim {
	ipaddr = 172.28.5.10
	secret = $ENV{RADIUS_SECRET_HOTSPOT_SIM}
	shortname = hotspot-sim
}
''', None, "FreeRADIUS configuration: $ENV{VAR} expansion")

_s = gen_pw(20, "-_")
add("json/radius-secret", "network/unifi/sites/default/config.gateway.json", r'''{
  "service": {
    "dns": {
      "forwarding": {
        "options": [
          "host-record=wifi.elkmeadowrv.com,10.30.0.1"
        ]
      }
    }
  },
  "vpn": {
    "l2tp": {
      "remote-access": {
        "authentication": {
          "mode": "radius",
          "radius-server": {
            "10.20.0.10": {
              "key": "@@k@@"
            }
          }
        }
      }
    }
  }
}
''', _s, "UniFi USG config.gateway.json advanced configuration (help.ui.com)", k=_s)

_s = human_pw()
add("toml/password", "monitoring/unpoller/up.conf", r'''# unpoller -> Prometheus: AP client counts per loop for the "Wi-Fi is slow" complaints
[poller]
  debug = false
  quiet = false

[prometheus]
  disable = false
  http_listen = "0.0.0.0:9130"

[influxdb]
  disable = true

[unifi.defaults]
  url = "https://10.20.0.2:8443"
  user = "unifipoller"
  pass = "@@k@@"
  sites = ["all"]
  save_dpi = false
  verify_ssl = false
''', _s, "unpoller up.conf: unifi.defaults user/pass (unpoller.com/docs)", k=_s)

_s = phrase()
add("uci/wifi-psk", "network/openwrt/store-ap/etc/config/wireless", r'''
config wifi-device 'radio0'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi'
	option channel '6'
	option band '2g'
	option htmode 'HE20'
	option country 'US'

config wifi-iface 'store'
	option device 'radio0'
	option network 'store'
	option mode 'ap'
	option ssid 'CampStore-POS'
	option encryption 'psk2+ccmp'
	option key '@@k@@'
	option hidden '1'

config wifi-iface 'guest'
	option device 'radio0'
	option network 'guest'
	option mode 'ap'
	option ssid 'Lakeside Guest WiFi'
	option encryption 'none'
	option isolate '1'
''', _s, "OpenWrt UCI wireless configuration: option key for psk2", k=_s)

add("uci/decoy-redacted", "network/openwrt/gatehouse-ap/etc/config/wireless", r'''# Copied from the gatehouse AP for the wiki. Key removed before committing.
config wifi-device 'radio1'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi+1'
	option channel '36'
	option band '5g'
	option htmode 'HE80'

config wifi-iface 'gate'
	option device 'radio1'
	option network 'gate'
	option mode 'ap'
	option ssid 'Gatehouse'
	option encryption 'sae-mixed'
	option key '<redacted - see 1Password: Gatehouse Wi-Fi>'
''', None, "OpenWrt wireless config, key redacted")

_s = mixed(32)
add("uci/shared-secret", "network/openwrt/hotspot-gw/etc/config/opennds", r'''config opennds
	option enabled '1'
	option fwhook_enabled '1'
	option debuglevel '1'
	option gatewayinterface 'br-guest'
	option gatewayname 'Riverbend RV Guest Wi-Fi'
	option login_option_enabled '0'
	option fasport '443'
	option fasremotefqdn 'portal.riverbendrv.com'
	option faspath '/opennds/fas-aes-https.php'
	option fas_secure_enabled '3'
	option faskey '@@k@@'
	option sessiontimeout '1440'
	option preauthidletimeout '30'
''', _s, "openNDS documentation: FAS (Forwarding Authentication Service) faskey", k=_s)

_s = camp_pw()
add("hostapd/wifi-psk", "network/bathhouse-pi/hostapd.conf", r'''# Access point on the bathhouse Pi for the shower token readers (2.4 GHz only, hidden)
interface=wlan0
driver=nl80211
ssid=bh-tokens
hw_mode=g
channel=11
country_code=US
ieee80211n=1
wmm_enabled=1
ignore_broadcast_ssid=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@k@@
''', _s, "hostapd.conf(5) wpa_passphrase", k=_s)

_s = human_pw()
add("wpa-supplicant/wifi-psk", "firmware/pedestal-gw/rootfs/etc/wpa_supplicant/wpa_supplicant.conf", r'''ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# Uplink from the row-F pedestal gateway to the back-loop AP
network={
	ssid="CCV-Infra-Back"
	psk="@@k@@"
	key_mgmt=WPA-PSK
	priority=10
}
''', _s, "wpa_supplicant.conf(5) network block psk", k=_s)

add("wpa-supplicant/decoy-template", "firmware/pedestal-gw/rootfs/etc/wpa_supplicant/wpa_supplicant.conf.tmpl", r'''ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# Rendered at first boot by /usr/local/sbin/provision-wifi from the SD card's
# /boot/wifi.json (written by the installer, deleted after use).
network={
	ssid="__WIFI_SSID__"
	psk="__WIFI_PSK__"
	key_mgmt=WPA-PSK
}
''', None, "template placeholders rendered at provisioning")

_s = human_pw()
add("cisco-ios/password", "network/cisco/store-switch.cfg", r'''!
version 15.2
service timestamps debug datetime msec
service timestamps log datetime msec
no service password-encryption
!
hostname campstore-sw01
!
username netadmin privilege 15 password 0 @@k@@
!
ip domain-name elkmeadowrv.local
!
interface GigabitEthernet0/1
 description POS-register-1
 switchport access vlan 40
 switchport mode access
 spanning-tree portfast
!
interface GigabitEthernet0/2
 description POS-register-2
 switchport access vlan 40
 switchport mode access
!
interface Vlan40
 ip address 10.40.0.2 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh
!
end
''', _s, "Cisco IOS configuration: username ... password 0 (cleartext)", k=_s)

add("cisco-ios/decoy-password-hash", "network/cisco/gatehouse-switch.cfg", r'''!
version 15.2
service password-encryption
!
hostname gatehouse-sw01
!
enable secret 9 $9$@@e1@@$@@e2@@
username netadmin privilege 15 secret 9 $9$@@u1@@$@@u2@@
!
snmp-server community public RO 10
snmp-server location Gatehouse rack
!
interface GigabitEthernet0/1
 description LPR-camera
 switchport access vlan 60
!
line vty 0 4
 login local
 transport input ssh
!
end
''', None, "Cisco IOS type 9 (scrypt) secrets are one-way hashes",
    e1=draw(14, ALNUM + "./"), e2=draw(43, ALNUM + "./"), u1=draw(14, ALNUM + "./"), u2=draw(43, ALNUM + "./"))

_s = hexs(40)
add("python/api-key", "network/meraki/guest_ssid_report.py", r'''"""Weekly guest Wi-Fi usage per loop (Meraki MR APs), mailed to the park manager."""
import meraki

API_KEY = "@@k@@"
ORG_ID = "549236"
NETWORK_ID = "L_646829496481105433"

dashboard = meraki.DashboardAPI(API_KEY, output_log=False, suppress_logging=True)

usage = dashboard.wireless.getNetworkWirelessUsageHistory(
    NETWORK_ID, timespan=7 * 86400, resolution=86400, ssid=1)
clients = dashboard.networks.getNetworkClients(NETWORK_ID, timespan=7 * 86400, perPage=1000, total_pages="all")

by_ap = {}
for c in clients:
    by_ap.setdefault(c.get("recentDeviceName") or "unknown", 0)
    by_ap[c.get("recentDeviceName") or "unknown"] += 1

for ap, count in sorted(by_ap.items()):
    print(f"{ap:30} {count:5}")
print("total MB:", sum(u["totalKbps"] for u in usage) // 8 // 1024)
''', _s, "Meraki Dashboard API Python library (meraki.DashboardAPI(api_key))", k=_s)

add("yaml/decoy-ids", "network/meraki/inventory.yml", r'''# Meraki inventory: identifiers only (the API key is in the NetOps vault)
organization:
  id: "549236"
  name: Elk Meadow RV Resort
networks:
  - id: L_646829496481105433
    name: Park - Wireless
    product_types: [wireless]
  - id: N_646829496481152010
    name: Office - Appliance
    product_types: [appliance]
devices:
  - serial: Q3AC-7XYZ-2K9P
    model: MR46
    name: ap-loop-a
  - serial: Q3AC-8HJD-4N2M
    model: MR46
    name: ap-loop-b
  - serial: Q2QN-9L3D-77TR
    model: MX68
    name: office-mx
''', None, "Meraki organization/network IDs and serials are identifiers")

_s = hexs(40)
add("shell/api-key", "network/cradlepoint/reboot_loop_router.sh", r'''#!/usr/bin/env bash
# Reboot the cellular backup router on a loop via NetCloud Manager API v2.
set -euo pipefail
ROUTER_ID="${1:?router id}"

X_CP_API_ID="${NCM_CP_API_ID}"
X_CP_API_KEY="${NCM_CP_API_KEY}"
X_ECM_API_ID="@@id@@"
X_ECM_API_KEY="@@k@@"

curl -sS -X PUT "https://www.cradlepointecm.com/api/v2/routers/${ROUTER_ID}/" \
  -H "X-CP-API-ID: ${X_CP_API_ID}" \
  -H "X-CP-API-KEY: ${X_CP_API_KEY}" \
  -H "X-ECM-API-ID: ${X_ECM_API_ID}" \
  -H "X-ECM-API-KEY: ${X_ECM_API_KEY}" \
  -H "Content-Type: application/json" \
  -d '{"actions": ["reboot"]}'
''', _s, "Cradlepoint NetCloud Manager API v2 authentication headers", k=_s, id=uuid_s())

_s = mixed(32)
add("python/oauth-client-secret", "network/peplink/wan_health.py", r'''"""Poll InControl2 for Starlink/cellular WAN status on the Peplink at each bathhouse."""
import requests

IC2 = "https://api.ic.peplink.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@k@@"
ORG_ID = "a3KtRq"


def token() -> str:
    r = requests.post(f"{IC2}/api/oauth2/token", timeout=20, data={
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "client_credentials"})
    r.raise_for_status()
    return r.json()["access_token"]


def wan_status():
    t = token()
    devices = requests.get(f"{IC2}/rest/o/{ORG_ID}/d", params={"access_token": t}, timeout=20).json()
    for d in devices["response"]:
        print(d["name"], d["status"], [w["name"] + ":" + w["status"] for w in d.get("wan_interfaces", [])])


wan_status()
''', _s, "Peplink InControl2 API: OAuth2 client credentials", k=_s, cid=hexs(32))

_s = gen_pw(20, "-_")
add("xml/radius-secret", "network/pfsense/config-captiveportal.xml", r'''<?xml version="1.0"?>
<pfsense>
	<version>22.2</version>
	<captiveportal>
		<guestwifi>
			<zone>guestwifi</zone>
			<zoneid>2</zoneid>
			<interface>opt2</interface>
			<enable></enable>
			<idletimeout>60</idletimeout>
			<timeout>1440</timeout>
			<auth_method>radius</auth_method>
			<radius_protocol>PAP</radius_protocol>
			<radiusip>10.20.0.10</radiusip>
			<radiusport>1812</radiusport>
			<radiuskey>@@k@@</radiuskey>
			<radiussession_timeout></radiussession_timeout>
			<page>
				<htmltext>PGh0bWw+PGJvZHk+V2VsY29tZSB0byBDZWRhciBIb2xsb3c8L2JvZHk+PC9odG1sPg==</htmltext>
			</page>
		</guestwifi>
	</captiveportal>
</pfsense>
''', _s, "pfSense config.xml captive portal zone (radiuskey)", k=_s)

add("xml/decoy-password-hash", "network/pfsense/config-users.xml", r'''<?xml version="1.0"?>
<pfsense>
	<system>
		<hostname>fw-office</hostname>
		<domain>cedarhollow.local</domain>
		<user>
			<name>admin</name>
			<descr><![CDATA[System Administrator]]></descr>
			<scope>system</scope>
			<groupname>admins</groupname>
			<bcrypt-hash>@@h1@@</bcrypt-hash>
			<uid>0</uid>
		</user>
		<user>
			<name>frontdesk</name>
			<scope>user</scope>
			<bcrypt-hash>@@h2@@</bcrypt-hash>
			<uid>2000</uid>
			<priv>page-status-captiveportal</priv>
		</user>
	</system>
</pfsense>
''', None, "pfSense config.xml stores user passwords as bcrypt-hash", h1=bcrypt_hash(), h2=bcrypt_hash())

_s = gen_pw(28, "-_")
add("edgeos/preshared-key", "network/edgerouter/config.boot", r'''firewall {
    all-ping enable
    broadcast-ping disable
}
interfaces {
    ethernet eth0 {
        address dhcp
        description "Starlink"
    }
    ethernet eth1 {
        address 10.50.0.1/24
        description "Bathhouse + laundry"
    }
}
vpn {
    ipsec {
        site-to-site {
            peer 203.0.113.44 {
                authentication {
                    mode pre-shared-secret
                    pre-shared-secret @@k@@
                }
                connection-type initiate
                ike-group FOO0
                local-address any
                tunnel 1 {
                    esp-group FOO0
                    local {
                        prefix 10.50.0.0/24
                    }
                    remote {
                        prefix 10.20.0.0/16
                    }
                }
            }
        }
    }
}
''', _s, "EdgeOS IPsec site-to-site pre-shared-secret (help.ui.com)", k=_s)

add("edgeos/decoy-password-hash", "network/edgerouter/config.system.boot", r'''system {
    host-name er-bathhouse
    login {
        user ubnt-admin {
            authentication {
                encrypted-password @@h@@
                plaintext-password ""
            }
            level admin
        }
    }
    ntp {
        server 0.ubnt.pool.ntp.org {
        }
    }
    time-zone America/Chicago
}
''', None, "EdgeOS stores login passwords as SHA-512 crypt (encrypted-password)", h=sha512_crypt())

_s = camp_pw()
add("toml/snmp-password", "telegraf/telegraf.d/wifi_aps.conf", r'''# SNMPv3 polling of the loop APs and the hotspot gateway
[[inputs.snmp]]
  agents = ["udp://10.30.0.2:161", "udp://10.30.0.3:161", "udp://10.30.0.4:161"]
  version = 3
  sec_name = "telegraf"
  auth_protocol = "SHA"
  auth_password = "@@k@@"
  sec_level = "authPriv"
  priv_protocol = "AES"
  priv_password = "$SNMP_PRIV_PASSWORD"

  [[inputs.snmp.field]]
    name = "hostname"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

  [[inputs.snmp.table]]
    name = "wifi_clients"
    oid = "IF-MIB::ifTable"
''', _s, "Telegraf inputs.snmp SNMPv3 auth_password", k=_s)

_s = mixed(32)
add("yaml/oauth-client-secret", "network/cnmaestro/export-config.yaml", r'''# cnMaestro X API client for the PTP/PMP backhaul to the far loops (Cambium ePMP)
cnmaestro:
  base_url: https://us-e1-s12-8f2c1a.cloud.cambiumnetworks.com/api/v2
  client_id: @@cid@@
  client_secret: @@k@@
  account: cedar-hollow-campground
export:
  metrics: [rssi, snr, dl_throughput, ul_throughput]
  devices:
    - name: bh-north-sm
      mac: 00:04:56:A1:B2:C3
    - name: loop-d-sm
      mac: 00:04:56:A1:B2:D7
  interval: 300
''', _s, "Cambium cnMaestro API: client credentials (client_id / client_secret)", k=_s, cid=mixed(16))
# ===== camp store point of sale =====================================================================

_s = square_token()
add("typescript/access-token", "store-web/src/app/api/orders/route.ts", r'''// Firewood / ice pre-order: guests pay online, the store delivers to the site.
import { NextResponse } from "next/server";
import { Client, Environment } from "square";
import { randomUUID } from "crypto";

const square = new Client({
  environment: Environment.Production,
  accessToken: "@@k@@",
});

const LOCATION_ID = "L8Q3XR4T0M2ZB";

export async function POST(req: Request) {
  const { site, items, sourceId } = await req.json();
  const { result: order } = await square.ordersApi.createOrder({
    idempotencyKey: randomUUID(),
    order: {
      locationId: LOCATION_ID,
      lineItems: items.map((i: { catalogId: string; qty: number }) => ({
        catalogObjectId: i.catalogId,
        quantity: String(i.qty),
      })),
      fulfillments: [{ type: "DELIVERY", deliveryDetails: { note: `Site ${site}` } }],
    },
  });
  const { result: payment } = await square.paymentsApi.createPayment({
    idempotencyKey: randomUUID(),
    sourceId,
    orderId: order.order?.id,
    amountMoney: order.order?.totalMoney,
  });
  return NextResponse.json({ status: payment.payment?.status });
}
''', _s, "Square Node.js SDK Client({accessToken}); Square access tokens (EAAA...)", k=_s)

add("typescript/decoy-public-id", "store-web/src/lib/squarePayments.ts", r'''// Browser side of the Web Payments SDK: application and location ids are public by design.
import { payments } from "@square/web-sdk";

export const SQUARE_APP_ID = "sq0idp-@@app@@";
export const SQUARE_LOCATION_ID = "L8Q3XR4T0M2ZB";

export async function mountCard(selector: string) {
  const p = await payments(SQUARE_APP_ID, SQUARE_LOCATION_ID);
  if (!p) throw new Error("Square payments failed to load");
  const card = await p.card();
  await card.attach(selector);
  return card;
}

export async function tokenize(card: { tokenize: () => Promise<{ status: string; token?: string }> }) {
  const result = await card.tokenize();
  if (result.status !== "OK" || !result.token) throw new Error(`tokenize failed: ${result.status}`);
  return result.token;
}
''', None, "Square Web Payments SDK: application ID and location ID are used in the browser", app=mixed(22, URLSAFE))

_s = uuid_s()
add("python/api-token", "store/clover_daily_sales.py", r'''"""Daily camp store sales from Clover, by category, for the manager's morning email."""
import datetime as dt
from collections import Counter

import requests

MERCHANT_ID = "QX4B7C2N1KZ81"
CLOVER_TOKEN = "@@k@@"
BASE = f"https://api.clover.com/v3/merchants/{MERCHANT_ID}"


def orders_for(day: dt.date):
    start = int(dt.datetime.combine(day, dt.time.min).timestamp() * 1000)
    end = start + 86_400_000
    resp = requests.get(f"{BASE}/orders", timeout=30,
                        headers={"Authorization": f"Bearer {CLOVER_TOKEN}"},
                        params={"filter": [f"createdTime>={start}", f"createdTime<{end}"],
                                "expand": "lineItems", "limit": 1000})
    resp.raise_for_status()
    return resp.json()["elements"]


totals = Counter()
for order in orders_for(dt.date.today() - dt.timedelta(days=1)):
    for item in order.get("lineItems", {}).get("elements", []):
        totals[item.get("name", "?")] += item.get("price", 0) / 100
for name, amount in totals.most_common(15):
    print(f"{name:32} ${amount:8.2f}")
''', _s, "Clover REST API: Authorization: Bearer <API token>", k=_s)

_s = shopify_token()
add("javascript/access-token", "store/shopify/sync-inventory.mjs", r'''// Keeps the online store's camp merch stock in step with the counter (Lightspeed export CSV).
import fs from "node:fs/promises";

const SHOP = "lakeside-camp-store.myshopify.com";
const ADMIN_TOKEN = "@@k@@";
const LOCATION_ID = "gid://shopify/Location/71234567890";

async function gql(query, variables) {
  const res = await fetch(`https://${SHOP}/admin/api/2024-04/graphql.json`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": ADMIN_TOKEN },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const csv = await fs.readFile(process.argv[2] ?? "counter-stock.csv", "utf8");
const changes = csv.trim().split("\n").slice(1).map((line) => {
  const [inventoryItemId, available] = line.split(",");
  return { inventoryItemId: `gid://shopify/InventoryItem/${inventoryItemId}`, locationId: LOCATION_ID, quantity: Number(available) };
});

const out = await gql(
  `mutation($input: InventorySetOnHandQuantitiesInput!) {
     inventorySetOnHandQuantities(input: $input) { userErrors { field message } }
   }`,
  { input: { reason: "correction", setQuantities: changes } },
);
console.log(JSON.stringify(out.data, null, 2));
''', _s, "Shopify Admin API: X-Shopify-Access-Token (shpat_ custom app tokens)", k=_s)

add("liquid/decoy-public-token", "store/shopify/theme/snippets/storefront-config.liquid", r'''{% comment %}
  Storefront API public access token: meant for the browser (unauthenticated scopes only).
  Used by the "Add firewood to your reservation" widget on the booking confirmation page.
{% endcomment %}
<script>
  window.campStore = {
    shop: "lakeside-camp-store.myshopify.com",
    storefrontToken: "@@t@@",
    apiVersion: "2024-04",
    currency: {{ shop.currency | json }},
    firewoodVariant: "gid://shopify/ProductVariant/44012345678901"
  };
</script>
''', None, "Shopify Storefront API: public access tokens are for client-side use", t=hexs(32))

_s = mixed(40)
add("python/oauth-client-secret", "store/lightspeed/oauth_refresh.py", r'''"""Refresh the Lightspeed Retail (R-Series) access token used by the nightly stock export."""
import json
from pathlib import Path

import requests

TOKEN_URL = "https://cloud.lightspeedapp.com/auth/oauth/token"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@k@@"
STATE = Path("/var/lib/store-export/lightspeed.json")


def refresh() -> str:
    state = json.loads(STATE.read_text())
    resp = requests.post(TOKEN_URL, timeout=20, data={
        "grant_type": "refresh_token",
        "refresh_token": state["refresh_token"],
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    })
    resp.raise_for_status()
    body = resp.json()
    state.update(access_token=body["access_token"], refresh_token=body.get("refresh_token", state["refresh_token"]))
    STATE.write_text(json.dumps(state))
    return body["access_token"]
''', _s, "Lightspeed Retail API OAuth: refresh_token grant with client_id/client_secret", k=_s, cid=hexs(64))

_s = mixed(16)
add("php/transaction-key", "store-web/gift-cards/charge.php", r'''<?php
// Gift certificates for the camp store (Authorize.Net Accept.js token -> charge)
require __DIR__ . '/../vendor/autoload.php';

use net\authorize\api\contract\v1 as AnetAPI;
use net\authorize\api\controller as AnetController;

const ANET_LOGIN_ID = '7xQ3bN9mK2';
const ANET_TRANSACTION_KEY = '@@k@@';

$merchant = new AnetAPI\MerchantAuthenticationType();
$merchant->setName(ANET_LOGIN_ID);
$merchant->setTransactionKey(ANET_TRANSACTION_KEY);

$opaque = new AnetAPI\OpaqueDataType();
$opaque->setDataDescriptor($_POST['dataDescriptor']);
$opaque->setDataValue($_POST['dataValue']);

$payment = new AnetAPI\PaymentType();
$payment->setOpaqueData($opaque);

$tx = new AnetAPI\TransactionRequestType();
$tx->setTransactionType('authCaptureTransaction');
$tx->setAmount(number_format((float) $_POST['amount'], 2, '.', ''));
$tx->setPayment($payment);

$request = new AnetAPI\CreateTransactionRequest();
$request->setMerchantAuthentication($merchant);
$request->setTransactionRequest($tx);

$controller = new AnetController\CreateTransactionController($request);
$response = $controller->executeWithApiResponse(\net\authorize\api\constants\ANetEnvironment::PRODUCTION);
echo json_encode(['ok' => $response->getMessages()->getResultCode() === 'Ok']);
''', _s, "Authorize.Net PHP SDK: MerchantAuthenticationType name + transactionKey", k=_s)

_s = braintree_token()
add("ruby/access-token", "store-web/app/services/braintree_gateway.rb", r'''# frozen_string_literal: true

# Camp store online orders (PayPal via Braintree). Gateway built from an access token.
class BraintreeGateway
  ACCESS_TOKEN = "@@k@@"

  def self.instance
    @instance ||= Braintree::Gateway.new(access_token: ACCESS_TOKEN)
  end

  def self.charge(nonce:, amount:, order_id:)
    result = instance.transaction.sale(
      amount: format("%.2f", amount),
      payment_method_nonce: nonce,
      order_id: order_id,
      options: { submit_for_settlement: true }
    )
    raise PaymentError, result.message unless result.success?

    result.transaction.id
  end
end
''', _s, "Braintree Ruby SDK: Gateway.new(access_token:) (access_token$production$...)", k=_s)

_s = paypal_secret()
add("dotenv/oauth-client-secret", "store-web/.env", r'''APP_ENV=production
APP_URL=https://shop.sandyshorescamping.com
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=@@cid@@
PAYPAL_CLIENT_SECRET=@@k@@
PAYPAL_WEBHOOK_ID=4JH86294D6297924G
SHIPPING_FLAT_RATE=7.95
PICKUP_AT_OFFICE=true
''', _s, "PayPal REST API credentials (client ID and secret)", k=_s, cid=paypal_client_id())

add("html/decoy-public-id", "store-web/public/checkout.html", r'''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Checkout - Sandy Shores Camp Store</title>
  <!-- PayPal JS SDK: the client-id is public -->
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&intent=capture"></script>
  <!-- Google tag (gtag.js) -->
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XZ1B"></script>
</head>
<body>
  <h1>Camp store checkout</h1>
  <div id="paypal-button-container"></div>
  <script>
    paypal.Buttons({
      createOrder: () => fetch("/api/orders", { method: "POST" }).then((r) => r.json()).then((o) => o.id),
      onApprove: (data) => fetch(`/api/orders/${data.orderID}/capture`, { method: "POST" })
    }).render("#paypal-button-container");
  </script>
</body>
</html>
''', None, "PayPal JavaScript SDK script tag: client-id is public", cid=paypal_client_id())

_s = mixed(40)
add("python/oauth-client-secret", "finance/qbo_daily_journal.py", r'''"""Post the daily sales summary (sites, store, showers, laundry) to QuickBooks Online."""
from intuitlib.client import AuthClient
from quickbooks import QuickBooks
from quickbooks.objects.journalentry import JournalEntry

auth_client = AuthClient(
    client_id="@@cid@@",
    client_secret="@@k@@",
    environment="production",
    redirect_uri="https://ops.cedarhollowcampground.com/qbo/callback",
)


def post_journal(refresh_token: str, realm_id: str, lines: list) -> str:
    auth_client.refresh(refresh_token=refresh_token)
    qb = QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token, company_id=realm_id)
    entry = JournalEntry()
    entry.Line = lines
    entry.PrivateNote = "Daily close (auto)"
    entry.save(qb=qb)
    return entry.Id
''', _s, "Intuit OAuth Python client AuthClient(client_id, client_secret)", k=_s, cid="AB" + mixed(48))

_s = hexs(32)
add("ruby/api-token", "store/lib/sales_tax.rb", r'''# frozen_string_literal: true

require "taxjar"

# Camp store online orders ship firewood bundles and merch; TaxJar figures the sales tax.
module SalesTax
  CLIENT = Taxjar::Client.new(api_key: "@@k@@")
  NEXUS = { from_country: "US", from_zip: "54961", from_state: "WI", from_city: "New London" }.freeze

  def self.for_order(order)
    CLIENT.tax_for_order(NEXUS.merge(
      to_country: "US",
      to_zip: order.ship_zip,
      to_state: order.ship_state,
      amount: order.subtotal,
      shipping: order.shipping,
      line_items: order.items.map { |i| { quantity: i.qty, unit_price: i.price, product_tax_code: i.tax_code } }
    )).amount_to_collect
  end
end
''', _s, "TaxJar Ruby client: Taxjar::Client.new(api_key:)", k=_s)

_s = hexs(32)
add("apps-script/api-token", "store/apps-script/LoyverseSync.gs", r'''/**
 * Camp store: pulls yesterday's Loyverse receipts into the "Store sales" Google Sheet.
 * Trigger: daily, 5-6am.
 */
var LOYVERSE_TOKEN = '@@k@@';
var SHEET_ID = '1mQ4kVw0bXq9JtYzR2pLs8NfH3cD7eGaU5oWiKjTnB6E';

function syncReceipts() {
  var since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  var url = 'https://api.loyverse.com/v1.0/receipts?limit=250&created_at_min=' + encodeURIComponent(since);
  var resp = UrlFetchApp.fetch(url, {
    headers: { Authorization: 'Bearer ' + LOYVERSE_TOKEN },
    muteHttpExceptions: true
  });
  var receipts = JSON.parse(resp.getContentText()).receipts || [];
  var sheet = SpreadsheetApp.openById(SHEET_ID).getSheetByName('Receipts');
  receipts.forEach(function (r) {
    sheet.appendRow([r.receipt_number, r.created_at, r.total_money, r.payments.map(function (p) { return p.name; }).join('+')]);
  });
}
''', _s, "Loyverse API: Bearer access token; Google Apps Script UrlFetchApp", k=_s)

add("apps-script/decoy-script-properties", "store/apps-script/ShowerTokenSales.gs", r'''/**
 * Shower token sales from the store POS into the bathhouse tab.
 * The token is kept in Script Properties (Project Settings), never in code.
 */
function syncTokenSales() {
  var props = PropertiesService.getScriptProperties();
  var token = props.getProperty('LOYVERSE_TOKEN');
  if (!token) {
    throw new Error('Set LOYVERSE_TOKEN in Project Settings > Script Properties');
  }
  var resp = UrlFetchApp.fetch('https://api.loyverse.com/v1.0/receipts?limit=100', {
    headers: { Authorization: 'Bearer ' + token }
  });
  var receipts = JSON.parse(resp.getContentText()).receipts || [];
  var tokens = 0;
  receipts.forEach(function (r) {
    r.line_items.forEach(function (li) { if (li.item_name === 'Shower token') tokens += li.quantity; });
  });
  SpreadsheetApp.getActive().getSheetByName('Bathhouse').appendRow([new Date(), tokens]);
}
''', None, "Apps Script PropertiesService for secrets")

_s = camp_pw()
add("vba/connection-string", "office/excel/StoreInventory.bas", r'''Attribute VB_Name = "StoreInventory"
Option Explicit

' Refreshes the "Reorder" sheet from the POS database on the office server.
Public Sub RefreshReorderList()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=OFFICE-SRV\SQLEXPRESS;Initial Catalog=StorePOS;" & _
            "User ID=excel_reader;Password=@@k@@;"
    Set rs = cn.Execute("SELECT sku, description, on_hand, reorder_point FROM items WHERE on_hand <= reorder_point ORDER BY description")

    With ThisWorkbook.Sheets("Reorder")
        .Range("A2:D500").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With

    rs.Close
    cn.Close
End Sub
''', _s, "ADO connection string with MSOLEDBSQL provider (User ID / Password)", k=_s)

_s = gen_pw(16, "#*-_")
add("batch/password", "office/scripts/nightly_pos_backup.bat", r'''@echo off
REM Nightly backup of the camp store POS database to the NAS (Task Scheduler, 1:30am)
set STAMP=%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%
set TARGET=\\ofc-nas\backups\pos\StorePOS_%STAMP%.bak

sqlcmd -S OFFICE-SRV\SQLEXPRESS -U backup_op -P "@@k@@" -Q "BACKUP DATABASE [StorePOS] TO DISK = N'%TARGET%' WITH COMPRESSION, INIT"
if errorlevel 1 (
  echo %DATE% %TIME% POS backup FAILED >> C:\scripts\logs\backup.log
  exit /b 1
)
echo %DATE% %TIME% POS backup ok %TARGET% >> C:\scripts\logs\backup.log
''', _s, "sqlcmd utility: -U login -P password", k=_s)

_s = mixed(48)
add("yaml/oauth-client-secret", "store/toast/config.yaml", r'''# Snack bar (Toast) -> daily revenue export
toast:
  hostname: https://ws-api.toasttab.com
  authentication:
    clientId: @@cid@@
    clientSecret: @@k@@
    userAccessType: TOAST_MACHINE_CLIENT
  restaurantGuid: @@rg@@
export:
  destination: s3://pinecrest-finance/toast/
  business_date_offset_days: 1
''', _s, "Toast API authentication: clientId / clientSecret, TOAST_MACHINE_CLIENT", k=_s, cid=mixed(32), rg=uuid_s())

add("csv/decoy-ids", "store/data/pos_items_export.csv", r'''item_id,sku,name,category,price,barcode,variant_id
@@u1@@,FW-BUNDLE,Firewood bundle,Firewood,8.00,0850012345671,@@v1@@
@@u2@@,ICE-10,Ice 10 lb,Ice,4.50,0850012345688,@@v2@@
@@u3@@,PROP-1LB,Propane 1 lb cylinder,Camping,7.99,0710223301112,@@v3@@
@@u4@@,SHWR-TKN,Shower token,Bathhouse,1.00,0850012345695,@@v4@@
@@u5@@,SMORES,S'mores kit,Snacks,9.50,0850012345701,@@v5@@
''', None, "POS item export: UUID item ids and barcodes are identifiers",
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(),
    v1=uuid_s(), v2=uuid_s(), v3=uuid_s(), v4=uuid_s(), v5=uuid_s())
# ===== shower token systems ========================================================================

_s = b64_bytes(32)
add("python/hmac-key", "showers/token_service/app.py", r'''"""Shower tokens: the store sells a QR token, the bathhouse reader redeems it for 8 minutes."""
import base64
import hashlib
import hmac
import secrets
import time

from flask import Flask, jsonify, request

app = Flask(__name__)
TOKEN_KEY = base64.b64decode("@@k@@")
MINUTES_PER_TOKEN = 8


def mint(store_receipt: str) -> str:
    nonce = secrets.token_hex(6)
    issued = int(time.time())
    body = f"{store_receipt}.{nonce}.{issued}"
    sig = hmac.new(TOKEN_KEY, body.encode(), hashlib.sha256).hexdigest()[:20]
    return f"{body}.{sig}"


@app.post("/tokens")
def issue():
    return jsonify(token=mint(request.json["receipt"]), minutes=MINUTES_PER_TOKEN)


@app.post("/redeem")
def redeem():
    receipt, nonce, issued, sig = request.json["token"].rsplit(".", 3)
    good = hmac.new(TOKEN_KEY, f"{receipt}.{nonce}.{issued}".encode(), hashlib.sha256).hexdigest()[:20]
    return jsonify(ok=hmac.compare_digest(sig, good), minutes=MINUTES_PER_TOKEN)
''', _s, "HMAC-signed redemption tokens (Python hmac module)", k=_s)

add("python/decoy-test-fixture", "showers/token_service/tests/test_tokens.py", r'''import app as token_app

# Test-only key: obviously fake and never used outside pytest.
TEST_KEY = b"test-only-shower-key-not-a-secret"


def setup_module(module):
    token_app.TOKEN_KEY = TEST_KEY


def test_round_trip():
    token = token_app.mint("R-1001")
    client = token_app.app.test_client()
    assert client.post("/redeem", json={"token": token}).json["ok"] is True


def test_tampered_token_is_refused():
    token = token_app.mint("R-1002")
    tampered = token.replace("R-1002", "R-9999")
    client = token_app.app.test_client()
    assert client.post("/redeem", json={"token": tampered}).json["ok"] is False
''', None, "pytest fixture with a self-declared fake key")

_s = gen_pw(18, "-_")
add("ini/ota-password", "showers/timer-firmware/platformio.ini", r'''; Shower timer controller (ESP32-C3 + solenoid valve + token QR reader)
[platformio]
default_envs = bathhouse_north

[env]
platform = espressif32@6.6.0
board = esp32-c3-devkitm-1
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^7.0.4

[env:bathhouse_north]
build_flags = -DBATHHOUSE=\"north\" -DSTALLS=6
upload_protocol = espota
upload_port = 10.50.0.31
upload_flags =
    --port=3232
    --auth=@@k@@

[env:bathhouse_south]
extends = env:bathhouse_north
build_flags = -DBATHHOUSE=\"south\" -DSTALLS=4
upload_port = 10.50.0.32
''', _s, "PlatformIO espota upload_flags --auth (docs.platformio.org)", k=_s)

_s = b64_bytes(32)
add("yaml/encryption-key", "showers/esphome/shower-stall-3.yaml", r'''esphome:
  name: shower-stall-3
  friendly_name: Shower stall 3 (north)

esp32:
  board: esp32-c3-devkitm-1

wifi:
  ssid: !secret bathhouse_wifi_ssid
  password: !secret bathhouse_wifi_password

api:
  encryption:
    key: "@@k@@"

ota:
  - platform: esphome
    password: !secret ota_password

switch:
  - platform: gpio
    pin: GPIO4
    id: valve
    name: "Valve"

sensor:
  - platform: pulse_counter
    pin: GPIO5
    name: "Flow"
    unit_of_measurement: "L/min"
''', _s, "ESPHome Native API component: encryption key (32-byte base64)", k=_s)

add("yaml/decoy-secret-reference", "showers/esphome/shower-stall-4.yaml", r'''esphome:
  name: shower-stall-4
  friendly_name: Shower stall 4 (north)

esp32:
  board: esp32-c3-devkitm-1

wifi:
  ssid: !secret bathhouse_wifi_ssid
  password: !secret bathhouse_wifi_password

api:
  encryption:
    key: !secret stall_4_api_key

ota:
  - platform: esphome
    password: !secret ota_password

switch:
  - platform: gpio
    pin: GPIO4
    id: valve
    name: "Valve"
''', None, "ESPHome !secret references (secrets.yaml kept out of git)")

_s = mixed(64, URLSAFE)
add("python/bearer-token", "showers/nayax_reconcile.py", r'''"""Reconcile card/phone payments on the Nayax readers (showers + laundry) with the token ledger."""
import datetime as dt

import requests

LYNX = "https://lynx.nayax.com/operational/api/v1"
NAYAX_TOKEN = "@@k@@"
MACHINES = {"SHOWER-N": 9123451, "SHOWER-S": 9123452, "LAUNDRY-1": 9123460}


def sales(machine_id: int, day: dt.date) -> list:
    r = requests.get(f"{LYNX}/machines/{machine_id}/lastSales", timeout=30,
                     headers={"Authorization": f"Bearer {NAYAX_TOKEN}"},
                     params={"fromDate": day.isoformat(), "toDate": (day + dt.timedelta(days=1)).isoformat()})
    r.raise_for_status()
    return r.json()


yesterday = dt.date.today() - dt.timedelta(days=1)
for name, mid in MACHINES.items():
    rows = sales(mid, yesterday)
    print(f"{name:10} {len(rows):4} sales  ${sum(s['SettlementValue'] for s in rows):8.2f}")
''', _s, "Nayax Lynx API: bearer token authentication", k=_s)

_s = gen_pw(20, "-_.")
add("compose/db-password", "showers/docker-compose.yml", r'''services:
  token-api:
    build: ./token_service
    restart: unless-stopped
    environment:
      DATABASE_URL: postgresql://tokens:${TOKENS_DB_PASSWORD}@db:5432/tokens
      TOKEN_KEY_FILE: /run/secrets/token_key
    secrets: [token_key]
    ports:
      - "8085:8000"
    depends_on: [db]

  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: tokens
      POSTGRES_PASSWORD: "@@k@@"
      POSTGRES_DB: tokens
    volumes:
      - tokens-db:/var/lib/postgresql/data

secrets:
  token_key:
    file: ./secrets/token_key

volumes:
  tokens-db:
''', _s, "Docker Hub postgres image: POSTGRES_PASSWORD; Compose secrets", k=_s)

add("compose/decoy-secrets-file", "laundry/docker-compose.yml", r'''services:
  ledger:
    image: ghcr.io/cedarhollow/laundry-ledger:1.8.2
    restart: unless-stopped
    environment:
      DB_HOST: db
      DB_USER: ledger
      DB_PASSWORD_FILE: /run/secrets/ledger_db_password
      NAYAX_TOKEN_FILE: /run/secrets/nayax_token
    secrets: [ledger_db_password, nayax_token]

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ledger
      POSTGRES_PASSWORD_FILE: /run/secrets/ledger_db_password
    secrets: [ledger_db_password]

secrets:
  ledger_db_password:
    file: ./secrets/ledger_db_password.txt
  nayax_token:
    file: ./secrets/nayax_token.txt
''', None, "postgres image: POSTGRES_PASSWORD_FILE; Compose file-based secrets")

add("sql/decoy-token-hash", "showers/token_service/migrations/002_token_hashes.sql", r'''-- Redeemed tokens are stored as SHA-256 of the token string so a DB leak cannot replay them.
CREATE TABLE IF NOT EXISTS redeemed_tokens (
    token_sha256  CHAR(64) PRIMARY KEY,
    stall         TEXT NOT NULL,
    redeemed_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- fixtures for the reader simulator
INSERT INTO redeemed_tokens (token_sha256, stall) VALUES
  ('@@h1@@', 'north-3'),
  ('@@h2@@', 'north-4'),
  ('@@h3@@', 'south-1');
''', None, "SHA-256 digests of redeemed tokens (one-way)", h1=sha256_hex(), h2=sha256_hex(), h3=sha256_hex())

_s = hexs(64)
add("arduino/hmac-key", "showers/reader/token_reader/token_reader.ino", r'''// Bathhouse token reader: scans the QR, checks the signature offline, opens the valve.
#include <Arduino.h>
#include <mbedtls/md.h>

static const char *READER_KEY = "@@k@@";
static const int VALVE_PIN = 4;
static const uint32_t MINUTES = 8;

bool verifyToken(const String &body, const String &sig) {
  uint8_t out[32];
  mbedtls_md_context_t ctx;
  mbedtls_md_init(&ctx);
  mbedtls_md_setup(&ctx, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1);
  mbedtls_md_hmac_starts(&ctx, (const unsigned char *)READER_KEY, strlen(READER_KEY));
  mbedtls_md_hmac_update(&ctx, (const unsigned char *)body.c_str(), body.length());
  mbedtls_md_hmac_finish(&ctx, out);
  mbedtls_md_free(&ctx);
  char hex[65];
  for (int i = 0; i < 32; i++) sprintf(hex + 2 * i, "%02x", out[i]);
  return sig.equals(String(hex).substring(0, 20));
}

void setup() {
  pinMode(VALVE_PIN, OUTPUT);
  Serial1.begin(9600);
}

void loop() {
  if (Serial1.available()) {
    String token = Serial1.readStringUntil('\n');
    int cut = token.lastIndexOf('.');
    if (cut > 0 && verifyToken(token.substring(0, cut), token.substring(cut + 1))) {
      digitalWrite(VALVE_PIN, HIGH);
      delay(MINUTES * 60UL * 1000UL);
      digitalWrite(VALVE_PIN, LOW);
    }
  }
}
''', _s, "mbedTLS HMAC (mbedtls_md_hmac_*) on ESP32 Arduino", k=_s)

add("markdown/decoy-placeholder", "showers/README.md", r'''# Shower tokens

The camp store sells shower tokens (QR) at $1 for 8 minutes. Readers in each stall check the
signature offline and open the valve.

## Running locally

```bash
cp .env.example .env          # then edit
export TOKEN_KEY=$(python -c "import base64,os;print(base64.b64encode(os.urandom(32)).decode())")
docker compose up --build
```

## Configuration

| Variable | Example | Notes |
|---|---|---|
| `TOKEN_KEY` | `<base64 32 bytes>` | generate per environment; production key is in 1Password |
| `TOKENS_DB_PASSWORD` | `changeme` | local only |
| `NAYAX_TOKEN` | `your-nayax-lynx-token` | from Nayax Core > Settings > API |

Never flash a reader with the production key from a laptop: use the provisioning jig.
''', None, "README with placeholder configuration values")
# ===== vendors: email, messaging, maps, weather, web =================================================

_s = mailchimp()
add("php/api-key", "wordpress/wp-content/themes/bluffcreek/inc/newsletter.php", r'''<?php
/**
 * "Camp news" signup on the booking confirmation page -> Mailchimp audience.
 */
const BCC_MC_API_KEY = '@@k@@';
const BCC_MC_LIST_ID = '5e1f9a0c3b';

function bcc_newsletter_subscribe( string $email, string $first_name ): bool {
	$dc  = substr( BCC_MC_API_KEY, strpos( BCC_MC_API_KEY, '-' ) + 1 );
	$url = "https://{$dc}.api.mailchimp.com/3.0/lists/" . BCC_MC_LIST_ID . '/members/' . md5( strtolower( $email ) );

	$response = wp_remote_request( $url, array(
		'method'  => 'PUT',
		'headers' => array(
			'Authorization' => 'Basic ' . base64_encode( 'bcc:' . BCC_MC_API_KEY ),
			'Content-Type'  => 'application/json',
		),
		'body'    => wp_json_encode( array(
			'email_address' => $email,
			'status_if_new' => 'subscribed',
			'merge_fields'  => array( 'FNAME' => $first_name ),
		) ),
	) );

	return ! is_wp_error( $response ) && wp_remote_retrieve_response_code( $response ) < 300;
}
''', _s, "Mailchimp Marketing API: API key with data center suffix (-usN)", k=_s)

_s = sendgrid()
add("javascript/api-key", "notifications/src/confirmations.js", r'''// Booking confirmation + pre-arrival emails (SendGrid dynamic templates)
const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("@@k@@");

const TEMPLATES = {
  confirmation: "d-3f9c2a7b1e8d4c6fa0b5e2d1c9a87654",
  preArrival: "d-8a1b2c3d4e5f60718293a4b5c6d7e8f9",
};

async function sendConfirmation(booking) {
  await sgMail.send({
    to: booking.guest.email,
    from: { email: "reservations@lostpinesrv.com", name: "Lost Pines Lakeside RV" },
    templateId: TEMPLATES.confirmation,
    dynamicTemplateData: {
      first_name: booking.guest.firstName,
      site: booking.site.name,
      arrival: booking.arrival,
      departure: booking.departure,
      balance_due: booking.balanceDue.toFixed(2),
    },
  });
}

module.exports = { sendConfirmation };
''', _s, "@sendgrid/mail setApiKey; SendGrid API key format SG.xxx.yyy", k=_s)

_s = "key-" + hexs(32)
add("ruby/api-key", "notifications/lib/mailgun_notifier.rb", r'''# frozen_string_literal: true

require "mailgun-ruby"

# Weather and burn-ban notices to everyone currently on site.
class MailgunNotifier
  DOMAIN = "mg.riverbendrv.com"

  def initialize
    @client = Mailgun::Client.new("@@k@@")
  end

  def broadcast(subject:, body:, recipients:)
    recipients.each_slice(500) do |batch|
      message = Mailgun::MessageBuilder.new
      message.from("office@riverbendrv.com", { "full_name" => "Riverbend RV Park" })
      batch.each { |r| message.add_recipient(:to, r[:email], { "first" => r[:first] }) }
      message.subject(subject)
      message.body_text(body)
      @client.send_message(DOMAIN, message)
    end
  end
end
''', _s, "mailgun-ruby: Mailgun::Client.new(api_key)", k=_s)

_s = uuid_s()
add("csharp/server-token", "src/Cedar.Notifications/PostmarkMailer.cs", r'''using PostmarkDotNet;

namespace Cedar.Notifications;

public sealed class PostmarkMailer
{
    // Server API token for the "Reservations" server in Postmark
    private const string ServerToken = "@@k@@";
    private readonly PostmarkClient _client = new(ServerToken);

    public async Task SendReceiptAsync(string to, string guestName, string site, decimal amount)
    {
        var message = new TemplatedPostmarkMessage
        {
            From = "Cedar Hollow Campground <office@cedarhollowcampground.com>",
            To = to,
            TemplateAlias = "receipt",
            TemplateModel = new { name = guestName, site, amount = amount.ToString("C") },
            MessageStream = "outbound"
        };
        var result = await _client.SendEmailWithTemplateAsync(message);
        if (result.Status != PostmarkStatus.Success)
            throw new InvalidOperationException(result.Message);
    }
}
''', _s, "Postmark .NET client: PostmarkClient(serverToken)", k=_s)

_s = gmail_app_pw()
add("python/app-password", "office/scripts/email_arrivals_report.py", r'''#!/usr/bin/env python3
"""Email the arrivals sheet to the camp hosts at 7am (Gmail with an app password)."""
import smtplib
from email.message import EmailMessage
from pathlib import Path

SENDER = "pinecrest.office@gmail.com"
APP_PASSWORD = "@@k@@"
HOSTS = ["hosts.loopa@gmail.com", "hosts.loopb@gmail.com"]

msg = EmailMessage()
msg["Subject"] = "Today's arrivals"
msg["From"] = SENDER
msg["To"] = ", ".join(HOSTS)
msg.set_content("Arrivals attached. Flag anything odd to the office.")
report = Path("/srv/exports/arrivals_today.pdf")
msg.add_attachment(report.read_bytes(), maintype="application", subtype="pdf", filename=report.name)

with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
    smtp.login(SENDER, APP_PASSWORD)
    smtp.send_message(msg)
''', _s, "Google Account app passwords (16 letters, shown in groups of four); smtplib", k=_s)

_s = slack_webhook()
add("shell/webhook-url", "ops/backup/backup_reservations_db.sh", r'''#!/usr/bin/env bash
# Nightly pg_dump of the reservation DB to the NAS, with a Slack note either way.
set -uo pipefail

SLACK_WEBHOOK="@@k@@"
STAMP=$(date +%F)
OUT=/mnt/nas/backups/reservations/reservations_${STAMP}.sql.gz

notify() {
  curl -s -X POST -H 'Content-type: application/json' \
    --data "{\"text\": \"$1\"}" "$SLACK_WEBHOOK" >/dev/null
}

if pg_dump -h 127.0.0.1 -U backup reservations | gzip > "$OUT"; then
  notify ":white_check_mark: reservations backup ok ($(du -h "$OUT" | cut -f1))"
else
  notify ":x: reservations backup FAILED on $(hostname)"
  exit 1
fi
find /mnt/nas/backups/reservations -name '*.sql.gz' -mtime +35 -delete
''', _s, "Slack incoming webhooks (api.slack.com/messaging/webhooks)", k=_s)

_s = discord_webhook()
add("python/webhook-url", "hosts/bot/night_rounds.py", r'''"""Camp host night rounds: post checklist completion to the volunteers' Discord channel."""
import datetime as dt

import requests

DISCORD_WEBHOOK = "@@k@@"

CHECKS = ["Bathhouse N locked", "Bathhouse S locked", "Pool gate chained", "Dump station clear",
          "Quiet hours: loop A", "Quiet hours: loop B", "Store lights off"]


def post(host: str, done: list[str]) -> None:
    missing = [c for c in CHECKS if c not in done]
    content = f"**Night rounds {dt.date.today():%a %b %d}** by {host}: {len(done)}/{len(CHECKS)}"
    if missing:
        content += "\nMissing: " + ", ".join(missing)
    requests.post(DISCORD_WEBHOOK, json={"content": content, "username": "Rounds bot"}, timeout=10)
''', _s, "Discord webhooks: execute webhook (discord.com/developers/docs/resources/webhook)", k=_s)

_s = google_key()
add("python/api-key", "tools/geocode_site_directions.py", r'''"""Server-side: build turn-by-turn directions from the highway exit to each loop (Directions API).
Key is restricted to the office IP; it is NOT the browser map key.
"""
import json

import googlemaps

gmaps = googlemaps.Client(key="@@k@@")

EXIT = "I-84 Exit 62, OR"
LOOPS = {
    "A": (45.6123, -121.1804),
    "B": (45.6131, -121.1771),
    "Big rigs": (45.6109, -121.1756),
}

out = {}
for loop, latlng in LOOPS.items():
    routes = gmaps.directions(EXIT, latlng, mode="driving", avoid="tolls")
    out[loop] = [step["html_instructions"] for step in routes[0]["legs"][0]["steps"]]

with open("directions.json", "w") as f:
    json.dump(out, f, indent=2)
''', _s, "googlemaps Python client Client(key=); Google Maps Platform API keys (AIza...)", k=_s)

add("javascript/decoy-public-token", "site/assets/js/site-map.js", r'''// Interactive site map on the booking page (Mapbox GL JS). pk.* tokens are public, URL-restricted.
mapboxgl.accessToken = "@@pk@@";

const map = new mapboxgl.Map({
  container: "site-map",
  style: "mapbox://styles/pinecrestrv/clv0q2x8k00ab01qz4h3c9e1f",
  center: [-121.3153, 44.0582],
  zoom: 16.4,
});

map.on("load", () => {
  map.addSource("sites", { type: "geojson", data: "/data/sites.geojson" });
  map.addLayer({
    id: "sites",
    type: "circle",
    source: "sites",
    paint: {
      "circle-radius": 7,
      "circle-color": ["match", ["get", "amps"], 50, "#c62828", 30, "#f9a825", "#2e7d32"],
    },
  });
});
''', None, "Mapbox docs: public tokens (pk.) are meant for client-side use", pk=mapbox_public("pinecrestrv"))

_s = mapbox_secret("pinecrestrv")
add("github-actions/access-token", ".github/workflows/upload-tiles.yml", r'''name: Upload site map tiles

on:
  push:
    branches: [main]
    paths: ["maps/**"]

jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      MAPBOX_ACCESS_TOKEN: @@k@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install mapbox-tilesets
      - name: Upload sites source and publish
        run: |
          tilesets upload-source pinecrestrv sites maps/sites.geojson.ld --replace
          tilesets publish pinecrestrv.sites-2024
''', _s, "Mapbox secret tokens (sk.) with uploads:write; mapbox-tilesets CLI", k=_s)

_s = hexs(32)
add("javascript/api-key", "notifications/src/weatherAlerts.js", r'''// Wind/storm alerts: if gusts > 40 mph are forecast, text the hosts to check awnings and canopies.
const fetch = require("node-fetch");
const { textHosts } = require("./sms");

const OWM_KEY = "@@k@@";
const PARK = { lat: 34.8697, lon: -111.7610 };

async function checkWind() {
  const url = `https://api.openweathermap.org/data/3.0/onecall?lat=${PARK.lat}&lon=${PARK.lon}` +
    `&exclude=minutely,daily&units=imperial&appid=${OWM_KEY}`;
  const data = await (await fetch(url)).json();
  const gusty = (data.hourly || []).slice(0, 12).filter((h) => (h.wind_gust || 0) > 40);
  if (gusty.length) {
    const when = new Date(gusty[0].dt * 1000).toLocaleTimeString("en-US", { timeZone: "America/Phoenix" });
    await textHosts(`Wind gusts over 40 mph expected from ${when}. Ask guests to retract awnings.`);
  }
  for (const alert of data.alerts || []) {
    await textHosts(`NWS: ${alert.event} until ${new Date(alert.end * 1000).toLocaleString()}`);
  }
}

module.exports = { checkWind };
''', _s, "OpenWeather One Call API 3.0: appid parameter", k=_s)

add("json/decoy-public-config", "guest-app/src/firebase-config.json", r'''{
  "apiKey": "@@ak@@",
  "authDomain": "pinecrest-guest-app.firebaseapp.com",
  "projectId": "pinecrest-guest-app",
  "storageBucket": "pinecrest-guest-app.appspot.com",
  "messagingSenderId": "712345098765",
  "appId": "1:712345098765:web:3c9f1a2b7d4e5f60a1b2c3",
  "measurementId": "G-ZP4K7M2Q8R"
}
''', None, "Firebase docs: the web config apiKey identifies the project and is not a secret", ak=google_key())

_s = fcm_server_key()
add("php/server-key", "guest-app/server/push.php", r'''<?php
// Legacy FCM HTTP API: push "your site is ready" and storm alerts to the guest app.
const FCM_SERVER_KEY = '@@k@@';

function push_to_topic(string $topic, string $title, string $body): int
{
    $payload = json_encode([
        'to' => '/topics/' . $topic,
        'notification' => ['title' => $title, 'body' => $body, 'sound' => 'default'],
        'priority' => 'high',
    ]);
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_HTTPHEADER => ['Authorization: key=' . FCM_SERVER_KEY, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => $payload,
        CURLOPT_RETURNTRANSFER => true,
    ]);
    curl_exec($ch);
    $code = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);
    return $code;
}

push_to_topic('on-site', 'Severe weather', 'Tornado warning: go to the north bathhouse shelter now.');
''', _s, "Firebase Cloud Messaging legacy HTTP API: Authorization: key=<server key>", k=_s)

_s = recaptcha_secret()
add("php/secret-key", "wordpress/wp-content/plugins/bcc-contact/handler.php", r'''<?php
/**
 * Group-camping inquiry form handler with reCAPTCHA v3.
 */
defined( 'ABSPATH' ) || exit;

const BCC_RECAPTCHA_SITE_KEY = '6LeIxQ8pAAAAA@@sk@@';
const BCC_RECAPTCHA_SECRET   = '@@k@@';

add_action( 'admin_post_nopriv_bcc_group_inquiry', function () {
	$verify = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', array(
		'body' => array(
			'secret'   => BCC_RECAPTCHA_SECRET,
			'response' => sanitize_text_field( $_POST['g-recaptcha-response'] ?? '' ),
			'remoteip' => $_SERVER['REMOTE_ADDR'],
		),
	) );
	$result = json_decode( wp_remote_retrieve_body( $verify ), true );
	if ( empty( $result['success'] ) || $result['score'] < 0.5 ) {
		wp_die( 'Sorry, that looked automated.' );
	}
	wp_mail( 'groups@bluffcreekcampground.com', 'Group inquiry', sanitize_textarea_field( $_POST['message'] ) );
	wp_safe_redirect( home_url( '/groups/thanks/' ) );
	exit;
} );
''', _s, "reCAPTCHA siteverify (developers.google.com/recaptcha/docs/verify)", k=_s, sk=mixed(25, URLSAFE))

_s = "SK" + hexs(32)
_t = mixed(32)
add("dotenv/api-key-secret", "guest-app/server/.env", r'''# Guest app backend (Render)
NODE_ENV=production
TWILIO_ACCOUNT_SID=AC@@sid@@
TWILIO_API_KEY=@@key@@
TWILIO_API_SECRET=@@k@@
TWILIO_CONVERSATIONS_SERVICE_SID=IS@@svc@@
FRONT_DESK_IDENTITY=frontdesk
ALLOWED_ORIGIN=https://app.pinecrestrv.com
''', _t, "Twilio API keys: SK key SID plus its secret", k=_t, key=_s, sid=hexs(32), svc=hexs(32))

_s = "pat-na1-" + uuid_s()
add("python/access-token", "marketing/hubspot_sync_guests.py", r'''"""Push departed guests into HubSpot (private app) so they get the 'come back next year' sequence."""
import csv

from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

client = HubSpot(access_token="@@k@@")

with open("departed_last_week.csv", newline="") as f:
    for row in csv.DictReader(f):
        client.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties={
            "email": row["email"],
            "firstname": row["first_name"],
            "lastname": row["last_name"],
            "last_stay_site": row["site"],
            "rig_type": row.get("rig_type", ""),
        }))
''', _s, "HubSpot private app access tokens (pat-na1-...); hubspot-api-client", k=_s)

_s = airtable_pat()
add("javascript/access-token", "maintenance/airtable/workorders.js", r'''// Maintenance work orders live in Airtable; this posts new ones from the host app.
import Airtable from "airtable";

const base = new Airtable({ apiKey: "@@k@@" }).base("appQ4mZ8kR2tV6wXy");
const table = base("Work orders");

export async function createWorkOrder({ site, category, description, reportedBy }) {
  const [record] = await table.create([
    {
      fields: {
        Site: site,
        Category: category, // Electrical, Water, Sewer, Pad, Fire ring
        Description: description,
        "Reported by": reportedBy,
        Status: "New",
      },
    },
  ]);
  return record.getId();
}
''', _s, "Airtable personal access tokens (pat...); airtable.js", k=_s)

add("javascript/decoy-ids", "maintenance/airtable/schema.js", r'''// Airtable ids for the maintenance base. These are identifiers, not credentials;
// the token comes from process.env.AIRTABLE_TOKEN at runtime.
export const BASE_ID = "appQ4mZ8kR2tV6wXy";

export const TABLES = {
  workOrders: "tblA1b2C3d4E5f6G7",
  sites: "tblH8i9J0k1L2m3N4",
  vendors: "tblO5p6Q7r8S9t0U1",
};

export const FIELDS = {
  status: "fldV2w3X4y5Z6a7B8",
  site: "fldC9d0E1f2G3h4I5",
  category: "fldJ6k7L8m9N0o1P2",
};

export const token = () => {
  if (!process.env.AIRTABLE_TOKEN) throw new Error("AIRTABLE_TOKEN not set");
  return process.env.AIRTABLE_TOKEN;
};
''', None, "Airtable base/table/field ids are identifiers")

_s = fakes.django_secret_key(_seed())
add("python/django-secret-key", "hostportal/hostportal/settings/production.py", r'''"""Camp host portal (volunteer schedules, site checks). Production settings."""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@k@@"
ALLOWED_HOSTS = ["hosts.elkmeadowrv.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "hostportal",
        "USER": "hostportal",
        "HOST": "127.0.0.1",
        "PASSWORD": os.environ.get("HOSTPORTAL_DB_PASSWORD", ""),
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''', _s, "Django settings: SECRET_KEY (docs.djangoproject.com)", k=_s)

_s = laravel_key()
add("dotenv/app-key", "portal/.env.prod", r'''APP_NAME="Sandy Shores Guest Portal"
APP_ENV=production
APP_KEY=@@k@@
APP_DEBUG=false
APP_URL=https://portal.sandyshorescamping.com

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=

SESSION_DRIVER=database
QUEUE_CONNECTION=database
''', _s, "Laravel APP_KEY (base64:32 bytes), php artisan key:generate", k=_s)

_s = mixed(48)
add("javascript/jwt-secret", "guest-portal/src/auth.js", r'''// Guest portal login: last name + reservation number -> JWT valid until checkout.
const jwt = require("jsonwebtoken");

const JWT_SECRET = "@@k@@";

function issueGuestToken(reservation) {
  const exp = Math.floor(new Date(reservation.departure + "T12:00:00-06:00").getTime() / 1000);
  return jwt.sign(
    { sub: String(reservation.id), site: reservation.site, name: reservation.lastName, exp },
    JWT_SECRET,
    { algorithm: "HS256", issuer: "guest.riverbendrv.com" },
  );
}

function requireGuest(req, res, next) {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  try {
    req.guest = jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] });
    next();
  } catch {
    res.status(401).json({ error: "login required" });
  }
}

module.exports = { issueGuestToken, requireGuest };
''', _s, "jsonwebtoken (npm) sign/verify with an HS256 secret", k=_s)

add("markdown/decoy-doc-example", "guest-portal/docs/api.md", r'''# Guest portal API

All endpoints need `Authorization: Bearer <token>` where `<token>` comes from `POST /login`.

```http
POST /login
Content-Type: application/json

{"lastName": "Rivera", "reservation": "R-104233"}
```

Response (example; the token below is the well-known jwt.io sample, not a real session):

```json
{"token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"}
```

Then:

```bash
curl -H "Authorization: Bearer $TOKEN" https://guest.riverbendrv.com/api/me/site
```
''', None, "jwt.io debugger sample token; API docs with placeholders")
# ===== cloud, CI and deployment =====================================================================

_k = fakes.aws_key_id(_seed())
_s = fakes.aws_secret_key(_seed())
add("ini/aws-secret-key", "ops/backup/aws-credentials.ini", r'''# Credentials for the offsite backup user (IAM: pinecrest-backup, S3 put-only on pinecrest-backups)
# Used by ops/backup/offsite.sh via AWS_SHARED_CREDENTIALS_FILE
[pinecrest-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@k@@
region = us-west-2
''', _s, "AWS CLI shared credentials file format", k=_s, kid=_k)

_k = fakes.aws_key_id(_seed())
_s = fakes.aws_secret_key(_seed())
add("terraform/aws-secret-key", "infra/terraform/providers.tf", r'''terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket = "lostpines-tfstate"
    key    = "booking/terraform.tfstate"
    region = "us-east-2"
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@kid@@"
  secret_key = "@@k@@"

  default_tags {
    tags = {
      Project = "booking"
      Owner   = "lost-pines-it"
    }
  }
}
''', _s, "Terraform AWS provider: static credentials (access_key / secret_key)", k=_s, kid=_k)

add("terraform/decoy-secrets-manager", "infra/terraform/rds.tf", r'''resource "random_password" "booking_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "booking_db" {
  name = "booking/db-master"
}

resource "aws_secretsmanager_secret_version" "booking_db" {
  secret_id     = aws_secretsmanager_secret.booking_db.id
  secret_string = random_password.booking_db.result
}

resource "aws_db_instance" "booking" {
  identifier              = "booking-prod"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.small"
  allocated_storage       = 40
  username                = "booking_admin"
  password                = random_password.booking_db.result
  backup_retention_period = 14
  skip_final_snapshot     = false
}
''', None, "Terraform random_password and aws_secretsmanager_secret_version")

_s = azure_account_key()
add("dotenv/connection-string", "photo-upload/.env", r'''# Guest photo contest uploads -> Azure Blob Storage
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=cedarhollowphotos;AccountKey=@@k@@;EndpointSuffix=core.windows.net"
AZURE_CONTAINER=contest-2024
MAX_UPLOAD_MB=15
MODERATION_EMAIL=office@cedarhollowcampground.com
''', _s, "Azure Storage connection strings (AccountKey)", k=_s)

_s = do_token()
add("terraform/api-token", "infra/do/terraform.tfvars", r'''# DigitalOcean: droplet for the guest portal and the status page
do_token      = "@@k@@"
region        = "nyc3"
droplet_size  = "s-2vcpu-2gb"
ssh_key_names = ["office-nuc", "dana-laptop"]
domain        = "sandyshorescamping.com"
''', _s, "DigitalOcean personal access tokens (dop_v1_); Terraform tfvars", k=_s)

_s = mixed(40, URLSAFE)
add("github-actions/api-token", ".github/workflows/deploy-site.yml", r'''name: Deploy campground website

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      deployments: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - name: Publish to Cloudflare Pages
        uses: cloudflare/wrangler-action@v3
        with:
          apiToken: @@k@@
          accountId: 9f4c2b7a1e3d5f60718293a4b5c6d7e8
          command: pages deploy dist --project-name=bluffcreek-site
''', _s, "cloudflare/wrangler-action: apiToken input; Cloudflare API tokens", k=_s)

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-portal.yml", r'''name: Deploy guest portal

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
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-portal-deploy
          aws-region: us-east-2
      - name: Deploy
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
          DATABASE_URL: ${{ secrets.PORTAL_DATABASE_URL }}
        run: ./scripts/deploy.sh
''', None, "GitHub Actions secrets context and OIDC role assumption")

_s = fakes.github_token(_seed())
add("markdown/access-token", "docs/onboarding/new-laptop.md", r'''# New office laptop checklist

1. Install Git, VS Code, Python 3.12, Node 20.
2. Clone the ops repo (private). Use the shared read-only bot token for now:

   ```
   git clone https://pinecrest-bot:@@k@@@github.com/pinecrest-rv/ops.git
   ```

3. Copy `ops/.env.example` to `.env` and ask the park manager for the values.
4. Install the label printer driver (Zebra ZD421) from `\\ofc-nas\software\zebra`.
5. Add the laptop to the `Office` group in the UniFi controller so it lands on VLAN 10.
''', _s, "GitHub personal access tokens (ghp_) in HTTPS clone URLs", k=_s)

_s = fakes.fake("npm_", 36, _seed())
add("npmrc/auth-token", "booking-widget/.npmrc", r'''@campground-kit:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken=@@k@@
always-auth=true
save-exact=true
engine-strict=true
''', _s, "npm config: //registry/:_authToken (docs.npmjs.com/cli/configuring-npm/npmrc)", k=_s)

add("npmrc/decoy-env-reference", "guest-app/.npmrc", r'''@campground-kit:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
''', None, "npmrc environment variable expansion ${VAR}")

_s = gen_pw(20, "-_.")
add("docker-config/registry-auth", "deploy/pi-fleet/docker/config.json", r'''{
  "auths": {
    "registry.elkmeadowrv.com": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  },
  "detachKeys": "ctrl-e,e"
}
''', _s, "Docker config.json auths (base64 of user:password)", k=_s, a=b64("pifleet:" + _s))

_s = camp_pw()
add("k8s/db-password", "k8s/booking/secret-db.yaml", r'''apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
  labels:
    app.kubernetes.io/name: booking-api
type: Opaque
data:
  DB_HOST: @@h@@
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
''', _s, "Kubernetes Secret data values are base64 (kubernetes.io/docs/concepts/configuration/secret)", k=_s,
    h=b64("booking-db.booking.svc.cluster.local"), u=b64("booking_api"), p=b64(_s))

add("helm/decoy-template", "charts/booking-api/templates/secret.yaml", r'''apiVersion: v1
kind: Secret
metadata:
  name: {{ include "booking-api.fullname" . }}
  labels:
    {{- include "booking-api.labels" . | nindent 4 }}
type: Opaque
data:
  STRIPE_SECRET_KEY: {{ required "stripe.secretKey is required" .Values.stripe.secretKey | b64enc | quote }}
  DB_PASSWORD: {{ .Values.db.password | b64enc | quote }}
  JWT_SECRET: {{ randAlphaNum 48 | b64enc | quote }}
''', None, "Helm template functions b64enc / required / randAlphaNum")

_s = gen_pw(24, "-_")
add("helm/password", "charts/booking-api/values-prod.yaml", r'''replicaCount: 2

image:
  repository: ghcr.io/lostpines/booking-api
  tag: "2.14.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: book.lostpinesrv.com
      paths: [{ path: /, pathType: Prefix }]

db:
  host: booking-pg.lostpines.internal
  name: booking
  user: booking_api
  password: "@@k@@"

stripe:
  secretKey: ""   # set by --set-file in the deploy job

resources:
  requests: { cpu: 100m, memory: 256Mi }
''', _s, "Helm values file (helm.sh/docs/chart_template_guide/values_files)", k=_s)

add("helm/decoy-existing-secret", "charts/booking-api/values-staging.yaml", r'''replicaCount: 1

image:
  repository: ghcr.io/lostpines/booking-api
  tag: "2.15.0-rc.2"

db:
  host: booking-pg-staging.lostpines.internal
  name: booking_staging
  user: booking_api
  existingSecret: booking-db-staging
  existingSecretPasswordKey: password

stripe:
  existingSecret: stripe-test-keys

postgresql:
  auth:
    existingSecret: booking-db-staging
''', None, "Helm chart existingSecret convention (Bitnami charts)")

add("k8s/decoy-sealed-secret", "k8s/booking/sealed-stripe.yaml", r'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe-keys
  namespace: booking
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@e1@@
    STRIPE_WEBHOOK_SECRET: @@e2@@
  template:
    metadata:
      name: stripe-keys
      namespace: booking
    type: Opaque
''', None, "Bitnami Sealed Secrets: encryptedData is asymmetric ciphertext", e1="AgB" + draw(600, B64) + "==", e2="AgC" + draw(560, B64) + "==")

add("k8s/decoy-external-secret", "k8s/gate/externalsecret.yaml", r'''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: gate-sync
  namespace: gate
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: gate-sync
  data:
    - secretKey: BRIVO_CLIENT_SECRET
      remoteRef:
        key: gate/brivo
        property: client_secret
    - secretKey: PDK_CLIENT_SECRET
      remoteRef:
        key: gate/pdk
        property: client_secret
''', None, "External Secrets Operator ExternalSecret (external-secrets.io)")

_s = human_pw()
add("yaml/db-password", "hostportal-rails/config/database.yml", r'''default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: hostportal_development

test:
  <<: *default
  database: hostportal_test

production:
  <<: *default
  host: 10.0.10.15
  database: hostportal_production
  username: hostportal
  password: "@@k@@"
''', _s, "Rails config/database.yml (guides.rubyonrails.org/configuring.html)", k=_s)

add("yaml/decoy-erb-env", "store-rails/config/database.yml", r'''default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: campstore_development

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= Rails.application.credentials.dig(:db, :password) %>
''', None, "Rails database.yml with ERB environment/credentials lookups")

_s = gen_pw(18, "-_")
add("pgpass/db-password", "ops/backup/pgpass", r'''# hostname:port:database:username:password
# copied to ~/.pgpass (chmod 600) on the backup box
127.0.0.1:5432:reservations:backup:@@k@@
127.0.0.1:5432:metering:backup:*
*:*:*:replicator:*
''', _s, "PostgreSQL .pgpass file format (postgresql.org/docs/current/libpq-pgpass.html)", k=_s)

_s = human_pw()
add("mycnf/db-password", "ops/mysql/backup.my.cnf", r'''# used by mysqldump in ops/backup/wordpress.sh
[client]
user=wpbackup
password="@@k@@"
host=127.0.0.1

[mysqldump]
single-transaction
quick
''', _s, "MySQL option files: [client] password (dev.mysql.com/doc/refman/8.0/en/option-files.html)", k=_s)

_s = gen_pw(16, "-_")
add("netrc/password", "ops/ftp/netrc", r'''# ~/.netrc for the website FTP push (old host, moving off it this winter)
machine ftp.bluffcreekcampground.com
  login bluffcreek_ftp
  password @@k@@

# (GitHub uses the credential helper now, not this file)
''', _s, "netrc(5) machine/login/password", k=_s)

_s = gen_pw(18, "-_.#")
add("jenkinsfile/password", "deploy/Jenkinsfile", r'''pipeline {
    agent { label 'office-nuc' }
    options { timestamps() }

    stages {
        stage('Build') {
            steps {
                sh 'npm ci && npm run build'
            }
        }
        stage('Deploy to kiosk tablets') {
            steps {
                sh """
                  for host in kiosk-lobby kiosk-store; do
                    sshpass -p '@@k@@' rsync -az --delete dist/ kiosk@\${host}.local:/var/www/kiosk/
                  done
                """
            }
        }
    }
    post {
        failure { echo 'kiosk deploy failed' }
    }
}
''', _s, "Jenkins declarative pipeline; sshpass -p password", k=_s)

_s = "glpat-" + mixed(20, URLSAFE)
add("gitlab-ci/access-token", ".gitlab-ci.yml", r'''stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  RELEASE_TOKEN: "@@k@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - >
      curl --fail --header "PRIVATE-TOKEN: $RELEASE_TOKEN"
      --data "name=$CI_COMMIT_TAG&tag_name=$CI_COMMIT_TAG"
      "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"
''', _s, "GitLab personal access tokens (glpat-); PRIVATE-TOKEN header", k=_s)

_s = human_pw()
add("bitbucket/password", "bitbucket-pipelines.yml", r'''image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build and upload campground site
          caches: [node]
          script:
            - npm ci
            - npm run build
            - apt-get update && apt-get install -y lftp
            - lftp -u "cedarhollow_web,@@k@@" -e "set ftp:ssl-force true; mirror -R --delete dist/ public_html/; quit" ftp.cedarhollowcampground.com
''', _s, "Bitbucket Pipelines; lftp -u user,password", k=_s)

_s = camp_pw()
add("bash-history/password", "ops/notes/office-nuc.bash_history", r'''sudo apt update && sudo apt upgrade -y
cd /srv/reservations
docker compose ps
docker compose logs --tail=50 api
mysql -u root -p'@@k@@' -e "SHOW DATABASES;"
mysqldump -u root -p wordpress > /tmp/wp.sql
ls -lh /tmp/wp.sql
scp /tmp/wp.sql dana@10.0.10.22:~/
sudo systemctl restart gate-sync
journalctl -u gate-sync -n 40
exit
''', _s, "bash history; mysql -p<password> on the command line", k=_s)

_s = openssh_pem()
add("pem/private-key", "deploy/keys/kiosk_deploy_ed25519", _s + "\n", _s, "OpenSSH private key format (ssh-keygen)", )

add("ssh/decoy-public-key", "deploy/keys/authorized_keys", r'''# Keys allowed on the kiosk tablets and the office NUC (public keys only)
@@k1@@
@@k2@@
@@k3@@
# retired 2023-10: old office laptop
# @@k4@@
''', None, "OpenSSH authorized_keys (public keys)",
    k1=ssh_pub("kiosk-deploy@office-nuc"), k2=ssh_pub("dana@pinecrest-laptop"), k3=ssh_pub("jenkins@office-nuc"),
    k4=ssh_pub("office-laptop-2019"))

_lines = pkcs8_pem_lines()
_s = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(_lines) + "\\n-----END PRIVATE KEY-----\\n"
add("json/private-key", "integrations/google/sheets-sync-sa.json", r'''{
  "type": "service_account",
  "project_id": "riverbend-ops",
  "private_key_id": "@@kid@@",
  "private_key": "@@k@@",
  "client_email": "sheets-sync@riverbend-ops.iam.gserviceaccount.com",
  "client_id": "10457836291047385612",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40riverbend-ops.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', _s, "Google Cloud service account key file (JSON)", k=_s, kid=hexs(40))

_s = gen_pw(20, "-_")
add("dockerfile/password", "kiosk/Dockerfile", r'''FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    KIOSK_ID=lobby-01 \
    PMS_BRIDGE_URL=https://bridge.sandyshorescamping.com \
    PMS_BRIDGE_PASSWORD=@@k@@

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY kiosk/ ./kiosk/

USER 1000
CMD ["python", "-m", "kiosk"]
''', _s, "Dockerfile ENV instruction (docs.docker.com/reference/dockerfile/#env)", k=_s)

add("dockerfile/decoy-build-secret", "store-export/Dockerfile", r'''# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
# The private index token is mounted for this step only; it is not in any layer.
RUN --mount=type=secret,id=pip_index_token \
    PIP_INDEX_URL="https://store:$(cat /run/secrets/pip_index_token)@pypi.pinecrestrv.com/simple" \
    pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*
COPY store_export/ /app/store_export/
CMD ["python", "-m", "store_export"]
''', None, "Docker BuildKit secret mounts (RUN --mount=type=secret)")

_s = gen_pw(20, "-_")
add("ansible/password", "ansible/inventory/hosts.ini", r'''[office]
office-nuc ansible_host=10.0.10.5

[gate]
gate-pi-01 ansible_host=10.0.5.40
gate-pi-02 ansible_host=10.0.5.41

[bathhouse]
bh-north-pi ansible_host=10.50.0.20
bh-south-pi ansible_host=10.50.0.21

[pi:children]
gate
bathhouse

[pi:vars]
ansible_user=pi
ansible_password=@@k@@
ansible_python_interpreter=/usr/bin/python3
''', _s, "Ansible INI inventory: ansible_password connection variable", k=_s)

_s = b64("pinecrest-ops:" + human_pw())
add("nginx/basic-auth", "ops/nginx/sites-available/metering-proxy.conf", r'''# Reverse proxy so the owner can see the metering dashboard without a VPN.
server {
    listen 443 ssl http2;
    server_name power.pinecrestrv.com;

    ssl_certificate     /etc/letsencrypt/live/power.pinecrestrv.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/power.pinecrestrv.com/privkey.pem;

    location / {
        proxy_pass http://10.0.20.7:3000;
        proxy_set_header Host $host;
        # Grafana behind basic auth on the upstream proxy
        proxy_set_header Authorization "Basic @@k@@";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
''', _s, "nginx proxy_set_header with a static Basic credential (RFC 7617)", k=_s)
# ===== more formats, and the decoys real repositories are full of ====================================

_s = human_pw()
add("perl/password", "legacy/cgm_export/export_departures.pl", r'''#!/usr/bin/perl
# Legacy: exports departures from the old reservation MySQL DB for the laundry/shower ledger.
use strict;
use warnings;
use DBI;
use POSIX qw(strftime);

my $dsn  = "DBI:mysql:database=campres;host=10.0.10.8;port=3306";
my $user = "ledger_ro";
my $pass = '@@k@@';

my $dbh = DBI->connect($dsn, $user, $pass, { RaiseError => 1, AutoCommit => 1 })
    or die "connect failed: $DBI::errstr";

my $today = strftime("%Y-%m-%d", localtime);
my $sth = $dbh->prepare("SELECT res_no, site, last_name FROM reservations WHERE depart_date = ?");
$sth->execute($today);

open(my $out, '>', "/srv/exports/departures_$today.csv") or die $!;
print $out "res_no,site,last_name\n";
while (my @row = $sth->fetchrow_array) {
    print $out join(",", @row), "\n";
}
close $out;
$dbh->disconnect;
''', _s, "Perl DBI->connect($dsn, $user, $password)", k=_s)

_s = gen_pw(20, "-_#")
add("properties/db-password", "reservations-api/src/main/resources/application-prod.properties", r'''spring.application.name=reservations-api
server.port=8080

spring.datasource.url=jdbc:postgresql://res-db.cottonwoodcove.internal:5432/reservations
spring.datasource.username=reservations_api
spring.datasource.password=@@k@@
spring.datasource.hikari.maximum-pool-size=10

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

park.timezone=America/Los_Angeles
park.checkin-time=14:00
park.checkout-time=11:00
''', _s, "Spring Boot application properties: spring.datasource.password", k=_s)

add("properties/decoy-placeholder", "reservations-api/src/main/resources/application.properties", r'''spring.application.name=reservations-api
server.port=8080

spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/reservations}
spring.datasource.username=${DB_USER:reservations_api}
spring.datasource.password=${DB_PASSWORD}

stripe.secret-key=${STRIPE_SECRET_KEY}
stripe.webhook-secret=${STRIPE_WEBHOOK_SECRET}
twilio.auth-token=${TWILIO_AUTH_TOKEN}

park.timezone=America/Los_Angeles
''', None, "Spring Boot property placeholders ${VAR:default}")

add("markdown/decoy-doc-example", "ops/backup/README.md", r'''# Offsite backups

Backups go to S3 (`pinecrest-backups`, versioned, 90-day lifecycle to Glacier).

## Setting up a new backup box

```bash
aws configure --profile pinecrest-backup
# AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
# AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
# Default region name [None]: us-west-2
```

(The values above are the AWS documentation examples; the real key pair is in 1Password under
"AWS pinecrest-backup".)

Test it:

```bash
aws s3 ls s3://pinecrest-backups/ --profile pinecrest-backup
```
''', None, "AWS documentation example credentials (AKIAIOSFODNN7EXAMPLE)")

add("python/decoy-doc-test-key", "store-web/tests/test_checkout.py", r'''"""Checkout tests run against Stripe test mode with the key Stripe publishes in its docs."""
import stripe

from store_web.checkout import build_session

# Stripe's public documentation test key (docs.stripe.com). Test mode only, shared by everyone.
stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


def test_session_has_firewood_line(monkeypatch):
    captured = {}
    monkeypatch.setattr(stripe.checkout.Session, "create", lambda **kw: captured.update(kw) or {"id": "cs_test_1"})
    build_session(site="B14", items=[("firewood", 2)])
    assert captured["line_items"][0]["quantity"] == 2


def test_session_success_url_points_to_site():
    assert "/orders/thanks" in build_session.__defaults__[0]
''', None, "Stripe docs sample test-mode key (sk_test_4eC39HqLyjWDarjtT1zdp7dc)")

add("htpasswd/decoy-password-hash", "ops/nginx/htpasswd-metering", r'''# htpasswd -B for power.pinecrestrv.com (bcrypt)
owner:@@h1@@
manager:@@h2@@
electrician:@@h3@@
accountant:$apr1$@@s4@@$@@h4@@
''', None, "Apache htpasswd: bcrypt and APR1-MD5 hashes",
    h1=bcrypt_hash().replace("$2b$", "$2y$"), h2=bcrypt_hash().replace("$2b$", "$2y$"),
    h3=bcrypt_hash().replace("$2b$", "$2y$"), s4=draw(8, ALNUM), h4=draw(22, ALNUM + "./"))

add("text/decoy-checksums", "firmware/pedestal-meter/releases/SHA256SUMS", r'''@@a@@  pedestal-meter-v2.3.0-esp32.bin
@@b@@  pedestal-meter-v2.3.0-esp32c3.bin
@@c@@  pedestal-lora-v1.4.2-leonardo.hex
@@d@@  shower-timer-v3.4.0-photon.bin
@@e@@  token-reader-v1.1.0-esp32.bin
''', None, "sha256sum output format", a=sha256_hex(), b=sha256_hex(), c=sha256_hex(), d=sha256_hex(), e=sha256_hex())

add("json/decoy-integrity", "booking-widget/package-lock.json", r'''{
  "name": "booking-widget",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "booking-widget",
      "version": "3.2.0",
      "dependencies": {
        "date-fns": "^3.6.0",
        "preact": "^10.20.2"
      }
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-@@i1@@",
      "funding": { "type": "github", "url": "https://github.com/sponsors/kossnocorp" }
    },
    "node_modules/preact": {
      "version": "10.20.2",
      "resolved": "https://registry.npmjs.org/preact/-/preact-10.20.2.tgz",
      "integrity": "sha512-@@i2@@",
      "funding": { "type": "opencollective", "url": "https://opencollective.com/preact" }
    }
  }
}
''', None, "npm package-lock.json integrity fields (Subresource Integrity hashes)", i1=b64_bytes(64), i2=b64_bytes(64))

add("dotenv/decoy-placeholder", "booking-widget/.env.example", r'''# Copy to .env and fill in. Never commit .env.
NODE_ENV=development
PORT=8080
PUBLIC_SITE_URL=http://localhost:8080
CAMPSPOT_PARK_ID=4127
CAMPSPOT_API_BASE=https://api.campspot.com/v2
CAMPSPOT_API_KEY=your-campspot-api-key
DATABASE_URL=postgres://widget:widget@localhost:5432/widget_dev
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
SENTRY_DSN=
''', None, "dotenv example file with placeholders")

add("hcl/decoy-vault-template", "ops/vault-agent/gate-sync.env.ctmpl", r'''{{- with secret "kv/data/gate/brivo" -}}
BRIVO_API_KEY={{ .Data.data.api_key }}
BRIVO_CLIENT_SECRET={{ .Data.data.client_secret }}
{{- end }}
{{- with secret "kv/data/reservations/newbook" }}
NEWBOOK_USER={{ .Data.data.username }}
NEWBOOK_PASSWORD={{ .Data.data.password }}
{{- end }}
{{- with secret "database/creds/gate-sync-ro" }}
GATE_DB_USER={{ .Data.username }}
GATE_DB_PASSWORD={{ .Data.password }}
{{- end }}
''', None, "Vault Agent / consul-template secret templates")

add("json/decoy-secret-arns", "infra/ecs/booking-api-taskdef.json", r'''{
  "family": "booking-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::123456789012:role/booking-api-exec",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "123456789012.dkr.ecr.us-east-2.amazonaws.com/booking-api:2.14.1",
      "portMappings": [{ "containerPort": 8080 }],
      "environment": [
        { "name": "PARK_TZ", "value": "America/Chicago" }
      ],
      "secrets": [
        { "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:123456789012:secret:booking/db-master-Ab12Cd" },
        { "name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:ssm:us-east-2:123456789012:parameter/booking/stripe-secret-key" }
      ]
    }
  ]
}
''', None, "Amazon ECS task definition secrets valueFrom (Secrets Manager / SSM ARNs)")

add("yaml/decoy-sops", "k8s/metering/secrets.enc.yaml", r'''apiVersion: v1
kind: Secret
metadata:
    name: metering
    namespace: metering
type: Opaque
stringData:
    INFLUX_TOKEN: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
    GRAFANA_ADMIN_PASSWORD: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1qz7yx3v9k2m8n4p6r0t2w5y8a1c3e5g7j9l1n3q5s7u9w1y3a5c7e9gk0xyz
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-02T15:11:47Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@mi@@,tag:@@mt@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', None, "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...]) with age recipients",
    d1=b64_bytes(66), i1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(18), i2=b64_bytes(32), t2=b64_bytes(16),
    a1=draw(64, B64), a2=draw(40, B64), m=b64_bytes(48), mi=b64_bytes(32), mt=b64_bytes(16))

add("log/decoy-redacted", "ops/logs/gate-sync-2024-05-18.log", r'''2024-05-18T02:15:01Z INFO  gate-sync starting (since=2024-05-17)
2024-05-18T02:15:01Z DEBUG POST https://auth.brivo.com/oauth/token client_id=6c0b8e2f-pinecrest-gate client_secret=[REDACTED]
2024-05-18T02:15:02Z DEBUG -> 200 access_token=eyJ***redacted*** expires_in=3600
2024-05-18T02:15:02Z DEBUG GET https://api.brivo.com/v1/api/groups/8812734/users headers={Authorization: Bearer ****, api-key: ****}
2024-05-18T02:15:03Z INFO  38 arrivals, 41 departures
2024-05-18T02:15:05Z INFO  added 38 mobile passes, revoked 41
2024-05-18T02:15:05Z INFO  done in 4.1s
''', None, "application log with redacted credentials")

add("go/decoy-env-reference", "cmd/pedestal-billing/config.go", r'''package main

import (
	"fmt"
	"os"
)

// Config is read from the environment; nothing secret is compiled in.
type Config struct {
	DatabaseURL   string
	NewbookUser   string
	NewbookPass   string
	NewbookAPIKey string
	RatePerKWh    string
}

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		panic(fmt.Sprintf("missing required environment variable %s", name))
	}
	return v
}

func loadConfig() Config {
	return Config{
		DatabaseURL:   mustEnv("METERING_DATABASE_URL"),
		NewbookUser:   mustEnv("NEWBOOK_USER"),
		NewbookPass:   mustEnv("NEWBOOK_PASSWORD"),
		NewbookAPIKey: mustEnv("NEWBOOK_API_KEY"),
		RatePerKWh:    os.Getenv("RATE_PER_KWH"),
	}
}
''', None, "Go os.LookupEnv configuration")

add("yaml/decoy-placeholder", "gate-service/src/main/resources/application.yml", r'''spring:
  application:
    name: gate-service
  datasource:
    url: jdbc:postgresql://${GATE_DB_HOST:localhost}:5432/gate
    username: ${GATE_DB_USER:gate}
    password: ${GATE_DB_PASSWORD}

gallagher:
  base-url: https://gatehouse.elkmeadow.local:8904/api
  api-key: ${GALLAGHER_API_KEY}
  client-cert: file:/etc/gate-service/client.p12
  client-cert-password: ${GALLAGHER_CERT_PASSWORD}

management:
  endpoints:
    web:
      exposure:
        include: health,info
''', None, "Spring Boot externalized configuration placeholders")

add("csharp/decoy-options", "src/Cedar.Notifications/NotificationOptions.cs", r'''using Microsoft.Extensions.Options;

namespace Cedar.Notifications;

/// <summary>Bound from configuration section "Notifications"; values come from Key Vault in prod
/// and from dotnet user-secrets on developer machines.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public string PostmarkServerToken { get; set; } = string.Empty;
    public string TwilioAccountSid { get; set; } = string.Empty;
    public string TwilioAuthToken { get; set; } = string.Empty;
    public string FromNumber { get; set; } = "+13525550177";
}

public static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<NotificationOptions>()
            .Bind(config.GetSection(NotificationOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.PostmarkServerToken), "Postmark token missing")
            .ValidateOnStart();
        services.AddSingleton<PostmarkMailer>();
        return services;
    }
}
''', None, "ASP.NET Core options pattern bound from configuration")

add("swift/decoy-keychain", "FrontDesk/FrontDesk/KeychainStore.swift", r'''//
//  KeychainStore.swift
//  FrontDesk
//
//  The reservations API key is entered once by the manager and kept in the keychain.
//

import Foundation
import Security

enum KeychainStore {
    static let service = "com.lostpinesrv.frontdesk"

    static func apiKey() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: "reservationsAPIKey",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''', None, "Apple Keychain Services SecItemCopyMatching")

add("gradle/decoy-local-properties", "app/build.gradle.kts", r'''import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.sandyshores.checkin"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.sandyshores.checkin"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "1.9.0"
        buildConfigField("String", "BRIDGE_URL", "\"https://bridge.sandyshorescamping.com/\"")
        buildConfigField("String", "SIGNING_KEY", "\"${localProps.getProperty("bridge.signingKey", "")}\"")
    }
    buildFeatures { buildConfig = true }
}
''', None, "Gradle: values read from the untracked local.properties")

add("arduino/decoy-wifimanager", "firmware/bathhouse-sensor/bathhouse-sensor.ino", r'''// Bathhouse humidity/occupancy sensor. Wi-Fi credentials are entered on the captive setup
// portal (WiFiManager) the first time and stored in NVS; nothing is compiled in.
#include <WiFiManager.h>
#include <PubSubClient.h>
#include <DHT.h>

WiFiManager wm;
WiFiClient net;
PubSubClient mqtt(net);
DHT dht(4, DHT22);

void setup() {
  Serial.begin(115200);
  wm.setConfigPortalTimeout(180);
  if (!wm.autoConnect("Bathhouse-Setup")) {
    ESP.restart();
  }
  mqtt.setServer("10.50.0.10", 1883);
  dht.begin();
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("bathhouse-north");
  char msg[64];
  snprintf(msg, sizeof msg, "{\"t\":%.1f,\"rh\":%.0f}", dht.readTemperature(true), dht.readHumidity());
  mqtt.publish("bathhouse/north/env", msg);
  delay(30000);
}
''', None, "WiFiManager library: credentials entered at runtime")

add("xml/decoy-env-reference", "gate-service/settings.xml", r'''<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>github</id>
      <username>${env.GITHUB_ACTOR}</username>
      <password>${env.GITHUB_TOKEN}</password>
    </server>
    <server>
      <id>gallagher-sdk</id>
      <username>elkmeadow</username>
      <password>${env.GALLAGHER_REPO_PASSWORD}</password>
    </server>
  </servers>
</settings>
''', None, "Maven settings.xml with ${env.VAR} interpolation")

add("xml/decoy-env-reference", "src/NuGet.config", r'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="cedar-internal" value="https://pkgs.dev.azure.com/cedarhollow/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <cedar-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%CEDAR_FEED_PAT%" />
    </cedar-internal>
  </packageSourceCredentials>
</configuration>
''', None, "NuGet.config packageSourceCredentials with %ENV_VAR% expansion")

add("json/decoy-redacted", "network/unifi/wlanconf-export.json", r'''[
  {
    "_id": "65f1c2a9e4b0a1b2c3d4e5f6",
    "name": "Pinecrest Guest",
    "security": "open",
    "is_guest": true,
    "vlan": "30",
    "enabled": true
  },
  {
    "_id": "65f1c2a9e4b0a1b2c3d4e5f7",
    "name": "Pinecrest-Staff",
    "security": "wpapsk",
    "wpa_mode": "wpa2",
    "x_passphrase": "********",
    "vlan": "10",
    "enabled": true
  }
]
''', None, "UniFi wlanconf export with the passphrase masked")

add("rust/decoy-env-reference", "gateway/src/config.rs", r'''//! Gateway settings from the environment (systemd EnvironmentFile on the device).
use std::env;

pub struct Settings {
    pub mqtt_url: String,
    pub mqtt_user: String,
    pub mqtt_password: String,
    pub reading_key: Vec<u8>,
}

impl Settings {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            mqtt_url: env::var("MQTT_URL").unwrap_or_else(|_| "mqtts://mqtt.elkmeadowrv.net:8883".into()),
            mqtt_user: env::var("MQTT_USER")?,
            mqtt_password: env::var("MQTT_PASSWORD")?,
            reading_key: hex::decode(env::var("READING_KEY_HEX")?).expect("READING_KEY_HEX is hex"),
        })
    }
}
''', None, "Rust std::env::var configuration")

add("php/decoy-env-reference", "portal/config/services.php", r'''<?php

return [

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],

    'twilio' => [
        'sid' => env('TWILIO_ACCOUNT_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', '+13525550177'),
    ],

    'newbook' => [
        'region' => 'US',
        'api_key' => env('NEWBOOK_API_KEY'),
        'username' => env('NEWBOOK_USER'),
        'password' => env('NEWBOOK_PASSWORD'),
    ],

];
''', None, "Laravel config/services.php reading env()")

add("ruby/decoy-credentials-lookup", "store-rails/config/initializers/stripe.rb", r'''# frozen_string_literal: true

# Keys come from encrypted credentials (bin/rails credentials:edit); nothing here is secret.
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
Stripe.api_version = "2024-04-10"
''', None, "Rails encrypted credentials (credentials.dig)")

add("terraform/decoy-sensitive-variable", "infra/do/variables.tf", r'''variable "do_token" {
  description = "DigitalOcean API token (set TF_VAR_do_token in the shell, never in a file)"
  type        = string
  sensitive   = true
}

variable "db_admin_password" {
  description = "Managed Postgres admin password"
  type        = string
  sensitive   = true
  validation {
    condition     = length(var.db_admin_password) >= 20
    error_message = "Use at least 20 characters."
  }
}

variable "region" {
  type    = string
  default = "nyc3"
}
''', None, "Terraform sensitive input variables without defaults")

add("k8s/decoy-configmap", "k8s/metering/configmap.yaml", r'''apiVersion: v1
kind: ConfigMap
metadata:
  name: metering-config
  namespace: metering
data:
  RATE_PER_KWH: "0.16"
  BILLING_DAY: "1"
  MQTT_URL: mqtts://mqtt.elkmeadowrv.net:8883
  MQTT_TOPIC: elkmeadow/power/+/energy
  READING_KEY_ID: "2024-spring"
  STRIPE_PUBLISHABLE_KEY: pk_live_51@@pk@@
  MAPBOX_STYLE: mapbox://styles/elkmeadowrv/clu8h2x4k00ab01pq7r3s5t9v
''', None, "Kubernetes ConfigMap with non-secret settings and a publishable key", pk=mixed(97))

add("html/decoy-template-variables", "network/mikrotik/hotspot/login.html", r'''<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Riverbend RV Park Wi-Fi</title>
  <script src="/md5.js"></script>
  <script>
    function doLogin() {
      document.sendin.username.value = document.login.username.value;
      document.sendin.password.value = hexMD5('$(chap-id)' + document.login.password.value + '$(chap-challenge)');
      document.sendin.submit();
      return false;
    }
  </script>
</head>
<body>
  <form name="sendin" action="$(link-login-only)" method="post">
    <input type="hidden" name="username"><input type="hidden" name="password">
    <input type="hidden" name="dst" value="$(link-orig)"><input type="hidden" name="popup" value="true">
  </form>
  <h2>Welcome! Your Wi-Fi code is on your check-in receipt.</h2>
  <form name="login" action="$(link-login-only)" method="post" onSubmit="return doLogin()">
    <input name="username" placeholder="Site number" value="$(username)">
    <input name="password" type="password" placeholder="Wi-Fi code">
    <input type="submit" value="Connect">
  </form>
  $(if error)<p class="err">$(error)</p>$(endif)
</body>
</html>
''', None, "MikroTik Hotspot customisable pages: $(chap-id) variables and CHAP MD5")

add("shell/decoy-generated", "ops/pedestals/provision_meter.sh", r'''#!/usr/bin/env bash
# Provision a new pedestal meter: make its MQTT account with a fresh random password and keep the
# password only in pass(1) and on the device.
set -euo pipefail
SITE="${1:?site id, e.g. C-18}"
USER="pedestal-${SITE,,}"

PASSWORD="$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-24)"
printf '%s\n' "$PASSWORD" | pass insert -m "mqtt/${USER}" >/dev/null
sudo mosquitto_passwd -b /etc/mosquitto/passwd "$USER" "$PASSWORD"
sudo systemctl reload mosquitto

esptool.py --port /dev/ttyUSB0 write_flash 0x9000 <(python3 tools/nvs_blob.py --user "$USER" --password-stdin <<<"$PASSWORD")
unset PASSWORD
echo "provisioned ${USER}"
''', None, "openssl rand; pass(1) password store; mosquitto_passwd -b")

add("python/decoy-fake-token", "store/tests/test_square_sync.py", r'''"""Unit tests for the Square sync; the client is mocked, the token is a labelled fake."""
from unittest import mock

import square_sync

FAKE_TOKEN = "EAAA-fake-token-for-unit-tests-only"


def test_sync_uses_configured_location():
    with mock.patch.object(square_sync, "Client") as client_cls:
        client_cls.return_value.catalog.list_catalog.return_value.body = {"objects": []}
        square_sync.sync(token=FAKE_TOKEN, location="LTESTLOCATION01")
    client_cls.assert_called_once_with(access_token=FAKE_TOKEN, environment="sandbox")


def test_empty_catalog_makes_no_updates():
    with mock.patch.object(square_sync, "Client") as client_cls:
        client_cls.return_value.catalog.list_catalog.return_value.body = {"objects": []}
        assert square_sync.sync(token=FAKE_TOKEN, location="LTESTLOCATION01") == 0
''', None, "unittest.mock test with a self-declared fake token")

add("ansible/decoy-vault-variable", "ansible/playbooks/bathhouse.yml", r'''---
- name: Bathhouse Pis (shower token readers + AP)
  hosts: bathhouse
  become: true
  vars:
    ansible_become_password: "{{ vault_bathhouse_become_password }}"
    hostapd_passphrase: "{{ vault_bathhouse_wifi_passphrase }}"
    token_reader_key: "{{ vault_token_reader_key }}"
  roles:
    - common
    - hostapd
    - token_reader
  tasks:
    - name: Reader service running
      ansible.builtin.systemd:
        name: token-reader
        state: started
        enabled: true
''', None, "Ansible variables that point at vault-encrypted vars")

add("powershell/decoy-dpapi", "office/scripts/Export-NightAudit.ps1", r'''<#
.SYNOPSIS
  Night audit export from the reservation SQL Server to the accountant's share.
  The SQL credential is a DPAPI-protected Clixml file readable only by the service account.
#>
$cred = Import-Clixml -Path "C:\ProgramData\NightAudit\sql-cred.xml"   # created with Get-Credential | Export-Clixml
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=OFFICE-SRV\SQLEXPRESS;Database=Reservations;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password);"
$conn.Open()

$cmd = $conn.CreateCommand()
$cmd.CommandText = "EXEC dbo.NightAudit @BusinessDate = @d"
$null = $cmd.Parameters.AddWithValue("@d", (Get-Date).AddDays(-1).Date)
$table = New-Object System.Data.DataTable
$table.Load($cmd.ExecuteReader())
$conn.Close()

$table | Export-Csv "\\ofc-nas\accounting\night-audit\$(Get-Date -Format yyyy-MM-dd).csv" -NoTypeInformation
''', None, "Export-Clixml / Import-Clixml DPAPI-protected PSCredential")

add("dart/decoy-dart-define", "guest_app/lib/config.dart", r'''/// Build-time configuration for the guest app. Values come from --dart-define at build time
/// (CI passes them from its secret store); the defaults are empty.
class AppConfig {
  static const apiBase = String.fromEnvironment(
    'API_BASE',
    defaultValue: 'https://api.pinecrestrv.com',
  );
  static const mapboxPublicToken = String.fromEnvironment('MAPBOX_PUBLIC_TOKEN');
  static const stripePublishableKey = String.fromEnvironment('STRIPE_PUBLISHABLE_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');

  static void assertConfigured() {
    assert(mapboxPublicToken.isNotEmpty, 'pass --dart-define=MAPBOX_PUBLIC_TOKEN=...');
    assert(stripePublishableKey.isNotEmpty, 'pass --dart-define=STRIPE_PUBLISHABLE_KEY=...');
  }
}
''', None, "Dart String.fromEnvironment with --dart-define")

add("perl/decoy-password-file", "legacy/cgm_export/export_arrivals.pl", r'''#!/usr/bin/perl
# Legacy arrivals export. The DB password is read from a root-only file, not kept here.
use strict;
use warnings;
use DBI;

my $pwfile = '/etc/campres/ledger_ro.pw';
open(my $fh, '<', $pwfile) or die "cannot read $pwfile: $!";
chomp(my $pass = <$fh>);
close $fh;

my $dbh = DBI->connect("DBI:mysql:database=campres;host=10.0.10.8", "ledger_ro", $pass,
                       { RaiseError => 1 });
my $rows = $dbh->selectall_arrayref(
    "SELECT res_no, site, last_name, arrive_date FROM reservations WHERE arrive_date = CURDATE()");
print join(",", @$_), "\n" for @$rows;
$dbh->disconnect;
''', None, "Perl DBI with password read from a protected file")

add("json/decoy-firmware-manifest", "firmware/pedestal-meter/releases/ota-manifest.json", r'''{
  "product": "pedestal-meter",
  "channel": "stable",
  "version": "2.3.0",
  "released": "2024-04-22",
  "builds": [
    {
      "chip": "esp32",
      "url": "https://fw.pinecrestrv.com/pedestal-meter/2.3.0/pedestal-meter-v2.3.0-esp32.bin",
      "size": 1093632,
      "md5": "@@m1@@",
      "sha256": "@@s1@@"
    },
    {
      "chip": "esp32c3",
      "url": "https://fw.pinecrestrv.com/pedestal-meter/2.3.0/pedestal-meter-v2.3.0-esp32c3.bin",
      "size": 1012736,
      "md5": "@@m2@@",
      "sha256": "@@s2@@"
    }
  ]
}
''', None, "OTA manifest with MD5/SHA-256 checksums", m1=hexs(32), s1=sha256_hex(), m2=hexs(32), s2=sha256_hex())
