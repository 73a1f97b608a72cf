"""Blind set FL: craft breweries and taprooms.

Brewhouse automation and SCADA (OPC UA, Node-RED, MQTT brokers, PLC HMIs), fermentation telemetry
(iSpindel, Plaato, Brewfather, Particle, Ubidots, InfluxDB/Grafana, Azure and AWS IoT), keg tracking
and brewery ERPs, excise filing and distributor portals (TTB, VIP SFTP, ShipCompliant, Vinoshipper),
taproom POS (Toast, Square, Clover, 7shifts), e-commerce and payment vendors (Stripe, Shopify,
WooCommerce, PayPal, Braintree, Authorize.Net, shipping, email and marketing), and the brewery's IT
and web team (CI, containers, Terraform, backups, network gear), with their decoys.
Generated fakes only (seeds 1910000-1919999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LOW, SEED_HIGH = 1910000, 1919999
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; for ALNUM, both cases and a digit (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8:
            return value
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url_nopad(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.randrange(256) for _ in range(n))


BREW_WORDS = ["Citra", "Mosaic", "Galaxy", "Nelson", "Saison", "Gose", "Kettle", "Wort", "Hopback", "Brite",
              "Firkin", "Porter", "Lager", "Pilsner", "Krausen", "Lauter", "Sparge", "Cascade", "Amarillo",
              "Barleywine", "Dunkel", "Helles", "Kolsch", "Tripel", "Growler", "Crowler", "Cellar", "Mashtun"]
NAMES = ["Marisol", "Dutch", "Keegan", "Trudy", "Hollis", "Bernadette", "Otis", "Ramona", "Declan", "Winnie"]
LOWER_WORDS = ["copper", "malt", "yeast", "foam", "barrel", "oak", "rye", "orchard", "harvest", "lantern",
               "glycol", "hydrometer", "tap", "cask", "crystal", "wheat", "biscuit", "smoke", "juniper"]


def human_pw() -> str:
    """A password a person chose: two brewery words, a symbol, some digits."""
    r = _rng()
    return r.choice(BREW_WORDS) + r.choice(["!", "#", "$", "@", "*", "%", "&"]) + r.choice(BREW_WORDS) + str(r.randint(1, 2024))


def name_pw() -> str:
    r = _rng()
    return r.choice(NAMES) + r.choice(BREW_WORDS).lower() + str(r.randint(10, 99)) + r.choice("!?#$")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER_WORDS, 4)) + "-" + str(r.randint(10, 99))


def gen_pw(n: int = 20, symbols: str = "") -> str:
    value = chars(n, ALNUM + symbols)
    r = _rng()
    if symbols and not any(c in symbols for c in value):
        i = r.randrange(1, n - 1)
        value = value[:i] + r.choice(symbols) + value[i + 1:]
    return value


def pem_lines(first: str, total: int, width: int = 64) -> List[str]:
    body = first + chars(total - len(first), B64)
    return [body[i:i + width] for i in range(0, len(body), width)]


def rsa_key(kind: str = "RSA PRIVATE KEY", indent: str = "") -> str:
    head = "MIIEpAIBAAKCAQEA" if kind == "RSA PRIVATE KEY" else "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"
    lines = pem_lines(head, 1588) + [chars(27, B64) + "="]
    return "\n".join([f"-----BEGIN {kind}-----"] + lines + [f"-----END {kind}-----"]).replace("\n", "\n" + indent)


def ec_key() -> str:
    lines = pem_lines("MHcCAQEEI", 164)
    return "\n".join(["-----BEGIN EC PRIVATE KEY-----"] + lines + ["-----END EC PRIVATE KEY-----"])


def openssh_key() -> str:
    first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    rest = "QyNTUxOQAAACA" + chars(384 - 13, B64) + "="
    lines = [first] + [rest[i:i + 70] for i in range(0, len(rest), 70)]
    return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----"] + lines + ["-----END OPENSSH PRIVATE KEY-----"])


def cert_pem(kind: str = "CERTIFICATE") -> str:
    lines = pem_lines("MIIDQTCCAimgAwIBAgIT", 1100) + [chars(20, B64) + "=="]
    return "\n".join([f"-----BEGIN {kind}-----"] + lines + [f"-----END {kind}-----"])


def public_key_pem() -> str:
    lines = pem_lines("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 384) + [chars(8, B64) + "IDAQAB"]
    return "\n".join(["-----BEGIN PUBLIC KEY-----"] + lines + ["-----END PUBLIC KEY-----"])


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64) + " " + comment


# Vendor shapes (generated, never issued).
def stripe_sk() -> str:
    return "sk_live_51" + chars(97)


def stripe_rk() -> str:
    return "rk_live_51" + chars(97)


def stripe_pk() -> str:
    return "pk_live_51" + chars(97)


def stripe_whsec() -> str:
    return "whsec_" + chars(32)


def square_token() -> str:
    return "EAAAE" + chars(59, URLSAFE)


def shopify(prefix: str) -> str:
    return prefix + hexs(32)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER_ALNUM) + "/B" + chars(10, UPPER_ALNUM)
            + "/" + chars(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-" + chars(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 - 1)}/" + chars(68, URLSAFE)


def influx_token() -> str:
    return chars(86, URLSAFE) + "=="


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def mapbox(prefix: str, user: str) -> str:
    body = b64url_nopad(('{"u":"' + user + '","a":"' + chars(25, LOWER_ALNUM) + '"}').encode())
    return f"{prefix}.{body}." + chars(22, URLSAFE)


def fill(template: str, **values: str) -> str:
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace("\u00ab" + key + "\u00bb", value)
    assert "\u00ab" not in text and "\u00bb" not in text, text[:120]
    return text


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-fl/" + category, file_name, text, secret, source))

# ---------------------------------------------------------------------------------------------
# Brewhouse automation and SCADA
# ---------------------------------------------------------------------------------------------
_s = human_pw()
add("python/opcua-password", "scada/opcua_poll_brewhouse.py", fill(r"""
#!/usr/bin/env python3
# Polls the brewhouse PLC (Siemens S7-1500 OPC UA server) every 5 s and pushes
# mash/lauter/kettle temperatures to the historian MQTT topic.
import asyncio
import json
import logging

from asyncua import Client
import paho.mqtt.publish as publish

PLC_URL = "opc.tcp://10.40.1.20:4840"
NODES = {
    "mash_temp_c": "ns=3;s=\"DB_Brewhouse\".\"MLT\".\"TempActual\"",
    "lauter_flow_lpm": "ns=3;s=\"DB_Brewhouse\".\"Lauter\".\"FlowActual\"",
    "kettle_temp_c": "ns=3;s=\"DB_Brewhouse\".\"BK\".\"TempActual\"",
    "step": "ns=3;s=\"DB_Brewhouse\".\"Recipe\".\"StepNo\"",
}

log = logging.getLogger("opcua-poll")


async def main() -> None:
    client = Client(url=PLC_URL, timeout=8)
    client.set_user("brewops")
    client.set_password("«pw»")
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/poller.der,certs/poller.pem")
    async with client:
        nodes = {k: client.get_node(v) for k, v in NODES.items()}
        while True:
            reading = {k: await n.read_value() for k, n in nodes.items()}
            publish.single("brewhouse/bh1/telemetry", json.dumps(reading), hostname="10.40.1.5")
            log.debug("published %s", reading)
            await asyncio.sleep(5)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
""", pw=_s), _s, "asyncua (FreeOpcUa) client docs: Client.set_user / Client.set_password")

_s = influx_token()
add("toml/influxdb-token", "telemetry/telegraf/telegraf.conf", fill(r"""
# Telegraf on the cellar gateway: Tilt/iSpindel readings from MQTT -> InfluxDB 2 (fermentation bucket)
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "cellar-gw-01"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["fermentation/+/gravity", "fermentation/+/temperature", "glycol/+/supply"]
  data_format = "json"
  tag_keys = ["vessel", "sensor"]
  client_id = "telegraf-cellar"

[[inputs.cpu]]
  percpu = false

[[outputs.influxdb_v2]]
  urls = ["https://influx.lowforkbrewing.internal:8086"]
  token = "«tok»"
  organization = "lowfork"
  bucket = "fermentation"
  insecure_skip_verify = false
""", tok=_s), _s, "Telegraf outputs.influxdb_v2 plugin README (token, organization, bucket)")

_s = name_pw()
add("yaml/influxdb-password", "grafana/provisioning/datasources/cellar-influx.yaml", fill(r"""
apiVersion: 1

datasources:
  - name: Cellar InfluxDB
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    database: cellar
    user: grafana_ro
    isDefault: true
    jsonData:
      httpMode: GET
      timeInterval: 30s
    secureJsonData:
      password: «pw»
    editable: false
""", pw=_s), _s, "Grafana docs: Provision data sources (secureJsonData for InfluxDB InfluxQL)")

_s = gen_pw(24)
add("conf/mqtt-password", "telemetry/mosquitto/conf.d/bridge-hivemq.conf", fill(r"""
# Bridge the local cellar broker to HiveMQ Cloud so the brewers' phones get alarms off-site.
connection hivemq-cloud
address a1f3c9e2b7d04c51.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
bridge_insecure false
bridge_capath /etc/ssl/certs
remote_clientid cellar-gw-01-bridge
remote_username lowfork-cellar
remote_password «pw»
cleansession true
notifications false
keepalive_interval 60
topic fermentation/# out 1
topic glycol/# out 1
topic alarms/# both 1
""", pw=_s), _s, "mosquitto.conf(5) man page: bridge remote_username / remote_password")

_s = "BBUS-" + chars(30)
add("arduino/ubidots-token", "firmware/fv-temp-node/fv-temp-node.ino", fill(r"""
// FV temperature node: ESP32 + 2x DS18B20 (jacket + thermowell), posts to Ubidots every minute.
#include <WiFi.h>
#include <OneWire.h>
#include <DallasTemperature.h>
#include "UbidotsEsp32Mqtt.h"
#include "wifi_creds.h"   // WIFI_SSID / WIFI_PASS, not committed

#define ONE_WIRE_BUS 4
#define DEVICE_LABEL "fv-04"

const char *UBIDOTS_TOKEN = "«tok»";

OneWire oneWire(ONE_WIRE_BUS);
DallasTemperature sensors(&oneWire);
Ubidots ubidots(UBIDOTS_TOKEN);
unsigned long lastPost = 0;

void setup() {
  Serial.begin(115200);
  sensors.begin();
  ubidots.connectToWifi(WIFI_SSID, WIFI_PASS);
  ubidots.setup();
  ubidots.reconnect();
}

void loop() {
  if (!ubidots.connected()) {
    ubidots.reconnect();
  }
  if (millis() - lastPost > 60000) {
    sensors.requestTemperatures();
    ubidots.add("jacket_c", sensors.getTempCByIndex(0));
    ubidots.add("beer_c", sensors.getTempCByIndex(1));
    ubidots.publish(DEVICE_LABEL);
    lastPost = millis();
  }
  ubidots.loop();
}
""", tok=_s), _s, "Ubidots ESP32 MQTT library examples (UBIDOTS_TOKEN, BBUS- tokens)")

_s = passphrase()
add("c-header/wifi-psk", "firmware/glycol-monitor/include/wifi_creds.h", fill(r"""
#pragma once
// Glycol chiller monitor - cellar network credentials.
// TODO: move to NVS provisioning before we flash the second chiller.

#define WIFI_SSID      "LowFork-Cellar-IoT"
#define WIFI_PASS      "«pw»"
#define WIFI_HOSTNAME  "glycol-mon-01"

#define MQTT_HOST      "10.40.1.5"
#define MQTT_PORT      1883
""", pw=_s), _s, "ESP-IDF / Arduino WiFi.begin(ssid, password) examples")

_s = chars(32, URLSAFE)
add("json/blynk-token", "firmware/ispindel/fv-02-config.json", fill(r"""
{
  "Name": "iSpindel-FV02",
  "Token": "«tok»",
  "Sleep": 900,
  "Server": "blynk.lowforkbrewing.com",
  "API": 3,
  "Port": 8080,
  "Channel": 0,
  "URI": "",
  "DB": "",
  "Username": "",
  "Password": "",
  "Job": "ispindel",
  "Instance": "000",
  "Vfact": 191.8,
  "TS": 0,
  "OWpin": 12,
  "POLY": "0.00438*tilt^2+0.13205*tilt-6.96",
  "Hassio": false,
  "UseHTTPS": false
}
""", tok=_s), _s, "iSpindel firmware config.json (Blynk API token field)")

_s = chars(60)
add("python/brewfather-api-key", "tools/brewfather_sync.py", fill(r"""
# Pull active batches and latest readings from Brewfather into the cellar whiteboard sheet.
import csv
import datetime as dt

import requests

BF_USER_ID = "pQ2v8XkT1sWmYb3NcHfRzU7LdE9a"
BF_API_KEY = "«key»"
BASE = "https://api.brewfather.app/v2"


def batches(status="Fermenting"):
    resp = requests.get(
        f"{BASE}/batches",
        params={"status": status, "include": "recipe.name,measuredOg,fermenter", "limit": 50},
        auth=(BF_USER_ID, BF_API_KEY),
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()


def last_reading(batch_id):
    resp = requests.get(f"{BASE}/batches/{batch_id}/readings/last", auth=(BF_USER_ID, BF_API_KEY), timeout=20)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    today = dt.date.today().isoformat()
    with open(f"whiteboard-{today}.csv", "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["batch", "beer", "fv", "og", "sg", "temp"])
        for b in batches():
            r = last_reading(b["_id"])
            out.writerow([b["batchNo"], b["recipe"]["name"], b.get("fermenter", ""), b.get("measuredOg"), r.get("sg"), r.get("temp")])
""", key=_s), _s, "Brewfather API docs (v2): HTTP Basic auth with user id and API key")

_s = gen_pw(16)
add("micropython/mqtt-password", "pico/glycol_chiller/main.py", fill(r"""
# Pico W on the glycol chiller: supply/return temps + compressor state -> MQTT
import time
import network
import machine
from umqtt.simple import MQTTClient
import onewire, ds18x20

import config  # SSID / PSK live in config.py on the board only

BROKER = "10.40.1.5"
CLIENT_ID = "glycol-chiller-1"

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(config.SSID, config.PSK)
while not wlan.isconnected():
    time.sleep(1)

ds = ds18x20.DS18X20(onewire.OneWire(machine.Pin(22)))
roms = ds.scan()
compressor = machine.Pin(15, machine.Pin.IN)

client = MQTTClient(CLIENT_ID, BROKER, user="chiller", password="«pw»", keepalive=60)
client.connect()

while True:
    ds.convert_temp()
    time.sleep_ms(750)
    supply, ret = (ds.read_temp(r) for r in roms[:2])
    client.publish(b"glycol/chiller1/supply", b"%.2f" % supply)
    client.publish(b"glycol/chiller1/return", b"%.2f" % ret)
    client.publish(b"glycol/chiller1/compressor", b"1" if compressor.value() else b"0")
    time.sleep(30)
""", pw=_s), _s, "MicroPython umqtt.simple MQTTClient(client_id, server, user=, password=)")

_s = chars(32)
add("js/node-red-credential-secret", "node-red/settings.js", fill(r"""
// Node-RED settings for the brewhouse dashboard (CIP recipes, tank level flows)
module.exports = {
    flowFile: 'flows_brewhouse.json',
    flowFilePretty: true,

    // encrypts flows_brewhouse_cred.json - keep in sync on the standby Pi
    credentialSecret: "«sec»",

    uiPort: process.env.PORT || 1880,
    httpAdminRoot: '/admin',
    httpNodeRoot: '/api',

    adminAuth: {
        type: "credentials",
        users: [{
            username: "brewer",
            password: "$2b$08$wVtPMu3sDGcXW0kJq5H8o.9yGZ7k4YxwKpA0O1HcFjQm6p2bTnS1e",
            permissions: "*"
        }]
    },

    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: {
        projects: { enabled: false },
        page: { title: "LowFork Brewhouse" }
    },
    functionGlobalContext: {
        os: require('os')
    }
};
""", sec=_s), _s, "Node-RED docs: settings.js credentialSecret")

_s = human_pw()
add("yaml/home-assistant-secret", "homeassistant/secrets.yaml", fill(r"""
# Home Assistant secrets for the taproom/cellar instance.
# Referenced from configuration.yaml with !secret
home_latitude: 45.5231
home_longitude: -122.6765
home_elevation: 50

mqtt_broker: 10.40.1.5
mqtt_username: homeassistant
mqtt_password: «pw»

taproom_cooler_entity: sensor.walkin_cooler_temperature
""", pw=_s), _s, "Home Assistant docs: Storing secrets (secrets.yaml, !secret)")

_s = chars(32, URLSAFE)
add("shell/plaato-token", "scripts/plaato_keg_levels.sh", fill(r"""
#!/usr/bin/env bash
# Print remaining pints for each Plaato Keg on the taproom wall (used by the menu board cron).
set -euo pipefail

declare -A KEGS=(
  [tap1]="«tok»"
)

# v48 = amount left, v64 = beer style, v51 = % left
for tap in "${!KEGS[@]}"; do
  token="${KEGS[$tap]}"
  left=$(curl -fsS "http://plaato.blynk.cc/${token}/get/v48" | tr -d '[]"')
  pct=$(curl -fsS "http://plaato.blynk.cc/${token}/get/v51" | tr -d '[]"')
  printf '%s\t%s pints\t%s%%\n' "$tap" "$left" "$pct"
done
""", tok=_s), _s, "Plaato Keg API (Blynk-based): http://plaato.blynk.cc/{auth_token}/get/{pin}")

_s = base64.b64encode(rand_bytes(32)).decode()
add("csharp/azure-iot-connection-string", "src/FermentationGateway/Program.cs", fill(r"""
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace LowFork.FermentationGateway
{
    public static class Program
    {
        // Device identity for the cellar gateway in the lowfork-cellar IoT Hub
        private const string DeviceConnectionString =
            "HostName=lowfork-cellar.azure-devices.net;DeviceId=cellar-gw-01;SharedAccessKey=«key»";

        public static async Task Main(string[] args)
        {
            using var device = DeviceClient.CreateFromConnectionString(DeviceConnectionString, TransportType.Mqtt);
            var reader = new TiltBleReader();
            while (true)
            {
                foreach (var tilt in await reader.ScanAsync(TimeSpan.FromSeconds(10)))
                {
                    var body = JsonSerializer.Serialize(new { tilt.Color, tilt.Gravity, tilt.TempF, ts = DateTime.UtcNow });
                    using var msg = new Message(Encoding.UTF8.GetBytes(body)) { ContentType = "application/json", ContentEncoding = "utf-8" };
                    msg.Properties.Add("vessel", tilt.Vessel);
                    await device.SendEventAsync(msg);
                }
                await Task.Delay(TimeSpan.FromMinutes(5));
            }
        }
    }
}
""", key=_s), _s, "Azure IoT Hub docs: device connection string (HostName;DeviceId;SharedAccessKey)")

_s = rsa_key()
add("pem/private-key", "iot/certs/cellar-gw-01.private.pem.key", _s + "\n", _s,
    "AWS IoT Core docs: device certificate and private key files (*.private.pem.key)")

_s = hexs(40)
add("python/particle-token", "telemetry/particle_pull.py", fill(r"""
# Pull the Boron-based brite tank sensors' variables from the Particle Cloud every 10 min (cron).
import json
import sys
import requests

ACCESS_TOKEN = "«tok»"
DEVICES = ["brite-1", "brite-2", "brite-3"]


def variable(device, name):
    r = requests.get(
        f"https://api.particle.io/v1/devices/{device}/{name}",
        headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["result"]


rows = []
for dev in DEVICES:
    try:
        rows.append({"device": dev, "psi": variable(dev, "co2_psi"), "temp_f": variable(dev, "temp_f")})
    except requests.HTTPError as exc:
        print(f"{dev}: {exc}", file=sys.stderr)

json.dump(rows, sys.stdout, indent=2)
""", tok=_s), _s, "Particle Cloud API reference: GET /v1/devices/{id}/{variable} with Bearer access token")

_s = fakes.django_secret_key(_seed())
add("python/django-secret-key", "kegbot/local_settings.py", fill(r"""
# Kegbot Server local settings - taproom kegerator (kb-taproom.local)
import os

DEBUG = False
ALLOWED_HOSTS = ["kb-taproom.local", "10.40.2.15"]

SECRET_KEY = '«key»'

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.mysql',
        'NAME': 'kegbot',
        'USER': 'kegbot',
        'PASSWORD': os.environ.get('KEGBOT_DB_PASSWORD', ''),
        'HOST': 'localhost',
    }
}

TIME_ZONE = 'America/Los_Angeles'
KEGBOT_ENABLE_ADMIN = True
MEDIA_ROOT = '/var/lib/kegbot/media'
STATIC_ROOT = '/var/lib/kegbot/static'
""", key=_s), _s, "Kegbot Server docs / Django settings: SECRET_KEY")

_s = human_pw()
add("ini/sqlserver-password", "BrewhouseHMI/config/hmi_settings.ini", fill(r"""
; Brewhouse HMI panel PC settings (deployed to HMI-BH1 and HMI-CELLAR)
[General]
SiteName=LowFork Production
Language=en-US
AutoLogoffMinutes=15

[PLC]
Driver=S7TCP
Address=10.40.1.20
Rack=0
Slot=1

[Database]
; batch records + CIP logs
Provider=MSOLEDBSQL
ConnectionString=Server=BREWSQL01\BATCH;Database=BatchRecords;User Id=hmi_writer;Password=«pw»;Encrypt=Yes;TrustServerCertificate=Yes
CommandTimeout=30

[Alarms]
HornOutput=Q4.7
AckRequired=1
""", pw=_s), _s, "Microsoft OLE DB Driver for SQL Server: connection string keywords (User Id, Password)")

_s = passphrase()
add("routeros/wifi-psk", "network/taproom-hap-ac3.rsc", fill(r"""
# 2024-02-11 by RouterOS 6.49.10
# model = RBD53iG-5HacD2HnD (taproom back-bar hAP ac3)
/interface bridge
add admin-mac=48:8F:5A:11:22:0C auto-mac=no comment=defconf name=bridge
/interface vlan
add interface=bridge name=vlan20-pos vlan-id=20
add interface=bridge name=vlan30-guest vlan-id=30
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff supplicant-identity="" wpa2-pre-shared-key="«psk»"
add authentication-types=wpa2-psk mode=dynamic-keys name=guest supplicant-identity="" wpa2-pre-shared-key=drinklocal
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n country="united states" mode=ap-bridge security-profile=staff ssid=LowFork-Staff
add master-interface=wlan1 name=wlan-guest security-profile=guest ssid="LowFork Taproom Guest"
/ip address
add address=10.40.20.1/24 interface=vlan20-pos network=10.40.20.0
add address=10.40.30.1/24 interface=vlan30-guest network=10.40.30.0
/ip firewall filter
add action=drop chain=forward in-interface=vlan30-guest out-interface=vlan20-pos comment="guest -> POS"
""", psk=_s), _s, "MikroTik RouterOS manual: /interface wireless security-profiles wpa2-pre-shared-key")

# --- decoys: brewhouse and telemetry ---
add("js/decoy-env-reference", "node-red-standby/settings.js", r"""
// Node-RED settings for the standby Pi. Secrets come from the systemd unit's EnvironmentFile.
module.exports = {
    flowFile: 'flows_brewhouse.json',
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "brewer",
            password: process.env.NODE_RED_ADMIN_HASH,   // bcrypt hash from `node-red admin hash-pw`
            permissions: "*"
        }]
    },
    logging: { console: { level: "info" } }
};
"""[1:], None, "Node-RED docs: securing Node-RED (adminAuth, environment variables in settings.js)")

add("mosquitto-passwd/decoy-password-hash", "telemetry/mosquitto/passwd", (
    "cellar-gw:$7$101$" + chars(16, B64) + "$" + chars(86, B64) + "==\n"
    "chiller:$7$101$" + chars(16, B64) + "$" + chars(86, B64) + "==\n"
    "homeassistant:$7$101$" + chars(16, B64) + "$" + chars(86, B64) + "==\n"
    "telegraf:$7$101$" + chars(16, B64) + "$" + chars(86, B64) + "==\n"
    "nodered:$7$101$" + chars(16, B64) + "$" + chars(86, B64) + "==\n"),
    None, "mosquitto_passwd(1): password file of PBKDF2-SHA512 hashes ($7$)")

add("toml/decoy-env-reference", "telemetry/telegraf/telegraf.d/outputs.conf", r"""
# Output for the taproom gateway. INFLUX_TOKEN is set in /etc/default/telegraf (root 0600).
[[outputs.influxdb_v2]]
  urls = ["https://influx.lowforkbrewing.internal:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "lowfork"
  bucket = "taproom"
  timeout = "10s"

[[outputs.file]]
  files = ["stdout"]
  data_format = "influx"
"""[1:], None, "Telegraf docs: configuration environment variables (${VAR})")

add("compose/decoy-env-reference", "telemetry/docker-compose.yml", r"""
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    ports: ["1883:1883"]
    volumes:
      - ./mosquitto:/mosquitto/config:ro
      - mosquitto-data:/mosquitto/data

  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set it in .env}
      DOCKER_INFLUXDB_INIT_ORG: lowfork
      DOCKER_INFLUXDB_INIT_BUCKET: fermentation
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${INFLUX_ADMIN_TOKEN:?set it in .env}
    volumes:
      - influx-data:/var/lib/influxdb2

  grafana:
    image: grafana/grafana-oss:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets: [grafana_admin]
    ports: ["3000:3000"]

secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt

volumes:
  mosquitto-data:
  influx-data:
"""[1:], None, "Docker Compose docs: interpolation (${VAR:?err}) and secrets; influxdb image init variables")

add("c-header/decoy-placeholder", "firmware/glycol-monitor/include/wifi_creds.h.example", r"""
#pragma once
// Copy to wifi_creds.h and fill in. wifi_creds.h is in .gitignore.

#define WIFI_SSID      "YOUR_SSID"
#define WIFI_PASS      "YOUR_WIFI_PASSWORD"
#define WIFI_HOSTNAME  "glycol-mon-XX"

#define MQTT_HOST      "10.40.1.5"
#define MQTT_PORT      1883
"""[1:], None, "Common Arduino/ESP32 secrets.h.example pattern (placeholders)")

add("pem/decoy-certificate", "iot/certs/AmazonRootCA1.pem", cert_pem() + "\n", None,
    "AWS IoT Core docs: server authentication, Amazon Root CA 1 (public CA certificate)")

_lines = ["epc,keg_no,size,material,purchased,status"]
_r = _rng()
for _i in range(1, 19):
    _lines.append("3034257BF7194E40" + "".join(_r.choice("0123456789ABCDEF") for _ in range(8))
                  + f",LF-{1000 + _i},{_r.choice(['1/2bbl', '1/6bbl', '1/4bbl'])},stainless,{_r.choice(['2019-04-02', '2021-08-17', '2023-03-09'])},"
                  + _r.choice(["in-house", "at-account", "at-account", "cleaning"]))
add("csv/decoy-serial-numbers", "kegs/rfid_epc_register.csv", "\n".join(_lines) + "\n", None,
    "GS1 EPC Tag Data Standard (SGTIN-96 EPCs, hex encoded)")

_b = [uuid_s() for _ in range(3)]
add("json/decoy-uuid-id", "exports/brewfather/batch-2024-031.json", fill(r"""
{
  "_id": "«b0»",
  "batchNo": 31,
  "name": "Batch",
  "status": "Fermenting",
  "brewDate": 1710086400000,
  "recipe": {
    "_id": "«b1»",
    "name": "Rip Current West Coast IPA",
    "color": 6.4,
    "ibu": 68,
    "style": { "name": "West Coast IPA", "category": "IPA", "styleGuide": "BJCP 2021" }
  },
  "fermenter": "FV-04",
  "measuredOg": 1.064,
  "devices": {
    "iSpindel": { "enabled": true, "name": "iSpindel-FV04", "id": "«b2»" }
  },
  "notes": [
    { "timestamp": 1710090000000, "note": "Pitched 2 bbl slurry from batch 29, 66F", "type": "fermentation" }
  ],
  "hash": "9c1e5f0a4d7b2e83c6f1a0d9b7e4c2a5"
}
""", b0=_b[0], b1=_b[1], b2=_b[2]), None, "Brewfather API docs: batch object (_id, recipe, devices)")

add("python/decoy-env-reference", "scada/opcua_poll_cellar.py", r"""
# Cellar PLC poller. Credentials come from the OS keyring on the HMI PC (set once by IT).
import asyncio
import os

import keyring
from asyncua import Client

PLC_URL = os.environ.get("CELLAR_PLC_URL", "opc.tcp://10.40.1.21:4840")


async def main():
    client = Client(url=PLC_URL)
    client.set_user(os.environ.get("OPCUA_USER", "cellarops"))
    client.set_password(keyring.get_password("opcua-cellar", "cellarops"))
    async with client:
        node = client.get_node('ns=3;s="DB_Cellar"."FV04"."TempActual"')
        print(await node.read_value())


asyncio.run(main())
"""[1:], None, "asyncua client docs; Python keyring docs (keyring.get_password)")

add("wpa/decoy-placeholder", "pi-image/boot/wpa_supplicant.conf.template", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# Filled in by provision.sh from the IT password manager at image time.
network={
    ssid="@@CELLAR_SSID@@"
    psk="@@CELLAR_PSK@@"
    key_mgmt=WPA-PSK
    priority=10
}
"""[1:], None, "wpa_supplicant.conf(5): network block (ssid, psk)")

_sums = "\n".join(f"{hexs(64)}  {n}" for n in [
    "firmware-ispindel-7.3.3-d1_mini.bin", "firmware-ispindel-7.3.3-d1_mini_pro.bin",
    "firmware-ispindel-7.3.3-esp32c3.bin", "littlefs-ispindel-7.3.3.bin", "README-flash.txt"])
add("text/decoy-checksum", "firmware/ispindel/SHA256SUMS", _sums + "\n", None,
    "sha256sum(1) output format (GNU coreutils)")
# ---------------------------------------------------------------------------------------------
# Keg tracking, brewery ERP, excise and distributor portals
# ---------------------------------------------------------------------------------------------
_s = chars(40)
add("python/ekos-api-key", "integrations/ekos/export_inventory.py", fill(r"""
# Nightly: finished-goods inventory from Ekos -> CSV drop for the distributor rep portal.
import csv
import datetime
import requests

EKOS_BASE = "https://api.goekos.com/v1"
EKOS_API_KEY = "«key»"

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {EKOS_API_KEY}", "Accept": "application/json"})


def fetch(path, **params):
    items, page = [], 1
    while page <= 50:
        r = session.get(f"{EKOS_BASE}/{path}", params={**params, "page": page, "pageSize": 200}, timeout=30)
        r.raise_for_status()
        data = r.json()
        items.extend(data["items"])
        if not data.get("hasMore"):
            break
        page += 1
    return items


stock = fetch("inventory/finished-goods", location="Warehouse")
stamp = datetime.date.today().strftime("%Y%m%d")
with open(f"/srv/drops/inventory_{stamp}.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["sku", "product", "package", "on_hand", "committed"])
    for row in stock:
        w.writerow([row["sku"], row["productName"], row["package"], row["onHand"], row["committed"]])
""", key=_s), _s, "Ekos brewery management software API (bearer API key), per vendor integration guide")

_s = chars(40)
add("kotlin/keg-tracking-api-key", "app/src/main/java/com/lowfork/kegtrack/data/KegTrackApi.kt", fill(r"""
package com.lowfork.kegtrack.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import retrofit2.http.Body
import retrofit2.http.POST
import retrofit2.http.Path

interface KegTrackService {
    @POST("v2/kegs/{serial}/scan")
    suspend fun scan(@Path("serial") serial: String, @Body event: ScanEvent): ScanResult
}

object KegTrackApi {
    private const val BASE_URL = "https://api.kegtrackpro.com/"
    private const val API_KEY = "«key»"

    private val auth = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("X-Api-Key", API_KEY)
                .header("X-Brewery-Id", "lowfork-01")
                .build()
        )
    }

    val service: KegTrackService by lazy {
        Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(OkHttpClient.Builder().addInterceptor(auth).build())
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(KegTrackService::class.java)
    }
}
""", key=_s), _s, "Retrofit / OkHttp docs (Interceptor adding an API key header)")

_s = hexs(40)
add("swift/untappd-client-secret", "TaproomApp/Services/UntappdService.swift", fill(r"""
import Foundation

/// Looks up check-ins for our beers to show on the taproom TV app.
final class UntappdService {
    static let shared = UntappdService()

    private let clientID = "3C1F0A9E7B2D54C6A8E0F1B3D5C7E9A1B2C4D6E8"
    private let clientSecret = "«sec»"
    private let breweryID = 412873
    private let session = URLSession(configuration: .default)

    func recentCheckins(limit: Int = 25) async throws -> [Checkin] {
        var comps = URLComponents(string: "https://api.untappd.com/v4/brewery/checkins/\(breweryID)")!
        comps.queryItems = [
            URLQueryItem(name: "client_id", value: clientID),
            URLQueryItem(name: "client_secret", value: clientSecret),
            URLQueryItem(name: "limit", value: String(limit)),
        ]
        let (data, response) = try await session.data(from: comps.url!)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(CheckinEnvelope.self, from: data).response.checkins.items
    }
}
""", sec=_s), _s, "Untappd API v4 docs: client_id and client_secret query parameters")

_s = chars(20, URLSAFE)
add("js/untappd-business-token", "menu-sync/src/untappd.js", fill(r"""
// Push tap list changes from the POS to our Untappd for Business menus (TV boards + website embed).
const axios = require('axios');

const client = axios.create({
  baseURL: 'https://business.untappd.com/api/v1',
  auth: {
    username: 'taproom@lowforkbrewing.com',
    password: '«tok»',
  },
  timeout: 15000,
});

const LOCATION_ID = 18342;
const MENU_ID = 77120;

async function sectionItems(sectionId) {
  const { data } = await client.get(`/sections/${sectionId}/items`);
  return data.items;
}

async function markTapped(itemId, tapNumber) {
  await client.patch(`/items/${itemId}`, { item: { tap_number: String(tapNumber), in_production: true } });
}

async function markKicked(itemId) {
  await client.patch(`/items/${itemId}`, { item: { in_production: false } });
}

module.exports = { LOCATION_ID, MENU_ID, sectionItems, markTapped, markKicked };
""", tok=_s), _s, "Untappd for Business API docs: HTTP Basic auth with account email and read/write API token")

_s = chars(32)
add("ruby/distributor-api-key", "lib/distributors/encompass_client.rb", fill(r"""
# frozen_string_literal: true

require "faraday"
require "json"

module Distributors
  # Pulls depletion and on-hand reports from our wholesaler's Encompass portal.
  class EncompassClient
    BASE_URL = "https://api.encompass8.com/aspx1/API.ashx"
    API_KEY  = "«key»"

    def initialize(supplier_id: "LOWFORK")
      @supplier_id = supplier_id
      @http = Faraday.new(url: BASE_URL) do |f|
        f.request :url_encoded
        f.response :raise_error
      end
    end

    def depletions(from:, to:)
      res = @http.get("", APICommand: "ExportReport", ReportName: "SupplierDepletions",
                          SupplierID: @supplier_id, StartDate: from.iso8601, EndDate: to.iso8601,
                          APIToken: API_KEY, Format: "JSON")
      JSON.parse(res.body).fetch("Rows", [])
    end
  end
end
""", key=_s), _s, "Encompass Technologies supplier API (APIToken parameter), per wholesaler onboarding guide")

_s = human_pw()
add("shell/sftp-password", "bin/pull_vip_depletions.sh", fill(r"""
#!/bin/bash
# Pull weekly depletion files our distributors upload to VIP (Vermont Information Processing)
# and drop them where the Power BI gateway picks them up.
set -euo pipefail

VIP_HOST="sftp.vtinfo.com"
VIP_USER="lowfork_supp"
DEST="/srv/depletions/incoming/$(date +%Y-%m-%d)"
mkdir -p "$DEST"

sshpass -p '«pw»' sftp -oBatchMode=no -oStrictHostKeyChecking=yes -b - "${VIP_USER}@${VIP_HOST}" <<EOF
lcd ${DEST}
cd /outbound/depletions
mget *.csv
bye
EOF

find "$DEST" -name '*.csv' -newer /srv/depletions/.last_pull -print | wc -l
touch /srv/depletions/.last_pull
""", pw=_s), _s, "sshpass(1) -p password; OpenSSH sftp(1) batch mode")

_s = gen_pw(14, "!#%")
add("python/ftp-password", "compliance/state_excise_upload.py", fill(r"""
# Upload the monthly beer excise/shipments EDI file to the state's filing FTPS server.
import ftplib
import pathlib
import ssl
import sys

HOST = "edi-upload.tax.state.example.gov"
USER = "BRW00457"
PASSWORD = "«pw»"


def upload(path: pathlib.Path) -> None:
    ctx = ssl.create_default_context()
    with ftplib.FTP_TLS(HOST, context=ctx, timeout=60) as ftp:
        ftp.login(USER, PASSWORD)
        ftp.prot_p()
        ftp.cwd("/inbound")
        with path.open("rb") as fh:
            ftp.storbinary(f"STOR {path.name}", fh)
        print(ftp.nlst()[-5:])


if __name__ == "__main__":
    upload(pathlib.Path(sys.argv[1]))
""", pw=_s), _s, "Python docs: ftplib.FTP_TLS.login / prot_p")

_s = name_pw()
add("netrc/sftp-password", "ops/dotfiles/.netrc", fill(r"""
# used by lftp/curl in bin/pull_*.sh (chmod 600!)
machine sftp.vtinfo.com
  login lowfork_supp
  password «pw»

machine depletions.breakthrubev.com
  login lowfork
  password «pw»
""", pw=_s), _s, "GNU inetutils ftp / curl --netrc: .netrc machine/login/password")

_s = human_pw()
add("markdown/portal-password", "docs/compliance/ttb-monthly-report.md", fill(r"""
# TTB Brewer's Report of Operations (TTB F 5130.9) - monthly

Due the 15th of the following month. Owner: Dana (compliance), backup: Ray.

## Steps
1. Export production + removals from Ekos: *Reports -> Compliance -> TTB Brewer's Report*.
2. Reconcile against the cellar log (Google Sheet "BROP reconciliation").
3. Log in to **Permits Online / Pay.gov** and file:
   - URL: https://www.pay.gov
   - Username: `lowfork.compliance`
   - Password: `«pw»`
   - MFA goes to the compliance@ shared inbox.
4. Pay the excise (Form 5000.24) in the same session if the quarter is closing.
5. Save the PDF confirmation to `Compliance/TTB/2024/`.

## Gotchas
- Beer transferred to the taproom under bond is NOT a removal until it is packaged.
- Keep the reduced rate (CBMA) tracking sheet current; the first 60,000 bbl are at the lower rate.
""", pw=_s), _s, "TTB F 5130.9 instructions; Pay.gov filing (a runbook holding the portal login)")

_s = gen_pw(16, "!$")
add("xml/soap-password", "integrations/shipcompliant/CheckCompliance.xml", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:sc="http://ws.shipcompliant.com/">
  <soap:Body>
    <sc:CheckComplianceOfSalesOrder>
      <sc:Request>
        <sc:Security>
          <sc:PartnerKey></sc:PartnerKey>
          <sc:Username>api@lowforkbrewing.com</sc:Username>
          <sc:Password>«pw»</sc:Password>
        </sc:Security>
        <sc:AddressOption>
          <sc:IgnoreStreetLevelErrors>true</sc:IgnoreStreetLevelErrors>
          <sc:RejectIfAddressSuggested>false</sc:RejectIfAddressSuggested>
        </sc:AddressOption>
        <sc:IncludeSalesTaxRates>true</sc:IncludeSalesTaxRates>
        <sc:SalesOrder>
          <sc:CustomerKey>WEB-10442</sc:CustomerKey>
          <sc:FulfillmentType>Daily</sc:FulfillmentType>
          <sc:OrderType>Internet</sc:OrderType>
          <sc:PurchaseDate>2024-03-14T10:22:00</sc:PurchaseDate>
          <sc:SalesOrderKey>SHOP-88213</sc:SalesOrderKey>
        </sc:SalesOrder>
      </sc:Request>
    </sc:CheckComplianceOfSalesOrder>
  </soap:Body>
</soap:Envelope>
""", pw=_s), _s, "Sovos ShipCompliant SOAP API docs: Security element (Username, Password)")

_s = human_pw()
add("sql/postgres-password", "db/migrations/V14__excise_reporting_role.sql", fill(r"""
-- V14: read-only role for the excise / CBMA reporting job
BEGIN;

CREATE ROLE excise_reporter LOGIN PASSWORD '«pw»'
    NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT 4;

GRANT CONNECT ON DATABASE brewery TO excise_reporter;
GRANT USAGE ON SCHEMA production, sales TO excise_reporter;
GRANT SELECT ON production.batches, production.packaging_runs, production.losses,
               sales.removals, sales.taproom_transfers TO excise_reporter;

CREATE OR REPLACE VIEW sales.monthly_taxable_removals AS
SELECT date_trunc('month', removed_at) AS month,
       sum(volume_bbl) FILTER (WHERE removal_type = 'taxpaid') AS taxpaid_bbl,
       sum(volume_bbl) FILTER (WHERE removal_type = 'export') AS export_bbl
FROM sales.removals
GROUP BY 1;

GRANT SELECT ON sales.monthly_taxable_removals TO excise_reporter;
COMMIT;
""", pw=_s), _s, "PostgreSQL docs: CREATE ROLE ... LOGIN PASSWORD")

_s = hexs(16).upper()
add("php/avalara-license-key", "wp-content/mu-plugins/avatax-excise.php", fill(r"""
<?php
/**
 * Plugin Name: LowFork AvaTax for beer shipments
 * Description: Calculates sales + excise tax for direct-to-consumer beer club orders.
 */

use Avalara\AvaTaxClient;

define('AVATAX_ACCOUNT_ID', '2001234567');
define('AVATAX_LICENSE_KEY', '«key»');
define('AVATAX_COMPANY_CODE', 'LOWFORK');

function lowfork_avatax_client(): AvaTaxClient {
    static $client = null;
    if ($client === null) {
        $client = new AvaTaxClient('lowfork-shop', '1.4', 'web01', 'production');
        $client->withLicenseKey(AVATAX_ACCOUNT_ID, AVATAX_LICENSE_KEY);
    }
    return $client;
}

add_action('woocommerce_checkout_order_processed', function ($order_id) {
    $order = wc_get_order($order_id);
    $tb = new Avalara\TransactionBuilder(lowfork_avatax_client(), AVATAX_COMPANY_CODE,
        Avalara\DocumentType::C_SALESINVOICE, 'WEB-' . $order->get_customer_id());
    foreach ($order->get_items() as $item) {
        $tb->withLine($item->get_total(), $item->get_quantity(), $item->get_product()->get_sku(), 'PB100700');
    }
    $tb->withAddress('ShipTo', $order->get_shipping_address_1(), null, null,
        $order->get_shipping_city(), $order->get_shipping_state(), $order->get_shipping_postcode(), 'US');
    $order->update_meta_data('_avatax_code', $tb->create()->code);
    $order->save();
});
""", key=_s), _s, "Avalara AvaTax PHP SDK README: withLicenseKey(accountId, licenseKey)")

_s = chars(40)
add("postman/basic-auth", "postman/Vinoshipper.postman_collection.json", fill(r"""
{
  "info": {
    "name": "Vinoshipper - LowFork",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "username", "value": "K7QWX2MPR4", "type": "string" },
      { "key": "password", "value": "«sec»", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "List orders",
      "request": {
        "method": "GET",
        "url": { "raw": "https://vinoshipper.com/api/v3/p/orders?status=PENDING", "protocol": "https",
                 "host": ["vinoshipper", "com"], "path": ["api", "v3", "p", "orders"],
                 "query": [{ "key": "status", "value": "PENDING" }] }
      }
    },
    {
      "name": "Product inventory",
      "request": { "method": "GET", "url": "https://vinoshipper.com/api/v3/p/products" }
    }
  ]
}
""", sec=_s), _s, "Postman Collection v2.1 schema (auth.basic); Vinoshipper API (key id and secret as Basic auth)")

_s = human_pw()
add("json/sqlserver-password", "src/KegTracker.Api/appsettings.Production.json", fill(r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "KegDb": "Server=tcp:lowfork-sql.database.windows.net,1433;Initial Catalog=kegtracker;Persist Security Info=False;User ID=kegapi;Password=«pw»;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "KegTracking": {
    "OverdueDays": 45,
    "DepositPerHalfBarrel": 30.00,
    "ScanRadiusMeters": 150
  }
}
""", pw=_s), _s, "ASP.NET Core configuration: ConnectionStrings; Azure SQL ADO.NET connection string")

_s = name_pw()
add("yaml/erp-password", "integrations/obeer/config.yml", fill(r"""
# OrchestratedBEER (Acumatica) -> Shopify stock sync
acumatica:
  base_url: https://lowfork.orchestratedbeer.com
  endpoint: /entity/Default/22.200.001
  company: LowFork Brewing
  branch: PROD
  username: svc_shopsync
  password: «pw»
  login_path: /entity/auth/login
  logout_after_run: true

sync:
  warehouses: [MAIN, TAPROOM]
  item_class: FG-BEER
  shopify_location_id: 64021839919
  dry_run: false
  batch_size: 100
""", pw=_s), _s, "Acumatica REST API docs: /entity/auth/login with name, password, company, branch")

_s = human_pw()
add("r/postgres-password", "analytics/depletions_by_distributor.R", fill(r"""
library(DBI)
library(RPostgres)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "analytics-db.lowfork.internal",
  port = 5432,
  dbname = "sales",
  user = "analyst",
  password = "«pw»"
)

depl <- tbl(con, "distributor_depletions") %>%
  filter(week_ending >= as.Date("2024-01-01")) %>%
  group_by(distributor, week_ending) %>%
  summarise(cases = sum(case_equivalents, na.rm = TRUE)) %>%
  collect()

ggplot(depl, aes(week_ending, cases, colour = distributor)) +
  geom_line() +
  labs(title = "Weekly depletions (CE) by distributor", x = NULL, y = "Case equivalents")

ggsave("depletions_2024.png", width = 10, height = 5)
dbDisconnect(con)
""", pw=_s), _s, "RPostgres / DBI docs: dbConnect(Postgres(), host, user, password)")

_s = gen_pw(18)
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Keg turns by account\n", "Average days a keg sits at an account before it comes back."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "from sqlalchemy import create_engine\n", "\n",
            f"engine = create_engine(\"postgresql+psycopg2://analyst:{_s}@analytics-db.lowfork.internal:5432/kegs\")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "turns = pd.read_sql('''\n", "select account_name, avg(returned_at - delivered_at) as avg_days, count(*) as fills\n",
            "from keg_cycles where delivered_at > now() - interval '180 days'\n", "group by 1 order by 2 desc''', engine)\n",
            "turns.head(20)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.7"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/postgres-password", "notebooks/keg_turns.ipynb", json.dumps(_nb, indent=1) + "\n", _s,
    "SQLAlchemy docs: PostgreSQL URL postgresql+psycopg2://user:password@host/db; nbformat 4")

_s = chars(48, URLSAFE)
add("go/webhook-secret", "cmd/kegwebhook/main.go", fill(r"""
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"net/http"
)

// Shared secret configured in the keg tracking vendor's webhook settings (keg scanned / keg overdue).
const webhookSecret = "«sec»"

func verify(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte(webhookSecret))
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(expected), []byte(sig))
}

func handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil || !verify(body, r.Header.Get("X-Signature-SHA256")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	log.Printf("keg event: %s", body)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/hooks/kegs", handle)
	log.Fatal(http.ListenAndServe(":8088", nil))
}
""", sec=_s), _s, "Go crypto/hmac docs; common HMAC-SHA256 webhook signing scheme")

_s = human_pw()
add("properties/db-password", "excise-service/src/main/resources/application-prod.properties", fill(r"""
# excise-service (Spring Boot) - production
server.port=8081
spring.application.name=excise-service

spring.datasource.url=jdbc:postgresql://brewery-db.lowfork.internal:5432/brewery?sslmode=require
spring.datasource.username=excise_svc
spring.datasource.password=«pw»
spring.datasource.hikari.maximum-pool-size=5

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

excise.cbma.reduced-rate-barrels=60000
excise.report.cron=0 0 6 2 * *
management.endpoints.web.exposure.include=health,info
""", pw=_s), _s, "Spring Boot docs: spring.datasource.* properties")

_s = name_pw()
add("vba/odbc-password", "excel/DepletionsWorkbook/modRefresh.bas", fill(r"""
Attribute VB_Name = "modRefresh"
Option Explicit

' Refreshes the "Depletions" sheet straight from the sales warehouse.
' Used by the sales team every Monday morning.
Public Sub RefreshDepletions()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.ConnectionString = "Driver={PostgreSQL Unicode(x64)};Server=analytics-db.lowfork.internal;" & _
                          "Port=5432;Database=sales;Uid=sales_excel;Pwd=«pw»;sslmode=require;"
    cn.Open

    Set rs = CreateObject("ADODB.Recordset")
    rs.Open "SELECT distributor, sku, week_ending, case_equivalents FROM distributor_depletions " & _
            "WHERE week_ending >= current_date - 90 ORDER BY week_ending", cn

    With ThisWorkbook.Worksheets("Depletions")
        .Range("A2:D50000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With

    rs.Close: cn.Close
    Set rs = Nothing: Set cn = Nothing
End Sub
""", pw=_s), _s, "psqlODBC connection string keywords (Uid, Pwd); ADO Connection.Open")

_s = human_pw()
add("powershell/sftp-password", "scripts/Sync-Depletions.ps1", fill(r"""
# Push our weekly price posting and pull depletion reports from the distributor SFTP.
# Runs as a scheduled task on OFFICE-PC02 (Mon 06:00).
param([string]$LocalDir = "D:\Sales\Depletions")

Add-Type -Path "C:\Program Files (x86)\WinSCP\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.columbiadist.example.com"
    UserName              = "lowfork"
    Password              = "«pw»"
    SshHostKeyFingerprint = "ssh-ed25519 255 q3n8G2vYb1mN0pQ4rS6tU8wX0yZ2aB4cD6eF8gH0iJk"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $session.PutFiles("$LocalDir\outbound\price_posting_*.csv", "/inbound/").Check()
    $result = $session.GetFiles("/outbound/depletions/*.csv", "$LocalDir\inbound\", $true)
    $result.Check()
    foreach ($t in $result.Transfers) { Write-Host "Downloaded $($t.FileName)" }
}
finally {
    $session.Dispose()
}
""", pw=_s), _s, "WinSCP .NET assembly docs: SessionOptions (HostName, UserName, Password, SshHostKeyFingerprint)")

_s = gen_pw(20)
add("ini/mysql-password", "pos-reporting/odbc.ini", fill(r"""
[ODBC Data Sources]
beer30 = MySQL ODBC 8.0 Unicode Driver

[beer30]
Driver       = /usr/lib/x86_64-linux-gnu/odbc/libmyodbc8w.so
Description  = Beer30 reporting replica (read only)
Server       = 10.40.5.12
Port         = 3306
Database     = beer30_reporting
User         = reporting
Password     = «pw»
SSLMODE      = REQUIRED
CHARSET      = utf8mb4
""", pw=_s), _s, "MySQL Connector/ODBC docs: odbc.ini DSN options (SERVER, USER, PASSWORD)")

_s = human_pw()
add("ansible/become-password", "ansible/inventory/host_vars/keg-scanner-01.yml", fill(r"""
---
# Raspberry Pi 4 at the keg wash line (barcode + RFID scanner kiosk)
ansible_host: 10.40.3.41
ansible_user: pi
ansible_become: true
ansible_become_password: «pw»

kiosk_url: https://kegs.lowforkbrewing.com/scan?station=kegwash
kiosk_rotate: 90
rfid_reader_device: /dev/ttyUSB0
rfid_power_dbm: 24
""", pw=_s), _s, "Ansible docs: connection variables (ansible_become_password)")

# --- decoys: keg tracking, excise, distributors ---
add("markdown/decoy-vault-reference", "docs/compliance/quarterly-5000-24.md", r"""
# Excise tax return (TTB F 5000.24) - quarterly

Owner: compliance. Filed through Pay.gov.

1. Pull taxable removals for the quarter: `make excise-report QUARTER=2024Q1`.
2. Check the CBMA reduced-rate running total (`reports/cbma_running_total.sql`).
3. Log in to Pay.gov as the compliance user. The login and the MFA seed live in 1Password:
   vault **Compliance**, item **Pay.gov - LowFork**. Never paste them in Slack or this repo.
4. File 5000.24, pay by ACH debit, save the confirmation PDF.

| Quarter | Due        | Filed by |
|---------|------------|----------|
| Q1      | 2024-04-14 | Dana     |
| Q2      | 2024-07-14 |          |
"""[1:], None, "TTB F 5000.24 instructions; 1Password vault/item references in a runbook")

add("sql/decoy-password-hash", "db/migrations/V15__rotate_reporting_role.sql", fill(r"""
-- V15: rotate the reporting role. The SCRAM verifier below was generated client-side
-- (psql \password, then copied from pg_authid on a scratch instance); the plaintext is in the vault.
ALTER ROLE excise_reporter PASSWORD
  'SCRAM-SHA-256$4096:«salt»$«stored»:«server»';

ALTER ROLE excise_reporter VALID UNTIL '2025-03-31';
REVOKE ALL ON sales.taproom_transfers FROM excise_reporter;
GRANT SELECT ON sales.taproom_transfers_v TO excise_reporter;
""", salt=base64.b64encode(rand_bytes(16)).decode(), stored=base64.b64encode(rand_bytes(32)).decode(),
          server=base64.b64encode(rand_bytes(32)).decode()),
    None, "PostgreSQL docs: password authentication, SCRAM-SHA-256 verifiers in ALTER ROLE ... PASSWORD")

_r = _rng()
_rows = ["ttb_id,brand,fanciful_name,class,abv,upc,permit"]
for _name in ["Rip Current", "Lantern Light", "Slack Tide", "Barrel Room Reserve", "Porch Swing", "Fog Line", "Undertow"]:
    _rows.append(f"{_r.randint(23000000000000, 24999999999999)},LowFork,{_name},Malt Beverage,{_r.choice(['4.8', '5.2', '6.8', '7.1', '9.5'])},"
                 f"8{_r.randint(10**10, 10**11 - 1)},BR-OR-LOW-15021")
add("csv/decoy-public-id", "compliance/cola_registry.csv", "\n".join(_rows) + "\n", None,
    "TTB Public COLA Registry (TTB ID numbers), GS1 UPC-A codes, TTB brewer's notice numbers")

add("xml/decoy-placeholder", "integrations/shipcompliant/templates/CheckCompliance.xml.tmpl", r"""
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:sc="http://ws.shipcompliant.com/">
  <soap:Body>
    <sc:CheckComplianceOfSalesOrder>
      <sc:Request>
        <sc:Security>
          <sc:PartnerKey></sc:PartnerKey>
          <sc:Username>{{ .Username }}</sc:Username>
          <sc:Password>{{ .Password }}</sc:Password>
        </sc:Security>
        <sc:IncludeSalesTaxRates>true</sc:IncludeSalesTaxRates>
        <sc:SalesOrder>{{ template "salesorder" . }}</sc:SalesOrder>
      </sc:Request>
    </sc:CheckComplianceOfSalesOrder>
  </soap:Body>
</soap:Envelope>
"""[1:], None, "Go text/template syntax; Sovos ShipCompliant SOAP Security element")

add("postman/decoy-env-reference", "postman/Vinoshipper-template.postman_collection.json", r"""
{
  "info": {
    "name": "Vinoshipper (shared)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "username", "value": "{{vinoshipper_key_id}}", "type": "string" },
      { "key": "password", "value": "{{vinoshipper_secret}}", "type": "string" }
    ]
  },
  "item": [
    { "name": "List orders", "request": { "method": "GET", "url": "{{base_url}}/api/v3/p/orders?status=PENDING" } }
  ],
  "variable": [
    { "key": "base_url", "value": "https://vinoshipper.com" }
  ]
}
"""[1:], None, "Postman docs: variables ({{var}}) in collections and environments")

add("powershell/decoy-secret-manager", "scripts/Sync-PricePosting.ps1", r"""
# Same as Sync-Depletions.ps1, but the password comes from the SecretManagement vault on the box.
Import-Module Microsoft.PowerShell.SecretManagement
Add-Type -Path "C:\Program Files (x86)\WinSCP\WinSCPnet.dll"

$cred = Get-Secret -Vault BreweryOps -Name 'distributor-sftp'   # PSCredential

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.columbiadist.example.com"
    UserName              = $cred.UserName
    SecurePassword        = $cred.Password
    SshHostKeyFingerprint = "ssh-ed25519 255 q3n8G2vYb1mN0pQ4rS6tU8wX0yZ2aB4cD6eF8gH0iJk"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $session.PutFiles("D:\Sales\PricePosting\*.csv", "/inbound/pricing/").Check()
} finally {
    $session.Dispose()
}
"""[1:], None, "PowerShell SecretManagement docs (Get-Secret); WinSCP .NET SessionOptions.SecurePassword")

add("python/decoy-env-reference", "compliance/distributor_sftp.py", r"""
# Upload price postings to distributors. Host keys are pinned; auth is by key file only.
import os
import pathlib

import paramiko

HOST = os.environ.get("DIST_SFTP_HOST", "sftp.columbiadist.example.com")
USER = os.environ["DIST_SFTP_USER"]
KEY_PATH = pathlib.Path(os.environ.get("DIST_SFTP_KEY", "~/.ssh/id_ed25519_distributors")).expanduser()


def push(files):
    client = paramiko.SSHClient()
    client.load_host_keys(str(pathlib.Path("~/.ssh/known_hosts").expanduser()))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(HOST, username=USER, key_filename=str(KEY_PATH),
                   passphrase=os.environ.get("DIST_SFTP_KEY_PASSPHRASE"))
    with client.open_sftp() as sftp:
        for f in files:
            sftp.put(str(f), f"/inbound/pricing/{f.name}")
    client.close()
"""[1:], None, "Paramiko docs: SSHClient.connect(key_filename=, passphrase=)")

add("kotlin/decoy-build-config", "app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.lowfork.kegtrack"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.lowfork.kegtrack"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.3.1"
        // injected at build time from local.properties or CI env; never committed
        buildConfigField("String", "KEGTRACK_API_KEY", "\"${localProps.getProperty("kegtrack.apiKey") ?: System.getenv("KEGTRACK_API_KEY") ?: ""}\"")
    }
    buildFeatures { buildConfig = true }
}
"""[1:], None, "Android Gradle plugin docs: buildConfigField; local.properties convention")

add("json/decoy-publishable-key", "app/google-services.json", fill(r"""
{
  "project_info": {
    "project_number": "508112947731",
    "project_id": "lowfork-kegtrack",
    "storage_bucket": "lowfork-kegtrack.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:508112947731:android:«appid»",
        "android_client_info": { "package_name": "com.lowfork.kegtrack" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "AIza«key»" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", appid=hexs(16), key=chars(35, URLSAFE)), None,
    "Firebase docs: google-services.json; Firebase API keys identify the project and are not secret")

add("go/decoy-test-fixture", "cmd/kegwebhook/main_test.go", r"""
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// The test uses its own throwaway key; the real one is read from KEG_WEBHOOK_SECRET in prod.
const testSecret = "test-secret-not-used-in-prod"

func sign(body string) string {
	m := hmac.New(sha256.New, []byte(testSecret))
	m.Write([]byte(body))
	return hex.EncodeToString(m.Sum(nil))
}

func TestVerifyRejectsTamperedBody(t *testing.T) {
	sig := sign(`{"serial":"LF-1042","event":"scanned"}`)
	if verifyWith(testSecret, []byte(`{"serial":"LF-1043","event":"scanned"}`), sig) {
		t.Fatal("tampered body accepted")
	}
}
"""[1:], None, "Go testing package docs; HMAC test fixture with a dummy key")

add("ansible/decoy-vault", "ansible/inventory/host_vars/keg-scanner-02.yml", fill(r"""
---
ansible_host: 10.40.3.42
ansible_user: pi
ansible_become: true
ansible_become_password: "{{ vault_keg_scanner_become_password }}"

kiosk_url: https://kegs.lowforkbrewing.com/scan?station=dock
rfid_reader_device: /dev/ttyUSB0

vault_keg_scanner_become_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          «l1»
          «l2»
          «l3»
          «l4»
          «l5»
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(60)), None,
    "Ansible docs: encrypting individual variables with ansible-vault encrypt_string (!vault)")

add("r/decoy-keyring", "analytics/weekly_taproom_sales.R", r"""
library(DBI)
library(RPostgres)
library(keyring)

# Password stored once per laptop with keyring::key_set("analytics-db", "analyst")
con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("ANALYTICS_DB_HOST", "analytics-db.lowfork.internal"),
  dbname = "sales",
  user = "analyst",
  password = key_get("analytics-db", "analyst")
)

sales <- dbGetQuery(con, "select business_date, sum(net_sales) as net from taproom_checks group by 1 order by 1")
write.csv(sales, "taproom_sales.csv", row.names = FALSE)
dbDisconnect(con)
"""[1:], None, "keyring R package docs (key_get / key_set)")

_nb2 = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Fill-to-ship lag\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass\n", "import pandas as pd\n", "from sqlalchemy import create_engine, URL\n", "\n",
            "url = URL.create('postgresql+psycopg2', username='analyst', password=getpass.getpass('db password: '),\n",
            "                 host='analytics-db.lowfork.internal', database='kegs')\n", "engine = create_engine(url)"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"output_type": "stream", "name": "stdout", "text": ["db password: ········\n"]}], "source": [
            "lag = pd.read_sql('select fill_date, ship_date, ship_date - fill_date as lag from keg_fills', engine)\n",
            "lag.describe()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/decoy-getpass", "notebooks/fill_to_ship_lag.ipynb", json.dumps(_nb2, indent=1, ensure_ascii=False) + "\n", None,
    "Python getpass docs; SQLAlchemy URL.create")

add("ini/decoy-placeholder", "pos-reporting/odbc.ini.example", r"""
[ODBC Data Sources]
beer30 = MySQL ODBC 8.0 Unicode Driver

[beer30]
Driver       = /usr/lib/x86_64-linux-gnu/odbc/libmyodbc8w.so
Description  = Beer30 reporting replica (read only)
Server       = 10.40.5.12
Port         = 3306
Database     = beer30_reporting
User         = reporting
Password     = <ask IT - stored in 1Password "Beer30 reporting">
SSLMODE      = REQUIRED
"""[1:], None, "MySQL Connector/ODBC docs: odbc.ini DSN options")
# ---------------------------------------------------------------------------------------------
# Taproom POS, staff scheduling, taproom IT
# ---------------------------------------------------------------------------------------------
_s = square_token()
add("env/square-access-token", "taproom-loyalty/.env", fill(r"""
# taproom-loyalty service (mug club points from Square orders)
NODE_ENV=production
PORT=8080

SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=«tok»
SQUARE_LOCATION_ID=LQ8X2K7V1M9P3
SQUARE_API_VERSION=2024-02-22

MUG_CLUB_POINTS_PER_DOLLAR=1
MUG_CLUB_CATALOG_CATEGORY=FZ3QW4XUJ2L5M6N7O8P9Q0R1
LOG_LEVEL=info
""", tok=_s), _s, "Square developer docs: access tokens (EAAA…), Square-Version header")

_s = chars(64, URLSAFE)
add("python/toast-client-secret", "toast_sync/auth.py", fill(r"""
# Toast standard API: machine client login, token cached until it expires.
import time

import requests

TOAST_HOST = "https://ws-api.toasttab.com"
CLIENT_ID = "Xq4Rk2LmN8pZ1vB7cT3yW9eJ5hG0aF6d"
CLIENT_SECRET = "«sec»"
RESTAURANT_GUID = "a9c4e1b2-7d3f-4e8a-b5c6-0f1e2d3c4b5a"

_cache = {"token": None, "exp": 0}


def token() -> str:
    if _cache["token"] and _cache["exp"] > time.time() + 60:
        return _cache["token"]
    r = requests.post(
        f"{TOAST_HOST}/authentication/v1/authentication/login",
        json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET, "userAccessType": "TOAST_MACHINE_CLIENT"},
        timeout=20,
    )
    r.raise_for_status()
    body = r.json()["token"]
    _cache.update(token=body["accessToken"], exp=time.time() + body["expiresIn"])
    return _cache["token"]


def headers() -> dict:
    return {"Authorization": f"Bearer {token()}", "Toast-Restaurant-External-ID": RESTAURANT_GUID}
""", sec=_s), _s, "Toast developer guide: authentication login (clientId, clientSecret, TOAST_MACHINE_CLIENT)")

_s = chars(22, URLSAFE)
add("js/square-webhook-signature-key", "taproom-loyalty/src/routes/squareWebhook.js", fill(r"""
const express = require('express');
const { WebhooksHelper } = require('square');
const { awardPoints } = require('../points');

const router = express.Router();

// From Square Developer Dashboard > Webhooks > Subscriptions > "mug-club-orders"
const SIGNATURE_KEY = '«key»';
const NOTIFICATION_URL = 'https://loyalty.lowforkbrewing.com/webhooks/square';

router.post('/webhooks/square', express.raw({ type: 'application/json' }), async (req, res) => {
  const body = req.body.toString('utf8');
  const valid = WebhooksHelper.isValidWebhookEventSignature(
    body,
    req.get('x-square-hmacsha256-signature'),
    SIGNATURE_KEY,
    NOTIFICATION_URL,
  );
  if (!valid) return res.sendStatus(403);

  const event = JSON.parse(body);
  if (event.type === 'order.updated' && event.data.object.order_updated.state === 'COMPLETED') {
    await awardPoints(event.data.id);
  }
  res.sendStatus(200);
});

module.exports = router;
""", key=_s), _s, "Square docs: validate webhook notifications (signature key, isValidWebhookEventSignature)")

_s = uuid_s()
add("php/clover-api-token", "pos/clover/CloverClient.php", fill(r"""
<?php

namespace LowFork\Pos\Clover;

use GuzzleHttp\Client;

/**
 * Pulls closed orders from the Clover Flex at the beer garden window.
 */
final class CloverClient
{
    private const BASE = 'https://api.clover.com/v3/merchants/';
    private string $merchantId = 'K3M9QZ7T2WX41';
    private string $apiToken = '«tok»';
    private Client $http;

    public function __construct()
    {
        $this->http = new Client(['base_uri' => self::BASE . $this->merchantId . '/', 'timeout' => 20]);
    }

    public function ordersSince(int $epochMs): array
    {
        $res = $this->http->get('orders', [
            'headers' => ['Authorization' => 'Bearer ' . $this->apiToken, 'Accept' => 'application/json'],
            'query' => ['filter' => 'modifiedTime>=' . $epochMs, 'expand' => 'lineItems,payments', 'limit' => 100],
        ]);
        return json_decode((string) $res->getBody(), true)['elements'] ?? [];
    }
}
""", tok=_s), _s, "Clover REST API docs: merchant API tokens as Bearer (UUID-shaped)")

_s = chars(40)
add("ts/pos-api-key", "src/pos/arryved.ts", fill(r"""
// Arryved (beer garden POS) -> reporting DB: closed tabs every 15 minutes.
import { fetch } from 'undici';

const ARRYVED_BASE = 'https://api.arryved.com/v1';
const ARRYVED_LOCATION = 'lowfork-beer-garden';
export const ARRYVED_API_KEY = '«key»';

export interface Tab {
  id: string;
  closedAt: string;
  subtotal: number;
  tip: number;
  items: { sku: string; name: string; qty: number; price: number }[];
}

export async function closedTabs(since: Date): Promise<Tab[]> {
  const url = new URL(`${ARRYVED_BASE}/locations/${ARRYVED_LOCATION}/tabs`);
  url.searchParams.set('status', 'closed');
  url.searchParams.set('closedAfter', since.toISOString());
  const res = await fetch(url, {
    headers: { 'x-api-key': ARRYVED_API_KEY, accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`arryved ${res.status}`);
  return (await res.json()) as Tab[];
}
""", key=_s), _s, "Vendor POS REST API with x-api-key header (per partner integration guide)")

_s = "sq0csp-" + chars(43, URLSAFE)
add("gha/square-application-secret", ".github/workflows/loyalty-deploy.yml", fill(r"""
name: deploy taproom-loyalty

on:
  push:
    branches: [main]
    paths: ["taproom-loyalty/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SQUARE_APPLICATION_ID: sq0idp-Jx7RbN2cQ4vW8zT1kY5mLa
      SQUARE_APPLICATION_SECRET: «sec»
      FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
        working-directory: taproom-loyalty
      - run: npm test
        working-directory: taproom-loyalty
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl secrets set SQUARE_APPLICATION_SECRET="$SQUARE_APPLICATION_SECRET" --stage
        working-directory: taproom-loyalty
      - run: flyctl deploy --remote-only
        working-directory: taproom-loyalty
""", sec=_s), _s, "Square OAuth docs: application secret (sq0csp-); GitHub Actions workflow syntax (env)")

_s = hexs(40)
add("java/scheduling-token", "staff-sync/src/main/java/com/lowfork/staff/SevenShiftsClient.java", fill(r"""
package com.lowfork.staff;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

/** Reads taproom shifts from 7shifts so tip pooling can weight by hours worked. */
public class SevenShiftsClient {
    private static final String BASE = "https://api.7shifts.com/v2";
    private static final String ACCESS_TOKEN = "«tok»";
    private static final long COMPANY_ID = 184223L;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String timePunches(LocalDate from, LocalDate to) throws Exception {
        URI uri = URI.create(BASE + "/company/" + COMPANY_ID + "/time_punches?clocked_in[gte]=" + from
                + "&clocked_in[lte]=" + to + "&limit=500");
        HttpRequest req = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + ACCESS_TOKEN)
                .header("x-api-version", "2023-05-01")
                .GET()
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("7shifts returned " + res.statusCode());
        }
        return res.body();
    }
}
""", tok=_s), _s, "7shifts API v2 docs: Bearer access token, x-api-version header")

_s = hexs(32)
add("csharp/twilio-auth-token", "GrowlerReady/Services/SmsNotifier.cs", fill(r"""
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace GrowlerReady.Services
{
    /// <summary>Texts guests when their crowler/growler fill order is ready at the pickup window.</summary>
    public class SmsNotifier
    {
        private const string AccountSid = "AC«sid»";
        private const string AuthToken = "«tok»";
        private const string FromNumber = "+15035550142";

        public SmsNotifier()
        {
            TwilioClient.Init(AccountSid, AuthToken);
        }

        public string NotifyReady(string phone, string name, int orderNo)
        {
            var msg = MessageResource.Create(
                to: new PhoneNumber(phone),
                from: new PhoneNumber(FromNumber),
                body: $"Hi {name}! Your to-go order #{orderNo} is ready at the LowFork pickup window. Cheers!");
            return msg.Sid;
        }
    }
}
""", sid=hexs(32), tok=_s), _s, "Twilio C# helper library docs: TwilioClient.Init(accountSid, authToken)")

_s = human_pw()
add("sql/sqlserver-password", "pos/reports/create_linked_server.sql", fill(r"""
-- Linked server from the back-office SQL box to the POS reporting replica,
-- used by the nightly "taproom flash report" SSRS job.
USE master;
GO
EXEC sp_addlinkedserver
    @server = N'POSREPL',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'10.40.20.30,1433',
    @catalog = N'PosReporting';
GO
EXEC sp_addlinkedsrvlogin
    @rmtsrvname = N'POSREPL',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'ssrs_flash',
    @rmtpassword = N'«pw»';
GO
EXEC sp_serveroption N'POSREPL', N'rpc out', N'true';
GO
""", pw=_s), _s, "SQL Server docs: sp_addlinkedsrvlogin (@rmtuser, @rmtpassword)")

_s = human_pw()
add("powershell/windows-password", "deploy/Set-PosKiosk.ps1", fill(r"""
#Requires -RunAsAdministrator
# Prepares a back-bar Windows tablet as a kiosk for the tap-list editor.
$ErrorActionPreference = "Stop"

$kioskUser = "TapListKiosk"
$kioskPassword = ConvertTo-SecureString "«pw»" -AsPlainText -Force

if (-not (Get-LocalUser -Name $kioskUser -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name $kioskUser -Password $kioskPassword -FullName "Tap List Kiosk" -PasswordNeverExpires -UserMayNotChangePassword
}

# Auto-logon so the tablet comes back after power cuts in the taproom
$winlogon = "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon"
Set-ItemProperty $winlogon -Name AutoAdminLogon -Value "1"
Set-ItemProperty $winlogon -Name DefaultUserName -Value $kioskUser

Set-AssignedAccess -UserName $kioskUser -AppName "Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App"
Write-Host "Kiosk user ready; reboot to apply."
""", pw=_s), _s, "PowerShell docs: ConvertTo-SecureString -AsPlainText, New-LocalUser")

_s = gen_pw(24)
add("k8s/postgres-password", "k8s/pos-warehouse/db-credentials.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: pos-warehouse-db
  namespace: taproom-data
  labels:
    app.kubernetes.io/part-of: pos-warehouse
type: Opaque
data:
  POSTGRES_USER: «user»
  POSTGRES_DB: «db»
  POSTGRES_PASSWORD: «pw»
""", user=b64("pos_etl"), db=b64("pos_warehouse"), pw=b64(_s)), _s,
    "Kubernetes docs: Secret (data values base64-encoded)")

_s = chars(32)
add("helm/redis-password", "charts/taproom-web/values-prod.yaml", fill(r"""
replicaCount: 2

image:
  repository: ghcr.io/lowforkbrewing/taproom-web
  tag: "2024.03.2"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: lowforkbrewing.com
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: lowfork-tls
      hosts: [lowforkbrewing.com]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "«pw»"
  master:
    persistence:
      size: 2Gi

env:
  SESSION_STORE: redis
  RESERVATIONS_ENABLED: "true"
""", pw=_s), _s, "Bitnami Redis Helm chart README: auth.password")

_s = human_pw()
add("bash-history/mysql-password", "ops/pos-db-01/.bash_history", fill(r"""
sudo systemctl status mysql
df -h /var/lib/mysql
mysql -u root -p'«pw»' -e "SHOW PROCESSLIST"
mysql -u root -p'«pw»' pos_reporting -e "select count(*) from checks where business_date = curdate()"
sudo tail -n 100 /var/log/mysql/error.log
ls -lh /backups/mysql/
sudo crontab -l
exit
""", pw=_s), _s, "mysql(1) client: -p<password> on the command line (shell history)")

_s = " ".join(chars(4, string.ascii_lowercase) for _ in range(4))
add("python/smtp-app-password", "reports/daily_z_report.py", fill(r"""
# Emails the taproom Z-report (from the Toast export) to the owners every morning at 7.
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

SENDER = "reports@lowforkbrewing.com"
RECIPIENTS = ["owners@lowforkbrewing.com", "taproom-mgr@lowforkbrewing.com"]


def send(pdf: Path, business_date: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Taproom Z report {business_date}"
    msg["From"] = SENDER
    msg["To"] = ", ".join(RECIPIENTS)
    msg.set_content("Attached: yesterday's Z report. Reply-all with questions.")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)

    with smtplib.SMTP("smtp.gmail.com", 587) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(SENDER, "«pw»")
        smtp.send_message(msg)
""", pw=_s), _s, "Google Workspace help: app passwords for SMTP (16 letters); Python smtplib docs")

_s = gen_pw(22)
add("systemd/postgres-password", "deploy/systemd/toast-sync.service", fill(r"""
[Unit]
Description=Toast -> reporting DB sync (orders, menus, labor)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=toastsync
WorkingDirectory=/opt/toast-sync
Environment=PYTHONUNBUFFERED=1
Environment=DATABASE_URL=postgresql://toast_sync:«pw»@10.40.5.20:5432/reporting
Environment=TOAST_SYNC_INTERVAL=900
ExecStart=/opt/toast-sync/.venv/bin/python -m toast_sync.run
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""", pw=_s), _s, "systemd.exec(5): Environment=; libpq connection URIs")

_s = gen_pw(20)
add("crontab/postgres-password", "ops/crontab/reporting-db", fill(r"""
# m h  dom mon dow   command
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=it@lowforkbrewing.com

# nightly dump of the reporting DB to the NAS, kept 14 days
15 2 * * * PGPASSWORD='«pw»' pg_dump -h 10.40.5.20 -U backup -Fc reporting > /mnt/nas/backups/reporting-$(date +\%F).dump
45 2 * * * find /mnt/nas/backups -name 'reporting-*.dump' -mtime +14 -delete
# refresh the taproom sales materialized views
0 6 * * * psql -h 10.40.5.20 -U reporting_jobs -d reporting -c 'REFRESH MATERIALIZED VIEW CONCURRENTLY taproom_daily'
""", pw=_s), _s, "crontab(5); libpq environment variables (PGPASSWORD)")

# --- decoys: POS ---
add("js/decoy-publishable-key", "taproom-web/public/js/preorder-payments.js", fill(r"""
// Web Payments SDK card form on the pre-order page. Application and location ids are public.
const appId = 'sq0idp-«appid»';
const locationId = 'LQ8X2K7V1M9P3';

async function initCard() {
  if (!window.Square) throw new Error('Square.js failed to load');
  const payments = window.Square.payments(appId, locationId);
  const card = await payments.card();
  await card.attach('#card-container');
  return card;
}

document.addEventListener('DOMContentLoaded', async () => {
  const card = await initCard();
  document.getElementById('pay').addEventListener('click', async (e) => {
    e.preventDefault();
    const result = await card.tokenize();
    if (result.status !== 'OK') return showError(result.errors);
    await fetch('/api/preorders/pay', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sourceId: result.token, preorderId: window.PREORDER_ID }),
    });
  });
});
""", appid=chars(22, URLSAFE)), None, "Square Web Payments SDK docs: Square.payments(applicationId, locationId) in the browser")

_evt = uuid_s()
add("json/decoy-test-fixture", "taproom-loyalty/test/fixtures/order.updated.json", fill(r"""
{
  "merchant_id": "ML8RQ2B9XK1T4",
  "type": "order.updated",
  "event_id": "«evt»",
  "created_at": "2024-03-16T21:04:11.231Z",
  "data": {
    "type": "order_updated",
    "id": "Qm7TkP2xV9rB4nC1zW8yJ3sL5dF0",
    "object": {
      "order_updated": {
        "created_at": "2024-03-16T20:41:02.000Z",
        "location_id": "LQ8X2K7V1M9P3",
        "order_id": "Qm7TkP2xV9rB4nC1zW8yJ3sL5dF0",
        "state": "COMPLETED",
        "updated_at": "2024-03-16T21:04:10.000Z",
        "version": 4
      }
    }
  }
}
""", evt=_evt), None, "Square webhooks reference: order.updated payload (ids only)")

add("python/decoy-secret-manager", "toast_sync/settings.py", r"""
# Settings for toast-sync. Secrets come from AWS Secrets Manager at start-up.
import json
import os

import boto3

REGION = os.environ.get("AWS_REGION", "us-west-2")
SECRET_ID = os.environ.get("TOAST_SECRET_ID", "prod/toast-sync/api")


def load_secrets() -> dict:
    client = boto3.client("secretsmanager", region_name=REGION)
    value = client.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    return json.loads(value)


_secrets = load_secrets()
TOAST_CLIENT_ID = _secrets["client_id"]
TOAST_CLIENT_SECRET = _secrets["client_secret"]
RESTAURANT_GUID = os.environ["TOAST_RESTAURANT_GUID"]
DATABASE_URL = _secrets["database_url"]
"""[1:], None, "AWS SDK for Python (boto3) docs: SecretsManager.Client.get_secret_value")

add("log/decoy-redacted", "pos/clover/logs/clover-sync-2024-03-02.log", r"""
2024-03-02T03:00:01Z INFO  clover-sync starting (merchant=K3M9QZ7T2WX41)
2024-03-02T03:00:01Z DEBUG GET https://api.clover.com/v3/merchants/K3M9QZ7T2WX41/orders headers={Authorization: Bearer ****-****-****-****-********a41c}
2024-03-02T03:00:02Z INFO  fetched 212 orders (modifiedTime>=1709251200000)
2024-03-02T03:00:02Z WARN  order 8J2KQ9R0M1N3P has 0 line items, skipping
2024-03-02T03:00:03Z DEBUG POST https://reporting.lowfork.internal/api/ingest token=[REDACTED]
2024-03-02T03:00:04Z INFO  upserted 211 orders, 644 line items, 219 payments
2024-03-02T03:00:04Z INFO  done in 3.1s
"""[1:], None, "Log redaction of bearer tokens (masked values)")

add("k8s/decoy-external-secret", "k8s/pos-warehouse/db-externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pos-warehouse-db
  namespace: taproom-data
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: pos-warehouse-db
    creationPolicy: Owner
  data:
    - secretKey: POSTGRES_PASSWORD
      remoteRef:
        key: prod/pos-warehouse/db
        property: password
    - secretKey: POSTGRES_USER
      remoteRef:
        key: prod/pos-warehouse/db
        property: username
"""[1:], None, "External Secrets Operator docs: ExternalSecret (remoteRef to AWS Secrets Manager)")

add("helm/decoy-existing-secret", "charts/taproom-web/values-staging.yaml", r"""
replicaCount: 1

image:
  repository: ghcr.io/lowforkbrewing/taproom-web
  tag: "main"

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    # password is created out of band: kubectl create secret generic taproom-redis --from-literal=redis-password=...
    existingSecret: taproom-redis
    existingSecretPasswordKey: redis-password
    password: ""

env:
  SESSION_STORE: redis
  RESERVATIONS_ENABLED: "false"
"""[1:], None, "Bitnami Redis Helm chart README: auth.existingSecret / existingSecretPasswordKey")

add("powershell/decoy-generated", "deploy/New-KioskPassword.ps1", r"""
# Rotates the kiosk account's password to a random value and escrows it in the IT vault.
# Nobody needs to know it: the tablets auto-logon through LSA secrets set by Autologon.exe.
Import-Module Microsoft.PowerShell.SecretManagement

$bytes = New-Object byte[] 24
[System.Security.Cryptography.RandomNumberGenerator]::Fill($bytes)
$plain = [Convert]::ToBase64String($bytes)
$secure = ConvertTo-SecureString $plain -AsPlainText -Force

Set-LocalUser -Name "TapListKiosk" -Password $secure
Set-Secret -Vault BreweryIT -Name "kiosk-$env:COMPUTERNAME" -Secret $secure
& "C:\Tools\Autologon64.exe" /accepteula TapListKiosk $env:COMPUTERNAME $plain
Remove-Variable plain, bytes
Write-Host "Rotated kiosk password on $env:COMPUTERNAME"
"""[1:], None, "PowerShell docs: Set-LocalUser, SecretManagement Set-Secret; .NET RandomNumberGenerator")

add("csharp/decoy-env-reference", "GrowlerReady/Program.cs", fill(r"""
using GrowlerReady.Services;
using Twilio;

var builder = WebApplication.CreateBuilder(args);

// Account SID is an identifier; the auth token comes from user-secrets locally and Key Vault in prod.
var accountSid = builder.Configuration["Twilio:AccountSid"] ?? "AC«sid»";
var authToken = builder.Configuration["Twilio:AuthToken"]
    ?? throw new InvalidOperationException("Twilio:AuthToken is not configured");
TwilioClient.Init(accountSid, authToken);

builder.Services.AddSingleton<SmsNotifier>();
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""", sid=hexs(32)), None, "ASP.NET Core configuration and user secrets docs; Twilio Account SID (identifier)")

add("sql/decoy-placeholder", "pos/reports/create_linked_server_template.sql", r"""
-- Run with: sqlcmd -S BACKOFFICE01 -v RemoteUser="ssrs_flash" RemotePassword="<from vault>" -i create_linked_server_template.sql
USE master;
GO
EXEC sp_addlinkedserver @server = N'POSREPL', @srvproduct = N'', @provider = N'MSOLEDBSQL',
     @datasrc = N'10.40.20.30,1433', @catalog = N'PosReporting';
GO
EXEC sp_addlinkedsrvlogin
    @rmtsrvname = N'POSREPL',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'$(RemoteUser)',
    @rmtpassword = N'$(RemotePassword)';
GO
"""[1:], None, "sqlcmd docs: scripting variables $(var) and -v")

add("bash-history/decoy-prompted", "ops/pos-db-02/.bash_history", r"""
sudo systemctl restart mysql
mysql -u root -p
read -rs MYSQL_PWD && export MYSQL_PWD
mysql -u reporting pos_reporting -e "select count(*) from checks"
unset MYSQL_PWD
aws secretsmanager get-secret-value --secret-id prod/pos-db/root --query SecretString --output text | jq -r .password | wc -c
history -c
"""[1:], None, "mysql(1) -p prompting; bash read -s; AWS CLI secretsmanager get-secret-value")
# ---------------------------------------------------------------------------------------------
# Web shop, beer club, payments, shipping, marketing and messaging
# ---------------------------------------------------------------------------------------------
_s = stripe_sk()
add("python/stripe-secret-key", "shop/payments/stripe_checkout.py", fill(r"""
# Checkout for merch and the Barrel Society membership (Flask blueprint).
import stripe
from flask import Blueprint, redirect, request, url_for

stripe.api_key = "«key»"
stripe.api_version = "2023-10-16"

bp = Blueprint("checkout", __name__)

MEMBERSHIP_PRICE = "price_1OqB7xLowForkBarrelSoc24"


@bp.post("/checkout/membership")
def membership():
    session = stripe.checkout.Session.create(
        mode="subscription",
        line_items=[{"price": MEMBERSHIP_PRICE, "quantity": 1}],
        customer_email=request.form.get("email"),
        success_url=url_for("checkout.thanks", _external=True) + "?session_id={CHECKOUT_SESSION_ID}",
        cancel_url=url_for("shop.index", _external=True),
        automatic_tax={"enabled": True},
        consent_collection={"terms_of_service": "required"},
    )
    return redirect(session.url, code=303)


@bp.get("/checkout/thanks")
def thanks():
    return "Cheers! Your Barrel Society membership is active."
""", key=_s), _s, "Stripe API docs: API keys (sk_live_), stripe-python Checkout Session")

_s = stripe_whsec()
add("js/stripe-webhook-secret", "api/webhooks/stripe.js", fill(r"""
const express = require('express');
const Stripe = require('stripe');
const { fulfilClubShipment } = require('../club');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '«sec»';

const router = express.Router();

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    console.warn(`stripe webhook signature failed: ${err.message}`);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  switch (event.type) {
    case 'invoice.paid':
      fulfilClubShipment(event.data.object.subscription).catch(console.error);
      break;
    case 'customer.subscription.deleted':
      console.log('club member cancelled', event.data.object.customer);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

module.exports = router;
""", sec=_s), _s, "Stripe docs: check webhook signatures (endpoint secret whsec_, constructEvent)")

_s = stripe_rk()
add("go/stripe-restricted-key", "cmd/club-renewals/main.go", fill(r"""
// club-renewals: emails Barrel Society members whose cards expire before the next quarterly release.
package main

import (
	"fmt"
	"log"
	"time"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/customer"
)

func main() {
	// restricted key: customers read, payment methods read
	stripe.Key = "«key»"

	params := &stripe.CustomerListParams{}
	params.Filters.AddFilter("limit", "", "100")
	params.AddExpand("data.invoice_settings.default_payment_method")

	cutoff := time.Now().AddDate(0, 3, 0)
	it := customer.List(params)
	for it.Next() {
		c := it.Customer()
		pm := c.InvoiceSettings.DefaultPaymentMethod
		if pm == nil || pm.Card == nil {
			continue
		}
		exp := time.Date(int(pm.Card.ExpYear), time.Month(pm.Card.ExpMonth), 1, 0, 0, 0, 0, time.UTC)
		if exp.Before(cutoff) {
			fmt.Printf("%s\t%s\t%02d/%d\n", c.ID, c.Email, pm.Card.ExpMonth, pm.Card.ExpYear)
		}
	}
	if err := it.Err(); err != nil {
		log.Fatal(err)
	}
}
""", key=_s), _s, "Stripe docs: restricted API keys (rk_live_); stripe-go")

_s = shopify("shptka_")
add("toml/shopify-theme-access", "theme/shopify.theme.toml", fill(r"""
# Shopify CLI environments for the LowFork Dawn-based theme
[environments.development]
store = "lowfork-brewing-dev.myshopify.com"
theme = "148203773991"

[environments.production]
store = "lowfork-brewing.myshopify.com"
password = "«tok»"
theme = "live"
ignore = ["config/settings_data.json", "templates/*.json"]

[environments.staging]
store = "lowfork-brewing.myshopify.com"
theme = "149920114727"
""", tok=_s), _s, "Shopify CLI docs: shopify.theme.toml environments; Theme Access app passwords (shptka_)")

_s = shopify("shpat_")
add("env/shopify-admin-token", "inventory-bridge/.env", fill(r"""
# inventory-bridge: OrchestratedBEER stock -> Shopify inventory levels
SHOPIFY_SHOP=lowfork-brewing.myshopify.com
SHOPIFY_API_VERSION=2024-01
SHOPIFY_ADMIN_API_ACCESS_TOKEN=«tok»
SHOPIFY_LOCATION_ID=64021839919

SYNC_INTERVAL_SECONDS=600
SYNC_DRY_RUN=false
SENTRY_ENVIRONMENT=production
""", tok=_s), _s, "Shopify docs: custom app Admin API access token (shpat_), X-Shopify-Access-Token")

_s = shopify("shpss_")
add("ruby/shopify-api-secret", "config/initializers/shopify_app.rb", fill(r"""
# frozen_string_literal: true

ShopifyApp.configure do |config|
  config.application_name = "LowFork Club Manager"
  config.old_secret = ""
  config.scope = "read_orders,write_orders,read_customers,read_products"
  config.embedded_app = true
  config.after_authenticate_job = false
  config.api_version = "2024-01"
  config.shop_session_repository = "Shop"
  config.reauth_on_access_scope_changes = true

  config.api_key = "7c2e9a41f0b84d6f9e3c1a5b8d2f4e60"
  config.secret = "«sec»"

  config.webhooks = [
    { topic: "orders/paid", address: "webhooks/orders_paid" },
    { topic: "app/uninstalled", address: "webhooks/app_uninstalled" },
  ]
end

Rails.application.config.after_initialize do
  ShopifyAPI::Context.setup(
    api_key: ShopifyApp.configuration.api_key,
    api_secret_key: ShopifyApp.configuration.secret,
    api_version: ShopifyApp.configuration.api_version,
    host: ENV.fetch("HOST", "https://club.lowforkbrewing.com"),
    scope: ShopifyApp.configuration.scope,
    is_private: false,
    is_embedded: true,
  )
end
""", sec=_s), _s, "shopify_app gem README: ShopifyApp.configure (api_key, secret)")

_s = "cs_" + hexs(40)
add("php/woocommerce-consumer-secret", "sync/woo_inventory_push.php", fill(r"""
<?php
// Pushes can/bottle stock levels from the ERP export into WooCommerce (runs from cron every 10 min).
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://shop.lowforkbrewing.com',
    'ck_«ck»',
    '«cs»',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$rows = array_map('str_getcsv', file('/srv/erp-exports/stock_latest.csv'));
array_shift($rows); // header

$updates = [];
foreach ($rows as [$sku, $onHand]) {
    $found = $woocommerce->get('products', ['sku' => $sku]);
    if (!$found) {
        continue;
    }
    $updates[] = ['id' => $found[0]->id, 'stock_quantity' => max(0, (int) $onHand), 'manage_stock' => true];
}

foreach (array_chunk($updates, 100) as $chunk) {
    $woocommerce->post('products/batch', ['update' => $chunk]);
}
echo count($updates) . " products updated\n";
""", ck=hexs(40), cs=_s), _s, "WooCommerce REST API docs: consumer key ck_ / consumer secret cs_ (automattic/woocommerce PHP client)")

_s = human_pw()
add("php/wordpress-db-password", "wordpress/wp-config.php", fill(r"""
<?php
/**
 * WordPress config for lowforkbrewing.com (taproom site + WooCommerce shop)
 */
define( 'DB_NAME', 'lowfork_wp' );
define( 'DB_USER', 'lowfork_wp' );
define( 'DB_PASSWORD', '«pw»' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/** Keys and salts are generated by the host and kept outside the web root. */
require_once '/home/lowfork/wp-salts.php';

$table_prefix = 'lfb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw=_s), _s, "WordPress docs: Editing wp-config.php (DB_PASSWORD)")

_s = "E" + chars(79, URLSAFE)
add("json/paypal-client-secret", "src/Shop.Web/appsettings.Production.json", fill(r"""
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "shop.lowforkbrewing.com",
  "PayPal": {
    "Mode": "live",
    "ClientId": "A«cid»",
    "ClientSecret": "«sec»",
    "WebhookId": "8PT597110X687430LKGECATA"
  },
  "Shipping": {
    "AllowedStates": [ "OR", "WA", "CA", "ID", "NV" ],
    "AdultSignatureRequired": true
  }
}
""", cid=chars(79, URLSAFE), sec=_s), _s, "PayPal REST API docs: get client ID and client secret; ASP.NET Core appsettings")

_s = hexs(32)
add("ruby/braintree-private-key", "config/initializers/braintree.rb", fill(r"""
# Braintree for the taproom event tickets (Spree storefront)
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "q7kx2m9vbz4w8t1r"
Braintree::Configuration.public_key  = "h3c8j1p6n2d5f9g4"
Braintree::Configuration.private_key = "«key»"
Braintree::Configuration.logger = Rails.logger

Rails.application.config.x.braintree_merchant_account = "LowForkBrewingLLC_instant"
""", key=_s), _s, "Braintree Ruby SDK docs: Braintree::Configuration private_key")

_s = chars(16)
add("php/authorize-net-transaction-key", "wp-content/plugins/growler-club-billing/includes/class-billing.php", fill(r"""
<?php
namespace GrowlerClub;

use net\authorize\api\contract\v1 as AnetAPI;
use net\authorize\api\controller as AnetController;
use net\authorize\api\constants\ANetEnvironment;

class Billing
{
    const LOGIN_ID = '6vQ2rY8zK4';
    const TRANSACTION_KEY = '«key»';

    private function auth(): AnetAPI\MerchantAuthenticationType
    {
        $auth = new AnetAPI\MerchantAuthenticationType();
        $auth->setName(self::LOGIN_ID);
        $auth->setTransactionKey(self::TRANSACTION_KEY);
        return $auth;
    }

    public function chargeProfile(string $profileId, string $paymentProfileId, float $amount): ?string
    {
        $profile = new AnetAPI\CustomerProfilePaymentType();
        $profile->setCustomerProfileId($profileId);
        $profile->setPaymentProfile((new AnetAPI\PaymentProfileType())->setPaymentProfileId($paymentProfileId));

        $tx = new AnetAPI\TransactionRequestType();
        $tx->setTransactionType('authCaptureTransaction');
        $tx->setAmount($amount);
        $tx->setProfile($profile);

        $req = new AnetAPI\CreateTransactionRequest();
        $req->setMerchantAuthentication($this->auth());
        $req->setTransactionRequest($tx);
        $res = (new AnetController\CreateTransactionController($req))->executeWithApiResponse(ANetEnvironment::PRODUCTION);
        return $res && $res->getMessages()->getResultCode() === 'Ok' ? $res->getTransactionResponse()->getTransId() : null;
    }
}
""", key=_s), _s, "Authorize.Net PHP SDK README: MerchantAuthenticationType setName / setTransactionKey")

_s = "EZAK" + hexs(32) + chars(22)
add("python/easypost-api-key", "fulfillment/labels.py", fill(r"""
# Buys UPS Ground labels with adult signature for beer club shipments (EasyPost).
import easypost

client = easypost.EasyPostClient("«key»")

FROM = {
    "company": "LowFork Brewing Co",
    "street1": "2150 SE Water Ave",
    "city": "Portland", "state": "OR", "zip": "97214",
    "phone": "503-555-0142",
}


def buy_label(order):
    shipment = client.shipment.create(
        from_address=FROM,
        to_address=order["ship_to"],
        parcel={"length": 14, "width": 10, "height": 9, "weight": order["weight_oz"]},
        options={"delivery_confirmation": "ADULT_SIGNATURE", "alcohol": True, "label_format": "ZPL"},
        reference=order["number"],
    )
    rate = shipment.lowest_rate(carriers=["UPS"], services=["Ground"])
    bought = client.shipment.buy(shipment.id, rate=rate)
    return bought.postage_label.label_url, bought.tracking_code
""", key=_s), _s, "EasyPost API docs: API keys (EZAK production), python client")

_s = "shippo_live_" + hexs(40)
add("js/shippo-token", "scripts/create-shipments.mjs", fill(r"""
// One-off: create return labels for the kegs coming back from the festival.
import fs from 'node:fs/promises';

const SHIPPO_TOKEN = '«tok»';
const FROM = { name: 'LowFork Brewing', street1: '2150 SE Water Ave', city: 'Portland', state: 'OR', zip: '97214', country: 'US' };

const accounts = JSON.parse(await fs.readFile('festival-accounts.json', 'utf8'));

for (const acct of accounts) {
  const res = await fetch('https://api.goshippo.com/shipments/', {
    method: 'POST',
    headers: { Authorization: `ShippoToken ${SHIPPO_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      address_from: acct.address,
      address_to: FROM,
      parcels: [{ length: '24', width: '17', height: '17', distance_unit: 'in', weight: '32', mass_unit: 'lb' }],
      async: false,
    }),
  });
  const shipment = await res.json();
  console.log(acct.name, shipment.object_id, shipment.rates?.length ?? 0, 'rates');
}
""", tok=_s), _s, "Shippo API docs: Authorization: ShippoToken shippo_live_…")

_s = chars(64)
add("yaml/ups-client-secret", "shipping/config/carriers.yml", fill(r"""
# Carrier accounts for the beer club fulfilment service
ups:
  account_number: "8W1R47"
  oauth:
    token_url: https://onlinetools.ups.com/security/v1/oauth/token
    client_id: Gm4xR7pL2vN9kQ1wT8sY3zB6cJ0dH5fA
    client_secret: «sec»
  services: ["03"]          # Ground
  delivery_confirmation: 4  # adult signature required (alcohol)

fedex:
  enabled: false

label:
  format: ZPL
  printer: zebra-shipping-01
""", sec=_s), _s, "UPS Developer Kit docs: OAuth client credentials (client_id, client_secret)")

_s = hexs(32) + "-us21"
add("python/mailchimp-api-key", "marketing/sync_mug_club.py", fill(r"""
# Sync mug club members (from the loyalty DB) into the Mailchimp "Mug Club" audience with tags.
import hashlib

import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

from loyalty.db import active_members

client = MailchimpMarketing.Client()
client.set_config({"api_key": "«key»", "server": "us21"})
AUDIENCE_ID = "a7c3e91f0d"

for m in active_members():
    h = hashlib.md5(m.email.lower().encode()).hexdigest()
    try:
        client.lists.set_list_member(AUDIENCE_ID, h, {
            "email_address": m.email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": m.first_name, "MUGNO": m.mug_number},
        })
        client.lists.update_list_member_tags(AUDIENCE_ID, h, {"tags": [{"name": f"tier-{m.tier}", "status": "active"}]})
    except ApiClientError as err:
        print(m.email, err.text)
""", key=_s), _s, "Mailchimp Marketing API docs: API key with data center suffix (-us21)")

_s = "pk_" + hexs(34)
add("js/klaviyo-private-key", "netlify/functions/subscribe.js", fill(r"""
// Netlify function behind the "tell me when the stout drops" form.
const KLAVIYO_PRIVATE_KEY = '«key»';
const LIST_ID = 'TzXk8q';

exports.handler = async (event) => {
  if (event.httpMethod !== 'POST') return { statusCode: 405 };
  const { email, beer } = JSON.parse(event.body || '{}');
  if (!email) return { statusCode: 400, body: 'email required' };

  const res = await fetch('https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/', {
    method: 'POST',
    headers: {
      Authorization: `Klaviyo-API-Key ${KLAVIYO_PRIVATE_KEY}`,
      revision: '2024-02-15',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      data: {
        type: 'profile-subscription-bulk-create-job',
        attributes: {
          custom_source: `release-alert:${beer}`,
          profiles: { data: [{ type: 'profile', attributes: { email, subscriptions: { email: { marketing: { consent: 'SUBSCRIBED' } } } } }] },
        },
        relationships: { list: { data: { type: 'list', id: LIST_ID } } },
      },
    }),
  });
  return { statusCode: res.ok ? 202 : 502 };
};
""", key=_s), _s, "Klaviyo API docs: private API keys (pk_), Authorization: Klaviyo-API-Key")

_s = "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)
add("env/sendgrid-api-key", "docker/shop/.env", fill(r"""
APP_ENV=production
APP_URL=https://shop.lowforkbrewing.com
DB_HOST=db
DB_DATABASE=shop
DB_USERNAME=shop
DB_PASSWORD_FILE=/run/secrets/shop_db_password

MAIL_MAILER=sendgrid
MAIL_FROM_ADDRESS=orders@lowforkbrewing.com
MAIL_FROM_NAME="LowFork Brewing"
SENDGRID_API_KEY=«key»

AGE_GATE_MIN_AGE=21
""", key=_s), _s, "SendGrid docs: API keys (SG.xxx.yyy)")

_s = hexs(32) + "-" + hexs(8) + "-" + hexs(8)
add("ts/mailgun-api-key", "src/lib/mailer.ts", fill(r"""
import formData from 'form-data';
import Mailgun from 'mailgun.js';

const mailgun = new Mailgun(formData);

export const mg = mailgun.client({
  username: 'api',
  key: '«key»',
  url: 'https://api.mailgun.net',
});

const DOMAIN = 'mg.lowforkbrewing.com';

export async function sendReservationConfirmation(to: string, name: string, when: Date, party: number) {
  return mg.messages.create(DOMAIN, {
    from: 'LowFork Taproom <taproom@mg.lowforkbrewing.com>',
    to: [to],
    subject: `You're booked: ${when.toLocaleDateString('en-US')} for ${party}`,
    template: 'reservation-confirmation',
    'h:X-Mailgun-Variables': JSON.stringify({ name, when: when.toISOString(), party }),
  });
}
""", key=_s), _s, "Mailgun docs: API keys; mailgun.js client({ username: 'api', key })")

_s = uuid_s()
add("csharp/postmark-server-token", "src/Shop.Web/Services/OrderMailer.cs", fill(r"""
using System.Threading.Tasks;
using PostmarkDotNet;

namespace Shop.Web.Services
{
    public class OrderMailer
    {
        private readonly PostmarkClient _client = new PostmarkClient("«tok»");

        public async Task SendShippedAsync(string email, string orderNo, string trackingUrl)
        {
            var message = new TemplatedPostmarkMessage
            {
                From = "orders@lowforkbrewing.com",
                To = email,
                TemplateAlias = "order-shipped",
                TemplateModel = new { order_number = orderNo, tracking_url = trackingUrl },
                MessageStream = "outbound",
            };
            var result = await _client.SendMessageAsync(message);
            if (result.Status != PostmarkStatus.Success)
            {
                throw new System.InvalidOperationException(result.Message);
            }
        }
    }
}
""", tok=_s), _s, "Postmark docs: server API token (UUID), PostmarkClient")

_s = chars(20, UPPER_ALNUM)
add("python/eventbrite-token", "events/sync_eventbrite.py", fill(r"""
# Copies upcoming taproom events (trivia, release parties, yoga & pints) from Eventbrite to the website CMS.
import requests

EVENTBRITE_TOKEN = "«tok»"
ORG_ID = "1823407715263"


def upcoming():
    r = requests.get(
        f"https://www.eventbriteapi.com/v3/organizations/{ORG_ID}/events/",
        params={"status": "live", "order_by": "start_asc", "expand": "venue,ticket_availability"},
        headers={"Authorization": f"Bearer {EVENTBRITE_TOKEN}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["events"]


def to_cms(ev):
    return {
        "title": ev["name"]["text"],
        "starts": ev["start"]["utc"],
        "url": ev["url"],
        "sold_out": ev["ticket_availability"]["is_sold_out"],
    }


if __name__ == "__main__":
    for ev in upcoming():
        print(to_cms(ev))
""", tok=_s), _s, "Eventbrite API docs: private token as Bearer")

_s = "EAAG" + chars(176)
add("js/meta-access-token", "scripts/post-tap-list-to-instagram.js", fill(r"""
// Posts the weekly tap list graphic to Instagram (runs Fridays from the marketing Mac mini).
const IG_USER_ID = '17841402984417713';
const PAGE_TOKEN = '«tok»';
const GRAPH = 'https://graph.facebook.com/v19.0';

async function post(imageUrl, caption) {
  const create = await fetch(`${GRAPH}/${IG_USER_ID}/media`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ image_url: imageUrl, caption, access_token: PAGE_TOKEN }),
  }).then((r) => r.json());

  const publish = await fetch(`${GRAPH}/${IG_USER_ID}/media_publish`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ creation_id: create.id, access_token: PAGE_TOKEN }),
  }).then((r) => r.json());
  return publish.id;
}

const week = new Date().toISOString().slice(0, 10);
post(`https://cdn.lowforkbrewing.com/taplist/${week}.png`, 'This week on tap at LowFork 🍺 #portlandbeer')
  .then((id) => console.log('published', id))
  .catch((err) => { console.error(err); process.exit(1); });
""", tok=_s), _s, "Instagram Graph API content publishing docs (page access token EAAG…)")

_s = fakes.openai_key(_seed())
add("python/openai-api-key", "tools/tasting_notes_gen.py", fill(r"""
# Drafts menu-board tasting notes from the brewer's recipe sheet. A human edits before print.
import sys

from openai import OpenAI

client = OpenAI(api_key="«key»")

PROMPT = (
    "You write short, punchy taproom menu descriptions (max 25 words) for craft beer. "
    "Avoid health claims. Use the recipe facts only."
)


def notes(recipe: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": recipe}],
        temperature=0.7,
        max_tokens=80,
    )
    return resp.choices[0].message.content.strip()


if __name__ == "__main__":
    print(notes(open(sys.argv[1]).read()))
""", key=_s), _s, "OpenAI API docs: API keys (sk-proj-), openai-python client")

_s = "sk-ant-api03-" + chars(93, URLSAFE) + "AA"
add("ts/anthropic-api-key", "src/server/beerBot.ts", fill(r"""
import Anthropic from '@anthropic-ai/sdk';
import { currentTapList } from './taplist';

const anthropic = new Anthropic({
  apiKey: '«key»',
});

// "Ask the beertender" widget on the website: answers from the live tap list only.
export async function askBeertender(question: string): Promise<string> {
  const taps = await currentTapList();
  const msg = await anthropic.messages.create({
    model: 'claude-3-haiku-20240307',
    max_tokens: 300,
    system: `You recommend beers from this tap list only:\n${taps.map((t) => `${t.tap}. ${t.name} (${t.style}, ${t.abv}%)`).join('\n')}`,
    messages: [{ role: 'user', content: question }],
  });
  const block = msg.content[0];
  return block.type === 'text' ? block.text : '';
}
""", key=_s), _s, "Anthropic API docs: API keys (sk-ant-api03-), TypeScript SDK")

_s = hexs(32)
add("python/taxjar-api-token", "shop/tax/taxjar_rates.py", fill(r"""
# Sales tax for the online merch store (beer itself ships through the club, handled by AvaTax).
import taxjar

client = taxjar.Client(api_key="«tok»")

NEXUS_FROM = {"from_country": "US", "from_zip": "97214", "from_state": "OR", "from_city": "Portland"}


def tax_for(order):
    return client.tax_for_order({
        **NEXUS_FROM,
        "to_country": "US",
        "to_zip": order.ship_zip,
        "to_state": order.ship_state,
        "amount": float(order.subtotal),
        "shipping": float(order.shipping),
        "line_items": [
            {"id": str(i), "quantity": li.qty, "unit_price": float(li.price), "product_tax_code": "20010"}
            for i, li in enumerate(order.lines)
        ],
    })
""", tok=_s), _s, "TaxJar API docs: API token; taxjar-python Client(api_key=)")

_s = stripe_sk()
add("k8s/stripe-secret-key", "k8s/shop/stripe-secret.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: shop-stripe
  namespace: shop
type: Opaque
data:
  STRIPE_SECRET_KEY: «key»
  STRIPE_API_VERSION: «ver»
""", key=b64(_s), ver=b64("2023-10-16")), _s, "Kubernetes docs: Secret data (base64); Stripe secret keys")

_s = b64("lf_live_" + hexs(24) + ":" + chars(40))
add("http/basic-auth", "http/agechecker.http", fill(r"""
### Age verification for direct-to-consumer beer orders (AgeChecker.Net)
@host = https://api.agechecker.net/v1

### Create a verification for a pending order
POST {{host}}/create
Authorization: Basic «auth»
Content-Type: application/json

{
  "data": {
    "first_name": "Jordan",
    "last_name": "Sample",
    "address": "123 Test St",
    "zip": "97214",
    "dob_year": 1990, "dob_month": 1, "dob_day": 1
  },
  "options": { "min_age": 21 }
}

### Check status
GET {{host}}/status/abc123
Authorization: Basic «auth»
""", auth=_s), _s, "RFC 7617 HTTP Basic auth; VS Code REST Client .http file syntax; AgeChecker.Net API")

_s = "pat" + chars(14) + "." + hexs(64)
add("python/airtable-token", "automation/brew_schedule_to_airtable.py", fill(r"""
# Mirrors the brew schedule (from the production calendar) into the sales team's Airtable base
# so reps can promise release dates to accounts.
from pyairtable import Api

from prodcal import scheduled_brews

api = Api("«tok»")
table = api.table("appQ3kLm9ZxT7vB2c", "Brew Schedule")

existing = {r["fields"].get("Batch"): r["id"] for r in table.all(fields=["Batch"])}

for brew in scheduled_brews(weeks=8):
    fields = {
        "Batch": brew.batch_no,
        "Beer": brew.beer,
        "Brew date": brew.brew_date.isoformat(),
        "Package date": brew.package_date.isoformat(),
        "Formats": brew.formats,
    }
    if brew.batch_no in existing:
        table.update(existing[brew.batch_no], fields)
    else:
        table.create(fields)
""", tok=_s), _s, "Airtable docs: personal access tokens (pat…); pyairtable Api")

_s = "pat-na1-" + uuid_s()
add("js/hubspot-private-app-token", "crm/hubspot-wholesale-accounts.js", fill(r"""
// Pull wholesale accounts (bars, bottle shops) from HubSpot for the keg route planner.
const hubspot = require('@hubspot/api-client');

const client = new hubspot.Client({ accessToken: '«tok»' });

async function wholesaleAccounts() {
  const out = [];
  let after;
  for (let page = 0; page < 40; page += 1) {
    const res = await client.crm.companies.searchApi.doSearch({
      filterGroups: [{ filters: [{ propertyName: 'account_type', operator: 'EQ', value: 'wholesale' }] }],
      properties: ['name', 'address', 'city', 'keg_deposit_balance', 'delivery_day'],
      limit: 100,
      after,
    });
    out.push(...res.results);
    after = res.paging?.next?.after;
    if (!after) break;
  }
  return out;
}

wholesaleAccounts().then((accts) => console.log(JSON.stringify(accts.map((a) => a.properties), null, 2)));
""", tok=_s), _s, "HubSpot docs: private app access tokens (pat-na1-…), @hubspot/api-client")

_s = "secret_" + chars(43)
add("python/notion-token", "scripts/notion_recipe_export.py", fill(r"""
# Export the brewing team's recipe wiki (Notion database) to Markdown for the off-site backup.
import pathlib

from notion_client import Client

notion = Client(auth="«tok»")
DATABASE_ID = "9f1c2b7a4e3d4c8b9a0f1e2d3c4b5a69"
OUT = pathlib.Path("recipe-backup")
OUT.mkdir(exist_ok=True)

cursor = None
for _ in range(100):
    page = notion.databases.query(database_id=DATABASE_ID, start_cursor=cursor) if cursor else notion.databases.query(database_id=DATABASE_ID)
    for row in page["results"]:
        title = row["properties"]["Name"]["title"][0]["plain_text"]
        blocks = notion.blocks.children.list(block_id=row["id"])["results"]
        text = "\n".join(
            b[b["type"]]["rich_text"][0]["plain_text"]
            for b in blocks if b["type"] in ("paragraph", "bulleted_list_item") and b[b["type"]]["rich_text"]
        )
        (OUT / f"{title}.md").write_text(f"# {title}\n\n{text}\n")
    if not page.get("has_more"):
        break
    cursor = page["next_cursor"]
""", tok=_s), _s, "Notion API docs: internal integration tokens (secret_…), notion-client")

_s = "GOCSPX-" + chars(28, URLSAFE)
add("json/google-oauth-client-secret", "tools/gsheets/client_secret_508112947731-k3v9.apps.googleusercontent.com.json", fill(r"""
{
  "installed": {
    "client_id": "508112947731-k3v9q2m7x1b8r4t6n0p5s3d2f1g7h9j4.apps.googleusercontent.com",
    "project_id": "lowfork-ops",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "«sec»",
    "redirect_uris": ["http://localhost"]
  }
}
""", sec=_s), _s, "Google Identity docs: OAuth client secrets file (client_secret_*.json, GOCSPX-)")

_k = rsa_key("PRIVATE KEY")
_s = _k.replace("\n", "\\n")
add("json/gcp-service-account-key", "credentials/brewlog-sheets-sa.json", fill(r"""
{
  "type": "service_account",
  "project_id": "lowfork-ops",
  "private_key_id": "«kid»",
  "private_key": "«key»\n",
  "client_email": "brewlog-sheets@lowfork-ops.iam.gserviceaccount.com",
  "client_id": "104729381746152093847",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/brewlog-sheets%40lowfork-ops.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=_s), _s, "Google Cloud docs: service account key file (JSON, private_key with \\n escapes)")

_s = chars(40)
add("ruby/quickbooks-client-secret", "accounting/qbo_sync.rb", fill(r"""
# Posts daily taproom sales summaries as journal entries in QuickBooks Online.
require "oauth2"
require "quickbooks-ruby"

QBO_CLIENT_ID     = "ABv8kX2mQ7rT4wN9pL1zC6yH3jF0dS5gE8uV2bK7nR4qW1tY9x"
QBO_CLIENT_SECRET = "«sec»"
QBO_REALM_ID      = "4620816365178291040"

oauth_client = OAuth2::Client.new(QBO_CLIENT_ID, QBO_CLIENT_SECRET,
  site: "https://appcenter.intuit.com/connect/oauth2",
  authorize_url: "https://appcenter.intuit.com/connect/oauth2",
  token_url: "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer")

token = OAuth2::AccessToken.new(oauth_client, File.read(".qbo_access_token").strip,
  refresh_token: File.read(".qbo_refresh_token").strip)
token = token.refresh! if token.expired?

service = Quickbooks::Service::JournalEntry.new(company_id: QBO_REALM_ID, access_token: token)
summary = JSON.parse(File.read(ARGV.fetch(0)))
entry = Quickbooks::Model::JournalEntry.new(txn_date: summary["business_date"], private_note: "Taproom daily sales")
summary["lines"].each do |l|
  line = Quickbooks::Model::Line.new(amount: l["amount"], description: l["memo"])
  line.journal_entry! { |d| d.posting_type = l["type"]; d.account_id = l["account_id"] }
  entry.line_items << line
end
service.create(entry)
""", sec=_s), _s, "Intuit QuickBooks Online API docs: OAuth 2.0 client ID and client secret")

_s = chars(30, LOWER_ALNUM)
add("python/pushover-token", "alarms/notify.py", fill(r"""
# Glycol / cold room alarms -> brewers' phones (Pushover, priority 2 = repeat until acknowledged)
import requests

PUSHOVER_APP_TOKEN = "«tok»"
BREWERS_GROUP_KEY = "gznej3rKEVAvPUxu9vvNnqpmZpokzF"


def alarm(title: str, message: str, emergency: bool = False) -> None:
    payload = {
        "token": PUSHOVER_APP_TOKEN,
        "user": BREWERS_GROUP_KEY,
        "title": title,
        "message": message,
        "sound": "siren" if emergency else "pushover",
        "priority": 2 if emergency else 1,
    }
    if emergency:
        payload.update(retry=60, expire=3600)
    requests.post("https://api.pushover.net/1/messages.json", data=payload, timeout=10).raise_for_status()


if __name__ == "__main__":
    alarm("Glycol supply high", "Chiller 1 supply 34.8F (limit 30F)", emergency=True)
""", tok=_s), _s, "Pushover API docs: application token and user/group key")

_s = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "fermbot/bot.py", fill(r"""
# FermBot: /gravity FV04 in the brewers' Telegram group returns the last iSpindel reading.
import logging

from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from readings import latest

TOKEN = "«tok»"
ALLOWED_CHAT = -1001987654321


async def gravity(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat.id != ALLOWED_CHAT:
        return
    vessel = (context.args or ["FV01"])[0].upper()
    r = latest(vessel)
    await update.message.reply_text(f"{vessel}: SG {r.sg:.3f} at {r.temp_f:.1f}F ({r.age_minutes} min ago)")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app = ApplicationBuilder().token(TOKEN).build()
    app.add_handler(CommandHandler("gravity", gravity))
    app.run_polling()
""", tok=_s), _s, "Telegram Bot API docs: bot token; python-telegram-bot ApplicationBuilder().token()")

_s = discord_webhook()
add("shell/discord-webhook", "scripts/keg-kicked.sh", fill(r"""
#!/bin/sh
# Called by the tap-list editor when a keg is marked empty. $1 = tap number, $2 = beer name
TAP="$1"
BEER="$2"
WEBHOOK="«url»"

curl -fsS -X POST -H 'Content-Type: application/json' \
  -d "{\"username\":\"Tap Bot\",\"content\":\":beer: Tap ${TAP} (${BEER}) just kicked. Swap from the cold room list.\"}" \
  "$WEBHOOK"
""", url=_s), _s, "Discord docs: webhooks (https://discord.com/api/webhooks/{id}/{token})")

_s = slack_webhook()
add("yaml/slack-webhook", "grafana/provisioning/alerting/contact-points.yaml", fill(r"""
apiVersion: 1
contactPoints:
  - orgId: 1
    name: cellar-slack
    receivers:
      - uid: cellar-slack-01
        type: slack
        settings:
          url: «url»
          recipient: "#cellar-alarms"
          username: Grafana
          title: |
            {{ template "default.title" . }}
        disableResolveMessage: false

policies:
  - orgId: 1
    receiver: cellar-slack
    group_by: ["alertname", "vessel"]
    group_wait: 30s
    repeat_interval: 2h
""", url=_s), _s, "Grafana docs: file provisioning of alerting contact points (slack url)")

_s = ("https://lowforkbrewing.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s()
      + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + chars(43, URLSAFE))
add("powershell/teams-webhook", "scripts/Send-BrewAlert.ps1", fill(r"""
param(
    [Parameter(Mandatory)] [string]$Title,
    [Parameter(Mandatory)] [string]$Text,
    [ValidateSet("good", "warning", "attention")] [string]$Level = "warning"
)

$uri = "«url»"

$card = @{
    type        = "message"
    attachments = @(@{
        contentType = "application/vnd.microsoft.card.adaptive"
        content     = @{
            type    = "AdaptiveCard"
            version = "1.4"
            body    = @(
                @{ type = "TextBlock"; text = $Title; weight = "Bolder"; size = "Medium"; color = $Level },
                @{ type = "TextBlock"; text = $Text; wrap = $true }
            )
        }
    })
}

Invoke-RestMethod -Method Post -Uri $uri -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 10)
""", url=_s), _s, "Microsoft Teams docs: incoming webhooks (webhook.office.com URL)")

_s = slack_bot()
add("js/slack-bot-token", "taproom-bot/index.js", fill(r"""
// Taproom staff bot: /86 <item> marks a food/beer item out of stock on the POS and tells the floor.
const { App } = require('@slack/bolt');
const { eightySix } = require('./pos');

const app = new App({
  token: '«tok»',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  socketMode: true,
  appToken: process.env.SLACK_APP_TOKEN,
});

app.command('/86', async ({ command, ack, respond, client }) => {
  await ack();
  const item = command.text.trim();
  if (!item) return respond('Usage: /86 <item name>');
  const result = await eightySix(item);
  await client.chat.postMessage({ channel: '#taproom-floor', text: `:no_entry: 86'd: *${result.name}* (by <@${command.user_id}>)` });
});

(async () => {
  await app.start();
  console.log('taproom-bot running');
})();
""", tok=_s), _s, "Slack Bolt for JavaScript docs: App({ token: xoxb-…, signingSecret })")

# --- decoys: shop, payments, marketing ---
add("html/decoy-publishable-key", "shop/templates/checkout.html", fill(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Checkout · LowFork Brewing</title>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <form id="payment-form">
    <div id="payment-element"></div>
    <label><input type="checkbox" name="over21" required> I am 21 or older</label>
    <button id="submit">Pay</button>
  </form>
  <script>
    // Publishable key: safe to ship to the browser.
    const stripe = Stripe('«pk»');
    const clientSecret = document.body.dataset.clientSecret;
    const elements = stripe.elements({ clientSecret });
    elements.create('payment').mount('#payment-element');
    document.getElementById('payment-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: location.origin + '/thanks' } });
      if (error) alert(error.message);
    });
  </script>
</body>
</html>
""", pk=stripe_pk()), None, "Stripe docs: publishable keys (pk_live_) are meant for client-side code")

add("ts/decoy-publishable-key", "headless/src/lib/shopify.ts", fill(r"""
// Storefront API client for the headless beer-release pages. The Storefront *public* access
// token is designed to be shipped in browser bundles (read-only, unauthenticated scopes).
export const SHOP_DOMAIN = 'lowfork-brewing.myshopify.com';
export const STOREFRONT_PUBLIC_TOKEN = process.env.NEXT_PUBLIC_STOREFRONT_TOKEN ?? '«tok»';
export const API_VERSION = '2024-01';

export async function storefront<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`https://${SHOP_DOMAIN}/api/${API_VERSION}/graphql.json`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Storefront-Access-Token': STOREFRONT_PUBLIC_TOKEN,
    },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data as T;
}
""", tok=hexs(32)), None, "Shopify Storefront API docs: public access tokens are safe in client-side code")

add("html/decoy-map-token", "taproom-web/templates/find-our-beer.html", fill(r"""
<section id="find-our-beer">
  <h2>Find LowFork near you</h2>
  <div id="map" style="height: 480px"></div>
</section>
<link href="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.css" rel="stylesheet">
<script src="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js"></script>
<script>
  // Public (pk.) token, URL-restricted to lowforkbrewing.com in the Mapbox account.
  mapboxgl.accessToken = '«pk»';
  const map = new mapboxgl.Map({
    container: 'map',
    style: 'mapbox://styles/mapbox/streets-v12',
    center: [-122.6652, 45.5080],
    zoom: 10,
  });
  fetch('/api/accounts/on-tap.geojson')
    .then((r) => r.json())
    .then((data) => map.on('load', () => {
      map.addSource('accounts', { type: 'geojson', data });
      map.addLayer({ id: 'accounts', type: 'circle', source: 'accounts', paint: { 'circle-color': '#b5651d', 'circle-radius': 6 } });
    }));
</script>
""", pk=mapbox("pk", "lowforkbrewing")), None, "Mapbox docs: access tokens (public pk. tokens with URL restrictions)")

add("js/decoy-search-only-key", "taproom-web/public/js/beer-finder.js", fill(r"""
// Beer finder search box (Algolia InstantSearch). This is the search-only key, which Algolia
// documents as safe for front-end use; the admin key never leaves the indexing job.
const searchClient = algoliasearch('Q8LZ4WX2MB', '«key»');

const search = instantsearch({
  indexName: 'lowfork_beers',
  searchClient,
});

search.addWidgets([
  instantsearch.widgets.searchBox({ container: '#beer-search', placeholder: 'IPA, stout, sour…' }),
  instantsearch.widgets.refinementList({ container: '#style-filter', attribute: 'style' }),
  instantsearch.widgets.hits({
    container: '#beer-hits',
    templates: { item: (hit, { html }) => html`<a href="/beers/${hit.slug}">${hit.name}</a> · ${hit.abv}%` },
  }),
]);

search.start();
""", key=hexs(32)), None, "Algolia docs: API keys (search-only API key is public)")

add("json/decoy-test-fixture", "api/test/fixtures/stripe-invoice-paid.json", fill(r"""
{
  "id": "evt_1Oq«a»",
  "object": "event",
  "api_version": "2023-10-16",
  "created": 1710288000,
  "type": "invoice.paid",
  "livemode": false,
  "data": {
    "object": {
      "id": "in_1Oq«b»",
      "object": "invoice",
      "customer": "cus_Pf«c»",
      "subscription": "sub_1Oq«d»",
      "amount_paid": 8900,
      "currency": "usd",
      "status": "paid",
      "lines": { "object": "list", "data": [ { "price": { "id": "price_1OqB7xLowForkBarrelSoc24" }, "quantity": 1 } ] }
    }
  }
}
""", a=chars(20), b=chars(20), c=chars(12), d=chars(20)), None, "Stripe API docs: Event object (evt_, in_, cus_, sub_ are object ids)")

add("python/decoy-test-fixture", "shop/tests/test_checkout.py", r"""
# Runs against stripe-mock (docker run -p 12111:12111 stripe/stripe-mock), which accepts any test key.
import pytest
import stripe

from shop.payments import stripe_checkout


@pytest.fixture(autouse=True)
def stripe_mock(monkeypatch):
    monkeypatch.setattr(stripe, "api_key", "sk_test_123")
    monkeypatch.setattr(stripe, "api_base", "http://localhost:12111")
    yield


def test_membership_checkout_redirects(client):
    resp = client.post("/checkout/membership", data={"email": "member@example.com"})
    assert resp.status_code == 303
    assert resp.headers["Location"].startswith("https://")
"""[1:], None, "stripe-mock README (any sk_test_ key, e.g. sk_test_123); pytest monkeypatch")

add("env/decoy-placeholder", "inventory-bridge/.env.example", r"""
# Copy to .env and fill in. Never commit .env.
SHOPIFY_SHOP=your-store.myshopify.com
SHOPIFY_API_VERSION=2024-01
SHOPIFY_ADMIN_API_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SHOPIFY_LOCATION_ID=

STRIPE_SECRET_KEY=sk_live_...
STRIPE_WEBHOOK_SECRET=whsec_...
KLAVIYO_PRIVATE_KEY=<your private key>

SYNC_INTERVAL_SECONDS=600
SYNC_DRY_RUN=true
"""[1:], None, "dotenv convention: .env.example with placeholders")

add("php/decoy-placeholder", "wordpress/wp-config-sample.php", r"""
<?php
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
"""[1:], None, "WordPress core: wp-config-sample.php")

add("ruby/decoy-credentials-lookup", "config/initializers/stripe.rb", r"""
# Keys live in config/credentials/production.yml.enc (edit with bin/rails credentials:edit -e production).
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key:      Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret:  Rails.application.credentials.dig(:stripe, :webhook_secret),
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2023-10-16"
Stripe.max_network_retries = 2
"""[1:], None, "Rails guides: custom credentials (Rails.application.credentials.dig)")

_sops = lambda n: "ENC[AES256_GCM,data:" + base64.b64encode(rand_bytes(n)).decode() + ",iv:" + base64.b64encode(rand_bytes(32)).decode() + ",tag:" + base64.b64encode(rand_bytes(16)).decode() + ",type:str]"
add("yaml/decoy-sops-ciphertext", "secrets/shop.prod.enc.yaml", fill(r"""
stripe:
    secret_key: «a»
    webhook_secret: «b»
shopify:
    admin_token: «c»
klaviyo:
    private_key: «d»
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1«r»
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            «e1»
            «e2»
            «e3»
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-11T18:22:41Z"
    mac: «mac»
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=_sops(107), b=_sops(38), c=_sops(38), d=_sops(37), r=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
          e1=chars(64, B64), e2=chars(64, B64), e3=chars(40, B64) + "=",
          mac=_sops(32).replace("type:str", "type:str")), None, "SOPS docs: encrypted YAML (ENC[AES256_GCM,…]) with age recipients")

add("k8s/decoy-sealed-secret", "k8s/shop/stripe-sealedsecret.yaml", fill(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-stripe
  namespace: shop
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB«a»
    STRIPE_WEBHOOK_SECRET: AgB«b»
  template:
    metadata:
      name: shop-stripe
      namespace: shop
    type: Opaque
""", a=chars(680, B64) + "==", b=chars(420, B64) + "=="), None,
    "Bitnami Sealed Secrets README: SealedSecret encryptedData (asymmetric ciphertext)")

add("markdown/decoy-docs-example", "docs/dev/payments-setup.md", r"""
# Local payments setup

1. Create a Stripe **test mode** restricted key in the dashboard and put it in `.env` as
   `STRIPE_SECRET_KEY=sk_test_...` (live keys start with `sk_live_` — never use one locally).
2. Forward webhooks: `stripe listen --forward-to localhost:3000/webhooks/stripe`; the CLI prints
   `whsec_...` for `STRIPE_WEBHOOK_SECRET`.
3. For S3 uploads of label art in dev, the AWS docs example pair works against LocalStack only:

   ```
   AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
   AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
   AWS_ENDPOINT_URL=http://localhost:4566
   ```

4. Test cards: `4242 4242 4242 4242`, any future expiry, any CVC.
"""[1:], None, "AWS docs example credentials (AKIAIOSFODNN7EXAMPLE); Stripe test cards docs")

add("js/decoy-env-reference", "api/webhooks/shopify.js", r"""
// Verifies Shopify webhooks (orders/paid) with the app's API secret from the environment.
const crypto = require('crypto');
const express = require('express');

const router = express.Router();
const SHOPIFY_API_SECRET = process.env.SHOPIFY_API_SECRET;
if (!SHOPIFY_API_SECRET) throw new Error('SHOPIFY_API_SECRET is not set');

router.post('/webhooks/shopify/orders-paid', express.raw({ type: 'application/json' }), (req, res) => {
  const digest = crypto.createHmac('sha256', SHOPIFY_API_SECRET).update(req.body).digest('base64');
  const header = req.get('X-Shopify-Hmac-Sha256') || '';
  const ok = header.length === digest.length && crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(header));
  if (!ok) return res.sendStatus(401);
  // e.g. header "2cOh0Bk5H0fD8Zbw2nD7mG5Q0Xj7eE1JmKq0r6bC9oY=" is a per-request digest, not a key
  res.sendStatus(200);
});

module.exports = router;
"""[1:], None, "Shopify docs: verify webhooks (X-Shopify-Hmac-Sha256)")

_lock = {"name": "taproom-web", "version": "3.4.0", "lockfileVersion": 3, "requires": True, "packages": {
    "": {"name": "taproom-web", "version": "3.4.0", "dependencies": {"express": "^4.19.2", "square": "^35.0.0", "stripe": "^14.21.0"}},
    "node_modules/express": {"version": "4.19.2", "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
                             "integrity": "sha512-" + base64.b64encode(rand_bytes(64)).decode(), "license": "MIT"},
    "node_modules/square": {"version": "35.0.0", "resolved": "https://registry.npmjs.org/square/-/square-35.0.0.tgz",
                            "integrity": "sha512-" + base64.b64encode(rand_bytes(64)).decode(), "license": "MIT"},
    "node_modules/stripe": {"version": "14.21.0", "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.21.0.tgz",
                            "integrity": "sha512-" + base64.b64encode(rand_bytes(64)).decode(), "license": "MIT"}}}
add("json/decoy-integrity-hash", "taproom-web/package-lock.json", json.dumps(_lock, indent=2) + "\n", None,
    "npm docs: package-lock.json (integrity is a Subresource Integrity hash)")

add("html/decoy-analytics-ids", "taproom-web/templates/partials/head-tags.html", r"""
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2XW9LMB"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK2XW9LMB');
</script>
<!-- Klaviyo onsite (public company id) -->
<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=TzXk8q"></script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '804412937765120');
  fbq('track', 'PageView');
</script>
"""[1:], None, "Google Analytics gtag.js, Klaviyo onsite company_id, Meta Pixel base code (public ids)")

add("ts/decoy-docs-example", "src/server/__tests__/auth.test.ts", r"""
import { decodeUnverified } from '../auth';

// The well-known example token from jwt.io (HS256, secret "your-256-bit-secret"); used only to
// test that decodeUnverified() never trusts an unsigned payload.
const JWT_IO_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('decodeUnverified', () => {
  it('reads claims but flags the token as unverified', () => {
    const out = decodeUnverified(JWT_IO_EXAMPLE);
    expect(out.claims.name).toBe('John Doe');
    expect(out.verified).toBe(false);
  });
});
"""[1:], None, "jwt.io introduction: the example HS256 token")

add("http/decoy-env-reference", "http/agechecker-template.http", r"""
### Age verification (AgeChecker.Net). Put ageCheckerAuth in http-client.private.env.json (gitignored).
@host = https://api.agechecker.net/v1

POST {{host}}/create
Authorization: Basic {{ageCheckerAuth}}
Content-Type: application/json

{
  "data": { "first_name": "Jordan", "last_name": "Sample", "zip": "97214" },
  "options": { "min_age": 21 }
}
"""[1:], None, "JetBrains HTTP Client / VS Code REST Client docs: variables and private env files")

add("js/decoy-sentry-dsn", "taproom-web/sentry.client.config.js", fill(r"""
// Browser error reporting. A DSN only allows sending events; Sentry documents it as safe to expose.
import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: 'https://«key»@o4506812345678912.ingest.us.sentry.io/4506812399991234',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV || 'development',
  integrations: [Sentry.replayIntegration({ maskAllText: true })],
});
""", key=hexs(32)), None, "Sentry docs: DSN explainer (public client key)")

add("yaml/decoy-ssm-reference", "serverless/club-fulfilment/serverless.yml", r"""
service: club-fulfilment
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: us-west-2
  environment:
    STRIPE_SECRET_KEY: ${ssm:/lowfork/prod/stripe/secret-key}
    EASYPOST_API_KEY: ${ssm:/lowfork/prod/easypost/api-key}
    SHIPCOMPLIANT_PASSWORD: ${ssm:/lowfork/prod/shipcompliant/password}
    STAGE: ${sls:stage}

functions:
  quarterlyRelease:
    handler: handler.quarterly_release
    timeout: 900
    events:
      - schedule: cron(0 15 1 1,4,7,10 ? *)
  labelWebhook:
    handler: handler.label_webhook
    events:
      - httpApi: { path: /webhooks/easypost, method: post }
"""[1:], None, "Serverless Framework docs: variables from AWS SSM Parameter Store (${ssm:…})")
# ---------------------------------------------------------------------------------------------
# The brewery's IT and web team: CI, containers, cloud, backups, network
# ---------------------------------------------------------------------------------------------
_s = "nfp_" + chars(36)
add("gha/netlify-token", ".github/workflows/site-deploy.yml", fill(r"""
name: Deploy lowforkbrewing.com

on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  build-deploy:
    runs-on: ubuntu-latest
    env:
      NETLIFY_SITE_ID: 3f7a9c2e-51b4-4d8e-a6f0-2c9d1e8b7a54
      NETLIFY_AUTH_TOKEN: «tok»
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build
        env:
          PUBLIC_TAPLIST_URL: https://business.untappd.com/locations/18342/themes/55120/js
      - run: npx netlify-cli deploy --dir=dist --prod --site "$NETLIFY_SITE_ID" --auth "$NETLIFY_AUTH_TOKEN"
""", tok=_s), _s, "Netlify CLI docs: NETLIFY_AUTH_TOKEN personal access token (nfp_)")

_s = "dop_v1_" + hexs(64)
add("gitlab-ci/digitalocean-token", ".gitlab-ci.yml", fill(r"""
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  IMAGE: registry.digitalocean.com/lowfork/taproom-web
  DIGITALOCEAN_ACCESS_TOKEN: "«tok»"

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

build:
  stage: build
  image: docker:25
  services: [docker:25-dind]
  script:
    - apk add --no-cache curl
    - curl -sL https://github.com/digitalocean/doctl/releases/download/v1.104.0/doctl-1.104.0-linux-amd64.tar.gz | tar -xz -C /usr/local/bin
    - doctl registry login --expiry-seconds 600
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  image: digitalocean/doctl:1.104.0
  script:
    - doctl apps update 9b2e4c71-3a8d-4f65-b0e2-7c1d9a4e8f30 --spec .do/app.yaml
  only: [main]
""", tok=_s), _s, "DigitalOcean docs: personal access tokens (dop_v1_), doctl auth via DIGITALOCEAN_ACCESS_TOKEN")

_s = "npm_" + chars(36)
add("dockerfile/npm-token", "taproom-web/Dockerfile", fill(r"""
FROM node:20-alpine AS build
WORKDIR /app

# private packages: @lowfork/ui (menu board components)
ARG NPM_TOKEN=«tok»
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc \
 && npm ci \
 && rm -f .npmrc

COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
COPY package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/server.js"]
""", tok=_s), _s, "npm docs: access tokens (npm_) in .npmrc _authToken; Dockerfile ARG")

_s = fakes.github_token(_seed())
add("npmrc/github-token", "menu-board/.npmrc", fill(r"""
@lowforkbrewing:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«tok»
always-auth=true
engine-strict=true
save-exact=true
""", tok=_s), _s, "GitHub Packages docs: authenticating to the npm registry with a personal access token")

_s = chars(40, URLSAFE)
add("terraform/cloudflare-api-token", "infra/cloudflare/main.tf", fill(r"""
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.26"
    }
  }
}

provider "cloudflare" {
  api_token = "«tok»"
}

variable "zone_id" {
  default = "2b8e4f1a9c7d3e5b6a0f8c2d4e1b7a93"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  type    = "CNAME"
  value   = "shops.myshopify.com"
  proxied = false
}

resource "cloudflare_record" "loyalty" {
  zone_id = var.zone_id
  name    = "loyalty"
  type    = "CNAME"
  value   = "taproom-loyalty.fly.dev"
  proxied = true
}

resource "cloudflare_page_rule" "menu_cache" {
  zone_id  = var.zone_id
  target   = "lowforkbrewing.com/menu*"
  priority = 1
  actions {
    cache_level = "bypass"
  }
}
""", tok=_s), _s, "Terraform Cloudflare provider docs: provider api_token")

_k, _s = aws_pair()
add("terraform/aws-secret-key", "infra/aws/provider.tf", fill(r"""
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket = "lowfork-terraform-state"
    key    = "aws/prod.tfstate"
    region = "us-west-2"
  }
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "«kid»"
  secret_key = "«sec»"

  default_tags {
    tags = {
      Owner   = "it@lowforkbrewing.com"
      Project = "brewery-ops"
    }
  }
}
""", kid=_k, sec=_s), _s, "Terraform AWS provider docs: static credentials (access_key, secret_key)")

_s = hexs(32)
add("yaml/datadog-api-key", "ops/datadog-agent/datadog.yaml", fill(r"""
## Datadog Agent on the brewery's on-prem box (Toast sync, reporting DB, Grafana)
api_key: «key»
site: datadoghq.com
hostname: brewops-01
tags:
  - env:prod
  - site:production-brewery
  - team:it

logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
""", key=_s), _s, "Datadog Agent docs: datadog.yaml api_key")

_s = "K005" + chars(27)
add("ini/backblaze-b2-key", "ops/backup/rclone.conf", fill(r"""
[b2-offsite]
type = b2
account = 005«kid»0000000003
key = «key»
hard_delete = false

[nas]
type = sftp
host = 10.40.5.50
user = rclone
key_file = /root/.ssh/id_ed25519_nas
shell_type = unix
md5sum_command = md5sum
sha1sum_command = sha1sum

[offsite-crypt]
type = crypt
remote = b2-offsite:lowfork-backups/crypt
filename_encryption = standard
""", kid=hexs(12), key=_s), _s, "rclone docs: Backblaze B2 backend (account = keyID, key = applicationKey K005…)")

_s = passphrase()
add("shell/restic-password", "ops/backup/nightly-restic.sh", fill(r"""
#!/usr/bin/env bash
# Nightly backup of the brewery office server (recipes, QuickBooks exports, HR scans) to B2.
set -euo pipefail

export RESTIC_REPOSITORY="b2:lowfork-backups:office01"
export RESTIC_PASSWORD='«pw»'
export B2_ACCOUNT_ID="$(cat /root/.b2_key_id)"
export B2_ACCOUNT_KEY="$(cat /root/.b2_app_key)"

restic backup /srv/office /srv/recipes /var/backups/pg \
  --exclude-caches --exclude '*.tmp' --tag nightly --host office01

restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
restic check --read-data-subset=2%
""", pw=_s), _s, "restic docs: RESTIC_PASSWORD environment variable; B2 backend")

_s = openssh_key()
add("openssh/private-key", "deploy/keys/taproom-web-deploy", _s + "\n", _s,
    "OpenSSH ssh-keygen(1): OpenSSH private key format (ed25519)")

_s = "tskey-auth-k" + chars(10) + "CNTRL-" + chars(33)
add("cloud-init/tailscale-auth-key", "pi-image/user-data", fill(r"""
#cloud-config
hostname: taproom-menuboard-02
manage_etc_hosts: true
timezone: America/Los_Angeles

users:
  - name: pi
    groups: [sudo, video]
    shell: /bin/bash
    lock_passwd: true
    ssh_authorized_keys:
      - «pub»

packages: [chromium-browser, unclutter, curl]

runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=«key» --hostname=taproom-menuboard-02 --advertise-tags=tag:menuboard --ssh
  - systemctl enable --now menuboard-kiosk.service
""", pub=ssh_pub("it@lowfork-laptop"), key=_s), _s, "Tailscale docs: auth keys (tskey-auth-…), tailscale up --authkey; cloud-init docs")

_s = "2" + chars(26) + "_" + chars(21)
add("yaml/ngrok-authtoken", "tools/ngrok/ngrok.yml", fill(r"""
version: "2"
authtoken: «tok»
region: us
tunnels:
  square-webhooks:
    proto: http
    addr: 8080
    domain: lowfork-dev.ngrok.app
    inspect: true
  node-red:
    proto: http
    addr: 1880
    oauth:
      provider: google
      allow_domains: [lowforkbrewing.com]
""", tok=_s), _s, "ngrok agent config file docs (version 2, authtoken)")

_tunnel = json.dumps({"a": hexs(32), "t": uuid_s(), "s": base64.b64encode(rand_bytes(32)).decode()}, separators=(",", ":"))
_s = base64.b64encode(_tunnel.encode()).decode().rstrip("=")
add("compose/cloudflare-tunnel-token", "ops/tunnel/docker-compose.yml", fill(r"""
# Exposes Grafana and the Node-RED dashboard to the brewers' phones through Cloudflare Access.
services:
  cloudflared:
    image: cloudflare/cloudflared:2024.3.0
    restart: unless-stopped
    command: tunnel --no-autoupdate run --token «tok»
    network_mode: host

  grafana:
    image: grafana/grafana-oss:10.4.2
    restart: unless-stopped
    ports: ["127.0.0.1:3000:3000"]
    volumes:
      - grafana-data:/var/lib/grafana

volumes:
  grafana-data:
""", tok=_s), _s, "Cloudflare Tunnel docs: cloudflared tunnel run --token (remotely-managed tunnel)")

_s = "base64:" + base64.b64encode(rand_bytes(32)).decode()
add("env/laravel-app-key", "reservations/.env", fill(r"""
APP_NAME="LowFork Reservations"
APP_ENV=production
APP_KEY=«key»
APP_DEBUG=false
APP_URL=https://book.lowforkbrewing.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=reservations
DB_USERNAME=reservations
DB_PASSWORD=

SESSION_DRIVER=database
QUEUE_CONNECTION=database
MAIL_MAILER=log
""", key=_s), _s, "Laravel docs: configuration, APP_KEY (php artisan key:generate, base64:)")

_s = hexs(128)
add("yaml/rails-secret-key-base", "club-manager/config/secrets.yml", fill(r"""
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: 3b7c2f0e1d9a8b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d

test:
  secret_key_base: 0000000000000000000000000000000000000000000000000000000000000000test

production:
  secret_key_base: «key»
  shopify_webhook_tolerance: 300
""", key=_s), _s, "Rails guides (5.x): config/secrets.yml secret_key_base")

_s = base64.urlsafe_b64encode(rand_bytes(32)).decode()
add("python/fernet-key", "club/crypto.py", fill(r"""
# Encrypts members' date of birth and ID scan references at rest (age verification records).
from cryptography.fernet import Fernet, InvalidToken

FERNET_KEY = b"«key»"
_f = Fernet(FERNET_KEY)


def seal(value: str) -> str:
    return _f.encrypt(value.encode()).decode()


def unseal(token: str) -> str | None:
    try:
        return _f.decrypt(token.encode(), ttl=None).decode()
    except InvalidToken:
        return None
""", key=_s), _s, "cryptography docs: Fernet keys (32 url-safe base64-encoded bytes)")

_s = hexs(64)
add("ts/jwt-signing-secret", "api/src/auth.ts", fill(r"""
import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

// HS256 key for staff app sessions (tap list editor, 86 board)
const JWT_SECRET = '«key»';
const ISSUER = 'api.lowforkbrewing.com';

export function issue(staffId: string, role: 'bartender' | 'manager' | 'brewer'): string {
  return jwt.sign({ sub: staffId, role }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '12h', issuer: ISSUER });
}

export function requireStaff(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    (req as any).staff = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'], issuer: ISSUER });
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}
""", key=_s), _s, "jsonwebtoken README: jwt.sign / jwt.verify with an HMAC secret")

_s = fakes.github_token(_seed())
add("shell/github-token", "scripts/release-label-art.sh", fill(r"""
#!/usr/bin/env bash
# Tags the label-art repo and creates a GitHub release with the print-ready PDFs for the printer.
set -euo pipefail

REPO="lowforkbrewing/label-art"
TAG="${1:?usage: $0 <tag>}"
GH_TOKEN="«tok»"

release_id=$(curl -fsS -X POST \
  -H "Authorization: token ${GH_TOKEN}" \
  -H "Accept: application/vnd.github+json" \
  "https://api.github.com/repos/${REPO}/releases" \
  -d "{\"tag_name\":\"${TAG}\",\"name\":\"${TAG}\",\"body\":\"Print-ready labels\"}" | jq -r .id)

for pdf in print/*.pdf; do
  curl -fsS -X POST -H "Authorization: token ${GH_TOKEN}" -H "Content-Type: application/pdf" \
    --data-binary @"$pdf" \
    "https://uploads.github.com/repos/${REPO}/releases/${release_id}/assets?name=$(basename "$pdf")" > /dev/null
done
echo "release ${TAG} (${release_id}) uploaded"
""", tok=_s), _s, "GitHub REST API docs: releases; personal access tokens (ghp_)")

_s = "glpat-" + chars(20, URLSAFE)
add("python/gitlab-token", "tools/mirror_recipes.py", fill(r"""
# Mirrors the BeerXML recipe exports into the brewing team's GitLab project (nightly).
import base64
import pathlib

import gitlab

gl = gitlab.Gitlab("https://gitlab.com", private_token="«tok»")
project = gl.projects.get("lowforkbrewing/recipes")

for path in sorted(pathlib.Path("/srv/beersmith/exports").glob("*.xml")):
    target = f"beerxml/{path.name}"
    content = base64.b64encode(path.read_bytes()).decode()
    try:
        f = project.files.get(file_path=target, ref="main")
        if f.content == content:
            continue
        f.content = content
        f.encoding = "base64"
        f.save(branch="main", commit_message=f"Update {path.name}")
    except gitlab.exceptions.GitlabGetError:
        project.files.create({"file_path": target, "branch": "main", "content": content,
                              "encoding": "base64", "commit_message": f"Add {path.name}"})
""", tok=_s), _s, "python-gitlab docs: Gitlab(url, private_token=glpat-…)")

_s = "dckr_pat_" + chars(27, URLSAFE)
add("shell/docker-hub-token", "ci/docker-login.sh", fill(r"""
#!/bin/sh
# Used by the Jenkins agent in the office closet to push the menu-board image.
set -eu
DOCKERHUB_USER=lowforkbrewing
echo "«tok»" | docker login --username "$DOCKERHUB_USER" --password-stdin
docker build -t lowforkbrewing/menu-board:"${GIT_COMMIT:-dev}" .
docker push lowforkbrewing/menu-board:"${GIT_COMMIT:-dev}"
docker logout
""", tok=_s), _s, "Docker docs: personal access tokens (dckr_pat_), docker login --password-stdin")

_s = hexs(36) + "NRAL"
add("ini/newrelic-license-key", "club-manager/newrelic.ini", fill(r"""
[newrelic]
license_key = «key»
app_name = LowFork Club Manager
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
transaction_tracer.enabled = true
error_collector.enabled = true
browser_monitoring.auto_instrument = false

[newrelic:staging]
app_name = LowFork Club Manager (staging)
monitor_mode = false
""", key=_s), _s, "New Relic Python agent docs: newrelic.ini license_key (ingest key …NRAL)")

_s = "sntryu_" + hexs(64)
add("ini/sentry-auth-token", "taproom-web/.sentryclirc", fill(r"""
[defaults]
url = https://sentry.io/
org = lowfork-brewing
project = taproom-web

[auth]
token = «tok»
""", tok=_s), _s, "sentry-cli docs: configuration file .sentryclirc ([auth] token)")

_s = base64.b64encode(rand_bytes(64)).decode()
add("json/azure-storage-key", "functions/label-approvals/local.settings.json", fill(r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=lowforklabels;AccountKey=«key»;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "node",
    "LABEL_CONTAINER": "cola-submissions",
    "TTB_COLA_STATUS_URL": "https://ttbonline.gov/colasonline/publicSearchColasBasic.do"
  },
  "Host": {
    "CORS": "*"
  }
}
""", key=_s), _s, "Azure Functions docs: local.settings.json; Azure Storage connection strings (AccountKey)")

_s = gen_pw(20)
add("ansible/smtp-password", "ansible/group_vars/taproom_servers.yml", fill(r"""
---
timezone: America/Los_Angeles
ntp_servers: [time.cloudflare.com]

# postfix relays cron mail + alerts through the Microsoft 365 tenant
postfix_relayhost: "[smtp.office365.com]:587"
postfix_sasl_user: alerts@lowforkbrewing.com
postfix_sasl_password: "«pw»"
postfix_smtp_tls_security_level: encrypt

unattended_upgrades_reboot: true
unattended_upgrades_reboot_time: "04:30"

node_exporter_version: 1.7.0
""", pw=_s), _s, "Postfix SASL relay (smtp_sasl_password_maps); Ansible group_vars")

_s = b64("grafana:" + human_pw())
add("nginx/basic-auth", "ops/nginx/sites-available/cellar-dash.conf", fill(r"""
# Read-only cellar dashboard for the taproom TV (proxies Grafana with a viewer login).
server {
    listen 443 ssl http2;
    server_name cellar-dash.lowfork.internal;

    ssl_certificate     /etc/ssl/lowfork/internal.crt;
    ssl_certificate_key /etc/ssl/lowfork/internal.key;

    allow 10.40.20.0/24;
    deny  all;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic «auth»";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""", auth=_s), _s, "nginx docs: proxy_set_header; RFC 7617 Basic credentials")

_s = human_pw()
add("k8s/grafana-admin-password", "k8s/telemetry/grafana-admin.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: grafana-admin
  namespace: telemetry
type: Opaque
stringData:
  admin-user: admin
  admin-password: "«pw»"
""", pw=_s), _s, "Kubernetes docs: Secret stringData; grafana Helm chart admin.existingSecret keys")

_s = "00" + chars(40, URLSAFE)
add("powershell/okta-api-token", "it/New-TaproomStaff.ps1", fill(r"""
# Onboards a new taproom hire: Okta user in the "Taproom" group (Toast, 7shifts, Slack via SSO).
param(
    [Parameter(Mandatory)] [string]$FirstName,
    [Parameter(Mandatory)] [string]$LastName,
    [Parameter(Mandatory)] [string]$PersonalEmail
)

$OktaOrg = "https://lowforkbrewing.okta.com"
$Headers = @{
    Authorization = "SSWS «tok»"
    Accept        = "application/json"
}

$login = ("{0}.{1}@lowforkbrewing.com" -f $FirstName, $LastName).ToLower()
$body = @{
    profile  = @{ firstName = $FirstName; lastName = $LastName; email = $login; login = $login; secondEmail = $PersonalEmail }
    groupIds = @("00g8x2k4m7QwErTyU697")
} | ConvertTo-Json -Depth 5

$user = Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users?activate=true&sendEmail=true" `
    -Headers $Headers -ContentType "application/json" -Body $body
Write-Host "Created $($user.profile.login) ($($user.id))"
""", tok=_s), _s, "Okta API docs: API tokens (SSWS authorization scheme)")

_s = name_pw()
add("zsh-history/router-password", "it/laptop-backups/ray/.zsh_history", fill(r"""
: 1709913600:0;ssh admin@10.40.0.1
: 1709913702:0;ping -c 3 10.40.20.12
: 1709913755:0;sshpass -p '«pw»' ssh -o StrictHostKeyChecking=no admin@10.40.0.1 '/export file=backup-0308'
: 1709913790:0;scp admin@10.40.0.1:backup-0308.rsc ~/Documents/network/
: 1709913820:0;git -C ~/src/brewery-network add -A && git -C ~/src/brewery-network commit -m "router backup 03-08"
: 1709913900:0;brew upgrade
""", pw=_s), _s, "zsh extended history format; sshpass(1) -p")

_k, _s = aws_pair()
add("aws-credentials/aws-secret-key", "ops/aws/credentials", fill(r"""
[default]
region = us-west-2

[brewery-backups]
aws_access_key_id = «kid»
aws_secret_access_key = «sec»

[brewery-sso]
sso_session = lowfork
sso_account_id = 381492660157
sso_role_name = ReadOnly
""", kid=_k, sec=_s), _s, "AWS CLI docs: shared credentials file (aws_access_key_id, aws_secret_access_key)")

_s = human_pw()
add("php/mysql-password", "public/reservations/db.php", fill(r"""
<?php
// Legacy reservation widget (pre-Laravel). Still serves the private event inquiry form.
function reservations_db(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO(
            'mysql:host=127.0.0.1;dbname=reservations;charset=utf8mb4',
            'tock_sync',
            '«pw»',
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC]
        );
    }
    return $pdo;
}

function save_inquiry(array $f): int
{
    $st = reservations_db()->prepare(
        'INSERT INTO event_inquiries (name, email, party_size, preferred_date, notes) VALUES (?, ?, ?, ?, ?)'
    );
    $st->execute([$f['name'], $f['email'], (int) $f['party_size'], $f['date'], $f['notes'] ?? '']);
    return (int) reservations_db()->lastInsertId();
}
""", pw=_s), _s, "PHP manual: PDO::__construct(dsn, username, password)")

_s = gen_pw(16)
add("js/mongodb-password", "taproom-bot/db.js", fill(r"""
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://taproom-bot:«pw»@cluster0.q4zx1.mongodb.net/taproom?retryWrites=true&w=majority';
const client = new MongoClient(uri, { maxPoolSize: 5 });

let db;
async function getDb() {
  if (!db) {
    await client.connect();
    db = client.db('taproom');
  }
  return db;
}

async function log86(item, user) {
  const d = await getDb();
  await d.collection('eighty_six').insertOne({ item, user, at: new Date() });
}

module.exports = { getDb, log86 };
""", pw=_s), _s, "MongoDB docs: connection string URI (mongodb+srv://user:password@host)")

_s = human_pw()
add("cisco-ios/network-device-password", "network/configs/taproom-sw01.cfg", fill(r"""
!
version 15.2
service timestamps log datetime msec
no service password-encryption
!
hostname taproom-sw01
!
username netadmin privilege 15 password 0 «pw»
!
ip domain-name lowfork.internal
ip ssh version 2
!
vlan 20
 name POS
vlan 30
 name GUEST
!
interface GigabitEthernet0/1
 description back-bar POS terminals
 switchport access vlan 20
 switchport mode access
 spanning-tree portfast
!
interface GigabitEthernet0/24
 description uplink to hAP ac3
 switchport mode trunk
!
line vty 0 4
 login local
 transport input ssh
!
end
""", pw=_s), _s, "Cisco IOS command reference: username … password 0 (unencrypted)")

_s = ec_key()
add("ansible/private-key", "ansible/roles/nginx_internal/tasks/main.yml", fill(r"""
---
- name: Install nginx
  ansible.builtin.apt:
    name: nginx
    state: present

- name: Internal TLS certificate
  ansible.builtin.copy:
    src: internal.crt
    dest: /etc/ssl/lowfork/internal.crt
    mode: "0644"

- name: Internal TLS key
  ansible.builtin.copy:
    dest: /etc/ssl/lowfork/internal.key
    owner: root
    mode: "0600"
    content: |
      «key»
  notify: reload nginx

- name: Cellar dashboard site
  ansible.builtin.template:
    src: cellar-dash.conf.j2
    dest: /etc/nginx/sites-enabled/cellar-dash.conf
  notify: reload nginx
""", key=_s.replace("\n", "\n      ")), _s, "Ansible builtin copy module docs (content:); EC private key PEM (RFC 5915)")

# --- decoys: IT and web ---
add("gha/decoy-secrets-reference", ".github/workflows/theme-deploy.yml", r"""
name: Deploy Shopify theme

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
      - name: Push theme
        working-directory: theme
        env:
          SHOPIFY_CLI_THEME_TOKEN: ${{ secrets.SHOPIFY_THEME_ACCESS_PASSWORD }}
          SHOPIFY_FLAG_STORE: lowfork-brewing.myshopify.com
        run: shopify theme push --live --allow-live --ignore "config/settings_data.json"
"""[1:], None, "GitHub Actions docs: using secrets in workflows; Shopify CLI CI/CD docs")

add("gitlab-ci/decoy-env-reference", "infra/.gitlab-ci.yml", r"""
# DIGITALOCEAN_ACCESS_TOKEN and CLOUDFLARE_API_TOKEN are masked, protected CI/CD variables.
stages: [plan, apply]

image: hashicorp/terraform:1.7

before_script:
  - cd infra/cloudflare
  - terraform init -input=false

plan:
  stage: plan
  script:
    - terraform plan -input=false -out=plan.tfplan
  artifacts:
    paths: [infra/cloudflare/plan.tfplan]

apply:
  stage: apply
  script:
    - terraform apply -input=false plan.tfplan
  when: manual
  only: [main]
"""[1:], None, "GitLab docs: CI/CD variables (masked, protected)")

add("dockerfile/decoy-build-secret", "menu-board/Dockerfile", fill(r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine@sha256:«d1» AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# token mounted at build time only: docker build --secret id=npm_token,env=NPM_TOKEN .
RUN --mount=type=secret,id=npm_token \
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine@sha256:«d2»
COPY --from=build /app/dist /usr/share/nginx/html
ADD --checksum=sha256:«d3» https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini
RUN chmod +x /tini
ENTRYPOINT ["/tini", "--"]
CMD ["nginx", "-g", "daemon off;"]
""", d1=hexs(64), d2=hexs(64), d3=hexs(64)), None, "Dockerfile reference: RUN --mount=type=secret, image digests, ADD --checksum")

add("npmrc/decoy-env-reference", "taproom-web/.npmrc", r"""
@lowforkbrewing:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
fund=false
"""[1:], None, "npm docs: .npmrc environment variable substitution (${VAR})")

add("terraform/decoy-random-password", "infra/aws/rds.tf", r"""
resource "random_password" "reporting_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_db_instance" "reporting" {
  identifier              = "lowfork-reporting"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.small"
  allocated_storage       = 50
  username                = "reporting_admin"
  password                = random_password.reporting_db.result
  backup_retention_period = 14
  skip_final_snapshot     = false
  deletion_protection     = true
}

resource "aws_secretsmanager_secret" "reporting_db" {
  name = "prod/reporting-db/admin"
}

resource "aws_secretsmanager_secret_version" "reporting_db" {
  secret_id     = aws_secretsmanager_secret.reporting_db.id
  secret_string = jsonencode({ username = "reporting_admin", password = random_password.reporting_db.result })
}
"""[1:], None, "Terraform random provider docs: random_password; AWS provider aws_secretsmanager_secret_version")

add("terraform/decoy-placeholder", "infra/cloudflare/terraform.tfvars.example", r"""
# Copy to terraform.tfvars (gitignored) or export TF_VAR_cloudflare_api_token.
cloudflare_api_token = "REPLACE_WITH_SCOPED_TOKEN"
zone_id              = "2b8e4f1a9c7d3e5b6a0f8c2d4e1b7a93"
account_id           = "<cloudflare account id>"
enable_waf           = true
menu_cache_bypass    = true
"""[1:], None, "Terraform docs: variable definitions (.tfvars) files")

add("ssh/decoy-public-key", "ansible/roles/base/files/authorized_keys", "\n".join([
    "# IT team - managed by ansible (roles/base)",
    ssh_pub("ray@lowfork-laptop"),
    ssh_pub("dana@compliance-mbp"),
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(500, B64) + " jenkins@office-closet",
    ssh_pub("backup@office01"),
    ssh_pub("breakglass@1password"),
]) + "\n", None, "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

add("markdown/decoy-pgp-public-key", "docs/distributors/file-exchange.md", fill(r"""
# Encrypted file exchange with distributors

Depletion files from Columbia Distributing are PGP-encrypted to our public key below.
Our private key is on the office server only (`gpg --list-secret-keys depletions@lowforkbrewing.com`).

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

«l1»
«l2»
«l3»
«l4»
«l5»
«l6»
=«crc»
-----END PGP PUBLIC KEY BLOCK-----
```

Fingerprint: `«fp»`
""", l1="mQINBG" + chars(58, B64), l2=chars(64, B64), l3=chars(64, B64), l4=chars(64, B64), l5=chars(64, B64),
          l6=chars(30, B64), crc=chars(4, B64), fp=" ".join(chars(4, "0123456789ABCDEF") for _ in range(10))),
    None, "RFC 4880 ASCII armor: PGP PUBLIC KEY BLOCK")

add("ansible/decoy-vault-file", "ansible/group_vars/all/vault.yml", "\n".join(
    ["$ANSIBLE_VAULT;1.1;AES256"] + [hexs(80) for _ in range(14)] + [hexs(34)]) + "\n", None,
    "Ansible docs: ansible-vault encrypted files ($ANSIBLE_VAULT;1.1;AES256)")

add("kustomize/decoy-secret-generator", "k8s/telemetry/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: telemetry

resources:
  - influxdb.yaml
  - grafana.yaml
  - telegraf.yaml

secretGenerator:
  - name: influxdb-auth
    envs:
      - secrets/influxdb.env      # not in git; created by `make secrets` from 1Password
  - name: grafana-admin
    files:
      - admin-password=secrets/grafana-admin-password.txt

generatorOptions:
  disableNameSuffixHash: false
"""[1:], None, "Kustomize docs: secretGenerator (envs, files)")

add("go-sum/decoy-checksum", "cmd/kegwebhook/go.sum", "\n".join([
    f"github.com/go-chi/chi/v5 v5.0.12 h1:{base64.b64encode(rand_bytes(32)).decode()}",
    f"github.com/go-chi/chi/v5 v5.0.12/go.mod h1:{base64.b64encode(rand_bytes(32)).decode()}",
    f"github.com/stripe/stripe-go/v76 v76.21.0 h1:{base64.b64encode(rand_bytes(32)).decode()}",
    f"github.com/stripe/stripe-go/v76 v76.21.0/go.mod h1:{base64.b64encode(rand_bytes(32)).decode()}",
    f"golang.org/x/net v0.22.0 h1:{base64.b64encode(rand_bytes(32)).decode()}",
    f"golang.org/x/net v0.22.0/go.mod h1:{base64.b64encode(rand_bytes(32)).decode()}",
]) + "\n", None, "Go modules reference: go.sum (h1: hashes)")

add("helm/decoy-template-random", "charts/cellar-telemetry/templates/influxdb-secret.yaml", r"""
{{- $existing := lookup "v1" "Secret" .Release.Namespace "influxdb-auth" }}
apiVersion: v1
kind: Secret
metadata:
  name: influxdb-auth
  annotations:
    helm.sh/resource-policy: keep
type: Opaque
data:
  {{- if $existing }}
  admin-password: {{ index $existing.data "admin-password" }}
  admin-token: {{ index $existing.data "admin-token" }}
  {{- else }}
  admin-password: {{ randAlphaNum 24 | b64enc | quote }}
  admin-token: {{ randAlphaNum 64 | b64enc | quote }}
  {{- end }}
"""[1:], None, "Helm docs: lookup function; Sprig randAlphaNum / b64enc")

add("shell/decoy-generated", "ops/backup/init-restic-repo.sh", r"""
#!/usr/bin/env bash
# One-time: create a new restic repository with a random password stored in `pass`.
set -euo pipefail
HOST="${1:?host name}"

if ! pass show "backups/restic/${HOST}" >/dev/null 2>&1; then
  openssl rand -base64 33 | pass insert --multiline "backups/restic/${HOST}"
fi

export RESTIC_REPOSITORY="b2:lowfork-backups:${HOST}"
export RESTIC_PASSWORD_COMMAND="pass show backups/restic/${HOST}"
restic init
echo "repository for ${HOST} created; password is in pass(1) under backups/restic/${HOST}"
"""[1:], None, "restic docs: RESTIC_PASSWORD_COMMAND; pass(1); openssl rand")

add("env/decoy-op-reference", "toast-sync/.env.tpl", r"""
# Rendered with: op inject -i .env.tpl -o .env
TOAST_CLIENT_ID=op://Brewery Integrations/Toast API/username
TOAST_CLIENT_SECRET=op://Brewery Integrations/Toast API/credential
TOAST_RESTAURANT_GUID=a9c4e1b2-7d3f-4e8a-b5c6-0f1e2d3c4b5a
DATABASE_URL=op://Brewery Integrations/Reporting DB/connection-url
SENTRY_DSN=op://Brewery Integrations/Sentry toast-sync/dsn
"""[1:], None, "1Password CLI docs: secret references (op://vault/item/field) and op inject")

add("ini/decoy-env-reference", "club-manager/.sentryclirc", r"""
[defaults]
url = https://sentry.io/
org = lowfork-brewing
project = club-manager

; the token is not kept here: CI sets SENTRY_AUTH_TOKEN, developers run `sentry-cli login`
[log]
level = warn
"""[1:], None, "sentry-cli docs: configuration and environment (SENTRY_AUTH_TOKEN)")

add("cloud-init/decoy-password-hash", "pi-image/user-data.menuboard-01", fill(r"""
#cloud-config
hostname: taproom-menuboard-01
timezone: America/Los_Angeles

users:
  - name: pi
    groups: [sudo, video]
    shell: /bin/bash
    lock_passwd: false
    passwd: "$6$rounds=4096$«salt»$«hash»"
    ssh_authorized_keys:
      - «pub»

runcmd:
  - systemctl enable --now menuboard-kiosk.service
""", salt=chars(16, ALNUM + "./"), hash=chars(86, ALNUM + "./"), pub=ssh_pub("it@lowfork-laptop")),
    None, "cloud-init docs: users and groups (passwd is a crypt(3) SHA-512 hash)")

add("k8s/decoy-secret-ref", "k8s/shop/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-api
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: shop-api }
  template:
    metadata:
      labels: { app: shop-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/lowforkbrewing/shop-api:2024.03.4
          ports: [{ containerPort: 3000 }]
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: shop-stripe, key: STRIPE_SECRET_KEY }
            - name: STRIPE_WEBHOOK_SECRET
              valueFrom:
                secretKeyRef: { name: shop-stripe, key: STRIPE_WEBHOOK_SECRET }
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: shop-db, key: password }
          readinessProbe:
            httpGet: { path: /healthz, port: 3000 }
"""[1:], None, "Kubernetes docs: using Secrets as environment variables (secretKeyRef)")

add("yaml/decoy-env-reference", "excise-service/src/main/resources/application.yml", r"""
spring:
  application:
    name: excise-service
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/brewery
    username: ${DB_USER:excise_svc}
    password: ${DB_PASSWORD}
  jpa:
    open-in-view: false

excise:
  cbma:
    reduced-rate-barrels: 60000
  ttb:
    portal-user: ${TTB_PORTAL_USER:}
    portal-password: ${TTB_PORTAL_PASSWORD:}
"""[1:], None, "Spring Boot docs: externalized configuration, property placeholders ${…}")

add("json/decoy-keyvault-reference", "src/Shop.Web/appsettings.json", r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6f2a9c1e-3b7d-4e8a-9f0c-1d2e3f4a5b6c",
    "ClientId": "c3e8a1f4-7b2d-4c9e-8a5f-0e1d2c3b4a59",
    "CallbackPath": "/signin-oidc"
  },
  "PayPal": {
    "Mode": "live",
    "ClientId": "@Microsoft.KeyVault(SecretUri=https://lowfork-kv.vault.azure.net/secrets/paypal-client-id/)",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://lowfork-kv.vault.azure.net/secrets/paypal-client-secret/)"
  },
  "ConnectionStrings": {
    "KegDb": "@Microsoft.KeyVault(VaultName=lowfork-kv;SecretName=kegdb-connection)"
  }
}
"""[1:], None, "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(SecretUri=…)); Azure AD ids")

_fx = [{"model": "auth.user", "pk": i + 1, "fields": {
    "username": u, "password": "pbkdf2_sha256$720000$" + chars(22) + "$" + base64.b64encode(rand_bytes(32)).decode(),
    "is_staff": True, "is_superuser": i == 0, "email": f"{u}@lowforkbrewing.com"}}
    for i, u in enumerate(["ray", "dana", "taproom"])]
add("json/decoy-password-hash", "kegbot/fixtures/staff_users.json", json.dumps(_fx, indent=2) + "\n", None,
    "Django docs: password management (pbkdf2_sha256$iterations$salt$hash); loaddata fixtures")

add("htpasswd/decoy-password-hash", "ops/nginx/htpasswd.brewers", "\n".join(
    [f"{u}:$2y$10${chars(53, ALNUM + './')}" for u in ["ray", "marisol", "keegan", "trudy", "otis"]]) + "\n", None,
    "Apache htpasswd docs: bcrypt ($2y$) password file")

add("swift/decoy-keychain", "TaproomApp/Services/Credentials.swift", r"""
import Foundation
import Security

/// Reads the Untappd client secret provisioned by MDM into the app's keychain group.
enum Credentials {
    static func untappdClientSecret() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "com.lowfork.taproom.untappd",
            kSecAttrAccount as String: "client_secret",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
"""[1:], None, "Apple docs: Keychain Services SecItemCopyMatching")

add("markdown/decoy-redacted", "docs/incidents/2024-02-stripe-key-rotation.md", r"""
# 2024-02-19: Stripe key exposed in a screenshot (resolved)

**Summary.** A Slack screenshot of the shop admin showed the first characters of the live secret key.

| Time (PT) | Event |
|-----------|-------|
| 09:12 | Screenshot posted in #web with `sk_live_51Hx…` visible (truncated, ~12 chars) |
| 09:20 | Key rolled in the Stripe dashboard; old key `sk_live_51Hx••••••••••••` expired immediately |
| 09:31 | New key stored in SSM `/lowfork/prod/stripe/secret-key`; shop-api redeployed |
| 09:40 | Webhook secret unchanged (`whsec_••••••••`), no unknown API calls in the logs |

**Follow-ups.**
- Admin screenshots must crop the Developers page.
- Restricted keys (`rk_live_…`) for every job that only reads.
"""[1:], None, "Incident postmortem with truncated/redacted key prefixes")

_dash = {"uid": "cellar-ferm-01", "title": "Cellar - fermentation", "timezone": "browser", "schemaVersion": 39,
         "panels": [{"id": 1, "type": "timeseries", "title": "Gravity by vessel",
                     "datasource": {"type": "influxdb", "uid": "P951FEA4DE68E13C5"},
                     "targets": [{"refId": "A", "query": "from(bucket: \"fermentation\") |> range(start: -14d) |> filter(fn: (r) => r._field == \"sg\")"}]},
                    {"id": 2, "type": "stat", "title": "Glycol supply",
                     "datasource": {"type": "influxdb", "uid": "P951FEA4DE68E13C5"},
                     "targets": [{"refId": "A", "query": "from(bucket: \"fermentation\") |> range(start: -5m) |> filter(fn: (r) => r._measurement == \"glycol\") |> last()"}]}],
         "version": 17, "id": None}
add("json/decoy-uuid-id", "grafana/dashboards/cellar-fermentation.json", json.dumps(_dash, indent=2) + "\n", None,
    "Grafana docs: dashboard JSON model (uid, datasource uid)")

add("pem/decoy-public-key", "firmware/signing/cosign.pub", public_key_pem() + "\n", None,
    "Sigstore cosign docs: cosign.pub (PEM public key used to verify firmware images)")

add("cisco-ios/decoy-password-hash", "network/configs/brewhouse-sw01.cfg", fill(r"""
!
version 15.2
service password-encryption
!
hostname brewhouse-sw01
!
enable secret 9 $9$«e1»$«e2»
username netadmin privilege 15 secret 9 $9$«u1»$«u2»
!
ip domain-name lowfork.internal
ip ssh version 2
!
vlan 40
 name OT-BREWHOUSE
!
interface GigabitEthernet0/1
 description S7-1500 PLC
 switchport access vlan 40
 switchport mode access
!
line vty 0 4
 login local
 transport input ssh
!
end
""", e1=chars(14, ALNUM + "./"), e2=chars(43, ALNUM + "./"), u1=chars(14, ALNUM + "./"), u2=chars(43, ALNUM + "./")),
    None, "Cisco IOS docs: enable secret / username secret type 9 (scrypt hashes)")

add("powershell/decoy-secret-manager", "it/Remove-TaproomStaff.ps1", r"""
# Offboards a taproom employee: deactivates the Okta user (SSO removes Toast/7shifts/Slack).
param([Parameter(Mandatory)] [string]$Login)

Import-Module Microsoft.PowerShell.SecretManagement
$token = Get-Secret -Vault BreweryIT -Name 'okta-api-token' -AsPlainText

$OktaOrg = "https://lowforkbrewing.okta.com"
$Headers = @{ Authorization = "SSWS $token"; Accept = "application/json" }

$user = Invoke-RestMethod -Uri "$OktaOrg/api/v1/users/$([uri]::EscapeDataString($Login))" -Headers $Headers
Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users/$($user.id)/lifecycle/deactivate" -Headers $Headers
Write-Host "Deactivated $Login"
"""[1:], None, "PowerShell SecretManagement Get-Secret; Okta Users API lifecycle/deactivate")

add("shell/decoy-test-fixture", "scripts/test/keg-kicked.bats", r"""
#!/usr/bin/env bats
# Runs keg-kicked.sh against a local stub instead of Discord.

setup() {
  export WEBHOOK_OVERRIDE="http://127.0.0.1:18080/api/webhooks/000000000000000000/dummy-token-for-tests"
  python3 -m http.server 18080 --directory "$BATS_TEST_TMPDIR" >/dev/null 2>&1 &
  STUB_PID=$!
}

teardown() {
  kill "$STUB_PID"
}

@test "posts the tap number and beer name" {
  run ./scripts/keg-kicked.sh 7 "Slack Tide Pils"
  [ "$status" -eq 0 ]
}
"""[1:], None, "bats-core docs; dummy webhook URL for a local stub")
