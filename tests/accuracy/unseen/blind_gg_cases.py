"""Blind set GG: pest control companies and their vendors, devices and small IT.

Route scheduling and fleet telematics, field technician apps (Android, iOS, React Native, Flutter),
trap sensors and IoT monitoring (LoRaWAN, MQTT, cloud IoT hubs), chemical usage reporting to state
regulators, customer portals and billing, and the office IT that runs them; with their decoys.
Generated fakes only (seeds 2250000-2259999).
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
HEXU = "0123456789ABCDEF"
LOWER_DIGITS = string.ascii_lowercase + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"
URLSAFE = ALNUM + "-_"
SEED_LO, SEED_HI = 2250000, 2259999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def hexu(n: int) -> str:
    return fakes.drawn(_seed(), n, HEXU)


WORDS = ["Termite", "Hornet", "Cricket", "Mantis", "Beetle", "Cicada", "Firefly", "Ladybug", "Gecko", "Sparrow",
         "Thicket", "Bramble", "Cypress", "Magnolia", "Palmetto", "Bayou", "Prairie", "Mesa", "Canyon", "Harbor"]
LOWER = ["gravel", "tulip", "lantern", "otter", "pepper", "walnut", "meadow", "copper", "ember", "sable",
         "quill", "bison", "clover", "marble", "saddle", "hazel"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def stripe_key(prefix: str = "sk_live_") -> str:
    return prefix + "51" + draw(97)


def stripe_short(prefix: str) -> str:
    return fakes.fake(prefix, 24, _seed())


def whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_DIGITS) + "/B" + draw(10, UPPER_DIGITS)
            + "/" + draw(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + draw(43, URLSAFE))


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def gocspx() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def mapbox(kind: str, user: str) -> str:
    payload = json.dumps({"u": user, "a": draw(25, LOWER_DIGITS)}, separators=(",", ":"))
    return kind + "." + b64url(payload) + "." + draw(22, URLSAFE)


def ttn_key() -> str:
    return "NNSXS." + draw(39, B32) + "." + draw(52, B32)


def azure_secret() -> str:
    return draw(3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~")


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}." + draw(43 if alg == "HS256" else 342, URLSAFE)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + "".join(
        r.choice(ALNUM + "+/") for _ in range(202))
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def json_escaped(text: str) -> str:
    """A multi-line value as a JSON string holds it (newlines as backslash-n)."""
    return text.replace("\n", "\\n")


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def b2_app_key() -> str:
    return "K005" + draw(27, ALNUM + "/+")


def wg_key() -> str:
    return b64_bytes(32)


def _pem_block(label: str, head: str, n_chars: int, tail: str = "") -> str:
    r = _rng()
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(n_chars - len(head) - len(tail))) + tail
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def pkcs8_rsa() -> str:
    """An RSA key as Google service-account JSON and DocuSign hold it (PKCS#8, shortened body)."""
    return _pem_block("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC", 448)


def p8_ec() -> str:
    """An App Store Connect / APNs .p8 key: a P-256 key in PKCS#8."""
    return _pem_block("PRIVATE KEY", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 200)


def public_key_pem() -> str:
    return _pem_block("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392, "IDAQAB")


def certificate_pem(head: str = "MIIDWTCCAkGgAwIBAgIU") -> str:
    return _pem_block("CERTIFICATE", head, 1160)


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
    CASES.append(LabelledCase(f"blind-gg/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Route scheduling and fleet telematics
# ---------------------------------------------------------------------------------------------

add("env/google-maps-server-key", "route-optimizer/deploy/route-optimizer.env",
    "https://developers.google.com/maps/documentation/routes/get-api-key", """
# route-optimizer production settings (systemd EnvironmentFile=/etc/route-optimizer/route-optimizer.env)
APP_ENV=production
LOG_LEVEL=info
TZ=America/Chicago
DATABASE_URL=postgresql://routes@10.20.0.15:5432/routes
PGPASSFILE=/etc/route-optimizer/pgpass
OSRM_URL=http://osrm.internal:5000
GOOGLE_MAPS_SERVER_KEY=@@secret@@
GOOGLE_MAPS_REGION=us
MAX_STOPS_PER_TECH=18
SERVICE_WINDOW_MINUTES=120
DEPOT_LAT=30.4515
DEPOT_LNG=-91.1871
""", google_key())

add("python/route4me-api-key", "route-optimizer/route_optimizer/providers/route4me_client.py",
    "https://support.route4me.com/route4me-api-key/", '''
"""Thin client for the Route4Me optimization API used by the nightly route builder."""
from __future__ import annotations

import logging
from typing import Iterable

import requests

log = logging.getLogger(__name__)

API_BASE = "https://api.route4me.com"
API_KEY = "@@secret@@"  # TODO move to vault before go-live (OPS-212)


def optimize(stops: Iterable[dict], member_id: int, route_date: str) -> dict:
    """Submit one branch's stops; Route4Me answers with an optimization_problem_id."""
    addresses = [{"address": s["address"], "lat": s["lat"], "lng": s["lng"],
                  "time": s.get("service_minutes", 25) * 60, "alias": s["account_no"]} for s in stops]
    body = {
        "parameters": {"algorithm_type": 1, "route_date": route_date, "member_id": member_id,
                       "route_max_duration": 36000, "optimize": "Time", "travel_mode": "Driving"},
        "addresses": addresses,
    }
    resp = requests.post(f"{API_BASE}/api.v4/optimization_problem.php", params={"api_key": API_KEY},
                         json=body, timeout=60)
    resp.raise_for_status()
    result = resp.json()
    log.info("route4me problem %s: %d stops", result.get("optimization_problem_id"), len(addresses))
    return result
''', hexu(32))

add("yaml/optimoroute-api-key", "scheduler/config/optimoroute.yml",
    "https://optimoroute.com/api/", """
# OptimoRoute planning for the three branches; loaded by scheduler/planner.py
optimoroute:
  base_url: https://api.optimoroute.com/v1
  key: @@secret@@
  planning:
    balancing: ON_FORCE
    balanceBy: WT
    startWith: CURRENT
    clustering: true
  default_duration_min:
    general_pest: 25
    termite_inspection: 60
    mosquito_barrier: 35
    rodent_exclusion: 90
    bed_bug_heat: 240
branches:
  - code: BTR
    depot: "8450 Airline Hwy, Baton Rouge, LA 70815"
    shift: "07:00-16:30"
  - code: LFT
    depot: "3301 Ambassador Caffery Pkwy, Lafayette, LA 70506"
    shift: "07:30-17:00"
""", draw(40, LOWER_DIGITS))

add("typescript/routific-api-token", "dispatch-board/src/lib/routific.ts",
    "https://docs.routific.com/reference/authentication", """
import axios from "axios";
import type { Vehicle, Visit } from "../types";

// Routific long-running VRP endpoint (jobs over 60 visits)
const ROUTIFIC_URL = "https://api.routific.com/v1/vrp-long";
const ROUTIFIC_TOKEN =
  "@@secret@@";

export async function submitDay(visits: Visit[], fleet: Vehicle[]): Promise<string> {
  const body = {
    visits: Object.fromEntries(
      visits.map((v) => [
        v.workOrderId,
        { location: { name: v.address, lat: v.lat, lng: v.lng }, duration: v.minutes, start: v.windowStart, end: v.windowEnd },
      ]),
    ),
    fleet: Object.fromEntries(
      fleet.map((t) => [t.techCode, { start_location: t.depot, shift_start: t.shiftStart, shift_end: t.shiftEnd }]),
    ),
    options: { traffic: "slow", balance: true },
  };
  const res = await axios.post(ROUTIFIC_URL, body, {
    headers: { Authorization: `bearer ${ROUTIFIC_TOKEN}`, "Content-Type": "application/json" },
  });
  return res.data.job_id as string;
}
""", jwt({"_id": hexs(24), "iat": 1712253117}))

add("json/samsara-api-token", "FleetSync/appsettings.Production.json",
    "https://developers.samsara.com/docs/authentication", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Samsara": {
    "BaseUrl": "https://api.samsara.com",
    "ApiToken": "@@secret@@",
    "VehicleTagId": "4815162",
    "PollSeconds": 60
  },
  "ConnectionStrings": {
    "Fleet": "Server=sql01.cardinal.local;Database=Fleet;Integrated Security=true;TrustServerCertificate=true"
  },
  "AllowedHosts": "*"
}
""", "samsara_api_" + draw(30))

add("csharp/geotab-password", "FleetSync/Services/GeotabSession.cs",
    "https://developers.geotab.com/myGeotab/guides/concepts/#authentication", """
using Geotab.Checkmate;
using Microsoft.Extensions.Logging;

namespace FleetSync.Services;

/// <summary>One authenticated MyGeotab session for the whole poller, re-used until it expires.</summary>
public sealed class GeotabSession
{
    private readonly ILogger<GeotabSession> _log;
    private API? _api;

    public GeotabSession(ILogger<GeotabSession> log) => _log = log;

    public async Task<API> GetAsync(CancellationToken ct)
    {
        if (_api is not null)
        {
            return _api;
        }

        _api = new API("fleet-sync@cardinalpestlawn.com", "@@secret@@", null, "cardinal_pest", "my.geotab.com");
        await _api.AuthenticateAsync(ct);
        _log.LogInformation("MyGeotab session opened for database {Database}", "cardinal_pest");
        return _api;
    }

    public void Reset() => _api = null;
}
""", words_pw())

add("ini/verizon-connect-password", "telematics/reveal.ini",
    "https://fim.api.us.fleetmatics.com/", """
; Verizon Connect Reveal (Fleetmatics) REST integration for the GPS breadcrumb import
[reveal]
base_url = https://fim.api.us.fleetmatics.com
token_path = /token
app_id = fleetsync-northshore
username = REST_NorthshorePest_7731
password = @@secret@@

[schedule]
gps_poll_seconds = 90
idle_alert_minutes = 20
speeding_threshold_mph = 9

[output]
table = dbo.VehicleBreadcrumbs
retention_days = 400
""", rand_pw(16, "!#$"))

add("go/sftp-password", "cmd/fuelcard-import/main.go",
    "https://pkg.go.dev/golang.org/x/crypto/ssh#Password", """
package main

import (
	"io"
	"log"
	"os"
	"time"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

const (
	wexHost = "sftp.wexinc.com:22"
	wexUser = "nspest_fleet01"
)

// Pulls the nightly WEX fuel transaction file so fuel spend lands on each tech's route cost.
func main() {
	cfg := &ssh.ClientConfig{
		User:            wexUser,
		Auth:            []ssh.AuthMethod{ssh.Password("@@secret@@")},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
		Timeout:         30 * time.Second,
	}
	conn, err := ssh.Dial("tcp", wexHost, cfg)
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	defer conn.Close()

	client, err := sftp.NewClient(conn)
	if err != nil {
		log.Fatalf("sftp: %v", err)
	}
	defer client.Close()

	src, err := client.Open("/outbound/TRANS_" + time.Now().AddDate(0, 0, -1).Format("20060102") + ".csv")
	if err != nil {
		log.Fatalf("open: %v", err)
	}
	dst, _ := os.Create("/var/lib/fuelcard/latest.csv")
	if _, err := io.Copy(dst, src); err != nil {
		log.Fatalf("copy: %v", err)
	}
}
""", words_pw())

_pp_client_id, _pp_secret = draw(26, LOWER_DIGITS), draw(32)
add("shell/pestpac-client-secret", "scripts/sync_routes_to_pestpac.sh",
    "https://developer.workwave.com/pestpac/docs/authentication", """
#!/usr/bin/env bash
# Push tomorrow's optimized routes back into PestPac as technician assignments.
set -euo pipefail

TENANT_ID="318842"
API="https://api.workwave.com/pestpac/v1"
DAY="$(date -d tomorrow +%F)"

TOKEN=$(curl -s -X POST "https://is.workwave.com/oauth2/token?scope=openid" \\
  -H "Authorization: Basic @@basic@@" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=password&username=${PESTPAC_USER}&password=${PESTPAC_PASSWORD}" | jq -r .access_token)

jq -c '.[]' "/var/lib/routes/${DAY}.json" | while read -r stop; do
  order=$(jq -r .order_id <<<"$stop")
  tech=$(jq -r .tech_code <<<"$stop")
  curl -s -X PATCH "${API}/ServiceOrders/${order}" \\
    -H "Authorization: Bearer ${TOKEN}" \\
    -H "apikey: ${PESTPAC_APIKEY}" \\
    -H "tenant-id: ${TENANT_ID}" \\
    -H "Content-Type: application/json" \\
    -d "[{\\"op\\":\\"replace\\",\\"path\\":\\"/Technician\\",\\"value\\":\\"${tech}\\"}]" >/dev/null
done
echo "routes for ${DAY} pushed"
""", _pp_secret, basic=b64(f"{_pp_client_id}:{_pp_secret}"))

add("sql/postgres-password", "db/migrations/0042_route_reporting_user.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- 0042: read-only role for the Metabase route dashboards
BEGIN;

CREATE ROLE route_reporter WITH LOGIN PASSWORD '@@secret@@' CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE routes TO route_reporter;
GRANT USAGE ON SCHEMA dispatch TO route_reporter;
GRANT SELECT ON dispatch.routes, dispatch.stops, dispatch.technicians, dispatch.drive_segments TO route_reporter;
ALTER DEFAULT PRIVILEGES IN SCHEMA dispatch GRANT SELECT ON TABLES TO route_reporter;

COMMENT ON ROLE route_reporter IS 'Metabase: route density and on-time dashboards';
COMMIT;
""", rand_pw(22))

add("markdown/redis-password", "docs/runbooks/route-optimizer-handover.md",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", """
# Route optimizer: handover notes (Dana -> Luis)

Dana leaves on Friday; this is everything that is not in the README.

## Boxes

| Host | What | Notes |
|------|------|-------|
| `ro-app-01` | FastAPI + nightly builder (systemd `route-builder.timer`, 01:30) | logs in `/var/log/route-optimizer` |
| `ro-osrm-01` | OSRM with the Louisiana extract | rebuild monthly, see `scripts/osrm_refresh.sh` |
| `ro-cache-01` | Redis 7, job queue and geocode cache | port 6380, TLS off (VLAN only) |

## Credentials

- Redis: user `routes`, password `@@secret@@` (ACL file `/etc/redis/users.acl`).
- PestPac and Route4Me keys are in the `Route Optimizer` folder in Bitwarden.
- The OSRM box only has the `ops` SSH key.

## Things that break

1. If the nightly build is empty, check PestPac's API first: their maintenance is Sunday 02:00 CT.
2. The geocode cache never expires; `redis-cli -p 6380 --user routes --askpass` then `SCAN 0 MATCH geo:*`.
3. Termite renewals are scheduled by the office, not by the optimizer; do not "fix" them.
""", fakes.redis_password(_seed()))

add("compose/postgres-password", "deploy/docker-compose.routing.yml",
    "https://hub.docker.com/_/postgres", """
services:
  osrm:
    image: ghcr.io/project-osrm/osrm-backend:v5.27.1
    command: osrm-routed --algorithm mld /data/louisiana-latest.osrm
    volumes:
      - ./osrm:/data
    ports:
      - "5000:5000"
    restart: unless-stopped

  routes-db:
    image: postgis/postgis:15-3.4
    environment:
      POSTGRES_DB: routes
      POSTGRES_USER: routes
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - routes-data:/var/lib/postgresql/data
    restart: unless-stopped

  builder:
    build: ../route-optimizer
    env_file: ./route-optimizer.env
    depends_on:
      - osrm
      - routes-db

volumes:
  routes-data:
""", words_pw())

_mapbox_sk = mapbox("sk", "bayoutermite")
add("k8s-secret/mapbox-secret-token", "k8s/routing/mapbox-secret.yaml",
    "https://docs.mapbox.com/accounts/guides/tokens/", """
apiVersion: v1
kind: Secret
metadata:
  name: mapbox-tokens
  namespace: routing
  labels:
    app.kubernetes.io/part-of: route-optimizer
type: Opaque
data:
  MAPBOX_USERNAME: @@user@@
  MAPBOX_SECRET_TOKEN: @@encoded@@
""", _mapbox_sk, user=b64("bayoutermite"), encoded=b64(_mapbox_sk))

add("terraform/digitalocean-token", "infra/routing/main.tf",
    "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "osrm" {
  name     = "ro-osrm-01"
  image    = "ubuntu-22-04-x64"
  region   = "nyc3"
  size     = "m-2vcpu-16gb"
  ssh_keys = [var.ops_ssh_key_fingerprint]
  tags     = ["routing", "osrm"]
}

resource "digitalocean_firewall" "osrm" {
  name        = "osrm-internal"
  droplet_ids = [digitalocean_droplet.osrm.id]

  inbound_rule {
    protocol         = "tcp"
    port_range       = "5000"
    source_addresses = ["10.20.0.0/16"]
  }
}
""", "dop_v1_" + hexs(64))

add("github-actions/openweathermap-api-key", ".github/workflows/spray-window-forecast.yml",
    "https://openweathermap.org/appid", """
name: spray-window-forecast

on:
  schedule:
    - cron: "15 10 * * *"   # 05:15 CT, before the techs load the trucks
  workflow_dispatch:

jobs:
  forecast:
    runs-on: ubuntu-latest
    env:
      OWM_APPID: @@secret@@
      WIND_LIMIT_MPH: "10"
      RAIN_WINDOW_HOURS: "24"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r scheduler/requirements.txt
      - name: Flag outdoor treatments that the label forbids in wind or rain
        run: python -m scheduler.spray_window --branches BTR,LFT --date "$(date +%F)"
      - name: Post the list to dispatch
        run: python -m scheduler.notify_dispatch --channel "#dispatch"
        env:
          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}
""", hexs(32))

add("notebook/here-api-key", "analysis/route_density_q2.ipynb",
    "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Route density by ZIP (Q2)\n",
    "Drive time from each branch to every active recurring account, HERE Matrix Routing v8."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import requests\n",
    "\n",
    "HERE_API_KEY = \"@@secret@@\"\n",
    "accounts = pd.read_csv('active_accounts_q2.csv', dtype={'zip': str})\n",
    "accounts.groupby('branch').size()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "resp = requests.post('https://matrix.router.hereapi.com/v8/matrix',\n",
    "                     params={'apiKey': HERE_API_KEY, 'async': 'false'},\n",
    "                     json={'origins': origins, 'destinations': destinations, 'regionDefinition': {'type': 'world'}})\n",
    "matrix = resp.json()['matrix']"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.4"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", draw(43, URLSAFE))

add("kotlin/tomorrow-io-api-key", "scheduler-android/app/src/main/java/com/cardinalpest/dispatch/weather/WeatherClient.kt",
    "https://docs.tomorrow.io/reference/api-authentication", """
package com.cardinalpest.dispatch.weather

import okhttp3.HttpUrl.Companion.toHttpUrl
import okhttp3.OkHttpClient
import okhttp3.Request
import org.json.JSONObject

object WeatherClient {
    private const val BASE = "https://api.tomorrow.io/v4/weather/forecast"
    private const val API_KEY = "@@secret@@"
    private val http = OkHttpClient()

    /** Hours in the next day when wind stays under the label limit for broadcast sprays. */
    fun sprayableHours(lat: Double, lng: Double, windLimitMph: Double = 10.0): List<String> {
        val url = BASE.toHttpUrl().newBuilder()
            .addQueryParameter("location", "$lat,$lng")
            .addQueryParameter("timesteps", "1h")
            .addQueryParameter("units", "imperial")
            .addQueryParameter("apikey", API_KEY)
            .build()
        val body = http.newCall(Request.Builder().url(url).build()).execute().use { it.body!!.string() }
        val hourly = JSONObject(body).getJSONObject("timelines").getJSONArray("hourly")
        return (0 until minOf(24, hourly.length()))
            .map { hourly.getJSONObject(it) }
            .filter { it.getJSONObject("values").getDouble("windSpeed") < windLimitMph }
            .map { it.getString("time") }
    }
}
""", draw(32))

add("log/google-maps-server-key", "logs/route-optimizer/builder-2024-05-14.log",
    "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """
2024-05-14T01:30:02.114-05:00 INFO  builder: starting nightly build for 2024-05-15 branches=BTR,LFT
2024-05-14T01:30:02.530-05:00 INFO  pestpac: 412 service orders fetched (BTR=233 LFT=179)
2024-05-14T01:30:03.009-05:00 INFO  geocode: 9 new addresses, 403 from cache
2024-05-14T01:30:04.771-05:00 DEBUG http: GET https://maps.googleapis.com/maps/api/distancematrix/json?origins=30.4515,-91.1871&destinations=30.4012,-91.0877|30.3896,-91.1134&departure_time=1715756400&key=@@secret@@ status=200 elapsed=412ms
2024-05-14T01:30:05.102-05:00 INFO  matrix: 233x233 built in 3 chunks
2024-05-14T01:31:48.660-05:00 WARN  solver: tech T114 over max stops (19 > 18), moved 1 stop to T120
2024-05-14T01:32:10.245-05:00 INFO  solver: BTR done, 14 routes, 1611 drive minutes
2024-05-14T01:33:41.903-05:00 INFO  solver: LFT done, 11 routes, 1302 drive minutes
2024-05-14T01:33:42.010-05:00 INFO  builder: done in 219.9s
""", google_key())

# Route scheduling decoys

add("env/decoy-placeholder", "route-optimizer/.env.example",
    "https://12factor.net/config", """
# Copy to .env and fill in. Never commit the filled-in file.
APP_ENV=development
LOG_LEVEL=debug
TZ=America/Chicago
DATABASE_URL=postgresql://routes:<password>@localhost:5432/routes
OSRM_URL=http://localhost:5000
GOOGLE_MAPS_SERVER_KEY=your-server-key-here
ROUTE4ME_API_KEY=
PESTPAC_APIKEY=changeme
PESTPAC_CLIENT_SECRET=changeme
MAX_STOPS_PER_TECH=18
SERVICE_WINDOW_MINUTES=120
""")

add("github-actions/decoy-secret-reference", ".github/workflows/route-tests.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: route-tests

on:
  pull_request:
    paths: ["route-optimizer/**"]
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      osrm:
        image: ghcr.io/project-osrm/osrm-backend:v5.27.1
        ports: ["5000:5000"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r route-optimizer/requirements.txt -r route-optimizer/requirements-dev.txt
      - name: Unit tests
        run: pytest -q route-optimizer/tests
      - name: Live smoke test against the Maps APIs (main only)
        if: github.ref == 'refs/heads/main'
        run: pytest -q route-optimizer/tests/live -m live
        env:
          GOOGLE_MAPS_SERVER_KEY: ${{ secrets.GOOGLE_MAPS_SERVER_KEY }}
          ROUTE4ME_API_KEY: ${{ secrets.ROUTE4ME_API_KEY }}
          PESTPAC_CLIENT_SECRET: ${{ secrets.PESTPAC_CLIENT_SECRET }}
""")

add("dockerfile/decoy-image-digest", "route-optimizer/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#from", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim-bookworm@sha256:@@d1@@ AS build
WORKDIR /src
COPY requirements.txt .
RUN pip wheel --require-hashes -r requirements.txt -w /wheels

FROM python:3.12-slim-bookworm@sha256:@@d1@@
ARG OSRM_PROFILE_SHA256=@@d2@@
RUN useradd --system --uid 10001 routes
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-index /wheels/* && rm -rf /wheels
COPY profiles/truck.lua /app/profiles/truck.lua
RUN echo "${OSRM_PROFILE_SHA256}  /app/profiles/truck.lua" | sha256sum -c -
COPY route_optimizer /app/route_optimizer
USER routes
ENV PYTHONUNBUFFERED=1
CMD ["python", "-m", "route_optimizer.nightly"]
""", d1=sha256ish(), d2=sha256ish())

add("requirements/decoy-hashes", "route-optimizer/requirements.txt",
    "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# pip-compile --generate-hashes requirements.in
certifi==2024.2.2 \\
    --hash=sha256:@@h1@@
charset-normalizer==3.3.2 \\
    --hash=sha256:@@h2@@
idna==3.7 \\
    --hash=sha256:@@h3@@
ortools==9.9.3963 \\
    --hash=sha256:@@h4@@
requests==2.31.0 \\
    --hash=sha256:@@h5@@
urllib3==2.2.1 \\
    --hash=sha256:@@h6@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish(), h6=sha256ish())

_vins = [draw(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)]
add("csv/decoy-vehicle-ids", "fleet/exports/vehicles_2024-05.csv",
    "https://www.nhtsa.gov/vin-decoder", """
unit,branch,year,make,model,vin,plate,eld_serial,fuel_card_last4,assigned_tech,odometer
T114,BTR,2021,Ford,F-150,@@v0@@,LA 118 BPX,G9@@s0@@,4471,Marcus Dupre,61022
T115,BTR,2022,Ford,Transit Connect,@@v1@@,LA 204 CKR,G9@@s1@@,0918,Keisha Broussard,38810
T120,BTR,2019,Chevrolet,Silverado 1500,@@v2@@,LA 973 AVN,G9@@s2@@,3307,Travis Landry,102448
T131,LFT,2023,Ram,ProMaster City,@@v3@@,LA 561 DRM,G9@@s3@@,5562,Ana Guidry,14290
T132,LFT,2020,Ford,F-150,@@v4@@,LA 330 BTY,G9@@s4@@,7720,Jerome Hebert,77105
T140,LFT,2022,Toyota,Tacoma,@@v5@@,LA 812 CFH,G9@@s5@@,2045,Lena Richard,41560
""", **{f"v{i}": v for i, v in enumerate(_vins)}, **{f"s{i}": hexu(10) for i in range(6)})

_route_ids = [uuid_s() for _ in range(5)]
add("log/decoy-request-ids", "logs/dispatch/route-publish-2024-05-15.log",
    "https://www.rfc-editor.org/rfc/rfc9562", """
2024-05-15 05:40:11,902 INFO  publish release=@@sha@@ branch=BTR routes=14
2024-05-15 05:40:12,018 INFO  route id=@@r0@@ tech=T114 stops=18 drive_min=121 request_id=@@q0@@
2024-05-15 05:40:12,101 INFO  route id=@@r1@@ tech=T115 stops=16 drive_min=98 request_id=@@q1@@
2024-05-15 05:40:12,177 INFO  route id=@@r2@@ tech=T120 stops=17 drive_min=133 request_id=@@q2@@
2024-05-15 05:40:12,260 WARN  route id=@@r3@@ tech=T122 stops=9 reason=half_day_pto request_id=@@q3@@
2024-05-15 05:40:12,344 INFO  route id=@@r4@@ tech=T127 stops=15 drive_min=104 request_id=@@q4@@
2024-05-15 05:40:12,350 INFO  push: sent 5 route notifications via FCM, message_ids=0:17157@@m@@%31bd
2024-05-15 05:40:12,351 INFO  publish done etag="@@etag@@"
""", sha=hexs(40), m=hexs(16), etag=hexs(32), **{f"r{i}": r for i, r in enumerate(_route_ids)},
    **{f"q{i}": uuid_s() for i in range(5)})

add("typescript/decoy-test-fixture", "dispatch-board/src/lib/routific.test.ts",
    "https://vitest.dev/api/vi.html#vi-mock", """
import { describe, expect, it, vi } from "vitest";
import axios from "axios";
import { submitDay } from "./routific";

vi.mock("axios");

describe("submitDay", () => {
  it("posts visits keyed by work order and returns the job id", async () => {
    vi.mocked(axios.post).mockResolvedValue({ data: { job_id: "test-job-123" } });
    const jobId = await submitDay(
      [{ workOrderId: "WO-1", address: "1 Main St", lat: 30.1, lng: -91.1, minutes: 25, windowStart: "08:00", windowEnd: "12:00" }],
      [{ techCode: "T114", depot: { lat: 30.45, lng: -91.18 }, shiftStart: "07:00", shiftEnd: "16:30" }],
    );
    expect(jobId).toBe("test-job-123");
    const [, body, config] = vi.mocked(axios.post).mock.calls[0];
    expect(Object.keys((body as any).visits)).toEqual(["WO-1"]);
    expect((config as any).headers.Authorization).toMatch(/^bearer /);
  });
});
""")

add("notebook/decoy-env-reference", "analysis/on_time_rate_by_tech.ipynb",
    "https://docs.python.org/3/library/os.html#os.environ", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# On-time arrival rate by technician, April"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "\n",
    "engine = sa.create_engine(os.environ['ROUTES_RO_URL'])  # set by the JupyterHub spawner\n",
    "stops = pd.read_sql('select tech_code, window_end, arrived_at from dispatch.stops where service_date >= %(d)s', engine, params={'d': '2024-04-01'})"
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
     "text": ["tech_code\n", "T114    0.94\n", "T115    0.91\n", "T120    0.83\n", "Name: on_time, dtype: float64\n"]
    }
   ],
   "source": [
    "stops['on_time'] = stops.arrived_at <= stops.window_end\n",
    "print(stops.groupby('tech_code').on_time.mean().round(2).head(3))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("k8s/decoy-secret-reference", "k8s/routing/deployment.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: route-optimizer
  namespace: routing
spec:
  replicas: 1
  selector:
    matchLabels:
      app: route-optimizer
  template:
    metadata:
      labels:
        app: route-optimizer
    spec:
      containers:
        - name: api
          image: registry.bayoutermite.com/routing/route-optimizer:2024.05.2
          ports:
            - containerPort: 8000
          env:
            - name: OSRM_URL
              value: http://osrm.routing.svc:5000
            - name: MAPBOX_SECRET_TOKEN
              valueFrom:
                secretKeyRef:
                  name: mapbox-tokens
                  key: MAPBOX_SECRET_TOKEN
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: routes-db
                  key: url
          resources:
            requests: {cpu: 250m, memory: 512Mi}
            limits: {cpu: "2", memory: 2Gi}
""")

# ---------------------------------------------------------------------------------------------
# Field technician apps
# ---------------------------------------------------------------------------------------------

add("properties/mapbox-secret-token", "tech-app-android/gradle.properties",
    "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", """
# Project-wide Gradle settings.
org.gradle.jvmargs=-Xmx3g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# Mapbox SDK download (Downloads:Read scope)
MAPBOX_DOWNLOADS_TOKEN=@@secret@@

# Versioning is done by CI
VERSION_NAME=4.12.0
""", mapbox("sk", "greenleafpest"))

_ks_pw = words_pw()
add("properties/android-keystore-password", "tech-app-android/keystore.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
# Release signing for the Greenleaf Tech app (Play upload key)
# Keystore lives on the build Mac: ~/keys/greenleaf-upload.jks
storeFile=/Users/build/keys/greenleaf-upload.jks
storePassword=@@secret@@
keyAlias=greenleaf-upload
keyPassword=@@secret@@
""", _ks_pw)

add("ruby/match-password", "tech-app-ios/fastlane/Fastfile",
    "https://docs.fastlane.tools/actions/match/#encryption-password", """
default_platform(:ios)

ENV["MATCH_PASSWORD"] = "@@secret@@"
ENV["FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT"] = "120"

platform :ios do
  desc "Build and push a TestFlight build of the technician app"
  lane :beta do
    setup_ci if ENV["CI"]
    match(type: "appstore", readonly: true, app_identifier: "com.greenleafpest.tech")
    increment_build_number(build_number: latest_testflight_build_number + 1)
    build_app(scheme: "GreenleafTech", export_method: "app-store", clean: true)
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(message: "Greenleaf Tech #{get_version_number} is on TestFlight") if ENV["SLACK_URL"]
  end

  desc "Refresh development certificates for a new Mac"
  lane :certs do
    match(type: "development", app_identifier: "com.greenleafpest.tech")
  end
end
""", passphrase())

_play_key = pkcs8_rsa()
add("json/gcp-service-account-key", "tech-app-android/play-publisher.json",
    "https://developers.google.com/android-publisher/getting_started#service-account", """
{
  "type": "service_account",
  "project_id": "greenleaf-tech-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "play-publisher@greenleaf-tech-app.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/play-publisher%40greenleaf-tech-app.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", json_escaped(_play_key), kid=hexs(40), cid=str(_rng().randint(10**20, 10**21 - 1)))

add("plist/onesignal-rest-api-key", "tech-app-ios/GreenleafTech/Secrets.plist",
    "https://documentation.onesignal.com/docs/keys-and-ids", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>OneSignalAppId</key>
	<string>@@appid@@</string>
	<key>OneSignalRestApiKey</key>
	<string>@@secret@@</string>
	<key>SupportPhone</key>
	<string>+1-225-555-0142</string>
</dict>
</plist>
""", b64(uuid_s()), appid=uuid_s())

add("typescript/fieldroutes-api-token", "tech-app-rn/src/config/env.ts",
    "https://developer.fieldroutes.com/docs/authentication", """
// Build-time configuration for the React Native technician app.
// NOTE: values here ship inside the bundle.
export const env = {
  apiBase: "https://greenleafpest.pestroutes.com/api",
  officeId: 3,
  fieldRoutes: {
    authenticationKey: "@@key@@",
    authenticationToken: "@@secret@@",
  },
  photoBucket: "greenleaf-inspection-photos",
  syncIntervalMinutes: 5,
  featureFlags: {
    termiteGraph: true,
    wdiReportV2: false,
  },
} as const;

export type Env = typeof env;
""", hexs(32), key=hexs(32))

_aws_id = fakes.aws_key_id(_seed())
add("swift/aws-secret-key", "tech-app-ios/GreenleafTech/Services/PhotoUploader.swift",
    "https://docs.aws.amazon.com/sdk-for-ios/", """
import AWSCore
import AWSS3
import UIKit

/// Uploads inspection photos (termite damage, bait station condition) to S3 while on site.
final class PhotoUploader {
    static let shared = PhotoUploader()

    private init() {
        let credentials = AWSStaticCredentialsProvider(
            accessKey: "@@kid@@",
            secretKey: "@@secret@@"
        )
        let config = AWSServiceConfiguration(region: .USEast2, credentialsProvider: credentials)
        AWSServiceManager.default().defaultServiceConfiguration = config
    }

    func upload(_ image: UIImage, workOrder: String, completion: @escaping (Error?) -> Void) {
        guard let data = image.jpegData(compressionQuality: 0.7) else { return completion(nil) }
        let key = "photos/\\(workOrder)/\\(UUID().uuidString).jpg"
        AWSS3TransferUtility.default().uploadData(data, bucket: "greenleaf-inspection-photos", key: key,
                                                  contentType: "image/jpeg", expression: nil) { _, error in
            completion(error)
        }
    }
}
""", fakes.aws_secret_key(_seed()), kid=_aws_id)

_sv_user, _sv_pw = "tech_sync", rand_pw(14, "!@#")
add("dart/basic-auth-password", "tech-app-flutter/lib/services/sync_service.dart",
    "https://datatracker.ietf.org/doc/html/rfc7617", """
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/work_order.dart';

class SyncService {
  static const _base = 'https://api.servsuite.net/v2/palmettobugbusters';
  static const _auth = 'Basic @@basic@@';

  final http.Client _client;
  SyncService([http.Client? client]) : _client = client ?? http.Client();

  Future<List<WorkOrder>> todaysOrders(String techId) async {
    final res = await _client.get(
      Uri.parse('$_base/technicians/$techId/workorders?date=today'),
      headers: {'Authorization': _auth, 'Accept': 'application/json'},
    );
    if (res.statusCode != 200) {
      throw Exception('sync failed: ${res.statusCode}');
    }
    final items = jsonDecode(res.body) as List<dynamic>;
    return items.map((e) => WorkOrder.fromJson(e as Map<String, dynamic>)).toList();
  }

  Future<void> complete(WorkOrder order) async {
    await _client.post(
      Uri.parse('$_base/workorders/${order.id}/complete'),
      headers: {'Authorization': _auth, 'Content-Type': 'application/json'},
      body: jsonEncode(order.toCompletionJson()),
    );
  }
}
""", _sv_pw, basic=b64(f"{_sv_user}:{_sv_pw}"))

add("kotlin/briostack-api-key", "tech-app-android/app/src/main/java/com/greenleafpest/tech/data/BriostackApi.kt",
    "https://square.github.io/retrofit/", """
package com.greenleafpest.tech.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object BriostackApi {
    private const val BASE_URL = "https://api.briostack.com/v1/"
    private const val API_KEY = "@@secret@@"

    private val auth = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("X-Api-Key", API_KEY)
                .header("X-Company", "greenleaf")
                .build()
        )
    }

    val service: BriostackService by lazy {
        Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(OkHttpClient.Builder().addInterceptor(auth).build())
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(BriostackService::class.java)
    }
}
""", draw(40))

add("xml/pestpac-api-key", "tech-app-android/app/src/main/res/values/api_keys.xml",
    "https://developer.workwave.com/pestpac/docs/authentication", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- PestPac mobile sync (tenant 318842). -->
    <string name="pestpac_base_url" translatable="false">https://api.workwave.com/pestpac/v1/</string>
    <string name="pestpac_tenant_id" translatable="false">318842</string>
    <string name="pestpac_api_key" translatable="false">@@secret@@</string>
    <string name="support_email" translatable="false">techsupport@greenleafpest.com</string>
</resources>
""", draw(32))

_sntry = "sntrys_" + b64(json.dumps({"iat": 1714502211.081, "url": "https://sentry.io",
                                      "region_url": "https://us.sentry.io", "org": "greenleaf-pest"},
                                     separators=(",", ":"))).rstrip("=") + "_" + draw(43, ALNUM + "+/")
add("env/sentry-auth-token", "tech-app-rn/.env.production",
    "https://docs.sentry.io/account/auth-tokens/", """
# used by `npx sentry-expo-upload-sourcemaps` in the release script
SENTRY_ORG=greenleaf-pest
SENTRY_PROJECT=tech-app
SENTRY_AUTH_TOKEN=@@secret@@
EXPO_PUBLIC_API_BASE=https://api.greenleafpest.com
EXPO_PUBLIC_SENTRY_DSN=https://@@dsn@@@o4506998877.ingest.us.sentry.io/4507001122
""", _sntry, dsn=hexs(32))

_p8 = p8_ec()
add("yaml/apple-p8-key", "tech-app-ios/codemagic.yaml",
    "https://docs.codemagic.io/yaml-code-signing/signing-ios/", """
workflows:
  ios-release:
    name: iOS release
    instance_type: mac_mini_m2
    environment:
      vars:
        APP_STORE_CONNECT_ISSUER_ID: @@issuer@@
        APP_STORE_CONNECT_KEY_IDENTIFIER: @@keyid@@
        APP_STORE_CONNECT_PRIVATE_KEY: |
          @@key@@
        BUNDLE_ID: com.greenleafpest.tech
      xcode: 15.3
      cocoapods: default
    scripts:
      - name: Set up signing
        script: |
          keychain initialize
          app-store-connect fetch-signing-files "$BUNDLE_ID" --type IOS_APP_STORE --create
          keychain add-certificates
          xcode-project use-profiles
      - name: Build
        script: xcode-project build-ipa --workspace GreenleafTech.xcworkspace --scheme GreenleafTech
    artifacts:
      - build/ios/ipa/*.ipa
    publishing:
      app_store_connect:
        api_key: $APP_STORE_CONNECT_PRIVATE_KEY
        key_id: $APP_STORE_CONNECT_KEY_IDENTIFIER
        issuer_id: $APP_STORE_CONNECT_ISSUER_ID
        submit_to_testflight: true
""", _p8, issuer=uuid_s(), keyid=draw(10, UPPER_DIGITS), key=_p8.replace("\n", "\n          "))

_asp = "-".join(draw(4, string.ascii_lowercase) for _ in range(4))
add("env/apple-app-specific-password", "tech-app-ios/fastlane/.env.default",
    "https://docs.fastlane.tools/best-practices/continuous-integration/#application-specific-passwords", """
FASTLANE_USER=mobile@greenleafpest.com
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=@@secret@@
FASTLANE_ITC_TEAM_ID=118204551
FASTLANE_TEAM_ID=7Q2XK4M9LB
MATCH_GIT_URL=git@github.com:greenleaf-pest/ios-certificates.git
SLACK_URL=
""", _asp)

add("javascript/datadog-api-key", "tech-app-rn/scripts/upload-sourcemaps.js",
    "https://docs.datadoghq.com/account_management/api-app-keys/", """
#!/usr/bin/env node
// Uploads the Hermes source maps of a release to Datadog RUM so crash stacks are readable.
const { execSync } = require("child_process");
const pkg = require("../package.json");

const DATADOG_API_KEY = "@@secret@@";
const SITE = "us5.datadoghq.com";

const version = pkg.version;
const build = process.env.EAS_BUILD_ID || "local";

for (const platform of ["android", "ios"]) {
  const bundle = `dist/${platform}/index.${platform}.bundle`;
  execSync(
    `npx datadog-ci react-native upload --platform ${platform} --service greenleaf-tech ` +
      `--bundle ${bundle} --sourcemap ${bundle}.map --release-version ${version} --build-version ${build}`,
    { stdio: "inherit", env: { ...process.env, DATADOG_API_KEY, DATADOG_SITE: SITE } },
  );
}
console.log(`source maps for ${version} (${build}) uploaded`);
""", hexs(32))

_az_acct = "palmettotechphotos"
add("csharp/azure-storage-key", "TechApp.Maui/Services/SignatureUploader.cs",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace TechApp.Maui.Services;

/// <summary>Uploads the customer's signature and the service ticket PDF after a visit.</summary>
public class SignatureUploader
{
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=@@acct@@;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(ConnectionString, "service-tickets");

    public async Task<Uri> UploadAsync(string workOrderId, Stream pdf, Stream signaturePng)
    {
        await _container.CreateIfNotExistsAsync(PublicAccessType.None);
        var ticket = _container.GetBlobClient($"{DateTime.UtcNow:yyyy/MM}/{workOrderId}/ticket.pdf");
        await ticket.UploadAsync(pdf, overwrite: true);
        var sig = _container.GetBlobClient($"{DateTime.UtcNow:yyyy/MM}/{workOrderId}/signature.png");
        await sig.UploadAsync(signaturePng, overwrite: true);
        return ticket.Uri;
    }
}
""", b64_bytes(64), acct=_az_acct)

add("python/fcm-server-key", "dispatch/notify/push.py",
    "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests", '''
"""Push "route changed" and "customer not home" notices to technicians' phones."""
import logging

import requests

log = logging.getLogger(__name__)

FCM_URL = "https://fcm.googleapis.com/fcm/send"
FCM_SERVER_KEY = "@@secret@@"


def notify_tech(device_token: str, title: str, body: str, work_order: str | None = None) -> bool:
    payload = {
        "to": device_token,
        "priority": "high",
        "notification": {"title": title, "body": body, "sound": "default"},
        "data": {"work_order": work_order or "", "kind": "route_update"},
    }
    resp = requests.post(FCM_URL, json=payload, timeout=10,
                         headers={"Authorization": f"key={FCM_SERVER_KEY}"})
    ok = resp.ok and resp.json().get("success") == 1
    if not ok:
        log.warning("push to %s... failed: %s", device_token[:12], resp.text[:200])
    return ok
''', fcm_server_key())

# Field app decoys

_fb_key = google_key()
add("typescript/decoy-firebase-web-config", "tech-app-rn/src/firebase.ts",
    "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

// Firebase web config: these identify the project, they are not secrets
// (access is enforced by Security Rules and App Check).
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "greenleaf-tech-app.firebaseapp.com",
  projectId: "greenleaf-tech-app",
  storageBucket: "greenleaf-tech-app.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@appid@@",
  measurementId: "G-@@mid@@",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", key=_fb_key, sender="604118872213", appid=hexs(22), mid=draw(10, UPPER_DIGITS))

add("json/decoy-firebase-config", "tech-app-android/app/google-services.json",
    "https://firebase.google.com/docs/projects/api-keys", """
{
  "project_info": {
    "project_number": "604118872213",
    "project_id": "greenleaf-tech-app",
    "storage_bucket": "greenleaf-tech-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:604118872213:android:@@appid@@",
        "android_client_info": {
          "package_name": "com.greenleafpest.tech"
        }
      },
      "oauth_client": [
        {
          "client_id": "604118872213-@@oc@@.apps.googleusercontent.com",
          "client_type": 3
        }
      ],
      "api_key": [
        {
          "current_key": "@@key@@"
        }
      ],
      "services": {
        "appinvite_service": {
          "other_platform_oauth_client": []
        }
      }
    }
  ],
  "configuration_version": "1"
}
""", appid=hexs(16), oc=draw(32, LOWER_DIGITS), key=google_key())

add("plist/decoy-firebase-config", "tech-app-ios/GreenleafTech/GoogleService-Info.plist",
    "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>604118872213</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.greenleafpest.tech</string>
	<key>PROJECT_ID</key>
	<string>greenleaf-tech-app</string>
	<key>STORAGE_BUCKET</key>
	<string>greenleaf-tech-app.appspot.com</string>
	<key>IS_ADS_ENABLED</key>
	<false/>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
	<key>IS_GCM_ENABLED</key>
	<true/>
	<key>IS_SIGNIN_ENABLED</key>
	<true/>
	<key>GOOGLE_APP_ID</key>
	<string>1:604118872213:ios:@@appid@@</string>
</dict>
</plist>
""", key=google_key(), appid=hexs(22))

add("github-actions/decoy-secret-reference", ".github/workflows/release-android.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: release-android

on:
  push:
    tags: ["android-v*"]

jobs:
  bundle:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: tech-app-android
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "17"
      - name: Restore the upload keystore
        run: echo "${{ secrets.UPLOAD_KEYSTORE_B64 }}" | base64 -d > "$RUNNER_TEMP/upload.jks"
      - name: Build the release bundle
        run: ./gradlew bundleRelease
        env:
          SIGNING_STORE_FILE: ${{ runner.temp }}/upload.jks
          SIGNING_STORE_PASSWORD: ${{ secrets.UPLOAD_STORE_PASSWORD }}
          SIGNING_KEY_ALIAS: greenleaf-upload
          SIGNING_KEY_PASSWORD: ${{ secrets.UPLOAD_KEY_PASSWORD }}
          ORG_GRADLE_PROJECT_MAPBOX_DOWNLOADS_TOKEN: ${{ secrets.MAPBOX_DOWNLOADS_TOKEN }}
      - uses: r0adkll/upload-google-play@v1
        with:
          serviceAccountJsonPlainText: ${{ secrets.PLAY_SERVICE_ACCOUNT_JSON }}
          packageName: com.greenleafpest.tech
          releaseFiles: tech-app-android/app/build/outputs/bundle/release/app-release.aab
          track: internal
""")

add("ruby/decoy-env-reference", "tech-app-ios/fastlane/Matchfile",
    "https://docs.fastlane.tools/actions/match/", """
git_url(ENV.fetch("MATCH_GIT_URL", "git@github.com:greenleaf-pest/ios-certificates.git"))
git_branch("main")
storage_mode("git")

type("development")
app_identifier(["com.greenleafpest.tech", "com.greenleafpest.tech.widgets"])
username(ENV["FASTLANE_USER"])
team_id("7Q2XK4M9LB")

# The encryption passphrase comes from MATCH_PASSWORD (1Password: "iOS match passphrase").
readonly(ENV["CI"] == "true")
""")

add("kotlin/decoy-env-reference", "tech-app-android/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#remove-private-signing-information-from-your-project", """
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

val keystoreProps = Properties().apply {
    val f = rootProject.file("keystore.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

fun signingValue(name: String, env: String): String? = keystoreProps.getProperty(name) ?: System.getenv(env)

android {
    namespace = "com.greenleafpest.tech"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.greenleafpest.tech"
        minSdk = 26
        targetSdk = 34
        versionName = project.findProperty("VERSION_NAME") as String? ?: "0.0.0"
        versionCode = (System.getenv("GITHUB_RUN_NUMBER") ?: "1").toInt()
    }

    signingConfigs {
        create("release") {
            storeFile = signingValue("storeFile", "SIGNING_STORE_FILE")?.let { file(it) }
            storePassword = signingValue("storePassword", "SIGNING_STORE_PASSWORD")
            keyAlias = signingValue("keyAlias", "SIGNING_KEY_ALIAS")
            keyPassword = signingValue("keyPassword", "SIGNING_KEY_PASSWORD")
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
}
""")

add("swift/decoy-config-reference", "tech-app-ios/GreenleafTech/Config/AppConfig.swift",
    "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """
import Foundation

/// Values injected at build time through the xcconfig files (Debug.xcconfig / Release.xcconfig)
/// into Info.plist; nothing secret lives in the app bundle.
enum AppConfig {
    static var apiBaseURL: URL {
        URL(string: value(for: "API_BASE_URL"))!
    }

    static var mapboxPublicToken: String { value(for: "MBXAccessToken") }
    static var sentryDSN: String { value(for: "SENTRY_DSN") }
    static let bundleID = "com.greenleafpest.tech"
    static let appGroup = "group.com.greenleafpest.tech"
    static let keychainService = "com.greenleafpest.tech.session"

    private static func value(for key: String) -> String {
        guard let v = Bundle.main.object(forInfoDictionaryKey: key) as? String, !v.isEmpty else {
            fatalError("Missing \\(key) in Info.plist; check the xcconfig for this configuration")
        }
        return v
    }
}
""")

add("plist/decoy-publishable-key", "tech-app-ios/GreenleafTech/Info.plist",
    "https://docs.mapbox.com/ios/maps/guides/install/#configure-your-public-token", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Greenleaf Tech</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>$(MARKETING_VERSION)</string>
	<key>API_BASE_URL</key>
	<string>$(API_BASE_URL)</string>
	<key>MBXAccessToken</key>
	<string>@@pk@@</string>
	<key>SENTRY_DSN</key>
	<string>$(SENTRY_DSN)</string>
	<key>NSCameraUsageDescription</key>
	<string>Photos of bait stations and termite damage are attached to the service ticket.</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Your location is used to check in at the customer's property.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>location</string>
		<string>remote-notification</string>
	</array>
</dict>
</plist>
""", pk=mapbox("pk", "greenleafpest"))

add("json/decoy-project-id", "tech-app-rn/app.json",
    "https://docs.expo.dev/versions/latest/config/app/", """
{
  "expo": {
    "name": "Greenleaf Tech",
    "slug": "greenleaf-tech",
    "version": "4.12.0",
    "runtimeVersion": { "policy": "appVersion" },
    "updates": {
      "url": "https://u.expo.dev/@@pid@@"
    },
    "ios": {
      "bundleIdentifier": "com.greenleafpest.tech",
      "googleServicesFile": "./GoogleService-Info.plist",
      "config": { "usesNonExemptEncryption": false }
    },
    "android": {
      "package": "com.greenleafpest.tech",
      "googleServicesFile": "./google-services.json",
      "permissions": ["CAMERA", "ACCESS_FINE_LOCATION"]
    },
    "plugins": [["@sentry/react-native/expo", { "organization": "greenleaf-pest", "project": "tech-app" }]],
    "extra": {
      "eas": { "projectId": "@@pid@@" }
    },
    "owner": "greenleaf-pest"
  }
}
""", pid=uuid_s())

add("xml/decoy-public-app-id", "tech-app-android/app/src/main/res/values/ids.xml",
    "https://documentation.onesignal.com/docs/keys-and-ids", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Public identifiers only; the OneSignal REST key and the Facebook app secret stay on the server. -->
    <string name="onesignal_app_id" translatable="false">@@os@@</string>
    <string name="facebook_app_id" translatable="false">@@fb@@</string>
    <string name="facebook_client_token" translatable="false">@@fbct@@</string>
    <string name="default_web_client_id" translatable="false">604118872213-@@oc@@.apps.googleusercontent.com</string>
    <string name="app_group_tag" translatable="false">greenleaf-tech</string>
</resources>
""", os=uuid_s(), fb=str(_rng().randint(10**14, 10**15 - 1)), fbct=hexs(32), oc=draw(32, LOWER_DIGITS))

# ---------------------------------------------------------------------------------------------
# Trap sensors and IoT monitoring
# ---------------------------------------------------------------------------------------------

add("c/lorawan-appkey", "firmware/trap-node/src/config.h",
    "https://www.thethingsindustries.com/docs/devices/concepts/abp-vs-otaa/", """
#ifndef TRAP_NODE_CONFIG_H
#define TRAP_NODE_CONFIG_H

/* Rodent snap-trap node, batch 7 (RAK3172 + reed switch + SHT40).
 * OTAA credentials for the pilot units at the Port Allen warehouse. */

#define LORAWAN_REGION          LORAMAC_REGION_US915
#define LORAWAN_SUBBAND         2

#define DEV_EUI                 "70B3D57ED0061A2F"
#define JOIN_EUI                "0000000000000000"
#define APP_KEY                 "@@secret@@"

#define UPLINK_INTERVAL_S       (6 * 60 * 60)   /* heartbeat every 6 h */
#define TRIGGER_DEBOUNCE_MS     250
#define LOW_BATTERY_MV          2900
#define FPORT_STATUS            1
#define FPORT_TRIGGER           2

#endif /* TRAP_NODE_CONFIG_H */
""", hexu(32))

add("cpp/mqtt-password", "firmware/bait-station-wifi/bait_station_wifi.ino",
    "https://pubsubclient.knolleary.net/api#connect", """
// Wi-Fi bait station monitor (ESP32 + load cell), for restaurant kitchens with guest Wi-Fi.
#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <PubSubClient.h>
#include "HX711.h"
#include "wifi_secrets.h"   // WIFI_SSID / WIFI_PASS per site, not in git

const char* MQTT_HOST = "mqtt.palmettobugbusters.com";
const int   MQTT_PORT = 8883;
const char* MQTT_USER = "bait-station-fleet";
const char* MQTT_PASS = "@@secret@@";

WiFiClientSecure net;
PubSubClient mqtt(net);
HX711 scale;
char topic[64];

void setup() {
  Serial.begin(115200);
  scale.begin(16, 4);
  scale.set_scale(412.7f);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  net.setInsecure();
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
  snprintf(topic, sizeof topic, "stations/%s/weight", WiFi.macAddress().c_str());
}

void loop() {
  if (!mqtt.connected()) {
    mqtt.connect(WiFi.macAddress().c_str(), MQTT_USER, MQTT_PASS);
  }
  float grams = scale.get_units(10);
  char payload[32];
  snprintf(payload, sizeof payload, "{\\"g\\":%.1f}", grams);
  mqtt.publish(topic, payload, true);
  mqtt.loop();
  esp_sleep_enable_timer_wakeup(30ULL * 60 * 1000000);
  esp_deep_sleep_start();
}
""", rand_pw(24))

add("python/ttn-api-key", "iot-bridge/iot_bridge/ttn_uplinks.py",
    "https://www.thethingsindustries.com/docs/api/concepts/auth/", '''
"""Stream trap uplinks from The Things Stack and write trigger events to the monitoring DB."""
from __future__ import annotations

import json
import logging

import requests

from .store import record_trigger

log = logging.getLogger(__name__)

TTS_URL = "https://nam1.cloud.thethings.network/api/v3"
APP_ID = "bayou-rodent-traps"
TTS_API_KEY = "@@secret@@"


def stream() -> None:
    url = f"{TTS_URL}/as/applications/{APP_ID}/packages/storage/uplink_message"
    headers = {"Authorization": f"Bearer {TTS_API_KEY}", "Accept": "text/event-stream"}
    with requests.get(url, headers=headers, params={"last": "6h"}, stream=True, timeout=90) as resp:
        resp.raise_for_status()
        for line in resp.iter_lines():
            if not line:
                continue
            msg = json.loads(line)["result"]
            dev = msg["end_device_ids"]["device_id"]
            decoded = msg["uplink_message"].get("decoded_payload", {})
            if decoded.get("triggered"):
                record_trigger(dev, decoded.get("battery_mv"), msg["received_at"])
                log.info("trap %s triggered", dev)
''', ttn_key())

add("yaml/chirpstack-api-token", "iot-bridge/config/chirpstack.yml",
    "https://www.chirpstack.io/docs/chirpstack/api/index.html", """
# On-prem ChirpStack v4 for the warehouse and food-plant accounts
chirpstack:
  server: chirpstack.trapnet.local:8080
  tls: false
  tenant_id: 52f14cd4-c6f1-4fbd-8f87-4025e1d49242
  application_id: 1f1b3c76-0d53-4f4c-9d1d-b6a7dc9a2cf0
  api_token: @@secret@@

integration:
  mqtt:
    server: tcp://chirpstack.trapnet.local:1883
    topic: application/+/device/+/event/up
  forward:
    webhook: https://monitor.bayoutermite.com/hooks/chirpstack
    batch_size: 50
""", jwt({"aud": "chirpstack", "iss": "chirpstack", "sub": uuid_s(), "typ": "key"}))

_iot_key = pem("RSA")
add("json/aws-iot-device-private-key", "iot/aws-iot/gw-0042/create-keys-and-certificate.json",
    "https://docs.aws.amazon.com/cli/latest/reference/iot/create-keys-and-certificate.html", """
{
    "certificateArn": "arn:aws:iot:us-east-2:481516234200:cert/@@cid@@",
    "certificateId": "@@cid@@",
    "certificatePem": "@@cert@@\\n",
    "keyPair": {
        "PublicKey": "@@pub@@\\n",
        "PrivateKey": "@@secret@@\\n"
    }
}
""", json_escaped(_iot_key), cid=hexs(64), cert=json_escaped(certificate_pem()), pub=json_escaped(public_key_pem()))

add("csharp/azure-iot-hub-key", "IotHubRelay/Program.cs",
    "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas", """
using Azure.Messaging.EventHubs.Consumer;
using Microsoft.Azure.Devices;

// Relays trap-trigger telemetry from IoT Hub to the service API and acknowledges the device.
const string IotHubConnection =
    "HostName=trapnet-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=@@secret@@";
const string EventHubCompatible = "Endpoint=sb://ihsuprodbyres012dednamespace.servicebus.windows.net/;EntityPath=trapnet-hub";

var service = ServiceClient.CreateFromConnectionString(IotHubConnection);
await using var consumer = new EventHubConsumerClient(
    EventHubConsumerClient.DefaultConsumerGroupName,
    Environment.GetEnvironmentVariable("EVENTHUB_CONNECTION") ?? EventHubCompatible);

await foreach (var evt in consumer.ReadEventsAsync())
{
    var deviceId = evt.Data.SystemProperties["iothub-connection-device-id"]?.ToString();
    var body = evt.Data.EventBody.ToString();
    Console.WriteLine($"{DateTime.UtcNow:O} {deviceId} {body}");
    if (body.Contains("\\"triggered\\":true"))
    {
        var ack = new Message(System.Text.Encoding.UTF8.GetBytes("{\\"ack\\":1}"));
        await service.SendAsync(deviceId, ack);
    }
}
""", b64_bytes(32))

add("shell/device-root-password", "scripts/provision_gateway.sh",
    "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# Provision a freshly flashed RAK7268 gateway for a customer site.
# usage: ./provision_gateway.sh <gateway-ip> <site-code>
set -e

GW_IP="$1"
SITE="$2"
GW_ROOT_PW='@@secret@@'

if [ -z "$GW_IP" ] || [ -z "$SITE" ]; then
  echo "usage: $0 <gateway-ip> <site-code>" >&2
  exit 1
fi

sshpass -p "$GW_ROOT_PW" scp -o StrictHostKeyChecking=no files/packet_forwarder.json root@"$GW_IP":/etc/lora/
sshpass -p "$GW_ROOT_PW" ssh -o StrictHostKeyChecking=no root@"$GW_IP" <<REMOTE
uci set system.@system[0].hostname="gw-${SITE}"
uci set lorawan.network.server="chirpstack.trapnet.local"
uci commit
/etc/init.d/lora_pkt_fwd restart
REMOTE

echo "gateway $GW_IP provisioned as gw-${SITE}"
""", words_pw())

add("csv/vendor-portal-password", "it/handover/monitoring_portal_accounts.csv",
    "https://www.rentokil.com/pestconnect", """
system,url,username,password,owner,notes
PestConnect (Rentokil partner),https://portal.pestconnect.example-partner.com,ops@bayoutermite.com,see 1Password,Ops,MFA on Dana's phone
Trapview,https://app.trapview.com,monitoring@bayoutermite.com,see 1Password,Ops,
ChirpStack,http://chirpstack.trapnet.local:8080,admin,@@secret@@,IT,local admin - rotate after pilot
Grafana,https://grafana.trapnet.local,admin,see 1Password,IT,LDAP login preferred
TTN console,https://nam1.cloud.thethings.network,bayoutermite,SSO,IT,
""", rand_pw(16, "!$%"))

_sigfox_login = hexs(24)
add("go/sigfox-api-password", "cmd/sigfox-sync/main.go",
    "https://support.sigfox.com/apidocs", """
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"time"
)

const (
	sigfoxAPI      = "https://api.sigfox.com/v2"
	sigfoxLogin    = "@@login@@"
	sigfoxPassword = "@@secret@@"
	deviceTypeID   = "64b2c1e0f1a2b3c4d5e6f708"
)

type messages struct {
	Data []struct {
		Device string `json:"device"`
		Time   int64  `json:"time"`
		Data   string `json:"data"`
	} `json:"data"`
}

// Polls Sigfox for bait-station messages from the rural accounts without LoRa coverage.
func main() {
	client := &http.Client{Timeout: 20 * time.Second}
	for {
		req, _ := http.NewRequest("GET", sigfoxAPI+"/device-types/"+deviceTypeID+"/messages?limit=100", nil)
		req.SetBasicAuth(sigfoxLogin, sigfoxPassword)
		resp, err := client.Do(req)
		if err != nil {
			log.Printf("poll: %v", err)
		} else {
			var m messages
			_ = json.NewDecoder(resp.Body).Decode(&m)
			resp.Body.Close()
			for _, msg := range m.Data {
				log.Printf("device=%s time=%d payload=%s", msg.Device, msg.Time, msg.Data)
			}
		}
		time.Sleep(10 * time.Minute)
	}
}
""", hexs(32), login=_sigfox_login)

add("rust/particle-access-token", "trap-ingest/src/particle.rs",
    "https://docs.particle.io/reference/cloud-apis/authentication/", """
use serde::Deserialize;

const PARTICLE_API: &str = "https://api.particle.io/v1";
const PARTICLE_TOKEN: &str = "@@secret@@";
const PRODUCT_ID: u32 = 28114;

#[derive(Debug, Deserialize)]
pub struct Device {
    pub id: String,
    pub name: Option<String>,
    pub online: bool,
    pub last_heard: Option<String>,
}

/// Cellular fly-light monitors (Boron) for the food plant accounts.
pub async fn list_devices(client: &reqwest::Client) -> anyhow::Result<Vec<Device>> {
    #[derive(Deserialize)]
    struct Page {
        devices: Vec<Device>,
    }
    let page: Page = client
        .get(format!("{PARTICLE_API}/products/{PRODUCT_ID}/devices"))
        .bearer_auth(PARTICLE_TOKEN)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(page.devices)
}
""", hexs(40))

add("toml/influxdb-token", "trap-ingest/config/production.toml",
    "https://docs.influxdata.com/influxdb/v2/admin/tokens/", """
[server]
bind = "0.0.0.0:8088"
workers = 4

[influx]
url = "https://influx.trapnet.local:8086"
org = "bayou-termite"
bucket = "trap_events"
token = "@@secret@@"

[particle]
product_id = 28114
poll_seconds = 300

[alerts]
trigger_sms = true
offline_after_hours = 26
""", b64_bytes(64))

add("ini/grafana-admin-password", "monitoring/grafana/grafana.ini",
    "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", """
[server]
protocol = https
http_port = 3000
domain = grafana.trapnet.local
cert_file = /etc/grafana/tls/grafana.crt
cert_key = /etc/grafana/tls/grafana.key

[database]
type = sqlite3

[security]
admin_user = admin
admin_password = @@secret@@
disable_gravatar = true
cookie_secure = true

[users]
allow_sign_up = false
default_theme = light

[auth.anonymous]
enabled = false
""", words_pw())

add("javascript/node-red-credential-secret", "monitoring/node-red/settings.js",
    "https://nodered.org/docs/user-guide/runtime/settings-file#flow-file-settings", """
// Node-RED runtime settings for the trap alert flows (glue between TTN, Twilio and PestPac).
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows_trapnet.json",
    flowFilePretty: true,
    credentialSecret: "@@secret@@",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "ops",
            password: "$2b$08$@@hash@@",
            permissions: "*"
        }]
    },
    httpNodeRoot: "/hooks",
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: {
        projects: { enabled: false },
        page: { title: "Trapnet flows" }
    },
    functionGlobalContext: {}
};
""", passphrase(), hash=draw(53, ALNUM + "./"))

add("python/anticimex-client-secret", "sensor-etl/sensor_etl/smart_pull.py",
    "https://www.rfc-editor.org/rfc/rfc6749#section-4.4", '''
"""Nightly pull of SMART sensor events for the accounts we subcontract for."""
from datetime import date, timedelta

import requests

TOKEN_URL = "https://login.smart.anticimex.com/oauth2/token"
EVENTS_URL = "https://api.smart.anticimex.com/partner/v1/events"
CLIENT_ID = "partner-northshore-pest"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": "events.read"},
                         auth=(CLIENT_ID, CLIENT_SECRET), timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]


def yesterday_events() -> list[dict]:
    day = (date.today() - timedelta(days=1)).isoformat()
    resp = requests.get(EVENTS_URL, params={"from": day, "to": day},
                        headers={"Authorization": f"Bearer {token()}"}, timeout=60)
    resp.raise_for_status()
    return resp.json()["items"]


if __name__ == "__main__":
    for event in yesterday_events():
        print(event["siteId"], event["deviceType"], event["eventType"], event["timestamp"])
''', draw(48, URLSAFE))

add("markdown/pestconnect-api-key", "docs/iot/pestconnect-integration.md",
    "https://www.rentokil.com/pestconnect", """
# PestConnect integration (subcontracted accounts)

Rentokil gave us partner access to PestConnect for the two food-plant accounts we service for
them. Alerts come in through their partner API; we poll every 15 minutes.

## Try it

```bash
curl -s https://partner-api.pestconnect.example-partner.com/v2/sites/alerts?since=2024-05-01 \\
  -H "x-api-key: @@secret@@" \\
  -H "Accept: application/json" | jq '.alerts[] | {site, unit, type, raisedAt}'
```

## Mapping

| PestConnect `type` | Our alert | Action |
|--------------------|-----------|--------|
| `RODENT_DETECTED` | `trap_triggered` | dispatch next route day |
| `DEVICE_OFFLINE` | `device_offline` | check at next visit |
| `BATTERY_LOW` | `battery_low` | bring batteries |

Questions: partner-support@ (account manager: Tom R.).
""", draw(40))

_mqtt_pw = fakes.redis_password(_seed())
add("log/mqtt-password", "logs/iot-bridge/uplink-worker-2024-06-11.log",
    "https://www.iana.org/assignments/uri-schemes/prov/mqtt", """
2024-06-11T04:00:00.012Z info  uplink-worker starting (version 1.8.3, pid 2211)
2024-06-11T04:00:00.014Z debug config loaded: {"broker":"mqtts://trapnet-bridge:@@secret@@@mqtt.trapnet.local:8883","topics":["application/+/device/+/event/up"],"qos":1,"clientId":"uplink-worker-1"}
2024-06-11T04:00:00.231Z info  connected to mqtt.trapnet.local:8883
2024-06-11T04:00:00.233Z info  subscribed application/+/device/+/event/up
2024-06-11T04:07:41.880Z info  up dev=trap-ptal-0017 fcnt=4412 rssi=-109 snr=-4.2 triggered=false battery_mv=3011
2024-06-11T04:09:02.115Z info  up dev=trap-ptal-0023 fcnt=3990 rssi=-97 snr=2.5 triggered=true battery_mv=2984
2024-06-11T04:09:02.140Z info  alert queued account=10442 device=trap-ptal-0023 kind=trap_triggered
2024-06-11T04:15:13.502Z warn  dev=trap-ptal-0031 no uplink for 26h, marking offline
""", _mqtt_pw)

add("notebook/postgres-password", "notebooks/trap_capture_trends.ipynb",
    "https://docs.sqlalchemy.org/en/20/core/engines.html#postgresql", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Capture trends per site (Timescale)\n", "For the QA report to the food-plant customers."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "\n",
    "engine = create_engine('postgresql+psycopg2://analyst:@@secret@@@tsdb.trapnet.local:5432/trapnet')\n",
    "df = pd.read_sql(\"select time_bucket('1 week', time) as week, site_id, count(*) as captures from trap_events where triggered group by 1, 2\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "pivot = df.pivot(index='week', columns='site_id', values='captures').fillna(0)\n",
    "pivot.plot(figsize=(12, 5), title='Rodent captures per week')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("dockerfile/mqtt-password", "iot-bridge/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env", """
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src ./src
ENV NODE_ENV=production \\
    HIVEMQ_HOST=3f9a1c2b7d.s1.eu.hivemq.cloud \\
    HIVEMQ_PORT=8883 \\
    HIVEMQ_USER=iot-bridge \\
    HIVEMQ_PASSWORD=@@secret@@
USER node
EXPOSE 8080
CMD ["node", "src/index.js"]
""", rand_pw(20))

_ttn_hook = draw(40)
add("k8s-secret/webhook-signing-secret", "k8s/iot/ttn-webhook-auth.yaml",
    "https://www.thethingsindustries.com/docs/integrations/webhooks/creating-webhooks/", """
apiVersion: v1
kind: Secret
metadata:
  name: ttn-webhook-auth
  namespace: iot
  annotations:
    description: Value TTN sends in the X-Webhook-Token header; the bridge rejects anything else.
type: Opaque
data:
  X_WEBHOOK_TOKEN: @@encoded@@
""", _ttn_hook, encoded=b64(_ttn_hook))

add("ansible/device-admin-password", "ansible/roles/lora_gateway/vars/main.yml",
    "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
# Variables for the RAK gateways at customer sites
gateway_admin_user: admin
gateway_admin_password: "@@secret@@"
gateway_packet_forwarder_port: 1700
gateway_network_server: chirpstack.trapnet.local
gateway_ntp_servers:
  - 0.us.pool.ntp.org
  - 1.us.pool.ntp.org
gateway_lte_apn: m2m.example-carrier.com
gateway_syslog_target: 10.40.0.12
""", words_pw())

add("python/trapview-api-token", "sensor-etl/sensor_etl/trapview.py",
    "https://www.trapview.com/", '''
"""Pheromone trap images and counts (stored-product moths) for the grain-elevator accounts."""
import datetime as dt

import requests

BASE = "https://api.trapview.com/v1"
HEADERS = {"Authorization": "Token @@secret@@", "Accept": "application/json"}


def daily_counts(trap_ids: list[str], day: dt.date) -> dict[str, int]:
    counts: dict[str, int] = {}
    for trap in trap_ids:
        resp = requests.get(f"{BASE}/traps/{trap}/counts", headers=HEADERS,
                            params={"date": day.isoformat()}, timeout=30)
        resp.raise_for_status()
        counts[trap] = sum(item["count"] for item in resp.json()["results"])
    return counts


def over_threshold(counts: dict[str, int], threshold: int = 12) -> list[str]:
    return sorted(trap for trap, n in counts.items() if n >= threshold)
''', hexs(40))

# IoT decoys

_deveuis = ["70B3D57ED0061A" + hexu(2) for _ in range(7)]
add("csv/decoy-device-ids", "provisioning/trap_nodes_batch7.csv",
    "https://www.thethingsindustries.com/docs/devices/concepts/", """
device_id,dev_eui,join_eui,hw_rev,fw,site_code,location,installed
trap-ptal-0017,@@e0@@,0000000000000000,C,2.4.1,PTAL,Dock door 3 exterior,2024-03-04
trap-ptal-0018,@@e1@@,0000000000000000,C,2.4.1,PTAL,Dock door 4 exterior,2024-03-04
trap-ptal-0023,@@e2@@,0000000000000000,C,2.4.1,PTAL,Dry storage NW corner,2024-03-04
trap-ptal-0031,@@e3@@,0000000000000000,C,2.4.1,PTAL,Break room,2024-03-05
trap-gonz-0002,@@e4@@,0000000000000000,D,2.5.0,GONZ,Receiving,2024-04-17
trap-gonz-0003,@@e5@@,0000000000000000,D,2.5.0,GONZ,Palletizer line 2,2024-04-17
trap-gonz-0007,@@e6@@,0000000000000000,D,2.5.0,GONZ,Warehouse rack 14,2024-04-18
""", **{f"e{i}": e for i, e in enumerate(_deveuis)})

add("python/decoy-payload-fixture", "iot-bridge/tests/test_decode.py",
    "https://www.thethingsindustries.com/docs/integrations/payload-formatters/", '''
"""Decoder tests with uplink payloads captured from the pilot traps (frm_payload, base64)."""
import base64

import pytest

from iot_bridge.decode import decode_trap

CASES = [
    ("AQvDAA==", {"triggered": False, "battery_mv": 3011, "temp_c": 0.0}),
    ("AQumAQ==", {"triggered": True, "battery_mv": 2982, "temp_c": 0.0}),
    ("AgtbAQ==", {"triggered": True, "battery_mv": 2907, "temp_c": 0.0}),
]


@pytest.mark.parametrize("frm_payload,expected", CASES)
def test_decode(frm_payload, expected):
    result = decode_trap(base64.b64decode(frm_payload))
    assert result["triggered"] is expected["triggered"]
    assert result["battery_mv"] == expected["battery_mv"]


def test_rejects_short_frames():
    with pytest.raises(ValueError):
        decode_trap(b"\\x01")
''')

add("yaml/decoy-sops-encrypted", "k8s/iot/secrets.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age", """
apiVersion: v1
kind: Secret
metadata:
    name: iot-bridge
    namespace: iot
type: Opaque
stringData:
    TTS_API_KEY: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    HIVEMQ_PASSWORD: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-29T14:02:11Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64_bytes(72), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(18), iv2=b64_bytes(32), t2=b64_bytes(16),
    age=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=b64_bytes(48), a2=b64_bytes(48), mac=b64_bytes(32),
    iv3=b64_bytes(32), t3=b64_bytes(16))

add("csv/decoy-sim-ids", "iot/inventory/lte_sims_2024.csv",
    "https://www.itu.int/rec/T-REC-E.118", """
iccid,imei,msisdn,carrier,plan,device,site_code,status,activated
89014103@@c0@@,35@@i0@@,+12255550161,AT&T IoT,1MB pooled,gw-ptal,PTAL,active,2024-03-01
89014103@@c1@@,35@@i1@@,+12255550162,AT&T IoT,1MB pooled,gw-gonz,GONZ,active,2024-04-15
89148000@@c2@@,35@@i2@@,+13375550119,Verizon ThingSpace,5MB,fly-light-boron-04,LFTF,active,2024-02-20
89148000@@c3@@,35@@i3@@,+13375550120,Verizon ThingSpace,5MB,fly-light-boron-05,LFTF,suspended,2024-02-20
89014103@@c4@@,35@@i4@@,,AT&T IoT,1MB pooled,spare,,inventory,
""", **{f"c{i}": fakes.drawn(_seed(), 11, "0123456789") for i in range(5)},
    **{f"i{i}": fakes.drawn(_seed(), 13, "0123456789") for i in range(5)})

add("c/decoy-placeholder", "firmware/trap-node/src/config.example.h",
    "https://www.thethingsindustries.com/docs/devices/concepts/abp-vs-otaa/", """
#ifndef TRAP_NODE_CONFIG_H
#define TRAP_NODE_CONFIG_H

/* Copy to config.h and fill in from the TTS console (Overview > Activation information).
 * config.h is git-ignored. */

#define LORAWAN_REGION          LORAMAC_REGION_US915
#define LORAWAN_SUBBAND         2

#define DEV_EUI                 "0000000000000000"   /* from the label on the node */
#define JOIN_EUI                "0000000000000000"
#define APP_KEY                 "00000000000000000000000000000000"  /* TODO: per-device key */

#define UPLINK_INTERVAL_S       (6 * 60 * 60)
#define TRIGGER_DEBOUNCE_MS     250
#define LOW_BATTERY_MV          2900

#endif /* TRAP_NODE_CONFIG_H */
""")


def _crc16_table() -> str:
    rows = []
    table = []
    for i in range(256):
        crc = i << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
        table.append(crc & 0xFFFF)
    for i in range(0, 256, 8):
        rows.append("    " + ", ".join(f"0x{v:04X}" for v in table[i:i + 8]) + ",")
    return "\n".join(rows)


add("cpp/decoy-lookup-table", "firmware/trap-node/src/crc16.cpp",
    "https://reveng.sourceforge.io/crc-catalogue/16.htm#crc.cat.crc-16-ibm-3740", """
// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) for the config blocks in flash.
#include <stddef.h>
#include <stdint.h>

static const uint16_t kCrc16Table[256] = {
@@table@@
};

uint16_t crc16_ccitt(const uint8_t* data, size_t len) {
    uint16_t crc = 0xFFFF;
    while (len--) {
        crc = (uint16_t)((crc << 8) ^ kCrc16Table[((crc >> 8) ^ *data++) & 0xFF]);
    }
    return crc;
}
""", table=_crc16_table())

add("python/decoy-rfc-test-vector", "iot-bridge/tests/test_cmac.py",
    "https://www.rfc-editor.org/rfc/rfc4493#section-4", '''
"""AES-CMAC (used for the LoRaWAN MIC) checked against the RFC 4493 test vectors."""
from iot_bridge.lorawan.mic import aes_cmac

# RFC 4493, section 4: K and the examples are published test data, not any device's key.
RFC4493_KEY = bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c")


def test_empty_message():
    assert aes_cmac(RFC4493_KEY, b"").hex() == "bb1d6929e95937287fa37d129b756746"


def test_one_block():
    msg = bytes.fromhex("6bc1bee22e409f96e93d7e117393172a")
    assert aes_cmac(RFC4493_KEY, msg).hex() == "070a16b46b4d4144f79bdd9dd04a287c"


def test_forty_bytes():
    msg = bytes.fromhex(
        "6bc1bee22e409f96e93d7e117393172a"
        "ae2d8a571e03ac9c9eb76fac45af8e51"
        "30c81c46a35ce411"
    )
    assert aes_cmac(RFC4493_KEY, msg).hex() == "dfa66747de9ae63030ca32611497c827"
''')

add("yaml/decoy-device-profile", "iot/chirpstack/device-profiles/snap-trap-v2.yml",
    "https://www.chirpstack.io/docs/chirpstack/use/device-profiles.html", """
name: snap-trap-v2
description: Rodent snap trap with reed switch, RAK3172, class A
id: @@pid@@
tenant_id: 52f14cd4-c6f1-4fbd-8f87-4025e1d49242
region: US915
region_config_id: us915_1
mac_version: LORAWAN_1_0_3
reg_params_revision: RP002_1_0_3
supports_otaa: true
uplink_interval: 21600
device_status_req_interval: 1
payload_codec_runtime: JS
payload_codec_script_sha256: @@sha@@
measurements:
  battery_mv: {kind: GAUGE, name: Battery}
  triggered: {kind: STRING, name: Triggered}
tags:
  product: snap-trap
  hw_rev: C
""", pid=uuid_s(), sha=sha256ish())

add("log/decoy-lorawan-frames", "logs/chirpstack/join-requests-2024-03-04.log",
    "https://lora-alliance.org/resource_hub/lorawan-specification-v1-0-3/", """
2024-03-04T15:02:11Z INFO uplink: JoinRequest dev_eui=70b3d57ed0061a2f join_eui=0000000000000000 dev_nonce=0x@@n0@@ mic=@@m0@@ gw=ac1f09fffe08a3c1 rssi=-71
2024-03-04T15:02:11Z INFO join: JoinAccept sent dev_addr=@@a0@@ rx_delay=5
2024-03-04T15:02:14Z INFO uplink: JoinRequest dev_eui=70b3d57ed0061a30 join_eui=0000000000000000 dev_nonce=0x@@n1@@ mic=@@m1@@ gw=ac1f09fffe08a3c1 rssi=-83
2024-03-04T15:02:14Z INFO join: JoinAccept sent dev_addr=@@a1@@ rx_delay=5
2024-03-04T15:05:40Z INFO uplink: UnconfirmedDataUp dev_addr=@@a0@@ f_cnt=0 f_port=1 phy_payload=@@p0@@ mic=@@m2@@
2024-03-04T15:05:52Z INFO uplink: UnconfirmedDataUp dev_addr=@@a1@@ f_cnt=0 f_port=1 phy_payload=@@p1@@ mic=@@m3@@
""", n0=hexs(4), n1=hexs(4), m0=hexs(8), m1=hexs(8), m2=hexs(8), m3=hexs(8), a0=hexs(8), a1=hexs(8),
    p0=hexs(34), p1=hexs(34))

add("json/decoy-arn", "iot/aws-iot/trap-gateway-policy.json",
    "https://docs.aws.amazon.com/iot/latest/developerguide/pub-sub-policy.html", """
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "iot:Connect",
      "Resource": "arn:aws:iot:us-east-2:481516234200:client/${iot:Connection.Thing.ThingName}"
    },
    {
      "Effect": "Allow",
      "Action": "iot:Publish",
      "Resource": "arn:aws:iot:us-east-2:481516234200:topic/trapnet/${iot:Connection.Thing.ThingName}/up"
    },
    {
      "Effect": "Allow",
      "Action": "iot:Subscribe",
      "Resource": "arn:aws:iot:us-east-2:481516234200:topicfilter/trapnet/${iot:Connection.Thing.ThingName}/down"
    }
  ]
}
""")

add("terraform/decoy-generated-credential", "infra/iot/iot_core.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iot_certificate", """
resource "aws_iot_thing" "gateway" {
  for_each = toset(var.gateway_names)
  name     = each.value
  attributes = {
    site = split("-", each.value)[1]
  }
}

resource "aws_iot_certificate" "gateway" {
  for_each = aws_iot_thing.gateway
  active   = true
}

resource "aws_iot_thing_principal_attachment" "gateway" {
  for_each  = aws_iot_thing.gateway
  thing     = each.value.name
  principal = aws_iot_certificate.gateway[each.key].arn
}

resource "aws_secretsmanager_secret_version" "gateway_key" {
  for_each      = aws_iot_certificate.gateway
  secret_id     = aws_secretsmanager_secret.gateway_key[each.key].id
  secret_string = each.value.private_key
}

output "gateway_cert_arns" {
  value = { for k, c in aws_iot_certificate.gateway : k => c.arn }
}
""")

add("pem/decoy-certificate", "iot/certs/AmazonRootCA1.pem",
    "https://docs.aws.amazon.com/iot/latest/developerguide/server-authentication.html#server-authentication-certs", """
@@cert@@
""", cert=certificate_pem("MIIDQTCCAimgAwIBAgITBmyfz5m/jAo54vB4ikPmljZbyjANBgkqhkiG9w0BAQsF"))

add("markdown/decoy-placeholder", "iot-bridge/README.md",
    "https://www.thethingsindustries.com/docs/api/concepts/auth/", """
# iot-bridge

Streams trap uplinks from The Things Stack (and ChirpStack for the on-prem sites) into the
monitoring database, and raises alerts for triggered traps and silent devices.

## Running locally

```bash
cp .env.example .env
# TTS_API_KEY=NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
# (create one in the console: Applications > bayou-rodent-traps > API keys, rights: read application traffic)
docker compose up -d db
python -m iot_bridge.ttn_uplinks
```

In production the key comes from the `iot-bridge` secret (SOPS, `k8s/iot/secrets.enc.yaml`).

## Alerts

| Alert | When |
|-------|------|
| `trap_triggered` | uplink with `triggered: true` |
| `device_offline` | no uplink for 26 hours |
| `battery_low` | `battery_mv` under 2900 |
""")

add("toml/decoy-env-reference", "trap-ingest/config/default.toml",
    "https://docs.rs/config/latest/config/", """
# Defaults; production.toml and TRAP_INGEST__* environment variables override these.
[server]
bind = "127.0.0.1:8088"
workers = 2

[influx]
url = "http://localhost:8086"
org = "bayou-termite"
bucket = "trap_events_dev"
token = "${INFLUX_TOKEN}"

[particle]
product_id = 28114
token_env = "PARTICLE_TOKEN"
poll_seconds = 60

[alerts]
trigger_sms = false
offline_after_hours = 26
""")

add("rust/decoy-env-reference", "trap-ingest/src/config.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

#[derive(Debug, Clone)]
pub struct Secrets {
    pub influx_token: String,
    pub particle_token: String,
    pub twilio_auth_token: String,
}

impl Secrets {
    /// Read from the environment (systemd LoadCredential= writes them there); never from files in the repo.
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self {
            influx_token: env::var("INFLUX_TOKEN")?,
            particle_token: env::var("PARTICLE_TOKEN")?,
            twilio_auth_token: env::var("TWILIO_AUTH_TOKEN")?,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn missing_token_is_an_error() {
        std::env::remove_var("INFLUX_TOKEN");
        assert!(super::Secrets::from_env().is_err());
    }
}
""")

add("notebook/decoy-device-ids", "notebooks/bait_consumption_by_station.ipynb",
    "https://pandas.pydata.org/docs/reference/api/pandas.read_parquet.html", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "                         station_id  grams_eaten  visits\n",
       "0  @@s0@@         41.5       3\n",
       "1  @@s1@@         12.0       3\n",
       "2  @@s2@@          0.0       2"
      ]
     },
     "execution_count": 1,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "import pandas as pd\n",
    "df = pd.read_parquet('exports/bait_weights_2024-05.parquet')  # snapshot sha256 @@sha@@\n",
    "df.groupby('station_id').agg(grams_eaten=('delta_g', 'sum'), visits=('visit_id', 'nunique')).reset_index().head(3)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s0=hexs(24), s1=hexs(24), s2=hexs(24), sha=sha256ish())

# ---------------------------------------------------------------------------------------------
# Chemical usage reporting
# ---------------------------------------------------------------------------------------------

add("python/sftp-password", "compliance/compliance/pur_upload.py",
    "https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.connect", '''
"""Monthly pesticide use report (PUR) upload to the county agricultural commissioner's SFTP drop.

Run on the 5th: python -m compliance.pur_upload --month 2024-05
"""
import argparse
import logging
from pathlib import Path

import paramiko

from .pur_export import build_pur_file

log = logging.getLogger("pur_upload")

HOST = "sftp.agcomm-pur.example.gov"
USERNAME = "pco_36114_desertsky"
PASSWORD = "@@secret@@"


def upload(path: Path) -> None:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(HOST, port=22, username=USERNAME, password=PASSWORD, look_for_keys=False)
    try:
        sftp = client.open_sftp()
        sftp.put(str(path), f"/incoming/{path.name}")
        log.info("uploaded %s (%d bytes)", path.name, path.stat().st_size)
    finally:
        client.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--month", required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    upload(build_pur_file(args.month))
''', words_pw())

add("sql/mssql-password", "reporting/sql/create_chem_usage_reader.sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", """
-- Reader login for the chemical usage SSRS reports (ServSuite replica on SQL02)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'chem_reader')
    CREATE LOGIN [chem_reader] WITH PASSWORD = N'@@secret@@',
        DEFAULT_DATABASE = [ServSuiteReplica], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [ServSuiteReplica];
GO
CREATE USER [chem_reader] FOR LOGIN [chem_reader];
ALTER ROLE [db_datareader] ADD MEMBER [chem_reader];
GRANT EXECUTE ON OBJECT::dbo.usp_ChemicalUsageByApplicator TO [chem_reader];
GRANT EXECUTE ON OBJECT::dbo.usp_ChemicalUsageByEpaReg TO [chem_reader];
GO
""", rand_pw(16, "!#%"))

add("xml/mssql-password", "ChemReport/App.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="ServSuite"
         connectionString="Data Source=SQL02\\SERVSUITE;Initial Catalog=ServSuiteReplica;User ID=chem_report;Password=@@secret@@;Encrypt=False"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ReportFolder" value="\\\\fs01\\Compliance\\ChemUsage" />
    <add key="StateFormat" value="LDAF-SPCC" />
    <add key="IncludeRestrictedUseOnly" value="false" />
  </appSettings>
</configuration>
""", words_pw())

add("powershell/smtp-password", "scripts/Send-ChemicalUsageReport.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
<#
.SYNOPSIS
  Emails last month's restricted-use pesticide report to the compliance officer and the state inspector.
#>
param(
    [string]$Month = (Get-Date).AddMonths(-1).ToString('yyyy-MM')
)

$report = "\\\\fs01\\Compliance\\ChemUsage\\RUP_$Month.pdf"
if (-not (Test-Path $report)) {
    throw "Report $report not found; run ChemReport.exe first."
}

$smtpUser = 'compliance@desertskypest.com'
$smtpPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)

Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
    -From $smtpUser -To 'rosa.m@desertskypest.com' -Cc 'pesticide.records@agr.example.gov' `
    -Subject "Restricted-use pesticide records $Month - Desert Sky Pest (Lic. 36114)" `
    -Body "Attached: RUP application records for $Month." -Attachments $report

Write-Host "Sent $report"
""", words_pw())

add("java/ftp-password", "chem-report/src/main/java/com/bayoutermite/report/StateUploader.java",
    "https://commons.apache.org/proper/commons-net/apidocs/org/apache/commons/net/ftp/FTPClient.html", """
package com.bayoutermite.report;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPSClient;

/** Sends the quarterly termite treatment (WDI) report to the state's FTPS drop. */
public final class StateUploader {
    private static final String HOST = "ftps.ldaf-reports.example.gov";
    private static final String USER = "spcc_bayou_4471";
    private static final String PASS = "@@secret@@";

    public void upload(Path report) throws IOException {
        FTPSClient ftp = new FTPSClient("TLS", false);
        ftp.connect(HOST, 21);
        try {
            if (!ftp.login(USER, PASS)) {
                throw new IOException("login refused: " + ftp.getReplyString());
            }
            ftp.execPBSZ(0);
            ftp.execPROT("P");
            ftp.enterLocalPassiveMode();
            ftp.setFileType(FTP.BINARY_FILE_TYPE);
            try (InputStream in = new FileInputStream(report.toFile())) {
                ftp.storeFile("/inbound/" + report.getFileName(), in);
            }
            ftp.logout();
        } finally {
            ftp.disconnect();
        }
    }
}
""", rand_pw(12))

add("properties/mysql-password", "chem-report/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", """
spring.application.name=chem-report
server.port=8085

spring.datasource.url=jdbc:mysql://chemdb.bayou.local:3306/chemlog?useSSL=true&serverTimezone=America/Chicago
spring.datasource.username=chemlog_app
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=5

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

report.output-dir=/srv/chem-report/out
report.state=LA
report.include-restricted-use-only=false
""", rand_pw(20))

add("yaml/smtp-password", "chem-report/src/main/resources/application-prod.yml",
    "https://docs.spring.io/spring-boot/reference/io/email.html", """
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: reports@bayoutermite.com
    password: "@@secret@@"
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true

report:
  schedule: "0 0 6 5 * *"
  recipients:
    - compliance@bayoutermite.com
    - branch-managers@bayoutermite.com
  attach-csv: true

logging:
  level:
    com.bayoutermite.report: INFO
""", words_pw())

add("markdown/state-portal-password", "docs/compliance/annual-pesticide-report.md",
    "https://www.epa.gov/pesticide-worker-safety/certification-standards-pesticide-applicators", """
# Annual pesticide use report: how we file it

Due **January 31** every year. Rosa has done it since 2019; this is her checklist.

1. Run `ChemReport.exe /annual 2023` on the compliance PC. It writes
   `\\\\fs01\\Compliance\\ChemUsage\\Annual_2023.csv`.
2. Open the CSV and check that every row has an EPA Reg. No. and an applicator license number.
   Rows without one are usually techs who typed the product name by hand.
3. Log in to the state portal:
   - URL: https://pesticide-portal.agr.example.gov/pco
   - Business license: 36114
   - Login: `desertsky.compliance`
   - Password: `@@secret@@`
4. *Reports > Annual Use > Upload CSV*, pick the file, and submit.
5. Save the confirmation PDF to `\\\\fs01\\Compliance\\Confirmations\\`.

If the portal rejects a row, it is almost always a discontinued product; map it in
`chemtrack/products.csv` and run step 1 again.
""", words_pw())

add("shell/mysql-password", "cron/nightly_chemlog_backup.sh",
    "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/sh
# /etc/cron.d/chemlog: 30 2 * * * backup /opt/scripts/nightly_chemlog_backup.sh
set -eu

STAMP=$(date +%Y%m%d)
OUT=/backup/chemlog/chemlog_${STAMP}.sql.gz

mysqldump -h chemdb.bayou.local -u backup -p'@@secret@@' \\
  --single-transaction --routines --triggers chemlog | gzip -9 > "$OUT"

# keep 35 days; state rules want 2 years of records, which the monthly copies on the NAS cover
find /backup/chemlog -name 'chemlog_*.sql.gz' -mtime +35 -delete

logger -t chemlog-backup "wrote $OUT ($(du -h "$OUT" | cut -f1))"
""", rand_pw(16))

add("php/mysql-password", "legacy/chemlog/config.php",
    "https://www.php.net/manual/en/function.define.php", """
<?php
// ChemLog 2.3 - chemical inventory and application log (in-house, 2014)
// Included by every page; keep it outside the web root on the new server.

define('DB_HOST', 'localhost');
define('DB_NAME', 'chemlog');
define('DB_USER', 'chemlog');
define('DB_PASSWORD', '@@secret@@');

define('COMPANY_NAME', 'Bayou Termite & Pest Control');
define('STATE_LICENSE', 'SPCC-4471');
define('LOW_STOCK_WARN_GALLONS', 2.5);
define('TIMEZONE', 'America/Chicago');

date_default_timezone_set(TIMEZONE);

$db = new mysqli(DB_HOST, DB_USER, DB_PASSWORD, DB_NAME);
if ($db->connect_errno) {
    die('Database unavailable');
}
$db->set_charset('utf8mb4');
""", words_pw())

add("python/openai-api-key", "compliance/compliance/sds_summarizer.py",
    "https://platform.openai.com/docs/api-reference/authentication", '''
"""Summarize new Safety Data Sheets into the one-page truck binder format (PPE, first aid, spill)."""
from pathlib import Path

from openai import OpenAI
from pypdf import PdfReader

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "You write one-page summaries of pesticide Safety Data Sheets for technicians. "
    "Give: signal word, required PPE, first aid by exposure route, spill cleanup, and storage. "
    "Quote numbers exactly; never invent anything not in the sheet."
)


def summarize(pdf: Path) -> str:
    text = "\\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text[:60000]}],
        temperature=0,
    )
    return resp.choices[0].message.content


if __name__ == "__main__":
    for sheet in sorted(Path("sds/new").glob("*.pdf")):
        out = Path("sds/summaries") / (sheet.stem + ".md")
        out.write_text(summarize(sheet))
        print("wrote", out)
''', fakes.openai_key(_seed()))

add("r/postgres-password", "analysis/chem_usage_by_branch.R",
    "https://rpostgres.r-dbi.org/reference/postgres.html", """
# Pounds of active ingredient per branch per month, for the IPM review with the county.
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.desertsky.local",
  dbname = "servsuite_dw",
  user = "analyst_rosa",
  password = "@@secret@@"
)

usage <- dbGetQuery(con, "
  select branch, date_trunc('month', applied_at) as month, epa_reg_no, sum(ai_lbs) as ai_lbs
  from chem.applications
  where applied_at >= '2023-01-01'
  group by 1, 2, 3")

dbDisconnect(con)

usage %>%
  group_by(branch, month) %>%
  summarise(ai_lbs = sum(ai_lbs), .groups = "drop") %>%
  ggplot(aes(month, ai_lbs, colour = branch)) +
  geom_line() +
  labs(title = "Active ingredient applied per month", y = "lbs a.i.")

ggsave("out/ai_by_branch.png", width = 10, height = 5)
""", rand_pw(14))

add("toml/snowflake-password", "chemtrack/.streamlit/secrets.toml",
    "https://docs.streamlit.io/develop/api-reference/connections/secrets.toml", """
# Streamlit secrets for the chemical usage dashboard (Streamlit Community Cloud)

[connections.snowflake]
account = "xy41822.us-east-2.aws"
user = "CHEMTRACK_APP"
password = "@@secret@@"
role = "REPORTING"
warehouse = "REPORTING_XS"
database = "PEST_DW"
schema = "CHEM"

[app]
default_branch = "PHX"
show_restricted_use = true
""", words_pw())

add("vbnet/mssql-password", "ChemReport.Legacy/Module1.vb",
    "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
Imports System.Data.SqlClient
Imports System.IO

Module Module1
    ' Legacy monthly export used until the Java service replaces it (ask Rosa before deleting).
    Private Const ConnStr As String =
        "Server=SQL02\\SERVSUITE;Database=ServSuiteReplica;User Id=chem_export;Password=@@secret@@;"

    Sub Main(args As String())
        Dim month As String = If(args.Length > 0, args(0), DateTime.Today.AddMonths(-1).ToString("yyyy-MM"))
        Using conn As New SqlConnection(ConnStr)
            conn.Open()
            Dim cmd As New SqlCommand("dbo.usp_ChemicalUsageByEpaReg", conn)
            cmd.CommandType = CommandType.StoredProcedure
            cmd.Parameters.AddWithValue("@Month", month)
            Using reader = cmd.ExecuteReader(), writer As New StreamWriter($"ChemUsage_{month}.csv")
                writer.WriteLine("EpaRegNo,Product,Applicator,Gallons")
                While reader.Read()
                    writer.WriteLine($"{reader("EpaRegNo")},{reader("Product")},{reader("Applicator")},{reader("Gallons")}")
                End While
            End Using
        End Using
    End Sub
End Module
""", rand_pw(14, "#!"))

add("ini/mssql-password", "chemtrack/odbc.ini",
    "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[ODBC Data Sources]
ServSuiteDW = ODBC Driver 18 for SQL Server

[ServSuiteDW]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:sql02.desertsky.local,1433
Database = ServSuiteReplica
UID = chemtrack_ro
PWD = @@secret@@
Encrypt = yes
TrustServerCertificate = yes
ApplicationIntent = ReadOnly
""", words_pw())

add("vba/mssql-password", "reports/ChemUsageWorkbook/modRefresh.bas",
    "https://learn.microsoft.com/en-us/office/client-developer/access/desktop-database-reference/connectionstring-property-ado", """
Attribute VB_Name = "modRefresh"
Option Explicit

' Refreshes the "Usage" sheet of the branch managers' chemical usage workbook.
Public Sub RefreshUsage()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=SQL02\\SERVSUITE;Initial Catalog=ServSuiteReplica;" & _
            "User ID=excel_reports;Password=@@secret@@;"

    Set rs = cn.Execute("EXEC dbo.usp_ChemicalUsageByApplicator @Month = '" & _
                        Format(DateAdd("m", -1, Date), "yyyy-mm") & "'")

    With ThisWorkbook.Worksheets("Usage")
        .Range("A2:H5000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With

    rs.Close
    cn.Close
    MsgBox "Usage refreshed.", vbInformation
End Sub
""", words_pw())

# Chemical reporting decoys

add("csv/decoy-epa-registration", "exports/chemical_usage_2024-05.csv",
    "https://www.epa.gov/pesticide-registration/pesticide-product-label-system", """
applied_at,work_order,account_no,applicator,license_no,product,epa_reg_no,lot_no,amount,unit,dilution,target_pest,site
2024-05-02T08:41:00,WO-@@w0@@,10442,Marcus Dupre,LA-CA-118204,Termidor SC,7969-210,@@l0@@,0.8,fl oz,0.06%,subterranean termites,exterior perimeter
2024-05-02T10:15:00,WO-@@w1@@,10517,Marcus Dupre,LA-CA-118204,Advion Cockroach Gel,100-1484,@@l1@@,6,g,,German cockroach,kitchen
2024-05-03T09:02:00,WO-@@w2@@,20988,Ana Guidry,LA-CA-120455,Demand CS,100-1066,@@l2@@,1.2,fl oz,0.03%,general pests,exterior perimeter
2024-05-03T13:47:00,WO-@@w3@@,21004,Ana Guidry,LA-CA-120455,Contrac Blox,12455-79,@@l3@@,8,blocks,,house mouse,bait stations 1-8
2024-05-06T07:55:00,WO-@@w4@@,10442,Travis Landry,LA-CA-119380,Talstar P,279-3206,@@l4@@,1.5,fl oz,0.06%,mosquitoes,yard foliage
""", **{f"w{i}": str(_rng().randint(400000, 499999)) for i in range(5)},
    **{f"l{i}": draw(8, UPPER_DIGITS) for i in range(5)})

add("java/decoy-checksum", "chem-report/src/main/java/com/bayoutermite/report/SdsCatalog.java",
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/MessageDigest.html", """
package com.bayoutermite.report;

import java.util.Map;

/** The SDS revisions we ship in the truck binders, pinned by SHA-256 so an edited PDF is caught. */
public final class SdsCatalog {
    public record Sheet(String product, String epaRegNo, String revision, String sha256) {}

    public static final Map<String, Sheet> SHEETS = Map.of(
        "7969-210", new Sheet("Termidor SC", "7969-210", "2023-08", "@@h0@@"),
        "100-1066", new Sheet("Demand CS", "100-1066", "2022-11", "@@h1@@"),
        "100-1484", new Sheet("Advion Cockroach Gel", "100-1484", "2023-02", "@@h2@@"),
        "279-3206", new Sheet("Talstar P", "279-3206", "2021-06", "@@h3@@"),
        "12455-79", new Sheet("Contrac Blox", "12455-79", "2022-04", "@@h4@@")
    );

    private SdsCatalog() {}
}
""", h0=sha256ish(), h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("xml/decoy-deploy-token-placeholder", "ChemReport/App.Release.config",
    "https://marketplace.visualstudio.com/items?itemName=qetza.replacetokens", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Release transform: the #{...}# tokens are replaced by the Azure DevOps release from the variable group. -->
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="ServSuite"
         connectionString="Data Source=#{SqlServer}#;Initial Catalog=ServSuiteReplica;User ID=#{SqlUser}#;Password=#{SqlPassword}#;Encrypt=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpPassword" value="#{SmtpPassword}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
""")

add("properties/decoy-env-reference", "chem-report/src/main/resources/application-docker.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
# Profile used in the container; every credential comes from the environment.
spring.datasource.url=jdbc:mysql://${DB_HOST:chemdb}:3306/chemlog?useSSL=true
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.mail.username=${SMTP_USER}
spring.mail.password=${SMTP_PASSWORD}
report.ftps.password=${STATE_FTPS_PASSWORD}
report.output-dir=/data/out
""")

add("sql/decoy-encrypted-value", "reporting/sql/applicator_licenses_seed.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PGP-ENC-FUNCS", """
-- Applicator license records. License numbers are public; the DOB column is encrypted with
-- pgp_sym_encrypt under the key in the app's KMS secret, stored here as armored ciphertext.
INSERT INTO chem.applicators (tech_code, full_name, license_no, category, expires_on, dob_enc) VALUES
  ('T114', 'Marcus Dupre',   'LA-CA-118204', '7A/7B', '2025-06-30', decode('@@c0@@', 'hex')),
  ('T120', 'Travis Landry',  'LA-CA-119380', '7A',    '2024-12-31', decode('@@c1@@', 'hex')),
  ('T131', 'Ana Guidry',     'LA-CA-120455', '7A/7B/7C', '2026-03-31', decode('@@c2@@', 'hex')),
  ('T140', 'Lena Richard',   'LA-CA-121077', '7B',    '2025-09-30', decode('@@c3@@', 'hex'));

-- SELECT pgp_sym_decrypt(dob_enc, current_setting('app.pii_key')) FROM chem.applicators;
""", c0="c30d0407030" + hexs(90), c1="c30d0407030" + hexs(90), c2="c30d0407030" + hexs(90), c3="c30d0407030" + hexs(90))

add("markdown/decoy-regulatory-ids", "docs/compliance/label-reference.md",
    "https://www.epa.gov/pesticide-labels/pesticide-product-label-system-ppls-more-information", """
# Label quick reference (products on the trucks)

Always read the label on the container; this table is only for filling in service tickets.

| Product | EPA Reg. No. | EPA Est. No. | Signal word | Max rate | REI / re-entry |
|---------|--------------|--------------|-------------|----------|----------------|
| Termidor SC | 7969-210 | 7969-TX-1 | Caution | 0.125% | when dry |
| Demand CS | 100-1066 | 100-GA-2 | Caution | 0.06% | when dry |
| Advion Cockroach Gel | 100-1484 | 100-NE-3 | Caution | 30 spots/m2 | none |
| Talstar P | 279-3206 | 279-MO-4 | Caution | 0.06% | when dry |
| Contrac Blox | 12455-79 | 12455-WI-1 | Caution | 1-16 blocks/station | n/a |

Lot numbers are on the bottom of the bottle (e.g. `QZ24B0471`); write them on the ticket for
restricted-use products. SDS PDFs: `\\\\fs01\\Compliance\\SDS`, checked by SHA-256 in `SdsCatalog`.
""")

add("sql/decoy-regulatory-ids", "reporting/sql/products_seed.sql",
    "https://www.epa.gov/pesticide-registration/pesticide-registration-manual-chapter-1-overview-requirements-pesticide", """
-- Product master for chemical usage reporting
INSERT INTO chem.products (product_id, name, epa_reg_no, active_ingredient, ai_pct, restricted_use, label_sha256) VALUES
  ('@@u0@@', 'Termidor SC', '7969-210', 'fipronil', 9.10, false, '@@h0@@'),
  ('@@u1@@', 'Demand CS', '100-1066', 'lambda-cyhalothrin', 9.70, false, '@@h1@@'),
  ('@@u2@@', 'Advion Cockroach Gel', '100-1484', 'indoxacarb', 0.60, false, '@@h2@@'),
  ('@@u3@@', 'Talstar P', '279-3206', 'bifenthrin', 7.90, false, '@@h3@@'),
  ('@@u4@@', 'Vikane', '62719-4', 'sulfuryl fluoride', 99.80, true, '@@h4@@');
""", **{f"u{i}": uuid_s() for i in range(5)}, **{f"h{i}": sha256ish() for i in range(5)})

add("toml/decoy-ci-token-reference", "compliance/pyproject.toml",
    "https://python-semantic-release.readthedocs.io/en/latest/configuration.html", """
[project]
name = "compliance"
version = "1.9.2"
description = "Pesticide use reporting, SDS summaries and state uploads"
requires-python = ">=3.11"
dependencies = ["paramiko>=3.4", "openai>=1.30", "pypdf>=4.2", "pandas>=2.2"]

[project.scripts]
pur-upload = "compliance.pur_upload:main"

[tool.semantic_release]
version_toml = ["pyproject.toml:project.version"]
branch = "main"

[tool.semantic_release.remote]
type = "gitlab"
token = { env = "GL_TOKEN" }

[tool.pytest.ini_options]
addopts = "-q"
""")

add("yaml/decoy-vault-reference", "compliance/config/upload.yaml",
    "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
# Where the monthly uploads go. Credentials are rendered by vault-agent into /run/secrets at start.
state_upload:
  protocol: sftp
  host: sftp.agcomm-pur.example.gov
  username: pco_36114_desertsky
  password_file: /run/secrets/pur_sftp_password
  vault_path: secret/data/compliance/pur-sftp
  remote_dir: /incoming
sds:
  summaries_dir: sds/summaries
  openai_key_file: /run/secrets/openai_api_key
retention:
  local_months: 24
""")

# ---------------------------------------------------------------------------------------------
# Customer portals and billing
# ---------------------------------------------------------------------------------------------

add("env/stripe-secret-key", "customer-portal/.env.production",
    "https://docs.stripe.com/keys", """
NODE_ENV=production
PORT=3000
PUBLIC_URL=https://my.northshorepest.com
DATABASE_URL=postgres://portal@portal-db.internal:5432/portal?sslmode=require
SESSION_TTL_HOURS=12
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_WEBHOOK_SECRET=
AUTOPAY_DAY_OF_MONTH=1
PESTPAC_TENANT_ID=318842
SUPPORT_PHONE=+1-985-555-0113
""", stripe_key("sk_live_"), pk=stripe_key("pk_live_"))

add("python/stripe-webhook-secret", "customer-portal-api/billing/webhooks.py",
    "https://docs.stripe.com/webhooks#verify-official-libraries", '''
"""Stripe webhooks: mark invoices paid in PestPac and pause service on failed autopay."""
import logging

import stripe
from flask import Blueprint, abort, request

from .pestpac import mark_invoice_paid, flag_account_past_due

log = logging.getLogger(__name__)
bp = Blueprint("stripe_webhooks", __name__)

ENDPOINT_SECRET = "@@secret@@"


@bp.post("/webhooks/stripe")
def stripe_webhook():
    payload = request.get_data()
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, signature, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)

    obj = event["data"]["object"]
    if event["type"] == "invoice.paid":
        mark_invoice_paid(obj["metadata"]["pestpac_invoice"], obj["amount_paid"] / 100)
    elif event["type"] == "invoice.payment_failed":
        flag_account_past_due(obj["customer"], attempt=obj.get("attempt_count", 1))
    else:
        log.debug("ignored %s", event["type"])
    return {"received": True}
''', whsec())

add("ruby/stripe-restricted-key", "customer-portal-rails/config/initializers/stripe.rb",
    "https://docs.stripe.com/keys#limit-access", """
# Restricted key: invoices + customers (write), payment methods (read). Created 2024-02 by Jen.
Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-04-10"
Stripe.max_network_retries = 2

Rails.application.config.x.stripe = {
  autopay_price_id: "price_1OzQ2bJk8VXn4LrT6aUe9YqW",
  portal_return_url: "https://my.summitpestdefense.com/billing"
}
""", stripe_short("rk_live_") + draw(75))

_anet_login = draw(10)
add("php/authorize-net-transaction-key", "wp-content/plugins/redline-quote-pay/includes/class-authnet-gateway.php",
    "https://developer.authorize.net/api/reference/index.html#authentication", """
<?php
/**
 * Authorize.Net gateway for the "pay your first service" step of the online quote form.
 */
class Redline_Authnet_Gateway {
    const API_LOGIN_ID    = '@@login@@';
    const TRANSACTION_KEY = '@@secret@@';
    const ENDPOINT        = 'https://api.authorize.net/xml/v1/request.api';

    public function charge( $opaque_data, $amount, $invoice ) {
        $body = array(
            'createTransactionRequest' => array(
                'merchantAuthentication' => array(
                    'name'           => self::API_LOGIN_ID,
                    'transactionKey' => self::TRANSACTION_KEY,
                ),
                'transactionRequest' => array(
                    'transactionType' => 'authCaptureTransaction',
                    'amount'          => number_format( $amount, 2, '.', '' ),
                    'payment'         => array( 'opaqueData' => $opaque_data ),
                    'order'           => array( 'invoiceNumber' => $invoice ),
                ),
            ),
        );
        $response = wp_remote_post( self::ENDPOINT, array(
            'headers' => array( 'Content-Type' => 'application/json' ),
            'body'    => wp_json_encode( $body ),
            'timeout' => 30,
        ) );
        return json_decode( wp_remote_retrieve_body( $response ), true );
    }
}
""", draw(16), login=_anet_login)

add("javascript/square-access-token", "portal-api/src/payments/square.js",
    "https://developer.squareup.com/docs/build-basics/access-tokens", """
const { Client, Environment } = require("square");
const crypto = require("crypto");

// Production access token for the Redline Exterminating seller account.
const client = new Client({
  environment: Environment.Production,
  accessToken: "@@secret@@",
});

const LOCATION_ID = "L8Q2XK9J4M1ZB";

async function chargeCard(sourceId, cents, invoiceNo) {
  const { result } = await client.paymentsApi.createPayment({
    sourceId,
    idempotencyKey: crypto.randomUUID(),
    amountMoney: { amount: BigInt(cents), currency: "USD" },
    locationId: LOCATION_ID,
    referenceId: invoiceNo,
    note: `Invoice ${invoiceNo}`,
  });
  return result.payment;
}

module.exports = { chargeCard };
""", square_token())

add("yaml/square-oauth-secret", "portal-api/config/square.yml",
    "https://developer.squareup.com/docs/oauth-api/overview", """
# Square OAuth app used to connect each franchise location's seller account
square:
  environment: production
  application_id: sq0idp-@@appid@@
  application_secret: @@secret@@
  redirect_uri: https://portal.redlineexterminating.com/square/callback
  scopes:
    - PAYMENTS_WRITE
    - PAYMENTS_READ
    - CUSTOMERS_WRITE
    - INVOICES_WRITE
  token_refresh_days: 7
""", square_secret(), appid=draw(22, URLSAFE))

add("java/braintree-private-key", "billing-service/src/main/java/com/summitpest/billing/BraintreeConfig.java",
    "https://developer.paypal.com/braintree/docs/start/hello-server/java", """
package com.summitpest.billing;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BraintreeConfig {

    @Bean
    public BraintreeGateway braintreeGateway() {
        return new BraintreeGateway(
            Environment.PRODUCTION,
            "@@merchant@@",
            "@@public@@",
            "@@secret@@"
        );
    }
}
""", hexs(32), merchant=draw(16, LOWER_DIGITS), public=draw(16, LOWER_DIGITS))

add("typescript/paypal-client-secret", "customer-portal/server/paypal.ts",
    "https://developer.paypal.com/api/rest/authentication/", """
const PAYPAL_API = "https://api-m.paypal.com";
const CLIENT_ID = "@@cid@@";
const CLIENT_SECRET = "@@secret@@";

let cached: { token: string; expires: number } | null = null;

export async function paypalToken(): Promise<string> {
  if (cached && cached.expires > Date.now() + 60_000) return cached.token;
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: "POST",
    headers: {
      Authorization: "Basic " + Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64"),
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  });
  if (!res.ok) throw new Error(`paypal token: ${res.status}`);
  const data = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: data.access_token, expires: Date.now() + data.expires_in * 1000 };
  return cached.token;
}

export async function captureOrder(orderId: string) {
  const res = await fetch(`${PAYPAL_API}/v2/checkout/orders/${orderId}/capture`, {
    method: "POST",
    headers: { Authorization: `Bearer ${await paypalToken()}`, "Content-Type": "application/json" },
  });
  return res.json();
}
""", "E" + draw(79, URLSAFE), cid="A" + draw(79, URLSAFE))

add("python/intuit-client-secret", "billing/billing/qbo_sync.py",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", '''
"""Post each day's PestPac invoices and payments to QuickBooks Online."""
import json
from pathlib import Path

from intuitlib.client import AuthClient
from quickbooks import QuickBooks
from quickbooks.objects.invoice import Invoice

TOKENS = Path("/var/lib/qbo/tokens.json")

auth_client = AuthClient(
    client_id="AB@@cid@@",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://billing.cardinalpestlawn.com/qbo/callback",
)


def qbo() -> QuickBooks:
    saved = json.loads(TOKENS.read_text())
    auth_client.refresh(refresh_token=saved["refresh_token"])
    saved["refresh_token"] = auth_client.refresh_token
    TOKENS.write_text(json.dumps(saved))
    return QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token,
                      company_id=saved["realm_id"])


def post_invoice(client: QuickBooks, inv: dict) -> str:
    invoice = Invoice.from_json(inv)
    invoice.save(qb=client)
    return invoice.Id
''', draw(40), cid=draw(48))

add("json/intuit-refresh-token", "billing/var/qbo_tokens.json",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/faq", """
{
  "realm_id": "9130356729841124",
  "access_token_expires_at": "2024-06-04T14:12:09Z",
  "refresh_token": "@@secret@@",
  "refresh_token_expires_at": "2024-09-12T13:12:09Z",
  "token_type": "bearer",
  "environment": "production"
}
""", "AB11" + fakes.drawn(_seed(), 13, "0123456789") + draw(33))

add("csharp/xero-client-secret", "Billing.Xero/XeroSettings.cs",
    "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """
namespace Billing.Xero;

/// <summary>Xero custom connection for the Gulf Coast branch's books.</summary>
public static class XeroSettings
{
    public const string ClientId = "@@cid@@";
    public const string ClientSecret = "@@secret@@";
    public const string Scopes = "accounting.transactions accounting.contacts accounting.settings.read";
    public const string TokenUrl = "https://identity.xero.com/connect/token";
    public const string ApiBase = "https://api.xero.com/api.xro/2.0";

    public static readonly string[] RevenueAccounts =
    {
        "4000", // General pest
        "4010", // Termite
        "4020", // Mosquito
        "4030", // Wildlife
    };
}
""", draw(48, URLSAFE), cid=hexu(32))

add("go/twilio-auth-token", "portal-api/internal/notify/twilio.go",
    "https://www.twilio.com/docs/iam/credentials/api", """
package notify

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const (
	twilioAccountSID = "AC@@sid@@"
	twilioAuthToken  = "@@secret@@"
	messagingService = "MG@@mg@@"
)

// SendOnTheWay texts the customer when the technician starts driving to them.
func SendOnTheWay(to, techName, eta string) error {
	form := url.Values{}
	form.Set("To", to)
	form.Set("MessagingServiceSid", messagingService)
	form.Set("Body", fmt.Sprintf("Northshore Pest: %s is on the way, arriving around %s. Reply STOP to opt out.", techName, eta))

	endpoint := fmt.Sprintf("https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json", twilioAccountSID)
	req, err := http.NewRequest(http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(twilioAccountSID, twilioAuthToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("twilio: %s", resp.Status)
	}
	return nil
}
""", hexs(32), sid=hexs(32), mg=hexs(32))

add("k8s/sendgrid-api-key", "k8s/portal/configmap.yaml",
    "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: portal-config
  namespace: portal
data:
  PUBLIC_URL: https://my.northshorepest.com
  MAIL_FROM: "Northshore Pest Control <service@northshorepest.com>"
  SENDGRID_API_KEY: "@@secret@@"
  SENDGRID_TEMPLATE_REMINDER: d-4f0c5a1e2b9d4c7e8a6b3f1d2e0c9b8a
  SENDGRID_TEMPLATE_RECEIPT: d-9a8b7c6d5e4f4a3b2c1d0e9f8a7b6c5d
  REMINDER_DAYS_BEFORE: "2"
""", sendgrid_key())

add("python/django-secret-key", "customer-portal-django/pestportal/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["portal.cardinalpestlawn.com"]
CSRF_TRUSTED_ORIGINS = ["https://portal.cardinalpestlawn.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "pestportal",
        "USER": "pestportal",
        "HOST": "db.cardinal.internal",
        "OPTIONS": {"passfile": "/etc/pestportal/.pgpass", "sslmode": "require"},
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
''', fakes.django_secret_key(_seed()))

add("yaml/rails-secret-key-base", "customer-portal-rails/config/secrets.yml",
    "https://guides.rubyonrails.org/v5.1/security.html#custom-credentials", """
# Be sure to restart your server when you modify this file.

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "dev-only-not-secret" %>

test:
  secret_key_base: test-only-not-secret

production:
  secret_key_base: @@secret@@
  pestpac_tenant_id: 318842
""", hexs(128))

add("env/laravel-app-key", "quote-site/.env",
    "https://laravel.com/docs/11.x/encryption#configuration", """
APP_NAME="Redline Exterminating"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://quote.redlineexterminating.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=quotes
DB_USERNAME=quotes

MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.redlineexterminating.com
""", "base64:" + b64_bytes(32))

add("php/mailgun-api-key", "quote-site/config/services.php",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET', '@@secret@@'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme' => 'https',
    ],

    'google_places' => [
        'key' => env('GOOGLE_PLACES_KEY'),
    ],

    'pestpac' => [
        'tenant' => env('PESTPAC_TENANT_ID', '318842'),
        'lead_source' => 'Website Quote',
    ],

];
""", mailgun_key())

add("typescript/jwt-signing-secret", "customer-portal/src/server/auth/session.ts",
    "https://github.com/panva/jose/blob/main/docs/jwt/sign/classes/SignJWT.md", """
import { SignJWT, jwtVerify } from "jose";

// HS256 key for portal session cookies (customers log in with the emailed magic link).
const SESSION_KEY = new TextEncoder().encode("@@secret@@");

export interface Session {
  accountNo: string;
  email: string;
}

export async function issue(session: Session): Promise<string> {
  return new SignJWT({ ...session })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setIssuer("my.northshorepest.com")
    .setExpirationTime("12h")
    .sign(SESSION_KEY);
}

export async function verify(token: string): Promise<Session> {
  const { payload } = await jwtVerify(token, SESSION_KEY, { issuer: "my.northshorepest.com" });
  return { accountNo: String(payload.accountNo), email: String(payload.email) };
}
""", draw(48, ALNUM + "!#%&*"))

add("terraform/rds-master-password", "infra/portal/rds.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_subnet_group" "portal" {
  name       = "portal"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "portal" {
  identifier                = "portal-prod"
  engine                    = "postgres"
  engine_version            = "16.2"
  instance_class            = "db.t4g.small"
  allocated_storage         = 50
  db_name                   = "portal"
  username                  = "portal_admin"
  password                  = "@@secret@@"
  db_subnet_group_name      = aws_db_subnet_group.portal.name
  vpc_security_group_ids    = [aws_security_group.portal_db.id]
  backup_retention_period   = 14
  storage_encrypted         = true
  deletion_protection       = true
  skip_final_snapshot       = false
  final_snapshot_identifier = "portal-prod-final"
}
""", rand_pw(24))

add("github-actions/aws-secret-key", ".github/workflows/deploy-portal.yml",
    "https://github.com/aws-actions/configure-aws-credentials", """
name: deploy-portal

on:
  push:
    branches: [main]
    paths: ["customer-portal/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
        working-directory: customer-portal
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: us-east-1
      - name: Upload and invalidate
        run: |
          aws s3 sync customer-portal/dist s3://my-northshorepest-portal --delete
          aws cloudfront create-invalidation --distribution-id E2QX8Z4LM1TB7K --paths "/*"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("compose/redis-password", "customer-portal/docker-compose.prod.yml",
    "https://redis.io/docs/latest/develop/connect/clients/", """
services:
  web:
    image: ghcr.io/northshore-pest/customer-portal:2024.06.1
    env_file: .env.production
    environment:
      REDIS_URL: redis://:@@secret@@@cache:6379/0
      SESSION_STORE: redis
    ports:
      - "127.0.0.1:3000:3000"
    depends_on: [cache]
    restart: always

  cache:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - cache-data:/data
    restart: always

volumes:
  cache-data:
""", fakes.redis_password(_seed()))

_nginx_pw = words_pw()
add("nginx/basic-auth-password", "deploy/nginx/portal.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """
server {
    listen 443 ssl http2;
    server_name my.northshorepest.com;

    ssl_certificate     /etc/letsencrypt/live/my.northshorepest.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/my.northshorepest.com/privkey.pem;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
    }

    # Legacy invoice PDFs still come from the old PestPac export box behind basic auth.
    location /invoices/legacy/ {
        proxy_pass https://exports.northshore.local/pdf/;
        proxy_set_header Authorization "Basic @@basic@@";
        proxy_ssl_verify off;
    }
}
""", _nginx_pw, basic=b64(f"portal:{_nginx_pw}"))

add("markdown/stripe-secret-key", "docs/billing/stripe-cutover.md",
    "https://docs.stripe.com/keys", """
# Stripe cutover (Authorize.Net -> Stripe), June 2024

Owner: Jen (billing), with Kyle for the portal side.

## Keys

The live account is **Summit Pest Defense LLC** (acct_1Nq8LmJk8VXn4LrT).

- Publishable key: in the portal build config, fine to share.
- Secret key for the import script (delete after cutover!):
  `@@secret@@`

## Steps

1. Export card-on-file customers from Authorize.Net CIM (Jen has the CSV).
2. Stripe's migrations team imports the cards; we get a mapping file of `cus_` ids.
3. Run `python scripts/attach_stripe_ids.py mapping.csv` to write the ids onto PestPac accounts.
4. Switch the portal to Stripe (`PAYMENTS_PROVIDER=stripe`) and redeploy.
5. Turn off Authorize.Net recurring billing the same day so nobody is charged twice.
""", stripe_key("sk_live_"))

add("sql/hubspot-private-app-token", "billing/seed/integration_settings.sql",
    "https://developers.hubspot.com/docs/api/private-apps", """
-- Integration settings for the marketing sync (one row per integration)
INSERT INTO integration_settings (provider, enabled, base_url, credential, options, updated_by) VALUES
  ('hubspot', true, 'https://api.hubapi.com', '@@secret@@',
   '{"portal_id": 44190821, "lifecycle_on_first_service": "customer"}', 'kyle'),
  ('pestpac', true, 'https://api.workwave.com/pestpac/v1', NULL,
   '{"tenant_id": 318842}', 'kyle'),
  ('callrail', false, 'https://api.callrail.com/v3', NULL,
   '{"account_id": "ACC8f3c4e2b1d"}', 'kyle');
""", "pat-na1-" + uuid_s())

add("python/callrail-api-key", "crm/crm/callrail_sync.py",
    "https://apidocs.callrail.com/#authentication", '''
"""Attach CallRail call records (source, keyword, recording) to new leads in PestPac."""
import datetime as dt

import requests

CALLRAIL_ACCOUNT = "ACC8f3c4e2b1d"
CALLRAIL_TOKEN = "@@secret@@"
BASE = f"https://api.callrail.com/v3/a/{CALLRAIL_ACCOUNT}"


def calls_since(hours: int = 24) -> list[dict]:
    start = (dt.datetime.utcnow() - dt.timedelta(hours=hours)).isoformat()
    resp = requests.get(f"{BASE}/calls.json",
                        headers={"Authorization": f'Token token="{CALLRAIL_TOKEN}"'},
                        params={"start_date": start, "fields": "source,keywords,recording,customer_phone_number"},
                        timeout=30)
    resp.raise_for_status()
    return resp.json()["calls"]


if __name__ == "__main__":
    for call in calls_since():
        print(call["customer_phone_number"], call["source"], call.get("keywords"))
''', hexs(32))

add("yaml/salesforce-password", "crm/config/salesforce.yml",
    "https://simple-salesforce.readthedocs.io/en/latest/user_guide/examples.html", """
# Commercial accounts (food plants, warehouses) are sold through Salesforce.
salesforce:
  instance: redlineexterminating.my.salesforce.com
  username: integration@redlineexterminating.com
  password: "@@secret@@"
  security_token: ${SF_SECURITY_TOKEN}
  api_version: "60.0"
sync:
  objects:
    - Account
    - Opportunity
    - Service_Agreement__c
  closed_won_stage: "Closed Won"
  create_pestpac_location: true
""", words_pw())

add("shell/slack-webhook", "scripts/overdue_invoice_alert.sh",
    "https://api.slack.com/messaging/webhooks", """
#!/usr/bin/env bash
# Posts accounts more than 60 days past due to #billing every Monday.
set -euo pipefail

WEBHOOK="@@secret@@"

count=$(psql -At -d billing -c "select count(*) from ar.open_invoices where days_past_due > 60")
total=$(psql -At -d billing -c "select to_char(sum(balance), 'FM999,999.00') from ar.open_invoices where days_past_due > 60")

curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\":warning: ${count} accounts over 60 days past due, \\$${total} outstanding. Report: https://metabase.summitpest.local/question/112\\"}" \\
  "$WEBHOOK"
""", slack_webhook())

add("powershell/azure-ad-client-secret", "scripts/Send-InvoiceReminders.ps1",
    "https://learn.microsoft.com/en-us/graph/auth-v2-service", """
# Sends invoice reminder emails from billing@ through Microsoft Graph (app-only auth).
$TenantId     = "@@tenant@@"
$ClientId     = "@@client@@"
$ClientSecret = "@@secret@@"

$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body @{
    client_id     = $ClientId
    client_secret = $ClientSecret
    scope         = "https://graph.microsoft.com/.default"
    grant_type    = "client_credentials"
}

$due = Import-Csv "\\\\fs01\\Billing\\reminders_$(Get-Date -Format yyyyMMdd).csv"
foreach ($row in $due) {
    $mail = @{
        message = @{
            subject      = "Invoice $($row.InvoiceNo) is due"
            body         = @{ contentType = "Text"; content = "Hi $($row.Name), your balance of `$$($row.Balance) is due on $($row.DueDate)." }
            toRecipients = @(@{ emailAddress = @{ address = $row.Email } })
        }
    } | ConvertTo-Json -Depth 6
    Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/billing@cardinalpestlawn.com/sendMail" `
        -Headers @{ Authorization = "Bearer $($token.access_token)" } -ContentType "application/json" -Body $mail
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("log/housecall-pro-api-key", "logs/portal-sync/hcp-import-2024-06-02.log",
    "https://docs.housecallpro.com/docs/housecall-public-api/b87d37ae48a9a-authentication", """
[2024-06-02 06:00:01] INFO hcp-import: start window=2024-06-01
[2024-06-02 06:00:01] DEBUG request GET https://api.housecallpro.com/jobs?scheduled_start_min=2024-06-01&page=1 headers={'Accept': 'application/json', 'Authorization': 'Token @@secret@@'}
[2024-06-02 06:00:02] DEBUG response 200 jobs=50 total_pages=3
[2024-06-02 06:00:03] DEBUG response 200 jobs=50 total_pages=3
[2024-06-02 06:00:04] DEBUG response 200 jobs=17 total_pages=3
[2024-06-02 06:00:04] INFO hcp-import: 117 jobs, 9 new customers, 2 skipped (no address)
[2024-06-02 06:00:05] INFO hcp-import: done
""", hexs(32))

_ds_key = pem("RSA")
add("yaml/rsa-private-key", "customer-portal-api/config/docusign.yml",
    "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/", """
# DocuSign JWT grant for termite contracts (WDI agreements) sent from the portal
docusign:
  base_path: https://na3.docusign.net/restapi
  oauth_host: account.docusign.com
  integration_key: @@ik@@
  impersonated_user_id: @@uid@@
  account_id: @@acct@@
  templates:
    termite_contract: @@tpl@@
  private_key: |
    @@key@@
""", _ds_key, ik=uuid_s(), uid=uuid_s(), acct=uuid_s(), tpl=uuid_s(), key=_ds_key.replace("\n", "\n    "))

add("env/mailchimp-api-key", "crm/.env",
    "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key", """
# seasonal campaign sync (mosquito season, termite swarm season)
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER=us21
MAILCHIMP_AUDIENCE_ID=8f21c4d9e0
SEGMENT_MOSQUITO=Mosquito 2024
SEGMENT_TERMITE=Termite renewals
PESTPAC_EXPORT_DIR=/srv/crm/exports
""", mailchimp_key())

add("kotlin/jobber-client-secret", "billing-jobs/src/main/kotlin/com/lakesidewildlife/billing/JobberAuth.kt",
    "https://developer.getjobber.com/docs/building_your_app/app_authorization", """
package com.lakesidewildlife.billing

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.forms.submitForm
import io.ktor.http.parameters
import kotlinx.serialization.Serializable

@Serializable
data class JobberTokens(val access_token: String, val refresh_token: String)

/** Exchanges the stored refresh token for new Jobber tokens before the nightly invoice export. */
class JobberAuth(private val http: HttpClient) {
    private val clientId = "@@cid@@"
    private val clientSecret = "@@secret@@"

    suspend fun refresh(refreshToken: String): JobberTokens =
        http.submitForm(
            url = "https://api.getjobber.com/api/oauth/token",
            formParameters = parameters {
                append("client_id", clientId)
                append("client_secret", clientSecret)
                append("grant_type", "refresh_token")
                append("refresh_token", refreshToken)
            },
        ).body()
}
""", hexs(64), cid=uuid_s())

add("python/gorilladesk-api-key", "crm/crm/gorilladesk_import.py",
    "https://gorilladesk.com/", '''
"""One-off import of GorillaDesk customers after buying out Lakeside Wildlife's old book."""
import csv

import requests

GD_API = "https://api.gorilladesk.com/v1"
GD_KEY = "@@secret@@"


def customers(page: int = 1) -> dict:
    resp = requests.get(f"{GD_API}/customers", params={"page": page, "per_page": 100},
                        headers={"X-API-KEY": GD_KEY}, timeout=30)
    resp.raise_for_status()
    return resp.json()


with open("gorilladesk_customers.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["id", "name", "email", "phone", "service_address", "balance"])
    page = 1
    while True:
        data = customers(page)
        for c in data["customers"]:
            out.writerow([c["id"], c["name"], c.get("email"), c.get("phone"), c.get("service_address"), c.get("balance")])
        if page >= data["meta"]["total_pages"]:
            break
        page += 1
''', draw(40))

add("ini/postgres-password", "customer-portal-django/alembic.ini",
    "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://pestportal:@@secret@@@db.cardinal.internal:5432/pestportal

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %%(levelname)-5.5s [%%(name)s] %%(message)s
""", rand_pw(20))

add("typescript/recaptcha-secret-key", "quote-widget/src/server/verifyCaptcha.ts",
    "https://developers.google.com/recaptcha/docs/verify", """
// Server-side check of the quote form's reCAPTCHA v3 token before a lead is created.
const RECAPTCHA_SECRET = "@@secret@@";
const MIN_SCORE = 0.5;

interface SiteVerify {
  success: boolean;
  score?: number;
  action?: string;
  "error-codes"?: string[];
}

export async function verifyCaptcha(token: string, ip?: string): Promise<boolean> {
  const body = new URLSearchParams({ secret: RECAPTCHA_SECRET, response: token });
  if (ip) body.set("remoteip", ip);
  const res = await fetch("https://www.google.com/recaptcha/api/siteverify", { method: "POST", body });
  const data = (await res.json()) as SiteVerify;
  return data.success && data.action === "quote" && (data.score ?? 0) >= MIN_SCORE;
}
""", "6L" + draw(38, URLSAFE))

add("yaml/heroku-api-key", "quote-widget/.gitlab-ci.yml",
    "https://devcenter.heroku.com/articles/authentication", """
stages:
  - test
  - deploy

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: ruby:3.2
  variables:
    HEROKU_APP: redline-quote-widget
    HEROKU_API_KEY: "@@secret@@"
  script:
    - gem install dpl
    - dpl --provider=heroku --app=$HEROKU_APP --api-key=$HEROKU_API_KEY
  only:
    - main
""", uuid_s())

add("json/google-oauth-client-secret", "customer-portal-django/config/client_secret_google.json",
    "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """
{
  "web": {
    "client_id": "@@num@@-@@oc@@.apps.googleusercontent.com",
    "project_id": "cardinal-customer-portal",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://portal.cardinalpestlawn.com/accounts/google/login/callback/"],
    "javascript_origins": ["https://portal.cardinalpestlawn.com"]
  }
}
""", gocspx(), num=str(_rng().randint(10**11, 10**12 - 1)), oc=draw(32, LOWER_DIGITS))

add("ruby/postmark-server-token", "customer-portal-rails/config/environments/production.rb",
    "https://postmarkapp.com/developer/api/overview#authentication", """
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "my.summitpestdefense.com", protocol: "https" }

  config.active_record.dump_schema_after_migration = false
  config.i18n.fallbacks = true
end
""", uuid_s())

add("php/shopify-access-token", "shop-sync/src/ShopifyClient.php",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
<?php

namespace DesertSky\\ShopSync;

use GuzzleHttp\\Client;

/**
 * Pushes DIY product stock (bait stations, glue boards) from the warehouse sheet to the web shop.
 */
final class ShopifyClient
{
    private const SHOP = 'desert-sky-pest-supply.myshopify.com';
    private const TOKEN = '@@secret@@';
    private const VERSION = '2024-04';

    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://' . self::SHOP . '/admin/api/' . self::VERSION . '/',
            'headers' => ['X-Shopify-Access-Token' => self::TOKEN, 'Content-Type' => 'application/json'],
            'timeout' => 20,
        ]);
    }

    public function setStock(int $inventoryItemId, int $locationId, int $available): void
    {
        $this->http->post('inventory_levels/set.json', ['json' => [
            'location_id' => $locationId,
            'inventory_item_id' => $inventoryItemId,
            'available' => $available,
        ]]);
    }
}
""", "shpat_" + hexs(32))

# Portal and billing decoys

add("typescript/decoy-publishable-key", "customer-portal/src/components/ServiceMap.tsx",
    "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// Public token (pk.), URL-restricted to my.northshorepest.com in the Mapbox account.
mapboxgl.accessToken = "@@pk@@";

export function ServiceMap({ lat, lng, stations }: { lat: number; lng: number; stations: { id: string; lat: number; lng: number }[] }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const map = new mapboxgl.Map({ container: el.current, style: "mapbox://styles/mapbox/satellite-streets-v12", center: [lng, lat], zoom: 19 });
    stations.forEach((s) => new mapboxgl.Marker({ color: "#2f7d32" }).setLngLat([s.lng, s.lat]).setPopup(new mapboxgl.Popup().setText(`Station ${s.id}`)).addTo(map));
    return () => map.remove();
  }, [lat, lng, stations]);
  return <div ref={el} className="h-80 w-full rounded-lg" aria-label="Bait station map" />;
}
""", pk=mapbox("pk", "northshorepest"))

add("html/decoy-site-key", "quote-widget/public/quote.html",
    "https://developers.google.com/recaptcha/docs/v3", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Free pest inspection quote | Redline Exterminating</title>
  <script src="https://www.google.com/recaptcha/api.js?render=@@site@@"></script>
</head>
<body>
  <form id="quote" action="/api/quote" method="post">
    <label>Name <input name="name" required></label>
    <label>Phone <input name="phone" type="tel" required></label>
    <label>ZIP <input name="zip" pattern="[0-9]{5}" required></label>
    <label>Problem
      <select name="pest">
        <option>Ants</option><option>Roaches</option><option>Termites</option><option>Rodents</option><option>Mosquitoes</option>
      </select>
    </label>
    <input type="hidden" name="captcha">
    <button>Get my quote</button>
  </form>
  <script>
    document.getElementById("quote").addEventListener("submit", function (e) {
      e.preventDefault();
      grecaptcha.ready(function () {
        grecaptcha.execute("@@site@@", { action: "quote" }).then(function (token) {
          e.target.captcha.value = token;
          e.target.submit();
        });
      });
    });
  </script>
</body>
</html>
""", site="6L" + draw(38, URLSAFE))

add("javascript/decoy-publishable-key", "customer-portal/public/js/checkout.js",
    "https://docs.stripe.com/keys#obtain-api-keys", """
// Card-on-file form for autopay. Publishable key only; the PaymentIntent is created server-side.
const stripe = Stripe("@@pk@@");
const elements = stripe.elements({ appearance: { theme: "stripe" } });
const card = elements.create("payment");
card.mount("#payment-element");

document.querySelector("#autopay-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const { clientSecret } = await fetch("/api/billing/setup-intent", { method: "POST" }).then((r) => r.json());
  const { error } = await stripe.confirmSetup({
    elements,
    clientSecret,
    confirmParams: { return_url: window.location.origin + "/billing?autopay=1" },
  });
  if (error) {
    document.querySelector("#card-errors").textContent = error.message;
  }
});
""", pk=stripe_key("pk_live_"))

add("k8s/decoy-secret-manager-reference", "k8s/portal/external-secret.yaml",
    "https://external-secrets.io/latest/provider/aws-secrets-manager/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: portal-secrets
  namespace: portal
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: portal-secrets
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/portal/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/portal/stripe
        property: webhook_secret
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/portal/db
        property: url
""")

add("k8s/decoy-sealed-secret", "k8s/portal/sealed-db-credentials.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: portal-db
  namespace: portal
spec:
  encryptedData:
    username: @@u@@
    password: @@p@@
  template:
    metadata:
      name: portal-db
      namespace: portal
    type: Opaque
""", u="AgB" + b64_bytes(400)[:-4], p="AgC" + b64_bytes(400)[:-4])

add("terraform/decoy-generated-password", "infra/portal/secrets.tf",
    "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "-_."
}

resource "aws_secretsmanager_secret" "portal_db" {
  name        = "prod/portal/db"
  description = "Portal Postgres credentials (rotated by the rotation lambda)"
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id = aws_secretsmanager_secret.portal_db.id
  secret_string = jsonencode({
    username = "portal_admin"
    password = random_password.portal_db.result
    url      = "postgres://portal_admin:${random_password.portal_db.result}@${aws_db_instance.portal.address}:5432/portal"
  })
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}
""")

add("python/decoy-test-fixture", "customer-portal-api/tests/test_webhooks.py",
    "https://docs.stripe.com/webhooks#verify-manually", '''
"""Webhook signature tests: the endpoint secret here is made up for the test and signs our own payloads."""
import hashlib
import hmac
import json
import time

import pytest

from billing import webhooks

TEST_SECRET = "whsec_test_only_not_a_real_secret"


def signed(payload: dict, secret: str = TEST_SECRET) -> tuple[bytes, str]:
    body = json.dumps(payload).encode()
    ts = int(time.time())
    sig = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return body, f"t={ts},v1={sig}"


@pytest.fixture
def client(app, monkeypatch):
    monkeypatch.setattr(webhooks, "ENDPOINT_SECRET", TEST_SECRET)
    return app.test_client()


def test_paid_invoice_is_marked(client, pestpac_stub):
    body, header = signed({"id": "evt_test_1", "type": "invoice.paid",
                           "data": {"object": {"amount_paid": 8900, "metadata": {"pestpac_invoice": "INV-1001"}}}})
    assert client.post("/webhooks/stripe", data=body, headers={"Stripe-Signature": header}).status_code == 200
    assert pestpac_stub.paid == [("INV-1001", 89.0)]


def test_bad_signature_is_rejected(client):
    body, header = signed({"id": "evt_test_2", "type": "invoice.paid"}, secret="wrong")
    assert client.post("/webhooks/stripe", data=body, headers={"Stripe-Signature": header}).status_code == 400
''')

add("log/decoy-redacted", "logs/portal/api-2024-06-03.log",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", """
2024-06-03T13:20:41.118Z INFO  req=@@r0@@ POST /api/billing/setup-intent 200 182ms account=10442
2024-06-03T13:20:41.120Z DEBUG req=@@r0@@ stripe request POST /v1/setup_intents auth=sk_live_****************************wQ7d idempotency=@@idem@@
2024-06-03T13:21:07.554Z INFO  req=@@r1@@ POST /webhooks/stripe 200 41ms event=evt_1PNbQ2Jk8VXn4LrTq0e7Zy5A type=setup_intent.succeeded
2024-06-03T13:22:15.902Z WARN  req=@@r2@@ GET /api/pestpac/invoices 502 5003ms upstream=api.workwave.com headers={"apikey":"[REDACTED]","Authorization":"Bearer [REDACTED]","tenant-id":"318842"}
2024-06-03T13:22:16.010Z INFO  req=@@r3@@ POST /api/login/magic-link 202 12ms email=j***@gmail.com
2024-06-03T13:22:48.337Z INFO  req=@@r4@@ POST /api/autopay 200 640ms account=20988 card=visa ****4242 exp=**/**
""", r0=uuid_s(), r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), r4=uuid_s(), idem=uuid_s())

add("python/decoy-regex", "customer-portal-api/app/logging_filters.py",
    "https://docs.python.org/3/library/logging.html#filter-objects", r'''
"""Scrub credentials and card data from log records before they leave the process."""
import logging
import re

PATTERNS = [
    (re.compile(r"\b(sk|rk)_(live|test)_[0-9a-zA-Z]{20,}"), lambda m: f"{m.group(1)}_{m.group(2)}_****{m.group(0)[-4:]}"),
    (re.compile(r"whsec_[0-9a-zA-Z]{32,}"), lambda m: "whsec_****"),
    (re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(bearer|basic|token)\s+[^\s\"',]+"), lambda m: f"{m.group(1)}{m.group(2)} [REDACTED]"),
    (re.compile(r"(?i)(\"?(?:apikey|api_key|password|client_secret)\"?\s*[:=]\s*\"?)[^\s\",}]+"), lambda m: f"{m.group(1)}[REDACTED]"),
    (re.compile(r"\b(?:\d[ -]?){12}(\d{4})\b"), lambda m: f"****{m.group(1)}"),
    (re.compile(r"\bAKIA[0-9A-Z]{16}\b"), lambda m: "AKIA****"),
]


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern, repl in PATTERNS:
            message = pattern.sub(repl, message)
        record.msg, record.args = message, ()
        return True
''')

add("sql/decoy-password-hash", "customer-portal-django/fixtures/dev_users.sql",
    "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Local development users (docker compose only); password hashes of throwaway dev logins (docs/dev-setup.md).
INSERT INTO auth_user (id, username, email, password, is_staff, is_superuser, is_active, date_joined) VALUES
  (1, 'dev-admin', 'dev-admin@example.com', 'bcrypt_sha256$$2b$12$@@h0@@', true, true, true, now()),
  (2, 'dev-office', 'dev-office@example.com', 'bcrypt_sha256$$2b$12$@@h1@@', true, false, true, now()),
  (3, 'dev-customer', 'dev-customer@example.com', 'bcrypt_sha256$$2b$12$@@h2@@', false, false, true, now());

INSERT INTO portal_account (user_id, pestpac_account_no, service_address) VALUES
  (3, '99999', '123 Example St, Baton Rouge, LA 70801');
""", h0=draw(53, ALNUM + "./"), h1=draw(53, ALNUM + "./"), h2=draw(53, ALNUM + "./"))

add("json/decoy-integrity-hash", "customer-portal/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", """
{
  "name": "customer-portal",
  "version": "2024.6.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "customer-portal",
      "version": "2024.6.1",
      "dependencies": {
        "@stripe/stripe-js": "^3.4.0",
        "jose": "^5.3.0",
        "mapbox-gl": "^3.4.0"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i0@@"
    },
    "node_modules/jose": {
      "version": "5.3.0",
      "resolved": "https://registry.npmjs.org/jose/-/jose-5.3.0.tgz",
      "integrity": "sha512-@@i1@@",
      "funding": {
        "url": "https://github.com/sponsors/panva"
      }
    },
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i0=b64_bytes(64), i1=b64_bytes(64), i2=b64_bytes(64))

add("pem/decoy-public-key", "customer-portal-api/keys/session_jwt_public.pem",
    "https://www.rfc-editor.org/rfc/rfc7468#section-13", """
@@key@@
""", key=public_key_pem())

add("json/decoy-object-ids", "customer-portal-api/tests/fixtures/stripe/invoice.paid.json",
    "https://docs.stripe.com/api/events/object", """
{
  "id": "evt_1PNa@@e@@",
  "object": "event",
  "api_version": "2024-04-10",
  "created": 1717420841,
  "type": "invoice.paid",
  "livemode": false,
  "data": {
    "object": {
      "id": "in_1PNa@@i@@",
      "object": "invoice",
      "customer": "cus_Q@@c@@",
      "subscription": "sub_1Ozq@@s@@",
      "payment_intent": "pi_3PNa@@p@@",
      "charge": "ch_3PNa@@ch@@",
      "amount_due": 8900,
      "amount_paid": 8900,
      "currency": "usd",
      "status": "paid",
      "metadata": {
        "pestpac_invoice": "INV-1001",
        "account_no": "10442"
      }
    }
  },
  "request": {"id": "req_@@rq@@", "idempotency_key": "@@ik@@"}
}
""", e=draw(20), i=draw(20), c=draw(13), s=draw(20), p=draw(20), ch=draw(20), rq=draw(14), ik=uuid_s())

add("compose/decoy-local-dev-default", "customer-portal-django/docker-compose.dev.yml",
    "https://hub.docker.com/_/postgres", """
# Local development only: throwaway containers with the image defaults. Not used in any deployed environment.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: pestportal
    ports:
      - "5432:5432"

  mailpit:
    image: axllent/mailpit:v1.18
    ports:
      - "8025:8025"
      - "1025:1025"

  stripe-mock:
    image: stripe/stripe-mock:v0.186.0
    ports:
      - "12111:12111"

  web:
    build: .
    command: python manage.py runserver 0.0.0.0:8000
    environment:
      DJANGO_SETTINGS_MODULE: pestportal.settings.dev
      DATABASE_URL: postgres://postgres:postgres@db:5432/pestportal
      STRIPE_API_BASE: http://stripe-mock:12111
    depends_on: [db, mailpit, stripe-mock]
""")

add("typescript/decoy-sentry-dsn", "customer-portal/src/sentry.client.config.ts",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import * as Sentry from "@sentry/nextjs";

// The DSN only lets a client send events to this project; Sentry documents it as safe to ship to browsers.
Sentry.init({
  dsn: "https://@@key@@@o4506998877.ingest.us.sentry.io/4507001133",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_ENV ?? "production",
  ignoreErrors: ["ResizeObserver loop limit exceeded"],
});
""", key=hexs(32))

add("html/decoy-public-app-id", "customer-portal/templates/pay_invoice.html",
    "https://developer.squareup.com/docs/web-payments/take-card-payment", """
{% extends "base.html" %}
{% block content %}
<h1>Pay invoice {{ invoice.number }}</h1>
<p>Amount due: ${{ invoice.balance }}</p>
<form id="payment-form">
  <div id="card-container"></div>
  <button id="card-button" type="button">Pay ${{ invoice.balance }}</button>
</form>
<script src="https://web.squarecdn.com/v1/square.js"></script>
<script>
  // Application ID and location ID are public identifiers for the Web Payments SDK.
  const payments = Square.payments("sq0idp-@@app@@", "L8Q2XK9J4M1ZB");
  payments.card().then(async (card) => {
    await card.attach("#card-container");
    document.getElementById("card-button").addEventListener("click", async () => {
      const result = await card.tokenize();
      if (result.status === "OK") {
        await fetch("/api/pay", {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-CSRFToken": "{{ csrf_token }}" },
          body: JSON.stringify({ sourceId: result.token, invoice: "{{ invoice.number }}" }),
        });
        window.location = "/billing?paid=1";
      }
    });
  });
</script>
{% endblock %}
""", app=draw(22, URLSAFE))

add("php/decoy-public-client-id", "quote-site/resources/views/layouts/app.blade.php",
    "https://developer.paypal.com/sdk/js/configuration/#client-id", """
<!doctype html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <meta name="csrf-token" content="{{ csrf_token() }}">
    <title>@yield('title', 'Redline Exterminating')</title>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag('js', new Date());
        gtag('config', 'G-@@ga@@');
    </script>
    <script src="https://www.paypal.com/sdk/js?client-id=@@pp@@&currency=USD&intent=capture"></script>
    @vite(['resources/css/app.css', 'resources/js/app.js'])
</head>
<body class="antialiased">
    @include('partials.header')
    <main>@yield('content')</main>
    @include('partials.footer')
</body>
</html>
""", ga=draw(10, UPPER_DIGITS), pp="A" + draw(79, URLSAFE))

add("javascript/decoy-tokenization-key", "billing-service/src/main/resources/static/js/dropin.js",
    "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key", """
// Braintree Drop-in for one-time termite treatment payments.
// A tokenization key can only tokenize payment methods; it is meant to be embedded in the page.
const TOKENIZATION_KEY = "production_@@a@@_@@m@@";

braintree.dropin.create(
  { authorization: TOKENIZATION_KEY, container: "#dropin-container", card: { cardholderName: { required: true } } },
  (err, instance) => {
    if (err) {
      console.error(err);
      return;
    }
    document.querySelector("#pay").addEventListener("click", () => {
      instance.requestPaymentMethod((error, payload) => {
        if (error) return;
        document.querySelector("#nonce").value = payload.nonce;
        document.querySelector("#payment-form").submit();
      });
    });
  },
);
""", a=draw(8, LOWER_DIGITS), m=draw(16, LOWER_DIGITS))

add("javascript/decoy-search-only-key", "quote-site/resources/js/pest-library-search.js",
    "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

// Search-only key (ACL: search) for the public "pest library" articles index.
const searchClient = algoliasearch("@@app@@", "@@key@@");

const search = instantsearch({ indexName: "pest_library_en", searchClient });
search.addWidgets([
  searchBox({ container: "#pest-search", placeholder: "Search pests (e.g. fire ants, silverfish)" }),
  hits({
    container: "#pest-hits",
    templates: { item: (hit, { html, components }) => html`<a href="${hit.url}">${components.Highlight({ hit, attribute: "title" })}</a>` },
  }),
]);
search.start();
""", app=draw(10, UPPER_DIGITS), key=hexs(32))

add("typescript/decoy-client-token", "customer-portal/src/datadog-rum.ts",
    "https://docs.datadoghq.com/account_management/api-app-keys/#client-tokens", """
import { datadogRum } from "@datadog/browser-rum";

// Client tokens are meant for browsers: they can only submit RUM data and logs.
datadogRum.init({
  applicationId: "@@app@@",
  clientToken: "pub@@tok@@",
  site: "us5.datadoghq.com",
  service: "customer-portal",
  env: "prod",
  version: import.meta.env.VITE_RELEASE,
  sessionSampleRate: 20,
  sessionReplaySampleRate: 0,
  trackUserInteractions: true,
  defaultPrivacyLevel: "mask-user-input",
});
""", app=uuid_s(), tok=hexs(32))

add("typescript/decoy-public-client-id", "office-dashboard/src/auth/msal.ts",
    "https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration", """
import { PublicClientApplication, type Configuration } from "@azure/msal-browser";

// SPA registration (public client, PKCE): no client secret exists for this app.
const msalConfig: Configuration = {
  auth: {
    clientId: "@@client@@",
    authority: "https://login.microsoftonline.com/@@tenant@@",
    redirectUri: "https://dashboard.cardinalpestlawn.com/auth/callback",
  },
  cache: { cacheLocation: "sessionStorage" },
};

export const msal = new PublicClientApplication(msalConfig);
export const loginRequest = { scopes: ["User.Read", "api://@@api@@/Dashboard.Read"] };
""", client=uuid_s(), tenant=uuid_s(), api=uuid_s())

add("python/decoy-env-reference", "customer-portal-django/pestportal/auth/google.py",
    "https://docs.authlib.org/en/latest/client/django.html", '''
"""Sign in with Google for office staff (the customers use magic links)."""
import os

from authlib.integrations.django_client import OAuth

oauth = OAuth()
oauth.register(
    name="google",
    client_id="@@num@@-@@oc@@.apps.googleusercontent.com",
    client_secret=os.environ["GOOGLE_OAUTH_CLIENT_SECRET"],
    server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
    client_kwargs={"scope": "openid email profile", "hd": "cardinalpestlawn.com"},
)


def allowed(userinfo: dict) -> bool:
    return userinfo.get("hd") == "cardinalpestlawn.com" and userinfo.get("email_verified", False)
''', num=str(_rng().randint(10**11, 10**12 - 1)), oc=draw(32, LOWER_DIGITS))

add("go/decoy-account-sid", "portal-api/internal/notify/config.go",
    "https://www.twilio.com/docs/glossary/what-is-a-sid", """
package notify

import "os"

// Config for outbound SMS. SIDs identify the account and messaging service; the auth token is
// read from TWILIO_AUTH_TOKEN at start-up (set from the portal-secrets Kubernetes Secret).
type Config struct {
	AccountSID       string
	MessagingService string
	AuthToken        string
	StatusCallback   string
}

func LoadConfig() Config {
	return Config{
		AccountSID:       "AC@@sid@@",
		MessagingService: "MG@@mg@@",
		AuthToken:        os.Getenv("TWILIO_AUTH_TOKEN"),
		StatusCallback:   "https://api.northshorepest.com/hooks/twilio/status",
	}
}
""", sid=hexs(32), mg=hexs(32))

add("markdown/decoy-redacted", "docs/billing/stripe-webhooks.md",
    "https://docs.stripe.com/webhooks#endpoint-secrets", """
# Stripe webhooks

The portal listens on `https://my.northshorepest.com/webhooks/stripe` for:

- `invoice.paid`: marks the PestPac invoice paid
- `invoice.payment_failed`: flags the account past due after the third attempt
- `setup_intent.succeeded`: turns on autopay

## Signing secret

Each endpoint has its own signing secret (`whsec_...`). Copy it from
Dashboard > Developers > Webhooks > *endpoint* > Signing secret and store it as
`prod/portal/stripe:webhook_secret` in Secrets Manager. Do not paste it here or in Slack.

## Local testing

```bash
stripe listen --forward-to localhost:3000/webhooks/stripe
# > Ready! Your webhook signing secret is whsec_**** (use it as STRIPE_WEBHOOK_SECRET in .env.local)
stripe trigger invoice.paid
```
""")

add("yaml/decoy-env-reference", "customer-portal-rails/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: portal_development

test:
  <<: *default
  database: portal_test

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= ENV["PORTAL_DATABASE_PASSWORD"] %>
""")

add("csv/decoy-object-ids", "exports/autopay_invoices_2024-05.csv",
    "https://docs.stripe.com/api/invoices/object", """
invoice_no,account_no,service,amount,stripe_customer,stripe_invoice,payment_intent,card_brand,card_last4,status,paid_at
INV-1001,10442,Quarterly general pest,89.00,cus_Q@@c0@@,in_1PNa@@i0@@,pi_3PNa@@p0@@,visa,4242,paid,2024-05-01T09:02:11Z
INV-1002,10517,Mosquito barrier (monthly),65.00,cus_Q@@c1@@,in_1PNa@@i1@@,pi_3PNa@@p1@@,mastercard,5100,paid,2024-05-01T09:02:14Z
INV-1003,20988,Termite bait monitoring,45.00,cus_Q@@c2@@,in_1PNa@@i2@@,pi_3PNa@@p2@@,amex,0005,failed,
INV-1004,21004,Rodent exclusion follow-up,120.00,cus_Q@@c3@@,in_1PNa@@i3@@,pi_3PNa@@p3@@,visa,1881,paid,2024-05-01T09:02:19Z
""", **{f"c{i}": draw(13) for i in range(4)}, **{f"i{i}": draw(20) for i in range(4)},
    **{f"p{i}": draw(20) for i in range(4)})

add("yaml/decoy-client-side-id", "customer-portal/config/feature-flags.yml",
    "https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#client-side-id", """
# LaunchDarkly: the client-side ID is public (it is in every page); the server SDK key is in Secrets Manager.
launchdarkly:
  client_side_id: @@cid@@
  server_sdk_key_secret: prod/portal/launchdarkly:sdk_key
  streaming: true
flags:
  autopay-v2:
    default: false
  online-rescheduling:
    default: true
  termite-renewal-upsell:
    default: false
""", cid=hexs(24))

add("env/decoy-test-fixture", "customer-portal/.env.test",
    "https://github.com/stripe/stripe-mock#usage", """
# Test environment: everything points at local mocks.
NODE_ENV=test
DATABASE_URL=postgres://postgres:postgres@localhost:5432/portal_test
STRIPE_API_BASE=http://localhost:12111
STRIPE_SECRET_KEY=sk_test_123
STRIPE_WEBHOOK_SECRET=whsec_test_only_not_a_real_secret
SESSION_KEY=test-session-key-not-secret
PESTPAC_API_BASE=http://localhost:4010
""")

add("json/decoy-ui-strings", "customer-portal/src/i18n/en.json",
    "https://www.i18next.com/misc/json-format", """
{
  "login": {
    "title": "Sign in to your account",
    "email": "Email address",
    "password": "Password",
    "magicLink": "Email me a sign-in link",
    "forgotPassword": "Forgot your password?"
  },
  "billing": {
    "autopay": "Automatic payments",
    "apiKeyHint": "Your account number is on every invoice, top right.",
    "cardOnFile": "Card ending in {{last4}}",
    "token": "Payment method",
    "secretQuestion": "Security question"
  },
  "service": {
    "nextVisit": "Next visit: {{date}}",
    "prepChecklist": "Please remove pet bowls and cover fish tanks before your treatment."
  }
}
""")

add("php/decoy-placeholder", "blog/wp-config.php",
    "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
/**
 * WordPress config for the marketing blog. Real values are injected by the host as environment
 * variables; the salts below are WordPress's own placeholders and are replaced at deploy.
 */
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
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
""")

# ---------------------------------------------------------------------------------------------
# The office IT
# ---------------------------------------------------------------------------------------------

add("powershell/ldap-bind-password", "it/scripts/Sync-TechniciansToAD.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/activedirectory/get-aduser", """
<#
  Creates or disables AD accounts for technicians from the HR export (runs nightly on IT01).
#>
Import-Module ActiveDirectory

$svcPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$svcCred = New-Object System.Management.Automation.PSCredential("CARDINAL\\svc_adsync", $svcPass)
$server  = "dc01.cardinal.local"
$ou      = "OU=Technicians,OU=Staff,DC=cardinal,DC=local"

$hr = Import-Csv "\\\\fs01\\HR\\exports\\active_staff.csv" | Where-Object { $_.Role -eq "Technician" }

foreach ($tech in $hr) {
    $sam = ($tech.First.Substring(0,1) + $tech.Last).ToLower()
    $existing = Get-ADUser -Server $server -Credential $svcCred -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue
    if (-not $existing) {
        New-ADUser -Server $server -Credential $svcCred -Path $ou -Name "$($tech.First) $($tech.Last)" `
            -SamAccountName $sam -UserPrincipalName "$sam@cardinalpestlawn.com" -Title "Service Technician" `
            -Office $tech.Branch -Enabled $false
        Write-Output "created $sam (disabled until first-day setup)"
    }
}

Get-ADUser -Server $server -Credential $svcCred -SearchBase $ou -Filter * |
    Where-Object { $_.SamAccountName -notin ($hr | ForEach-Object { ($_.First.Substring(0,1) + $_.Last).ToLower() }) } |
    Disable-ADAccount -Server $server -Credential $svcCred
""", words_pw())

add("env/backblaze-b2-key", "it/backup/b2.env",
    "https://www.backblaze.com/docs/cloud-storage-application-keys", """
# restic -> Backblaze B2 for the file server and the PestPac report exports
B2_ACCOUNT_ID=005@@kid@@
B2_ACCOUNT_KEY=@@secret@@
RESTIC_REPOSITORY=b2:cardinal-fs01-backup:/restic
RESTIC_PASSWORD_FILE=/root/.config/restic/password
RESTIC_CACHE_DIR=/var/cache/restic
""", b2_app_key(), kid=hexs(22))

_fz_pw = rand_pw(14, "!#")
add("xml/ftp-password", "it/filezilla/sitemanager.xml",
    "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.5" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.chemsupply-distrib.example.com</Host>
            <Port>21</Port>
            <Protocol>4</Protocol>
            <Type>0</Type>
            <User>bayoutermite</User>
            <Pass encoding="base64">@@enc@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Distributor SDS + invoices</Name>
            <RemoteDir>1 0 8 outbound</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
            <DirectoryComparison>0</DirectoryComparison>
        </Server>
    </Servers>
</FileZilla3>
""", _fz_pw, enc=b64(_fz_pw))

add("netrc/git-http-password", "it/dotfiles/netrc",
    "https://everything.curl.dev/usingcurl/netrc.html", """
# ~/.netrc on the build box (chmod 600)
machine git.bayoutermite.local
  login ci-builder
  password @@secret@@

machine exports.northshore.local
  login portal
  password see-1password
""", rand_pw(22))

add("pgpass/postgres-password", "it/dotfiles/pgpass",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
db.cardinal.internal:5432:pestportal:pestportal_ro:@@secret@@
reporting.desertsky.local:5432:*:analyst_rosa:*
localhost:5432:*:postgres:postgres
10.20.0.15:5432:routes:routes:@@secret@@
""", rand_pw(18))

add("markdown/firewall-admin-password", "it/docs/office-network.md",
    "https://docs.fortinet.com/document/fortigate/7.4.3/administration-guide/", """
# Office network (Baton Rouge HQ + Lafayette branch)

## Layout

- ISP: fiber 500/500, static `203.0.113.42/29`, backup LTE on the FortiGate's USB modem.
- FortiGate 60F at HQ (`10.10.0.1`), site-to-site IPsec to the Lafayette 40F (`10.20.0.1`).
- VLANs: 10 office, 20 VoIP (3CX phones), 30 guest, 40 IoT (trap gateways, door controller).
- Switches: 2x Aruba Instant On 1930, managed from the cloud portal (IT@ login).

## Admin access

| Device | URL | User | Password |
|--------|-----|------|----------|
| FortiGate HQ | https://10.10.0.1:8443 | `admin` | `@@secret@@` |
| FortiGate LFT | https://10.20.0.1:8443 | `admin` | in 1Password (IT vault) |
| Instant On | portal.arubainstanton.com | it@bayoutermite.com | SSO |

## Known quirks

1. The 3CX phones lose registration if SIP ALG is on; it is off (`config system settings`).
2. Trap gateways on VLAN 40 may only reach `chirpstack.trapnet.local` and NTP.
3. The LTE failover takes ~90 s; the techs' app queues work orders offline meanwhile.
""", words_pw())

add("python/meraki-api-key", "it/scripts/meraki_client_report.py",
    "https://developer.cisco.com/meraki/api-v1/authorization/", '''
"""Weekly list of wireless clients per branch, to spot personal devices on the office SSID."""
import csv
import datetime as dt

import meraki

dashboard = meraki.DashboardAPI(api_key="@@secret@@", suppress_logging=True)
ORG_ID = "584712"

with open(f"meraki_clients_{dt.date.today():%Y%m%d}.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["network", "description", "mac", "ip", "ssid", "usage_mb"])
    for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
        for client in dashboard.networks.getNetworkClients(net["id"], timespan=7 * 86400, perPage=1000):
            usage = (client["usage"]["sent"] + client["usage"]["recv"]) / 1024
            out.writerow([net["name"], client.get("description"), client["mac"], client.get("ip"),
                          client.get("ssid"), round(usage, 1)])
''', hexs(40))

add("ansible/sip-password", "it/ansible/group_vars/pbx.yml",
    "https://www.3cx.com/docs/sip-trunks/", """
---
# 3CX v20 on pbx01 (Debian 12)
pbx_fqdn: cardinalpest.3cx.us
pbx_admin_email: it@cardinalpestlawn.com
pbx_timezone: America/Chicago

sip_trunk:
  provider: "Example Telecom SIP"
  registrar: sip.example-telecom.net
  auth_id: "2255550100"
  auth_password: "@@secret@@"
  main_number: "+12255550100"
  channels: 8

ring_groups:
  dispatch: [101, 102, 103]
  billing: [110, 111]
after_hours_forward: "+12255550199"
""", rand_pw(16))

add("ansible/gmail-app-password", "it/ansible/roles/printers/defaults/main.yml",
    "https://support.google.com/accounts/answer/185833", """
---
# Scan-to-email on the branch MFPs (Brother MFC-L8900CDW), relayed through Google Workspace.
printer_smtp_server: smtp.gmail.com
printer_smtp_port: 587
printer_smtp_tls: starttls
printer_smtp_user: scanner@bayoutermite.com
printer_smtp_app_password: "@@secret@@"
printer_scan_profiles:
  - name: Service tickets
    to: tickets@bayoutermite.com
  - name: Termite graphs
    to: wdi@bayoutermite.com
printer_admin_pin_from_vault: true
""", draw(16, string.ascii_lowercase))

_reg_pw = rand_pw(24)
add("json/docker-registry-password", "it/build-box/docker-config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
	"auths": {
		"registry.bayoutermite.com": {
			"auth": "@@auth@@"
		},
		"ghcr.io": {}
	},
	"credsStore": "",
	"currentContext": "default",
	"plugins": {
		"-x-cli-hints": {
			"enabled": "true"
		}
	}
}
""", _reg_pw, auth=b64(f"ci-builder:{_reg_pw}"))

add("ini/azure-devops-pat", "it/build-box/pip.conf",
    "https://learn.microsoft.com/en-us/azure/devops/artifacts/quickstarts/python-cli", """
[global]
index-url = https://pypi.org/simple
extra-index-url = https://build:@@secret@@@pkgs.dev.azure.com/cardinalpest/_packaging/internal/pypi/simple/
timeout = 60

[install]
trusted-host = pkgs.dev.azure.com
""", draw(52, "abcdefghijklmnopqrstuvwxyz234567"))

add("npmrc/npm-token", "dispatch-board/.npmrc",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
@greenleaf-pest:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
engine-strict=true
save-exact=true
fund=false
audit-level=high
""", fakes.fake("npm_", 36, _seed()))

add("ini/pypi-token", "it/packaging/pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://pkgs.dev.azure.com/cardinalpest/_packaging/internal/pypi/upload/
username = build
""", fakes.pypi_token(_seed()))

add("github-actions/github-token", ".github/workflows/mirror-to-vendor.yml",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
name: mirror-to-vendor

# Mirrors the integration code to the repo our PestPac consultant works in.
on:
  push:
    branches: [main]
    paths: ["integrations/pestpac/**"]

jobs:
  mirror:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - name: Push subtree
        run: |
          git subtree split --prefix integrations/pestpac -b pestpac-mirror
          git push --force https://x-access-token:@@secret@@@github.com/gulfpest-consulting/northshore-pestpac.git pestpac-mirror:main
""", fakes.github_token(_seed()))

add("shell/gitlab-token", "it/scripts/clone_all_repos.sh",
    "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
#!/usr/bin/env bash
# Clone every project of the group onto the backup NAS (weekly, Sunday 03:00).
set -euo pipefail

GROUP=desertsky-pest
DEST=/volume1/backup/gitlab/$(date +%F)
mkdir -p "$DEST"

for path in $(curl -s "https://gitlab.com/api/v4/groups/${GROUP}/projects?per_page=100&include_subgroups=true" \\
    -H "PRIVATE-TOKEN: @@secret@@" | jq -r '.[].path_with_namespace'); do
  git clone --mirror "https://oauth2:@@secret@@@gitlab.com/${path}.git" "$DEST/${path//\\//_}.git"
done

tar -czf "$DEST.tar.gz" -C "$(dirname "$DEST")" "$(basename "$DEST")" && rm -rf "$DEST"
""", fakes.fake("glpat-", 20, _seed()))

add("env/telegram-bot-token", "it/bots/dispatch-bot/.env",
    "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Dispatch bot: techs send /late, /parts, /photo; dispatch gets a summary every hour.
TELEGRAM_BOT_TOKEN=@@secret@@
DISPATCH_CHAT_ID=-1002033445566
ALLOWED_USERS_CSV=/srv/dispatch-bot/techs.csv
TZ=America/Phoenix
""", fakes.telegram_token(_seed()))

add("python/teams-webhook", "it/bots/teams_alerts.py",
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", '''
"""Posts trap-gateway outages and failed nightly jobs to the IT channel in Teams."""
import sys

import requests

WEBHOOK_URL = "@@secret@@"


def post(title: str, text: str, color: str = "d9534f") -> None:
    card = {"@type": "MessageCard", "@context": "http://schema.org/extensions",
            "themeColor": color, "summary": title, "title": title, "text": text}
    requests.post(WEBHOOK_URL, json=card, timeout=10).raise_for_status()


if __name__ == "__main__":
    post(sys.argv[1], " ".join(sys.argv[2:]) or "(no details)")
''', teams_webhook("cardinalpestlawn"))

add("pem/ssh-private-key", "it/keys/gateway_deploy_ed25519",
    "https://man.openbsd.org/ssh-keygen.1", """
@@secret@@
""", openssh_key())

add("toml/newrelic-license-key", "it/monitoring/telegraf.conf",
    "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key", """
[agent]
  interval = "60s"
  hostname = "fs01"

[[inputs.cpu]]
  percpu = false
[[inputs.mem]]
[[inputs.disk]]
  ignore_fs = ["tmpfs", "devtmpfs"]
[[inputs.win_services]]
  service_names = ["PestPacSync", "ChemReport", "Veeam*"]

[[outputs.newrelic]]
  insights_key = "@@secret@@"
  metric_prefix = "office"
  timeout = "15s"
""", newrelic_license())

add("terraform/cloudflare-api-token", "it/dns/cloudflare.tf",
    "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
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
  name    = "my"
  type    = "CNAME"
  content = "d2q8x4lm1tb7k.cloudfront.net"
  proxied = false
}

resource "cloudflare_record" "mail_spf" {
  zone_id = var.zone_id
  name    = "@"
  type    = "TXT"
  content = "v=spf1 include:spf.protection.outlook.com include:sendgrid.net -all"
}
""", draw(40, URLSAFE), zone=hexs(32))

_wiki_pw = rand_pw(20)
add("k8s-secret/postgres-password", "k8s/it/wikijs-db-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: wikijs-db
  namespace: it
type: Opaque
data:
  DB_TYPE: cG9zdGdyZXM=
  DATABASE_URL: @@url@@
""", _wiki_pw, url=b64(f"postgres://wikijs:{_wiki_pw}@wikijs-db.it.svc:5432/wiki"))

add("ini/wireguard-private-key", "it/vpn/wg0.conf",
    "https://www.wireguard.com/quickstart/", """
# Site VPN from the Lafayette branch NUC to HQ (backup when the FortiGate tunnel flaps)
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@secret@@
ListenPort = 51820
DNS = 10.10.0.10

[Peer]
PublicKey = @@pub@@
Endpoint = 203.0.113.42:51820
AllowedIPs = 10.10.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", wg_key(), pub=wg_key())

add("python/anthropic-api-key", "it/helpdesk/triage.py",
    "https://docs.anthropic.com/en/api/getting-started#authentication", '''
"""Label new helpdesk emails (tablet broken, app login, printer, phone) before IT reads them."""
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

LABELS = ["tablet-hardware", "tech-app-login", "printer-scanner", "phone-3cx", "email", "other"]


def triage(subject: str, body: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=20,
        system="Answer with exactly one label from: " + ", ".join(LABELS),
        messages=[{"role": "user", "content": f"Subject: {subject}\\n\\n{body[:4000]}"}],
    )
    label = msg.content[0].text.strip()
    return label if label in LABELS else "other"
''', anthropic_key())

add("powershell/github-fine-grained-token", "it/scripts/Backup-GitHubRepos.ps1",
    "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """
# Monthly zip of every repository in the org to the NAS (the org is small; no API paging needed).
$org     = "greenleaf-pest"
$dest    = "\\\\nas01\\backup\\github\\$(Get-Date -Format yyyy-MM)"
$headers = @{
    Authorization          = "Bearer @@secret@@"
    Accept                 = "application/vnd.github+json"
    "X-GitHub-Api-Version" = "2022-11-28"
}

New-Item -ItemType Directory -Force -Path $dest | Out-Null
$repos = Invoke-RestMethod -Uri "https://api.github.com/orgs/$org/repos?per_page=100" -Headers $headers
foreach ($repo in $repos) {
    $zip = Join-Path $dest "$($repo.name).zip"
    Invoke-WebRequest -Uri "https://api.github.com/repos/$org/$($repo.name)/zipball" -Headers $headers -OutFile $zip
    Write-Output "$($repo.name) -> $zip"
}
""", fakes.github_fine_grained_token(_seed()))

add("ini/aws-secret-key", "it/aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = us-east-2

[pestpac-exports]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-east-2

[iot-admin]
sso_session = cardinal
sso_account_id = 481516234200
sso_role_name = IoTAdmin
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

# IT decoys

add("ansible/decoy-encrypted-vault", "it/ansible/group_vars/all/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l0@@
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", **{f"l{i}": hexs(80) for i in range(7)})

add("markdown/decoy-policy-text", "it/docs/password-policy.md",
    "https://pages.nist.gov/800-63-4/sp800-63b.html", """
# Password and account policy

Applies to everyone with a company login: office, technicians, managers.

1. **Length over complexity.** At least 14 characters. A passphrase of four random words is fine.
2. **No reuse.** Your company password must not be used anywhere else.
3. **Password manager.** Every shared login (vendor portals, PestPac, state portals) lives in
   1Password. If a login is not there, ask IT to add it; do not put it in a spreadsheet,
   a sticky note, the wiki, or a chat message.
4. **MFA everywhere it is offered.** Technicians use the Authenticator app on the work phone.
5. **Tablets** lock after 2 minutes; the PIN is 6 digits and is not your birthday or truck number.
6. **Leaving the company:** IT disables the account the same day and rotates every shared
   password the person could see (the 1Password "Access log" lists them).

Report a lost phone or tablet to IT at once: +1-225-555-0150 or it@cardinalpestlawn.com.
""")

add("python/decoy-runtime-prompt", "it/scripts/rotate_vendor_password.py",
    "https://docs.python.org/3/library/getpass.html", '''
"""Rotate a vendor portal password: prompt for the new one, store it in the OS keychain and 1Password."""
import getpass
import subprocess
import sys

import keyring

SERVICE = "cardinal-vendor-portals"


def main(vendor: str, username: str) -> None:
    new = getpass.getpass(f"New password for {vendor} ({username}): ")
    again = getpass.getpass("Again: ")
    if new != again or len(new) < 14:
        sys.exit("passwords differ or are shorter than 14 characters")
    keyring.set_password(SERVICE, f"{vendor}:{username}", new)
    subprocess.run(["op", "item", "edit", f"{vendor} portal", f"password={new}", "--vault", "IT"],
                   check=True, capture_output=True)
    print(f"{vendor}: stored in keychain and 1Password")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
''')

add("markdown/decoy-documented-example", "it/docs/aws-key-rotation.md",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """
# Rotating the AWS access key of the PestPac export job

The export job on IT01 uses the IAM user `pestpac-exports`. Rotate its key every 90 days.

1. Create the second key: `aws iam create-access-key --user-name pestpac-exports`.
   The answer looks like this (AWS's documentation example, not a real key):

   ```json
   {
     "AccessKey": {
       "UserName": "pestpac-exports",
       "AccessKeyId": "AKIAIOSFODNN7EXAMPLE",
       "Status": "Active",
       "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
     }
   }
   ```

2. Put the new pair into the `[pestpac-exports]` profile on IT01 with `aws configure --profile pestpac-exports`.
3. Run the job once by hand and check the bucket.
4. Deactivate, then after a week delete, the old key:
   `aws iam update-access-key --user-name pestpac-exports --access-key-id <old id> --status Inactive`.
""")

add("ssh/decoy-public-key", "it/ssh/known_hosts",
    "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """
git.bayoutermite.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k0@@
ro-osrm-01,10.20.0.21 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
nas01.cardinal.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@
|1|@@salt@@=|@@hash@@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
sftp.wexinc.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@rsa@@
""", k0=draw(43, ALNUM + "+/"), k1=draw(43, ALNUM + "+/"), k2=draw(43, ALNUM + "+/"), k3=draw(43, ALNUM + "+/"),
    salt=b64_bytes(20)[:-1], hash=b64_bytes(20)[:-1], rsa=draw(514, ALNUM + "+/") + "=")

add("ssh/decoy-authorized-keys", "it/ansible/roles/lora_gateway/files/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Keys allowed to log in as root on the trap gateways (public halves only).
# ansible deploy key (IT01)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k0@@ ansible@it01 (gateway deploy, 2024-03)
# Luis (IT)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ luis@lt-luis
# break-glass, key on the YubiKey in the office safe
sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAI@@k2@@AAAABHNzaDo= break-glass
""", k0=draw(43, ALNUM + "+/"), k1=draw(43, ALNUM + "+/"), k2=draw(43, ALNUM + "+/"))

add("shell/decoy-runtime-prompt", "it/scripts/set_gateway_password.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """
#!/usr/bin/env bash
# Set a new admin password on one trap gateway; the password is typed, never stored here.
set -euo pipefail

GW="${1:?usage: $0 <gateway-ip>}"
read -r -s -p "New admin password for ${GW}: " NEWPW; echo
read -r -s -p "Repeat: " NEWPW2; echo
[ "$NEWPW" = "$NEWPW2" ] || { echo "passwords differ" >&2; exit 1; }
[ "${#NEWPW}" -ge 16 ] || { echo "use at least 16 characters" >&2; exit 1; }

ssh -o BatchMode=yes "root@${GW}" "printf '%s\\n%s\\n' '$NEWPW' '$NEWPW' | passwd admin"
op item edit "gateway ${GW}" "password=${NEWPW}" --vault IoT >/dev/null
unset NEWPW NEWPW2
echo "updated ${GW} and 1Password"
""")

add("powershell/decoy-vault-reference", "it/scripts/Connect-VendorPortals.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Opens a PestPac API session with credentials from the SecretStore vault (registered once per machine).
Import-Module Microsoft.PowerShell.SecretManagement

$cred   = Get-Secret -Name 'PestPac-API-User' -Vault 'CardinalIT'          # PSCredential
$apiKey = Get-Secret -Name 'PestPac-APIKey' -Vault 'CardinalIT' -AsPlainText

$body = @{
    grant_type = 'password'
    username   = $cred.UserName
    password   = $cred.GetNetworkCredential().Password
}
$token = Invoke-RestMethod -Method Post -Uri 'https://is.workwave.com/oauth2/token?scope=openid' -Body $body `
    -Headers @{ Authorization = "Basic $env:PESTPAC_CLIENT_BASIC" }

$global:PestPacHeaders = @{
    Authorization = "Bearer $($token.access_token)"
    apikey        = $apiKey
    'tenant-id'   = '318842'
}
Write-Host "PestPac session ready (expires in $($token.expires_in) s)"
""")

add("ini/decoy-env-reference", "it/printers/scan-to-email.ini",
    "https://learn.microsoft.com/en-us/windows/win32/api/processenv/nf-processenv-expandenvironmentstringsa", """
; Pushed to the MFPs by the printer deployment script; %VARS% are expanded on IT01 at push time.
[smtp]
server = smtp.gmail.com
port = 587
security = starttls
user = scanner@bayoutermite.com
password = %SCANNER_SMTP_APP_PASSWORD%

[profiles]
tickets = tickets@bayoutermite.com
wdi = wdi@bayoutermite.com
""")

add("compose/decoy-docker-secret-reference", "it/monitoring/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  grafana:
    image: grafana/grafana-oss:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin_password
      GF_DATABASE_PASSWORD__FILE: /run/secrets/grafana_db_password
    secrets:
      - grafana_admin_password
      - grafana_db_password
    ports:
      - "3000:3000"

  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_admin_password
      DOCKER_INFLUXDB_INIT_ORG: bayou-termite
      DOCKER_INFLUXDB_INIT_BUCKET: trap_events
    secrets:
      - influx_admin_password

secrets:
  grafana_admin_password:
    file: ./secrets/grafana_admin_password.txt
  grafana_db_password:
    file: ./secrets/grafana_db_password.txt
  influx_admin_password:
    file: ./secrets/influx_admin_password.txt
""")

add("ansible/decoy-vault-reference", "it/ansible/roles/lora_gateway/tasks/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
- name: Read the gateway admin password from Vault
  ansible.builtin.set_fact:
    gateway_admin_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/iot/gateways/' ~ inventory_hostname ~ ':admin_password') }}"
  no_log: true

- name: Render packet forwarder config
  ansible.builtin.template:
    src: global_conf.json.j2
    dest: /etc/lora/global_conf.json
    mode: "0644"
  notify: restart lora_pkt_fwd

- name: Set the web UI admin password
  ansible.builtin.command: "uci set rak.admin.password={{ gateway_admin_password | password_hash('sha512') }}"
  no_log: true
  changed_when: true
""")

add("shell/decoy-vault-reference", "it/scripts/load_secrets.sh",
    "https://developer.1password.com/docs/cli/secret-references/", """
#!/usr/bin/env bash
# Source me: exports the credentials the nightly jobs need, fetched at run time.
# usage: source it/scripts/load_secrets.sh
export PESTPAC_APIKEY="$(op read 'op://IT/PestPac API/apikey')"
export PESTPAC_CLIENT_SECRET="$(op read 'op://IT/PestPac API/client secret')"
export ROUTE4ME_API_KEY="$(op read 'op://IT/Route4Me/credential')"
export DATABASE_URL="$(aws secretsmanager get-secret-value --secret-id prod/portal/db \\
  --query SecretString --output text | jq -r .url)"
export TTS_API_KEY="$(vault kv get -field=api_key kv/iot/tts)"
""")

add("ini/decoy-file-reference", "it/grafana/grafana.ini",
    "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", """
[server]
domain = grafana.cardinal.local
root_url = https://grafana.cardinal.local/

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__file{/run/secrets/grafana_secret_key}

[database]
type = postgres
host = db.cardinal.internal:5432
name = grafana
user = grafana
password = $__env{GRAFANA_DB_PASSWORD}

[auth.ldap]
enabled = true
config_file = /etc/grafana/ldap.toml
""")
