"""Blind set CD: events, ticketing and venue teams.

Ticketing and event platforms (Eventbrite, Ticketmaster Discovery and Partner APIs, Tito, Universe,
Cvent, Bizzabo, Hopin, Zoom Webinars), box-office and access-control scanners, RFID wristband
gateways, venue Wi-Fi (hostapd, FreeRADIUS, Cisco, MikroTik, UniFi, netplan, wpa_supplicant),
seat maps (seats.io, Mapbox), merch stores on Shopify, payment terminals (Stripe, Square, Adyen,
SumUp), email and SMS campaigns (SendGrid, Mailchimp, Mailgun, Postmark, Brevo, Klaviyo, Twilio,
Vonage), livestreaming (YouTube, Twitch, Mux, Vimeo, AWS IVS, Cloudflare Stream, OBS, nginx-rtmp,
ffmpeg), and the Python, Node, PHP, Ruby, Go and mobile apps, scripts, CI and deploy configs of
these teams (Docker, Kubernetes, Helm, Terraform, Ansible, systemd, cron), with their decoys.
Generated fakes only (seeds 750000-759999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
UPD = string.ascii_uppercase + string.digits
LOWD = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
_SEED = [750000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 760000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 760000
    return _SEED[0]


WORDS = ["Encore", "Backstage", "Marquee", "Headliner", "Soundcheck", "Greenroom", "Mosh", "Bandstand",
         "Turnstile", "Wristband", "Balcony", "Mezzanine", "Lanyard", "Setlist", "Roadie", "Spotlight"]
LOWER = ["stage", "ticket", "confetti", "amp", "drumkit", "festival", "usher", "velvet", "rope", "lobby",
         "curtain", "encore", "pit", "riser", "fader", "gobo"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    w = r.choice(WORDS)
    form = r.randrange(4)
    if form == 0:
        return f"{w}{r.randint(2019, 2026)}{r.choice('!#@$')}"
    if form == 1:
        return f"{w.lower()}{r.choice('_-.')}{r.choice(LOWER)}{r.randint(1, 99)}"
    if form == 2:
        return f"{r.choice(['Welcome', 'Letmein', 'Venue', 'Gate', 'Doors'])}{r.choice('@#!')}{w}{r.randint(1, 9)}"
    return f"{w}{r.choice(LOWER).capitalize()}{r.randint(100, 999)}{r.choice('!?*')}"


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


# Vendor shapes (documented prefixes and lengths; the random part is drawn from the seeds).
def eventbrite_token() -> str:
    return draw(20, UPD)


def eventbrite_secret() -> str:
    return draw(50, UPD)


def tm_key() -> str:
    return draw(32)


def tito_token() -> str:
    return "secret_live_" + draw(20)


def zoom_secret() -> str:
    return draw(32)


def shopify(prefix: str) -> str:
    return prefix + hexs(32)


def stripe(prefix: str = "sk_live_") -> str:
    return prefix + "51" + draw(97)


def whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-"
            + "".join(r.choice(B64) for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + draw(16)


def yt_stream_key() -> str:
    return "-".join(fakes.drawn(_seed(), 4, LOWD) for _ in range(5))


def twitch_stream_key() -> str:
    return f"live_{digits(9)}_" + draw(30)


def mux_secret() -> str:
    return draw(75, B64)


def ivs_stream_key() -> str:
    return "sk_us-east-1_" + draw(12) + "_" + draw(30)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPD) + "/B" + draw(10, UPD) + "/" + draw(24))


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + draw(68, URLSAFE)


def mapbox(prefix: str) -> str:
    payload = json.dumps({"u": "harbourlight", "a": fakes.drawn(_seed(), 25, LOWD)}, separators=(",", ":"))
    return prefix + "." + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=") + "." + draw(22, URLSAFE)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(4)) + "\n" + "".join(r.choice(B64) for _ in range(24))
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(9)) + "\n" + "".join(r.choice(B64) for _ in range(20)) + "=="
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + "".join(r.choice(B64) for _ in range(28)) + "\n" + "".join(r.choice(B64) for _ in range(56)) + "=="
    return f"-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----"


def bcrypt_hash(prefix: str = "$2y$10$") -> str:
    return prefix + fakes.drawn(_seed(), 53, ALNUM + "./")


def indent(text: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line for line in text.splitlines())


CASES: List[LabelledCase] = []
_TOKEN = re.compile(r"@[a-z_0-9]+@")


def T(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    assert not _TOKEN.search(text), _TOKEN.search(text)
    return text


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-cd/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Ticketing and event platforms
# ---------------------------------------------------------------------------------------------
_v = eventbrite_token()
add("env/eventbrite", "eventbrite-sync/.env", T("""# eventbrite-sync local settings (copied from 1Password "Eventbrite - org API")
NODE_ENV=development
PORT=3030
EVENTBRITE_ORG_ID=1849203746513
EVENTBRITE_PRIVATE_TOKEN=@v@
EVENTBRITE_WEBHOOK_ENDPOINT=https://sync.harbourlight-live.com/hooks/eventbrite
REDIS_URL=redis://localhost:6379/2
LOG_LEVEL=debug
""", v=_v), _v, "Eventbrite API docs: Authentication, private tokens")

_v = eventbrite_token()
add("python/eventbrite", "scripts/door_list.py", T('''#!/usr/bin/env python3
# Pull tonight's attendees from Eventbrite and print the door list as CSV.
import csv
import sys

import requests

EVENTBRITE_TOKEN = "@v@"
API = "https://www.eventbriteapi.com/v3"


def attendees(event_id):
    url = f"{API}/events/{event_id}/attendees/"
    params = {"status": "attending"}
    while True:
        r = requests.get(url, headers={"Authorization": f"Bearer {EVENTBRITE_TOKEN}"},
                         params=params, timeout=30)
        r.raise_for_status()
        data = r.json()
        yield from data["attendees"]
        if not data["pagination"]["has_more_items"]:
            break
        params["continuation"] = data["pagination"]["continuation"]


if __name__ == "__main__":
    out = csv.writer(sys.stdout)
    out.writerow(["barcode", "name", "ticket_class"])
    for a in attendees(sys.argv[1]):
        for b in a["barcodes"]:
            out.writerow([b["barcode"], a["profile"]["name"], a["ticket_class_name"]])
''', v=_v), _v, "Eventbrite API v3 reference: List Attendees by Event, pagination")

_k, _v = draw(18, UPD), eventbrite_secret()
add("yaml/eventbrite", "config/settings.prod.yaml", T("""app:
  name: northlight-tickets
  base_url: https://tickets.northlight.events
  timezone: Europe/Dublin

eventbrite:
  oauth:
    client_id: @k@
    client_secret: @v@
    redirect_uri: https://tickets.northlight.events/oauth/eventbrite/callback
  organization_id: "2210457789123"
  sync_interval_minutes: 10

mail:
  from: boxoffice@northlight.events
  provider: postmark
""", k=_k, v=_v), _v, "Eventbrite platform docs: OAuth server-side flow (API key and client secret)")

_v = eventbrite_token()
add("shell/eventbrite", "bin/refresh-capacity.sh", T("""#!/usr/bin/env bash
# Nightly: copy ticket class capacities from Eventbrite into the venue DB.
set -euo pipefail

EVENT_ID="${1:?usage: refresh-capacity.sh EVENT_ID}"
curl -sf "https://www.eventbriteapi.com/v3/events/${EVENT_ID}/ticket_classes/?token=@v@" \\
  | jq -r '.ticket_classes[] | [.id, .name, .quantity_total, .quantity_sold] | @tsv' \\
  > "/var/tmp/capacity-${EVENT_ID}.tsv"

psql "$VENUE_DB_URL" -c "\\copy ticket_capacity FROM '/var/tmp/capacity-${EVENT_ID}.tsv'"
echo "capacity refreshed for ${EVENT_ID}"
""", v=_v), _v, "Eventbrite API docs: token query parameter authentication")

_v = eventbrite_token()
add("php/eventbrite", "wp-content/plugins/venue-events/config.php", T("""<?php
/**
 * Venue Events plugin - site configuration.
 * Shows the upcoming Eventbrite events on the What's On page.
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

define( 'VENUE_EVENTS_ORG_ID', '4410982265371' );
define( 'VENUE_EVENTS_EVENTBRITE_TOKEN', '@v@' );
define( 'VENUE_EVENTS_CACHE_TTL', 15 * MINUTE_IN_SECONDS );
define( 'VENUE_EVENTS_PER_PAGE', 12 );

function venue_events_api_args() {
    return array(
        'headers' => array( 'Authorization' => 'Bearer ' . VENUE_EVENTS_EVENTBRITE_TOKEN ),
        'timeout' => 20,
    );
}
""", v=_v), _v, "WordPress plugin handbook: wp_remote_get; Eventbrite API authentication")

_v = eventbrite_token()
add("javascript/eventbrite", "functions/eventbrite-webhook.js", T("""// Netlify function: Eventbrite order.placed webhook -> fetch the order and push it to the CRM.
const fetch = require('node-fetch');

// TODO move to Netlify env vars before launch
const EB_TOKEN = '@a@' +
  '@b@';

exports.handler = async (event) => {
  const { api_url: apiUrl } = JSON.parse(event.body || '{}');
  if (!apiUrl) return { statusCode: 400, body: 'no api_url' };

  const res = await fetch(`${apiUrl}?expand=attendees`, {
    headers: { Authorization: `Bearer ${EB_TOKEN}` },
  });
  const order = await res.json();
  await fetch(process.env.CRM_INGEST_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: order.email, name: order.name, attendees: order.attendees.length }),
  });
  return { statusCode: 200, body: 'ok' };
};
""", a=_v[:10], b=_v[10:]), _v, "Eventbrite webhooks docs: order.placed payload with api_url")

# Eventbrite decoys
add("env/decoy-placeholder", "eventbrite-sync/.env.example", """# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
PORT=3030
EVENTBRITE_ORG_ID=
EVENTBRITE_PRIVATE_TOKEN=<your-eventbrite-private-token>
EVENTBRITE_WEBHOOK_ENDPOINT=https://sync.example.com/hooks/eventbrite
REDIS_URL=redis://localhost:6379/2
LOG_LEVEL=debug
""", None, "Eventbrite API docs: Authentication (private token placeholder)")

add("python/decoy-env-reference", "scripts/sales_report.py", T('''"""Daily sales per ticket class, from Eventbrite, posted as a table to stdout."""
import os
from collections import Counter

import requests

EVENTBRITE_TOKEN = os.environ["EVENTBRITE_PRIVATE_TOKEN"]
ORG_ID = "1849203746513"
EVENT_IDS = ["812345678901", "812345678977", "812345679013"]


def orders(event_id):
    url = f"https://www.eventbriteapi.com/v3/events/{event_id}/orders/"
    r = requests.get(url, headers={"Authorization": f"Bearer {EVENTBRITE_TOKEN}"}, timeout=30)
    r.raise_for_status()
    return r.json()["orders"]


if __name__ == "__main__":
    for event_id in EVENT_IDS:
        counts = Counter(o["status"] for o in orders(event_id))
        print(event_id, dict(counts))
'''), None, "Eventbrite API v3 reference: List Orders by Event")

_v = draw(18, UPD)
add("yaml/decoy-public-id", "config/settings.staging.yaml", T("""app:
  name: northlight-tickets
  base_url: https://staging.tickets.northlight.events
  timezone: Europe/Dublin

eventbrite:
  oauth:
    # The API key is the public client id shown on the OAuth consent page.
    client_id: @v@
    client_secret: ${EVENTBRITE_CLIENT_SECRET}
    redirect_uri: https://staging.tickets.northlight.events/oauth/eventbrite/callback
  organization_id: "2210457789123"
  sync_interval_minutes: 30
""", v=_v), None, "Eventbrite platform docs: OAuth (API key is the client id in the authorize URL)")

# Ticketmaster
_v = tm_key()
add("python/ticketmaster", "discovery/fetch_events.py", T('''import json
import time

import requests

DISCOVERY = "https://app.ticketmaster.com/discovery/v2/events.json"
PARAMS = {
    "apikey": "@v@",
    "countryCode": "GB",
    "classificationName": "music",
    "size": 200,
    "sort": "date,asc",
}


def all_pages(city):
    page = 0
    while True:
        r = requests.get(DISCOVERY, params={**PARAMS, "city": city, "page": page}, timeout=20)
        r.raise_for_status()
        body = r.json()
        yield from body.get("_embedded", {}).get("events", [])
        page += 1
        if page >= body["page"]["totalPages"]:
            return
        time.sleep(0.25)  # 5 requests per second quota


if __name__ == "__main__":
    print(json.dumps([e["name"] for e in all_pages("Manchester")], indent=2))
''', v=_v), _v, "Ticketmaster Discovery API v2 docs: apikey query parameter, rate limits")

_k, _v = tm_key(), draw(16)
add("json/ticketmaster", "config/ticketmaster.prod.json", T("""{
  "partnerApi": {
    "baseUrl": "https://app.ticketmaster.com/partners/v1",
    "apiKey": "@k@",
    "apiSecret": "@v@",
    "channel": "venue-kiosk",
    "timeoutMs": 15000
  },
  "discovery": {
    "baseUrl": "https://app.ticketmaster.com/discovery/v2",
    "venueIds": ["KovZpZAEkn6A", "KovZ917AJ-7"],
    "locale": "en-gb"
  }
}
""", k=_k, v=_v), _v, "Ticketmaster Partner API docs: API key and secret per channel")

_v = tm_key()
add("typescript/ticketmaster", "web/lib/ticketmaster.ts", T("""import 'server-only';

const TM_API_KEY = '@v@';
const BASE = 'https://app.ticketmaster.com/discovery/v2';

export type TmEvent = {
  id: string;
  name: string;
  url: string;
  dates: { start: { localDate: string; localTime?: string } };
};

export async function venueEvents(venueId: string): Promise<TmEvent[]> {
  const url = `${BASE}/events.json?venueId=${venueId}&apikey=${TM_API_KEY}&size=50`;
  const res = await fetch(url, { next: { revalidate: 600 } });
  if (!res.ok) throw new Error(`Discovery API ${res.status}`);
  const body = await res.json();
  return body._embedded?.events ?? [];
}
""", v=_v), _v, "Ticketmaster Discovery API docs; Next.js fetch revalidate")

_v = draw(16)
add("properties/ticketmaster", "box-office-api/src/main/resources/application-prod.properties", T("""server.port=8080
spring.application.name=box-office-api
management.endpoints.web.exposure.include=health,info,prometheus

ticketmaster.partner.base-url=https://app.ticketmaster.com/partners/v1
ticketmaster.partner.api-key=${TM_PARTNER_API_KEY}
ticketmaster.partner.api-secret=@v@
ticketmaster.partner.channel=box-office
ticketmaster.partner.hold-seconds=480

spring.datasource.url=jdbc:postgresql://db.internal:5432/boxoffice
spring.datasource.username=boxoffice
spring.datasource.password=${DB_PASSWORD}
""", v=_v), _v, "Spring Boot externalized configuration; Ticketmaster Partner API credentials")

_v = tm_key()
add("postman/ticketmaster", "postman/Ticketmaster.postman_environment.json", T("""{
  "id": "7d1f6e5a-2c44-4d8b-9f0e-31a7c2b9e610",
  "name": "Ticketmaster Discovery (prod)",
  "values": [
    { "key": "baseUrl", "value": "https://app.ticketmaster.com/discovery/v2", "type": "default", "enabled": true },
    { "key": "apikey", "value": "@v@", "type": "secret", "enabled": true },
    { "key": "venueId", "value": "KovZpZAEkn6A", "type": "default", "enabled": true },
    { "key": "countryCode", "value": "IE", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-03-12T10:41:07.118Z",
  "_postman_exported_using": "Postman/10.24.3"
}
""", v=_v), _v, "Postman docs: exporting environments (secret type values are exported)")

add("markdown/decoy-placeholder", "docs/ticketmaster-discovery.md", """# Ticketmaster Discovery API - how we use it

We read the public event listings for our three venues to show "also on nearby" cards.

1. Get a consumer key from https://developer.ticketmaster.com (My Apps). Ask ops to add it
   to the `tm-discovery` item in the vault; the app reads it as `TM_API_KEY`.
2. Test a call:

```bash
curl "https://app.ticketmaster.com/discovery/v2/events.json?venueId=KovZpZAEkn6A&apikey={apikey}"
```

Replace `{apikey}` with your consumer key (`YOUR_CONSUMER_KEY` in the portal examples).
The quota is 5000 calls a day and 5 per second; the sync job stays well below it.

| Setting       | Value                   |
|---------------|-------------------------|
| venueId       | KovZpZAEkn6A            |
| consumer key  | `$TM_API_KEY` (vault)   |
| secret        | not used by Discovery   |
""", None, "Ticketmaster Discovery API docs: getting started, {apikey} placeholder")

add("json/decoy-fixture-ids", "tests/fixtures/tm_event.json", """{
  "name": "The Lanterns - Spring Tour",
  "type": "event",
  "id": "G5vYZ9eK1nYfQ",
  "test": false,
  "url": "https://www.ticketmaster.co.uk/event/1F005E7AB2C3D4E5",
  "locale": "en-us",
  "sales": { "public": { "startDateTime": "2024-02-02T10:00:00Z", "endDateTime": "2024-05-18T19:00:00Z" } },
  "dates": { "start": { "localDate": "2024-05-18", "localTime": "19:30:00" }, "timezone": "Europe/London" },
  "_embedded": {
    "venues": [
      { "name": "Harbourlight Arena", "id": "KovZpZAEkn6A", "postalCode": "M1 1AA" }
    ],
    "attractions": [
      { "name": "The Lanterns", "id": "K8vZ917G8a7", "externalLinks": { "spotify": [{ "url": "https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb" }] } }
    ]
  },
  "_links": { "self": { "href": "/discovery/v2/events/G5vYZ9eK1nYfQ?locale=en-us" } }
}
""", None, "Ticketmaster Discovery API v2 event model (sample response)")

# Tito
_v = tito_token()
add("ruby/tito", "lib/tasks/tito_checkins.rake", T("""require "net/http"
require "json"

# rake tito:checkins[summer-camp-2024]
namespace :tito do
  TITO_TOKEN = "@v@".freeze
  ACCOUNT = "harbourlight".freeze

  desc "Import check-ins from Tito into the badge printer queue"
  task :checkins, [:event] => :environment do |_t, args|
    uri = URI("https://api.tito.io/v3/#{ACCOUNT}/#{args[:event]}/tickets?page[size]=500")
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = "Token token=#{TITO_TOKEN}"
    req["Accept"] = "application/json"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body).fetch("tickets").each do |t|
      BadgeJob.perform_later(t["reference"], t["name"], t["release_title"])
    end
  end
end
""", v=_v), _v, "Tito Admin API v3 docs: Authorization: Token token=")

_v = tito_token()
add("env/tito", "laravel/.env.production", T("""APP_NAME="Summer Camp Badges"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://badges.harbourlight.io

LOG_CHANNEL=stack
QUEUE_CONNECTION=redis

TITO_ACCOUNT=harbourlight
TITO_EVENT=summer-camp-2024
TITO_API_TOKEN=@v@

MAIL_MAILER=log
""", v=_v), _v, "Laravel configuration docs (.env); Tito Admin API tokens")

_v = draw(24)
add("toml/tito", "workers/tito-webhook/wrangler.toml", T("""name = "tito-webhook"
main = "src/index.ts"
compatibility_date = "2024-04-01"

[vars]
TITO_ACCOUNT = "harbourlight"
SLACK_CHANNEL = "#door-ops"
# used to verify the Tito-Signature header (HMAC-SHA256 of the body)
TITO_WEBHOOK_SECURITY_TOKEN = "@v@"

[[kv_namespaces]]
binding = "SEEN"
id = "4c1d9e7f0a2b48d39c5e6f7a8b9c0d1e"
""", v=_v), _v, "Cloudflare Wrangler configuration [vars]; Tito webhooks: security token and Tito-Signature")

add("toml/decoy-secret-binding", "workers/tito-webhook-v2/wrangler.toml", """name = "tito-webhook-v2"
main = "src/index.ts"
compatibility_date = "2024-06-20"

[vars]
TITO_ACCOUNT = "harbourlight"
SLACK_CHANNEL = "#door-ops"
# TITO_WEBHOOK_SECURITY_TOKEN and SLACK_WEBHOOK_URL are set with
#   npx wrangler secret put TITO_WEBHOOK_SECURITY_TOKEN
# and never live in this file.

[[kv_namespaces]]
binding = "SEEN"
id = "9a8b7c6d5e4f40312e1d0c9b8a7f6e5d"
""", None, "Cloudflare Wrangler docs: wrangler secret put")

# Universe
_k, _v = hexs(64), hexs(64)
add("python/universe", "integrations/universe_client.py", T('''import requests

TOKEN_URL = "https://www.universe.com/oauth/token"
GRAPHQL_URL = "https://www.universe.com/graphql"

CLIENT_ID = "@k@"
CLIENT_SECRET = "@v@"

QUERY = """
query Event($id: ID!) {
  event(id: $id) { title capacity ticketTypes { name price quantity } }
}
"""


def access_token():
    r = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def event(event_id):
    headers = {"Authorization": f"Bearer {access_token()}"}
    r = requests.post(GRAPHQL_URL, json={"query": QUERY, "variables": {"id": event_id}}, headers=headers)
    return r.json()["data"]["event"]
''', k=_k, v=_v), _v, "Universe developer docs: OAuth client credentials, GraphQL API")

# Cvent
_v = rand_pw(16)
add("xml/cvent", "integrations/cvent/login-request.xml", T("""<?xml version="1.0" encoding="utf-8"?>
<!-- Saved request for SoapUI: Cvent API Login (production account) -->
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:cvent="http://api.cvent.com/2006-11">
  <soap:Body>
    <cvent:Login>
      <cvent:AccountNumber>HARBLT001</cvent:AccountNumber>
      <cvent:UserName>hl_api_sync</cvent:UserName>
      <cvent:Password>@v@</cvent:Password>
    </cvent:Login>
  </soap:Body>
</soap:Envelope>
""", v=_v), _v, "Cvent SOAP API developer guide: Login call (AccountNumber, UserName, Password)")

_k, _v = uuid_s(), draw(52)
add("python/cvent", "integrations/cvent/rest_sync.py", T('''import requests

CVENT_HOST = "https://api-platform.cvent.com"
# Basic auth header for the client-credentials grant: base64(client_id:client_secret)
AUTH_HEADER = "Basic @basic@"


def token():
    r = requests.post(f"{CVENT_HOST}/ea/oauth2/token",
                      headers={"Authorization": AUTH_HEADER,
                               "Content-Type": "application/x-www-form-urlencoded"},
                      data={"grant_type": "client_credentials", "client_id": "@k@"},
                      timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def attendees(event_id):
    headers = {"Authorization": f"Bearer {token()}"}
    url = f"{CVENT_HOST}/ea/attendees?filter=event.id eq '{event_id}'"
    return requests.get(url, headers=headers, timeout=30).json()["data"]
''', k=_k, basic=b64(f"{_k}:{_v}")), _v, "Cvent REST API docs: OAuth2 client credentials with HTTP Basic")

_v = words_pw()
add("ini/cvent", "etl/cvent_export.ini", T("""; Cvent -> warehouse export, run by the nightly cron on etl01
[cvent]
wsdl = https://api.cvent.com/soap/V200611.ASMX?WSDL
account_number = HARBLT001
username = hl_etl_export
password = @v@
objects = Event, Registration, Contact

[warehouse]
host = warehouse.internal
port = 5432
database = events_dw
schema = cvent_raw
; warehouse password comes from ~/.pgpass

[run]
lookback_days = 3
batch_size = 200
""", v=_v), _v, "Cvent SOAP API guide (Login); Python configparser INI format")

add("xml/decoy-placeholder", "integrations/cvent/login-request.template.xml", """<?xml version="1.0" encoding="utf-8"?>
<!-- Template for SoapUI: fill in the account from the vault entry "Cvent API (sandbox)" -->
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:cvent="http://api.cvent.com/2006-11">
  <soap:Body>
    <cvent:Login>
      <cvent:AccountNumber>${#Project#cventAccount}</cvent:AccountNumber>
      <cvent:UserName>${#Project#cventUser}</cvent:UserName>
      <cvent:Password>${#Project#cventPassword}</cvent:Password>
    </cvent:Login>
  </soap:Body>
</soap:Envelope>
""", None, "SoapUI docs: property expansion ${#Project#name}")

# Bizzabo
_v = draw(40)
add("yaml/bizzabo", "config/integrations.yml", T("""integrations:
  bizzabo:
    enabled: true
    base_url: https://api.bizzabo.com/v1
    account_id: 41877
    client_id: hl-sync-prod
    client_secret: "@v@"
    events: [558210, 558244]
  hubspot:
    enabled: false
  slack:
    enabled: true
    channel: "#registrations"
    webhook_url: ${SLACK_WEBHOOK_URL}
""", v=_v), _v, "Bizzabo API docs: OAuth client credentials")

_v = draw(40)
add("javascript/bizzabo", "api/bizzabo-registrations.js", T("""// Vercel serverless function: latest registrations for the sponsor dashboard.
const BIZZABO_API = 'https://api.bizzabo.com/api';
const BIZZABO_KEY = "@v@";

module.exports = async (req, res) => {
  const eventId = req.query.event || '558210';
  const r = await fetch(`${BIZZABO_API}/registrations?eventId=${eventId}&size=100`, {
    headers: { Accept: 'application/vnd.bizzabo.v2.0+json', Authorization: `Bearer ${BIZZABO_KEY}` },
  });
  if (!r.ok) {
    res.status(502).json({ error: `bizzabo ${r.status}` });
    return;
  }
  const body = await r.json();
  res.setHeader('Cache-Control', 's-maxage=120');
  res.json(body.content.map((x) => ({ id: x.id, company: x.properties.company, ticket: x.ticketName })));
};
""", v=_v), _v, "Bizzabo Partner API docs: Bearer API key")

# Hopin (notebook)
_v = draw(48)
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Hopin engagement - Spring Summit\n", "Session attendance per stage."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "import requests\n", "\n",
                    f"HOPIN_TOKEN = \"{_v}\"\n", "EVENT = \"spring-summit-2023\"\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["r = requests.get(f\"https://api.hopin.com/v1/events/{EVENT}/registrations\",\n",
                    "                 headers={\"Authorization\": f\"Bearer {HOPIN_TOKEN}\"})\n",
                    "df = pd.json_normalize(r.json()[\"data\"])\n", "df.groupby(\"ticket.name\").size()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.4"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("ipynb/hopin", "analysis/hopin_engagement.ipynb", json.dumps(_nb, indent=1) + "\n", _v,
    "Jupyter nbformat 4; Hopin public API: Bearer token")

# Zoom
_v = zoom_secret()
add("env/zoom", "webinar-bot/.env", T("""# Zoom Server-to-Server OAuth app "Webinar Bot" (marketplace.zoom.us)
ZOOM_ACCOUNT_ID=@acc@
ZOOM_CLIENT_ID=@cid@
ZOOM_CLIENT_SECRET=@v@
ZOOM_WEBINAR_HOST=events@harbourlight.io
DEFAULT_WEBINAR_DURATION=60
""", acc=draw(22, URLSAFE), cid=draw(22), v=_v), _v, "Zoom docs: Server-to-Server OAuth app credentials")

_v = zoom_secret()
add("python/zoom", "webinars/zoom_api.py", T('''import base64
import requests

ACCOUNT_ID = "@acc@"
CLIENT_ID = "@cid@"
CLIENT_SECRET = "@v@"


def token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},
        headers={"Authorization": f"Basic {basic}"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def add_registrant(webinar_id: int, email: str, first: str, last: str) -> str:
    r = requests.post(
        f"https://api.zoom.us/v2/webinars/{webinar_id}/registrants",
        headers={"Authorization": f"Bearer {token()}"},
        json={"email": email, "first_name": first, "last_name": last},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["join_url"]
''', acc=draw(22, URLSAFE), cid=draw(22), v=_v), _v, "Zoom API docs: account_credentials grant, webinar registrants")

_v = draw(22)
add("javascript/zoom", "server/routes/zoom-webhook.js", T("""const crypto = require('crypto');
const express = require('express');

const router = express.Router();
const ZOOM_WEBHOOK_SECRET_TOKEN = '@v@';

router.post('/zoom/events', express.json(), (req, res) => {
  const message = `v0:${req.headers['x-zm-request-timestamp']}:${JSON.stringify(req.body)}`;
  const hash = crypto.createHmac('sha256', ZOOM_WEBHOOK_SECRET_TOKEN).update(message).digest('hex');
  if (req.headers['x-zm-signature'] !== `v0=${hash}`) return res.status(401).end();

  if (req.body.event === 'endpoint.url_validation') {
    const plainToken = req.body.payload.plainToken;
    const encryptedToken = crypto.createHmac('sha256', ZOOM_WEBHOOK_SECRET_TOKEN).update(plainToken).digest('hex');
    return res.json({ plainToken, encryptedToken });
  }
  if (req.body.event === 'webinar.participant_joined') {
    req.app.locals.checkins.push(req.body.payload.object.participant.email);
  }
  res.status(200).end();
});

module.exports = router;
""", v=_v), _v, "Zoom webhooks docs: secret token, x-zm-signature, endpoint.url_validation")

_v = zoom_secret()
add("k8s-secret/zoom", "deploy/k8s/webinar-bot-secret.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: webinar-bot-zoom
  namespace: events
  labels:
    app.kubernetes.io/name: webinar-bot
type: Opaque
data:
  ZOOM_ACCOUNT_ID: @acc@
  ZOOM_CLIENT_ID: @cid@
  ZOOM_CLIENT_SECRET: @v@
""", acc=b64(draw(22, URLSAFE)), cid=b64(draw(22)), v=b64(_v)), _v, "Kubernetes docs: Secret data (base64)")

_v = draw(36)
add("php/zoom", "config/zoom.php", T("""<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Zoom JWT app (legacy) - still used by the webinar import command
    |--------------------------------------------------------------------------
    */
    'api_key' => env('ZOOM_API_KEY', '@k@'),
    'api_secret' => env('ZOOM_API_SECRET', '@v@'),
    'base_url' => 'https://api.zoom.us/v2/',
    'token_life' => 60 * 60 * 24 * 7,
    'authentication_method' => 'jwt',
    'max_api_calls_per_request' => '5',
];
""", k=draw(22), v=_v), _v, "laravel-zoom package config (api_key, api_secret); Zoom JWT app type")

add("k8s/decoy-secret-ref", "deploy/k8s/webinar-bot-deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: webinar-bot
  namespace: events
spec:
  replicas: 2
  selector:
    matchLabels: { app: webinar-bot }
  template:
    metadata:
      labels: { app: webinar-bot }
    spec:
      containers:
        - name: bot
          image: ghcr.io/harbourlight/webinar-bot:2.4.1
          env:
            - name: ZOOM_ACCOUNT_ID
              valueFrom: { secretKeyRef: { name: webinar-bot-zoom, key: ZOOM_ACCOUNT_ID } }
            - name: ZOOM_CLIENT_ID
              valueFrom: { secretKeyRef: { name: webinar-bot-zoom, key: ZOOM_CLIENT_ID } }
            - name: ZOOM_CLIENT_SECRET
              valueFrom: { secretKeyRef: { name: webinar-bot-zoom, key: ZOOM_CLIENT_SECRET } }
            - name: ZOOM_WEBHOOK_SECRET_TOKEN
              valueFrom: { secretKeyRef: { name: webinar-bot-zoom, key: webhook-token } }
          ports:
            - containerPort: 8080
""", None, "Kubernetes docs: env valueFrom secretKeyRef")

add("javascript/decoy-test-vector", "server/test/zoom-webhook.test.js", T("""const crypto = require('crypto');
const request = require('supertest');

// Fake secret for the test app only; production reads ZOOM_WEBHOOK_SECRET_TOKEN from the env.
process.env.ZOOM_WEBHOOK_SECRET_TOKEN = 'test-secret-token';
const app = require('../app');

describe('zoom webhook', () => {
  it('answers the url validation challenge', async () => {
    const body = { event: 'endpoint.url_validation', payload: { plainToken: 'qgg8vlvZRS6UYooatFL8Aw' } };
    const ts = '1712345678';
    const sig = crypto.createHmac('sha256', 'test-secret-token').update(`v0:${ts}:${JSON.stringify(body)}`).digest('hex');
    const res = await request(app).post('/zoom/events')
      .set('x-zm-request-timestamp', ts).set('x-zm-signature', `v0=${sig}`).send(body);
    expect(res.body.plainToken).toBe('qgg8vlvZRS6UYooatFL8Aw');
    expect(res.body.encryptedToken).toBe('@enc@');
  });
});
""", enc=hexs(64)), None, "Zoom webhooks docs: URL validation (plainToken, encryptedToken HMAC output)")

# ---------------------------------------------------------------------------------------------
# Merch (Shopify) and payments (Stripe, Square, Adyen, SumUp)
# ---------------------------------------------------------------------------------------------
_v = shopify("shpat_")
add("env/shopify", "merch-sync/.env", T("""# merch-sync: pushes tour merch stock from the warehouse CSV into Shopify
SHOPIFY_STORE_DOMAIN=harbourlight-merch.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_ACCESS_TOKEN=@v@
SHOPIFY_LOCATION_ID=72614363287
WAREHOUSE_SFTP_HOST=sftp.fulfilment-partner.co.uk
WAREHOUSE_SFTP_USER=harbourlight
""", v=_v), _v, "Shopify docs: custom apps, Admin API access token (shpat_)")

_v = shopify("shpat_")
add("python/shopify", "merch/inventory.py", T('''import shopify

SHOP_URL = "harbourlight-merch.myshopify.com"
API_VERSION = "2024-04"
ACCESS_TOKEN = "@v@"


def set_stock(sku_to_qty, location_id=72614363287):
    session = shopify.Session(SHOP_URL, API_VERSION, ACCESS_TOKEN)
    shopify.ShopifyResource.activate_session(session)
    try:
        for variant in shopify.Variant.find(limit=250):
            if variant.sku in sku_to_qty:
                shopify.InventoryLevel.set(location_id, variant.inventory_item_id, sku_to_qty[variant.sku])
    finally:
        shopify.ShopifyResource.clear_session()
''', v=_v), _v, "Shopify Python API library README: Session with access token")

_v = shopify("shptka_")
add("github-actions/shopify", ".github/workflows/theme-deploy.yml", T("""name: Deploy merch theme
on:
  push:
    branches: [main]
    paths: ["theme/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_FLAG_STORE: harbourlight-merch.myshopify.com
      SHOPIFY_CLI_THEME_TOKEN: @v@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g @shopify/cli @shopify/theme
      - run: shopify theme push --path theme --theme 148902985943 --allow-live
""", v=_v), _v, "Shopify CLI docs: Theme Access app password (shptka_) in CI")

_v = shopify("shpss_")
add("javascript/shopify", "merch-app/web/webhooks.js", T("""import crypto from 'node:crypto';

// Custom app "Merch Sync" -> API secret key (used to sign webhooks)
const SHOPIFY_API_SECRET = 'shpss_' + '@rest@';

export function verifyShopifyWebhook(rawBody, hmacHeader) {
  const digest = crypto.createHmac('sha256', SHOPIFY_API_SECRET).update(rawBody, 'utf8').digest('base64');
  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(hmacHeader || ''));
}

export async function handleOrderPaid(order) {
  const tickets = order.line_items.filter((li) => li.sku && li.sku.startsWith('TIX-'));
  if (tickets.length) {
    await fetch(process.env.BOX_OFFICE_URL + '/merch-bundles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ order: order.id, email: order.email, tickets }),
    });
  }
}
""", rest=_v[len("shpss_"):]), _v, "Shopify docs: verify webhooks with the app's API secret key (shpss_)")

_v = hexs(32)
add("php/shopify", "merch-portal/src/Shopify/WebhookVerifier.php", T("""<?php

declare(strict_types=1);

namespace Harbourlight\\Merch\\Shopify;

final class WebhookVerifier
{
    // Partner app "Harbourlight Merch" - client secret from the Partner Dashboard
    private const CLIENT_SECRET = '@v@';

    public static function isValid(string $rawBody, string $hmacHeader): bool
    {
        $calculated = base64_encode(hash_hmac('sha256', $rawBody, self::CLIENT_SECRET, true));

        return hash_equals($calculated, $hmacHeader);
    }
}
""", v=_v), _v, "Shopify docs: HMAC verification with the app client secret")

add("toml/decoy-public-id", "merch-app/shopify.app.toml", T("""# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration

client_id = "@cid@"
name = "Merch Sync"
handle = "merch-sync-harbourlight"
application_url = "https://merch-sync.harbourlight.io"
embedded = true

[access_scopes]
scopes = "read_orders,write_inventory,read_products"

[auth]
redirect_urls = [ "https://merch-sync.harbourlight.io/auth/callback" ]

[webhooks]
api_version = "2024-04"

[pos]
embedded = false
""", cid=hexs(32)), None, "Shopify CLI docs: shopify.app.toml (client_id is public and committed)")

add("env/decoy-public-token", "merch-storefront/.env", T("""# Hydrogen storefront - these are the public storefront values (safe in the browser bundle).
SESSION_SECRET="${SESSION_SECRET}"
PUBLIC_STOREFRONT_API_TOKEN=@tok@
PUBLIC_STORE_DOMAIN=harbourlight-merch.myshopify.com
PUBLIC_STOREFRONT_ID=1000014522
PUBLIC_CHECKOUT_DOMAIN=shop.harbourlight.io
PRIVATE_STOREFRONT_API_TOKEN=
""", tok=hexs(32)), None, "Shopify Hydrogen docs: public storefront API token is public")

_v = stripe()
add("python/stripe", "boxoffice/payments.py", T('''import stripe

stripe.api_key = "@v@"
stripe.api_version = "2023-10-16"


def charge_walkup(amount_pence: int, reader_id: str, description: str) -> str:
    """Create a card-present PaymentIntent and hand it to the Terminal reader at the window."""
    intent = stripe.PaymentIntent.create(
        amount=amount_pence,
        currency="gbp",
        payment_method_types=["card_present"],
        capture_method="automatic",
        description=description,
        metadata={"channel": "box-office"},
    )
    stripe.terminal.Reader.process_payment_intent(reader_id, payment_intent=intent.id)
    return intent.id
''', v=_v), _v, "Stripe Terminal docs: server-driven integration, process_payment_intent")

_v = stripe()
add("env/stripe", "checkout/.env.production", T("""NEXT_PUBLIC_SITE_URL=https://tickets.harbourlight.io
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@pk@
STRIPE_SECRET_KEY=@v@
STRIPE_TAX_ENABLED=true
BOOKING_FEE_PERCENT=7.5
""", pk=stripe("pk_live_"), v=_v), _v, "Stripe docs: API keys (publishable vs secret)")

_v = whsec()
add("javascript/stripe", "checkout/server/stripe-webhook.js", T("""const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = "@v@";
const router = express.Router();

router.post('/stripe/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'checkout.session.completed') {
    await req.app.locals.tickets.issueForSession(event.data.object.id);
  }
  res.json({ received: true });
});

module.exports = router;
""", v=_v), _v, "Stripe docs: webhooks, constructEvent with the endpoint secret (whsec_)")

_v = whsec()
add("docker-compose/stripe", "docker-compose.override.yml", T("""services:
  checkout:
    build: ./checkout
    ports:
      - "3000:3000"
    environment:
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      STRIPE_WEBHOOK_SECRET: @v@
      DATABASE_URL: postgres://tickets@db:5432/tickets
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tickets
      POSTGRES_HOST_AUTH_METHOD: trust
""", v=_v), _v, "Docker Compose docs: environment; Stripe webhook signing secret")

_v = stripe("rk_live_")
add("php/stripe", "pos/app/Services/StripeTerminal.php", T("""<?php

namespace App\\Services;

use Stripe\\StripeClient;

class StripeTerminal
{
    private StripeClient $stripe;

    public function __construct()
    {
        // restricted key: terminal + payment_intents write only
        $this->stripe = new StripeClient('@v@');
    }

    public function connectionToken(): string
    {
        return $this->stripe->terminal->connectionTokens->create()->secret;
    }

    public function capture(string $intentId): void
    {
        $this->stripe->paymentIntents->capture($intentId);
    }
}
""", v=_v), _v, "Stripe docs: restricted API keys (rk_live_); Terminal connection tokens")

_v = stripe()
add("json/stripe", "kiosk/config/production.json", T("""{
  "kiosk": {
    "venue": "harbourlight-arena",
    "printer": "boca-lemur-c",
    "idleSeconds": 90
  },
  "stripe": {
    "secretKey": "@v@",
    "terminalLocation": "tml_FkGq3P0aX9bLcD",
    "currency": "gbp"
  },
  "api": {
    "baseUrl": "https://api.harbourlight.io",
    "timeoutMs": 8000
  }
}
""", v=_v), _v, "node-config docs (config/production.json); Stripe secret key")

add("javascript/decoy-publishable-key", "checkout/public/js/pay.js", T("""// Card element on the checkout page. The publishable key is meant to be public.
const stripe = Stripe('@pk@', { locale: 'en-GB' });
const elements = stripe.elements({ appearance: { theme: 'night' } });
const card = elements.create('payment');
card.mount('#payment-element');

document.querySelector('#pay').addEventListener('submit', async (e) => {
  e.preventDefault();
  const { error } = await stripe.confirmPayment({
    elements,
    confirmParams: { return_url: 'https://tickets.harbourlight.io/thanks' },
  });
  if (error) document.querySelector('#error').textContent = error.message;
});
""", pk=stripe("pk_live_")), None, "Stripe.js docs: Stripe(publishableKey)")

add("python/decoy-test-fixture", "boxoffice/tests/test_payments.py", """import pytest

from boxoffice import payments

# Stripe documented test values: test cards and test PaymentMethods, no real card data.
TEST_CARDS = {
    "visa": "4242424242424242",
    "visa_debit": "4000056655665556",
    "declined": "4000000000000002",
    "insufficient_funds": "4000000000009995",
}
TEST_PM = "pm_card_visa"
TEST_READER = "tmr_simulated_wisepos_e"


@pytest.fixture
def fake_stripe(monkeypatch):
    monkeypatch.setattr(payments.stripe, "api_key", "sk_test_dummy")
    return payments.stripe


def test_walkup_uses_card_present(fake_stripe, stripe_mock):
    intent_id = payments.charge_walkup(4500, TEST_READER, "2x Standing")
    assert intent_id.startswith("pi_")
    assert stripe_mock.last_request["payment_method_types"] == ["card_present"]
""", None, "Stripe docs: testing (test card numbers, simulated readers)")

add("python/decoy-signature", "checkout/tests/fixtures/webhook_headers.py", T('''# Recorded from `stripe listen` against the test account; the signing secret used to make
# these headers is the CLI's throwaway one and is not stored here.
HEADERS = {
    "Stripe-Signature": "t=1712668800,v1=@sig1@,v0=@sig0@",
    "Content-Type": "application/json; charset=utf-8",
    "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
}

EVENT_ID = "evt_1P3bQ2Lk8Hn4xYz0aBcDeFgH"
SESSION_ID = "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ"
'''.replace("@sig1@", hexs(64)).replace("@sig0@", hexs(64))), None, "Stripe docs: Stripe-Signature header (t, v1 HMAC values)")

_v = square_token()
add("yaml/square", "pos-sync/config/square.yml", T("""square:
  environment: production
  access_token: @v@
  location_ids:
    bar_main: L9K4GQ2W8XH7A
    merch_stand: LQ1T3DZX0M9RB
  catalog_sync_minutes: 15
reporting:
  timezone: Europe/London
  export_bucket: s3://harbourlight-pos-exports
""", v=_v), _v, "Square developer docs: access tokens (EAAA...)")

_v = square_token()
add("python/square", "pos-sync/square_sales.py", T('''from datetime import datetime, timedelta, timezone

from square.client import Client

client = Client(
    access_token="@v@",
    environment="production",
)


def bar_sales_last_night(location_id="L9K4GQ2W8XH7A"):
    end = datetime.now(timezone.utc).replace(hour=6, minute=0)
    start = end - timedelta(hours=14)
    result = client.orders.search_orders(body={
        "location_ids": [location_id],
        "query": {"filter": {"date_time_filter": {"closed_at": {
            "start_at": start.isoformat(), "end_at": end.isoformat()}}}},
    })
    if result.is_error():
        raise RuntimeError(result.errors)
    return sum(o["total_money"]["amount"] for o in result.body.get("orders", []))
''', v=_v), _v, "Square Python SDK README: Client(access_token=...)")

_v = "sq0csp-" + draw(43, URLSAFE)
add("env/square", "pos-oauth/.env", T("""SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=sq0idp-@app@
SQUARE_APPLICATION_SECRET=@v@
SQUARE_OAUTH_REDIRECT=https://pos.harbourlight.io/square/callback
SESSION_COOKIE_NAME=pos_sid
""", app=draw(22, URLSAFE), v=_v), _v, "Square OAuth docs: application secret (sq0csp-)")

add("html/decoy-public-id", "pos-web/templates/pay.html", T("""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay at the bar</title>
  <script type="text/javascript" src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form"><div id="card-container"></div><button id="card-button">Pay</button></form>
  <script>
    // Application id and location id are public identifiers for the Web Payments SDK.
    const appId = 'sq0idp-@app@';
    const locationId = 'L9K4GQ2W8XH7A';
    (async () => {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
    })();
  </script>
</body>
</html>
""", app=draw(22, URLSAFE)), None, "Square Web Payments SDK quickstart: application id and location id")

_v = adyen_key()
add("json/adyen", "terminal-gateway/config/adyen.json", T("""{
  "environment": "LIVE",
  "merchantAccount": "HarbourlightVenuesGB",
  "liveEndpointUrlPrefix": "1797a841fbb37ca7-HarbourlightVenues",
  "apiKey": "@v@",
  "terminals": {
    "gate-a-1": "S1F2-000158224617083",
    "gate-a-2": "S1F2-000158224617091",
    "bar-north": "V400m-347012398"
  },
  "saleId": "HL-POS",
  "cloudApi": "https://terminal-api-live.adyen.com/sync"
}
""", v=_v), _v, "Adyen Terminal API docs: cloud communications with an API key")

_v = "sup_sk_" + draw(32)
add("typescript/sumup", "popup-bar/src/sumup.ts", T("""// Pop-up bar at the festival site: card readers paired through the SumUp Cloud API.
const SUMUP_API = 'https://api.sumup.com';
const SUMUP_SECRET_KEY = '@v@';
const MERCHANT_CODE = 'MH4K9QWX';

export async function startReaderCheckout(readerId: string, amount: number, description: string) {
  const res = await fetch(`${SUMUP_API}/v0.1/merchants/${MERCHANT_CODE}/readers/${readerId}/checkout`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${SUMUP_SECRET_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ total_amount: { value: amount, currency: 'EUR', minor_unit: 2 }, description }),
  });
  if (!res.ok) throw new Error(`SumUp ${res.status}: ${await res.text()}`);
  return res.json();
}
""", v=_v), _v, "SumUp developer docs: API keys (sup_sk_), Cloud API readers checkout")

# ---------------------------------------------------------------------------------------------
# Attendee email and SMS campaigns, CRM and push
# ---------------------------------------------------------------------------------------------
_v = hexs(32)
add("env/twilio", "sms-reminders/.env", T("""# Door-time SMS reminders (Twilio Messaging Service "Harbourlight Reminders")
TWILIO_ACCOUNT_SID=@sid@
TWILIO_AUTH_TOKEN=@v@
TWILIO_MESSAGING_SERVICE_SID=@mg@
REMINDER_HOURS_BEFORE=3
QUIET_HOURS=22-08
""", sid=twilio_sid(), v=_v, mg=twilio_sid("MG")), _v, "Twilio docs: Account SID and Auth Token")

_v = hexs(32)
add("python/twilio", "sms-reminders/send.py", T('''from twilio.rest import Client

client = Client("@sid@", "@v@")

TEMPLATE = ("Hi {name}, doors for {show} open at {doors}. "
            "Your tickets: {link} Reply STOP to opt out.")


def remind(booking):
    return client.messages.create(
        messaging_service_sid="@mg@",
        to=booking.phone,
        body=TEMPLATE.format(name=booking.first_name, show=booking.show,
                             doors=booking.doors.strftime("%H:%M"), link=booking.wallet_link),
    ).sid
''', sid=twilio_sid(), v=_v, mg=twilio_sid("MG")), _v, "Twilio Python helper library: Client(account_sid, auth_token)")

_v = draw(32)
add("php/twilio", "boxoffice/src/Sms/TwilioSender.php", T("""<?php

namespace BoxOffice\\Sms;

use Twilio\\Rest\\Client;

class TwilioSender
{
    private const API_KEY_SID = '@sk@';
    private const API_KEY_SECRET = '@v@';
    private const ACCOUNT_SID = '@ac@';

    private Client $client;

    public function __construct()
    {
        $this->client = new Client(self::API_KEY_SID, self::API_KEY_SECRET, self::ACCOUNT_SID);
    }

    public function send(string $to, string $body): string
    {
        return $this->client->messages->create($to, ['from' => 'HARBOURLT', 'body' => $body])->sid;
    }
}
""", sk=twilio_sid("SK"), v=_v, ac=twilio_sid()), _v, "Twilio docs: API keys (SK sid and secret) with the PHP helper")

_v = hexs(32)
add("helm/twilio", "deploy/helm/sms-reminders/values-prod.yaml", T("""replicaCount: 1

image:
  repository: ghcr.io/harbourlight/sms-reminders
  tag: "1.8.0"

schedule: "*/5 * * * *"

twilio:
  accountSid: @sid@
  authToken: @v@
  messagingServiceSid: @mg@

resources:
  requests: { cpu: 50m, memory: 64Mi }
""", sid=twilio_sid(), v=_v, mg=twilio_sid("MG")), _v, "Helm docs: values files; Twilio credentials")

add("python/decoy-public-id", "sms-reminders/settings.py", T('''import os

# The Account SID and Messaging Service SID are identifiers, shown in every API URL.
TWILIO_ACCOUNT_SID = "@sid@"
TWILIO_MESSAGING_SERVICE_SID = "@mg@"
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")

REMINDER_HOURS_BEFORE = int(os.environ.get("REMINDER_HOURS_BEFORE", "3"))
QUIET_HOURS = (22, 8)
SENDER_ID = "HARBOURLT"
''', sid=twilio_sid(), mg=twilio_sid("MG")), None, "Twilio docs: Account SID is an identifier; auth token from the environment")

_v = sendgrid_key()
add("python/sendgrid", "mailer/ticket_email.py", T('''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail

sg = SendGridAPIClient("@v@")


def send_tickets(to_email, order_ref, pdf_b64):
    message = Mail(
        from_email="tickets@harbourlight.io",
        to_emails=to_email,
    )
    message.template_id = "d-4e1b2c3d4f5a6b7c8d9e0f1a2b3c4d5e"
    message.dynamic_template_data = {"order_ref": order_ref}
    message.attachment = Attachment(file_content=pdf_b64, file_name=f"{order_ref}.pdf",
                                    file_type="application/pdf", disposition="attachment")
    return sg.send(message).status_code
''', v=_v), _v, "SendGrid Python library README: SendGridAPIClient(api_key)")

_v = sendgrid_key()
add("json/sendgrid", "mailer/config/default.json", T("""{
  "mail": {
    "provider": "sendgrid",
    "sendgrid": {
      "apiKey": "@v@",
      "ipPool": "transactional",
      "templates": {
        "orderConfirmation": "d-8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d",
        "eventReminder": "d-1f2e3d4c5b6a79880716253443526170"
      }
    },
    "from": { "email": "tickets@harbourlight.io", "name": "Harbourlight Tickets" }
  }
}
""", v=_v), _v, "node-config docs; SendGrid API keys (SG.)")

_v = sendgrid_key()
add("gitlab-ci/sendgrid", ".gitlab-ci.yml", T("""stages: [test, deploy]

variables:
  NODE_VERSION: "20"
  SENDGRID_API_KEY: "@v@"
  MAIL_SANDBOX: "false"

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: node:20
  script:
    - npm ci --omit=dev
    - npx serverless deploy --stage prod
  only: [main]
""", v=_v), _v, "GitLab CI docs: variables in .gitlab-ci.yml")

add("gitlab-ci/decoy-ci-variable", "mailer/.gitlab-ci.yml", """stages: [test, deploy]

variables:
  NODE_VERSION: "20"
  # SENDGRID_API_KEY is a masked, protected CI/CD variable (Settings > CI/CD > Variables)
  MAIL_SANDBOX: "false"

deploy:
  stage: deploy
  image: node:20
  script:
    - npm ci --omit=dev
    - test -n "$SENDGRID_API_KEY"
    - npx serverless deploy --stage prod --param="sendgridKey=$SENDGRID_API_KEY"
  only: [main]
""", None, "GitLab CI docs: masked and protected CI/CD variables")

_v = mailchimp_key()
add("php/mailchimp", "newsletter/subscribe.php", T("""<?php
require_once __DIR__ . '/vendor/autoload.php';

$mailchimp = new \\MailchimpMarketing\\ApiClient();
$mailchimp->setConfig([
    'apiKey' => '@v@',
    'server' => '@srv@',
]);

$listId = '4f1c2b9a7e';
$email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
if (!$email) {
    http_response_code(422);
    exit('invalid email');
}

$mailchimp->lists->setListMember($listId, md5(strtolower($email)), [
    'email_address' => $email,
    'status_if_new' => 'pending',
    'tags' => ['whats-on'],
]);
echo 'ok';
""", v=_v, srv=_v.split("-")[1]), _v, "Mailchimp Marketing API PHP quickstart: setConfig apiKey and server")

_v = mailchimp_key()
add("python/mailchimp", "crm/sync_ticket_buyers.py", T('''from mailchimp3 import MailChimp

client = MailChimp(mc_api="@v@", mc_user="harbourlight")
AUDIENCE = "4f1c2b9a7e"


def upsert(buyer):
    client.lists.members.create_or_update(AUDIENCE, buyer.email_hash, {
        "email_address": buyer.email,
        "status_if_new": "subscribed" if buyer.marketing_opt_in else "transactional",
        "merge_fields": {"FNAME": buyer.first_name, "LASTSHOW": buyer.last_show},
    })
''', v=_v), _v, "mailchimp3 README: MailChimp(mc_api=..., mc_user=...)")

_v = "key-" + hexs(32)
add("env/mailgun", "mailer/.env.prod", T("""MAIL_DRIVER=mailgun
MAILGUN_DOMAIN=mg.harbourlight.io
MAILGUN_SECRET=@v@
MAILGUN_ENDPOINT=api.eu.mailgun.net
MAIL_FROM_ADDRESS=noreply@harbourlight.io
MAIL_FROM_NAME="Harbourlight Tickets"
""", v=_v), _v, "Laravel mail docs: Mailgun driver (MAILGUN_SECRET)")

_v = hexs(32) + "-" + hexs(8) + "-" + hexs(8)
add("shell/mailgun", "ops/send-test-mail.sh", T("""#!/bin/sh
# Send a test "your tickets" mail through Mailgun EU to check DKIM after DNS changes.
TO="${1:-ops@harbourlight.io}"

curl -s --user 'api:@v@' \\
    https://api.eu.mailgun.net/v3/mg.harbourlight.io/messages \\
    -F from='Harbourlight Tickets <noreply@mg.harbourlight.io>' \\
    -F to="$TO" \\
    -F subject='DKIM check' \\
    -F text='If this lands in the inbox, the new DNS records work.'
""", v=_v), _v, "Mailgun API docs: curl --user 'api:YOUR_API_KEY'")

_v = uuid_s()
add("toml/postmark", "mailer/settings.toml", T("""[default]
mail_backend = "postmark"
from_email = "tickets@harbourlight.io"
reply_to = "boxoffice@harbourlight.io"

[default.postmark]
server_token = "@v@"
message_stream = "outbound"
track_opens = false

[development]
mail_backend = "console"
""", v=_v), _v, "Dynaconf settings.toml; Postmark docs: server API token (X-Postmark-Server-Token)")

_v = brevo_key()
add("javascript/brevo", "campaigns/send-presale.js", T("""// Presale code mail to the fan club list (Brevo, formerly Sendinblue)
const SibApiV3Sdk = require('sib-api-v3-sdk');

const client = SibApiV3Sdk.ApiClient.instance;
client.authentications['api-key'].apiKey = '@v@';

const api = new SibApiV3Sdk.EmailCampaignsApi();

async function main() {
  const campaign = await api.createEmailCampaign({
    name: 'Presale - The Lanterns',
    templateId: 41,
    sender: { name: 'Harbourlight', email: 'news@harbourlight.io' },
    recipients: { listIds: [7] },
    scheduledAt: '2024-05-02T09:00:00+01:00',
  });
  console.log('scheduled', campaign.id);
}

main().catch((e) => { console.error(e); process.exit(1); });
""", v=_v), _v, "Brevo (Sendinblue) Node SDK README: api-key authentication (xkeysib-)")

_v = brevo_key()
add("yaml/brevo", "campaigns/config/brevo.yaml", T("""brevo:
  api_url: https://api.brevo.com/v3
  api_key: '@v@'
  lists:
    fan_club: 7
    venue_newsletter: 3
    lapsed_buyers: 12
  sms_sender: HARBOURLT
""", v=_v), _v, "Brevo API docs: api-key header (xkeysib-)")

_v = "pk_" + hexs(34)
add("python/klaviyo", "merch/klaviyo_events.py", T('''import requests

KLAVIYO_PRIVATE_KEY = "@v@"
HEADERS = {
    "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
    "revision": "2024-02-15",
    "accept": "application/json",
    "content-type": "application/json",
}


def track_ticket_purchase(email, show, value):
    body = {"data": {"type": "event", "attributes": {
        "properties": {"Show": show},
        "metric": {"data": {"type": "metric", "attributes": {"name": "Bought Ticket"}}},
        "profile": {"data": {"type": "profile", "attributes": {"email": email}}},
        "value": value,
    }}}
    requests.post("https://a.klaviyo.com/api/events/", json=body, headers=HEADERS, timeout=10).raise_for_status()
''', v=_v), _v, "Klaviyo API docs: private API key (pk_) in Klaviyo-API-Key header")

add("liquid/decoy-public-key", "theme/snippets/klaviyo-onsite.liquid", T("""{% comment %}
  Klaviyo onsite tracking. The company_id is the public API key (site id) and is meant
  to be in the page; the private key stays in the merch backend.
{% endcomment %}
<script async type="text/javascript"
  src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@pub@"></script>
<script>
  window.klaviyo = window.klaviyo || [];
  {% if customer %}
  klaviyo.push(['identify', { '$email': {{ customer.email | json }} }]);
  {% endif %}
</script>
""", pub=draw(6)), None, "Klaviyo docs: public API key / site ID in the onsite snippet")

_v = draw(16)
add("ini/vonage", "sms-gateway/vonage.ini", T("""[vonage]
api_key = @k@
api_secret = @v@
sender = Harbourlight
callback = https://sms.harbourlight.io/dlr

[limits]
per_second = 25
daily_cap = 40000
""", k=hexs(8), v=_v), _v, "Vonage SMS API docs: api_key and api_secret")

_v = "pat-eu1-" + uuid_s()
add("python/hubspot", "crm/hubspot_contacts.py", T('''from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@v@")


def add_attendee(email, first, last, event_name):
    props = {"email": email, "firstname": first, "lastname": last,
             "last_event_attended": event_name, "lifecyclestage": "subscriber"}
    return api.crm.contacts.basic_api.create(
        simple_public_object_input_for_create=SimplePublicObjectInputForCreate(properties=props)
    ).id
''', v=_v), _v, "HubSpot docs: private app access tokens (pat-)")

_v = draw(48)
add("python/onesignal", "mobile-push/notify_doors.py", T('''import requests

ONESIGNAL_APP_ID = "@app@"
ONESIGNAL_REST_API_KEY = "@v@"


def doors_open(show_tag: str, message: str):
    r = requests.post(
        "https://onesignal.com/api/v1/notifications",
        headers={"Authorization": f"Basic {ONESIGNAL_REST_API_KEY}"},
        json={
            "app_id": ONESIGNAL_APP_ID,
            "filters": [{"field": "tag", "key": "show", "relation": "=", "value": show_tag}],
            "contents": {"en": message},
        },
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["id"]
''', app=uuid_s(), v=_v), _v, "OneSignal REST API docs: Authorization Basic REST API key")

_v = "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)
add("javascript/fcm", "mobile-push/legacy/send.js", T("""// Legacy FCM HTTP sender still used by the 2019 festival app build.
const https = require('https');

const SERVER_KEY = '@v@';

function push(topic, title, body) {
  const payload = JSON.stringify({ to: `/topics/${topic}`, notification: { title, body } });
  const req = https.request({
    host: 'fcm.googleapis.com',
    path: '/fcm/send',
    method: 'POST',
    headers: { Authorization: `key=${SERVER_KEY}`, 'Content-Type': 'application/json' },
  });
  req.end(payload);
}

module.exports = { push };
""", v=_v), _v, "Firebase docs: legacy HTTP API, Authorization: key=<server key>")

add("json/decoy-firebase-config", "festival-app/android/app/google-services.json", T("""{
  "project_info": {
    "project_number": "@num@",
    "project_id": "harbourlight-festival",
    "storage_bucket": "harbourlight-festival.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@num@:android:@appid@",
        "android_client_info": { "package_name": "io.harbourlight.festival" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "AIza@key@" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", num=digits(12), appid=hexs(16), key=draw(35, URLSAFE)), None,
    "Firebase docs: google-services.json is not secret (API keys identify the project)")

add("env/decoy-placeholder", "campaigns/.env.sample", """# Campaign tools - copy to .env
BREVO_API_KEY=xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx
MAILCHIMP_API_KEY=your-mailchimp-api-key-us14
SENDGRID_API_KEY=SG.your_key_here
KLAVIYO_PRIVATE_KEY=pk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
TWILIO_AUTH_TOKEN=changeme
POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000
""", None, "Brevo, Mailchimp, SendGrid, Klaviyo, Twilio, Postmark docs: key formats (placeholders)")

# ---------------------------------------------------------------------------------------------
# Livestreaming (YouTube, Twitch, Mux, Vimeo, IVS, Cloudflare Stream, Facebook)
# ---------------------------------------------------------------------------------------------
_v = yt_stream_key()
add("nginx/youtube", "streaming/nginx-rtmp/nginx.conf", T("""worker_processes auto;
rtmp_auto_push on;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application live {
            live on;
            record off;
            allow publish 10.20.0.0/16;
            deny publish all;

            # main stage simulcast
            push rtmp://a.rtmp.youtube.com/live2/@v@;
        }
    }
}

http {
    server {
        listen 8080;
        location /stat { rtmp_stat all; }
    }
}
""", v=_v), _v, "nginx-rtmp-module directives (push); YouTube Live RTMP ingest URL and stream key")

_v = twitch_stream_key()
add("nginx/twitch", "streaming/nginx-rtmp/conf.d/stage-b.conf", T("""# included from nginx.conf inside rtmp { server { ... } }
application stageb {
    live on;
    record off;
    meta copy;
    allow publish 10.20.4.0/24;
    deny publish all;

    push rtmp://lhr03.contribute.live-video.net/app/@v@;
    exec_push /usr/local/bin/thumb.sh $name;
}
""", v=_v), _v, "nginx-rtmp-module push; Twitch ingest endpoints and stream key (live_)")

_v = twitch_stream_key()
add("json/obs", "streaming/obs/profiles/MainStage/service.json", T("""{
    "settings": {
        "bwtest": false,
        "key": "@v@",
        "server": "auto",
        "service": "Twitch"
    },
    "type": "rtmp_common"
}
""", v=_v), _v, "OBS Studio profile service.json (rtmp_common settings.key)")

_v = yt_stream_key()
add("shell/youtube", "streaming/scripts/simulcast-foh.sh", T("""#!/usr/bin/env bash
# Send the FOH programme feed from the Blackmagic capture card to YouTube.
set -e
INPUT="${INPUT:-/dev/video0}"

ffmpeg -f v4l2 -framerate 30 -video_size 1920x1080 -i "$INPUT" \\
  -f alsa -ac 2 -i hw:1 \\
  -c:v libx264 -preset veryfast -b:v 6000k -maxrate 6000k -bufsize 12000k \\
  -pix_fmt yuv420p -g 60 -c:a aac -b:a 160k -ar 48000 \\
  -f flv "rtmp://a.rtmp.youtube.com/live2/@v@"
""", v=_v), _v, "YouTube Live docs: RTMP ingest with ffmpeg; ffmpeg flv output")

_v = mux_secret()
add("python/mux", "streaming/mux_live.py", T('''import mux_python

configuration = mux_python.Configuration()
configuration.username = "@tid@"
configuration.password = "@v@"

live_api = mux_python.LiveStreamsApi(mux_python.ApiClient(configuration))


def new_stage_stream(stage_name: str):
    req = mux_python.CreateLiveStreamRequest(
        playback_policy=[mux_python.PlaybackPolicy.PUBLIC],
        new_asset_settings=mux_python.CreateAssetRequest(playback_policy=[mux_python.PlaybackPolicy.PUBLIC]),
        reconnect_window=60,
        passthrough=stage_name,
    )
    stream = live_api.create_live_stream(req).data
    return stream.id, stream.stream_key, stream.playback_ids[0].id
''', tid=uuid_s(), v=_v), _v, "Mux Python SDK README: Configuration username (token id) and password (token secret)")

_v = uuid_s()
add("docker-compose/mux", "streaming/restreamer/docker-compose.yml", T("""services:
  restreamer:
    image: datarhei/restreamer:2.8.0
    restart: unless-stopped
    ports:
      - "8080:8080"
      - "1935:1935"
    volumes:
      - ./config:/core/config
      - ./data:/core/data
    environment:
      CORE_RTMP_ENABLE: "true"
      CORE_RTMP_APP: /live
      # push the programme to Mux for the on-demand replay
      MUX_RTMP_TARGET: rtmps://global-live.mux.com:443/app/@v@
""", v=_v), _v, "Mux docs: RTMPS ingest URL rtmps://global-live.mux.com:443/app/{STREAM_KEY}")

_v = hexs(32)
add("python/vimeo", "archive/upload_vods.py", T('''import pathlib

import vimeo

client = vimeo.VimeoClient(
    token="@v@",
    key="@k@",
    secret=None,
)

FOLDER = "/users/128845471/projects/17922301"


def upload(path: pathlib.Path, title: str) -> str:
    uri = client.upload(str(path), data={"name": title, "privacy": {"view": "unlisted"}})
    client.put(f"{FOLDER}{uri.replace('/videos', '/videos', 1)}")
    return uri


if __name__ == "__main__":
    for mp4 in sorted(pathlib.Path("/srv/vod/out").glob("*.mp4")):
        print(upload(mp4, mp4.stem.replace("_", " ")))
''', v=_v, k=hexs(40)), _v, "vimeo.py README: VimeoClient(token=..., key=..., secret=...)")

_v = ivs_stream_key()
add("env/ivs", "streaming/encoder/.env", T("""# Elemental/ffmpeg encoder box in the OB truck -> Amazon IVS channel "mainstage"
IVS_INGEST=rtmps://a1b2c3d4e5f6.global-contribute.live-video.net:443/app/
IVS_STREAM_KEY=@v@
IVS_PLAYBACK_URL=https://a1b2c3d4e5f6.eu-west-1.playback.live-video.net/api/video/v1/eu-west-1.123456789012.channel.AbCdEfGh1234.m3u8
VIDEO_BITRATE=8500k
""", v=_v), _v, "Amazon IVS docs: stream key (sk_<region>_...) and ingest endpoint")

_v = hexs(32) + "k" + hexs(32)
add("json/cloudflare-stream", "streaming/config/cf-stream.json", T("""{
  "accountId": "@acct@",
  "liveInputs": {
    "main-stage": {
      "uid": "@uid@",
      "rtmps": {
        "url": "rtmps://live.cloudflare.com:443/live/",
        "streamKey": "@v@"
      },
      "recording": { "mode": "automatic", "timeoutSeconds": 60 }
    }
  }
}
""", acct=hexs(32), uid=hexs(32), v=_v), _v, "Cloudflare Stream docs: live inputs, RTMPS url and streamKey")

_v = draw(30, LOWD)
add("powershell/twitch", "streaming/scripts/Register-EventSub.ps1", T("""# Subscribe the chat overlay to stream.online for the festival channel.
$ClientId     = '@cid@'
$ClientSecret = '@v@'
$Broadcaster  = '512398760'

$token = Invoke-RestMethod -Method Post -Uri 'https://id.twitch.tv/oauth2/token' -Body @{
    client_id     = $ClientId
    client_secret = $ClientSecret
    grant_type    = 'client_credentials'
}

$headers = @{ 'Client-Id' = $ClientId; Authorization = "Bearer $($token.access_token)" }
$body = @{
    type = 'stream.online'; version = '1'
    condition = @{ broadcaster_user_id = $Broadcaster }
    transport = @{ method = 'webhook'; callback = 'https://overlay.harbourlight.io/eventsub'; secret = $env:EVENTSUB_SECRET }
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Uri 'https://api.twitch.tv/helix/eventsub/subscriptions' -Headers $headers -Body $body -ContentType 'application/json'
""", cid=draw(30, LOWD), v=_v), _v, "Twitch docs: client credentials grant flow, EventSub subscriptions")

_v = "FB-" + digits(16) + "-0-" + draw(30, URLSAFE)
add("yaml/facebook-live", "streaming/restream-targets.yml", T("""# Targets for the simulcast relay (one push per platform)
targets:
  - name: youtube
    url: rtmp://a.rtmp.youtube.com/live2
    key_env: YT_STREAM_KEY
  - name: facebook
    url: rtmps://live-api-s.facebook.com:443/rtmp/
    key: "@v@"
  - name: archive
    url: rtmp://127.0.0.1/record
    key: mainstage
encoder:
  video_bitrate: 6000k
  audio_bitrate: 160k
""", v=_v), _v, "Facebook Live Producer docs: persistent stream key (FB-...) and RTMPS URL")

add("nginx/decoy-template", "streaming/ansible/templates/nginx-rtmp.conf.j2", """worker_processes auto;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application live {
            live on;
            record off;
{% for net in rtmp_publish_allow %}
            allow publish {{ net }};
{% endfor %}
            deny publish all;
{% if youtube_stream_key is defined %}
            push rtmp://a.rtmp.youtube.com/live2/{{ youtube_stream_key }};
{% endif %}
{% if twitch_stream_key is defined %}
            push rtmp://lhr03.contribute.live-video.net/app/{{ twitch_stream_key }};
{% endif %}
        }
    }
}
""", None, "Ansible template module (Jinja2); nginx-rtmp-module push")

add("json/decoy-empty-key", "streaming/obs/profiles/Rehearsal/service.json", """{
    "settings": {
        "bwtest": false,
        "key": "",
        "server": "rtmp://10.20.4.10/live",
        "use_auth": false
    },
    "type": "rtmp_custom"
}
""", None, "OBS Studio profile service.json (rtmp_custom, no key)")

add("html/decoy-public-id", "site/templates/watch.html", T("""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Watch live - Harbourlight Festival</title>
  <script src="https://cdn.jsdelivr.net/npm/@mux/mux-player@2" integrity="sha384-@sri@" crossorigin="anonymous"></script>
</head>
<body>
  <!-- playback ids are public; signed playback is not used for the free stream -->
  <mux-player playback-id="@pid@" metadata-video-title="Main stage" stream-type="live"></mux-player>
  <iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/live_stream?channel=UC@chan@"
          title="YouTube mirror" allowfullscreen></iframe>
</body>
</html>
""", sri=b64_bytes(48), pid=draw(44), chan=draw(22, URLSAFE)), None,
    "Mux Player docs: playback-id is public; SRI integrity attribute; YouTube embed live_stream")

# ---------------------------------------------------------------------------------------------
# Alerts to the ops team (Slack, Discord, Telegram)
# ---------------------------------------------------------------------------------------------
_v = slack_webhook()
add("yaml/slack", "monitoring/alertmanager/alertmanager.yml", T("""global:
  resolve_timeout: 5m
  slack_api_url: '@v@'

route:
  receiver: door-ops
  group_by: [alertname, venue]
  group_wait: 20s
  repeat_interval: 2h
  routes:
    - matchers: [severity="page"]
      receiver: door-ops

receivers:
  - name: door-ops
    slack_configs:
      - channel: '#door-ops'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.venue }}'
        text: '{{ range .Alerts }}{{ .Annotations.summary }}{{ "\\n" }}{{ end }}'
""", v=_v), _v, "Prometheus Alertmanager configuration docs: slack_api_url")

_v = slack_webhook()
add("python/slack", "boxoffice/notify.py", T('''import requests

SALES_WEBHOOK = "@v@"


def sold_out(show, venue, capacity):
    requests.post(SALES_WEBHOOK, json={
        "text": f":tada: *{show}* at {venue} is SOLD OUT ({capacity} tickets)",
        "username": "box-office-bot",
        "icon_emoji": ":ticket:",
    }, timeout=5)


def low_stock(show, remaining):
    if remaining in (100, 50, 10):
        requests.post(SALES_WEBHOOK, json={"text": f"{show}: {remaining} tickets left"}, timeout=5)
''', v=_v), _v, "Slack docs: incoming webhooks")

_v = discord_webhook()
add("javascript/discord", "bots/sold-out-alert.js", T("""// Posts to #crew-chat on the festival Discord when a ticket tier flips to sold out.
const WEBHOOK = '@v@';

async function announce(tier, stage) {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: 'Gatekeeper',
      embeds: [{ title: `${tier} sold out`, description: `Stage: ${stage}`, color: 0xe74c3c }],
    }),
  });
}

module.exports = { announce };
""", v=_v), _v, "Discord developer docs: Execute Webhook")

_v = discord_webhook()
add("json/discord", "monitoring/uptime-kuma/notification-discord.json", T("""{
  "name": "Crew Discord",
  "type": "discord",
  "isDefault": true,
  "discordUsername": "Uptime Kuma",
  "discordWebhookUrl": "@v@",
  "discordPrefixMessage": "@here ticketing is down",
  "applyExisting": true
}
""", v=_v), _v, "Uptime Kuma notification settings (discordWebhookUrl)")

_v = fakes.telegram_token(_seed())
add("shell/telegram", "ops/gate-count-alert.sh", T("""#!/bin/bash
# cron: */2 * * * * /opt/ops/gate-count-alert.sh
# Posts to the stewards' Telegram group when the in-venue count passes the licence limit.
BOT_TOKEN="@v@"
CHAT_ID="-1001874512263"
LIMIT=4800

COUNT=$(curl -sf http://gate-counter.local:9100/count | jq .inside)
if [ "$COUNT" -ge "$LIMIT" ]; then
  curl -s "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \\
    -d chat_id="$CHAT_ID" \\
    -d text="Capacity: ${COUNT}/${LIMIT} inside. Hold the queue at Gate A."
fi
""", v=_v), _v, "Telegram Bot API docs: sendMessage with bot<token>")

add("yaml/decoy-env-reference", "monitoring/alertmanager/alertmanager.tmpl.yml", """# Rendered at deploy time by `envsubst < alertmanager.tmpl.yml > alertmanager.yml`
global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack-webhook-url

route:
  receiver: door-ops
  group_by: [alertname, venue]

receivers:
  - name: door-ops
    slack_configs:
      - channel: '#door-ops'
        send_resolved: true
    webhook_configs:
      - url: '${DISCORD_RELAY_URL}'
""", None, "Prometheus Alertmanager docs: slack_api_url_file")

# ---------------------------------------------------------------------------------------------
# Seat maps and search (seats.io, Mapbox, Algolia)
# ---------------------------------------------------------------------------------------------
_v = uuid_s()
add("javascript/seatsio", "seating/server/holds.js", T("""const { SeatsioClient, Region } = require('seatsio');

// workspace "Harbourlight Arena - production"
const client = new SeatsioClient(Region.EU(), '@v@');

async function bookOrder(eventKey, seats, orderId) {
  await client.events.book(eventKey, seats, null, orderId);
}

async function releaseHold(eventKey, seats, holdToken) {
  await client.events.release(eventKey, seats, holdToken);
}

module.exports = { bookOrder, releaseHold };
""", v=_v), _v, "seats.io Node SDK README: new SeatsioClient(Region, secretKey)")

_v = uuid_s()
add("python/seatsio", "seating/tools/chart_report.py", T('''import seatsio

client = seatsio.Client(seatsio.Region.EU(), secret_key="@v@")


def capacity(chart_key: str) -> dict:
    report = client.charts.reports.by_category_label(chart_key)
    return {label: len(objects) for label, objects in report.items()}


if __name__ == "__main__":
    for name, count in capacity("arena-end-stage-2024").items():
        print(f"{name:20} {count:6}")
''', v=_v), _v, "seats.io Python SDK README: seatsio.Client(Region, secret_key=...)")

add("html/decoy-public-key", "seating/public/pick-seats.html", T("""<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <script src="https://cdn-eu.seatsio.net/chart.js"></script>
</head>
<body>
  <div id="chart"></div>
  <script>
    // workspace public key: safe to expose, the secret key never leaves the server
    new seatsio.SeatingChart({
      divId: 'chart',
      workspaceKey: '@pub@',
      event: 'lanterns-2024-05-18',
      pricing: [{ category: 'Stalls', price: 45 }, { category: 'Balcony', price: 35 }],
      session: 'continue',
      onObjectSelected: (obj) => console.log('selected', obj.label),
    }).render();
  </script>
</body>
</html>
""", pub=uuid_s()), None, "seats.io docs: workspaceKey (public key) in the renderer")

_v = mapbox("sk")
add("github-actions/mapbox", ".github/workflows/venue-tiles.yml", T("""name: Upload venue site map tiles
on:
  workflow_dispatch:
  push:
    paths: ["maps/site/**.geojson"]

jobs:
  tiles:
    runs-on: ubuntu-latest
    env:
      MAPBOX_ACCESS_TOKEN: @v@
    steps:
      - uses: actions/checkout@v4
      - run: pip install mapbox-tilesets
      - run: tilesets upload-source harbourlight festival-site maps/site/site.geojson --replace
      - run: tilesets publish harbourlight.festival-site
""", v=_v), _v, "Mapbox Tilesets CLI docs: secret token (sk.) with tilesets scopes")

add("javascript/decoy-public-token", "site/src/map.js", T("""import mapboxgl from 'mapbox-gl';

// Public token (pk.), URL-restricted to *.harbourlight.io in the Mapbox account.
mapboxgl.accessToken = '@pk@';

export function siteMap(container) {
  return new mapboxgl.Map({
    container,
    style: 'mapbox://styles/harbourlight/clu8x2k7a00aa01qs4b2c3d4e',
    center: [-2.2426, 53.4808],
    zoom: 16,
  });
}
""", pk=mapbox("pk")), None, "Mapbox GL JS docs: public access tokens (pk.) with URL restrictions")

_v = hexs(32)
add("javascript/algolia", "search/scripts/reindex-events.mjs", T("""import algoliasearch from 'algoliasearch';
import { readFile } from 'node:fs/promises';

const client = algoliasearch('@app@', '@v@'); // admin key
const index = client.initIndex('events_prod');

const events = JSON.parse(await readFile(new URL('../build/events.json', import.meta.url)));
await index.replaceAllObjects(events.map((e) => ({ objectID: e.id, ...e })), { safe: true });
await index.setSettings({ searchableAttributes: ['title', 'artists', 'venue'], customRanking: ['asc(date)'] });
console.log(`indexed ${events.length} events`);
""", app=draw(10, UPD), v=_v), _v, "Algolia JavaScript client docs: Admin API key")

add("javascript/decoy-search-key", "site/src/search.js", T("""import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key: documented as safe to use in front-end code.
const searchClient = algoliasearch('@app@', '@key@');

const search = instantsearch({ indexName: 'events_prod', searchClient });
search.addWidgets([
  searchBox({ container: '#searchbox', placeholder: 'Artist, venue or date' }),
  hits({ container: '#hits', templates: { item: (hit, { html }) => html`<a href="${hit.url}">${hit.title}</a>` } }),
]);
search.start();
""", app=draw(10, UPD), key=hexs(32)), None, "Algolia docs: search-only API key is public")

# ---------------------------------------------------------------------------------------------
# Databases of the ticketing apps
# ---------------------------------------------------------------------------------------------
_v = human_pw()
add("docker-compose/postgres", "docker-compose.yml", T("""services:
  web:
    build: .
    command: gunicorn tickets.wsgi:application -b 0.0.0.0:8000 -w 4
    env_file: .env
    ports:
      - "8000:8000"
    depends_on:
      - db
      - redis
  db:
    image: postgres:15-alpine
    restart: always
    environment:
      POSTGRES_DB: tickets
      POSTGRES_USER: tickets
      POSTGRES_PASSWORD: "@v@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7-alpine
volumes:
  pgdata:
""", v=_v), _v, "Docker official postgres image docs: POSTGRES_PASSWORD")

_v = words_pw()
add("python/mysql", "tickets/settings/production.py", T('''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["tickets.harbourlight.io", "boxoffice.harbourlight.io"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "tickets",
        "USER": "tickets_app",
        "PASSWORD": "@v@",
        "HOST": "tickets-db.cluster-c1x2y3z4.eu-west-2.rds.amazonaws.com",
        "PORT": "3306",
        "OPTIONS": {"charset": "utf8mb4"},
    }
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                      "LOCATION": "redis://tickets-cache.internal:6379/1"}}
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', v=_v), _v, "Django settings docs: DATABASES (MySQL)")

_v = rand_pw(24)
add("yaml/postgres", "config/database.yml", T("""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: badges_development

test:
  <<: *default
  database: badges_test

production:
  <<: *default
  host: badges-db.internal
  database: badges_production
  username: badges
  password: @v@
""", v=_v), _v, "Rails guides: configuring a database (config/database.yml)")

_v = human_pw()
add("php/mysql", "site/wp-config.php", T("""<?php
/**
 * The base configuration for the venue WordPress site (What's On, news, hire enquiries).
 */

define( 'DB_NAME', 'hl_wordpress' );
define( 'DB_USER', 'hl_wp' );
define( 'DB_PASSWORD', '@v@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'hlwp_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", v=_v), _v, "WordPress docs: Editing wp-config.php (DB_PASSWORD)")

_v = fakes.redis_password(_seed())
add("redis/seat-holds", "deploy/redis/redis.conf", T("""# Redis for seat holds and queue-it tokens (seat holds expire after 8 minutes)
bind 0.0.0.0
protected-mode yes
port 6379
maxmemory 2gb
maxmemory-policy volatile-ttl
appendonly yes
appendfsync everysec
requirepass @v@
rename-command FLUSHALL ""
rename-command CONFIG ""
""", v=_v), _v, "Redis docs: redis.conf requirepass")

_v = rand_pw(20)
add("env/mongodb", "checkin-api/.env", T("""PORT=4000
MONGODB_URI=mongodb+srv://checkin_api:@v@@checkin.x7k2q.mongodb.net/checkin?retryWrites=true&w=majority
JWT_ISSUER=https://access.harbourlight.io
SCANNER_OFFLINE_GRACE_SECONDS=300
SCAN_LOG_RETENTION_DAYS=30
""", v=_v), _v, "MongoDB docs: connection string (mongodb+srv with credentials)")

_v = words_pw()
add("sql/postgres", "db/migrations/0042_reporting_role.sql", T("""-- Read-only role for the box office reporting dashboards (Metabase)
BEGIN;

CREATE ROLE boxoffice_reports WITH LOGIN PASSWORD '@v@';
GRANT CONNECT ON DATABASE boxoffice TO boxoffice_reports;
GRANT USAGE ON SCHEMA sales TO boxoffice_reports;
GRANT SELECT ON ALL TABLES IN SCHEMA sales TO boxoffice_reports;
ALTER DEFAULT PRIVILEGES IN SCHEMA sales GRANT SELECT ON TABLES TO boxoffice_reports;

COMMIT;
""", v=_v), _v, "PostgreSQL docs: CREATE ROLE ... PASSWORD")

_v = rand_pw(16, "!#%")
add("xml/tomcat", "access-control/conf/context.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>

    <!-- turnstile events and ticket whitelist -->
    <Resource name="jdbc/AccessDB"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="org.postgresql.Driver"
              url="jdbc:postgresql://access-db.venue.lan:5432/access"
              username="access_svc"
              password="@v@"
              maxTotal="40"
              maxIdle="10"
              validationQuery="SELECT 1"/>
</Context>
""", v=_v), _v, "Apache Tomcat docs: JNDI DataSource (context.xml Resource)")

_v = human_pw()
add("ini/mysql", "reports/.my.cnf", T("""# used by the 06:00 settlement report (mysqldump + python)
[client]
host     = pos-db.venue.lan
user     = settlement
password = "@v@"
database = pos

[mysqldump]
single-transaction
quick
""", v=_v), _v, "MySQL docs: option files ([client] password)")

_v = fakes.redis_password(_seed())
add("k8s-secret/redis", "deploy/k8s/queue-redis-secret.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: waiting-room-redis
  namespace: tickets
type: Opaque
stringData:
  redis-password: "@v@"
  REDIS_URL: "redis://:@v@@waiting-room-redis-master.tickets.svc:6379/0"
""", v=_v), _v, "Kubernetes docs: Secret stringData")

_v = human_pw()
add("crontab/postgres", "ops/crontab", T("""SHELL=/bin/bash
MAILTO=ops@harbourlight.io
# m h dom mon dow command
15 3 * * * PGPASSWORD='@v@' pg_dump -h db.internal -U backup boxoffice | gzip > /backups/boxoffice-$(date +\\%F).sql.gz
45 3 * * * find /backups -name 'boxoffice-*.sql.gz' -mtime +14 -delete
*/10 * * * * /opt/boxoffice/venv/bin/python -m boxoffice.jobs.release_expired_holds
""", v=_v), _v, "crontab(5) manual; PostgreSQL docs: PGPASSWORD environment variable")

# ---------------------------------------------------------------------------------------------
# Cloud credentials, signing keys and app secrets
# ---------------------------------------------------------------------------------------------
_k, _v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws", "deploy/aws/credentials", T("""[default]
aws_access_key_id = @k@
aws_secret_access_key = @v@
region = eu-west-2

[ticket-pdfs]
role_arn = arn:aws:iam::123456789012:role/ticket-pdf-writer
source_profile = default
""", k=_k, v=_v), _v, "AWS CLI docs: credentials file")

_k, _v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("hcl/aws", "infra/terraform/main.tf", T("""terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@k@"
  secret_key = "@v@"
}

resource "aws_s3_bucket" "ticket_pdfs" {
  bucket = "harbourlight-ticket-pdfs"
}

resource "aws_s3_bucket_lifecycle_configuration" "ticket_pdfs" {
  bucket = aws_s3_bucket.ticket_pdfs.id
  rule {
    id     = "expire-after-season"
    status = "Enabled"
    expiration { days = 400 }
  }
}
""", k=_k, v=_v), _v, "Terraform AWS provider docs: static credentials (access_key, secret_key)")

_k, _v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("github-actions/aws", ".github/workflows/deploy-checkout.yml", T("""name: deploy checkout
on:
  push:
    branches: [main]

env:
  AWS_REGION: eu-west-2
  AWS_ACCESS_KEY_ID: @k@
  AWS_SECRET_ACCESS_KEY: @v@

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build
      - run: aws s3 sync out/ s3://harbourlight-checkout --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QWERTY12345 --paths "/*"
""", k=_k, v=_v), _v, "GitHub Actions docs: env; AWS CLI environment variables")

_key = pem("RSA")
_esc = _key.replace("\n", "\\n")
add("json/gcp-service-account", "wallet/credentials/google-wallet-sa.json", T("""{
  "type": "service_account",
  "project_id": "harbourlight-wallet",
  "private_key_id": "@kid@",
  "private_key": "@v@\\n",
  "client_email": "wallet-issuer@harbourlight-wallet.iam.gserviceaccount.com",
  "client_id": "@cid@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/wallet-issuer%40harbourlight-wallet.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), v=_esc, cid=digits(21)), _esc,
    "Google Wallet API docs: service account key for event tickets (JSON key file)")

_v = pem("RSA")
add("pem/apple-wallet", "wallet/certs/passkey.pem", _v + "\n", _v,
    "Apple Wallet developer guide: signing passes (pass type ID certificate private key)")

_v = pkcs8()
add("p8/apns", "festival-app/ios/keys/AuthKey_7QX3M9K2LD.p8", _v + "\n", _v,
    "Apple docs: token-based APNs connection (.p8 signing key)")

_v = pem("OPENSSH")
add("shell/ssh-key", "ci/scripts/deploy-box-office.sh", T("""#!/usr/bin/env bash
# Deploys the box office app to the on-site server over the venue VPN.
set -euo pipefail

mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_ed25519 <<'EOF'
@v@
EOF
chmod 600 ~/.ssh/id_ed25519
ssh-keyscan -H boxoffice.venue.lan >> ~/.ssh/known_hosts

rsync -az --delete dist/ deploy@boxoffice.venue.lan:/srv/boxoffice/releases/"$CI_COMMIT_SHORT_SHA"/
ssh deploy@boxoffice.venue.lan "ln -sfn /srv/boxoffice/releases/$CI_COMMIT_SHORT_SHA /srv/boxoffice/current && sudo systemctl reload boxoffice"
""", v=_v), _v, "OpenSSH private key format; bash here-documents")

_v = pem("EC")
add("helm/tls-key", "deploy/helm/captive-portal/values-venue.yaml", T("""image:
  repository: ghcr.io/harbourlight/captive-portal
  tag: "3.2.0"

ingress:
  enabled: true
  host: wifi.harbourlight-arena.net

tls:
  cert: |
@cert@
  key: |
@key@

portal:
  sessionMinutes: 240
  ssid: HL-Guest
""", cert=indent(cert_pem(), 4), key=indent(_v, 4)), _v, "Helm docs: values files with multi-line block scalars")

_v = fakes.django_secret_key(_seed())
add("python/django", "tickets/settings/base.py", T('''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@v@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "tickets.events",
    "tickets.orders",
    "tickets.scanning",
]

ROOT_URLCONF = "tickets.urls"
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
STATIC_URL = "static/"
''', v=_v), _v, "Django settings docs: SECRET_KEY")

_v = "base64:" + b64_bytes(32)
add("env/laravel", "badges/.env", T("""APP_NAME=Badges
APP_ENV=production
APP_KEY=@v@
APP_DEBUG=false
APP_URL=https://badges.harbourlight.io

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=badges
DB_USERNAME=badges
DB_PASSWORD=${BADGES_DB_PASSWORD}

BROADCAST_DRIVER=log
CACHE_DRIVER=redis
""", v=_v), _v, "Laravel docs: APP_KEY (php artisan key:generate)")

_v = hexs(64)
add("javascript/jwt", "checkin-api/src/tickets/qr.js", T("""const jwt = require('jsonwebtoken');

// Signs the QR payload printed on every e-ticket; scanners verify offline with the same key.
const QR_SIGNING_SECRET = '@v@';

function ticketQr(ticket) {
  return jwt.sign(
    { tid: ticket.id, ev: ticket.eventId, sec: ticket.section, seat: ticket.seat },
    QR_SIGNING_SECRET,
    { algorithm: 'HS256', expiresIn: '2d', issuer: 'harbourlight' },
  );
}

function verifyQr(token) {
  return jwt.verify(token, QR_SIGNING_SECRET, { algorithms: ['HS256'], issuer: 'harbourlight' });
}

module.exports = { ticketQr, verifyQr };
""", v=_v), _v, "jsonwebtoken README: jwt.sign with an HMAC secret")

_v = b64_bytes(32)
add("go/hmac", "gatescan/internal/barcode/sign.go", T("""package barcode

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
)

// barcodeKey signs the rotating barcodes shown in the app (refreshes every 15 s).
var barcodeKey, _ = base64.StdEncoding.DecodeString("@v@")

// Sign returns the payload encoded in the PDF417 barcode.
func Sign(ticketID string, window int64) string {
	mac := hmac.New(sha256.New, barcodeKey)
	fmt.Fprintf(mac, "%s:%d", ticketID, window)
	return fmt.Sprintf("%s.%d.%s", ticketID, window, base64.RawURLEncoding.EncodeToString(mac.Sum(nil)[:12]))
}

// Valid checks a scanned payload for the current or previous window.
func Valid(ticketID string, window int64, payload string) bool {
	return hmac.Equal([]byte(payload), []byte(Sign(ticketID, window))) ||
		hmac.Equal([]byte(payload), []byte(Sign(ticketID, window-1)))
}
""", v=_v), _v, "Go crypto/hmac package docs")

_v = draw(48, URLSAFE)
add("toml/session-secret", "gatescan-api/fly.toml", T("""app = "hl-gatescan-api"
primary_region = "lhr"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  LOG_FORMAT = "json"
  SESSION_SECRET = "@v@"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = false
  min_machines_running = 2
""", v=_v), _v, "Fly.io docs: fly.toml [env] section")

_v = draw(40, URLSAFE)
add("hcl/cloudflare", "infra/terraform/dns.tf", T("""provider "cloudflare" {
  api_token = "@v@"
}

variable "zone_id" {
  default = "0da42c8d2132a9ddaf714f9e7c920711"
}

resource "cloudflare_record" "tickets" {
  zone_id = var.zone_id
  name    = "tickets"
  type    = "CNAME"
  value   = "d1a2b3c4d5e6f7.cloudfront.net"
  proxied = false
}

resource "cloudflare_record" "waiting_room" {
  zone_id = var.zone_id
  name    = "queue"
  type    = "CNAME"
  value   = "harbourlight.queue-it.net"
  proxied = true
}
""", v=_v), _v, "Terraform Cloudflare provider docs: api_token")

_v = hexs(32)
add("yaml/datadog", "ops/datadog/datadog.yaml", T("""## Datadog agent on the gate scanner gateway boxes
api_key: @v@
site: datadoghq.eu
hostname_fqdn: true
tags:
  - venue:harbourlight-arena
  - role:gatescan-gateway
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", v=_v), _v, "Datadog Agent docs: datadog.yaml api_key")

_v = words_pw()
add("ansible/postgres", "ansible/group_vars/boxoffice.yml", T("""---
boxoffice_version: "4.12.2"
boxoffice_user: boxoffice
boxoffice_db_host: db.venue.lan
boxoffice_db_name: boxoffice
boxoffice_db_user: boxoffice
boxoffice_db_password: "@v@"
boxoffice_printers:
  - { name: window-1, model: boca-lemur, ip: 10.20.8.11 }
  - { name: window-2, model: boca-lemur, ip: 10.20.8.12 }
boxoffice_receipt_footer: "Thank you for supporting live music"
""", v=_v), _v, "Ansible docs: group_vars")

# ---------------------------------------------------------------------------------------------
# Venue Wi-Fi and networks
# ---------------------------------------------------------------------------------------------
_v = human_pw()
add("hostapd/wifi-psk", "venue-net/hostapd/hostapd-boxoffice.conf", T("""# Box office back-room AP (Raspberry Pi 4, wlan0) - staff laptops and the ticket printers
interface=wlan0
driver=nl80211
ssid=HL-BoxOffice
hw_mode=a
channel=44
country_code=GB
ieee80211d=1
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
auth_algs=1
ignore_broadcast_ssid=0
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@v@
""", v=_v), _v, "hostapd.conf reference: wpa_passphrase")

_v = rand_pw(24)
add("freeradius/shared-secret", "venue-net/freeradius/clients.conf", T("""# Access points and switches that authenticate staff and scanner devices (802.1X)
client localhost {
    ipaddr = 127.0.0.1
    secret = testing123
}

client venue-aps {
    ipaddr = 10.30.0.0/16
    secret = @v@
    shortname = aruba-aps
    nas_type = other
    require_message_authenticator = yes
}
""", v=_v), _v, "FreeRADIUS clients.conf docs (secret per client)")

_v = passphrase()
add("cisco/wifi-psk", "venue-net/cisco/ap-north-stand.cfg", T("""hostname AP-NORTH-STAND
!
dot11 ssid HL-Scanners
   vlan 40
   authentication open
   authentication key-management wpa version 2
   wpa-psk ascii 0 @v@
   mbssid guest-mode
!
interface Dot11Radio0
 no ip address
 encryption vlan 40 mode ciphers aes-ccm
 ssid HL-Scanners
 station-role root
!
interface Dot11Radio0.40
 encapsulation dot1Q 40
 bridge-group 40
!
ntp server 10.30.0.1
end
""", v=_v), _v, "Cisco IOS autonomous AP configuration guide: wpa-psk ascii")

_v = human_pw()
add("mikrotik/wifi-psk", "venue-net/mikrotik/bar-ap.rsc", T("""# jan/02/2024 10:14:52 by RouterOS 6.49.10
# model = RBcAPGi-5acD2nD
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=pos-terminals \\
    supplicant-identity="" wpa2-pre-shared-key="@v@"
/interface wireless
set [ find default-name=wlan2 ] band=5ghz-a/n/ac channel-width=20/40/80mhz-XXXX \\
    country="united kingdom" disabled=no frequency=auto mode=ap-bridge \\
    security-profile=pos-terminals ssid=HL-POS
/ip dhcp-client
add disabled=no interface=bridge
""", v=_v), _v, "MikroTik RouterOS docs: wireless security-profiles (wpa2-pre-shared-key)")

_v = words_pw()
add("json/unifi", "venue-net/unifi/wlanconf-export.json", T("""[
  {
    "_id": "65a1f0c2e4b0a1b2c3d4e5f6",
    "name": "HL-Crew",
    "enabled": true,
    "security": "wpapsk",
    "wpa_mode": "wpa2",
    "wpa_enc": "ccmp",
    "x_passphrase": "@v@",
    "vlan": "30",
    "hide_ssid": false,
    "site_id": "5f9d1a2b3c4d5e6f7a8b9c0d"
  },
  {
    "_id": "65a1f0c2e4b0a1b2c3d4e5f7",
    "name": "HL-Guest",
    "enabled": true,
    "security": "open",
    "is_guest": true,
    "vlan": "99",
    "site_id": "5f9d1a2b3c4d5e6f7a8b9c0d"
  }
]
""", v=_v), _v, "UniFi controller API rest/wlanconf object (x_passphrase)")

_v = human_pw()
add("yaml/netplan", "kiosk/image/etc/netplan/60-wifi.yaml", T("""# Self-service ticket kiosks (Ubuntu Core) - foyer Wi-Fi
network:
  version: 2
  renderer: NetworkManager
  wifis:
    wlp2s0:
      dhcp4: true
      optional: true
      access-points:
        "HL-Kiosk":
          password: "@v@"
          band: 5GHz
""", v=_v), _v, "Netplan reference: wifis access-points password")

_v = passphrase()
add("wpa-supplicant/wifi-psk", "turnstile-counter/rootfs/etc/wpa_supplicant/wpa_supplicant.conf", T("""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# Turnstile people counters (Pi Zero 2 W) join the access-control VLAN SSID
network={
    ssid="HL-Turnstiles"
    psk="@v@"
    key_mgmt=WPA-PSK
    priority=10
}
""", v=_v), _v, "wpa_supplicant.conf(5): network block psk")

# ---------------------------------------------------------------------------------------------
# Box office, access-control scanners and RFID wristbands
# ---------------------------------------------------------------------------------------------
_v = draw(40)
add("json/scanner-config", "gatescan/mdm/managed-config-gates.json", T("""{
  "kind": "androidenterprise#managedConfiguration",
  "productId": "app:io.harbourlight.gatescan",
  "managedProperty": [
    { "key": "api_base_url", "valueString": "https://access.harbourlight.io" },
    { "key": "device_api_token", "valueString": "@v@" },
    { "key": "gate_group", "valueString": "north" },
    { "key": "offline_mode", "valueBool": true },
    { "key": "scan_beep", "valueBool": true },
    { "key": "datawedge_profile", "valueString": "GateScan" }
  ]
}
""", v=_v), _v, "Android Management: managed configurations (Zebra handhelds with DataWedge)")

_v = rand_pw(20)
add("mosquitto/bridge", "rfid-gateway/mosquitto/conf.d/bridge.conf", T("""# Bridge local wristband tap events to the cashless vendor's broker
connection cashless-cloud
address mqtt.cashless-vendor.io:8883
bridge_protocol_version mqttv311
remote_clientid hl-gateway-07
remote_username hl-gateway-07
remote_password @v@
bridge_cafile /etc/mosquitto/certs/vendor-ca.crt
cleansession false
topic wristband/taps/# out 1
topic wristband/topups/# both 1
""", v=_v), _v, "mosquitto.conf(5): bridge remote_username / remote_password")

_v = draw(32)
add("python/rfid", "rfid-gateway/gateway/uplink.py", T('''"""Forward Impinj reader tag reads (wristband taps) to the cashless platform."""
import json
import logging
import time

import requests

CASHLESS_API = "https://api.cashless-vendor.io/v2/events/hlfest24/taps"
CASHLESS_API_KEY = "@v@"
READER_ID = "impinj-r700-gate-a"

log = logging.getLogger("uplink")
session = requests.Session()
session.headers.update({"X-Api-Key": CASHLESS_API_KEY, "Content-Type": "application/json"})


def forward(batch):
    for attempt in range(5):
        try:
            r = session.post(CASHLESS_API, data=json.dumps({"reader": READER_ID, "taps": batch}), timeout=5)
            r.raise_for_status()
            return
        except requests.RequestException as exc:
            log.warning("uplink failed (%s), retry %d", exc, attempt)
            time.sleep(2 ** attempt)
    raise RuntimeError("cashless API unreachable")
''', v=_v), _v, "Impinj reader event forwarding; requests Session headers")

_v = draw(36)
add("xml/android-secrets", "gatescan-android/app/src/main/res/values/secrets.xml", T("""<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="access_api_base" translatable="false">https://access.harbourlight.io</string>
    <string name="access_api_key" translatable="false">@v@</string>
    <string name="sentry_environment" translatable="false">production</string>
</resources>
""", v=_v), _v, "Android docs: string resources (res/values)")

_v = human_pw()
add("ini/turnstile", "access-control/turnstiles/gate-a.ini", T("""; Turnstile controller (gate A, lanes 1-6) - uploaded with the vendor tool
[controller]
model = TS-6000
ip = 10.40.1.21
firmware = 4.3.18

[admin]
user = admin
password = @v@

[whitelist]
source = https://access.harbourlight.io/api/whitelist
refresh_seconds = 30
offline_accept = valid_format_only

[lanes]
count = 6
direction = in
""", v=_v), _v, "Vendor turnstile controller INI configuration")

_v = rand_pw(16)
add("markdown/runbook", "docs/runbooks/show-day.md", T("""# Show day runbook - access control

## Before doors (T-90 min)
1. Power on the scanner charging racks at Gates A-D.
2. Check every handheld shows **Online** and the whitelist count matches the sales report.
3. Log in to the access control server: https://access.venue.lan/admin
   - user: `showday`
   - password: `@v@`
4. Open the live dashboard on the big screen in the control room.

## If the network drops
- Scanners keep working offline for 5 minutes (signed barcodes are checked on the device).
- Switch gates to the 4G backup router (blue cable, marked "LTE").

## After the show
- Export the scan log (Reports > Entries > CSV) and upload it to the shared drive.
""", v=_v), _v, "Team runbook kept in the repository (Markdown)")

_v = draw(32)
add("systemd/access-api", "gatescan/deploy/gatescan-sync.service", T("""[Unit]
Description=Gate scan sync (offline queue -> access API)
After=network-online.target
Wants=network-online.target

[Service]
User=gatescan
WorkingDirectory=/opt/gatescan
Environment="ACCESS_API_URL=https://access.harbourlight.io"
Environment="ACCESS_API_TOKEN=@v@"
ExecStart=/opt/gatescan/venv/bin/python -m gatescan.sync
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", v=_v), _v, "systemd.exec(5): Environment=")

_v = draw(40)
add("apache/setenv", "site/deploy/apache/tickets.conf", T("""<VirtualHost *:443>
    ServerName tickets.harbourlight.io
    DocumentRoot /var/www/tickets/public

    SSLEngine on
    SSLCertificateFile /etc/letsencrypt/live/tickets.harbourlight.io/fullchain.pem
    SSLCertificateKeyFile /etc/letsencrypt/live/tickets.harbourlight.io/privkey.pem

    SetEnv APP_ENV production
    SetEnv SPEKTRIX_API_USER web-sync
    SetEnv SPEKTRIX_API_KEY @v@

    <Directory /var/www/tickets/public>
        AllowOverride All
        Require all granted
    </Directory>

    ErrorLog ${APACHE_LOG_DIR}/tickets-error.log
    CustomLog ${APACHE_LOG_DIR}/tickets-access.log combined
</VirtualHost>
""", v=_v), _v, "Apache mod_env docs: SetEnv; Spektrix API user and key")

_v = uuid_s()
add("vscode/seatsio", ".vscode/launch.json", T("""{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "seating server",
      "program": "${workspaceFolder}/seating/server/index.js",
      "env": {
        "NODE_ENV": "development",
        "SEATSIO_REGION": "eu",
        "SEATSIO_SECRET_KEY": "@v@",
        "PORT": "4100"
      },
      "skipFiles": ["<node_internals>/**"]
    }
  ]
}
""", v=_v), _v, "VS Code docs: launch.json env")

# ---------------------------------------------------------------------------------------------
# Packages, registries and mobile app builds
# ---------------------------------------------------------------------------------------------
_v = fakes.github_token(_seed())
add("npmrc/github-packages", "ui-kit/.npmrc", T("""@harbourlight:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@v@
always-auth=true
engine-strict=true
fund=false
""", v=_v), _v, "GitHub Packages docs: npm registry authentication with a personal access token")

_v = fakes.pypi_token(_seed())
add("pypirc/pypi", "tools/ticket-barcodes/.pypirc", T("""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @v@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", v=_v), _v, "PyPI docs: API tokens in .pypirc")

_v = "dckr_pat_" + draw(27, URLSAFE)
add("docker-config/dockerhub", "ci/docker/config.json", T("""{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@auth@"
    },
    "ghcr.io": {}
  },
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-2.amazonaws.com": "ecr-login"
  }
}
""", auth=b64("harbourlightci:" + _v)), _v, "Docker CLI docs: config.json auths (base64 user:token)")

_v = human_pw()
add("properties/android-keystore", "festival-app/android/key.properties", T("""storePassword=@v@
keyPassword=@v@
keyAlias=upload
storeFile=/Users/sam/keys/festival-upload.jks
# generated 2023-02-14 for the Play upload key (app signing by Google Play)
""", v=_v), _v, "Flutter docs: signing the app (key.properties)")

_v = "-".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4))
add("ruby/fastlane", "festival-app/ios/fastlane/Fastfile", T("""default_platform(:ios)

ENV["FASTLANE_USER"] = "mobile@harbourlight.io"
ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "@v@"

platform :ios do
  desc "Build and upload a TestFlight beta for the festival app"
  lane :beta do
    increment_build_number(xcodeproj: "Runner.xcodeproj")
    match(type: "appstore", readonly: true)
    build_app(workspace: "Runner.xcworkspace", scheme: "Runner", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
""", v=_v), _v, "fastlane docs: FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD")

_v = "sntryu_" + hexs(64)
add("properties/sentry", "festival-app/android/sentry.properties", T("""defaults.url=https://sentry.io/
defaults.org=harbourlight
defaults.project=festival-app-android
auth.token=@v@
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", v=_v), _v, "Sentry docs: sentry.properties auth.token")

_v = fakes.fake("glpat-", 20, _seed())
add("makefile/gitlab-registry", "Makefile", T(""".PHONY: build push deploy

IMAGE := registry.gitlab.com/harbourlight/boxoffice
TAG   ?= $(shell git rev-parse --short HEAD)

build:
	docker build -t $(IMAGE):$(TAG) .

push: build
	docker login -u harbourlight-ci -p @v@ registry.gitlab.com
	docker push $(IMAGE):$(TAG)

deploy: push
	helm upgrade --install boxoffice deploy/helm/boxoffice --set image.tag=$(TAG) -n tickets
""", v=_v), _v, "GitLab docs: container registry with a personal access token (glpat-)")

_v = draw(32)
add("plist/ticketing-api", "festival-app/ios/Runner/Info.plist", T("""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>HL Festival</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>$(FLUTTER_BUILD_NAME)</string>
	<key>HLTicketingBaseURL</key>
	<string>https://api.harbourlight.io</string>
	<key>HLTicketingAPISecret</key>
	<string>@v@</string>
	<key>NSCameraUsageDescription</key>
	<string>Scan your ticket QR code at the gate.</string>
	<key>UILaunchStoryboardName</key>
	<string>LaunchScreen</string>
</dict>
</plist>
""", v=_v), _v, "Apple docs: Information Property List (custom keys)")

# ---------------------------------------------------------------------------------------------
# Decoys: references, templates, placeholders
# ---------------------------------------------------------------------------------------------
add("docker-compose/decoy-env-reference", "deploy/docker-compose.prod.yml", """services:
  web:
    image: ghcr.io/harbourlight/tickets:${TAG:-latest}
    restart: always
    environment:
      DJANGO_SETTINGS_MODULE: tickets.settings.production
      DATABASE_URL: postgres://tickets:${POSTGRES_PASSWORD}@db:5432/tickets
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set in the host .env}
      STRIPE_WEBHOOK_SECRET: ${STRIPE_WEBHOOK_SECRET}
      EVENTBRITE_PRIVATE_TOKEN: ${EVENTBRITE_PRIVATE_TOKEN}
    depends_on: [db]
  db:
    image: postgres:15-alpine
    environment:
      POSTGRES_DB: tickets
      POSTGRES_USER: tickets
      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password
    secrets: [postgres_password]
secrets:
  postgres_password:
    file: ./secrets/postgres_password.txt
""", None, "Docker Compose docs: variable interpolation and secrets (POSTGRES_PASSWORD_FILE)")

add("python/decoy-env-reference", "tickets/settings/staging.py", """import environ

from .base import *  # noqa

env = environ.Env()

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["staging.tickets.harbourlight.io"])

DATABASES = {"default": env.db("DATABASE_URL")}
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
SEATSIO_SECRET_KEY = env("SEATSIO_SECRET_KEY", default="")
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN", default=None)

EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
ANYMAIL = {"POSTMARK_SERVER_TOKEN": env("POSTMARK_SERVER_TOKEN")}
""", None, "django-environ docs: env(), env.db()")

add("php/decoy-placeholder", "site/wp-config-sample.php", """<?php
/**
 * The base configuration for WordPress - sample file, copy to wp-config.php.
 */

define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

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
""", None, "WordPress core wp-config-sample.php")

add("env/decoy-placeholder", "badges/.env.example", """APP_NAME=Badges
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=badges
DB_USERNAME=root
DB_PASSWORD=

TITO_ACCOUNT=harbourlight
TITO_API_TOKEN=secret_test_XXXXXXXXXXXXXXXXXXXX
ZOOM_CLIENT_SECRET=
""", None, "Laravel .env.example (empty APP_KEY until key:generate)")

add("ansible/decoy-vault", "ansible/group_vars/scanners/vault.yml", T("""---
# ansible-vault encrypted values; the vault password lives in 1Password ("ansible vault - venue")
scanner_wifi_psk: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@l1@
@l2@
@l3@
@l4@
@l5@
access_api_token: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@m1@
@m2@
@m3@
@m4@
@m5@
""", **{f"l{i}": "          " + hexs(80) for i in range(1, 6)}, **{f"m{i}": "          " + hexs(80) for i in range(1, 6)}),
    None, "Ansible docs: encrypting variables with ansible-vault (!vault)")

add("ansible/decoy-vault-file", "ansible/host_vars/boxoffice01/secrets.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
    + "\n".join(hexs(80) for _ in range(12)) + "\n", None, "Ansible docs: ansible-vault encrypt (whole file)")

_iv, _tag = b64_bytes(32), b64_bytes(16)
add("sops/decoy-ciphertext", "deploy/secrets/tickets.prod.enc.yaml", T("""stripe_secret_key: ENC[AES256_GCM,data:@d1@,iv:@iv@,tag:@tag@,type:str]
stripe_webhook_secret: ENC[AES256_GCM,data:@d2@,iv:@iv2@,tag:@tag2@,type:str]
postgres_password: ENC[AES256_GCM,data:@d3@,iv:@iv3@,tag:@tag3@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:123456789012:key/2f9e1c7a-5b3d-4e8f-9a0b-1c2d3e4f5a6b
          created_at: "2024-03-01T11:02:44Z"
          enc: @kms@
          aws_profile: ""
    lastmodified: "2024-03-01T11:02:45Z"
    mac: ENC[AES256_GCM,data:@mac@,iv:@iv4@,tag:@tag4@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64_bytes(80), iv=_iv, tag=_tag, d2=b64_bytes(28), iv2=b64_bytes(32), tag2=b64_bytes(16),
    d3=b64_bytes(18), iv3=b64_bytes(32), tag3=b64_bytes(16), kms=b64_bytes(160), mac=b64_bytes(64),
    iv4=b64_bytes(32), tag4=b64_bytes(16)), None, "Mozilla SOPS README: encrypted YAML (ENC[AES256_GCM,...])")

add("k8s/decoy-sealed-secret", "deploy/k8s/sealed/checkout-stripe.yaml", T("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: checkout-stripe
  namespace: tickets
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @a@
    STRIPE_WEBHOOK_SECRET: @b@
  template:
    metadata:
      name: checkout-stripe
      namespace: tickets
    type: Opaque
""", a=b64_bytes(360), b=b64_bytes(300)), None, "Bitnami Sealed Secrets docs: SealedSecret encryptedData")

add("k8s/decoy-external-secret", "deploy/k8s/external-secrets/zoom.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: webinar-bot-zoom
  namespace: events
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: webinar-bot-zoom
  data:
    - secretKey: ZOOM_CLIENT_SECRET
      remoteRef:
        key: prod/webinar-bot/zoom
        property: client_secret
    - secretKey: ZOOM_WEBHOOK_SECRET_TOKEN
      remoteRef:
        key: prod/webinar-bot/zoom
        property: webhook_secret_token
""", None, "External Secrets Operator docs: ExternalSecret remoteRef")

add("helm/decoy-existing-secret", "deploy/helm/sms-reminders/values.yaml", """replicaCount: 1

image:
  repository: ghcr.io/harbourlight/sms-reminders
  tag: ""

schedule: "*/5 * * * *"

twilio:
  accountSid: ""
  # authToken is read from an existing Secret; leave empty here
  authToken: ""
  existingSecret: sms-reminders-twilio
  existingSecretKey: auth-token
  messagingServiceSid: ""

resources: {}
""", None, "Helm chart conventions: existingSecret values")

add("hcl/decoy-secrets-manager", "infra/terraform/checkout.tf", """variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "eventbrite" {
  secret_id = "prod/eventbrite/private-token"
}

resource "aws_lambda_function" "eventbrite_sync" {
  function_name = "eventbrite-sync"
  role          = aws_iam_role.sync.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/eventbrite-sync.zip"

  environment {
    variables = {
      EVENTBRITE_TOKEN_ARN = data.aws_secretsmanager_secret_version.eventbrite.arn
      STRIPE_SECRET_KEY    = var.stripe_secret_key
    }
  }
}
""", None, "Terraform docs: sensitive variables; aws_secretsmanager_secret_version data source")

add("hcl/decoy-tfvars-example", "infra/terraform/terraform.tfvars.example", """# Copy to terraform.tfvars (git-ignored) and fill in.
region            = "eu-west-2"
environment       = "prod"
stripe_secret_key = "sk_live_REPLACE_ME"
cloudflare_token  = "<cloudflare api token with Zone.DNS edit>"
db_password       = "changeme"
alert_email       = "ops@harbourlight.io"
""", None, "Terraform docs: variable definitions (.tfvars) files")

add("github-actions/decoy-secrets-context", ".github/workflows/release-app.yml", """name: release festival app
on:
  push:
    tags: ["v*"]

jobs:
  ios:
    runs-on: macos-14
    env:
      MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
      FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: ${{ secrets.APPLE_APP_SPECIFIC_PASSWORD }}
      SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: subosito/flutter-action@v2
        with: { flutter-version: "3.19.6" }
      - run: bundle exec fastlane beta
        working-directory: festival-app/ios
  android:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ secrets.UPLOAD_KEYSTORE_B64 }}" | base64 -d > festival-app/android/upload.jks
      - run: echo "storePassword=${{ secrets.KEYSTORE_PASSWORD }}" >> festival-app/android/key.properties
""", None, "GitHub Actions docs: using secrets in a workflow (${{ secrets.NAME }})")

add("vault/decoy-template", "deploy/vault-agent/boxoffice.env.ctmpl", """{{ with secret "kv/data/prod/boxoffice" -}}
DATABASE_URL=postgres://boxoffice:{{ .Data.data.db_password }}@db.venue.lan:5432/boxoffice
STRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}
SQUARE_ACCESS_TOKEN={{ .Data.data.square_access_token }}
{{- end }}
{{ with secret "kv/data/prod/access-control" -}}
ACCESS_API_TOKEN={{ .Data.data.api_token }}
QR_SIGNING_SECRET={{ .Data.data.qr_signing_secret }}
{{- end }}
""", None, "HashiCorp Vault Agent docs: templates (consul-template syntax)")

add("env/decoy-op-reference", "checkout/.env.op", """# Resolved at runtime with `op run --env-file=.env.op -- npm start`
STRIPE_SECRET_KEY="op://Tickets Prod/Stripe/secret key"
STRIPE_WEBHOOK_SECRET="op://Tickets Prod/Stripe/webhook signing secret"
SENDGRID_API_KEY="op://Tickets Prod/SendGrid/credential"
DATABASE_URL="op://Tickets Prod/Checkout DB/connection string"
NEXT_PUBLIC_SITE_URL=https://tickets.harbourlight.io
""", None, "1Password CLI docs: secret references (op://vault/item/field) with op run")

add("yaml/decoy-ssm-reference", "eventbrite-sync/serverless.yml", """service: eventbrite-sync
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: eu-west-2
  environment:
    EVENTBRITE_PRIVATE_TOKEN: ${ssm:/prod/eventbrite/private-token}
    DATABASE_URL: ${ssm:/prod/eventbrite-sync/database-url}
    SLACK_WEBHOOK_URL: ${ssm:/prod/shared/slack-door-ops}

functions:
  sync:
    handler: handler.sync
    events:
      - schedule: rate(10 minutes)
  webhook:
    handler: handler.webhook
    events:
      - httpApi: { path: /hooks/eventbrite, method: post }
""", None, "Serverless Framework docs: ${ssm:} variables")

add("dockerfile/decoy-build-secret", "checkout/Dockerfile", """# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ARG NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/.next/standalone ./
USER node
CMD ["node", "server.js"]
""", None, "Docker docs: build secrets (RUN --mount=type=secret)")

add("npmrc/decoy-env-reference", "checkout/.npmrc", """@harbourlight:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
always-auth=true
save-exact=true
fund=false
""", None, "npm docs: .npmrc environment variable expansion")

add("systemd/decoy-environment-file", "gatescan/deploy/gatescan-api.service", """[Unit]
Description=Gate scan API
After=network-online.target

[Service]
User=gatescan
EnvironmentFile=/etc/gatescan/api.env
LoadCredential=qr-signing-key:/etc/gatescan/credentials/qr-signing-key
Environment="QR_SIGNING_KEY_FILE=%d/qr-signing-key"
Environment="ACCESS_API_URL=https://access.harbourlight.io"
ExecStart=/opt/gatescan/venv/bin/gunicorn gatescan.api:app -b 127.0.0.1:8081
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec(5): EnvironmentFile=, LoadCredential=")

add("crontab/decoy-env-file", "ops/crontab.reports", """SHELL=/bin/bash
MAILTO=ops@harbourlight.io
# credentials for pg_dump come from ~/.pgpass (mode 600), never from this file
15 3 * * * pg_dump -h db.internal -U backup -w boxoffice | gzip > /backups/boxoffice-$(date +\\%F).sql.gz
0 6 * * * . /etc/boxoffice/reports.env && /opt/boxoffice/venv/bin/python -m boxoffice.jobs.settlement
*/5 * * * * /opt/ops/gate-count-alert.sh >/dev/null 2>&1
""", None, "crontab(5); PostgreSQL docs: the password file (~/.pgpass)")

add("makefile/decoy-secret-manager", "ops/Makefile", """.PHONY: env stream-keys

# Secrets are pulled from `pass` on the ops laptop at run time.
env:
	@echo "STRIPE_SECRET_KEY=$$(pass show harbourlight/stripe/live-secret)" > .env.local
	@echo "TWILIO_AUTH_TOKEN=$$(pass show harbourlight/twilio/auth-token)" >> .env.local

stream-keys:
	@YT_STREAM_KEY="$$(op read 'op://Streaming/YouTube main stage/stream key')" \\
	  TWITCH_STREAM_KEY="$$(op read 'op://Streaming/Twitch/stream key')" \\
	  envsubst < streaming/nginx-rtmp/nginx.conf.tmpl > streaming/nginx-rtmp/nginx.conf
""", None, "pass(1) password store; 1Password CLI op read")

add("vscode/decoy-env-file", "seating/.vscode/launch.json", """{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "seating server (env file)",
      "program": "${workspaceFolder}/server/index.js",
      "envFile": "${workspaceFolder}/.env.local",
      "env": { "NODE_ENV": "development", "SEATSIO_SECRET_KEY": "${env:SEATSIO_SECRET_KEY}" },
      "skipFiles": ["<node_internals>/**"]
    }
  ]
}
""", None, "VS Code docs: launch.json envFile and ${env:NAME}")

add("postman/decoy-variables", "postman/Tito Admin API.postman_collection.json", """{
  "info": {
    "_postman_id": "2a9c4e1f-7b3d-4c8a-9e0f-5d6b7a8c9d0e",
    "name": "Tito Admin API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "key", "value": "Authorization", "type": "string" },
      { "key": "value", "value": "Token token={{tito_api_token}}", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "List tickets",
      "request": {
        "method": "GET",
        "url": "https://api.tito.io/v3/{{account}}/{{event}}/tickets"
      }
    }
  ],
  "variable": [
    { "key": "account", "value": "harbourlight" },
    { "key": "event", "value": "summer-camp-2024" }
  ]
}
""", None, "Postman docs: collection variables {{name}}")

add("markdown/decoy-redacted", "docs/payments.md", """# Payments setup

| Environment | Publishable key           | Secret key                      |
|-------------|---------------------------|---------------------------------|
| test        | `pk_test_...` (dashboard) | `sk_test_••••••••••••••••••••`  |
| live        | `pk_live_...` (dashboard) | `sk_live_••••••••••••••••••••`  |

The secret keys are never pasted here. Ops keeps them in 1Password ("Tickets Prod/Stripe") and
the apps read `STRIPE_SECRET_KEY` from the environment.

Webhook endpoint: `https://tickets.harbourlight.io/stripe/webhook`, events
`checkout.session.completed` and `charge.refunded`. The signing secret (`whsec_...`) is shown
once in the dashboard; paste it into the vault item, not into Slack.

Terminal readers are registered to location `tml_FkGq3P0aX9bLcD` (box office).
""", None, "Stripe docs: API keys (redacted in team docs)")

_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Ticket sales by channel\n", "Reads Ticketmaster and Eventbrite exports."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\n", "from getpass import getpass\n", "\n",
                    "EVENTBRITE_TOKEN = os.environ.get(\"EVENTBRITE_PRIVATE_TOKEN\") or getpass(\"Eventbrite token: \")\n",
                    "TM_API_KEY = os.environ.get(\"TM_API_KEY\") or getpass(\"Ticketmaster key: \")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["loaded 18422 orders\n"]}],
         "source": ["import pandas as pd\n", "orders = pd.read_parquet(\"exports/orders_2024.parquet\")\n",
                    "print(f\"loaded {len(orders)} orders\")\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.4"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("ipynb/decoy-getpass", "analysis/sales_by_channel.ipynb", json.dumps(_nb, indent=1) + "\n", None,
    "Jupyter nbformat 4; Python getpass module")

add("gradle/decoy-env-reference", "gatescan-android/app/build.gradle.kts", """plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "io.harbourlight.gatescan"
    compileSdk = 34

    defaultConfig {
        applicationId = "io.harbourlight.gatescan"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.1.2"
        buildConfigField("String", "ACCESS_API_KEY", "\\"${System.getenv("ACCESS_API_KEY") ?: ""}\\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("UPLOAD_KEYSTORE") ?: "upload.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "upload"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
""", None, "Android Gradle plugin docs: signingConfigs, buildConfigField")

add("ruby/decoy-env-reference", "festival-app/ios/fastlane/Matchfile", """git_url("git@github.com:harbourlight/ios-certificates.git")
storage_mode("git")
type("appstore")
app_identifier(["io.harbourlight.festival", "io.harbourlight.festival.wallet"])
username("mobile@harbourlight.io")
team_id("7QX3M9K2LD")
# MATCH_PASSWORD (the repo encryption passphrase) comes from the CI secret store
readonly(ENV["CI"] == "true")
""", None, "fastlane match docs: Matchfile, MATCH_PASSWORD from the environment")

add("pypirc/decoy-placeholder", "tools/ticket-barcodes/.pypirc.example", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = pypi-<paste your API token here>
""", None, "PyPI docs: API tokens (placeholder)")

add("docker-config/decoy-creds-store", "ci/docker/config.example.json", """{
  "auths": {
    "https://index.docker.io/v1/": {},
    "ghcr.io": {},
    "registry.gitlab.com": {}
  },
  "credsStore": "desktop",
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-2.amazonaws.com": "ecr-login"
  }
}
""", None, "Docker CLI docs: credentials store and credential helpers")

add("xml/decoy-manifest-placeholder", "festival-app/android/app/src/main/AndroidManifest.xml", """<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.CAMERA" />
    <application
        android:label="HL Festival"
        android:name="${applicationName}"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <meta-data
            android:name="io.sentry.dsn"
            android:value="${SENTRY_DSN}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""", None, "Secrets Gradle Plugin docs: manifest placeholders ${MAPS_API_KEY}")

add("json/decoy-scanner-placeholder", "gatescan/mdm/managed-config.template.json", """{
  "kind": "androidenterprise#managedConfiguration",
  "productId": "app:io.harbourlight.gatescan",
  "managedProperty": [
    { "key": "api_base_url", "valueString": "https://access.harbourlight.io" },
    { "key": "device_api_token", "valueString": "$DEVICE_TOKEN$" },
    { "key": "gate_group", "valueString": "$GATE_GROUP$" },
    { "key": "offline_mode", "valueBool": true }
  ]
}
""", None, "Android Management: managed configurations; MDM variable substitution ($VAR$)")

add("python/decoy-secret-file", "rfid-gateway/gateway/settings.py", """from pathlib import Path

CASHLESS_API = "https://api.cashless-vendor.io/v2/events/hlfest24/taps"
# provisioned by the imaging script; the gateway never ships with a key
CASHLESS_API_KEY = Path("/run/secrets/cashless_api_key").read_text().strip()
READER_ID = Path("/etc/hostname").read_text().strip()

MQTT_HOST = "localhost"
MQTT_USERNAME = "gateway"
MQTT_PASSWORD_FILE = "/run/secrets/mqtt_password"
BATCH_SIZE = 50
""", None, "Docker/Compose secrets mounted at /run/secrets")

add("mosquitto/decoy-password-file", "rfid-gateway/mosquitto/mosquitto.conf", """# Local broker on the RFID gateway
listener 1883 127.0.0.1
listener 8883
certfile /etc/mosquitto/certs/gateway.crt
keyfile /etc/mosquitto/certs/gateway.key
cafile /etc/mosquitto/certs/ca.crt

allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl

persistence true
persistence_location /var/lib/mosquitto/
include_dir /etc/mosquitto/conf.d
""", None, "mosquitto.conf(5): password_file, acl_file")

add("hostapd/decoy-open-network", "venue-net/hostapd/hostapd-guest.conf", """# Foyer guest network: open SSID, users accept the terms on the captive portal
interface=wlan1
driver=nl80211
ssid=HL-Guest
hw_mode=g
channel=11
country_code=GB
ieee80211n=1
wmm_enabled=1
auth_algs=1
ignore_broadcast_ssid=0
ap_isolate=1
max_num_sta=120
# no wpa= line: open network, client isolation on
""", None, "hostapd.conf reference: open network with ap_isolate")

add("yaml/decoy-netplan-eap", "kiosk/image/etc/netplan/50-staff-wifi.yaml", """network:
  version: 2
  renderer: NetworkManager
  wifis:
    wlp2s0:
      dhcp4: true
      access-points:
        "HL-Staff":
          auth:
            key-management: eap
            method: tls
            identity: kiosk-07@venue.lan
            ca-certificate: /etc/ssl/venue/radius-ca.pem
            client-certificate: /etc/ssl/venue/kiosk-07.pem
            client-key: /etc/ssl/venue/kiosk-07.key
""", None, "Netplan reference: wifis auth (EAP-TLS with certificate files)")

# ---------------------------------------------------------------------------------------------
# Decoys: hashes, digests, ciphertext, public keys and public identifiers
# ---------------------------------------------------------------------------------------------
add("htpasswd/decoy-bcrypt", "site/deploy/apache/.htpasswd", T("""boxoffice:@h1@
reports:@h2@
promoter-preview:@h3@
settlement:@h4@
door-supervisor:@h5@
""", h1=bcrypt_hash("$2y$05$"), h2=bcrypt_hash("$2y$05$"), h3=bcrypt_hash("$2y$05$"), h4=bcrypt_hash("$2y$05$"),
    h5=bcrypt_hash("$2y$05$")), None, "Apache htpasswd docs: bcrypt (-B) entries")

add("sql/decoy-bcrypt", "db/seeds/002_staff_users.sql", T("""-- Box office staff accounts for the staging environment.
-- Passwords are bcrypt hashes (cost 12) generated by `php artisan tinker` -> Hash::make().
INSERT INTO users (id, name, email, role, password, created_at) VALUES
  (1, 'Box Office Lead', 'lead@harbourlight.io', 'admin', '@h1@', NOW()),
  (2, 'Window 1', 'window1@harbourlight.io', 'seller', '@h2@', NOW()),
  (3, 'Window 2', 'window2@harbourlight.io', 'seller', '@h3@', NOW()),
  (4, 'Door Supervisor', 'doors@harbourlight.io', 'scanner', '@h4@', NOW());

UPDATE users SET must_change_password = true WHERE id > 1;
""", h1=bcrypt_hash("$2y$12$"), h2=bcrypt_hash("$2y$12$"), h3=bcrypt_hash("$2y$12$"), h4=bcrypt_hash("$2y$12$")),
    None, "Laravel docs: Hashing (bcrypt $2y$ hashes)")

add("mosquitto/decoy-pbkdf2", "rfid-gateway/mosquitto/passwd", T("""gateway:$7$101$@s1@$@h1@
topup-kiosk:$7$101$@s2@$@h2@
monitor:$7$101$@s3@$@h3@
# created with mosquitto_passwd -c /etc/mosquitto/passwd gateway
# PBKDF2-SHA512 hashes only; plaintext passwords are not kept here
""", s1=b64_bytes(12), h1=b64_bytes(64), s2=b64_bytes(12), h2=b64_bytes(64), s3=b64_bytes(12), h3=b64_bytes(64)),
    None, "mosquitto_passwd(1): PBKDF2-SHA512 password file ($7$)")

def _crypt(n: int) -> str:
    return fakes.drawn(_seed(), n, ALNUM + "./")


add("cisco/decoy-hashed-secret", "venue-net/cisco/core-switch.cfg", T("""hostname HL-CORE-01
!
enable secret 9 $9$@s1@$@h1@
!
username netadmin privilege 15 secret 9 $9$@s2@$@h2@
username readonly privilege 1 secret 8 $8$@s3@$@h3@
!
aaa new-model
aaa authentication login default group radius local
!
radius server VENUE-NPS
 address ipv4 10.30.0.5 auth-port 1812 acct-port 1813
 key 7 <removed-before-commit>
!
vlan 40
 name SCANNERS
vlan 99
 name GUEST
end
""", s1=_crypt(14), h1=_crypt(43), s2=_crypt(14), h2=_crypt(43), s3=_crypt(14), h3=_crypt(43)),
    None, "Cisco IOS docs: enable secret / username secret type 8 and 9 hashes")

add("freeradius/decoy-crypt-hash", "venue-net/freeradius/mods-config/files/authorize", T("""# Local fallback accounts for the venue 802.1X network (hashes only, sha512-crypt)
netops  Crypt-Password := "$6$@s1@$@h1@"
        Reply-Message := "Hello, %{User-Name}"

showday Crypt-Password := "$6$@s2@$@h2@"
        Tunnel-Type := VLAN,
        Tunnel-Medium-Type := IEEE-802,
        Tunnel-Private-Group-Id := 40

DEFAULT Auth-Type := Reject
""", s1=_crypt(16), h1=_crypt(86), s2=_crypt(16), h2=_crypt(86)),
    None, "FreeRADIUS docs: rlm_files users file with Crypt-Password")

add("json/decoy-integrity", "checkout/package-lock.json", T("""{
  "name": "checkout",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "checkout", "version": "3.4.0", "dependencies": { "stripe": "^14.21.0", "seatsio": "^79.2.0" } },
    "node_modules/stripe": {
      "version": "14.21.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.21.0.tgz",
      "integrity": "sha512-@i1@",
      "dependencies": { "@types/node": ">=8.1.0", "qs": "^6.11.0" }
    },
    "node_modules/seatsio": {
      "version": "79.2.0",
      "resolved": "https://registry.npmjs.org/seatsio/-/seatsio-79.2.0.tgz",
      "integrity": "sha512-@i2@"
    },
    "node_modules/qs": {
      "version": "6.12.0",
      "resolved": "https://registry.npmjs.org/qs/-/qs-6.12.0.tgz",
      "integrity": "sha512-@i3@"
    }
  }
}
""", i1=b64_bytes(64), i2=b64_bytes(64), i3=b64_bytes(64)), None, "npm docs: package-lock.json integrity (SRI sha512)")

add("requirements/decoy-hashes", "rfid-gateway/requirements.txt", T("""# pip-compile --generate-hashes requirements.in
paho-mqtt==1.6.1 \\
    --hash=sha256:@h1@
requests==2.31.0 \\
    --hash=sha256:@h2@ \\
    --hash=sha256:@h3@
sllurp==2.0.3 \\
    --hash=sha256:@h4@
urllib3==2.2.1 \\
    --hash=sha256:@h5@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), None, "pip docs: hash-checking mode (--hash=sha256:)")

add("checksums/decoy-sha256", "gatescan/firmware/SHA256SUMS", T("""@h1@  zebra-tc52-gatescan-4.1.2.apk
@h2@  zebra-tc52-gatescan-4.1.1.apk
@h3@  impinj-r700-cap-hl-1.9.0.upgx
@h4@  turnstile-ts6000-fw-4.3.18.bin
@h5@  kiosk-ubuntu-core-22-hl-2024.04.img.xz
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), None, "GNU coreutils sha256sum output format")

add("helm/decoy-image-digest", "deploy/helm/boxoffice/values-prod.yaml", T("""image:
  repository: ghcr.io/harbourlight/boxoffice
  digest: sha256:@d1@
  pullPolicy: IfNotPresent

worker:
  image: ghcr.io/harbourlight/boxoffice-worker@sha256:@d2@

db:
  host: db.venue.lan
  existingSecret: boxoffice-db
  passwordKey: password

podAnnotations:
  checksum/config: @d3@
""", d1=hexs(64), d2=hexs(64), d3=hexs(64)), None, "Helm docs: image digests; checksum annotations")

add("ssh/decoy-public-keys", "ansible/roles/kiosk/files/authorized_keys", T("""ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@e1@ sam@ops-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@e2@ priya@boxoffice-mac
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@r1@ deploy@gitlab-runner
no-pty,command="/usr/local/bin/pull-logs" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@e3@ log-collector
# keys are rotated every season; remove leavers on the same day
""", e1=draw(43, B64), e2=draw(43, B64), r1=draw(500, B64), e3=draw(43, B64)), None, "OpenSSH sshd(8): AuthorizedKeysFile format (public keys)")

add("pem/decoy-ca-cert", "venue-net/freeradius/certs/radius-ca.pem", cert_pem() + "\n", None,
    "FreeRADIUS docs: EAP-TLS CA certificate (public)")

add("python/decoy-public-key", "gatescan/gatescan/verify.py", T('''"""Offline verification of ticket QR codes on the scanners (ES256, public key only)."""
import jwt

ISSUER_PUBLIC_KEY = """@pub@
"""


def check(qr_payload: str, event_id: str) -> dict:
    claims = jwt.decode(qr_payload, ISSUER_PUBLIC_KEY, algorithms=["ES256"], issuer="harbourlight",
                        options={"require": ["exp", "tid", "ev"]})
    if claims["ev"] != event_id:
        raise ValueError("ticket is for another event")
    return claims
''', pub=public_pem()), None, "PyJWT docs: decoding with an ES256 public key")

add("json/decoy-jwks", "checkin-api/public/.well-known/jwks.json", T("""{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "hl-tickets-2024-03",
      "n": "@n@",
      "e": "AQAB"
    }
  ]
}
""", n=base64.urlsafe_b64encode(bytes(_rng().randrange(256) for _ in range(256))).decode().rstrip("=")),
    None, "RFC 7517: JSON Web Key Set (public RSA key)")

_dkim = b64_bytes(270)
add("zone/decoy-dkim", "dns/harbourlight.io.zone", T("""$ORIGIN harbourlight.io.
$TTL 3600
@       IN SOA ns1.harbourlight.io. hostmaster.harbourlight.io. ( 2024031101 7200 3600 1209600 3600 )
        IN NS  ns1.harbourlight.io.
        IN MX  10 mxa.mailgun.org.
        IN TXT "v=spf1 include:mailgun.org include:sendgrid.net include:_spf.google.com ~all"
tickets IN CNAME d1a2b3c4d5e6f7.cloudfront.net.
_dmarc  IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@harbourlight.io"
smtp._domainkey.mg IN TXT ( "k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@a@"
                            "@b@" )
s1._domainkey IN CNAME s1.domainkey.u1234567.wl.sendgrid.net.
""", a=_dkim[:150], b=_dkim[150:] + "IDAQAB"), None, "RFC 6376 DKIM: public key in a DNS TXT record; BIND zone file")

add("ruby/decoy-credentials-reference", "config/environments/production.rb", """require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.force_ssl = true
  config.log_level = :info

  # Secrets live in config/credentials.yml.enc (RAILS_MASTER_KEY is set on the host only).
  config.x.tito.api_token = Rails.application.credentials.dig(:tito, :api_token)
  config.x.tito.webhook_token = Rails.application.credentials.dig(:tito, :webhook_security_token)
  config.x.stripe.secret_key = ENV.fetch("STRIPE_SECRET_KEY") { Rails.application.credentials.stripe[:secret_key] }

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: Rails.application.credentials.postmark_api_token }
  config.active_job.queue_adapter = :sidekiq
end
""", None, "Rails guides: custom credentials (Rails.application.credentials.dig)")

_blob = base64.b64encode(bytes([1, 2, 2, 0, 0x78]) + bytes(_rng().randrange(256) for _ in range(180))).decode()
add("yaml/decoy-kms-ciphertext", "eventbrite-sync/config/prod.yaml", T("""sync:
  interval_minutes: 10
  organization_id: "1849203746513"
secrets:
  # KMS-encrypted; decrypted at start-up with kms:Decrypt on key alias/eventbrite-sync
  eventbrite_private_token_encrypted: "@blob@"
  slack_webhook_arn: arn:aws:secretsmanager:eu-west-2:123456789012:secret:prod/shared/slack-door-ops-Q1w2E3
kms_key_id: arn:aws:kms:eu-west-2:123456789012:alias/eventbrite-sync
""", blob=_blob), None, "AWS KMS docs: Encrypt returns a CiphertextBlob (base64)")

add("python/decoy-public-dsn", "tickets/settings/observability.py", T('''import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

# The DSN only identifies the project; Sentry documents it as safe to ship to clients.
sentry_sdk.init(
    dsn="https://@pub@@o@org@.ingest.sentry.io/@proj@",
    integrations=[DjangoIntegration()],
    traces_sample_rate=0.05,
    send_default_pii=False,
    environment="production",
)

GOOGLE_ANALYTICS_ID = "G-@ga@"
META_PIXEL_ID = "@px@"
''', pub=hexs(32), org=digits(6), proj=digits(7), ga=draw(10, UPD), px=digits(16)), None,
    "Sentry docs: DSN explainer (public key, safe to expose); GA4 measurement id")

add("json/decoy-public-ids", "festival-app/app.json", T("""{
  "expo": {
    "name": "HL Festival",
    "slug": "hl-festival",
    "version": "2.6.0",
    "scheme": "hlfestival",
    "ios": { "bundleIdentifier": "io.harbourlight.festival", "supportsTablet": false },
    "android": { "package": "io.harbourlight.festival" },
    "updates": { "url": "https://u.expo.dev/@pid@" },
    "runtimeVersion": { "policy": "appVersion" },
    "plugins": [
      ["@stripe/stripe-react-native", { "merchantIdentifier": "merchant.io.harbourlight", "enableGooglePay": true }],
      ["@sentry/react-native/expo", { "organization": "harbourlight", "project": "festival-app" }]
    ],
    "extra": {
      "eas": { "projectId": "@pid@" },
      "stripePublishableKey": "@pk@",
      "seatsioWorkspaceKey": "@ws@"
    }
  }
}
""", pid=uuid_s(), pk=stripe("pk_live_"), ws=uuid_s()), None,
    "Expo docs: app.json (EAS projectId, public keys in extra)")

add("html/decoy-write-key", "site/templates/partials/analytics.html", T("""<!-- Segment: the write key is sent from every browser; it identifies the source, it is not a secret -->
<script>
  !function(){var i="analytics",analytics=window[i]=window[i]||[];if(!analytics.initialize){
  analytics.methods=["track","page","identify","reset"];analytics.factory=function(e){return function(){
  var t=Array.prototype.slice.call(arguments);t.unshift(e);analytics.push(t);return analytics}};
  for(var n=0;n<analytics.methods.length;n++){var key=analytics.methods[n];analytics[key]=analytics.factory(key)}
  analytics.load=function(key){var t=document.createElement("script");t.async=!0;
  t.src="https://cdn.segment.com/analytics.js/v1/"+key+"/analytics.min.js";document.head.appendChild(t)};
  analytics.load("@wk@");
  analytics.page();
  }}();
</script>
""", wk=draw(32)), None, "Segment docs: Analytics.js write key is public in the browser")

add("json/decoy-ticket-fixture", "checkin-api/test/fixtures/scans.json", T("""{
  "_comment": "Synthetic scans for the check-in API tests - made-up tickets, signatures from the test key",
  "event": "lanterns-2024-05-18",
  "scans": [
    { "ticket_id": "@u1@", "barcode": "@b1@", "gate": "A3", "sig": "@s1@", "result": "ok" },
    { "ticket_id": "@u2@", "barcode": "@b2@", "gate": "A3", "sig": "@s2@", "result": "duplicate" },
    { "ticket_id": "@u3@", "barcode": "@b3@", "gate": "B1", "sig": "@s3@", "result": "wrong_event" }
  ]
}
""", u1=uuid_s(), b1=digits(16), s1=hexs(64), u2=uuid_s(), b2=digits(16), s2=hexs(64), u3=uuid_s(), b3=digits(16), s3=hexs(64)),
    None, "Check-in API test fixtures (synthetic ids, barcodes and HMAC outputs)")

add("json/decoy-wallet-pass", "wallet/templates/event.pass/pass.json", T("""{
  "formatVersion": 1,
  "passTypeIdentifier": "pass.io.harbourlight.tickets",
  "teamIdentifier": "7QX3M9K2LD",
  "organizationName": "Harbourlight Arena",
  "serialNumber": "@serial@",
  "description": "Event ticket",
  "foregroundColor": "rgb(255, 255, 255)",
  "backgroundColor": "rgb(20, 24, 40)",
  "barcodes": [
    { "format": "PKBarcodeFormatQR", "message": "@barcode@", "messageEncoding": "iso-8859-1" }
  ],
  "eventTicket": {
    "primaryFields": [{ "key": "event", "label": "EVENT", "value": "The Lanterns" }],
    "secondaryFields": [{ "key": "loc", "label": "VENUE", "value": "Harbourlight Arena" }],
    "auxiliaryFields": [{ "key": "seat", "label": "SEAT", "value": "Block 112, Row F, Seat 14" }]
  },
  "relevantDate": "2024-05-18T19:30+01:00"
}
""", serial=uuid_s(), barcode=digits(18)), None, "Apple Wallet Pass design guide: pass.json (eventTicket)")

add("python/decoy-test-vector", "rfid-gateway/tests/test_mifare.py", """\"\"\"MIFARE Classic wristband reads against the reader simulator.

The keys below are the documented factory transport keys (NXP application note AN10787 and
every reader SDK's examples); production wristbands are re-keyed at encoding time.
\"\"\"
import pytest

from gateway.mifare import authenticate_sector

TRANSPORT_KEY_A = bytes.fromhex("FFFFFFFFFFFF")
MAD_KEY_A = bytes.fromhex("A0A1A2A3A4A5")
NDEF_KEY_A = bytes.fromhex("D3F7D3F7D3F7")


@pytest.mark.parametrize("key", [TRANSPORT_KEY_A, MAD_KEY_A, NDEF_KEY_A])
def test_blank_wristband_accepts_transport_keys(simulated_reader, key):
    assert authenticate_sector(simulated_reader, sector=1, key=key, key_type="A")
""", None, "NXP AN10787 MIFARE Application Directory: public transport and MAD keys")

_gpg = "\n".join(draw(64, B64) for _ in range(8))
add("pem/decoy-gpg-public-key", "kiosk/image/etc/apt/keyrings/harbourlight-kiosk.asc", T("""-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Harbourlight kiosk apt repository signing key (public)

mQINBGX@body@
=@crc@
-----END PGP PUBLIC KEY BLOCK-----
""", body=_gpg, crc=draw(4, B64)), None, "RFC 4880 OpenPGP ASCII armor (public key block); Debian apt signed-by keyrings")
