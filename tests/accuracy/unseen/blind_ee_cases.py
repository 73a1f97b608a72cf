"""Blind set EE: wineries and vineyards.

Cellar sensors and fermentation monitoring (ESP32 and Arduino probes, MQTT brokers, Node-RED,
Telegraf, InfluxDB, Grafana, LoRaWAN gateways), wine club e-commerce (Commerce7, WineDirect,
WooCommerce, Shopify, Stripe, Klaviyo), tasting-room POS (Square, Clover, Toast, reservations),
compliance and excise reporting (ShipCompliant, Avalara, state returns, TTB reports), distributor
EDI (SFTP, AS2, PGP, VAN mailboxes), irrigation controllers and weather stations (Rachio,
Hydrawise, Davis WeatherLink, Tempest), the vineyard's network gear, and their decoys.
Generated fakes only (seeds 1,350,000-1,359,999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import uuid
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 1_350_000, 1_359_999
_SEED = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_DIGITS = string.ascii_lowercase + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"
URLSAFE = ALNUM + "-_"


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of letters and digits, mixed as services issue them."""
    r = _rng()
    value = ""
    for _ in range(40):  # bounded: a rare unmixed draw is drawn again, at most 40 times
        value = "".join(r.choice(alphabet) for _ in range(n))
        if not set(alphabet) >= set(ALNUM) or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                                and any(c.islower() for c in value)):
            break
    return value


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def raw_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64bytes(n: int) -> str:
    return base64.b64encode(raw_bytes(n)).decode()


def b64url_bytes(n: int) -> str:
    return base64.urlsafe_b64encode(raw_bytes(n)).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url_text(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uuid4() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


GRAPES = ["Cabernet", "Merlot", "Zinfandel", "Syrah", "Pinot", "Malbec", "Riesling", "Grenache", "Tempranillo",
          "Sangiovese", "Chardonnay", "Viognier", "Barbera", "Mourvedre", "Petite", "Carignan", "Albarino", "Gamay"]
PLACES = ["Ridge", "Bench", "Terrace", "Creek", "Knoll", "Cellar", "Barrel", "Hillside", "Vine", "Oak", "Canyon",
          "Meadow", "Harvest", "Crush", "Estate", "Cuvee"]
LOWER_WORDS = ["cork", "barrel", "trellis", "bramble", "sunset", "gravel", "basalt", "fennel", "heron", "quail",
               "walnut", "juniper", "copper", "lantern", "thistle", "saddle", "cobalt", "meadow", "pumice", "tannin"]


def words_pw() -> str:
    """As a person picks one: a grape, a sign, a place, a year or a number."""
    r = _rng()
    return r.choice(GRAPES) + r.choice("!#$%*@&") + r.choice(PLACES) + str(r.choice([r.randint(10, 99), r.randint(1998, 2024)]))


def human_pw() -> str:
    r = _rng()
    return r.choice(PLACES) + r.choice(GRAPES).lower() + str(r.randint(100, 9999)) + r.choice("!?#.$")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER_WORDS, 4)) + str(r.randint(2, 99))


def pem_block(label: str, head: str, lines: int, last: int = 44) -> str:
    r = _rng()
    alphabet = ALNUM + "+/"
    body = [head + "".join(r.choice(alphabet) for _ in range(64 - len(head)))]
    body += ["".join(r.choice(alphabet) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(alphabet) for _ in range(last)) + "==")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def rsa_key() -> str:
    return pem_block("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 25, 42)


def pkcs8_key() -> str:
    return pem_block("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 26, 38)


def ec_key() -> str:
    r = _rng()
    alphabet = ALNUM + "+/"
    body = "MHcCAQEEI" + "".join(r.choice(alphabet) for _ in range(55))
    body += "\n" + "AwEHoUQDQgAE" + "".join(r.choice(alphabet) for _ in range(52))
    body += "\n" + "".join(r.choice(alphabet) for _ in range(36)) + "=="
    return "-----BEGIN EC PRIVATE KEY-----\n" + body + "\n-----END EC PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    alphabet = ALNUM + "+/"
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
             "QyNTUxOQAAACB" + "".join(r.choice(alphabet) for _ in range(57))]
    lines += ["".join(r.choice(alphabet) for _ in range(70)) for _ in range(3)]
    lines.append("".join(r.choice(alphabet) for _ in range(24)) + "ECAwQF")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 12) -> str:
    return pem_block("CERTIFICATE", "MIIDazCCAlOgAwIBAgIU", lines, 40)


def public_key_pem() -> str:
    return pem_block("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 7, 6)


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


def jwt(payload: dict, sig_len: int = 43) -> str:
    head = b64url_text(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url_text(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{draw(sig_len, URLSAFE)}"


# --- vendor shapes -------------------------------------------------------------------------------

def aws_key_id() -> str:
    return "AKIA" + draw(16, B32)


def aws_secret() -> str:
    return draw(40, ALNUM + "/+")


def stripe_secret(prefix: str = "sk_live_") -> str:
    return prefix + "51" + draw(97)


def stripe_whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def square_app_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + draw(24)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_DIGITS) + "/B" + draw(10, UPPER_DIGITS) + "/" + draw(24))


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def klaviyo_private() -> str:
    return "pk_" + hexs(34)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def github_pat() -> str:
    return "ghp_" + draw(36)


def github_fine() -> str:
    return "github_pat_11" + draw(20, UPPER_DIGITS) + "_" + draw(59)


def gitlab_pat() -> str:
    return "glpat-" + draw(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + draw(36)


def openai_key() -> str:
    return "sk-proj-" + draw(74, URLSAFE) + "T3BlbkFJ" + draw(74, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def google_api_key() -> str:
    return "AIza" + "Sy" + draw(33, URLSAFE)


def azure_storage_key() -> str:
    return b64bytes(64)


def azure_client_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def influx_token() -> str:
    return b64url_bytes(64)


def grafana_sa() -> str:
    return "glsa_" + draw(32) + "_" + hexs(8)


def ttn_key() -> str:
    return "NNSXS." + draw(39, B32) + "." + draw(64, B32)


def telegram_token() -> str:
    r = _rng()
    return f"{r.randint(5_000_000_000, 7_999_999_999)}:AA" + draw(33, URLSAFE)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**18, 10**19 - 1)}/" + draw(68, URLSAFE)


def teams_webhook() -> str:
    return (f"https://vinecrest.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid4()}/V2" + draw(43, URLSAFE))


def pushover_token() -> str:
    return "a" + draw(29, LOWER_DIGITS)


def mapbox_token(kind: str, user: str) -> str:
    payload = b64url_text(json.dumps({"u": user, "a": draw(25, LOWER_DIGITS)}, separators=(",", ":")))
    return f"{kind}.{payload}." + draw(22, URLSAFE)


def age_secret() -> str:
    return "AGE-SECRET-KEY-1" + draw(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def vault_token() -> str:
    return "hvs.CAESI" + draw(86, URLSAFE)


def wg_key() -> str:
    return b64bytes(32)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def bcrypt_like() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


CASES: List[LabelledCase] = []
_MARK = re.compile(r"@@[a-z0-9_]+@@")


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace(f"@@{key}@@", value)
    assert not _MARK.search(template), _MARK.search(template)
    return template


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    if not text.endswith("\n"):
        text += "\n"
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ================================================================================================
# Cellar sensors and fermentation monitoring
# ================================================================================================

_pw = words_pw()
add("blind-ee/c-header/wifi-password", "firmware/tank-probe/arduino_secrets.h", fill("""\
// arduino_secrets.h -- tank probe firmware, barrel room B
// Do not share this sketch folder outside the cellar-ops team.
#define SECRET_SSID "VineCrest-Cellar"
#define SECRET_PASS "@@pw@@"

// Static address reserved on the cellar VLAN (see netbox: cellar-iot)
#define PROBE_IP_OCTET 47
""", pw=_pw), _pw, "https://docs.arduino.cc/arduino-cloud/guides/arduino-secrets/")

_pw = rand_pw(16)
add("blind-ee/arduino/mqtt-password", "firmware/tank-probe/tank-probe.ino", fill("""\
#include <WiFiNINA.h>
#include <ArduinoMqttClient.h>
#include <OneWire.h>
#include <DallasTemperature.h>
#include "arduino_secrets.h"

// Fermentation tank temperature probe: DS18B20 in the thermowell, publishes every 30 s
const char broker[] = "mqtt.cellar.vinecrest.local";
const int port = 1883;
const char mqttUser[] = "tank-probe-t14";
const char mqttPass[] = "@@pw@@";
const char topic[] = "cellar/tanks/T14/temp_c";

WiFiClient wifiClient;
MqttClient mqttClient(wifiClient);
OneWire oneWire(2);
DallasTemperature sensors(&oneWire);

void setup() {
  Serial.begin(9600);
  while (WiFi.begin(SECRET_SSID, SECRET_PASS) != WL_CONNECTED) {
    delay(5000);
  }
  mqttClient.setId("tank-probe-t14");
  mqttClient.setUsernamePassword(mqttUser, mqttPass);
  if (!mqttClient.connect(broker, port)) {
    Serial.print("MQTT connection failed: ");
    Serial.println(mqttClient.connectError());
  }
  sensors.begin();
}

void loop() {
  mqttClient.poll();
  sensors.requestTemperatures();
  float t = sensors.getTempCByIndex(0);
  mqttClient.beginMessage(topic);
  mqttClient.print(t, 2);
  mqttClient.endMessage();
  delay(30000);
}
""", pw=_pw), _pw, "https://www.arduino.cc/reference/en/libraries/arduinomqttclient/")

_key = b64bytes(32)
add("blind-ee/esphome/api-encryption-key", "esphome/barrel-room-humidity.yaml", fill("""\
esphome:
  name: barrel-room-humidity
  friendly_name: Barrel Room Humidity

esp32:
  board: esp32dev

logger:

api:
  encryption:
    key: "@@key@@"

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

i2c:
  sda: 21
  scl: 22

sensor:
  - platform: sht3xd
    temperature:
      name: "Barrel Room Temperature"
    humidity:
      name: "Barrel Room Humidity"
    address: 0x44
    update_interval: 60s
""", key=_key), _key, "https://esphome.io/components/api.html#configuration-variables")

add("blind-ee/esphome/decoy-secret-references", "esphome/crush-pad-co2.yaml", """\
esphome:
  name: crush-pad-co2
  friendly_name: Crush Pad CO2

esp32:
  board: esp32-c3-devkitm-1

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Crush-Pad-CO2 Fallback"
    password: !secret fallback_ap_password

uart:
  rx_pin: GPIO20
  tx_pin: GPIO21
  baud_rate: 9600

sensor:
  - platform: senseair
    co2:
      name: "Crush Pad CO2"
      filters:
        - sliding_window_moving_average:
            window_size: 5
    update_interval: 30s

binary_sensor:
  - platform: template
    name: "CO2 Above 5000 ppm"
    lambda: 'return id(crush_co2).state > 5000;'
""", None, "https://esphome.io/guides/faq.html#tips-for-using-esphome")

_pw = human_pw()
add("blind-ee/esphome/wifi-password", "esphome/secrets.yaml", fill("""\
# ESPHome secrets for the winery sensor fleet (cellar, crush pad, lab)
wifi_ssid: "VCW-Sensors"
wifi_password: "@@pw@@"
domain: .cellar.vinecrest.local
static_gateway: 10.42.8.1
static_subnet: 255.255.255.0
""", pw=_pw), _pw, "https://esphome.io/guides/faq.html#tips-for-using-esphome")

_pw = rand_pw(14)
add("blind-ee/platformio/mqtt-password", "firmware/glycol-monitor/platformio.ini", fill(r"""
; Glycol chiller loop monitor -- supply/return temps and pump current
[platformio]
default_envs = glycol

[env:glycol]
platform = espressif32
board = esp32dev
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    paulstoffregen/OneWire@^2.3.7
    milesburton/DallasTemperature@^3.11.0
build_flags =
    -D MQTT_HOST=\"10.42.8.10\"
    -D MQTT_USER=\"glycol\"
    -D MQTT_PASS=\"@@pw@@\"
    -D PUBLISH_INTERVAL_MS=15000
upload_protocol = espota
upload_port = glycol-monitor.local
""".lstrip("\n"), pw=_pw), _pw, "https://docs.platformio.org/en/latest/projectconf/sections/env/options/build/build_flags.html")

_key = "aio_" + draw(28)
add("blind-ee/micropython/adafruit-io-key", "firmware/lab-fridge/main.py", fill("""\
# Lab sample fridge logger (Pico W, MicroPython) -> Adafruit IO feed "lab-fridge"
import time
import network
import urequests
from machine import ADC

AIO_USER = "vinecrest_lab"
AIO_KEY = "@@key@@"
FEED = "lab-fridge"

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("VCW-Lab", open("wifi.txt").read().strip())
while not wlan.isconnected():
    time.sleep(1)

sensor = ADC(4)


def read_temp_c():
    volts = sensor.read_u16() * 3.3 / 65535
    return 27 - (volts - 0.706) / 0.001721


while True:
    url = "https://io.adafruit.com/api/v2/%s/feeds/%s/data" % (AIO_USER, FEED)
    urequests.post(url, json={"value": round(read_temp_c(), 2)}, headers={"X-AIO-Key": AIO_KEY}).close()
    time.sleep(300)
""", key=_key), _key, "https://io.adafruit.com/api/docs/#authentication")

_key = rand_pw(32)
add("blind-ee/node-red/credential-secret", "node-red/settings.js", fill("""\
// Node-RED settings for the cellar dashboard (runs on cellar-pi-01)
module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,

    // Encrypts flows_cred.json; changing it makes the stored credentials unreadable
    credentialSecret: "@@key@@",

    uiPort: process.env.PORT || 1880,
    httpAdminRoot: '/admin',
    httpNodeRoot: '/',

    adminAuth: {
        type: "credentials",
        users: [{
            username: "cellar",
            password: "$2b$08$kQ7W1fVZ0iJr2m3CEX4p6eu6n9vdR0t2uL0mW9tD5m8aK3hGz1c2a",
            permissions: "*"
        }]
    },

    logging: {
        console: { level: "info", metrics: false, audit: false }
    },

    editorTheme: {
        projects: { enabled: false },
        page: { title: "VineCrest Cellar" }
    },

    functionGlobalContext: {
        tanks: ["T01", "T02", "T03", "T04", "T14", "T15"]
    }
}
""", key=_key), _key, "https://nodered.org/docs/user-guide/runtime/configuration")

_enc = hexs(344)
add("blind-ee/markdown/decoy-encrypted-credentials", "node-red/RESTORE.md", fill("""\
# Restoring the cellar Node-RED instance

The flows are in git; the node credentials are in `flows_cred.json`, encrypted with the
`credentialSecret` from the container's environment (`NODE_RED_CREDENTIAL_SECRET`, kept in
1Password under "Cellar Node-RED"). Without that secret the file below is useless, so it is
safe to keep in the repository:

```json
{
    "$": "@@enc@@"
}
```

1. Restore `flows.json` and `flows_cred.json` into `/data`.
2. Set `NODE_RED_CREDENTIAL_SECRET` from 1Password and start the container.
3. If the log says "Error loading credentials", the secret is wrong: the MQTT and InfluxDB
   nodes will show blank passwords. Re-enter them from 1Password and deploy.
""", enc=_enc), None, "https://nodered.org/docs/user-guide/runtime/securing-node-red#credentials-encryption")

_key = hexs(64)
add("blind-ee/json/node-red-runtime-secret", "node-red/data/.config.runtime.json", fill("""\
{
    "instanceId": "@@iid@@",
    "_credentialSecret": "@@key@@",
    "telemetryEnabled": false
}
""", iid=hexs(16), key=_key), _key, "https://nodered.org/docs/user-guide/runtime/securing-node-red#credentials-encryption")

add("blind-ee/node-red/decoy-env-and-hash", "node-red/settings.prod.js", fill("""\
// Node-RED runtime settings (production, container image vinecrest/cellar-nodered)
module.exports = {
    flowFile: 'flows.json',
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "ops",
            // bcrypt hash made with: node-red admin hash-pw
            password: "@@hash@@",
            permissions: "*"
        }, {
            username: "viewer",
            password: "@@hash2@@",
            permissions: "read"
        }]
    },
    httpNodeAuth: { user: "dash", pass: "@@hash3@@" },
    logging: { console: { level: "warn" } },
    diagnostics: { enabled: false }
}
""", hash=bcrypt_like().replace("$2b$12$", "$2b$08$"), hash2=bcrypt_like().replace("$2b$12$", "$2b$08$"),
        hash3=bcrypt_like().replace("$2b$12$", "$2b$08$")), None, "https://nodered.org/docs/user-guide/runtime/securing-node-red")

_pw = rand_pw(24)
add("blind-ee/mosquitto/bridge-password", "infra/mosquitto/conf.d/bridge-hivemq.conf", fill("""\
# Bridge the cellar broker to the HiveMQ Cloud cluster used by the vineyard dashboards
connection hivemq-cloud
address 7f3c2a9be1d44e0f.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
bridge_insecure false
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_clientid vinecrest-cellar-bridge
remote_username cellar-bridge
remote_password @@pw@@
cleansession false
restart_timeout 10 60
topic cellar/# out 1 "" vinecrest/
topic vineyard/irrigation/# in 1 "" vinecrest/
notifications true
""", pw=_pw), _pw, "https://mosquitto.org/man/mosquitto-conf-5.html")

_lines = []
for _user in ["tank-probe-t01", "tank-probe-t02", "tank-probe-t14", "glycol", "nodered", "telegraf", "cellar-bridge"]:
    _lines.append(f"{_user}:$7$101${draw(16, ALNUM + '+/')}${draw(86, ALNUM + '+/')}==")
add("blind-ee/mosquitto/decoy-password-hashes", "infra/mosquitto/passwd", "\n".join(_lines) + "\n",
    None, "https://mosquitto.org/man/mosquitto_passwd-1.html")

_tok = influx_token()
add("blind-ee/toml/influxdb-token", "infra/telegraf/telegraf.conf", fill("""\
[agent]
  interval = "30s"
  round_interval = true
  flush_interval = "30s"
  hostname = "cellar-pi-01"

[[outputs.influxdb_v2]]
  urls = ["http://10.42.8.20:8086"]
  token = "@@tok@@"
  organization = "vinecrest"
  bucket = "cellar"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["cellar/tanks/+/temp_c", "cellar/rooms/+/humidity"]
  username = "telegraf"
  password = "${MQTT_TELEGRAF_PASSWORD}"
  data_format = "value"
  data_type = "float"
  topic_tag = "topic"

[[inputs.cpu]]
  percpu = false
""", tok=_tok), _tok, "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/")

add("blind-ee/toml/decoy-env-references", "infra/telegraf/telegraf.lab.conf", """\
# Lab instruments (FOSS WineScan, pH meter bridge) -> InfluxDB
[agent]
  interval = "60s"
  hostname = "lab-gw-01"

[[outputs.influxdb_v2]]
  urls = ["${INFLUX_URL}"]
  token = "${INFLUX_TOKEN}"
  organization = "vinecrest"
  bucket = "lab"

[[inputs.http]]
  urls = ["http://10.42.9.31/api/v1/readings"]
  headers = {"Authorization" = "Bearer ${WINESCAN_TOKEN}"}
  data_format = "json_v2"
  [[inputs.http.json_v2]]
    measurement_name = "winescan"
    [[inputs.http.json_v2.object]]
      path = "readings"
      tags = ["lot", "vessel"]
""", None, "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables")

_pw = words_pw()
add("blind-ee/yaml/grafana-datasource-password", "infra/grafana/provisioning/datasources/timescale.yaml", fill("""\
apiVersion: 1

datasources:
  - name: Cellar Timescale
    type: postgres
    uid: cellar-ts
    url: timescale.cellar.vinecrest.local:5432
    user: grafana_ro
    jsonData:
      database: cellar
      sslmode: require
      maxOpenConns: 10
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      password: "@@pw@@"
    editable: false
""", pw=_pw), _pw, "https://grafana.com/docs/grafana/latest/datasources/postgres/#provision-the-data-source")

_tok = telegram_token()
add("blind-ee/python/telegram-bot-token", "fermentation/tilt_alerts.py", fill('''\
"""Watch Tilt hydrometers in the fermenters and ping the cellar crew when a ferment stalls."""
import asyncio
import time

import requests
from bleak import BleakScanner

TILT_COLORS = {
    "a495bb10c5b14b44b5121370f02d74de": "Red",
    "a495bb20c5b14b44b5121370f02d74de": "Green",
    "a495bb30c5b14b44b5121370f02d74de": "Black",
    "a495bb40c5b14b44b5121370f02d74de": "Purple",
}
TANK_FOR_COLOR = {"Red": "T03", "Green": "T07", "Black": "T14", "Purple": "T15"}

BOT_TOKEN = "@@tok@@"
CHAT_ID = -1001873340921
STALL_POINTS = 0.002  # SG change per 12 h below this is a stall

history = {}


def notify(text):
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)


def on_advert(device, adv):
    data = adv.manufacturer_data.get(0x004C)
    if not data or len(data) < 23:
        return
    color = TILT_COLORS.get(data[2:18].hex())
    if not color:
        return
    temp_f = int.from_bytes(data[18:20], "big")
    sg = int.from_bytes(data[20:22], "big") / 1000
    now = time.time()
    old = history.setdefault(color, (now, sg))
    if now - old[0] > 12 * 3600:
        if old[1] - sg < STALL_POINTS and sg > 1.000:
            notify(f"Tank {TANK_FOR_COLOR[color]} may be stuck: SG {sg:.3f} at {temp_f} F")
        history[color] = (now, sg)


async def main():
    scanner = BleakScanner(on_advert)
    await scanner.start()
    while True:
        await asyncio.sleep(60)


if __name__ == "__main__":
    asyncio.run(main())
''', tok=_tok), _tok, "https://core.telegram.org/bots/api#authorizing-your-bot")

add("blind-ee/python/decoy-beacon-uuids", "fermentation/tilt_scan.py", '''\
"""List Tilt hydrometers in range (used when assigning a Tilt to a tank at crush)."""
import asyncio

from bleak import BleakScanner

# iBeacon proximity UUIDs Tilt publishes for each colour (from the Tilt docs)
TILT_UUIDS = {
    "A495BB10-C5B1-4B44-B512-1370F02D74DE": "Red",
    "A495BB20-C5B1-4B44-B512-1370F02D74DE": "Green",
    "A495BB30-C5B1-4B44-B512-1370F02D74DE": "Black",
    "A495BB40-C5B1-4B44-B512-1370F02D74DE": "Purple",
    "A495BB50-C5B1-4B44-B512-1370F02D74DE": "Orange",
    "A495BB60-C5B1-4B44-B512-1370F02D74DE": "Blue",
    "A495BB70-C5B1-4B44-B512-1370F02D74DE": "Yellow",
    "A495BB80-C5B1-4B44-B512-1370F02D74DE": "Pink",
}


async def main():
    devices = await BleakScanner.discover(timeout=10, return_adv=True)
    for device, adv in devices.values():
        data = adv.manufacturer_data.get(0x004C)
        if not data:
            continue
        raw = data[2:18].hex().upper()
        key = f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"
        if key in TILT_UUIDS:
            print(f"{TILT_UUIDS[key]:7} {device.address} rssi={adv.rssi}")


asyncio.run(main())
''', None, "https://tilthydrometer.com/pages/app")

_tok = jwt({"aud": "chirpstack", "iss": "chirpstack", "sub": uuid4(), "typ": "key"})
add("blind-ee/python/chirpstack-api-token", "vineyard/lora/pull_soil_moisture.py", fill('''\
import csv
import datetime as dt

import grpc
from chirpstack_api import api

SERVER = "lns.vinecrest.farm:8080"
API_TOKEN = "@@tok@@"
APPLICATION_ID = "5b1d0f8e-3c1a-4f53-9a5e-2f0c7b7e9d41"


def main():
    channel = grpc.insecure_channel(SERVER)
    client = api.DeviceServiceStub(channel)
    auth = [("authorization", "Bearer %s" % API_TOKEN)]
    req = api.ListDevicesRequest(application_id=APPLICATION_ID, limit=200)
    resp = client.List(req, metadata=auth)
    with open(f"soil_{dt.date.today():%Y%m%d}.csv", "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["dev_eui", "name", "last_seen"])
        for dev in resp.result:
            out.writerow([dev.dev_eui, dev.name, dev.last_seen_at.ToDatetime().isoformat()])


if __name__ == "__main__":
    main()
''', tok=_tok), _tok, "https://www.chirpstack.io/docs/chirpstack/api/python-examples.html")

_key = hexs(32, upper=True)
add("blind-ee/json/lorawan-app-key", "vineyard/lora/devices/block7-soil-03.json", fill("""\
{
  "end_device": {
    "ids": {
      "device_id": "block7-soil-03",
      "dev_eui": "A84041000181C6F3",
      "join_eui": "A840410000000101"
    },
    "name": "Block 7 soil moisture (30/60/90 cm)",
    "lorawan_version": "MAC_V1_0_3",
    "lorawan_phy_version": "PHY_V1_0_3_REV_A",
    "frequency_plan_id": "US_902_928_FSB_2",
    "supports_join": true,
    "root_keys": {
      "app_key": {
        "key": "@@key@@"
      }
    },
    "attributes": {
      "block": "7",
      "varietal": "Cabernet Sauvignon",
      "rootstock": "1103P"
    }
  },
  "field_mask": {
    "paths": ["name", "root_keys.app_key.key", "attributes"]
  }
}
""", key=_key), _key, "https://www.thethingsindustries.com/docs/devices/adding-devices/adding-devices-using-cli/")

add("blind-ee/json/decoy-device-identifiers", "vineyard/lora/devices/block7-soil-04.json", """\
{
  "end_device": {
    "ids": {
      "device_id": "block7-soil-04",
      "dev_eui": "A84041000181C6F4",
      "join_eui": "A840410000000101"
    },
    "name": "Block 7 soil moisture (30/60/90 cm)",
    "lorawan_version": "MAC_V1_0_3",
    "frequency_plan_id": "US_902_928_FSB_2",
    "supports_join": true,
    "attributes": {
      "block": "7",
      "varietal": "Cabernet Sauvignon",
      "app_key_source": "provisioned by Dragino at factory; see Bitwarden item 'LoRa root keys'"
    }
  }
}
""", None, "https://www.thethingsindustries.com/docs/reference/glossary/#deveui")

_key = ttn_key()
add("blind-ee/shell/ttn-api-key", "vineyard/lora/register_devices.sh", fill("""\
#!/usr/bin/env bash
# Register a batch of LSN50 soil probes from devices.csv (dev_eui,name,block)
set -euo pipefail

TTN_API_KEY="@@key@@"
APP=vinecrest-vineyard
CLUSTER=nam1.cloud.thethings.network

tail -n +2 devices.csv | while IFS=, read -r dev_eui name block; do
  curl -sS -X POST "https://${CLUSTER}/api/v3/applications/${APP}/devices" \\
    -H "Authorization: Bearer ${TTN_API_KEY}" \\
    -H "Content-Type: application/json" \\
    -d "{\\"end_device\\":{\\"ids\\":{\\"device_id\\":\\"${name}\\",\\"dev_eui\\":\\"${dev_eui}\\",\\"join_eui\\":\\"A840410000000101\\"},\\"attributes\\":{\\"block\\":\\"${block}\\"}}}"
  echo "registered ${name}"
done
""", key=_key), _key, "https://www.thethingsindustries.com/docs/api/concepts/auth/")

_tok = hexs(40)
add("blind-ee/go/particle-access-token", "cellar/pumpover/main.go", fill("""\
package main

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Triggers the pump-over relay on the Particle Boron fitted to each open-top fermenter.
const (
	particleToken = "@@tok@@"
	apiBase       = "https://api.particle.io/v1/devices"
)

var fermenters = map[string]string{
	"OT1": "e00fce68a1b2c3d4e5f60718",
	"OT2": "e00fce68b7c6d5e4f3021908",
}

func pumpOver(deviceID string, minutes int) error {
	form := url.Values{"arg": {fmt.Sprintf("%d", minutes)}}
	req, err := http.NewRequest("POST", apiBase+"/"+deviceID+"/pumpover", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+particleToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := (&http.Client{Timeout: 15 * time.Second}).Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("particle: %s", resp.Status)
	}
	return nil
}

func main() {
	for name, id := range fermenters {
		if err := pumpOver(id, 8); err != nil {
			log.Printf("%s: %v", name, err)
		}
	}
}
""", tok=_tok), _tok, "https://docs.particle.io/reference/cloud-apis/api/#authentication")

_pw = rand_pw(22)
add("blind-ee/compose/influxdb-admin-password", "infra/cellar-stack/docker-compose.yml", fill("""\
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
      DOCKER_INFLUXDB_INIT_USERNAME: cellaradmin
      DOCKER_INFLUXDB_INIT_PASSWORD: "@@pw@@"
      DOCKER_INFLUXDB_INIT_ORG: vinecrest
      DOCKER_INFLUXDB_INIT_BUCKET: cellar
      DOCKER_INFLUXDB_INIT_RETENTION: 730d

  grafana:
    image: grafana/grafana-oss:10.4.2
    restart: unless-stopped
    ports:
      - "3000:3000"
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning:ro
      - grafana-data:/var/lib/grafana
    depends_on:
      - influxdb

  mosquitto:
    image: eclipse-mosquitto:2.0
    ports:
      - "1883:1883"
    volumes:
      - ./mosquitto:/mosquitto/config:ro

volumes:
  influx-data:
  grafana-data:
""", pw=_pw), _pw, "https://hub.docker.com/_/influxdb")

add("blind-ee/compose/decoy-required-env", "infra/cellar-stack/docker-compose.prod.yml", """\
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: ${INFLUX_ADMIN_USER:-cellaradmin}
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set INFLUX_ADMIN_PASSWORD in .env}
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN_FILE: /run/secrets/influx_admin_token
      DOCKER_INFLUXDB_INIT_ORG: vinecrest
      DOCKER_INFLUXDB_INIT_BUCKET: cellar
    secrets:
      - influx_admin_token

  grafana:
    image: grafana/grafana-oss:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin_password
      GF_SERVER_ROOT_URL: https://cellar.vinecrest.wine/grafana
    secrets:
      - grafana_admin_password

secrets:
  influx_admin_token:
    file: ./secrets/influx_admin_token.txt
  grafana_admin_password:
    file: ./secrets/grafana_admin_password.txt
""", None, "https://docs.docker.com/compose/how-tos/use-secrets/")

_tok = pushover_token()
add("blind-ee/yaml/pushover-api-key", "homeassistant/configuration.yaml", fill("""\
homeassistant:
  name: VineCrest Cellar
  unit_system: us_customary
  time_zone: America/Los_Angeles

default_config:

notify:
  - name: cellar_crew
    platform: pushover
    api_key: @@tok@@
    user_key: !secret pushover_user_key

automation:
  - alias: "Barrel room too warm"
    trigger:
      - platform: numeric_state
        entity_id: sensor.barrel_room_temperature
        above: 62
        for: "00:15:00"
    action:
      - service: notify.cellar_crew
        data:
          title: "Barrel room"
          message: "Barrel room at {{ states('sensor.barrel_room_temperature') }} F"

recorder:
  purge_keep_days: 30
""", tok=_tok), _tok, "https://www.home-assistant.io/integrations/pushover/")

_pw = words_pw()
add("blind-ee/ini/grafana-admin-password", "infra/grafana/grafana.ini", fill("""\
[server]
http_port = 3000
domain = cellar.vinecrest.wine
root_url = https://cellar.vinecrest.wine/grafana/
serve_from_sub_path = true

[security]
admin_user = cellarops
admin_password = @@pw@@
cookie_secure = true
disable_gravatar = true

[auth.anonymous]
enabled = true
org_name = VineCrest
org_role = Viewer

[smtp]
enabled = true
host = smtp.office365.com:587
user = alerts@vinecrest.wine
password = $__file{/etc/grafana/smtp_password}
from_address = alerts@vinecrest.wine
""", pw=_pw), _pw, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password")

add("blind-ee/ini/decoy-file-provider", "infra/grafana/grafana.prod.ini", """\
[server]
http_port = 3000
root_url = https://cellar.vinecrest.wine/grafana/

[security]
admin_user = cellarops
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}

[database]
type = postgres
host = pg.cellar.vinecrest.local:5432
name = grafana
user = grafana
password = $__vault{kv:secret/grafana/db:password}

[auth.generic_oauth]
enabled = true
name = Microsoft
client_id = 3c9f1e52-7a0b-4d8e-9b61-0f5a2d7c4e18
client_secret = $__env{GF_OAUTH_CLIENT_SECRET}
""", None, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion")

_pw = rand_pw(18, "-_")
add("blind-ee/toml/mqtt-password", "gateway/cellar-gw/config.toml", fill("""\
# cellar-gw: reads the Modbus RTU tank controllers and republishes to MQTT
[modbus]
port = "/dev/ttyUSB0"
baud = 19200
parity = "E"
poll_ms = 2000
slaves = [1, 2, 3, 4, 5, 6, 7, 8]

[mqtt]
host = "10.42.8.10"
port = 8883
client_id = "cellar-gw-01"
username = "cellar-gw"
password = "@@pw@@"
ca_file = "/etc/cellar-gw/ca.pem"
topic_prefix = "cellar/tanks"

[log]
level = "info"
""", pw=_pw), _pw, "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials")

_tok = draw(32, URLSAFE)
add("blind-ee/c-header/blynk-auth-token", "firmware/press-monitor/config.h", fill("""\
#pragma once

// Bladder press monitor (Wi-Fi): pressure transducer + cycle counter on Blynk
#define BLYNK_TEMPLATE_ID   "TMPL2xK9pQ4rT"
#define BLYNK_TEMPLATE_NAME "Press Monitor"
#define BLYNK_AUTH_TOKEN    "@@tok@@"

#define PRESSURE_PIN      34
#define CYCLE_PIN         27
#define MAX_BAR           2.0f
#define REPORT_PERIOD_MS  5000
""", tok=_tok), _tok, "https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation")

_tok = influx_token()
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# 2024 harvest: fermentation curves by tank\n",
                                                              "Brix and temperature from the cellar InfluxDB bucket."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["from influxdb_client import InfluxDBClient\n", "import pandas as pd\n", "\n",
                    "client = InfluxDBClient(url=\"http://10.42.8.20:8086\",\n",
                    f"                        token=\"{_tok}\",\n",
                    "                        org=\"vinecrest\")\n", "query_api = client.query_api()"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["flux = '''\n", "from(bucket: \"cellar\")\n", "  |> range(start: 2024-09-01T00:00:00Z)\n",
                    "  |> filter(fn: (r) => r._measurement == \"brix\")\n", "'''\n",
                    "df = query_api.query_data_frame(flux)\n", "df.pivot_table(index='_time', columns='tank', values='_value').plot(figsize=(12, 5))"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("blind-ee/notebook/influxdb-token", "analysis/harvest-2024/fermentation_curves.ipynb", json.dumps(_nb, indent=1),
    _tok, "https://influxdb-client.readthedocs.io/en/stable/usage.html#query")

_rows = []
_r = _rng()
for _tank in ["T01", "T02", "T03", "T07", "T14", "T15"]:
    _rows.append(f"2024-09-2{_r.randint(1, 9)}T06:00:00,{_tank},{hexs(12)},{round(_r.uniform(18, 26), 1)},{round(_r.uniform(3.3, 3.8), 2)},{round(_r.uniform(55, 82), 1)}")
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Crush log QA\n", "Lot ids are the first 12 hex of the weigh-tag hash."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import io\n", "import pandas as pd\n", "raw = '''date,tank,lot_hash,brix,ph,temp_f\n"] + [row + "\n" for row in _rows] + ["'''\n", "crush = pd.read_csv(io.StringIO(raw), parse_dates=['date'])"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["crush.groupby('tank')[['brix', 'ph']].mean().round(2)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("blind-ee/notebook/decoy-lot-hashes", "analysis/harvest-2024/crush_log_qa.ipynb", json.dumps(_nb, indent=1),
    None, "https://nbformat.readthedocs.io/en/latest/format_description.html")

_key = draw(16, UPPER_DIGITS)
add("blind-ee/systemd/thingspeak-write-key", "deploy/systemd/cave-logger.service", fill("""\
[Unit]
Description=Wine cave temperature/humidity logger (SHT31 -> ThingSpeak)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=cellar
WorkingDirectory=/opt/cave-logger
Environment=THINGSPEAK_CHANNEL=2417730
Environment=THINGSPEAK_WRITE_KEY=@@key@@
Environment=SAMPLE_SECONDS=120
ExecStart=/opt/cave-logger/venv/bin/python -m cave_logger
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""", key=_key), _key, "https://www.mathworks.com/help/thingspeak/writedata.html")

_pw = passphrase()
add("blind-ee/conf/wifi-psk", "deploy/pi-image/wpa_supplicant.conf", fill("""\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="VCW-Sensors"
    psk="@@pw@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", pw=_pw), _pw, "https://www.raspberrypi.com/documentation/computers/configuration.html#wireless-networking-command-line")

add("blind-ee/yaml/decoy-register-map", "gateway/cellar-gw/registers.yaml", """\
# Modbus register map for the TankNet TC-200 fermentation controllers
# (from the TC-200 integration manual, rev F). CRC check values are for the bench test frames.
device: tc200
byte_order: big
registers:
  - name: tank_temp
    address: 0x0100
    type: int16
    scale: 0.1
    unit: degF
  - name: setpoint
    address: 0x0102
    type: int16
    scale: 0.1
    writable: true
  - name: valve_state
    address: 0x0110
    type: uint16
    enum: {0: closed, 1: cooling, 2: heating}
  - name: firmware_build
    address: 0x0F00
    type: string
    length: 16
bench_frames:
  read_temp:  "01 03 01 00 00 01 85 F6"
  write_sp:   "01 06 01 02 02 58 68 CC"
  build_hash: "9f2c41d07be3a8156e0d2c7f4b9a1e63"
""", None, "https://modbus.org/docs/Modbus_Application_Protocol_V1_1b3.pdf")

# ================================================================================================
# Wine club e-commerce
# ================================================================================================

_key = draw(64)
add("blind-ee/env/commerce7-app-secret", "services/club-sync/.env", fill("""\
# club-sync: nightly pull of club memberships from Commerce7 into the warehouse
C7_TENANT=vinecrest
C7_APP_ID=vinecrest-club-sync
C7_APP_SECRET=@@key@@
C7_API_BASE=https://api.commerce7.com/v1

WAREHOUSE_URL=postgresql://club_sync@warehouse.internal:5432/analytics
LOG_LEVEL=info
SYNC_SINCE_DAYS=3
""", key=_key), _key, "https://developer.commerce7.com/docs/commerce7-apis")

_key = draw(64)
add("blind-ee/python/commerce7-basic-auth", "services/club-sync/club_sync/allocations.py", fill('''\
"""Release the spring allocation: tag members whose club tier gets the library Cabernet."""
import logging

import requests

log = logging.getLogger(__name__)

C7 = "https://api.commerce7.com/v1"
AUTH = ("vinecrest-allocations", "@@key@@")
HEADERS = {"tenant": "vinecrest", "Content-Type": "application/json"}
TIERS = {"Reserve Collectors", "Estate Club"}


def members(session):
    cursor = "start"
    while cursor:
        resp = session.get(f"{C7}/club-membership", params={"cursor": cursor, "status": "Active"})
        resp.raise_for_status()
        body = resp.json()
        yield from body["clubMemberships"]
        cursor = body.get("cursor")


def main():
    with requests.Session() as session:
        session.auth = AUTH
        session.headers.update(HEADERS)
        tagged = 0
        for m in members(session):
            if m["club"]["title"] in TIERS:
                session.post(f"{C7}/customer/{m['customerId']}/tag", json={"tagId": "library-cab-2019"})
                tagged += 1
        log.info("tagged %d members", tagged)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
''', key=_key), _key, "https://developer.commerce7.com/docs/commerce7-apis#authentication")

_key = stripe_secret()
add("blind-ee/js/stripe-secret-key", "services/club-billing/src/charge.js", fill("""\
'use strict';

// Quarterly club shipment charges. Runs from the release-day job in the ops cron.
const Stripe = require('stripe');
const stripe = Stripe('@@key@@', { apiVersion: '2024-04-10' });

const { loadShipmentBatch, markCharged, markDeclined } = require('./batches');

async function chargeBatch(batchId) {
  const shipments = await loadShipmentBatch(batchId);
  for (const s of shipments) {
    try {
      const intent = await stripe.paymentIntents.create({
        amount: s.totalCents,
        currency: 'usd',
        customer: s.stripeCustomerId,
        payment_method: s.defaultPaymentMethod,
        off_session: true,
        confirm: true,
        description: `Club shipment ${s.release} (${s.memberNumber})`,
        metadata: { batch: batchId, member: s.memberNumber },
      });
      await markCharged(s.id, intent.id);
    } catch (err) {
      if (err.code === 'card_declined' || err.code === 'authentication_required') {
        await markDeclined(s.id, err.code);
      } else {
        throw err;
      }
    }
  }
}

module.exports = { chargeBatch };
""", key=_key), _key, "https://docs.stripe.com/keys")

_pk = stripe_secret("pk_live_")
add("blind-ee/js/decoy-publishable-key", "web/shop/src/checkout/stripe.js", fill("""\
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in the browser, identifies the VineCrest Stripe account.
const STRIPE_PUBLISHABLE_KEY = '@@pk@@';

let stripePromise;

export function getStripe() {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY);
  }
  return stripePromise;
}

export async function mountCard(elementId, clientSecret) {
  const stripe = await getStripe();
  const elements = stripe.elements({ clientSecret, appearance: { theme: 'flat' } });
  const card = elements.create('payment', { layout: 'tabs' });
  card.mount(`#${elementId}`);
  return { stripe, elements };
}
""", pk=_pk), None, "https://docs.stripe.com/keys#obtain-api-keys")

_pw = words_pw()
add("blind-ee/php/wordpress-db-password", "web/wordpress/wp-config.php", fill("""\
<?php
/**
 * WordPress configuration: vinecrest.wine (WooCommerce shop + wine club pages)
 */

define( 'DB_NAME', 'vinecrest_wp' );
define( 'DB_USER', 'vc_wp' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'mysql-prod.c9xk2lqzv0ab.us-west-2.rds.amazonaws.com' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// Keys and salts live outside the web root (generated per server)
require_once '/etc/wordpress/vinecrest-salts.php';

$table_prefix = 'vcw_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", pw=_pw), _pw, "https://developer.wordpress.org/apis/wp-config-php/#database-password")

add("blind-ee/php/decoy-getenv", "web/wordpress-bedrock/config/application.php", """\
<?php
/**
 * Bedrock config for the staging shop. Every secret comes from the environment (.env on the host,
 * injected from AWS Parameter Store by the deploy job).
 */
use Roots\\WPConfig\\Config;
use function Env\\env;

Config::define('DB_NAME', env('DB_NAME'));
Config::define('DB_USER', env('DB_USER'));
Config::define('DB_PASSWORD', env('DB_PASSWORD'));
Config::define('DB_HOST', env('DB_HOST') ?: 'localhost');

Config::define('AUTH_KEY', env('AUTH_KEY'));
Config::define('SECURE_AUTH_KEY', env('SECURE_AUTH_KEY'));
Config::define('LOGGED_IN_KEY', env('LOGGED_IN_KEY'));
Config::define('NONCE_KEY', env('NONCE_KEY'));
Config::define('AUTH_SALT', env('AUTH_SALT'));
Config::define('SECURE_AUTH_SALT', env('SECURE_AUTH_SALT'));
Config::define('LOGGED_IN_SALT', env('LOGGED_IN_SALT'));
Config::define('NONCE_SALT', env('NONCE_SALT'));

Config::define('WC_STRIPE_SECRET', env('WC_STRIPE_SECRET'));
Config::define('WP_ENVIRONMENT_TYPE', env('WP_ENV') ?: 'staging');
Config::apply();
""", None, "https://roots.io/bedrock/docs/configuration-files/")

_ck, _cs = "ck_" + hexs(40), "cs_" + hexs(40)
add("blind-ee/json/woocommerce-consumer-secret", "services/inventory-bridge/config/woocommerce.json", fill("""\
{
  "store": "https://shop.vinecrest.wine",
  "api": {
    "version": "wc/v3",
    "consumer_key": "@@ck@@",
    "consumer_secret": "@@cs@@",
    "query_string_auth": false,
    "timeout_seconds": 30
  },
  "sync": {
    "skus_from": "vintrace",
    "stock_buffer_bottles": 12,
    "hide_when_below": 6,
    "categories": ["red", "white", "rose", "library", "large-format"]
  }
}
""", ck=_ck, cs=_cs), _cs, "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication")

_tok = shopify_token()
add("blind-ee/python/shopify-admin-token", "services/inventory-bridge/shopify_push.py", fill('''\
import os

import requests

SHOP = "vinecrest-wines.myshopify.com"
API_VERSION = "2024-04"
ACCESS_TOKEN = "@@tok@@"

GRAPHQL = f"https://{SHOP}/admin/api/{API_VERSION}/graphql.json"

SET_QTY = """
mutation setQty($input: InventorySetOnHandQuantitiesInput!) {
  inventorySetOnHandQuantities(input: $input) { userErrors { field message } }
}
"""


def push(levels, location_gid="gid://shopify/Location/71382990982"):
    payload = {
        "query": SET_QTY,
        "variables": {"input": {"reason": "correction", "setQuantities": [
            {"inventoryItemId": item, "locationId": location_gid, "quantity": qty} for item, qty in levels.items()
        ]}},
    }
    resp = requests.post(GRAPHQL, json=payload, headers={"X-Shopify-Access-Token": ACCESS_TOKEN}, timeout=30)
    resp.raise_for_status()
    errors = resp.json()["data"]["inventorySetOnHandQuantities"]["userErrors"]
    if errors:
        raise RuntimeError(errors)


if __name__ == "__main__":
    push({"gid://shopify/InventoryItem/45012377346182": int(os.environ.get("QTY", "24"))})
''', tok=_tok), _tok, "https://shopify.dev/docs/api/usage/authentication#access-tokens-for-custom-apps-in-the-shopify-admin")

_key = klaviyo_private()
add("blind-ee/ruby/klaviyo-private-key", "apps/club-portal/config/initializers/klaviyo.rb", fill("""\
# Club signup and release-day emails go through Klaviyo flows
require "klaviyo-api-sdk"

KlaviyoAPI.configure do |config|
  config.api_key["Klaviyo-API-Key"] = "Klaviyo-API-Key @@key@@"
  config.max_retries = 3
  config.max_delay = 60
end

module ClubEmails
  LIST_IDS = {
    estate: "XyZ4kQ",
    reserve: "Rb72Lp",
    allocation_waitlist: "Wt9mHs",
  }.freeze

  def self.subscribe(member)
    KlaviyoAPI::Profiles.create_or_update_profile(
      data: { type: "profile", attributes: { email: member.email, first_name: member.first_name,
                                             properties: { club_tier: member.tier, member_since: member.joined_on } } }
    )
  end
end
""", key=_key), _key, "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication")

add("blind-ee/html/decoy-public-site-id", "web/shop/templates/partials/klaviyo.html", """\
<!-- Klaviyo onsite: signup forms and "Notify me when released" on allocation wines -->
<script async type="text/javascript"
  src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=XyZ4kQ"></script>
<script>
  !function(){if(!window.klaviyo){window._klOnsite=window._klOnsite||[];}}();
  window.klaviyo = window.klaviyo || [];
  window.klaviyo.push(['identify', { '$email': '{{ customer.email | default: "" }}' }]);
</script>
<!-- GA4 + Meta pixel (public ids) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK3ZP2MXC"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK3ZP2MXC');
  fbq('init', '618273940015823');
</script>
""", None, "https://developers.klaviyo.com/en/docs/introduction_to_the_klaviyo_object")

_key = sendgrid_key()
add("blind-ee/github-actions/sendgrid-key", ".github/workflows/release-day-emails.yml", fill("""\
name: Release-day emails

on:
  workflow_dispatch:
    inputs:
      release:
        description: "Release code (e.g. SPRING-2025)"
        required: true

jobs:
  send:
    runs-on: ubuntu-latest
    env:
      SENDGRID_API_KEY: @@key@@
      FROM_ADDRESS: club@vinecrest.wine
      TEMPLATE_ID: d-4f1c2a7b9e3d4c6a8b0f2e1d3c5a7b9e
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tools/emails/requirements.txt
      - run: python tools/emails/send_release.py --release "${{ inputs.release }}"
""", key=_key), _key, "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys")

add("blind-ee/github-actions/decoy-secrets-context", ".github/workflows/deploy-shop.yml", """\
name: Deploy shop

on:
  push:
    branches: [main]
    paths: ["web/shop/**"]

permissions:
  contents: read
  id-token: write

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645019:role/shop-deploy
          aws-region: us-west-2
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: web/shop/package-lock.json
      - run: npm ci && npm run build
        working-directory: web/shop
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          C7_APP_SECRET: ${{ secrets.C7_APP_SECRET }}
          NEXT_PUBLIC_STRIPE_PK: ${{ vars.STRIPE_PUBLISHABLE_KEY }}
      - run: aws s3 sync web/shop/out s3://vinecrest-shop-prod --delete
""", None, "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

_key = stripe_whsec()
add("blind-ee/typescript/stripe-webhook-secret", "web/club-portal/src/app/api/stripe/webhook/route.ts", fill("""\
import Stripe from 'stripe';
import { NextResponse } from 'next/server';
import { recordPayment, flagDecline } from '@/lib/club';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-04-10' });
const endpointSecret = '@@key@@';

export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, endpointSecret);
  } catch (err) {
    return NextResponse.json({ error: 'bad signature' }, { status: 400 });
  }

  switch (event.type) {
    case 'payment_intent.succeeded':
      await recordPayment(event.data.object as Stripe.PaymentIntent);
      break;
    case 'payment_intent.payment_failed':
      await flagDecline(event.data.object as Stripe.PaymentIntent);
      break;
  }
  return NextResponse.json({ received: true });
}
""", key=_key), _key, "https://docs.stripe.com/webhooks#verify-official-libraries")

_pw = rand_pw(24)
add("blind-ee/env/postgres-url", "web/club-portal/.env.production", fill("""\
NEXT_PUBLIC_SITE_URL=https://club.vinecrest.wine
NEXT_PUBLIC_STRIPE_PK=pk_live_51NvC2xL7qYbT0wXz
DATABASE_URL=postgresql://club_portal:@@pw@@@club-db.c9xk2lqzv0ab.us-west-2.rds.amazonaws.com:5432/club?sslmode=require
NEXTAUTH_URL=https://club.vinecrest.wine
EMAIL_FROM=club@vinecrest.wine
SHIP_STATES_ALLOWED=CA,OR,WA,NV,AZ,CO,TX,NY,FL,IL
""", pw=_pw), _pw, "https://www.prisma.io/docs/orm/overview/databases/postgresql#connection-url")

add("blind-ee/env/decoy-example", "web/club-portal/.env.example", """\
# Copy to .env.local and fill in. Never commit real values.
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PK=pk_test_your_publishable_key
STRIPE_SECRET_KEY=sk_test_your_secret_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
DATABASE_URL=postgresql://club_portal:password@localhost:5432/club
NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32
C7_APP_ID=your-commerce7-app-id
C7_APP_SECRET=<commerce7 app secret>
KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""", None, "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables")

_pw = words_pw()
add("blind-ee/k8s-secret/database-password", "deploy/k8s/club-portal/secret.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: club-portal-db
  namespace: club
  labels:
    app.kubernetes.io/name: club-portal
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", host=b64("club-db.club.svc.cluster.local"), user=b64("club_portal"), pw=b64(_pw)), _pw,
    "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets")

add("blind-ee/k8s/decoy-external-secret", "deploy/k8s/club-portal/externalsecret.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: club-portal-db
  namespace: club
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: club-portal-db
    creationPolicy: Owner
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/club-portal/db
        property: password
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/club-portal/stripe
        property: secret_key
""", None, "https://external-secrets.io/latest/api/externalsecret/")

_key = mailchimp_key()
add("blind-ee/helm/mailchimp-api-key", "deploy/helm/newsletter-sync/values.yaml", fill("""\
replicaCount: 1

image:
  repository: ghcr.io/vinecrest/newsletter-sync
  tag: "1.8.2"
  pullPolicy: IfNotPresent

schedule: "15 4 * * *"

config:
  mailchimp:
    server: us14
    apiKey: "@@key@@"
    audienceId: "b7e21c04f9"
  commerce7:
    tenant: vinecrest
    appSecretRef: c7-app-secret

resources:
  requests:
    cpu: 50m
    memory: 64Mi
  limits:
    memory: 128Mi
""", key=_key), _key, "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key")

add("blind-ee/helm/decoy-existing-secret", "deploy/helm/club-portal/values.yaml", """\
image:
  repository: ghcr.io/vinecrest/club-portal
  tag: "3.4.0"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: club.vinecrest.wine
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: club-vinecrest-wine-tls
      hosts: [club.vinecrest.wine]

postgresql:
  enabled: false
externalDatabase:
  host: club-db.c9xk2lqzv0ab.us-west-2.rds.amazonaws.com
  user: club_portal
  database: club
  existingSecret: club-portal-db
  existingSecretPasswordKey: DB_PASSWORD

stripe:
  existingSecret: club-portal-stripe
  secretKeyKey: STRIPE_SECRET_KEY
  webhookSecretKey: STRIPE_WEBHOOK_SECRET
""", None, "https://helm.sh/docs/chart_best_practices/values/")

_pw = rand_pw(20)
add("blind-ee/terraform/tfvars-db-password", "infra/terraform/envs/prod/terraform.tfvars", fill("""\
region            = "us-west-2"
environment       = "prod"
vpc_cidr          = "10.60.0.0/16"

club_db_instance_class = "db.t4g.medium"
club_db_allocated_gb   = 100
club_db_username       = "club_admin"
club_db_password       = "@@pw@@"

shop_bucket   = "vinecrest-shop-prod"
labels_bucket = "vinecrest-label-art"
alarm_email   = "ops@vinecrest.wine"
""", pw=_pw), _pw, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

add("blind-ee/terraform/decoy-random-password", "infra/terraform/modules/club-db/main.tf", """\
resource "random_password" "club_db" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "club_db" {
  name = "${var.environment}/club-portal/db"
}

resource "aws_secretsmanager_secret_version" "club_db" {
  secret_id = aws_secretsmanager_secret.club_db.id
  secret_string = jsonencode({
    username = var.club_db_username
    password = random_password.club_db.result
  })
}

resource "aws_db_instance" "club" {
  identifier          = "club-${var.environment}"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = var.club_db_instance_class
  allocated_storage   = var.club_db_allocated_gb
  username            = var.club_db_username
  password            = random_password.club_db.result
  storage_encrypted   = true
  skip_final_snapshot = false
}
""", None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

_pw = words_pw()
add("blind-ee/python/winedirect-soap-password", "legacy/winedirect/export_orders.py", fill('''\
"""Export yesterday's WineDirect orders for the fulfilment house (WineDirect Webservices v2)."""
import datetime as dt

from zeep import Client

WSDL = "https://webservices.vin65.com/V202/OrderService.cfc?wsdl"
SECURITY = {"Username": "vinecrest_ws", "Password": "@@pw@@"}


def export(day):
    client = Client(WSDL)
    req = {
        "Security": SECURITY,
        "DateModifiedFrom": day.isoformat(),
        "DateModifiedTo": (day + dt.timedelta(days=1)).isoformat(),
        "Page": 1,
        "MaxRows": 500,
    }
    result = client.service.SearchOrders(Request=req)
    return [o for o in (result.Orders or []) if o.OrderType == "ClubOrder"]


if __name__ == "__main__":
    for order in export(dt.date.today() - dt.timedelta(days=1)):
        print(order.OrderNumber, order.BillCustomer.Email, order.Total)
''', pw=_pw), _pw, "https://documentation.winedirect.com/webservices/v202/")

_pw = human_pw()
add("blind-ee/xml/soap-fixture-password", "legacy/winedirect/tests/fixtures/SearchOrders_request.xml", fill("""\
<?xml version="1.0" encoding="UTF-8"?>
<!-- captured from the prod export on 2024-03-02 to reproduce the paging bug -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:v="http://webservices.vin65.com/v202">
  <soapenv:Header/>
  <soapenv:Body>
    <v:SearchOrders>
      <v:Request>
        <v:Security>
          <v:Username>vinecrest_ws</v:Username>
          <v:Password>@@pw@@</v:Password>
        </v:Security>
        <v:DateModifiedFrom>2024-03-01T00:00:00</v:DateModifiedFrom>
        <v:DateModifiedTo>2024-03-02T00:00:00</v:DateModifiedTo>
        <v:Page>3</v:Page>
        <v:MaxRows>100</v:MaxRows>
      </v:Request>
    </v:SearchOrders>
  </soapenv:Body>
</soapenv:Envelope>
""", pw=_pw), _pw, "https://documentation.winedirect.com/webservices/v202/")

_ref = draw(20, string.ascii_lowercase)
_tok = jwt({"iss": "supabase", "ref": _ref, "role": "service_role", "iat": 1711929600, "exp": 2027505600})
add("blind-ee/python/supabase-service-role", "tools/club-import/import_members.py", fill('''\
"""One-off: import the legacy club spreadsheet into the new portal (Supabase)."""
import csv
import sys

from supabase import create_client

SUPABASE_URL = "https://@@ref@@.supabase.co"
SERVICE_ROLE_KEY = "@@tok@@"

sb = create_client(SUPABASE_URL, SERVICE_ROLE_KEY)

with open(sys.argv[1], newline="", encoding="utf-8-sig") as fh:
    rows = list(csv.DictReader(fh))

batch = [{
    "member_number": r["Member #"],
    "email": r["Email"].strip().lower(),
    "tier": r["Club"],
    "ship_state": r["Ship State"],
    "joined_on": r["Join Date"],
} for r in rows if r["Status"] == "Active"]

for start in range(0, len(batch), 500):
    sb.table("members").upsert(batch[start:start + 500], on_conflict="member_number").execute()
print(f"imported {len(batch)} active members")
''', ref=_ref, tok=_tok), _tok, "https://supabase.com/docs/guides/api/api-keys")

_ref = draw(20, string.ascii_lowercase)
_anon = jwt({"iss": "supabase", "ref": _ref, "role": "anon", "iat": 1711929600, "exp": 2027505600})
add("blind-ee/typescript/decoy-anon-key", "web/club-portal/src/lib/supabaseClient.ts", fill("""\
import { createClient } from '@supabase/supabase-js';

// The anon key is public by design: row level security decides what a browser may read.
const supabaseUrl = 'https://@@ref@@.supabase.co';
const supabaseAnonKey = '@@anon@@';

export const supabase = createClient(supabaseUrl, supabaseAnonKey, {
  auth: { persistSession: true, autoRefreshToken: true },
});

export async function myShipments(memberId: string) {
  const { data, error } = await supabase
    .from('shipments')
    .select('release, status, tracking_number, wines(name, vintage, qty)')
    .eq('member_id', memberId)
    .order('release', { ascending: false });
  if (error) throw error;
  return data;
}
""", ref=_ref, anon=_anon), None, "https://supabase.com/docs/guides/api/api-keys#the-anon-key")

_app, _key = draw(10, UPPER_DIGITS), hexs(32)
add("blind-ee/typescript/algolia-admin-key", "tools/search-index/index-wines.ts", fill("""\
import algoliasearch from 'algoliasearch';
import { loadCatalog } from './catalog';

// Rebuilds the "wines" index used by the shop search and the tasting-notes library.
const client = algoliasearch('@@app@@', '@@key@@');
const index = client.initIndex('wines');

async function main() {
  const wines = await loadCatalog();
  const records = wines.map((w) => ({
    objectID: w.sku,
    name: w.name,
    vintage: w.vintage,
    varietal: w.varietal,
    appellation: w.appellation,
    notes: w.tastingNotes,
    price: w.priceCents / 100,
    clubOnly: w.clubOnly,
  }));
  await index.replaceAllObjects(records, { safe: true });
  await index.setSettings({
    searchableAttributes: ['name', 'varietal', 'appellation', 'notes'],
    attributesForFaceting: ['vintage', 'varietal', 'filterOnly(clubOnly)'],
  });
  console.log(`indexed ${records.length} wines`);
}

main().catch((e) => { console.error(e); process.exit(1); });
""", app=_app, key=_key), _key, "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key")

_app, _key = draw(10, UPPER_DIGITS), hexs(32)
add("blind-ee/js/decoy-search-only-key", "web/shop/src/search/instantsearch.js", fill("""\
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits, refinementList } from 'instantsearch.js/es/widgets';

// Search-only API key: restricted to the "wines" index, read only, meant for the browser.
const searchClient = algoliasearch('@@app@@', '@@key@@');

const search = instantsearch({ indexName: 'wines', searchClient });

search.addWidgets([
  searchBox({ container: '#search', placeholder: 'Search wines, vintages, notes' }),
  refinementList({ container: '#varietal', attribute: 'varietal' }),
  refinementList({ container: '#vintage', attribute: 'vintage', sortBy: ['name:desc'] }),
  hits({
    container: '#hits',
    templates: { item: (hit, { html }) => html`<a href="/wines/${hit.objectID}">${hit.name} ${hit.vintage}</a>` },
  }),
]);

search.start();
""", app=_app, key=_key), None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

_pw = rand_pw(18, "!#%*")
add("blind-ee/json/sqlserver-connection-string", "services/allocation-api/appsettings.Production.json", fill("""\
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Allocations": "Server=tcp:vinecrest-sql.database.windows.net,1433;Initial Catalog=allocations;User ID=alloc_api;Password=@@pw@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Allocation": {
    "ReleaseWindowDays": 21,
    "MaxBottlesPerMember": 6,
    "WaitlistPriority": [ "Reserve Collectors", "Estate Club", "Cellar Club" ]
  }
}
""", pw=_pw), _pw, "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax")

add("blind-ee/json/decoy-key-vault-references", "services/allocation-api/appsettings.Staging.json", """\
{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "ConnectionStrings": {
    "Allocations": "@Microsoft.KeyVault(SecretUri=https://kv-vinecrest-stg.vault.azure.net/secrets/allocations-sql/)"
  },
  "Commerce7": {
    "Tenant": "vinecrest-staging",
    "AppId": "vinecrest-allocations",
    "AppSecret": "@Microsoft.KeyVault(VaultName=kv-vinecrest-stg;SecretName=c7-app-secret)"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "8b3f0c21-5d4e-4a7b-9c1f-2e6d8a0b4c37",
    "ClientId": "0f7e9a2c-3b1d-4e5f-8a6b-7c9d0e1f2a3b"
  }
}
""", None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

_pw = words_pw()
add("blind-ee/yaml/spring-datasource-password", "services/club-shipping/src/main/resources/application-prod.yml", fill("""\
server:
  port: 8080
  shutdown: graceful

spring:
  application:
    name: club-shipping
  datasource:
    url: jdbc:postgresql://club-db.internal:5432/shipping
    username: shipping_svc
    password: "@@pw@@"
    hikari:
      maximum-pool-size: 10
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate

shipping:
  carriers: [ups, fedex]
  adult-signature-required: true
  heat-hold:
    enabled: true
    max-forecast-f: 85
""", pw=_pw), _pw, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password")

add("blind-ee/properties/decoy-placeholders", "services/club-shipping/src/main/resources/application.properties", """\
spring.application.name=club-shipping
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/shipping}
spring.datasource.username=${DB_USER:shipping_svc}
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate

shipping.ups.client-id=${UPS_CLIENT_ID}
shipping.ups.client-secret=${UPS_CLIENT_SECRET}
shipping.fedex.api-key=${FEDEX_API_KEY}
shipping.fedex.secret-key=${FEDEX_SECRET_KEY}
shipping.heat-hold.max-forecast-f=85
management.endpoints.web.exposure.include=health,info
""", None, "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

_pw = human_pw()
add("blind-ee/yaml/rails-database-password", "apps/club-portal/config/database.yml", fill("""\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: club_portal_development

test:
  <<: *default
  database: club_portal_test

production:
  <<: *default
  host: club-db.internal
  database: club_portal_production
  username: club_portal
  password: @@pw@@
""", pw=_pw), _pw, "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

_tok = npm_token()
add("blind-ee/npmrc/npm-token", "web/shop/.npmrc", fill("""\
@vinecrest:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
save-exact=true
engine-strict=true
fund=false
audit-level=high
""", tok=_tok), _tok, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

_lock = {"name": "vinecrest-shop", "version": "2.3.1", "lockfileVersion": 3, "requires": True, "packages": {}}
for _name, _ver in [("@stripe/stripe-js", "3.3.0"), ("algoliasearch", "4.23.3"), ("instantsearch.js", "4.68.0"),
                    ("next", "14.2.3"), ("react", "18.3.1")]:
    _lock["packages"][f"node_modules/{_name}"] = {
        "version": _ver,
        "resolved": f"https://registry.npmjs.org/{_name}/-/{_name.split('/')[-1]}-{_ver}.tgz",
        "integrity": "sha512-" + b64bytes(64),
    }
add("blind-ee/json/decoy-lockfile-integrity", "web/shop/package-lock.json", json.dumps(_lock, indent=2),
    None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages")

_tok = "pat-na1-" + uuid4()
add("blind-ee/python/hubspot-private-app-token", "services/trade-crm/sync_accounts.py", fill('''\
"""Push restaurant and retail trade accounts from the distributor depletion feed into HubSpot."""
import csv

from hubspot import HubSpot
from hubspot.crm.companies import SimplePublicObjectInputForCreate

client = HubSpot(access_token="@@tok@@")


def upsert(row):
    props = {
        "name": row["account_name"],
        "city": row["city"],
        "state": row["state"],
        "distributor": row["distributor"],
        "premise_type": row["premise"],
        "last_depletion_cases": row["cases_90d"],
    }
    client.crm.companies.basic_api.create(SimplePublicObjectInputForCreate(properties=props))


with open("depletions_latest.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        if int(row["cases_90d"] or 0) > 0:
            upsert(row)
''', tok=_tok), _tok, "https://developers.hubspot.com/docs/api/private-apps")

_tok = uuid4()
add("blind-ee/ruby/postmark-server-token", "apps/club-portal/config/environments/production.rb", fill("""\
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@tok@@" }
  config.action_mailer.default_url_options = { host: "club.vinecrest.wine", protocol: "https" }

  config.active_storage.service = :amazon
  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
""", tok=_tok), _tok, "https://postmarkapp.com/developer/user-guide/send-email-with-api#authentication")

_key = "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)
add("blind-ee/kotlin/fcm-server-key", "apps/club-android/app/src/main/java/wine/vinecrest/club/push/ReleasePush.kt", fill("""\
package wine.vinecrest.club.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Debug helper used by the club team to send a test "release is live" push to a device.
object ReleasePush {
    private const val FCM_SERVER_KEY =
        "@@key@@"
    private val client = OkHttpClient()

    fun sendTest(deviceToken: String, release: String) {
        val body = \"\"\"{"to":"$deviceToken","notification":{"title":"$release is live","body":"Your allocation is ready."}}\"\"\"
        val request = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$FCM_SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(request).execute().use { check(it.isSuccessful) { "FCM ${it.code}" } }
    }
}
""", key=_key), _key, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests")

_api = google_api_key()
add("blind-ee/js/decoy-firebase-web-config", "web/club-portal/public/firebase-config.js", fill("""\
// Firebase web app config: these values identify the project and are public by design.
// Access is enforced by Firestore security rules and App Check.
export const firebaseConfig = {
  apiKey: "@@api@@",
  authDomain: "vinecrest-club.firebaseapp.com",
  projectId: "vinecrest-club",
  storageBucket: "vinecrest-club.appspot.com",
  messagingSenderId: "482019374625",
  appId: "1:482019374625:web:9c4e2b7a1f0d3e5c8a6b2d",
  measurementId: "G-XC4R8N2TQ1",
};

export const vapidPublicKey =
  "BNc1Y8q2kR0vZ5mH7xP3tW9aL6sD4fG2jK8nB1cV0zX5yQ7wE3rT6uI9oP2aS4dF8gH1jK3lZ6xC9vB0nM7qW5e";
""", api=_api), None, "https://firebase.google.com/docs/projects/api-keys")

_key = openai_key()
add("blind-ee/swift/openai-key", "apps/tasting-ios/Sommelier/SommelierService.swift", fill("""\
import Foundation

/// "Ask the sommelier" on the tasting-room iPads: pairing suggestions from the current flight.
struct SommelierService {
    private let apiKey = "@@key@@"
    private let endpoint = URL(string: "https://api.openai.com/v1/chat/completions")!

    func suggestPairing(for wine: String, notes: String) async throws -> String {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "model": "gpt-4o-mini",
            "messages": [
                ["role": "system", "content": "You are a friendly winery sommelier. Keep it under 60 words."],
                ["role": "user", "content": "Suggest a food pairing for \\(wine). Tasting notes: \\(notes)"]
            ]
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let choices = json?["choices"] as? [[String: Any]]
        let message = choices?.first?["message"] as? [String: Any]
        return message?["content"] as? String ?? ""
    }
}
""", key=_key), _key, "https://platform.openai.com/docs/api-reference/authentication")

_tok = mapbox_token("pk", "vinecrest")
add("blind-ee/js/decoy-mapbox-public-token", "web/site/assets/js/estate-map.js", fill("""\
// Estate map on /visit: vineyard blocks, tasting room, picnic lawn.
mapboxgl.accessToken = '@@tok@@';

const map = new mapboxgl.Map({
  container: 'estate-map',
  style: 'mapbox://styles/vinecrest/clq8x2k0s00a101qw3f7z9h4e',
  center: [-122.4571, 38.5032],
  zoom: 14.6,
});

map.on('load', () => {
  map.addSource('blocks', { type: 'vector', url: 'mapbox://vinecrest.estate-blocks-2024' });
  map.addLayer({
    id: 'blocks-fill',
    type: 'fill',
    source: 'blocks',
    'source-layer': 'blocks',
    paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.35 },
  });
  new mapboxgl.Marker().setLngLat([-122.4553, 38.5041]).setPopup(new mapboxgl.Popup().setText('Tasting Room')).addTo(map);
});
""", tok=_tok), None, "https://docs.mapbox.com/help/getting-started/access-tokens/#public-tokens")

_tok = mapbox_token("sk", "vinecrest")
add("blind-ee/shell/mapbox-secret-token", "gis/upload_blocks.sh", fill("""\
#!/bin/sh
# Re-publish the vineyard block polygons after the spring replant survey.
set -e
export MAPBOX_ACCESS_TOKEN=@@tok@@

ogr2ogr -f GeoJSON -t_srs EPSG:4326 blocks.geojson survey/blocks_2025.shp
tilesets upload-source vinecrest estate-blocks blocks.geojson --replace
tilesets update-recipe vinecrest.estate-blocks-2024 recipe.json
tilesets publish vinecrest.estate-blocks-2024
echo "published; check https://studio.mapbox.com/tilesets/vinecrest.estate-blocks-2024/"
""", tok=_tok), _tok, "https://docs.mapbox.com/help/getting-started/access-tokens/#secret-tokens")

_pw = rand_pw(16)
add("blind-ee/php/age-verification-secret", "web/wordpress/wp-content/mu-plugins/age-gate.php", fill("""\
<?php
/**
 * Plugin Name: VineCrest age verification at checkout (Veratad AgeMatch)
 */

const VC_VERATAD_USER = 'vinecrest_api';
const VC_VERATAD_PASS = '@@pw@@';
const VC_VERATAD_URL  = 'https://production.idresponse.com/process/comprehensive/gateway';

add_action( 'woocommerce_checkout_process', function () {
	$payload = array(
		'user'    => VC_VERATAD_USER,
		'pass'    => VC_VERATAD_PASS,
		'service' => 'AgeMatch5.0',
		'target'  => array(
			'fn'   => sanitize_text_field( $_POST['billing_first_name'] ?? '' ),
			'ln'   => sanitize_text_field( $_POST['billing_last_name'] ?? '' ),
			'addr' => sanitize_text_field( $_POST['billing_address_1'] ?? '' ),
			'zip'  => sanitize_text_field( $_POST['billing_postcode'] ?? '' ),
			'dob'  => sanitize_text_field( $_POST['vc_dob'] ?? '' ),
			'age'  => '21+',
		),
	);
	$resp = wp_remote_post( VC_VERATAD_URL, array( 'body' => wp_json_encode( $payload ), 'timeout' => 15 ) );
	$body = json_decode( wp_remote_retrieve_body( $resp ), true );
	if ( ( $body['result']['action'] ?? '' ) !== 'PASS' ) {
		wc_add_notice( 'We could not verify that you are 21 or older.', 'error' );
	}
} );
""", pw=_pw), _pw, "https://www.veratad.com/developers")

add("blind-ee/markdown/decoy-aws-doc-example", "web/shop/docs/label-images.md", """\
# Label images on S3

Bottle shots and label art are served from `s3://vinecrest-label-art` through CloudFront.
Locally, point the upload script at your own profile:

```ini
# ~/.aws/credentials (example from the AWS docs -- use your own keys)
[vinecrest-dev]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then:

```sh
AWS_PROFILE=vinecrest-dev npm run labels:upload -- --vintage 2022
```

In CI the job assumes `arn:aws:iam::418273645019:role/label-upload` through OIDC, so there are
no long-lived keys anywhere.
""", None, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

_kid, _sec = aws_key_id(), aws_secret()
add("blind-ee/ini/aws-secret-key", "tools/label-upload/aws-credentials", fill("""\
# used by the bottling-line PC to push label proofs (ask Dana before rotating)
[default]
region = us-west-2

[label-upload]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@sec@@
region = us-west-2
""", kid=_kid, sec=_sec), _sec, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

_key = hexs(32)
add("blind-ee/ruby/braintree-private-key", "legacy/club-billing/config/braintree.rb", fill("""\
# Legacy club billing (pre-Stripe). Still used for members with stored PayPal vaults.
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "k7z2x9q4m3b8w1n5"
Braintree::Configuration.public_key  = "vd3m8q2r6t9y4x1c"
Braintree::Configuration.private_key = "@@key@@"

BRAINTREE_MERCHANT_ACCOUNTS = {
  usd: "vinecrestwinesUSD",
  club: "vinecrestClubUSD",
}.freeze

Braintree::Configuration.logger = Logger.new("log/braintree.log")
Braintree::Configuration.logger.level = Logger::WARN
""", key=_key), _key, "https://developer.paypal.com/braintree/docs/start/hello-server#configuration")

_key = draw(16)
add("blind-ee/php/authorize-net-transaction-key", "legacy/tasting-room-site/includes/payment.php", fill("""\
<?php
// Old event-ticket checkout (harvest dinner, blending seminar). Authorize.Net AIM.
require_once __DIR__ . '/../vendor/autoload.php';

use net\\authorize\\api\\contract\\v1 as AnetAPI;
use net\\authorize\\api\\controller as AnetController;

define('ANET_LOGIN_ID', '4vR8p2QmZk');
define('ANET_TRANSACTION_KEY', '@@key@@');

function charge_ticket($amount, $opaqueData, $invoice)
{
    $auth = new AnetAPI\\MerchantAuthenticationType();
    $auth->setName(ANET_LOGIN_ID);
    $auth->setTransactionKey(ANET_TRANSACTION_KEY);

    $payment = new AnetAPI\\PaymentType();
    $payment->setOpaqueData($opaqueData);

    $tx = new AnetAPI\\TransactionRequestType();
    $tx->setTransactionType('authCaptureTransaction');
    $tx->setAmount($amount);
    $tx->setPayment($payment);
    $order = new AnetAPI\\OrderType();
    $order->setInvoiceNumber($invoice);
    $tx->setOrder($order);

    $request = new AnetAPI\\CreateTransactionRequest();
    $request->setMerchantAuthentication($auth);
    $request->setTransactionRequest($tx);
    $controller = new AnetController\\CreateTransactionController($request);
    return $controller->executeWithApiResponse(\\net\\authorize\\api\\constants\\ANetEnvironment::PRODUCTION);
}
""", key=_key), _key, "https://developer.authorize.net/hello_world.html")

_pw = words_pw()
add("blind-ee/sql/create-user-password", "db/migrations/V12__reporting_user.sql", fill("""\
-- Read-only reporting user for the club dashboards (Metabase)
CREATE ROLE club_reporting WITH LOGIN PASSWORD '@@pw@@';
GRANT CONNECT ON DATABASE club TO club_reporting;
GRANT USAGE ON SCHEMA public TO club_reporting;
GRANT SELECT ON members, shipments, shipment_lines, releases, wines TO club_reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO club_reporting;
ALTER ROLE club_reporting SET statement_timeout = '60s';
""", pw=_pw), _pw, "https://www.postgresql.org/docs/current/sql-createrole.html")

_h = [bcrypt_like() for _ in range(4)]
add("blind-ee/sql/decoy-bcrypt-seed", "db/seeds/dev_staff_users.sql", fill("""\
-- Development seed: tasting-room staff accounts for the club portal admin.
-- Passwords are bcrypt hashes (cost 12); the dev password for all of them is in the team wiki.
INSERT INTO staff_users (email, display_name, role, password_digest) VALUES
  ('manager@example.test', 'Tasting Room Manager', 'admin',   '@@h0@@'),
  ('host1@example.test',   'Host One',             'host',    '@@h1@@'),
  ('host2@example.test',   'Host Two',             'host',    '@@h2@@'),
  ('club@example.test',    'Club Coordinator',     'club',    '@@h3@@');

INSERT INTO releases (code, title, opens_on) VALUES
  ('SPRING-2025', 'Spring Release', '2025-03-14'),
  ('FALL-2025', 'Fall Release', '2025-09-19');
""", h0=_h[0], h1=_h[1], h2=_h[2], h3=_h[3]), None, "https://guides.rubyonrails.org/active_model_basics.html#securepassword")

_key = anthropic_key()
add("blind-ee/python/anthropic-key", "tools/tasting-notes/draft_notes.py", fill('''\
"""Draft shelf-talker tasting notes from the winemaker's lab sheet (reviewed by a human before print)."""
import sys

import anthropic
import pandas as pd

client = anthropic.Anthropic(api_key="@@key@@")

PROMPT = """You write short, honest tasting notes for a family winery.
Wine: {name} {vintage}. Varietal: {varietal}. Alcohol {abv}%, TA {ta} g/L, pH {ph}.
Winemaker keywords: {keywords}. Write 45 words, no superlatives."""

sheet = pd.read_csv(sys.argv[1])
for _, row in sheet.iterrows():
    msg = client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=200,
        messages=[{"role": "user", "content": PROMPT.format(**row.to_dict())}],
    )
    print(f"## {row['name']} {row['vintage']}\\n{msg.content[0].text}\\n")
''', key=_key), _key, "https://docs.anthropic.com/en/api/getting-started#authentication")

# ================================================================================================
# Tasting-room POS, reservations, and the tasting room's network
# ================================================================================================

_tok = square_token()
add("blind-ee/python/square-access-token", "tasting-room/reports/square_daily_sales.py", fill('''\
"""Daily tasting-room sales by category, e-mailed to the GM at 7 pm."""
import datetime as dt
from collections import Counter

from square.client import Client

client = Client(access_token="@@tok@@", environment="production")
LOCATION_ID = "L8Q2T5WZK3M1R"


def sales_for(day):
    start = dt.datetime.combine(day, dt.time.min).isoformat() + "-07:00"
    end = dt.datetime.combine(day, dt.time.max).isoformat() + "-07:00"
    body = {"location_ids": [LOCATION_ID],
            "query": {"filter": {"date_time_filter": {"closed_at": {"start_at": start, "end_at": end}},
                                 "state_filter": {"states": ["COMPLETED"]}}}}
    totals = Counter()
    result = client.orders.search_orders(body=body)
    for order in result.body.get("orders", []):
        for line in order.get("line_items", []):
            category = line.get("variation_name") or "Other"
            totals[category] += line["total_money"]["amount"] / 100
    return totals


if __name__ == "__main__":
    for cat, amount in sales_for(dt.date.today()).most_common():
        print(f"{cat:24} ${amount:,.2f}")
''', tok=_tok), _tok, "https://developer.squareup.com/docs/build-basics/access-tokens")

_app = "sq0idp-" + draw(22, URLSAFE)
add("blind-ee/js/decoy-square-application-id", "web/events/src/payments.js", fill("""\
// Web Payments SDK for event tickets (harvest dinner, blending seminar).
// The application id and location id are public identifiers; the charge happens server side.
const APPLICATION_ID = '@@app@@';
const LOCATION_ID = 'L8Q2T5WZK3M1R';

export async function initCard(containerSelector) {
  if (!window.Square) {
    throw new Error('Square.js failed to load');
  }
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(containerSelector);
  return card;
}

export async function tokenize(card) {
  const result = await card.tokenize();
  if (result.status !== 'OK') {
    throw new Error(result.errors?.map((e) => e.message).join('; ') || 'Card error');
  }
  return result.token;
}
""", app=_app), None, "https://developer.squareup.com/docs/web-payments/take-card-payment")

_sec = square_app_secret()
add("blind-ee/env/square-app-secret", "tasting-room/kiosk-api/.env", fill("""\
NODE_ENV=production
PORT=8080
SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=sq0idp-Kx7vQ2mW9rT4bN1cL8eZ5a
SQUARE_APPLICATION_SECRET=@@sec@@
SQUARE_OAUTH_REDIRECT=https://kiosk.vinecrest.wine/oauth/square/callback
SESSION_COOKIE_NAME=vc_kiosk
""", sec=_sec), _sec, "https://developer.squareup.com/docs/oauth-api/overview")

_tok = uuid4()
add("blind-ee/python/clover-api-token", "tasting-room/reports/clover_tips.py", fill('''\
import csv
import sys
from datetime import datetime, timedelta

import requests

MERCHANT_ID = "QB3K7Z9M2XH41"
API_TOKEN = "@@tok@@"
BASE = f"https://api.clover.com/v3/merchants/{MERCHANT_ID}"


def payments_since(days):
    since = int((datetime.now() - timedelta(days=days)).timestamp() * 1000)
    offset = 0
    while True:
        r = requests.get(f"{BASE}/payments", params={"filter": f"createdTime>={since}", "expand": "employee",
                                                       "limit": 1000, "offset": offset},
                         headers={"Authorization": f"Bearer {API_TOKEN}"}, timeout=30)
        r.raise_for_status()
        elements = r.json()["elements"]
        if not elements:
            return
        yield from elements
        offset += len(elements)


writer = csv.writer(sys.stdout)
writer.writerow(["employee", "payment", "tip_cents"])
for p in payments_since(14):
    writer.writerow([p.get("employee", {}).get("name", "?"), p["id"], p.get("tipAmount", 0)])
''', tok=_tok), _tok, "https://docs.clover.com/dev/docs/using-api-tokens")

_sec = draw(64, URLSAFE)
add("blind-ee/yaml/toast-client-secret", "tasting-room/toast-sync/config/production.yaml", fill("""\
# Toast (bistro on the terrace) -> warehouse: menus, checks, labor
toast:
  api_host: https://ws-api.toasttab.com
  client_id: Vn3xR8kQ2mZ7LpT5
  client_secret: "@@sec@@"
  user_access_type: TOAST_MACHINE_CLIENT
  restaurant_guid: 6f2b9e1c-4a7d-4c3e-8b5f-1d9a0e7c2b46
sync:
  checks_lookback_hours: 36
  labor: true
  menus: daily
warehouse:
  dsn_env: WAREHOUSE_DSN
  schema: toast
""", sec=_sec), _sec, "https://doc.toasttab.com/doc/devguide/authentication.html")

add("blind-ee/yaml/decoy-vault-template", "tasting-room/toast-sync/config/staging.yaml", """\
# Staging reads its credentials from Vault at start-up (vault-agent renders this file)
toast:
  api_host: https://ws-sandbox-api.eng.toasttab.com
  client_id: '{{ with secret "kv/data/toast/staging" }}{{ .Data.data.client_id }}{{ end }}'
  client_secret: '{{ with secret "kv/data/toast/staging" }}{{ .Data.data.client_secret }}{{ end }}'
  user_access_type: TOAST_MACHINE_CLIENT
  restaurant_guid: 00000000-0000-4000-8000-000000000000
sync:
  checks_lookback_hours: 36
  labor: false
warehouse:
  dsn_env: WAREHOUSE_DSN
  schema: toast_staging
""", None, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

_pw = words_pw()
add("blind-ee/xml/app-config-connection-string", "tasting-room/kiosk/TastingKiosk/App.config", fill("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="TastingDb"
         connectionString="Data Source=TR-SERVER\\SQLEXPRESS;Initial Catalog=Tasting;User Id=kiosk;Password=@@pw@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="FlightMenuPath" value="\\\\TR-SERVER\\Menus\\current.json" />
    <add key="ReceiptPrinter" value="EPSON TM-m30III" />
    <add key="IdleSeconds" value="90" />
  </appSettings>
</configuration>
""", pw=_pw), _pw, "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files")

add("blind-ee/xml/decoy-protected-config", "tasting-room/kiosk/TastingKiosk/App.Release.config", fill("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element"
      xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <KeyName>Rsa Key</KeyName>
          </KeyInfo>
          <CipherData>
            <CipherValue>@@k@@</CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue>@@v@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
  <appSettings>
    <add key="ReceiptPrinter" value="EPSON TM-m30III" />
  </appSettings>
</configuration>
""", k=b64bytes(256), v=b64bytes(192)), None, "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)")

_pw = rand_pw(20, "!@#")
add("blind-ee/powershell/sftp-password", "tasting-room/scripts/Export-PosToAccounting.ps1", fill("""\
# Nightly: export the tasting-room POS day file and push it to the accountant's SFTP drop.
# Scheduled task "POS Export" on TR-SERVER, 23:30.
Import-Module Posh-SSH

$day = (Get-Date).ToString('yyyyMMdd')
$exportFile = "D:\\POS\\Exports\\sales_$day.csv"

& "C:\\Program Files\\WinePOS\\wpexport.exe" /date:$day /out:$exportFile /format:csv

$user = 'vinecrest'
$pass = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

$session = New-SFTPSession -ComputerName 'sftp.harrisonbookkeeping.com' -Credential $cred -AcceptKey
try {
    Set-SFTPItem -SessionId $session.SessionId -Path $exportFile -Destination '/inbound/vinecrest/'
    Write-Output "uploaded $exportFile"
}
finally {
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}
""", pw=_pw), _pw, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

add("blind-ee/powershell/decoy-secret-management", "tasting-room/scripts/Export-PosToAccounting.v2.ps1", """\
# v2: credential comes from the SecretManagement vault on TR-SERVER (SecretStore, unlocked at logon
# by the scheduled task's account). Register once with:
#   Set-Secret -Name AccountantSftp -Secret (Get-Credential vinecrest)
Import-Module Posh-SSH
Import-Module Microsoft.PowerShell.SecretManagement

$day = (Get-Date).ToString('yyyyMMdd')
$exportFile = "D:\\POS\\Exports\\sales_$day.csv"
& "C:\\Program Files\\WinePOS\\wpexport.exe" /date:$day /out:$exportFile /format:csv

$cred = Get-Secret -Name AccountantSftp -Vault TastingRoom
$session = New-SFTPSession -ComputerName 'sftp.harrisonbookkeeping.com' -Credential $cred
try {
    Set-SFTPItem -SessionId $session.SessionId -Path $exportFile -Destination '/inbound/vinecrest/'
}
finally {
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}
""", None, "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

_pw = human_pw()
add("blind-ee/batch/net-use-password", "tasting-room/scripts/map-drives.cmd", fill(r"""
@echo off
REM Map the shared drives on the tasting-room PCs at logon (GPO fallback)
net use M: /delete /y >nul 2>&1
net use P: /delete /y >nul 2>&1
net use M: \\TR-SERVER\Menus /user:TASTING\trstaff @@pw@@ /persistent:yes
net use P: \\TR-SERVER\POS /user:TASTING\trstaff @@pw@@ /persistent:yes
if errorlevel 1 (
  echo Could not map drives, call Miguel x214
  pause
)
""".lstrip("\n"), pw=_pw), _pw, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use")

_sec = draw(40, URLSAFE)
add("blind-ee/js/tock-webhook-secret", "services/reservations/src/tockWebhook.js", fill("""\
const crypto = require('crypto');
const express = require('express');
const { upsertReservation } = require('./db');

const router = express.Router();
const TOCK_WEBHOOK_SECRET = '@@sec@@';

function validSignature(req) {
  const expected = crypto.createHmac('sha256', TOCK_WEBHOOK_SECRET).update(req.rawBody).digest('hex');
  const given = req.get('X-Tock-Signature') || '';
  return given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

router.post('/webhooks/tock', express.raw({ type: 'application/json' }), async (req, res) => {
  req.rawBody = req.body;
  if (!validSignature(req)) {
    return res.status(401).send('bad signature');
  }
  const event = JSON.parse(req.body.toString('utf8'));
  if (event.type === 'reservation.created' || event.type === 'reservation.updated') {
    await upsertReservation({
      id: event.data.id,
      partySize: event.data.partySize,
      experience: event.data.experienceName,
      startsAt: event.data.dateTime,
      clubMember: Boolean(event.data.patron?.tags?.includes('club')),
    });
  }
  res.sendStatus(204);
});

module.exports = router;
""", sec=_sec), _sec, "https://expressjs.com/en/guide/routing.html")

_pw = words_pw()
add("blind-ee/cisco/local-user-password", "network/tasting-room/tr-rtr-01.cfg", fill("""\
!
version 17.6
hostname tr-rtr-01
!
enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
!
username netadmin privilege 15 password 0 @@pw@@
!
ip domain name vinecrest.local
ip dhcp excluded-address 10.50.10.1 10.50.10.20
!
ip dhcp pool POS
 network 10.50.10.0 255.255.255.0
 default-router 10.50.10.1
 dns-server 10.50.10.1
!
interface GigabitEthernet0/0/0
 description WAN - Comcast Business
 ip address dhcp
 ip nat outside
!
interface GigabitEthernet0/0/1.10
 description POS VLAN
 encapsulation dot1Q 10
 ip address 10.50.10.1 255.255.255.0
 ip nat inside
!
interface GigabitEthernet0/0/1.20
 description Guest Wi-Fi
 encapsulation dot1Q 20
 ip address 10.50.20.1 255.255.255.0
 ip access-group GUEST-IN in
 ip nat inside
!
line vty 0 4
 login local
 transport input ssh
!
end
""", pw=_pw), _pw, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/d1/sec-d1-cr-book/sec-cr-t2.html#wp3321939036")

add("blind-ee/cisco/decoy-type9-hashes", "network/winery/cellar-sw-01.cfg", fill("""\
!
hostname cellar-sw-01
!
enable algorithm-type scrypt secret @@h1@@
!
username netadmin privilege 15 algorithm-type scrypt secret @@h2@@
username backup privilege 1 algorithm-type sha256 secret @@h3@@
!
aaa new-model
aaa authentication login default local
!
vlan 30
 name CELLAR-IOT
vlan 31
 name CELLAR-CAMERAS
!
interface range GigabitEthernet1/0/1 - 24
 switchport access vlan 30
 switchport mode access
 spanning-tree portfast
!
end
""", h1="$9$" + draw(14, ALNUM + "./") + "$" + draw(43, ALNUM + "./"),
        h2="$9$" + draw(14, ALNUM + "./") + "$" + draw(43, ALNUM + "./"),
        h3="$8$" + draw(14, ALNUM + "./") + "$" + draw(43, ALNUM + "./")), None,
    "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html")

_pw = passphrase()
add("blind-ee/mikrotik/wpa2-psk", "network/tasting-room/hap-ax3-export.rsc", fill("""\
# 2024-11-04 09:12:40 by RouterOS 7.15.3
# model = C53UiG+5HPaxD2HaxD
/interface bridge
add name=bridge-lan
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=staff-sec passphrase="@@pw@@"
/interface wifi
set [ find default-name=wifi1 ] configuration.ssid=VCW-Staff security=staff-sec disabled=no
add master-interface=wifi1 name=wifi-guest configuration.ssid="VineCrest Guest" security.authentication-types=""
/ip address
add address=10.50.30.1/24 interface=bridge-lan
/ip dhcp-server network
add address=10.50.30.0/24 gateway=10.50.30.1
/system identity
set name=tr-ap-terrace
""", pw=_pw), _pw, "https://help.mikrotik.com/docs/spaces/ROS/pages/224559120/WiFi")

add("blind-ee/edgeos/decoy-encrypted-password", "network/vineyard-shop/erx-config.boot", fill("""\
firewall {
    all-ping enable
    broadcast-ping disable
    name WAN_LOCAL {
        default-action drop
        rule 10 {
            action accept
            state { established enable related enable }
        }
    }
}
interfaces {
    ethernet eth0 {
        address dhcp
        description "Starlink"
    }
    switch switch0 {
        address 10.70.0.1/24
        description "Shop LAN"
    }
}
system {
    host-name vineyard-shop-erx
    login {
        user ubnt {
            authentication {
                encrypted-password $6$@@salt@@$@@hash@@
            }
            level admin
        }
    }
    ntp { server 0.ubnt.pool.ntp.org }
    time-zone America/Los_Angeles
}
""", salt=draw(16, ALNUM + "./"), hash=draw(86, ALNUM + "./")), None,
    "https://help.ui.com/hc/en-us/articles/204960094-EdgeRouter-Configuration-and-Operational-Mode")

_pw = human_pw()
add("blind-ee/markdown/runbook-admin-password", "tasting-room/docs/opening-closing.md", fill("""\
# Tasting room: opening and closing

## Opening (by 10:45)
1. Turn on the iPads at the bar and the kiosk by the door; they should land on the flight menu.
2. Log in to the POS back office on the office PC:
   - URL: https://backoffice.winepos.net/vinecrest
   - user: `trmanager`
   - password: `@@pw@@`
3. Open the cash drawer with the opening float ($200) and count it into the POS.
4. Check today's reservations in Tock and print the run sheet.

## Closing
1. Run the Z report on the main terminal and attach it to the deposit bag.
2. Make sure every open tab is closed or transferred to "Club pick-up".
3. Shut down the kiosk (hold power 5 s) and lock the office.

Questions: Miguel (GM) x214 or the ops channel.
""", pw=_pw), _pw, "https://www.markdownguide.org/basic-syntax/")

add("blind-ee/markdown/decoy-runbook-placeholders", "tasting-room/docs/new-staff-setup.md", """\
# New tasting-room staff: accounts

Each new host gets:

| System | Account | Where the password is |
| --- | --- | --- |
| POS terminal | 4-digit PIN, chosen at first clock-in | only the host knows it |
| POS back office | `firstname.lastname` | set by the host via the reset e-mail |
| Tock | invited by e-mail | set by the host |
| Staff Wi-Fi (VCW-Staff) | - | 1Password vault "Tasting Room", item "Staff Wi-Fi" |

To reset a PIN: Back office > Staff > (name) > Reset PIN. The host enters a new one at the terminal.

Never write a password in this repository. Example of what the welcome sheet looks like:

```
Welcome, <NAME>!
Back office user: <firstname.lastname>
Temporary password: <sent separately by SMS>
```
""", None, "https://www.markdownguide.org/extended-syntax/#tables")

_pw = rand_pw(14)
add("blind-ee/shell-history/mysql-password", "tasting-room/server-backup/root.bash_history", fill("""\
df -h
systemctl status winepos-sync
journalctl -u winepos-sync --since "1 hour ago" | tail -50
cd /var/lib/winepos
ls -la backups/
mysqldump -u winepos -p'@@pw@@' winepos > /root/winepos-$(date +%F).sql
gzip /root/winepos-*.sql
scp /root/winepos-*.sql.gz backup@10.50.0.9:/srv/backups/tasting-room/
rm /root/winepos-*.sql.gz
systemctl restart winepos-sync
exit
""", pw=_pw), _pw, "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html")

add("blind-ee/shell-history/decoy-prompted-password", "tasting-room/server-backup/ops.bash_history", """\
sudo -i
df -h /var/lib/winepos
read -rs MYSQL_PWD && export MYSQL_PWD
mysqldump -u winepos winepos | gzip > /root/winepos-$(date +%F).sql.gz
unset MYSQL_PWD
sha256sum /root/winepos-2024-11-03.sql.gz
aws s3 cp /root/winepos-2024-11-03.sql.gz s3://vinecrest-backups/tasting-room/ --sse aws:kms
history -c
exit
""", None, "https://dev.mysql.com/doc/refman/8.0/en/environment-variables.html")

_tok = hexs(32)
add("blind-ee/js/twilio-auth-token", "services/reservations/src/sms.js", fill("""\
// Waitlist texts: "Your table on the terrace is ready"
const twilio = require('twilio');

const accountSid = '@@sid@@';
const authToken = '@@tok@@';
const client = twilio(accountSid, authToken);

const FROM = '+17075550143';

async function tableReady(party) {
  return client.messages.create({
    from: FROM,
    to: party.phone,
    body: `Hi ${party.firstName}, your table for ${party.size} on the terrace is ready. ` +
          'Please check in at the host stand. Reply STOP to opt out.',
  });
}

module.exports = { tableReady };
""", sid=twilio_sid(), tok=_tok), _tok, "https://www.twilio.com/docs/iam/credentials/api#authentication")

add("blind-ee/js/decoy-twilio-ids", "services/reservations/src/sms.v2.js", fill("""\
// Waitlist texts through a Messaging Service. Credentials come from the environment (ECS task
// definition pulls them from Secrets Manager); the SIDs below are identifiers, not secrets.
const twilio = require('twilio');

const client = twilio(process.env.TWILIO_API_KEY_SID, process.env.TWILIO_API_KEY_SECRET, {
  accountSid: '@@sid@@',
});
const MESSAGING_SERVICE_SID = 'MG@@mg@@';

async function tableReady(party) {
  return client.messages.create({
    messagingServiceSid: MESSAGING_SERVICE_SID,
    to: party.phone,
    body: `Hi ${party.firstName}, your table on the terrace is ready.`,
  });
}

module.exports = { tableReady };
""", sid=twilio_sid(), mg=hexs(32)), None, "https://www.twilio.com/docs/iam/api-keys")

_hook = slack_webhook()
add("blind-ee/python/slack-webhook", "tasting-room/reports/post_daily_summary.py", fill('''\
import datetime as dt
import json
import urllib.request

from square_daily_sales import sales_for

WEBHOOK = "@@hook@@"


def post(text):
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10).read()


if __name__ == "__main__":
    totals = sales_for(dt.date.today())
    lines = [f"*Tasting room, {dt.date.today():%a %b %d}*"]
    lines += [f"- {cat}: ${amt:,.0f}" for cat, amt in totals.most_common(6)]
    lines.append(f"Total: ${sum(totals.values()):,.0f}")
    post("\\n".join(lines))
''', hook=_hook), _hook, "https://api.slack.com/messaging/webhooks")

add("blind-ee/markdown/decoy-redacted-webhook", "tasting-room/reports/README.md", """\
# Tasting-room reports

| Script | When | Where it posts |
| --- | --- | --- |
| `square_daily_sales.py` | 19:00 | e-mail to the GM |
| `post_daily_summary.py` | 19:05 | Slack `#tasting-room` |
| `clover_tips.py` | Mondays | CSV for payroll |

The Slack incoming webhook URL is read from `SLACK_WEBHOOK_URL`. It looks like
`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`; get the real one
from 1Password ("Slack webhook - tasting room"). If a webhook ever lands in git, revoke it in
Slack > Apps > Incoming Webhooks and make a new one.

Logs redact tokens, e.g. `Authorization: Bearer EAAA****************************7f2Q`.
""", None, "https://api.slack.com/messaging/webhooks")

_pk = pkcs8_key()
_escaped = _pk.replace("\n", "\\n") + "\\n"
add("blind-ee/json/gcp-service-account-key", "tasting-room/sheets-sync/service-account.json", fill("""\
{
  "type": "service_account",
  "project_id": "vinecrest-tasting",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "sheets-sync@vinecrest-tasting.iam.gserviceaccount.com",
  "client_id": "104729183746501928374",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40vinecrest-tasting.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), pk=_escaped), _escaped, "https://cloud.google.com/iam/docs/keys-create-delete#creating")

_pw = rand_pw(16)
add("blind-ee/properties/android-signing-password", "apps/club-android/keystore.properties", fill("""\
# Release signing for the club app (Play Console upload key)
storeFile=../signing/vinecrest-upload.jks
storePassword=@@pw@@
keyAlias=vinecrest-upload
keyPassword=@@pw@@
""", pw=_pw), _pw, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

_api = google_api_key()
add("blind-ee/json/decoy-google-services", "apps/club-android/app/google-services.json", fill("""\
{
  "project_info": {
    "project_number": "482019374625",
    "project_id": "vinecrest-club",
    "storage_bucket": "vinecrest-club.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:482019374625:android:3e7a9c1b5d2f4a6e8c0b1d",
        "android_client_info": { "package_name": "wine.vinecrest.club" }
      },
      "oauth_client": [
        { "client_id": "482019374625-7kq2n9v4p1s8d3f6h0j5m2x8c4b7z1a9.apps.googleusercontent.com", "client_type": 3 }
      ],
      "api_key": [ { "current_key": "@@api@@" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", api=_api), None, "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different")

_sec = draw(64, URLSAFE)
add("blind-ee/plist/toast-client-secret", "apps/terrace-ipad/TerraceOrders/Info.plist", fill("""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Terrace Orders</string>
	<key>CFBundleIdentifier</key>
	<string>wine.vinecrest.terrace</string>
	<key>CFBundleShortVersionString</key>
	<string>1.4.0</string>
	<key>ToastAPIHost</key>
	<string>https://ws-api.toasttab.com</string>
	<key>ToastClientID</key>
	<string>Vn3xR8kQ2mZ7LpT5</string>
	<key>ToastClientSecret</key>
	<string>@@sec@@</string>
	<key>ToastRestaurantGUID</key>
	<string>6f2b9e1c-4a7d-4c3e-8b5f-1d9a0e7c2b46</string>
	<key>UIRequiresFullScreen</key>
	<true/>
</dict>
</plist>
""", sec=_sec), _sec, "https://doc.toasttab.com/doc/devguide/authentication.html")

_sec = rand_pw(24)
add("blind-ee/freeradius/shared-secret", "network/tasting-room/raddb/clients.conf", fill("""\
# RADIUS clients: the tasting-room APs authenticate staff Wi-Fi (WPA2-Enterprise) here
client tr-ap-terrace {
    ipaddr = 10.50.30.2
    secret = @@sec@@
    shortname = tr-ap-terrace
    nas_type = other
}

client localhost {
    ipaddr = 127.0.0.1
    secret = testing123
    shortname = localhost
}
""", sec=_sec), _sec, "https://www.freeradius.org/documentation/freeradius-server/3.2.3/raddb/clients.conf.html")

_r = _rng()
_rows = []
for _i in range(10):
    _rows.append(f"2024-11-0{_r.randint(1, 9)} {_r.randint(11, 17)}:{_r.randint(10, 59)},TR{_r.randint(1, 3)},"
                 f"{_r.choice(['VISA', 'MC', 'AMEX', 'DISC'])},************{_r.randint(1000, 9999)},"
                 f"{draw(6, UPPER_DIGITS)},{_r.randint(25, 480)}.{_r.randint(0, 99):02d},{uuid4()}")
add("blind-ee/csv/decoy-masked-card-log", "tasting-room/exports/settlement_sample.csv",
    "settled_at,terminal,brand,card,auth_code,amount,payment_id\n" + "\n".join(_rows) + "\n",
    None, "https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/what-are-acceptable-formats-for-truncation-of-primary-account-numbers/")

# ================================================================================================
# Compliance and excise reporting
# ================================================================================================

_pw = words_pw()
add("blind-ee/python/shipcompliant-password", "compliance/shipcompliant/check_compliance.py", fill('''\
"""Pre-check DTC orders against state shipping rules (ShipCompliant / Sovos) before release."""
from zeep import Client

WSDL = "https://ws.shipcompliant.com/services/1.2/SalesOrderService.asmx?WSDL"
SECURITY = {
    "PartnerKey": "VINECREST",
    "Username": "api@vinecrest.wine",
    "Password": "@@pw@@",
}


def check(order):
    client = Client(WSDL)
    request = {
        "Security": SECURITY,
        "AddressOption": {"IgnoreStreetLevelErrors": True, "RejectIfAddressSuggested": "false"},
        "IncludeSalesTaxRates": True,
        "SalesOrder": order,
    }
    response = client.service.CheckComplianceOfSalesOrderWithAddressValidation(Request=request)
    results = response.ComplianceResult
    if not results.IsCompliant:
        return [rule.RuleDescription for shipment in results.Shipments.ShipmentComplianceResponse
                for rule in shipment.Rules.RuleComplianceResponse if not rule.IsCompliant]
    return []
''', pw=_pw), _pw, "https://developers.sovos.com/shipcompliant/")

_pw = rand_pw(16)
add("blind-ee/csharp/shipcompliant-password", "compliance/ExciseReports/ShipCompliantClient.cs", fill("""\
using System;
using System.Threading.Tasks;
using ShipCompliant.ReportService;

namespace VineCrest.ExciseReports
{
    /// Pulls the monthly DTC shipment volumes per state for the excise returns.
    public class ShipCompliantClient
    {
        private const string PartnerKey = "VINECREST";
        private const string Username = "excise-reports@vinecrest.wine";
        private const string Password = "@@pw@@";

        private readonly ReportServiceSoapClient _client =
            new ReportServiceSoapClient(ReportServiceSoapClient.EndpointConfiguration.ReportServiceSoap12);

        public async Task<GetShipmentsByStateResponse> ShipmentsByStateAsync(DateTime month)
        {
            var request = new GetShipmentsByStateRequest
            {
                Security = new Security { PartnerKey = PartnerKey, Username = Username, Password = Password },
                StartDate = new DateTime(month.Year, month.Month, 1),
                EndDate = new DateTime(month.Year, month.Month, 1).AddMonths(1).AddDays(-1),
                IncludeReturns = true,
            };
            return await _client.GetShipmentsByStateAsync(request);
        }
    }
}
""", pw=_pw), _pw, "https://developers.sovos.com/shipcompliant/")

_key = hexs(16, upper=True)
add("blind-ee/ruby/avalara-license-key", "apps/club-portal/config/initializers/avatax.rb", fill("""\
# AvaTax: sales tax on DTC wine shipments (excise is filed separately through ShipCompliant)
AvaTax.configure do |config|
  config.endpoint = "https://rest.avatax.com"
  config.username = "2000145678"
  config.password = "@@key@@"
  config.app_name = "vinecrest-club-portal"
  config.app_version = "3.4"
  config.machine_name = Socket.gethostname
  config.faraday_response = true
end

AVATAX_COMPANY_CODE = "VINECREST"
AVATAX_WINE_TAX_CODE = "PA3020400"
""", key=_key), _key, "https://developer.avalara.com/avatax/authentication-in-avatax/")

add("blind-ee/ruby/decoy-env-fetch", "apps/club-portal/config/initializers/avatax.staging.rb", """\
# Staging: sandbox AvaTax account; credentials from Rails credentials (config/credentials/staging.yml.enc)
creds = Rails.application.credentials.avatax || {}

AvaTax.configure do |config|
  config.endpoint = "https://sandbox-rest.avatax.com"
  config.username = creds.fetch(:account_id) { ENV.fetch("AVATAX_ACCOUNT_ID") }
  config.password = creds.fetch(:license_key) { ENV.fetch("AVATAX_LICENSE_KEY") }
  config.app_name = "vinecrest-club-portal-staging"
end

AVATAX_COMPANY_CODE = "VINECREST-SBX"
""", None, "https://guides.rubyonrails.org/security.html#custom-credentials")

_pw = human_pw()
add("blind-ee/r/dbi-password", "compliance/ttb/report_5120_17.R", fill("""\
# TTB F 5120.17 (Report of Wine Premises Operations): monthly volumes by tax class
library(DBI)
library(dplyr)
library(lubridate)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "warehouse.internal",
  dbname = "cellar",
  user = "compliance",
  password = "@@pw@@"
)

month_start <- floor_date(Sys.Date() - months(1), "month")
month_end <- ceiling_date(month_start, "month") - days(1)

movements <- tbl(con, "bulk_movements") %>%
  filter(moved_on >= month_start, moved_on <= month_end) %>%
  group_by(tax_class, movement_type) %>%
  summarise(gallons = sum(wine_gallons, na.rm = TRUE), .groups = "drop") %>%
  collect()

write.csv(movements, sprintf("out/5120_17_%s.csv", format(month_start, "%Y%m")), row.names = FALSE)
dbDisconnect(con)
""", pw=_pw), _pw, "https://rpostgres.r-dbi.org/reference/postgres.html")

add("blind-ee/r/decoy-keyring", "compliance/ttb/report_5000_24.R", """\
# TTB F 5000.24 (Excise Tax Return): tax due by class, credit for small producers (CBMA)
library(DBI)
library(dplyr)

con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("WAREHOUSE_HOST", "warehouse.internal"),
  dbname = "cellar",
  user = "compliance",
  password = keyring::key_get("warehouse", "compliance")
)

rates <- tibble::tribble(
  ~tax_class,              ~rate_per_gal, ~cbma_credit,
  "not over 16% ABV",       1.07,         1.00,
  "16-21% ABV",             1.57,         1.00,
  "21-24% ABV",             3.15,         1.00,
  "sparkling",              3.40,         1.00
)

removals <- tbl(con, "taxpaid_removals") %>%
  filter(period == !!format(Sys.Date() - 15, "%Y-%m")) %>%
  collect()

due <- removals %>% left_join(rates, by = "tax_class") %>%
  mutate(tax = wine_gallons * (rate_per_gal - cbma_credit))
print(summarise(due, total_tax = sum(tax)))
""", None, "https://keyring.r-lib.org/reference/key_get.html")

add("blind-ee/markdown/decoy-permit-numbers", "compliance/README.md", """\
# Compliance

| What | Number | Public? |
| --- | --- | --- |
| TTB basic permit (winery) | `BWN-CA-21873` | yes, on every COLA |
| Bonded winery registry | `BW-CA-4412` | yes |
| CA ABC license (Type 02) | `604823` | yes, ABC lookup |
| CA CDTFA excise account | `TW MT 44-019283` | on returns only |
| FDA food facility registration | `18273645092` | not secret, not published |

COLA ids for the current labels are in `labels/colas.csv` (e.g. `24011001000347`); they are
public in the TTB COLA registry.

Monthly: TTB F 5120.17 (report of wine premises operations) by the 15th, via Permits Online.
Quarterly: TTB F 5000.24 (excise return) through Pay.gov. Credentials for both are personal
logins held by the compliance manager; they are never shared or stored here.
""", None, "https://www.ttb.gov/wine/wine-permits")

_pw = rand_pw(20)
add("blind-ee/python/airflow-connection-uri", "compliance/airflow/dags/state_excise_returns.py", fill('''\
"""Monthly: build the state DTC excise files and drop them on the filing service SFTP."""
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.sftp.hooks.sftp import SFTPHook
from airflow.models.connection import Connection

FILING_SFTP = Connection.from_json("""{
    "conn_type": "sftp",
    "host": "sftp.statefilings.example-filer.com",
    "login": "vinecrest",
    "password": "@@pw@@",
    "port": 22
}""", conn_id="state_filing_sftp")


def upload(**ctx):
    hook = SFTPHook(ssh_conn_id=FILING_SFTP.conn_id)
    period = ctx["data_interval_start"].strftime("%Y%m")
    for state in ("OR", "WA", "CO", "TX", "FL"):
        hook.store_file(f"/inbound/{state}/DTC_{period}.csv", f"/opt/excise/out/{state}_{period}.csv")


with DAG("state_excise_returns", start_date=datetime(2024, 1, 1), schedule="0 6 3 * *", catchup=False) as dag:
    PythonOperator(task_id="upload", python_callable=upload)
''', pw=_pw), _pw, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#json-format-example")

add("blind-ee/python/decoy-airflow-conn-id", "compliance/airflow/dags/ttb_monthly.py", '''\
"""Monthly TTB 5120.17 extract. Connections are defined in the Airflow UI / secrets backend."""
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.providers.postgres.hooks.postgres import PostgresHook
from airflow.operators.python import PythonOperator


def extract(**ctx):
    hook = PostgresHook(postgres_conn_id="warehouse_compliance")
    period = ctx["data_interval_start"].strftime("%Y-%m")
    df = hook.get_pandas_df("select * from ttb_5120_17_lines where period = %s", parameters=[period])
    out = Variable.get("ttb_output_dir", default_var="/opt/excise/out")
    df.to_csv(f"{out}/5120_17_{period}.csv", index=False)


with DAG("ttb_monthly", start_date=datetime(2024, 1, 1), schedule="0 5 2 * *", catchup=False) as dag:
    PythonOperator(task_id="extract", python_callable=extract)
''', None, "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/secrets-backend/index.html")

_pw = words_pw()
add("blind-ee/java/jsch-sftp-password", "compliance/excise-filer/src/main/java/wine/vinecrest/excise/FilingUploader.java", fill("""\
package wine.vinecrest.excise;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

import java.nio.file.Path;

/** Uploads the monthly beer-and-wine excise return file to the state's e-file SFTP. */
public final class FilingUploader {
    private static final String HOST = "efile-sftp.revenue.example.gov";
    private static final String USER = "bw_21873";
    private static final String PASSWORD = "@@pw@@";

    public static void upload(Path file) throws Exception {
        JSch jsch = new JSch();
        jsch.setKnownHosts(System.getProperty("user.home") + "/.ssh/known_hosts");
        Session session = jsch.getSession(USER, HOST, 22);
        session.setPassword(PASSWORD);
        session.connect(30_000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        try {
            sftp.put(file.toString(), "/inbound/" + file.getFileName());
        } finally {
            sftp.disconnect();
            session.disconnect();
        }
    }

    private FilingUploader() {
    }
}
""", pw=_pw), _pw, "http://www.jcraft.com/jsch/examples/Sftp.java.html")

_pw = rand_pw(18)
add("blind-ee/ansible/mysql-root-password", "ansible/roles/compliance-db/defaults/main.yml", fill("""\
---
compliance_db_name: compliance
compliance_db_user: compliance_app
mysql_root_password: "@@pw@@"
mysql_bind_address: 127.0.0.1
mysql_innodb_buffer_pool_size: 512M
mysql_backup_dir: /srv/backups/mysql
mysql_backup_keep_days: 14
compliance_db_app_password: "{{ vault_compliance_db_app_password }}"
""", pw=_pw), _pw, "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html")

_lines = []
_blob = hexs(640)
for _i in range(0, len(_blob), 80):
    _lines.append(_blob[_i:_i + 80])
add("blind-ee/ansible/decoy-vault-ciphertext", "ansible/group_vars/compliance/vault.yml",
    "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(_lines) + "\n", None,
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

_kid, _sec = uuid4(), draw(48)
add("blind-ee/go/vinoshipper-api-secret", "compliance/vinoshipper-sync/client.go", fill("""\
package vinoshipper

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL   = "https://vinoshipper.com/api/v3"
	apiKeyID  = "@@kid@@"
	apiSecret = "@@sec@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

// ComplianceReport fetches the monthly per-state volumes Vinoshipper files on our behalf.
func (c *Client) ComplianceReport(year, month int) (map[string]float64, error) {
	req, err := http.NewRequest("GET", fmt.Sprintf("%s/producers/reports/compliance?year=%d&month=%d", baseURL, year, month), nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(apiKeyID, apiSecret)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("vinoshipper: %s", resp.Status)
	}
	var out map[string]float64
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
""", kid=_kid, sec=_sec), _sec, "https://developer.vinoshipper.com/docs/authentication")

_pw = rand_pw(20)
add("blind-ee/pgpass/postgres-password", "compliance/ops/.pgpass", fill("""\
# hostname:port:database:username:password
warehouse.internal:5432:cellar:compliance:@@pw@@
warehouse.internal:5432:cellar:readonly:*
localhost:5432:*:postgres:*
replica.internal:5432:cellar:compliance:@@pw@@
""", pw=_pw), _pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

_pw = words_pw()
add("blind-ee/dockerfile/env-password", "compliance/excise-filer/Dockerfile", fill("""\
FROM eclipse-temurin:21-jre-jammy

WORKDIR /app
COPY build/libs/excise-filer-all.jar /app/excise-filer.jar

ENV SHIPCOMPLIANT_USER=excise-reports@vinecrest.wine \\
    SHIPCOMPLIANT_PASSWORD=@@pw@@ \\
    FILING_OUTPUT=/data/out \\
    TZ=America/Los_Angeles

VOLUME ["/data"]
USER 1000:1000
ENTRYPOINT ["java", "-jar", "/app/excise-filer.jar"]
CMD ["--month", "previous"]
""", pw=_pw), _pw, "https://docs.docker.com/reference/dockerfile/#env")

add("blind-ee/dockerfile/decoy-build-secret", "compliance/excise-filer/Dockerfile.build", """\
# syntax=docker/dockerfile:1.7
FROM gradle:8.7-jdk21@sha256:4c9a2f1b8e7d6c5a3b2e1f0d9c8b7a6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a AS build
WORKDIR /src
COPY . .
# The private Maven repo token is mounted only for this RUN; it never lands in a layer.
RUN --mount=type=secret,id=maven_token,env=MAVEN_TOKEN \\
    gradle --no-daemon shadowJar -PvinecrestRepoToken="$MAVEN_TOKEN"

FROM eclipse-temurin:21-jre-jammy@sha256:9e1d7b3c5a2f8e4d6b0c1a3f5e7d9b2c4a6e8f0d1b3c5a7e9f2d4b6c8a0e1f3d
ARG SHIPCOMPLIANT_USER
ENV SHIPCOMPLIANT_USER=${SHIPCOMPLIANT_USER}
COPY --from=build /src/build/libs/excise-filer-all.jar /app/excise-filer.jar
USER 1000:1000
ENTRYPOINT ["java", "-jar", "/app/excise-filer.jar"]
""", None, "https://docs.docker.com/build/building/secrets/")

_pw = human_pw()
add("blind-ee/jenkinsfile/curl-basic-password", "compliance/Jenkinsfile", fill("""\
pipeline {
    agent { label 'linux' }
    triggers { cron('H 6 3 * *') }
    stages {
        stage('Build returns') {
            steps {
                sh './gradlew :excise-filer:run --args="--month previous --out out/"'
            }
        }
        stage('Submit to filing service') {
            steps {
                sh '''
                    for f in out/*.csv; do
                      curl -fsS -u vinecrest:@@pw@@ \\
                        -F "file=@${f}" https://filings.example-filer.com/api/v1/upload
                    done
                '''
            }
        }
    }
    post {
        failure { mail to: 'compliance@vinecrest.wine', subject: "Excise filing failed: ${env.BUILD_URL}", body: 'See Jenkins.' }
    }
}
""", pw=_pw), _pw, "https://curl.se/docs/manpage.html#-u")

add("blind-ee/jenkinsfile/decoy-with-credentials", "compliance/Jenkinsfile.ttb", """\
pipeline {
    agent { label 'linux' }
    triggers { cron('H 5 2 * *') }
    environment {
        WAREHOUSE = credentials('warehouse-compliance')   // username:password credential
    }
    stages {
        stage('Extract 5120.17') {
            steps {
                sh 'python3 ttb/extract.py --user "$WAREHOUSE_USR" --period previous'
            }
        }
        stage('Upload to SharePoint') {
            steps {
                withCredentials([string(credentialsId: 'sharepoint-upload-token', variable: 'SP_TOKEN')]) {
                    sh 'python3 ttb/upload.py --token-env SP_TOKEN out/*.csv'
                }
            }
        }
    }
}
""", None, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials")

_sec = draw(40)
add("blind-ee/python/quickbooks-client-secret", "finance/qbo/post_excise_accrual.py", fill('''\
"""Post the monthly excise tax accrual journal entry to QuickBooks Online."""
from intuitlib.client import AuthClient
from quickbooks import QuickBooks
from quickbooks.objects.journalentry import JournalEntry, JournalEntryLine, JournalEntryLineDetail

auth_client = AuthClient(
    client_id="ABk3Q9xZr2Lm7Tv5Wc8Yp1Nd4Hs6Gj0Fe3Ku9Bq2Rx7Mz",
    client_secret="@@sec@@",
    environment="production",
    redirect_uri="https://ops.vinecrest.wine/qbo/callback",
)


def post_accrual(refresh_token, realm_id, amount, memo):
    qb = QuickBooks(auth_client=auth_client, refresh_token=refresh_token, company_id=realm_id)
    entry = JournalEntry()
    for account_id, posting in (("212", "Credit"), ("6150", "Debit")):
        line = JournalEntryLine()
        line.Amount = amount
        line.JournalEntryLineDetail = JournalEntryLineDetail()
        line.JournalEntryLineDetail.PostingType = posting
        line.JournalEntryLineDetail.AccountRef = {"value": account_id}
        entry.Line.append(line)
    entry.PrivateNote = memo
    entry.save(qb=qb)
''', sec=_sec), _sec, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0")

_pw = words_pw()
add("blind-ee/vba/odbc-password", "compliance/excel/ExciseWorkbook.bas", fill("""\
Attribute VB_Name = "ExciseData"
Option Explicit

' Refreshes the "Removals" sheet of the excise workbook from the cellar warehouse.
Public Sub RefreshRemovals()
    Dim conn As Object, rs As Object
    Dim sql As String
    Set conn = CreateObject("ADODB.Connection")
    conn.Open "Driver={PostgreSQL Unicode(x64)};Server=warehouse.internal;Port=5432;" & _
              "Database=cellar;Uid=compliance;Pwd=@@pw@@;sslmode=require;"
    sql = "select tax_class, sum(wine_gallons) as gallons from taxpaid_removals " & _
          "where period = '" & Sheets("Setup").Range("B2").Value & "' group by tax_class order by 1"
    Set rs = conn.Execute(sql)
    With Sheets("Removals")
        .Range("A2:B50").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    conn.Close
End Sub
""", pw=_pw), _pw, "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/open-method-ado-connection")

_mac = "ENC[AES256_GCM,data:" + b64bytes(24) + ",iv:" + b64bytes(32) + ",tag:" + b64bytes(16) + ",type:str]"
add("blind-ee/yaml/decoy-sops-encrypted", "compliance/k8s/secrets.enc.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
    name: excise-filer
    namespace: compliance
type: Opaque
stringData:
    SHIPCOMPLIANT_PASSWORD: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
    FILING_SFTP_PASSWORD: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1qyv8k2lz4x9w3r5t7p0s6m8n2d4f6h8j0k2l4z6x8c0v2b4n6m8q0w2e4
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-10-28T17:42:11Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.9.1
""", d1=b64bytes(15), i1=b64bytes(32), t1=b64bytes(16), d2=b64bytes(18), i2=b64bytes(32), t2=b64bytes(16),
        a1=b64bytes(48), a2=b64bytes(48), mac=_mac), None, "https://github.com/getsops/sops#encrypting-using-age")

_key = azure_storage_key()
add("blind-ee/gitlab-ci/azure-storage-key", "compliance/.gitlab-ci.yml", fill("""\
stages:
  - build
  - publish

variables:
  AZURE_STORAGE_ACCOUNT: vcwcompliance
  AZURE_STORAGE_KEY: "@@key@@"
  REPORT_CONTAINER: excise-archive

build-reports:
  stage: build
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - python -m excise.build --month previous --out out/
  artifacts:
    paths: [out/]
    expire_in: 7 days

archive:
  stage: publish
  image: mcr.microsoft.com/azure-cli:2.61.0
  script:
    - az storage blob upload-batch --destination "$REPORT_CONTAINER" --source out/ --overwrite
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
""", key=_key), _key, "https://learn.microsoft.com/en-us/cli/azure/storage/blob#az-storage-blob-upload-batch")

add("blind-ee/gitlab-ci/decoy-masked-variables", "finance/.gitlab-ci.yml", """\
# Variables QBO_CLIENT_SECRET, QBO_REFRESH_TOKEN and WAREHOUSE_PASSWORD are masked, protected
# CI/CD variables in Settings > CI/CD; nothing secret lives in this file.
stages: [post]

post-accrual:
  stage: post
  image: python:3.12-slim
  id_tokens:
    VAULT_ID_TOKEN:
      aud: https://vault.vinecrest.internal
  secrets:
    QBO_REFRESH_TOKEN:
      vault: finance/qbo/refresh_token@kv
      file: false
  script:
    - pip install -r finance/requirements.txt
    - python finance/qbo/post_excise_accrual.py --amount "$ACCRUAL_AMOUNT" --realm "$QBO_REALM_ID"
  rules:
    - if: $CI_PIPELINE_SOURCE == "web"
""", None, "https://docs.gitlab.com/ee/ci/secrets/")

_pw = rand_pw(16)
add("blind-ee/ini/odbc-password", "compliance/ops/odbc.ini", fill("""\
[ODBC Data Sources]
CellarWarehouse = PostgreSQL Unicode
LegacyCompliance = FreeTDS

[CellarWarehouse]
Driver = PostgreSQL Unicode
Servername = warehouse.internal
Port = 5432
Database = cellar
UserName = compliance
Password = @@pw@@
SSLmode = require

[LegacyCompliance]
Driver = FreeTDS
Server = 10.40.1.12
Port = 1433
Database = Compliance2012
TDS_Version = 7.4
""", pw=_pw), _pw, "https://odbc.postgresql.org/docs/config.html")

# ================================================================================================
# Distributor EDI: SFTP, AS2, PGP, VAN mailboxes, depletion feeds
# ================================================================================================

_key = openssh_key()
add("blind-ee/ssh-key/openssh-private-key", "edi/keys/id_ed25519_southern_glazers", _key + "\n",
    _key, "https://man.openbsd.org/ssh-keygen.1")

_pw = words_pw()
add("blind-ee/go/sftp-password", "edi/uploader/main.go", fill("""\
package main

import (
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

// Pushes outbound 856 (ship notice) files to the distributor's EDI mailbox.
func main() {
	config := &ssh.ClientConfig{
		User:            "VINECRESTW",
		Auth:            []ssh.AuthMethod{ssh.Password("@@pw@@")},
		HostKeyCallback: ssh.FixedHostKey(mustHostKey("keys/edi.breakthrubev.com.pub")),
	}
	conn, err := ssh.Dial("tcp", "edi.breakthrubev.com:22", config)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	client, err := sftp.NewClient(conn)
	if err != nil {
		log.Fatal(err)
	}
	defer client.Close()

	files, _ := filepath.Glob("outbound/856_*.edi")
	for _, name := range files {
		src, err := os.Open(name)
		if err != nil {
			log.Fatal(err)
		}
		dst, err := client.Create("/inbound/" + filepath.Base(name))
		if err != nil {
			log.Fatal(err)
		}
		if _, err := io.Copy(dst, src); err != nil {
			log.Fatal(err)
		}
		src.Close()
		dst.Close()
		os.Rename(name, "sent/"+filepath.Base(name))
	}
}
""", pw=_pw), _pw, "https://pkg.go.dev/golang.org/x/crypto/ssh#Password")

_pw = passphrase()
add("blind-ee/python/ssh-key-passphrase", "edi/depletions/fetch_vip.py", fill('''\
"""Fetch the weekly VIP depletion extract (iDIG) for our brands from the distributor SFTP."""
import datetime as dt
import pathlib

import paramiko

HOST = "sftp.vermontinfo.com"
USER = "vinecrest_sup"
KEY_FILE = pathlib.Path.home() / ".ssh" / "vip_rsa"
KEY_PASSPHRASE = "@@pw@@"


def fetch(dest="depletions/raw"):
    key = paramiko.RSAKey.from_private_key_file(str(KEY_FILE), password=KEY_PASSPHRASE)
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, pkey=key)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        week = dt.date.today().strftime("%G%V")
        for name in sftp.listdir("/outbound"):
            if name.startswith(f"DEPL_{week}"):
                sftp.get(f"/outbound/{name}", f"{dest}/{name}")
                print("fetched", name)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    fetch()
''', pw=_pw), _pw, "https://docs.paramiko.org/en/stable/api/keys.html#paramiko.pkey.PKey.from_private_key_file")

_r = _rng()
_body = []
_b = b64bytes(48 * 20)
for _i in range(0, len(_b), 64):
    _body.append(_b[_i:_i + 64])
_pgp = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQWGBGXk" + draw(56, ALNUM + "+/") + "\n" + "\n".join(_body[:18])
        + "\n=" + draw(4, ALNUM + "+/") + "\n-----END PGP PRIVATE KEY BLOCK-----")
add("blind-ee/pgp/private-key-block", "edi/pgp/vinecrest-edi-secret.asc", _pgp + "\n", _pgp,
    "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

_body = []
_b = b64bytes(48 * 10)
for _i in range(0, len(_b), 64):
    _body.append(_b[_i:_i + 64])
add("blind-ee/pgp/decoy-public-key-block", "edi/pgp/rndc-edi-public.asc",
    "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: RNDC EDI encryption key (public), fingerprint 7A3F 91C2 0D4E 6B58 A1C9  3E72 F08D 4B16 9C25 E3A7\n\nmQINBGT"
    + draw(57, ALNUM + "+/") + "\n" + "\n".join(_body) + "\n=" + draw(4, ALNUM + "+/") + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
    None, "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

add("blind-ee/pem/decoy-partner-certificate", "edi/as2/partners/johnson-brothers-as2.pem",
    "# Johnson Brothers AS2 signing/encryption certificate, valid 2024-02-01 to 2026-02-01\n"
    "# SHA-256 fingerprint 4E:91:0A:7C:2B:D3:58:F6:1E:A4:97:3C:05:B8:6D:E2:49:1F:C7:80:3A:5D:92:E6:0B:74:18:C5:AF:36:D9:21\n"
    + cert_pem(18) + "\n", None, "https://www.rfc-editor.org/rfc/rfc4130")

_pw = rand_pw(16)
add("blind-ee/xml/openas2-keystore-password", "edi/as2/openas2/config/config.xml", fill("""\
<?xml version="1.0" encoding="UTF-8"?>
<openas2>
  <properties storageBaseDir="%home%/../data" log_date_format="yyyy-MM-dd HH:mm:ss.SSS"
              as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.1234$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                filename="%home%/as2_certs.p12"
                password="@@pw@@"
                interval="300"/>
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
                filename="%home%/partnerships.xml"/>
  <commandProcessors>
    <commandProcessor classname="org.openas2.cmd.processor.StreamCommandProcessor"/>
  </commandProcessors>
  <processor classname="org.openas2.processor.DefaultProcessor" pendingMDN="%home%/../data/pendingMDN3"
             pendingMDNinfo="%home%/../data/pendinginfoMDN3">
    <module classname="org.openas2.processor.sender.AS2SenderModule"/>
    <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="10080"
            errordir="%home%/../data/inbox/error" errorformat="sender.as2_id, receiver.as2_id, headers.message-id"/>
  </processor>
</openas2>
""", pw=_pw), _pw, "https://github.com/OpenAS2/OpenAs2App/blob/master/Server/src/config/config.xml")

_key = ec_key()
add("blind-ee/pem/ec-private-key", "edi/as2/keys/vinecrest-as2-signing.key", "# AS2 signing key, generated 2024-02-01 (openssl ecparam -name prime256v1 -genkey)\n" + _key + "\n",
    _key, "https://www.openssl.org/docs/manmaster/man1/openssl-ecparam.html")

add("blind-ee/edi/decoy-x12-purchase-order", "edi/samples/850_RNDC_20241104.edi", """\
ISA*00*          *00*          *ZZ*RNDCEDI        *ZZ*VINECRESTW     *241104*0615*U*00401*000004127*0*P*>~
GS*PO*RNDCEDI*VINECRESTW*20241104*0615*4127*X*004010~
ST*850*0001~
BEG*00*SA*4500187293**20241104~
REF*DP*0317~
DTM*002*20241118~
N1*ST*RNDC NORTHERN CA*92*0317~
N3*1250 ENTERPRISE WAY~
N4*UNION CITY*CA*94587~
PO1*1*56*CA*132.00**UP*850012340015*VN*CAB-ES-2021~
PID*F****ESTATE CABERNET SAUVIGNON 2021 750ML 12PK~
PO1*2*84*CA*96.00**UP*850012340022*VN*CHD-RR-2023~
PID*F****RUSSIAN RIVER CHARDONNAY 2023 750ML 12PK~
CTT*2~
SE*13*0001~
GE*1*4127~
IEA*1*000004127~
""", None, "https://x12.org/products/transaction-sets")

_pw = draw(10, UPPER_DIGITS)
add("blind-ee/edi/isa-security-password", "edi/outbound/810_SGWS_20241105.edi", fill("""\
ISA*00*          *01*@@pw@@*ZZ*VINECRESTW     *ZZ*SGWSEDI        *241105*1402*U*00401*000000883*0*P*>~
GS*IN*VINECRESTW*SGWSEDI*20241105*1402*883*X*004010~
ST*810*0001~
BIG*20241105*INV-24-11873*20241029*4500187011~
N1*RE*VINECREST WINERY*92*VCW01~
N1*ST*SOUTHERN GLAZERS NORCAL*92*2210~
IT1*1*60*CA*132.00**UP*850012340015~
IT1*2*40*CA*96.00**UP*850012340022~
TDS*1176000~
CTT*2~
SE*9*0001~
GE*1*883~
IEA*1*000000883~
""", pw=_pw), _pw, "https://x12.org/resources/glossary/isa-interchange-control-header")

_pw = words_pw()
add("blind-ee/xml/filezilla-base64-password", "edi/ops/filezilla/sitemanager.xml", fill("""\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
	<Servers>
		<Server>
			<Host>edi.breakthrubev.com</Host>
			<Port>22</Port>
			<Protocol>1</Protocol>
			<Type>0</Type>
			<User>VINECRESTW</User>
			<Pass encoding="base64">@@b@@</Pass>
			<Logontype>1</Logontype>
			<Name>Breakthru EDI mailbox</Name>
			<RemoteDir>1 0 7 inbound</RemoteDir>
			<SyncBrowsing>0</SyncBrowsing>
		</Server>
	</Servers>
</FileZilla3>
""", b=b64(_pw)), _pw, "https://wiki.filezilla-project.org/Site_Manager")

_pw = human_pw()
add("blind-ee/crontab/curl-user-password", "edi/ops/crontab.txt", fill("""\
# m h dom mon dow  command   (edi@edi-gw-01)
SHELL=/bin/bash
MAILTO=edi-alerts@vinecrest.wine
# weekly depletions from Johnson Brothers portal (Monday 05:20)
20 5 * * 1  curl -fsS -u vinecrest.supplier:@@pw@@ -o /srv/edi/depletions/jb_$(date +\\%G\\%V).csv https://supplierportal.johnsonbrothers.com/api/depletions/latest.csv
# outbound 856s every 15 min
*/15 * * * *  /opt/edi/bin/uploader >> /var/log/edi/uploader.log 2>&1
# prune archives older than 400 days
30 3 * * *  find /srv/edi/archive -type f -mtime +400 -delete
""", pw=_pw), _pw, "https://curl.se/docs/manpage.html#-u")

add("blind-ee/ssh/decoy-known-hosts", "edi/keys/known_hosts", fill("""\
edi.breakthrubev.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
edi.breakthrubev.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k2@@=
sftp.vermontinfo.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@=
|1|@@h1@@=|@@h2@@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@
sftp.statefilings.example-filer.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k5@@
""", k1=draw(43, ALNUM + "+/"), k2=draw(87, ALNUM + "+/"), k3=draw(371, ALNUM + "+/"), h1=draw(27, ALNUM + "+/"),
        h2=draw(27, ALNUM + "+/"), k4=draw(43, ALNUM + "+/"), k5=draw(43, ALNUM + "+/")), None,
    "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

add("blind-ee/ssh/decoy-authorized-keys", "edi/ops/authorized_keys", "\n".join([
    "# edi-gw-01: who may log in as edi",
    ssh_pub("dana@vinecrest-mbp"),
    ssh_pub("miguel@tr-office"),
    'command="/opt/edi/bin/receive-only",no-port-forwarding,no-pty ' + ssh_pub("rndc-edi-push"),
    ssh_pub("jenkins@ci-01"),
]) + "\n", None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

_pw = rand_pw(14)
add("blind-ee/netrc/ftp-password", "edi/ops/.netrc", fill("""\
machine ftp.libdib.com
login vinecrest
password @@pw@@

machine edi.breakthrubev.com
login VINECRESTW
""", pw=_pw), _pw, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

_pw = words_pw()
add("blind-ee/perl/net-ftp-password", "edi/legacy/send_orders.pl", fill("""\
#!/usr/bin/perl
# Legacy: push purchase-order acknowledgements (855) to the Wine Warehouse FTP.
use strict;
use warnings;
use Net::FTP;
use File::Basename;

my $host = 'ftp.winewarehouse.com';
my $user = 'vinecrest';
my $pass = '@@pw@@';

my $ftp = Net::FTP->new($host, Passive => 1, Timeout => 60)
    or die "Cannot connect to $host: $@";
$ftp->login($user, $pass) or die "Login failed: ", $ftp->message;
$ftp->cwd('/in') or die "cwd failed: ", $ftp->message;
$ftp->ascii;

for my $file (glob('/srv/edi/outbound/855_*.edi')) {
    $ftp->put($file) or warn "put $file failed: ", $ftp->message;
    rename $file, '/srv/edi/sent/' . basename($file);
}
$ftp->quit;
""", pw=_pw), _pw, "https://metacpan.org/pod/Net::FTP")

_pw = rand_pw(18)
add("blind-ee/yaml/camel-sftp-uri-password", "edi/integration/src/main/resources/camel/routes.yaml", fill("""\
- route:
    id: sgws-inbound-850
    from:
      uri: "sftp://VINECRESTW@edi.sgws.com:22/outbound"
      parameters:
        password: "@@pw@@"
        delete: true
        delay: 300000
        include: "850_.*\\\\.edi"
        knownHostsFile: /opt/edi/keys/known_hosts
    steps:
      - log: "received ${header.CamelFileName}"
      - to: "file:/srv/edi/inbound/sgws"
      - to: "direct:translate-850"
""", pw=_pw), _pw, "https://camel.apache.org/components/4.4.x/sftp-component.html")

add("blind-ee/yaml/decoy-camel-property-placeholder", "edi/integration/src/main/resources/camel/routes-rndc.yaml", """\
- route:
    id: rndc-inbound-850
    from:
      uri: "sftp://{{rndc.sftp.user}}@{{rndc.sftp.host}}:22/outbound"
      parameters:
        password: "{{rndc.sftp.password}}"
        privateKeyFile: "{{rndc.sftp.key-file}}"
        privateKeyPassphrase: "RAW({{rndc.sftp.key-passphrase}})"
        delete: true
        delay: 300000
    steps:
      - log: "received ${header.CamelFileName}"
      - to: "file:/srv/edi/inbound/rndc"
      - to: "direct:translate-850"
""", None, "https://camel.apache.org/manual/using-propertyplaceholder.html")

_tok = draw(40)
add("blind-ee/js/provi-api-token", "services/trade-orders/src/provi.js", fill("""\
// Pull restaurant and retailer orders placed through Provi for our self-distributed accounts.
const axios = require('axios');

const provi = axios.create({
  baseURL: 'https://api.provi.com/v1',
  timeout: 20000,
  headers: { Authorization: 'Token @@tok@@' },
});

async function openOrders(since) {
  const out = [];
  let page = 1;
  for (;;) {
    const { data } = await provi.get('/supplier/orders', { params: { status: 'open', updated_since: since, page } });
    out.push(...data.results);
    if (!data.next) break;
    page += 1;
  }
  return out;
}

module.exports = { openOrders };
""", tok=_tok), _tok, "https://axios-http.com/docs/instance")

add("blind-ee/markdown/decoy-item-master", "edi/docs/item-master.md", """\
# Item master for distributor EDI

The 850/855/856/810 documents identify wines by UPC (case) and our vendor item number.

| Vendor item | Description | Case UPC | Bottle GTIN-14 | Pack |
| --- | --- | --- | --- | --- |
| CAB-ES-2021 | Estate Cabernet Sauvignon 2021 | 850012340015 | 00850012340008 | 12/750ml |
| CHD-RR-2023 | Russian River Chardonnay 2023 | 850012340022 | 00850012340039 | 12/750ml |
| PN-SC-2022 | Sonoma Coast Pinot Noir 2022 | 850012340046 | 00850012340053 | 12/750ml |
| RSE-2024 | Rose of Grenache 2024 | 850012340060 | 00850012340077 | 12/750ml |

Trading partner ids (ISA06/ISA08, qualifier ZZ):

- VineCrest: `VINECRESTW`
- RNDC: `RNDCEDI`
- Southern Glazer's: `SGWSEDI`
- Breakthru: `BTBEDI01`

Control numbers are kept in `edi/state/control_numbers.json`; never edit by hand.
""", None, "https://www.gs1us.org/upcs-barcodes-prefixes/guide-to-upcs")

_sig = b64bytes(32)
_sas = f"sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-01-31T08:00:00Z&st=2024-11-01T00:00:00Z&spr=https&sig={_sig.replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')}"
add("blind-ee/python/azure-sas-token", "edi/depletions/upload_to_distributor.py", fill('''\
"""Share the weekly depletion reconciliation with the distributor's analytics team (Azure Blob)."""
import pathlib
import sys

from azure.storage.blob import ContainerClient

CONTAINER_URL = "https://rndcsupplierdrop.blob.core.windows.net/vinecrest"
SAS_TOKEN = "@@sas@@"


def upload(path):
    container = ContainerClient.from_container_url(f"{CONTAINER_URL}?{SAS_TOKEN}")
    p = pathlib.Path(path)
    with p.open("rb") as fh:
        container.upload_blob(name=f"reconciliation/{p.name}", data=fh, overwrite=True)
    print("uploaded", p.name)


if __name__ == "__main__":
    upload(sys.argv[1])
''', sas=_sas), _sas.split("sig=")[1], "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview")

_key = azure_storage_key()
add("blind-ee/csharp/azure-storage-connection-string", "edi/DepletionLoader/Program.cs", fill("""\
using Azure.Storage.Blobs;
using System;
using System.IO;
using System.Threading.Tasks;

namespace VineCrest.DepletionLoader
{
    internal static class Program
    {
        private const string StorageConnection =
            "DefaultEndpointsProtocol=https;AccountName=vcwdepletions;AccountKey=@@key@@;EndpointSuffix=core.windows.net";

        private static async Task Main(string[] args)
        {
            var container = new BlobContainerClient(StorageConnection, "raw");
            await container.CreateIfNotExistsAsync();
            foreach (var path in Directory.GetFiles(args.Length > 0 ? args[0] : "depletions/raw", "*.csv"))
            {
                var blob = container.GetBlobClient($"{DateTime.UtcNow:yyyy/MM}/{Path.GetFileName(path)}");
                await blob.UploadAsync(path, overwrite: true);
                Console.WriteLine($"uploaded {path}");
            }
        }
    }
}
""", key=_key), _key, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

add("blind-ee/k8s/decoy-sealed-secret", "deploy/k8s/edi/sealedsecret.yaml", fill("""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: edi-sftp
  namespace: edi
spec:
  encryptedData:
    SGWS_SFTP_PASSWORD: @@a@@
    VIP_KEY_PASSPHRASE: @@b@@
  template:
    metadata:
      name: edi-sftp
      namespace: edi
    type: Opaque
""", a="AgB" + b64bytes(380), b="AgC" + b64bytes(380)), None, "https://github.com/bitnami-labs/sealed-secrets#usage")

# ================================================================================================
# Irrigation controllers, weather stations, remote pump houses
# ================================================================================================

_tok = uuid4()
add("blind-ee/python/rachio-bearer-token", "vineyard/irrigation/rachio_et_adjust.py", fill('''\
"""Shorten or skip drip runs on the estate blocks when reference ET is low (cool, foggy mornings)."""
import requests

RACHIO_TOKEN = "@@tok@@"
API = "https://api.rach.io/1/public"
HEADERS = {"Authorization": f"Bearer {RACHIO_TOKEN}", "Content-Type": "application/json"}

BLOCK_ZONES = {
    "Block 3 Syrah": "c0a7e6f2-8d1b-4c3a-9e5f-2b7d4a1c8e06",
    "Block 7 Cabernet": "4e9b1d3c-7a2f-4b8e-a6c5-0f3d2e1b9a74",
}


def run_zone(zone_id, minutes):
    resp = requests.put(f"{API}/zone/start", json={"id": zone_id, "duration": int(minutes * 60)},
                        headers=HEADERS, timeout=15)
    resp.raise_for_status()


def plan(eto_inches):
    base_minutes = 90
    if eto_inches < 0.08:
        return 0
    return round(base_minutes * min(eto_inches / 0.20, 1.5))


if __name__ == "__main__":
    import sys
    minutes = plan(float(sys.argv[1]))
    for name, zone in BLOCK_ZONES.items():
        if minutes:
            run_zone(zone, minutes)
        print(f"{name}: {minutes} min")
''', tok=_tok), _tok, "https://rachio.readme.io/reference/authentication")

add("blind-ee/python/decoy-device-uuids", "vineyard/irrigation/rachio_status.py", fill('''\
"""Print the state of each Rachio controller; the token comes from the environment."""
import os

import requests

API = "https://api.rach.io/1/public"
HEADERS = {"Authorization": f"Bearer {os.environ['RACHIO_TOKEN']}"}

# Controller ids (from /person/{id}); identifiers, not credentials
CONTROLLERS = {
    "pump-house-north": "@@d1@@",
    "pump-house-south": "@@d2@@",
    "tasting-room-landscape": "@@d3@@",
}

for name, device_id in CONTROLLERS.items():
    d = requests.get(f"{API}/device/{device_id}", headers=HEADERS, timeout=15).json()
    running = [z["name"] for z in d.get("zones", []) if z.get("enabled") and z.get("lastWateredDuration")]
    print(f"{name:24} {d['status']:8} rain_delay={d.get('rainDelayExpirationDate', '-')}, zones={len(d['zones'])}")
''', d1=uuid4(), d2=uuid4(), d3=uuid4()), None, "https://rachio.readme.io/reference/device")

_key = "-".join(hexs(4, upper=True) for _ in range(4))
add("blind-ee/shell/hydrawise-api-key", "vineyard/irrigation/hydrawise_suspend.sh", fill("""\
#!/usr/bin/env bash
# Suspend all Hydrawise zones on the hillside blocks for N days after rain (default 2).
set -euo pipefail
DAYS="${1:-2}"
HYDRAWISE_KEY="@@key@@"
CONTROLLER_ID=148203
UNTIL=$(( $(date +%s) + DAYS * 86400 ))

curl -fsS "https://api.hydrawise.com/api/v1/setzone.php?api_key=${HYDRAWISE_KEY}&action=suspendall&period_id=999&custom=${UNTIL}&controller_id=${CONTROLLER_ID}"
echo
echo "suspended hillside zones until $(date -d @${UNTIL})"
""", key=_key), _key, "https://support.hydrawise.com/hc/en-us/articles/360035212574-Hydrawise-API-Information")

_k, _s = draw(32, LOWER_DIGITS), draw(32, LOWER_DIGITS)
add("blind-ee/python/weatherlink-api-secret", "vineyard/weather/weatherlink_gdd.py", fill('''\
"""Growing degree days since budbreak from the Davis station in Block 1 (WeatherLink v2)."""
import datetime as dt

import requests

API_KEY = "@@k@@"
API_SECRET = "@@s@@"
STATION_ID = 148215
BUDBREAK = dt.date(2025, 3, 18)


def daily_highs_lows(day):
    start = int(dt.datetime.combine(day, dt.time.min).timestamp())
    resp = requests.get(
        f"https://api.weatherlink.com/v2/historic/{STATION_ID}",
        params={"api-key": API_KEY, "start-timestamp": start, "end-timestamp": start + 86400},
        headers={"X-Api-Secret": API_SECRET},
        timeout=30,
    )
    resp.raise_for_status()
    temps = [rec["temp_hi"] for s in resp.json()["sensors"] for rec in s["data"] if "temp_hi" in rec]
    lows = [rec["temp_lo"] for s in resp.json()["sensors"] for rec in s["data"] if "temp_lo" in rec]
    return max(temps), min(lows)


gdd = 0.0
day = BUDBREAK
while day < dt.date.today():
    hi, lo = daily_highs_lows(day)
    gdd += max(0.0, (min(hi, 95) + max(lo, 50)) / 2 - 50)
    day += dt.timedelta(days=1)
print(f"GDD (base 50F) since {BUDBREAK}: {gdd:.0f}")
''', k=_k, s=_s), _s, "https://weatherlink.github.io/v2-api/authentication")

add("blind-ee/python/decoy-ssm-lookup", "vineyard/weather/weatherlink_current.py", '''\
"""Current conditions for the frost board. Keys come from AWS SSM Parameter Store (SecureString)."""
import boto3
import requests

ssm = boto3.client("ssm", region_name="us-west-2")
params = ssm.get_parameters(
    Names=["/vineyard/weatherlink/api_key", "/vineyard/weatherlink/api_secret"],
    WithDecryption=True,
)["Parameters"]
values = {p["Name"].rsplit("/", 1)[-1]: p["Value"] for p in params}

STATIONS = {"Block 1": 148215, "Creek flat": 148216, "Ridge": 151102}

for name, station in STATIONS.items():
    resp = requests.get(f"https://api.weatherlink.com/v2/current/{station}",
                        params={"api-key": values["api_key"]},
                        headers={"X-Api-Secret": values["api_secret"]}, timeout=30)
    data = resp.json()["sensors"][0]["data"][0]
    print(f"{name:12} {data['temp']:5.1f} F  dew point {data['dew_point']:5.1f} F  wind {data['wind_speed_last']} mph")
''', None, "https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-securestring.html")

_tok = uuid4()
add("blind-ee/js/tempest-token", "vineyard/weather/tempest-frost.js", fill("""\
// Frost watch: poll the Tempest station on the creek flat and sound the fan-start alarm.
const fetch = require('node-fetch');

const TOKEN = '@@tok@@';
const STATION_ID = 98214;
const FAN_START_F = 34;

async function latest() {
  const res = await fetch(`https://swd.weatherflow.com/swd/rest/observations/station/${STATION_ID}?token=${TOKEN}`);
  if (!res.ok) throw new Error(`tempest ${res.status}`);
  const body = await res.json();
  const obs = body.obs[0];
  return { airF: obs.air_temperature * 9 / 5 + 32, wetBulbF: obs.wet_bulb_temperature * 9 / 5 + 32 };
}

setInterval(async () => {
  try {
    const { airF, wetBulbF } = await latest();
    if (wetBulbF <= FAN_START_F) {
      console.log(`FROST: wet bulb ${wetBulbF.toFixed(1)} F (air ${airF.toFixed(1)} F) -> start wind machines`);
    }
  } catch (e) {
    console.error(e.message);
  }
}, 5 * 60 * 1000);
""", tok=_tok), _tok, "https://apidocs.tempestwx.com/reference/quick-start")

_pw = human_pw()
add("blind-ee/yaml/rainbird-controller-password", "homeassistant/packages/landscape_irrigation.yaml", fill("""\
# Landscape irrigation around the tasting room (Rain Bird ESP-TM2 with LNK2 WiFi module)
rainbird:
  host: 10.50.30.40
  password: "@@pw@@"
  trigger_time: 10
  zones:
    1:
      friendly_name: Front lawn
      trigger_time: 8
    2:
      friendly_name: Terrace planters
    3:
      friendly_name: Parking lot olives

automation:
  - alias: "Skip landscape watering before events"
    trigger:
      - platform: calendar
        event: start
        entity_id: calendar.tasting_room_events
        offset: "-02:00:00"
    action:
      - service: rainbird.set_rain_delay
        data:
          duration: 1
""", pw=_pw), _pw, "https://www.home-assistant.io/integrations/rainbird/")

_key = b64bytes(32)
add("blind-ee/csharp/azure-iot-device-connection-string", "vineyard/PumpHouse/PumpTelemetry.cs", fill("""\
using Microsoft.Azure.Devices.Client;
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace VineCrest.PumpHouse
{
    /// Sends well-pump pressure, flow and motor current to IoT Hub every minute.
    public static class PumpTelemetry
    {
        private const string DeviceConnectionString =
            "HostName=vinecrest-vineyard.azure-devices.net;DeviceId=pump-house-north;SharedAccessKey=@@key@@";

        public static async Task RunAsync(Func<(double psi, double gpm, double amps)> read)
        {
            using var client = DeviceClient.CreateFromConnectionString(DeviceConnectionString, TransportType.Mqtt);
            while (true)
            {
                var (psi, gpm, amps) = read();
                var body = JsonSerializer.Serialize(new { psi, gpm, amps, ts = DateTime.UtcNow });
                using var msg = new Message(Encoding.UTF8.GetBytes(body)) { ContentType = "application/json", ContentEncoding = "utf-8" };
                await client.SendEventAsync(msg);
                await Task.Delay(TimeSpan.FromMinutes(1));
            }
        }
    }
}
""", key=_key), _key, "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas")

add("blind-ee/json/decoy-dps-x509", "vineyard/PumpHouse/appsettings.json", """\
{
  "Provisioning": {
    "GlobalEndpoint": "global.azure-devices-provisioning.net",
    "IdScope": "0ne00B7C4F2",
    "RegistrationId": "pump-house-south",
    "Attestation": "X509",
    "CertificatePath": "/etc/pumphouse/certs/pump-house-south.pfx",
    "CertificatePasswordEnv": "PUMPHOUSE_PFX_PASSWORD"
  },
  "Telemetry": {
    "IntervalSeconds": 60,
    "Modbus": { "Port": "/dev/ttyS1", "Baud": 9600, "SlaveId": 3 }
  },
  "Alarms": {
    "LowPressurePsi": 28,
    "HighCurrentAmps": 41.5
  }
}
""", None, "https://learn.microsoft.com/en-us/azure/iot-dps/concepts-x509-attestation")

_key = rsa_key()
add("blind-ee/pem/aws-iot-device-key", "vineyard/pump-controller/certs/pump-03-private.pem.key", _key + "\n",
    _key, "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")

add("blind-ee/pem/decoy-device-certificate", "vineyard/pump-controller/certs/pump-03-certificate.pem.crt",
    "# AWS IoT thing pump-03, certificate id " + hexs(64) + "\n" + cert_pem(19) + "\n",
    None, "https://docs.aws.amazon.com/iot/latest/developerguide/x509-client-certs.html")

_key = wg_key()
add("blind-ee/wireguard/private-key", "network/pump-house/wg0.conf", fill("""\
# Pump house north -> winery office (LTE router has no public IP, so it dials out)
[Interface]
Address = 10.99.0.12/32
PrivateKey = @@key@@
DNS = 10.40.0.1

[Peer]
# winery office firewall
PublicKey = @@pub@@
Endpoint = vpn.vinecrest.wine:51820
AllowedIPs = 10.40.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", key=_key, pub=wg_key()), _key, "https://www.wireguard.com/quickstart/")

add("blind-ee/wireguard/decoy-public-keys", "network/office/wg0.conf", fill("""\
# Winery office hub. The private key is read from a root-only file at start-up.
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/office.key

[Peer]
# pump house north
PublicKey = @@p1@@
AllowedIPs = 10.99.0.12/32

[Peer]
# pump house south
PublicKey = @@p2@@
AllowedIPs = 10.99.0.13/32

[Peer]
# vineyard manager laptop
PublicKey = @@p3@@
AllowedIPs = 10.99.0.50/32
""", p1=wg_key(), p2=wg_key(), p3=wg_key()), None, "https://man7.org/linux/man-pages/man8/wg.8.html")

_hook = discord_webhook()
add("blind-ee/python/discord-webhook", "vineyard/frost/frost_alarm.py", fill('''\
import time

import requests

WEBHOOK_URL = "@@hook@@"
THRESHOLD_F = 33.0
SENSORS = {"creek-flat": "http://10.70.0.21/temp", "block-1": "http://10.70.0.22/temp"}


def read(url):
    return float(requests.get(url, timeout=5).text)


def alert(msg):
    requests.post(WEBHOOK_URL, json={"username": "Frost Watch", "content": msg}, timeout=10)


last_alert = 0.0
while True:
    cold = {name: t for name, url in SENSORS.items() if (t := read(url)) <= THRESHOLD_F}
    if cold and time.time() - last_alert > 1800:
        alert("@here frost risk: " + ", ".join(f"{k} {v:.1f}F" for k, v in cold.items()))
        last_alert = time.time()
    time.sleep(120)
''', hook=_hook), _hook, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

_key = hexs(32)
add("blind-ee/r/openweathermap-key", "vineyard/frost/frost_forecast.R", fill("""\
# Overnight low forecast for the frost crew rota (OpenWeatherMap One Call 3.0)
library(httr2)
library(dplyr)

owm_key <- "@@key@@"
lat <- 38.5032
lon <- -122.4571

resp <- request("https://api.openweathermap.org/data/3.0/onecall") |>
  req_url_query(lat = lat, lon = lon, exclude = "minutely,alerts", units = "imperial", appid = owm_key) |>
  req_perform() |>
  resp_body_json()

hourly <- bind_rows(lapply(resp$hourly, function(h) tibble(
  time = as.POSIXct(h$dt, origin = "1970-01-01", tz = "America/Los_Angeles"),
  temp = h$temp, dew = h$dew_point, wind = h$wind_speed
)))

overnight <- hourly |> filter(as.integer(format(time, "%H")) %in% c(0:7, 22, 23)) |> head(12)
print(overnight)
if (min(overnight$temp) <= 34) message("Frost crew on call tonight")
""", key=_key), _key, "https://openweathermap.org/api/one-call-3#how")

add("blind-ee/markdown/decoy-api-key-placeholder", "vineyard/frost/README.md", """\
# Frost tools

- `frost_alarm.py`: polls the two creek-flat sensors, posts to Discord below 33 F.
- `frost_forecast.R`: overnight lows from OpenWeatherMap.

## Setup

```r
# ~/.Renviron
OWM_API_KEY=YOUR_API_KEY
```

then in R: `owm_key <- Sys.getenv("OWM_API_KEY")`.

Example request from the OpenWeatherMap docs:

```
https://api.openweathermap.org/data/3.0/onecall?lat=33.44&lon=-94.04&exclude=hourly,daily&appid={API key}
```

Wind machine start rule: wet-bulb at or below 34 F at the creek flat, or 33 F at Block 1.
""", None, "https://openweathermap.org/api/one-call-3#how")

_cal = {"model": "Sentek Drill & Drop 90cm", "firmware": "3.1.7", "firmware_sha256": hexs(64), "probes": []}
for _serial in ["SDD-48213", "SDD-48214", "SDD-48219"]:
    _r = _rng()
    _cal["probes"].append({"serial": _serial, "block": _r.choice(["3", "7", "11"]),
                           "sensor_uid": hexs(16, upper=True),
                           "coefficients": [round(_r.uniform(0.01, 0.05), 6), round(_r.uniform(0.3, 0.5), 6), round(_r.uniform(1.2, 2.8), 6)],
                           "depths_cm": [10, 30, 50, 70, 90]})
add("blind-ee/json/decoy-calibration", "vineyard/soil/calibration.json", json.dumps(_cal, indent=2),
    None, "https://sentektechnologies.com/wp-content/uploads/2020/07/Drill-and-Drop-Probe-Manual.pdf")

add("blind-ee/ansible/decoy-hashi-vault-lookup", "ansible/roles/pump-gateway/tasks/main.yml", """\
---
- name: Install gateway packages
  ansible.builtin.apt:
    name: [wireguard-tools, mosquitto-clients, python3-venv]
    state: present

- name: Write WireGuard private key from Vault
  ansible.builtin.copy:
    dest: /etc/wireguard/{{ inventory_hostname }}.key
    content: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/vineyard/wg/' ~ inventory_hostname ~ ':private_key') }}"
    owner: root
    mode: "0600"
  no_log: true

- name: Template gateway config
  ansible.builtin.template:
    src: gateway.toml.j2
    dest: /etc/pump-gateway/config.toml
    mode: "0640"
  vars:
    mqtt_password: "{{ vault_mqtt_pump_password }}"
  notify: restart pump-gateway
""", None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

_pw = words_pw()
add("blind-ee/ini/ansible-become-password", "ansible/inventories/vineyard/hosts.ini", fill("""\
[pump_gateways]
pump-north ansible_host=10.99.0.12
pump-south ansible_host=10.99.0.13

[weather_gateways]
wx-creek ansible_host=10.70.0.21
wx-block1 ansible_host=10.70.0.22

[vineyard:children]
pump_gateways
weather_gateways

[vineyard:vars]
ansible_user=vineops
ansible_become=true
ansible_become_password=@@pw@@
ansible_python_interpreter=/usr/bin/python3
""", pw=_pw), _pw, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters")

add("blind-ee/yaml/decoy-secret-file-paths", "vineyard/irrigation/schedule.yaml", """\
# Irrigation scheduler: where credentials come from, and the block plan.
credentials:
  rachio_token_env: RACHIO_TOKEN
  hydrawise_key_file: /run/secrets/hydrawise_api_key
  weatherlink:
    api_key_env: WEATHERLINK_API_KEY
    api_secret_env: WEATHERLINK_API_SECRET
blocks:
  - name: Block 3 Syrah
    controller: rachio
    zone: c0a7e6f2-8d1b-4c3a-9e5f-2b7d4a1c8e06
    emitters_gph: 0.5
    vines_per_acre: 1210
    kc_by_stage: { budbreak: 0.2, bloom: 0.45, veraison: 0.6, post_harvest: 0.3 }
  - name: Hillside Cabernet
    controller: hydrawise
    zone: 148203-4
    emitters_gph: 1.0
    vines_per_acre: 1556
    kc_by_stage: { budbreak: 0.2, bloom: 0.4, veraison: 0.55, post_harvest: 0.25 }
deficit:
  target_stem_water_potential_bar: -12
  stop_after: "2025-09-25"
""", None, "https://rachio.readme.io/reference/zone")

_tok = b64url_text(json.dumps({"a": hexs(32), "t": uuid4(), "s": b64bytes(32)}, separators=(",", ":")))
add("blind-ee/compose/cloudflared-tunnel-token", "network/pump-house/docker-compose.yml", fill("""\
services:
  cloudflared:
    image: cloudflare/cloudflared:2024.10.1
    restart: unless-stopped
    command: tunnel --no-autoupdate run --token @@tok@@

  node-red:
    image: nodered/node-red:4.0
    restart: unless-stopped
    volumes:
      - ./node-red:/data
    devices:
      - /dev/ttyUSB0:/dev/ttyUSB0
    environment:
      TZ: America/Los_Angeles
""", tok=_tok), _tok, "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/remote-tunnel-permissions/")

add("blind-ee/yaml/decoy-cloudflared-config", "network/office/cloudflared/config.yml", fill("""\
tunnel: @@t@@
credentials-file: /etc/cloudflared/@@t@@.json

ingress:
  - hostname: cellar.vinecrest.wine
    service: http://10.42.8.30:3000
  - hostname: nodered.vinecrest.wine
    service: http://10.42.8.31:1880
    originRequest:
      access:
        required: true
        teamName: vinecrest
        audTag: ["@@aud@@"]
  - service: http_status:404
""", t=uuid4(), aud=hexs(64)), None, "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/local-management/configuration-file/")

_tok = vault_token()
add("blind-ee/shell/vault-token", "vineyard/irrigation/bootstrap_gateway.sh", fill("""\
#!/usr/bin/env bash
# Bootstrap a new pump-house gateway: fetch its secrets from Vault and write the local config.
set -euo pipefail
HOST="$1"

export VAULT_ADDR=https://vault.vinecrest.internal:8200
export VAULT_TOKEN=@@tok@@

wg_key=$(vault kv get -field=private_key "kv/vineyard/wg/${HOST}")
mqtt_pw=$(vault kv get -field=password "kv/vineyard/mqtt/${HOST}")

ssh "vineops@${HOST}" "sudo install -m 600 /dev/stdin /etc/wireguard/${HOST}.key" <<<"${wg_key}"
ssh "vineops@${HOST}" "sudo tee /etc/pump-gateway/mqtt_password >/dev/null" <<<"${mqtt_pw}"
echo "bootstrapped ${HOST}"
""", tok=_tok), _tok, "https://developer.hashicorp.com/vault/docs/commands#vault_token")

_key = hexs(32)
add("blind-ee/yaml/datadog-api-key", "network/pump-house/datadog/datadog.yaml", fill("""\
## Datadog agent on the pump-house gateways (process + network checks, modbus custom check)
api_key: @@key@@
site: us5.datadoghq.com
hostname: pump-north
tags:
  - site:vineyard
  - role:pump-gateway
  - block:north
logs_enabled: true
process_config:
  process_collection:
    enabled: false
use_dogstatsd: true
dogstatsd_port: 8125
""", key=_key), _key, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

_teams = teams_webhook()
add("blind-ee/powershell/teams-webhook", "vineyard/frost/Send-FrostSummary.ps1", fill("""\
# Morning-after frost summary to the Vineyard Ops channel in Teams.
param(
    [Parameter(Mandatory)] [string] $CsvPath
)

$webhook = '@@hook@@'

$rows = Import-Csv $CsvPath
$minTemp = ($rows | Measure-Object -Property temp_f -Minimum).Minimum
$fanHours = ($rows | Where-Object { $_.fans -eq 'on' }).Count / 12

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    summary    = 'Frost night summary'
    title      = "Frost night $(Get-Date -Format 'yyyy-MM-dd')"
    text       = "Lowest temperature: $minTemp F. Wind machines ran about $([math]::Round($fanHours,1)) h."
}
Invoke-RestMethod -Method Post -Uri $webhook -Body ($card | ConvertTo-Json -Depth 4) -ContentType 'application/json'
""", hook=_teams), _teams, "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

# ================================================================================================
# Shared infrastructure, CI and everyday files around the winery's repositories
# ================================================================================================

_key = "".join(_rng().choice(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)") for _ in range(50))
add("blind-ee/python/django-secret-key", "apps/vineyard-gis/vineyard_gis/settings/production.py", fill('''\
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@key@@"
ALLOWED_HOSTS = ["gis.vinecrest.wine"]

DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": "vineyard_gis",
        "USER": "gis",
        "HOST": "gis-db.internal",
        "PORT": 5432,
        "OPTIONS": {"sslmode": "require", "passfile": "/etc/vineyard-gis/.pgpass"},
    }
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
STATIC_ROOT = "/srv/vineyard-gis/static"
''', key=_key), _key, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

add("blind-ee/python/decoy-django-env", "apps/vineyard-gis/vineyard_gis/settings/staging.py", '''\
import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403


def env(name, default=None):
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable")
    return value


DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env("DJANGO_ALLOWED_HOSTS", "gis-staging.vinecrest.wine").split(",")
DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": env("DB_NAME", "vineyard_gis"),
        "USER": env("DB_USER", "gis"),
        "PASSWORD": env("DB_PASSWORD"),
        "HOST": env("DB_HOST", "gis-db-staging.internal"),
    }
}
MAPBOX_SECRET_TOKEN = env("MAPBOX_SECRET_TOKEN")
''', None, "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key")

_key = "base64:" + b64bytes(32)
add("blind-ee/env/laravel-app-key", "web/events/.env", fill("""\
APP_NAME="VineCrest Events"
APP_ENV=production
APP_KEY=@@key@@
APP_DEBUG=false
APP_URL=https://events.vinecrest.wine

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=events-db.internal
DB_PORT=3306
DB_DATABASE=events
DB_USERNAME=events

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
MAIL_MAILER=postmark
""", key=_key), _key, "https://laravel.com/docs/11.x/encryption#configuration")

_tok = github_pat()
add("blind-ee/shell/github-pat", "ops/bootstrap/clone_all.sh", fill("""\
#!/usr/bin/env bash
# Clone every VineCrest repo onto a fresh ops laptop.
set -euo pipefail
GH_TOKEN=@@tok@@
ORG=vinecrest-wines
DEST=${1:-$HOME/src}
mkdir -p "$DEST"

curl -fsS -H "Authorization: Bearer ${GH_TOKEN}" "https://api.github.com/orgs/${ORG}/repos?per_page=100" |
  jq -r '.[].name' |
  while read -r repo; do
    [ -d "$DEST/$repo" ] && continue
    git clone "https://x-access-token:${GH_TOKEN}@github.com/${ORG}/${repo}.git" "$DEST/$repo"
  done
""", tok=_tok), _tok, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

_auth = b64("vinecrestci:" + rand_pw(20))
add("blind-ee/json/docker-config-auth", "ops/ci-runner/docker-config.json", fill("""\
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@auth@@"
    },
    "ghcr.io": {
      "credsStore": "desktop"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", auth=_auth), _auth, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

_tok = draw(14) + ".atlasv1." + draw(67)
add("blind-ee/hcl/terraform-cloud-token", "ops/ci-runner/.terraformrc", fill("""\
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "@@tok@@"
}

provider_installation {
  direct {}
}
""", tok=_tok), _tok, "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials")

_pw = words_pw()
add("blind-ee/cloud-init/chpasswd", "ops/pi-image/user-data", fill("""\
#cloud-config
hostname: cellar-pi-02
manage_etc_hosts: true
timezone: America/Los_Angeles

users:
  - name: cellar
    groups: [adm, dialout, gpio, i2c, sudo]
    shell: /bin/bash
    lock_passwd: false
    ssh_authorized_keys:
      - @@pub@@

chpasswd:
  expire: false
  users:
    - name: cellar
      password: "@@pw@@"
      type: text

packages: [mosquitto-clients, python3-venv, i2c-tools]
runcmd:
  - [systemctl, enable, --now, ssh]
""", pub=ssh_pub("dana@vinecrest-mbp"), pw=_pw), _pw, "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords")

add("blind-ee/dockerfile/decoy-checksums", "gateway/cellar-gw/Dockerfile", fill("""\
FROM debian:bookworm-slim@sha256:@@d1@@

ARG CLOUDFLARED_VERSION=2024.10.1
ARG CLOUDFLARED_SHA256=@@c1@@
ARG MBPOLL_SHA256=@@c2@@

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\
 && curl -fsSL -o /usr/local/bin/cloudflared \\
      "https://github.com/cloudflare/cloudflared/releases/download/${CLOUDFLARED_VERSION}/cloudflared-linux-arm64" \\
 && echo "${CLOUDFLARED_SHA256}  /usr/local/bin/cloudflared" | sha256sum -c - \\
 && chmod +x /usr/local/bin/cloudflared \\
 && curl -fsSL -o /tmp/mbpoll.deb https://downloads.example-mirror.org/mbpoll_1.5-2_arm64.deb \\
 && echo "${MBPOLL_SHA256}  /tmp/mbpoll.deb" | sha256sum -c - \\
 && apt-get install -y /tmp/mbpoll.deb && rm /tmp/mbpoll.deb \\
 && rm -rf /var/lib/apt/lists/*

COPY target/aarch64-unknown-linux-gnu/release/cellar-gw /usr/local/bin/cellar-gw
USER 1000:1000
ENTRYPOINT ["/usr/local/bin/cellar-gw", "--config", "/etc/cellar-gw/config.toml"]
""", d1=hexs(64), c1=hexs(64), c2=hexs(64)), None, "https://docs.docker.com/reference/dockerfile/#from")

add("blind-ee/checksums/decoy-sha256sums", "firmware/releases/v2.4.1/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in ["tank-probe-esp32-v2.4.1.bin", "tank-probe-esp32-v2.4.1.elf",
                                       "glycol-monitor-v2.4.1.bin", "press-monitor-v2.4.1.bin",
                                       "cave-logger-v2.4.1.tar.gz", "bootloader-esp32-v2.4.1.bin"]) + "\n",
    None, "https://man7.org/linux/man-pages/man1/sha256sum.1.html")

add("blind-ee/markdown/decoy-lfs-pointers", "gis/imagery/README.md", fill("""\
# Drone imagery (Git LFS)

NDVI and thermal mosaics are tracked with Git LFS (`*.tif filter=lfs diff=lfs merge=lfs -text`).
If you cloned without LFS you will see pointer files like this instead of the images:

```
version https://git-lfs.github.com/spec/v1
oid sha256:@@o1@@
size 418302144
```

| File | LFS oid (sha256) | Flown |
| --- | --- | --- |
| `2024-07-18_ndvi_block7.tif` | `@@o2@@` | 2024-07-18 |
| `2024-08-09_thermal_block3.tif` | `@@o3@@` | 2024-08-09 |

Run `git lfs pull --include "gis/imagery/*.tif"` to fetch them.
""", o1=hexs(64), o2=hexs(64), o3=hexs(64)), None, "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md")

add("blind-ee/go-sum/decoy-module-hashes", "compliance/vinoshipper-sync/go.sum", "\n".join(
    f"{mod} {ver}{suffix} h1:{b64bytes(32)}" for mod, ver in [
        ("github.com/google/uuid", "v1.6.0"), ("github.com/pkg/sftp", "v1.13.6"),
        ("golang.org/x/crypto", "v0.23.0"), ("golang.org/x/sys", "v0.20.0")]
    for suffix in ("", "/go.mod")) + "\n", None, "https://go.dev/ref/mod#go-sum-files")

add("blind-ee/html/decoy-data-uri", "web/site/templates/email/club-header.html", fill("""\
<!-- Club e-mail header. Logo inlined so it shows with images blocked. -->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#3b1d2a">
  <tr>
    <td align="center" style="padding:24px 0">
      <img alt="VineCrest" width="180" height="48"
           src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAALQAAAAwCAYAAAC@@png@@" />
    </td>
  </tr>
  <tr>
    <td align="center" style="font:600 14px Georgia,serif;color:#f3e6d8;padding-bottom:18px">
      {{ release.title }} &middot; Member #{{ member.number }}
    </td>
  </tr>
</table>
""", png=b64bytes(300).rstrip("=") + "AAAAAElFTkSuQmCC"), None, "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data")

add("blind-ee/markdown/decoy-changelog-commits", "CHANGELOG.md", fill("""\
# Changelog

## 3.4.0 (2024-10-30)
- Allocation waitlist priority by tier (@@c1@@)
- Heat-hold for shipments when the forecast is over 85 F (@@c2@@)
- Rotate all Commerce7 and Stripe credentials after the October incident; secrets now come
  only from Secrets Manager (@@c3@@)

## 3.3.2 (2024-09-12)
- Fix: club members in UT and MS were offered shipping (@@c4@@)
- Bump next to 14.2.3 (@@c5@@)

## 3.3.1 (2024-08-28)
- Tasting notes search uses the search-only Algolia key (@@c6@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(7), c5=hexs(7), c6=hexs(7)), None,
    "https://keepachangelog.com/en/1.1.0/")

add("blind-ee/python/decoy-test-fixtures", "services/club-sync/tests/test_allocations.py", '''\
import pytest
import responses

from club_sync import allocations

FAKE_APP_SECRET = "test-secret-not-real"
FAKE_STRIPE_KEY = "sk_test_" + "0" * 24
DUMMY_MEMBER = {"customerId": "00000000-0000-0000-0000-000000000001", "club": {"title": "Estate Club"}}


@pytest.fixture(autouse=True)
def fake_auth(monkeypatch):
    monkeypatch.setattr(allocations, "AUTH", ("test-app", FAKE_APP_SECRET))


@responses.activate
def test_tags_estate_members():
    responses.get("https://api.commerce7.com/v1/club-membership",
                  json={"clubMemberships": [DUMMY_MEMBER], "cursor": None})
    tag = responses.post("https://api.commerce7.com/v1/customer/00000000-0000-0000-0000-000000000001/tag", json={})
    allocations.main()
    assert tag.call_count == 1
    assert responses.calls[0].request.headers["Authorization"].startswith("Basic ")
''', None, "https://github.com/getsentry/responses#basics")

add("blind-ee/yaml/decoy-pulumi-secure", "infra/pulumi/Pulumi.prod.yaml", fill("""\
config:
  aws:region: us-west-2
  vinecrest-infra:clubDbInstanceClass: db.t4g.medium
  vinecrest-infra:clubDbPassword:
    secure: v1:@@s1@@
  vinecrest-infra:stripeSecretKey:
    secure: v1:@@s2@@
  vinecrest-infra:alarmEmail: ops@vinecrest.wine
  vinecrest-infra:labelsBucket: vinecrest-label-art
""", s1=b64bytes(16)[:22] + ":" + b64bytes(48), s2=b64bytes(16)[:22] + ":" + b64bytes(96)), None,
    "https://www.pulumi.com/docs/iac/concepts/secrets/#secrets")

add("blind-ee/js/decoy-oauth-client-id", "web/club-portal/src/auth/google.js", """\
// "Sign in with Google" for club members. The client id is public; the secret stays server side.
export const GOOGLE_CLIENT_ID = '482019374625-7kq2n9v4p1s8d3f6h0j5m2x8c4b7z1a9.apps.googleusercontent.com';

export function renderGoogleButton(el, onCredential) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp) => onCredential(resp.credential),
    auto_select: false,
    ux_mode: 'popup',
  });
  window.google.accounts.id.renderButton(el, { theme: 'outline', size: 'large', text: 'continue_with' });
}
""", None, "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid")

add("blind-ee/k8s-secret/decoy-replace-me", "deploy/k8s/edi/secret.template.yaml", """\
# Template only: `make edi-secret` fills this from 1Password and applies it; never commit the result.
apiVersion: v1
kind: Secret
metadata:
  name: edi-sftp
  namespace: edi
type: Opaque
stringData:
  SGWS_SFTP_USER: VINECRESTW
  SGWS_SFTP_PASSWORD: REPLACE_ME
  VIP_KEY_PASSPHRASE: REPLACE_ME
  PGP_PASSPHRASE: "<from 1Password: EDI PGP key>"
""", None, "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-as-container-environment-variables")

add("blind-ee/hcl/decoy-vault-policy", "ops/vault/policies/edi-gateway.hcl", """\
# Policy for the EDI gateway's AppRole: read its own SFTP and PGP secrets, nothing else.
path "kv/data/edi/sftp/*" {
  capabilities = ["read"]
}

path "kv/data/edi/pgp/passphrase" {
  capabilities = ["read"]
}

path "transit/decrypt/edi-archive" {
  capabilities = ["update"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}
""", None, "https://developer.hashicorp.com/vault/docs/concepts/policies")

add("blind-ee/yaml/decoy-password-policy", "apps/club-portal/config/security.yml", """\
# Account security settings for club members and staff (reviewed by Dana, 2024-06)
password_policy:
  min_length: 12
  require_mixed_case: true
  require_digit: true
  disallow_breached: true   # checked against the Have I Been Pwned range API
  max_age_days: null
password_reset:
  token_ttl_minutes: 30
  token_bytes: 32
session:
  cookie_name: _vc_club_session
  idle_timeout_minutes: 60
  secret_key_base_env: SECRET_KEY_BASE
staff_mfa:
  required: true
  methods: [totp, webauthn]
""", None, "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret")

add("blind-ee/log/decoy-redacted-tokens", "services/club-billing/docs/incident-2024-10-14.log", fill("""\
2024-10-14T03:12:09.114Z INFO  charge batch=FALL-2024 shipments=1873
2024-10-14T03:12:09.410Z DEBUG stripe request POST /v1/payment_intents auth=Bearer sk_live_***************************redacted
2024-10-14T03:14:51.020Z WARN  card_declined member=VC-10442 intent=pi_3Q9zK2L7qYbT0wXz1aB2cD3e
2024-10-14T03:15:02.877Z ERROR commerce7 401 app=vinecrest-club-sync secret=[REDACTED]
2024-10-14T03:15:02.878Z INFO  retry in 60s request_id=@@rid@@
2024-10-14T03:16:03.004Z INFO  commerce7 200 (after credential reload from Secrets Manager)
2024-10-14T03:41:27.550Z INFO  batch complete charged=1791 declined=82 total_usd=412938.50
""", rid=uuid4()), None, "https://docs.stripe.com/keys#keeping-your-keys-safe")

add("blind-ee/terraform/decoy-kms-ciphertext", "infra/terraform/modules/edi/secrets.tf", fill("""\
# The SFTP password is stored encrypted with the edi KMS key; only the gateway role can decrypt it.
data "aws_kms_secrets" "edi" {
  secret {
    name    = "sgws_sftp_password"
    payload = "@@blob@@"
    context = {
      purpose = "edi-sftp"
    }
  }
}

resource "aws_ssm_parameter" "sgws_sftp_password" {
  name   = "/edi/sgws/sftp_password"
  type   = "SecureString"
  key_id = aws_kms_key.edi.arn
  value  = data.aws_kms_secrets.edi.plaintext["sgws_sftp_password"]
}

output "sgws_parameter" {
  value     = aws_ssm_parameter.sgws_sftp_password.name
  sensitive = false
}
""", blob="AQICAHh" + b64bytes(150)), None, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/kms_secrets")

add("blind-ee/ssh-config/decoy-identity-files", "ops/ssh/config", """\
Host edi-gw
    HostName 10.40.2.15
    User edi
    IdentityFile ~/.ssh/id_ed25519_edi
    IdentitiesOnly yes

Host pump-*
    User vineops
    ProxyJump edi-gw
    IdentityFile ~/.ssh/id_ed25519_vineyard

Host tr-server
    HostName 10.50.0.5
    User ops
    IdentityFile ~/.ssh/id_ed25519_tasting
""", None, "https://man.openbsd.org/ssh_config")

add("blind-ee/json/decoy-firmware-manifest", "firmware/releases/v2.4.1/manifest.json", fill("""\
{
  "name": "VineCrest tank probe",
  "version": "2.4.1",
  "home_assistant_domain": "esphome",
  "new_install_prompt_erase": false,
  "builds": [
    {
      "chipFamily": "ESP32",
      "parts": [
        { "path": "bootloader-esp32-v2.4.1.bin", "offset": 4096 },
        { "path": "tank-probe-esp32-v2.4.1.bin", "offset": 65536 }
      ],
      "sha256": "@@h@@",
      "signature_ed25519": "@@sig@@",
      "signing_public_key": "@@pub@@"
    }
  ]
}
""", h=hexs(64), sig=b64bytes(64), pub=b64bytes(32)), None, "https://esphome.github.io/esp-web-tools/")

_key = hexs(128)
add("blind-ee/yaml/rails-secret-key-base", "apps/club-portal/config/secrets.yml", fill("""\
# Legacy Rails 5 secrets file (club portal v1, still serving /legacy)
development:
  secret_key_base: <%= ENV["DEV_SECRET_KEY_BASE"] %>

test:
  secret_key_base: 0000000000000000000000000000000000000000000000000000000000000000test

production:
  secret_key_base: @@key@@
  stripe_publishable_key: pk_live_51NvC2xL7qYbT0wXz
""", key=_key), _key, "https://guides.rubyonrails.org/v5.1/security.html#custom-secrets")
