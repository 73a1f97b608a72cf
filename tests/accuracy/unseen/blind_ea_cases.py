"""Blind set EA: marine research vessels and oceanographic institutes.

Ship IT and shore support: shipboard data acquisition (OpenRVDAS, SCS-style loggers, InfluxDB,
Grafana, Telegraf), satellite links and ship-to-shore VPNs (VSAT, Starlink, Iridium, WireGuard,
OpenVPN, IPsec), CTD/ADCP/multibeam processing scripts, cruise planning portals, sample tracking
(IGSN, LIMS, spreadsheets), data publishing (ERDDAP, THREDDS, Zenodo, Globus, R2R), and the decoys
such teams commit next to them. Generated fakes only (seeds 1,260,000-1,269,999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
SEED_LO, SEED_HI = 1_260_000, 1_269_999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def rand(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of ALNUM, with an upper, a lower and a digit (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                          and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return rand(n, HEX)


def upper_hex(n: int) -> str:
    return rand(n, "0123456789ABCDEF")


def b64_bytes(n: int, url: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64u(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


WORDS = ["Trawl", "Gyre", "Kelp", "Abyss", "Plankton", "Halocline", "Bathy", "Current", "Salinity", "Seamount",
         "Albatross", "Mooring", "Benthic", "Upwelling", "Fathom", "Lanyard", "Bosun", "Starboard", "Marlin",
         "Krill", "Drifter", "Sextant", "Coral", "Ballast"]
LOWER = ["anchor", "winch", "nansen", "rosette", "spindle", "oyster", "tidal", "copepod", "trench", "gannet",
         "squall", "hawser", "cobalt", "lantern", "pelican", "driftwood", "compass", "fjord"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A chosen password that stays valid unescaped in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.~!*") + r.choice(WORDS).lower() + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + str(r.randint(1960, 2029)) + r.choice("!?#$.")


def gen_pw(n: int = 20, extra: str = "") -> str:
    return rand(n, ALNUM + extra) if extra else rand(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def aws_key_id(prefix: str = "AKIA") -> str:
    return prefix + rand(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return rand(40, B64)


def pem_rsa(kind: str = "RSA") -> str:
    head = "MIIEpAIBAAKCAQEA" if kind == "RSA" else "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    body = head + b64_bytes(1180)[: 1592 - len(head)]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    label = "RSA PRIVATE KEY" if kind == "RSA" else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def pem_ec() -> str:
    body = "MHcCAQEEI" + b64_bytes(120)[:153] + "=="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"


def openssh_key() -> str:
    head = "b3BlbnNzaC1yZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA"
    body = head + b64_bytes(200)[: 400 - len(head) - 4] + "AQID"
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    body = "MIIDdzCCAl+gAwIBAgIU" + b64_bytes(900)[:1100]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(kind: str = "ed25519") -> str:
    if kind == "ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64_bytes(32)[:43]
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b64_bytes(260)[:340]


def wg_key() -> str:
    return b64_bytes(32)


def jwt(payload: dict, alg: str = "RS256") -> str:
    head = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64u(json.dumps(payload, separators=(",", ":")))
    sig = b64_bytes(256 if alg.startswith("RS") else 32, url=True).rstrip("=")
    return f"{head}.{body}.{sig}"


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + rand(8, up) + "/B" + rand(10, up) + "/" + rand(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + rand(24)


def teams_webhook() -> str:
    return (f"https://oceaninst.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{rand(40, B64URL)}")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + rand(68, B64URL)


def telegram_token() -> str:
    r = _rng()
    return f"{r.randint(1_000_000_000, 7_999_999_999)}:AA" + rand(33, B64URL)


def sendgrid_key() -> str:
    return "SG." + rand(22, B64URL) + "." + rand(43, B64URL)


def github_pat() -> str:
    return "ghp_" + rand(36)


def github_fine() -> str:
    return "github_pat_11" + rand(20, string.ascii_uppercase + string.digits) + "_" + rand(59)


def gitlab_pat() -> str:
    return "glpat-" + rand(20, B64URL)


def grafana_sa() -> str:
    return "glsa_" + rand(32) + "_" + hexs(8)


def influx_token() -> str:
    return b64_bytes(64, url=True)


def google_api_key() -> str:
    return "AIza" + rand(35, B64URL)


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_client_secret() -> str:
    return rand(3) + "8Q~" + rand(34, ALNUM + "_.-~")


def mapbox_sk(user: str) -> str:
    return "sk." + b64u(json.dumps({"u": user, "a": rand(25, ALNUM)}, separators=(",", ":"))) + "." + rand(22, B64URL)


def mapbox_pk(user: str) -> str:
    return "pk." + b64u(json.dumps({"u": user, "a": rand(25, ALNUM)}, separators=(",", ":"))) + "." + rand(22, B64URL)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_token() -> str:
    return "hvs.CAESI" + rand(80, B64URL)


def tfc_token() -> str:
    return rand(14) + ".atlasv1." + rand(67)


def npm_token() -> str:
    return "npm_" + rand(36)


def pypi_token() -> str:
    return "pypi-AgEIcHlwaS5vcmcCJD" + rand(150, B64URL)


def docker_pat() -> str:
    return "dckr_pat_" + rand(27, B64URL)


def hf_token() -> str:
    return "hf_" + rand(34)


def openai_key() -> str:
    return "sk-proj-" + rand(74, B64URL) + "T3BlbkFJ" + rand(74, B64URL)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rand(93, B64URL) + "AA"


def airtable_pat() -> str:
    return "pat" + rand(14) + "." + hexs(64)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def datadog_api() -> str:
    return hexs(32)


def b2_app_key() -> str:
    return "K005" + rand(27)


def esri_key() -> str:
    return "AAPK" + hexs(32) + rand(64, B64URL)


def stormglass_key() -> str:
    return uuid_s() + "-" + uuid_s()


CASES: List[LabelledCase] = []
_NAMES: set = set()


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    assert file_name not in _NAMES, file_name
    _NAMES.add(file_name)
    CASES.append(LabelledCase(f"blind-ea/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Shipboard data acquisition: OpenRVDAS, loggers, InfluxDB, Grafana, Telegraf, MQTT
# ---------------------------------------------------------------------------------------------
_django = rand(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
add("python/django-secret-key", "openrvdas/django_gui/settings.py", f'''"""
Django settings for the OpenRVDAS GUI on R/V Sally Ride (SR2403 install).
Copied from settings.py.dist and edited by the shipboard tech.
"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '{_django}'

DEBUG = False
ALLOWED_HOSTS = ['openrvdas.sallyride.ship', '10.20.1.15', 'localhost']

INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
    'rest_framework',
    'django_gui',
]

DATABASES = {{
    'default': {{
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': os.path.join(BASE_DIR, 'openrvdas.sql'),
    }}
}}

WEBSOCKET_DATA_SERVER = 'localhost:8766'
STATIC_URL = '/static/'
STATIC_ROOT = os.path.join(BASE_DIR, 'static')
TIME_ZONE = 'UTC'
USE_TZ = True
''', _django, "Django docs: settings SECRET_KEY; OpenRVDAS django_gui/settings.py.dist")

_influx = influx_token()
add("python/influxdb-token", "openrvdas/database/influxdb/settings.py", f'''# InfluxDB settings used by InfluxDBWriter and the Grafana dashboards.
# Generated by utils/install_influxdb.sh on 2024-03-02 - do not commit (oops)

INFLUXDB_URL = 'http://influxdb.ship.local:8086'
INFLUXDB_ORG = 'rv-atlantis'
INFLUXDB_BUCKET = 'openrvdas'
INFLUXDB_AUTH_TOKEN = '{_influx}'
INFLUXDB_VERIFY_SSL = False

# How long to keep raw 1 Hz data before downsampling (seconds)
INFLUXDB_RETENTION = 60 * 60 * 24 * 45
''', _influx, "OpenRVDAS database/influxdb/settings.py.dist; InfluxDB 2.x API tokens")

_influx2 = influx_token()
add("toml/influxdb-token", "ops/telegraf/telegraf.conf", f'''# Telegraf on the ship's monitoring VM: pulls SNMP from the VSAT modem and
# the core switch, writes to the shipboard InfluxDB.
[agent]
  interval = "30s"
  round_interval = true
  hostname = "mon01.falkor.ship"

[[outputs.influxdb_v2]]
  urls = ["http://10.10.4.20:8086"]
  token = "{_influx2}"
  organization = "falkor-too"
  bucket = "shipnet"

[[inputs.snmp]]
  agents = ["udp://10.10.0.1:161", "udp://10.10.0.254:161"]
  version = 2
  community = "public"
  name = "netdev"

  [[inputs.snmp.field]]
    name = "uptime"
    oid = "RFC1213-MIB::sysUpTime.0"

  [[inputs.snmp.table]]
    name = "interface"
    oid = "IF-MIB::ifTable"
    inherit_tags = ["source"]

[[inputs.ping]]
  urls = ["8.8.8.8", "shore-gw.schmidtocean.org"]
  count = 4
''', _influx2, "Telegraf docs: outputs.influxdb_v2 plugin (token)")

_pg = words_pw()
add("yaml/grafana-datasource", "grafana/provisioning/datasources/shipdb.yaml", f'''apiVersion: 1

datasources:
  - name: ShipDB (Timescale)
    type: postgres
    uid: shipdb
    url: timescale.ship.local:5432
    user: grafana_ro
    jsonData:
      database: underway
      sslmode: disable
      postgresVersion: 1400
      timescaledb: true
    secureJsonData:
      password: "{_pg}"
    editable: false

  - name: InfluxDB
    type: influxdb
    uid: influx
    url: http://influxdb.ship.local:8086
    jsonData:
      version: Flux
      organization: rv-atlantis
      defaultBucket: openrvdas
    secureJsonData:
      token: $INFLUX_READ_TOKEN
''', _pg, "Grafana docs: provisioning data sources (secureJsonData)")

_glsa = grafana_sa()
add("python/grafana-service-account", "tools/annotate_stations.py", f'''#!/usr/bin/env python3
"""Push CTD station start/end times from the event log to Grafana as annotations."""
import csv
import sys
from datetime import datetime, timezone

import requests

GRAFANA = "https://grafana.ship.local"
HEADERS = {{
    "Authorization": "Bearer {_glsa}",
    "Content-Type": "application/json",
}}


def to_ms(stamp: str) -> int:
    dt = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return int(dt.timestamp() * 1000)


def main(path: str) -> None:
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            body = {{
                "dashboardUID": "underway-overview",
                "time": to_ms(row["start"]),
                "timeEnd": to_ms(row["end"]),
                "tags": ["ctd", row["cast"]],
                "text": f"CTD cast {{row['cast']}} at station {{row['station']}}",
            }}
            r = requests.post(f"{{GRAFANA}}/api/annotations", json=body, headers=HEADERS, verify=False, timeout=10)
            r.raise_for_status()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "eventlog/ctd_casts.csv")
''', _glsa, "Grafana docs: service account tokens; HTTP API annotations")

_mq = gen_pw(24)
add("conf/mosquitto-bridge", "shipnet/mosquitto/conf.d/bridge-shore.conf", f'''# Bridge underway telemetry to the shore broker over the VSAT link.
# Only the summarised 1-minute topics go over the satellite.
connection shore-bridge
address mqtt.oceaninst.org:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/isrg-root-x1.pem
remote_clientid rv-endeavor-bridge
remote_username rv-endeavor
remote_password {_mq}
cleansession false
keepalive_interval 120
restart_timeout 30 300
notifications false
try_private true

topic underway/1min/# out 1 ship/ rv/endeavor/
topic ops/alarms/# out 1 ship/ rv/endeavor/
topic shore/commands/# in 1 ship/ rv/endeavor/
''', _mq, "Mosquitto docs: mosquitto.conf bridge remote_username/remote_password")

_mq2 = human_pw()
add("python/mqtt-password", "met/wx_publish.py", f'''import json
import time

import paho.mqtt.client as mqtt
import serial

PORT = "/dev/ttyUSB3"        # Vaisala WXT536 on the bow mast
BROKER = "10.20.1.30"

client = mqtt.Client(client_id="wxt536-bow")
client.username_pw_set("met", "{_mq2}")
client.connect(BROKER, 1883, keepalive=60)
client.loop_start()

with serial.Serial(PORT, 19200, timeout=2) as ser:
    while True:
        line = ser.readline().decode("ascii", errors="replace").strip()
        if not line.startswith("0R0"):
            continue
        fields = dict(kv.split("=") for kv in line.split(",")[1:] if "=" in kv)
        client.publish("underway/met/bow", json.dumps({{"raw": line, **fields, "t": time.time()}}), qos=0)
''', _mq2, "Eclipse Paho Python docs: Client.username_pw_set")

_scs = words_pw()
add("ini/odbc-password", "scs/ACQ/config/scs_logger.ini", f'''; SCS-style acquisition logger - database sink
; Station: NBP bridge rack, ACQ-02
[General]
CruiseID=NBP2401
RawDataPath=D:\\SCS\\Data\\NBP2401\\Raw
EventLogPath=D:\\SCS\\Data\\NBP2401\\EventLog
FlushSeconds=5

[Database]
Driver={{ODBC Driver 17 for SQL Server}}
Server=SCSDB01\\SCSDATA
Database=Underway
Uid=scs_writer
Pwd={_scs}
Encrypt=no

[Sensors]
Gyro=COM4,4800,NMEA
GPS1=COM5,4800,NMEA
Sonar=COM7,9600,RAW
Fluorometer=COM9,19200,RAW
''', _scs, "Microsoft docs: ODBC Driver for SQL Server connection string keywords (Uid/Pwd)")

_inflx_admin = gen_pw(32)
add("k8s-secret/influxdb-admin", "shore/k8s/influxdb/secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: influxdb-auth
  namespace: fleet-telemetry
  labels:
    app.kubernetes.io/name: influxdb2
type: Opaque
data:
  admin-user: {b64("admin")}
  admin-password: {b64(_inflx_admin)}
  org: {b64("oceaninst-fleet")}
  bucket: {b64("underway")}
''', _inflx_admin, "Kubernetes docs: Secret data (base64); influxdb2 Helm chart adminUser.existingSecret")

_tsdb = gen_pw(22)
add("compose/timescale-password", "shipstack/docker-compose.yml", f'''version: "3.8"

services:
  timescaledb:
    image: timescale/timescaledb:2.14.2-pg15
    restart: unless-stopped
    environment:
      POSTGRES_USER: underway
      POSTGRES_PASSWORD: {_tsdb}
      POSTGRES_DB: underway
    volumes:
      - /data/timescale:/var/lib/postgresql/data
    ports:
      - "5432:5432"

  openrvdas:
    image: ghcr.io/oceandatatools/openrvdas:latest
    depends_on: [timescaledb]
    network_mode: host
    devices:
      - /dev/ttyUSB0:/dev/ttyUSB0
      - /dev/ttyUSB1:/dev/ttyUSB1
    volumes:
      - ./configs:/opt/openrvdas/local

  grafana:
    image: grafana/grafana-oss:10.4.1
    ports:
      - "3000:3000"
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning
''', _tsdb, "Docker Hub: postgres image POSTGRES_PASSWORD; Compose file reference")

add("yaml/decoy-env-reference", "openrvdas/local/rv_atlantis/cruise_AT50-21.yaml", '''###########################################################
# OpenRVDAS cruise definition, AT50-21 (generated by build_cruise.py)
###########################################################
cruise:
  id: AT50-21
  start: '2024-05-02'
  end: '2024-05-27'

loggers:
  gyr1:
    configs: [gyr1->off, gyr1->net, gyr1->net/file/influx]
  knud:
    configs: [knud->off, knud->net, knud->net/file/influx]

configs:
  gyr1->net/file/influx:
    name: gyr1->net/file/influx
    readers:
      class: SerialReader
      kwargs: {port: /dev/ttyr15, baudrate: 4800}
    transforms:
      - class: TimestampTransform
      - class: PrefixTransform
        kwargs: {prefix: gyr1}
    writers:
      - class: LogfileWriter
        kwargs: {filebase: /data/openrvdas/raw/AT50-21/gyr1}
      - class: InfluxDBWriter
        kwargs:
          bucket_name: openrvdas
          url: ${INFLUXDB_URL}
          auth_token: ${INFLUXDB_AUTH_TOKEN}
          org: ${INFLUXDB_ORG}

modes:
  'off': {gyr1: gyr1->off, knud: knud->off}
  underway: {gyr1: gyr1->net/file/influx, knud: knud->net/file/influx}

default_mode: 'off'
''', None, "OpenRVDAS docs: configuration files (loggers, modes, InfluxDBWriter)")

add("toml/decoy-env-reference", "ops/telegraf/telegraf.d/influx-output.conf", '''# Output section rendered into every ship's telegraf.d by ansible.
# The token comes from /etc/default/telegraf (EnvironmentFile=, mode 0600, root only).
[[outputs.influxdb_v2]]
  urls = ["${INFLUX_URL}"]
  token = "${INFLUX_TOKEN}"
  organization = "${INFLUX_ORG}"
  bucket = "shipnet"
  timeout = "15s"
  content_encoding = "gzip"

  ## drop noisy interface counters before they cross the satellite
  namedrop = ["interface_ifInDiscards", "interface_ifOutDiscards"]
''', None, "Telegraf docs: configuration environment variables")

add("yaml/decoy-file-reference", "grafana/provisioning/datasources/erddap-pg.yaml", '''apiVersion: 1

# Password is mounted by docker secret; Grafana reads it with the $__file provider.
datasources:
  - name: ERDDAP metadata (Postgres)
    type: postgres
    uid: erddap-meta
    url: pg.shore.oceaninst.org:5432
    user: grafana_meta
    jsonData:
      database: erddap_meta
      sslmode: verify-full
    secureJsonData:
      password: $__file{/run/secrets/grafana_meta_pw}
''', None, "Grafana docs: provisioning, variable expansion with $__file{}")

_h = [b64_bytes(12) for _ in range(3)]
_k = [b64_bytes(64) for _ in range(3)]
add("passwd/decoy-password-hash", "shipnet/mosquitto/passwd", f'''met:$7$101${_h[0]}${_k[0]}
rv-endeavor:$7$101${_h[1]}${_k[1]}
grafana-ro:$7$101${_h[2]}${_k[2]}
# generated with mosquitto_passwd -U; plaintext is in the ship IT KeePass
# (entry: "MQTT / broker users")
''', None, "Mosquitto docs: mosquitto_passwd (PBKDF2-SHA512 $7$ hashes)")

add("log/decoy-nmea-sample", "docs/samples/gyr1_2024-05-03.raw", '''2024-05-03T00:00:00.112Z gyr1 $HEHDT,234.17,T*1D
2024-05-03T00:00:00.312Z gyr1 $HEROT,-0.4,A*3C
2024-05-03T00:00:00.512Z gyr1 $HEHDT,234.16,T*1C
2024-05-03T00:00:00.712Z gyr1 $HEROT,-0.4,A*3C
2024-05-03T00:00:00.913Z gyr1 $HEHDT,234.16,T*1C
2024-05-03T00:00:01.005Z gps1 $GPGGA,000001.00,4131.2284,N,07040.1127,W,2,12,0.8,14.6,M,-32.1,M,3.0,0402*6B
2024-05-03T00:00:01.006Z gps1 $GPVTG,231.6,T,246.1,M,10.2,N,18.9,K,D*2E
2024-05-03T00:00:01.112Z gyr1 $HEHDT,234.15,T*1F
2024-05-03T00:00:01.250Z sv01 $PSXN,23,-0.41,1.12,234.15,0.02*4A
2024-05-03T00:00:01.312Z gyr1 $HEROT,-0.3,A*3D
''', None, "NMEA 0183 sentence format (HDT, ROT, GGA, VTG), OpenRVDAS raw log layout")


# ---------------------------------------------------------------------------------------------
# Satellite links, ship-to-shore VPNs, shipboard network gear
# ---------------------------------------------------------------------------------------------
_wg = wg_key()
add("wireguard/private-key", "shipnet/gateway/etc/wireguard/wg-shore.conf", f'''# R/V Roger Revelle <-> SIO shore tunnel (rides on whichever link is up:
# Starlink primary, VSAT backup). Managed by hand - see wiki "Ship VPN".
[Interface]
Address = 10.99.12.2/30
ListenPort = 51820
PrivateKey = {_wg}
MTU = 1380
Table = off
PostUp = ip route add 172.16.0.0/16 dev %i table 100
PostDown = ip route del 172.16.0.0/16 dev %i table 100

[Peer]
# shore concentrator, La Jolla
PublicKey = {wg_key()}
Endpoint = vpn-ships.ucsd-sio.example.org:51820
AllowedIPs = 10.99.12.1/32, 172.16.0.0/16
PersistentKeepalive = 25
''', _wg, "WireGuard docs: wg(8) configuration file format (PrivateKey)")

add("wireguard/decoy-public-keys", "shipnet/ansible/roles/wg_ship/templates/wg-shore.conf.j2", f'''# {{{{ ansible_managed }}}}
# Private key never leaves the ship: generated on first boot into /etc/wireguard/ship.key (0600)
[Interface]
Address = {{{{ wg_ship_address }}}}
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/ship.key
MTU = 1380

[Peer]
# shore concentrator A
PublicKey = {wg_key()}
Endpoint = vpn-a.oceaninst.org:51820
AllowedIPs = 10.99.0.1/32, 172.16.0.0/16
PersistentKeepalive = 25

[Peer]
# shore concentrator B (failover)
PublicKey = {wg_key()}
Endpoint = vpn-b.oceaninst.org:51820
AllowedIPs = 10.99.0.2/32
PersistentKeepalive = 25
''', None, "WireGuard docs: wg set private-key <file>; public keys in [Peer]")

_ta_lines = [hexs(32) for _ in range(16)]
_ta = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(_ta_lines) + "\n-----END OpenVPN Static key V1-----"
add("openvpn/static-key", "shipnet/openvpn/ta.key", f'''#
# 2048 bit OpenVPN static key
#
{_ta}
''', _ta, "OpenVPN manual: --tls-auth / --secret static key file (openvpn --genkey)")

_ovpn_key = pem_rsa("PKCS8")
add("openvpn/inline-private-key", "shipnet/openvpn/clients/rv-thompson.ovpn", f'''client
dev tun
proto udp
remote vpn.ocean.washington.example.edu 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
mssfix 1300
<key>
{_ovpn_key}
</key>
''', _ovpn_key, "OpenVPN manual: inline files <ca>/<cert>/<key> in client config")

_psk = words_pw() + "-" + str(_rng().randint(100, 999))
add("strongswan/ipsec-psk", "shipnet/strongswan/ipsec.secrets", f'''# /etc/ipsec.secrets - strongSwan IPsec secrets file
# Ship LAN 10.30.0.0/16 <-> WHOI shore 192.168.200.0/24
# Rekeyed after AR-81 port call

%any vpn-shore.whoi.example.org : PSK "{_psk}"

# ship's own host key for the IKEv2 RSA fallback
: RSA armstrong-gw.pem
''', _psk, "strongSwan docs: ipsec.secrets PSK entries")

_pf = gen_pw(28)
add("xml/pfsense-ipsec-psk", "shipnet/pfsense/config-fw01.sikuliaq.xml", f'''<?xml version="1.0"?>
<pfsense>
  <version>22.2</version>
  <system>
    <hostname>fw01</hostname>
    <domain>sikuliaq.ship</domain>
    <timezone>Etc/UTC</timezone>
  </system>
  <ipsec>
    <phase1>
      <ikeid>1</ikeid>
      <iketype>ikev2</iketype>
      <interface>wan</interface>
      <remote-gateway>198.51.100.44</remote-gateway>
      <protocol>inet</protocol>
      <myid_type>myaddress</myid_type>
      <peerid_type>peeraddress</peerid_type>
      <encryption>
        <item>
          <encryption-algorithm><name>aes</name><keylen>256</keylen></encryption-algorithm>
          <hash-algorithm>sha256</hash-algorithm>
          <dhgroup>14</dhgroup>
        </item>
      </encryption>
      <lifetime>28800</lifetime>
      <pre-shared-key>{_pf}</pre-shared-key>
      <authentication_method>pre_shared_key</authentication_method>
      <descr><![CDATA[UAF Seward shore tunnel]]></descr>
      <nat_traversal>on</nat_traversal>
      <dpd_delay>10</dpd_delay>
      <dpd_maxfail>5</dpd_maxfail>
    </phase1>
  </ipsec>
</pfsense>
''', _pf, "pfSense docs: configuration backup config.xml, IPsec phase 1 pre-shared key")

_comm = rand(1, string.ascii_lowercase) + rand(13, string.ascii_lowercase + string.digits) + "RW"
add("cisco/snmp-community", "shipnet/configs/core-sw01.kilomoana.cfg", f'''!
! Last configuration change at 04:12:55 UTC Tue Feb 13 2024 by ittech
!
version 15.2
service timestamps log datetime msec
service password-encryption
hostname core-sw01
!
enable secret 9 $9${rand(14, B64URL)}${rand(43, B64URL)}
!
username ittech privilege 15 secret 9 $9${rand(14, B64URL)}${rand(43, B64URL)}
!
vlan 10
 name SCIENCE
vlan 20
 name CREW
vlan 30
 name ACQ
!
interface GigabitEthernet1/0/1
 description uplink-fw01
 switchport mode trunk
!
interface Vlan30
 ip address 10.30.0.2 255.255.255.0
!
snmp-server community {_comm} RW 99
snmp-server location R/V Kilo Moana - server room deck 02
snmp-server contact shiptech@hawaii.example.edu
access-list 99 permit 10.30.0.0 0.0.0.255
!
line vty 0 15
 login local
 transport input ssh
!
end
''', _comm, "Cisco IOS configuration guide: snmp-server community string RW")

add("cisco/decoy-hashed-secrets", "shipnet/configs/bridge-sw02.kilomoana.cfg", f'''!
version 15.2
service password-encryption
hostname bridge-sw02
!
enable algorithm-type scrypt secret $9${rand(14, B64URL)}${rand(43, B64URL)}
username ittech privilege 15 algorithm-type scrypt secret $9${rand(14, B64URL)}${rand(43, B64URL)}
!
aaa new-model
aaa authentication login default group tacacs+ local
!
snmp-server group SHIPMON v3 priv
snmp-server view SHIPVIEW iso included
! v3 users are created on-box (snmp-server user ... v3 auth sha ...) and are not shown in running-config
!
interface GigabitEthernet1/0/24
 description ECDIS-port (do not shut)
 switchport access vlan 40
!
ntp server 10.30.0.1
end
''', None, "Cisco IOS docs: enable algorithm-type scrypt secret (type 9 hash); SNMPv3 users not in running-config")

_acu = human_pw()
add("python/vsat-acu-login", "netops/vsat/acu_status.py", f'''"""Poll the Intellian v100 ACU web interface for pointing / Rx lock and push to Influx."""
import re
import time

import requests

ACU = "http://192.168.0.223"
SESSION = requests.Session()


def login() -> None:
    SESSION.post(f"{{ACU}}/cgi-bin/login.cgi",
                 data={{"user_id": "admin", "user_pw": "{_acu}"}},
                 timeout=5)


def status() -> dict:
    page = SESSION.get(f"{{ACU}}/cgi-bin/status.cgi", timeout=5).text
    out = {{}}
    for key in ("azimuth", "elevation", "rx_lock", "signal_level"):
        m = re.search(rf"{{key}}=([\\-0-9.]+)", page)
        if m:
            out[key] = float(m.group(1))
    return out


if __name__ == "__main__":
    login()
    while True:
        print(status(), flush=True)
        time.sleep(30)
''', _acu, "Intellian ACU web interface (admin user_id/user_pw form login)")

_sl_secret = rand(48, ALNUM)
add("python/starlink-client-secret", "netops/starlink/usage_report.py", f'''"""Monthly Starlink data usage per terminal for the fleet cost report."""
import datetime as dt

import requests

TOKEN_URL = "https://api.starlink.com/auth/connect/token"
API = "https://web-api.starlink.com/enterprise/v1"
CLIENT_ID = "{uuid_s()}"
CLIENT_SECRET = "{_sl_secret}"
ACCOUNT = "ACC-2194483-61870-27"


def token() -> str:
    r = requests.post(TOKEN_URL, data={{
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def usage(month: dt.date) -> list:
    headers = {{"Authorization": f"Bearer {{token()}}"}}
    r = requests.post(f"{{API}}/accounts/{{ACCOUNT}}/billing-cycles/query",
                      json={{"billingCycleStart": month.isoformat()}}, headers=headers, timeout=60)
    r.raise_for_status()
    return r.json()["content"]["results"]


if __name__ == "__main__":
    for row in usage(dt.date.today().replace(day=1)):
        print(row["serviceLineNumber"], row.get("totalGB"))
''', _sl_secret, "Starlink Enterprise API docs: service account client credentials")

_rb = words_pw()
add("shell/rockblock-mt", "telemetry/iridium/send_mt.sh", f'''#!/usr/bin/env bash
# Send a mobile-terminated command to the glider's RockBLOCK 9603 via Rock7.
# usage: send_mt.sh "<ascii command>"
set -euo pipefail

IMEI=300434066385270
CMD_HEX=$(printf '%s' "$1" | xxd -p | tr -d '\\n')

curl -sS -X POST "https://rockblock.rock7.com/rockblock/MT" \\
  -d "imei=$IMEI" \\
  -d "username=glider-ops@oceaninst.org" \\
  -d "password={_rb}" \\
  -d "data=$CMD_HEX"
echo
''', _rb, "Rock7 RockBLOCK Web Services docs: MT message POST (imei, username, password, data)")

add("python/decoy-sbd-hex-payloads", "telemetry/iridium/tests/test_directip.py", '''"""Decode Iridium SBD DirectIP MO messages captured from the shore listener."""
import binascii

from telemetry.iridium.directip import parse_mo

# Captured 2023-11-02, glider unit_541 (payloads are science data, not secrets)
SAMPLES = [
    "01005c01001c8a3f52d233303034333430363633383532373000003a2f000065434e3a"
    "03000b00e8b3f20a5f7c0000003e0200254e4b474c4a4e2c2d3131382e3431312c33342e303130",
    "01004e01001c8a3f52d333303034333430363633383532373000003a30000065434f1e"
    "03000b00e8b3f30a5f7d0000003e020016474c4a4e2c2d3131382e3430392c33342e303134",
]
IMEI = "300434066385270"


def test_header_and_imei():
    for hexmsg in SAMPLES:
        msg = parse_mo(binascii.unhexlify(hexmsg))
        assert msg.header.imei == IMEI
        assert msg.header.session_status == 0


def test_payload_is_ascii_fix():
    msg = parse_mo(binascii.unhexlify(SAMPLES[0]))
    assert msg.payload.startswith(b"NKGLJN")
''', None, "Iridium Short Burst Data DirectIP developer guide (MO message IEIs)")

_ic2 = rand(32, ALNUM)
add("json/peplink-ic2", "netops/peplink/ic2_config.json", f'''{{
  "incontrol": {{
    "base_url": "https://api.ic.peplink.com",
    "client_id": "{hexs(32)}",
    "client_secret": "{_ic2}",
    "org_id": "a3Xk72",
    "group_ids": [4, 7]
  }},
  "poll_seconds": 300,
  "devices": [
    {{"sn": "2934-1A72-59C1", "name": "RV Neil Armstrong MAX-HD4"}},
    {{"sn": "2934-1B20-4F0E", "name": "RV Atlantis MAX-HD4"}}
  ],
  "alerts": {{
    "wan_down_minutes": 15,
    "email": "fleet-it@oceaninst.org"
  }}
}}
''', _ic2, "Peplink InControl2 API docs: OAuth client_id / client_secret")

_ecm = hexs(40)
add("shell/cradlepoint-ecm-key", "netops/cradlepoint/router_status.sh", f'''#!/bin/bash
# Quick look at WAN state of the fleet's Cradlepoint routers in NetCloud.
# CP API id/key are in the ops env file; ECM pair belongs to the "fleet-ro" API user.

source /etc/fleet-ops/cradlepoint.env   # X_CP_API_ID, X_CP_API_KEY

curl -s "https://www.cradlepointecm.com/api/v2/routers/?fields=name,state,actual_firmware&limit=50" \\
  -H "X-CP-API-ID: ${{X_CP_API_ID}}" \\
  -H "X-CP-API-KEY: ${{X_CP_API_KEY}}" \\
  -H "X-ECM-API-ID: {uuid_s()}" \\
  -H "X-ECM-API-KEY: {_ecm}" \\
  -H "Content-Type: application/json" | jq -r '.data[] | [.name, .state, .actual_firmware] | @tsv'
''', _ecm, "Cradlepoint NetCloud API v2 docs: X-CP-API-ID/KEY and X-ECM-API-ID/KEY headers")

_meraki = hexs(40)
add("python/meraki-api-key", "netops/meraki/shore_office_clients.py", f'''import meraki

# shore office network at the marine operations center (read-only API admin)
API_KEY = "{_meraki}"
ORG_ID = "549236"

dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True, output_log=False)

for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
    if "MOC" not in net["name"]:
        continue
    clients = dashboard.networks.getNetworkClients(net["id"], timespan=86400, perPage=1000)
    print(f"{{net['name']}}: {{len(clients)}} clients in the last 24 h")
''', _meraki, "Cisco Meraki Dashboard API docs: API key (40 hex), meraki Python library")

_mtk = passphrase()
add("routeros/wpa2-psk", "shipnet/mikrotik/deck-ap-aft.rsc", f'''# 2024-01-19 10:44:02 by RouterOS 6.49.10
# software id = QX7N-2KFD
#
# model = RBSXTsq5acD
# serial number = D4E30B1C52A7
/interface bridge
add name=bridge-deck
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=science-deck \\
    supplicant-identity="" wpa2-pre-shared-key="{_mtk}"
/interface wireless
set [ find default-name=wlan1 ] band=5ghz-a/n/ac channel-width=20/40mhz-XX \\
    disabled=no mode=ap-bridge security-profile=science-deck ssid=RV-SCIENCE-AFT
/interface bridge port
add bridge=bridge-deck interface=ether1
add bridge=bridge-deck interface=wlan1
/ip address
add address=10.40.8.3/24 interface=bridge-deck network=10.40.8.0
/system identity
set name=deck-ap-aft
''', _mtk, "MikroTik RouterOS manual: /interface wireless security-profiles wpa2-pre-shared-key")

_wpa = words_pw()
add("conf/wpa-supplicant", "instruments/flowcam-pi/wpa_supplicant.conf", f'''ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# ship science wifi (main lab). Crew wifi is NOT allowed for instruments.
network={{
    ssid="RV-SCIENCE"
    psk="{_wpa}"
    key_mgmt=WPA-PSK
    priority=10
}}

network={{
    ssid="LAB-BENCH"
    key_mgmt=NONE
    priority=1
}}
''', _wpa, "wpa_supplicant.conf(5): network block psk")

_hapd = passphrase()
add("conf/hostapd-passphrase", "instruments/ctd-deckbox/hostapd.conf", f'''# hostapd for the CTD deck-box tablet hotspot (Raspberry Pi 4 in the Baltic room)
interface=wlan0
driver=nl80211
ssid=CTD-DECKBOX
hw_mode=g
channel=6
ieee80211n=1
wmm_enabled=1
macaddr_acl=0
auth_algs=1
ignore_broadcast_ssid=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase={_hapd}
''', _hapd, "hostapd.conf reference: wpa_passphrase")

add("edgeos/decoy-encrypted-password", "shipnet/edgerouter/config.boot", f'''firewall {{
    all-ping enable
    broadcast-ping disable
    name WAN_IN {{
        default-action drop
        rule 10 {{
            action accept
            state {{
                established enable
                related enable
            }}
        }}
    }}
}}
interfaces {{
    ethernet eth0 {{
        address dhcp
        description "Starlink"
    }}
    ethernet eth1 {{
        address 10.50.0.1/24
        description "ship LAN"
    }}
}}
system {{
    host-name er-bridge
    login {{
        user ubnt {{
            authentication {{
                encrypted-password "$6${rand(16, ALNUM + "./")}${rand(86, ALNUM + "./")}"
                plaintext-password ""
            }}
            level admin
        }}
    }}
    time-zone UTC
}}
''', None, "Ubiquiti EdgeOS docs: config.boot system login encrypted-password (SHA-512 crypt)")

_vault_lines = [hexs(80) for _ in range(9)]
add("ansible/decoy-vault-ciphertext", "shipnet/ansible/group_vars/ships/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(_vault_lines) + "\n" + hexs(46) + "\n",
    None, "Ansible docs: ansible-vault encrypted file format")

add("ansible/decoy-vault-reference", "shipnet/ansible/roles/zabbix_ship/defaults/main.yml", '''---
# Zabbix agent on every shipboard host; PSK identity per ship, PSK from vault.
zabbix_agent_server: zabbix-proxy.ship.local
zabbix_agent_serveractive: zabbix-proxy.ship.local
zabbix_agent_tlsconnect: psk
zabbix_agent_tlsaccept: psk
zabbix_agent_tlspskidentity: "{{ ship_code }}-agent"
zabbix_agent_tlspsk_secret: "{{ vault_zabbix_psk[ship_code] }}"
zabbix_agent_tlspskfile: /etc/zabbix/zabbix_agent.psk
zabbix_agent_hostmetadata: "ship {{ ship_code }}"
''', None, "community.zabbix role docs: zabbix_agent_tlspsk_secret from Ansible vault")

_zpsk = hexs(64)
add("ansible/zabbix-psk", "shipnet/ansible/host_vars/acq-02.armstrong.yml", f'''---
# ACQ-02 (underway acquisition PC) - Windows 10 LTSC
ansible_host: 10.30.0.22
ansible_connection: winrm
ansible_winrm_transport: ntlm
ship_code: ar
zabbix_agent_tlspskidentity: "ar-acq-02"
zabbix_agent_tlspsk_secret: {_zpsk}
zabbix_agent_hostmetadata: "ship ar windows acq"
acq_serial_ports: [COM3, COM4, COM5, COM7, COM9]
''', _zpsk, "community.zabbix role docs: zabbix_agent_tlspsk_secret (hex PSK)")

_snmpv3 = passphrase()
add("conf/snmpd-v3-user", "shipnet/acq-linux/snmpd.conf", f'''# net-snmp agent on the Linux acquisition hosts
agentAddress udp:161
sysLocation "R/V Endeavor, main lab rack B"
sysContact  marine-tech@oceaninst.org

# SNMPv3 only. Priv passphrase defaults to the auth passphrase when omitted.
createUser shipmon SHA "{_snmpv3}" AES
rouser shipmon priv

disk / 10%
disk /data 5%
load 12 10 8
proc chronyd
proc openrvdas_server
''', _snmpv3, "net-snmp snmpd.conf(5): createUser username SHA authpassphrase AES [privpassphrase]")

_sasl = human_pw()
add("postfix/sasl-passwd", "shipnet/mail/sasl_passwd", f'''# Outbound ship mail relays through the institute smarthost.
# postmap /etc/postfix/sasl_passwd after editing!
# (Ship email is batched; satellite cost applies.)

[smtp.oceaninst.org]:587    rv-sikuliaq@oceaninst.org:{_sasl}
''', _sasl, "Postfix SASL README: smtp_sasl_password_maps (sasl_passwd)")

_radius = gen_pw(24, "!#%")
add("conf/freeradius-client-secret", "shipnet/freeradius/clients.conf", f'''# FreeRADIUS clients on the ship RADIUS server (WPA2-Enterprise for crew/science wifi)
client wlc-ship {{
    ipaddr = 10.40.0.5
    secret = {_radius}
    shortname = wlc
    nas_type = other
    require_message_authenticator = yes
}}

client localhost {{
    ipaddr = 127.0.0.1
    secret = testing123
    shortname = localhost
}}
''', _radius, "FreeRADIUS docs: clients.conf secret")

add("python/decoy-starlink-grpc", "netops/starlink/dish_status.py", '''"""Read Starlink dish status over the local gRPC API (no auth on 192.168.100.1)."""
import grpc
from spacex.api.device import device_pb2, device_pb2_grpc

DISH = "192.168.100.1:9200"
# Dish ids are hardware identifiers shown in the app, not credentials.
EXPECTED_ID = "ut01000000-00000000-005a1c4e"


def status():
    with grpc.insecure_channel(DISH) as channel:
        stub = device_pb2_grpc.DeviceStub(channel)
        resp = stub.Handle(device_pb2.Request(get_status={}), timeout=10)
        return resp.dish_get_status


if __name__ == "__main__":
    s = status()
    assert s.device_info.id == EXPECTED_ID, s.device_info.id
    print("uptime", s.device_state.uptime_s, "s; obstructed", s.obstruction_stats.fraction_obstructed)
    print("downlink", round(s.downlink_throughput_bps / 1e6, 1), "Mbps")
''', None, "starlink-grpc-tools (public local dish gRPC API, no credentials)")

add("openvpn/decoy-inline-ca", "shipnet/openvpn/clients/rv-falkor-too.ovpn", f'''client
dev tun
proto udp
remote vpn.schmidtocean.example.org 1194
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
# client cert/key are issued per ship and installed from the USB token at mobilisation
cert /etc/openvpn/client/ship.crt
key /etc/openvpn/client/ship.key
tls-crypt /etc/openvpn/client/tc.key
<ca>
{cert_pem()}
</ca>
''', None, "OpenVPN manual: inline <ca> certificate, key and tls-crypt from files")

_netuse = words_pw()
add("powershell/net-use", "scripts/acq/Map-ShoreShares.ps1", f'''# Map shipboard NAS shares on the science workstations at login (GPO logon script).
$ErrorActionPreference = "Continue"

$nas = "\\\\nas01.thompson.ship"
$user = "THOMPSON\\svc_scishare"

net use S: "$nas\\cruise" /user:$user {_netuse} /persistent:no
net use R: "$nas\\raw" /user:$user {_netuse} /persistent:no
net use P: "$nas\\products" /persistent:no

if (-not (Test-Path S:\\)) {{
    Write-Warning "Cruise share not mapped - call the marine tech (x2210)"
}}
''', _netuse, "Microsoft docs: net use /user:domain\\\\user password")


# ---------------------------------------------------------------------------------------------
# Instruments, processing, data services (CTD, ADCP, multibeam, ERDDAP, THREDDS, CMEMS, Earthdata)
# ---------------------------------------------------------------------------------------------
_mat = human_pw()
add("matlab/weboptions-password", "processing/ctd/get_shore_ctd.m", f'''%% get_shore_ctd.m  - pull processed CTD casts from the shore THREDDS (basic auth)
% Written for the AT50-21 watch standers; run from the main lab MATLAB.

cruise   = 'AT50-21';
baseUrl  = 'https://thredds.oceaninst.org/thredds/fileServer/cruises/';
outDir   = fullfile('D:','CruiseData',cruise,'ctd','shore');

opts = weboptions('Username','ctdproc', ...
                  'Password','{_mat}', ...
                  'Timeout',120);

casts = 1:42;
for k = casts
    fname = sprintf('%s_ctd%03d.nc', lower(strrep(cruise,'-','')), k);
    try
        websave(fullfile(outDir,fname), [baseUrl cruise '/ctd/' fname], opts);
        fprintf('got %s\\n', fname);
    catch err
        fprintf(2,'missing %s (%s)\\n', fname, err.message);
    end
end
''', _mat, "MATLAB docs: weboptions Username/Password, websave")

_cmems = words_pw()
add("python/copernicus-marine", "forecast/fetch_glorys.py", f'''"""Daily pull of Mercator analysis for the cruise box (used in the ship's route planning)."""
import datetime as dt

import copernicusmarine

today = dt.date.today()

copernicusmarine.subset(
    dataset_id="cmems_mod_glo_phy-cur_anfc_0.083deg_P1D-m",
    variables=["uo", "vo"],
    minimum_longitude=-72.0,
    maximum_longitude=-60.0,
    minimum_latitude=34.0,
    maximum_latitude=42.0,
    start_datetime=today.isoformat(),
    end_datetime=(today + dt.timedelta(days=5)).isoformat(),
    minimum_depth=0.5,
    maximum_depth=100,
    output_directory="/data/forecast/cmems",
    username="rvendeavor-ops",
    password="{_cmems}",
    force_download=True,
)
''', _cmems, "Copernicus Marine Toolbox docs: copernicusmarine.subset username/password")

_edl = passphrase()
add("netrc/earthdata", "processing/satellite/.netrc", f'''# used by podaac-data-downloader and wget for SST / chlorophyll granules
machine urs.earthdata.nasa.gov
    login oceaninst_sat
    password {_edl}

machine oceandata.sci.gsfc.nasa.gov
    login oceaninst_sat
    password {_edl}
''', _edl, "NASA Earthdata Login docs: .netrc for urs.earthdata.nasa.gov")

_edl_jwt = jwt({"type": "User", "uid": "oceaninst_sat", "exp": 1767225600, "iat": 1761955200,
                "iss": "https://urs.earthdata.nasa.gov", "identity_provider": "edl_ops", "acr": "edl",
                "assurance_level": 3})
add("python/earthdata-bearer-jwt", "processing/satellite/podaac_sst.py", f'''import os
from pathlib import Path

import requests

# Earthdata Login user token (generated in the EDL profile page, valid 60 days)
EDL_TOKEN = "{_edl_jwt}"

CMR = "https://cmr.earthdata.nasa.gov/search/granules.json"
OUT = Path(os.environ.get("SST_DIR", "/data/sat/sst"))


def granules(short_name: str, day: str):
    params = {{"short_name": short_name, "temporal": f"{{day}}T00:00:00Z,{{day}}T23:59:59Z", "page_size": 50}}
    feed = requests.get(CMR, params=params, timeout=60).json()["feed"]["entry"]
    for g in feed:
        for link in g["links"]:
            if link["href"].endswith(".nc"):
                yield link["href"]


def download(url: str) -> None:
    target = OUT / url.rsplit("/", 1)[-1]
    with requests.get(url, headers={{"Authorization": f"Bearer {{EDL_TOKEN}}"}}, stream=True, timeout=300) as r:
        r.raise_for_status()
        target.write_bytes(r.content)


for url in granules("MUR-JPL-L4-GLOB-v4.1", "2024-05-10"):
    download(url)
''', _edl_jwt, "NASA Earthdata Login docs: user tokens (JWT) as Authorization: Bearer")

_erddap_mail = gen_pw(16)
add("xml/erddap-email-password", "erddap/content/erddap/setup.xml", f'''<?xml version="1.0" encoding="ISO-8859-1" ?>
<setup>
<bigParentDirectory>/erddapData/</bigParentDirectory>
<baseUrl>http://erddap.ship.local:8080</baseUrl>
<baseHttpsUrl>https://erddap.ship.local:8443</baseHttpsUrl>

<emailEverythingTo>datamgr@oceaninst.org</emailEverythingTo>
<emailDailyReportsTo>datamgr@oceaninst.org</emailDailyReportsTo>
<emailFromAddress>erddap-ship@oceaninst.org</emailFromAddress>
<emailUserName>erddap-ship@oceaninst.org</emailUserName>
<emailPassword>{_erddap_mail}</emailPassword>
<emailProperties>mail.smtp.starttls.enable|true</emailProperties>
<emailSmtpHost>smtp.office365.com</emailSmtpHost>
<emailSmtpPort>587</emailSmtpPort>

<adminInstitution>Ocean Institute Marine Operations</adminInstitution>
<adminInstitutionUrl>https://www.oceaninst.org</adminInstitutionUrl>
<adminIndividualName>Data Manager</adminIndividualName>
<adminEmail>datamgr@oceaninst.org</adminEmail>

<flagKeyKey>The sea, once it casts its spell, holds one in its net of wonder forever.</flagKeyKey>
<fontFamily>DejaVu Sans</fontFamily>
<logLevel>info</logLevel>
</setup>
''', _erddap_mail, "ERDDAP docs: setup.xml emailUserName / emailPassword")

add("xml/decoy-erddap-defaults", "erddap/content/erddap/setup.xml.dist", '''<?xml version="1.0" encoding="ISO-8859-1" ?>
<setup>
<!-- Template shipped with our ERDDAP image. Copy to setup.xml on the server and fill in there. -->
<bigParentDirectory>/erddapData/</bigParentDirectory>
<baseUrl>http://localhost:8080</baseUrl>
<baseHttpsUrl>https://localhost:8443</baseHttpsUrl>

<emailEverythingTo>your.email@yourInstitution.edu</emailEverythingTo>
<emailFromAddress>your.email@yourInstitution.edu</emailFromAddress>
<emailUserName>your.email@yourInstitution.edu</emailUserName>
<emailPassword>yourPassword</emailPassword>
<emailSmtpHost>your.smtp.host.edu</emailSmtpHost>
<emailSmtpPort>587</emailSmtpPort>

<adminInstitution>Your Institution</adminInstitution>
<adminEmail>your.email@yourInstitution.edu</adminEmail>

<flagKeyKey>CHANGE THIS TO YOUR FAVORITE QUOTE</flagKeyKey>
</setup>
''', None, "ERDDAP docs: setup.xml template placeholders")

_tds = words_pw()
add("xml/tomcat-users", "thredds/tomcat/conf/tomcat-users.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <!-- THREDDS Data Server on the shore data node -->
  <role rolename="tdsConfig"/>
  <role rolename="tdsMonitor"/>
  <role rolename="manager-gui"/>
  <user username="tdsadmin" password="{_tds}" roles="tdsConfig,tdsMonitor,manager-gui"/>
</tomcat-users>
''', _tds, "THREDDS docs: enabling TDS remote management (tomcat-users.xml tdsConfig role)")

_rpg = human_pw()
add("r/dbi-password", "analysis/nutrients/load_samples.R", f'''# Pull nutrient sample results from the sample-tracking DB for the cruise report
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "samples.oceaninst.org",
  port = 5432,
  dbname = "sampletrack",
  user = "nutrient_lab",
  password = "{_rpg}"
)

nuts <- tbl(con, "bottle_results") %>%
  filter(cruise == "SR2407", analyte %in% c("NO3", "PO4", "SiO4")) %>%
  collect()

dbDisconnect(con)

ggplot(nuts, aes(x = value, y = -depth_m, colour = factor(station))) +
  geom_point() +
  facet_wrap(~analyte, scales = "free_x") +
  labs(x = "umol/kg", y = "depth (m)", colour = "station")
ggsave("figures/SR2407_nutrients.png", width = 10, height = 5)
''', _rpg, "RPostgres / DBI docs: dbConnect(host, user, password)")

_nb_id, _nb_secret = aws_key_id(), aws_secret()
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# CTD cast QC and upload\n", "Processed with seabird-py, pushed to the cruise bucket."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import boto3\n", "import pandas as pd\n", "from pathlib import Path\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "s3 = boto3.client(\n",
            "    's3',\n",
            f"    aws_access_key_id='{_nb_id}',\n",
            f"    aws_secret_access_key='{_nb_secret}',\n",
            "    region_name='us-west-2',\n",
            ")\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["uploaded 42 casts\n"]}], "source": [
            "n = 0\n",
            "for f in sorted(Path('ctd/processed').glob('*.cnv')):\n",
            "    s3.upload_file(str(f), 'oi-cruise-sr2407', f'ctd/{f.name}')\n",
            "    n += 1\n",
            "print(f'uploaded {n} casts')\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/aws-secret-key", "notebooks/SR2407_ctd_upload.ipynb", json.dumps(_nb, indent=1) + "\n", _nb_secret,
    "Jupyter nbformat v4; boto3 docs: client(aws_access_key_id, aws_secret_access_key)")

add("xml/decoy-sbe-calibration", "instruments/ctd/SBE911_0937.xmlcon", '''<?xml version="1.0" encoding="UTF-8"?>
<SBE_InstrumentConfiguration SB_ConfigCTD_FileVersion="7.26.7.0" >
   <Instrument Type="8" >
      <Name>SBE 911plus/917plus CTD</Name>
      <FrequencyChannelsSuppressed>0</FrequencyChannelsSuppressed>
      <VoltageWordsSuppressed>0</VoltageWordsSuppressed>
      <ComputerInterface>0</ComputerInterface>
      <ScansToAverage>1</ScansToAverage>
      <NmeaPositionDataAdded>1</NmeaPositionDataAdded>
      <ScanTimeAdded>1</ScanTimeAdded>
      <SensorArray Size="13" >
         <Sensor index="0" SensorID="55" >
            <TemperatureSensor SensorID="55" >
               <SerialNumber>6093</SerialNumber>
               <CalibrationDate>14-Feb-23</CalibrationDate>
               <UseG_J>1</UseG_J>
               <G>4.35331788e-003</G>
               <H>6.39656826e-004</H>
               <I>2.27233565e-005</I>
               <J>2.03693040e-006</J>
               <F0>1000.000</F0>
               <Slope>1.00000000</Slope>
               <Offset>0.0000</Offset>
            </TemperatureSensor>
         </Sensor>
         <Sensor index="1" SensorID="3" >
            <ConductivitySensor SensorID="3" >
               <SerialNumber>4512</SerialNumber>
               <CalibrationDate>10-Feb-23</CalibrationDate>
               <UseG_J>1</UseG_J>
               <Coefficients equation="1" >
                  <G>-1.04230875e+001</G>
                  <H>1.55498420e+000</H>
                  <I>-1.90421768e-003</I>
                  <J>2.31766325e-004</J>
                  <CPcor>-9.57000000e-008</CPcor>
                  <CTcor>3.2500e-006</CTcor>
               </Coefficients>
            </ConductivitySensor>
         </Sensor>
      </SensorArray>
   </Instrument>
</SBE_InstrumentConfiguration>
''', None, "Sea-Bird Electronics: Seasave / SBE Data Processing .xmlcon configuration file")

add("text/decoy-adcp-commands", "instruments/adcp/os75_nb_bt.txt", '''; Teledyne RDI Ocean Surveyor 75 kHz - narrowband, bottom track on
; Used by VmDAS on RV Oceanus for shelf work (< 800 m)
; Serial number 21844, firmware 23.19
CR1
CF11101
EA04500
EB0
ED0
ES35
EX00000
EZ1020001
NP00001
NN060
NS0800
NF1600
WP00000
BP001
BX12000
TP000200
TE00000200
CK
CS
''', None, "Teledyne RDI Ocean Surveyor Operation Manual: command set (CR, CF, EA, EZ, NP, NN, BP, TE)")

_svp = "\n".join(f"{d:.2f} {1538.2 - d * 0.031 + (d % 7) * 0.01:.2f}" for d in (0, 2, 5, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 300, 400, 600, 800, 1000, 1500, 2000, 12000))
add("text/decoy-sound-velocity-profile", "multibeam/svp/SR2407_cast014.asvp", "( SoundVelocity  1.00 12345 202405121833 32.71510 -117.90622 -1 0 0 SR2407 P 0021 )\n" + _svp + "\n",
    None, "Kongsberg SIS .asvp sound velocity profile format")

_rsync = gen_pw(20)
add("shell/rsync-password-env", "transfer/sync_multibeam.sh", f'''#!/bin/bash
# Push new EM124 .kmall files to the shore rsync daemon during the night watch.
# Cron: */30 0-6 * * *  /opt/transfer/sync_multibeam.sh

CRUISE=$(cat /etc/cruise_id)
SRC=/data/$CRUISE/multibeam/em124/
DEST=rsync://rvtransfer@data.oceaninst.org/cruises/$CRUISE/multibeam/em124/

export RSYNC_PASSWORD='{_rsync}'

rsync -av --partial --bwlimit=2000 --timeout=600 \\
      --include='*.kmall' --include='*.kmwcd' --exclude='*' \\
      "$SRC" "$DEST" >> /var/log/transfer/multibeam.log 2>&1
''', _rsync, "rsync(1) manual: RSYNC_PASSWORD environment variable for daemon auth")

_rsyncd = passphrase()
add("conf/rsyncd-secrets", "shore/rsyncd/rsyncd.conf", f'''# rsync daemon on data.oceaninst.org (receives cruise data from the fleet)
uid = cruisedata
gid = cruisedata
use chroot = yes
max connections = 6
log file = /var/log/rsyncd.log

[cruises]
    path = /srv/cruises
    comment = inbound ship data
    read only = no
    auth users = rvtransfer
    secrets file = /etc/rsyncd.secrets
    hosts allow = 10.99.0.0/16

# /etc/rsyncd.secrets (0600) currently holds:
#   rvtransfer:{_rsyncd}
''', _rsyncd, "rsyncd.conf(5): auth users, secrets file user:password")

_sshpass = words_pw()
add("shell/sshpass-sftp", "transfer/r2r_submit.sh", f'''#!/usr/bin/env bash
# Submit the end-of-cruise distribution to the R2R inbound SFTP.
set -e
CRUISE="$1"
[ -z "$CRUISE" ] && {{ echo "usage: $0 CRUISE_ID"; exit 1; }}

cd /data/"$CRUISE"/r2r_distribution
tar czf "/tmp/${{CRUISE}}_r2r.tgz" .
sha256sum "/tmp/${{CRUISE}}_r2r.tgz" > "/tmp/${{CRUISE}}_r2r.tgz.sha256"

sshpass -p '{_sshpass}' sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new \\
  oceaninst@sftp.rvdata.example.us <<EOF
cd inbound
put /tmp/${{CRUISE}}_r2r.tgz
put /tmp/${{CRUISE}}_r2r.tgz.sha256
bye
EOF
''', _sshpass, "sshpass(1) manual: -p password")

add("python/decoy-anonymous-ftp", "argo/fetch_argo_profiles.py", '''"""Mirror Argo profiles for our floats from the GDAC (anonymous FTP, e-mail as password)."""
import ftplib
from pathlib import Path

GDAC = "ftp.ifremer.fr"
DAC = "aoml"
FLOATS = ["4903456", "4903457", "5906912"]
OUT = Path("/data/argo")


def mirror(wmo: str) -> None:
    with ftplib.FTP(GDAC, timeout=120) as ftp:
        ftp.login("anonymous", "argo-dm@oceaninst.org")
        ftp.cwd(f"/ifremer/argo/dac/{DAC}/{wmo}/profiles")
        for name in ftp.nlst():
            target = OUT / wmo / name
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as fh:
                ftp.retrbinary(f"RETR {name}", fh.write)


for wmo in FLOATS:
    mirror(wmo)
''', None, "Argo GDAC access: anonymous FTP at ftp.ifremer.fr")

add("markdown/decoy-copernicus-howto", "docs/howto/copernicus-marine.md", '''# Getting Copernicus Marine data on the ship

1. Every user needs their own Copernicus Marine account (free registration).
2. On the processing VM, log in once; the toolbox stores the credentials in
   `~/.copernicusmarine/.copernicusmarine-credentials`:

   ```bash
   copernicusmarine login
   # Username: <your CMEMS username>
   # Password: <your CMEMS password>
   ```

3. For cron jobs use the environment variables instead (set in `/etc/forecast.env`, mode 0600):

   ```bash
   export COPERNICUSMARINE_SERVICE_USERNAME="$CMEMS_USER"
   export COPERNICUSMARINE_SERVICE_PASSWORD="$CMEMS_PASS"
   ```

4. Never paste the password in a notebook; `copernicusmarine.subset()` picks it up by itself.
''', None, "Copernicus Marine Toolbox docs: login command and COPERNICUSMARINE_SERVICE_* variables")

_globus = b64_bytes(32)
add("python/globus-client-secret", "transfer/globus_push.py", f'''"""Start a Globus transfer of the cruise data from the shore DTN to the archive collection."""
import sys

import globus_sdk

CLIENT_ID = "{uuid_s()}"
CLIENT_SECRET = "{_globus}"
SRC = "{uuid_s()}"   # Ocean Institute DTN (guest collection)
DST = "{uuid_s()}"   # Archive collection

cruise = sys.argv[1]
client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
scopes = globus_sdk.scopes.TransferScopes.all
authorizer = globus_sdk.ClientCredentialsAuthorizer(client, scopes)
tc = globus_sdk.TransferClient(authorizer=authorizer)

tdata = globus_sdk.TransferData(source_endpoint=SRC, destination_endpoint=DST,
                                label=f"{{cruise}} archive", sync_level="checksum")
tdata.add_item(f"/cruises/{{cruise}}/", f"/archive/{{cruise}}/", recursive=True)
task = tc.submit_transfer(tdata)
print("task", task["task_id"])
''', _globus, "Globus SDK docs: ConfidentialAppAuthClient with client id and secret")

_zen = rand(60)
add("python/zenodo-token", "publish/zenodo_upload.py", f'''import json
import sys
from pathlib import Path

import requests

ZENODO = "https://zenodo.org/api"
ACCESS_TOKEN = "{_zen}"


def new_deposit(meta: dict) -> dict:
    r = requests.post(f"{{ZENODO}}/deposit/depositions", params={{"access_token": ACCESS_TOKEN}},
                      json={{"metadata": meta}}, timeout=60)
    r.raise_for_status()
    return r.json()


def upload(dep: dict, path: Path) -> None:
    bucket = dep["links"]["bucket"]
    with open(path, "rb") as fh:
        requests.put(f"{{bucket}}/{{path.name}}", data=fh, params={{"access_token": ACCESS_TOKEN}}, timeout=600).raise_for_status()


if __name__ == "__main__":
    meta = json.loads(Path(sys.argv[1]).read_text())
    dep = new_deposit(meta)
    for f in sys.argv[2:]:
        upload(dep, Path(f))
    print(dep["links"]["html"])
''', _zen, "Zenodo REST API docs: access_token parameter, deposit bucket upload")

_fig = hexs(128)
add("shell/figshare-token", "publish/figshare_upload.sh", f'''#!/bin/sh
# Create a figshare item for the cruise report PDF (institutional figshare)
TITLE="Cruise report SR2407"
API=https://api.figshare.com/v2

curl -s -X POST "$API/account/articles" \\
  -H "Authorization: token {_fig}" \\
  -H "Content-Type: application/json" \\
  -d "{{\\"title\\": \\"$TITLE\\", \\"defined_type\\": \\"dataset\\", \\"categories\\": [31]}}"
''', _fig, "figshare API docs: Authorization: token <personal token>")

_datacite = words_pw()
add("python/datacite-igsn-password", "samples/igsn/mint_igsn.py", f'''"""Mint IGSN IDs (DataCite DOIs, prefix 10.58052) for new core sections."""
import csv
import sys

import requests

API = "https://api.datacite.org/dois"
REPO_ID = "OCEANINST.SAMPLES"
REPO_PASSWORD = "{_datacite}"
PREFIX = "10.58052"


def mint(sample: dict) -> str:
    body = {{"data": {{"type": "dois", "attributes": {{
        "prefix": PREFIX,
        "event": "publish",
        "titles": [{{"title": sample["name"]}}],
        "creators": [{{"name": "Ocean Institute Core Repository"}}],
        "publisher": "Ocean Institute",
        "publicationYear": int(sample["year"]),
        "types": {{"resourceTypeGeneral": "PhysicalObject", "resourceType": "Core section"}},
        "url": f"https://samples.oceaninst.org/sample/{{sample['local_id']}}",
    }}}}}}
    r = requests.post(API, json=body, auth=(REPO_ID, REPO_PASSWORD),
                      headers={{"Content-Type": "application/vnd.api+json"}}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]["id"]


with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        print(row["local_id"], mint(row))
''', _datacite, "DataCite REST API docs: creating DOIs with repository credentials (IGSN)")

_sofar = hexs(30)
add("javascript/sofar-token", "dashboard/server/spotter.js", f'''// Latest wave data from the Spotter buoys we deploy around the mooring site.
const fetch = require("node-fetch");

const SOFAR_TOKEN = "{_sofar}";
const SPOTTERS = ["SPOT-30844C", "SPOT-30913R", "SPOT-31077D"];

async function latest(spotterId) {{
  const url = `https://api.sofarocean.com/api/latest-data?spotterId=${{spotterId}}&includeWindData=true`;
  const res = await fetch(url, {{ headers: {{ token: SOFAR_TOKEN }} }});
  if (!res.ok) throw new Error(`${{spotterId}}: HTTP ${{res.status}}`);
  const body = await res.json();
  return body.data.waves.at(-1);
}}

module.exports = async function spotterRoute(req, res) {{
  const out = {{}};
  for (const id of SPOTTERS) out[id] = await latest(id);
  res.json(out);
}};
''', _sofar, "Sofar Ocean Spotter API docs: token header, /api/latest-data")

_sd_secret = rand(32)
add("python/saildrone-api-secret", "usv/saildrone_pull.py", f'''"""Pull the last day of Saildrone mission data into the cruise ERDDAP staging dir."""
import datetime as dt

import requests

BASE = "https://developer-mission.saildrone.com/v1"
KEY = "{rand(16)}"
SECRET = "{_sd_secret}"
DRONE = 1088


def token() -> str:
    r = requests.post(f"{{BASE}}/auth", json={{"key": KEY, "secret": SECRET}}, timeout=30)
    r.raise_for_status()
    return r.json()["token"]


end = dt.datetime.utcnow()
start = end - dt.timedelta(days=1)
r = requests.get(f"{{BASE}}/timeseries/{{DRONE}}",
                 params={{"data_set": "vehicle", "interval": 1, "start_date": start.isoformat(),
                         "end_date": end.isoformat(), "limit": 5000}},
                 headers={{"authorization": token()}}, timeout=120)
r.raise_for_status()
open(f"/data/usv/sd{{DRONE}}_{{end:%Y%m%d}}.json", "w").write(r.text)
''', _sd_secret, "Saildrone Mission API docs: /v1/auth with key and secret")

_mt = hexs(40)
add("python/marinetraffic-key", "cruiseplan/ais/nearby_vessels.py", f'''"""List vessels near the ship for the bridge/ops summary (MarineTraffic PS06)."""
import requests

MT_KEY = "{_mt}"
OWN_MMSI = 367123450


def nearby(lat: float, lon: float, radius_nm: int = 25):
    url = (f"https://services.marinetraffic.com/api/exportvessels/v:8/{{MT_KEY}}"
           f"/MINLAT:{{lat - 0.5}}/MAXLAT:{{lat + 0.5}}/MINLON:{{lon - 0.5}}/MAXLON:{{lon + 0.5}}/protocol:jsono")
    rows = requests.get(url, timeout=30).json()
    return [row for row in rows if int(row["MMSI"]) != OWN_MMSI]


if __name__ == "__main__":
    for v in nearby(41.52, -70.67):
        print(v["MMSI"], v.get("SHIPNAME"), v["SPEED"], v["COURSE"])
''', _mt, "MarineTraffic API docs: API key in the request path (exportvessels)")

_sg = stormglass_key()
add("typescript/stormglass-key", "cruiseplan/web/src/weather/stormglass.ts", f'''// Point forecast for the next station, shown on the cruise planning page.
export interface WavePoint {{ time: string; waveHeight: number; swellPeriod: number; windSpeed: number }}

const STORMGLASS_KEY = "{_sg}";
const PARAMS = ["waveHeight", "swellPeriod", "windSpeed"].join(",");

export async function stationForecast(lat: number, lng: number): Promise<WavePoint[]> {{
  const url = `https://api.stormglass.io/v2/weather/point?lat=${{lat}}&lng=${{lng}}&params=${{PARAMS}}&source=sg`;
  const res = await fetch(url, {{ headers: {{ Authorization: STORMGLASS_KEY }} }});
  if (!res.ok) {{
    throw new Error(`stormglass ${{res.status}}`);
  }}
  const body = await res.json();
  return body.hours.map((h: any) => ({{
    time: h.time,
    waveHeight: h.waveHeight.sg,
    swellPeriod: h.swellPeriod.sg,
    windSpeed: h.windSpeed.sg,
  }}));
}}
''', _sg, "Stormglass API docs: Authorization header with API key")

_esri = esri_key()
add("python/arcgis-api-key", "cruiseplan/gis/update_track_layer.py", f'''"""Append the last hour of ship positions to the hosted cruise-track feature layer."""
from arcgis.features import FeatureLayer
from arcgis.gis import GIS

gis = GIS("https://oceaninst.maps.arcgis.com", api_key="{_esri}")
layer = FeatureLayer("https://services9.arcgis.com/xQ3kLm7n/arcgis/rest/services/ShipTracks/FeatureServer/0", gis)


def push(fixes):
    adds = [{{
        "attributes": {{"ship": "ENDEAVOR", "cruise": f["cruise"], "sog": f["sog"], "t": f["t"]}},
        "geometry": {{"x": f["lon"], "y": f["lat"], "spatialReference": {{"wkid": 4326}}}},
    }} for f in fixes]
    result = layer.edit_features(adds=adds)
    failed = [r for r in result["addResults"] if not r["success"]]
    if failed:
        raise RuntimeError(failed)
''', _esri, "ArcGIS API for Python docs: GIS(url, api_key=...); ArcGIS developer API keys (AAPK)")

_motu = words_pw()
add("shell/motuclient-password", "forecast/legacy/get_mercator.sh", f'''#!/bin/bash
# LEGACY (kept for the 2019-2022 reprocessing) - motuclient against the old CMEMS motu servers
DAY=${{1:-$(date -u +%Y-%m-%d)}}
OUT=/data/forecast/mercator

python -m motuclient --motu https://nrt.cmems-du.eu/motu-web/Motu \\
  --service-id GLOBAL_ANALYSIS_FORECAST_PHY_001_024-TDS \\
  --product-id global-analysis-forecast-phy-001-024 \\
  --longitude-min -75 --longitude-max -55 --latitude-min 30 --latitude-max 45 \\
  --date-min "$DAY 12:00:00" --date-max "$DAY 12:00:00" \\
  --depth-min 0.493 --depth-max 0.4942 \\
  --variable thetao --variable so --variable uo --variable vo \\
  --out-dir "$OUT" --out-name "mercator_$DAY.nc" \\
  --user jmoreau2 --pwd '{_motu}'
''', _motu, "motuclient README: --user / --pwd options")

_md5 = [hexs(32) for _ in range(9)]
add("text/decoy-r2r-manifest", "transfer/r2r/SR2407_manifest.md5", "\n".join(f"{h}  SR2407/{p}" for h, p in zip(_md5, [
    "ctd/SR2407_ctd001.hex", "ctd/SR2407_ctd001.xmlcon", "ctd/SR2407_ctd002.hex", "adcp/os75/SR2407_000_000000.ENR",
    "adcp/os75/SR2407_000_000000.N1R", "multibeam/0001_20240512_183302.kmall", "met/wxt536_20240512.raw",
    "nav/seapath_20240512.raw", "eventlog/SR2407_events.csv"])) + "\n", None, "Rolling Deck to Repository (R2R): fileset manifest with MD5 checksums")

add("text/decoy-ctd-hex-header", "instruments/ctd/raw/SR2407_ctd014.hex.head", '''* Sea-Bird SBE 9 Data File:
* FileName = C:\\CTD\\SR2407\\raw\\SR2407_ctd014.hex
* Software version 7.26.7.129
* Temperature SN = 6093
* Conductivity SN = 4512
* Number of Bytes Per Scan = 41
* Number of Voltage Words = 4
* Number of Scans Averaged by the Deck Unit = 1
* System UpLoad Time = May 12 2024 18:33:05
* NMEA Latitude = 32 42.91 N
* NMEA Longitude = 117 54.37 W
* NMEA UTC (Time) = May 12 2024  18:33:04
* Store Lat/Lon Data = Append to Every Scan
** Ship: R/V Sally Ride
** Cruise: SR2407
** Station: 14
** Operator: JM
* System UTC = May 12 2024 18:33:05
*END*
0A7B3C19F0820C4E2D10AFF31C0064E1FA03C2A8B7710F2E4300D2
0A7B3A19F0840C4E2B10AFF21C0064E0FA03C2A6B7730F2E4200D2
''', None, "Sea-Bird SBE 9plus: .hex data file header and hex scan lines")


# ---------------------------------------------------------------------------------------------
# Cruise planning portals, sample tracking, institute web apps
# ---------------------------------------------------------------------------------------------
_appkey = "base64:" + b64_bytes(32)
add("dotenv/laravel-app-key", "cruise-portal/.env", f'''APP_NAME="Ship Time Request Portal"
APP_ENV=production
APP_KEY={_appkey}
APP_DEBUG=false
APP_URL=https://shiptime.oceaninst.org

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=pgsql
DB_HOST=/var/run/postgresql
DB_PORT=5432
DB_DATABASE=shiptime
DB_USERNAME=shiptime
DB_PASSWORD=

MAIL_MAILER=smtp
MAIL_HOST=smtp.oceaninst.org
MAIL_PORT=25
MAIL_FROM_ADDRESS=marine-ops@oceaninst.org

SESSION_DRIVER=database
QUEUE_CONNECTION=database
''', _appkey, "Laravel docs: configuration, APP_KEY (php artisan key:generate)")

_wp = words_pw()
add("php/wordpress-db-password", "website/wp-config.php", f'''<?php
/**
 * WordPress config for the fleet outreach site (ship blogs, "Live from the ship").
 */

define( 'DB_NAME', 'fleetblog' );
define( 'DB_USER', 'fleetblog_wp' );
define( 'DB_PASSWORD', '{_wp}' );
define( 'DB_HOST', 'mysql-web.oceaninst.org' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Authentication unique keys and salts live outside the web root. */
require_once '/etc/wordpress/fleetblog-salts.php';

$table_prefix = 'fb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}

require_once ABSPATH . 'wp-settings.php';
''', _wp, "WordPress docs: Editing wp-config.php (DB_PASSWORD)")

_lims = human_pw()
add("yaml/spring-datasource", "sampletrack/src/main/resources/application-prod.yml", f'''server:
  port: 8443
  ssl:
    enabled: true
    key-store: /etc/sampletrack/keystore.p12
    key-store-type: PKCS12
    key-store-password: ${{KEYSTORE_PASSWORD}}

spring:
  datasource:
    url: jdbc:postgresql://pg-lims.oceaninst.org:5432/sampletrack
    username: sampletrack_app
    password: {_lims}
    hikari:
      maximum-pool-size: 10
  jpa:
    hibernate:
      ddl-auto: validate
    open-in-view: false

sampletrack:
  igsn-prefix: 10.58052/OI
  barcode-printer: zebra-mainlab.ship.local
  label-template: classpath:labels/cryovial-2x1.zpl
''', _lims, "Spring Boot docs: spring.datasource.password; externalized configuration")

_net = gen_pw(20, "!$%^")
add("json/appsettings-connection-string", "ShipTime.Web/appsettings.Production.json", f'''{{
  "Logging": {{
    "LogLevel": {{
      "Default": "Warning",
      "Microsoft.AspNetCore": "Warning"
    }}
  }},
  "ConnectionStrings": {{
    "ShipTime": "Server=tcp:sql-marineops.oceaninst.org,1433;Database=ShipTime;User Id=shiptime_web;Password={_net};Encrypt=True;TrustServerCertificate=False;"
  }},
  "Scheduling": {{
    "FiscalYearStartMonth": 10,
    "Vessels": [ "Atlantis", "Armstrong", "Endeavor" ],
    "UnolsExportPath": "\\\\\\\\fs01\\\\marineops\\\\schedules"
  }},
  "AllowedHosts": "shiptime.oceaninst.org"
}}
''', _net, "Microsoft docs: ASP.NET Core appsettings.json ConnectionStrings; SqlClient Password keyword")

_jwt_secret = b64_bytes(48)
add("javascript/jwt-signing-secret", "cruise-portal-api/src/config.js", f'''// Cruise participant portal API - runtime config
module.exports = {{
  port: process.env.PORT || 4000,
  db: {{
    host: process.env.PGHOST || "localhost",
    database: "cruiseportal",
    user: process.env.PGUSER,
    password: process.env.PGPASSWORD,
  }},
  auth: {{
    // HS256 key for participant session tokens (berth assignments, medical forms)
    jwtSecret: "{_jwt_secret}",
    jwtExpiresIn: "8h",
    issuer: "cruiseportal.oceaninst.org",
  }},
  uploads: {{
    maxMb: 25,
    allowed: [".pdf", ".png", ".jpg"],
  }},
}};
''', _jwt_secret, "jsonwebtoken (node) docs: jwt.sign(payload, secretOrPrivateKey)")

_gopw = gen_pw(18)
add("go/postgres-url", "shipapi/cmd/positions/main.go", f'''package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Read-only feed of the fleet's latest positions for the public "Where are our ships" map.
const dsn = "postgres://positions_ro:{_gopw}@pg-fleet.oceaninst.org:5432/fleet?sslmode=require"

type Fix struct {{
	Ship string    `json:"ship"`
	Lat  float64   `json:"lat"`
	Lon  float64   `json:"lon"`
	SOG  float64   `json:"sog"`
	Time time.Time `json:"time"`
}}

func main() {{
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {{
		log.Fatal(err)
	}}
	http.HandleFunc("/positions", func(w http.ResponseWriter, r *http.Request) {{
		rows, err := pool.Query(r.Context(), `SELECT DISTINCT ON (ship) ship, lat, lon, sog, t FROM fixes ORDER BY ship, t DESC`)
		if err != nil {{
			http.Error(w, err.Error(), 500)
			return
		}}
		defer rows.Close()
		var out []Fix
		for rows.Next() {{
			var f Fix
			_ = rows.Scan(&f.Ship, &f.Lat, &f.Lon, &f.SOG, &f.Time)
			out = append(out, f)
		}}
		json.NewEncoder(w).Encode(out)
	}})
	log.Fatal(http.ListenAndServe(":8080", nil))
}}
''', _gopw, "pgx docs: pgxpool.New with a postgres:// connection URL")

_mailpw = words_pw()
add("properties/smtp-password", "sampletrack/src/main/resources/mail.properties", f'''# Notification mail for sample shipments (customs paperwork, dry-shipper returns)
mail.smtp.host=smtp.office365.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=sample-shipping@oceaninst.org
mail.smtp.password={_mailpw}
mail.from=Sample Shipping <sample-shipping@oceaninst.org>
mail.bcc=core-repository@oceaninst.org
''', _mailpw, "Jakarta Mail docs: SMTP properties (mail.smtp.user / auth)")

_air = airtable_pat()
add("kotlin/airtable-pat", "decklog-android/app/src/main/java/org/oceaninst/decklog/SampleRepository.kt", f'''package org.oceaninst.decklog

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

// Deck sample log -> Airtable base used by the science party during the cruise.
private const val AIRTABLE_TOKEN = "{_air}"
private const val BASE_ID = "appQm7TzR2kLx9bVn"
private const val TABLE = "Samples"

class SampleRepository(private val http: OkHttpClient = OkHttpClient()) {{

    fun logSample(station: Int, cast: Int, niskin: Int, type: String, barcode: String) {{
        val fields = JSONObject()
            .put("Station", station)
            .put("Cast", cast)
            .put("Niskin", niskin)
            .put("Type", type)
            .put("Barcode", barcode)
        val body = JSONObject().put("fields", fields).toString()
            .toRequestBody("application/json".toMediaType())
        val req = Request.Builder()
            .url("https://api.airtable.com/v0/$BASE_ID/$TABLE")
            .header("Authorization", "Bearer $AIRTABLE_TOKEN")
            .post(body)
            .build()
        http.newCall(req).execute().use {{ check(it.isSuccessful) {{ "airtable ${{it.code}}" }} }}
    }}
}}
''', _air, "Airtable Web API docs: personal access tokens (pat...) as Bearer")

_mbx = mapbox_sk("oceaninst")
add("yaml/mapbox-download-token", ".github/workflows/ios-build.yml", f'''name: iOS build (ShipTrack)

on:
  push:
    branches: [main]
  pull_request:

jobs:
  build:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - name: Mapbox SDK download credentials
        run: |
          cat > ~/.netrc <<EOF
          machine api.mapbox.com
            login mapbox
            password {_mbx}
          EOF
          chmod 600 ~/.netrc
      - name: Resolve packages
        run: xcodebuild -resolvePackageDependencies -project ShipTrack.xcodeproj
      - name: Build
        run: xcodebuild -scheme ShipTrack -destination 'generic/platform=iOS Simulator' build
''', _mbx, "Mapbox Maps SDK for iOS install docs: secret download token (sk.) in ~/.netrc")

_mbx_pk = mapbox_pk("oceaninst")
add("plist/decoy-mapbox-public-token", "ShipTrack/Info.plist", f'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>ShipTrack</string>
	<key>CFBundleIdentifier</key>
	<string>org.oceaninst.shiptrack</string>
	<key>CFBundleShortVersionString</key>
	<string>2.3.0</string>
	<key>MBXAccessToken</key>
	<string>{_mbx_pk}</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Shows your position relative to the ship during port calls.</string>
</dict>
</plist>
''', None, "Mapbox docs: public access tokens (pk.) in Info.plist MBXAccessToken")

add("html/decoy-mapbox-public-token", "website/where-are-our-ships/index.html", f'''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Where are our ships?</title>
  <link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css">
  <style>#map {{ height: 90vh; }}</style>
</head>
<body>
  <div id="map"></div>
  <script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"></script>
  <script>
    // public style token, URL-restricted to www.oceaninst.org in the Mapbox account
    const MAPBOX_PUBLIC = "{mapbox_pk("oceaninst-web")}";
    const map = L.map("map").setView([35, -50], 3);
    L.tileLayer(`https://api.mapbox.com/styles/v1/mapbox/outdoors-v12/tiles/{{z}}/{{x}}/{{y}}?access_token=${{MAPBOX_PUBLIC}}`, {{
      tileSize: 512, zoomOffset: -1, attribution: "&copy; Mapbox &copy; OpenStreetMap"
    }}).addTo(map);
    fetch("/api/positions").then(r => r.json()).then(ships => {{
      ships.forEach(s => L.marker([s.lat, s.lon]).addTo(map).bindPopup(`${{s.ship}}<br>${{s.sog}} kn`));
    }});
  </script>
</body>
</html>
''', None, "Mapbox docs: public tokens with URL restrictions in browser code")

_sa_key = pem_rsa("PKCS8")
_sa_escaped = _sa_key.replace("\n", "\\n")
add("json/gcp-service-account", "sampletrack/credentials/sheets-sync.json", json.dumps({
    "type": "service_account",
    "project_id": "oi-sample-log",
    "private_key_id": hexs(40),
    "private_key": _sa_key + "\n",
    "client_email": "sheets-sync@oi-sample-log.iam.gserviceaccount.com",
    "client_id": str(_rng().randint(10**20, 10**21 - 1)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40oi-sample-log.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}, indent=2) + "\n", _sa_escaped, "Google Cloud docs: service account key file (JSON private_key)")

_lims_key = rand(40)
add("python/lims-api-key", "samples/labels/print_cryovials.py", f'''"""Register cryovial samples in SampleTrack and print Zebra labels in the main lab."""
import socket
import sys

import requests

SAMPLETRACK = "https://samples.oceaninst.org/api/v2"
API_KEY = "{_lims_key}"
PRINTER = ("zebra-mainlab.ship.local", 9100)

ZPL = """^XA
^FO20,20^BQN,2,4^FDQA,{{igsn}}^FS
^FO150,30^A0N,28,28^FD{{igsn}}^FS
^FO150,70^A0N,22,22^FD{{cruise}} S{{station:03d}} C{{cast}} N{{niskin}}^FS
^XZ"""


def register(cruise: str, station: int, cast: int, niskin: int, kind: str) -> str:
    r = requests.post(f"{{SAMPLETRACK}}/samples", headers={{"X-API-Key": API_KEY}}, json={{
        "cruise": cruise, "station": station, "cast": cast, "niskin": niskin, "material": kind,
    }}, timeout=20)
    r.raise_for_status()
    return r.json()["igsn"]


def print_label(**fields) -> None:
    with socket.create_connection(PRINTER, timeout=5) as s:
        s.sendall(ZPL.format(**fields).encode())


if __name__ == "__main__":
    cruise, station, cast = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for niskin in range(1, 25):
        igsn = register(cruise, station, cast, niskin, "seawater-filtered")
        print_label(igsn=igsn, cruise=cruise, station=station, cast=cast, niskin=niskin)
''', _lims_key, "Requests docs: custom headers (X-API-Key); Zebra ZPL II programming guide")

add("csv/decoy-igsn-samples", "samples/exports/SR2407_bottle_samples.csv", '''igsn,local_id,cruise,station,cast,niskin,depth_m,material,collected_utc,container_barcode
10.58052/OI0004F1A,SR2407-014-01-01,SR2407,14,1,1,1502.3,seawater-filtered,2024-05-12T19:41:10Z,CV-7731042
10.58052/OI0004F1B,SR2407-014-01-02,SR2407,14,1,2,1200.8,seawater-filtered,2024-05-12T19:47:52Z,CV-7731043
10.58052/OI0004F1C,SR2407-014-01-03,SR2407,14,1,3,1000.1,seawater-filtered,2024-05-12T19:52:31Z,CV-7731044
10.58052/OI0004F1D,SR2407-014-01-04,SR2407,14,1,4,750.4,seawater-filtered,2024-05-12T19:58:03Z,CV-7731045
10.58052/OI0004F1E,SR2407-014-01-05,SR2407,14,1,5,500.0,dic-alkalinity,2024-05-12T20:03:44Z,BT-0031988
10.58052/OI0004F1F,SR2407-014-01-06,SR2407,14,1,6,250.2,dic-alkalinity,2024-05-12T20:09:15Z,BT-0031989
10.58052/OI0004F20,SR2407-014-01-07,SR2407,14,1,7,100.0,chlorophyll,2024-05-12T20:14:40Z,FT-4410277
10.58052/OI0004F21,SR2407-014-01-08,SR2407,14,1,8,50.1,chlorophyll,2024-05-12T20:16:58Z,FT-4410278
10.58052/OI0004F22,SR2407-014-01-09,SR2407,14,1,9,10.0,nutrients,2024-05-12T20:19:03Z,NV-1190554
''', None, "IGSN / DataCite: physical sample identifiers; SESAR sample metadata fields")

_plan = {"cruise": "AT50-23", "vessel": "R/V Atlantis", "chief_scientist": "Dr. M. Okafor",
         "request_id": uuid_s(), "schedule_id": uuid_s(),
         "stations": [{"id": uuid_s(), "name": f"S{i:02d}", "lat": round(39.5 - i * 0.21, 4), "lon": round(-70.9 + i * 0.13, 4),
                       "ops": ["CTD", "net tow"] if i % 2 else ["CTD"], "est_hours": 3 + i % 3} for i in range(1, 6)],
         "berths": 24, "port_depart": "Woods Hole", "port_return": "Woods Hole"}
add("json/decoy-uuid-ids", "cruiseplan/exports/AT50-23_plan.json", json.dumps(_plan, indent=2) + "\n",
    None, "Cruise planning export: UUID record identifiers (not credentials)")

_recaptcha = "6L" + rand(38, B64URL)
add("php/recaptcha-secret", "cruise-portal/public/apply.php", f'''<?php
// Berth application form for student cruise opportunities.
require __DIR__ . '/../vendor/autoload.php';

$recaptchaSecret = '{_recaptcha}';

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {{
    http_response_code(405);
    exit;
}}

$resp = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
    'secret'   => $recaptchaSecret,
    'response' => $_POST['g-recaptcha-response'] ?? '',
    'remoteip' => $_SERVER['REMOTE_ADDR'],
]));
$check = json_decode($resp, true);
if (empty($check['success'])) {{
    http_response_code(400);
    echo 'Captcha failed';
    exit;
}}

$pdo = new PDO('pgsql:host=/var/run/postgresql;dbname=shiptime');
$stmt = $pdo->prepare('INSERT INTO berth_applications (name, email, institution, cruise) VALUES (?, ?, ?, ?)');
$stmt->execute([$_POST['name'], $_POST['email'], $_POST['institution'], $_POST['cruise']]);
header('Location: /thanks.html');
''', _recaptcha, "Google reCAPTCHA docs: verifying the user's response with the secret key")

add("html/decoy-recaptcha-site-key", "cruise-portal/public/apply.html", f'''<!DOCTYPE html>
<html>
<head>
  <title>Apply for a student berth</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <h1>Student berth application</h1>
  <form action="apply.php" method="POST">
    <label>Name <input name="name" required></label>
    <label>Email <input name="email" type="email" required></label>
    <label>Institution <input name="institution"></label>
    <select name="cruise">
      <option>AT50-23</option>
      <option>AR82</option>
    </select>
    <div class="g-recaptcha" data-sitekey="6L{rand(38, B64URL)}"></div>
    <button type="submit">Apply</button>
  </form>
</body>
</html>
''', None, "Google reCAPTCHA docs: site key in the g-recaptcha widget (public)")

_kc = rand(32)
add("yaml/keycloak-client-secret", "cruise-portal-api/config/oidc.yaml", f'''# OIDC login for the cruise participant portal (institute Keycloak realm)
oidc:
  issuer: https://sso.oceaninst.org/realms/marine
  client_id: cruise-portal
  client_secret: {_kc}
  redirect_uri: https://cruiseportal.oceaninst.org/auth/callback
  scopes: [openid, profile, email]
  post_logout_redirect_uri: https://cruiseportal.oceaninst.org/
  roles_claim: realm_access.roles
  admin_roles: [marine-ops, chief-scientist]
''', _kc, "Keycloak docs: confidential OIDC client credentials (client secret)")

_okta = "00" + rand(40, B64URL)
add("powershell/okta-api-token", "it/accounts/New-CruiseAccounts.ps1", f'''<#
  Creates temporary accounts for visiting scientists on the cruise roster (Okta),
  so they can use the ship wifi captive portal and the cruise wiki.
#>
param([Parameter(Mandatory)] [string] $RosterCsv)

$OktaOrg = "https://oceaninst.okta.com"
$Headers = @{{
    Authorization = "SSWS {_okta}"
    Accept        = "application/json"
}}

Import-Csv $RosterCsv | ForEach-Object {{
    $body = @{{
        profile = @{{
            firstName = $_.First
            lastName  = $_.Last
            email     = $_.Email
            login     = $_.Email
            cruise    = $_.Cruise
        }}
    }} | ConvertTo-Json -Depth 4
    Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users?activate=true" -Headers $Headers `
        -ContentType "application/json" -Body $body
    Write-Host "created $($_.Email)"
}}
''', _okta, "Okta API docs: SSWS API token in the Authorization header")

_graph = azure_client_secret()
add("csharp/graph-client-secret", "ShipTime.Worker/Services/ScheduleMailer.cs", f'''using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace ShipTime.Worker.Services;

// Sends the weekly fleet schedule to the science departments via Microsoft Graph.
public class ScheduleMailer
{{
    private const string TenantId = "{uuid_s()}";
    private const string ClientId = "{uuid_s()}";
    private const string ClientSecret = "{_graph}";
    private const string Sender = "marine-ops@oceaninst.org";

    private readonly GraphServiceClient _graph =
        new(new ClientSecretCredential(TenantId, ClientId, ClientSecret));

    public async Task SendAsync(string to, string subject, string html)
    {{
        var body = new SendMailPostRequestBody
        {{
            Message = new Message
            {{
                Subject = subject,
                Body = new ItemBody {{ ContentType = BodyType.Html, Content = html }},
                ToRecipients = [new Recipient {{ EmailAddress = new EmailAddress {{ Address = to }} }}],
            }},
            SaveToSentItems = false,
        }};
        await _graph.Users[Sender].SendMail.PostAsync(body);
    }}
}}
''', _graph, "Azure Identity docs: ClientSecretCredential(tenantId, clientId, clientSecret)")

_smtpcs = words_pw()
add("csharp/smtp-network-credential", "CruiseReport/ReportSender.cs", f'''using System.Net;
using System.Net.Mail;

namespace CruiseReport
{{
    // Daily science report from the ship (runs on the bridge PC at 2330 ship time).
    internal static class ReportSender
    {{
        public static void Send(string pdfPath, string cruise)
        {{
            using var client = new SmtpClient("mail.ship.local", 587)
            {{
                EnableSsl = true,
                Credentials = new NetworkCredential("dailyreport@armstrong.ship", "{_smtpcs}")
            }};
            using var msg = new MailMessage("dailyreport@armstrong.ship", "science-ops@oceaninst.org")
            {{
                Subject = $"{{cruise}} daily report {{DateTime.UtcNow:yyyy-MM-dd}}",
                Body = "Daily report attached. Reply-to goes to the chief scientist."
            }};
            msg.Attachments.Add(new Attachment(pdfPath));
            client.Send(msg);
        }}
    }}
}}
''', _smtpcs, "Microsoft docs: System.Net.NetworkCredential with SmtpClient")

_rb_pw = human_pw()
add("ruby/net-sftp-password", "tools/eventlog_upload.rb", f'''#!/usr/bin/env ruby
# Upload the ELOG event log export to the shore SFTP at the end of each watch.
require "net/sftp"
require "date"

HOST = "sftp.oceaninst.org"
USER = "eventlog"
PASS = "{_rb_pw}"

cruise = File.read("/etc/cruise_id").strip
files = Dir.glob("/data/#{{cruise}}/eventlog/*.csv").select {{ |f| File.mtime(f) > Time.now - 6 * 3600 }}
exit 0 if files.empty?

Net::SFTP.start(HOST, USER, password: PASS, non_interactive: true) do |sftp|
  files.each do |f|
    sftp.upload!(f, "/incoming/#{{cruise}}/#{{File.basename(f)}}")
    puts "uploaded #{{File.basename(f)}}"
  end
end
''', _rb_pw, "net-sftp docs: Net::SFTP.start(host, user, password:)")

_perl = words_pw()
add("perl/dbi-password", "legacy/scs2db/load_underway.pl", f'''#!/usr/bin/perl
# Load SCS ACO files into the underway database (legacy, still used on the Oceanus archive)
use strict;
use warnings;
use DBI;

my $cruise = shift or die "usage: $0 CRUISE\\n";
my $dbh = DBI->connect("DBI:mysql:database=underway;host=db-archive.oceaninst.org",
                       "scsload", "{_perl}", {{ RaiseError => 1, AutoCommit => 0 }});

my $sth = $dbh->prepare("INSERT INTO tsg (cruise, t, temp, cond, sal) VALUES (?, ?, ?, ?, ?)");
for my $file (glob("/archive/$cruise/scs/TSG-RAW_*.Raw")) {{
    open(my $fh, "<", $file) or die "$file: $!";
    while (my $line = <$fh>) {{
        chomp $line;
        my ($date, $time, $temp, $cond, $sal) = split /,/, $line;
        next unless defined $sal;
        $sth->execute($cruise, "$date $time", $temp, $cond, $sal);
    }}
    close $fh;
}}
$dbh->commit;
$dbh->disconnect;
''', _perl, "Perl DBI docs: DBI->connect($dsn, $user, $password)")

_vba = human_pw()
add("vba/ado-connection", "cruiselog/CruiseLog.bas", f'''Attribute VB_Name = "CruiseLog"
' Excel watch log -> SQL Server (bridge and main lab use the same workbook)
Option Explicit

Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=SCSDB01\\SCSDATA;" & _
    "Initial Catalog=WatchLog;User ID=watchlog;Password={_vba};"

Public Sub PushWatchEntries()
    Dim cn As Object, ws As Worksheet, r As Long
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set ws = ThisWorkbook.Worksheets("Log")
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        If ws.Cells(r, 8).Value <> "sent" Then
            cn.Execute "INSERT INTO entries (t, watch, lat, lon, event, remarks) VALUES ('" & _
                Format(ws.Cells(r, 1).Value, "yyyy-mm-dd hh:nn:ss") & "','" & ws.Cells(r, 2).Value & "'," & _
                ws.Cells(r, 3).Value & "," & ws.Cells(r, 4).Value & ",'" & ws.Cells(r, 5).Value & "','" & _
                Replace(ws.Cells(r, 6).Value, "'", "''") & "')"
            ws.Cells(r, 8).Value = "sent"
        End If
    Next r
    cn.Close
End Sub
''', _vba, "Microsoft docs: ADO ConnectionString (MSOLEDBSQL; User ID / Password)")

_winscp = url_pw()
add("batch/winscp-url", "scripts/acq/push_adcp.bat", f'''@echo off
REM Push VmDAS ADCP files to the shipboard processing server each hour (Task Scheduler)
set CRUISE=AR82
set SRC=C:\\VmDAS\\%CRUISE%

"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" ^
  /log="C:\\VmDAS\\winscp_push.log" /ini=nul ^
  /command ^
    "open sftp://adcpproc:{_winscp}@proc01.armstrong.ship/ -hostkey=""ssh-ed25519 255 n5vJ0zG1fQ8pW2iY3xVbKq9tLmC7dRsE4hUoZaA6yNc""" ^
    "lcd %SRC%" ^
    "cd /data/%CRUISE%/adcp/raw" ^
    "synchronize remote -filemask=*.ENR;*.N1R;*.LTA;*.STA" ^
    "exit"

if %ERRORLEVEL% neq 0 echo push failed %DATE% %TIME% >> C:\\VmDAS\\push_errors.txt
''', _winscp, "WinSCP docs: scripting, open sftp://user:password@host/ -hostkey")

_fz = human_pw()
add("xml/filezilla-base64-password", "laptops/mainlab/FileZilla/sitemanager.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>proc01.armstrong.ship</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>science</User>
            <Pass encoding="base64">{b64(_fz)}</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Ship processing server</Name>
            <RemoteDir>1 0 4 data</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
''', _fz, "FileZilla docs: sitemanager.xml, Pass encoding=\"base64\"")


# ---------------------------------------------------------------------------------------------
# CI/CD, packaging, infrastructure, cloud storage, logging and alerting
# ---------------------------------------------------------------------------------------------
_ghf = github_fine()
add("github-actions/fine-grained-pat", "ctdproc/.github/workflows/docs.yml", f'''name: docs

on:
  push:
    branches: [main]

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      # token of the oceaninst-bot account, contents:write on oceaninst/oceaninst.github.io
      DOCS_PUSH_TOKEN: {_ghf}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -e .[docs]
      - run: sphinx-build -b html docs build/html
      - name: push to the org pages repo
        run: |
          git clone https://x-access-token:${{{{ env.DOCS_PUSH_TOKEN }}}}@github.com/oceaninst/oceaninst.github.io pages
          rm -rf pages/ctdproc && cp -r build/html pages/ctdproc
          cd pages && git add -A && git commit -m "ctdproc docs ${{{{ github.sha }}}}" && git push
''', _ghf, "GitHub docs: fine-grained personal access tokens (github_pat_)")

add("github-actions/decoy-secrets-context", "ctdproc/.github/workflows/release.yml", '''name: release

on:
  push:
    tags: ["v*"]

permissions:
  contents: read
  id-token: write   # trusted publishing, no API token needed

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
  notify:
    needs: pypi
    runs-on: ubuntu-latest
    steps:
      - name: tell the data group channel
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"ctdproc ${GITHUB_REF_NAME} released\\"}" \\
            "${{ secrets.SLACK_DATA_WEBHOOK }}"
''', None, "GitHub docs: secrets context; PyPI trusted publishing (OIDC)")

_dck = docker_pat()
add("gitlab-ci/docker-pat", "openrvdas-image/.gitlab-ci.yml", f'''stages: [build, push]

variables:
  IMAGE: oceaninst/openrvdas
  DOCKER_TLS_CERTDIR: "/certs"

build:
  stage: build
  image: docker:25
  services: [docker:25-dind]
  script:
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker save $IMAGE:$CI_COMMIT_SHORT_SHA -o image.tar
  artifacts:
    paths: [image.tar]
    expire_in: 1 day

push:
  stage: push
  image: docker:25
  services: [docker:25-dind]
  only: [main]
  script:
    - docker load -i image.tar
    - echo "{_dck}" | docker login -u oceaninstci --password-stdin
    - docker tag $IMAGE:$CI_COMMIT_SHORT_SHA $IMAGE:latest
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
    - docker push $IMAGE:latest
''', _dck, "Docker docs: personal access tokens (dckr_pat_) with docker login --password-stdin")

_pypi = pypi_token()
add("ini/pypirc", "ctdproc/.pypirc", f'''[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {_pypi}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = %(TESTPYPI_TOKEN)s
''', _pypi, "Python Packaging User Guide: .pypirc with API token (username __token__)")

_npm = npm_token()
add("npmrc/npm-token", "cruise-map-widget/.npmrc", f'''registry=https://registry.npmjs.org/
@oceaninst:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={_npm}
save-exact=true
engine-strict=true
''', _npm, "npm docs: .npmrc _authToken for the registry")

_glp = gitlab_pat()
add("ini/pip-index-token", "processing/env/pip.conf", f'''# pip config for the ship processing VMs
# internal packages (oi-ctdproc, oi-adcp, oi-underway) come from the institute GitLab registry
[global]
timeout = 120
index-url = https://pypi.org/simple
extra-index-url = https://__token__:{_glp}@gitlab.oceaninst.org/api/v4/projects/214/packages/pypi/simple
trusted-host = gitlab.oceaninst.org

[install]
prefer-binary = true
''', _glp, "GitLab docs: PyPI packages in the package registry (personal access token in index URL)")

_jslack = slack_webhook()
add("groovy/jenkins-slack-webhook", "ci/Jenkinsfile", f'''pipeline {{
    agent {{ label 'shore-build' }}
    environment {{
        SLACK_URL = '{_jslack}'
    }}
    stages {{
        stage('Test') {{
            steps {{
                sh 'python -m pip install -e .[test]'
                sh 'pytest -q --junitxml=reports/junit.xml'
            }}
        }}
        stage('Package') {{
            when {{ branch 'main' }}
            steps {{
                sh 'python -m build'
                archiveArtifacts artifacts: 'dist/*', fingerprint: true
            }}
        }}
    }}
    post {{
        failure {{
            sh """curl -s -X POST -H 'Content-type: application/json' \\
                 --data '{{"text": "underway-qc build ${{env.BUILD_NUMBER}} failed"}}' ${{SLACK_URL}}"""
        }}
    }}
}}
''', _jslack, "Slack docs: incoming webhooks; Jenkins pipeline syntax (environment)")

_tf_id, _tf_secret = aws_key_id(), aws_secret()
add("terraform/aws-provider-keys", "infra/cruise-buckets/main.tf", f'''terraform {{
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }}
  }}
}}

provider "aws" {{
  region     = "us-west-2"
  access_key = "{_tf_id}"
  secret_key = "{_tf_secret}"
}}

variable "cruises" {{
  type    = list(string)
  default = ["sr2406", "sr2407", "sr2408"]
}}

resource "aws_s3_bucket" "cruise" {{
  for_each = toset(var.cruises)
  bucket   = "oi-cruise-${{each.key}}"
  tags = {{
    Project = "fleet-data"
    Cruise  = upper(each.key)
  }}
}}

resource "aws_s3_bucket_lifecycle_configuration" "cruise" {{
  for_each = aws_s3_bucket.cruise
  bucket   = each.value.id
  rule {{
    id     = "raw-to-glacier"
    status = "Enabled"
    filter {{ prefix = "raw/" }}
    transition {{
      days          = 90
      storage_class = "DEEP_ARCHIVE"
    }}
  }}
}}
''', _tf_secret, "Terraform AWS provider docs: static credentials (access_key / secret_key)")

add("terraform/decoy-generated-password", "infra/sampletrack-db/main.tf", '''resource "random_password" "sampletrack" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "sampletrack_db" {
  name        = "sampletrack/prod/db"
  description = "SampleTrack LIMS database credentials"
}

resource "aws_secretsmanager_secret_version" "sampletrack_db" {
  secret_id = aws_secretsmanager_secret.sampletrack_db.id
  secret_string = jsonencode({
    username = "sampletrack_app"
    password = random_password.sampletrack.result
  })
}

resource "aws_db_instance" "sampletrack" {
  identifier              = "sampletrack-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  username                = "sampletrack_app"
  password                = random_password.sampletrack.result
  backup_retention_period = 14
  skip_final_snapshot     = false
}

variable "db_admin_password" {
  type      = string
  sensitive = true
}
''', None, "Terraform docs: random_password resource, sensitive variables; AWS Secrets Manager")

_do = do_token()
add("terraform/digitalocean-tfvars", "infra/outreach-blog/terraform.tfvars", f'''# Outreach blog droplet (ship blogs during the summer cruise season)
do_token     = "{_do}"
region       = "nyc3"
droplet_size = "s-2vcpu-4gb"
ssh_key_ids  = [39218871, 40122963]
domain       = "blog.fleet.oceaninst.org"
''', _do, "DigitalOcean docs: personal access tokens (dop_v1_); Terraform digitalocean provider token")

_tfc = tfc_token()
add("hcl/terraformrc-token", "infra/.terraformrc", f'''# shared CLI config for the infra VM (user: infra)
credentials "app.terraform.io" {{
  token = "{_tfc}"
}}

plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true
''', _tfc, "Terraform CLI docs: credentials blocks in .terraformrc (atlasv1 tokens)")

_helm = url_pw()
add("helm/postgresql-password", "deploy/cruise-portal/values-prod.yaml", f'''image:
  repository: ghcr.io/oceaninst/cruise-portal
  tag: "3.8.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: cruiseportal.oceaninst.org
      paths: [{{ path: /, pathType: Prefix }}]
  tls:
    - secretName: cruiseportal-tls
      hosts: [cruiseportal.oceaninst.org]

postgresql:
  enabled: true
  auth:
    username: cruiseportal
    password: "{_helm}"
    database: cruiseportal
  primary:
    persistence:
      size: 20Gi

resources:
  requests:
    cpu: 200m
    memory: 256Mi
''', _helm, "Bitnami PostgreSQL Helm chart: auth.username / auth.password")

add("helm/decoy-existing-secret", "deploy/sampletrack/values-prod.yaml", '''image:
  repository: ghcr.io/oceaninst/sampletrack
  tag: "1.14.0"

env:
  SPRING_PROFILES_ACTIVE: prod
  SAMPLETRACK_IGSN_PREFIX: 10.58052/OI

postgresql:
  enabled: false

externalDatabase:
  host: pg-lims.oceaninst.org
  port: 5432
  database: sampletrack
  user: sampletrack_app
  existingSecret: sampletrack-db
  existingSecretPasswordKey: password

mail:
  existingSecret: sampletrack-smtp   # keys: username, password
''', None, "Helm chart conventions: existingSecret / existingSecretPasswordKey")

_geo = words_pw()
add("dockerfile/geoserver-admin", "gis/geoserver/Dockerfile", f'''FROM docker.osgeo.org/geoserver:2.24.2

# Bathymetry and cruise-track layers for the shore GIS portal
ENV SKIP_DEMO_DATA=true \\
    INSTALL_EXTENSIONS=true \\
    STABLE_EXTENSIONS="netcdf,wps,importer" \\
    GEOSERVER_ADMIN_USER=gsadmin \\
    GEOSERVER_ADMIN_PASSWORD={_geo} \\
    CORS_ENABLED=true

COPY data_dir/workspaces /opt/geoserver_data/workspaces
COPY styles/ /opt/geoserver_data/styles/

HEALTHCHECK --interval=60s CMD curl -fs http://localhost:8080/geoserver/web/ || exit 1
''', _geo, "GeoServer docker image docs: GEOSERVER_ADMIN_USER / GEOSERVER_ADMIN_PASSWORD")

_mongo = gen_pw(16)
add("k8s-secret/mongodb-uri-stringdata", "deploy/glider-api/secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: glider-api-db
  namespace: gliders
type: Opaque
stringData:
  MONGODB_URI: "mongodb+srv://glider_api:{_mongo}@gliders.x7kq2.mongodb.net/gliderdb?retryWrites=true&w=majority"
  MONGODB_DB: gliderdb
''', _mongo, "Kubernetes docs: Secret stringData; MongoDB connection string URI format")

_ghcr = github_pat()
_dcj = json.dumps({"auths": {"ghcr.io": {"username": "oceaninst-bot", "password": _ghcr,
                                         "auth": b64("oceaninst-bot:" + _ghcr)}}}, separators=(",", ":"))
add("k8s-secret/dockerconfigjson", "deploy/openrvdas/pull-secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: openrvdas
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: {b64(_dcj)}
''', _ghcr, "Kubernetes docs: kubernetes.io/dockerconfigjson Secret (kubectl create secret docker-registry)")

add("k8s/decoy-sealed-secret", "deploy/cruise-portal/sealed-db.yaml", f'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: cruiseportal-db
  namespace: cruise-portal
spec:
  encryptedData:
    password: {b64_bytes(300)[:-4]}Ag==
    username: {b64_bytes(280)[:-4]}Aw==
  template:
    metadata:
      name: cruiseportal-db
      namespace: cruise-portal
    type: Opaque
''', None, "Bitnami Sealed Secrets docs: SealedSecret encryptedData (asymmetric ciphertext)")

add("k8s/decoy-external-secret", "deploy/glider-api/externalsecret.yaml", '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: glider-api-db
  namespace: gliders
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: glider-api-db
    creationPolicy: Owner
  data:
    - secretKey: MONGODB_URI
      remoteRef:
        key: kv/gliders/api
        property: mongodb_uri
''', None, "External Secrets Operator docs: ExternalSecret with Vault ClusterSecretStore")

_sops_v = b64_bytes(24)
add("yaml/decoy-sops-ciphertext", "deploy/telemetry/secrets.enc.yaml", f'''influxdb:
    admin_token: ENC[AES256_GCM,data:{b64_bytes(66)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]
    org: ENC[AES256_GCM,data:{b64_bytes(12)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]
mqtt:
    bridge_password: ENC[AES256_GCM,data:{b64_bytes(22)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]
sops:
    age:
        - recipient: age1{rand(58, string.ascii_lowercase + "0123456789")}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB{rand(20, B64)}
            {rand(64, B64)}
            {rand(44, B64)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-29T17:02:11Z"
    mac: ENC[AES256_GCM,data:{b64_bytes(48)},iv:{b64_bytes(32)},tag:{_sops_v[:22]}==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', None, "Mozilla SOPS docs: encrypted YAML values ENC[AES256_GCM,...] with age recipients")

add("dotenv/decoy-placeholders", "shipstack/.env.example", '''# Copy to .env on the ship server and fill in. Never commit .env.
CRUISE_ID=XX0000
SHIP_CODE=xx

# InfluxDB (created by install_influxdb.sh, see wiki)
INFLUXDB_URL=http://influxdb.ship.local:8086
INFLUXDB_ORG=changeme
INFLUXDB_AUTH_TOKEN=<paste operator token here>

# Postgres
POSTGRES_USER=underway
POSTGRES_PASSWORD=changeme

# Shore bridge
MQTT_BRIDGE_USER=rv-xxxx
MQTT_BRIDGE_PASSWORD=
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
''', None, "dotenv convention: .env.example with placeholder values")

add("markdown/decoy-aws-doc-example", "docs/howto/s3-cruise-buckets.md", '''# Cruise buckets on S3

Each cruise gets `oi-cruise-<cruiseid>` (Terraform in `infra/cruise-buckets`).
Science parties get read-only IAM users at the end of the cruise.

## Configure the CLI

```console
$ aws configure --profile oi-cruise
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-west-2
Default output format [None]: json
```

(The values above are the AWS documentation examples - use the keys from the
hand-over e-mail, which is encrypted to your institute PGP key.)

## Sync a cruise

```console
$ aws s3 sync s3://oi-cruise-sr2407/ctd/ ./ctd --profile oi-cruise
```
''', None, "AWS CLI docs: aws configure example keys (AKIAIOSFODNN7EXAMPLE)")

add("cloudformation/decoy-dynamic-reference", "infra/erddap-shore/template.yaml", '''AWSTemplateFormatVersion: "2010-09-09"
Description: Shore ERDDAP metadata database

Parameters:
  VpcSubnets:
    Type: List<AWS::EC2::Subnet::Id>

Resources:
  MetaDbSubnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: erddap meta
      SubnetIds: !Ref VpcSubnets

  MetaDb:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceIdentifier: erddap-meta
      Engine: postgres
      EngineVersion: "15.5"
      DBInstanceClass: db.t4g.small
      AllocatedStorage: "50"
      DBSubnetGroupName: !Ref MetaDbSubnets
      MasterUsername: "{{resolve:secretsmanager:erddap/meta/db:SecretString:username}}"
      MasterUserPassword: "{{resolve:secretsmanager:erddap/meta/db:SecretString:password}}"
      BackupRetentionPeriod: 7
''', None, "AWS CloudFormation docs: dynamic references {{resolve:secretsmanager:...}}")

add("compose/decoy-docker-secrets", "shore/erddap/docker-compose.yml", '''services:
  erddap:
    image: axiom/docker-erddap:2.23-jdk17-openjdk
    restart: unless-stopped
    ports:
      - "8080:8080"
    environment:
      ERDDAP_bigParentDirectory: /erddapData/
      ERDDAP_baseUrl: https://erddap.oceaninst.org
      ERDDAP_emailUserName: erddap@oceaninst.org
      ERDDAP_emailPassword_FILE: /run/secrets/erddap_smtp
    secrets:
      - erddap_smtp
    volumes:
      - ./content:/usr/local/tomcat/content/erddap
      - /srv/erddap/data:/erddapData

secrets:
  erddap_smtp:
    file: ./secrets/erddap_smtp.txt
''', None, "Docker docs: Compose secrets (file-backed, _FILE convention)")

add("k8s/decoy-configmap-binarydata", "deploy/ctd-processing/calibration-configmap.yaml", f'''apiVersion: v1
kind: ConfigMap
metadata:
  name: sbe911-calibrations
  namespace: ctd-processing
  annotations:
    oceaninst.org/source: "instruments/ctd/SBE911_0937.xmlcon, 2023 calibration"
data:
  INSTRUMENT: "SBE911plus SN 0937"
binaryData:
  SBE911_0937.xmlcon.gz: {b64_bytes(420)}
''', None, "Kubernetes docs: ConfigMap binaryData (base64 of non-secret files)")

add("text/decoy-requirements-hashes", "processing/requirements.txt", f'''# pip-compile --generate-hashes requirements.in
gsw==3.6.17 \\
    --hash=sha256:{hexs(64)} \\
    --hash=sha256:{hexs(64)}
netcdf4==1.6.5 \\
    --hash=sha256:{hexs(64)} \\
    --hash=sha256:{hexs(64)}
numpy==1.26.4 \\
    --hash=sha256:{hexs(64)}
seabird==0.12.0 \\
    --hash=sha256:{hexs(64)}
xarray==2024.3.0 \\
    --hash=sha256:{hexs(64)}
''', None, "pip docs: hash-checking mode (--hash=sha256:...)")

add("text/decoy-git-lfs-pointer", "multibeam/reference/EM124_patch_test_2024.kmall", f'''version https://git-lfs.github.com/spec/v1
oid sha256:{hexs(64)}
size 734003217
# (Git LFS pointer - the patch test survey lives in LFS storage)
# acquired 2024-02-08 off Point Loma, Kongsberg EM124 SN 214
''', None, "Git LFS specification: pointer file format")

add("k8s/decoy-image-digests", "deploy/openrvdas/deployment.yaml", f'''apiVersion: apps/v1
kind: Deployment
metadata:
  name: openrvdas-shore-replay
  namespace: openrvdas
spec:
  replicas: 1
  selector:
    matchLabels: {{app: openrvdas-shore-replay}}
  template:
    metadata:
      labels: {{app: openrvdas-shore-replay}}
    spec:
      imagePullSecrets:
        - name: ghcr-pull
      containers:
        - name: openrvdas
          image: ghcr.io/oceaninst/openrvdas@sha256:{hexs(64)}
          envFrom:
            - secretRef: {{name: openrvdas-env}}
        - name: influx-proxy
          image: docker.io/library/nginx@sha256:{hexs(64)}
          ports: [{{containerPort: 8086}}]
''', None, "Kubernetes docs: images pinned by digest; envFrom secretRef")

add("python/decoy-secrets-manager", "sampletrack/tools/db.py", '''"""Database connection for SampleTrack maintenance scripts: credentials come from Secrets Manager."""
import json
from functools import lru_cache

import boto3
import psycopg


@lru_cache(maxsize=1)
def _creds() -> dict:
    sm = boto3.client("secretsmanager", region_name="us-west-2")
    return json.loads(sm.get_secret_value(SecretId="sampletrack/prod/db")["SecretString"])


def connect() -> psycopg.Connection:
    c = _creds()
    return psycopg.connect(host="pg-lims.oceaninst.org", dbname="sampletrack",
                           user=c["username"], password=c["password"], sslmode="require")
''', None, "boto3 docs: SecretsManager.Client.get_secret_value")

_azsk = azure_storage_key()
add("python/azure-storage-connection-string", "ifcb/upload_images.py", f'''"""Upload IFCB (Imaging FlowCytobot) bins to Azure Blob for the classifier pipeline."""
from pathlib import Path

from azure.storage.blob import BlobServiceClient

CONN = ("DefaultEndpointsProtocol=https;AccountName=oiifcbimages;"
        "AccountKey={_azsk};EndpointSuffix=core.windows.net")
CONTAINER = "ifcb-raw"

svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client(CONTAINER)

for bin_file in sorted(Path("/data/ifcb").glob("D2024*/*.adc")):
    stem = bin_file.with_suffix("")
    for ext in (".adc", ".hdr", ".roi"):
        src = stem.with_suffix(ext)
        blob = f"{{bin_file.parent.name}}/{{src.name}}"
        with open(src, "rb") as fh:
            container.upload_blob(blob, fh, overwrite=True)
    print("uploaded", stem.name)
''', _azsk, "Azure Storage docs: connection string with AccountKey")

_sig = b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
add("markdown/azure-sas-url", "docs/runbooks/ifcb-bulk-upload.md", f'''# IFCB bulk upload after a cruise

When the ship is back alongside and on shore internet, push the whole IFCB archive with azcopy
(the upload VM in the lab has azcopy 10.x installed).

```bash
azcopy copy "/data/ifcb/*" \\
  "https://oiifcbimages.blob.core.windows.net/ifcb-raw?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2024-09-30T23:59:59Z&st=2024-05-01T00:00:00Z&spr=https&sig={_sig}" \\
  --recursive --overwrite=ifSourceNewer --log-level=WARNING
```

Check the job with `azcopy jobs show <job-id>`; failed files can be resumed with
`azcopy jobs resume <job-id>`.

The SAS expires at the end of September; ask the data group for a new one for the next season.
''', _sig, "Azure docs: account SAS token query parameters (sig); azcopy copy")

_b2 = b2_app_key()
add("ini/rclone-b2", "archive/rclone/rclone.conf", f'''[b2-archive]
type = b2
account = 005{hexs(22)}
key = {_b2}
hard_delete = false

[ship-nas]
type = sftp
host = nas01.thompson.ship
user = archive
key_file = ~/.ssh/id_ed25519_archive

[cruise-crypt]
type = alias
remote = b2-archive:oi-cruise-archive
''', _b2, "rclone docs: Backblaze B2 backend (account / key)")

_was_id, _was_secret = rand(20, string.ascii_uppercase + string.digits), aws_secret()
add("ini/s3cfg-wasabi", "archive/.s3cfg", f'''[default]
access_key = {_was_id}
secret_key = {_was_secret}
host_base = s3.us-east-2.wasabisys.com
host_bucket = %(bucket)s.s3.us-east-2.wasabisys.com
bucket_location = us-east-2
use_https = True
check_ssl_certificate = True
multipart_chunk_size_mb = 64
''', _was_secret, "s3cmd docs: .s3cfg access_key / secret_key; Wasabi s3cmd configuration")

_minio = gen_pw(24)
add("dotenv/minio-root", "shipstack/minio/minio.env", f'''# MinIO on the ship storage server: staging bucket for data headed to shore
MINIO_ROOT_USER=shipadmin
MINIO_ROOT_PASSWORD={_minio}
MINIO_VOLUMES="/mnt/pool0/minio"
MINIO_OPTS="--console-address :9001"
MINIO_SERVER_URL="https://s3.ship.local"
MINIO_BROWSER_REDIRECT_URL="https://s3.ship.local/console"
''', _minio, "MinIO docs: MINIO_ROOT_USER / MINIO_ROOT_PASSWORD environment variables")

_hf = hf_token()
add("python/huggingface-token", "ifcb/classifier/push_model.py", f'''"""Fine-tuned ViT for IFCB plankton classes -> private model repo on the Hub."""
from huggingface_hub import HfApi, login
from transformers import AutoImageProcessor, AutoModelForImageClassification

login(token="{_hf}")

model = AutoModelForImageClassification.from_pretrained("checkpoints/ifcb-vit-2024-05")
processor = AutoImageProcessor.from_pretrained("checkpoints/ifcb-vit-2024-05")

repo = "oceaninst/ifcb-vit-northeast-shelf"
model.push_to_hub(repo, private=True)
processor.push_to_hub(repo, private=True)
HfApi().upload_file(path_or_fileobj="checkpoints/ifcb-vit-2024-05/class_list.csv",
                    path_in_repo="class_list.csv", repo_id=repo)
''', _hf, "Hugging Face Hub docs: login(token=...), User Access Tokens (hf_)")

_oai = openai_key()
add("python/openai-key", "reports/summarize_watch_logs.py", f'''"""Draft the daily science summary from the watch log (chief scientist edits before sending)."""
import sys

from openai import OpenAI

client = OpenAI(api_key="{_oai}")

log = open(sys.argv[1], encoding="utf-8").read()
prompt = ("Summarise this research vessel watch log into a short daily science report: "
          "stations occupied, instruments deployed, problems, weather.\\n\\n" + log)

resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{{"role": "user", "content": prompt}}],
    temperature=0.2,
)
print(resp.choices[0].message.content)
''', _oai, "OpenAI Python library docs: OpenAI(api_key=...)")

_ant = anthropic_key()
add("dotenv/anthropic-key", "reports/assistant/.env", f'''# watch-log assistant (runs on the shore VM, the ship sends logs by email)
ANTHROPIC_API_KEY={_ant}
ANTHROPIC_MODEL=claude-3-5-sonnet-latest
WATCHLOG_IMAP_HOST=imap.oceaninst.org
WATCHLOG_IMAP_USER=watchlog@oceaninst.org
WATCHLOG_IMAP_PASSWORD_FILE=/etc/watchlog/imap.pw
SUMMARY_RECIPIENTS=science-ops@oceaninst.org
''', _ant, "Anthropic API docs: API keys (sk-ant-api03-) via ANTHROPIC_API_KEY")

_glc = "glc_" + b64(json.dumps({"o": "913275", "n": "stack-714402-alloy-fleet-logs", "k": rand(24), "m": {"r": "prod-us-east-0"}}, separators=(",", ":"))).rstrip("=")
add("alloy/grafana-cloud-token", "shore/alloy/config.alloy", f'''// Grafana Alloy on the shore log VM: ships' syslog (relayed over the VPN) -> Grafana Cloud Loki
loki.source.syslog "ships" {{
  listener {{
    address  = "0.0.0.0:1514"
    protocol = "tcp"
    labels   = {{ component = "ship-syslog" }}
  }}
  forward_to = [loki.write.grafana_cloud.receiver]
}}

loki.write "grafana_cloud" {{
  endpoint {{
    url = "https://logs-prod-006.grafana.net/loki/api/v1/push"
    basic_auth {{
      username = "874512"
      password = "{_glc}"
    }}
  }}
}}
''', _glc, "Grafana Alloy docs: loki.write basic_auth; Grafana Cloud access policy tokens (glc_)")

_hec = uuid_s().upper()
add("conf/fluent-bit-splunk-hec", "shipstack/fluent-bit/fluent-bit.conf", f'''[SERVICE]
    Flush        10
    Log_Level    info
    storage.path /var/lib/fluent-bit/buffer

[INPUT]
    Name         tail
    Path         /var/log/openrvdas/*.log
    Tag          openrvdas.*
    storage.type filesystem

[INPUT]
    Name         systemd
    Tag          host.*
    Systemd_Filter _SYSTEMD_UNIT=chronyd.service

[OUTPUT]
    Name         splunk
    Match        *
    Host         splunk-hec.oceaninst.org
    Port         8088
    TLS          On
    Splunk_Token {_hec}
    Splunk_Send_Raw Off
    event_index  ships
''', _hec, "Fluent Bit docs: Splunk output (Splunk_Token HEC token)")

_pd = hexs(32)
add("yaml/alertmanager-pagerduty", "shore/monitoring/alertmanager.yml", f'''global:
  resolve_timeout: 10m

route:
  receiver: fleet-it-email
  group_by: [alertname, ship]
  routes:
    - matchers: [severity="page"]
      receiver: fleet-it-pagerduty
      repeat_interval: 2h

receivers:
  - name: fleet-it-email
    email_configs:
      - to: fleet-it@oceaninst.org
        from: alertmanager@oceaninst.org
        smarthost: smtp.oceaninst.org:25
        require_tls: false
  - name: fleet-it-pagerduty
    pagerduty_configs:
      - routing_key: {_pd}
        severity: critical
        description: '{{{{ .CommonLabels.ship }}}}: {{{{ .CommonAnnotations.summary }}}}'
''', _pd, "Prometheus Alertmanager docs: pagerduty_config routing_key (Events API v2 integration key)")

add("yaml/decoy-alertmanager-files", "shore/monitoring/alertmanager-ships.yml", '''global:
  resolve_timeout: 10m
  slack_api_url_file: /etc/alertmanager/secrets/slack_url

route:
  receiver: ship-it-slack
  group_by: [alertname, ship]

receivers:
  - name: ship-it-slack
    slack_configs:
      - channel: "#ship-it-alerts"
        send_resolved: true
        title: '{{ .CommonLabels.ship }} {{ .CommonLabels.alertname }}'
  - name: ship-it-pagerduty
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd_routing_key
        severity: critical
''', None, "Prometheus Alertmanager docs: slack_api_url_file, routing_key_file")

_glrt = "glrt-" + rand(20, B64URL)
add("toml/gitlab-runner-token", "ops/gitlab-runner/config.toml", f'''concurrent = 2
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "proc01.armstrong.ship"
  url = "https://gitlab.oceaninst.org"
  id = 118
  token = "{_glrt}"
  token_obtained_at = 2024-01-22T14:03:11Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.docker]
    image = "python:3.11-slim"
    privileged = false
    volumes = ["/cache", "/data:/data:ro"]
    shm_size = 0
''', _glrt, "GitLab Runner docs: config.toml [[runners]] token (glrt- authentication token)")

_atl = "ATATT3xFfGF0" + rand(170, B64URL) + "=" + upper_hex(8)
add("python/atlassian-api-token", "reports/export_cruise_wiki.py", f'''"""Export the cruise Confluence space to PDF for the R2R cruise documentation bundle."""
import sys
import time

import requests

SITE = "https://oceaninst.atlassian.net/wiki"
AUTH = ("marine-data@oceaninst.org", "{_atl}")

space = sys.argv[1]  # e.g. SR2407
pages = requests.get(f"{{SITE}}/rest/api/content", params={{"spaceKey": space, "limit": 200}},
                     auth=AUTH, timeout=60).json()["results"]
for page in pages:
    pdf = requests.get(f"{{SITE}}/spaces/flyingpdf/pdfpageexport.action",
                       params={{"pageId": page["id"]}}, auth=AUTH, timeout=300)
    with open(f"export/{{space}}_{{page['id']}}.pdf", "wb") as fh:
        fh.write(pdf.content)
    time.sleep(1)
''', _atl, "Atlassian docs: API tokens for Confluence Cloud basic auth (email, token)")

_winrm = human_pw()
add("ansible/winrm-password", "shipnet/ansible/inventory/armstrong.ini", f'''[acq_windows]
acq-01 ansible_host=10.30.0.21
acq-02 ansible_host=10.30.0.22
vmdas ansible_host=10.30.0.31

[acq_windows:vars]
ansible_connection=winrm
ansible_port=5986
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=ARMSTRONG\\svc_ansible
ansible_password={_winrm}

[linux]
proc01 ansible_host=10.30.0.50
openrvdas ansible_host=10.30.0.15
''', _winrm, "Ansible docs: Windows remote management, ansible_password with WinRM")


# ---------------------------------------------------------------------------------------------
# Ship IT operations: runbooks, shell history, servers, Windows images, embedded instruments
# ---------------------------------------------------------------------------------------------
_vt = vault_token()
add("shell-history/vault-token", "ops/home/shiptech/.bash_history", f'''ssh proc01
df -h /data
sudo systemctl status openrvdas
journalctl -u openrvdas --since "1 hour ago" | tail -50
export VAULT_ADDR=https://vault.oceaninst.org:8200
export VAULT_TOKEN={_vt}
vault kv get kv/ships/armstrong/vsat
vault kv get -field=psk kv/ships/armstrong/ipsec
ping -c 3 vpn-shore.whoi.example.org
sudo ipsec restart
sudo ipsec statusall | head -20
history | tail
''', _vt, "HashiCorp Vault docs: VAULT_TOKEN environment variable (hvs. service tokens)")

_idrac = words_pw()
add("markdown/idrac-runbook", "docs/runbooks/proc01-hung.md", f'''# proc01 (multibeam processing server) hung

Symptoms: CARIS/Qimera sessions freeze, `ssh proc01` times out, EM124 logging still fine.

1. Check from the bridge PC that the iDRAC answers: `ping 10.30.0.40`
2. Look at the console screenshot in the iDRAC web UI (https://10.30.0.40).
3. If the OS is really gone, power-cycle from the command line:

   ```
   racadm -r 10.30.0.40 -u root -p '{_idrac}' serveraction powercycle
   ```

4. After boot, check that `/data` mounted (`findmnt /data`) before restarting the
   transfer timers: `sudo systemctl start transfer-multibeam.timer`.
5. Log it in the IT log with the time and the last kmall file written.
''', _idrac, "Dell iDRAC RACADM CLI guide: racadm -r -u -p serveraction")

_vc = human_pw()
add("powershell/powercli-password", "ops/vmware/Snapshot-ShipVMs.ps1", f'''# Nightly snapshot of the ship's VMs before the acquisition software updates.
Import-Module VMware.PowerCLI
Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false | Out-Null

Connect-VIServer -Server esx01.endeavor.ship -User root -Password '{_vc}' | Out-Null

$stamp = Get-Date -Format "yyyyMMdd-HHmm"
foreach ($vm in Get-VM | Where-Object {{ $_.Name -match '^(openrvdas|erddap|proc|grafana)' }}) {{
    Get-Snapshot -VM $vm | Where-Object {{ $_.Created -lt (Get-Date).AddDays(-7) }} |
        Remove-Snapshot -Confirm:$false
    New-Snapshot -VM $vm -Name "nightly-$stamp" -Quiesce:$false -Memory:$false | Out-Null
    Write-Output "snapshot $($vm.Name)"
}}

Disconnect-VIServer -Confirm:$false
''', _vc, "VMware PowerCLI docs: Connect-VIServer -User -Password")

_unatt = words_pw()
add("xml/unattend-admin-password", "images/science-ws/autounattend.xml", f'''<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <AdministratorPassword>
          <Value>{_unatt}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Enabled>false</Enabled>
      </AutoLogon>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <TimeZone>UTC</TimeZone>
      <RegisteredOrganization>Ocean Institute Marine Operations</RegisteredOrganization>
    </component>
  </settings>
</unattend>
''', _unatt, "Microsoft docs: Windows Setup unattend AdministratorPassword (PlainText true)")

_cpw = b64_bytes(32).rstrip("=")
add("xml/gpp-cpassword", "ops/ad-backup/Policies/Machine/Preferences/Groups/Groups.xml", f'''<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{{3125E937-EB16-4b4c-9934-544FC6D24D26}}">
  <User clsid="{{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}}" name="shiplocal" image="2"
        changed="2016-03-11 08:41:27" uid="{{8B5C5E0A-2D3F-4D8B-9E51-72C0E7A4D219}}">
    <Properties action="U" newName="" fullName="Ship local admin"
                description="local admin on all science workstations"
                cpassword="{_cpw}" changeLogon="0" noChange="1" neverExpires="1"
                acctDisabled="0" userName="shiplocal"/>
  </User>
</Groups>
''', _cpw, "Microsoft MS14-025: Group Policy Preferences cpassword (AES key published)")

_exp = human_pw()
add("expect/terminal-console-login", "ops/certus/reboot_terminal.exp", f'''#!/usr/bin/expect -f
# Reboot the Iridium Certus terminal (Thales VesseLINK) from its console port when the
# web UI is unreachable. Wired to proc01:/dev/ttyS2.
set timeout 20
spawn picocom -b 115200 /dev/ttyS2
expect "login:"
send "admin\\r"
expect "Password:"
send "{_exp}\\r"
expect "#"
send "reboot\\r"
expect eof
''', _exp, "Expect(1) manual: spawn / expect / send for console logins")

_ts = rand(16, string.ascii_uppercase + string.digits)
add("arduino/thingspeak-write-key", "drifters/student-drifter/student-drifter.ino", f'''// Student drifter v3: GPS + water temperature, reports over cellular to ThingSpeak
#include <MKRNB.h>
#include <ThingSpeak.h>
#include <TinyGPS++.h>
#include <OneWire.h>
#include <DallasTemperature.h>

#define PINNUMBER ""
unsigned long CHANNEL_ID = 2381045;
const char *WRITE_KEY = "{_ts}";

NBClient client;
GPRS gprs;
NB nbAccess;
TinyGPSPlus gps;
OneWire oneWire(4);
DallasTemperature sensors(&oneWire);

void setup() {{
  Serial1.begin(9600);
  sensors.begin();
  while (nbAccess.begin(PINNUMBER) != NB_READY || gprs.attachGPRS() != GPRS_READY) {{
    delay(1000);
  }}
  ThingSpeak.begin(client);
}}

void loop() {{
  while (Serial1.available()) gps.encode(Serial1.read());
  sensors.requestTemperatures();
  if (gps.location.isValid()) {{
    ThingSpeak.setField(1, (float)gps.location.lat());
    ThingSpeak.setField(2, (float)gps.location.lng());
    ThingSpeak.setField(3, sensors.getTempCByIndex(0));
    ThingSpeak.writeFields(CHANNEL_ID, WRITE_KEY);
  }}
  delay(15UL * 60UL * 1000UL);
}}
''', _ts, "ThingSpeak docs: writeFields(channel, writeAPIKey) (16-character write API key)")

_aio = "aio_" + rand(28)
add("micropython/adafruit-io-key", "instruments/tide-gauge/main.py", f'''# Dock tide gauge (MaxBotix ultrasonic) on a Pico W -> Adafruit IO feed
import time

import network
import urequests
from machine import UART

AIO_USER = "oceaninst_dock"
AIO_KEY = "{_aio}"
FEED = "tide-gauge.range-mm"

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("DOCK-IOT", open("wifi.txt").read().strip())
while not wlan.isconnected():
    time.sleep(1)

uart = UART(0, baudrate=9600)
url = "https://io.adafruit.com/api/v2/{{}}/feeds/{{}}/data".format(AIO_USER, FEED)

while True:
    line = uart.readline()
    if line and line.startswith(b"R"):
        mm = int(line[1:5])
        urequests.post(url, headers={{"X-AIO-Key": AIO_KEY}}, json={{"value": mm}}).close()
    time.sleep(60)
''', _aio, "Adafruit IO HTTP API docs: X-AIO-Key header (aio_ keys)")

_kafka = gen_pw(26)
add("properties/kafka-jaas", "shore/ingest/ship-ingest.properties", f'''# Kafka client for the fleet telemetry ingest (shore)
bootstrap.servers=kafka-1.oceaninst.org:9094,kafka-2.oceaninst.org:9094,kafka-3.oceaninst.org:9094
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
    username="ship-ingest" \\
    password="{_kafka}";
ssl.truststore.location=/etc/ingest/kafka-truststore.jks
ssl.truststore.type=JKS
group.id=fleet-ingest
auto.offset.reset=earliest
''', _kafka, "Apache Kafka docs: SASL/SCRAM client configuration (sasl.jaas.config)")

_amqp = gen_pw(20)
add("python/celery-amqp-url", "processing/pipeline/celeryconfig.py", f'''"""Celery config for the shore processing pipeline (CTD, ADCP, underway QC)."""
broker_url = "amqp://pipeline:{_amqp}@rabbitmq.oceaninst.org:5672/fleet"
result_backend = "rpc://"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
enable_utc = True

task_routes = {{
    "pipeline.ctd.*": {{"queue": "ctd"}},
    "pipeline.adcp.*": {{"queue": "adcp"}},
    "pipeline.underway.*": {{"queue": "underway"}},
}}
worker_prefetch_multiplier = 1
task_acks_late = True
''', _amqp, "Celery docs: broker_url (amqp://user:password@host:port/vhost)")

_ls = url_pw()
add("logstash/elasticsearch-password", "shore/logstash/pipeline/ships.conf", f'''input {{
  beats {{
    port => 5044
    ssl_enabled => true
    ssl_certificate => "/etc/logstash/certs/logstash.crt"
    ssl_key => "/etc/logstash/certs/logstash.key"
  }}
}}

filter {{
  if [fields][ship] {{
    mutate {{ add_field => {{ "ship" => "%{{[fields][ship]}}" }} }}
  }}
  if [log][file][path] =~ "openrvdas" {{
    grok {{ match => {{ "message" => "%{{TIMESTAMP_ISO8601:ts}} %{{LOGLEVEL:level}} %{{GREEDYDATA:msg}}" }} }}
  }}
}}

output {{
  elasticsearch {{
    hosts => ["https://es.oceaninst.org:9200"]
    user => "logstash_ships"
    password => "{_ls}"
    index => "ships-%{{+YYYY.MM}}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }}
}}
''', _ls, "Logstash docs: elasticsearch output plugin user / password")

_ntrip = url_pw()
add("systemd/ntrip-url", "instruments/rtk/str2str-ntrip.service", f'''[Unit]
Description=RTK corrections from the state CORS caster to the AUV base GNSS
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=gnss
ExecStart=/usr/local/bin/str2str \\
    -in ntrip://oi_auvbase:{_ntrip}@rtn.example-cors.org:2101/RTCM3_MSM_NEAR \\
    -out serial://ttyUSB2:115200:8:n:1:off \\
    -b 1 -t 2
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
''', _ntrip, "RTKLIB manual: str2str ntrip://user:passwd@addr:port/mntpnt stream path")

_erddb = gen_pw(18)
add("xml/erddap-database-password", "erddap/content/erddap/datasets.d/sampletrack_bottles.xml", f'''<dataset type="EDDTableFromDatabase" datasetID="sampletrack_bottles" active="true">
    <sourceUrl>jdbc:postgresql://pg-lims.oceaninst.org:5432/sampletrack</sourceUrl>
    <driverName>org.postgresql.Driver</driverName>
    <connectionProperty name="user">erddap_ro</connectionProperty>
    <connectionProperty name="password">{_erddb}</connectionProperty>
    <connectionProperty name="ssl">true</connectionProperty>
    <catalogName></catalogName>
    <schemaName>public</schemaName>
    <tableName>bottle_results</tableName>
    <reloadEveryNMinutes>60</reloadEveryNMinutes>
    <addAttributes>
        <att name="cdm_data_type">Point</att>
        <att name="institution">Ocean Institute</att>
        <att name="title">Bottle sample results (SampleTrack)</att>
        <att name="license">CC-BY-4.0</att>
    </addAttributes>
    <dataVariable>
        <sourceName>cruise</sourceName>
        <destinationName>cruise</destinationName>
        <dataType>String</dataType>
    </dataVariable>
    <dataVariable>
        <sourceName>depth_m</sourceName>
        <destinationName>depth</destinationName>
        <dataType>double</dataType>
        <addAttributes><att name="units">m</att></addAttributes>
    </dataVariable>
</dataset>
''', _erddb, "ERDDAP docs: EDDTableFromDatabase connectionProperty user/password")

_gs = gen_pw(16)
add("xml/geoserver-datastore-plain", "gis/geoserver/data_dir/workspaces/fleet/cruise_tracks/datastore.xml", f'''<dataStore>
  <id>DataStoreInfoImpl-5a1e9c3f:18b2a7d41e0:-7ff2</id>
  <name>cruise_tracks</name>
  <type>PostGIS</type>
  <enabled>true</enabled>
  <workspace>
    <id>WorkspaceInfoImpl-5a1e9c3f:18b2a7d41e0:-7fff</id>
  </workspace>
  <connectionParameters>
    <entry key="host">pg-gis.oceaninst.org</entry>
    <entry key="port">5432</entry>
    <entry key="database">gis</entry>
    <entry key="schema">fleet</entry>
    <entry key="user">geoserver</entry>
    <entry key="passwd">plain:{_gs}</entry>
    <entry key="dbtype">postgis</entry>
    <entry key="Expose primary keys">true</entry>
    <entry key="max connections">10</entry>
  </connectionParameters>
  <__default>false</__default>
</dataStore>
''', _gs, "GeoServer docs: datastore.xml connection parameters, plain: password prefix")

_pgp = human_pw()
add("pgpass/postgres-password", "ops/home/datamgr/.pgpass", f'''# hostname:port:database:username:password   (chmod 0600)
pg-lims.oceaninst.org:5432:sampletrack:datamgr:{_pgp}
pg-gis.oceaninst.org:5432:gis:datamgr:{_pgp}
localhost:5432:*:postgres:*
# timescale on the ships uses peer auth, nothing here
''', _pgp, "PostgreSQL docs: the password file (.pgpass)")

_mycnf = gen_pw(20)
add("ini/mysql-client-password", "legacy/scs2db/.my.cnf", f'''[client]
host=db-archive.oceaninst.org
user=scsload
password={_mycnf}
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
''', _mycnf, "MySQL docs: option files, [client] password")

_sqlpw = words_pw()
add("sql/create-role-password", "sampletrack/db/migrations/V31__erddap_reader.sql", f'''-- Read-only role for the ERDDAP EDDTableFromDatabase datasets
CREATE ROLE erddap_ro LOGIN PASSWORD '{_sqlpw}' CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE sampletrack TO erddap_ro;
GRANT USAGE ON SCHEMA public TO erddap_ro;
GRANT SELECT ON bottle_results, casts, stations TO erddap_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO erddap_ro;

COMMENT ON ROLE erddap_ro IS 'ERDDAP shore server, read only';
''', _sqlpw, "PostgreSQL docs: CREATE ROLE ... LOGIN PASSWORD")

_sssd = human_pw()
add("ini/sssd-bind-password", "shipnet/ansible/roles/ldap_client/files/sssd.conf", f'''[sssd]
config_file_version = 2
services = nss, pam, sudo
domains = OCEANINST

[domain/OCEANINST]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap-ship.local, ldaps://ldap.oceaninst.org
ldap_search_base = dc=oceaninst,dc=org
ldap_default_bind_dn = uid=svc-sssd,ou=services,dc=oceaninst,dc=org
ldap_default_authtok_type = password
ldap_default_authtok = {_sssd}
ldap_tls_reqcert = demand
cache_credentials = true
offline_credentials_expiration = 60
''', _sssd, "sssd-ldap(5): ldap_default_bind_dn / ldap_default_authtok")

_cifs = gen_pw(16)
add("fstab/cifs-password", "images/science-ws-linux/etc/fstab", f'''# <file system>                      <mount point>   <type>  <options>                                         <dump> <pass>
UUID=3b1f8a6e-92c4-4d0b-a9f1-6c2e47d1b0a3  /               ext4    errors=remount-ro                                  0 1
UUID=7e2d-41A9                             /boot/efi       vfat    umask=0077                                         0 1
/swapfile                                  none            swap    sw                                                 0 0
//nas01.thompson.ship/cruise   /mnt/cruise   cifs  username=scidata,password={_cifs},uid=1000,gid=1000,vers=3.0,_netdev  0 0
//nas01.thompson.ship/raw      /mnt/raw      cifs  username=scidata,password={_cifs},ro,vers=3.0,_netdev                 0 0
''', _cifs, "mount.cifs(8): username= / password= options in fstab")

_tg = telegram_token()
add("python/telegram-bot-token", "ops/noon_report_bot.py", f'''"""Post the noon position report to the PIs' Telegram group."""
import asyncio
import json

from telegram import Bot

BOT_TOKEN = "{_tg}"
CHAT_ID = -1001877462310


async def main() -> None:
    fix = json.load(open("/run/openrvdas/latest_fix.json"))
    text = (f"Noon report {{fix['date']}}\\n"
            f"Pos {{fix['lat']:.3f}}, {{fix['lon']:.3f}}\\n"
            f"COG {{fix['cog']:.0f}} SOG {{fix['sog']:.1f}} kn\\n"
            f"Wind {{fix['wind_dir']:.0f}}/{{fix['wind_kn']:.0f}} kn, sea {{fix['sea_state']}}")
    await Bot(BOT_TOKEN).send_message(chat_id=CHAT_ID, text=text)


asyncio.run(main())
''', _tg, "python-telegram-bot docs: Bot(token).send_message; Telegram Bot API token format")

_twt = hexs(32)
add("python/twilio-auth-token", "ops/winch_tension_alert.py", f'''"""Text the winch operator and the bosun when the CTD wire tension exceeds the safe limit."""
import time

from twilio.rest import Client

ACCOUNT_SID = "{twilio_sid()}"
AUTH_TOKEN = "{_twt}"
FROM = "+15085550143"
TO = ["+15085550178", "+15085550191"]
LIMIT_KG = 2700

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def read_tension() -> float:
    with open("/run/winch/ctd_tension_kg") as fh:
        return float(fh.read())


last_alert = 0.0
while True:
    t = read_tension()
    if t > LIMIT_KG and time.time() - last_alert > 300:
        for number in TO:
            client.messages.create(body=f"CTD wire tension {{t:.0f}} kg > {{LIMIT_KG}}", from_=FROM, to=number)
        last_alert = time.time()
    time.sleep(1)
''', _twt, "Twilio docs: Client(account_sid, auth_token), messages.create")

_sgk = sendgrid_key()
add("javascript/sendgrid-key", "cruise-portal-api/src/mail.js", f'''// Berth confirmation e-mails for cruise participants
const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("{_sgk}");

async function sendBerthConfirmation(participant, cruise) {{
  await sgMail.send({{
    to: participant.email,
    from: {{ email: "marine-ops@oceaninst.org", name: "Marine Operations" }},
    subject: `Berth confirmed: ${{cruise.id}} on ${{cruise.vessel}}`,
    text: `Dear ${{participant.name}},\\n\\nYour berth on ${{cruise.vessel}} (${{cruise.id}}) is confirmed.\\n` +
          `Sailing ${{cruise.departs}} from ${{cruise.port}}. Medical forms are due two weeks before sailing.`,
  }});
}}

module.exports = {{ sendBerthConfirmation }};
''', _sgk, "SendGrid Node.js library docs: sgMail.setApiKey (SG. keys)")

_teams = teams_webhook()
add("powershell/teams-webhook", "ops/Watch-VsatLink.ps1", f'''# Post to the Fleet IT Teams channel when the VSAT modem stops answering (bridge PC, every 5 min).
$Webhook = "{_teams}"
$Modem = "192.168.0.1"

if (-not (Test-Connection -ComputerName $Modem -Count 3 -Quiet)) {{
    $card = @{{
        "@type"    = "MessageCard"
        "@context" = "http://schema.org/extensions"
        summary    = "VSAT modem unreachable"
        themeColor = "D7000C"
        title      = "R/V Endeavor: VSAT modem $Modem unreachable"
        text       = "No ping reply at $(Get-Date -Format u). Starlink failover should carry traffic."
    }} | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri $Webhook -Body $card -ContentType "application/json"
}}
''', _teams, "Microsoft Teams docs: incoming webhooks (webhook.office.com URL)")

_dw = discord_webhook()
add("javascript/discord-webhook", "outreach/discord-relay/index.js", f'''// Relays the ship's hourly outreach photo + position to the student Discord server.
import fs from "node:fs/promises";

const WEBHOOK = "{_dw}";

export async function postHourly() {{
  const fix = JSON.parse(await fs.readFile("/run/openrvdas/latest_fix.json", "utf8"));
  const photo = await fs.readFile("/data/outreach/latest.jpg");
  const form = new FormData();
  form.append("payload_json", JSON.stringify({{
    username: "R/V Sikuliaq",
    content: `We are at ${{fix.lat.toFixed(2)}}, ${{fix.lon.toFixed(2)}} - water ${{fix.sst.toFixed(1)}} C`,
  }}));
  form.append("files[0]", new Blob([photo], {{ type: "image/jpeg" }}), "deck.jpg");
  const res = await fetch(WEBHOOK, {{ method: "POST", body: form }});
  if (!res.ok) throw new Error(`discord ${{res.status}}`);
}}
''', _dw, "Discord developer docs: Execute Webhook")

_ossh = openssh_key()
_ossh_indented = "\n".join("  " + line for line in _ossh.splitlines())
add("ansible/openssh-private-key", "shipnet/ansible/group_vars/ships/transfer.yml", f'''---
# rsync-over-ssh key used by every ship to push to data.oceaninst.org (user: rvtransfer)
transfer_user: rvtransfer
transfer_host: data.oceaninst.org
transfer_known_host: "data.oceaninst.org {ssh_pub()}"
transfer_private_key: |
{_ossh_indented}
transfer_bwlimit_kbps: 2000
''', _ossh, "OpenSSH ssh-keygen(1): OPENSSH PRIVATE KEY format; Ansible literal block scalars")

_ec = pem_ec()
add("pem/ec-private-key", "erddap/tls/erddap.ship.local.key",
    "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n" + _ec + "\n", _ec,
    "RFC 5915 / OpenSSL: EC PRIVATE KEY PEM (openssl ecparam -genkey)")

_windy = rand(32)
add("python/windy-api-key", "cruiseplan/weather/windy_forecast.py", f'''"""Point forecast along the planned track (Windy Point Forecast API v2)."""
import requests

WINDY_KEY = "{_windy}"


def forecast(lat: float, lon: float) -> dict:
    body = {{
        "lat": round(lat, 2),
        "lon": round(lon, 2),
        "model": "gfsWave",
        "parameters": ["waves", "windWaves", "swell1"],
        "levels": ["surface"],
        "key": WINDY_KEY,
    }}
    r = requests.post("https://api.windy.com/api/point-forecast/v2", json=body, timeout=30)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    for lat, lon in [(41.2, -69.8), (40.6, -68.9), (39.9, -68.1)]:
        f = forecast(lat, lon)
        print(lat, lon, max(f["waves_height-surface"][:24]))
''', _windy, "Windy API docs: Point Forecast API v2 (key in request body)")

_xoxb = slack_bot()
add("ini/supervisord-slack-token", "shipstack/supervisor/alarm-bot.conf", f'''[program:alarm-bot]
command=/opt/alarm-bot/venv/bin/python -m alarmbot --config /opt/alarm-bot/alarms.yaml
directory=/opt/alarm-bot
user=openrvdas
autostart=true
autorestart=true
startsecs=5
environment=SLACK_BOT_TOKEN="{_xoxb}",SLACK_CHANNEL="#endeavor-watch",SHIP="endeavor"
stdout_logfile=/var/log/alarm-bot/out.log
stderr_logfile=/var/log/alarm-bot/err.log
''', _xoxb, "Supervisor docs: [program:x] environment; Slack bot tokens (xoxb-)")


# ---------------------------------------------------------------------------------------------
# More decoys: what ship IT and data teams commit that looks dangerous but leaks nothing
# ---------------------------------------------------------------------------------------------
add("markdown/decoy-keepass-runbook", "docs/runbooks/vsat-failover.md", '''# VSAT <-> Starlink failover

The firewall fails over automatically; this runbook is for when it does not.

## Credentials

All device logins are in the ship IT KeePass (`\\\\nas01\\it\\ShipIT.kdbx`), group **Network**:

| device | KeePass entry |
| --- | --- |
| VSAT modem (iDirect X7) | `Network / VSAT modem admin` |
| Intellian ACU | `Network / ACU web` |
| fw01 (pfSense) | `Network / fw01 admin` |

Never write a password in this wiki or in a ticket. The KeePass master password is in the
captain's safe envelope and with Fleet IT on shore.

## Steps

1. `ssh admin@fw01` (you will be prompted for the password).
2. `pfctl -s state | grep -c starlink` to see whether traffic already moved.
3. If not: Status > Gateways > set `VSAT_GW` to "Force down".
4. Tell the bridge and log it in the IT log.
''', None, "Runbook convention: credentials referenced by password-manager entry")

add("shell-history/decoy-benign", "ops/home/datamgr/.zsh_history", ''': 1715500211:0;cd ~/cruises/SR2407
: 1715500219:0;vault login -method=oidc role=datamgr
: 1715500240:0;vault kv get -field=password kv/sampletrack/datamgr | pbcopy
: 1715500262:0;psql -h pg-lims.oceaninst.org -U datamgr sampletrack
: 1715500301:0;ssh-add ~/.ssh/id_ed25519_transfer
: 1715500310:0;rsync -av --progress rvtransfer@data.oceaninst.org:/srv/cruises/SR2407/ctd/ ./ctd/
: 1715500422:0;python -m ctdproc.qc ctd/*.cnv --report qc/
: 1715500590:0;git status
: 1715500601:0;git commit -am "SR2407 ctd qc flags"
''', None, "zsh extended history format; Vault CLI OIDC login (no token in history)")

add("ssh/decoy-authorized-keys", "shipnet/ansible/roles/base/files/authorized_keys_shiptech", f'''# Marine technicians - managed by ansible (roles/base). Public keys only.
{ssh_pub()} jmoreau@laptop-2023
{ssh_pub()} akapoor@oi-mbp
{ssh_pub("rsa")} fleet-it-breakglass
{ssh_pub()} shiptech@bridge-pc
# restricted key for the transfer user
command="/usr/local/bin/rrsync /srv/cruises",no-pty,no-agent-forwarding {ssh_pub()} rvtransfer@ships
''', None, "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

add("ssh/decoy-known-hosts", "shipnet/ansible/roles/base/files/ssh_known_hosts", f'''data.oceaninst.org,198.51.100.20 {ssh_pub()}
sftp.oceaninst.org {ssh_pub()}
sftp.rvdata.example.us {ssh_pub("rsa")}
proc01.armstrong.ship,10.30.0.50 {ssh_pub()}
proc01.thompson.ship,10.30.0.50 {ssh_pub()}
nas01.thompson.ship {ssh_pub()}
''', None, "OpenSSH sshd(8): SSH_KNOWN_HOSTS file format (host public keys)")

_pgp_body = b64_bytes(900)
add("pgp/decoy-public-key", "publish/keys/oceaninst-data-signing.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Ocean Institute data release signing key (2024)\n\n"
    + "\n".join(_pgp_body[i:i + 64] for i in range(0, len(_pgp_body), 64)) + "\n=" + rand(4, B64) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
    None, "RFC 4880: ASCII-armored OpenPGP public key block")

add("text/decoy-firmware-checksums", "netops/firmware/SHA256SUMS", "\n".join(f"{hexs(64)}  {n}" for n in [
    "iDirect_X7_iDX4.1.3.0.pkg", "Intellian_v100_ACU_1.53.4.bin", "Intellian_v100_PCU_1.21.0.bin",
    "pfSense-plus-Netgate-4200-24.03.img.gz", "RouterOS-arm-6.49.13.npk", "Peplink_MAX_HD4_8.4.1.img",
    "Cobham_SAILOR_6103_1.14.fw"]) + "\n", None, "GNU coreutils sha256sum: checksum file format")

add("json/decoy-django-password-hashes", "openrvdas/django_gui/fixtures/users.json", json.dumps([
    {"model": "auth.user", "pk": i + 1, "fields": {
        "username": name, "is_staff": staff, "is_superuser": su,
        "password": f"pbkdf2_sha256$600000${rand(22)}${b64_bytes(32)}",
        "email": f"{name}@oceaninst.org", "date_joined": "2024-01-15T00:00:00Z"}}
    for i, (name, staff, su) in enumerate([("rvdas", True, True), ("watch", False, False), ("science", False, False)])],
    indent=2) + "\n", None, "Django docs: password management, PBKDF2 hashed password field")

add("htpasswd/decoy-bcrypt", "shipstack/nginx/htpasswd-grafana-public", "\n".join(
    f"{u}:$2y$10${rand(53, ALNUM + './')}" for u in ["bridge", "mainlab", "chiefsci", "outreach", "engineroom"]) + "\n",
    None, "Apache htpasswd docs: bcrypt ($2y$) password hashes")

add("sql/decoy-scram-hash", "sampletrack/db/migrations/V32__grafana_reader.sql", f'''-- Grafana read-only role. The password is set as a SCRAM verifier generated offline
-- (scripts/scram_verifier.py); the plaintext is only in the Vault entry kv/sampletrack/grafana.
CREATE ROLE grafana_ro LOGIN
  PASSWORD 'SCRAM-SHA-256$4096:{b64_bytes(16)}${b64_bytes(32)}:{b64_bytes(32)}';

GRANT CONNECT ON DATABASE sampletrack TO grafana_ro;
GRANT USAGE ON SCHEMA public TO grafana_ro;
GRANT SELECT ON casts, stations TO grafana_ro;
''', None, "PostgreSQL docs: password authentication, SCRAM-SHA-256 stored verifiers")

add("log/decoy-redacted", "docs/incidents/2024-04-17-erddap-smtp.md", '''# 2024-04-17 ERDDAP e-mail failures on the shore server

ERDDAP stopped sending subscription e-mails after the Office 365 password rotation.
Relevant log lines (credentials redacted before pasting):

```
2024-04-17T08:02:11Z EmailThread: javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful
2024-04-17T08:02:11Z   user=erddap@oceaninst.org password=********
2024-04-17T08:02:12Z   POST https://login.microsoftonline.com/.../oauth2/v2.0/token
2024-04-17T08:02:12Z   Authorization: Bearer [REDACTED]
2024-04-17T08:02:12Z   client_secret=<redacted>
```

Fix: new password stored in Vault (`kv/erddap/smtp`), setup.xml regenerated by ansible,
ERDDAP restarted 09:15Z. Action: move ERDDAP mail to an SMTP relay that does not need a
mailbox password.
''', None, "Incident write-up with redacted credentials")

add("markdown/decoy-jwt-io-example", "cruise-portal-api/docs/auth.md", '''# Portal API authentication

The portal issues HS256 JWTs after Keycloak login. Send them as a bearer token:

```http
GET /api/v1/berths HTTP/1.1
Host: cruiseportal.oceaninst.org
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

(The token above is the well-known example from jwt.io; it is not valid for the portal.)

Tokens expire after 8 hours. Claims we read:

| claim | meaning |
| --- | --- |
| `sub` | Keycloak user id |
| `roles` | `participant`, `chief-scientist`, `marine-ops` |
| `cruise` | cruise ids the user may see |
''', None, "jwt.io introduction: example HS256 token")

add("python/decoy-test-fixtures", "sampletrack/tests/test_api_client.py", '''import pytest
import responses

from sampletrack.client import SampleTrackClient

FAKE_API_KEY = "test-key-not-real"


@pytest.fixture
def client():
    return SampleTrackClient("https://samples.example.test/api/v2", api_key=FAKE_API_KEY)


@responses.activate
def test_register_sends_key(client):
    responses.post("https://samples.example.test/api/v2/samples", json={"igsn": "10.58052/OI0000001"})
    igsn = client.register(cruise="XX0000", station=1, cast=1, niskin=1, material="seawater")
    assert igsn == "10.58052/OI0000001"
    assert responses.calls[0].request.headers["X-API-Key"] == FAKE_API_KEY


@responses.activate
def test_bad_key_raises(client):
    responses.post("https://samples.example.test/api/v2/samples", status=401)
    with pytest.raises(PermissionError):
        client.register(cruise="XX0000", station=1, cast=1, niskin=2, material="seawater")
''', None, "pytest / responses docs: test fixtures with dummy credentials")

add("python/decoy-keyring", "tools/shore_sftp.py", '''"""Interactive SFTP helper for the data managers; the password lives in the OS keyring."""
import getpass
import sys

import keyring
import paramiko

SERVICE = "oceaninst-sftp"
HOST = "sftp.oceaninst.org"


def password_for(user: str) -> str:
    pw = keyring.get_password(SERVICE, user)
    if pw is None:
        pw = getpass.getpass(f"SFTP password for {user}@{HOST}: ")
        keyring.set_password(SERVICE, user, pw)
    return pw


def main(user: str, local: str, remote: str) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=user, password=password_for(user))
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(local, remote)
    transport.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
''', None, "keyring docs: get_password / set_password; paramiko Transport.connect")

add("python/decoy-password-generator", "it/accounts/make_cruise_passwords.py", '''"""Generate one-time passwords for visiting scientists; printed once on the welcome sheets."""
import csv
import secrets
import string
import sys

ALPHABET = string.ascii_letters + string.digits
WORDS = [w.strip() for w in open("/usr/share/dict/words") if w.strip().isalpha() and 4 <= len(w.strip()) <= 7]


def one_time_password() -> str:
    return "-".join(secrets.choice(WORDS).lower() for _ in range(3)) + str(secrets.randbelow(100))


def main(roster: str) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["email", "temporary_password"])
    with open(roster, newline="") as fh:
        for row in csv.DictReader(fh):
            writer.writerow([row["Email"], one_time_password()])


if __name__ == "__main__":
    main(sys.argv[1])
''', None, "Python docs: secrets module for generating passwords")

add("markdown/decoy-password-policy", "docs/policies/ship-accounts.md", '''# Shipboard account policy

* Science party accounts are created from the cruise roster two weeks before sailing and
  disabled 30 days after the end of the cruise.
* Passwords: at least 14 characters; passphrases welcome. The temporary password printed on
  the welcome sheet must be changed at first login (`passwd` or Ctrl-Alt-Del on Windows).
* Shared accounts (`science`, `watch`) have no password login; use your own account and
  `sudo -u science`.
* Device admin passwords (VSAT, ACU, switches) are rotated after every shipyard period and
  stored only in the ship IT KeePass. Example of what NOT to do: `password: Summer2024!`.
* Report a leaked password to fleet-it@oceaninst.org immediately, even at sea.
''', None, "Institutional password policy document")

add("xml/decoy-unattend-deleted", "images/science-ws/Panther/unattend.xml", '''<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>*SENSITIVE*DATA*DELETED*</AdministratorPassword>
        <LocalAccounts>
          <LocalAccount>
            <Password>*SENSITIVE*DATA*DELETED*</Password>
            <Name>shiplocal</Name>
            <Group>Administrators</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <TimeZone>UTC</TimeZone>
    </component>
  </settings>
</unattend>
''', None, "Microsoft docs: Windows Setup scrubs passwords in Panther unattend.xml (*SENSITIVE*DATA*DELETED*)")

add("jinja/decoy-cisco-template", "shipnet/ansible/roles/switch_base/templates/ios_base.j2", '''hostname {{ inventory_hostname_short }}
service password-encryption
enable algorithm-type scrypt secret {{ vault_enable_secret }}
username {{ admin_user }} privilege 15 algorithm-type scrypt secret {{ vault_admin_secret }}
!
aaa new-model
aaa authentication login default group tacacs+ local
tacacs server SHORE
 address ipv4 {{ tacacs_host }}
 key {{ vault_tacacs_key }}
!
snmp-server group SHIPMON v3 priv
snmp-server user {{ snmp_user }} SHIPMON v3 auth sha {{ vault_snmp_auth }} priv aes 128 {{ vault_snmp_priv }}
!
ntp server {{ ntp_server }}
{% for vlan in vlans %}
vlan {{ vlan.id }}
 name {{ vlan.name }}
{% endfor %}
''', None, "Ansible docs: Jinja2 templates with vaulted variables")

add("yaml/decoy-vessel-registry", "fleet/vessels.yaml", '''# Public identifiers of the fleet (on the website and in AIS; not credentials)
- name: R/V Neil Armstrong
  code: AR
  call_sign: KCFQ
  mmsi: 369970049
  imo: 9652399
  iridium_imei: "300234063904190"
  starlink_terminal: ut01000000-00000000-005a1c4e
- name: R/V Atlantis
  code: AT
  call_sign: KAQP
  mmsi: 369132000
  imo: 9105798
  iridium_imei: "300234063904210"
- name: R/V Endeavor
  code: EN
  call_sign: KCEJ
  mmsi: 367155000
  imo: 7614850
''', None, "ITU MMSI / IMO numbers / Iridium IMEI: public vessel identifiers")

add("javascript/decoy-oauth-client-id", "cruise-portal/web/src/auth/google.js", f'''// "Sign in with Google" on the public cruise application page.
// A client ID is public by design; there is no client secret in a browser app.
export const GOOGLE_CLIENT_ID = "{_rng().randint(10**11, 10**12)}-{rand(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com";

export function renderButton(el, onCredential) {{
  window.google.accounts.id.initialize({{
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp) => onCredential(resp.credential),
    ux_mode: "popup",
  }});
  window.google.accounts.id.renderButton(el, {{ theme: "outline", size: "large" }});
}}
''', None, "Google Identity Services docs: client ID in browser code")

add("typescript/decoy-msal-config", "ShipTime.Spa/src/authConfig.ts", f'''import {{ Configuration, LogLevel }} from "@azure/msal-browser";

// Public client (SPA with PKCE): tenant and client ids are identifiers, not secrets.
export const msalConfig: Configuration = {{
  auth: {{
    clientId: "{uuid_s()}",
    authority: "https://login.microsoftonline.com/{uuid_s()}",
    redirectUri: "https://shiptime.oceaninst.org/auth",
  }},
  cache: {{
    cacheLocation: "sessionStorage",
  }},
  system: {{
    loggerOptions: {{ logLevel: LogLevel.Warning }},
  }},
}};

export const loginRequest = {{ scopes: ["User.Read", "api://shiptime/Schedule.Read"] }};
''', None, "Microsoft MSAL.js docs: SPA configuration (clientId, authority)")

add("text/decoy-go-sum", "shipapi/go.sum", "\n".join(f"{m} h1:{b64_bytes(32)}" for m in [
    "github.com/jackc/pgpassfile v1.0.0", "github.com/jackc/pgpassfile v1.0.0/go.mod",
    "github.com/jackc/pgservicefile v0.0.0-20231201235250-de7065d80cb9", "github.com/jackc/pgx/v5 v5.5.5",
    "github.com/jackc/puddle/v2 v2.2.1", "golang.org/x/crypto v0.21.0", "golang.org/x/text v0.14.0"]) + "\n",
    None, "Go modules reference: go.sum (h1: SHA-256 hashes)")

add("json/decoy-package-lock-integrity", "cruise-map-widget/package-lock.json", json.dumps({
    "name": "@oceaninst/cruise-map-widget", "version": "1.4.2", "lockfileVersion": 3, "requires": True,
    "packages": {
        "": {"name": "@oceaninst/cruise-map-widget", "version": "1.4.2", "dependencies": {"leaflet": "^1.9.4"}},
        "node_modules/leaflet": {"version": "1.9.4", "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
                                 "integrity": "sha512-" + b64_bytes(64)},
        "node_modules/typescript": {"version": "5.4.5", "resolved": "https://registry.npmjs.org/typescript/-/typescript-5.4.5.tgz",
                                    "integrity": "sha512-" + b64_bytes(64), "dev": True},
    }}, indent=2) + "\n", None, "npm docs: package-lock.json integrity (Subresource Integrity sha512)")

add("pem/decoy-certificate", "erddap/tls/erddap.ship.local.crt", cert_pem() + "\n", None,
    "RFC 7468: PEM-encoded X.509 certificate (public)")

add("k8s-secret/decoy-ca-cert-only", "deploy/telemetry/kafka-ca.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: kafka-cluster-ca
  namespace: fleet-telemetry
  annotations:
    oceaninst.org/note: "public CA certificate only; mounted as a Secret because the strimzi client expects one"
type: Opaque
data:
  ca.crt: {b64(cert_pem() + chr(10))}
''', None, "Kubernetes docs: Secret data base64; a CA certificate is public material")

add("hcl/decoy-vault-policy", "ops/vault/policies/ship-armstrong.hcl", '''# Policy for the Armstrong's vault-agent (AppRole "ship-armstrong")
path "kv/data/ships/armstrong/*" {
  capabilities = ["read"]
}

path "kv/data/fleet/shared/*" {
  capabilities = ["read"]
}

path "pki_ships/issue/armstrong" {
  capabilities = ["create", "update"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}
''', None, "HashiCorp Vault docs: ACL policy syntax")

add("ctmpl/decoy-vault-agent-template", "ops/vault/templates/telegraf.env.ctmpl", '''{{- with secret "kv/data/ships/armstrong/influx" -}}
INFLUX_URL=http://10.10.4.20:8086
INFLUX_ORG={{ .Data.data.org }}
INFLUX_TOKEN={{ .Data.data.telegraf_token }}
{{- end }}
{{ with secret "kv/data/fleet/shared/snmp" -}}
SNMP_V3_USER={{ .Data.data.user }}
SNMP_V3_AUTH={{ .Data.data.auth }}
{{- end }}
''', None, "Vault Agent docs: templates (consul-template secret function)")

add("markdown/decoy-saildrone-readme", "usv/README.md", '''# Saildrone data pulls

`saildrone_pull.py` reads the API key and secret from the environment:

```bash
export SAILDRONE_KEY="YOUR_KEY"
export SAILDRONE_SECRET="YOUR_SECRET"
python saildrone_pull.py --drone 1088 --days 1
```

Request keys from the Saildrone mission portal (Account > API access). The key pair is
per-mission; ask the PI to add you to the mission first.

Example request (from the Saildrone API docs):

```bash
curl -X POST https://developer-mission.saildrone.com/v1/auth \\
  -H "Content-Type: application/json" \\
  -d '{"key": "<your key>", "secret": "<your secret>"}'
```
''', None, "Saildrone Mission API docs: /v1/auth request example with placeholders")

add("systemd/decoy-ntrip-env", "instruments/rtk/str2str-ntrip@.service", '''[Unit]
Description=RTK corrections for %i (credentials from /etc/rtk/%i.env)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=gnss
EnvironmentFile=/etc/rtk/%i.env
ExecStart=/usr/local/bin/str2str \\
    -in ntrip://${NTRIP_USER}:${NTRIP_PASSWORD}@${NTRIP_CASTER}:2101/${NTRIP_MOUNT} \\
    -out serial://${GNSS_PORT}:115200:8:n:1:off
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
''', None, "systemd.exec(5): EnvironmentFile and ${VAR} expansion in ExecStart")

add("expect/decoy-env-password", "ops/certus/status_terminal.exp", '''#!/usr/bin/expect -f
# Read signal status from the Certus terminal console. Password comes from the
# environment (set by the wrapper from KeePassXC: keepassxc-cli show -a Password ...).
if {![info exists env(CERTUS_PW)]} {
    puts stderr "CERTUS_PW not set"
    exit 1
}
set timeout 20
spawn picocom -b 115200 /dev/ttyS2
expect "login:"
send "admin\\r"
expect "Password:"
send "$env(CERTUS_PW)\\r"
expect "#"
send "status signal\\r"
expect "#"
send "exit\\r"
expect eof
''', None, "Expect(1) manual: env array for values read from the environment")

add("c/decoy-arduino-secrets-example", "drifters/student-drifter-v4/arduino_secrets.h.example", '''// Copy to arduino_secrets.h (ignored by git) and fill in for your drifter.
// The Arduino IDE shows these in the "Secret" tab.
#define SECRET_PINNUMBER     ""
#define SECRET_GPRS_APN      "hologram"
#define SECRET_TS_CHANNEL    0
#define SECRET_TS_WRITE_KEY  "YOUR-WRITE-KEY"
''', None, "Arduino docs: arduino_secrets.h convention for sketch secrets")

add("python/decoy-env-token", "ops/noon_report_bot_v2.py", '''"""Noon report bot, v2: the token comes from systemd's LoadCredential, never from the repo."""
import asyncio
import json
import os
from pathlib import Path

from telegram import Bot

CRED_DIR = Path(os.environ["CREDENTIALS_DIRECTORY"])
BOT_TOKEN = (CRED_DIR / "telegram_token").read_text().strip()
CHAT_ID = int(os.environ.get("NOON_CHAT_ID", "-1001877462310"))


async def main() -> None:
    fix = json.loads(Path("/run/openrvdas/latest_fix.json").read_text())
    await Bot(BOT_TOKEN).send_message(chat_id=CHAT_ID, text=f"Noon {fix['lat']:.3f}, {fix['lon']:.3f}")


asyncio.run(main())
''', None, "systemd.exec(5): LoadCredential= and $CREDENTIALS_DIRECTORY")

add("python/decoy-github-doc-hmac", "ops/webhooks/tests/test_signature.py", '''"""Webhook signature check, tested with the example values from GitHub's documentation."""
import hashlib
import hmac

from ops.webhooks.verify import verify_signature

DOC_SECRET = "It's a Secret to Everybody"
DOC_PAYLOAD = b"Hello, World!"
DOC_SIGNATURE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"


def test_documented_example():
    assert verify_signature(DOC_SECRET, DOC_PAYLOAD, DOC_SIGNATURE)


def test_tampered_payload():
    assert not verify_signature(DOC_SECRET, b"Hello, World?", DOC_SIGNATURE)


def test_matches_hmac():
    digest = hmac.new(DOC_SECRET.encode(), DOC_PAYLOAD, hashlib.sha256).hexdigest()
    assert DOC_SIGNATURE == "sha256=" + digest
''', None, "GitHub docs: validating webhook deliveries (documented test values)")

add("json/decoy-telemetry-frames", "telemetry/samples/glider_541_frames.json", json.dumps({
    "glider": "unit_541", "format": "sbd-frame-v2", "note": "binary science frames, base64 (not credentials)",
    "frames": [{"t": f"2024-05-1{i}T0{i}:00:00Z", "momsn": 1200 + i, "payload_b64": b64_bytes(96)} for i in range(5)],
}, indent=2) + "\n", None, "Iridium SBD payloads stored as base64 binary frames")

_ais_chars = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"
add("log/decoy-ais-aivdm", "telemetry/samples/ais_2024-05-12.nmea", "\n".join(
    f"!AIVDM,1,1,,{'AB'[i % 2]},{rand(28, _ais_chars)},0*{upper_hex(2)}" for i in range(8)) + "\n",
    None, "ITU-R M.1371 / NMEA 0183 AIVDM sentences (6-bit armored payloads)")

add("ansible/decoy-hashi-vault-lookup", "shipnet/ansible/roles/telegraf/tasks/main.yml", '''---
- name: Install telegraf
  ansible.builtin.apt:
    name: telegraf
    state: present

- name: Render telegraf environment
  ansible.builtin.template:
    src: telegraf.env.j2
    dest: /etc/default/telegraf
    owner: root
    group: telegraf
    mode: "0640"
  vars:
    influx_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ships/' + ship_code + '/influx:telegraf_token') }}"
  no_log: true
  notify: restart telegraf
''', None, "community.hashi_vault docs: hashi_vault lookup; Ansible no_log")

add("xml/decoy-dpapi-clixml", "ops/backup/svc_backup.cred.xml", f'''<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Management.Automation.PSCredential</T>
      <T>System.Object</T>
    </TN>
    <ToString>System.Management.Automation.PSCredential</ToString>
    <Props>
      <S N="UserName">THOMPSON\\svc_backup</S>
      <SS N="Password">01000000d08c9ddf0115d1118c7a00c04fc297eb01000000{hexs(470)}</SS>
    </Props>
  </Obj>
</Objs>
''', None, "PowerShell docs: Export-Clixml of a PSCredential (DPAPI-protected SecureString)")

add("crontab/decoy-file-references", "ops/cron/proc01.crontab", '''# m h dom mon dow  command   (user: transfer)
SHELL=/bin/bash
MAILTO=shiptech@oceaninst.org
*/30 0-6 * * *  /opt/transfer/sync_multibeam.sh
15 * * * *      RSYNC_PASSWORD_FILE=/etc/transfer/rsync.pw /opt/transfer/sync_ctd.sh
0 3 * * *       /usr/bin/restic -r sftp:archive@nas01:/backup/proc01 --password-file /etc/restic/pw backup /data --exclude-caches
30 23 * * *     /opt/reports/daily.sh >> /var/log/reports/daily.log 2>&1
''', None, "crontab(5); restic docs: --password-file")

add("markdown/decoy-host-fingerprints", "docs/howto/first-ssh-to-shore.md", f'''# First SSH to the shore data server

When you connect the first time, compare the fingerprint with one of these
(published here so nobody types "yes" blindly on a satellite link):

| host | key | fingerprint |
| --- | --- | --- |
| data.oceaninst.org | ED25519 | `SHA256:{b64_bytes(32).rstrip("=")}` |
| data.oceaninst.org | RSA | `SHA256:{b64_bytes(32).rstrip("=")}` |
| sftp.oceaninst.org | ED25519 | `SHA256:{b64_bytes(32).rstrip("=")}` |

```console
$ ssh -o VisualHostKey=yes rvtransfer@data.oceaninst.org
```

Your own key pair: `ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519_transfer`, then send
**only** `~/.ssh/id_ed25519_transfer.pub` to fleet-it@oceaninst.org.
''', None, "OpenSSH ssh-keygen(1): SHA256 key fingerprints")

add("yaml/decoy-secret-sounding-names", "cruise-portal-api/config/security.yaml", '''# Security-related settings (no secret values in here: they come from the environment)
auth:
  token_ttl_seconds: 28800
  refresh_token_ttl_seconds: 604800
  api_key_header: X-API-Key
  password_min_length: 14
  password_require_digit: true
  secret_key_env: PORTAL_JWT_SECRET
  max_failed_logins: 8
  lockout_minutes: 15
session:
  cookie_name: cruiseportal_session
  cookie_secure: true
  cookie_samesite: Lax
''', None, "Application settings with credential-sounding key names but no values")

add("gitlab-ci/decoy-masked-variables", "sampletrack/.gitlab-ci.yml", '''stages: [test, deploy]

test:
  stage: test
  image: eclipse-temurin:21-jdk
  services:
    - name: postgres:15
      alias: db
  variables:
    POSTGRES_DB: sampletrack_test
    POSTGRES_USER: test
    POSTGRES_PASSWORD: test
    SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/sampletrack_test
  script:
    - ./gradlew test

deploy:
  stage: deploy
  image: alpine/helm:3.14.2
  only: [main]
  script:
    - echo "$KUBECONFIG_PROD" > kubeconfig && export KUBECONFIG=$PWD/kubeconfig
    - helm registry login registry.oceaninst.org -u "$CI_REGISTRY_USER" -p "$CI_JOB_TOKEN"
    - helm upgrade --install sampletrack deploy/chart -f deploy/sampletrack/values-prod.yaml
''', None, "GitLab CI docs: predefined CI_JOB_TOKEN, masked CI/CD variables; throwaway service passwords")
