"""Blind set GL: moving and removal companies.

Quote engines and video surveys, lead imports and CRMs, crew scheduling and dispatch apps, truck
telematics and dashcams, storage-warehouse inventory, customer portals, payments, valuation
insurance and bookkeeping, and the small IT of depots and offices (Wi-Fi, NVRs, VoIP, backups,
CI), with their decoys. Generated fakes only (seeds 2340000-2349999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOWER = string.ascii_lowercase
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
SEED_LO, SEED_HI = 2340000, 2349999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return chars(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def raw_b64(n_bytes: int, urlsafe: bool = False) -> str:
    r = _rng()
    data = bytes(r.getrandbits(8) for _ in range(n_bytes))
    return (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(data).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hashlib.sha256(str(_seed()).encode()).hexdigest()


WORDS = ["Bluebird", "Harbour", "Removals", "Depot", "Lorry", "Crate", "Mover", "Kettle", "Granite", "Willow",
         "Northgate", "Luton", "Pallet", "Tailift", "Cedar", "Summit", "Hauler", "Marlin", "Dolly", "Beacon"]
LOWERW = ["blanket", "tape", "wardrobe", "carton", "ramp", "strap", "bubble", "piano", "sofa", "ladder",
          "kettle", "harbour", "pallet", "mirror", "trolley", "lantern"]


def human_pw() -> str:
    """What a person picks for a device or a shared account."""
    r = _rng()
    return r.choice(WORDS) + r.choice(["", "", "_", "#", "!"]) + str(r.randint(1, 9999)) + r.choice(["", "!", "$", "?"])


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return chars(n, ALNUM + extra) if extra else chars(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWERW, 4)) + str(r.randint(1, 99))


def pem_block(label: str = "RSA PRIVATE KEY", lines: int = 8, head: str = "MIIEowIBAAKCAQEA") -> str:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def pkcs8_key(lines: int = 8) -> str:
    return pem_block("PRIVATE KEY", lines, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC")


def openssh_key() -> str:
    return pem_block("OPENSSH PRIVATE KEY", 7, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")


def ec_key() -> str:
    return pem_block("EC PRIVATE KEY", 3, "MHcCAQEEI")


def cert_pem() -> str:
    return pem_block("CERTIFICATE", 10, "MIIDqTCCApGgAwIBAgIU")


def jwt(payload: dict, sig: int = 43, header: Optional[dict] = None) -> str:
    head = b64url(json.dumps(header or {"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{chars(sig, URLSAFE)}"


# -- vendor shapes -------------------------------------------------------------------------------

def stripe_key(prefix: str = "sk_live_", n: int = 99) -> str:
    return fakes.fake(prefix, n, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def google_key() -> str:
    return "AIzaSy" + chars(33, URLSAFE)


def recaptcha_key() -> str:
    return "6L" + chars(38, URLSAFE)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return f"{hexs(32)}-{hexs(8)}-{hexs(8)}"


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{chars(8, up)}/B{chars(10, up)}/{chars(24)}"


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/{chars(68, URLSAFE)}"


def teams_webhook(org: str) -> str:
    return (f"https://{org}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{chars(43, URLSAFE)}")


def samsara_token() -> str:
    return "samsara_api_" + chars(30)


def square_token() -> str:
    return "EAAA" + chars(60, URLSAFE)


def paypal_pair() -> tuple:
    return "A" + chars(79, URLSAFE), "E" + chars(79, URLSAFE)


def gocardless_token() -> str:
    return "live_" + chars(40, URLSAFE)


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def zoho_token() -> str:
    return f"1000.{hexs(32)}.{hexs(32)}"


def mapbox_token(prefix: str, user: str) -> str:
    body = b64url(json.dumps({"u": user, "a": "cl" + chars(23, LOWER_ALNUM)}, separators=(",", ":")))
    return f"{prefix}.{body}.{chars(22, URLSAFE)}"


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return raw_b64(64)


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def docker_pat() -> str:
    return "dckr_pat_" + chars(27, URLSAFE)


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + chars(170, URLSAFE) + "=" + hexs(8).upper()


def gocspx() -> str:
    return "GOCSPX-" + chars(28, URLSAFE)


def laravel_key() -> str:
    return "base64:" + raw_b64(32)


def fernet_key() -> str:
    return raw_b64(32, urlsafe=True)


def wg_key() -> str:
    return raw_b64(32)


def gmail_app_pw() -> str:
    r = _rng()
    return " ".join("".join(r.choice(LOWER) for _ in range(4)) for _ in range(4))


def sentry_dsn(org: str) -> str:
    return f"https://{hexs(32)}@o{digits(6)}.ingest.sentry.io/{digits(7)}"


def vin() -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "1FD" + chars(14, alphabet)


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
    CASES.append(LabelledCase(f"blind-gl/{category}", file_name, text, secret, source))


# == Quotes, video surveys, lead imports and CRM =================================================

add("env/google-maps-server-key", "quote-engine/.env", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", r"""
# Bluebird Moving & Storage -- instant quote engine (server side only)
APP_ENV=production
PORT=8081
LOG_LEVEL=info

# Distance Matrix + Geocoding, restricted to the quote-engine egress IPs
GOOGLE_MAPS_SERVER_KEY=@@secret@@

# Tariff tables
TARIFF_BUCKET=s3://bluebird-tariffs/2024
FUEL_SURCHARGE_PCT=7.5
MIN_HOURS_LOCAL=3
CREW_RATE_2MEN=139
CREW_RATE_3MEN=179

DATABASE_URL=${QUOTE_DB_URL}
SENTRY_ENVIRONMENT=production
""", secret=google_key())

add("python/here-api-key", "quote_engine/routing/here.py", "https://www.here.com/docs/bundle/routing-api-v8-api-reference/page/index.html", r"""
import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

ROUTER_URL = "https://router.hereapi.com/v8/routes"
# truck profile: 26ft box truck, 10 t gross
HERE_API_KEY = "@@secret@@"


@dataclass
class Leg:
    miles: float
    minutes: int


def truck_leg(origin: tuple, dest: tuple, gross_kg: int = 10000) -> Leg:
    params = {
        "transportMode": "truck",
        "origin": f"{origin[0]},{origin[1]}",
        "destination": f"{dest[0]},{dest[1]}",
        "return": "summary",
        "truck[grossWeight]": gross_kg,
        "truck[height]": 380,
        "apiKey": HERE_API_KEY,
    }
    resp = requests.get(ROUTER_URL, params=params, timeout=10)
    resp.raise_for_status()
    summary = resp.json()["routes"][0]["sections"][0]["summary"]
    leg = Leg(miles=summary["length"] / 1609.34, minutes=round(summary["duration"] / 60))
    log.debug("truck leg %s -> %s: %.1f mi", origin, dest, leg.miles)
    return leg
""", secret=chars(43, URLSAFE))

add("html/decoy-browser-maps-key", "portal/templates/quote/start.html", "https://developers.google.com/maps/documentation/javascript/get-api-key#restrict_key", r"""
{% extends "base.html" %}
{% block title %}Get your moving quote{% endblock %}
{% block content %}
<form id="quote-start" method="post" action="{% url 'quote:addresses' %}">
  {% csrf_token %}
  <label for="from">Moving from</label>
  <input id="from" name="origin" autocomplete="off" placeholder="Street, town or postcode">
  <label for="to">Moving to</label>
  <input id="to" name="destination" autocomplete="off">
  <input type="hidden" name="origin_place_id" id="origin_place_id">
  <input type="hidden" name="destination_place_id" id="destination_place_id">
  <button type="submit" class="btn btn-primary">Next: your home</button>
</form>
{# Maps JavaScript key: browser key, HTTP-referrer restricted to *.bluebirdmoving.com, Places API only #}
<script async
  src="https://maps.googleapis.com/maps/api/js?key=@@key@@&libraries=places&callback=initAutocomplete">
</script>
<script src="{% static 'quote/autocomplete.js' %}"></script>
{% endblock %}
""", key=google_key())

add("yaml/yembo-api-key", "config/surveys.yml", "https://yembo.ai/ (Yembo virtual survey API, key sent as a header)", r"""
# Virtual survey settings (Yembo) -- used by surveys-worker
default: &default
  provider: yembo
  base_url: https://api.yembo.ai/v2
  webhook_path: /hooks/yembo/survey-complete
  cubic_feet_per_hour: 180
  auto_send_link: true
  reminder_hours: [24, 72]

development:
  <<: *default
  base_url: https://sandbox-api.yembo.ai/v2
  api_key: <%= ENV["YEMBO_API_KEY"] %>

production:
  <<: *default
  api_key: @@secret@@
  company_id: 4417
""", secret=hexs(40))

add("python/decoy-env-reference", "integrations/yembo/client.py", "https://docs.python.org/3/library/os.html#os.environ", r"""
import os
from typing import Any, Dict

import requests

BASE_URL = os.environ.get("YEMBO_BASE_URL", "https://api.yembo.ai/v2")


class YemboClient:
    # Survey id looks like 0f7b3c1e-...; the key never lives in this repo.

    def __init__(self, api_key: str | None = None, timeout: float = 15.0) -> None:
        self.api_key = api_key or os.environ["YEMBO_API_KEY"]
        self.session = requests.Session()
        self.session.headers.update({"x-api-key": self.api_key, "Accept": "application/json"})
        self.timeout = timeout

    def create_survey(self, job_number: str, customer_email: str) -> Dict[str, Any]:
        body = {"externalId": job_number, "customer": {"email": customer_email}}
        resp = self.session.post(f"{BASE_URL}/surveys", json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def inventory(self, survey_id: str) -> Dict[str, Any]:
        resp = self.session.get(f"{BASE_URL}/surveys/{survey_id}/inventory", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
""")

add("json/decoy-webhook-payload", "tests/fixtures/yembo_survey_complete.json", "https://yembo.ai/ (survey-complete webhook body)", r"""
{
  "event": "survey.completed",
  "surveyId": "@@survey@@",
  "externalId": "BB-24-06117",
  "completedAt": "2024-06-11T18:42:07Z",
  "totals": {
    "items": 142,
    "cubicFeet": 1185.5,
    "weightLbs": 8299,
    "boxes": {"small": 24, "medium": 31, "large": 12, "wardrobe": 4}
  },
  "rooms": [
    {"name": "Living room", "items": 23, "cubicFeet": 274.0},
    {"name": "Primary bedroom", "items": 18, "cubicFeet": 231.5},
    {"name": "Garage", "items": 41, "cubicFeet": 312.0}
  ],
  "media": {
    "videoSha256": "@@sha@@",
    "thumbnail": "https://cdn.yembo.ai/t/@@thumb@@.jpg"
  },
  "signature": "t=1718131327,v1=@@sig@@"
}
""", survey=uuid_s(), sha=sha256ish(), thumb=hexs(24), sig=hexs(64))

add("php/lead-provider-api-key", "app/Services/LeadImport/GranotClient.php", "https://www.granot.com/ (Granot lead distribution API)", r"""
<?php

namespace App\Services\LeadImport;

use GuzzleHttp\Client;
use Illuminate\Support\Facades\Log;

class GranotClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.granot.com/leads/v3/',
            'timeout'  => 20,
            'headers'  => [
                'X-Granot-Account' => 'NGR-2291',
                'X-Granot-Key'     => '@@secret@@',
            ],
        ]);
    }

    public function pending(int $limit = 50): array
    {
        $res = $this->http->get('pending', ['query' => ['limit' => $limit, 'format' => 'json']]);
        $rows = json_decode((string) $res->getBody(), true);
        Log::info('granot: pulled leads', ['count' => count($rows['leads'] ?? [])]);
        return $rows['leads'] ?? [];
    }

    public function acknowledge(string $leadId): void
    {
        $this->http->post("ack/{$leadId}");
    }
}
""", secret=chars(32, LOWER_ALNUM))

add("csv/decoy-lead-export", "exports/leads_2024-05.csv", "RFC 4180 CSV export of the lead table (emails hashed for ad audiences)", r"""
lead_id,received_at,source,move_size,origin_zip,dest_zip,move_date,email_sha256,status
L-240501-0007,2024-05-01T08:14:22Z,google_ads,2br,30308,37203,2024-06-14,@@h1@@,booked
L-240501-0011,2024-05-01T09:02:51Z,granot,studio,30312,30030,2024-05-20,@@h2@@,lost
L-240502-0003,2024-05-02T13:40:10Z,website,3br,30066,28202,2024-06-28,@@h3@@,surveyed
L-240503-0019,2024-05-03T16:21:45Z,yelp,1br,30305,30305,2024-05-18,@@h4@@,quoted
L-240504-0002,2024-05-04T10:05:33Z,referral,4br+,30024,32801,2024-07-09,@@h5@@,booked
L-240506-0014,2024-05-06T19:58:02Z,granot,2br,30339,35203,2024-06-01,@@h6@@,quoted
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish(), h6=sha256ish())

add("markdown/smartmoving-api-key", "docs/handover/sales-systems.md", "https://smartmoving.com/ (SmartMoving API, key per provider)", r"""
# Sales systems handover -- Northgate Relocations

Written by Priya before leave (back 2 Sept). Ask Tom for anything urgent.

## SmartMoving
- Web login: shared `sales@northgate-relo.com` account, in the office password book.
- The lead webhook from the website posts to SmartMoving's lead API.

| Setting            | Value                                |
|--------------------|--------------------------------------|
| Provider key       | `@@secret@@`   |
| Branch             | Northgate -- Leeds                   |
| Lead source id     | 17 (Website form)                    |

## Price book
- Local hourly rates live in SmartMoving > Settings > Tariffs; keep the spreadsheet in sync.
- Long-distance uses the 2024 weight tariff (PDF on the S: drive).

## Yembo surveys
- Links go out automatically when the lead is tagged `survey`.
""", secret=hexs(32))

add("notebook/postgres-password", "analysis/quote_conversion.ipynb", "https://www.psycopg.org/docs/module.html#psycopg2.connect", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Quote to booking conversion, Q2\n", "Pulls quotes from the read replica."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import psycopg2\n",
    "conn = psycopg2.connect(host=\"quotes-replica.internal.bluebirdmoving.com\", dbname=\"quotes\",\n",
    "                        user=\"analyst_ro\", password=\"@@secret@@\")\n",
    "df = pd.read_sql(\"select quote_id, created_at, move_size, total_usd, booked from quotes where created_at >= '2024-04-01'\", conn)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["booked share: 0.284\n"]}
   ],
   "source": ["print(f\"booked share: {df.booked.mean():.3f}\")"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=words_pw())

add("notebook/decoy-env-reference", "analysis/survey_volume_model.ipynb", "https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine(os.environ[\"ANALYTICS_DB_URL\"])\n",
    "surveys = pd.read_sql_table(\"survey_totals\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "data": {"text/plain": ["                              survey_id  cubic_feet  crew_hours\n", "0  @@u1@@      1185.5        7.5\n", "1  @@u2@@       640.0        4.0"]},
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": ["surveys[[\"survey_id\", \"cubic_feet\", \"crew_hours\"]].head(2)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", u1=uuid_s(), u2=uuid_s())

add("ruby/hubspot-private-app-token", "app/services/hubspot_sync.rb", "https://developers.hubspot.com/docs/api/private-apps", r"""
require "net/http"
require "json"

# Pushes booked moves to HubSpot as deals so marketing can see the pipeline.
class HubspotSync
  API = URI("https://api.hubapi.com/crm/v3/objects/deals")
  TOKEN = "@@secret@@".freeze

  def initialize(logger: Rails.logger)
    @logger = logger
  end

  def push(job)
    req = Net::HTTP::Post.new(API)
    req["Authorization"] = "Bearer #{TOKEN}"
    req["Content-Type"] = "application/json"
    req.body = {
      properties: {
        dealname: "#{job.customer_name} -- #{job.move_date}",
        amount: job.estimate_total.to_s,
        pipeline: "default",
        dealstage: "closedwon",
        move_size: job.move_size
      }
    }.to_json
    res = Net::HTTP.start(API.host, API.port, use_ssl: true) { |http| http.request(req) }
    @logger.info("hubspot deal #{job.number}: #{res.code}")
    res.code.to_i < 300
  end
end
""", secret=hubspot_token())

add("github-actions/decoy-secrets-reference", ".github/workflows/quote-engine.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r"""
name: quote-engine
on:
  push:
    branches: [main]
    paths: ["quote_engine/**", "tests/**"]
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:15
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt -r requirements-dev.txt
      - run: pytest -q
        env:
          DATABASE_URL: postgresql://postgres:postgres@localhost:5432/postgres
          GOOGLE_MAPS_SERVER_KEY: ${{ secrets.GOOGLE_MAPS_SERVER_KEY }}
          HERE_API_KEY: ${{ secrets.HERE_API_KEY }}
  deploy:
    needs: test
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
""")

add("toml/openai-api-key", "quote_engine/settings.toml", "https://www.dynaconf.com/settings_files/ ; https://platform.openai.com/docs/api-reference/authentication", r"""
[default]
app_name = "photo-inventory"
max_photos_per_room = 12
vision_model = "gpt-4o-mini"
cubic_feet_table = "data/cf_table_2024.csv"

[default.openai]
# used to turn customer room photos into an item list
api_key = "@@secret@@"
organization = "org-bluebirdmoving"
timeout = 60

[production]
max_photos_per_room = 20
""", secret=fakes.openai_key(_seed()))

add("go/decoy-tariff-checksum", "internal/pricing/tariff.go", "https://pkg.go.dev/crypto/sha256", r"""
package pricing

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
)

// Tariff400NG 2024 table as published; the checksum pins the file we priced against.
const (
	TariffFile     = "data/tariff_2024_weight.csv"
	TariffSHA256   = "@@sha@@"
	TariffRevision = "2024-01-01/r3"
)

// VerifyTariff refuses to start the pricer on a table that is not the one sales signed off.
func VerifyTariff() error {
	data, err := os.ReadFile(TariffFile)
	if err != nil {
		return fmt.Errorf("read tariff: %w", err)
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != TariffSHA256 {
		return fmt.Errorf("tariff checksum %s, want %s (%s)", got, TariffSHA256, TariffRevision)
	}
	return nil
}
""", sha=sha256ish())

add("java/zoho-refresh-token", "src/main/java/com/northgate/quotes/crm/ZohoCrmClient.java", "https://www.zoho.com/crm/developer/docs/api/v6/refresh.html", r"""
package com.northgate.quotes.crm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class ZohoCrmClient {
    private static final String ACCOUNTS = "https://accounts.zoho.eu/oauth/v2/token";
    private static final String CLIENT_ID = "1000.@@cid@@";
    private static final String CLIENT_SECRET = System.getenv("ZOHO_CLIENT_SECRET");
    private static final String REFRESH_TOKEN = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String accessToken() throws Exception {
        String form = "refresh_token=" + REFRESH_TOKEN
                + "&client_id=" + CLIENT_ID
                + "&client_secret=" + CLIENT_SECRET
                + "&grant_type=refresh_token";
        HttpRequest req = HttpRequest.newBuilder(URI.create(ACCOUNTS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("zoho token refresh failed: " + res.statusCode());
        }
        return res.body();
    }
}
""", secret=zoho_token(), cid=chars(30, string.ascii_uppercase + string.digits))

add("javascript/decoy-site-key", "widgets/instant-quote/embed.js", "https://developers.google.com/recaptcha/docs/v3 ; https://posthog.com/docs/libraries/js", r"""
/* Instant quote widget -- dropped on partner estate-agent sites */
(function () {
  var RECAPTCHA_SITE_KEY = "@@site@@"; // public site key, v3
  var POSTHOG_KEY = "phc_@@ph@@"; // project API key, write-only, public
  var API = "https://quotes.bluebirdmoving.com/api/v1/instant";

  function load(src, cb) {
    var s = document.createElement("script");
    s.src = src; s.async = true; s.onload = cb;
    document.head.appendChild(s);
  }

  function submit(form) {
    grecaptcha.ready(function () {
      grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "instant_quote" }).then(function (token) {
        var body = new FormData(form);
        body.append("g-recaptcha-response", token);
        fetch(API, { method: "POST", body: body })
          .then(function (r) { return r.json(); })
          .then(function (q) {
            form.querySelector(".bb-price").textContent = "$" + q.low + " - $" + q.high;
            if (window.posthog) posthog.capture("instant_quote_shown", { size: q.move_size });
          });
      });
    });
  }

  load("https://www.google.com/recaptcha/api.js?render=" + RECAPTCHA_SITE_KEY, function () {
    var form = document.getElementById("bb-instant-quote");
    if (form) form.addEventListener("submit", function (e) { e.preventDefault(); submit(form); });
  });
  load("https://us-assets.i.posthog.com/static/array.js", function () {
    posthog.init(POSTHOG_KEY, { api_host: "https://us.i.posthog.com" });
  });
})();
""", site=recaptcha_key(), ph=chars(43))

add("python/recaptcha-secret-key", "quote_engine/captcha.py", "https://developers.google.com/recaptcha/docs/verify", r"""
import requests

VERIFY_URL = "https://www.google.com/recaptcha/api/siteverify"
RECAPTCHA_SECRET = "@@secret@@"
MIN_SCORE = 0.5


def is_human(token: str, remote_ip: str | None = None) -> bool:
    data = {"secret": RECAPTCHA_SECRET, "response": token}
    if remote_ip:
        data["remoteip"] = remote_ip
    result = requests.post(VERIFY_URL, data=data, timeout=5).json()
    return bool(result.get("success")) and result.get("score", 0) >= MIN_SCORE \
        and result.get("action") == "instant_quote"
""", secret=recaptcha_key())

add("sql/decoy-hashed-api-key", "migrations/0042_partner_api_clients.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r"""
-- Partner API clients (estate agents, relocation firms). Keys are shown once at creation;
-- only their SHA-256 and a short prefix are stored.
CREATE TABLE IF NOT EXISTS partner_api_clients (
    id            BIGSERIAL PRIMARY KEY,
    partner_name  TEXT        NOT NULL,
    key_prefix    CHAR(8)     NOT NULL,
    key_sha256    CHAR(64)    NOT NULL UNIQUE,
    scopes        TEXT[]      NOT NULL DEFAULT '{quotes:create}',
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at    TIMESTAMPTZ
);

INSERT INTO partner_api_clients (partner_name, key_prefix, key_sha256, scopes) VALUES
  ('Hartley Estates',        'bbq_7Fk2', '@@h1@@', '{quotes:create}'),
  ('Relo Direct Ltd',        'bbq_Qm9x', '@@h2@@', '{quotes:create,quotes:read}'),
  ('Oakfield Lettings',      'bbq_b0Lt', '@@h3@@', '{quotes:create}');
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("json/mssql-password", "QuoteService/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration-providers#json-configuration-provider", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "quotes.harrowvale.co.uk",
  "ConnectionStrings": {
    "Quotes": "Server=tcp:hv-sql01.harrowvale.local,1433;Database=HVQuotes;User Id=quote_svc;Password=@@secret@@;TrustServerCertificate=True;",
    "Audit": "Server=tcp:hv-sql01.harrowvale.local,1433;Database=HVAudit;Integrated Security=SSPI;"
  },
  "Pricing": {
    "VatRate": 0.2,
    "PerCubicFootGbp": 1.35,
    "StairSurchargeGbp": 45,
    "PianoSurchargeGbp": 180
  }
}
""", secret=words_pw())

add("shell/lead-provider-password", "scripts/pull_leads.sh", "https://curl.se/docs/manpage.html#-u", r"""
#!/usr/bin/env bash
# Nightly pull of yesterday's leads from MovingLeadsPro into the CRM import folder.
set -euo pipefail

DAY=$(date -d yesterday +%F)
OUT=/srv/imports/leads/mlp_${DAY}.csv

curl -sS --fail \
  -u "kettlecreek_api:@@secret@@" \
  -o "${OUT}" \
  "https://portal.movingleadspro.com/api/export?date=${DAY}&format=csv"

LINES=$(wc -l < "${OUT}")
echo "$(date -Is) pulled $((LINES - 1)) leads for ${DAY}" >> /var/log/lead-import.log
/usr/local/bin/crm-import --source mlp "${OUT}"
""", secret=rand_pw(16))

add("log/google-maps-server-key", "logs/quote-api-2024-06-03.log", "https://developers.google.com/maps/documentation/distance-matrix/distance-matrix#DistanceMatrixRequests", r"""
2024-06-03T14:02:11.204Z INFO  quote-api  POST /api/v1/instant 200 412ms size=2br
2024-06-03T14:02:13.877Z INFO  quote-api  POST /api/v1/instant 200 388ms size=studio
2024-06-03T14:02:19.009Z WARN  quote-api  upstream slow: maps 2210ms
2024-06-03T14:02:19.010Z DEBUG quote-api  GET https://maps.googleapis.com/maps/api/distancematrix/json?origins=place_id:ChIJ7yP8sWQE9YgR4kP2sLrCkz8&destinations=place_id:ChIJOwg_06VPwokRYv534QaPC8g&units=imperial&key=@@secret@@
2024-06-03T14:02:19.011Z DEBUG quote-api  maps response status=OK rows=1 elements=1
2024-06-03T14:02:19.440Z INFO  quote-api  POST /api/v1/instant 200 2631ms size=3br
2024-06-03T14:02:25.118Z INFO  quote-api  GET /healthz 200 2ms
""", secret=google_key())

add("markdown/decoy-placeholder", "quote_engine/README.md", "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/plat-using-apikeys.html", r"""
# quote-engine

Prices local and long-distance moves from addresses, home size and inventory.

## Running locally

```bash
cp .env.example .env
# fill in your own keys, never commit .env
export GOOGLE_MAPS_SERVER_KEY=<your-server-key>
export HERE_API_KEY=<your-here-api-key>
make run
```

Then `curl -X POST localhost:8081/api/v1/instant -d '{"origin":"30308","destination":"37203","size":"2br"}'`.

## Keys
| Variable                 | Where to get it                         |
|--------------------------|-----------------------------------------|
| `GOOGLE_MAPS_SERVER_KEY` | 1Password > Engineering > Maps (server) |
| `HERE_API_KEY`           | 1Password > Engineering > HERE          |
| `OPENAI_API_KEY`         | ask in #eng-quotes                      |
""")

add("typescript/calendly-token", "src/lib/calendly.ts", "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens", r"""
// Books in-home surveys into the estimators' Calendly calendars.
const CALENDLY_API = "https://api.calendly.com";
const CALENDLY_TOKEN =
  "@@secret@@";

export interface SurveySlot {
  start: string;
  estimator: string;
}

export async function availableSlots(eventType: string, day: string): Promise<SurveySlot[]> {
  const url = new URL(`${CALENDLY_API}/event_type_available_times`);
  url.searchParams.set("event_type", eventType);
  url.searchParams.set("start_time", `${day}T08:00:00Z`);
  url.searchParams.set("end_time", `${day}T18:00:00Z`);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${CALENDLY_TOKEN}` } });
  if (!res.ok) throw new Error(`calendly ${res.status}`);
  const body = await res.json();
  return body.collection.map((s: { start_time: string; scheduling_url: string }) => ({
    start: s.start_time,
    estimator: s.scheduling_url.split("/")[3],
  }));
}
""", secret=jwt({"iss": "https://auth.calendly.com", "iat": 1712400000, "jti": uuid_s(), "user_uuid": uuid_s()}, 86,
                header={"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"}))

add("yaml/decoy-openapi-example", "openapi/partner-quote-api.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", r"""
openapi: 3.0.3
info:
  title: Bluebird partner quote API
  version: 1.4.0
servers:
  - url: https://quotes.bluebirdmoving.com/api/v1
components:
  securitySchemes:
    PartnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
      description: |
        Issued per partner from the partner dashboard; shown once.
        Example: `bbq_XXXXXXXXXXXXXXXXXXXXXXXXXXXX`
  schemas:
    QuoteRequest:
      type: object
      required: [origin, destination, size]
      properties:
        origin: {type: string, example: "30308"}
        destination: {type: string, example: "37203"}
        size: {type: string, enum: [studio, 1br, 2br, 3br, 4br+]}
security:
  - PartnerKey: []
paths:
  /instant:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/QuoteRequest"}
      responses:
        "200": {description: price range}
""")

add("python/decoy-test-fixture", "tests/test_quote_pricing.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r"""
import pytest

from quote_engine.pricing import Quote, price_local
from quote_engine.routing import here


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setenv("HERE_API_KEY", "test-here-key")
    monkeypatch.setenv("GOOGLE_MAPS_SERVER_KEY", "test-maps-key")
    monkeypatch.setattr(here, "truck_leg", lambda o, d, gross_kg=10000: here.Leg(miles=12.4, minutes=31))


def test_two_men_three_hours_minimum():
    q = price_local(size="studio", crew=2, hours=1.5, survey_id="@@survey@@")
    assert isinstance(q, Quote)
    assert q.hours_billed == 3
    assert q.total_usd == pytest.approx(3 * 139 + 12.4 * 1.25, rel=1e-3)


def test_fingerprint_is_stable():
    q = price_local(size="2br", crew=3, hours=5, survey_id="@@survey@@")
    assert q.fingerprint == "@@fp@@"
""", survey=uuid_s(), fp=sha256ish())

add("gradle/cloudinary-url", "surveyor-app/app/build.gradle.kts", "https://cloudinary.com/documentation/android_integration#configuration", r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.kettlecreek.surveyor"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.kettlecreek.surveyor"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.3.1"
        // room photos go straight to Cloudinary from the estimator's tablet
        buildConfigField("String", "CLOUDINARY_URL", "\"cloudinary://@@ckey@@:@@secret@@@kettlecreek\"")
    }

    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("com.cloudinary:cloudinary-android:3.0.2")
    implementation("androidx.camera:camera-camera2:1.3.3")
}
""", secret=chars(27, URLSAFE), ckey=digits(15))

add("env/decoy-placeholder", "surveyor-app/.env.example", "https://github.com/motdotla/dotenv#usage", r"""
# Copy to .env and fill in from the team vault. Never commit the real file.
SURVEY_API_BASE=https://api.kettlecreekmovers.com
CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@kettlecreek
YEMBO_API_KEY=
SENTRY_DSN=
GOOGLE_MAPS_ANDROID_KEY=your-android-restricted-key
FEATURE_PHOTO_INVENTORY=true
""")

# == Crew scheduling, dispatch and crew apps ======================================================

add("python/twilio-auth-token", "dispatch/sms.py", "https://www.twilio.com/docs/libraries/python#authenticate-the-client", r"""
from twilio.rest import Client

from dispatch.models import CrewAssignment

# Harrow & Vale -- crew start-time texts, sent at 18:00 the day before
client = Client("@@sid@@", "@@secret@@")
FROM_NUMBER = "+447700900184"


def send_start_times(assignments: list[CrewAssignment]) -> int:
    sent = 0
    for a in assignments:
        body = (f"Hi {a.first_name}, tomorrow: job {a.job_number}, report to {a.depot} "
                f"at {a.report_time:%H:%M}. Vehicle {a.vehicle_reg}. Reply Y to confirm.")
        client.messages.create(to=a.mobile, from_=FROM_NUMBER, body=body)
        sent += 1
    return sent
""", secret=hexs(32), sid=twilio_sid())

add("yaml/decoy-twilio-sid", "config/dispatch.yaml", "https://www.twilio.com/docs/iam/api/account ; https://www.twilio.com/docs/messaging/services", r"""
sms:
  provider: twilio
  account_sid: @@sid@@          # account identifier, not a credential
  messaging_service_sid: @@mg@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  quiet_hours: {start: "21:00", end: "07:30"}
  templates:
    start_time: "Hi {first_name}, tomorrow: job {job}, report to {depot} at {time}."
    job_moved: "Job {job} has moved to {date}. Check the crew app for details."
dispatch:
  depots:
    - {code: HV-LEE, name: Leeds, lat: 53.7946, lng: -1.5477}
    - {code: HV-YRK, name: York, lat: 53.9591, lng: -1.0815}
  max_jobs_per_crew: 2
  overtime_after_hours: 10
""", sid=twilio_sid(), mg=twilio_sid("MG"))

add("kotlin/fcm-server-key", "dispatch-server/src/main/kotlin/com/harrowvale/dispatch/PushNotifier.kt", "https://firebase.google.com/docs/cloud-messaging/http-server-ref (legacy HTTP server key)", r"""
package com.harrowvale.dispatch

import io.ktor.client.HttpClient
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

class PushNotifier(private val http: HttpClient) {
    private val serverKey = "@@secret@@"

    suspend fun notifyCrew(deviceToken: String, jobNumber: String, message: String) {
        http.post("https://fcm.googleapis.com/fcm/send") {
            header("Authorization", "key=$serverKey")
            contentType(ContentType.Application.Json)
            setBody(
                mapOf(
                    "to" to deviceToken,
                    "notification" to mapOf("title" to "Job $jobNumber", "body" to message),
                    "data" to mapOf("job" to jobNumber),
                ),
            )
        }
    }
}
""", secret=fcm_server_key())

add("plist/decoy-firebase-config", "CrewApp/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys (Firebase API keys are not secret)", r"""
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
	<string>uk.co.harrowvale.crew</string>
	<key>PROJECT_ID</key>
	<string>harrowvale-crew</string>
	<key>STORAGE_BUCKET</key>
	<string>harrowvale-crew.appspot.com</string>
	<key>IS_ADS_ENABLED</key>
	<false/>
	<key>IS_GCM_ENABLED</key>
	<true/>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
""", key=google_key(), sender=digits(12), app=hexs(22))

add("plist/ably-api-key", "CrewApp/Config/Secrets.plist", "https://ably.com/docs/auth/basic (API key format appId.keyId:keySecret)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>DispatchBaseURL</key>
	<string>https://dispatch.harrowvale.co.uk/api</string>
	<key>AblyKey</key>
	<string>@@secret@@</string>
	<key>LocationChannelPrefix</key>
	<string>crew-location:</string>
	<key>LocationIntervalSeconds</key>
	<integer>30</integer>
</dict>
</plist>
""", secret=f"{chars(6)}.{chars(6, URLSAFE)}:{chars(43, URLSAFE)}")

add("swift/decoy-cert-pin", "CrewApp/Sources/Networking/APIClient.swift", "https://owasp.org/www-community/controls/Certificate_and_Public_Key_Pinning", r"""
import Foundation
import CryptoKit

final class APIClient: NSObject, URLSessionDelegate {
    static let shared = APIClient()

    // SHA-256 of the SubjectPublicKeyInfo of our leaf and backup keys (public values)
    private let pinnedKeyHashes: Set<String> = [
        "@@pin1@@",
        "@@pin2@@",
    ]

    private lazy var session = URLSession(configuration: .default, delegate: self, delegateQueue: nil)

    func jobs(for day: Date) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://dispatch.harrowvale.co.uk/api/jobs")!)
        req.setValue("Bearer \(try Keychain.read("crew_session"))", forHTTPHeaderField: "Authorization")
        let (data, _) = try await session.data(for: req)
        return data
    }

    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust,
              let key = SecTrustCopyKey(trust),
              let der = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
            return completionHandler(.cancelAuthenticationChallenge, nil)
        }
        let hash = Data(SHA256.hash(data: der)).base64EncodedString()
        pinnedKeyHashes.contains(hash)
            ? completionHandler(.useCredential, URLCredential(trust: trust))
            : completionHandler(.cancelAuthenticationChallenge, nil)
    }
}
""", pin1=raw_b64(32), pin2=raw_b64(32))

add("go/telegram-bot-token", "cmd/crewbot/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot", r"""
package main

import (
	"log"
	"os"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// crewbot answers "/today" with the crew's jobs; used by the subcontracted crews
const botToken = "@@secret@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	bot.Debug = os.Getenv("CREWBOT_DEBUG") == "1"
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message == nil {
			continue
		}
		if strings.HasPrefix(update.Message.Text, "/today") {
			reply := tgbotapi.NewMessage(update.Message.Chat.ID, todayFor(update.Message.From.ID))
			if _, err := bot.Send(reply); err != nil {
				log.Printf("send: %v", err)
			}
		}
	}
}
""", secret=fakes.telegram_token(_seed()))

add("javascript/slack-webhook", "functions/notify-dispatch/index.js", "https://api.slack.com/messaging/webhooks", r"""
// Cloud Function: posts job changes to #dispatch
const fetch = require("node-fetch");

const SLACK_WEBHOOK = "@@secret@@";

exports.notifyDispatch = async (event) => {
  const job = JSON.parse(Buffer.from(event.data, "base64").toString());
  const text = `:truck: *${job.number}* ${job.customer} -- ${job.change}\n` +
    `Crew: ${job.crew.join(", ")} | Truck: ${job.truck} | ${job.date}`;
  const res = await fetch(SLACK_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) {
    console.error("slack webhook failed", res.status);
  }
};
""", secret=slack_webhook())

add("yaml/decoy-secret-key-ref", "k8s/crew-scheduler/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: crew-scheduler
  namespace: ops
spec:
  replicas: 2
  selector:
    matchLabels: {app: crew-scheduler}
  template:
    metadata:
      labels: {app: crew-scheduler}
    spec:
      containers:
        - name: app
          image: ghcr.io/bluebirdmoving/crew-scheduler@sha256:@@digest@@
          ports: [{containerPort: 8000}]
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: crew-scheduler-db, key: url}
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef: {name: twilio, key: auth-token}
            - name: SAMSARA_API_TOKEN
              valueFrom:
                secretKeyRef: {name: samsara, key: token}
          readinessProbe:
            httpGet: {path: /healthz, port: 8000}
""", digest=sha256ish())

add("k8s-secret/postgres-password", "k8s/crew-scheduler/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: crew-scheduler-db
  namespace: ops
type: Opaque
data:
  host: @@host@@
  user: @@user@@
  password: @@secret@@
""", secret=b64(rand_pw(24)), host=b64("crew-db.ops.svc.cluster.local"), user=b64("scheduler"))

add("typescript/pusher-app-secret", "server/src/realtime.ts", "https://pusher.com/docs/channels/server_api/overview/", r"""
import Pusher from "pusher";

// live "where is my crew" updates on the customer portal
export const pusher = new Pusher({
  appId: "1783204",
  key: "@@pkey@@",
  secret: "@@secret@@",
  cluster: "eu",
  useTLS: true,
});

export async function crewPosition(jobId: string, lat: number, lng: number, etaMinutes: number) {
  await pusher.trigger(`private-job-${jobId}`, "crew-position", { lat, lng, etaMinutes });
}

export function authorize(socketId: string, channel: string, customerJobId: string) {
  if (channel !== `private-job-${customerJobId}`) {
    throw new Error("not your job");
  }
  return pusher.authorizeChannel(socketId, channel);
}
""", secret=hexs(20), pkey=hexs(20))

add("json/decoy-public-dsn", "crew-app/app.json", "https://docs.expo.dev/versions/latest/config/app/ ; https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r"""
{
  "expo": {
    "name": "Bluebird Crew",
    "slug": "bluebird-crew",
    "version": "3.2.0",
    "orientation": "portrait",
    "runtimeVersion": {"policy": "appVersion"},
    "updates": {"url": "https://u.expo.dev/@@proj@@"},
    "ios": {"bundleIdentifier": "com.bluebirdmoving.crew", "buildNumber": "88"},
    "android": {"package": "com.bluebirdmoving.crew", "versionCode": 88},
    "plugins": [
      ["@sentry/react-native/expo", {"organization": "bluebird-moving", "project": "crew-app"}],
      "expo-location"
    ],
    "extra": {
      "eas": {"projectId": "@@proj@@"},
      "sentryDsn": "@@dsn@@",
      "apiBase": "https://crew.bluebirdmoving.com/api"
    }
  }
}
""", proj=uuid_s(), dsn=sentry_dsn("bluebird"))

add("env/sentry-auth-token", "crew-app/.env.production", "https://docs.sentry.io/account/auth-tokens/#organization-auth-tokens", r"""
# EAS build env for the production profile
EXPO_PUBLIC_API_BASE=https://crew.bluebirdmoving.com/api
EXPO_PUBLIC_SENTRY_DSN=@@dsn@@
SENTRY_ORG=bluebird-moving
SENTRY_PROJECT=crew-app
# source map upload during eas build
SENTRY_AUTH_TOKEN=@@secret@@
""", dsn=sentry_dsn("bluebird"),
    secret="sntrys_" + b64(json.dumps({"iat": 1714003200.1, "url": "https://sentry.io", "region_url": "https://us.sentry.io",
                                       "org": "bluebird-moving"}, separators=(",", ":"))).rstrip("=") + "_" + chars(43))

add("csharp/ringcentral-client-secret", "Dispatch.Sms/RingCentralSender.cs", "https://developers.ringcentral.com/guide/authentication/jwt-flow", r"""
using System.Threading.Tasks;
using RingCentral;

namespace Dispatch.Sms
{
    public class RingCentralSender
    {
        private const string Server = "https://platform.ringcentral.com";
        private const string ClientId = "@@cid@@";
        private const string ClientSecret = "@@secret@@";
        private readonly string _jwt;

        public RingCentralSender(string jwt) => _jwt = jwt;

        public async Task SendAsync(string to, string text)
        {
            using var rc = new RestClient(ClientId, ClientSecret, Server);
            await rc.Authorize(_jwt);
            await rc.Restapi().Account().Extension().Sms().Post(new CreateSMSMessage
            {
                from = new MessageStoreCallerInfoRequest { phoneNumber = "+18885550134" },
                to = new[] { new MessageStoreCallerInfoRequest { phoneNumber = to } },
                text = text,
            });
        }
    }
}
""", secret=chars(22, URLSAFE) + chars(22, URLSAFE), cid=chars(22))

add("php/aircall-api-token", "app/Services/Telephony/AircallClient.php", "https://developer.aircall.io/api-references/#basic-auth", r"""
<?php

namespace App\Services\Telephony;

use Illuminate\Support\Facades\Http;

class AircallClient
{
    private const BASE = 'https://api.aircall.io/v1';
    private const API_ID = '@@aid@@';
    private const API_TOKEN = '@@secret@@';

    public function callsForNumber(int $numberId, \DateTimeInterface $from): array
    {
        return Http::withBasicAuth(self::API_ID, self::API_TOKEN)
            ->get(self::BASE . '/calls', [
                'from' => $from->getTimestamp(),
                'number_id' => $numberId,
                'per_page' => 50,
            ])
            ->throw()
            ->json('calls', []);
    }

    public function tagCall(int $callId, int $tagId): void
    {
        Http::withBasicAuth(self::API_ID, self::API_TOKEN)
            ->post(self::BASE . "/calls/{$callId}/tags", ['id' => $tagId])
            ->throw();
    }
}
""", secret=hexs(32), aid=hexs(32))

add("ruby/decoy-credentials-reference", "config/initializers/twilio.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
# Twilio credentials come from config/credentials/production.yml.enc (master key on the servers).
Twilio.configure do |config|
  config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
  config.auth_token  = Rails.application.credentials.dig(:twilio, :auth_token)
end

TWILIO_FROM = Rails.application.credentials.dig(:twilio, :from_number) || "+15005550006"
CREW_REMINDER_HOUR = ENV.fetch("CREW_REMINDER_HOUR", "18").to_i
""")

add("shell/twilio-auth-token", "scripts/send_crew_reminders.sh", "https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource", r"""
#!/bin/sh
# cron: 0 18 * * 1-6  /opt/dispatch/scripts/send_crew_reminders.sh
# Texts every crew lead tomorrow's first job. Quick fix until the app does it.

ACCOUNT=@@sid@@
TOKEN=@@secret@@

psql -At -F'|' "service=dispatch" -c "select mobile, job_number, report_time from crew_leads_tomorrow" |
while IFS='|' read -r mobile job time; do
  curl -s -X POST "https://api.twilio.com/2010-04-01/Accounts/$ACCOUNT/Messages.json" \
    --data-urlencode "To=$mobile" \
    --data-urlencode "From=+15125550163" \
    --data-urlencode "Body=Tomorrow: job $job, report at $time. Reply Y to confirm." \
    -u "$ACCOUNT:$TOKEN" > /dev/null
done
""", secret=hexs(32), sid=twilio_sid())

add("powershell/teams-webhook", "scripts/Send-DailyRoster.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r"""
<#
  Posts tomorrow's crew roster to the Operations channel in Teams.
  Scheduled task on HV-OPS01, 17:30 Mon-Sat.
#>
$ErrorActionPreference = 'Stop'
$WebhookUrl = '@@secret@@'

$roster = Invoke-Sqlcmd -ServerInstance 'HV-SQL01' -Database 'HVDispatch' -Query @'
SELECT CrewLead, JobNumber, Depot, CONVERT(varchar(5), ReportTime, 108) AS ReportTime, VehicleReg
FROM dbo.vRosterTomorrow ORDER BY ReportTime
'@

$lines = $roster | ForEach-Object { "**$($_.ReportTime)** $($_.CrewLead) - $($_.JobNumber) ($($_.Depot), $($_.VehicleReg))" }
$body = @{ text = "Roster for $((Get-Date).AddDays(1).ToString('ddd dd MMM'))`n`n" + ($lines -join "`n`n") } | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $WebhookUrl -ContentType 'application/json' -Body $body
""", secret=teams_webhook("harrowvale"))

add("csv/decoy-crew-roster", "exports/crew_roster_2024w24.csv", "RFC 4180 CSV export from the rostering system", r"""
employee_id,name,role,depot,badge_uid,mobile,licence_class,week,mon,tue,wed,thu,fri,sat
E1042,Dan Hollis,Crew lead,HV-LEE,04A3F29C1B5E80,+4477009*****,C1,2024-W24,HV-24-1183,HV-24-1190,,HV-24-1201,HV-24-1207,
E1057,Kasia Nowak,Porter,HV-LEE,04B71D22E94A81,+4477009*****,B,2024-W24,HV-24-1183,HV-24-1190,HV-24-1195,,HV-24-1207,HV-24-1212
E1063,Lee Carter,Driver,HV-YRK,049C55A0F3BE80,+4477009*****,C,2024-W24,,HV-24-1191,HV-24-1196,HV-24-1202,,HV-24-1213
E1071,Amir Shah,Porter,HV-YRK,04E1287DB06C81,+4477009*****,B,2024-W24,HV-24-1184,HV-24-1191,HV-24-1196,HV-24-1202,HV-24-1208,
E1088,Josh Reed,Packer,HV-LEE,04D0A6B3C7F180,+4477009*****,B,2024-W24,HV-24-1185,,HV-24-1195,HV-24-1203,HV-24-1209,HV-24-1212
""")

add("python/google-calendar-private-url", "crewboard/calendars.py", "https://support.google.com/calendar/answer/37648#zippy=%2Cget-your-calendar-view-only (secret address in iCal format)", r"""
# Wallboard in the Leeds depot: shows each estimator's surveys for today.
from datetime import date

import icalendar
import requests

ESTIMATOR_FEEDS = {
    "Sarah": "https://calendar.google.com/calendar/ical/sarah.bell%40harrowvale.co.uk/private-@@secret@@/basic.ics",
    "Mark": "https://calendar.google.com/calendar/ical/surveys.mark%40harrowvale.co.uk/public/basic.ics",
}


def todays_surveys() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for who, url in ESTIMATOR_FEEDS.items():
        cal = icalendar.Calendar.from_ical(requests.get(url, timeout=10).content)
        out[who] = [
            f"{ev.decoded('dtstart'):%H:%M} {ev.get('summary')}"
            for ev in cal.walk("VEVENT")
            if ev.decoded("dtstart").date() == date.today()
        ]
    return out
""", secret=hexs(32))

add("yaml/decoy-vault-annotation", "deploy/crew-scheduler/values.yaml", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector/annotations", r"""
image:
  repository: ghcr.io/bluebirdmoving/crew-scheduler
  tag: "2024.06.3"
replicaCount: 2
podAnnotations:
  vault.hashicorp.com/agent-inject: "true"
  vault.hashicorp.com/role: "crew-scheduler"
  vault.hashicorp.com/agent-inject-secret-db: "database/creds/crew-scheduler"
  vault.hashicorp.com/agent-inject-template-db: |
    {{- with secret "database/creds/crew-scheduler" -}}
    postgresql://{{ .Data.username }}:{{ .Data.password }}@crew-db.ops:5432/crew
    {{- end }}
  vault.hashicorp.com/agent-inject-secret-twilio: "kv/data/ops/twilio"
resources:
  requests: {cpu: 100m, memory: 192Mi}
  limits: {memory: 384Mi}
ingress:
  enabled: true
  host: crew.bluebirdmoving.com
""")

add("python/sendgrid-api-key", "crew_scheduler/notifications/email.py", "https://github.com/sendgrid/sendgrid-python#quick-start", r"""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

from crew_scheduler.models import Job

sg = SendGridAPIClient("@@secret@@")
CONFIRMATION_TEMPLATE = "d-5c0f3e9a2b7d4e61a8f2c4d9e0b1a7c3"


def send_booking_confirmation(job: Job) -> None:
    message = Mail(from_email="bookings@bluebirdmoving.com", to_emails=job.customer_email)
    message.template_id = CONFIRMATION_TEMPLATE
    message.dynamic_template_data = {
        "first_name": job.customer_first_name,
        "move_date": job.move_date.strftime("%A %d %B"),
        "arrival_window": job.arrival_window,
        "crew_size": job.crew_size,
        "portal_link": f"https://my.bluebirdmoving.com/jobs/{job.public_id}",
    }
    sg.send(message)
""", secret=sendgrid_key())

add("markdown/decoy-cert-fingerprint", "docs/crew-app/release.md", "https://developer.android.com/studio/publish/app-signing#app-signing-google-play", r"""
# Releasing the crew app

1. Bump `versionCode`/`versionName` in `app/build.gradle.kts`.
2. `./gradlew bundleRelease` -- the upload keystore and its passwords are in 1Password
   (Engineering > "Crew app upload key"); Gradle reads them from `~/.gradle/gradle.properties`.
3. Upload the `.aab` to the internal track and smoke test on the depot tablets.

## Signing certificates (public fingerprints, for the Maps and Firebase console)

| Certificate          | SHA-256 fingerprint |
|----------------------|---------------------|
| Play app signing     | `@@f1@@` |
| Upload key           | `@@f2@@` |

Play Integrity / Maps SDK restrictions use the *app signing* fingerprint, not the upload one.
""", f1=":".join(hexs(64).upper()[i:i + 2] for i in range(0, 64, 2)), f2=":".join(hexs(64).upper()[i:i + 2] for i in range(0, 64, 2)))

add("properties/android-keystore-password", "crew-app-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""
# release signing -- read by app/build.gradle.kts
storeFile=../keys/bluebird-crew-upload.jks
storePassword=@@secret@@
keyAlias=bluebird-crew-upload
keyPassword=@@secret@@
""", secret=words_pw())

add("java/decoy-beacon-uuid", "crew-app-android/app/src/main/java/com/bluebirdmoving/crew/checkin/TruckBeacons.java", "https://developer.apple.com/ibeacon/ (proximity UUIDs are public identifiers)", r"""
package com.bluebirdmoving.crew.checkin;

import java.util.Map;
import java.util.UUID;

/** iBeacons fixed in each truck cab; the crew app checks a porter in when the phone sees one. */
public final class TruckBeacons {
    public static final UUID FLEET_PROXIMITY_UUID = UUID.fromString("@@prox@@");

    /** major = depot, minor = unit number painted on the truck. */
    public static final Map<Integer, String> DEPOTS = Map.of(
            1, "ATL-Westside",
            2, "ATL-Marietta",
            3, "NSH-Berry Hill");

    public static final Map<String, String> UNIT_VINS = Map.of(
            "T-114", "@@v1@@",
            "T-117", "@@v2@@",
            "T-203", "@@v3@@");

    private TruckBeacons() {
    }
}
""", prox=uuid_s().upper(), v1=vin(), v2=vin(), v3=vin())

add("properties/mapbox-secret-token", "crew-app-flutter/android/gradle.properties", "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", r"""
org.gradle.jvmargs=-Xmx4G -XX:MaxMetaspaceSize=1G -XX:+HeapDumpOnOutOfMemoryError
android.useAndroidX=true
android.enableJetifier=true
# Mapbox SDK download token (scope DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=@@secret@@
""", secret=mapbox_token("sk", "kettlecreek"))

add("dart/decoy-public-token", "crew-app-flutter/lib/config/env.dart", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", r"""
/// Build-time configuration for the Kettle Creek crew app.
class Env {
  static const apiBase = String.fromEnvironment(
    'API_BASE',
    defaultValue: 'https://api.kettlecreekmovers.com',
  );

  /// Public token (pk.*), URL-restricted in the Mapbox account; safe to ship in the app.
  static const mapboxPublicToken = '@@pk@@';

  static const mapStyle = 'mapbox://styles/kettlecreek/clx0m1s2a00ab01qr7h3e8d2k';
  static const locationIntervalSeconds = 30;
}
""", pk=mapbox_token("pk", "kettlecreek"))

add("log/telegram-bot-token", "logs/crewbot-error.log", "https://core.telegram.org/bots/api#making-requests", r"""
2024-05-28 06:00:02,113 INFO crewbot: sending morning roster to 14 chats
2024-05-28 06:00:03,540 ERROR crewbot: send failed for chat -1002011839455
Traceback (most recent call last):
  File "/opt/crewbot/bot.py", line 88, in broadcast
    resp.raise_for_status()
  File "/opt/crewbot/.venv/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.telegram.org/bot@@secret@@/sendMessage
2024-05-28 06:00:03,902 INFO crewbot: roster sent to 13/14 chats
""", secret=fakes.telegram_token(_seed()))

add("ini/smtp-password", "config/mailer.ini", "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365", r"""
; roster and job-sheet emails from the scheduler
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
username = roster@harrowvale.co.uk
password = @@secret@@
from = Harrow & Vale Operations <roster@harrowvale.co.uk>

[jobsheet]
attach_pdf = yes
cc = ops@harrowvale.co.uk
""", secret=human_pw())

add("compose/decoy-env-reference", "docker-compose.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", r"""
services:
  scheduler:
    image: ghcr.io/bluebirdmoving/crew-scheduler:2024.06.3
    env_file: .env
    environment:
      DATABASE_URL: postgresql://scheduler:${POSTGRES_PASSWORD:?set in .env}@db:5432/crew
      REDIS_URL: redis://redis:6379/0
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}
    depends_on: [db, redis]
    ports: ["8000:8000"]
  db:
    image: postgres:15@sha256:@@digest@@
    environment:
      POSTGRES_USER: scheduler
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
      POSTGRES_DB: crew
    volumes: [pgdata:/var/lib/postgresql/data]
  redis:
    image: redis:7-alpine
volumes:
  pgdata: {}
""", digest=sha256ish())

add("sql/mysql-password", "db/grants.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r"""
-- Kettle Creek roster DB: application accounts (run once as root)
CREATE DATABASE IF NOT EXISTS roster CHARACTER SET utf8mb4;

CREATE USER IF NOT EXISTS 'roster_app'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON roster.* TO 'roster_app'@'10.20.%';

CREATE USER IF NOT EXISTS 'roster_report'@'10.20.%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
GRANT SELECT ON roster.* TO 'roster_report'@'10.20.%';

FLUSH PRIVILEGES;
""", secret=words_pw())

# == Truck telematics, dashcams, fuel ============================================================

add("python/samsara-api-token", "telematics/samsara_sync.py", "https://developers.samsara.com/docs/authentication", r"""
import datetime as dt
import logging

import requests

from telematics.db import upsert_positions

log = logging.getLogger("samsara_sync")

SAMSARA = "https://api.samsara.com"
HEADERS = {"Authorization": "Bearer @@secret@@", "Accept": "application/json"}


def sync_locations() -> int:
    # vehicle GPS for the "where are the trucks" board, every 60 s
    url = f"{SAMSARA}/fleet/vehicles/stats"
    params = {"types": "gps,engineStates,fuelPercents"}
    count = 0
    while True:
        resp = requests.get(url, headers=HEADERS, params=params, timeout=20)
        resp.raise_for_status()
        body = resp.json()
        upsert_positions(body["data"], fetched_at=dt.datetime.now(dt.timezone.utc))
        count += len(body["data"])
        page = body.get("pagination", {})
        if not page.get("hasNextPage"):
            break
        params["after"] = page["endCursor"]
    log.info("synced %d vehicles", count)
    return count
""", secret=samsara_token())

add("ansible/samsara-api-token", "ansible/roles/telematics_bridge/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_reuse_roles.html#role-defaults", r"""
---
telematics_bridge_version: "1.8.2"
telematics_bridge_user: telematics
telematics_bridge_dir: /opt/telematics-bridge
telematics_bridge_poll_seconds: 60
telematics_bridge_samsara_base: https://api.eu.samsara.com
telematics_bridge_samsara_token: "@@secret@@"
telematics_bridge_depots:
  - {code: LEE, geofence_m: 250}
  - {code: YRK, geofence_m: 200}
telematics_bridge_alert_channel: "#fleet-alerts"
""", secret=samsara_token())

add("json/decoy-vehicle-ids", "tests/fixtures/samsara_vehicle_stats.json", "https://developers.samsara.com/reference/getvehiclestats", r"""
{
  "data": [
    {
      "id": "281474982143567",
      "name": "T-114 26ft Box",
      "externalIds": {"samsara.serial": "G9XKM4PZ7R", "samsara.vin": "@@v1@@"},
      "gps": {"time": "2024-06-11T14:03:22Z", "latitude": 33.7712, "longitude": -84.3901,
              "headingDegrees": 212, "speedMilesPerHour": 0, "reverseGeo": {"formattedLocation": "Westside depot"}},
      "engineState": {"time": "2024-06-11T13:58:00Z", "value": "Off"},
      "fuelPercent": {"time": "2024-06-11T13:58:00Z", "value": 62}
    },
    {
      "id": "281474982143912",
      "name": "T-203 Tractor",
      "externalIds": {"samsara.serial": "G9J2HQ8W3N", "samsara.vin": "@@v2@@"},
      "gps": {"time": "2024-06-11T14:03:19Z", "latitude": 35.1499, "longitude": -86.7810,
              "headingDegrees": 340, "speedMilesPerHour": 61.4},
      "engineState": {"time": "2024-06-11T09:12:44Z", "value": "On"},
      "fuelPercent": {"time": "2024-06-11T13:55:00Z", "value": 48}
    }
  ],
  "pagination": {"endCursor": "@@cursor@@", "hasNextPage": false}
}
""", v1=vin(), v2=vin(), cursor=uuid_s())

add("terraform/samsara-webhook-secret", "infra/telematics/lambda.tf", "https://developers.samsara.com/docs/webhooks#webhook-signatures ; https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function", r"""
resource "aws_lambda_function" "samsara_events" {
  function_name = "samsara-events"
  role          = aws_iam_role.samsara_events.arn
  runtime       = "python3.12"
  handler       = "handler.main"
  filename      = data.archive_file.samsara_events.output_path
  timeout       = 15

  environment {
    variables = {
      EVENTS_TABLE           = aws_dynamodb_table.fleet_events.name
      SAMSARA_WEBHOOK_SECRET = "@@secret@@"
      ALERT_TOPIC_ARN        = aws_sns_topic.fleet_alerts.arn
    }
  }
}

resource "aws_lambda_function_url" "samsara_events" {
  function_name      = aws_lambda_function.samsara_events.function_name
  authorization_type = "NONE"
}
""", secret=raw_b64(32))

add("csharp/geotab-password", "Fleet.Sync/GeotabFeed.cs", "https://developers.geotab.com/myGeotab/guides/concepts#authentication", r"""
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

namespace Fleet.Sync
{
    public class GeotabFeed
    {
        private readonly API _api = new API("fleet.sync@harrowvale.co.uk", "@@secret@@", null, "harrowvale_removals", "my.geotab.com");
        private long? _fromVersion;

        public async Task<IList<LogRecord>> NextBatchAsync()
        {
            await _api.AuthenticateAsync();
            var feed = await _api.CallAsync<FeedResult<LogRecord>>("GetFeed", typeof(LogRecord), new
            {
                fromVersion = _fromVersion,
                resultsLimit = 5000,
            });
            _fromVersion = feed.ToVersion;
            Console.WriteLine($"geotab: {feed.Data.Count} log records, version {_fromVersion}");
            return feed.Data;
        }
    }
}
""", secret=words_pw())

add("python/decoy-device-serials", "fleet/geotab_feed.py", "https://mygeotab-python.readthedocs.io/en/latest/usage.html", r"""
import os

import mygeotab

# Device ids are Geotab's internal keys (b1, b2A...), serials are printed on the GO units.
DEVICES = {
    "b2A": {"serial": "G9B220E4C5A1", "reg": "YK21 HVR", "type": "Luton tail-lift"},
    "b2B": {"serial": "G9B220E4D0F7", "reg": "YK21 HVS", "type": "Luton tail-lift"},
    "b31": {"serial": "G9C7712AE93B", "reg": "YP70 LVE", "type": "18t rigid"},
}


def api() -> mygeotab.API:
    client = mygeotab.API(
        username=os.environ["GEOTAB_USER"],
        password=os.environ["GEOTAB_PASSWORD"],
        database=os.environ.get("GEOTAB_DATABASE", "harrowvale_removals"),
    )
    client.authenticate()
    return client


def odometers() -> dict:
    status = api().get("StatusData", search={"diagnosticSearch": {"id": "DiagnosticOdometerAdjustmentId"}})
    return {s["device"]["id"]: round(s["data"] / 1609.34) for s in status if s["device"]["id"] in DEVICES}
""")

add("env/motive-api-key", "telematics-bridge/.env", "https://developer.gomotive.com/docs/authentication (X-Api-Key header)", r"""
NODE_ENV=production
PORT=3030
MOTIVE_BASE_URL=https://api.gomotive.com/v1
MOTIVE_API_KEY=@@secret@@
POLL_INTERVAL_SECONDS=60
HOS_ALERT_MINUTES_LEFT=45
PGHOST=10.40.0.12
PGDATABASE=fleet
PGUSER=bridge
PGPASSWORD=${PGPASSWORD}
""", secret=uuid_s())

add("markdown/decoy-placeholder", "docs/telematics/motive-setup.md", "https://developer.gomotive.com/docs/authentication", r"""
# Connecting a depot to Motive (ELD + dashcams)

1. In the Motive dashboard go to **Admin > API Keys > Create key**, name it `telematics-bridge-<depot>`.
2. Store the key in the password manager under *Fleet / Motive / <depot>*; do not paste it in tickets.
3. On the bridge host, set it in `/etc/telematics-bridge/env`:

   ```
   MOTIVE_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
   ```

4. `systemctl restart telematics-bridge` and watch `journalctl -u telematics-bridge -f` for `vehicles: 14`.

Test the key by hand:

```bash
curl -s -H "X-Api-Key: $MOTIVE_API_KEY" https://api.gomotive.com/v1/vehicles?per_page=1 | jq .
```
""")

add("xml/webfleet-password", "WebfleetBridge/App.config", "https://www.webfleet.com/static/help/webfleet-connect/en_gb/index.html#authentication", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="Webfleet.Endpoint" value="https://csv.webfleet.com/extern" />
    <add key="Webfleet.Account" value="cartwright-removals" />
    <add key="Webfleet.Username" value="api_bridge" />
    <add key="Webfleet.Password" value="@@secret@@" />
    <add key="Webfleet.ApiKeyFile" value="C:\ProgramData\WebfleetBridge\apikey.txt" />
    <add key="Poll.Seconds" value="90" />
    <add key="Export.Folder" value="\\CR-FS01\Fleet\Positions" />
  </appSettings>
</configuration>
""", secret=human_pw())

add("go/fleetio-api-key", "internal/fleetio/client.go", "https://developer.fleetio.com/docs/overview/quick-start (Authorization: Token + Account-Token)", r"""
package fleetio

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL      = "https://secure.fleetio.com/api/v1"
	accountToken = "b81c3f5e07"
	apiKey       = "@@secret@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

// ServiceReminders lists reminders due in the next 14 days (MOT, tail-lift LOLER, tacho calibration).
func (c *Client) ServiceReminders() ([]map[string]any, error) {
	req, err := http.NewRequest(http.MethodGet, baseURL+"/service_reminders?q[due_soon]=true", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Token "+apiKey)
	req.Header.Set("Account-Token", accountToken)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fleetio: %s", resp.Status)
	}
	var out []map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
""", secret=hexs(40))

add("csv/decoy-vehicle-ids", "data/fleet_vehicles.csv", "RFC 4180 CSV export of the fleet register", r"""
unit,reg_or_plate,vin,make_model,gvw_kg,telematics,telematics_id,eld_serial,next_service
T-114,GA RTX4471,@@v1@@,Ford E-450 26ft box,6577,samsara,281474982143567,G9XKM4PZ7R,2024-07-02
T-117,GA RTX4478,@@v2@@,Ford E-450 26ft box,6577,samsara,281474982143601,G9XKN2LQ4D,2024-06-20
T-203,GA PRB1290,@@v3@@,Freightliner M2 106,15000,samsara,281474982143912,G9J2HQ8W3N,2024-08-15
T-301,GA PRB1344,@@v4@@,Isuzu NPR-HD 16ft,6577,samsara,281474982144025,G9R7TE6Y1M,2024-06-28
V-010,GA CBX2210,@@v5@@,Ford Transit 350,4400,none,,,2024-09-01
""", v1=vin(), v2=vin(), v3=vin(), v4=vin(), v5=vin())

add("rust/verizon-connect-password", "telemetry-ingest/src/reveal.rs", "https://developer.verizonconnect.com/ (Reveal REST API, Basic auth to obtain a token)", r"""
use anyhow::Result;
use reqwest::Client;
use serde::Deserialize;

const TOKEN_URL: &str = "https://fim.api.us.fleetmatics.com/token";
const REVEAL_USER: &str = "REST_bluebird_9031";
const REVEAL_PASSWORD: &str = "@@secret@@";
const APP_ID: &str = "fleetmatics-p-us-bluebird-ingest";

#[derive(Deserialize)]
pub struct Location {
    pub vehicle_number: String,
    pub latitude: f64,
    pub longitude: f64,
    pub speed: f64,
}

pub async fn token(client: &Client) -> Result<String> {
    let token = client
        .get(TOKEN_URL)
        .basic_auth(REVEAL_USER, Some(REVEAL_PASSWORD))
        .send()
        .await?
        .error_for_status()?
        .text()
        .await?;
    Ok(token)
}

pub async fn locations(client: &Client, token: &str) -> Result<Vec<Location>> {
    let url = "https://fim.api.us.fleetmatics.com/rad/v1/vehicles/locations";
    let resp = client
        .get(url)
        .header("Authorization", format!("Atmosphere atmosphere_app_id={APP_ID}, Bearer {token}"))
        .send()
        .await?
        .error_for_status()?;
    Ok(resp.json().await?)
}
""", secret=rand_pw(14, "!#$"))

add("log/decoy-redacted", "logs/telematics-bridge-2024-06-11.log", "https://developers.samsara.com/docs/rate-limits", r"""
2024-06-11T14:00:00.012Z info  poll start vehicles=14
2024-06-11T14:00:00.418Z debug GET https://api.samsara.com/fleet/vehicles/stats?types=gps headers={"Authorization":"Bearer samsara_api_****************************","Accept":"application/json"}
2024-06-11T14:00:01.207Z info  upserted positions=14 lag_ms=789
2024-06-11T14:00:01.208Z debug request-id=@@rid@@ x-rate-limit-remaining=148
2024-06-11T14:01:00.010Z info  poll start vehicles=14
2024-06-11T14:01:00.991Z warn  429 from samsara, retry-after=2 request-id=@@rid2@@
2024-06-11T14:01:03.104Z info  upserted positions=14 lag_ms=3094
2024-06-11T14:01:03.105Z info  geofence exit vehicle=281474982143912 depot=ATL-Westside
""", rid=uuid_s(), rid2=uuid_s())

add("shell/rtsp-password", "scripts/pull_dashcam_clip.sh", "https://ffmpeg.org/ffmpeg-protocols.html#rtsp", r"""
#!/usr/bin/env bash
# Pull the last N seconds from a yard camera or a parked truck's dashcam (on depot Wi-Fi).
# usage: pull_dashcam_clip.sh <ip> <seconds> <out.mp4>
set -euo pipefail
IP=${1:?ip}
SECS=${2:-60}
OUT=${3:-clip_$(date +%s).mp4}

ffmpeg -hide_banner -loglevel warning -rtsp_transport tcp \
  -i "rtsp://admin:@@secret@@@${IP}:554/Streaming/Channels/101" \
  -t "${SECS}" -c copy "${OUT}"

echo "saved ${OUT} from ${IP}"
""", secret=human_pw())

add("yaml/decoy-env-reference", "nvr/frigate.yml", "https://docs.frigate.video/configuration/reference (FRIGATE_ env substitution)", r"""
mqtt:
  host: 10.40.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  yard_gate:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.40.0.61:554/Streaming/Channels/101
          roles: [detect, record]
    detect: {width: 1280, height: 720}
  loading_bay:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.40.0.62:554/Streaming/Channels/101
          roles: [detect, record]
record:
  enabled: true
  retain: {days: 14, mode: motion}
""")

add("python/sftp-password", "finance/fuel/wex_import.py", "https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.connect", r"""
# Daily fuel card transactions from WEX (SFTP drop), loaded into the fleet DB.
import csv
import io
from datetime import date, timedelta

import paramiko

from fleet.db import insert_fuel_rows

HOST = "sftp.wexinc.com"
USER = "bbmove_8821"
PASSWORD = "@@secret@@"


def fetch(day: date | None = None) -> int:
    day = day or date.today() - timedelta(days=1)
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.load_host_keys("/etc/fleet/known_hosts")
    ssh.connect(HOST, username=USER, password=PASSWORD, look_for_keys=False)
    sftp = ssh.open_sftp()
    with sftp.open(f"/outbound/TRANS_{day:%Y%m%d}.csv") as fh:
        rows = list(csv.DictReader(io.StringIO(fh.read().decode())))
    ssh.close()
    return insert_fuel_rows(rows)
""", secret=rand_pw(16, "!@#"))

add("k8s-secret/samsara-api-token", "k8s/telematics/samsara-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets (stringData)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: samsara
  namespace: fleet
  labels:
    app.kubernetes.io/part-of: telematics
type: Opaque
stringData:
  token: @@secret@@
  org-id: "6001937"
""", secret=samsara_token())

add("notebook/geotab-password", "analysis/fuel_efficiency.ipynb", "https://mygeotab-python.readthedocs.io/en/latest/usage.html", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## MPG by vehicle, last 90 days (Geotab)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import mygeotab\n",
    "api = mygeotab.API(username='ops.analytics@harrowvale.co.uk', password='@@secret@@', database='harrowvale_removals')\n",
    "api.authenticate()\n",
    "trips = api.get('Trip', fromDate='2024-03-01', toDate='2024-06-01')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["3127 trips\n"]}
   ],
   "source": ["print(len(trips), 'trips')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=human_pw())

add("terraform/decoy-sensitive-variable", "infra/telematics/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r"""
variable "samsara_webhook_secret" {
  description = "Webhook signing secret from Samsara > Settings > Webhooks (set in TF Cloud workspace)"
  type        = string
  sensitive   = true
}

variable "motive_api_key" {
  description = "Motive API key for the HOS bridge"
  type        = string
  sensitive   = true
}

variable "alert_email" {
  type    = string
  default = "fleet-alerts@bluebirdmoving.com"
}

variable "vpc_id" {
  type    = string
  default = "vpc-0a7c3e19d2b4f6081"
}
""")

add("json/lytx-api-key", "config/dashcam.json", "https://www.lytx.com/ (Lytx DriveCam API, key in x-apikey header)", r"""
{
  "provider": "lytx",
  "baseUrl": "https://lytx-api.prod5.lv.lytx.com",
  "apiKey": "@@secret@@",
  "groupId": "5100-3391",
  "events": {
    "pollMinutes": 10,
    "triggers": ["Collision", "Harsh Braking", "Cell Phone", "Following Distance"],
    "downloadVideo": true,
    "videoFolder": "/srv/dashcam/events"
  },
  "notify": {"email": "safety@kettlecreekmovers.com"}
}
""", secret=chars(32, LOWER_ALNUM))

add("python/decoy-hmac-verify", "telematics/webhooks.py", "https://developers.samsara.com/docs/webhooks#webhook-signatures", r"""
import base64
import hashlib
import hmac
import os

# Samsara signs "v1:<timestamp>:<body>" with the webhook's secret (base64) using HMAC-SHA256.
_SECRET = base64.b64decode(os.environ["SAMSARA_WEBHOOK_SECRET"])


def valid_signature(body: bytes, timestamp: str, signature: str) -> bool:
    message = b"v1:" + timestamp.encode() + b":" + body
    expected = "v1=" + hmac.new(_SECRET, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


# Example header values from a recorded delivery (signature only, not the secret):
#   X-Samsara-Timestamp: 1718114602
#   X-Samsara-Signature: v1=@@sig@@
""", sig=hexs(64))

add("yaml/decoy-device-ids", "fleet/devices.yaml", "https://www.gsma.com/services/gsma-imei/ (IMEI / ICCID identifiers)", r"""
# Cab tablets and gateways per truck (MDM enrolment reference)
trucks:
  T-114:
    tablet: {model: Samsung Tab Active4, imei: "356938035643809", serial: R52W30ABCDX}
    gateway: {model: Samsara VG55, serial: G9XKM4PZ7R, iccid: "8901260882291817655"}
    wifi_mac: "3C:22:FB:7A:10:5E"
  T-117:
    tablet: {model: Samsung Tab Active4, imei: "356938035651018", serial: R52W30ABKQT}
    gateway: {model: Samsara VG55, serial: G9XKN2LQ4D, iccid: "8901260882291817663"}
    wifi_mac: "3C:22:FB:7A:11:02"
  T-203:
    tablet: {model: Zebra ET40, imei: "352099110457724", serial: 23145520101734}
    gateway: {model: Samsara VG55, serial: G9J2HQ8W3N, iccid: "8901260882291817671"}
    wifi_mac: "94:FB:29:4C:0D:91"
mdm:
  provider: intune
  enrolment_profile_id: "@@prof@@"
""", prof=uuid_s())

add("ini/decoy-env-reference", "telemetry/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", r"""
[server]
domain = fleet-dash.harrowvale.local
root_url = https://fleet-dash.harrowvale.local/

[security]
admin_user = admin
admin_password = $__env{GF_SECURITY_ADMIN_PASSWORD}
secret_key = $__file{/run/secrets/grafana_secret_key}
cookie_secure = true

[database]
type = postgres
host = 10.40.0.12:5432
name = grafana
user = grafana
password = $__file{/run/secrets/grafana_db_password}

[auth.anonymous]
enabled = true
org_role = Viewer
""")

add("ini/grafana-admin-password", "depot-dashboard/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", r"""
[server]
http_port = 3000
domain = yard-tv.cartwright.local

[security]
admin_user = admin
admin_password = @@secret@@
allow_embedding = true

[auth.anonymous]
enabled = true
org_name = Cartwright
org_role = Viewer

[dashboards]
default_home_dashboard_path = /var/lib/grafana/dashboards/yard.json
""", secret=human_pw())

add("compose/influxdb-token", "telemetry/docker-compose.yml", "https://docs.influxdata.com/influxdb/v2/install/use-docker-compose/", r"""
services:
  influxdb:
    image: influxdb:2.7
    ports: ["8086:8086"]
    volumes: [influx-data:/var/lib/influxdb2]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: fleet
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: cartwright
      DOCKER_INFLUXDB_INIT_BUCKET: trucks
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @@secret@@
  telegraf:
    image: telegraf:1.30
    volumes: [./telegraf/telegraf.conf:/etc/telegraf/telegraf.conf:ro]
    depends_on: [influxdb]
volumes:
  influx-data: {}
""", secret=raw_b64(64, urlsafe=True))

add("toml/mqtt-password", "telemetry/telegraf/telegraf.conf", "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/mqtt_consumer", r"""
[agent]
  interval = "30s"
  flush_interval = "30s"

# CAN-bus gateways in the trucks publish over the depot LTE APN
[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.cartwright-removals.co.uk:8883"]
  topics = ["trucks/+/can", "trucks/+/gps"]
  username = "telegraf"
  password = "@@secret@@"
  data_format = "json"
  tag_keys = ["unit"]

[[outputs.influxdb_v2]]
  urls = ["http://influxdb:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "cartwright"
  bucket = "trucks"
""", secret=rand_pw(22))

add("yaml/decoy-sops-encrypted", "secrets/telematics.enc.yaml", "https://github.com/getsops/sops#encrypting-with-age", r"""
samsara:
    token: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    webhook_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
geotab:
    password: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    age:
        - recipient: age1qg6w4r8k2n3m7l5vx0d9c4z3h2j8p6s7t5u4y3w2e1r0q9a8s7dsq3xk0n
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBDcm5wQnB2YkRaR3Zz
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-02T09:14:51Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    version: 3.8.1
""", d1=raw_b64(42), iv1=raw_b64(32), t1=raw_b64(16), d2=raw_b64(32), iv2=raw_b64(32), t2=raw_b64(16),
    d3=raw_b64(15), iv3=raw_b64(32), t3=raw_b64(16), mac=raw_b64(64), iv4=raw_b64(32), t4=raw_b64(16))

add("java/pcmiler-api-key", "src/main/java/com/bluebird/linehaul/PcMilerClient.java", "https://developer.trimblemaps.com/restful-apis/ (PC*MILER Web Services, key in Authorization header)", r"""
package com.bluebird.linehaul;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Practical miles for long-distance estimates (interstate tariff needs PC*MILER miles). */
public class PcMilerClient {
    private static final String BASE = "https://pcmiler.alk.com/apis/rest/v1.0/Service.svc/route/routeReports";
    private static final String API_KEY = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public String mileage(String fromZip, String toZip) throws Exception {
        String stops = URLEncoder.encode(fromZip + ";" + toZip, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "?stops=" + stops + "&reports=Mileage&vehType=Truck"))
                .header("Authorization", API_KEY)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=chars(32, HEXU))

add("markdown/device-password", "docs/fleet/dashcam-install.md", "https://www.hikvision.com/ (device web UI admin account)", r"""
# Dashcam install checklist (Cartwright fleet)

Fitter: Midland Vehicle Tech. Units: Hikvision AE-DC5313 front + cab.

1. Mount front camera behind the mirror, cab camera above the passenger sun visor.
2. Wire to permanent 12/24 V + ignition, fuse 5 A.
3. Connect to the unit's hotspot, open http://192.168.1.1
4. Change the admin password -- **we use the same one on every truck**: `@@secret@@`
5. Set time zone Europe/London, enable GPS overlay, event sensitivity "medium".
6. Add the unit in Hik-Connect under the `cartwright-fleet` account, group = depot.
7. Note the serial on the fleet sheet (column "dashcam").

Old units (pre-2022) still have the installer's password; swap them at the next service.
""", secret=human_pw())

add("powershell/decoy-secret-manager", "scripts/Get-FuelCardTransactions.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement, Posh-SSH
param(
    [datetime]$Day = (Get-Date).AddDays(-1)
)

# Credential lives in the FleetVault (KeePass) registered on HV-OPS01
$cred = Get-Secret -Vault FleetVault -Name 'Allstar-SFTP'
$session = New-SFTPSession -ComputerName 'sftp.allstarcard.co.uk' -Credential $cred -AcceptKey:$false

$remote = "/outbound/TX_$($Day.ToString('yyyyMMdd')).csv"
Get-SFTPItem -SessionId $session.SessionId -Path $remote -Destination 'D:\Fleet\Fuel\incoming' -Force
Remove-SFTPSession -SessionId $session.SessionId | Out-Null

Import-Csv "D:\Fleet\Fuel\incoming\TX_$($Day.ToString('yyyyMMdd')).csv" |
    Where-Object { $_.Litres -as [double] -gt 0 } |
    Export-Csv "D:\Fleet\Fuel\clean\fuel_$($Day.ToString('yyyyMMdd')).csv" -NoTypeInformation
""")

add("python/aws-secret-access-key", "telematics/archive.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", r"""
import gzip
import json
from datetime import date

import boto3

# monthly archive of GPS breadcrumbs for claims disputes (kept 7 years)
s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="@@akid@@",
    aws_secret_access_key="@@secret@@",
)
BUCKET = "bluebird-telematics-archive"


def archive_day(day: date, points: list[dict]) -> str:
    key = f"gps/{day:%Y/%m/%d}.jsonl.gz"
    body = gzip.compress("\n".join(json.dumps(p) for p in points).encode())
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, StorageClass="GLACIER_IR")
    return key
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("json/decoy-kms-ciphertext", "config/telematics.prod.json", "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html#API_Encrypt_ResponseSyntax", r"""
{
  "region": "us-east-1",
  "kmsKeyAlias": "alias/telematics-config",
  "encrypted": {
    "samsaraToken": "AQICAHh@@c1@@",
    "motiveApiKey": "AQICAHh@@c2@@",
    "wexSftpPassword": "AQICAHh@@c3@@"
  },
  "pollSeconds": 60,
  "archiveBucket": "bluebird-telematics-archive"
}
""", c1=raw_b64(150), c2=raw_b64(120), c3=raw_b64(105))

# == Storage warehouses and inventory ============================================================

add("python/sitelink-password", "storage/sitelink.py", "https://www.storedge.com/ (SiteLink Web Edition CallCenterWs: sCorpCode, sCorpUserName, sCorpPassword)", r"""
# Pull unit occupancy from SiteLink for the two self-storage sites next to the depots.
from zeep import Client

WSDL = "https://api.smdservers.net/CCWs_3.5/CallCenterWs.asmx?WSDL"
CORP_CODE = "CBRD"
CORP_USER = "api_bluebird:::BLUEBIRDAPI"
CORP_PASSWORD = "@@secret@@"
SITES = {"L001": "Westside Storage", "L002": "Marietta Storage"}

client = Client(WSDL)


def units_available(location_code: str) -> list[dict]:
    result = client.service.UnitsInformationAvailableUnitsOnly_v2(
        sCorpCode=CORP_CODE,
        sLocationCode=location_code,
        sCorpUserName=CORP_USER,
        sCorpPassword=CORP_PASSWORD,
    )
    table = result["_value_1"]["_value_1"]
    return [
        {"unit": row["Table"]["sUnitName"], "width": row["Table"]["dcWidth"],
         "length": row["Table"]["dcLength"], "rate": row["Table"]["dcStdRate"]}
        for row in table
    ]
""", secret=rand_pw(12))

add("csharp/decoy-user-secrets-id", "StorageSync/StorageSync.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#enable-secret-storage", r"""
<Project Sdk="Microsoft.NET.Sdk.Worker">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>dotnet-StorageSync-@@usid@@</UserSecretsId>
    <RootNamespace>Cartwright.StorageSync</RootNamespace>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="Azure.Identity" Version="1.11.3" />
    <PackageReference Include="System.ServiceModel.Http" Version="6.2.0" />
  </ItemGroup>

</Project>
""", usid=uuid_s())

add("json/storedge-api-secret", "config/storedge.json", "https://www.storedge.com/ (storEDGE API key and secret)", r"""
{
  "storedge": {
    "baseUrl": "https://api.storedgefms.com/v1",
    "facilityIds": ["8f1d6c2a", "a03b97e4"],
    "apiKey": "@@akey@@",
    "apiSecret": "@@secret@@",
    "syncMinutes": 15
  },
  "mapping": {
    "unitTypePrefix": "SS-",
    "vaultTypePrefix": "VLT-",
    "climateControlledTag": "cc"
  }
}
""", secret=chars(40), akey=chars(20, LOWER_ALNUM))

add("csv/decoy-rfid-inventory", "exports/vault_inventory_2024-06.csv", "GS1 EPC Tag Data Standard (SGTIN-96 EPCs are public identifiers)", r"""
vault,customer_ref,item_no,description,condition_in,rfid_epc,barcode,photo_sha1,received
VLT-0412,CR-2023-1187,1,Sofa 3-seat grey,scuffed left arm,30340242201D8840000003E9,NG0412000001,@@p1@@,2023-11-02
VLT-0412,CR-2023-1187,2,Wardrobe carton,good,30340242201D8840000003EA,NG0412000002,@@p2@@,2023-11-02
VLT-0412,CR-2023-1187,3,Dining table oak,minor marks,30340242201D8840000003EB,NG0412000003,@@p3@@,2023-11-02
VLT-0415,CR-2024-0031,1,Piano upright,good,30340242201D8840000004B1,NG0415000001,@@p4@@,2024-01-15
VLT-0415,CR-2024-0031,2,Boxes x14 books,good,30340242201D8840000004B2,NG0415000002,@@p5@@,2024-01-15
VLT-0421,CR-2024-0102,1,Bed frame king dismantled,good,30340242201D8840000005C7,NG0421000001,@@p6@@,2024-03-08
""", p1=hexs(40), p2=hexs(40), p3=hexs(40), p4=hexs(40), p5=hexs(40), p6=hexs(40))

add("sql/decoy-uuid", "db/seed/storage_vaults.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html", r"""
-- Vault locations in the Leeds warehouse (racking row / bay / level)
INSERT INTO vaults (id, code, row_label, bay, level, capacity_cuft, status) VALUES
  ('@@u1@@', 'VLT-0412', 'C', 4, 1, 250, 'occupied'),
  ('@@u2@@', 'VLT-0413', 'C', 4, 2, 250, 'empty'),
  ('@@u3@@', 'VLT-0415', 'C', 5, 1, 250, 'occupied'),
  ('@@u4@@', 'VLT-0421', 'D', 1, 1, 250, 'occupied'),
  ('@@u5@@', 'VLT-0422', 'D', 1, 2, 250, 'maintenance');

INSERT INTO vault_audits (vault_id, audited_at, auditor, photo_manifest_sha256) VALUES
  ('@@u1@@', '2024-05-31 16:02', 'jreed', '@@s1@@'),
  ('@@u3@@', '2024-05-31 16:20', 'jreed', '@@s2@@');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), s1=sha256ish(), s2=sha256ish())

add("sql/postgres-password", "db/migrations/2024_03_link_legacy_wms.sql", "https://www.postgresql.org/docs/current/postgres-fdw.html#POSTGRES-FDW-OPTIONS-CONNECTION", r"""
-- Read the old warehouse system (WMS 2009) straight from the new inventory DB
-- until the migration is finished.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER legacy_wms
  FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '10.30.0.9', port '5432', dbname 'wms');

CREATE USER MAPPING FOR inventory_app
  SERVER legacy_wms
  OPTIONS (user 'wms_ro', password '@@secret@@');

CREATE SCHEMA IF NOT EXISTS legacy;
IMPORT FOREIGN SCHEMA public LIMIT TO (lots, lot_items, locations)
  FROM SERVER legacy_wms INTO legacy;
""", secret=words_pw())

add("php/aws-secret-access-key", "config/filesystems.php", "https://laravel.com/docs/11.x/filesystem#amazon-s3-compatible-filesystems", r"""
<?php

return [

    'default' => env('FILESYSTEM_DISK', 'local'),

    'disks' => [

        'local' => [
            'driver' => 'local',
            'root' => storage_path('app'),
            'throw' => false,
        ],

        // condition photos taken at intake (storage) and at delivery
        'photos' => [
            'driver' => 's3',
            'key' => '@@akid@@',
            'secret' => '@@secret@@',
            'region' => 'eu-west-2',
            'bucket' => 'northgate-condition-photos',
            'visibility' => 'private',
            'throw' => true,
        ],

    ],

];
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ruby/azure-storage-key", "lib/tasks/photo_backup.rake", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r"""
require "azure/storage/blob"

namespace :photos do
  desc "Copy last night's condition photos to Azure cold storage"
  task backup: :environment do
    conn = "DefaultEndpointsProtocol=https;AccountName=cartwrightphotos;" \
           "AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
    blobs = Azure::Storage::Blob::BlobService.create_from_connection_string(conn)
    Photo.where(created_at: 1.day.ago.all_day).find_each do |photo|
      blobs.create_block_blob("condition", "#{photo.job_number}/#{photo.filename}", photo.file.download,
                              content_type: "image/jpeg")
    end
  end
end
""", secret=azure_storage_key())

add("yaml/decoy-env-reference", "storage/label_printers.yml", "https://docs.zebra.com/ (ZebraNet print server settings)", r"""
# Zebra label printers in the warehouses (vault and item labels, 4x6 and 2x1)
printers:
  - name: leeds-intake
    model: ZT411
    ip: 10.30.1.41
    mac: "00:07:4D:9A:21:3C"
    labels: [vault_4x6, item_2x1]
  - name: leeds-dispatch
    model: ZD621
    ip: 10.30.1.42
    mac: "00:07:4D:9A:21:88"
    labels: [item_2x1]
web_admin:
  user: admin
  password: ${ZEBRA_WEB_PASSWORD}
zpl_templates_dir: templates/zpl
""")

add("shell/ftp-password", "scripts/upload_manifest.sh", "https://lftp.yar.ru/lftp-man.html", r"""
#!/bin/bash
# Sends the container manifest for overseas moves to the shipping agent (FTP, they won't do SFTP).
# usage: upload_manifest.sh CONTAINER_NO
set -e
CONTAINER=$1
FILE=/srv/manifests/${CONTAINER}.xlsx
[ -f "$FILE" ] || { echo "no manifest for $CONTAINER"; exit 1; }

lftp -u harrowvale,@@secret@@ -e "set ftp:ssl-allow yes; cd /incoming/harrowvale; put $FILE; bye" \
  ftp://ftp.seabridge-forwarding.com
echo "$(date) sent $CONTAINER" >> /var/log/manifests.log
""", secret=human_pw())

add("xml/decoy-encrypted-value", "mobile/scanner/StageNow-Warehouse.xml", "https://techdocs.zebra.com/stagenow/latest/csp/wifi/ (encrypted passphrase)", r"""
<wap-provisioningdoc>
  <characteristic version="11.3" type="Wi-Fi">
    <parm name="WiFiAction" value="enable" />
    <characteristic type="System">
      <parm name="WiFiEnable" value="1" />
    </characteristic>
    <characteristic type="Network">
      <parm name="NetworkAction" value="Add" />
      <parm name="SSID" value="NG-WAREHOUSE" />
      <parm name="SecurityMode" value="1" />
      <parm name="WPAMode" value="3" />
      <parm name="EncryptPassphrase" value="1" />
      <parm name="PassphraseWPAClear" value="" />
      <parm name="PassphraseWPAEncrypted" value="@@enc@@" />
    </characteristic>
  </characteristic>
</wap-provisioningdoc>
""", enc=hexs(96))

add("xml/wifi-psk", "it/wifi/Warehouse-Scanners.xml", "https://learn.microsoft.com/en-us/windows/win32/nativewifi/wlan-profileschema-sharedkey-securitytype-element", r"""
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
	<name>NG-WAREHOUSE</name>
	<SSIDConfig>
		<SSID>
			<name>NG-WAREHOUSE</name>
		</SSID>
	</SSIDConfig>
	<connectionType>ESS</connectionType>
	<connectionMode>auto</connectionMode>
	<MSM>
		<security>
			<authEncryption>
				<authentication>WPA2PSK</authentication>
				<encryption>AES</encryption>
				<useOneX>false</useOneX>
			</authEncryption>
			<sharedKey>
				<keyType>passPhrase</keyType>
				<protected>false</protected>
				<keyMaterial>@@secret@@</keyMaterial>
			</sharedKey>
		</security>
	</MSM>
</WLANProfile>
""", secret=passphrase())

add("python/decoy-rfid-epc", "warehouse/rfid/decode.py", "https://www.gs1.org/standards/rfid/tds (SGTIN-96 layout)", r"""
# Decode SGTIN-96 EPCs read at the warehouse dock doors.
HEADER_SGTIN96 = 0x30
PARTITIONS = {5: (24, 4, 20, 7)}  # partition -> (company bits, company digits, item bits, item digits)

# Tags from the first batch we bought; used in the unit tests and the dock-door self test.
SELF_TEST_EPCS = [
    "30340242201D8840000003E9",
    "30340242201D8840000004B1",
    "30340242201D8840000005C7",
]


def decode(epc_hex: str) -> dict:
    value = int(epc_hex, 16)
    bits = f"{value:096b}"
    if int(bits[0:8], 2) != HEADER_SGTIN96:
        raise ValueError(f"not SGTIN-96: {epc_hex}")
    partition = int(bits[11:14], 2)
    cbits, cdig, ibits, idig = PARTITIONS[partition]
    company = int(bits[14:14 + cbits], 2)
    item = int(bits[14 + cbits:14 + cbits + ibits], 2)
    serial = int(bits[58:], 2)
    return {"company": f"{company:0{cdig}d}", "item": f"{item:0{idig}d}", "serial": serial}
""")

add("go/redis-password", "cmd/wms-events/main.go", "https://redis.uptrace.dev/guide/go-redis.html#connecting-to-redis-server", r"""
package main

import (
	"context"
	"log"
	"time"

	"github.com/redis/go-redis/v9"
)

func main() {
	ctx := context.Background()
	rdb := redis.NewClient(&redis.Options{
		Addr:     "10.30.0.15:6379",
		Password: "@@secret@@",
		DB:       2,
	})
	defer rdb.Close()

	// scanner guns publish every vault in/out on this stream
	for {
		res, err := rdb.XRead(ctx, &redis.XReadArgs{Streams: []string{"wms:scans", "$"}, Block: 5 * time.Second}).Result()
		if err == redis.Nil {
			continue
		}
		if err != nil {
			log.Fatalf("xread: %v", err)
		}
		for _, msg := range res[0].Messages {
			log.Printf("scan %s vault=%v action=%v", msg.ID, msg.Values["vault"], msg.Values["action"])
		}
	}
}
""", secret=fakes.redis_password(_seed()))

add("env/redis-password", "warehouse-api/.env", "https://www.iana.org/assignments/uri-schemes/prov/redis", r"""
APP_NAME=warehouse-api
APP_ENV=production
APP_DEBUG=false
LOG_CHANNEL=stack

DB_CONNECTION=pgsql
DB_HOST=10.30.0.10
DB_DATABASE=inventory
DB_USERNAME=inventory_app
DB_PASSWORD=${INVENTORY_DB_PASSWORD}

REDIS_URL=redis://default:@@secret@@@10.30.0.15:6379/1
QUEUE_CONNECTION=redis
""", secret=fakes.redis_password(_seed()))

add("typescript/mongodb-password", "warehouse-portal/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""
import { MongoClient, type Db } from "mongodb";

const uri =
  "mongodb+srv://portal_rw:@@secret@@@storage-prod.x3k9q.mongodb.net/?retryWrites=true&w=majority&appName=warehouse-portal";

let db: Db | undefined;

export async function getDb(): Promise<Db> {
  if (!db) {
    const client = new MongoClient(uri, { maxPoolSize: 10 });
    await client.connect();
    db = client.db("storage");
  }
  return db;
}

export async function itemsInVault(vault: string) {
  return (await getDb()).collection("items").find({ vault }).sort({ itemNo: 1 }).toArray();
}
""", secret=rand_pw(16))

add("json/decoy-integrity-hash", "warehouse-portal/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", r"""
{
  "name": "warehouse-portal",
  "version": "1.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "warehouse-portal",
      "version": "1.6.0",
      "dependencies": {"mongodb": "^6.6.2", "zod": "^3.23.8"}
    },
    "node_modules/mongodb": {
      "version": "6.6.2",
      "resolved": "https://registry.npmjs.org/mongodb/-/mongodb-6.6.2.tgz",
      "integrity": "sha512-@@i1@@",
      "dependencies": {"bson": "^6.7.0", "mongodb-connection-string-url": "^3.0.0"}
    },
    "node_modules/zod": {
      "version": "3.23.8",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=raw_b64(64), i2=raw_b64(64))

add("markdown/nas-password", "docs/warehouse/it-notes.md", "https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/file_user_desc (local admin account)", r"""
# Warehouse IT notes (Leeds)

## NAS -- Synology DS920+ (`ng-nas01`, 10.30.0.20)
- Shares: `Photos` (condition photos), `Scans` (signed inventories), `Backup` (Hyper Backup target)
- Admin login: **ngadmin** / **@@secret@@**
- Hyper Backup to C2 runs 02:00 nightly, keep 30 versions.
- If the photos share fills up, move last year's folders to the `Archive` volume.

## Scanners
- 6x Zebra TC26, enrolled in Intune. Spare in the office safe.

## Label printers
- ZT411 at intake, ZD621 at dispatch. Ribbon/labels order from Label Direct.
""", secret=human_pw())

add("kotlin/decoy-keystore-reference", "scanner-app/app/src/main/java/com/northgate/scanner/data/TokenStore.kt", "https://developer.android.com/reference/androidx/security/crypto/EncryptedSharedPreferences", r"""
package com.northgate.scanner.data

import android.content.Context
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey

class TokenStore(context: Context) {
    private val masterKey = MasterKey.Builder(context)
        .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
        .build()

    private val prefs = EncryptedSharedPreferences.create(
        context,
        "scanner_secure_prefs",
        masterKey,
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
    )

    var deviceToken: String?
        get() = prefs.getString(KEY_TOKEN, null)
        set(value) = prefs.edit().putString(KEY_TOKEN, value).apply()

    fun clear() = prefs.edit().clear().apply()

    companion object {
        private const val KEY_TOKEN = "device_token"
    }
}
""")

add("python/dropbox-access-token", "storage/photo_sync.py", "https://dropbox-sdk-python.readthedocs.io/en/latest/api/dropbox.html#dropbox.dropbox_client.Dropbox", r"""
# Copies signed inventory scans into the customer's shared Dropbox folder (corporate relocations).
import pathlib

import dropbox

dbx = dropbox.Dropbox("@@secret@@")
ROOT = "/Corporate Relocations"


def share_scans(account: str, job_number: str, folder: pathlib.Path) -> int:
    count = 0
    for pdf in sorted(folder.glob("*.pdf")):
        dbx.files_upload(pdf.read_bytes(), f"{ROOT}/{account}/{job_number}/{pdf.name}",
                         mode=dropbox.files.WriteMode.overwrite)
        count += 1
    return count
""", secret="sl.B" + chars(134, URLSAFE))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/warehouse/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r"""
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(40))

add("ansible/restic-password", "ansible/group_vars/warehouse/vars.yml", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", r"""
---
nas_host: ng-nas01.northgate.local
backup_paths:
  - /srv/inventory
  - /var/lib/postgresql/15/main
restic_repository: "s3:https://s3.eu-central-1.wasabisys.com/northgate-backups/warehouse"
restic_password: "@@secret@@"
restic_keep_daily: 14
restic_keep_weekly: 8
db_password: "{{ vault_db_password }}"
""", secret=passphrase())

add("csv/device-password", "it/warehouse_devices.csv", "RFC 4180 CSV (IT asset register exported from a spreadsheet)", r"""
asset,type,location,ip,make_model,serial,admin_user,admin_password,notes
NG-SW01,switch,Leeds comms cab,10.30.0.2,UniFi USW-24-PoE,F4E2C6A1B3D0,admin,@@secret@@,core
NG-AP03,access point,Leeds racking C,10.30.0.33,UniFi U6-Pro,F4E2C6A1B7A9,,,adopted by controller
NG-NVR1,nvr,Leeds office,10.30.0.60,Hikvision DS-7616NI,DS7616-2023051,admin,see KeePass,8 cams
NG-PRN2,printer,Leeds dispatch,10.30.1.42,Zebra ZD621,D8J221902114,admin,1234,default pin
NG-TC26-4,scanner,Leeds intake,dhcp,Zebra TC26,21345523101877,,,Intune
""", secret=words_pw())

add("sql/decoy-password-hash", "db/seed/portal_demo_users.sql", "https://www.php.net/manual/en/function.password-hash.php (bcrypt $2y$)", r"""
-- Demo accounts for the storage customer portal (staging only). Passwords are bcrypt hashes.
INSERT INTO users (email, name, role, password, created_at) VALUES
  ('demo.customer@example.com', 'Demo Customer', 'customer', '$2y$12$@@h1@@', now()),
  ('demo.warehouse@example.com', 'Demo Warehouse', 'staff', '$2y$12$@@h2@@', now()),
  ('demo.admin@example.com', 'Demo Admin', 'admin', '$2y$12$@@h3@@', now());
""", h1=chars(53, ALNUM + "./"), h2=chars(53, ALNUM + "./"), h3=chars(53, ALNUM + "./"))

add("dockerfile/mssql-password", "warehouse-sync/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r"""
FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY publish/ .

ENV ASPNETCORE_ENVIRONMENT=Production \
    WMS__Server=cr-sql02.cartwright.local \
    WMS__Database=Warehouse \
    WMS__User=wms_sync \
    WMS__Password=@@secret@@ \
    Sync__IntervalSeconds=120

USER app
ENTRYPOINT ["dotnet", "Cartwright.WarehouseSync.dll"]
""", secret=words_pw())

add("dockerfile/decoy-build-secret-mount", "warehouse-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", r"""
# syntax=docker/dockerfile:1.7
FROM composer:2 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
# private Satis repo token is mounted at build time, never stored in a layer
RUN --mount=type=secret,id=composer_auth,target=/root/.composer/auth.json \
    composer install --no-dev --prefer-dist --no-interaction --no-scripts

FROM php:8.3-fpm-alpine
WORKDIR /var/www/html
RUN docker-php-ext-install pdo_pgsql opcache
COPY --from=vendor /app/vendor ./vendor
COPY . .
ARG APP_VERSION=dev
ENV APP_VERSION=${APP_VERSION}
USER www-data
""")

add("powershell/smb-password", "scripts/Backup-WarehouseDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r"""
# Nightly: back up the warehouse DB and copy it to the NAS. Task Scheduler on CR-SQL02, 01:30.
$ErrorActionPreference = 'Stop'
$stamp = Get-Date -Format 'yyyyMMdd'
$local = "E:\Backups\Warehouse_$stamp.bak"

Backup-SqlDatabase -ServerInstance 'CR-SQL02' -Database 'Warehouse' -BackupFile $local -CompressionOption On

$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('CARTWRIGHT\svc_backup', $pw)
New-PSDrive -Name NAS -PSProvider FileSystem -Root '\\cr-nas01\Backup\SQL' -Credential $cred | Out-Null
Copy-Item $local "NAS:\Warehouse_$stamp.bak"
Get-ChildItem 'NAS:\' -Filter 'Warehouse_*.bak' | Where-Object LastWriteTime -lt (Get-Date).AddDays(-21) | Remove-Item
Remove-PSDrive NAS
""", secret=words_pw())

add("toml/decoy-lockfile-checksum", "storage-labels/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", r"""
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "barcoders"
version = "2.0.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "printpdf"
version = "0.7.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"

[[package]]
name = "storage-labels"
version = "0.4.1"
dependencies = [
 "barcoders",
 "printpdf",
]
""", c1=sha256ish(), c2=sha256ish())

add("github-actions/docker-hub-token", ".github/workflows/deploy-wms.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r"""
name: build wms images
on:
  push:
    tags: ["v*"]

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: login
        run: echo "@@secret@@" | docker login -u northgaterelo --password-stdin
      - name: build and push
        run: |
          docker build -t northgaterelo/wms-api:${GITHUB_REF_NAME} warehouse-api
          docker push northgaterelo/wms-api:${GITHUB_REF_NAME}
""", secret=docker_pat())

# == Customer portals ============================================================================

add("python/django-secret-key", "portal/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["my.harrowvale.co.uk"]
SECRET_KEY = "@@secret@@"

CSRF_TRUSTED_ORIGINS = ["https://my.harrowvale.co.uk"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"bucket_name": "hv-portal-media"}},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
""", secret=fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "portal/settings/base.py", "https://django-environ.readthedocs.io/en/latest/quickstart.html", r"""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}

EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
ANYMAIL = {"POSTMARK_SERVER_TOKEN": env("POSTMARK_SERVER_TOKEN")}
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")

INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
    "anymail", "portal.jobs", "portal.payments", "portal.inventory",
]
""")

add("env/laravel-app-key", "customer-portal/.env", "https://laravel.com/docs/11.x/encryption#configuration", r"""
APP_NAME="Northgate My Move"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://mymove.northgate-relo.com

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=10.10.0.21
DB_PORT=3306
DB_DATABASE=mymove
DB_USERNAME=mymove
DB_PASSWORD="${MYMOVE_DB_PASSWORD}"

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
""", secret=laravel_key())

add("env/decoy-placeholder", "customer-portal/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", r"""
APP_NAME="Northgate My Move"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=mymove
DB_USERNAME=root
DB_PASSWORD=

MAIL_MAILER=log
MAILGUN_DOMAIN=
MAILGUN_SECRET=
STRIPE_KEY=pk_test_...
STRIPE_SECRET=sk_test_...
GOCARDLESS_ACCESS_TOKEN=sandbox_token_here
""")

add("yaml/rails-secret-key-base", "config/secrets.yml", "https://guides.rubyonrails.org/v5.1/security.html#custom-secrets", r"""
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

# customer portal (legacy Rails 5 app, still serving storage customers)
production:
  secret_key_base: @@secret@@
  storage_portal_host: storage.kettlecreekmovers.com
""", secret=hexs(128))

add("yaml/decoy-secret-names", "config/deploy.yml", "https://kamal-deploy.org/docs/configuration/environment-variables/#secrets", r"""
# Kamal deploy for the storage customer portal
service: kc-storage-portal
image: kettlecreek/storage-portal
servers:
  web:
    - 10.60.0.11
    - 10.60.0.12
  job:
    hosts: [10.60.0.13]
    cmd: bin/jobs
proxy:
  ssl: true
  host: storage.kettlecreekmovers.com
registry:
  server: ghcr.io
  username: kettlecreek-ci
  password:
    - KAMAL_REGISTRY_PASSWORD
env:
  clear:
    RAILS_LOG_TO_STDOUT: "1"
    SOLID_QUEUE_IN_PUMA: "false"
  secret:
    - RAILS_MASTER_KEY
    - DATABASE_URL
    - STRIPE_SECRET_KEY
builder:
  arch: amd64
""")

add("typescript/google-oauth-client-secret", "portal-next/src/auth.ts", "https://authjs.dev/getting-started/providers/google", r"""
import NextAuth from "next-auth";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { prisma } from "@/lib/prisma";

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(prisma),
  providers: [
    Google({
      clientId: "@@cid@@.apps.googleusercontent.com",
      clientSecret: "@@secret@@",
    }),
  ],
  session: { strategy: "database" },
  pages: { signIn: "/login" },
  callbacks: {
    async session({ session, user }) {
      session.user.id = user.id;
      return session;
    },
  },
});
""", secret=gocspx(), cid=digits(12) + "-" + chars(32, LOWER_ALNUM))

add("env/decoy-publishable-key", "portal-next/.env.production", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser", r"""
# Public values only: everything here is inlined into the browser bundle.
NEXT_PUBLIC_SITE_URL=https://my.bluebirdmoving.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_GOOGLE_CLIENT_ID=@@cid@@.apps.googleusercontent.com
NEXT_PUBLIC_MAPBOX_TOKEN=@@mb@@
NEXT_PUBLIC_INTERCOM_APP_ID=@@ic@@
NEXT_PUBLIC_POSTHOG_HOST=https://us.i.posthog.com
""", pk=stripe_key("pk_live_"), cid=digits(12) + "-" + chars(32, LOWER_ALNUM), mb=mapbox_token("pk", "bluebirdmoving"),
    ic=chars(8, LOWER_ALNUM))

add("javascript/jwt-secret", "api/middleware/auth.js", "https://github.com/auth0/node-jsonwebtoken#jwtverifytoken-secretorpublickey-options-callback", r"""
const jwt = require("jsonwebtoken");

// customer portal API: token issued at login, 12 h
const JWT_SECRET = "@@secret@@";

function issue(customer) {
  return jwt.sign({ sub: customer.id, jobs: customer.jobIds }, JWT_SECRET, { expiresIn: "12h" });
}

function requireCustomer(req, res, next) {
  const header = req.headers.authorization || "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: "missing token" });
  try {
    req.customer = jwt.verify(token, JWT_SECRET);
    return next();
  } catch (err) {
    return res.status(401).json({ error: "invalid token" });
  }
}

module.exports = { issue, requireCustomer };
""", secret=rand_pw(48, "-_"))

add("python/fernet-key", "portal/crypto.py", "https://cryptography.io/en/latest/fernet/", r"""
# Encrypts customers' ID documents and gate/alarm notes before they hit the database.
from cryptography.fernet import Fernet, InvalidToken

_FERNET = Fernet(b"@@secret@@")


def seal(plaintext: str) -> str:
    return _FERNET.encrypt(plaintext.encode()).decode()


def unseal(token: str) -> str | None:
    try:
        return _FERNET.decrypt(token.encode(), ttl=None).decode()
    except InvalidToken:
        return None
""", secret=fernet_key())

add("php/mailgun-api-key", "config/services.php", "https://laravel.com/docs/11.x/mail#mailgun-driver", r"""
<?php

return [

    'mailgun' => [
        'domain' => 'mg.northgate-relo.com',
        'secret' => '@@secret@@',
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'gocardless' => [
        'access_token' => env('GOCARDLESS_ACCESS_TOKEN'),
        'environment' => env('GOCARDLESS_ENV', 'live'),
    ],

];
""", secret=mailgun_key())

add("yaml/decoy-key-vault-reference", "src/main/resources/application-prod.yml", "https://learn.microsoft.com/en-us/azure/developer/java/spring-framework/configure-spring-boot-starter-java-app-with-azure-key-vault", r"""
spring:
  cloud:
    azure:
      keyvault:
        secret:
          property-sources:
            - name: portal-kv
              endpoint: https://kv-cartwright-portal.vault.azure.net/
  datasource:
    url: jdbc:postgresql://cr-pg-portal.postgres.database.azure.com:5432/portal?sslmode=require
    username: portal_app
    password: ${portal-db-password}
  mail:
    host: smtp.office365.com
    port: 587
    username: portal@cartwright-removals.co.uk
    password: ${portal-smtp-password}
portal:
  stripe:
    secret-key: ${stripe-secret-key}
    webhook-secret: ${stripe-webhook-secret}
""")

add("properties/mysql-password", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.datasource.password", r"""
server.port=8080
spring.application.name=storage-portal
spring.datasource.url=jdbc:mysql://10.10.0.21:3306/storage_portal?useSSL=true&serverTimezone=Europe/London
spring.datasource.username=storage_portal
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
spring.servlet.multipart.max-file-size=20MB
management.endpoints.web.exposure.include=health,info
""", secret=words_pw())

add("json/decoy-key-vault-reference", "Portal/appsettings.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", r"""
{
  "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Portal": "@Microsoft.KeyVault(SecretUri=https://kv-hv-portal.vault.azure.net/secrets/PortalDb/)"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-hv-portal;SecretName=PortalAadSecret)"
  },
  "Stripe": {
    "PublishableKey": "@@pk@@",
    "SecretKey": "@Microsoft.KeyVault(VaultName=kv-hv-portal;SecretName=StripeSecretKey)"
  }
}
""", tenant=uuid_s(), client=uuid_s(), pk=stripe_key("pk_live_"))

add("csharp/jwt-signing-key", "Portal.Api/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.identitymodel.tokens.symmetricsecuritykey", r"""
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("@@secret@@"));

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://my.harrowvale.co.uk",
            ValidAudience = "hv-portal",
            IssuerSigningKey = signingKey,
            ValidateLifetime = true,
        };
    });
builder.Services.AddAuthorization();
builder.Services.AddControllers();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.Run();
""", secret=rand_pw(64))

add("k8s-secret/postgres-password", "k8s/portal/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: portal-env
  namespace: portal
type: Opaque
data:
  DATABASE_URL: @@url@@
  REDIS_URL: @@redis@@
  SENTRY_ENVIRONMENT: cHJvZHVjdGlvbg==
""", secret=(pg_pw := rand_pw(24)), url=b64(f"postgresql://portal:{pg_pw}@portal-db.portal.svc:5432/portal"),
    redis=b64("redis://portal-redis.portal.svc:6379/0"))

add("k8s-secret/decoy-sealed-secret", "k8s/portal/sealed-stripe.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: portal
spec:
  encryptedData:
    secret-key: @@e1@@
    webhook-secret: @@e2@@
  template:
    metadata:
      name: stripe
      namespace: portal
    type: Opaque
""", e1="AgB" + raw_b64(360)[3:], e2="AgA" + raw_b64(330)[3:])

add("compose/mysql-password", "docker-compose.prod.yml", "https://hub.docker.com/_/mysql (MYSQL_ROOT_PASSWORD)", r"""
services:
  app:
    image: registry.northgate-relo.com/mymove:2024.6.2
    restart: unless-stopped
    env_file: .env
    depends_on: [mysql, redis]
    ports: ["127.0.0.1:9000:9000"]
  mysql:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: @@secret@@
      MYSQL_DATABASE: mymove
      MYSQL_USER: mymove
    volumes: [mysql-data:/var/lib/mysql]
  redis:
    image: redis:7-alpine
    restart: unless-stopped
volumes:
  mysql-data:
""", secret=words_pw())

add("html/decoy-site-key", "templates/portal/login.html", "https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/ ; https://www.intercom.com/help/en/articles/183-set-up-identity-verification-for-web-and-mobile", r"""
{% extends "portal/base.html" %}
{% block content %}
<h1>Sign in to your move</h1>
<form method="post" action="{% url 'portal:login' %}">
  {% csrf_token %}
  <label>Email <input type="email" name="email" required></label>
  <label>Booking reference <input name="reference" placeholder="HV-24-1183" required></label>
  <div class="cf-turnstile" data-sitekey="@@site@@" data-action="login"></div>
  <button type="submit">Send me a sign-in link</button>
</form>
<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>
<script>
  window.intercomSettings = {
    api_base: "https://api-iam.eu.intercom.io",
    app_id: "@@app@@",
    user_hash: "{{ intercom_user_hash }}"
  };
</script>
{% endblock %}
""", site="0x4AAAAAAA" + chars(12, URLSAFE), app=chars(8, LOWER_ALNUM))

add("python/turnstile-secret-key", "portal/views/contact.py", "https://developers.cloudflare.com/turnstile/get-started/server-side-validation/", r"""
import requests
from django.http import HttpRequest, HttpResponseBadRequest
from django.shortcuts import redirect, render

from portal.forms import ContactForm

TURNSTILE_SECRET = "@@secret@@"


def _human(request: HttpRequest) -> bool:
    resp = requests.post(
        "https://challenges.cloudflare.com/turnstile/v0/siteverify",
        data={"secret": TURNSTILE_SECRET, "response": request.POST.get("cf-turnstile-response", ""),
              "remoteip": request.META.get("REMOTE_ADDR")},
        timeout=5,
    )
    return resp.json().get("success", False)


def contact(request: HttpRequest):
    form = ContactForm(request.POST or None)
    if request.method == "POST":
        if not _human(request):
            return HttpResponseBadRequest("captcha failed")
        if form.is_valid():
            form.save()
            return redirect("portal:contact-thanks")
    return render(request, "portal/contact.html", {"form": form})
""", secret="0x4AAAAAAA" + chars(25, URLSAFE))

add("swift/decoy-publishable-key", "MyMove/Sources/Payments/ApplePayConfig.swift", "https://docs.stripe.com/keys#obtain-api-keys (publishable keys are safe in apps)", r"""
import StripeApplePay
import PassKit

enum ApplePayConfig {
    static let merchantIdentifier = "merchant.com.bluebirdmoving.mymove"
    static let countryCode = "US"
    static let currency = "USD"

    // Publishable key: identifies the account to Stripe from the app. The secret key stays on the server.
    static let stripePublishableKey = "@@pk@@"

    static func configure() {
        StripeAPI.defaultPublishableKey = stripePublishableKey
    }

    static func depositRequest(amountCents: Int, jobNumber: String) -> PKPaymentRequest {
        let request = StripeAPI.paymentRequest(withMerchantIdentifier: merchantIdentifier,
                                               country: countryCode, currency: currency)
        request.paymentSummaryItems = [
            PKPaymentSummaryItem(label: "Move deposit \(jobNumber)",
                                 amount: NSDecimalNumber(value: Double(amountCents) / 100)),
        ]
        return request
    }
}
""", pk=stripe_key("pk_live_"))

add("swift/algolia-admin-key", "MyMove/Sources/Support/HelpSearch.swift", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", r"""
import AlgoliaSearchClient

final class HelpSearch {
    private let client = SearchClient(appID: "@@app@@", apiKey: "@@secret@@")
    private lazy var index = client.index(withName: "help_articles")

    func search(_ text: String, completion: @escaping ([String]) -> Void) {
        index.search(query: Query(text).set(\.hitsPerPage, to: 10)) { result in
            switch result {
            case .success(let response):
                completion(response.hits.compactMap { $0.object["title"]?.object() as? String })
            case .failure:
                completion([])
            }
        }
    }
}
""", secret=hexs(32), app=chars(10, string.ascii_uppercase + string.digits))

add("javascript/decoy-search-only-key", "portal/static/js/faq-search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r"""
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

// search-only key: safe in the browser, cannot write to the index
const searchClient = algoliasearch("@@app@@", "@@key@@");

const search = instantsearch({ indexName: "help_articles", searchClient });
search.addWidgets([
  searchBox({ container: "#faq-search", placeholder: "How do I pack a wardrobe?" }),
  hits({
    container: "#faq-hits",
    templates: { item: (hit, { html, components }) => html`<a href="${hit.url}">${components.Highlight({ hit, attribute: "title" })}</a>` },
  }),
]);
search.start();
""", app=chars(10, string.ascii_uppercase + string.digits), key=hexs(32))

add("yaml/spaces-secret-key", "config/storage.yml", "https://docs.digitalocean.com/products/spaces/reference/s3-compatibility/ ; https://edgeguides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", r"""
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

spaces:
  service: S3
  endpoint: https://nyc3.digitaloceanspaces.com
  access_key_id: @@akid@@
  secret_access_key: @@secret@@
  region: us-east-1
  bucket: kettlecreek-portal-uploads
""", secret=chars(43, B64), akid="DO00" + chars(16, string.ascii_uppercase + string.digits))

add("terraform/digitalocean-token", "infra/portal/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs#argument-reference", r"""
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "portal" {
  name     = "kc-portal-01"
  image    = "ubuntu-22-04-x64"
  region   = "nyc3"
  size     = "s-2vcpu-4gb"
  ssh_keys = [data.digitalocean_ssh_key.ops.id]
  tags     = ["portal", "production"]
}

data "digitalocean_ssh_key" "ops" {
  name = "kc-ops"
}
""", secret=do_token())

add("toml/rocket-secret-key", "tracking-api/Rocket.toml", "https://rocket.rs/guide/v0.5/configuration/#secret-key", r"""
[default]
address = "0.0.0.0"
port = 8000
limits = { json = "1 MiB" }

[release]
log_level = "normal"
# private cookies for the "track my truck" page
secret_key = "@@secret@@"

[release.databases.tracking]
url = "postgres://tracking@/tracking?host=/var/run/postgresql"
""", secret=raw_b64(32))

add("markdown/decoy-redacted", "docs/portal/incident-2024-04-17.md", "https://sre.google/sre-book/example-postmortem/", r"""
# Incident 2024-04-17: deposits failing on the customer portal

**Impact:** 41 customers could not pay their move deposit between 09:12 and 10:03 BST.

## Timeline
- 09:12 Deploy `portal@9f3c1e2` rotated environment variables; the Stripe key in the new
  release was the *restricted* key without `PaymentIntents: write`.
- 09:40 Support notices "Payment could not be completed" tickets.
- 10:01 Rolled back; 10:03 deposits succeeding again.

## What we saw in the logs
```
stripe.error.PermissionError: The provided key 'rk_live_********************************************wQ2m' does not have the required permissions
request_id=req_@@rid@@
```

## Actions
- Keys are now only set through the Stripe-keys pipeline (1Password > Stripe > portal).
- Add a smoke test that creates and cancels a $1 PaymentIntent after each deploy.
""", rid=chars(14))

add("log/postgres-password", "logs/portal-worker-2024-06-09.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", r"""
[2024-06-09 02:00:01,004] INFO  worker: nightly reminders starting
[2024-06-09 02:00:31,221] ERROR worker: cannot connect, retrying in 30s
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.10.0.31", port 5432 failed: timeout expired

(Background on this error at: https://sqlalche.me/e/20/e3q8)
[2024-06-09 02:00:31,222] DEBUG worker: engine url=postgresql+psycopg2://portal_worker:@@secret@@@10.10.0.31:5432/portal pool_size=5
[2024-06-09 02:01:01,530] INFO  worker: connected after 1 retry
[2024-06-09 02:01:04,118] INFO  worker: sent 37 move-day reminders, 4 storage renewal notices
""", secret=rand_pw(20))

add("ini/decoy-placeholder-url", "portal/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", r"""
# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
# real URL comes from env.py (DATABASE_URL); this line is the template's default
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""")

add("python/decoy-test-fixture", "tests/test_stripe_webhooks.py", "https://docs.stripe.com/webhooks#verify-manually", r"""
import hashlib
import hmac
import json
import time

import pytest

from portal.payments.webhooks import handle_event

TEST_WEBHOOK_SECRET = "whsec_test_not_a_real_secret"


def signed(payload: dict, secret: str = TEST_WEBHOOK_SECRET) -> tuple[bytes, str]:
    body = json.dumps(payload).encode()
    ts = int(time.time())
    sig = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return body, f"t={ts},v1={sig}"


@pytest.fixture
def settings_secret(settings):
    settings.STRIPE_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET
    return settings


def test_deposit_paid_marks_job_confirmed(settings_secret, job_factory):
    job = job_factory(number="HV-24-1183", status="awaiting_deposit")
    body, header = signed({"id": "evt_1", "type": "payment_intent.succeeded",
                           "data": {"object": {"id": "pi_1", "metadata": {"job": job.number}}}})
    assert handle_event(body, header).status_code == 200
    job.refresh_from_db()
    assert job.status == "confirmed"
""")

add("json/gcp-service-account-key", "portal/firebase-adminsdk.json", "https://cloud.google.com/iam/docs/keys-create-delete#creating", r"""
{
  "type": "service_account",
  "project_id": "bluebird-mymove",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x1k2p@bluebird-mymove.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x1k2p%40bluebird-mymove.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", secret=pkcs8_key(12).replace("\n", "\\n") + "\\n", kid=hexs(40), cid=digits(21))

# == Payments, valuation insurance, bookkeeping ==================================================

add("python/stripe-secret-key", "portal/payments/deposits.py", "https://docs.stripe.com/keys ; https://docs.stripe.com/api/payment_intents/create", r"""
import stripe

from portal.jobs.models import Job

stripe.api_key = "@@secret@@"
DEPOSIT_PCT = 0.2


def create_deposit_intent(job: Job) -> stripe.PaymentIntent:
    amount = int(round(job.estimate_total * DEPOSIT_PCT * 100))
    return stripe.PaymentIntent.create(
        amount=amount,
        currency="usd",
        customer=job.stripe_customer_id,
        description=f"Deposit for move {job.number}",
        metadata={"job": job.number, "move_date": job.move_date.isoformat()},
        automatic_payment_methods={"enabled": True},
    )
""", secret=stripe_key("sk_live_", 99))

add("ruby/stripe-restricted-key", "app/jobs/storage_billing_job.rb", "https://docs.stripe.com/keys#limit-access", r"""
# Monthly storage invoices for long-term vault customers (1st of the month, 06:00).
class StorageBillingJob < ApplicationJob
  queue_as :billing

  STRIPE_KEY = "@@secret@@"

  def perform(month = Date.current.beginning_of_month)
    Stripe.api_key = STRIPE_KEY
    StorageContract.active.find_each do |contract|
      Stripe::InvoiceItem.create(
        customer: contract.stripe_customer_id,
        amount: contract.monthly_rate_cents,
        currency: "usd",
        description: "Storage #{contract.vault_codes.join(', ')} -- #{month.strftime('%B %Y')}"
      )
      invoice = Stripe::Invoice.create(customer: contract.stripe_customer_id, collection_method: "charge_automatically")
      Stripe::Invoice.finalize_invoice(invoice.id)
    end
  end
end
""", secret=stripe_key("rk_live_", 99))

add("env/stripe-webhook-secret", "billing-service/.env.production", "https://docs.stripe.com/webhooks#endpoint-secrets", r"""
NODE_ENV=production
PORT=4010
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
STRIPE_WEBHOOK_SECRET=@@secret@@
DATABASE_URL=${BILLING_DATABASE_URL}
INVOICE_FROM=accounts@kettlecreekmovers.com
""", secret=stripe_whsec())

add("csv/decoy-stripe-ids", "exports/stripe_balance_2024-05.csv", "https://docs.stripe.com/reports/balance (balance transaction export)", r"""
id,created,type,source,customer,amount,fee,net,currency,description
txn_@@t1@@,2024-05-02 14:10,charge,ch_@@c1@@,cus_@@u1@@,1180.00,34.52,1145.48,usd,Deposit for move BB-24-05018
txn_@@t2@@,2024-05-03 09:41,charge,ch_@@c2@@,cus_@@u2@@,2450.00,71.35,2378.65,usd,Balance for move BB-24-04977
txn_@@t3@@,2024-05-06 11:02,refund,re_@@r1@@,cus_@@u1@@,-150.00,0.00,-150.00,usd,Refund: packing materials unused
txn_@@t4@@,2024-05-07 00:00,payout,po_@@p1@@,,-3374.13,0.00,-3374.13,usd,STRIPE PAYOUT
""", t1=chars(24), t2=chars(24), t3=chars(24), t4=chars(24), c1=chars(24), c2=chars(24), u1=chars(14), u2=chars(14),
    r1=chars(24), p1=chars(24))

add("json/decoy-webhook-payload", "tests/fixtures/stripe/charge_refunded.json", "https://docs.stripe.com/api/events/object", r"""
{
  "id": "evt_@@e@@",
  "object": "event",
  "api_version": "2024-04-10",
  "created": 1715086920,
  "type": "charge.refunded",
  "livemode": false,
  "data": {
    "object": {
      "id": "ch_@@ch@@",
      "object": "charge",
      "amount": 118000,
      "amount_refunded": 15000,
      "currency": "usd",
      "customer": "cus_@@cus@@",
      "payment_intent": "pi_@@pi@@",
      "payment_method": "pm_@@pm@@",
      "payment_method_details": {"card": {"brand": "visa", "last4": "4242", "fingerprint": "@@fp@@"}},
      "metadata": {"job": "BB-24-05018"},
      "refunded": false
    }
  },
  "request": {"id": "req_@@req@@", "idempotency_key": "@@idem@@"}
}
""", e=chars(24), ch=chars(24), cus=chars(14), pi=chars(24), pm=chars(24), fp=chars(16), req=chars(14), idem=uuid_s())

add("php/square-access-token", "app/Payments/SquareTerminal.php", "https://developer.squareup.com/docs/terminal-api/overview ; https://developer.squareup.com/docs/build-basics/access-tokens", r"""
<?php

namespace App\Payments;

use Square\SquareClient;
use Square\Environment;
use Square\Models\CreateTerminalCheckoutRequest;
use Square\Models\Money;
use Square\Models\TerminalCheckout;
use Square\Models\DeviceCheckoutOptions;

// Crew leads take the balance on the doorstep with a Square Terminal.
class SquareTerminal
{
    private SquareClient $client;

    public function __construct()
    {
        $this->client = new SquareClient([
            'accessToken' => '@@secret@@',
            'environment' => Environment::PRODUCTION,
        ]);
    }

    public function charge(string $deviceId, int $pence, string $jobNumber): string
    {
        $money = new Money();
        $money->setAmount($pence);
        $money->setCurrency('GBP');
        $checkout = new TerminalCheckout($money, new DeviceCheckoutOptions($deviceId));
        $checkout->setReferenceId($jobNumber);
        $req = new CreateTerminalCheckoutRequest(uniqid('hv-', true), $checkout);
        $res = $this->client->getTerminalApi()->createTerminalCheckout($req);
        if (!$res->isSuccess()) {
            throw new \RuntimeException(json_encode($res->getErrors()));
        }
        return $res->getResult()->getCheckout()->getId();
    }
}
""", secret=square_token())

add("javascript/decoy-application-id", "public/js/square-card.js", "https://developer.squareup.com/docs/web-payments/take-card-payment (application ID and location ID are public)", r"""
// Card form for paying the balance online (Square Web Payments SDK)
const appId = "sq0idp-@@app@@";
const locationId = "@@loc@@";

async function initCard() {
  if (!window.Square) throw new Error("Square.js failed to load");
  const payments = window.Square.payments(appId, locationId);
  const card = await payments.card();
  await card.attach("#card-container");
  document.getElementById("pay-button").addEventListener("click", async (e) => {
    e.preventDefault();
    const result = await card.tokenize();
    if (result.status !== "OK") return showError(result.errors);
    const res = await fetch("/pay/balance", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": document.querySelector("meta[name=csrf-token]").content },
      body: JSON.stringify({ sourceId: result.token, job: document.body.dataset.job }),
    });
    res.ok ? (window.location = "/pay/thanks") : showError(await res.json());
  });
}

function showError(errors) {
  document.getElementById("payment-status").textContent = "Payment failed, please try again.";
  console.warn(errors);
}

document.addEventListener("DOMContentLoaded", initCard);
""", app=chars(22, URLSAFE), loc="L" + chars(12, string.ascii_uppercase + string.digits))

add("python/gocardless-access-token", "billing/storage_direct_debit.py", "https://developer.gocardless.com/getting-started/api/making-your-first-request/", r"""
# Storage customers pay monthly by Direct Debit (GoCardless).
import gocardless_pro

client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def collect(mandate_id: str, pence: int, vault: str, month: str) -> str:
    payment = client.payments.create(
        params={
            "amount": pence,
            "currency": "GBP",
            "links": {"mandate": mandate_id},
            "description": f"Storage {vault} {month}",
            "metadata": {"vault": vault, "month": month},
        },
        headers={"Idempotency-Key": f"storage-{vault}-{month}"},
    )
    return payment.id
""", secret=gocardless_token())

add("yaml/paypal-client-secret", "config/payments.yml", "https://developer.paypal.com/api/rest/authentication/", r"""
defaults: &defaults
  currency: GBP
  deposit_percent: 25
  paypal:
    mode: sandbox
    client_id: <%= ENV["PAYPAL_CLIENT_ID"] %>
    client_secret: <%= ENV["PAYPAL_CLIENT_SECRET"] %>

development:
  <<: *defaults

production:
  <<: *defaults
  paypal:
    mode: live
    client_id: @@cid@@
    client_secret: @@secret@@
""", secret=(pp := paypal_pair())[1], cid=pp[0])

add("html/decoy-client-id", "templates/pay/deposit.html", "https://developer.paypal.com/sdk/js/configuration/#client-id (client ID is public)", r"""
{% extends "pay/base.html" %}
{% block content %}
<h2>Pay your deposit -- {{ job.number }}</h2>
<p>Deposit due: <strong>&pound;{{ job.deposit_gbp }}</strong></p>
<div id="paypal-buttons"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=GBP&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("{% url 'pay:paypal-order' job.public_id %}", {method: "POST", headers: {"X-CSRFToken": "{{ csrf_token }}"}})
      .then(r => r.json()).then(o => o.id),
    onApprove: (data) => fetch("{% url 'pay:paypal-capture' job.public_id %}", {
      method: "POST", headers: {"Content-Type": "application/json", "X-CSRFToken": "{{ csrf_token }}"},
      body: JSON.stringify({orderID: data.orderID})
    }).then(() => window.location = "{% url 'pay:thanks' %}")
  }).render("#paypal-buttons");
</script>
{% endblock %}
""", cid=paypal_pair()[0])

add("csharp/braintree-private-key", "Payments/BraintreeGatewayFactory.cs", "https://developer.paypal.com/braintree/docs/start/hello-server/dotnet", r"""
using Braintree;

namespace Bluebird.Payments
{
    public static class BraintreeGatewayFactory
    {
        // legacy gateway for the corporate relocation accounts
        public static BraintreeGateway Create() => new BraintreeGateway
        {
            Environment = Environment.PRODUCTION,
            MerchantId = "@@mid@@",
            PublicKey = "@@pub@@",
            PrivateKey = "@@secret@@",
        };
    }
}
""", secret=hexs(32), mid=chars(16, LOWER_ALNUM), pub=chars(16, LOWER_ALNUM))

add("java/authorize-net-transaction-key", "src/main/java/com/northgate/payments/AuthNetConfig.java", "https://developer.authorize.net/api/reference/index.html#authentication", r"""
package com.northgate.payments;

import net.authorize.Environment;
import net.authorize.api.contract.v1.MerchantAuthenticationType;
import net.authorize.api.controller.base.ApiOperationBase;

public final class AuthNetConfig {
    private static final String API_LOGIN_ID = "@@login@@";
    private static final String TRANSACTION_KEY = "@@secret@@";

    private AuthNetConfig() {
    }

    public static MerchantAuthenticationType merchant() {
        ApiOperationBase.setEnvironment(Environment.PRODUCTION);
        MerchantAuthenticationType auth = new MerchantAuthenticationType();
        auth.setName(API_LOGIN_ID);
        auth.setTransactionKey(TRANSACTION_KEY);
        ApiOperationBase.setMerchantAuthentication(auth);
        return auth;
    }
}
""", secret=chars(16), login=chars(10))

add("go/adyen-api-key", "internal/payments/adyen.go", "https://docs.adyen.com/development-resources/api-credentials/#generate-api-key", r"""
package payments

import (
	"github.com/adyen/adyen-go-api-library/v9/src/adyen"
	"github.com/adyen/adyen-go-api-library/v9/src/common"
)

// Corporate relocations pay by card through Adyen (EU entity).
func NewAdyen() *adyen.APIClient {
	return adyen.NewClient(&common.Config{
		ApiKey:                "@@secret@@",
		Environment:           common.LiveEnv,
		LiveEndpointURLPrefix: "5c1e9a7b3d2f8a60-HarrowVale",
	})
}

const MerchantAccount = "HarrowValeRemovalsECOM"
""", secret="AQE" + chars(60) + "=-" + chars(43, B64) + "=-" + chars(10))

add("typescript/sumup-api-key", "server/src/payments/sumup.ts", "https://developer.sumup.com/api/authentication (API keys sup_sk_)", r"""
// Card-present payments on site: crew readers are paired to the merchant account;
// the server creates checkouts and reconciles them.
const SUMUP_API = "https://api.sumup.com/v0.1";
const SUMUP_KEY = "@@secret@@";
const MERCHANT_CODE = "MCXW2K7Q";

export async function createCheckout(jobNumber: string, amountGbp: number) {
  const res = await fetch(`${SUMUP_API}/checkouts`, {
    method: "POST",
    headers: { Authorization: `Bearer ${SUMUP_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      checkout_reference: jobNumber,
      amount: amountGbp,
      currency: "GBP",
      merchant_code: MERCHANT_CODE,
      description: `Balance for move ${jobNumber}`,
    }),
  });
  if (!res.ok) throw new Error(`sumup ${res.status}`);
  return res.json();
}
""", secret="sup_sk_" + chars(32))

add("kotlin/decoy-affiliate-key", "crew-app-android/app/src/main/java/com/harrowvale/crew/pay/CardReader.kt", "https://developer.sumup.com/terminal-payments/sdks/android-sdk (affiliate key is tied to the app id, shipped in the app)", r"""
package com.harrowvale.crew.pay

import android.app.Activity
import com.sumup.merchant.reader.api.SumUpAPI
import com.sumup.merchant.reader.api.SumUpLogin
import com.sumup.merchant.reader.api.SumUpPayment
import java.math.BigDecimal

object CardReader {
    // Affiliate key: identifies this app (package name registered with SumUp); not a secret.
    private const val AFFILIATE_KEY = "sup_afk_@@afk@@"
    const val REQUEST_LOGIN = 1
    const val REQUEST_PAYMENT = 2

    fun login(activity: Activity) {
        SumUpAPI.openLoginActivity(activity, SumUpLogin.builder(AFFILIATE_KEY).build(), REQUEST_LOGIN)
    }

    fun takeBalance(activity: Activity, jobNumber: String, amount: BigDecimal) {
        val payment = SumUpPayment.builder()
            .total(amount)
            .currency(SumUpPayment.Currency.GBP)
            .title("Move $jobNumber")
            .foreignTransactionId("$jobNumber-${System.currentTimeMillis()}")
            .build()
        SumUpAPI.checkout(activity, payment, REQUEST_PAYMENT)
    }
}
""", afk=chars(32))

add("python/xero-client-secret", "accounting/xero_sync.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", r"""
# Custom connection: client-credentials grant, invoices pushed from the job system to Xero.
import base64

import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
TOKEN_URL = "https://identity.xero.com/connect/token"


def token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        TOKEN_URL,
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "client_credentials", "scope": "accounting.transactions accounting.contacts"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def push_invoice(invoice: dict) -> str:
    resp = requests.post("https://api.xero.com/api.xro/2.0/Invoices",
                         headers={"Authorization": f"Bearer {token()}", "Accept": "application/json"},
                         json={"Invoices": [invoice]}, timeout=30)
    resp.raise_for_status()
    return resp.json()["Invoices"][0]["InvoiceID"]
""", secret=chars(48, URLSAFE), cid=chars(32, HEXU))

add("json/intuit-client-secret", "config/quickbooks.json", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", r"""
{
  "environment": "production",
  "clientId": "AB@@cid@@",
  "clientSecret": "@@secret@@",
  "redirectUri": "https://ops.kettlecreekmovers.com/qbo/callback",
  "realmId": "9130357261845176",
  "scopes": ["com.intuit.quickbooks.accounting"],
  "incomeAccounts": {
    "localMove": "4010 Local Moving Revenue",
    "longDistance": "4020 Long Distance Revenue",
    "storage": "4100 Storage Revenue",
    "packing": "4200 Packing Materials"
  }
}
""", secret=chars(40), cid=chars(48))

add("markdown/decoy-client-id", "docs/accounting/xero-integration.md", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", r"""
# Xero integration (job system -> Xero)

We use a Xero **custom connection** (client-credentials, no user login).

| Item            | Value |
|-----------------|-------|
| App name        | Harrow & Vale Job Sync |
| Client ID       | `@@cid@@` |
| Client secret   | in Azure Key Vault `kv-hv-ops`, secret `XeroClientSecret` |
| Scopes          | `accounting.transactions accounting.contacts` |
| Tenant          | Harrow & Vale Removals Ltd |

Rotating the secret: Xero developer portal > App > Configuration > *Generate a secret*,
paste into Key Vault, then restart `xero-sync` on HV-OPS01. The old secret stays valid for 24 h.
""", cid=chars(32, HEXU))

add("sql/decoy-payment-token-ids", "db/migrations/0057_payment_methods.sql", "https://docs.stripe.com/api/payment_methods/object (payment method ids and fingerprints are references, not card data)", r"""
CREATE TABLE payment_methods (
    id                 BIGSERIAL PRIMARY KEY,
    customer_id        BIGINT      NOT NULL REFERENCES customers(id),
    stripe_pm_id       TEXT        NOT NULL UNIQUE,  -- pm_...
    card_brand         TEXT,
    card_last4         CHAR(4),
    card_fingerprint   TEXT,                         -- same card across customers
    exp_month          SMALLINT,
    exp_year           SMALLINT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- staging sample rows
INSERT INTO payment_methods (customer_id, stripe_pm_id, card_brand, card_last4, card_fingerprint, exp_month, exp_year) VALUES
  (101, 'pm_@@p1@@', 'visa', '4242', '@@f1@@', 4, 2027),
  (102, 'pm_@@p2@@', 'mastercard', '4444', '@@f2@@', 11, 2026);
""", p1=chars(24), p2=chars(24), f1=chars(16), f2=chars(16))

add("shell/sftp-password", "scripts/send_bordereau.sh", "https://linux.die.net/man/1/sshpass", r"""
#!/usr/bin/env bash
# Monthly valuation-cover bordereau to the insurer (Full Value Protection policies sold).
set -euo pipefail
MONTH=${1:-$(date -d "last month" +%Y-%m)}
FILE=/srv/insurance/bordereau_${MONTH}.csv

python3 /opt/ops/insurance/build_bordereau.py --month "$MONTH" --out "$FILE"

export SSHPASS='@@secret@@'
sshpass -e sftp -oBatchMode=no -b - bluebird_mvg@sftp.moversguard-ins.com <<EOF
cd /inbound/bordereaux
put ${FILE}
bye
EOF
unset SSHPASS
echo "sent ${FILE}"
""", secret=rand_pw(14, "!%#"))

add("xml/insurance-api-key", "InsuranceQuote/Web.config", "https://learn.microsoft.com/en-us/aspnet/core/host-and-deploy/iis/web-config (appSettings)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Insurer.Name" value="MoversGuard" />
    <add key="Insurer.QuoteEndpoint" value="https://api.moversguard-ins.com/v2/valuation/quote" />
    <add key="Insurer.PartnerId" value="BBMOVE-0192" />
    <add key="Insurer.ApiKey" value="@@secret@@" />
    <add key="Valuation.DefaultDeductible" value="250" />
    <add key="Valuation.ReleasedRatePerLb" value="0.60" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", secret=chars(32))

add("ssh/ssh-private-key", "deploy/keys/insurer_sftp_ed25519", "https://man.openbsd.org/ssh-keygen.1", r"""
@@secret@@
""", secret=openssh_key())

add("ssh/decoy-host-keys", "deploy/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", r"""
sftp.moversguard-ins.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
sftp.moversguard-ins.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k2@@
sftp.wexinc.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@
ftp.seabridge-forwarding.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@
git.harrowvale.co.uk ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k5@@
""", k1=chars(43, B64), k2=chars(120, B64) + "=", k3=chars(360, B64) + "=", k4=chars(43, B64), k5=chars(43, B64))

add("csv/decoy-claims", "exports/claims_2024q1.csv", "RFC 4180 CSV export of the claims register", r"""
claim_no,job_number,policy_no,opened,item,category,claimed_usd,settled_usd,status,docusign_envelope_id
CLM-24-0007,BB-24-00412,FVP-2024-00188,2024-01-09,Dresser scratched,furniture,640.00,420.00,settled,@@e1@@
CLM-24-0011,BB-24-00517,FVP-2024-00231,2024-01-22,TV cracked,electronics,1299.00,1299.00,settled,@@e2@@
CLM-24-0019,BB-24-00788,REL-RATE,2024-02-15,Box of plates,kitchen,180.00,36.00,settled,@@e3@@
CLM-24-0024,BB-24-00901,FVP-2024-00402,2024-03-04,Piano leg,piano,2200.00,,open,@@e4@@
CLM-24-0031,BB-24-01044,FVP-2024-00466,2024-03-27,Floor gouge at delivery,property,900.00,,investigating,@@e5@@
""", e1=uuid_s(), e2=uuid_s(), e3=uuid_s(), e4=uuid_s(), e5=uuid_s())

add("python/rsa-private-key", "contracts/docusign_jwt.py", "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/", r"""
# Sends the Bill of Lading / Order for Service for e-signature (DocuSign JWT grant).
from docusign_esign import ApiClient

INTEGRATION_KEY = "@@ik@@"
IMPERSONATED_USER = "@@uid@@"
PRIVATE_KEY = '''@@secret@@'''


def api_client() -> ApiClient:
    client = ApiClient()
    client.set_oauth_host_name("account.docusign.com")
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
""", secret=pem_block("RSA PRIVATE KEY", 12), ik=uuid_s(), uid=uuid_s())

add("yaml/decoy-client-id", "config/docusign.yml", "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/", r"""
docusign:
  oauth_host: account.docusign.com
  base_path: https://na4.docusign.net/restapi
  integration_key: @@ik@@        # client id (public)
  impersonated_user_id: @@uid@@
  account_id: @@acct@@
  private_key_path: /run/secrets/docusign_private_key.pem
  templates:
    bill_of_lading: @@t1@@
    order_for_service: @@t2@@
    high_value_inventory: @@t3@@
""", ik=uuid_s(), uid=uuid_s(), acct=uuid_s(), t1=uuid_s(), t2=uuid_s(), t3=uuid_s())

add("terraform/stripe-secret-key", "infra/billing/stripe.tf", "https://registry.terraform.io/providers/lukasaron/stripe/latest/docs", r"""
terraform {
  required_providers {
    stripe = {
      source  = "lukasaron/stripe"
      version = "~> 3.1"
    }
  }
}

provider "stripe" {
  api_key = "@@secret@@"
}

resource "stripe_product" "storage" {
  name        = "Vault storage (monthly)"
  description = "Per 250 cu ft vault, billed monthly"
}

resource "stripe_price" "storage_vault" {
  product     = stripe_product.storage.id
  currency    = "usd"
  unit_amount = 14900
  recurring {
    interval = "month"
  }
}

resource "stripe_webhook_endpoint" "billing" {
  url            = "https://billing.kettlecreekmovers.com/stripe/webhook"
  enabled_events = ["invoice.paid", "invoice.payment_failed", "payment_intent.succeeded"]
}
""", secret=stripe_key("sk_live_", 99))

add("log/stripe-secret-key", "logs/billing-cron-2024-06-01.log", "https://docs.stripe.com/api/authentication", r"""
2024-06-01 06:00:00 INFO  storage-billing: 212 active contracts
2024-06-01 06:00:00 DEBUG stripe: POST https://api.stripe.com/v1/invoiceitems
2024-06-01 06:00:00 DEBUG stripe: headers={'Authorization': 'Bearer @@secret@@', 'Stripe-Version': '2024-04-10', 'Idempotency-Key': '@@idem@@'}
2024-06-01 06:00:01 DEBUG stripe: 200 req_@@rid@@
2024-06-01 06:00:01 INFO  storage-billing: invoice in_@@inv@@ finalized for VLT-0412
2024-06-01 06:03:47 INFO  storage-billing: done, 212 invoices, 0 failures
""", secret=stripe_key("sk_live_", 24), idem=uuid_s(), rid=chars(14), inv=chars(24))

add("notebook/decoy-env-reference", "analysis/payments_reconciliation.ipynb", "https://docs.stripe.com/api/balance_transactions/list", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, stripe, pandas as pd\n",
    "stripe.api_key = os.environ[\"STRIPE_READONLY_KEY\"]  # restricted, read-only\n",
    "rows = [t for t in stripe.BalanceTransaction.list(created={\"gte\": 1714521600}, limit=100).auto_paging_iter()]\n",
    "df = pd.DataFrame([{\"id\": t.id, \"type\": t.type, \"net\": t.net / 100} for t in rows])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"data": {"text/plain": ["                            id    type      net\n", "0  txn_@@t1@@  charge  1145.48\n", "1  txn_@@t2@@  payout -3374.13"]},
     "execution_count": 2, "metadata": {}, "output_type": "execute_result"}
   ],
   "source": ["df.head(2)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", t1=chars(24), t2=chars(24))

add("powershell/odbc-password", "scripts/Export-SageInvoices.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.data.odbc.odbcconnection.connectionstring", r"""
# Exports yesterday's Sage 50 invoices for the job-costing spreadsheet. Runs on CR-ACC01.
$ErrorActionPreference = 'Stop'
$conn = New-Object System.Data.Odbc.OdbcConnection
$conn.ConnectionString = 'DSN=SageLine50v30;UID=manager;PWD=@@secret@@'
$conn.Open()

$cmd = $conn.CreateCommand()
$cmd.CommandText = "SELECT INVOICE_NUMBER, INVOICE_DATE, ACCOUNT_REF, NAME, ITEMS_NET, ITEMS_TAX FROM INVOICE WHERE INVOICE_DATE = {d '$((Get-Date).AddDays(-1).ToString('yyyy-MM-dd'))'}"
$table = New-Object System.Data.DataTable
$table.Load($cmd.ExecuteReader())
$conn.Close()

$table | Export-Csv "\\cr-fs01\Accounts\Exports\sage_invoices_$((Get-Date).ToString('yyyyMMdd')).csv" -NoTypeInformation
""", secret=human_pw())

add("properties/decoy-placeholder", "payments-service/src/main/resources/application-example.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", r"""
# Copy to application-local.properties and fill in. Real values live in Key Vault.
payments.authnet.api-login-id=<your-sandbox-login-id>
payments.authnet.transaction-key=<your-sandbox-transaction-key>
payments.authnet.environment=SANDBOX
spring.datasource.url=jdbc:postgresql://localhost:5432/payments
spring.datasource.username=payments
spring.datasource.password=changeme
""")

add("php/decoy-config-reference", "app/Http/Controllers/StripeWebhookController.php", "https://docs.stripe.com/webhooks#verify-official-libraries", r"""
<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Stripe\Exception\SignatureVerificationException;
use Stripe\Webhook;

class StripeWebhookController extends Controller
{
    public function __invoke(Request $request)
    {
        try {
            $event = Webhook::constructEvent(
                $request->getContent(),
                $request->header('Stripe-Signature'),
                config('services.stripe.webhook_secret')
            );
        } catch (SignatureVerificationException $e) {
            return response('bad signature', 400);
        }

        if ($event->type === 'payment_intent.succeeded') {
            $job = $event->data->object->metadata->job ?? null;
            if ($job) {
                \App\Models\Job::where('number', $job)->update(['deposit_paid_at' => now()]);
            }
        }

        return response('ok');
    }
}
""")

# == Small IT: packages, CI, directory, network, office ==========================================

add("pypirc/pypi-token", ".pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
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
""", secret=fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/publish-tariffs.yml", "https://github.com/pypa/gh-action-pypi-publish#non-goals (password input)", r"""
name: publish bluebird-tariffs
on:
  release:
    types: [published]

jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("netrc/github-token", "deploy/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", r"""
machine github.com
  login bluebird-deploy
  password @@secret@@

machine api.github.com
  login bluebird-deploy
  password @@secret@@
""", secret=fakes.github_token(_seed()))

add("npmrc/npm-token", "crew-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r"""
@bluebirdmoving:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", secret=fakes.fake("npm_", 36, _seed()))

add("npmrc/decoy-env-reference", "warehouse-portal/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow#create-and-check-in-a-project-specific-npmrc-file", r"""
@northgate:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
save-exact=true
audit-level=high
""")

add("ini/gitlab-token", "ops-tools/pip.conf", "https://docs.gitlab.com/ee/user/packages/pypi_repository/#install-a-pypi-package", r"""
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://__token__:@@secret@@@gitlab.com/api/v4/projects/48211907/packages/pypi/simple

[install]
trusted-host = gitlab.com
""", secret=fakes.fake("glpat-", 20, _seed()))

add("json/github-fine-grained-token", "customer-portal/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", r"""
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "${PACKAGIST_TOKEN}"
        }
    }
}
""", secret=fakes.github_fine_grained_token(_seed()))

add("xml/azure-devops-pat", "NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="harrowvale" value="https://pkgs.dev.azure.com/harrowvale/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <harrowvale>
      <add key="Username" value="build@harrowvale.co.uk" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </harrowvale>
  </packageSourceCredentials>
</configuration>
""", secret=chars(52, LOWER + "234567"))

add("xml/nexus-password", "ci/maven-settings.xml", "https://maven.apache.org/settings.html#servers", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>northgate-releases</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>northgate-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.northgate-relo.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", secret=rand_pw(18))

add("shell/ldap-bind-password", "scripts/sync_crew_accounts.sh", "https://www.openldap.org/software/man.cgi?query=ldapsearch", r"""
#!/bin/bash
# Lists active crew accounts from AD for the crew app's allow-list (nightly).
set -euo pipefail
OUT=/srv/crew-app/allowlist.txt

ldapsearch -LLL -H ldaps://hv-dc01.harrowvale.local \
  -D "CN=svc_crewsync,OU=Service Accounts,DC=harrowvale,DC=local" \
  -w '@@secret@@' \
  -b "OU=Crew,OU=Staff,DC=harrowvale,DC=local" \
  "(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))" mail |
  awk '/^mail: /{print tolower($2)}' | sort -u > "${OUT}.new"

mv "${OUT}.new" "${OUT}"
echo "$(wc -l < "$OUT") crew accounts"
""", secret=words_pw())

add("powershell/azure-client-secret", "scripts/Sync-CrewToM365.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands#use-client-secret-credentials", r"""
# Adds new crew members to the "Crew - All" M365 group so they get the rota in Teams.
$TenantId = '@@tenant@@'
$ClientId = '@@client@@'
$Secret   = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$Cred     = New-Object System.Management.Automation.PSCredential($ClientId, $Secret)

Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $Cred -NoWelcome

$groupId = (Get-MgGroup -Filter "displayName eq 'Crew - All'").Id
$members = Get-MgGroupMember -GroupId $groupId -All | Select-Object -ExpandProperty Id

Import-Csv '\\hv-fs01\HR\crew_starters.csv' | ForEach-Object {
    $user = Get-MgUser -Filter "mail eq '$($_.Email)'" -ErrorAction SilentlyContinue
    if ($user -and $members -notcontains $user.Id) {
        New-MgGroupMember -GroupId $groupId -DirectoryObjectId $user.Id
        Write-Output "added $($_.Email)"
    }
}
Disconnect-MgGraph | Out-Null
""", secret=azure_secret(), tenant=uuid_s(), client=uuid_s())

add("markdown/wifi-psk", "docs/office/it-handbook.md", "https://www.wi-fi.org/discover-wi-fi/security (WPA2/WPA3-Personal passphrase)", r"""
# Office IT handbook -- Kettle Creek Movers

## Wi-Fi
| Network        | Who                      | Password |
|----------------|--------------------------|----------|
| KCM-Staff      | office PCs, crew tablets | `@@secret@@` |
| KCM-Guest      | customers, visitors      | on the card at reception (changes monthly) |
| KCM-Yard       | dashcams, yard cameras   | ask Mike (MAC-filtered) |

## Printers
- Upstairs: Brother MFC-L8900CDW, scan-to-email to the estimators.
- Warehouse: Zebra ZD621 (labels), driver on the S: drive.

## Phones
- 3CX, extensions 201-230. Voicemail PIN reset: ask the office manager.

## Who to call
- Internet down: Comcast Business 800-391-3000, account 8495 73 110 0492817.
""", secret=words_pw())

add("ini/wireguard-private-key", "vpn/wg-depot-york.conf", "https://www.wireguard.com/quickstart/#key-generation", r"""
# Site-to-site: York depot router -> Leeds HQ
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@secret@@
ListenPort = 51820
DNS = 10.10.0.5

[Peer]
# Leeds HQ
PublicKey = @@pub@@
Endpoint = vpn.harrowvale.co.uk:51820
AllowedIPs = 10.10.0.0/16, 10.30.0.0/16
PersistentKeepalive = 25
""", secret=wg_key(), pub=wg_key())

add("markdown/decoy-public-key", "vpn/README.md", "https://www.wireguard.com/quickstart/ (public keys are shared between peers)", r"""
# Site-to-site VPN (WireGuard)

Each site's private key stays on its router (`/etc/wireguard/wg0.key`, mode 600) and is never
committed. Public keys, for adding peers:

| Site         | Tunnel IP   | Public key |
|--------------|-------------|------------|
| Leeds HQ     | 10.99.0.1   | `@@p1@@` |
| York depot   | 10.99.0.2   | `@@p2@@` |
| Hull storage | 10.99.0.3   | `@@p3@@` |

Add a peer: `wg set wg0 peer <public key> allowed-ips <range> endpoint <host>:51820`, then
`wg-quick save wg0`.
""", p1=wg_key(), p2=wg_key(), p3=wg_key())

add("csv/sip-password", "it/3cx_extensions.csv", "https://www.3cx.com/docs/manual/ip-phone-provisioning/ (extension authentication ID and password)", r"""
extension,name,device,auth_id,auth_password,voicemail_pin,dept
201,Reception,Yealink T54W,201,@@secret@@,****,office
202,Sales 1,Yealink T46U,202,@@p2@@,****,sales
203,Sales 2,Yealink T46U,203,@@p3@@,****,sales
210,Dispatch,Yealink T54W,210,@@p4@@,****,ops
220,Warehouse,Yealink W73P DECT,220,@@p5@@,****,warehouse
""", secret=rand_pw(10), p2=rand_pw(10), p3=rand_pw(10), p4=rand_pw(10), p5=rand_pw(10))

add("ansible/firewall-admin-password", "ansible/host_vars/hv-fw01.yml", "https://docs.ansible.com/ansible/latest/collections/fortinet/fortios/docsite/fortios_usage.html", r"""
---
ansible_host: 10.10.0.1
ansible_network_os: fortinet.fortios.fortios
ansible_connection: httpapi
ansible_httpapi_use_ssl: true
ansible_httpapi_validate_certs: false
ansible_user: admin
ansible_password: "@@secret@@"
vdom: root
wan_interfaces: [wan1, wan2]
site_to_site:
  - {name: york, remote_gw: 81.2.69.160, local_subnet: 10.10.0.0/16}
""", secret=words_pw())

add("ini/decoy-vault-reference", "ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html ; https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", r"""
[firewalls]
hv-fw01 ansible_host=10.10.0.1

[windows]
hv-dc01 ansible_host=10.10.0.10
hv-fs01 ansible_host=10.10.0.11
hv-ops01 ansible_host=10.10.0.14

[windows:vars]
ansible_connection=winrm
ansible_winrm_transport=kerberos
ansible_user=svc_ansible@HARROWVALE.LOCAL
ansible_password={{ vault_svc_ansible_password }}

[linux]
hv-nas01 ansible_host=10.10.0.20
hv-mon01 ansible_host=10.10.0.25
""")

add("shell/mysql-password", "scripts/backup_crm_db.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r"""
#!/bin/sh
# nightly CRM dump to the NAS, keep 14 days
STAMP=$(date +%Y%m%d)
DEST=/mnt/nas/backups/crm

mysqldump --single-transaction --routines -h 127.0.0.1 -u backup -p'@@secret@@' crm \
  | gzip > "$DEST/crm_$STAMP.sql.gz"

find "$DEST" -name 'crm_*.sql.gz' -mtime +14 -delete
""", secret=human_pw())

add("powershell/ad-default-password", "scripts/New-CrewUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/new-aduser", r"""
param(
    [Parameter(Mandatory)] [string]$FirstName,
    [Parameter(Mandatory)] [string]$LastName,
    [ValidateSet('Leeds', 'York', 'Hull')] [string]$Depot = 'Leeds'
)

# Every new starter gets the same first password and must change it at first sign-in.
$initial = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$sam = ($FirstName.Substring(0, 1) + $LastName).ToLower()

New-ADUser -Name "$FirstName $LastName" -GivenName $FirstName -Surname $LastName `
    -SamAccountName $sam -UserPrincipalName "$sam@harrowvale.co.uk" `
    -Path "OU=Crew,OU=Staff,DC=harrowvale,DC=local" -Department "Crew - $Depot" `
    -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true

Add-ADGroupMember -Identity "Crew-$Depot" -Members $sam
Write-Output "created $sam"
""", secret="Welcome" + str(_rng().randint(2019, 2025)) + "!")

add("batch/smb-password", "it/logon/depot-logon.bat", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", r"""
@echo off
rem Depot kiosk PCs (shared login) - map the job sheets and scans drives
net use J: /delete /y >nul 2>&1
net use S: /delete /y >nul 2>&1
net use J: \\hv-fs01\JobSheets /user:HARROWVALE\depotkiosk @@secret@@ /persistent:no
net use S: \\hv-fs01\Scans /user:HARROWVALE\depotkiosk @@secret@@ /persistent:no
start "" "C:\Program Files\HV\JobBoard\JobBoard.exe"
""", secret=human_pw())

add("gitlab-ci/slack-bot-token", "infra/.gitlab-ci.yml", "https://api.slack.com/methods/chat.postMessage", r"""
stages: [plan, apply, notify]

variables:
  TF_ROOT: infra/portal
  SLACK_CHANNEL: C05QK7L2M9P
  SLACK_BOT_TOKEN: "@@secret@@"

plan:
  stage: plan
  image: hashicorp/terraform:1.8
  script:
    - cd $TF_ROOT && terraform init -input=false && terraform plan -out=plan.tfplan
  artifacts:
    paths: [$TF_ROOT/plan.tfplan]

apply:
  stage: apply
  image: hashicorp/terraform:1.8
  when: manual
  script:
    - cd $TF_ROOT && terraform apply -input=false plan.tfplan

notify:
  stage: notify
  image: curlimages/curl:8.7.1
  script:
    - >
      curl -s -X POST https://slack.com/api/chat.postMessage
      -H "Authorization: Bearer $SLACK_BOT_TOKEN"
      -d channel=$SLACK_CHANNEL -d text="infra applied by $GITLAB_USER_LOGIN ($CI_COMMIT_SHORT_SHA)"
""", secret=slack_bot())

add("gitlab-ci/decoy-ci-variables", "warehouse-api/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html ; https://docs.gitlab.com/ee/user/packages/container_registry/authenticate_with_container_registry.html", r"""
stages: [test, build]

test:
  stage: test
  image: php:8.3-cli
  services: [postgres:15]
  variables:
    POSTGRES_DB: inventory_test
    POSTGRES_USER: test
    POSTGRES_PASSWORD: test
    DB_HOST: postgres
  script:
    - composer install --no-interaction
    - vendor/bin/phpunit

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build --secret id=composer_auth,src="$COMPOSER_AUTH_FILE" -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
  only: [main]
""")

add("json/github-token", "deploy/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores ; https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry", r"""
{
	"auths": {
		"ghcr.io": {
			"auth": "@@secret@@"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "",
	"currentContext": "default"
}
""", secret=b64("bluebird-ci:" + fakes.github_token(_seed())))

add("yaml/decoy-commit-sha", ".pre-commit-config.yaml", "https://pre-commit.com/#using-the-latest-version-for-a-repository", r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @@r1@@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@r2@@  # frozen: v0.4.8
    hooks:
      - id: ruff
      - id: ruff-format
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: @@r3@@  # frozen: v1.10.0
    hooks:
      - id: mypy
        additional_dependencies: [types-requests]
""", r1=hexs(40), r2=hexs(40), r3=hexs(40))

add("python/decoy-regex", "tools/redact.py", "https://docs.python.org/3/library/re.html", r"""
# Masks credentials in log lines before they are shipped to the log service.
import re

PATTERNS = [
    (re.compile(r"sk_(live|test)_[0-9A-Za-z]{24,99}"), "sk_\\1_****"),
    (re.compile(r"rk_(live|test)_[0-9A-Za-z]{24,99}"), "rk_\\1_****"),
    (re.compile(r"samsara_api_[0-9A-Za-z]{30}"), "samsara_api_****"),
    (re.compile(r"EAAA[0-9A-Za-z_-]{60}"), "EAAA****"),
    (re.compile(r"(?i)(password|passwd|pwd)=([^&\s;]+)"), r"\1=****"),
    (re.compile(r"(?i)authorization: (bearer|basic) [A-Za-z0-9._~+/=-]+"), r"authorization: \1 ****"),
    (re.compile(r"://([^:/@\s]+):([^@\s]+)@"), r"://\1:****@"),
]


def redact(line: str) -> str:
    for pattern, repl in PATTERNS:
        line = pattern.sub(repl, line)
    return line
""")

add("toml/decoy-env-reference", "bluebird-tariffs/pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", r"""
[tool.poetry]
name = "bluebird-tariffs"
version = "2024.6.0"
description = "Moving tariffs, accessorial charges and fuel surcharge tables"
authors = ["Bluebird Moving engineering <eng@bluebirdmoving.com>"]
packages = [{ include = "bluebird_tariffs" }]

[tool.poetry.dependencies]
python = "^3.10"
pydantic = "^2.7"

[[tool.poetry.source]]
name = "fury"
url = "https://pypi.fury.io/bluebirdmoving/"
priority = "supplemental"
# credentials: poetry config http-basic.fury "$FURY_TOKEN" NOPASS  (CI sets FURY_TOKEN)

[build-system]
requires = ["poetry-core>=1.8"]
build-backend = "poetry.core.masonry.api"
""")

add("json/decoy-public-key", "portal/static/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517#section-5 (a JWK Set of public keys)", r"""
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
""", kid1=hexs(16), n1=raw_b64(256, urlsafe=True).rstrip("="), kid2=hexs(16), n2=raw_b64(256, urlsafe=True).rstrip("="))

add("pem/decoy-certificate", "deploy/certs/portal-chain.pem", "https://datatracker.ietf.org/doc/html/rfc7468#section-5 (certificates are public)", r"""
@@c1@@
@@c2@@
""", c1=cert_pem(), c2=cert_pem())

add("pem/ec-private-key", "deploy/certs/portal.key", "https://datatracker.ietf.org/doc/html/rfc5915", r"""
@@secret@@
""", secret=ec_key())

add("env/cloudflare-api-token", "infra/dns/.env", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r"""
# used by dnscontrol + certbot-dns-cloudflare on hv-ops01
CLOUDFLARE_ACCOUNT_ID=@@acct@@
CLOUDFLARE_API_TOKEN=@@secret@@
CLOUDFLARE_ZONE=harrowvale.co.uk
CERTBOT_EMAIL=it@harrowvale.co.uk
""", secret=chars(40, URLSAFE), acct=hexs(32))

add("yaml/datadog-api-key", "datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", r"""
## Datadog agent on the portal and telematics hosts
api_key: @@secret@@
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:production
  - team:ops
  - company:bluebird
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
""", secret=hexs(32))

add("shell/discord-webhook", "scripts/notify_backup.sh", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r"""
#!/bin/bash
# Called by Hyper Backup's post-task hook on the NAS: tells the office Discord how it went.
STATUS=${1:-unknown}
TASK=${2:-nightly}
HOOK="@@secret@@"

msg="NAS backup '${TASK}' finished: ${STATUS} ($(date '+%a %d %b %H:%M'))"
curl -s -H "Content-Type: application/json" -X POST \
  -d "{\"username\": \"ng-nas01\", \"content\": \"${msg}\"}" \
  "$HOOK"
""", secret=discord_webhook())

add("markdown/decoy-placeholder", "docs/it/password-rotation.md", "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecretver", r"""
# Rotating shared passwords (after someone leaves)

All shared credentials live in 1Password, vault **Ops - Shared**. Never paste them into
tickets, Teams or this repo.

| System                | 1Password item            | How to rotate |
|-----------------------|---------------------------|---------------|
| Depot kiosk login     | `AD / depotkiosk`         | `Set-ADAccountPassword depotkiosk -Reset` |
| NAS admin             | `Synology / ngadmin`      | DSM > Control Panel > User |
| Dashcam web admin     | `Fleet / Dashcam admin`   | per truck, see docs/fleet |
| Staff Wi-Fi           | `Network / KCM-Staff PSK` | UniFi > Settings > WiFi |

Example for the kiosk account:

```powershell
$new = Read-Host -AsSecureString "New password"
Set-ADAccountPassword -Identity depotkiosk -Reset -NewPassword $new
```

Then update the item in 1Password and tell the depot managers: *"kiosk password changed,
new one is in 1Password"* -- never the password itself.
""")

add("python/anthropic-api-key", "faqbot/app.py", "https://docs.anthropic.com/en/api/getting-started#authentication", r"""
# Website FAQ assistant: answers packing/storage questions from the help articles.
import anthropic
from flask import Flask, jsonify, request

from faqbot.retrieval import top_articles

app = Flask(__name__)
client = anthropic.Anthropic(api_key="@@secret@@")

SYSTEM = ("You answer questions for Kettle Creek Movers customers using only the articles given. "
          "If unsure, offer a callback from the office.")


@app.post("/ask")
def ask():
    question = request.json["question"][:500]
    context = "\n\n".join(a.body for a in top_articles(question, k=4))
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        system=SYSTEM,
        messages=[{"role": "user", "content": f"Articles:\n{context}\n\nQuestion: {question}"}],
    )
    return jsonify(answer=msg.content[0].text)
""", secret="sk-ant-api03-" + chars(93, URLSAFE) + "AA")

add("markdown/gmail-app-password", "docs/office/printer-setup.md", "https://support.google.com/accounts/answer/185833 (app passwords, 16 characters)", r"""
# Brother MFC-L8900CDW -- scan to email (estimators' office)

1. Web UI: http://10.20.0.40 (login with the admin PIN on the sticker).
2. **Network > Protocol > SMTP Client**
   - Server: `smtp.gmail.com`, port `587`, STARTTLS
   - Authentication: SMTP-AUTH
   - Account: `scans@kettlecreekmovers.com`
   - Password: `@@secret@@` (Google app password, the normal one won't work)
3. **Scan > Scan to E-mail Server**: sender `scans@kettlecreekmovers.com`, max 10 MB.
4. Add the estimators to the address book (shortcut 1-6).

Test: scan one page to your own address; it should arrive within a minute.
""", secret=gmail_app_pw())
