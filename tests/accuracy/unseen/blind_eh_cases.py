"""Blind set EH: beekeeping co-operatives and honey producers.

Hive sensor telemetry (scales, ESP32/LoRa nodes, MQTT, InfluxDB, Grafana), LoRaWAN gateways and
network servers (The Things Stack, ChirpStack, Basic Station), extraction-plant PLCs and their
networks, honey lab analysis portals, the e-shop and wholesale ordering (Shopify, WooCommerce,
Stripe, Mollie, PayPal, shipping), traceability and lot records, grant reporting, and their decoys.
Generated fakes only (seeds 1,380,000-1,389,999).
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

SEED_LOW, SEED_HIGH = 1_380_000, 1_389_999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B32 = string.ascii_uppercase + "234567"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    """Alphanumeric with both cases and a digit (bounded redraws, then forced)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(ALNUM) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "K7" + value[2:]


WORDS = ["Heather", "Clover", "Linden", "Acacia", "Manuka", "Propolis", "Nectar", "Pollen", "Swarm",
         "Buckwheat", "Lavender", "Bramble", "Apiary", "Smoker", "Borage", "Sainfoin", "Chestnut",
         "Carniolan", "Buckfast", "Drone", "Hawthorn", "Sunflower", "Rapeseed", "Goldenrod"]
LOWER = ["comb", "frame", "queen", "super", "brood", "wax", "hive", "forage", "nuc", "skep",
         "veil", "royal", "jelly", "mead", "bloom", "meadow", "thyme", "orchard"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&?") + r.choice(WORDS) + str(r.randint(10, 9999))


def phrase_pw() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 999)) + r.choice("!#%")


def person_pw() -> str:
    r = _rng()
    return r.choice(LOWER).capitalize() + str(r.randint(1950, 2024)) + r.choice("!$#.") + r.choice(WORDS).lower()


def gen_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n) if not extra else draw(n, ALNUM + extra)


def hexs(n: int) -> str:
    return draw(n, HEX)


def uhex(n: int) -> str:
    return draw(n, UHEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def key_b64(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def uuid4() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA", lines: int = 8) -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(lines))
    tail = "".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "="
    return f"-----BEGIN {label}-----\n{body}\n{tail}\n-----END {label}-----"


def bcrypt_hash() -> str:
    return "$2b$08$" + draw(53, "./" + ALNUM)


def openssh_pem() -> str:
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = [head] + [draw(70, B64) for _ in range(5)] + [draw(14, B64) + "=="]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url_nopad(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{draw(43, URLSAFE)}"


def ttn_key() -> str:
    return "NNSXS." + draw(39, B32) + "." + draw(52, B32)


def appkey() -> str:
    return uhex(32)


def influx_token() -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def stripe(prefix: str, n: int = 24) -> str:
    return prefix + mixed(n)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + mixed(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 - 1)}/" + draw(68, URLSAFE)


def sendgrid() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailchimp() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def telegram() -> str:
    return fakes.telegram_token(_seed())


def eui() -> str:
    return uhex(16)


def mapbox_token(prefix: str) -> str:
    claims = '{"u":"igsued","a":"' + draw(25, string.ascii_lowercase + string.digits) + '"}'
    return prefix + "." + b64url_nopad(claims) + "." + draw(22, URLSAFE)


def wg_key() -> str:
    return key_b64(32)


CASES: List[LabelledCase] = []


def t(text: str, **values: str) -> str:
    out = text.lstrip("\n")
    for name, value in values.items():
        out = out.replace(f"<<{name}>>", value)
    assert not re.search(r"<<[a-z0-9_]+>>", out), out[:200]
    return out if out.endswith("\n") else out + "\n"


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-eh/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Hive sensor telemetry: scales, ESP32 nodes, MQTT, InfluxDB, Grafana
# ---------------------------------------------------------------------------------------------

_v = draw(32, URLSAFE)
add("arduino/blynk-token", "firmware/hive-scale-esp32/hive_scale.ino", t(r"""
// Hive scale v3 - ESP32 + HX711, reports weight/temp to Blynk every 10 min
#define BLYNK_TEMPLATE_ID "TMPL4kQe2xJ7b"
#define BLYNK_TEMPLATE_NAME "Hive Scale"
#define BLYNK_AUTH_TOKEN "<<v>>"
#define BLYNK_PRINT Serial

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>
#include "HX711.h"
#include "wifi_creds.h"

const int LOADCELL_DOUT_PIN = 16;
const int LOADCELL_SCK_PIN = 4;
const float CALIBRATION = -21650.0;

HX711 scale;
BlynkTimer timer;

void sendWeight() {
  if (scale.is_ready()) {
    float kg = scale.get_units(10);
    Blynk.virtualWrite(V0, kg);
    Blynk.virtualWrite(V1, temperatureRead());
  }
}

void setup() {
  Serial.begin(115200);
  scale.begin(LOADCELL_DOUT_PIN, LOADCELL_SCK_PIN);
  scale.set_scale(CALIBRATION);
  Blynk.begin(BLYNK_AUTH_TOKEN, WIFI_SSID, WIFI_PASS);
  timer.setInterval(600000L, sendWeight);
}

void loop() {
  Blynk.run();
  timer.run();
}
""", v=_v), _v, "Blynk docs: BLYNK_AUTH_TOKEN define in Blynk.Edgent / static token sketches")

_v = person_pw()
add("c-header/wifi-password", "firmware/hive-scale-esp32/wifi_creds.h", t(r"""
#pragma once
// Apiary "Hinterer Hang" - LTE router in the shed
// (don't commit this file, it is in .gitignore... mostly)
#define WIFI_SSID "Bienenhaus-LTE"
#define WIFI_PASS "<<v>>"
#define WIFI_CONNECT_TIMEOUT_MS 20000
""", v=_v), _v, "Arduino WiFi.begin(ssid, pass) credentials header pattern")

add("c-header/decoy-placeholder", "firmware/hive-scale-esp32/wifi_creds.example.h", t(r"""
#pragma once
// Copy to wifi_creds.h and fill in for your apiary. wifi_creds.h is git-ignored.
#define WIFI_SSID "your-ssid"
#define WIFI_PASS "your-wifi-password"
#define WIFI_CONNECT_TIMEOUT_MS 20000
"""), None, "Arduino secrets header template convention")

_v = draw(16, string.ascii_uppercase + string.digits)
add("arduino/thingspeak-write-key", "firmware/stockwaage/stockwaage.ino", t(r"""
/* Stockwaage mit ESP8266, HX711 und DS18B20
 * Sendet Gewicht (field1), Temperatur innen (field2) und Akku (field3) an ThingSpeak.
 */
#include <ESP8266WiFi.h>
#include <ESP8266HTTPClient.h>
#include <HX711.h>

const char* ssid = WIFI_SSID;
const char* pass = WIFI_PASS;
const char* host = "http://api.thingspeak.com/update";
String apiKey = "<<v>>";   // Write API Key, Kanal 2231877

HX711 waage;

void setup() {
  Serial.begin(115200);
  waage.begin(D2, D3);
  waage.set_scale(22150.f);
  WiFi.begin(ssid, pass);
  while (WiFi.status() != WL_CONNECTED) delay(500);
}

void loop() {
  WiFiClient client;
  HTTPClient http;
  float kg = waage.get_units(5);
  String url = String(host) + "?api_key=" + apiKey + "&field1=" + String(kg, 2)
             + "&field3=" + String(analogRead(A0));
  http.begin(client, url);
  int code = http.GET();
  Serial.printf("ThingSpeak: %d\n", code);
  http.end();
  ESP.deepSleep(15 * 60e6);
}
""", v=_v), _v, "ThingSpeak REST API: update channel feed with write api_key")

add("arduino/decoy-env-reference", "firmware/stockwaage/platformio.ini", t(r"""
; PlatformIO project for the hive scale
[env:d1_mini]
platform = espressif8266
board = d1_mini
framework = arduino
monitor_speed = 115200
lib_deps =
    bogde/HX711@^0.7.5
    paulstoffregen/OneWire@^2.3.7
build_flags =
    -DWIFI_SSID=\"${sysenv.HIVE_WIFI_SSID}\"
    -DWIFI_PASS=\"${sysenv.HIVE_WIFI_PASS}\"
    -DTS_WRITE_KEY=\"${sysenv.THINGSPEAK_WRITE_KEY}\"
"""), None, "PlatformIO docs: build_flags with ${sysenv.VAR} interpolation")

_v = appkey()
add("c-header/lorawan-appkey", "firmware/hive-node-mkrwan/arduino_secrets.h", t(r"""
// MKR WAN 1310 hive node #07 (Obstwiese)
// Keys from The Things Stack console, application "imkerei-hives"
#define SECRET_APP_EUI "70B3D57ED005E1A7"
#define SECRET_APP_KEY "<<v>>"
// DevEUI is read from the module: modem.deviceEUI()
""", v=_v), _v, "Arduino MKRWAN examples: arduino_secrets.h SECRET_APP_EUI / SECRET_APP_KEY")

add("c-header/decoy-public-id", "firmware/hive-node-lmic/lorawan_ids.h", t(r"""
// Identifiers only -- keys are provisioned at flash time from the secure element (ATECC608A).
// DevEUI and JoinEUI are printed on the node label and are not secret.
#pragma once
static const u1_t PROGMEM DEVEUI[8]  = { 0x4F, 0x1C, 0x00, 0xD8, 0x7E, 0xD5, 0xB3, 0x70 };  // LSB
static const u1_t PROGMEM APPEUI[8]  = { 0xA7, 0xE1, 0x05, 0xD0, 0x7E, 0xD5, 0xB3, 0x70 };  // LSB
// APPKEY comes from the ATECC608A slot 2, see provision_keys.cpp
#define LMIC_USE_SECURE_ELEMENT 1
"""), None, "MCCI LMIC: DEVEUI/APPEUI are identifiers; TTS docs: DevEUI/JoinEUI are public")

_v = ttn_key()
add("env/ttn-api-key", "telemetry/ingest/.env", t(r"""
# hive-ingest: pulls uplinks from The Things Stack (eu1) and writes them to InfluxDB
TTS_CLUSTER=eu1.cloud.thethings.network
TTS_APPLICATION_ID=imkerei-hives
TTS_API_KEY=<<v>>
INFLUX_URL=http://influx.apiary.lan:8086
INFLUX_ORG=imkerei
INFLUX_BUCKET=hives
LOG_LEVEL=info
""", v=_v), _v, "The Things Stack docs: API keys (NNSXS.<id>.<secret>) for the Storage Integration API")

_v = ttn_key()
add("shell/ttn-api-key", "gateways/basicstation/provision_tc.sh", t(r"""
#!/usr/bin/env bash
# Provision LNS credentials for a LoRa Basics Station gateway on The Things Stack.
# Run on the gateway as root. Gateway: apiary-gw-lindenhof
set -euo pipefail

export TC_URI="wss://eu1.cloud.thethings.network:8887"
export LNS_KEY="<<v>>"

mkdir -p /etc/station && cd /etc/station
echo "$TC_URI" > tc.uri
curl -fsSL https://letsencrypt.org/certs/isrgrootx1.pem -o tc.trust
echo "Authorization: Bearer $LNS_KEY" | perl -p -e 's/\r\n|\n|\r/\r\n/g' > tc.key
chmod 600 tc.key
systemctl restart basicstation
""", v=_v), _v, "The Things Stack docs: LoRa Basics Station LNS tc.key with Authorization: Bearer header")

add("shell/decoy-env-reference", "gateways/basicstation/provision_tc_vault.sh", t(r"""
#!/usr/bin/env bash
# Same as provision_tc.sh, but the LNS key is read from the co-op's Vault at install time.
set -euo pipefail
GW_ID="${1:?usage: $0 <gateway-id>}"
TC_URI="wss://eu1.cloud.thethings.network:8887"
LNS_KEY="$(vault kv get -field=lns_key "secret/lorawan/gateways/${GW_ID}")"

mkdir -p /etc/station && cd /etc/station
echo "$TC_URI" > tc.uri
echo "Authorization: Bearer ${LNS_KEY}" | perl -p -e 's/\r\n|\n|\r/\r\n/g' > tc.key
chmod 600 tc.key
unset LNS_KEY
"""), None, "HashiCorp Vault CLI: vault kv get -field")

add("json/decoy-public-id", "gateways/sx1302/global_conf.json", t(r"""
{
  "SX130x_conf": {
    "com_type": "SPI",
    "com_path": "/dev/spidev0.0",
    "lorawan_public": true,
    "clksrc": 0,
    "antenna_gain": 0,
    "full_duplex": false
  },
  "gateway_conf": {
    "gateway_ID": "B827EBFFFE6A3C21",
    "server_address": "eu1.cloud.thethings.network",
    "serv_port_up": 1700,
    "serv_port_down": 1700,
    "keepalive_interval": 10,
    "stat_interval": 30,
    "push_timeout_ms": 100,
    "forward_crc_valid": true,
    "forward_crc_error": false,
    "gps_tty_path": "/dev/ttyS0",
    "ref_latitude": 48.3712,
    "ref_longitude": 10.8981,
    "ref_altitude": 492
  }
}
"""), None, "Semtech sx1302_hal packet forwarder global_conf.json (gateway_ID is an EUI)")

_v = appkey()
_dev = eui()
add("json/lorawan-appkey", "telemetry/devices/hive-node-12.json", t(r"""
{
  "ids": {
    "device_id": "hive-node-12",
    "dev_eui": "<<dev>>",
    "join_eui": "70B3D57ED005E1A7",
    "application_ids": { "application_id": "imkerei-hives" }
  },
  "name": "Hive 12 - Rapsfeld Nord",
  "lorawan_version": "MAC_V1_0_3",
  "lorawan_phy_version": "PHY_V1_0_3_REV_A",
  "frequency_plan_id": "EU_863_870_TTN",
  "supports_join": true,
  "root_keys": {
    "app_key": { "key": "<<v>>" }
  },
  "attributes": { "apiary": "rapsfeld-nord", "scale": "true" }
}
""", v=_v, dev=_dev), _v, "The Things Stack docs: end device JSON import (root_keys.app_key.key)")

_uplink_id = uuid4()
add("json/decoy-uplink-payload", "telemetry/fixtures/uplink_hive_03.json", t(r"""
{
  "end_device_ids": {
    "device_id": "hive-node-03",
    "application_ids": { "application_id": "imkerei-hives" },
    "dev_eui": "70B3D5E75E00A3F1",
    "join_eui": "70B3D57ED005E1A7",
    "dev_addr": "260B4C7E"
  },
  "correlation_ids": ["as:up:01HQ3K9W8Z2X4V6B7N5M1C0P9R", "rpc:/ttn.lorawan.v3.AppAs/SimulateUplink:<<uid>>"],
  "received_at": "2024-05-14T05:42:11.183Z",
  "uplink_message": {
    "session_key_id": "AY9c2Bf3k1dXJ8Zs0Yq7nQ==",
    "f_port": 2,
    "f_cnt": 1841,
    "frm_payload": "AQ0rC7gCWA==",
    "decoded_payload": { "weight_kg": 33.71, "temp_c": 29.6, "battery_mv": 3896 },
    "rx_metadata": [{ "gateway_ids": { "gateway_id": "apiary-gw-lindenhof", "eui": "B827EBFFFE6A3C21" }, "rssi": -97, "snr": 6.25 }],
    "settings": { "data_rate": { "lora": { "bandwidth": 125000, "spreading_factor": 9 } }, "frequency": "868300000" }
  }
}
""", uid=_uplink_id), None, "The Things Stack docs: uplink message format (session_key_id is an identifier, frm_payload is data)")

add("js/decoy-hex-constants", "telemetry/ttn/payload_formatter.js", t(r"""
// TTS uplink payload formatter for the hive node (v3 frame layout)
// byte 0: version, 1-2: weight in 10 g, 3-4: temp * 100, 5-6: battery mV
const FRAME_MAGIC = 0x01;
const CRC_TABLE_SEED = 0xA001;
const CALIB_ID = "9f3e2b7c41d8a0e5";   // calibration record id printed on the scale label

function decodeUplink(input) {
  const b = input.bytes;
  if (b[0] !== FRAME_MAGIC) {
    return { errors: ["unknown frame version " + b[0]] };
  }
  return {
    data: {
      weight_kg: ((b[1] << 8) | b[2]) / 100,
      temp_c: (((b[3] << 8) | b[4]) << 16 >> 16) / 100,
      battery_mv: (b[5] << 8) | b[6],
      calibration: CALIB_ID,
    },
    warnings: [],
    errors: [],
  };
}
"""), None, "The Things Stack docs: JavaScript payload formatters (decodeUplink)")

_v = words_pw()
add("mosquitto/mqtt-password", "telemetry/mosquitto/conf.d/bridge-coop.conf", t(r"""
# Bridge from the apiary Raspberry Pi to the co-operative's central broker
connection coop-central
address mqtt.imkergenossenschaft.de:8883
bridge_protocol_version mqttv311
remote_clientid apiary-lindenhof-pi
remote_username lindenhof
remote_password <<v>>
bridge_cafile /etc/ssl/certs/ca-certificates.crt
topic hives/lindenhof/# out 1
topic cmd/lindenhof/# in 1
cleansession false
start_type automatic
notifications true
""", v=_v), _v, "mosquitto.conf(5): bridge remote_username / remote_password")

_mq = "\n".join(f"{user}:$7$101${key_b64(12)}${key_b64(64)}"
                for user in ["hive-gw-01", "hive-gw-02", "grafana-reader", "node-red", "telegraf", "lindenhof"])
add("mosquitto/decoy-password-hash", "telemetry/mosquitto/passwd", t("""
# generated with: mosquitto_passwd -c /etc/mosquitto/passwd <user>   (PBKDF2-SHA512, 101 iterations)
<<mq>>
""", mq=_mq), None, "mosquitto_passwd(1): $7$ PBKDF2-SHA512 password file")

add("mosquitto/decoy-config", "telemetry/mosquitto/mosquitto.conf", t(r"""
# Central broker, Imkergenossenschaft
per_listener_settings true

listener 1883 127.0.0.1
allow_anonymous true

listener 8883
certfile /etc/mosquitto/certs/fullchain.pem
keyfile /etc/mosquitto/certs/privkey.pem
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl
allow_anonymous false

persistence true
persistence_location /var/lib/mosquitto/
log_dest syslog
include_dir /etc/mosquitto/conf.d
"""), None, "mosquitto.conf(5): password_file, keyfile paths")

_v = phrase_pw()
add("python/mqtt-password", "telemetry/gateway/forward_hives.py", t(r"""
#!/usr/bin/env python3
# Reads the BLE hive sensors (BroodMinder) and forwards readings to the co-op broker.
import json
import time

import paho.mqtt.client as mqtt
from broodminder import scan_devices

BROKER = "mqtt.imkergenossenschaft.de"
APIARY = "waldrand"

client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"apiary-{APIARY}")
client.username_pw_set("waldrand-pi", "<<v>>")
client.tls_set()
client.connect(BROKER, 8883, keepalive=60)
client.loop_start()

while True:
    for dev in scan_devices(timeout=20):
        topic = f"hives/{APIARY}/{dev.serial}/reading"
        client.publish(topic, json.dumps(dev.as_dict()), qos=1)
    time.sleep(300)
""", v=_v), _v, "paho-mqtt docs: Client.username_pw_set(username, password)")

add("python/decoy-env-reference", "telemetry/gateway/forward_hives_env.py", t(r"""
#!/usr/bin/env python3
import json
import os
import time

import paho.mqtt.client as mqtt
from broodminder import scan_devices

BROKER = os.environ.get("MQTT_HOST", "mqtt.imkergenossenschaft.de")
APIARY = os.environ["APIARY_ID"]

client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"apiary-{APIARY}")
client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
client.tls_set()
client.connect(BROKER, 8883, keepalive=60)
client.loop_start()

while True:
    for dev in scan_devices(timeout=20):
        client.publish(f"hives/{APIARY}/{dev.serial}/reading", json.dumps(dev.as_dict()), qos=1)
    time.sleep(300)
"""), None, "paho-mqtt docs; credentials read from the environment")

_v = gen_pw(32)
add("js/nodered-credential-secret", "telemetry/node-red/settings.js", t(r"""
// Node-RED settings for the honey house dashboard (extraction room climate + hive overview)
module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "<<v>>",
    flowFilePretty: true,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "imker",
            password: "<<bc>>",
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
""", v=_v, bc=bcrypt_hash()), _v, "Node-RED docs: settings.js credentialSecret encrypts flows_cred.json")

add("js/decoy-password-hash", "telemetry/node-red/settings.prod.js", t(r"""
// Production Node-RED settings: credential secret comes from the systemd environment.
module.exports = {
    flowFile: 'flows.json',
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "imker",
            password: "<<b1>>",
            permissions: "*"
        }, {
            username: "viewer",
            password: "<<b2>>",
            permissions: "read"
        }]
    },
    httpNodeAuth: { user: "dash", pass: "<<b3>>" },
    logging: { console: { level: "warn" } }
};
""", b1=bcrypt_hash(), b2=bcrypt_hash(), b3=bcrypt_hash()), None, "Node-RED docs: adminAuth with bcrypt hashes (node-red admin hash-pw)")

_v = words_pw()
add("json/nodered-plain-credentials", "telemetry/node-red/flows_cred.json", t(r"""
{
    "a3f1c9e2.5b7d48": {
        "user": "honeyhouse",
        "password": "<<v>>"
    },
    "7e2b4d10.c9a6f3": {
        "token": ""
    },
    "d41c8a77.0e93b5": {
        "user": "",
        "password": ""
    }
}
""", v=_v), _v, "Node-RED docs: flows_cred.json unencrypted when credentialSecret is false")

add("json/decoy-ciphertext", "telemetry/node-red/backup/honeyhouse-2024-04-02.json", t(r"""
{
  "exported_by": "node-red-contrib-flow-backup 1.2.0",
  "node_red_version": "3.1.9",
  "exported_at": "2024-04-02T18:11:05Z",
  "flows_file": "flows.json",
  "credentials": {
    "$": "<<ct>>"
  },
  "note": "credentials are encrypted with credentialSecret (NODE_RED_CREDENTIAL_SECRET, kept in the systemd drop-in)"
}
""", ct=hexs(32) + key_b64(240)), None, "Node-RED: encrypted credentials ({\"$\": iv hex + base64 ciphertext})")

_v = influx_token()
add("toml/influx-token", "telemetry/telegraf/telegraf.conf", t(r"""
[agent]
  interval = "60s"
  round_interval = true
  flush_interval = "30s"
  hostname = "honeyhouse-pi"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["hives/+/+/reading"]
  data_format = "json"
  tag_keys = ["serial", "apiary"]
  topic_tag = "topic"

[[inputs.modbus]]
  name = "extractor"
  controller = "tcp://10.20.0.15:502"
  slave_id = 1
  holding_registers = [
    { name = "drum_rpm", byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [100] },
    { name = "honey_temp", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [102] },
  ]

[[outputs.influxdb_v2]]
  urls = ["http://influx.apiary.lan:8086"]
  token = "<<v>>"
  organization = "imkerei"
  bucket = "hives"
""", v=_v), _v, "Telegraf docs: outputs.influxdb_v2 token; InfluxDB v2 API token format")

add("toml/decoy-env-reference", "telemetry/telegraf/telegraf.d/outputs.conf", t(r"""
# Output to InfluxDB Cloud; token injected by the telegraf systemd EnvironmentFile
[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "${INFLUX_TOKEN}"
  organization = "imkergenossenschaft"
  bucket = "hives"
  timeout = "10s"
  content_encoding = "gzip"
"""), None, "Telegraf docs: environment variables in the config (${VAR})")

_v = influx_token()
add("yaml/influx-token", "telemetry/grafana/provisioning/datasources/influx.yaml", t(r"""
apiVersion: 1

datasources:
  - name: Hives (InfluxDB)
    type: influxdb
    access: proxy
    url: http://influx.apiary.lan:8086
    isDefault: true
    jsonData:
      version: Flux
      organization: imkerei
      defaultBucket: hives
      tlsSkipVerify: true
    secureJsonData:
      token: <<v>>
""", v=_v), _v, "Grafana docs: provisioning InfluxDB data source (secureJsonData.token)")

add("yaml/decoy-env-reference", "telemetry/grafana/provisioning/datasources/postgres.yaml", t(r"""
apiVersion: 1

datasources:
  - name: Traceability (PostgreSQL)
    type: postgres
    url: db.traceability.internal:5432
    user: grafana_ro
    jsonData:
      database: traceability
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
"""), None, "Grafana docs: provisioning with $__env{VAR} expansion")

_v = "glsa_" + mixed(32) + "_" + hexs(8)
add("python/grafana-service-account-token", "telemetry/tools/annotate_harvest.py", t(r"""
#!/usr/bin/env python3
# Add a Grafana annotation whenever supers are taken off for extraction, so the weight drop
# on the hive dashboards is explained.
import sys
from datetime import datetime, timezone

import requests

GRAFANA = "https://grafana.imkergenossenschaft.de"
HEADERS = {"Authorization": "Bearer <<v>>"}


def annotate(hive: str, kg: float) -> None:
    body = {
        "dashboardUID": "hives-overview",
        "time": int(datetime.now(timezone.utc).timestamp() * 1000),
        "tags": ["harvest", hive],
        "text": f"Honigernte {hive}: {kg:.1f} kg Waben entnommen",
    }
    r = requests.post(f"{GRAFANA}/api/annotations", json=body, headers=HEADERS, timeout=10)
    r.raise_for_status()


if __name__ == "__main__":
    annotate(sys.argv[1], float(sys.argv[2]))
""", v=_v), _v, "Grafana docs: service account tokens (glsa_) and the annotations HTTP API")

add("json/decoy-dashboard-uids", "telemetry/grafana/dashboards/hives-overview.json", t(r"""
{
  "uid": "hives-overview",
  "title": "Hives overview",
  "version": 27,
  "panels": [
    {
      "id": 2,
      "type": "timeseries",
      "title": "Weight (kg)",
      "datasource": { "type": "influxdb", "uid": "P951FEA4DE68E13C5" },
      "targets": [
        {
          "refId": "A",
          "query": "from(bucket: \"hives\") |> range(start: v.timeRangeStart) |> filter(fn: (r) => r._field == \"weight_kg\")"
        }
      ]
    },
    {
      "id": 3,
      "type": "stat",
      "title": "Brood temp",
      "datasource": { "type": "influxdb", "uid": "P951FEA4DE68E13C5" },
      "targets": [{ "refId": "A", "query": "from(bucket: \"hives\") |> range(start: -1h) |> last()" }]
    }
  ],
  "templating": { "list": [{ "name": "apiary", "type": "query", "datasource": { "uid": "P951FEA4DE68E13C5" } }] },
  "time": { "from": "now-30d", "to": "now" }
}
"""), None, "Grafana dashboard JSON model (datasource uid)")

_v = words_pw()
add("compose/influx-admin-password", "telemetry/docker-compose.yml", t(r"""
services:
  influxdb:
    image: influxdb:2.7
    restart: unless-stopped
    ports:
      - "8086:8086"
    volumes:
      - influx-data:/var/lib/influxdb2
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: imker-admin
      DOCKER_INFLUXDB_INIT_PASSWORD: "<<v>>"
      DOCKER_INFLUXDB_INIT_ORG: imkerei
      DOCKER_INFLUXDB_INIT_BUCKET: hives
      DOCKER_INFLUXDB_INIT_RETENTION: 1825d

  grafana:
    image: grafana/grafana-oss:10.4.2
    restart: unless-stopped
    ports:
      - "3000:3000"
    volumes:
      - grafana-data:/var/lib/grafana
      - ./grafana/provisioning:/etc/grafana/provisioning:ro
    depends_on:
      - influxdb

volumes:
  influx-data:
  grafana-data:
""", v=_v), _v, "InfluxDB Docker image docs: DOCKER_INFLUXDB_INIT_PASSWORD")

add("compose/decoy-secret-files", "telemetry/docker-compose.prod.yml", t(r"""
services:
  influxdb:
    image: influxdb:2.7@sha256:4f3e2a1c9b8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME_FILE: /run/secrets/influx_admin_user
      DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_admin_password
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN_FILE: /run/secrets/influx_admin_token
      DOCKER_INFLUXDB_INIT_ORG: imkerei
      DOCKER_INFLUXDB_INIT_BUCKET: hives
    secrets:
      - influx_admin_user
      - influx_admin_password
      - influx_admin_token

secrets:
  influx_admin_user:
    file: ./secrets/influx_admin_user.txt
  influx_admin_password:
    file: ./secrets/influx_admin_password.txt
  influx_admin_token:
    file: ./secrets/influx_admin_token.txt
"""), None, "Docker docs: compose secrets; InfluxDB image *_FILE variables; image digest pin")

_v = influx_token()
add("k8s-secret/influx-token", "deploy/k8s/telemetry/influx-token-secret.yaml", t(r"""
apiVersion: v1
kind: Secret
metadata:
  name: hive-ingest-influx
  namespace: telemetry
  labels:
    app.kubernetes.io/name: hive-ingest
type: Opaque
data:
  INFLUX_URL: <<url>>
  INFLUX_ORG: <<org>>
  INFLUX_TOKEN: <<tok>>
""", url=b64("http://influxdb.telemetry.svc:8086"), org=b64("imkerei"), tok=b64(_v)), _v,
    "Kubernetes docs: Secret data values are base64-encoded")

add("k8s/decoy-sealed-secret", "deploy/k8s/telemetry/influx-token-sealed.yaml", t(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: hive-ingest-influx
  namespace: telemetry
spec:
  encryptedData:
    INFLUX_TOKEN: <<c1>>
    INFLUX_ORG: <<c2>>
  template:
    metadata:
      name: hive-ingest-influx
      namespace: telemetry
    type: Opaque
""", c1="AgB" + key_b64(500).rstrip("="), c2="AgC" + key_b64(280).rstrip("=")), None, "Bitnami sealed-secrets docs: SealedSecret encryptedData (asymmetric ciphertext)")

_v = key_b64(32)
add("yaml/esphome-api-key", "telemetry/esphome/honeyhouse-climate.yaml", t(r"""
esphome:
  name: honeyhouse-climate
  friendly_name: Honey house climate

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "<<v>>"

ota:
  - platform: esphome
    password: !secret ota_password

i2c:
  sda: 21
  scl: 22

sensor:
  - platform: sht4x
    temperature:
      name: "Extraction room temperature"
    humidity:
      name: "Extraction room humidity"
    update_interval: 60s

switch:
  - platform: gpio
    pin: 26
    name: "Dehumidifier"
""", v=_v), _v, "ESPHome docs: Native API encryption key (32 bytes, base64)")

add("yaml/decoy-secret-reference", "telemetry/esphome/warming-cabinet.yaml", t(r"""
esphome:
  name: warming-cabinet
  friendly_name: Honey warming cabinet

esp8266:
  board: d1_mini

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Warming-Cabinet Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: dallas_temp
    name: "Cabinet temperature"
    update_interval: 30s

climate:
  - platform: thermostat
    name: "Decrystallising"
    sensor: cabinet_temp
    min_heating_off_time: 300s
    min_heating_run_time: 300s
    min_idling_time: 30s
    heat_action:
      - switch.turn_on: heater
    idle_action:
      - switch.turn_off: heater
"""), None, "ESPHome docs: !secret references to secrets.yaml")

_v = jwt({"iss": hexs(32), "iat": 1714900000, "exp": 2030260000})
add("yaml/home-assistant-token", "telemetry/home-assistant/rest_commands.yaml", t(r"""
# Included from configuration.yaml: rest_command: !include rest_commands.yaml
# Pushes the extraction-room state to the co-op's central Home Assistant.
push_extraction_state:
  url: "https://ha.imkergenossenschaft.de/api/states/sensor.extraction_room_{{ room }}"
  method: POST
  headers:
    authorization: "Bearer <<v>>"
    content-type: "application/json"
  payload: '{"state": "{{ state }}", "attributes": {"unit_of_measurement": "°C"}}'
  verify_ssl: true

notify_swarm_alarm:
  url: "https://ha.imkergenossenschaft.de/api/services/notify/mobile_app_imker"
  method: POST
  headers:
    authorization: "Bearer <<v>>"
  payload: '{"message": "Gewichtsabfall > 2 kg an {{ hive }} - Schwarm?"}'
""", v=_v), _v, "Home Assistant docs: RESTful Command with long-lived access token (JWT) header")

add("yaml/decoy-secret-reference", "telemetry/home-assistant/configuration.yaml", t(r"""
homeassistant:
  name: Honey house
  unit_system: metric
  time_zone: Europe/Berlin

http:
  use_x_forwarded_for: true
  trusted_proxies:
    - 10.20.0.2

influxdb:
  api_version: 2
  host: influx.apiary.lan
  port: 8086
  ssl: false
  token: !secret influxdb_token
  organization: imkerei
  bucket: honeyhouse

mqtt_statestream:
  base_topic: honeyhouse
  include:
    domains:
      - sensor

rest_command: !include rest_commands.yaml
"""), None, "Home Assistant docs: !secret in configuration.yaml")

# ---------------------------------------------------------------------------------------------
# LoRaWAN network server and gateways, apiary networking
# ---------------------------------------------------------------------------------------------

_v = key_b64(32)
add("toml/chirpstack-api-secret", "lorawan/chirpstack/chirpstack.toml", t(r"""
[logging]
  level="info"

[postgresql]
  dsn="postgres://chirpstack:{{ env "POSTGRES_PASSWORD" }}@postgres/chirpstack?sslmode=disable"
  max_open_connections=10

[redis]
  servers=["redis://redis/"]

[network]
  net_id="000000"
  enabled_regions=["eu868"]

[api]
  bind="0.0.0.0:8080"
  secret="<<v>>"

[integration]
  enabled=["mqtt"]

  [integration.mqtt]
    server="tcp://mosquitto:1883/"
    json=true
""", v=_v), _v, "ChirpStack v4 docs: chirpstack.toml [api] secret (JWT signing secret)")

add("toml/decoy-placeholder", "lorawan/chirpstack/chirpstack.example.toml", t(r"""
[postgresql]
  dsn="postgres://chirpstack:chirpstack@localhost/chirpstack?sslmode=disable"

[redis]
  servers=["redis://localhost/"]

[network]
  net_id="000000"
  enabled_regions=["eu868"]

[api]
  bind="0.0.0.0:8080"
  # Secret used for generating JWT tokens. Generate with: openssl rand -base64 32
  secret="you-must-replace-this"
"""), None, "ChirpStack v4 docs: default chirpstack.toml placeholder secret")

_v = jwt({"aud": "chirpstack", "iss": "chirpstack", "sub": uuid4(), "typ": "key"})
add("python/chirpstack-api-token", "lorawan/tools/register_nodes.py", t(r"""
#!/usr/bin/env python3
# Register a batch of hive nodes in ChirpStack from the co-op's node list (CSV).
import csv
import sys

import grpc
from chirpstack_api import api

SERVER = "chirpstack.imkergenossenschaft.de:443"
API_TOKEN = "<<v>>"
APPLICATION_ID = "5c1f9b0e-4b77-4d55-9a3a-1d0f2c6e8a41"
DEVICE_PROFILE_ID = "b6e2d7f4-91a0-4c3e-8f2d-7a5b3c1e9d08"

channel = grpc.secure_channel(SERVER, grpc.ssl_channel_credentials())
client = api.DeviceServiceStub(channel)
auth = [("authorization", f"Bearer {API_TOKEN}")]

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        req = api.CreateDeviceRequest()
        req.device.dev_eui = row["dev_eui"]
        req.device.name = row["name"]
        req.device.application_id = APPLICATION_ID
        req.device.device_profile_id = DEVICE_PROFILE_ID
        client.Create(req, metadata=auth)
        print("created", row["name"])
""", v=_v), _v, "ChirpStack v4 API docs: Python gRPC example with API token in authorization metadata")

add("csv/decoy-public-id", "lorawan/nodes/hive-nodes-2024.csv", t(r"""
dev_eui,name,apiary,hive,installed,firmware
70B3D5E75E00A3F1,hive-node-03,lindenhof,L-03,2023-04-11,1.4.2
70B3D5E75E00A3F4,hive-node-04,lindenhof,L-04,2023-04-11,1.4.2
70B3D5E75E00A402,hive-node-07,obstwiese,O-01,2023-05-02,1.4.2
70B3D5E75E00A40C,hive-node-12,rapsfeld-nord,R-02,2024-03-28,1.5.0
70B3D5E75E00A40D,hive-node-13,rapsfeld-nord,R-03,2024-03-28,1.5.0
70B3D5E75E00A411,hive-node-17,waldrand,W-01,2024-04-05,1.5.0
"""), None, "LoRaWAN: DevEUIs are public 64-bit identifiers")

_v = appkey()
add("ansible/lorawan-appkey", "lorawan/ansible/host_vars/hive-node-21.yml", t(r"""
---
# Flashed by the bench provisioning playbook (plays/flash_nodes.yml) over the serial port.
node_name: hive-node-21
node_apiary: heide-sued
lorawan_region: EU868
lorawan_otaa:
  dev_eui: "70B3D5E75E00A415"
  join_eui: "70B3D57ED005E1A7"
  app_key: "<<v>>"
node_sensors:
  - hx711
  - sht31
  - ds18b20
node_report_interval_s: 900
""", v=_v), _v, "LoRaWAN 1.0.x OTAA: AppKey is the root key; Ansible host_vars layout")

add("ansible/decoy-vault-encrypted", "lorawan/ansible/host_vars/hive-node-22/vault.yml", t(r"""
$ANSIBLE_VAULT;1.1;AES256
<<ct>>
""", ct="\n".join(hexs(80) for _ in range(9))), None, "Ansible docs: ansible-vault encrypted file format")

_v = wg_key()
add("wireguard/private-key", "lorawan/gateways/rak7268-heide/wg0.conf", t(r"""
# RAK7268 "heide" -> co-op VPN (maintenance access to the gateway web UI)
[Interface]
Address = 10.99.0.14/32
PrivateKey = <<v>>
DNS = 10.99.0.1

[Peer]
# vpn.imkergenossenschaft.de
PublicKey = <<pub>>
Endpoint = vpn.imkergenossenschaft.de:51820
AllowedIPs = 10.99.0.0/24, 10.20.0.0/24
PersistentKeepalive = 25
""", v=_v, pub=wg_key()), _v, "WireGuard wg(8): [Interface] PrivateKey")

add("wireguard/decoy-public-key", "lorawan/gateways/hub/wg0.conf", t(r"""
# Hub side. The private key is generated on the box and never leaves it:
#   wg genkey | tee /etc/wireguard/private.key | wg pubkey > /etc/wireguard/public.key
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# gateway heide
PublicKey = <<p1>>
AllowedIPs = 10.99.0.14/32

[Peer]
# gateway lindenhof
PublicKey = <<p2>>
AllowedIPs = 10.99.0.15/32
""", p1=wg_key(), p2=wg_key()), None, "WireGuard wg(8)/wg-quick(8): PostUp private-key file; peers' public keys")

_v = words_pw()
add("routeros/wifi-psk", "network/mikrotik/honeyhouse-hap.rsc", t(r"""
# may/14/2024 09:12:33 by RouterOS 7.14.3
# model = RB952Ui-5ac2nD (hAP ac lite) - Honey house / extraction plant
/interface bridge
add name=bridge-lan
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=plant-sensors \
    supplicant-identity="" wpa2-pre-shared-key="<<v>>"
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n country=germany disabled=no \
    mode=ap-bridge security-profile=plant-sensors ssid=Schleuderraum-IoT
/ip address
add address=10.20.0.1/24 interface=bridge-lan network=10.20.0.0
/ip dhcp-server network
add address=10.20.0.0/24 dns-server=10.20.0.1 gateway=10.20.0.1
/system identity
set name=honeyhouse-hap
""", v=_v), _v, "MikroTik RouterOS docs: /interface wireless security-profiles wpa2-pre-shared-key")

_v = person_pw()
add("cisco-ios/password", "network/plant-switch/sw-extraction-01.cfg", t(r"""
!
version 15.2
service timestamps log datetime msec
no service password-encryption
!
hostname sw-extraction-01
!
enable secret 9 $9$2Lk4eYb8uT1xQm$w0cTfD7hR3pJ9kN2vB5zX8aS1gE4qW6yU0iO3lM7nK2
!
username netadmin privilege 15 password 0 <<v>>
!
vlan 20
 name PLANT-OT
vlan 30
 name SENSORS
!
interface GigabitEthernet0/1
 description PLC extractor line 1
 switchport access vlan 20
 switchport mode access
!
interface Vlan20
 ip address 10.20.0.2 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh
!
end
""", v=_v), _v, "Cisco IOS docs: username ... password 0 (unencrypted)")

add("cisco-ios/decoy-password-hash", "network/plant-switch/sw-packing-01.cfg", t(r"""
!
version 15.2
service password-encryption
!
hostname sw-packing-01
!
enable secret 9 $9$<<s1>>$<<h1>>
!
username netadmin privilege 15 secret 9 $9$<<s2>>$<<h2>>
!
ip ssh version 2
!
interface GigabitEthernet0/3
 description Labeller + checkweigher
 switchport access vlan 20
!
line vty 0 4
 login local
 transport input ssh
!
end
""", s1=draw(14, "./" + ALNUM), h1=draw(43, "./" + ALNUM), s2=draw(14, "./" + ALNUM), h2=draw(43, "./" + ALNUM)), None, "Cisco IOS docs: type 9 (scrypt) secrets are one-way hashes")

_v = gen_pw(16)
add("markdown/gateway-admin-password", "docs/runbooks/lorawan-gateway-recovery.md", t(r"""
# LoRaWAN gateway recovery (Kerlink iFemtoCell, Lindenhof)

When the hive dashboards show "no uplinks" for more than 2 hours:

1. Check the gateway status in the TTS console (`apiary-gw-lindenhof`).
2. If it is disconnected, SSH via the VPN:

   ```
   ssh admin@10.99.0.15
   ```

   Password: `<<v>>`  (set during the 2023 re-flash; root login is disabled)

3. Restart the packet forwarder:

   ```
   sudo systemctl restart lorad lorafwd
   ```

4. Still nothing: power-cycle the PoE port 4 on `sw-extraction-01`.
5. Write a line in the logbook (`docs/logbook/2024.md`).
""", v=_v), _v, "Kerlink Wirnet iFemtoCell documentation (SSH admin login); team runbook convention")

add("markdown/decoy-secret-manager", "docs/runbooks/lorawan-gateway-recovery-v2.md", t(r"""
# LoRaWAN gateway recovery (all gateways)

1. Check the gateway status in the TTS console.
2. Get the gateway's admin password from 1Password:

   ```
   op read "op://Apiary-Infra/gw-${GATEWAY}/password"
   ```

3. SSH via the VPN: `ssh admin@<gateway-vpn-ip>` (see `network/inventory.yml`).
4. Restart the packet forwarder: `sudo systemctl restart lorad lorafwd`.
5. Rotate the password afterwards if you had to share it: `op item edit gw-${GATEWAY} password=$(openssl rand -base64 18)`.

Never paste the password into the logbook or chat.
"""), None, "1Password CLI docs: op read secret references")

# ---------------------------------------------------------------------------------------------
# Extraction plant: PLCs, HMIs, historian
# ---------------------------------------------------------------------------------------------

_v = words_pw()
add("python/s7-webapi-password", "plant/scripts/read_extractor_state.py", t(r"""
#!/usr/bin/env python3
# Read the extractor line state from the S7-1500 Web API (JSON-RPC), for the shift report.
import requests
import urllib3

urllib3.disable_warnings()
PLC = "https://10.20.0.15/api/jsonrpc"


def rpc(method, params=None, token=None, rid=1):
    headers = {"X-Auth-Token": token} if token else {}
    body = {"jsonrpc": "2.0", "method": method, "id": rid}
    if params:
        body["params"] = params
    resp = requests.post(PLC, json=body, headers=headers, verify=False, timeout=5)
    resp.raise_for_status()
    return resp.json()["result"]


token = rpc("Api.Login", {"user": "shiftreport", "password": "<<v>>"})["token"]
for tag in ['"DB_Extractor".DrumRPM', '"DB_Extractor".HoneyTempC', '"DB_Extractor".BatchNo']:
    print(tag, rpc("PlcProgram.Read", {"var": tag}, token=token))
rpc("Api.Logout", token=token)
""", v=_v), _v, "Siemens SIMATIC S7-1500 Web API manual: Api.Login (user, password) JSON-RPC")

_v = phrase_pw()
add("python/opcua-password", "plant/historian/collector.py", t(r"""
# OPC UA collector: reads the uncapper, extractor and sump tank tags every 5 s
# and writes them to the plant historian (TimescaleDB).
import asyncio
import logging

from asyncua import Client

from .store import write_samples

ENDPOINT = "opc.tcp://10.20.0.20:4840/freeopcua/server/"
NODES = {
    "uncapper_speed": "ns=3;s=\"Uncapper\".\"SpeedSet\"",
    "extractor_rpm": "ns=3;s=\"Extractor\".\"DrumRPM\"",
    "sump_level": "ns=3;s=\"SumpTank\".\"LevelPct\"",
    "sump_temp": "ns=3;s=\"SumpTank\".\"TempC\"",
}


async def main() -> None:
    client = Client(url=ENDPOINT)
    client.set_user("historian")
    client.set_password("<<v>>")
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/historian.der,certs/historian.pem")
    async with client:
        nodes = {name: client.get_node(nid) for name, nid in NODES.items()}
        while True:
            values = {name: await node.read_value() for name, node in nodes.items()}
            await write_samples(values)
            await asyncio.sleep(5)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
""", v=_v), _v, "asyncua (opcua-asyncio) docs: Client.set_user / set_password")

add("python/decoy-keyring", "plant/historian/collector_keyring.py", t(r"""
# Same collector, credentials from the OS keyring (Windows Credential Manager on the HMI PC).
import asyncio

import keyring
from asyncua import Client

ENDPOINT = "opc.tcp://10.20.0.20:4840/freeopcua/server/"
SERVICE = "opcua-plant-historian"


async def connect() -> Client:
    client = Client(url=ENDPOINT)
    client.set_user("historian")
    password = keyring.get_password(SERVICE, "historian")
    if password is None:
        raise SystemExit(f"run: keyring set {SERVICE} historian")
    client.set_password(password)
    await client.connect()
    return client


if __name__ == "__main__":
    asyncio.run(connect())
"""), None, "keyring docs: keyring.get_password(service, username)")

_v = person_pw()
add("python/ads-route-password", "plant/scripts/add_ads_route.py", t(r"""
# One-off: add an ADS route from the packing-line IPC (TwinCAT 3) to this Linux box,
# so the label printer service can read the current lot number from the PLC.
import pyads

PLC_IP = "10.20.0.31"
PLC_AMS = "5.81.22.108.1.1"
SENDER_AMS = "10.20.0.40.1.1"

pyads.open_port()
pyads.set_local_address(SENDER_AMS)
pyads.add_route_to_plc(
    SENDER_AMS,
    "10.20.0.40",
    PLC_IP,
    "Administrator",
    "<<v>>",
    route_name="label-service",
)
pyads.close_port()
print("route added")
""", v=_v), _v, "pyads docs: add_route_to_plc(sending_net_id, adding_host_name, ip_address, username, password)")

_v = gen_pw(12, "!#")
add("ini/hmi-vnc-password", "plant/hmi/panel-extraction/vnc.ini", t(r"""
; Weintek cMT HMI panel - remote access settings exported from EasyBuilder Pro
[VNC]
Enabled=1
Port=5900
ViewOnly=0
Password=<<v>>
MaxClients=2

[FTP]
Enabled=0

[Network]
IP=10.20.0.25
Mask=255.255.255.0
Gateway=10.20.0.1
""", v=_v), _v, "Weintek EasyBuilder Pro manual: VNC server settings (password)")

add("csv/decoy-plc-tags", "plant/plc/extractor_tags.csv", t(r"""
Name,Path,Data Type,Logical Address,Comment,Hmi Visible,Hmi Accessible,Hmi Writeable
DrumRPM,Extractor,Int,%IW64,Actual drum speed,True,True,False
DrumRPMSet,Extractor,Int,%QW64,Speed setpoint,True,True,True
HoneyTempC,Extractor,Real,%ID100,Honey temperature sump,True,True,False
DoorClosed,Extractor,Bool,%I0.3,Lid interlock,True,True,False
BatchNo,Extractor,DInt,%MD200,Current extraction batch,True,True,False
PumpRun,SumpTank,Bool,%Q0.1,Honey pump contactor,True,True,True
LevelPct,SumpTank,Real,%ID104,Level 0-100 %,True,True,False
AuthLevel,HMI,Int,%MW300,Logged-in user level (0-3),True,True,False
"""), None, "Siemens TIA Portal PLC tag table CSV export")

add("markdown/decoy-modbus-map", "plant/docs/modbus-register-map.md", t(r"""
# Modbus register map - honey pump VFD (ABB ACS355) and sump tank controller

| Register | Name              | Unit   | R/W | Notes                         |
|---------:|-------------------|--------|-----|-------------------------------|
|   40001  | Control word      | -      | RW  | 0x047F run, 0x047E stop       |
|   40002  | Speed reference   | 0.01 % | RW  | 0-10000                       |
|   40004  | Status word       | -      | R   | bit 2 = running               |
|   40005  | Actual speed      | 0.01 % | R   |                               |
|   40102  | Honey temp        | 0.1 °C | R   | PT100 in sump                 |
|   40110  | Access code       | -      | RW  | write 0x0000 to lock params   |

Slave id 1, 19200 8E1. The parameter lock code is a PIN printed in the ABB manual's factory
defaults table; nothing here is a password.
"""), None, "ABB ACS355 user manual: Modbus register mapping")

_v = words_pw()
add("json/sqlserver-connection-string", "plant/ReportService/appsettings.json", t(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Historian": "Server=10.20.0.40,1433;Database=PlantHistorian;User Id=report_svc;Password=<<v>>;TrustServerCertificate=True;",
    "Mes": "Server=10.20.0.40,1433;Database=Mes;Integrated Security=True;TrustServerCertificate=True;"
  },
  "Reports": {
    "ShiftStart": "06:00",
    "OutputFolder": "\\\\fileserver\\qa\\shift-reports"
  }
}
""", v=_v), _v, "Microsoft docs: SQL Server connection strings in ASP.NET Core appsettings.json")

add("csharp/decoy-keyvault", "plant/ReportService/Program.cs", t(r"""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Data.SqlClient;

var builder = WebApplication.CreateBuilder(args);

// The historian password lives in Key Vault; the service authenticates with its managed identity.
var vault = new SecretClient(new Uri("https://kv-honey-plant.vault.azure.net/"), new DefaultAzureCredential());
KeyVaultSecret secret = await vault.GetSecretAsync("historian-report-svc-password");

var csb = new SqlConnectionStringBuilder(builder.Configuration.GetConnectionString("HistorianTemplate"))
{
    Password = secret.Value
};
builder.Services.AddSingleton(new SqlConnection(csb.ConnectionString));
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
"""), None, "Azure SDK for .NET docs: SecretClient.GetSecretAsync with DefaultAzureCredential")

_v = person_pw()
add("sql/historian-login", "plant/db/migrations/V012__report_login.sql", t(r"""
-- V012: read-only login for the QA report service (shift + batch reports)
USE [master];
GO
CREATE LOGIN [qa_report] WITH PASSWORD = N'<<v>>', CHECK_POLICY = ON, DEFAULT_DATABASE = [PlantHistorian];
GO
USE [PlantHistorian];
GO
CREATE USER [qa_report] FOR LOGIN [qa_report];
ALTER ROLE [db_datareader] ADD MEMBER [qa_report];
GRANT EXECUTE ON SCHEMA::[report] TO [qa_report];
GO
""", v=_v), _v, "Microsoft docs: CREATE LOGIN ... WITH PASSWORD (T-SQL)")

add("sql/decoy-password-hash", "traceability/db/seed/002_users.sql", t(r"""
-- Seed users for the traceability portal (staging). Passwords are Argon2id hashes;
-- the plaintexts were handed out in person and must be changed on first login.
INSERT INTO portal_user (id, email, display_name, role, password_hash, must_change_password) VALUES
  (1, 'qa@imkergenossenschaft.de',      'QA office',       'qa',     '$argon2id$v=19$m=65536,t=3,p=4$<<s1>>$<<h1>>', true),
  (2, 'lager@imkergenossenschaft.de',   'Warehouse',       'stock',  '$argon2id$v=19$m=65536,t=3,p=4$<<s2>>$<<h2>>', true),
  (3, 'vorstand@imkergenossenschaft.de','Board (read)',    'viewer', '$argon2id$v=19$m=65536,t=3,p=4$<<s3>>$<<h3>>', true);
SELECT setval('portal_user_id_seq', 3);
""", s1=key_b64(16).rstrip("="), h1=key_b64(32).rstrip("="), s2=key_b64(16).rstrip("="), h2=key_b64(32).rstrip("="),
    s3=key_b64(16).rstrip("="), h3=key_b64(32).rstrip("=")), None, "Argon2 PHC string format (password hashes)")

_v = gen_pw(20, "-_")
add("powershell/plc-backup-password", "plant/scripts/Backup-PlcProjects.ps1", t(r"""
# Nightly: copy the TIA Portal project archives and HMI backups to the NAS.
# Scheduled task on ENG-PC01, runs as local user "plantbackup".
$ErrorActionPreference = "Stop"
$nasUser = "NAS01\plantbackup"
$nasPass = ConvertTo-SecureString "<<v>>" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($nasUser, $nasPass)

New-PSDrive -Name Q -PSProvider FileSystem -Root "\\nas01\plant-backup" -Credential $cred | Out-Null

$stamp = Get-Date -Format "yyyy-MM-dd"
$dest = "Q:\$stamp"
New-Item -ItemType Directory -Force -Path $dest | Out-Null
Copy-Item "D:\TIA\Archives\*.zap17" $dest
Copy-Item "D:\HMI\Backups\*.cxob" $dest

Get-ChildItem Q:\ -Directory | Where-Object { $_.CreationTime -lt (Get-Date).AddDays(-60) } | Remove-Item -Recurse -Force
Remove-PSDrive Q
""", v=_v), _v, "Microsoft docs: ConvertTo-SecureString -AsPlainText, PSCredential")

add("powershell/decoy-secret-store", "plant/scripts/Backup-PlcProjects.v2.ps1", t(r"""
# Nightly PLC project backup - credential from the SecretManagement vault (SecretStore).
#   Install-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore
#   Set-Secret -Name PlantNas -Secret (Get-Credential)
$ErrorActionPreference = "Stop"
$cred = Get-Secret -Name PlantNas -Vault PlantVault

New-PSDrive -Name Q -PSProvider FileSystem -Root "\\nas01\plant-backup" -Credential $cred | Out-Null
$dest = "Q:\$(Get-Date -Format 'yyyy-MM-dd')"
New-Item -ItemType Directory -Force -Path $dest | Out-Null
Copy-Item "D:\TIA\Archives\*.zap17" $dest
Remove-PSDrive Q
"""), None, "Microsoft.PowerShell.SecretManagement docs: Get-Secret")

_v = gen_pw(14)
add("xml/ftp-password", "plant/labeller/FileZilla/sitemanager.xml", t(r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
    <Servers>
        <Server>
            <Host>10.20.0.50</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>labeller</User>
            <Pass encoding="base64"><<enc>></Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Zebra ZT411 label templates</Name>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
""", enc=b64(_v)), _v, "FileZilla sitemanager.xml: <Pass encoding=\"base64\">")

add("zpl/decoy-label-template", "plant/labeller/templates/jar-500g.zpl", t(r"""
^XA
^CI28
^PW600
^LL400
^FO30,30^A0N,40,40^FDImkergenossenschaft Süd eG^FS
^FO30,85^A0N,32,32^FDBlütenhonig 500 g^FS
^FO30,130^A0N,24,24^FDLos: {lot}   MHD: {best_before}^FS
^FO30,170^BY2^BCN,80,Y,N,N^FD>;{gtin}^FS
^FO360,170^BQN,2,5^FDQA,https://id.imkergenossenschaft.de/01/{gtin}/10/{lot}^FS
^FO30,300^A0N,20,20^FDHerkunft: Deutschland^FS
^XZ
"""), None, "Zebra ZPL II programming guide; GS1 Digital Link URI syntax")

# ---------------------------------------------------------------------------------------------
# Honey lab analysis portals (HMF, diastase, pollen analysis, NMR profiling)
# ---------------------------------------------------------------------------------------------

_v = mixed(40)
add("python/lab-portal-api-key", "lab/fetch_results.py", t(r"""
#!/usr/bin/env python3
# Download finished analyses (HMF, diastase, water, pollen spectrum) from the lab portal
# and store them next to the lot records.
import json
import pathlib
import sys

import requests

PORTAL = "https://portal.honiglabor-nord.de/api/v2"
API_KEY = "<<v>>"
OUT = pathlib.Path("lab/results")

session = requests.Session()
session.headers.update({"X-Api-Key": API_KEY, "Accept": "application/json"})


def finished_orders(since: str):
    r = session.get(f"{PORTAL}/orders", params={"status": "finished", "since": since}, timeout=30)
    r.raise_for_status()
    return r.json()["items"]


for order in finished_orders(sys.argv[1] if len(sys.argv) > 1 else "2024-01-01"):
    report = session.get(f"{PORTAL}/orders/{order['id']}/report", timeout=30).json()
    target = OUT / f"{order['customer_reference']}.json"
    target.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print("saved", target)
""", v=_v), _v, "requests docs: Session headers; lab portal X-Api-Key header convention")

add("python/decoy-test-fixture", "lab/tests/test_fetch_results.py", t(r"""
import json

import pytest
import responses

import fetch_results

FAKE_KEY = "test-api-key-not-real"


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setattr(fetch_results, "API_KEY", FAKE_KEY)


@responses.activate
def test_finished_orders_sends_key():
    responses.get(
        f"{fetch_results.PORTAL}/orders",
        json={"items": [{"id": "ORD-1", "customer_reference": "L24-0815"}]},
        match=[responses.matchers.header_matcher({"X-Api-Key": FAKE_KEY})],
    )
    assert fetch_results.finished_orders("2024-01-01")[0]["id"] == "ORD-1"
"""), None, "pytest / responses docs: obviously fake fixture values")

_v = words_pw()
add("r/lab-basic-auth", "lab/analysis/hmf_trends.R", t(r"""
# HMF and diastase trends per lot, for the quality report to the board
library(httr)
library(jsonlite)
library(dplyr)
library(ggplot2)

base <- "https://lims.honiglabor-nord.de/rest/v1"
auth <- authenticate("ig-sued-qa", "<<v>>", type = "basic")

res <- GET(paste0(base, "/samples?customer=IGS&year=2024"), auth)
stop_for_status(res)
samples <- fromJSON(content(res, "text", encoding = "UTF-8"))$samples

trend <- samples %>%
  filter(!is.na(hmf_mg_kg)) %>%
  mutate(month = format(as.Date(received), "%Y-%m")) %>%
  group_by(month, honey_type) %>%
  summarise(hmf = mean(hmf_mg_kg), diastase = mean(diastase_dn), .groups = "drop")

ggplot(trend, aes(month, hmf, colour = honey_type, group = honey_type)) +
  geom_line() + geom_hline(yintercept = 40, linetype = "dashed") +
  labs(title = "HMF (mg/kg) per month", y = "HMF", x = NULL)
ggsave("reports/hmf_trend_2024.png", width = 8, height = 4)
""", v=_v), _v, "httr docs: authenticate(user, password, type = \"basic\")")

add("r/decoy-env-reference", "lab/analysis/pollen_spectrum.R", t(r"""
# Pollen spectrum summary (melissopalynology) per apiary
library(httr)
library(jsonlite)
library(tidyr)

base <- "https://lims.honiglabor-nord.de/rest/v1"
auth <- authenticate(Sys.getenv("LIMS_USER"), Sys.getenv("LIMS_PASSWORD"), type = "basic")
if (Sys.getenv("LIMS_PASSWORD") == "") stop("set LIMS_PASSWORD in ~/.Renviron")

res <- GET(paste0(base, "/samples?customer=IGS&analysis=pollen"), auth)
stop_for_status(res)
pollen <- fromJSON(content(res, "text", encoding = "UTF-8"))$samples
wide <- pivot_wider(pollen, names_from = taxon, values_from = percent, values_fill = 0)
write.csv(wide, "reports/pollen_spectrum_2024.csv", row.names = FALSE)
"""), None, "R docs: Sys.getenv and ~/.Renviron")

_v = gen_pw(24)
_nb_src = json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# NMR honey profiling - 2024 season\n", "Pull the profiling results for the co-op's lots and flag adulteration alerts."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "import requests\n", "\n",
            "BASE = \"https://nmr.honey-profiling.example-lab.eu/api\"\n",
            f"TOKEN = \"{_v}\"\n",
            "hdr = {\"Authorization\": f\"Token {TOKEN}\"}"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "rows = requests.get(f\"{BASE}/results\", params={\"season\": 2024}, headers=hdr, timeout=60).json()\n",
            "df = pd.DataFrame(rows)\n", "df[df.alerts.str.len() > 0][[\"lot\", \"botanical_origin\", \"alerts\"]]"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1)
add("notebook/lab-api-token", "lab/notebooks/nmr_profiling_2024.ipynb", _nb_src + "\n", _v,
    "Jupyter nbformat 4; Django REST framework TokenAuthentication (Authorization: Token ...)")

_nb_decoy = json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Water content vs. fermentation risk\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import os\n", "import pandas as pd\n", "import requests\n", "\n",
            "TOKEN = os.environ[\"LAB_API_TOKEN\"]  # set in the JupyterHub user environment\n",
            "hdr = {\"Authorization\": f\"Token {TOKEN}\"}"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["Authorization: Token ****************************\n"]}],
            "source": ["print('Authorization:', 'Token', '*' * 28)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1)
add("notebook/decoy-env-reference", "lab/notebooks/water_content.ipynb", _nb_decoy + "\n", None,
    "Jupyter nbformat 4; token from the environment, output masked")

_v = gen_pw(16, "#%+")
add("shell/sftp-password", "lab/upload_sample_manifest.sh", t(r"""
#!/bin/sh
# Upload today's sample manifest (CSV) to the lab's SFTP drop box before the courier comes.
set -eu
MANIFEST="lab/manifests/$(date +%F).csv"
[ -f "$MANIFEST" ] || { echo "no manifest for today"; exit 1; }

SSHPASS='<<v>>' sshpass -e sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new \
    igsued@sftp.honiglabor-nord.de <<EOF
cd incoming
put $MANIFEST
bye
EOF
echo "uploaded $MANIFEST"
""", v=_v), _v, "sshpass(1): -e reads the password from SSHPASS")

_v = gen_pw(18)
add("netrc/lab-portal-password", "lab/ci/netrc", t(r"""
# used by the nightly lab sync job (curl --netrc-file lab/ci/netrc)
machine portal.honiglabor-nord.de
  login igsued-sync
  password <<v>>

machine sftp.honiglabor-nord.de
  login igsued
""", v=_v), _v, "GNU inetutils / curl docs: .netrc machine/login/password")

add("json/decoy-lab-results", "lab/results/L24-0815.json", t(r"""
{
  "order_id": "ORD-2024-11873",
  "customer_reference": "L24-0815",
  "sample_id": "<<sid>>",
  "received": "2024-06-03",
  "honey_type": "Rapshonig",
  "results": {
    "water_pct": 17.2,
    "hmf_mg_kg": 4.1,
    "diastase_dn": 21.8,
    "electrical_conductivity_ms_cm": 0.21,
    "fructose_glucose_ratio": 1.02
  },
  "pollen": [{ "taxon": "Brassica napus", "percent": 86.5 }, { "taxon": "Taraxacum", "percent": 4.0 }],
  "report_pdf": "https://portal.honiglabor-nord.de/reports/<<rid>>.pdf",
  "report_sha256": "<<sha>>",
  "signed_by": "Dr. A. Vogt",
  "accreditation": "D-PL-19312-01-00"
}
""", sid=uuid4(), rid=uuid4(), sha=hexs(64)), None, "Lab report JSON: sample UUIDs, report digest (SHA-256)")

add("yaml/decoy-openapi", "lab/portal-openapi.yaml", t(r"""
openapi: 3.0.3
info:
  title: Honiglabor Nord customer portal API
  version: 2.4.0
servers:
  - url: https://portal.honiglabor-nord.de/api/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Create a key under Account > API access. Example value `YOUR_API_KEY`.
security:
  - ApiKeyAuth: []
paths:
  /orders:
    get:
      summary: List orders
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [open, finished] } }
      responses:
        "200": { description: OK }
"""), None, "OpenAPI 3.0 specification: apiKey security scheme")

_v = fakes.aws_secret_key(_seed())
_kid = fakes.aws_key_id(_seed())
add("python/aws-secret-key", "lab/pollen-classifier/upload_images.py", t(r"""
# Upload microscope images of pollen slides to S3 for the classifier training set.
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="<<kid>>",
    aws_secret_access_key="<<v>>",
)

BUCKET = "igsued-pollen-images"

for img in sorted(pathlib.Path("slides").glob("*/*.tif")):
    key = f"raw/{img.parent.name}/{img.name}"
    s3.upload_file(str(img), BUCKET, key, ExtraArgs={"StorageClass": "STANDARD_IA"})
    print("uploaded", key)
""", v=_v, kid=_kid), _v, "boto3 docs: client(aws_access_key_id=..., aws_secret_access_key=...)")

add("markdown/decoy-vendor-example", "lab/pollen-classifier/README.md", t(r"""
# Pollen classifier

Images of pollen slides are stored in `s3://igsued-pollen-images`. To run the uploader locally,
configure a profile (never put keys in the code):

```ini
# ~/.aws/credentials
[igsued-lab]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

(the values above are the example values from the AWS documentation)

```sh
AWS_PROFILE=igsued-lab python upload_images.py
```
"""), None, "AWS docs: example access key AKIAIOSFODNN7EXAMPLE")

_pk = pem("", 25)
_line = _pk.splitlines()[3]
_sa = json.dumps({
    "type": "service_account",
    "project_id": "igsued-lab-ml",
    "private_key_id": hexs(40),
    "private_key": _pk + "\n",
    "client_email": "pollen-trainer@igsued-lab-ml.iam.gserviceaccount.com",
    "client_id": str(_rng().randint(10**20, 10**21 - 1)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/pollen-trainer%40igsued-lab-ml.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"}, indent=2)
add("json/gcp-service-account-key", "lab/pollen-classifier/keys/pollen-trainer.json", _sa + "\n", _line,
    "Google Cloud docs: service account key JSON (private_key, PEM with escaped newlines)")

# ---------------------------------------------------------------------------------------------
# E-shop and wholesale ordering: payments, shop platforms, shipping, mail, ERP
# ---------------------------------------------------------------------------------------------

_v = stripe("sk_live_", 99)
add("python/stripe-secret-key", "shop/backend/payments.py", t(r"""
import stripe
from flask import Blueprint, jsonify, request

stripe.api_key = "<<v>>"
bp = Blueprint("payments", __name__)

JAR_PRICES = {
    "bluete-500": "price_1P3kLmF9x2yQbT7wZ0aR4sDe",
    "wald-500": "price_1P3kMnF9x2yQbT7wq8Lk2VbC",
    "raps-cremig-500": "price_1P3kNoF9x2yQbT7w3Hj6YtRf",
}


@bp.post("/checkout")
def checkout():
    cart = request.get_json()
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": JAR_PRICES[i["sku"]], "quantity": i["qty"]} for i in cart["items"]],
        shipping_address_collection={"allowed_countries": ["DE", "AT", "NL"]},
        success_url="https://shop.imkergenossenschaft.de/danke?s={CHECKOUT_SESSION_ID}",
        cancel_url="https://shop.imkergenossenschaft.de/warenkorb",
    )
    return jsonify(url=session.url)
""", v=_v), _v, "Stripe docs: API keys (sk_live_) and Checkout Session create")

_v = "whsec_" + mixed(32)
add("env/stripe-webhook-secret", "shop/backend/.env.production", t(r"""
FLASK_ENV=production
DATABASE_URL=postgresql://shop@db.internal:5432/shop
STRIPE_API_KEY_FILE=/run/secrets/stripe_api_key
STRIPE_WEBHOOK_SECRET=<<v>>
SHOP_BASE_URL=https://shop.imkergenossenschaft.de
MAIL_FROM=bestellung@imkergenossenschaft.de
""", v=_v), _v, "Stripe docs: webhook endpoint signing secret (whsec_)")

_v = stripe("rk_live_", 99)
add("ts/stripe-restricted-key", "shop/wholesale-portal/src/server/stripeClient.ts", t(r"""
import Stripe from "stripe";

// Restricted key: invoices + customers write, everything else none.
// Used by the wholesale portal to issue net-30 invoices to shops and bakeries.
const stripe = new Stripe("<<v>>", {
  apiVersion: "2024-04-10",
  appInfo: { name: "igsued-wholesale", version: "1.8.0" },
});

export async function invoiceWholesaleOrder(customerId: string, lines: { price: string; qty: number }[]) {
  for (const line of lines) {
    await stripe.invoiceItems.create({ customer: customerId, price: line.price, quantity: line.qty });
  }
  const invoice = await stripe.invoices.create({
    customer: customerId,
    collection_method: "send_invoice",
    days_until_due: 30,
  });
  return stripe.invoices.finalizeInvoice(invoice.id);
}

export default stripe;
""", v=_v), _v, "Stripe docs: restricted API keys (rk_live_), stripe-node")

add("js/decoy-publishable-key", "shop/frontend/src/checkout.js", t(r"""
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship to the browser (https://docs.stripe.com/keys).
const stripePromise = loadStripe("pk_live_<<pk>>");

export async function startCheckout(cart) {
  const res = await fetch("/api/checkout", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(cart),
  });
  const { url } = await res.json();
  window.location.assign(url);
}

export { stripePromise };
""", pk=mixed(99)), None, "Stripe docs: publishable keys (pk_live_) are meant for client-side code")

add("python/decoy-vendor-example", "shop/backend/tests/test_webhook.py", t(r"""
import json
import time

import stripe

from backend.webhooks import handle

# Stripe's documented test key and a locally made signing secret: both fixtures only.
stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
SIGNING_SECRET = "whsec_test_dummy_for_unit_tests"


def signed(payload: dict) -> tuple:
    body = json.dumps(payload)
    ts = int(time.time())
    sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body}", SIGNING_SECRET)
    return body, f"t={ts},v1={sig}"


def test_paid_order_is_marked_paid(db):
    body, header = signed({"type": "checkout.session.completed", "data": {"object": {"id": "cs_test_1"}}})
    assert handle(body, header, secret=SIGNING_SECRET).status == "paid"
"""), None, "Stripe docs: the published sample test key sk_test_4eC39HqLyjWDarjtT1zdp7dc")

_v = "shpat_" + hexs(32)
add("ruby/shopify-admin-token", "shop/shopify-sync/sync_inventory.rb", t(r"""
# Sync jar stock from the warehouse (traceability DB) to Shopify, every 15 minutes via cron.
require "shopify_api"
require "pg"

ShopifyAPI::Context.setup(
  api_key: "4f1d2c8e9b7a6f5e4d3c2b1a0f9e8d7c",
  api_secret_key: "",
  host: "https://imkergenossenschaft-sued.myshopify.com",
  scope: "read_inventory,write_inventory",
  is_private: true,
  api_version: "2024-04"
)
session = ShopifyAPI::Auth::Session.new(
  shop: "imkergenossenschaft-sued.myshopify.com",
  access_token: "<<v>>"
)

db = PG.connect(dbname: "traceability", host: "db.internal", user: "shopsync")
client = ShopifyAPI::Clients::Rest::Admin.new(session: session)

db.exec("SELECT inventory_item_id, jars_available FROM shop_stock").each do |row|
  client.post(
    path: "inventory_levels/set",
    body: { location_id: 71234567890, inventory_item_id: row["inventory_item_id"], available: row["jars_available"].to_i }
  )
end
""", v=_v), _v, "Shopify docs: custom app Admin API access tokens (shpat_), shopify_api gem")

add("toml/decoy-public-id", "shop/shopify-app/shopify.app.toml", t(r"""
# Shopify app configuration (the client id is public; the secret is in the Partner dashboard)
client_id = "<<cid>>"
name = "IGS Lot Lookup"
handle = "igs-lot-lookup"
application_url = "https://lotlookup.imkergenossenschaft.de"
embedded = true

[access_scopes]
scopes = "read_products,read_orders"

[auth]
redirect_urls = ["https://lotlookup.imkergenossenschaft.de/auth/callback"]

[webhooks]
api_version = "2024-04"
""", cid=hexs(32)), None, "Shopify CLI docs: shopify.app.toml client_id")

_v = hexs(32)
add("env/shopify-api-secret", "shop/shopify-app/.env", t(r"""
SHOPIFY_API_KEY=<<cid>>
SHOPIFY_API_SECRET=<<v>>
SCOPES=read_products,read_orders
HOST=https://lotlookup.imkergenossenschaft.de
DATABASE_URL=file:dev.sqlite
""", cid=hexs(32), v=_v), _v, "Shopify app templates: SHOPIFY_API_SECRET (client secret) in .env")

_v = "cs_" + hexs(40)
add("php/woocommerce-consumer-secret", "shop/wholesale-import/import_orders.php", t(r"""
<?php
// Pull new wholesale orders from the old WooCommerce shop into the co-op ERP (cron, every 10 min)
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://grosshandel.imkergenossenschaft.de',
    'ck_<<ck>>',
    '<<v>>',
    [
        'version' => 'wc/v3',
        'timeout' => 30,
    ]
);

$orders = $woocommerce->get('orders', ['status' => 'processing', 'per_page' => 50]);
foreach ($orders as $order) {
    $erpId = erp_create_order($order->billing->company, $order->line_items);
    $woocommerce->put("orders/{$order->id}", ['status' => 'on-hold', 'meta_data' => [['key' => 'erp_id', 'value' => $erpId]]]);
    echo "imported #{$order->id} -> {$erpId}\n";
}
""", ck=hexs(40), v=_v), _v, "WooCommerce REST API docs: consumer key (ck_) / consumer secret (cs_)")

_v = words_pw()
add("php/wordpress-db-password", "shop/wordpress/wp-config.php", t(r"""
<?php
/** Grosshandel shop (WooCommerce) - staging copy */
define( 'DB_NAME', 'wp_grosshandel' );
define( 'DB_USER', 'wp_grosshandel' );
define( 'DB_PASSWORD', '<<v>>' );
define( 'DB_HOST', 'mysql.staging.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'WP_ENVIRONMENT_TYPE', 'staging' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", v=_v), _v, "WordPress docs: wp-config.php DB_PASSWORD")

add("php/decoy-env-reference", "shop/wordpress/wp-config.production.php", t(r"""
<?php
/** Grosshandel shop - production: everything from the environment (set in the PHP-FPM pool) */
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );

foreach ( [ 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
            'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ] as $name ) {
	define( $name, getenv( 'WP_' . $name ) );
}

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
"""), None, "WordPress docs: wp-config.php; PHP getenv")

_v = "live_" + mixed(30)
add("php/mollie-api-key", "shop/hofladen/src/Payment/MollieGateway.php", t(r"""
<?php
declare(strict_types=1);

namespace Hofladen\Payment;

use Mollie\Api\MollieApiClient;

final class MollieGateway
{
    private MollieApiClient $mollie;

    public function __construct()
    {
        $this->mollie = new MollieApiClient();
        $this->mollie->setApiKey('<<v>>');
    }

    public function createPayment(string $orderNo, string $amountEur): string
    {
        $payment = $this->mollie->payments->create([
            'amount' => ['currency' => 'EUR', 'value' => $amountEur],
            'description' => "Hofladen Bestellung {$orderNo}",
            'redirectUrl' => "https://hofladen.imkergenossenschaft.de/bestellung/{$orderNo}",
            'webhookUrl' => 'https://hofladen.imkergenossenschaft.de/mollie/webhook',
            'metadata' => ['order_no' => $orderNo],
        ]);
        return $payment->getCheckoutUrl();
    }
}
""", v=_v), _v, "Mollie API docs: API keys (live_ / test_) and mollie-api-php setApiKey")

_v = "E" + draw(79, URLSAFE)
add("properties/paypal-client-secret", "shop/wholesale-api/src/main/resources/application-prod.properties", t(r"""
server.port=8080
spring.application.name=wholesale-api
spring.datasource.url=jdbc:postgresql://db.internal:5432/wholesale
spring.datasource.username=wholesale
spring.datasource.password=${WHOLESALE_DB_PASSWORD}

paypal.mode=live
paypal.client-id=A<<cid>>
paypal.client-secret=<<v>>
paypal.webhook-id=8PT597110X687430LKGECATA

management.endpoints.web.exposure.include=health,info
""", cid=draw(79, URLSAFE), v=_v), _v, "PayPal REST API docs: client ID and secret (OAuth 2.0 client credentials)")

add("html/decoy-public-id", "shop/hofladen/templates/paypal_button.html", t(r"""
<!-- PayPal Smart Buttons for the farm shop. The client-id is public by design. -->
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=A<<cid>>&currency=EUR&locale=de_DE"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("/paypal/orders", { method: "POST" }).then(r => r.json()).then(o => o.id),
    onApprove: (data) => fetch(`/paypal/orders/${data.orderID}/capture`, { method: "POST" })
      .then(() => window.location.assign("/danke")),
  }).render("#paypal-button-container");
</script>
""", cid=draw(79, URLSAFE)), None, "PayPal JavaScript SDK docs: client-id query parameter in the script tag")

_v = "EAAA" + draw(60, URLSAFE)
add("python/square-access-token", "shop/markets/sync_market_sales.py", t(r"""
# Pull the weekend farmers'-market sales from Square POS and book them against the jar lots.
from datetime import date, timedelta

from square.client import Client

from trace_db import book_sale

client = Client(access_token="<<v>>", environment="production")

since = (date.today() - timedelta(days=3)).isoformat() + "T00:00:00Z"
result = client.orders.search_orders(body={
    "location_ids": ["L8ZK3Y4V5W6X7"],
    "query": {"filter": {"date_time_filter": {"closed_at": {"start_at": since}},
                         "state_filter": {"states": ["COMPLETED"]}}},
})
if result.is_error():
    raise SystemExit(result.errors)

for order in result.body.get("orders", []):
    for item in order.get("line_items", []):
        book_sale(sku=item.get("catalog_object_id"), qty=int(item["quantity"]), channel="market")
""", v=_v), _v, "Square developer docs: production access tokens (EAAA...) and squareup Python SDK")

_v = "shippo_live_" + hexs(40)
add("js/shippo-token", "shop/fulfilment/labels.js", t(r"""
// Create DHL/DPD parcel labels for web-shop orders via Shippo.
const shippo = require("shippo")("<<v>>");

const FROM = {
  name: "Imkergenossenschaft Süd eG",
  street1: "Lindenweg 4",
  city: "Augsburg",
  zip: "86150",
  country: "DE",
  phone: "+49 821 0000000",
  email: "versand@imkergenossenschaft.de",
};

async function labelFor(order) {
  const shipment = await shippo.shipment.create({
    address_from: FROM,
    address_to: order.shippingAddress,
    parcels: [{ length: "20", width: "15", height: "12", distance_unit: "cm", weight: String(order.weightKg), mass_unit: "kg" }],
    async: false,
  });
  const rate = shipment.rates.find((r) => r.provider === "DHL Germany") || shipment.rates[0];
  return shippo.transaction.create({ rate: rate.object_id, label_file_type: "PDF_A6", async: false });
}

module.exports = { labelFor };
""", v=_v), _v, "Shippo API docs: live API tokens (shippo_live_)")

_v = "EZAK" + hexs(54)
add("go/easypost-api-key", "shop/fulfilment/cmd/wholesale-freight/main.go", t(r"""
package main

import (
	"fmt"
	"log"

	"github.com/EasyPost/easypost-go/v4"
)

// Pallet-size wholesale shipments to the organic wholesalers (Bio-Großhandel).
const easypostKey = "<<v>>"

func main() {
	client := easypost.New(easypostKey)
	shipment, err := client.CreateShipment(&easypost.Shipment{
		FromAddress: &easypost.Address{Company: "Imkergenossenschaft Süd eG", Street1: "Lindenweg 4", City: "Augsburg", Zip: "86150", Country: "DE"},
		ToAddress:   &easypost.Address{Company: "Naturkost Großhandel", Street1: "Industriestr. 12", City: "Ulm", Zip: "89077", Country: "DE"},
		Parcel:      &easypost.Parcel{Weight: 5200},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(shipment.ID, len(shipment.Rates), "rates")
}
""", v=_v), _v, "EasyPost docs: production API keys (EZAK...) and easypost-go")

_v = sendgrid()
add("python/sendgrid-api-key", "shop/backend/mailer.py", t(r"""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "<<v>>"
TEMPLATE_ORDER_CONFIRMATION = "d-7c1e5a9b3f2d4e6a8b0c1d2e3f4a5b6c"


def send_order_confirmation(order) -> int:
    message = Mail(from_email="bestellung@imkergenossenschaft.de", to_emails=order.email)
    message.template_id = TEMPLATE_ORDER_CONFIRMATION
    message.dynamic_template_data = {
        "name": order.first_name,
        "order_no": order.number,
        "items": [{"title": i.title, "qty": i.qty, "lot": i.lot} for i in order.items],
        "total": f"{order.total:.2f} €",
    }
    return SendGridAPIClient(SENDGRID_API_KEY).send(message).status_code
""", v=_v), _v, "SendGrid docs: API keys (SG.xxx.yyy) and the Python library")

_v = mailchimp()
add("python/mailchimp-api-key", "shop/newsletter/harvest_newsletter.py", t(r"""
# Send the "first honey of the season" newsletter to the shop subscribers.
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "<<v>>", "server": "<<dc>>"})

AUDIENCE = "a1b2c3d4e5"

campaign = client.campaigns.create({
    "type": "regular",
    "recipients": {"list_id": AUDIENCE, "segment_opts": {"saved_segment_id": 30517}},
    "settings": {"subject_line": "Der erste Frühtrachthonig ist da!", "from_name": "Imkergenossenschaft Süd",
                 "reply_to": "shop@imkergenossenschaft.de"},
})
client.campaigns.set_content(campaign["id"], {"template": {"id": 10042}})
client.campaigns.send(campaign["id"])
""", v=_v, dc=_v.split("-")[1]), _v, "Mailchimp Marketing API docs: API key with data-center suffix (-usN)")

_v = "key-" + hexs(32)
add("ruby/mailgun-api-key", "shop/wholesale-portal/config/initializers/mailgun.rb", t(r"""
# Wholesale portal mails (order confirmations, pro-forma invoices) go out through Mailgun EU.
Mailgun.configure do |config|
  config.api_key = "<<v>>"
  config.api_host = "api.eu.mailgun.net"
end

Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: Mailgun.api_key,
    domain: "mg.imkergenossenschaft.de",
    api_host: "api.eu.mailgun.net"
  }
end
""", v=_v), _v, "Mailgun docs: API key (key-...) and mailgun-ruby configuration")

_v = uuid4()
add("yaml/postmark-server-token", "shop/wholesale-portal/config/postmark.yml", t(r"""
# Transactional mail for the wholesale portal (invoices + dispatch notes)
production:
  api_token: "<<v>>"
  message_stream: outbound
  track_opens: false
staging:
  api_token: "POSTMARK_API_TEST"
  message_stream: outbound
""", v=_v), _v, "Postmark docs: Server API token (UUID) and the POSTMARK_API_TEST token")

_v = hexs(40)
add("python/odoo-api-key", "wholesale/erp/odoo_sync.py", t(r"""
# Create wholesale sale orders in Odoo from the portal's order queue.
import xmlrpc.client

URL = "https://erp.imkergenossenschaft.de"
DB = "igsued-prod"
USER = "portal-bot@imkergenossenschaft.de"
API_KEY = "<<v>>"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")


def create_order(partner_ref: str, lines: list) -> int:
    partner = models.execute_kw(DB, uid, API_KEY, "res.partner", "search", [[["ref", "=", partner_ref]]], {"limit": 1})
    order_lines = [(0, 0, {"product_id": l["product_id"], "product_uom_qty": l["qty"]}) for l in lines]
    return models.execute_kw(DB, uid, API_KEY, "sale.order", "create", [{"partner_id": partner[0], "order_line": order_lines}])
""", v=_v), _v, "Odoo docs: external API (XML-RPC) with API keys in place of the password")

_v = draw(48, URLSAFE)
add("yaml/xero-client-secret", "wholesale/accounting/config.yaml", t(r"""
# Push wholesale invoices from the ERP to Xero (UK subsidiary: honey imports for blending)
xero:
  client_id: "<<cid>>"
  client_secret: "<<v>>"
  tenant_id: "<<tid>>"
  scopes:
    - accounting.transactions
    - accounting.contacts
    - offline_access
  redirect_uri: "https://erp.imkergenossenschaft.de/xero/callback"
sync:
  since: "2024-01-01"
  account_code_sales: "200"
  tax_type: "OUTPUT2"
""", cid=uhex(32), v=_v, tid=uuid4()), _v, "Xero developer docs: OAuth 2.0 client id and client secret")

add("yaml/decoy-placeholder", "wholesale/accounting/config.example.yaml", t(r"""
# Copy to config.yaml. Get the client id/secret from https://developer.xero.com/app/manage
xero:
  client_id: "<YOUR_XERO_CLIENT_ID>"
  client_secret: "<YOUR_XERO_CLIENT_SECRET>"
  tenant_id: "<TENANT_UUID>"
  scopes:
    - accounting.transactions
    - accounting.contacts
    - offline_access
  redirect_uri: "http://localhost:8080/xero/callback"
"""), None, "Xero developer docs; template placeholders")

_v = mixed(40)
add("kotlin/quickbooks-client-secret", "wholesale/qbo-bridge/src/main/kotlin/QboConfig.kt", t(r"""
package de.imkergenossenschaft.qbo

import com.intuit.oauth2.client.OAuth2PlatformClient
import com.intuit.oauth2.config.Environment
import com.intuit.oauth2.config.OAuth2Config

// US distributor account (Manuka blend imports) is on QuickBooks Online.
object QboConfig {
    private const val CLIENT_ID = "AB<<cid>>"
    private const val CLIENT_SECRET = "<<v>>"
    const val REALM_ID = "9130357025484816"

    val oauth: OAuth2Config = OAuth2Config.OAuth2ConfigBuilder(CLIENT_ID, CLIENT_SECRET)
        .callDiscoveryAPI(Environment.PRODUCTION)
        .buildConfig()

    val client = OAuth2PlatformClient(oauth)
}
""", cid=mixed(48), v=_v), _v, "Intuit developer docs: OAuth 2.0 client id / client secret (Java SDK)")

# ---------------------------------------------------------------------------------------------
# Traceability and lot records: databases, QR signing, EPCIS, GS1
# ---------------------------------------------------------------------------------------------

_v = words_pw()
add("python/postgres-url", "traceability/app/db.py", t(r"""
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# Lot database: hives -> harvests -> extraction batches -> jars
ENGINE = create_engine(
    "postgresql+psycopg://trace_app:<<v>>@db.traceability.internal:5432/traceability",
    pool_size=5,
    pool_pre_ping=True,
)
SessionLocal = sessionmaker(bind=ENGINE, autoflush=False)


def get_session():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()
""", v=_v), _v, "SQLAlchemy docs: PostgreSQL database URL with password")

add("python/decoy-env-reference", "traceability/app/settings.py", t(r"""
from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic import PostgresDsn, SecretStr


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRACE_", env_file=".env", secrets_dir="/run/secrets")

    database_url: PostgresDsn = "postgresql+psycopg://trace_app@localhost:5432/traceability"
    qr_signing_key: SecretStr
    lab_api_key: SecretStr
    public_base_url: str = "https://id.imkergenossenschaft.de"


settings = Settings()
"""), None, "pydantic-settings docs: SecretStr from env / secrets_dir")

_v = fakes.django_secret_key(_seed())
add("python/django-secret-key", "traceability/portal/portal/settings/base.py", t(r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "<<v>>"

DEBUG = False
ALLOWED_HOSTS = ["trace.imkergenossenschaft.de", "id.imkergenossenschaft.de"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "lots",
    "apiaries",
    "labresults",
]

LANGUAGE_CODE = "de-de"
TIME_ZONE = "Europe/Berlin"
USE_TZ = True
STATIC_URL = "static/"
""", v=_v), _v, "Django docs: SECRET_KEY (get_random_secret_key, 50 characters)")

add("json/decoy-password-hash", "traceability/portal/lots/fixtures/demo_users.json", t(r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "demo-imker",
      "password": "pbkdf2_sha256$720000$<<s1>>$<<h1>>",
      "is_staff": false,
      "email": "demo@example.org"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "demo-qa",
      "password": "pbkdf2_sha256$720000$<<s2>>$<<h2>>",
      "is_staff": true,
      "email": "qa@example.org"
    }
  }
]
""", s1=mixed(22), h1=key_b64(32), s2=mixed(22), h2=key_b64(32)), None, "Django docs: password storage format pbkdf2_sha256$iterations$salt$hash")

_v = hexs(64)
add("go/qr-signing-key", "traceability/qrsign/sign.go", t(r"""
package qrsign

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Jar QR codes carry the lot number and a short HMAC so counterfeit labels can be spotted
// at the wholesaler: https://id.imkergenossenschaft.de/01/<gtin>/10/<lot>?s=<sig>
var signingKey, _ = hex.DecodeString("<<v>>")

func Sign(gtin, lot string) string {
	mac := hmac.New(sha256.New, signingKey)
	fmt.Fprintf(mac, "%s|%s", gtin, lot)
	return hex.EncodeToString(mac.Sum(nil))[:16]
}

func Verify(gtin, lot, sig string) bool {
	return hmac.Equal([]byte(Sign(gtin, lot)), []byte(sig))
}
""", v=_v), _v, "Go crypto/hmac docs; GS1 Digital Link URI")

_pub = key_b64(32)
add("go/decoy-public-key", "traceability/verify/verify.go", t(r"""
package verify

import (
	"crypto/ed25519"
	"encoding/base64"
)

// Public key of the co-op's lot-certificate signer. Only the public half is shipped in the
// wholesaler app; the private key is in the HSM.
const signerPublicKeyB64 = "<<pub>>"

var signerPublicKey = func() ed25519.PublicKey {
	raw, err := base64.StdEncoding.DecodeString(signerPublicKeyB64)
	if err != nil || len(raw) != ed25519.PublicKeySize {
		panic("bad signer public key")
	}
	return ed25519.PublicKey(raw)
}()

func LotCertificateValid(payload, sig []byte) bool {
	return ed25519.Verify(signerPublicKey, payload, sig)
}
""", pub=_pub), None, "Go crypto/ed25519 docs: verification with a public key")

_v = gen_pw(24)
add("js/mongodb-uri", "traceability/hive-journal/src/db.js", t(r"""
// Hive journal: inspections, treatments (varroa), feedings, queen changes per hive
const { MongoClient } = require("mongodb");

const uri = "mongodb+srv://hivejournal:<<v>>@cluster0.x7k2p.mongodb.net/?retryWrites=true&w=majority&appName=hive-journal";
const client = new MongoClient(uri);

async function collections() {
  await client.connect();
  const db = client.db("hivejournal");
  return {
    inspections: db.collection("inspections"),
    treatments: db.collection("treatments"),
    queens: db.collection("queens"),
  };
}

module.exports = { client, collections };
""", v=_v), _v, "MongoDB docs: connection string URI format (mongodb+srv://user:password@host)")

_v = fakes.redis_password(_seed())
add("python/redis-url", "traceability/app/celeryconfig.py", t(r"""
# Celery: nightly lot reconciliation, label batch generation, lab-result import
broker_url = "redis://:<<v>>@redis.traceability.internal:6379/0"
result_backend = "redis://:<<v>>@redis.traceability.internal:6379/1"
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
beat_schedule = {
    "reconcile-lots": {"task": "lots.tasks.reconcile", "schedule": 3600.0},
    "import-lab-results": {"task": "labresults.tasks.import_finished", "schedule": 1800.0},
}
""", v=_v), _v, "Celery docs: Redis broker URL redis://:password@hostname:port/db")

_v = gen_pw(22)
add("terraform/db-password", "infra/terraform/traceability/rds.tf", t(r"""
resource "aws_db_instance" "traceability" {
  identifier              = "traceability-prod"
  engine                  = "postgres"
  engine_version          = "15.6"
  instance_class          = "db.t4g.small"
  allocated_storage       = 20
  db_name                 = "traceability"
  username                = "trace_admin"
  password                = "<<v>>"
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
  storage_encrypted       = true
  skip_final_snapshot     = false

  tags = {
    Project = "traceability"
    Owner   = "it@imkergenossenschaft.de"
  }
}
""", v=_v), _v, "Terraform AWS provider docs: aws_db_instance password argument")

add("terraform/decoy-random-password", "infra/terraform/traceability/rds_managed.tf", t(r"""
resource "random_password" "trace_admin" {
  length           = 32
  special          = true
  override_special = "_%-"
}

resource "aws_secretsmanager_secret" "trace_admin" {
  name = "traceability/db/trace_admin"
}

resource "aws_secretsmanager_secret_version" "trace_admin" {
  secret_id     = aws_secretsmanager_secret.trace_admin.id
  secret_string = random_password.trace_admin.result
}

resource "aws_db_instance" "traceability_v2" {
  identifier        = "traceability-prod-v2"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  username          = "trace_admin"
  password          = random_password.trace_admin.result
}
"""), None, "Terraform random provider docs: random_password; AWS Secrets Manager")

add("terraform/decoy-sensitive-variable", "infra/terraform/traceability/variables.tf", t(r"""
variable "region" {
  type    = string
  default = "eu-central-1"
}

variable "lab_api_key" {
  description = "Honiglabor Nord portal API key (set via TF_VAR_lab_api_key in CI)"
  type        = string
  sensitive   = true
}

variable "qr_signing_key" {
  description = "Hex HMAC key for jar QR codes"
  type        = string
  sensitive   = true
  validation {
    condition     = length(var.qr_signing_key) == 64
    error_message = "qr_signing_key must be 32 bytes hex."
  }
}
"""), None, "Terraform docs: sensitive input variables without defaults")

add("csv/decoy-lot-records", "traceability/exports/lots_2024_q2.csv", t(r"""
lot,gtin,honey_type,apiary,extraction_batch,jars_500g,jars_250g,batch_uuid,record_sha256
L24-0801,04260123450012,Rapshonig cremig,rapsfeld-nord,EX-2024-031,412,96,<<u1>>,<<h1>>
L24-0815,04260123450012,Rapshonig cremig,lindenhof,EX-2024-033,388,120,<<u2>>,<<h2>>
L24-0902,04260123450029,Frühtracht,obstwiese,EX-2024-038,240,60,<<u3>>,<<h3>>
L24-0917,04260123450036,Sommertracht,waldrand,EX-2024-041,301,88,<<u4>>,<<h4>>
L24-1003,04260123450043,Waldhonig,waldrand,EX-2024-047,198,40,<<u5>>,<<h5>>
""", u1=uuid4(), u2=uuid4(), u3=uuid4(), u4=uuid4(), u5=uuid4(),
    h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), None, "Lot export: GTINs, batch UUIDs and record SHA-256 checksums")

add("json/decoy-epcis-event", "traceability/epcis/events/ex-2024-041.jsonld", t(r"""
{
  "@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"],
  "type": "EPCISDocument",
  "schemaVersion": "2.0",
  "creationDate": "2024-07-22T14:05:00+02:00",
  "epcisBody": {
    "eventList": [
      {
        "type": "TransformationEvent",
        "eventTime": "2024-07-22T13:58:10+02:00",
        "eventTimeZoneOffset": "+02:00",
        "eventID": "ni:///sha-256;<<h>>?ver=CBV2.0",
        "inputEPCList": ["urn:epc:id:sgtin:4260123450.005.EX2024041"],
        "outputQuantityList": [
          { "epcClass": "urn:epc:class:lgtin:4260123450.003.L24-0917", "quantity": 301, "uom": "H87" }
        ],
        "bizStep": "commissioning",
        "readPoint": { "id": "urn:epc:id:sgln:4260123450.00.EXTRACT1" },
        "bizLocation": { "id": "urn:epc:id:sgln:4260123450.00.0" }
      }
    ]
  }
}
""", h=hexs(64)), None, "GS1 EPCIS 2.0 JSON-LD; eventID as ni:///sha-256 hash URI")

_v = "0x" + hexs(64)
add("js/ethereum-private-key", "traceability/chain-anchor/hardhat.config.js", t(r"""
require("@nomicfoundation/hardhat-toolbox");

// Anchors the daily Merkle root of the lot records on Polygon (grant deliverable WP3).
const ANCHOR_DEPLOYER_KEY = "<<v>>";

module.exports = {
  solidity: "0.8.24",
  networks: {
    amoy: {
      url: "https://rpc-amoy.polygon.technology",
      accounts: [ANCHOR_DEPLOYER_KEY],
    },
    polygon: {
      url: "https://polygon-rpc.com",
      accounts: [ANCHOR_DEPLOYER_KEY],
    },
  },
  etherscan: { apiKey: { polygon: process.env.POLYGONSCAN_API_KEY } },
};
""", v=_v), _v, "Hardhat docs: networks.<name>.accounts with a private key")

add("json/decoy-public-address", "traceability/chain-anchor/deployments/polygon.json", t(r"""
{
  "network": "polygon",
  "chainId": 137,
  "LotAnchor": {
    "address": "0x<<a1>>",
    "deployer": "0x<<a2>>",
    "txHash": "0x<<tx>>",
    "blockNumber": 57312044
  },
  "abiHash": "<<abi>>"
}
""", a1=hexs(40), a2=hexs(40), tx=hexs(64), abi=hexs(64)), None, "Hardhat deployments: contract addresses and transaction hashes are public")

_v = openssh_pem()
add("ansible/ssh-private-key", "infra/ansible/group_vars/trace_servers/deploy.yml", t(r"""
---
trace_deploy_user: deploy
trace_repo: git@git.imkergenossenschaft.de:it/traceability.git
trace_repo_version: main
# read-only deploy key for the repo above
trace_deploy_key: |
<<key>>
trace_env_file: /etc/traceability/env
""", key=indent(_v, 2)), _v, "Ansible docs: multi-line YAML block scalars; OpenSSH private key format")

add("text/decoy-public-keys", "infra/ansible/files/authorized_keys", t(r"""
# deploy user on the traceability servers - public keys only
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>> anna@imkerei-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k2>> jonas@werkstatt
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ<<k3>> ci@gitlab-runner
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB<<k4>> backup@nas01
""", k1=draw(43, B64), k2=draw(43, B64), k3=draw(340, B64), k4=draw(87, B64) + "="), None, "OpenSSH sshd(8) AUTHORIZED_KEYS file format (public keys)")

add("pem/decoy-certificate", "lorawan/gateways/rak7268-heide/tc.trust", t(r"""
-----BEGIN CERTIFICATE-----
<<body>>
-----END CERTIFICATE-----
""", body="\n".join(draw(64, B64) for _ in range(12)) + "\n" + draw(28, B64) + "=="), None,
    "LoRa Basics Station docs: tc.trust holds the CA certificate (public)")

add("text/decoy-pgp-public-key", "traceability/exports/signing-key.asc", t(r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Imkergenossenschaft Süd eG - lot export signing key (public)

<<body>>
=<<crc>>
-----END PGP PUBLIC KEY BLOCK-----
""", body="\n".join(draw(64, B64) for _ in range(10)), crc=draw(4, B64)), None, "RFC 4880: ASCII-armored OpenPGP public key")

add("text/decoy-checksums", "plant/firmware/SHA256SUMS", t(r"""
<<h1>>  hive-node-mkrwan-1.5.0.bin
<<h2>>  hive-node-lmic-1.5.0.hex
<<h3>>  hive-scale-esp32-3.2.1.bin
<<h4>>  stockwaage-esp8266-2.0.4.bin
<<h5>>  basicstation-rak7268-2.0.6.ipk
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), None, "GNU coreutils sha256sum output")

# ---------------------------------------------------------------------------------------------
# Grant reporting: members' data, forage maps, climate data, report drafting
# ---------------------------------------------------------------------------------------------

_v = "pat" + mixed(14) + "." + hexs(64)
add("python/airtable-pat", "grants/eip-agri/collect_indicators.py", t(r"""
# EIP-AGRI operational group "Bienenweide 2030": collect the output indicators for the
# annual report from the members' Airtable base.
from collections import Counter

from pyairtable import Api

api = Api("<<v>>")
table = api.table("appQ7mB2xK9LwR4sT", "Maßnahmen")

rows = table.all(formula="AND({Jahr}=2024, {Status}='abgeschlossen')")
by_type = Counter(r["fields"]["Maßnahmentyp"] for r in rows)
area = sum(r["fields"].get("Blühfläche_ha", 0) for r in rows)

print(f"Maßnahmen 2024: {len(rows)}")
for kind, n in by_type.most_common():
    print(f"  {kind:<30} {n:>4}")
print(f"Neue Blühflächen: {area:.1f} ha")
""", v=_v), _v, "Airtable docs: personal access tokens (pat....) and pyairtable")

_v = "secret_" + mixed(43)
add("js/notion-token", "grants/reporting/notion-export.mjs", t(r"""
// Export the grant milestones database from Notion to Markdown for the funder's portal.
import { Client } from "@notionhq/client";
import { writeFile } from "node:fs/promises";

const notion = new Client({ auth: "<<v>>" });
const MILESTONES_DB = "8a1f3c5e7b9d4f21a0c3e5b7d9f1a3c5";

const { results } = await notion.databases.query({
  database_id: MILESTONES_DB,
  filter: { property: "Report", select: { equals: "Zwischenbericht 2024" } },
  sorts: [{ property: "Due", direction: "ascending" }],
});

const lines = results.map((page) => {
  const p = page.properties;
  const title = p.Name.title.map((t) => t.plain_text).join("");
  return `- [${p.Done.checkbox ? "x" : " "}] ${title} (${p.Due.date?.start ?? "offen"})`;
});
await writeFile("grants/reporting/milestones-2024.md", `# Meilensteine 2024\n\n${lines.join("\n")}\n`);
""", v=_v), _v, "Notion API docs: internal integration tokens (secret_...), @notionhq/client")

_v = fakes.openai_key(_seed())
add("python/openai-api-key", "grants/reporting/draft_summary.py", t(r"""
# Draft the plain-language summary for the grant report from the indicator table.
import pandas as pd
from openai import OpenAI

client = OpenAI(api_key="<<v>>")

indicators = pd.read_csv("grants/reporting/indicators_2024.csv")
prompt = (
    "Fasse die folgenden Projektindikatoren einer Imkergenossenschaft in 150 Wörtern "
    "allgemeinverständlich zusammen:\n\n" + indicators.to_markdown(index=False)
)
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": prompt}],
    temperature=0.3,
)
with open("grants/reporting/summary_draft.md", "w", encoding="utf-8") as fh:
    fh.write(resp.choices[0].message.content)
""", v=_v), _v, "OpenAI docs: project API keys (sk-proj-...), openai-python client")

_v = uuid4()
add("python/cds-api-key", "grants/climate/setup_cds.py", t(r"""
# Write ~/.cdsapirc for the ERA5 download (temperature + precipitation at the apiaries,
# used for the "forage days" indicator in the grant report), then fetch one year.
from pathlib import Path

import cdsapi

rc = Path.home() / ".cdsapirc"
rc.write_text("url: https://cds.climate.copernicus.eu/api\nkey: <<v>>\n")
rc.chmod(0o600)

cdsapi.Client().retrieve(
    "reanalysis-era5-single-levels",
    {"product_type": ["reanalysis"], "variable": ["2m_temperature", "total_precipitation"],
     "year": ["2024"], "month": [f"{m:02d}" for m in range(3, 11)], "day": [f"{d:02d}" for d in range(1, 32)],
     "time": ["12:00"], "area": [48.6, 10.6, 48.2, 11.1], "data_format": "netcdf"},
    "grants/climate/era5_2024.nc",
)
""", v=_v), _v, "Copernicus CDS API docs: ~/.cdsapirc url/key (personal access token)")

_v = hexs(32)
add("r/openweathermap-key", "grants/climate/forage_days.R", t(r"""
# Forage days per apiary: days with Tmax >= 12 °C and no rain, from OpenWeatherMap history
library(httr)
library(jsonlite)
library(purrr)

owm_key <- "<<v>>"
apiaries <- read.csv("grants/climate/apiaries.csv")   # name, lat, lon

day_weather <- function(lat, lon, date) {
  res <- GET("https://api.openweathermap.org/data/3.0/onecall/day_summary",
             query = list(lat = lat, lon = lon, date = date, units = "metric", appid = owm_key))
  stop_for_status(res)
  fromJSON(content(res, "text"))
}

dates <- seq(as.Date("2024-03-01"), as.Date("2024-10-31"), by = "day")
forage <- map_dfr(seq_len(nrow(apiaries)), function(i) {
  a <- apiaries[i, ]
  w <- map(format(dates), ~ day_weather(a$lat, a$lon, .x))
  data.frame(apiary = a$name,
             forage_days = sum(map_lgl(w, ~ .x$temperature$max >= 12 && .x$precipitation$total < 0.2)))
})
write.csv(forage, "grants/climate/forage_days_2024.csv", row.names = FALSE)
""", v=_v), _v, "OpenWeatherMap One Call API 3.0 docs: appid parameter")

_v = mapbox_token("sk")
add("properties/mapbox-secret-token", "apps/hive-inspection-android/gradle.properties", t(r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# Mapbox SDK download token (needs DOWNLOADS:READ scope)
MAPBOX_DOWNLOADS_TOKEN=<<v>>
""", v=_v), _v, "Mapbox Maps SDK for Android docs: secret token (sk.) in gradle.properties")

add("js/decoy-public-token", "grants/forage-map/src/map.js", t(r"""
// Public forage map for the grant website: flowering strips planted by members.
// Mapbox public token (pk.), restricted to https://bienenweide2030.de in the Mapbox account.
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "<<pk>>";

const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mapbox/outdoors-v12",
  center: [10.898, 48.371],
  zoom: 10,
});

map.on("load", () => {
  map.addSource("strips", { type: "geojson", data: "/data/bluehstreifen-2024.geojson" });
  map.addLayer({ id: "strips", type: "fill", source: "strips", paint: { "fill-color": "#f2c14e", "fill-opacity": 0.6 } });
});
""", pk=mapbox_token("pk")), None, "Mapbox docs: public access tokens (pk.) are intended for client-side use")

add("html/decoy-browser-key", "grants/website/apiaries.html", t(r"""
<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Unsere Bienenstände</title>
  <!-- Maps JavaScript API key: browser key, HTTP-referrer restricted to bienenweide2030.de -->
  <script async src="https://maps.googleapis.com/maps/api/js?key=AIza<<k>>&callback=initMap&loading=async"></script>
  <script src="/js/apiaries.js" integrity="sha384-<<sri>>" crossorigin="anonymous"></script>
</head>
<body>
  <h1>Unsere Bienenstände</h1>
  <div id="map" style="height: 480px"></div>
</body>
</html>
""", k=draw(35, URLSAFE), sri=key_b64(48)), None, "Google Maps Platform docs: browser API keys with HTTP referrer restrictions; SRI hashes")

add("js/decoy-public-config", "apps/hive-inspection-web/src/firebase.js", t(r"""
// Firebase web config: these identifiers are public (security comes from Firebase rules + App Check).
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";

const firebaseConfig = {
  apiKey: "AIza<<k>>",
  authDomain: "hive-inspection-igs.firebaseapp.com",
  projectId: "hive-inspection-igs",
  storageBucket: "hive-inspection-igs.appspot.com",
  messagingSenderId: "<<sender>>",
  appId: "1:<<sender>>:web:<<app>>",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
""", k=draw(35, URLSAFE), sender=str(_rng().randint(10**11, 10**12 - 1)), app=hexs(22)), None,
    "Firebase docs: the web config apiKey is not a secret")

_v = "sl.B" + draw(135, URLSAFE)
add("python/dropbox-token", "grants/reporting/archive_reports.py", t(r"""
# Archive the signed grant reports and lab certificates in the shared Dropbox folder
# that the funding agency's auditor can read.
import pathlib

import dropbox

dbx = dropbox.Dropbox("<<v>>")

for pdf in sorted(pathlib.Path("grants/reporting/out").glob("*.pdf")):
    dest = f"/Bienenweide2030/Berichte/{pdf.name}"
    with pdf.open("rb") as fh:
        dbx.files_upload(fh.read(), dest, mode=dropbox.files.WriteMode.overwrite)
    print("archived", dest)
""", v=_v), _v, "Dropbox API docs: short-lived access tokens (sl.) with the Python SDK")

_v = "pat-eu1-" + uuid4()
add("shell/hubspot-token", "grants/members/export_members.sh", t(r"""
#!/usr/bin/env bash
# Member count per region for the grant's "participating holdings" indicator.
set -euo pipefail
HUBSPOT_TOKEN="<<v>>"

curl -sS -X POST "https://api.hubapi.com/crm/v3/objects/companies/search" \
  -H "Authorization: Bearer ${HUBSPOT_TOKEN}" \
  -H "Content-Type: application/json" \
  -d '{"filterGroups":[{"filters":[{"propertyName":"mitgliedsstatus","operator":"EQ","value":"aktiv"}]}],
       "properties":["name","region","anzahl_voelker"],"limit":100}' \
  | jq -r '.results[].properties | [.name, .region, .anzahl_voelker] | @csv' > grants/members/members.csv

wc -l grants/members/members.csv
""", v=_v), _v, "HubSpot docs: private app access tokens (pat-eu1-...)")

_v = gen_pw(32)
add("yaml/sentinelhub-client-secret", "grants/remote-sensing/config.yml", t(r"""
# Flowering detection (NDVI/NDYI) over the members' rapeseed and phacelia fields
sentinelhub:
  base_url: https://services.sentinel-hub.com
  client_id: "<<cid>>"
  client_secret: "<<v>>"
aoi:
  geojson: grants/remote-sensing/aoi_landkreis.geojson
  crs: EPSG:4326
time:
  from: 2024-03-15
  to: 2024-06-30
output:
  dir: grants/remote-sensing/out
  resolution_m: 10
""", cid=uuid4(), v=_v), _v, "Sentinel Hub docs: OAuth client id / client secret")

add("markdown/decoy-grant-report", "grants/eip-agri/report_2024.md", t(r"""
# Zwischenbericht 2024 – OG „Bienenweide 2030“

Förderkennzeichen: EIP-BY-2023-0471 · Laufzeit 01/2023–12/2025

## Projektpartner

| Partner | ORCID / ID |
|---|---|
| Imkergenossenschaft Süd eG (Lead) | DE-GEN-1187 |
| Dr. A. Vogt, Honiglabor Nord | 0000-0002-1825-0097 |
| LWG Veitshöchheim, Fachzentrum Bienen | ROR 04h6axt23 |

## Ergebnisse

- 38 neue Blühstreifen (61,4 ha), siehe Datensatz doi:10.5281/zenodo.11234567
- 212 Völker mit Stockwaagen, Datenzugang über die Projekt-API (Zugangsdaten beim Lead-Partner)
- Rückverfolgbarkeit: 1.840 Lose mit QR-Code, Prüfsumme des Exports:
  `sha256:<<h>>`

## Budget

| Posten | Plan € | Ist € |
|---|---:|---:|
| Personal | 84.000 | 79.310 |
| Sensorik | 31.500 | 33.870 |
| Saatgut Blühmischungen | 12.000 | 11.245 |
""", h=hexs(64)), None, "EIP-AGRI operational group reporting; ORCID, DOI, SHA-256 digest")

add("log/decoy-redacted", "grants/reporting/logs/sync_2024-11-03.log", t(r"""
2024-11-03 06:00:01,214 INFO  sync start (grants/reporting/sync.py v1.3)
2024-11-03 06:00:01,377 DEBUG airtable: GET https://api.airtable.com/v0/appQ7mB2xK9LwR4sT/Ma%C3%9Fnahmen headers={'Authorization': 'Bearer pat***************[redacted]'}
2024-11-03 06:00:02,904 INFO  airtable: 211 records
2024-11-03 06:00:03,116 DEBUG notion: POST /v1/databases/8a1f3c5e7b9d4f21a0c3e5b7d9f1a3c5/query auth=secret_****
2024-11-03 06:00:04,020 INFO  notion: 17 milestones
2024-11-03 06:00:04,022 DEBUG dropbox: token=<REDACTED> upload /Bienenweide2030/Berichte/zwischenbericht_2024.pdf
2024-11-03 06:00:05,771 INFO  sync done in 4.56 s
"""), None, "Application log with credentials redacted by the logging filter")

# ---------------------------------------------------------------------------------------------
# Alerts and notifications (swarm alarms, theft alarms, cold snaps)
# ---------------------------------------------------------------------------------------------

_v = hexs(32)
add("python/twilio-auth-token", "alerts/swarm_sms.py", t(r"""
# SMS to the apiary's keeper when a hive loses > 1.5 kg within 15 minutes (swarm!)
# or the scale's tilt sensor fires (theft / fallen hive).
from twilio.rest import Client

ACCOUNT_SID = "AC<<sid>>"
AUTH_TOKEN = "<<v>>"
FROM = "+4915735981234"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def alert(keeper_phone: str, hive: str, reason: str, delta_kg: float) -> str:
    body = f"[Bienen] {hive}: {reason} ({delta_kg:+.1f} kg). Bitte nachsehen."
    msg = client.messages.create(to=keeper_phone, from_=FROM, body=body)
    return msg.sid
""", sid=hexs(32), v=_v), _v, "Twilio docs: Account SID (AC...) and Auth Token (32 hex)")

_v = telegram()
add("js/telegram-bot-token", "alerts/telegram-bot/index.js", t(r"""
// @ImkerAlarmBot - posts hive alarms from MQTT into the apiary group chats
const mqtt = require("mqtt");
const TelegramBot = require("node-telegram-bot-api");

const bot = new TelegramBot("<<v>>", { polling: false });
const CHATS = { lindenhof: -1001873264511, waldrand: -1001873264987, obstwiese: -1001902113456 };

const client = mqtt.connect("mqtts://mqtt.imkergenossenschaft.de:8883", {
  username: process.env.MQTT_USER,
  password: process.env.MQTT_PASSWORD,
});

client.on("connect", () => client.subscribe("alarms/+/+"));
client.on("message", (topic, payload) => {
  const [, apiary, hive] = topic.split("/");
  const alarm = JSON.parse(payload.toString());
  const chat = CHATS[apiary];
  if (!chat) return;
  bot.sendMessage(chat, `🐝 ${hive}: ${alarm.text} (${alarm.value} ${alarm.unit})`);
});
""", v=_v), _v, "Telegram Bot API docs: bot token <id>:<secret>; node-telegram-bot-api")

_v = discord_webhook()
add("crontab/discord-webhook", "alerts/cron/hive-checks.crontab", t(r"""
# m h dom mon dow  command   (user: hives on honeyhouse-pi)
MAILTO=""
PATH=/usr/local/bin:/usr/bin:/bin
# cold snap warning for the winter cluster
*/30 * * * *  /opt/hives/bin/check_cluster_temp.py --min 8 --notify "<<v>>"
# nightly weight summary
5 21 * * *    /opt/hives/bin/daily_weights.py --post "<<v>>" >> /var/log/hives/daily.log 2>&1
# clean old logs
0 3 * * 0     find /var/log/hives -name '*.log' -mtime +30 -delete
""", v=_v), _v, "Discord docs: webhook URLs (https://discord.com/api/webhooks/<id>/<token>)")

_v = slack_webhook()
add("go/slack-webhook", "alerts/theft-watch/notify.go", t(r"""
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// GPS trackers in the hives at the outyards: post to #diebstahl when a hive leaves its geofence.
const slackWebhook = "<<v>>"

type slackMsg struct {
	Text string `json:"text"`
}

func notifyMoved(hive string, lat, lon float64, meters int) error {
	body, _ := json.Marshal(slackMsg{Text: fmt.Sprintf(":rotating_light: %s moved %d m - https://maps.google.com/?q=%f,%f", hive, meters, lat, lon)})
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Post(slackWebhook, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("slack: %s", resp.Status)
	}
	return nil
}
""", v=_v), _v, "Slack docs: incoming webhooks (hooks.slack.com/services/T.../B.../...)")

_r = _rng()
_v = f"xoxb-{_r.randint(10**10, 10**11)}-{_r.randint(10**12, 10**13)}-" + mixed(24)
add("python/slack-bot-token", "alerts/weekly_digest.py", t(r"""
# Weekly digest to #imkerei: weight gain per apiary, treatments due, lab results received.
from slack_sdk import WebClient

from digest import build_blocks

slack = WebClient(token="<<v>>")

blocks = build_blocks(week=None)
slack.chat_postMessage(channel="#imkerei", text="Wochenübersicht Bienenstände", blocks=blocks)
slack.files_upload_v2(
    channel="C05HIVE0NEWS",
    file="reports/weight_week.png",
    title="Gewichtsverlauf (7 Tage)",
)
""", v=_v), _v, "Slack docs: bot tokens (xoxb-) and slack_sdk WebClient")

_v = ("https://igsued.webhook.office.com/webhookb2/" + uuid4() + "@" + uuid4() + "/IncomingWebhook/" + hexs(32) + "/" + uuid4()
      + "/V2" + draw(40, URLSAFE))
add("powershell/teams-webhook", "alerts/Send-ExtractionReport.ps1", t(r"""
# Posts the end-of-day extraction summary from the honey house PC to the Teams channel "Schleuderraum".
param([string]$CsvPath = "D:\Reports\extraction_$(Get-Date -Format yyyyMMdd).csv")

$webhook = "<<v>>"
$rows = Import-Csv $CsvPath
$kg = ($rows | Measure-Object -Property KgNet -Sum).Sum
$batches = ($rows | Select-Object -ExpandProperty Batch -Unique).Count

$card = @{
    "@type" = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary = "Schleuderbericht"
    title = "Schleuderbericht $(Get-Date -Format dd.MM.yyyy)"
    text = "$batches Chargen, $([math]::Round($kg,1)) kg Honig netto"
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType "application/json; charset=utf-8"
""", v=_v), _v, "Microsoft Teams docs: incoming webhook URLs (webhook.office.com/webhookb2/...)")

_v = "glsa_" + mixed(32) + "_" + hexs(8)
add("python/split-grafana-token", "alerts/grafana_silence.py", t(r"""
# Silence the hive alerts of an apiary while the keeper works there (hives opened -> temp drops).
import sys
from datetime import datetime, timedelta, timezone

import requests

TOKEN = ("<<a>>"
         "<<b>>")


def silence(apiary: str, minutes: int = 90) -> str:
    now = datetime.now(timezone.utc)
    body = {
        "matchers": [{"name": "apiary", "value": apiary, "isRegex": False, "isEqual": True}],
        "startsAt": now.isoformat(),
        "endsAt": (now + timedelta(minutes=minutes)).isoformat(),
        "createdBy": "stockkarte-app",
        "comment": f"Durchsicht {apiary}",
    }
    r = requests.post("https://grafana.imkergenossenschaft.de/api/alertmanager/grafana/api/v2/silences",
                      json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()["silenceID"]


if __name__ == "__main__":
    print(silence(sys.argv[1]))
""", a=_v[:20], b=_v[20:]), _v, "Grafana docs: service account tokens; Python adjacent string literal concatenation")

# ---------------------------------------------------------------------------------------------
# CI/CD, packaging, infrastructure
# ---------------------------------------------------------------------------------------------

_v = telegram()
add("gha/telegram-bot-token", ".github/workflows/firmware-release.yml", t(r"""
name: firmware-release

on:
  push:
    tags: ["fw-v*"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install platformio
      - run: pio run -d firmware/hive-scale-esp32
      - uses: softprops/action-gh-release@v2
        with:
          files: firmware/hive-scale-esp32/.pio/build/esp32dev/firmware.bin
      - name: Tell the beekeepers
        run: |
          curl -s -X POST "https://api.telegram.org/bot<<v>>/sendMessage" \
            -d chat_id=-1001873264511 \
            -d text="Neue Stockwaagen-Firmware ${GITHUB_REF_NAME} ist da (OTA heute Nacht)."
""", v=_v), _v, "GitHub Actions docs; Telegram Bot API sendMessage URL with bot token")

_v = gen_pw(20)
add("gitlab-ci/registry-password", ".gitlab-ci.yml", t(r"""
stages: [test, build, deploy]

variables:
  IMAGE: registry.imkergenossenschaft.de/it/traceability
  NEXUS_USER: ci-publisher
  NEXUS_PASSWORD: "<<v>>"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$NEXUS_PASSWORD" | docker login registry.imkergenossenschaft.de -u "$NEXUS_USER" --password-stdin
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  image: alpine/helm:3.14.4
  script:
    - helm upgrade --install traceability deploy/helm/traceability --set image.tag=$CI_COMMIT_SHORT_SHA
  only: [main]
""", v=_v), _v, "GitLab CI docs: variables; docker login --password-stdin")

_v = person_pw()
add("jenkinsfile/ssh-password", "plant/Jenkinsfile", t(r"""
pipeline {
    agent { label 'plant-eng' }
    environment {
        HMI_HOST = '10.20.0.25'
    }
    stages {
        stage('Build HMI project') {
            steps {
                bat 'EasyBuilderPro.exe /compile hmi\\extraction.emtp /out build\\extraction.cxob'
            }
        }
        stage('Deploy to panel') {
            steps {
                sh "sshpass -p '<<v>>' scp -o StrictHostKeyChecking=no build/extraction.cxob operator@${HMI_HOST}:/project/"
                sh "sshpass -p '<<v>>' ssh operator@${HMI_HOST} 'sudo /usr/bin/reload_project'"
            }
        }
    }
    post {
        failure { mail to: 'it@imkergenossenschaft.de', subject: "HMI deploy failed: ${env.BUILD_TAG}", body: "${env.BUILD_URL}" }
    }
}
""", v=_v), _v, "Jenkins pipeline docs; sshpass(1) -p")

_v = mixed(40)
add("dockerfile/lab-api-key", "lab/Dockerfile", t(r"""
FROM python:3.11-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV LAB_PORTAL_URL=https://portal.honiglabor-nord.de/api/v2 \
    LAB_PORTAL_API_KEY=<<v>> \
    TZ=Europe/Berlin

USER 1000
CMD ["python", "fetch_results.py"]
""", v=_v), _v, "Dockerfile reference: ENV; lab portal API key")

_v = words_pw()
add("helm/postgres-password", "deploy/helm/traceability/values-prod.yaml", t(r"""
image:
  repository: registry.imkergenossenschaft.de/it/traceability
  tag: "2.6.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: trace.imkergenossenschaft.de
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: trace-tls
      hosts: [trace.imkergenossenschaft.de]

postgresql:
  enabled: true
  auth:
    username: trace_app
    password: "<<v>>"
    database: traceability
  primary:
    persistence:
      size: 20Gi

resources:
  requests: { cpu: 100m, memory: 256Mi }
""", v=_v), _v, "Bitnami PostgreSQL Helm chart docs: auth.password")

_v = gen_pw(16, "!$")
add("k8s-secret/smtp-password", "deploy/k8s/shop/smtp-secret.yaml", t(r"""
apiVersion: v1
kind: Secret
metadata:
  name: shop-smtp
  namespace: shop
type: Opaque
stringData:
  SMTP_HOST: smtp.ionos.de
  SMTP_PORT: "587"
  SMTP_USER: bestellung@imkergenossenschaft.de
  SMTP_PASSWORD: "<<v>>"
""", v=_v), _v, "Kubernetes docs: Secret stringData (plain text)")

_v = phrase_pw()
add("k8s/mqtt-password-env", "deploy/k8s/telemetry/hive-ingest-deployment.yaml", t(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hive-ingest
  namespace: telemetry
spec:
  replicas: 1
  selector:
    matchLabels: { app: hive-ingest }
  template:
    metadata:
      labels: { app: hive-ingest }
    spec:
      containers:
        - name: hive-ingest
          image: registry.imkergenossenschaft.de/it/hive-ingest:1.9.0
          env:
            - name: MQTT_HOST
              value: mosquitto.telemetry.svc
            - name: MQTT_USER
              value: hive-ingest
            - name: MQTT_PASSWORD
              value: "<<v>>"
          envFrom:
            - secretRef:
                name: hive-ingest-influx
""", v=_v), _v, "Kubernetes docs: container env value (plain) vs secretRef")

_v = gen_pw(14)
add("shell-history/mysql-password", "ops/notes/bash_history_honeyhouse-pi.txt", t(r"""
sudo systemctl status telegraf
journalctl -u telegraf -n 50
cd /opt/hives
git pull
mysql -u shopadmin -p'<<v>>' -h mysql.staging.internal wp_grosshandel -e "SELECT COUNT(*) FROM wp_wc_orders WHERE status='wc-processing'"
sudo reboot
df -h
""", v=_v), _v, "mysql(1): -p<password> on the command line (shell history)")

_v = person_pw()
add("shell-history/curl-basic-auth", "ops/notes/history_2024-05-ttn-debug.txt", t(r"""
  501  ping 10.99.0.15
  502  ssh admin@10.99.0.15
  503  curl -s https://lims.honiglabor-nord.de/rest/v1/samples?customer=IGS | head
  504  curl -s -u ig-sued-qa:<<v>> "https://lims.honiglabor-nord.de/rest/v1/samples?customer=IGS&year=2024" | jq '.samples | length'
  505  history | tail -n 20 > ops/notes/history_2024-05-ttn-debug.txt
""", v=_v), _v, "curl(1): -u user:password (shell history)")

_v = gen_pw(28)
add("systemd/restic-password", "ops/systemd/restic-backup.service", t(r"""
[Unit]
Description=Restic backup of the honey house server (lot DB dumps, lab PDFs, HMI backups)
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
Environment=RESTIC_REPOSITORY=sftp:u381923@u381923.your-storagebox.de:/restic/honeyhouse
Environment=RESTIC_PASSWORD=<<v>>
ExecStartPre=/usr/local/bin/dump_traceability_db.sh
ExecStart=/usr/bin/restic backup /srv/backups /srv/lab-reports /srv/hmi --tag nightly
ExecStartPost=/usr/bin/restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
Nice=10
IOSchedulingClass=idle
""", v=_v), _v, "restic docs: RESTIC_PASSWORD environment variable; systemd.exec Environment=")

_v = phrase_pw()
add("shell/borg-passphrase", "ops/backup/borg_offsite.sh", t(r"""
#!/bin/bash
# Off-site backup of the co-op office share (member files, grant paperwork) to the board's NAS.
export BORG_REPO='ssh://borg@nas-vorstand.fritz.box:2222/./igs-office'
export BORG_PASSPHRASE='<<v>>'
export BORG_RSH='ssh -i /root/.ssh/borg_offsite'

borg create --stats --compression zstd,6 \
    ::'{hostname}-{now:%Y-%m-%d}' \
    /srv/share/mitglieder /srv/share/foerderung /srv/share/buchhaltung

borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 12
borg compact
""", v=_v), _v, "BorgBackup docs: BORG_PASSPHRASE environment variable")

_v = "npm_" + mixed(36)
add("npmrc/npm-token", "shop/frontend/.npmrc", t(r"""
@igsued:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<v>>
save-exact=true
engine-strict=true
fund=false
""", v=_v), _v, "npm docs: .npmrc _authToken (npm_ granular tokens)")

_v = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "tools/beehive-tools/.pypirc", t(r"""
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = <<v>>

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", v=_v), _v, "PyPI docs: API tokens in .pypirc (username __token__)")

_v = gen_pw(18)
add("json/docker-registry-auth", "ops/docker/config.json", t(r"""
{
  "auths": {
    "registry.imkergenossenschaft.de": {
      "auth": "<<a>>"
    },
    "ghcr.io": {}
  },
  "credHelpers": {
    "ghcr.io": "pass"
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/26.1.1 (linux)"
  }
}
""", a=b64("ci-publisher:" + _v)), _v, "Docker docs: config.json auths.<registry>.auth = base64(user:password)")

_v = fakes.github_token(_seed())
add("text/github-token", "ops/notes/git-credentials.bak", t(r"""
https://anna-imkerei:<<v>>@github.com
https://gitlab-ci-token:@git.imkergenossenschaft.de
# old, revoked: https://jonas-w@bitbucket.org
# restored from the honeyhouse-pi home directory before re-imaging
# (git config --global credential.helper store)
""", v=_v), _v, "git-credential-store docs: ~/.git-credentials URL with token")

_v = words_pw()
add("pgpass/postgres-password", "ops/db/pgpass", t(r"""
# hostname:port:database:username:password
# used by dump_traceability_db.sh (PGPASSFILE=/srv/backups/.pgpass)
db.traceability.internal:5432:traceability:trace_backup:<<v>>
db.traceability.internal:5432:shop:trace_backup:*
localhost:5432:*:postgres:
""", v=_v), _v, "PostgreSQL docs: the password file (.pgpass)")

_v = hexs(64)
add("ini/sentry-auth-token", "shop/frontend/.sentryclirc", t(r"""
[defaults]
url = https://sentry.io/
org = imkergenossenschaft-sued
project = shop-frontend

[auth]
token = <<v>>
""", v=_v), _v, "Sentry CLI docs: .sentryclirc [auth] token")

_v = hexs(32)
add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", t(r"""
## Datadog Agent on the shop VM
api_key: <<v>>
site: datadoghq.eu
hostname: shop-prod-01
tags:
  - env:prod
  - service:shop
  - team:it
logs_enabled: true
process_config:
  process_collection:
    enabled: false
apm_config:
  enabled: true
""", v=_v), _v, "Datadog Agent docs: datadog.yaml api_key (32 hex)")

_v = hexs(36) + "NRAL"
add("ini/newrelic-license-key", "shop/backend/newrelic.ini", t(r"""
[newrelic]
license_key = <<v>>
app_name = igs-shop-backend
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
transaction_tracer.record_sql = obfuscated
error_collector.ignore_classes = werkzeug.exceptions:NotFound
distributed_tracing.enabled = true

[newrelic:staging]
app_name = igs-shop-backend (staging)
""", v=_v), _v, "New Relic docs: newrelic.ini license_key (40 chars, ...NRAL)")

_v = draw(40, URLSAFE)
add("tfvars/cloudflare-api-token", "infra/terraform/dns/terraform.tfvars", t(r"""
zone_name            = "imkergenossenschaft.de"
cloudflare_api_token = "<<v>>"
records = {
  shop    = { type = "CNAME", value = "shops.myshopify.com", proxied = false }
  trace   = { type = "A", value = "49.12.104.77", proxied = true }
  grafana = { type = "A", value = "49.12.104.77", proxied = true }
  mqtt    = { type = "A", value = "49.12.104.78", proxied = false }
}
""", v=_v), _v, "Cloudflare Terraform provider docs: api_token")

_v = "dop_v1_" + hexs(64)
add("shell/digitalocean-token", "infra/scripts/snapshot_droplets.sh", t(r"""
#!/usr/bin/env bash
# Weekly snapshot of the grant-project droplets (Bienenweide 2030 website + API)
set -euo pipefail
export DIGITALOCEAN_ACCESS_TOKEN="<<v>>"

for id in $(doctl compute droplet list --tag-name bienenweide --format ID --no-header); do
  doctl compute droplet-action snapshot "$id" --snapshot-name "weekly-$(date +%G-W%V)-$id" --wait
done

# keep 6 weekly snapshots
doctl compute snapshot list --resource droplet --format ID,Name --no-header \
  | awk '/weekly-/ {print $1}' | head -n -6 | xargs -r -n1 doctl compute snapshot delete --force
""", v=_v), _v, "DigitalOcean doctl docs: DIGITALOCEAN_ACCESS_TOKEN (dop_v1_...)")

_v = mixed(64)
add("toml/hetzner-cloud-token", "infra/hcloud/cli.toml", t(r"""
active_context = "igsued"

[[contexts]]
  name = "igsued"
  token = "<<v>>"

[[contexts]]
  name = "bienenweide"
  token = ""
""", v=_v), _v, "hcloud CLI docs: cli.toml contexts with API token (64 characters)")

_v = hexs(40)
add("shell/particle-token", "firmware/particle-scale/flash_fleet.sh", t(r"""
#!/usr/bin/env bash
# OTA-flash the Particle Boron hive scales in the outyards (no Wi-Fi there, LTE-M only)
set -euo pipefail
PARTICLE_TOKEN=<<v>>
PRODUCT_ID=28731

particle compile boron src/ --saveTo build/hive-scale-boron.bin

curl -sf "https://api.particle.io/v1/products/${PRODUCT_ID}/firmware" \
  -H "Authorization: Bearer ${PARTICLE_TOKEN}" \
  -F "binary=@build/hive-scale-boron.bin" -F "version=$(cat VERSION)" -F "title=scale $(cat VERSION)"

curl -sf -X PUT "https://api.particle.io/v1/products/${PRODUCT_ID}/firmware/release" \
  -H "Authorization: Bearer ${PARTICLE_TOKEN}" -d "version=$(cat VERSION)" -d "product_default=true"
""", v=_v), _v, "Particle Cloud API docs: access tokens (40 hex) as Bearer")

_v = "glpat-" + draw(20, URLSAFE)
add("python/gitlab-token", "tools/release_notes.py", t(r"""
# Collect merged MRs since the last tag for the season's release notes (firmware + portal).
import gitlab

gl = gitlab.Gitlab("https://git.imkergenossenschaft.de", private_token="<<v>>")
project = gl.projects.get("it/traceability")
last = project.tags.list(get_all=False)[0]

for mr in project.mergerequests.list(state="merged", updated_after=last.commit["created_at"], iterator=True):
    print(f"- {mr.title} (!{mr.iid}, @{mr.author['username']})")
""", v=_v), _v, "GitLab docs: personal access tokens (glpat-), python-gitlab private_token")

_v = fakes.github_fine_grained_token(_seed())
add("shell/github-fine-grained-token", "tools/mirror_firmware_repo.sh", t(r"""
#!/bin/sh
# Mirror the firmware repo to GitHub so the university partner can see it (grant WP2).
set -e
GH_TOKEN=<<v>>
cd /srv/git/firmware.git
git push --mirror "https://x-access-token:${GH_TOKEN}@github.com/imkergenossenschaft-sued/hive-firmware.git"
echo "mirrored $(date -Is)"
""", v=_v), _v, "GitHub docs: fine-grained personal access tokens (github_pat_)")

_v = fakes.aws_secret_key(_seed())
add("ini/aws-credentials", "ops/aws/credentials", t(r"""
[default]
region = eu-central-1

[igsued-backup]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<v>>

[igsued-readonly]
role_arn = arn:aws:iam::481902736451:role/ReadOnly
source_profile = igsued-backup
""", kid=fakes.aws_key_id(_seed()), v=_v), _v, "AWS CLI docs: shared credentials file")

_v = key_b64(32)
add("csharp/azure-iot-hub-key", "telemetry/azure/HiveGatewayBridge/Program.cs", t(r"""
using System.Text;
using Microsoft.Azure.Devices.Client;

// Bridge for the university partner's Azure IoT Hub (research copy of the hive data).
const string connectionString =
    "HostName=igs-hives-research.azure-devices.net;DeviceId=honeyhouse-bridge;SharedAccessKey=<<v>>";

using var device = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);
await device.OpenAsync();

foreach (var line in File.ReadLines("/var/spool/hives/outbox.jsonl"))
{
    using var msg = new Message(Encoding.UTF8.GetBytes(line))
    {
        ContentType = "application/json",
        ContentEncoding = "utf-8",
    };
    await device.SendEventAsync(msg);
}
Console.WriteLine("sent");
""", v=_v), _v, "Azure IoT Hub docs: device connection string with SharedAccessKey")

_v = key_b64(64)
add("json/azure-storage-connection-string", "telemetry/azure/HiveArchiveFunc/local.settings.json", t(r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=igshivearchive;AccountKey=<<v>>;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "ArchiveContainer": "hive-readings",
    "RetentionDays": "3650"
  },
  "Host": {
    "LocalHttpPort": 7071
  }
}
""", v=_v), _v, "Azure Functions docs: local.settings.json; Azure Storage connection string AccountKey")

_v = pem("", 3)
add("p8/app-store-connect-key", "apps/hive-inspection-ios/fastlane/keys/AuthKey_7QX2M4K9PZ.p8", _v + "\n", _v,
    "Apple docs: App Store Connect API keys (.p8, PKCS#8 EC private key)")

_v = hexs(128)
add("yaml/rails-secret-key-base", "shop/wholesale-portal/config/secrets.yml", t(r"""
# Legacy Rails 5 secrets (the wholesale portal predates credentials.yml.enc)
development:
  secret_key_base: <<dev>>

test:
  secret_key_base: 0000000000000000000000000000000000000000000000000000000000000000

production:
  secret_key_base: <<v>>
""", v=_v, dev=hexs(128)), _v, "Rails guides: config/secrets.yml secret_key_base (128 hex)")

_v = "base64:" + key_b64(32)
add("env/laravel-app-key", "shop/hofladen/.env", t(r"""
APP_NAME=Hofladen
APP_ENV=production
APP_KEY=<<v>>
APP_DEBUG=false
APP_URL=https://hofladen.imkergenossenschaft.de

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=hofladen
DB_USERNAME=hofladen
DB_PASSWORD=

MOLLIE_KEY=
MAIL_MAILER=log
""", v=_v), _v, "Laravel docs: APP_KEY (base64: + 32 random bytes)")

_v = gen_pw(32, "-_")
add("python/flask-secret-key", "grants/website/app.py", t(r"""
from flask import Flask, render_template, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY="<<v>>",
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_SAMESITE="Lax",
)


@app.route("/")
def index():
    return render_template("index.html")


@app.post("/patenschaft")
def sponsor_hive():
    session["sponsor"] = request.form["email"]
    return render_template("danke.html")
""", v=_v), _v, "Flask docs: SECRET_KEY signs the session cookie")

_v = gen_pw(48)
add("ts/jwt-secret", "apps/hive-inspection-api/src/auth.ts", t(r"""
import jwt from "jsonwebtoken";
import type { Request, Response, NextFunction } from "express";

// Tokens for the inspection app (beekeepers log inspections, treatments, queen status).
const JWT_SECRET = "<<v>>";

export function issueToken(userId: string, apiaries: string[]): string {
  return jwt.sign({ sub: userId, apiaries }, JWT_SECRET, { expiresIn: "30d", issuer: "igs-inspection" });
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  try {
    (req as any).user = jwt.verify(header.replace(/^Bearer /, ""), JWT_SECRET, { issuer: "igs-inspection" });
    next();
  } catch {
    res.status(401).json({ error: "unauthorized" });
  }
}
""", v=_v), _v, "jsonwebtoken docs: jwt.sign / jwt.verify with a shared secret")

_v = mixed(40)
add("swift/backend-api-key", "apps/hive-inspection-ios/HiveInspection/Services/SyncService.swift", t(r"""
import Foundation

/// Uploads offline inspections to the co-op backend when the phone is back in coverage.
final class SyncService {
    private let baseURL = URL(string: "https://api.imkergenossenschaft.de/inspection/v1")!
    private let apiKey = "<<v>>"

    func upload(_ inspections: [Inspection]) async throws {
        var request = URLRequest(url: baseURL.appendingPathComponent("inspections/batch"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        request.httpBody = try JSONEncoder().encode(inspections)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 201 else {
            throw URLError(.badServerResponse)
        }
    }
}
""", v=_v), _v, "Apple URLSession docs; API key sent in a custom header")

_v = gen_pw(24)
add("properties/kafka-sasl-password", "telemetry/stream/consumer.properties", t(r"""
# Consumer for the university partner's Kafka (hive readings research stream)
bootstrap.servers=pkc-4nmjv.eu-central-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="QK7XH3M2ZLPA4R6T" password="<<v>>";
group.id=igs-hive-research
auto.offset.reset=earliest
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=org.apache.kafka.common.serialization.StringDeserializer
""", v=_v), _v, "Confluent docs: SASL/PLAIN sasl.jaas.config with username/password")

_v = person_pw()
add("python/smtp-password", "traceability/portal/portal/settings/production.py", t(r"""
from .base import *  # noqa

DEBUG = False
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.ionos.de"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "rueckverfolgung@imkergenossenschaft.de"
EMAIL_HOST_PASSWORD = "<<v>>"
DEFAULT_FROM_EMAIL = "Imkergenossenschaft Süd <rueckverfolgung@imkergenossenschaft.de>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("IT", "it@imkergenossenschaft.de")]
""", v=_v), _v, "Django docs: EMAIL_HOST_PASSWORD setting")

_v = gen_pw(20)
add("go/amqp-url", "traceability/labelq/main.go", t(r"""
package main

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

// labelq: consumes "print jar labels for lot X" jobs and sends ZPL to the Zebra printers.
func main() {
	conn, err := amqp.Dial("amqps://labelq:<<v>>@rabbit.traceability.internal:5671/plant")
	if err != nil {
		log.Fatalf("rabbit: %v", err)
	}
	defer conn.Close()

	ch, err := conn.Channel()
	if err != nil {
		log.Fatal(err)
	}
	jobs, err := ch.Consume("label-jobs", "labelq", false, false, false, false, nil)
	if err != nil {
		log.Fatal(err)
	}
	for job := range jobs {
		if err := printLabels(job.Body); err != nil {
			job.Nack(false, true)
			continue
		}
		job.Ack(false)
	}
}
""", v=_v), _v, "RabbitMQ docs: AMQP URI spec (amqps://user:pass@host:port/vhost)")

_v = words_pw()
add("yaml/spring-datasource-password", "wholesale/order-service/src/main/resources/application.yml", t(r"""
spring:
  application:
    name: order-service
  datasource:
    url: jdbc:postgresql://db.wholesale.internal:5432/orders
    username: orders
    password: <<v>>
    hikari:
      maximum-pool-size: 8
  jpa:
    hibernate:
      ddl-auto: validate
    open-in-view: false

server:
  port: 8081

orders:
  min-order-jars: 48
  pallet-jars: 1440
""", v=_v), _v, "Spring Boot docs: spring.datasource.password")

_v = gen_pw(12, "#!")
add("http/basic-auth-header", "lab/requests/lims.http", t(r"""
### Health
GET https://lims.honiglabor-nord.de/rest/v1/health

### Samples of 2024 (QA account)
GET https://lims.honiglabor-nord.de/rest/v1/samples?customer=IGS&year=2024
Authorization: Basic <<a>>
Accept: application/json

### Register a new sample
POST https://lims.honiglabor-nord.de/rest/v1/samples
Authorization: Basic <<a>>
Content-Type: application/json

{ "customer": "IGS", "reference": "L24-1107", "analyses": ["HMF", "DIASTASE", "WATER", "POLLEN"] }
""", a=b64("ig-sued-qa:" + _v)), _v, "RFC 7617 HTTP Basic; VS Code REST Client .http files")

_v = gen_pw(16)
add("makefile/rsync-password", "grants/website/Makefile", t(r"""
SITE   := public/
REMOTE := igs_web@storage.bienenweide2030.de::web
export RSYNC_PASSWORD := <<v>>

.PHONY: build deploy clean

build:
	hugo --minify --destination $(SITE)

deploy: build
	rsync -avz --delete $(SITE) $(REMOTE)

clean:
	rm -rf $(SITE) resources/_gen
""", v=_v), _v, "rsync(1): RSYNC_PASSWORD for rsync daemon authentication; GNU make export")

_v = gen_pw(10) + "!"
add("java/split-lims-password", "lab/lims-bridge/src/main/java/de/igs/lims/LimsConfig.java", t(r"""
package de.igs.lims;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct read access to the lab's Oracle LIMS views (agreed with the lab in 2022). */
public final class LimsConfig {
    static final String URL = "jdbc:oracle:thin:@//lims-db.honiglabor-nord.de:1521/LIMSPRD";
    static final String USER = "IGS_READ";
    static final String PASSWORD = "<<a>>" +
            "<<b>>";

    private LimsConfig() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", a=_v[:6], b=_v[6:]), _v, "Oracle JDBC docs: thin driver URL; Java string concatenation across lines")

_v = words_pw()
add("perl/member-db-password", "members/cgi-bin/mitglieder.pl", t(r"""
#!/usr/bin/perl
# Member directory (beekeepers, number of colonies, apiary registration) - old CGI, still in use
use strict;
use warnings;
use CGI qw(:standard);
use DBI;

my $dbh = DBI->connect("DBI:mysql:database=mitglieder;host=localhost", "mitglieder_web", "<<v>>",
                       { RaiseError => 1, mysql_enable_utf8mb4 => 1 });

print header(-charset => 'utf-8'), start_html('Mitglieder');
my $sth = $dbh->prepare("SELECT name, ort, voelker FROM mitglied WHERE aktiv = 1 ORDER BY name");
$sth->execute;
print "<table>\n";
while (my ($name, $ort, $voelker) = $sth->fetchrow_array) {
    print "<tr><td>", escapeHTML($name), "</td><td>", escapeHTML($ort), "</td><td>$voelker</td></tr>\n";
}
print "</table>\n", end_html;
$dbh->disconnect;
""", v=_v), _v, "Perl DBI docs: DBI->connect($dsn, $user, $password)")

_v = gen_pw(16)
add("lua/mqtt-password", "lorawan/gateways/openwrt/hive_relay.lua", t(r"""
-- OpenWrt (Dragino LPS8) relay: forwards locally decoded uplinks to the co-op broker
local mqtt = require("mosquitto")
local json = require("luci.jsonc")

local client = mqtt.new("lps8-obstwiese", true)
client:login_set("lps8-obstwiese", "<<v>>")
client:tls_set("/etc/ssl/certs/ca-certificates.crt")
assert(client:connect("mqtt.imkergenossenschaft.de", 8883, 60))

client.ON_MESSAGE = function(mid, topic, payload)
  local up = json.parse(payload)
  if up and up.decoded then
    client:publish("hives/obstwiese/" .. up.dev .. "/reading", json.stringify(up.decoded), 1, false)
  end
end

local loc = mqtt.new("lps8-local", true)
loc:connect("127.0.0.1", 1883, 60)
loc:subscribe("lora/uplink/#", 0)
loc.ON_MESSAGE = client.ON_MESSAGE
loc:loop_forever()
""", v=_v), _v, "lua-mosquitto docs: client:login_set(username, password)")

_v = person_pw()
add("ansible/become-password", "infra/ansible/inventory/honeyhouse.ini", t(r"""
[honeyhouse]
honeyhouse-pi ansible_host=10.20.0.10
hmi-pc ansible_host=10.20.0.26 ansible_connection=winrm

[gateways]
gw-lindenhof ansible_host=10.99.0.15
gw-heide ansible_host=10.99.0.14

[honeyhouse:vars]
ansible_user=imker
ansible_become=true
ansible_become_password=<<v>>

[gateways:vars]
ansible_user=admin
ansible_ssh_private_key_file=~/.ssh/igs_gateways
""", v=_v), _v, "Ansible docs: inventory ansible_become_password")

_v = gen_pw(20)
add("markdown/docker-run-password", "traceability/README.md", t(r"""
# Traceability portal

Lots, extraction batches, jars and their lab results — from the hive to the shop shelf.

## Local development

```bash
docker run -d --name trace-db -p 5432:5432 \
  -e POSTGRES_USER=trace_app \
  -e POSTGRES_PASSWORD=<<v>> \
  -e POSTGRES_DB=traceability \
  postgres:15
```

Then point `TRACE_DATABASE_URL` at it and run `alembic upgrade head`.

> The same password is used on the staging server, so please don't change it without telling Jonas.

## Tests

```bash
pytest -q
```
""", v=_v), _v, "Docker Hub postgres image docs: POSTGRES_PASSWORD")

# ---------------------------------------------------------------------------------------------
# More decoys: references, encrypted values, public material, fixtures, docs examples
# ---------------------------------------------------------------------------------------------

add("gha/decoy-secrets-reference", ".github/workflows/shop-deploy.yml", t(r"""
name: shop-deploy

on:
  push:
    branches: [main]
    paths: ["shop/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481902736451:role/gha-shop-deploy
          aws-region: eu-central-1
      - run: npm ci && npm run build
        working-directory: shop/frontend
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
          VITE_STRIPE_PK: ${{ vars.STRIPE_PUBLISHABLE_KEY }}
      - run: aws s3 sync shop/frontend/dist s3://igs-shop-frontend --delete
      - name: Notify
        run: curl -s -X POST "$WEBHOOK" -d '{"text":"shop deployed"}'
        env:
          WEBHOOK: ${{ secrets.SLACK_DEPLOY_WEBHOOK }}
"""), None, "GitHub Actions docs: secrets context and OIDC role assumption")

add("gha/decoy-pinned-digests", ".github/workflows/firmware-ci.yml", t(r"""
name: firmware-ci
on: [pull_request]

jobs:
  build:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/imkergenossenschaft-sued/pio-builder@sha256:<<d1>>
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: actions/cache@13aacd865c20de90d75de3b17ebe84f7a17d57d2 # v4.0.0
        with:
          path: ~/.platformio
          key: pio-${{ hashFiles('firmware/**/platformio.ini') }}
      - run: pio run -d firmware/hive-scale-esp32
      - run: sha256sum firmware/hive-scale-esp32/.pio/build/esp32dev/firmware.bin
      - uses: actions/upload-artifact@5d5d22a31266ced268874388b861e4b58bb5c2f3 # v4.3.1
        with:
          name: firmware
          path: firmware/hive-scale-esp32/.pio/build/esp32dev/firmware.bin
""", d1=hexs(64)), None, "GitHub docs: pinning actions to a full-length commit SHA; image digests")

add("gitlab-ci/decoy-ci-variables", "lab/.gitlab-ci.yml", t(r"""
# Nightly lab-result import. LAB_PORTAL_API_KEY is a masked + protected CI/CD variable.
stages: [import]

import-lab-results:
  stage: import
  image: python:3.11-slim
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  before_script:
    - pip install -r lab/requirements.txt
  script:
    - test -n "$LAB_PORTAL_API_KEY" || (echo "LAB_PORTAL_API_KEY missing" && exit 1)
    - python lab/fetch_results.py "$(date -d yesterday +%F)"
    - git config user.email "ci@imkergenossenschaft.de"
    - git add lab/results && git commit -m "lab results $(date +%F)" || true
    - git push "https://gitlab-ci-token:${CI_JOB_TOKEN}@${CI_SERVER_HOST}/${CI_PROJECT_PATH}.git" HEAD:main
"""), None, "GitLab docs: masked CI/CD variables and CI_JOB_TOKEN")

add("jenkinsfile/decoy-with-credentials", "traceability/Jenkinsfile", t(r"""
pipeline {
    agent any
    stages {
        stage('Test') {
            steps { sh 'pytest -q' }
        }
        stage('Migrate staging DB') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'trace-staging-db',
                                                  usernameVariable: 'PGUSER',
                                                  passwordVariable: 'PGPASSWORD')]) {
                    sh 'alembic -x url="postgresql://$PGUSER@db.staging.internal/traceability" upgrade head'
                }
            }
        }
        stage('Deploy') {
            steps {
                sshagent(credentials: ['trace-deploy-key']) {
                    sh 'ssh deploy@trace-staging "cd /srv/trace && git pull && systemctl --user restart trace"'
                }
            }
        }
    }
}
"""), None, "Jenkins Credentials Binding plugin docs: withCredentials usernamePassword")

add("dockerfile/decoy-build-secret", "shop/backend/Dockerfile", t(r"""
# syntax=docker/dockerfile:1.7
FROM python:3.11-slim AS build
WORKDIR /src
COPY requirements.txt .
# private wheel index token is passed as a build secret, never baked into a layer
RUN --mount=type=secret,id=pip_index_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.imkergenossenschaft.de/simple" \
    pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.11-slim
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*
COPY . .
ENV STRIPE_API_KEY_FILE=/run/secrets/stripe_api_key
USER 1000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "backend.app:app"]
"""), None, "Docker docs: build secrets (RUN --mount=type=secret)")

add("helm/decoy-existing-secret", "deploy/helm/traceability/values-staging.yaml", t(r"""
image:
  repository: registry.imkergenossenschaft.de/it/traceability
  tag: "2.7.0-rc1"

postgresql:
  enabled: true
  auth:
    username: trace_app
    database: traceability
    existingSecret: trace-staging-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

app:
  envFromSecret: trace-staging-env
  extraEnv:
    - name: TRACE_PUBLIC_BASE_URL
      value: https://trace-staging.imkergenossenschaft.de
"""), None, "Bitnami PostgreSQL Helm chart docs: auth.existingSecret")

add("k8s/decoy-external-secret", "deploy/k8s/shop/external-secret.yaml", t(r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-payments
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: shop-payments
  data:
    - secretKey: STRIPE_API_KEY
      remoteRef:
        key: prod/shop/stripe
        property: api_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/shop/stripe
        property: webhook_secret
"""), None, "External Secrets Operator docs: ExternalSecret remoteRef")

add("yaml/decoy-sops-encrypted", "deploy/k8s/lorawan/chirpstack-secrets.enc.yaml", t(r"""
apiVersion: v1
kind: Secret
metadata:
    name: chirpstack
    namespace: lorawan
type: Opaque
stringData:
    api-secret: ENC[AES256_GCM,data:<<d1>>,iv:<<i1>>,tag:<<g1>>,type:str]
    postgres-password: ENC[AES256_GCM,data:<<d2>>,iv:<<i2>>,tag:<<g2>>,type:str]
sops:
    age:
        - recipient: age1<<age>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<a1>>
            <<a2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T09:14:51Z"
    mac: ENC[AES256_GCM,data:<<m>>,iv:<<i3>>,tag:<<g3>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=key_b64(33), i1=key_b64(32), g1=key_b64(16), d2=key_b64(18), i2=key_b64(32), g2=key_b64(16),
    age=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=draw(64, B64), a2=draw(40, B64),
    m=key_b64(64), i3=key_b64(32), g3=key_b64(16)), None, "Mozilla SOPS docs: encrypted YAML with age recipients")

add("cloudformation/decoy-dynamic-reference", "infra/cloudformation/lab-sync.yaml", t(r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Lambda that imports finished lab results every night

Resources:
  LabSyncFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: fetch_results.handler
      Role: !GetAtt LabSyncRole.Arn
      Timeout: 120
      Code:
        S3Bucket: igs-deploy-artifacts
        S3Key: lab-sync/1.4.0.zip
      Environment:
        Variables:
          LAB_PORTAL_URL: https://portal.honiglabor-nord.de/api/v2
          LAB_PORTAL_API_KEY: "{{resolve:secretsmanager:prod/lab/portal:SecretString:api_key}}"
          TRACE_DB_PASSWORD: "{{resolve:ssm-secure:/prod/trace/db_password:3}}"

  LabSyncRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
"""), None, "AWS CloudFormation docs: dynamic references {{resolve:secretsmanager:...}}")

add("ansible/decoy-vault-lookup", "infra/ansible/group_vars/gateways.yml", t(r"""
---
gateway_admin_user: admin
gateway_admin_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/lorawan/gateways/' ~ inventory_hostname ~ ':password') }}"
lns_api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/lorawan/tts:lns_key') }}"
wireguard_private_key_path: /etc/wireguard/private.key
basicstation_tc_uri: wss://eu1.cloud.thethings.network:8887
ntp_servers:
  - 0.de.pool.ntp.org
  - 1.de.pool.ntp.org
"""), None, "community.hashi_vault docs: hashi_vault lookup plugin")

add("shell-history/decoy-prompted-password", "ops/notes/history_2024-06-restore.txt", t(r"""
  812  sudo -i
  813  read -rs PGPASSWORD && export PGPASSWORD
  814  pg_restore -h db.traceability.internal -U trace_admin -d traceability_restore /srv/backups/trace_2024-06-11.dump
  815  unset PGPASSWORD
  816  export RESTIC_PASSWORD_COMMAND="pass show infra/restic-honeyhouse"
  817  restic snapshots --tag nightly | tail -n 5
  818  restic restore latest --target /tmp/restore --include /srv/lab-reports
""", ), None, "bash read -s; restic RESTIC_PASSWORD_COMMAND; pass(1)")

add("html/decoy-login-form", "traceability/portal/templates/registration/login.html", t(r"""
{% extends "base.html" %}
{% block content %}
<h1>Anmeldung Rückverfolgung</h1>
<form method="post" action="{% url 'login' %}">
  {% csrf_token %}
  <label for="id_username">Benutzername</label>
  <input type="text" name="username" id="id_username" autocomplete="username" required>
  <label for="id_password">Passwort</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password" required>
  <input type="hidden" name="next" value="{{ next }}">
  <button type="submit">Anmelden</button>
  <p><a href="{% url 'password_reset' %}">Passwort vergessen?</a></p>
</form>
{% endblock %}
"""), None, "Django docs: authentication views and login template")

add("json/decoy-i18n-strings", "apps/hive-inspection-web/src/locales/de.json", t(r"""
{
  "login.title": "Anmelden",
  "login.username": "Benutzername",
  "login.password": "Passwort",
  "login.password_hint": "Mindestens 12 Zeichen",
  "login.forgot": "Passwort vergessen?",
  "settings.api_key": "API-Schlüssel",
  "settings.api_key_help": "Den API-Schlüssel findest du im Portal unter Konto > Zugänge.",
  "settings.token_expired": "Dein Zugangstoken ist abgelaufen. Bitte neu anmelden.",
  "hive.weight": "Gewicht",
  "hive.queen_seen": "Königin gesehen",
  "hive.varroa_treatment": "Varroabehandlung"
}
"""), None, "i18n message catalogue with credential-related labels only")

add("swift/decoy-keychain", "apps/hive-inspection-ios/HiveInspection/Services/Credentials.swift", t(r"""
import Foundation
import Security

/// The API key is fetched after login and kept in the Keychain, never in the bundle.
enum Credentials {
    private static let service = "de.imkergenossenschaft.inspection"
    private static let account = "api-key"

    static func apiKey() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
"""), None, "Apple Security framework docs: SecItemCopyMatching (Keychain)")

add("kotlin/decoy-build-config", "apps/hive-inspection-android/app/build.gradle.kts", t(r"""
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
    namespace = "de.imkergenossenschaft.inspection"
    compileSdk = 34
    defaultConfig {
        applicationId = "de.imkergenossenschaft.inspection"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "API_BASE", "\"https://api.imkergenossenschaft.de/inspection/v1\"")
        resValue("string", "mapbox_access_token", localProps.getProperty("MAPBOX_PUBLIC_TOKEN", ""))
    }
    buildFeatures { buildConfig = true }
}
"""), None, "Android Gradle docs: reading local.properties; buildConfigField")

add("yaml/decoy-env-placeholder", "wholesale/order-service/src/main/resources/application-prod.yml", t(r"""
spring:
  datasource:
    url: jdbc:postgresql://${ORDERS_DB_HOST:db.wholesale.internal}:5432/orders
    username: ${ORDERS_DB_USER}
    password: ${ORDERS_DB_PASSWORD}
  mail:
    host: smtp.ionos.de
    username: ${MAIL_USER}
    password: ${MAIL_PASSWORD}

paypal:
  client-id: ${PAYPAL_CLIENT_ID}
  client-secret: ${PAYPAL_CLIENT_SECRET}

management:
  endpoint:
    env:
      keys-to-sanitize: password,secret,key,token
"""), None, "Spring Boot docs: property placeholders ${VAR}")

add("json/decoy-package-lock", "shop/frontend/package-lock.json", t(r"""
{
  "name": "igs-shop-frontend",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "igs-shop-frontend",
      "version": "3.4.0",
      "dependencies": { "@stripe/stripe-js": "^3.3.0", "mapbox-gl": "^3.3.0" }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.3.0.tgz",
      "integrity": "sha512-<<i1>>"
    },
    "node_modules/mapbox-gl": {
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.3.0.tgz",
      "integrity": "sha512-<<i2>>"
    }
  }
}
""", i1=key_b64(64), i2=key_b64(64)), None, "npm docs: package-lock.json integrity (SRI sha512)")

add("markdown/decoy-jwt-example", "apps/hive-inspection-api/docs/authentication.md", t(r"""
# Authentication

Every request needs a bearer token issued by `POST /auth/login`:

```http
POST /inspection/v1/auth/login
Content-Type: application/json

{"username": "imker@example.org", "password": "<your password>"}
```

The response holds a JWT. Send it as:

```http
GET /inspection/v1/hives
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

(The token above is the well-known example from jwt.io; it is not valid for our API.)
Tokens expire after 30 days.
"""), None, "jwt.io introduction: the standard example HS256 token")

add("markdown/decoy-vendor-example", "docs/lorawan/tts-api-keys.md", t(r"""
# The Things Stack API keys

We use one API key per integration, with the fewest rights that work:

| Integration | Rights |
|---|---|
| hive-ingest (Storage API) | `RIGHT_APPLICATION_TRAFFIC_READ` |
| Basic Station LNS | `RIGHT_GATEWAY_LINK` |

A key looks like this (format from the TTS docs):

```
NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY
```

The part before the second dot is the key id and is shown in the console; the rest is only shown
once. Store it in Vault under `secret/lorawan/tts/<integration>` and nowhere else.
"""), None, "The Things Stack docs: API key format example with X/Y placeholders")

add("yaml/decoy-password-policy", "traceability/portal/config/security.yaml", t(r"""
password_policy:
  min_length: 12
  require_digit: true
  require_symbol: false
  max_age_days: 0
  history: 5
  hasher: argon2id
  argon2:
    time_cost: 3
    memory_cost_kib: 65536
    parallelism: 4
session:
  cookie_name: trace_session
  max_age_hours: 12
api_tokens:
  prefix: "igs_"
  length: 40
  hash: sha256
"""), None, "Password/token policy configuration (no credential values)")

add("makefile/decoy-pass-lookup", "infra/terraform/dns/Makefile", t(r"""
# Cloudflare token comes from the team's password store, only for the duration of the command.
TF := terraform

.PHONY: plan apply

plan:
	CLOUDFLARE_API_TOKEN="$$(pass show infra/cloudflare/dns-token)" $(TF) plan -out=tfplan

apply:
	CLOUDFLARE_API_TOKEN="$$(pass show infra/cloudflare/dns-token)" $(TF) apply tfplan

fmt:
	$(TF) fmt -recursive
"""), None, "pass(1) password store; Cloudflare provider reads CLOUDFLARE_API_TOKEN")

add("json/decoy-iam-policy", "infra/aws/policies/lab-images-writer.json", t(r"""
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "WritePollenImages",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
      "Resource": "arn:aws:s3:::igsued-pollen-images/raw/*"
    },
    {
      "Sid": "ListBucket",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::igsued-pollen-images",
      "Condition": { "StringLike": { "s3:prefix": ["raw/*"] } }
    }
  ]
}
"""), None, "AWS IAM docs: identity-based policy JSON (ARNs are not secrets)")

add("env/decoy-placeholder", "shop/backend/.env.example", t(r"""
# Copy to .env and fill in. Never commit .env.
FLASK_ENV=development
DATABASE_URL=postgresql://shop:shop@localhost:5432/shop
STRIPE_API_KEY=sk_test_...
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy
MAILCHIMP_API_KEY=<your-key>-us14
SHIPPO_TOKEN=shippo_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SHOP_BASE_URL=http://localhost:5173
"""), None, "dotenv example file convention with placeholders")

add("c-header/decoy-zero-key", "firmware/hive-node-lmic/test/test_join_keys.h", t(r"""
// Unit-test fixtures for the join state machine (runs on the host, never on a radio).
// All-zero/sequential keys on purpose: a device with these keys cannot join any network.
#pragma once
static const uint8_t TEST_DEVEUI[8]  = {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01};
static const uint8_t TEST_JOINEUI[8] = {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
static const char TEST_APPKEY_HEX[] = "00000000000000000000000000000000";
static const char TEST_NWKKEY_HEX[] = "000102030405060708090A0B0C0D0E0F";
"""), None, "Test fixtures with obvious dummy LoRaWAN keys")

add("systemd/decoy-credential-file", "ops/systemd/hive-ingest.service", t(r"""
[Unit]
Description=Hive ingest (TTS -> InfluxDB)
After=network-online.target
Wants=network-online.target

[Service]
User=hives
EnvironmentFile=/etc/hive-ingest/env
LoadCredential=tts_api_key:/etc/hive-ingest/credentials/tts_api_key
LoadCredential=influx_token:/etc/hive-ingest/credentials/influx_token
ExecStart=/opt/hive-ingest/bin/hive-ingest --tts-key-file=${CREDENTIALS_DIRECTORY}/tts_api_key --influx-token-file=${CREDENTIALS_DIRECTORY}/influx_token
Restart=on-failure
DynamicUser=no
ProtectSystem=strict

[Install]
WantedBy=multi-user.target
"""), None, "systemd.exec docs: LoadCredential= and $CREDENTIALS_DIRECTORY")

add("json/decoy-docker-creds-store", "ops/docker/config.desktop.json", t(r"""
{
  "auths": {
    "registry.imkergenossenschaft.de": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "desktop-linux",
  "plugins": {
    "-x-cli-hints": { "enabled": "true" }
  }
}
"""), None, "Docker docs: credsStore keeps credentials in the OS keychain")

add("pypirc/decoy-keyring", "tools/beehive-tools/pypirc.example", t(r"""
# ~/.pypirc for maintainers. The token itself is stored with: keyring set https://upload.pypi.org/legacy/ __token__
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
"""), None, "twine docs: keyring support; .pypirc without password")

add("npmrc/decoy-env-reference", "shop/wholesale-portal/.npmrc", t(r"""
# NPM_TOKEN is exported by CI (masked variable) or by direnv locally
@igsued:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
"""), None, "npm docs: environment variables in .npmrc")
