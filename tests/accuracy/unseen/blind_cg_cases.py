"""Blind set CG: aviation, airlines and airports.

Flight-data integrations (FlightAware AeroAPI and Firehose, OpenSky, ADS-B Exchange via RapidAPI,
aviationstack, Cirium/FlightStats and Laminar, OAG, Flightradar24 and feeder stations), airline
operations and crew scheduling, NOTAM and weather feeds (FAA SWIM/SCDS over Solace JMS, FAA NOTAM
API, aviationweather.gov, CheckWX, AVWX, Avinor, EUROCONTROL B2B), airport operational databases
and FIDS, baggage and passenger systems (SITA, IATA NDC and ONE Order, Amadeus, Duffel, Timatic,
departure control), MRO and maintenance tracking (AMOS, TRAX), drone/UAS operators (DJI Cloud API,
PSDK/OSDK, AirMap, Aloft, LAANC), ground handling and flight-school tooling, in the formats those
teams commit (Python, Java, C#, Go, Kotlin, Swift, PHP, Ruby, Rust, C, shell, PowerShell, YAML,
JSON, TOML, INI, XML, .properties, .env, HCL, nginx/apache, systemd, crontab, notebooks, CI
configs, Docker, Kubernetes and Helm, IDE configs, SQL, runbooks), and their decoys.
Generated fakes only (seeds 780000-789999).
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
LOWNUM = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
_SEED = [780000]
CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert 780000 <= _SEED[0] < 790000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def low(n: int) -> str:
    return fakes.drawn(_seed(), n, LOWNUM)


def chars(n: int, alphabet: str) -> str:
    return fakes.drawn(_seed(), n, alphabet)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def rand_bytes_b64(n: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


AV_WORDS = ["Skyhawk", "Runway", "Tailwind", "Cumulus", "Jetstream", "Altimeter", "Aileron", "Rudder",
            "Bravo", "Foxtrot", "Tango", "Whiskey", "Sierra", "Cirrus", "Piper", "Contrail", "Squawk",
            "Vector", "Glideslope", "Pitot", "Flaps", "Cessna", "Dakota", "Kingair", "Citation", "Hangar"]
AV_LOWER = ["ramp", "gate", "taxi", "apron", "pushback", "deice", "jetway", "tower", "ground", "final",
            "holdshort", "beacon", "rotate", "flare", "chock", "fuel"]
AIRPORTS = ["KSEA", "KPDX", "KDEN", "KORD", "EGLL", "EDDF", "ENGM", "KBOS", "KSLC", "CYVR", "KMSP", "EHAM"]


def human_pw() -> str:
    r = _rng()
    form = r.randint(0, 4)
    if form == 0:
        return r.choice(AV_WORDS) + r.choice("!#$%@*") + r.choice(AV_WORDS) + str(r.randint(10, 999))
    if form == 1:
        return r.choice(AV_WORDS) + str(r.randint(1, 36)) + r.choice("LRC") + r.choice("!#$") + str(r.randint(2015, 2025))
    if form == 2:
        return r.choice(AIRPORTS) + "-" + r.choice(AV_LOWER) + "-" + str(r.randint(100, 9999))
    if form == 3:
        return "-".join(r.sample(AV_LOWER, 3)) + "-" + str(r.randint(10, 99))
    return r.choice(AV_WORDS).lower() + r.choice(["@", "#", "_"]) + r.choice(AIRPORTS) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    alphabet = ALNUM + extra
    value = fakes.drawn_mixed(_seed(), n) if not extra else chars(n, alphabet)
    return value


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIIE" + body[4:] + "\nVQ==\n-----END CERTIFICATE-----"


def public_key_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(5))
    return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + body[44:] + "\nIDAQAB\n-----END PUBLIC KEY-----"


def rapidapi_key() -> str:
    return hexs(10) + "msh" + low(14) + "p1" + low(6) + "jsn" + low(12)


def mapbox_token(prefix: str, user: str) -> str:
    payload = b64url_nopad(json.dumps({"u": user, "a": "cl" + low(23)}, separators=(",", ":")))
    return f"{prefix}.{payload}.{chars(22, B64URL)}"


def jwt(payload: dict) -> str:
    head = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{chars(43, B64URL)}"


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{chars(8, up)}/B{chars(10, up)}/{alnum(24)}"


def teams_webhook(tenant_host: str) -> str:
    return (f"https://{tenant_host}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{chars(43, B64URL)}")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 15 * 10**17)}/{chars(68, B64URL)}"


def sendgrid_key() -> str:
    return "SG." + chars(22, B64URL) + "." + chars(43, B64URL)


def stripe_secret() -> str:
    return "sk_live_51" + alnum(97)


def stripe_publishable() -> str:
    return "pk_live_51" + alnum(97)


def azure_client_secret() -> str:
    return alnum(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, "./" + ALNUM)


def ansible_vault_blob(indent: str) -> str:
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [hexs(80) for _ in range(5)] + [hexs(46)]
    return "\n".join(indent + line for line in lines)


def sops_enc(n: int) -> str:
    return (f"ENC[AES256_GCM,data:{rand_bytes_b64(n)},iv:{rand_bytes_b64(32)},"
            f"tag:{rand_bytes_b64(16)},type:str]")


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    text = text.lstrip("\n")
    for key, value in values.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, file_name
    if not text.endswith("\n"):
        text += "\n"
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Flight data: FlightAware AeroAPI and Firehose, OpenSky, ADS-B Exchange, aviationstack,
# FlightStats/Cirium, OAG, Flightradar24 and feeder stations.
# ---------------------------------------------------------------------------------------------

k = alnum(32)
add("blind-cg/python/aeroapi-key", "gateops/integrations/aeroapi.py", r'''
"""Thin AeroAPI v4 client used by the gate-ops dashboard."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

AEROAPI_BASE = "https://aeroapi.flightaware.com/aeroapi"
AEROAPI_KEY = "@@K@@"


class AeroApi:
    def __init__(self, key: str = AEROAPI_KEY, timeout: float = 10.0) -> None:
        self.session = requests.Session()
        self.session.headers.update({"x-apikey": key, "Accept": "application/json; charset=UTF-8"})
        self.timeout = timeout

    def arrivals(self, airport: str, hours: int = 2) -> list[dict]:
        start = datetime.now(timezone.utc)
        end = start + timedelta(hours=hours)
        resp = self.session.get(
            f"{AEROAPI_BASE}/airports/{airport}/flights/scheduled_arrivals",
            params={"start": start.isoformat(timespec="seconds"), "end": end.isoformat(timespec="seconds"),
                    "max_pages": 2},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json().get("scheduled_arrivals", [])

    def flight(self, ident: str) -> list[dict]:
        resp = self.session.get(f"{AEROAPI_BASE}/flights/{ident}", timeout=self.timeout)
        if resp.status_code == 429:
            log.warning("AeroAPI rate limited for %s", ident)
            return []
        resp.raise_for_status()
        return resp.json()["flights"]
''', k, "FlightAware AeroAPI v4 documentation: x-apikey header", K=k)

add("blind-cg/python/decoy-env", "fids/sources/aeroapi.py", r'''
"""AeroAPI source for the FIDS board.

fa_flight_id values look like "SKW5312-1717830000-schedule-0284"; they are FlightAware's own
identifiers and safe to log.
"""
import os

import httpx

BASE = os.environ.get("AEROAPI_BASE_URL", "https://aeroapi.flightaware.com/aeroapi")


def client() -> httpx.Client:
    key = os.environ["AEROAPI_KEY"]  # injected from AWS Secrets Manager by the ECS task
    return httpx.Client(base_url=BASE, headers={"x-apikey": key}, timeout=10)


def departures(airport: str) -> list[dict]:
    with client() as c:
        r = c.get(f"/airports/{airport}/flights/departures", params={"type": "Airline"})
        r.raise_for_status()
        return [
            {"fa_flight_id": f["fa_flight_id"], "ident": f["ident_iata"], "gate": f.get("gate_origin"),
             "status": f["status"], "estimated_out": f.get("estimated_out")}
            for f in r.json()["departures"]
        ]
''', None, "FlightAware AeroAPI v4 documentation: fa_flight_id and x-apikey")

k = alnum(32)
add("blind-cg/env/aeroapi-key", "services/flight-status/.env", r'''
# flight-status service (docker compose reads this file)
APP_ENV=production
LOG_LEVEL=info
PORT=8080
AEROAPI_BASE_URL=https://aeroapi.flightaware.com/aeroapi
AEROAPI_KEY=@@K@@
AEROAPI_MAX_PAGES=3
HOME_AIRPORTS=KSEA,KPDX,KGEG
REDIS_URL=redis://fids-cache:6379/2
TZ=America/Los_Angeles
''', k, "docker compose env_file; FlightAware AeroAPI key", K=k)

add("blind-cg/env/decoy-placeholder", "services/flight-status/.env.example", r'''
# Copy to .env and fill in. Real values live in the 1Password vault "Ops Integrations".
APP_ENV=development
AEROAPI_BASE_URL=https://aeroapi.flightaware.com/aeroapi
AEROAPI_KEY=your-aeroapi-key-here
FIREHOSE_USERNAME=
FIREHOSE_API_KEY=<firehose key from the FlightAware account page>
OPENSKY_CLIENT_ID=
OPENSKY_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgresql://fids:changeme@localhost:5432/fids
HOME_AIRPORTS=KSEA
''', None, "dotenv example file convention")

k = alnum(32)
add("blind-cg/shell/aeroapi-key", "scripts/pull_departures.sh", r'''
#!/usr/bin/env bash
# Pull next-hour departures for the ramp board and drop them where the FIDS importer looks.
set -euo pipefail

AIRPORT="${1:-KBOI}"
OUT_DIR=/var/lib/fids/incoming
STAMP=$(date -u +%Y%m%dT%H%MZ)

curl -sS --fail \
  -H "x-apikey: @@K@@" \
  -H "Accept: application/json" \
  "https://aeroapi.flightaware.com/aeroapi/airports/${AIRPORT}/flights/scheduled_departures?max_pages=2" \
  -o "${OUT_DIR}/departures-${AIRPORT}-${STAMP}.json"

jq '.scheduled_departures | length' "${OUT_DIR}/departures-${AIRPORT}-${STAMP}.json"
''', k, "FlightAware AeroAPI curl example", K=k)

k = alnum(32)
add("blind-cg/javascript/aeroapi-key", "server/routes/flights.js", r'''
const express = require('express');
const axios = require('axios');

const router = express.Router();

const aeroapi = axios.create({
  baseURL: 'https://aeroapi.flightaware.com/aeroapi',
  timeout: 8000,
  headers: { 'x-apikey': '@@K@@' },
});

router.get('/:ident', async (req, res) => {
  try {
    const { data } = await aeroapi.get(`/flights/${encodeURIComponent(req.params.ident)}`);
    res.json(data.flights.slice(0, 5));
  } catch (err) {
    const status = err.response ? err.response.status : 502;
    res.status(status).json({ error: 'aeroapi_unavailable' });
  }
});

router.get('/:ident/track', async (req, res) => {
  const { data } = await aeroapi.get(`/flights/${encodeURIComponent(req.params.ident)}/track`);
  res.json(data.positions);
});

module.exports = router;
''', k, "FlightAware AeroAPI with axios", K=k)

k = hexs(40)
add("blind-cg/python/firehose-key", "ingest/firehose_stream.py", r'''
#!/usr/bin/env python3
"""Stream FlightAware Firehose messages into Kafka (adsb.positions / flight.events)."""
import json
import socket
import ssl

from kafka import KafkaProducer

FIREHOSE_HOST = "firehose.flightaware.com"
FIREHOSE_PORT = 1501
USERNAME = "skyline_ops"
APIKEY = "@@K@@"
INIT_CMD = (f'live username {USERNAME} password {APIKEY} useragent skyline-ingest/2.3 '
            'events "position flightplan arrival departure cancellation" filter "SKW* QXE*"\n')


def connect() -> ssl.SSLSocket:
    ctx = ssl.create_default_context()
    raw = socket.create_connection((FIREHOSE_HOST, FIREHOSE_PORT), timeout=30)
    sock = ctx.wrap_socket(raw, server_hostname=FIREHOSE_HOST)
    sock.sendall(INIT_CMD.encode())
    return sock


def main() -> None:
    producer = KafkaProducer(bootstrap_servers="kafka-0.ops:9092",
                             value_serializer=lambda v: json.dumps(v).encode())
    sock = connect()
    buf = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            msg = json.loads(line)
            producer.send("adsb.positions" if msg["type"] == "position" else "flight.events", msg)


if __name__ == "__main__":
    main()
''', k, "FlightAware Firehose documentation: initiation command", K=k)

k = hexs(40)
add("blind-cg/ini/firehose-key", "config/firehose.ini", r'''
; Firehose connector settings -- production
[firehose]
host = firehose.flightaware.com
port = 1501
username = mesa-dispatch
password = @@K@@
events = position flightplan departure arrival cancellation
filter = ASH* AAL5*
keepalive = 60
compression = deflate

[output]
kafka_bootstrap = kafka-a.dispatch.internal:9093
topic = firehose.raw
''', k, "FlightAware Firehose connection parameters", K=k)

add("blind-cg/ini/decoy-env", "deploy/supervisor/firehose.conf", r'''
[program:firehose]
command=/opt/firehose/venv/bin/python -m firehose_client --config /etc/firehose/firehose.ini
directory=/opt/firehose
user=firehose
autostart=true
autorestart=true
startretries=10
stopsignal=TERM
; credentials come from /etc/default/firehose, which is written by the Ansible vault role
environment=FIREHOSE_USERNAME="%(ENV_FIREHOSE_USERNAME)s",FIREHOSE_API_KEY="%(ENV_FIREHOSE_API_KEY)s"
stdout_logfile=/var/log/firehose/stream.log
stdout_logfile_maxbytes=50MB
redirect_stderr=true
''', None, "supervisord documentation: %(ENV_X)s expansion")

k = hexs(40)
add("blind-cg/go/firehose-key", "cmd/firehose-relay/main.go", r'''
package main

import (
    "bufio"
    "crypto/tls"
    "fmt"
    "log"
)

const (
    firehoseAddr = "firehose.flightaware.com:1501"
    fhUser       = "regional-ops"
    fhKey        = "@@K@@"
)

func main() {
    conn, err := tls.Dial("tcp", firehoseAddr, &tls.Config{ServerName: "firehose.flightaware.com"})
    if err != nil {
        log.Fatalf("dial firehose: %v", err)
    }
    defer conn.Close()

    initCmd := fmt.Sprintf("live username %s password %s events \"position arrival departure\"\n", fhUser, fhKey)
    if _, err := conn.Write([]byte(initCmd)); err != nil {
        log.Fatalf("init: %v", err)
    }

    scanner := bufio.NewScanner(conn)
    scanner.Buffer(make([]byte, 1<<20), 1<<22)
    for scanner.Scan() {
        publish(scanner.Bytes())
    }
    if err := scanner.Err(); err != nil {
        log.Printf("stream ended: %v", err)
    }
}
''', k, "FlightAware Firehose Go example", K=k)

add("blind-cg/go/decoy-env", "internal/firehose/config.go", r'''
package firehose

import (
    "errors"
    "os"
    "strings"
)

// Config for the Firehose stream. The API key is never in the repo: the systemd unit
// loads it with LoadCredential and exports FIREHOSE_API_KEY.
type Config struct {
    Addr     string
    Username string
    APIKey   string
    Events   []string
}

func FromEnv() (Config, error) {
    c := Config{
        Addr:     getenv("FIREHOSE_ADDR", "firehose.flightaware.com:1501"),
        Username: os.Getenv("FIREHOSE_USERNAME"),
        APIKey:   os.Getenv("FIREHOSE_API_KEY"),
        Events:   strings.Fields(getenv("FIREHOSE_EVENTS", "position flightplan")),
    }
    if c.Username == "" || c.APIKey == "" {
        return c, errors.New("FIREHOSE_USERNAME and FIREHOSE_API_KEY must be set")
    }
    return c, nil
}

func getenv(k, def string) string {
    if v := os.Getenv(k); v != "" {
        return v
    }
    return def
}
''', None, "Go os.Getenv configuration")

p = human_pw()
add("blind-cg/python/opensky-password", "analysis/opensky_fetch.py", r'''
"""Pull state vectors around the EGLL approach for the go-around study."""
import time

import pandas as pd
from opensky_api import OpenSkyApi

api = OpenSkyApi("ops-analytics", "@@P@@")

BBOX = (51.30, 51.60, -0.70, -0.10)  # lamin, lamax, lomin, lomax
rows = []
for _ in range(30):
    s = api.get_states(bbox=BBOX)
    if s is not None:
        for sv in s.states:
            rows.append({"t": s.time, "icao24": sv.icao24, "callsign": (sv.callsign or "").strip(),
                         "alt": sv.baro_altitude, "vs": sv.vertical_rate, "gs": sv.velocity})
    time.sleep(10)

pd.DataFrame(rows).to_parquet("data/egll_states.parquet")
print(len(rows), "state vectors")
''', p, "OpenSky Network python API: OpenSkyApi(username, password)", P=p)

add("blind-cg/python/decoy-public", "analysis/opensky_anonymous.py", r'''
"""Anonymous OpenSky REST access (documented: no account needed, 10 s resolution, 400 credits/day).

icao24 values below are public ICAO 24-bit transponder addresses, not keys.
"""
import requests

WATCH = {"4ca7b5": "EI-FNH", "3c6589": "D-AIBI", "a0f1bb": "N147UA", "c07c7a": "C-GKWJ"}


def states() -> list:
    r = requests.get("https://opensky-network.org/api/states/all",
                     params={"icao24": list(WATCH)}, timeout=15)
    r.raise_for_status()
    return r.json().get("states") or []


for st in states():
    icao24, callsign, country = st[0], (st[1] or "").strip(), st[2]
    print(f"{WATCH[icao24]:8} {icao24} {callsign:8} {country} alt={st[7]} on_ground={st[8]}")
''', None, "OpenSky REST API documentation: anonymous access")

s = alnum(32)
add("blind-cg/yaml/opensky-client-secret", "config/opensky.yaml", r'''
# OpenSky Network REST API -- OAuth2 client credentials flow (accounts created after March 2025)
opensky:
  token_url: https://auth.opensky-network.org/auth/realms/opensky-network/protocol/openid-connect/token
  api_url: https://opensky-network.org/api
  client_id: skyline-analytics-api-client
  client_secret: @@S@@
  poll_seconds: 10
  bbox:
    lamin: 45.8
    lomin: 5.9
    lamax: 47.8
    lomax: 10.5
storage:
  bucket: skyline-adsb-archive
  prefix: opensky/states/
''', s, "OpenSky REST API documentation: OAuth2 client credentials", S=s)

k = rapidapi_key()
add("blind-cg/toml/rapidapi-key", "adsbx.toml", r'''
[adsbx]
# ADS-B Exchange via RapidAPI (adsbexchange-com1.p.rapidapi.com)
host = "adsbexchange-com1.p.rapidapi.com"
rapidapi_key = "@@K@@"
radius_nm = 25
center = [47.4502, -122.3088]

[alerts]
squawks = ["7500", "7600", "7700"]
military_only = false
notify = "ops-alerts"
''', k, "ADS-B Exchange API on RapidAPI: X-RapidAPI-Key header", K=k)

k = rapidapi_key()
add("blind-cg/javascript/rapidapi-key", "src/hooks/useNearbyAircraft.js", r'''
import { useEffect, useState } from 'react';

const RAPIDAPI_HOST = 'adsbexchange-com1.p.rapidapi.com';

export default function useNearbyAircraft(lat, lon, distNm = 10) {
  const [aircraft, setAircraft] = useState([]);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const res = await fetch(`https://${RAPIDAPI_HOST}/v2/lat/${lat}/lon/${lon}/dist/${distNm}/`, {
        headers: {
          'X-RapidAPI-Key': '@@K@@',
          'X-RapidAPI-Host': RAPIDAPI_HOST,
        },
      });
      const body = await res.json();
      if (!cancelled) setAircraft(body.ac || []);
    };
    load();
    const id = setInterval(load, 15000);
    return () => { cancelled = true; clearInterval(id); };
  }, [lat, lon, distNm]);

  return aircraft;
}
''', k, "ADS-B Exchange API on RapidAPI: fetch example", K=k)

k = uuid_s()
add("blind-cg/python/adsbx-api-auth", "feeds/adsbx_enterprise.py", r'''
import requests

ADSBX_URL = "https://adsbexchange.com/api/aircraft/v2/lat/{lat}/lon/{lon}/dist/{dist}/"
HEADERS = {
    "api-auth": "@@K@@",
    "Accept-Encoding": "gzip",
}


def around(lat: float, lon: float, dist: int = 50) -> list[dict]:
    r = requests.get(ADSBX_URL.format(lat=lat, lon=lon, dist=dist), headers=HEADERS, timeout=10)
    r.raise_for_status()
    return [a for a in r.json().get("ac", []) if a.get("alt_baro") != "ground"]
''', k, "ADS-B Exchange enterprise API: api-auth header", K=k)

add("blind-cg/yaml/decoy-public", "spotter-map/sources.yaml", r'''
# Sources for the spotter map. Both are community APIs with no key
# (https://api.adsb.lol/docs, https://airplanes.live/api-guide/).
sources:
  - name: adsb.lol
    url: https://api.adsb.lol/v2/point/{lat}/{lon}/{radius}
    api_key: null
  - name: airplanes.live
    url: https://api.airplanes.live/v2/point/{lat}/{lon}/{radius}
    api_key: null
    rate_limit_per_sec: 1
watchlist:
  - icao24: a835af
    reg: N628TS
  - icao24: 3c4b26
    reg: D-ABYA
  - icao24: 406a93
    reg: G-XLEA
''', None, "adsb.lol API documentation: no key required")

k = hexs(32)
add("blind-cg/php/aviationstack-key", "wp-content/plugins/flight-board/flight-board.php", r'''
<?php
/**
 * Plugin Name: Flight Board
 * Description: Live arrivals/departures for the terminal website (aviationstack).
 * Version: 1.4.2
 */
define('FB_AVIATIONSTACK_KEY', '@@K@@');
define('FB_AIRPORT_IATA', 'BZN');

function fb_fetch_flights($type = 'arr') {
    $param = $type === 'arr' ? 'arr_iata' : 'dep_iata';
    $cached = get_transient('fb_' . $type);
    if ($cached !== false) {
        return $cached;
    }
    $url = 'http://api.aviationstack.com/v1/flights?access_key=' . FB_AVIATIONSTACK_KEY
        . '&' . $param . '=' . FB_AIRPORT_IATA;
    $resp = wp_remote_get($url, array('timeout' => 10));
    if (is_wp_error($resp)) {
        return array();
    }
    $body = json_decode(wp_remote_retrieve_body($resp), true);
    set_transient('fb_' . $type, $body['data'], 5 * MINUTE_IN_SECONDS);
    return $body['data'];
}

add_shortcode('flight_board', function ($atts) {
    $atts = shortcode_atts(array('type' => 'arr'), $atts);
    ob_start();
    include __DIR__ . '/templates/board.php';
    return ob_get_clean();
});
''', k, "aviationstack documentation: access_key parameter", K=k)

k = hexs(32)
add("blind-cg/ipynb/aviationstack-key", "notebooks/otp_delays_eda.ipynb", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# On-time performance, DEN hub\n",
    "Pull last week's departures from aviationstack and look at the delay distribution."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\n",
    "import pandas as pd\n",
    "\n",
    "params = {\n",
    "    \"access_key\": \"@@K@@\",\n",
    "    \"dep_iata\": \"DEN\",\n",
    "    \"limit\": 100,\n",
    "}\n",
    "r = requests.get(\"http://api.aviationstack.com/v1/flights\", params=params)\n",
    "df = pd.json_normalize(r.json()[\"data\"])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "count    100.0\n",
      "mean      17.4\n"
     ]
    }
   ],
   "source": [
    "df[\"departure.delay\"].describe()[[\"count\", \"mean\"]]"
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
''', k, "Jupyter nbformat 4; aviationstack access_key", K=k)

add("blind-cg/ipynb/decoy-env", "notebooks/taxi_out_times.ipynb", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "from dotenv import load_dotenv\n",
    "import requests\n",
    "\n",
    "load_dotenv()  # AVIATIONSTACK_KEY from the untracked .env\n",
    "params = {\"access_key\": os.getenv(\"AVIATIONSTACK_KEY\"), \"dep_iata\": \"SEA\"}\n",
    "flights = requests.get(\"http://api.aviationstack.com/v1/flights\", params=params).json()[\"data\"]"
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
      "AS1031  N492AS  gate D7   out 06:02  off 06:19\n",
      "DL2466  N3761R  gate S10  out 06:05  off 06:24\n"
     ]
    }
   ],
   "source": [
    "for f in flights[:2]:\n",
    "    print(f[\"flight\"][\"iata\"], f[\"aircraft\"][\"registration\"])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', None, "python-dotenv documentation; Jupyter nbformat 4")

app_id = hexs(8)
k = hexs(32)
add("blind-cg/java/flightstats-appkey", "src/main/java/com/skyline/ops/flightstats/FlightStatsClient.java", r'''
package com.skyline.ops.flightstats;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

public class FlightStatsClient {
    private static final String BASE = "https://api.flightstats.com/flex/flightstatus/rest/v2/json";
    private static final String APP_ID = "@@A@@";
    private static final String APP_KEY = "@@K@@";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public String flightStatus(String carrier, String flight, LocalDate date) throws Exception {
        String url = String.format("%s/flight/status/%s/%s/dep/%d/%d/%d?appId=%s&appKey=%s&utc=false",
                BASE, carrier, flight, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), APP_ID, APP_KEY);
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', k, "FlightStats Flex API documentation: appId and appKey", A=app_id, K=k)

app_id = hexs(8)
k = hexs(32)
add("blind-cg/properties/flightstats-appkey", "src/main/resources/application-prod.properties", r'''
server.port=8081
spring.application.name=irregular-ops

flightstats.base-url=https://api.flightstats.com/flex
flightstats.app-id=@@A@@
flightstats.app-key=@@K@@
flightstats.poll-interval=PT2M

ops.hub-airports=DFW,CLT,PHX
management.endpoints.web.exposure.include=health,info,prometheus
''', k, "Spring Boot application.properties; FlightStats Flex API credentials", A=app_id, K=k)

app_id = hexs(8)
add("blind-cg/properties/decoy-env", "src/main/resources/application.properties", r'''
server.port=8081
spring.application.name=irregular-ops

# appId identifies the application and is shown in the FlightStats developer portal;
# the appKey comes from the environment (Kubernetes secret flightstats-credentials)
flightstats.base-url=https://api.flightstats.com/flex
flightstats.app-id=@@A@@
flightstats.app-key=${FLIGHTSTATS_APP_KEY}
flightstats.poll-interval=PT2M

spring.datasource.url=jdbc:postgresql://iropsdb:5432/irops
spring.datasource.username=irops
spring.datasource.password=${IROPS_DB_PASSWORD}
''', None, "Spring Boot externalized configuration: ${} placeholders", A=app_id)

k = hexs(32)
add("blind-cg/csharp/oag-subscription-key", "src/Schedules/Oag/OagScheduleClient.cs", r'''
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;

namespace Skyline.Schedules.Oag
{
    public sealed class OagScheduleClient
    {
        private const string BaseUrl = "https://api.oag.com/flight-instances/";
        private const string SubscriptionKey = "@@K@@";
        private readonly HttpClient _http;

        public OagScheduleClient(HttpClient http)
        {
            _http = http;
            _http.DefaultRequestHeaders.Add("Subscription-Key", SubscriptionKey);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public async Task<JsonDocument> DeparturesAsync(string airport, string date)
        {
            var url = $"{BaseUrl}?DepartureAirport={airport}&DepartureDateTime={date}&CodeType=IATA&version=v2";
            using var resp = await _http.GetAsync(url);
            resp.EnsureSuccessStatusCode();
            return await JsonDocument.ParseAsync(await resp.Content.ReadAsStreamAsync());
        }
    }
}
''', k, "OAG Flight Info API documentation: Subscription-Key header", K=k)

k = hexs(32)
add("blind-cg/json/oag-key", "src/Schedules/appsettings.Production.json", r'''
{
  "Logging": {
    "LogLevel": { "Default": "Warning", "Skyline.Schedules": "Information" }
  },
  "Oag": {
    "BaseUrl": "https://api.oag.com/",
    "SubscriptionKey": "@@K@@",
    "Version": "v2",
    "PageSize": 500
  },
  "Ssim": {
    "DropFolder": "/mnt/schedules/ssim",
    "Season": "W25"
  }
}
''', k, "ASP.NET Core appsettings.json; OAG Subscription-Key", K=k)

add("blind-cg/json/decoy-placeholder", "src/Schedules/appsettings.json", r'''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "Oag": {
    "BaseUrl": "https://api.oag.com/",
    "SubscriptionKey": "",
    "Version": "v2",
    "PageSize": 500
  },
  "ConnectionStrings": {
    "Schedules": "Host=localhost;Database=schedules;Username=schedules;Password=<set with dotnet user-secrets>"
  },
  "AllowedHosts": "*"
}
''', None, "ASP.NET Core configuration: appsettings.json with user-secrets")

k = hexs(32)
add("blind-cg/yaml/laminar-user-key", "config/laminar.yml", r'''
# Cirium Laminar Data Hub -- flights & airspace (SWIM-derived) feeds
laminar:
  base_url: https://api.laminardata.aero/v2
  user_key: @@K@@
  datasets:
    - flights
    - airspaces
    - notams
  region: EUR
  page_size: 1000
schedule:
  cron: "*/5 * * * *"
''', k, "Cirium Laminar Data API: user_key query parameter", K=k)

k = uuid_s() + "|" + alnum(40)
add("blind-cg/kotlin/fr24-api-token", "app/src/main/java/aero/spotter/data/Fr24Api.kt", r'''
package aero.spotter.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

private const val FR24_BASE = "https://fr24api.flightradar24.com/api/"
private const val FR24_TOKEN = "@@K@@"

object Fr24Api {
    private val auth = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Bearer $FR24_TOKEN")
                .header("Accept-Version", "v1")
                .build()
        )
    }

    val service: Fr24Service by lazy {
        Retrofit.Builder()
            .baseUrl(FR24_BASE)
            .client(OkHttpClient.Builder().addInterceptor(auth).build())
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(Fr24Service::class.java)
    }
}
''', k, "Flightradar24 API documentation: Bearer token, Accept-Version header", K=k)

add("blind-cg/gradle/decoy-local-properties", "app/build.gradle.kts", r'''
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProperties = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "aero.spotter"
    compileSdk = 34
    defaultConfig {
        applicationId = "aero.spotter"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.6.0"
        // FR24 token stays in local.properties (git-ignored) or the CI secret FR24_API_TOKEN
        buildConfigField("String", "FR24_API_TOKEN",
            "\"${localProperties.getProperty("FR24_API_TOKEN") ?: System.getenv("FR24_API_TOKEN") ?: ""}\"")
    }
    buildFeatures { buildConfig = true }
}
''', None, "Android Gradle buildConfigField from local.properties")

k = hexs(16)
add("blind-cg/ini/fr24feed-key", "receiver/etc/fr24feed.ini", r'''
receiver="beast-tcp"
fr24key="@@K@@"
host="127.0.0.1:30005"
bs="no"
raw="no"
logmode="1"
windowmode="0"
logpath="/var/log/fr24feed"
mpx="no"
mlat="yes"
mlat-without-gps="yes"
''', k, "Flightradar24 fr24feed.ini sharing key", K=k)

add("blind-cg/ini/decoy-empty", "images/fr24feed/fr24feed.ini.tmpl", r'''
# Rendered at container start by entrypoint.sh from $FR24KEY; the sharing key is per station
# and is never baked into the image.
receiver="beast-tcp"
fr24key=""
host="ultrafeeder:30005"
bs="no"
raw="no"
logmode="0"
mlat="yes"
mlat-without-gps="yes"
''', None, "sdr-enthusiasts docker-flightradar24 README")

k = hexs(32)
add("blind-cg/docker-compose/radarbox-key", "station/docker-compose.yml", r'''
services:
  ultrafeeder:
    image: ghcr.io/sdr-enthusiasts/docker-adsb-ultrafeeder
    container_name: ultrafeeder
    restart: unless-stopped
    device_cgroup_rules:
      - "c 189:* rwm"
    ports:
      - 8080:80
      - 30005:30005
    environment:
      - READSB_DEVICE_TYPE=rtlsdr
      - READSB_RTLSDR_DEVICE=1090
      - READSB_LAT=44.9773
      - READSB_LON=-93.2650
      - READSB_ALT=256m
      - TZ=America/Chicago
    volumes:
      - /dev/bus/usb:/dev/bus/usb

  rbfeeder:
    image: ghcr.io/sdr-enthusiasts/docker-radarbox
    container_name: rbfeeder
    restart: unless-stopped
    environment:
      - BEASTHOST=ultrafeeder
      - LAT=44.9773
      - LONG=-93.2650
      - ALT=256
      - SHARING_KEY=@@K@@
      - TZ=America/Chicago
''', k, "sdr-enthusiasts docker-radarbox README: SHARING_KEY", K=k)

k = hexs(16)
add("blind-cg/docker-compose/fr24key", "feeders/fr24/docker-compose.yml", r'''
version: "3.8"
services:
  fr24:
    image: ghcr.io/sdr-enthusiasts/docker-flightradar24:latest
    container_name: fr24
    restart: always
    ports:
      - 8754:8754
    environment:
      - BEASTHOST=readsb
      - TZ=Europe/Oslo
      - FR24KEY=@@K@@
      - MLAT=yes
    tmpfs:
      - /var/log
''', k, "sdr-enthusiasts docker-flightradar24 README: FR24KEY", K=k)

add("blind-cg/docker-compose/decoy-env", "feeders/docker-compose.yml", r'''
# Keys are per station: put them in feeders/.env (git-ignored), see feeders/README.md.
services:
  fr24:
    image: ghcr.io/sdr-enthusiasts/docker-flightradar24:latest
    restart: always
    environment:
      - BEASTHOST=readsb
      - FR24KEY=${FR24_SHARING_KEY}
  piaware:
    image: ghcr.io/sdr-enthusiasts/docker-piaware:latest
    restart: always
    environment:
      - BEASTHOST=readsb
      - FEEDER_ID=${PIAWARE_FEEDER_ID}
      - TZ=${FEEDER_TZ:-UTC}
  rbfeeder:
    image: ghcr.io/sdr-enthusiasts/docker-radarbox:latest
    restart: always
    environment:
      - BEASTHOST=readsb
      - SHARING_KEY=${RADARBOX_SHARING_KEY:?set RADARBOX_SHARING_KEY}
''', None, "docker compose variable interpolation")

k = alnum(32)
add("blind-cg/http/aeroapi-key", "api-tests/aeroapi.http", r'''
### Flight info by ident
GET https://aeroapi.flightaware.com/aeroapi/flights/SKW5312?max_pages=1
x-apikey: @@K@@
Accept: application/json

### Scheduled arrivals at KSLC
GET https://aeroapi.flightaware.com/aeroapi/airports/KSLC/flights/scheduled_arrivals?type=Airline
x-apikey: @@K@@
Accept: application/json
''', k, "VS Code REST Client / JetBrains HTTP client .http files", K=k)

app_id = hexs(8)
add("blind-cg/http/decoy-env", "api-tests/flightstats.http", r'''
@appId = @@A@@
@base = https://api.flightstats.com/flex

### Airport status (appKey from the untracked .env via the REST Client dotenv helper)
GET {{base}}/flightstatus/rest/v2/json/airport/status/ORD/dep/2025/03/14/6?appId={{appId}}&appKey={{$dotenv FLIGHTSTATS_APP_KEY}}&numHours=2
Accept: application/json

### Delay index
GET {{base}}/delayindex/rest/v1/json/airports/ORD,MDW?appId={{appId}}&appKey={{$dotenv FLIGHTSTATS_APP_KEY}}
''', None, "VS Code REST Client: {{$dotenv}} system variable", A=app_id)

# ---------------------------------------------------------------------------------------------
# NOTAM and weather feeds: FAA SWIM/SCDS over Solace JMS, FAA NOTAM API, aviationweather.gov,
# CheckWX, AVWX, Avinor, OpenWeatherMap, Tomorrow.io, Meteomatics, EUROCONTROL B2B.
# ---------------------------------------------------------------------------------------------

p = rand_pw(16, "!#$%*")
q = uuid_s()
add("blind-cg/properties/swim-solace", "scds-consumer/src/main/resources/jms.properties", r'''
# FAA SWIM Cloud Distribution Service (SCDS) -- TFMS flight data subscription
# Values from the subscription details page on portal.swim.faa.gov
jms.providerUrl=tcps://ems2.swim.faa.gov:55443
jms.connectionFactory=ops.integration.CF
jms.vpn=TFMS
jms.username=ops.integration@mesa-air.example
jms.password=@@P@@
jms.queue=ops.integration@mesa-air.example.TFMS.@@Q@@.OUT
jms.sslValidateCertificate=true
jms.reconnectRetries=-1
jms.reconnectRetryWaitMillis=3000
output.dir=/data/scds/tfms
output.rollover=PT1H
''', p, "FAA SCDS JumpStart kit: jms.properties connection settings", P=p, Q=q)

p = rand_pw(16, "!#$%*")
add("blind-cg/java/swim-solace", "src/main/java/aero/ops/swim/ScdsSession.java", r'''
package aero.ops.swim;

import com.solacesystems.jcsmp.JCSMPException;
import com.solacesystems.jcsmp.JCSMPFactory;
import com.solacesystems.jcsmp.JCSMPProperties;
import com.solacesystems.jcsmp.JCSMPSession;

public final class ScdsSession {
    private ScdsSession() {}

    public static JCSMPSession open() throws JCSMPException {
        JCSMPProperties props = new JCSMPProperties();
        props.setProperty(JCSMPProperties.HOST, "tcps://ems1.swim.faa.gov:55443");
        props.setProperty(JCSMPProperties.VPN_NAME, "STDDS");
        props.setProperty(JCSMPProperties.USERNAME, "swim.ops@regional-air.example");
        props.setProperty(JCSMPProperties.PASSWORD, "@@P@@");
        props.setProperty(JCSMPProperties.SSL_VALIDATE_CERTIFICATE, true);
        props.setProperty(JCSMPProperties.REAPPLY_SUBSCRIPTIONS, true);
        JCSMPSession session = JCSMPFactory.onlyInstance().createSession(props);
        session.connect();
        return session;
    }
}
''', p, "Solace JCSMP API documentation: JCSMPProperties", P=p)

p = rand_pw(14, "!$%")
add("blind-cg/yaml/swim-solace", "swim-bridge/src/main/resources/application-prod.yml", r'''
spring:
  application:
    name: swim-bridge
solace:
  jms:
    host: tcps://ems2.swim.faa.gov:55443
    msg-vpn: FDPS
    client-username: fdps.dispatch@skyline-air.example
    client-password: @@P@@
    api-properties:
      SSL_VALIDATE_CERTIFICATE: true
      reconnectRetries: -1
swim:
  queue: fdps.dispatch@skyline-air.example.FDPS.6c1f0f0a-3f6c-4e8d-9a1b-2f1de0e9c2aa.OUT
  sink:
    kafka-topic: swim.fdps.flight
logging:
  level:
    com.solacesystems: WARN
''', p, "Solace Spring Boot starter: solace.jms.client-password", P=p)

add("blind-cg/yaml/decoy-env", "swim-bridge/src/main/resources/application.yml", r'''
spring:
  application:
    name: swim-bridge
solace:
  jms:
    host: ${SCDS_HOST:tcps://ems2.swim.faa.gov:55443}
    msg-vpn: ${SCDS_VPN:FDPS}
    client-username: ${SCDS_USERNAME}
    client-password: ${SCDS_PASSWORD}
    api-properties:
      SSL_VALIDATE_CERTIFICATE: true
swim:
  queue: ${SCDS_QUEUE}
  sink:
    kafka-topic: swim.fdps.flight
''', None, "Spring Boot property placeholders")

p = human_pw()
add("blind-cg/xml/swim-solace", "swim-camel/src/main/resources/META-INF/spring/camel-context.xml", r'''
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
                           http://camel.apache.org/schema/spring http://camel.apache.org/schema/spring/camel-spring.xsd">

  <!-- SCDS STDDS (SMES surface movement) subscription -->
  <bean id="solaceConnectionFactory" class="com.solacesystems.jms.SolConnectionFactoryImpl"
        factory-method="create" factory-bean="solJmsUtility"/>
  <bean id="solJmsUtility" class="com.solacesystems.jms.SolJmsUtility"/>

  <bean id="scdsProps" class="org.springframework.beans.factory.config.MapFactoryBean">
    <property name="sourceMap">
      <map>
        <entry key="Host" value="tcps://ems1.swim.faa.gov:55443"/>
        <entry key="VPN" value="STDDS"/>
        <entry key="Username" value="smes.feed@hub-airport.example"/>
        <entry key="Password" value="@@P@@"/>
      </map>
    </property>
  </bean>

  <camelContext xmlns="http://camel.apache.org/schema/spring">
    <route id="smes-to-kafka">
      <from uri="jms:queue:smes.feed@hub-airport.example.STDDS.OUT?connectionFactory=#solaceConnectionFactory"/>
      <to uri="kafka:swim.smes?brokers=kafka:9092"/>
    </route>
  </camelContext>
</beans>
''', p, "Apache Camel Spring XML; Solace JMS connection factory", P=p)

p = rand_pw(16, "!#$%*")
add("blind-cg/python/swim-solace", "swim/consumer.py", r'''
"""Consume TFMS flow information from SCDS with the Solace Python API."""
from solace.messaging.messaging_service import MessagingService, RetryStrategy
from solace.messaging.resources.queue import Queue

BROKER = {
    "solace.messaging.transport.host": "tcps://ems2.swim.faa.gov:55443",
    "solace.messaging.service.vpn-name": "TFMS",
    "solace.messaging.authentication.scheme.basic.username": "tfm.analytics@carrier.example",
    "solace.messaging.authentication.scheme.basic.password": "@@P@@",
    "solace.messaging.tls.cert-validated": True,
}
QUEUE = "tfm.analytics@carrier.example.TFMS.OUT"


def run(handler) -> None:
    service = (MessagingService.builder().from_properties(BROKER)
               .with_reconnection_retry_strategy(RetryStrategy.forever_retry(3000)).build())
    service.connect()
    receiver = service.create_persistent_message_receiver_builder().build(Queue.durable_exclusive_queue(QUEUE))
    receiver.start()
    receiver.receive_async(handler)
''', p, "Solace PubSub+ Python API: basic authentication properties", P=p)

add("blind-cg/properties/decoy-placeholder", "scds-consumer/jms.properties.sample", r'''
# Copy to src/main/resources/jms.properties and fill in from the SCDS subscription page.
# Do NOT commit the filled-in file (it is in .gitignore).
jms.providerUrl=tcps://ems2.swim.faa.gov:55443
jms.connectionFactory=<your connection factory>
jms.vpn=TFMS
jms.username=<your SCDS username>
jms.password=<password provided by the SCDS portal>
jms.queue=<your queue name>
jms.sslValidateCertificate=true
output.dir=/data/scds/tfms
''', None, "FAA SCDS JumpStart kit: sample properties")

p = rand_pw(16, "!#%")
add("blind-cg/k8s/swim-secret-data", "deploy/k8s/swim-bridge/secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: scds-credentials
  namespace: ops-integration
  labels:
    app.kubernetes.io/name: swim-bridge
type: Opaque
data:
  SCDS_USERNAME: @@U@@
  SCDS_PASSWORD: @@P@@
  SCDS_VPN: @@V@@
''', p, "Kubernetes Secret: base64 data", U=b64("fdps.dispatch@skyline-air.example"), P=b64(p), V=b64("FDPS"))

p = human_pw()
add("blind-cg/markdown/swim-runbook", "docs/runbooks/scds-reconnect.md", r'''
# Runbook: SCDS queue stopped delivering

1. Check the swim-bridge pod logs for `JCSMPTransportException` or `401 Unauthorized`.
2. Log in to https://portal.swim.faa.gov and confirm the subscription is **Active**.
3. If the password expired (every 90 days), reset it in the portal and update the secret:

   ```
   kubectl -n ops-integration create secret generic scds-credentials \
     --from-literal=SCDS_USERNAME=fdps.dispatch@skyline-air.example \
     --from-literal=SCDS_PASSWORD='@@P@@' \
     --dry-run=client -o yaml | kubectl apply -f -
   ```

   (current password set 2025-02-11 by J. Okafor)
4. Restart: `kubectl -n ops-integration rollout restart deploy/swim-bridge`.
5. Verify messages on `swim.fdps.flight` with `kcat -C -t swim.fdps.flight -o -5 -e`.
''', p, "team runbook kept in the repository", P=p)

cid = hexs(32)
cs = hexs(32)
add("blind-cg/python/faa-notam-client-secret", "notams/faa_client.py", r'''
"""FAA NOTAM API (external-api.faa.gov/notamapi/v1) for the dispatch briefing package."""
import requests

NOTAM_URL = "https://external-api.faa.gov/notamapi/v1/notams"
HEADERS = {
    "client_id": "@@I@@",
    "client_secret": "@@S@@",
}


def notams_for(icao: str, page_size: int = 250) -> list[dict]:
    out, page = [], 1
    while True:
        r = requests.get(NOTAM_URL, headers=HEADERS, timeout=20,
                         params={"icaoLocation": icao, "responseFormat": "geoJson",
                                 "pageSize": page_size, "pageNum": page})
        r.raise_for_status()
        body = r.json()
        out.extend(item["properties"]["coreNOTAMData"]["notam"] for item in body["items"])
        if page >= body["totalPages"]:
            return out
        page += 1
''', cs, "FAA NOTAM API documentation: client_id / client_secret headers", I=cid, S=cs)

cid = hexs(32)
cs = hexs(32)
add("blind-cg/env/faa-notam", "briefing/.env.production", r'''
NODE_ENV=production
PORT=3000
NOTAM_API_URL=https://external-api.faa.gov/notamapi/v1/notams
NOTAM_CLIENT_ID=@@I@@
NOTAM_CLIENT_SECRET=@@S@@
NOTAM_CACHE_TTL=300
METAR_URL=https://aviationweather.gov/api/data/metar
BRIEFING_AIRPORTS=KDEN,KCOS,KASE,KEGE
''', cs, "dotenv file; FAA NOTAM API credentials", I=cid, S=cs)

add("blind-cg/typescript/decoy-env", "briefing/src/notams.ts", r'''
import axios from 'axios';

const NOTAM_URL = process.env.NOTAM_API_URL ?? 'https://external-api.faa.gov/notamapi/v1/notams';

// Both values are issued per application by the FAA API portal; they are read from the
// environment (see .env.example) and never logged.
const headers = {
  client_id: process.env.NOTAM_CLIENT_ID ?? '',
  client_secret: process.env.NOTAM_CLIENT_SECRET ?? '',
};

export interface Notam {
  id: string;
  number: string;
  location: string;
  text: string;
}

export async function fetchNotams(icao: string): Promise<Notam[]> {
  const { data } = await axios.get(NOTAM_URL, {
    headers,
    params: { icaoLocation: icao, responseFormat: 'geoJson', pageSize: 250 },
  });
  return data.items.map((i: any) => i.properties.coreNOTAMData.notam as Notam);
}
''', None, "Node.js process.env configuration")

add("blind-cg/python/decoy-public-weather", "wx/aviationweather.py", r'''
"""METAR/TAF from aviationweather.gov Data API.

The Data API is public and needs no key (https://aviationweather.gov/data/api/); it only asks
for a descriptive User-Agent and at most 100 requests per minute.
"""
import requests

API = "https://aviationweather.gov/api/data"
SESSION = requests.Session()
SESSION.headers["User-Agent"] = "skyline-dispatch-briefing/1.8 (ops-it@skyline-air.example)"
API_KEY = None  # not required


def metars(stations: list[str], hours: int = 2) -> list[dict]:
    r = SESSION.get(f"{API}/metar", params={"ids": ",".join(stations), "format": "json", "hours": hours})
    r.raise_for_status()
    return r.json()


def tafs(stations: list[str]) -> list[dict]:
    r = SESSION.get(f"{API}/taf", params={"ids": ",".join(stations), "format": "json"})
    r.raise_for_status()
    return r.json()
''', None, "aviationweather.gov Data API documentation: no key required")

k = hexs(32)
add("blind-cg/javascript/checkwx-key", "src/services/checkwx.js", r'''
// CheckWX METAR/TAF for the crew briefing page
const CHECKWX_KEY = '@@K@@';
const BASE = 'https://api.checkwx.com';

export async function decodedMetar(icaos) {
  const res = await fetch(`${BASE}/metar/${icaos.join(',')}/decoded`, {
    headers: { 'X-API-Key': CHECKWX_KEY },
  });
  if (!res.ok) throw new Error(`CheckWX ${res.status}`);
  const { data } = await res.json();
  return data.map((m) => ({
    icao: m.icao,
    flightCategory: m.flight_category,
    wind: m.wind ? `${m.wind.degrees}/${m.wind.speed_kts}` : 'CALM',
    raw: m.raw_text,
  }));
}
''', k, "CheckWX API documentation: X-API-Key header", K=k)

k = chars(43, B64URL)
add("blind-cg/python/avwx-token", "wx/avwx_client.py", r'''
from avwx import Metar  # noqa: F401  (kept for parsing helpers)
import httpx

AVWX_TOKEN = "@@K@@"


async def station_report(icao: str) -> dict:
    async with httpx.AsyncClient(base_url="https://avwx.rest/api", timeout=10) as client:
        r = await client.get(f"/metar/{icao}", params={"options": "info,translate", "onfail": "cache"},
                             headers={"Authorization": f"BEARER {AVWX_TOKEN}"})
        r.raise_for_status()
        data = r.json()
        return {"icao": icao, "flight_rules": data["flight_rules"], "raw": data["raw"]}
''', k, "AVWX REST API documentation: Authorization BEARER token", K=k)

add("blind-cg/python/decoy-public-avinor", "avinor/flydata.py", r'''
"""Avinor flight data (flydata.avinor.no) -- open XML feed, no registration or key.

See https://www.avinor.no/en/corporate/services/flight-data/ : requests at most every 3 minutes.
"""
import xml.etree.ElementTree as ET

import requests

FEED = "https://flydata.avinor.no/XmlFeed.asp"


def flights(airport: str = "OSL", direction: str = "D", time_from: int = 1, time_to: int = 7) -> list[dict]:
    r = requests.get(FEED, params={"airport": airport, "direction": direction,
                                   "TimeFrom": time_from, "TimeTo": time_to}, timeout=20)
    r.raise_for_status()
    root = ET.fromstring(r.content)
    return [{"uniqueID": f.get("uniqueID"), "flight_id": f.findtext("flight_id"),
             "schedule_time": f.findtext("schedule_time"), "gate": f.findtext("gate")}
            for f in root.iter("flight")]
''', None, "Avinor flight data documentation: open XML feed")

add("blind-cg/xml/decoy-fixture", "avinor/tests/fixtures/osl_departures.xml", r'''
<?xml version="1.0" encoding="iso-8859-1"?>
<airport name="OSL">
  <flights lastUpdate="2025-03-14T06:12:03Z">
    <flight uniqueID="2104587193">
      <airline>SK</airline>
      <flight_id>SK4035</flight_id>
      <dom_int>D</dom_int>
      <schedule_time>2025-03-14T06:30:00Z</schedule_time>
      <arr_dep>D</arr_dep>
      <airport>TOS</airport>
      <check_in>C1</check_in>
      <gate>C6</gate>
      <status code="D" time="2025-03-14T06:41:00Z"/>
    </flight>
    <flight uniqueID="2104591836">
      <airline>DY</airline>
      <flight_id>DY1302</flight_id>
      <dom_int>S</dom_int>
      <schedule_time>2025-03-14T06:35:00Z</schedule_time>
      <arr_dep>D</arr_dep>
      <airport>CPH</airport>
      <gate>F10</gate>
    </flight>
  </flights>
</airport>
''', None, "Avinor XmlFeed response format")

k = hexs(32)
add("blind-cg/yaml/openweathermap-appid", "ground-ops/config/weather.yaml", r'''
# Ramp weather alerts (lightning / wind) for ground handling at the outstations
provider: openweathermap
openweathermap:
  endpoint: https://api.openweathermap.org/data/3.0/onecall
  appid: @@K@@
  units: metric
  exclude: minutely,daily
stations:
  - code: BGO
    lat: 60.2934
    lon: 5.2181
  - code: TRD
    lat: 63.4578
    lon: 10.9240
thresholds:
  wind_gust_ms: 20
  lightning_radius_km: 8
''', k, "OpenWeatherMap One Call API: appid parameter", K=k)

k = alnum(32)
add("blind-cg/toml/tomorrow-io", "deice/pyproject-settings.toml", r'''
# Settings for the de-icing demand forecaster (loaded with tomllib)
[forecast]
provider = "tomorrow.io"
base_url = "https://api.tomorrow.io/v4/timelines"
apikey = "@@K@@"
fields = ["temperature", "precipitationIntensity", "freezingRainIntensity", "snowIntensity"]
timesteps = "1h"
horizon_hours = 24

[airport]
icao = "ENGM"
lat = 60.1939
lon = 11.1004
pads = ["DA1", "DA2", "DB1"]
''', k, "Tomorrow.io Timelines API: apikey parameter", K=k)

p = human_pw()
add("blind-cg/ini/meteomatics", "wx-ingest/meteomatics.cfg", r'''
[meteomatics]
url = https://api.meteomatics.com
username = skylineair_ops
password = @@P@@
parameters = t_2m:C,wind_gust_10m_1h:ms,precip_1h:mm,visibility:m,cape:Jkg
model = mix

[locations]
KDEN = 39.8561,-104.6737
KCOS = 38.8058,-104.7008
KASE = 39.2232,-106.8688
''', p, "Meteomatics API documentation: basic authentication", P=p)

k = hexs(32)
add("blind-cg/rust/checkwx-key", "metar-tui/src/client.rs", r'''
use reqwest::header::{HeaderMap, HeaderValue};
use serde::Deserialize;

const CHECKWX_URL: &str = "https://api.checkwx.com/metar";
const CHECKWX_KEY: &str = "@@K@@";

#[derive(Debug, Deserialize)]
pub struct MetarResponse {
    pub results: u32,
    pub data: Vec<String>,
}

pub fn client() -> reqwest::Result<reqwest::blocking::Client> {
    let mut headers = HeaderMap::new();
    headers.insert("X-API-Key", HeaderValue::from_static(CHECKWX_KEY));
    reqwest::blocking::Client::builder().default_headers(headers).build()
}

pub fn raw_metars(client: &reqwest::blocking::Client, icaos: &[&str]) -> reqwest::Result<MetarResponse> {
    client.get(format!("{}/{}", CHECKWX_URL, icaos.join(","))).send()?.json()
}
''', k, "CheckWX API documentation: X-API-Key header", K=k)

add("blind-cg/markdown/decoy-placeholder", "wx-ingest/README.md", r'''
# wx-ingest

Pulls METAR/TAF and model data for the dispatch briefing.

## Setup

1. Get a CheckWX key at https://www.checkwxapi.com/ and an AVWX token at https://account.avwx.rest/.
2. Create `wx-ingest/.env`:

   ```
   CHECKWX_API_KEY=<YOUR_CHECKWX_KEY>
   AVWX_TOKEN=<YOUR_AVWX_TOKEN>
   METEOMATICS_USERNAME=<user>
   METEOMATICS_PASSWORD=<password>
   ```

3. `make run`

aviationweather.gov needs no key. Requests look like:

    curl -H "X-API-Key: YOUR_API_KEY" https://api.checkwx.com/metar/KJFK/decoded
''', None, "README setup section with placeholders")

add("blind-cg/text/decoy-metar-notam", "tests/fixtures/briefing_samples.txt", r'''
# Sample products for parser tests (from public archives, times shifted)
METAR KDEN 141753Z 34012G22KT 10SM FEW080 SCT140 BKN250 04/M09 A3012 RMK AO2 PK WND 33029/1711 SLP219 T00441089 10050 20006 58012
METAR KASE 141753Z 29008KT 10SM -SN BKN045 OVC070 M03/M08 A3018 RMK AO2 SLP272 P0000 T10281078
TAF KCOS 141720Z 1418/1518 33015G25KT P6SM SCT060 BKN120
  FM142200 01010KT P6SM BKN050
  FM150300 VRB05KT P6SM SCT080
!DEN 03/128 DEN RWY 16R/34L CLSD 2503141400-2503142200
!FDC 5/2731 ZDV CO..AIRSPACE DENVER, CO..TEMPORARY FLIGHT RESTRICTIONS WI AN AREA DEFINED AS 3NM RADIUS OF 394510N1045933W SFC-3000FT AGL 2503150000-2503160400
Q) KZDV/QMRLC/IV/NBO/A/000/999/3951N10440W005
''', None, "FAA METAR/TAF/NOTAM formats (public aviation products)")

p = human_pw()
add("blind-cg/properties/eurocontrol-keystore", "nm-b2b/src/main/resources/b2b-client.properties", r'''
# EUROCONTROL NM B2B web services (PREOPS) -- certificate authentication
nm.b2b.endpoint=https://www.b2b.preops.nm.eurocontrol.int/B2B_PREOPS/gateway/spec/27.0.0
nm.b2b.version=27.0.0
nm.b2b.keystore.path=/opt/nm-b2b/certs/skyline-b2b.p12
nm.b2b.keystore.type=PKCS12
nm.b2b.keystore.password=@@P@@
nm.b2b.truststore.path=/opt/nm-b2b/certs/eurocontrol-ca.jks
nm.b2b.truststore.password=changeit
nm.b2b.services=FlightServices,FlowServices,AirspaceServices
nm.b2b.poll.flightlist=PT1M
''', p, "EUROCONTROL NM B2B reference manual: certificate-based access", P=p)

add("blind-cg/properties/decoy-ciphertext", "nm-b2b/src/main/resources/b2b-client-ops.properties", r'''
# EUROCONTROL NM B2B web services (OPS). Secrets are Jasypt-encrypted; the master password
# is JASYPT_ENCRYPTOR_PASSWORD in the runtime environment.
nm.b2b.endpoint=https://www.b2b.nm.eurocontrol.int/B2B_OPS/gateway/spec/27.0.0
nm.b2b.keystore.path=/opt/nm-b2b/certs/skyline-b2b-ops.p12
nm.b2b.keystore.type=PKCS12
nm.b2b.keystore.password=ENC(@@C@@)
nm.b2b.truststore.path=/opt/nm-b2b/certs/eurocontrol-ca.jks
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
''', None, "jasypt-spring-boot README: ENC() values", C=rand_bytes_b64(48))

key = pem("RSA")
add("blind-cg/pem/eurocontrol-client-key", "nm-b2b/certs/skyline-b2b-preops.key", r'''
@@K@@
''', key, "EUROCONTROL NM B2B client certificate (PEM private key)", K=key)

add("blind-cg/pem/decoy-certificate", "nm-b2b/certs/eurocontrol-ca.pem", r'''
# EUROCONTROL B2B trust chain (public CA certificate, downloaded from the NM B2B OneSky Team site)
@@C@@
''', None, "PEM certificate (RFC 7468)", C=cert_pem())

p = rand_pw(18)
add("blind-cg/xml/tomcat-keystore", "aodb-web/conf/server.xml", r'''
<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/aodb-web.p12"
                     certificateKeystoreType="PKCS12"
                     certificateKeystorePassword="@@P@@" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
''', p, "Apache Tomcat 9 SSL configuration: certificateKeystorePassword", P=p)

p = human_pw()
add("blind-cg/shell/keytool-storepass", "nm-b2b/scripts/import-b2b-cert.sh", r'''
#!/bin/sh
# Convert the NM B2B certificate delivered by EUROCONTROL (.p12) into the JKS the client expects.
set -e
cd "$(dirname "$0")/../certs"

keytool -importkeystore \
  -srckeystore skyline-b2b-preops.p12 -srcstoretype PKCS12 \
  -srcstorepass '@@P@@' \
  -destkeystore skyline-b2b.jks -deststoretype JKS \
  -deststorepass '@@P@@' \
  -alias 1 -destalias nm-b2b

keytool -list -keystore skyline-b2b.jks -storepass '@@P@@' | head -5
''', p, "keytool documentation: -srcstorepass/-deststorepass", P=p)

# ---------------------------------------------------------------------------------------------
# Airline operations, crew scheduling, airport operational databases (AODB/FIDS), alerting.
# ---------------------------------------------------------------------------------------------

p = human_pw()
add("blind-cg/yaml/rails-database", "crew-roster/config/database.yml", r'''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: crew_roster_development

test:
  <<: *default
  database: crew_roster_test

production:
  <<: *default
  host: crewdb-prod.c9xk2e1lq0ab.us-east-1.rds.amazonaws.com
  database: crew_roster
  username: crew_roster_app
  password: @@P@@
''', p, "Rails config/database.yml", P=p)

add("blind-cg/yaml/decoy-erb", "pairings/config/database.yml", r'''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: pairings_development

production:
  <<: *default
  url: <%= ENV["PAIRINGS_DATABASE_URL"] %>
  password: <%= Rails.application.credentials.dig(:db, :password) %>
''', None, "Rails database.yml with ERB and encrypted credentials")

p = rand_pw(20)
add("blind-cg/python/sqlalchemy-url", "crewtrack/settings.py", r'''
"""Crew legality tracker settings (FAR 117 duty/rest calculations)."""
from datetime import timedelta

DATABASE_URL = "postgresql+psycopg://crew_app:@@P@@@crewdb.ops.internal:5432/crew"
POOL_SIZE = 10

FDP_LIMIT_TABLE = "far117_table_b"
MIN_REST = timedelta(hours=10)
CUMULATIVE_WINDOWS = {
    "flight_time_672h": timedelta(hours=672),
    "flight_time_365d": timedelta(days=365),
}
HOME_BASES = ["DEN", "SLC", "PHX"]
TIMEZONE = "UTC"
''', p, "SQLAlchemy database URL", P=p)

p = rand_pw(14)
add("blind-cg/java/jdbc-oracle", "amos-bridge/src/main/java/aero/mro/amos/AmosDataSource.java", r'''
package aero.mro.amos;

import oracle.jdbc.pool.OracleDataSource;

import java.sql.SQLException;

/** Read-only access to the AMOS (Swiss-AS) database for the work-package exporter. */
public final class AmosDataSource {
    private static final String URL = "jdbc:oracle:thin:@//amos-db01.mro.internal:1521/AMOSPRD";
    private static final String USER = "AMOS_RO";
    private static final String PASSWORD = "@@P@@";

    private AmosDataSource() {}

    public static OracleDataSource create() throws SQLException {
        OracleDataSource ds = new OracleDataSource();
        ds.setURL(URL);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        ds.setImplicitCachingEnabled(true);
        return ds;
    }
}
''', p, "Oracle JDBC OracleDataSource", P=p)

p = human_pw()
add("blind-cg/properties/oracle-trax", "trax-sync/config/trax.properties", r'''
# TRAX eMRO -> reliability data warehouse sync
trax.db.url=jdbc:oracle:thin:@trax-scan.mro.internal:1521/TRAXP
trax.db.user=TRAX_REPORT
trax.db.password=@@P@@
trax.db.pool.max=5

sync.tables=AC_MASTER,WO,WO_TASK_CARD,AD_SB_CONTROL,PN_INVENTORY_DETAIL
sync.since.days=3
warehouse.url=jdbc:postgresql://dw01.mro.internal:5432/reliability
warehouse.user=etl
warehouse.password.file=/run/secrets/warehouse_password
''', p, "Java .properties; Oracle JDBC thin URL", P=p)

p = rand_pw(16, "!#")
add("blind-cg/xml/app-config-sqlserver", "AodbGateway/App.config", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="Aodb"
         connectionString="Server=aodb-sql01.airport.local;Database=AODB;User Id=aodb_gateway;Password=@@P@@;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="FidsPushIntervalSeconds" value="15" />
    <add key="StandAllocationEnabled" value="true" />
    <add key="TimeZone" value="W. Europe Standard Time" />
  </appSettings>
</configuration>
''', p, ".NET Framework App.config connectionStrings", P=p)

p = human_pw()
add("blind-cg/json/sqlserver-connection", "ResourceManagement.Api/appsettings.Production.json", r'''
{
  "ConnectionStrings": {
    "Rms": "Server=tcp:rms-sql.airport.local,1433;Initial Catalog=GateStandRms;User ID=rms_api;Password=@@P@@;MultipleActiveResultSets=True"
  },
  "Rms": {
    "Airport": "AMS",
    "StandPlanHorizonHours": 36,
    "BufferMinutes": { "Narrowbody": 10, "Widebody": 20 }
  },
  "Serilog": {
    "MinimumLevel": "Information"
  }
}
''', p, "ASP.NET Core ConnectionStrings", P=p)

add("blind-cg/json/decoy-integrated-security", "ResourceManagement.Api/appsettings.Development.json", r'''
{
  "ConnectionStrings": {
    "Rms": "Server=(localdb)\\MSSQLLocalDB;Database=GateStandRms;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "Rms": {
    "Airport": "AMS",
    "StandPlanHorizonHours": 36
  },
  "Serilog": {
    "MinimumLevel": "Debug"
  }
}
''', None, "SQL Server LocalDB with Windows authentication")

p = human_pw()
add("blind-cg/sql/create-role", "db/migrations/V014__reporting_roles.sql", r'''
-- Read-only role for the crew reporting dashboards (Metabase)
CREATE ROLE crew_reporting WITH LOGIN PASSWORD '@@P@@';
GRANT CONNECT ON DATABASE crew TO crew_reporting;
GRANT USAGE ON SCHEMA roster TO crew_reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA roster TO crew_reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA roster GRANT SELECT ON TABLES TO crew_reporting;

-- pairing views used by the dashboards
CREATE OR REPLACE VIEW roster.v_pairing_duty AS
SELECT p.pairing_id, p.base, d.duty_start_utc, d.duty_end_utc, d.fdp_minutes
FROM roster.pairing p JOIN roster.duty d USING (pairing_id);
''', p, "PostgreSQL CREATE ROLE ... PASSWORD", P=p)

rows = ",\n".join(f"  ('{u}', '{n}', '{bcrypt_hash()}', '{r}')" for u, n, r in [
    ("jmorales", "Julia Morales", "scheduler"), ("tnguyen", "Tuan Nguyen", "crew_tracker"),
    ("kpatel", "Kiran Patel", "admin"), ("lsvensson", "Lars Svensson", "viewer")])
add("blind-cg/sql/decoy-bcrypt-seed", "db/seeds/002_users.sql", r'''
-- Seed users for the staging crew portal. password_hash is bcrypt (cost 12); the plain
-- passwords were sent to each user and must be changed at first login.
INSERT INTO portal.users (username, display_name, password_hash, role) VALUES
@@R@@;

UPDATE portal.users SET must_change_password = true;
''', None, "bcrypt modular crypt format", R=rows)

p = rand_pw(16)
add("blind-cg/sql/oracle-db-link", "mro-dw/sql/create_amos_link.sql", r'''
-- Database link from the reliability warehouse to AMOS (read-only user)
-- run as DWADMIN
DROP DATABASE LINK amos_link;

CREATE DATABASE LINK amos_link
  CONNECT TO amos_ro IDENTIFIED BY "@@P@@"
  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=amos-db01.mro.internal)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=AMOSPRD)))';

SELECT COUNT(*) FROM wo_header@amos_link WHERE created_date > SYSDATE - 1;
''', p, "Oracle CREATE DATABASE LINK documentation", P=p)

add("blind-cg/sql/decoy-psql-variable", "db/bootstrap/create_roles.sql", r'''
-- Usage: psql -v app_password="$(vault kv get -field=password secret/crew/app)" -f create_roles.sql
\set ON_ERROR_STOP on

CREATE ROLE crew_app WITH LOGIN PASSWORD :'app_password';
GRANT CONNECT ON DATABASE crew TO crew_app;
GRANT USAGE, CREATE ON SCHEMA roster TO crew_app;

CREATE ROLE crew_readonly NOLOGIN;
GRANT USAGE ON SCHEMA roster TO crew_readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA roster TO crew_readonly;
''', None, "psql variables documentation: :'var' interpolation")

p = rand_pw(20)
add("blind-cg/yaml/ldap-bind", "crew-portal/config/ldap.yml", r'''
# Crew portal SSO fallback -- corporate AD
production:
  host: ad-dc01.corp.skyline-air.example
  port: 636
  encryption: simple_tls
  base: "OU=Crew,DC=corp,DC=skyline-air,DC=example"
  uid: sAMAccountName
  bind_dn: "CN=svc-crewportal,OU=Service Accounts,DC=corp,DC=skyline-air,DC=example"
  password: "@@P@@"
  group_base: "OU=Groups,DC=corp,DC=skyline-air,DC=example"
  required_groups:
    - "CN=Crew-FlightDeck,OU=Groups,DC=corp,DC=skyline-air,DC=example"
    - "CN=Crew-Cabin,OU=Groups,DC=corp,DC=skyline-air,DC=example"
''', p, "devise_ldap_authenticatable ldap.yml", P=p)

p = rand_pw(16)
add("blind-cg/python/django-email-password", "flightschool/portal/settings/production.py", r'''
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal.cascadeflightacademy.example"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "dispatch@cascadeflightacademy.example"
EMAIL_HOST_PASSWORD = "@@P@@"
DEFAULT_FROM_EMAIL = "Cascade Flight Academy <dispatch@cascadeflightacademy.example>"

# aircraft squawk reports go to the maintenance inbox
SQUAWK_NOTIFY = ["mx@cascadeflightacademy.example"]
''', p, "Django settings: EMAIL_HOST_PASSWORD", P=p)

add("blind-cg/python/decoy-env-django", "flightschool/portal/settings/base.py", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "flightschool"),
        "USER": os.environ.get("PGUSER", "flightschool"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")
FSP_API_KEY = os.environ.get("FLIGHT_SCHEDULE_PRO_API_KEY")
TIME_ZONE = "America/Los_Angeles"
''', None, "Django settings from environment variables")

k = sendgrid_key()
add("blind-cg/javascript/sendgrid-key", "roster-notify/src/mailer.js", r'''
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@K@@');

/**
 * Email a crew member their published roster for the bid period.
 */
async function sendRoster(crew, period, pdfBuffer) {
  await sgMail.send({
    to: crew.email,
    from: { email: 'crew-scheduling@skyline-air.example', name: 'Crew Scheduling' },
    subject: `Roster ${period.code} published`,
    text: `Hi ${crew.firstName}, your roster for ${period.code} is attached.`,
    attachments: [{
      content: pdfBuffer.toString('base64'),
      filename: `roster-${crew.employeeId}-${period.code}.pdf`,
      type: 'application/pdf',
    }],
  });
}

module.exports = { sendRoster };
''', k, "SendGrid Node.js library: setApiKey", K=k)

sid = "AC" + hexs(32)
t = hexs(32)
add("blind-cg/python/twilio-auth-token", "crew_callout/sms.py", r'''
"""Reserve crew call-out by SMS (irregular operations)."""
from twilio.rest import Client

ACCOUNT_SID = "@@S@@"
AUTH_TOKEN = "@@T@@"
FROM_NUMBER = "+17205550143"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def call_out(crew_phone: str, pairing: str, report_time: str, base: str) -> str:
    body = (f"Crew Scheduling: you are assigned {pairing}, report {report_time} at {base}. "
            "Reply YES to acknowledge.")
    msg = client.messages.create(to=crew_phone, from_=FROM_NUMBER, body=body)
    return msg.sid
''', t, "Twilio Python helper library: Client(account_sid, auth_token)", S=sid, T=t)

sid = "AC" + hexs(32)
add("blind-cg/ruby/decoy-twilio-sid", "ground_ops/app/services/ramp_sms.rb", r'''
# Sends gate-change texts to ramp agents.
# The Account SID identifies the account (not a secret); the auth token is in Rails credentials.
class RampSms
  ACCOUNT_SID = "@@S@@".freeze
  FROM = "+14255550188".freeze

  def initialize
    @client = Twilio::REST::Client.new(ACCOUNT_SID, Rails.application.credentials.twilio[:auth_token])
  end

  def gate_change(agent, flight, gate)
    @client.messages.create(
      from: FROM,
      to: agent.mobile,
      body: "#{flight.ident}: gate change to #{gate}. ETA #{flight.eta.strftime('%H:%M')}L"
    )
  end
end
''', None, "Twilio Ruby library; Rails encrypted credentials", S=sid)

w = slack_webhook()
add("blind-cg/shell/slack-webhook", "ops-scripts/irops_alert.sh", r'''
#!/usr/bin/env bash
# Post an IROPS alert to #ops-control when the cancellation count crosses the threshold.
# Called from cron on ops-util01 every 10 minutes.
set -euo pipefail

WEBHOOK_URL="@@W@@"
THRESHOLD=${THRESHOLD:-12}

CXL=$(psql -h opsdb -U ops_ro -d ops -At -c \
  "select count(*) from flight_leg where status='CXL' and sched_dep_utc::date = current_date")

if [ "$CXL" -ge "$THRESHOLD" ]; then
  curl -s -X POST -H 'Content-type: application/json' \
    --data "{\"text\":\":rotating_light: IROPS: ${CXL} cancellations today (threshold ${THRESHOLD})\"}" \
    "$WEBHOOK_URL"
fi
''', w, "Slack incoming webhooks documentation", W=w)

w = teams_webhook("skylineair")
add("blind-cg/powershell/teams-webhook", "ground-handling/scripts/Send-TurnaroundAlert.ps1", r'''
<#
.SYNOPSIS
  Posts a delayed-turnaround alert to the Ground Ops Teams channel.
#>
param(
    [Parameter(Mandatory)] [string] $Flight,
    [Parameter(Mandatory)] [string] $Stand,
    [int] $MinutesLate = 0
)

$webhook = "@@W@@"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Turnaround delay $Flight"
    themeColor = "D83B01"
    title      = "Turnaround delay: $Flight on stand $Stand"
    text       = "Off-block expected $MinutesLate min late. Check fuel, catering and PRM."
}

Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 4)
''', w, "Microsoft Teams incoming webhook documentation", W=w)

k = hexs(32)
add("blind-cg/alertmanager/pagerduty", "monitoring/alertmanager/alertmanager.yml", r'''
global:
  resolve_timeout: 5m

route:
  receiver: ops-slack
  group_by: [alertname, airport]
  routes:
    - matchers: [severity="critical", team="aodb"]
      receiver: aodb-pagerduty

receivers:
  - name: ops-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_url
        channel: "#aodb-alerts"
  - name: aodb-pagerduty
    pagerduty_configs:
      - routing_key: @@K@@
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
''', k, "Prometheus Alertmanager configuration: pagerduty_configs routing_key", K=k)

add("blind-cg/alertmanager/decoy-file-ref", "monitoring/alertmanager/alertmanager-fids.yml", r'''
global:
  resolve_timeout: 5m

route:
  receiver: fids-pagerduty
  group_by: [alertname, terminal]

receivers:
  - name: fids-pagerduty
    pagerduty_configs:
      # the key file is mounted from the Kubernetes secret alertmanager-pagerduty
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_routing_key
        severity: '{{ if eq .CommonLabels.severity "critical" }}critical{{ else }}warning{{ end }}'
        client: FIDS Alertmanager
        client_url: https://alerts.ops.airport.example
''', None, "Prometheus Alertmanager configuration: routing_key_file")

tok = fakes.telegram_token(_seed())
add("blind-cg/python/telegram-token", "spotter_bot/bot.py", r'''
"""Telegram bot: posts interesting movements seen by our ADS-B receiver (heavies, military, emergencies)."""
import asyncio
import json

import aiohttp
from telegram import Bot

BOT_TOKEN = "@@T@@"
CHAT_ID = -1001872263410
DUMP1090_URL = "http://adsb-pi.local/tar1090/data/aircraft.json"
EMERGENCY = {"7500", "7600", "7700"}


async def main() -> None:
    bot = Bot(BOT_TOKEN)
    seen: set[str] = set()
    async with aiohttp.ClientSession() as http:
        while True:
            async with http.get(DUMP1090_URL) as r:
                data = json.loads(await r.text())
            for ac in data["aircraft"]:
                if ac.get("squawk") in EMERGENCY and ac["hex"] not in seen:
                    seen.add(ac["hex"])
                    await bot.send_message(CHAT_ID, f"Squawk {ac['squawk']}: {ac.get('flight', '?').strip()} ({ac['hex']})")
            await asyncio.sleep(5)


asyncio.run(main())
''', tok, "python-telegram-bot documentation: Bot(token)", T=tok)

w = discord_webhook()
add("blind-cg/env/discord-webhook", "planefence/.env", r'''
# planefence / plane-alert settings (sdr-enthusiasts/docker-planefence)
FEEDER_TZ=America/New_York
PF_LAT=42.3656
PF_LON=-71.0096
PF_MAXDIST=2.0
PF_MAXALT=4500
PF_NAME=BOS 33L noise monitor
PF_DISCORD=ON
PF_DISCORD_WEBHOOKS=@@W@@
PA_DISCORD=OFF
PF_SOCKET30003HOST=ultrafeeder
''', w, "docker-planefence README: PF_DISCORD_WEBHOOKS", W=w)

add("blind-cg/yaml/decoy-sops", "deploy/secrets/ops-integrations.enc.yaml", r'''
aeroapi:
    key: @@A@@
scds:
    username: @@U@@
    password: @@P@@
pagerduty:
    routing_key: @@R@@
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:204815662201:key/2f0c9a1e-6b4d-4a51-9e6f-3c2d1b0a9f87
          created_at: "2025-02-11T09:14:22Z"
          enc: @@E@@
          aws_profile: ""
    lastmodified: "2025-02-11T09:14:23Z"
    mac: @@M@@
    unencrypted_suffix: _unencrypted
    version: 3.9.4
''', None, "Mozilla SOPS encrypted YAML", A=sops_enc(24), U=sops_enc(30), P=sops_enc(16),
    R=sops_enc(24), E=rand_bytes_b64(120), M=sops_enc(32))

add("blind-cg/ansible/decoy-vault", "ansible/group_vars/aodb/vault.yml", r'''
# ansible-vault encrypted values; edit with: ansible-vault edit --vault-id aodb@prompt
aodb_db_password: !vault |
@@V@@
aodb_fids_api_token: !vault |
@@W@@
''', None, "Ansible Vault documentation: encrypted variables", V=ansible_vault_blob("          "),
    W=ansible_vault_blob("          "))

p = human_pw()
add("blind-cg/ansible/aodb-password", "ansible/group_vars/aodb/main.yml", r'''
aodb_version: 7.4.2
aodb_install_dir: /opt/aodb
aodb_db_host: aodb-sql01.airport.local
aodb_db_name: AODB
aodb_db_user: aodb_svc
aodb_db_password: "@@P@@"
aodb_interfaces:
  - name: fids
    port: 9100
  - name: bhs
    port: 9110
  - name: billing
    port: 9120
aodb_timezone: Europe/Amsterdam
''', p, "Ansible group_vars", P=p)

add("blind-cg/ansible/decoy-jinja", "ansible/roles/aodb/defaults/main.yml", r'''
---
aodb_version: 7.4.2
aodb_db_host: "{{ groups['aodb_sql'][0] }}"
aodb_db_user: aodb_svc
aodb_db_password: "{{ vault_aodb_db_password }}"
aodb_fids_api_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/aodb:fids_token') }}"
aodb_service_user: aodb
aodb_log_retention_days: 30
''', None, "Ansible variables referencing vault_ variables and hashi_vault lookup")

p = human_pw()
add("blind-cg/docker-compose/postgres-crew", "crew-roster/docker-compose.prod.yml", r'''
services:
  db:
    image: postgres:16
    restart: always
    environment:
      POSTGRES_DB: crew_roster
      POSTGRES_USER: crew_roster
      POSTGRES_PASSWORD: "@@P@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    image: registry.skyline-air.example/crew-roster:2025.03.1
    depends_on: [db]
    environment:
      RAILS_ENV: production
      DATABASE_HOST: db
    ports:
      - "3000:3000"
volumes:
  pgdata:
''', p, "postgres Docker image: POSTGRES_PASSWORD", P=p)

add("blind-cg/docker-compose/decoy-secret-file", "pairings/docker-compose.yml", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: pairings
      POSTGRES_USER: pairings
      POSTGRES_PASSWORD_FILE: /run/secrets/pairings_db_password
    secrets:
      - pairings_db_password
  optimizer:
    image: registry.skyline-air.example/pairing-optimizer:4.2
    environment:
      DB_PASSWORD_FILE: /run/secrets/pairings_db_password
    secrets:
      - pairings_db_password
secrets:
  pairings_db_password:
    file: ./secrets/pairings_db_password.txt
''', None, "Docker Compose secrets; postgres image _FILE variables")

p = rand_pw(14, "!#")
add("blind-cg/docker-compose/mssql-aodb", "aodb-dev/docker-compose.yml", r'''
# Local copy of the AODB schema for developing the FIDS push service
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@P@@"
      MSSQL_PID: Developer
    ports:
      - "1433:1433"
    volumes:
      - ./schema:/docker-entrypoint-initdb.d
  fids-push:
    build: ../FidsPush
    environment:
      ConnectionStrings__Aodb: "Server=mssql;Database=AODB;User Id=sa;Password=@@P@@;TrustServerCertificate=True"
''', p, "mssql/server Docker image: MSSQL_SA_PASSWORD", P=p)

p = human_pw()
add("blind-cg/crontab/pg-dump", "ops-util/crontab", r'''
# m h dom mon dow command -- installed on ops-util01 with: crontab ops-util/crontab
MAILTO=ops-it@skyline-air.example
SHELL=/bin/bash

# nightly crew database dump to the backup share
15 2 * * * PGPASSWORD='@@P@@' pg_dump -h crewdb.ops.internal -U crew_backup -Fc crew > /mnt/backup/crew/crew-$(date +\%F).dump
# purge dumps older than 14 days
45 3 * * * find /mnt/backup/crew -name 'crew-*.dump' -mtime +14 -delete
# IROPS alert
*/10 * * * * /opt/ops-scripts/irops_alert.sh >> /var/log/irops_alert.log 2>&1
''', p, "crontab(5); PGPASSWORD environment variable", P=p)

add("blind-cg/crontab/decoy-env", "fids-util/crontab", r'''
# fids-util01 jobs
MAILTO=fids-admin@airport.example
SHELL=/bin/bash

# credentials for these jobs are in /etc/fids/job.env (root:fids 0640), not here
*/2 * * * * . /etc/fids/job.env && /opt/fids/bin/push_gates --airport "$FIDS_AIRPORT" --token-file /etc/fids/api.token
0 4 * * * . /etc/fids/job.env && PGPASSFILE=/etc/fids/pgpass pg_dump -h fidsdb -U fids_backup fids | gzip > /backup/fids-$(date +\%F).sql.gz
30 4 * * 0 /opt/fids/bin/rotate_logs --keep 8
''', None, "crontab(5); PGPASSFILE and sourced environment file")

p = rand_pw(18)
add("blind-cg/pgpass/crew", "deploy/ops-util/pgpass", r'''
# ~/.pgpass for the ops-util service account (copied by the bootstrap playbook, mode 0600)
# hostname:port:database:username:password
crewdb.ops.internal:5432:crew:crew_backup:@@P@@
# the reporting replica uses the same account via pgbouncer
# crewdb-ro.ops.internal:6432:crew:crew_backup:(same as above)
''', p, "PostgreSQL .pgpass file format", P=p)

p = human_pw()
add("blind-cg/odbc/amos", "reporting/odbc.ini", r'''
[ODBC Data Sources]
AMOS_PRD = Oracle in instantclient_21_12

[AMOS_PRD]
Driver = /opt/oracle/instantclient_21_12/libsqora.so.21.1
ServerName = //amos-db01.mro.internal:1521/AMOSPRD
UserID = AMOS_REPORT
Password = @@P@@
Application Attributes = T
Attributes = W
BatchAutocommitMode = IfAllSuccessful
''', p, "unixODBC odbc.ini; Oracle ODBC driver attributes", P=p)

p = rand_pw(16)
add("blind-cg/makefile/pg-restore", "crew-roster/Makefile", r'''
.PHONY: test lint refresh-staging

DB_HOST ?= crewdb-staging.ops.internal
DB_USER ?= crew_roster_app

test:
	bundle exec rspec

lint:
	bundle exec rubocop

# Refresh staging from last night's prod dump (anonymised by scripts/scrub.sql)
refresh-staging:
	PGPASSWORD=@@P@@ pg_restore --clean --no-owner -h $(DB_HOST) -U $(DB_USER) -d crew_roster /mnt/backup/crew/latest.dump
	PGPASSWORD=@@P@@ psql -h $(DB_HOST) -U $(DB_USER) -d crew_roster -f scripts/scrub.sql
''', p, "GNU make; PGPASSWORD", P=p)

add("blind-cg/makefile/decoy-pass", "aodb-reports/Makefile", r'''
.PHONY: report publish

REPORT_DATE ?= $(shell date -u -d yesterday +%F)
# password comes from the team's pass(1) store, never from this file
PGPASSWORD = $(shell pass show airport/aodb/report_ro)

report:
	PGPASSWORD='$(PGPASSWORD)' psql -h aodb-replica -U report_ro -d aodb \
	  -v day="'$(REPORT_DATE)'" -f sql/daily_movements.sql -o out/movements-$(REPORT_DATE).csv

publish: report
	aws s3 cp out/movements-$(REPORT_DATE).csv s3://airport-ops-reports/movements/
''', None, "GNU make $(shell) with pass(1)")

p = rand_pw(20)
add("blind-cg/hocon/typeb-mq", "typeb-gateway/src/main/resources/application.conf", r'''
# Type B (IATA) message gateway -- SITA / ARINC via IBM MQ
akka {
  loglevel = INFO
}

typeb {
  mq {
    queue-manager = "QMTYPEB1"
    channel = "SKYLINE.SVRCONN"
    conn-name = "mqgw01.ops.internal(1414)"
    user = "typebgw"
    password = "@@P@@"
    inbound-queue = "TYPEB.IN"
    outbound-queue = "TYPEB.OUT"
  }
  originator = "SLCOWXH"
  handled-types = ["MVT", "LDM", "CPM", "PTM", "BSM"]
}
''', p, "Lightweight Bend HOCON; IBM MQ client connection", P=p)

p = rand_pw(24)
add("blind-cg/properties/kafka-jaas", "bag-events/config/consumer.properties", r'''
# BSM/BPM baggage events from the airport BHS bridge
bootstrap.servers=b-1.bags.kafka.eu-west-1.amazonaws.com:9096,b-2.bags.kafka.eu-west-1.amazonaws.com:9096
group.id=bag-tracker
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="bag-tracker" password="@@P@@";
auto.offset.reset=earliest
enable.auto.commit=false
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=org.apache.kafka.common.serialization.StringDeserializer
''', p, "Apache Kafka security documentation: sasl.jaas.config", P=p)

p = fakes.redis_password(_seed())
add("blind-cg/python/redis-url", "fids/celeryconfig.py", r'''
"""Celery config for the FIDS updater workers."""
broker_url = "redis://:@@P@@@fids-cache.airport.local:6379/0"
result_backend = "redis://:@@P@@@fids-cache.airport.local:6379/1"

task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Oslo"
beat_schedule = {
    "refresh-gates": {"task": "fids.tasks.refresh_gates", "schedule": 30.0},
    "refresh-belts": {"task": "fids.tasks.refresh_belts", "schedule": 30.0},
}
''', p, "Celery Redis broker URL", P=p)

p = rand_pw(18)
add("blind-cg/yaml/rabbitmq-url", "ground-handling/dispatcher/config.yaml", r'''
# Ground handling task dispatcher (turnaround tasks -> handheld devices)
http:
  listen: ":8090"
amqp:
  url: amqps://gh-dispatcher:@@P@@@rabbitmq.gh.internal:5671/turnaround
  exchange: turnaround.tasks
  prefetch: 20
aodb:
  events_url: https://aodb-api.airport.local/v2/events
  poll_interval: 15s
stands:
  remote: ["R1", "R2", "R3", "R4"]
''', p, "RabbitMQ URI specification", P=p)

p = rand_pw(16)
add("blind-cg/javascript/mongodb-uri", "bagtrack/src/db.js", r'''
const { MongoClient } = require('mongodb');

// Bag tracking store (BSM/BPM history per tag number)
const uri = 'mongodb+srv://bagtrack:@@P@@@bags-prod.x7kq2.mongodb.net/bagtrack?retryWrites=true&w=majority';

const client = new MongoClient(uri, { maxPoolSize: 20 });

async function bagsCollection() {
  if (!client.topology || !client.topology.isConnected()) {
    await client.connect();
  }
  return client.db('bagtrack').collection('bags');
}

async function history(tagNumber) {
  const bags = await bagsCollection();
  return bags.find({ tag: tagNumber }).sort({ ts: 1 }).toArray();
}

module.exports = { history };
''', p, "MongoDB Node.js driver connection string", P=p)

p = rand_pw(20)
add("blind-cg/logstash/elasticsearch", "bhs-logs/pipeline/bsm.conf", r'''
input {
  tcp {
    port => 5514
    codec => line
    tags => ["bhs", "bsm"]
  }
}
filter {
  grok {
    match => { "message" => "\.V/1L%{WORD:station}.*\.N/%{NUMBER:tag_number}" }
  }
}
output {
  elasticsearch {
    hosts => ["https://es01.bhs.airport.local:9200"]
    index => "bsm-%{+YYYY.MM.dd}"
    user => "logstash_bhs"
    password => "@@P@@"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
''', p, "Logstash elasticsearch output plugin: user/password", P=p)

sbkey = rand_bytes_b64(32)
add("blind-cg/json/azure-servicebus", "AodbEvents.Functions/local.settings.json", r'''
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AodbServiceBus": "Endpoint=sb://aodb-events-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=@@K@@",
    "AodbTopic": "flight-updates",
    "FidsSubscription": "fids"
  }
}
''', sbkey, "Azure Service Bus connection string; Azure Functions local.settings.json", K=sbkey)

add("blind-cg/json/decoy-keyvault-ref", "infra/appservice/aodb-api.settings.json", r'''
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
  { "name": "AodbServiceBus", "value": "@Microsoft.KeyVault(SecretUri=https://kv-aodb-prod.vault.azure.net/secrets/aodb-servicebus/)", "slotSetting": false },
  { "name": "ConnectionStrings__Aodb", "value": "@Microsoft.KeyVault(VaultName=kv-aodb-prod;SecretName=aodb-sql)", "slotSetting": false },
  { "name": "Oag__SubscriptionKey", "value": "@Microsoft.KeyVault(VaultName=kv-aodb-prod;SecretName=oag-subscription-key)", "slotSetting": false },
  { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false }
]
''', None, "Azure App Service Key Vault references")

add("blind-cg/json/decoy-azurite", "AodbEvents.Functions/local.settings.Development.json", r'''
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
    "AodbServiceBus": "",
    "AodbTopic": "flight-updates"
  }
}
''', None, "Azurite documentation: well-known development account key")

skey = rand_bytes_b64(64)
add("blind-cg/csharp/azure-storage", "FidsMedia/Storage/BlobStore.cs", r'''
using Azure.Storage.Blobs;

namespace Airport.FidsMedia.Storage
{
    // Gate screen media (airline logos, advertising loops)
    public static class BlobStore
    {
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=fidsmediaprod;" +
            "AccountKey=@@K@@;EndpointSuffix=core.windows.net";

        public static BlobContainerClient Logos() =>
            new BlobServiceClient(ConnectionString).GetBlobContainerClient("airline-logos");

        public static BlobContainerClient Loops() =>
            new BlobServiceClient(ConnectionString).GetBlobContainerClient("gate-loops");
    }
}
''', skey, "Azure Storage connection string", K=skey)

add("blind-cg/csharp/decoy-user-secrets", "src/Schedules/Program.cs", r'''
using Skyline.Schedules.Oag;

var builder = WebApplication.CreateBuilder(args);

// Local development: dotnet user-secrets set "Oag:SubscriptionKey" "<your-key>"
// Production: the App Service setting Oag__SubscriptionKey is a Key Vault reference.
var oagKey = builder.Configuration["Oag:SubscriptionKey"]
             ?? throw new InvalidOperationException("Oag:SubscriptionKey is not configured");

builder.Services.AddHttpClient<OagScheduleClient>(c =>
{
    c.BaseAddress = new Uri(builder.Configuration["Oag:BaseUrl"]!);
    c.DefaultRequestHeaders.Add("Subscription-Key", oagKey);
});

var app = builder.Build();
app.MapGet("/departures/{airport}", async (string airport, OagScheduleClient oag) =>
    Results.Json(await oag.DeparturesAsync(airport, DateTime.UtcNow.ToString("yyyy-MM-dd"))));
app.Run();
''', None, "ASP.NET Core Secret Manager (user-secrets)")

s = azure_client_secret()
add("blind-cg/json/azure-ad-client-secret", "CrewPortal/appsettings.Production.json", r'''
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "skylineair.onmicrosoft.com",
    "TenantId": "7d3c9f1e-2b84-4c1a-9e0f-5a6b7c8d9e0f",
    "ClientId": "b1e6a3f0-8d2c-4e57-a9b1-3c4d5e6f7a8b",
    "ClientSecret": "@@S@@",
    "CallbackPath": "/signin-oidc"
  },
  "DownstreamApis": {
    "Graph": { "BaseUrl": "https://graph.microsoft.com/v1.0", "Scopes": ["Calendars.ReadWrite"] }
  },
  "CrewPortal": { "RosterSyncEnabled": true }
}
''', s, "Microsoft.Identity.Web appsettings: AzureAd ClientSecret", S=s)

# ---------------------------------------------------------------------------------------------
# Baggage and passenger systems: SITA, WorldTracer, Amadeus, Duffel, NDC, ONE Order, Timatic,
# departure control and check-in kiosks.
# ---------------------------------------------------------------------------------------------

k = hexs(32)
add("blind-cg/python/sita-api-key", "pax/sita_flightinfo.py", r'''
"""SITA Flight Status Global API -- used by the connection-risk calculator."""
import requests

SITA_BASE = "https://flifo.api.aero/flifo/v3"
SITA_API_KEY = "@@K@@"


def flight_status(airport: str, airline: str, flight: str, direction: str = "d") -> dict:
    url = f"{SITA_BASE}/flight/{airport}/{airline}/{flight}/{direction}"
    r = requests.get(url, headers={"X-apiKey": SITA_API_KEY, "Accept": "application/json"}, timeout=10)
    r.raise_for_status()
    return r.json()


def min_connect_ok(inbound: dict, outbound: dict, mct_minutes: int) -> bool:
    arr = inbound["flightRecord"][0]["estimated"]
    dep = outbound["flightRecord"][0]["scheduled"]
    from datetime import datetime
    fmt = "%Y-%m-%dT%H:%M:%S%z"
    return (datetime.strptime(dep, fmt) - datetime.strptime(arr, fmt)).total_seconds() >= mct_minutes * 60
''', k, "SITA developer portal (api.aero): X-apiKey header", K=k)

p = rand_pw(12)
add("blind-cg/yaml/worldtracer", "baggage/mishandled-bags/config/worldtracer.yml", r'''
# WorldTracer Management (WTR) web services -- mishandled baggage files
worldtracer:
  endpoint: https://wtrweb.worldtracer.aero/baggage/services/WTRService
  airline_code: XQ
  station: BGO
  agent_sine: XQBGO01
  username: XQBGOAPI
  password: @@P@@
  timeout_seconds: 30
sync:
  file_types: [AHL, OHD, DPR]
  interval: 5m
notify:
  email: baggage-services@nordicair.example
''', p, "SITA WorldTracer web services: agent credentials", P=p)

cid = alnum(32)
cs = alnum(16)
add("blind-cg/python/amadeus-client-secret", "shopping/amadeus_offers.py", r'''
from amadeus import Client, ResponseError

amadeus = Client(
    client_id="@@I@@",
    client_secret="@@S@@",
    hostname="production",
)


def cheapest(origin: str, destination: str, date: str, adults: int = 1) -> list[dict]:
    try:
        resp = amadeus.shopping.flight_offers_search.get(
            originLocationCode=origin, destinationLocationCode=destination,
            departureDate=date, adults=adults, max=10, currencyCode="EUR")
    except ResponseError as err:
        print("amadeus error", err.code)
        return []
    return sorted(resp.data, key=lambda o: float(o["price"]["grandTotal"]))
''', cs, "Amadeus for Developers Python SDK: Client(client_id, client_secret)", I=cid, S=cs)

add("blind-cg/python/decoy-test-fixture", "shopping/tests/test_amadeus_offers.py", r'''
"""Offline tests: the Amadeus client is mocked, the credentials below are fake on purpose."""
from unittest import mock

import pytest

FAKE_CLIENT_ID = "test-client-id-not-real"
FAKE_CLIENT_SECRET = "test-secret-000000"


@pytest.fixture
def offers():
    return [{"id": "1", "price": {"grandTotal": "212.40"}}, {"id": "2", "price": {"grandTotal": "98.10"}}]


def test_cheapest_sorts_by_total(offers, monkeypatch):
    with mock.patch("amadeus.Client") as client_cls:
        client_cls.return_value.shopping.flight_offers_search.get.return_value.data = offers
        import importlib
        import shopping.amadeus_offers as mod
        importlib.reload(mod)
        assert [o["id"] for o in mod.cheapest("OSL", "LHR", "2025-06-01")] == ["2", "1"]
''', None, "pytest fixtures with declared fake credentials")

tok = "duffel_live_" + chars(43, B64URL)
add("blind-cg/typescript/duffel-token", "booking-api/src/duffel.ts", r'''
import { Duffel } from '@duffel/api';

export const duffel = new Duffel({
  token: '@@T@@',
});

export async function searchOffers(origin: string, destination: string, departureDate: string) {
  const offerRequest = await duffel.offerRequests.create({
    slices: [{ origin, destination, departure_date: departureDate }],
    passengers: [{ type: 'adult' }],
    cabin_class: 'economy',
    return_offers: true,
  });
  return offerRequest.data.offers.slice(0, 20);
}
''', tok, "Duffel API documentation: access tokens (duffel_live_)", T=tok)

add("blind-cg/typescript/decoy-env-duffel", "booking-api/src/duffelClient.ts", r'''
import { Duffel } from '@duffel/api';

const token = process.env.DUFFEL_ACCESS_TOKEN;
if (!token) {
  throw new Error('DUFFEL_ACCESS_TOKEN is not set (use a duffel_test_ token locally)');
}

export const duffel = new Duffel({ token });

export const getOrder = (orderId: string) => duffel.orders.get(orderId);
// order ids look like ord_0000AEdGRhsHRNjkxZ1ETE and are safe to log
''', None, "Duffel API documentation; process.env")

k = hexs(32)
pid = uuid_s()
add("blind-cg/postman/ndc-api-key", "ndc-tests/NDC-Prod.postman_environment.json", r'''
{
  "id": "@@I@@",
  "name": "NDC 21.3 - Production",
  "values": [
    { "key": "baseUrl", "value": "https://ndc.nordicair.example/api/21.3", "type": "default", "enabled": true },
    { "key": "agencyId", "value": "98765432", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "@@K@@", "type": "secret", "enabled": true },
    { "key": "currency", "value": "NOK", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2025-03-02T10:41:17.220Z",
  "_postman_exported_using": "Postman/11.2.14"
}
''', k, "Postman environment export format", I=pid, K=k)

add("blind-cg/postman/decoy-variables", "ndc-tests/NDC-AirShopping.postman_collection.json", r'''
{
  "info": {
    "_postman_id": "5d3f7e2a-91c4-4b0e-8f6a-2c1d0e9b8a77",
    "name": "NDC AirShopping",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "AirShoppingRQ",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Authorization-Key", "value": "{{apiKey}}" },
          { "key": "Content-Type", "value": "application/xml" }
        ],
        "url": "{{baseUrl}}/AirShopping",
        "body": { "mode": "file", "file": { "src": "samples/AirShoppingRQ.xml" } }
      }
    }
  ]
}
''', None, "Postman collection v2.1 with {{variables}}")

s = alnum(40)
add("blind-cg/yaml/one-order-client-secret", "order-service/src/main/resources/application-prod.yaml", r'''
spring:
  security:
    oauth2:
      client:
        registration:
          oneorder:
            provider: oneorder-idp
            client-id: order-service
            client-secret: @@S@@
            authorization-grant-type: client_credentials
            scope: orders.read,orders.write
        provider:
          oneorder-idp:
            token-uri: https://idp.nordicair.example/realms/one-order/protocol/openid-connect/token
oneorder:
  base-url: https://orders.nordicair.example/oo/24.1
  owner-code: XQ
''', s, "Spring Security OAuth2 client registration; IATA ONE Order", S=s)

s = alnum(10)
cid = low(24)
add("blind-cg/kotlin/lufthansa-client-secret", "fares/src/main/kotlin/aero/fares/LufthansaAuth.kt", r'''
package aero.fares

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.forms.submitForm
import io.ktor.http.parameters

object LufthansaAuth {
    private const val TOKEN_URL = "https://api.lufthansa.com/v1/oauth/token"
    private const val CLIENT_ID = "@@I@@"
    private const val CLIENT_SECRET = "@@S@@"

    suspend fun token(http: HttpClient): String {
        val resp: Map<String, Any> = http.submitForm(
            url = TOKEN_URL,
            formParameters = parameters {
                append("client_id", CLIENT_ID)
                append("client_secret", CLIENT_SECRET)
                append("grant_type", "client_credentials")
            }
        ).body()
        return resp["access_token"] as String
    }
}
''', s, "Lufthansa Open API: OAuth client_credentials", I=cid, S=s)

p = human_pw()
add("blind-cg/ruby/timatic", "checkin/config/initializers/timatic.rb", r'''
# IATA Timatic AutoCheck -- document checks at check-in
Timatic.configure do |c|
  c.endpoint  = "https://autocheck.timaticweb2.com/autocheck/v2"
  c.username  = "NORDICAIR_AC"
  c.password  = "@@P@@"
  c.sub_user  = "DCS"
  c.timeout   = 8
  c.logger    = Rails.logger
end

Rails.application.config.after_initialize do
  Rails.logger.info("Timatic AutoCheck configured for #{Timatic.config.username}")
end
''', p, "IATA Timatic AutoCheck: username/password authentication", P=p)

p = human_pw()
add("blind-cg/php/dcs-mysql", "kiosk/includes/db.php", r'''
<?php
// Self-service check-in kiosk backend (regional terminal) -- departure control cache
$DB_HOST = 'dcs-cache.terminal.local';
$DB_NAME = 'dcs_cache';
$DB_USER = 'kiosk';
$DB_PASS = '@@P@@';

function dcs_db(): PDO {
    global $DB_HOST, $DB_NAME, $DB_USER, $DB_PASS;
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO("mysql:host=$DB_HOST;dbname=$DB_NAME;charset=utf8mb4", $DB_USER, $DB_PASS, [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
        ]);
    }
    return $pdo;
}

function find_booking(string $pnr, string $lastName): ?array {
    $stmt = dcs_db()->prepare('SELECT * FROM pax WHERE pnr = ? AND last_name = ? LIMIT 1');
    $stmt->execute([strtoupper($pnr), strtoupper($lastName)]);
    return $stmt->fetch(PDO::FETCH_ASSOC) ?: null;
}
''', p, "PHP PDO MySQL connection", P=p)

add("blind-cg/php/decoy-env", "kiosk/includes/config.php", r'''
<?php
// Kiosk configuration: everything secret comes from the environment set by the kiosk image
// (see deploy/kiosk.env.example). Nothing here is a credential.
return [
    'db' => [
        'host' => getenv('DCS_DB_HOST') ?: 'dcs-cache.terminal.local',
        'name' => getenv('DCS_DB_NAME') ?: 'dcs_cache',
        'user' => getenv('DCS_DB_USER') ?: 'kiosk',
        'pass' => getenv('DCS_DB_PASS'),
    ],
    'printer' => [
        'bag_tag' => 'IER 512',
        'boarding_pass' => 'IER 400',
    ],
    'timatic' => [
        'username' => getenv('TIMATIC_USER'),
        'password' => getenv('TIMATIC_PASSWORD'),
    ],
];
''', None, "PHP getenv configuration")

add("blind-cg/text/decoy-bcbp", "checkin/spec/fixtures/bcbp_samples.txt", r'''
# IATA BCBP (Resolution 792) sample strings for the boarding-pass parser specs.
# Names, PNRs and ticket numbers are invented; the trailing blocks are sample security data.
M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 100
M1GRANDMAIRE/MELANIE  EABC123 GVAFRAXQ 0834 226J003A0001 14C>3181WW6225BAC 00141234560032A0141234567890 1AC AC 1234567890123    20KYLX58ZDEF456 FRAGVALH 3664 227C012C0002 12E2A0141234567890 1AC AC 1234567890123    2PCNWQ^164GIWVC5EH7JNT684FVNJ91W2QA4DVN5J8K4F0L0GEQ3DF5TGBN8709HKT5D3DW3GBHFCVHMY7J5T6HFR41W2QA4DVN5J8K4F0L0GE
M2DOE/JOHN            EXYZ789 OSLBGOXQ 0613 074Y012C0101 14C>30B1WW6074BXQ 2510101234567891 XQ                         0XYZ789 BGOTOSXQ 0642 074Y004D0099 12B25101234567892 XQ                         0
''', None, "IATA Resolution 792 BCBP implementation guide samples")

add("blind-cg/json/decoy-pnr-fixture", "dcs-sync/tests/fixtures/pnr_ABC123.json", r'''
{
  "recordLocator": "ABC123",
  "createdUtc": "2025-03-01T14:22:09Z",
  "owner": "XQ",
  "passengers": [
    {
      "paxId": "PAX1",
      "name": { "given": "TEST", "surname": "PASSENGER" },
      "ticketNumber": "2571234567890",
      "ffp": { "program": "XQ", "number": "000000000" },
      "apis": { "docType": "P", "docNumber": "X0000000", "expiry": "2030-01-01", "nationality": "NOR" }
    }
  ],
  "segments": [
    { "segId": "SEG1", "flight": "XQ612", "from": "OSL", "to": "BGO", "dep": "2025-03-14T06:13:00Z", "cabin": "Y", "status": "HK" }
  ],
  "orderId": "XQ-ORD-7f3a9c2e-5b1d-4e8a-a6c0-9d2f1b3e4a57",
  "_note": "synthetic test data, not a real booking"
}
''', None, "test fixture declared synthetic")

add("blind-cg/xml/decoy-ndc-sample", "ndc-tests/samples/AirShoppingRS.xml", r'''
<?xml version="1.0" encoding="UTF-8"?>
<IATA_AirShoppingRS xmlns="http://www.iata.org/IATA/2015/00/2021.3/IATA_AirShoppingRS">
  <PayloadAttributes>
    <CorrelationID>9f2c4e7a-1b3d-4c5e-8f90-a1b2c3d4e5f6</CorrelationID>
    <VersionNumber>21.3</VersionNumber>
  </PayloadAttributes>
  <Response>
    <ShoppingResponse>
      <ShoppingResponseID>SR-4e1f9a0c7d2b8e35a6f1</ShoppingResponseID>
    </ShoppingResponse>
    <OffersGroup>
      <CarrierOffers>
        <Offer>
          <OfferID>OF-XQ-8c1d2e3f4a5b6c7d8e9f0a1b</OfferID>
          <OwnerCode>XQ</OwnerCode>
          <OfferExpirationTimeLimitDateTime>2025-03-14T12:30:00Z</OfferExpirationTimeLimitDateTime>
          <TotalPrice>
            <TotalAmount CurCode="NOK">1249.00</TotalAmount>
          </TotalPrice>
        </Offer>
      </CarrierOffers>
    </OffersGroup>
  </Response>
</IATA_AirShoppingRS>
''', None, "IATA NDC 21.3 AirShoppingRS schema sample")

add("blind-cg/json/decoy-jwks", "order-service/src/test/resources/jwks.json", r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "oo-2025-01",
      "n": "@@N@@",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "use": "sig",
      "crv": "P-256",
      "kid": "oo-2025-02",
      "x": "@@X@@",
      "y": "@@Y@@"
    }
  ]
}
''', None, "RFC 7517 JSON Web Key Set (public keys)", N=chars(342, B64URL), X=chars(43, B64URL), Y=chars(43, B64URL))

add("blind-cg/yaml/decoy-openapi", "api/openapi/flight-status.yaml", r'''
openapi: 3.0.3
info:
  title: Flight Status (partner API)
  version: 2.1.0
servers:
  - url: https://api.nordicair.example/flightstatus/v2
security:
  - apiKeyHeader: []
components:
  securitySchemes:
    apiKeyHeader:
      type: apiKey
      in: header
      name: x-api-key
      description: Issued per partner in the developer portal. Example value `YOUR_API_KEY`.
paths:
  /flights/{flightNumber}:
    get:
      parameters:
        - name: flightNumber
          in: path
          required: true
          schema: { type: string, example: XQ612 }
        - name: x-api-key
          in: header
          schema: { type: string, example: 00000000000000000000000000000000 }
      responses:
        "200": { description: Flight status }
''', None, "OpenAPI 3.0 securitySchemes apiKey")

add("blind-cg/yaml/decoy-vcr", "pax/tests/cassettes/test_flight_status.yaml", r'''
interactions:
- request:
    body: null
    headers:
      Accept: [application/json]
      X-apiKey: [FILTERED]
      User-Agent: [python-requests/2.32.3]
    method: GET
    uri: https://flifo.api.aero/flifo/v3/flight/bgo/xq/612/d
  response:
    body:
      string: '{"success":true,"flightRecord":[{"operatingCarrier":{"airlineCode":"XQ","flightNumber":"612"},"scheduled":"2025-03-14T07:13:00+0100","status":"DP"}]}'
    headers:
      Content-Type: [application/json]
    status: {code: 200, message: OK}
version: 1
''', None, "vcrpy cassette with filter_headers")

p = rand_pw(18)
add("blind-cg/go/rabbitmq-bsm", "bsm-router/main.go", r'''
package main

import (
    "log"

    amqp "github.com/rabbitmq/amqp091-go"
)

// BSM router: takes baggage source messages from the BHS and fans them out per flight.
const amqpURL = "amqp://bsm-router:@@P@@@mq01.bhs.airport.local:5672/bags"

func main() {
    conn, err := amqp.Dial(amqpURL)
    if err != nil {
        log.Fatalf("amqp dial: %v", err)
    }
    defer conn.Close()
    ch, err := conn.Channel()
    if err != nil {
        log.Fatalf("channel: %v", err)
    }
    msgs, err := ch.Consume("bhs.bsm", "bsm-router", false, false, false, false, nil)
    if err != nil {
        log.Fatalf("consume: %v", err)
    }
    for m := range msgs {
        route(ch, m)
    }
}
''', p, "RabbitMQ Go client: amqp.Dial URI", P=p)

# ---------------------------------------------------------------------------------------------
# MRO and maintenance tracking, CI/CD, containers, infrastructure, observability.
# ---------------------------------------------------------------------------------------------

p = human_pw()
add("blind-cg/env/mro-db-url", "mro-tracker/.env.production", r'''
# MRO tracker (AD/SB compliance, deferred defects, component times)
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
DATABASE_URL=postgres://mro_tracker:@@P@@@mro-db.c2hq8ka1xq9e.eu-west-1.rds.amazonaws.com:5432/mro_tracker
REDIS_URL=redis://mro-redis.internal:6379/0
FLEET=ATR72,DH8D,E190
CAMO_EMAIL=camo@nordicair.example
''', p, "dotenv; PostgreSQL connection URI", P=p)

p = rand_pw(16, "!$")
add("blind-cg/powershell/amos-export", "mro/scripts/Export-AmosWorkPackages.ps1", r'''
# Nightly export of open work packages from AMOS to the planning SharePoint list.
$ErrorActionPreference = "Stop"

$server   = "amos-sql01.mro.internal"
$database = "AMOS_REPORTING"
$user     = "amos_export"
$securePw = ConvertTo-SecureString "@@P@@" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($user, $securePw)

$query = @"
SELECT wp.wpno, wp.ac_registr, wp.station, wp.start_date, wp.end_date, wp.status
FROM wp_header wp
WHERE wp.status IN ('OPEN', 'PLANNED') AND wp.start_date < DATEADD(day, 14, GETDATE())
"@

$rows = Invoke-Sqlcmd -ServerInstance $server -Database $database -Credential $cred -Query $query
$rows | Export-Csv -Path "\\fs01\planning\amos\open_wps_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
Write-Host "Exported $($rows.Count) work packages"
''', p, "PowerShell ConvertTo-SecureString -AsPlainText; SqlServer Invoke-Sqlcmd", P=p)

p = human_pw()
add("blind-cg/vba/odbc", "mro/excel/ComponentTimes.bas", r'''
Attribute VB_Name = "ComponentTimes"
Option Explicit

' Pulls component TSN/CSN from the TRAX reporting schema into the "Times" sheet.
Private Const CONN As String = "Driver={Oracle in OraClient19Home1};Dbq=TRAXP;Uid=TRAX_REPORT;Pwd=@@P@@;"

Public Sub RefreshComponentTimes()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("SELECT ac, pn, sn, position, tsn, csn FROM v_component_times ORDER BY ac, position")
    With ThisWorkbook.Sheets("Times")
        .Range("A2:F5000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    cn.Close
End Sub
''', p, "ADO ODBC connection string (Oracle driver)", P=p)

add("blind-cg/powershell/decoy-secretmanagement", "mro/scripts/Export-AmosDefects.ps1", r'''
# Uses the SecretManagement module; the secret lives in the SecretStore of the service account.
# One-time setup on the job host:  Set-Secret -Name AmosExport -Secret (Get-Credential amos_export)
$ErrorActionPreference = "Stop"
Import-Module Microsoft.PowerShell.SecretManagement

$cred = Get-Secret -Name AmosExport
$query = "SELECT defect_no, ac_registr, ata_chapter, mel_category, due_date FROM defect WHERE status = 'DEFERRED'"

$rows = Invoke-Sqlcmd -ServerInstance "amos-sql01.mro.internal" -Database "AMOS_REPORTING" -Credential $cred -Query $query
$rows | Export-Csv -Path "\\fs01\planning\amos\deferred_defects.csv" -NoTypeInformation
''', None, "Microsoft.PowerShell.SecretManagement documentation")

tok = "dckr_pat_" + chars(27, B64URL)
add("blind-cg/github-actions/docker-token", ".github/workflows/publish-image.yml", r'''
name: publish-image

on:
  push:
    tags: ["v*"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          username: skylineops
          password: @@T@@
      - uses: docker/build-push-action@v6
        with:
          context: .
          push: true
          tags: skylineops/flight-status:${{ github.ref_name }}
''', tok, "docker/login-action README; Docker Hub personal access tokens", T=tok)

add("blind-cg/github-actions/decoy-secrets", ".github/workflows/integration.yml", r'''
name: integration

on:
  pull_request:
  schedule:
    - cron: "0 5 * * 1-5"

jobs:
  live-api:
    runs-on: ubuntu-latest
    env:
      AEROAPI_KEY: ${{ secrets.AEROAPI_KEY }}
      NOTAM_CLIENT_ID: ${{ vars.NOTAM_CLIENT_ID }}
      NOTAM_CLIENT_SECRET: ${{ secrets.NOTAM_CLIENT_SECRET }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -e .[test]
      - run: pytest -m live --maxfail=1
''', None, "GitHub Actions: secrets and vars contexts")

k = hexs(32)
add("blind-cg/gitlab-ci/aviationstack", ".gitlab-ci.yml", r'''
stages: [test, report]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  AVIATIONSTACK_KEY: "@@K@@"
  REPORT_AIRPORTS: "DEN,SLC,PHX"

cache:
  paths: [.cache/pip]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

otp-report:
  stage: report
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - python -m otp.report --airports "$REPORT_AIRPORTS" --out public/otp.html
  artifacts:
    paths: [public/]
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
''', k, "GitLab CI/CD variables keyword", K=k)

add("blind-cg/gitlab-ci/decoy-ci-token", "mro-tracker/.gitlab-ci.yml", r'''
stages: [build, deploy]

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  image: alpine/helm:3.15
  script:
    - helm upgrade --install mro-tracker chart/ --set image.tag="$CI_COMMIT_SHORT_SHA"
      --set db.passwordSecret=mro-tracker-db
  environment: production
  when: manual
''', None, "GitLab predefined CI/CD variables")

p = rand_pw(20)
add("blind-cg/jenkinsfile/nexus", "amos-bridge/Jenkinsfile", r"""
pipeline {
    agent { label 'linux' }
    tools { maven 'maven-3.9' }
    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -DskipTests package'
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                sh '''
                  curl -fsS -u deploy-mro:@@P@@ \
                    --upload-file target/amos-bridge.jar \
                    https://nexus.mro.internal/repository/mro-releases/aero/mro/amos-bridge/${BUILD_NUMBER}/amos-bridge-${BUILD_NUMBER}.jar
                '''
            }
        }
    }
}
""", p, "Jenkins declarative pipeline; Nexus raw upload with curl", P=p)

add("blind-cg/jenkinsfile/decoy-withcredentials", "trax-sync/Jenkinsfile", r'''
pipeline {
    agent any
    stages {
        stage('Sync') {
            steps {
                withCredentials([
                    usernamePassword(credentialsId: 'trax-report-db', usernameVariable: 'TRAX_USER', passwordVariable: 'TRAX_PASSWORD'),
                    string(credentialsId: 'warehouse-db-password', variable: 'WAREHOUSE_PASSWORD')
                ]) {
                    sh './gradlew run --args="--since-days 3"'
                }
            }
        }
    }
    post {
        failure { mail to: 'mro-it@nordicair.example', subject: "trax-sync failed #${env.BUILD_NUMBER}", body: env.BUILD_URL }
    }
}
''', None, "Jenkins Credentials Binding plugin: withCredentials")

k = alnum(32)
add("blind-cg/dockerfile/aeroapi", "services/gate-board/Dockerfile", r'''
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY gate_board/ gate_board/

ENV AEROAPI_KEY=@@K@@ \
    HOME_AIRPORT=KSLC \
    REFRESH_SECONDS=60

EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "gate_board.app:app"]
''', k, "Dockerfile reference: ENV", K=k)

add("blind-cg/dockerfile/decoy-build-secret", "services/notam-cache/Dockerfile", r'''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY . .
# private index token is a BuildKit secret: docker build --secret id=pip_token,env=PIP_TOKEN .
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pkgs.skyline-air.example/simple" \
    pip wheel --no-deps -w /wheels .

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl
ENV NOTAM_CLIENT_ID="" NOTAM_CLIENT_SECRET=""
CMD ["notam-cache"]
''', None, "Dockerfile reference: RUN --mount=type=secret")

k = hexs(40)
add("blind-cg/k8s/firehose-stringdata", "deploy/k8s/firehose/secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: firehose-credentials
  namespace: flight-data
type: Opaque
stringData:
  FIREHOSE_USERNAME: regional-ops
  FIREHOSE_API_KEY: "@@K@@"
  FIREHOSE_EVENTS: "position flightplan arrival departure"
''', k, "Kubernetes Secret: stringData", K=k)

add("blind-cg/k8s/decoy-secretkeyref", "deploy/k8s/firehose/deployment.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: firehose-relay
  namespace: flight-data
spec:
  replicas: 1
  selector:
    matchLabels: {app: firehose-relay}
  template:
    metadata:
      labels: {app: firehose-relay}
    spec:
      containers:
        - name: relay
          image: registry.skyline-air.example/firehose-relay@sha256:@@D@@
          env:
            - name: FIREHOSE_USERNAME
              valueFrom:
                secretKeyRef: {name: firehose-credentials, key: FIREHOSE_USERNAME}
            - name: FIREHOSE_API_KEY
              valueFrom:
                secretKeyRef: {name: firehose-credentials, key: FIREHOSE_API_KEY}
          resources:
            limits: {memory: 512Mi}
''', None, "Kubernetes: env valueFrom secretKeyRef; image digest", D=hexs(64))

add("blind-cg/k8s/decoy-sealed-secret", "deploy/k8s/swim-bridge/sealed-secret.yaml", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: scds-credentials
  namespace: ops-integration
spec:
  encryptedData:
    SCDS_PASSWORD: @@A@@
    SCDS_USERNAME: @@B@@
  template:
    metadata:
      name: scds-credentials
      namespace: ops-integration
    type: Opaque
''', None, "Bitnami sealed-secrets: encryptedData", A="AgB" + rand_bytes_b64(270)[3:], B="AgC" + rand_bytes_b64(282)[3:])

add("blind-cg/k8s/decoy-external-secret", "deploy/k8s/notam-cache/external-secret.yaml", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: faa-notam-api
  namespace: briefing
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: faa-notam-api
  data:
    - secretKey: NOTAM_CLIENT_ID
      remoteRef: {key: prod/briefing/faa-notam, property: client_id}
    - secretKey: NOTAM_CLIENT_SECRET
      remoteRef: {key: prod/briefing/faa-notam, property: client_secret}
''', None, "External Secrets Operator: ExternalSecret")

k = alnum(32)
add("blind-cg/helm/values-prod", "charts/fids/values-prod.yaml", r'''
replicaCount: 3
image:
  repository: registry.airport.example/fids
  tag: "5.2.0"
ingress:
  enabled: true
  hosts:
    - host: fids.airport.example
      paths: ["/"]
flightaware:
  enabled: true
  apiKey: "@@K@@"
  airports: ["ENBR", "ENVA"]
aodb:
  url: https://aodb-api.airport.local/v2
  pollSeconds: 15
resources:
  limits:
    memory: 768Mi
''', k, "Helm values file", K=k)

key = pem("EC")
add("blind-cg/helm/tls-private-key", "charts/crew-portal/values-prod.yaml", r'''
ingress:
  enabled: true
  host: crew.skyline-air.example
  tls:
    secretName: crew-portal-tls
    certificate: |
      @@C@@
    key: |
      @@K@@
portal:
  rosterSync: true
''', key, "Helm values with an embedded TLS key", C=cert_pem().replace("\n", "\n      "), K=key.replace("\n", "\n      "))

add("blind-cg/helm/decoy-template", "charts/fids/templates/secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "fids.fullname" . }}-flightaware
  labels:
    {{- include "fids.labels" . | nindent 4 }}
type: Opaque
data:
  AEROAPI_KEY: {{ required "flightaware.apiKey is required" .Values.flightaware.apiKey | b64enc | quote }}
  AODB_TOKEN: {{ .Values.aodb.token | default "" | b64enc | quote }}
''', None, "Helm chart template functions (b64enc, required)")

p = human_pw()
add("blind-cg/terraform/tfvars", "infra/envs/prod/terraform.tfvars", r'''
region              = "eu-west-1"
environment         = "prod"
vpc_cidr            = "10.42.0.0/16"
mro_db_instance     = "db.r6g.large"
mro_db_username     = "mro_admin"
mro_db_password     = "@@P@@"
backup_retention    = 14
allowed_cidrs       = ["10.10.0.0/16", "172.20.4.0/24"]
tags = {
  team    = "mro-it"
  service = "mro-tracker"
}
''', p, "Terraform .tfvars", P=p)

p = rand_pw(20)
add("blind-cg/terraform/main-tf", "infra/modules/crew-db/main.tf", r'''
resource "aws_db_subnet_group" "crew" {
  name       = "crew-${var.environment}"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "crew" {
  identifier              = "crewdb-${var.environment}"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.m6g.large"
  allocated_storage       = 200
  db_name                 = "crew"
  username                = "crew_admin"
  password                = "@@P@@"
  db_subnet_group_name    = aws_db_subnet_group.crew.name
  vpc_security_group_ids  = [aws_security_group.crew_db.id]
  backup_retention_period = 14
  deletion_protection     = true
  storage_encrypted       = true
}
''', p, "Terraform aws_db_instance", P=p)

add("blind-cg/terraform/decoy-random-password", "infra/modules/aodb-db/main.tf", r'''
resource "random_password" "aodb" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "aodb_db" {
  name = "${var.environment}/aodb/db-master"
}

resource "aws_secretsmanager_secret_version" "aodb_db" {
  secret_id     = aws_secretsmanager_secret.aodb_db.id
  secret_string = jsonencode({ username = "aodb_admin", password = random_password.aodb.result })
}

resource "aws_db_instance" "aodb" {
  identifier     = "aodb-${var.environment}"
  engine         = "sqlserver-se"
  instance_class = "db.m6i.xlarge"
  username       = "aodb_admin"
  password       = random_password.aodb.result
  license_model  = "license-included"
}
''', None, "Terraform random_password and aws_secretsmanager_secret_version")

add("blind-cg/hcl/decoy-vault", "infra/modules/firehose/vault.tf", r'''
data "vault_kv_secret_v2" "firehose" {
  mount = "kv"
  name  = "flight-data/firehose"
}

resource "kubernetes_secret" "firehose" {
  metadata {
    name      = "firehose-credentials"
    namespace = "flight-data"
  }
  data = {
    FIREHOSE_USERNAME = data.vault_kv_secret_v2.firehose.data["username"]
    FIREHOSE_API_KEY  = data.vault_kv_secret_v2.firehose.data["api_key"]
  }
}
''', None, "Terraform Vault provider: vault_kv_secret_v2 data source")

k = alnum(32)
add("blind-cg/nginx/aeroapi-proxy", "deploy/nginx/conf.d/aeroapi-proxy.conf", r'''
# Keeps the AeroAPI key off the browser: the FIDS front end calls /aeroapi/ on this host.
upstream aeroapi {
    server aeroapi.flightaware.com:443;
    keepalive 8;
}

server {
    listen 443 ssl http2;
    server_name fids.airport.example;
    ssl_certificate     /etc/ssl/fids/fullchain.pem;
    ssl_certificate_key /etc/ssl/fids/privkey.pem;

    location /aeroapi/ {
        proxy_pass https://aeroapi/aeroapi/;
        proxy_ssl_server_name on;
        proxy_set_header Host aeroapi.flightaware.com;
        proxy_set_header x-apikey "@@K@@";
        proxy_cache fids_cache;
        proxy_cache_valid 200 30s;
        limit_except GET { deny all; }
    }
}
''', k, "nginx ngx_http_proxy_module: proxy_set_header", K=k)

add("blind-cg/nginx/decoy-htpasswd-ref", "deploy/nginx/conf.d/ops-dashboard.conf", r'''
server {
    listen 443 ssl;
    server_name ops-dashboard.skyline-air.example;

    ssl_certificate     /etc/letsencrypt/live/ops-dashboard/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/ops-dashboard/privkey.pem;

    auth_basic           "Ops Control";
    auth_basic_user_file /etc/nginx/htpasswd/ops-dashboard;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header X-Forwarded-User $remote_user;
        proxy_set_header Authorization "";
    }
}
''', None, "nginx ngx_http_auth_basic_module")

add("blind-cg/htpasswd/decoy-hash", "deploy/nginx/htpasswd/ops-dashboard", r'''
# managed by ansible role nginx_basic_auth -- hashes only
dispatch:@@A@@
crewsched:@@B@@
mx-control:$apr1$@@S1@@$@@H1@@
duty-manager:@@C@@
stationops:$apr1$@@S2@@$@@H2@@
''', None, "Apache htpasswd: bcrypt and APR1-MD5 hashes",
    A=bcrypt_hash().replace("$2b$", "$2y$"), B=bcrypt_hash().replace("$2b$", "$2y$"),
    C=bcrypt_hash().replace("$2b$", "$2y$"), S1=chars(8, "./" + ALNUM), H1=chars(22, "./" + ALNUM),
    S2=chars(8, "./" + ALNUM), H2=chars(22, "./" + ALNUM))

p = human_pw()
cred = b64("fids_proxy:" + p)
add("blind-cg/apache/basic-auth", "deploy/apache/aodb-soap-proxy.conf", r'''
<VirtualHost *:443>
    ServerName aodb-soap.airport.local
    SSLEngine on
    SSLCertificateFile    /etc/pki/tls/certs/aodb-soap.crt
    SSLCertificateKeyFile /etc/pki/tls/private/aodb-soap.key

    # Legacy AODB SOAP endpoint only accepts basic auth; the proxy injects it for internal callers.
    <Location "/AodbService/">
        Require ip 10.40.0.0/16
        RequestHeader set Authorization "Basic @@C@@"
        ProxyPass        "http://aodb-app01.airport.local:8080/AodbService/"
        ProxyPassReverse "http://aodb-app01.airport.local:8080/AodbService/"
    </Location>
</VirtualHost>
''', p, "Apache mod_headers RequestHeader; HTTP Basic (RFC 7617)", C=cred)

add("blind-cg/apache/decoy-env", "deploy/apache/fids-api-proxy.conf", r'''
# FIDS_API_BASIC is exported in /etc/sysconfig/httpd from the vault-agent template
PassEnv FIDS_API_BASIC
<VirtualHost *:443>
    ServerName fids-api.airport.local
    SSLEngine on
    SSLCertificateFile    /etc/pki/tls/certs/fids-api.crt
    SSLCertificateKeyFile /etc/pki/tls/private/fids-api.key
    <Location "/api/">
        RequestHeader set Authorization "expr=Basic %{ENV:FIDS_API_BASIC}"
        ProxyPass "http://fids-app01.airport.local:8081/api/"
    </Location>
</VirtualHost>
''', None, "Apache mod_headers expr= and PassEnv")

k = hexs(40)
add("blind-cg/systemd/env", "deploy/systemd/firehose-relay.service", r'''
[Unit]
Description=FlightAware Firehose relay
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=firehose
Environment="FIREHOSE_USERNAME=regional-ops"
Environment="FIREHOSE_API_KEY=@@K@@"
Environment="KAFKA_BOOTSTRAP=kafka-0.ops:9092"
ExecStart=/usr/local/bin/firehose-relay
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
''', k, "systemd.exec: Environment=", K=k)

add("blind-cg/systemd/decoy-credential", "deploy/systemd/swim-bridge.service", r'''
[Unit]
Description=SWIM SCDS bridge
After=network-online.target

[Service]
Type=simple
User=swim
# the password file is provisioned by the swim_bridge Ansible role from the vault
LoadCredential=scds-password:/etc/credstore/swim-bridge/scds-password
EnvironmentFile=/etc/default/swim-bridge
ExecStart=/opt/swim-bridge/bin/swim-bridge --password-file ${CREDENTIALS_DIRECTORY}/scds-password
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', None, "systemd.exec: LoadCredential=")

p = rand_pw(20)
add("blind-cg/netrc/nexus", "ci/netrc", r'''
# used by the build agents (mounted at ~/.netrc) to pull from the MRO artifact repository
machine nexus.mro.internal
  login ci-deploy
  password @@P@@

machine nexus-dr.mro.internal
  login ci-deploy
''', p, "netrc(5) file format", P=p)

k = "npm_" + alnum(36)
add("blind-cg/npmrc/npm-token", "fids-ui/.npmrc", r'''
registry=https://registry.npmjs.org/
@airport-ops:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@K@@
save-exact=true
engine-strict=true
''', k, "npm .npmrc: _authToken", K=k)

k = fakes.pypi_token(_seed())
add("blind-cg/pypirc/pypi-token", "pyadsb-tools/.pypirc", r'''
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@K@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', k, "PyPI .pypirc with API token", K=k)

kid = fakes.aws_key_id(_seed())
ks = fakes.aws_secret_key(_seed())
add("blind-cg/aws-credentials/adsb-archive", "receivers/provision/aws-credentials", r'''
# Copied to /root/.aws/credentials on each ADS-B receiver by provision.sh
[default]
region = us-east-2

[adsb-archive]
aws_access_key_id = @@I@@
aws_secret_access_key = @@S@@
region = us-east-2
''', ks, "AWS CLI shared credentials file", I=kid, S=ks)

kid = fakes.aws_key_id(_seed())
ks = fakes.aws_secret_key(_seed())
add("blind-cg/python/boto3-keys", "receivers/uploader/upload_beast.py", r'''
"""Upload hourly Beast/JSON captures from the receiver to S3 for the MLAT study."""
import glob
import os

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@I@@",
    aws_secret_access_key="@@S@@",
)
BUCKET = "skyline-adsb-captures"
STATION = os.uname().nodename

for path in sorted(glob.glob("/var/lib/adsb/captures/*.json.gz"))[:-1]:
    key = f"{STATION}/{os.path.basename(path)}"
    s3.upload_file(path, BUCKET, key)
    os.remove(path)
''', ks, "boto3 client credentials parameters", I=kid, S=ks)

add("blind-cg/python/decoy-aws-example", "receivers/uploader/tests/test_upload.py", r'''
"""Uses moto; the keys are the documented AWS example credentials, never valid."""
import boto3
import pytest
from moto import mock_aws

EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", EXAMPLE_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", EXAMPLE_SECRET)
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-2")
        client.create_bucket(Bucket="skyline-adsb-captures",
                             CreateBucketConfiguration={"LocationConstraint": "us-east-2"})
        yield client


def test_bucket_exists(s3):
    assert "skyline-adsb-captures" in [b["Name"] for b in s3.list_buckets()["Buckets"]]
''', None, "AWS documentation example access keys; moto")

tok = rand_bytes_b64(64, urlsafe=True)
add("blind-cg/telegraf/influx-token", "receivers/telegraf/telegraf.conf", r'''
[agent]
  interval = "30s"
  hostname = "$HOSTNAME"

# readsb statistics (messages/s, signal level, max range)
[[inputs.file]]
  files = ["/run/readsb/stats.json"]
  data_format = "json_v2"
  [[inputs.file.json_v2]]
    measurement_name = "readsb"
    [[inputs.file.json_v2.field]]
      path = "last1min.messages"

[[inputs.cpu]]
[[inputs.temp]]

[[outputs.influxdb_v2]]
  urls = ["https://influx.adsb.skyline-air.example:8086"]
  token = "@@T@@"
  organization = "adsb"
  bucket = "receivers"
''', tok, "Telegraf influxdb_v2 output: token", T=tok)

tok = "glsa_" + alnum(32) + "_" + hexs(8)
add("blind-cg/shell/grafana-token", "monitoring/grafana/push-dashboards.sh", r'''
#!/usr/bin/env bash
# Push the AODB / FIDS dashboards from this repo to Grafana.
set -euo pipefail

GRAFANA_URL=https://grafana.airport.local
GRAFANA_TOKEN=@@T@@

for f in dashboards/*.json; do
  jq '{dashboard: ., overwrite: true, folderUid: "aodb"}' "$f" |
    curl -fsS -X POST "$GRAFANA_URL/api/dashboards/db" \
      -H "Authorization: Bearer $GRAFANA_TOKEN" \
      -H "Content-Type: application/json" \
      --data @- > /dev/null
  echo "pushed $f"
done
''', tok, "Grafana service account tokens (glsa_)", T=tok)

add("blind-cg/grafana/decoy-env-interp", "monitoring/grafana/provisioning/datasources/influx.yaml", r'''
apiVersion: 1
datasources:
  - name: ADS-B receivers
    type: influxdb
    access: proxy
    url: https://influx.adsb.skyline-air.example:8086
    jsonData:
      version: Flux
      organization: adsb
      defaultBucket: receivers
    secureJsonData:
      token: $__env{INFLUX_READ_TOKEN}
  - name: AODB
    type: mssql
    url: aodb-sql01.airport.local:1433
    user: grafana_ro
    jsonData:
      database: AODB
    secureJsonData:
      password: $__file{/etc/grafana/secrets/aodb_ro_password}
''', None, "Grafana provisioning: $__env{} and $__file{} expansion")

k = hexs(32)
add("blind-cg/yaml/datadog", "deploy/datadog/datadog.yaml", r'''
## Datadog Agent on the AODB application servers
api_key: @@K@@
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:prod
  - service:aodb
  - airport:bgo
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
''', k, "Datadog Agent datadog.yaml: api_key", K=k)

k = hexs(36) + "NRAL"
add("blind-cg/ini/newrelic", "crewtrack/newrelic.ini", r'''
[newrelic]
license_key = @@K@@
app_name = crewtrack (prod)
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
transaction_tracer.record_sql = obfuscated
error_collector.enabled = true
browser_monitoring.auto_instrument = false

[newrelic:staging]
app_name = crewtrack (staging)
''', k, "New Relic Python agent newrelic.ini: license_key", K=k)

tok = fakes.github_token(_seed())
add("blind-cg/shell/github-token", "pyadsb-tools/scripts/release.sh", r'''
#!/usr/bin/env bash
# Tag, build and create the GitHub release for pyadsb-tools.
set -euo pipefail
VERSION=$(python -c 'import pyadsb; print(pyadsb.__version__)')
export GITHUB_TOKEN=@@T@@

git tag -a "v${VERSION}" -m "pyadsb-tools ${VERSION}"
git push origin "v${VERSION}"
python -m build
gh release create "v${VERSION}" dist/* --title "pyadsb-tools ${VERSION}" --notes-file CHANGELOG.md
''', tok, "GitHub CLI: GITHUB_TOKEN environment variable", T=tok)

k = fakes.openai_key(_seed())
add("blind-cg/python/openai-key", "irops_assistant/summarize.py", r'''
"""Drafts the IROPS summary for the duty manager from the ops log (human reviewed before sending)."""
from openai import OpenAI

client = OpenAI(api_key="@@K@@")

PROMPT = """You are an airline operations controller. Summarise the disruption log below in
5 bullet points: cause, affected flights, crew impact, passenger impact, recovery plan."""


def summarize(ops_log: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.2,
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": ops_log}],
    )
    return resp.choices[0].message.content
''', k, "OpenAI Python library: OpenAI(api_key=...)", K=k)

p = human_pw()
add("blind-cg/vscode/launch-json", ".vscode/launch.json", r'''
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "amos-bridge: export work packages",
      "type": "python",
      "request": "launch",
      "module": "amos_bridge.export",
      "args": ["--since", "2025-03-01", "--dry-run"],
      "env": {
        "AMOS_DSN": "amos-db01.mro.internal:1521/AMOSPRD",
        "AMOS_USER": "AMOS_RO",
        "AMOS_PASSWORD": "@@P@@"
      },
      "console": "integratedTerminal"
    }
  ]
}
''', p, "VS Code launch.json env", P=p)

k = hexs(40)
add("blind-cg/idea/run-config", ".idea/runConfigurations/FirehoseRelay.xml", r'''
<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="FirehoseRelay" type="Application" factoryName="Application">
    <option name="MAIN_CLASS_NAME" value="aero.ops.firehose.RelayMain" />
    <module name="firehose-relay" />
    <envs>
      <env name="FIREHOSE_USERNAME" value="regional-ops" />
      <env name="FIREHOSE_API_KEY" value="@@K@@" />
      <env name="KAFKA_BOOTSTRAP" value="localhost:9092" />
    </envs>
    <method v="2">
      <option name="Make" enabled="true" />
    </method>
  </configuration>
</component>
''', k, "IntelliJ IDEA run configuration XML", K=k)

add("blind-cg/vscode/decoy-rest-client", ".vscode/settings.json", r'''
{
  "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
  "python.envFile": "${workspaceFolder}/.env",
  "editor.formatOnSave": true,
  "rest-client.environmentVariables": {
    "$shared": { "aeroBase": "https://aeroapi.flightaware.com/aeroapi" },
    "prod": {
      "aeroapiKey": "{{$processEnv AEROAPI_KEY}}",
      "notamClientSecret": "{{$dotenv NOTAM_CLIENT_SECRET}}"
    }
  },
  "files.exclude": { "**/__pycache__": true }
}
''', None, "VS Code REST Client environment variables")

add("blind-cg/json/decoy-navdata-manifest", "navdata/cycles/2503/manifest.json", r'''
{
  "cycle": "2503",
  "effective": "2025-03-20",
  "expires": "2025-04-17",
  "source": "ARINC 424-22",
  "files": [
    { "name": "airports.dat", "bytes": 18734521, "sha256": "@@A@@" },
    { "name": "navaids.dat", "bytes": 4521907, "sha256": "@@B@@" },
    { "name": "procedures.dat", "bytes": 91245003, "sha256": "@@C@@" }
  ],
  "signature": { "alg": "sha256", "manifest_digest": "@@D@@" }
}
''', None, "SHA-256 digests of AIRAC navigation data files", A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64))

add("blind-cg/markdown/decoy-release-checksums", "efb-app/RELEASES.md", r'''
# EFB app releases

## 4.12.0 (2025-03-10)
- Jeppesen chart cache now keyed by AIRAC cycle
- Fix weight & balance rounding for ATR72-600 cargo compartments

Checksums (SHA-256):

| file | sha256 |
|------|--------|
| efb-4.12.0-ipad.ipa | `@@A@@` |
| efb-4.12.0-android.apk | `@@B@@` |

Signed commit: `@@G@@`
''', None, "release notes with SHA-256 checksums and a commit id", A=hexs(64), B=hexs(64), G=hexs(40))

add("blind-cg/csv/decoy-aircraft-db", "data/fleet/aircraft.csv", r'''
icao24,registration,manufacturericao,model,typecode,serialnumber,operatoricao,owner,built,mode_s_code_hex
4ca7b5,EI-FNH,BOEING,737-8AS,B38M,44722,RYR,Ryanair DAC,2019-06-12,4CA7B5
478f3b,LN-RKF,AIRBUS,A320-251N,A20N,9841,SAS,SAS Scandinavian Airlines,2020-11-02,478F3B
4ac9e6,SE-ROR,AIRBUS,A321-253NX,A21N,11021,SAS,SAS Scandinavian Airlines,2022-08-30,4AC9E6
47a1f4,LN-WDL,DE HAVILLAND CANADA,DHC-8-402,DH8D,4389,WIF,Wideroe,2011-10-05,47A1F4
a0f1bb,N147UA,BOEING,787-9,B789,63481,UAL,United Airlines Inc,2021-02-18,A0F1BB
c07c7a,C-GKWJ,BOEING,737-8CT,B738,36690,WJA,WestJet,2009-05-04,C07C7A
''', None, "OpenSky aircraft database CSV columns")

add("blind-cg/log/decoy-masked", "crewtrack/docs/examples/startup.log", r'''
2025-03-14T05:00:01.112Z INFO  crewtrack.boot  starting crewtrack 3.8.1 (commit 8d1f3c2)
2025-03-14T05:00:01.140Z INFO  crewtrack.db    connecting postgresql://crew_app:********@crewdb.ops.internal:5432/crew
2025-03-14T05:00:01.377Z INFO  crewtrack.db    pool ready size=10
2025-03-14T05:00:01.402Z INFO  crewtrack.smtp  smtp user=dispatch@skyline-air.example password=[REDACTED]
2025-03-14T05:00:01.419Z INFO  crewtrack.far117 loaded table B (39 rows), table C (15 rows)
2025-03-14T05:00:02.006Z INFO  crewtrack.http  listening on :8000
''', None, "application log with masked credentials")

add("blind-cg/env/decoy-1password", "services/flight-status/.env.op", r'''
# Resolved at run time with: op run --env-file=.env.op -- docker compose up
AEROAPI_KEY=op://Ops Integrations/AeroAPI/credential
FIREHOSE_USERNAME=op://Ops Integrations/Firehose/username
FIREHOSE_API_KEY=op://Ops Integrations/Firehose/credential
NOTAM_CLIENT_SECRET=op://Ops Integrations/FAA NOTAM API/client_secret
DATABASE_URL=op://Ops Integrations/flight-status DB/connection string
''', None, "1Password CLI secret references (op://)")

add("blind-cg/json/decoy-ecs-secrets-arn", "deploy/ecs/flight-status-task.json", r'''
{
  "family": "flight-status",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::204815662201:role/flight-status-exec",
  "containerDefinitions": [
    {
      "name": "app",
      "image": "204815662201.dkr.ecr.us-east-1.amazonaws.com/flight-status:2025.03.2",
      "portMappings": [{ "containerPort": 8080 }],
      "secrets": [
        { "name": "AEROAPI_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-1:204815662201:secret:prod/flight-status/aeroapi-Xk3q9B" },
        { "name": "DATABASE_URL", "valueFrom": "arn:aws:ssm:us-east-1:204815662201:parameter/prod/flight-status/database-url" }
      ],
      "environment": [{ "name": "HOME_AIRPORTS", "value": "KSEA,KPDX" }]
    }
  ]
}
''', None, "Amazon ECS task definition: secrets valueFrom")

add("blind-cg/serverless/decoy-kms", "notam-lambda/serverless.yml", r'''
service: notam-digest
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  environment:
    NOTAM_CLIENT_ID: ${ssm:/prod/briefing/notam-client-id}
    # KMS ciphertext, decrypted in the handler with kms:Decrypt (key alias/briefing)
    NOTAM_CLIENT_SECRET_ENC: @@C@@

functions:
  digest:
    handler: handler.digest
    events:
      - schedule: rate(15 minutes)
''', None, "AWS KMS ciphertext blob; Serverless Framework ssm variables", C="AQICAHh" + rand_bytes_b64(150)[7:])

# ---------------------------------------------------------------------------------------------
# Drone/UAS operators (DJI Cloud API, PSDK, OSDK, AirMap, Aloft, LAANC), mobile apps, flight
# school tooling, receiver fleets.
# ---------------------------------------------------------------------------------------------

k = hexs(32)
add("blind-cg/yaml/dji-cloud-app-key", "dock-server/src/main/resources/application-prod.yml", r'''
server:
  port: 6789
spring:
  datasource:
    url: jdbc:mysql://dockdb.uas.internal:3306/cloud_sample?useSSL=true
    username: cloud_sample
    password: ${DOCK_DB_PASSWORD}
  redis:
    host: dock-redis.uas.internal
    port: 6379

cloud-api:
  app:
    app-id: 148912
    app-key: @@K@@
    app-license: ${DJI_APP_LICENSE}

mqtt:
  BASIC:
    protocol: MQTT
    host: emqx.uas.internal
    port: 1883
    username: JavaServer
    password: ${MQTT_PASSWORD}
    client-id: dock-server-prod

jwt:
  issuer: SkylineUAS
  subject: DockServer
  secret: ${JWT_SECRET}
  age: 86400
''', k, "DJI Cloud API demo (cloud-api-demo) application.yml: app-id/app-key/app-license", K=k)

p = human_pw()
add("blind-cg/docker-compose/emqx-dashboard", "dock-server/docker-compose.yml", r'''
services:
  emqx:
    image: emqx/emqx:5.7.2
    container_name: emqx
    restart: unless-stopped
    ports:
      - "1883:1883"
      - "8083:8083"
      - "18083:18083"
    environment:
      EMQX_NAME: dock-emqx
      EMQX_DASHBOARD__DEFAULT_USERNAME: admin
      EMQX_DASHBOARD__DEFAULT_PASSWORD: "@@P@@"
    volumes:
      - emqx-data:/opt/emqx/data
  redis:
    image: redis:7
    restart: unless-stopped
volumes:
  emqx-data:
''', p, "EMQX Docker documentation: EMQX_DASHBOARD__DEFAULT_PASSWORD", P=p)

k = hexs(32)
add("blind-cg/c/dji-psdk-app-key", "payload/application/dji_sdk_app_info.h", r'''
/**
 * @file dji_sdk_app_info.h
 * @brief Payload SDK application identity for the gas-sensor payload (M350 RTK, E-Port).
 */
#ifndef DJI_SDK_APP_INFO_H
#define DJI_SDK_APP_INFO_H

#ifdef __cplusplus
extern "C" {
#endif

#define USER_APP_NAME               "SkylineGasSense"
#define USER_APP_ID                 "136207"
#define USER_APP_KEY                "@@K@@"
/* license is read from /etc/psdk/license.txt at boot (see dji_config_manager.c) */
#define USER_APP_LICENSE            ""
#define USER_DEVELOPER_ACCOUNT      "uas-eng@skyline-air.example"
#define USER_BAUD_RATE              "460800"

#ifdef __cplusplus
}
#endif

#endif // DJI_SDK_APP_INFO_H
''', k, "DJI Payload SDK samples: dji_sdk_app_info.h", K=k)

add("blind-cg/c/decoy-placeholder", "payload-sim/application/dji_sdk_app_info.h", r'''
/**
 * @file dji_sdk_app_info.h
 * @brief Template from the Payload SDK samples. Fill in your own values locally; the CI
 *        build uses -DUSER_APP_KEY=... from the pipeline secret store.
 */
#ifndef DJI_SDK_APP_INFO_H
#define DJI_SDK_APP_INFO_H

#define USER_APP_NAME               "your_app_name"
#define USER_APP_ID                 "your_app_id"
#ifndef USER_APP_KEY
#define USER_APP_KEY                "your_app_key"
#endif
#define USER_APP_LICENSE            "your_app_license"
#define USER_DEVELOPER_ACCOUNT      "your_developer_account"
#define USER_BAUD_RATE              "460800"

#endif // DJI_SDK_APP_INFO_H
''', None, "DJI Payload SDK samples: placeholder app info")

k = hexs(64)
add("blind-cg/text/dji-osdk-userconfig", "companion/osdk/UserConfig.txt", r'''
app_id : 1069806
app_key : @@K@@
device : /dev/ttyUSB0
baudrate : 921600
acm_port : /dev/ttyACM0
''', k, "DJI Onboard SDK samples: UserConfig.txt", K=k)

p = rand_pw(20)
add("blind-cg/python/dji-dock-mqtt", "dock_monitor/mqtt_listener.py", r'''
"""Listen to DJI Dock OSD topics (Cloud API thing model) and write battery/wind to Influx."""
import json

import paho.mqtt.client as mqtt

BROKER = "emqx.uas.internal"
GATEWAY_SNS = ["7CTDM3D00BVY5A", "7CTDM3D00BVY6C"]


def on_connect(client, userdata, flags, rc, properties=None):
    for sn in GATEWAY_SNS:
        client.subscribe(f"thing/product/{sn}/osd", qos=0)


def on_message(client, userdata, msg):
    data = json.loads(msg.payload)["data"]
    print(msg.topic, data.get("drone_charge_state"), data.get("wind_speed"))


client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="dock-monitor")
client.username_pw_set("dock-monitor", "@@P@@")
client.on_connect = on_connect
client.on_message = on_message
client.connect(BROKER, 1883, keepalive=60)
client.loop_forever()
''', p, "Eclipse Paho Python client: username_pw_set", P=p)

add("blind-cg/json/decoy-dji-ids", "dock-server/docs/examples/dock-bind.json", r'''
{
  "workspace_id": "e3dea0f5-37f2-4d79-ae58-490af3228069",
  "workspace_name": "Skyline UAS - Bergen",
  "devices": [
    {
      "device_sn": "7CTDM3D00BVY5A",
      "device_model_key": "3-1-0",
      "nickname": "Dock BGO-1",
      "child_sn": "1581F5BKD232V00DE8A3",
      "firmware_version": "10.01.1612"
    },
    {
      "device_sn": "7CTDM3D00BVY6C",
      "device_model_key": "3-1-0",
      "nickname": "Dock BGO-2",
      "child_sn": "1581F5BKD232V00DF1C7",
      "firmware_version": "10.01.1612"
    }
  ],
  "bind_code": "to be generated in Pilot 2 / Dock setup"
}
''', None, "DJI Cloud API device binding: serial numbers and workspace ids")

tok = jwt({"credential_id": "credential|" + alnum(28), "application_id": "application|" + alnum(28),
           "organization_id": "dummy|" + alnum(28), "iat": 1581043210})
add("blind-cg/javascript/airmap-jwt", "flight-planner/src/config.js", r'''
// AirMap platform settings for the survey flight planner
export const AIRMAP = {
  apiKey: '@@T@@',
  clientId: 'b8c2f6a0-3d1e-4f5a-9b7c-6e2d1a0f9c8b',
  callbackUrl: 'https://planner.skyline-uas.example/callback',
  rulesets: ['usa_part_107', 'usa_airmap_rules'],
};

export const MAP_DEFAULTS = {
  center: [-104.99, 39.74],
  zoom: 11,
};
''', tok, "AirMap developer docs: API key (JWT) in config", T=tok)

k = alnum(40)
add("blind-cg/python/aloft-api-key", "uas_ops/airspace/aloft.py", r'''
"""Airspace advisories and LAANC status from Aloft for the mission planner."""
import requests

ALOFT_BASE = "https://api.aloft.ai/v1"
ALOFT_API_KEY = "@@K@@"


def advisories(lat: float, lon: float, radius_m: int = 800) -> list[dict]:
    r = requests.get(f"{ALOFT_BASE}/airspace/advisories",
                     headers={"Authorization": f"Bearer {ALOFT_API_KEY}"},
                     params={"latitude": lat, "longitude": lon, "radius": radius_m}, timeout=10)
    r.raise_for_status()
    return r.json()["advisories"]


def max_laanc_altitude_ft(lat: float, lon: float) -> int:
    grid = [a for a in advisories(lat, lon, 100) if a.get("type") == "uasfm"]
    return min((a["ceiling_ft"] for a in grid), default=400)
''', k, "Aloft API: bearer API key", K=k)

s = alnum(48)
add("blind-cg/yaml/laanc-client-secret", "uas_ops/config/uss.yaml", r'''
# LAANC / USS connection used by the operations app (Part 107 authorizations)
uss:
  provider: airspace-link
  auth:
    token_url: https://auth.uss.example.com/oauth2/token
    client_id: skyline-uas-ops
    client_secret: @@S@@
    scope: laanc.authorizations.write laanc.authorizations.read
  api_base: https://api.uss.example.com/laanc/v2
operator:
  part107_certificate: "4012345"
  company: Skyline Aerial Survey LLC
defaults:
  max_altitude_ft: 200
  duration_minutes: 90
''', s, "OAuth2 client credentials for a LAANC USS API", S=s)

add("blind-cg/yaml/decoy-laanc-example", "uas_ops/config/uss.example.yaml", r'''
# Example -- copy to uss.yaml. The client secret is issued in the USS developer portal.
uss:
  provider: airspace-link
  auth:
    token_url: https://auth.uss.example.com/oauth2/token
    client_id: <your-client-id>
    client_secret: <your-client-secret>
    scope: laanc.authorizations.write laanc.authorizations.read
  api_base: https://api.uss.example.com/laanc/v2
operator:
  part107_certificate: "0000000"
  company: Example Drone Co
''', None, "example configuration with placeholders")

tok = mapbox_token("sk", "skyline-uas")
add("blind-cg/netrc/mapbox-downloads", "ios/ci/netrc", r'''
# Mapbox Maps SDK for iOS downloads (CocoaPods / SPM). Copied to ~/.netrc on the macOS runners.
# Token needs the DOWNLOADS:READ scope.
machine api.mapbox.com
login mapbox
password @@T@@
''', tok, "Mapbox Maps SDK for iOS installation: .netrc secret token", T=tok)

add("blind-cg/plist/decoy-mapbox-public", "ios/SkylineUAS/Info.plist", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Skyline UAS</string>
    <key>CFBundleIdentifier</key>
    <string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
    <key>MBXAccessToken</key>
    <string>@@T@@</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Shows your position relative to the drone and airspace.</string>
    <key>UIRequiredDeviceCapabilities</key>
    <array>
        <string>arm64</string>
    </array>
</dict>
</plist>
''', None, "Mapbox documentation: public (pk.) access tokens ship in apps", T=mapbox_token("pk", "skyline-uas"))

tok = mapbox_token("sk", "skyline-spotter")
add("blind-cg/gradle/mapbox-downloads-token", "android/gradle.properties", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# secret token with DOWNLOADS:READ for the Mapbox Maven repository
MAPBOX_DOWNLOADS_TOKEN=@@T@@
''', tok, "Mapbox Maps SDK for Android installation: MAPBOX_DOWNLOADS_TOKEN", T=tok)

add("blind-cg/xml/decoy-mapbox-android", "android/app/src/main/res/values/mapbox_access_token.xml", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:tools="http://schemas.android.com/tools">
    <!-- Public token (pk.), URL-restricted to the app; it is visible in every APK by design. -->
    <string name="mapbox_access_token" translatable="false" tools:ignore="UnusedResources">@@T@@</string>
    <string name="map_style_url">mapbox://styles/skyline-spotter/clq2y8x1f00ab01qr3c4d5e6f</string>
</resources>
''', None, "Mapbox Android: public access token resource", T=mapbox_token("pk", "skyline-spotter"))

k = alnum(32)
add("blind-cg/xcconfig/windy-key", "ios/Config/Release.xcconfig", r'''
// Release build settings
#include "Base.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = aero.skyline.uas
API_BASE_URL = https:/$()/api.skyline-uas.example
WINDY_API_KEY = @@K@@
ENABLE_DEBUG_MENU = NO
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
''', k, "Xcode build configuration files (.xcconfig)", K=k)

k = alnum(32)
add("blind-cg/swift/aeroapi-key", "ios/SkylineSpotter/Services/AeroAPIClient.swift", r'''
import Foundation

struct AeroAPIClient {
    private let baseURL = URL(string: "https://aeroapi.flightaware.com/aeroapi")!
    private let apiKey = "@@K@@"
    private let session: URLSession = .shared

    func flight(ident: String) async throws -> FlightsResponse {
        var request = URLRequest(url: baseURL.appendingPathComponent("flights/\(ident)"))
        request.setValue(apiKey, forHTTPHeaderField: "x-apikey")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(FlightsResponse.self, from: data)
    }
}
''', k, "FlightAware AeroAPI; URLSession", K=k)

add("blind-cg/swift/decoy-infoplist", "ios/SkylineSpotter/Services/Secrets.swift", r'''
import Foundation

/// Keys are injected at build time: Config/Secrets.xcconfig (git-ignored) defines
/// AEROAPI_KEY, and Info.plist maps it with <key>AeroAPIKey</key><string>$(AEROAPI_KEY)</string>.
enum Secrets {
    static var aeroAPIKey: String {
        guard let key = Bundle.main.object(forInfoDictionaryKey: "AeroAPIKey") as? String, !key.isEmpty,
              key != "$(AEROAPI_KEY)" else {
            fatalError("AeroAPIKey missing: copy Config/Secrets.example.xcconfig to Config/Secrets.xcconfig")
        }
        return key
    }
}
''', None, "Xcode: build settings substituted into Info.plist")

k = hexs(32)
add("blind-cg/dart/flight-schedule-pro", "academy_app/lib/services/fsp_api.dart", r'''
import 'dart:convert';

import 'package:http/http.dart' as http;

/// Flight Schedule Pro API: reservations and aircraft squawks for the student app.
class FspApi {
  static const _base = 'https://api.flightschedulepro.com/api/v1';
  static const _subscriptionKey = '@@K@@';
  static const operatorId = '2871';

  Map<String, String> get _headers => {
        'x-subscription-key': _subscriptionKey,
        'Accept': 'application/json',
      };

  Future<List<dynamic>> reservations(String userId) async {
    final uri = Uri.parse('$_base/operators/$operatorId/reservations?userId=$userId');
    final res = await http.get(uri, headers: _headers);
    if (res.statusCode != 200) {
      throw Exception('FSP ${res.statusCode}');
    }
    return jsonDecode(res.body)['items'] as List<dynamic>;
  }
}
''', k, "Flight Schedule Pro API: subscription key header", K=k)

k = stripe_secret()
add("blind-cg/ruby/stripe-secret", "academy_billing/config/initializers/stripe.rb", r'''
# Block time and instructor billing for the flight academy
Stripe.api_key = "@@K@@"
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

Rails.configuration.x.billing = {
  block_time_product: "prod_PqR7s1BlockTime",
  wet_rate_cents: { "C172" => 18_900, "PA28" => 17_500, "DA40" => 21_000 },
  instructor_rate_cents: 7_500
}
''', k, "Stripe Ruby library: Stripe.api_key", K=k)

pk = stripe_publishable()
add("blind-cg/ruby/decoy-stripe-publishable", "academy_billing/app/helpers/checkout_helper.rb", r'''
# The publishable key is meant for the browser (Stripe.js); the secret key is in
# Rails.application.credentials.stripe[:secret_key] and never reaches the view.
module CheckoutHelper
  STRIPE_PUBLISHABLE_KEY = "@@K@@".freeze

  def stripe_js_tag
    javascript_include_tag("https://js.stripe.com/v3/") +
      tag.meta(name: "stripe-key", content: STRIPE_PUBLISHABLE_KEY)
  end

  def block_time_label(hours)
    "#{hours} h block (#{number_to_currency(hours * 189)})"
  end
end
''', None, "Stripe documentation: publishable keys are public", K=pk)

k = fakes.django_secret_key(_seed())
add("blind-cg/python/django-secret-key", "academy_portal/academy/settings.py", r'''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@K@@"

DEBUG = False
ALLOWED_HOSTS = ["portal.skylineflightacademy.example"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "students",
    "aircraft",
    "logbook",
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
TIME_ZONE = "America/Denver"
''', k, "Django settings: SECRET_KEY", K=k)

key = pem("RSA").replace("\n", "\\n")
add("blind-cg/json/gcal-service-account", "crew-portal/config/gcal-service-account.json", r'''
{
  "type": "service_account",
  "project_id": "skyline-crew-calendar",
  "private_key_id": "@@I@@",
  "private_key": "@@K@@\n",
  "client_email": "roster-sync@skyline-crew-calendar.iam.gserviceaccount.com",
  "client_id": "104857392018475629103",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/roster-sync%40skyline-crew-calendar.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', key, "Google Cloud service account key file (JSON)", I=hexs(40), K=key)

key = pem("OPENSSH")
add("blind-cg/pem/openssh-deploy-key", "receivers/provision/keys/receiver_deploy", r'''
@@K@@
''', key, "OpenSSH private key file format", K=key)

add("blind-cg/ssh/decoy-authorized-keys", "receivers/provision/keys/authorized_keys", r'''
# Public keys allowed to log in to the ADS-B receivers as pi (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@A@@ deploy@receiver-ci
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@B@@ mjohansen@ops-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@C@@ tgarcia@uas-eng
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@D@@ backup@ops-util01
''', None, "OpenSSH authorized_keys format", A=chars(44, B64), B=chars(44, B64), C=chars(360, B64),
    D=chars(88, B64) + "=")

p = human_pw()
add("blind-cg/ansible/inventory-password", "receivers/inventory/hosts.ini", r'''
[receivers]
adsb-bgo-01 ansible_host=10.61.4.21
adsb-bgo-02 ansible_host=10.61.4.22
adsb-svg-01 ansible_host=10.62.9.11
adsb-trd-01 ansible_host=10.63.2.17

[receivers:vars]
ansible_user=pi
ansible_password=@@P@@
ansible_become=true
ansible_python_interpreter=/usr/bin/python3
''', p, "Ansible INI inventory: ansible_password", P=p)

k = hexs(32)
add("blind-cg/r/aviationstack", "analysis/route_delays.R", r'''
library(httr)
library(jsonlite)
library(dplyr)

api_key <- "@@K@@"

fetch_flights <- function(dep_iata, limit = 100) {
  res <- GET("http://api.aviationstack.com/v1/flights",
             query = list(access_key = api_key, dep_iata = dep_iata, limit = limit))
  stop_for_status(res)
  fromJSON(content(res, as = "text", encoding = "UTF-8"), flatten = TRUE)$data
}

den <- fetch_flights("DEN")
den %>%
  group_by(arrival.iata) %>%
  summarise(n = n(), mean_delay = mean(departure.delay, na.rm = TRUE)) %>%
  arrange(desc(mean_delay)) %>%
  head(15)
''', k, "aviationstack API; R httr", K=k)

add("blind-cg/javascript/decoy-firebase", "fids-web/src/firebase.js", r'''
// Firebase web config for the public FIDS site. These values identify the project and are
// public by design (https://firebase.google.com/docs/projects/api-keys); access is enforced
// by Firestore security rules.
import { initializeApp } from 'firebase/app';
import { getFirestore } from 'firebase/firestore';

const firebaseConfig = {
  apiKey: 'AIza@@K@@',
  authDomain: 'fids-bgo.firebaseapp.com',
  projectId: 'fids-bgo',
  storageBucket: 'fids-bgo.appspot.com',
  messagingSenderId: '712304958271',
  appId: '1:712304958271:web:@@A@@',
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
''', None, "Firebase documentation: API keys for Firebase are not secret", K=chars(35, B64URL), A=hexs(22))

add("blind-cg/javascript/decoy-google-client-id", "crew-portal-web/src/auth.js", r'''
// Google Sign-In for crew (Workspace accounts). The OAuth client ID is public; there is no
// client secret in a browser app (PKCE flow).
export const GOOGLE_CLIENT_ID = '@@N@@-@@C@@.apps.googleusercontent.com';

export function initGoogleSignIn(onCredential) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp) => onCredential(resp.credential),
    hd: 'skyline-air.example',
    ux_mode: 'popup',
  });
  window.google.accounts.id.prompt();
}
''', None, "Google Identity Services: client_id is public", N="718204857361", C=low(32))

add("blind-cg/pem/decoy-public-key", "uas_ops/config/uss-token-verify.pub", r'''
@@K@@
''', None, "PEM public key (RFC 7468) used to verify USS tokens", K=public_key_pem())

add("blind-cg/python/decoy-test-vector", "pyadsb/tests/test_decode.py", r'''
"""Test vectors from "The 1090 Megahertz Riddle" (J. Sun), public ADS-B examples."""
import pytest

from pyadsb import decode

VECTORS = [
    ("8D4840D6202CC371C32CE0576098", "4840d6", "KLM1023 "),
    ("8D406B902015A678D4D220AA4BDA", "406b90", "EZY85MH "),
    ("8D485020994409940838175B284F", "485020", None),
    ("8DA05F219B06B6AF189400CBC33F", "a05f21", None),
]


@pytest.mark.parametrize("msg,icao,callsign", VECTORS)
def test_icao_and_callsign(msg, icao, callsign):
    assert decode.icao(msg) == icao
    if callsign:
        assert decode.callsign(msg) == callsign


def test_crc_zero_for_valid_message():
    assert decode.crc("8D4840D6202CC371C32CE0576098") == 0
''', None, "The 1090 Megahertz Riddle: published ADS-B test messages")

add("blind-cg/text/decoy-typeb", "typeb-gateway/src/test/resources/samples/mvt_ldm.txt", r'''
QU SLCKOXQ SLCOWXQ
.SLCOWXH 140614
MVT
XQ612/14.LNRKF.BGO
AD0603/0613 EA0705 OSL
DL93/0008
PX0172
SI GATE C6 PUSHED ON TIME
=
QU OSLKLXQ
.BGOKLXQ 140620
LDM
XQ612/14.LNRKF.Y180.2/4
-OSL.158/12/2.T2104.1/1042.2/598.3/464.PAX/12/146.PAD/0/0
SI EXB 0 AVIH 0
''', None, "IATA AHM 780/583 MVT and LDM message formats (Type B)")
