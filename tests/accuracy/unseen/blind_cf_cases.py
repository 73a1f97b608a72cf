"""Blind set CF: maritime, shipping, ports and freight forwarding.

Teams that build vessel tracking on AIS feeds (MarineTraffic, Spire Maritime, aisstream.io,
AIS-catcher, Signal K on board), integrate carrier and container-tracking APIs (Maersk,
Hapag-Lloyd, CMA CGM, MSC, Vizion, project44, Terminal49), connect to port community systems and
terminal operating systems (Portbase, DAKOSY, Navis N4, Tideworks), exchange EDIFACT and ANSI X12
over AS2 (OpenAS2, BizTalk), SFTP and VANs, file customs declarations (ACE/ABI, ICS2 ENS, HMRC),
run bunker, voyage (Veson IMOS, Platts prices) and crew and fleet-management software, and
freight forwarder TMS integrations (CargoWise eAdaptor, Magaya), in every format they commit:
config files, source code, scripts, CI, containers, Kubernetes, notebooks, EDI interchanges,
device configs and docs, with the decoys such repositories hold. Generated fakes only
(seeds 770000-779999).
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
UPNUM = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
_SEED = [770000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 780000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 780000
    return _SEED[0]


WORDS = ["Harbour", "Anchor", "Bosun", "Mooring", "Bollard", "Rotterdam", "Hamburg", "Antwerp", "Gantry",
         "Reefer", "Starboard", "Capstan", "Compass", "Mariner", "Seaway", "Lighthouse", "Tugboat", "Keelson",
         "Felixstowe", "Pilot", "Dockside", "Halyard", "Quayside", "Trident"]
LOWER = ["anchor", "ballast", "hawser", "bilge", "galley", "rudder", "stern", "winch", "cargo", "tide",
         "buoy", "hatch", "pier", "sextant", "lanyard", "mast"]


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + str(r.randint(2019, 2025)) + r.choice("!#$@")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def azure_sb_key() -> str:
    return chars(43, B64) + "="


def azure_storage_key() -> str:
    return chars(86, B64) + "=="


def influx_token() -> str:
    return chars(86, ALNUM + "_-") + "=="


def mapbox_token(prefix: str, user: str) -> str:
    head = base64.urlsafe_b64encode(json.dumps({"u": user, "a": "cl" + chars(23, string.ascii_lowercase + string.digits)},
                                               separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{prefix}.{head}.{chars(22, ALNUM + '_-')}"


def isa_pw() -> str:
    return chars(10, UPNUM)


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, "./" + ALNUM)


def pem_key(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(B64) for _ in range(70)) for _ in range(5)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def pgp_block(kind: str) -> str:
    r = _rng()
    first = "lQVYBG" if kind == "PRIVATE" else "mQINBG"
    lines = [first + "".join(r.choice(B64) for _ in range(58))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(9)]
    lines += ["=" + "".join(r.choice(B64) for _ in range(4))]
    return (f"-----BEGIN PGP {kind} KEY BLOCK-----\n\n" + "\n".join(lines)
            + f"\n-----END PGP {kind} KEY BLOCK-----")


def cert_pem() -> str:
    r = _rng()
    lines = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(7)]
    lines += ["".join(r.choice(B64) for _ in range(20)) + "=="]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64)


def indent(block: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line else line for line in block.splitlines())


CASES: List[LabelledCase] = []


def _fill(text: str, values: dict) -> str:
    for name, value in values.items():
        text = text.replace("@@" + name + "@@", value)
    assert "@@" not in text, text
    return text


def sec(category: str, file_name: str, source: str, text: str, secret: str, **values: str) -> None:
    CASES.append(LabelledCase("blind-cf/" + category, file_name, _fill(text, values), secret, source))


def dec(category: str, file_name: str, source: str, text: str, **values: str) -> None:
    CASES.append(LabelledCase("blind-cf/" + category, file_name, _fill(text, values), None, source))


# ---------------------------------------------------------------------------------------------
# Vessel tracking and AIS feeds
# ---------------------------------------------------------------------------------------------

k = hexs(40)
sec("python/marinetraffic", "ais/fetch_positions.py", "MarineTraffic API docs: PS06 vessel positions (exportvessels)", '''\
"""Pull fleet positions from MarineTraffic every 10 minutes and push them to the tracking DB."""
import logging

import requests

from ais.store import upsert_positions

log = logging.getLogger(__name__)

MT_API_KEY = "@@K@@"
MT_BASE = "https://services.marinetraffic.com/api/exportvessels/v:8"


def fetch_fleet_positions(timespan: int = 10) -> list:
    url = f"{MT_BASE}/{MT_API_KEY}/timespan:{timespan}/protocol:jsono"
    resp = requests.get(url, timeout=30)
    resp.raise_for_status()
    rows = resp.json()
    log.info("marinetraffic returned %d positions", len(rows))
    return rows


if __name__ == "__main__":
    upsert_positions(fetch_fleet_positions())
''', k, K=k)

k = hexs(40)
sec("crontab/marinetraffic", "ops/cron/ais.crontab", "MarineTraffic API docs: PS07 single vessel positions; crontab(5)", '''\
# AIS position pulls for the chartering desk (owner: ops-data@)
SHELL=/bin/bash
MAILTO=ops-data@northsea-shipping.example
# m h dom mon dow command
*/15 * * * * curl -fsS "https://services.marinetraffic.com/api/exportvessel/v:5/@@K@@/timespan:20/mmsi:244650123/protocol:jsono" -o /var/lib/ais/244650123.json
*/15 * * * * /opt/ais/bin/load_positions.sh /var/lib/ais/*.json >> /var/log/ais/load.log 2>&1
30 2 * * * find /var/lib/ais -name '*.json' -mtime +7 -delete
''', k, K=k)

k = hexs(40)
sec("javascript/aisstream", "ais-ingest/src/stream.js", "aisstream.io documentation: WebSocket subscription message", '''\
const WebSocket = require("ws");
const { publish } = require("./kafka");

const socket = new WebSocket("wss://stream.aisstream.io/v0/stream");

socket.onopen = () => {
  const subscription = {
    APIKey: "@@K@@",
    BoundingBoxes: [[[51.85, 3.9], [52.05, 4.6]]], // Maasvlakte / Rotterdam approaches
    FilterMessageTypes: ["PositionReport", "ShipStaticData"],
  };
  socket.send(JSON.stringify(subscription));
};

socket.onmessage = async (event) => {
  const msg = JSON.parse(event.data);
  await publish("ais.raw", msg.MetaData.MMSI.toString(), msg);
};

socket.onclose = (e) => {
  console.error("aisstream closed", e.code, e.reason);
  process.exit(1);
};
''', k, K=k)

k = hexs(40)
sec("go/aisstream", "cmd/aisbridge/main.go", "aisstream.io Go example (github.com/aisstream/example)", '''\
package main

import (
	"encoding/json"
	"log"

	"github.com/gorilla/websocket"
)

const apiKey = "@@K@@"

type subscription struct {
	APIKey        string          `json:"APIKey"`
	BoundingBoxes [][][2]float64  `json:"BoundingBoxes"`
	FiltersShipMMSI []string      `json:"FiltersShipMMSI,omitempty"`
}

func main() {
	conn, _, err := websocket.DefaultDialer.Dial("wss://stream.aisstream.io/v0/stream", nil)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	sub := subscription{APIKey: apiKey, BoundingBoxes: [][][2]float64{{{-90, -180}, {90, 180}}}}
	b, _ := json.Marshal(sub)
	if err := conn.WriteMessage(websocket.TextMessage, b); err != nil {
		log.Fatal(err)
	}
	for {
		_, p, err := conn.ReadMessage()
		if err != nil {
			log.Fatal(err)
		}
		handle(p)
	}
}
''', k, K=k)

k = hexs(40)
sec("env/aisstream", "services/ais-collector/.env", "aisstream.io docs; dotenv format", '''\
# ais-collector local settings
AIS_BBOX=50.8,-1.6,51.2,1.8
AISSTREAM_URL=wss://stream.aisstream.io/v0/stream
AISSTREAM_API_KEY=@@K@@
KAFKA_BOOTSTRAP=localhost:9092
KAFKA_TOPIC=ais.positions
LOG_LEVEL=info
''', k, K=k)

k = alnum(32)
sec("python/spire-maritime", "spire/graphql_client.py", "Spire Maritime 2.0 GraphQL API docs: Authorization Bearer token", '''\
from gql import Client, gql
from gql.transport.requests import RequestsHTTPTransport

SPIRE_ENDPOINT = "https://api.spire.com/graphql"
SPIRE_TOKEN = "@@K@@"

transport = RequestsHTTPTransport(
    url=SPIRE_ENDPOINT,
    headers={"Authorization": f"Bearer {SPIRE_TOKEN}"},
    timeout=60,
)
client = Client(transport=transport, fetch_schema_from_transport=False)

VESSELS = gql("""
query Vessels($imo: [IMO!]) {
  vessels(imo: $imo) {
    nodes { staticData { name imo mmsi } lastPositionUpdate { latitude longitude timestamp } }
  }
}
""")


def last_positions(imos):
    return client.execute(VESSELS, variable_values={"imo": imos})
''', k, K=k)

k = alnum(32)
nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Port congestion study - Singapore anchorage\n",
                                                            "Pull Spire AIS history for vessels at anchor."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import requests\n", "import pandas as pd\n", "\n",
                    "TOKEN = '" + k + "'\n",
                    "HEADERS = {'Authorization': 'Bearer ' + TOKEN}\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["q = {'query': open('queries/anchorage.graphql').read()}\n",
                    "r = requests.post('https://api.spire.com/graphql', json=q, headers=HEADERS)\n",
                    "df = pd.json_normalize(r.json()['data']['vessels']['nodes'])\n", "df.head()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
sec("notebook/spire-maritime", "analysis/notebooks/sg_anchorage_congestion.ipynb", "Jupyter nbformat 4; Spire Maritime GraphQL docs",
    json.dumps(nb, indent=1) + "\n", k)

k = alnum(32)
sec("helm/spire-maritime", "deploy/helm/vessel-tracker/values-prod.yaml", "Helm values file; Spire Maritime API token", '''\
replicaCount: 2
image:
  repository: registry.northsea-shipping.example/vessel-tracker
  tag: "2.14.1"
env:
  SPIRE_GRAPHQL_URL: https://api.spire.com/graphql
  SPIRE_TOKEN: "@@K@@"
  POLL_INTERVAL_SECONDS: "300"
  FLEET_FILE: /config/fleet.csv
resources:
  limits:
    cpu: 500m
    memory: 512Mi
ingress:
  enabled: false
''', k, K=k)

k = uuid_s()
sec("json/aiscatcher-sharing", "station/aiscatcher/config.json", "AIS-catcher documentation: JSON configuration, sharing to aiscatcher.org", '''\
{
  "config": "aiscatcher",
  "version": 1,
  "sharing": true,
  "sharing_key": "@@K@@",
  "rtlsdr": {
    "tuner": "auto",
    "bandwidth": 192,
    "sample_rate": 1536
  },
  "udp": [
    { "host": "5.9.207.224", "port": 5321, "description": "marinetraffic station feed" },
    { "host": "127.0.0.1", "port": 10110 }
  ],
  "server": { "active": true, "port": 8100, "plugin_dir": "/usr/share/aiscatcher/my-plugins" }
}
''', k, K=k)

k = uuid_s()
sec("toml/datalastic", "config/datalastic.toml", "Datalastic API docs: api-key query parameter", '''\
[datalastic]
base_url = "https://api.datalastic.com/api/v0"
api_key = "@@K@@"
endpoints = ["vessel", "vessel_history", "port_find"]
max_requests_per_minute = 600

[cache]
dir = ".cache/datalastic"
ttl_seconds = 900
''', k, K=k)

k = hexs(64)
sec("json/signalk-secret-key", "vessel-edge/signalk/security.json", "Signal K server: security.json (secretKey signs the JWTs)", '''\
{
  "allow_readonly": true,
  "expiration": "1d",
  "secretKey": "@@K@@",
  "users": [
    {
      "username": "bridge",
      "type": "admin",
      "password": "@@H@@"
    }
  ],
  "devices": [],
  "immutableConfig": false,
  "allowDeviceAccessRequests": true,
  "allowNewUserRegistration": false
}
''', k, K=k, H=bcrypt_hash())

k = influx_token()
sec("json/signalk-influxdb", "vessel-edge/signalk/plugin-config-data/signalk-to-influxdb2.json", "signalk-to-influxdb2 plugin configuration; InfluxDB 2 API token", '''\
{
  "configuration": {
    "influxes": [
      {
        "url": "http://10.20.0.5:8086",
        "token": "@@K@@",
        "org": "mv-nordic-star",
        "bucket": "signalk",
        "writeOptions": { "batchSize": 5000, "flushInterval": 60000, "maxBufferLines": 100000 },
        "resolution": 1000
      }
    ]
  },
  "enabled": true
}
''', k, K=k)

k = hexs(40)
sec("k8s-secret/marinetraffic", "deploy/k8s/ais-secrets.yaml", "Kubernetes Secret (data: base64)", '''\
apiVersion: v1
kind: Secret
metadata:
  name: ais-feeds
  namespace: tracking
  labels:
    app: ais-collector
type: Opaque
data:
  MARINETRAFFIC_API_KEY: @@B@@
  AIS_REGION: @@R@@
''', k, B=b64(k), R=b64("north-europe"))

k = hexs(40)
sec("rust/aisstream", "crates/ais-ws/src/config.rs", "aisstream.io docs; Rust constants", '''\
//! Connection settings for the aisstream.io websocket.

pub const STREAM_URL: &str = "wss://stream.aisstream.io/v0/stream";
pub const API_KEY: &str = "@@K@@";

/// Bounding boxes: English Channel and the Dover Strait.
pub const BOXES: [[[f64; 2]; 2]; 2] = [
    [[49.5, -5.5], [51.2, 1.9]],
    [[50.8, 1.0], [51.3, 2.0]],
];

pub const RECONNECT_SECS: u64 = 5;
''', k, K=k)

# decoys ------------------------------------------------------------------------------------

dec("python/decoy-placeholder", "ais/examples/marinetraffic_quickstart.py", "MarineTraffic API docs: example request with API key placeholder", '''\
"""Quick start: fetch one vessel's last position from MarineTraffic.

Replace YOUR-API-KEY with the PS07 key from your MarineTraffic account page.
"""
import requests

API_KEY = "YOUR-API-KEY"
MMSI = 244650123

url = (f"https://services.marinetraffic.com/api/exportvessel/v:5/{API_KEY}"
       f"/timespan:20/mmsi:{MMSI}/protocol:jsono")
print(requests.get(url, timeout=30).json())
''')

dec("javascript/decoy-placeholder", "ais-ingest/README.example.js", "aisstream.io documentation: subscription example", '''\
// Example from the aisstream.io docs. Put your key in AISSTREAM_API_KEY instead of here.
const socket = new WebSocket("wss://stream.aisstream.io/v0/stream");
socket.onopen = function (_) {
  let subscriptionMessage = {
    Apikey: "<YOUR API KEY>",
    BoundingBoxes: [[[-90, -180], [90, 180]]],
    FiltersShipMMSI: ["368207620", "367719770", "211476060"],
    FilterMessageTypes: ["PositionReport"],
  };
  socket.send(JSON.stringify(subscriptionMessage));
};
''')

dec("python/decoy-env-reference", "ais/settings.py", "pydantic-settings docs: settings from environment variables", '''\
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AIS_", env_file=".env")

    aisstream_api_key: str  # AIS_AISSTREAM_API_KEY, injected from the tracking/ais-feeds secret
    spire_token: str = ""
    marinetraffic_key: str = ""
    bbox: str = "51.85,3.9,52.05,4.6"
    kafka_bootstrap: str = "kafka:9092"


settings = Settings()
''')

r = _rng()
mmsis = [str(r.randint(209000000, 636999999)) for _ in range(8)]
imos = [str(r.randint(9100000, 9899999)) for _ in range(8)]
rows = "\n".join(f"{imo},{mmsi},{name},{cs}" for imo, mmsi, name, cs in zip(
    imos, mmsis, ["NORDIC STAR", "BALTIC TRADER", "CAPE MERIDIAN", "SEA FALCON", "OSLO EXPRESS",
                  "MAERSK KOLKATA", "AURORA BAY", "ELBE SPIRIT"],
    ["V7" + chars(3, UPNUM) for _ in range(8)]))
dec("csv/decoy-identifiers", "config/fleet.csv", "IMO numbers, MMSI and call signs (ITU-R M.585)", '''\
imo,mmsi,name,call_sign
@@ROWS@@
''', ROWS=rows)

r = _rng()
payloads = []
for _ in range(8):
    body = "".join(r.choice("0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw") for _ in range(28))
    payloads.append(f"!AIVDM,1,1,,{r.choice('AB')},1{body},0*{r.randint(16, 255):02X}")
dec("nmea/decoy-ais-payload", "tests/fixtures/ais/dover_strait_sample.nmea", "NMEA 0183 / ITU-R M.1371 AIVDM sentences (6-bit armoured payload)", '''\
!AIVDM,1,1,,B,15M67FC000G?ufbE`FepT@3n00Sa,0*5C
@@P@@
''', P="\n".join(payloads))

dec("json/decoy-signalk-users", "vessel-edge/signalk/security.example.json", "Signal K server docs: security.json with a secretKey drawn at first start", '''\
{
  "allow_readonly": true,
  "expiration": "1d",
  "secretKey": "<generated on first start - do not commit the real file>",
  "users": [
    { "username": "bridge", "type": "admin", "password": "@@H1@@" },
    { "username": "engine", "type": "readonly", "password": "@@H2@@" }
  ],
  "devices": [],
  "allowNewUserRegistration": false
}
''', H1=bcrypt_hash(), H2=bcrypt_hash())

dec("k8s/decoy-secret-ref", "deploy/k8s/ais-collector-deployment.yaml", "Kubernetes docs: env valueFrom.secretKeyRef", '''\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ais-collector
  namespace: tracking
spec:
  replicas: 1
  selector:
    matchLabels: { app: ais-collector }
  template:
    metadata:
      labels: { app: ais-collector }
    spec:
      containers:
        - name: collector
          image: registry.northsea-shipping.example/ais-collector:1.9.0
          env:
            - name: AIS_AISSTREAM_API_KEY
              valueFrom:
                secretKeyRef:
                  name: ais-feeds
                  key: AISSTREAM_API_KEY
            - name: AIS_MARINETRAFFIC_KEY
              valueFrom:
                secretKeyRef: { name: ais-feeds, key: MARINETRAFFIC_API_KEY }
''')

dec("javascript/decoy-mapbox-public", "web/tracker-map/src/map.js", "Mapbox GL JS docs: public access tokens (pk.) are meant for the browser", '''\
import mapboxgl from "mapbox-gl";

// Public token, URL-restricted to tracker.northsea-shipping.example in the Mapbox account.
mapboxgl.accessToken = "@@T@@";

export function createMap(container) {
  return new mapboxgl.Map({
    container,
    style: "mapbox://styles/northsea/clnautical01",
    center: [4.05, 51.95],
    zoom: 9,
  });
}
''', T=mapbox_token("pk", "northsea"))

# ---------------------------------------------------------------------------------------------
# Carrier and container-tracking APIs
# ---------------------------------------------------------------------------------------------

k = alnum(32)
sec("python/maersk", "carriers/maersk/client.py", "Maersk Developer Portal: Consumer-Key header (Track & Trace Plus, Schedules)", '''\
import requests

BASE_URL = "https://api.maersk.com"
CONSUMER_KEY = "@@K@@"

session = requests.Session()
session.headers.update({"Consumer-Key": CONSUMER_KEY, "Accept": "application/json"})


def track_events(transport_document_reference: str) -> list:
    resp = session.get(
        f"{BASE_URL}/track-and-trace-private/events",
        params={"transportDocumentReference": transport_document_reference},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json().get("events", [])


def point_to_point(origin_unloc: str, dest_unloc: str) -> dict:
    resp = session.get(f"{BASE_URL}/products/ocean-products",
                       params={"collectionOriginUNLocationCode": origin_unloc,
                               "deliveryDestinationUNLocationCode": dest_unloc,
                               "vesselOperatorCarrierCode": "MAEU"}, timeout=30)
    resp.raise_for_status()
    return resp.json()
''', k, K=k)

k = alnum(16)
cid = alnum(32)
sec("properties/maersk", "booking-service/src/main/resources/application-prod.properties", "Maersk Developer Portal: OAuth2 client credentials; Spring Boot properties", '''\
server.port=8080
spring.application.name=booking-service

# Maersk API (customer code 40512345)
maersk.api.base-url=https://api.maersk.com
maersk.api.token-url=https://api.maersk.com/customer-identity/oauth/v2/access_token
maersk.api.client-id=@@C@@
maersk.api.client-secret=@@K@@
maersk.api.customer-code=40512345

spring.datasource.url=jdbc:postgresql://db.internal:5432/booking
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
''', k, K=k, C=cid)

k = alnum(48)
sec("yaml/hapag-lloyd", "config/carriers.yaml", "Hapag-Lloyd API portal (IBM API Connect): X-IBM-Client-Id / X-IBM-Client-Secret", '''\
carriers:
  HLCU:
    name: Hapag-Lloyd
    base_url: https://api.hlag.com/hlag/external/v2
    client_id: @@C@@
    client_secret: @@K@@
    endpoints:
      events: /events
      schedules: /schedules/point-to-point
  MAEU:
    name: Maersk
    base_url: https://api.maersk.com
    consumer_key_env: MAERSK_CONSUMER_KEY
polling:
  interval_minutes: 30
  max_parallel: 4
''', k, K=k, C=uuid_s())

k = alnum(48)
sec("csharp/hapag-lloyd", "src/Carriers.HapagLloyd/HapagLloydClient.cs", "Hapag-Lloyd API docs: X-IBM-Client-Secret header", '''\
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Forwarding.Carriers.HapagLloyd
{
    public class HapagLloydClient
    {
        private const string ClientId = "@@C@@";
        private const string ClientSecret = "@@K@@";
        private readonly HttpClient _http;

        public HapagLloydClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri("https://api.hlag.com/hlag/external/v2/");
            _http.DefaultRequestHeaders.Add("X-IBM-Client-Id", ClientId);
            _http.DefaultRequestHeaders.Add("X-IBM-Client-Secret", ClientSecret);
        }

        public Task<TrackingEvent[]?> GetEventsAsync(string equipmentReference) =>
            _http.GetFromJsonAsync<TrackingEvent[]>($"events?equipmentReference={equipmentReference}");
    }
}
''', k, K=k, C=uuid_s())

k = alnum(32)
sec("json/cma-cgm", "config/carriers.prod.json", "CMA CGM API portal: KeyId header", '''\
{
  "carriers": {
    "CMDU": {
      "name": "CMA CGM",
      "baseUrl": "https://apis.cma-cgm.net/operation/trackandtrace/v1",
      "auth": { "header": "KeyId", "value": "@@K@@" },
      "rateLimitPerMinute": 60
    },
    "ONEY": {
      "name": "Ocean Network Express",
      "baseUrl": "https://api.one-line.com",
      "auth": { "header": "apikey", "valueFrom": "ONE_API_KEY" }
    }
  },
  "timeoutSeconds": 30
}
''', k, K=k)

k = alnum(32)
sec("http/cma-cgm", "api-tests/cma-cgm.http", "JetBrains/VS Code REST Client .http files; CMA CGM KeyId header", '''\
### CMA CGM - shipment events by container
GET https://apis.cma-cgm.net/operation/trackandtrace/v1/events?equipmentReference=CMAU4567890
Accept: application/json
KeyId: @@K@@

### CMA CGM - routings
GET https://apis.cma-cgm.net/pricing/commercial/routings/v2/routings?placeOfLoading=CNSHA&placeOfDischarge=NLRTM
Accept: application/json
KeyId: @@K@@
''', k, K=k)

k = azure_secret()
sec("json/msc", "src/Msc.Tracking/appsettings.Production.json", "MSC API (Azure AD client credentials); ASP.NET Core appsettings", '''\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Msc": {
    "BaseUrl": "https://api.msc.com/tracking/v1",
    "TokenEndpoint": "https://login.microsoftonline.com/@@T@@/oauth2/v2.0/token",
    "ClientId": "@@C@@",
    "ClientSecret": "@@K@@",
    "Scope": "api://msc-public-api/.default"
  },
  "AllowedHosts": "*"
}
''', k, K=k, T=uuid_s(), C=uuid_s())

k = hexs(32)
sec("python/vizion", "tracking/vizion.py", "Vizion API docs: X-API-Key header, references endpoint", '''\
import requests

VIZION_URL = "https://prod.vizionapi.com"
VIZION_API_KEY = "@@K@@"


def subscribe(container_id: str, carrier_scac: str, callback_url: str) -> str:
    resp = requests.post(
        f"{VIZION_URL}/references",
        headers={"X-API-Key": VIZION_API_KEY, "Content-Type": "application/json"},
        json={"container_id": container_id, "carrier_code": carrier_scac, "callback_url": callback_url},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["id"]


def updates(reference_id: str) -> list:
    resp = requests.get(f"{VIZION_URL}/references/{reference_id}/updates",
                        headers={"X-API-Key": VIZION_API_KEY}, timeout=20)
    resp.raise_for_status()
    return resp.json()
''', k, K=k)

k = hexs(32)
sec("env/vizion", "apps/visibility/.env.production", "dotenv; Vizion API key", '''\
NODE_ENV=production
PORT=3000
VIZION_API_URL=https://prod.vizionapi.com
VIZION_API_KEY=@@K@@
VIZION_CALLBACK_URL=https://visibility.blueharbor-logistics.example/webhooks/vizion
DATABASE_URL=postgres://visibility@db.internal:5432/visibility
''', k, K=k)

k = alnum(40)
sec("yaml/project44", "config/project44.yml", "project44 API docs: OAuth 2.0 client credentials (client_id / client_secret)", '''\
production:
  project44:
    base_url: https://na12.api.project44.com
    token_url: https://na12.api.project44.com/api/v4/oauth2/client-token
    client_id: @@C@@
    client_secret: "@@K@@"
    ocean_tracking: /api/v4/cargo/shipments
    webhook_path: /hooks/p44
staging:
  project44:
    base_url: https://na12.api.sandbox.p-44.com
    client_id: sandbox-client
    client_secret: <%= ENV["P44_SANDBOX_SECRET"] %>
''', k, K=k, C=uuid_s())

k = alnum(40)
sec("java/project44", "src/main/java/com/blueharbor/visibility/p44/Project44TokenProvider.java", "project44 API docs: client-token endpoint", '''\
package com.blueharbor.visibility.p44;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Project44TokenProvider {
    private static final String TOKEN_URL = "https://na12.api.project44.com/api/v4/oauth2/client-token";
    private static final String CLIENT_ID = "@@C@@";
    private static final String CLIENT_SECRET = "@@K@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String fetchToken() throws Exception {
        String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET;
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        return Json.field(resp.body(), "access_token");
    }
}
''', k, K=k, C=uuid_s())

k = alnum(24)
sec("python/terminal49", "t49/sync.py", "Terminal49 API docs: Authorization: Token <API key>", '''\
import os

import requests

T49 = "https://api.terminal49.com/v2"
HEADERS = {
    "Authorization": "Token @@K@@",
    "Content-Type": "application/vnd.api+json",
}


def create_tracking_request(bl_number: str, scac: str) -> dict:
    body = {"data": {"type": "tracking_request",
                     "attributes": {"request_type": "bill_of_lading", "request_number": bl_number, "scac": scac}}}
    r = requests.post(f"{T49}/tracking_requests", json=body, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()


def containers(page: int = 1) -> dict:
    r = requests.get(f"{T49}/containers", params={"page[number]": page}, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
''', k, K=k)

k = alnum(24)
sec("shell/terminal49", "scripts/t49_track_bl.sh", "Terminal49 API docs: curl example with Token authorization", '''\
#!/usr/bin/env bash
# Usage: t49_track_bl.sh <BL number> <SCAC>
set -euo pipefail

BL="$1"
SCAC="${2:-MAEU}"

curl -sS -X POST https://api.terminal49.com/v2/tracking_requests \\
  -H "Authorization: Token @@K@@" \\
  -H "Content-Type: application/vnd.api+json" \\
  -d "{\\"data\\":{\\"type\\":\\"tracking_request\\",\\"attributes\\":{\\"request_type\\":\\"bill_of_lading\\",\\"request_number\\":\\"${BL}\\",\\"scac\\":\\"${SCAC}\\"}}}" \\
  | jq '.data.id'
''', k, K=k)

k = alnum(24)
coll = {
    "info": {"name": "Terminal49", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "auth": {"type": "apikey", "apikey": [
        {"key": "value", "value": "Token " + k, "type": "string"},
        {"key": "key", "value": "Authorization", "type": "string"},
    ]},
    "item": [
        {"name": "List shipments", "request": {"method": "GET", "url": "https://api.terminal49.com/v2/shipments"}},
        {"name": "Get container", "request": {"method": "GET", "url": "https://api.terminal49.com/v2/containers/{{container_id}}"}},
    ],
}
sec("postman/terminal49", "postman/Terminal49.postman_collection.json", "Postman collection format v2.1: apikey auth",
    json.dumps(coll, indent=2) + "\n", k)

k = hexs(32)
sec("go/searates", "internal/searates/client.go", "SeaRates API docs: api_key query parameter (Container Tracking)", '''\
package searates

import (
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL = "https://tracking.searates.com"
	apiKey  = "@@K@@"
)

var httpClient = &http.Client{Timeout: 30 * time.Second}

// Track asks SeaRates for a container's route and events.
func Track(number, sealine string) (*http.Response, error) {
	url := fmt.Sprintf("%s/tracking?api_key=%s&number=%s&sealine=%s&type=CT", baseURL, apiKey, number, sealine)
	return httpClient.Get(url)
}
''', k, K=k)

k = alnum(32)
sec("typescript/freightos", "src/rates/webcargo.ts", "Freightos / WebCargo API docs: x-apikey header", '''\
import axios from "axios";

const client = axios.create({
  baseURL: "https://api.freightos.com/api/v1",
  headers: {
    "x-apikey": "@@K@@",
    Accept: "application/json",
  },
  timeout: 15000,
});

export interface Leg { origin: string; destination: string; mode: "ocean" | "air" }

export async function quote(leg: Leg, weightKg: number) {
  const { data } = await client.post("/freightEstimates", {
    load: [{ quantity: 1, unitWeightKg: weightKg, unitType: "container40" }],
    legs: [leg],
  });
  return data;
}
''', k, K=k)

k = hexs(64)
sec("sql/carrier-credentials", "db/seed/020_carrier_api_credentials.sql", "PostgreSQL INSERT; carrier API credential table", '''\
-- carrier integrations seeded for the production tenant
INSERT INTO carrier_integration (scac, name, base_url, auth_header, api_key, enabled)
VALUES
  ('MAEU', 'Maersk', 'https://api.maersk.com', 'Consumer-Key', NULL, false),
  ('HLCU', 'Hapag-Lloyd', 'https://api.hlag.com', 'X-IBM-Client-Secret', NULL, false),
  ('ZIMU', 'ZIM', 'https://apigw.zim.com', 'Ocp-Apim-Subscription-Key', '@@K@@', true);

UPDATE carrier_integration SET poll_minutes = 60 WHERE scac = 'ZIMU';
''', k, K=k)

# decoys ------------------------------------------------------------------------------------

dec("github-actions/decoy-secrets-ref", ".github/workflows/carrier-contract-tests.yml", "GitHub Actions docs: secrets context", '''\
name: carrier contract tests
on:
  schedule:
    - cron: "0 5 * * 1-5"
  workflow_dispatch:
jobs:
  contract:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      - name: run against carrier sandboxes
        env:
          MAERSK_CONSUMER_KEY: ${{ secrets.MAERSK_CONSUMER_KEY }}
          HLAG_CLIENT_SECRET: ${{ secrets.HLAG_CLIENT_SECRET }}
          CMA_KEY_ID: ${{ secrets.CMA_KEY_ID }}
          T49_API_KEY: ${{ secrets.T49_API_KEY }}
        run: pytest -m contract tests/carriers
''')

dec("yaml/decoy-public-client-id", "config/carriers.sandbox.yaml", "Hapag-Lloyd API portal: client id (public) with the secret from the environment", '''\
carriers:
  HLCU:
    base_url: https://api-sandbox.hlag.com/hlag/external/v2
    client_id: @@C@@   # X-IBM-Client-Id identifies the app, not a secret
    client_secret: ${HLAG_CLIENT_SECRET}
  CMDU:
    base_url: https://apis-sandbox.cma-cgm.net/operation/trackandtrace/v1
    key_id: ${CMA_KEY_ID}
polling:
  interval_minutes: 120
''', C=uuid_s())

coll = {
    "info": {"name": "Maersk APIs", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "item": [
        {"name": "Track & Trace events", "request": {
            "method": "GET",
            "header": [{"key": "Consumer-Key", "value": "{{consumerKey}}"}],
            "url": "https://api.maersk.com/track-and-trace-private/events?carrierBookingReference={{bookingRef}}"}},
        {"name": "Vessel schedules", "request": {
            "method": "GET",
            "header": [{"key": "Consumer-Key", "value": "{{consumerKey}}"}],
            "url": "https://api.maersk.com/schedules/vessel-schedules?vesselIMONumber=9778791"}},
    ],
    "variable": [{"key": "consumerKey", "value": ""}, {"key": "bookingRef", "value": "226895741"}],
}
dec("postman/decoy-variable", "postman/Maersk.postman_collection.json", "Postman collection v2.1: {{variables}} resolved from the environment",
    json.dumps(coll, indent=2) + "\n")

r = _rng()
t49_ids = [uuid_s() for _ in range(3)]
dec("json/decoy-record-ids", "tests/fixtures/terminal49/tracking_request_created.json", "Terminal49 API docs: tracking_request response (JSON:API ids are UUIDs)", '''\
{
  "data": {
    "id": "@@A@@",
    "type": "tracking_request",
    "attributes": {
      "request_number": "MAEU226895741",
      "request_type": "bill_of_lading",
      "scac": "MAEU",
      "status": "created",
      "created_at": "2024-03-11T09:14:02Z"
    },
    "relationships": {
      "tracked_object": { "data": { "id": "@@B@@", "type": "shipment" } },
      "customer": { "data": { "id": "@@C@@", "type": "party" } }
    }
  }
}
''', A=t49_ids[0], B=t49_ids[1], C=t49_ids[2])

dec("python/decoy-test-fixture", "tests/carriers/test_vizion.py", "pytest + responses: a fake key for a mocked API", '''\
import responses

from tracking import vizion

FAKE_KEY = "test-vizion-key-not-real"


@responses.activate
def test_subscribe_sends_api_key(monkeypatch):
    monkeypatch.setattr(vizion, "VIZION_API_KEY", FAKE_KEY)
    responses.post("https://prod.vizionapi.com/references", json={"id": "ref_123"})
    assert vizion.subscribe("MSCU1234565", "MSCU", "https://example.test/cb") == "ref_123"
    assert responses.calls[0].request.headers["X-API-Key"] == FAKE_KEY
''')

dec("markdown/decoy-placeholder", "docs/integrations/terminal49.md", "Terminal49 API docs: authentication section", '''\
# Terminal49 integration

We use Terminal49 for container availability at US terminals (LFD, holds, pickup appointments).

## Credentials

The API key lives in 1Password (vault *Integrations*, item *Terminal49 prod*) and is injected as
`T49_API_KEY` by the deploy pipeline. Every request carries it as:

```http
Authorization: Token YOUR_API_KEY
Content-Type: application/vnd.api+json
```

Webhooks are signed: verify `X-T49-Webhook-Signature` with the webhook secret (same vault).
''')

dec("python/decoy-webhook-verify", "t49/webhooks.py", "Terminal49 docs: HMAC-SHA256 webhook signature; the secret from the environment", '''\
import hashlib
import hmac
import os

WEBHOOK_SECRET = os.environ["T49_WEBHOOK_SECRET"].encode()


def verify(body: bytes, signature: str) -> bool:
    """X-T49-Webhook-Signature is the hex HMAC-SHA256 of the raw body."""
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


# Example from our integration test log (signature of b'{"data":{}}' under the test secret):
#   X-T49-Webhook-Signature: @@S@@
''', S=hexs(64))

dec("yaml/decoy-openapi-scheme", "specs/dcsa-track-and-trace-v2.yaml", "DCSA Track & Trace 2.2 OpenAPI: securitySchemes", '''\
openapi: 3.0.3
info:
  title: DCSA OpenAPI specification for Track & Trace
  version: 2.2.0
servers:
  - url: https://api.carrier.example/v2
security:
  - ApiKeyHeader: []
components:
  securitySchemes:
    ApiKeyHeader:
      type: apiKey
      in: header
      name: API-Key
      description: The key the carrier issued to the subscriber.
  parameters:
    equipmentReference:
      name: equipmentReference
      in: query
      schema: { type: string, example: APZU4812090 }
paths: {}
''')

dec("csv/decoy-container-check-digits", "tests/fixtures/iso6346_check_digits.csv", "ISO 6346 container numbers with check digits (test vectors)", '''\
container_number,owner_code,serial,check_digit,valid
CSQU3054383,CSQ,305438,3,true
MSKU9070323,MSK,907032,3,true
TGHU8765430,TGH,876543,0,true
HLXU1234564,HLX,123456,4,false
MAEU4567890,MAE,456789,0,false
''')

# ---------------------------------------------------------------------------------------------
# Port community systems and terminal operating systems
# ---------------------------------------------------------------------------------------------

p = words_pw()
sec("python/navis-n4", "tos/n4/argo_client.py", "Navis N4 ArgoService web service (SOAP, basic auth); zeep docs", '''\
from requests import Session
from requests.auth import HTTPBasicAuth
from zeep import Client
from zeep.transports import Transport

N4_WSDL = "http://n4-app01.terminal.local:9080/apex/services/argoservice?wsdl"
SCOPE = "<scope><operator>RTM</operator><complex>ECT</complex><facility>DDE</facility><yard>DDE</yard></scope>"

session = Session()
session.auth = HTTPBasicAuth("edi_gateway", "@@P@@")
client = Client(N4_WSDL, transport=Transport(session=session, timeout=60))


def unit_details(unit_id: str) -> str:
    xml = f"<groovy class-location='code-extension' class-name='UnitLookup'><parameters>" \\
          f"<parameter id='unitId' value='{unit_id}'/></parameters></groovy>"
    return client.service.genericInvoke(scopeCoordinateIdsWsString=SCOPE, xmlDoc=xml)
''', p, P=p)

p = season_pw()
sec("properties/navis-n4", "tos-bridge/config/n4.properties", "Navis N4 web services; Java .properties", '''\
# N4 web service connection (production terminal)
n4.ws.url=https://n4.terminal.example:9443/apex/services/argoservice
n4.ws.username=tos_bridge
n4.ws.password=@@P@@
n4.scope.operator=OPR
n4.scope.complex=CPX
n4.scope.facility=FAC
n4.scope.yard=YRD
n4.ws.timeout.ms=60000
''', p, P=p)

k = alnum(40)
sec("json/portbase", "integrations/portbase/config.prod.json", "Portbase (NL) port community system API: client credentials", '''\
{
  "portbase": {
    "environment": "production",
    "tokenUrl": "https://login.portbase.com/oauth2/token",
    "apiBase": "https://api.portbase.com",
    "clientId": "bhl-forwarding-prod",
    "clientSecret": "@@K@@",
    "services": ["import-status", "export-documentation", "discharge-list"],
    "shortName": "BLUEHARBOR"
  }
}
''', k, K=k)

p = rand_pw(14)
sec("yaml/dakosy", "integrations/dakosy/connection.yaml", "DAKOSY (Hamburg) port community FTP/SFTP exchange", '''\
dakosy:
  host: sftp.dakosy.de
  port: 22
  username: BHLHAM01
  password: "@@P@@"
  directories:
    outbound: /in/coarri
    inbound: /out/codeco
  message_types: [COPRAR, COARRI, CODECO, IFTMIN]
  poll_seconds: 120
''', p, P=p)

p = words_pw()
sec("ini/tideworks", "terminal/tideworks/spinnaker_export.ini", "INI; Tideworks Spinnaker reporting database", '''\
; nightly export from Spinnaker to the data warehouse
[source]
driver = oracle
dsn = tidewdb01.terminal.local:1521/SPNKR
user = RPT_EXPORT
password = @@P@@

[target]
dsn = postgresql://dwh@dwh.internal:5432/terminal
schema = staging

[schedule]
cron = 15 3 * * *
''', p, P=p)

p = words_pw()
sec("sql/oracle-user", "db/migrations/V12__create_edi_gateway_user.sql", "Oracle CREATE USER ... IDENTIFIED BY", '''\
-- EDI gateway reads vessel visits and writes COARRI status
CREATE USER edi_gateway IDENTIFIED BY "@@P@@"
  DEFAULT TABLESPACE tos_data
  QUOTA 100M ON tos_data;

GRANT CREATE SESSION TO edi_gateway;
GRANT SELECT ON tos.vessel_visit TO edi_gateway;
GRANT SELECT, INSERT ON tos.edi_message_log TO edi_gateway;
''', p, P=p)

p = rand_pw(16, "!#")
sec("sql/sqlserver-login", "db/deploy/create_reporting_login.sql", "T-SQL CREATE LOGIN ... WITH PASSWORD", '''\
USE [master];
GO
CREATE LOGIN [tos_reporting] WITH PASSWORD = N'@@P@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [TerminalOps];
GO
USE [TerminalOps];
GO
CREATE USER [tos_reporting] FOR LOGIN [tos_reporting];
ALTER ROLE [db_datareader] ADD MEMBER [tos_reporting];
GO
''', p, P=p)

p = words_pw()
sec("xml/ibm-mq", "gate-system/src/main/resources/jms-context.xml", "Spring JMS with IBM MQ connection factory (UserCredentialsConnectionFactoryAdapter)", '''\
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="mqConnectionFactory" class="com.ibm.mq.jms.MQConnectionFactory">
        <property name="hostName" value="mqhost01.port.local"/>
        <property name="port" value="1414"/>
        <property name="queueManager" value="QM_GATE"/>
        <property name="channel" value="GATE.SVRCONN"/>
        <property name="transportType" value="1"/>
    </bean>

    <bean id="connectionFactory" class="org.springframework.jms.connection.UserCredentialsConnectionFactoryAdapter">
        <property name="targetConnectionFactory" ref="mqConnectionFactory"/>
        <property name="username" value="gateapp"/>
        <property name="password" value="@@P@@"/>
    </bean>
</beans>
''', p, P=p)

# decoys
dec("properties/decoy-env-reference", "tos-bridge/config/n4-prod.properties", "Spring Boot: ${...} placeholders from the environment", '''\
# N4 web service connection; credentials come from the Kubernetes secret tos-bridge-n4
n4.ws.url=https://n4.terminal.example:9443/apex/services/argoservice
n4.ws.username=${N4_WS_USERNAME}
n4.ws.password=${N4_WS_PASSWORD}
n4.scope.operator=OPR
n4.scope.complex=CPX
n4.ws.timeout.ms=60000
''')

dec("yaml/decoy-vault-template", "deploy/vault/agent-portbase.hcl.tpl", "Vault Agent templates: {{ with secret }}", '''\
{{- with secret "kv/data/integrations/portbase" -}}
portbase:
  environment: production
  tokenUrl: https://login.portbase.com/oauth2/token
  clientId: {{ .Data.data.client_id }}
  clientSecret: {{ .Data.data.client_secret }}
{{- end }}
services:
  - import-status
  - discharge-list
''')

# ---------------------------------------------------------------------------------------------
# EDI: X12 and EDIFACT over AS2, SFTP and VANs
# ---------------------------------------------------------------------------------------------

p = isa_pw()
sec("x12/isa-security", "edi/samples/outbound/315_BLUEHARBOR_20240311.x12", "ANSI X12 ISA segment: ISA03=01, ISA04 security information (password)", '''\
ISA*00*          *01*@@P@@*ZZ*BLUEHARBOR     *ZZ*RETAILCO       *240311*1002*U*00401*000004471*0*P*>~
GS*QO*BLUEHARBOR*RETAILCO*20240311*1002*4471*X*004010~
ST*315*0001~
B4***VA*20240311*1002**MSKU*9070323*L*4500*NLRTM*UN~
N9*BM*226895741~
Q2*9778791*NL*20240309*20240311**240W*SEA FALCON~
R4*L*UN*CNSHA*SHANGHAI*CN~
R4*D*UN*NLRTM*ROTTERDAM*NL~
SE*8*0001~
GE*1*4471~
IEA*1*000004471~
''', p, P=p)

p = rand_pw(8)
sec("edifact/unb-password", "edi/out/IFTMIN_20240311_4471.edi", "UN/EDIFACT UNB segment: S005 recipient reference/password", '''\
UNA:+.? '
UNB+UNOC:3+BLUEHARBOR:ZZZ+INTTRA:ZZZ+240311:1002+4471+@@P@@:AA+IFTMIN'
UNH+1+IFTMIN:D:99B:UN:2.0'
BGM+335+BHL2403114471+9'
DTM+137:202403111002:203'
TSR+30+2'
RFF+BN:226895741'
TDT+20+240W+1++MAEU:172:20+++9778791:146:11:SEA FALCON'
LOC+9+CNSHA:181:6'
LOC+11+NLRTM:181:6'
NAD+CZ+BLUEHARBOR::ZZZ'
EQD+CN++45G1:102:5'
UNT+11+1'
UNZ+1+4471'
''', p, P=p)

p = words_pw()
sec("xml/openas2-keystore", "as2/openas2/config/config.xml", "OpenAS2 server config.xml: PKCS12 certificate store password", '''\
<openas2>
    <properties
        storageBaseDir="%home%/../data"
        as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.UUID$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>
    <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
        filename="%home%/as2_certs.p12"
        password="@@P@@"
        interval="300"/>
    <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
        filename="%home%/partnerships.xml"
        interval="120"/>
    <processor classname="org.openas2.processor.DefaultProcessor" pendingMDN="%home%/../data/pendingMDN3">
        <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="10080" errordir="$properties.storageBaseDir$/inbox/error"/>
        <module classname="org.openas2.processor.sender.AS2SenderModule"/>
    </processor>
</openas2>
''', p, P=p)

k = pem_key("RSA")
sec("pem/as2-private-key", "as2/keys/blueharbor_as2_2024.key", "PEM private key (RFC 7468) used to sign AS2 messages", '''\
@@K@@
''', k, K=k)

k = pgp_block("PRIVATE")
sec("pgp/van-private-key", "edi/keys/kleinschmidt-van-signing.sec.asc", "OpenPGP armored private key (RFC 4880) for VAN file encryption", '''\
@@K@@
''', k, K=k)

k = openssh_key()
sec("openssh/sftp-private-key", "deploy/sftp/id_ed25519_edi_partner", "OpenSSH private key for an SFTP trading partner", '''\
@@K@@
''', k, K=k)

p = rand_pw(12)
sec("netrc/van-ftp", "ops/edi/.netrc", "netrc(5) machine/login/password entries", '''\
machine ftp.van.kleinschmidt.example
  login BHL0042
  password @@P@@

machine sftp.dakosy.de
  login BHLHAM01
''', p, P=p)

p = words_pw()
sec("xml/filezilla-sftp", "tools/filezilla/sitemanager.xml", "FileZilla sitemanager.xml: Pass encoding=base64", '''\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.cargowise-edi.example</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>bhl_edi</User>
            <Pass encoding="base64">@@B@@</Pass>
            <Logontype>1</Logontype>
            <Name>CW1 EDI drop</Name>
            <RemoteDir>1 0 2 in</RemoteDir>
        </Server>
    </Servers>
</FileZilla3>
''', p, B=b64(p))

p = season_pw()
sec("shell/lftp-sftp", "scripts/edi/push_to_van.sh", "lftp(1): -u user,password on the command line", '''\
#!/bin/sh
# Push outbound X12 to the VAN mailbox, then archive.
set -e
OUT=/data/edi/outbound
ARCHIVE=/data/edi/archive/$(date +%Y%m%d)
mkdir -p "$ARCHIVE"
lftp -u BHL0042,'@@P@@' sftp://mailbox.van.example <<EOF_LFTP
set sftp:auto-confirm yes
cd /inbound
mput $OUT/*.x12
bye
EOF_LFTP
mv $OUT/*.x12 "$ARCHIVE"/
''', p, P=p)

p = words_pw()
sec("python/paramiko-sftp", "edi/transfer.py", "Paramiko docs: Transport.connect(username, password)", '''\
import logging
from pathlib import Path

import paramiko

log = logging.getLogger("edi.transfer")

HOST, PORT = "sftp.partner-3pl.example", 22
USER = "blueharbor"
PASSWORD = "@@P@@"


def pull_inbound(local_dir: Path) -> int:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    count = 0
    try:
        for name in sftp.listdir("/outbound"):
            if name.endswith((".edi", ".x12")):
                sftp.get(f"/outbound/{name}", str(local_dir / name))
                sftp.remove(f"/outbound/{name}")
                count += 1
    finally:
        sftp.close()
        transport.close()
    log.info("pulled %d files", count)
    return count
''', p, P=p)

p = rand_pw(14)
sec("java/jsch-sftp", "edi-poller/src/main/java/com/blueharbor/edi/SftpPoller.java", "JSch: Session.setPassword", '''\
package com.blueharbor.edi;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

public class SftpPoller {
    private static final String HOST = "edi.msc-partner.example";
    private static final String USER = "bhl_fwd";

    public void poll() throws Exception {
        JSch jsch = new JSch();
        Session session = jsch.getSession(USER, HOST, 22);
        session.setPassword("@@P@@");
        session.setConfig("StrictHostKeyChecking", "yes");
        jsch.setKnownHosts("/etc/edi/known_hosts");
        session.connect(30000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        sftp.cd("/outbound/IFTSTA");
        sftp.ls("*.edi").forEach(entry -> Handler.fetch(sftp, entry));
        sftp.disconnect();
        session.disconnect();
    }
}
''', p, P=p)

p = words_pw()
sec("yaml/camel-sftp", "integration/src/main/resources/routes/van-outbound.yaml", "Apache Camel YAML DSL; SFTP component password=RAW(...)", '''\
- route:
    id: x12-to-van
    from:
      uri: file:/data/edi/outbound
      parameters:
        include: ".*\\\\.x12"
        move: .done
    steps:
      - log: "sending ${header.CamelFileName} to VAN"
      - to:
          uri: "sftp://BHL0042@mailbox.van.example:22/inbound?password=RAW(@@P@@)&knownHostsFile=/etc/edi/known_hosts&tempFileName=${file:name}.part"
''', p, P=p)

p = season_pw()
sec("properties/mule-sftp", "mule-edi/src/main/resources/config/prod.properties", "MuleSoft configuration properties file (SFTP connector)", '''\
# Mule EDI app - production
http.port=8081
van.sftp.host=mailbox.van.example
van.sftp.port=22
van.sftp.user=BHL0042
van.sftp.password=@@P@@
van.sftp.inbound.dir=/outbound
x12.interchange.sender=BLUEHARBOR
x12.interchange.receiver=RETAILCO
''', p, P=p)

p = words_pw()
sec("powershell/winscp-sftp", "scripts/Send-EdiToPartner.ps1", "WinSCP .NET assembly: SessionOptions.Password", '''\
param([string]$Path = "D:\\EDI\\Outbound")

Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "sftp.retailco-edi.example"
    UserName = "blueharbor"
    Password = "@@P@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 Gp3bFvLtFzZ3kq5n5yLQvN2B9sd7m0bXU0xk3c1m1aA"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles("$Path\\*.x12", "/inbound/", $True)
    $result.Check()
} finally {
    $session.Dispose()
}
''', p, P=p)

p = rand_pw(16)
sec("csharp/sshnet-sftp", "src/Edi.Transfer/PartnerSftp.cs", "SSH.NET: new SftpClient(host, username, password)", '''\
using System.IO;
using Renci.SshNet;

namespace Forwarding.Edi.Transfer
{
    public static class PartnerSftp
    {
        public static void Upload(string localFile)
        {
            using var client = new SftpClient("sftp.hapag-edi.example", 22, "BHLFWD", "@@P@@");
            client.Connect();
            using var stream = File.OpenRead(localFile);
            client.UploadFile(stream, "/in/" + Path.GetFileName(localFile));
            client.Disconnect();
        }
    }
}
''', p, P=p)

p = words_pw()
sec("xml/biztalk-binding", "BizTalk/Bindings/BHL.EDI.Van.BindingInfo.xml", "BizTalk Server binding file: SFTP adapter TransportTypeData (escaped XML)", '''\
<?xml version="1.0" encoding="utf-8"?>
<BindingInfo Assembly="BHL.EDI.Van, Version=1.0.0.0" Version="3.5.1.0">
  <SendPortCollection>
    <SendPort Name="SP_X12_To_VAN" IsStatic="true" IsTwoWay="false">
      <PrimaryTransport>
        <Address>sftp://mailbox.van.example:22/inbound/%MessageID%.x12</Address>
        <TransportType Name="SFTP" Capabilities="80907" ConfigurationClsid="f75aba7f-5ef3-4d9b-b4f4-a3bc3d8e4ad1" />
        <TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;BHL0042&lt;/UserName&gt;&lt;Password vt="8"&gt;@@P@@&lt;/Password&gt;&lt;ServerAddress vt="8"&gt;mailbox.van.example&lt;/ServerAddress&gt;&lt;Port vt="3"&gt;22&lt;/Port&gt;&lt;/CustomProps&gt;</TransportTypeData>
        <RetryCount>3</RetryCount>
        <RetryInterval>5</RetryInterval>
      </PrimaryTransport>
    </SendPort>
  </SendPortCollection>
</BindingInfo>
''', p, P=p)

p = rand_pw(14)
sec("systemd/van-ftp", "deploy/systemd/edi-poller.service", "systemd.exec: Environment=", '''\
[Unit]
Description=EDI poller (VAN mailbox -> CargoWise)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=edi
Environment="VAN_HOST=mailbox.van.example"
Environment="VAN_USER=BHL0042"
Environment="VAN_PASSWORD=@@P@@"
ExecStart=/opt/edi-poller/bin/edi-poller --interval 120
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', p, P=p)

p = words_pw()
sec("docker-compose/atmoz-sftp", "dev/partner-sftp/docker-compose.yml", "atmoz/sftp image docs: user:pass:uid in command", '''\
version: "3.8"
services:
  partner-sftp:
    image: atmoz/sftp:alpine
    ports:
      - "2222:22"
    volumes:
      - ./upload:/home/retailco/upload
      - ./ssh_host_ed25519_key:/etc/ssh/ssh_host_ed25519_key:ro
    command: retailco:@@P@@:1001
    restart: unless-stopped
''', p, P=p)

# decoys
dec("x12/decoy-isa-no-security", "edi/samples/inbound/214_RETAILCO_0042.x12", "ANSI X12 ISA segment: ISA01/ISA03 qualifier 00, blank authorization and security", '''\
ISA*00*          *00*          *ZZ*RETAILCO       *ZZ*BLUEHARBOR     *240311*0915*U*00401*000000042*0*P*>~
GS*QM*RETAILCO*BLUEHARBOR*20240311*0915*42*X*004010~
ST*214*0001~
B10*BHL2403110042*226895741*MAEU~
AT7*X6*NS***20240311*0900*LT~
MS1*ROTTERDAM**NL~
SE*5*0001~
GE*1*42~
IEA*1*000000042~
''')

dec("edifact/decoy-no-password", "edi/in/IFTSTA_MAEU_20240311.edi", "UN/EDIFACT IFTSTA D.99B status message without recipient password", '''\
UNA:+.? '
UNB+UNOC:3+MAEU:ZZZ+BLUEHARBOR:ZZZ+240311:0915+881204++IFTSTA'
UNH+1+IFTSTA:D:99B:UN'
BGM+23+MAEU881204+9'
DTM+137:202403110915:203'
NAD+CA+MAEU:160:86'
CNI+1+226895741'
STS+1+VD'
RFF+BN:226895741'
EQD+CN+MSKU9070323+45G1:102:5'
TDT+20+240W+1++MAEU:172:20+++9778791:146:11:SEA FALCON'
UNT+11+1'
UNZ+1+881204'
''')

k = cert_pem()
dec("pem/decoy-certificate", "as2/partners/retailco_as2_2024.cer", "X.509 certificate (RFC 7468): an AS2 partner's public encryption certificate", '''\
@@K@@
''', K=k)

k = pgp_block("PUBLIC")
dec("pgp/decoy-public-key", "edi/keys/kleinschmidt-van.pub.asc", "OpenPGP armored public key (RFC 4880)", '''\
@@K@@
''', K=k)

dec("known-hosts/decoy-public-keys", "deploy/sftp/known_hosts", "OpenSSH known_hosts (sshd(8)): host public keys", '''\
# Host keys of our trading partners' SFTP servers, checked by edi-poller (StrictHostKeyChecking=yes).
# Verify fingerprints with the partner by phone before adding a line.
mailbox.van.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@A@@
sftp.dakosy.de @@B@@
[sftp.retailco-edi.example]:22 @@C@@
edi.msc-partner.example,203.0.113.41 @@D@@
''', A=chars(43, B64), B=ssh_pub(), C=ssh_pub(), D=ssh_pub())

dec("xml/decoy-openas2-partnership", "as2/openas2/config/partnerships.xml", "OpenAS2 partnerships.xml: aliases of certificates, no secrets", '''\
<partnerships>
    <partner name="blueharbor" as2_id="BLUEHARBOR" x509_alias="blueharbor_2024" email="edi@blueharbor-logistics.example"/>
    <partner name="retailco" as2_id="RETAILCO-AS2" x509_alias="retailco_2024" email="edi-ops@retailco.example"/>
    <partnership name="blueharbor-to-retailco">
        <sender name="blueharbor"/>
        <receiver name="retailco"/>
        <attribute name="protocol" value="as2"/>
        <attribute name="subject" value="X12 from BLUEHARBOR"/>
        <attribute name="as2_url" value="https://as2.retailco.example:4080/as2"/>
        <attribute name="as2_mdn_options" value="signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, SHA256"/>
        <attribute name="encrypt" value="AES256_CBC"/>
        <attribute name="sign" value="SHA256"/>
    </partnership>
</partnerships>
''')

dec("xml/decoy-openas2-property-ref", "as2/openas2/config/config.prod.xml", "OpenAS2 config: $properties.x$ and $ENV.x$ substitution", '''\
<openas2>
    <properties storageBaseDir="/var/lib/openas2/data"/>
    <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
        filename="/etc/openas2/as2_certs.p12"
        password="$ENV.OPENAS2_CERT_PASSWORD$"
        interval="300"/>
    <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
        filename="/etc/openas2/partnerships.xml"/>
    <processor classname="org.openas2.processor.DefaultProcessor" pendingMDN="/var/lib/openas2/pendingMDN">
        <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="10080"/>
    </processor>
</openas2>
''')

dec("pgp/decoy-encrypted-message", "edi/archive/2024-03/856_RETAILCO_0117.x12.asc", "OpenPGP armored message: ciphertext of a shipped file", '''\
-----BEGIN PGP MESSAGE-----

@@B@@
-----END PGP MESSAGE-----
''', B="hQIMA" + chars(59, B64) + "\n" + "\n".join(chars(64, B64) for _ in range(7)) + "\n=" + chars(4, B64))

dec("json/decoy-cert-thumbprint", "src/Edi.As2/appsettings.json", "ASP.NET Core appsettings: certificate thumbprints reference the Windows certificate store", '''\
{
  "As2": {
    "LocalId": "BLUEHARBOR",
    "SigningCertificateThumbprint": "@@T1@@",
    "PartnerCertificates": {
      "RETAILCO-AS2": "@@T2@@",
      "HLAG-AS2": "@@T3@@"
    },
    "StoreLocation": "LocalMachine",
    "MdnUrl": "https://as2.blueharbor-logistics.example/mdn"
  }
}
''', T1=hexs(40).upper(), T2=hexs(40).upper(), T3=hexs(40).upper())

# ---------------------------------------------------------------------------------------------
# Customs: ACE/ABI, ICS2 ENS, HMRC, CBSA
# ---------------------------------------------------------------------------------------------

k = uuid_s()
sec("python/hmrc-oauth", "customs/hmrc/oauth.py", "HMRC Developer Hub: OAuth 2.0 client credentials (application-restricted endpoints)", '''\
import time

import requests

TOKEN_URL = "https://api.service.hmrc.gov.uk/oauth/token"
CLIENT_ID = "@@C@@"
CLIENT_SECRET = "@@K@@"

_cache = {"token": None, "expires": 0}


def access_token() -> str:
    if _cache["token"] and _cache["expires"] > time.time() + 60:
        return _cache["token"]
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": "write:safety-and-security-import",
    }, timeout=30)
    resp.raise_for_status()
    body = resp.json()
    _cache.update(token=body["access_token"], expires=time.time() + body["expires_in"])
    return _cache["token"]
''', k, K=k, C=alnum(28))

p = words_pw()
sec("yaml/ics2-keystore", "customs/ics2/sti-client.yaml", "EU ICS2 Shared Trader Interface: eIDAS certificate keystore for the ENS filer", '''\
ics2:
  environment: production
  sti_endpoint: https://conformance.customs.ec.europa.eu/ics2/sti/ws
  eori: NL812345678
  party_role: HOUSE_CONSIGNMENT_FILER
  tls:
    keystore: /etc/ics2/blueharbor-eseal.p12
    keystore_type: PKCS12
    keystore_password: "@@P@@"
    truststore: /etc/ics2/eu-trust.jks
  release: R2
  message_types: [F10, F11, F12, F13]
''', p, P=p)

p = rand_pw(18)
sec("java/ics2-keystore", "ens-filer/src/main/java/eu/blueharbor/ens/StiTls.java", "java.security.KeyStore.load(stream, password)", '''\
package eu.blueharbor.ens;

import java.io.FileInputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

final class StiTls {
    private static final char[] KEYSTORE_PASSWORD = "@@P@@".toCharArray();

    static SSLContext context() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream("/etc/ics2/blueharbor-eseal.p12")) {
            ks.load(in, KEYSTORE_PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, KEYSTORE_PASSWORD);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
''', p, P=p)

p = season_pw()
sec("env/ace-abi", "customs/abi/.env", "dotenv; ACE ABI filing through a VAN mailbox", '''\
# ABI (ACE) transmissions via the service bureau
ABI_FILER_CODE=B7Q
ABI_VAN_HOST=abi.servicebureau.example
ABI_VAN_USER=B7QABI
ABI_VAN_PASSWORD=@@P@@
ABI_TEST_INDICATOR=P
ACE_PORT_OF_ENTRY=5301
''', p, P=p)

p = words_pw()
sec("xml/wsse-password", "customs/descartes/soap-envelope-template.xml", "OASIS WS-Security UsernameToken (PasswordText) in a SOAP header", '''\
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:cus="http://customs.descartes.example/ens/v2">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>BLUEHARBOR_ENS</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@P@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <cus:SubmitENS>
      <cus:Payload>{{PAYLOAD}}</cus:Payload>
    </cus:SubmitENS>
  </soapenv:Body>
</soapenv:Envelope>
''', p, P=p)

k = azure_secret()
sec("json/customs-api-secret", "src/Customs.Declarations/appsettings.json", "ASP.NET Core appsettings; Azure AD client secret for a customs API", '''\
{
  "CustomsApi": {
    "BaseUrl": "https://customs-api.blueharbor-logistics.example",
    "Authority": "https://login.microsoftonline.com/@@T@@",
    "ClientId": "@@C@@",
    "ClientSecret": "@@K@@",
    "Audience": "api://customs-declarations"
  },
  "Serilog": { "MinimumLevel": "Information" }
}
''', k, K=k, T=uuid_s(), C=uuid_s())

p = rand_pw(12)
sec("properties/cbsa-emanifest", "emanifest/conf/cbsa.properties", "CBSA eManifest EDI via a service provider; Java .properties", '''\
# CBSA eManifest house bills (ACI) - production
emanifest.carrier.code=8B3Q
emanifest.transport=ftp
emanifest.ftp.host=emanifest.serviceprovider.example
emanifest.ftp.user=8B3QPROD
emanifest.ftp.password=@@P@@
emanifest.ack.dir=/data/emanifest/acks
''', p, P=p)

# decoys
dec("xml/decoy-ics2-sample", "customs/ics2/samples/F12_house_consignment.xml", "EU ICS2 harmonised trader interface: ENS filing sample (EORI numbers, no credentials)", '''\
<?xml version="1.0" encoding="UTF-8"?>
<ie3:IE3F12 xmlns:ie3="http://ics2.eu/ie3f12">
  <messageSender>NL812345678</messageSender>
  <messageRecipient>ICS2-EU</messageRecipient>
  <preparationDateAndTime>2024-03-11T09:00:00Z</preparationDateAndTime>
  <messageIdentification>@@M@@</messageIdentification>
  <messageType>IE3F12</messageType>
  <ENSFiling>
    <lodgingPerson><identificationNumber>NL812345678</identificationNumber></lodgingPerson>
    <transportDocumentHouseLevel><documentNumber>BHLRTM2403114471</documentNumber><type>N714</type></transportDocumentHouseLevel>
    <consignor><identificationNumber>CN9137010012345678</identificationNumber></consignor>
    <goodsItem><commodityCode><harmonizedSystemSubHeadingCode>847130</harmonizedSystemSubHeadingCode></commodityCode></goodsItem>
  </ENSFiling>
</ie3:IE3F12>
''', M=uuid_s())

dec("python/decoy-env-reference-hmrc", "customs/hmrc/config.py", "HMRC Developer Hub: sandbox and production credentials from the environment", '''\
import os

ENVIRONMENTS = {
    "sandbox": "https://test-api.service.hmrc.gov.uk",
    "production": "https://api.service.hmrc.gov.uk",
}

ENV = os.getenv("HMRC_ENV", "sandbox")
BASE_URL = ENVIRONMENTS[ENV]
CLIENT_ID = os.environ["HMRC_CLIENT_ID"]
CLIENT_SECRET = os.environ["HMRC_CLIENT_SECRET"]
SERVER_TOKEN = os.getenv("HMRC_SERVER_TOKEN")  # only for open endpoints
''')

dec("env/decoy-example", "customs/abi/.env.example", "dotenv example file with placeholders", '''\
# Copy to .env and fill in from the service bureau welcome letter.
ABI_FILER_CODE=XXX
ABI_VAN_HOST=abi.servicebureau.example
ABI_VAN_USER=
ABI_VAN_PASSWORD=changeme
ABI_TEST_INDICATOR=T
ACE_PORT_OF_ENTRY=0000
''')

# ---------------------------------------------------------------------------------------------
# Bunker and voyage management, weather routing, noon reports
# ---------------------------------------------------------------------------------------------

p = words_pw()
sec("python/platts", "bunkers/platts_prices.py", "S&P Global Platts API: token from username/password plus appkey", '''\
"""Daily bunker benchmarks (VLSFO/HSFO/MGO Singapore, Rotterdam, Fujairah) from Platts."""
import requests

AUTH_URL = "https://api.platts.com/auth/api"
PRICES_URL = "https://api.platts.com/market-data/v3/value/current/symbol"
APPKEY = "bunkerdesk-prod"
USERNAME = "bunkers@nordic-tankers.example"
PASSWORD = "@@P@@"

SYMBOLS = ["PUMFD00", "AMFSA00", "PUAXZ00", "AAXYO00"]


def token() -> str:
    r = requests.post(AUTH_URL, data={"username": USERNAME, "password": PASSWORD},
                      headers={"appkey": APPKEY}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def prices() -> dict:
    headers = {"Authorization": f"Bearer {token()}", "appkey": APPKEY}
    r = requests.get(PRICES_URL, params={"filter": f"symbol in {tuple(SYMBOLS)}"}, headers=headers, timeout=30)
    r.raise_for_status()
    return r.json()
''', p, P=p)

k = hexs(64)
sec("ini/veson-imos", "voyage/imos_export.ini", "Veson IMOS reports API: apiToken query parameter", '''\
[imos]
tenant = nordictankers
base_url = https://api.veslink.com/v1/imos
api_token = @@K@@
reports = voyage_pnl,bunker_liftings,port_expenses

[output]
dir = /data/imos
format = csv
''', k, K=k)

k = hexs(64)
sec("powershell/veson-imos", "scripts/Export-ImosVoyages.ps1", "Veson IMOS reports API; PowerShell Invoke-RestMethod", '''\
# Export last month's voyage P&L from IMOS to the finance share
$ErrorActionPreference = "Stop"
$since = (Get-Date).AddMonths(-1).ToString("yyyy-MM-dd")
$uri = "https://api.veslink.com/v1/imos/reports/voyage_pnl?apiToken=@@K@@&since=$since"

$rows = Invoke-RestMethod -Uri $uri -Method Get -Headers @{ Accept = "application/json" }
$rows | Export-Csv -Path "\\\\fileserver\\finance\\imos\\voyage_pnl_$since.csv" -NoTypeInformation
Write-Host "exported $($rows.Count) voyages"
''', k, K=k)

k = alnum(32)
sec("yaml/weather-routing", "routing/config/weather.yaml", "DTN / StormGeo weather routing APIs: client credentials", '''\
weather:
  provider: dtn
  token_url: https://api.auth.dtn.com/v1/tokens/authorize
  client_id: @@C@@
  client_secret: @@K@@
  audience: https://weather.api.dtn.com/observations
  models: [gfs, ecmwf]
routing:
  max_wave_height_m: 6.0
  eco_speed_kn: 12.5
''', k, K=k, C=alnum(32))

p = rand_pw(16)
sec("yaml/noon-report-smtp", "noon-report/mailer.yaml", "SMTP relay settings for noon reports sent over the vessel's satellite link", '''\
smtp:
  host: mail.shipmail.example
  port: 587
  starttls: true
  username: noon.nordicstar@shipmail.example
  password: "@@P@@"
report:
  to: [ops@nordic-tankers.example, chartering@nordic-tankers.example]
  subject: "NOON REPORT {vessel} {date} {position}"
  compress: gzip
  max_size_kb: 40
''', p, P=p)

k = sendgrid_key()
sec("python/sendgrid", "notifications/arrival_notice.py", "SendGrid v3 API key (SG.xxx.yyy)", '''\
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "@@K@@"
FROM = "arrivals@blueharbor-logistics.example"


def send_arrival_notice(to: str, shipment) -> None:
    msg = Mail(
        from_email=FROM,
        to_emails=to,
        subject=f"Arrival notice {shipment.house_bill} - ETA {shipment.eta:%d %b}",
        html_content=render("arrival_notice.html", shipment=shipment),
    )
    SendGridAPIClient(SENDGRID_API_KEY).send(msg)
''', k, K=k)

k = hexs(32)
sec("javascript/twilio", "eta-alerts/index.js", "Twilio Node helper: account SID and auth token", '''\
const twilio = require("twilio");

const accountSid = "AC@@S@@";
const authToken = "@@K@@";
const client = twilio(accountSid, authToken);

async function notifyDriver(phone, container, terminal, slot) {
  return client.messages.create({
    from: "+13105550187",
    to: phone,
    body: `Container ${container} is available at ${terminal}. Gate slot ${slot}.`,
  });
}

module.exports = { notifyDriver };
''', k, K=k, S=hexs(32))

p = words_pw()
sec("hcl/terraform-rds", "infra/voyage/rds.tf", "Terraform aws_db_instance", '''\
resource "aws_db_instance" "voyage" {
  identifier             = "voyage-prod"
  engine                 = "postgres"
  engine_version         = "15.5"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 100
  db_name                = "voyage"
  username               = "voyage_admin"
  password               = "@@P@@"
  vpc_security_group_ids = [aws_security_group.voyage_db.id]
  db_subnet_group_name   = aws_db_subnet_group.private.name
  backup_retention_period = 14
  deletion_protection    = true
}
''', p, P=p)

k = fakes.telegram_token(_seed())
sec("python/telegram", "bunkers/price_alert_bot.py", "Telegram Bot API token", '''\
import requests

BOT_TOKEN = "@@K@@"
CHAT_ID = -1001873355120  # bunker desk group

THRESHOLDS = {"VLSFO SGP": 620.0, "VLSFO RTM": 580.0}


def alert(grade: str, price: float) -> None:
    text = f"{grade} at {price:.1f} USD/mt (threshold {THRESHOLDS[grade]:.1f})"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
''', k, K=k)

# decoys
dec("json/decoy-bunker-hashes", "bunkers/bdn/2024-03/manifest.json", "Bunker delivery note archive manifest: SHA-256 digests of scanned BDNs", '''\
{
  "vessel": "NORDIC STAR",
  "imo": "9778791",
  "generated": "2024-03-31T23:00:00Z",
  "files": [
    { "name": "BDN_SGP_20240304.pdf", "sha256": "@@A@@" },
    { "name": "BDN_FUJ_20240317.pdf", "sha256": "@@B@@" },
    { "name": "MARPOL_sample_20240317.pdf", "sha256": "@@C@@" }
  ]
}
''', A=hexs(64), B=hexs(64), C=hexs(64))

dec("hcl/decoy-secrets-manager", "infra/voyage/rds_secret.tf", "Terraform: random_password and aws_secretsmanager_secret_version", '''\
resource "random_password" "voyage_db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "voyage_db" {
  name = "voyage/prod/db"
}

resource "aws_secretsmanager_secret_version" "voyage_db" {
  secret_id     = aws_secretsmanager_secret.voyage_db.id
  secret_string = jsonencode({ username = "voyage_admin", password = random_password.voyage_db.result })
}

output "voyage_db_secret_arn" {
  value = aws_secretsmanager_secret.voyage_db.arn
}
''')

dec("ini/decoy-placeholder", "voyage/imos_export.example.ini", "Veson IMOS reports API; placeholder token", '''\
[imos]
tenant = yourtenant
base_url = https://api.veslink.com/v1/imos
; ask the IMOS admin for a reports token; never commit it
api_token = <IMOS_API_TOKEN>
reports = voyage_pnl,bunker_liftings

[output]
dir = ./out
''')

dec("python/decoy-twilio-test-credentials", "eta-alerts/tests/test_sms.py", "Twilio docs: test credentials and magic numbers (+15005550006)", '''\
import os

import pytest
from twilio.rest import Client


@pytest.mark.skipif("TWILIO_TEST_AUTH_TOKEN" not in os.environ, reason="needs Twilio test credentials")
def test_send_sms_with_magic_number():
    client = Client(os.environ["TWILIO_TEST_ACCOUNT_SID"], os.environ["TWILIO_TEST_AUTH_TOKEN"])
    msg = client.messages.create(from_="+15005550006", to="+15005550006", body="MSKU9070323 ready")
    assert msg.status == "queued"
''')

# ---------------------------------------------------------------------------------------------
# Freight forwarder TMS: CargoWise eAdaptor, Magaya
# ---------------------------------------------------------------------------------------------

p = words_pw()
sec("python/cargowise-eadaptor", "cw1/eadaptor_client.py", "CargoWise eAdaptor HTTP+XML inbound (basic authentication)", '''\
"""Send Universal Shipment XML to CargoWise One through the eAdaptor HTTP endpoint."""
import gzip

import requests
from requests.auth import HTTPBasicAuth

EADAPTOR_URL = "https://bhltrnservices.wisegrid.net/eAdaptor"
AUTH = HTTPBasicAuth("BHL_EADAPTOR", "@@P@@")


def send_universal(xml: bytes) -> requests.Response:
    resp = requests.post(
        EADAPTOR_URL,
        data=gzip.compress(xml),
        headers={"Content-Type": "text/xml", "Content-Encoding": "gzip"},
        auth=AUTH,
        timeout=120,
    )
    resp.raise_for_status()
    return resp
''', p, P=p)

p = season_pw()
sec("csharp/cargowise-eadaptor", "src/Cw1.Bridge/EAdaptorSender.cs", "CargoWise eAdaptor: Authorization: Basic base64(user:password)", '''\
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Forwarding.Cw1.Bridge
{
    public class EAdaptorSender
    {
        private static readonly HttpClient Http = new HttpClient
        {
            BaseAddress = new Uri("https://bhltrnservices.wisegrid.net/")
        };

        static EAdaptorSender()
        {
            // BHL_EADAPTOR service account
            Http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", "@@B@@");
        }

        public async Task<string> SendAsync(string universalXml)
        {
            var content = new StringContent(universalXml, Encoding.UTF8, "text/xml");
            var resp = await Http.PostAsync("eAdaptor", content);
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
''', p, B=b64("BHL_EADAPTOR:" + p))

p = words_pw()
sec("xml/cargowise-eadaptor", "cw1/Cw1.Bridge.Service/App.config", ".NET App.config appSettings; CargoWise eAdaptor credentials", '''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="EAdaptor.Url" value="https://bhltrnservices.wisegrid.net/eAdaptor" />
    <add key="EAdaptor.Username" value="BHL_EADAPTOR" />
    <add key="EAdaptor.Password" value="@@P@@" />
    <add key="EAdaptor.Compress" value="true" />
    <add key="Inbox.Folder" value="D:\\Cw1Bridge\\Inbox" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
''', p, P=p)

p = rand_pw(14)
sec("yaml/cargowise-eadaptor", "integrations/cw1/eadaptor.yaml", "CargoWise eAdaptor outbound / inbound settings (YAML)", '''\
eadaptor:
  inbound:
    url: https://bhltrnservices.wisegrid.net/eAdaptor
    username: BHL_EADAPTOR
    password: @@P@@
    gzip: true
  outbound:
    listen: 0.0.0.0:8443
    path: /cw1/outbound
    # CW1 posts here with its own credentials (see the 1Password item)
    expected_user: CW1_OUTBOUND
  recipients:
    - BHLRTM
    - BHLHAM
''', p, P=p)

p = words_pw()
sec("python/magaya", "magaya/session.py", "Magaya Communication Suite (CS) SOAP API: StartSession(user, pass)", '''\
from zeep import Client

MAGAYA_WSDL = "http://10.10.4.20:3691/CSSoapService?wsdl"  # network id 31542
USER = "api_integration"
PASSWORD = "@@P@@"

_client = Client(MAGAYA_WSDL)


def start_session() -> str:
    result = _client.service.StartSession(user=USER, **{"pass": PASSWORD})
    if result["return"] != "no_error":
        raise RuntimeError(f"Magaya StartSession failed: {result['return']}")
    return result["access_key"]


def end_session(access_key: str) -> None:
    _client.service.EndSession(access_key=access_key)
''', p, P=p)

p = season_pw()
sec("ini/magaya", "magaya/magaya.ini", "INI; Magaya network connection", '''\
[magaya]
network_id = 31542
host = 10.10.4.20
port = 3691
username = api_integration
password = @@P@@

[sync]
interval_minutes = 5
entities = WarehouseReceipt,Shipment,PickupOrder
''', p, P=p)

p = words_pw()
sec("csharp/magaya", "src/Magaya.Sync/MagayaConnector.cs", "Magaya CS API from .NET (CSSoapService StartSession)", '''\
namespace Forwarding.Magaya.Sync
{
    public sealed class MagayaConnector
    {
        private readonly CSSoapServiceClient _client = new CSSoapServiceClient();
        private string? _accessKey;

        public void Open()
        {
            var status = _client.StartSession("api_integration", "@@P@@", out var accessKey);
            if (status != api_session_error.no_error)
                throw new MagayaException(status.ToString());
            _accessKey = accessKey;
        }

        public string QueryShipments(string from, string to) =>
            _client.QueryLog(_accessKey!, "Shipment", from, to, 0x00000800);
    }
}
''', p, P=p)

k = hexs(32)
sec("json/chain-io", "integrations/chainio/flow.json", "Chain.io / iPaaS flow config: CargoWise to carrier booking, API key", '''\
{
  "flow": "cw1-to-inttra-booking",
  "source": { "type": "cargowise_eadaptor", "company": "BHLRTM" },
  "destination": {
    "type": "inttra",
    "endpoint": "https://api.inttra.com/booking/v2",
    "apiKey": "@@K@@"
  },
  "mapping": "mappings/cw1_to_inttra_v3.jsonata",
  "notify": ["integrations@blueharbor-logistics.example"]
}
''', k, K=k)

# decoys
dec("xml/decoy-cargowise-masked", "docs/cw1/eadaptor-universal-event-sample.xml", "CargoWise Universal Event XML sample (credentials masked in the log)", '''\
<?xml version="1.0" encoding="utf-8"?>
<!-- captured from the eAdaptor log; the HTTP Authorization header was logged as Basic ******** -->
<UniversalEvent xmlns="http://www.cargowise.com/Schemas/Universal/2011/11" version="1.1">
  <Event>
    <DataContext>
      <DataTargetCollection>
        <DataTarget><Type>ForwardingShipment</Type><Key>S00123456</Key></DataTarget>
      </DataTargetCollection>
      <Company><Code>RTM</Code></Company>
      <EnterpriseID>BHL</EnterpriseID>
      <ServerID>TRN</ServerID>
    </DataContext>
    <EventTime>2024-03-11T10:02:00</EventTime>
    <EventType>DEP</EventType>
    <ContextCollection><Context><Type>ContainerNumber</Type><Value>MSKU9070323</Value></Context></ContextCollection>
  </Event>
</UniversalEvent>
''')

dec("ini/decoy-empty", "magaya/magaya.example.ini", "INI template with empty credentials", '''\
[magaya]
network_id = 00000
host = 127.0.0.1
port = 3691
; username and password: create a Magaya user with API access and set them in magaya.ini (git-ignored)
username =
password =

[sync]
interval_minutes = 5
''')

dec("csharp/decoy-configuration-binding", "src/Cw1.Bridge/EAdaptorOptions.cs", ".NET options pattern: credentials bound from configuration/Key Vault", '''\
namespace Forwarding.Cw1.Bridge
{
    public sealed class EAdaptorOptions
    {
        public const string Section = "EAdaptor";

        public string Url { get; set; } = "https://bhltrnservices.wisegrid.net/eAdaptor";
        public string Username { get; set; } = string.Empty;
        /// <summary>Bound from Key Vault secret "eadaptor-password" at startup.</summary>
        public string Password { get; set; } = string.Empty;
        public bool Compress { get; set; } = true;
    }
}
''')

dec("json/decoy-keyvault-reference", "src/Cw1.Bridge/appsettings.Production.json", "Azure App Service Key Vault references: @Microsoft.KeyVault(SecretUri=...)", '''\
{
  "EAdaptor": {
    "Url": "https://bhltrnservices.wisegrid.net/eAdaptor",
    "Username": "BHL_EADAPTOR",
    "Password": "@Microsoft.KeyVault(SecretUri=https://kv-bhl-prod.vault.azure.net/secrets/eadaptor-password/)"
  },
  "ConnectionStrings": {
    "Bridge": "@Microsoft.KeyVault(VaultName=kv-bhl-prod;SecretName=bridge-sql)"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
''')

# ---------------------------------------------------------------------------------------------
# Crew and fleet management, vessel edge, telemetry
# ---------------------------------------------------------------------------------------------

p = words_pw()
sec("json/sqlserver-connection", "src/Crewing.Api/appsettings.Production.json", "ASP.NET Core ConnectionStrings (SqlClient)", '''\
{
  "ConnectionStrings": {
    "Crewing": "Server=tcp:sql-crew-prod.database.windows.net,1433;Initial Catalog=Crewing;User ID=crewing_app;Password=@@P@@;Encrypt=True;TrustServerCertificate=False;"
  },
  "Crewing": {
    "CertificateExpiryWarningDays": 90,
    "StcwModules": ["BST", "PSSR", "AFF", "MEFA"]
  },
  "AllowedHosts": "*"
}
''', p, P=p)

p = rand_pw(20)
sec("k8s-secret/postgres", "deploy/k8s/crew-portal/db-secret.yaml", "Kubernetes Secret (data: base64)", '''\
apiVersion: v1
kind: Secret
metadata:
  name: crew-portal-db
  namespace: crew
type: Opaque
data:
  POSTGRES_USER: @@U@@
  POSTGRES_PASSWORD: @@B@@
  POSTGRES_DB: @@D@@
''', p, U=b64("crew_portal"), B=b64(p), D=b64("crew"))

p = rand_pw(24)
sec("helm/postgres", "deploy/helm/fleet-api/values-prod.yaml", "Bitnami PostgreSQL chart values: auth.password", '''\
fleet-api:
  image:
    tag: 3.2.0
  env:
    PMS_SYNC_ENABLED: "true"
postgresql:
  enabled: true
  auth:
    username: fleet
    password: "@@P@@"
    database: fleet
  primary:
    persistence:
      size: 50Gi
''', p, P=p)

p = words_pw()
sec("docker-compose/postgres", "crew-portal/docker-compose.prod.yml", "Docker Compose: postgres image environment", '''\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: crew
      POSTGRES_PASSWORD: "@@P@@"
      POSTGRES_DB: crew
    volumes:
      - crewdb:/var/lib/postgresql/data
  api:
    image: registry.nordic-tankers.example/crew-portal:1.18.2
    environment:
      DATABASE_URL: postgres://crew@db:5432/crew
    depends_on: [db]
volumes:
  crewdb: {}
''', p, P=p)

k = alnum(40)
sec("dockerfile/vessel-insight", "vessel-insight-sync/Dockerfile", "Dockerfile ENV; Kongsberg Vessel Insight (Kognifai) client credentials", '''\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV VI_TOKEN_URL=https://login.kognif.ai/oauth2/token \\
    VI_CLIENT_ID=nordic-tankers-sync \\
    VI_CLIENT_SECRET=@@K@@ \\
    VI_API=https://api.kognif.ai/vessel-insight
CMD ["python", "-m", "vi_sync", "--interval", "900"]
''', k, K=k)

p = words_pw()
sec("nginx/basic-auth-upstream", "vessel-edge/nginx/conf.d/pms-proxy.conf", "nginx proxy_set_header Authorization Basic (base64 user:password)", '''\
server {
    listen 443 ssl;
    server_name pms.nordicstar.vessel.local;

    ssl_certificate     /etc/nginx/tls/vessel.crt;
    ssl_certificate_key /etc/nginx/tls/vessel.key;

    location /api/ {
        proxy_pass http://10.20.0.12:8080/;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic @@B@@";
        proxy_read_timeout 300s;
    }
}
''', p, B=b64("shore-sync:" + p))

k = influx_token()
sec("toml/telegraf-influxdb", "vessel-edge/telegraf/telegraf.conf", "Telegraf outputs.influxdb_v2 token", '''\
[agent]
  interval = "10s"
  flush_interval = "60s"
  hostname = "mv-nordic-star"

[[inputs.modbus]]
  name = "main_engine"
  controller = "tcp://10.20.0.30:502"
  slave_id = 1

[[outputs.influxdb_v2]]
  urls = ["https://influx.nordic-tankers.example"]
  token = "@@K@@"
  organization = "fleet"
  bucket = "vessel-telemetry"
''', k, K=k)

p = rand_pw(16)
sec("yaml/grafana-datasource", "monitoring/grafana/provisioning/datasources/fleet.yaml", "Grafana provisioning: secureJsonData.password", '''\
apiVersion: 1
datasources:
  - name: FleetDB
    type: postgres
    url: fleetdb.internal:5432
    user: grafana_ro
    jsonData:
      database: fleet
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: "@@P@@"
''', p, P=p)

p = words_pw()
sec("conf/mosquitto-bridge", "vessel-edge/mosquitto/conf.d/shore-bridge.conf", "mosquitto.conf(5): bridge remote_username / remote_password", '''\
# Bridge vessel sensor topics to the shore broker over VSAT
connection shore-bridge
address mqtt.nordic-tankers.example:8883
bridge_protocol_version mqttv311
remote_clientid mv-nordic-star
remote_username mv-nordic-star
remote_password @@P@@
bridge_cafile /mosquitto/certs/shore-ca.crt
topic vessel/# out 1 "" fleet/9778791/
cleansession false
restart_timeout 30 300
''', p, P=p)

p = words_pw()
sec("cisco-ios/local-user", "network/vessels/mv-nordic-star/router.cfg", "Cisco IOS: username ... password 0 (cleartext)", '''\
hostname NORDICSTAR-RTR
!
enable secret 9 @@E@@
username shoreadmin privilege 15 password 0 @@P@@
!
interface GigabitEthernet0/0
 description VSAT (Fleet Xpress)
 ip address dhcp
!
interface GigabitEthernet0/1
 description Crew LAN
 ip address 10.30.0.1 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh
!
end
''', p, P=p, E="$9$" + chars(14, "./" + ALNUM) + "$" + chars(43, "./" + ALNUM))

p = rand_pw(18)
sec("properties/kafka-sasl", "fleet-events/config/client.properties", "Apache Kafka client properties: sasl.jaas.config PlainLoginModule", '''\
bootstrap.servers=pkc-41wq6.eu-west-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="fleet-events" password="@@P@@";
client.dns.lookup=use_all_dns_ips
acks=all
''', p, P=p)

p = rand_pw(16)
sec("python/rabbitmq", "fleet/celeryconfig.py", "Celery broker_url amqp://user:password@host", '''\
broker_url = "amqp://fleet:@@P@@@rabbitmq.internal:5672/fleet"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
task_routes = {
    "fleet.tasks.sync_pms": {"queue": "pms"},
    "fleet.tasks.import_noon_report": {"queue": "reports"},
}
beat_schedule = {
    "pms-every-15": {"task": "fleet.tasks.sync_pms", "schedule": 900.0},
}
''', p, P=p)

p = rand_pw(20)
sec("env/mongodb", "tracking-api/.env", "dotenv; MongoDB Atlas mongodb+srv URI", '''\
PORT=4000
MONGODB_URI=mongodb+srv://tracking:@@P@@@cluster0.x7k2p.mongodb.net/tracking?retryWrites=true&w=majority
REDIS_URL=redis://localhost:6379/0
JWT_ISSUER=https://auth.blueharbor-logistics.example
CORS_ORIGIN=https://track.blueharbor-logistics.example
''', p, P=p)

k = azure_sb_key()
sec("json/azure-service-bus", "src/Carrier.Events/local.settings.json", "Azure Functions local.settings.json; Service Bus connection string", '''\
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "ServiceBusConnection": "Endpoint=sb://sb-bhl-carrier-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=@@K@@",
    "EventsQueue": "carrier-events"
  }
}
''', k, K=k)

k = azure_storage_key()
sec("python/azure-storage", "docs_archive/upload_bl.py", "Azure Storage connection string: AccountKey", '''\
from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=stbhldocs;"
    "AccountKey=@@K@@;"
    "EndpointSuffix=core.windows.net"
)
service = BlobServiceClient.from_connection_string(CONN)


def upload_bill_of_lading(house_bill: str, pdf: bytes) -> str:
    blob = service.get_blob_client("bills-of-lading", f"{house_bill}.pdf")
    blob.upload_blob(pdf, overwrite=True)
    return blob.url
''', k, K=k)

kid, k = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
sec("ini/aws-credentials", "ops/aws/credentials", "AWS shared credentials file (INI)", '''\
[default]
region = eu-west-1

[ais-archive]
aws_access_key_id = @@I@@
aws_secret_access_key = @@K@@
region = eu-west-1
''', k, I=kid, K=k)

kid, k = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
sec("notebook/aws", "analysis/notebooks/ais_archive_athena.ipynb", "Jupyter nbformat 4; boto3 session with keys", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["## Port calls from the AIS archive (Athena)"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["import boto3, awswrangler as wr\n",
                    "session = boto3.Session(\n",
                    "    aws_access_key_id='" + kid + "',\n",
                    "    aws_secret_access_key='" + k + "',\n",
                    "    region_name='eu-west-1')\n"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
         "source": ["df = wr.athena.read_sql_query(\"SELECT mmsi, port, arrival FROM port_calls WHERE year=2024\",\n",
                    "                               database='ais', boto3_session=session)\n", "df.groupby('port').size()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", k)

k = slack_webhook()
sec("python/slack-webhook", "alerts/vessel_delay.py", "Slack incoming webhooks", '''\
import requests

SLACK_WEBHOOK = "@@K@@"


def post_delay(vessel: str, port: str, old_eta: str, new_eta: str, hours: float) -> None:
    text = f":ship: *{vessel}* ETA {port} moved {old_eta} -> {new_eta} ({hours:+.0f} h)"
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)
''', k, K=k)

k = teams_webhook("nordictankers")
sec("powershell/teams-webhook", "scripts/Send-NoonReportAlert.ps1", "Microsoft Teams incoming webhook (Office 365 connector)", '''\
param(
    [Parameter(Mandatory)] [string]$Vessel,
    [Parameter(Mandatory)] [string]$Message
)
$webhook = "@@K@@"
$card = @{
    "@type"    = "MessageCard"
    "@context" = "https://schema.org/extensions"
    summary    = "Noon report missing"
    title      = "Noon report missing: $Vessel"
    text       = $Message
} | ConvertTo-Json -Depth 4
Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType "application/json"
''', k, K=k)

k = hexs(32)
sec("yaml/datadog", "deploy/datadog/datadog.yaml", "Datadog Agent datadog.yaml: api_key", '''\
api_key: @@K@@
site: datadoghq.eu
hostname: edi-gw-01
tags:
  - env:prod
  - team:integrations
  - service:edi-gateway
logs_enabled: true
process_config:
  process_collection:
    enabled: true
''', k, K=k)

k = mapbox_token("sk", "northsea")
sec("python/mapbox-secret", "tiles/upload_tracks.py", "Mapbox Uploads API: secret token (sk.) with uploads:write", '''\
"""Upload the daily AIS track tileset to Mapbox."""
import boto3
import requests

USER = "northsea"
MAPBOX_TOKEN = "@@K@@"


def upload(geojson_path: str, tileset: str) -> str:
    creds = requests.post(f"https://api.mapbox.com/uploads/v1/{USER}/credentials",
                          params={"access_token": MAPBOX_TOKEN}, timeout=30).json()
    s3 = boto3.client("s3", aws_access_key_id=creds["accessKeyId"],
                      aws_secret_access_key=creds["secretAccessKey"], aws_session_token=creds["sessionToken"])
    s3.upload_file(geojson_path, creds["bucket"], creds["key"])
    job = requests.post(f"https://api.mapbox.com/uploads/v1/{USER}", params={"access_token": MAPBOX_TOKEN},
                        json={"url": creds["url"], "tileset": f"{USER}.{tileset}"}, timeout=30).json()
    return job["id"]
''', k, K=k)

k = pem_key("RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY")  # PKCS#8, as Google issues it
sa = {"type": "service_account", "project_id": "bhl-ais-analytics", "private_key_id": hexs(40),
      "private_key": k + "\n", "client_email": "ais-loader@bhl-ais-analytics.iam.gserviceaccount.com",
      "client_id": str(_rng().randint(10**20, 10**21)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token"}
# JSON escapes the key's newlines: the label is its first body line, which any report of the key holds.
sec("json/gcp-service-account", "analysis/credentials/ais-loader-sa.json", "Google Cloud service account key file (JSON)",
    json.dumps(sa, indent=2) + "\n", k.splitlines()[1])

# ---------------------------------------------------------------------------------------------
# Build, CI, packaging and ops around these systems
# ---------------------------------------------------------------------------------------------

k = fakes.github_token(_seed())
sec("requirements/github-token", "requirements.txt", "pip requirements: VCS URL with credentials (git+https://token@github.com)", '''\
requests==2.31.0
zeep==4.2.1
paramiko==3.4.0
pydifact==0.1.8
badx12==2.1.0
git+https://@@K@@@github.com/blueharbor-logistics/edi-mappings.git@v3.4.1#egg=edi-mappings
python-dotenv==1.0.1
''', k, K=k)

p = rand_pw(20)
sec("ini/pip-conf", "ops/pip/pip.conf", "pip configuration file: index-url with credentials", '''\
[global]
index-url = https://ci-reader:@@P@@@nexus.blueharbor-logistics.example/repository/pypi-group/simple
trusted-host = nexus.blueharbor-logistics.example
timeout = 60

[install]
no-cache-dir = false
''', p, P=p)

k = fakes.fake("npm_", 36, _seed())
sec("npmrc/npm-token", "web/booking-portal/.npmrc", "npm config: //registry.npmjs.org/:_authToken", '''\
# npm settings for the booking portal (publishing @blueharbor/* UI packages)
@blueharbor:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@K@@
save-exact=true
engine-strict=true
fund=false
''', k, K=k)

p = words_pw()
sec("xml/nuget-config", "src/NuGet.config", "NuGet.config packageSourceCredentials ClearTextPassword", '''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="bhl-internal" value="https://nexus.blueharbor-logistics.example/repository/nuget-hosted/" />
  </packageSources>
  <packageSourceCredentials>
    <bhl-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@P@@" />
    </bhl-internal>
  </packageSourceCredentials>
</configuration>
''', p, P=p)

p = rand_pw(16)
sec("xml/maven-settings", "ci/maven/settings.xml", "Maven settings.xml: servers/server/password", '''\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>bhl-releases</id>
      <username>deployer</username>
      <password>@@P@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>bhl-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.blueharbor-logistics.example/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', p, P=p)

p = rand_pw(18)
sec("gitlab-ci/registry-password", ".gitlab-ci.yml", "GitLab CI: docker login to a Harbor registry", '''\
stages: [build, deploy]

variables:
  IMAGE: harbor.nordic-tankers.example/fleet/fleet-api

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u robot\\$fleet-ci -p '@@P@@' harbor.nordic-tankers.example
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  script:
    - helm upgrade --install fleet-api deploy/helm/fleet-api --set image.tag=$CI_COMMIT_SHORT_SHA
  only: [main]
''', p, P=p)

p = words_pw()
sec("jenkinsfile/sshpass", "Jenkinsfile", "Jenkins declarative pipeline; sshpass -p on the command line", '''\
pipeline {
    agent { label 'linux' }
    stages {
        stage('Build') {
            steps { sh 'mvn -B -q package -DskipTests' }
        }
        stage('Deploy to EDI gateway') {
            when { branch 'main' }
            steps {
                sh """
                  sshpass -p '@@P@@' scp -o StrictHostKeyChecking=no target/edi-gateway.jar edi@edi-gw-01.internal:/opt/edi/
                  sshpass -p '@@P@@' ssh edi@edi-gw-01.internal 'sudo systemctl restart edi-gateway'
                """
            }
        }
    }
}
''', p, P=p)

p = season_pw()
sec("azure-pipelines/sftp-password", "azure-pipelines.yml", "Azure Pipelines: inline script arguments", '''\
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

steps:
  - task: PowerShell@2
    displayName: Publish partner mapping files
    inputs:
      filePath: scripts/Publish-Mappings.ps1
      arguments: -HostName sftp.retailco-edi.example -UserName blueharbor -Password "@@P@@"
  - task: PublishBuildArtifacts@1
    inputs:
      PathtoPublish: out/mappings
''', p, P=p)

p = words_pw()
sec("ansible/ssh-password", "ansible/inventories/fleet/host_vars/nordic-star-srv01.yml", "Ansible inventory: ansible_password / ansible_become_password", '''\
# Onboard server of MV NORDIC STAR (reached over the Fleet Xpress VPN)
ansible_host: 10.120.14.10
ansible_user: fleetops
ansible_password: "@@P@@"
ansible_become: true
vessel_imo: 9778791
vessel_name: NORDIC STAR
pms_version: 7.4.2
backup_window: "02:00-04:00"
''', p, P=p)

p = words_pw()
sec("json/vscode-sqltools", ".vscode/settings.json", "VS Code SQLTools extension: sqltools.connections", '''\
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "voyage-prod (read)",
      "driver": "PostgreSQL",
      "server": "voyage-prod.c8x2kq1j.eu-west-1.rds.amazonaws.com",
      "port": 5432,
      "database": "voyage",
      "username": "analyst",
      "password": "@@P@@"
    }
  ]
}
''', p, P=p)

p = words_pw()
sec("properties/gradle-signing", "crew-app/gradle.properties", "Android Gradle: release keystore password in gradle.properties", '''\
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
RELEASE_STORE_FILE=../keystore/crewapp-release.jks
RELEASE_STORE_PASSWORD=@@P@@
RELEASE_KEY_ALIAS=crewapp
''', p, P=p)

p = words_pw()
sec("php/mysql", "booking-portal/config/database.php", "Laravel-style config/database.php with a hard-coded password", '''\
<?php

return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => '10.0.12.5',
            'port' => '3306',
            'database' => 'port_booking',
            'username' => 'booking_app',
            'password' => '@@P@@',
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
        ],
    ],
];
''', p, P=p)

p = rand_pw(20)
sec("env/airflow-connection", "airflow/.env", "Airflow connections from AIRFLOW_CONN_* URIs", '''\
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW_CONN_TOS_DB=postgresql://tos_reader:@@P@@@tosdb.terminal.local:5432/tos
AIRFLOW_CONN_AIS_S3=aws://?region_name=eu-west-1
AIRFLOW_VAR_TERMINALS=ECT,APM2,RWG
''', p, P=p)

p = words_pw()
sec("markdown/runbook-password", "docs/runbooks/van-outage.md", "Team runbook kept in the repository", '''\
# Runbook: VAN mailbox outage

1. Check the VAN status page and the `edi-poller` logs (`journalctl -u edi-poller -n 200`).
2. If the poller is stuck on auth, log in manually to confirm the account is not locked:

   ```
   sftp BHL0042@mailbox.van.example
   # password: @@P@@
   ```

3. If files are queued for more than 2 h, switch partners to the AS2 fallback (see `as2/README.md`).
4. Tell the customer service leads in #edi-ops.
''', p, P=p)

p = rand_pw(14)
sec("crontab/mysqldump", "ops/cron/booking-backup.crontab", "crontab(5): mysqldump -p<password>", '''\
# booking portal backups
MAILTO=ops@blueharbor-logistics.example
0 1 * * * mysqldump -h 10.0.12.5 -u backup -p'@@P@@' --single-transaction port_booking | gzip > /backup/port_booking_$(date +\\%F).sql.gz
0 5 * * 0 find /backup -name 'port_booking_*.sql.gz' -mtime +35 -delete
30 5 * * * rclone copy /backup s3-offsite:bhl-backups/booking --max-age 24h >> /var/log/backup-offsite.log 2>&1
''', p, P=p)

p = rand_pw(20)
sec("logstash/elasticsearch", "logging/logstash/pipeline/edi.conf", "Logstash elasticsearch output: user / password", '''\
input {
  beats { port => 5044 }
}
filter {
  if [fields][app] == "edi-gateway" {
    grok { match => { "message" => "%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level} \\[%{DATA:partner}\\] %{GREEDYDATA:msg}" } }
  }
}
output {
  elasticsearch {
    hosts => ["https://es01.internal:9200"]
    user => "logstash_writer"
    password => "@@P@@"
    index => "edi-%{+YYYY.MM.dd}"
  }
}
''', p, P=p)

p = rand_pw(16)
sec("json/node-config-redis", "tracking-api/config/production.json", "node-config production.json; Redis URL with password", '''\
{
  "server": { "port": 4000 },
  "redis": {
    "url": "redis://:@@P@@@redis-tracking.internal:6379/2",
    "ttlSeconds": 600
  },
  "carriers": { "pollMinutes": 30 },
  "log": { "level": "info" }
}
''', p, P=p)

kid, k = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
sec("github-actions/aws-keys", ".github/workflows/deploy-ais-archive.yml", "GitHub Actions: aws-actions/configure-aws-credentials inputs", '''\
name: deploy ais-archive
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
          aws-access-key-id: @@I@@
          aws-secret-access-key: @@K@@
          aws-region: eu-west-1
      - run: sam deploy --no-confirm-changeset --stack-name ais-archive
''', k, I=kid, K=k)

p = rand_pw(16)
sec("pgpass/postgres", "ops/voyage/.pgpass", "PostgreSQL password file (hostname:port:database:username:password)", '''\
# voyage reporting databases
voyage-prod.c8x2kq1j.eu-west-1.rds.amazonaws.com:5432:voyage:analyst:@@P@@
# staging uses IAM auth tokens (aws rds generate-db-auth-token), no entry here
localhost:5432:*:postgres:
localhost:5433:*:postgres:
''', p, P=p)

# ---------------------------------------------------------------------------------------------
# Decoys: references, ciphertext, hashes, public values, fixtures
# ---------------------------------------------------------------------------------------------

dec("helm/decoy-existing-secret", "deploy/helm/fleet-api/values-staging.yaml", "Bitnami PostgreSQL chart: auth.existingSecret", '''\
fleet-api:
  image:
    tag: 3.2.0-rc1
  envFrom:
    - secretRef:
        name: fleet-api-env
postgresql:
  enabled: true
  auth:
    username: fleet
    database: fleet
    existingSecret: fleet-db-credentials
    secretKeys:
      userPasswordKey: password
''')

r = _rng()
vault_lines = "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(6))
dec("ansible/decoy-vault-ciphertext", "ansible/inventories/fleet/group_vars/vessels/vault.yml", "Ansible Vault encrypted file ($ANSIBLE_VAULT;1.1;AES256)", '''\
$ANSIBLE_VAULT;1.1;AES256
@@V@@
''', V=vault_lines)

dec("ansible/decoy-vault-reference", "ansible/inventories/fleet/group_vars/vessels/vars.yml", "Ansible: variables pointing at vault-encrypted vars", '''\
ansible_user: fleetops
ansible_password: "{{ vault_fleetops_password }}"
ansible_become_password: "{{ vault_fleetops_password }}"
mosquitto_bridge_password: "{{ vault_mosquitto_bridge_password }}"
influx_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/fleet/influx:token') }}"
vsat_primary: fleet-xpress
''')

def sops_value(n):
    return f"ENC[AES256_GCM,data:{chars(n, B64)},iv:{chars(43, B64)}=,tag:{chars(22, B64)}==,type:str]"

dec("yaml/decoy-sops", "deploy/secrets/carriers.prod.enc.yaml", "Mozilla SOPS encrypted YAML (age recipients)", '''\
carriers:
    maersk_consumer_key: @@A@@
    hlag_client_secret: @@B@@
    cma_key_id: @@C@@
sops:
    age:
        - recipient: age1@@R@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB@@X@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-08T14:22:31Z"
    mac: ENC[AES256_GCM,data:@@M@@,iv:@@I@@=,tag:@@T@@==,type:str]
    version: 3.8.1
''', A=sops_value(44), B=sops_value(64), C=sops_value(44), R=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    X=chars(40, B64), M=chars(88, B64), I=chars(43, B64), T=chars(22, B64))

dec("k8s/decoy-sealed-secret", "deploy/k8s/crew-portal/db-sealedsecret.yaml", "Bitnami SealedSecret: encryptedData is ciphertext for the controller", '''\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: crew-portal-db
  namespace: crew
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@A@@
    POSTGRES_USER: AgC@@B@@
  template:
    metadata:
      name: crew-portal-db
      namespace: crew
    type: Opaque
''', A=chars(340, B64) + "==", B=chars(340, B64) + "==")

dec("k8s/decoy-external-secret", "deploy/k8s/tracking/external-secret.yaml", "External Secrets Operator: ExternalSecret from AWS Secrets Manager", '''\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ais-feeds
  namespace: tracking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: ais-feeds
  data:
    - secretKey: MARINETRAFFIC_API_KEY
      remoteRef: { key: tracking/prod/ais, property: marinetraffic_api_key }
    - secretKey: AISSTREAM_API_KEY
      remoteRef: { key: tracking/prod/ais, property: aisstream_api_key }
''')

dec("k8s/decoy-configmap-key-names", "deploy/k8s/edi-gateway/configmap.yaml", "Kubernetes ConfigMap: settings whose names say key but hold codes and paths", '''\
apiVersion: v1
kind: ConfigMap
metadata:
  name: edi-gateway
  namespace: integrations
data:
  PARTNER_KEY: RETAILCO-AS2
  CARRIER_KEY: MAEU
  S3_KEY_PREFIX: edi/archive/
  AS2_SIGNING_KEY_ALIAS: blueharbor_2024
  X12_ISA_SECURITY_QUALIFIER: "00"
  TOKEN_ENDPOINT: https://login.portbase.com/oauth2/token
''')

dec("gitlab-ci/decoy-variables", "integrations/.gitlab-ci.yml", "GitLab CI/CD: masked project variables", '''\
stages: [test, deploy]

contract-tests:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -m contract --vizion-key "$VIZION_API_KEY" --p44-secret "$P44_CLIENT_SECRET"

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - echo "$DEPLOY_SSH_KEY" | base64 -d > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519
    - scp dist/*.whl deploy@edi-gw-01.internal:/opt/edi/wheels/
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
''')

dec("jenkinsfile/decoy-with-credentials", "cw1-bridge/Jenkinsfile", "Jenkins Credentials Binding: withCredentials usernamePassword", '''\
pipeline {
    agent any
    stages {
        stage('Smoke test eAdaptor') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'cw1-eadaptor-prod',
                                                  usernameVariable: 'EA_USER',
                                                  passwordVariable: 'EA_PASS')]) {
                    sh 'curl -fsS -u "$EA_USER:$EA_PASS" -X POST --data @tests/ping.xml https://bhltrnservices.wisegrid.net/eAdaptor'
                }
            }
        }
    }
}
''')

dec("azure-pipelines/decoy-variable-group", "pipelines/customs-api.yml", "Azure Pipelines: variable groups linked to Key Vault, $(var) macros", '''\
trigger: [main]
variables:
  - group: customs-api-prod   # linked to kv-bhl-prod
pool:
  vmImage: ubuntu-latest
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: test
      projects: tests/**/*.csproj
    env:
      CustomsApi__ClientSecret: $(customs-api-client-secret)
      HMRC_CLIENT_SECRET: $(hmrc-client-secret)
''')

dec("docker-compose/decoy-env-reference", "docker-compose.yml", "Docker Compose: variable interpolation ${VAR:?err}", '''\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tracking
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
  ais-collector:
    build: services/ais-collector
    environment:
      AISSTREAM_API_KEY: ${AISSTREAM_API_KEY}
      DATABASE_URL: postgres://tracking:${POSTGRES_PASSWORD}@db:5432/tracking
    depends_on: [db]
''')

dec("systemd/decoy-environment-file", "deploy/systemd/ais-collector.service", "systemd.exec: EnvironmentFile= and LoadCredential=", '''\
[Unit]
Description=AIS collector (aisstream.io -> Kafka)
After=network-online.target

[Service]
User=ais
EnvironmentFile=/etc/ais-collector/env
LoadCredential=aisstream-key:/etc/credstore/aisstream-key
ExecStart=/opt/ais-collector/bin/collector --key-file ${CREDENTIALS_DIRECTORY}/aisstream-key
Restart=always

[Install]
WantedBy=multi-user.target
''')

dec("javascript/decoy-stripe-publishable", "web/booking-portal/src/payments.js", "Stripe docs: publishable keys (pk_live_) are meant for the browser", '''\
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the client bundle (the secret key stays on the server).
const stripePromise = loadStripe("pk_live_@@K@@");

export async function payDemurrage(invoiceId) {
  const res = await fetch(`/api/invoices/${invoiceId}/payment-intent`, { method: "POST" });
  const { clientSecret } = await res.json();
  const stripe = await stripePromise;
  return stripe.confirmCardPayment(clientSecret);
}
''', K=alnum(99))

dec("typescript/decoy-sentry-dsn", "web/booking-portal/src/sentry.ts", "Sentry docs: the DSN is safe to expose in client code", '''\
import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "https://@@K@@@o4506812345678912.ingest.de.sentry.io/4506812345999360",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  release: __APP_VERSION__,
});
''', K=hexs(32))

dec("typescript/decoy-firebase-config", "crew-app-web/src/firebase.ts", "Firebase docs: the web config apiKey is a public identifier", '''\
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

const firebaseConfig = {
  apiKey: "AIza@@K@@",
  authDomain: "nt-crew-app.firebaseapp.com",
  projectId: "nt-crew-app",
  storageBucket: "nt-crew-app.appspot.com",
  messagingSenderId: "418273645190",
  appId: "1:418273645190:web:@@A@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
''', K=chars(35, ALNUM + "_-"), A=hexs(22))

dec("json/decoy-lockfile-integrity", "web/booking-portal/package-lock.json", "npm package-lock.json v3: integrity (SRI sha512)", '''\
{
  "name": "booking-portal",
  "version": "2.7.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.2.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.2.0.tgz",
      "integrity": "sha512-@@A@@=="
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.0.10",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.0.10.tgz",
      "integrity": "sha512-@@B@@=="
    }
  }
}
''', A=chars(86, B64), B=chars(86, B64))

dec("requirements/decoy-hashes", "requirements.lock.txt", "pip hash-checking mode: --hash=sha256:", '''\
# generated by pip-compile --generate-hashes
paramiko==3.4.0 \\
    --hash=sha256:@@A@@ \\
    --hash=sha256:@@B@@
pydifact==0.1.8 \\
    --hash=sha256:@@C@@
zeep==4.2.1 \\
    --hash=sha256:@@D@@
''', A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64))

dec("dockerfile/decoy-digest-pins", "services/ais-collector/Dockerfile", "Dockerfile: base images pinned by sha256 digest; ARG without a default", '''\
FROM python:3.12-slim@sha256:@@A@@ AS build
WORKDIR /src
COPY requirements.lock.txt .
RUN pip wheel --require-hashes -r requirements.lock.txt -w /wheels

FROM gcr.io/distroless/python3-debian12@sha256:@@B@@
ARG AISSTREAM_API_KEY
COPY --from=build /wheels /wheels
COPY collector/ /app/collector/
ENV PYTHONPATH=/wheels
ENTRYPOINT ["python3", "-m", "collector"]
''', A=hexs(64), B=hexs(64))

dec("json/decoy-jwks", "webhooks/keys/project44-jwks.json", "RFC 7517 JSON Web Key Set: public RSA keys that verify webhook signatures", '''\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@KID@@",
      "alg": "RS256",
      "n": "@@N@@",
      "e": "AQAB"
    }
  ]
}
''', KID=hexs(16), N=chars(342, ALNUM + "_-"))

dec("htpasswd/decoy-hashes", "vessel-edge/nginx/htpasswd", "Apache htpasswd file: APR1-MD5 and bcrypt hashes", '''\
# users of the onboard PMS proxy (hashes only; passwords in the fleet vault)
master:$apr1$@@S1@@$@@H1@@
chief:$apr1$@@S2@@$@@H2@@
shore-sync:@@H3@@
bridge:@@H4@@
etoofficer:@@H5@@
''', S1=chars(8, "./" + ALNUM), H1=chars(22, "./" + ALNUM), S2=chars(8, "./" + ALNUM), H2=chars(22, "./" + ALNUM),
    H3=bcrypt_hash(), H4=bcrypt_hash(), H5=bcrypt_hash())

dec("sql/decoy-bcrypt-seed", "crew-portal/db/seed/001_users.sql", "SQL seed of portal users with bcrypt password hashes", '''\
-- demo users for the crew portal staging environment (password hashes only)
INSERT INTO portal_user (email, display_name, role, password_hash) VALUES
  ('crewing.manager@nordic-tankers.example', 'Crewing Manager', 'admin', '@@A@@'),
  ('master.nordicstar@nordic-tankers.example', 'Master NORDIC STAR', 'vessel', '@@B@@'),
  ('agent.manila@crewagency.example', 'Manning Agent Manila', 'agent', '@@C@@');

INSERT INTO vessel (imo, name, flag) VALUES ('9778791', 'NORDIC STAR', 'NO');
''', A=bcrypt_hash(), B=bcrypt_hash(), C=bcrypt_hash())

dec("json/decoy-kms-ciphertext", "config/voyage/encrypted-settings.json", "AWS KMS CiphertextBlob (base64) decrypted at startup", '''\
{
  "kmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/@@U@@",
  "encrypted": {
    "imosApiToken": "AQICAHh@@A@@",
    "plattsPassword": "AQICAHh@@B@@"
  },
  "decryptAtStartup": true
}
''', U=uuid_s(), A=chars(178, B64) + "==", B=chars(150, B64) + "=")

dec("github-actions/decoy-sha-pins", ".github/workflows/lint.yml", "GitHub Actions: actions pinned to full commit SHAs", '''\
name: lint
on: [pull_request]
permissions:
  contents: read
jobs:
  ruff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@A@@ # v4.1.1
      - uses: actions/setup-python@@@B@@ # v5.0.0
        with:
          python-version: "3.12"
      - uses: astral-sh/ruff-action@@@C@@ # v1.1.0
''', A=hexs(40), B=hexs(40), C=hexs(40))

dec("powershell/decoy-secret-management", "scripts/Send-EdiToPartner.prod.ps1", "PowerShell SecretManagement: Get-Secret from a vault", '''\
Import-Module Microsoft.PowerShell.SecretManagement
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$cred = Get-Secret -Name "retailco-sftp" -Vault "EdiVault"   # PSCredential
$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "sftp.retailco-edi.example"
    UserName = $cred.UserName
    SecurePassword = $cred.Password
    SshHostKeyFingerprint = "ssh-ed25519 255 Gp3bFvLtFzZ3kq5n5yLQvN2B9sd7m0bXU0xk3c1m1aA"
}
$session = New-Object WinSCP.Session
$session.Open($sessionOptions)
''')

nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Vessel ETA accuracy vs. carrier schedules"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os, getpass\n", "import requests\n",
                    "token = os.environ.get('SPIRE_TOKEN') or getpass.getpass('Spire token: ')\n",
                    "HEADERS = {'Authorization': f'Bearer {token}'}\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["Spire token: ········\n"]}],
         "source": ["r = requests.post('https://api.spire.com/graphql', json={'query': q}, headers=HEADERS)\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
dec("notebook/decoy-getpass", "analysis/notebooks/eta_accuracy.ipynb", "Jupyter nbformat 4; token read with getpass", json.dumps(nb, indent=1, ensure_ascii=False) + "\n")

dec("go/decoy-test-key", "internal/searates/client_test.go", "Go httptest: a fixed fake key for a local test server", '''\
package searates

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

const testAPIKey = "test_key_0000000000000000"

func TestTrackSendsKey(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.URL.Query().Get("api_key"); got != testAPIKey {
			t.Fatalf("api_key = %q", got)
		}
		w.Write([]byte(`{"status":"success"}`))
	}))
	defer srv.Close()
}
''')

dec("java/decoy-value-injection", "src/main/java/com/blueharbor/booking/maersk/MaerskProperties.java", "Spring @Value injection from externalised configuration", '''\
package com.blueharbor.booking.maersk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class MaerskProperties {
    @Value("${maersk.api.client-id}")
    private String clientId;

    @Value("${maersk.api.client-secret}")
    private String clientSecret;

    @Value("${maersk.api.base-url:https://api.maersk.com}")
    private String baseUrl;

    public String clientId() { return clientId; }
    public String clientSecret() { return clientSecret; }
    public String baseUrl() { return baseUrl; }
}
''')

dec("json/decoy-integrated-security", "src/Crewing.Api/appsettings.Development.json", "SqlClient connection string with Integrated Security (no password)", '''\
{
  "ConnectionStrings": {
    "Crewing": "Server=(localdb)\\\\MSSQLLocalDB;Database=Crewing;Integrated Security=true;MultipleActiveResultSets=true"
  },
  "Crewing": {
    "CertificateExpiryWarningDays": 30
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
''')

dec("yaml/decoy-grafana-env", "monitoring/grafana/provisioning/datasources/voyage.yaml", "Grafana provisioning: $__env{VAR} and $__file{path}", '''\
apiVersion: 1
datasources:
  - name: VoyageDB
    type: postgres
    url: voyage-prod.c8x2kq1j.eu-west-1.rds.amazonaws.com:5432
    user: grafana_ro
    jsonData:
      database: voyage
      sslmode: require
    secureJsonData:
      password: $__env{VOYAGE_DB_PASSWORD}
  - name: Telemetry
    type: influxdb
    secureJsonData:
      token: $__file{/run/secrets/influx_token}
''')

dec("properties/decoy-kafka-config-provider", "fleet-events/config/client.prod.properties", "Kafka FileConfigProvider: ${file:path:key} indirection", '''\
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
bootstrap.servers=pkc-41wq6.eu-west-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${file:/etc/kafka/secrets/ccloud.properties:username}" password="${file:/etc/kafka/secrets/ccloud.properties:password}";
acks=all
''')

dec("markdown/decoy-readme-placeholder", "services/ais-collector/README.md", "README setup section with placeholders", '''\
# ais-collector

Streams AIS messages from aisstream.io into Kafka.

## Running locally

```bash
export AISSTREAM_API_KEY=<your-aisstream-key>
export KAFKA_BOOTSTRAP=localhost:9092
docker compose up -d kafka
python -m collector --bbox "51.85,3.9,52.05,4.6"
```

Get a key at https://aisstream.io/apikeys (sign in with GitHub). Keys look like a 40-character
hex string, e.g. `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
''')

dec("log/decoy-masked", "docs/troubleshooting/eadaptor-401.log", "HTTP client debug log with the Authorization header redacted", '''\
2024-03-11 10:02:13.201 DEBUG POST https://bhltrnservices.wisegrid.net/eAdaptor
2024-03-11 10:02:13.201 DEBUG > Content-Type: text/xml
2024-03-11 10:02:13.201 DEBUG > Content-Encoding: gzip
2024-03-11 10:02:13.201 DEBUG > Authorization: Basic ****************
2024-03-11 10:02:13.544 DEBUG < HTTP/1.1 401 Unauthorized
2024-03-11 10:02:13.544 DEBUG < WWW-Authenticate: Basic realm="eAdaptor"
2024-03-11 10:02:13.545 ERROR eAdaptor rejected credentials for user BHL_EADAPTOR (password rotated 2024-03-10?)
''')

dec("hcl/decoy-sensitive-variable", "infra/customs/variables.tf", "Terraform input variables marked sensitive, without defaults", '''\
variable "hmrc_client_id" {
  type        = string
  description = "HMRC Developer Hub application client id"
}

variable "hmrc_client_secret" {
  type        = string
  sensitive   = true
  description = "Set through TF_VAR_hmrc_client_secret in the pipeline"
}

variable "ics2_keystore_password" {
  type      = string
  sensitive = true
}
''')

dec("k8s-secret/decoy-placeholder", "deploy/k8s/customs/secret.template.yaml", "Kubernetes Secret template with REPLACE_ME placeholders (filled by the pipeline)", '''\
apiVersion: v1
kind: Secret
metadata:
  name: customs-filer
  namespace: customs
type: Opaque
stringData:
  HMRC_CLIENT_SECRET: REPLACE_ME
  ICS2_KEYSTORE_PASSWORD: REPLACE_ME
  ABI_VAN_PASSWORD: REPLACE_ME
''')

dec("markdown/decoy-jwt-example", "docs/integrations/webhook-auth.md", "jwt.io documented example token (HS256, secret 'your-256-bit-secret')", '''\
# Webhook authentication

Carrier webhooks (Maersk, Hapag-Lloyd) call us with a bearer JWT. The receiving function checks
`iss`, `aud` and the signature against the carrier's JWKS (`webhooks/keys/`).

For local testing you can use the example token from jwt.io, which our dev verifier accepts only
when `WEBHOOK_DEV_MODE=1`:

```
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```
''')

dec("python/decoy-aes-test-vector", "edi/crypto/tests/test_as2_decrypt.py", "NIST SP 800-38A AES-128-CBC test vector (F.2.1)", '''\
"""AS2 payload decryption: check the AES-CBC layer against NIST SP 800-38A F.2.1."""
from edi.crypto.cbc import decrypt_cbc

NIST_KEY = bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c")
NIST_IV = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
PLAINTEXT = bytes.fromhex("6bc1bee22e409f96e93d7e117393172a")
CIPHERTEXT = bytes.fromhex("7649abac8119b246cee98e9b12e9197d")


def test_nist_f21_first_block():
    assert decrypt_cbc(NIST_KEY, NIST_IV, CIPHERTEXT) == PLAINTEXT
''')

dec("cisco-ios/decoy-hashed-secrets", "network/vessels/mv-cape-meridian/router.cfg", "Cisco IOS: type 9 (scrypt) secrets are hashes", '''\
hostname CAPEMERIDIAN-RTR
!
enable secret 9 @@E@@
username shoreadmin privilege 15 secret 9 @@U@@
!
interface GigabitEthernet0/0
 description VSAT (Fleet Xpress)
 ip address dhcp
!
line vty 0 4
 login local
 transport input ssh
!
end
''', E="$9$" + chars(14, "./" + ALNUM) + "$" + chars(43, "./" + ALNUM), U="$9$" + chars(14, "./" + ALNUM) + "$" + chars(43, "./" + ALNUM))

dec("json/decoy-partner-identifiers", "edi/partners/retailco.json", "EDI trading partner profile: GLN, DUNS, EORI, ISA ids (public identifiers)", '''\
{
  "partner": "RETAILCO",
  "isa_qualifier": "ZZ",
  "isa_id": "RETAILCO",
  "gs_id": "RETAILCO",
  "gln": "0614141000012",
  "duns": "081466849",
  "eori": "GB123456789000",
  "as2_id": "RETAILCO-AS2",
  "transactions": ["856", "214", "315", "997"],
  "x12_version": "004010"
}
''')

dec("json/decoy-vessel-records", "tests/fixtures/marinetraffic/exportvessels_jsono.json", "MarineTraffic PS06 response (jsono): SHIP_ID and other record identifiers", '''\
[
  {"MMSI": "244650123", "IMO": "9778791", "SHIP_ID": "5634127", "LAT": "51.952330", "LON": "4.042170",
   "SPEED": "0", "HEADING": "273", "COURSE": "271", "STATUS": "5", "TIMESTAMP": "2024-03-11T09:12:44",
   "DSRC": "TER", "UTC_SECONDS": "43"},
  {"MMSI": "636019825", "IMO": "9839179", "SHIP_ID": "6123550", "LAT": "51.431880", "LON": "2.900430",
   "SPEED": "142", "HEADING": "48", "COURSE": "49", "STATUS": "0", "TIMESTAMP": "2024-03-11T09:13:02",
   "DSRC": "SAT", "UTC_SECONDS": "1"}
]
''')

dec("json/decoy-aiscatcher-placeholder", "station/aiscatcher/config.example.json", "AIS-catcher documentation: sharing key placeholder", '''\
{
  "config": "aiscatcher",
  "version": 1,
  "sharing": true,
  "sharing_key": "YOUR_SHARING_KEY",
  "rtlsdr": { "tuner": "auto", "bandwidth": 192 },
  "server": { "active": true, "port": 8100 }
}
''')

dec("x12/decoy-997-ack", "edi/samples/inbound/997_RETAILCO_0118.x12", "ANSI X12 997 functional acknowledgment (control numbers only)", '''\
ISA*00*          *00*          *ZZ*RETAILCO       *ZZ*BLUEHARBOR     *240311*1130*U*00401*000000118*0*P*>~
GS*FA*RETAILCO*BLUEHARBOR*20240311*1130*118*X*004010~
ST*997*0001~
AK1*SM*4471~
AK9*A*1*1*1~
SE*4*0001~
GE*1*118~
IEA*1*000000118~
''')

dec("env/decoy-vizion-example", "apps/visibility/.env.example", "dotenv example with placeholder values", '''\
NODE_ENV=development
PORT=3000
VIZION_API_URL=https://prod.vizionapi.com
VIZION_API_KEY=your_api_key_here
VIZION_CALLBACK_URL=https://<ngrok-subdomain>.ngrok-free.app/webhooks/vizion
DATABASE_URL=postgres://visibility@localhost:5432/visibility
''')

