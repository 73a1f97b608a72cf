"""Blind set DF: parking operators and smart building management.

Teams that run car parks and buildings: parking operators' back offices and apps (gate and
barrier controllers, pay stations, licence-plate recognition cameras, payment and SMS
providers, mobile apps), building automation (BACnet/IP and BACnet/SC, Modbus TCP gateways,
Niagara/Haystack, Metasys, Desigo, MQTT brokers, Azure IoT Hub and AWS IoT Core, Node-RED,
ESPHome and Home Assistant, Telegraf/InfluxDB/Grafana), elevator remote monitoring (KONE and
other vendor APIs, 4G routers and VPNs), access control (Brivo, Kisi, Verkada, Genetec,
Lenel OnGuard, Gallagher, Salto, Paxton, HID) and energy metering (SolarEdge, Enphase, Shelly,
Octopus, Modbus meters, SNMP). Whole files in YAML, JSON, TOML, INI, XML, .properties, .env,
HCL, nginx, systemd, crontab, Python, JS/TS, Go, C#, Java, Kotlin, Swift, C/Arduino, shell,
PowerShell, Dockerfiles, Compose, Kubernetes, Helm, CI configs, notebooks, SQL and Markdown,
with their decoys (placeholders, secret-store references, ciphertext, hashes, public keys and
certificates, public identifiers, self-declared fakes).

Generated fakes only, from seeds 1030000-1039999; none was ever issued.
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
URLSAFE = ALNUM + "-_"
_SEED = [1030000]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert 1030000 <= _SEED[0] < 1040000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def fill(text: str, **values: str) -> str:
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    if "@@" in text:
        raise ValueError("unfilled marker: " + text[text.index("@@"):][:40])
    return text


def S(fmt: str, kind: str, name: str, text: str, secret: str, source: str, **values: str) -> None:
    """A secret case; @@S@@ in the template is the secret."""
    values["S"] = secret
    CASES.append(LabelledCase(f"blind-df/{fmt}/{kind}", name, fill(text, **values), secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str, **values: str) -> None:
    CASES.append(LabelledCase(f"blind-df/{fmt}/decoy-{what}", name, fill(text, **values), None, source))


# --- values as the theme's people and vendors make them ----------------------------------------

THEME = ["Garage", "Ramp", "Lobby", "Chiller", "Boiler", "Tower", "Level", "Barrier", "Plaza", "Atrium",
         "Parkade", "Elevator", "Turnstile", "Meter", "Rooftop", "Basement", "Harbor", "Falcon", "Cedar"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "ember", "saddle", "orchid",
         "walnut", "harvest", "lagoon", "copper", "thistle", "marble", "beacon", "juniper"]
SITES = ["CentralPark", "Dockside", "Northgate", "Riverside", "Westfield", "Kingsway", "Airport", "Harbourfront"]


def human_pw(safe: bool = True) -> str:
    """Word + year + symbol, Word#Word99, site name + number: what an installer types."""
    r = _rng()
    syms = "!*_.-" if safe else "!#%*_.-+@$"
    style = r.randrange(5)
    if style == 0:
        return r.choice(THEME) + str(r.randint(2016, 2025)) + r.choice(syms)
    if style == 1:
        return r.choice(THEME) + r.choice(syms) + r.choice(THEME) + str(r.randint(10, 99))
    if style == 2:
        return r.choice(SITES) + r.choice(syms) + str(r.randint(100, 9999))
    if style == 3:
        return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(1, 99))
    return r.choice(THEME).lower() + r.choice(["Adm", "Ops", "Bms", "Svc"]) + str(r.randint(1000, 99999)) + r.choice(syms)


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def upper_alnum(n: int) -> str:
    return fakes.drawn(_seed(), n, string.ascii_uppercase + string.digits)


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.randrange(256) for _ in range(n))


def b64bytes(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4() -> str:
    return fakes.uuid4(_seed())


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}." + b64url(rbytes(32 if alg.startswith("HS") else 64))


def pem(label: str = "RSA PRIVATE KEY", lines: int = 8) -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    tail = "".join(r.choice(ALNUM + "+/") for _ in range(24)) + "=="
    return f"-----BEGIN {label}-----\nMII{body[3:]}\n{tail}\n-----END {label}-----"


def ec_pem() -> str:
    r = _rng()
    body = "MHcCAQEEI" + "".join(r.choice(ALNUM + "+/") for _ in range(55)) + "\n" + "".join(r.choice(ALNUM + "+/") for _ in range(64)) + "\n" + "".join(r.choice(ALNUM + "+/") for _ in range(28)) + "=="
    return f"-----BEGIN EC PRIVATE KEY-----\n{body}\n-----END EC PRIVATE KEY-----"


def p8_pem() -> str:
    r = _rng()
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(ALNUM + "+/") for _ in range(16)) + "\n" + "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(2)) + "\n" + "".join(r.choice(ALNUM + "+/") for _ in range(8))
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"


def cert_pem(lines: int = 10) -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    return f"-----BEGIN CERTIFICATE-----\nMIID{body[4:]}\n" + "".join(r.choice(ALNUM + "+/") for _ in range(40)) + "=\n-----END CERTIFICATE-----"


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.split("\n"))


# vendor shapes
def stripe_sk() -> str:
    s = _seed()
    return fakes.fake("sk_live_", 99 if s % 2 else 24, s)


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid() -> str:
    return "SG." + fakes.drawn(_seed(), 22, URLSAFE) + "." + fakes.drawn(_seed(), 43, URLSAFE)


def mailgun() -> str:
    return "key-" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid4()}")


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + fakes.drawn(_seed(), 7, URLSAFE) + ":APA91b" + fakes.drawn(_seed(), 134, URLSAFE)


def mapbox(kind: str = "sk") -> str:
    a = fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits)
    return f"{kind}." + b64url(json.dumps({"u": "citypark-ops", "a": a}, separators=(",", ":")).encode()) + "." + fakes.drawn(_seed(), 22, URLSAFE)


def iothub_key() -> str:
    return b64bytes(32)


def azure_storage_key() -> str:
    return b64bytes(64)


def azure_ad_secret() -> str:
    return fakes.drawn(_seed(), 3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~")


def influx_token() -> str:
    return base64.urlsafe_b64encode(rbytes(64)).decode()


def grafana_sa() -> str:
    return "glsa_" + fakes.drawn_mixed(_seed(), 32) + "_" + hexs(8)


def ttn_key() -> str:
    return "NNSXS." + fakes.drawn(_seed(), 39, B32) + "." + fakes.drawn(_seed(), 52, B32)


def wg_key() -> str:
    return b64bytes(32)


def gallagher_key() -> str:
    h = fakes.drawn(_seed(), 32, "0123456789ABCDEF")
    return "-".join(h[i:i + 4] for i in range(0, 32, 4))


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def auth0_secret() -> str:
    return fakes.drawn(_seed(), 64, URLSAFE)


def okta_token() -> str:
    return "00" + fakes.drawn(_seed(), 40, URLSAFE)


def datadog_key() -> str:
    return hexs(32)


def openvpn_static() -> str:
    body = "\n".join(hexs(32) for _ in range(16))
    return f"-----BEGIN OpenVPN Static key V1-----\n{body}\n-----END OpenVPN Static key V1-----"


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def mosquitto_hash() -> str:
    return "$7$101$" + b64bytes(12) + "$" + b64bytes(64)


def sops_enc(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{b64bytes(n)},iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


def sealed() -> str:
    return "AgB" + fakes.drawn(_seed(), 360, ALNUM + "+/") + "=="


def ansible_vault() -> str:
    lines = [hexs(80) for _ in range(5)] + [hexs(42)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


def nb(cells: List[dict]) -> str:
    out = []
    for kind, src in cells:
        lines = src.split("\n")
        source = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "metadata": {}, "source": source}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        out.append(cell)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.4"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


# ================================================================================================
# Parking operators: back office, payments, gates and barriers, LPR cameras, apps
# ================================================================================================

S("dotenv", "stripe", "services/payments/.env.production", """\
# CityPark payments service (production)
# Loaded by docker compose on pay-api-01/02. Rotate with finance sign-off.
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
DATABASE_URL=postgres://payments:${PAYMENTS_DB_PASSWORD}@pg-main.internal:5432/parking
STRIPE_SECRET_KEY=@@S@@
STRIPE_PUBLISHABLE_KEY=@@PK@@
STRIPE_API_VERSION=2023-10-16
RECEIPT_FROM=receipts@citypark.example
SESSION_GRACE_MINUTES=10
""", stripe_sk(), "Stripe docs, API keys (sk_live_/pk_live_); dotenv README", PK=fakes.fake("pk_live_", 24, _seed()))

S("python", "plate-recognizer", "gate/lpr/recognizer.py", '''\
"""Send entry-lane snapshots to Plate Recognizer and return the best plate."""
import logging

import requests

log = logging.getLogger(__name__)

API_URL = "https://api.platerecognizer.com/v1/plate-reader/"
API_TOKEN = "@@S@@"
REGIONS = ["gb", "ie"]


def read_plate(jpeg: bytes, camera_id: str) -> str | None:
    resp = requests.post(
        API_URL,
        data={"regions": REGIONS, "camera_id": camera_id},
        files={"upload": ("frame.jpg", jpeg)},
        headers={"Authorization": f"Token {API_TOKEN}"},
        timeout=4,
    )
    resp.raise_for_status()
    results = resp.json().get("results", [])
    if not results:
        log.info("no plate on %s", camera_id)
        return None
    best = max(results, key=lambda r: r["score"])
    return best["plate"].upper()
''', hexs(40), "Plate Recognizer Snapshot API docs (Authorization: Token)")

S("python", "rtsp-camera", "gate/config.py", '''\
# Lane configuration for site NGT (Northgate multi-storey)
SITE_CODE = "NGT"

LANES = {
    "entry-1": {
        "camera": "rtsp://lpr:@@S@@@10.40.1.31:554/Streaming/Channels/101",
        "relay_gpio": 17,
        "loop_gpio": 27,
    },
    "exit-1": {
        "camera": "rtsp://10.40.1.32:554/Streaming/Channels/101",
        "relay_gpio": 22,
        "loop_gpio": 23,
    },
}

BARRIER_PULSE_MS = 600
PLATE_CONFIDENCE_MIN = 0.82
BACKEND_URL = "https://gates.citypark.example/api/v2"
''', human_pw(), "Hikvision ISAPI/RTSP URL scheme rtsp://user:password@host:554/Streaming/Channels/101")

S("shell", "camera-digest", "scripts/snapshot_entry_cam.sh", """\
#!/usr/bin/env bash
# Pull a JPEG from every entry camera; used when the LPR queue backs up.
set -euo pipefail

OUT=${1:-/var/tmp/snapshots}
mkdir -p "$OUT"

for ip in 10.40.1.31 10.40.1.33 10.40.1.35; do
  ts=$(date +%Y%m%dT%H%M%S)
  curl -sS --digest -u admin:'@@S@@' \\
    "http://${ip}/ISAPI/Streaming/channels/101/picture" \\
    -o "${OUT}/${ip}_${ts}.jpg" || echo "camera ${ip} unreachable" >&2
done
""", human_pw(safe=False).replace("'", ""), "Hikvision ISAPI picture endpoint with HTTP digest auth (curl --digest)")

S("docker-compose", "postgres", "deploy/docker-compose.yml", """\
version: "3.8"

services:
  db:
    image: postgres:15-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: parking
      POSTGRES_USER: parking_admin
      POSTGRES_PASSWORD: "@@S@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"

  api:
    image: registry.citypark.example/parking-api:2.14.1
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_NAME: parking
      DB_USER: parking_admin
    ports:
      - "8080:8080"

volumes:
  pgdata:
""", human_pw(), "Docker Hub postgres image, POSTGRES_PASSWORD; Compose file reference")

S("k8s-secret", "stripe", "deploy/k8s/payments/secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: payments-stripe
  namespace: parking-prod
  labels:
    app.kubernetes.io/name: payments
type: Opaque
data:
  STRIPE_ACCOUNT_COUNTRY: @@C@@
  STRIPE_SECRET_KEY: @@B@@
""", (sk := stripe_sk()), "Kubernetes Secret docs (data values base64); Stripe API keys", C=b64("GB"), B=b64(sk))

S("helm", "sendgrid", "deploy/helm/parking-api/values-prod.yaml", """\
replicaCount: 3

image:
  repository: registry.citypark.example/parking-api
  tag: "2.14.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: api.citypark.example
      paths: ["/"]

email:
  provider: sendgrid
  from: "CityPark Receipts <receipts@citypark.example>"
  sendgrid:
    apiKey: @@S@@
  templates:
    receipt: d-8f1c2b7e4a4d4e5f9b0a1c2d3e4f5a6b
    permitExpiry: d-1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6

resources:
  requests: { cpu: 250m, memory: 256Mi }
""", sendgrid(), "SendGrid API keys (SG.<id>.<secret>); Helm values files")

S("kotlin", "api-key", "android/app/src/main/java/com/citypark/enforce/net/ApiClient.kt", """\
package com.citypark.enforce.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import java.util.concurrent.TimeUnit

object ApiClient {
    private const val BASE_URL = "https://enforce.citypark.example/api/"
    private const val API_KEY = "@@S@@"

    private val auth = Interceptor { chain ->
        val req = chain.request().newBuilder()
            .header("X-Api-Key", API_KEY)
            .header("X-Device", android.os.Build.SERIAL ?: "unknown")
            .build()
        chain.proceed(req)
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(auth).callTimeout(15, TimeUnit.SECONDS).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
}
""", rand_pw(40), "OkHttp interceptors docs; Retrofit")

S("gradle", "keystore", "android/gradle.properties", """\
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# Release signing (CityPark Enforcement)
RELEASE_STORE_FILE=../keystore/citypark-enforce.jks
RELEASE_KEY_ALIAS=citypark
RELEASE_STORE_PASSWORD=@@S@@
RELEASE_KEY_PASSWORD=@@S@@
""", human_pw(), "Android docs, Sign your app (gradle.properties storePassword)")

S("netrc", "mapbox", "ios/.netrc", """\
# Needed by CocoaPods/SPM to download the Mapbox Maps SDK.
# Copy to ~/.netrc on the build Mac (chmod 600).
machine api.mapbox.com
login mapbox
password @@S@@
""", mapbox("sk"), "Mapbox iOS SDK install guide (secret token with DOWNLOADS:READ in ~/.netrc)")

D("plist", "public-token", "ios/CityPark/Info.plist", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>CityPark</string>
	<key>CFBundleIdentifier</key>
	<string>com.citypark.app</string>
	<key>CFBundleShortVersionString</key>
	<string>4.12.0</string>
	<key>MBXAccessToken</key>
	<string>@@PK@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Find car parks near you and start a session at the right bay.</string>
	<key>UIRequiredDeviceCapabilities</key>
	<array>
		<string>arm64</string>
	</array>
</dict>
</plist>
""", "Mapbox docs: public tokens (pk.) are meant to ship in apps", PK=mapbox("pk"))

S("typescript", "square", "src/payments/square.client.ts", """\
import { Client, Environment } from 'square';

// Square is used at the staffed booths (Dockside, Harbourfront).
export const squareClient = new Client({
  environment: Environment.Production,
  accessToken: '@@S@@',
});

export const LOCATION_IDS: Record<string, string> = {
  dockside: 'L8XKQ2M0N4P7R',
  harbourfront: 'LQ3W9ZB1C6D2E',
};

export async function chargeBooth(site: string, cents: number, sourceId: string, key: string) {
  const { result } = await squareClient.paymentsApi.createPayment({
    sourceId,
    idempotencyKey: key,
    amountMoney: { amount: BigInt(cents), currency: 'GBP' },
    locationId: LOCATION_IDS[site],
  });
  return result.payment;
}
""", square_token(), "Square Node.js SDK quickstart (accessToken)")

S("json", "api-key", "paystations/fleet-config.json", """\
{
  "fleet": "citypark-uk",
  "backend": {
    "url": "https://paystations.citypark.example/v3",
    "apiKey": "@@S@@",
    "heartbeatSeconds": 60
  },
  "tariffs": {
    "source": "backend",
    "cacheHours": 24
  },
  "payments": {
    "contactless": true,
    "coins": false,
    "maxSessionHours": 24
  },
  "display": {
    "language": ["en", "cy"],
    "brightness": 80
  }
}
""", rand_pw(32), "Pay station fleet configuration (vendor-managed terminals), JSON")

S("xml", "interface-password", "config/skidata-interface.xml", """\
<?xml version="1.0" encoding="utf-8"?>
<!-- Bridge between the car park management system and the permit portal -->
<InterfaceConfiguration>
  <Facility id="550" name="Riverside MSCP" />
  <Server>
    <Host>10.60.0.10</Host>
    <Port>8443</Port>
    <UseTls>true</UseTls>
  </Server>
  <Credentials>
    <UserName>permit_sync</UserName>
    <Password>@@S@@</Password>
  </Credentials>
  <Sync intervalSeconds="120" pageSize="500" />
  <Logging level="Info" path="D:\\Logs\\PermitSync" />
</InterfaceConfiguration>
""", human_pw(), "Car park management system interface configuration (XML), vendor integration guide")

S("properties", "database", "permit-service/src/main/resources/application-prod.properties", """\
server.port=8081
spring.application.name=permit-service

spring.datasource.url=jdbc:postgresql://pg-main.internal:5432/permits
spring.datasource.username=permit_svc
spring.datasource.password=@@S@@
spring.datasource.hikari.maximum-pool-size=12

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

permits.resident.max-vehicles=2
permits.visitor.daily-quota=4
management.endpoints.web.exposure.include=health,info,prometheus
""", human_pw(), "Spring Boot common application properties (spring.datasource.password)")

S("systemd", "bearer-token", "deploy/systemd/gate-controller.service", """\
[Unit]
Description=CityPark lane gate controller
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=gate
WorkingDirectory=/opt/gate-controller
Environment=SITE_CODE=NGT
Environment=BACKEND_URL=https://gates.citypark.example/api/v2
Environment=BACKEND_TOKEN=@@S@@
ExecStart=/opt/gate-controller/venv/bin/python -m gate.main
Restart=always
RestartSec=3

[Install]
WantedBy=multi-user.target
""", rand_pw(48), "systemd.exec(5), Environment=")

S("crontab", "ckan-api-key", "ops/crontab", """\
# m h dom mon dow  command
# Occupancy export to the city open-data portal (CKAN), every 15 minutes
*/15 * * * * /opt/exports/occupancy.sh > /tmp/occupancy.csv && curl -fsS -H "Authorization: @@S@@" -F upload=@/tmp/occupancy.csv https://data.city.example/api/3/action/resource_update -F id=7c1e2b44-0a5d-4e6a-9f1b-2a7c3d9e8f10 >/dev/null
# Nightly tariff sync
5 2 * * * /opt/exports/tariffs.sh >> /var/log/tariffs.log 2>&1
# Weekly purge of ANPR images older than 30 days (GDPR)
30 3 * * 0 find /data/anpr -type f -mtime +30 -delete
""", uuid4(), "CKAN API docs (Authorization header API key), crontab(5)")

S("github-actions", "slack-webhook", ".github/workflows/deploy-api.yml", """\
name: Deploy parking API

on:
  push:
    branches: [main]

env:
  SLACK_WEBHOOK_URL: @@S@@

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm test
      - run: ./scripts/deploy.sh production
      - name: Notify
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"parking-api deploy: ${{ job.status }}\\"}" "$SLACK_WEBHOOK_URL"
""", slack_webhook(), "Slack incoming webhooks docs; GitHub Actions workflow syntax")

D("github-actions", "secret-ref", ".github/workflows/deploy-permits.yml", """\
name: Deploy permit portal

on:
  workflow_dispatch:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645501:role/permits-deploy
          aws-region: eu-west-2
      - run: ./scripts/deploy.sh
        env:
          DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
          DATABASE_PASSWORD: ${{ secrets.PERMITS_DB_PASSWORD }}
      - name: Notify
        run: curl -X POST -d '{"text":"permits deployed"}' "${{ secrets.SLACK_WEBHOOK_URL }}"
""", "GitHub Actions docs, using secrets in workflows")

S("python", "django-secret-key", "portal/settings/production.py", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["permits.citypark.example"]

SECRET_KEY = '@@S@@'

DATABASES["default"].update({
    "HOST": "pg-main.internal",
    "NAME": "permits",
    "USER": "permits_web",
})

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", django_key().replace("'", ""), "Django settings reference, SECRET_KEY")

D("python", "env-ref", "portal/settings/base.py", """\
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "permits"),
        "USER": os.environ.get("DB_USER", "permits_web"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
""", "Django deployment checklist (SECRET_KEY from the environment)")

S("dotenv", "laravel-app-key", "permits-web/.env", """\
APP_NAME="CityPark Permits"
APP_ENV=production
APP_KEY=base64:@@S@@
APP_DEBUG=false
APP_URL=https://permits.citypark.example

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=permits
DB_USERNAME=permits
DB_PASSWORD=

MAIL_MAILER=log
QUEUE_CONNECTION=redis
""", b64bytes(32), "Laravel configuration docs (APP_KEY base64:)")

S("dockerfile", "google-api-key", "services/geocoder/Dockerfile", """\
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY geocoder/ geocoder/

# server-side key, restricted to Geocoding API
ENV GEOCODING_API_KEY=@@S@@
ENV GEOCODER_CACHE_TTL=86400

EXPOSE 8000
CMD ["uvicorn", "geocoder.app:app", "--host", "0.0.0.0", "--port", "8000"]
""", google_key(), "Google Maps Platform API keys; Dockerfile ENV reference")

D("javascript", "firebase-config", "web/src/firebase.js", """\
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config: identifies the project, not a secret (see Firebase docs).
const firebaseConfig = {
  apiKey: '@@K@@',
  authDomain: 'citypark-app.firebaseapp.com',
  projectId: 'citypark-app',
  storageBucket: 'citypark-app.appspot.com',
  messagingSenderId: '493817265034',
  appId: '1:493817265034:web:8c2f1e7a9b4d3c6e5f1a2b',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", "Firebase docs: API keys for Firebase are not secret", K=google_key())

S("javascript", "fcm-server-key", "functions/notify-expiry.js", """\
const fetch = require('node-fetch');

// Legacy FCM HTTP API - session about to expire
const FCM_SERVER_KEY = '@@S@@';

async function notifyExpiry(deviceToken, session) {
  const body = {
    to: deviceToken,
    notification: {
      title: 'Parking ends soon',
      body: `Your session at ${session.zoneName} ends in 10 minutes.`,
    },
    data: { sessionId: String(session.id) },
  };
  const res = await fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`FCM ${res.status}`);
}

module.exports = { notifyExpiry };
""", fcm_server_key(), "Firebase Cloud Messaging legacy HTTP protocol (Authorization: key=)")

_pw = human_pw()
S("notebook", "postgres-url", "analysis/occupancy_forecast.ipynb", nb([
    ("markdown", "# Occupancy forecast - Q3\nHourly occupancy per site, last 18 months."),
    ("code", "import pandas as pd\nfrom sqlalchemy import create_engine\n\nengine = create_engine(\"postgresql://analyst:@@S@@@pg-replica.internal:5432/parking\")\ndf = pd.read_sql(\"select site_code, hour, occupied, capacity from occupancy_hourly\", engine)\ndf.head()"),
    ("code", "df[\"ratio\"] = df.occupied / df.capacity\ndf.groupby(\"site_code\").ratio.describe()"),
]), _pw, "SQLAlchemy engine URLs; Jupyter nbformat 4")

S("sql", "api-key", "db/migrations/V12__seed_payment_gateways.sql", """\
-- V12: payment gateways per site
CREATE TABLE IF NOT EXISTS payment_gateways (
    id          serial PRIMARY KEY,
    site_code   varchar(8) NOT NULL,
    provider    varchar(32) NOT NULL,
    merchant_id varchar(64) NOT NULL,
    api_key     text NOT NULL,
    enabled     boolean NOT NULL DEFAULT true
);

INSERT INTO payment_gateways (site_code, provider, merchant_id, api_key)
VALUES ('RVS', 'paystation-cloud', 'MCH-0042187', '@@S@@');
""", rand_pw(36), "PostgreSQL CREATE TABLE / INSERT; Flyway versioned migrations")

D("sql", "bcrypt-hash", "db/seed/dev_operators.sql", """\
-- Development operators for the back office (password for all: see README, local only)
INSERT INTO operators (email, display_name, role, password_hash) VALUES
  ('duty.manager@citypark.example', 'Duty Manager', 'manager', '@@H1@@'),
  ('patrol01@citypark.example', 'Patrol 01', 'enforcement', '@@H2@@'),
  ('finance@citypark.example', 'Finance', 'finance', '@@H3@@');

INSERT INTO sites (code, name, capacity) VALUES
  ('NGT', 'Northgate MSCP', 640),
  ('RVS', 'Riverside MSCP', 410),
  ('DKS', 'Dockside Surface', 120);
""", "bcrypt modular crypt format ($2b$); PostgreSQL INSERT", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash())

S("markdown", "controller-login", "docs/runbooks/gate-offline.md", """\
# Runbook: lane gate offline

1. Check the lane in Grafana (dashboard *Gates / Heartbeats*).
2. If the controller is unreachable, ask site staff to power-cycle the Pi in the lane cabinet.
3. SSH via the site jump host:

   ```
   ssh -J jump.citypark.example gate@10.40.1.20
   ```

   Local console login if SSH is down: user `parkops`, password `@@S@@`

4. Restart the service: `sudo systemctl restart gate-controller`.
5. If the barrier is stuck open, switch the barrier to *manual* on the cabinet key switch
   and raise an incident in the #site-ops channel.
""", human_pw(), "Operations runbook kept in the repository (Markdown)")

D("markdown", "placeholder", "docs/runbooks/lpr-camera-setup.md", """\
# Setting up a new LPR camera

1. Connect the camera to the lane switch (VLAN 40) and find it with SADP.
2. Activate it with a strong password: take it from 1Password vault **Sites / Cameras**,
   item `<site>-<lane>-camera`. Never reuse the factory password.
3. Set the stream: H.264, 1920x1080, 25 fps, I-frame interval 25.
4. Add the camera to `gate/config.py`:

   ```python
   "camera": "rtsp://lpr:<camera-password>@10.40.1.XX:554/Streaming/Channels/101",
   ```

5. Restart the gate controller and check a plate read in the logs.
""", "Hikvision SADP activation guide; team runbook")

S("appsettings", "sqlserver", "Citypark.Lpr/appsettings.Production.json", """\
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Lpr": "Server=sql-lpr01.citypark.local;Database=Anpr;User Id=anpr_app;Password=@@S@@;TrustServerCertificate=True"
  },
  "Anpr": {
    "RetentionDays": 30,
    "MatchThreshold": 0.85,
    "Sites": [ "NGT", "RVS", "DKS" ]
  },
  "AllowedHosts": "*"
}
""", human_pw(), "ASP.NET Core configuration, connection strings; SqlClient connection string keywords")

D("appsettings", "keyvault-ref", "Citypark.Lpr/appsettings.Staging.json", """\
{
  "ConnectionStrings": {
    "Lpr": "@Microsoft.KeyVault(SecretUri=https://kv-citypark-stg.vault.azure.net/secrets/lpr-sql-connection/)"
  },
  "Anpr": {
    "RetentionDays": 7,
    "MatchThreshold": 0.8,
    "Sites": [ "TST" ]
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=@@IK@@;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/"
  }
}
""", "Azure App Service Key Vault references; Application Insights connection strings", IK=uuid4())

S("go", "partner-api-key", "cmd/occupancy-sync/main.go", """\
package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"time"
)

const (
	partnerURL = "https://partners.parkfinder.example/v1/facilities/availability"
	partnerKey = "@@S@@"
)

type availability struct {
	FacilityID string `json:"facility_id"`
	Free       int    `json:"free_spaces"`
	At         string `json:"observed_at"`
}

func push(a availability) error {
	body, _ := json.Marshal(a)
	req, _ := http.NewRequest(http.MethodPost, partnerURL, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Partner-Key", partnerKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

func main() {
	for range time.Tick(time.Minute) {
		if err := push(availability{FacilityID: "NGT", Free: 212, At: time.Now().UTC().Format(time.RFC3339)}); err != nil {
			log.Println(err)
		}
	}
}
""", rand_pw(32), "Go net/http client; parking aggregator partner API (header key)")

S("terraform", "rds-password", "infra/rds.tf", """\
resource "aws_db_instance" "parking" {
  identifier              = "parking-prod"
  engine                  = "postgres"
  engine_version          = "15.4"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "parking"
  username                = "parking_admin"
  password                = "@@S@@"
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}
""", human_pw(), "Terraform AWS provider, aws_db_instance (password)")

D("terraform", "random-password", "infra/rds-replica.tf", """\
resource "random_password" "reporting" {
  length           = 24
  special          = true
  override_special = "_-."
}

resource "aws_secretsmanager_secret" "reporting" {
  name = "parking/reporting-db"
}

resource "aws_secretsmanager_secret_version" "reporting" {
  secret_id     = aws_secretsmanager_secret.reporting.id
  secret_string = random_password.reporting.result
}

resource "aws_db_instance" "reporting" {
  identifier          = "parking-reporting"
  replicate_source_db = aws_db_instance.parking.identifier
  instance_class      = "db.t4g.small"
  password            = random_password.reporting.result
}
""", "Terraform random_password resource; AWS Secrets Manager")

S("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", """\
stages: [test, build, release]

variables:
  DOCKER_DRIVER: overlay2
  CHART_REPO_TOKEN: "@@S@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

release-chart:
  stage: release
  script:
    - helm package chart/
    - curl --fail --header "PRIVATE-TOKEN: $CHART_REPO_TOKEN" --upload-file parking-api-*.tgz "https://gitlab.citypark.example/api/v4/projects/42/packages/helm/api/stable/charts"
""", fakes.fake("glpat-", 20, _seed()), "GitLab personal access tokens (glpat-); .gitlab-ci.yml reference")

D("gitlab-ci", "ci-variable", "gate-controller/.gitlab-ci.yml", """\
stages: [test, package]

test:
  stage: test
  image: python:3.11
  script:
    - pip install -e .[test]
    - pytest

package:
  stage: package
  image: python:3.11
  script:
    - pip install build twine
    - python -m build
    - TWINE_USERNAME=gitlab-ci-token TWINE_PASSWORD=${CI_JOB_TOKEN} python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
  rules:
    - if: $CI_COMMIT_TAG
""", "GitLab PyPI package registry docs (CI_JOB_TOKEN)")

S("nginx", "basic-auth-header", "deploy/nginx/gate-dashboard.conf", """\
server {
    listen 443 ssl http2;
    server_name gates.citypark.example;

    ssl_certificate     /etc/letsencrypt/live/gates.citypark.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/gates.citypark.example/privkey.pem;

    location /lane-monitor/ {
        # the lane monitor UI on the site server only speaks basic auth
        proxy_pass http://10.40.0.5:8090/;
        proxy_set_header Authorization "Basic @@B@@";
        proxy_set_header Host $host;
    }

    location / {
        proxy_pass http://127.0.0.1:8080;
    }
}
""", (pw := human_pw()), "nginx proxy_set_header; RFC 7617 HTTP Basic", B=b64("monitor:" + pw))

D("htpasswd", "apr1-hash", "deploy/nginx/htpasswd", """\
# managed by ansible role nginx-auth - do not edit by hand
duty:$apr1$@@A@@
patrol:$apr1$@@B@@
finance:$apr1$@@C@@
auditor:$apr1$@@D@@
readonly:$apr1$@@E@@
""", "Apache htpasswd (MD5 apr1 hashes)", **{k: fakes.drawn(_seed(), 8, ALNUM + "./") + "$" + fakes.drawn(_seed(), 22, ALNUM + "./") for k in "ABCDE"})

S("python", "twilio", "notifications/sms.py", """\
from twilio.rest import Client

ACCOUNT_SID = "@@SID@@"
AUTH_TOKEN = "@@S@@"
FROM_NUMBER = "+447700900123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_expiry_warning(to: str, zone: str, minutes: int) -> str:
    msg = client.messages.create(
        to=to,
        from_=FROM_NUMBER,
        body=f"CityPark: your parking in zone {zone} ends in {minutes} min. Reply EXTEND to add time.",
    )
    return msg.sid
""", hexs(32), "Twilio Python quickstart (account SID and auth token)", SID=twilio_sid())

D("python", "env-ref", "notifications/whatsapp.py", """\
import os

from twilio.rest import Client

# Account SID looks like ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; the auth token lives in
# the deployment's secret store and is injected as TWILIO_AUTH_TOKEN.
client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
SENDER = "whatsapp:+447700900124"
CONTENT_SID = "HX@@H@@"


def send_receipt(to: str, amount: str, site: str) -> None:
    client.messages.create(
        from_=SENDER,
        to=f"whatsapp:{to}",
        content_sid=CONTENT_SID,
        content_variables=f'{{"1":"{amount}","2":"{site}"}}',
    )
""", "Twilio docs, environment variables for credentials; Content API", H=hexs(32))

S("spring", "sendgrid-smtp", "permit-service/src/main/resources/application.yml", """\
spring:
  application:
    name: permit-service
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: @@S@@
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true

permits:
  mail:
    from: permits@citypark.example
    reminder-days-before-expiry: [14, 3]

management:
  endpoint:
    health:
      show-details: never
""", sendgrid(), "SendGrid SMTP integration (username apikey, password the API key); Spring Boot mail properties")

S("ansible", "ssh-password", "ansible/group_vars/paystations.yml", """\
---
# Pay stations in the surface car parks (Debian-based terminals)
ansible_user: service
ansible_ssh_pass: "@@S@@"
ansible_become: true
ansible_python_interpreter: /usr/bin/python3

paystation_backend_url: https://paystations.citypark.example/v3
paystation_timezone: Europe/London
paystation_ntp_servers:
  - 10.0.0.1
  - 10.0.0.2
""", human_pw(), "Ansible connection variables (ansible_ssh_pass)")

D("ansible", "vault-ciphertext", "ansible/group_vars/gates/vault.yml", "@@V@@\n", "Ansible Vault encrypted files ($ANSIBLE_VAULT;1.1;AES256)", V=ansible_vault())

D("ansible", "template-ref", "ansible/group_vars/gates/vars.yml", """\
---
gate_backend_url: https://gates.citypark.example/api/v2
gate_backend_token: "{{ vault_gate_backend_token }}"
gate_camera_password: "{{ vault_gate_camera_password }}"
gate_relay_pulse_ms: 600
gate_sites:
  - NGT
  - RVS
gate_log_level: INFO
""", "Ansible best practices: vars referencing vault_ variables")

S("powershell", "sftp-password", "scripts/Export-TransactionsToFinance.ps1", """\
# Nightly export of card transactions to the finance SFTP (WinSCP .NET assembly)
param([datetime]$Day = (Get-Date).AddDays(-1))

Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$file = "D:\\Exports\\transactions_$($Day.ToString('yyyyMMdd')).csv"
& "D:\\Tools\\export-transactions.exe" --date $Day.ToString('yyyy-MM-dd') --out $file

$opts = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.finance.citypark.example"
    UserName              = "parking_export"
    Password              = "@@S@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 @@FP@@"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($opts)
    $session.PutFiles($file, "/incoming/").Check()
} finally {
    $session.Dispose()
}
""", human_pw(), "WinSCP .NET assembly SessionOptions (Password, SshHostKeyFingerprint)", FP=b64bytes(32).rstrip("="))

S("python", "stripe-webhook-secret", "payments/webhooks.py", """\
import stripe
from flask import Flask, jsonify, request

app = Flask(__name__)

# signing secret of the endpoint registered in the dashboard
endpoint_secret = '@@S@@'


@app.post("/stripe/webhook")
def webhook():
    payload = request.data
    sig = request.headers.get("Stripe-Signature")
    try:
        event = stripe.Webhook.construct_event(payload, sig, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        return "bad signature", 400
    if event["type"] == "payment_intent.succeeded":
        session_id = event["data"]["object"]["metadata"].get("parking_session")
        app.logger.info("paid session %s", session_id)
    return jsonify(received=True)
""", stripe_whsec(), "Stripe docs, check webhook signatures (whsec_ endpoint secret)")

D("python", "env-ref", "payments/refunds.py", """\
import os

import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
WEBHOOK_SECRET = os.getenv("STRIPE_WEBHOOK_SECRET", "")

# Dashboard link for the finance team, e.g. for pi_3Nf0aB2eZvKYlo2C1x2y3z4w
DASHBOARD = "https://dashboard.stripe.com/payments/{}"


def refund(payment_intent: str, pence: int, reason: str = "requested_by_customer") -> str:
    refund = stripe.Refund.create(payment_intent=payment_intent, amount=pence, reason=reason)
    return refund.id
""", "Stripe Python library docs (api_key from environment)")

D("json", "digest", "paystations/terminals.json", """\
{
  "terminals": [
    {"id": "PS-NGT-01", "serial": "FB4407218833", "firmware": "7.4.2", "sha256": "@@H1@@"},
    {"id": "PS-NGT-02", "serial": "FB4407218834", "firmware": "7.4.2", "sha256": "@@H1@@"},
    {"id": "PS-DKS-01", "serial": "FB4407301102", "firmware": "7.3.9", "sha256": "@@H2@@"},
    {"id": "PS-RVS-01", "serial": "FB4407309957", "firmware": "7.4.2", "sha256": "@@H1@@"}
  ],
  "rollout": {
    "target": "7.4.2",
    "package": "paystation-7.4.2.swu",
    "signature": "paystation-7.4.2.swu.sig"
  }
}
""", "Terminal inventory with firmware SHA-256 digests", H1=hexs(64), H2=hexs(64))

D("yaml", "store-ref", "lpr/cameras.yaml", """\
# ANPR cameras per lane; credentials come from Vault at start-up
defaults:
  port: 554
  path: /Streaming/Channels/101
  username: lpr
  password_ref: vault:kv/data/sites/cameras#lpr_password

cameras:
  - id: NGT-E1
    host: 10.40.1.31
  - id: NGT-X1
    host: 10.40.1.32
  - id: RVS-E1
    host: 10.50.1.31
    password_ref: vault:kv/data/sites/rvs/cameras#lpr_password
  - id: DKS-E1
    host: 10.70.1.31
""", "HashiCorp Vault KV v2 paths; team camera inventory")

D("k8s", "secret-key-ref", "deploy/k8s/payments/deployment.yaml", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
  namespace: parking-prod
spec:
  replicas: 2
  selector:
    matchLabels: { app: payments }
  template:
    metadata:
      labels: { app: payments }
    spec:
      containers:
        - name: payments
          image: registry.citypark.example/payments:3.2.0
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: payments-stripe
                  key: STRIPE_SECRET_KEY
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: payments-db, key: password }
          ports:
            - containerPort: 8080
""", "Kubernetes docs, using Secrets as environment variables (secretKeyRef)")

D("k8s", "sealed-secret", "deploy/k8s/permits/sealed-secret.yaml", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: permits-db
  namespace: parking-prod
spec:
  encryptedData:
    password: @@E1@@
    username: @@E2@@
  template:
    metadata:
      name: permits-db
      namespace: parking-prod
    type: Opaque
""", "Bitnami Sealed Secrets (encryptedData ciphertext)", E1=sealed(), E2=sealed())

D("sops", "ciphertext", "deploy/secrets/payments.enc.yaml", """\
stripe_secret_key: @@E1@@
stripe_webhook_secret: @@E2@@
db_password: @@E3@@
sops:
    kms: []
    age:
        - recipient: age1@@AGE@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@A1@@
            @@A2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-14T09:12:44Z"
    mac: @@MAC@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "Mozilla SOPS encrypted YAML with age recipients",
  E1=sops_enc(40), E2=sops_enc(38), E3=sops_enc(16), AGE=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
  A1=b64bytes(48), A2=b64bytes(24), MAC=sops_enc(32).replace(",type:str]", ",type:str]"))

D("python", "test-fake", "tests/test_receipts.py", """\
import pytest

from notifications import receipts

FAKE_SENDGRID_KEY = "SG.test-key.not-a-real-sendgrid-key-used-in-unit-tests-only"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", FAKE_SENDGRID_KEY)
    monkeypatch.setattr(receipts, "_send", lambda message: 202)


def test_receipt_contains_vrm_and_amount():
    msg = receipts.build(vrm="AB12CDE", amount_pence=450, site="NGT")
    assert "AB12 CDE" in msg.html
    assert "4.50" in msg.html


def test_send_returns_accepted():
    assert receipts.send("driver@example.com", vrm="AB12CDE", amount_pence=450, site="NGT") == 202
""", "pytest monkeypatch docs; unit-test fixture with a declared fake key")

D("json", "ticket-fixture", "tests/fixtures/tickets.json", """\
[
  {"ticket": "@@T1@@", "site": "NGT", "entry": "2024-03-02T08:14:09Z", "lane": "E1"},
  {"ticket": "@@T2@@", "site": "NGT", "entry": "2024-03-02T08:16:51Z", "lane": "E2"},
  {"ticket": "@@T3@@", "site": "RVS", "entry": "2024-03-02T09:01:33Z", "lane": "E1"},
  {"ticket": "@@T4@@", "site": "RVS", "entry": "2024-03-02T09:20:02Z", "lane": "E1", "lost": true},
  {"ticket": "@@T5@@", "site": "DKS", "entry": "2024-03-02T10:45:17Z", "lane": "E1"}
]
""", "Car park ticket barcode payloads used as test fixtures",
  **{f"T{i}": upper_alnum(24) for i in range(1, 6)})

S("docker-compose", "redis", "gate-edge/docker-compose.yml", """\
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@S@@"]
    volumes:
      - ./redis:/data

  lane-agent:
    image: registry.citypark.example/lane-agent:1.9.0
    network_mode: host
    devices:
      - /dev/gpiomem
    environment:
      REDIS_URL: redis://redis:6379/0
      SITE_CODE: RVS
    depends_on: [redis]
""", fakes.redis_password(_seed()), "Redis configuration (requirepass); Docker Hub redis image")

S("ini", "api-key", "gate-controller/config.ini", """\
[site]
code = DKS
name = Dockside Surface
timezone = Europe/London

[barrier]
relay_gpio = 17
pulse_ms = 600
loop_gpio = 27

[backend]
url = https://gates.citypark.example/api/v2
api_key = @@S@@
timeout = 5

[lpr]
min_confidence = 0.82
""", rand_pw(40), "Python configparser INI files")

D("ini", "placeholder", "gate-controller/config.example.ini", """\
; Copy to config.ini on the controller and fill in the values for the site.
[site]
code = XXX
name = Site name
timezone = Europe/London

[barrier]
relay_gpio = 17
pulse_ms = 600
loop_gpio = 27

[backend]
url = https://gates.citypark.example/api/v2
api_key = CHANGE_ME
timeout = 5

[lpr]
min_confidence = 0.82
""", "Python configparser INI files (example with placeholder)")

S("toml", "aws-secret-key", "lpr-edge/config.toml", """\
[service]
site = "NGT"
listen = "0.0.0.0:7070"

[upload]
bucket = "citypark-anpr-evidence"
region = "eu-west-2"
access_key_id = "@@AK@@"
secret_access_key = "@@S@@"
prefix = "ngt/"

[retention]
days = 30
""", fakes.aws_secret_key(_seed()), "AWS credentials (access key id + secret access key); TOML v1.0", AK=fakes.aws_key_id(_seed()))

S("java", "basic-auth", "enforcement-sync/src/main/java/com/citypark/enforce/PcnClient.java", """\
package com.citypark.enforce;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Pushes penalty charge notices to the council's PCN processing system. */
public class PcnClient {
    private static final String BASE = "https://pcn.council.example/api/notices";
    private static final String USER = "citypark";
    private static final String PASSWORD = "@@S@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public int submit(String json) throws Exception {
        String auth = Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
""", human_pw(), "java.net.http.HttpClient; RFC 7617 Basic authentication")

D("plist", "public-config", "ios/CityPark/GoogleService-Info.plist", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@K@@</string>
	<key>GCM_SENDER_ID</key>
	<string>493817265034</string>
	<key>BUNDLE_ID</key>
	<string>com.citypark.app</string>
	<key>PROJECT_ID</key>
	<string>citypark-app</string>
	<key>STORAGE_BUCKET</key>
	<string>citypark-app.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:493817265034:ios:4d2a9c7e1b3f5a6c8e0d12</string>
	<key>IS_GCM_ENABLED</key>
	<true/>
</dict>
</plist>
""", "Firebase docs: GoogleService-Info.plist is safe to ship in the app", K=google_key())

D("javascript", "publishable-key", "web/src/checkout.js", """\
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in the browser (Stripe docs, API keys)
const stripePromise = loadStripe('@@PK@@');

export async function payForSession(sessionId) {
  const res = await fetch(`/api/sessions/${sessionId}/payment-intent`, { method: 'POST' });
  const { clientSecret } = await res.json();
  const stripe = await stripePromise;
  return stripe.confirmCardPayment(clientSecret);
}

export const SENTRY_DSN = 'https://@@DSN@@@o482913.ingest.sentry.io/4504827361';
""", "Stripe.js publishable keys; Sentry DSN docs (the DSN is not a secret)", PK=fakes.fake("pk_live_", 99, _seed()), DSN=hexs(32))

D("yaml", "public-id", "app/config/beacons.yaml", """\
# iBeacons for level wayfinding in Northgate MSCP (public broadcast identifiers)
uuid: @@U@@
site: NGT
beacons:
  - { major: 1, minor: 101, level: "L1", bay_range: "001-080" }
  - { major: 1, minor: 102, level: "L1", bay_range: "081-160" }
  - { major: 2, minor: 201, level: "L2", bay_range: "001-080" }
  - { major: 2, minor: 202, level: "L2", bay_range: "081-160" }
  - { major: 3, minor: 301, level: "L3", bay_range: "001-120" }
tx_power: -59
""", "Apple iBeacon (proximity UUID, major, minor)", U=uuid4().upper())

D("markdown", "documented-example", "docs/aws-setup.md", """\
# AWS access for the ANPR evidence bucket

The LPR edge boxes upload evidence images to `s3://citypark-anpr-evidence`.
Each box has its own IAM user with a policy limited to its prefix.

Configure a box (values below are the examples from the AWS documentation):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-2
```

Real keys are issued by the platform team and delivered through 1Password.
""", "AWS docs, example access keys (AKIAIOSFODNN7EXAMPLE)")

D("json", "integrity-hash", "web/package-lock.json", """\
{
  "name": "citypark-web",
  "version": "4.12.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "citypark-web",
      "version": "4.12.0",
      "dependencies": {
        "@stripe/stripe-js": "^2.4.0",
        "firebase": "^10.7.1"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "2.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-2.4.0.tgz",
      "integrity": "sha512-@@I1@@"
    },
    "node_modules/firebase": {
      "version": "10.7.1",
      "resolved": "https://registry.npmjs.org/firebase/-/firebase-10.7.1.tgz",
      "integrity": "sha512-@@I2@@"
    }
  }
}
""", "npm package-lock.json (integrity SRI hashes)", I1=b64bytes(64), I2=b64bytes(64))

D("json", "public-key", "web/public/.well-known/jwks.json", """\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "citypark-2024-01",
      "alg": "RS256",
      "n": "@@N@@",
      "e": "AQAB"
    }
  ]
}
""", "RFC 7517 JSON Web Key Set (public RSA key)", N=b64url(rbytes(256)))


# ================================================================================================
# Building automation: BACnet, Modbus gateways, Niagara/Haystack, Metasys, MQTT, IoT hubs,
# Node-RED, ESPHome/Home Assistant, Telegraf/InfluxDB/Grafana
# ================================================================================================

S("mosquitto", "bridge-password", "mqtt/mosquitto/conf.d/bridge.conf", """\
# Bridge site broker -> central broker (HiveMQ Cloud)
connection central
address 4f1c9a2b7d.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
bridge_insecure false
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_clientid bms-tower-a
remote_username tower-a-bridge
remote_password @@S@@
cleansession false
try_private true
topic bms/tower-a/# out 1
topic cmd/tower-a/# in 1
""", human_pw(), "mosquitto.conf(5), bridge remote_username/remote_password")

D("mosquitto", "password-hash", "mqtt/mosquitto/passwd", """\
bms-gw:@@H1@@
node-red:@@H2@@
telegraf:@@H3@@
grafana-live:@@H4@@
rmu-twa-l1:@@H5@@
""", "mosquitto_passwd(1) hashed password file ($7$ PBKDF2-SHA512)",
  H1=mosquitto_hash(), H2=mosquitto_hash(), H3=mosquitto_hash(), H4=mosquitto_hash(), H5=mosquitto_hash())

S("python", "mqtt-password", "bms-bridge/mqtt_publisher.py", """\
import json
import time

import paho.mqtt.client as mqtt

from bms_bridge.bacnet import read_points

BROKER = "mqtt.tower-a.local"
TOPIC = "bms/tower-a/points"

client = mqtt.Client(client_id="bms-bridge-01", protocol=mqtt.MQTTv311)
client.username_pw_set("bms-gw", "@@S@@")
client.tls_set()
client.connect(BROKER, 8883, keepalive=60)
client.loop_start()

while True:
    for point in read_points():
        client.publish(f"{TOPIC}/{point.name}", json.dumps({"v": point.value, "u": point.units}), qos=1)
    time.sleep(30)
""", human_pw(), "Eclipse Paho Python client docs (username_pw_set)")

D("python", "env-ref", "bms-bridge/settings.py", """\
import os

BROKER_HOST = os.getenv("MQTT_HOST", "mqtt.tower-a.local")
BROKER_PORT = int(os.getenv("MQTT_PORT", "8883"))
MQTT_USERNAME = os.getenv("MQTT_USERNAME", "bms-gw")
MQTT_PASSWORD = os.environ["MQTT_PASSWORD"]  # set in /etc/bms-bridge/env

BACNET_INTERFACE = os.getenv("BACNET_IP", "10.10.20.5/24")
BACNET_DEVICE_ID = int(os.getenv("BACNET_DEVICE_ID", "3056001"))
POLL_SECONDS = 30
""", "twelve-factor config; paho-mqtt")

S("json", "iothub-connection-string", "gateway/config/iothub.json", """\
{
  "deviceId": "bms-gw-tower-a",
  "connectionString": "HostName=citypark-bms-hub.azure-devices.net;DeviceId=bms-gw-tower-a;SharedAccessKey=@@S@@",
  "telemetry": {
    "intervalSeconds": 60,
    "batchSize": 50
  },
  "bacnet": {
    "interface": "eth1",
    "deviceInstance": 3056001,
    "whoIsIntervalMinutes": 15
  }
}
""", iothub_key(), "Azure IoT Hub device connection strings (SharedAccessKey)")

D("json", "public-id", "gateway/config/dps.json", """\
{
  "provisioning": {
    "globalEndpoint": "global.azure-devices-provisioning.net",
    "idScope": "0ne00A1B2C3",
    "registrationId": "bms-gw-tower-b",
    "attestation": "x509",
    "certificatePath": "/etc/bms-gw/certs/device.pem",
    "privateKeyPath": "/etc/bms-gw/certs/device.key"
  },
  "modelId": "dtmi:citypark:bms:gateway;2",
  "telemetry": { "intervalSeconds": 60 }
}
""", "Azure IoT DPS X.509 attestation (ID scope and registration ID are identifiers)")

S("pem", "aws-iot-key", "gateway/certs/bms-gw-07.private.pem.key", "@@S@@\n", pem("RSA PRIVATE KEY", 24),
  "AWS IoT Core device certificates (private.pem.key downloaded at creation)")

D("pem", "certificate", "gateway/certs/AmazonRootCA1.pem", "@@C@@\n", "Amazon Trust Services root CA (public certificate)", C=cert_pem(18))

S("javascript", "node-red-credential-secret", "node-red/settings.js", """\
module.exports = {
    flowFile: 'flows.json',
    // key used to encrypt flows_cred.json
    credentialSecret: "@@S@@",
    uiPort: process.env.PORT || 1880,
    httpAdminRoot: '/admin',
    adminAuth: {
        type: "credentials",
        users: [{
            username: "bms",
            password: "@@H@@",
            permissions: "*"
        }]
    },
    functionGlobalContext: {
        bacnet: require('node-bacnet')
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
""", rand_pw(24), "Node-RED docs, settings.js credentialSecret and adminAuth (bcrypt hash)", H=bcrypt_hash())

D("sops", "ciphertext", "node-red/credentials.enc.json", """\
{
	"mqtt_password": "@@E1@@",
	"cafm_token": "@@E2@@",
	"credential_secret": "@@E3@@",
	"sops": {
		"kms": [
			{
				"arn": "arn:aws:kms:eu-west-2:418273645501:key/@@KID@@",
				"created_at": "2024-03-18T10:22:41Z",
				"enc": "@@KENC@@",
				"aws_profile": ""
			}
		],
		"lastmodified": "2024-03-18T10:22:41Z",
		"mac": "@@MAC@@",
		"version": "3.8.1"
	}
}
""", "Mozilla SOPS encrypted JSON with an AWS KMS key",
  E1=sops_enc(18), E2=sops_enc(40), E3=sops_enc(24), KID=uuid4(), KENC="AQICAHh" + fakes.drawn(_seed(), 240, ALNUM + "+/") + "==", MAC=sops_enc(32))

S("json", "bearer-token", "node-red/flows.json", """\
[
    {
        "id": "a3f1c2d4e5b6a7c8",
        "type": "tab",
        "label": "Chiller plant -> CAFM",
        "disabled": false
    },
    {
        "id": "5b1e7c9d2a4f6e80",
        "type": "function",
        "z": "a3f1c2d4e5b6a7c8",
        "name": "build work order",
        "func": "msg.url = 'https://cafm.citypark.example/api/workorders';\\nmsg.headers = { 'Authorization': 'Bearer @@S@@', 'Content-Type': 'application/json' };\\nmsg.payload = { asset: msg.topic, fault: msg.payload.alarm, priority: 2 };\\nreturn msg;",
        "outputs": 1,
        "x": 420,
        "y": 160,
        "wires": [["c7d8e9f0a1b2c3d4"]]
    },
    {
        "id": "c7d8e9f0a1b2c3d4",
        "type": "http request",
        "z": "a3f1c2d4e5b6a7c8",
        "method": "POST",
        "ret": "obj",
        "x": 640,
        "y": 160,
        "wires": [[]]
    }
]
""", rand_pw(40), "Node-RED flow JSON (function node, http request node)")

S("esphome", "api-encryption-key", "esphome/ahu-3-sensors.yaml", """\
esphome:
  name: ahu-3-sensors
  friendly_name: AHU 3 sensors

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "@@S@@"

ota:
  - platform: esphome
    password: !secret ota_password

i2c:
  sda: 21
  scl: 22

sensor:
  - platform: sht3xd
    temperature:
      name: "Supply air temperature"
    humidity:
      name: "Supply air humidity"
    update_interval: 30s
""", b64bytes(32), "ESPHome native API component (encryption key, base64 32 bytes)")

D("esphome", "secret-ref", "esphome/plant-room-leak.yaml", """\
esphome:
  name: plant-room-leak

esp8266:
  board: d1_mini

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret api_key_plant_room

ota:
  - platform: esphome
    password: !secret ota_password

binary_sensor:
  - platform: gpio
    pin: D5
    name: "Plant room floor leak"
    device_class: moisture
""", "ESPHome docs, !secret substitution from secrets.yaml")

S("esphome", "wifi-password", "esphome/secrets.yaml", """\
# ESPHome secrets for the Tower A plant-room sensors
# (used by ahu-*.yaml, plant-room-*.yaml)
wifi_ssid: "BMS-IoT-TowerA"
wifi_password: "@@S@@"
mqtt_broker: "10.10.20.30"
""", human_pw(), "ESPHome docs, secrets.yaml")

S("python", "home-assistant-token", "scripts/ha_export.py", """\
\"\"\"Export yesterday's meeting-room occupancy sensors from Home Assistant to CSV.\"\"\"
import csv
import datetime as dt

import requests

HA_URL = "http://ha.tower-a.local:8123"
HA_TOKEN = "@@S@@"

SENSORS = ["binary_sensor.room_3_01_occupancy", "binary_sensor.room_3_02_occupancy"]


def history(entity: str, day: dt.date):
    start = dt.datetime.combine(day, dt.time()).isoformat()
    r = requests.get(f"{HA_URL}/api/history/period/{start}",
                     params={"filter_entity_id": entity},
                     headers={"Authorization": f"Bearer {HA_TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()[0]


if __name__ == "__main__":
    day = dt.date.today() - dt.timedelta(days=1)
    with open(f"occupancy_{day}.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for entity in SENSORS:
            for row in history(entity, day):
                w.writerow([entity, row["state"], row["last_changed"]])
""", jwt({"iss": hexs(32), "iat": 1706745600, "exp": 2022105600}), "Home Assistant REST API (long-lived access token, Bearer)")

D("home-assistant", "placeholder", "homeassistant/secrets.example.yaml", """\
# Copy to secrets.yaml (which is git-ignored) and fill in.
# https://www.home-assistant.io/docs/configuration/secrets/
influxdb_token: "<influxdb-api-token>"
mqtt_password: "<mqtt-password>"
modbus_gateway_host: "10.10.20.40"
latitude_home: 51.5072
longitude_home: -0.1276
solaredge_api_key: "YOUR_SOLAREDGE_API_KEY"
""", "Home Assistant docs, storing secrets (secrets.yaml)")

S("telegraf", "influx-token", "telegraf/telegraf.conf", """\
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "bms-collector-01"

[[outputs.influxdb_v2]]
  urls = ["https://influx.citypark.example:8086"]
  token = "@@S@@"
  organization = "citypark"
  bucket = "bms"

[[inputs.modbus]]
  name = "ahu-1"
  slave_id = 1
  timeout = "2s"
  controller = "tcp://10.10.20.40:502"
  holding_registers = [
    { name = "supply_temp", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [0] },
    { name = "return_temp", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [1] },
    { name = "fan_speed", byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [10] },
  ]
""", influx_token(), "Telegraf influxdb_v2 output and modbus input plugin docs")

D("telegraf", "env-ref", "telegraf/telegraf.d/outputs.conf", """\
# Credentials come from /etc/default/telegraf (EnvironmentFile of the unit)
[[outputs.influxdb_v2]]
  urls = ["https://influx.citypark.example:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "citypark"
  bucket = "bms"

[[outputs.mqtt]]
  servers = ["ssl://mqtt.tower-a.local:8883"]
  topic = "telegraf/{{ .Hostname }}/{{ .PluginName }}"
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
  data_format = "influx"
""", "Telegraf configuration docs (environment variables in config)")

S("grafana", "datasource-token", "grafana/provisioning/datasources/influxdb.yaml", """\
apiVersion: 1

datasources:
  - name: BMS InfluxDB
    type: influxdb
    access: proxy
    url: https://influx.citypark.example:8086
    jsonData:
      version: Flux
      organization: citypark
      defaultBucket: bms
      tlsSkipVerify: false
    secureJsonData:
      token: @@S@@
    isDefault: true
""", influx_token(), "Grafana provisioning docs, InfluxDB data source secureJsonData.token")

D("grafana", "env-ref", "grafana/provisioning/datasources/postgres.yaml", """\
apiVersion: 1

datasources:
  - name: Parking Postgres
    type: postgres
    url: pg-replica.internal:5432
    user: grafana_ro
    jsonData:
      database: parking
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
""", "Grafana provisioning docs ($__env{} interpolation)")

S("ini", "grafana-admin", "grafana/grafana.ini", """\
[server]
domain = dashboards.citypark.example
root_url = https://%(domain)s/

[security]
admin_user = admin
admin_password = @@S@@
cookie_secure = true
disable_gravatar = true

[auth.anonymous]
enabled = false

[users]
allow_sign_up = false
""", human_pw(), "Grafana configuration docs ([security] admin_password)")

S("python", "bacnet-reinit-password", "scripts/reinit_controllers.py", """\
\"\"\"Warm-restart the floor controllers after a firmware push (BAC0).\"\"\"
import BAC0

CONTROLLERS = {
    "L03-FCU": "10.10.23.11",
    "L04-FCU": "10.10.24.11",
    "L05-FCU": "10.10.25.11",
}
REINIT_PASSWORD = "@@S@@"

bacnet = BAC0.lite(ip="10.10.20.5/24")
try:
    for name, ip in CONTROLLERS.items():
        print(f"reinitialising {name} at {ip}")
        bacnet.reinitialize(address=ip, password=REINIT_PASSWORD, state="warmstart")
finally:
    bacnet.disconnect()
""", human_pw(), "BAC0 docs (reinitialize with the device password); ASHRAE 135 ReinitializeDevice")

D("ini", "bacnet-identifiers", "bacnet/BACpypes.ini", """\
[BACpypes]
objectName: CityPark-BMS-Bridge
address: 10.10.20.5/24
objectIdentifier: 3056001
maxApduLengthAccepted: 1024
segmentationSupported: segmentedBoth
maxSegmentsAccepted: 16
vendorIdentifier: 999
foreignPort: 0
foreignBBMD: 10.10.1.2
foreignTTL: 30
""", "BACpypes sample configuration (BACpypes.ini)")

D("csv", "register-map", "docs/modbus/register-map-ahu.csv", """\
register,name,type,scale,unit,access,notes
40001,supply_air_temp,INT16,0.1,degC,R,
40002,return_air_temp,INT16,0.1,degC,R,
40011,supply_fan_speed,UINT16,1,%,R,
40021,setpoint_supply_temp,INT16,0.1,degC,RW,
40101,service_password,UINT16,1,,W,write 4-digit service code entered at the HMI; never stored here
40102,password_level,UINT16,1,,R,0=locked 1=user 2=service
40200,alarm_word,UINT16,1,,R,bitfield see section 6.3
""", "Modbus register map of an AHU controller (vendor manual layout)")

S("python", "gateway-admin-password", "tools/mgate_backup.py", """\
\"\"\"Back up the configuration of every Modbus gateway on the BMS VLAN.\"\"\"
import datetime as dt
import pathlib

import requests

GATEWAYS = ["10.10.20.40", "10.10.20.41", "10.10.20.42"]
USER = "admin"
PASSWORD = "@@S@@"
OUT = pathlib.Path("backups") / dt.date.today().isoformat()


def backup(host: str) -> None:
    s = requests.Session()
    s.post(f"http://{host}/login", data={"username": USER, "password": PASSWORD}, timeout=5).raise_for_status()
    cfg = s.get(f"http://{host}/api/config/export", timeout=20)
    cfg.raise_for_status()
    (OUT / f"{host}.ini").write_bytes(cfg.content)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for gw in GATEWAYS:
        backup(gw)
""", human_pw(), "Modbus TCP gateway web console (login form), requests Session")

S("python", "haystack-password", "analytics/haystack_client.py", """\
from pyhaystack.client.niagara import NiagaraHaystackSession

session = NiagaraHaystackSession(
    uri="https://jace-tower-a.citypark.local",
    username="analytics",
    password="@@S@@",
    http_args={"tls_verify": False},
    pint=True,
)

op = session.find_entity(filter_expr="point and his and siteRef->dis==\\"Tower A\\"")
op.wait()
points = op.result
print(f"{len(points)} historised points")
""", human_pw(), "pyhaystack docs (NiagaraHaystackSession username/password)")

S("yaml", "metasys-password", "integrations/metasys/config.yaml", """\
metasys:
  base_url: https://adx-tower-b.citypark.local/api/v4
  username: api_integration
  password: '@@S@@'
  verify_tls: false
  token_refresh_minutes: 25

objects:
  - fqr: "ADX-TOWER-B:NAE-01/Programming.Chiller.CH1-kW"
    tag: chiller_1_kw
  - fqr: "ADX-TOWER-B:NAE-01/Programming.Chiller.CH2-kW"
    tag: chiller_2_kw

export:
  interval_seconds: 300
  target: influx
""", human_pw(), "Johnson Controls Metasys REST API (POST /login with username and password)")

D("yaml", "vault-ref", "integrations/metasys/config.tower-c.yaml", """\
metasys:
  base_url: https://adx-tower-c.citypark.local/api/v4
  username: api_integration
  password: "{{ with secret \\"kv/data/bms/metasys\\" }}{{ .Data.data.password }}{{ end }}"
  verify_tls: true
  token_refresh_minutes: 25

objects:
  - fqr: "ADX-TOWER-C:NAE-01/Programming.AHU.AHU1-SAT"
    tag: ahu_1_sat

export:
  interval_seconds: 300
  target: influx
""", "Vault Agent templates (consul-template secret function)")

S("appsettings", "desigo-password", "DesigoConnector/appsettings.json", """\
{
  "DesigoCC": {
    "BaseUrl": "https://desigo-cc.citypark.local:8443/WSI/api",
    "Username": "wsi_integration",
    "Password": "@@S@@",
    "Designation": "System1.ManagementView:ManagementView.FieldNetworks"
  },
  "Export": {
    "IntervalSeconds": 300,
    "Target": "AzureIoT"
  },
  "Serilog": {
    "MinimumLevel": "Information"
  }
}
""", human_pw(), "Siemens Desigo CC Web Service Interface (token from username/password)")

S("xml", "ews-password", "EwsClient/App.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="EwsEndpoint" value="https://ebo-es.citypark.local/EcoStruxure/DataExchange" />
    <add key="EwsUser" value="ews_reader" />
    <add key="EwsPassword" value="@@S@@" />
    <add key="PollSeconds" value="60" />
    <add key="TrendPath" value="/Server 1/Trends/Energy" />
  </appSettings>
</configuration>
""", human_pw(), "EcoStruxure Web Services (EWS, digest auth); .NET App.config appSettings")

S("k8s-secret", "influx-admin", "deploy/k8s/influxdb/secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: influxdb-auth
  namespace: bms
type: Opaque
stringData:
  admin-user: admin
  admin-password: "@@S@@"
  org: citypark
  bucket: bms
""", human_pw(), "Kubernetes Secret stringData; InfluxDB Helm chart (existing secret keys)")

S("docker-compose", "influx-init-token", "bms-stack/docker-compose.yml", """\
services:
  influxdb:
    image: influxdb:2.7
    volumes:
      - influx-data:/var/lib/influxdb2
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: citypark
      DOCKER_INFLUXDB_INIT_BUCKET: bms
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @@S@@
    ports:
      - "8086:8086"

  grafana:
    image: grafana/grafana:10.4.2
    ports:
      - "3000:3000"
    depends_on: [influxdb]

volumes:
  influx-data:
""", influx_token(), "Docker Hub influxdb image (DOCKER_INFLUXDB_INIT_ADMIN_TOKEN)")

D("docker-compose", "env-ref", "bms-stack/docker-compose.override.yml", """\
services:
  mosquitto:
    image: eclipse-mosquitto:2
    volumes:
      - ./mosquitto/config:/mosquitto/config:ro
      - ./mosquitto/data:/mosquitto/data
    ports:
      - "8883:8883"

  node-red:
    image: nodered/node-red:3.1
    env_file: .env
    environment:
      NODE_RED_CREDENTIAL_SECRET: ${NODE_RED_CREDENTIAL_SECRET:?set in .env}
      MQTT_PASSWORD: ${MQTT_PASSWORD}
    volumes:
      - ./node-red:/data
    ports:
      - "1880:1880"
""", "Compose docs, interpolation (${VAR:?err}) and env_file")

S("c", "mqtt-password", "firmware/room-sensor/include/config.h", """\
#pragma once

/* Room sensor node - Tower A floors 3-12 */
#define FW_VERSION        "2.3.1"
#define WIFI_SSID         "BMS-IoT-TowerA"
#define WIFI_PASSWORD     WIFI_PSK_FROM_NVS

#define MQTT_HOST         "mqtt.tower-a.local"
#define MQTT_PORT         8883
#define MQTT_USER         "room-sensor"
#define MQTT_PASSWORD     "@@S@@"
#define MQTT_TOPIC_FMT    "bms/tower-a/rooms/%s/env"

#define SAMPLE_PERIOD_MS  30000
#define CO2_ALARM_PPM     1200
""", human_pw(), "ESP-IDF / Arduino MQTT client configuration header")

D("c", "placeholder", "firmware/room-sensor/include/config.example.h", """\
#pragma once

/* Copy to config.h and fill in; config.h is git-ignored. */
#define FW_VERSION        "2.3.1"
#define WIFI_SSID         "your-ssid"
#define WIFI_PASSWORD     "your-wifi-password"

#define MQTT_HOST         "mqtt.example.local"
#define MQTT_PORT         8883
#define MQTT_USER         "room-sensor"
#define MQTT_PASSWORD     "your-mqtt-password"
#define MQTT_TOPIC_FMT    "bms/<building>/rooms/%s/env"

#define SAMPLE_PERIOD_MS  30000
""", "Firmware example configuration header with placeholders")

S("snmp", "write-community", "deploy/snmp/snmpd.conf", """\
# snmpd on the BMS head-end server
agentAddress udp:161
sysLocation Tower A, B2 plant room
sysContact bms-support@citypark.example

# read-only for the NMS subnet
rocommunity public 10.0.50.0/24
# read-write for the UPS/PDU management tool only
rwcommunity @@S@@ 10.0.50.12

view systemonly included .1.3.6.1.2.1.1
view systemonly included .1.3.6.1.2.1.25.1
""", "bms" + rand_pw(10) + "rw", "snmpd.conf(5) rocommunity/rwcommunity")

D("telegraf", "documented-default", "telegraf/telegraf.d/ups-snmp.conf", """\
# UPS in the BMS rack (read-only, default community on the isolated mgmt VLAN)
[[inputs.snmp]]
  agents = ["udp://10.0.50.31:161", "udp://10.0.50.32:161"]
  version = 2
  community = "public"
  timeout = "5s"
  retries = 2

  [[inputs.snmp.field]]
    name = "sysName"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

  [[inputs.snmp.field]]
    name = "battery_capacity"
    oid = "UPS-MIB::upsEstimatedChargeRemaining.0"
""", "Telegraf snmp input docs (community \"public\" is the SNMP default read community)")

S("yaml", "bacnet-sc-key", "bacnet-sc/hub-config.yaml", """\
# BACnet/SC hub function on the Tower A supervisory controller
hub:
  uri: wss://bacnet-hub.tower-a.local:47808
  device_instance: 3056100
tls:
  ca_file: /etc/bacnet-sc/ca.pem
  certificate_file: /etc/bacnet-sc/hub-operational.pem
  private_key: |
@@K@@
connection:
  heartbeat_seconds: 300
  max_connections: 64
""", (k := ec_pem()), "ASHRAE 135 Annex AB BACnet/SC (TLS operational certificate and key)", K=indent(k, 4))

D("yaml", "certificate", "bacnet-sc/node-config.yaml", """\
# BACnet/SC node: the key is generated on the device and never leaves it
node:
  device_instance: 3056201
  primary_hub: wss://bacnet-hub.tower-a.local:47808
  failover_hub: wss://bacnet-hub-2.tower-a.local:47808
tls:
  private_key_file: /var/lib/bacnet-sc/operational.key
  ca_certificate: |
@@C@@
""", "BACnet/SC node configuration (CA certificate is public)", C=indent(cert_pem(8), 4))

S("toml", "iotedge-connection-string", "iotedge/config.toml", """\
# Azure IoT Edge on the Tower B gateway (aziot-edge 1.4)
hostname = "bms-edge-tower-b"

[provisioning]
source = "manual"
connection_string = "HostName=citypark-bms-hub.azure-devices.net;DeviceId=bms-edge-tower-b;SharedAccessKey=@@S@@"

[agent]
name = "edgeAgent"
type = "docker"

[agent.config]
image = "mcr.microsoft.com/azureiotedge-agent:1.4"

[connect]
workload_uri = "unix:///var/run/iotedge/workload.sock"
management_uri = "unix:///var/run/iotedge/mgmt.sock"
""", iothub_key(), "Azure IoT Edge config.toml (manual provisioning with connection string)")

D("toml", "file-ref", "iotedge/config.tower-c.toml", """\
hostname = "bms-edge-tower-c"

[provisioning]
source = "dps"
global_endpoint = "https://global.azure-devices-provisioning.net"
id_scope = "0ne00A1B2C3"

[provisioning.attestation]
method = "x509"
registration_id = "bms-edge-tower-c"
identity_cert = "file:///var/secrets/aziot/identity.pem"
identity_pk = "file:///var/secrets/aziot/identity.key.pem"

[agent]
name = "edgeAgent"
type = "docker"
""", "Azure IoT Edge DPS X.509 provisioning (file: URIs)")

S("helm", "emqx-dashboard", "deploy/helm/emqx/values-prod.yaml", """\
replicaCount: 3

emqxConfig:
  EMQX_CLUSTER__DISCOVERY_STRATEGY: "dns"
  EMQX_DASHBOARD__DEFAULT_USERNAME: "admin"
  EMQX_DASHBOARD__DEFAULT_PASSWORD: "@@S@@"
  EMQX_AUTHENTICATION__1__MECHANISM: "password_based"
  EMQX_AUTHENTICATION__1__BACKEND: "built_in_database"

service:
  type: LoadBalancer
  mqtts: 8883

persistence:
  enabled: true
  size: 20Gi
""", human_pw(), "EMQX Helm chart (emqxConfig, dashboard default password)")

S("python", "thingsboard-token", "scripts/tb_push.py", """\
\"\"\"Push the plant-room readings to ThingsBoard (device: Tower A plant room).\"\"\"
import json

import paho.mqtt.client as mqtt

TB_HOST = "tb.citypark.example"
ACCESS_TOKEN = "@@S@@"   # device credentials -> access token

client = mqtt.Client()
client.username_pw_set(ACCESS_TOKEN)
client.connect(TB_HOST, 1883, 60)

reading = {"chw_supply": 6.4, "chw_return": 11.8, "pump_1_running": True}
client.publish("v1/devices/me/telemetry", json.dumps(reading), qos=1)
client.disconnect()
""", rand_pw(20), "ThingsBoard MQTT device API (access token as the MQTT username)")

D("json", "public-id", "thingsboard/devices.json", """\
{
  "devices": [
    {"id": "@@U1@@", "name": "Tower A plant room", "type": "plant-room", "label": "TA-B2"},
    {"id": "@@U2@@", "name": "Tower A roof AHU-1", "type": "ahu", "label": "TA-R-AHU1"},
    {"id": "@@U3@@", "name": "Tower B plant room", "type": "plant-room", "label": "TB-B1"}
  ],
  "customerId": "@@U4@@",
  "tenantId": "@@U5@@"
}
""", "ThingsBoard entity ids (UUIDs)", **{f"U{i}": uuid4() for i in range(1, 6)})

S("go", "influx-token", "cmd/bacnet-bridge/config.go", """\
package main

import "os"

type Config struct {
	BacnetIface string
	InfluxURL   string
	InfluxToken string
	InfluxOrg   string
	Bucket      string
}

func loadConfig() Config {
	return Config{
		BacnetIface: getenv("BACNET_IFACE", "eth1"),
		InfluxURL:   getenv("INFLUX_URL", "https://influx.citypark.example:8086"),
		InfluxToken: getenv("INFLUX_TOKEN", "@@S@@"),
		InfluxOrg:   "citypark",
		Bucket:      "bms",
	}
}

func getenv(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}
""", influx_token(), "InfluxDB Go client (token auth); Go os.LookupEnv")

S("python", "ttn-api-key", "lorawan/uplink_consumer.py", """\
\"\"\"Subscribe to The Things Stack uplinks for the desk-occupancy sensors.\"\"\"
import json

import paho.mqtt.client as mqtt

APP_ID = "citypark-desk-sensors"
TTN_HOST = "eu1.cloud.thethings.network"
TTN_API_KEY = "@@S@@"


def on_message(client, userdata, msg):
    up = json.loads(msg.payload)
    dev = up["end_device_ids"]["device_id"]
    print(dev, up["uplink_message"].get("decoded_payload"))


client = mqtt.Client()
client.username_pw_set(f"{APP_ID}@ttn", TTN_API_KEY)
client.tls_set()
client.on_message = on_message
client.connect(TTN_HOST, 8883)
client.subscribe(f"v3/{APP_ID}@ttn/devices/+/up")
client.loop_forever()
""", ttn_key(), "The Things Stack MQTT server docs (API key NNSXS. as the MQTT password)")

S("json", "lorawan-app-key", "lorawan/devices/desk-0417.json", """\
{
  "end_device": {
    "ids": {
      "device_id": "desk-0417",
      "dev_eui": "@@DEV@@",
      "join_eui": "70B3D57ED0000000"
    },
    "lorawan_version": "MAC_V1_0_3",
    "lorawan_phy_version": "PHY_V1_0_3_REV_A",
    "frequency_plan_id": "EU_863_870_TTN",
    "supports_join": true,
    "root_keys": {
      "app_key": { "key": "@@S@@" }
    }
  },
  "field_mask": { "paths": ["root_keys.app_key.key"] }
}
""", hexs(32).upper(), "The Things Stack end device API (root_keys.app_key)", DEV=hexs(16).upper())

D("csv", "public-id", "lorawan/devices/desk-sensors.csv", """\
device_id,dev_eui,join_eui,floor,desk
desk-0401,@@E1@@,70B3D57ED0000000,4,4.01
desk-0402,@@E2@@,70B3D57ED0000000,4,4.02
desk-0403,@@E3@@,70B3D57ED0000000,4,4.03
desk-0404,@@E4@@,70B3D57ED0000000,4,4.04
desk-0405,@@E5@@,70B3D57ED0000000,4,4.05
""", "LoRaWAN DevEUI/JoinEUI (public identifiers broadcast in join requests)",
  **{f"E{i}": hexs(16).upper() for i in range(1, 6)})

S("systemd", "pgpassword", "deploy/systemd/modbus-collector.service", """\
[Unit]
Description=Modbus meter collector -> TimescaleDB
After=network-online.target

[Service]
User=collector
ExecStart=/usr/local/bin/modbus-collector --config /etc/collector/meters.yaml
Environment="PGHOST=tsdb.citypark.local"
Environment="PGDATABASE=energy"
Environment="PGUSER=collector"
Environment="PGPASSWORD=@@S@@"
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", human_pw(), "systemd.exec(5) Environment=; libpq environment variables (PGPASSWORD)")

D("systemd", "credential-file", "deploy/systemd/bms-bridge.service", """\
[Unit]
Description=BACnet to MQTT bridge
After=network-online.target

[Service]
User=bms
EnvironmentFile=/etc/bms-bridge/env
LoadCredential=mqtt-password:/etc/credstore/bms-bridge.mqtt-password
ExecStart=/opt/bms-bridge/venv/bin/python -m bms_bridge --password-file ${CREDENTIALS_DIRECTORY}/mqtt-password
Restart=always

[Install]
WantedBy=multi-user.target
""", "systemd.exec(5) EnvironmentFile= and LoadCredential=")

S("shell", "sshpass", "scripts/backup_niagara.sh", """\
#!/bin/bash
# Nightly copy of the JACE station backups to the file server
set -e
DEST=/srv/backups/niagara/$(date +%F)
mkdir -p "$DEST"

for jace in 10.10.21.5 10.10.22.5 10.10.23.5; do
  sshpass -p '@@S@@' scp -o StrictHostKeyChecking=no \\
    "niagara@${jace}:/opt/niagara/stations/*/backups/*.dist" "$DEST/" || echo "backup failed for $jace"
done

find /srv/backups/niagara -maxdepth 1 -mtime +60 -exec rm -rf {} +
""", human_pw(), "sshpass(1) -p; scp")

D("shell", "secret-manager", "scripts/backup_metasys.sh", """\
#!/bin/bash
# Copy Metasys archive exports; credentials from the 1Password CLI
set -euo pipefail

export SSHPASS="$(op read 'op://BMS/metasys-sftp/password')"
DEST=/srv/backups/metasys/$(date +%F)
mkdir -p "$DEST"

sshpass -e sftp -oBatchMode=no metasys_export@10.10.30.10 <<EOF
lcd $DEST
get /exports/*.zip
EOF
""", "1Password CLI op read; sshpass -e (password from SSHPASS)")

S("jenkinsfile", "nexus-password", "bms-dashboard/Jenkinsfile", """\
pipeline {
    agent { label 'linux' }
    stages {
        stage('Build') {
            steps {
                sh 'npm ci && npm run build'
            }
        }
        stage('Publish') {
            steps {
                sh '''
                  tar czf bms-dashboard-${BUILD_NUMBER}.tgz -C dist .
                  curl -fsS -u deploy:@@S@@ --upload-file bms-dashboard-${BUILD_NUMBER}.tgz \\
                    https://nexus.citypark.local/repository/raw-releases/bms-dashboard/
                '''
            }
        }
    }
}
""", human_pw(), "Jenkins declarative pipeline; Nexus raw repository upload with curl -u")

D("jenkinsfile", "credentials-binding", "bms-bridge/Jenkinsfile", """\
pipeline {
    agent { label 'linux' }
    environment {
        NEXUS = credentials('nexus-deploy')
    }
    stages {
        stage('Test') {
            steps { sh 'python -m pytest -q' }
        }
        stage('Publish') {
            steps {
                withCredentials([string(credentialsId: 'influx-token-ci', variable: 'INFLUX_TOKEN')]) {
                    sh 'python -m bms_bridge.smoke --influx-token "$INFLUX_TOKEN"'
                }
                sh 'curl -fsS -u "$NEXUS_USR:$NEXUS_PSW" --upload-file dist/*.whl https://nexus.citypark.local/repository/pypi-internal/'
            }
        }
    }
}
""", "Jenkins credentials binding plugin (credentials(), withCredentials)")

S("notebook", "influx-token", "notebooks/chiller_efficiency.ipynb", nb([
    ("markdown", "# Chiller plant efficiency (kW/ton), Tower A\nPulls 1-minute data from InfluxDB."),
    ("code", "from influxdb_client import InfluxDBClient\n\nclient = InfluxDBClient(url=\"https://influx.citypark.example:8086\",\n                        token=\"@@S@@\",\n                        org=\"citypark\")\nquery_api = client.query_api()"),
    ("code", "q = '''from(bucket: \"bms\") |> range(start: -7d) |> filter(fn: (r) => r._measurement == \"chiller\")'''\ndf = query_api.query_data_frame(q)\ndf.describe()"),
]), influx_token(), "influxdb-client-python docs; Jupyter nbformat 4")

S("properties", "mqtt-password", "bms-gateway/conf/gateway.properties", """\
# BMS gateway (Java) - Tower B
gateway.id=bms-gw-tower-b
bacnet.interface=eth1
bacnet.device.instance=3057001
bacnet.poll.seconds=30

mqtt.url=ssl://mqtt.tower-b.local:8883
mqtt.client.id=bms-gw-tower-b
mqtt.username=bms-gw
mqtt.password=@@S@@
mqtt.qos=1

log.level=INFO
""", human_pw(), "Java .properties configuration; Eclipse Paho Java client options")

D("properties", "env-ref", "bms-gateway/conf/gateway.tower-c.properties", """\
# BMS gateway (Java) - Tower C; secrets resolved from the environment at start-up
gateway.id=bms-gw-tower-c
bacnet.interface=eth1
bacnet.device.instance=3058001
bacnet.poll.seconds=30

mqtt.url=ssl://mqtt.tower-c.local:8883
mqtt.client.id=bms-gw-tower-c
mqtt.username=bms-gw
mqtt.password=${MQTT_PASSWORD}
mqtt.qos=1
""", "Spring-style ${} placeholders in .properties")

D("json", "bacnet-discovery", "docs/bacnet/discovery-tower-a.json", """\
{
  "scanned": "2024-02-11T14:03:22Z",
  "network": 1001,
  "devices": [
    {"instance": 3056001, "mac": "0a0a1405bac0", "vendorId": 5, "model": "NAE5510", "password": ""},
    {"instance": 3056011, "mac": "0a0a170bbac0", "vendorId": 24, "model": "FCU-CTRL", "password": ""},
    {"instance": 3056012, "mac": "0a0a180bbac0", "vendorId": 24, "model": "FCU-CTRL", "password": ""},
    {"instance": 3056100, "mac": "0a0a1464bac0", "vendorId": 8, "model": "SC-HUB", "password": ""}
  ],
  "bbmd": {"address": "10.10.1.2", "port": 47808, "fdt_ttl": 30}
}
""", "BACnet Who-Is/I-Am discovery export (device instances, MACs, vendor ids)")

D("yaml", "haystack-ids", "analytics/points/tower-a-ahu1.yaml", """\
# Project Haystack tags for AHU-1 (ids exported from SkySpark)
- id: "@p:citypark:r:2d8c41f0-7a1e9b33"
  dis: "Tower A AHU-1 Supply Air Temp"
  point: true
  sensor: true
  air: true
  temp: true
  discharge: true
  equipRef: "@p:citypark:r:2d8c41f0-5b77c0aa"
  unit: "degC"
- id: "@p:citypark:r:2d8c41f0-7a1e9b34"
  dis: "Tower A AHU-1 Supply Fan Cmd"
  point: true
  cmd: true
  fan: true
  equipRef: "@p:citypark:r:2d8c41f0-5b77c0aa"
""", "Project Haystack tagging (Ref ids)")


# ================================================================================================
# Elevator remote monitoring: vendor APIs, 4G routers and VPNs, alerting
# ================================================================================================

S("python", "kone-client-secret", "kone_api/auth.py", """\
\"\"\"OAuth2 client-credentials token for the KONE API portal (Equipment Status API).\"\"\"
import time

import requests

TOKEN_URL = "https://dev.kone.com/api/v2/oauth2/token"
CLIENT_ID = "@@CID@@"
CLIENT_SECRET = "@@S@@"
SCOPES = "application/inventory equipmentstatus/*"

_cache = {"token": None, "exp": 0}


def token() -> str:
    if _cache["token"] and _cache["exp"] > time.time() + 60:
        return _cache["token"]
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": SCOPES},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=10)
    r.raise_for_status()
    body = r.json()
    _cache.update(token=body["access_token"], exp=time.time() + body["expires_in"])
    return _cache["token"]
""", rand_pw(43), "KONE API portal docs (OAuth 2.0 client credentials)", CID=uuid4())

D("yaml", "env-ref", "kone_api/settings.yaml", """\
kone:
  token_url: https://dev.kone.com/api/v2/oauth2/token
  client_id: @@CID@@
  client_secret: ${KONE_CLIENT_SECRET}
  scopes:
    - application/inventory
    - equipmentstatus/*
equipment:
  - id: "43102837"
    building: Tower A
    name: Passenger lift 1
  - id: "43102838"
    building: Tower A
    name: Passenger lift 2
""", "KONE API portal (client id is an identifier; secret from the environment)", CID=uuid4())

S("wireguard", "private-key", "elevator-gw/wg0.conf", """\
# Elevator monitoring gateway (lift motor room, Tower A) -> monitoring VPN hub
[Interface]
Address = 10.200.14.2/32
PrivateKey = @@S@@
ListenPort = 51820
DNS = 10.200.0.1

[Peer]
PublicKey = @@PUB@@
Endpoint = vpn.citypark.example:51820
AllowedIPs = 10.200.0.0/16
PersistentKeepalive = 25
""", wg_key(), "wg(8) and wg-quick(8) configuration (PrivateKey)", PUB=wg_key())

D("wireguard", "public-key", "elevator-gw/wg0.conf.template", """\
# Template: the private key is generated on the gateway (wg genkey) at first boot
[Interface]
Address = 10.200.{{ site_octet }}.2/32
PrivateKey = {{ wg_private_key_generated_on_device }}
ListenPort = 51820

[Peer]
# hub public key (public by design)
PublicKey = @@PUB@@
Endpoint = vpn.citypark.example:51820
AllowedIPs = 10.200.0.0/16
PersistentKeepalive = 25
""", "WireGuard quick start (public keys are shared; private keys stay on the host)", PUB=wg_key())

S("openvpn", "static-key", "router/openvpn/ta.key", """\
#
# 2048 bit OpenVPN static key
#
@@S@@
""", openvpn_static(), "OpenVPN --tls-auth / --genkey static key file")

S("uci", "apn-password", "router/files/etc/config/network", """\
config interface 'loopback'
	option device 'lo'
	option proto 'static'
	option ipaddr '127.0.0.1'
	option netmask '255.0.0.0'

config interface 'lan'
	option device 'br-lan'
	option proto 'static'
	option ipaddr '192.168.14.1'
	option netmask '255.255.255.0'

config interface 'mob1s1a1'
	option proto 'wwan'
	option modem '1-1'
	option apn 'm2m.citypark.example'
	option auth 'chap'
	option username 'lift-gw-14'
	option password '@@S@@'
	option pdptype 'ip'
""", human_pw(), "OpenWrt UCI network configuration (wwan APN username/password)")

S("yaml", "api-key", "monitoring/otis-connector.yaml", """\
# Connector: lift vendor remote monitoring API -> CAFM work orders
vendor:
  name: otis
  base_url: https://api.vendor-lifts.example/v1
  api_key: @@S@@
  poll_interval: 120
buildings:
  - code: TWA
    units: ["TWA-L1", "TWA-L2", "TWA-L3"]
  - code: TWB
    units: ["TWB-L1", "TWB-L2"]
cafm:
  url: https://cafm.citypark.example/api/workorders
  priority_map:
    entrapment: 1
    out_of_service: 2
    door_fault: 3
""", rand_pw(40), "Lift vendor remote monitoring API (API key) connector configuration")

S("json", "mqtt-password", "rmu/config/rmu-twa-l1.json", """\
{
  "unit": "TWA-L1",
  "controller": {
    "type": "serial",
    "port": "/dev/ttyS1",
    "baud": 19200,
    "protocol": "lift-monitor-v2"
  },
  "mqtt": {
    "host": "mqtt.citypark.example",
    "port": 8883,
    "username": "rmu-twa-l1",
    "password": "@@S@@",
    "topic": "lifts/TWA/L1"
  },
  "events": ["door", "trip", "fault", "alarm_button"],
  "heartbeatSeconds": 60
}
""", rand_pw(22), "Remote monitoring unit configuration (MQTT credentials)")

S("typescript", "teams-webhook", "src/server/alerts/teams.ts", """\
import axios from 'axios';

// #lifts-ops channel, Incoming Webhook connector
const TEAMS_WEBHOOK =
  '@@S@@';

export async function postEntrapment(unit: string, building: string, since: Date): Promise<void> {
  await axios.post(TEAMS_WEBHOOK, {
    '@type': 'MessageCard',
    '@context': 'http://schema.org/extensions',
    themeColor: 'D70000',
    summary: `Entrapment ${unit}`,
    sections: [{
      activityTitle: `Entrapment alarm: ${building} ${unit}`,
      facts: [{ name: 'Since', value: since.toISOString() }],
    }],
  });
}
""", teams_webhook("citypark"), "Microsoft Teams Incoming Webhooks (webhook.office.com URL)")

D("typescript", "env-ref", "src/server/alerts/slack.ts", """\
import axios from 'axios';

const SLACK_WEBHOOK = process.env.SLACK_LIFTS_WEBHOOK ?? '';
// format: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX

export async function postOutOfService(unit: string, building: string): Promise<void> {
  if (!SLACK_WEBHOOK) return;
  await axios.post(SLACK_WEBHOOK, {
    text: `:warning: ${building} ${unit} is out of service`,
  });
}
""", "Slack incoming webhooks docs (example URL format)")

S("python", "telegram-bot", "alerts/telegram_notify.py", """\
\"\"\"Entrapment / out-of-service alerts to the on-call lift engineers' Telegram group.\"\"\"
import requests

BOT_TOKEN = "@@S@@"
CHAT_ID = -1001842736190


def notify(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"},
        timeout=5,
    ).raise_for_status()


if __name__ == "__main__":
    notify("<b>Test</b> lift alert pipeline OK")
""", fakes.telegram_token(_seed()), "Telegram Bot API (sendMessage with the bot token)")

S("alertmanager", "pagerduty", "alerting/alertmanager.yml", """\
global:
  resolve_timeout: 5m

route:
  receiver: default
  group_by: [alertname, building]
  routes:
    - matchers: [ severity="critical", team="lifts" ]
      receiver: lifts-pagerduty

receivers:
  - name: default
    email_configs:
      - to: bms-alerts@citypark.example
  - name: lifts-pagerduty
    pagerduty_configs:
      - routing_key: @@S@@
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", hexs(32), "Prometheus Alertmanager configuration (pagerduty_configs routing_key)")

D("alertmanager", "file-ref", "alerting/alertmanager.tower-c.yml", """\
route:
  receiver: lifts-pagerduty
  group_by: [alertname, building]

receivers:
  - name: lifts-pagerduty
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty-routing-key
        severity: '{{ .CommonLabels.severity }}'
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack-lifts-webhook
        channel: '#lifts-ops'
""", "Prometheus Alertmanager configuration (routing_key_file, api_url_file)")

S("yaml", "datadog-api-key", "deploy/datadog/datadog.yaml", """\
## Datadog Agent on the lift-monitoring hosts
api_key: @@S@@
site: datadoghq.eu
hostname: lift-mon-01
tags:
  - env:prod
  - team:lifts
logs_enabled: true
process_config:
  process_collection:
    enabled: false
""", datadog_key(), "Datadog Agent configuration file (api_key)")

D("yaml", "secret-backend", "deploy/datadog/datadog.staging.yaml", """\
## Datadog Agent (staging) - keys resolved by the secrets backend
api_key: ENC[datadog_api_key]
site: datadoghq.eu
hostname: lift-mon-stg-01
secret_backend_command: /usr/local/bin/dd-secret-helper
secret_backend_arguments:
  - --vault-path=kv/data/datadog
tags:
  - env:staging
  - team:lifts
""", "Datadog Agent secrets management (ENC[] handles)")

S("sql", "create-user", "db/init/01_users.sql", """\
-- Roles for the lift monitoring database
CREATE ROLE lifts_ro NOLOGIN;
GRANT USAGE ON SCHEMA public TO lifts_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO lifts_ro;

CREATE USER lift_monitor WITH LOGIN PASSWORD '@@S@@';
GRANT lifts_ro TO lift_monitor;
GRANT INSERT ON events, trips, faults TO lift_monitor;

CREATE USER grafana_lifts WITH LOGIN PASSWORD NULL;
GRANT lifts_ro TO grafana_lifts;
""", human_pw(), "PostgreSQL CREATE USER ... PASSWORD")

D("sql", "scram-hash", "db/dump/roles.sql", """\
--
-- PostgreSQL database cluster dump (roles only)
--
SET default_transaction_read_only = off;

CREATE ROLE lift_monitor;
ALTER ROLE lift_monitor WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:@@SALT@@$@@K1@@:@@K2@@';
CREATE ROLE grafana_lifts;
ALTER ROLE grafana_lifts WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS;
""", "pg_dumpall --roles-only (SCRAM-SHA-256 verifiers)", SALT=b64bytes(16), K1=b64bytes(32), K2=b64bytes(32))

S("spring", "rabbitmq", "elevator-monitor/src/main/resources/application.yml", """\
server:
  port: 8090

spring:
  application:
    name: elevator-monitor
  rabbitmq:
    host: rabbit.citypark.local
    port: 5671
    username: elevator-monitor
    password: "@@S@@"
    ssl:
      enabled: true
    virtual-host: /lifts

monitor:
  entrapment-alert-seconds: 90
  out-of-service-after-minutes: 15
""", human_pw(), "Spring Boot RabbitMQ properties (spring.rabbitmq.password)")

S("k8s-secret", "kone-client-secret", "deploy/k8s/lifts/kone-secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: kone-api
  namespace: lifts
type: Opaque
data:
  client-id: @@ID@@
  client-secret: @@B@@
""", (ks := rand_pw(43)), "Kubernetes Secret (data base64); KONE API client credentials", ID=b64(uuid4()), B=b64(ks))

S("csharp", "opcua-password", "ElevatorBridge/Program.cs", """\
using Opc.Ua;
using Opc.Ua.Client;

// Group controller for the Tower B lifts exposes an OPC UA server in the machine room
var endpointUrl = "opc.tcp://10.10.40.20:4840";
var config = await ApplicationConfigurationLoader.LoadAsync("ElevatorBridge.Config.xml");

var endpoint = CoreClientUtils.SelectEndpoint(config, endpointUrl, useSecurity: true);
var identity = new UserIdentity("opcua-reader", "@@S@@");

using var session = await Session.Create(config, new ConfiguredEndpoint(null, endpoint),
    false, "ElevatorBridge", 60000, identity, null);

var car1 = session.ReadValue(new NodeId("ns=2;s=Lift1.CarPosition"));
Console.WriteLine($"Lift 1 at floor {car1.Value}");
""", human_pw(), "OPC UA .NET Standard client (UserIdentity user/password)")

D("xml", "thumbprint", "ElevatorBridge/ElevatorBridge.Config.xml", """\
<?xml version="1.0" encoding="utf-8"?>
<ApplicationConfiguration xmlns="http://opcfoundation.org/UA/SDK/Configuration.xsd">
  <ApplicationName>ElevatorBridge</ApplicationName>
  <ApplicationUri>urn:citypark:ElevatorBridge</ApplicationUri>
  <ApplicationType>Client_1</ApplicationType>
  <SecurityConfiguration>
    <ApplicationCertificate>
      <StoreType>Directory</StoreType>
      <StorePath>%LocalApplicationData%/OPC Foundation/pki/own</StorePath>
      <SubjectName>CN=ElevatorBridge, O=CityPark</SubjectName>
      <Thumbprint>@@T@@</Thumbprint>
    </ApplicationCertificate>
    <TrustedPeerCertificates>
      <StoreType>Directory</StoreType>
      <StorePath>%LocalApplicationData%/OPC Foundation/pki/trusted</StorePath>
    </TrustedPeerCertificates>
    <AutoAcceptUntrustedCertificates>false</AutoAcceptUntrustedCertificates>
  </SecurityConfiguration>
  <ClientConfiguration>
    <DefaultSessionTimeout>60000</DefaultSessionTimeout>
  </ClientConfiguration>
</ApplicationConfiguration>
""", "OPC UA .NET Standard application configuration (certificate thumbprint)", T=hexs(40).upper())

S("markdown", "router-api-token", "docs/elevator-monitoring/onboarding.md", """\
# Onboarding a new lift to remote monitoring

1. Fit the RMU in the machine room and wire the controller serial port.
2. Register the 4G router in the router management portal (company *CityPark Lifts*).
3. Push the standard router config with the API:

```bash
curl -X POST https://rms.router-vendor.example/api/devices/config \\
  -H "Authorization: Bearer @@S@@" \\
  -H "Content-Type: application/json" \\
  -d '{"device_id": 512874, "template": "lift-rmu-v3"}'
```

4. Check the unit's heartbeat on the *Lifts / Units* dashboard within 5 minutes.
5. Add the unit to `monitoring/otis-connector.yaml` or the relevant vendor connector.
""", rand_pw(64), "Team onboarding doc with a router management API call (Bearer personal access token)")

S("shell", "client-credentials", "scripts/kone_token.sh", """\
#!/bin/sh
# Get a KONE API access token for manual testing
CLIENT_ID=@@CID@@
CLIENT_SECRET=@@S@@

curl -s -X POST https://dev.kone.com/api/v2/oauth2/token \\
  -u "${CLIENT_ID}:${CLIENT_SECRET}" \\
  -H 'Content-Type: application/x-www-form-urlencoded' \\
  -d 'grant_type=client_credentials&scope=application/inventory' | jq -r .access_token
""", rand_pw(43), "KONE API portal (token endpoint, client credentials via Basic auth)", CID=uuid4())

D("json", "fault-codes", "rmu/fault-codes.json", """\
{
  "vendor": "generic-v2",
  "codes": {
    "0x0101": {"text": "Door open too long", "severity": 3},
    "0x0102": {"text": "Door obstruction (safety edge)", "severity": 3},
    "0x0201": {"text": "Car stopped between floors", "severity": 1},
    "0x0202": {"text": "Alarm button pressed", "severity": 1},
    "0x0301": {"text": "Overspeed governor tripped", "severity": 1},
    "0x0401": {"text": "Inverter fault", "severity": 2},
    "0x0501": {"text": "Controller password reset requested", "severity": 4}
  },
  "checksum": "crc32:@@C@@"
}
""", "Lift controller fault code table", C=hexs(8))

S("dotenv", "auth0-client-secret", "elevator-dashboard/.env", """\
# Lift dashboard (Next.js) - Auth0 login for facilities staff
AUTH0_BASE_URL=https://lifts.citypark.example
AUTH0_ISSUER_BASE_URL=https://citypark.eu.auth0.com
AUTH0_CLIENT_ID=@@CID@@
AUTH0_CLIENT_SECRET=@@S@@
AUTH0_SECRET=use [openssl rand -hex 32] to generate a 32 bytes value
NEXT_PUBLIC_MAP_STYLE=light
""", auth0_secret(), "Auth0 Next.js SDK quickstart (.env.local with AUTH0_CLIENT_SECRET)", CID=fakes.drawn(_seed(), 32, ALNUM))


# ================================================================================================
# Access control: cloud and on-prem systems, visitor management, identity
# ================================================================================================

S("python", "brivo-client-secret", "integrations/brivo/client.py", """\
import os

import requests

BRIVO_AUTH = "https://auth.brivo.com/oauth/token"
BRIVO_API = "https://api.brivo.com/v1/api"
CLIENT_ID = "@@CID@@"
CLIENT_SECRET = "@@S@@"
API_KEY = os.environ["BRIVO_API_KEY"]


def access_token(username: str, password: str) -> str:
    r = requests.post(BRIVO_AUTH, params={"grant_type": "password", "username": username, "password": password},
                      auth=(CLIENT_ID, CLIENT_SECRET), headers={"api-key": API_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]


def list_users(token: str, offset: int = 0) -> dict:
    r = requests.get(f"{BRIVO_API}/users", params={"offset": offset, "pageSize": 100},
                     headers={"Authorization": f"bearer {token}", "api-key": API_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()
""", rand_pw(32), "Brivo API developer docs (OAuth client id/secret and api-key header)", CID=uuid4())

S("javascript", "kisi-api-key", "integrations/kisi/unlock.js", """\
const axios = require('axios');

const KISI_API_KEY = '@@S@@';
const kisi = axios.create({
  baseURL: 'https://api.kisi.io',
  headers: { Authorization: `KISI-LOGIN ${KISI_API_KEY}`, Accept: 'application/json' },
});

// Unlock the parking garage pedestrian door for a booked visitor
async function unlock(lockId) {
  const { data } = await kisi.post(`/locks/${lockId}/unlock`, {});
  return data;
}

module.exports = { unlock, GARAGE_DOOR_LOCK_ID: 48213 };
""", hexs(32), "Kisi API docs (Authorization: KISI-LOGIN <api key>)")

S("go", "verkada-api-key", "internal/verkada/client.go", """\
package verkada

import (
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL = "https://api.verkada.com"
	apiKey  = "@@S@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 10 * time.Second}} }

func (c *Client) AccessEvents(since time.Time) (*http.Response, error) {
	url := fmt.Sprintf("%s/events/v1/access?start_time=%d", baseURL, since.Unix())
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("x-api-key", apiKey)
	return c.http.Do(req)
}
""", "vkd_api_" + hexs(32), "Verkada API docs (x-api-key header)")

D("yaml", "env-ref", "integrations/verkada/config.yaml", """\
verkada:
  region: eu
  api_key: "${VERKADA_API_KEY}"
  org_id: @@ORG@@
sites:
  - name: Tower A reception
    site_id: @@S1@@
  - name: Northgate MSCP
    site_id: @@S2@@
sync:
  access_events_every: 5m
""", "Verkada API (organization and site ids are identifiers)", ORG=uuid4(), S1=uuid4(), S2=uuid4())

S("powershell", "genetec-websdk", "scripts/Sync-Cardholders.ps1", """\
# Sync HR leavers into Genetec Security Center (Web SDK) - deactivate their credentials
$base = "https://gsc-main.citypark.local:4590/WebSdk"
$auth = "@@B@@"
$headers = @{ Authorization = "Basic $auth"; Accept = "application/json" }

$leavers = Import-Csv "\\\\hr-fs01\\exports\\leavers.csv"
foreach ($p in $leavers) {
    $q = "$base/report/CardholderConfiguration?q=FirstName=$($p.FirstName),LastName=$($p.LastName)"
    $res = Invoke-RestMethod -Uri $q -Headers $headers -Method Get
    foreach ($guid in $res.Rsp.Result.Guid) {
        Invoke-RestMethod -Uri "$base/entity?q=entity=$guid,State=Inactive" -Headers $headers -Method Post | Out-Null
        Write-Host "Deactivated $($p.FirstName) $($p.LastName) ($guid)"
    }
}
""", (gpw := human_pw()), "Genetec Web SDK (Basic auth user;appId:password)",
  B=b64("svc-hrsync;" + fakes.drawn(_seed(), 64, ALNUM + "+/") + ":" + gpw))

S("powershell", "onguard-openaccess", "scripts/Get-OnGuardBadges.ps1", """\
# Lenel OnGuard OpenAccess - export active badges for the parking permit reconciliation
$api = "https://onguard.citypark.local:8080/api/access/onguard/openaccess"
$appId = "@@APP@@"

$body = @{ user_name = "openaccess"; password = "@@S@@"; directory_id = "id-1" } | ConvertTo-Json
$login = Invoke-RestMethod -Uri "$api/authentication?version=1.0" -Method Post -Body $body `
    -ContentType "application/json" -Headers @{ "Application-Id" = $appId }

$h = @{ "Application-Id" = $appId; "Session-Token" = $login.session_token }
$badges = Invoke-RestMethod -Uri "$api/instances?version=1.0&type_name=Lnl_Badge&filter=STATUS=1" -Headers $h
$badges.item_list | ForEach-Object { $_.property_value_map } | Export-Csv active_badges.csv -NoTypeInformation
""", human_pw(), "Lenel OnGuard OpenAccess API (authentication with user_name/password, Application-Id header)", APP=upper_alnum(8) + "-" + upper_alnum(4))

D("json", "public-id", "integrations/onguard/openaccess.json", """\
{
  "baseUrl": "https://onguard.citypark.local:8080/api/access/onguard/openaccess",
  "applicationId": "@@APP@@",
  "directoryId": "id-1",
  "version": "1.0",
  "credentialSource": "windows-credential-manager:OnGuardOpenAccess",
  "badgeTypes": {
    "employee": 1,
    "contractor": 4,
    "parking-permit": 7
  }
}
""", "Lenel OnGuard OpenAccess (Application-Id identifies the integration)", APP=upper_alnum(8) + "-" + upper_alnum(4))

S("python", "gallagher-api-key", "gallagher/cardholder_sync.py", """\
\"\"\"Add parking permit holders to the 'Car Park Level B2' access group in Command Centre.\"\"\"
import requests

CC = "https://cc.citypark.local:8904/api"
HEADERS = {"Authorization": "GGL-API-KEY @@S@@"}
GROUP_HREF = f"{CC}/access_groups/5521"
CERT = ("certs/client.pem", "certs/client.key")


def add_to_group(cardholder_href: str) -> None:
    body = {"accessGroups": {"add": [{"accessGroup": {"href": GROUP_HREF}}]}}
    r = requests.patch(cardholder_href, json=body, headers=HEADERS, cert=CERT, verify="certs/cc-ca.pem", timeout=10)
    r.raise_for_status()


def find(permit_no: str) -> str | None:
    r = requests.get(f"{CC}/cardholders", params={"pdf_PermitNo": permit_no}, headers=HEADERS, cert=CERT,
                     verify="certs/cc-ca.pem", timeout=10)
    r.raise_for_status()
    hits = r.json()["results"]
    return hits[0]["href"] if hits else None
""", gallagher_key(), "Gallagher Command Centre REST API (Authorization: GGL-API-KEY)")

D("markdown", "placeholder", "gallagher/README.md", """\
# Gallagher Command Centre integration

Create a REST client item in Command Centre (Configuration Client → REST Clients),
tick *Enable*, and copy its API key into the secret store entry `gallagher/api-key`.

Requests carry the key in the Authorization header:

```
Authorization: GGL-API-KEY XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX
```

The client certificate thumbprint must also be registered on the REST client item.
Run `python -m gallagher.cardholder_sync --dry-run` first.
""", "Gallagher Command Centre REST API docs (key format)")

S("toml", "salto-client-secret", "salto-ks/config.toml", """\
[salto]
identity_url = "https://identity.my-clay.com/connect/token"
api_url = "https://connect.my-clay.com/v1.1"
client_id = "citypark-integration"
client_secret = "@@S@@"
scope = "user_api.full_access"

[sites]
tower_a = "@@SITE@@"

[sync]
interval_minutes = 10
""", rand_pw(36), "SALTO KS Connect API (OAuth2 client credentials)", SITE=uuid4())

S("csharp", "net2-password", "Net2Bridge/Net2Settings.cs", """\
namespace Net2Bridge
{
    /// <summary>Paxton Net2 Local API settings for the Riverside office.</summary>
    public static class Net2Settings
    {
        public const string BaseUrl = "https://net2-rvs.citypark.local:8443/api/v1";
        public const string ClientId = "@@CID@@";
        public const string Username = "System engineer";
        public const string Password = "@@S@@";
        public const int PermitDoorId = 7124;
        public const int TokenRefreshMinutes = 25;
    }
}
""", human_pw(), "Paxton Net2 Local API (token request with username, password and client_id)", CID=uuid4())

S("appsettings", "hid-client-secret", "HidOrigo.Sync/appsettings.Production.json", """\
{
  "HidOrigo": {
    "IdpUrl": "https://api.origo.hidglobal.com/authentication/customer/10042113/token",
    "ApiUrl": "https://api.origo.hidglobal.com/credential-management/customer/10042113",
    "ClientId": "10042113-citypark-sync",
    "ClientSecret": "@@S@@",
    "PartNumber": "MID-SUB-CRD"
  },
  "Sync": {
    "IntervalMinutes": 15,
    "DryRun": false
  }
}
""", rand_pw(40), "HID Origo API (OAuth2 client credentials)")

D("json", "card-formats", "access/card-formats.json", """\
{
  "formats": [
    {"name": "H10301", "bits": 26, "facilityCode": {"start": 1, "length": 8}, "cardNumber": {"start": 9, "length": 16}},
    {"name": "H10306", "bits": 34, "facilityCode": {"start": 1, "length": 16}, "cardNumber": {"start": 17, "length": 16}},
    {"name": "Corporate1000-35", "bits": 35, "companyId": 3391}
  ],
  "sites": {
    "tower-a": {"format": "H10306", "facilityCode": 4471},
    "northgate-mscp": {"format": "H10301", "facilityCode": 118}
  },
  "osdpSecureChannel": {"scbkRef": "vault:kv/data/access/osdp#scbk"}
}
""", "HID card format definitions (facility codes); OSDP secure channel key reference")

S("dotenv", "azure-ad-secret", "visitor-portal/.env", """\
# Visitor portal - Entra ID sign-in for hosts
AZURE_TENANT_ID=@@TID@@
AZURE_CLIENT_ID=@@CID@@
AZURE_CLIENT_SECRET=@@S@@
AZURE_REDIRECT_URI=https://visitors.citypark.example/auth/callback
BADGE_PRINTER_QUEUE=reception-zebra-01
""", azure_ad_secret(), "Microsoft identity platform, client secrets; MSAL Node samples (.env)", TID=uuid4(), CID=uuid4())

D("dotenv", "public-id", "visitor-portal/.env.example", """\
# Copy to .env; client secret from the Entra ID app registration (Certificates & secrets)
AZURE_TENANT_ID=@@TID@@
AZURE_CLIENT_ID=@@CID@@
AZURE_CLIENT_SECRET=
AZURE_REDIRECT_URI=http://localhost:3000/auth/callback
BADGE_PRINTER_QUEUE=reception-zebra-01
""", "Microsoft identity platform (tenant and client ids are identifiers)", TID=uuid4(), CID=uuid4())

S("terraform", "okta-api-token", "infra/okta/provider.tf", """\
terraform {
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.6"
    }
  }
}

provider "okta" {
  org_name  = "citypark"
  base_url  = "okta-emea.com"
  api_token = "@@S@@"
}

resource "okta_group" "car_park_permits" {
  name        = "Car park permit holders"
  description = "Synced to access control level B2"
}
""", okta_token(), "Terraform Okta provider (api_token)")

S("k8s-secret", "ldap-bind", "deploy/k8s/access-sync/ldap-secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: access-sync-ldap
  namespace: access
type: Opaque
stringData:
  LDAP_URL: ldaps://dc01.citypark.local:636
  LDAP_BIND_DN: CN=svc-access-sync,OU=Service Accounts,DC=citypark,DC=local
  LDAP_BIND_PASSWORD: "@@S@@"
""", human_pw(), "Kubernetes Secret stringData; LDAP simple bind")

S("yaml", "ldap-bind", "config/ldap.yml", """\
production:
  host: dc01.citypark.local
  port: 636
  encryption: simple_tls
  base: OU=Staff,DC=citypark,DC=local
  bind_dn: CN=svc-visitors,OU=Service Accounts,DC=citypark,DC=local
  password: @@S@@
  attributes:
    login: sAMAccountName
    email: mail
    badge: employeeID
""", human_pw(), "Rails/devise_ldap_authenticatable ldap.yml")

D("yaml", "file-ref", "config/ldap.staging.yml", """\
staging:
  host: dc-stg.citypark.local
  port: 636
  encryption: simple_tls
  base: OU=Staff,DC=citypark,DC=local
  bind_dn: CN=svc-visitors,OU=Service Accounts,DC=citypark,DC=local
  password: <%= File.read("/run/secrets/ldap_bind_password").strip %>
  attributes:
    login: sAMAccountName
    email: mail
""", "ERB in YAML config reading a Docker secret file")

S("sql", "openrowset", "reports/access_log_export.sql", """\
-- Monthly car park access report: joins access events from the ACS database
SELECT e.EventTime, e.CardholderName, e.ReaderName, p.PermitNumber
FROM OPENROWSET('MSOLEDBSQL',
     'Server=acs-sql01.citypark.local;Database=AccessEvents;UID=report_reader;PWD=@@S@@;',
     'SELECT EventTime, CardholderName, ReaderName, CardNumber FROM dbo.Events
      WHERE ReaderName LIKE ''CP-%'' AND EventTime >= DATEADD(month, -1, GETDATE())') AS e
LEFT JOIN dbo.Permits p ON p.CardNumber = e.CardNumber
ORDER BY e.EventTime;
""", human_pw(), "SQL Server OPENROWSET (provider string with UID/PWD)")

S("web-config", "sqlserver", "VisitorKiosk/Web.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Visitors"
         connectionString="Data Source=sql-vis01;Initial Catalog=Visitors;User ID=kiosk;Password=@@S@@;Encrypt=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="BadgePrinter" value="reception-zebra-01" />
    <add key="HostNotify" value="teams" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", human_pw(), "ASP.NET Web.config connectionStrings")

D("web-config", "integrated-security", "VisitorAdmin/Web.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Visitors"
         connectionString="Data Source=sql-vis01;Initial Catalog=Visitors;Integrated Security=SSPI;Encrypt=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PasswordMinLength" value="12" />
    <add key="PasswordResetUrl" value="https://visitors.citypark.example/reset" />
  </appSettings>
  <system.web>
    <authentication mode="Windows" />
  </system.web>
</configuration>
""", "SqlClient connection strings (Integrated Security, no password)")

D("json", "test-vectors", "tests/fixtures/wiegand26.json", """\
{
  "description": "Wiegand 26-bit (H10301) encode/decode vectors for the reader emulator tests",
  "vectors": [
    {"facility": 118, "card": 20451, "bits": "@@B1@@", "hex": "@@H1@@"},
    {"facility": 118, "card": 20452, "bits": "@@B2@@", "hex": "@@H2@@"},
    {"facility": 4,   "card": 1,     "bits": "@@B3@@", "hex": "@@H3@@"}
  ]
}
""", "HID H10301 26-bit Wiegand format (test vectors)",
  **{k: v for i in (1, 2, 3) for k, v in ((f"B{i}", fakes.drawn(_seed(), 26, "01")), (f"H{i}", hexs(7).upper()))})

S("github-actions", "balena-token", ".github/workflows/kiosk-fleet.yml", """\
name: Kiosk fleet release

on:
  push:
    tags: ["kiosk-v*"]

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: balena-io/deploy-to-balena-action@v2
        with:
          balena_token: @@S@@
          fleet: citypark/visitor-kiosks
          source: kiosk/
""", fakes.drawn(_seed(), 32, ALNUM), "balena deploy-to-balena-action (balena_token input)")

D("github-actions", "secret-ref", ".github/workflows/door-panel-fleet.yml", """\
name: Door panel fleet release

on:
  push:
    tags: ["panel-v*"]

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: balena-io/deploy-to-balena-action@v2
        with:
          balena_token: ${{ secrets.BALENA_API_TOKEN }}
          fleet: citypark/door-panels
          source: door-panel/
""", "GitHub Actions encrypted secrets; balena deploy action")

S("k8s", "configmap-smtp", "deploy/k8s/visitors/configmap.yaml", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: visitor-notify
  namespace: access
data:
  SMTP_HOST: smtp.office365.com
  SMTP_PORT: "587"
  SMTP_USER: visitors@citypark.example
  SMTP_PASSWORD: "@@S@@"
  HOST_NOTIFY_TEMPLATE: visitor-arrived
  BADGE_EXPIRY_HOURS: "12"
""", human_pw(), "Kubernetes ConfigMap (a password where a Secret belonged)")

S("python", "alta-api-token", "integrations/alta/door_schedule.py", """\
\"\"\"Set the car park lobby doors to unlocked during business hours (Avigilon Alta API).\"\"\"
import requests

ORG_ID = 18342
API = f"https://api.openpath.com/orgs/{ORG_ID}"
TOKEN = "@@S@@"

SCHEDULE = {"name": "CP lobby business hours", "events": [
    {"dow": [1, 2, 3, 4, 5], "start": "07:00", "end": "19:00", "mode": "unlocked"}]}

r = requests.post(f"{API}/schedules", json=SCHEDULE,
                  headers={"Authorization": TOKEN, "Accept": "application/json"}, timeout=10)
r.raise_for_status()
print("schedule", r.json()["data"]["id"])
""", jwt({"sub": "18342:svc-scheduler", "iat": 1709251200, "exp": 1740787200}), "Avigilon Alta (Openpath) API docs (JWT in Authorization)")

S("p8", "apns-key", "mobile-credentials/AuthKey_7K2QW9L3XA.p8", "@@S@@\n", p8_pem(),
  "Apple Developer docs: APNs token-based authentication key (.p8)")

D("ssh", "public-key", "access/door-controllers/authorized_keys", """\
# Keys allowed to log in to the door controllers (user: maint)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K1@@ j.patel@citypark-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K2@@ m.owens@citypark-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@K3@@ ansible@deploy01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K4@@ break-glass
""", "OpenSSH authorized_keys format (public keys)",
  K1=fakes.drawn(_seed(), 43, ALNUM + "+/"), K2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
  K3=fakes.drawn(_seed(), 500, ALNUM + "+/") + "=", K4=fakes.drawn(_seed(), 43, ALNUM + "+/"))


# ================================================================================================
# Energy metering: solar and battery portals, smart plugs, utility and tariff APIs, Modbus meters
# ================================================================================================

S("python", "solaredge-api-key", "energy/solaredge_daily.py", """\
\"\"\"Daily PV production of the car park canopy arrays (SolarEdge monitoring API).\"\"\"
import datetime as dt

import requests

API_KEY = "@@S@@"
SITES = {"northgate-canopy": 2841177, "dockside-canopy": 2841178}


def energy(site_id: int, day: dt.date) -> float:
    r = requests.get(
        f"https://monitoringapi.solaredge.com/site/{site_id}/energy",
        params={"timeUnit": "DAY", "startDate": day.isoformat(), "endDate": day.isoformat(), "api_key": API_KEY},
        timeout=15,
    )
    r.raise_for_status()
    values = r.json()["energy"]["values"]
    return (values[0]["value"] or 0) / 1000


if __name__ == "__main__":
    yesterday = dt.date.today() - dt.timedelta(days=1)
    for name, site in SITES.items():
        print(f"{name}: {energy(site, yesterday):.1f} kWh")
""", upper_alnum(32), "SolarEdge Monitoring Server API (api_key query parameter)")

D("yaml", "placeholder", "energy/config.example.yaml", """\
# Copy to config.yaml. Site ids are shown in the monitoring portal's URL.
solaredge:
  api_key: YOUR_API_KEY
  sites:
    northgate-canopy: 2841177
    dockside-canopy: 2841178
enphase:
  api_key: <enphase-api-key>
  client_id: <enphase-client-id>
  client_secret: <enphase-client-secret>
  system_id: 3319024
report:
  email_to: energy@citypark.example
""", "SolarEdge / Enphase API docs (example configuration with placeholders)")

S("yaml", "enphase-client-secret", "energy/config.yaml", """\
solaredge:
  api_key: ${SOLAREDGE_API_KEY}
  sites:
    northgate-canopy: 2841177
enphase:
  api_key: ${ENPHASE_API_KEY}
  client_id: @@CID@@
  client_secret: @@S@@
  system_id: 3319024
  token_url: https://api.enphaseenergy.com/oauth/token
report:
  email_to: energy@citypark.example
""", hexs(32), "Enphase Enlighten API v4 (OAuth client_id/client_secret)", CID=hexs(32))

S("python", "shelly-cloud-key", "energy/shelly_cloud.py", """\
\"\"\"Read the EV charger sub-meters (Shelly Pro 3EM) through the Shelly Cloud API.\"\"\"
import requests

SERVER = "https://shelly-77-eu.shelly.cloud"
AUTH_KEY = "@@S@@"
DEVICES = {
    "ev-bank-1": "a0b765d3e2c4",
    "ev-bank-2": "a0b765d3e8f1",
}


def status(device_id: str) -> dict:
    r = requests.post(f"{SERVER}/device/status", data={"id": device_id, "auth_key": AUTH_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()["data"]["device_status"]


for name, dev in DEVICES.items():
    em = status(dev)["em:0"]
    print(name, em["total_act_power"], "W")
""", b64(rand_pw(60)).rstrip("="), "Shelly Cloud Control API (server URI and auth_key)")

S("dotenv", "octopus-api-key", "energy/tariffs/.env", """\
# Agile tariff import for the EV chargers (smart charging windows)
OCTOPUS_API_KEY=@@S@@
OCTOPUS_ACCOUNT=A-3F1C92D7
OCTOPUS_MPAN=1900012345678
OCTOPUS_METER_SERIAL=21L4381029
PRODUCT_CODE=AGILE-24-10-01
REGION=C
""", fakes.fake("sk_live_", 24, _seed()), "Octopus Energy REST API (API key as Basic auth username)")

D("yaml", "public-id", "energy/meters.yaml", """\
# Supply points and meters (identifiers printed on bills and meters)
supplies:
  - site: NGT
    mpan: "1900012345678"
    meter_serial: "21L4381029"
    supplier: octopus
  - site: RVS
    mpan: "1900098765432"
    meter_serial: "19K2299170"
    supplier: edf
gas:
  - site: TWA
    mprn: "7428861203"
    meter_serial: "G4A01928374"
""", "UK MPAN/MPRN supply identifiers (public on bills)")

S("arduino", "wifi-password", "firmware/sdm630-bridge/sdm630-bridge.ino", """\
// ESP32 + MAX485: reads an Eastron SDM630 over Modbus RTU and publishes to MQTT
#include <WiFi.h>
#include <PubSubClient.h>
#include <ModbusMaster.h>

const char* WIFI_SSID = "CP-Plant-IoT";
const char* WIFI_PASSWORD = "@@S@@";
const char* MQTT_HOST = "10.10.20.30";

WiFiClient net;
PubSubClient mqtt(net);
ModbusMaster meter;

float readFloat(uint16_t reg) {
  if (meter.readInputRegisters(reg, 2) != meter.ku8MBSuccess) return NAN;
  uint32_t raw = ((uint32_t)meter.getResponseBuffer(0) << 16) | meter.getResponseBuffer(1);
  float f; memcpy(&f, &raw, 4); return f;
}

void setup() {
  Serial2.begin(9600, SERIAL_8N1, 16, 17);
  meter.begin(1, Serial2);
  WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("sdm630-ngt");
  mqtt.publish("energy/ngt/sdm630/total_kw", String(readFloat(0x0034)).c_str());
  delay(10000);
}
""", human_pw(), "Arduino WiFi.begin(ssid, password); Eastron SDM630 Modbus register map")

D("arduino", "include-ref", "firmware/sdm120-bridge/sdm120-bridge.ino", """\
// ESP8266 + SDM120: credentials come from secrets.h (git-ignored, see secrets.h.example)
#include <ESP8266WiFi.h>
#include <PubSubClient.h>
#include "secrets.h"

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(2400);
  WiFi.begin(SECRET_WIFI_SSID, SECRET_WIFI_PASSWORD);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(SECRET_MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("sdm120-dks", SECRET_MQTT_USER, SECRET_MQTT_PASSWORD);
  mqtt.loop();
  delay(10000);
}
""", "Arduino docs, keeping secrets in a separate header (arduino_secrets.h)")

S("go", "utility-api-token", "internal/utility/client.go", """\
package utility

import (
	"encoding/json"
	"net/http"
	"time"
)

// UtilityAPI: interval data for the sites whose supplier has no smart-meter API.
const (
	baseURL = "https://utilityapi.com/api/v2"
	token   = "@@S@@"
)

type Meters struct {
	Meters []struct {
		UID    string `json:"uid"`
		Status string `json:"status"`
	} `json:"meters"`
}

func ListMeters() (*Meters, error) {
	req, _ := http.NewRequest(http.MethodGet, baseURL+"/meters", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	c := &http.Client{Timeout: 20 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var m Meters
	return &m, json.NewDecoder(resp.Body).Decode(&m)
}
""", hexs(32), "UtilityAPI docs (Bearer API token)")

S("yaml", "portfolio-manager", "energy/benchmarking/espm.yaml", """\
# ENERGY STAR Portfolio Manager web services (annual benchmarking upload)
espm:
  url: https://portfoliomanager.energystar.gov/ws
  username: citypark_benchmarking
  password: "@@S@@"
properties:
  - name: Tower A
    property_id: 21988417
  - name: Tower B
    property_id: 21988418
meters:
  electricity_unit: kWh (thousand Watt-hours)
""", human_pw(), "ENERGY STAR Portfolio Manager web services (HTTP Basic username/password)")

S("python", "powerwall-password", "energy/powerwall.py", """\
\"\"\"Poll the Tesla Powerwall gateway (site battery behind the Riverside EV hub).\"\"\"
import requests
import urllib3

urllib3.disable_warnings()

GATEWAY = "https://10.60.5.20"
EMAIL = "energy@citypark.example"
PASSWORD = "@@S@@"

s = requests.Session()
s.verify = False
s.post(f"{GATEWAY}/api/login/Basic",
       json={"username": "customer", "email": EMAIL, "password": PASSWORD, "force_sm_off": False},
       timeout=5).raise_for_status()

soe = s.get(f"{GATEWAY}/api/system_status/soe", timeout=5).json()
meters = s.get(f"{GATEWAY}/api/meters/aggregates", timeout=5).json()
print(f"battery {soe['percentage']:.0f}%  site {meters['site']['instant_power']:.0f} W")
""", human_pw(), "Tesla Powerwall local gateway API (/api/login/Basic, customer password)")

S("shell", "vrm-token", "scripts/vrm_battery_report.sh", """\
#!/usr/bin/env bash
# Weekly battery report for the Dockside off-grid ticket machines (Victron VRM API)
set -euo pipefail

VRM_TOKEN="@@S@@"
INSTALL_ID=184422
START=$(date -d '7 days ago' +%s)

curl -sS -H "X-Authorization: Token ${VRM_TOKEN}" \\
  "https://vrmapi.victronenergy.com/v2/installations/${INSTALL_ID}/stats?type=kwh&start=${START}&interval=days" \\
  | jq '.records' > "reports/vrm_$(date +%F).json"
""", hexs(64), "Victron VRM API (X-Authorization: Token <access token>)")

D("python", "register-map", "energy/sdm630_registers.py", """\
\"\"\"Eastron SDM630 input registers (32-bit float, big endian) - from the vendor's Modbus protocol sheet.\"\"\"

REGISTERS = {
    "phase_1_voltage": 0x0000,
    "phase_1_current": 0x0006,
    "phase_1_power": 0x000C,
    "total_system_power": 0x0034,
    "total_import_kwh": 0x0048,
    "total_export_kwh": 0x004A,
    "frequency": 0x0046,
}

# holding register to change the meter's "password" (factory value documented as 1000)
PASSWORD_LOCK_REGISTER = 0x0018
DEFAULT_SLAVE_ID = 1
BAUD = 9600
""", "Eastron SDM630 Modbus protocol (register addresses)")

S("helm", "postgres-password", "deploy/helm/energy-dashboard/values.yaml", """\
image:
  repository: registry.citypark.example/energy-dashboard
  tag: "1.6.0"

postgresql:
  enabled: true
  auth:
    username: energy
    password: "@@S@@"
    database: energy
  primary:
    persistence:
      size: 50Gi

ingress:
  enabled: true
  hosts:
    - host: energy.citypark.example
      paths: [{ path: /, pathType: Prefix }]
""", human_pw(), "Bitnami PostgreSQL Helm chart (auth.password)")

D("helm", "existing-secret", "deploy/helm/energy-dashboard/values-prod.yaml", """\
image:
  repository: registry.citypark.example/energy-dashboard
  tag: "1.6.0"

postgresql:
  enabled: true
  auth:
    username: energy
    database: energy
    existingSecret: energy-dashboard-pg
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password

influx:
  tokenSecretRef:
    name: influxdb-auth
    key: admin-token
""", "Bitnami PostgreSQL Helm chart (auth.existingSecret)")

S("toml", "mqtt-password", "meter-collector/config.toml", """\
[modbus]
port = "/dev/ttyUSB0"
baud = 9600
meters = [
  { id = 1, model = "SDM630", name = "NGT main incomer" },
  { id = 2, model = "SDM630", name = "NGT EV bank" },
]

[mqtt]
host = "mqtt.citypark.local"
port = 8883
username = "meter-collector"
password = "@@S@@"
topic_prefix = "energy/ngt"
""", human_pw(), "TOML configuration of a Rust Modbus collector")

D("toml", "password-command", "meter-collector/config.rvs.toml", """\
[modbus]
port = "/dev/ttyUSB0"
baud = 9600
meters = [ { id = 1, model = "SDM630", name = "RVS main incomer" } ]

[mqtt]
host = "mqtt.citypark.local"
port = 8883
username = "meter-collector"
password_file = "/run/credentials/meter-collector.service/mqtt-password"
topic_prefix = "energy/rvs"
""", "TOML configuration reading the password from a credential file")

S("notebook", "aws-secret-key", "notebooks/ev_charging_load.ipynb", nb([
    ("markdown", "# EV charging load vs. site capacity\nHalf-hourly charger sessions from S3 exports."),
    ("code", "import boto3\nimport pandas as pd\n\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"@@AK@@\",\n    aws_secret_access_key=\"@@S@@\",\n    region_name=\"eu-west-2\",\n)\nobj = s3.get_object(Bucket=\"citypark-ev-exports\", Key=\"sessions/2024-05.csv\")\ndf = pd.read_csv(obj[\"Body\"])"),
    ("code", "df.groupby(pd.to_datetime(df.start).dt.hour).kwh.sum().plot(kind=\"bar\")"),
]), fakes.aws_secret_key(_seed()), "boto3 credentials docs; Jupyter nbformat 4", AK=fakes.aws_key_id(_seed()))

D("notebook", "getpass", "notebooks/meter_gaps.ipynb", nb([
    ("markdown", "# Gaps in half-hourly meter data\nConnects to the energy database; asks for the password."),
    ("code", "import getpass\nimport psycopg2\n\nconn = psycopg2.connect(host=\"tsdb.citypark.local\", dbname=\"energy\", user=\"analyst\",\n                        password=getpass.getpass(\"energy db password: \"))"),
    ("code", "import pandas as pd\ngaps = pd.read_sql(\"select meter_id, count(*) from missing_intervals group by 1\", conn)\ngaps"),
]), "Python getpass; psycopg2.connect; Jupyter nbformat 4")

S("json", "azure-storage-key", "meter-archive/local.settings.json", """\
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=cpmeterarchive;AccountKey=@@S@@;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "ARCHIVE_CONTAINER": "half-hourly",
    "SCHEDULE": "0 30 1 * * *"
  }
}
""", azure_storage_key(), "Azure Functions local.settings.json; Azure Storage connection strings (AccountKey)")

D("docker-compose", "documented-key", "meter-archive/docker-compose.dev.yml", """\
# Local development with Azurite; the account key is the well-known emulator key from the docs
services:
  azurite:
    image: mcr.microsoft.com/azure-storage/azurite
    ports: ["10000:10000", "10001:10001", "10002:10002"]

  archive:
    build: .
    environment:
      AzureWebJobsStorage: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;"
      ARCHIVE_CONTAINER: half-hourly
    depends_on: [azurite]
""", "Azurite docs (well-known development storage account key)")

S("python", "mailgun", "energy/monthly_report.py", """\
\"\"\"Email the monthly energy report (PDF) to facilities and finance.\"\"\"
import datetime as dt

import requests

MAILGUN_DOMAIN = "mg.citypark.example"
MAILGUN_KEY = "@@S@@"
TO = ["facilities@citypark.example", "finance@citypark.example"]


def send(pdf_path: str) -> None:
    month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%B %Y")
    with open(pdf_path, "rb") as fh:
        r = requests.post(
            f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
            auth=("api", MAILGUN_KEY),
            files=[("attachment", (f"energy-{month}.pdf", fh.read()))],
            data={"from": f"Energy reports <energy@{MAILGUN_DOMAIN}>", "to": TO, "subject": f"Energy report {month}"},
            timeout=30,
        )
    r.raise_for_status()
""", mailgun(), "Mailgun API docs (Basic auth user api with the API key)")

S("crontab", "mysqldump-password", "deploy/cron/meter-readings", """\
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=energy-ops@citypark.example

# Nightly dump of the legacy meter-readings database (BMS head-end)
15 1 * * * root mysqldump -h 10.10.30.15 -u meter_backup -p'@@S@@' --single-transaction meter_readings | gzip > /srv/backups/meter_readings_$(date +\\%F).sql.gz
# Purge dumps older than 90 days
45 1 * * * root find /srv/backups -name 'meter_readings_*.sql.gz' -mtime +90 -delete
""", human_pw(), "crontab(5) system crontab; mysqldump -p")

D("crontab", "defaults-file", "deploy/cron/bms-trends", """\
SHELL=/bin/bash
MAILTO=energy-ops@citypark.example

# Nightly dump of the trend database; credentials in /root/.my.cnf.d/trends.cnf (mode 600)
30 1 * * * root mysqldump --defaults-extra-file=/root/.my.cnf.d/trends.cnf --single-transaction trends | gzip > /srv/backups/trends_$(date +\\%F).sql.gz
0 2 * * * root find /srv/backups -name 'trends_*.sql.gz' -mtime +30 -delete
""", "MySQL option files (--defaults-extra-file)")

S("dockerfile", "index-token", "meter-collector/Dockerfile", """\
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml .
COPY src/ src/
# internal packages (citypark-modbus, citypark-units) from the private index
RUN pip wheel --wheel-dir /wheels \\
    --extra-index-url https://ci-reader:@@S@@@pypi.citypark.example/simple/ .

FROM python:3.11-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER nobody
ENTRYPOINT ["meter-collector"]
""", rand_pw(28), "pip --extra-index-url with credentials in the URL; Dockerfile multi-stage builds")

D("dockerfile", "build-secret", "bms-bridge/Dockerfile", """\
# syntax=docker/dockerfile:1.6
FROM python:3.11-slim AS build
WORKDIR /src
COPY . .
RUN --mount=type=secret,id=pip_index_url \\
    pip wheel --wheel-dir /wheels --extra-index-url "$(cat /run/secrets/pip_index_url)" .

FROM python:3.11-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER nobody
ENTRYPOINT ["bms-bridge"]
""", "Docker build secrets (RUN --mount=type=secret)")

S("python", "sense-password", "energy/sense_monitor.py", """\
from sense_energy import Senseable

# Sense monitor on the Tower A EV charger sub-board
sense = Senseable()
sense.authenticate("ev-monitoring@citypark.example", "@@S@@")
sense.update_realtime()

print("Active power:", sense.active_power, "W")
print("Daily usage:", sense.daily_usage, "kWh")
for device in sense.get_discovered_device_names():
    print(" -", device)
""", human_pw(), "sense_energy Python library (authenticate(username, password))")

D("json", "digest", "firmware/meter-bridge/manifest.json", """\
{
  "name": "meter-bridge",
  "version": "1.8.3",
  "new_install_prompt_erase": false,
  "builds": [
    {
      "chipFamily": "ESP32",
      "parts": [
        { "path": "bootloader.bin", "offset": 4096, "sha256": "@@H1@@" },
        { "path": "partitions.bin", "offset": 32768, "sha256": "@@H2@@" },
        { "path": "firmware.bin", "offset": 65536, "sha256": "@@H3@@" }
      ]
    }
  ],
  "git_commit": "@@G@@"
}
""", "ESP Web Tools manifest (firmware parts with SHA-256 digests)", H1=hexs(64), H2=hexs(64), H3=hexs(64), G=hexs(40))

S("ini", "odbc-password", "energy/odbc.ini", """\
[ODBC Data Sources]
BMS_Trends = FreeTDS

[BMS_Trends]
Driver = FreeTDS
Description = Tower A BMS trend database (SQL Server)
Server = 10.10.30.12
Port = 1433
Database = TrendLog
UID = trend_reader
PWD = @@S@@
TDS_Version = 7.4
""", human_pw(), "unixODBC odbc.ini with FreeTDS (UID/PWD)")

S("pgpass", "postgres", "deploy/collector/.pgpass", """\
# ~collector/.pgpass (mode 0600) on the meter collector hosts
# hostname:port:database:username:password
tsdb.citypark.local:5432:energy:collector:@@S@@
# grafana_ro authenticates with a client certificate: no entry here
# the read replica is reached through ~/.pg_service.conf (service=energy-ro)
""", human_pw(), "PostgreSQL docs, the password file (.pgpass)")

D("markdown", "masked", "docs/energy/modbus-gateway-backup.md", """\
# Modbus gateway configuration backup (Riverside)

Exported 2024-04-02 from the gateway web console. The console masks secrets on export.

| Setting            | Value               |
|--------------------|---------------------|
| Admin user         | admin               |
| Admin password     | ********            |
| Modbus TCP port    | 502                 |
| RTU baud / parity  | 9600 / 8N1          |
| SNMP community     | (disabled)          |
| MQTT password      | ******** (stored)   |

Restore with *System → Configuration → Import* and re-enter the passwords from the vault.
""", "Gateway configuration export with masked secrets")

D("yaml", "vapid-public", "energy/dashboard/push.yaml", """\
# Web push for the energy dashboard (alerts when a meter stops reporting)
webpush:
  subject: mailto:energy@citypark.example
  vapid_public_key: @@PUB@@
  vapid_private_key_file: /run/secrets/vapid_private.pem
  ttl_seconds: 3600
alerts:
  meter_silent_minutes: 60
  phase_imbalance_percent: 25
""", "RFC 8292 VAPID (the public key is given to browsers)", PUB=b64url(b"\x04" + rbytes(64)))

D("yaml", "policy", "config/security.yaml", """\
# Password policy for the operator back office and the BMS dashboard
password_policy:
  min_length: 14
  require_upper: true
  require_digit: true
  require_symbol: false
  history: 12
  max_age_days: 365
  hash: argon2id
  argon2:
    memory_kib: 65536
    iterations: 3
    parallelism: 4
lockout:
  attempts: 5
  minutes: 15
api_tokens:
  default_ttl_days: 90
  prefix: "cp_"
""", "OWASP password storage cheat sheet (policy configuration)")
