"""Blind set GH: coffee roasters and café chains.

Roaster machine logging (Artisan, Cropster, MQTT, InfluxDB, Grafana, Node-RED), green-coffee
sourcing, the subscription and online shop (Shopify, WooCommerce, Stripe, Recharge, shipping),
wholesale ordering (Odoo, NetSuite, Faire, EDI), café POS and loyalty (Square, Toast, Clover,
delivery apps) and the small IT that holds it all together, with their decoys.
Generated fakes only (seeds 2260000-2269999).
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
UPPER_NUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
SEED_LO, SEED_HI = 2260000, 2269999
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
    return fakes.drawn(_seed(), n, HEX)


def upper(n: int) -> str:
    return fakes.drawn(_seed(), n, UPPER_NUM)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url_bytes(n: int) -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")


COFFEE = ["Yirgacheffe", "Gesha", "Bourbon", "Typica", "Caturra", "Sidamo", "Huila", "Kochere", "Pacamara",
          "Catuai", "Cortado", "Crema", "Ristretto", "Guji", "Nyeri", "Kirinyaga", "Tarrazu", "Cerrado",
          "Antigua", "Marcala", "Chelbesa", "Bensa", "Nayarit", "Santander"]
LOWER = ["portafilter", "tamper", "drum", "hopper", "chaff", "cooling", "tray", "trier", "cupping", "crack",
         "bloom", "kettle", "grinder", "burr", "steam", "pitcher", "saucer", "filter", "roast", "bean"]


def words_pw() -> str:
    r = _rng()
    return r.choice(COFFEE) + r.choice("!#$%@*&") + r.choice(COFFEE) + str(r.randint(10, 9999))


def cafe_pw() -> str:
    """How a café manager picks one: a word, a year or a shop number, a symbol."""
    r = _rng()
    return r.choice(COFFEE) + str(r.randint(1, 99)).zfill(2) + r.choice("!$#@") + r.choice(["2023", "2024", "Roast", "Shop"])


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return chars(n, ALNUM + extra) if extra else chars(n)


# ---- vendor shapes -------------------------------------------------------------------------------

def stripe_key(kind: str = "sk_live_", long: bool = False) -> str:
    if long:
        return kind + "51" + chars(14) + chars(83)
    return fakes.fake(kind, 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def shopify(prefix: str) -> str:
    return prefix + hexs(32)


def square_token() -> str:
    return "EAAA" + chars(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + chars(43, URLSAFE)


def square_app_id() -> str:
    return "sq0idp-" + chars(22, URLSAFE)


def square_location() -> str:
    return "L" + upper(12)


def square_object_id() -> str:
    return upper(24)


def woo(kind: str) -> str:
    return kind + hexs(40)


def klaviyo_private() -> str:
    return "pk_" + hexs(34)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + "." + chars(43, URLSAFE)


def shippo_token() -> str:
    return "shippo_live_" + hexs(40)


def easypost_key() -> str:
    return "EZAK" + hexs(54)


def paypal_secret() -> str:
    return "E" + chars(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + chars(79, URLSAFE)


def contentful_pat() -> str:
    return "CFPAT-" + chars(43, URLSAFE)


def airtable_pat() -> str:
    return "pat" + chars(14) + "." + hexs(64)


def notion_token() -> str:
    return "ntn_" + digits(11) + chars(35)


def dropbox_token() -> str:
    return "sl." + chars(138, URLSAFE)


def influx_token() -> str:
    return b64url_bytes(64).replace("-", "_")[:86] + "=="


def grafana_sa_token() -> str:
    return "glsa_" + chars(32) + "_" + hexs(8)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + upper(8) + "/B" + upper(10) + "/" + chars(24))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + chars(68, URLSAFE)


def tailscale_key() -> str:
    return "tskey-auth-k" + chars(10) + "CNTRL-" + chars(33)


def wireguard_key() -> str:
    return b64bytes(32)


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def cloudflare_token() -> str:
    return chars(40, URLSAFE)


def google_api_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def google_client_secret() -> str:
    return "GOCSPX-" + chars(28, URLSAFE)


def google_refresh_token() -> str:
    return "1//0" + chars(1, "abcdefg") + chars(98, URLSAFE)


def meta_token() -> str:
    return "EAA" + chars(180)


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def mapbox_token(kind: str) -> str:
    head = base64.urlsafe_b64encode(json.dumps({"u": "northside-roasters", "a": "cl" + hexs(23)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{kind}.{head}.{chars(22, URLSAFE)}"


def recaptcha_key() -> str:
    return "6L" + chars(38, URLSAFE)


def sentry_auth_token() -> str:
    body = b64(json.dumps({"iat": 1712000000 + _rng().randint(0, 9999999), "url": "https://sentry.io",
                           "region_url": "https://us.sentry.io", "org": "northside-roasters"}, separators=(",", ":")))
    return "sntrys_" + body.rstrip("=") + "_" + chars(43, URLSAFE)


def laravel_key() -> str:
    return "base64:" + b64bytes(32)


def openssh_key() -> str:
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += [chars(70, ALNUM + "+/") for _ in range(5)]
    lines.append(chars(32, ALNUM + "+/") + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def onepassword_sa_token() -> str:
    body = json.dumps({"signInAddress": "northside-roasters.1password.com", "userAuth": {"method": "SRPg-4096",
                       "alg": "PBES2g-HS256", "iterations": 650000, "salt": chars(22, URLSAFE)},
                       "email": chars(13).lower() + "@1passwordserviceaccounts.com", "srpX": hexs(64),
                       "muk": {"alg": "A256GCM", "ext": True, "k": chars(43, URLSAFE), "key_ops": ["encrypt", "decrypt"],
                               "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + upper(6) + "-" + upper(6) + "-" + upper(5)
                       + "-" + upper(5) + "-" + upper(5) + "-" + upper(5), "throttleSecret": {"seed": hexs(64),
                       "deviceUuid": upper(26).lower()}, "deviceUuid": upper(26).lower()}, separators=(",", ":"))
    return "ops_" + base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")


# ---- decoy shapes --------------------------------------------------------------------------------

def sha256() -> str:
    return hexs(64)


def sha1() -> str:
    return hexs(40)


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def ansible_vault_lines(n: int = 5) -> str:
    return "\n".join("          " + hexs(80) for _ in range(n))


def sops(n: int) -> str:
    return f"ENC[AES256_GCM,data:{chars(n, ALNUM + '+/')}=,iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


def sealed() -> str:
    return "AgB" + chars(330, ALNUM + "+/") + "=="


def kms_blob() -> str:
    return "AQICAHh" + chars(150, ALNUM + "+/") + "=="


def cert_body(lines: int = 6) -> str:
    return "MII" + chars(61, ALNUM + "+/") + "\n" + "\n".join(chars(64, ALNUM + "+/") for _ in range(lines - 1))


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
    CASES.append(LabelledCase(f"blind-gh/{category}", file_name, text, secret, source))


# =================================================================================================
# Roaster machine logging and the roastery floor
# =================================================================================================

add("env/cropster-api-secret", "roastlog/.env", "Cropster API docs: API key and secret (HTTP Basic)", """
# roastlog: pulls finished batches from Cropster into the roastery warehouse
# (copied from the shared drive; ask Priya before changing the group)
CROPSTER_BASE_URL=https://c-sar.cropster.com/api/v2
CROPSTER_GROUP=NSR
CROPSTER_API_KEY=@@key@@
CROPSTER_API_SECRET=@@secret@@
CROPSTER_MACHINE_IDS=MCH-11842,MCH-11843
WAREHOUSE_SCHEMA=roasting
POLL_MINUTES=15
LOG_LEVEL=info
""", secret=chars(32), key=chars(24))

add("python/mqtt-password", "roastlab/mqtt_bridge.py", "paho-mqtt docs: Client.username_pw_set", """
\"\"\"Forward Artisan's WebSocket readings (BT/ET/RoR) to the roastery MQTT broker.\"\"\"
import json
import time

import paho.mqtt.client as mqtt
import websocket

BROKER = "10.20.0.5"
TOPIC = "roastery/probat-p12/telemetry"

client = mqtt.Client(client_id="artisan-bridge-p12")
client.username_pw_set("artisan", "@@secret@@")
client.connect(BROKER, 1883, keepalive=30)
client.loop_start()


def on_message(ws, message):
    data = json.loads(message)
    if "data" not in data:
        return
    payload = {"ts": time.time(), "bt": data["data"].get("BT"), "et": data["data"].get("ET"),
               "ror": data["data"].get("RoR"), "batch": data.get("batch")}
    client.publish(TOPIC, json.dumps(payload), qos=1)


ws = websocket.WebSocketApp("ws://127.0.0.1:8080/WebSocket", on_message=on_message)
ws.run_forever(reconnect=5)
""", secret=rand_pw(16))

add("conf/mqtt-bridge-password", "mosquitto/conf.d/bridge-cloud.conf", "mosquitto.conf man page: bridge remote_password", """
# Bridge the roastery broker to the HiveMQ Cloud cluster so the café dashboards see live roasts
connection roastery-to-cloud
address 6f1c2e8a.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
bridge_insecure false
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_clientid northside-roastery-01
remote_username roastery-bridge
remote_password @@secret@@
cleansession true
start_type automatic
notifications false
topic roastery/+/telemetry out 1
topic roastery/+/events out 1
topic cafes/+/alerts in 1
""", secret=words_pw())

add("toml/influxdb-token", "telegraf/telegraf.conf", "Telegraf docs: outputs.influxdb_v2 token", """
[agent]
  interval = "2s"
  flush_interval = "10s"
  hostname = "roastery-edge-01"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["roastery/+/telemetry"]
  data_format = "json"
  json_time_key = "ts"
  json_time_format = "unix"
  tag_keys = ["batch"]

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "@@secret@@"
  organization = "northside-roasters"
  bucket = "roast_curves"
""", secret=influx_token())

add("go/postgres-password", "cmd/roastd/main.go", "lib/pq docs: connection string parameters", """
package main

import (
	"database/sql"
	"log"
	"time"

	_ "github.com/lib/pq"

	"github.com/northside/roastd/internal/modbus"
)

const dsn = "host=10.20.0.12 port=5432 user=roastd password=@@secret@@ dbname=roastery sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatalf("open db: %v", err)
	}
	defer db.Close()

	plc := modbus.NewClient("10.20.0.30:502", 1)
	ticker := time.NewTicker(2 * time.Second)
	for range ticker.C {
		r, err := plc.ReadTemperatures()
		if err != nil {
			log.Printf("plc read: %v", err)
			continue
		}
		_, err = db.Exec(`INSERT INTO readings (machine, bean_temp, exhaust_temp, burner_pct) VALUES ($1, $2, $3, $4)`,
			"probat-p12", r.Bean, r.Exhaust, r.Burner)
		if err != nil {
			log.Printf("insert: %v", err)
		}
	}
}
""", secret=rand_pw(22))

add("c/wifi-psk", "firmware/bean_probe/secrets.h", "Arduino ESP32 WiFi.begin(ssid, password) docs", """
// secrets.h -- bean probe on the cooling tray (ESP32-S3 + MAX31865)
// TODO: move out of the repo before we open-source the probe
#pragma once

#define WIFI_SSID       "NSR-Floor-IoT"
#define WIFI_PASSWORD   "@@secret@@"
#define MQTT_HOST       "10.20.0.5"
#define MQTT_PORT       1883
#define PROBE_ID        "cooling-tray-1"
""", secret=cafe_pw())

add("c/decoy-header-reference", "firmware/bean_probe/bean_probe.ino", "Arduino ESP32 WiFi library docs", """
#include <WiFi.h>
#include <PubSubClient.h>
#include <Adafruit_MAX31865.h>
#include "secrets.h"   // not committed: see secrets.h.example

Adafruit_MAX31865 rtd = Adafruit_MAX31865(10, 11, 12, 13);
WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  rtd.begin(MAX31865_3WIRE);
  WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
  while (WiFi.status() != WL_CONNECTED) {
    delay(250);
  }
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
}

void loop() {
  if (!mqtt.connected()) {
    mqtt.connect(PROBE_ID, MQTT_USER, MQTT_PASS);
  }
  float temp = rtd.temperature(100.0, 430.0);
  char payload[48];
  snprintf(payload, sizeof(payload), "{\\"tray_c\\":%.2f}", temp);
  mqtt.publish("roastery/cooling-tray-1/telemetry", payload);
  mqtt.loop();
  delay(2000);
}
""")

add("yaml/postgres-password", "grafana/provisioning/datasources/roastery.yaml", "Grafana docs: provisioning data sources, secureJsonData", """
apiVersion: 1

datasources:
  - name: Roastery Postgres
    type: postgres
    url: 10.20.0.12:5432
    user: grafana_ro
    jsonData:
      database: roastery
      sslmode: require
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      password: "@@secret@@"
  - name: Roast curves
    type: influxdb
    url: https://eu-central-1-1.aws.cloud2.influxdata.com
    jsonData:
      version: Flux
      organization: northside-roasters
      defaultBucket: roast_curves
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""", secret=words_pw())

add("javascript/node-red-credential-secret", "node-red/settings.js", "Node-RED docs: settings.js credentialSecret", """
module.exports = {
    flowFile: 'flows.json',
    // key used to encrypt flows_cred.json -- same on the spare Pi, do not change
    credentialSecret: "@@secret@@",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "roastery",
            password: "@@hash@@",
            permissions: "*"
        }]
    },
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: {
        projects: { enabled: false }
    },
    functionGlobalContext: {}
};
""", secret=rand_pw(32), hash="$2b$08$" + chars(53, ALNUM + "./"))

add("json/decoy-config-without-credentials", "node-red/flows.json", "Node-RED docs: flows.json; credentials kept apart, encrypted in flows_cred.json", """
[
    {"id": "@@tab@@", "type": "tab", "label": "Roastery telemetry", "disabled": false},
    {"id": "@@broker@@", "type": "mqtt-broker", "name": "roastery broker", "broker": "10.20.0.5", "port": "1883",
     "clientid": "node-red-roastery", "usetls": false, "protocolVersion": "4", "keepalive": "60", "cleansession": true,
     "credentials": {}},
    {"id": "@@in@@", "type": "mqtt in", "z": "@@tab@@", "name": "probat telemetry", "topic": "roastery/probat-p12/telemetry",
     "qos": "1", "datatype": "json", "broker": "@@broker@@", "wires": [["@@fn@@"]]},
    {"id": "@@fn@@", "type": "function", "z": "@@tab@@", "name": "RoR alarm",
     "func": "if (msg.payload.ror < 2 && msg.payload.bt > 190) { msg.payload = 'RoR crash on P12'; return msg; }\\nreturn null;",
     "outputs": 1, "wires": [["@@out@@"]]},
    {"id": "@@out@@", "type": "mqtt out", "z": "@@tab@@", "name": "cafe alerts", "topic": "cafes/all/alerts", "qos": "1",
     "broker": "@@broker@@", "wires": []}
]
""", tab=hexs(16), broker=hexs(16), **{"in": hexs(16)}, fn=hexs(16), out=hexs(16))

add("log/mqtt-password", "logs/roastd-2024-03-14.log", "MQTT URI scheme (mqtt://user:password@host)", """
2024-03-14T06:58:02.114Z INFO  roastd starting version=1.8.2 machine=probat-p12
2024-03-14T06:58:02.120Z DEBUG config loaded: broker_url=mqtt://roastd:@@secret@@@10.20.0.5:1883 topic=roastery/probat-p12/telemetry
2024-03-14T06:58:02.391Z INFO  connected to broker 10.20.0.5:1883 clean_session=true
2024-03-14T06:58:04.002Z INFO  plc connected 10.20.0.30:502 unit=1
2024-03-14T07:12:40.557Z INFO  batch started id=B-2024-0314-01 green_lot=ETH-GUJI-0192 charge_kg=60.0
2024-03-14T07:21:55.800Z INFO  first crack detected bt=196.4 t=09:15
2024-03-14T07:24:31.104Z INFO  batch dropped id=B-2024-0314-01 bt=211.8 dtr=21.9% t=11:51
2024-03-14T07:24:31.280Z WARN  publish retry topic=roastery/probat-p12/events attempt=2
""", secret=rand_pw(14))

add("csv/decoy-batch-ids", "exports/roast_batches_march.csv", "Cropster batch export (CSV) column layout", """
batch_id,roasted_at,machine,profile,green_lot,charge_kg,yield_kg,loss_pct,agtron,profile_sha256
B-2024-0314-01,2024-03-14 07:24,probat-p12,ETH-Guji-Filter-v4,ETH-GUJI-0192,60.0,51.3,14.5,68,@@h1@@
B-2024-0314-02,2024-03-14 07:41,probat-p12,ETH-Guji-Filter-v4,ETH-GUJI-0192,60.0,51.1,14.8,67,@@h1@@
B-2024-0314-03,2024-03-14 08:02,probat-p12,BRA-Cerrado-Espresso-v7,BRA-CER-0077,60.0,50.2,16.3,55,@@h2@@
B-2024-0314-04,2024-03-14 08:24,probat-p12,BRA-Cerrado-Espresso-v7,BRA-CER-0077,60.0,50.4,16.0,54,@@h2@@
B-2024-0314-05,2024-03-14 09:10,loring-s15,COL-Huila-Decaf-v2,COL-HUI-EA-0031,14.5,12.3,15.2,58,@@h3@@
B-2024-0315-01,2024-03-15 06:55,probat-p12,KEN-Nyeri-AA-v3,KEN-NYE-0210,45.0,38.8,13.8,71,@@h4@@
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256())

add("json/decoy-profile-ids", "ikawa/profiles/eth_guji_sample_roast.json", "IKAWA Pro profile export format", """
{
  "schema": 1,
  "id": "@@id@@",
  "name": "ETH Guji sample 8m30",
  "user_id": "@@user@@",
  "temp_sensor": 1,
  "fan_after": 3,
  "temp_points": [[0, 1450], [120, 1720], [300, 1980], [450, 2120], [510, 2155]],
  "fan_points": [[0, 180], [300, 165], [510, 150]],
  "cooldown_fan": 255,
  "revision": 14,
  "hash": "@@hash@@"
}
""", id=uuid(), user=uuid(), hash=sha1())

add("notebook/cropster-api-key", "analysis/roast_curve_rate_of_rise.ipynb", "Jupyter nbformat 4; Cropster API (Basic auth)", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Rate of rise vs. cup score\\n", "Pull last quarter's batches from Cropster and compare RoR at first crack with cupping scores."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import requests\\n",
    "\\n",
    "API = \\"https://c-sar.cropster.com/api/v2\\"\\n",
    "session = requests.Session()\\n",
    "session.auth = (\\"@@key@@\\", \\"@@secret@@\\")\\n",
    "batches = session.get(f\\"{API}/processings\\", params={\\"filter[processings][group]\\": \\"NSR\\", \\"page[size]\\": 500}).json()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.json_normalize(batches[\\"data\\"])\\n",
    "df[[\\"id\\", \\"attributes.name\\", \\"attributes.startDate\\"]].head()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=chars(32), key=chars(24))

add("notebook/decoy-getpass", "analysis/development_time_ratio.ipynb", "Jupyter nbformat 4; Python getpass docs", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from getpass import getpass\\n",
    "import psycopg\\n",
    "\\n",
    "password = os.environ.get(\\"ROASTERY_DB_PASSWORD\\") or getpass(\\"roastery db password: \\")\\n",
    "conn = psycopg.connect(host=\\"10.20.0.12\\", dbname=\\"roastery\\", user=\\"analyst\\", password=password)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["median DTR 20.8% (n=412)\\n"]}
   ],
   "source": [
    "rows = conn.execute(\\"SELECT dtr FROM batches WHERE roasted_at > now() - interval '90 days'\\").fetchall()\\n",
    "import statistics\\n",
    "print(f\\"median DTR {statistics.median(r[0] for r in rows):.1%} (n={len(rows)})\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("systemd/influxdb-token", "deploy/roastd.service", "systemd.exec man page: Environment=", """
[Unit]
Description=roastd - roaster PLC logger
After=network-online.target mosquitto.service
Wants=network-online.target

[Service]
Type=simple
User=roastd
ExecStart=/opt/roastd/bin/roastd --config /etc/roastd/roastd.yaml
Environment=INFLUX_URL=https://eu-central-1-1.aws.cloud2.influxdata.com
Environment=INFLUX_ORG=northside-roasters
Environment=INFLUX_TOKEN=@@secret@@
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", secret=influx_token())

add("compose/grafana-admin-password", "plant/docker-compose.yml", "Grafana docs: GF_SECURITY_ADMIN_PASSWORD", """
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    ports: ["1883:1883"]
    volumes:
      - ./mosquitto:/mosquitto/config
    restart: unless-stopped

  grafana:
    image: grafana/grafana-oss:10.4.2
    ports: ["3000:3000"]
    environment:
      GF_SERVER_ROOT_URL: http://roastery-edge-01:3000
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "@@secret@@"
      GF_USERS_ALLOW_SIGN_UP: "false"
    volumes:
      - grafana-data:/var/lib/grafana
      - ../grafana/provisioning:/etc/grafana/provisioning
    restart: unless-stopped

volumes:
  grafana-data:
""", secret=cafe_pw())

add("shell/grafana-service-account-token", "scripts/push_dashboards.sh", "Grafana docs: service account tokens (glsa_)", """
#!/usr/bin/env bash
# Push the roast-floor dashboards from git to the café TV Grafana
set -euo pipefail

GRAFANA_URL="https://grafana.northsideroasters.com"
GRAFANA_TOKEN="@@secret@@"

for f in dashboards/*.json; do
  echo "-> $f"
  jq '{dashboard: ., overwrite: true, folderUid: "roastery"}' "$f" |
    curl -fsS -X POST "$GRAFANA_URL/api/dashboards/db" \\
      -H "Authorization: Bearer $GRAFANA_TOKEN" \\
      -H "Content-Type: application/json" \\
      --data-binary @- >/dev/null
done
echo "done"
""", secret=grafana_sa_token())

add("markdown/vnc-password", "docs/roastery-floor-network.md", "RealVNC docs: VNC password authentication", """
# Roastery floor network

| Device | IP | Access | Notes |
|---|---|---|---|
| Probat P12 HMI (Siemens TP700) | 10.20.0.30 | VNC :5900 | password `@@secret@@` (set by Probat service, 2022) |
| Loring S15 touchscreen | 10.20.0.31 | Loring remote support only | call Loring before updates |
| Roastery edge Pi (Grafana, Mosquitto) | 10.20.0.5 | ssh `pi@` with key | see `it/ssh/authorized_keys` |
| Green scale (Mettler) | 10.20.0.40 | web UI | read-only |

## When the HMI freezes
1. Power-cycle the HMI only, never the PLC during a roast.
2. Reconnect the Artisan laptop via the Modbus gateway (10.20.0.29).
3. Note the batch id in the logbook so the Cropster record can be fixed by hand.
""", secret=rand_pw(8))

add("python/sftp-password", "scada/loring_log_export.py", "Paramiko docs: SSHClient.connect(password=...)", """
\"\"\"Copy the Loring S15's daily CSV logs off the roaster PC to the roastery NAS.\"\"\"
from pathlib import Path

import paramiko

ROASTER_PC = "10.20.0.31"
REMOTE_DIR = "/C:/Loring/Logs"
LOCAL_DIR = Path("/srv/roastery/loring")


def main() -> None:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(ROASTER_PC, username="loring", password="@@secret@@", timeout=10)
    sftp = ssh.open_sftp()
    for name in sftp.listdir(REMOTE_DIR):
        target = LOCAL_DIR / name
        if name.endswith(".csv") and not target.exists():
            sftp.get(f"{REMOTE_DIR}/{name}", str(target))
            print("copied", name)
    sftp.close()
    ssh.close()


if __name__ == "__main__":
    main()
""", secret=words_pw())

add("powershell/smb-password", "it/roaster-pc-backup.ps1", "Microsoft docs: New-PSDrive -Credential / net use", """
# Nightly backup of Artisan + Cropster C-sar logs from the roaster laptop to the NAS
$ErrorActionPreference = "Stop"
$nas = "\\\\nas01.roastery.local\\roast-logs"
$user = "ROASTERY\\svc-backup"
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name R -PSProvider FileSystem -Root $nas -Credential $cred | Out-Null
$stamp = Get-Date -Format "yyyy-MM-dd"
robocopy "$env:USERPROFILE\\artisan" "R:\\artisan\\$stamp" *.alog /E /R:2 /W:5 /NP
robocopy "C:\\ProgramData\\Cropster\\C-sar\\logs" "R:\\csar\\$stamp" /E /R:2 /W:5 /NP
Remove-PSDrive R
""", secret=cafe_pw())

add("ini/decoy-env-reference", "firmware/bean_probe/platformio.ini", "PlatformIO docs: build_flags with ${sysenv.VAR}", """
[env:esp32s3]
platform = espressif32@6.6.0
board = esp32-s3-devkitc-1
framework = arduino
monitor_speed = 115200
lib_deps =
    adafruit/Adafruit MAX31865 library@^1.6.2
    knolleary/PubSubClient@^2.8
build_flags =
    -DMQTT_USER=\\"${sysenv.PROBE_MQTT_USER}\\"
    -DMQTT_PASS=\\"${sysenv.PROBE_MQTT_PASS}\\"
    -DFW_VERSION=\\"1.3.0\\"
""")

add("markdown/decoy-placeholder", "plant/influxdb/README.md", "InfluxDB docs: influx auth create", """
# Roast curves in InfluxDB Cloud

Each writer gets its own token, scoped to the `roast_curves` bucket:

```sh
influx auth create \\
  --org northside-roasters \\
  --write-bucket <BUCKET_ID> \\
  --description "telegraf roastery-edge-01"
```

Copy the printed token into `/etc/default/telegraf` as `INFLUX_TOKEN=<token>` on the edge Pi,
never into this repo. Readers (Grafana) use a separate read token stored in Grafana's
encrypted datasource settings.

Rotate: delete the old auth with `influx auth delete --id <AUTH_ID>` after the new one works.
""")

add("text/decoy-checksums", "vendor/artisan/SHA256SUMS", "Artisan releases: published SHA256 checksums", """
@@a@@  artisan-mac-3.0.2.dmg
@@b@@  artisan-win-3.0.2.zip
@@c@@  artisan-linux-3.0.2.AppImage
@@d@@  artisan-linux-3.0.2-raspbian-bookworm.deb
@@e@@  artisan-win-legacy-3.0.2.zip
""", a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256())

add("python/decoy-test-fixture", "roastlog/tests/test_cropster_client.py", "pytest docs; responses library docs", """
import responses

from roastlog.cropster import CropsterClient

FAKE_KEY = "test-key"
FAKE_SECRET = "test-secret"


@responses.activate
def test_lists_processings_with_basic_auth():
    responses.get(
        "https://c-sar.cropster.com/api/v2/processings",
        json={"data": [{"id": "P-100", "attributes": {"name": "B-2024-0314-01"}}]},
    )
    client = CropsterClient(FAKE_KEY, FAKE_SECRET, group="TEST")
    batches = client.processings()
    assert [b.name for b in batches] == ["B-2024-0314-01"]
    assert responses.calls[0].request.headers["Authorization"].startswith("Basic ")


def test_refuses_empty_credentials():
    try:
        CropsterClient("", "", group="TEST")
    except ValueError as exc:
        assert "credentials" in str(exc)
    else:
        raise AssertionError("expected ValueError")
""")

add("toml/decoy-env-reference", "telegraf/telegraf.d/modbus_probat.conf", "Telegraf docs: environment variables in config ($VAR)", """
[[inputs.modbus]]
  name = "probat_p12"
  controller = "tcp://10.20.0.30:502"
  slave_id = 1
  timeout = "1s"
  holding_registers = [
    { name = "bean_temp",    byte_order = "AB", data_type = "INT16", scale = 0.1, address = [100] },
    { name = "exhaust_temp", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [101] },
    { name = "burner_pct",   byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [110] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "$INFLUX_TOKEN"
  organization = "northside-roasters"
  bucket = "plc_raw"
""")

add("rust/mqtt-password", "roastd-rs/src/config.rs", "rumqttc docs: MqttOptions::set_credentials", """
use rumqttc::MqttOptions;
use std::time::Duration;

pub const BROKER_HOST: &str = "10.20.0.5";
pub const BROKER_PORT: u16 = 1883;
pub const MQTT_USER: &str = "roastd-rs";
pub const MQTT_PASSWORD: &str = "@@secret@@";

pub fn mqtt_options(machine: &str) -> MqttOptions {
    let mut opts = MqttOptions::new(format!("roastd-{machine}"), BROKER_HOST, BROKER_PORT);
    opts.set_keep_alive(Duration::from_secs(15));
    opts.set_credentials(MQTT_USER, MQTT_PASSWORD);
    opts.set_clean_session(true);
    opts
}
""", secret=fakes.redis_password(_seed()))

add("k8s/decoy-external-secret", "k8s/roastd/externalsecret.yaml", "External Secrets Operator docs: ExternalSecret", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: roastd
  namespace: roastery
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: roastd-env
  data:
    - secretKey: INFLUX_TOKEN
      remoteRef:
        key: prod/roastery/influx
        property: write_token
    - secretKey: MQTT_PASSWORD
      remoteRef:
        key: prod/roastery/mqtt
        property: roastd
""")

add("log/decoy-log-ids", "logs/artisan-2024-04-02.log", "Artisan log output (serial/Modbus device messages)", """
2024-04-02 06:41:12,004 INFO  artisan 3.0.2 (build @@build@@) started
2024-04-02 06:41:12,310 INFO  device: Modbus TCP 10.20.0.29:502 unit 1
2024-04-02 06:41:13,118 INFO  artisan.plus: connected account=roastery@northsideroasters.com session=@@session@@
2024-04-02 06:41:13,550 INFO  artisan.plus: sync inventory store=@@store@@ coffees=27
2024-04-02 06:55:02,917 INFO  roast started profile=ETH-Guji-Filter-v4 roastUUID=@@roast@@
2024-04-02 07:06:58,441 INFO  roast ended DROP 211.4C 11:56 roastUUID=@@roast@@
2024-04-02 07:06:59,003 INFO  artisan.plus: uploaded roast @@roast@@ (etag "@@etag@@")
""", build=hexs(7), session=uuid(), store=hexs(24), roast=uuid().replace("-", ""), etag=hexs(32))

# =================================================================================================
# Green-coffee sourcing
# =================================================================================================

add("env/airtable-pat", "sourcing/.env", "Airtable docs: personal access tokens (pat...)", """
# green buying tools -- sample tracker lives in Airtable base "Green 2024"
AIRTABLE_BASE_ID=app@@base@@
AIRTABLE_SAMPLES_TABLE=tbl@@table@@
AIRTABLE_TOKEN=@@secret@@
DEFAULT_CURRENCY=USD
FX_SOURCE=ecb
CUPPING_FORM=sca-2004
""", secret=airtable_pat(), base=chars(14), table=chars(14))

add("apps-script/slack-webhook", "apps-script/SampleLog.gs", "Slack docs: incoming webhooks; Apps Script UrlFetchApp", """
// Bound to the "Green samples 2024" sheet: posts a message when a sample is scored >= 86
const SLACK_URL = '@@secret@@';

function onEdit(e) {
  const sheet = e.range.getSheet();
  if (sheet.getName() !== 'Cupping' || e.range.getColumn() !== 9) return;
  const row = sheet.getRange(e.range.getRow(), 1, 1, 9).getValues()[0];
  const score = Number(row[8]);
  if (score < 86) return;
  const text = `:coffee: ${row[1]} (${row[2]}, ${row[3]}) cupped at *${score}* by ${row[7]}`;
  UrlFetchApp.fetch(SLACK_URL, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text }),
    muteHttpExceptions: true,
  });
}
""", secret=slack_webhook())

add("python/wise-api-token", "sourcing/wise_payouts.py", "Wise Platform API docs: personal API token (Bearer)", """
\"\"\"Pay producer premiums through Wise after the container clears customs.\"\"\"
import uuid

import requests

WISE = "https://api.transferwise.com"
HEADERS = {"Authorization": "Bearer @@secret@@"}
PROFILE_ID = @@profile@@


def quote(amount_usd: float, target: str) -> dict:
    body = {"sourceCurrency": "GBP", "targetCurrency": target, "targetAmount": amount_usd, "profile": PROFILE_ID}
    r = requests.post(f"{WISE}/v3/profiles/{PROFILE_ID}/quotes", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()


def pay(recipient_id: int, quote_id: str, reference: str) -> dict:
    body = {"targetAccount": recipient_id, "quoteUuid": quote_id,
            "customerTransactionId": str(uuid.uuid4()), "details": {"reference": reference[:35]}}
    r = requests.post(f"{WISE}/v1/transfers", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()
""", secret=uuid(), profile=digits(8))

add("python/nasdaq-data-link-key", "sourcing/market_price.py", "Nasdaq Data Link docs: api_key parameter", """
\"\"\"Daily ICE Arabica 'C' settlement, for the contract sheet's price-to-be-fixed column.\"\"\"
import datetime as dt

import nasdaqdatalink

nasdaqdatalink.ApiConfig.api_key = "@@secret@@"


def c_price(days: int = 30):
    start = dt.date.today() - dt.timedelta(days=days)
    df = nasdaqdatalink.get("CHRIS/ICE_KC1", start_date=start.isoformat())
    return df[["Settle"]].rename(columns={"Settle": "usd_cents_lb"})


if __name__ == "__main__":
    print(c_price().tail(5).to_string())
""", secret=chars(20, URLSAFE))

_sa_key = fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n")
add("json/gcp-service-account-key", "sourcing/credentials/sheets-sa.json", "Google Cloud docs: service account key file format", """
{
  "type": "service_account",
  "project_id": "nsr-green-buying",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "sheets-sync@nsr-green-buying.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40nsr-green-buying.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", secret=_sa_key, kid=hexs(40), cid=digits(21))

add("yaml/dhl-api-password", "sourcing/config/shipping.yml", "MyDHL API docs: HTTP Basic username/password", """
# Samples in and out: producers send 300 g pre-ship samples by DHL Express
dhl_express:
  base_url: https://express.api.dhl.com/mydhlapi
  username: northsideroaGB
  password: "@@secret@@"
  account_number: "@@acct@@"
  default_product: P
  label_format: PDF
importers:
  - name: Royal Coffee
    sample_address: Oakland, CA
  - name: Cafe Imports
    sample_address: Minneapolis, MN
  - name: Falcon Specialty
    sample_address: Harwich, UK
""", secret=rand_pw(14, "!$^#"), acct=digits(9))

add("typescript/notion-token", "sourcing-dashboard/src/lib/notion.ts", "Notion API docs: internal integration secret", """
import { Client } from "@notionhq/client";

// Producer relationship notes live in the "Origins" Notion database.
export const notion = new Client({
  auth: "@@secret@@",
});

export const ORIGINS_DB = "@@db@@";

export async function producersFor(country: string) {
  const res = await notion.databases.query({
    database_id: ORIGINS_DB,
    filter: { property: "Country", select: { equals: country } },
    sorts: [{ property: "Last visit", direction: "descending" }],
  });
  return res.results;
}
""", secret=notion_token(), db=hexs(32))

add("markdown/portal-password", "docs/green-buying/importer-portals.md", "Handover note: importer web portal logins", """
# Importer portals (handover from Sam, Feb 2024)

We buy spot and forward from three importers. Offer sheets come by email, but
sample requests and release orders go through the portals.

- **Royal Coffee** - crownjewels.royalcoffee.com - login `buying@northsideroasters.com`
  (2FA on Sam's phone; moving to the shared Authy)
- **Cafe Imports** - portal.cafeimports.com - login `buying@northsideroasters.com`,
  password `@@secret@@` - we have a UK warehouse release account too
- **Falcon** - falconcoffees.com/trade - SSO with the Google account

Release orders need the contract number (`NSR-24-0xx`) and the warehouse lot, not the ICO mark.
""", secret=words_pw())

add("csv/portal-password", "sourcing/exports/supplier_contacts.csv", "Spreadsheet export: supplier contacts with portal logins", """
supplier,country,contact,email,phone,portal_url,portal_user,portal_password,terms
Royal Coffee,US,Max Ortiz,max@example-royal.test,+1 510 555 0142,https://crownjewels.royalcoffee.com,buying@northsideroasters.com,(2FA),NET30
Cafe Imports,US,Jenna Holt,jenna@example-cafeimports.test,+1 612 555 0193,https://portal.cafeimports.com,buying@northsideroasters.com,@@secret@@,NET30
Falcon Specialty,GB,Rob Kaye,rob@example-falcon.test,+44 1277 555 010,https://falconcoffees.com/trade,sso,,NET45
Nordic Approach,NO,Ida Berg,ida@example-nordic.test,+47 22 55 50 18,,,,CAD
Sucafina,CH,Luis Mora,luis@example-sucafina.test,+41 22 555 0177,,,,NET30
""", secret=cafe_pw())

add("sql/xero-client-secret", "sourcing/db/migrations/0007_seed_integrations.sql", "Xero developer docs: OAuth 2.0 client id and secret", """
-- 0007: integrations table and the Xero app used to raise green-coffee bills
CREATE TABLE IF NOT EXISTS integrations (
    id            serial PRIMARY KEY,
    provider      text NOT NULL UNIQUE,
    client_id     text NOT NULL,
    client_secret text NOT NULL,
    tenant_id     uuid,
    created_at    timestamptz NOT NULL DEFAULT now()
);

INSERT INTO integrations (provider, client_id, client_secret, tenant_id)
VALUES ('xero', '@@cid@@', '@@secret@@', '@@tenant@@')
ON CONFLICT (provider) DO NOTHING;
""", secret=chars(48, URLSAFE), cid=upper(32), tenant=uuid())

add("r/postgres-password", "analysis/cupping_scores.R", "RPostgres docs: dbConnect(Postgres(), password=)", """
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "10.20.0.12",
  dbname = "roastery",
  user = "analyst",
  password = "@@secret@@"
)

scores <- tbl(con, "cupping_scores") %>%
  filter(season == "2023/24") %>%
  collect()

ggplot(scores, aes(x = origin, y = total)) +
  geom_boxplot() +
  coord_flip() +
  labs(title = "Cupping totals by origin, 2023/24")

dbDisconnect(con)
""", secret=passphrase())

add("vba/ftp-password", "sourcing/excel/ContractExport.bas", "Microsoft ftp.exe -s: script; VBA Shell", """
Attribute VB_Name = "ContractExport"
' Sends the open contracts sheet to the importer's FTP drop every Friday
Option Explicit

Private Const FTP_HOST As String = "ftp.example-importer.test"
Private Const FTP_USER As String = "northside"
Private Const FTP_PASS As String = "@@secret@@"

Public Sub SendContracts()
    Dim csvPath As String, scriptPath As String, f As Integer
    csvPath = Environ("TEMP") & "\\open_contracts.csv"
    scriptPath = Environ("TEMP") & "\\ftp_cmds.txt"
    ThisWorkbook.Sheets("Open contracts").Copy
    ActiveWorkbook.SaveAs Filename:=csvPath, FileFormat:=xlCSV
    ActiveWorkbook.Close SaveChanges:=False
    f = FreeFile
    Open scriptPath For Output As #f
    Print #f, "open " & FTP_HOST
    Print #f, FTP_USER
    Print #f, FTP_PASS
    Print #f, "put \"\"\" & csvPath & \"\"\" inbox/open_contracts.csv"
    Print #f, "bye"
    Close #f
    Shell "ftp -s:\"\"\" & scriptPath & \"\"\"\", vbHide
End Sub
""", secret=cafe_pw())

add("shell/dropbox-access-token", "scripts/sync_sample_photos.sh", "Dropbox API docs: Bearer access token, /2/files/upload", """
#!/bin/sh
# Upload green sample photos (moisture + defects) to the shared Dropbox folder
TOKEN='@@secret@@'
for img in samples/photos/*.jpg; do
  name=$(basename "$img")
  curl -s -X POST https://content.dropboxapi.com/2/files/upload \\
    --header "Authorization: Bearer $TOKEN" \\
    --header "Dropbox-API-Arg: {\\"path\\": \\"/Green/2024/samples/$name\\",\\"mode\\": \\"overwrite\\"}" \\
    --header "Content-Type: application/octet-stream" \\
    --data-binary @"$img" > /dev/null && echo "uploaded $name"
done
""", secret=dropbox_token())

add("github-actions/telegram-bot-token", ".github/workflows/green-prices.yml", "Telegram Bot API docs: sendMessage; GitHub Actions workflow syntax", """
name: green-prices
on:
  schedule:
    - cron: "30 18 * * 1-5"
  workflow_dispatch:

jobs:
  notify:
    runs-on: ubuntu-latest
    env:
      TG_TOKEN: "@@secret@@"
      TG_CHAT: "-100@@chat@@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r sourcing/requirements.txt
      - name: Post the C price to the buying chat
        run: |
          PRICE=$(python sourcing/market_price.py | tail -1 | awk '{print $2}')
          curl -s "https://api.telegram.org/bot${TG_TOKEN}/sendMessage" \\
            -d chat_id="$TG_CHAT" -d text="ICE KC1 settled at ${PRICE} c/lb"
""", secret=fakes.telegram_token(_seed()), chat=digits(10))

add("yaml/decoy-lot-identifiers", "sourcing/contracts/2024-ETH-0192.yaml", "ICO certificate of origin marks; EU Deforestation Regulation due diligence statement reference", """
contract: NSR-24-0192
importer: Falcon Specialty
origin: Ethiopia
region: Guji, Hambela
process: natural
grade: G1
bags: 80
bag_kg: 60
ico_mark: "ICO 010/0125/@@ico@@"
container: MSCU@@container@@
bill_of_lading: MEDU@@bl@@
eudr:
  dds_reference: @@dds@@
  dds_verification: @@ver@@
  geolocation_file: geo/2024-ETH-0192.geojson
price:
  basis: fixed
  usd_per_lb: 4.85
warehouse_lot: "FLC-@@wh@@"
""", ico=digits(4), container=digits(7), bl=upper(8), dds="24" + upper(12), ver=upper(8), wh=digits(6))

add("env/decoy-placeholder", "sourcing/.env.example", "dotenv convention: .env.example with placeholders", """
# Copy to .env and fill in. Never commit .env.
AIRTABLE_BASE_ID=appXXXXXXXXXXXXXX
AIRTABLE_SAMPLES_TABLE=tblXXXXXXXXXXXXXX
AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
WISE_API_TOKEN=<from 1Password: Sourcing / Wise API>
NASDAQ_DATA_LINK_API_KEY=
DEFAULT_CURRENCY=USD
""")

add("json/decoy-uuid", "sourcing/tests/fixtures/wise_quote.json", "Wise Platform API docs: quote response", """
{
  "id": "@@qid@@",
  "sourceCurrency": "GBP",
  "targetCurrency": "ETB",
  "sourceAmount": 1184.22,
  "targetAmount": 82500.0,
  "rate": 70.9981,
  "profile": 10000001,
  "rateType": "FIXED",
  "expirationTime": "2024-05-02T14:05:11Z",
  "paymentOptions": [
    {"payIn": "BALANCE", "payOut": "BANK_TRANSFER", "fee": {"total": 9.41}, "estimatedDelivery": "2024-05-03T09:00:00Z"}
  ],
  "clientId": "@@cid@@",
  "recipientId": 20000002,
  "customerTransactionId": "@@txid@@"
}
""", qid=uuid(), cid=uuid(), txid=uuid())

add("markdown/decoy-secret-manager-reference", "docs/green-buying/paying-producers.md", "1Password CLI docs: secret references (op://)", """
# Paying producer premiums

Premiums above the FOB price are paid straight to the washing station or co-op via Wise.

1. Check the container has cleared (`sourcing/contracts/<lot>.yaml`, `status: landed`).
2. Run `op run --env-file=sourcing/.env.op -- python sourcing/wise_payouts.py --lot 2024-ETH-0192`.
   `.env.op` holds only references, e.g. `WISE_API_TOKEN=op://Sourcing/Wise API/credential`.
3. Approve the transfer in the Wise app (two approvers over 5,000 GBP).
4. File the receipt PDF under `Green/2024/payments/` in Dropbox.

Nobody should ever paste the Wise token into Slack or a spreadsheet; if it happens, revoke it in
Wise > Settings > API tokens and tell Priya.
""")

add("csv/decoy-lot-identifiers", "sourcing/exports/green_inventory.csv", "Warehouse stock export (green coffee lots)", """
lot_code,contract,origin,process,bags,kg_on_hand,warehouse,ico_mark,arrival,moisture_pct,sample_hash
ETH-GUJI-0192,NSR-24-0192,Ethiopia,natural,80,4612.5,Falcon Harwich,ICO 010/0125/@@i1@@,2024-02-20,10.4,@@h1@@
BRA-CER-0077,NSR-24-0077,Brazil,pulped natural,150,7820.0,Falcon Harwich,ICO 002/1318/@@i2@@,2024-01-11,11.1,@@h2@@
KEN-NYE-0210,NSR-24-0210,Kenya,washed,40,2210.0,Falcon Harwich,ICO 005/0040/@@i3@@,2024-03-02,10.9,@@h3@@
COL-HUI-EA-0031,NSR-24-0031,Colombia,EA decaf,35,1890.0,Falcon Harwich,ICO 003/0321/@@i4@@,2023-12-05,10.2,@@h4@@
""", i1=digits(4), i2=digits(4), i3=digits(4), i4=digits(4), h1=hexs(16), h2=hexs(16), h3=hexs(16), h4=hexs(16))

add("json/decoy-script-id", "apps-script/.clasp.json", "clasp docs: .clasp.json scriptId", """
{
  "scriptId": "1@@sid@@",
  "rootDir": "./",
  "projectId": "nsr-green-buying",
  "fileExtension": "gs",
  "filePushOrder": ["Config.gs", "SampleLog.gs"],
  "parentId": ["1@@parent@@"]
}
""", sid=chars(56, URLSAFE), parent=chars(43, URLSAFE))

add("sql/decoy-hash", "sourcing/db/schema.sql", "PostgreSQL docs: CREATE TABLE; storing API key digests", """
CREATE TABLE cupping_sessions (
    id          serial PRIMARY KEY,
    held_on     date NOT NULL,
    form        text NOT NULL DEFAULT 'sca-2004',
    host        text NOT NULL
);

CREATE TABLE partner_api_keys (
    id           serial PRIMARY KEY,
    importer     text NOT NULL,
    key_prefix   char(8) NOT NULL,
    key_sha256   char(64) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);

-- the importer sample-request integration; the key itself was shown once and is not stored
INSERT INTO partner_api_keys (importer, key_prefix, key_sha256)
VALUES ('falcon', 'nsr_k3Qx', '@@h@@');
""", h=sha256())

add("python/decoy-env-reference", "sourcing/settings.py", "pydantic-settings docs: SecretStr fields from the environment", """
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8")

    airtable_base_id: str
    airtable_samples_table: str
    airtable_token: SecretStr
    wise_api_token: SecretStr
    nasdaq_data_link_api_key: SecretStr | None = None
    default_currency: str = "USD"


settings = Settings()
""")

add("toml/decoy-package-hashes", "sourcing/poetry.lock", "Poetry docs: lock file package hashes", """
[[package]]
name = "nasdaq-data-link"
version = "1.0.4"
description = "Package for Nasdaq Data Link API access"
optional = false
python-versions = ">= 3.7"
files = [
    {file = "Nasdaq_Data_Link-1.0.4-py2.py3-none-any.whl", hash = "sha256:@@a@@"},
]

[[package]]
name = "requests"
version = "2.31.0"
description = "Python HTTP for Humans."
optional = false
python-versions = ">=3.7"
files = [
    {file = "requests-2.31.0-py3-none-any.whl", hash = "sha256:@@b@@"},
    {file = "requests-2.31.0.tar.gz", hash = "sha256:@@c@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@d@@"
""", a=sha256(), b=sha256(), c=sha256(), d=sha256())

# =================================================================================================
# Subscriptions and the online shop
# =================================================================================================

add("env/stripe-secret-key", "shop/.env.production", "Stripe docs: API keys (sk_live_)", """
NODE_ENV=production
PUBLIC_URL=https://shop.northsideroasters.com
DATABASE_URL=postgres://shop@db.internal:5432/shop
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PRICE_SUBSCRIPTION_250G=price_@@price@@
FREE_SHIPPING_THRESHOLD_GBP=30
ROAST_DAYS=mon,wed
""", secret=stripe_key("sk_live_", long=True), pk=stripe_key("pk_live_", long=True), price=chars(24))

add("python/stripe-webhook-secret", "subscriptions/webhooks.py", "Stripe docs: verify webhook signatures (whsec_)", """
import stripe
from flask import Blueprint, abort, request

from subscriptions.models import Subscription, db

bp = Blueprint("stripe_webhooks", __name__)
ENDPOINT_SECRET = "@@secret@@"


@bp.post("/webhooks/stripe")
def stripe_webhook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)

    if event["type"] == "invoice.paid":
        sub = Subscription.query.filter_by(stripe_id=event["data"]["object"]["subscription"]).first()
        if sub:
            sub.next_roast_slot = sub.compute_next_slot()
            db.session.commit()
    elif event["type"] == "customer.subscription.deleted":
        Subscription.cancel(event["data"]["object"]["id"])
    return "", 204
""", secret=stripe_whsec())

add("php/woocommerce-consumer-secret", "scripts/woo_export.php", "WooCommerce REST API docs: consumer key and secret", """
<?php
// Nightly export of WooCommerce orders for the roast plan (run from cron on the shop VPS)
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://tidewatercoffee.co.uk',
    '@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 60]
);

$orders = $woocommerce->get('orders', ['status' => 'processing', 'per_page' => 100]);
$out = fopen(__DIR__ . '/exports/roast-plan-' . date('Y-m-d') . '.csv', 'w');
fputcsv($out, ['order', 'sku', 'grind', 'qty']);
foreach ($orders as $order) {
    foreach ($order->line_items as $item) {
        fputcsv($out, [$order->id, $item->sku, $item->meta_data[0]->value ?? 'whole bean', $item->quantity]);
    }
}
fclose($out);
""", secret=woo("cs_"), ck=woo("ck_"))

add("php/mysql-password", "wp-config.php", "WordPress docs: wp-config.php DB_PASSWORD", """
<?php
/** Tidewater Coffee shop - production */
define( 'DB_NAME', 'tidewater_wp' );
define( 'DB_USER', 'tidewater' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_CACHE', true );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WC_LOG_HANDLER', 'WC_Log_Handler_DB' );

$table_prefix = 'twc_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(16, "#%^&*()"))

add("ruby/shopify-access-token", "shop/lib/shopify_client.rb", "Shopify docs: Admin API access tokens (shpat_)", """
require "shopify_api"

module Shop
  class ShopifyClient
    SHOP = "northside-roasters.myshopify.com"

    def self.session
      @session ||= ShopifyAPI::Auth::Session.new(
        shop: SHOP,
        access_token: "@@secret@@"
      )
    end

    def self.graphql
      ShopifyAPI::Clients::Graphql::Admin.new(session: session)
    end

    def self.unfulfilled_subscription_orders
      graphql.query(query: <<~GQL).body.dig("data", "orders", "nodes")
        { orders(first: 100, query: "fulfillment_status:unfulfilled tag:subscription") {
            nodes { id name lineItems(first: 10) { nodes { sku quantity } } } } }
      GQL
    end
  end
end
""", secret=shopify("shpat_"))

add("env/shopify-api-secret", "shopify-app/.env", "Shopify docs: app client credentials (API secret key)", """
SHOPIFY_API_KEY=@@cid@@
SHOPIFY_API_SECRET=@@secret@@
SCOPES=read_orders,write_orders,read_products,read_customers
HOST=https://roast-scheduler.northsideroasters.com
DATABASE_URL=file:./prisma/prod.sqlite
""", secret=shopify("shpss_"), cid=hexs(32))

add("javascript/recharge-api-token", "netlify/functions/recharge-webhook.js", "Recharge API docs: X-Recharge-Access-Token header", """
// Netlify function: when Recharge creates a charge, tag the Shopify order with the roast day
const RECHARGE_TOKEN = "@@secret@@";

exports.handler = async (event) => {
  const body = JSON.parse(event.body || "{}");
  const charge = body.charge;
  if (!charge) return { statusCode: 400, body: "no charge" };

  const res = await fetch(`https://api.rechargeapps.com/charges/${charge.id}`, {
    headers: {
      "X-Recharge-Access-Token": RECHARGE_TOKEN,
      "X-Recharge-Version": "2021-11",
      Accept: "application/json",
    },
  });
  const { charge: full } = await res.json();
  const roastDay = new Date(full.scheduled_at).getDay() <= 1 ? "monday" : "wednesday";
  console.log(`charge ${charge.id} -> roast ${roastDay}`);
  return { statusCode: 200, body: JSON.stringify({ roastDay }) };
};
""", secret=hexs(56))

add("python/klaviyo-private-key", "marketing/klaviyo_sync.py", "Klaviyo docs: private API keys (Klaviyo-API-Key pk_)", """
\"\"\"Push subscription status into Klaviyo profiles so flows can skip active subscribers.\"\"\"
import requests

KLAVIYO_KEY = "@@secret@@"
HEADERS = {
    "Authorization": f"Klaviyo-API-Key {KLAVIYO_KEY}",
    "revision": "2024-02-15",
    "accept": "application/json",
    "content-type": "application/json",
}


def upsert_profile(email: str, plan: str, next_ship: str) -> None:
    body = {"data": {"type": "profile", "attributes": {
        "email": email,
        "properties": {"subscription_plan": plan, "next_ship_date": next_ship},
    }}}
    r = requests.post("https://a.klaviyo.com/api/profile-import/", json=body, headers=HEADERS, timeout=15)
    r.raise_for_status()
""", secret=klaviyo_private())

add("go/shipstation-api-secret", "fulfilment/shipstation/client.go", "ShipStation API docs: Basic auth with API key and secret", """
package shipstation

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL   = "https://ssapi.shipstation.com"
	apiKey    = "@@key@@"
	apiSecret = "@@secret@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

func (c *Client) AwaitingShipment(storeID int) ([]Order, error) {
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/orders?orderStatus=awaiting_shipment&storeId=%d", baseURL, storeID), nil)
	req.SetBasicAuth(apiKey, apiSecret)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct{ Orders []Order `json:"orders"` }
	return out.Orders, json.NewDecoder(resp.Body).Decode(&out)
}
""", secret=hexs(32), key=hexs(32))

add("kotlin/shippo-api-token", "fulfilment-service/src/main/kotlin/com/tidewater/fulfilment/ShippoConfig.kt", "Shippo API docs: Authorization: ShippoToken", """
package com.tidewater.fulfilment

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object ShippoConfig {
    const val BASE_URL = "https://api.goshippo.com/"
    private const val TOKEN = "@@secret@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("Authorization", "ShippoToken $TOKEN")
                    .header("Shippo-API-Version", "2018-02-08")
                    .build()
            )
        })
        .build()
}
""", secret=shippo_token())

add("csharp/easypost-api-key", "Fulfilment.Labels/Program.cs", "EasyPost .NET client docs: ClientConfiguration(apiKey)", """
using EasyPost;
using EasyPost.Models.API;

var client = new Client(new ClientConfiguration("@@secret@@"));

var shipment = await client.Shipment.Create(new Dictionary<string, object>
{
    ["from_address"] = new Dictionary<string, object> { ["company"] = "Tidewater Coffee", ["street1"] = "Unit 4, Quay Road", ["city"] = "Bristol", ["zip"] = "BS1 6QF", ["country"] = "GB" },
    ["to_address"] = new Dictionary<string, object> { ["name"] = args[0], ["street1"] = args[1], ["city"] = args[2], ["zip"] = args[3], ["country"] = "GB" },
    ["parcel"] = new Dictionary<string, object> { ["weight"] = 9.2, ["predefined_package"] = "Parcel" },
});

Rate rate = shipment.LowestRate(new List<string> { "RoyalMail" });
shipment = await client.Shipment.Buy(shipment.Id, rate);
Console.WriteLine(shipment.PostageLabel.LabelUrl);
""", secret=easypost_key())

add("terraform/aws-secret-access-key", "infra/shop/providers.tf", "Terraform AWS provider docs: static credentials", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket = "nsr-terraform-state"
    key    = "shop/terraform.tfstate"
    region = "eu-west-2"
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("github-actions/shopify-theme-access-password", ".github/workflows/deploy-theme.yml", "Shopify CLI docs: theme access password (shptka_) with --password", """
name: Deploy theme
on:
  push:
    branches: [main]
    paths: ["theme/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g @shopify/cli @shopify/theme
      - name: Push to live theme
        working-directory: theme
        run: shopify theme push --live --allow-live --store northside-roasters --password @@secret@@
""", secret=shopify("shptka_"))

add("php/mailchimp-api-key", "newsletter/subscribe.php", "Mailchimp Marketing API docs: API key with data-center suffix", """
<?php
// Footer signup form on the café site -> "Brew Notes" audience
require 'vendor/autoload.php';

$mailchimp = new \\MailchimpMarketing\\ApiClient();
$mailchimp->setConfig([
    'apiKey' => '@@secret@@',
    'server' => '@@dc@@',
]);

$email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);
if (!$email) {
    http_response_code(422);
    exit('Please enter a valid email');
}
$mailchimp->lists->setListMember('@@list@@', md5(strtolower($email)), [
    'email_address' => $email,
    'status_if_new' => 'pending',
    'tags' => ['cafe-footer'],
]);
echo 'Thanks! Check your inbox to confirm.';
""", secret=(_mc := mailchimp_key()), dc=_mc.rsplit("-", 1)[1], list=hexs(10))

add("ruby/postmark-server-token", "config/environments/production.rb", "Postmark docs: Rails ActionMailer postmark_settings api_token", """
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "subscriptions.tidewatercoffee.co.uk" }

  config.active_job.queue_adapter = :sidekiq
  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
end
""", secret=uuid())

add("typescript/sendgrid-api-key", "emails/send-receipt.ts", "SendGrid docs: @sendgrid/mail setApiKey", """
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@secret@@");

export async function sendRoastedReceipt(to: string, order: { name: string; roastDate: string; items: string[] }) {
  await sgMail.send({
    to,
    from: { email: "hello@littlekiln.coffee", name: "Little Kiln Coffee" },
    templateId: "d-@@tpl@@",
    dynamicTemplateData: {
      order_name: order.name,
      roast_date: order.roastDate,
      items: order.items,
    },
  });
}
""", secret=sendgrid_key(), tpl=hexs(32))

add("php/mailgun-api-key", "config/services.php", "Laravel docs: config/services.php mailgun secret", """
<?php

return [

    'mailgun' => [
        'domain' => 'mg.littlekiln.coffee',
        'secret' => '@@secret@@',
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'slack' => [
        'notifications' => [
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

];
""", secret=mailgun_key())

add("javascript/algolia-admin-key", "scripts/reindex-products.js", "Algolia docs: Admin API key vs search-only key", """
// Rebuild the product search index from Shopify (run after a menu/coffee change)
const algoliasearch = require("algoliasearch");
const { fetchAllProducts } = require("./lib/shopify");

const client = algoliasearch("@@app@@", "@@secret@@");
const index = client.initIndex("products_live");

(async () => {
  const products = await fetchAllProducts();
  const records = products.map((p) => ({
    objectID: p.id,
    title: p.title,
    origin: p.metafields.origin,
    process: p.metafields.process,
    tasting_notes: p.metafields.notes,
    price: p.variants[0].price,
  }));
  await index.replaceAllObjects(records, { safe: true });
  console.log(`indexed ${records.length} products`);
})();
""", secret=hexs(32), app=upper(10))

add("python/paypal-client-secret", "payments/paypal.py", "PayPal REST API docs: OAuth 2.0 client credentials", """
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post(
        f"{PAYPAL_API}/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def capture(order_id: str) -> dict:
    r = requests.post(f"{PAYPAL_API}/v2/checkout/orders/{order_id}/capture",
                      headers={"Authorization": f"Bearer {access_token()}"}, timeout=15)
    r.raise_for_status()
    return r.json()
""", secret=paypal_secret(), cid=paypal_client_id())

_stripe_k8s = stripe_key("sk_live_", long=True)
add("k8s-secret/stripe-secret-key", "k8s/shop/stripe-secret.yaml", "Kubernetes docs: Secret data is base64", """
apiVersion: v1
kind: Secret
metadata:
  name: shop-stripe
  namespace: shop
  labels:
    app: checkout-api
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_ACCOUNT_COUNTRY: R0I=
""", secret=_stripe_k8s, enc=b64(_stripe_k8s))

_subs_db_pw = rand_pw(24)
add("k8s-secret/postgres-password", "k8s/subscriptions/db-secret.yaml", "Kubernetes docs: Secret data; libpq connection URI", """
apiVersion: v1
kind: Secret
metadata:
  name: subscriptions-db
  namespace: subscriptions
type: Opaque
data:
  DATABASE_URL: @@enc@@
  DATABASE_POOL_SIZE: MTA=
""", secret=_subs_db_pw, enc=b64(f"postgres://subscriptions:{_subs_db_pw}@subs-db.cluster-cx1.eu-west-2.rds.amazonaws.com:5432/subscriptions?sslmode=require"))

add("compose/redis-password", "docker-compose.prod.yml", "Redis docs: requirepass; Docker Compose command", """
services:
  web:
    image: ghcr.io/littlekiln/subscriptions:2024.05.2
    env_file: .env.production
    depends_on: [redis]
    ports: ["8000:8000"]
  worker:
    image: ghcr.io/littlekiln/subscriptions:2024.05.2
    command: celery -A subscriptions worker -l info
    env_file: .env.production
    depends_on: [redis]
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes:
      - redis-data:/data
volumes:
  redis-data:
""", secret=fakes.redis_password(_seed()))

add("dockerfile/sentry-auth-token", "shop/Dockerfile", "Sentry docs: auth tokens (sntrys_) for source map upload", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENV SENTRY_ORG=northside-roasters \\
    SENTRY_PROJECT=shop-storefront \\
    SENTRY_AUTH_TOKEN=@@secret@@
RUN npm run build && npx @sentry/cli sourcemaps upload --release "$(git rev-parse --short HEAD)" dist/

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
""", secret=sentry_auth_token())

add("sql/stripe-restricted-key", "db/dumps/settings_2024-05-01.sql", "Stripe docs: restricted API keys (rk_live_); pg_dump output", """
--
-- PostgreSQL database dump (table shop_settings only)
--
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

COPY public.shop_settings (key, value, updated_at) FROM stdin;
currency	GBP	2024-01-03 10:11:02+00
subscription_cutoff_hour	11	2024-02-19 08:40:55+00
stripe_restricted_key	@@secret@@	2024-04-22 16:02:19+00
roast_days	mon,wed	2024-01-03 10:11:02+00
free_shipping_threshold	30.00	2024-03-01 09:00:00+00
\\.

--
-- PostgreSQL database dump complete
--
""", secret=stripe_key("rk_live_"))

add("log/stripe-secret-key", "logs/shop-worker.log", "Stripe docs: Authorization: Bearer secret key", """
[2024-05-06 04:00:01] worker.INFO: renewals: 214 subscriptions due
[2024-05-06 04:00:03] worker.ERROR: Stripe request failed {"status":429,"request_id":"req_@@req@@"}
[2024-05-06 04:00:03] worker.DEBUG: request dump: POST https://api.stripe.com/v1/invoices headers={"Authorization":"Bearer @@secret@@","Stripe-Version":"2023-10-16","Idempotency-Key":"renew-9921-2024-05"}
[2024-05-06 04:00:05] worker.INFO: retry 1/3 after 2s
[2024-05-06 04:00:08] worker.INFO: renewals: 214 done, 0 failed
""", secret=stripe_key("sk_live_"), req=chars(14))

add("json/shopify-access-token", "order-export/local.settings.json", "Azure Functions docs: local.settings.json Values", """
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "node",
    "SHOPIFY_STORE": "tidewater-coffee.myshopify.com",
    "SHOPIFY_ADMIN_TOKEN": "@@secret@@",
    "EXPORT_CONTAINER": "roast-plans"
  },
  "Host": {
    "CORS": "*"
  }
}
""", secret=shopify("shpat_"))

_nb_pw = rand_pw(18)
add("notebook/postgres-password", "analytics/subscription_churn.ipynb", "Jupyter nbformat 4; SQLAlchemy create_engine URL", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Subscription churn by plan and grind\\n", "Read replica only."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(\\"postgresql+psycopg://analyst:@@secret@@@subs-replica.internal:5432/subscriptions\\")\\n",
    "subs = pd.read_sql(\\"select plan, grind, started_at, cancelled_at from subscriptions\\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"data": {"text/plain": ["plan       grind\\n", "250g-fort  espresso    0.071\\n", "1kg-month  whole bean  0.038\\n"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}
   ],
   "source": ["subs.assign(churned=subs.cancelled_at.notna()).groupby([\\"plan\\", \\"grind\\"]).churned.mean()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=_nb_pw)

add("markdown/gorgias-api-key", "docs/shop/helpdesk.md", "Gorgias API docs: HTTP Basic with account email and API key", """
# Helpdesk (Gorgias)

Customer emails, Instagram DMs and the shop chat all land in Gorgias.

## Macros we rely on
- *Where is my order* - pulls the Shopify fulfilment and Royal Mail tracking
- *Pause subscription* - links to the Recharge customer portal
- *Grind change* - tags the order `grind-change` for the packing team

## API (for the weekly CSAT export)
```
curl -u ops@tidewatercoffee.co.uk:@@secret@@ \\
  "https://tidewater.gorgias.com/api/satisfaction-surveys?limit=100"
```
The export script runs on Mondays from the office Mac mini (crontab of `ops`).
""", secret=hexs(64))

add("yaml/twilio-auth-token", "sms-shipping/serverless.yml", "Serverless Framework docs: provider.environment; Twilio auth token", """
service: sms-shipping-updates
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: eu-west-2
  environment:
    TWILIO_ACCOUNT_SID: @@sid@@
    TWILIO_AUTH_TOKEN: @@secret@@
    TWILIO_FROM: "+447700900123"

functions:
  shipped:
    handler: handler.order_shipped
    events:
      - httpApi:
          path: /webhooks/shopify/fulfillment
          method: post
""", secret=hexs(32), sid=twilio_sid())

add("properties/mysql-password", "shop-api/src/main/resources/application-prod.properties", "Spring Boot docs: spring.datasource.password", """
server.port=8080
spring.datasource.url=jdbc:mysql://shop-db.internal:3306/shop?useSSL=true&serverTimezone=UTC
spring.datasource.username=shop_api
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
spring.mail.host=smtp.postmarkapp.com
spring.mail.port=587
spring.mail.username=${POSTMARK_TOKEN}
spring.mail.password=${POSTMARK_TOKEN}
management.endpoints.web.exposure.include=health,info
""", secret=words_pw())

add("shell/shopify-access-token", "scripts/backfill_orders.sh", "Shopify docs: X-Shopify-Access-Token header", """
#!/usr/bin/env bash
# one-off: backfill subscription tags on orders placed during the Recharge outage (2024-04-18)
set -euo pipefail
SHOP=northside-roasters.myshopify.com
VERSION=2024-04

while read -r order_id; do
  curl -sS -X PUT "https://$SHOP/admin/api/$VERSION/orders/$order_id.json" \\
    -H "X-Shopify-Access-Token: @@secret@@" \\
    -H "Content-Type: application/json" \\
    -d '{"order":{"id":'"$order_id"',"tags":"subscription,backfilled"}}' | jq -r '.order.name'
  sleep 0.5
done < outage_orders.txt
""", secret=shopify("shpat_"))

_split = stripe_key("sk_live_", long=True)
add("typescript/stripe-secret-key", "storefront/src/lib/stripe-server.ts", "Stripe Node docs: new Stripe(secretKey)", """
import Stripe from "stripe";

// split in two so the bundle scanner in CI doesn't flag it -- server-only file
const KEY = "@@p1@@" +
  "@@p2@@";

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? KEY, {
  apiVersion: "2023-10-16",
  appInfo: { name: "littlekiln-storefront" },
});

export async function createSubscriptionCheckout(priceId: string, customerEmail: string) {
  return stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: priceId, quantity: 1 }],
    customer_email: customerEmail,
    success_url: "https://littlekiln.coffee/subscribe/thanks?session={CHECKOUT_SESSION_ID}",
    cancel_url: "https://littlekiln.coffee/subscribe",
  });
}
""", secret=_split, p1=_split[:40], p2=_split[40:])

add("python/django-secret-key", "subscriptions/settings/production.py", "Django docs: SECRET_KEY setting", """
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["subscriptions.littlekiln.coffee"]
SECRET_KEY = "@@secret@@"

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://subscriptions.littlekiln.coffee"]

CELERY_BROKER_URL = "redis://redis:6379/0"
DEFAULT_FROM_EMAIL = "Little Kiln Coffee <hello@littlekiln.coffee>"
""", secret=fakes.django_secret_key(_seed()))

add("ansible/mysql-password", "ansible/roles/shop/vars/main.yml", "Ansible docs: role vars; community.mysql.mysql_user", """
---
shop_domain: tidewatercoffee.co.uk
shop_php_version: "8.2"
shop_db_name: tidewater_wp
shop_db_user: tidewater
shop_db_password: "@@secret@@"
shop_backup_bucket: s3://twc-backups/wordpress
shop_cron:
  - name: woo export
    minute: "15"
    hour: "3"
    job: "php /var/www/scripts/woo_export.php"
""", secret=rand_pw(16, "#%^&*()"))

add("toml/contentful-management-token", "netlify.toml", "Contentful docs: content management tokens (CFPAT-)", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  CONTENTFUL_SPACE_ID = "@@space@@"
  CONTENTFUL_MANAGEMENT_TOKEN = "@@secret@@"

[[redirects]]
  from = "/brew-guides/*"
  to = "/journal/:splat"
  status = 301

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
""", secret=contentful_pat(), space=chars(12).lower())

# ---- shop decoys ---------------------------------------------------------------------------------

add("typescript/decoy-publishable-key", "storefront/src/lib/stripe-client.ts", "Stripe docs: publishable keys are safe in client code", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: meant for the browser.
const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK, { locale: "en-GB" });

export async function redirectToCheckout(sessionId: string) {
  const stripe = await stripePromise;
  if (!stripe) throw new Error("Stripe.js failed to load");
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) console.error(error.message);
}
""", pk=stripe_key("pk_live_", long=True))

add("liquid/decoy-public-site-ids", "theme/layout/theme.liquid", "Klaviyo docs: public API key (site id) in onsite JS; Google tag docs", """
<!doctype html>
<html lang="{{ request.locale.iso_code }}">
  <head>
    <meta charset="utf-8">
    <title>{{ page_title }} | Northside Roasters</title>
    <meta name="google-site-verification" content="@@gsv@@">
    {{ content_for_header }}
    {{ 'base.css' | asset_url | stylesheet_tag }}
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){dataLayer.push(arguments);}
      gtag('js', new Date());
      gtag('config', 'G-@@ga@@');
    </script>
    <script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@@kl@@"></script>
  </head>
  <body>
    {% section 'header' %}
    <main id="MainContent">{{ content_for_layout }}</main>
    {% section 'footer' %}
  </body>
</html>
""", gsv=chars(43, URLSAFE), ga=upper(10), kl=chars(6))

add("toml/decoy-client-id", "shopify-app/shopify.app.toml", "Shopify CLI docs: app configuration client_id", """
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "@@cid@@"
name = "Roast Scheduler"
handle = "roast-scheduler"
application_url = "https://roast-scheduler.northsideroasters.com"
embedded = true

[access_scopes]
scopes = "read_orders,write_orders,read_products,read_customers"

[auth]
redirect_urls = ["https://roast-scheduler.northsideroasters.com/auth/callback"]

[webhooks]
api_version = "2024-04"

[pos]
embedded = false
""", cid=hexs(32))

add("liquid/decoy-client-id", "theme/snippets/paypal-button.liquid", "PayPal JS SDK docs: client-id query parameter", """
{% comment %} PayPal smart button on the gift subscription page {% endcomment %}
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=GBP&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/apps/gift/paypal/order', { method: 'POST' })
      .then((r) => r.json()).then((d) => d.id),
    onApprove: (data) => fetch('/apps/gift/paypal/capture/' + data.orderID, { method: 'POST' })
      .then(() => { window.location = '/pages/gift-thanks'; }),
  }).render('#paypal-button-container');
</script>
""", cid=paypal_client_id())

add("github-actions/decoy-secrets-context", ".github/workflows/ci.yml", "GitHub Actions docs: using secrets in a workflow", """
name: CI
on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_SECRET_KEY }}
      SHOPIFY_ADMIN_TOKEN: ${{ secrets.SHOPIFY_DEV_STORE_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""")

add("env/decoy-encrypted-vault", "subscriptions/.env.vault", "dotenv-vault docs: .env.vault holds AES-GCM encrypted environments", """
#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/   [how it works](https://dotenv.org/env-vault)   /
#/--------------------------------------------------/

# development
DOTENV_VAULT_DEVELOPMENT="@@a@@"
DOTENV_VAULT_DEVELOPMENT_VERSION=4

# production
DOTENV_VAULT_PRODUCTION="@@b@@"
DOTENV_VAULT_PRODUCTION_VERSION=9
""", a=b64bytes(180), b=b64bytes(240))

add("k8s/decoy-sealed-secret", "k8s/shop/sealed-stripe.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-stripe
  namespace: shop
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@a@@
    STRIPE_WEBHOOK_SECRET: @@b@@
  template:
    metadata:
      name: shop-stripe
      namespace: shop
    type: Opaque
""", a=sealed(), b=sealed())

add("python/decoy-test-fixture", "subscriptions/tests/test_webhooks.py", "Stripe docs: testing webhook signatures; pytest", """
import hashlib
import hmac
import json
import time

import pytest

from subscriptions import webhooks

TEST_SECRET = "whsec_test_secret"


def signed(payload: dict, secret: str = TEST_SECRET) -> tuple[bytes, str]:
    body = json.dumps(payload).encode()
    ts = int(time.time())
    sig = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return body, f"t={ts},v1={sig}"


@pytest.fixture(autouse=True)
def _secret(monkeypatch):
    monkeypatch.setattr(webhooks, "ENDPOINT_SECRET", TEST_SECRET)


def test_rejects_bad_signature(client):
    body, _ = signed({"type": "invoice.paid"})
    resp = client.post("/webhooks/stripe", data=body, headers={"Stripe-Signature": "t=1,v1=deadbeef"})
    assert resp.status_code == 400
""")

add("markdown/decoy-test-card-numbers", "docs/shop/stripe-testing.md", "Stripe docs: testing card numbers", """
# Testing checkout and subscriptions

Use the dev store and Stripe **test mode** only. Test keys come from `op://Shop Dev/Stripe test/`.

| Scenario | Card | Notes |
|---|---|---|
| Succeeds | 4242 4242 4242 4242 | any future expiry, any CVC |
| 3-D Secure required | 4000 0025 0000 3155 | complete the auth modal |
| Declined (insufficient funds) | 4000 0000 0000 9995 | |
| Renewal fails later | 4000 0000 0000 0341 | attaches, then fails on the next invoice |

Use postcode `BS1 6QF` and any email at `example.com`. Subscriptions created in test mode are
deleted every Sunday by the `cleanup-test-subs` job.
""")

add("env/decoy-placeholder", "shop/.env.example", "dotenv convention: .env.example with placeholders", """
NODE_ENV=development
PUBLIC_URL=http://localhost:3000
DATABASE_URL=postgres://shop:shop@localhost:5432/shop
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SHOPIFY_ADMIN_TOKEN=shpat_<ask in #shop-dev>
FREE_SHIPPING_THRESHOLD_GBP=30
""")

add("sql/decoy-password-hash", "db/seeds/staff_users.sql", "PostgreSQL docs: INSERT; bcrypt password hashes", """
-- Staff accounts for the subscription admin (dev seed). Passwords are bcrypt hashes;
-- everyone resets on first login via the magic link.
INSERT INTO staff_users (email, display_name, role, password_hash, must_reset) VALUES
  ('priya@northsideroasters.com', 'Priya', 'owner',   '@@h1@@', true),
  ('sam@northsideroasters.com',   'Sam',   'buyer',   '@@h2@@', true),
  ('jo@northsideroasters.com',    'Jo',    'packing', '@@h3@@', true),
  ('leo@northsideroasters.com',   'Leo',   'support', '@@h4@@', true);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("json/decoy-integrity-hash", "storefront/package-lock.json", "npm docs: package-lock.json integrity (SRI sha512)", """
{
  "name": "littlekiln-storefront",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.3.0.tgz",
      "integrity": "sha512-@@a@@==",
      "engines": {"node": ">=12.16"}
    },
    "node_modules/algoliasearch": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.23.3.tgz",
      "integrity": "sha512-@@b@@=="
    }
  }
}
""", a=chars(86, ALNUM + "+/"), b=chars(86, ALNUM + "+/"))

add("html/decoy-site-key", "storefront/public/wholesale-enquiry.html", "Google reCAPTCHA docs: site key in the page; MDN subresource integrity", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Wholesale enquiries | Little Kiln Coffee</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/water.css@2/out/water.css"
        integrity="sha384-@@sri@@" crossorigin="anonymous">
</head>
<body>
  <h1>Serve Little Kiln in your café</h1>
  <form action="/api/wholesale-enquiry" method="post">
    <label>Café name <input name="cafe" required></label>
    <label>Email <input type="email" name="email" required></label>
    <label>Weekly volume (kg) <input type="number" name="kg" min="5"></label>
    <div class="g-recaptcha" data-sitekey="@@site@@"></div>
    <button type="submit">Send</button>
  </form>
</body>
</html>
""", sri=chars(64, ALNUM + "+/"), site=recaptcha_key())

add("log/decoy-signature-header", "logs/stripe-webhooks-2024-05.log", "Stripe docs: Stripe-Signature header (t=, v1=)", """
2024-05-02T09:14:01Z INFO webhook received id=evt_@@e1@@ type=invoice.paid sig="t=1714641241,v1=@@s1@@"
2024-05-02T09:14:01Z INFO subscription sub_@@sub@@ next roast slot 2024-05-06 (mon)
2024-05-02T09:20:44Z INFO webhook received id=evt_@@e2@@ type=customer.subscription.updated sig="t=1714641644,v1=@@s2@@"
2024-05-02T09:20:44Z INFO customer cus_@@cus@@ changed grind whole-bean -> aeropress
2024-05-02T11:02:10Z WARN webhook signature mismatch id=evt_@@e3@@ (replayed? t=1714640001 too old)
""", e1=chars(24), s1=hexs(64), sub=chars(24), e2=chars(24), s2=hexs(64), cus=chars(14), e3=chars(24))

add("yaml/decoy-object-ids", "subscriptions/plans.yaml", "Stripe docs: product and price object ids", """
# Subscription plans -> Stripe prices (live mode). Ids are not secrets.
plans:
  - code: filter-250-fortnightly
    name: Filter, 250 g every two weeks
    stripe_product: prod_@@p1@@
    stripe_price: price_@@c1@@
    grind_options: [whole-bean, v60, aeropress, cafetiere]
  - code: espresso-1kg-monthly
    name: Espresso, 1 kg every month
    stripe_product: prod_@@p2@@
    stripe_price: price_@@c2@@
    grind_options: [whole-bean, espresso]
  - code: roasters-choice-500-monthly
    name: Roaster's choice, 2 x 250 g monthly
    stripe_product: prod_@@p3@@
    stripe_price: price_@@c3@@
    grind_options: [whole-bean, v60, cafetiere]
coupon_first_box: FIRSTBOX50
""", p1=chars(14), c1=chars(24), p2=chars(14), c2=chars(24), p3=chars(14), c3=chars(24))

add("typescript/decoy-search-only-key", "storefront/src/lib/search.ts", "Algolia docs: search-only API key is safe in the front end", """
import algoliasearch from "algoliasearch/lite";

// Search-only key (ACL: search), restricted to the products_live index. Public by design.
const searchClient = algoliasearch("@@app@@", "@@key@@");

export const productsIndex = searchClient.initIndex("products_live");

export async function searchCoffees(query: string) {
  const { hits } = await productsIndex.search(query, {
    hitsPerPage: 12,
    attributesToRetrieve: ["title", "origin", "process", "tasting_notes", "price"],
  });
  return hits;
}
""", app=upper(10), key=hexs(32))

add("terraform/decoy-variable-declaration", "infra/shop/variables.tf", "Terraform docs: sensitive input variables", """
variable "region" {
  type    = string
  default = "eu-west-2"
}

variable "stripe_secret_key" {
  description = "Live Stripe secret key; set via TF_VAR_stripe_secret_key in the pipeline"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Master password for the shop database"
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.db_password) >= 24
    error_message = "Use at least 24 characters."
  }
}
""")

add("typescript/decoy-public-dsn", "storefront/sentry.client.config.ts", "Sentry docs: the DSN is safe to expose in browser code", """
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://@@key@@@o@@org@@.ingest.sentry.io/@@proj@@",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
  integrations: [Sentry.replayIntegration({ maskAllText: true })],
});
""", key=hexs(32), org=digits(7), proj=digits(7))

add("python/decoy-regex", "scripts/scrub_tokens.py", "Python re docs; vendor token prefixes (Stripe, Shopify)", """
\"\"\"Mask credentials in support exports before they are attached to a ticket.\"\"\"
import re
import sys

PATTERNS = [
    re.compile(r"\\b(sk|rk)_(live|test)_[0-9a-zA-Z]{24,99}\\b"),
    re.compile(r"\\bwhsec_[0-9a-zA-Z]{32,}\\b"),
    re.compile(r"\\bshp(at|ss|ca|pa|tka)_[0-9a-f]{32}\\b"),
    re.compile(r"\\bEAAA[0-9A-Za-z_-]{60}\\b"),
]


def scrub(text: str) -> str:
    for pattern in PATTERNS:
        text = pattern.sub(lambda m: m.group(0)[:8] + "[redacted]", text)
    return text


if __name__ == "__main__":
    sys.stdout.write(scrub(sys.stdin.read()))
""")

add("dockerfile/decoy-build-secret-mount", "storefront/Dockerfile", "Docker docs: build secrets (RUN --mount=type=secret)", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
CMD ["npx", "next", "start"]
""")

add("compose/decoy-env-reference", "docker-compose.yml", "Docker Compose docs: interpolation ${VAR:?error}", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_DB: shop
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    environment:
      DATABASE_URL: postgres://shop:${POSTGRES_PASSWORD}@db:5432/shop
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    depends_on: [db]
volumes:
  pgdata:
""")

add("npmrc/decoy-env-reference", "storefront/.npmrc", "npm docs: .npmrc with ${NPM_TOKEN}", """
@littlekiln:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_PUBLIC_TOKEN}
engine-strict=true
save-exact=true
""")

add("log/decoy-redacted", "logs/checkout-api.log", "Application log with masked credentials", """
2024-05-10T12:00:01.002Z info  checkout-api listening on :8080
2024-05-10T12:00:01.004Z info  stripe configured key=sk_live_****************************8KdQ account=acct_@@acct@@
2024-05-10T12:00:01.005Z info  shopify configured store=littlekiln.myshopify.com token=shpat_********************
2024-05-10T12:03:44.510Z info  POST /checkout 200 212ms session=cs_live_@@cs@@
2024-05-10T12:07:09.233Z warn  POST /checkout 402 card_declined decline_code=insufficient_funds
""", acct=chars(16), cs=chars(58))

add("csv/decoy-object-ids", "exports/subscriptions_2024-05.csv", "Recharge/Shopify subscription export columns", """
subscription_id,shopify_customer_gid,email_sha256,plan,grind,status,next_charge,stripe_customer
@@s1@@,gid://shopify/Customer/@@g1@@,@@e1@@,filter-250-fortnightly,v60,active,2024-05-13,cus_@@c1@@
@@s2@@,gid://shopify/Customer/@@g2@@,@@e2@@,espresso-1kg-monthly,espresso,active,2024-05-20,cus_@@c2@@
@@s3@@,gid://shopify/Customer/@@g3@@,@@e3@@,roasters-choice-500-monthly,whole-bean,paused,,cus_@@c3@@
@@s4@@,gid://shopify/Customer/@@g4@@,@@e4@@,filter-250-fortnightly,cafetiere,active,2024-05-15,cus_@@c4@@
@@s5@@,gid://shopify/Customer/@@g5@@,@@e5@@,espresso-1kg-monthly,whole-bean,cancelled,,cus_@@c5@@
""", s1=digits(9), s2=digits(9), s3=digits(9), g1=digits(13), g2=digits(13), g3=digits(13),
    e1=sha256(), e2=sha256(), e3=sha256(), c1=chars(14), c2=chars(14), c3=chars(14),
    s4=digits(9), s5=digits(9), g4=digits(13), g5=digits(13), e4=sha256(), e5=sha256(), c4=chars(14), c5=chars(14))

# =================================================================================================
# Wholesale ordering
# =================================================================================================

add("xml/mssql-password", "wholesale-portal/Web.config", "Microsoft docs: SqlConnection connection string Password=", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Wholesale"
         connectionString="Server=tcp:nsr-wholesale.database.windows.net,1433;Initial Catalog=wholesale;User ID=wholesale_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="OrderCutoffLocalTime" value="11:00" />
    <add key="MinimumOrderKg" value="5" />
    <add key="RoastDays" value="Mon,Wed,Fri" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", secret=rand_pw(20))

add("json/quickbooks-client-secret", "wholesale-portal/appsettings.Production.json", "Intuit developer docs: OAuth 2.0 client id and client secret", """
{
  "Logging": {
    "LogLevel": { "Default": "Warning", "WholesalePortal": "Information" }
  },
  "AllowedHosts": "trade.northsideroasters.com",
  "QuickBooks": {
    "ClientId": "AB@@cid@@",
    "ClientSecret": "@@secret@@",
    "Environment": "production",
    "RealmId": "@@realm@@",
    "RedirectUri": "https://trade.northsideroasters.com/quickbooks/callback"
  },
  "Invoices": {
    "PaymentTermsDays": 30,
    "SendCopyTo": "accounts@northsideroasters.com"
  }
}
""", secret=chars(40), cid=chars(48), realm=digits(19))

add("csharp/faire-api-token", "WholesaleSync/Services/FaireClient.cs", "Faire external API docs: X-FAIRE-ACCESS-TOKEN header", """
using System.Net.Http.Json;

namespace WholesaleSync.Services;

public sealed class FaireClient
{
    private const string AccessToken = "@@secret@@";
    private readonly HttpClient _http;

    public FaireClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://www.faire.com/external-api/v2/");
        _http.DefaultRequestHeaders.Add("X-FAIRE-ACCESS-TOKEN", AccessToken);
    }

    public async Task<IReadOnlyList<FaireOrder>> NewOrdersAsync(CancellationToken ct)
    {
        var page = await _http.GetFromJsonAsync<FaireOrderPage>("orders?states=NEW&limit=50", ct);
        return page?.Orders ?? new List<FaireOrder>();
    }

    public Task AcceptAsync(string orderId, CancellationToken ct) =>
        _http.PutAsync($"orders/{orderId}/processing", null, ct);
}
""", secret=upper(80))

add("ini/odoo-admin-password", "odoo/odoo.conf", "Odoo docs: configuration file admin_passwd (master password)", """
[options]
; Odoo 17 - wholesale orders, invoicing and the roast plan
addons_path = /usr/lib/python3/dist-packages/odoo/addons,/opt/odoo/custom-addons
admin_passwd = @@secret@@
db_host = False
db_port = False
db_user = odoo
db_password = False
dbfilter = ^nsr-prod$
list_db = False
proxy_mode = True
workers = 4
max_cron_threads = 1
logfile = /var/log/odoo/odoo.log
""", secret=words_pw())

add("python/odoo-api-key", "odoo-scripts/import_cafes.py", "Odoo docs: external API (XML-RPC) with an API key", """
\"\"\"Import new wholesale café accounts from the onboarding sheet into Odoo.\"\"\"
import csv
import xmlrpc.client

URL = "https://erp.northsideroasters.com"
DB = "nsr-prod"
USER = "integrations@northsideroasters.com"
API_KEY = "@@secret@@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")

with open("new_cafes.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        partner_id = models.execute_kw(DB, uid, API_KEY, "res.partner", "create", [{
            "name": row["cafe"],
            "email": row["email"],
            "is_company": True,
            "property_payment_term_id": 4,
            "category_id": [(4, 7)],
        }])
        print(row["cafe"], "->", partner_id)
""", secret=hexs(40))

add("javascript/netsuite-token-secret", "netsuite/restlet_client.js", "NetSuite docs: token-based authentication (OAuth 1.0a) for RESTlets", """
const OAuth = require("oauth-1.0a");
const crypto = require("crypto");

const ACCOUNT = "@@acct@@";
const oauth = OAuth({
  consumer: { key: "@@ck@@", secret: "@@cs@@" },
  signature_method: "HMAC-SHA256",
  hash_function: (base, key) => crypto.createHmac("sha256", key).update(base).digest("base64"),
  realm: ACCOUNT,
});
const token = { key: "@@tk@@", secret: "@@secret@@" };

async function postWholesaleOrder(order) {
  const url = `https://${ACCOUNT}.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=812&deploy=1`;
  const headers = oauth.toHeader(oauth.authorize({ url, method: "POST" }, token));
  const res = await fetch(url, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify(order),
  });
  return res.json();
}

module.exports = { postWholesaleOrder };
""", secret=hexs(64), acct=digits(7), ck=hexs(64), cs=hexs(64), tk=hexs(64))

add("yaml/sftp-password", "edi/partners.yaml", "EDI trading partner SFTP setup (user/password)", """
# Trading partners that send X12 850 purchase orders and want 810 invoices back
partners:
  - id: GROCER01
    name: Valley Fresh Markets
    isa_qualifier: "ZZ"
    isa_id: VALLEYFRESH
    transport:
      type: sftp
      host: edi.example-valleyfresh.test
      port: 22
      username: northside_roasters
      password: "@@secret@@"
      inbound_dir: /outbound/850
      outbound_dir: /inbound/810
    documents: ["850", "855", "810", "856"]
  - id: HOTEL02
    name: Lakeside Hotels
    transport:
      type: email
      address: purchasing@example-lakeside.test
    documents: ["850"]
""", secret=rand_pw(16, "!@#"))

add("netrc/ftp-password", "wholesale/.netrc", "GNU inetutils docs: .netrc machine/login/password", """
# distributor drop for weekly stock + price files (used by curl --netrc and lftp)
machine ftp.example-distributor.test
  login northside
  password @@secret@@

machine uploads.example-foodservice.test
  login nsr-roasters
  password @@second@@
""", secret=cafe_pw(), second=cafe_pw())

add("python/smtp-password", "wholesale/price-list-mailer/send.py", "Google Workspace docs: app passwords for SMTP (smtp.gmail.com)", """
\"\"\"Email the new wholesale price list PDF to every active café account.\"\"\"
import smtplib
from email.message import EmailMessage
from pathlib import Path

import accounts

SENDER = "trade@littlekiln.coffee"
APP_PASSWORD = "@@secret@@"


def main(pdf: Path) -> None:
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
        smtp.login(SENDER, APP_PASSWORD)
        for cafe in accounts.active():
            msg = EmailMessage()
            msg["From"] = f"Little Kiln Trade <{SENDER}>"
            msg["To"] = cafe.email
            msg["Subject"] = "Little Kiln wholesale prices from 1 October"
            msg.set_content(f"Hi {cafe.contact},\\n\\nOur autumn price list is attached.\\n\\nLittle Kiln Coffee")
            msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
            smtp.send_message(msg)


if __name__ == "__main__":
    main(Path("out/wholesale-prices-2024-autumn.pdf"))
""", secret=fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("ruby/xero-client-secret", "wholesale/invoices/xero_client.rb", "Xero Ruby SDK docs: XeroRuby::ApiClient credentials", """
require "xero-ruby"

module Invoices
  XERO = XeroRuby::ApiClient.new(credentials: {
    client_id: "@@cid@@",
    client_secret: "@@secret@@",
    grant_type: "client_credentials",
    scopes: "accounting.transactions accounting.contacts"
  })

  def self.raise_invoice(cafe, lines)
    XERO.get_client_credentials_token
    invoice = {
      type: XeroRuby::Accounting::Invoice::ACCREC,
      contact: { contact_id: cafe.xero_contact_id },
      line_items: lines.map { |l| { description: l.name, quantity: l.kg, unit_amount: l.price_per_kg, account_code: "200" } },
      date: Date.today,
      due_date: Date.today + 30,
      status: XeroRuby::Accounting::Invoice::AUTHORISED
    }
    XERO.accounting_api.create_invoices("", invoices: [invoice])
  end
end
""", secret=chars(48, URLSAFE), cid=upper(32))

add("java/cin7-api-key", "wholesale-api/src/main/java/coffee/tidewater/wholesale/Cin7Config.java", "Cin7 Core API docs: api-auth-accountid and api-auth-applicationkey headers", """
package coffee.tidewater.wholesale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class Cin7Config {

    static final String ACCOUNT_ID = "@@acct@@";
    static final String APPLICATION_KEY = "@@secret@@";

    @Bean
    WebClient cin7Client(WebClient.Builder builder) {
        return builder
                .baseUrl("https://inventory.dearsystems.com/ExternalApi/v2")
                .defaultHeader("api-auth-accountid", ACCOUNT_ID)
                .defaultHeader("api-auth-applicationkey", APPLICATION_KEY)
                .build();
    }
}
""", secret=uuid(), acct=uuid())

add("github-actions/aws-secret-access-key", ".github/workflows/nightly-orders.yml", "AWS CLI docs: AWS_SECRET_ACCESS_KEY environment variable", """
name: nightly wholesale orders
on:
  schedule:
    - cron: "0 2 * * *"

jobs:
  export:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@akid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r wholesale/requirements.txt
      - run: python wholesale/export_orders.py --since yesterday --out /tmp/orders.csv
      - run: aws s3 cp /tmp/orders.csv s3://nsr-wholesale-exports/$(date +%F)/orders.csv
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("powershell/mssql-password", "it/export-wholesale-invoices.ps1", "SqlServer module docs: Invoke-Sqlcmd -ConnectionString", """
# Monthly: export wholesale invoices for the accountant (runs on the office PC)
Import-Module SqlServer

$conn = "Server=OFFICE-PC\\SQLEXPRESS;Database=Wholesale;User Id=invoice_export;Password=@@secret@@;TrustServerCertificate=True"
$month = (Get-Date).AddMonths(-1).ToString("yyyy-MM")
$query = @"
SELECT InvoiceNo, CafeName, IssuedOn, NetGBP, VatGBP
FROM dbo.Invoices
WHERE FORMAT(IssuedOn, 'yyyy-MM') = '$month'
ORDER BY IssuedOn
"@

Invoke-Sqlcmd -ConnectionString $conn -Query $query |
    Export-Csv -Path "C:\\Users\\Office\\OneDrive - Tidewater Coffee\\Accounts\\invoices-$month.csv" -NoTypeInformation
Write-Host "exported invoices for $month"
""", secret=rand_pw(18))

add("markdown/portal-password", "docs/wholesale/onboarding-new-cafes.md", "Handover note: Faire brand portal login", """
# Onboarding a new wholesale café

1. Check the café has a Faire account or wants direct terms (minimum 5 kg/week for direct).
2. Faire orders: log in to the brand portal at faire.com/brand-portal
   as `wholesale@tidewatercoffee.co.uk` / `@@secret@@` and accept the order within 48 h.
3. Direct accounts: create the customer in Odoo (`odoo-scripts/import_cafes.py`), payment terms NET30.
4. Book the barista training visit and grinder calibration (Mahlkönig E65S, burr check).
5. Add the café to the delivery round in the routing sheet (Tue/Fri van).

Questions: Hannah (wholesale) or Jo (packing).
""", secret=words_pw())

add("sql/api-client-secret", "wholesale/db/migrations/0012_api_clients.sql", "OAuth 2.0 client credentials stored by the partner API", """
-- 0012: API clients for café chains that order by API
CREATE TABLE api_clients (
    id             bigserial PRIMARY KEY,
    name           text NOT NULL,
    client_id      text NOT NULL UNIQUE,
    client_secret  text NOT NULL,
    scopes         text[] NOT NULL DEFAULT '{orders:write}',
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- first customer on the API: Harbourline Café group (12 sites)
INSERT INTO api_clients (name, client_id, client_secret, scopes)
VALUES ('Harbourline Cafe Group', 'hbl-@@cid@@', '@@secret@@', '{orders:write,invoices:read}');
""", secret="tw_sk_" + chars(40), cid=hexs(12))

add("gitlab-ci/ssh-password", ".gitlab-ci.yml", "sshpass man page (-p password); GitLab CI/CD YAML syntax", """
stages: [test, deploy]

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy_trade_portal:
  stage: deploy
  image: alpine:3.19
  only: [main]
  before_script:
    - apk add --no-cache rsync openssh-client sshpass
  script:
    - sshpass -p '@@secret@@' rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" ./site/ deploy@trade.littlekiln.coffee:/var/www/trade/
    - sshpass -p '@@secret@@' ssh deploy@trade.littlekiln.coffee 'sudo systemctl reload php8.2-fpm'
""", secret=cafe_pw())

add("yaml/postgres-password", "wholesale/config/database.yml", "Rails docs: config/database.yml", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: wholesale_development

test:
  <<: *default
  database: wholesale_test

production:
  <<: *default
  host: wholesale-db.internal
  database: wholesale_production
  username: wholesale
  password: @@secret@@
""", secret=rand_pw(22))

add("pem/ssh-private-key", "wholesale/edi/keys/id_ed25519", "OpenSSH docs: private key file format (openssh-key-v1)", """
@@secret@@
""", secret=openssh_key())

add("terraform/postgres-password", "infra/wholesale/rds.tf", "Terraform AWS provider docs: aws_db_instance password", """
resource "aws_db_instance" "wholesale" {
  identifier              = "wholesale-prod"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.small"
  allocated_storage       = 20
  db_name                 = "wholesale"
  username                = "wholesale_admin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 7
  deletion_protection     = true
  skip_final_snapshot     = false
}
""", secret=rand_pw(24))

add("env/laravel-app-key", "trade-portal/.env", "Laravel docs: APP_KEY (base64:) encryption key", """
APP_NAME="Little Kiln Trade"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://trade.littlekiln.coffee

LOG_CHANNEL=daily

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=trade
DB_USERNAME=trade
DB_PASSWORD=

MAIL_MAILER=mailgun
""", secret=laravel_key())

add("python/telegram-bot-token", "wholesale/reorder_bot.py", "python-telegram-bot docs: Application.builder().token()", """
\"\"\"Telegram bot café managers use to reorder: /reorder espresso 6\"\"\"
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from wholesale import orders

BOT_TOKEN = "@@secret@@"


async def reorder(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        blend, kg = context.args[0], int(context.args[1])
    except (IndexError, ValueError):
        await update.message.reply_text("Usage: /reorder <blend> <kg>")
        return
    cafe = orders.cafe_for_chat(update.effective_chat.id)
    order = orders.create(cafe, blend, kg)
    await update.message.reply_text(f"Order {order.number}: {kg} kg {blend}, roasting {order.roast_day}.")


app = Application.builder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("reorder", reorder))
app.run_polling()
""", secret=fakes.telegram_token(_seed()))

# ---- wholesale decoys ----------------------------------------------------------------------------

add("xml/decoy-user-secrets-id", "wholesale-portal/WholesalePortal.csproj", "Microsoft docs: Secret Manager (UserSecretsId)", """
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@usid@@</UserSecretsId>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="IppDotNetSdkForQuickBooksApiV3" Version="14.6.3.1" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.4" />
  </ItemGroup>

</Project>
""", usid=uuid())

add("text/decoy-public-key", "wholesale/edi/known_hosts", "OpenSSH docs: known_hosts format", """
# EDI partner SFTP hosts (pinned)
edi.example-valleyfresh.test ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
edi.example-valleyfresh.test ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k2@@=
ftp.example-distributor.test ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@
uploads.example-foodservice.test ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k4@@
""", k1=chars(43, ALNUM + "+/"), k2=chars(86, ALNUM + "+/"), k3=chars(43, ALNUM + "+/"), k4=chars(200, ALNUM + "+/"))

add("edi/decoy-edi-sample", "wholesale/edi/samples/850_valley_fresh.edi", "ASC X12 850 purchase order; ISA authorization/security fields", """
ISA*00*          *00*          *ZZ*VALLEYFRESH    *ZZ*NSRROASTERS    *240612*0915*U*00401*000004127*0*P*>~
GS*PO*VALLEYFRESH*NSRROASTERS*20240612*0915*4127*X*004010~
ST*850*0001~
BEG*00*SA*VF-PO-@@po@@**20240612~
REF*DP*0042~
DTM*002*20240619~
N1*ST*VALLEY FRESH DC*92*0042~
PO1*1*24*CA*38.50**UP*@@gtin1@@*VN*NSR-ESP-1KG~
PO1*2*12*CA*41.00**UP*@@gtin2@@*VN*NSR-FLT-1KG~
CTT*2~
SE*10*0001~
GE*1*4127~
IEA*1*000004127~
""", po=digits(6), gtin1=digits(12), gtin2=digits(12))

add("csv/decoy-price-list", "wholesale/price_lists/2024-autumn.csv", "Wholesale price list export (SKU, GTIN)", """
sku,gtin,name,size,price_gbp_ex_vat,min_qty,roast
NSR-ESP-1KG,@@g1@@,House Espresso,1kg,21.50,5,espresso
NSR-ESP-6KG,@@g2@@,House Espresso,6x1kg case,123.00,1,espresso
NSR-FLT-1KG,@@g3@@,Seasonal Filter,1kg,24.00,3,filter
NSR-DEC-1KG,@@g4@@,Colombia EA Decaf,1kg,23.00,2,omni
NSR-GUJ-250,@@g5@@,Ethiopia Guji (retail bag),250g,6.40,12,filter
""", g1=digits(13), g2=digits(13), g3=digits(13), g4=digits(13), g5=digits(13))

add("terraform/decoy-generated-password", "infra/wholesale/secrets.tf", "Terraform docs: random_password and aws_secretsmanager_secret_version", """
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "portal_db" {
  name = "prod/wholesale/portal-db"
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = jsonencode({ username = "wholesale_app", password = random_password.portal_db.result })
}

output "portal_db_secret_arn" {
  value = aws_secretsmanager_secret.portal_db.arn
}
""")

add("ansible/decoy-ansible-vault", "ansible/group_vars/wholesale/vault.yml", "Ansible docs: ansible-vault encrypted files", """
$ANSIBLE_VAULT;1.1;AES256
@@v@@
""", v=ansible_vault_lines(8).replace("          ", ""))

add("markdown/decoy-placeholder", "docs/wholesale/partner-api.md", "OAuth 2.0 client credentials grant (RFC 6749 4.4); API docs with placeholders", """
# Ordering by API (for café groups)

Get a token with the client id and secret we send you by 1Password share link:

```http
POST https://trade-api.tidewatercoffee.co.uk/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=<your-client-id>&client_secret=<your-client-secret>
```

Then place an order:

```http
POST https://trade-api.tidewatercoffee.co.uk/v1/orders
Authorization: Bearer <access_token>
Content-Type: application/json

{"site": "HBL-07", "lines": [{"sku": "NSR-ESP-6KG", "qty": 2}], "deliver_on": "2024-06-21"}
```

Tokens last one hour. Orders after 11:00 roast the next roast day.
""")

add("java/decoy-test-fixture", "wholesale-api/src/test/java/coffee/tidewater/wholesale/ApiKeyFilterTest.java", "JUnit 5 docs; Spring MockMvc", """
package coffee.tidewater.wholesale;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"wholesale.api.keys[0]=test-key-not-real", "cin7.enabled=false"})
class ApiKeyFilterTest {

    @Autowired MockMvc mvc;

    @Test
    void rejectsMissingKey() throws Exception {
        mvc.perform(get("/v1/orders")).andExpect(status().isUnauthorized());
    }

    @Test
    void acceptsConfiguredKey() throws Exception {
        mvc.perform(get("/v1/orders").header("X-Api-Key", "test-key-not-real")).andExpect(status().isOk());
    }
}
""")

add("yaml/decoy-sops-encrypted", "wholesale/secrets/prod.enc.yaml", "SOPS docs: encrypted YAML (ENC[AES256_GCM,...])", """
odoo:
    api_key: @@a@@
netsuite:
    token_secret: @@b@@
edi:
    valleyfresh_sftp_password: @@c@@
sops:
    kms: []
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@e1@@
            @@e2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-01T09:12:44Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=sops(56), b=sops(88), c=sops(20), age=chars(58).lower(), e1=chars(64, ALNUM + "+/"), e2=chars(44, ALNUM + "+/"),
    mac=sops(88).replace("type:str", "type:str"))

add("xml/decoy-invoice", "wholesale/invoices/INV-2024-0419.xml", "OASIS UBL 2.1 Invoice", """
<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>INV-2024-0419</cbc:ID>
  <cbc:UUID>@@uuid@@</cbc:UUID>
  <cbc:IssueDate>2024-06-14</cbc:IssueDate>
  <cbc:DocumentCurrencyCode>GBP</cbc:DocumentCurrencyCode>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Harbourline Cafe Group</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>GB@@iban@@</cbc:ID></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="GBP">1476.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
</Invoice>
""", uuid=uuid(), iban=digits(2) + "NWBK" + digits(14))

add("csv/decoy-account-numbers", "wholesale/exports/cafe_accounts.csv", "Odoo contacts export (wholesale customers)", """
account_no,cafe,postcode,vat_number,odoo_partner_id,terms,weekly_kg,faire_retailer_id
NSR-C-0101,Harbourline Quay St,BS1 4DJ,GB@@v1@@,@@o1@@,NET30,18,
NSR-C-0102,Harbourline Park Row,BS1 5LJ,GB@@v1@@,@@o2@@,NET30,12,
NSR-C-0117,The Copper Kettle,BA1 1LN,GB@@v2@@,@@o3@@,NET14,6,r_@@f1@@
NSR-C-0123,Slow Pour Bakery,GL50 1QA,,@@o4@@,PROFORMA,5,r_@@f2@@
NSR-C-0131,Lakeside Hotels,LA23 3HE,GB@@v3@@,@@o5@@,NET45,22,
""", v1=digits(9), v2=digits(9), v3=digits(9), o1=digits(4), o2=digits(4), o3=digits(4), o4=digits(4), o5=digits(4),
    f1=chars(10).lower(), f2=chars(10).lower())

add("http/decoy-env-reference", "wholesale-api/requests.http", "JetBrains HTTP Client docs: environment variables {{var}}", """
### Get a token (values from http-client.private.env.json, which is git-ignored)
POST {{host}}/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id={{client_id}}&client_secret={{client_secret}}

> {% client.global.set("token", response.body.access_token); %}

### List today's orders
GET {{host}}/v1/orders?roast_day=today
Authorization: Bearer {{token}}

### Create an order
POST {{host}}/v1/orders
Authorization: Bearer {{token}}
Content-Type: application/json

{"site": "HBL-07", "lines": [{"sku": "NSR-ESP-6KG", "qty": 1}]}
""")

# =================================================================================================
# Café POS, loyalty and delivery
# =================================================================================================

add("env/square-access-token", "pos-sync/.env", "Square developer docs: access tokens (EAAA...)", """
# pos-sync: Square -> roastery stock + loyalty. Production seller: Harbourline Café Group
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=@@secret@@
SQUARE_LOCATION_IDS=@@l1@@,@@l2@@,@@l3@@
SQUARE_API_VERSION=2024-05-15
SYNC_INTERVAL_SECONDS=300
BEANS_CATEGORY=Retail Coffee
""", secret=square_token(), l1=square_location(), l2=square_location(), l3=square_location())

add("python/square-application-secret", "pos-sync/oauth.py", "Square OAuth docs: ObtainToken with client_secret (sq0csp-)", """
\"\"\"OAuth callback for the café-group app: each franchisee connects their own Square account.\"\"\"
import requests
from flask import Flask, redirect, request

from pos_sync.store import save_seller_tokens

app = Flask(__name__)
APP_ID = "@@app@@"
APP_SECRET = "@@secret@@"


@app.get("/square/callback")
def callback():
    code = request.args["code"]
    r = requests.post("https://connect.squareup.com/oauth2/token", json={
        "client_id": APP_ID,
        "client_secret": APP_SECRET,
        "code": code,
        "grant_type": "authorization_code",
    }, headers={"Square-Version": "2024-05-15"}, timeout=15)
    r.raise_for_status()
    data = r.json()
    save_seller_tokens(data["merchant_id"], data["access_token"], data["refresh_token"], data["expires_at"])
    return redirect("/connected")
""", secret=square_secret(), app=square_app_id())

add("typescript/square-webhook-signature-key", "pos-sync/src/webhooks.ts", "Square docs: validate webhook notifications (signature key)", """
import express from "express";
import { WebhooksHelper } from "square";

const SIGNATURE_KEY = "@@secret@@";
const NOTIFICATION_URL = "https://pos-sync.harbourline.cafe/webhooks/square";

export const router = express.Router();

router.post("/webhooks/square", express.text({ type: "*/*" }), async (req, res) => {
  const signature = req.header("x-square-hmacsha256-signature") ?? "";
  const ok = WebhooksHelper.isValidWebhookEventSignature(req.body, signature, SIGNATURE_KEY, NOTIFICATION_URL);
  if (!ok) return res.sendStatus(403);

  const event = JSON.parse(req.body);
  if (event.type === "loyalty.account.updated") {
    await updateStampCard(event.data.object.loyalty_account);
  }
  res.sendStatus(200);
});

async function updateStampCard(account: { id: string; balance: number }) {
  console.log(`loyalty ${account.id} balance ${account.balance}`);
}
""", secret=chars(22, URLSAFE))

add("yaml/toast-client-secret", "toast-bridge/config/production.yaml", "Toast developer docs: machine client credentials (clientId, clientSecret)", """
toast:
  hostname: https://ws-api.toasttab.com
  client_id: @@cid@@
  client_secret: @@secret@@
  user_access_type: TOAST_MACHINE_CLIENT
  restaurants:
    - name: Harbourline Quay St
      guid: @@r1@@
    - name: Harbourline Park Row
      guid: @@r2@@
sync:
  menus_every: 15m
  orders_every: 1m
  export_bucket: gs://harbourline-toast-exports
""", secret=chars(64, URLSAFE), cid=chars(32), r1=uuid(), r2=uuid())

add("go/lightspeed-client-secret", "lightspeed/oauth.go", "golang.org/x/oauth2 docs: Config.ClientSecret; Lightspeed Restaurant API", """
package lightspeed

import (
	"context"

	"golang.org/x/oauth2"
)

var Config = &oauth2.Config{
	ClientID:     "harbourline-kseries",
	ClientSecret: "@@secret@@",
	Scopes:       []string{"orders-api", "items", "financial-api"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://api.lsk.lightspeed.app/oauth/authorize",
		TokenURL: "https://api.lsk.lightspeed.app/oauth/token",
	},
	RedirectURL: "https://pos.harbourline.cafe/lightspeed/callback",
}

func Exchange(ctx context.Context, code string) (*oauth2.Token, error) {
	return Config.Exchange(ctx, code)
}
""", secret=chars(40))

add("python/clover-api-token", "clover/export_items.py", "Clover REST API docs: Bearer API token, merchant id", """
\"\"\"Export the Clover item list (drinks + retail beans) for the menu board refresh.\"\"\"
import csv
import sys

import requests

MERCHANT_ID = "@@mid@@"
API_TOKEN = "@@secret@@"
BASE = f"https://api.eu.clover.com/v3/merchants/{MERCHANT_ID}"

r = requests.get(f"{BASE}/items", params={"limit": 1000, "expand": "categories"},
                 headers={"Authorization": f"Bearer {API_TOKEN}"}, timeout=20)
r.raise_for_status()

writer = csv.writer(sys.stdout)
writer.writerow(["id", "name", "price_pence", "category"])
for item in r.json()["elements"]:
    cats = item.get("categories", {}).get("elements", [])
    writer.writerow([item["id"], item["name"], item["price"], cats[0]["name"] if cats else ""])
""", secret=uuid(), mid=upper(13))

add("python/braze-rest-api-key", "loyalty/braze_sync.py", "Braze docs: REST API key (Bearer) and REST endpoint", """
\"\"\"Send stamp-card balances to Braze so the 'one stamp to go' push can fire.\"\"\"
import requests

BRAZE_REST = "https://rest.fra-01.braze.eu"
BRAZE_KEY = "@@secret@@"


def track_balances(rows):
    attributes = [{"external_id": r.member_id, "stamps": r.stamps, "home_cafe": r.cafe} for r in rows]
    for i in range(0, len(attributes), 75):
        resp = requests.post(f"{BRAZE_REST}/users/track",
                             json={"attributes": attributes[i:i + 75]},
                             headers={"Authorization": f"Bearer {BRAZE_KEY}"},
                             timeout=20)
        resp.raise_for_status()
""", secret=uuid())

add("javascript/fcm-server-key", "loyalty-functions/notify.js", "Firebase docs: legacy FCM HTTP API (Authorization: key=)", """
// Legacy FCM send for the loyalty app ("your free drink is ready")
const fetch = require("node-fetch");

const SERVER_KEY = "@@secret@@";

async function notifyFreeDrink(deviceToken, cafeName) {
  const res = await fetch("https://fcm.googleapis.com/fcm/send", {
    method: "POST",
    headers: {
      Authorization: `key=${SERVER_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      to: deviceToken,
      notification: { title: "Free drink unlocked", body: `Show your card at ${cafeName}` },
      data: { screen: "wallet" },
    }),
  });
  return res.json();
}

module.exports = { notifyFreeDrink };
""", secret=fcm_server_key())

add("python/twilio-auth-token", "loyalty-api/app/sms.py", "Twilio Python docs: Client(account_sid, auth_token)", """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "HARBOURLN"

_client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_login_code(phone: str, code: str) -> str:
    msg = _client.messages.create(
        to=phone,
        from_=FROM,
        body=f"Your Harbourline loyalty code is {code}. It expires in 10 minutes.",
    )
    return msg.sid
""", secret=hexs(32), sid=twilio_sid())

add("toml/jwt-signing-secret", "loyalty-api/config/settings.toml", "Dynaconf docs: settings.toml environments", """
[default]
app_name = "harbourline-loyalty"
stamps_per_reward = 9
login_code_ttl_seconds = 600
jwt_algorithm = "HS256"

[development]
database_url = "postgresql://loyalty:loyalty@localhost:5432/loyalty"
jwt_secret = "@format {env[JWT_SECRET]}"

[production]
database_url = "@format {env[DATABASE_URL]}"
jwt_secret = "@@secret@@"
jwt_ttl_minutes = 43200
""", secret=chars(48, URLSAFE))

add("python/doordash-signing-secret", "delivery/doordash.py", "DoorDash Drive docs: JWT with developer_id, key_id, signing_secret", """
\"\"\"Create DoorDash Drive deliveries for café wholesale top-ups (beans + milk runs).\"\"\"
import base64
import math
import time

import jwt
import requests

ACCESS_KEY = {
    "developer_id": "@@dev@@",
    "key_id": "@@kid@@",
    "signing_secret": "@@secret@@",
}


def token() -> str:
    now = math.floor(time.time())
    return jwt.encode(
        {"aud": "doordash", "iss": ACCESS_KEY["developer_id"], "kid": ACCESS_KEY["key_id"], "exp": now + 300, "iat": now},
        base64.urlsafe_b64decode(ACCESS_KEY["signing_secret"] + "="),
        algorithm="HS256",
        headers={"dd-ver": "DD-JWT-V1"},
    )


def create_delivery(payload: dict) -> dict:
    r = requests.post("https://openapi.doordash.com/drive/v2/deliveries", json=payload,
                      headers={"Authorization": f"Bearer {token()}"}, timeout=20)
    r.raise_for_status()
    return r.json()
""", secret=b64url_bytes(32), dev=uuid(), kid=uuid())

add("ruby/ubereats-client-secret", "delivery/ubereats.rb", "Uber Eats Marketplace API docs: client credentials token", """
require "net/http"
require "json"

module Delivery
  class UberEats
    CLIENT_ID = "@@cid@@"
    CLIENT_SECRET = "@@secret@@"
    TOKEN_URL = URI("https://auth.uber.com/oauth/v2/token")

    def self.token
      res = Net::HTTP.post_form(TOKEN_URL,
        "client_id" => CLIENT_ID,
        "client_secret" => CLIENT_SECRET,
        "grant_type" => "client_credentials",
        "scope" => "eats.store eats.order eats.store.status.write")
      JSON.parse(res.body).fetch("access_token")
    end

    def self.pause_store(store_id, minutes)
      uri = URI("https://api.uber.com/v1/eats/store/#{store_id}/status")
      req = Net::HTTP::Post.new(uri, "Authorization" => "Bearer #{token}", "Content-Type" => "application/json")
      req.body = { status: "PAUSED", paused_until: (Time.now + minutes * 60).utc.iso8601 }.to_json
      Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    end
  end
end
""", secret=chars(40, URLSAFE), cid=chars(32, URLSAFE))

add("pem/private-key", "wallet/certs/pass-signing.key", "Apple Wallet docs: pass type ID certificate and its private key (PEM)", """
@@secret@@
""", secret=pem("RSA"))

add("shell/p12-password", "wallet/make_pass.sh", "OpenSSL pkcs12 docs: -passin pass:", """
#!/usr/bin/env bash
# Build and sign the Harbourline loyalty card pass (.pkpass)
set -euo pipefail
cd "$(dirname "$0")"

openssl pkcs12 -in certs/Certificates.p12 -clcerts -nokeys -out build/passcert.pem -passin pass:@@secret@@ -legacy
openssl pkcs12 -in certs/Certificates.p12 -nocerts -out build/passkey.pem -passin pass:@@secret@@ -passout pass:@@secret@@ -legacy

python3 tools/manifest.py pass.pkpass.d > pass.pkpass.d/manifest.json
openssl smime -binary -sign -certfile certs/AppleWWDRCAG4.pem -signer build/passcert.pem \\
  -inkey build/passkey.pem -in pass.pkpass.d/manifest.json -out pass.pkpass.d/signature \\
  -outform DER -passin pass:@@secret@@
(cd pass.pkpass.d && zip -qr ../build/loyalty.pkpass .)
echo "built build/loyalty.pkpass"
""", secret=rand_pw(12))

add("typescript/mongodb-password", "loyalty-api/src/db.ts", "MongoDB docs: connection string (mongodb+srv://user:password@)", """
import { MongoClient } from "mongodb";

const uri =
  process.env.MONGO_URI ??
  "mongodb+srv://loyalty-api:@@secret@@@harbourline.x7k2p.mongodb.net/loyalty?retryWrites=true&w=majority";

export const client = new MongoClient(uri, { maxPoolSize: 20 });

export async function members() {
  await client.connect();
  return client.db("loyalty").collection("members");
}

export async function addStamp(memberId: string, cafe: string) {
  const col = await members();
  return col.updateOne({ _id: memberId }, { $inc: { stamps: 1 }, $set: { lastCafe: cafe, lastVisit: new Date() } });
}
""", secret=rand_pw(20))

add("yaml/redis-password", "helm/loyalty/values-prod.yaml", "Bitnami Redis Helm chart docs: auth.password", """
image:
  repository: ghcr.io/harbourline/loyalty-api
  tag: "3.2.1"
replicaCount: 2
ingress:
  enabled: true
  hosts:
    - host: loyalty-api.harbourline.cafe
      paths: ["/"]
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 2Gi
resources:
  requests: { cpu: 100m, memory: 256Mi }
""", secret=fakes.redis_password(_seed()))

add("k8s-secret/square-access-token", "k8s/pos-sync/secret.yaml", "Kubernetes docs: Secret stringData", """
apiVersion: v1
kind: Secret
metadata:
  name: pos-sync-square
  namespace: pos
type: Opaque
stringData:
  SQUARE_ENVIRONMENT: production
  SQUARE_ACCESS_TOKEN: @@secret@@
  SQUARE_LOCATION_IDS: "@@l1@@,@@l2@@"
""", secret=square_token(), l1=square_location(), l2=square_location())

add("python/openai-api-key", "menu-bot/bot.py", "OpenAI Python docs: OpenAI(api_key=...)", """
\"\"\"Instagram DM helper: answers 'what's on filter today?' from the menu sheet.\"\"\"
from openai import OpenAI

from menu_bot.menu import todays_menu

client = OpenAI(api_key="@@secret@@")

SYSTEM = ("You answer customer questions for Harbourline Café. Use only the menu given. "
          "Keep it friendly and under 60 words.")


def answer(question: str, cafe: str) -> str:
    menu = todays_menu(cafe)
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM},
                  {"role": "user", "content": f"Menu:\\n{menu}\\n\\nQuestion: {question}"}],
        max_tokens=150,
    )
    return resp.choices[0].message.content
""", secret=fakes.openai_key(_seed()))

add("log/square-access-token", "logs/pos-sync-2024-06-02.log", "Square API: Authorization: Bearer header in a request trace", """
2024-06-02 05:30:00,012 INFO pos_sync.run sync start locations=3
2024-06-02 05:30:00,418 DEBUG urllib3 Starting new HTTPS connection (1): connect.squareup.com:443
2024-06-02 05:30:00,640 DEBUG pos_sync.square >>> POST /v2/orders/search headers={'Square-Version': '2024-05-15', 'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json'}
2024-06-02 05:30:01,102 DEBUG pos_sync.square <<< 200 orders=148 cursor=None
2024-06-02 05:30:01,377 INFO pos_sync.stock retail beans sold: NSR-GUJ-250 x11, NSR-ESP-1KG x2
2024-06-02 05:30:01,950 INFO pos_sync.run sync done in 1.94s
""", secret=square_token())

add("csv/kiosk-admin-password", "loyalty/exports/kiosk_devices.csv", "Device inventory export with kiosk admin PINs/passwords", """
site,device,model,serial,os,mdm_group,kiosk_app,admin_password,installed
Quay St,order-kiosk-1,iPad 10th gen,@@s1@@,iPadOS 17.5,Kiosks,Square Kiosk,@@secret@@,2024-02-12
Quay St,loyalty-tablet,Galaxy Tab A9,@@s2@@,Android 14,Kiosks,Harbourline Stamps,@@secret@@,2024-02-12
Park Row,order-kiosk-1,iPad 10th gen,@@s3@@,iPadOS 17.5,Kiosks,Square Kiosk,@@secret@@,2024-03-04
Park Row,kds-bar,Square KDS,@@s4@@,Android 12,KDS,Square KDS,,2024-03-04
Harbourside,order-kiosk-1,iPad 10th gen,@@s5@@,iPadOS 17.4,Kiosks,Square Kiosk,@@secret@@,2024-04-22
""", secret=cafe_pw(), s1=upper(12), s2=upper(11), s3=upper(12), s4=upper(14), s5=upper(12))

add("java/revel-api-secret", "pos-bridge/src/main/java/cafe/harbourline/pos/RevelClient.java", "Revel Systems API docs: API-AUTHENTICATION header key:secret", """
package cafe.harbourline.pos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class RevelClient {
    private static final String BASE = "https://harbourline.revelup.com";
    private static final String API_KEY = "@@key@@";
    private static final String API_SECRET = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String orders(String since) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/resources/Order/?created_date__gte=" + since + "&limit=200"))
                .header("API-AUTHENTICATION", API_KEY + ":" + API_SECRET)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=hexs(64), key=hexs(32))

add("python/facebook-access-token", "marketing/post_specials.py", "Meta Graph API docs: Page access token, /{page-id}/photos", """
\"\"\"Post the daily filter special to the Harbourline Instagram + Facebook page.\"\"\"
import requests

PAGE_ID = "@@page@@"
IG_USER_ID = "@@ig@@"
PAGE_TOKEN = "@@secret@@"
GRAPH = "https://graph.facebook.com/v19.0"


def post_special(image_url: str, caption: str) -> str:
    container = requests.post(f"{GRAPH}/{IG_USER_ID}/media",
                              data={"image_url": image_url, "caption": caption, "access_token": PAGE_TOKEN},
                              timeout=30).json()
    published = requests.post(f"{GRAPH}/{IG_USER_ID}/media_publish",
                              data={"creation_id": container["id"], "access_token": PAGE_TOKEN}, timeout=30).json()
    requests.post(f"{GRAPH}/{PAGE_ID}/photos", data={"url": image_url, "caption": caption, "access_token": PAGE_TOKEN},
                  timeout=30)
    return published["id"]
""", secret=meta_token(), page=digits(15), ig=digits(17))

add("python/google-oauth-refresh-token", "marketing/reviews_digest.py", "Google OAuth 2.0 docs: refresh tokens; Business Profile API", """
\"\"\"Weekly digest of new Google reviews for each café, posted to the managers' channel.\"\"\"
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

creds = Credentials(
    token=None,
    refresh_token="@@secret@@",
    token_uri="https://oauth2.googleapis.com/token",
    client_id="@@cid@@.apps.googleusercontent.com",
    client_secret="@@cs@@",
    scopes=["https://www.googleapis.com/auth/business.manage"],
)

ACCOUNT = "accounts/@@acct@@"


def new_reviews(location: str, since: str):
    service = build("mybusiness", "v4", credentials=creds, cache_discovery=False)
    resp = service.accounts().locations().reviews().list(parent=f"{ACCOUNT}/locations/{location}").execute()
    return [r for r in resp.get("reviews", []) if r["createTime"] >= since]
""", secret=google_refresh_token(), cid=digits(12) + "-" + chars(32).lower(), cs=google_client_secret(), acct=digits(21))

add("shell/mapbox-secret-token", "store-locator/scripts/upload_tileset.sh", "Mapbox docs: secret tokens (sk.) for the Uploads API", """
#!/usr/bin/env bash
# Re-upload the café locations tileset after a new site opens
set -euo pipefail
export MAPBOX_ACCESS_TOKEN=@@secret@@
USERNAME=northside-roasters
SOURCE=cafes-src

tilesets upload-source --replace "$USERNAME" "$SOURCE" data/cafes.geojson.ld
tilesets publish "$USERNAME.cafes"
tilesets status "$USERNAME.cafes"
""", secret=mapbox_token("sk"))

add("php/recaptcha-secret-key", "store-locator/api/contact.php", "Google reCAPTCHA docs: verify the user's response with the secret key", """
<?php
// "Suggest a café for our beans" form handler
const RECAPTCHA_SECRET = '@@secret@@';

$token = $_POST['g-recaptcha-response'] ?? '';
$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify', false, stream_context_create([
    'http' => [
        'method' => 'POST',
        'header' => 'Content-Type: application/x-www-form-urlencoded',
        'content' => http_build_query(['secret' => RECAPTCHA_SECRET, 'response' => $token, 'remoteip' => $_SERVER['REMOTE_ADDR']]),
    ],
]));
$result = json_decode($verify, true);
if (empty($result['success'])) {
    http_response_code(400);
    exit('captcha failed');
}
mail('hello@northsideroasters.com', 'Café suggestion', $_POST['message'] ?? '');
echo 'Thanks!';
""", secret=recaptcha_key())

# ---- POS and loyalty decoys ----------------------------------------------------------------------

add("javascript/decoy-application-id", "pos-web/src/payments.js", "Square Web Payments SDK docs: application id and location id in the browser", """
// Order-ahead page: card form via Square Web Payments SDK (application id is public)
const APPLICATION_ID = "@@app@@";
const LOCATION_ID = "@@loc@@";

export async function mountCardForm(selector) {
  if (!window.Square) throw new Error("Square.js failed to load");
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(selector);
  return card;
}

export async function tokenize(card) {
  const result = await card.tokenize();
  if (result.status !== "OK") throw new Error(result.errors?.[0]?.message ?? "card error");
  return result.token; // sent to our server, which calls CreatePayment
}
""", app=square_app_id(), loc=square_location())

add("dart/decoy-firebase-config", "loyalty_app/lib/firebase_options.dart", "Firebase docs: API keys for Firebase are not secret (FlutterFire options)", """
// File generated by FlutterFire CLI.
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;

class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: '@@k1@@',
    appId: '1:@@sender@@:android:@@a1@@',
    messagingSenderId: '@@sender@@',
    projectId: 'harbourline-loyalty',
    storageBucket: 'harbourline-loyalty.appspot.com',
  );

  static const FirebaseOptions ios = FirebaseOptions(
    apiKey: '@@k2@@',
    appId: '1:@@sender@@:ios:@@a2@@',
    messagingSenderId: '@@sender@@',
    projectId: 'harbourline-loyalty',
    storageBucket: 'harbourline-loyalty.appspot.com',
    iosBundleId: 'cafe.harbourline.loyalty',
  );
}
""", k1=google_api_key(), k2=google_api_key(), sender=digits(12), a1=hexs(22), a2=hexs(22))

add("swift/decoy-sdk-key", "LoyaltyApp/Sources/AppDelegate.swift", "Braze Swift SDK docs: SDK API key (app identifier) and SDK endpoint", """
import UIKit
import BrazeKit

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    static var braze: Braze? = nil

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        // SDK (app identifier) key: ships inside the app, not the REST key
        let configuration = Braze.Configuration(apiKey: "@@key@@", endpoint: "sdk.fra-01.braze.eu")
        configuration.logger.level = .info
        configuration.push.automation = true
        AppDelegate.braze = Braze(configuration: configuration)
        return true
    }
}
""", key=uuid())

add("javascript/decoy-public-token", "store-locator/src/map.js", "Mapbox docs: default public tokens (pk.) in web maps", """
import mapboxgl from "mapbox-gl";

// public token, URL-restricted to northsideroasters.com in the Mapbox account
mapboxgl.accessToken = "@@pk@@";

export function drawMap(container) {
  const map = new mapboxgl.Map({
    container,
    style: "mapbox://styles/northside-roasters/@@style@@",
    center: [-2.5879, 51.4545],
    zoom: 11,
  });
  map.on("load", () => {
    map.addSource("cafes", { type: "vector", url: "mapbox://northside-roasters.cafes" });
    map.addLayer({ id: "cafes", type: "circle", source: "cafes", "source-layer": "cafes",
      paint: { "circle-color": "#6b3e26", "circle-radius": 6 } });
  });
  return map;
}
""", pk=mapbox_token("pk"), style="cl" + chars(23).lower())

add("json/decoy-catalog-ids", "pos-sync/fixtures/catalog_export.json", "Square Catalog API docs: catalog object ids", """
{
  "objects": [
    {"type": "ITEM", "id": "@@i1@@", "version": 1717059822910,
     "item_data": {"name": "Flat White", "category_id": "@@cat@@",
       "variations": [{"type": "ITEM_VARIATION", "id": "@@v1@@",
         "item_variation_data": {"name": "Regular", "price_money": {"amount": 340, "currency": "GBP"}}}]}},
    {"type": "ITEM", "id": "@@i2@@", "version": 1717059822910,
     "item_data": {"name": "Ethiopia Guji 250g", "category_id": "@@cat2@@",
       "variations": [{"type": "ITEM_VARIATION", "id": "@@v2@@",
         "item_variation_data": {"name": "Whole bean", "sku": "NSR-GUJ-250", "price_money": {"amount": 1100, "currency": "GBP"}}}]}}
  ],
  "cursor": null,
  "location_id": "@@loc@@"
}
""", i1=square_object_id(), cat=square_object_id(), v1=square_object_id(), i2=square_object_id(), cat2=square_object_id(),
    v2=square_object_id(), loc=square_location())

add("json/decoy-signature", "pos-sync/tests/fixtures/webhook_payment_updated.json", "Square docs: webhook event payload and x-square-hmacsha256-signature", """
{
  "headers": {
    "content-type": "application/json",
    "x-square-hmacsha256-signature": "@@sig@@",
    "square-environment": "Sandbox"
  },
  "body": {
    "merchant_id": "@@mid@@",
    "type": "payment.updated",
    "event_id": "@@evt@@",
    "created_at": "2024-06-02T08:14:10.123Z",
    "data": {"type": "payment", "id": "@@pay@@", "object": {"payment": {"id": "@@pay@@", "status": "COMPLETED",
      "amount_money": {"amount": 680, "currency": "GBP"}, "location_id": "@@loc@@"}}}
  }
}
""", sig=b64bytes(32), mid=upper(13), evt=uuid(), pay=chars(29), loc=square_location())

add("csv/decoy-hashed-ids", "loyalty/exports/members_2024-06.csv", "Loyalty export with pseudonymised identifiers (SHA-256)", """
member_id,phone_sha256,home_cafe,stamps,rewards_redeemed,joined,last_visit
@@m1@@,@@p1@@,Quay St,7,3,2023-09-14,2024-06-01
@@m2@@,@@p2@@,Park Row,2,0,2024-05-20,2024-05-31
@@m3@@,@@p3@@,Harbourside,8,11,2022-11-02,2024-06-02
@@m4@@,@@p4@@,Quay St,0,1,2024-01-08,2024-03-17
""", m1=uuid(), m2=uuid(), m3=uuid(), m4=uuid(), p1=sha256(), p2=sha256(), p3=sha256(), p4=sha256())

add("json/decoy-manifest-hashes", "wallet/pass.pkpass.d/manifest.json", "Apple Wallet docs: pass manifest (SHA-1 of each file)", """
{
  "pass.json": "@@a@@",
  "icon.png": "@@b@@",
  "icon@2x.png": "@@c@@",
  "logo.png": "@@d@@",
  "logo@2x.png": "@@e@@",
  "strip.png": "@@f@@"
}
""", a=sha1(), b=sha1(), c=sha1(), d=sha1(), e=sha1(), f=sha1())

add("plist/decoy-client-id", "LoyaltyApp/Info.plist", "Google Sign-In for iOS docs: GIDClientID and reversed client id URL scheme", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Harbourline</string>
	<key>GIDClientID</key>
	<string>@@num@@-@@cid@@.apps.googleusercontent.com</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array>
				<string>com.googleusercontent.apps.@@num@@-@@cid@@</string>
			</array>
		</dict>
	</array>
	<key>NSCameraUsageDescription</key>
	<string>Scan the QR code on your receipt to collect a stamp.</string>
</dict>
</plist>
""", num=digits(12), cid=chars(32).lower())

add("json/decoy-firebase-config", "loyalty_app/android/app/google-services.json", "Firebase docs: google-services.json is not a secret", """
{
  "project_info": {
    "project_number": "@@num@@",
    "project_id": "harbourline-loyalty",
    "storage_bucket": "harbourline-loyalty.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@num@@:android:@@app@@",
        "android_client_info": {"package_name": "cafe.harbourline.loyalty"}
      },
      "oauth_client": [],
      "api_key": [{"current_key": "@@key@@"}],
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
""", num=digits(12), app=hexs(22), key=google_api_key())

add("k8s/decoy-secret-key-ref", "k8s/pos-sync/deployment.yaml", "Kubernetes docs: env valueFrom.secretKeyRef", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pos-sync
  namespace: pos
spec:
  replicas: 1
  selector:
    matchLabels: { app: pos-sync }
  template:
    metadata:
      labels: { app: pos-sync }
    spec:
      containers:
        - name: pos-sync
          image: ghcr.io/harbourline/pos-sync:1.14.0@sha256:@@digest@@
          env:
            - name: SQUARE_ACCESS_TOKEN
              valueFrom:
                secretKeyRef: { name: pos-sync-square, key: SQUARE_ACCESS_TOKEN }
            - name: SQUARE_LOCATION_IDS
              valueFrom:
                secretKeyRef: { name: pos-sync-square, key: SQUARE_LOCATION_IDS }
          resources:
            requests: { cpu: 50m, memory: 128Mi }
""", digest=sha256())

add("yaml/decoy-existing-secret", "helm/loyalty/values.yaml", "Bitnami charts docs: auth.existingSecret", """
image:
  repository: ghcr.io/harbourline/loyalty-api
  tag: ""
replicaCount: 1
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: loyalty-redis
    existingSecretPasswordKey: redis-password
postgresql:
  enabled: false
externalDatabase:
  host: loyalty-db.internal
  user: loyalty
  existingSecret: loyalty-db
  existingSecretPasswordKey: password
""")

add("env/decoy-placeholder", "pos-sync/.env.example", "dotenv convention: .env.example with placeholders", """
# Square sandbox credentials go here for local dev (developer.squareup.com > your app > Credentials)
SQUARE_ENVIRONMENT=sandbox
SQUARE_ACCESS_TOKEN=<sandbox access token>
SQUARE_LOCATION_IDS=LXXXXXXXXXXXX
SQUARE_API_VERSION=2024-05-15
SYNC_INTERVAL_SECONDS=60
""")

add("log/decoy-redacted", "logs/toast-bridge-2024-06-03.log", "Application log with masked credentials", """
2024-06-03T05:00:00.001Z INFO  toast-bridge 0.9.4 starting
2024-06-03T05:00:00.210Z INFO  auth: POST /authentication/v1/authentication/login clientId=@@cid@@ clientSecret=[REDACTED]
2024-06-03T05:00:00.644Z INFO  auth: token ok expires_in=86400 token=eyJ****...****
2024-06-03T05:00:01.002Z INFO  menus: restaurant=@@r1@@ items=212 modifiers=64
2024-06-03T05:01:01.120Z INFO  orders: restaurant=@@r1@@ new=3
""", cid=chars(32), r1=uuid())

add("python/decoy-test-fixture", "loyalty-api/tests/test_auth.py", "PyJWT docs; pytest", """
import time

import jwt
import pytest

from loyalty_api.auth import verify_token

SECRET = "test-only-secret"


@pytest.fixture(autouse=True)
def _settings(monkeypatch):
    monkeypatch.setenv("JWT_SECRET", SECRET)


def make(sub="member-1", ttl=60):
    return jwt.encode({"sub": sub, "exp": int(time.time()) + ttl}, SECRET, algorithm="HS256")


def test_valid_token():
    assert verify_token(make())["sub"] == "member-1"


def test_expired_token():
    with pytest.raises(jwt.ExpiredSignatureError):
        verify_token(make(ttl=-5))
""")

add("yaml/decoy-vault-reference", "toast-bridge/config/staging.yaml", "HashiCorp Vault Agent / vault: references in config", """
toast:
  hostname: https://ws-sandbox-api.eng.toasttab.com
  client_id: vault:secret/data/toast-bridge/staging#client_id
  client_secret: vault:secret/data/toast-bridge/staging#client_secret
  user_access_type: TOAST_MACHINE_CLIENT
  restaurants:
    - name: Sandbox cafe
      guid: vault:secret/data/toast-bridge/staging#restaurant_guid
sync:
  menus_every: 60m
  orders_every: 5m
  export_bucket: gs://harbourline-toast-exports-staging
""")

# =================================================================================================
# Small IT: network, devices, accounts, backups, packages
# =================================================================================================

add("shell/unifi-admin-password", "it/unifi/backup.sh", "UniFi OS API: POST /api/auth/login; autobackup download", """
#!/bin/sh
# Weekly: pull the latest UniFi autobackup off the Cloud Gateway at the roastery
set -eu
UDM=https://10.0.0.1
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

curl -sk -c "$JAR" -X POST "$UDM/api/auth/login" \\
  -H 'Content-Type: application/json' \\
  -d '{"username":"it-admin","password":"@@secret@@","rememberMe":false}' >/dev/null

LATEST=$(curl -sk -b "$JAR" "$UDM/proxy/network/api/s/default/cmd/backup" \\
  -H 'Content-Type: application/json' -d '{"cmd":"list-backups"}' | jq -r '.data | sort_by(.time) | last | .filename')
curl -sk -b "$JAR" -o "/srv/backups/unifi/$LATEST" "$UDM/proxy/network/dl/autobackup/$LATEST"
echo "saved $LATEST"
""", secret=cafe_pw())

add("python/meraki-api-key", "it/meraki/audit_ssids.py", "Cisco Meraki Dashboard API Python library docs: DashboardAPI(api_key)", """
\"\"\"List every SSID across the café networks and flag open ones.\"\"\"
import meraki

dashboard = meraki.DashboardAPI("@@secret@@", suppress_logging=True)
ORG_ID = "@@org@@"

for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
    if "wireless" not in net["productTypes"]:
        continue
    for ssid in dashboard.wireless.getNetworkWirelessSsids(net["id"]):
        if not ssid["enabled"]:
            continue
        flag = "  <-- OPEN" if ssid["authMode"] == "open" and "Guest" not in ssid["name"] else ""
        print(f"{net['name']:<28} {ssid['name']:<24} {ssid['authMode']}{flag}")
""", secret=hexs(40), org=digits(6))

add("cloud-init/tailscale-auth-key", "it/cloud-init/kiosk-user-data.yaml", "Tailscale docs: auth keys (tskey-auth-) with tailscale up --authkey", """
#cloud-config
hostname: menu-board-pi
timezone: Europe/London
package_update: true
packages:
  - chromium-browser
  - unclutter
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=@@secret@@ --advertise-tags=tag:menu-board --ssh
  - systemctl enable --now kiosk.service
write_files:
  - path: /etc/kiosk/url
    content: https://menu.harbourline.cafe/board/quay-st
""", secret=tailscale_key())

add("conf/wireguard-private-key", "it/wireguard/wg0-kings-rd.conf", "WireGuard docs: wg-quick config [Interface] PrivateKey", """
# Kings Rd café -> roastery site-to-site (POS reports + NAS backups)
[Interface]
Address = 10.99.0.3/24
PrivateKey = @@secret@@
ListenPort = 51820
DNS = 10.0.0.1

[Peer]
# roastery hub
PublicKey = @@pub@@
Endpoint = vpn.northsideroasters.com:51820
AllowedIPs = 10.99.0.0/24, 10.20.0.0/24
PersistentKeepalive = 25
""", secret=wireguard_key(), pub=wireguard_key())

add("powershell/azure-client-secret", "it/m365/new-starter.ps1", "Microsoft Graph PowerShell docs: Connect-MgGraph -ClientSecretCredential", """
param(
    [Parameter(Mandatory)] [string] $DisplayName,
    [Parameter(Mandatory)] [string] $Cafe
)
$tenantId = "@@tenant@@"
$appId = "@@app@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

$upn = ($DisplayName -replace ' ', '.').ToLower() + "@harbourline.cafe"
$pw = @{ Password = [System.Web.Security.Membership]::GeneratePassword(16, 3); ForceChangePasswordNextSignIn = $true }
New-MgUser -DisplayName $DisplayName -UserPrincipalName $upn -MailNickname ($upn.Split('@')[0]) `
    -AccountEnabled -PasswordProfile $pw -OfficeLocation $Cafe -UsageLocation GB
Write-Host "Created $upn for $Cafe"
""", secret=azure_secret(), tenant=uuid(), app=uuid())

_gmail_app_pw = " ".join(fakes.drawn(_seed(), 16, string.ascii_lowercase)[i:i + 4] for i in range(0, 16, 4))
add("xml/smtp-password", "it/printers/mfc-l8900-settings.xml", "Brother web-based management: scan-to-email SMTP settings export", """
<?xml version="1.0" encoding="UTF-8"?>
<DeviceSettings model="MFC-L8900CDW" serial="@@serial@@" exported="2024-04-09T10:22:31">
  <Network>
    <Hostname>BRN-OFFICE-MFC</Hostname>
    <IPv4>10.0.0.50</IPv4>
  </Network>
  <EmailSend>
    <SMTPServer>smtp.gmail.com</SMTPServer>
    <SMTPPort>587</SMTPPort>
    <SMTPSecurity>STARTTLS</SMTPSecurity>
    <SMTPAuth>SMTP-AUTH</SMTPAuth>
    <SMTPAuthUser>scanner@northsideroasters.com</SMTPAuthUser>
    <SMTPAuthPassword>@@secret@@</SMTPAuthPassword>
    <SenderAddress>scanner@northsideroasters.com</SenderAddress>
  </EmailSend>
  <ScanToEmail>
    <Profile name="Invoices" to="accounts@northsideroasters.com" />
    <Profile name="Delivery notes" to="packing@northsideroasters.com" />
  </ScanToEmail>
</DeviceSettings>
""", secret=_gmail_app_pw, serial=upper(15))

add("yaml/camera-password", "it/cameras/frigate.yml", "Frigate NVR docs: camera ffmpeg inputs (rtsp:// URL)", """
mqtt:
  enabled: false

cameras:
  bar:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@secret@@@10.30.0.21:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://viewer:@@secret@@@10.30.0.21:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 640
      height: 360
    record:
      enabled: true
      retain:
        days: 14
""", secret=rand_pw(14))

add("shell/cloudflare-api-token", "it/ddns/cloudflare-ddns.sh", "Cloudflare API docs: API tokens (Bearer), DNS record update", """
#!/usr/bin/env bash
# Keep vpn.northsideroasters.com pointing at the roastery's (dynamic) broadband IP
set -euo pipefail
CF_TOKEN="@@secret@@"
ZONE_ID="@@zone@@"
RECORD_ID="@@rec@@"

IP=$(curl -fsS https://api.ipify.org)
curl -fsS -X PATCH "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/dns_records/$RECORD_ID" \\
  -H "Authorization: Bearer $CF_TOKEN" \\
  -H "Content-Type: application/json" \\
  --data "{\\"content\\":\\"$IP\\",\\"ttl\\":300,\\"proxied\\":false}" | jq -r '.success'
""", secret=cloudflare_token(), zone=hexs(32), rec=hexs(32))

add("github-actions/onepassword-service-account-token", ".github/workflows/deploy-pos-sync.yml", "1Password docs: service account tokens (ops_) with load-secrets-action", """
name: deploy pos-sync
on:
  push:
    branches: [main]
    paths: ["pos-sync/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Load secrets
        uses: 1password/load-secrets-action@v2
        with:
          export-env: true
        env:
          OP_SERVICE_ACCOUNT_TOKEN: @@secret@@
          KUBECONFIG_B64: op://CI/pos-sync kubeconfig/credential
      - run: echo "$KUBECONFIG_B64" | base64 -d > kubeconfig
      - run: kubectl --kubeconfig kubeconfig -n pos rollout restart deploy/pos-sync
""", secret=onepassword_sa_token())

add("javascript/slack-bot-token", "it/bots/opening-checklist.js", "Slack Bolt for JavaScript docs: App({ token, signingSecret })", """
// Posts the opening checklist to each café channel at 06:15 and collects ticks
const { App } = require("@slack/bolt");
const cron = require("node-cron");

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

const CAFES = { "quay-st": "C05QUAYST01", "park-row": "C05PARKROW2", harbourside: "C05HARBSD03" };
const ITEMS = ["Grinder purge + dial-in shot logged", "Milk fridge < 5C", "Till float counted", "Pastry delivery checked"];

cron.schedule("15 6 * * *", async () => {
  for (const [cafe, channel] of Object.entries(CAFES)) {
    await app.client.chat.postMessage({
      channel,
      text: `Opening checklist - ${cafe}`,
      blocks: ITEMS.map((t) => ({ type: "section", text: { type: "mrkdwn", text: `:white_square: ${t}` } })),
    });
  }
}, { timezone: "Europe/London" });

(async () => { await app.start(3000); })();
""", secret=slack_bot())

add("python/discord-webhook", "it/alerts/fridge_temp_alert.py", "Discord docs: webhook execute (POST /api/webhooks/{id}/{token})", """
\"\"\"Alert the managers' Discord when a milk fridge sensor reads above 5 C for 15 minutes.\"\"\"
import statistics

import requests

from sensors import readings_last

WEBHOOK = "@@secret@@"
LIMIT_C = 5.0

for sensor in ("quay-st-bar-fridge", "park-row-bar-fridge", "harbourside-undercounter"):
    temps = [r.celsius for r in readings_last(sensor, minutes=15)]
    if temps and statistics.mean(temps) > LIMIT_C:
        requests.post(WEBHOOK, json={
            "username": "Fridge watch",
            "content": f":thermometer: **{sensor}** averaging {statistics.mean(temps):.1f} C over 15 min - check the seal/door.",
        }, timeout=10)
""", secret=discord_webhook())

add("shell/github-token", "it/scripts/backup-repos.sh", "GitHub docs: personal access tokens (classic, ghp_) over HTTPS", """
#!/usr/bin/env bash
# Mirror all org repos to the NAS every night (NAS has no GitHub app)
set -euo pipefail
GH_TOKEN=@@secret@@
ORG=northside-roasters
DEST=/volume1/backups/github

cd "$DEST"
for repo in $(curl -fsS -H "Authorization: token $GH_TOKEN" "https://api.github.com/orgs/$ORG/repos?per_page=100" | jq -r '.[].name'); do
  if [ -d "$repo.git" ]; then
    git -C "$repo.git" remote update --prune
  else
    git clone --mirror "https://x-access-token:$GH_TOKEN@github.com/$ORG/$repo.git"
  fi
done
""", secret=fakes.github_token(_seed()))

add("pypirc/pypi-token", "roastkit/.pypirc", "PyPI docs: API tokens in .pypirc (username __token__)", """
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

add("github-actions/pypi-token", ".github/workflows/publish-roastkit.yml", "pypa/gh-action-pypi-publish docs: password input", """
name: publish roastkit
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
      - run: python -m pip install build && python -m build roastkit/
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: roastkit/dist/
          user: __token__
          password: @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("javascript/github-fine-grained-token", "it/renovate/config.js", "Renovate docs: self-hosted configuration (token)", """
// Self-hosted Renovate on the office NUC (cron, Sundays 02:00)
module.exports = {
  platform: "github",
  endpoint: "https://api.github.com/",
  token: "@@secret@@",
  gitAuthor: "Renovate Bot <it@northsideroasters.com>",
  onboarding: false,
  requireConfig: "optional",
  repositories: [
    "northside-roasters/shop",
    "northside-roasters/roastd",
    "northside-roasters/wholesale",
    "northside-roasters/roastkit",
  ],
  packageRules: [{ matchUpdateTypes: ["minor", "patch"], automerge: true }],
};
""", secret=fakes.github_fine_grained_token(_seed()))

add("ini/aws-secret-access-key", "it/aws/credentials", "AWS CLI docs: shared credentials file", """
[default]
region = eu-west-2

[nsr-backups]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@

[nsr-readonly]
# moved to aws-vault; account @@acct@@
credential_process = aws-vault export --format=json nsr-readonly
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()), acct=digits(12))

add("markdown/remote-access-password", "docs/it/remote-support.md", "AnyDesk docs: unattended access password", """
# Remote support for the roaster laptop and the office PC

Both machines run AnyDesk with **unattended access** so Probat/Cropster support can get in
during a roast-day problem without someone at the keyboard.

| Machine | AnyDesk ID | Unattended password |
|---|---|---|
| Roaster laptop (Artisan/C-sar) | 1 @@id1@@ | `@@secret@@` |
| Office PC (Sage, printers) | 1 @@id2@@ | same as above |

- Only give the ID + password over the phone to a support engineer you called.
- Change the password after every vendor session (Settings > Security > Unattended access).
- The laptop must stay on the roastery VLAN; AnyDesk relays out, no port forwarding needed.
""", secret=words_pw(), id1=digits(3) + " " + digits(3) + " " + digits(3), id2=digits(3) + " " + digits(3) + " " + digits(3))

add("conf/ldap-bind-password", "it/nas/sssd.conf", "sssd-ldap man page: ldap_default_bind_dn / ldap_default_authtok", """
[sssd]
services = nss, pam
domains = roastery

[domain/roastery]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://nas01.roastery.local
ldap_search_base = dc=roastery,dc=local
ldap_default_bind_dn = uid=sssd-bind,cn=users,dc=roastery,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
cache_credentials = true
""", secret=passphrase())

_reg_auth = b64("nsr-ci:" + fakes.github_token(_seed()))
add("json/docker-registry-password", "it/docker/config.json", "Docker docs: config.json auths (base64 user:password)", """
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
""", secret=_reg_auth)

add("pgpass/postgres-password", "it/.pgpass", "PostgreSQL docs: the password file (hostname:port:database:username:password)", """
# ~/.pgpass on the office NUC (chmod 600) - used by the nightly pg_dump jobs
# hostname:port:database:username:password
10.20.0.12:5432:roastery:backup:@@secret@@
wholesale-db.internal:5432:wholesale_production:backup:@@second@@
localhost:5432:*:postgres:postgres
""", secret=rand_pw(20), second=rand_pw(20))

add("json/google-oauth-client-secret", "it/gam/client_secrets.json", "Google OAuth docs: client_secret.json for installed apps (GOCSPX-)", """
{
  "installed": {
    "client_id": "@@num@@-@@cid@@.apps.googleusercontent.com",
    "project_id": "nsr-gam-admin",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", secret=google_client_secret(), num=digits(12), cid=chars(32).lower())

# ---- small IT decoys -----------------------------------------------------------------------------

add("conf/decoy-public-key", "it/wireguard/wg0-roastery-hub.conf", "WireGuard docs: wg set private-key <file>; peers by public key", """
# Roastery hub. The private key lives in /etc/wireguard/hub.key (root 600), loaded at PostUp.
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/hub.key
PostUp = iptables -A FORWARD -i %i -j ACCEPT

[Peer]
# Kings Rd café
PublicKey = @@p1@@
AllowedIPs = 10.99.0.3/32, 10.31.0.0/24

[Peer]
# Park Row café
PublicKey = @@p2@@
AllowedIPs = 10.99.0.4/32, 10.32.0.0/24
""", p1=wireguard_key(), p2=wireguard_key())

add("text/decoy-public-key", "it/ssh/authorized_keys", "OpenSSH docs: authorized_keys format", """
# roastery-edge-01: who can log in as pi
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ priya@nsr-mbp
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ sam@nsr-thinkpad
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ backup@nas01
from="10.20.0.0/24" ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k4@@ probat-service
""", k1=chars(43, ALNUM + "+/"), k2=chars(43, ALNUM + "+/"), k3=chars(43, ALNUM + "+/"), k4=chars(342, ALNUM + "+/"))

add("pem/decoy-certificate", "it/tls/roastery-ca.crt", "RFC 7468: textual encoding of X.509 certificates", """
-----BEGIN CERTIFICATE-----
@@body@@
-----END CERTIFICATE-----
""", body=cert_body(8) + "\n" + chars(20, ALNUM + "+/") + "==")

add("markdown/decoy-password-manager-reference", "it/README.md", "Bitwarden docs: organisation collections; bw CLI", """
# IT for Northside Roasters + Harbourline cafés

Everything with a password lives in **Bitwarden** (organisation "Northside"), never in this repo.

| What | Bitwarden item | Collection |
|---|---|---|
| UniFi Cloud Gateway admin | `UniFi - roastery UDM` | Network |
| Meraki dashboard API key | `Meraki API (audit)` | Network |
| NAS admin + Hyper Backup | `nas01 admin` | Backups |
| Square owner login | `Square - Harbourline owner` | POS |
| Probat HMI VNC | `Probat P12 HMI` | Roastery |

Scripts read secrets at runtime, e.g. `bw get password "nas01 admin"` or `op read` for CI.
If a secret lands in git: rotate first, then clean history, then tell Priya.
""")

add("csv/decoy-recovery-key-ids", "it/inventory/laptops.csv", "Microsoft docs: BitLocker recovery key ID (not the key)", """
asset,user,model,serial,os,bitlocker_key_id,intune_device_id,mac_wifi,purchased
NSR-LT-01,priya,ThinkPad T14 G4,@@s1@@,Windows 11 Pro,@@k1@@,@@d1@@,@@m1@@,2023-09-01
NSR-LT-02,sam,ThinkPad T14 G4,@@s2@@,Windows 11 Pro,@@k2@@,@@d2@@,@@m2@@,2023-09-01
NSR-LT-03,roaster,Surface Laptop 5,@@s3@@,Windows 11 Pro,@@k3@@,@@d3@@,@@m3@@,2022-11-14
NSR-LT-04,hannah,MacBook Air M2,@@s4@@,macOS 14,,@@d4@@,@@m4@@,2024-01-22
""", s1=upper(8), s2=upper(8), s3=upper(12), s4=upper(12), k1=uuid().upper(), k2=uuid().upper(), k3=uuid().upper(),
    d1=uuid(), d2=uuid(), d3=uuid(), d4=uuid(),
    m1=":".join(hexs(2) for _ in range(6)), m2=":".join(hexs(2) for _ in range(6)),
    m3=":".join(hexs(2) for _ in range(6)), m4=":".join(hexs(2) for _ in range(6)))

add("github-actions/decoy-trusted-publishing", ".github/workflows/release-roastkit.yml", "PyPI docs: trusted publishing with OIDC (id-token: write)", """
name: release roastkit (trusted publishing)
on:
  push:
    tags: ["roastkit-v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build roastkit/
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: roastkit/dist/
""")

add("yaml/decoy-commit-sha", ".pre-commit-config.yaml", "pre-commit docs: rev pinned to a commit SHA", """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @@a@@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@b@@  # frozen: v0.4.4
    hooks:
      - id: ruff
      - id: ruff-format
""", a=sha1(), b=sha1())

add("dns-zone/decoy-dkim-public-key", "it/dns/northsideroasters.com.zone", "RFC 6376 DKIM: public key TXT record (p=)", """
$ORIGIN northsideroasters.com.
$TTL 3600
@        IN  MX  1 smtp.google.com.
@        IN  TXT "v=spf1 include:_spf.google.com include:mailgun.org ~all"
@        IN  TXT "google-site-verification=@@gsv@@"
google._domainkey IN TXT ("v=DKIM1; k=rsa; "
    "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@p1@@"
    "@@p2@@IDAQAB")
_dmarc   IN  TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@northsideroasters.com"
shop     IN  CNAME shops.myshopify.com.
vpn      IN  A   203.0.113.44
""", gsv=chars(43, URLSAFE), p1=chars(180, ALNUM + "+/"), p2=chars(120, ALNUM + "+/"))

add("markdown/decoy-tenant-id", "it/m365/README.md", "Microsoft Entra docs: tenant ID and application (client) ID are identifiers", """
# Microsoft 365 automation (Harbourline)

- Tenant: `harbourline.cafe` - tenant ID `@@tenant@@`
- App registration: **HL-IT-Automation** - application (client) ID `@@app@@`
- Auth: certificate `CN=hl-it-automation` (thumbprint `@@thumb@@`), installed in
  the office NUC's LocalMachine\\My store. No client secrets - the old one was deleted in March.
- Permissions: `User.ReadWrite.All`, `Group.ReadWrite.All`, `Directory.Read.All` (admin consented)

Scripts: `new-starter.ps1`, `offboard.ps1`, `licence-report.ps1`.
""", tenant=uuid(), app=uuid(), thumb=hexs(40).upper())

add("python/decoy-password-generator", "it/scripts/new_password.py", "Python secrets module docs: generating passphrases", """
\"\"\"Generate a staff Wi-Fi / till passphrase (printed once, stored in Bitwarden by the manager).\"\"\"
import secrets
from pathlib import Path

WORDS = Path("/usr/share/dict/words").read_text().split()
WORDS = [w.lower() for w in WORDS if w.isalpha() and 4 <= len(w) <= 7]


def passphrase(n: int = 4) -> str:
    return "-".join(secrets.choice(WORDS) for _ in range(n)) + str(secrets.randbelow(90) + 10)


def pin(length: int = 6) -> str:
    return "".join(str(secrets.randbelow(10)) for _ in range(length))


if __name__ == "__main__":
    print("passphrase:", passphrase())
    print("till PIN:  ", pin())
""")

add("log/decoy-auth-log", "it/logs/auth.log", "OpenSSH sshd log messages", """
Jun  3 02:11:04 roastery-edge-01 sshd[18812]: Invalid user admin from 198.51.100.23 port 51122
Jun  3 02:11:04 roastery-edge-01 sshd[18812]: Failed password for invalid user admin from 198.51.100.23 port 51122 ssh2
Jun  3 02:11:07 roastery-edge-01 sshd[18815]: Failed password for root from 198.51.100.23 port 51140 ssh2
Jun  3 06:40:12 roastery-edge-01 sshd[19020]: Accepted publickey for pi from 10.20.0.61 port 53310 ssh2: ED25519 SHA256:@@fp@@
Jun  3 06:40:12 roastery-edge-01 sshd[19020]: pam_unix(sshd:session): session opened for user pi(uid=1000) by (uid=0)
Jun  3 06:52:40 roastery-edge-01 sudo:       pi : TTY=pts/0 ; PWD=/home/pi ; USER=root ; COMMAND=/usr/bin/systemctl restart telegraf
""", fp=chars(43, ALNUM + "+/"))

add("hujson/decoy-acl", "it/tailscale/policy.hujson", "Tailscale docs: tailnet policy file (ACLs, tagOwners)", """
{
  // Cafés reach the roastery only for reports and backups
  "tagOwners": {
    "tag:menu-board": ["autogroup:admin"],
    "tag:roastery":   ["autogroup:admin"],
    "tag:cafe-pos":   ["autogroup:admin"],
  },
  "acls": [
    {"action": "accept", "src": ["autogroup:admin"], "dst": ["*:*"]},
    {"action": "accept", "src": ["tag:cafe-pos"], "dst": ["tag:roastery:443,5432"]},
    {"action": "accept", "src": ["tag:menu-board"], "dst": ["tag:roastery:443"]},
  ],
  "ssh": [
    {"action": "check", "src": ["autogroup:admin"], "dst": ["tag:menu-board"], "users": ["pi"]},
  ],
}
""")

add("powershell/decoy-certificate-thumbprint", "it/m365/offboard.ps1", "Microsoft Graph PowerShell docs: Connect-MgGraph -CertificateThumbprint", """
param([Parameter(Mandatory)] [string] $UserPrincipalName)

Connect-MgGraph -TenantId "@@tenant@@" -ClientId "@@app@@" `
    -CertificateThumbprint "@@thumb@@" -NoWelcome

$user = Get-MgUser -UserId $UserPrincipalName
Update-MgUser -UserId $user.Id -AccountEnabled:$false
Revoke-MgUserSignInSession -UserId $user.Id | Out-Null
Get-MgUserMemberOf -UserId $user.Id | ForEach-Object {
    Remove-MgGroupMemberByRef -GroupId $_.Id -DirectoryObjectId $user.Id -ErrorAction SilentlyContinue
}
Write-Host "Disabled $UserPrincipalName and removed group memberships"
""", tenant=uuid(), app=uuid(), thumb=hexs(40).upper())

add("ini/decoy-sso-config", "it/aws/config", "AWS CLI docs: IAM Identity Center (SSO) profiles in ~/.aws/config", """
[sso-session nsr]
sso_start_url = https://d-@@dir@@.awsapps.com/start
sso_region = eu-west-2
sso_registration_scopes = sso:account:access

[profile nsr-admin]
sso_session = nsr
sso_account_id = @@acct@@
sso_role_name = AdministratorAccess
region = eu-west-2

[profile nsr-shop]
sso_session = nsr
sso_account_id = @@acct2@@
sso_role_name = PowerUserAccess
region = eu-west-2
""", dir=hexs(10), acct=digits(12), acct2=digits(12))
